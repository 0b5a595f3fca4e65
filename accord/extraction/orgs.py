"""Organisation mentions in news text: where the text names an organisation, which one of the
registry it is (when the resolver is sure), and what kind and country it is. No Django here.

A mention is found in three ways:

1. How organisations are written: a run of capitalised words (with "of", "for", "and", "de",
   "di", "named after"… between them) that holds a word organisations are named with
   ("University", "Institute", "Politecnico", "Academy", "Co., Ltd.", "Foundation",
   "Ministry"…). The run stops at a person's title ("Dong-A University President Lee" is
   "Dong-A University").
2. The registry's names: capitalised runs that are, whole, one of an organisation's names
   ("Politecnico di Milano", "CentraleSupelec").
3. Acronyms: one the text defines ("Chittagong University of Engineering and Technology
   (CUET)"), or one that a single organisation of the registry holds, or one of an
   organisation the text names in full.

Each mention is then resolved with the other organisations of the text as context, and the
mentions of one organisation (its name, its acronym) are grouped into one institution.
"""

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from accord.extraction.dates import SPANISH_MONTHS, date_line
from accord.extraction.sources import first_line_title
from accord.extraction.text import given_name_short, whole_words
from accord.resolver.core import PART_WORDS, Resolution, Resolver, name_key, quoted_key
from accord.resolver.normalise import (
    LEGAL_WORDS,
    acronym_form,
    countries_in,
    country_name,
    country_words,
    country_words_translated,
    normalise,
)

# Words universities are named with, in the languages news writes them in
UNIVERSITY_WORDS = frozenset(
    """university universities universität universitat université universite universidad
    universidade università universita universiteit uniwersytet univerzita universitas
    universiti üniversitesi universitesi college polytechnic politecnico polytechnique
    politécnica politecnica politeknik hochschule vidyalaya vidyalayam vishwavidyalaya
    vishwavidyalayam visvavidyalaya visvavidyalayam viswavidyalaya viswavidyalayam vidyapeeth
    vidyapeetham vidyapith universitet universiteti universitetas universitatea yliopisto
    egyetem sveučilište sveuciliste univerza politechnika politehnica hogeschool högskola
    högskolan daigaku scuola escola univerzitet universitetet fachhochschule kolej""".split()
)
# Words governments' bodies are named with
GOVERNMENT_WORDS = frozenset(
    "ministry government embassy consulate agency survey administration bureau commission"
    " department municipality metropolitan ayuntamiento cabildo municipalidad alcaldía"
    " alcaldia diputación diputacion gobierno prefeitura governorate embajada consulado"
    " intendencia gobernación gobernacion xunta generalitat prefectura directorate"
    # (a people's own government: "Qalipu First Nation", "the Navajo Nation")
    " nation".split()
)
# Spanish and Portuguese ones, which begin the body's name ("Ayuntamiento de Las Palmas",
# not "Jefes de Estado y de Gobierno")
_GOVERNMENT_FIRST = frozenset(
    "ayuntamiento cabildo municipalidad alcaldía alcaldia diputación diputacion gobierno"
    " prefeitura prefectura embajada consulado".split()
)
# Words that make a name a body's only when they begin it, as Spanish writes them ("Federación
# de Entidades Profesionales …", not "… Cultural de la Federación Rusa")
_FIRST_ONLY = _GOVERNMENT_FIRST | frozenset(
    """asociación asociacion federación federacion cámara camara sociedad confederación
    confederacion agencia comisión comision intendencia gobernación gobernacion embajada
    consulado unión grupo""".split()
)
# English words that make a name a body's only when they begin it ("the Federation of Hong
# Kong Industries", not "the Russian Federation")
_FIRST_ONLY_ENGLISH = frozenset("federation confederation directorate".split())
# Legal forms of other countries' companies, written after the name ("Solved Oy", "Equinor
# ASA", "Richter Gedeon Nyrt."): none is an English or Spanish word
_FOREIGN_LEGAL_FORMS = frozenset("oy oyj asa aps kft zrt nyrt sarl bv spa srl".split())
# Words companies are named with ("Co., Ltd.", "Electronics")
_COMPANY_HEADS = _FOREIGN_LEGAL_FORMS | frozenset(
    "corporation corp company co ltd inc gmbh ag plc llc limited electronics pharma"
    " pharmaceuticals bank pt tbk corporación corporacion compañía compania empresa"
    " empresas fertilizers fertilisers chemicals textiles airlines airways jsc ojsc pjsc cjsc"
    " njsc".split()
)
# Words that make an organisation a company: those companies are named with, and words that
# say what kind it is without making a run of capitalised words a name ("Group", "Motors")
# Words of a trade that end a company's name ("Soorty Enterprises", "Zahidiya Farms"), read by
# `_trade_names` only as a name's last word
_TRADES = frozenset("enterprises trading farms paints steel consultancy holdings ventures".split())
COMPANY_WORDS = _COMPANY_HEADS | _TRADES | frozenset("group technologies industries motors".split())
# Words organisations are named with, as written in news (lower case)
HEAD_WORDS = (
    UNIVERSITY_WORDS
    | GOVERNMENT_WORDS
    | _COMPANY_HEADS
    | frozenset(
        """institute institut instituto istituto academy akademie academia school centre
        center centro hospital clinic foundation fondation fundación fundacion council office
        alliance association society network consortium laboratory laboratories lab
        observatory museum library école ecole escuela conservatory conservatoire seminary
        organization organisation authority secretaría secretaria ministerio instytut
        institutet akademia chamber asociación asociacion federación federacion cámara camara
        sociedad confederación confederacion agencia comisión comision unión union army
        akademi sekolah enstitüsü enstitusu instituut federation confederation grupo
        """.split()
    )
)
# Words units are named with ("School of Management", "College of Engineering")
UNIT_HEADS = frozenset(
    "school college faculty department institute centre center laboratory division".split()
)
# (and in Spanish: "Facultad de Ingeniería", "Escuela de Posgrado")
# (not "Instituto …", "Centro …": bodies of their own, the registry's often)
_SPANISH_UNIT_HEADS = frozenset("facultad escuela departamento".split())
# Words between the capitalised words of a name
CONNECTORS = frozenset(
    """of for and the de di du des la le del della degli delle y e et für fur & d l es los
    las do da dos das zu der libre bin bint ibn voor""".split()
)
# A person's title: a name stops before it ("Dong-A University President Lee Hae-woo")
TITLE_WORDS = frozenset(
    """president vice vp chancellor dean professor prof dr mr mrs ms miss madam sir secretary
    director chair chairman chairwoman chairperson registrar rector provost minister ceo cfo
    cto head manager principal ambassador consul governor mayor deputy assistant associate
    general executive officer member party senior junior staff""".split()
)
# Words of world regions ("universities in Asia and Europe" name no universities)
_REGION_WORDS = frozenset(
    "asia europe africa america americas oceania pacific caribbean southeast northeast middle"
    " east west north south central latin".split()
)
# "…, la de Lima, la Nacional de Ingeniería, …": a university of a list, the word
# "Universidad" left out
_ELLIPTIC_UNIVERSITY = re.compile(
    r"(?:,\s*|\sy\s+)la\s+((?:de\s+|del\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|del|la|los))*)"
    r"(?=\s*(?:,|;|\.|\sy\s|…|\(|$)|\s+[a-záéíóúñ])"
)
_UNIVERSITY_WORD = re.compile(r"(?:[A-Z][\w-]*\s+)?Universidad\b")
# the item of a list before another: "…, la Universidad Católica de Santa María"
_ITEM_BEFORE = re.compile(r"(?:^|[,:;]|\sy\s)\s*([^,:;]*?)\s*$")
# Words of when, not where: "the University at Christmas"
_TIMES = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday christmas easter ramadan eid
    diwali noon midday midnight night dawn""".split()
)
# A document's word: a name that begins with one is the document's title, not a body's
_DOCUMENT_FIRST = frozenset(
    "convenio convenios acuerdo acuerdos agreement memorandum memorando protocol protocolo"
    " contract contrato".split()
)
# Words saying in which region a body is, before a kind's word in lower case ("a new Pacific
# university")
_REGION_ADJECTIVES = frozenset(
    "pacific atlantic baltic mediterranean balkan scandinavian arctic asian african european"
    " caribbean nordic".split()
)
# "Haramaya, Hawassa and Gondar universities", "Peking and Tsinghua universities"
_PLACES_LISTED = re.compile(
    r"\b[Uu]niversities\s+of\s+([A-Z][^.:;\n]*?,[^.:;\n]*?)(?=\.(?:\s|$)|\n|$)"
    r"|\buniversities\s*:\s*([^\n]+?)(?=\.(?:\s|$)|\n|$)"
    # "four Russell Group universities - Sheffield, Cardiff, Newcastle and Southampton", "The
    # universities include Lagos, Ibadan and Obafemi Awolowo in Nigeria, …", "las
    # universidades de Barcelona, Buenos Aires, Complutense de Madrid y São Paulo"
    r"|\b[Uu]niversities\s*(?:[–—]|,?\s+(?:include|includes|including|such\s+as|namely))\s+"
    r"([A-Z][^.:;\n]*?(?:,|\sand\s)[^.:;\n]*?)(?=\.(?:\s|$)|\n|$)"
    r"|\b[Uu]niversidades\s+(?:de|como|incluyendo)\s+([A-Z][^.:;\n]*?(?:,|\sy\s)[^.:;\n]*?)"
    r"(?=\.(?:\s|$)|\n|$)"
    # "La Universidad … firma convenios con sus homólogas de Almería, Sevilla, Granada y la
    # Politécnica de Cartagena": a university's counterparts (read only after "Universidad"
    # in the sentence: not a city council's "homólogos de Sevilla, Córdoba y Málaga")
    r"|\bhomólogas\s+de\s+([A-Z][^.:;\n]*?(?:,|\sy\s)[^.:;\n]*?)(?=\.(?:\s|$)|\n|$)"
    # "las universidades Nacional de Colombia, de Antioquia y del Valle", "las universidades
    # que firmaron el convenio son: Universidad de Panamá, Nacional de Avellaneda, … y
    # Estatal de Campinas": each without the word they share
    r"|\buniversidades\s+(?:[^.:;\n]{0,60}?\bson\s*:\s*|(?=(?-i:[A-ZÁÉÍÓÚ])[\w'’-]+\s))"
    r"([A-Z][^.:;\n]*?(?:,|\sy\s)[^.:;\n]*?)(?=\.(?:\s|$)|\n|$)"
)
_COUNTERPARTS = 5  # the group of _PLACES_LISTED that lists a university's counterparts
_SHARED_PLACE = re.compile(r"\b(?:de|del)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$")
_SPANISH_LISTS = 4  # the groups of _PLACES_LISTED from this one on list them in Spanish
_UNIVERSITY_IN_SENTENCE = re.compile(r"\bUniversidad\b[^.]*$")
# one place of such a list, its country in brackets after it left out
_PLACE_ITEM = re.compile(
    r"(?:^|[,;]\s*|\s+(?:and|y)\s+)(?:the\s+)?"
    r"((?:(?:de|del)\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|del|of|di))*)"
    # (the last place of the list may be followed by the sentence's verb: "… and Turku have
    # concluded …")
    r"(?=\s*(?:\([^()]*\))?\s*(?:[,;–—]|\s+(?:and|y)\s|\s+[a-z]|$))"
)
_SHARED_HEAD = re.compile(
    r"\b((?:[A-Z][\w'’-]+,\s+)*[A-Z][\w'’-]+,?\s+and\s+[A-Z][\w'’-]+)\s+[Uu]niversities\b"
    # "the Norwegian universities in Agder and Oslo"
    r"|\b[Uu]niversities\s+(?:in|of)\s+((?:[A-Z][\w'’-]+,\s+)*[A-Z][\w'’-]+,?\s+and\s+[A-Z][\w'’-]+)"
)
# Titles in Spanish, before whose they are ("Rectora del Centro Universitario …")
_SPANISH_TITLES = frozenset(
    """rector rectora vicerrector vicerrectora decano decana director directora presidente
    presidenta secretario secretaria gerente jefe jefa coordinador coordinadora""".split()
)
# Last words of names of things that are no organisation: rankings, prizes, days
NOT_BODIES = frozenset(
    "rankings ranking award awards prize prizes scholarship scholarships day week festival"
    " medal cup building buildings headquarters hall auditorium room campus stadium forum summit"
    " conference congress symposium workshop expo olympiad meeting plan strategy scheme".split()
)
# Words in capitals after an acronym that name an occasion
_OCCASION_NAMED = re.compile(
    r"(?:\s+[A-Z][\w'’-]*){1,5}\s+(?:Forum|Summit|Conference|Congress|Symposium|Meeting|Week|"
    r"Fair|Expo|Games|Festival)\b"
    # "at the IDET international defence and security technology fair"
    r"|(?:\s+[a-z][\w-]*){1,6}\s+(?:fair|exhibition|expo|trade show)\b"
)
_ANNIVERSARY = re.compile(r"\b(?i:anniversary|anniversaries|aniversario|anniversaire)\b")
_OCCASIONS = frozenset("forum summit conference congress symposium fair expo festival".split())
_OCCASION_AFTER = re.compile(
    r"(?:['’]s?\s+(?:[A-Z]\w+\s+)?|\s+(?:Presidents|Rectors|Leaders|Deans)['’]?\s+)"
    r"(?:Forum|Summit|Conference|Congress|Symposium|Meeting|Day|Week|Award|Prize)\b"
)
# Words of fields of study and of units: a name of them alone names no one body
_GENERIC = UNIT_HEADS | frozenset(
    """engineering science sciences technology technologies medicine medical health public
    administration business management economics law arts humanities education higher
    agriculture agricultural studies research computer computing information energy
    environmental natural applied social physics chemistry biology mathematics graduate
    postgraduate undergraduate lab member members partner partners universities institutions
    colleges office international affairs relations cooperation exchange exchanges global
    engagement excellence economía ingeniería ciencia ciencias tecnología medicina salud
    derecho humanidades educación agricultura estudios investigación informática energía
    física química biología matemáticas administración empresas finanzas gestión small
    medium sized enterprises""".split()
)


# Words saying where a body is from, not which body it is: "Chinese University" in a title
DEMONYMS = frozenset(
    """chinese japanese korean indian pakistani bangladeshi nepali nepalese thai vietnamese
    malaysian indonesian filipino philippine singaporean mongolian kazakh uzbek kyrgyz tajik
    turkmen russian ukrainian belarusian polish czech slovak hungarian romanian bulgarian
    serbian croatian greek turkish iranian iraqi syrian lebanese jordanian saudi emirati
    qatari kuwaiti omani yemeni egyptian libyan tunisian algerian moroccan sudanese
    ethiopian kenyan ugandan tanzanian rwandan nigerian ghanaian senegalese cameroonian
    zambian zimbabwean namibian mozambican angolan congolese american canadian mexican cuban
    brazilian argentine argentinian chilean peruvian colombian venezuelan ecuadorian
    bolivian paraguayan uruguayan british english scottish welsh irish french german
    italian spanish portuguese dutch belgian swiss austrian swedish norwegian danish finnish
    estonian latvian lithuanian australian fijian israeli palestinian afghan arab asian
    taiwanese macanese cambodian laotian burmese bruneian timorese lankan zealander
    african european latin caribbean nordic foreign overseas western eastern""".split()
)


# an article a tagged name may begin with ("the Embassy", "la Embajada")
_ARTICLE_BEFORE_NAME = re.compile(r"(?:the|la|el|los|las|le|les)\s+", re.IGNORECASE)

# a short form in brackets right after a name: "(KU)", "(King's)"
_BRACKETED_AFTER = re.compile(r"\s*\(\s*([^()\n]{2,40}?)\s*\)")
# the word just before a span ("Rector" in "Rector Knut Hove", "Officer" in "Admissions
# Officer, International Education College")
_LAST_WORD_BEFORE = re.compile(r"(\w+)[.,]?\s+$")

# a title set off after a name ("Jeffrey Tsai, the Principal of …")
_TITLE_SET_OFF = re.compile(r",\s+(?:the\s+|its\s+|el\s+|la\s+)?(\w+)")
# a line opening with a place in capitals, then its region, a date or a dash
_DATELINE_PLACE = re.compile(r"\(?[^\W\d_a-z]+(?:[ -][^\W\d_a-z]+)*(?:,|\s+[–—-]|:)")
# what a dean heads is a unit ("Dean of International Education College")
_DEAN_OF = re.compile(r"\b(?:[Dd]ean|[Dd]ecan[oa]) (?:of|de)\s+(?:the\s+|la\s+)?$")

# words in lower case that join a name's words beside CONNECTORS ("Commission on Higher
# Education"; not "at" or "in", which join a name to a time or a place: "the University at
# Christmas")
_NAME_JOINS = frozenset("on en al am im zur und".split())


def nationality_only(mention: "Mention", before: str = "") -> bool:
    """An unresolved name made of where a body is from and the word for its kind only:
    "Chinese University" ("UNSW signs pact with Chinese University"), "Kenyan
    Universities", "New Zealand Universities"; a country's name and the kind in the singular
    only after "the" (`before`, the text before it): "the Oman University" (of the full
    name told before), not "signed with Qatar University"."""
    if mention.key is not None:
        return False
    words_ = [w.lower() for w in _WORD.findall(mention.text)]
    # ("Two Taiwan Universities": a count first)
    while len(words_) > 2 and (words_[0] in _COUNT_WORDS or words_[0].isdigit()):
        words_ = words_[1:]
    # "Culture and Arts Universities of Uzbekistan and Kazakhstan": universities of
    # countries, in the plural (not "Association of Universities of the Kyrgyz Republic",
    # one body of them)
    plural = next((n for n, w in enumerate(words_) if [w] in _PLURAL_KINDS), None)
    if (
        plural  # (words of what kind before it: "Universities of Serbia" alone is left be)
        and words_[plural + 1 : plural + 2] == ["of"]
        and not any(w in HEAD_WORDS or w == "of" for w in words_[:plural])
        and " ".join(w for w in words_[plural + 2 :] if w != "the")
        and all(
            side.strip() in country_words()
            for side in " ".join(w for w in words_[plural + 2 :] if w != "the").split(" and ")
        )
    ):
        return True
    k = next((n for n, w in enumerate(words_) if w in _KIND_OF_SCHOOL), 0)
    where, kinds = words_[:k], words_[k:]
    if (
        where
        and all(w in _VAGUE or w in DEMONYMS for w in where)
        and any(w in _VAGUE for w in where)
        and all(w in _KIND_OF_SCHOOL for w in kinds)
        # (the plural: not "Overseas Chinese University", a university's name)
        and (len(where) == 1 or kinds[-1:] in _PLURAL_KINDS)
    ):
        # "Several Universities", "Prestigious Chinese Universities" in a title's capitals
        return True
    if (
        len(where) >= 3
        and kinds
        and kinds[-1] in ("universities", "colleges", "institutes", "schools")
        and "and" in where
    ):
        # "Russian and Arab Universities", "Sri Lankan and Foreign Universities": where two
        # kinds of them are from, joined
        sides = " ".join(where).split(" and ")
        if all(
            side in DEMONYMS or side in _VAGUE or side in country_words()
            or all(w in DEMONYMS or w in country_words() for w in side.split())
            for side in sides
        ):  # fmt: skip
            return True
    return (
        bool(where)
        and all(w in _KIND_OF_SCHOOL for w in kinds)
        # ("New Zealand Universities": a country's name said so; in the singular it is a
        # name, "Qatar University", "Kuwait University")
        and (
            (len(where) == 1 and where[0] in DEMONYMS)
            or (
                " ".join(where) in country_words()
                and (kinds[-1:] in _PLURAL_KINDS or re.search(r"\bthe\s+$", before) is not None)
            )
            # ("Three Sierra Leonean Universities", "Costa Rican universities": of a country
            # of two words, in the plural; not "Central European University", "South Asian
            # University")
            or (
                len(where) == 2
                and kinds[-1:] in _PLURAL_KINDS
                and where[1].endswith(("an", "ese", "ish", "i"))
                and any(c.startswith(where[0] + " ") for c in country_words())
            )
        )
    )


# A kind of school in the plural, as the last word of a list of kinds
_PLURAL_KINDS = (["universities"], ["colleges"], ["institutes"])
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten several many".split())
# Words bodies are named with, in the plural: "Three Top British Universities", "la
# Conferencia de Rectores de Universidades Técnicas"
_PLURAL_HEADS = frozenset(
    """universities colleges institutions institutes universidades universitats universités
    instituciones schools polytechnics""".split()
)
# Words that say which universities no more than "some" does
_VAGUE = _COUNT_WORDS | frozenset(
    """various numerous leading top prestigious renowned major key selected partner member
    participating foreign overseas other some""".split()
)
_KIND_OF_SCHOOL = frozenset(
    "university universities college colleges institute institutes school schools".split()
)


# (of education: "Educación Superior", "Higher Education", "Enseñanza Media")
_LEVELS = frozenset("superior higher secondary primary tertiary enseñanza media".split())


def _generic(name: str) -> bool:
    """A name made only of words of fields and units, that any university's unit may have:
    "College of Engineering", "Office of International Affairs"."""
    return made_of(name, _GENERIC)


def made_of(name: str, vocabulary: frozenset[str]) -> bool:
    """Whether every word of a name but those joining it is one of `vocabulary`."""
    return all(w.lower() in vocabulary or w.lower() in CONNECTORS for w in _WORD.findall(name))


_GOVERNING = frozenset("council senate board court assembly".split())
# Words that praise a body rather than name it: "Malaysia's Top National University"
EVALUATIVE = frozenset(
    "top leading largest oldest best premier biggest newest youngest finest foremost".split()
)
# What a title is about, after "for", "of" or a colon ("Vice-Rector for International
# Affairs", "Executive Vice President: Technology"): where a name follows the title directly,
# only these words are taken for its subject, so that the name is not
DOMAIN_WORDS = frozenset(
    """international internationalisation internationalization affairs relations research
    cooperation co-operation collaboration collaborations academic academics education
    innovation development student students administration administrative finance financial
    science sciences engineering technology technologies external global engagement
    partnership partnerships teaching learning planning strategy strategic university
    faculty school college medicine humanities graduate studies outreach communication
    communications enterprise industry exchange exchanges quality operations resources human
    public health law arts business economics management digital information infrastructure
    campus culture library social sustainability institutional corporate legal welfare
    services programmes programs admissions extension training postgraduate undergraduate
    affairs policy community service alumni marketing sales procurement enseñanza
    investigación extensión posgrado relaciones internacionales internacionalización
    cooperación asuntos tecnología innovación desarrollo vinculación docencia ciencia""".split()
)
# Capitalised words that start sentences or name things other than organisations
NOT_NAMES = frozenset(
    """the a an this that these those on in at by with from to for and but as after before
    during following under through over about among between since while when where it its
    their his her our we they he she i you mou mous memorandum memoranda agreement
    agreements january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday con en por para desde
    entre sobre tras durante ante al un una este esta today yesterday tomorrow tonight
    recently meanwhile earlier later hoy ayer moa moas phd msc bsc mba mphil covid pymes mipymes
    ong ongs both either neither""".split()
)

# (an okina written as a left quote inside a word: "University of Hawai\u2018i at Mānoa")
_WORD = re.compile(r"[^\W_](?:[\w’'\u2018]*[^\W_])?", re.UNICODE)
# What may stand between two words of one name: spaces (one line break), a hyphen, "&", and
# a dot after an initial or an abbreviation ("M. Tynyshpayev", "St. Petersburg")
_JOIN = re.compile(r"[ \t]*\n?[ \t]*|[-\u2010\u2013]|[ \t]*&[ \t]*")  # a hyphen or an en dash
_DOT_JOIN = re.compile(r"\.[ \t]*")
_PLACE_BETWEEN = re.compile(r"(?:,|\s[–—-])\s*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}\s*(?=\()")
_IN_PLACE_BETWEEN = re.compile(r"\s+(?:in|at)\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}\s*(?=\()")
# "the Arab Academy for Science, Technology, and Maritime Transport in Egypt (AASTMT)": the
# rest of a name that lists fields, and where it is, before its acronym
_LIST_BETWEEN = re.compile(
    r"((?:,\s*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})*,?\s+(?:and|&)\s+[A-Z][\w'’-]+"
    r"(?:\s[A-Z][\w'’-]+){0,2})(?:\s+in\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)?\s*(?=\()"
)
_POSSESSIVE = re.compile(r"['’]s[ \t]+")
# Words a name may have after a possessive: "Queen's University", "Women's College"
POSSESSED = frozenset("university college hospital institute republic".split())
# people of a kind whose body it is, in the possessive: "Children's Fund", "Women's
# University", "People's Bank"
_GROUP_OWNERS = frozenset("children women people peoples workers veterans youth".split())
# people in the plural whose body it is, who do something: "Rectors' Conference", "Teachers'
# College", "Manufacturers' Association" (not "the Netherlands' University of Twente", "the
# University of Texas' Institute for …")
_PLURAL_OWNER = re.compile(r"[a-z]{3,}(?:ers|ors|ists|ants|ents)")
_PLURAL_POSSESSED = POSSESSED | frozenset(
    "conference union association council federation league network".split()
)
# Where something happens, not who: "met in the Qihang Activity Center"
VENUE_WORDS = frozenset(
    """center centre hall building auditorium room chamber campus theatre theater stadium
    gallery complex park square""".split()
)
# "at the group's Namyang R&D Center"
_AT_VENUE = re.compile(
    r"\b(?:in|at|inside|en)\s+(?:the\s+|el\s+|la\s+)?(?:[\w-]+['’]s\s+)?"
    # ("en el salón de grados del Centro Cultural de San Marcos": a room in a place)
    r"(?:(?:[\w-]+\s+)?(?:hall|auditorium|room|salón|salon|auditorio|sala|aula|paraninfo)\s+"
    r"(?:(?:de|of)\s+[\w-]+\s+)?(?:of(?:\s+the)?|del|de\s+la|de)\s+)?$",
    re.IGNORECASE,
)
# "the Agreement on Jointly Establishing the China-Jordan Centre …": what a document is called
_DOCUMENT_TITLE = re.compile(
    r"\b(?:agreement|memorandum(?: of understanding)?|protocol|contract|mou|convenio|acuerdo)\s+"
    r"(?:on|for|de|sobre|para)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "en el Centro de Innovación y Tecnología de Ecopetrol", "at the Centre for Water Systems":
# where something happens
_VENUE_FIRST = frozenset("centro center centre sala auditorio edificio hall".split())
# A place named before whose it is: "el auditorio León de Greiff de la Universidad …"
_VENUE_BEFORE = re.compile(
    r"\b(?i:auditorio|auditorium|sala|aula|edificio|salón|paraninfo|hall|building|theatre|"
    r"theater)\s+(?:[A-Z][\w'’-]*\s+(?:de\s+|del\s+|of\s+)?){0,3}$"
)
# Words only places are named with: "Airlangga Convention Center", "… Exhibition Centre"
_PLACE_ONLY_WORDS = frozenset(
    "convention exhibition auditorium stadium hotel salón paraninfo".split()
)
ABBREVIATED = frozenset("st mt ft co no prof dr jr sr univ inst dept".split())
# A company's legal form after its name, behind a comma: "YoungPoong Electronics Co., Ltd."
_ACRONYM_WITHIN_NAME = re.compile(
    r"(?<![\w'’-])(?P<before>[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|and|for|the|de)[ \t]+)*[A-Z][\w'’-]*)"
    r"{1,7})[ \t]+\((?P<acronym>[A-Z]{2,8})\)[ \t]+(?P<after>(?:[A-Z][\w-]*[ \t]+){0,2}"
    r"[A-Z][\w.-]*)"
)
# the words a name ends with that say it is a body (not "Office", "Rankings")
_BODY_ENDS = frozenset(
    """authority foundation agency council commission corporation organization organisation
    ltd limited inc plc company institute university college academy society association""".split()
)
_CO_FOR = re.compile(r"\.\s+for\s+[A-Z][\w-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w-]*){0,4}")
_LEGAL_AFTER = re.compile(
    # ("Huawei Technologies (Thailand) Co., Ltd.": the country of the branch before)
    r"(?:\s*\([A-Z][a-z]+(?: [A-Z][a-z]+)?\))?"
    r"\.?,?\s*(?:Co\.,?\s*)?(?:Ltd|Limited|Inc|GmbH|LLC|PLC|S\.A|AG|Tbk|Sdn\.?\s*Bhd|Bhd|Berhad)\b"
    r"|\s*\(Persero\)"
)
# Words glued to the next one in copied text: "andAllama Iqbal Open University"
_GLUED = re.compile(r"^(and|of|the|with|at|in|by|for)([A-Z]\w+)$")
# A possessive at a word's end: "RCB's"
_POSSESSIVE_END = re.compile(r"[’']s$")
# What joins a word to an organisation listed before it: "…, LGE", "… and LGE"
_LISTED_WITH = re.compile(r"\s*(?:,|and|y|e|,\s*(?:and|y)|&)\s*")
# What a registry's name may hold beyond a name as news writes it: a place in brackets, after
# "in", "at" or a comma ("China University of Petroleum (Beijing)", "Czech Technical University
# in Prague", "Anna University, Chennai", "Medical University - Sofia", "Université du
# Québec en Outaouais", "University of Tromsø - The Arctic University of Norway"); a short form
# before a dash ("VSB - Technical University of Ostrava")
_PLACE_AFTER = re.compile(
    r"(?:\s*\(|\s+(?:in|at|en|à)\s+|,\s*|\s+[–—-]\s+)"
    r"([A-Z][\w'’-]+(?:\s+(?:(?:and|of|for|&|de|del|y)\s+)?[A-Z][\w'’-]+){0,3})\)?"
)
# "VSB - …", "Prince of Songkla University" (after "President of"): a word before the name
_SHORT_BEFORE = re.compile(r"\b([A-Z][\w'’]{1,12})(?:\s*[–—-]\s*|\s+(?:of|de|di)\s+)$")
_COMMA_BEFORE = re.compile(r"\b[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){0,2},\s*$")
_EMPLOYER = re.compile(
    r",\s*(?:the\s+)?([A-Z][\w-]*)(?:[\s:]+[\w&-]+){0,10}?\s+(at|of)\s+(?:the\s+)?"
    r"([A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})(?=\s*[,.;)]|\s+and\b)"
)
# Words of what a title is about, not of whom it is at ("Director of Medical Services")
_SUBJECT_WORDS = frozenset(
    """affairs relations research services service studies development engineering technology
    education international academic science sciences management finance operations resources
    cooperation business unit programmes programs partnerships engagement innovation
    planning administration""".split()
)
_WITH_ONE = re.compile(
    r"\b(?i:agreements?|mous?|memorand\w*|contracts?|partnership)\s+with\s+([A-Z][a-z]+)\b"
    r"(?=\s+(?:in|on|to|for|under|which|that|last|this)\b|[,.;])"
    # "King Mongkut's Institute of Technology Ladkrabang (KMITL) and Nokia signed …"
    r"|\band\s+([A-Z][a-z]+)\s+(?:have\s+|has\s+|today\s+|jointly\s+)?"
    r"(?:signed|inked|sealed|renewed|concluded)\b"
)
_GLUED_HEAD = re.compile(r"([A-Z][a-z]{2,12})(?:University|Universidad|Universität)")
# what a platform's or a product's name begins with ("MyUniversity", "TuUniversidad")
_NOT_GLUED_NAMES = frozenset("the our your my mi tu su edu go nova open smart".split())
_ANY_ONE = frozenset("a an any every each another one no some".split())
_ONE_AND_NAME = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]{3,})\s+(?:and|&)\s+"
    r"([A-Z][\w'’-]+(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’-]+){1,5})"
)
# "signed an MoU with Jindal Stainless to collaborate …": two to four words in capitals after
# a signing's "with", then what the partnership is for, or the sentence's end
_SIGNED_WITH_NAMED = re.compile(
    r"\b(?:signed|inked|signs|inks)\s+(?:an?\s+)?(?:mou|memorandum of understanding|agreement)"
    r"\s+with\s+((?-i:[A-Z][\w&'’-]+)(?:\s+(?-i:[A-Z][\w&'’-]+)){1,3})"
    r"(?=\s+(?:to|on|for|in|at|under|which|that|last|this)\b|[,.;])|"
    # "Kuwait University and the National Guard have signed …"
    r"\band\s+the\s+((?-i:[A-Z][\w&'’-]+)(?:\s+(?-i:[A-Z][\w&'’-]+)){1,3})\s+"
    r"(?:have\s+|has\s+)?(?:signed|inked|sealed|renewed)\b",
    re.IGNORECASE,
)
_ACRONYM_INSIDE = re.compile(r",\s*([A-Z][A-Za-z&.-]{1,10})\s*\)")
_APPOSED = re.compile(
    r",[ \t]+([A-Z][A-Za-z]{1,8}[A-Z])(?=[ \t]*[,.;:)]|[ \t]+(?:y|e|and|con|with|en|in)\b)"
)
# "… with Kazan National Research Technical University named after A.N. Tupolev - KAI.": an
# acronym after a dash (a hyphen or a dash), closing the name
_DASHED = re.compile(r"[ \t]+[–—-][ \t]+([A-Z]{2,8})(?=[ \t]*(?:[,.;:)]|$))")
_DEFINED = re.compile(
    # "(CUET)", "[ZUCC]"
    r"[(\[]\s*(?:the\s+)?([A-Z][A-Za-z0-9&.\-]{1,15}(?:\s+(?:[A-Z][a-z]+|[A-Z]{2,6}))?)\s*"
    # "(BFSU, por sus siglas en inglés)", "(UNAM, for its Spanish initials)"
    r"(?:,\s*(?:por sus siglas|for its|by its|its)\b[^()]{0,30})?[)\]]"
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    # asked for again and again as runs and names are read, so kept rather than recomputed
    lower: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # ("l'Université" is the word "université" for what kind of word it is)
        lower = self.text.lower()
        object.__setattr__(self, "lower", lower[2:] if self._elided() else lower)

    def _elided(self) -> bool:
        """ "l'Adour", "d'Elx", "l'Université", "L'Université de Bamenda": a word after an
        elided article or "de"."""
        return self.text[1:2] in ("'", "’") and self.text[:1] in "dlDL" and self.text[2:3].isupper()

    @property
    def capitalised(self) -> bool:
        return (
            self.text[:1].isupper()
            or (self.text[:1].isdigit() and len(self.text) > 1)
            # "… des Pays de l'Adour", "Universitat … d'Elx": a name's word after an article
            # or "de" cut short
            or self._elided()
        )


@dataclass
class Mention:
    """One place where the text names an organisation."""

    text: str
    start: int
    end: int
    how: str  # "pattern", "registry", "acronym", "tagged" (read by the tagger of names)
    key: str | None = None  # the registry's organisation, when resolved
    confidence: float = 0.0
    unit: str | None = None  # the organisation's unit it names ("Health Science Center")


@dataclass
class Institution:
    """An organisation the text names, with every place it does."""

    name: str  # the fullest form as written
    key: str | None
    canonical: str | None
    country: str | None
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    confidence: float = 0.0

    @property
    def spans(self) -> list[tuple[int, int]]:
        return sorted({(m.start, m.end) for m in self.mentions})


def words(text: str) -> list[Token]:
    found = []
    for match in _WORD.finditer(text):
        glued = _GLUED.match(match.group())
        if glued:  # "andAllama" is "and" and "Allama"
            cut = match.start() + len(glued.group(1))
            found.append(Token(glued.group(1), match.start(), cut))
            found.append(Token(glued.group(2), cut, match.end()))
        elif _POSSESSIVE_END.search(match.group()) and len(match.group()) > 3:
            # "RCB's Bio-incubator": the word without its possessive
            found.append(Token(match.group()[:-2], match.start(), match.end() - 2))
        else:
            found.append(Token(match.group(), match.start(), match.end()))
    return found


# Words a sentence begins with that begin no name
_SENTENCE_STARTS = frozenset(
    "on the in at a an this it during after before for with its their he she they we as by"
    " later then".split()
)


def _name_only_line(text: str, left: Token) -> bool:
    """Whether the line that ends with `left` holds nothing but capitalised words and the
    words that join a name ("of", "and", "de"…), and a comma or two ("King Saud University,
    Saudi Arabia")."""
    line = text[text.rfind("\n", 0, left.start) + 1 : left.end]
    found = _LINE_WORD.findall(line)
    return bool(found) and all(w[:1].isupper() or w.lower() in CONNECTORS for w in found)


_LINE_WORD = re.compile(r"[^\W\d_]+")
# "Davao del Norte", "Surigao del Sur": a province named by its side
_COMPASS_POINTS = frozenset("norte sur este oeste".split())
# Titles a line about a person begins with
_PERSON_LINE_STARTS = frozenset(
    "chief president vice-president chancellor vice-chancellor dean professor prof dr mr mrs ms"
    " rector director minister ambassador".split()
)


def _joined(text: str, left: Token, right: Token) -> bool:
    """Whether two neighbouring words may belong to one name: nothing but a space, a hyphen,
    a dot or "&" between them (no comma, no bracket, no blank line)."""
    between = text[left.end : right.start]
    if "\n" in between and left.text.isupper() and len(left.text) > 1:
        return False  # a heading in capitals ("NEW MEMBERS") ends at its line
    if "\n" in between and left.end - (text.rfind("\n", 0, left.start) + 1) < 40:
        return False  # a short line is a heading ("About KenGen"), not a line wrapped
    if (
        "\n" in between
        and (right.lower in _MONTHS or right.text[:1].isdigit())
        and date_line(text[right.start : text.find("\n", right.start) % (len(text) + 1)])
    ):
        return False  # "… with Gadjah Mada University\nNovember 30, 2009": a date line
    if "\n" in between and right.lower in _SENTENCE_STARTS:
        return False  # "… the University of Calcutta\nThe partnership will …": a new line
    if "\n" in between and right.lower in _PERSON_LINE_STARTS:
        # "Chief Joe Alphonse, Tŝilhqot'in National Government\nChief Jimmy Lulua, …": a line
        # that begins with a person's title begins a person, not the rest of a name
        return False
    if "\n" in between and text.find("\n", 0, left.start) < 0:
        return False  # the first line is the title ("… Kuwait University\nTrinity College …")
    if "\n" in between and _name_only_line(text, left):
        # a list, one name a line ("Hong Kong University of Science and Technology\nIndian
        # Institute of Technology Bombay"): a line wrapped in a sentence holds other words
        return False
    if _DOT_JOIN.fullmatch(between):
        # not "… at Campus C. On the occasion": a sentence begins
        if right.lower in _SENTENCE_STARTS:
            return False
        # (not "… and Calcutta University 3. Vidyasagar University": a figure, no initial)
        return (len(left.text) == 1 and not left.text.isdigit()) or left.lower in ABBREVIATED
    # ("Al-Balqa' Applied University": an Arabic name's closing hamza)
    arabic = re.search(r"\b(?:[AaEe]l|A[rsdnt])-$", text[max(0, left.start - 4) : left.start])
    if between in ("' ", "’ ") and (len(left.text) <= 4 or arabic) and left.text[:1].isupper():
        return right.text[:1].isupper()  # "Ca' Foscari University of Venice", "Sant' Anna"
    if between in ("' ", "’ ") and left.lower in UNIVERSITY_WORDS and left.lower[-1] in "aeiou":
        return True  # "Universita' degli Studi di Catania": an accent typed as an apostrophe
    if (
        between in ("' ", "’ ")
        and _PLURAL_OWNER.fullmatch(left.lower)
        and left.text[:1].isupper()
        and right.lower in _PLURAL_POSSESSED
    ):
        # "the Hungarian Rectors' Conference", "Teachers' College", "the Chinese
        # Manufacturers' Association of Hong Kong": a body of them (not "the universities'
        # partnership")
        return True
    if _POSSESSIVE.fullmatch(between) and left.lower in _GROUP_OWNERS and left.text[:1].isupper():
        # "the United Nations Children's Fund", "Korea National Women's University", "the
        # People's Bank of China": a body for people of a kind, named so
        return right.text[:1].isupper()
    if _POSSESSIVE.fullmatch(between):
        # "Queen's University Belfast", "King's College London", "Children's Hospital" — not
        # "Egerton University's main campus" or "KALRO's Deputy Director"
        return right.lower in POSSESSED and not left.text.isupper() and left.lower not in HEAD_WORDS
    if between in (" – ", " — ", " - ") and left.text[:1].isupper() and right.text[:1].isupper():
        # "the Tanzania - Zambia Railway Authority" (a dash): two countries a body is of
        countries = country_words()
        return normalise(left.text) in countries and normalise(right.text) in countries
    return bool(_JOIN.fullmatch(between))


# What a title names the document with: "University Exchange Agreements with German
# Universities Signed" names no "University Exchange Agreements"
_DOCUMENT_WORDS = frozenset("Agreement Agreements Memorandum Memoranda MoU MoUs MOU MOUs".split())
# Verbs a title writes in capitals, never words of a name
_HEADLINE_VERBS = (
    frozenset(
        """Signs Sign Inks Ink Seals Visit Visits Visited Joins Welcomes Renews Renew Launches
    Opens Strengthens Deepens Expands Hosts Receives Meets Announces Agree Agrees Establish
    Establishes Collaborate Collaborates Firma Firman Firmó Visita Recibe
    Renueva Signed Inked Sealed Renewed Concluded Signing Participated Participates Hosted
    Welcomed Received Launched Joined Partnered Strengthened Deepened Expanded Makes Made Forges
    Forged Extends Extended Enters Entered Concludes Inaugurates Inaugurated Boosts""".split()
    )
    | _DOCUMENT_WORDS
)
# (for the people finder: a title's verb or a document's name is no word of a person's name;
# "Made" is, a Balinese given name: "I Made Andi Arsana")
NOT_NAME_WORDS = _HEADLINE_VERBS - {"Made"}
# Verbs a title writes for a plural subject ("University of Madras, University of Melbourne
# Offer BSc Course"), words of names elsewhere ("the Partner Institute for Computational
# Biology", "Host Europe GmbH", "Launch Pad Ventures"): read as verbs in a title only
_TITLE_VERBS = frozenset(
    """Offer Offers Offered Extend Enter Conclude Inaugurate Boost Launch Strengthen Deepen
    Expand Host Receive Announce Join Welcome Seal Explore Explores Discuss Discusses Bolster
    Bolsters Celebrate Celebrates Partner Partnering Reconoce Reconocen Fortalece Fortalecen
    Impulsa Impulsan Suscribe Suscriben Celebra Celebran Renuevan Estrecha Estrechan Refuerza
    Refuerzan Amplía Amplían Consolida Consolidan Signan Acuerdan Inaugura Inauguran Recibe
    Reciben Became Becomes Become Increases Enhances Promotes Unveils Holds Creates Builds
    Develops Cements Increase Enhance Promote Established Seek Seeks Mull Mulls Pledge Pledges
    Vow Vows Visiting Create Creates Unite Unites""".split()
)


# An office of a body's, not a body: "the International Office at X"
_OFFICES = frozenset("office offices department division directorate secretariat".split())
# Words a title's capitals join names with, never words of one
_TITLE_JOINS = frozenset("Between With Among".split())
# Honorifics before a person named right after a body's name: where the name ends
_HONORIFICS_AFTER = frozenset("dato datuk datin dr prof professor mr mrs ms madam engr".split())
# Who comes from a body, after its name in a title's capitals: never words of the name
_WHO_OF_IT = frozenset("Delegation Delegations Delegates Delegación Delegaciones".split())

_ORDINAL_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
_MONTHS = frozenset(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_MONTH_WORDS = _MONTHS | frozenset(SPANISH_MONTHS)


def _patronym_first(tokens: list[Token], i: int) -> bool:
    """ "Ibn Tofail University", "Bin Qasim Institute": "Ibn" or "Bin" in capitals begins
    the name of whom the body is named after (a connector only inside a name)."""
    return (
        tokens[i].text in ("Ibn", "Bin", "Bint")
        and i + 1 < len(tokens)
        and tokens[i + 1].capitalised
    )


def _past_connectors(tokens: list[Token], i: int, j: int) -> int:
    """The first token from `i` (before `j`) that is no connector ("of", "and"…), "Ibn" or
    "Bin" beginning a name not counting as one."""
    while i < j and tokens[i].lower in CONNECTORS and not _patronym_first(tokens, i):
        i += 1
    return i


def _title_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines at the text's head that read as titles ("PRESS RELEASE",
    "Fraunhofer ISE and Chilean University Join Forces on Green Hydrogen"): of the first
    three, short ones that end no sentence."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text[:600]):
        if len(spans) == 3 or len(line.group()) > 200:
            break
        if not line.group().rstrip().endswith((".", ":")):
            spans.append(line.span())
    return spans


# Words after a hyphen that describe what follows: "Tech-savvy", "World-class"
_DESCRIBING_AFTER_HYPHEN = frozenset(
    "savvy class wide level based born run led made free friendly".split()
)
# Words written before a hyphen that make another word of a word: "Inter-university"
_PREFIXES = frozenset(
    "inter intra co pre post non multi trans cross sub pan bi tri anti ex self re sino".split()
)


def capitalised_runs(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Runs of capitalised words, connectors allowed inside ("University of Sciences and
    Technology", "Academy … named after M. Tynyshpayev"), as token index ranges [i, j)."""
    runs = []
    titles = _title_lines(text)
    # a title in capitals: "THE TECHNOLOGICAL UNIVERSITY OF MATAMOROS SIGNS MEMORANDUM … WITH
    # HOUSTON COMMUNITY COLLEGE SYSTEM", its words read as a title's
    in_capitals = [(a, b) for a, b in titles if text[a:b].isupper()]
    shown = [
        t.text.title() if any(a <= t.start < b for a, b in in_capitals) else t.text for t in tokens
    ]

    def verb(k: int) -> bool:
        token, written = tokens[k], shown[k]
        return (
            token.text in _HEADLINE_VERBS
            or written in _HEADLINE_VERBS
            or (
                any(a <= token.start < b for a, b in titles)
                and (
                    written in _TITLE_VERBS
                    # "Qatar University Partners With Jordan University …" (not "Capital Partners")
                    or (
                        written == "Partners"
                        and tokens[k + 1 : k + 2] != []
                        and tokens[k + 1].lower == "with"
                    )
                )
            )
        )

    i = 0
    while i < len(tokens):
        # "L.N. Gumilyov Eurasian National University": an initial, not "l'" or "d'"
        initial = tokens[i].text in ("L", "D") and text[tokens[i].end : tokens[i].end + 1] == "."
        if (
            _ORDINAL_DAY.fullmatch(tokens[i].text)
            and tokens[i + 1 : i + 2]
            and (tokens[i + 1].lower in _MONTHS)
        ):
            i += 2  # "on the 28th October the University …": a day, no name
            continue
        if (
            not tokens[i].capitalised
            or (tokens[i].lower in CONNECTORS and not initial and not _patronym_first(tokens, i))
            or verb(i)
            or shown[i] in _TITLE_JOINS
        ):
            i += 1
            continue
        if (
            i > 0
            and given_name_short(text, tokens[i - 1].start, tokens[i - 1].end)
            and text[tokens[i - 1].end : tokens[i].start] in (".", ". ")
        ):
            # "Registrar Md. Abdul Karim Khan and Khulna University …": the rest of a person's
            # name after a given name written short (not when it runs into a head word)
            k = i
            while (
                k < len(tokens)
                and tokens[k].capitalised
                and tokens[k].lower not in HEAD_WORDS
                and tokens[k].lower not in CONNECTORS
                and (k == i or _joined(text, tokens[k - 1], tokens[k]))
            ):
                k += 1
            if k > i and (k == len(tokens) or tokens[k].lower not in HEAD_WORDS):
                i = k
                continue
        j = i + 1
        while j < len(tokens) and _joined(text, tokens[j - 1], tokens[j]):
            token = tokens[j]
            if shown[j] in _WHO_OF_IT:
                break  # "Almustafa International University Delegation visits …"
            if shown[j] in _TITLE_JOINS:
                break  # "… a Cooperation Between ITU and Ambato Technical University"
            if shown[j] in ("To", "Into", "Towards", "From") and any(
                t.lower in HEAD_WORDS for t in tokens[i:j]
            ):
                # "Monash University To Break New Ground", "… With University From Mexico"
                # (not "Gateway To Africa …")
                break
            if (
                token.lower in _HONORIFICS_AFTER
                and any(t.lower in HEAD_WORDS for t in tokens[i:j])
                and j + 1 < len(tokens)
                and tokens[j + 1].capitalised
            ):
                break  # "University of Malaysia Terengganu Dato Mazlan Abd Ghaffar"
            if verb(j):
                # "University of Tokyo Signs Strategic Memorandum …": a title's verb;
                # "University Exchange Agreements": what the document is about is no name
                while (
                    token.text in _DOCUMENT_WORDS
                    and j - 1 > i
                    and tokens[j - 1].lower in DOMAIN_WORDS
                ):
                    j -= 1
                break
            # "Radio-electronics": a word joined by a hyphen belongs to the name
            hyphened = (
                # inside a name: not "Co-hosted by …"; or its first word, a name going on
                # after it ("Dai-ichi Life Insurance")
                (
                    j - 1 > i
                    or (
                        j + 1 < len(tokens)
                        and tokens[j + 1].capitalised
                        and _joined(text, token, tokens[j + 1])
                        # (not "University-wide MoU", "Inter-university Cooperation",
                        # "State-owned China National …", "Award-winning …")
                        # ("The Co-operative University of Kenya": a name's first word)
                        and (
                            (
                                (tokens[i].lower, token.lower)
                                in (("co", "operative"), ("co", "op"))
                                and tokens[j + 1].lower in HEAD_WORDS
                            )
                            or (
                                tokens[i].lower not in HEAD_WORDS
                                and tokens[i].lower not in _PREFIXES
                            )
                        )
                        and token.lower not in HEAD_WORDS
                        and not token.lower.endswith(("ed", "ing"))
                        and token.lower not in _DESCRIBING_AFTER_HYPHEN
                    )
                )
                and text[tokens[j - 1].end : token.start] in ("-", "‐", "–")
                and token.text.isalpha()
            )
            # "Université Claude Bernard Lyon 1": a number after a name with a head word
            numbered = (
                token.text.isdigit()
                and len(token.text) <= 2
                and any(t.lower in HEAD_WORDS for t in tokens[i:j])
            )
            # (not "… de Tánger 12 diciembre 2025": a day)
            # (nor "Université Paris 8 may sign …": "may" in lower case is no month)
            day = token.text[:1].isdigit() and (
                j + 1 < len(tokens)
                and tokens[j + 1].lower in _MONTH_WORDS
                and (tokens[j + 1].text[:1].isupper() or tokens[j + 1].lower not in _MONTHS)
            )
            if (token.capitalised or hyphened or numbered) and token.lower != "and" and not day:
                j += 1
                continue
            # connectors, and "named after", inside a name: only when a capitalised word follows
            # (not "the" right after a title: "Vice-Chancellor the Islamia University of
            # Bahawalpur", whose after it; but "Peter the Great St.Petersburg Polytechnic …")
            k = j
            while (
                k < len(tokens)
                and not (k == j and tokens[k].text == "the" and tokens[k - 1].lower in _HEAD_TITLES)
                and (
                    tokens[k].lower in CONNECTORS
                    # "Otto von Guericke University", "Centro de Investigación para el
                    # Desarrollo", "Universitatea din Oradea" (in lower case only: "Van Lang
                    # University" begins with its name's word)
                    or (tokens[k].text in _PARTICLES and not _purpose(tokens, k, titles))
                    or (tokens[k].text == "el" and tokens[k - 1].text == "para")
                    or tokens[k].lower in ("named", "after")
                    # "… named after al-Farabi"
                    or (tokens[k].lower in ("al", "el", "ibn") and tokens[k - 1].lower == "after")
                    # "the Muhammad al-Khwarizmi Tashkent University …": an Arabic article
                    # joined to the next word, inside a name
                    or (
                        tokens[k].text in ("al", "el")
                        and text[tokens[k].end : tokens[k].end + 1] == "-"
                    )
                    # "the University at Albany": one head word, a place after (not "visited
                    # the University at Christmas", "at Easter 2019")
                    or (
                        tokens[k].lower == "at"
                        and k - i == 1
                        and tokens[i].lower in ("university", "college")
                        and k + 1 < len(tokens)
                        and tokens[k + 1].text[:1].isupper()
                        and tokens[k + 1].lower not in CONNECTORS
                        and tokens[k + 1].lower not in HEAD_WORDS
                        and tokens[k + 1].lower not in _TIMES
                    )
                    # "Confucius Institute at Egerton University", "University of Texas at
                    # El Paso"
                    or (
                        tokens[k].lower == "at"
                        # (not "represented the University at the … launch": one word)
                        and k - i >= 2
                        # (not "the International Office at Tianjin University of Technology":
                        # an office of the university's)
                        and tokens[k - 1].lower not in _OFFICES
                        and (
                            tokens[k - 1].lower in HEAD_WORDS
                            or (
                                any(t.lower in UNIVERSITY_WORDS for t in tokens[i:k])
                                and k + 1 < len(tokens)
                                and tokens[k + 1].capitalised
                                and tokens[k + 1].lower not in CONNECTORS
                            )
                        )
                    )
                )
                and _joined(text, tokens[k - 1], tokens[k])
            ):
                k += 1
            if (
                k < len(tokens)
                and k > j
                and tokens[k].capitalised
                and _joined(text, tokens[k - 1], tokens[k])
                # (not "… Visits Confucius Institute Headquarters and Renews …": a title's verb)
                and not verb(k)
                # (not "a University of 23,000 students": a count)
                and not re.match(r"[,.]\d", text[tokens[k].end : tokens[k].end + 2])
            ):
                j = k + 1
                continue
            break
        # "… de América Latina y el Caribe", "… of Latin America and the Caribbean": the
        # region's name goes on through its article
        region = _AND_THE_CARIBBEAN.match(text, tokens[j - 1].end)
        if region is not None and tokens[j - 1].lower in ("latina", "america"):
            j = bisect.bisect_left([t.start for t in tokens], region.end(), lo=j)
        # "ranked 33rd in the QS Asian University Ranking": a ranking's name, no body's
        if tokens[j - 1].lower not in ("ranking", "rankings"):
            runs.append((i, j))
        i = j
    return runs


# Words in lower case that join a name's words, as its connectors do
_PARTICLES = frozenset("von van din para pour per".split())


def _purpose(tokens: list[Token], k: int, titles: list[tuple[int, int]]) -> bool:
    """Whether "para" (or "pour", "per") at tokens[k] begins what a title's document is for,
    not the rest of a name: "… Firma Convenio con la Universidad de Salamanca para Programas
    de Doble Titulación" (in a title's capitals, with no article after it: not "Centro de
    Investigación para el Desarrollo")."""
    return (
        tokens[k].text in ("para", "pour", "per")
        and any(a <= tokens[k].start < b for a, b in titles)
        and tokens[k + 1 : k + 2] != []
        and tokens[k + 1].lower not in ("el", "la", "los", "las", "le", "les", "il", "lo")
    )


_AND_THE_CARIBBEAN = re.compile(r"\s+(?:y\s+el\s+Caribe|and\s+the\s+Caribbean)\b")


def _split_at_and(
    text: str, tokens: list[Token], i: int, j: int, resolver: Resolver | None
) -> list[tuple[int, int]]:
    """A run holding two names joined by "and": "XJTU and Politecnico di Milano", "Pusan
    National University and LGE", "Dalian University of Technology and Xinjiang Normal
    University", "Amrita Vishwa Vidyapeetham (a registry name) and PSG College of Technology"
    are two; "University of Sciences and Technology" is one."""
    # "Ministry of Higher Education and Scientific Research and the Japan International
    # Cooperation Agency": two names, where "and the" begins the second
    # "la Universidad Nacional Autónoma de México y la de Costa Rica": a second university
    # without the word the two share, which the run does not hold (_ELLIPTIC_UNIVERSITY
    # reads it when the registry knows it so); not "… y la de la Universidad Nacional": that
    # of a university named in full
    # "University of Houston & Delhi Technological University": two names, each with its
    # head word, joined by "&" between spaces (not "Texas A&M", "Science & Technology")
    for k in range(i + 1, j):
        if (
            text[tokens[k - 1].end : tokens[k].start] == " & "
            # (each side up to the "and" that may join it to another name)
            and any(
                t.lower in UNIVERSITY_WORDS
                for t in itertools.takewhile(
                    lambda t: t.lower not in ("and", "y"), reversed(tokens[i:k])
                )
            )
            and any(
                t.lower in UNIVERSITY_WORDS
                for t in itertools.takewhile(lambda t: t.lower not in ("and", "y"), tokens[k:j])
            )
        ):
            return [*_split_at_and(text, tokens, i, k, resolver),
                    *_split_at_and(text, tokens, k, j, resolver)]  # fmt: skip
    for k in range(i + 1, j - 2):
        if (
            tokens[k].lower == "y"
            and tokens[k + 1].lower in ("la", "el")
            and tokens[k + 2].lower in ("de", "del")
            and any(t.lower in UNIVERSITY_WORDS for t in tokens[i:k])
            # (an article in lower case; "La Frontera", "Los Lagos" are names)
            and not any(
                t.lower in HEAD_WORDS or t.text in ("la", "el", "los", "las")
                for t in tokens[k + 3 : j]
            )
        ):
            return _split_at_and(text, tokens, i, k, resolver)
    # "la Universidad de León y la Ciuden": a name with its place, then an article and a
    # body named without a word of its kind (not "University of Arts and the Humanities":
    # what the first name's last word is about)
    for k in range(i + 2, j - 2):
        if (
            tokens[k].lower in ("and", "y")
            and tokens[k + 1].text in ("the", "la", "el")
            and j - (k + 2) <= 2
            and any(t.lower in HEAD_WORDS for t in tokens[i:k])
            and not any(t.lower in HEAD_WORDS or t.lower in CONNECTORS for t in tokens[k + 2 : j])
            and tokens[k - 1].lower not in DOMAIN_WORDS
            and tokens[k - 2].lower in CONNECTORS
            # (nor "Association of Universities of Asia and the Pacific": two regions)
            and tokens[k - 1].lower not in _REGION_WORDS
        ):
            return [*_split_at_and(text, tokens, i, k, resolver), (k + 2, j)]
    for k in range(i + 1, j - 2):
        if (
            tokens[k].lower in ("and", "y")
            and tokens[k + 1].lower in ("the", "la", "el")
            and any(t.lower in HEAD_WORDS for t in tokens[i:k])
            and any(t.lower in HEAD_WORDS for t in tokens[k + 2 : j])
            and any(t.lower in ("and", "y") for t in tokens[i:k])
        ):
            return [*_split_at_and(text, tokens, i, k, resolver), (k + 1, j)]
    for k in range(i + 1, j - 1):
        if tokens[k].lower not in ("and", "&", "y", "e", "et", "und"):
            continue
        if _registry_through(tokens, i, k, j, resolver):
            continue
        if _acronym_through(text, tokens, i, k, j):
            continue
        if _country_through(text, tokens, i, k, j):
            continue  # "the Trinidad and Tobago Manufacturers' Association": a country's name
        left, right = tokens[i:k], tokens[k + 1 : j]
        # "XJTU and Politecnico di Milano", "PoliTo and Tongji University"
        lone = (len(left) == 1 and _acronym_like(left[0].text)) or (
            len(right) == 1 and _acronym_like(right[0].text)
        )
        # (not "Electronics and Telecommunications Research Institute": one word alone)
        whole = len(left) > 1 or left[0].lower in UNIVERSITY_WORDS  # "Universidad y Ecopetrol"
        # (the right's head word before any "and" of its own: not "… University of
        # Horticulture and Forestry Nauni and Department of Industries" at the first "and")
        heads = (
            whole
            and any(t.lower in HEAD_WORDS for t in left)
            and any(
                t.lower in HEAD_WORDS and text[t.start - 1 : t.start] != "-"
                for t in itertools.takewhile(lambda t: t.lower not in ("and", "y"), right)
            )
        )  # not "Control Systems and Radio-electronics"
        # "Shahjalal University of Science and Technology and Noakhali Science and Technology
        # University": a university's name with its field, then one that begins with a name's
        # own word and ends with its head word (whatever "and" it holds)
        heads = heads or (
            whole
            and any(t.lower in UNIVERSITY_WORDS for t in left)
            and any(t.lower == "of" for t in left)
            and left[-1].lower in DOMAIN_WORDS
            and len(right) >= 3
            and right[-1].lower in UNIVERSITY_WORDS
            and right[0].text[:1].isupper()
            and right[0].lower not in DOMAIN_WORDS | HEAD_WORDS | CONNECTORS | _GENERIC
        )
        # (not "the University Support and Development Authority": a university's word and one
        # more, then a field and a head word only, is one body's name, whatever title is
        # before it)
        named_left = list(itertools.takewhile(lambda t: t.lower not in CONNECTORS, left[::-1]))
        one_body = (
            len(named_left) == 2
            and named_left[1].lower in UNIVERSITY_WORDS
            and named_left[0].lower not in HEAD_WORDS
            and not named_left[0].text.isupper()
            and all(t.lower in DOMAIN_WORDS | HEAD_WORDS for t in right)
            # (not "Universitas Airlangga and Management & Science University": two
            # universities)
            and right[-1].lower in HEAD_WORDS - UNIVERSITY_WORDS
        )
        # "Soorty Enterprises and Premium Textiles": a name ending in a trade's word, then
        # another with a word bodies are named with (not "Jindal Steel and Power Limited",
        # one company, its legal form last)
        # ("University of Novi Sad and Innovation Fund sign …": a body's name, then one ending
        # in a trade's word or "Fund")
        heads = (
            heads
            or (whole and left[-1].lower in _TRADE_WORDS and right[-1].lower not in LEGAL_WORDS)
            or (
                right[-1].lower in _TRADE_WORDS
                and len(right) >= 2
                and any(t.lower in HEAD_WORDS for t in left)
            )
        )
        # "Registrar Prof. K. Rambabu and …" (not "Head of the Department of Mechanical and
        # Aerospace Engineering")
        # (not a name after a person, "Dr YS Parmar University of Horticulture and …": an
        # honorific begins it, and it holds a head word of its own)
        # (not "Registrar of Mawlana Bhashani Science and Technology University": what a
        # title is of, a name whose field holds "and")
        person = (
            any(t.lower in TITLE_WORDS for t in left)
            and not (left[0].lower in ("dr", "prof") and any(t.lower in HEAD_WORDS for t in left))
            and not (
                right[-1].lower in UNIVERSITY_WORDS
                and left[-1].lower in DOMAIN_WORDS
                and any(
                    t.lower in TITLE_WORDS and u.lower in ("of", "de", "del")
                    for t, u in itertools.pairwise(left)
                )
            )
            and any(t.lower in HEAD_WORDS or t.lower in TITLE_WORDS for t in right)
        )
        # "Pro-Rector (Research, Innovation and Commercialization) Muhammad Adeel Qureshi and
        # Wuhan University …": a name after a title, then an organisation
        person = person or (
            len(left) > 1
            and not any(t.lower in HEAD_WORDS for t in left)
            and any(t.lower in HEAD_WORDS for t in right)
            and _after_title(text, tokens, i)
        )
        # "Tongji and Bauhaus-Universität Weimar": the short name of one the text names in
        # full ("Tongji University"), then a name (not "Belt and Road …")
        lone = lone or (
            len(left) == 1
            and any(t.lower in HEAD_WORDS for t in right)
            and _given_in_full(text, tokens, left[0].text, i)
        )
        # "the University of Kuwait and Trinity": a name, then the short name of one the
        # text names in full ("Trinity College Dublin")
        lone = lone or (
            len(right) == 1
            and any(t.lower in HEAD_WORDS for t in left)
            and _given_in_full(text, tokens, right[0].text, k + 1, joined=True)
        )
        # "la Universidad Hassan I y la Euroárabe": a name, then the short name, after an
        # article, of one the text names in full with its head word first ("Fundación
        # Euroárabe")
        lone = lone or (
            len(right) == 2
            and right[0].text in ("the", "la", "el")
            and any(t.lower in HEAD_WORDS for t in left)
            and any(
                tokens[n].text == right[1].text
                and tokens[n - 1].lower in HEAD_WORDS
                and _joined(text, tokens[n - 1], tokens[n])
                for n in range(1, len(tokens))
                if n != k + 2
            )
        )
        # "Whitfield and Tohoku University Executive Vice-President …": the family name of a
        # person the text names in full ("… President Sandra Whitfield")
        lone = lone or (
            len(left) == 1
            and any(t.lower in HEAD_WORDS for t in right)
            and any(
                tokens[n].text == left[0].text
                and n != i
                and tokens[n - 1].text[:1].isupper()
                and tokens[n - 1].lower not in HEAD_WORDS | CONNECTORS | TITLE_WORDS
                and (n + 1 == len(tokens) or tokens[n + 1].lower not in HEAD_WORDS)
                and _joined(text, tokens[n - 1], tokens[n])
                for n in range(1, len(tokens))
            )
        )
        # "Doosan Enerbility and Ulsan Metropolitan City", "Liquid Telecom South Africa and
        # Vaal University of Technology": a name the text also gives on its own (not
        # "Beijing Language and Culture University", always followed by "and")
        left_text = text[left[0].start : left[-1].end]
        lone = lone or (
            len(left) <= 4
            and not any(t.lower in HEAD_WORDS | CONNECTORS for t in left)
            and any(t.lower in HEAD_WORDS for t in right)
            and any(
                not re.match(r"\s+(?:and|y|&)\s", text[end : end + 5])
                for _start, end in whole_words(text, left_text)
            )
        )
        # "Birmingham and the State University of Campinas", "Udelar y la Universidad
        # Nacional del Litoral"
        article = right[0].lower in ("the", "la", "el", "le") and any(
            t.lower in HEAD_WORDS for t in right
        )
        # "the University of Ruhuna and the Southern Health NHS Trust": an acronym names a
        # body of its own (not "the Centre for Democracy and the Rule of Law")
        article = article or (
            right[0].lower in ("the", "la", "el", "le")
            and any(t.lower in HEAD_WORDS for t in left)
            and any(len(t.text) >= 2 and t.text.isupper() and t.text.isalpha() for t in right)
        )
        # "la Universidad de Panamá y la República Popular de China": a country after the
        # article, no name's end
        article = article or (
            right[0].lower in ("the", "la", "el")
            and len(right) >= 2
            and right[1].lower in ("república", "republic", "reino", "kingdom")
            and any(t.lower in HEAD_WORDS for t in left)
        )
        # "La Universidad de Murcia y El Dulze Growers crean …": an article in capitals
        # begins a name of its own
        # (not "el Instituto de Cultura y Las Artes de Sevilla", nor a title's "And The Arts")
        article = article or (
            tokens[k].lower == "y"
            and right[0].text in ("El", "La", "Los", "Las")
            and len(right) >= 2
            and any(t.lower in HEAD_WORDS for t in left)
            and not any(t.lower in ("de", "del") for t in right)
        )
        known = (
            resolver is not None
            and len(left) > 1
            and any(t.lower in HEAD_WORDS for t in right)
            and name_key(text[left[0].start : left[-1].end]) in resolver.full
        )
        # "la Universidad de Salamanca y Telefónica Móviles España": a name the registry
        # holds, then two words or more of a name of no kind it knows (not a field's, nor the
        # whole a name it holds)
        known = (
            known
            or (
                resolver is not None
                and len(left) > 1
                and len(right) >= 2
                and any(t.lower in HEAD_WORDS for t in left)
                and right[0].text[:1].isupper()
                and right[0].lower not in DOMAIN_WORDS | HEAD_WORDS | _GENERIC | CONNECTORS
                # (not "Ministry of Education and Vocational Training of Zanzibar")
                and not any(t.lower in CONNECTORS for t in right)
                and name_key(text[left[0].start : left[-1].end]) in resolver.full
                and name_key(text[left[0].start : right[-1].end]) not in resolver.full
            )
        )
        # "Huawei and Peking University signed …": one word the registry knows a body by
        # (not a field, "Science and …"), then a name it holds whole
        known = known or (
            resolver is not None
            and len(left) == 1
            and left[0].lower not in DOMAIN_WORDS | HEAD_WORDS | CONNECTORS
            and left[0].text[:1].isupper()
            and name_key(left[0].text) in resolver.full
            and any(t.lower in HEAD_WORDS for t in right)
            and name_key(text[right[0].start : right[-1].end]) in resolver.full
        )
        # "Alexandria University from Egypt and Buketov Karaganda University", "Iran University
        # of Science and Technology and Russia's Kazan Federal University"
        country = name_key(text[left[0].start : left[-1].end]) in country_words() or (
            normalise(text[right[0].start : right[-1].end]) in country_words()
        )
        # ("la Universidad de Córdoba y Asia": a region after a body's name)
        country = country or (
            len(right) == 1
            and right[0].lower in _REGION_WORDS
            and any(t.lower in HEAD_WORDS for t in left)
        )
        # "… (UrFU) in Yekaterinburg and Novosibirsk State University": a city, then a name
        country = country or (
            resolver is not None
            and name_key(text[left[0].start : left[-1].end]) in resolver.cities
            and any(t.lower in HEAD_WORDS for t in right)
            and not any(t.lower in HEAD_WORDS for t in left)
        )
        # "Princefield College in the Volta Region and Fountainhead Christian College": where
        # the name before it is, after "in", then a name (no "Volta … Christian College")
        country = country or (
            not any(t.lower in HEAD_WORDS for t in left)
            and any(t.lower in HEAD_WORDS for t in right)
            and _in_after_name(text, tokens, i)
        )
        # "University of Waterloo and UNSW Sydney": a name, and another that begins with an
        # acronym or that the registry holds whole
        other = any(t.lower in HEAD_WORDS for t in left) and (
            (right[0].text.isupper() and len(right[0].text) >= 3)
            or (
                resolver is not None
                and len(right) > 1
                and name_key(text[right[0].start : right[-1].end]) in resolver.full
            )
        )
        # "the University of St Andrews and Michelin Scotland Innovation Parc (MSIP)": a
        # name, and another whose acronym follows it, in brackets, fitting it alone
        bracket = right[-1].end + (text[right[-1].end : right[-1].end + 1] == " ")
        defined_right = _DEFINED.match(text, bracket, bracket + 20)
        other = (
            other
            or (
                defined_right is not None
                and any(t.lower in HEAD_WORDS for t in left)
                and len(right) >= 2
                and _capitals(defined_right.group(1), 3, 8)
                and _fits(defined_right.group(1), text[right[0].start : right[-1].end])
                # (its letters begin where the second name does, not the first)
                and left[0].text[:1] != defined_right.group(1)[:1]
            )
        )
        # "ITU Technopark and Istanbul Chamber of Industry": a body named by another's acronym
        # and a word of its own, then a name with its head word (not "NASA Science and
        # Technology Center": a field each side)
        # ("1773 ITU Technopark": a number before it)
        named = list(itertools.dropwhile(lambda t: t.text.isdigit(), left))
        other = (
            other
            or (
                len(named) >= 2
                and _capitals(named[0].text, 2, 6)
                and left[-1].lower not in DOMAIN_WORDS | CONNECTORS
                and not any(t.lower in HEAD_WORDS for t in left)
                # (not "ICI Industrial Design and Prototyping Center": one word and a head word)
                and len(right) >= 3
                and right[0].text[:1].isupper()
                and right[0].lower not in DOMAIN_WORDS | HEAD_WORDS | CONNECTORS
                and any(
                    t.lower in HEAD_WORDS
                    for t in itertools.takewhile(lambda t: t.lower not in ("and", "y"), right)
                )
            )
        )
        # "la Universidad de los Andes y Ecopetrol firmaron": a company the registry knows
        # by one word
        other = other or (
            resolver is not None
            and len(right) == 1
            and any(t.lower in HEAD_WORDS for t in left)
            and _companies_only(right[0].text, resolver)
        )
        # "Vikas Gupta, registrar, University of Delhi and Nikita Anisimov, rector, …": a
        # person's name after "and", then a comma and a title
        named_person = (
            any(t.lower in HEAD_WORDS for t in left)
            and 2 <= len(right) <= 4
            and not any(t.lower in HEAD_WORDS or t.lower in CONNECTORS for t in right)
            and _TITLE_AFTER.match(text, right[-1].end) is not None
        )
        # "… Agrícola del Sur, Tecnología de Tianjin y Universidad de Beihang": the short name
        # of one, then a university's name of its own
        # ("Uapa y Universidad de Marruecos", "Cujae and Universidad de Oriente": one word of a
        # name of its own, not a field's: "Ciencia y Universidad …")
        other = other or (
            (
                len(left) >= 2
                or (left[0].lower not in _GENERIC and left[0].lower not in DOMAIN_WORDS)
            )
            and not any(t.lower in HEAD_WORDS for t in left)
            and len(right) >= 3
            and right[0].lower in UNIVERSITY_WORDS
            and right[1].lower in ("of", "de", "del", "di")
        )
        if not one_body and (
            lone
            or heads
            or person
            or known
            or article
            or country
            or other
            or named_person
            or (whole and left[-1].lower in HEAD_WORDS)
        ):
            return [(i, k), *_split_at_and(text, tokens, k + 1, j, resolver)]
    return [(i, j)]


def _without_country_of(text: str, start: int, end: int, resolver: Resolver | None) -> int:
    """Where a name ends that news writes with its country after "of" ("Vignan University of
    India", "Bonn-Rhein-Sieg University of Germany"): before the country, when the name
    before it has a word of its own before its head word and the registry does not know the
    whole ("National University of Singapore", "Technical University of Denmark" stay)."""
    of = _OF_COUNTRY.search(text, start, end)
    if of is None:
        return end
    before = _WORD.findall(text[start : of.start()])
    if of.group().lstrip().startswith("de"):
        # "la Universidad de Yamaguchi de Japón": a name the registry knows in that country,
        # then the country (not "Universidad Autónoma de Chile", a name of the registry whole)
        code = _country_code(of.group(1))
        # "la Pokhara University de Nepal", "Woxsen University de India": a name in English,
        # its head word last, then its country in Spanish
        if (
            code is not None
            and len(before) >= 2
            and before[-1].lower() in ("university", "institute", "college")
            and before[0].lower() not in HEAD_WORDS
            and not any(w.lower() in CONNECTORS for w in before)
            and (resolver is None or name_key(text[start:end]) not in resolver.full)
        ):
            return of.start()
        if (
            code is None
            or resolver is None
            or name_key(text[start:end]) in resolver.full
            or before[0].lower() not in HEAD_WORDS
            # (not "Universidad Nacional de Vietnam": the country is the name's own word)
            or not _own_words(before)
        ):
            return end
        chosen = resolver.resolve(f"{text[start : of.start()]}, {country_name(code)}").chosen
        if chosen is not None and resolver.entries[resolver.by_key[chosen]].country == code:
            return of.start()
        # a name the registry does not know written in another language ("Hochschule Worms
        # University of Applied Sciences de Alemania"): the country after it is where it is
        # (not "Universidad Agrícola del Sur de China", a name whose country is its own)
        if {"university", "institute", "college"} & {w.lower() for w in before}:
            return of.start()
        return end
    if normalise(of.group(1)) not in country_words():
        return end
    if resolver is not None and name_key(text[start:end]) in resolver.full:
        return end
    # "the Universidad Tecnologica de Matamoros of Mexico": a name in Spanish, then its
    # country in English
    if before[0].lower() in HEAD_WORDS and {"de", "del"} & {w.lower() for w in before}:
        return of.start()
    # (not a body of people's: "the Chinese Manufacturers' Association of Hong Kong", "the
    # Medical Association of Thailand", "Aga Khan Foundation of Canada" are so named)
    if (
        len(before) < 2
        or before[-1].lower() not in HEAD_WORDS
        or before[-1].lower() in _BODY_OF_PEOPLE
    ):
        return end
    return of.start() if _own_words(before[:-1]) else end


_BODY_OF_PEOPLE = frozenset(
    """association federation council society union chamber confederation league network
    alliance foundation""".split()
)


def _without_people_of(text: str, start: int, end: int) -> int:
    """Where a name ends before the country or nation it is "of", written so that only its
    first words are in capitals: "Southwest Jiaotong University of the People's Republic of
    China", "Huazhong Agriculture University of the Chinese province of Hubei"."""
    tail = _PEOPLE_OF.search(text, start, end)
    if tail is None:
        return end
    after = text[end : end + 12]
    if tail.group(1) == "People" and re.match(r"['’]s\s+Republic\b", after):
        return tail.start()
    if tail.group(1).lower() in DEMONYMS and re.match(r"\s+[a-z]", after):
        return tail.start()
    return end


_PEOPLE_OF = re.compile(r"\s+of\s+the\s+([A-Z][a-z]+)$")


def _own_words(words_: list[str]) -> list[str]:
    """The words of a name that say which body it is, not what kind or where."""
    return [
        w
        for w in words_
        if w.lower() not in HEAD_WORDS
        and w.lower() not in CONNECTORS
        and w.lower() not in DOMAIN_WORDS
        and normalise(w) not in _DESCRIBING
        and normalise(w) not in country_words()
    ]


def _country_code(written: str) -> str | None:
    """The country a name of it written in English, Spanish, Portuguese or French is of."""
    key = normalise(written)
    return country_words().get(key) or country_words_translated().get(key)


_OF_COUNTRY = re.compile(
    r"\s+(?:of|de|del)\s+(?:the\s+|la\s+)?"
    # ("Ambato Technical University of the Republic of Ecuador")
    # ("Universidad de Tianjin de la República Popular de China", "… of the Islamic Republic
    # of Iran")
    # ("Southwest Jiaotong University of the People's Republic of China")
    r"(?:(?:(?:Islamic|Democratic|Socialist|Arab|People['’]s)\s+)?"
    r"(?:Republic|Kingdom|Federation|Rep[uú]blica|Reino|Federaci[oó]n)\s+"
    r"(?:(?:Popular|Isl[aá]mica|Democr[aá]tica|Socialista|[AÁ]rabe)\s+)?(?:of|de|del)\s+"
    r"(?:the\s+|la\s+)?)?"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|United\s+States\s+of\s+America)$"
)
# Words that say what kind of university it is, not which
_DESCRIBING = frozenset(
    """national state federal central technical technological catholic open american
    international royal islamic pedagogical medical agricultural free public private
    polytechnic new autonomous metropolitan nacional estatal tecnica tecnologica catolica
    abierta autonoma pedagogica medica agraria publica privada politecnica metropolitana nueva
    internacional islamica libre popular nationale technique polytechnique catholique
    autonome federale cooperative operative""".split()
)


def _campus_after(text: str, start: int, end: int, resolver: Resolver | None) -> int:
    """Where a name ends that news writes with its acronym in brackets before the city of
    its campus: "the Indian Institute of Technology (IIT) Hyderabad", "Birla Institute of
    Technology (BITS) - Pilani"."""
    after = _ACRONYM_THEN_CITY.match(text, end)
    if after is None or resolver is None or not _fits(after.group(1), text[start:end]):
        return end
    # (a city the registry knows, or a campus it names so: "the Indian Institute of
    # Technology (IIT) Bombay", the registry's city being Mumbai)
    # (or a campus the text also writes short, its acronym and that: "Institut Mines-Télécom
    # (IMT) Nord Europe" and "IMT Nord Europe")
    short = re.search(rf"\b{re.escape(after.group(1))}\s+{re.escape(after.group(2))}\b", text)
    if (
        name_key(after.group(2)) not in resolver.cities
        and name_key(f"{text[start:end]} {after.group(2)}") not in resolver.full
        and short is None
    ):
        return end
    # (a body the registry names so, no campus of that city it knows, and the text never
    # writes the acronym with the city: "the University of Management and Technology (UMT)
    # Lahore" is where it is; "Harbin Institute of Technology (HIT) Weihai … HIT Weihai" a
    # campus)
    if (
        name_key(text[start:end]) in resolver.full
        and name_key(f"{text[start:end]} {after.group(2)}") not in resolver.full
        and short is None
    ):
        return end
    # after a comma, only a campus the registry names so ("The Indian Institute of
    # Technology (IIT), Guwahati"; not "the International Institute of Tropical Agriculture
    # (IITA), Ibadan", where it is)
    if "," in text[end : after.start(2)] and (
        name_key(f"{text[start:end]} {after.group(2)}") not in resolver.full
    ):
        return end
    return after.end()


_ACRONYM_THEN_CITY = re.compile(
    r"\s*\(([A-Z][A-Za-z&]{1,8})\)\s*(?:[,–—-]\s*)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b"
)


def _registry_writes(written: str, resolver: Resolver) -> bool:
    """Whether an organisation of the registry has this name, written so (its articles
    too, which the resolver's keys leave out)."""
    lower = written.lower()
    return any(
        lower == name.lower()
        for k in resolver.full.get(name_key(written), ())
        for name in (resolver.entries[k].name, *resolver.entries[k].names)
    )


def _where_after(text: str, start: int, end: int, *, company: bool) -> int:
    """Where a name ends with the place written after it: "the Australian Embassy in
    Jakarta", a company's branch "Huawei Technologies Pakistan" (`company`: the registry
    says the name is a company's)."""
    where = _MISSION_IN.match(text, end) if _MISSION_END.search(text, start, end) else None
    if where is None and (company or kind_from_words(text[start:end]) == "company"):
        where = _BRANCH_COUNTRY.match(text, end)
        if where is not None and normalise(where.group(1)) not in country_words():
            where = None
    return where.end() if where is not None else end


# A country's mission, and whose it is: "the Australian Embassy", "the Embassy of Italy",
# "la Embajada de los Estados Unidos", "Consulate General of France"
_MISSION_END = re.compile(
    r"\b(?:Embassy|Consulate(?:-General| General)?|High Commission|Embajada"
    r"|Consulado(?: General)?)(?:\s+(?:of|de)\s+(?:the\s+|los\s+|la\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*"
    r"(?:\s+(?:of\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*){0,3})?$"
)
# … and where it is: "in Jakarta", "in Ethiopia", "en Chile"
# (two words at most, not a title and a name after: "… in Ethiopia Ambassador Agostino …",
# nor a title's verb: "Consulate General of Canada in Guangzhou Visits GDUFS")
_MISSION_IN = re.compile(
    r"\s+(?:in|en)\s+(?:the\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?!(?i:ambassador|consul|embajador"
    r"|cónsul|president|minister|secretary|director|dr|mr|ms|mrs|prof)\b)"
    rf"(?!(?:{'|'.join(sorted(_HEADLINE_VERBS | _TITLE_VERBS))})\b)[A-ZÀ-ÖØ-Þ][\w'’-]*)?"
)
_MISSIONS = frozenset("consulate consulado embassy embajada".split())
_BRANCH_COUNTRY = re.compile(r"\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?=[\s,.;:)]|$)")


_TITLE_AFTER = re.compile(
    r",\s*(?:the\s+)?(?i:rector|president|registrar|vice[\s-]chancellor|chancellor|dean|"
    r"director|provost|principal|chairman|chair|ceo|head|secretary|minister)\b"
)


def _given_in_full(
    text: str, tokens: list[Token], word: str, here: int, *, joined: bool = False
) -> bool:
    """Whether the text names elsewhere (not at token `here`) an organisation whose name
    begins with this word ("Tongji University", "Trinity College Dublin"); `joined`: the
    word and the next written as one name."""
    return any(
        tokens[n].text == word
        and any(t.lower in HEAD_WORDS for t in tokens[n + 1 : n + 4])
        and all(t.text[:1].isupper() for t in tokens[n + 1 : n + 2])
        and (not joined or _joined(text, tokens[n], tokens[n + 1]))
        for n in range(len(tokens) - 1)
        if n != here
    )


def _generic_of_a_country(text: str, tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """A name of a unit's words that the country after it makes one body's: "the Institute
    of International Affairs, Ghana (GhIIA)" (not "the Institute of International Affairs"
    alone, any university's)."""
    if tokens[i].lower not in UNIT_HEADS or j - i < 3 or j >= len(tokens):
        return None
    if re.search(r"['’]s\s+(?:the\s+)?$", text[max(0, tokens[i].start - 12) : tokens[i].start]):
        return None  # "Pusan National University's College of Engineering, Korea": a unit
    if not _generic(" ".join(t.text for t in tokens[i:j])):
        return None
    if (
        text[tokens[j - 1].end : tokens[j].start].strip() != ","
        or normalise(tokens[j].text) not in country_words()
        or not re.match(r"\s*(?:[(.;]|,\s|$)", text[tokens[j].end :])
    ):
        return None
    return i, j + 1


def _registry_past_lower(text: str, tokens: list[Token], a: int, b: int, resolver: Resolver) -> int:
    """Where the name from tokens[a] ends when it goes on, past a short word in lower case,
    as a name the registry holds whole: "Universidad Nacional de Educación a Distancia",
    "Universidad Nacional Abierta y a Distancia" (b, when it does not)."""
    k = b
    while k < len(tokens) and k - b < 2 and tokens[k].lower in _INSIDE_NAMES:
        k += 1
    if k == b or not any(t.lower not in CONNECTORS for t in tokens[b:k]):
        return b
    end = b
    for e in range(k + 1, min(k + 4, len(tokens)) + 1):
        if not all(_joined(text, tokens[n - 1], tokens[n]) for n in range(b, e)):
            break
        if (
            tokens[e - 1].capitalised
            and tokens[e - 1].lower not in CONNECTORS
            and name_key(text[tokens[a].start : tokens[e - 1].end]) in resolver.full
        ):
            end = e
    return end


# Short words in lower case some names hold ("… de Educación a Distancia")
_INSIDE_NAMES = frozenset({"a", "à", "y", "e", "and", "of", "de", "la", "del"})


def _country_through(text: str, tokens: list[Token], i: int, k: int, j: int) -> bool:
    """Whether the "and" at tokens[k] is inside a country's name ("Trinidad and Tobago",
    "Bosnia and Herzegovina", "Saint Kitts and Nevis") the run holds."""
    for a in range(max(i, k - 2), k):
        for b in range(k + 2, min(j, k + 4) + 1):
            if normalise(text[tokens[a].start : tokens[b - 1].end]) in country_words():
                return True
    return False


def _registry_through(
    tokens: list[Token], i: int, k: int, j: int, resolver: Resolver | None
) -> bool:
    """Whether the words from tokens[i] on, through the "and" at tokens[k], are a specific name
    of the registry: "University of Technology and Applied Sciences UTAS-Nizwa and Mashhad
    Corporation" is split at its second "and", not its first."""
    if resolver is None or tokens[i].lower in CONNECTORS:
        return False
    for b in range(min(j, k + 6), k + 1, -1):
        if tokens[b - 1].lower in CONNECTORS:
            continue
        key = name_key(" ".join(t.text for t in tokens[i:b]))
        holders = resolver.full.get(key, ())
        joined = f" {tokens[k].lower} "
        # (a name written with the word: not "UiT and the University" as "UIT University")
        if any(
            joined in f" {name.lower()} "
            for p in holders
            for name in (resolver.entries[p].name, *resolver.entries[p].names)
        ) and resolver._specific(key.split(), holders, phrase=True):
            return True
    return False


def _acronym_through(text: str, tokens: list[Token], i: int, k: int, j: int) -> bool:
    """Whether the acronym in brackets after the run is made of the first letters of its
    words from tokens[i] on, across the "and" at tokens[k]: "Technical and Vocational
    Education and Training Authority (TVETA)", "Philippine Institute of Japanese Language
    and Culture Foundation (PIJLC)" are one name each (not "Xiamen University and Xiamen
    Institute of Technology (XIT)", nor "Tra Vinh University and Malaysia University of
    Science and Technology (TVU)": the letters of one side's words alone)."""
    after = _BRACKETED_ACRONYM.match(text, tokens[j - 1].end)
    if after is None:
        return False
    letters = after.group(1).lower()
    left = _initials(text[tokens[i].start : tokens[k - 1].end], compass=False).lower()
    right = _initials(text[tokens[k + 1].start : tokens[j - 1].end], compass=False).lower()
    if len(letters) < 3 or not left or letters[0] != left[0]:
        return False
    # the acronym's letters in order among the words' first letters, the last on the right
    position = 0
    for letter in letters:
        position = (left + right).find(letter, position) + 1
        if not position:
            return False
    return position > len(left) and not right.startswith(letters[0])


# " (TVETA)": an acronym in capitals, in brackets, right after a name
_BRACKETED_ACRONYM = re.compile(r"\s*\(([A-Z]{3,8})\)")


def _portfolio(text: str, tokens: list[Token], a: int, b: int, resolver: Resolver | None) -> bool:
    """Words between commas or brackets after a person's title that say what the title is
    about, not whom it is at: "Deputy Vice-Chancellor, Industry and Community Network,
    Professor …", "(Executive Vice President in Charge of Research and Industry-University
    Cooperation)". A university, a ministry or a company named there is whose title it is
    ("Vice-Chancellor, University of Leeds, said"), as is a name the registry holds."""
    before = _TITLE_BEFORE.search(text, max(0, tokens[a].start - 60), tokens[a].start)
    if before is None or before.group(1).lower() not in TITLE_WORDS:
        return False
    if not re.match(r"\s*[,)]", text[tokens[b - 1].end :]):
        return False
    if (
        resolver is not None
        and name_key(text[tokens[a].start : tokens[b - 1].end]) in resolver.full
    ):
        return False
    bodies = UNIVERSITY_WORDS | GOVERNMENT_WORDS | _COMPANY_HEADS
    return not any(t.lower in bodies and text[t.start - 1 : t.start] != "-" for t in tokens[a:b])


# a title's last word, then a comma or the words that bring what it is about
# (and the words of it before the part read as a name: "Industry and Community Network")
_TITLE_BEFORE = re.compile(
    r"\b(\w+)\s*(?:,|\s+(?i:in\s+charge\s+of|for))\s*(?:[A-Z][\w-]*\s+(?:(?:and|&|of)\s+)?){0,4}$"
)


def _after_title(text: str, tokens: list[Token], i: int) -> bool:
    """Whether the words from `i` come straight after a person's title ("Rector", or its
    subject in brackets: "Pro-Rector (Research)")."""
    if i == 0:
        return False
    between = text[tokens[i - 1].end : tokens[i].start]
    if between == " ":
        # ("TSU rector, academician Jaba Samushia and San Diego University President …")
        return tokens[i - 1].lower in TITLE_WORDS | {"academician"}
    if between.strip() != ")":
        return False
    opened = text.rfind("(", 0, tokens[i - 1].start)
    before = [t for t in tokens[max(0, i - 12) : i] if t.end <= opened]
    return bool(before) and before[-1].lower in TITLE_WORDS


def _in_after_name(text: str, tokens: list[Token], i: int) -> bool:
    """Whether the words from `i` come after "in" (or "in the") that follows a name's head
    word or its bracketed acronym: "Princefield College in the Volta Region", "Ural Federal
    University (UrFU) in Yekaterinburg" (where it is)."""
    n = i - 1
    if n >= 1 and tokens[n].lower == "the":
        n -= 1
    if n < 1 or tokens[n].text != "in":
        return False
    between = text[tokens[n - 1].end : tokens[n].start]
    return (between == " " and tokens[n - 1].lower in HEAD_WORDS) or between == ") "


def _heads_conference(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the run [i, j) is a nation's conference of rectors, a body: "the Hungarian
    Rectors' Conference", "German Rectors' Conference" (not "the Rectors' Forum", "the 7th
    ASEF Rectors' Conference", "the Japanese-German University Presidents' Conference":
    meetings)."""
    return (
        j - i >= 3
        and tokens[j - 1].lower == "conference"
        and tokens[j - 2].lower == "rectors"
        and tokens[j - 3].lower in DEMONYMS
    )


def _acronym_like(word: str) -> bool:
    return word.isupper() or _mixed_acronym(word)


def _trim(text: str, tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """The organisation's name inside a run: titles and what follows them cut off, leading
    sentence words dropped; None when no word organisations are named with is left."""
    for k in range(i, j):
        # "… University of Leeds Pro-Vice-Chancellor": "Pro" begins the title
        pro = (
            tokens[k].lower == "pro"
            and tokens[k + 1 : k + 2] != []
            and (tokens[k + 1].lower in TITLE_WORDS)
        )
        # ("Consulate General of France": a mission, not a title)
        general = tokens[k].lower == "general" and tokens[k - 1].lower in _MISSIONS
        if (
            # ("Qalipu First Nation Chief Brendan Mitchell": a chief's title after a name)
            # (not "The Army Chief, General John Doe": no name before it)
            (tokens[k].lower in TITLE_WORDS or pro or (tokens[k].lower == "chief" and k - i >= 2))
            and not general
            and any(t.lower in HEAD_WORDS for t in tokens[i:k])
        ):
            j = k
            break
    # "Asif Mehmood and Vice President Wuhan University": a person, "and", a title, then the
    # organisation whose title it is
    for k in range(i + 1, j - 1):
        if tokens[k - 1].lower == "and" and tokens[k].lower in TITLE_WORDS:
            m = k
            while m < j and tokens[m].lower in TITLE_WORDS:
                m += 1
            # (not "… and President of Pusan National University Wang Jianhua", read below)
            if (
                m < j
                and tokens[m].lower not in CONNECTORS
                and any(t.lower in HEAD_WORDS for t in tokens[m:j])
            ):
                i = m
            break
    # "KAZINFORM Astana-based Nazarbayev University": where it is based says no name
    for k in range(j - 2, i, -1):
        if tokens[k].lower == "based" and tokens[k].start == tokens[k - 1].end + 1:
            i = k + 1
            break
    # "BOGOTÁ D. C. La Universidad Nacional de Colombia": a dateline's place in capitals
    k = i
    while k < j and tokens[k].text.isupper() and tokens[k].text.isalpha():
        k += 1
    if i < k < j and (tokens[k].lower in NOT_NAMES or tokens[k].lower in CONNECTORS):
        i = k
    while i < j and (
        tokens[i].lower in NOT_NAMES or tokens[i].lower in CONNECTORS or tokens[i].text.isdigit()
    ):  # "On 14 June the Council …"
        if tokens[i].text in ("L", "D") and i + 1 < j:
            break  # an initial: "L.N. Gumilyov Eurasian National University"
        if (
            tokens[i].text == "Al"
            and i + 2 < j
            and tokens[i + 1].text[:1].isupper()
            and tokens[i + 1].lower not in HEAD_WORDS
            and tokens[i + 1].start == tokens[i].end + 1
        ):
            break  # the Arabic article of a name: "Al Qasimia University" (not "Al firmar")
        if _patronym_first(tokens, i) and i + 1 < j and tokens[i + 1].lower not in HEAD_WORDS:
            break  # "Ibn Tofail University"
        i += 1
    # "Speaking for University of Economics Ho Chi Minh City, …", "Representing the
    # University of …": a sentence's verb and its preposition begin no name
    # ("Representing Bhiksu University of Sri Lanka were …": the verb alone)
    # (not "Working Men's College")
    if (
        i + 2 < j
        and tokens[i].lower in _GERUNDS
        and (
            tokens[i + 1].lower in ("for", "with", "at", "on") or tokens[i].lower == "representing"
        )
    ):
        i += 2 if tokens[i + 1].lower in ("for", "with", "at", "on") else 1
        while i < j and tokens[i].lower in ("the", "la", "el"):
            i += 1
    # "El Ministerio de Ciencia …", "La Universidad de Antioquia …": the article before a
    # word bodies are named with (not "La Trobe University", "El Colegio de México")
    if (
        i + 1 < j
        and tokens[i].lower in ("el", "la", "los", "las", "le", "les", "il", "lo")
        and tokens[i + 1].lower in _ARTICLE_HEADS
    ):
        i += 1
    first = i
    # "Dean College of Water Resources …", "Director International Cooperation Office …": a
    # person's title before the unit they head
    while (
        i + 1 < j
        and tokens[i].lower in _LEADING_TITLES
        and tokens[i + 1].lower not in CONNECTORS
        and any(t.lower in HEAD_WORDS for t in tokens[i + 1 : j])
    ):
        i += 1
    # "President of Xinjiang Normal University", "Staff of the Survey of India": what comes
    # before "of" is a person's title or a common noun, not the name
    k = i
    titled = False
    while k < j and tokens[k].lower not in HEAD_WORDS:
        if (
            tokens[k].lower in ("of", "at")
            and any(t.lower in NOT_BODIES for t in tokens[i:k])
            and (tokens[j - 1].lower[:-1] in TITLE_WORDS or tokens[j - 1].lower in _PEOPLE)
        ):
            return None  # "Forum of University Rectors": an occasion of people
        # "Rector Markus Lindner for the University of Innsbruck": whom a titled person
        # signed for
        # ("Rectora del Centro Universitario …": whose title it is, in Spanish)
        # ("International Dean for the College of …", "Vice Rector for University Extension":
        # a title's field after "for", then what it is of)
        for_ = (
            tokens[k].lower == "for"
            and (tokens[first].lower in TITLE_WORDS or tokens[k - 1].lower in TITLE_WORDS)
        ) or (tokens[k].lower in ("de", "del") and tokens[first].lower in _SPANISH_TITLES)
        if (tokens[k].lower in ("of", "at") or for_) and k > i:
            # ("Enkhjargal and President of Inner Mongolia University Wang Jianhua": the title
            # right before "of")
            titled = (
                titled
                or tokens[i].lower in TITLE_WORDS
                or tokens[k - 1].lower in TITLE_WORDS
                or for_
            )
            i = k + 1
            i = _past_connectors(tokens, i, j)
        k += 1
    # "… of the United Mexican States": a country's name ends it, not a person's
    country_end = any(
        normalise(" ".join(t.text for t in tokens[k:j])) in country_words()
        for k in range(max(i, j - 4), j)
    )
    # "the Rector of the State Islamic University named after Sultan Syarif Kasim (Indonesia)":
    # a country in brackets after it is the body's, not a person's
    bracketed = _BRACKETED_WORDS.match(text, tokens[j - 1].end)
    if bracketed is not None and normalise(bracketed.group(1)) in country_words():
        country_end = True
    if titled and not country_end:
        # "Rector of Gubkin University Alexander Petrov", "Director of the UrFU Institute of
        # New Materials and Technologies Dmitry Lapin": after a title, the last two or three
        # words are a person's name when no connector joins them to the organisation's
        # "… named after Mirzo Ulugbek Bakhodir Rakhimov": the person honoured keeps two words
        sizes = (2, 3) if any(t.lower == "after" for t in tokens[i:j]) else (3, 2)
        for size in sizes:
            tail = tokens[j - size : j]
            if (
                j - size > i
                and all(
                    t.lower not in HEAD_WORDS and t.lower not in CONNECTORS and t.lower != "after"
                    for t in tail
                )
                and tokens[j - size - 1].lower not in CONNECTORS
                # ("Rector of Kazakh National University named after Al-Farabi": whom it honours)
                and tokens[j - size - 1].lower != "after"
                and any(t.lower in HEAD_WORDS for t in tokens[i : j - size])
            ):
                j -= size
                break
    while j > i and tokens[j - 1].lower in CONNECTORS:
        j -= 1
    if not any(t.lower in HEAD_WORDS for t in tokens[i:j]) and not _heads_conference(tokens, i, j):
        return None
    # "International Education College of Liaoning Communication University", "Institute of
    # New Materials of the University of Delhi", "la Facultad de Ingeniería de la Universidad
    # de Buenos Aires": a unit of the university, which is the organisation (after the last
    # "of" that leaves a university's name; "Facultad Politécnica": a word of the unit's)
    for k in range(j - 2, i, -1):
        unit_words = UNIT_HEADS if tokens[k].lower == "of" else _SPANISH_UNIT_HEADS
        unit = next((u for u in range(i, k) if tokens[u].lower in unit_words), None)
        if (
            tokens[k].lower in ("of", "de", "del")
            and unit is not None
            and any(t.lower in UNIVERSITY_WORDS for t in tokens[k + 1 : j])
            # (a name: not "la Facultad de Medicina de la Universidad")
            and (
                tokens[k].lower == "of"
                or any(
                    t.lower not in HEAD_WORDS and t.lower not in CONNECTORS
                    for t in tokens[k + 1 : j]
                )
            )
            and not any(
                tokens[u].lower in UNIVERSITY_WORDS
                for u in range(i, k)
                if tokens[u].lower != "college" and u != unit + 1
            )
        ):
            i = k + 1
            i = _past_connectors(tokens, i, j)
            break
    # "el director gerente en España del Deutsche Bank": where the office is, then whose
    if (
        j - i > 3
        and tokens[i + 1].lower in ("de", "del")
        and normalise(tokens[i].text) in country_words_translated()
        and any(t.lower in HEAD_WORDS for t in tokens[i + 2 : j])
    ):
        i = _past_connectors(tokens, i + 1, j)
    # "(Maestría en) Estudios Políticos de la Universidad Nacional": a programme of the
    # university named after it (not "Vasco de Quiroga University", named after a person)
    for k in range(i + 1, j - 1):
        if tokens[k].lower not in ("de", "del"):
            continue
        if tokens[k].lower == "del" and tokens[k + 1].lower in _COMPASS_POINTS:
            continue  # "Davao del Norte State College": a province "del Norte", "del Sur"
        after = tokens[_past_connectors(tokens, k + 1, j) : j]
        # (or within its first words after an article: "… de la Benemérita Universidad
        # Autónoma de Puebla")
        articled = tokens[k + 1].lower in ("la", "el", "los", "las") or tokens[k].lower == "del"
        if (
            not any(t.lower in HEAD_WORDS for t in tokens[i:k])
            and any(t.lower in UNIVERSITY_WORDS for t in tokens[k + 1 : j])
            and any(
                t.lower in HEAD_WORDS for t in after[: 3 if articled else 1] or tokens[j - 1 : j]
            )
        ):
            i = k + 1
            i = _past_connectors(tokens, i, j)
            break
    heads = [k for k in range(i, j) if tokens[k].lower in HEAD_WORDS]
    # "(el cónsul) General de la Embajada de Filipinas": the end of a title, then the body
    if (
        heads
        and heads[0] > i
        and tokens[i].lower in TITLE_WORDS
        and all(t.lower in TITLE_WORDS | CONNECTORS for t in tokens[i : heads[0]])
        and tokens[heads[0] - 1].lower in CONNECTORS
    ):
        i = heads[0]
    if (
        heads
        and all(tokens[k].lower in _FIRST_ONLY for k in heads)
        and heads[0] != i
        # (not "la Real Federación Española de Fútbol": a word of honour before it)
        and tokens[heads[0] - 1].lower in CONNECTORS
    ):
        # "(Jefes de) Estado y de Gobierno", "(Científica y) Cultural de la Federación Rusa":
        # no body's name
        return None
    if (
        heads
        and all(tokens[k].lower in _FIRST_ONLY_ENGLISH for k in heads)
        and (
            heads[0] != i
            or i + 1 >= j
            or tokens[i + 1].lower != "of"
            or tokens[j - 1].lower in DEMONYMS
            or normalise(" ".join(t.text for t in tokens[i + 2 : j] if t.lower != "the"))
            in country_words()
        )
    ):
        # "the Russian Federation", "the Federation of Nigeria": a country; "Federation House":
        # a building; "(the Forum of the) Federation of Rectors of Russian (and Arab
        # Universities)": a name cut before the words it is of
        return None
    if j - i == 1 and tokens[i].lower in HEAD_WORDS and not tokens[i].text.isupper():
        return None  # "University" alone: a short reference, not a name
    if (
        j - i == 2
        and tokens[i].lower in _SEASONS
        and i > 0
        and tokens[i - 1].lower in ("a", "an", "joint", "annual", "first", "new", "international")
    ):
        return None  # "a joint Summer School", "an annual Winter Institute": a course, no body
    if _generic(" ".join(t.text for t in tokens[i:j])):
        return None  # "College of Engineering", "Public Administration": what any body has
    if (
        j - i == 2
        and tokens[i].lower in ("university", "college")
        and tokens[i + 1].lower in _GOVERNING
    ):
        return None  # "Vice President for … and University Council": its governing body
    # "QS World University Rankings", "University Partnership Day", "Administration
    # Building", "(Malaysia's) Top National University"
    if tokens[j - 1].lower in NOT_BODIES and not _heads_conference(tokens, i, j):
        return None
    if tokens[i].lower in EVALUATIVE:
        return None
    return i, j


def _heading(text: str, start: int, end: int) -> bool:
    """A line of its own, all in capitals, of more than one word: a newsletter's heading."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return " " in line and line.isupper() and line == text[start:end].strip()


def _own_name(written: str, key: str | None, resolver: Resolver | None) -> bool:
    """Whether the registry knows the organisation of `key` by this name."""
    if key is None or resolver is None or key not in resolver.by_key:
        return False
    return resolver.by_key[key] in resolver.full.get(name_key(written), ())


def unit_like(institution: "Institution") -> bool:
    """An organisation's unit the registry does not know, written as units are ("School of
    Mechatronics Engineering", "Department of …", "Faculty of …"): a part of the university,
    not a party of its own."""
    unit = _UNIT_OF.match(institution.name) or _UNIT_END.search(institution.name)
    return (
        institution.key is None
        and unit is not None
        and not any(w.lower() in UNIVERSITY_WORDS for w in _WORD.findall(institution.name))
    )


def facility_like(institution: "Institution") -> bool:
    """A place a delegation tours rather than an organisation it visits: a laboratory, a
    museum, a college, school or institute of the host ("the State Key Laboratory of
    Robotics", "the HIT Museum", "KMUTT's Pilot Plant … Institute", "the College of
    Agronomy"). A national or named institute of its own ("National Institute for
    Biotechnology …", "Uganda Virus Research Institute") is not one."""
    return bool(_FACILITY_FIRST.match(institution.name)) or (
        institution.key is None and bool(_FACILITY_END.search(institution.name))
    )


# "(HIT |KMUTT's )(State Key )Laboratory …", "College of …", "Institute of …"
_FACILITY_FIRST = re.compile(
    r"^(?:[A-Z][\w-]*[A-Z][\w-]* |[\w-]+['’]s )?(?:State Key |Key |Research )?"
    r"(?:Laborator(?:y|ies)|Lab|Museum|Library|Club|College of|School of|Faculty|Department|"
    r"Institute (?:of|for)|Cent(?:er|re) (?:of|for)|Office)\b"
)
# "… Incubation Centre", "NWU Museum", "UASR Council Meeting", "… Summer School"
_FACILITY_END = re.compile(
    r"\b(?:Laborator(?:y|ies)|Lab|Museum|Club|Cent(?:er|re)|Office|Meeting|Summer School)$"
)


_UNIT_FIRST = frozenset(
    "school faculty department division laboratory lab office facultad escuela departamento"
    " oficina".split()
)


# An honorific right before a word ("el profesor ", "Prof. ", "Dr "), and a given name right
# after one ("QIU Yong", "LIU Binjie")
_HONORIFIC_BEFORE = re.compile(r"\b(?i:profesora?|professor|prof|dr|dra|doctora?|mr|mrs|ms)\.?\s+$")
_GIVEN_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+(?:[-´'’][a-z]+)?\b")
# "la facultad de ", "the faculty of ", "la cátedra de ": a unit in lower case, then the
# field it is named after
_UNIT_IN_LOWER_CASE = re.compile(
    r"\b(?:facultad|faculty|escuela|departamento|department|cátedra|catedra)\s+(?:de|of|del)"
    r"\s+(?:la\s+|the\s+)?$"
)
# "Faculty of …", "Human Resources Department of Rosatom", "Facultad de Ingeniería"
_UNIT_OF = re.compile(
    rf"^(?:[\w-]+ ){{0,3}}?(?i:{'|'.join(sorted(_UNIT_FIRST))}) (?:of|de|del) ", re.UNICODE
)


# "International Cooperation and Exchange Office", "Technology Transfer Office"
_UNIT_END = re.compile(r"\b(?i:office|directorate|secretariat)$")


# Institutes that teach to degrees, as named where universities are so called ("Bishkek Music
# and Pedagogical Institute", "Bukhara State Medical Institute", "Instituto Tecnológico de
# Mérida", "Instituto Superior Técnico")
_TEACHING_INSTITUTE = re.compile(
    r"\b(?:pedagogical|medical)\s+institute\b|"
    r"\binstituto\s+(?:tecnol[oó]gico|polit[eé]cnico|universitario|superior)\b",
    re.IGNORECASE,
)


_BRACKETED_WORDS = re.compile(r"\s*\(([^()\n]{2,40})\)")


def kind_from_words(name: str) -> str:
    """university, company, government or other, from how the name is written (a body at
    another, "Confucius Institute at Egerton University", by its own words)."""
    before, at, _after = name.partition(" at ")
    if at and any(w.lower() in HEAD_WORDS for w in _WORD.findall(before)):
        name = before
    lower = {w.lower() for w in _WORD.findall(name)}
    if lower & {"alliance", "association", "network", "consortium", "league", "federation"}:
        return "other"
    # ("Tashkent University of Information Technologies": a university's field, no company's
    # word, unless a legal form says it is one)
    if lower & UNIVERSITY_WORDS and not lower & (_LEGAL_WORDS | _JOINT_STOCK):
        return "university"
    if lower & COMPANY_WORDS or re.search(r"\bCo\.?,?\s*Ltd\b", name):
        return "company"
    # "Grupo Fuertes", "Grupo Bimbo": a group of companies (not "Grupo de Investigación …",
    # nor "Asociación de Universidades Grupo Montevideo")
    if re.match(r"Grupo\s+(?!de\b|del\b)", name):
        return "company"
    if (
        lower & UNIVERSITY_WORDS
        or re.search(r"institute of technology", name, re.IGNORECASE)
        or _TEACHING_INSTITUTE.search(name)
        or _GLUED_HEAD.fullmatch(name)
    ):
        return "university"
    if lower & GOVERNMENT_WORDS or re.match(r"(?i)minist(?:erio|ère|ero|ério|ry)\b", name):
        return "government"  # ("ministerio de Educación Superior de Cuba")
    return "other"


# The registry's kinds the extractor's output names as they are; the others are "other"
KINDS = frozenset({"university", "company", "government"})


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# a day a name was read with: "Last July 25th the …", "On Monday the …" (not "October 6
# University", a name)
_WHEN_BEFORE_NAME = re.compile(
    r"(?:(?:Last|Next|This|On|Since|Until|By)\s+)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?,?\s+)?"
    r"the\s+|"
    r"(?:Last|Next|This|On|Since|Until|By)\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?,?\s+(?:the\s+)?"
)


def find_mentions(
    text: str,
    resolver: Resolver | None = None,
    tokens: list[Token] | None = None,
    refused: list[Mention] | None = None,
) -> list[Mention]:
    """Every place the text names an organisation, not overlapping, in text order. `tokens`
    are the text's words, when the caller has them already. What reads as a name but the
    rules know is none (a stock listing, a programme's letters, the news agency, a union of
    states, a country's acronym) is put in `refused`, when given."""
    if tokens is None:
        tokens = words(text)
    refused = refused if refused is not None else []
    found: list[Mention] = []
    taken: set[int] = set()  # character positions already in a mention

    def add(mention: Mention) -> None:
        # ("… with French Embassy in Nigeria\n\nFriday, May 24, 2024- …": no name runs on
        # into the next paragraph)
        paragraph = _PARAGRAPH_BREAK.search(mention.text)
        if paragraph is not None:
            kept = mention.text[: paragraph.start()].rstrip()
            if not kept:
                return
            mention = replace(mention, text=kept, end=mention.start + len(kept))
        # ("Last July 25th the Chamber of Mines of Peru and …": when, then the name)
        when = _WHEN_BEFORE_NAME.match(mention.text)
        if when is not None and mention.text[when.end() :][:1].isupper():
            mention = replace(
                mention, text=mention.text[when.end() :], start=mention.start + when.end()
            )
        if (
            mention.text.count("(") > mention.text.count(")")
            and text[mention.end : mention.end + 1] == ")"
        ):
            # "IIT (BHU) Varanasi": the bracket the name opens, closed
            mention = replace(
                mention, text=text[mention.start : mention.end + 1], end=mention.end + 1
            )
        if any(p in taken for p in range(mention.start, mention.end)):
            return
        if _ANNIVERSARY.search(mention.text):
            return  # "The 23rd School Anniversary of NUK": an occasion, no body
        if (
            (mention.how == "pattern" and _union_of_states(text, mention))
            or _ARMY_TITLE.fullmatch(mention.text)  # "The Army Chief, General …": a title
            # "el profesor QIU Yong", "Prof. LIU Binjie": a family name in capitals between
            # an honorific and the given name, no body's letters
            or (
                mention.how == "acronym"
                and _HONORIFIC_BEFORE.search(text, max(0, mention.start - 12), mention.start)
                and _GIVEN_NAME_AFTER.match(text, mention.end)
            )
            # "la facultad de Economía y Empresa": the field a unit written in lower case
            # is named after, no body (not "… de la Universidad de Murcia")
            or (
                mention.how == "pattern"
                and _UNIT_IN_LOWER_CASE.search(text, max(0, mention.start - 30), mention.start)
                and not any(w.lower() in UNIVERSITY_WORDS for w in _WORD.findall(mention.text))
            )
        ):
            refused.append(mention)
            return
        taken.update(range(mention.start, mention.end))
        found.append(mention)

    for start, end in _lower_case_missions(text):
        add(Mention(text[start:end], start, end, "pattern"))
    # 'JSC "O'zbekiston temir yo'llari"': a company's legal form, then its name in quotes
    for match in _QUOTED_COMPANY.finditer(text):
        add(Mention(match.group(), match.start(), match.end(), "pattern"))
    # "la Conferencia de Rectores de Universidades Técnicas de Polonia", "the Conference of
    # Rectors of …": a body of heads of universities, not a meeting
    # (of universities in the plural: not "el Consejo de Rectores de la UdeG", a university's)
    for match in _RECTORS_BODY.finditer(text):
        if any(w.lower() in _PLURAL_HEADS for w in _WORD.findall(match.group())):
            add(Mention(match.group(), match.start(), match.end(), "pattern"))
    # 'NTU "KhPI"', 'NTU “Kharkov Polytechnic Institute”': an acronym of a name's kind words,
    # then its own words in quotes (looked up as the registry writes such names whole)
    # (one the registry holds so: not 'the ICT "Innovative Talent Center"')
    for match in _ACRONYM_QUOTED.finditer(text) if resolver is not None else ():
        if _quoted_holders(match, resolver):
            add(Mention(match.group(), match.start(), match.end(), "pattern"))
    runs = capitalised_runs(text, tokens)
    runs = [part for i, j in runs for part in _split_at_and(text, tokens, i, j, resolver)]
    # "the Universities of Eastern Finland, Oulu, Tampere and Turku": no one name, but the
    # places of a list (read below)
    place_lists = list(_PLACES_LISTED.finditer(text)) if resolver is not None else []
    shared_heads = list(_SHARED_HEAD.finditer(text))
    listed_at = {m.start() for m in (*place_lists, *shared_heads)} if resolver else set()
    # ("Xiamen, Chongqing, and Sichuan Universities": nor the last place with the plural)
    shared_spans = [(m.start(), m.end()) for m in shared_heads] if resolver else []
    runs = [
        (i, j)
        for i, j in runs
        if tokens[i].start not in listed_at
        and not any(s <= tokens[i].start and tokens[j - 1].end <= e for s, e in shared_spans)
    ]
    # "VinUniversity": a name and its head word written as one word
    for token in tokens:
        glued = _GLUED_HEAD.fullmatch(token.text)
        if (
            glued is not None
            and token.text.lower() not in NOT_NAMES
            and glued.group(1).lower() not in DOMAIN_WORDS | _NOT_GLUED_NAMES
            # (not "Missouri Science&TechnologyUniversity": a name written without spaces)
            and text[token.start - 1 : token.start] in ("", " ", "\n", "\t", "(", '"', "“")
            # (a name the story is about, named again: not "the EduUniversity platform")
            and sum(t.text == token.text for t in tokens) >= 2
        ):
            add(Mention(token.text, token.start, token.end, "pattern"))
    # "the UAE National Service and Reserve (NSR) Authority", "Nigeria Liquefied Natural Gas
    # (NLNG) Ltd": a name its acronym stands inside, before the word of what it is
    for within in _ACRONYM_WITHIN_NAME.finditer(text):
        before, acronym, after = within.group("before", "acronym", "after")
        start = within.start("before")
        first = before.split()[0]
        if first.lower() in NOT_NAMES:  # ("The UAE National Service …": the name after it)
            start += len(first) + len(before[len(first) :]) - len(before[len(first) :].lstrip())
            before = text[start : within.end("before")]
        if (
            after.split()[-1].lower().rstrip(".") in _BODY_ENDS
            and " " in before
            and not any(w.lower() in HEAD_WORDS | TITLE_WORDS for w in _WORD.findall(before))
            and _fits(acronym, before)
        ):
            add(Mention(text[start : within.end()], start, within.end(), "pattern"))
    # 1. how organisations are written
    for i, j in runs:
        trimmed = _trim(text, tokens, i, j)
        # ("the Institute of International Affairs, Ghana": its country kept with it)
        of_country = None if trimmed is not None else _generic_of_a_country(text, tokens, i, j)
        trimmed = trimmed or of_country
        if trimmed is not None and resolver is not None:
            # "Universidad Nacional Mayor de San Marcos": a registry name holding a word
            # that is a title elsewhere
            a = trimmed[0]
            if name_key(text[tokens[a].start : tokens[j - 1].end]) in resolver.full:
                trimmed = (a, max(j, trimmed[1]))
            # "La Trobe University", "Le Cordon Bleu": an article the registry's name begins
            # with, dropped above as a sentence's word
            # ("De La Salle University": the longest so written)
            b = trimmed[1]
            back = a
            while (
                back > 0
                and text[tokens[back - 1].end : tokens[back].start] == " "
                and tokens[back - 1].text in ("La", "Le", "El", "Los", "Las", "Les", "De")
            ):
                back -= 1
            for c in range(back, a):
                if _registry_writes(text[tokens[c].start : tokens[b - 1].end], resolver):
                    trimmed = (c, b)
                    break
        if trimmed is not None:
            a, b = trimmed
            # "the University of Technology Malaysia UTM": its acronym written after it, no
            # brackets (found on its own below)
            # ("the University of Sargodha UoS": one in capitals and lower case)
            if (
                b - a > 2
                and (
                    _capitals(tokens[b - 1].text, 2, 6)
                    or (_mixed_acronym(tokens[b - 1].text) and len(tokens[b - 1].text) <= 6)
                )
                and tokens[b - 2].lower not in CONNECTORS
                and _fits(tokens[b - 1].text, text[tokens[a].start : tokens[b - 2].end])
            ):
                b -= 1
            # "… and Calcutta University 3. Vidyasagar University …": a count, then the
            # sentence's end (not "Université Lyon 1")
            if (
                b - a > 1
                and tokens[b - 1].text.isdigit()
                and text[tokens[b - 1].end : tokens[b - 1].end + 1] == "."
                and tokens[b - 2].lower in HEAD_WORDS
            ):
                b -= 1
            # "Germany's University of Stuttgart": the country it is in, not its name
            if (
                b - a > 1
                and re.fullmatch(r"['’]s\s+", text[tokens[a].end : tokens[a + 1].start])
                and normalise(tokens[a].text) in country_words()
            ):
                a += 1
            # "en el auditorio León de Greiff de la Universidad Nacional", "in the Lee Hall of
            # the University of X": a place's name, then whose it is
            if _VENUE_BEFORE.search(text, max(0, tokens[a].start - 25), tokens[a].start):
                head = next(
                    (
                        k
                        for k in range(a + 1, b)
                        if tokens[k].lower in HEAD_WORDS
                        and tokens[k - 1].lower in ("de", "del", "la", "of", "the")
                    ),
                    None,
                )
                if head is not None:
                    a = head
            if (
                _ORDINAL_DAY.fullmatch(tokens[a].lower)
                and a > 0
                and tokens[a - 1].lower in _MONTHS
                and b - a > 1
            ):
                a += 1  # "On October 28th Korea University …": the day, no word of the name
            if resolver is not None:
                b = _registry_past_lower(text, tokens, a, b, resolver)
            start, end = tokens[a].start, tokens[b - 1].end
            if (
                (tokens[b - 1].lower in VENUE_WORDS or tokens[a].lower in _VENUE_FIRST)
                and _AT_VENUE.search(text[max(0, start - 40) : start])
            ) or any(t.lower in _PLACE_ONLY_WORDS for t in tokens[a:b]):
                continue  # a place (the registry's names are looked up below)
            heads = [k for k in range(a, b) if tokens[k].lower in HEAD_WORDS]
            if (
                [tokens[k].lower for k in heads] == ["library"]
                and heads[0] + 1 < b
                and tokens[heads[0] + 1].lower in DOMAIN_WORDS
            ):
                continue  # "… School of Information and Library Science": a field of study
            if _OCCASION_AFTER.match(text, end) or (
                tokens[b - 1].lower in _OCCASIONS and not _heads_conference(tokens, a, b)
            ):
                # "ASEAN University Leaders' Forum", "Turkish-African Universities
                # Collaboration Forum and Education Fair": an occasion, not a body
                continue
            if any(t.lower in ("rankings", "ranking") for t in tokens[a:b]):
                continue  # "the QS World University Rankings 2025": a league table
            if tokens[b - 1].lower in ("initiative", "initiatives"):
                continue  # "the Italy-Azerbaijan University Initiative": a programme
            if (
                b - a >= 2
                and tokens[b - 2].lower in ("news", "press")
                and tokens[b - 1].lower in ("agency", "service")
            ) or (
                tokens[a].lower in ("agencia", "agência")
                and any(t.lower in ("prensa", "noticias", "notícias") for t in tokens[a:b])
            ):
                continue  # "Kazinform News Agency quotes …": who reports the news
            if _DOCUMENT_TITLE.search(text, max(0, start - 40), start):
                continue  # "the Agreement on Jointly Establishing the … Centre": its title
            if (
                tokens[a].lower in _DOCUMENT_FIRST
                and b - a > 3
                and tokens[a + 1].lower in _GOVERNMENT_FIRST | UNIVERSITY_WORDS
                # (not "Convenio Universidad-Empresa", "Convenio Universidad Empresa Estado")
                and tokens[a + 2].lower in ("de", "del")
            ):
                # "Convenio Municipalidad de Laja / UCSC": a title's document, then a party
                a += 1
                start = tokens[a].start
            elif tokens[a].lower in _DOCUMENT_FIRST:
                continue  # "el Convenio de Colaboración Escuela Doctoral Geo Ciencias": a title
            if re.fullmatch(r"\d+(?:st|nd|rd|th)", tokens[a].lower) and all(
                t.lower in HEAD_WORDS for t in tokens[a + 1 : b]
            ):
                continue  # "is the 25th University to join …": a count, not a name
            if (tokens[a].lower in _COUNT_WORDS | {"all"} or tokens[a].text.isdigit()) and any(
                t.lower in _PLURAL_HEADS for t in tokens[a + 1 : b]
            ):
                # "Three Top British Universities Including …", "30 Universities", "All the
                # Public Universities of the State": how many, in a title's capitals
                continue
            if _heading(text, start, end):
                continue  # "NETWORK NEWS": a heading in capitals on a line of its own
            if _portfolio(text, tokens, a, b, resolver):
                continue  # "Deputy Vice-Chancellor, Industry and Community Network, Prof. …"
            legal = _LEGAL_AFTER.match(text, end)  # "Co., Ltd.", ", Inc."
            if legal:
                end = legal.end()
            # "Al-Manhal Co. for Technology": a company written short, what it is for after
            company_for = _CO_FOR.match(text, end) if text[start:end].endswith(" Co") else None
            if company_for:
                end = company_for.end()
            end = _where_after(text, start, end, company=False)
            # "Ministry of Higher Education, Science and Culture": a ministry's fields
            fields = _FIELDS_AFTER.match(text, end)
            if (
                fields
                and _MINISTRY.match(text, start)
                and not any(w.lower() in HEAD_WORDS for w in _WORD.findall(fields.group()))
            ):
                end = fields.end()
            if resolver is not None:
                start, end = _registry_longer(text, start, end, resolver)
                end = _without_head_after(text, start, end, resolver)
            end = _national_school_in(text, start, end)
            # "the China-U.S. Center at the United States' Rice University": a country after
            # "at" is where, not whose
            at_country = _AT_COUNTRY.search(text, start, end)
            if at_country is not None and normalise(at_country.group(1)) in country_words():
                end = at_country.start()
            if of_country is None:
                end = _without_country_of(text, start, end, resolver)
            end = _without_people_of(text, start, end)
            end = _campus_after(text, start, end, resolver)
            add(Mention(text[start:end], start, end, "pattern"))
    # "Haramaya, Hawassa and Gondar universities": one university each, named with the word
    # they share, when the registry knows it so ("Hawassa University", "University of
    # Gondar"; not "Taiwanese and Czech universities")
    for shared in shared_heads:
        group = 1 if shared.group(1) else 2
        places = re.findall(r"[A-Z][\w'’-]+", shared.group(group))
        if group == 2 and any(
            normalise(p) in country_words() or p.lower() in _REGION_WORDS for p in places
        ):
            continue  # "universities in Asia and Europe", "in Japan, Korea and Southeast Asia"
        if any(p.lower() in _SUBJECT_WORDS or p.lower() in DEMONYMS for p in places):
            # "Science and Technology Universities": what they teach, no places; "Purdue and
            # Colombian Universities": one named, the others by their country
            continue
        for one in re.finditer(r"[A-Z][\w'’-]+", shared.group(group)):
            start, end = one.start() + shared.start(group), one.end() + shared.start(group)
            for name in (f"{one.group()} University", f"University of {one.group()}"):
                if resolver is not None and name_key(name) in resolver.full:
                    add(Mention(name, start, end, "pattern"))
                    break
    # "Its founding members include the universities of Bologna, Glasgow, …, Uppsala and the
    # Jagiellonian University in Krakow", "The network consists of the following
    # universities: Konstanz, Ulm and Bremen (Germany); Antwerp (Belgium); …": places, each
    # the university the registry names after it
    for listing in place_lists:
        group = next(n for n, g in enumerate(listing.groups(), 1) if g is not None)
        if group == _COUNTERPARTS and not _UNIVERSITY_IN_SENTENCE.search(
            text, max(0, listing.start() - 400), listing.start()
        ):
            continue
        items = list(_PLACE_ITEM.finditer(listing.group(group)))
        # "las universidades Carlos III, Complutense y Autónoma de Madrid": the place the last
        # one is "de", shared by those before it that name none
        last_place = items[-1].group(1) if items else ""
        # (not when the last is only a place: "las universidades Nacional y del Rosario")
        common = None if re.match(r"(?:de|del)\s", last_place) else _SHARED_PLACE.search(last_place)
        for item in items:
            place = item.group(1)
            words_ = [w.lower() for w in _WORD.findall(place)]
            if (
                group > _COUNTERPARTS
                and common is not None
                and not {"de", "del"} & set(words_)
                and not any(w in HEAD_WORDS for w in words_)
            ):
                place = f"{place} {common.group()}"
                words_ = [w.lower() for w in _WORD.findall(place)]
            if (
                any(w in HEAD_WORDS or w in _REGION_WORDS for w in words_)
                or normalise(place) in country_words()
                # (not "las universidades Católica y Nacional": a word many share)
                or (group > _COUNTERPARTS and len(words_) < 2)
            ):
                continue
            start = item.start(1) + listing.start(group)
            # (as the list is written: "universities of …", "universidades de …", "las
            # universidades Nacional de Colombia, de Antioquia …")
            english = (f"University of {place}", f"{place} University", f"University {place}")
            if words_[0] in ("de", "del"):
                forms: tuple[str, ...] = (f"Universidad {place}",)
            elif group > _COUNTERPARTS:
                forms = (f"Universidad {place}", f"Universidad de {place}", *english)
            elif group >= _SPANISH_LISTS:
                forms = (f"Universidad de {place}", f"Universidad {place}", *english)
            else:
                forms = (*english, f"Universidad {place}", f"Universidad de {place}")
            held = next((f for f in forms if resolver and resolver.full.get(name_key(f))), None)
            if held is not None:
                add(Mention(held, start, start + len(item.group(1)), "pattern"))
    # "The European university alliance Una Europa": a network, however it is named
    for match in _NETWORK_NAMED.finditer(text):
        name = match.group(1)
        for start, end in whole_words(text, name):
            add(Mention(name, start, end, "pattern"))
    # "… for SJTU to join the Easy Access IP network": a network named before the word
    for match in _NAMED_NETWORK.finditer(text):
        name = match.group(1)
        if not any(w.lower() in HEAD_WORDS | _GENERIC for w in _WORD.findall(name)):
            add(Mention(name, match.start(1), match.end(1), "pattern"))
    # "la Pontificia Universidad Católica del Perú, la Femenina del Sagrado Corazón, la de
    # Lima, la Nacional de Ingeniería": universities listed after one named in full, each
    # without the word they share, when the registry knows it so
    # (not "la Municipalidad de Arequipa, la de Lima": the item before is no university)
    if resolver is not None:
        listed = -1  # where the last university of a list ends
        for match in _ELLIPTIC_UNIVERSITY.finditer(text):
            before = _ITEM_BEFORE.search(text, max(0, match.start() - 200), match.start())
            if before is None:
                continue
            # (the last "la …" of the item before: "… con la Municipalidad de Arequipa" is no
            # university's)
            articles = list(re.finditer(r"\b[Ll]a\s+", before.group(1)))
            university = bool(articles) and bool(
                _UNIVERSITY_WORD.match(before.group(1), articles[-1].end())
            )
            if not (university or before.start(1) <= listed):
                continue
            listed = match.end(1)  # (the list goes on through names the registry lacks)
            name = f"Universidad {match.group(1)}"
            if name_key(name) in resolver.full:
                add(Mention(name, match.start(1), match.end(1), "pattern"))
    # "el ministerio de Educación Superior de Cuba", "the Zhuhai municipal government": a
    # government body written in lower case but for its fields or its place
    for match in _GOVERNMENT_LOWER.finditer(text):
        group = 1 if match.group(1) else 2
        if group == 2 and match.group(2).split()[0].lower() in DEMONYMS:
            continue  # "the Spanish regional government": whose, not which
        add(Mention(match.group(group), match.start(group), match.end(group), "pattern"))
    # "la empresa Arauco", "the company Sasol": a company, however it is named
    for match in _COMPANY_NAMED.finditer(text):
        name = match.group(1)
        for start, end in whole_words(text, name):
            add(Mention(name, start, end, "pattern"))
    # "Mobitel, the National Mobile Service Provider, recently concluded a … Memorandum of
    # Understanding (MoU) with the University of …": one word, the subject of a signing
    for match in _ONE_WORD_SIGNER.finditer(text):
        name = match.group(1)
        if _one_word_body(text, name, resolver):
            add(Mention(name, match.start(1), match.end(1), "pattern"))
            for start, end in whole_words(text, name):
                add(Mention(name, start, end, "pattern"))
    # "Park Sang-hyun, Executive Vice President … at Doosan Enerbility, and …": whom a title
    # after a person's name is at is an organisation, however it is named; and wherever else
    # the text names it
    for name in sorted(_employers(text), key=len, reverse=True):
        for start, end in whole_words(text, name):
            add(Mention(name, start, end, "pattern"))
    # "…, Sri Balaji Vidyapeeth (SBV), …": a name the text lists among organisations, with
    # the acronym it defines for it, is one even without a word organisations are named with
    for i, j in runs:
        _listed_with_acronym(text, tokens, i, j, found, add)
    # 2. the registry's names in the other runs ("Politecnico di Milano" is caught above,
    # "CentraleSupelec" here)
    if resolver is not None:
        for i, j in runs:
            # "a visit to Gadjah Mada university": the registry's name, its head word written
            # in lower case
            # (not "a distinguished American university such as …": where it is from)
            if (
                j < len(tokens)
                and tokens[j].text in ("university", "college", "institute", "polytechnic")
                and text[tokens[j - 1].end : tokens[j].start] == " "
                # (not "every Rwanda polytechnic", "a Kumasi polytechnic": any one)
                and not (i > 0 and tokens[i - 1].lower in _ANY_ONE)
                # (nor "A new Pacific university": the region it is in; nor "a private
                # Catholic university": what kind it is)
                and not (
                    j - i == 1
                    and (
                        tokens[i].lower in DEMONYMS
                        # (nor "A university statement said …": a sentence's article)
                        or tokens[i].lower in NOT_NAMES
                        or tokens[i].lower in _REGION_ADJECTIVES
                        or normalise(tokens[i].text) in _DESCRIBING
                    )
                )
                and name_key(text[tokens[i].start : tokens[j].end]) in resolver.full
            ):
                add(Mention(text[tokens[i].start : tokens[j].end], tokens[i].start,
                            tokens[j].end, "registry"))  # fmt: skip
            for start, end in _registry_names(tokens, i, j, resolver):
                # not "Office of International Affairs", nor "(Northeast) Asia University
                # Presidents Forum"
                if not _generic(text[start:end]) and not _OCCASION_AFTER.match(text, end):
                    legal = _LEGAL_AFTER.match(text, end)  # "… Technologies (Thailand) Co., Ltd."
                    end = legal.end() if legal else end
                    branch = _companies_only(text[start:end], resolver)
                    end = _where_after(text, start, end, company=branch)
                    add(Mention(text[start:end], start, end, "registry"))
        # "signed a similar agreement with Infosys": one word that is, whole, a registry
        # name, where the text says with whom
        for match in _WITH_ONE.finditer(text):
            group = 1 if match.group(1) else 2
            word = match.group(group)
            key = name_key(word)
            if (
                word.lower() not in NOT_NAMES
                and not _generic(word)  # not "… Science and Technology signed"
                and key in resolver.full
                and len(word) >= 4
            ):
                add(Mention(word, match.start(group), match.end(group), "registry"))
        # "Huawei and Peking University signed …": one word that is, whole, a registry name,
        # before "and" and a name of the registry with its head word
        for match in _ONE_AND_NAME.finditer(text):
            word = match.group(1)
            lower = word.lower()
            if (
                re.search(r"[A-Z][\w'’-]*[ \t]+$", text[max(0, match.start() - 30) : match.start()])
                or lower in NOT_NAMES
                or lower in DOMAIN_WORDS | HEAD_WORDS | TITLE_WORDS
                or _generic(word)
                or name_key(word) not in resolver.full
                or name_key(word) in resolver.cities
                or normalise(word) in country_words()
            ):
                continue
            following = _WORD.findall(match.group(2))
            if any(
                any(w.lower() in HEAD_WORDS for w in following[:n])
                and name_key(" ".join(following[:n])) in resolver.full
                for n in range(2, len(following) + 1)
            ):
                add(Mention(word, match.start(1), match.end(1), "registry"))
        # "IIT Kharagpur has signed an MoU with Jindal Stainless …": a partner the text names
        # more than once, by words no registry name or pattern holds
        for match in _SIGNED_WITH_NAMED.finditer(text):
            name = match.group(1) or match.group(2)
            places = [w for w in name.split() if name_key(w) in resolver.cities]
            if (
                text.count(name) >= 2
                and not places
                and not countries_in(name)
                and not any(
                    w.lower() in NOT_NAMES or w.lower() in HEAD_WORDS or w.lower() in _HEAD_TITLES
                    for w in re.split(r"[\s-]+", name)
                )
            ):
                for start, end in whole_words(text, name):
                    add(Mention(name, start, end, "pattern"))
        # "Ecopetrol y dos universidades …, la compañía suscribió …, por Ecopetrol lo hizo
        # Rincón": a company of the registry by its one-word name, named more than once and
        # seldom "the Amazon"
        companies = _company_words(text, tokens, resolver)
        for mention in companies:
            add(mention)
        # "HUAWEI" in a text that names "Huawei", "PETRONAS": a company of the registry,
        # written in capitals
        named = {m.text.upper() for m in companies}
        for k, token in enumerate(tokens):
            if (
                token.text in named
                or (
                    _company_in_capitals(token.text, resolver)
                    # (not a family name in capitals: "President ISHIDA Koji", "KOMATSU Hiroshi")
                    and not _family_name(text, tokens, k, {})
                    and not (
                        k + 1 < len(tokens)
                        and text[token.end : tokens[k + 1].start] == " "
                        and tokens[k + 1].text[:1].isupper()
                        and tokens[k + 1].text[1:].islower()
                        and tokens[k + 1].lower not in HEAD_WORDS
                    )
                )
            ):
                add(Mention(token.text, token.start, token.end, "registry"))
    # (a company the registry does not hold, named by its legal form)
    for match in _BHD_COMPANY.finditer(text):
        end = match.end() - match.group().endswith(".")
        add(Mention(text[match.start() : end], match.start(), end, "pattern"))
    # "Taisei (Thailand) Co., Ltd.": a company's branch, its country in brackets before its
    # legal form
    # ("the Nigeria Liquefied Natural Gas (NLNG) Ltd.": the acronym of its name there)
    for match in _COUNTRY_COMPANY.finditer(text):
        if normalise(match.group(1)) not in country_words() and not (
            match.group(1).isupper()
            and _initials(text[match.start() : match.start(1) - 1]).endswith(match.group(1))
        ):
            continue
        # (its name begins after a title's verb, a link word or a day: "University Signs MoU
        # With Taisei (Thailand) Co., Ltd.", "On Monday Samsung (Vietnam) Co., Ltd. signed")
        start = match.start()
        for word in re.finditer(r"\S+", text[match.start() : match.start(1) - 1]):
            if (
                word.group() in _HEADLINE_VERBS
                or word.group().lower() in _COMPANY_NAME_STOPS
                or word.group().lower() in _TIMES
            ):
                start = match.start() + word.end() + 1
        if start < match.start(1) - 2:
            add(Mention(text[start : match.end()], start, match.end(), "pattern"))
    # 3. acronyms the text defines, then acronyms of the registry, then capitals listed with
    # organisations ("Pusan National University and LGE")
    defined = defined_acronyms(text, found, resolver)
    for acronym, mention in list(defined.items()):
        placed = _with_place_defined(text, acronym, mention) or _with_owner_defined(
            text, acronym, mention
        )
        if placed is not None:
            found[found.index(mention)] = defined[acronym] = placed
    # "(IIT Roorkee)", "(BITS Pilani)", "(L&T)": acronyms that are not one word
    for acronym in (a for a in defined if not a.isalnum()):
        for match in re.finditer(rf"\b{re.escape(acronym)}\b", text):
            add(Mention(acronym, match.start(), match.end(), "acronym"))

    # words of a phrase in capitals ("ABU DHABI —", "NEW MEMBERS") are no acronyms
    # ("HÀ NỘI —": a short word in capitals with a letter no acronym has)
    def capital_word(token: Token) -> bool:
        return (
            token.text.isupper()
            and token.text.isalpha()
            and (len(token.text) >= 3 or (len(token.text) == 2 and not token.text.isascii()))
        )

    phrase = set()
    terms = _terms(text)
    for k, (left, right) in enumerate(itertools.pairwise(tokens)):
        if capital_word(left) and capital_word(right) and text[left.end : right.start] == " ":
            phrase |= {k, k + 1}
    for k, token in enumerate(tokens):
        if _names_no_body(text, token, terms):
            continue
        if _OCCASION_NAMED.match(text, token.end):
            # "the ASEAN Higher Education Leaders' Forum 2019": an occasion's name
            refused.append(Mention(token.text, token.start, token.end, "acronym"))
            continue
        # "IIT Roorkee", "IIM Raipur": an acronym several universities share, and the city of
        # the one meant right after it, a name news writes so (no family name and a given
        # name; not "UNESCO Paris", one body and where it is)
        campus = _CITY_AFTER.match(text, token.end)
        if campus is not None and not (
            resolver is not None
            and _universities_holding(token.text, resolver)[0] >= 2
            and name_key(campus.group(1)) in resolver.places
            and campus.group(1) not in _HEADLINE_VERBS | _TITLE_VERBS
        ):
            campus = None
        if token.text in defined or (
            resolver is not None
            and k not in phrase
            and (
                _registry_acronym(token, resolver) or _acronym_as_a_word(text, tokens, k, resolver)
            )
            and (campus is not None or not _no_acronym(text, tokens, k, defined))
            and not _spelt_as_words(text, token.text, found)
        ):
            # "IIT, Delhi": an acronym with its place after it, a name of the registry
            end = token.end
            after = _PLACE_AFTER.match(text, token.end) if resolver is not None else None
            if (
                after is not None
                and resolver is not None
                and name_key(text[token.start : after.end(1)]) in resolver.full
            ):
                end = after.end(1)
            if end == token.end and campus is not None:
                end = campus.end()
            how = "acronym" if end == token.end else "pattern"
            add(Mention(text[token.start : end], token.start, end, how))
    for k, token in enumerate(tokens):
        if token.text[1:].islower() or not token.text[:1].isupper():
            continue  # "University", "signed": no capitals after the first
        if _names_no_body(text, token, terms) or _no_acronym(text, tokens, k, defined):
            # ("the IDET international defence … fair", "SMEs", "Sharipov D.M.")
            refused.append(Mention(token.text, token.start, token.end, "acronym"))
            continue
        # ("THE UNIVERSITY OF NIGERIA, NSUKKA ENTERS INTO …": a city in a headline in
        # capitals, no body's letters; not "MAHE", a name's initials, whatever city Mahé is)
        if (
            resolver is not None
            and name_key(token.text) in resolver.cities
            and token.text not in defined
            and not _initials_of(token.text, found)
        ):
            continue
        if (
            _listed_capitals(text, token, found)
            or _initials_of(token.text, found)
            or (
                k not in phrase
                and _signing_party(text, tokens, k)
                and not any(_may_shorten(token.text, m.text) for m in found)
            )
        ):
            add(Mention(token.text, token.start, token.end, "acronym"))
    # "NUAA and Cranfield": the one telling word of a name given before, on its own
    for mention in _telling_words(text, found, resolver):
        add(mention)
    # "ENLIGHT signed …" after "The ENLIGHT European University Alliance": the word in
    # capitals a name the registry lacks begins with, on its own
    for mention in _leading_capitals(text, tokens, found, phrase):
        add(mention)
    # "Hayleys Agriculture will fund …" after "Hayleys Agriculture Holdings Ltd.": a company
    # by its name without its legal form
    for mention in _without_legal_form(text, found):
        add(mention)
    # "Soorty Enterprises", "Zahidiya Farms", "Atlantis Innovation Fund": a name ending in a
    # word of a trade or a fund, written so in the text's body
    for name in _trade_names(text):
        for start, end in whole_words(text, name):
            add(Mention(name, start, end, "pattern"))
    # "Premier Energy Distribution and the Technical University of Moldova sign …": a name
    # without a word bodies are named with, beside a body's in a signing
    # (in full where an acronym was read of its first word: "ABF LT", "ABF")
    for name in _signing_beside(text, found, resolver):
        for start, end in whole_words(text, name):
            inside = [m for m in found if m.how == "acronym" and start <= m.start < m.end <= end]
            for m in inside:
                found.remove(m)
                taken.difference_update(range(m.start, m.end))
            add(Mention(name, start, end, "pattern"))
    # "Infosys (NSE, BSE, NYSE: INFY)": a listed company, and its listings no organisations
    for listing in _LISTING.finditer(text):
        found[:] = [m for m in found if not listing.start() <= m.start < listing.end()]
        refused.append(Mention(listing.group(), listing.start(), listing.end(), "pattern"))
        company = listing.group(1)
        if not any(m.start <= listing.start(1) < m.end for m in found):
            for start, end in whole_words(text, company):
                if not any(m.start <= start < m.end for m in found):
                    found.append(Mention(company, start, end, "pattern"))
    # "… has officially joined the TTF Program": a programme's letters, no body
    found = _apart(
        found, lambda m: m.how == "acronym" and bool(_PROGRAMME_NEXT.match(text, m.end)), refused
    )
    found = [_with_seat_before(text, m, found) for m in found]
    found = [_without_person_after(text, m, resolver) for m in found]
    found = [_legal_form_and_acronym(m, defined) for m in found]
    # "FAISALABAD, (APP):", "Beijing, March 03, 2025, SPA --": the news agency of the
    # dateline, wherever the text names it, is no party to the news
    agency = _AGENCY.match(text)
    if agency is not None:
        name = agency.group(1) or agency.group(2) or agency.group(3)
        found = _apart(found, _written_as(name), refused)
    # ("Sambalpur (PTI): …" beginning a later paragraph: a dateline all the same, when no
    # name before the brackets is what the letters stand for)
    for later in _AGENCY_LATER.finditer(text):
        if not _fits(later.group(2), later.group("place")):
            found = _apart(found, _written_as(later.group(2)), refused)
    # "los Emiratos Árabes Unidos (EAU)": a country's acronym is no organisation
    for country in _COUNTRY_ACRONYM.finditer(text):
        words_ = country.group(1).split()
        # (the country's name is the last words before the brackets)
        tails = [normalise(" ".join(words_[n:])) for n in range(len(words_))]
        if any(
            (tail in country_words() or tail in country_words_translated())
            and _fits(country.group(2), tail)
            for tail in tails
        ):
            found = _apart(found, _written_as(country.group(2)), refused)
    return sorted(_split_hyphened_pairs(text, found), key=lambda m: m.start)


def _legal_form_and_acronym(mention: Mention, defined: dict[str, Mention]) -> Mention:
    """ "PT MDI" after "PT Mark Dynamics Indonesia (MDI) Tbk", "MDI Tbk": the acronym the
    text defined, with a legal form beside it, is that company's; and "PT MDI Desa Dalu", a
    company then the village where it is, is the company."""
    words_ = _ADDRESS_WORD.split(mention.text, maxsplit=1)[0].split()
    if len(words_) != 2 or mention.how != "pattern":
        return mention
    legal = [n for n, w in enumerate(words_) if w.lower().strip(".") in _LEGAL_WORDS]
    if len(legal) != 1:
        return mention
    acronym = words_[1 - legal[0]]
    if acronym not in defined or defined[acronym] is mention:
        return mention
    start = mention.start + mention.text.index(acronym)
    return Mention(acronym, start, start + len(acronym), "acronym")


# Words of an Indonesian address after a name: "Desa" (village), "Jalan", "Kecamatan"
_ADDRESS_WORD = re.compile(r"\s+(?:Desa|Jalan|Jl\.|Kecamatan|Kabupaten|Kelurahan|Gang)\s")


def _written_as(name: str) -> Callable[[Mention], bool]:
    """Whether a mention is written so."""
    return lambda mention: mention.text == name


def _apart(
    found: list[Mention], refuse: Callable[[Mention], bool], refused: list[Mention]
) -> list[Mention]:
    """`found` without the mentions `refuse` says are no organisation's, which go to
    `refused`."""
    kept: list[Mention] = []
    for mention in found:
        (refused if refuse(mention) else kept).append(mention)
    return kept


_FIRST_WORD = re.compile(r"([A-Z][a-z]+)\s+")


def with_tagged_names(
    text: str,
    mentions: list[Mention],
    tagged: list[tuple[int, int]],
    resolver: Resolver | None = None,
    refused: Sequence[Mention] = (),
) -> list[Mention]:
    """`mentions` with the names a tagger read (`tagged`, character spans) that none of them
    overlaps, without an article before ("the", "la"), in text order. Not what the rules
    refused (`find_mentions`'s `refused`: "INFY" in "(NYSE: INFY)", wherever written), a place
    or a people ("JAKARTA", "Saudi": the registry's cities, the countries in English or
    Spanish), a person after or before a title ("Rector Knut Hove", "Jeffrey Tsai, the
    Principal of …"), the unit a dean heads, a dateline's place, praise ("Top National
    University") or a description ("the Spanish regional government")."""
    added = []
    refused_names = {m.text for m in refused}
    for start, end in tagged:
        # ("Entre las Instituciones de Educación Superior (IES) que firmaron …": a sentence's
        # first word, then the name)
        first = _FIRST_WORD.match(text, start, end)
        if first is not None and first.group(1).lower() in NOT_NAMES:
            start = first.end()
        article = _ARTICLE_BEFORE_NAME.match(text, start, end)
        if article is not None:
            start = article.end()
        if end - start < 2 or any(m.start < end and start < m.end for m in (*mentions, *refused)):
            continue
        written = text[start:end]
        if (
            written in refused_names
            or _ANNIVERSARY.search(written)
            # ("XYZ) Ltd.": a bracket the span does not open or close)
            or written.count("(") != written.count(")")
            or not written[:1].isalnum()
            # ("the Spanish regional government": a description, no name; a name's words
            # are capitalised but those that join them)
            or any(
                w[:1].islower() and w.lower() not in CONNECTORS | _NAME_JOINS
                for w in _WORD.findall(written)
            )
        ):
            continue
        before = _LAST_WORD_BEFORE.search(text, max(0, start - 30), start)
        if (
            # ("Rector Knut Hove", "Prof. Anna Berg": a person)
            (before is not None and before.group(1).lower() in TITLE_WORDS)
            # ("Dean of International Education College, …": the unit a dean heads)
            or _DEAN_OF.search(text, max(0, start - 20), start) is not None
            # ("Jeffrey J.P. Tsai, the Principal of …": a person, the title after)
            or (
                (title := _TITLE_SET_OFF.match(text, end)) and title.group(1).lower() in TITLE_WORDS
            )
            # ("(MAHWAH, NJ) -", "JAKARTA:": a dateline's place, in capitals)
            or (
                written.isupper()
                and (place := _DATELINE_PLACE.match(text, _line_start(text, start))) is not None
                and start < place.end()
            )
            # ("England's Top National University": praise, no name)
            or written.split(maxsplit=1)[0].lower() in EVALUATIVE
            # ("Instituciones de Educación Superior", "Higher Education Institutions": a kind of
            # body, in the plural)
            or (
                any(w.lower() in _PLURAL_HEADS for w in _WORD.findall(written))
                and made_of(written, _GENERIC | _PLURAL_HEADS | _LEVELS)
            )
            or _a_place(written, resolver)
            or _country_code(written) is not None
            or written.lower() in DEMONYMS
        ):
            continue
        added.append(Mention(written, start, end, "tagged"))
    return sorted(mentions + added, key=lambda m: m.start)


def without_unknown_letters(mentions: list[Mention], defined: dict[str, Mention]) -> list[Mention]:
    """The mentions but the tagger's words of two or three capitals that the text does not
    define and that are no initials of a name it gives ("UG", "PG", "MP": degrees, titles,
    parties)."""
    return [
        m
        for m in mentions
        if not (
            m.how == "tagged"
            and _capitals(m.text, 2, 3)
            and m.text not in defined
            and _initials_of(m.text, mentions) is None
        )
    ]


def tagged_short_forms(
    text: str, mentions: list[Mention], defined: dict[str, Mention]
) -> dict[str, Mention]:
    """Short forms the tagger of names read that the text gives in brackets right after a
    name, when their words are the name's or their capitals the initials of its words:
    "University of Karachi (KU)", "King's College London (King's)" → {"KU": that mention}
    (not "the Battery Research Centre (LGE)", another body). Those `defined` holds stay
    its."""
    tagged = {m.text for m in mentions if m.how == "tagged" and m.text not in defined}
    short: dict[str, Mention] = {}
    for mention in mentions:
        if mention.how == "tagged":
            continue
        after = _BRACKETED_AFTER.match(text, mention.end)
        if (
            after is not None
            and after.group(1) in tagged
            and after.group(1) not in short
            and _short_for(after.group(1), mention.text)
        ):
            short[after.group(1)] = mention
    return short


def _short_for(short: str, name: str) -> bool:
    """Whether `short` is written with `name`'s words, or its capitals are the initials of
    as many of `name`'s words, in any order."""
    words_ = [w.lower() for w in _WORD.findall(name)]
    own = [w.lower() for w in _WORD.findall(short)]
    if own and all(w in words_ for w in own):
        return True
    return _capitals(short, 2, 8) and sorted(short) == sorted(_initials(name, compass=False))


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _trade_names(text: str) -> list[str]:
    """Names of capitalised words ending in a word of a trade ("Enterprises", "Farms",
    "Steel") or "Fund": not joined by "and" or "of" to what goes before or after ("Iron and
    Steel at …", "Jindal Steel and Power Limited", "the Research Fund of the University of
    …"), not words of fields alone, and written so outside the first line when that is a title
    in capitals (which writes every word so: "… Signs MoU With Equinor on Floating Wind
    Farms")."""
    body = text.find("\n") + 1 if "\n" in text else 0
    # (a title whose every longer word is capitalised tells no name by its capitals)
    if re.search(r"\b[a-z]{4,}\b", text[:body]):
        body = 0
    names: list[str] = []
    for match in _TRADE_NAME.finditer(text):
        # ("Tonga's Nishi Trading": whose it is, before the name)
        name = re.sub(r"^\S+['’]s\s+", "", match.group(1))
        words_ = name.split()
        if len(words_) < 2:
            continue
        before = text[max(0, match.start(1) - 5) : match.start(1)].lower()
        if (
            name in names
            or re.search(r"\b(?:of|de)\s+$|&\s*$", before)
            or any(w.lower() in TITLE_WORDS or w.lower() in CONNECTORS for w in words_[:1])
            or made_of(" ".join(words_[:-1]), _GENERIC | _NEW_WORDS)
            or not any(start >= body for start, _end in whole_words(text, name))
        ):
            continue
        names.append(name)
    return names


_TRADE_WORDS = _TRADES | {"fund"}
_TRADE_NAME = re.compile(
    r"(?<![\w&'’-])((?:[A-Z][\w&'’.-]*[ \t]+){1,3}"
    rf"(?:{'|'.join(sorted(w.title() for w in _TRADE_WORDS))})"
    r"(?:[ \t]+Group)?)\b"
    r"(?![ \t]+(?:at|of|de|&|[A-Z]))"
)
_NEW_WORDS = frozenset("new the a our their its".split())


def _signing_beside(text: str, found: list[Mention], resolver: Resolver | None) -> list[str]:
    """Names of two to four capitalised words, none a word bodies are named with, that sign
    beside an organisation found ("ABF LT and Klaipeda University signed …", "… y la
    Universidad de Y firman"), written at least twice, that are no place, no title and no
    part of a name found."""
    names: list[str] = []
    for mention in found:
        after = _SIGNING_WITH_NEXT.match(text, mention.end)
        before = _SIGNING_WITH_BEFORE.search(text, max(0, mention.start - 80), mention.start)
        if before is not None and not _SIGNS_NEXT.match(text, mention.end):
            before = None
        for match in (after, before):
            if match is None:
                continue
            name = match.group(1)
            words_ = name.split()
            if (
                name in names
                or any(w.lower() in TITLE_WORDS or w.lower() in CONNECTORS for w in words_)
                or made_of(name, _GENERIC | HEAD_WORDS)
                or _a_place(name, resolver)
                or _a_place(words_[0], resolver)
                or re.search(r"['’]s\b", name)
                or any(name_key(name) in name_key(m.text) for m in found)
                or sum(1 for _ in whole_words(text, name)) < 2
                # (a person: "Aliko Dangote and the University of Lagos signed a gift
                # agreement … Aliko Dangote pledged …")
                or re.search(rf"\b{re.escape(name)}\s+{_PERSON_VERB}", text)
            ):
                continue
            names.append(name)
    return names


_PERSON_VERB = r"(?:said|says|pledged|pledges|added|noted|stated|told|explained|donated|thanked)\b"
_CAPITALISED_NAME = r"([A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){1,3})"


_ARMY_TITLE = re.compile(r"(?:[Tt]he\s+)?Army\s+(?:Chief|Commander|Staff|Chiefs)")
_PROGRAMME_NEXT = re.compile(r"[ \t]+(?:Program|Programme|Project)\b")


def _union_of_states(text: str, mention: Mention) -> bool:
    """ "the European Union", "la Unión Europea": states' union, no body a story names
    (as "the Union of Ukrainians of Romania" is); "Union Education Minister": the Indian
    government's word for a minister's."""
    words_ = [w.lower() for w in _WORD.findall(mention.text)]
    if not any(w in ("union", "unión") for w in words_):
        return False
    if words_[0] in ("the", "la"):
        words_ = words_[1:]
    # (its first two words: "Unión Europea y Cooperación", a ministry's portfolio)
    states = {*words_[:2]} - {"union", "unión"}
    return (
        (
            len(states) == 1
            and states <= DEMONYMS | {"europea", "africana", "soviet", "soviética"}
            and (len(words_) == 2 or words_[2] in ("and", "y"))
        )
        or (words_[0] == "union" and _TITLE_NEXT.match(text, mention.end) is not None)
        # "the Union Territory of Ladakh", "the Union Budget": India's words, no body's
        or words_[:2] in (["union", "territory"], ["union", "budget"], ["union", "cabinet"])
    )


# ("Union Home Minister Amit Shah", "Union Education Minister …")
_TITLE_NEXT = re.compile(
    r"(?:\s+[A-Z][a-z]+)?\s+(?:Minister|Ministry|Secretary|Cabinet|Government)\b"
)


def _split_hyphened_pairs(text: str, found: list[Mention]) -> list[Mention]:
    """ "POSTECH-Far Eastern Federal University Conclude MOU": two bodies joined by a hyphen,
    as titles write them, when the text names each on its own elsewhere (the first in
    capitals, an acronym)."""
    alone = {m.text for m in found}
    split: list[Mention] = []
    for mention in found:
        first, hyphen, rest = mention.text.partition("-")
        if (
            hyphen
            and mention.how == "pattern"
            and first.isupper()
            and len(first) >= 2
            and first in alone
            and rest in alone
        ):
            split.append(Mention(first, mention.start, mention.start + len(first), "acronym"))
            start = mention.start + len(first) + 1
            split.append(Mention(rest, start, mention.end, "pattern"))
        else:
            split.append(mention)
    return split


_COUNTRY_ACRONYM = re.compile(
    r"((?:[A-ZÀ-Þ][\w'’-]+\s+(?:(?:of|de|del|the|los|las)\s+)?){1,4})\(([A-Z]{2,5})\)"
)


def _with_seat_before(text: str, mention: Mention, found: list[Mention]) -> Mention:
    """A company's name with the country of its seat in brackets inside it: "Tingyi (Cayman
    Islands) Holding Corp.", "Huawei Technologies (Thailand) Co., Ltd." (found as what
    follows the brackets); not when the words before the brackets are a name found already
    ("Pusan National University (Korea) Samsung Electronics …")."""
    if kind_from_words(mention.text) != "company":
        return mention
    before = _SEAT_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    if before is None or normalise(before.group(2)) not in country_words():
        return mention
    if before.group(1).split()[0].lower() in CONNECTORS | TITLE_WORDS:
        return mention
    start = before.start(1)
    if any(m.start < mention.start and m.end > start for m in found):
        return mention
    return replace(mention, text=text[start : mention.end], start=start)


_SEAT_BEFORE = re.compile(
    r"(?<![\w'’-])([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,2}) \(([A-Z][\w ]{1,28})\) $"
)


# ("(ANI/NewsVoir):": an agency and the wire it came through)
_AGENCY = re.compile(
    r"[^\n]{0,100}?(?:\(\s*([A-Z][\w.&-]{1,15})(?:\s*/\s*[\w.&-]{1,20})?\s*\)|,\s*([A-Z]{2,6}))"
    r"\s*(?::|--|—|–)"
    # "Addis Ababa, January 19/2024 (ENA) Haramaya University …": after the date
    r"|[^\n]{0,100}?\d[^\n(\d]{0,10}?\(\s*([A-Z][\w.&-]{1,15})\s*\)[ \t]+(?=[A-Z])"
)
# (a paragraph that begins with a place, one or two words, and the agency: not a list of
# partners, "Universiti Malaya (UM): leads …")
_AGENCY_LATER = re.compile(
    r"(?:\A|\n[ \t]*\n)[ \t]*(?P<place>[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*)?),?[ \t]*"
    r"\([ \t]*([A-Z]{2,8})(?:[ \t]*/[ \t]*[\w.&-]{1,20})?[ \t]*\)[ \t]*(?::|--|—|–)"
)
# legal forms and documents written before a quoted name ('PJSC "Ukrnafta"', 'MoU "…"')
_NOT_QUOTED_OWNERS = frozenset(
    """jsc ojsc pjsc cjsc njsc llc llp jv sue fsue ooo oao zao pao ao too tov se ltd plc
    mou moa phd""".split()
)
_ACRONYM_QUOTED = re.compile(
    r"\b([A-Z][A-Za-z]{1,7})[ \t]*(?:\"([^\"\n]{2,60})\"|“([^”\n]{2,60})”|«([^»\n]{2,60})»)"
)


def _quoted_holders(match: re.Match[str], resolver: Resolver | None) -> set[int]:
    """The registry's names an acronym and its quoted words (`_ACRONYM_QUOTED`) may write
    short: an acronym in capitals that is no legal form, document nor country, before an
    acronym ("KhPI") or a name with its kind word in quotes."""
    acronym = match.group(1)
    quoted = next(g for g in match.groups()[1:] if g is not None)
    if (
        resolver is None
        or not acronym.isupper()
        or acronym.lower() in NOT_NAMES | _NOT_QUOTED_OWNERS
        or normalise(acronym) in country_words()
        or not (
            (" " not in quoted and sum(c.isupper() for c in quoted) >= 2)
            or any(w.lower() in HEAD_WORDS for w in _WORD.findall(quoted))
        )
    ):
        return set()
    return resolver.quoted.get(quoted_key(acronym, quoted), set())


_RECTORS_BODY = re.compile(
    r"\b(?:Conference|Conferencia|Conférence|Consejo|Conselho|Council)\s+(?:of|de|des)\s+"
    r"(?:Rectors|Rectores|Reitores|Recteurs|Presidents|Presidentes|Vice-Chancellors)"
    # ("Conferencia de Rectores y Rectoras de las Universidades Españolas")
    r"(?:\s+(?:y|e|and)\s+(?:Rectoras|Reitoras|Rectores))?"
    r"(?:\s+(?:of|de|des|del|das|dos)\s+(?:(?:the|las|los|la|el|as|os)\s+)?"
    # (not "el Consejo de Rectores del Consorcio Europeo de …": a network's own council)
    r"(?!(?:Consorcio|Consortium|Alliance|Alianza|Red|Network)\b)"
    r"[A-ZÁÉÍÓÚ][\w'’-]+(?:\s+(?:(?:de|of|y|and|e)\s+)?[A-ZÁÉÍÓÚ][\w'’-]+)*)"
)
# A country's mission written in lower case: "the German embassy in Tunis", "the embassy of
# India in Uzbekistan", "la embajada de Filipinas en México", "la embajada española en Moscú"
# (whose it is said by a country's name or its people's; "the embassy" alone names none)
_PLACE_WORDS = (
    r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*)?"
    r"(?:\s+(?:of|de)\s+(?:the\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*)?"
)
_MISSION_LOWER = re.compile(
    rf"\b(?:(?:[Tt]he|[Ii]ts|[Aa]n?)\s+(?P<whose>{_PLACE_WORDS})\s+"
    rf"(?:embassy|consulate(?:[- ]general)?)(?:\s+in\s+(?P<in>{_PLACE_WORDS}))?"
    rf"|(?:[Tt]he\s+)?(?:embassy|consulate(?:[- ]general)?)\s+of\s+(?:the\s+)?"
    rf"(?P<of>{_PLACE_WORDS})(?:\s+in\s+(?P<in2>{_PLACE_WORDS}))?"
    rf"|(?:(?:[Ll]a|[Ee]l|[Uu]na?)\s+)?(?:embajada|consulado(?:\s+general)?)\s+"
    rf"(?:del?\s+(?:la\s+|los\s+|las\s+)?(?P<de>{_PLACE_WORDS})(?:\s+en\s+(?P<en>{_PLACE_WORDS}))?"
    rf"|(?P<adjective>[a-záéíóúñ]+)\s+en\s+(?P<en2>{_PLACE_WORDS})))"
)
_UNIT_OF_MISSION = re.compile(
    r"\b[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?:(?:de|of|for|para)\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*)*"
    r"\s+(?:de\s+la|del|of\s+the)\s+$"
)
# the peoples' adjectives Spanish names a mission with ("la embajada española")
_SPANISH_DEMONYMS = frozenset(
    """española espanola china japonesa coreana india alemana francesa italiana británica
    britanica estadounidense norteamericana rusa mexicana argentina chilena colombiana
    peruana cubana brasileña brasilena canadiense turca iraní irani egipcia marroquí
    marroqui portuguesa polaca ucraniana kazaja uzbeka vietnamita tailandesa indonesia
    filipina australiana sueca noruega finlandesa danesa holandesa neerlandesa belga suiza
    austriaca griega israelí israeli saudí saudi paraguaya uruguaya boliviana ecuatoriana
    venezolana panameña panamena dominicana hondureña hondurena guatemalteca salvadoreña
    salvadorena nicaragüense nicaraguense costarricense taiwanesa""".split()
)


def _lower_case_missions(text: str) -> list[tuple[int, int]]:
    """Where the text names a country's mission in lower case, and whose it says it is."""
    found = []
    for match in _MISSION_LOWER.finditer(text):
        whose = match.group("whose") or match.group("of") or match.group("de")
        if whose is not None:
            words_ = whose.split()
            if not (
                normalise(whose) in country_words()
                or normalise(whose) in country_words_translated()
                or (len(words_) > 2 and countries_in(whose))
                or all(w.lower() in DEMONYMS for w in words_)
            ):
                continue
        elif (match.group("adjective") or "") not in _SPANISH_DEMONYMS:
            continue
        start = match.start()
        head = re.match(r"(?:[Tt]he|[Ii]ts|[Aa]n?|[Ll]a|[Ee]l|[Uu]na?)\s+", match.group())
        if head is not None:
            start += head.end()
        # "la Consejería de Cultura de la embajada de Irán": a unit of the mission, named with
        # it
        unit = _UNIT_OF_MISSION.search(text, max(0, start - 80), start)
        if unit is not None:
            start = unit.start()
        found.append((start, match.end()))
    return found


_QUOTED_COMPANY = re.compile(
    r"\b(?:JSC|OJSC|PJSC|CJSC|NJSC|LLC|LLP|JV|SUE|FSUE|OOO|OAO|ZAO|PAO|AO|TOO)\s+"
    r"(?:\"[^\"\n]{2,60}\"|“[^”\n]{2,60}”|«[^»\n]{2,60}»)|"
    # '“Azerenerji” JSC': the name in quotes, then the legal form
    r"(?:\"[A-Z][^\"\n]{1,60}\"|“[A-Z][^”\n]{1,60}”|«[A-Z][^»\n]{1,60}»)\s+"
    r"(?:JSC|OJSC|PJSC|CJSC|NJSC|LLC|LLP|JV|FSUE|OOO|OAO|ZAO|PAO|TOO)\b"
    # (not a project's name before the legal form of the next: 'the project "Digital
    # University" JSC "Kazakhtelecom"')
    r"(?!\s*[\"“«])"
)
# "B. Braun Medical Industries Sdn. Bhd.": capitalised words, then a Malaysian company's
# legal form (not the article before them)
_BHD_COMPANY = re.compile(
    r"\b(?!(?:The|A|An|With|And|By)\s)[A-Z][\w&'’-]*\.?(?:\s+(?:[A-Z][\w&'’-]*\.?|&)){0,5}"
    r"\s+(?:Sdn\.?\s*Bhd|Berhad)\b\.?"
)
_COUNTRY_COMPANY = re.compile(
    r"\b(?!(?:The|A|An|With|And|By)\s)[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}"
    r"\s+\(([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}|[A-Z]{2,6})\)\s+"
    r"(?:Co\.,?\s*Ltd\.|Co\.,?\s*Ltd\b|Pvt\.?\s*Ltd\b\.?|Ltd\b\.?|Limited\b|Inc\b\.?|"
    r"Corporation\b|Corp\b\.?|LLC\b|GmbH\b|S\.A\.|Sdn\.?\s*Bhd\b|Pte\.?\s*Ltd\b\.?)"
)
_COMPANY_NAME_STOPS = frozenset("with and on in at by for the a an from to of mou moa".split())
_MINISTRY = re.compile(
    r"(?:Ministry|Ministerio|Minist[eè]re|Department|Secretar(?:[ií]a|iat|y)) (?:of|de|for|del)\b"
)
_FIELDS_AFTER = re.compile(
    r"(?:,\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)+,?\s+(?:and|y|e|et)\s+[A-Z]\w+(?:\s+[A-Z]\w+)?"
    r"(?=[\s,.;)]|$)"
)
_NETWORK_NAMED = re.compile(
    r"\b(?:university|universities|research|academic)\s+(?:alliance|network|consortium)[ \t]+"
    r"(?!(?:of|for|and|in|on|to|President|Chair|Secretary)\b)"
    r"([A-Z][\w&’'-]+(?:\s+[A-Z][\w&’'-]+){0,2})"
)
_AT_COUNTRY = re.compile(r"\s+at\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$")
_NAMED_NETWORK = re.compile(
    r"\b(?:join(?:s|ed|ing)?|member of|members of)\s+the\s+"
    r"((?:[A-Z][\w&’'-]*\s+){0,4}[A-Z][\w&’'-]*)\s+(?:network|alliance|consortium)\b"
)
_GOVERNMENT_LOWER = re.compile(
    # (not "la secretaría de Relaciones Internacionales", a university's office)
    r"\b(?:[Ee]l)\s+(ministerio\s+(?:de|del)\s+"
    r"[A-ZÁÉÍÓÚ][\w]+(?:\s+(?:(?:de|del|y|e|la)\s+)?[A-ZÁÉÍÓÚ][\w]+)*)|"
    r"\b[Tt]he\s+((?<![A-Z])[A-Z][\w-]+(?:\s[A-Z][\w-]+)?\s+(?:municipal|provincial|city|"
    r"prefectural|regional)\s+government)\b"
)
# A sentence that opens with one word, what it is between commas perhaps, then a signing of a
# document with someone named in capitals
_ONE_WORD_SIGNER = re.compile(
    r"(?:^|\n|[.!?]\s+)([A-Z][\w&-]{3,})(?:,\s+(?:the|a|an)\s+[^,.;]{3,80},)?\s+"
    r"(?:(?:has|have|recently|today|yesterday|formally|officially|also)\s+){0,2}"
    r"(?:signed|signs|concluded|concludes|inked|inks|sealed|seals|entered\s+into|enters\s+into)"
    r"\s+(?:an?|the|two|three)\s+(?:[\w-]+\s+){0,4}?(?i:memorandum|mou|moa|agreement|"
    r"partnership)\b[^.;]{0,80}?\bwith\s+(?:the\s+)?[A-Z]"
)


def _one_word_body(text: str, name: str, resolver: Resolver | None) -> bool:
    """Whether a word a sentence opens with, signing a document, names a body: no acronym
    (read as acronyms are), title, head word, nationality, country or city, written again
    within a sentence, and never beside another word in capitals (as a person's name is) but
    a title after it ("Mobitel Chairman …")."""
    lower = name.lower()
    if (
        name.isupper()  # an acronym, read as acronyms are
        or lower in NOT_NAMES
        or lower in HEAD_WORDS
        or lower in TITLE_WORDS
        or lower in DEMONYMS
        or normalise(name) in country_words()
        or (resolver is not None and name_key(name) in resolver.cities)
    ):
        return False
    written = list(whole_words(text, name))
    again = [
        start
        for start, _end in written
        if not re.search(r"(?:^|\n|[.!?:]\s+)$", text[max(0, start - 3) : start])
    ]
    # (nor before one: "Wang Enge", a given name after the family name; but "Mobitel CEO …",
    # "Mobitel Managing Director …", a title of its)
    return bool(again) and not any(
        re.search(r"[A-Z][\w.'’-]*\s+$", text[max(0, start - 30) : start])
        or (
            (after := re.match(r"\s+([A-Z][a-z][\w'’-]*)", text[end : end + 40])) is not None
            and after.group(1).lower() not in TITLE_WORDS | HEAD_WORDS
            and after.group(1).lower() not in ("managing", "chief", "group", "executive")
        )
        for start, end in written
    )


_COMPANY_NAMED = re.compile(
    # ("the Italian company Maire Tecnimont Group", "la empresa china Huawei")
    # (not "la firma de Convenios", the signing of agreements)
    r"\b(?:la firma|[Ll]a (?:empresa|compañía)(?:\s+(?:[a-záéíóúñ]+"
    r"(?:ana|ena|ina|esa|ola|eña|ica|ense|ita)|china|rusa|estatal|privada|multinacional|minera|"
    r"petrolera))?|"
    r"the (?:[A-Z][a-z]+(?:an|ish|ese|i|ic|ch) )?(?:company|firm)|"
    r"The [A-Z][a-z]+(?:an|ish|ese|i|ic|ch) (?:company|firm)|"
    r"the (?:state(?:-owned)? )?enterprise|"
    # "Chinese tech company Huawei", "IT major Infosys", "oil giant Shell", "mobile network
    # operator NetOne", "design firm Italdesign"
    r"(?:tech|technology|telecom|telecommunications|IT|energy|oil|mining|software|chip|steel|"
    r"automotive|engineering|pharmaceutical|consulting|logistics|network|design|electronics|"
    r"internet|media|insurance|investment|construction|aerospace|semiconductor|biotech|fintech|"
    r"e-commerce)\s+(?:company|firm|giant|major|group|maker|manufacturer|operator|conglomerate|"
    r"provider|developer|start-?up)|automaker|carmaker|chipmaker)\s+"
    r"(?!(?:President|Chairman|Chief|CEO|Director|Vice|Head|Managing|Executive)\b)"
    r"([A-Z][\w&’'-]+(?:\s+(?:de\s+)?[A-Z][\w&’'-]+){0,3})"
)
# Letters after a person's name: "Bambang Santoso, M.Sc., IPU.", "Rina Pratiwi, S.IP., M.A."
_DEGREE_BEFORE = re.compile(r"\b[A-Z][a-z]?\.\s?[A-Z]?[A-Za-z]{0,3}\.,\s*$")
_DEGREES_BEFORE = re.compile(
    r"\b(?!U\.S\b|D\.C\b|U\.K\b|U\.A\.E\b)[A-Z][a-z]?\.\s?[A-Z][A-Za-z]{0,3}\.?,\s*"
    r"(?:(?:[A-Z][a-z]?\.\s?[A-Z][A-Za-z]{0,3}\.?|[A-Z]{2,5}),\s*)*$"
)
_LEADING_TITLES = frozenset(
    "dean director rector chancellor registrar provost chairman chairperson principal".split()
)
# Who meets at forums, in the plural
_PEOPLE = frozenset(
    "leaders students scientists researchers heads experts scholars rectors presidents deans"
    " chancellors ministers".split()
)
# Capitals that are no organisation: a number in Roman figures ("the III Forum"), a country
# ("Kashgar (PRC)", "the UAE")
_NOT_ACRONYM = re.compile(
    r"(?:[IVXLC]{1,6}|PRC|USA|UAE|KSA|ROK|DPRK|RSA|UK|US|EU"
    # currencies: "4 million USD"
    r"|USD|EUR|GBP|CNY|RMB|JPY|INR|CAD|AUD|NZD|CHF|RUB|KRW|MYR|SGD|HKD|AED|SAR|ZAR|BRL|MXN"
    # fields ("its 6th ICT Academy", "AI solutions") and what follows a person's name
    # ("Professor John Latham CBE", "Jane Doe FRS")
    r"|ICT|IT|AI|IoT|STEM|STEAM|ESG|HR|CBE|OBE|MBE|KBE|DBE|FRS|FREng|FRSE|FBA|FMedSci|OAM|IAS"
    r"|IPS)$"
)


_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_SIGNED_WITH = re.compile(
    r"\b(?:signed|concluded|renewed|inked|agreement|memorandum|mo[ua]|partnership)\s+with\s+$",
    re.IGNORECASE,
)


# "Infosys (NSE, BSE, NYSE: INFY)", "Siemens AG (FWB: SIE)": a company and where it is listed
_LISTING = re.compile(
    r"\b([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2}) \((?=[^()]*\b(?:NSE|BSE|NYSE|Nasdaq|NASDAQ|LSE|TSX|"
    r"ASX|SGX|HKEX|KRX|TSE|SSE|SZSE|Euronext|XETRA|FWB|IDX|SET|Bursa)\b)[^()]*:[^()]*\)"
)
# "across the ASEAN region", "EU countries": an acronym that says where, not who
_REGION_AFTER = re.compile(
    r"\s+(?:region|regions|countries|member states|nations|economies|ministers)\b|[–—]\w",
    re.IGNORECASE,
)
# "… research in carbon capture and storage (CCS)": an acronym after words in lower case
_TERM = re.compile(r"((?:\b[a-z][\w-]*\s+){1,6})\(([A-Z]{2,6})s?\)")


def _names_no_body(text: str, token: Token, terms: set[str]) -> bool:
    """A word in capitals that names a thing the text defined ("carbon capture and storage
    (CCS)") or a place ("the ASEAN region"), not an organisation."""
    return token.text in terms or _REGION_AFTER.match(text, token.end) is not None


def _no_acronym(text: str, tokens: list[Token], k: int, defined: dict[str, Mention]) -> bool:
    """A word in capitals that is no organisation's acronym: a Roman numeral or a country's
    ("PRC"), letters after a person's name ("M.Sc., IPU."), or a family name in capitals
    ("Prof. LIU Jianhua")."""
    token = tokens[k]
    # (not one before a title: "Maitree Inprasitha, Ph.D., KKU Vice President for …")
    titled = k + 1 < len(tokens) and tokens[k + 1].lower in TITLE_WORDS
    return bool(
        _NOT_ACRONYM.match(token.text)
        or (_DEGREE_BEFORE.search(text, max(0, token.start - 12), token.start) and not titled)
        # "Dr. Dompak Pasaribu S.E, M.Si, CPA, CACP": letters in a run of a person's degrees
        or (_DEGREES_BEFORE.search(text, max(0, token.start - 40), token.start) and not titled)
        or _family_name(text, tokens, k, defined)
    )


def _terms(text: str) -> set[str]:
    """Acronyms the text defines for words in lower case, whose letters fit them: things
    ("carbon capture and storage (CCS)", "artificial intelligence (AI)"), not bodies; and
    for what a title is about ("Pro Vice-Chancellor, Academic and Student Affairs (ASA)")."""
    found = {m.group(2) for m in _TERM.finditer(text) if _fits(m.group(2), m.group(1))}
    for m in _PORTFOLIO.finditer(text):
        words_ = _name_words(m.group(1))
        # (or "the General Bilateral Agreement (GBA)", "the Belt and Road Initiative (BRI)":
        # a document's or a plan's name)
        if (
            words_
            and (
                all(w in DOMAIN_WORDS and w not in HEAD_WORDS for w in words_)
                or words_[-1] in _PLANS
            )
            and _fits(m.group(2), m.group(1))
        ):
            found.add(m.group(2))
    return found


_PLANS = frozenset("agreement agreements memorandum protocol treaty accord".split())


_PORTFOLIO = re.compile(r"((?:\b[A-Z][\w-]*(?:\s+(?:and|&|of|for)\s+|\s+)){1,6})\(([A-Z]{2,6})s?\)")


def _family_name(text: str, tokens: list[Token], k: int, defined: dict[str, Mention]) -> bool:
    """A family name in capitals before the given name, as Chinese, Japanese and Korean
    universities write them ("Prof. LIU Jianhua", ", LIU Jianhua and Dr. …"): no acronym.
    Not an acronym the text defines, nor one after "of" ("… of KNU Bakyt Osmonov")."""
    token = tokens[k]
    if not token.text.isupper() or not token.text.isalpha() or token.text in defined:
        return False
    if given_name_before(text, tokens, k):
        return True  # "Prof. Dr. Murat SARI, Rector of …": the family name after the given
    if k + 1 >= len(tokens):
        return False
    before = tokens[k - 1].lower if k else ""
    after_title = before in TITLE_WORDS and text[tokens[k - 1].end : token.start].strip(" .") == ""
    after_comma = k == 0 or text[tokens[k - 1].end : token.start].strip() in (",", ".", ";")
    if not (after_title or after_comma):
        return False
    if after_title and any(
        t.text == token.text and n != k and _given_after(text, tokens, n)
        for n, t in enumerate(tokens[:-1])
    ):
        return True  # "President LIU" after "RUC President LIU Wei"
    return _given_after(text, tokens, k)


def _given_after(text: str, tokens: list[Token], k: int) -> bool:
    """Whether a given name follows the word at k ("LIU Jianhua")."""
    given = tokens[k + 1]
    return (
        text[tokens[k].end : given.start] == " "
        and given.text[:1].isupper()
        and given.text[1:].islower()
        and len(given.text) > 2
        and given.lower not in HEAD_WORDS
        and given.lower not in TITLE_WORDS
        and given.lower not in NOT_NAMES
        and given.lower not in CONNECTORS
        # ("SDUT Signs a Strategic Cooperation Agreement with …": a headline's verb)
        and given.text not in _HEADLINE_VERBS
    )


def given_name_before(text: str, tokens: list[Token], k: int) -> bool:
    """A family name in capitals after the given name and a title, as Turkish or French news
    writes them ("Prof. Dr. Murat SARI", "M. Jean DUPONT")."""
    if k < 2 or not tokens[k].text.isupper() or not tokens[k].text.isalpha():
        return False
    given, title = tokens[k - 1], tokens[k - 2]
    return (
        text[given.end : tokens[k].start] == " "
        and given.text[:1].isupper()
        and given.text[1:].islower()
        and len(given.text) > 2
        and given.lower not in HEAD_WORDS
        and given.lower not in TITLE_WORDS
        and given.lower not in NOT_NAMES
        and title.lower in TITLE_WORDS
        and text[title.end : given.start].strip(" .") == ""
    )


def _telling_words(
    text: str, found: list[Mention], resolver: Resolver | None = None
) -> list[Mention]:
    """Where the text names an organisation by the one telling word of its name ("Cranfield"
    for "Cranfield University"; "Viadrina" for "European University Viadrina Frankfurt (Oder)",
    the registry's "European University Viadrina"), listed with another organisation ("NUAA
    and Cranfield"), after a signing "with" once named in full ("the memorandum UCC signed
    with Hohenheim"), before a person's title ("Viadrina President Prof. …") or as "the
    Viadrina's": alone, "Delhi" may be the city."""
    words_found = []
    ends = sorted(m.end for m in found)
    starts = sorted(m.start for m in found)
    for mention in list(found):
        names = [mention.text]
        if mention.key is not None and resolver is not None:
            names.append(resolver.entries[resolver.by_key[mention.key]].name)
        # (not a country after it, "Mahidol University of Thailand", nor a legal form, "PT
        # Pertamina (Persero)")
        tellings = [
            [
                w
                for w in _WORD.findall(n)
                if w.lower() not in HEAD_WORDS | CONNECTORS | _LEGAL_WORDS
                and normalise(w) not in country_words()
            ]
            for n in names
        ]
        telling = next((t for t in tellings if len(t) == 1), [])
        if len(telling) != 1 or len(telling[0]) < 4 or not telling[0][0].isupper():
            continue
        word = telling[0]
        if word.lower() in NOT_NAMES or normalise(word) in country_words():
            continue
        for start, end in whole_words(text, word, not_before="'’-"):
            # (after "'s": "Makerere's Deputy Vice Chancellor")
            gap = re.match(r"(?:['’]s)? ", text[end : end + 3])
            after = _WORD.match(text, end + gap.end()) if gap else None
            # "Pertamina's Senior Vice President": a title within the next words
            ahead = _WORD.findall(text, end + gap.end(), end + gap.end() + 30)[:3] if gap else []
            titled = (
                start > mention.start
                and after is not None
                and after.group()[:1].isupper()
                and (
                    after.group().lower() in _HEAD_TITLES
                    or (
                        bool(gap and gap.group().startswith(("'", "’")))
                        and any(w.lower() in _HEAD_TITLES for w in ahead)
                        and all(w[:1].isupper() for w in ahead)
                    )
                )
            ) or (
                # "in the Senate Hall of the Viadrina's main building"
                start > mention.start
                and text[max(0, start - 4) : start] == "the "
                and _POSSESSIVE_END.match(text[end : end + 2]) is not None
            )
            if _CAPITAL_NEXT.match(text, end) and not titled:
                continue  # "Cranfield University" again, not "Cranfield" alone
            signed_with = start > mention.start and _SIGNED_WITH.search(
                text, max(0, start - 40), start
            )
            # "the Dean of the Faculty of Public Health at Mahidol, …": whose unit it is
            unit_at = start > mention.start and _UNIT_AT.search(text, max(0, start - 60), start)
            if (
                resolver is not None
                and not titled
                and name_key(word) in resolver.cities
                and any(
                    re.fullmatch(r",[ \t]*", text[e:start]) for e in ends if start - 4 < e <= start
                )
            ):
                continue  # "(1) Asia University, Tokyo, (2) …": where the name before is
            if (
                titled
                or signed_with
                or (unit_at and not _CAPITAL_NEXT.match(text, end))
                or _listed_beside(text, start, end, ends, starts)
            ):
                words_found.append(Mention(word, start, end, "pattern"))
    return words_found


# the most characters between two names listed together ("NUAA and Cranfield")
_LISTED_GAP = 40


def _listed_beside(text: str, start: int, end: int, ends: list[int], starts: list[int]) -> bool:
    """Whether a name ends just before `start`, or begins just after `end`, with only a comma
    or "and" between (`ends`, `starts`: where the names found end and begin, sorted)."""
    before = ends[bisect.bisect_left(ends, start - _LISTED_GAP) : bisect.bisect_right(ends, start)]
    after = starts[bisect.bisect_left(starts, end) : bisect.bisect_right(starts, end + _LISTED_GAP)]
    return any(_LISTED_WITH.fullmatch(text, e, start) for e in before) or any(
        _LISTED_WITH.fullmatch(text, end, b) for b in after
    )


def _leading_capitals(
    text: str, tokens: list[Token], found: list[Mention], phrase: set[int]
) -> list[Mention]:
    """Where the text names an organisation the registry lacks by the word in capitals its
    name begins with ("ENLIGHT" for "ENLIGHT European University Alliance", "ASELSAN" for
    "ASELSAN Inc."): a word of at least four letters, not a country's, not inside another
    name (no capitalised word right before it; "the ENLIGHT Rectors' Board" is its board),
    after the name (not "the ASEAN region" before
    "the ASEAN University Network")."""
    starts = {t.start: k for k, t in enumerate(tokens)}
    words_found = []
    for mention in list(found):
        k = starts.get(mention.start)
        if mention.key is not None or mention.how != "pattern" or k is None or k in phrase:
            continue
        word = tokens[k].text
        if (
            not (word.isupper() and word.isalpha() and len(word) >= 4)
            or word == mention.text
            or normalise(word) in country_words()
        ):
            continue
        for n, token in enumerate(tokens):
            if token.text != word or n in phrase or token.start < mention.start:
                continue
            if text.startswith(mention.text, token.start):
                continue  # the name in full again ("ENLIGHT European …")
            if n and tokens[n - 1].text[:1].isupper() and _joined(text, tokens[n - 1], token):
                continue  # in another name ("the EU ENLIGHT …")
            words_found.append(Mention(word, token.start, token.end, "pattern"))
    return words_found


# Bodies inside an organisation, named alone ("the Party Committee", "the Senate")
_INNER_BODIES = frozenset("committee board senate council standing presidium".split())
# A company's legal form, with the Indonesian and post-Soviet ones written before a name ("PT
# Pertamina (Persero)", "JSC …")
_LEGAL_WORDS = LEGAL_WORDS | _FOREIGN_LEGAL_FORMS | frozenset("pt tbk persero jsc".split())
# joint-stock companies' other legal forms ("Kazakhtelecom JSC", "Gazprom PJSC")
_JOINT_STOCK = frozenset("ojsc pjsc cjsc njsc".split())
# Words a body's name begins with after an article that is no part of it
_ARTICLE_HEADS = frozenset(
    "ministerio ministère ministero universidad université università universidade instituto"
    " institut istituto secretaría fundación fundação consejo conseil agencia gobierno"
    " ayuntamiento cabildo municipalidad alcaldía diputación embajada consulado".split()
)
# The units of an organisation named with it: "the Faculty of Public Health at Mahidol",
# "UGM's Faculty of Medicine"
UNITS_OF = frozenset(
    "faculty school department institute college centre center office division".split()
)
_UNIT_AT = re.compile(
    rf"\b(?:{'|'.join(sorted(w.capitalize() for w in UNITS_OF))})\s+of\s+"
    r"(?:[A-Z][\w-]*\s+(?:and\s+)?){1,5}at\s+$"
)
# The titles of the heads of organisations: "Viadrina President", "Cranfield Vice-Chancellor"
_HEAD_TITLES = frozenset(
    "president rector vice chancellor principal provost dean director ceo chairman deputy"
    " registrar acting".split()
)


def _without_legal_form(text: str, found: list[Mention]) -> list[Mention]:
    """Where the text names a company it named with its legal form ("Hayleys Agriculture
    Holdings Ltd.", "Huawei Technologies (Thailand) Co., Ltd.") by the name before that form
    ("Hayleys Agriculture", "Huawei Technologies"), after it."""
    words_found = []
    for mention in list(found):
        short = _LEGAL_FORM_END.sub("", mention.text)
        if short == mention.text or len(short) < 4 or _generic(short) or " " not in short.strip():
            continue
        for start, end in whole_words(text, short, not_before="'’-"):
            if start > mention.start and not text.startswith(mention.text, start):
                words_found.append(Mention(short, start, end, "pattern"))
    return words_found


_LEGAL_FORM_END = re.compile(
    r"(?:\s*\([A-Z][a-z]+(?: [A-Z][a-z]+)?\))?(?:[\s.,]+(?:Holdings|Group|Co|Company|Corp|"
    r"Corporation|Ltd|Limited|Inc|PLC|LLC|GmbH|AG|Pvt|Pte|Private|Tbk))+\.?$"
)


def _employers(text: str) -> set[str]:
    """The names after a title behind a person's name ("…, Executive Vice President: Technology
    at Sasol", "…, Deputy Mayor for Economic Affairs of Ulsan Metropolitan City"): not what the
    title is about ("Director of Medical Services"), no country, one word only after "at" (not
    "Professor of Chemistry")."""
    found = set()
    for match in _EMPLOYER.finditer(text):
        words_ = [w.lower() for w in _WORD.findall(match.group(3))]
        # after a person's name ("Park Sang-hyun, Executive …"), not "… of the forum, Rector of
        # KazNU Nurlan Seitkali and …"
        if not re.search(r"[A-Z][\w'’.-]*\s*$", text[max(0, match.start() - 40) : match.start()]):
            continue
        if (
            match.group(1).lower() in TITLE_WORDS
            # "President of UU's Executive Board", "Chair of the ENLIGHT Rectors' Board" work
            # at UU and ENLIGHT, named on their own elsewhere
            and not re.search(r"\w['’]s?\s", match.group(3))
            and not any(w in HEAD_WORDS or w in NOT_NAMES or w in _SUBJECT_WORDS for w in words_)
            # not "Member of the Standing Committee of the Party Committee": a body inside one
            and not all(w in TITLE_WORDS or w in _INNER_BODIES for w in words_)
            and name_key(match.group(3)) not in country_words()
            and (len(words_) > 1 or match.group(2) == "at")
        ):
            found.add(match.group(3))
    return found


def _company_words(text: str, tokens: list[Token], resolver: Resolver) -> list[Mention]:
    """Every place the text names, by one capitalised word, a company the registry knows by
    that name, when it does so twice or more, seldom after "the"."""
    places: dict[str, list[Token]] = {}
    for k, token in enumerate(tokens):
        word = token.text
        if not (len(word) >= 4 and word[0].isupper() and word[1:].islower() and word.isalpha()):
            continue
        # on its own: no capitalised word right before or after it ("Ural Power Engineering")
        alone = not any(
            0 <= n < len(tokens)
            and tokens[n].text[:1].isupper()
            and text[min(token.end, tokens[n].end) : max(token.start, tokens[n].start)].strip()
            # (nor "the Rectors' Forum": a word of a name after a plural possessive; not
            # "Siemens' Korean subsidiary", the company's own)
            in (("", "-", "'", "’") if n < k else ("", "-"))
            for n in (k - 1, k + 1)
        )
        if alone:
            places.setdefault(word, []).append(token)
    found = []
    for word, where in places.items():
        lower = word.lower()
        # mostly after "the": a river, a region ("the Amazon"), not a company ("the Huawei
        # academy" among six times "Huawei")
        the = sum(
            bool(re.search(r"\bthe\s+$", text[max(0, t.start - 5) : t.start], re.I)) for t in where
        )
        if (
            len(where) - the < 2
            or 2 * the >= len(where)
            or lower in NOT_NAMES
            or lower in HEAD_WORDS
            or lower in TITLE_WORDS
            or lower in country_words()
            or _generic(word)
            or name_key(word) in resolver.cities
        ):
            continue
        if _companies_only(word, resolver):
            found += [Mention(word, t.start, t.end, "registry") for t in where]
    return found


def _companies_only(name: str, resolver: Resolver) -> bool:
    """Whether the registry holds the name, for companies only."""
    holders = resolver.full.get(name_key(name), set())
    return bool(holders) and all(resolver.entries[p].kind == "company" for p in holders)


def _company_in_capitals(word: str, resolver: Resolver) -> bool:
    """A word in capitals, five letters or more, that is the name of companies of the
    registry only, and of no one's acronym: "PETRONAS" (not "CHESS", a programme)."""
    if len(word) < 5 or not word.isalpha() or not word.isupper():
        return False
    return _companies_only(word, resolver) and acronym_form(word) not in resolver.acronyms


def _registry_longer(text: str, start: int, end: int, resolver: Resolver) -> tuple[int, int]:
    """The mention's span grown to a name of the registry that holds more of the text around
    it (see _PLACE_AFTER and _SHORT_BEFORE), else as it was."""
    after = _PLACE_AFTER.match(text, end)
    if (
        after is not None
        and after.group().lstrip().startswith("(")
        and _capitals(after.group(1), 2, 8)
    ):
        after = None  # "Singapore Management University (SMU)": its acronym, not a place
    if after is not None and (
        name_key(after.group(1)) not in country_words()
        # "The British University in Egypt", "Islamic University in Uganda": a country after
        # "in" is a word of a name the registry knows so (not "Tsinghua University, China")
        or re.match(r"\s+(?:in|en)\s", after.group()) is not None
    ):
        # (the place's words, fewer and fewer: "University of California, Santa Cruz and
        # Dartmouth College")
        stops = [after.end(), after.end(1)] + [
            after.start(1) + w.end()
            for w in reversed(list(re.finditer(r"[A-Z][\w'’-]*", after.group(1))))
        ]
        for stop in stops:
            last = _WORD.findall(text[start:stop])[-1:]
            if last and last[0].lower() in CONNECTORS:
                continue  # (not "Makerere University, The": an article)
            if text[start:stop].count(")") != text[start:stop].count("("):
                # (not "(a member of Vietnam National University, Hanoi)": its close; nor
                # "Lucian Blaga University (Sibiu, Romania)": a bracket it opens, not closed)
                continue
            if _begins_next_name(text[stop : after.end(1)]):
                # ("China University of Petroleum, Beijing Forestry University, …": the
                # place begins the next name of a list)
                continue
            if name_key(text[start:stop]) in resolver.full:
                end = stop
                break
    before = _SHORT_BEFORE.search(text, max(0, start - 16), start)
    if before is not None and name_key(text[before.start() : end]) in resolver.full:
        start = before.start()
    # "Royal Holloway, University of London": words in capitals and a comma before it
    before = _COMMA_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and name_key(text[before.start() : end]) in resolver.full:
        start = before.start()
    return start, end


def _begins_next_name(rest: str) -> bool:
    """Whether the words after a place ("Beijing") go on to a name's kind without a break
    (" Forestry University"): the place is the first word of that name."""
    words_ = _WORD.findall(rest)
    return (
        rest[:1].isspace()
        and bool(words_)
        and words_[0][:1].isupper()
        and words_[0].lower() not in CONNECTORS
        and words_[-1].lower() in HEAD_WORDS
    )


def _campus_of_shared_acronym(written: str, resolver: Resolver) -> str:
    """ "university" for a name the registry lacks that is an acronym mostly universities
    share (two at least) and a word after it ("IIT Roorkee"), else ""."""
    first, _, rest = written.partition(" ")
    if not rest or not first.isupper():
        return ""
    universities, holders = _universities_holding(first, resolver)
    return "university" if universities >= 2 and 2 * universities > holders else ""


def _universities_holding(acronym: str, resolver: Resolver) -> tuple[int, int]:
    """How many universities of the registry hold the acronym, and how many bodies do."""
    holders = resolver.acronyms.get(acronym_form(acronym), ())
    return sum(resolver.entries[p].kind == "university" for p in holders), len(holders)


def _national_school_in(text: str, start: int, end: int) -> int:
    """Where a name ends that is a nation's word and the word for a school, then where it is
    after "in": "the American University in Emirates", "the British University in Cairo" (a
    name of its own, not American University in Washington nor the word for any American
    university)."""
    written = _WORD.findall(text[start:end])
    if (
        len(written) != 2
        or written[0].lower() not in DEMONYMS
        or written[1].lower() not in ("university", "college")
    ):
        return end
    where = _NATIONAL_SCHOOL_IN.match(text, end)
    if where is None or where.group(1) in _HEADLINE_VERBS | _TITLE_VERBS:
        return end
    return where.end()


_CITY_AFTER = re.compile(r" ([A-Z][a-zà-ÿ'’-]+)(?![\w'’-])")
_NATIONAL_SCHOOL_IN = re.compile(r"\s+in\s+(?:the\s+)?([A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?")


def _without_head_after(text: str, start: int, end: int, resolver: Resolver) -> int:
    """Where a known name ends that a person follows, their title after a comma: "por parte de
    la Universidad de Chile Flavio Salazar, Vicerrector de …" (not a campus: "Universidad
    Nacional de Colombia Sede Bogotá", "University of California Santa Cruz", which the
    registry names whole)."""
    if not _TITLE_AFTER_COMMA.match(text, end) or name_key(text[start:end]) in resolver.full:
        return end
    words_ = list(_NAME_WORD.finditer(text, start, end))
    for k in range(len(words_) - 2, 0, -1):
        tail = words_[k:]
        if len(tail) > 4:
            break
        if any(
            not w.group()[:1].isupper()
            or w.group().lower() in HEAD_WORDS | CONNECTORS | DOMAIN_WORDS | _CAMPUS_WORDS
            or name_key(w.group()) in country_words()
            or name_key(w.group()) in resolver.cities
            for w in tail
        ):
            return end
        head = [w.group().lower() for w in words_[:k]]
        if (
            head[-1] not in CONNECTORS
            and any(w not in HEAD_WORDS | CONNECTORS for w in head)
            and name_key(text[start : words_[k - 1].end()]) in resolver.full
            and name_key(text[tail[0].start() : end]) not in resolver.cities
        ):
            return words_[k - 1].end()
    return end


# A name's word, a hyphenated given name one ("Jeong-in")
_NAME_WORD = re.compile(r"[^\W_][\w'’-]*")
_CAMPUS_WORDS = frozenset("sede seccional campus unidad recinto plantel branch".split())
# ", Vicerrector de …", ", Vice-President for …": a person's title after their name
_TITLE_AFTER_COMMA = re.compile(
    r",\s*(?:the\s+|el\s+|la\s+)?(?i:vice-?|pro-?|deputy\s+|associate\s+)?(?i:rector|rectora|"
    r"vicerrector|vicerrectora|president|presidente|presidenta|chancellor|director|directora|"
    r"dean|decano|decana|provost|principal|registrar|secretario|secretaria|secretary|"
    r"coordinador|coordinadora|jefe|jefa|head|professor|profesor|profesora)\b"
)


def _registry_names(
    tokens: list[Token], i: int, j: int, resolver: Resolver
) -> Iterable[tuple[int, int]]:
    """Spans inside tokens[i:j] that are, whole, a specific name in the registry: the longest
    from each start; a one-word name only with five letters or more."""
    a = i
    while a < j:
        best = None
        for b in range(min(j, a + 14), a, -1):
            words_ = tokens[a:b]
            if words_[0].lower in CONNECTORS or words_[-1].lower in CONNECTORS:
                continue
            if words_[0].lower in TITLE_WORDS and b - a > 2 and words_[1].lower in CONNECTORS:
                continue  # "the President of the University": no "President University"
            key = name_key(" ".join(t.text for t in words_))
            if not key or key not in resolver.full:
                continue
            if b - a == 1 and not _coined(words_[0].text):
                continue
            # a name other bodies' names hold too ("University", "School of Medicine") is no
            # organisation on its own
            if not resolver._specific(key.split(), resolver.full[key], phrase=True):
                continue
            best = b
            break
        if best is None:
            a += 1
            continue
        yield tokens[a].start, tokens[best - 1].end
        a = best


def _listed_with_acronym(
    text: str, tokens: list[Token], i: int, j: int, found: list[Mention], add: Any
) -> None:
    while i < j and tokens[i].lower in NOT_NAMES | CONNECTORS:
        i += 1
    if i >= j:
        return
    start, end = tokens[i].start, tokens[j - 1].end
    after = _DEFINED.match(text, end + 1, min(len(text), end + 66))
    if after is None or not _fits(after.group(1), text[start:end]):
        return
    # (not a title: "Prof Bansal, the Vice-Chancellor (VC) of the Central University …")
    if made_of(text[start:end], TITLE_WORDS):
        return
    before = text[max(0, start - 6) : start]
    listed = re.search(r"(?:,|\band)\s*(?:the\s*)?$", before) and any(
        0 < start - m.end <= 12 or 0 < m.start - after.end() <= 8 for m in found
    )
    if listed:
        add(Mention(text[start:end], start, end, "pattern"))


def _initials_of(word: str, found: list[Mention], *, loose: bool = False) -> Mention | None:
    """The organisation named in the text whose initials an all-capitals word is: "AU" for
    "Andhra University", "DUT" for "Dalian University of Technology"; or whose words a
    mixed-case acronym's capitals begin ("KazNU" for "Al-Farabi Kazakh National University",
    "UrFU" for "Ural Federal University"). `loose`: also whose initials it is but one (below).
    """
    mixed = _mixed_acronym(word) and word.lower() not in NOT_NAMES  # not "MoU", "PhD"
    if not _capitals(word, 2, 6) and not mixed:
        return None
    for mention in found:
        if mention.how == "acronym":
            continue
        # (and of the name without its place: "CTU" for "Czech Technical University in Prague";
        # without the body of it the text names: "EUA" for "the Council of the European
        # University Association")
        body = _GOVERNING_OF.sub("", mention.text)
        for name in {mention.text, re.split(r"\s+(?:in|at)\s+", mention.text)[0], body}:
            if _initials(name) == word or (mixed and _fits(word, name)):
                return mention
    # a compass word's first letter ("NSU" for "Northwestern State University"), when no name
    # the text gives has the initials with its two ("NU" beside "Northwest University" and
    # "Nazarbayev University" is Nazarbayev's)
    for mention in found:
        if mention.how != "acronym" and _initials(mention.text, compass=False) == word:
            return mention
    # "MFU" for "Mae Fah Luang University": the initials of its words but one in the middle,
    # when only one name the text gives has them (not "IIT" for the "Indian Institute of
    # Information Technology" beside an "Indian Institute of Technology")
    if not loose or not _capitals(word, 3, 6):
        return None
    close = {
        name_key(m.text): m
        for m in found
        if m.how != "acronym"
        and len(initials := _initials(m.text)) == len(word) + 1
        and initials[0] == word[0]
        and initials[-1] == word[-1]
        and any(initials[:k] + initials[k + 1 :] == word for k in range(1, len(word)))
    }
    if len(close) == 1 and not any(_initials(m.text) == word for m in found):
        return next(iter(close.values()))
    return None


def _name_words(name: str) -> list[str]:
    """A name's words in lower case, without the words between them ("of", "de")."""
    return [w.lower() for w in _WORD.findall(name) if w.lower() not in CONNECTORS]


def _chunked_acronym_of(mention: Mention, mentions: list[Mention]) -> Mention | None:
    """The one name the text gives whose words' beginnings, in turn, an unresolved acronym's
    letters are, one word written with the letters after its first ("LASU" for "Lagos State
    University", "UAL" for "Universidad de Almería")."""
    if mention.how != "acronym" or not _capitals(mention.text, 3, 6):
        return None
    letters = mention.text.lower()
    chunked = {
        name_key(m.text): m
        # (the name where the registry resolved it, when it did somewhere)
        for m in sorted(mentions, key=lambda m: m.key is not None)
        if m.how != "acronym" and _prefix_chunks(letters, _name_words(m.text))
    }
    return next(iter(chunked.values())) if len(chunked) == 1 else None


def _prefix_chunks(letters: str, words_: list[str]) -> bool:
    """Whether `letters` are the beginnings of `words_` in turn, each word's one or more
    letters, every word in it, and one word only written with more than its first
    ("la|s|u": Lagos State University; not "KAI" for the Korea Advanced Institute of Science
    and Technology)."""

    def fits(rest: str, k: int, longer: bool) -> bool:
        if not rest:
            # (a company's legal form or a country after it: "Mitsubishi UFJ Research and
            # Consulting Co. Ltd" for "MURC"; two words of its own at least, not "MIT" for
            # "Mitsubishi Corporation")
            return k >= 2 and all(w in _LEGAL_WORDS or w in country_words() for w in words_[k:])
        if k == len(words_):
            return False
        word = words_[k]
        return any(
            rest.startswith(word[:n]) and fits(rest[n:], k + 1, longer or n > 1)
            for n in range(1, min(len(word), len(rest)) + 1)
            if n == 1 or not longer
        )

    return fits(letters, 0, False)


_GOVERNING_OF = re.compile(r"^(?:Council|Senate|Board|Court|Assembly)\s+of\s+(?:the\s+)?")


def _initials(name: str, *, compass: bool = True) -> str:
    """The first letters, in capitals, of a name's words in capitals (not "of", "and"…): "DUT"
    for "Dalian University of Technology", "NWU" for "Northwest University" (with `compass`,
    else "NU")."""
    return "".join(
        ((_COMPASS.get(w.lower()) if compass else None) or w[0]).upper()
        for w in _WORD.findall(name)
        if w[0].isupper() and w.lower() not in CONNECTORS
    )


def _mixed_acronym(word: str) -> bool:
    """A word such as "KazNU", "UrFU", "UdeA": letters, a capital first and another after,
    not all capitals."""
    return (
        word.isalpha()
        and 3 <= len(word) <= 8
        and word[0].isupper()
        and sum(c.isupper() for c in word) >= 2
        and not word.isupper()
    )


def _listed_capitals(text: str, token: Token, found: list[Mention]) -> bool:
    """An all-capitals word joined by "and" or a comma to an organisation named just before
    it: "signed with Pusan National University and LGE"."""
    if not _capitals(token.text, 3, 6) or token.lower in NOT_NAMES:
        return False
    joins = [_LISTED_WITH.fullmatch(text[m.end : token.start]) for m in found]
    joined = [j.group().strip() for j in joins if j is not None]
    # (after "y", capitals a common noun's words go on from are no name: "la Universidad de
    # Concepción y PYMES de la región")
    if (
        joined
        and all(j in ("y", "e") for j in joined)
        and re.match(r" [a-záéíóúñ]", text[token.end :])
    ):
        return False
    return bool(joined)


def _signing_party(text: str, tokens: list[Token], k: int) -> bool:
    """A short form no sentence defines, standing where a party of a signing stands: "SDUT
    Signs a Strategic Cooperation Agreement with SHINVA", "UCU and the University of Oslo signed
    a memorandum", "an agreement was signed between UzhNU and …". Only a word with two
    capitals or more ("SDUT", "UzhNU"), alone (no name's word next to it: not
    "Rector Włodzimierz NYKIEL", "NC State"), that names no country, document or thing."""
    token = tokens[k]
    if (
        not _SHORT_FORM.fullmatch(token.text)
        or token.lower in NOT_NAMES
        or token.lower in country_words()
        or _NOT_ACRONYM.fullmatch(token.text)
        # (a kind of body, not one: "NGOs", "SMEs", "LGUs", "TVET", "PYMES")
        or _KINDS_OF_BODY.fullmatch(token.text)
        # (a word of a name written without spaces: "Missouri Science&TechnologyUniversity")
        or text[token.start - 1 : token.start] not in ("", " ", "\n", "\t", "(", '"', "“")
    ):
        return False
    before = tokens[k - 1] if k else None
    if (
        before is not None
        and text[before.end : token.start] == " "
        and before.text[:1].isupper()
        and before.lower not in _OPENING_WORDS
        and before.lower not in _TIMES
    ):
        return False
    if _INITIAL_OR_DEGREE_BEFORE.search(text, max(0, token.start - 8), token.start):
        return False  # "President Michael A. McRobbie", "Prof. Djoko Santoso, dr., Ph.D., FINASIM"
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if (
        after is not None
        and text[token.end : after.start] == " "
        and after.text[:1].isupper()
        and after.text not in _HEADLINE_VERBS
    ):
        return False
    line_start = max(text.rfind(".", 0, token.start), text.rfind("\n", 0, token.start)) + 1
    ahead = text[token.end : token.end + 160]
    behind = text[line_start : token.start]
    return bool(
        _SIGNS_AFTER.match(ahead)
        or _CONJUNCT_SIGNS.match(ahead)
        or (_AND_BEFORE.search(behind) and _SIGNS_AFTER.match(ahead))
        or _SIGNED_WITH_BEFORE.search(behind)
        or _BETWEEN_BEFORE.search(behind)
        or _PARTNERS_WITH_BEFORE.search(behind)
        or _PARTNERS_AFTER.match(ahead)
        or (k == 0 and token.start == 0 and _TITLE_PAIR_SIGNS.match(ahead))
    )


def _may_shorten(word: str, name: str) -> bool:
    """Whether a short form may stand for a name the text gives, and is left to what reads
    acronyms of names: its letters are the name's, in order, from its first ("LZU" for
    "Lanzhou University", "KSTU" for "Kyrgyz State Technical University"), or its words'
    first letters in another order ("UJ" for the Jagiellonian University, Uniwersytet
    Jagielloński), or it is one of the name's words ("International Telematic University
    UNINETTUNO")."""
    lower = word.lower()
    letters = iter(name.lower())
    if lower[0] == name[0].lower() and all(c in letters for c in lower):
        return True
    initials = [w[0].lower() for w in _WORD.findall(name)]
    return word in name.split() or all(initials.count(c) >= lower.count(c) for c in lower)


_INITIAL_OR_DEGREE_BEFORE = re.compile(r"(?:\b[A-Z]\.|\.,)[ \t]*$")
_SHORT_FORM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")
_KINDS_OF_BODY = re.compile(
    r"[A-Z]{2,}s|(?:NGO|SME|MSME|HEI|LGU|TVET|PYME|MIPYME|ONG|CSO|SOE|R&D|STEM|ICT)S?"
)
_OPENING_WORDS = frozenset("the la el los las a an and y e on en".split())
_SIGN_VERB = (
    r"(?:signed|signs|sign|inked|inks|ink|seals|sealed|concluded|concludes|entered\s+into"
    r"|enters\s+into|firmaron|firmó|firman|firma|suscribieron|suscribe)\b"
)
# "SDUT partners with SHINVA", "… teams up with UzhNU"
_PARTNERS = r"(?:partners?|partnered|teams?\s+up|teamed\s+up|ties?\s+up|tied\s+up)\b"
_SIGNED_THING = (
    r"(?:[Aa]greements?|MoUs?|MOUs?|MoAs?|MOAs?|[Mm]emorand\w+|[Cc]ontracts?|[Pp]rotocols?"
    r"|convenios?|acuerdos?|declarations?)\b"
)
# after the word: "SDUT Signs", "UDLAP has signed", "UCU on Monday signed"
_SIGNS_AFTER = re.compile(
    rf"(?:\s+(?:has|have|had|today|formally|officially|also|on\s+\w+|this\s+\w+))*\s+"
    rf"(?i:{_SIGN_VERB})"
)
# the first of two: "K-Arts and Korea University signed", "la UMH y la Universidad … firmaron"
_CONJUNCT_SIGNS = re.compile(
    rf"\s+(?:and|&|y|e)\s+(?:the\s+|la\s+|el\s+)?[A-Z][^.\n]{{0,80}}?\s(?i:{_SIGN_VERB})"
)
_AND_BEFORE = re.compile(r"[A-Z][^.\n]{1,80}\s(?:and|&|y|e)\s+(?:the\s+|la\s+|el\s+)?$")
# a name beside a body found in a signing (`_signing_beside`): "ABF LT and Klaipeda University
# signed"
# (the verbs of `_signing_party`, in lower case: a sentence's, not a title's "… Sign MoA")
_SIGNS_NEXT = re.compile(rf"(?:[ \t]+(?:has|have))?[ \t]+{_SIGN_VERB}")
_SIGNING_WITH_NEXT = re.compile(
    # (after the acronym the name is given: "The Hellenic Mediterranean University (HMU) and
    # Grant Thornton have signed …")
    r"(?:[ \t]+\([^()\n]{1,15}\))?"
    rf"[ \t]+(?:and|y)[ \t]+(?:the[ \t]+|la[ \t]+|el[ \t]+)?{_CAPITALISED_NAME}"
    rf"{_SIGNS_NEXT.pattern}"
)
_SIGNING_WITH_BEFORE = re.compile(
    rf"(?<![\w.]){_CAPITALISED_NAME}[ \t]+(?:and|y)[ \t]+(?:the[ \t]+|la[ \t]+|el[ \t]+)?$"
)
# the other party of a signing: "signed a cooperation agreement with SHINVA"
_SIGNED_WITH_BEFORE = re.compile(
    rf"(?i:{_SIGN_VERB})[^.\n]{{0,100}}?{_SIGNED_THING}[^.\n]{{0,60}}?\s(?:with|con)\s+"
    r"(?:the\s+|la\s+|el\s+)?$"
)
_PARTNERS_WITH_BEFORE = re.compile(rf"(?i:{_PARTNERS})\s+with\s+(?:the\s+)?$")
_PARTNERS_AFTER = re.compile(rf"(?:\s+(?:has|have|today|also))*\s+(?i:{_PARTNERS})\s+with\s")
# a title's pair: "SQU, Tawasul Foundation Sign Research Cooperation Program"
_TITLE_PAIR_SIGNS = re.compile(rf",\s+[A-Z][^,.\n()–—-]{{0,60}}?\s(?i:{_SIGN_VERB})")
_BETWEEN_BEFORE = re.compile(
    rf"{_SIGNED_THING}[^.\n]{{0,80}}?\b(?:between|entre)\s+(?:the\s+|la\s+|el\s+)?"
    r"(?:[^.\n]{2,80}\s(?:and|y|e)\s+(?:the\s+|la\s+|el\s+)?)?$"
)


def _without_person_after(text: str, mention: Mention, resolver: Resolver | None) -> Mention:
    """ "the Rector of Uzbekistan State World Languages University Ilkhomjon Tukhtasinov": a
    name after a person's title and "of", run on into that person's name (two to four words
    in capitals after its last word of a body's kind, none of a body's or a place's), ends
    before it; not a name the registry holds whole."""
    if not _TITLE_OF_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return mention
    words_ = list(_WORD.finditer(mention.text))
    # (a university's, a department's word; not a company's: "LG Electronics Home
    # Entertainment" is one)
    last = max(
        (
            n
            for n, w in enumerate(words_)
            if w.group().lower() in (HEAD_WORDS - _COMPANY_HEADS) | DOMAIN_WORDS
        ),
        default=None,
    )
    if last is None or last < 1:
        return mention
    if not _NAMES_RUN_ON.fullmatch(mention.text, words_[last].end()):
        return mention  # (not "… University (AMU), Poznan, Rafał Witkowski": its seat first)
    tail = [w.group() for w in words_[last + 1 :]]
    people = [w for w in tail if w not in ("and", "y")]
    # (not "Purdue University Fort Wayne and Ivy Tech": a campus's place, then another body)
    if resolver is not None and any(
        name_key(" ".join(tail[:n])) in resolver.cities for n in (1, 2, 3)
    ):
        return mention
    if not (
        2 <= len(people) <= 4
        and all(
            w[:1].isupper()
            and w.lower() not in CONNECTORS
            and normalise(w) not in country_words()
            and w.lower() not in TITLE_WORDS
            and w.lower() not in _INNER_BODIES  # ("… University CPC Committee")
            for w in people
        )
    ):
        return mention
    if resolver is not None and name_key(mention.text) in resolver.full:
        return mention
    end = mention.start + words_[last].end()
    return replace(mention, text=text[mention.start : end], end=end)


_NAMES_RUN_ON = re.compile(r"(?:[ \t]+(?:[A-Z][\w'’.-]*|and|y))+")
_TITLE_OF_BEFORE = re.compile(
    r"(?i:\b(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + r"))"
    r"\s+(?:of|de)\s+(?:the\s+|la\s+|el\s+)?$"
)


def _capitals(word: str, shortest: int, longest: int) -> bool:
    """An all-capitals word of `shortest` to `longest` letters that names no country ("UK",
    "USA")."""
    return (
        shortest <= len(word) <= longest
        and word.isupper()
        and word.isalpha()
        and word.lower() not in country_words()
    )


def _coined(word: str) -> bool:
    """A one-word name that is no ordinary word: a capital inside it ("CentraleSupelec",
    "YoungPoong") or a digit ("3M")."""
    return (
        len(word) >= 3
        and word.replace("-", "").isalnum()
        and (
            (any(c.isupper() for c in word[1:]) and not word.isupper())
            or any(c.isdigit() for c in word)
        )
    )


def _acronym_as_a_word(text: str, tokens: list[Token], k: int, resolver: Resolver) -> bool:
    """An acronym of the registry written as a word ("Inria", "Unicamp", "Embrapa"): one
    organisation's, five letters or more, inside a sentence, named so alone more than once and
    never as a place."""
    word = tokens[k].text
    if not _AS_A_WORD.fullmatch(word) or k == 0 or tokens[k].lower in NOT_NAMES:
        return False
    if re.search(r"[.!?:\n]\s*$", text[tokens[k - 1].start : tokens[k].start]):
        return False  # a sentence's first word
    if len(resolver.acronyms.get(word.upper(), ())) != 1:
        return False
    # twice alone (not "Cape Coast", "First Vice-Rector"), never a place ("in Accra")
    found = [t for t in tokens if t.text == word]
    alone = [
        t
        for t in found
        if not re.search(r"[A-Z][\w-]*\s+$", text[max(0, t.start - 20) : t.start])
        and not re.match(r"\s+(?:[A-Z]|of\b|de\b)", text[t.end : t.end + 4])
    ]
    return len(alone) >= 2 and not any(
        re.search(r"\b(?:in|en)\s+$", text[max(0, t.start - 5) : t.start]) for t in found
    )


_AS_A_WORD = re.compile(r"[A-Z][a-z]{4,}")


def _registry_acronym(token: Token, resolver: Resolver) -> bool:
    """An all-capitals word of three letters or more that is an acronym of the registry, or
    one in capitals and small letters its holder writes so ("SUSTech"; three capitals at
    least: not "MoC", a memorandum of cooperation, whoever writes theirs so)."""
    if token.lower in NOT_NAMES:
        return False
    if _capitals(token.text, 3, 10):
        return bool(resolver.acronyms.get(acronym_form(token.text)))
    return (
        _mixed_acronym(token.text)
        and sum(c.isupper() for c in token.text) >= 3
        # (not "CRCs": capitals in the plural, whoever writes theirs so)
        and not re.fullmatch(r"[A-Z]+s", token.text)
        and resolver.written_acronym(token.text)
    )


def defined_acronyms(
    text: str, mentions: list[Mention], resolver: Resolver | None = None
) -> dict[str, Mention]:
    """Acronyms the text defines right after a name: "Chittagong University of Engineering and
    Technology (CUET)" → {"CUET": that mention}. Only when the letters fit the name, or when
    the text goes on to use the word alone and it names no country or city: "the Brazilian
    Agricultural Research Corporation (Embrapa)", its acronym in its own language."""
    defined: dict[str, Mention] = {}
    for mention in mentions:
        longer = mention.text  # with what lies between it and its acronym
        place: re.Match[str] | None = None
        # the place after the name that its acronym spells ("… Authority in Duqm (SEZAD)")
        spelt_place: re.Match[str] | None = None
        after = _DEFINED.match(text, mention.end, min(len(text), mention.end + 64))
        if after is None:
            after = _DEFINED.match(text, mention.end + 1, min(len(text), mention.end + 65))
        if after is None:
            # "Federal College of Education, Zaria (FCE Zaria)": its place between; its name in
            # another language ("Universities New Zealand -Te Pōkai Tara (UNZ)")
            place = _PLACE_BETWEEN.match(text, mention.end, min(len(text), mention.end + 30))
            if place is None:
                # "the Special Economic Zone Authority in Duqm (SEZAD)": where it is, its
                # initial in the acronym
                # (only when the acronym needs it: not "Bowie State University in Maryland
                # (BSU)")
                within = _IN_PLACE_BETWEEN.match(
                    text, mention.end, min(len(text), mention.end + 30)
                )
                its = within and _DEFINED.match(text, within.end(), within.end() + 64)
                if within and its and not _fits(its.group(1).strip("."), mention.text):
                    place = spelt_place = within
                    longer = mention.text + within.group()
            if place is None:
                place = _LIST_BETWEEN.match(text, mention.end, min(len(text), mention.end + 80))
                if place is not None:
                    longer = mention.text + place.group(1)
            if place is not None:
                after = _DEFINED.match(text, place.end(), min(len(text), place.end() + 64))
        if after is None and text[max(0, mention.start - 1) : mention.start] == "(":
            # "Panamerican University (Universidad Panamericana, UP)": its acronym after its
            # name in another language, inside the brackets
            after = _ACRONYM_INSIDE.match(text, mention.end)
        if after is None:
            # "la Universidad Peruana Los Andes, UPLA, con …": set off by commas, when its
            # letters are the name's initials
            apposed = _APPOSED.match(text, mention.end)
            if apposed is not None and _fits(apposed.group(1), mention.text):
                after = apposed
        if after is None:
            after = _DASHED.match(text, mention.end)
        if after is None:
            continue
        acronym = after.group(1).strip(".")
        if not acronym.isupper() and normalise(acronym) in country_words():
            continue  # "Southern Denmark (Denmark)": where it is (not "(US)", "(ECU)")
        if (
            not _fits(acronym, mention.text)
            and not (longer != mention.text and _fits(acronym, longer))
            and not _clipped(acronym, mention.text)
            and not _used_alone(text, acronym, after.start(), resolver)
            # "el Instituto de Investigación de Recursos Hídricos … (IWHR)": capitals in
            # brackets right after a name are its acronym, in whatever language (not those
            # of another body of the registry: "the Battery Research Centre (LGE)")
            and not (
                after.start() <= mention.end + 1
                and _capitals(acronym, 3, 8)
                and _may_stand_for(acronym, mention.text, resolver)
            )
        ):
            continue
        earlier = defined.get(acronym)
        if (
            earlier is not None
            and _fits(acronym, earlier.text)
            and not _fits(acronym, mention.text)
        ):
            continue  # "Sulu State College (SSC)" before "Dr. … , CESE (SSC)"
        if spelt_place is not None:
            # "the Special Economic Zone Authority in Duqm (SEZAD)": the name its acronym
            # stands for is the one with its place
            mention.text = text[mention.start : spelt_place.end()].rstrip()
            mention.end = mention.start + len(mention.text)
        defined[acronym] = mention
    # "Madanapalle Institute of Technology & Science has entered an MoU … on behalf of the MITS
    # College": capitals the text never defines, made of the initials of one name it gives,
    # word for word, stand for that name (not for another body the registry knows by them)
    for word in dict.fromkeys(m.text for m in mentions if _capitals(m.text, 3, 8)):
        if word in defined:
            continue
        # ("KSTU" for the "Kyrgyz State Technical University named after I. Razzakov" the
        # registry knows by no acronym: the initials of the name before whom it honours)
        spelt = [
            m
            for m in mentions
            if (m.how == "pattern" and m.key is None and _initials(m.text, compass=False) == word)
            or (
                m.how != "acronym"
                and (honoured := _NAMED_AFTER_TAIL.search(m.text)) is not None
                and _initials(m.text[: honoured.start()], compass=False) == word
            )
        ]
        # (the only name it may stand for: not "ASU" beside "Astrakhan State University named
        # after V. N. Tatishchev" and the "Association of State Universities"; nor a place's)
        fitting = {m.text for m in mentions if m.how != "acronym" and _fits(word, m.text)}
        if (
            len({m.text for m in spelt}) == 1
            and len(fitting) == 1
            and any(w.lower() in HEAD_WORDS for w in _WORD.findall(spelt[0].text))
        ):
            defined[word] = spelt[0]
    return defined


_NAMED_AFTER_TAIL = re.compile(r"\s+named\s+after\s+.+$")


def _with_place_defined(text: str, acronym: str, mention: Mention) -> Mention | None:
    """ "the University of Science & Technology, Meghalaya (USTM)": the place between a name
    and its acronym is a word of the name when the acronym's letters need it (another body
    than the registry's "University of Science and Technology")."""
    place = _PLACE_BETWEEN.match(text, mention.end, min(len(text), mention.end + 30))
    listed = _LIST_BETWEEN.match(text, mention.end, min(len(text), mention.end + 80))
    if place is None and listed is not None:
        # (the fields the name lists: "… for Science, Technology, and Maritime Transport")
        end = mention.end + len(listed.group(1))
        if _fits(acronym, mention.text) or not _fits(acronym, text[mention.start : end]):
            return None
        if any(w.lower() in HEAD_WORDS for w in _WORD.findall(listed.group(1))):
            return None
        return Mention(text[mention.start : end], mention.start, end, "pattern")
    if place is None or _fits(acronym, mention.text):
        return None
    end = mention.end + len(place.group().rstrip())
    # (not "TU Delft, Institut Teknologi Bandung (ITB)": another body, its acronym after it)
    if any(w.lower() in HEAD_WORDS for w in _WORD.findall(place.group())):
        return None
    if not _fits(acronym, text[mention.start : end]):
        return None
    return Mention(text[mention.start : end], mention.start, end, "pattern")


def _with_owner_defined(text: str, acronym: str, mention: Mention) -> Mention | None:
    """ "Vinayaka Mission's Research Foundation (VMRF)": a name written with a possessive
    inside, the owner's words before it, when the acronym is the initials of them all (one
    body, not the "Research Foundation" of another)."""
    if _fits(acronym, mention.text):
        return None
    owner = _OWNER_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    if owner is None or _initials(text[owner.start() : mention.end]) != acronym:
        return None
    return Mention(text[owner.start() : mention.end], owner.start(), mention.end, "pattern")


# capitalised words and a possessive right before a name: "Vinayaka Mission's "
_OWNER_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w-]*[ \t]+){0,2}[A-Z][\w-]*['’]s[ \t]+$")


def _may_stand_for(acronym: str, name: str, resolver: Resolver | None) -> bool:
    """Whether capitals whose letters do not fit a name may still be its acronym: the
    registry knows no body by them, or one whose name shares a word with it (in another
    language: IWHR, the China Institute of Water Resources and Hydropower Research, for "el
    Instituto de Investigación de Recursos Hídricos …")."""
    if resolver is None:
        return True
    holders = resolver.acronyms.get(acronym_form(acronym), set())
    words_ = set(name_key(name).split())
    return not holders or any(
        words_ & set(name_key(resolver.entries[h].name).split()) for h in holders
    )


def _used_alone(text: str, word: str, defined_at: int, resolver: Resolver | None) -> bool:
    """A one-word short name the text uses again, away from where it was defined, and that
    names no country, city or ordinary thing."""
    # ("UCO" for the Universidad de Córdoba: three capitals will do; "VNU-HUS" for the VNU
    # University of Science: capitals joined by a hyphen)
    letters = word.replace("-", "")
    if (
        not (
            letters.isalpha()
            and len(letters) >= (3 if letters.isupper() else 4)
            and word[0].isupper()
        )
        or word.startswith("-")
        or word.endswith("-")
    ):
        return False
    lower = word.lower()
    if lower in NOT_NAMES or lower in country_words() or lower in HEAD_WORDS:
        return False
    if resolver is not None and name_key(word) in resolver.cities:
        return False
    return any(
        abs(m.start() - defined_at) > 2 for m in re.finditer(rf"\b{re.escape(word)}\b", text)
    )


def _clipped(short: str, name: str) -> bool:
    """A name's telling word written short: "Wits" for "University of the Witwatersrand"
    (its letters in order in one of the name's words, the first one first)."""
    lower = short.lower()
    if not short.isalpha() or len(short) < 3 or lower in HEAD_WORDS:
        return False
    words_ = [w.lower() for w in _WORD.findall(name)]
    for word in words_:
        rest = iter(word[1:])
        if word[0] == lower[0] and all(c in rest for c in lower[1:]):
            return True
    # "Unicamp" for "University of Campinas": pieces of its words, run together
    joined = iter("".join(w for w in words_ if w not in CONNECTORS))
    return len(short) >= 5 and lower[0] == words_[0][0] and all(c in joined for c in lower)


_COMPASS = {"northwest": "nw", "northeast": "ne", "southwest": "sw", "southeast": "se",
            "northwestern": "nw", "northeastern": "ne", "southwestern": "sw",
            "southeastern": "se"}  # fmt: skip


def _fits(acronym: str, name: str) -> bool:
    """The acronym's letters are the first letters of the name's words, in order, allowing
    skipped words ("CASS" for "Chinese Academy of Social Sciences", "IIT" for "Indian
    Institute of Technology Roorkee"); or, an acronym of the name in its own language, the
    same first letter and its other letters among the words' ("LTU" for "Luleå University
    of Technology", Luleå tekniska universitet), or, of three letters or more, all its
    letters among the words' first letters ("UFSCar" for "Federal University of São
    Carlos"). In a mixed-case acronym only its capitals
    count ("UiT", "UdeA")."""
    word = acronym.split()[0]
    # (whom a body is named after is no part of its acronym: not "KazNU" for "State Islamic
    # University named after Sultan Syarif Kasim")
    name = name.partition(" named after ")[0]
    capitals = [c for c in word if c.isupper()]
    letters = [c.lower() for c in (capitals if len(capitals) >= 2 else word) if c.isalpha()]
    initials = [
        letter
        for w in _WORD.findall(name)
        # "NWU" for "Northwest University", "SWJTU" for "Southwest Jiaotong University"
        for letter in (_COMPASS.get(w.lower()) or w[0].lower())
    ]
    if len(letters) < 2 or letters[0] not in initials:
        return False
    if letters[0] != initials[0]:
        if len(letters) < 3:
            return False
        # "Federal University of São Carlos (UFSCar)": the acronym of its name in its own
        # language, the words in another order
        if all(initials.count(c) >= letters.count(c) for c in letters):
            return True
        # "UNIST-Doosan Hydrogen Turbine Research Center (HTRC)": the acronym of the words
        # after the first ones
        initials = initials[initials.index(letters[0]) :]
    position = 0
    for letter in letters:
        while position < len(initials) and initials[position] != letter:
            position += 1
        if position == len(initials):
            rest = initials[1:]
            return all(rest.count(c) >= letters[1:].count(c) for c in letters[1:])
        position += 1
    return True


def resolve_mentions(
    text: str,
    mentions: list[Mention],
    defined: dict[str, Mention],
    resolver: Resolver | None,
    context: Iterable[str] = (),
) -> None:
    """Resolve each mention with the text's other organisations as context: first on its own,
    then again with what the first pass found (an acronym is unambiguous among them).
    `defined` are the acronyms the text defines for its mentions (`defined_acronyms`)."""
    if resolver is None:
        return
    known = list(context)
    looked_up: dict[tuple[str, int], Resolution] = {}
    spelt = _spelt_out(text)
    # the acronym the text defines for a mention, by the mention
    acronym_of = {id(m): a for a, m in defined.items() if a != m.text}
    for rounds in range(3):
        for mention in mentions:
            source = defined.get(mention.text)
            if (
                mention.key is not None
                and source is not None
                and source is not mention
                and source.key is not None
                and source.key != mention.key
            ):
                # "Unisa partners with …" above "the University of South Africa (Unisa)": the
                # body the text defines the word for, not another the registry knows by it
                mention.key, mention.confidence = source.key, source.confidence
            if mention.key is not None:
                continue
            if rounds == 0 and " " not in mention.text and _mixed_acronym(mention.text):
                continue  # "UdeC": an acronym written in mixed case, with the others as context
            source = defined.get(mention.text)
            source = None if source is mention else source
            if source is not None and source.key is not None:
                mention.key, mention.confidence = source.key, source.confidence
                continue
            written = _with_country(text, mention)
            # an organisation named again and again ("NUST") is looked up once per round
            asked = (written, len(known))
            if asked not in looked_up:
                looked_up[asked] = resolver.resolve(written, context=known, top=3, suggest=False)
            result = looked_up[asked]
            quoted = _ACRONYM_QUOTED.fullmatch(mention.text)
            if result.chosen is None and quoted is not None:
                holders = _quoted_holders(quoted, resolver)
                if len(holders) == 1:
                    # 'NTU "KhPI"': the one name of the registry so written in full
                    mention.key, mention.confidence = resolver.entries[min(holders)].key, 0.85
                    continue
            acronym = acronym_of.get(id(mention))
            if result.chosen is None and acronym is not None and mention.how != "acronym":
                # "la Universidad de Córdoba (UCO)": a name several bodies have, told apart by
                # the acronym the text gives it
                asked = (f"{written} ({acronym})", len(known))
                if asked not in looked_up:
                    looked_up[asked] = resolver.resolve(asked[0], context=known, top=3,
                                                        suggest=False)  # fmt: skip
                told = looked_up[asked]
                # (a body of the registry by the acronym whose name holds the name's own
                # words: "Madanapalle Institute of Technology & Science" and its MITS are not
                # the Madhav Institute of Technology & Science)
                entry = resolver.entries[resolver.by_key[told.chosen]] if told.chosen else None
                if entry is not None and any(
                    _words_of_its_own(mention.text) <= _words_of_its_own(name)
                    for name in (entry.name, *entry.names)
                ):
                    result = told
            if result.chosen is None and mention.how == "acronym" and rounds >= 1:
                holders = resolver.acronyms.get(acronym_form(mention.text), set())
                # one of its holders the text names in full: "DUT" and "Dalian University of
                # Technology"
                named = {resolver.entries[p].key for p in holders} & set(known)
                # (loosely only when no university of the registry goes by them: not "SCU",
                # Sichuan University, for "South China Normal University")
                loose = mention.text not in defined and not any(
                    resolver.entries[p].kind == "university" for p in holders
                )
                initials = _initials_of(mention.text, mentions, loose=loose)
                if initials is not None and initials.key is not None:
                    named = {initials.key}
                if len(named) == 1:
                    mention.key, mention.confidence = named.pop(), 0.85
                    continue
                # "FAU … its sites in Erlangen and Nuremberg": the one of its holders whose
                # city the text names (not when it names the cities of two)
                placed = {
                    resolver.entries[p].key
                    for p in holders
                    if resolver.entries[p].city and any(whole_words(text, resolver.entries[p].city))
                }
                if len(holders) > 1 and len(placed) == 1 and initials is None:
                    mention.key, mention.confidence = placed.pop(), 0.8
                    continue
                if len(holders) == 1:
                    position = next(iter(holders))
                    # the only organisation the registry knows by it, used in a text
                    # naming organisations (not when a country before it says otherwise:
                    # "China FAW Group" is no German institute)
                    holder = resolver.entries[position]
                    if (
                        not _other_country_before(text, mention, holder)
                        and not _stands_for(mention, mentions, holder.key, resolver)
                        # (not when the text names another body by them: "MFU" and "Mae
                        # Fah Luang University", not a Norwegian company; "NSU" and
                        # "Northwestern State University", not Novosibirsk State University)
                        and (
                            initials is None
                            or (
                                _alike(initials.text, holder.name)
                                and _own_words_first(initials.text) == _own_words_first(holder.name)
                            )
                        )
                        and _alike(spelt.get(mention.text, holder.name), holder.name)
                        # (not another's when the text defines it for a name of its own:
                        # "The Cooperbelt University ( CBU )" is no Cape Breton University)
                        # (a word of its own shared will do: "Agencia Italiana de
                        # Cooperación … (AICS)", the Agenzia Italiana per la Cooperazione)
                        and (
                            source is None
                            or (
                                any(
                                    _words_of_its_own(source.text) & _words_of_its_own(name)
                                    for name in (holder.name, *holder.names)
                                )
                                and not _placed_apart(source.text, position, resolver)
                            )
                        )
                    ):
                        mention.key, mention.confidence = holder.key, 0.8
                continue
            # ("UI Office of International Affairs" after "Universitas Indonesia (UI)": its
            # office, not the registry's "Office of International Affairs")
            unit_only = result.chosen is not None and _unit_name_only(
                mention, result.chosen, resolver
            )
            if (result.chosen is None or unit_only) and rounds >= 1:
                owner = _owner(mention, mentions, defined, resolver)
                if owner is not None:
                    mention.key, mention.confidence, mention.unit = owner
                    continue
            chosen = None if unit_only and rounds == 0 else result.chosen
            if chosen is not None and _body_at(mention.text, chosen, resolver):
                chosen = None  # "Confucius Institute at Egerton University" is not it
            if (
                chosen is not None
                and mention.how == "acronym"
                and mention.text not in defined
                and _stands_for(mention, mentions, chosen, resolver)
            ):
                chosen = None  # "AGH" beside "AGH University of Krakow": not another AGH
            mixed = _mixed_acronym(mention.text)
            if (
                chosen is not None
                # (an acronym in capitals, or one in mixed case the registry may give as a
                # name: "UdeC")
                and ((mention.how == "acronym" and mention.text.isupper()) or mixed)
                and mention.text not in defined
            ):
                # "KU" after "Khalifa University", "UdeC" beside "la Universidad de Colima":
                # the organisation whose initials it is, not another the registry knows by
                # them (and not named in full here)
                full = _initials_of(mention.text, mentions)
                chosen_named = any(m.key == chosen for m in mentions if m.how != "acronym")
                # (a mixed-case one fits loosely: not "University of the Arctic" for "UiT"
                # beside "UiT The Arctic University of Norway", the registry's choice)
                if full is not None and mixed and chosen_named:
                    full = None
                if full is not None and full.key is not None and full.key != chosen:
                    chosen = full.key
                elif full is not None and full.key is None and (rounds == 0 or not chosen_named):
                    # ("KU, Iran's Shiraz varsity sign MoU" above "Karachi University and …":
                    # that name is looked up after it; the next round tells; one the registry
                    # does not know: "NSU" above "Northwestern State University")
                    chosen = None
            if (
                chosen is not None
                and mention.how == "acronym"
                and mention.text in spelt
                and not _alike(spelt[mention.text], resolver.entries[resolver.by_key[chosen]].name)
            ):
                chosen = None  # "Education New Zealand [ENZ]": not another ENZ
            if chosen is not None:
                mention.key = chosen
                mention.confidence = result.candidates[0].score if result.candidates else 0.9
                unit = result.unit or _unit_written(mention, resolver, chosen)
                # "UiT The Arctic University of Norway": an acronym and the name, no unit
                position = resolver.by_key[chosen]
                whole = any(
                    position in resolver.full.get(name_key(form), ())
                    for form in (unit or "", mention.text)
                )
                mention.unit = None if whole else unit
        # a name and the acronym the text defines for it are one organisation
        for acronym, source in defined.items():
            for mention in mentions:
                if mention.text == acronym and (mention.key is None) != (source.key is None):
                    if mention.key is None:
                        mention.key, mention.confidence = source.key, source.confidence
                    elif (
                        _alike(
                            source.text,
                            held := resolver.entries[resolver.by_key[mention.key]].name,
                        )
                        or (not _fits(acronym, source.text) and _fits(acronym, held))
                    ) and not _placed_apart(source.text, resolver.by_key[mention.key], resolver):
                        # (the name in one language, the acronym of its name in another)
                        source.key, source.confidence = mention.key, mention.confidence
                    else:  # "ASEAN University Network (AUN)" is not "Advocacy Unified Network"
                        mention.key = None
        known = sorted({m.key for m in mentions if m.key} | set(context))
    # "UTAR" beside "UTAR Sungai Long Campus": the university, whose acronym its campus
    # shares, not the campus (the text names the campus so when it means it)
    # (not "the University of Hawaii at Manoa (UH)": the acronym the text gives the campus)
    for mention in mentions:
        if (
            mention.how == "acronym"
            and mention.key is not None
            and mention.text not in defined
            and any(
                m.key == mention.key and m.text.startswith(mention.text + " ") for m in mentions
            )
        ):
            parents = resolver.entries[resolver.by_key[mention.key]].parents
            holders = resolver.acronyms.get(acronym_form(mention.text), set())
            mention.key = next(
                (resolver.entries[p].key for p in holders if resolver.entries[p].key in parents),
                mention.key,
            )
    # "The signature for Uniandes …" after "Universidad de los Andes", "U of T" after "the
    # University of Toronto": an organisation the text has named, by another of its names
    mentions.extend(_named_otherwise(text, mentions, resolver))
    mentions.sort(key=lambda m: m.start)


def _named_otherwise(text: str, mentions: list[Mention], resolver: Resolver) -> list[Mention]:
    """Where the text names an organisation it has named already by a one-word name the
    registry gives it ("Uniandes" for the Universidad de los Andes), not a place's, or as
    "U of" and the initial of its one word after "University of" ("U of T")."""
    found: list[Mention] = []
    # (a name the tagger read there and nothing resolved is that organisation's)
    open_ = {(m.start, m.end): m for m in mentions if m.how == "tagged" and m.key is None}
    taken = [(m.start, m.end) for m in mentions if (m.start, m.end) not in open_]

    def add(word: str, key: str, confidence: float) -> None:
        for start, end in whole_words(text, word, not_before="'’-"):
            if (start, end) in open_:
                open_[start, end].key, open_[start, end].confidence = key, confidence
                taken.append((start, end))
            elif not any(a < end and start < b for a, b in taken):
                found.append(Mention(word, start, end, "registry", key, confidence))
                taken.append((start, end))

    for key in dict.fromkeys(m.key for m in mentions if m.key is not None):
        entry = resolver.entries[resolver.by_key[key]]
        confidence = max(m.confidence for m in mentions if m.key == key)
        for name in entry.names:
            word = name.strip()
            if not (
                len(word) >= 5
                and word.isalpha()
                and word[:1].isupper()
                and word[1:].islower()
                and word.lower() not in NOT_NAMES
                and word in text
            ):
                continue
            place = normalise(word)
            if (
                place not in country_words()
                and place not in resolver.cities
                and place not in resolver.places
            ):
                add(word, key, confidence)
        of = _UNIVERSITY_OF_WORD.fullmatch(entry.name)
        if of is not None:
            add(f"U of {of.group(1)[0]}", key, confidence)
    # "Universidad de Tsinghua … El presidente de Tsinghua", "ULE y Xiangtan renuevan …": a
    # one-word name nothing resolved (the tagger's, or a title's capitals) that is the one word
    # of a name the text gives whole besides its head words (a city's too: it was read as an
    # organisation's name there)
    alone = [
        m
        for m in mentions
        if m.key is None and m.how in ("tagged", "pattern") and _WORD.fullmatch(m.text)
    ]
    # (each resolved name's one word besides its head words, found once)
    one_word = {
        words_[0]: m
        for m in reversed(mentions)
        if m.key is not None
        and m.how != "tagged"
        and len(words_ := [w for w in _WORD.findall(m.text) if w.lower() not in _HEADS_JOINED]) == 1
    }
    for tagged in alone:
        whole = one_word.get(tagged.text)
        if whole is not None and normalise(tagged.text) not in country_words():
            tagged.key, tagged.confidence = whole.key, whole.confidence
    # "FAU concludes cooperation agreement with National University in Kyiv" beside "Taras
    # Shevchenko National University of Kyiv": a name of words any such body has, written
    # inside the name of one body the text names, and of no other
    for short in mentions:
        if short.key is not None or short.how != "pattern" or " " not in short.text:
            continue
        if not made_of(short.text, _GENERIC_BODY_WORDS) or not any(
            w.lower() in UNIVERSITY_WORDS for w in _WORD.findall(short.text)
        ):
            continue
        holders = {
            m.key
            for m in mentions
            if m.key is not None
            and m.text != short.text
            and any(whole_words(m.text, short.text, not_before=""))
        }
        if len(holders) == 1:
            short.key, short.confidence = holders.pop(), 0.8
    return found


# Words of a body's standing that many bodies' names share: "National University", "State
# University"
_RANKS_OF_BODIES = frozenset("national state federal technical polytechnic".split())
_GENERIC_BODY_WORDS = HEAD_WORDS | _GENERIC | _RANKS_OF_BODIES
_HEADS_JOINED = HEAD_WORDS | CONNECTORS


_UNIVERSITY_OF_WORD = re.compile(r"(?:The )?University of ([A-Z][\w-]+)")


def _unit_name_only(mention: Mention, chosen: str, resolver: Resolver) -> bool:
    """Whether the mention is a word before a name of the organisation chosen that is
    nothing but a unit's ("UI Office of International Affairs")."""
    _first, _space, rest = mention.text.partition(" ")
    entry = resolver.entries[resolver.by_key[chosen]]
    return (
        bool(rest)
        and _generic(rest)
        and any(name_key(rest) == name_key(n) for n in (entry.name, *entry.names))
    )


def _owner(
    mention: Mention, mentions: list[Mention], defined: dict[str, Mention], resolver: Resolver
) -> tuple[str, float, str] | None:
    """The organisation a unit is written with, its key, a confidence and the unit: "XJTU
    Health Science Center" after the one acronym of an organisation, "UrFU Institute of New
    Materials" after an acronym the text defines or resolves, "Makerere's College of Agricultural …"
    after the short name of an organisation the text names."""
    first, _space, rest = mention.text.partition(" ")
    part = set(name_key(rest).split()) & PART_WORDS  # not "ASEAN University Network"
    if not part or not rest:
        return None
    if _acronym_like(first):
        source = defined.get(first) or next(
            (m for m in mentions if m.text == first and m.key is not None), None
        )
        if source is not None and source.key is not None:
            return source.key, 0.8, rest
        if source is not None:
            # "MITS College" after "Madanapalle Institute of Technology & Science": the body
            # the text names by those letters, which the registry does not know
            return None
    holders = resolver.acronyms.get(acronym_form(first), set())
    # (not a country's letters: "UAE National Service and Reserve Authority" is no unit of the
    # Universidad Agraria del Ecuador)
    if (
        first.isupper()
        and len(first) >= 3
        and len(holders) == 1
        and normalise(first) not in country_words()
    ):
        return resolver.entries[next(iter(holders))].key, 0.75, rest
    possessive = _POSSESSIVE_UNIT.match(mention.text)
    if possessive is not None:
        owner, unit = possessive.groups()
        for other in mentions:
            if other.key is not None and other is not mention and other.text == owner:
                return other.key, other.confidence * 0.9, unit
        # "Makerere's" for Makerere University; none when two bodies the text names begin so
        # ("King's College" beside King Saud University and King's College London)
        owners = [
            key
            for key in dict.fromkeys(m.key for m in mentions if m.key and m is not mention)
            if name_key(resolver.entries[resolver.by_key[key]].name).split()[:1]
            == name_key(owner).split()
        ]
        return (owners[0], 0.7, unit) if len(owners) == 1 else None
    # "Strathmore Business School" in a text naming Strathmore University: a unit of the
    # university whose name is that word and the word for a university (not "European
    # Research Intensive Universities" beside the European Commission)
    # (not "Boston College" beside Boston University: a unit is named with a field too,
    # "Business School")
    if (
        _own_words([first])
        and first.lower() not in DEMONYMS
        and len(_WORD.findall(rest)) >= 2
        and {w.lower() for w in _WORD.findall(rest)} & UNIT_HEADS
    ):
        for key in dict.fromkeys(m.key for m in mentions if m.key and m is not mention):
            entry = resolver.entries[resolver.by_key[key]]
            words_ = _WORD.findall(entry.name)
            if (
                entry.kind == "university"
                and len(words_) == 2
                and words_[0] == first
                and words_[1].lower() in UNIVERSITY_WORDS
            ):
                return key, 0.7, rest
    return None


# "Makerere's College of …": an organisation's short name, then its unit
_POSSESSIVE_UNIT = re.compile(rf"(.+?)['’]s ((?:\w+ )?(?i:{'|'.join(sorted(UNIT_HEADS))})\b.*)")


def _body_at(written: str, key: str, resolver: Resolver) -> bool:
    """A body at an organisation ("Confucius Institute at Egerton University") that the
    registry does not know by that name: not the organisation it is at."""
    before, at, _after = written.partition(" at ")
    if not at or not any(w.lower() in HEAD_WORDS for w in _WORD.findall(before)):
        return False
    return resolver.by_key[key] not in resolver.full.get(name_key(written), ())


def _alike(written: str, name: str) -> bool:
    """At least half the words of a name as written are in the registry's name."""
    ours, theirs = set(name_key(written).split()), set(name_key(name).split())
    return bool(ours) and 2 * len(ours & theirs) >= len(ours)


def _placed_apart(written: str, position: int, resolver: Resolver) -> bool:
    """A name as written holding a city the organisation is not in and none of its names
    holds: "National University of Kaohsiung" is not the National and University Library of
    Slovenia, whatever acronym the two share."""
    entry = resolver.entries[position]
    own = set(name_key(entry.city).split()) if entry.city else set()
    for name in (entry.name, *entry.names):
        own |= set(name_key(name).split())
    return any(
        word in resolver.places and entry.country not in resolver.places[word]
        for word in set(name_key(written).split()) - own
    )


def _unit_written(mention: Mention, resolver: Resolver, key: str) -> str | None:
    """The unit a mention names around its organisation's acronym or after its name: "XJTU
    Health Science Center" → "Health Science Center"."""
    entry = resolver.entries[resolver.by_key[key]]
    forms = {acronym_form(a) for a in entry.acronyms}
    parts = mention.text.split()
    if len(parts) > 1 and acronym_form(parts[0]) in forms:
        return " ".join(parts[1:])
    if len(parts) > 1 and acronym_form(parts[-1]) in forms:
        return " ".join(parts[:-1])
    # "Makerere University College of Health Sciences": a unit after the organisation's name
    for name in (entry.name, *entry.names):
        rest = mention.text[len(name) :].strip()
        if mention.text.startswith(name + " ") and rest.split()[0].lower() in UNIT_HEADS:
            return rest
    return None


def _with_country(text: str, mention: Mention) -> str:
    """The mention with a country the text gives for it: "(Pakistan)" right after it, or
    "UK's" right before it."""
    after = re.match(r"\s*\(([^()]{2,40})\)", text[mention.end : mention.end + 44])
    # "(Pakistan)", "(UK)"; "(LTU)" is an acronym of the name, not Lithuania's code
    if (
        after
        and normalise(after.group(1)) in country_words()
        and not (after.group(1).isupper() and _fits(after.group(1), mention.text))
    ):
        return f"{mention.text} ({after.group(1)})"
    before = re.search(
        r"(\b[A-Z][\w.]*(?: [A-Z][\w.]*)?)[’']s\s*$",
        text[max(0, mention.start - 30) : mention.start],
    )
    if before and normalise(before.group(1)) in country_words():
        return f"{mention.text}, {before.group(1)}"
    # "University of Africa, Sudan", "Lincoln University, Kuala Lumpur, Malaysia": a country
    # after a comma (and a city)
    comma = _COMMA_COUNTRY.match(text, mention.end)
    if comma and normalise(comma.group(2)) in country_words():
        return f"{mention.text}, {comma.group(2)}"
    # "Vignan University of India": the country read off its name (see _without_country_of)
    of = _COUNTRY_OF_AFTER.match(text, mention.end)
    code = _country_code(of.group(1)) if of else None
    if code is not None:
        return f"{mention.text}, {country_name(code)}"
    return mention.text


_COMMA_COUNTRY = re.compile(
    r",\s+(?:([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?),\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
    r"(?=\s*(?:[,.;:)]|[a-z]|$))"
)
# (the country that _without_country_of cut off a name)
_COUNTRY_OF_AFTER = re.compile(
    r"\s+(?:of|de|del)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\b"
)


def _spelt_out(text: str) -> dict[str, str]:
    """Acronyms the text spells out before them, in brackets, by words in capitals whose
    initials they are: "Education New Zealand [ENZ]" → {"ENZ": "Education New Zealand"}."""
    spelt: dict[str, str] = {}
    for match in _SPELT.finditer(text):
        acronym, words_ = match.group(2), match.group(1).split()
        for k in range(len(words_)):
            if words_[k].lower() not in CONNECTORS and _initials(" ".join(words_[k:])) == acronym:
                spelt.setdefault(acronym, " ".join(words_[k:]))
                break
        else:
            # "Programa de Educación Continua para el Magisterio (PEC)": the initials of its
            # first words, the first one first
            if words_[0][0] == acronym[0] and _fits(acronym, match.group(1)):
                spelt.setdefault(acronym, match.group(1).strip())
    return spelt


_SPELT = re.compile(
    r"((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the|de|del|la|y|para|el|en|los|las|a)\s+)*){1,7})"
    r"[(\[]\s*([A-Z]{2,8})\s*[)\]]"
)


def _own_word_list(name: str) -> list[str]:
    """A name's words that are not what any organisation is called ("of", "University",
    "Instituto"), normalised, in order."""
    return [w for w in name_key(name).split() if w not in _HEADS_JOINED]


def _words_of_its_own(name: str) -> set[str]:
    """A name's words that are not what any organisation is called, normalised."""
    return set(_own_word_list(name))


def _own_words_first(name: str) -> list[str]:
    """The first of a name's words that are not what any organisation is called:
    "colima" for "Universidad de Colima"."""
    return _own_word_list(name)[:1]


def _stands_for(
    mention: Mention, mentions: list[Mention], key: str | None, resolver: Resolver
) -> bool:
    """Whether an acronym the text does not define stands for another organisation of the
    registry the text names, not the registry's `key`: "AGH" beside "AGH University of
    Krakow", "UAL" beside "Universidad de Almería" (its first letter the name's, its others in
    order in the name's words); not "ZJU" beside the "ZJU-Bristol Joint Centre"."""
    word = mention.text
    if not word.isalpha() or not word.isupper():
        return False
    for other in mentions:
        if other.how == "acronym" or other.key == key or other is mention:
            continue
        if other.key is None and name_key(other.text) not in resolver.full:
            continue
        words_ = [w for w in _WORD.findall(other.text) if w.lower() not in CONNECTORS]
        if not words_ or words_[0][0].upper() != word[0]:
            continue
        if words_[0] == word:
            return True
        rest = iter("".join(words_)[1:].upper())
        if len(word) >= 3 and all(c in rest for c in word[1:]) and _initial_run(word, words_):
            return True
    return False


def _spelt_as_words(text: str, acronym: str, found: list[Mention]) -> bool:
    """Whether the text writes, in capitals, words whose initials the acronym is, inside
    an organisation's longer name: "PEI" beside the "University of Prince Edward Island" is
    the island (not "XJTU" beside "Xi'an Jiaotong University", nor "ENZ" after "Education
    New Zealand")."""
    if not acronym.isalpha() or not acronym.isupper() or not 2 <= len(acronym) <= 5:
        return False
    pattern = r"\b" + r"\s+".join(f"{c}[a-z][\\w'’-]*" for c in acronym) + r"\b"
    return any(
        m.start <= spelt.start() and spelt.end() <= m.end and m.end - m.start > len(spelt.group())
        for spelt in re.finditer(pattern, text)
        for m in found
    )


def _initial_run(word: str, words_: list[str]) -> bool:
    """Whether every letter of the acronym after the first begins a word of the name or
    follows the letter taken before it ("UAL": Universidad, ALmería)."""
    joined = " ".join(words_).upper()
    last = 0
    for letter in word[1:]:
        found = next(
            (
                k
                for k in range(last + 1, len(joined))
                if joined[k] == letter and (joined[k - 1] == " " or k == last + 1)
            ),
            -1,
        )
        if found < 0:
            return False
        last = found
    return True


def _other_country_before(text: str, mention: Mention, entry: Any) -> bool:
    """Whether, where the text writes the mention, the word right before it once names a
    country other than the entry's."""
    for start, _end in whole_words(text, mention.text):
        before = re.search(r"\b([A-Z][a-z]+)\s+$", text[max(0, start - 20) : start])
        if (
            before is not None
            and normalise(before.group(1)) in country_words()
            and entry.country not in countries_in(before.group(1))
        ):
            return True
    return False


def country_near(text: str, mention: Mention) -> str | None:
    written = _with_country(text, mention)
    if written == mention.text:
        return None
    found = countries_in(written)
    return next(iter(found)) if len(found) == 1 else None


def _branch(name: str, company: str) -> bool:
    """Whether `name` is `company` and a country's name after it ("Nokia Thailand")."""
    if not name.startswith(company + " "):
        return False
    return normalise(name[len(company) :]) in country_words()


def _only_kind_words(full: str, short: str) -> bool:
    """Whether the words `full` has beyond `short` only say what kind of body it is ("AG",
    "Group Ltd", "University")."""
    extra = {w.lower() for w in _WORD.findall(full)} - {w.lower() for w in _WORD.findall(short)}
    return extra <= COMPANY_WORDS | UNIVERSITY_WORDS | CONNECTORS


def _short_form(short: str, full: str) -> bool:
    """Whether `short` is `full` written short: its words all in `full` ("Makarov University"
    for "Admiral Makarov State University of …", not "Ankara University" for "Ankara
    Metropolitan Municipality"), at least one of them telling (not "University", "of"…), and
    fewer words."""
    words_ = {w.lower() for w in _WORD.findall(short) if w.lower() not in CONNECTORS}
    telling = {w for w in words_ if w not in HEAD_WORDS}
    whole = {w.lower() for w in _WORD.findall(full)}
    # (not "Cairo University" for "The American University in Cairo": where it is, after
    # "in", tells no name)
    where = _WHERE_IN.search(full)
    if where is not None and telling <= {w.lower() for w in _WORD.findall(where.group(1))}:
        return False
    return bool(telling) and words_ <= whole and len(_WORD.findall(short)) < len(whole)


_WHERE_IN = re.compile(r"\s(?:in|at|en)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$")


def _left_out(short: str, full: str) -> list[str]:
    """The words of `full` that `short` leaves out."""
    kept = {w.lower() for w in _WORD.findall(short)}
    return [w for w in _WORD.findall(full) if w.lower() not in kept]


_BRACKET_ENDS = re.compile(r"(?:\s*,\s*[A-Z][A-Za-z&.-]{1,10})?\)")


def _bracketed_after(text: str, mention: Mention, mentions: list[Mention]) -> Mention | None:
    """The organisation named right before an unresolved mention written in brackets (one
    bracket may stand between: "… (National Research University) (Gubkin University)"; its
    acronym may follow it inside: "Panamerican University (Universidad Panamericana, UP)")."""
    if mention.key is not None or not _BRACKET_ENDS.match(text, mention.end):
        return None
    for other in reversed(mentions):
        if other.end <= mention.start and re.fullmatch(
            r"\s*(?:\([^()]{1,60}\)\s*)?\(\s*", text[other.end : mention.start]
        ):
            return other
        if other.end <= mention.start:
            return None
    return None


def _one_word_apart(a: str, b: str) -> bool:
    if not (a.startswith("name:") and b.startswith("name:")):
        return False
    left, right = a[5:].split(), b[5:].split()
    if len(left) != len(right) or len(left) < 4:
        return False
    return sum(x != y for x, y in zip(left, right, strict=True)) == 1 and left[-1] == right[-1]


def _ends_known_name(unknown: Institution, known: Institution, text: str) -> bool:
    """ "Kazakh National University concluded … Al-Farabi Kazakh National University": a name
    of three words or more, written first, that ends the known name, written after."""
    return (
        len(unknown.name.split()) >= 3
        and known.name.endswith(" " + unknown.name)
        and _short_form(unknown.name, known.name)
    )


def _where_then_known_name(unknown: Institution, known: Institution, text: str) -> bool:
    """ "the Mongolian University of Otgontenger" in a title, "the University of Otgontenger"
    after: where it is from, then a name the registry knows (not "Chinese University of Hong
    Kong", a name of its own the registry knows whole)."""
    where, _, rest = unknown.name.partition(" ")
    return (
        where.lower() in DEMONYMS
        and bool(rest)
        and any(name_key(m.text) == name_key(rest) for m in known.mentions)
    )


def _known_name_spelt_otherwise(unknown: Institution, known: Institution, text: str) -> bool:
    """ "the Chinese Academy of Tropical Agriculture Sciences" and the registry's "Chinese
    Academy of Tropical Agricultural Sciences" in one story: a long name written once with
    one word spelt otherwise (the same stem; not "Medical" for "Agricultural")."""
    left = name_key(unknown.name).split()
    for m in known.mentions:
        right = name_key(m.text).split()
        if m.how == "acronym" or len(left) != len(right) or len(left) < 4:
            continue
        apart = [n for n, (x, y) in enumerate(zip(left, right, strict=True)) if x != y]
        if len(apart) != 1 or apart[0] in (0, len(left) - 1):
            continue  # (not "Changsha" for "Changchun University of …": a place, first)
        one, other = sorted((left[apart[0]], right[apart[0]]), key=len)
        # the same word with another ending: "Agriculture", "Agricultural"
        shared = next(
            (n for n, (a, b) in enumerate(zip(one, other, strict=False)) if a != b), len(one)
        )
        if len(one) >= 6 and shared >= len(one) - 1:
            return True
    return False


def _known_name_reordered(unknown: Institution, known: Institution, text: str) -> bool:
    """ "Tokyo University" and the registry's "University of Tokyo" in one story: the words
    of a name the text writes for the known body (or the registry's), in another order, with
    or without an "of" between (two words or more besides)."""

    def words(name: str) -> list[str]:
        return sorted(w for w in name_key(name).split() if w not in ("of", "de", "di", "the"))

    left = words(unknown.name)
    if len(left) < 2 or name_key(unknown.name) == name_key(known.name):
        return False
    return any(
        words(name) == left and name_key(name) != name_key(unknown.name)
        for name in (*(m.text for m in known.mentions if m.how != "acronym"), known.canonical or "")
    )


def _known_name_in_brackets(unknown: Institution, known: Institution, text: str) -> bool:
    """ "A.I. National Science Laboratory (Yerevan Physics Institute)": the known body's name,
    not an acronym, in brackets right after the unknown one."""
    return any(
        m.how != "acronym"
        and len(m.text.split()) >= 2
        and text[m.end : m.end + 1] == ")"
        and any(re.fullmatch(r"\s*\(\s*", text[u.end : m.start]) for u in unknown.mentions)
        for m in known.mentions
    )


def _resolved_elsewhere(unknown: Institution, known: Institution, text: str) -> bool:
    """ "Mahatma Gandhi University" resolved where the text gives its city and not where it
    does not: the same name, written so where it was resolved."""
    return any(name_key(m.text) == name_key(unknown.name) for m in known.mentions)


def _known_name_with_its_country(unknown: Institution, known: Institution, text: str) -> bool:
    """ "Universidad de Santiago" in a title, "la Universidad de Santiago de Chile" after: a
    known name that is the unknown one and its country."""
    for m in known.mentions:
        if m.how == "acronym" or not m.text.startswith(unknown.name + " "):
            continue
        country = _OF_COUNTRY.fullmatch(m.text[len(unknown.name) :])
        if country is not None and normalise(country.group(1)) in country_words():
            return True
    return False


def _known_name_named_after(unknown: Institution, known: Institution, text: str) -> bool:
    """ "the Uzbekistan National University named after Mirzo Ulugbek" beside "Uzbekistan
    National University": a known name and whom it honours."""
    before, named, honoured = unknown.name.partition(" named after ")
    # ("the State Islamic University named after Sultan Syarif Kasim" beside "Sultan Syarif
    # Kasim State Islamic University": whom it honours written first)
    forms = {name_key(before), name_key(f"{honoured} {before}")} if named else set()
    return any(m.how != "acronym" and name_key(m.text) in forms for m in known.mentions)


def _short_form_of_known(
    unknown: Institution, known: Institution, text: str, resolver: Resolver | None
) -> bool:
    """ "Al-Balqa' University" in a headline and the text, "Al-Balqa' Applied University"
    after: a name the registry does not know, the known name but one word inside it,
    however they are ordered (when one known name only is so). Not when the word left out
    says which body ("Beijing Normal University" beside "Beijing University", "Leeds
    Beckett University": a name after a city is a university of its own) nor what kind (the
    University of Milan beside the Polytechnic University of Milan), nor a word at either
    end ("Tokyo University of Science", "Jomo Kenyatta University")."""
    written = [w.lower() for w in _WORD.findall(unknown.name)]
    telling = [w for w in written if w not in HEAD_WORDS and w not in CONNECTORS]
    if not telling or any(_a_place(w, resolver) for w in telling):
        return False
    for full in {known.name, known.canonical or known.name}:
        words_ = [w.lower() for w in _WORD.findall(full)]
        if len(words_) != len(written) + 1 or kind_from_words(unknown.name) != known.kind:
            continue
        pairs = zip(written, words_, strict=False)
        gap = next((n for n, (a, b) in enumerate(pairs) if a != b), None)
        if (
            gap is not None
            and gap != 0
            and words_[:gap] + words_[gap + 1 :] == written
            and normalise(words_[gap]) not in _DESCRIBING
        ):
            return True
    return False


def _a_place(word: str, resolver: Resolver | None) -> bool:
    """Whether the word names a country or a city the registry knows."""
    return normalise(word) in country_words() or (
        resolver is not None and name_key(word) in resolver.cities
    )


def _unheaded_words(name: str) -> list[str]:
    """The words of a name that are neither head words nor connectors."""
    return [w for w in _WORD.findall(name) if w.lower() not in HEAD_WORDS | CONNECTORS]


def _named_by_places(name: str, resolver: Resolver | None) -> bool:
    """Whether every telling word of the name is a place's ("Hanoi University"): a city's
    body, no short form of another."""
    return all(_a_place(w, resolver) for w in _unheaded_words(name))


def _short_form_written_before(
    unknown: Institution, known: Institution, text: str, resolver: Resolver | None
) -> bool:
    """ "Mandela University and Hubei University of Technology sign MoU" above "Nelson
    Mandela University": a short form of a known name (see `_short_form`; the registry's
    name or the one written, not one with a unit: "UAE University" is no short form of "UAE
    University College of Business") written only before it, as a short form written after
    it is that one (when one known name only is so)."""
    first = min(m.start for m in known.mentions)
    return (
        all(m.end <= first for m in unknown.mentions)
        and bool(_unheaded_words(unknown.name))
        # (not "Istanbul University" before "Istanbul Technical University", "Hanoi
        # University" before "Hanoi National University of Education": a city's university)
        and not _named_by_places(unknown.name, resolver)
        and kind_from_words(unknown.name) in (known.kind, "other")
        and any(
            _short_form(unknown.name, name)
            # (not a name that begins another: "Tokyo University" before "Tokyo University of
            # Science", a parent before a body of it, "Sambalpur University" before "Sambalpur
            # University Institute of Information Technology")
            and not name.startswith(unknown.name + " ")
            for name in {known.name, known.canonical or ""}
        )
    )


def _known_by_its_word(unknown: Institution, known: Institution, resolver: Resolver | None) -> bool:
    """ "Swinburne University" beside "Swinburne", which the registry knows as Swinburne
    University of Technology: a name of one word of its own and words of its kind, where the
    text also writes that word alone for a known body whose name holds the whole name (not
    a place's: "Tokyo University" beside "Tokyo" is no Tokyo University of Science)."""
    telling = _unheaded_words(unknown.name)
    return (
        len(telling) == 1
        and known.canonical is not None
        and not _a_place(telling[0], resolver)
        and any(m.text == telling[0] for m in known.mentions)
        and _short_form(unknown.name, known.canonical)
    )


def _run_together_with_uni(one: Institution, other: Institution, text: str = "") -> bool:
    """ "Univalle" beside "Universidad del Valle", "Unifranz" beside "Universidad Franz
    Tamayo", "Unicamp" beside "the University of Campinas": a one-word name run together from
    "Uni" and the first letters (three or more) of a university's first word of its own
    (either way round)."""
    for short, full in ((one, other), (other, one)):
        word = short.name
        if " " in word or not word.isalpha() or len(word) < 6 or word[:3].lower() != "uni":
            continue
        rest = normalise(word[3:])
        for name in {full.name, full.canonical or full.name}:
            own = _unheaded_words(name)
            if own and kind_from_words(name) == "university" and normalise(own[0]).startswith(rest):
                return True
    return False


def _university_by_its_initial(one: Institution, other: Institution, text: str = "") -> bool:
    """ "U. de Chile" beside "la Universidad de Chile", "U. of Toronto" beside "the University
    of Toronto": a university's head word written by its initial (either way round)."""
    for short, full in ((one, other), (other, one)):
        initial = _HEAD_INITIAL.fullmatch(short.name)
        if initial is not None and any(
            (written := _HEAD_WRITTEN.fullmatch(name)) is not None
            and normalise(written.group(1)) == normalise(initial.group(1))
            for name in {full.name, full.canonical or full.name}
        ):
            return True
    return False


_HEAD_INITIAL = re.compile(r"U\.\s*((?:of|de|del|do|da|di)\s+.+)")
_HEAD_WRITTEN = re.compile(
    r"(?:[Tt]he\s+|[Ll]a\s+)?(?:University|Universidad|Universidade|Universit[àé])\s+"
    r"((?:of|de|del|do|da|di)\s+.+)"
)


def _initials_then_head(unknown: Institution, known: Institution, text: str) -> bool:
    """ "GIK Institute" beside "Ghulam Ishaq Khan Institute of Engineering Sciences and
    Technology": the initials of the known name's first words, then its head word after
    them."""
    parts = unknown.name.split()
    if len(parts) < 2 or not _capitals(parts[0], 2, 6) or parts[1].lower() not in HEAD_WORDS:
        return False
    n = len(parts[0])
    for m in known.mentions:
        words_ = m.text.split()
        if (
            m.how != "acronym"
            and len(words_) > n
            and "".join(w[0] for w in words_[:n]).upper() == parts[0]
            and [w.lower() for w in words_[n : n + len(parts) - 1]]
            == [w.lower() for w in parts[1:]]
        ):
            return True
    return False


def _initials_begin_known_name(unknown: Institution, known: Institution, text: str) -> bool:
    """ "India's prestigious IIT" beside "the Indian Institute of Technology Madras, India
    (IITM)": an acronym the registry does not tie to the text's bodies, the initials of the
    known name's words but its last (its campus), when no other body the text names begins
    so."""
    word = unknown.name
    if not _capitals(word, 3, 6) or any(m.how != "acronym" for m in unknown.mentions):
        return False
    for m in known.mentions:
        capitalised = [
            w for w in _WORD.findall(m.text) if w[0].isupper() and w.lower() not in CONNECTORS
        ]
        # (one word more, its campus: "Madras"; not "NTU" beside "National Taiwan University
        # of Science and Technology", "KAI" beside "Korea Advanced Institute of Science and
        # Technology")
        if (
            m.how != "acronym"
            and len(capitalised) == len(word) + 1
            and _initials(" ".join(capitalised[:-1])) == word
            and _initials(m.text) == word + capitalised[-1][0].upper()
        ):
            return True
    return False


def _same_words_reordered(one: str, other: str) -> bool:
    """Two groups of names the registry does not know whose keys hold the same three words or
    more in another order."""
    if not (one.startswith("name:") and other.startswith("name:")) or one == other:
        return False
    words_one, words_other = one[5:].split(), other[5:].split()
    return len(words_one) >= 3 and sorted(words_one) == sorted(words_other)


def _national_body(one: str, other: str) -> bool:
    """Two groups of names the registry does not know, the first a government body named by
    its country's adjective, its field and its head word ("Ethiopian Education Ministry"), the
    other the same body named by its head word and field ("Ministry of Education")."""
    if not (one.startswith("name:") and other.startswith("name:")) or one == other:
        return False
    words_one, words_other = one[5:].split(), other[5:].split()
    if len(words_one) != len(words_other) + 1 or len(words_other) < 2:
        return False
    return (
        words_one[0] in DEMONYMS
        and words_one[-1] == words_other[0]
        and words_other[0] in GOVERNMENT_WORDS
        and words_one[1:-1] == words_other[1:]
    )


def _in_one_list(one: list[Mention], other: list[Mention], text: str) -> bool:
    """Whether the text lists the two side by side, names of one list: "Tehran University of
    Medical Sciences (TUMS), Iran University of Medical Sciences, Tehran University, …" names
    two universities, whatever their names share."""
    for a in one:
        for b in other:
            first, second = (a, b) if a.end <= b.start else (b, a)
            if first.end > second.start:
                continue
            between = _BRACKETED.sub("", text[first.end : second.start])
            if _LISTED_NEXT.fullmatch(between) or _LISTED_AMONG.fullmatch(between):
                return True
    return False


def _acronyms_apart(
    mentions: list[Mention], institution: Institution, defined: dict[str, Mention]
) -> bool:
    """Whether the text defines an acronym for one of the mentions and another for the
    organisation, and none for both."""

    def acronyms(of: list[Mention]) -> set[str]:
        spans = {(m.start, m.end) for m in of}
        return {a for a, m in defined.items() if (m.start, m.end) in spans}

    own, theirs = acronyms(mentions), acronyms(institution.mentions)
    return bool(own) and bool(theirs) and not own & theirs


def _merged(groups: dict[str, Institution], order: list[str], gone: str, into: str) -> list[str]:
    """The group `gone` joins `into`: its mentions move, and `into` is listed where `gone`
    was first; the new order."""
    groups[into].mentions = sorted(
        [*groups[gone].mentions, *groups[into].mentions], key=lambda m: m.start
    )
    del groups[gone]
    return list(dict.fromkeys(into if k == gone else k for k in order))


_LISTED_NEXT = re.compile(r"\s*(?:,|;|and|y|, and|, y)\s*")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
# other names of a list between: ", Iran University of Medical Sciences, "
_LISTED_AMONG = re.compile(
    r"\s*,\s*(?:(?:the\s+)?[A-Z][^,.;()\n]{2,80}?\s*,\s*)+(?:and\s+|y\s+)?(?:the\s+)?"
)


def institutions(
    text: str, mentions: list[Mention], defined: dict[str, Mention], resolver: Resolver | None
) -> list[Institution]:
    """The mentions grouped by organisation: by the registry's key when resolved, else by the
    name as written (an acronym the text defines, in `defined`, joins its name)."""
    named_companies = {m.group(1) for m in _COMPANY_NAMED.finditer(text)}
    headline = text.find("\n")  # where the first line, a headline, ends
    groups: dict[str, Institution] = {}
    order: list[str] = []
    listed_apart: set[str] = set()  # keys of short forms listed beside the longer name
    for mention in mentions:
        inside_brackets = False  # the name written before, an acronym in brackets inside
        # "la Universidad Nacional" after "la Universidad Nacional de Colombia": the name
        # given before, written short, whatever else the registry calls so
        shortened = (
            next(
                (
                    g
                    for g, inst in groups.items()
                    if inst.name.lower().startswith(mention.text.lower() + " ")
                    and _short_form(mention.text, inst.name)
                    and not (
                        resolver is not None
                        and resolver.goes_on_with_field(mention.text, inst.name)
                    )
                ),
                None,
            )
            if mention.key is not None
            and len(mention.text.split()) >= 2
            # (not when one listed apart is already its group: "At Hanoi University, …"
            # after "…, Hanoi University, and …")
            and mention.key not in listed_apart
            else None
        )
        if shortened is not None and any(
            _LISTED_NEXT.fullmatch(between := _BRACKETED.sub("", text[m.end : mention.start]))
            or _LISTED_AMONG.fullmatch(between)
            for m in groups[shortened].mentions
            if m.end <= mention.start
        ):
            # (not one listed right after it: "Hanoi University of Science and Technology
            # (…), Hanoi University, and …", two universities; nor in the same list: "Tehran
            # University of Medical Sciences (TUMS), Iran University of Medical Sciences,
            # Tehran University, …")
            shortened = None
            listed_apart.add(str(mention.key))
        if shortened is not None:
            group = shortened
        elif mention.key is not None:
            group = mention.key
        elif mention.text in defined and defined[mention.text] is not mention:
            source = defined[mention.text]
            # (the group its name joined: "Panamerican University (Universidad Panamericana,
            # UP)", the name in brackets that of the one before)
            group = next(
                (g for g, inst in groups.items() if source in inst.mentions),
                source.key or f"name:{name_key(source.text)}",
            )
        elif (
            (first := mention.text.split(" ", 1))[0] in defined
            and len(first) == 2
            and all(w.lower() in HEAD_WORDS for w in first[1].split())
        ):
            # "the ORAU Consortium" after "Oak Ridge Associated Universities (ORAU)": the
            # acronym and a word of what it is
            source = defined[first[0]]
            group = source.key or f"name:{name_key(source.text)}"
        elif mention.how == "acronym" and (
            full := _initials_of(
                mention.text,
                mentions,
                loose=resolver is None
                or not any(
                    resolver.entries[p].kind == "university"
                    for p in resolver.acronyms.get(acronym_form(mention.text), set())
                ),
            )
        ):
            group = full.key or f"name:{name_key(full.text)}"
        elif mention.key is None and (chunked := _chunked_acronym_of(mention, mentions)):
            # "LASU" for "Lagos State University", "UAL" for "Universidad de Almería"
            group = chunked.key or f"name:{name_key(chunked.text)}"
        elif (named := _bracketed_after(text, mention, mentions)) is not None:
            # "Gubkin Russian State University of Oil and Gas (National Research University)
            # (Gubkin University)": another way of writing the name before it
            group = next(g for g, inst in groups.items() if named in inst.mentions)
        elif (group := f"name:{name_key(mention.text)}") not in groups:
            # (a name written as before is that one)
            # "Liverpool John Moors University" and "Liverpool John Rumus University": one
            # organisation written two ways (a long name, one word apart)
            group = next((g for g in groups if _one_word_apart(g, group)), group)
            # "la Universidad Nacional de Incheon" and "the Incheon National University": one
            # name in two languages, its words in another order
            group = next((g for g in groups if _same_words_reordered(g, group)), group)
            # "Ethiopian Education Ministry" in a headline, then "the Ministry of Education
            # …, Ethiopia": a government body named by its country's adjective and its field
            # (not two named so in one sentence, nor a headline's "Ministry of Education")
            group = next(
                (
                    g
                    for g in groups
                    if _national_body(g, group)
                    and groups[g].mentions[0].end <= headline < mention.start
                ),
                group,
            )
            # "Imam Khumani International University (IKU) Qazvin" after "Imam Khumani
            # International University Qazvin": its acronym in brackets inside the name
            unbracketed = f"name:{name_key(_IN_BRACKETS.sub(' ', mention.text))}"
            if unbracketed != group and unbracketed in groups:
                group, inside_brackets = unbracketed, True
            # "Makarov University" after "Admiral Makarov State University of Maritime and
            # Inland Shipping": a short form of a name the text gave before
            # ("University of Marburg" after "Philipps-Universität Marburg", which the registry
            # names "Philipps University of Marburg")
            group = next(
                (
                    g
                    for g in groups
                    # (not one whose own acronym the text gives beside another's: "Universitas
                    # Islam Negeri Sumatera Utara (UINSU), Universitas Islam Sumatera Utara
                    # (UISU)")
                    if not _acronyms_apart([mention], groups[g], defined)
                    and not _in_one_list([mention], groups[g].mentions, text)
                    and (
                        _short_form(mention.text, groups[g].name)
                        or (
                            groups[g].canonical is not None
                            and _short_form(mention.text, groups[g].canonical or "")
                            and kind_from_words(mention.text) == groups[g].kind
                            # (what it leaves out says which body, "Philipps", not what
                            # kind: not the University of Milan beside the Polytechnic
                            # University of Milan)
                            and not any(
                                normalise(w) in _DESCRIBING
                                for w in _left_out(mention.text, groups[g].canonical or "")
                            )
                        )
                    )
                ),
                group,
            )
            # "Nokia Thailand" after "Nokia": its branch in a country, the same company
            group = next((g for g in groups if _branch(mention.text, groups[g].name)), group)
            # "the German Embassy in Nairobi" after "the German Embassy": where it is, said
            # after (not "Ajou University in Tashkent", a university's own campus abroad)
            # (only where the text gives it one place: not "the Chinese Embassy in Tokyo and
            # the Chinese Embassy in Seoul")
            group = next(
                (
                    g
                    for g in groups
                    if g.startswith("name:")
                    and groups[g].kind in ("government", "other")
                    and _place_said_after(groups[g].name, mention.text)
                    and len({m.text for m in mentions if _place_said_after(groups[g].name, m.text)})
                    == 1
                ),
                group,
            )
            # "Siemens" in the title, "Siemens AG" after: the same, written in full (not
            # "Huawei" and "a Huawei ICT Academy", a body named after it)
            group = next(
                (
                    g
                    for g in groups
                    if g.startswith("name:")
                    and _short_form(groups[g].name, mention.text)
                    and _only_kind_words(mention.text, groups[g].name)
                ),
                group,
            )
        if group not in groups:
            entry = None
            # (the registry's body an acronym joins, named after it: "UAL" in a title)
            key = mention.key or (None if group.startswith("name:") else group)
            if key is not None and resolver is not None and key in resolver.by_key:
                entry = resolver.entries[resolver.by_key[key]]
            kind = (entry.kind if entry.kind in KINDS else "other") if entry and entry.kind else ""
            if entry is None and mention.text in named_companies:
                kind = "company"  # "la empresa Arauco": a company, however it is named
            if entry is None and not kind and resolver is not None:
                kind = _campus_of_shared_acronym(mention.text, resolver)
            groups[group] = Institution(
                name=mention.text,
                key=key if entry else mention.key,
                canonical=entry.name if entry else None,
                country=(entry.country or None) if entry else country_near(text, mention),
                kind=kind or kind_from_words(entry.name if entry else mention.text),
                confidence=mention.confidence if mention.key else 0.5,
            )
            order.append(group)
        institution = groups[group]
        institution.mentions.append(mention)
        # the fullest form as written that is the organisation's own name (not one with a
        # unit: "XJTU School of Management" is XJTU)
        if (
            mention.unit is None
            and mention.how != "acronym"
            and not inside_brackets
            and (len(mention.text) > len(institution.name) or institution.name.isupper())
            # not a former body's name over the organisation's own ("… was established
            # through the merger of Galway-Mayo Institute of Technology, …")
            and (
                not _own_name(institution.name, institution.key, resolver)
                or _own_name(mention.text, institution.key, resolver)
            )
        ):
            institution.name = mention.text
            if institution.canonical is None and institution.kind == "other":
                # ("UOH" in a title, then "la Universidad de O'Higgins (UOH)": the kind its
                # name in full tells)
                institution.kind = kind_from_words(mention.text)
        if institution.mentions[0] is mention and mention.unit is not None:
            institution.name = mention.text.replace(mention.unit, "").strip(" ,") or mention.text
    # a name the registry does not know, written so, is another of a body it knows (each
    # way, in turn, over the groups left)

    def short_form_of_known(unknown: Institution, known: Institution, text: str) -> bool:
        return _short_form_of_known(unknown, known, text, resolver)

    def short_form_written_before(unknown: Institution, known: Institution, text: str) -> bool:
        return _short_form_written_before(unknown, known, text, resolver)

    def known_by_its_word(unknown: Institution, known: Institution, text: str) -> bool:
        return _known_by_its_word(unknown, known, resolver)

    for same in (
        _resolved_elsewhere,
        _ends_known_name,
        _where_then_known_name,
        _known_name_in_brackets,
        _known_name_spelt_otherwise,
        _known_name_reordered,
        _initials_then_head,
        _known_name_named_after,
        _initials_begin_known_name,
        _known_name_with_its_country,
        short_form_of_known,
        short_form_written_before,
        known_by_its_word,
        _run_together_with_uni,
        _university_by_its_initial,
    ):
        for g in list(order):
            if not g.startswith("name:"):
                continue
            # (not one whose own acronym the text gives beside another's)
            known = (
                k
                for k in order
                if not k.startswith("name:")
                and same(groups[g], groups[k], text)
                and not _acronyms_apart(groups[g].mentions, groups[k], defined)
                and not _in_one_list(groups[g].mentions, groups[k].mentions, text)
            )
            into = next(known, None)
            # (one only, for initials: not "IIT" beside IIT Madras and IIT Bombay)
            if into is not None and (
                same
                not in (
                    _initials_begin_known_name,
                    short_form_of_known,
                    short_form_written_before,
                    known_by_its_word,
                    _run_together_with_uni,
                    _university_by_its_initial,
                )
                or next(known, None) is None
            ):
                written = groups[g].name
                order = _merged(groups, order, g, into)
                if same is known_by_its_word:
                    groups[into].name = written  # the fullest form as written
    # (and two names the registry does not know: "Univalle" and "Universidad del Valle")
    for g in list(order):
        if not g.startswith("name:") or g not in order:
            continue
        fuller = [
            k
            for k in order
            if k != g
            and k.startswith("name:")
            and (
                _run_together_with_uni(groups[g], groups[k])
                or _university_by_its_initial(groups[g], groups[k])
                or _legal_form_written_short(groups[g].name, groups[k].name)
            )
        ]
        if len(fuller) == 1 and len(groups[fuller[0]].name) > len(groups[g].name):
            order = _merged(groups, order, g, fuller[0])
    order = _headline_short_forms(groups, order, text, resolver)
    return [groups[g] for g in order]


def _legal_form_written_short(short: str, name: str) -> bool:
    """Whether a company's name is another's with the words between its first ones and its
    legal form left out, the form written short: "Hai Phong JSC" for "Hai Phong Trading
    Investment and Construction Joint Stock Company", "Vina Co." for "Vina Steel Trading
    Company" (not "Hai Phong JSC" for "Hai Phong University")."""
    head, full = short.split(), name.split()
    if len(head) < 2 or len(full) <= len(head) or full[: len(head) - 1] != head[:-1]:
        return False
    form = head[-1].rstrip(".")
    spelt = _LEGAL_FORMS_SPELT.get(form.lower())
    if spelt is not None:
        return full[-1].lower() == spelt
    return (
        len(form) >= 2
        and form.isupper()
        and len(full) - len(head) + 1 >= len(form)
        and "".join(w[0] for w in full[-len(form) :]).upper() == form
    )


# Legal forms written short, and the word each stands for
_LEGAL_FORMS_SPELT = {"co": "company", "ltd": "limited", "corp": "corporation",
                      "inc": "incorporated"}  # fmt: skip
_SEASONS = frozenset("summer winter spring autumn fall".split())
_GERUNDS = frozenset(
    """speaking representing signing acting working commenting responding reporting
    welcoming visiting partnering collaborating writing""".split()
)
_IN_BRACKETS = re.compile(r"\s*\([^()]*\)\s*")


def _place_said_after(name: str, written: str) -> bool:
    """Whether `written` is `name` and where it is after "in": "German Embassy in Nairobi"."""
    return (
        written.startswith(name) and _PLACE_SAID_AFTER.fullmatch(written[len(name) :]) is not None
    )


_PLACE_SAID_AFTER = re.compile(
    r"\s+(?:in|en)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    # "the Confucius Institute at the University of Dar es Salaam": the body it is at
    r"|\s+at\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:of|de|del|es|the|and|[A-Z][\w'’-]+)){0,6}"
)
_CAMPUS_AFTER = re.compile(r"\s*(?:[-–—,]|\bat\b)\s*[A-Z]")


def _clipped_word(name: str) -> bool:
    """A word of three letters or more, capitalised and not in capitals, that is no word
    of a name's kind ("Mak", "Wits"; not "UCT", "University")."""
    return (
        name.isalpha()
        and len(name) >= 3
        and name[0].isupper()
        and not name.isupper()
        and name.lower() not in HEAD_WORDS
    )


def _begins_word_of(short: str, name: str) -> bool:
    """ "Mak" above "Makerere University": the first letters of the word of its own a name
    begins with."""
    own = _unheaded_words(name)[:1]
    return bool(own) and own[0].lower().startswith(short.lower()) and own[0] != short


def _written_longer(short: str, name: str, resolver: Resolver | None) -> bool:
    """Whether a headline's name of two words or more is a name the story writes longer."""
    head = _WORD.findall(short)
    return (
        (
            name.lower().startswith(short.lower() + " ")
            and len(rest := _WORD.findall(name)) > len(head)
            and rest[len(head)].lower() in CONNECTORS
        )
        # "… and University of North Carolina ink MoU" above "the University of North
        # Carolina - Chapel Hill": the place of its campus left out
        or (
            _CAMPUS_AFTER.match(name, len(short)) is not None
            and name.lower().startswith(short.lower())
        )
        # "Pact signed with King's College" above "King's College in London"
        or _place_said_after(short, name)
        # "… for JCU and PNG University of Technology" above "Papua New Guinea University of
        # Technology": words of the name written as their initials
        or _initials_written(short, name)
        # "Nazrul University and … ink MoU" above "Jatiya Kabi Kazi Nazrul Islam
        # University": its words all in the name the story gives (not a place's: "Hanoi
        # University" above "Hanoi University of Science and Technology")
        or (
            _short_form(short, name)
            and kind_from_words(short) == kind_from_words(name)
            and not _named_by_places(short, resolver)
        )
    )


def _initials_written(short: str, name: str) -> bool:
    """Whether `short` is `name` with a run of two words or more written as their initials
    in capitals ("PNG University of Technology", "NC State University"), the other words as
    the name writes them."""
    words_, full = short.split(), name.split()
    for n, word in enumerate(words_):
        end = len(full) - (len(words_) - n - 1)  # the name's words the initials stand for
        if (
            len(words_) > 1
            and len(word) >= 2
            and word.isalpha()
            and word.isupper()
            and end - n >= 2
            and words_[:n] == full[:n]
            and words_[n + 1 :] == full[end:]
            and "".join(w[0] for w in full[n:end]).upper() == word
        ):
            return True
    return False


def written_short(short: Institution, name: Institution) -> bool:
    """Whether an organisation's name, unknown to the registry, is another's written short,
    two words or more ("Nazrul University" for "Jatiya Kabi Kazi Nazrul Islam University";
    not "Hanoi University" for "Hanoi University of Science and Technology"; nor the name a
    longer one read with words before it ends with: "Joining the European Reform University
    Alliance", a heading)."""
    return (
        len(_WORD.findall(short.name)) >= 2
        and not name.name.endswith(short.name)
        and _written_longer(short.name, name.name, None)
    )


def _headline_short_forms(
    groups: dict[str, Institution], order: list[str], text: str, resolver: Resolver | None
) -> list[str]:
    """A headline writes a name short: "… inks MoU with Chinese Academy" above "the Chinese
    Academy of Tropical Agriculture Sciences and …". An unknown name named only on the first
    line joins the one organisation the story names longer (`_written_longer`), or, a word
    written short ("Mak"), whose name begins with it (none when the story names two such)."""
    # (a headline: the title `first_line_title` reads, no full stop at its end)
    title = first_line_title(text)
    if not title or title.endswith("."):
        return order
    end = text.find("\n")
    for g in list(order):
        short = groups[g]
        head = _WORD.findall(short.name)
        if (
            not g.startswith("name:")
            or len(head) < (1 if _clipped_word(short.name) else 2)
            or any(m.start >= end for m in short.mentions)
        ):
            continue
        longer = [
            k
            for k in order
            if k != g
            and any(m.start >= end for m in groups[k].mentions)
            and (
                _begins_word_of(short.name, groups[k].name)
                if len(head) == 1
                else _written_longer(short.name, groups[k].name, resolver)
            )
        ]
        if len(longer) == 1:
            order = _merged(groups, order, g, longer[0])
    return order
