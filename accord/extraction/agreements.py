"""What a news text says was signed, by whom, with whom, when and on what; and the events
around it. No Django here.

Sentence by sentence:

- A sentence that names a document ("memorandum", "MoU", "framework agreement", "joint PhD
  programme", "agreement") and a signing ("signed", "inked", "entered into", "concluded",
  "renewed", "will sign") reports an agreement. Its parties are the organisations the
  sentence names; with one named, the text's main organisation (the one it names most) is
  the other. A plural document with one organisation on one side and several on the other
  ("two MoUs, the first with A and the second with B") is one agreement with each. A number
  of agreements between groups ("Over 20 membership universities signed with XJTU 17 MOUs")
  is one aggregate agreement, its parties the organisations the text lists for the group.
- A sentence that refers back ("the agreement was signed by …", "Under the agreement …")
  adds signatories, areas and a date to the agreement before it, or to the one of the kind,
  the party or the place in order it names ("El convenio marco fue suscrito …", "The MoU
  with the PMC …", "the second agreement"); a sentence naming only who signed ("Por la
  Facultad firmó su decano, …") follows the agreement just reported.
- A sentence naming several documents ("a framework agreement … and a double degree
  agreement") reports one agreement per document, each with its own "with …" when each
  names one. "The five universities", "the three organisations" are the ones just named
  (then the signatories' organisations, when they name more of them); units ("the Dean of
  the School of …") sign for their university.
- No agreement: a tally ("has signed MoUs with more than 40 universities so far"), a
  summary naming one side ("announced two new agreements with German universities"), a
  negation ("No agreement was signed"); who funds or what is set up (or "on the same day
  opened") in an aside is no party; a photo's caption reports nothing. A network's new
  members, named after "the accession of", one a line or "admitted … as full members", are
  its memberships, one each;
  a network is named as one, said to be one ("X, a cooperative network") or joined "as a
  member of".
- Documents listed with commas (or "and" with no article, as headlines write), each "with"
  its own partner, are several; memoranda signed "respectively" by several partners are one
  with each; "one of the agreements" between two named is its own; universities that
  "signed 22 agreements", listed after, are one aggregate. A renewal after a new
  memorandum is another instrument; "renewed …, first concluded in 2009" also reports the
  first as historical, and "following earlier memoranda with A and B" one with each.
- More documents than partners named ("twelve memoranda with A, B, C and D") are one
  aggregate agreement; what a party is part of ("HCMUT, a member of VNU-HCM,") is no party;
  "In addition to the twelve memoranda, …" names no document of the sentence.
- A document more that names no organisation ("The same two signatures were then put on
  an agreement establishing …", "a joint programme will also be signed") is between those
  just named; "the same two signatures" are the last agreement's signatories.
- One to come after one signed is another instrument ("have also agreed to develop a Joint
  PhD program"); "the parties" to it are those just named, then the text's main
  organisation, then the last agreement's parties.
- The kind follows the document's own name; the status is planned ("will sign", "will be
  signed", "expected to be signed", "agreed to prepare", "se prevé firmar", "potential"),
  renewed ("renewed", "revised"), historical (signed in an earlier year than the news) or
  signed.
- Areas are the phrases listed after "on", "covering", "in the fields of", "aims at",
  "to promote"… in those sentences, each kept as written.
- Signatories are the people with titles in a signing sentence who signed ("signed by",
  "X signed", "put their signatures", "joined virtually and appended her signature"), not
  those present, attending or witnessing; "the head of the delegation" is who led it; of
  agreements one sentence reports together, each signer goes on the one of their
  organisation.
- More (docs/architecture.md lists them with examples): an MoU and an MoA signed together
  are two; a letter of intent after an agreement is new; "the two universities and X signed"
  is three parties; "The agreements were signed by …" and "signed all four MoUs" mean the
  ones just reported; "the renewal document" the renewed one; the lead's signer of documents
  in the plural is the hub; what a memorandum is "on establishing" or "to support" is no
  party; a membership takes the day of the decision told after it, "On the same day" the
  last agreement's day; lists of signers before the verb, "lo hizo", "Signing for X, …
  said", "la vicerrectora …, firmaron" and "The KUET registrar and … signed" name signers,
  "witnessing the signing" does not; an undated visit told with the one dated visit of its
  hosts or guests is that visit. Memoranda with partners of whom only some are named
  ("including …", a count of partners or documents, here or just before) are one aggregate;
  one of several counted together that a later sentence names ("signed a memorandum with
  A", "renews an MoU first signed in 2018") is that one; "the rectors of the two
  universities signed" are each party's; a sentence naming one party takes the other from
  where its other signer works; "The two sides also renewed" are the last agreement's.
  Documents counted as signed, then told in turn ("The first, a memorandum with A …"), are
  each between their signer and the one each is with; "signed by the presidents of the two
  universities" takes presidents named after it too, and "his counterpart, Prof. B" the
  other party's; a signing with no day takes its ceremony's, and the other way round.
  "A, B and C also signed agreements with D" are one each with D; signers told later of a
  document named by its kind ("The letter of intent was signed by …") or its parties go on
  that one; "signed two agreements" between two named parties is two; "During these
  negotiations an Agreement … was signed" is between the main organisation and whom the
  talks were with; "renews the MoU signed five years ago" tells an earlier one.
- Events: a visit ("delegation", "visited", "hosted", "received"; not one still to come,
  and not the host's laboratories, museums or colleges it tours), a launch ("launched",
  "inaugurated", "opening ceremony"), a meeting with who hosted it ("held at X's campus",
  "hosted by X"), and a signing ceremony for signings with a date, a place or the word
  "ceremony" that are not part of a visit already reported.
"""

import bisect
import datetime
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from accord.extraction.dates import DateMention
from accord.extraction.orgs import (
    DOMAIN_WORDS,
    UNIVERSITY_WORDS,
    Institution,
    Mention,
    facility_like,
    made_of,
    unit_like,
    written_short,
)
from accord.extraction.people import HONORIFICS, LED_BY, TITLE_WORDS, Person
from accord.extraction.text import Sentence, sentences


class _Remembered:
    """A pattern whose searches of whole strings are remembered: the rules ask the same of
    one sentence many times (whether it tells a signing, names a document), and the longest
    patterns cost the most of reading a text. The same answers, found once."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._whole = lru_cache(maxsize=4096)(pattern.search)
        self.match = pattern.match
        self.fullmatch = pattern.fullmatch
        self.finditer = pattern.finditer
        self.findall = pattern.findall
        self.sub = pattern.sub

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if pos == 0 and endpos is None:
            return self._whole(string)
        return self.pattern.search(string, pos, len(string) if endpos is None else endpos)


_SIGNABLE = (
    r"(?:programs?|programmes?|partnerships?|charters?|arrangements?|treat(?:y|ies)|"
    r"addend(?:um|a)|adendas?)"
)
# (a partnership itself, what it is for or with whom after it: not "a partnership committee",
# "a partnership fund")
_PARTNERSHIP_ITSELF = (
    r"(?!\s*-)(?!\s+(?:committee|fund|office|model|award|milestone|end|building|team|manager|"
    r"director|coordinator|officer|event|meeting|forum|summit|conference|day|week|desk|unit|"
    r"council|board|portal)s?\b)"
)
# "A has partnered with B" (not "would have partnered", "has partnered with dozens of …")
_HAS_PARTNERED = (
    r"(?:(?<=\bhas )|(?<!would have )(?<!could have )(?<!might have )(?<=\bhave ))"
    r"partnered(?=\s+with\b)(?!\s+with\s+(?:dozens|many|several|numerous|hundreds|scores|"
    r"various|other|more\s+than|over)\b)"
)
# (not "have not yet announced a partnership")
_MADE_PARTNERSHIP = (
    r"(?:(?<=\bannounced )|(?<=\bformed )|(?<=\bforged )|(?<=\binto )|(?<=\bestablished )|"
    r"(?<=\bstruck ))(?<!\bnot announced )(?<!\bnot yet announced )(?<!\bnot formed )"
    r"(?<!\bnot yet formed )(?<!\bnot entered into )(?<!\bnot yet entered into )"
)
_DOCUMENT = _Remembered(
    re.compile(
        r"\b(memorand(?:um|a|ums)|memor[aá]nd(?:um|o|os)|mo[ua]?s?|m\.o\.u\.?|agreements?|accords?|"
        r"contracts?|pacts?|convenios?|acuerdos?|protocols?|protocolos?|letters? of intent|"
        # (Portuguese: "firmou um acordo de cooperação", "o termo de convênio")
        r"acordos?|conv[eê]nios?|"
        # ("signed a letter of understanding", "The LoU is to stay in force …")
        r"letters? of understanding|(?-i:LoUs?|LOUs?)\b|"
        r"cartas? de intenci[oó]n|"
        r"actas? (?:complementaria|de intenci[oó]n|acuerdo|de compromiso|espec[ií]fica)s?|"
        r"declarations?|"
        r"road\s?maps?|hojas? de ruta|(?<=signed an )understanding|(?<=penned an )understanding|"
        r"(?<=inked an )understanding|"
        r"(?:joint|dual|double)[\s-](?:(?:phd|doctoral|degree|master['’]?s?|bachelor['’]?s?|education|"
        r"training) ){1,2}(?:programs?|programmes?|projects?)|"
        # words that name a document only when it is what was signed: "A Research Cooperation
        # Program between the two universities was signed", "signed a partnership charter"
        # (not "the programme was signed": one told before)
        # "the signing ceremony of the ICT “Innovative Talent Center” between WUT and Huawei": a
        # signing between two, whatever it is called
        r"signing ceremony(?=\s+(?:of|for)\s+[^.;]{1,80}?\bbetween\s+(?:the\s+)?(?-i:[A-Z]))|"
        r"(?<!\bthe )(?<!\bthese )(?<!\bthose )(?<!\bthis )"
        rf"{_SIGNABLE}(?=(?:\s+[\w-]+){{0,6}}?\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:\w+\s+){{0,2}}?"
        r"(?:signed|inked|sealed|concluded|firmad[oa]s?|suscrit[oa]s?))|"
        rf"(?:(?<=\bsigned )|(?<=\binked )|(?<=\bsealed )|(?<=\bpenned )|(?<=\bstruck ))an?\s+"
        r"(?:(?!(?:memorand|mo[ua]s?\b|agreement|accord|contract|convenio|acuerdo|protocol))"
        rf"[\w-]+\s+){{0,4}}?{_SIGNABLE}|"
        # "struck a similar deal with TCS" (not "a good deal … over the shared costs", "signed a
        # two-year deal with Leeds United")
        r"(?:(?<=\bsigned )|(?<=\binked )|(?<=\bsealed )|(?<=\bstruck ))an?\s+"
        r"(?:(?!(?:good|great|better|fair|bad|raw|big)\b)(?![\w-]*years?\b)[\w-]+\s+){0,2}deals?|"
        # "A and B have announced a partnership to set up …", "… entered into a strategic
        # partnership", "A has partnered with B": a partnership they made, whatever its document
        rf"(?:{_MADE_PARTNERSHIP})an?\s+(?:[\w-]+\s+){{0,3}}?partnership{_PARTNERSHIP_ITSELF}|"
        rf"{_HAS_PARTNERED})\b",
        re.IGNORECASE,
    )
)
# The preparation of a document to come: "the preparation of a complex agreement", "la
# elaboración de un convenio marco"
_PREPARATION = (
    r"(?:discuss\w*|began|begun|begin\w*|start\w*|work(?:ed|ing)? on|agreed on|acordaron|"
    r"inici\w+|trabaj\w+ en)\s+(?:the\s+|la\s+)?(?:preparation|drafting|preparaci[oó]n|"
    r"elaboraci[oó]n|redacci[oó]n)"
)
_PREPARED = (
    r"(?:[\w-]+\s+){0,3}?(?:mo[ua]s?|memorand\w*|agreements?|convenios?|acuerdos?|memor[aá]ndum)\b"
)
# "Los encargados de firmar el convenio … han sido A y B": who signed it
_CHARGED_TO_SIGN = (
    r"encargad[oa]s? de (?:firmar|rubricar|suscribir)\b[^.;]{0,120}?\b(?:han sido|fueron)"
)
_SIGNED = _Remembered(
    re.compile(
        # ("the two parties cosigned the Memorandum")
        r"\b((?:co)?sign(?:s|ed|ing)?|"
        # "The signatories of the MoU were A, …, and B, …"
        r"signatories\s+(?:of\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,4}?)?(?:were|are|included)\b|"
        # "discussed the preparation of a complex agreement …": one to come
        rf"(?:{_PREPARATION})(?=\s+(?:of|de)\s+(?:an?|the|un|una|el)\s+{_PREPARED})|"
        r"ink(?:s|ed)?|seal(?:s|ed)?|penned|conclud(?:e|es|ed)|entered into|"
        # "have executed an agreement to carry out joint applied research"
        r"execut(?:e|es|ed)(?=\s+(?:an?|the|two|three)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:agreements?|mo[ua]s?|memorand\w*|contracts?)\b)|"
        r"enter(?:s|ed)? into|renew(?:s|ed|ing)?|revis(?:e|es|ed)|"
        # "have put their names to a memorandum of understanding"
        r"put (?:their|his|her|its|our) (?:signatures?|names? to)|"
        # "Los encargados de firmar el convenio … han sido A y B": who signed it
        rf"{_CHARGED_TO_SIGN}|"
        # "… went a step further with the signature of an academic agreement" (not "the
        # signature of the agreement is scheduled for June", "awaits the signature of …")
        r"(?<=with the )signature of (?:an?|the|their|two|three)\b|"
        # "the MoU carries the signatures of …"
        # (a document that does: not "a diploma that bears the signatures of both rectors")
        r"\b(?:mou|moa|agreement|memorandum|contract|document)\b[^.;]{0,120}?"
        r"\b(?:carr(?:y|ies|ied)|bears?|bore) the signatures? of|"
        r"signatures?\s+(?:were|was)\s+(?:\w+\s+)?(?:put|placed|affixed)|affix(?:es|ed)?|"
        r"launch(?:es|ed)?|set up|establish(?:es|ed)?|firm(?:ó|aron|an|a|ara|aran|ase|asen)|"
        # (Portuguese: "a USP firmou um acordo", "assinaram o convênio", "USP assina acordo")
        r"firm(?:ou|aram)|assin(?:ou|aram|am|a|ad[oa]s?)|"
        r"suscribi(?:ó|eron|era|eran)|"
        # "Lo expresó al firmar un convenio con …": on signing it (not "para firmar", to come)
        r"(?<=\bal )(?:firmar|suscribir|signar)|"
        r"(?<!\bnot )(?<!\bnot yet )(?<!\bnever )(?:announced|formed|forged)"
        rf"(?=\s+an?\s+(?:[\w-]+\s+){{0,3}}?partnership{_PARTNERSHIP_ITSELF})|"
        rf"{_HAS_PARTNERED}|"
        r"sign(?:ó|aron)|"
        r"sell(?:ó|aron|ar)|endors(?:e|es|ed)|reaffirm(?:s|ed)?|ratif(?:y|ies|ied)|"
        r"finali[sz](?:e|es|ed)|finiquit(?:ó|aron)|renov(?:ó|aron|ad[oa]s?)|refrend(?:ó|aron)|"
        r"firmad[oa]s?|suscrip?t[oa]s?|signad[oa]s?|rubric(?:ó|aron|ad[oa]s?)|"
        r"made\s+public|announc(?:e|es|ed)|reach(?:es|ed)|struck|forged|formalis(?:e|ed)|"
        r"formaliz(?:e|ed)|formaliz(?:ó|aron|ad[oa]s?)|concret(?:ó|aron)|celebr(?:ó|aron)|"
        r"agree(?:s|d)\s+(?:on\s+)?(?:a|an|two|three|new)|put pen to paper|join(?:s|ed)? forces|"
        # "IISc has teamed up with the University of Melbourne for a joint PhD program" (not
        # "researchers teamed up with X to map the seabed", "will team up")
        r"team(?:s|ed) up(?=\s+with\b[^.;]{0,120}?\b(?:for|on|to\s+\w+)\s+(?:a|an)\s+(?:new\s+)?"
        r"(?:joint|dual|double)\b)|"
        # "UM exchanged three memoranda with …" (not "exchanged views")
        r"exchanged\s+(?:the\s+|\w+\s+){0,2}(?:memorand(?:a|ums?)|mo[ua]s?|agreements?|"
        r"documents|protocols|contracts)|exchanged\s+(?:the\s+|their\s+)?signatures|"
        # "the Memoranda of Understanding (MoUs) … exchanged today"
        r"exchanged(?=\s+(?:today|yesterday|on\s+(?:\d|[A-Z]))))\b",
        re.IGNORECASE,
    )
)
# "given its approval", "approval has also been granted"
_APPROVAL_GIVEN = (
    r"given (?:its|their) approval|approval (?:has|had|was) (?:also )?been (?:given|granted)"
)
_PLANNED = re.compile(
    r"\b((?:will|would|shall)\s+(?:also\s+|soon\s+|jointly\s+)?sign|"
    # (not "was very happy to be able to sign an MoU with PT MDI": glad of what it signed)
    r"(?<!happy )(?<!pleased )(?<!glad )(?<!delighted )(?<!honoured )(?<!honored )(?<!proud )"
    r"(?<!happy to be able )(?<!pleased to be able )(?<!glad to be able )to sign|to be signed|"
    r"will be (?:signed|concluded|inked)|(?:expected|due|scheduled) to be signed|"
    r"to be (?:entered into|concluded)|"
    # "Approval has also been given for a Memorandum of Understanding between …" (not "after
    # both senates had given their approval to the text")
    rf"(?:{_APPROVAL_GIVEN}) (?:for|to) (?:an? |the )?(?:[\w-]+ ){{0,3}}?"
    r"(?:memorand\w*|agreements?|mo[ua]s?|convenios?|contracts?)\b|"
    r"aim of signing|agreed to (?:develop|prepare|work on|explore)|"
    # "they are working towards signing a Memorandum of Understanding"
    r"(?:are|is) (?:now )?working towards? (?:the )?signing|"
    # "discussed the preparation of a complex agreement concerning …"
    rf"(?:{_PREPARATION})(?=\s+(?:of|de)\s+(?:an?|the|un|una|el)\s+{_PREPARED})|"
    r"(?:possibility|prospects?|feasibility) of signing|posibilidad de (?:firmar|suscribir)|"
    # "FUOYE and Cornell University to Establish an MOU"
    r"to (?:establish|conclude|ink) (?:an?|the) (?:[\w-]+ ){0,2}?(?:mou|memorandum|agreement)|"
    r"(?:se )?prevé firmar|acordaron trabajar en|se espera(?:n)? (?:firmar|suscribir)|"
    r"hacia la firma de|"
    # (not "una carta de intención de colaboración": a document)
    r"voluntad de|(?<!carta de )(?<!cartas de )intención de|"
    r"(?:firmar|suscribir)(?:á|án)|(?<!acaba )(?<!acaban )(?<!acabamos )(?<!encargados )"
    # (not "Los encargados de firmar el convenio … han sido A y B": who signed it)
    r"(?<!encargadas )(?<!encargado )(?<!encargada )de (?:firmar|suscribir)|"
    # (not "signed … as part of its plan to internationalise education": what it is for)
    r"(?<!part of its )(?<!part of their )(?<!part of the )(?<!line with its )plans? to|"
    # ("a planned MoU", "signing is planned"; not "the planned activities were put on hold")
    r"planned(?=\s+(?:[\w-]+\s+){0,2}(?:agreements?|mo[ua]s?|memorand\w*|contracts?|"
    r"signing|documents?)\b)|(?:is|are|was|were|been|as)\s+planned|"
    r"potential|proposed|intend(?:s|ed)? "
    r"to sign|is set to|are set to|would sign|expected to sign|"
    # "UNILAK and others are also expected to enter into similar agreements" (not "a visit
    # that is expected to conclude on Friday")
    r"(?:expected|likely) to enter into|"
    # "The University of Greenwich is to become the 24th member", "will join the group"
    r"(?:is|are) to (?:become|join)|will (?:become|join))\b",
    re.IGNORECASE,
)
_RENEWED = _Remembered(
    re.compile(
        r"\b(renew(?:s|ed|al|ing)?|reaffirm(?:s|ed)?|revis(?:e|es|ed)|"
        r"extend(?:s|ed|ing)? (?:the|their|its) "
        r"(?:cooperation|partnership|agreement|collaboration)|renov(?:ó|aron|ado|ada)|"
        # "El nuevo convenio renueva otro que …", "renuevan su convenio marco" (not "renueva su
        # compromiso con la internacionalización")
        r"renuevan?(?=\s+(?:otro|(?:el|su|sus|los|las|la)\s+(?:[\w-]+\s+)?(?:convenio|acuerdo|"
        r"memorando|alianza|colaboraci[oó]n|cooperaci[oó]n|protocolo)))|"
        r"renovaci[oó]n|por (?:segunda|tercera|cuarta) vez|for the (?:second|third|fourth) time|"
        # "un nuevo convenio, con el que dan continuidad al que ya rubricaron en 2020"
        r"(?:dan?|dando) continuidad a(?:l\s+(?:que|convenio|acuerdo|memorando)|"
        r"\s+(?:los|las|el|la|su|sus)\s+(?:[\w-]+\s+){0,2}?(?:convenios?|acuerdos?|"
        r"memorandos?)))\b",
        re.IGNORECASE,
    )
)
_BACK = re.compile(
    # "the renewed agreement", "The five-year MoU", "the tripartite memorandum"
    r"\b(the|this|that|these|said|both|two) (?:(?!another\b)[\w-]+\s+){0,2}?"
    r"(agreements?|mo[ua]s?|memorand(?:um|a)|protocols?|deal|"
    r"documents?|accords?|partnership|collaboration|cooperation|letter|charter|declaration|"
    r"renewal|"
    # (not "under the framework of the … Alliance": what it is part of)
    r"contracts?)\b|\bit\b|\bunder the\b(?!\s+(?:framework|auspices|umbrella|aegis|patronage))|"
    r"\bthrough the\b|\b(?:the two|both) (?:sides|parties|institutions|universities)\b|"
    r"\b(?:el|del|al|este|dicho|la|esta) (?:convenio|acuerdo|documento|carta|memorando)\b|"
    r"\bsigned (?:for|on behalf of)\b|"
    r"\b(?:los|estos|dichos|ambos) (?:convenios|acuerdos|documentos)\b|"
    r"\bambas (?:instituciones|partes|universidades)\b",
    re.IGNORECASE,
)
# "The cooperation agreement between XJTU and Politecnico di Milano": a document with its parties
_BETWEEN = re.compile(
    # (not "who signed the MoU together with the Chairperson of X": whom they signed beside)
    r"\b(?:agreement|mo[ua]|memorandum|protocol|accord|contract|deal)s?\b[^.,;]{0,40}?"
    r"\b(?:between|(?<!together )with)\b",
    re.IGNORECASE,
)
_SIDES = _Remembered(
    re.compile(
        # ("the two East African universities": where they are from between)
        r"\b(?:the (?:two|three|four|five|six|seven|eight|nine|ten)|both|the) "
        # ("the two (2) regional organisations")
        r"(?:\(\d+\) )?(?:(?:regional|national|public|private|partner|sister|leading) )?"
        r"(?-i:[A-Z][\w-]+ ){0,2}(?:sides|parties|"
        r"institutions|universities|organi[sz]ations|partners)\b(?!\s+(?-i:[A-Z]))|"
        r"\bambas (?:partes|instituciones|universidades|casas de estudio)\b|"
        r"\blas dos (?:partes|instituciones|"
        r"universidades)\b",
        re.I,
    )
)
_HELD_SINCE = re.compile(
    r"\b(?:have|has|had)\s+(?:long\s+|already\s+)?(?:had|maintained|held)\b[^.;]{0,100}\bsince\s+"
    r"(?:19|20)\d\d\b|\b(?:colaboran|cooperan|mantienen)\b[^.;]{0,60}\bdesde\s+(?:19|20)\d\d\b|"
    # "La UMA tiene desde 2009 un acuerdo con …", "tienen un convenio … desde 2009"
    r"\b(?:tienen?|mantiene)\s+(?:(?:un|una|el|la|sus?)\s+)?(?:[\w-]+\s+){0,2}?(?:convenios?|"
    r"acuerdos?|alianzas?)\b[^.;]{0,60}\bdesde\s+(?:19|20)\d\d\b|"
    r"\btienen?\s+desde\s+(?:19|20)\d\d\s+(?:un|una)\s+(?:[\w-]+\s+)?(?:convenio|acuerdo)",
    re.IGNORECASE,
)
# "Since DLSU and Chula already have the university level MoU", "a university with which
# Osaka University already has an exchange agreement": one held, signed before
_ALREADY_HELD = re.compile(
    r"\b(?:already\s+(?:have|has|had)|(?:have|has|had)\s+already\s+(?:had|held))\s+"
    r"(?:(?:an?|the|their|its)\s+)?(?:[\w-]+\s+){0,3}?(?:agreements?|mo[ua]s?|memorand\w*|"
    r"contracts?)\b"
    # (not "USIM already had MoU/MoA collaborations with over 37 universities": a count)
    r"(?![^.;]{0,40}?\bwith\s+(?:over\s+|more\s+than\s+|some\s+|about\s+|nearly\s+)?\d)",
    re.IGNORECASE,
)
_COUNTS = {"two": 2, "both": 2, "ambas": 2, "dos": 2, "three": 3, "four": 4, "five": 5,
           "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_NUMBER_WORDS = {"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                 "twenty": 20,
                 # (Spanish: "nueve convenios"; not "dos", which is also "of the")
                 "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
                 "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15,
                 "veinte": 20}  # fmt: skip
# How news writes a count of things ("12", "twelve"), for the patterns that count
_NUMERALS = "|".join(
    [r"\d+", *(w for w in [*_COUNTS, *_NUMBER_WORDS] if w not in ("both", "ambas", "dos"))]
)
_NEW = re.compile(
    # (not "The new agreement was signed …", "The two memoranda were signed by …": the ones
    # just told)
    r"\b(?<!the )(?<!these )(?<!those )(?<!los )(?<!las )(?<!estos )(?<!estas )"
    r"(a|an|two|three|four|five|six|seven|eight|nine|ten|\d+|(?<!the )new|several|another|un|una|"
    r"dos|tres|nuevo|nueva|otro|otra)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(memorand|mo[ua]|agreement|protocol|contract|accord|convenio|acuerdo|"
    r"degree program|letter of intent|carta de intenci|acta)"
    # "suscribieron el primero de esos convenios específicos": the first of those to come
    r"|\b(?:first|primer[oa]?)\s+(?:of|de)\s+(?:these|those|esos|estos|esas|estas)\s+"
    r"(?:[\w-]+\s+){0,2}?(agreements|convenios|acuerdos|memoranda|mo[ua]s)\b",
    re.IGNORECASE,
)
_GROUP = re.compile(
    r"\b(?:over|more than|some|about|nearly|around)?\s*(\d+|dozens of|several)\s+"
    r"(?:\w+\s+)?(universities|members|institutions|partners|organi[sz]ations|schools|"
    r"colleges|companies)\b",
    re.IGNORECASE,
)
_PLURALS = (
    r"memoranda|memorandums|mo[ua]s|agreements|contracts|convenios|acuerdos|protocols|protocolos"
)
_PLURAL_DOCUMENTS = re.compile(rf"\b(?:{_PLURALS})\b", re.IGNORECASE)
# One document's name in the plural, the documents of a part of a sentence told one with each
_PLURAL_DOCUMENT = re.compile(rf"{_PLURALS}|memorandos|memor[aá]ndums|contratos", re.IGNORECASE)


def _plural(text: str, document: re.Match[str]) -> bool:
    """Whether a document's name is in the plural ("memoranda", "MoUs"; "memorandum of
    understandings", as some write it)."""
    return bool(_PLURAL_DOCUMENT.fullmatch(document.group(1))) or (
        document.group(1).lower() == "memorandum"
        and re.match(r"\s+of\s+understandings\b", text[document.end() :], re.IGNORECASE) is not None
    )


# ("an MoU first signed by the two universities in 2018"; any words between: "The two
# universities first signed an MoU in 2009")
_FIRST_SIGNED = re.compile(
    r"\b(?:first|originally|initially)\s+(?:signed|concluded|agreed|inked)\b[^.;]{0,40}?\bin\s+"
    r"(?:19|20)\d\d\b|"
    # "… to renew the academic exchange agreement that had been concluded with TUFS in 1999"
    r"\b(?:that|which)\s+(?:had\s+been|was|were)\s+(?:signed|concluded|inked)\b[^.;]{0,40}?"
    r"\bin\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# A heading of documents to come: "The approved agreements include:", "los convenios
# propuestos son:"
_APPROVED = re.compile(r"\b(?:approved|proposed|aprobad[oa]s|propuest[oa]s)\b", re.IGNORECASE)
# What a renewal says of the one it renews, with its year: "… renueva otro que ambas casas de
# estudios habían firmado en 1995", "su convenio …, vigente desde 2021", "in force since 2016"
_RENEWS_ONE_OF = re.compile(
    r"\b(?:que|el cual|la cual)\s+(?:[\w-]+\s+){0,5}?(?:hab[ií]an?|fue|fueron)\s+"
    r"(?:firmad[oa]s?|suscrit[oa]s?)\s+en\s+(?:el\s+año\s+)?((?:19|20)\d\d)\b|"
    r"\b(?:vigente|en vigor|in force|in place)\s+(?:desde|since)\s+((?:19|20)\d\d)\b|"
    # "… renewed for another five years a memorandum of understanding (MoU) signed on
    # December 3, 2013"
    r"\b(?:mo[ua]s?|memorand\w*(?:\s+of\s+(?:understanding|agreement))?|agreements?)\b"
    r"(?:\s*\([^()]{1,10}\))?,?\s+signed\s+(?:on|in)\s+"
    r"(?:[\w,]+\s+){0,3}?((?:19|20)\d\d)\b|"
    # "… dan continuidad al que ya rubricaron en el año 2020"
    r"\bque\s+(?:ya\s+)?(?:firmaron|rubricaron|suscribieron|firm[oó]|rubric[oó]|suscribi[oó])\s+"
    r"en\s+(?:el\s+año\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_RECENT_DAYS = 92  # a day this close before the news is what it reports
_DECADE_SIGNED = re.compile(
    r"\b(?:since|in|during)\s+the\s+(?:19|20)\d0['’]?s\b[^.;]{0,40}?\b(?:signed|concluded|inked)\b",
    re.IGNORECASE,
)
_YEARS_AGO = re.compile(
    r"\b(?:signed|concluded|inked)\s+(?:\w+\s+){0,3}?(?:\d{1,2}|two|three|four|five|six|seven|"
    r"eight|nine|ten|a few|several|many)\s+years\s+ago\b",
    re.IGNORECASE,
)
# "The two universities also renewed …", "At the same ceremony, …": one more, not the one
# told
_ANOTHER_TOO = re.compile(
    r"\b(?:also|too|as well|additionally|likewise|same (?:ceremony|occasion|event)|también|"
    r"además|asimismo|mismo acto)\b",
    re.IGNORECASE,
)
# "The last frame agreement has expired": the one a new agreement renews
_EXPIRED = re.compile(
    r"\b(?:expired|lapsed|ran out|run out|came to an end|venci[óo]|vencido|caduc[óo]|"
    r"caducado|expir[óo])\b",
    re.IGNORECASE,
)
# "The memorandum renews the agreement …", "With this memorandum the two renewed …": the new
# document is the renewal
_RENEWS_IT = re.compile(
    r"\b(?:the|this|the new|este|esta|el|el nuevo)\s+(?:[\w-]+\s+){0,3}?(?:memorandum|mou|"
    r"agreement|convenio|memorando|acuerdo)\b[^.;]{0,40}?\b(?:renews|renueva)\b|"
    r"\b(?:with|through|under)\s+this\s+(?:[\w-]+\s+){0,3}?(?:memorandum|mou|agreement)\b|"
    r"\bcon\s+este\s+(?:convenio|memorando|acuerdo)\b",
    re.IGNORECASE,
)
_ALSO = re.compile(r"\s+(?:also|then|further|additionally|likewise)\b", re.IGNORECASE)
_HAD_SIGNED_IN = re.compile(
    r"\bhad\s+(?:\w+\s+)?(?:signed|concluded|inked)\b[^.;]{0,80}?\bin\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_ONE_OF = re.compile(
    r"\bone of the (?:\w+ )?(?:agreements|mo[ua]s|memoranda|documents|convenios)\b", re.I
)
_GROUPS_SIGNED = re.compile(
    r"\b(?:universities|institutions|colleges|universidades)\b[^.]{0,60}?\b(?:signed|inked|"
    r"concluded|exchanged|firmaron)\s+(?:over |more than |some |a total of )?(?:\d+|dozens of|"
    r"several)\s+(?:\w+\s+)?(?:agreements|mo[ua]s|memoranda|documents|convenios)\b",
    re.IGNORECASE,
)
_LIST = re.compile(
    r"\b(comprise|comprises|comprising|include|includes|including|such as|namely|among them|"
    r"are|were)\b",
    re.IGNORECASE,
)
_JOIN = _Remembered(
    re.compile(
        r"\b(join(?:s|ed|ing)?|admitted|accepted (?:into|as (?:an? )?(?:new |full )?member)|"
        r"induct(?:ed|ion)|approv(?:al|ed) of (?:[\w-]+\s+){1,8}?as (?:an? )?(?:new |full )?member|"
        # "is to become the 24th member of the Alliance"
        r"bec[oa]mes? (?:an? |the |its )?(?:\d+(?:st|nd|rd|th) |newest |latest )?"
        r"(?:(?-i:[A-Z][\w&-]*) )?(?:full |new |associate )?members?|"
        # "have now become the newest ORAU sponsoring institutions"
        r"bec[oa]mes? (?:an? |the |its )?(?:newest |latest |new )?(?:(?-i:[A-Z][\w&-]*) )?"
        r"(?:sponsoring|member) (?:institutions?|universities|university)|"
        # (not "linked through their mutual membership in AC21": what they already are)
        r"(?<!mutual )(?<!common )(?<!shared )(?<!existing )membership|"
        r"accession|acceptance into|admission (?:to|into)|adhesi[oó]n|"
        # "EUA is glad to welcome six universities as individual full members"
        r"welcom(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,4}?as\s+(?:[\w-]+\s+){0,2}?members?|"
        r"(?:named (?:as )?|bec[oa]mes? )(?:an? |one of the )?found(?:ing|er) members?|"
        # "la UNSAM se sumó a la red", "nos sumamos ahora como socios plenos a dos redes", "se
        # incorporó como miembro pleno"
        r"(?:se|nos)\s+(?:sum|incorpor)(?:a|ó|aron|amos)\s+(?:\w+\s+)?(?:a|como)|"
        r"(?:miembros?|socios?)\s+plen[oa]s?)\b",
        re.I,
    )
)
# Who joined is who tells of it: "nos sumamos a …", "we have joined …"
_WE_JOINED = re.compile(
    r"\b(?:nos\s+(?:sum|incorpor|un)\w*|we\s+(?:have\s+)?(?:joined|become))\b", re.I
)
# "… formally joined the alliance": the network named before
_THE_NETWORK = re.compile(r"\bthe (?:alliance|network|consortium|association)\b", re.I)
_ALLIANCE = re.compile(
    r"\b(alliance|network|consortium|association|league|uni[oó]n|asociaci[oó]n|alianza|consorcio|"
    r"associa[çc][ãa]o|alian[çc]a|cons[óo]rcio|associazione)\b",
    re.I,
)
# "UArctic, the University of the Arctic, a cooperative network of …": what the text says a
# body is, after its name
_DESCRIBED_NETWORK = re.compile(
    r"\s*(?:\([^()]{1,40}\))?,\s*(?:the\s+[^,.]{3,80},\s*)?(?:an?|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:alliance|network|consortium|association|league)\b",
    re.IGNORECASE,
)
# "… has been admitted as a member of UArctic"
_MEMBER_OF = re.compile(
    r"\bas\s+(?:an?\s+)?(?:full\s+|associate\s+|new\s+)?member\s+of\s+(?:the\s+)?$"
)
# (not "firmado … por el rector Juan Pérez según lo acordado": after the signer)
_ACCORDING_TO = re.compile(r"\b(?:according to|según)\s+(?:[\w.-]+\s+){0,3}?$", re.IGNORECASE)
_NOT_SIGNER = re.compile(
    r"\b(present|attend(?:ed|ing)?|in attendance|witness(?:es|ed|ing)?|joined|took part|"
    r"were joined|accompanied|"
    r"in the presence|hosted|held the|chaired|spoke|speaking|addressing|said|told|led by|"
    r"headed by|presentes?|testigos?|asisti\w*|particip\w*|encabezad[oa]s?|representad[oa]s?|"
    r"afirmó|señaló|dijo|recordó|destacó|explicó|indicó|recalled|noted|stressed|added|"
    r"watch(?:es|ed|ing)?\s+as|look(?:s|ed)?\s+on)\b",
    re.IGNORECASE,
)


# "…, with Prof. Selina Nargis, Treasurer, and …, present": "with" before a name and its
# honorifics
_WITH_BEFORE = re.compile(
    rf"\bwith\s+(?:(?:{'|'.join(sorted(HONORIFICS))})\.?\s+){{0,3}}$", re.IGNORECASE
)
# (up to the sentence's end: the stops of "Prof." and "Dr." end no clause)
_IN_ATTENDANCE = re.compile(r"[^;]{0,160}?\b(?:in attendance|present|looking on)\b")


def _clause_after(text: str, person: Person, end: int) -> str:
    """What the sentence says next of a person: the words after the name up to a comma, or
    after the title set off by commas ("…, and C, Governor of the State of Chiapas, took part
    as witness of honor")."""
    parts = re.split(r"[,.;]", text[person.end : end])
    # (not "…, and Prof. Chris Day, with around 25 witnesses from both parties present": what
    # follows a name alone, set off by a comma, is said of the signing)
    if len(parts) < 2 or parts[0].strip() or "," not in text[person.start : person.end]:
        return parts[0]
    # (the title read into the person's span, or not)
    titled = bool(person.title) and parts[1].strip().startswith(person.title.split()[0])
    return parts[2] if titled and len(parts) > 2 else parts[1]


# What a caption's present tense says is signed ("… sign the agreement", "… sign an extension")
_SIGNED_THINGS = "agreement|memorand|mou|moa|contract|extension|document|deal|accord|pact"
# "Chief A was joined by B, president of Y, in Corner Brook to sign the agreement": the one
# joined and the one who joined them went to sign
_JOINED_BY = r"(?:was|were)\s+joined\s+(?P<by>by)\b"
# "Signing a Memorandum of Understanding …, Vice-Chancellors A and B said …"
_SIGNING_A_DOCUMENT = (
    rf"signing\s+(?:an?|the|this|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{_SIGNED_THINGS})"
)
_SIGNER = re.compile(
    r"\b(signed by|signed on behalf|on behalf of|signatures?|signator(?:y|ies)|signatari[oa]s?|"
    r"signees?|"
    r"signed|signs(?!\s+of\b)|inked|sealed|signing for|"
    # "A and B, left, shook hands after signing an agreement …"
    r"(?:after|upon)\s+signing(?=\s+(?:an?|the|their|this)\s)|"
    # "A, of X, and B, of Y, sign an extension of the existing Memorandum" (a caption's
    # present; not "will sign", "to sign")
    r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bshall )(?<!\bcan )(?<!\bmay )(?<!\bnot )"
    r"(?<!\bmust )(?<!\bshould )(?<!\bcould )(?<!\bcannot )(?<!ly )"
    rf"sign(?=\s+(?:an?|the|this|both|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{_SIGNED_THINGS}|"
    r"declaration))|"
    # "Ratified by the Rector, Mr. A, and by the Vice Chancellor of BIT, Mr. B, the agreement
    # …"
    r"ratified by|"
    # "Signing the partnership deal on Sunday were Chairman of MKU, Professor A and Dr. B"
    # (a sentence that begins so; not "Present at the signing were …")
    r"^signing(?=[^.;:]{0,80}?\s(?:were|was)\s)|"
    rf"^(?={_SIGNING_A_DOCUMENT})signing|"
    # "Dr A, Chancellor of X, and Dr B, Chancellor of Y, put their names to the document"
    r"put (?:their|his|her) (?:names?|signatures?) (?:to|on)\b|"
    # "The agreement was endorsed by Dr. A, President of X, and by Rector B": signed (not
    # "a plan endorsed by the ministry")
    r"(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen ))endorsed by|"
    # "Los encargados de firmar el convenio, en un acto …, han sido el rector, A, y …, B"
    rf"{_CHARGED_TO_SIGN}|"
    # "At a signing ceremony …, President A and Vice Provost B renewed the deal"
    # (not "renewed their support for the agreement")
    rf"renewed(?=\s+(?:the|their|this|an?)\s+(?:(?!(?:for|to|of|with|in)\b)[\w-]+\s+){{0,2}}?"
    rf"(?:{_SIGNED_THINGS}))|"
    # "For B. Braun the signing was done by its Senior Vice President, A"
    r"signing was (?:done|carried out|performed) by|"
    # "Vice-Chancellor A travelled to Sāmoa to sign a … MoU with …": went, and signed
    # ("La rectora de X, A, viajó a Y para sellar un convenio"; "Chief A was joined by B, …
    # to sign the agreement")
    rf"(?:travell?ed|came|went|flew|arrived|{_JOINED_BY}|viajó|llegó|acudió)\b[^.;]{{0,100}}?"
    r"\b(?:to (?:sign|seal|ink)|para (?:firmar|sellar|suscribir|rubricar))\b|"
    # "The parties were represented at the signing by …"
    # ("UTAR was represented in the signing of the MoU by its President …")
    r"represented (?:at|in) the signing(?: ceremony)?(?: of (?:the|this) [\w-]+)? by|"
    r"firmad[oa]s?|suscrip?t[oa]s?|signad[oa]s?|firm(?:ó|aron)|suscribi(?:ó|eron)|sign(?:ó|aron)|"
    # "El vicerrector de X, A, y el director de Y, B, firman el convenio" (a caption's present)
    r"(?:firman|suscriben|rubrican)(?=\s+(?:el|la|los|las|un|una|este|esta)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:convenios?|acuerdos?|memorandos?|memor[aá]ndum|cartas?|documentos?|contratos?|"
    r"protocolos?))|"
    # "Así lo manifestaron A, rector de X, y B, rector de Y, al suscribir el convenio"
    r"al (?:firmar|suscribir|signar|rubricar)|"
    # "A, President of X, and B, Vice President of Y, entered into an MOU at …"
    rf"entered into (?:an?|the|this|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{_SIGNED_THINGS})|"
    r"en nombre de|"
    # "El nuevo acuerdo lleva la firma del rector de la Universidad X, A, y del presidente
    # de la RAED, B"
    # (a document's: not "La carta de apoyo del proyecto lleva la firma del ministro")
    r"(?:acuerdo|convenio|documento|memorando|memor[aá]ndum|protocolo|contrato)\b[^.;]{0,40}?"
    r"\bllevan?\s+(?:la|las)\s+firmas?|"
    r"rubric(?:ó|aron|ad[oa]s?)|put pen to paper|affixed|initial(?:l)?ed\s+for|"
    # "por la Universidad Nacional lo hizo la vicerrectora …": did the signing
    r"lo hizo|lo hicieron|hizo lo propio|hicieron lo propio|did so for|"
    # "… with President NAKAMURA Hideki signing the documents at …"
    r"signing\s+(?:the|both|all)\s+(?:documents?|agreements?|memorand\w*|mou))\b",
    re.IGNORECASE,
)
_AREA_CUE = re.compile(
    r"\b(?:(?:agreements?|mo[ua]s?|memorand\w*|collaboration|cooperation|partnership|"
    r"together|programmes?|programs?)\s+(?:[\w’'-]+\s+){0,6}?on|covering|covers|cover|"
    r"in the (?:fields?|areas?) of|in (?:areas|fields) such as|"
    r"focus(?:ed|ing|es)? on|to promote|to advance|to develop|agree(?:s|d)? to establish|"
    r"agree(?:s|d)? to set up|agree(?:s|d)? to build|"
    r"to conduct|centred on|centered on|for collaboration on|collaboration on|"
    r"cooperation (?:on|in)|including|such as|commits the \w+ (?:institutions|sides|parties) "
    r"to work together on|work together on|take in|will give the \w+)\s+",
    re.IGNORECASE,
)
# "…, along with exchange facilities, …, among other things": words that join an area to a
# list or close the list, and a count before an area ("two joint research projects")
_AREA_JOIN = re.compile(r"^(?:along with|alongside|together with|as well as|plus)\s+", re.I)
_AREA_CLOSE = re.compile(
    r"(?:^|\s+)(?:etc\.?|among other things|among others|(?:and )?so on|(?:and )?more)$", re.I
)
_AREA_COUNT = re.compile(r"^(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+")
_VISIT = re.compile(
    r"\b(visit(?:s|ed|ing)?|delegation|received|hosted|welcomed|toured)\b", re.IGNORECASE
)
# "The guests will visit …", "are scheduled to visit …": a plan, not an event of the news
_VISIT_PLANNED = re.compile(
    r"\b(?:(?:will|shall)\s+(?:also\s+|then\s+)?|(?:scheduled|expected|due|set|plans?|"
    r"planning|going)\s+to\s+(?:also\s+)?)(?:visit|tour|travel|meet)\b|\bvisitar(?:á|án)\b",
    re.IGNORECASE,
)
_LAUNCH = re.compile(
    r"\b(launch(?:es|ed)?|inaugurat(?:e|es|ed|ion)|opening ceremony|founded|foundation "
    r"ceremony|unveil(?:s|ed)?)\b",
    re.IGNORECASE,
)
_ESTABLISH = re.compile(r"\b(establish(?:es|ed)?|set up|found(?:s|ed)?|form(?:s|ed)?)\b", re.I)
_BESIDES = re.compile(
    r"\b(?:in addition to|besides|apart from|aside from)\s+(?:the\s+)?[^,.;]{1,60},", re.I
)


def _without_besides(sentence: str) -> str:
    """The sentence with "In addition to the twelve memoranda," blanked out (same length)."""
    return _BESIDES.sub(lambda m: " " * len(m.group()), sentence)


# "… signed the accession agreement": a document named as one known
_DEFINITE = re.compile(r"\b(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_CEREMONY = re.compile(r"\bceremon(?:y|ies)\b", re.IGNORECASE)
_OCCASION = re.compile(
    r"\b(?:following|after|before|during|at|since)\s+the\s+[\w\s-]{0,40}?ceremon(?:y|ies)\b|"
    # "… and Prof. Eria Hisali at the MoU signing on May 24, 2024.": a photo's caption
    r"\bat\s+the\s+(?:[\w-]+\s+){0,2}?signing\b(?!\s+(?:of|ceremony|by)\b)",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"\b(?:at|in)\s+(?:the\s+)?(?!Charge\b)([A-Z][\w’'.-]+(?:[ ,]+(?:[A-Z][\w’'.-]+|of|de|di))*)",
)


@dataclass
class Agreement:
    parties: list[Institution]
    type: str
    status: str
    start: int  # the span of the sentence that reports it
    end: int
    areas: list[str] = field(default_factory=list)
    date: datetime.date | None = None
    signatories: list[Person] = field(default_factory=list)
    aggregate: bool = False
    confidence: float = 0.7
    guessed: bool = False  # parties read from "the three organisations", not named
    moa: bool = False  # a memorandum of agreement, told apart from a memorandum of understanding
    # one of the agreements a sentence counts with one partner each ("signed three agreements
    # with A, B and C"): a sentence after may tell what kind it is ("signed a memorandum …
    # with A")
    counted: bool = False
    # where the sentence counting it begins, when the documents it counts are told in turn
    # ("signed three documents … The first, a memorandum with A …"); -1 otherwise
    told_with: int = -1
    # one read from partners listed after a count ("The seven partners are …"): a sentence
    # after that tells it again tells it better
    listed: bool = False


@dataclass
class Event:
    kind: str
    start: int
    end: int
    date: datetime.date | None = None
    place: str | None = None
    participants: list[Institution] = field(default_factory=list)
    confidence: float = 0.6


def document_type(sentence: str) -> str:
    """The kind of agreement, by the document's own name."""
    lower = sentence.lower()
    if re.search(
        r"memor[aá]nd|\bmo[ua]s?\b|m\.o\.u|(?:signed|penned|inked) an understanding\b", lower
    ):
        return "MOU"
    # not "within the framework of the forum"
    if re.search(r"framework(?! of\b)|\bframe agreement|(?:convenio|acuerdo)s? marco\b", lower):
        return "framework agreement"
    # (not "joint PhD supervision": a programme, not what an agreement covers)
    if re.search(r"(?:joint|dual|double)[\s-](?:phd|doctoral|degree|master|bachelor)"
                 r"(?!['’]?s?\s+(?:supervision|students|candidates|research|training))|"
                 r"degree programme|degree program|doble (?:titulaci|grado|diploma)|"
                 r"(?:double|dual)[\s-]diploma",
                 lower):  # fmt: skip
        return "joint programme"
    if _JOIN.search(sentence) and _ALLIANCE.search(sentence):
        return "membership"
    if re.search(
        r"letters? of (?:intent|understanding)|cartas? de intenci|declaration|road\s?map|"
        r"hojas? de ruta",
        lower,
    ):
        return "other"
    return "cooperation agreement"


def document_types(sentence: str) -> list[str]:
    """The kinds of the documents a sentence names, one per document: "a framework agreement
    … and a double degree agreement" is two, "a joint PhD programme agreement" one."""
    return [kind for kind, _start, _end in document_parts(sentence)]


def document_parts(sentence: str) -> list[tuple[str, int, int]]:
    """The documents a sentence names, each with its kind and the part of the sentence about
    it (see document_types); documents of one kind are one."""
    cuts = [0]
    for match in _DOCUMENT.finditer(sentence):
        another = _ANOTHER.search(sentence, cuts[-1], match.start())
        if (
            another is not None
            and re.fullmatch(r"and\s+", another.group())
            and not sentence[match.start()].isupper()
        ):
            # "the Declaration of Cooperation and Memorandum of Understanding" is two, each
            # named in capitals (not "MoUs … for joint research and dual-degree programmes")
            another = None
        if another is None:
            # "… a MoA with PRSB on CCUS, a MoU with ZJU on hydrogen …": after a comma, when
            # each names whom it is with
            # or after "and" in a headline ("… agreement with Aveiro and cooperation
            # agreement with Embrapa")
            another = _LISTED_DOCUMENT.search(
                sentence, cuts[-1], match.start()
            ) or _AND_DOCUMENT.search(sentence, cuts[-1], match.start())
            if another is not None and not (
                _WITH_NAME.search(sentence, cuts[-1], another.start())
                and _WITH_NAME.search(sentence, match.end(), match.end() + 60)
            ):
                another = None
        # the part before names a document too ("In addition, NCKU and BUT signed a dual
        # degree agreement" is one)
        if another is not None and _DOCUMENT.search(sentence, cuts[-1], another.start()):
            cuts.append(another.start())
    cuts.append(len(sentence))
    parts: list[tuple[str, int, int]] = []
    keys: list[tuple[str, bool]] = []
    for start, end in itertools.pairwise(cuts):
        kind = document_type(sentence[start:end])
        # a memorandum of agreement is another document than a memorandum of understanding
        key = (kind, bool(_MOA.search(sentence, start, end)))
        # two of one kind are one ("a memorandum of understanding (MoU)"), unless each is
        # with its own partner
        own = _WITH_NAME.search(sentence, start, end)
        if key not in keys or (
            own
            and all(
                _WITH_NAME.search(sentence, a, b)
                for (_k, a, b), other in zip(parts, keys, strict=True)
                if other == key
            )
        ):
            parts.append((kind, start, end))
            keys.append(key)
    return parts


def _none_there(sentence: str, start: int, end: int) -> bool:
    """Whether every document the part [start, end) of the sentence names is one there is
    not: "there had been no formal agreement", "without any agreement", "sin convenio"."""
    documents = list(_DOCUMENT.finditer(sentence, start, end))
    return bool(documents) and all(
        _NONE_BEFORE.search(sentence, max(0, d.start() - 40), d.start()) for d in documents
    )


_NONE_BEFORE = re.compile(
    r"(?:\bno|\bwithout\s+(?:an?|any)|\bnot\s+(?:yet\s+)?(?:have|had|has)\s+(?:an?|any)|"
    r"\bsin\s+(?:un|una|ningún|ninguna)|\bningún|\bninguna)\s+(?:[\w-]+\s+){0,2}$|"
    r"\bsin\s+$",
    re.IGNORECASE,
)


_RENEWAL = re.compile(r"\brenew(?:al|ed)\b|\brenovaci[oó]n\b|\brenovad[oa]\b", re.IGNORECASE)


_MOA = re.compile(r"\bmemorand(?:um|a) of agreement\b|\bMoAs?\b", re.IGNORECASE)


_LISTED_DOCUMENT = re.compile(r",\s+(?:a|an)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
_AND_DOCUMENT = re.compile(r"\s(?:and|y)\s+(?:[\w'-]+\s+){0,3}$")
# "with Zhejiang University", "with the PMC", "con la Universidad …"
# ("a joint PhD agreement between Curtin University and …": whom it is between)
_WITH_NAME = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s*\b(?:with|con|between|entre)\s+(?:the\s+|la\s+|el\s+)?[A-Z]"
)


# What starts another document in a list of them: "… and a memorandum", "así como un convenio"
_ANOTHER = re.compile(
    r"(?:\band|\bas well as|así como|además de|\by|\be)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:a|an|another|un|una|otro|otra|its|their|su|two|three|four|five|six|seven|eight|"
    r"nine|ten|dos|tres|cuatro|cinco|\d{1,2})\s+(?:[\w'-]+\s+){0,3}$|"
    # "…, while the other agreements were concluded among …"
    r"\bwhile\s+(?:the\s+)?(?:other|remaining)\s+(?:[\w'-]+\s+){0,2}$|"
    # "A, B and C signed their pacts with D, while the VTU entered into MoU with E": a name
    # signing one of its own (not "…, while the double degree agreement was signed by …")
    r",\s*while\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)\s+(?:[\w'’-]+\s+){0,4}$|"
    # "… which include MOU and Student Exchange Agreements": a document named in capitals
    r"(?<=[A-Za-z]\s)and\s+(?-i:[A-Z][\w-]*\s+){0,3}$",
    re.IGNORECASE,
)
# "… concluded among Hainan University, …": the part names all its parties
_AMONG = re.compile(
    r"\b(?:among|amongst|between|entre)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?", re.IGNORECASE
)


def _between_one_and_each(
    sentence: Sentence, a: int, b: int, named: list[Institution]
) -> Institution | None:
    """The first of three or more named in the part [a, b) after "between", each joined to
    the one before by "and" alone ("between UTM and OMU and İstanbul Gedik University"): one
    with each of the others."""
    if len(named) < 3:
        return None
    firsts = sorted((_first_in(i, sentence) - sentence.start, n) for n, i in enumerate(named))
    if not all(a <= f < b for f, _n in firsts):
        return None
    between = _AMONG.search(sentence.text, a, firsts[0][0] + 1)
    if between is None or between.end() != firsts[0][0] or "between" not in between.group().lower():
        return None
    listed = False
    for k, ((start, n), (after, _m)) in enumerate(itertools.pairwise(firsts)):
        mention = next(m for m in named[n].mentions if m.start - sentence.start == start)
        gap = sentence.text[mention.end - sentence.start : after]
        # ("between the National University of Public Services (NUPS) of Hungary and both
        # Mekelle University and the Ethiopian Civil Service University"; "between Karaganda
        # Buketov University and several leading educational institutions in Central Asia: A,
        # B, and C")
        if k == 0 and _AND_LISTED.fullmatch(gap):
            listed = True
        elif not (
            _AND_ALONE.fullmatch(gap)
            or (k == 0 and _AND_BOTH.fullmatch(gap))
            or (listed and _COMMA_LISTED.fullmatch(gap))
        ):
            return None
    return named[firsts[0][1]]


# an acronym in brackets after a name: "(NUPS)"
_BRACKETED = r"(?:\s*\([^()]{1,15}\))?"
# the others, said to be a list that follows: "and several leading institutions in Asia: "
_AND_LISTED = re.compile(rf"{_BRACKETED}\s+and\s+[^.;:,()]{{3,80}}:\s*(?:the\s+)?")
_COMMA_LISTED = re.compile(rf"{_BRACKETED}\s*,\s*(?:and\s+)?(?:the\s+)?")


# the first's acronym and country, then "and both"
_AND_BOTH = re.compile(
    rf"{_BRACKETED}(?:\s+(?:of|from|in)\s+[A-Z][\w-]+)?\s+and\s+both\s+(?:the\s+)?"
)


_WATCHING = re.compile(
    r"\b(?:witness(?:ed|es|ing)?|in the presence of|presence of|attended by|said)\b", re.I
)


def _between_one_and_counted(
    sentence: Sentence, s: str, named: list[Institution]
) -> Institution | None:
    """The first named right after "between" ("entre") when the sentence counts as many
    documents, before it, as the others named after it."""
    counted = _DOCUMENTS_COUNTED.search(s)
    # (those named after "witnessed by", "in the presence of" … watched)
    watching = _WATCHING.search(s)
    if watching is not None:
        named = [i for i in named if _first_in(i, sentence) - sentence.start < watching.start()]
    if counted is None or _number(counted.group(1)) != len(named) - 1 or len(named) < 3:
        return None
    first = min(named, key=lambda i: _first_in(i, sentence))
    at = _first_in(first, sentence) - sentence.start
    between = _AMONG.search(s, counted.end(), at + 1)
    if (
        between is None
        or between.end() != at
        or between.group().split()[0].lower() not in ("between", "entre")
    ):
        return None
    return first


_AND_ALONE = re.compile(rf"{_BRACKETED}\s+and\s+(?:the\s+)?")


def _among(sentence: Sentence, a: int, b: int, named: list[Institution]) -> bool:
    """Whether the part [a, b) of the sentence lists its parties after "among" or
    "between" ("concluded among Hainan University, …"; not "Among the MoUs are …")."""
    starts = {m.start - sentence.start for i in named for m in i.mentions}
    return any(m.end() in starts for m in _AMONG.finditer(sentence.text, a, b))


def _signers_of(sentence: Sentence, people: list[Person], named: list[Institution]) -> set[int]:
    """Which of the organisations named have someone the sentence names working there."""
    return {
        id(inst)
        for p in people
        if sentence.start <= p.start < sentence.end and p.organisation is not None
        for inst in named
        if p.organisation in inst.mentions
    }


# "… (CDRD) of the Ministry of Defence": what lies between a body and the one it belongs to
_OF_PARENT = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?of\s+(?:the\s+)?")


def _without_parents_after(
    text: str, sentence: Sentence, named: list[Institution]
) -> list[Institution]:
    """The organisations a sentence names but those named only as the body another belongs
    to, right after it with "of" ("the Centre of Defence Research and Development (CDRD) of
    the Ministry of Defence": the centre is the party); two at least are kept."""

    def belongs_to(mention: Mention, parent: Institution) -> bool:
        """Whether another organisation named stands right before `mention`, "of" between."""
        return any(
            o.end <= mention.start and _OF_PARENT.fullmatch(text, o.end, mention.start)
            for other in named
            if other is not parent
            for o in other.mentions
        )

    parents = set()
    for parent in named:
        here = [m for m in parent.mentions if sentence.start <= m.start < sentence.end]
        if here and all(belongs_to(m, parent) for m in here):
            parents.add(id(parent))
    kept = [i for i in named if id(i) not in parents]
    return kept if len(kept) >= 2 else named


def _without_topic(sentence: Sentence, named: list[Institution]) -> list[Institution]:
    """The organisations a sentence names, but those a document "between A and B" is about
    ("the Agreement between ZUFE and NWU on Cooperative Construction of Confucius Institute
    at NWU": the institute to be built is no party), and those named only in a document's
    quoted title when two others are named outside it ('El pacto, llamado "Acuerdo Nacional
    entre el Gobierno Federal, el Sector Empresarial y …", lo suscribieron A, B, C y D')."""
    # "… signed the Memorandum of Understanding on the Joint Establishment of the China-
    # Kazakhstan Research Center for Arid-Zone Ecology": a body the document is to create is
    # no party to it (not when it is the sentence's only other body named before)
    to_create = [
        i
        for i in named
        if (here := [m for m in i.mentions if sentence.start <= m.start < sentence.end])
        and all(_TO_BE_CREATED.search(sentence.text, 0, m.start - sentence.start) for m in here)
    ]
    if to_create:
        named = [i for i in named if i not in to_create]
    titles = [
        (sentence.start + m.start(), sentence.start + m.end())
        for m in _QUOTED_TITLE.finditer(sentence.text)
    ]
    if titles:

        def titled(inst: Institution) -> bool:
            here = [m for m in inst.mentions if sentence.start <= m.start < sentence.end]
            return all(any(a <= m.start < b for a, b in titles) for m in here)

        if sum(not titled(i) for i in named) >= 2:
            named = [i for i in named if not titled(i)]
    topic = _BETWEEN_ON.search(sentence.text)
    # (not when another document follows: "… on exchange and a framework agreement between
    # …", each between its own)
    if topic is None or _DOCUMENT.search(sentence.text, topic.end()):
        return named
    cut = sentence.start + topic.start(2)
    between = sentence.start + topic.start(1)
    # what it is about ends at a comma or the sentence's verb ("… on joint research was also
    # signed by LG Electronics": LG signed)
    verb = _TOPIC_END.search(sentence.text, topic.end())
    topic_end = sentence.start + (verb.start() if verb else len(sentence.text))

    def only_after(inst: Institution) -> bool:
        here = [m for m in inst.mentions if sentence.start <= m.start < sentence.end]
        return bool(here) and all(cut <= m.start < topic_end for m in here)

    listed = [
        i for i in named if any(between <= m.start < cut for m in i.mentions)
    ]  # fmt: skip
    if len(listed) < 2:
        return named
    return [i for i in named if not only_after(i)]


# what a document is to create, named right after: "… on the Joint Establishment of the …"
_TO_BE_CREATED = re.compile(
    r"\b(?:agreement|memorandum(?: of understanding)?|mou|mo[ua]|protocol|contract|convenio|"
    r"acuerdo)\s+(?:on|for|regarding|para|sobre)\s+(?:the\s+|la\s+|el\s+)?(?:joint\s+)?"
    r"(?:establishment|establishing|creation|creating|founding|foundation|setting up|"
    r"construction|building|co-building|creación|constitución|establecimiento)"
    r"\s+(?:of|de)\s+(?:the\s+|an?\s+|la\s+|el\s+|una?\s+)?(?:joint\s+|new\s+)?$",
    re.IGNORECASE,
)
# a document's name in quotes: "“Acuerdo Nacional entre …”", '"Memorandum on …"'
_QUOTED_TITLE = re.compile(
    r"[\"“«](?:acuerdo|agreement|memorand\w*|convenio|protocol\w*|carta|declara\w+|"
    r"pact\w*|accord|treaty|tratado)\b[^\"“”«»]{0,200}[\"”»]",
    re.IGNORECASE,
)
_BETWEEN_ON = re.compile(
    r"\b(?:agreement|mo[ua]|memorandum|protocol|contract)s?\s+between\s+(.{3,120}?)\s+"
    r"((?:on|for|regarding|concerning|to\s+(?:establish|set\s+up|build|create))\s)",
    re.IGNORECASE,
)
_TOPIC_END = re.compile(
    r",|\b(?:was|were|is|are|has|have|had|will|signed|inked|sealed)\b", re.IGNORECASE
)


def find_agreements(
    text: str,
    sentences: list[Sentence],
    institutions: list[Institution],
    people: list[Person],
    dates: list[DateMention],
    published: datetime.date | None,
    short_for: list[tuple[Institution, Institution]] | None = None,
) -> tuple[list[Agreement], list[Event]]:
    """The agreements and events the text reports, between `institutions`. A headline's
    party written short for one the story names in full is added to `short_for` with it."""
    main = _main(institutions, _lead_end(sentences, len(text)))
    # "Anna University on Tuesday signed MoUs with four foreign universities": who signs in
    # the lead is what the text is about, however often the partners are named after
    lead = next((s for s in sentences[:2] if _named_in(s, institutions)), None)
    signer = _subject(lead, _named_in(lead, institutions)) if lead is not None else None
    if signer is not None and _PLURAL_DOCUMENTS.search(lead.text if lead is not None else ""):
        main = signer
    networks = _networks(text, institutions)
    agreements: list[Agreement] = []
    # the agreements a sentence after says renew an earlier one
    renewals: set[int] = set()
    events: list[Event] = []
    last: Agreement | None = None
    told_about = 0  # where the text last said more about an agreement reported before
    captions: list[Sentence] = []
    for index, sentence in enumerate(sentences):
        if _CAPTION.search(sentence.text) or _PHOTO_AFTER.match(text, sentence.end):
            # "▲ (From left) … pose for a photo after signing the agreement", "A and B during
            # the signing of the MoU. Photo/Lucy Njeri."
            captions.append(sentence)
            continue
        # "Following the agreement signing ceremony, …" names an occasion, not a signing
        s = _OCCASION.sub(" ", sentence.text)
        # "In addition to the twelve memoranda, A and B signed a cooperation agreement": those
        # are not this sentence's document
        s = _without_besides(s)
        named = _without_parents_after(
            text, sentence, _without_topic(sentence, _named_in(sentence, institutions))
        )
        # "The Royal Roads University and IGNOU signed … In addition, the former varsity
        # signed an agreement with ACN School of Business": the last agreement's first party
        former = _FORMER.search(s)
        about = main  # whom the sentence is about when it names no subject
        if former is not None and last is not None and len(last.parties) == 2:
            about = last.parties[0 if former.group(1).lower() == "former" else 1]
            if about not in named:
                named = [about, *named]
        _add_earlier(sentence, named, main, agreements)
        if last is not None and last.aggregate and named and _PARTNERS_WERE.match(s):
            # "… signed over 15 MoUs … Among the overseas partners were A, B and C": more of
            # the parties of the agreements summed up
            last.parties += [i for i in named if i not in last.parties]
            continue
        in_sentence_dates = _dates_in(sentence, dates)
        document = _DOCUMENT.search(s)
        # "A and B have had an exchange agreement since 2010": one signed before
        signed = _SIGNED.search(s) or _HELD_SINCE.search(s) or _ALREADY_HELD.search(s)
        listed_to_come = False
        line_item = _LIST_ITEM.match(s) or (
            # "Approval has been granted for the following:\n\nA project agreement between A
            # and B for …": a paragraph that is one document's name and parties
            _DOCUMENT_LINE.match(s)
            and (index == 0 or sentences[index - 1].paragraph != sentence.paragraph)
        )
        if not signed and document and line_item:
            # "… witnessed the signing of Memorandums of Understanding … The partnerships
            # include: • MoU between Deakin University and IIM Indore": a list of the
            # documents whose signing was told just before
            signed = next(
                (
                    verb
                    for before in sentences[max(0, index - 6) : index]
                    if (verb := _SIGNED.search(before.text))
                    and _PLURAL_DOCUMENTS.search(before.text)
                ),
                None,
            )
            # ("… has given its approval for Memoranda of Understanding to be entered into
            # between …": each of them to come; not "… travelled to Europe to sign three
            # memoranda")
            listed_to_come = signed is not None and bool(_APPROVED_TO_COME.search(signed.string))
            if signed is None:
                # "The approved agreements include: 1. A Memorandum of Understanding between
                # A and B …": a list under a heading of documents approved or proposed, each
                # one to come (not "Its existing agreements include:")
                heading = next(
                    (
                        before
                        for before in reversed(sentences[max(0, index - 30) : index])
                        if before.text.rstrip().endswith(":")
                    ),
                    None,
                )
                listed = _PLURAL_DOCUMENTS.search(heading.text) if heading is not None else None
                if listed and (_PLANNED.search(listed.string) or _APPROVED.search(listed.string)):
                    signed, listed_to_come = listed, True
                elif heading is not None and (approved := _APPROVED_FOLLOWING.search(heading.text)):
                    signed, listed_to_come = approved, True
        told_kind = None  # the kind of the documents counted, when told in turn
        told_in_turn: Sentence | None = None  # the sentence counting them
        if _TOLD_IN_TURN.match(s):
            # "UGM signed three cooperation documents … The first document, a memorandum of
            # understanding with UM, covers …; The second is a double degree agreement with
            # …; The third, with Pertamina, …": each of the documents counted as signed, told
            # in turn, between the one who signed them and the one it is with
            counting = _counting_before(sentences, index)
            with_ = _WITH.search(s)
            if counting is not None and with_ is not None:
                told_in_turn = counting
                signed = signed or _SIGNED.search(counting.text)
                if document is None:  # "The third, with Pertamina, …": of the kind counted
                    told_kind = document_type(counting.text)
                    document = _DOCUMENTS_COUNTED.search(counting.text)
                hub = _subject(counting, _named_in(counting, institutions)) or main
                partner = next(
                    (
                        i
                        for i in named
                        if i is not hub and _first_in(i, sentence) >= sentence.start + with_.end()
                    ),
                    None,
                )
                if hub is not None and partner is not None:
                    named = [hub, partner]
        partners_listed = (
            _partners_listed(sentence, sentences, index, named, main, dates, published, text)
            # ("The institutions that signed the latest MoUs are …": a list, its own signing
            # the one told before)
            if (not signed or _PARTNERS_ARE.match(sentence.text)) and named and main is not None
            else []
        )
        if partners_listed:
            # "JGU has signed MoUs with seven Australian universities … The seven partners are
            # A, B, …": one with each, not one of them all, read before from the count
            listed_ids = {id(main)} | {id(i) for i in named}
            agreements = [
                a
                for a in agreements
                if not (a.aggregate and {id(p) for p in a.parties} <= listed_ids)
            ]
            agreements += partners_listed
            last = partners_listed[-1]
            continue
        signed_before: list[Sentence] = []  # who signed documents listed here, told before
        if not signed and named and _THEY_INCLUDE.match(s) and (with_ := _WITH.search(s)):
            # "McGill University is announcing four partnership agreements with Brazilian
            # universities. … The new agreements signed this week … They include agreements
            # with the Universidade de São Paulo, …": the documents just told as signed, one
            # with each named, of the text's main organisation
            lately = sentences[max(0, index - 8) : index]
            counted = [b for b in lately if _DOCUMENTS_COUNTED.search(b.text)]
            verb = next((v for b in reversed(lately[-3:]) if (v := _SIGNED.search(b.text))), None)
            hub = next((h for b in counted if (h := _subject(b, _named_in(b, institutions)))), main)
            partners = [
                i
                for i in named
                if i is not hub and _first_in(i, sentence) >= sentence.start + with_.end()
            ]
            if (
                counted
                and verb is not None
                and not _PLANNED.search(verb.string)
                and hub is main
                and partners == named
            ):
                signed = verb
                document = document or _DOCUMENTS_COUNTED.search(counted[-1].text)
                # ("Prof. Heather Munroe-Blum, Principal of McGill University, is signing the
                # agreements this week": who signs them all)
                signed_before = [
                    b for b in lately if _SIGNED.search(b.text) and _THE_PLURAL.search(b.text)
                ]
        joined = _JOIN.search(s) and any(id(i) in networks for i in named)
        if not joined and named and _JOIN.search(s) and _THE_NETWORK.search(s):
            # "A and B formally joined the alliance": the network the text named before
            earlier = [
                (max(m.start for m in i.mentions if m.start < sentence.start), i)
                for i in institutions
                if id(i) in networks and any(m.start < sentence.start for m in i.mentions)
            ]
            if earlier:
                named = [*named, max(earlier, key=lambda pair: pair[0])[1]]
                joined = True
        status = _status(s, in_sentence_dates, published, text)
        if listed_to_come and status == "signed":
            status = "planned"
        # "… under the memorandum signed by the two universities in 2010": an earlier one,
        # not the one just reported
        told = status == "historical" and last is not None and last.status != "historical"
        # a signing sentence after agreements told in passing only reports a new one
        only_told = status != "historical" and all(a.status == "historical" for a in agreements)
        # "Por la Facultad firmó su decano, …": who signed the agreement just reported
        signers_only = (
            not document
            and last is not None
            # reported, or said more about, just before
            and max(last.end, told_about) >= sentences[max(0, index - 2)].start
            and _SIGNER.search(s)
            and any(sentence.start <= p.start < sentence.end for p in people)
        )
        # "The following day the delegation was at HUST. Here the two universities renewed
        # their framework agreement": the two are others than the last agreement's
        moved_on = (
            last is not None
            and document
            and signed
            and _SIDES.search(s)
            and index > 0
            and sentences[index - 1].paragraph == sentence.paragraph
            and any(
                i not in last.parties
                for i in _without_topic(
                    sentences[index - 1], _named_in(sentences[index - 1], institutions)
                )
            )
        )
        # "the two universities and the CNRS signed the agreement creating …": one more party,
        # another agreement
        both = _SIDES.search(s)
        one_more = both is not None and re.match(
            r"\s+(?:and|y|together with)\s+(?:the\s+)?[A-Z]", s[both.end() :]
        )
        refers_back = (
            last is not None
            and (_BACK.search(s) or signers_only)
            and not _NEW.search(s)
            and not (one_more and document and signed)
            and not told
            and not moved_on
            and not (only_told and document and signed)
            # "Under one of the agreements, A and B will set up …": one of many, by its parties
            and not (_ONE_OF.search(s) and len(named) >= 2)
            # "… held a ceremony for the signing of the Declaration of Cooperation and
            # Memorandum of Understanding with TUMSAT" after a title telling of the MoU: more
            # documents than the one told
            and not (
                document
                and signed
                and len(parts_told := document_parts(s)) >= 2
                and last is not None
                and any(kind != last.type for kind, _a, _b in parts_told)
            )
            # "The two universities have also agreed to develop a Joint PhD program": after
            # one signed, one to come is another instrument
            and not (
                document
                and status == "planned"
                and last.status != "planned"
                and not _DEFINITE.search(s, 0, document.start())
            )
            # "On the same occasion, the student exchange agreement … was renewed": after a
            # new one, a renewal is another instrument
            and not (
                document
                and status == "renewed"
                and _RENEWED.search(s)
                and not any(a.status == "renewed" for a in agreements)
            )
        )
        # "The MoU with ZJU was inked by …": one reported before, named by its party
        named_with = _with_the(s, agreements)
        # "The cooperation agreement between XJTU and Politecnico di Milano aims at …": the
        # agreement named is another one when its parties are not the last one's
        others = (
            last is not None
            and len(named) >= 2
            and {id(i) for i in named} != {id(i) for i in last.parties}
            and (
                bool(_BETWEEN.search(s))
                # "The first instrument … carries the signatures of the presidents of A and B
                # … The MoU was signed by the Dean of C, …, and by the president of D": a
                # document whose signers are of none of the last one's parties
                or (
                    bool(document)
                    and signed is not None
                    and not {id(i) for i in named} & {id(i) for i in last.parties}
                    and not any(unit_like(i) for i in named)
                    and len(_signers_of(sentence, people, named)) >= 2
                    # (after a sentence telling of more documents than one)
                    and any(
                        len(document_parts(x.text)) >= 2 or _PLURAL_DOCUMENTS.search(x.text)
                        for x in sentences[max(0, index - 5) : index]
                    )
                )
            )
            and named_with is None
        )
        # "KazNU, founded in 1934, …", "visited in 2019": history, not an event of the news
        past = status == "historical"
        if (
            _VISIT.search(s)
            and named
            and not past
            and not _VISIT_PLANNED.search(s)
            and not (document and signed and not refers_back)
        ):
            events.append(_event("visit", sentence, named, sentences, index, dates))
        elif (
            named
            and not past
            and not document
            and (_LAUNCH.search(s) or (_ESTABLISH.search(s) and _ALLIANCE.search(s)))
        ):
            events.append(_event("launch", sentence, named, sentences, index, dates))
        elif not past and _MEETING.search(s) and _HELD.search(s) and not _VISIT_PLANNED.search(s):
            # "The Plenary Meeting, held … at Mahidol University's Salaya campus", "the
            # General Assembly, which was hosted by the University of Twente": a meeting and
            # who hosted it
            hosts = [i for i in named if _hosts(i, sentence, text)]
            if hosts:
                events.append(_event("other", sentence, hosts, sentences, index, dates))
        back = document or _SIDES.search(s) or _SIGNER.search(s)
        if refers_back and last is not None and not others and back:
            if signed or (signers_only and _SIGNATURE.search(s)) or _AREA_CUE.search(s):
                # ("The second MoU focuses on joint research. A and B signed it.")
                previous = sentences[index - 1] if index else None
                meant = _meant(
                    s, agreements, last, status, named,
                    previous.text
                    if previous is not None and previous.paragraph == sentence.paragraph
                    else "",
                )  # fmt: skip
                # "The MoU with A was signed by …, while the agreement with B was inked by …":
                # the clause after "while" tells another one's signers
                other = _WHILE_WITH.search(s)
                then = _with_the(s[other.start() :], agreements) if other else None
                if other is not None and then is not None and then not in meant:
                    cut = sentence.start + other.start()
                    second = Sentence(
                        cut, sentence.end, text[cut : sentence.end], sentence.paragraph
                    )
                    sentence = Sentence(sentence.start, cut, text[sentence.start : cut],
                                        sentence.paragraph)  # fmt: skip
                    _add_details(then, second, people, in_sentence_dates, text)
                for agreement in meant:
                    # "… will run a joint programme. The agreement on it was signed on 15
                    # October by …": what was told as to come is signed
                    # (not "signing the agreement will give …", "The MOU takes effect once
                    # all parties have signed it")
                    if (
                        agreement.status == "planned"
                        and status == "signed"
                        and _SIGNER.search(s)
                        and _SIGNED_PAST.search(s)
                        and not _ONCE_SIGNED.search(s)
                    ):
                        agreement.status = "signed"
                    # "an agreement signed last Friday … signed the joint PhD agreement": the
                    # one before, now named
                    kinds = set(document_types(s)) if document else set()
                    if (
                        agreement.type == "cooperation agreement"
                        and len(kinds) == 1
                        and len(meant) == 1
                    ):
                        agreement.type = kinds.pop()
                    _add_details(agreement, sentence, people, in_sentence_dates, text)
                # "The framework agreement with RWTH covers … It was signed by …": what the
                # text goes on about
                last = meant[-1] if len(meant) == 1 else last
                told_about = sentence.end
            elif named_with is not None:
                # "Under the agreement with Infosys, students … VTU's Registrar … signed the
                # MoU": what the text goes on about
                last = named_with
            elif document:
                # "Through the agreement, Colleges … in KNUST will help …": the text goes on
                # about it (and who signed, told after, signed it)
                told_about = sentence.end
            continue
        if not ((document and (signed or others)) or joined or (document and _PLANNED.search(s))):
            continue
        if _NEGATED.search(s):
            continue  # "No agreement was signed during the visit"
        # "The MoUs with Soka University and TODA Institute were signed here by …": the ones
        # reported before, named by their parties
        told_with = _these_with(s, agreements, named) if status == "signed" else []
        if told_with:
            for agreement in told_with:
                _add_details(agreement, sentence, people, in_sentence_dates, text)
            last, told_about = told_with[-1], sentence.end
            continue
        if (
            named_with is not None
            and status == named_with.status == "signed"
            and all(i in named_with.parties for i in named)
            # ("signed a Memorandum of Understanding (MoU) and an Undergraduate Student
            # Exchange Agreement with A" after a title telling of the MoU: more documents)
            and len(document_parts(s)) < 2
        ):
            # "AAU has signed several agreements with institutions abroad, and the agreement
            # with UNISA is one of them", "The MoU with ZJU was inked by …": the one told
            # before, named by its party
            _add_details(named_with, sentence, people, in_sentence_dates, text)
            last, told_about = named_with, sentence.end
            continue
        may_be = [m.span() for m in _MAY_BE.finditer(s)]
        if may_be and all(any(a <= v.start() < b for a, b in may_be) for v in _SIGNED.finditer(s)):
            continue  # "the MoU may be renewed on the basis of …": a term of it, no signing
        parts = [("membership", 0, len(s))] if joined else document_parts(s)
        join = _JOIN.search(s) if joined else None
        signed_part = _SIGNED_THEN_JOINED.search(s, 0, join.start()) if join else None
        if signed_part is not None:
            # "NUST signed an MoU with A, and … became a member of B": a document signed, then
            # a membership, each with its own partner
            parts = [
                *document_parts(s[: signed_part.end()]),
                ("membership", signed_part.end(), len(s)),
            ]
        # "Memorandums of Understanding were signed between BSU and A and between BSU and B":
        # one for each "between"
        betweens = [m.start() for m in _BETWEEN_WORD.finditer(s)]
        # (the "between"s that go on from the first: not "…, reflecting the commitment between
        # the universities and OGDCL" after them)
        chained = next(
            (n for n, b in enumerate(betweens[1:], 1) if not _AND_BEFORE_BETWEEN.search(s, 0, b)),
            len(betweens),
        )
        betweens = betweens[:chained]
        if len(parts) == 1 and len(betweens) >= 2:
            ends = [*betweens[1:], len(s)]
            parts = [(parts[0][0], a, b) for a, b in zip(betweens, ends, strict=True)]
        # "… there had been no formal agreement between the two universities, and signing a
        # memorandum …": what there was not is no agreement
        parts = [(kind, a, b) for kind, a, b in parts if not _none_there(s, a, b)]
        if told_kind is not None:
            parts = [(told_kind, 0, len(s))]
        signers = any(sentence.start <= p.start < sentence.end for p in people)
        if len(named) == 1 and signers and not joined:
            # "the rector of TIIAME B. Sultonov and prof. Kowalczyk signed an agreement": the
            # other party is where the other signer works
            for person in people:
                employer = _employer(person, institutions)
                if (
                    sentence.start <= person.start < sentence.end
                    and employer is not None
                    and employer not in named
                    and employer is not main  # (added before the partner below)
                    and not unit_like(employer)
                ):
                    named = [*named, employer]
        found: list[Agreement] = []
        for (kind, part_named), (_kind, a, b) in zip(
            _per_document(parts, sentence, named), parts, strict=True
        ):
            for agreement in _agreements_in(
                sentence,
                sentences,
                index,
                part_named,
                about,
                kind,
                _part_status(status, s[a:b]),
                institutions,
                networks,
                signers,
                recent=_recent_parties(agreements, last, status),
                part=(a, b),
            ):
                agreement.moa = _MOA.search(s, a, b) is not None
                if told_in_turn is not None:
                    agreement.told_with = told_in_turn.start
                found.append(agreement)
        if (
            found
            and last is not None
            and _THESE_SIGNED.match(s)
            and sum(a.start == last.start for a in agreements) > 1
        ):
            found = []  # "The agreements were signed by … and the heads of the two universities"
        if len(found) == 1 and not found[0].aggregate:
            _add_whom_group_signed_with(found[0], sentences, index, institutions)
            if told_in_turn is None and _TOLD_IN_TURN.match(s):
                _told_between(found[0], s, sentences, index, agreements)
        for agreement in found:
            for told_before in signed_before:
                _add_details(agreement, told_before, people, [], text)
        if (
            not found
            and told
            and last is not None
            and not named
            and document
            and _RENEWED.search(s, 0, document.start())
            and not any(a.status == "historical" and a.parties == last.parties for a in agreements)
        ):
            # "… said the signing renews the MoU signed five years ago": the one renewed, an
            # earlier agreement of the same parties
            agreements.append(
                Agreement(
                    list(last.parties), document_type(s[document.start() :]), "historical",
                    sentence.start, sentence.end, confidence=0.5,
                )
            )  # fmt: skip
            continue
        if not found and last is not None and signed:
            # "At 3pm, XJTU President Wang Shuguo … signed agreements with membership
            # universities", "The Registrar also signed the second agreement": more about one
            # reported before
            for agreement in _meant(s, agreements, last, status, named):
                _add_details(agreement, sentence, people, in_sentence_dates, text)
            continue
        if found and last is not None and status == "planned" and _BACK.search(s):
            # "La carta fue firmada por …, y expresa la voluntad de suscribir un convenio
            # marco": who signed signed the one before, not the one planned
            for before in _meant(s, agreements, last, "signed", named):
                _add_details(before, sentence, people, in_sentence_dates, text)
        for agreement in found:
            # the same parties and kind again: the text says more about one it reported
            same = next(
                (
                    a
                    for a in agreements
                    # "the second agreement with …": a bare "agreement" is the one of any kind;
                    # "an agreement signed last Friday … signed the joint PhD agreement": the
                    # one before, now named
                    if (
                        agreement.type == a.type
                        or (
                            "cooperation agreement" in (agreement.type, a.type)
                            and a.start != sentence.start
                            # "signed an agreement on …" is another, unless the one before
                            # was counted among several
                            and (
                                not _NEW.search(s)
                                or a.counted
                                # "X has concluded an agreement with Y. … signed a Memorandum
                                # of Understanding at a ceremony": the one just told, named
                                or (
                                    a.type == "cooperation agreement"
                                    and a is agreements[-1]
                                    and index > 0
                                    and sentences[index - 1].start <= a.start
                                    and not _GOES_ON.search(s)
                                )
                                # "New agreement establishes cooperation between CDU and NSU
                                # … CDU has entered into a Memorandum of Understanding with
                                # NSU": the one agreement the lead told, now named
                                or (
                                    a.type == "cooperation agreement"
                                    and agreements == [a]
                                    and a.date is None
                                    and a.status == "signed"
                                    and sentence.paragraph <= 3
                                    and not _ANOTHER_TOO.search(s)
                                    and not _GOES_ON.search(s)
                                )
                            )
                        )
                    )
                    and (
                        a.status == agreement.status
                        # "signed three MoUs with A, B and C … The agreement with A renews an
                        # MoU first signed in 2018": that one, a renewal
                        or (a.counted and (a.status, agreement.status) == ("signed", "renewed"))
                        # "A y B firman un nuevo convenio" over "… firmaron … un nuevo
                        # convenio, con el que dan continuidad al que ya rubricaron en 2020":
                        # what the title told, a renewal
                        or (
                            (a.status, agreement.status) == ("signed", "renewed")
                            and a.type == agreement.type
                            and a.start == 0
                            and text[sentences[0].end : sentences[0].end + 1] in ("\n", "")
                            and not sentences[0].text.rstrip().endswith((".", ":"))
                        )
                        # "A new 10 year frame agreement has been signed … The last frame
                        # agreement has expired, and the two have been working on renewing
                        # it": the new one is the renewal
                        # (it stays "signed" while the text is read, so that it is the one
                        # told again after: "… a new 10 year frame agreement between the two
                        # universities was signed at the Makerere campus")
                        or (
                            (a.status, agreement.status) == ("signed", "renewed")
                            and a.type == agreement.type
                            and a.start != sentence.start
                            and not _NEW.search(s)
                            and not _ANOTHER_TOO.search(s)
                            and (_EXPIRED.search(s) or _RENEWS_IT.search(s)) is not None
                        )
                    )
                    and a.moa == agreement.moa
                    and {id(p) for p in a.parties} == {id(p) for p in agreement.parties}
                    # ("signed two agreements": each of the two)
                    and not (a.start == sentence.start and a.counted and agreement.counted)
                ),
                None,
            )
            first_signed = agreement.status == "renewed" and (
                _FIRST_SIGNED.search(s) or _renews_one_of(s, published)
            )
            if same is not None:
                if same.type == "cooperation agreement":
                    same.type = agreement.type
                if (same.status, agreement.status) == ("signed", "renewed") and not same.counted:
                    renewals.add(id(same))  # (renewed once the whole text is read)
                elif same.status != agreement.status:
                    same.status = agreement.status
                if first_signed:
                    agreements.append(
                        Agreement(
                            list(same.parties), same.type, "historical", sentence.start,
                            sentence.end, confidence=0.5,
                            date=_first_signed_day(sentence, in_sentence_dates),
                        )
                    )  # fmt: skip
                _add_details(same, sentence, people, in_sentence_dates, text)
                last = same
                continue
            _add_details(agreement, sentence, people, in_sentence_dates, text)
            if not agreement.signatories and last is not None and _SAME_SIGNERS.search(s):
                # "The same two signatures were then put on an agreement …"
                agreement.signatories = list(last.signatories)
            if first_signed:
                # "renewed their exchange agreement, first concluded in 2009": that one too
                agreements.append(
                    Agreement(
                        list(agreement.parties), agreement.type, "historical", sentence.start,
                        sentence.end, confidence=0.5,
                        date=_first_signed_day(sentence, in_sentence_dates),
                    )
                )  # fmt: skip
            if (
                agreement.date is None
                and _SAME_OCCASION.search(sentence.text)
                # ("Later on the same day, he went to B, with which A already has an exchange
                # agreement": one held, of no day)
                and not (status == "historical" and _ALREADY_HELD.search(sentence.text))
            ):
                # "At the same ceremony, …": the day of the last one reported now, or the last
                # day the text gave
                given = [
                    d.value
                    for d in dates
                    if d.start < sentence.start and d.precision == "day" and d.value is not None
                ]
                days = [a.date for a in agreements if a.date and a.status != "historical"]
                agreement.date = (days[-1] if days else None) or (given[-1] if given else None)
            if agreement.date is None and status in ("signed", "renewed"):
                agreement.date = _date_before(sentence, sentences, index, dates, signing=True)
            agreements.append(agreement)
            last = agreement
        if (
            found
            and status in ("signed", "renewed")
            and (_CEREMONY.search(s) or _place(s) is not None)
        ):
            events.append(_event("signing ceremony", sentence, named, sentences, index, dates))
    for once in [a for a in agreements if a.listed]:
        told_again = [
            a
            for a in agreements
            if a is not once
            and not a.listed
            and (a.type, a.status) == (once.type, once.status)
            and {id(p) for p in a.parties} == {id(p) for p in once.parties}
        ]
        if told_again:
            # (what the sentences between said of it stays)
            again = told_again[0]
            again.date = again.date or once.date
            again.signatories = [
                *once.signatories,
                *(p for p in again.signatories if all(p.name != q.name for q in once.signatories)),
            ]
            again.areas += [area for area in once.areas if area not in again.areas]
            agreements.remove(once)
    _add_new_members(text, sentences, institutions, main, networks, dates, agreements)
    if not agreements:
        agreements += _pairs_listed(text, sentences, institutions, people, dates, published)
    if not agreements:
        agreements += _signing_told(text, sentences, institutions, people, dates, published)
    # "the three organisations signed …; it was signed by A of X, B of Y and C of Z": the
    # parties are the signatories' organisations
    for agreement in agreements:
        employers = _signers_organisations(agreement.signatories, institutions)
        if (agreement.guessed and len(employers) >= max(2, len(agreement.parties))) or (
            len(employers) >= 2
            and len(agreement.signatories) == len(employers)
            and not any(e in agreement.parties for e in employers)
        ):
            agreement.parties = employers
    # a ceremony the text names apart from the signing sentence
    for index, sentence in enumerate(sentences):
        if (
            _CEREMONY.search(sentence.text)
            and "sign" in sentence.text.lower()
            and not any(e.kind == "signing ceremony" for e in events)
            and agreements
        ):
            named = _named_in(sentence, institutions)
            event = _event("signing ceremony", sentence, named, sentences, index, dates)
            event.date = event.date or agreements[0].date
            events.append(event)
        elif (
            _CEREMONY.search(sentence.text)
            and _SIGNING_WORD.search(sentence.text)
            and len(ceremonies := [e for e in events if e.kind == "signing ceremony"]) == 1
            and ceremonies[0].date is None
            and ceremonies[0].end <= sentence.start
            and len(
                its_day := {d.value for d in _dates_in(sentence, dates) if d.precision == "day"}
            )
            == 1
        ):
            # "[Photo] … at the MoU Signing Ceremony between A and B. … The signing ceremony
            # was held on Tuesday, 20 May 2025": the day of the one told before without it
            ceremonies[0].date = its_day.pop()
    _decided_on(agreements, sentences, dates)
    _signing_day_told_after(agreements, sentences, dates)
    _days_left_out(text, agreements, events, dates, sentences)
    _ceremony_days(agreements, events)
    _signers_to_their_own(agreements, institutions, text)
    for agreement in agreements:
        if id(agreement) in renewals and agreement.status == "signed":
            agreement.status = "renewed"
    # "(Photo) Vice-Chancellor A (left) and President B sign the agreement": who a photo
    # shows signing signed the one agreement the text reports signed
    current = [a for a in agreements if a.status in ("signed", "renewed")]
    if len(current) == 1:
        for caption in captions:
            if _CAPTION_SIGNING.match(caption.text):
                _add_details(current[0], caption, people, [], text)
    _signer_of_all(sentences, agreements, people, institutions)
    _signers_of_each(agreements, text)
    _signers_of_the_documents(sentences, agreements, text)
    _earlier_ones(agreements, sentences, institutions, published)
    agreements = _one_told_twice(agreements, text)
    agreements = _each_told_in_detail(agreements, text)
    agreements = headline_told_again(agreements, text, short_for)
    agreements = _purpose_told_after(agreements, text)
    # ("With their accession, the UASR now counts 151 members": no agreement of one party)
    agreements = [a for a in agreements if len({id(p) for p in a.parties}) >= 2]
    # what the text reports as signed now first, then what is planned or told in passing
    agreements.sort(key=lambda a: a.status not in ("signed", "renewed"))
    _delegates_listed(text, events, people, institutions)
    merged = _merge_events(events, text)
    _visit_on_the_one_day(merged, sentences, dates, text, published)
    _signed_on_the_visit(agreements, merged, dates, text)
    _visit_of_the_signing(agreements, merged, text)
    return agreements, merged


def _delegates_listed(
    text: str, events: list[Event], people: list[Person], institutions: list[Institution]
) -> None:
    """ "The delegates in attendance were: • Professor A, President of KTH …; • Professor B,
    Vice-Chancellor of Linköping University …": the organisations of the people a visit's
    delegation lists, and those it lists itself one a line, take part in the visit."""
    visits = [e for e in events if e.kind == "visit"]
    if not visits:
        return
    for listed in _DELEGATES_LISTED.finditer(text):
        # the list: up to the first paragraph after it that is no item of it
        end = len(text)
        for paragraph in re.finditer(r"\n\s*\n", text[listed.end() :]):
            rest = text[listed.end() + paragraph.end() :]
            if not re.match(r"\s*(?:[•*·–—-]|\d+[.)])", rest):
                end = listed.end() + paragraph.start()
                break
        visit = min(visits, key=lambda e: abs(e.start - listed.start()))
        for person in people:
            if not listed.end() <= person.start < end:
                continue
            employer = _employer(person, institutions)
            if employer is not None and all(employer is not p for p in visit.participants):
                visit.participants.append(employer)
        # "The participating universities included: - University of California, Berkeley
        # - …": the organisations it lists, each on a line of its own
        for institution in institutions:
            if any(
                listed.end() <= m.start < end
                and re.match(
                    r"\s*(?:[•*·–—-]|\d+[.)])?\s*$",
                    text[text.rfind("\n", 0, m.start) + 1 : m.start],
                )
                for m in institution.mentions
            ) and all(institution is not p for p in visit.participants):
                visit.participants.append(institution)


# "The delegates in attendance were:", "The delegation included:", "La delegación estuvo
# integrada por:"
_DELEGATES_LISTED = re.compile(
    r"\b(?:delegates|delegation|delegación|delegados|comitiva|"
    # "The participating universities included:" and a list of them
    r"(?:participating|visiting)\s+(?:universities|institutions|organi[sz]ations)|"
    r"(?:universidades|instituciones)\s+participantes)\b[^.:\n]{0,60}?\b(?:were|are|include|"
    r"included|includes|comprised|consisted of|was made up of|incluyó|estuvo integrada por|"
    r"integrada por|estuvo conformada por|conformada por)\s*:",
    re.IGNORECASE,
)


# A document's title with whom it is between, the whole of a line: "Memorandum of
# Understanding between Universiti Teknologi Malaysia and University of Tsukuba"; after
# "between", names only (not "The MoU between A and B is under review")
_TITLE_LINE = re.compile(
    r"\s*(?:(?:An?|The|El|La|Un|Una)\s+)?"
    # (words of a title before it: "Renewal of the Memorandum …")
    r"(?:(?-i:[A-Z][\w-]*)\s+|(?:of|the|de|del|la|el)\s+){0,5}?"
    r"(?:agreement|memorandum|mou|convenio|acuerdo|protocolo|protocol|contract|contrato)\b"
    r"[^.,\n]{0,60}?\b(?:between|entre)\s+"
    r"(?:(?-i:[A-Z][\w'’.&-]*)|[\s(),]+|(?:and|y|e|of|de|del|la|las|los|el|the|for|in|en|"
    r"und|et|di|du|des|da|do)\b)+\.?\s*",
    re.IGNORECASE,
)


# "Three (3) Universities from the Republic of Sierra Leone have entered into a Memorandum
# … with the KNUST": a group counted, not named, that signed with one
_GROUP_SIGNED_WITH = re.compile(
    # (not "The two universities signed … with the British Council": the ones named before)
    rf"(?<!\bthe )(?<!\bboth )(?<!\bthese )\b({_NUMERALS})\s+(?:\(\d+\)\s+)?(?:[\w-]+\s+){{0,2}}?"
    r"(?:universities|institutions|colleges|universidades|instituciones)\b[^.;]{0,80}?"
    r"\b(?:signed|entered into|inked|concluded|firmaron|suscribieron)\s+(?:an?|the|un|una)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:agreement|memorandum|mou|moa|convenio|acuerdo)"
    r"(?:\s+of\s+understanding)?(?:\s*\([^()]{1,10}\))?(?:\s+to\s+collaborate)?\s+(?:with|con)\s+",
    re.IGNORECASE,
)


def _add_whom_group_signed_with(
    agreement: Agreement, sentences: list[Sentence], index: int, institutions: list[Institution]
) -> None:
    """ "Three (3) Universities from … have entered into a Memorandum … with the KNUST. … A, B
    and C signed a five-year renewable agreement": the group named, and the one it signed
    with, when a sentence just before counts as many as the agreement has parties."""
    for before in sentences[max(0, index - 2) : index]:
        group = _GROUP_SIGNED_WITH.search(before.text)
        if (
            group is None
            or _number(group.group(1)) != len(agreement.parties)
            or re.search(r"\b(?:19|20)\d\d\b", before.text)  # (an earlier deal)
        ):
            continue
        after = [
            i
            for i in _named_in(before, institutions)
            if _first_in(i, before) >= before.start + group.end()
        ]
        if len(after) == 1 and after[0] not in agreement.parties:
            agreement.parties.append(after[0])
            return


def _title_line(text: str, sentence: Sentence) -> bool:
    """Whether the sentence is a line of its own that names a document and its parties."""
    alone = (sentence.start == 0 or text[sentence.start - 1] == "\n") and (
        sentence.end == len(text) or text[sentence.end] == "\n"
    )
    return alone and _TITLE_LINE.fullmatch(sentence.text) is not None


# "The signing ceremony was held at the University of Leeds and attended by engineers from
# LG": where it was and who came
_ATTENDING = re.compile(
    r"\b(?:held at|hosted by|attended by|in the presence of|witnessed by|at the)\b", re.IGNORECASE
)


def _only_attending(inst: Institution, sentence: Sentence) -> bool:
    """Whether the sentence names the organisation only where or among whom a signing took
    place: after "held at", "attended by" … with no signing word between."""
    inside = [m for m in inst.mentions if sentence.start <= m.start < sentence.end]
    for mention in inside:
        before = sentence.text[: mention.start - sentence.start]
        cues = list(_ATTENDING.finditer(before))
        if not cues or _SIGNED.search(before, cues[-1].end()):
            return False
    return bool(inside)


def _signing_told(
    text: str,
    sentences: list[Sentence],
    institutions: list[Institution],
    people: list[Person],
    dates: list[DateMention],
    published: datetime.date | None,
) -> list[Agreement]:
    """When no sentence said who signed with whom but the text tells that a document was
    signed ("A joint Memorandum of Understanding has been signed by five universities … The
    partners are A, B, C, D and E"; "the deals were signed by A, B and C"): one agreement, with
    a low confidence, among the organisations the text names; aggregate when more than two.
    Not among them: bodies the registry does not know that are not universities or companies
    (a "Centro de Intercambio" named in passing), nor a ministry or agency only named in a
    sentence that tells no signing."""
    told = [
        s
        for s in sentences
        if (
            (_DOCUMENT.search(s.text) and _SIGNED.search(s.text))
            or (_CEREMONY.search(s.text) and "sign" in s.text.lower())
            # "Convenio de colaboración entre la Universidad de Oviedo y la Universidad de
            # Auckland.": a document's title, its parties, a line of its own
            or _title_line(text, s)
        )
        and not _NEGATED.search(s.text)
        and not _CAPTION.search(s.text)
        and not _PHOTO_AFTER.match(text, s.end)
    ]
    if not told:
        return []
    named_in_told = [(s, {id(i) for i in _named_in(s, institutions)}) for s in told]
    in_told = set().union(*(named for _s, named in named_in_told))
    parties = [
        i
        for i in _named_in(Sentence(0, len(text), text, 0), institutions)
        if (
            i.kind != "other"
            or i.canonical is not None
            # ("A delegation from Xidian University came to RTU …": a body the text names
            # only by its acronym, over and over)
            or (i.name.isupper() and len(i.mentions) >= 3)
        )
        and (i.kind != "government" or id(i) in in_told)
        # (not one whose officials the telling says watched, nor who tells it)
        and not (
            id(i) in in_told
            and all(_only_watching(i, s) for s, named in named_in_told if id(i) in named)
        )
    ]
    # "A and B held a cooperation signing ceremony on May 8. … B already has cooperative
    # relations with C, D and E": those the telling names, when they are two or more
    told_parties = [
        i
        for i in parties
        if any(id(i) in named and not _only_attending(i, s) for s, named in named_in_told)
    ]
    if len(told_parties) >= 2:
        parties = told_parties
    if len(parties) < 2:
        return []
    first = told[0]
    agreement = Agreement(
        parties,
        document_type(first.text),
        _status(first.text, _dates_in(first, dates), published, text),
        first.start,
        first.end,
        aggregate=len(parties) > 2,
        confidence=0.4,
    )
    for sentence in told:
        _add_details(agreement, sentence, people, _dates_in(sentence, dates), text)
    return [agreement]


def _pairs_listed(
    text: str,
    sentences: list[Sentence],
    institutions: list[Institution],
    people: list[Person],
    dates: list[DateMention],
    published: datetime.date | None,
) -> list[Agreement]:
    """Documents a sentence told as signed, then paired in a list of their own: "The
    memoranda … were signed on 20 January. … The partnerships pair the following
    universities: A with B; C with D; and E with F": one of them between each pair (its kind,
    status and day those of the sentence telling the signing, three sentences before at
    most)."""
    found: list[Agreement] = []
    for index, sentence in enumerate(sentences):
        told = next(
            (
                before
                for before in reversed(sentences[max(0, index - 3) : index + 1])
                if _DOCUMENT.search(before.text)
                and _SIGNED.search(before.text)
                and not _NEGATED.search(before.text)
            ),
            None,
        )
        if told is None or sentence.text.count(";") < 1:
            continue
        pairs = []
        at = sentence.start
        for segment in sentence.text.split(";"):
            start, end = at, at + len(segment)
            at = end + 1
            with_ = _PAIRED_WITH.search(segment)
            if with_ is None:
                continue
            middle = start + with_.start()
            named = [i for i in institutions if any(start <= a < end for a, _b in i.spans)]
            before = [i for i in named if any(start <= a < middle for a, _b in i.spans)]
            if len(named) == 2 and len(before) == 1:
                after = next(i for i in named if i is not before[0])
                pairs.append([before[0], after])
        if len(pairs) < 2:
            continue
        for pair in pairs:
            agreement = Agreement(
                pair,
                document_type(told.text),
                _status(told.text, _dates_in(told, dates), published, text),
                sentence.start,
                sentence.end,
                confidence=0.5,
            )
            _add_details(agreement, told, people, _dates_in(told, dates), text)
            found.append(agreement)
    return found


# "A with B" in a list of pairs (not "A, with its partner B"; the last "and E with F")
_PAIRED_WITH = re.compile(r"(?<!,)\s+with\s+(?:the\s+)?(?=[A-Z])")


def _first_signed_day(sentence: Sentence, dates: list[DateMention]) -> datetime.date | None:
    """The day a renewal's sentence says the one it renews was signed, when it gives one ("…
    renewed … a memorandum of understanding (MoU) signed on December 3, 2013")."""
    told = _FIRST_SIGNED.search(sentence.text) or _RENEWS_ONE_OF.search(sentence.text)
    if told is None:
        return None
    start, end = sentence.start + told.start(), sentence.start + told.end()
    return next((d.value for d in dates if start <= d.start < end and d.precision == "day"), None)


def _renews_one_of(s: str, published: datetime.date | None) -> bool:
    """Whether a renewal's sentence tells the one it renews with a year before the news ("su
    convenio …, vigente desde 2021"; not "que estará vigente desde 2025")."""
    found = _RENEWS_ONE_OF.search(s)
    if found is None:
        return False
    year = int(next(g for g in found.groups() if g))
    return published is None or year < published.year


def _dates_in(sentence: Sentence, dates: list[DateMention]) -> list[DateMention]:
    return [d for d in dates if sentence.start <= d.start < sentence.end]


# An earlier instrument of the same parties, told in passing by a sentence about the one
# signed now: "the first agreement between the two universities dates back to 2018", "the
# previous cooperation protocol, which had been signed in the past", "The Memorandum was first
# signed on June 23, 1994", "recalled the signing of the agreement in 2008", "Desde la rúbrica
# del primer MoU, en enero de 1998", "el convenio firmado originalmente en 1994", "iniciada en
# 2007 con la firma de un acuerdo marco", "This is the second MOU signed with …"
_EARLIER_DOC = (
    r"(?:memorand(?:um|a|ums)|memor[aá]nd(?:um|o|os)|mo[ua]s?|agreements?|accords?|protocols?|"
    r"protocolos?|convenios?|acuerdos?|contracts?|pacts?)"
)
# (the words between "previous" and the document qualify it: not "Prior to the agreement",
# "Earlier this year the MoU")
_QUALIFIERS = (
    r"(?:(?!(?:this|that|these|the|a|an|to|in|on|of|year|month|week|day)\b)[\w-]+\s+){0,2}?"
)
_EARLIER_ONE = re.compile(
    rf"\b(?:previous|earlier|prior)\s+{_QUALIFIERS}({_EARLIER_DOC})\b[^.;]{{0,80}}?"
    r"\b(?:signed|concluded|inked|dates?\s+back|years?\s+ago|in\s+the\s+past)\b|"
    rf"\b(?:first|original|initial)\s+{_QUALIFIERS}({_EARLIER_DOC})\b[^.;]{{0,80}}?"
    r"\b(?:dates?\s+back|years?\s+ago)\b|"
    rf"\b({_EARLIER_DOC})\s+(?:was|were|had\s+been)\s+(?:first|originally|initially|previously)\s+"
    r"(?:signed|concluded|inked)\b|"
    rf"\b({_EARLIER_DOC})\s+(?:signed|concluded)\s+(?:previously|in\s+the\s+past)\b|"
    # ("This is the second MOU signed with the Mexican university"; not "the second
    # agreement X has signed this month": another's)
    rf"\b(?:this|it)\s+is\s+the\s+(?:second|third|fourth|fifth)\s+({_EARLIER_DOC})\s+"
    r"(?:signed\s+)?(?:with|between)\b|"
    rf"\b({_EARLIER_DOC})\s+(?:firmad[oa]s?|suscrit[oa]s?)\s+originalmente\b|"
    # "this cooperation continues the cooperation protocol the two sides signed earlier",
    # "builds on the memorandum signed years ago" (not "builds on the memorandum signed this
    # week"; with a year, see _EARLIER_IN)
    rf"\b(?:continues|builds\s+on|follows\s+up\s+on)\s+(?:the|their|its)\s+{_QUALIFIERS}"
    rf"({_EARLIER_DOC})\b[^.;]{{0,40}}?\b(?:signed|concluded)\b[^.;]{{0,30}}?"
    r"\b(?:earlier|previously|in\s+the\s+past|years?\s+ago)\b",
    re.IGNORECASE,
)
# With the year it was signed, an earlier one when the year is before the news and before
# the day of the one signed now: "… recalled the signing of the agreement in 2008", "the
# agreements on cooperation signed in 2017", "el convenio firmado en 1994", "the first
# agreement … was signed in 2009", "Desde la rúbrica del primer MoU, en enero de 1998",
# "iniciada en 2007 con la firma de un acuerdo marco"
_EARLIER_IN = re.compile(
    rf"\bsigning\s+of\s+(?:the|a|an|their)\s+{_QUALIFIERS}({_EARLIER_DOC})\s+in\s+"
    r"((?:19|20)\d\d)\b|"
    rf"\b({_EARLIER_DOC})\s+(?:(?:on|of|for)\s+(?:[\w-]+\s+){{1,5}}?)?(?:(?:was|were)\s+)?"
    r"(?:signed|concluded|firmad[oa]s?|suscrit[oa]s?)\s+in\s+((?:19|20)\d\d)\b|"
    # "their memorandum …, which was initiated in 2013", "the memorandum that the two
    # universities signed in April 2021", "the memorandum of understanding the two
    # universities had signed in 2018"
    rf"\b({_EARLIER_DOC})\b[^.;]{{0,50}}?\b(?:that|which|they|the\s+two|both|the\s+parties)\b"
    r"[^.;]{0,40}?\b(?:signed|initiated|concluded)\s+in\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b|"
    # "The partnership, originally signed in 2005"
    r"\b(partnership|agreement|memorandum)\s*,?\s+(?:was\s+)?(?:originally|first|initially)\s+"
    r"(?:signed|concluded|established|agreed)\s+in\s+((?:19|20)\d\d)\b|"
    # "Since concluding an academic exchange agreement in 1993", "builds on a 2018
    # collaboration agreement", "carried out since 2011 within the framework agreement"
    rf"\bsince\s+(?:concluding|signing)\s+(?:an?|the|their)\s+{_QUALIFIERS}({_EARLIER_DOC})\s+"
    r"in\s+((?:19|20)\d\d)\b|"
    rf"\bbuilds\s+on\s+(?:an?|the|their)\s+((?:19|20)\d\d)\s+{_QUALIFIERS}({_EARLIER_DOC})\b|"
    r"\bsince\s+((?:19|20)\d\d)\s+(?:within|under)\s+(?:the|an?|their)\s+"
    rf"{_QUALIFIERS}({_EARLIER_DOC})\b|"
    # "A and B first concluded an academic cooperation agreement in 2010", "… concluded their
    # first strategic partnership agreement in 2014"
    rf"\b(?:first\s+(?:signed|concluded|inked)\s+(?:an?|the|their)|(?:signed|concluded|inked)\s+"
    rf"(?:their|its|the)\s+first)\s+{_QUALIFIERS}({_EARLIER_DOC})\b[^.;]{{0,60}}?\bin\s+"
    r"((?:19|20)\d\d)\b|"
    # "el convenio marco … que une a ambas instituciones desde 2004", "la relación que ambas
    # universidades iniciaron en 2015 con un primer convenio"
    # (the last document before "que": "un convenio marco que sustituye al acuerdo bilateral
    # que ambas instituciones mantenían desde 2008")
    rf"\b({_EARLIER_DOC})\b(?:(?!{_EARLIER_DOC})[^.;]){{0,60}}?\bque\s+(?:une\s+a\s+|unen\s+a\s+)?"
    r"(?:ambas|las\s+dos)\s+"
    r"[^.;]{0,30}?\b(?:mantienen\s+)?desde\s+((?:19|20)\d\d)\b|"
    # "desde 2019, cuando ambas instituciones firmaron un primer acuerdo"
    r"\b((?:19|20)\d\d)\b[^.;]{0,40}?\b(?:firmaron|suscribieron)\s+(?:un|una|su)\s+"
    rf"primer[oa]?\s+({_EARLIER_DOC})\b|"
    r"\b(?:iniciaron|comenzaron|empezaron)\s+en\s+((?:19|20)\d\d)\s+con\s+(?:un|una|el|la)\s+"
    rf"(?:primer\s+|primera\s+)?({_EARLIER_DOC})\b|"
    # ("el acuerdo de colaboración integral iniciado en 2002")
    rf"\b({_EARLIER_DOC})\s+(?:[\w-]+\s+){{0,3}}?(?:firmad[oa]s?|suscrit[oa]s?|iniciad[oa]s?)\s+"
    r"en\s+((?:19|20)\d\d)\b|"
    rf"\b(?:first|original|initial)\s+{_QUALIFIERS}({_EARLIER_DOC})\b[^.;]{{0,80}}?"
    r"\b(?:was|were)\s+signed\s+in\s+((?:19|20)\d\d)\b|"
    rf"\b(?:primer|anterior)\s+({_EARLIER_DOC})\b[^.;]{{0,60}}?\b((?:19|20)\d\d)\b|"
    rf"\b((?:19|20)\d\d)\s+con\s+la\s+firma\s+de\s+(?:un|una|el|la)\s+({_EARLIER_DOC})\b",
    re.IGNORECASE,
)
# "… lapsed in 2020 and was never renewed": no renewal
_NOT_RENEWED = re.compile(r"\b(?:never|not|n[o']t|no)\s+(?:been\s+|yet\s+)?renew", re.IGNORECASE)
# (a document's words reach a little past its noun: "acuerdo marco", "agreement on …")
_DOCUMENT_TAIL = 12


def _earlier_ones(
    agreements: list[Agreement],
    sentences: list[Sentence],
    institutions: list[Institution],
    published: datetime.date | None,
) -> None:
    """An earlier instrument that a sentence tells of in passing, about an agreement signed
    now (the one the text told last, in that sentence or before it, with every organisation
    the sentence names): a historical agreement of the same parties, unless one is told."""
    for sentence in sentences:
        s = sentence.text
        # the document's words, with what qualifies it ("previous cooperation protocol",
        # "acuerdo marco"), and the year it was signed when told
        document, year, where = None, None, (0, 0)
        found = _EARLIER_ONE.search(s)
        if found is not None:
            group = next(n for n, g in enumerate(found.groups(), 1) if g)
            document = s[found.start() : found.end(group) + _DOCUMENT_TAIL]
            where = found.span()
        for match in _EARLIER_IN.finditer(s) if document is None else ():
            told = [n for n, g in enumerate(match.groups(), 1) if g]
            words, number = sorted(told, key=lambda n: match.group(n).isdigit())
            if published is None or int(match.group(number)) < published.year:
                document = s[match.start() : match.end(words) + _DOCUMENT_TAIL]
                year = int(match.group(number))
                where = match.span()
                break
        renews = _RENEWED.search(s) is not None and not _NOT_RENEWED.search(s)
        if document is None and renews and _renews_one_of(s, published):
            document = ""  # "El nuevo convenio renueva otro que … habían firmado en 1995"
        # (not when the sentence itself reported it, as an agreement of its own)
        if document is None or any(sentence.start <= a.start < sentence.end for a in agreements
                                   if a.status == "historical"):  # fmt: skip
            continue
        named = {id(i) for i in _named_in(sentence, institutions)}
        current = [
            a
            for a in agreements
            if a.status in ("signed", "renewed")
            and a.start < sentence.end
            and named <= {id(p) for p in a.parties}
        ]
        if not current:
            continue
        now = current[-1]
        if year is not None and now.date is not None and now.date.year <= year:
            continue  # "… signed on December 28, 2023. The agreement signed in 2023 …": this one
        if (
            sentence.start <= now.start < sentence.end
            and not renews
            and not _SIGNED.search(s[: where[0]] + " … " + s[where[1] :])
        ):
            # "… visited B on the closing of the cooperation agreement signed in 2019": the
            # one agreement the sentence tells is that earlier one, not one signed now
            if year is not None:
                now.status, now.date = "historical", None
            continue
        if renews:
            now.status = "renewed"  # "El nuevo convenio renueva otro que …"
        # ("A, B and C signed … B and A have been partners since 2005 under an exchange
        # agreement": the two the sentence names)
        earlier = [p for p in now.parties if id(p) in named] if len(named) >= 2 else now.parties
        parties = {id(p) for p in earlier}
        if any(a.status == "historical" and {id(p) for p in a.parties} == parties
               for a in agreements):  # fmt: skip
            continue
        agreements.append(
            Agreement(
                list(earlier), document_type(document) if document else now.type,
                "historical", sentence.start, sentence.end, confidence=0.5,
            )
        )  # fmt: skip


# "… following earlier memoranda with Ural Federal University and Novosibirsk State
# University": agreements signed before, one with each
_EARLIER = re.compile(
    r"\b(?:earlier|previous|prior|existing)\s+(memoranda|memorandums|mo[ua]s|agreements)\s+with\b",
    re.IGNORECASE,
)


def _ceremony_days(agreements: list[Agreement], events: list[Event]) -> None:
    """ "UG has signed an MoU with … The signing ceremony took place on Tuesday, 9th August":
    what was signed with no day has the day of the one signing ceremony the text dates; and a
    ceremony with no day ("… signed … at a ceremony held at the UJ Presidency") has the day
    of what was signed, when all of it was signed on one day."""
    current = [a for a in agreements if a.status in ("signed", "renewed")]
    ceremonies = [e for e in events if e.kind == "signing ceremony"]
    dated = [e for e in ceremonies if e.date is not None]
    if len({e.date for e in dated}) == 1:
        ceremony = dated[0]
        for agreement in current:
            # (not a membership, decided elsewhere; not one with a party the ceremony does
            # not name among those taking part, unless it is the one signing of the text and
            # the ceremony names one of its parties)
            if (
                agreement.date is None
                and agreement.type != "membership"
                and (
                    not ceremony.participants
                    or all(p in ceremony.participants for p in agreement.parties)
                    # "At the Nov. 7 signing ceremony, SUNY Plattsburgh President … said":
                    # the one signing of the text, its ceremony naming one party
                    or (
                        len(current) == 1
                        and len(ceremonies) == 1
                        and any(p in ceremony.participants for p in agreement.parties)
                    )
                )
            ):
                agreement.date = ceremony.date
    days = {a.date for a in current}
    if len(days) == 1 and None not in days:
        (day,) = days
        for event in ceremonies:
            event.date = event.date or day


def _decided_on(
    agreements: list[Agreement], sentences: list[Sentence], dates: list[DateMention]
) -> None:
    """ "X has been admitted as a full member of Y. The decision was taken at … on April 11":
    an agreement with no day has the day of the decision the next sentence tells."""
    starts = [s.start for s in sentences]
    for agreement in agreements:
        if agreement.date is not None or agreement.status not in ("signed", "renewed"):
            continue
        # (told again more closely: "… held on 21-22 November. The decision was taken on the
        # second day of the meeting")
        k = bisect.bisect_left(starts, agreement.start)
        for after in sentences[k + 1 : k + 3]:
            if not _DECISION.match(after.text):
                break
            agreement.date = _day_in(after, dates) or agreement.date


_DECISION = re.compile(
    r"(?:The|This|That) (?:decision|admission|approval|vote|application)\b|"
    r"(?:La|Esta) (?:decisión|incorporación|aprobación)\b"
)


def _add_earlier(
    sentence: Sentence,
    named: list[Institution],
    main: Institution | None,
    agreements: list[Agreement],
) -> None:
    """The earlier agreements a sentence names in passing, between the text's main
    organisation and each organisation named after "earlier memoranda with"."""
    earlier = _EARLIER.search(sentence.text)
    if earlier is None or main is None:
        return
    kind = document_type(earlier.group(1))
    for other in named:
        if other is main or _first_in(other, sentence) < sentence.start + earlier.end():
            continue
        if any({id(main), id(other)} == {id(p) for p in a.parties} for a in agreements):
            continue
        agreements.append(
            Agreement(
                [main, other], kind, "historical", sentence.start, sentence.end,
                confidence=0.5,
            )
        )  # fmt: skip


def _part_status(status: str, part: str) -> str:
    """The status of one of the documents a sentence names, from its part: "renewed its
    Agreement … and concluded a new Memorandum": one renewed, one signed (but "renewed its
    Agreement … and its Memorandum …": both renewed)."""
    if status == "renewed" and not _RENEWED.search(part) and _SIGNED.search(part):
        return "signed"
    return status


def _add_new_members(
    text: str,
    sentences: list[Sentence],
    institutions: list[Institution],
    main: Institution | None,
    networks: set[int],
    dates: list[DateMention],
    agreements: list[Agreement],
) -> None:
    """ "The Council approved four new members … The new members are:\n\nHokkaido University
    …": a membership each, once (a second report of one only gives it a day it lacked)."""
    for index, sentence in enumerate(sentences):
        if not _NEW_MEMBERS.search(sentence.text) or any(
            a.type == "membership" and a.start == sentence.start for a in agreements
        ):
            continue
        for member in _new_members(sentences, index, institutions, main, networks, dates, text):
            known = next(
                (
                    a
                    for a in agreements
                    if a.type == "membership" and a.parties[0] is member.parties[0]
                ),
                None,
            )
            if known is None:
                agreements.append(member)
            else:  # "Welcome to our new members! … On 14 June the Council approved …"
                known.date = known.date or member.date


def _signers_to_their_own(
    agreements: list[Agreement], institutions: list[Institution], text: str
) -> None:
    """Of agreements one sentence reported together, each signatory signed the one their
    organisation is a party to ("ATU President Dr Siobhán Kenny signed the accession
    agreement", after ATU's and MTU's memberships)."""
    for agreement in agreements:
        for person in list(agreement.signatories):
            if person not in agreement.signatories:
                continue  # (moved with a co-signer, below)
            # (or that the one sentence naming the signer gave them all)
            together = [
                a
                for a in agreements
                if a is not agreement
                and (
                    a.start == agreement.start
                    or person in a.signatories
                    or a.told_with == agreement.told_with != -1
                )
            ]
            employer = _employer(person, institutions)
            if employer is not None and employer in agreement.parties and together:
                # "UM was represented by its Vice-Chancellor, X, who signed all three": each
                # of those told in turn that their organisation is a party to
                if _SIGNED_ALL.match(text, person.end):
                    for other in together:
                        if employer in other.parties and all(
                            p.name != person.name for p in other.signatories
                        ):
                            other.signatories.insert(0, person)
                continue
            if employer is None:
                continue
            own = [a for a in together if employer in a.parties]
            if len(own) == 1:
                agreement.signatories.remove(person)
                if all(p.name != person.name for p in own[0].signatories):
                    own[0].signatories.append(person)
                # "Pan and Feng then signed …": who signed beside them, named right after or
                # before them with "and", of an organisation party to both, signed the same
                # one
                for beside in list(agreement.signatories):
                    employer_beside = _employer(beside, institutions)
                    first, second = sorted((person, beside), key=lambda p: p.start)
                    if (
                        _AND_BETWEEN.fullmatch(text, first.end, second.start)
                        and employer_beside is not None
                        and employer_beside in own[0].parties
                        and all(p.name != beside.name for p in own[0].signatories)
                    ):
                        agreement.signatories.remove(beside)
                        own[0].signatories.append(beside)


_AND_BETWEEN = re.compile(r"\s+(?:and|y)\s+")
# "…, who signed all three", ", who signed them all"
_SIGNED_ALL = re.compile(
    r",?\s*(?:who\s+)?signed\s+(?:all\s+(?:three|four|five|of them|the \w+)|them all|each of them|"
    r"all\b|both\b)"
)
# "three cooperation documents were signed": a sentence that sums up the signings told next
# "KFU signed documents with four Uzbek universities"
_WITH_COUNTED = re.compile(
    rf"\b(?:documents|agreements|memoranda|mous)\s+with\s+(?:{_NUMERALS})\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:universities|institutions|partners|organi[sz]ations)\b",
    re.IGNORECASE,
)
_SUMMED_UP = re.compile(
    rf"\b(?:{_NUMERALS}|several)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:documents|agreements|memoranda|mous|contracts|protocols|convenios|acuerdos)\b",
    re.IGNORECASE,
)


def _signed_on_the_visit(
    agreements: list[Agreement], events: list[Event], dates: list[DateMention], text: str
) -> None:
    """ "SU hosted a delegation from the University of Warwick on 31 October 2022 … The two
    signed a memorandum": what the one visit's two sides signed with no day of its own is of
    the visit's day, when the visit was of one day (not "from 5 to 8 April")."""
    visits = [e for e in events if e.kind == "visit"]
    if len(visits) != 1 or visits[0].date is None:
        return
    visit = visits[0]
    if any(d.days for d in dates if visit.start <= d.start < visit.end):
        return
    for agreement in agreements:
        if (
            agreement.date is None
            and agreement.status in ("signed", "renewed")
            and len(agreement.parties) >= 2
            and all(p in visit.participants for p in agreement.parties)
            # (not "… signed a memorandum when their partnership began")
            and not _ANOTHER_TIME_TOLD.search(text, agreement.start, agreement.end)
        ):
            agreement.date = visit.date


def _visit_on_the_one_day(
    events: list[Event],
    sentences: list[Sentence],
    dates: list[DateMention],
    text: str,
    published: datetime.date | None,
) -> None:
    """ "The management of UNILAG has met top officials from the University of Venda. … the
    team was received on Thursday by the Deputy Vice-Chancellor …": the one visit told with
    no day of its own is on the one day the story names, when that day is of the weeks
    before the news (not "its first agreement was signed on 3 March 2019"), named in the
    story's sentences (not a line of its own above it: "Thu, Sep 25, 2025, 6:00 AM") and in
    one that tells of a visit or what was signed on it ("received", "met", "signed"; not
    "applications closed on 15 April", "the summit held on 20 March"), and the visit is not
    told as one before what was signed ("On 3 May, A and B signed an MoU. The agreement
    follows a visit by …")."""
    visits = [e for e in events if e.kind == "visit"]
    if len(visits) != 1 or visits[0].date is not None or published is None:
        return
    # (not a visit of days, "a three-day visit", whose first day it need not be)
    if of_its_own_time(text, visits[0]):
        return
    days = {}
    for mention in dates:
        if mention.precision != "day" or mention.value is None:
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        line_end = text.find("\n", mention.end)
        if len(text[line_start : line_end if line_end >= 0 else len(text)].split()) < 12:
            continue
        days[mention.value] = next((x for x in sentences if x.start <= mention.start < x.end), None)
    if len(days) == 1:
        ((day, sentence),) = days.items()
        if (
            sentence is not None
            and _OF_THE_VISIT.search(sentence.text)
            and datetime.timedelta(0) <= published - day <= _RECENT_VISIT
        ):
            visits[0].date = day


_RECENT_VISIT = datetime.timedelta(days=60)
# what a visit's day is told with: its guests received, met, shown round, or what they signed
_OF_THE_VISIT = re.compile(
    r"\b(?:visit\w*|delegation|delegaci[oó]n|hosted|welcomed|receiv\w*|recib\w*|met|meeting|"
    r"talks|toured|reuni\w*|ceremony|ceremonia|sign(?:ed|ing)|inked|firm(?:ó|aron|ado))\b",
    re.IGNORECASE,
)
_VISIT_BEFORE = re.compile(
    r"\b(?:follow(?:s|ed|ing)?|after|came after|preceded)\s+(?:an?|the|their|its)\s+"
    r"(?:[\w-]+\s+){0,2}?visit\b",
    re.IGNORECASE,
)


def _visit_of_the_signing(agreements: list[Agreement], events: list[Event], text: str) -> None:
    """ "On 3 May, CityUHK and the University of Cambridge … signing two MoUs. A CityUHK
    delegation to the University of Cambridge was led by its President, who attended the
    signing": a visit told with no day of its own, at the signing, has the day of what was
    signed, when all of it was signed on one day."""
    days = {a.date for a in agreements if a.status in ("signed", "renewed")}
    if len(days) != 1 or None in days:
        return
    (day,) = days
    for event in events:
        if (
            event.kind == "visit"
            and event.date is None
            and _AT_THE_SIGNING.search(text, event.start, event.end)
            and not _ANOTHER_TIME.search(text, event.start, event.end)
            # (not "the 2-Day Visit of the Rector", whose first day the signing need not be)
            and not _DAYS_LONG.search(text, event.start, event.end)
        ):
            event.date = day


def of_its_own_time(text: str, event: Event) -> bool:
    """Whether a visit is told as one of days ("a three-day visit"), at another time or
    before what was signed: one whose day a signing's need not be."""
    visit = text[event.start : event.end]
    return event.kind == "visit" and bool(
        _ANOTHER_TIME.search(visit) or _DAYS_LONG.search(visit) or _VISIT_BEFORE.search(visit)
    )


_DAYS_LONG = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|several|multi)[- ](?:day|week)s?\b|\bweek-long\b",
    re.IGNORECASE,
)
# "who attended the signing of the MoUs", "to witness the signing", "asistió a la firma" (not
# "in the run-up to the signing", "both sides agreed to sign it")
_AT_THE_SIGNING = re.compile(
    r"\b(?:attend(?:ed|s)?|witness(?:ed|es)?|present at|for)\s+the\s+signing\b|"
    r"\b(?:asisti[oó]|asistieron|presenci[oó]|presenciaron)\s+a?\s*la\s+firma\b",
    re.IGNORECASE,
)


_ANOTHER_TIME_TOLD = re.compile(
    r"\b(?:when|began|previously|first|earlier|in the past|ago|since|cuando|anteriormente)\b",
    re.IGNORECASE,
)


def _signing_day_told_after(
    agreements: list[Agreement], sentences: list[Sentence], dates: list[DateMention]
) -> None:
    """ "A framework agreement … has been signed by our university and ATU. The signing took
    place on May 23rd in the Senate Chamber": what was signed with no day before it has the
    one day that sentence gives."""
    for n, sentence in enumerate(sentences):
        # ("Signing for the two universities were A and B. The ceremony was held on Friday,
        # Jul. 19, 2024": a ceremony right after a signing told is that signing's)
        if not _SIGNING_TOOK_PLACE.search(sentence.text) and not (
            n > 0
            and _CEREMONY_TOOK_PLACE.search(sentence.text)
            and _SIGNING_TOLD.search(sentences[n - 1].text)
        ):
            continue
        days = {d.value for d in _dates_in(sentence, dates) if d.precision == "day" and d.value}
        if len(days) != 1:
            continue
        day = days.pop()
        # (the one undated before it, when one: not an earlier one told in passing too)
        undated = [
            a
            for a in agreements
            if a.date is None and a.status in ("signed", "renewed") and a.start < sentence.start
        ]
        if len({(a.start, frozenset(map(id, a.parties))) for a in undated}) == 1:
            for agreement in undated:
                agreement.date = day


_TOOK_PLACE = (
    r"(?:took\s+place|was\s+held|happened|occurred|tuvo\s+lugar|se\s+realiz[óo]|"
    r"se\s+llev[óo]\s+a\s+cabo|se\s+celebr[óo])\b"
)
_SIGNING_TOOK_PLACE = re.compile(
    r"^\s*(?:The|This|La|El)\s+(?:formal\s+|official\s+)?(?:signing|signature|firma)"
    r"(?:\s+(?:ceremony|ceremonia|del\s+convenio|of\s+the\s+\w+))?\s+" + _TOOK_PLACE,
    re.IGNORECASE,
)
# ("The ceremony was held on …" right after a signing told: that signing's)
_CEREMONY_TOOK_PLACE = re.compile(
    r"^\s*(?:The|This|La|El)\s+(?:ceremony|ceremonia)\s+" + _TOOK_PLACE, re.IGNORECASE
)
# (a signing of a document, or who signed for whom: not "Students then signed up …", "La
# firma alemana …")
_SIGNING_TOLD = re.compile(
    r"^\s*(?:Signing|Signed|Firmaron|Firmando)\s+(?:for|on behalf|by|por|en)\b|"
    r"\b(?:signed(?!\s+up\b)|inked|firm(?:ó|aron))\b[^.;]{0,80}?\b(?:agreement|mo[ua]|memorand\w*|"
    r"convenio|acuerdo|protocol|contract|document)|"
    # "A memorandum of understanding (MoU) has been signed between A and B"
    r"\b(?:agreement|mo[ua]|memorand\w*|convenio|acuerdo|protocol|contract)\b[^.;]{0,40}?"
    r"\b(?:was|were|has\s+been|have\s+been|fue|fueron)\s+(?:signed|inked|firmad[oa]s?)\b",
    re.IGNORECASE,
)


def _days_left_out(
    text: str,
    agreements: list[Agreement],
    events: list[Event],
    dates: list[DateMention],
    sentences: list[Sentence],
) -> None:
    """Days the text gives elsewhere: a signing with no day, reported after one with a day,
    is on that day (unless it says "last week"), or on the day the lead sentence says
    signings were made ("UTM today sealed three partnerships") or members joined, or a
    sentence that sums up the signings told after it ("On the afternoon of November 5, three
    cooperation documents were signed: …"); a ceremony is on the day a later sentence gave
    for its signing; "Following the signing ceremony, … visited" on the ceremony's."""
    dated: datetime.date | None = None
    # (the lead after a dateline of its own: "Ulaanbaatar, May 29 (MONTSAME). The …")
    lead = next((s for s in sentences[:2] if _SIGNED.search(s.text) or _JOIN.search(s.text)), None)
    if lead is not None and not _PLANNED.search(lead.text):
        # (or joined: "Two universities … on Monday became members of …")
        # (not the first of a range of days: "… signed nineteen MOUs at the Joint Events,
        # held from May 21 to 23": which of them, the text does not say)
        dated = _day_in(lead, [d for d in dates if not d.days])
    told = {a.start for a in agreements}
    summaries = [
        (sentence.start, day)
        for k, sentence in enumerate(sentences)
        if k > 0
        and sentence is not lead
        and sentence.start not in told
        and _SIGNED.search(sentence.text)
        and (
            _SUMMED_UP.search(sentence.text)
            or _WITH_COUNTED.search(sentence.text)
            # "… the Memoranda of Understanding (MoUs) … exchanged today"
            or _PLURAL_DOCUMENTS.search(sentence.text)
        )
        and not _PLANNED.search(sentence.text)
        # ("On 18 April, TPU hosted delegations … Following the negotiations, the parties
        # signed three documents")
        and (
            day := _day_in(sentence, dates)
            or (
                _day_in(sentences[k - 1], dates)
                if sentences[k - 1].paragraph == sentence.paragraph
                else None
            )
        )
        is not None
    ]
    for agreement in sorted(agreements, key=lambda a: a.start):
        while summaries and summaries[0][0] < agreement.start:
            dated = summaries.pop(0)[1]
        if agreement.status not in ("signed", "renewed"):
            continue
        vague = any(agreement.start <= d.start < agreement.end for d in dates)
        if agreement.date is None and not vague:
            agreement.date = dated
        dated = agreement.date or dated
    for event in events:
        if event.kind == "signing ceremony" and event.date is None:
            signed_then = [a.date for a in agreements if a.start == event.start and a.date]
            event.date = signed_then[0] if signed_then else None
    for event in events:
        if event.date is None and _OCCASION.search(text[event.start : event.end]):
            earlier = [e.date for e in events if e.date and e.start <= event.start]
            earlier += [a.date for a in agreements if a.date and a.start <= event.start]
            event.date = earlier[-1] if earlier else None


_BARE_REFERENCE = re.compile(
    r"\b(?:this|that|the|este|esta|ese|esa|dicho|dicha|el|la)\s+(?:agreement|memorandum|mou|"
    r"document|convenio|acuerdo|documento|memorando)\b"
    # (not "the MoU on student exchange": one told by what it is on)
    r"(?!\s+(?:on|for|of|in|with|between|to|de|sobre|para|en|con|entre)\b)",
    re.IGNORECASE,
)


def _purpose_told_after(agreements: list[Agreement], text: str) -> list[Agreement]:
    """ "A Memorandum … has been signed by La Trobe University with IIT Kanpur … the purpose
    of this visit to India was to sign a Memorandum of Understanding with IIT Kanpur": what
    a visit was made to sign, told after it was signed, is that one."""
    signed = [a for a in agreements if a.status in ("signed", "renewed")]
    return [
        a
        for a in agreements
        if not (
            a.status == "planned"
            and _PURPOSE_WAS_TO_SIGN.search(text, a.start, a.end)
            and any(
                b.start < a.start
                and b.type == a.type
                and {id(p) for p in b.parties} == {id(p) for p in a.parties}
                for b in signed
            )
        )
    ]


_PURPOSE_WAS_TO_SIGN = re.compile(
    # (of this visit: not "The aim of the next visit, in October, was to sign …")
    r"\b(?:purpose|aim|objective|goal)\s+of\s+(?:this|his|her|their|our)\s+(?:visit|trip|"
    r"journey|mission)\b[^.;]{0,40}?\bwas to sign\b|"
    r"\b(?:came|travell?ed|arrived|visited)\b[^.;]{0,80}?\bto sign\b",
    re.IGNORECASE,
)


def _one_told_twice(agreements: list[Agreement], text: str) -> list[Agreement]:
    """ "UNAM e IMSS renovaron el convenio … con este acuerdo, firmado en la Torre de la
    Rectoría … el convenio firmado con la UNAM": in a text that never speaks of documents in
    the plural, two current agreements of the same parties and kind are one told twice."""
    if _PLURAL_DOCUMENTS.search(text) or _DOCUMENTS_COUNTED.search(text):
        return agreements
    kept: list[Agreement] = []
    for agreement in agreements:
        same = next(
            (
                a
                for a in kept
                if a.status in ("signed", "renewed")
                and agreement.status in ("signed", "renewed")
                # (one renewed and one signed: when the later names it bare, "este acuerdo",
                # "the agreement", not "the student exchange memorandum")
                and (
                    a.status == agreement.status
                    or _BARE_REFERENCE.search(text, agreement.start, agreement.end) is not None
                )
                and {id(p) for p in a.parties} == {id(p) for p in agreement.parties}
                and a.moa == agreement.moa
                and a.type == agreement.type
                # (not two programmes: "a joint PhD programme … and a joint master's degree")
                and a.type != "joint programme"
                # (not one on joint research and one on student exchange, nor two of two days)
                and not (a.areas and agreement.areas and not set(a.areas) & set(agreement.areas))
                and not (a.date and agreement.date and a.date != agreement.date)
                and not a.aggregate
                and not agreement.aggregate
            ),
            None,
        )
        if same is None:
            kept.append(agreement)
            continue
        if agreement.status == "renewed":
            same.status = "renewed"
        same.date = same.date or agreement.date
        same.areas += [a for a in agreement.areas if a not in same.areas]
        same.signatories += [p for p in agreement.signatories if p not in same.signatories]
    return kept


_ADDITIONAL = re.compile(
    r"\b(?:additional|another|further|second|third|also|adicional|otro|otra|segundo|segunda|"
    r"también)\b",
    re.IGNORECASE,
)


def _each_told_in_detail(agreements: list[Agreement], text: str) -> list[Agreement]:
    """ "During the visit UM signed agreements with the University of Lisbon, the Macau
    Scientific and Cultural Centre and … Rector Song and Luís Ferreira, rector of ULisboa,
    signed a strategic cooperation framework agreement": one of the agreements a sentence
    tells with several partners at once, told again later on its own with the same parties,
    is that one, as the later sentence tells it (its kind and signers; the first telling's
    day and areas where it gives none)."""
    dropped: set[int] = set()
    for n, first in enumerate(agreements):
        parties = {id(p) for p in first.parties}
        siblings = [
            a for a in agreements if a is not first and (a.start, a.end) == (first.start, first.end)
        ]
        # (each with another partner: not "signed two MoUs with SNU", two of the same)
        if (
            not siblings
            or any({id(p) for p in a.parties} == parties for a in siblings)
            or first.status not in ("signed", "renewed")
            or first.aggregate
            or first.signatories
        ):
            continue
        later = next(
            (
                a
                for a in agreements[n + 1 :]
                if a.start >= first.end
                and id(a) not in dropped
                and a.status in ("signed", "renewed")
                and not a.aggregate
                and {id(p) for p in a.parties} == parties
                and (a.type == first.type or first.type == "cooperation agreement")
                and not (a.date and first.date and a.date != first.date)
                # (not "With SNU, an additional MoU was signed …", nor a sentence of several
                # documents: "se renovaron el convenio marco, el convenio de intercambio …")
                and not _ADDITIONAL.search(text, a.start, a.end)
                and len(_DOCUMENT.findall(text, a.start, a.end)) == 1
            ),
            None,
        )
        if later is None:
            continue
        later.date = later.date or first.date
        later.areas += [x for x in first.areas if x not in later.areas]
        dropped.add(id(first))
    return [a for a in agreements if id(a) not in dropped]


def headline_told_again(
    agreements: list[Agreement],
    text: str,
    short_for: list[tuple[Institution, Institution]] | None = None,
) -> list[Agreement]:
    """ "A MoU signed between TVU and MUST" over a story that tells the two "agreed to sign a
    Memorandum": a headline's agreement is the one the story tells of the same parties, as
    the story tells it (its status; the headline's date, signers and areas where the story
    gives none). Not one of another kind: "sign MoU" over a story of a memorandum and a joint
    programme. A headline's parties written short are the story's (each pair, the short and
    the full, added to `short_for`)."""
    first_line = text.find("\n")
    headline = text[: max(first_line, 0)].strip()
    if first_line < 0 or headline.endswith((".", "!", "?")) or len(headline.split()) > 25:
        return agreements  # (a story's first sentence on a line of its own is no headline)
    kept: list[Agreement] = []
    for agreement in agreements:
        if agreement.end > first_line or agreement.aggregate:
            kept.append(agreement)
            continue
        parties = {id(p) for p in agreement.parties}
        # the story's agreements of the headline's kind, and the parties of each
        story = [
            (a, {id(p) for p in a.parties})
            for a in agreements
            if a.start > first_line and not a.aggregate and a.type == agreement.type
        ]
        told = next((a for a, ps in story if ps == parties and a.status != "historical"), None)
        if told is None:
            # ("Nazrul University and Mawlana Bhashani University ink MoU" over the MoU "signed
            # by Jatiya Kabi Kazi Nazrul Islam University … and Mawlana Bhashani Science and
            # Technology University": the headline's parties written short)
            pairs = next(
                (
                    (a, found)
                    for a, _ps in story
                    if a.status != "historical"
                    and (found := _written_short_for(agreement.parties, a.parties))
                ),
                None,
            )
            if pairs is not None:
                told = pairs[0]
                if short_for is not None:
                    short_for += pairs[1]
        if told is None:
            # ("KUST & KKKUK Sign MoU With OGDCL" over MoUs "signed between KUST and OGDCL
            # and between KKKUK and OGDCL": the headline's one is theirs together)
            shared = [(a, ps) for a, ps in story if ps < parties]
            if len(shared) >= 2 and set().union(*(ps for _a, ps in shared)) == parties:
                for a, _ps in shared:
                    a.date = a.date or agreement.date
            else:
                kept.append(agreement)
            continue
        if agreement.status == "renewed" and told.status == "signed":
            told.status = "renewed"
        told.date = told.date or agreement.date
        told.areas += [a for a in agreement.areas if a not in told.areas]
        told.signatories += [p for p in agreement.signatories if p not in told.signatories]
    return kept


def _written_short_for(
    short: list[Institution], full: list[Institution]
) -> list[tuple[Institution, Institution]]:
    """When a headline's parties are the story's, one for one, each the same organisation or
    its name written short (`written_short`), at least one so: each written short with the
    one it stands for; else none."""
    if len({id(p) for p in short}) != len(short) or len({id(p) for p in full}) != len(full):
        return []
    left = [q for q in full if all(q is not p for p in short)]
    pairs = []
    for party in short:
        if any(party is q for q in full):
            continue
        match = next((q for q in left if party.key is None and written_short(party, q)), None)
        if match is None:
            return []
        pairs.append((party, match))
        left.remove(match)
    return pairs if len(short) == len(full) else []


_BETWEEN_WORD = re.compile(r"\b(?:between|entre)\s", re.IGNORECASE)
_AND_BEFORE_BETWEEN = re.compile(r"(?:,?\s+(?:and|as well as|y)|,)\s+$", re.IGNORECASE)


def _per_document(
    parts: list[tuple[str, int, int]], sentence: Sentence, named: list[Institution]
) -> list[tuple[str, list[Institution]]]:
    """Each document's kind and parties: "renewed its agreement with TU Berlin and concluded
    a framework agreement with RWTH": those named before the documents and those named in
    its part, when each part names its own; else all the sentence names."""

    def inside(a: int, b: int) -> list[Institution]:
        return [
            i
            for i in named
            if any(sentence.start + a <= m.start < sentence.start + b for m in i.mentions)
        ]

    def _own_subject(a: int, b: int) -> bool:
        # "…, while the VTU entered into MoU with Millersville University": a later part that
        # names who signs its document before it, and its partner after
        document = _DOCUMENT.search(sentence.text, a, b)
        return a > 0 and document is not None and bool(inside(a, document.start()))

    first = _DOCUMENT.search(sentence.text)
    before = inside(0, first.start()) if first else []
    # the subject named again in a part ("… during a visit by a CDU delegation") is no
    # partner of that part's own
    own = [[i for i in inside(a, b) if i not in before] for _kind, a, b in parts]
    # "A and B signed a memorandum …, while the other agreements were concluded among C, D
    # and E": the first is theirs, the others among those named
    among = [_among(sentence, a, b, named) for _kind, a, b in parts]
    if len(parts) >= 2 and before and not own[0] and all(own[1:]) and all(among[1:]):
        rest = [(kind, o) for (kind, _a, _b), o in zip(parts[1:], own[1:], strict=True)]
        return [(parts[0][0], before), *rest]
    # "an agreement between A and B on … and a framework agreement between B and C": each
    # between its own, whoever is party to both
    if len(parts) >= 2 and all(among) and all(len(inside(a, b)) >= 2 for _kind, a, b in parts):
        return [(kind, inside(a, b)) for kind, a, b in parts]
    if (
        len(parts) < 2
        or not all(own)
        or any(set(map(id, x)) & set(map(id, y)) for x, y in itertools.combinations(own, 2))
    ):
        return [(kind, named) for kind, _a, _b in parts]
    return [
        (
            kind,
            o
            if _own_subject(a, b) and len(o) >= 2
            else [*before, *[i for i in o if i not in before]],
        )
        for (kind, a, b), o in zip(parts, own, strict=True)
    ]


# "… unanimously admitted A (CTU) from Vietnam, B and C as full members"
_ADMITTED_AS = re.compile(
    r"\b(?:admit(?:s|ted)?|accept(?:s|ed)?|welcome[sd]?|elect(?:s|ed)?|approve[sd]?)\b"
    r"(?P<named>[^.]{4,300}?)(?:\bas (?:its |the )?(?:new |newest |full |associate )*"
    r"members?(?: universities| institutions)?\b|"
    # "the General Assembly approved Stellenbosch University's application to become its
    # newest associate member"
    r"['’]s\s+application\s+to\s+(?:become|be)\s+(?:an?\s+|its\s+|the\s+)?"
    r"(?:new\s+|newest\s+|full\s+|associate\s+)*member\b)",
    re.IGNORECASE,
)
_NEW_MEMBERS = re.compile(
    r"\b(?:approved|admitted|welcomed|accepted|elected|approves|admits|welcomes?)\b[^.]{0,40}?"
    r"\bnew (?:full |associate )?member(?:s| universities| institutions)\b|"
    # "These universities are members of the alliance:" and a list of them, one a line
    r"\b(?:are|were)\s+(?:the\s+)?(?:founding\s+)?members\s+of\s+the\s+"
    r"(?:alliance|network|consortium|association|union)\s*:|"
    r"\bfounding\s+members(?:\s+(?:are|were|include))?\s*:|" + _ADMITTED_AS.pattern,
    re.IGNORECASE,
)
# Where the new members are named: "With the accession of A, B and C", "…: the University of
# Peshawar (Pakistan) and Baku State University"
_MEMBERS_NAMED = re.compile(
    r"\b(?:accession|admission|entry|membership applications?|applications?) of\b|"
    r"\bnew members?\b[^.]{0,60}?(?::|\b(?:are|were|"
    r"include|namely)\b)|\bmember(?:s| universities| institutions)\b[^.:]{0,60}:",
    re.IGNORECASE,
)


_WITH_COUNTRY_ON_ITS_LINE = re.compile(
    r"[ \t]*(?:,[ \t]*[A-Z][\w .'’-]{1,40}|\([^()\n]*\))[ \t]*(?:\n|$)"
)
_ALONE_ON_ITS_LINE = re.compile(r"[ \t]*(?:\n|$)")


def _new_members(
    sentences: list[Sentence],
    index: int,
    institutions: list[Institution],
    main: Institution | None,
    networks: set[int],
    dates: list[DateMention],
    text: str,
) -> list[Agreement]:
    """The memberships of a network's new members, listed one a line after the sentence that
    admits them: each member with the network (the alliance the sentences name, else the
    text's main organisation)."""
    sentence = sentences[index]
    near = [*_named_in(sentence, institutions), *_nearby(sentences, index, institutions)]
    # (else the one network the text names below its masthead, then its main organisation)
    masthead = sentences[0].end if sentences else 0
    only = [
        i
        for i in institutions
        if id(i) in networks and any(m.start >= masthead for m in i.mentions)
    ]
    network = next((i for i in near if id(i) in networks), only[0] if len(only) == 1 else main)
    if network is None:
        return []
    text_end = sentences[min(len(sentences) - 1, index + 12)].end
    members: list[Institution] = []
    listed_lines: set[int] = set()  # the lines of those listed
    alone: list[tuple[Institution, set[int]]] = []  # one alone on a line, nothing after it
    for inst in institutions:
        if inst is network or unit_like(inst):
            continue
        first = min(m.start for m in inst.mentions)
        if first < sentence.start:
            continue
        after = [m for m in inst.mentions if sentence.end <= m.start < text_end]
        line_start = [
            m for m in after if re.search(r"\n[ \t]*$", text[max(0, m.start - 8) : m.start])
        ]
        # a list item: at a line's start, after a bullet or followed by a dash ("Hokkaido
        # University (Japan) - …"), or on a line of its own with its country after it
        # ("Chulalongkorn University, Thailand")
        listed = [
            m
            for m in after
            if re.search(r"\n[ \t]*[-–•*][ \t]*$", text[max(0, m.start - 8) : m.start])
            or (
                re.search(r"(?:^|\n)[ \t]*$", text[max(0, m.start - 8) : m.start])
                and re.match(r"\s*(?:\([^()\n]*\)\s*)?[–—:-]", text[m.end : m.end + 40])
            )
            or (m in line_start and _WITH_COUNTRY_ON_ITS_LINE.match(text, m.end))
        ]
        if listed:
            members.append(inst)
            listed_lines |= {text.count("\n", 0, m.start) for m in listed}
        else:
            bare = {
                text.count("\n", 0, m.start)
                for m in line_start
                if _ALONE_ON_ITS_LINE.match(text, m.end)
            }
            if bare:
                alone.append((inst, bare))
    # a name alone on its line, nothing after it, is a member among other members listed
    # next to it ("Hong Kong University of Science and Technology" in a list of names with
    # their countries), not a line of its own ("Issued by:\nUniversity of Delhi\nPress Office")
    taken = listed_lines.union(*(bare for _inst, bare in alone))
    for inst, bare in alone:
        if any(n - 1 in taken or n + 1 in taken for n in bare) and members:
            members.append(inst)
    members.sort(key=lambda i: min(m.start for m in i.mentions if m.start >= sentence.end))
    admitted = _ADMITTED_AS.search(sentence.text)
    if not members and admitted is not None:
        a, b = sentence.start + admitted.start("named"), sentence.start + admitted.end("named")
        members = [
            i
            for i in _named_in(sentence, institutions)
            if i is not network and any(a <= m.start < b for m in i.mentions)
        ]
    told = sentence
    if not members:
        # or in this sentence or the next, after the words that name them (on the day that
        # one gives)
        for other in sentences[index : index + 2]:
            named = _MEMBERS_NAMED.search(other.text)
            if named is not None:
                members = [
                    i
                    for i in _named_in(other, institutions)
                    if i is not network and _first_in(i, other) >= other.start + named.end()
                ]
                if members:
                    told = other
                    break
    day = _day_in(told, dates) or _day_in(sentence, dates)
    return [
        Agreement(
            [member, network],
            "membership",
            "signed",
            sentence.start,
            sentence.end,
            date=day,
            confidence=0.6,
        )
        for member in members
    ]


_ITS_MEMBER = re.compile(
    r"['’]s?\s+(?:(?:first|new|newest|latest|full|associate|[A-Z][a-z]+)\s+){0,3}members?\b"
)
# "several SGroup members": some of its members
_SOME_MEMBERS = re.compile(r"\b(?:several|many|some|other|fellow)\s+$", re.IGNORECASE)
_NETWORK_BEFORE = re.compile(r"\b(?:alliance|network|consortium)\s+$", re.IGNORECASE)


def _networks(text: str, institutions: list[Institution]) -> set[int]:
    """The ids of the organisations that are networks: by their names ("… Alliance", "…
    Network"), by what the text says they are ("UArctic, the University of the Arctic, a
    cooperative network") or because one is admitted "as a member of" them."""
    return {
        id(inst)
        for inst in institutions
        if _ALLIANCE.search(f"{inst.name} {inst.canonical or ''}")
        or any(
            _DESCRIBED_NETWORK.match(text, m.end, m.end + 160)
            or _MEMBER_OF.search(text, max(0, m.start - 40), m.start)
            # "The European university alliance Una Europa"
            or _NETWORK_BEFORE.search(text, max(0, m.start - 30), m.start)
            # "the ORAU Consortium", named so once
            or _ALLIANCE.search(m.text)
            # "SGroup's first African associate member", "several SGroup members"
            or _ITS_MEMBER.match(text, m.end)
            or (
                re.match(r"\s+members\b", text[m.end : m.end + 9]) is not None
                and _SOME_MEMBERS.search(text, max(0, m.start - 12), m.start) is not None
            )
            for m in inst.mentions
        )
    }


def _signers_organisations(
    people: list[Person], institutions: list[Institution]
) -> list[Institution]:
    found: list[Institution] = []
    for person in people:
        employer = _employer(person, institutions)
        if employer is not None and employer not in found and not unit_like(employer):
            found.append(employer)
    return found


def _employer(person: Person, institutions: list[Institution]) -> Institution | None:
    """The organisation whose mention names where the person works."""
    return next((i for i in institutions if person.organisation in i.mentions), None)


def _meant(
    sentence: str,
    agreements: list[Agreement],
    last: Agreement,
    status: str,
    named: list[Institution],
    before: str = "",
) -> list[Agreement]:
    """The agreements a sentence referring back means: the last one, unless it says "the MoU
    with the ministry" or "the MoU with the PMC" and an earlier one has a party so named; of
    several reported together, the one of the kind it names ("El convenio marco fue
    suscrito …"), the one the sentence before it counts when it says "it" ("The second MoU
    focuses on … A and B signed it"), or all of them ("signed the two documents")."""
    named_with = _with_the(sentence, agreements)
    if named_with is not None:
        return [named_with]
    current = [a for a in agreements if a.status != "historical"]
    # "X signed the MoU on behalf of UAEU, and Y signed it on behalf of Zhejiang University"
    # after a headline's MoU of the two and one of their units' told after it: the one of
    # those the signers signed for
    behalf = _on_behalf_of(sentence, named)
    if behalf and not all(p in last.parties for p in behalf):
        whose = [a for a in current if all(p in a.parties for p in behalf)]
        if len(whose) == 1:
            return whose
    if last.status == "historical" and status != "historical":
        # "… the MoU they signed in 2010. … signed the agreement": the one reported now
        last = current[-1] if current else last
    # "The letter of intent was signed by …", told after the agreement reported later: the
    # one of the kind it names, when one alone is (a generic "agreement" names none)
    kinds = document_types(sentence) if _DOCUMENT.search(sentence) else []
    if len(kinds) == 1 and kinds[0] != "cooperation agreement" and last.type != kinds[0]:
        same = [a for a in current if a.type == kinds[0]]
        if len(same) == 1:
            return same
    # "The agreement between the two universities was signed by …": the one whose parties
    # are all of that kind, when one alone is
    between = _BETWEEN_THE_KIND.search(sentence)
    if between is not None:
        kind = _KIND_WORDS[between.group(2).lower()]
        n = _number(between.group(1)) or 0
        same = [
            a for a in current if len(a.parties) == n and all(p.kind == kind for p in a.parties)
        ]
        if len(same) == 1:
            return same
    together = [a for a in agreements if a.start == last.start]
    counted = _ALL_COUNTED.search(sentence)
    if counted is not None:
        # "signed all three documents": the last three reported now, told in one sentence
        # or more
        current = [a for a in agreements if a.status in ("signed", "renewed")]
        n = _number(counted.group(1)) or 0
        if len(together) < n <= len(current):
            return current[-n:]
    if len(together) == 1 and _THE_DOCUMENTS_SIGNED.search(sentence):
        # "On the same occasion, the MoU was also renewed. Carlotti and Pollmann signed the
        # documents …": every one reported now between the same parties
        same = [
            a
            for a in current
            if {id(p) for p in a.parties} == {id(p) for p in last.parties}
            and a.status in ("signed", "renewed")
        ]
        if len(same) > 1:
            return same
    if len(together) > 1:
        if _ALL_OF_THEM.search(sentence):
            return together
        ordinal = _ORDINAL.search(sentence)  # "the second agreement", "under the first MoU"
        if ordinal is None and _SIGNED_IT.search(sentence):
            # (the one the sentence before is about, named first: not "The exchange agreement
            # replaces the first agreement the two signed in 2015")
            ordinal = _ORDINAL.match(before.lstrip())
        if ordinal is not None:
            n = _ORDINALS[ordinal.group(1).lower()]
            return [together[min(n, len(together) - 1)]]
        # "L&T's division was represented by …, who signed the agreement": the one with L&T
        with_named = [a for a in together if any(p in named for p in a.parties)]
        shared = [p for p in together[0].parties if all(p in a.parties for a in together)]
        own = [a for a in with_named if any(p in named and p not in shared for p in a.parties)]
        if len(own) == 1:
            return own
        # "El documento de renovación fue firmado por …": the one renewed
        renewed = [a for a in together if a.status == "renewed"]
        if len(renewed) == 1 and _RENEWAL.search(sentence):
            return renewed
        kinds = document_types(sentence) if _DOCUMENT.search(sentence) else []
        same = [a for a in together if len(kinds) == 1 and a.type == kinds[0]]
        if len(same) == 1:
            return same
        # "The MoU was signed by …", "the MoA was signed by …": of an MoU and an MoA
        moa = _MOA.search(sentence) is not None
        same = [a for a in same if a.moa == moa]
        if len(same) == 1 and any(a.moa for a in together):
            return same
        if (
            not _DOCUMENT.search(sentence)
            and not re.match(r"\s*(?:It|This|That)\b", sentence)
            and all(p in shared for p in named)
        ):
            # "A memorandum and an exchange agreement have been signed between A and B. X of
            # A and Y of B inked the deal": signers of the parties of all, named after the
            # documents told together, no one document named: they signed them all
            return together
    return [last]


def _on_behalf_of(sentence: str, named: list[Institution]) -> list[Institution]:
    """The organisations a sentence says its signers signed for: named right after "on
    behalf of" (or "signed for")."""
    found = []
    for match in _ON_BEHALF_OF.finditer(sentence):
        after = sentence[match.end() : match.end() + 120]
        for inst in named:
            if inst not in found and any(after.startswith(m.text) for m in inst.mentions):
                found.append(inst)
    return found


_ON_BEHALF_OF = re.compile(r"\b(?:on behalf of|signed (?:it )?for)\s+(?:the\s+)?")
_BETWEEN_THE_KIND = re.compile(
    r"\b(?:agreement|mo[ua]|memorandum|document|contract)\s+between\s+the\s+(two|three|four)\s+"
    r"(universities|companies)\b",
    re.IGNORECASE,
)
_KIND_WORDS = {"universities": "university", "companies": "company"}
_THE_DOCUMENTS_SIGNED = re.compile(
    r"\b(?:signed|inked|sealed)\s+(?:the|both|these|all)\s+(?:two\s+|three\s+)?(?:documents|"
    r"agreements|memoranda|instruments)\b",
    re.IGNORECASE,
)
_BETWEEN_PARTIES = re.compile(r"\bbetween\s+(?:the\s+)?(?=[A-Z])")
_WAS_SIGNED = re.compile(
    r"\b(?:was|were|has been|have been)\s+(?:\w+\s+)?(?:signed|inked|concluded|sealed)\b"
)
_SIGNED_BY_AFTER = re.compile(
    r"\b(?:was|were|has been|have been)\s+(?:\w+\s+){0,2}?(?:signed|inked|concluded|sealed)\s+"
    r"(?:\w+\s+){0,3}?by\s+(?:the\s+)?(?=[A-Z])"
)
# "an agreement signed … between A and B", "un convenio firmado … entre A y B"
_BETWEEN_TWO = re.compile(
    r"\b(?:agreement|mo[ua]|memorandum|convenio|acuerdo|contract|protocol)\b[^.;]{0,60}?"
    r"\b(?:between|entre)\s+(?:the\s+|la\s+|el\s+)?(?=[A-Z])",
    re.IGNORECASE,
)
_WHILE_WITH = re.compile(
    r",?\s+(?:while|whereas|and)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|mo[ua]|memorandum|"
    r"contract|protocol)\s+with\s+",
    re.IGNORECASE,
)


_MAY_BE = re.compile(
    r"\b(?:may|might|can|could|shall)\s+(?:also\s+|then\s+)?be\s+(?:renewed|extended|revised|"
    r"amended|concluded|signed)\b",
    re.IGNORECASE,
)


def _these_with(
    sentence: str, agreements: list[Agreement], named: list[Institution]
) -> list[Agreement]:
    """The agreements reported before that a sentence names, in the plural, by their
    parties: "The MoUs with Soka University and TODA Institute were signed by …" after two
    MoUs were told, one with each."""
    if len(named) < 2 or _THESE_WITH.search(sentence) is None:
        return []
    told = [
        a
        for a in agreements
        if a.status == "signed" and sum(any(p is i for i in named) for p in a.parties) >= 1
    ]
    # each told with one of those named, and every one named a party of one of them
    partners = {id(p) for a in told for p in a.parties}
    if len(told) < 2 or not all(id(i) in partners for i in named):
        return []
    return told


_THESE_WITH = re.compile(
    r"\b(?i:the|these|both)\s+(?:(?i:two|three|four)\s+)?(?:MoUs|MOUs|MoAs|MOAs|memoranda|"
    r"memorandums|[Mm]emoranda of [Uu]nderstanding|agreements|documents|accords|convenios|"
    r"acuerdos)\s+(?:with|con)\b"
)


def _with_the(sentence: str, agreements: list[Agreement]) -> Agreement | None:
    """The agreement reported before that a sentence names by its party: "the MoU with the
    ministry", "The MoU with ZJU was inked by …"."""
    match = _WITH_THE.search(sentence)
    if match is None:
        return None
    said = match.group(1).lower()
    # the party named whole first ("the MoU with the University of Stuttgart"), then by a
    # word or the start of one of its names ("the MoU with the ministry", "with the PMC")
    for agreement in reversed(agreements):
        for party in agreement.parties:
            forms = {party.name.lower(), *(m.text.lower() for m in party.mentions)}
            if said in forms or (party.canonical or "").lower() == said:
                return agreement
    for agreement in reversed(agreements):
        for party in agreement.parties:
            forms = {party.name.lower(), *(m.text.lower() for m in party.mentions)}
            if said in party.name.lower().split() or any(
                said.startswith(f) or f.startswith(said) for f in forms
            ):
                return agreement
    return None


_ORDINALS = {"first": 0, "former": 0, "second": 1, "third": 2, "fourth": 3, "last": 99,
             "latter": 99}  # fmt: skip
# "… signed it", "It was signed by …"
_SIGNED_IT = re.compile(r"\b(?:signed|inked|sealed)\s+it\b|^\s*It\s+was\s+(?:signed|inked)\b")
_ORDINAL = re.compile(
    r"\bthe (first|second|third|fourth|last|former|latter) (?:agreement|mo[ua]|memorandum|"
    r"protocol|contract|document)\b",
    re.IGNORECASE,
)
# A sentence about the documents just reported, several of them
_THESE_SIGNED = re.compile(
    r"(?:The|These|Both|All) (?:documents|agreements|memoranda|memorandums|mo[ua]s)\b"
)
_ALL_COUNTED = re.compile(
    r"\b(?:all|the|these|todos los|los) (two|three|four|five|six|\d+) (?:documents|agreements|"
    r"memoranda|memorandums|mo[ua]s|protocols|contracts|documentos|convenios|acuerdos)\b",
    re.IGNORECASE,
)
_ALL_OF_THEM = re.compile(
    r"\b(?:the two|the three|both|the|these|all|all (?:two|three|four|five|six|\d+)|los dos|"
    r"ambos|los) (?:documents|agreements|"
    r"memoranda|memorandums|mo[ua]s|protocols|contracts|documentos|convenios|acuerdos)\b|"
    # "The agreement and the memorandum were signed by …"
    r"\b(?:the|el|la) (?:agreement|memorandum|mo[ua]|protocol|contract|convenio|acuerdo)"
    r" (?:and|y) (?:the |el |la )?(?:[\w-]+ )?(?:agreement|memorandum|mo[ua]|protocol|contract|"
    r"convenio|acuerdo)\b",
    re.IGNORECASE,
)
_WITH_THE = re.compile(
    r"\b(?i:agreement|mo[ua]|memorandum|protocol|accord|contract|convenio|acuerdo)\s+"
    r"(?:with\s+(?:the\s+)?|con\s+(?:la\s+|el\s+)?)"
    r"([A-Z][\w&.'’-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w&.'’-]*)*|ministry|college|university|"
    r"institute|company|"
    r"council|academy|hospital|municipality|government|department|agency|foundation)\b",
)


_THE_UNIVERSITY = re.compile(
    r"\b(?i:the|our|la|nuestra) (?i:(university|universidad|company|firm|group))\b"
    r"(?!\s+(?:of|de)\b|\s+[A-Z])"
)
# a sentence (after a clause of where or when) whose subject is "the institution", "the
# university": unnamed, the text's own
_UNNAMED_SUBJECT_SIGNED = re.compile(
    r"(?:[^.;,]{0,60},\s*)?(?i:the|la|el|our|nuestra) (?i:university|institution|institute|"
    r"centre|center|college|company|universidad|instituci[oó]n)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:also\s+)?(?:signed|inked|concluded|sealed|firm[oó]|suscribi[oó])\b[^.;]*?\b(?:with|con)\s"
)
# "the Fund", "la Fundación": a body the text names, by the word it is named with
_THE_BODY = re.compile(
    r"\b(?i:the|la|el) ((?i:fund|foundation|ministry|council|agency|association|embassy|"
    r"chamber|bank|authority|commission|fundación|ministerio|embajada|cámara|asociación|"
    r"agencia|consejo))\b(?!\s+(?:of|for|de|del)\b|\s+[A-Z])"
)
_NEGATED = re.compile(
    # "the two sides talked about the signing of a tripartite memorandum": only discussed
    r"\b(?:talked|spoke|discussed|discussing|talking|talks|discussions?)\s+(?:about\s+|over\s+|"
    r"of\s+|on\s+)?(?:the\s+)?(?:possible\s+|future\s+)?(?:signing|conclusion)\s+of\b|"
    r"\bno (?:agreements?|mo[ua]s?|memorand\w*|documents?)\s+(?:was|were|has been|have been)\s+"
    r"signed\b|\b(?:did|do|does|has|have|had|was|were) not (?:yet )?(?:been )?sign(?:ed)?\b|"
    r"\bno se firm|"
    # "exigieron que la Universidad no firmara el convenio", "si la Universidad firmara …":
    # what was asked for or supposed, no signing
    r"\bno\s+(?:se\s+)?(?:firm|suscrib)\w*(?:ara|aran|ase|asen|iera|ieran)\b|"
    r"\bsi\s+[^.;]{0,80}?\b(?:firm|suscrib)\w*(?:ara|aran|ase|asen|iera|ieran)\b|"
    r"\b(?:pidi|exigi|solicit|ped|reclam|propus|sugiri)\w*\s+(?:\w+\s+){0,3}?que\b[^.;]{0,80}?"
    r"\b(?:firm|suscrib)\w*(?:ara|aran|ase|asen|iera|ieran)\b|"
    # "No university had signed an MOU with the Toda Institute … before USM": none before
    r"\b(?:no|none of the)\s+(?:other\s+)?\w+\s+(?:had|has|have)\s+(?:ever\s+|yet\s+|"
    r"previously\s+)?(?:signed|concluded|inked)\b|\bnever\s+(?:before\s+)?(?:signed|concluded)\b",
    re.IGNORECASE,
)
_SAME_SIGNERS = re.compile(
    r"\bthe same (?:two |three |four )?(?:signatures|signatories|signers|officials|people)\b",
    re.IGNORECASE,
)
# "The same two signatures were then put on an agreement …", "An agreement on … was also
# signed": a document more, of the organisations just named
_GOES_ON = re.compile(
    r"\b(?:also|then|same|second|further|in addition|another|además|asimismo|también|mism[oa]|"
    r"as well(?! as)|alongside)\b",
    re.I,
)
_AFTER_TALKS = re.compile(
    r"\b(?:during|after|following|at the end of|in the course of)\s+(?:these|the|those)\s+"
    r"(?:negotiations|talks|meetings?|discussions)\b|\b(?:negotiations|talks|meeting|discussions)"
    r"\s+(?:ended|concluded|culminated|closed)\s+with\b",
    re.IGNORECASE,
)
_IT_SIGNED = re.compile(r"\b(?:it|It)\s+(?:\w+\s+)?(?:signed|inked|concluded|entered)\b")
# A photo's caption: it shows a signing the text reports
_CAPTION = re.compile(
    r"^\s*(?:[▲△▶►●■]|\[photo\])|\((?:from left|from right|l-r|l to r|left to right|photo)\b|"
    r"\bpose[sd]? for (?:a )?(?:[\w-]+ )?photo|\bphoto(?:graph)? (?:provided|courtesy)\b",
    re.IGNORECASE,
)
_SIGNING_WORD = re.compile(r"\bsign(?:ing|ed)\b", re.IGNORECASE)
_CAPTION_SIGNING = re.compile(
    r"^(?![^\n]*\b(?:pose[sd]?|watch(?:es|ed|ing)?|look(?:s|ed)?\s+on|after|before)\b)"
    rf"[^\n]*\bsigns?\s+(?:an?|the|this|both|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{_SIGNED_THINGS})",
    re.IGNORECASE,
)
_PHOTO_AFTER = re.compile(r"[ \t]*(?:Photo|Picture|Image|Foto)\s*[/:|]", re.IGNORECASE)
_POSSESSIVE_DAY = re.compile(r"['’]s?\s")
_TOLD_ON = re.compile(
    r"\b(?:announced|said|reported|stated|revealed|informed|told \w+|anunció|informó|"
    # "In a statement on Monday, the institute said the MoU was signed … on May 24";
    # "According to a handout issued on Sunday, the MoU was signed on May 22 last"
    r"(?:a|an|its|the)\s+(?:statement|press release|release|comunicado|handout|notice|"
    r"circular)|(?:statement|release|comunicado|handout|notice|circular)\s+"
    r"(?:of\s+the\s+[\w-]+\s+)?(?:issued|released|published|dated))\s+"
    r"(?:on\s+|el\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_WITH_EACH = re.compile(
    r"\bwith\s+each\s+of\s+(?:them|the\s+(?:two|three|four|five)\s+(?:institutions|universities|"
    r"partners|organi[sz]ations)|these|those)\b|\bcon\s+cada\s+una\s+de\s+(?:ellas|las\s+(?:dos|"
    r"tres|cuatro)\s+(?:instituciones|universidades))\b",
    re.IGNORECASE,
)
_TALLY = re.compile(
    # "had so far signed MoUs with …", "a total of 17 agreements to date"; not "the
    # agreement, which has so far enabled 300 students …"
    r"\b(?:so far|to date|till date|until now|hasta la fecha|in total|altogether)\b"
    r"(?=(?:\W+\w+){0,4}?\W+(?:sign|conclu|ink|agreements|mo[ua]s|memoranda|convenios|partner|"
    r"universit|institutions))|"
    r"\b(?:agreements|mo[ua]s|memoranda|convenios|partners)\s+(?:\w+\s+){0,3}?"
    r"(?:so far|to date|till date|until now|hasta la fecha|in total|altogether)\b|"
    # "currently has agreements with 78 universities"
    r"\b(?:has|have|had)\s+(?:[\w-]+\s+){0,2}?(?:agreements|mo[ua]s|memoranda|ties|partnerships|"
    r"cooperation)\s+with\s+(?:more than |over |some |about |nearly |around )?(?:\d+|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|several|numerous|many)\b"
    # (not "has signed collaboration agreements with three Cuban universities: A, B and C",
    # each named after)
    r"(?!(?:\s+[\w-]+){0,3}\s*:)|"
    # "IIT-H had signed over 30 MoUs with Japanese universities … since its inception"
    r"\b(?:signed|concluded|inked)\s+(?:more than |over |some |about |nearly |around )?\d+\s+"
    r"(?:[\w-]+\s+){0,2}?(?:agreements|mo[ua]s|memoranda)\b[^.;]*?\bsince\s+(?:its|their|the)?"
    r"\s*(?:inception|founding|foundation|establishment|creation)\b",
    re.I,
)
_HOSTED_BY = re.compile(r",\s*(?:organi[sz]ed|hosted|convened) by\b")
_ASIDE = re.compile(
    r",\s*(?:which|who|that)\s+(?:was|were|is|are|has been|had been)\s+(?:\w+\s+){0,2}?"
    r"(?:funded|sponsored|supported|financed|backed|hosted)\b|\bwith (?:funding|support) from\b|"
    # "… un convenio específico …, mediante el cual la UANL podrá aplicar en su Centro de
    # Idiomas": what it lets a party do, and where
    r"\b(?:mediante|por medio de|a través de)l? (?:el )?cual\b|\bwhereby\b|"
    # "… scholarships for IPB staff funded through the New Zealand Government"
    r"\b(?:funded|financed|sponsored)\s+(?:through|by)\b|"
    # "… on the sidelines of the Forum, organised by the Ministry …": who organised it
    r",\s*(?:organi[sz]ed|hosted|convened) by\b|"
    # "… with Huawei to set up a Huawei ICT Academy": what it sets up is no party
    r"\bto (?:set up|establish|create|launch|build|open|support|fund|finance)\b|"
    r"\b(?:for|on) the (?:establishment|creation|setting up|launch|formation|founding) of\b|"
    # "the signing ceremony of the ICT “Innovative Talent Center” between WUT and Huawei":
    # what was signed, then between whom
    r"(?<=\bsigning ceremony) (?:of|for)\b(?=[^.;]{1,80}?\bbetween\s+(?:the\s+)?(?-i:[A-Z]))|"
    # "… renewed their agreement on the joint operation of the Collegium Polonicum"
    r"\b(?:for|on) the (?:joint )?(?:operation|running|management|governance) of\b|"
    # "… a memorandum of understanding on establishing the ZJU-Bristol Joint Centre"
    r"\b(?:on|for) (?:jointly |joint(?:ly)? )?(?:establishing|setting up|creating|launching|"
    r"building)\b|"
    # "… firmaron un convenio para crear el Centro Tripartito …", "para diseñar un diplomado
    # dirigido a estudiantes del CUCEI"
    r"\bpara (?:crear|establecer|diseñar|desarrollar|poner en marcha|impulsar|la creación de)\b|"
    # "… da prioridad a co-establecer un Instituto Confucio"
    r"\b(?:co-?)?(?:establecer|crear|fundar|abrir)\s+(?:un|una|el|la)\b|"
    # "… agreed to sign a protocol, and to prepare applications to TÜBİTAK's calls"
    r",?\s+and to \w+|"
    # "… signed a MoU …, and on the same day opened the KMITL-Nokia Wireless Innovation Lab"
    r",?\s+and (?:\w+\s+){0,4}?(?:opened|inaugurated|launched|unveiled)\b",
    re.I,
)


def _lead_end(sentences: list[Sentence], default: int) -> int:
    """Where the text's lead ends: after its first two sentences, a byline before them ("By
    Wang Xin in Shanghai") not counted; `default` when there are fewer."""
    told = (s for s in sentences if not (s.start < 200 and _BYLINE.fullmatch(s.text)))
    second = next(itertools.islice(told, 1, None), None)
    return second.end if second is not None else default


_BYLINE = re.compile(
    r"(?:By|Por)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:(?:\s+in|\s+en|,)\s+[A-Z][\w -]{1,30})?"
)


def _main(institutions: list[Institution], lead: int) -> Institution | None:
    """The organisation the text is about: the one it names most, a mention in its title or
    first sentence (before `lead`) counting three times; the first named on a tie."""
    if not institutions:
        return None
    return max(
        institutions,
        key=lambda i: (
            len(i.mentions) + 2 * sum(m.start < lead for m in i.mentions),
            -i.mentions[0].start,
        ),
    )


def _named_in(sentence: Sentence, institutions: list[Institution]) -> list[Institution]:
    """The organisations the sentence names, in the order it first names them; not units
    ("Dean of the School of Mechatronics Engineering" signs for the university)."""
    firsts = [
        (_first_in(inst, sentence), inst)
        for inst in institutions
        if (not unit_like(inst) or _named_school(inst, institutions))
        and not _part_of_another(inst, institutions)
        and not _only_in_titles(inst, sentence)
    ]
    return [
        inst for first, inst in sorted(firsts, key=lambda pair: pair[0]) if first < sentence.end
    ]


def _only_in_titles(inst: Institution, sentence: Sentence) -> bool:
    """Whether the text names an organisation the registry does not know only as what a
    person's title is for or of, a unit of their university: "International Dean for the
    College of Physical Sciences", "Head of the International Cooperation Commission" (not a
    body the text names otherwise, nor a university: "Dean of Anhui University of …")."""
    if inst.key is not None or not inst.mentions:
        return False
    if any(w.lower() in _UNIVERSITY_NAMED for w in re.findall(r"\w+", inst.name)):
        return False  # "Dean of Anhui University of Architecture": a university of its own
    if not (unit_like(inst) or _UNIT_NAMED.match(inst.name) or made_of(inst.name, _UNIT_WORDS)):
        return False  # "Director of the Kenya Medical Research Institute": a body of its own
    text = sentence.text
    return all(
        sentence.start <= m.start < sentence.end
        and _TITLE_FOR.search(text, max(0, m.start - sentence.start - 40), m.start - sentence.start)
        for m in inst.mentions
    )


_UNIVERSITY_NAMED = UNIVERSITY_WORDS - {"college", "school", "scuola", "escola"}
# How a university's units are named: "College of …", "Honors College"
_UNIT_NAMED = re.compile(
    r"^(?:[\w-]+ )?(?:College|School|Faculty|Department|Division|Office|Centre|Center|"
    r"Institute)\b"
)
# Words of what a unit does, not whose it is: "International Cooperation Commission"
_UNIT_WORDS = DOMAIN_WORDS | frozenset("commission committee council board unit".split())


# A title and what it is for or of, right before a name: "Dean for the ", "Head of the "
_TITLE_FOR = re.compile(
    r"\b(?:dean|head|director|directora|chair|vice[\s-]rector|vicerrector|vice[\s-]president|"
    r"vicepresidente|coordinator|coordinadora?)\s+(?:for|of|de|del|de la)\s+"
    r"(?:the\s+|la\s+|el\s+)?$",
    re.IGNORECASE,
)


def _address_of(inst: Institution, sentence: Sentence, named: list[Institution]) -> bool:
    """Whether the sentence names `inst` only right after an institute, a centre or a
    laboratory of another name, behind a comma: the body the institute belongs to."""
    inside = [m for m in inst.mentions if sentence.start <= m.start < sentence.end]
    units = [
        m
        for other in named
        if other is not inst and _INSTITUTE_HEAD.search(other.name)
        for m in other.mentions
        if sentence.start <= m.start < sentence.end
    ]
    return bool(inside) and all(
        any(
            re.fullmatch(r",\s*", sentence.text[u.end - sentence.start : m.start - sentence.start])
            for u in units
        )
        for m in inside
    )


_INSTITUTE_HEAD = re.compile(r"\b(?:Institute|Centre|Center|Laboratory|Instituto|Centro)\b")


def _part_of_another(inst: Institution, institutions: list[Institution]) -> bool:
    """A centre or institute the registry does not know, named as part of a faculty, a
    university or an organisation the text names: "Centro de Estudios de Relaciones
    Internacionales de la Facultad", "Instituto de Estudios Latinoamericanos de la SWUST"."""
    if inst.key is not None:
        return False
    part = _PART_OF_ANOTHER.match(inst.name)
    if part is None:
        return False
    whose = part.group(1)
    return whose.lower() in _GENERIC_WHOLE or any(
        m.text == whose for other in institutions if other is not inst for m in other.mentions
    )


_PART_OF_ANOTHER = re.compile(
    r"(?:Centro|Instituto|Center|Centre|Institute|Laboratorio|Laboratory|Departamento|"
    r"Department)\b.*\s(?:de\s+la|del|of\s+the|de)\s+([\w-]+)$"
)
_GENERIC_WHOLE = frozenset("facultad universidad escuela faculty university school".split())


def _named_school(inst: Institution, institutions: list[Institution]) -> bool:
    """A school called by letters of its own, not by the organisation it is part of: "ACN
    School of Business" (not "XJTU School of Management" in a text that names XJTU)."""
    named = _NAMED_SCHOOL.match(inst.name)
    if named is None:
        return False
    words = set(named.group(1).split())
    return not any(
        m.text in words or set(m.text.split()) <= words
        for other in institutions
        if other is not inst
        for m in other.mentions
    )


_NAMED_SCHOOL = re.compile(r"([A-Z][A-Z&]+ )(?:School|College) of [A-Z]")


def _nearby(
    sentences: list[Sentence], index: int, institutions: list[Institution], across: bool = False
) -> list[Institution]:
    """The organisations the sentences before name, the nearest first: those of the paragraph,
    or (`across`) of the three sentences before, whatever their paragraph."""
    found: list[Institution] = []
    sentence = sentences[index]
    for other in reversed(sentences[max(0, index - 3) if across else 0 : index]):
        if not across and other.paragraph != sentence.paragraph:
            continue
        found += [i for i in _named_in(other, institutions) if i not in found]
    return found


def _named_once_slightly(inst: Institution) -> bool:
    """Whether a text names an organisation once, as a bare acronym (whatever the registry
    made of it) or a name only the tagger read and the registry does not know, and nothing
    says it is a university: the weakest of the names a text holds (not "CUC", once, of the
    university the text is about)."""
    if len(inst.mentions) != 1 or inst.kind == "university":
        return False
    how = inst.mentions[0].how
    return how == "acronym" or (how == "tagged" and inst.key is None)


def _last_before(inst: Institution, sentence: Sentence, offset: int) -> int:
    return max(
        (m.start for m in inst.mentions if sentence.start <= m.start < sentence.start + offset),
        default=-1,
    )


def _first_in(inst: Institution, sentence: Sentence) -> int:
    inside = [m.start for m in inst.mentions if sentence.start <= m.start < sentence.end]
    return min(inside) if inside else 1 << 60


_PAIR_WORDS = frozenset("and y & the la el or o".split())


def _pairs_between(sentence: Sentence, named: list[Institution]) -> list[list[Institution]]:
    """The pairs a sentence lists after "between", a semicolon apart, each two joined by
    "and": "between NUS and Tsinghua University; NTU and Peking University; and SUTD and
    Zhejiang University"."""
    between = _BETWEEN_WORD.search(sentence.text)
    if between is None or ";" not in sentence.text[between.end() :]:
        return []
    pairs = []
    at = sentence.start + between.end()
    for piece in re.split(r"(;\s*(?:and\s+)?)", sentence.text[between.end() :]):
        start, at = at, at + len(piece)
        if piece.startswith(";"):
            continue
        inside = [i for i in named if start <= _first_in(i, sentence) < at]
        joined = re.search(r"\s(?:and|y|&)\s", piece)
        if len(inside) != 2 or joined is None:
            return []
        # (nothing else: not "…; representatives of C and D attended the ceremony")
        rest = list(piece)
        for inst in inside:
            for m in inst.mentions:
                if start <= m.start and m.end <= at:
                    rest[m.start - start : m.end - start] = " " * (m.end - m.start)
        if not set(re.findall(r"\w+", "".join(rest).lower())) <= _PAIR_WORDS:
            return []
        pairs.append(inside)
    return pairs if len(pairs) >= 2 else []


_FIRST_TOLD = re.compile(r"\b(?:first|originally|initially|previously)\b", re.IGNORECASE)


def _status(
    s: str, dates: list[DateMention], published: datetime.date | None, text: str = ""
) -> str:
    """signed, renewed, planned or historical, from what the sentence `s` says; `dates` are
    the dates in it, `text` the whole text they are found in."""
    planned = _PLANNED.search(s)
    # "… travelled to Sāmoa to sign a Memorandum of Understanding with …": a journey made to
    # sign it, told after the fact
    if planned and not (planned.group(1).lower() == "to sign" and _CAME_TO_SIGN.search(s)):
        return "planned"
    if _YEARS_AGO.search(s):
        return "historical"  # "the signing renews the MoU signed five years ago"
    if _RENEWED.search(s):
        return "renewed"
    if _ALREADY_HELD.search(s) and not _SIGNED.search(s):
        return "historical"  # "A and B already have an MoU on student exchange"
    if _FIRST_SIGNED.search(s):
        return "historical"  # "The two universities first signed an MoU in 2009"
    if _DECADE_SIGNED.search(s):
        return "historical"  # "since the 1980s, when it first signed an agreement with …"
    if _HAD_SIGNED_IN.search(s):
        return "historical"  # "UAF had signed a similar MoU with Huazhong … in 2018"
    # ("firmó … un convenio marco que sustituye al acuerdo bilateral que ambas instituciones
    # mantenían desde 2008": the year of the earlier one it replaces, told in passing)
    told = s
    for earlier in reversed(list(_EARLIER_IN.finditer(s))):
        rest = s[: earlier.start()] + " … " + s[earlier.end() :]
        # (not "the partnership, which was first formalised through an MoU signed in 2010":
        # the earlier one told twice)
        if _SIGNED.search(rest) and not _FIRST_TOLD.search(rest):
            told = rest if told is s else told[: earlier.start()] + " … " + told[earlier.end() :]
    years = [int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", told)]
    if (
        published is not None
        and years
        and max(years) < published.year
        # "… in 2019, which laid the foundation for Thursday's agreement": a day named as
        # another agreement's does not date this one
        and not any(
            d.value and d.value.year == published.year and not _POSSESSIVE_DAY.match(text, d.end)
            for d in dates
        )
        # ("On December 19, 2019, …" in news of January 2020: a day of weeks before)
        and not any(
            d.value
            and d.precision == "day"
            and 0 <= (published - d.value).days <= _RECENT_DAYS
            and not _POSSESSIVE_DAY.match(text, d.end)
            for d in dates
        )
    ):
        return "historical"
    return "signed"


def _agreements_in(
    sentence: Sentence,
    sentences: list[Sentence],
    index: int,
    named: list[Institution],
    main: Institution | None,
    kind: str,
    status: str,
    institutions: list[Institution],
    networks: set[int],
    signers: bool = False,
    recent: list[Institution] | None = None,
    part: tuple[int, int] | None = None,
) -> list[Agreement]:
    """The agreements a signing sentence reports (`networks`: the ids of the organisations
    that are networks). `signers`: it names people who sign; `recent`: the parties of the
    agreement reported last; `part`: where in the sentence its document is told."""
    s = _without_besides(sentence.text)
    if _TALLY.search(s):
        return []  # "BUET had so far signed MoUs with more than 40 universities": a count
    # "… visited A and B, and with each of the two institutions signed framework agreements":
    # one with each, of the subject (else the text's main organisation)
    with_each = _WITH_EACH.search(s)
    if with_each is not None:
        hub = _subject(sentence, named) or main
        others = [i for i in named if i is not hub and not unit_like(i)]
        if hub is not None and len(others) >= 2:
            return [
                Agreement([hub, other], kind, status, sentence.start, sentence.end, confidence=0.65)
                for other in others
            ]
    pairs = _pairs_between(sentence, named)
    if pairs:
        # "… the signing of the MOUs between A and B; C and D; and E and F": one each
        return [
            Agreement(pair, kind, status, sentence.start, sentence.end, confidence=0.65)
            for pair in pairs
        ]
    # "… signed in 2016, which was funded by TETFund and the Wellcome Trust": who funded it
    # is no party
    aside = _ASIDE.search(s)
    # "At its General Assembly, hosted by X in Kraków on Tuesday, the rectors approved …": a
    # clause between commas, after which the sentence goes on; who is named only in it is
    # no party
    closed = aside is not None and bool(_HOSTED_BY.match(aside.group())) and "," in s[aside.end() :]
    if aside is not None and closed:
        a, b = aside.start(), s.index(",", aside.end())
        named = [
            i
            for i in named
            if not all(
                a <= m.start - sentence.start < b
                for m in i.mentions
                if sentence.start <= m.start < sentence.end
            )
            or not any(sentence.start <= m.start < sentence.end for m in i.mentions)
        ]
    elif aside is not None:
        # "… a memorandum of intent to set up a joint university in Harbin between A and B":
        # the parties the aside names after "between", else those before it
        # ("An agreement to set up a Joint Lab … was signed by A, B and C": those it was
        # signed by)
        between = _BETWEEN_PARTIES.search(s, aside.end()) or _SIGNED_BY_AFTER.search(s, aside.end())
        # ("On 17 March the Science Park, PSU's campus, hosted the signing ceremony of the
        # MoU between A and PSU": the two it is between, not who hosted it)
        ceremony_of = s[: aside.start()].endswith("signing ceremony")
        after = [
            i
            for i in named
            if between is not None
            and (
                _first_in(i, sentence) >= sentence.start + between.end()
                or (
                    ceremony_of
                    and any(
                        sentence.start + between.end() <= m.start < sentence.end for m in i.mentions
                    )
                )
            )
            and not unit_like(i)
            # (not "the Ural Power Engineering Institute of UrFU": a unit of another)
            and not any(
                i.name.endswith((f" of {m.text}", f" of the {m.text}"))
                for j in institutions
                if j is not i
                for m in j.mentions
            )
        ]
        before = [i for i in named if _first_in(i, sentence) < sentence.start + aside.start()]
        named = after if len(after) >= 2 and (not before or ceremony_of) else before
    # "Thanks to an agreement signed on Wednesday between A and B, the Confucius Institute
    # will start …": the two it is between, not what the sentence goes on to name
    between = _BETWEEN_TWO.search(s)
    if between is not None and len(named) > 2:
        listed = [i for i in named if _first_in(i, sentence) >= sentence.start + between.end()]
        if len(listed) > 2:
            at = _first_in(listed[1], sentence) - sentence.start
            gap = s[_first_in(listed[0], sentence) - sentence.start : at]
            comma = s.find(",", at)
            # (not "between A and four Polish universities - B, C, D and E": those counted,
            # listed)
            if (
                re.search(r"\s(?:and|y|&)\s", gap)
                and not _COUNTED_LISTED.search(gap)
                and 0 <= comma < (_first_in(listed[2], sentence) - sentence.start)
            ):
                named = [i for i in named if i not in listed[2:]]
    # "HCMUT, a member of VNU-HCM, and Chulalongkorn University signed …": what a party is
    # part of is no party
    named = [i for i in named if not _only_after(i, sentence, _PART_OF)]
    # "…, which is under the Ministry of Health,": the body it is under (a university a school
    # is under stays: the school is its unit)
    named = [i for i in named if i.kind == "university" or not _only_after(i, sentence, _UNDER)]
    # "At the University of Engineering and Technology under Vietnam National University,
    # Hanoi, … we signed a Letter of Intent": the university a university is under is none
    named = [i for i in named if not _only_after(i, sentence, _UNIVERSITY_UNDER, within=120)]
    # "signed two documents: the Implementation Agreement of the Council of Confucius
    # Institute at Punjab University and …": a body a document's title names is no party
    named = [i for i in named if not _only_after(i, sentence, _TITLE_OF, within=40)]
    # "with South China Sea Institute of Oceanology, Chinese Academy of Science, People's
    # Republic of China": whose institute it is, written after it as in an address
    named = [i for i in named if not _address_of(i, sentence, named)]
    # "… and HUAWEI, a Chinese ICT company, signed": a word of what a party is said to be
    named = [i for i in named if not _only_describing(i, sentence)]
    # "between the University of the Philippines, represented by its College of Arts and
    # Letters, and …": the unit a party acts through is no party of its own
    if len(named) > 2:
        named = [i for i in named if not _only_after(i, sentence, _THROUGH_ITS, within=40)]
    # "… signed an agreement with UNR at the Embassy of Armenia in Argentina": where they
    # signed (a ministry, an embassy) is no party
    if len(named) > 2:
        named = [
            i for i in named if i.kind != "government" or not _only_after(i, sentence, _AT_VENUE)
        ]
    # "…, both within the Forum of the Asian Universities Alliance": whose occasion it was
    # is no party
    if len(named) > 2:
        named = [i for i in named if not _only_after(i, sentence, _OCCASION_OF)]
    # "The signing was witnessed by officials of the Embassy of Cuba", "contó como testigos
    # con funcionarios de la Embajada de Cuba": whose people watched is no party
    # ("The Ministry of Education added that three agreements were signed": who tells of it)
    # (a university whose delegates watched is the partner more often than not: "signed …
    # in the presence of delegates from the University of Leeds")
    watched = {id(i) for i in named if _only_watching(i, sentence)}
    named = [i for i in named if id(i) not in watched]
    # "Thanks to the efforts of the Sister Cities Association, A and B have signed": who
    # brought them together is no party
    # (unless the memorandum is tripartite and needs the one who "supports" it as its third)
    if len(named) > 2:
        helped = [i for i in named if not _only_after(i, sentence, _HELPED_BY)]
        if len(helped) >= 3 or not _THREE_WAY.search(s):
            named = helped
    # "La comitiva recorrió cuatro universidades: A, B, C y D, con las cuales suscribió
    # convenios": those listed are whom it signed with; who signed is the one named before
    # (whose delegation it was)
    which = _WITH_WHICH.search(s)
    if (
        which is not None
        and named
        and all(_first_in(i, sentence) < sentence.start + which.start() for i in named)
    ):
        hub = _named_before(sentence, institutions, named)
        if hub is not None:
            each = bool(_PLURAL_DOCUMENTS.search(s, which.start()))
            return _each_or_among(hub, named, each, kind, status, sentence)
    # "Dr. Palafox signed academic collaboration agreements with five universities in China
    # … The five were A, B, C, D and E": one with each of those listed after, as many as
    # counted
    # ("… concluded a memorandum with two universities of the PRC. … with Nanjing University
    # of Arts and Wuhan University of Sports": one among the three)
    counted = _WITH_COUNTED_PARTNERS.search(s)
    verb = _SIGNED.search(s)
    if (
        counted is not None
        and verb is not None
        and verb.start() < counted.start()
        and _DOCUMENT.search(s, verb.start(), counted.start())
        and not any(_first_in(i, sentence) >= sentence.start + counted.start() for i in named)
    ):
        before = [i for i in named if _first_in(i, sentence) < sentence.start + verb.start()]
        hub = before[0] if len(before) == 1 else main
        n = _number(counted.group(1))
        listed = _counted_after(sentences, index, institutions, n, hub)
        if hub is not None and n is not None and n >= 2 and listed:
            each = bool(_PLURAL_DOCUMENTS.search(s, verb.start(), counted.start()))
            return _each_or_among(hub, listed, each, kind, status, sentence)
    # "Strategic partnerships have been signed by University College Dublin with two esteemed
    # Indian institutions, BITS Law School and FLAME University": as many as counted, named
    # right after the count, and the one named before it
    if counted is not None and verb is not None and verb.start() < counted.start():
        listed = [i for i in named if _first_in(i, sentence) >= sentence.start + counted.end()]
        before = [i for i in named if i not in listed]
        if len(before) == 1 and len(listed) == _number(counted.group(1)) and len(listed) >= 2:
            each = bool(_PLURAL_DOCUMENTS.search(s, 0, counted.start())) or bool(
                re.search(r"\bpartnerships\b", s[: counted.start()], re.IGNORECASE)
            )
            return _each_or_among(before[0], listed, each, kind, status, sentence)
    # "… signed two cooperation agreements: one with SJTU for its work with CDT-Africa, and
    # the other with SWJTU for its work with ACERE": one with each, whom the hub signed with
    # (within the part that tells this document: not "… as well as one Letter of Intent
    # with C" after "two MoUs, one with A and one with B")
    part_start, part_end = part if part is not None else (0, len(s))
    one = _ONE_WITH.search(s, part_start, part_end)
    the_other = _OTHER_WITH.search(s, one.end(), part_end) if one is not None else None
    if one is not None and the_other is not None and verb is not None and verb.start() < one.end():
        hub = _subject(sentence, named) or main
        one_each = [
            next(
                (
                    i
                    for i in named
                    if i is not hub and _first_in(i, sentence) >= sentence.start + at.end()
                ),
                None,
            )
            for at in (one, the_other)
        ]
        if hub is not None and all(one_each) and one_each[0] is not one_each[1]:
            # ("the other three were inked with Gifu University": three with it)
            times = (1, _number(the_other.group("n") or "") or 1)
            return [
                Agreement(
                    [hub, p], kind, status, sentence.start, sentence.end, confidence=0.65,
                    counted=n > 1,
                )
                for p, n in zip(one_each, times, strict=True)
                if p is not None
                for _ in range(n)
            ]  # fmt: skip
    # "Separate MoUs have been signed by four Bangladeshi universities with PMAS-AAUR. The
    # Bangladeshi universities are A, B, C and D": with the one named, one each with those
    # counted, listed after
    counted = _BY_COUNTED_WITH.search(s)
    if counted is not None and verb is not None and verb.start() < counted.start():
        hubs = [i for i in named if _first_in(i, sentence) >= sentence.start + counted.end()]
        n = _number(counted.group(1))
        listed = (
            _counted_after(sentences, index, institutions, n, hubs[0]) if len(hubs) == 1 else []
        )
        if len(hubs) == 1 and n is not None and n >= 2 and listed:
            each = bool(_PLURAL_DOCUMENTS.search(s, 0, verb.start()))
            return _each_or_among(hubs[0], listed, each, kind, status, sentence)
    group = _GROUP.search(s)
    # "Universities from China and Kazakhstan signed 22 cooperation agreements …": groups,
    # their members listed after
    among = _GROUPS_SIGNED.search(s) if not group else None
    parties = list(named)
    if among and not parties:
        members = _listed_members(sentences, index, institutions, exclude=[])
        if members:
            return [
                Agreement(
                    members, kind, status, sentence.start, sentence.end, aggregate=True,
                    confidence=0.6,
                )
            ]  # fmt: skip
    if group and len(parties) <= 2:
        # "Over 20 membership universities signed with XJTU 17 MOUs": a number of
        # agreements between groups; the group's members are those the text lists
        if main is not None and main not in parties:
            parties.insert(0, main)
        members = _listed_members(sentences, index, institutions, exclude=parties)
        return [
            Agreement(
                parties + members,
                kind,
                status,
                sentence.start,
                sentence.end,
                aggregate=True,
                confidence=0.6,
            )
        ]
    if (
        main is not None
        and id(main) in networks
        and kind != "membership"
        and not re.search(r"\b(?:network|alliance|association|union|consortium)s?\b", s, re.I)
    ):
        # "X has joined the UNIMED network … Meanwhile, Rector Yilmaz signed a memorandum
        # with Khazar University": not the network the text is about, the member (not "…
        # signed a memorandum between the two networks")
        lead = _lead_end(sentences, sentence.end)
        main = _main([i for i in institutions if id(i) not in networks], lead) or main
    the = _THE_UNIVERSITY.search(s)
    if the is not None:
        # "the university had signed a similar agreement with Infosys", "The company renewed
        # …": the university (or company) the text is about, whatever is named more
        lead = _lead_end(sentences, sentence.end)
        whose = "company" if the.group(1).lower() in ("company", "firm", "group") else "university"
        if main is None or main.kind != whose:
            main = _main([i for i in institutions if i.kind == whose], lead) or main
    body = _THE_BODY.search(s) if the is None else None
    if body is not None and len(parties) == 1:
        # "Not long ago, the Fund signed a similar cooperation agreement with the University
        # of Belgrade": the one body the text names with that word (not the university the
        # text is about)
        word = body.group(1).lower()
        bodies = [
            i
            for i in institutions
            if i not in parties and word in (w.lower() for w in re.findall(r"\w+", i.name))
        ]
        if len(bodies) == 1:
            main = bodies[0]
    it = _IT_SIGNED.search(s)
    if it is not None and len(parties) == 1 and index > 0:
        # "KFU already has ties with Iranian institutions. In 2019, it signed an agreement
        # with Isfahan University of Technology": the one the sentence before is about
        previous = sentences[index - 1]
        subject = next(iter(_named_in(previous, institutions)), None)
        if subject is not None and _first_in(subject, previous) < previous.start + 4:
            main = subject
    sides = _SIDES.search(s)
    # "the two universities": universities, whichever organisation the text is most about
    universities = sides is not None and "universit" in sides.group().lower()
    if universities and sides is not None:
        # "According to a press release from the British embassy in Morocco, the two
        # universities signed …": a government's body named before them is none of them (not
        # "the Ministry and the two universities signed …")
        parties = [
            p
            for p in parties
            if p.kind != "government"
            or _first_in(p, sentence) > sentence.start + sides.start()
            or _AND_THEM.search(s, 0, sides.start())
        ]
    if universities and main is not None and main.kind != "university":
        lead = _lead_end(sentences, sentence.end)
        main = _main([i for i in institutions if i.kind == "university"], lead)
    # "In this Mexican state, the institution signed cooperation agreements with the SAGyP and
    # the UNACH": the one the text is about signed with those named after "with", not they
    # with each other
    # (the one named most besides those, when the text names it more than once)
    unnamed = _UNNAMED_SUBJECT_SIGNED.match(s)
    if (
        unnamed is not None
        and len(parties) >= 2
        and all(_first_in(i, sentence) >= sentence.start + unnamed.end() for i in parties)
    ):
        lead = _lead_end(sentences, sentence.end)
        hub = _main([i for i in institutions if i not in parties and not unit_like(i)], lead)
        if hub is not None and len(hub.mentions) > 1:
            each = bool(_PLURAL_DOCUMENTS.search(s, 0, unnamed.end()))
            return _each_or_among(hub, parties, each, kind, status, sentence)
    if main is not None and main not in parties and len(parties) == 1:
        parties.insert(0, main)
    elif main is not None and parties == [main] and not _PLANNED.search(s) and not sides:
        # "between VU and UWC", "VU" unknown: the other organisation the text is about
        lead = _lead_end(sentences, sentence.end)
        # (not one whose officials the sentence says watched)
        second = _main(
            [
                i
                for i in institutions
                if i is not main and not unit_like(i) and id(i) not in watched
            ],
            lead,
        )
        # only one the text is also about: named more than once, and in its lead
        if (
            second is not None
            # (or named in the first sentence: "El Banco Santander aportará … a la
            # Universidad de Cantabria …")
            and (len(second.mentions) > 1 or second.mentions[0].start < sentences[0].end)
            and any(m.start < lead for m in second.mentions)
        ):
            parties.append(second)
    # "the two universities" counts two; "the universities" counts none, read as two to find
    # ("the two East African universities", "the two (2) regional organisations": the word
    # after "the")
    words_said = sides.group().lower().split() if sides is not None else ["the"]
    said = (
        words_said[1] if len(words_said) > 2 and words_said[0] in ("the", "las") else words_said[0]
    )
    count = _COUNTS.get(said, 2)
    if (
        sides is not None
        and said != "the"
        and re.match(r"\s+(?:and|y|together with)\s+(?:the\s+)?[A-Z]", s[sides.end() :])
    ):
        # "the two universities and Health New Zealand signed …": those two, and one more
        count += 1
    if sides is not None and said != "the" and len(parties) > count:
        # "since 2010 CUPB and KBTU have … under the MoU signed by the two universities":
        # the two named last before
        before = [i for i in named if _first_in(i, sentence) < sentence.start + sides.start()]
        if len(before) >= count:
            parties = sorted(before, key=lambda i: _last_before(i, sentence, sides.start()))[
                -count:
            ]
    elif sides is not None:
        # "… and the two universities signed a memorandum", "the five universities signed a
        # declaration": the ones the paragraph has just named, then the text's main one, then
        # the last agreement's parties, then those the text names most
        nearby = _nearby(sentences, index, institutions)
        by_mentions = sorted(institutions, key=lambda i: -len(i.mentions))
        # (then those of the sentences just before, across paragraphs, that the registry
        # knows: not "the Institute of Middle Eastern Studies" of one of them; nor, before
        # the text's other ones, a bare acronym named once: not "CBD" of "the planned
        # Bankstown CBD campus")
        before = [
            i
            for i in _nearby(sentences, index, institutions, across=True)
            if i.key is not None and not _named_once_slightly(i)
        ]
        # (those nearby the registry does not know after the text's main ones, when they
        # alone are too few: not "Aulin College", the new college the two universities set
        # up)
        known = [
            i
            for i in nearby
            if not _named_once_slightly(i) and (i.key is not None or len(nearby) >= count)
        ]
        unknown = [i for i in nearby if i not in known]
        order = [*known, *([main] if main else []), *(recent or []), *before, *unknown,
                 *by_mentions]  # fmt: skip
        if recent and _ALSO.match(s, sides.end()):
            # "The two sides also renewed …": those of the agreement just told
            order = [*recent, *order]
        if said == "the" and not parties and index > 0:
            # "… linked to an agreement between IST and four Polish universities - A, B, C
            # and D. The parties signed this agreement in Łódź": those it is between, however
            # many
            previous = sentences[index - 1]
            between_ = _BETWEEN.search(previous.text)
            listed = [
                i
                for i in _named_in(previous, institutions)
                if between_ is not None
                and _first_in(i, previous) >= previous.start + between_.end()
                and not unit_like(i)
            ]
            if len(listed) > count:
                count, order = len(listed), listed
        for other in order:
            if len(parties) >= count:
                break
            if (
                other not in parties
                and not unit_like(other)
                and (not universities or other.kind == "university")
            ):
                parties.append(other)
    if not named and _AFTER_TALKS.search(s) and not _PLANNED.search(s):
        # "… held talks with the leadership of X. During these negotiations an Agreement …
        # was signed": between those who talked, the text's main organisation and whom the
        # paragraph names
        nearby = [i for i in _nearby(sentences, index, institutions) if not unit_like(i)]
        if len(nearby) == 1 and main is not None and main is not nearby[0]:
            parties = [main, nearby[0]]
        elif len(nearby) >= 2:
            parties = nearby[:2][::-1]
    units = any(unit_like(i) and _first_in(i, sentence) < sentence.end for i in institutions)
    if not named and (((signers or units) and not _PLANNED.search(s)) or _GOES_ON.search(s)):
        # "After the talks, the Dean of … and the Head of … signed an agreement": between the
        # organisations the sentences before name
        # (or, named none, the last agreement's parties)
        # ("In addition, a Memorandum of Understanding was signed …" after an agreement of
        # three: one more of those three)
        more = (
            recent
            if recent
            and not parties
            and not signers
            and _GOES_ON.search(s)
            and _WAS_SIGNED.search(s)
            else []
        )
        parties += more
        for other in [*_nearby(sentences, index, institutions, across=True), *(recent or [])]:
            if (
                len(parties) < 2
                and other not in parties
                and not unit_like(other)
                and id(other) not in watched
            ):
                parties.append(other)
    if (
        kind == "membership"
        and len(parties) == 1
        and id(parties[0]) in networks
        and s.rstrip().endswith(":")
        and index + 1 < len(sentences)
        and _LIST_ITEM.match(sentences[index + 1].text)
    ):
        # "EUA is glad to welcome six universities as individual full members:" and a list
        # of them, one a line
        parties += [i for i in _named_in(sentences[index + 1], institutions) if i not in parties]
    if len(parties) < 2:
        return []
    if sides is not None and len(named) < 2:
        return [Agreement(parties, kind, status, sentence.start, sentence.end, guessed=True)]
    told = s[part[0] : part[1]] if part is not None else s
    # (the documents signed, the first the part names: not "… un convenio tripartito … para
    # concretar los acuerdos alcanzados")
    first_document = _DOCUMENT.search(told)
    plural = _plural(told, first_document) if first_document else False
    # "A and B have each signed a separate Memorandum of Understanding with C": one each
    plural = plural or bool(_EACH_SEPARATE.search(told))
    # "… re-signed Memorandum of Understanding (MoU) with several universities in the United
    # Kingdom, among them A, B, and C": one document each, in the singular (not "a tripartite
    # agreement with two universities")
    plural = plural or (
        first_document is not None
        # (a document: not "has partnered with two universities, A and B, to …", one
        # partnership)
        and not first_document.group(1).lower().startswith("partner")
        and _SEVERAL_PARTNERS.search(s) is not None
        and not _MANY_SIDED.search(s)
    )
    plural = False if _ONE_OF.search(s) else plural  # "one of the agreements": one
    a, b = part if part is not None else (0, len(s))
    # (the documents the sentence names before a part that only says between whom)
    whole = _DOCUMENT.search(s) if first_document is None else None
    plural_here = plural or (whole is not None and _plural(s, whole))
    first_with_each = _between_one_and_each(sentence, a, b, named) if plural_here else None
    if first_with_each is not None:
        # "memoranda of understanding were signed between UTM and OMU and İstanbul Gedik
        # University": the first with each of the others
        return [
            Agreement(
                [first_with_each, other], kind, status, sentence.start, sentence.end,
                confidence=0.6,
            )
            for other in named
            if other is not first_with_each
        ]  # fmt: skip
    if plural and len(named) >= 3 and (hub := _between_one_and_counted(sentence, s, named)):
        # "three other separate MoUs were signed between SOA and VLUTE, Vietnam, University of
        # Cuu Long, … and Putin Animal Feed Company Limited": as many documents as the others
        # named after the first, one with each
        return [
            Agreement([hub, other], kind, status, sentence.start, sentence.end, confidence=0.6)
            for other in named
            if other is not hub
        ]
    if (
        plural
        and len(named) >= 3
        and _among(sentence, a, b, named)
        and not _subject(sentence, named)
    ):
        # "…, while the other agreements were concluded among C, D and E", "The memoranda
        # were signed between A, B and C on one side and D and E on the other": which with
        # which is not told
        return [
            Agreement(
                named, kind, status, sentence.start, sentence.end, aggregate=True,
                confidence=0.6,
            )
        ]  # fmt: skip
    if plural and len(named) == 1 and not _SIDES.search(s):
        return []  # "Siemens announced two new agreements with German universities": a summary
    subject = _subject(sentence, named)
    # "The MoUs were signed by the Rector of UGM and respectively by the Vice-Chancellor of
    # UPM, …, the President of PSU, …": one each with the main organisation
    respectively = len(named) > 2 and _RESPECTIVELY.search(s)
    # "Three further universities - A, B and C - also signed agreements with D": each with
    # the one named after "with"
    partner = _signed_with_one(sentence, named) if plural else None
    # "The memorandums were signed by Turbat University Vice Chancellor X and by the heads of
    # A, B, C and D": one each between the one signing first and each of the others
    first_signer = _one_then_heads(sentence, named) if plural and len(named) >= 3 else None
    if (
        plural
        and len(named) >= 2
        and (
            subject is not None
            or partner is not None
            or first_signer is not None
            or main not in named
            or respectively
        )
    ):
        # "AU has entered into two MoUs, the first with A and the second with B": one
        # agreement between the subject (else the text's main organisation) and each other
        hub = subject or partner or first_signer or main
        if hub is None:
            return []
        parties = [hub, *[p for p in named if p is not hub]]
        counted = _DOCUMENTS_COUNTED.search(s)
        if counted is None and _THE_DOCUMENTS.search(s):
            # "KAU signed 12 memoranda with Chinese universities. … signed the memoranda with
            # …": the count a sentence just before gives
            counted = next(
                (
                    found
                    for before in reversed(sentences[max(0, index - 3) : index])
                    if (found := _DOCUMENTS_COUNTED.search(before.text)) is not None
                ),
                None,
            )
        partners = _PARTNERS_COUNTED.search(s)
        some = _partial_list(sentence, parties[1:]) or (
            partners is not None
            and (_number(partners.group(1)) or 0) > len(parties) - 1
            # ("… with five leading universities:" and a list: the whole of them, one not read;
            # not "…: A and B were among them", "…: A, B and others")
            and not (
                _LIST_AFTER.match(s, partners.end()) and not _SOME_AFTER.search(s, partners.end())
            )
        )
        # "… with five Japanese universities, including A, B and C": some unnamed (not "six
        # MoUs …, with institutions including" six named)
        # "JUST signed on Monday two agreements with the University of Granada"
        if not some and (pair := _as_many(s, counted, parties, kind, status, sentence)):
            return pair
        n = _number(counted.group(1)) if counted is not None else None
        # "… signed twelve memoranda with A, B, C and D", "… with five universities,
        # including A, B and C", "agreements were signed among universities including A, B
        # and C": which with which is not told (but "X has signed cooperation agreements with
        # leading universities, including A and B": one of X's with each named)
        # ("Among the achievements was the signing of MoUs with Chinese institutions,
        # including A, B and C": the text's main organisation's, one with each)
        first_partner = min(_first_in(p, sentence) for p in parties[1:]) - sentence.start
        signed_with = hub is main and re.search(r"\bwith\b", s[:first_partner]) is not None
        partial = some and (
            _PARTNERS_COUNTED.search(s) is not None or (subject is None and not signed_with)
        )
        if partial if counted is None else n not in (None, len(parties) - 1):
            return [
                Agreement(
                    parties, kind, status, sentence.start, sentence.end, aggregate=True,
                    confidence=0.6,
                )
            ]  # fmt: skip
        return [
            Agreement(
                [hub, other], kind, status, sentence.start, sentence.end, confidence=0.65,
                counted=counted is not None,
            )
            for other in parties
            if other is not hub
        ]  # fmt: skip
    joined = [p for p in parties if id(p) in networks]
    if kind == "membership" and joined and _WE_JOINED.search(s):
        # "nos sumamos ahora como socios plenos a dos redes universitarias estratégicas: la
        # AUGM y la UDUALC": the text's own university, one membership of each named
        lead = _lead_end(sentences, sentence.end)
        member = _main(
            [i for i in institutions if id(i) not in networks and i not in parties], lead
        )
        if member is not None:
            # (networks, or bodies named as such: not "junto a la Universidad de la República")
            return [
                Agreement([member, network], kind, status, sentence.start, sentence.end)
                for network in parties
                if id(network) in networks or _ALLIANCE.search(network.name)
            ]
    if kind == "membership" and len(joined) == 1:
        # where it happened is no member ("… at a ceremony held at the campus of XJTU"), nor
        # who founded the network ("a network … initiated by XJTU")
        (network,) = joined
        members = [
            p
            for p in parties
            if p is not network and not _only_after(p, sentence, _PLACE_OR_FOUNDER)
        ]
        # "Two universities … became members", "presented the membership certificates to …
        # the three universities": named in what follows or before (not "…, bringing the
        # network to 27 member universities")
        counted = next(
            (
                m
                for m in _MEMBERS_COUNTED.finditer(s)
                if not s[: m.start()].endswith("to ")
                # (nor "… have joined the 13 existing members of the WUN": those already in)
                and not _MEMBERS_ALREADY.match(s, m.end(1))
            ),
            None,
        )
        if not members or (counted and (_number(counted.group(1)) or 0) > len(members)):
            return []
        # "ATU has been welcomed as a full member of the ECIU, … alongside MTU": each
        # member's own membership of the network
        return [
            Agreement([member, network], kind, status, sentence.start, sentence.end)
            for member in members
        ]
    counted = _DOCUMENTS_COUNTED.search(s)
    with_ = _WITH.search(s, counted.end()) if counted is not None else None
    if counted is not None and with_ is not None and len(parties) > 2:
        # "Two MoUs have been signed by the Directorate of Skill Development with IIT Delhi
        # and Tata IIS": one party before "with", as many after it as documents counted, one
        # with each
        after = [i for i in parties if _first_in(i, sentence) >= sentence.start + with_.end()]
        before = [i for i in parties if i not in after]
        if len(before) == 1 and len(after) == _number(counted.group(1)):
            return [
                Agreement([before[0], partner], kind, status, sentence.start, sentence.end,
                          counted=True)
                for partner in after
            ]  # fmt: skip
    if counted is not None and len(parties) > 2 and (_number(counted.group(1)) or 0) > 1:
        # "se concretaron nueve convenios de colaboración con A, B y C": several documents
        # among them, which with which not told (not one document of all of them)
        return [
            Agreement(
                parties, kind, status, sentence.start, sentence.end, aggregate=True,
                confidence=0.6,
            )
        ]  # fmt: skip
    # "A and B signed two significant agreements"
    if len(named) == 2 and (pair := _as_many(s, counted, parties, kind, status, sentence)):
        return pair
    # "… officially signed the MoUs that renew … and establish … The two MoUs, each scheduled
    # to last five years, are:": documents in the plural between two, counted just after
    if (
        len(parties) == 2
        and counted is None
        and status != "historical"
        and index + 1 < len(sentences)
        and (later := _COUNTED_AFTER.match(sentences[index + 1].text)) is not None
        and _PLURAL_DOCUMENTS.search(s)
        and 2 <= (many := _number(later.group(1)) or 0) <= 4
        # (told in a list after: "The two MoUs, each scheduled to last five years, are:"; not
        # "The two agreements from 2015 covered …", others)
        and _LIST_FOLLOWS.search(sentences[index + 1].text)
        # (not "The two memorandums open the way for … the Government of Kuwait, the
        # University of Kuwait and Trinity": two with others, counted together)
        and all(i in parties for i in _named_in(sentences[index + 1], institutions))
    ):
        return [
            Agreement(list(parties), kind, status, sentence.start, sentence.end, counted=True)
            for _ in range(many)
        ]
    return [Agreement(parties, kind, status, sentence.start, sentence.end)]


_LIST_FOLLOWS = re.compile(r":\s*$|\b(?:are|were|include)\s*:")


def _each_or_among(
    hub: Institution,
    partners: list[Institution],
    each: bool,
    kind: str,
    status: str,
    sentence: Sentence,
) -> list[Agreement]:
    """One agreement of the hub with each partner (documents told in the plural, more than
    one partner), else one among them all (aggregate when more than two)."""
    if each and len(partners) >= 2:
        return [
            Agreement([hub, partner], kind, status, sentence.start, sentence.end)
            for partner in partners
        ]
    return [
        Agreement(
            [hub, *partners], kind, status, sentence.start, sentence.end,
            aggregate=len(partners) > 1,
        )
    ]  # fmt: skip


def _named_before(
    sentence: Sentence, institutions: list[Institution], besides: list[Institution]
) -> Institution | None:
    """The organisation named last before the sentence, other than `besides` (not a unit,
    nor a centre named as part of another)."""
    before = [
        (max(m.start for m in i.mentions if m.start < sentence.start), i)
        for i in institutions
        if i not in besides
        and (not unit_like(i) or _named_school(i, institutions))
        and not _part_of_another(i, institutions)
        and any(m.start < sentence.start for m in i.mentions)
    ]
    return max(before, key=lambda pair: pair[0])[1] if before else None


# what counted partners are called
_PARTNER_NOUNS = r"universities|institutions|partners|organi[sz]ations|colleges|companies"
_WITH_COUNTED_PARTNERS = re.compile(
    rf"\b(?:with|con)\s+({_NUMERALS})\s+(?:[\w-]+\s+){{0,2}}?(?:{_PARTNER_NOUNS}|"
    r"universidades|instituciones)\b",
    re.IGNORECASE,
)
_COUNTED_LISTED = re.compile(
    rf"\b(?:{_NUMERALS})\s+(?:[\w-]+\s+){{0,3}}?(?:{_PARTNER_NOUNS}|universidades|"
    r"instituciones)\b[^,;]{0,40}?(?:[–—:-]|\bnamely\b|\bincluding\b)\s*$",
    re.IGNORECASE,
)
# "…: one with SJTU …, and the other with SWJTU", "one MoU was signed with Dalhousie
# University, and the other three were inked with Gifu University"
_ONE_WITH = re.compile(
    r"(?:(?::|,)\s*|\b(?<!\bno )(?<!\bany ))one\s+(?:(?:mou|moa|agreement|memorandum|document)\s+)?"
    r"(?:(?:was|has\s+been)\s+)?(?:(?:signed|inked|concluded|sealed)\s+)?with\s+(?:the\s+)?",
    re.IGNORECASE,
)
_OTHER_WITH = re.compile(
    # ("two MoUs, one with A and one with B")
    r"\b(?:the\s+other|another|the\s+second|(?<=\band\s)one)"
    r"(?:\s+(?P<n>two|three|four|five|\d+))?\s+"
    r"(?:(?:mous?|moas?|agreements?|memoranda|memorandum|documents?|ones?)\s+)?"
    r"(?:(?:were|was|have\s+been|has\s+been)\s+)?(?:(?:signed|inked|concluded|sealed)\s+)?"
    r"with\s+(?:the\s+)?",
    re.IGNORECASE,
)
_BY_COUNTED_WITH = re.compile(
    rf"\bby\s+({_NUMERALS})\s+(?:[\w-]+\s+){{0,3}}?(?:{_PARTNER_NOUNS})\s+with\b", re.IGNORECASE
)
# "…, with which it signed agreements", "con las cuales suscribió convenios"
_WITH_WHICH = re.compile(
    r"\b(?:with (?:which|whom|them|each of them)|con (?:las|los) cuales|con quienes|"
    r"con (?:ellas|ellos))\b[^.;]{0,40}?\b(?:signed|inked|concluded|sealed|suscribi\w*|"
    r"firm(?:ó|aron)|firmad[oa]s?|suscrit[oa]s?)",
    re.IGNORECASE,
)


def _counted_after(
    sentences: list[Sentence],
    index: int,
    institutions: list[Institution],
    n: int | None,
    hub: Institution | None,
) -> list[Institution]:
    """The organisations, other than the hub, that one of the two sentences after sentence
    `index` names when it names as many as counted ("… with five universities … The five
    were A, B, C, D and E"), or a later one that tells of "the five" again ("… with two
    institutions in Kumasi, …. The two institutions concerned are A and B"); none when
    neither does."""
    for at, other in enumerate(sentences[index + 1 : index + 7]):
        if at >= 2 and not re.search(rf"\bthe\s+(?:{_spelt(n)})\b", other.text, re.IGNORECASE):
            continue
        others = [i for i in _named_in(other, institutions) if i is not hub]
        if len(others) == n:
            return others
    return []


def _spelt(n: int | None) -> str:
    """How a count is written: "two" or "2" for 2."""
    words = [w for w, v in {**_COUNTS, **_NUMBER_WORDS}.items() if v == n and w != "both"]
    return "|".join([str(n), *words]) if words else str(n)


def _as_many(
    s: str,
    counted: re.Match[str] | None,
    parties: list[Institution],
    kind: str,
    status: str,
    sentence: Sentence,
) -> list[Agreement]:
    """Two to four documents counted between two parties: as many agreements between the two
    (not "signed the two agreements": those told before, nor a count of history)."""
    n = _number(counted.group(1)) if counted is not None else None
    if (
        counted is None
        or n is None
        or not 2 <= n <= 4
        or len(parties) != 2
        or status == "historical"
        or _DEFINITE_BEFORE.search(s, 0, counted.start())
    ):
        return []
    return [
        Agreement(list(parties), kind, status, sentence.start, sentence.end, counted=True)
        for _ in range(n)
    ]


_PARTNERS_WERE = re.compile(
    r"\s*(?:Among\s+(?:the|its|their)\s+(?:[\w-]+\s+)?partners\s+(?:were|are|was|is)|"
    r"(?:The|Its|Their)\s+(?:[\w-]+\s+)?partners\s+(?:were|are|include|included))\b",
    re.IGNORECASE,
)
_JOINED_TO_SIGN = re.compile(
    rf"\b{_JOINED_BY}[^.;]{{0,120}}?\bto\s+(?:sign|seal|ink)\b", re.IGNORECASE
)
_CAME_TO_SIGN = re.compile(
    r"\b(?:(?:travell?ed|came|went|flew|arrived|visited)\b[^.;]{0,60}?|"
    rf"{_JOINED_BY}[^.;]{{0,120}}?)\bto sign\b",
    re.IGNORECASE,
)
_ONCE_SIGNED = re.compile(
    r"\b(?:once|when|after|until|unless|if)\b[^.;]{0,40}?\b(?:have|has|is|are)\s+signed\b",
    re.IGNORECASE,
)
# "signed … with his counterpart of X", "firmado … con su homólogo de X" (named later)
_WITH_COUNTERPART = re.compile(
    r"\b(?:with|con)\s+(?:his|her|their|su|sus)\s+(?:counterpart|homólog[oa])s?\b"
    r"(?!\s*,\s*[A-Z])",
    re.IGNORECASE,
)
_SIGNED_PAST = re.compile(
    r"\b(?:signed|inked|sealed|concluded|firm(?:ó|aron)|suscribi(?:ó|eron)|firmad[oa]s?|"
    r"suscrit[oa]s?|put pen to paper|affixed)\b",
    re.IGNORECASE,
)
# "He discussed further collaboration with them and signed memorandum for cooperation"
# "McRobbie also signed an MOU with …": a sentence that begins with a surname that signed
_SURNAME_SIGNED = re.compile(r"\s*(\S+)\s+(?:also\s+)?signed\b")
_HE_SIGNED = re.compile(
    r"\s*(?:He|She)\b(?:(?!\b(?:that|said|says|recalled|noted|added|explained|stressed|when|"
    r"who|which|where|had|has|have)\b)[^.;,]){0,120}?\b(?:signed|inked|sealed)\b(?! by)"
)
_LIST_ITEM = re.compile(r"\s*(?:[•*·–-]|\d+[.)])\s")
# "A Memorandum of Understanding between the University of Vavuniya and …", "A Research
# Collaboration Agreement and a Material Transfer Agreement between …": a document named
# with its parties, no verb
_DOCUMENT_LINE = re.compile(
    r"\s*(?:An?|The)\s+(?:[\w-]+\s+){0,4}?(?:memorandum|agreement|mou|contract|protocol)\b"
    r"(?:\s+(?:of|on)\s+[\w\s-]{0,40}?)?(?:\s+and\s+(?:an?\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:memorandum|agreement|mou|contract|protocol))?\s+between\b",
    re.IGNORECASE,
)
# Documents approved, to be signed: "… has given its approval for Memoranda of
# Understanding to be entered into …"
_APPROVED_TO_COME = re.compile(
    rf"\bto be (?:entered into|concluded|signed)\b|\b(?:{_APPROVAL_GIVEN})\b", re.IGNORECASE
)
# "Approval has accordingly been granted for the following:": a heading of documents approved,
# each to come
_APPROVED_FOLLOWING = re.compile(
    r"\b(?:approv\w*|aprob\w*)\b[^:]{0,80}\b(?:following|siguientes?)\s*:\s*$", re.IGNORECASE
)
_FORMER = re.compile(
    r"\bthe (former|latter)(?: (?:varsity|university|universities|institution|institute|"
    r"college|school|company|party|side))?\b(?! (?:rector|president|vice|chancellor|dean|"
    r"minister|director|head|chair))",
    re.IGNORECASE,
)
_DEFINITE_BEFORE = re.compile(r"\b(?i:the|these|those|both|los|las|ambos|estos)\s+$")
# "held at the Innovation Harbour campus of XJTU", "a network initiated by XJTU"
_AT_VENUE = re.compile(r"\b(?:at|en)\s+(?:the\s+|la\s+|el\s+)?(?:sede\s+de\s+la\s+)?$", re.I)
_PLACE_OR_FOUNDER = re.compile(
    r"(?:\b(?:campus|premises|headquarters|auditorium|hall|centre|center)\s+of|\bheld at|"
    r"\bhosted by|\binitiated by|\bfounded by|\bestablished by|\blaunched by|"
    r"\borgani[sz]ed by|"
    # "… to join the Japanese University Consortium (JUC) that supports the activities of
    # MJIIT": whom the network serves
    r"\b(?:that|which)\s+(?:supports?|serves?|funds?)\s+(?:the\s+(?:activities|work)\s+of)?)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Two universities from Central Asia … became members"
_MEMBERS_ALREADY = re.compile(r"\s+(?:existing|current|other|present)\b", re.IGNORECASE)
_MEMBERS_COUNTED = re.compile(
    rf"\b({_NUMERALS})\s+(?:new\s+)?(?:[\w-]+\s+)?(?:universities|institutions|members)\b",
    re.IGNORECASE,
)


# "represented by its College of …", "through its Faculty of …", "a través de su Facultad"
_THROUGH_ITS = re.compile(
    r"\b(?:represented\s+by|through|via|a\s+trav[eé]s\s+de|representad[oa]\s+por)\s+"
    r"(?:its|their|su|sus)\s+$",
    re.IGNORECASE,
)


def _only_after(
    inst: Institution, sentence: Sentence, before: re.Pattern[str], *, within: int = 90
) -> bool:
    """Whether the sentence names the organisation, and only right after what `before`
    matches (its acronym in brackets after its name does not count): "held at the campus of
    XJTU" (where something happens), "…, a member of VNU-HCM," (what a party is part of)."""
    s, start = sentence.text, sentence.start
    inside = [
        m.start - start
        for m in inst.mentions
        if start <= m.start < sentence.end and s[m.start - start - 1 : m.start - start] != "("
    ]
    return bool(inside) and all(before.search(s, max(0, at - within), at) for at in inside)


# "… signed a Memorandum of Understanding (MoU) with A, and, on invitation …, became a member
# of B": where the signing's part of the sentence ends, before the joining
_SIGNED_THEN_JOINED = re.compile(
    r"\b(?:signed|inked|sealed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:memorand\w*|mou|moa|agreement)\b[^;]*?\bwith\b[^;]*,?\s+and\b",
    re.IGNORECASE,
)
# "twelve memoranda of understanding", "17 MoUs": how many documents a sentence counts
_DOCUMENTS_COUNTED = re.compile(
    rf"\b({_NUMERALS})\s+(?:[\w-]+\s+){{0,2}}?(?:memoranda|memorandums|mo[ua]s|agreements|"
    r"contracts|pacts|protocols|convenios|acuerdos|documents|instruments)\b",
    re.IGNORECASE,
)
# a sentence opening with a count of documents: "The two MoUs, each …, are:"
_COUNTED_AFTER = re.compile(
    r"\s*(?:the|these|both)\s+" + _DOCUMENTS_COUNTED.pattern.removeprefix(r"\b"), re.IGNORECASE
)
_WITH = re.compile(r"\b(?:with|con)\s+")
_THE_PLURAL = re.compile(rf"\b(?:the|these|those|all)\s+(?:{_PLURALS})\b", re.IGNORECASE)
# "The seven partners are …", "The partner universities were …"
# ("The institutions that signed the latest MoUs are: (1) …": who signed them)
_PARTNERS_ARE = re.compile(
    rf"\s*The\s+(?:({_NUMERALS})\s+)?(?:new\s+)?(?:partners|partner\s+(?:universities|"
    r"institutions)|universities|institutions)"
    r"(?:\s+(?:that|which)\s+(?:have\s+)?signed\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:memoranda|mo[ua]s|agreements))?\s+(?:are|were)\b",
    re.IGNORECASE,
)


def _partners_listed(
    sentence: Sentence,
    sentences: list[Sentence],
    index: int,
    named: list[Institution],
    main: Institution,
    dates: list[DateMention],
    published: datetime.date | None,
    text: str,
) -> list[Agreement]:
    """ "O.P. Jindal Global University has signed MoUs with seven Australian universities …
    The seven partners are A, B, …": the text's main organisation's with each named, when a
    sentence just before tells it signed documents with as many partners as are named."""
    listed = _PARTNERS_ARE.match(sentence.text)
    if listed is None or main in named:
        return []
    source = next(
        (
            b
            for b in reversed(sentences[max(0, index - 2) : index])
            if _SIGNED.search(b.text)
            and _PLURAL_DOCUMENTS.search(b.text)
            and main in _named_in(b, [main])
            # ("… with seven Australian universities", "… signed 8 new MoUs with …": as
            # many partners, or documents, as are named)
            and any(
                _number(counted.group(1)) == len(named)
                for counted in (_PARTNERS_COUNTED.search(b.text), _DOCUMENTS_COUNTED.search(b.text))
                if counted is not None
            )
        ),
        None,
    )
    if source is None or (listed.group(1) and _number(listed.group(1)) != len(named)):
        return []
    status = _status(source.text, _dates_in(source, dates), published, text)
    if status == "planned":
        return []
    kind = document_type(source.text)
    day = _day_in(source, dates)
    return [
        Agreement(
            [main, partner], kind, status, sentence.start, sentence.end, date=day,
            confidence=0.6, listed=True,
        )
        for partner in named
    ]  # fmt: skip


# "They include agreements with …", "These include MoUs with …": the documents just counted
_THEY_INCLUDE = re.compile(
    r"\s*(?:they|these|those|(?:the|these)\s+(?:new\s+)?(?:agreements|memoranda|mo[ua]s))\s+"
    r"(?:also\s+)?(?:include|comprise|incluyen)\b",
    re.IGNORECASE,
)
# "The first document, a …", "The second is a …", "The third, a …": documents told in turn
_TOLD_IN_TURN = re.compile(
    r"\s*(?:The|El|La)\s+(?:first|second|third|fourth|fifth|last|other|primer|segundo|"
    r"tercer|[uú]ltimo)\b(?:\s+(?:one|document|agreement|instrument|documento|(?i:mo[ua])|"
    r"memorandum|contract|pact|protocol|convenio|acuerdo))?\s*(?:,|is\b|was\b|:|es\b)"
)


_ORDINAL_FIRST = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "primer": 0,
                  "segundo": 1, "tercer": 2}  # fmt: skip


def _counting_before(sentences: list[Sentence], index: int) -> Sentence | None:
    """The sentence just before (eight at most) that counts documents signed: "UGM signed
    three cooperation documents …"."""
    return next(
        (
            before
            for before in reversed(sentences[max(0, index - 8) : index])
            if _DOCUMENTS_COUNTED.search(before.text) and _SIGNED.search(before.text)
        ),
        None,
    )


def _told_between(
    agreement: Agreement, s: str, sentences: list[Sentence], index: int, agreements: list[Agreement]
) -> None:
    """ "… celebrated the signing of two memoranda … with Kyushu University. … The second MOU
    is a partnership agreement between Kyushu University and UMBC": the one counted in that
    place is between those the sentence names (it stands for the one read with the count)."""
    ordinal = re.match(r"\s*(?:The|El|La)\s+(\w+)", s)
    n = _ORDINAL_FIRST.get(ordinal.group(1).lower()) if ordinal else None
    counting = _counting_before(sentences, index)
    if n is None or counting is None:
        return
    counted = [a for a in agreements if a.counted and a.start == counting.start]
    between = {id(p) for p in agreement.parties}
    if n >= len(counted) or {id(p) for p in counted[n].parties} == between:
        return
    if any({id(p) for p in a.parties} == between for a in agreements):
        agreements.remove(counted[n])  # (the one it is, told already: in the title)
    else:
        counted[n].parties = list(agreement.parties)
        counted[n].type = agreement.type


# "the memoranda", "the MoUs": documents a sentence before may have counted
_THE_DOCUMENTS = re.compile(r"\b(?:the|these|those)\s+(?:memoranda|memorandums|mo[ua]s)\b", re.I)
# "with five Japanese national universities": how many partners a sentence counts
_PARTNERS_COUNTED = re.compile(
    rf"\bwith\s+(?:over\s+|more than\s+)?({_NUMERALS})\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:universities|institutions|partners|organi[sz]ations)\b",
    re.IGNORECASE,
)
# "with several universities", "with three universities in the UK"
_SEVERAL_PARTNERS = re.compile(
    rf"\bwith\s+(?:several|many|various|a number of|({_NUMERALS}))\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:universities|institutions|partners|organi[sz]ations|colleges)\b",
    re.IGNORECASE,
)
_MANY_SIDED = re.compile(
    r"\b(?:tripartite|trilateral|three-(?:party|way)|multilateral|quadripartite|joint)\b",
    re.IGNORECASE,
)
# a colon after the partners counted: the list of them follows
_LIST_AFTER = re.compile(r"\s*:")
# words that make the list after it some of them
_SOME_AFTER = re.compile(
    r"\b(?:others?|among|includ\w*|notably|more|such as|entre|otr[oa]s|incluid[oa]s)\b",
    re.IGNORECASE,
)
# "including", "such as": a list of some of them
_SOME_OF = re.compile(
    r"\b(?:including|such as|among them|among others|incluid[oa]s|entre ell[oa]s)\s+"
    r"(?:the\s+|la\s+|el\s+)?$",
    re.I,
)


def _partial_list(sentence: Sentence, partners: list[Institution]) -> bool:
    """Whether the sentence lists the partners as some of more ("… with institutions
    including Tianjin University, Beihang University and …"): "including" right before the
    first of them."""
    firsts = [_first_in(p, sentence) for p in partners]
    first = min(firsts) if firsts else 1 << 60
    if first >= sentence.end:
        return False
    before = sentence.text[max(0, first - sentence.start - 30) : first - sentence.start]
    return bool(_SOME_OF.search(before))


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _COUNTS.get(word.lower()) or _NUMBER_WORDS.get(word.lower())


def _only_describing(inst: Institution, sentence: Sentence) -> bool:
    """Whether the sentence names the organisation only inside what it says another is, in
    a phrase between commas: ", a Chinese ICT company,", ", an SAP partner,"."""
    s, start = sentence.text, sentence.start
    inside = [m for m in inst.mentions if start <= m.start < sentence.end]
    return bool(inside) and all(
        _DESCRIBING_BEFORE.search(s, max(0, m.start - start - 40), m.start - start)
        and _DESCRIBING_AFTER.match(s, m.end - start)
        for m in inside
    )


_DESCRIBING_BEFORE = re.compile(r",\s*(?:a|an)\s+(?:[\w-]+\s+){0,2}$")
_DESCRIBING_AFTER = re.compile(r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*,")
_OCCASION_OF = re.compile(
    r"\b(?:within|at|during|on the sidelines of|on the margins of)\s+the\s+(?:[\w-]+\s+){0,3}?"
    r"(?i:forum|summit|conference|congress|meeting|assembly|session|fair)\s+of\s+(?:the\s+)?$"
)
# "a tripartite memorandum … with the support of C, which becomes the third signatory"
_THREE_WAY = re.compile(
    r"\b(?:tripartite|trilateral|three-way|three-party|tripartit[oa]|trilateral(?:es)?|third "
    r"signatory)\b",
    re.IGNORECASE,
)
_HELPED_BY = re.compile(
    r"\b(?:(?:thanks\s+to|through|with)\s+the\s+(?:efforts|support|assistance|mediation|"
    r"facilitation|good\s+offices)|(?:facilitated|brokered|mediated|supported)\s+by|"
    r"gracias\s+a\s+(?:la\s+gesti[oó]n|el\s+apoyo|los\s+esfuerzos|la\s+mediaci[oó]n)|"
    r"con\s+el\s+apoyo)\s+(?:of|de|by)?\s*(?:the\s+|la\s+|el\s+|l\s+)?$",
    re.IGNORECASE,
)


def _only_watching(inst: Institution, sentence: Sentence) -> bool:
    """Whether the sentence names the organisation only as whose officials watched (a
    university whose delegates watched is the partner more often than not) or, a government
    body, as who tells the news: no party of what it reports."""
    return (
        _only_after(inst, sentence, _WATCHED_BY, within=160) and inst.kind != "university"
    ) or _only_telling(inst, sentence)


def _only_telling(inst: Institution, sentence: Sentence) -> bool:
    """Whether the sentence names the government body only as who tells the news: "the
    Ministry of Education reported", "the Ministry added that …", "according to the
    Ministry" (not a network that announces whom it admitted)."""
    if inst.kind != "government":
        return False
    s, start = sentence.text, sentence.start
    inside = [m for m in inst.mentions if start <= m.start < sentence.end]
    return bool(inside) and all(
        _TELLS_AFTER.match(s, m.end - start)
        or _ACCORDING_TO.search(s, max(0, m.start - start - 30), m.start - start)
        for m in inside
    )


_TELLS_AFTER = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:has\s+|had\s+)?(?:reported|said|added|announced|informed|"
    r"stated|told|informó|anunció|señaló|dijo)\b",
    re.IGNORECASE,
)
_WATCHED_BY = re.compile(
    r"(?:\bwitness(?:ed|es)\b|\bin\s+the\s+presence\s+of\b|\btestigos?\b|\bpresencia\s+de\b|"
    # ("was signed … with the participation of … the Chargé d'Affaires of the United States
    # Embassy")
    r"\bparticipation\s+of\b|\bparticipaci[oó]n\s+de\b)"
    r"[^.;:]{0,120}?\b(?:officials|representatives|staff|delegates|members|funcionari[oa]s|"
    r"representantes|delegad[oa]s|miembros|ambassador|charg[ée]\s+d['’]affaires|consul|"
    r"consul\s+general|minister|embajador[a]?|c[oó]nsul)\s+(?:of|from|de|del|at)\s+"
    r"(?:the\s+|la\s+|el\s+)?$",
    re.IGNORECASE,
)
_EACH_SEPARATE = re.compile(
    r"\beach\s+(?:\w+\s+){0,2}?(?:signed|inked|concluded)\s+(?:a\s+)?separate\b", re.IGNORECASE
)
_UNDER = re.compile(
    r",\s*(?:(?:which|that)\s+(?:is|operates|runs)\s+)?(?:under|within)\s+(?:the\s+)?$|"
    # "Two institutions run by Bhaktapur Municipality, A and B, have each signed …"
    r"\b(?:run|owned|managed|operated)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_UNIVERSITY_UNDER = re.compile(
    r"\b(?:University|Universidad|College|Institute)\b"
    r"(?:\s+(?:of|de|for)(?:\s+[A-Z][\w-]*|\s+and|\s+y){1,6})?\s+under\s+(?:the\s+)?$"
)
_TITLE_OF = re.compile(
    r"\b(?-i:[A-Z])[a-z]+\s+(?-i:Agreement|Memorandum|Protocol|Charter|Statutes?)\s+(?:of|for)\s+"
    r"(?:the\s+)?$"
)
_PART_OF = re.compile(
    r",\s*(?:a|an|one of the)\s+(?:[\w-]+\s+)?(?:member|part|affiliate|constituent|campus|unit)"
    r"s?\s+of\s+(?:the\s+)?$"
    # "AUB, acting through its Government Engagement Platform (GEP)": its unit, no party
    r"|,\s*(?:acting\s+)?through\s+(?:its|their)\s+$"
    # "TEES, an engineering research agency within the Texas A&M University System,"
    r"|,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:within|under|inside|belonging to)\s+"
    r"(?:the\s+)?$"
    # "the Housing and Building Research Institute (HBRI), which works under the Ministry of
    # Housing and Public Works,", "…, under the Ministry of Education,"
    r"|,\s*(?:(?:which|that)\s+(?:works|functions|falls|comes)\s+)?under\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+(?:(?:of|for|and|&)\s+)?){0,6}$"
    # "con la Universidad Internacional, que es uno de los centros de referencia dentro de la
    # VNU", "…, miembro de la …"
    r"|,\s*(?:que\s+(?:es|forma\s+parte)\b[^,;.]{0,60}?\b(?:dentro\s+|parte\s+)?de|"
    r"(?:miembro|parte|integrante|campus|sede)\s+de)\s+(?:la\s+|el\s+|los\s+|las\s+)?$",
    re.IGNORECASE,
)


def _subject(sentence: Sentence, named: list[Institution]) -> Institution | None:
    """The organisation that signs, when the sentence names it before the signing verb and
    names no other before it."""
    verb = _SIGNED.search(sentence.text)
    if verb is None:
        return None
    before = [i for i in named if _first_in(i, sentence) < sentence.start + verb.start()]
    return before[0] if len(before) == 1 else None


def _signed_with_one(sentence: Sentence, named: list[Institution]) -> Institution | None:
    """The one organisation a sentence names after its signing verb, behind "with", when it
    names two or more before the verb: "A, B and C also signed agreements with D"."""
    verb = _SIGNED.search(sentence.text)
    if verb is None:
        return None
    at = sentence.start + verb.start()
    before = [i for i in named if _first_in(i, sentence) < at]
    after = [i for i in named if _first_in(i, sentence) >= at]
    if not before and _WHO_SIGNED.search(sentence.text, 0, verb.start()) and len(after) >= 3:
        # "The institutions that signed MOUs with UNP include: A, B and C": the one named
        # behind "with", the others listed after what they are said to be
        first = _first_in(after[0], sentence) - sentence.start
        listed = _LISTED_AS.search(sentence.text, first)
        return (
            after[0]
            if _WITH_BEFORE.search(sentence.text, verb.end(), first)
            and listed is not None
            and all(_first_in(i, sentence) - sentence.start >= listed.end() for i in after[1:])
            else None
        )
    if len(before) < 2 or len(after) != 1:
        return None
    first = _first_in(after[0], sentence) - sentence.start
    return after[0] if _WITH_BEFORE.search(sentence.text, verb.end(), first) else None


_AND_THEM = re.compile(r"\b(?:and|y|with|con)\s*$")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")
# "(the institutions) that signed", "(los) que firmaron": a signing said of those listed after
_WHO_SIGNED = re.compile(
    r"\b(?:that|which|who|que)\s+(?:have\s+|had\s+|also\s+|han\s+|también\s+)*$", re.IGNORECASE
)
# "… include:", "… were:", "… son:": what the list after is
_LISTED_AS = re.compile(
    r"\b(?:include[sd]?|are|were|comprise[sd]?|incluyen|son|fueron)\b\s*:?", re.IGNORECASE
)


def _one_then_heads(sentence: Sentence, named: list[Institution]) -> Institution | None:
    """The one organisation named between "signed by" and "and by the heads of" (the rectors,
    presidents … of) the others: "… were signed by Turbat University Vice Chancellor X and by
    the heads of A, B and C"."""
    found = _BY_ONE_THEN_HEADS.search(sentence.text)
    if found is None:
        return None
    start, end = sentence.start + found.start(1), sentence.start + found.end(1)
    first = [i for i in named if any(start <= a < end for a, _ in i.spans)]
    return first[0] if len(first) == 1 else None


_BY_ONE_THEN_HEADS = re.compile(
    r"\b(?:signed|inked)\s+by\b([^;]{3,160}?)\band\s+by\s+(?:the\s+)?(?:heads|rectors|"
    r"presidents|vice[- ]chancellors|chancellors|leaders|representatives)\s+of\b",
    re.IGNORECASE,
)


def _listed_members(
    sentences: list[Sentence],
    index: int,
    institutions: list[Institution],
    exclude: list[Institution],
) -> list[Institution]:
    """The organisations a nearby sentence lists for a group ("The membership universities
    comprise University of Liverpool, Politecnico di Milano, …")."""
    for other in sentences[index + 1 : index + 5]:
        if _LIST.search(other.text):
            listed = [i for i in _named_in(other, institutions) if i not in exclude]
            if len(listed) >= 3:
                return listed
    return []


# what ends a dateline after its day ("…, 13 July 2018: To develop …")
_DATELINE_END = re.compile(r"\s*(?:[:—–]|-\s)")


def _add_details(
    agreement: Agreement,
    sentence: Sentence,
    people: list[Person],
    dates: list[DateMention],
    text: str,
) -> None:
    for area in areas(sentence.text):
        if area not in agreement.areas:
            agreement.areas.append(area)
    dated = next(
        (
            d
            for d in dates
            if d.value is not None
            and d.precision == "day"
            and not _POSSESSIVE_DAY.match(text, d.end)  # "Thursday's agreement": another's
            # "a tour from 15 to 19 May, in which nine agreements were concluded": a range of
            # days dates a visit, not a signing
            and not d.days
            # "announced on the 16th that it signed … on the 14th": when it was told
            and not _TOLD_ON.search(text, max(0, d.start - 48), d.start)
        ),
        None,
    )
    day = dated.value if dated is not None else None
    # ("9th Mile, Ri Bhoi, 13 July 2018: … has signed four MoUs … during 9 to 12 July": the
    # day of the dateline is not the signing's, which the range leaves unsaid)
    if (
        dated is not None
        and _DATELINE_END.match(text, dated.end)
        and any(d.days and d.value is not None for d in dates)
    ):
        day = None
    if agreement.date is None and day is not None:
        agreement.date = day
    # ("the two Presidents renewed the MoU": who renewed it signed it)
    signer = (
        _SIGNER.search(sentence.text)
        or _PLURAL_TITLES.search(sentence.text)
        or _WATCHED_SIGN.search(sentence.text)
    )
    if signer and agreement.status != "planned":
        previous: Person | None = None
        for person in people:
            if not sentence.start <= person.start < sentence.end:
                continue
            # "signed by A, Rector of X, and B, Vice-Chancellor of Y": B is of the list too
            listed = (
                previous is not None
                and _listed_between(text, previous, person)
                # (not "…, accompanied by Dr. C", "…, while Dr. C looked on")
                and not _WATCHER_BEFORE.search(text, previous.end, person.start)
                # "…, and vice-chancellor Prof. G.P. Rajashekar was present"
                and not _NOT_SIGNER.search(_clause_after(text, person, sentence.end))
            )
            if (_signed(sentence, person, text) or listed) and all(
                p.name != person.name for p in agreement.signatories
            ):
                agreement.signatories.append(person)
            previous = person if agreement.signatories[-1:] == [person] else None
        # "el rector de la UdeC, Dr. A; la rectora de la UBB, Dra. B, y … C, firmaron …": a
        # list before the signing word, its first ones cut off by semicolons
        inside = [p for p in people if sentence.start <= p.start < sentence.end]
        for before, after in reversed(list(itertools.pairwise(inside))):
            if (
                after in agreement.signatories
                and before not in agreement.signatories
                and ";" in text[before.end : after.start]
                and _listed_between(text, before, after)
                and _SIGNER.search(text, after.end, sentence.end)
                and not _SIGNER.search(text, sentence.start, before.start)
                and all(p.name != before.name for p in agreement.signatories)
            ):
                agreement.signatories.insert(agreement.signatories.index(after), before)
        # "signed by the University's registrar": someone named before by that title
        for match in _title_references(sentence.text):
            # "rector" is the Rector General, not the vicerrector; "chancellor" not the
            # vice-chancellor
            said = match.group(1).lower().replace("-", " ")
            title = _title_said(said)
            earlier = [
                p for p in people
                if p.start < sentence.start and title.search(p.title.lower().replace("-", " "))
            ]  # fmt: skip
            # (not "the University's registrar and Additional Surveyor General G. …": two)
            here = [
                p
                for p in people
                if p.start == sentence.start + match.start(1)
                and not any(w.lower() in TITLE_WORDS for w in p.title.partition(" and ")[2].split())
            ]
            if here and earlier and here[0].name != earlier[-1].name:
                continue  # "signed by the University's Vice President for …, Dr. …": named here
            if earlier and all(p.name != earlier[-1].name for p in agreement.signatories):
                agreement.signatories.append(earlier[-1])
        # "Director Guo Zhiyuan … received the delegation. He discussed … and signed the
        # memorandum": who the sentence before is about
        # "Michael A. McRobbie … McRobbie also signed an MOU with …": the one named before,
        # by the surname
        named_by = _SURNAME_SIGNED.match(sentence.text)
        by_surname = next(
            (
                p
                for p in people
                if named_by and p.end <= sentence.start and p.surname == named_by.group(1)
            ),
            None,
        )
        if by_surname is not None and all(p.name != by_surname.name for p in agreement.signatories):
            agreement.signatories.append(by_surname)
        if _HE_SIGNED.match(sentence.text) and not any(
            sentence.start <= p.start < sentence.end for p in people
        ):
            told = next((x for x in reversed(_sentences_of(text)) if x.end <= sentence.start), None)
            subject = next(
                (p for p in people if told and told.start <= p.start < told.start + 80),
                None,
            )
            if subject is not None and all(p.name != subject.name for p in agreement.signatories):
                agreement.signatories.append(subject)
        # "… ha firmado hoy un convenio con su homólogo de la Universidad de Hirosaki … Su
        # homólogo japonés, Fukuda Shinsaku, ha subrayado …": the counterpart named later
        if _WITH_COUNTERPART.search(sentence.text) and agreement.signatories:
            later = next(
                (p for p in people if p.start >= sentence.end and p.counterpart_of is not None),
                None,
            )
            if later is not None and all(p.name != later.name for p in agreement.signatories):
                agreement.signatories.append(later)
        # "… and by the head of the Chinese delegation": who the text said led it
        if _DELEGATION_HEAD.search(sentence.text):
            leaders = [
                p
                for p in people
                if p.start < sentence.start and LED_BY.search(text, max(0, p.start - 24), p.start)
            ]
            if leaders and all(p.name != leaders[-1].name for p in agreement.signatories):
                agreement.signatories.append(leaders[-1])
        # "the rectors of the two universities signed …", "signed by both presidents": each
        # party's, named before by that title
        for match in _PLURAL_TITLES.finditer(sentence.text):
            said = (match.group(1) or match.group(2)).lower().replace("-", " ")
            # "the heads of the two universities": whatever each head is called
            said = _HEADS if said == "head" else said
            title = _title_said(said)
            for party in agreement.parties:
                holders = [
                    p
                    for p in people
                    if title.search(p.title.lower().replace("-", " "))
                    and _employer(p, agreement.parties) is party
                ]
                # the one named last before, or else the first named after ("… signed by the
                # presidents of the two universities. Dr. X, President, KU, said …")
                named_before = [p for p in holders if p.start < sentence.start + match.start()]
                # (not one a later sentence names as a signer: that sentence adds them)
                named_after = [
                    p
                    for p in holders
                    if p.start >= sentence.end and not _SIGNER.search(_sentence_at(text, p.start))
                ]
                # "… welcomed his Egyptian counterpart, Prof. B": the other party's
                counterparts = [
                    p
                    for p in people
                    if p.counterpart_of is not None
                    and _employer(p.counterpart_of, agreement.parties) not in (None, party)
                    and _employer(p, agreement.parties) in (None, party)
                ]
                theirs = named_before[-1:] or named_after[:1] or counterparts[:1]
                if theirs and all(p.name != theirs[0].name for p in agreement.signatories):
                    if theirs[0].organisation is None and party.mentions:
                        theirs[0].organisation = party.mentions[0]  # the counterpart's
                    agreement.signatories.append(theirs[0])


def _sentence_at(text: str, position: int) -> str:
    """The sentence of the text that holds `position`."""
    return next((s.text for s in _sentences_of(text) if s.start <= position < s.end), "")


@lru_cache(maxsize=8)
def _sentences_of(text: str) -> list[Sentence]:
    return sentences(text)


def _title_said(said: str) -> re.Pattern[str]:
    """Where a title says what `said` (one title or alternatives) says: "rector" is the Rector
    General, not the vicerrector; "chancellor" not the vice-chancellor."""
    return re.compile(rf"(?<!vice )(?<!pro )(?<!deputy )(?<!\w)(?:{said})\b")


def _listed_between(text: str, before: Person, after: Person) -> bool:
    """Whether what stands between two people is that of one list of signers (degrees after
    a name have dots: "…, M.Sc., Ph.D., and the President …")."""
    return bool(_LISTED.search(re.sub(r"\.(?=[\w,])", "", text[before.end : after.start])))


def _title_references(sentence: str) -> list[re.Match[str]]:
    """Where a signing sentence names a signer by title alone, the title in group 1: "signed
    by the University's registrar", "The KUET registrar and … signed the deal", "donde la
    vicerrectora, en nombre del rector, y el rector de la UV, …, firmaron"."""
    found = list(_BY_TITLE.finditer(sentence))
    if _FIRMARON.search(sentence):
        found += [
            m
            for m in _TITLE_SUBJECT.finditer(sentence)
            if not re.search(r"presencia\s+de\s*$", sentence[max(0, m.start() - 20) : m.start()])
        ]
    found += [
        m
        for m in _TITLE_SUBJECT_EN.finditer(sentence)
        if re.match(r"[^.;]{0,120}?\b(?:signed|inked)\b", sentence[m.end() :])
    ]
    return found


_DELEGATION_HEAD = re.compile(
    r"\b(?:head|leader|chief) of the (?:[\w-]+ ){0,2}?delegation\b|\bjef[ea] de la delegación\b",
    re.IGNORECASE,
)
# What stands between two signatories of one list: their titles and organisations, then
# "and" ("…, Vice-Chancellor of SUA, and Professor …"; "… y por la titular de la SEJ, …")
_LISTED = re.compile(
    r"^(?![^.;]*\b(?:presen|attend|witness|while|said)\w*\b)[^.;]{0,160}?(?:,|;)?\s*"
    # ("…, Rector, Selcuk University, Konya, Turkey, together with Mahbubul Hoque, …")
    r"(?:(?:and|y|e|together\s+with|along\s+with)\s+(?:also\s+)?(?:by\s+|por\s+)?"
    r"(?:the\s+|el\s+|la\s+)?[^\s]*\s*|"
    # "…, y por la empresa de servicios públicos, su gerente general, …": for whom, then
    r"(?:and|y)\s+(?:by|for|por)\s+[^.;]{1,60},\s*(?:su\s+|its\s+|el\s+|la\s+)?|"
    # "…, and KU Leuven's Rector, Professor …": a title in capitals, with whose it is
    # "…, and his BFSU counterpart Prof …": whose counterpart
    r"(?:and|y)\s+(?:(?:his|her|their|its|su|sus)\s+)?"
    r"(?:(?-i:[A-Z])[\w.'’()-]*,?\s+|(?:of|for|the|de|del|la|counterpart|homólog[oa])\s+){1,8}|"
    # "…, Vice-Chancellor of Umeå University; Anders Holmström, …", "(Makerere);\n- Prof. …"
    # "…, Ricardo Fernández Ortega; la presidenta del CONICET, …"
    # "…; RGU Principal Professor …": whose title it is, before it
    r";\s*(?:and\s+|y\s+)?(?:[-–•*]\s*)?(?:by\s+|por\s+)?(?:the\s+|el\s+|la\s+)?"
    r"(?:(?-i:[A-Z])[\w.'’&-]*\s+){0,4})$",
    re.IGNORECASE,
)
_BY_TITLE = re.compile(
    r"(?:\b(?:(?:signed|inked|sealed) by|(?:firmad|suscrit|signad)[oa]s? por) (?:the |el |la )?"
    r"(?:[\w-]+['’]s )?|"
    # ("The university president also signed …")
    r"\b(?:the|el|la) (?:university |universidad )?"
    r"(?=\w+(?: general)? (?:also |then |later |too )?(?:signed|firmó)))"
    r"(registrar|vice[- ]president|president|vice[- ]chancellor|dean|rector|director|"
    r"secretary|chancellor|provost|rectora|decan[oa]|directora|president[ea]|secretari[oa])\b",
    re.IGNORECASE,
)


_HEADS = "rector|president|vice chancellor|chancellor|principal|director|head"
_PLURAL_TITLE = (
    # ("the two executive vice presidents", "both deputy vice-chancellors")
    r"((?:(?:executive|deputy|senior|first|vice|pro)[- ])*"
    r"(?:rector|president|vice[- ]chancellor|chancellor|dean|director|provost|registrar|head))s"
)
_PLURAL_TITLES = re.compile(
    rf"(?:\b(?:the|both)\s+|^\s*)(?:two\s+|three\s+)?{_PLURAL_TITLE}\b"
    r"(?=(?:\s+of\s+(?:the|both)\s+(?:two\s+|three\s+)?\w+)?\s+(?:\w+\s+){0,2}?"
    r"(?:signed|inked|sealed|exchanged|renewed|reaffirmed)\b"
    # "(The) Presidents of A and B in Lublin signed …": the parties named between
    r"|\s+of\s+[^.;]{1,150}?\s(?:signed|inked|sealed|renewed)\b)"
    rf"|\b(?:signed|inked|sealed)\s+by\s+(?:the\s+|both\s+)(?:two\s+|three\s+)?{_PLURAL_TITLE}\b",
    re.IGNORECASE,
)
# Who tells that a document was signed, no signer: "…, said the MoU had been signed to …"
_SAID_SIGNED = re.compile(
    r"(?:(?!sign)[^.;]){0,120}?\b(?:said|says|stated|noted|remarked|added|explained|told)\b"
    r"(?:\s+\w+){0,2}?(?:\s+that)?\s+(?:the|this|their|both)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:mou|moa|mous|agreements?|memorand\w*|partnership)\s+(?:had\s+been|has\s+been|"
    r"have\s+been|was|were)\s+(?:signed|inked|concluded)\b",
    re.IGNORECASE,
)
_FIRMARON = re.compile(r"\b(?:firmaron|suscribieron|rubricaron)\b", re.IGNORECASE)
_TITLE_SUBJECT = re.compile(
    r"\b(?:la|el) (vicerrector|vicerrectora|rector|rectora|decano|decana|director|directora|"
    r"presidente|presidenta)(?: [a-záéíóúñ]+)?(?=\s*,|\s+y\s)"
)
_TITLE_SUBJECT_EN = re.compile(
    r"\b[Tt]he (?:[A-Z][A-Za-z]{1,9} )?(registrar|vice[- ]chancellor|president|rector|dean)"
    r"(?=\s+and\s)",
    re.IGNORECASE,
)
_PRESENCE = re.compile(
    r"\bin the presence of\b|\bwitnessed by\b|"
    # "the protocol signed with Niamey University, with the coordination of … Ambassador A
    # and the Ambassador B, represents …"
    r"\bwith the (?:coordination|participation|mediation|facilitation) of\b|"
    r"\b(?:coordinated|facilitated|mediated) by\b",
    re.IGNORECASE,
)
_ON_BEHALF = re.compile(
    r"\bon behalf of\s+(?:the\s+|its\s+|their\s+)?$|"
    # "…, que actuó en nombre del rector, A, y por B, delegado del presidente de …, C": whom
    # they stood for
    r"\b(?:en\s+nombre|en\s+representaci[oó]n|delegad[oa])\s+del?\s+(?:la\s+|el\s+)?$|"
    r"\bdelegate\s+of\s+(?:the\s+)?$|"
    # "Under the auspices of Dr. A, Minister …, B and C signed": under whose patronage, or
    # "as part of carrying out the directives of Dr. A": at whose word
    r"\b(?:auspices|patronage|sponsorship|directives?|instructions?|guidance|invitation)\s+of\s+"
    r"(?:the\s+|H\.?E\.?\s+)?$|\bbajo\s+(?:los\s+auspicios|el\s+patrocinio)\s+de\s+(?:la\s+|el\s+)?$",
    re.IGNORECASE,
)


# (not people.py's `_SIGNED_BY_BEFORE`, which stops at any full stop: "signed by Prof. A")
_SIGNED_BY = re.compile(r"\b(?:signed|inked|sealed|endorsed)\s+by\b", re.IGNORECASE)
_TITLE_NEXT = (
    r"(?!\s+(?:the\s+)?(?i:president|vice|rector|chancellor|dean|director|provost|principal|"
    r"chairman|chairperson|chair|ceo|head|secretary|prof|professor|dr|mr|mrs|ms)\b)"
)
_WHERE_ANOTHER = (
    r", where\s+(?=(?:Rector|President|Vice|Dean|Director|Chancellor|Provost|Prof|Dr|Mr|Mrs|Ms)\b)"
)
_REPRESENTED_AT_SIGNING = re.compile(r"\brepresented (?:at|in) the signing\b", re.IGNORECASE)
_REPRESENTED_BY = re.compile(
    r"\brepresented\b[^.;,]{0,40}?\bby\s+(?:(?:its|their|the|his|her)\s+)?$", re.IGNORECASE
)


def _signed(sentence: Sentence, person: Person, text: str) -> bool:
    """Whether the sentence says this person signed: a signing word in the clause that names
    them, and no "present", "attended", "witness", "led by"… in the part of it around them
    (between the commas); not one they were signed for ("on behalf of President WADA
    Takashi")."""
    if _ON_BEHALF.search(text, max(0, person.start - 40), person.start):
        return False
    # "The agreement was signed …, with Sheikh A, Chairman of B, in attendance": who was there
    if _WITH_BEFORE.search(text, max(0, person.start - 40), person.start) and (
        _IN_ATTENDANCE.match(text, person.end, sentence.end)
    ):
        return False
    if _SAID_SIGNED.match(text, person.end, sentence.end):
        return False  # "…, A, Director General of BITAC, said the MoU had been signed to …"
    if _WITNESSES.search(sentence.text):
        return False  # "Present were A, …, and B, who co-signed as witnesses"
    # "… where he witnessed A, Vice President of X, and B, …, jointly sign a cooperation
    # agreement": whom one watched sign signed
    watched = _WATCHED_SIGN.search(sentence.text)
    if watched is not None and (
        sentence.start + watched.start("who") <= person.start < sentence.start + watched.end("who")
    ):
        return True
    # "Chief A was joined by B, president of Y, in Corner Brook to sign the agreement": the
    # one joined and the one who joined them signed
    joined = _JOINED_TO_SIGN.search(sentence.text)
    if joined is not None and (
        person.end <= sentence.start + joined.start()
        or 0 <= person.start - (sentence.start + joined.end("by")) <= 12
    ):
        return True
    # "UTAR was represented in the signing of the MoU by its President A, while UMT was
    # represented by its Vice Chancellor B": both sides' representatives at the signing
    if _REPRESENTED_AT_SIGNING.search(sentence.text) and _REPRESENTED_BY.search(
        text, max(sentence.start, person.start - 60), person.start
    ):
        return True
    # "While Prime Minister A and President B were meeting in Ottawa, C and D signed …":
    # who is named in a clause before the signing, which signs nothing, did not sign
    before = _WHILE_FIRST.match(sentence.text)
    if (
        before is not None
        and person.start < sentence.start + before.end()
        and not _SIGNER.search(before.group())
    ):
        return False
    # "…, in the presence of Prof. A, Vice President …, Prof. B, Dean …": all witnesses
    # (not "In the presence of the minister, A and B signed …")
    presence = _PRESENCE.search(text, sentence.start, person.start)
    if (
        presence is not None
        and not _SIGNER.search(text, presence.end(), person.start)
        and not _SIGNER.search(text, person.end, sentence.end)
    ):
        return False
    # "A signed the MOUs together with representatives of the universities: Dr. B, Vice
    # President of X; Dr. C, …": those listed after the colon signed
    # (the list ends where who watched begins: "…, and attended by Dr. C", "…, while Dr. C
    # looked on", "con la presencia de C")
    # ("Representatives of the respective universities signed on, namely the Consul
    # General …, A, and the KU Vice-Chancellor, B": the list after "namely", the same)
    namely = _NAMELY.search(sentence.text, 0, max(0, person.start - sentence.start))
    if namely is not None and not _LIST_OF_SIGNERS_ENDS.search(
        sentence.text, namely.end(), person.start - sentence.start
    ):
        return True
    colon = sentence.text.rfind(":", 0, max(0, person.start - sentence.start))
    if (
        colon >= 0
        and _SIGNERS_LISTED.search(sentence.text, 0, colon)
        and not _LIST_OF_SIGNERS_ENDS.search(
            sentence.text,
            max(colon, sentence.text.rfind(";", 0, person.start - sentence.start)),
            person.start - sentence.start,
        )
    ):
        return True
    # "signed by the Rector of UGM, …, and respectively by the Vice-Chancellor of UPM, …, the
    # President of PSU, …": one list of signers however long
    # (", where B signed the MOU": a clause of its own, whoever the sentence began with; not
    # ", where he signed …": its subject's)
    ends = (
        rf";|:(?!\s*\n)|, while|{_WHERE_ANOTHER}"
        if _RESPECTIVELY.search(sentence.text)
        # (", and by B": the list of whom it was signed by goes on; so does ", and the
        # president of UCIMU, B" after "signed by")
        else (
            rf";|:(?!\s*\n)|, while|{_WHERE_ANOTHER}|, and\b(?!\s+by\b)"
            + (_TITLE_NEXT if _SIGNED_BY.search(text, sentence.start, person.start) else "")
        )
    )
    clause_start = max(
        [sentence.start]
        + [
            m.end() + sentence.start
            # not a colon before a list ("signed by:\n- …")
            for m in re.finditer(ends, sentence.text)
            if m.end() + sentence.start <= person.start
        ]
    )
    clause_end = min(
        [sentence.end]
        + [
            m.start() + sentence.start
            for m in re.finditer(rf";|:(?!\s*\n)|, while|{_WHERE_ANOTHER}", sentence.text)
            if m.start() + sentence.start >= person.end
        ]
    )
    clause = text[clause_start:clause_end]
    around_start = max(
        [clause_start]
        + [
            m.end() + clause_start
            for m in re.finditer(r",", clause)
            if m.end() + clause_start <= person.start
        ]
    )
    around_end = min(
        [clause_end]
        + [
            m.start() + clause_start
            for m in re.finditer(r",", clause)
            if m.start() + clause_start >= person.end
        ]
    )
    around = text[around_start:around_end]
    if _ACCORDING_TO.search(text, around_start, person.start):
        return False  # "According to A, Head of …, the chancellors … have signed": who told it
    signing_for = _SIGNING_FOR.match(clause)
    if signing_for is not None and person.start - clause_start - signing_for.end() < 80:
        return True  # "Signing for JKUAT, Vice-Chancellor Prof Kamau said …"
    not_signer = _NOT_SIGNER.search(around)
    if (
        not_signer is not None
        and re.match(r"in the presence|witness", not_signer.group(), re.IGNORECASE)
        and _SIGNER.search(around, max(0, person.end - around_start), not_signer.start())
    ):
        # "A and B signed the documents in the presence of C": C witnessed, they signed
        not_signer = None
    if (
        not_signer is not None
        and re.match(r"in the presence|witness", not_signer.group(), re.IGNORECASE)
        and around_start + not_signer.start() >= person.end
        and _SIGNER.search(around, 0, max(0, person.start - around_start))
    ):
        # "the agreement was signed by A and B in the presence of C": who is named after "in
        # the presence" witnessed; A and B, named after the signing, signed
        not_signer = None
    if (
        not_signer is not None
        and _SAID.match(not_signer.group())
        and around_start + not_signer.end() < person.start
        and (
            # "… said that he signed the MoU with Agoston Szel, the President of …": the one
            # he signed with signed too
            _SAID_HE_SIGNED_WITH.match(around, not_signer.end())
            # "A press release said that Prof A, Vice Chancellor, …, and Prof B … signed the
            # MoU": who is named in what was said, not who said it (what they are said to
            # have done is the signing: not "… said that Prof A praised the signed agreement")
            or (
                re.match(r"\s+(?:that|que)\b", around[not_signer.end() :])
                and _SIGNED_AFTER.match(text, person.end, clause_end) is not None
            )
            # "A statement … said the agreement was signed by the Punjab Governor …, A": what
            # was said is whom it was signed by
            or _SAID_SIGNED_BY.match(around, not_signer.end()) is not None
        )
    ):
        not_signer = None
    # "… joined the ceremony virtually and appended her signature": took part, and signed
    signed_too = not_signer is not None and _AND_SIGNED.search(around, not_signer.end())
    # (not "… said TETFund was glad of the partnership through the recently signed MOU": what
    # a document is, not who signed it)
    # (nor "A explicó que con este acuerdo, firmado en la Torre de la Rectoría, …": what the
    # document he spoke of is, told after him)
    signer = next(
        (
            m
            for m in _SIGNER.finditer(clause)
            if not (m.group().lower() == "signed" and _SIGNED_AS_WORD.search(clause, 0, m.start()))
            and not (
                m.group().lower() in _PARTICIPLES
                and clause_start + m.start() > person.end
                and _DOCUMENT_BEFORE.search(clause, 0, m.start())
                and not _BY_AFTER.match(clause, m.end())
                # ("read out the agreement, signed it and …": his act, its object after)
                and not _OBJECT_AFTER.match(clause, m.end())
            )
        ),
        None,
    )
    if (
        signer is not None
        and signer.group().lower() == "signs"
        and _WHEN.search(clause, 0, signer.start())
    ):
        return False  # "… will be formalised when its President, Professor B, signs it"
    return signer is not None and (not_signer is None or bool(signed_too))


_PARTICIPLES = frozenset(
    "signed firmado firmada firmados firmadas suscrito suscrita suscritos suscritas".split()
)
_DOCUMENT_BEFORE = re.compile(
    # ("the cooperation agreement just signed will …": an adverb between)
    r"\b(?:agreements?|memorand\w*|mo[ua]s?|convenios?|acuerdos?|documentos?|memorandos?)\s*,?\s*"
    r"(?:(?:just|recently|newly|already|today|jointly)\s+)?$",
    re.IGNORECASE,
)
_BY_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:by|por)\b", re.IGNORECASE)
_OBJECT_AFTER = re.compile(r"\s+(?:it|them|lo|la|los|las|the|both)\b", re.IGNORECASE)
# "the recently signed MOU", "a newly signed agreement": "signed" saying what a document is
_SIGNED_AS_WORD = re.compile(
    r"\b(?:the|a|an|this|that|these|its|their|our)\s+(?:recently\s+|newly\s+|just\s+|"
    r"already\s+|previously\s+|jointly\s+)?$",
    re.IGNORECASE,
)


_WATCHED_SIGN = re.compile(
    r"\b(?:witness(?:ed|es|ing)?|watched|saw)\s+(?P<who>[^.;]{3,300}?)\s+(?:jointly\s+|both\s+)?"
    rf"sign(?:ing)?\s+(?:an?|the|their|this|both)\s+(?:[\w-]+\s+){{0,3}}?(?:{_SIGNED_THINGS})",
    re.IGNORECASE,
)
# A list of signers after "namely": "Representatives of the universities signed on, namely …"
_NAMELY = re.compile(r"\b(?:signed|inked|sealed)(?:\s+(?:on|by))?,?\s+namely\s", re.IGNORECASE)
# What a list of signers after a colon follows: "… signed the MOUs together with
# representatives of the respective universities:", "The agreement was signed by:"
_SIGNERS_LISTED = re.compile(
    r"\b(?:signed|inked|sealed|firmaron|firmado|suscribieron)\b[^.:;]{0,40}?"
    r"(?:\bby|\bwith\s+(?:the\s+)?representatives\s+of\b[^.:;]{0,60}|\bpor)\s*$",
    re.IGNORECASE,
)


# What introduces one who watched: "…, and attended by Dr. C", "…, while Dr. C", "con la
# presencia de C"
_WATCHER_BEFORE = re.compile(
    r"\b(?:(?:attended|accompanied|witnessed|observed)\s+by|while|whilst|presencia\s+de|"
    r"in the presence of)\s+(?:[\w.]+\s+){0,3}$",
    re.IGNORECASE,
)
_LIST_OF_SIGNERS_ENDS = re.compile(
    r"\b(?:attended|accompanied|while|whilst|witness\w*|presence|presencia|ante|looked on|"
    r"observed|present|presentes?|testigos?|asisti\w*|acompañad[oa]s?)\b",
    re.IGNORECASE,
)


# Words that report what someone said
_SAID = re.compile(r"said|told|added|noted|stressed|dijo|afirmó|señaló|explicó|indicó", re.I)
# (a clause of what is to come: not "After the talks, Professor B … signs the memorandum")
_WHEN = re.compile(r"\b(?:when|once|until)\b", re.IGNORECASE)


# After a person said to have signed, the rest of their clause: "…, Vice Chancellor, Deakin
# University, and Prof B, Director, IITGN, signed the MoU" (titles, organisations and other
# signers named, then the signing word)
_SIGNED_AFTER = re.compile(
    r"[^.;]{0,240}?(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bel )(?<!\bla )"
    r"\b(?:signed|inked|sealed|firmaron|firmó|suscribieron|suscribió)\b(?!\s+(?:agreement|"
    r"memorandum|mou|document|convenio|acuerdo))",
    re.I,
)
_SAID_SIGNED_BY = re.compile(
    r"\s+(?:that\s+)?(?:the|this|an?)\s+(?:[\w-]+\s+){0,3}?(?:agreement|mou|memorandum|"
    r"document|deal|accord|pact)\s+(?:was|had\s+been|has\s+been)\s+signed\s+by\b",
    re.IGNORECASE,
)
_SAID_HE_SIGNED_WITH = re.compile(
    r"\s+(?:that\s+)?(?:he|she|they)\s+(?:had\s+)?(?:signed|inked)\s+(?:the\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,3}?with\s+",
    re.IGNORECASE,
)
_WITNESSES = re.compile(
    r"^(?:Also\s+)?present\s+(?:were|was|at\s+the\s+\w+\s+were)\b|"
    r"\bsigned\s+as\s+(?:a\s+)?witness(?:es)?\b",
    re.IGNORECASE,
)
_WHILE_FIRST = re.compile(
    # (after a dateline: "THUNDER BAY - While …")
    r"(?:[A-Z][A-Z .'’-]*\s*[–—-]+\s*)?(?:While|Whilst|As|Mientras|Cuando|When)\b[^,;]*,"
)
_SIGNING_FOR = re.compile(
    r"\s*(?:Signing|Firmando) (?:for|on behalf of|por|en nombre de(?:l)?) |"
    # "Signing a Memorandum of Understanding (MOU) between the two institutions,
    # Vice-Chancellors A and B said …"
    rf"\s*{_SIGNING_A_DOCUMENT}\w*[^.;:,]{{0,100}},\s",
    re.IGNORECASE,
)
_RESPECTIVELY = re.compile(r"\brespectiv(?:ely|amente)\b", re.IGNORECASE)
_SIGNATURE = re.compile(
    r"\bsignatures?\b|\bfirmas?\b|\bsignator(?:y|ies)\b|\bsignatari[oa]s?\b", re.IGNORECASE
)
_AND_SIGNED = re.compile(
    r"\band\s+(?:\w+\s+){0,2}?(?:signed|inked|(?:appended|put) (?:his|her|their) signatures?)\b",
    re.IGNORECASE,
)


def areas(sentence: str) -> list[str]:
    """The cooperation areas a sentence lists after a cue, each as written: "on talent
    education, joint research as well as prevalent issues on public health, epidemic
    control …" → ["talent education", "joint research", "public health", …]."""
    found: list[str] = []
    for cue in _AREA_CUE.finditer(sentence):
        rest = sentence[cue.end() :]
        rest = re.split(r"[.;:]|\bwhich\b|\bwhile\b|\bbetween\b|\bsigned\b", rest)[0]
        rest = re.split(
            r"\s+(?:in alignment with|in line with|on the basis of|with a focus on|"
            r"so as to|in order to|for the next|for a period|drawing on)\b",
            rest,
        )[0]
        for item in re.split(r",\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+as well as\s+|"
                             r"\s+along with\s+|\s+alongside\s+", rest):  # fmt: skip
            phrase = _AREA_JOIN.sub("", item.strip())
            phrase = re.sub(r"^(?:the|a|an|its|their|both|joint work on|issues on|prevalent "
                            r"issues on|areas? (?:of|such as)|fields? of)\s+", "",
                            phrase, flags=re.I)  # fmt: skip
            phrase = _AREA_COUNT.sub("", phrase)
            phrase = _AREA_CLOSE.sub("", phrase).strip()
            words_ = phrase.split()
            if (
                1 <= len(words_) <= 6
                and phrase[:1].islower()
                and _area_like(phrase)
                and phrase not in found
            ):
                found.append(phrase)
        if found:
            break
    return found


def _area_like(phrase: str) -> bool:
    lower = phrase.lower()
    return not re.search(
        r"\b(university|universities|sides|parties|institutions|two|both|we|they|he|she|it|"
        r"signed|said|will|would|is|are|was|were|has|have|had|behalf|president|"
        r"ceremony|day|year|years|month|months|mou|memorandum|agreement)\b",
        lower,
    )


def _signer_of_all(
    sentences: list[Sentence],
    agreements: list[Agreement],
    people: list[Person],
    institutions: list[Institution],
) -> None:
    """ "KKU signed three agreements … The agreements were signed … by KKU President X. The
    first, a memorandum with B, was signed by B's president …": X signs each one told after
    for his organisation, when no one else does."""
    for n, sentence in enumerate(sentences):
        # ("In August, CMU President, Clinical Prof. X, signed two MOUs with institutions
        # from China and Japan. The first MOU, signed with …": the counted ones, told in turn
        # right after)
        if not (
            (_THESE_SIGNED.match(sentence.text) and _BY_AFTER_SIGNED.search(sentence.text))
            or (
                _SIGNED_COUNTED.search(sentence.text)
                and any(_TOLD_IN_TURN.match(x.text) for x in sentences[n + 1 : n + 3])
            )
        ):
            continue
        if any(a.start == sentence.start for a in agreements):
            continue  # the sentence is about agreements reported in it
        signers = [p for p in people if sentence.start <= p.start < sentence.end]
        for person in signers:
            employer = _employer(person, institutions)
            if employer is None:
                continue
            for agreement in agreements:
                if (
                    agreement.start > sentence.start
                    and agreement.status in ("signed", "renewed")
                    and employer in agreement.parties
                    and not any(
                        _employer(p, institutions) is employer for p in agreement.signatories
                    )
                    and all(p.name != person.name for p in agreement.signatories)
                ):
                    agreement.signatories.insert(0, person)


_SIGNED_COUNTED = re.compile(
    r"\b(?:signed|inked|concluded)\s+(?:two|three|four|five|six|[2-9])\s+(?:[\w-]+\s+)?"
    r"(?:mous|moas|agreements|memoranda|memorandums|documents)\s+with\s+"
    r"(?:institutions|universities|partners|organi[sz]ations|companies)\b",
    re.IGNORECASE,
)


def _signers_of_each(agreements: list[Agreement], text: str) -> None:
    """ "USP signed two Memoranda of Understanding with UHM … Professor A signs the MOU …
    Signing the MOU from Hawaii, Dr B …": the documents one sentence counts between the same
    parties, of which the text names the signers of one only, were signed by the same people
    (unless the text tells the documents' signings apart: "The first … was signed by …
    The second … by the deans")."""
    for agreement in agreements:
        if not agreement.counted or agreement.signatories:
            continue
        if _TOLD_APART.search(text, agreement.start):
            continue
        if agreement.status not in ("signed", "renewed"):
            continue
        parties = {id(p) for p in agreement.parties}
        signed = [
            a
            for a in agreements
            if a is not agreement
            and a.counted
            and a.start == agreement.start
            and a.status == agreement.status
            and {id(p) for p in a.parties} == parties
        ]
        if signed and all(a.signatories for a in signed):
            names = {tuple(p.name for p in a.signatories) for a in signed}
            if len(names) == 1:
                agreement.signatories = list(signed[0].signatories)


def _signers_of_the_documents(
    sentences: list[Sentence], agreements: list[Agreement], text: str
) -> None:
    """ "… signed a memorandum of understanding and a student exchange agreement … The
    cooperation agreements were signed by Song and Tran": who a sentence says signed the
    documents, in the plural, signed each one told before it between the same parties that
    has no signer of its own (unless the text tells the documents' signings apart)."""
    for sentence in sentences:
        if not _DOCUMENTS_SIGNED_BY.search(sentence.text):
            continue
        signed = [
            a
            for a in agreements
            if a.status in ("signed", "renewed")
            and a.signatories
            and all(sentence.start <= p.start < sentence.end for p in a.signatories)
        ]
        if len({tuple(p.name for p in a.signatories) for a in signed}) != 1:
            continue
        if _TOLD_APART.search(text, min(a.start for a in agreements), sentence.end):
            continue
        parties = {id(p) for p in signed[0].parties}
        for agreement in agreements:
            if (
                not agreement.signatories
                and agreement.status in ("signed", "renewed")
                and agreement.start < sentence.end
                and {id(p) for p in agreement.parties} == parties
            ):
                agreement.signatories = list(signed[0].signatories)


# "The cooperation agreements were signed by …", "Both documents were signed by the rectors",
# "The MoUs were signed by …" (not one of them: "The first agreement was signed by …")
_DOCUMENTS_SIGNED_BY = re.compile(
    r"^(?:the|both|these|all|the\s+two|the\s+three|los|ambos)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:agreements|memorand(?:a|ums)|mo[ua]s|documents|protocols|convenios|acuerdos|"
    r"documentos)\s+(?:were|have\s+been|fueron)\s+(?:\w+\s+)?(?:signed|inked|firmados|"
    r"suscritos)\s+(?:by|on\s+behalf\s+of|por)\b",
    re.IGNORECASE,
)


# "The first, a research agreement, was signed by …", "while the student exchange MoU was
# signed by the two deans", "The second MoU will be signed …"
_TOLD_APART = re.compile(
    r"(?:^|[.;]\s+)(?:the|el|la|its|su)\s+(?:first|second|third|other|former|latter|primer|"
    r"primera|segundo|segunda|otro|otra)\b[^.;]{0,60}?\b(?:was|were|will be|is|fue|será)\s+"
    r"(?:signed|firmad[oa])\b|"
    r"\bwhile\s+the\b[^.;]{0,60}?\b(?:signed|firmad[oa])\b",
    re.IGNORECASE,
)
_BY_AFTER_SIGNED = re.compile(r"\bsigned\b[^.;]*\bby\b")


def _recent_parties(
    agreements: list[Agreement], last: Agreement | None, status: str
) -> list[Institution]:
    """The parties of the agreement reported last; for one signed now or planned, of the last
    one that is not history ("… had signed a similar MoU with Huazhong in 2018. … the two
    sides would sign an agreement": the two sides of the day's memorandum)."""
    if last is None:
        return []
    if status != "historical" and last.status == "historical":
        current = [a for a in agreements if a.status != "historical"]
        if current:
            return current[-1].parties
    return last.parties


def _date_before(
    sentence: Sentence,
    sentences: list[Sentence],
    index: int,
    dates: list[DateMention],
    *,
    signing: bool = False,
) -> datetime.date | None:
    """A day the paragraph gave just before the signing ("On May 23, … At 3pm, … signed"), or
    the day of the occasion the sentence names ("During the forum, …": the day the text gave
    for the forum); for a `signing` told of the document just told, the day that was told."""
    for other in reversed(sentences[max(0, index - 2) : index]):
        if other.paragraph != sentence.paragraph:
            if (
                signing
                and other is sentences[index - 1]
                and _THE_ONE_JUST_TOLD.match(sentence.text)
                and _DOCUMENT.search(other.text)
                and _SIGNED.search(other.text)
            ):
                # "AAU on Friday signed a scholarship cooperation agreement with China.\n\n
                # Under the agreement, signed between … and the Chinese Embassy, …": the day
                # of the signing just told
                return _day_in(other, dates)
            break
        # (for a signing, not the first of a range of days: "… at the Joint Events, held from
        # May 21 to 23. The institutions that signed MOUs with it include …")
        day = _day_in(other, [d for d in dates if not (signing and d.days)])
        if day is not None:
            return day
    occasion = _DURING.search(sentence.text)
    if occasion is not None:
        noun = occasion.group(1).lower()
        for k in range(index - 1, -1, -1):
            if re.search(rf"\b{noun}\b", sentences[k].text, re.IGNORECASE):
                day = _day_in(sentences[k], dates) or _date_before(
                    sentences[k], sentences, k, [d for d in dates if d.start < sentences[k].start]
                )
                if day is not None:
                    return day
        # an occasion the text did not name before ("Following the talks," after the visit):
        # the last day it gave
        earlier = [d.value for d in dates if d.start < sentence.start and d.precision == "day"]
        return next((day for day in reversed(earlier) if day is not None), None)
    return None


# A sentence that begins with the document just told: "Under the agreement, …", "The MoU, …"
_THE_ONE_JUST_TOLD = re.compile(
    r"\s*(?:(?:Under|Through|With|By)\s+)?(?:the|this)\s+(?:new\s+)?(?:agreement|mou|memorandum|"
    r"accord|deal|convenio|acuerdo)\b",
    re.IGNORECASE,
)


def _day_in(sentence: Sentence, dates: list[DateMention]) -> datetime.date | None:
    for mention in dates:
        if (
            sentence.start <= mention.start < sentence.end
            and mention.value is not None
            and mention.precision == "day"
        ):
            return mention.value
    return None


_SAME_OCCASION = re.compile(
    r"\b(?:the same|la misma|el mismo)\s+(?:ceremony|occasion|day|event|ceremonia|acto|día|"
    r"ocasión|evento)\b",
    re.IGNORECASE,
)
# "During the forum", "at the ceremony", "durante la visita": an occasion named before
_DURING = re.compile(
    r"\b(?:during|at|after|following|on the sidelines of|in the course of|(?:with)?in the "
    r"framework of|as a result of|on|durante|en|tras|en el marco de)\s+"
    r"(?:the|this|that|el|la|esta|este|las|los)\s+(?:[\w-]+\s+){0,2}?(forum|visit|ceremony|"
    r"meeting|talks|summit|conference|occasion|"
    r"seminar|workshop|congress|fair|foro|visita|ceremonia|reunión|encuentro|congreso)\b",
    re.IGNORECASE,
)


def _place(s: str) -> str | None:
    for match in _PLACE.finditer(s):
        before = _LAST_WORD.search(s, 0, match.start())
        if before is not None and before.group(1).lower() in _WHERE_ONE_WORKS:
            continue  # "Support Assistant at X", "students studying at X": where one works
        place = re.sub(r"[’']s$", "", match.group(1).strip(" ,."))
        # ("the launch in Rome of the megaproject …": Rome, not "Rome of")
        place = re.sub(r"(?:[ ,]+(?:of|de|di))+$", "", place).strip(" ,.")
        if place.lower() not in _NOT_PLACES:
            return place
    return None


# The word before "at" or "in", and words that tell where someone works or studies
_LAST_WORD = re.compile(r"([\w-]+)\s*$")
_WHERE_ONE_WORKS = TITLE_WORDS | frozenset(
    "studying studies study works working worked teaches teaching".split()
)
# Capitalised words after "at" or "in" that name no place
_NOT_PLACES = frozenset(
    "university the this that future addition particular total order january february march"
    " april may june july august september october november december english".split()
)


def _event(
    kind: str,
    sentence: Sentence,
    named: list[Institution],
    sentences: list[Sentence],
    index: int,
    dates: list[DateMention],
) -> Event:
    inside = [d for d in _dates_in(sentence, dates) if d.value]
    # "signed on 7 April during a visit …, which ran from 5 to 8 April": a visit's days
    ranges = [d for d in inside if d.days] if kind == "visit" else []
    day = (ranges or inside)[0].value if inside else None
    place = _place(_OCCASION.sub(" ", sentence.text))
    return Event(
        kind,
        sentence.start,
        sentence.end,
        date=day or _date_before(sentence, sentences, index, dates),
        place=place,
        # the delegation "also toured the State Key Laboratory … and the HIT Museum": places
        # of the host, not organisations of the visit
        participants=[i for i in named if kind != "visit" or not facility_like(i)],
    )


def _hosts(institution: Institution, sentence: Sentence, text: str) -> bool:
    """Whether the sentence names the organisation as the host of a meeting: "hosted by X",
    "at X's … campus", "which X hosted"."""
    for mention in institution.mentions:
        if not sentence.start <= mention.start < sentence.end:
            continue
        if _HOST_BEFORE.search(text, max(0, mention.start - 24), mention.start):
            return True
        if _HOST_AFTER.match(text, mention.end):
            return True
    return False


_MEETING = re.compile(
    r"\b(?:forum|meeting|plenary|conference|summit|congress|symposium|general assembly|"
    r"foro|congreso|asamblea)\b",
    re.IGNORECASE,
)
_HELD = re.compile(
    r"\b(?:held|hosted|organi[sz]ed|took place|convened|celebrad[oa]|realizad[oa])\b", re.I
)
_HOST_BEFORE = re.compile(
    r"\b(?:hosted by|organi[sz]ed by|held at|held by|at|en)\s+(?:the\s+|la\s+|el\s+)?$", re.I
)
_HOST_AFTER = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:campus|headquarters|hall|"
    r"centre|center|building)\b|\s+(?:hosted|organi[sz]ed)\b)",
    re.IGNORECASE,
)


# A visit told as of another time than the news
_ANOTHER_TIME = re.compile(
    r"\b(?:last|earlier|previous(?:ly)?|ago|former(?:ly)?|once|in (?:19|20)\d\d|"
    r"(?:el )?(?:año|mes) pasado|anteriormente|hace)\b",
    re.IGNORECASE,
)


def _merge_events(events: list[Event], text: str) -> list[Event]:
    """One event per occasion: events of one kind on one day (or both undated) are one, and
    an undated one told right after one of its kind with the same hosts or guests is that one
    told more ("… visited NPU on Wednesday. The delegation toured NPU's laboratories …"); a
    signing ceremony told within the one visit is that visit (below)."""
    merged: list[Event] = []
    for event in events:
        same = next((e for e in merged if e.kind == event.kind and e.date == event.date), None)
        if same is None and event.date is None and merged and merged[-1].kind == event.kind:
            before = merged[-1]
            if any(p in before.participants for p in event.participants):
                same = before
        if same is None:
            merged.append(event)
            continue
        same.place = same.place or event.place
        same.participants += [p for p in event.participants if p not in same.participants]
    # an undated one told anywhere else with a dated one of its kind and its hosts or guests
    # ("During the week, the delegation toured …"): that one
    for event in list(merged):
        if event.date is not None:
            continue
        dated = [
            e
            for e in merged
            if e.kind == event.kind
            and e.date is not None
            and (not event.participants or any(p in e.participants for p in event.participants))
        ]
        # (or a title's or a caption's, "… Heads Delegation to Visit Russian Universities",
        # "The XTU delegation visits the Ulyanovsk State University", a line of its own with
        # no full stop, above stops the story dates: the first of them)
        line = text[event.start : event.end].rstrip()
        first_line = text[: max(0, text.find("\n"))].rstrip()
        titled = (
            event.start < len(first_line) <= 160
            and not first_line.rstrip("”\"'’").endswith((".", "!", "?"))
        ) or (
            text[event.start + len(line) : event.start + len(line) + 1] in ("\n", "")
            and not line.endswith((".", "!", "?", ":"))
        )
        if len(dated) == 1 or (dated and titled):
            dated[0].place = dated[0].place or event.place
            dated[0].participants += [
                p for p in event.participants if p not in dated[0].participants
            ]
            merged.remove(event)
    # "A delegation of KNU visited … Today, Monday, 15th January 2018, Makerere University
    # signed an MoU with KNU": a signing told within the one visit is no occasion of its own;
    # the visit is on its day
    visits = [e for e in merged if e.kind == "visit"]
    ceremonies = [e for e in merged if e.kind == "signing ceremony"]
    if (
        len(visits) == 1
        and len(ceremonies) == 1
        and visits[0].date is None
        and ceremonies[0].date is not None
        and (
            not visits[0].participants
            or not ceremonies[0].participants
            or any(p in visits[0].participants for p in ceremonies[0].participants)
        )
        # (not "… visited the University of Leeds last autumn": a visit of another time)
        and not _ANOTHER_TIME.search(text, visits[0].start, visits[0].end)
    ):
        visit, ceremony = visits[0], ceremonies[0]
        visit.date = ceremony.date
        visit.place = visit.place or ceremony.place
        visit.participants += [p for p in ceremony.participants if p not in visit.participants]
        merged.remove(ceremony)
    return merged
