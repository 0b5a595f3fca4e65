"""The resolver chooses only when it is sure: normalisation, acronyms only with context, names
in every language, successors, the country veto, and nothing for what is not there. A small
registry built here; no database."""

import pytest

from accord.resolver.core import Entry, Resolver
from accord.resolver.normalise import (
    countries_in,
    normalise,
    segments,
    tokens,
    variants,
    without_named_after,
)

NUST = Entry(
    key="https://ror.org/03w2j5y17",
    name="National University of Sciences and Technology",
    country="PK",
    city="Islamabad",
    acronyms=("NUST",),
)
NUST_TW = Entry(  # another NUST: the acronym alone says nothing
    key="accord:2",
    name="National United University of Science and Technology",
    country="TW",
    acronyms=("NUST",),
)
POLIMI = Entry(
    key="https://ror.org/01nffqt88",
    name="Politecnico di Milano",
    country="IT",
    names=("Polytechnic University of Milan", "米兰理工大学"),
    acronyms=("POLIMI",),
)
OLD = Entry(
    key="https://ror.org/0old00000",
    name="Kazakh Academy of Transport and Communications named after M. Tynyshpayev",
    country="KZ",
    active=False,
    successors=("https://ror.org/04hasps36",),
)
NEW = Entry(key="https://ror.org/04hasps36", name="ALT University", country="KZ")
LIVERPOOL = Entry(key="https://ror.org/04xs57h96", name="University of Liverpool", country="GB")
LIVERPOOL_JM = Entry(
    key="https://ror.org/04zfme737", name="Liverpool John Moores University", country="GB"
)
XJTU = Entry(
    key="https://ror.org/017zhmm22",
    name="Xi'an Jiaotong University",
    country="CN",
    names=("西安交通大学",),
    acronyms=("XJTU",),
)
LONDON_ON = Entry(key="accord:9", name="Western University", country="CA", city="London")
WESTERN_AU = Entry(key="accord:10", name="Western University", country="AU")


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    entries = [NUST, NUST_TW, POLIMI, OLD, NEW, LIVERPOOL, LIVERPOOL_JM, XJTU, LONDON_ON,
               WESTERN_AU]  # fmt: skip
    return Resolver(entries)


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("Université Libre de Bruxelles", "universite libre de bruxelles"),
        ("Univ. of Illinois @ Urbana-Champaign", "university of illinois at urbana champaign"),
        ("Toyohashi Univ. of Tech.", "toyohashi university of technology"),
        ("Natl. Inst. of Health", "national institute of health"),
        ("Texas A&M", "texas a and m"),
        ("The Ohio State University", "ohio state university"),
        ("Dept. of Physics", "department of physics"),
        ("Univ. of Posts & Telecommun.", "university of posts and telecommunications"),
        ("Fermi Nat. Accel. Lab.", "fermi national accelerator laboratory"),
        ("Inst. of Comput. Tech.", "institute of computing technology"),
        ("TianJin Univ.", "tianjin university"),  # one word with a capital inside
        ("McGill", "mcgill"),
        ("UC San DiegoLa Jolla", "uc san diego la jolla"),  # two words run together
        ("Dipartimento di Fisica dell'Università", "dipartimento di fisica universita"),
        ("Muséum national d’Histoire naturelle", "museum national histoire naturelle"),
        ("Canada L2R 7R4", "canada l 2 r 7 r 4"),  # no article in a postcode
        ("Università degli Studi di Firenze", "universita di firenze"),
        # a company's legal form, short or long
        ("ITI Ltd.", "iti limited"),
        ("Hanwha Corp.", "hanwha corporation"),
    ],
)
def test_each_normalisation_rule(written: str, normalised: str) -> None:
    assert normalise(written) == normalised


@pytest.mark.parametrize(
    ("name", "written"),
    [
        (
            "Escuela Superior Politécnica del Chimborazo",
            "Escuela Superior Politécnica de Chimborazo",
        ),
        ("Università della Calabria", "Università di Calabria"),
        ("Donostia International Physics Center", "Donostia Internacional Physics Center"),
        ("State University of Norte Fluminense", "Universidade Estadual do Norte Fluminense"),
    ],
)
def test_articles_joined_to_of_and_generic_words_say_nothing_more(name: str, written: str) -> None:
    entry = Entry(key="accord:70", name=name, country="EC")
    assert Resolver([entry]).resolve(written).chosen == entry.key


def test_parts_and_countries_of_an_affiliation_string() -> None:
    text = "Dept. of Physics, Univ. of Liverpool, UK"
    assert segments(text) == ["Dept. of Physics", "Univ. of Liverpool", "UK"]
    assert countries_in(text) == {"GB"}
    assert countries_in("NUST (Pakistan)") == {"PK"}
    assert countries_in("Tsinghua University, Beijing 100084, China") == {"CN"}


def test_an_acronym_is_chosen_only_when_context_makes_it_unambiguous(resolver: Resolver) -> None:
    assert resolver.resolve("NUST").chosen is None  # two organisations are called that
    assert {c.key for c in resolver.resolve("NUST").candidates} == {NUST.key, NUST_TW.key}
    assert resolver.resolve("NUST (Pakistan)").chosen == NUST.key
    assert resolver.resolve("NUST", country="TW").chosen == NUST_TW.key
    assert resolver.resolve("NUST", context=[NUST.key, POLIMI.key]).chosen == NUST.key
    assert resolver.resolve("POLIMI").chosen is None  # one holder, but no context at all


def test_any_name_in_any_language_and_a_unit_before_it(resolver: Resolver) -> None:
    assert resolver.resolve("Polytechnic University of Milan").chosen == POLIMI.key
    assert resolver.resolve("米兰理工大学").chosen == POLIMI.key
    assert resolver.resolve("School of Management, Xi'an Jiaotong University").chosen == XJTU.key
    assert resolver.resolve("Dept. of Physics, Univ. of Liverpool, UK").chosen == LIVERPOOL.key


def test_words_of_a_longer_name_do_not_make_a_shorter_one(resolver: Resolver) -> None:
    result = resolver.resolve("Faculty of Science, Liverpool John Moores University, Liverpool")
    assert result.chosen == LIVERPOOL_JM.key


def test_an_inactive_organisation_is_followed_to_its_successor(resolver: Resolver) -> None:
    result = resolver.resolve(
        "Kazakh Academy of Transport and Communications named after M. TYNYSHPAYEV"
    )
    assert result.chosen == NEW.key
    assert "succeeded" in result.candidates[0].reason
    assert resolver.current(OLD.key) == NEW.key
    assert resolver.current(NEW.key) == NEW.key
    assert resolver.current("https://ror.org/000000000") == "https://ror.org/000000000"


def test_a_country_named_in_the_string_vetoes_the_others(resolver: Resolver) -> None:
    assert resolver.resolve("Western University").chosen is None  # two of them
    assert resolver.resolve("Western University, London, Canada").chosen == LONDON_ON.key
    assert resolver.resolve("University of Liverpool", country="IT").chosen is None


def test_nothing_is_chosen_for_an_organisation_not_in_the_registry(resolver: Resolver) -> None:
    result = resolver.resolve("University of Atlantis")
    assert result.chosen is None
    assert resolver.resolve("Pessac").candidates == []


def test_a_display_name_wins_over_another_organisations_alias() -> None:
    federal = Entry(key="accord:20", name="Université Fédérale de Toulouse", country="FR",
                    names=("Université de Toulouse",))  # fmt: skip
    toulouse = Entry(key="accord:21", name="Université de Toulouse", country="FR")
    assert Resolver([federal, toulouse]).resolve("Universite de Toulouse").chosen == toulouse.key


def test_plurals_and_word_order_do_not_hide_a_name() -> None:
    tabriz = Entry(key="accord:30", name="Tabriz University of Medical Sciences", country="IR")
    southampton = Entry(key="accord:31", name="University of Southampton", country="GB")
    resolver = Resolver([tabriz, southampton])
    assert resolver.resolve("Tabriz University of Medical Science").chosen == tabriz.key
    assert resolver.resolve("Southampton University").chosen == southampton.key


def test_a_name_of_common_words_needs_its_city() -> None:
    # many names share "institute" and "education": the bare name is not enough
    filler = [Entry(key=f"accord:{i}", name=f"Institute of Education {i}") for i in range(120)]
    ioe = Entry(key="accord:99", name="Institute of Education", country="GB", city="London")
    lisbon = Entry(key="accord:98", name="Instituto de Educação", country="PT", city="Lisbon",
                   names=("Institute of Education",))  # fmt: skip
    resolver = Resolver([*filler, ioe, lisbon])
    assert resolver.resolve("Dept. of History, Institute of Education, Madrid").chosen is None
    assert resolver.resolve("Dept. of History, Institute of Education, London").chosen == ioe.key


def test_a_contained_name_must_be_whole_and_more_than_one_word() -> None:
    leicester = Entry(
        key="accord:40", name="University of Leicester", country="GB", city="Leicester"
    )
    iter_ = Entry(key="accord:41", name="ITER Organization", country="FR", names=("Way",))
    resolver = Resolver([leicester, iter_])
    # "Hospitals" between the words: another body (a hospital trust), not the university
    assert resolver.resolve("University Hospitals Leicester, Leicester").chosen is None
    assert resolver.resolve("School of Medicine University of Leicester Leicester").chosen == (
        leicester.key
    )
    assert resolver.resolve("3333 University Way").candidates == []  # a street, not ITER
    assert resolver.resolve("Way").chosen == iter_.key  # the whole string is still a name


def test_run_together_words_are_split() -> None:
    upenn = Entry(
        key="accord:50", name="University of Pennsylvania", country="US", city="Philadelphia"
    )
    resolver = Resolver([upenn])
    assert resolver.resolve("University of PennsylvaniaPhiladelphia").chosen == upenn.key
    tianjin = Entry(key="accord:51", name="Tianjin University", country="CN")
    resolver = Resolver([upenn, tianjin])
    assert resolver.resolve("TianJin  University").chosen == tianjin.key


def test_a_company_written_short_without_its_legal_form_or_country() -> None:
    sikorsky = Entry(key="accord:63", name="Sikorsky Aircraft Corporation (United States)",
                     country="US", kind="company")  # fmt: skip
    assert Resolver([sikorsky]).resolve("SIKORSKY AIRCRAFT CORP").chosen == sikorsky.key


def test_technological_and_its_abbreviation_are_one_word() -> None:
    ntu = Entry(key="accord:61", name="Nanyang Technological University", country="SG")
    text = "Sch. of Electr. & Electron. Eng., Nanyang Technol. Univ., Singapore"
    assert Resolver([ntu]).resolve(text).chosen == ntu.key


def test_generic_words_are_one_across_languages() -> None:
    ilmenau = Entry(key="accord:60", name="Technische Universität Ilmenau", country="DE")
    chile = Entry(key="accord:61", name="Universidad de Chile", country="CL")
    resolver = Resolver([ilmenau, chile])
    assert tokens(normalise("Technische Universität")) == ["technical", "university"]
    assert resolver.resolve("Technical University of Ilmenau").chosen == ilmenau.key
    assert resolver.resolve("University of Chile").chosen == chile.key


def test_a_name_as_written_ranks_above_one_made_alike_across_languages() -> None:
    system = Entry(key="accord:62", name="University of Tennessee System", country="US",
                   names=("Universidad de Tennessee",))  # fmt: skip
    knoxville = Entry(key="accord:63", name="University of Tennessee at Knoxville",
                      country="US", names=("University of Tennessee",))  # fmt: skip
    result = Resolver([system, knoxville]).resolve("University of Tennessee")
    assert result.chosen == knoxville.key
    assert [c.key for c in result.candidates] == [knoxville.key, system.key]


def test_one_letter_words_keep_names_apart() -> None:
    zju = Entry(key="accord:64", name="Zhejiang University", country="CN")
    zafu = Entry(key="accord:65", name="Zhejiang A & F University", country="CN")
    resolver = Resolver([zju, zafu])
    text = "College of Optical Science and Engineering, Zhejiang University"
    assert resolver.resolve(text).chosen == zju.key
    assert resolver.resolve("Zhejiang A&F University").chosen == zafu.key


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("Universität Würzburg", "Universitaet Wuerzburg"),  # German vowels spelled out
        ("Московский государственный университет", "Moskovskiy gosudarstvennyy universitet"),
        ("Πανεπιστήμιο Αθηνών", "Panepistimio Athinon"),  # other scripts in Latin letters
    ],
)
def test_names_are_found_as_transliterated(name: str, written: str) -> None:
    assert written in variants(name)
    entry = Entry(key="accord:66", name=name)
    assert Resolver([entry]).resolve(written).chosen == entry.key


def test_named_after_a_person_or_not() -> None:
    named = Entry(
        key="accord:67",
        country="KZ",
        name="Kazakh Academy of Transport and Communications named after M. Tynyshpayev",
    )
    bare = Entry(key="accord:68", name="Tashkent Institute of Railway Engineers", country="UZ")
    resolver = Resolver([named, bare])
    assert resolver.resolve("Kazakh Academy of Transport and Communications").chosen == named.key
    text = "Tashkent Institute of Railway Engineers named after A. Smith"
    assert resolver.resolve(text).chosen == bare.key
    assert without_named_after("Moscow State University imeni Lomonosova") == (
        "Moscow State University"
    )
    # the registry names it with the person before ("Al-Farabi Kazakh National University"),
    # among others whose names share the rest
    farabi = Entry(key="accord:71", name="Al-Farabi Kazakh National University", country="KZ")
    arts = Entry(key="accord:72", name="Kazakh National University of Arts", country="KZ")
    agrarian = Entry(key="accord:73", name="Kazakh National Agrarian University", country="KZ")
    resolver = Resolver([farabi, arts, agrarian])
    text = "Kazakh National University named after Al-Farabi"
    assert resolver.resolve(text).chosen == farabi.key


def test_a_name_with_a_comma_in_it() -> None:
    system = Entry(key="accord:69", name="University of California System", country="US",
                   names=("University of California",))  # fmt: skip
    davis = Entry(key="accord:70", name="University of California, Davis", country="US")
    resolver = Resolver([system, davis])
    text = "Department of Chemistry, University of California, Davis, CA 95616, USA"
    assert resolver.resolve(text).chosen == davis.key
    assert resolver.resolve("University of California, USA").chosen == system.key


def test_a_unit_named_with_its_organisation_resolves_to_the_organisation() -> None:
    cas = Entry(key="accord:71", name="Chinese Academy of Sciences", country="CN")
    iop = Entry(key="accord:72", name="Institute of Physics", country="CN", parents=(cas.key,))
    other = Entry(key="accord:73", name="Institute of Physics", country="GB")
    resolver = Resolver([cas, iop, other])
    text = "Institute of Physics, Chinese Academy of Sciences, Beijing 100190, China"
    result = resolver.resolve(text)
    assert result.chosen == cas.key
    assert "part of it" in result.reason
    # two organisations, not one inside the other, of two countries: nothing is chosen
    unrelated = Entry(key="accord:74", name="University of Tokyo", country="JP")
    text = "University of Tokyo, Chinese Academy of Sciences"
    assert Resolver([cas, unrelated]).resolve(text).chosen is None


def test_a_word_misspelt_by_one_letter() -> None:
    unam = Entry(key="accord:75", name="Universidad Nacional Autónoma de México", country="MX")
    resolver = Resolver([unam])
    result = resolver.resolve("Universidad Nacional Autnoma de Mexico")
    assert result.chosen == unam.key
    assert "respelt" in result.candidates[0].reason
    assert resolver.resolve("Universidad Nacional Autnoma de Mexico").candidates[0].score < 1
    assert resolver.resolve("Universidad Nacional Xyzzyq de Mexico").chosen is None
    # one word a letter away from a short name is another body's short name
    narino = Entry(key="accord:78", name="University of Nariño", country="CO", names=("Udenar",))
    assert Resolver([unam, narino]).resolve("Udelar").chosen is None


def test_a_name_with_its_own_acronym_or_country_code_after_it() -> None:
    iitb = Entry(key="accord:76", name="Indian Institute of Technology Bombay", country="IN",
                 acronyms=("IITB",))  # fmt: skip
    tsinghua = Entry(key="accord:77", name="Tsinghua University", country="CN")
    resolver = Resolver([iitb, tsinghua])
    assert resolver.resolve("Indian Institute of Technology Bombay  IITB").chosen == iitb.key
    assert resolver.resolve("Tsinghua University CN").chosen == tsinghua.key


def test_a_company_by_its_name_without_legal_form_or_country() -> None:
    canon = Entry(key="accord:80", name="Canon (Japan)", country="JP")
    phoenix = Entry(key="accord:81", name="Phoenix (United States)", country="US")
    asu = Entry(key="accord:82", name="Arizona State University", country="US")
    resolver = Resolver([canon, phoenix, asu])
    assert resolver.resolve("Canon Inc.").chosen == canon.key
    assert resolver.resolve("Currently at Canon Inc").chosen == canon.key
    assert resolver.resolve("The Canon Company").chosen == canon.key
    assert resolver.resolve("Canon Corporation Ltd").chosen == canon.key
    # a company called after a city is no name of that city
    text = "School of Journalism, Arizona State University, Phoenix, AZ, USA"
    assert resolver.resolve(text).chosen == asu.key


def test_a_state_or_country_in_an_address_is_no_acronym() -> None:
    army = Entry(key="accord:83", name="United States Army", country="US", acronyms=("USA",))
    canada = Entry(key="accord:84", name="Canadian Army", country="CA", acronyms=("CA",))
    stanford = Entry(key="accord:85", name="Stanford University", country="US", city="Stanford")
    resolver = Resolver([army, canada, stanford])
    text = "Dept. of Materials Science, Stanford University 1, Stanford, CA 94305, USA"
    result = resolver.resolve(text)
    assert result.chosen == stanford.key
    assert {c.key for c in result.candidates} == {stanford.key}


def test_the_emirates_and_saudi_arabia_by_their_letters_are_countries_not_acronyms() -> None:
    agraria = Entry(key="accord:88", name="Universidad Agraria del Ecuador", country="EC",
                    acronyms=("UAE",))  # fmt: skip
    khalifa = Entry(key="accord:89", name="Khalifa University", country="AE", city="Abu Dhabi")
    resolver = Resolver([agraria, khalifa])
    assert resolver.resolve("UAE").candidates == []
    result = resolver.resolve("Khalifa University, Abu Dhabi, UAE")
    assert result.chosen == khalifa.key
    assert [c.key for c in result.candidates] == [khalifa.key]


def test_of_two_organisations_with_one_name_the_one_in_the_city_named() -> None:
    evanston = Entry(key="accord:86", name="Northwestern University", country="US",
                     city="Evanston")  # fmt: skip
    elsewhere = Entry(key="accord:87", name="Northwestern University", country="PH",
                      city="Laoag")  # fmt: skip
    resolver = Resolver([evanston, elsewhere])
    assert resolver.resolve("Northwestern University").chosen is None
    text = "Dept. of Biomedical Engineering, Northwestern University, Evanston, Illinois"
    assert resolver.resolve(text).chosen == evanston.key


def test_a_unit_of_the_chosen_organisation_when_known() -> None:
    xjtu = Entry(
        key="accord:90",
        name="Xi'an Jiaotong University",
        country="CN",
        acronyms=("XJTU",),
        units=("School of Management", "Health Science Center"),
    )
    resolver = Resolver([xjtu])
    result = resolver.resolve("School of Management, Xi'an Jiaotong University")
    assert (result.chosen, result.unit) == (xjtu.key, "School of Management")
    result = resolver.resolve("XJTU Health Science Center", context=[xjtu.key])
    assert (result.chosen, result.unit) == (xjtu.key, "Health Science Center")
    assert resolver.resolve("XJTU Health Science Center").chosen is None  # no context
    result = resolver.resolve("School of Physics, Xi'an Jiaotong University")
    assert (result.chosen, result.unit) == (xjtu.key, None)  # a unit it is not known to have


def test_a_word_many_names_share_is_no_name_on_its_own() -> None:
    # "University" as one of an organisation's names (ROR has such aliases) names nobody
    filler = [Entry(key=f"accord:{i}", name=f"University {i}") for i in range(120)]
    poznan = Entry(key="accord:200", name="Adam Mickiewicz University in Poznań", country="PL",
                   names=("University",))  # fmt: skip
    resolver = Resolver([*filler, poznan])
    assert resolver.resolve("University").chosen is None
    assert resolver.resolve("Universidad").chosen is None
    assert resolver.resolve("University, Poland").chosen == poznan.key


def test_a_name_its_own_units_repeat_stays_specific() -> None:
    cas = Entry(key="accord:210", name="Chinese Academy of Sciences", country="CN")
    institutes = [
        Entry(
            key=f"accord:{211 + i}",
            name=f"Institute {i}, Chinese Academy of Sciences",
            country="CN",
            parents=(cas.key,),
        )
        for i in range(6)
    ]
    # every word in many names, but not one after the other
    filler = [Entry(key=f"accord:{300 + i}", name=f"Chinese Academy {i} Sciences")
              for i in range(120)]  # fmt: skip
    resolver = Resolver([cas, *institutes, *filler])
    assert resolver.resolve("Chinese Academy of Sciences (CAS)").chosen == cas.key
    # the same words, but other bodies' names hold them too: not enough on its own
    others = [Entry(key=f"accord:{400 + i}", name=f"Chinese Academy of Sciences {i}")
              for i in range(6)]  # fmt: skip
    resolver = Resolver([cas, *others, *filler])
    assert resolver.resolve("Dept. X, Chinese Academy of Sciences").chosen is None


def test_an_alias_many_names_hold_is_not_enough_alone() -> None:
    filler = [Entry(key=f"accord:{i}", name=f"Institute of Education {i}") for i in range(120)]
    lisbon = Entry(key="accord:98", name="Instituto de Educação", country="PT", city="Lisbon",
                   names=("Institute of Education",))  # fmt: skip
    resolver = Resolver([*filler, lisbon])
    assert resolver.resolve("Institute of Education").chosen is None
    assert resolver.resolve("Institute of Education", country="PT").chosen == lisbon.key


def test_several_organisations_of_one_country_each_named_whole() -> None:
    lille = Entry(key="accord:500", name="Université de Lille", country="FR",
                  names=("Univ Lille",))  # fmt: skip
    inserm = Entry(key="accord:501", name="Inserm", country="FR")
    biotech = Entry(key="accord:502", name="Department of Biotechnology", country="IN")
    iitg = Entry(key="accord:503", name="Indian Institute of Technology Guwahati", country="IN")
    tokyo = Entry(key="accord:504", name="University of Tokyo", country="JP")
    resolver = Resolver([lille, inserm, biotech, iitg, tokyo])
    result = resolver.resolve("Univ Lille, Inserm, Lille")
    assert result.chosen == inserm.key  # the one named last; the other stays a candidate
    assert {c.key for c in result.candidates} == {lille.key, inserm.key}
    text = "Department of Biotechnology, Indian Institute of Technology Guwahati, Assam"
    assert resolver.resolve(text).chosen == iitg.key  # the unit-like one gives way
    # two countries: which one is meant is not clear
    assert resolver.resolve("Inserm, University of Tokyo").chosen is None


def test_when_nothing_is_found_names_sharing_its_words_are_offered_never_chosen() -> None:
    polimi = Entry(key="accord:600", name="Politecnico di Milano", country="IT",
                   names=("Polytechnic University of Milan",))  # fmt: skip
    bicocca = Entry(key="accord:601", name="University of Milano-Bicocca", country="IT")
    turin = Entry(key="accord:602", name="Polytechnic University of Turin", country="IT")
    result = Resolver([polimi, bicocca, turin]).resolve("Polytechnic Institute of Milan")
    assert result.chosen is None
    assert result.candidates[0].key == polimi.key
    assert "milan, polytechnic" in result.candidates[0].reason
    assert all(c.score < 0.72 for c in result.candidates)
    assert Resolver([polimi]).resolve("Institute of Atlantis").candidates == []


def test_a_city_of_another_country_rules_a_name_out() -> None:
    madrid = Entry(key="accord:610", name="Artificial Intelligence Research Institute",
                   country="ES", city="Barcelona")  # fmt: skip
    shanghai_lab = Entry(key="accord:611", name="Shanghai Jiao Tong University", country="CN",
                         city="Shanghai")  # fmt: skip
    resolver = Resolver([madrid, shanghai_lab])
    assert resolver.resolve("Artificial Intelligence Research Institute, Spain").chosen == (
        madrid.key
    )
    # Shanghai is a city of China only: the Spanish institute is not meant
    assert resolver.resolve("Shanghai Artificial Intelligence Research Institute").chosen is None
    # its own city named too: the other city is an address of someone else
    text = "Artificial Intelligence Research Institute, Barcelona; visiting Shanghai"
    assert resolver.resolve(text).chosen == madrid.key


def test_a_city_word_that_names_are_full_of_elsewhere_places_nothing() -> None:
    # "Normal" is a town in Illinois, and a word of many normal universities' names in China
    town = Entry(key="accord:620", name="Illinois State University", country="US", city="Normal")
    normals = [
        Entry(key=f"accord:{621 + i}", name=f"{city} Normal University", country="CN")
        for i, city in enumerate(("Beijing", "Shaanxi", "Nanjing", "Hunan", "Zhejiang"))
    ]
    institute = Entry(key="accord:630", name="Institute of Higher Education Studies",
                      country="CN")  # fmt: skip
    resolver = Resolver([town, *normals, institute])
    text = "Institute of Higher Education Studies, Normal College"
    assert resolver.resolve(text).chosen == institute.key


def test_a_city_alone_in_an_address_is_not_the_body_of_that_name() -> None:
    iwata = Entry(key="accord:640", name="Iwata", country="JP", city="Tokyo")
    maker = Entry(key="accord:641", name="Shizuoka Motors", country="JP", city="Iwata")
    resolver = Resolver([iwata, maker])
    assert resolver.resolve("Test Division, 1 Shimonobe, Iwata, Shizuoka, Japan").chosen is None
    assert resolver.resolve("Iwata").chosen == iwata.key  # the whole string: the body


def test_numbered_universities_in_roman_or_arabic_figures() -> None:
    lyon = Entry(key="accord:650", name="Université Jean Moulin Lyon III", country="FR")
    lyon2 = Entry(key="accord:651", name="Université Lumière Lyon 2", country="FR")
    resolver = Resolver([lyon, lyon2])
    assert resolver.resolve("Université Jean Moulin Lyon 3").chosen == lyon.key
    assert resolver.resolve("Universite Lumiere Lyon II").chosen == lyon2.key
    assert normalise("Division X of Unit I") == "division x of unit i"  # letters stay letters


def test_escaped_tabs_and_line_breaks_separate_parts_and_a_postcode_comes_before_a_country() -> (
    None
):
    assert segments("Enschede, The Netherlands#TAB#") == ["Enschede", "The Netherlands"]
    assert segments("F-91460 Marcoussis,#N#France") == ["F-91460 Marcoussis", "France"]
    assert countries_in("Enschede, The Netherlands#TAB#") == {"NL"}
    assert countries_in("77 Mass Ave, Cambridge, MA 02139 USA") == {"US"}
    assert countries_in("Boston, MA") == set()


def test_an_acronym_is_never_found_as_a_name_inside_a_string() -> None:
    # "USC" is an alias of the University of the Sunshine Coast, and of others' acronym
    sunshine = Entry(key="accord:660", name="University of the Sunshine Coast", country="AU",
                     names=("USC",))  # fmt: skip
    southern = Entry(key="accord:661", name="University of Southern California", country="US",
                     acronyms=("USC",))  # fmt: skip
    result = Resolver([sunshine, southern]).resolve(
        "USC / Information Sciences Institute, Marina del Rey, CA"
    )
    assert result.chosen is None


def test_a_country_written_after_a_name_without_a_comma() -> None:
    rome = Entry(key="accord:670", name="National Research Council", country="IT")
    ottawa = Entry(key="accord:671", name="National Research Council", country="CA")
    hebei = Entry(key="accord:672", name="Hebei University of Technology", country="CN")
    hebei_u = Entry(key="accord:673", name="Hebei University", country="CN")
    resolver = Resolver([rome, ottawa, hebei, hebei_u])
    assert resolver.resolve("National Research Council").chosen is None  # which one?
    assert resolver.resolve("National Research Council of Italy").chosen == rome.key
    assert resolver.resolve("Hebei University of Technology CN").chosen == hebei.key
    # the name without its country names only bodies in that country ("National University"
    # of the Philippines is not read from "National University of Uzbekistan named after …")
    nuu = Entry(key="accord:676", name="National University of Uzbekistan", country="UZ")
    manila = Entry(key="accord:677", name="National University", country="PH")
    named = "National University of Uzbekistan named after Mirzo Ulugbek"
    assert Resolver([nuu, manila]).resolve(named).chosen == nuu.key
    # a state's code, or a number in Roman figures, is no country
    assert countries_in("Stanford University, Stanford CA") == set()
    assert countries_in("Université Paris VI") == set()
    # a name and its country as neighbouring parts are not one name
    london = Entry(key="accord:674", name="University of London", country="GB")
    goldsmiths = Entry(key="accord:675", name="Goldsmiths, University of London", country="GB")
    text = "Goldsmiths, University of London, United Kingdom"
    assert Resolver([london, goldsmiths]).resolve(text).chosen == goldsmiths.key


def test_a_field_name_that_goes_on_with_and_names_another_body() -> None:
    materials = Entry(key="accord:1", name="Institute of New Materials", country="DE",
                      city="Saarbrücken")  # fmt: skip
    leeds = Entry(key="accord:2", name="University of Leeds", country="GB", city="Leeds")
    physics = Entry(key="accord:3", name="Institute of Physics", country="GB")
    resolver = Resolver([materials, leeds, physics])
    # the string's body only begins like the registry's
    assert resolver.resolve("Institute of New Materials and Technologies").chosen is None
    assert resolver.resolve("Institute of Physics and Astronomy").chosen is None
    # the name itself, with a unit, a place or another organisation after "and"
    assert resolver.resolve("Institute of New Materials, Germany").chosen == "accord:1"
    assert resolver.resolve("Institute of Physics and Department of Chemistry").chosen == "accord:3"
    assert resolver.resolve("University of Leeds and Leeds Teaching Hospitals").chosen == "accord:2"


def test_a_name_that_goes_on_with_of_and_a_field_names_another_body() -> None:
    kochi = Entry(key="accord:70", name="Kochi University", country="JP", city="Kochi")
    anhui = Entry(key="accord:71", name="Anhui University", country="CN", city="Hefei")
    resolver = Resolver([kochi, anhui])
    assert resolver.resolve("Kochi University of Technology").chosen is None
    assert resolver.resolve("School of Chemistry, Anhui University of Architecture").chosen is None
    # a unit, a place or nothing after it: the organisation itself
    assert resolver.resolve("Faculty of Science, Kochi University, Japan").chosen == "accord:70"
    assert resolver.resolve("Anhui University of Hefei").chosen == "accord:71"
    assert resolver.resolve("Anhui University School of Physics").chosen == "accord:71"
    assert resolver.goes_on_with_field("Anhui University", "Anhui University of Architecture")
    assert not resolver.goes_on_with_field("Anhui University", "Anhui University, Hefei")


def test_a_name_without_its_own_city_after_a_comma() -> None:
    anna = Entry(key="accord:60", name="Anna University, Chennai", country="IN", city="Chennai")
    berkeley = Entry(
        key="accord:61", name="University of California, Berkeley", country="US", city="Berkeley"
    )
    davis = Entry(key="accord:62", name="University of California, Davis", country="US",
                  city="Davis")  # fmt: skip
    system = Entry(key="accord:63", name="University of California System", country="US",
                   city="Oakland", names=("University of California",))  # fmt: skip
    resolver = Resolver([anna, berkeley, davis, system])
    assert resolver.resolve("Anna University").chosen == "accord:60"
    # the name another organisation has is still that one's
    assert resolver.resolve("University of California").chosen == "accord:63"


def test_a_name_written_short_leaves_out_only_its_city_parent_initials_or_legal_form() -> None:
    lobachevsky = Entry(key="accord:900", name="N. I. Lobachevsky State University of Nizhny"
                        " Novgorod", country="RU", city="Nizhny Novgorod")  # fmt: skip
    gottingen = Entry(key="accord:901", name="University of Göttingen", country="DE",
                      city="Göttingen", names=("Georg-August-Universität Göttingen",))  # fmt: skip
    academy = Entry(key="accord:902", name="Czech Academy of Sciences", country="CZ")
    heyrovsky = Entry(key="accord:903", name="Czech Academy of Sciences, J. Heyrovský Institute"
                      " of Physical Chemistry", country="CZ", parents=(academy.key,))  # fmt: skip
    hospital = Entry(key="accord:904", name="Gunma University Hospital", country="JP")
    leibniz = Entry(key="accord:905", name="Leibniz University Hannover", country="DE")
    leibniz_fh = Entry(key="accord:906", name="Leibniz University of Applied Sciences",
                       country="DE")  # fmt: skip
    palo_alto = Entry(key="accord:907", name="Palo Alto Medical Foundation", country="US",
                      city="Palo Alto")  # fmt: skip
    belgrade = Entry(key="accord:908", name="University of Belgrade - Faculty of Physical"
                     " Chemistry", country="RS")  # fmt: skip
    resolver = Resolver([lobachevsky, gottingen, academy, heyrovsky, hospital, leibniz,
                         leibniz_fh, palo_alto, belgrade])  # fmt: skip
    # initials and its city left out
    assert resolver.resolve("Lobachevsky State University").chosen == lobachevsky.key
    assert resolver.resolve("Currently at Georg August Universität").chosen == gottingen.key
    # the name of what it belongs to left out
    text = "J. Heyrovský Institute of Physical Chemistry"
    assert resolver.resolve(text).chosen == heyrovsky.key
    # "Hospital" left out: the university, which the registry does not hold, is meant
    assert resolver.resolve("Gunma University").chosen is None
    assert resolver.resolve("Leibniz University").chosen is None  # two names hold it
    assert resolver.resolve("Palo Alto, CA").chosen is None  # a place
    assert resolver.resolve("Faculty of Physical Chemistry, Belgrade").chosen is None  # a unit


def test_a_name_inside_another_candidates_name_gives_way_but_not_to_its_own_unit() -> None:
    ntu = Entry(key="accord:910", name="National Taiwan University", country="TW", city="Taipei")
    taipei = Entry(key="accord:911", name="University of Taipei", country="TW", city="Taipei")
    indiana = Entry(key="accord:912", name="Indiana University", country="US")
    medicine = Entry(key="accord:913", name="Indiana University School of Medicine",
                     country="US", parents=(indiana.key,))  # fmt: skip
    # many names hold "National Taiwan": the University of Taipei comes close to it
    filler = [Entry(key=f"accord:91{i:03}", name=f"National Taiwan Hospital {i}", country="TW")
              for i in range(150)]  # fmt: skip
    resolver = Resolver([ntu, taipei, indiana, medicine, *filler])
    text = "Department of Chemistry, National Taiwan University Taipei, Taiwan, ROC"
    result = resolver.resolve(text)
    assert result.chosen == ntu.key
    assert result.candidates[-1].key == taipei.key
    assert "another’s" in result.candidates[-1].reason
    # the organisation is not put aside for its own school, named with it
    text = "Indiana University School of Medicine and Roudebush VA Medical Center, Indianapolis"
    result = resolver.resolve(text)
    assert {c.key for c in result.candidates} >= {indiana.key, medicine.key}
    assert all("another’s" not in c.reason for c in result.candidates)


def test_a_company_name_its_subsidiaries_share_is_the_parent_company() -> None:
    google = Entry(key="accord:920", name="Google (United States)", country="US",
                   kind="company")  # fmt: skip
    google_au = Entry(key="accord:921", name="Google (Australia)", country="AU",
                      kind="company", parents=(google.key,))  # fmt: skip
    system = Entry(key="accord:922", name="University of Illinois System", country="US",
                   kind="education", names=("University of Illinois",))  # fmt: skip
    flagship = Entry(key="accord:923", name="University of Illinois Urbana-Champaign",
                     country="US", kind="education", parents=(system.key,),
                     names=("University of Illinois",))  # fmt: skip
    resolver = Resolver([google, google_au, system, flagship])
    assert resolver.resolve("Google").chosen == google.key
    assert resolver.resolve("Current address Google").chosen == google.key
    # a university system and its flagship: no one knows which is meant
    assert resolver.resolve("University of Illinois").chosen is None


def test_an_acronym_with_the_city_of_one_of_its_holders() -> None:
    iasi = Entry(key="accord:930", name="Iasi University of Life Sciences", country="RO",
                 city="Iași", acronyms=("USAMV",))  # fmt: skip
    cluj = Entry(key="accord:931", name="University of Agricultural Sciences and Veterinary"
                 " Medicine Cluj-Napoca", country="RO", city="Cluj-Napoca",
                 acronyms=("USAMV",))  # fmt: skip
    resolver = Resolver([iasi, cluj])
    assert resolver.resolve("USAMV").chosen is None
    assert resolver.resolve("USAMV Iasi").chosen == iasi.key
    assert resolver.resolve("USAMV Cluj-Napoca").chosen == cluj.key
    assert resolver.resolve("USAMV Bucharest").chosen is None
    mit = Entry(key="accord:932", name="Massachusetts Institute of Technology", country="US",
                city="Cambridge", acronyms=("MIT",))  # fmt: skip
    manipal = Entry(key="accord:933", name="Manipal Institute of Technology", country="IN",
                    city="Manipal", acronyms=("MIT",))  # fmt: skip
    resolver = Resolver([mit, manipal])
    text = "MIT Center for Space Research, Cambridge, MA 02139, USA"
    assert resolver.resolve(text).chosen == mit.key  # a unit after it, the city elsewhere
    assert resolver.resolve("MIT Center for Space Research").chosen is None


def test_a_name_in_another_order_with_only_its_city_acronym_or_country_left_over() -> None:
    ufjf = Entry(key="accord:940", name="Universidade Federal de Juiz de Fora", country="BR",
                 city="Juiz de Fora", acronyms=("UFJF",))  # fmt: skip
    telkom = Entry(key="accord:941", name="Telkom University", country="ID", city="Bandung")
    alabama = Entry(key="accord:942", name="University of Alabama", country="US",
                    city="Tuscaloosa")  # fmt: skip
    delaware = Entry(key="accord:943", name="University of Delaware", country="US",
                     city="Newark")  # fmt: skip
    resolver = Resolver([ufjf, telkom, alabama, delaware])
    assert resolver.resolve("Federal University of Juiz de Fora  UFJF").chosen == ufjf.key
    assert resolver.resolve("Universitas telkom Bandung").chosen == telkom.key
    # "State" is a word of another university's name, not of the United States
    assert resolver.resolve("Alabama State University, Montgomery, AL").chosen is None
    assert resolver.resolve("Delaware State Univ. (United States)").chosen is None


def test_two_organisations_named_whole_inside_one_part() -> None:
    mcw = Entry(key="accord:950", name="Medical College of Wisconsin", country="US")
    marquette = Entry(key="accord:951", name="Marquette University", country="US")
    lab = Entry(key="accord:952", name="State Key Laboratory of Transient Optics and Photonics",
                country="CN")  # fmt: skip
    xiopm = Entry(key="accord:953", name="Xi'an Institute of Optics and Precision Mechanics",
                  country="CN")  # fmt: skip
    tokyo = Entry(key="accord:954", name="University of Tokyo", country="JP")
    resolver = Resolver([mcw, marquette, lab, xiopm, tokyo])
    result = resolver.resolve("Medical College of Wisconsin and Marquette University")
    assert result.chosen == marquette.key  # the one named last
    assert {c.key for c in result.candidates} == {mcw.key, marquette.key}
    text = "State Key Laboratory of Transient Optics and Photonics Xian Institute of Optics and"
    assert resolver.resolve(f"{text} Precision Mechanics  XIOPM").chosen == xiopm.key  # a unit
    # two countries: which one is meant is not clear
    assert resolver.resolve("Medical College of Wisconsin and University of Tokyo").chosen is None


def test_the_words_of_a_unit_named_before_a_name_hardly_count_against_it() -> None:
    columbia = Entry(key="accord:960", name="Columbia University", country="US",
                     city="New York")  # fmt: skip
    biophysics = Entry(key="accord:961", name="Institute of Biophysics", country="CN")
    resolver = Resolver([columbia, biophysics])
    text = (
        "Department of Biochemistry and Molecular Biophysics Columbia University  New York NY USA"
    )
    assert resolver.resolve(text).chosen == columbia.key
    soochow = Entry(key="accord:962", name="Soochow University", country="CN", city="Suzhou")
    nanjing = Entry(key="accord:963", name="Nanjing University", country="CN", city="Nanjing")
    resolver = Resolver([columbia, biophysics, soochow, nanjing])
    text = "Dushu Lake Hospital Affiliated to Soochow University"
    assert resolver.resolve(text).chosen == soochow.key  # a hospital affiliated to it
    text = "Nanjing University Tongding Joint Laboratory for Large Scale Photonics Circuits"
    assert resolver.resolve(text).chosen == nanjing.key  # its laboratory, named after it


def test_an_acronym_of_a_context_organisation_beats_another_ones_alias_written_alike() -> None:
    concepcion = Entry(key="accord:970", name="University of Concepción", country="CL",
                       acronyms=("UdeC",))  # fmt: skip
    caldas = Entry(key="accord:971", name="University of Caldas", country="CO",
                   names=("UdeC", "Universidad de Caldas"))  # fmt: skip
    resolver = Resolver([concepcion, caldas])
    assert resolver.resolve("UdeC").chosen == caldas.key  # its alias, no context
    assert resolver.resolve("UdeC", context=[concepcion.key]).chosen == concepcion.key


def test_a_company_by_its_name_without_the_word_for_its_trade() -> None:
    china = Entry(key="accord:96", name="Zorvatek Technologies (China)", country="CN",
                  kind="company")  # fmt: skip
    poland = Entry(key="accord:97", name="Zorvatek Technologies (Poland)", country="PL",
                   kind="company", parents=("accord:96",))  # fmt: skip
    applied = Entry(key="accord:98", name="Applied Technologies", country="US", kind="company")
    others = [Entry(key=f"accord:{n}", name=f"Applied Physics Lab {n}") for n in range(100, 112)]
    resolver = Resolver([china, poland, applied, *others])
    # one name the group's companies hold: the parent
    assert resolver.resolve("Zorvatek").chosen == "accord:96"
    # a common word left alone is no company's name
    assert resolver.resolve("Applied").chosen is None
    assert resolver.resolve("Applied Technologies").chosen == "accord:98"


def test_a_name_with_a_quoted_part_is_held_by_the_initials_news_writes_it_with() -> None:
    from accord.resolver.core import quoted_key

    khpi = Entry(key="accord:70", name='National Technical University "Kharkiv Polytechnic '
                 'Institute"', country="UA")  # fmt: skip
    galati = Entry(key="accord:71", name='"Dunarea de Jos" University of Galati', country="RO")
    resolver = Resolver([khpi, galati])
    assert quoted_key("NTU", "KhPI") == quoted_key("NTU", "Kharkov Polytechnic Institute")
    assert resolver.quoted[quoted_key("NTU", "KhPI")] == {0}
    # (a name that begins with its quoted part has no initials before it to go by)
    assert len(resolver.quoted) == 1


def test_a_name_is_not_read_across_a_comma_from_the_end_of_another() -> None:
    nigeria = Entry(key="accord:72", name="University of Nigeria", country="NG")
    berkeley = Entry(key="accord:73", name="University of California, Berkeley", country="US")
    resolver = Resolver([nigeria, berkeley])
    # "University" ends "Delta State University"; "Nigeria" is where it is
    assert resolver.resolve("Delta State University, Nigeria").chosen is None
    assert resolver.resolve("Delta State University (Nigeria)").chosen is None
    # (a part that begins with the name, or a unit before it, still holds it)
    assert resolver.resolve("University of California, Berkeley").chosen == berkeley.key
    assert resolver.resolve("Faculty of Law University of Nigeria, Nsukka").chosen == nigeria.key
    assert resolver.resolve("College of Engineering University of California, Berkeley").chosen == (
        berkeley.key
    )
    # (more of the name than its head word before the comma: "Niger State" is where it is)
    minna = Entry(key="accord:74", name="Federal University of Technology, Minna", country="NG")
    resolver = Resolver([nigeria, berkeley, minna])
    assert resolver.resolve("Niger State Federal University of Technology, Minna").chosen == (
        minna.key
    )


def test_a_qualifier_before_a_name_makes_another_organisation_of_it() -> None:
    sysu = Entry(key="accord:74", name="Sun Yat-sen University", country="CN")
    lodz = Entry(key="accord:75", name="University of Lodz", country="PL")
    resolver = Resolver([sysu, lodz])
    # (in Taiwan; the Medical University of Lodz is another university)
    assert resolver.resolve("National Sun Yat-sen University").chosen is None
    assert resolver.resolve("Medical University of Lodz, Poland").chosen is None
    # (a unit before the name, or the name alone, still holds it)
    assert resolver.resolve("School of Medicine, Sun Yat-sen University").chosen == sysu.key
    assert resolver.resolve("Faculty of Chemistry University of Lodz").chosen == lodz.key


def test_an_acronym_in_capitals_and_small_letters_as_its_holder_writes_it() -> None:
    sustech = Entry(
        key="https://ror.org/049tv2d57", name="Southern University of Science and Technology",
        country="CN", acronyms=("SUSTC", "SUSTech"),
    )  # fmt: skip
    mcgill = Entry(key="accord:9", name="Mcgill Centre", country="CA", acronyms=("MCGILL",))
    resolver = Resolver([sustech, mcgill])
    assert resolver.resolve("SUSTech").chosen is None  # an acronym: context says which
    assert [c.key for c in resolver.resolve("SUSTech").candidates] == [sustech.key]
    assert resolver.resolve("SUSTech", context=[sustech.key]).chosen == sustech.key
    assert resolver.resolve("SUSTech", country="CN").chosen == sustech.key
    # (a name in capitals and small letters no holder writes so is no acronym)
    assert resolver.resolve("McGill").candidates == []


def test_agriculture_and_agricultural_and_a_politeknik_are_one_word() -> None:
    baafs = Entry(key="accord:70", name="Beijing Academy of Agricultural and Forestry Sciences",
                  country="CN")  # fmt: skip
    brunei = Entry(key="accord:71", name="Brunei Polytechnic", country="BN")
    resolver = Resolver([baafs, brunei])
    assert resolver.resolve("Beijing Academy of Agriculture and Forestry Sciences").chosen == (
        baafs.key
    )
    assert resolver.resolve("Politeknik Brunei").chosen == brunei.key


def test_a_politehnica_is_a_polytechnic_and_no_plain_university_of_its_city() -> None:
    bucharest = Entry(key="accord:72", name="University of Bucharest", country="RO")
    upb = Entry(key="accord:73", name="Polytechnic University of Bucharest", country="RO")
    resolver = Resolver([bucharest, upb])
    assert resolver.resolve("Politehnica University of Bucharest").chosen == upb.key
    assert Resolver([bucharest]).resolve("Politehnica University of Bucharest").chosen is None


def test_spanish_articles_say_nothing_about_which_body() -> None:
    oei = Entry(key="accord:74", name="Organización de Estados Iberoamericanos", country="ES")
    resolver = Resolver([oei])
    assert resolver.resolve("Organización de los Estados Iberoamericanos").chosen == oei.key


def test_a_name_s_acronym_in_brackets_stands_between_it_and_its_city() -> None:
    nit = Entry(key="accord:75", name="National Institute of Technology Warangal", country="IN")
    other = Entry(key="accord:76", name="National Institute of Technology", country="JP")
    resolver = Resolver([nit, other])
    assert resolver.resolve("National Institute of Technology (NIT), Warangal").chosen == nit.key


def test_the_initials_of_a_name_s_first_words_then_its_place_name_it_when_one_body_fits() -> None:
    bhilai = Entry(key="accord:77", name="Indian Institute of Technology Bhilai", country="IN")
    delhi = Entry(key="accord:78", name="Indian Institute of Technology Delhi", country="IN")
    centre = Entry(key="accord:79", name="Radioactive and Decommissioning Centre", country="FR")
    resolver = Resolver([bhilai, delhi, centre])
    assert resolver.resolve("IIT Bhilai").chosen == bhilai.key
    assert resolver.resolve("IIT Delhi").chosen == delhi.key
    # two letters, one a sign, say too little
    assert resolver.resolve("R&D Centre").chosen is None
    # no body's name so made: nothing
    assert resolver.resolve("IIT Roorkee").chosen is None
    # two bodies' names so made: neither chosen
    twin = Entry(key="accord:80", name="Islamic Institute of Theology Bhilai", country="IN")
    assert Resolver([bhilai, twin]).resolve("IIT Bhilai").chosen is None


def test_an_acronym_in_brackets_and_what_follows_it_may_be_a_name_of_its_own() -> None:
    parent = Entry(key="accord:81", name="Institut Mines-Télécom", country="FR")
    school = Entry(key="accord:82", name="IMT Nord Europe", country="FR",
                   parents=(parent.key,))  # fmt: skip
    resolver = Resolver([parent, school])
    assert resolver.resolve("Institut Mines-Télécom (IMT) Nord Europe").chosen == school.key
    # without such a name, the name before the brackets
    assert Resolver([parent]).resolve("Institut Mines-Télécom (IMT) Nord Europe").chosen == (
        parent.key
    )


def test_a_city_written_in_part_is_another_city() -> None:
    izucar = Entry(key="accord:83", name="Universidad Tecnológica de Izúcar de Matamoros",
                   country="MX", city="Izúcar de Matamoros")  # fmt: skip
    resolver = Resolver([izucar])
    assert resolver.resolve("Universidad Tecnologica de Matamoros").chosen is None
