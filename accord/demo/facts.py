"""Facts about the UANSR founding (news item of 2015-05-25) used by the demo loader.

Plain typed data only: no Django imports, no I/O.

Where each fact comes from
--------------------------
* The news item "XJTU signed cooperation agreements with a number of UANSR membership
  universities" (Xi'an Jiaotong University news, published 2015-05-25; local copy
  ``shared/samples/seed-xjtu-uansr-2015-05-25.txt``) gives: which institutions took part and
  in what role (member list, visitors, sub-alliance, three-party agreement, Health Science
  Center agreement), every ``Institution.as_written`` spelling, the XJTU units, the four XJTU
  signatories and their titles, the ceremony date (May 23) and time ("At 3pm"), the counts
  ("Over 20 membership universities", "17 MOUs", a School of Management sub-alliance of 6
  universities, a specialised sub-alliance with 5 universities of which 3 are named) and the
  cooperation-area phrases, quoted exactly as written.
* The ROR registry (the partial ROR v2 dump ``shared/data/ror/ror-partial-v2.json.gz``,
  built from ror-community/ror-records up to release v2.9) gives, for every institution
  that has a ``ror`` value below: the display ``name``, ``country`` (ISO 3166-1 alpha-2 of
  the first location), ``city`` (GeoNames name of the first location), ``website`` (the
  link of type "website"), ``acronyms``, ``aliases`` and ``local_names`` (ROR names of type
  acronym / alias / label, with their language), and the GRID, Wikidata, ISNI identifiers
  and ``domain`` (first entry of ``domains[]``; left empty when the record has none, it is
  not derived from the website).  ROR ids are set only when the record is certainly the
  same body as the one the item names.
* Institutions the dump does not hold (no ``ror``): ``name`` is as written in the item, and
  ``country``/``city`` come from general knowledge; each is commented below, with any
  uncertainty.  No identifier, website or acronym was guessed for them.
* Not in the item: ``ALLIANCE_NAME`` and ``ALLIANCE_FOUNDED`` / ``ALLIANCE_FOUNDED_PLACE``
  (the item only writes the acronym "UANSR" and says the signing followed "the opening
  ceremony of UANSR"); they are the alliance's publicly reported name and founding
  (Xi'an, 22 May 2015), supplied by the project brief.
"""

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Institution:
    key: str  # short stable slug, e.g. "xjtu", "polimi", "nust", "lge"
    name: str  # official English display name (ROR's display name when found, else as written)
    as_written: str  # exactly as the item writes it (first occurrence)
    kind: str  # one of: university, research_institute, company, government, hospital, other
    country: str  # ISO 3166-1 alpha-2
    city: str
    website: str = ""
    acronyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()  # other English names
    local_names: tuple[tuple[str, str], ...] = field(default=())  # (language code, name)
    ror: str = ""  # full ROR URL, only if found in the dump and certainly the same body
    grid: str = ""
    wikidata: str = ""
    isni: str = ""
    domain: str = ""


# --------------------------------------------------------------------------------------
# The host
# --------------------------------------------------------------------------------------

XJTU = Institution(
    key="xjtu",
    name="Xi'an Jiaotong University",
    as_written="XJTU",  # the item only ever uses the acronym
    kind="university",
    country="CN",
    city="Xi'an",
    website="https://www.xjtu.edu.cn",
    acronyms=("XJTU",),
    aliases=("Xi'an Jiao Tong University", "Xian Jiaotong University"),
    local_names=(("zh", "西安交通大学"),),
    ror="https://ror.org/017zhmm22",
    grid="grid.43169.39",
    wikidata="Q981237",
    isni="0000 0001 0599 1243",
    domain="xjtu.edu.cn",
)

# --------------------------------------------------------------------------------------
# Membership universities ("The membership universities comprise ..."), in the item's order
# --------------------------------------------------------------------------------------

LIVERPOOL = Institution(
    key="liverpool",
    name="University of Liverpool",
    as_written="University of Liverpool",
    kind="university",
    country="GB",
    city="Liverpool",
    website="http://www.liv.ac.uk/",
    local_names=(("cy", "Prifysgol Lerpwl"),),
    ror="https://ror.org/04xs57h96",
    grid="grid.10025.36",
    wikidata="Q499510",
    isni="0000 0004 1936 8470",
)

POLIMI = Institution(
    key="polimi",
    name="Politecnico di Milano",  # ROR display name (Italian; it is also the usual English usage)
    as_written="Politecnico di Milano",
    kind="university",
    country="IT",
    city="Milan",
    website="https://polimi.it",
    # "Polytechnic University of Milan" is ROR's English label; "Polytechnic Institute of
    # Milan" is a common English rendering that is NOT in the ROR record (kept for matching).
    aliases=("Polytechnic University of Milan", "Polytechnic Institute of Milan"),
    local_names=(("it", "Politecnico di Milano"), ("fr", "École Polytechnique de Milan")),
    ror="https://ror.org/01nffqt88",
    grid="grid.4643.5",
    wikidata="Q392904",
    isni="0000 0004 1937 0327",
    domain="polimi.it",
)

UNITO = Institution(
    key="unito",
    name="University of Turin",
    as_written="University of Torino",
    kind="university",
    country="IT",
    city="Turin",
    website="https://www.unito.it",
    acronyms=("UNITO",),
    aliases=("University of Torino",),  # the item's spelling; not a ROR name
    local_names=(
        ("it", "Università degli Studi di Torino"),
        ("ca", "Universitat de Torí"),
        ("de", "Universität Turin"),
        ("fr", "Université de Turin"),
    ),
    ror="https://ror.org/048tbm396",
    grid="grid.7605.4",
    wikidata="Q499911",
    isni="0000 0001 2336 6580",
    domain="unito.it",
)

UNSW = Institution(
    key="unsw",
    name="UNSW Sydney",  # ROR display name; the item writes the alias below
    as_written="University of New South Wales",
    kind="university",
    country="AU",
    city="Sydney",
    website="https://www.unsw.edu.au/",
    acronyms=("UNSW",),
    aliases=("University of New South Wales",),
    ror="https://ror.org/03r8z3t63",
    grid="grid.1005.4",
    wikidata="Q734764",
    isni="0000 0004 4902 0432",
)

# Tampere University of Technology was the body that signed in 2015.  It merged with the
# University of Tampere into Tampere University on 1 January 2019.  Its ROR record
# (02ba3pt07) is status "inactive" with successor Tampere University,
# https://ror.org/033003e23 (see ROR_SUCCESSORS below).  We record TUT itself.
TUT = Institution(
    key="tut",
    name="Tampere University of Technology",
    as_written="Tampere University of Technology",
    kind="university",
    country="FI",
    city="Tampere",
    website="http://www.tut.fi/en/",  # historical site, as in the (inactive) ROR record
    acronyms=("TUT",),
    local_names=(
        ("fi", "Tampereen teknillinen yliopisto"),
        ("sv", "Tammerfors tekniska universitet"),
    ),
    ror="https://ror.org/02ba3pt07",
    grid="grid.6986.1",
    wikidata="Q277664",
    isni="0000 0000 9327 9856",
)

PNU = Institution(
    key="pnu",
    name="Pusan National University",
    as_written="Pusan National University",
    kind="university",
    country="KR",
    city="Busan",
    website="https://www.pusan.ac.kr",
    acronyms=("PNU",),
    # ROR also lists "Miryang National University" (a university merged into PNU in 2006);
    # left out because it names a different, former institution.
    aliases=("Busan National University",),
    local_names=(("ko", "부산대학교"),),
    ror="https://ror.org/01an57a31",
    grid="grid.262229.f",
    wikidata="Q53122",
    isni="0000 0001 0719 8572",
    domain="pusan.ac.kr",
)

CMU = Institution(
    key="cmu",
    name="Chiang Mai University",
    as_written="Chiang Mai University",
    kind="university",
    country="TH",
    city="Chiang Mai",
    website="http://www.cmu.ac.th/",
    acronyms=("CMU",),
    local_names=(("th", "มหาวิทยาลัยเชียงใหม่"),),
    ror="https://ror.org/05m2fqn25",
    grid="grid.7132.7",
    wikidata="Q1071609",
    isni="0000 0000 9039 7662",
)

# Not in the partial ROR dump (the only "Bauman" record there is the Kazan State Academy of
# Veterinary Medicine named after N.E. Bauman, a different body).  Country/city from general
# knowledge (Moscow, Russia) - certain.
BMSTU = Institution(
    key="bmstu",
    name="Bauman Moscow State Technical University",
    as_written="Bauman Moscow State Technical University",
    kind="university",
    country="RU",
    city="Moscow",
)

KAZNU = Institution(
    key="kaznu",
    name="Al-Farabi Kazakh National University",
    as_written="Al-Farabi Kazakh National University",
    kind="university",
    country="KZ",
    city="Almaty",
    website="https://farabi.university",
    # ROR's Latin-script Kazakh alias (tagged "tt") is not an English name; left out.
    local_names=(
        ("kk", "Әл-Фараби атындағы Қазақ ұлттық университеті"),
        ("ru", "Казахский национальный университет имени аль-Фараби"),
    ),
    ror="https://ror.org/03q0vrn42",
    grid="grid.77184.3d",
    wikidata="Q427677",
    isni="0000 0000 8887 5266",
    domain="farabi.university",
)

# "National University of Sciences and Technology (Pakistan)" = NUST, Islamabad.  Not to be
# confused with Nanjing University of Science and Technology (also "NUST", 00xp9wg62),
# NUST MISIS (Moscow) or Kwame Nkrumah UST (KNUST).
NUST = Institution(
    key="nust",
    name="National University of Sciences and Technology",
    as_written="National University of Sciences and Technology (Pakistan)",
    kind="university",
    country="PK",
    city="Islamabad",
    website="https://nust.edu.pk",
    acronyms=("NUST",),
    ror="https://ror.org/03w2j5y17",
    grid="grid.412117.0",
    wikidata="Q3696003",
    isni="0000 0001 2234 2376",
)

# Not in the partial ROR dump (nor is any record with a similar name; the "International
# University of Kyrgyzstan", 04730q569, is a different body).  Best knowledge: the
# International University of Innovation Technologies (Mezhdunarodnyi universitet
# innovatsionnykh tekhnologii) in Bishkek, Kyrgyzstan.  Country/city NOT verified against
# a registry - treat as uncertain.
IUIT = Institution(
    key="iuit",
    name="International University of Innovation Technologies",
    as_written="International University of Innovation Technologies",
    kind="university",
    country="KG",
    city="Bishkek",
)

# The academy that signed in 2015.  Its ROR record (03pscpn55) is status "inactive" with
# successor "Mukhametzhan Tynyshbayev ALT University", https://ror.org/04hasps36 (see
# ROR_SUCCESSORS).  We record the 2015 body.
KAZATC = Institution(
    key="kazatc",
    name="Kazakh Academy of Transport and Communications named after M.Tynyshpaev",
    as_written="Kazakh Academy of Transport and Communications named after M. TYNYSHPAYEV",
    kind="university",
    country="KZ",
    city="Almaty",
    website="https://www.kazatk.kz/",
    acronyms=("KazATC",),
    local_names=(
        ("kk", "Қазақ көлік және коммуникация академиясы"),
        ("ru", "Казахская академия транспорта и коммуникаций имени М. Тынышпаева"),
    ),
    ror="https://ror.org/03pscpn55",
    grid="grid.443399.0",
    wikidata="Q4208076",
    isni="0000 0004 1793 4993",
)

# Not in the partial ROR dump: no record for Tajik National University under any name (the
# Tajik records present - Tajik Technical University, Russian-Tajik Slavonic University,
# Tajik National Conservatory, ... - are other bodies).  The item's name matches no
# institution we know exactly; most likely it means Tajik National University (Dushanbe), but
# that identification is NOT asserted here (no alias added).  Country/city are best
# knowledge: Tajikistan, Dushanbe - uncertain.
TNU = Institution(
    key="tnu",
    name="Tajik National University for Research and Sciences",
    as_written="Tajik National University for Research and Sciences",
    kind="university",
    country="TJ",
    city="Dushanbe",
)

POLYU = Institution(
    key="polyu",
    name="Hong Kong Polytechnic University",
    as_written="Hong Kong Polytechnic University",
    kind="university",
    country="HK",
    city="Hong Kong",
    website="http://www.polyu.edu.hk/web/en/home/index.html",
    acronyms=("HKPU",),
    aliases=("PolyU",),  # typed "alias" in ROR
    local_names=(("zh", "香港理工大學"),),
    ror="https://ror.org/0030zas98",
    grid="grid.16890.36",
    wikidata="Q1187271",
    isni="0000 0004 1764 6123",
)

# --------------------------------------------------------------------------------------
# Company party to the three-party agreement (XJTU, Pusan National University, "LGE")
# --------------------------------------------------------------------------------------

# LG Electronics (Seoul) has no record of its own in the partial dump.  Two near misses are
# deliberately NOT used: "LG (United States)" (02b948n83, Englewood Cliffs, alias "LG
# Electronics") is the US subsidiary, and "LG (South Korea)" (03ddh2c27, aliases "LG
# Corporation", "GoldStar", "Lucky Goldstar"; Wikipedia link to LG Corporation) mixes the
# group/holding company with the electronics maker, so it is not certainly the same body.
LGE = Institution(
    key="lge",
    name="LG Electronics",
    as_written="LGE",
    kind="company",
    country="KR",
    city="Seoul",
    acronyms=("LGE",),
)

# --------------------------------------------------------------------------------------
# Visitors after the signing ceremony (only those not listed above)
# --------------------------------------------------------------------------------------

# CentraleSupélec was created on 1 January 2015 (merger of École Centrale Paris and Supélec),
# so it existed at the time of the visit.  ROR types it "facility"; it is a grande école
# (higher-education institution), so kind "university" here.
CENTRALESUPELEC = Institution(
    key="centralesupelec",
    name="CentraleSupélec",
    as_written="CentraleSupelec",
    kind="university",
    country="FR",
    city="Gif-sur-Yvette",
    website="https://www.centralesupelec.fr",
    acronyms=("CS",),
    aliases=("CentraleSupelec",),  # unaccented spelling used by the item; not a ROR name
    local_names=(("fr", "CentraleSupélec"),),
    ror="https://ror.org/019tcpt25",
    grid="grid.494567.d",
    wikidata="Q19203245",
    isni="0000 0004 4907 1766",
)

SKEMA = Institution(
    key="skema",
    name="SKEMA Business School",
    as_written="SKEMA Business School",
    kind="university",
    country="FR",
    city="Lille",
    website="https://www.skema.edu/",
    acronyms=("SKEMA BS",),
    aliases=("School of Knowledge Economy and Management",),
    ror="https://ror.org/036h8vg94",
    grid="grid.509610.b",
    wikidata="Q3486229",
    isni="0000 0004 0623 043X",
    domain="skema.edu",
)

NUS = Institution(
    key="nus",
    name="National University of Singapore",
    as_written="National University of Singapore",
    kind="university",
    country="SG",
    city="Singapore",
    website="http://www.nus.edu.sg/",
    acronyms=("NUS",),
    # ROR's historical aliases "King Edward VII College of Medicine" and "University of
    # Malaya" are left out: both now name other bodies (the latter is in Kuala Lumpur).
    local_names=(
        ("ms", "Universiti Kebangsaan Singapura"),
        ("zh", "新加坡国立大学"),
        ("ta", "சிங்கப்பூர் தேசியப் பல்கலைக்கழகம்"),
    ),
    ror="https://ror.org/01tgyzw49",
    grid="grid.4280.e",
    wikidata="Q738236",
    isni="0000 0001 2180 6431",
)

# Officially National Research University "MPEI".  ROR's alias is the truncated
# "National Research University" (shared with MAI), so it is replaced here by the full
# official form (general knowledge, not from ROR).
MPEI = Institution(
    key="mpei",
    name="Moscow Power Engineering Institute",
    as_written="Moscow Power Engineering Institute",
    kind="university",
    country="RU",
    city="Moscow",
    website="https://mpei.ru",
    acronyms=("MPEI",),
    aliases=('National Research University "MPEI"',),
    local_names=(("ru", "Московский энергетический институт"),),
    ror="https://ror.org/05sa6gg87",
    grid="grid.77852.3f",
    wikidata="Q224802",
    isni="0000 0000 8618 9465",
    domain="mpei.ru",
)

MAI = Institution(
    key="mai",
    name="Moscow Aviation Institute",
    as_written="Moscow Aviation Institute",
    kind="university",
    country="RU",
    city="Moscow",
    website="https://mai.ru",
    acronyms=("MAI",),
    # ROR's bare alias "National Research University" is too generic to keep.
    local_names=(("ru", "Московский авиационный институт"),),
    ror="https://ror.org/033zpbv42",
    grid="grid.17758.3c",
    wikidata="Q1719898",
    isni="0000 0000 8892 0127",
    domain="mai.ru",
)

# Not in the partial ROR dump.  Trap: "St. Petersburg State Technological Institute"
# (0338jc112) carries the alias "Saint Petersburg State Technical University" - that was a
# former name of the Polytechnic, but the record is the Technological Institute, a
# different body.  Country/city from general knowledge (Saint Petersburg, Russia) - certain.
SPBPU = Institution(
    key="spbpu",
    name="Peter the Great St.Petersburg Polytechnic University",
    as_written="Peter the Great St.Petersburg Polytechnic University",
    kind="university",
    country="RU",
    city="Saint Petersburg",
)

FEFU = Institution(
    key="fefu",
    name="Far Eastern Federal University",
    as_written="Far Eastern Federal University",
    kind="university",
    country="RU",
    city="Vladivostok",
    website="http://www.dvfu.ru/en/",
    # ROR's transliterated alias "Dalnevostochny federalny universitet" is not English; left out.
    local_names=(("ru", "Дальневосточный федеральный университет"),),
    ror="https://ror.org/0412y9z21",
    grid="grid.440624.0",
    wikidata="Q702303",
    isni="0000 0004 0637 7917",
)

# Not in the partial ROR dump.  Country/city from general knowledge: Kyrgyz State University
# named after I. Arabaev, Bishkek, Kyrgyzstan - confident.
ARABAEV = Institution(
    key="arabaev",
    name="I.Arabaev Kyrgyz State University",
    as_written="I.Arabaev Kyrgyz State University",
    kind="university",
    country="KG",
    city="Bishkek",
)

# Not in the partial ROR dump.  Not to be confused with the American University of Central
# Asia (Bishkek, 03vvzk644) or the University of Central Asia (Khorog, 05hphhy26, withdrawn),
# both of which are in the dump.  Country/city from general knowledge: the International
# University of Central Asia is in Tokmok (Chuy region), Kyrgyzstan - country confident,
# city fairly confident.
IUCA = Institution(
    key="iuca",
    name="International University of Central Asia",
    as_written="International University of Central Asia",
    kind="university",
    country="KG",
    city="Tokmok",
)

HANYANG = Institution(
    key="hanyang",
    name="Hanyang University",
    as_written="Hanyang University",
    kind="university",
    country="KR",
    city="Seoul",
    website="http://www.hanyang.ac.kr/english/",
    local_names=(("ko", "한양대학교"),),
    ror="https://ror.org/046865y68",
    grid="grid.49606.3d",
    wikidata="Q40006",  # ROR's preferred Wikidata id (the record lists two)
    isni="0000 0001 1364 9317",
)


# --------------------------------------------------------------------------------------
# Collections
# --------------------------------------------------------------------------------------

INSTITUTIONS: tuple[Institution, ...] = (
    XJTU,
    # membership universities, in the item's order
    LIVERPOOL,
    POLIMI,
    UNITO,
    UNSW,
    TUT,
    PNU,
    CMU,
    BMSTU,
    KAZNU,
    NUST,
    IUIT,
    KAZATC,
    TNU,
    POLYU,
    # company in the three-party agreement
    LGE,
    # visitors not already listed (CMU, ARABAEV and IUCA are also in other lists)
    CENTRALESUPELEC,
    SKEMA,
    NUS,
    MPEI,
    MAI,
    SPBPU,
    FEFU,
    ARABAEV,
    IUCA,
    HANYANG,
)

# XJTU units named by the item: (key, name, kind)
XJTU_UNITS: tuple[tuple[str, str, str], ...] = (
    ("xjtu-som", "School of Management", "school"),
    ("xjtu-hsc", "Health Science Center", "centre"),
)

# XJTU signatories, in the item's order: (person name, title).  The item writes
# "XJTU President Wang Shuguo, VP Xi Guang, VP Yan Hong, and VP Zhang Hanrong".
SIGNATORIES: tuple[tuple[str, str], ...] = (
    ("Wang Shuguo", "President"),
    ("Xi Guang", "Vice President"),
    ("Yan Hong", "Vice President"),
    ("Zhang Hanrong", "Vice President"),
)

# "The membership universities comprise ..." (the list ends with "etc.": it is not complete)
MEMBER_KEYS: tuple[str, ...] = (
    "liverpool",
    "polimi",
    "unito",
    "unsw",
    "tut",
    "pnu",
    "cmu",
    "bmstu",
    "kaznu",
    "nust",
    "iuit",
    "kazatc",
    "tnu",
    "polyu",
)

# "Following the agreement signing ceremony, ... visited different schools at XJTU" (11 named,
# the list ends with "etc")
VISITOR_KEYS: tuple[str, ...] = (
    "centralesupelec",
    "skema",
    "nus",
    "mpei",
    "mai",
    "spbpu",
    "fefu",
    "arabaev",
    "iuca",
    "hanyang",
    "cmu",
)

# "Together with 5 universities including ... etc, the school vows to promote the building of
# a specialized sub-alliance." Only the 3 named universities.
SPECIALISED_SUB_ALLIANCE_KEYS: tuple[str, ...] = ("arabaev", "iuca", "tnu")

# Parties to the agreements the item describes individually (extra convenience data).
POLIMI_AGREEMENT_KEYS: tuple[str, ...] = ("xjtu", "polimi")
# "a three-party agreement to promote collaboration with business entities"
THREE_PARTY_AGREEMENT_KEYS: tuple[str, ...] = ("xjtu", "pnu", "lge")
HSC_AGREEMENT_PARTNER_KEYS: tuple[str, ...] = ("nust", "cmu")  # with XJTU Health Science Center

# Cooperation-area phrases, each exactly as written in the item.
POLIMI_AREAS_PHRASES: tuple[str, ...] = (
    "joint school of industrial design",
    "innovation center",
    "industrial-academia-research transfer",
    "joint talent education",
)
HSC_AREAS_PHRASES: tuple[str, ...] = (
    "talent education",
    "joint research",
    "public health",
    "epidemic control",
    "medical big data",
    "medical policy reform",
)
FUTURE_INTENT_PHRASES: tuple[str, ...] = (
    "joint research",
    "lab building",
    "joint undergraduate, graduate and PhD education",
    "faculty and student exchanges",
    "share higher educational resources",
)

# ROR successors of the inactive records used above: (key, successor ROR URL, successor name).
ROR_SUCCESSORS: tuple[tuple[str, str, str], ...] = (
    ("tut", "https://ror.org/033003e23", "Tampere University"),
    ("kazatc", "https://ror.org/04hasps36", "Mukhametzhan Tynyshbayev ALT University"),
)

# --------------------------------------------------------------------------------------
# Alliance and event constants
# --------------------------------------------------------------------------------------

ALLIANCE_NAME = "University Alliance of the Silk Road"  # not in the item (brief)
ALLIANCE_ACRONYM = "UANSR"  # as the item writes it
ALLIANCE_FOUNDED = date(2015, 5, 22)  # not in the item (brief / public reports)
ALLIANCE_FOUNDED_PLACE = "Xi'an"  # not in the item (brief / public reports)
CEREMONY_DATE = date(2015, 5, 23)  # "On May 23, following the opening ceremony of UANSR"
CEREMONY_TIME = "15:00"  # "At 3pm"
PUBLISHED = date(2015, 5, 25)
MOU_COUNT = 17  # "signed with XJTU 17 MOUs"
SIGNING_MEMBERS_AT_LEAST = 20  # "Over 20 membership universities"
SOM_SUB_ALLIANCE_SIZE = 6  # "a sub-alliance comprising 6 universities"
SPECIALISED_SUB_ALLIANCE_SIZE = 5  # "Together with 5 universities including ..."
