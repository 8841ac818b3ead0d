"""Actors: the people, organisations, countries and groups of a document.

Detection (:func:`detect_specs`) turns the tagger's entities and the gazetteer
into one :class:`ActorSpec` per real actor; :func:`build_actors` then finds
every mention from the specs alone, so an analyst's edited list re-runs through
the same code path.

Rules for names of countries, organisations and groups (people's names always count):
- a demonym names its country only before a noun of state action, within two
  words ("Russian missile attacks", "Ukrainian officials"), or as a plural
  after "the" ("the Russians"); a party's adjective works the same way
  ("Republican senators"), while its plural is one of its names ("Democrats");
- a capital or seat of power names its country unless it is a place: after a
  locative word ("in Paris", "held in Washington", "at the White House",
  "visited Kyiv"; but "in Moscow's view" is Russia's) or before ", the
  capital"; "Moscow said" and "pressure from Washington" are the country acting;
- a country or body named in a person's title is part of that title, not a
  mention ("Ukrainian President Volodymyr Zelensky", "US Secretary of State
  Marco Rubio", "Ukraine's Economy Minister Yulia Svyrydenko"), and so is a
  party's adjective before a name ("Republican Roy Moore");
- a tagged name ending in a party's form is that party ("House Democrats"), and
  one ending in "Act", "Treaty" and the like is a law, no actor; nor is a name
  before a place noun ("the Rafah crossing") or a sentence's first word that
  describes the name after it ("Consumer group BEUC"), nor a name the text
  calls a product anywhere ("the Orion capsule", "its obesity drug CagriSema");
- a name read as a person's is a company's where the text gives it a company's
  officers or shares ("Lilly's chief executive"), unless a title follows it;
- a name the tagger reads as a place at least as often as an organisation is a
  place ("Gaza" of a headline's "Gaza truce falters"), a news outlet aside;
- a name directly followed by a capitalised word is part of a longer proper
  name ("committee on EU Integration"), as are the names in
  :data:`analysis.gazetteer.NOT_ACTORS` ("Latin America");
- a name the text spells out before a short form in brackets whose capitals are
  its initials is an organisation, tagged or not, when one of its words makes it
  one ("Rapid Support Forces (RSF)"; not "Consumer Price Index (CPI)");
- a name the text spells out before an organisation's short form in brackets
  ("the Social Democrats (SPD)") is one of its names, as is a short form in
  brackets after its name ("the Philippine Coast Guard (PCG)") and a person's
  nickname after "known as" ("Mohamed Hamdan Dagalo, known as Hemedti"); a lone
  name is the person whose full name holds it as surname ("Burhan" of
  "Abdel Fattah al-Burhan", the article dropped) or, for one person only, as a
  middle part ("Lula" of "Luiz Inácio Lula da Silva");
- names match case-sensitively on word boundaries, ignoring diacritics
  ("Jose Mujica" finds "José Mujica"); a document that is mostly upper case is
  matched case-insensitively ("LET US" is no country, "WHO" needs "THE"); case
  cannot vet the tagger there, so its organisations need a score of 0.9, nor
  tell a longer name ("COMMITTEE ON EU INTEGRATION" counts the EU).

Pronouns (he/him/his/she/her...) outside quotes go to the nearest person before
them in the same sentence, else to the subject (the first person not named as
a possessive, nor inside a relative clause) of the closest earlier sentence of
the paragraph that names one (nobody where it names people only inside one);
a pronoun in a paragraph's first sentence may so reach back into the previous
paragraph ("He warned: ..." after a paragraph about Rubio), never further. A
person's gender comes from a title ("Mrs", "spokeswoman") or a family noun
("his wife Rosalynn"), else a given name
that tells it ("Maria", "Mostafa"), else the first pronoun attributed to
them; "she" then skips a man and prefers a known woman to a person of unknown
gender (even one who speaks there), and "he" skips a woman and prefers a man
with a title or an earlier "he" (but not one known by his given name alone:
most people the news names are men). "They" is not resolved: it refers to things as
often as to actors. A role ("the minister") goes to the person most recently
named with that title ("Foreign Minister Andrii Sybiha", "Laura Kim was elected
mayor"), else to the nearest person before it in the paragraph (but not one of
the sentence's own when a speech verb comes before it: "Hughes said the mayor
had …"); "the 85-year-old" goes to the person named with that age ("Ms. Pelosi,
85,"). A nationality, an epithet or an age no one is given, before a speech
verb ("the Australian said", "the seven-time champion said", "the 23-year-old
said"), goes, like "he", to the subject, never to a person of another country,
sex or age ("the Italian" after "the Spaniard", "the actress"); a speaking role
that opens a paragraph with no one named before it goes to the previous
paragraph's subject ("“…,” the vice-president said"). "It" is resolved only as
the subject of a reporting verb ("“…,” it said", "it told reporters", "Google said on Monday it
had"), to the first country, organisation or group (the subject) before it in
its sentence, else in the closest earlier sentence that names one (reaching
back one paragraph from a first sentence, as for "he"); elsewhere "it" refers to
things as often as to actors. "The agency" or "the Commission" goes to the
organisation last named before it whose name ends in that noun ("International
Energy Agency") or in that noun before "of" ("the bank" of the "Bank of
England"); "the group" or "the militia" also to the armed group last named
("Hamas"), "the central bank" to the central bank last named; failing those,
"the company", "the firm" or "the group" goes to the company (an organisation
outside the gazetteer, no public body or news agency) last named in that
paragraph or the one before, one named as a subject before one named after a
preposition, and one named in an earlier sentence's relative clause last
("The lender, which took over Credit Suisse, … the bank" is the lender). Names inside quotes are never antecedents, and pronouns inside
quotes belong to the quote, not to the narration.

Quotes (“…”, "…", ‘…’, '…', «…» and „…“) are attributed, in this order, to the actor named right
after them ("“…,” Rubio said", "“…,” said Rubio", "“…,” she said", "“…,” Damian
Williams, the U.S. attorney, said"), to an "according to X" in the sentence (but
"Wang said Beijing was “…,” according to a statement from the ministry" is Wang's),
to the first person (else actor) of the
sentence when a speech verb or a colon introduces the quote ("Rubio said:
“…”"; none after "to", as the Vatican in "Russia's ambassador to the Vatican
said"; none inside a relative clause, as El Fasher in "The RSF, which took El
Fasher, said it welcomed “…”"; but an actor named right before a speech verb
comes first, the last such before the quote: in "The EU defended it after
Moscow warned that it would “…”" the quote is Russia's; not a person named as an owner past the sentence's
first words: "A federal judge … blocked Trump's order, calling it “…”"), to the one actor that the sentence
before it reports speaking where the quote opens a sentence of its own ("…, says she had warned them. “I wrote
memos.”"), to its sentence's subject where the quote runs to four words or more ("Machado later dedicated the award
to “the suffering people of Venezuela”"), or to the speaker of the previous quote in the same paragraph; a quote
that opens a paragraph after one the previous paragraph left open (a quote
running over several paragraphs) goes on in the same voice, and one that fills its paragraph and is left open
is the voice of the actor the paragraph before says speaks ("Volker … said on Sunday that …"). An actor's
ministry, office or spokesman speaks for it ("“…,” India's defence ministry said", "“…,” the Israeli military
said"). A headline's quote right after a name is that actor's ("Starmer ‘will not back down’ on fuel cut").
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, NamedTuple

from analysis.errors import AnalysisError
from analysis.gazetteer import (
    BODY_NAME_WORDS,
    CENTRAL_BANK_NOUNS,
    CENTRAL_BANKS,
    COMPANY_NOUNS,
    COUNTRIES,
    DESCRIBING_NOUNS,
    DETERMINERS,
    DOCUMENT_WORDS,
    ENTRIES,
    EPITHET_NOUNS,
    EVENT_NAME_ENDINGS,
    FAMILY_FIRST_SURNAMES,
    FIRMS_NAMED_FOR_PEOPLE,
    GENDERED_TITLES,
    GEOGRAPHY_NAME_ENDINGS,
    GIVEN_NAME_GENDERS,
    GROUP_ADJECTIVES,
    GROUP_NOUNS,
    JOB_NOUNS,
    NATIONALITY_NOUNS,
    NEWS_OUTLETS,
    NOT_ACTOR_WORDS,
    NOT_ACTORS,
    NOT_NAME_WORDS,
    ORGANISATION_NOUNS,
    OWNED_PRODUCT_NOUNS,
    PARTIES,
    PERSON_NOUNS,
    PLACE_NAME_ENDINGS,
    PLACE_NOUNS,
    POSSESSIVE_NAMES,
    POST_NOMINALS,
    PRODUCT_KINDS,
    PRODUCT_NOUNS,
    PUBLIC_BODY_WORDS,
    ROLE_TITLES,
    ROLES,
    SHORT_GIVEN_NAMES,
    STATE_NAMESAKES,
    STATE_NOUNS,
    TITLED_ROLES,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    TITLES,
    US_STATES,
    Entry,
)
from analysis.models import EntitySpan, load_models
from analysis.segment import Paragraph, dateline_end, headline_of, quote_spans, split_paragraphs, split_sentences

ACTOR_TYPES = ("person", "organisation", "country", "group")
Tagger = Callable[[list[str]], list[list[EntitySpan]]]


@dataclass
class ActorSpec:
    """What the analyst can edit: a canonical name, a type and the aliases that name the actor."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Mention:
    """One mention; ``start``/``end`` are offsets into the document text.

    ``kind`` is "name" (the canonical name or an alias), "pronoun" or "role";
    ``resolved`` is True for pronoun and role mentions attributed by resolution.
    """

    paragraph: int
    start: int
    end: int
    text: str
    kind: str = "name"
    resolved: bool = False


@dataclass
class Actor:
    """An actor with a stable id, its spec and every mention in the document."""

    id: str
    name: str
    type: str
    aliases: list[str]
    mentions: list[Mention]


@dataclass(frozen=True)
class Quote:
    """A quotation (offsets into the document, quote marks included; a transcript's turn after its speaker label
    has none) and its speaker's actor id."""

    paragraph: int
    start: int
    end: int
    text: str
    speaker: str | None


# ---------------------------------------------------------------- text helpers


# letters that Unicode does not decompose into a base letter and a mark ("Yılmaz", "Wałęsa", "Støre")
_BASE_LETTERS = {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"}


class _FoldTable(dict):
    """``str.translate`` table: each character to its base letter (same length), curly apostrophes to '."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in "’‘`´":
            folded = "'"
        elif char in _BASE_LETTERS:
            folded = _BASE_LETTERS[char]
        else:
            parts = unicodedata.normalize("NFKD", char)
            base_only = len(parts) > 1 and parts[0].isascii() and all(unicodedata.combining(c) for c in parts[1:])
            folded = parts[0] if base_only else char
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def _fold(text: str) -> str:
    return text.translate(_FOLD)


def _mostly_upper(text: str) -> bool:
    upper = sum(c.isupper() for c in text)
    return upper > 0 and upper >= 4 * sum(c.islower() for c in text)


def _alternation(forms: Iterable[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))


def _plurals(entry: Entry) -> list[str]:
    """A country's demonyms in the plural ("Ukrainians"; none for "Chinese"); a party lists its plural among its
    names ("Democrats"), as no rule spells "Tories"."""
    if entry.type != "country":
        return []
    return [d + "s" for d in entry.demonyms if not d.endswith(("ese", "sh", "ch", "ss", "s"))]


def _entry_forms(entry: Entry) -> list[str]:
    """An entry's name, aliases (with the British spelling of "Organization"), demonyms and their plurals, seats."""
    names = [entry.name, *entry.aliases]
    british = [n.replace("Organization", "Organisation") for n in names if "Organization" in n]
    return [*names, *british, *entry.demonyms, *_plurals(entry), *entry.seats]


_KIND_OF_FORM: dict[str, str] = {}
for _entry in ENTRIES:
    _KIND_OF_FORM.update({_fold(d): "demonym" for d in _entry.demonyms})
    _KIND_OF_FORM.update({_fold(p): "plural" for p in _plurals(_entry)})
    _KIND_OF_FORM.update({_fold(s): "seat" for s in _entry.seats})
_GAZETTEER_KEYS = {_fold(f).replace(".", "").casefold() for e in ENTRIES for f in _entry_forms(e)}
_PARTY_KEYS = {_fold(f).replace(".", "").casefold() for e in PARTIES for f in _entry_forms(e)}
# other parties' names that hold a US or UK party's word ("Social Democrats"): parties of their own
_OTHER_NAMES = {_fold(n).replace(".", "").casefold() for n in NOT_ACTORS}

_TITLE_ALT = _alternation(TITLES)
_MOD_ALT = _alternation(TITLE_MODIFIERS)
# a title before a name ("Ukraine's President Zelensky"); not a body named with a title's word ("General Staff")
_TITLED_BODIES = ("staff", "assembly", "secretariat", "command", "directorate", "office")
_BODY_AFTER_TITLE = rf"(?!(?:{'|'.join(_TITLED_BODIES)})\b)"
_TITLE_AFTER = re.compile(
    rf"['’]?s?\s+(?:(?:(?i:{_MOD_ALT})|[A-Z][\w'’-]*)\s+){{0,3}}?(?i:{_TITLE_ALT})\s+(?i:{_BODY_AFTER_TITLE})[A-Z]"
)
_TITLE_AFTER_CAPS = re.compile(
    rf"['’]?s?\s+(?:(?:{_MOD_ALT})\s+){{0,3}}?(?:{_TITLE_ALT})\s+{_BODY_AFTER_TITLE}\w", re.IGNORECASE
)
# a portfolio before a title or a role ("Agriculture Minister Norikazu Suzuki", "the home secretary")
_PORTFOLIO_ALT = _alternation("""
    finance defence defense interior economy health education energy justice labour labor trade transport environment
    agriculture culture home treasury industry housing climate digital science tourism sports security development
    migration immigration commerce press
""".split())
_TITLE_BEFORE = re.compile(rf"(?i:(?:{_PORTFOLIO_ALT})\s+)?(?i:{_TITLE_ALT})\s+$")
_TITLE_JUST_BEFORE = re.compile(rf"(?<!\w)(?i:{_TITLE_ALT}),?\s+$")
# a title the sentence gives a person ("Laura Kim was elected mayor", "became prime minister"; not "was the
# president's adviser")
_PREDICATE_TITLE = re.compile(
    rf"\s+(?:was|is|has been|had been|became|becomes)\s+(?:(?:re-?elected|elected|named|appointed|sworn in|chosen)\s+)?"
    rf"(?:as\s+)?(?:the\s+)?(?:new\s+)?((?i:{_TITLE_ALT}))(?![\w'’])"
)
# the last word of a title ("minister"), which ends a tagged name that is only a title; not "justice", which ends
# bodies ("Department of Justice")
_TITLE_HEADS = {t.casefold().split(" of ")[0].split()[-1] for t in TITLES if not t.endswith(".")} - {"justice"}
_TITLE_SUFFIX = re.compile(r"-(?:elect|designate)$")  # "President-elect", "Prime Minister-designate"
_ABBREVIATED_HEADS = {t.casefold().strip(".") for t in TITLES if t.endswith(".")}  # "sen": a title, or "Hun Sen"
_COMPOUND_AFTER = re.compile(r" [A-Z][a-z]")
_LOWER_PREFIX = re.compile(r"(?<![\w-])[a-z]+-$")
# a job before a name, which a country's name before it describes ("Spain coach Luis de la Fuente")
_JOB_FOLLOWS = re.compile(rf"\s+(?:{_alternation(JOB_NOUNS + EPITHET_NOUNS)})\s+[A-Z]")
_GEOGRAPHY_BEFORE = re.compile(r"\b(?:Mount|Mt\.?|Lake|Cape|(?:Gulf|Sea|Bay|Strait) of)\s+$")  # "Mount Kenya"
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
_LOCATIVE_BEFORE = re.compile(
    r"(?i)\b(?:in|at|to|into|near|outside|inside|around|across|toward|towards|via|through|throughout|within"
    r"|visit|visits|visited|visiting|leave|left|leaving|fled|bound\s+for"
    r"|(?:streets|city|centre|center|outskirts|suburbs)\s+of)\s+(?:the\s+)?$"
)
# ... but "to" after these addresses the government: "a message to the Kremlin", "ties to Beijing"
_ADDRESSED_BEFORE = re.compile(
    r"(?i)\b(?:message|messages|letter|appeal|offer|proposal|ties|links|loyal|reply|response|warning|signal|threat"
    r"|blow|answer|accountable|allied|opposed)\s+to\s+(?:the\s+)?$"
)
# Words before a place that come before no person: narrower than _LOCATIVE_BEFORE ("spoke to Trump", "visited
# Putin") and without "fall of" or "capture of" ("the fall of Assad")
_PLACE_BEFORE = re.compile(
    r"(?i)\b(?:in|near|outside|inside|around|across|throughout|within"
    r"|(?:city|town|village|outskirts|siege|control|streets|suburbs|centre|center) of)\s+$"
)
# a town before a state's name that is also a capital's ("in Renton, Washington"; not "in Beijing, Moscow and Kyiv")
_TOWN_BEFORE = re.compile(r"\b(?:in|at|from|near|outside)\s+([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?),\s+$")
# a place's office after its name: "Vancouver's mayor" (a person has no mayor or governor)
_PLACE_TITLE_AFTER = re.compile(r"(?i)['’]s?\s+(?:mayor|governor|premier|city council|police chief)\b")
_CAPITAL_AFTER = re.compile(r",\s+(?:the\s+)?(?:\w+\s+){0,2}capital\b|-based\b")
_NEXT_WORDS = re.compile(r"\s+([^\W\d_][\w-]*)(?:\s+([^\W\d_][\w-]*))?")
# In an all-caps text "US" is "us" after these words ("LET US", "FOR US"), and "WHO" is "who" unless after "THE".
_BEFORE_OBJECT_PRONOUN = set("""
    let to for with of about tell told give gave help helped join joined ask asked against like among from by at on
    behind around show showed warn warned urge urged before after between without toward towards into upon near all
    both many some none each most few
""".split())
_CAPS_ORG_SCORE = 0.9  # the least tagger score of an organisation in an all-caps text, where case cannot vet it

_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_PRONOUN_RE = re.compile(rf"(?i)\b(?:{'|'.join(_PRONOUNS)})\b")
# "the minister", "the outgoing president", and with a portfolio ("the agriculture minister", "the home secretary")
_ROLE_RE = re.compile(
    rf"(?i)\bthe\s+(?:(?:former|outgoing)\s+)?((?:(?:{_PORTFOLIO_ALT})\s+)?(?:{_alternation(ROLES)}))(?!\w)"
)
_COUNTRY_OF_FORM = {_fold(f): e.name for e in COUNTRIES for f in (e.name, *e.aliases, *e.demonyms)}
# the country a person's title names, before the name ("Belgian Prime Minister Bart De Wever", "Hungary's Viktor
# Orbán") or after it (", Belgium's prime minister"), in folded text
_COUNTRY_TITLE_BEFORE = re.compile(
    rf"(?<![\w-])({_alternation(_COUNTRY_OF_FORM)})(?:['’]s)?\s+(?:(?:[\w-]+\s+){{0,3}}?(?i:{_TITLE_ALT})\s+)?$"
)
_COUNTRY_TITLE_AFTER = re.compile(
    rf",\s+(?:the\s+)?({_alternation(_COUNTRY_OF_FORM)})(?:['’]s)?\s+(?:[\w-]+\s+){{0,3}}?(?i:{_TITLE_ALT})(?!\w)"
)
_OWN_STATE = re.compile(r"\s+(country|government|nation)(?![\w-])")  # "his country", "her government"
_PERSON_NOUN_ALT = _alternation(PERSON_NOUNS)
# a person noun tied to the name after it ("her daughter, ", "the company's founder ") or before it (", his lawyer")
_DESCRIBED_BEFORE = re.compile(rf"(?i)\b(?:his|her|their|its|the|[\w-]+['’]s?)\s+({_PERSON_NOUN_ALT}),?\s+$")
# a plural family noun before a list of names ("his sons, Mukesh and Anil,"), which tells each one's sex
_KIN_LIST_BEFORE = re.compile(
    r"(?i)\b(?:his|her|their)\s+(son|daughter|brother|sister)s,?\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,?\s+"
    r"(?:and\s+)?)*$"
)
# not "Marcos, his wife Liza Araneta-Marcos", who is the wife
_DESCRIBED_APPOSITIVE = re.compile(rf"(?i),\s+(?:his|her|their|its|the)\s+({_PERSON_NOUN_ALT})\b(?!\s+(?-i:[A-Z]))")
# "her daughter", "the lawyer": a person noun as a mention (group 1)
_DESCRIBED_RE = re.compile(rf"(?i)\b(?:his|her|their|its|the)\s+({_PERSON_NOUN_ALT}|\d{{1,3}}-year-old)(?!\w)")
_AGE_AFTER = re.compile(r",\s+(\d{1,3}),")  # "Ms. Pelosi, 85," of whom "the 85-year-old" is said
_REFERENCE_NOUNS = ORGANISATION_NOUNS | GROUP_NOUNS | CENTRAL_BANK_NOUNS | COMPANY_NOUNS
_NEWS_OUTLETS = {_fold(n) for n in NEWS_OUTLETS}
_FIRMS = {_fold(n) for n in FIRMS_NAMED_FOR_PEOPLE}
_ORGANISATION_TYPES = {"organisation", "group"}
_ORGANISATION_NOUN_ALT = _alternation({form for n in _REFERENCE_NOUNS for form in (n, n.capitalize())})
_CENTRAL_BANK_NAMES = {e.name for e in CENTRAL_BANKS}
# "the agency", "The Commission", "the Italian bank"; not "the Commission President" or "the party-line"
_ORGANISATION_REFERENCE_RE = re.compile(
    rf"\b[Tt]he\s+(?:(?:{_alternation([*GROUP_ADJECTIVES, *(d for e in COUNTRIES for d in e.demonyms)])})\s+)?"
    rf"({_ORGANISATION_NOUN_ALT})(?![\w-]|\s+[A-Z])"
)
_CLOSING_MARKS = "”\"’'»“«"  # “…”, "…", ‘…’, '…', «…», German „…“ and »…«
_SPEECH = (
    r"(?:said|says|say|saying|told|tells|telling|added|adds|adding|warned|warns|warning|stated|states|stating"
    r"|emphasi[sz]ed|emphasi[sz]es|emphasi[sz]ing|stressed|stresses|stressing|noted|notes|noting|argued|argues"
    r"|arguing|insisted|insists|insisting|claimed|claims|announced|announces|wrote|writes|writing|asked|asks"
    r"|replied|replies|explained|explains|suggested|suggests|suggesting|declared|declares|urged|urges|called|confirmed"
    r"|calls|described|describes|acknowledged|admitted|conceded|concedes|pledged|promised|vowed|posted|tweeted|commented"
    r"|responded|discussed|discusses|accused|accuses|accusing|critici[sz]ed|critici[sz]es|denounced|denounces"
    r"|dismissed|dismisses|condemned|condemns|praised|praises|branded|brands|labell?ed|calling|describing"
    r"|welcomed|welcomes|welcoming|hailed|hails|hailing|urging|thanked|thanking|citing|cited|spoke|joked|jokes|quipped"
    r"|recalled|recalls|remarked|complained|complains|lamented|cautioned|cautions|countered|retorted|boasted"
    r"|radioed|cried|shouted|yelled|whispered|observed|reflected|mused|predicted|recounted|texted|emailed)"
)
_SPEECH_RE = re.compile(rf"(?i)\b{_SPEECH}\b")
# ", the country's foreign minister"; not ", said the former president", ", the daughter of former President …",
# ", met President Marcos" or ", who succeeded Ms. Pelosi", which name another
_APPOSITIVE_TITLE = re.compile(
    rf",\s+(?:(?:the|a|an)\s+)?(?:(?!(?:said|says|told|added|urged|warned|asked|of|who|whom|whose|which)\b)[\w'’-]+\s+)"
    rf"{{0,3}}?((?i:{_TITLE_ALT}))(?![\w'’]|\.?\s+[A-Z][a-z])"  # not "the pope's envoy": his title is "envoy"
    # nor the subject of the verb after it: "Speaking to the BBC's Laura Kuenssberg, the chancellor said"
    rf"(?!\s+(?:{_SPEECH}|has|had|was|is|will|would|\w+ed)\b)"
)
# one person of a country ("“We were brave,” the Australian said"): a demonym that is no collective noun (not "the
# French") or a nationality noun, as a noun
_NATIONAL_COUNTRY = {d: e.name for e in COUNTRIES for d in e.demonyms if not d.endswith(("ese", "sh", "ch", "ss"))} | \
    NATIONALITY_NOUNS
_NATIONAL_RE = re.compile(  # also after an age or a record: "the 25-year-old Briton said"
    rf"\b(?i:the)\s+(?:(?:\d{{1,3}}-year-old|\w+-time|former|reigning|defending)\s+)?"
    rf"({_alternation(_NATIONAL_COUNTRY)})"
    rf"(?=\s*[,.;:!?]|\s+(?:{_SPEECH}|was|is|had|has|who|won|lost|beat|added)\b)"
)
# what the person named last is called before a speech verb ("the seven-time champion said", "the striker told",
# "the German chancellor said"); a club's or a country's name before it is a mention of its own ("the Leinster player
# said"), and a country's (_OWNER_COUNTRY) rules out a person of another
_EPITHET = (
    rf"(?:former\s+(?=(?-i:[A-Z])))?(?:(?-i:[A-Z][\w'’-]+)\s+)?"  # "the former Dutch prime minister"
    rf"((?:(?:\w+-time|former|reigning|defending|veteran|\d{{1,3}}-year-old|(?:left|right)-arm)\s+)?"
    rf"(?:{_alternation(EPITHET_NOUNS + ROLES)}|\d{{1,3}}-year-old|world No\. \d{{1,3}}))"
)
_EPITHET_RE = re.compile(rf"\b(?i:the)\s+{_EPITHET}(?=,?\s+(?:{_SPEECH})\b)")
# and after a quote and its speech verb: "“…,” said the 27-year-old."
_EPITHET_AFTER_RE = re.compile(rf"[”\"’']\s*,?\s+(?:{_SPEECH})\s+(?i:the)\s+{_EPITHET}(?=\s*[,.;:!?])")
_OWNER_COUNTRY = re.compile(r"([A-Z][\w'’-]+?)(?:['’]s)?\s+$")
# before a role, also after one joined to what is said ("Comer said the former president would … and the former
# secretary of state")
_SPOKEN_OF = re.compile(
    rf"\s+(?:ha[sd]\s+)?{_SPEECH}\s+(?:that\s+)?(?:[^.;:!?“”\"]*\s(?:and|or|while|but)\s+)?the\s+(?:former\s+)?$"
)
_ATTRIBUTION_AFTER = re.compile(rf"\s*,?\s*(?:(?i:{_SPEECH}|according to)\s+)?")
# the speech verb after a speaker (and an appositive: ", the U.S. attorney for Manhattan, told"; or a relative clause:
# ", who oversaw the case, said"), or a finite one after
# the speaker's ministry, office, army or spokesman ("India's defence ministry said", "the Israeli military said"; not
# "vouched for Erdoğan's government writing")
_ADVERB = r"(?:\s+(?:\w+ly|also|once|later|then|again|often|still|never|always))?"  # "Bashir once said"
_VERB_AFTER_SPEAKER = re.compile(
    # an age, a relative clause or an appositive between (one with no article where it opens with a title or a job:
    # ", chair of the Lionsgate Motion Picture Group, told"), or an age and then one: ", 56, who had sat …, said"
    rf"(?:,\s+\d{{1,3}}(?=,))?"
    rf"(?:,\s+(?:the|an?|his|her|its|their|who|whom|whose|which)\s+[^,;:“”‘’\"()]{{1,100}}?,|(?<=\d),"
    rf"|,\s+(?i:{_TITLE_ALT}|{_alternation(JOB_NOUNS)})\b[^,;:“”‘’\"()]{{0,100}}?,)?"
    rf"(?:\s+ha[sd])?{_ADVERB}\s+(?i:{_SPEECH})\b"
    rf"|(?:['’]s)?(?:\s+[a-z][\w-]*){{0,2}}?\s+(?:{_alternation(STATE_NOUNS | ORGANISATION_NOUNS)})"
    rf"(?:\s+ha[sd])?{_ADVERB}\s+(?!\w+ing\b)(?i:{_SPEECH})\b"
)
_UNTAGGED_GIVEN = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) $")  # a given name the tagger left out of a person's name
_PAST_VERB_AFTER = re.compile(r"\s+(?:\w+ly\s+)?[a-z]{3,}ed\b")  # "the chancellor blamed"
_IT_RE = re.compile(r"(?<![\w'’])[Ii]t(?![\w'’])")
# verbs whose subject "it" names a body ("it said", "it told reporters"); after a body's speech verb ("The RSF said on
# Monday it had", "Qatar's foreign ministry said in a statement that it was"), "it" needs a verb after it too (not
# "denied it on Monday", "urged it to")
_IT_SPEAKS = re.compile(
    r"\s+(?:\w+ly\s+)?(?:said|says|added|adds|warned|warns|stated|announced|announces|insisted|insists|claimed|claims"
    r"|noted|notes|argued|argues|stressed|stresses|pledged|vowed|confirmed|confirms|acknowledged|acknowledges"
    r"|admitted|admits|denied|denies|told|tells|urged|urges)\b"
)
# between that speech verb and "it": "on Monday", "in a statement", "last week", ", adding", "that"
_REPORTED_IT = re.compile(
    r"(?:\s+(?:on\s+[A-Z]\w+|in\s+an?\s+\w+|last\s+\w+))?(?:,\s+(?:adding|saying|noting|warning|stressing))?(?:\s+that)?\s+"
)
_VERB_AFTER_IT = re.compile(  # a finite verb after "it": "said it now sees", not "denied it on Monday"
    r"\s+[“\"]?(?:(?:now|also|still|already|never|not|\w+ly)\s+)?(?:\w+ed|had|has|have|was|is|were|would|will"
    r"|could|can|did|does|should|may|might|must|took|made|saw|sent|knew|found|gave|began|kept|won|lost|paid|sold"
    r"|bought|held|left|met|got|came|went|spent|built|brought|sought|struck|fought|wants|plans|expects|hopes|sees"
    r"|remains|needs|intends|believes|supports|opposes|rejects|welcomes|continues|seeks|considers)\b"
)
# what may stand between a closing quote and its speaker: articles and possessives, a title or job and the names in
# it ("Kremlin spokesman", "a spokesperson for the", "Arsenal manager", "her"), and lowercase words right before a
# title word ("EU antitrust chief")
_TITLE_RUN = re.compile(
    rf"(?:(?:the|an?|for|of|his|her|their|its|\d{{1,3}}-year-old"
    rf"|(?i:{_MOD_ALT}|{_TITLE_ALT}|{_alternation(JOB_NOUNS)}|{_PERSON_NOUN_ALT})"
    rf"|[A-Z][\w'’.-]*|and(?=\s+(?i:{_MOD_ALT}|{_TITLE_ALT}|{_alternation(JOB_NOUNS)})\s)"
    rf"|(?!(?:after|before|when|while|as|since|until|because|but|and|or|that)\s)"
    rf"[a-z][\w-]*(?:['’]s)?(?=\s+(?:[a-z][\w-]*\s+)?(?i:{_TITLE_ALT}|{_alternation(JOB_NOUNS)})\s))\s+)*+"
)
# a clause ends at punctuation (group 1), but not at the dot of an abbreviated title ("said Rep. Jim Jordan"), an
# initial or a dotted abbreviation ("Assistant U.S. Attorney Danielle Sassoon told", "said John F. Kennedy")
_CLAUSE_END = re.compile(
    rf"(?<![\w.])(?:{_alternation(t for t in TITLES if t.endswith('.'))}|(?:[A-Z]\.)+)|([.,;:!?“‘\"«„]|$)"
)
# the noun after "his" or "her" and what ends it before a name (group 1: a comma): "His rival, RSF commander Mohamed
# Hamdan Dagalo", "her teammate McKayla Maroney"
_RENAMING = re.compile(r"(?:\s+[a-z][\w-]*){1,2}(,)\s+|\s+[a-z][\w-]*\s+")
# a possessive's noun and the comma of an appositive that names who is meant ("His son, Senator Flávio Bolsonaro")
_POSSESSIVE_APPOSITIVE = re.compile(r"(['’]s?)?(?:\s+[a-z][\w-]*){1,3},\s+")  # "Putin's foreign policy adviser, "
# a relative clause between commas, whose actors are not the sentence's subject ("The RSF, which took El Fasher, said";
# "The RSF, led by Gen Mohamed Hamdan Dagalo, said")
_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:which|who|whose|whom|where|(?:led|backed|headed|run|founded|owned|chaired)\s+by)\b[^,;:“”‘\"]*,"
)
# an appositive that names another person by a relation (", the son of former prime minister Junichiro Koizumi,")
_RELATION_APPOSITIVE = re.compile(r",\s+(?:the|a|an|his|her|their)\s+(?:[a-z-]+\s+){1,2}of\s+[^,;:“”‘\"]{1,80},")
_ACCORDING_TO = re.compile(r"(?i)\baccording to\s+$")
_PARTICLES = {"von", "van", "der", "den", "de", "des", "da", "di", "del", "la", "le", "du", "do", "dos", "das", "bin", "al",
              "el", "ter", "ó", "ní", "nic", "uí"}  # and Irish ones, capitalised: "Eoin Ó Broin"
_NAME_GLUE = _PARTICLES | {"of", "and", "for", "on", "the", "&"}  # lowercase words a proper name may contain
_ARTICLE = re.compile(r"^(?:al|el)-")  # "Burhan" is "al-Burhan"
_NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii",
                  "xiv", "xv", "xvi"}  # and regnal numbers: "Leo XIV" is Leo
# A romanised Chinese or Korean given name: one or two syllables a part ("Jinping", "Ching-te", "Jong Un", "Duck-soo").
_SYLLABLE = r"(?:ch|sh|zh|hs|ts|tz|ph|th|kh|wh|[bcdfghjklmnpqrstwxyz])?[yw]?[aeiou]{1,3}(?:ng|ck|n|m|l|k|p|t|r|h)?"
_GIVEN_PART = re.compile(rf"(?i)(?:{_SYLLABLE}){{1,2}}")
_NOT_ACTOR_WORDS = {w.casefold() for w in NOT_ACTOR_WORDS}
# a model's or a visa's designation ("F-16", "B-52", "EB-5", "H-2C", "A320", "A320neo"), a US lawmaker's party and
# state ("D-N.Y.", "R-Ky."), a climate summit ("COP29"); not "G20" or "M23"
_DESIGNATION = re.compile(
    r"(?:Bill )?[A-Z]{1,3}-\d+[A-Z]?|[DRI]-(?:[A-Z][a-z]*\.?){1,3}|COP\d{1,2}|[A-Z]{1,2}\d{3,4}(?:[a-z]+|-[a-z]+)?"
)
_DOCUMENT_WORDS = {w.casefold() for w in DOCUMENT_WORDS}
# the last words of jobs written in capitals, no surnames ("Chief Financial Officer" cut to "Financial Officer")
_JOB_HEADS = {"officer", "executive", "official", "economist", "analyst", "strategist", "researcher", "correspondent"}
# a place a member of a parliament sits for ("the member for Clacton", "MP for Holborn and St Pancras", "the seat of
# Kew"; not "a member of Congress")
_CONSTITUENCY_BEFORE = re.compile(
    r"\b(?:[Mm]ember|MPs?|MSPs?|MLAs?|TD)\s+for\s+(?:[A-Z][\w'’-]*\s+(?:and\s+)?)*$"
    r"|\b(?:seat|riding|electorate|constituency|ward)\s+of\s+(?:[A-Z][\w'’-]*\s+(?:and\s+)?)*$"
)
# capitalised words (and "of", "for", "and", "the" between them) before a short form in brackets ("Social Democrats
# (SPD)"); a word may open with an article ("Hayat Tahrir al-Sham (HTS)")
_SPELLED_OUT = re.compile(
    r"\b([A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the)\s+)*(?:[a-z]{1,3}-)?[A-Z][\w'’-]*)*)\s+\(([A-Za-z]{2,8})\)"
)
# a person's nickname or other name after the name: ", known as Hemedti", " — known as Hemedti", " (nicknamed
# “Lula”)", ", whose full name is Carlos Alcaraz Garfia"
_KNOWN_AS = re.compile(  # also after a noun for the person: ", the singer known as Cassie"
    r"(?:,\s+|\s+\(|\s+[—–]\s+)(?:(?:the|a|an)\s+[\w&-]+(?:\s+[a-z]+)?\s+)?"
    r"(?:(?:(?:also|better|widely|commonly|popularly)\s+)?(?:known|nicknamed)\s+as|whose\s+(?:\w+\s+)?name\s+is)"
    r"\s+[“\"]?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
# "the Biden administration": a person's, whom a later "he" does not mean
_LED_AFTER = re.compile(r"['’]?s?\s+(?:administration|presidency)\b")
_PLACE_AFTER = re.compile(rf"\s+(?:{_alternation(PLACE_NOUNS + PRODUCT_NOUNS)})\b")
# capitalised words, a dot only inside one ("U.S"), so that a run ends with its sentence ("its drug CagriSema. The")
_NAME_RUN = r"[A-Z](?:[\w'’-]|\.(?=\w))*(?:\s+[A-Z](?:[\w'’-]|\.(?=\w))*)*"
# a name before a company's officers or shares (group 1: "Lilly's chief executive", "Hugo Boss shares fell") or after
# its shares (group 2: "Shares of Cleveland-Cliffs")
_COMPANY_NAMED = re.compile(
    rf"(?<![\w-])({_NAME_RUN})(?:['’]s\s+(?:chief executive|chief financial officer|chief operating officer|CEO|CFO"
    r"|board of directors|share price|stock price|market value|subsidiary)|\s+(?:shares|stock)\s+(?:rose|fell|jumped"
    rf"|dropped|climbed|slid|slumped|surged|tumbled|gained|closed))\b|\b[Ss]hares of ({_NAME_RUN})"
)
# a name after a product's kind (group 1: "its obesity drug CagriSema") or before a product's noun (group 2: "the
# Orion capsule"; group 3: an owned product's, "its H20 chip", "Apple's Siri voice assistant")
_PRODUCT_NAMED = re.compile(
    rf"\b(?:{_alternation(PRODUCT_KINDS)})\s+({_NAME_RUN}(?:\s+and\s+{_NAME_RUN})?)"
    rf"|({_NAME_RUN})(?:\s+(?:cruise|ballistic|hypersonic))?\s+(?:{_alternation(PRODUCT_NOUNS)})\b"
    rf"|(?:\b(?:its|their)|['’]s)\s+({_NAME_RUN})\s+(?:[a-z]+\s+)?(?:{_alternation(OWNED_PRODUCT_NOUNS)})\b"
)
_PAIR = re.compile(r"([A-Z][a-z]+)-([A-Z][a-z]+)")  # two names joined by a hyphen ("Trump-Xi")
# software with a person's name ("the Claude chatbot"), no person (not "Lakers assistant coach"); other product
# nouns make no product of a person
_APP_NAMED = re.compile(rf"({_NAME_RUN})\s+(?:chatbots?|apps?|(?:AI|voice|digital)\s+assistant)\b")
# a storm's name ("Hurricane Melissa", and then "Melissa made landfall"; not "the Hurricane Center")
_STORM_NAMED = re.compile(r"\b(?:Hurricane|Typhoon|Cyclone|Storm)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?!\s+[A-Z])")
# what a maker does and its product does not: speak or employ ("Pfizer said", "the CDC director", "a NASA
# spokesperson"), so that "the Pfizer vaccine" leaves Pfizer an actor
_MAKER_AFTER = (rf"(?:['’]s)?\s+(?:(?i:{_SPEECH})|(?:{_alternation(JOB_NOUNS)}|director|spokesperson|spokesman"
                rf"|spokeswoman|employee|staff|worker|engineer|chief|boss)s?)\b")
_DESCRIBED_AFTER = re.compile(rf"\s+(?:{_alternation(DESCRIBING_NOUNS)})\s+[A-Z]")
# a describing noun (and a word before it) right before a name: "the Chicago law firm Baker McKenzie"
_DESCRIBED_NAME_AFTER = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{_alternation(DESCRIBING_NOUNS)})\s+[A-Z]")
_DESCRIBING_BEFORE = re.compile(rf"\b(?:{_alternation(DESCRIBING_NOUNS)})\s+$")
_PUNCTUATION = "()[]{}“”\"‘.,;:!?"
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lady|Baroness)\.?\s+[A-Z]")
# lowercase words that may open a tagged span and no name: "with Hamas", "from Kyiv"
_FUNCTION_WORDS = {"and", "but", "for", "from", "with", "into", "over", "near", "after", "before", "about", "against",
                   "between", "under", "within", "without", "than", "via", "the", "says", "said"}
_NOT_NAMES = {t.casefold() for t in TITLES} | set(_PRONOUNS) | {w.casefold() for w in NOT_NAME_WORDS}


def _sentence_starts(text: str) -> list[int]:
    """Offsets where the sentences of a paragraph start, the first at 0."""
    return [0] + [start for start, _ in split_sentences(text)[1:]]


def _sentence_start(starts: list[int], pos: int) -> int:
    return max(s for s in starts if s <= pos)


def _title_follows(after: str, caps: bool) -> bool:
    return bool((_TITLE_AFTER_CAPS if caps else _TITLE_AFTER).match(after))


_RUNS_BATTED_IN = re.compile(r"s\b|\s+(?:single|double|triple|groundout|grounder|sacrifice|base hit|lead)")


def _accept(text: str, start: int, end: int, kind: str, caps: bool) -> bool:
    """Whether a country/organisation/group form at ``text[start:end]`` (a paragraph) names the actor."""
    before, after = text[max(0, start - 40):start], text[end:end + 120]
    if _LOWER_PREFIX.search(before) or _title_follows(after, caps) or _GEOGRAPHY_BEFORE.search(before) \
            or not caps and _JOB_FOLLOWS.match(after) and _fold(text[start:end]) in _COUNTRY_OF_FORM:
        return False
    if kind == "demonym":
        words = _NEXT_WORDS.match(after)
        # "the former Dutch prime minister" acts for no state now
        return not after.startswith("-") and not re.search(r"\bformer\s+$", before) and bool(words) and any(
            w and w.casefold() in STATE_NOUNS for w in words.groups()
        )
    if kind == "plural":
        return bool(_THE_BEFORE.search(before))
    if text[start:end] == "RBI" and (re.search(r"\ban\s+$", before) or _RUNS_BATTED_IN.match(after)):
        return False  # baseball's runs batted in ("an RBI double"), not the Reserve Bank of India
    place = (
        _LOCATIVE_BEFORE.search(before) and not _ADDRESSED_BEFORE.search(before) and not re.match(r"['’]", after)
        or _CAPITAL_AFTER.match(after)
    )
    if kind == "seat" and (place or (town := _TOWN_BEFORE.search(before))
                           and _gazetteer_key(town.group(1)) not in _GAZETTEER_KEYS):
        return False  # "in Moscow’s view" is Russia's view; "in Renton, Washington" is a state
    if caps:
        word, previous = text[start:end].casefold(), (before.split() or [""])[-1].casefold()
        return (word != "us" or previous not in _BEFORE_OBJECT_PRONOUN) and (word != "who" or previous == "the")
    return not _COMPOUND_AFTER.match(after)


# ------------------------------------------------------------ name mentions


@dataclass(frozen=True)
class _Found:
    """A name mention of ``specs[actor]`` through ``form``."""

    actor: int
    form: str
    mention: Mention


# a job or title of two words whose first is a surname's form ("Head coach Brendon McCullum" is not Travis Head)
_COMPOUND_JOB = re.compile(rf"(?i:{_alternation(t for t in JOB_NOUNS + TITLES if ' ' in t)})\s+[A-Z]")


def _name_mentions(paragraphs: list[Paragraph], specs: list[ActorSpec], caps: bool) -> list[_Found]:
    """Every name mention of the specs, leftmost-longest, context rules applied (first spec wins a shared form)."""
    def key(form: str) -> str:
        return form.casefold() if caps else form

    table: dict[str, tuple[int | None, str, str]] = {}
    for i, spec in enumerate(specs):
        for form in (spec.name, *spec.aliases):
            folded = _fold(form)
            kind = "name" if spec.type == "person" else _KIND_OF_FORM.get(folded, "name")
            table.setdefault(key(folded), (i, form, kind))
            if folded[:1].islower():  # "Von der Leyen said", "Al-Burhan's forces" at a sentence's start
                table.setdefault(key(folded[0].upper() + folded[1:]), (i, form, kind))
    if not table:
        return []
    for form in NOT_ACTORS:
        table.setdefault(key(_fold(form)), (None, form, "blocked"))
    pattern = re.compile(rf"(?<!\w)(?:{_alternation(_fold(f) for f in table)})(?!\w)", re.IGNORECASE if caps else 0)
    found = []
    for p in paragraphs:
        for match in pattern.finditer(_fold(p.text)):
            actor, form, kind = table[key(match.group())]
            s, e = match.span()
            if actor is None or specs[actor].type != "person" and not _accept(p.text, s, e, kind, caps) \
                    or specs[actor].type == "person" and (_COMPOUND_JOB.match(p.text, s) or form.casefold()
                                                          in TITLE_WORDS and _COMPOUND_AFTER.match(p.text, e)):
                continue  # nor the surname "Judge" of Aaron Judge in "Judge Jane Li"
            found.append(_Found(actor, form, Mention(p.index, p.start + s, p.start + e, p.text[s:e])))
    return _shared_surnames(found, specs, paragraphs)


# an honorific right before a surname ("Mr Cook", "Mrs. Wood", "Cllr Wood"), which may tell the person's sex
_SURNAME_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Cllr|Councillor)\.?\s+$")


def _shared_surnames(found: list[_Found], specs: list[ActorSpec], paragraphs: list[Paragraph]) -> list[_Found]:
    """``found`` with a surname after an honorific that several people share given to the one it fits rather than to
    the first named: the one named with that honorific ("Dr. Young" of Dr. Laura Young, not Sen. Todd Young), else
    the last named of the sex it gives ("Ms Hollis" of Marcy Hollis beside Dwight Hollis), else one introduced in the
    same paragraph or the one before ("Tom Cook - no relation to the Premier - said …  ¶ “…,” Mr Cook said" of Tom
    Cook, and so on while each such surname follows the last; not "Mr Khan" of Imran Khan, named since his party's
    chairman Gohar Ali Khan). A bare surname stays the first named's ("Obama" beside Michelle Obama)."""
    sharing: dict[str, list[int]] = {}
    for i, spec in enumerate(specs):
        if spec.type == "person" and len(tokens := spec.name.split()) > 1 and tokens[0].casefold() not in TITLE_WORDS:
            sharing.setdefault(_fold(_family_name(tokens) or _surname(tokens)), []).append(i)
    sharing = {name: people for name, people in sharing.items() if len(people) > 1}
    if not sharing:
        return found
    text_of = {p.index: p for p in paragraphs}

    def honorific_before(f: _Found) -> str | None:
        p = text_of[f.mention.paragraph]
        match = _SURNAME_HONORIFIC.search(p.text, max(0, f.mention.start - p.start - 12), f.mention.start - p.start)
        return match and match.group(1).casefold()

    last: dict[int, tuple[int, int]] = {}  # each person's last name mention: (paragraph, start)
    first: dict[int, int] = {}  # the paragraph of each person's first name mention
    moved: set[int] = set()  # the starts of the surnames given to one just introduced
    styled: dict[int, set[str]] = {}  # the honorifics each person's full name was written with
    out = []
    for f in sorted(found, key=lambda f: f.mention.start):
        people = sharing.get(_fold(f.mention.text), ())
        honorific = honorific_before(f)
        if f.actor in people and honorific:
            sex = GENDERED_TITLES.get(honorific)
            sexes = {i: GIVEN_NAME_GENDERS.get(_fold(specs[i].name.split()[0]).casefold()) for i in people}
            fitting = [i for i in people if i in last and sexes[i] in (None, sex)]
            same = [i for i in fitting if honorific in styled.get(i, ())]
            # the sex decides only where it rules someone out: the first named, or one whose sex it tells
            sexed = fitting if sexes[f.actor] not in (None, sex) else [i for i in fitting if sexes[i]] \
                if sex and any(x not in (None, sex) for x in sexes.values()) else []
            latest = max(fitting, key=last.get, default=None)
            if same or sexed:
                f = _Found(max(same or sexed, key=last.get), f.form, f.mention)
            elif latest is not None and f.mention.paragraph - last[latest][0] <= 1 and (
                    f.mention.paragraph - first[latest] <= 1 or last[latest][1] in moved):
                f = _Found(latest, f.form, f.mention)  # one just introduced, or the last such surname's
                moved.add(f.mention.start)
        elif f.actor in sharing.get(_fold(_surname(f.mention.text.split())), ()) and honorific:
            styled.setdefault(f.actor, set()).add(honorific)
        last[f.actor] = (f.mention.paragraph, f.mention.start)
        first.setdefault(f.actor, f.mention.paragraph)
        out.append(f)
    return out


# ------------------------------------------------------------------ detection


_POSSESSIVE_NAMES = {_fold(n) for n in POSSESSIVE_NAMES}
# a participle joined to a name by a hyphen ("PTI-backed", "Houthi-controlled"); not "-based", "-born" after places
_JOINED_PARTICIPLE = re.compile(
    r"-(?:backed|led|controlled|run|owned|aligned|linked|allied|affiliated|dominated|funded|sponsored|supported"
    r"|brokered|imposed|appointed|inspired|style)$"
)


_NAME_AFTER = re.compile(rf"\s+{_NAME_RUN}")
# a product's or a mission's model, or an index's count: "Max 10", "Apollo 11", "S&P 500"
_NUMBERED_AFTER = re.compile(r" (?:\d{1,2}|100|225|500|600)(?![\w%]|[.,:–-]\d)")


# capitalised words, and "of", "and", "for" or "on" between them, as a law's name runs ("Health Insurance Portability
# and Accountability Act"; not "Apple and the Digital Markets Act" or "the Commission's Digital Markets Act")
_LAW_RUN = re.compile(r"[A-Z][\w-]*(?:\s+(?:(?:of|and|for|on)\s+)?[A-Z][\w-]*)*")
_SURNAME_AFTER = re.compile(r" ([A-Z][\w'’-]+)(?![\w'’-])")
_NAME_WORDS_AFTER = re.compile(r"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")


def _untagged_name(text: str, span: EntitySpan) -> re.Match[str] | None:
    """The capitalised words after a person's span that the tagger left out of the name, or None: after a span of
    titles only ("President" "Zelenskyy") or after "He" inside a sentence, where it is no pronoun ("opposite He"
    "Lifeng")."""
    surface = text[span.start:span.end]
    titles = all(_title_word(w) in TITLE_WORDS for w in surface.split())
    if not (titles or surface == "He" and re.search(r"[\w,]\s+$", text[:span.start])):
        return None
    rest = _NAME_WORDS_AFTER.match(text, span.end)
    first = rest.group().split()[0] if rest else ""
    if not rest or _title_word(first) in TITLE_WORDS or _gazetteer_key(first) in _GAZETTEER_KEYS:
        return None
    return rest


def _clean_entity(text: str, span: EntitySpan, caps: bool) -> tuple[int, str] | None:
    """The entity's start and cleaned surface, or None when it names no actor.

    A body's name cut after its "and" is completed ("Department of Water and" "Power"); a leading "the" or "of",
    an adjective before a name of two words or more ("conservative Christian Democrats"), trailing lowercase words
    ("Rubio’s comments"), a possessive and, for a person, a leading title ("President", "Ukrainian") are cut off;
    phrases ("parliamentary committee on EU Integration"), titles, pronouns and gazetteer names (the gazetteer finds
    those) are dropped.
    """
    def loose(word: str) -> bool:
        return word.casefold() in _NAME_GLUE or not caps and not any(c.isupper() for c in word)

    if span.label == "ORG" and re.search(r"\sof\s.*\s(?:and|&)$", text[span.start:span.end]) \
            and (rest := _NAME_AFTER.match(text, span.end)):
        span = EntitySpan(span.start, rest.end(), span.label, span.score)  # "… Department of Water and" "Power"
    if span.label == "ORG" and (body := re.match(r" ([A-Z][a-z]+)\b", text[span.end:])) \
            and body.group(1).casefold() in BODY_NAME_WORDS \
            and _gazetteer_key(text[span.start:span.end]) not in _GAZETTEER_KEYS \
            and not re.search(r"\b(?:and|of|for|&)\s+$", text[:span.start]):  # not "Ways and" "Means"
        span = EntitySpan(span.start, span.end + body.end(), span.label, span.score)  # "The Housing" "Agency"
    if span.label == "PER" and (rest := _untagged_name(text, span)):
        span = EntitySpan(span.start, rest.end(), span.label, span.score)
    if span.label == "PER" and re.search(r"[“\"][A-Z][\w'’-]*$", text[span.start:span.end]):
        # a nickname the tagger cut the name at: 'Faustino "Bojie' of 'Faustino "Bojie" Dy III', 'Zhuo “Knight'
        rest = re.match(r"[”\"](?: [A-Z][\w'’.-]*)+", text[span.end:])
        end = span.end + rest.end() if rest else span.start + len(re.split(r"\s*[“\"]", text[span.start:span.end])[0])
        span = EntitySpan(span.start, end, span.label, span.score)
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", text[span.start:span.end])]
    if cut := next((i for i, (_, w) in enumerate(words) if i and w.startswith("(") and not _FACTION.fullmatch(
            text, span.start + words[i][0] - 1, span.end)), None):
        words = words[:cut]  # "Association of Southeast Asian Nations (ASEAN": the short form is found on its own
    if (end := next((i for i, (_, w) in enumerate(words[:-1]) if w.endswith(("!", "?"))), None)) is not None:
        words = words[:end + 1]  # "Well done, Alberto! Europe needs you": two sentences
    tail = []
    while words and loose(words[-1][1]):
        tail.append(words.pop()[1])
    if any(w in _PARTICLES for w in tail[1:]):
        return None  # "Cour des comptes" cut to "Cour": a fragment
    if (len(words) > 2 or len(words) == 2 and _SHORT_FORM.fullmatch(words[1][1])) \
            and re.fullmatch(r"[a-z]{3,}(?:-[a-z]+)*|(?:pro|anti)-[A-Z][\w-]*", words[0][1]) \
            and not loose(words[1][1]) and words[0][1] not in _FUNCTION_WORDS:
        # "conservative Christian Democrats", "liberal VVD", "pro-Russian Patriotic Electoral Bloc"; not "parliamentary
        # committee on EU Integration", a phrase, nor "devout Catholics"
        words.pop(0)
    if len(words) > 1 and _JOINED_PARTICIPLE.search(words[0][1]):
        words.pop(0)  # "the Iran-aligned Houthis", "Kremlin-backed Sergei Aksyonov": a leaning, no part of the name
    if len(words) > 1 and words[0][1] in ("Senior", "Former", "Top", "Acting") \
            and re.search(r"(?:^|[.!?:;”\"]\s+)$", text[:span.start + words[0][0]]):
        words.pop(0)  # "Senior Fatah official": an adjective capitalised to open a sentence
    owner = next((k for k, (_, w) in enumerate(words[:-1]) if re.search(r"['’]s$", w)), None)
    if owner is not None and (
        span.label == "PER" or _gazetteer_key(" ".join(w for _, w in words[:owner + 1])) in _GAZETTEER_KEYS
    ):
        # "Kenya's Ruto", "South Korea's Yoon" (the gazetteer finds the country), "Sinn Féin's Michelle O'Neill"
        words = words[owner + 1:]
    described = next((i for i, (_, w) in enumerate(words[:3]) if w.casefold() in DESCRIBING_NOUNS
                      or span.label == "ORG" and w == "party"), None)
    if not caps and described is not None and all(
        loose(w) or w.casefold() in _NOT_ACTOR_WORDS or _gazetteer_key(w) in _GAZETTEER_KEYS
        for _, w in words[:described]
    ) and loose(words[described][1]):
        # "industry group Consumer Brands Association", "law firm Baker McKenzie", "Catalan separatist party Junts"
        words = words[described + 1:]
    if span.label == "PER":
        words = _without_title(words)
        if any(w in ("and", "&") for _, w in words):
            return None  # people listed as one name ("Harry, William and Kate"): each is found by name
        if len(words) == 1 and words[0][1].casefold() in _TITLED_BODIES:
            return None  # "the Polish General Staff" read as a person
        while words and words[-1][1].rstrip(",") in POST_NOMINALS:
            words.pop()  # "Rebecca Hall KC"
        country = next((i for i, (_, w) in enumerate(words) if i and w == "of"
                        and _gazetteer_key(" ".join(w for _, w in words[i + 1:])) in _GAZETTEER_KEYS), None)
        words = words[:country]  # "Prime Minister Viktor Orban of Hungary": the gazetteer finds the country
    while words and words[0][1].casefold() in _NAME_GLUE and (
        span.label != "PER" and words[0][1].casefold() not in _PARTICLES or caps or words[0][1].islower()
        or words[0][1] == "The"
    ):
        words.pop(0)  # but a capitalised particle is a name's: "Al Gore", "De Gaulle", "Al Jazeera", "El Obeid …"
    if not words or any(loose(w) and w.casefold() not in _NAME_GLUE for _, w in words):
        return None
    start = span.start + words[0][0]
    surface = text[start:span.start + words[-1][0] + len(words[-1][1])]
    surface = surface.rstrip(_PUNCTUATION)
    if _fold(surface) not in _POSSESSIVE_NAMES:  # "Moody's" keeps its 's
        surface = re.sub(r"(?i)['’]s?$", "", surface).rstrip(_PUNCTUATION + "'’")
    if surface.count("(") > surface.count(")") and text.startswith(")", start + len(surface)):
        surface += ")"  # "Janata Dal (United)"
    surface = _JOINED_PARTICIPLE.sub("", surface)  # "PTI-backed candidates": PTI
    if re.search(r"-(?:based|born|headquartered)$", surface) or re.match(r"(?:pro|anti)-", surface) \
            or re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)+", surface):
        return None  # "the Nijmegen-based company": a place; "the pro-European party": a leaning; "Forward-looking"
    trimmed = surface.lstrip(_PUNCTUATION + "'’")
    start, surface = start + len(surface) - len(trimmed), trimmed
    if re.fullmatch(r"(?:\w\.)+\w", surface) and text[start + len(surface):start + len(surface) + 1] == ".":
        surface += "."  # "U.S" as split into words
    last = _title_word(surface.split()[-1]) if surface.strip() else ""
    if len(surface) < 2 or _gazetteer_key(surface) in _GAZETTEER_KEYS or surface.casefold() in _NOT_ACTOR_WORDS \
            or _DESIGNATION.fullmatch(surface):
        return None
    parts = surface.split()
    if all(_gazetteer_key(part) in _GAZETTEER_KEYS for part in re.split(r",\s*|\s+and\s+", surface)) or any(
        _gazetteer_key(" ".join(parts[:i])) in _GAZETTEER_KEYS
        and _gazetteer_key(" ".join(parts[i:])) in _GAZETTEER_KEYS for i in range(1, len(parts))
    ):
        return None  # "EU and China", "U.S. State Department" tagged as one name: the gazetteer finds each
    if " " not in surface and "-" in surface and any(
        _gazetteer_key(part) in _GAZETTEER_KEYS - _PARTY_KEYS
        for part in (surface.rsplit("-", 1)[-1], surface.split("-", 1)[0])
    ):
        return None  # "pro-Russian", "Russia-Ukraine", "U.N.-backed": the gazetteer decides; not "Liberal-National"
    if caps and span.label == "ORG" and span.score < _CAPS_ORG_SCORE:
        return None
    if not caps and span.label == "ORG" and surface.isupper() and (
        text.strip().rstrip(":") == surface or " " in surface and start == 0 and re.match(r"\s*:", text[len(surface):])
    ):  # a section's heading in capitals ("CYCLING"), or a kicker ("SPORTS DIGEST: Almeida seizes red"); not a
        return None  # transcript's speaker, a person ("ANDREW POLLACK: Well, first …")
    run = _LAW_RUN.match(text, start)
    if span.label == "ORG" and (" " in surface and last in _DOCUMENT_WORDS or run and run.end() > start + len(surface)
                                and _title_word(run.group().split()[-1]) in _DOCUMENT_WORDS):
        return None  # a law or treaty, or the start of one: "Digital Markets Act", "Health Insurance" of "… Act"
    if re.search(r",\s+\d{1,3},\s+of\s+$", text[:start]) or text[start - 1:start] == "#" \
            or _CONSTITUENCY_BEFORE.search(text, max(0, start - 80), start):
        return None  # a home town: "Liam Ashcroft, 34, of Walkden"; a hashtag; a seat: "the member for Clacton"
    if " " in surface and parts[-1] == "No" and re.match(r"\.?\s*\d", text[start + len(surface):]):
        return None  # a numbered document or rank: "Protocol No. 4", "world No. 1"
    if span.label == "ORG" and " " in surface and re.fullmatch(r"[A-Z]", parts[-1]) \
            and re.match(r"\.\s+[A-Z]", text[start + len(surface):]):
        return None  # a title cut at the initial of the name after it: "Solicitor General D" of "… D. John Sauer"
    if span.label == "ORG" and last in ORGANISATION_NOUNS and " " not in surface \
            and re.search(r"\b(?i:the)\s+$", text[:start]):
        return None  # "the Commission": the body last named so (see _organisation_references)
    if span.label == "ORG" and len(parts := surface.rsplit(" ", 1)) == 2 \
            and parts[1] in ("MPs", "MEPs", "MSPs", "MK", "MKs") and _gazetteer_key(parts[0]) in _GAZETTEER_KEYS:
        return None  # "Labour MPs", "Likud MK": the gazetteer finds the party
    if len(parts := surface.split(" ", 1)) == 2 and parts[0].casefold() in _NOT_ACTOR_WORDS \
            and _gazetteer_key(parts[1]) in _GAZETTEER_KEYS and _gazetteer_key(surface) not in _OTHER_NAMES:
        return None  # "ultra-Orthodox Shas": the gazetteer finds the party; not "Christian Democrats"
    if " " in surface and (surface.split()[-1] in PLACE_NAME_ENDINGS
                           and (span.label == "ORG" or surface.split()[-1] not in ("Street", "Bridge", "Square"))
                           or surface.split()[-1] in GEOGRAPHY_NAME_ENDINGS
                           or surface.split()[-1] in EVENT_NAME_ENDINGS
                           and not (surface.split()[-1] == "Tour" and _short_form_body(surface.split()[0]))
                           and not surface.endswith(" of War")
                           or surface.split()[0] in ("Operation", "Court", "Stade", "Estadio")
                           and surface.split()[1][0].isupper()):
        return None  # a place, event or operation: "Emirates Stadium", "Thomas Shoal", "Eras Tour", "U.S. Open",
        # "ATP Finals", "Six-Day War", "Operation Sindoor", "Court Philippe-Chatrier"; not "PGA Tour" or "Department of
        # War"
    end = start + len(surface)
    if span.label == "ORG" and (_PLACE_AFTER.match(text, end) or " " not in surface and (
        _NUMBERED_AFTER.match(text, end) or _DESCRIBED_NAME_AFTER.match(text, end)
        or start in _sentence_starts(text) and _DESCRIBED_AFTER.match(text, end)
    )):
        return None  # "the Rafah crossing", "the Artemis programme", "Max 10 jets"; "Consumer group BEUC", "the Chicago
        # law firm X"
    if " " in surface and _gazetteer_key(surface.split()[-1]) in _PARTY_KEYS \
            and _gazetteer_key(surface) not in _OTHER_NAMES:
        return None  # "House Democrats", "Tennessee Republican": the gazetteer finds the party; not "Social Democrats"
    surnamed = span.label == "PER" and len(parts) == 2 and _fold(parts[0]).casefold() in GIVEN_NAME_GENDERS \
        and parts[0].casefold() not in TITLE_WORDS  # "Aaron Judge", a given name and a title's word for a surname
    if surface.casefold() in _NOT_NAMES or last in _TITLE_HEADS and not surnamed \
            or " " not in surface and last in TITLE_WORDS \
            or " " in surface and last in _JOB_HEADS or re.match(r"(?:Minister|Secretary)\s+(?:for|of)\s", surface):
        return None  # a title or a job: "Economy Minister", "Ukrainian President", "Secretary", "Financial Officer",
        # "Minister for Housing"
    if last in _ABBREVIATED_HEADS and re.match(r"\.|\s+[A-Z]", text[start + len(surface):]):
        return None  # "Arizona Sen." before a name, where "Hun Sen" is one
    return start, surface


# words that begin a place's name of two words ("West Midlands", "New South Wales")
_COMPASS_WORDS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Greater",
                  "Upper", "Lower", "New"}


def _short_form_body(word: str) -> bool:
    """Whether a word is a body's short form in capitals ("PGA"; not a country's: "U.S.", "US")."""
    return word.isupper() and _gazetteer_key(word) not in _GAZETTEER_KEYS


# words of a minister's portfolio after "for" ("Minister for Europe", "Secretary of State for Work and Pensions")
_PORTFOLIO_WORDS = set("""
    affairs external europe health social care justice energy climate education transport development environment
    housing business industry culture media sport digital home women equalities science technology work pensions
    employment agriculture food local government communities international northern ireland scotland wales human rights
    trade security defence finance economy refugees migration children youth equality humanitarian aid veterans
    research innovation the and of
""".split())


def _without_title(words: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A tagged person's words without a leading title, which ends at its last title word and runs on through
    "of [the] X" ("Saudi Energy Minister Prince Abdulaziz bin Salman", "Speaker of the House Paul Ryan", "Mayor of
    the West Midlands"), and without a title after a comma ("Catherine, Princess of Wales")."""
    cut = next((i for i in range(len(words) - 1)
                if words[i][1].endswith(",") and _title_word(words[i + 1][1]) in TITLE_WORDS), None)
    if cut is not None:
        words = words[:cut + 1]
    titled = [i for i in range(len(words) - 1) if words[i][1].casefold() not in _NAME_GLUE
              and not (i == len(words) - 2 and words[i + 1][1].casefold() in _NAME_SUFFIXES
                       and not re.fullmatch(r"[IVX][ivx]+", words[i + 1][1]))  # "President Xi" is no regnal XI
              and _title_token(words[i][1], words[i + 1][1])]  # "King Charles III"; "Xi" opens "President Xi Jinping"
    # a title word after a given name is a name ("President Hassan Sheikh Mohamud")
    titled = [i for i in titled
              if not (i and i - 1 not in titled and _fold(words[i - 1][1]).casefold() in GIVEN_NAME_GENDERS)]
    rest = words[titled[-1] + 1:] if titled else words
    if titled and len(rest) > 1 and rest[0][1] == "of":
        rest = rest[1 + (rest[1][1].casefold() == "the"):]
        while len(rest) > 1 and rest[0][1] in _COMPASS_WORDS:  # "Mayor of the West Midlands"
            rest = rest[1:]
        rest = rest[1:]
    if titled and rest and (rest[0][1] == "for" or any(w == "for" for _, w in words[:titled[-1]])):
        portfolio = 0  # "Minister of State for Foreign Affairs Adel al-Jubeir"
        while portfolio < len(rest) and (rest[portfolio][1] == "for" or _title_word(rest[portfolio][1]) in
                                         _PORTFOLIO_WORDS | TITLE_WORDS):
            portfolio += 1
        if len(rest) - portfolio > 1 or rest[0][1] == "for":  # a name of two words left, or none ("Minister for
            rest = rest[portfolio:]                             # Europe"); "Foreign Affairs Sugiono" stays
    if len(rest) > 1 and re.search(r"-(?:based|born)$", rest[0][1]):  # "Paris-based Sam Rainsy"
        rest = rest[1:]
    while titled and len(rest) > 1 and rest[0][1].islower() and rest[0][1] not in _NAME_GLUE:
        rest = rest[1:]  # "Chief executive Jensen Huang"
    return rest


def _title_token(token: str, following: str) -> bool:
    """Whether a tagged person's leading word belongs to a title ("President", "Ukrainian", "US" before "Secretary")."""
    if _title_word(token) in TITLE_WORDS or token in NATIONALITY_NOUNS:  # "Dutchwoman Femke Bol"
        return True
    known = _gazetteer_key(token) in _GAZETTEER_KEYS
    return known and (token.endswith(("'s", "’s")) or _KIND_OF_FORM.get(_fold(token)) == "demonym"
                      or _title_word(following) in TITLE_WORDS)


def _title_word(word: str) -> str:
    """A word as the title lists spell it: casefolded, without a dot or an "-elect" or "-designate"."""
    return _TITLE_SUFFIX.sub("", word.casefold().strip("."))


def _given_name(word: str) -> bool:
    """Whether a word tagged apart from the person after it can be their given name."""
    return (
        re.fullmatch(r"[^\W\d_][\w'’-]*", word) is not None and word[0].isupper()
        and _title_word(word) not in TITLE_WORDS and _gazetteer_key(word) not in _GAZETTEER_KEYS
    )


def _named_like_a_person(surface: str, people: list[list[str]]) -> bool:
    """Whether a name tagged an organisation is a person's: a given name or two, then a surname that the tagger reads
    as a person's elsewhere, alone or after the same given name ("Secretary General Mark Rutte" tagged ORG, "Rutte
    said" PER), and that no person of another given name has ("Goldman Sachs" beside "Tom Sachs") unless its own
    given name is a known one."""
    words = surface.split()
    given_names = all(_given_name(w) and not w.isupper() for w in words[:-1])
    body = any(w.casefold() in BODY_NAME_WORDS for w in words)
    if not (2 <= len(words) <= 3 and given_names) or body or "  " in surface:
        return False  # "  ": two names run together where PerSenT lost a comma ("NYSE  Schapiro")
    surname, given = _name_key(words[-1]), _name_key(words[0])
    same = [p for p in people if _name_key(p[-1]) == surname]
    # a known given name may share the surname with another person ("Imran Khan's party" beside "Ayub Khan")
    known = _fold(words[0]).casefold() in GIVEN_NAME_GENDERS and any(len(p) == 1 for p in same)
    return bool(same) and (known or all(len(p) == 1 or _name_key(p[0]) == given for p in same))


# a capital inside a word that no name's prefix explains ("OpenAI", "YouTube"; not "McDonald", "DeSantis", "LaGuardia")
_INNER_CAPITAL = re.compile(r"\b(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O')[A-Z])[A-Z]?[a-z]+[A-Z]")


def _given_name_of_one(surface: str, people: list[list[str]]) -> bool:
    """Whether a one-word name tagged an organisation opens the full name of one person and no other name ("Tedros"
    of "Tedros Adhanom Ghebreyesus", who is known by it)."""
    holders = {" ".join(p) for p in people if len(p) > 1 and surface in p}
    return " " not in surface and len(holders) == 1 and next(iter(holders)).split()[0] == surface \
        and surface.casefold() not in BODY_NAME_WORDS


def _article_surname(surface: str) -> bool:
    """Whether a name tagged an organisation is a person's: a given name that tells a gender, then a surname with its
    article or particle ("Bashar al-Assad", "Marine Le Pen's"; not "Hayat Tahrir al-Sham")."""
    words = re.sub(r"['’]s?$", "", surface).split()
    return 2 <= len(words) <= 4 and _fold(words[0]).casefold() in GIVEN_NAME_GENDERS \
        and (bool(_ARTICLE.match(words[-1].casefold())) or len(words) > 2 and words[-2].casefold() in _PARTICLES) \
        and not any(w.casefold() in BODY_NAME_WORDS for w in words)


def _spelled_short_form(text: str, span: EntitySpan) -> bool:
    """Whether a tagged name is followed by a short form in brackets that its every word's initial spells, as an
    organisation's is ("Hayat Tahrir al-Sham (HTS)"), not a person's."""
    short = re.match(r"\s*\(([A-Z]{2,6})\)", text[span.end:])
    words = text[span.start:span.end].split()
    return bool(short) and _initials_tail(words, short.group(1)) == words


_PERSON_ONLY_TITLES = {"President", "Vice President", "Prime Minister", "Chancellor", "Senator", "Sen.", "Rep.",
                       "Governor", "Gov."}


def _titled_person(surface: str) -> bool:
    """Whether a tagged organisation is a person after a title: an honorific ("Mr Johnson"), a title before a given
    name and a surname ("President Volodymyr Zelensky"; not "General Motors") or a title only people hold before a
    surname ("President Trump")."""
    words = surface.split()
    if len(words) > 2 and (words[-1].casefold() in BODY_NAME_WORDS or words[-1] in PLACE_NAME_ENDINGS):
        return False  # "King Khalid International Airport", "Queen Elizabeth Hospital"
    if _HONORIFIC.match(surface):
        return True
    rest = [w for _, w in _without_title(list(enumerate(words)))]
    if len(rest) == 1 < len(words) and " ".join(words[:-1]) in _PERSON_ONLY_TITLES:
        return True  # "President Trump"; not "General Motors" or "Premier League"
    # or any name after a minister's portfolio ("Minister of State for Foreign Affairs Adel al-Jubeir")
    return 2 <= len(rest) < len(words) and (_fold(rest[0]).casefold() in GIVEN_NAME_GENDERS
                                            or "for" in words[:len(words) - len(rest)])


def _titled_given_name(text: str, surface: str, pos: int) -> bool:
    """Whether a name tagged an organisation at ``text[pos:]`` is a person's: a given name and a surname with a title
    after it ("Debretsion Gebremichael, the TPLF chairman, has denied"), or one whose given name tells a gender, or a
    family name written first, with a title just before it ("UNICEF's regional director, Regina De Dominicis, said";
    "National security adviser Chang Ho-jin said"); not a company named after its founder ("Charles Schwab said")."""
    words = surface.split()
    if not 2 <= len(words) <= 4 or "  " in surface:
        return False
    if any(w.casefold() in BODY_NAME_WORDS or not _given_name(w) for w in words):
        return False
    if _APPOSITIVE_TITLE.match(text, pos + len(surface)):
        return True
    named = _fold(words[0]).casefold() in GIVEN_NAME_GENDERS or _family_name(words) is not None  # "Chang Ho-jin"
    return named and bool(_TITLE_JUST_BEFORE.search(text, max(0, pos - 40), pos))


def _after_title(surface: str, surnames: set[str]) -> str | None:
    """The name after a leading title in ``surface`` where its last word is one of ``surnames`` (the last words of
    names tagged as people), else None."""
    words = surface.split()
    rest = [w for _, w in _without_title(list(enumerate(words)))]
    return " ".join(rest) if 0 < len(rest) < len(words) and rest[-1] in surnames else None


def _gazetteer_key(surface: str) -> str:
    return _fold(re.sub(r"(?i)['’]s$", "", surface)).replace(".", "").casefold()


_BULLET = re.compile(r"(?:[-–—•*·▪]|\d{1,2}[.)])\s+")  # a list item's marker
# endings of common nouns, rare in a name that a text never writes mid-sentence
_COMMON_NOUN_ENDINGS = ("ing", "tion", "sion", "ment", "ness", "ity", "ism")


def _word_forms(word: str) -> set[str]:
    """The lowercase forms of a word with and without a plural ending ("Floods": floods, flood...)."""
    word = word.casefold()
    return {word, word + "s", word + "es", word.removesuffix("s"), word.removesuffix("es")}


# runs of capitalised words, not across a sentence's end ("U.N. Climate Change"; "Putin" and "Trump" in "Putin. Trump")
_CAPITALISED_WORDS = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*(?:(?<!\w\w\.)[ ][A-Z][\w'’.-]*)*")


def _case_by_place(paragraphs: list[Paragraph]) -> Callable[[Paragraph, EntitySpan, int, str], bool]:
    """A test of whether a tagged one-word name (or a longer name's first word) is a common word capitalised only by
    its place in the sentence.

    The test takes the paragraph, the tagged span, and the name's cleaned offset
    and surface there. It holds at a sentence start (or a list item's) when the
    word is never capitalised mid-sentence on its own (only within longer names,
    like "Climate" in "U.N. Climate Change") and either appears in lowercase
    there ("Strikes hit Gaza" over a story of Israeli strikes), began a phrase
    of lowercase words the tagger read as one organisation ("Monks scour
    villages", "Climate talks") or, opening a list item, ends like a common noun
    ("- Training for 20,000 soldiers"; not at a sentence start: "Boeing said").
    """
    lower: set[str] = set()
    mid: set[str] = set()
    items = {p.index: bullet.end() for p in paragraphs if (bullet := _BULLET.match(p.text))}
    # a list item's text starts a sentence too (0, for a paragraph that is none, is a start already)
    starts = {p.index: {*_sentence_starts(p.text), items.get(p.index, 0)} for p in paragraphs}

    def opens(p: Paragraph, start: int) -> bool:  # also after a quote's opening mark: “Gatekeepers are not …
        return start in starts[p.index] or start - 1 in starts[p.index] and p.text[start - 1] in "“\"‘'"

    for p in paragraphs:
        lower.update(re.findall(r"(?<![\w'’-])[a-z]+(?![\w-])", p.text))
        runs = _CAPITALISED_WORDS.finditer(p.text)
        mid.update(m.group().rstrip(".") for m in runs if " " not in m.group() and not opens(p, m.start()))

    def test(p: Paragraph, span: EntitySpan, start: int, surface: str) -> bool:
        if " " in surface or surface.isupper() or surface in mid or not opens(p, start):
            return False
        rest = p.text[start + len(surface):span.end]  # not for a person: "Rick  a 23-year-old" lost its comma
        return (
            bool(_word_forms(surface) & lower) or span.label == "ORG" and bool(re.match(r"\s+[a-z]", rest))
            or items.get(p.index) == start and surface.casefold().endswith(_COMMON_NOUN_ENDINGS)
        )

    return test


# the last words of a body's name that no place's name ends with ("Leeds City Council"; not "West Bank", "Earls Court")
_BODY_ENDINGS = {"agency", "authority", "board", "bureau", "commission", "committee", "council", "department",
                 "ministry", "police", "tribunal", "films", "productions", "pictures", "studios", "records"}


def _body_named(surface: str) -> bool:
    """Whether a name tagged a place or a person is a body's by its last word ("Leeds City Council", "West Yorkshire
    Police") or, for a party, its first ("Parti Pribumi Bersatu Malaysia", "Partido dos Trabalhadores")."""
    words = surface.split()
    return len(words) > 1 and (words[-1].casefold() in _BODY_ENDINGS or words[0] in _PARTY_OPENERS) \
        and all(w[0].isupper() or w in _PARTICLES for w in words)


_PARTY_OPENERS = {"Parti", "Partai", "Partido", "Partito", "Partij", "Partei"}


def _short_form(word: str) -> bool:
    """Whether a bracketed word reads as a short form ("SPD", "BoE"), not a word of a name ("United")."""
    return sum(c.isupper() for c in word) > 1


def _spelt(short: str) -> str:
    """A bracketed short form as its letters spell a name: in capitals where a British paper writes it as a word
    ("WADA" of "Wada", "CAS" of "Cas")."""
    return short.upper() if len(short) > 2 and short.istitle() else short


_CALENDAR_WORDS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                   "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
                   "December"}


def _body_of(text: str, body: EntitySpan, name: EntitySpan) -> bool:
    """Whether two tagged names are one body's: split at its "of" ("Alliance" of "Small Island States"), the second a
    bracketed word of its name that is no short form ("Janata Dal (United)"; not "Social Democrats (SPD)"), split at
    a comma in the list after its "of" or "for" ("Ministry of Housing," "Communities and Local Government"), or the
    first one word right before the second ("Law" "Society of Kenya", "All" "Progressives Congress"), or after "the"
    that one word and "and" before the second ("The Hostages and" "Missing Families Forum")."""
    between, second = text[body.end:name.start], text[name.start:name.end]
    if between == " (" and text[name.end:name.end + 1] == ")":
        return not _short_form(second)
    first = text[body.start:body.end]
    if between == ", " and re.search(r" (?:of|for) [A-Z]\w*$", first):
        return bool(re.fullmatch(r"[A-Z]\w*(?: [A-Z]\w*)* and [A-Z]\w*(?: [A-Z]\w*)*", second))
    if between == " " and re.fullmatch(r"[A-Z][a-z]+", first) and _gazetteer_key(first) not in _GAZETTEER_KEYS:
        return first.casefold() not in TITLE_WORDS and first not in _CALENDAR_WORDS  # not "General", "Wednesday"
    if between == " and " and re.fullmatch(r"[A-Z][a-z]+", first) and _gazetteer_key(first) not in _GAZETTEER_KEYS \
            and re.search(r"\b(?i:the) $", text[:body.start]) and " " in second \
            and second.split()[-1].casefold() in BODY_NAME_WORDS:
        return True  # "The Hostages" "Missing Families Forum"
    words = text[body.start:body.end].split()
    if len(words) > 1 and words[-1] == "of":  # the tagger took the "of" ("Economic Community of" "West African States")
        words, between = words[:-1], " of" + between
    return words[-1].casefold() in BODY_NAME_WORDS and bool(re.fullmatch(r" of (?:the )?", between))


def _listed_people(text: str, span: EntitySpan) -> list[EntitySpan]:
    """``span``, or where it is a person's and holds runs of spaces (a list of names without its commas, as PerSenT
    writes "Annette Bening  Demi Lovato  Margot Robbie"), its capitalised parts: the one there is ("Rick" of
    "Rick  a 23-year-old"), else each that reads as a full name (not "Trump" of "Trump  Flynn")."""
    if span.label != "PER" or not re.search(r"\S {2,}\S", text[span.start:span.end]):
        return [span]
    parts = [(span.start + m.start(), span.start + m.end())
             for m in re.finditer(r"\S+(?: \S+)*", text[span.start:span.end])]
    names = [(a, b) for a, b in parts if all(w[:1].isupper() for w in text[a:b].split())
             and not re.match(r"[A-Z]-", text[a:b])]  # not a party and state: "R-South Carolina"
    if len(names) > 1:
        names = [(a, b) for a, b in names if len(words := text[a:b].split()) > 1
                 and words[0].casefold() not in _NAME_SUFFIXES]
    return [EntitySpan(a, b, "PER", span.score) for a, b in names]


# a person's tag run on through "of" and a body ("Stacy Rasgon of Bernstein"; not "Prince William of Wales", a title)
_PERSON_OF_BODY = re.compile(r"([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)+) of (?:the )?([A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*)*)")


def _person_of_body(text: str, span: EntitySpan) -> list[EntitySpan]:
    """``span``, or where it is a person's that runs on through "of" and a body or a state, the person's and the
    body's."""
    m = _PERSON_OF_BODY.fullmatch(text, span.start, span.end) if span.label == "PER" else None
    if not m or any(_title_word(w) in TITLE_WORDS for w in m.group(1).split()):
        return [span]
    person = EntitySpan(m.start(1), m.end(1), "PER", span.score)
    # a state is no body ("Susan Collins of Maine"; the gazetteer finds a country)
    return [person] if m.group(2) in US_STATES else [person, EntitySpan(m.start(2), m.end(2), "ORG", span.score)]


_JOB_BEFORE = re.compile(rf"\b(?:{_alternation(JOB_NOUNS)})\s+$")  # lowercase: "chief economist"; not "The Economist"


# a faction's word or words in brackets ("Janata Dal (United)", "Lok Janshakti Party (Ram Vilas)"); not a short form
# of one short word ("(Ifri)")
_FACTION = re.compile(r" \((?:[A-Z][a-z]{5,}|[A-Z][a-z]+(?: [A-Z][a-z]+)+)\)")


def _tagged(paragraphs: list[Paragraph], entities: list[list[EntitySpan]], caps: bool) -> list[tuple[str, str, int]]:
    """(label, surface, document offset) of every usable PER, ORG and LOC entity, in document order."""
    out = []
    by_place = _case_by_place(paragraphs)
    for p, spans in zip(paragraphs, entities):
        merged: list[EntitySpan] = []
        for span in sorted(spans, key=lambda s: s.start):
            if not any(c.isalnum() for c in p.text[span.start:span.end]):
                continue  # a stray tag on punctuation would glue itself to the next name
            if span.label == "PER" and re.search(r"(?<!\w)He $", p.text[:span.start]):
                span = EntitySpan(span.start - 3, span.end, "PER", span.score)  # He Lifeng, not "he" and Lifeng
            given = _UNTAGGED_GIVEN.search(p.text, max(0, span.start - 30), span.start) if span.label == "PER" else None
            if given and _fold(given.group(1)).casefold() in GIVEN_NAME_GENDERS \
                    and not (merged and merged[-1].end > given.start(1)):
                span = EntitySpan(given.start(1), span.end, "PER", span.score)  # "Recep" of "Recep Tayyip Erdogan"
            prev = merged[-1] if merged else None
            adjacent = prev and span.label == "PER" and not p.text[prev.end:span.start].strip() \
                and not re.search(r"\s[-–—]$", p.text[prev.start:prev.end])  # "Thomas Beck -" "Morgan Stanley"
            if adjacent and re.search(r"['’]s?$", p.text[prev.start:prev.end]):
                # not one name: "Viktor Orbán's" "Fidesz"; an owner that no known given name opens, of two words or
                # more or before a full name, is a body ("Golden State's" "Klay Thompson", "Ferrari's" "Charles
                # Leclerc")
                owner = p.text[prev.start:prev.end].split()
                if prev.label == "PER" and (len(owner) > 1 or " " in p.text[span.start:span.end].strip()) \
                        and _fold(owner[0]).casefold() not in GIVEN_NAME_GENDERS:
                    merged[-1] = EntitySpan(prev.start, prev.end, "ORG", prev.score)
                merged.append(span)
            elif adjacent and (prev.label == "PER" or _given_name(p.text[prev.start:prev.end])):
                # "Andrii" (ORG) "Sybiha" (PER) is one person; "Pop star" (PER) before "Skye Madison" is her job
                job = any(w.islower() and w.casefold() not in _NAME_GLUE for w in p.text[prev.start:prev.end].split())
                merged[-1] = span if job else EntitySpan(prev.start, span.end, "PER", min(prev.score, span.score))
            elif prev and prev.label == span.label == "ORG" and (faction := _FACTION.match(p.text, prev.end)) \
                    and span.start == prev.end + 2:  # "Janata Dal" "(United)": one party's name
                merged[-1] = EntitySpan(prev.start, faction.end(), "ORG", min(prev.score, span.score))
            elif prev and prev.label == "ORG" and span.label in ("ORG", "LOC") and _body_of(p.text, prev, span) or (
                prev and prev.label == span.label == "ORG" and p.text[prev.end:span.start] == " "
                and re.fullmatch(r"[A-Z][\w-]*", p.text[prev.start:prev.end])
                and p.text[span.start:span.end].endswith(" Party")
            ):  # "Democratic" "Progressive Party"; not "Erdoğan's" "AK Party"
                merged[-1] = EntitySpan(prev.start, span.end, "ORG", min(prev.score, span.score))
            else:
                merged.append(span)
        for span in [piece for span in merged for part in _listed_people(p.text, span)
                     for piece in _person_of_body(p.text, part)]:
            if span.label == "ORG" and _titled_person(p.text[span.start:span.end]):  # "Mr Johnson" as an organisation
                span = EntitySpan(span.start, span.end, "PER", span.score)
            elif span.label == "ORG" and _JOB_BEFORE.search(p.text, max(0, span.start - 30), span.start) \
                    and re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}", p.text[span.start:span.end]):
                span = EntitySpan(span.start, span.end, "PER", span.score)  # "Chief economist Huw Pill"
            elif span.label == "ORG" and re.search(r"[A-Z][\w'’-]+ and $", p.text[:span.start]) \
                    and re.fullmatch(r"[A-Z][\w'’-]+ [A-Z][\w'’-]+", name := p.text[span.start:span.end]) \
                    and _fold(name.split()[0]).casefold() in GIVEN_NAME_GENDERS:
                span = EntitySpan(span.start, span.end, "PER", span.score)  # "Thomas Harrington and George Vale"
            elif span.label == "PER" and _spelled_short_form(p.text, span):  # "Hayat Tahrir al-Sham (HTS)"
                span = EntitySpan(span.start, span.end, "ORG", span.score)
            elif span.label == "PER" and (
                _body_named(bare := re.sub(r"['’]s?$", "", p.text[span.start:span.end]))
                or " " in bare and _gazetteer_key(bare.split()[-1]) in _PARTY_KEYS
                or not caps and re.fullmatch(r"[A-Z]{2,}(?:-[A-Z]{2,})+", bare)
                or bare.casefold() in ("congress", "senate", "parliament")
            ):  # "Justice Department's", not a title; "Christian Democrats"; "SAG-AFTRA", no one's name in capitals;
                # "Congress" read as a person
                span = EntitySpan(span.start, span.end, "ORG", span.score)
            if span.label in ("PER", "ORG", "LOC") and (cleaned := _clean_entity(p.text, span, caps)):
                start, surface = cleaned
                if span.label != "LOC" and not caps and by_place(p, span, start, surface):
                    continue
                opener = re.match(r"(\S+)\s+", surface)
                if span.label == "PER" and not caps and len(surface.split()) > 2 \
                        and _fold(opener.group(1)).casefold() not in GIVEN_NAME_GENDERS \
                        and (by_place(p, span, start, opener.group(1)) or opener.group(1).casefold() in JOB_NOUNS):
                    # "Spinners Varun Chakravarthy", "Pollster John Curtice"
                    start, surface = start + opener.end(), surface[opener.end():]
                led = span.label == "ORG" and " " not in surface and _LED_AFTER.match(p.text, start + len(surface))
                label = "PER" if led else "ORG" if (
                    span.label == "LOC" and _body_named(surface)
                    or span.label == "PER" and _DESCRIBING_BEFORE.search(p.text, 0, start)  # "law firm Baker McKenzie"
                ) else span.label
                out.append((label, surface, p.start + start))
    return out


_LEGAL_FORMS = {"limited", "ltd", "ltd.", "inc", "inc.", "corp", "corp.", "corporation", "plc", "llc", "holdings", "ag",
                "gmbh", "nv", "bv", "spa", "asa", "oyj"}


def _spelled_out(paragraphs: list[Paragraph]) -> list[tuple[str, int]]:
    """(surface, document offset) of each organisation's name spelled out before its short form in brackets and of
    that short form: the capitalised words' initials make the short form, and one of them is in BODY_NAME_WORDS or
    the last a company's legal form ("Associated Newspapers Limited (ANL)")."""
    out = []
    for p in paragraphs:
        for m in _SPELLED_OUT.finditer(p.text):
            short, tail = m.group(2), _initials_tail(m.group(1).split(), _spelt(m.group(2)))
            long = " ".join(tail or [])
            if tail and (any(w.casefold() in BODY_NAME_WORDS for w in tail) or tail[-1].casefold() in _LEGAL_FORMS) \
                    and not {_gazetteer_key(long), _gazetteer_key(short)} & _GAZETTEER_KEYS:
                out += [(long, p.start + m.end(1) - len(long)), (short, p.start + m.start(2))]
    return out


# a run of capitalised words, with the lowercase words a name may hold ("Food and Drug Administration")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|the|on|&)\s+)*[A-Z][\w'’-]*)*")


def _long_forms(paragraphs: list[Paragraph], shorts: set[str], every_word: bool = False) -> list[tuple[str, int, str]]:
    """(surface, document offset, short form) of each name the text spells out somewhere without brackets whose
    capitalised words' initials spell one of ``shorts`` ("The Food and Drug Administration does …" beside "FDA
    Commissioner"), where one of its words is in BODY_NAME_WORDS or (``every_word``) each of three or more words gives
    a letter and the last is a plural ("Economic Freedom Fighters" of "EFF"; not "Consumer Price Index" of "CPI")."""
    by_capitals: dict[str, list[str]] = {}
    for short in shorts:
        by_capitals.setdefault("".join(c for c in short if c.isupper()), []).append(short)
    out = []
    for p in paragraphs:
        for m in _CAPITALISED_RUN.finditer(p.text):
            words = [(w.start(), w.group()) for w in re.finditer(r"\S+", m.group())]
            for short, tail in _tails_spelling(words, by_capitals):
                if len(tail) > 1 and (
                    any(w.casefold() in BODY_NAME_WORDS for w in tail)
                    or every_word and len(tail) == len(short) >= 3 and re.search(r"[^'’s]s$", tail[-1])
                ):
                    start = p.start + m.start() + words[-len(tail)][0]
                    out.append((p.text[start - p.start:p.start + m.end() - p.start], start, short))
    return out


def _tails_spelling(words: list[tuple[int, str]], by_capitals: dict[str, list[str]]) -> list[tuple[str, list[str]]]:
    """(short form, the fewest last ``words`` whose capitalised words' initials spell its capitals) for each short form
    of ``by_capitals`` (keyed by its capitals, two or more) that the words' ends spell."""
    found: dict[str, list[str]] = {}
    initials = ""
    for k in range(1, len(words) + 1):
        # each capitalised part of a hyphenated word gives a letter ("Tehreek-e-Insaf", "al-Sham", "Al-Qaeda")
        initials = _initials([words[-k][1]]) + initials
        for short in by_capitals.get(initials, ()) if len(initials) > 1 else ():
            found.setdefault(short, [w for _, w in words[-k:]])
    return list(found.items())


# a short form standing alone in capitals ("EFF", "INEC"), which the tagger may miss
_SHORT_FORM = re.compile(r"(?<![\w.'’-])[A-Z]{3,6}(?![\w'’-])")


def _untagged_short_forms(paragraphs: list[Paragraph], known: set[str]) -> list[tuple[str, int]]:
    """(surface, document offset) of each short form not in ``known``, no gazetteer name and no common abbreviation
    whose name the text spells out one word a letter ("the Economic Freedom Fighters" … "the EFF"), and of that
    name."""
    first: dict[str, int] = {}
    for p in paragraphs:
        for m in _SHORT_FORM.finditer(p.text):
            first.setdefault(m.group(), p.start + m.start())
    shorts = {s for s in first if s not in known and _gazetteer_key(s) not in _GAZETTEER_KEYS
              and s.casefold() not in _NOT_ACTOR_WORDS and s.casefold() not in TITLE_WORDS}
    longs = _long_forms(paragraphs, shorts, every_word=True)
    return [(long, start) for long, start, _ in longs] + [(s, first[s]) for s in {short for *_, short in longs}]


def _untagged_bodies(paragraphs: list[Paragraph], known: set[str]) -> list[tuple[str, int]]:
    """(surface, document offset) of each name not in ``known`` after "the" whose words, joined by "and", "of" or
    "for", end in a body's word ("the Food and Drug Administration", which a tagger may miss without its short form)."""
    out = []
    for p in paragraphs:
        for m in _CAPITALISED_RUN.finditer(p.text):
            words = m.group().split()
            if words[0] == "The":
                words = words[1:]
            elif not _THE_BEFORE.search(p.text, 0, m.start()):
                continue
            surface = " ".join(words)
            if len(words) > 2 and words[-1].casefold() in _BODY_ENDINGS | {"administration"} \
                    and any(w in ("and", "of", "for") for w in words) and "the" not in words \
                    and not any(k in surface for k in known) \
                    and _gazetteer_key(surface) not in _GAZETTEER_KEYS and not any(w.isupper() for w in words):
                out.append((surface, p.start + m.end() - len(surface)))
    return out


_PATRONYMIC_ENDINGS = ("ovich", "evich", "ovna", "evna", "ichna")
_ARABIC_KIN = {"bin", "ibn", "bint"}
_INDONESIAN_HONORIFICS = {"Pak", "Bapak", "Ibu", "Bu"}


def _person_initials(words: list[str]) -> set[str]:
    """The initials a person's full name may go by: of its capitalised words ("AMLO" of "Andrés Manuel López
    Obrador", "PSPP" of "Paul St-Pierre Plamondon") or, for an Arabic name, of its first three words with "bin" ("MBS"
    of "Mohammed bin Salman", "MBZ" of "Mohammed bin Zayed Al Nahyan")."""
    words = [w for w in words if w.casefold() not in _NAME_SUFFIXES]
    found = {_initials(words)}
    if len(words) > 2 and words[1] in _ARABIC_KIN:
        found.add("".join(w[0].upper() for w in words[:3]))
    return found


def _initials_tail(words: list[str], short: str) -> list[str] | None:
    """The fewest last ``words`` whose capitalised words' initials spell the capitals of ``short`` ("Rapid Support
    Forces" of "Yesterday Rapid Support Forces" for "RSF"; "Bank of England" for "BoE"; "Hayat Tahrir al-Sham" for
    "HTS"), or None."""
    found = _tails_spelling(list(enumerate(words)), {"".join(c for c in short if c.isupper()): [short]})
    return found[0][1] if found else None


def _name_key(token: str) -> str:
    """Spelling-insensitive key of a name part: no diacritics, dots or case, doubled letters collapsed."""
    return re.sub(r"(.)\1+", r"\1", _fold(token).casefold().replace(".", "").replace("'", ""))


def _surname(tokens: list[str]) -> str:
    while len(tokens) > 1 and tokens[-1].casefold() in _NAME_SUFFIXES:  # "Jr", "III"; not the "Xi" of "Xi Jinping"
        tokens = tokens[:-1]
    first = len(tokens) - 1
    while first > 1 and tokens[first - 1].casefold() in _PARTICLES:
        first -= 1
    return " ".join(tokens[first:])


def _family_name(tokens: list[str]) -> str | None:
    """The family name written first ("Xi" of "Xi Jinping", "Kim" of "Kim Jong Un"; any one syllable before a given
    name hyphenated in lower case, "Hsiao Bi-khim"), or None for other names."""
    hyphenated = len(tokens) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", tokens[1]) is not None \
        and re.fullmatch(_SYLLABLE, tokens[0].casefold()) is not None
    if 1 < len(tokens) <= 3 and (tokens[0].casefold() in FAMILY_FIRST_SURNAMES or hyphenated) and all(
        _GIVEN_PART.fullmatch(part) for t in tokens[1:] for part in t.split("-")
    ):
        return tokens[0]
    return None


def _display(surface: str, caps: bool, person: bool = True) -> str:
    """A name as shown: all-caps documents give "Marco Rubio" for "MARCO RUBIO" (organisations keep short acronyms)."""
    if not caps:
        return surface
    return " ".join(w if not person and len(w) <= 4 else w.title() for w in surface.split())


@dataclass
class _Cluster:
    forms: Counter = field(default_factory=Counter)
    first: dict[str, int] = field(default_factory=dict)
    surname: str = ""
    given: str = ""
    inner: set[str] = field(default_factory=set)  # the names between given name and surname ("lula")
    regnal: str = ""  # a monarch's or a pope's number ("XIV" of "Leo XIV")
    generation: str = ""  # "jr" of "Donald Trump Jr.", who is not Donald Trump
    known: str | None = field(default=None, repr=False, compare=False)  # canonical() until the forms change

    def add(self, surface: str, pos: int) -> None:
        self.forms[surface] += 1
        self.first.setdefault(surface, pos)
        self.known = None

    def absorb(self, other: "_Cluster") -> None:
        """Take in ``other``'s forms, their counts and first offsets."""
        for form, count in other.forms.items():
            self.forms[form] += count
            self.first.setdefault(form, other.first[form])
        self.known = None

    def canonical(self) -> str:
        """The fullest name holding a double surname where the person has one ("Miriam Keller-Osei" over her birth
        name "Miriam Ruth Keller"), in mixed case where the text has it so ("Kate Wells" over a byline's "KATE
        WELLS"), and not a form of address ("Vladimir Putin" over "Vladimir Vladimirovich", "Prabowo Subianto" over
        "Pak Prabowo")."""
        if self.known is None:
            self.known = max(self.forms, key=lambda f: (
                "-" not in self.surname or self.surname in _name_key(f), len(f.split()),
                not f.endswith(_PATRONYMIC_ENDINGS) and f.split(" ", 1)[0] not in _INDONESIAN_HONORIFICS,
                not f.isupper(), self.forms[f], len(f), -self.first[f]))
        return self.known


_REGNAL = re.compile(r"[IVX]{1,5}")
_BORN_BEFORE = re.compile(r"\b(?i:born|née)\s+$")


def _same_given(a: str, b: str) -> bool:
    """Whether two given-name keys can be one person ("john" and "j" can, "dan" and "daniel" too)."""
    return a == b or min(len(a), len(b)) == 1 and a[:1] == b[:1] or _short_given(a, b)


_SHORT_GIVEN = {_name_key(short): {_name_key(n) for n in names} for short, names in SHORT_GIVEN_NAMES.items()}


def _short_given(a: str, b: str) -> bool:
    """Whether one given-name key is a short form of the other ("dan" of "daniel")."""
    return b in _SHORT_GIVEN.get(a, ()) or a in _SHORT_GIVEN.get(b, ())


def _person_specs(names: list[tuple[str, int]], caps: bool, text: str = "") -> list[ActorSpec]:
    """One spec per person: full names, double surnames ("López Obrador"), a full name's first two words named after
    it ("Sri Mulyani" of "Sri Mulyani Indrawati"), surnames and spelling variants merged; an inner name that ``text``
    uses alone is an alias ("Lula" of "Luiz Inácio Lula da Silva")."""
    clusters: list[_Cluster] = []
    for surface, pos in sorted((n for n in names if len(n[0].split()) > 1), key=lambda n: n[1]):
        tokens = surface.split()
        last = _surname(tokens)
        surname, given = _name_key(last), _name_key(tokens[0])
        regnal = tokens[-1] if len(tokens) == 2 and _REGNAL.fullmatch(tokens[-1]) else ""  # Leo XIV is not Leo XIII
        generation = tokens[-1].casefold().rstrip(".") if len(tokens) > 2 and tokens[-1].casefold() in _NAME_SUFFIXES \
            else ""
        match = next((c for c in clusters if c.surname == surname and _same_given(c.given, given)
                      and c.regnal == regnal and c.generation == generation), None)
        if match is None:
            match = _Cluster(surname=surname, given=given, regnal=regnal, generation=generation)
            clusters.append(match)
        match.add(surface, pos)
        if "  " not in surface:  # not two tagged names run together
            match.inner |= {_name_key(t) for t in tokens[1:] if t[:1].isupper() and t not in last.split()
                            and t.casefold() not in _NAME_SUFFIXES and len(_name_key(t)) > 1}
    for double in [c for c in clusters if all(
        (len(f.split()) == 2 or any(t in _PARTICLES for t in f.split()[1:-1]))
        and _fold(f.split()[0]).casefold() not in GIVEN_NAME_GENDERS for f in c.forms
    )]:
        # a double surname alone ("López Obrador", "Fernández de Kirchner") is the full name that holds it; not a
        # given name and surname nor a name the tagger ran on from a caption in capitals ("HARVEY WEINSTEIN Ben
        # Affleck")
        holder = next((c for c in clusters if c is not double and c.surname == double.surname
                       and double.given in c.inner and (caps or not any(t.isupper() for t in c.canonical().split()))),
                      None)
        if holder is not None:
            clusters.remove(double)
            holder.absorb(double)
    for bare in [c for c in clusters if len(words := c.canonical().split()) == 2 and not c.generation
                 and words[0][:1].isupper() and words[0].casefold() in _PARTICLES - _GIVEN_PARTICLES]:
        # a surname that opens with its particle ("De Wever" of a headline) is the one full name that ends with it
        holders = [c for c in clusters if c is not bare and len(words := c.canonical().split()) > 2
                   and _name_key(" ".join(words[-2:])) == _name_key(bare.canonical())]
        if len(holders) == 1:
            clusters.remove(bare)
            holders[0].absorb(bare)
    for bare in [c for c in clusters if c.generation and c.given in _PARTICLES]:
        # a particled surname with its suffix ("De la Cruz Sr, 58,") is the one full name of that generation
        holders = [c for c in clusters if c is not bare and c.generation == bare.generation
                   and c.surname.endswith(bare.surname) and c.given not in _PARTICLES]
        if len(holders) == 1:
            clusters.remove(bare)
            holders[0].absorb(bare)
    canonical = {id(c): c.canonical().split() for c in clusters}
    for short in [c for c in clusters if len(canonical[id(c)]) == 2]:
        # the first two words of one longer name named before ("Sri Mulyani" of "Sri Mulyani Indrawati")
        holders = [c for c in clusters if len(canonical[id(c)]) > 2 and canonical[id(c)][:2] == canonical[id(short)]
                   and min(c.first.values()) < min(short.first.values())]
        if len(holders) == 1:
            clusters.remove(short)
            holders[0].absorb(short)
    for surface, pos in sorted((n for n in names if len(n[0].split()) == 1), key=lambda n: n[1]):
        key = _name_key(surface)
        # not a saint's or a ruler's "X of Y" ("Pope Francis" is not "Francis of Assisi")
        by_given = [c for c in clusters if (c.given == key or _short_given(c.given, key))
                    and " of " not in c.canonical()] \
            or [c for c in clusters if key in c.inner]
        if len(by_given) > 1:  # "Han" after Han Duck-soo, where Han Dong-hoon is named only later
            by_given = [c for c in by_given if min(c.first.values()) < pos]
        if len(by_given) > 1 and (title := _TITLE_JUST_BEFORE.search(text, max(0, pos - 20), pos)):
            # "Sheikh Mohammed" is the one of two Mohammeds the text titled so
            by_given = [c for c in by_given if any(text.endswith(title.group(), 0, p) for p in c.first.values())] \
                or by_given
        if len(by_given) > 1 and all(c.regnal for c in by_given):  # "Leo" is the Leo XIV named first, not Leo XIII
            by_given = by_given[:1]
        # "Kirchner" of "Cristina Fernández de Kirchner", whose surname holds a particle
        by_particle = [c for c in clusters if " " in c.surname and c.surname.split()[-1] == key]
        match = next((c for c in clusters if _ARTICLE.sub("", c.surname) == _ARTICLE.sub("", key)), None) or (
            by_given[0] if len(by_given) == 1 else by_particle[0] if len(by_particle) == 1 else None
        )
        if match is None:
            match = _Cluster(surname=key)
            clusters.append(match)
        match.add(surface, pos)
    for short in [c for c in clusters if re.fullmatch(r"[A-Z]{2,4}", (words := c.canonical().split())[0])
                  and all(w.casefold() in _NAME_SUFFIXES for w in words[1:])]:
        # initials for one full name ("RFK Jr" of "Robert F. Kennedy Jr", "AMLO" of "Andrés Manuel López Obrador")
        letters = short.canonical().split()[0]
        holders = [c for c in clusters if c is not short and len(words := c.canonical().split()) > 1
                   and letters in _person_initials(words)]
        if len(holders) == 1:
            clusters.remove(short)
            holders[0].absorb(short)
    for short in [c for c in clusters
                  if len(words := c.canonical().split()) == 2 and words[0] in _INDONESIAN_HONORIFICS]:
        # an Indonesian honorific, a Korean surname too, before one full name's given name ("Pak Prabowo")
        holders = [c for c in clusters if c is not short and c.given == short.surname
                   and len(c.canonical().split()) > 1]
        if len(holders) == 1:
            clusters.remove(short)
            holders[0].absorb(short)
    for short in [c for c in clusters
                  if len(words := c.canonical().split()) == 2 and words[1].endswith(_PATRONYMIC_ENDINGS)]:
        # a given name and a patronymic, as Russians address one another, for one full name with that given name
        # ("Vladimir Vladimirovich" of Vladimir Putin)
        holders = [c for c in clusters if c is not short and c.given == short.given
                   and not c.canonical().endswith(_PATRONYMIC_ENDINGS)]
        if len(holders) == 1:
            clusters.remove(short)
            holders[0].absorb(short)
    doubled = [c for c in clusters if "-" in c.surname]
    for short in [c for c in clusters if doubled and "-" not in c.surname and len(c.given) > 1]:
        # a birth name beside the double surname taken on marriage ("Miriam Ruth Keller" of "Miriam Keller-Osei")
        holders = [c for c in doubled if c.given == short.given and short.surname in c.surname.split("-")]
        if len(holders) == 1:
            clusters.remove(short)
            holders[0].absorb(short)
    for short in [c for c in clusters if len(words := c.canonical().split()) == 2 and not c.generation
                  and words[1].casefold() in _NAME_SUFFIXES and not _REGNAL.fullmatch(words[1])]:
        # a short given name and the suffix for one full name with that suffix ("Don Jr." of "Donald Trump Jr.")
        head, suffix = short.canonical().split()
        holders = [c for c in clusters if c.generation == suffix.casefold().rstrip(".")
                   and c.given.startswith(_name_key(head))]
        if len(holders) == 1:
            clusters.remove(short)
            holders[0].absorb(short)
    specs = []
    surnames: set[str] = set()
    tokens = Counter(key for c in clusters for key in {_name_key(t) for t in c.canonical().split()})
    by_initials = Counter(i for c in clusters for i in _person_initials(c.canonical().split()))
    written_initials = set() if caps else set(re.findall(r"(?<![\w.-])[A-Z]{3,5}(?![\w.-])", text))
    for cluster in sorted(clusters, key=lambda c: min(c.first.values())):
        name = cluster.canonical()
        # A family-first name of two words keeps its last word too: "Lee Zeldin" looks like "Lee Jin"; but not one
        # that another person's name holds ("Jian" of Lin Jian, with Xue Jian named too), nor a given name of two
        # syllables joined or apart ("Jae-myung" of Lee Jae-myung, "Yeol" of Yoon Suk Yeol)
        words = name.split()
        family, last = _family_name(words), _surname(words)
        candidates = dict.fromkeys(n for n in (family, last) if n and (
            not family or n == family or tokens[_name_key(n)] == 1 and len(words) == 2 and "-" not in words[1]
        ))
        particle, _, tail = last.rpartition(" ")
        if particle in _DROPPED_PARTICLES and any(
            not text.endswith(particle + " ", 0, m.start()) for m in _whole_word(tail).finditer(text)
        ):
            candidates[tail] = None  # "Moraes" of "Alexandre de Moraes", where the text writes it so
        # no "My" of a tagger's "God Quench My", nor the "Sen" of Hun Sen, which is "Sen." before a senator's name
        bare = [n for n in candidates if _name_key(n) not in surnames and _gazetteer_key(n) not in _GAZETTEER_KEYS
                and n not in DETERMINERS and n.casefold() not in _ABBREVIATED_HEADS]
        variants = [*bare, *sorted(cluster.forms, key=cluster.first.get)]  # no bare "Israel" or "UN"
        surnames.update(_name_key(n) for n in candidates)
        called = [i for i in _person_initials(name.split()) if i in written_initials and by_initials[i] == 1
                  and _gazetteer_key(i) not in _GAZETTEER_KEYS]  # "MBS", which the tagger missed
        # a nickname in quotes inside the name ("Lee “Faker” Sang-hyeok", "Tony “Tiger” Hughes")
        nickname = [m.group(1) for m in re.finditer(r"[“\"‘]([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?)[”\"’]", name)]
        aliases = list(dict.fromkeys(_display(v, caps) for v in [*variants, *_inner_names(cluster, clusters, text),
                                                                 *called, *nickname]))
        display = _display(name, caps)
        lead, _, rest = display.partition(" ")
        if not caps and rest and re.fullmatch(r"[A-Z]{3,}(?:-[A-Z]{2,})*", lead) and not rest.isupper() \
                and text[max(0, cluster.first[name] - 1):cluster.first[name]] in ("", "\n"):
            # a tabloid's opening word in capitals ("BORIS Johnson has quit"), shown as a name
            aliases.insert(0, display)
            display = "-".join(part.capitalize() for part in lead.split("-")) + " " + rest
        specs.append(ActorSpec(display, "person", [a for a in aliases if a != display]))
    return specs


# particles a surname is written without on its own ("Moraes" of "Alexandre de Moraes"; not "des Cars" or "von der
# Leyen")
_DROPPED_PARTICLES = {"de", "da", "do", "dos", "das"}
# particles that are given names too ("Al Gore", "Van Jones")
_GIVEN_PARTICLES = {"al", "van", "el", "bin", "abu", "ibn"}


def _whole_word(form: str) -> re.Pattern:
    return re.compile(rf"(?<![\w'’-]){re.escape(form)}(?![\w'’-])")


def _inner_names(cluster: _Cluster, clusters: list[_Cluster], text: str) -> list[str]:
    """The names inside ``cluster``'s full name (not a given name, and no other person's) that ``text`` uses on their
    own, outside the full name and any other name ("Lula, speaking in São Paulo"; not the "Minh" of Pham Minh Chinh in
    "Ho Chi Minh City")."""
    names = []
    for token in cluster.canonical().split()[1:-1]:
        key = _name_key(token)
        if key not in cluster.inner or _fold(token).casefold() in GIVEN_NAME_GENDERS or any(
            c is not cluster and key in (c.surname, c.given, *c.inner) for c in clusters
        ):
            continue
        within = [m.span() for f in cluster.forms if token in f.split() for m in _whole_word(f).finditer(text)]
        if any(not _in_any(within, *m.span()) and not _COMPOUND_AFTER.match(text, m.end())
               for m in _whole_word(token).finditer(text)):
            names.append(token)
    return names


def _last_word(word: str, name: str) -> bool:
    """Whether ``word`` ends ``name``, a name of one piece ("City" of "Manchester City"; not of "Groupement
    Financier  UBS", two names run together, "Thomas' House" or "Daughters of the Confederacy")."""
    words = name.split()
    return (len(words) > 1 and words[-1] == word and words[-2].casefold() not in _NAME_GLUE
            and "  " not in name and not re.search(r"['’]", name))


# the words after a company's, a group's, a party's or a college's own name ("Amnesty International", "Tesla Inc.",
# "Alibaba Group", "Labor Party", "Toyota Motor", "Harvard University", "Newcastle United", "Lloyds Banking Group");
# not "Company", which often follows a town's name ("the Manitowoc Company, based in Manitowoc")
_ORGANISATION_SUFFIXES = _LEGAL_FORMS | {"international", "group", "sa", "se", "party", "securities", "capital",
                          "partners", "investments", "management", "research", "bank", "motor", "motors", "electronics",
                          "brothers", "pharmaceuticals", "pharma", "therapeutics", "biosciences", "robotics",
                          "technologies", "technology", "systems", "labs", "industries", "enterprises", "solutions",
                          "networks", "communications", "airlines", "airways", "financial", "insurance", "foods",
                          "university", "college", "football", "club", "fc", "afc", "united", "city", "rovers",
                          "athletic", "wanderers", "hotspur", "albion", "county", "energy", "ab", "data", "media",
                          "software", "semiconductor", "semiconductors", "freight", "logistics", "shipping", "resorts",
                          "entertainment", "retail", "couture", "banking"}


def _first_word(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` without the suffixes after it ("Amnesty" of "Amnesty International")."""
    words = name.split()
    return len(words) > 1 and words[0] == word and all(w.casefold() in _ORGANISATION_SUFFIXES for w in words[1:])


_COUNTRY_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")  # of a gazetteer country: "U.S.", "UK"


def _without_country(words: list[str]) -> list[str]:
    """A body's name without a country's abbreviation before it ("U.S. Food and Drug Administration")."""
    if len(words) > 2 and _COUNTRY_ABBREVIATION.fullmatch(words[0]) \
            and _gazetteer_key(words[0]) in _GAZETTEER_KEYS and any(w.casefold() in BODY_NAME_WORDS for w in words):
        return words[1:]
    return words


def _initials(words: list[str]) -> str:
    """The capitals that start a name's words and their hyphenated parts ("WADA" of "World Anti-Doping Agency")."""
    return "".join(part[0] for word in words for part in word.split("-") if part[:1].isupper())


_TEAM = re.compile(r"[A-Z][a-z]+s")  # a team's plural name, as a headline may write it first ("Bears")


def _organisation_specs(names: list[tuple[str, int]], caps: bool) -> list[ActorSpec]:
    """One spec per organisation: spellings, names with and without a country's abbreviation ("U.S. Supreme Court"),
    acronyms ("ECB" of "European Central Bank") and the last word (or the first before a suffix) of one longer name
    standing alone after it ("City" of "Manchester City", "Amnesty" of "Amnesty International"), and a name of two
    words or more that one name a word longer opens, where that name's last word stands alone too ("Golden State"
    and "Warriors" of "Golden State Warriors"), merged."""
    clusters: dict[str, _Cluster] = {}
    for surface, pos in sorted(names, key=lambda n: n[1]):
        clusters.setdefault(_name_key(" ".join(_without_country(surface.split()))), _Cluster()).add(surface, pos)
    # "Northwind Energy" of "Northwind Energy ASA": a name that one other name runs on from with suffixes only
    for key in [k for k in clusters if " " in k]:
        words = clusters[key].canonical().split()
        holders = [c for k, c in clusters.items() if k != key and len(longer := c.canonical().split()) > len(words)
                   and longer[:len(words)] == words
                   and all(w.casefold() in _ORGANISATION_SUFFIXES for w in longer[len(words):])]
        if len(holders) == 1:
            holders[0].absorb(clusters.pop(key))
    # "Red Sox" of "Boston Red Sox": a name of two words or more that one name a word longer ends, whose first word
    # stands alone too ("Boston took the lead"; not "Democratic Party" of "Social Democratic Party")
    by_tail: dict[tuple[str, ...], list[str]] = {}
    for k, c in clusters.items():
        if len(words := c.canonical().split()) > 2 and _name_key(words[0]) in clusters:
            by_tail.setdefault(tuple(words[1:]), []).append(k)
    for key in [k for k in clusters if " " in k]:
        holders = [k for k in by_tail.get(tuple(clusters[key].canonical().split()), ()) if k != key and k in clusters]
        if len(holders) == 1:
            clusters[holders[0]].absorb(clusters.pop(key))
    for key in [k for k in clusters if " " not in k]:
        acronym = clusters[key].canonical()
        target = next((
            c for k, c in clusters.items()
            if k != key and len(acronym) > 1 and acronym.isupper()
            and _initials(_without_country(c.canonical().split())) == acronym.replace("&", "")  # "J&J"
        ), None)
        alone = clusters[key]
        # a body's word is a name of its own ("Congress" after "U.S. Congress" may be another country's), but for
        # "Palace" (of "Crystal Palace" or "Buckingham Palace")
        own_name = _gazetteer_key(acronym) in _GAZETTEER_KEYS or acronym.casefold() in BODY_NAME_WORDS - {"palace"}
        if target is None and not own_name:
            # "City" after "Manchester City", when no other name ends with that word
            holders = [c for k, c in clusters.items() if k != key and _last_word(acronym, c.canonical())]
            earlier = [c for c in holders if min(c.first.values()) < min(alone.first.values())]
            holders = earlier if earlier or not _TEAM.fullmatch(acronym) else holders
            target = holders[0] if len(holders) == 1 else None
        if target is None and not own_name:
            # "Amnesty" of "Amnesty International", "Labor" of "Labor Party", before or after it; "Dallas" of "Dallas
            # Cowboys" where "Cowboys" stands alone too ("Boston" of "Boston Red Sox"); the last word of one name of two
            holders = [c for k, c in clusters.items() if k != key and _first_word(acronym, c.canonical())] or [
                c for k, c in clusters.items() if k != key and len(words := c.canonical().split()) >= 2
                and words[0] == acronym and ((tail := " ".join(words[1:])) in c.forms or _name_key(tail) in clusters)
            ] or [  # "Dortmund" of "Borussia Dortmund", before it too (not "Apple" of "Apple Music")
                c for k, c in clusters.items() if k != key and len(parts := c.canonical().split()) == 2
                and acronym == parts[1] and "  " not in c.canonical() and parts[0].casefold() not in _NAME_GLUE
            ] or [  # "Novo" of "Novo Nordisk", "Bayern" of "Bayern Munich", after it (not "Apple" of "Apple Music")
                c for k, c in clusters.items() if k != key and len(parts := c.canonical().split()) == 2
                and acronym == parts[0] and "  " not in c.canonical()
                and parts[1].casefold() not in _NOT_NAMES | BODY_NAME_WORDS  # nor "Manitowoc" of "… Company", a town
                and min(c.first.values()) < min(alone.first.values())
            ]
            target = holders[0] if len(holders) == 1 else None
        if target is not None:
            target.absorb(clusters.pop(key))
    # "Golden State" of "Golden State Warriors": a name of two words or more that one name a word longer opens, whose
    # last word stands alone too ("Warriors")
    canonical = {k: c.canonical().split() for k, c in clusters.items()}
    for key in [k for k in clusters if " " in k]:
        holders = [c for k, c in clusters.items()
                   if canonical[k][:-1] == canonical[key] and canonical[k][-1] in c.forms]
        if len(holders) == 1:
            holders[0].absorb(clusters.pop(key))
    specs = []
    for cluster in sorted(clusters.values(), key=lambda c: min(c.first.values())):
        name = _display(max(cluster.forms, key=lambda f: (len(f), not f.isupper() or len(f) <= 5, cluster.forms[f])),
                        caps, person=False)  # "Reuters" over "REUTERS", as written mid-sentence
        aliases = dict.fromkeys(_display(f, caps, person=False) for f in sorted(cluster.forms, key=cluster.first.get))
        specs.append(ActorSpec(name, "organisation", [a for a in aliases if a != name]))
    return specs


def _aliases_in_text(paragraphs: list[Paragraph], specs: list[ActorSpec]) -> list[ActorSpec]:
    """The specs with the other names the text gives an actor added to its aliases: a name spelled out before an
    organisation's short form in brackets ("the Social Democrats (SPD)"; a leading "The" or country dropped), the
    short form in brackets after an organisation's name ("the Philippine Coast Guard (PCG)") and a person's or an
    organisation's other name after "known as" ("Mohamed Hamdan Dagalo, known as Hemedti"; "the Economic Community
    of West African States, known as ECOWAS"). A spec that owns the name already keeps it; a short form tagged alone
    whose name in full is another actor's joins that actor ("the U.N. Security Council (UNSC)": the UN)."""
    forms: dict[str, int] = {}
    for i, spec in enumerate(specs):
        for form in (spec.name, *spec.aliases):
            forms.setdefault(form.casefold(), i)
            if (words := form.split())[1:] and _COUNTRY_ABBREVIATION.fullmatch(words[0]) \
                    and _gazetteer_key(words[0]) in _GAZETTEER_KEYS:
                # "Immigration and Customs Enforcement (ICE)" of "U.S. Immigration and Customs Enforcement"
                forms.setdefault(" ".join(words[1:]).casefold(), i)
    owners = sorted(((f, i) for f, i in forms.items() if specs[i].type != "country"), key=lambda x: -len(x[0]))
    added: dict[int, list[str]] = {}
    absorbed: set[int] = set()  # short forms that another actor takes
    for p in paragraphs:
        for m in _SPELLED_OUT.finditer(p.text):
            short = m.group(2)
            spelling = _initials_tail(m.group(1).split(), _spelt(short))
            if not _short_form(short) and not spelling:
                continue  # a word of the name in brackets, no short form: "Janata Dal (United)"
            words = spelling or m.group(1).split()
            owner = forms.get(short.casefold())
            # the name, or the words after a possessive that name an actor ("Erdoğan's AK Party (AKP)": AK Party;
            # not "Democrats" of "Christian Democrats (CDU)")
            named = next((forms[key] for j in range(words[0] == "The", len(words))
                          if (j == (words[0] == "The") or re.search(r"['’]s$", words[j - 1]))
                          and (key := " ".join(words[j:]).casefold()) in forms), None)
            # an actor's possessive before the name is no part of it ("Khan's Pakistan Tehreek-e-Insaf (PTI)")
            owned = [k for k in range(len(words)) if re.search(r"['’]s$", words[k])
                     and re.sub(r"['’]s$", "", " ".join(words[:k + 1])).casefold() in forms]
            words = words[owned[-1] + 1:] if owned else words
            while words and (words[0] == "The" or _gazetteer_key(words[0]) in _GAZETTEER_KEYS):
                words.pop(0)
            long = " ".join(words)
            if owner is not None and named is not None and owner != named \
                    and {specs[owner].type, specs[named].type} <= _ORGANISATION_TYPES \
                    and not {_gazetteer_key(specs[owner].name), _gazetteer_key(specs[named].name)} & _GAZETTEER_KEYS:
                # "his Socialists (PSOE)", each found on its own: the first spec takes the other's forms, so that
                # the other finds no mention of its own
                first, other = sorted((owner, named))
                added.setdefault(first, []).extend([specs[other].name, *specs[other].aliases])
            elif owner is not None and named is not None and named < owner \
                    and specs[named].type in _ORGANISATION_TYPES and _initials_tail(words, short) \
                    and _other_name(specs[named].name, specs[owner]):
                # "International Cricket Council (ICC)": the short form is the tagged name's here, not the
                # gazetteer's International Criminal Court, which then finds no mention
                added.setdefault(named, []).append(short)
            elif owner is not None and specs[owner].type in _ORGANISATION_TYPES:
                if long and long.casefold() not in forms:
                    added.setdefault(owner, []).append(long)
                elif long and (holder := forms[long.casefold()]) != owner and not specs[owner].aliases:
                    added.setdefault(holder, []).append(short)  # "U.N. Security Council (UNSC)": the UN's
                    absorbed.add(owner)
            elif owner is None and named is not None and specs[named].type in _ORGANISATION_TYPES:
                added.setdefault(named, []).append(short)  # "the Philippine Coast Guard (PCG)"
        for m in _KNOWN_AS.finditer(p.text):
            before = p.text[:m.start()].casefold()
            owner = next((i for f, i in owners if before.endswith(f)), None)
            nickname = m.group(1)
            # none, or a tagged name standing alone ("Hemedti", as ORG or PER; "Bobi Wine", with its surname "Wine")
            holder = forms.get(nickname.casefold())
            alone = holder is not None and specs[holder].type in ("organisation", "person") \
                and specs[holder].name == nickname and set(specs[holder].aliases) <= set(nickname.split())
            if owner is not None and (holder is None or alone):
                added.setdefault(owner, []).extend([nickname, *(specs[holder].aliases if alone else ())])
    return [ActorSpec(s.name, s.type, [*s.aliases, *added.get(i, [])])
            for i, s in enumerate(specs) if i not in absorbed]


def _other_name(name: str, spec: ActorSpec) -> bool:
    """Whether most words of ``name`` are in none of ``spec``'s forms ("International Cricket Council" against the
    International Criminal Court's; not "North Atlantic Treaty Organisation" against NATO's)."""
    words = {_name_key(w) for form in (spec.name, *spec.aliases) for w in form.split()}
    return sum(_name_key(w) not in words for w in name.split()) * 2 > len(name.split())


def _unique_forms(specs: list[ActorSpec]) -> list[ActorSpec]:
    """The specs with every name or alias kept by its first owner only (a spec whose name is taken is dropped), case
    aside; an actor keeps the forms that differ from its name only in case ("KATE WELLS" of a byline)."""
    owned: set[str] = set()
    unique = []
    for spec in specs:
        if spec.name.casefold() in owned:
            continue
        aliases = [a for a in dict.fromkeys(spec.aliases) if a.casefold() not in owned and a != spec.name]
        owned.update(f.casefold() for f in (spec.name, *aliases))
        unique.append(ActorSpec(spec.name, spec.type, aliases))
    return unique


# a company's stock exchange and ticker, no name of its own: "(NASDAQ: NVDA)", "(TSX: SHOP, NYSE: SHOP)"
_TICKER = re.compile(r"\((?:[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?:\s*[A-Z][A-Z0-9.]{0,7}(?:,\s*)?)+\)")


def _in_title_case_headline(text: str, paragraphs: list[Paragraph], tagged: list[tuple[str, str, int]]
                            ) -> list[tuple[str, str, int]]:
    """``tagged`` with the names of a headline in title case cut to their longest run of words that the rest of the
    text writes too, or dropped where it writes none ("Judge Blocks Kessler-FreshWay Grocery Merger in Win for FTC":
    not "Blocks Kessler-FreshWay Grocery" nor "Win for FTC"; "FTC" where the story says "FTC").

    A headline is in title case when every word of four letters or more starts with a capital; there, capitals do not
    tell where a name starts or ends.
    """
    headline = headline_of(paragraphs)
    long = [w for w in headline.split() if len(w.strip(_PUNCTUATION)) >= 4]
    if len(headline.split()) < 4 or len(long) < 2 or not all(w.strip(_PUNCTUATION)[:1].isupper() for w in long):
        return tagged
    rest = text[paragraphs[1].start:]

    def written(words: list[str]) -> bool:
        return re.search(rf"(?<![\w'’-]){re.escape(' '.join(words))}(?![\w'’-])", rest) is not None

    out = []
    for label, surface, pos in tagged:
        words = surface.split(" ")
        if pos >= paragraphs[0].end or label == "LOC" or len(words) == 1 and written(words):
            out.append((label, surface, pos))
            continue
        runs = [(j - i, i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1) if written(words[i:j])]
        if runs:
            _, i, j = max(runs)
            out.append((label, " ".join(words[i:j]), pos + len(" ".join(words[:i])) + (i > 0)))
    return out


def detect_specs(text: str, paragraphs: list[Paragraph], tagger: Tagger) -> list[ActorSpec]:
    """Detect the actors of a document: one spec per real actor, in order of first mention.

    Runs ``tagger`` once over all paragraphs. People (PER) are merged by
    surname and given name; organisations (ORG) by spelling and acronym; places
    (LOC) are not actors. Countries, bodies and groups come from the gazetteer,
    tagged or not, with the aliases (short forms, demonyms, seats) the text
    uses for them as actors.
    """
    caps = _mostly_upper(text)
    entities = tagger([p.text for p in paragraphs]) if paragraphs else []
    tickers = [m.span() for m in _TICKER.finditer(text)]
    tagged = [t for t in _tagged(paragraphs, entities, caps) if not _in_any(tickers, t[2], t[2] + len(t[1]))]
    tagged = _in_title_case_headline(text, paragraphs, tagged)
    # a name tagged a place that speaks is a body's ("Liverpool confirmed the move": the club; not "a federal judge in
    # Chicago says")
    speakers = {s for label, s, pos in tagged if label == "LOC" and _IT_SPEAKS.match(text, pos + len(s))
                and "  " not in s and not _PREPOSITION_BEFORE.search(text, max(0, pos - 80), pos)}
    tagged = [("ORG" if label == "LOC" and surface in speakers else label, surface, pos)
              for label, surface, pos in tagged]
    labels = Counter((label, surface) for label, surface, _ in tagged)
    # the same without a headline's, whose words' capitals tell the tagger little ("Ndiaye strikes late as …")
    after_headline = paragraphs[1].start if headline_of(paragraphs) and len(paragraphs) > 1 else 0
    body_labels = Counter((label, surface) for label, surface, pos in tagged if pos >= after_headline)
    # a name tagged a place at least as often as an organisation is a place ("Gaza" of a headline's "Gaza truce"),
    # but for a news outlet ("Washington Post")
    tagged = [t for t in tagged
              if t[0] != "ORG" or labels["LOC", t[1]] < labels["ORG", t[1]] or _fold(t[1]) in _NEWS_OUTLETS]
    # a US state is no person ("a Tennessee law"), nor a birth name someone else in the text bears ("The first
    # American pope, born Robert Prevost"); a short form tagged an organisation at least as often as a person is one
    # ("AMD" and "AMD's chief executive"), as is one whose letters are a tagged organisation's initials ("WADA" of
    # "World Anti-Doping Agency"), and a brand's name with a capital inside tagged an organisation more often
    # ("OpenAI" of a headline; not "Madoff", whom PerSenT's stories name by his surname, tagged either way), and so is
    # a news outlet or a firm named after people
    spelled_out = [] if caps else _spelled_out(paragraphs)
    initials = {_initials(s.split()) for label, s, _ in tagged if label == "ORG" and " " in s} \
        | {s for s, _ in spelled_out if " " not in s}  # "Associated Newspapers Limited (ANL)", "… Agency (Wada)"
    tagged = [("ORG" if label == "PER" and (
        surface.isupper() and labels["ORG", surface] >= labels["PER", surface] or surface in initials
        or _INNER_CAPITAL.search(surface) and labels["ORG", surface] > labels["PER", surface]
        or re.fullmatch(r"[a-z]{1,3}[A-Z][\w-]*", surface)  # a brand that opens in lowercase: "xAI", "eBay"
        or _fold(surface) in _NEWS_OUTLETS | _FIRMS  # "Al Arabiya", "RIA Novosti", "Morgan Stanley"
    ) else label, surface, pos) for label, surface, pos in tagged
        if not (label == "PER" and (surface in US_STATES or _BORN_BEFORE.search(text, max(0, pos - 6), pos)))]
    # an organisation's possessive before its product, tagged as one name where the organisation is tagged alone too
    # ("SpaceX's Starship" of a headline beside "SpaceX's"; not "Women's Tennis Association")
    alone = {surface for label, surface, _ in tagged if label == "ORG"}
    tagged = [(label, owner.group(1), pos) if label == "ORG" and (owner := re.match(r"(.+?)['’]s\s", surface))
              and owner.group(1) in alone else (label, surface, pos) for label, surface, pos in tagged]
    # two organisations tagged as one name where each is tagged alone too ("Northwind Energy and Statkraft" of a
    # headline; not "Procter and Gamble")
    tagged = [t for t in tagged
              if not (t[0] == "ORG" and len(parts := t[1].split(" and ")) == 2 and set(parts) <= alone)]
    # a person's possessive before an organisation, tagged as one name ("Farage's Reform UK" of a headline)
    surnames = {surface.split()[-1] for label, surface, _ in tagged if label == "PER"}
    tagged = [(label, surface[owner.end():], pos + owner.end()) if label == "ORG"
              and (owner := re.match(r"(\S+)['’]s\s+", surface)) and owner.group(1) in surnames
              else (label, surface, pos) for label, surface, pos in tagged]
    # a name the text calls a product anywhere is one everywhere ("the Orion capsule" and "powers Orion", "its
    # obesity drug CagriSema", "its H20 chip"), unless it speaks or employs ("Pfizer said … the Pfizer vaccine")
    matches = list(_PRODUCT_NAMED.finditer(text))
    named = [(kind, m.group(2) or m.group(3)) for m in matches
             for kind in (m.group(1) or "").split(" and ")]  # "the maker of KitKat and Nescafé"
    kinds = [m.span(1) for m in matches if m.group(1)]  # "The maker of Wegovy and Ozempic said": the maker speaks
    storms = {m.group(1) for m in _STORM_NAMED.finditer(text) if m.group(1).casefold() not in BODY_NAME_WORDS}
    tagged = [t for t in tagged if t[1] not in storms and t[1].split()[-1] not in storms]
    # a law's short form, in brackets after its name or spelling its initials ("the Digital Markets Act (DMA)")
    laws = {m.group(2) for m in _SPELLED_OUT.finditer(text) if _title_word(m.group(1).split()[-1]) in _DOCUMENT_WORDS}
    laws |= {short for m in _LAW_RUN.finditer(text) if len(words := m.group().removeprefix("The ").split()) > 2
             and _title_word(words[-1]) in _DOCUMENT_WORDS and len(short := _initials(words)) > 2}
    tagged = [t for t in tagged if t[1] not in laws]
    # two people joined by a hyphen, each named on their own too ("a Trump-Xi meeting"; not "Keller-Sutter")
    pairs = {s for _, s, _ in tagged if (pair := _PAIR.fullmatch(s))
             and all(_whole_word(part).search(text) for part in pair.groups())}
    tagged = [t for t in tagged if t[1] not in pairs]
    # a handle that spells a person's name tagged elsewhere ("@NunezFeijoo" beside "Alberto Núñez Feijóo")
    spelled = {_fold(s).casefold().replace(" ", "") for label, s, _ in tagged if label == "PER" and " " in s}
    tagged = [t for t in tagged if not (text[t[2] - 1:t[2]] == "@" and any(
        _fold(t[1]).casefold() in name for name in spelled))]
    # a given name tagged without the surname after it that another person's full name ends with ("Dhirubhai" of
    # "Dhirubhai Ambani" beside "Mukesh Ambani")
    surnames = {surface.split()[-1] for label, surface, _ in tagged if label == "PER" and " " in surface}
    tagged = [("PER", surface + after.group(), pos) if label == "PER" and " " not in surface and surface not in surnames
              and (after := _SURNAME_AFTER.match(text, pos + len(surface))) and after.group(1) in surnames
              else (label, surface, pos) for label, surface, pos in tagged]
    apps = {m.group(1) for m in _APP_NAMED.finditer(text)}
    products = {s for label, s in {(label, s) for label, s, _ in tagged} if label in ("ORG", "PER") and (
        any(n == s or n.startswith(s + " ") for n, _ in named if n)
        or label == "ORG" and any(n == s or n.endswith(" " + s) for _, n in named if n)
        or s in apps
    ) and not any(not _in_any(kinds, m.start(), m.start() + len(s))
                  for m in re.finditer(rf"(?<![\w-]){re.escape(s)}{_MAKER_AFTER}", text))}
    tagged = [t for t in tagged if t[1] not in products]
    # a name the text writes only in works' titles is none ("“Emilia Pérez,” a film", "“Anora” won"; not "Calvin" of
    # "“Calvin and Hobbes”" where the text names him alone), unless its last word is tagged outside them ("“The Jay Leno
    # Show”" beside "Leno said")
    titles = [] if caps else [
        (p.start + a, p.start + b) for p in paragraphs for a, b in _quote_and_inner_spans(p.text)
        if _title_quote(p.text, a, b, words=1)
    ]
    outside = {s for _, s, pos in tagged if not _in_any(titles, pos, pos + len(s))}
    in_titles = {s for _, s, _ in tagged if titles and not {s, s.split()[-1]} & outside and not any(
        not _in_any(titles, m.start(), m.end()) for m in _whole_word(s).finditer(text)
    )}
    tagged = [t for t in tagged if t[1] not in in_titles]
    # a name the text calls a party is one, however else it is tagged ("whose Tisza party leads", "The main
    # opposition party, Chadema, was barred")
    before_party = [text[max(0, m.start() - 80):m.start()] for m in re.finditer(r"\s+party\b", text)]
    # (not "A spokesman for the party, Zulfi Bukhari,")
    after_party = [text[m.end():m.end() + 80] for m in re.finditer(r"(?<!for the )(?<!of the )\bparty,\s+", text)]
    parties = {s for label, s, _ in tagged if label == "PER" and (any(
        b.endswith(s) and not re.search(r"[\w-]$", b[:len(b) - len(s)]) for b in before_party
    ) or any(a.startswith(s) and re.match(r",|\)", a[len(s):]) for a in after_party))}
    tagged = [("ORG" if surface in parties else label, surface, pos) for label, surface, pos in tagged]
    people = [surface.split() for label, surface, _ in tagged if label == "PER"]
    # a title and a name read as a person's elsewhere, tagged as an organisation, are that person's title and name
    # ("fired by President Trump" beside "met Trump", "to President Xi" beside "Xi Jinping"; not "General Motors")
    surnames = {person[-1] for person in people} | {family for person in people if (family := _family_name(person))}
    # a person's initials tagged as an organisation's name ("MBZ" of "Mohammed bin Zayed Al Nahyan")
    by_initials = Counter(i for name in {" ".join(person) for person in people if len(person) > 1}
                          for i in _person_initials(name.split()))
    tagged = [("PER", surface, pos) if label == "ORG" and re.fullmatch(r"[A-Z]{3,4}", surface)
              and by_initials[surface] == 1 and surface not in initials
              and _gazetteer_key(surface) not in _GAZETTEER_KEYS
              else (label, surface, pos) for label, surface, pos in tagged]
    tagged = [("PER", named, pos + len(surface) - len(named)) if label == "ORG" and (
        named := _after_title(surface, surnames)) else (label, surface, pos) for label, surface, pos in tagged]
    tagged = [("PER" if label == "ORG" and (
        _named_like_a_person(surface, people)
        and body_labels["PER", surface.split()[-1]] > body_labels["ORG", surface.split()[-1]]
        or _titled_given_name(text, surface, pos)
        or _given_name_of_one(surface, people)
        or _article_surname(surface)
        or " " in surface and surface.split()[-1].casefold().rstrip(".") in ("jr", "sr")  # "De la Cruz Sr, 58,"
    ) else label, surface, pos) for label, surface, pos in tagged]
    # a name with a company's officers or shares is a company's, however tagged ("Lilly's chief executive" of "Eli
    # Lilly", "Shares of Cleveland-Cliffs"; not "David Simon, chairman and CEO" of "Simon's shares", where PerSenT
    # writes "Simon  chairman")
    commas = text.replace("  ", ", ")
    with_cue = {(m.group(1) or m.group(2)).split()[-1] for m in _COMPANY_NAMED.finditer(text)}
    companies = {s for label, s, _ in tagged if label in ("PER", "LOC") and s.split()[-1] in with_cue}
    companies = {s for s in companies
                 if not any(_APPOSITIVE_TITLE.match(commas, m.end()) for m in re.finditer(re.escape(s), text))}
    # a lone name read as a person's that opens an organisation's name before its suffixes is that organisation's,
    # where no person of two names or more bears it ("Harvard sued" beside "Harvard University"; not "Ford" beside
    # "Ford Motor" and "Harrison Ford")
    bodies = {s for label, s, _ in tagged if label == "ORG"}
    companies |= {s for label, s, _ in tagged if label == "PER" and " " not in s
                  and not any(len(p) > 1 and p[-1] == s for p in people) and any(_first_word(s, b) for b in bodies)}
    # a one-word name that takes a plural verb is a team's, however tagged ("Everton have confirmed", "Lyon are";
    # not "Trump and Harris are")
    plural = {m.group(1) for m in re.finditer(r"(?<!and )(?<!& )(?<!, )\b([A-Z][\w'’-]*)\s+(?:are|have)\b", text)}
    companies |= {s for label, s, _ in tagged if label == "PER" and s in plural
                  and _fold(s).casefold() not in GIVEN_NAME_GENDERS}
    tagged = [("ORG" if surface in companies else label, surface, pos) for label, surface, pos in tagged]
    people = _person_specs([(s, pos) for label, s, pos in tagged if label == "PER"], caps, text)
    orgs = [(s, pos) for label, s, pos in tagged if label == "ORG"]
    if not caps:
        shorts = {s for s, _ in orgs if re.fullmatch(r"[A-Z]{2,6}", s) and _gazetteer_key(s) not in _GAZETTEER_KEYS}
        orgs += spelled_out + [(long, start) for long, start, _ in _long_forms(paragraphs, shorts)]
        orgs += _untagged_short_forms(paragraphs, {s for s, _ in orgs})
        orgs += _untagged_bodies(paragraphs, {s for s, _ in orgs})
    organisations = _organisation_specs(orgs, caps)
    # a founder's surname that names a firm is the firm's ("Boeing, founded by William Boeing in 1916, said")
    people = [ActorSpec(spec.name, spec.type, [a for a in spec.aliases if _fold(a) not in _FIRMS]) for spec in people]
    from_tagger = _unique_forms(people + organisations)
    n_tagged = len(from_tagger)  # the gazetteer specs after them keep only the forms the text uses
    states = {name for name, (state, country) in STATE_NAMESAKES.items()
              if re.search(state, text) and not re.search(country, text)}
    specs = _unique_forms(from_tagger + [
        ActorSpec(e.name, e.type, _entry_forms(e)[1:]) for e in ENTRIES if e.name not in states
    ])
    if not caps:
        specs = _aliases_in_text(paragraphs, specs)
    first: dict[int, int] = {}
    used: dict[int, set[str]] = {}
    named_as_person: set[int] = set()  # a tagged person named once outside a place's context
    for f in _name_mentions(paragraphs, specs, caps):
        first.setdefault(f.actor, f.mention.start)
        used.setdefault(f.actor, set()).add(f.form)
        after = text[f.mention.end:f.mention.end + 30]
        if (not _PLACE_BEFORE.search(text, max(0, f.mention.start - 40), f.mention.start) or re.match(r"['’]", after)) \
                and not _PLACE_TITLE_AFTER.match(after):
            named_as_person.add(f.actor)
    result = []
    for i in sorted(first, key=first.get):
        if i < n_tagged and specs[i].type == "person" and i not in named_as_person:
            continue  # "took control of El Fasher", "in Sandy Hook", "Vancouver's mayor": a place read as a person
        spec = specs[i]
        aliases = spec.aliases if i < n_tagged else [a for a in spec.aliases if a in used[i]]
        result.append(ActorSpec(spec.name, spec.type, list(dict.fromkeys(aliases))))
    # a nickname given to another actor ("Mohamed Hamdan Dagalo, known as Hemedti"; "Jama'at Nusrat al-Islam
    # wal-Muslimin, known as JNIM") is that actor's, and the spec the tagger made of it alone none of its own
    nicknames = {a.casefold() for spec in result for a in spec.aliases}
    return _unique_forms([spec for spec in result if spec.aliases or spec.name.casefold() not in nicknames])


# ----------------------------------------------------------- building actors


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _fold(name).casefold()).strip("-") or "actor"


def _in_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _quote_spans(p: Paragraph, caps: bool = False) -> list[tuple[int, int]]:
    """Document offsets of the quotations of a paragraph (an unclosed one runs to the paragraph's end), but for the
    titles of works (see ``_title_quote``; in single quotes also of one word: "'Titanic.'", "the 'Today' show") and
    nicknames (see ``_nickname``)."""
    return [(p.start + a, p.start + b) for a, b in quote_spans(p.text)
            if caps or not (_title_quote(p.text, a, b, words=1 if p.text[a] in "'‘" else 2) or _nickname(p.text, a, b))]


def _nickname(text: str, start: int, end: int) -> bool:
    """Whether the quote at ``text[start:end]`` is a nickname inside a name (Harold "Hal" Whitaker) or after a word
    that gives one (a drone operator who goes by the call sign "Bear", nicknamed "Hurrikane")."""
    return bool(re.fullmatch(r".[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?[,.]?.", text[start:end])) and (
        bool(re.search(r"(?<![\w'’-])[A-Z][\w'’-]+ $", text[max(0, start - 30):start])
             and re.match(r" [A-Z]", text[end:]))
        or _NICKNAMED_BEFORE.search(text, max(0, start - 40), start) is not None
    )


_NICKNAMED_BEFORE = re.compile(r"\b(?:call sign|callsign|nickname|nicknamed|known as|dubbed|codenamed|code name)\s+$")


def _quote_and_inner_spans(text: str) -> list[tuple[int, int]]:
    """The quotations of ``text`` and those inside them ("“'Game of Thrones' with a conscience”")."""
    spans = quote_spans(text)
    return spans + [(a + 1 + c, a + 1 + d) for a, b in spans for c, d in quote_spans(text[a + 1:b - 1])]


_MINOR_TITLE_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with", "from", "de",
                      "del", "la", "le"}
_SPEECH_AFTER_QUOTE = re.compile(rf"[,.!?]?\s*(?:[\w.'’-]+\s+){{0,3}}?(?i:{_SPEECH})\b")


def _title_quote(text: str, start: int, end: int, words: int = 2) -> bool:
    """Whether the quotation ``text[start:end]`` (marks included) names a work, not speech: ``words`` to eight
    capitalised words (and "of", "the" and the like) with no speech verb after it ("“The Brutalist,” his second
    Oscar"; not "“Thank You,” she said"), in a paragraph that is no headline in title case ("Starmer ‘Will Not Back
    Down’")."""
    title = text[start + 1:end - 1].strip().rstrip(",.!?:;").split()
    outside = (text[:start] + text[end:]).split()
    headline = len(outside) <= 20 and sum(w[:1].isupper() for w in outside) * 2 > len(outside) \
        and not any(w.endswith((".", "!", "?")) for w in outside[:-1])  # one sentence
    return words <= len(title) <= 8 and title[0][:1].isupper() and not headline \
        and all(w[:1].isupper() or w[:1].isdigit() or w in _MINOR_TITLE_WORDS for w in title) \
        and not (_SPEECH_AFTER_QUOTE.match(text, end)  # but for one that ends its sentence ("'Titanic.' She said")
                 and not (text[end - 2:end - 1] == "." and re.match(r"\s+[A-Z]", text[end:])))


# a transcript's speaker label at a paragraph's start ("Michal: We take the threat seriously", "Q: Are you worried"),
# which may name the speaker in brackets ("A (Wadephul): …")
_TURN_LABEL = re.compile(r"([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})(?:\s\(([A-Z][^()]{0,60})\))?:\s+(?=\S)")
# turns whose speaker the label does not name
_ASKER_LABELS = {"q", "question", "a", "answer", "interviewer", "moderator"}


def _turns(paragraphs: list[Paragraph], specs: list[ActorSpec]) -> dict[int, tuple[int, int, int | None]]:
    """A transcript's turns: paragraph index to (start, end, speaker index or None) of what follows its speaker label.

    A text is a transcript when two or more paragraphs start with a label, at least one of them a person's name or
    alias ("Michal: …" beside "Q: …"). A paragraph without a label is no turn, even after one: a photo essay's
    captions ("Amina Sboui: …") run on into the story's paragraphs.
    """
    people = {_fold(f).casefold(): i for i, spec in enumerate(specs) if spec.type == "person"
              for f in (spec.name, *spec.aliases)}
    turns: dict[int, tuple[int, int, int | None]] = {}
    for p in paragraphs:
        if not (m := _TURN_LABEL.match(p.text)):
            continue
        words = (m.group(2) or m.group(1)).split()
        while len(words) > 1 and _title_word(words[0]) in TITLE_WORDS:  # "SEN. WARREN:", "President Trump:"
            words.pop(0)
        key = _fold(" ".join(words)).casefold()
        if key in people or key in _ASKER_LABELS or m.group(1).casefold() in _ASKER_LABELS:
            turns[p.index] = (p.start + m.end(), p.end, people.get(key))
    return turns if len(turns) > 1 and any(speaker is not None for *_, speaker in turns.values()) else {}


def _title_head(title: str) -> str:
    return title.casefold().split(" of ")[0].split()[-1]


_FORMER_BEFORE = re.compile(r"(?i)\b(?:former|ex-?)\s*$")


def _person_titles(paragraphs: list[Paragraph], found: list[_Found], specs: list[ActorSpec]) -> dict[int, set[str]]:
    """The titles each person holds in the text ("Foreign Minister Andrii Sybiha", "Witkoff, the envoy"), and their
    age ("Pelosi, 85,": "85-year-old")."""
    titles: dict[int, set[str]] = {}
    for f in found:
        if specs[f.actor].type != "person":
            continue
        p = paragraphs[f.mention.paragraph]
        s, e = f.mention.start - p.start, f.mention.end - p.start
        before = p.text[max(0, s - 40):s]
        described = _DESCRIBED_BEFORE.search(before)
        if described and re.search(r",|\s\s", described.group()) and not re.match(r"[,.;]|\s\s", p.text[e:e + 2]):
            # no appositive: "where she lost her son, Rakhimbayeva said" (PerSenT: "son  Rakhimbayeva")
            described = None
        title = _TITLE_BEFORE.search(before)
        # a title before the title ("Saudi energy minister Prince Abdulaziz bin Salman")
        outer = title and title.start() and _TITLE_BEFORE.search(before, 0, title.start())
        for match, text in (  # "Foreign Minister Andrii Sybiha", "its governor, Siminalayi Fubara"
            (title or _TITLE_JUST_BEFORE.search(before), before), (outer, before),
            (_APPOSITIVE_TITLE.match(p.text, e), p.text),
            (_PREDICATE_TITLE.match(p.text, e), p.text),
            (described, before), (_DESCRIBED_APPOSITIVE.match(p.text, e), p.text),
            (_KIN_LIST_BEFORE.search(p.text, max(0, s - 80), s), p.text),
        ):
            if match:
                group = match.lastindex or 0
                former = "former " if _FORMER_BEFORE.search(text, 0, match.start(group)) else ""
                shadow = "shadow " if re.search(r"(?i)\bshadow\s+$", text[:match.start(group)]) else ""
                titles.setdefault(f.actor, set()).add(former + shadow + match.group(group).strip().casefold())
        if age := _AGE_AFTER.match(p.text, e):
            titles.setdefault(f.actor, set()).add(f"{age.group(1)}-year-old")
    return titles


# a noun for what a person is, before the name ("the singer Dua Lipa", "the veteran diplomat André Corrêa do Lago")
# or after it (", the singer,"): what "the singer joked" names
_EPITHET_ALT = _alternation(EPITHET_NOUNS)
_EPITHET_TITLE_BEFORE = re.compile(rf"\b(?i:the)\s+(?:[\w'’-]+\s+)?({_EPITHET_ALT}),?\s+$")
_EPITHET_TITLE_AFTER = re.compile(rf",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,2}}?({_EPITHET_ALT})(?=[,.;])")


def _person_epithets(paragraphs: list[Paragraph], found: list[_Found], specs: list[ActorSpec]) -> dict[int, set[str]]:
    """The nouns of EPITHET_NOUNS each person is given beside the name ("the singer Dua Lipa": "singer")."""
    epithets: dict[int, set[str]] = {}
    for f in found:
        if specs[f.actor].type == "person" and f.mention.kind == "name":
            p = paragraphs[f.mention.paragraph]
            s, e = f.mention.start - p.start, f.mention.end - p.start
            before = _EPITHET_TITLE_BEFORE.search(p.text, max(0, s - 40), s)
            for match in (before, _EPITHET_TITLE_AFTER.match(p.text, e)):
                if match:
                    epithets.setdefault(f.actor, set()).add(match.group(1).casefold())
    return epithets


def _person_countries(
    paragraphs: list[Paragraph], found: list[_Found], specs: list[ActorSpec]
) -> dict[int, int]:
    """The country (spec index) each person's title names ("Belgian Prime Minister Bart De Wever"), where the text
    names that country as an actor too; a person whose titles name two countries has none."""
    country_spec = {spec.name: i for i, spec in enumerate(specs) if spec.type == "country"}
    folded = [_fold(p.text) for p in paragraphs]  # same length as the text, so offsets hold
    named: dict[int, set[int]] = {}
    for f in found:
        if specs[f.actor].type != "person" or f.mention.kind != "name":
            continue
        p, text = paragraphs[f.mention.paragraph], folded[f.mention.paragraph]
        s, e = f.mention.start - p.start, f.mention.end - p.start
        for match in (_COUNTRY_TITLE_BEFORE.search(text, max(0, s - 60), s), _COUNTRY_TITLE_AFTER.match(text, e)):
            if match and (country := country_spec.get(_COUNTRY_OF_FORM[match.group(1)])) is not None:
                named.setdefault(f.actor, set()).add(country)
    return {person: next(iter(countries)) for person, countries in named.items() if len(countries) == 1}


def _shadow(titles: dict[int, set[str]], actor: int) -> bool:
    """Whether ``actor`` holds a shadow office ("Mel Stride, the shadow chancellor"), which no role names."""
    return any(t.startswith("shadow ") for t in titles.get(actor, ()))


def _role_target(
    role: str, pos: int, here: list[tuple[int, int]], seen: list[tuple[int, int]], titles: dict[int, set[str]],
    former: bool = False,
) -> int | None:
    """Who "the <role>" (``former``: "the former <role>") at ``pos`` is: the latest person named with that title, a
    former holder for a former one, else (but for TITLED_ROLES and a role with a portfolio, "the home secretary")
    the nearest one in ``here`` who holds no shadow office."""
    role = ROLE_TITLES.get(role.casefold(), role.casefold())
    latest: dict[int, int] = {}  # each titled person's last mention before pos
    for start, actor in seen:
        if start < pos and actor in titles:
            latest[actor] = max(start, latest.get(actor, start))
    best: tuple[int, int, int, int] | None = None
    for actor, start in latest.items():
        for title in titles[actor]:
            held = title.removeprefix("former ")
            if held.startswith("shadow "):
                continue  # see _shadow
            # "the president" is rather the one titled President than the Vice President named since
            score = 0 if _other_office(held, role) else 3 if held == role \
                else 2 if re.search(rf"\b{re.escape(role)}\b", held) else int(_title_head(held) == _title_head(role))
            # "the former president" is the one titled "former President", not the later "Senate President"
            agrees = int(former == title.startswith("former "))
            if score and (best is None or (agrees, score, start) > best[:3]):
                best = (agrees, score, start, actor)
    if best or role in TITLED_ROLES or role not in ROLES:
        return best[3] if best else None
    before = [actor for start, actor in here if start < pos and not _shadow(titles, actor)
              and not any(_other_office(title, role) for title in titles.get(actor, ()))
              and not _other_offices(titles.get(actor, set()), role)]
    return before[-1] if before else None


def _other_office(title: str, role: str) -> bool:
    """Whether a person's ``title`` is another office of the same kind as ``role`` ("the prime minister" is no Finance
    Minister, "the chancellor" no Vice Chancellor)."""
    return _title_head(title) == _title_head(role) and not set(role.split(" of ")[0].split()) <= set(title.split()) \
        or re.fullmatch(rf"(?:vice|deputy)[ -]{re.escape(role)}", title) is not None


_ROLE_HEADS = {_title_head(r) for r in ROLES} - {"leader"}  # a party's leader holds an office too
# offices of another head that a role may still name ("the minister" for Foreign Secretary David Lammy)
_KINDRED_HEADS = {"minister": {"secretary", "premier"}, "secretary": {"minister"}, "premier": {"minister"}}


def _other_offices(titles: set[str], role: str) -> bool:
    """Whether every title a person holds is an office another role names ("the secretary general" is no Foreign
    Minister)."""
    head = _title_head(role)
    heads = {_title_head(t.removeprefix("former ")) for t in titles}
    return bool(heads) and all(h in _ROLE_HEADS and h != head and h not in _KINDRED_HEADS.get(head, ()) for h in heads)


def _name_gender(name: str) -> str | None:
    """"m" or "f" when a person's full name starts with a given name that tells the gender, else None."""
    words = _fold(name).casefold().split()
    return GIVEN_NAME_GENDERS.get(words[0]) if len(words) > 1 else None


class _Person(NamedTuple):
    """A person named (or referred to) outside quotes: where, who, in which sentence, whether as a possessive."""

    start: int
    actor: int
    sentence: int
    possessive: bool
    determiner: bool = False  # "his", "her", "its", "their" before a noun
    speaks: bool = False  # a speech verb follows ("Ivan Zhdanov, the director of …, said")
    # "his" or "her" before a noun that an appositive names: the person named there is the sentence's ("His rival, RSF
    # commander Mohamed Hamdan Dagalo, said … his forces": Dagalo's forces)
    renamed: bool = False


_ELECT = re.compile(r"-(?:elect|designate)\b")  # "the president-elect"
_APPOSITIVE_CLOSES = re.compile(r"(?:\s+[\w-]+){1,3},")  # "his co-commentator," (not a list: "his wife Liza and")
# a title's "of" phrase before the name it titles ("the chair of the BBC board, Samir Shah")
_OF_APPOSITIVE = re.compile(r"\s+of\s+[^,;:.“”\"]{1,50},\s+")
# a sentence's subject that is a person no name or role mention stands for ("The England captain defended", "The
# 59-year-old lawyer lost"); not one that reports ("A spokesman said he"), often of someone named before
_UNNAMED_SUBJECT = re.compile(
    rf"(?:The|A|An)\s+(?:[\w.'’-]+\s+){{0,3}}?(?i:{_alternation(TITLES + JOB_NOUNS + EPITHET_NOUNS + PERSON_NOUNS)})"
    r"\s+(?:[a-z]+ly\s+)?(?!(?:said|says|told|tells|added|adds|wrote|writes|announced|stated|noted|explained)\b)"
    r"[a-z]+(?:ed|s)\b"
)
# a relative named by whose they are ("Anucha's mother", "Trump's elder son"), the noun in group 1
_KIN_AFTER = re.compile(
    r"['’]s\s+(?:(?:late|elder|eldest|younger|youngest|older)\s+)?(mother|wife|daughter|sister|widow|father|husband|son"
    r"|brother|widower)\b"
)
# a sentence whose subject is a person the text does not name there ("The woman once denounced in Brussels …")
_UNNAMED_OPENER = re.compile(
    rf"(?:The|A|An)\s+(?:[\w.'’-]+\s+){{0,3}}?(?i:woman|man|{_alternation(TITLES + JOB_NOUNS + EPITHET_NOUNS)})\b"
)
_SAID_ASIDE = re.compile(rf"\s+(?:{_SPEECH}),")  # "he said," in passing, mid-sentence
# what follows "his" or "her" in a sentence's closing attribution ("…, his office said")
_OWN_ATTRIBUTION = re.compile(rf"\s+(?:[a-z]+\s+){{1,2}}?(?:{_SPEECH})\b")
# a participle clause up to a pronoun in it (", extending his", ", saying she"), or a subordinate clause after a
# comma (", less than a year after his")
_PARTICIPLE_BEFORE = re.compile(
    r",\s+(?:(?:\w+ly\s+)?[a-z]{3,}ing\s+(?:(?:that|the|a|an|to|[a-z]+ly)\s+)?"
    r"|(?:[a-z]+\s+){0,4}(?:after|before|when|because|since|while|although|until)\s+)$"
)
# a name (and an appositive: ", an opposition lawmaker,"), its verb (not "portraying"), the pronoun
_OBJECT_AFTER_SUBJECT = re.compile(
    r"(\S)(?:,\s+(?:the|an?|his|her|its|their|who|which)\s+[^,;:“”\"]{1,80},)?"
    r"(?:\s+(?:would|will|could|can|should|must|may|might|did|does|do|had|has|have|to))?\s+[a-z]+(?<!ing)\s+$"
)
# what follows "her" as an object ("congratulated her and"), not as a possessive ("praised her policies")
_AFTER_OBJECT = re.compile(
    r"\s*(?:[.,;:!?)”\"]|$|(?:and|or|but|that|to|for|on|in|at|with|after|before|as|from|of|over|about|when|while"
    r"|because|if|again|too)\b)"
)


def _object_pronoun(text: str, start: int, end: int) -> bool:
    """Whether the pronoun at ``text[start:end]`` is an object: "him", or "her" not before a noun it owns."""
    word = text[start:end].casefold()
    return word == "him" or word == "her" and _AFTER_OBJECT.match(text, end) is not None


def _antecedent(
    people: list[_Person], sentence: int, pos: int, fit: Callable[[int], int], subject: bool = False,
    aside: list[tuple[int, int]] = (), yields: Callable[[int], bool] = lambda actor: False, owners: bool = True,
) -> int | None:
    """The nearest fitting person earlier in the same sentence (outside the ``aside`` clauses before ``pos``, where one
    fits: "Koizumi, the son of Junichiro Koizumi, pledged his support" is Koizumi's; not one that "his" stood for before
    a noun the sentence names: "His rival, … Dagalo, said … his forces" is Dagalo's), else the subject of the closest
    earlier sentence that names someone outside ``aside`` clauses (None where it names people only inside them): its
    first best-fitting person not named as a possessive (one named as one only where no other fits), or for a
    ``subject`` ("he", "she") its first fitting speaker named neither as a possessive nor by "his" or "her" ("His
    son, Senator Flávio Bolsonaro, called it … he told": Flávio), else such a person that "his" or "her" stood for
    there.

    ``fit`` scores a person: 0 never, else the higher the better; a speaker that ``yields`` is passed over where
    another person fits better; without ``owners``, a person named only as an owner is none ("Kihuen … Lujan's
    admonition. “…,” the congressman said": not Lujan, where the tagger missed Kihuen).
    """
    def best(candidates: list[_Person]) -> list[_Person]:
        top = max((fit(x.actor) for x in candidates), default=0)
        return [x for x in candidates if top and fit(x.actor) == top]

    earlier_here = [x for x in people if x.sentence == sentence and x.start < pos]
    outside = [x for x in earlier_here if not _in_any(aside, x.start, x.start + 1) or _in_any(aside, pos, pos + 1)]
    same = best([x for x in outside if not x.renamed]) or best(earlier_here)
    if same:
        return same[-1].actor
    for k in range(sentence - 1, -1, -1):
        named = [x for x in people if x.sentence == k]
        if named and all(_in_any(aside, x.start, x.start + 1) for x in named):
            return None  # "The former central banker, who replaced Justin Trudeau, … He will run": not Trudeau
        named = [x for x in named if not _in_any(aside, x.start, x.start + 1)]
        plain = [x for x in named if not (x.possessive or x.determiner) and fit(x.actor)]
        owned = {y.actor for y in named if y.determiner}
        # "Navalny's foundation", "His son": a fitting person named plainly who speaks there, whatever the fit (but
        # one that ``yields`` to a better fit: "Li Qiang told Ursula von der Leyen … She called"), rather one that
        # "his" stood for too ("Asked for his view of Woods, Mickelson said"); else a plain one that "his" stood for
        # ("If his teammates hang back, Bryant will push"; but "Her mother, Kristi, was deported … “…,” she said" is
        # not Kristi)
        top = max((fit(x.actor) for x in plain), default=0)
        speakers = [x for x in plain if x.speaks and not (yields(x.actor) and fit(x.actor) < top)]
        chosen = [x for x in speakers if x.actor in owned] or speakers or [x for x in plain if x.actor in owned]
        if subject and chosen:
            return chosen[0].actor
        # a person named plainly before one named as an owner that fits better ("Cardinal Matteo Zuppi, the pope's
        # envoy, … He said" is Zuppi)
        earlier = best([x for x in named if not x.possessive]) or owners and best(named)
        if earlier:
            return earlier[0].actor
    return None


def _resolve_references(
    paragraphs: list[Paragraph],
    specs: list[ActorSpec],
    found: list[_Found],
    quotes: dict[int, list[tuple[int, int]]],
    caps: bool,
) -> list[_Found]:
    """Pronoun and role mentions attributed to people (see the module docstring for the rules)."""
    titles = _person_titles(paragraphs, found, specs)
    epithets = _person_epithets(paragraphs, found, specs)
    person_at = {f.mention.start for f in found if specs[f.actor].type == "person"}
    person_end = {f.mention.end for f in found if specs[f.actor].type == "person"}
    countries = _person_countries(paragraphs, found, specs)
    described = {t for held in titles.values() for t in held if t in PERSON_NOUNS or t.endswith("-year-old")}
    # the sex a person's titles tell, where they agree ("Mr. Hale" of a woman named Hale tells none)
    gender = {a: sexes.pop() for a, held in titles.items()
              if len(sexes := {GENDERED_TITLES[t] for t in held if t in GENDERED_TITLES}) == 1}
    by_name = {a: g for a, spec in enumerate(specs) if spec.type == "person" and (g := _name_gender(spec.name))}
    nationality = {a: specs[c].name for a, c in countries.items()}
    # the bodies a spokesperson speaks for ("a Novo Nordisk spokesperson", "a spokesperson for the Coast Guard")
    text_of = {p.index: p for p in paragraphs}
    spoken_for = []
    for f in sorted(found, key=lambda f: f.mention.start):
        p = text_of[f.mention.paragraph]
        if specs[f.actor].type != "person" and (_SPOKESPERSON_AFTER.match(p.text, f.mention.end - p.start)
                                                or _SPOKESPERSON_BEFORE.search(p.text, 0, f.mention.start - p.start)):
            spoken_for.append(f)
    seen: list[tuple[int, int]] = []  # (start, actor) of the people mentioned outside quotes so far
    previous: list[_Person] = []
    resolved = []
    for p in paragraphs:
        spans = quotes[p.index]
        # the sentences outside quotes: '“Thirteen years. Liam got forty-one,” she said' is one, whose "she" may be
        # the person the paragraph before named
        starts = [s for s in _sentence_starts(p.text) if not any(a < p.start + s < b for a, b in spans)]

        def person(start: int, end: int, actor: int, determiner: bool = False, renamed: bool = False) -> _Person:
            sentence = len([s for s in starts if s <= start - p.start]) - 1
            owner = bool(re.match(r"['’]", p.text[end - p.start:end - p.start + 1]))
            # a speaker: a speech verb follows ("Zhdanov, the director of …, said"), or one after the comma that
            # closes an appositive ("His son, Senator Flávio Bolsonaro, called it"; not ", accusing China", which
            # describes the sentence's subject), or "according to" comes before ("According to Michel Paradis")
            after = end - p.start
            closing = p.text.startswith(",", after) and _VERB_AFTER_SPEAKER.match(p.text, after + 1)
            speaks = bool(_VERB_AFTER_SPEAKER.match(p.text, after) or closing and not closing.group().endswith("ing")
                          or _ACCORDING_TO.search(p.text, 0, start - p.start))
            return _Person(start, actor, sentence, owner, determiner, speaks, renamed)

        here = sorted(
            person(f.mention.start, f.mention.end, f.actor) for f in found
            if f.mention.paragraph == p.index and specs[f.actor].type == "person"
            and not _in_any(spans, f.mention.start, f.mention.end)
            and not _LED_AFTER.match(p.text, f.mention.end - p.start)  # "the Trump administration's cuts, he said"
        )
        aside = [(p.start + m.start(), p.start + m.end()) for pattern in (_RELATIVE_CLAUSE, _RELATION_APPOSITIVE)
                 for m in pattern.finditer(p.text)]
        ends = {f.mention.end: (f.actor, f.mention.start) for f in found  # of the names that may be a verb's subject
                if f.mention.paragraph == p.index and specs[f.actor].type == "person"}
        refs = [(m.start(), m.end(), "pronoun", m.group()) for m in _PRONOUN_RE.finditer(p.text)]
        for m in _ROLE_RE.finditer(p.text):
            follow = p.text[m.end():m.end() + 2]
            capitalised = not caps and follow[1:2].isupper()
            if not (re.match(r"\s+\w", follow) and (capitalised or p.start + m.end() + 1 in person_at)
                    or follow == ", " and p.start + m.end() + 2 in person_at  # "The chancellor, Rachel Reeves,"
                    or (of := _OF_APPOSITIVE.match(p.text, m.end())) and p.start + of.end() in person_at
                    or _ELECT.match(p.text, m.end())):  # not yet "the president"
                refs.append((m.start(1), m.end(1), "role", m.group(1)))
        # "her daughter said", once "her daughter, Anna Reed" was named; not itself an appositive ("Bilardo, the coach")
        # nor a name ("the Mother of God")
        for m in _DESCRIBED_RE.finditer(p.text):
            follow = p.text[m.end():m.end() + 3]
            if m.group(1).casefold() in described and not re.match(r",?\s+[A-Z]", follow) \
                    and (caps or m.group(1).islower()) \
                    and p.start + len(p.text[:m.start()].rstrip(" ,")) not in person_end and not any(
                s < m.end() and m.start(1) < e for s, e, *_ in refs
            ):
                refs.append((m.start(1), m.end(1), "described", m.group(1)))
        if not caps:
            refs += [(m.start(1), m.end(1), "epithet", m.group(1))
                     for pattern in (_NATIONAL_RE, _EPITHET_RE, _EPITHET_AFTER_RE) for m in pattern.finditer(p.text)
                     if not any(s < m.end(1) and m.start(1) < e for s, e, *_ in refs)]  # "the 85-year-old", described
        # (offset, person, sex) of a relative named by whose they are and left unnamed ("Anucha's mother"; not "Liu's
        # wife, Liu Xia,")
        relatives = [(end - p.start, actor, GENDERED_TITLES[noun.group(1)]) for end, (actor, _) in ends.items()
                     if (noun := _KIN_AFTER.match(p.text, end - p.start))
                     and not re.match(r",?\s+[A-Z]", p.text[noun.end():])]
        for s, e, kind, word in sorted(refs):
            start, end = p.start + s, p.start + e
            if _in_any(spans, start, end):
                continue
            if kind == "epithet":  # the person named as the sentences' subject, never one of another country or sex
                owner = _OWNER_COUNTRY.search(p.text, 0, s)
                country = _NATIONAL_COUNTRY.get(word) or owner and _COUNTRY_OF_FORM.get(_fold(owner.group(1)))
                sex = "f" if word.endswith(("actress", "woman")) else "m" if word.endswith("man") else None

                def of_country(actor: int) -> int:  # nor one of another age ("the 23-year-old" of "Curry, 36,")
                    known = gender.get(actor) or by_name.get(actor)
                    aged = any(t.endswith("-year-old") for t in titles.get(actor, ()))
                    return int((country is None or nationality.get(actor, country) == country)
                               and (sex is None or known in (None, sex)) and not ("year-old" in word and aged))

                sentence = person(start, end, -1).sentence
                # a role or job ("the German chancellor said", "the City manager said") is rather the one named with
                # that title, and a role never someone of an earlier paragraph (not "Jadhav … he told reporters. ¶ The
                # Indian minister said")
                role = max((r for r in (*ROLES, *JOB_NOUNS) if word.casefold().endswith(r)), key=len, default=None)
                earlier = seen + [(x.start, x.actor) for x in here if x.start < start]
                titled = role and _role_target(role, start, [], earlier, titles)
                if titled is None:  # "the singer joked" is the one named "the singer Dua Lipa", where one was
                    noun = word.split()[-1].casefold()
                    titled = next((a for _, a in reversed(earlier) if noun in epithets.get(a, ())), None)
                # nor the name right before the noun, which is the club's or country's even tagged as a person's ("the
                # Toulouse full-back said")
                others = [x for x in here if not owner or x.start != p.start + owner.start(1)]
                target = titled if titled is not None and of_country(titled) else _antecedent(
                    others, sentence, start, of_country, True, aside, owners=False)
                # but "the former Dutch prime minister said" is the one just named, now in another office
                former = re.search(r"\bformer\s+(?:[A-Z][\w'’-]+\s+)?$", p.text[:s]) or word.startswith("former ")
                if target is None and sentence == 0 and previous and (role not in ROLES or former):
                    target = _antecedent(previous, previous[-1].sentence + 1, start, of_country, True, owners=False)
                if target is not None and country:
                    nationality[target] = country
                kind = "role"
            elif kind != "pronoun":  # a person noun goes only to the person it described, never to the nearest
                so_far = [(x.start, x.actor) for x in here]
                former = kind == "role" and _FORMER_BEFORE.search(p.text, 0, s) is not None
                # "Hughes, who …, said the mayor had …": who speaks in that sentence is not the one spoken of
                spoken = _SPOKEN_OF.search(p.text, 0, s)
                opens = _sentence_start(starts, s) if spoken else len(p.text)
                # nor one the sentence names before a speech verb of its own ("She says … and accuses the chancellor";
                # not "He reiterated … such as calling the chairman's hotline")
                speakers = {a for x, a in so_far if opens <= x - p.start < s} \
                    if spoken and not re.match(r"\s+\w+ing\b", spoken.group()) else set()
                # and, for one who speaks, not one named after a preposition ("Speaking to the BBC's Laura Kuenssberg,
                # the chancellor said"; but "Melgen paid for Menendez … and allowed the senator")
                speaks = _VERB_AFTER_SPEAKER.match(p.text, e)
                # nor, for one after a preposition, one its sentence names before ("Shaheen said she had a commitment
                # from the majority leader")
                own = _sentence_start(starts, s) if _after_preposition(p, start) and p.text[e:e + 1] not in "'’" \
                    else len(p.text)
                possessives = {x.start for x in here if x.possessive}
                nearest = [(x, a) for x, a in so_far if (x - p.start < min(opens, own) or x in possessives)
                           and x - p.start < opens and a not in speakers
                           and not (speaks and _after_preposition(p, x))] if kind == "role" else []
                target = _role_target(word, start, nearest, seen + so_far, titles, former)
                if target is None and kind == "role" and previous \
                        and not any(x < start and not _after_preposition(p, x) for x, _ in so_far) \
                        and (speaks or _PAST_VERB_AFTER.match(p.text, e)) \
                        and word.casefold() in ROLES and word.casefold() not in TITLED_ROLES:
                    # "“…,” the vice-president said" or "…, the chancellor blamed" opening a paragraph after one about
                    # Kamala Harris or Rachel Reeves: not someone with another title ("Mel Stride, the shadow
                    # chancellor")
                    target = _antecedent(previous, previous[-1].sentence + 1, start,
                                         lambda actor: int(not _shadow(titles, actor)), True, owners=False)
                if target is None and re.fullmatch(r"spokes(?:person|man|woman)", word.casefold()):
                    # "A Novo Nordisk spokesperson said … “…,” the spokesperson said": the body spoken for
                    target = next((f.actor for f in reversed(spoken_for) if f.mention.paragraph in
                                   (p.index, p.index - 1) and f.mention.start < start), None)
                kind = "role"
            else:
                sex = _PRONOUNS[word.casefold()]
                sentence = person(start, end, -1).sentence

                def fits(actor: int) -> int:
                    known = gender.get(actor) or by_name.get(actor)
                    if known is None:
                        return 1
                    # a title or an earlier pronoun makes a match likelier; a man's given name does not, since
                    # most people the news names are men
                    return 0 if known != sex else 2 if actor in gender or sex == "f" else 1

                # an object is not its verb's subject: in "Koizumi congratulated her", "her" is not Koizumi
                obj = _object_pronoun(p.text, s, e)
                subject = _OBJECT_AFTER_SUBJECT.search(p.text, 0, s) if obj else None
                subject_actor, subject_start = ends.get(p.start + subject.end(1), (None, 0)) if subject else (None, 0)
                clause = next((c for c in aside if c[0] < start < c[1]), None) if obj else None
                if subject_actor is None and clause:  # "Cassidy, who cast a vote to confirm him": not Cassidy
                    subject_actor, subject_start = ends.get(clause[0], (None, 0))
                if subject_actor is not None and _after_preposition(p, subject_start):
                    subject_actor = None  # "a reporter who had been with McChrystal joined him": McChrystal
                # nor is "his" opening an appositive its head's: "Gary Neville, his co-commentator," is not Neville's
                appositive = p.text.endswith(", ", 0, s) and _APPOSITIVE_CLOSES.match(p.text, e)  # not a list
                head = ends.get(p.start + s - 2, (None,))[0] if appositive and word.casefold() in ("his", "her") \
                    else None

                # nor, for "he" or "she", one whose relative of that sex this sentence or the last names before it
                # ("Anucha's mother told Thai television that she …" is the mother)
                since = _sentence_start(starts, max(0, _sentence_start(starts, s) - 1))
                kin = {actor for at, actor, of_sex in relatives
                       if since <= at < s and of_sex == sex and word.casefold() in ("he", "she")}

                def fits_here(actor: int) -> int:
                    return 0 if actor in (subject_actor, head) or actor in kin else fits(actor)

                def yields(actor: int) -> bool:  # a speaker of unknown gender is likelier a man
                    return sex == "f" and gender.get(actor) is None and by_name.get(actor) is None

                subject = word.casefold() in ("he", "she")
                # after a comma, not a person named after a preposition before it ("Asked about Trump, he said"), nor
                # anyone named before it where it reports in passing ("Kim and Putin, he said, were “…”")
                aside_said = _SAID_ASIDE.match(p.text, e)
                people = [x for x in here if not (subject and p.text[:s].endswith(", ") and x.sentence == sentence
                                                  and (aside_said or _after_preposition(p, x.start)))]
                target = _antecedent(people, sentence, start, fits_here, subject, aside, yields)
                opens = _sentence_start(starts, s)
                tail = p.text[:s].endswith(", ") and _OWN_ATTRIBUTION.match(p.text, e)  # "…, his office said"
                if not obj and (_PARTICIPLE_BEFORE.search(p.text, opens, s) or tail):
                    # a participle's subject is the sentence's: "Sinner beat Alcaraz …, extending his run" is Sinner's
                    main = [x.actor for x in here if x.sentence == sentence and x.start < start and not x.possessive
                            and not x.determiner and not _in_any(aside, x.start, x.start + 1)
                            and not _after_preposition(p, x.start) and fits_here(x.actor)]
                    target = main[0] if main else target
                if target is None and sentence == 0 and previous:
                    target = _antecedent(previous, previous[-1].sentence + 1, start, fits_here, subject, yields=yields)
                if target is None and sentence == 0 and previous and not any(x.start < start for x in here):
                    # "Her strategy was simple" opening a profile's paragraph after one that names only men: the one
                    # woman the text has named far more than any other (not after a paragraph that names no one,
                    # which may be about someone unnamed: "My neighbour, who is 84, …  ¶ “…,” she said")
                    counts = Counter(a for _, a in seen if (gender.get(a) or by_name.get(a)) == sex).most_common(2)
                    if counts and counts[0][1] >= 3 and counts[0][1] > 2 * (counts[1][1] if len(counts) > 1 else 0):
                        target = counts[0][0]
                last = _sentence_start(starts, opens - 1) if opens else None
                if subject and target is not None and last is not None and _UNNAMED_OPENER.match(p.text, last) \
                        and not any(x.sentence == sentence and x.start < start for x in here) \
                        and all(_after_preposition(p, x.start) for x in here
                                if x.actor == target and last <= x.start - p.start < opens):
                    # "The woman once denounced … works with Ursula von der Leyen. She has …": the unnamed woman
                    target = None
                unnamed = _UNNAMED_SUBJECT.match(p.text, opens)
                if target is not None and unnamed and unnamed.end() <= s \
                        and not any(x.sentence == sentence and x.start < start for x in here):
                    # the subject is someone the last sentence names, plainly ("Grossi said …. The IAEA chief has
                    # received threats, and Israel accused Tehran of putting him in danger"), not as an owner only
                    # ("… Starc's ten wickets left Stokes's side …. The England captain defended his team")
                    before = [x for x in here if x.sentence < sentence] or previous
                    last = max(x.sentence for x in before)
                    if not any(x.actor == target and x.sentence == last and not x.possessive for x in before):
                        target = None
                if target is not None:
                    gender.setdefault(target, sex)
                own = _OWN_STATE.match(p.text, e) if word.casefold() in ("his", "her") else None
                if own and target in countries:  # "Bart De Wever said his country …": Belgium
                    resolved.append(_Found(countries[target], own.group(1), Mention(
                        p.index, p.start + own.start(1), p.start + own.end(1), own.group(1), "role", True
                    )))
            if target is not None:
                resolved.append(_Found(target, word, Mention(p.index, start, end, p.text[s:e], kind, True)))
                if specs[target].type != "person":
                    continue  # the body a spokesperson speaks for is no antecedent of "he"
                determiner = word.casefold() in ("his", "its", "their") or word.casefold() == "her" \
                    and not _object_pronoun(p.text, s, e)
                named = _RENAMING.match(p.text, e) if determiner else None
                renamed = named is not None and any(re.fullmatch(
                    r"(?:[\w.'’-]+\s+){0,3}" if named.group(1) else r"(?:[A-Z][\w.'’-]*\s+)*",
                    p.text[named.end():x - p.start]
                ) for x in person_at if x - p.start >= named.end())
                here = sorted(here + [person(start, end, target, determiner, renamed)])
                if word.casefold() in ("he", "she"):
                    ends[end] = (target, start)
        seen += [(x.start, x.actor) for x in here]
        previous = here
    return resolved


# "Centers for Disease Control", not "Revolutionary Armed Forces of Colombia", which "the group" may name
_CIVIL_BODY_WORDS = PUBLIC_BODY_WORDS - {"forces", "army", "navy", "military", "guard", "corps"}
_PUBLIC_BODY_OF = re.compile(rf"(?i)\b(?:{_alternation(_CIVIL_BODY_WORDS)})s? (?:of|for) ")


def _company(spec: ActorSpec) -> bool:
    """Whether an organisation may be "the company": not from the gazetteer, no news outlet, no public body."""
    names = [spec.name, *spec.aliases]
    return spec.type == "organisation" and not any(
        _gazetteer_key(n) in _GAZETTEER_KEYS or _fold(n) in _NEWS_OUTLETS
        or n.split()[-1].casefold() in PUBLIC_BODY_WORDS
        or _PUBLIC_BODY_OF.search(n)
        for n in names
    )


# the last words of a charity's, a campaign's or an armed group's name, which "the group" may name too
_ARMED_WORDS = {"forces", "front", "brigades", "militia", "army"}
_CAMPAIGN_WORDS = {"foundation", "society", "association", "network", "coalition", "movement", "alliance",
                   *_ARMED_WORDS}
_ARMED_BEFORE = re.compile(rf"\s(?:{_alternation(GROUP_ADJECTIVES)})\s")
# not "by", the agent of a passive ("owned by Greenfloid")
# or "such as" and the like, and through a list after it ("rivals such as Google and OpenAI") and a title ("about
# President Trump"); not "shares of Airbus"
_PREPOSITION_BEFORE = re.compile(
    r"(?i)\b(?:with|to|from|(?<!shares )(?<!stock )of|for|against|over|at|in|on|into|than|about|such as|like|including)"
    r"\s+(?:the\s+)?(?-i:[A-Z][\w&.-]*['’]s\s+)?"  # "to the BBC's Laura Kuenssberg"
    r"(?-i:[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*(?:,\s+|,?\s+and\s+|,?\s+or\s+))*"
    rf"(?:(?-i:{_TITLE_ALT})\s+)*$"
)


def _after_preposition(p: Paragraph, start: int) -> bool:
    """Whether the name at document offset ``start`` in ``p`` follows a preposition ("talks with Aramco")."""
    return bool(_PREPOSITION_BEFORE.search(p.text, max(0, start - p.start - 80), start - p.start))


def _head_noun(name: str) -> str:
    """The noun "the …" may call an organisation by: its name's last word, the word before "of" or "for" ("Bank of
    England", "Centre for Policy Research"), or "agency" for an agency named an administration or a service ("Food
    and Drug Administration", "Secret Service"; not "Trump Administration")."""
    words = re.split(r" (?:of|for) ", name.casefold(), maxsplit=1)[0].split()
    agency = words[-1] == "service" or words[-1] == "administration" and len(words) > 2
    return "agency" if agency else words[-1]


_MINISTRY_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+){0,2}ministry\b")


def _organisation_references(
    paragraphs: list[Paragraph], specs: list[ActorSpec], found: list[_Found], quotes: dict[int, list[tuple[int, int]]]
) -> list[_Found]:
    """Mentions like "the agency" outside quotes, each of the organisation last named before it with a name or
    alias ending in that noun ("International Energy Agency"), like "the group" of the armed group last named
    ("Hamas") or like "the central bank" of the central bank last named; where none was, "the company", "the
    firm" or "the group" is the company last named in that paragraph or the one before (see ``COMPANY_NOUNS``),
    passing over those named after a preposition where another was not."""
    heads = {i: {_head_noun(n) for n in [spec.name, *spec.aliases] if " " in n} & ORGANISATION_NOUNS
             | (GROUP_NOUNS if spec.type == "group" else set())
             | (CENTRAL_BANK_NOUNS if spec.name in _CENTRAL_BANK_NAMES else set())
             for i, spec in enumerate(specs) if spec.type in _ORGANISATION_TYPES}
    companies = {i for i, spec in enumerate(specs) if _company(spec)}
    # "the group" may also be a charity, a campaign or an armed group ("the Gaza Humanitarian Foundation … a
    # spokesperson for the group", "the Rapid Support Forces")
    campaigns = companies | {i for i, spec in enumerate(specs) if spec.type == "organisation"
                             and spec.name.split()[-1].casefold() in _CAMPAIGN_WORDS}
    clauses = {p.index: [(p.start + c.start(), p.start + c.end()) for c in _RELATIVE_CLAUSE.finditer(p.text)]
               for p in paragraphs}
    named = sorted(  # (start, actor, paragraph, whether after a preposition, the end of the relative clause it is in
        (m.start, f.actor, m.paragraph, _after_preposition(paragraphs[m.paragraph], m.start),  # or 0) of each name
         next((e for s, e in clauses[m.paragraph] if s <= m.start < e), 0))  # mention outside quotes
        for f in found if (heads.get(f.actor) or f.actor in campaigns) and (m := f.mention).kind == "name"
        and not _in_any(quotes[m.paragraph], m.start, m.end)
        # not a modifier: "an al-Qaeda-linked group"
        and (q := paragraphs[m.paragraph]).text[m.end - q.start:m.end - q.start + 1] != "-"
    )
    # a country named with its ministry ("Taiwan's defence ministry said …"), which "the ministry" may be
    ministries = [(m.start, f.actor, m.paragraph) for f in found if specs[f.actor].type == "country"
                  and (m := f.mention).kind == "name" and not _in_any(quotes[m.paragraph], m.start, m.end)
                  and _MINISTRY_AFTER.match(paragraphs[m.paragraph].text, m.end - paragraphs[m.paragraph].start)]
    resolved = []
    for p in paragraphs if named or ministries else []:
        starts = _sentence_starts(p.text)
        for m in _ORGANISATION_REFERENCE_RE.finditer(p.text):
            start, end, noun = p.start + m.start(1), p.start + m.end(1), m.group(1).casefold()
            sentence = p.start + _sentence_start(starts, m.start())
            # (actor, 2 if named in a relative clause of an earlier sentence, else 1 if after a preposition, else 0)
            companies_before = [(a, 2 if 0 < clause <= sentence else int(oblique)) for s, a, q, oblique, clause in named
                                if s < start and noun in COMPANY_NOUNS and q >= p.index - 1
                                and (a in companies or noun == "group" and a in campaigns)]
            # a company named after a preposition ("in talks with Aramco") is rarely "the company" of a later sentence
            # when another was named as a subject ("Pemex, the Mexican state oil company, said …"), one in a relative
            # clause ("The lender, which took over Credit Suisse, …") more rarely still; but "NASA, which has paid
            # SpaceX …, said it remained confident in the company" is SpaceX
            least = min((oblique for _, oblique in companies_before), default=0)
            earlier = [a for s, a, *_ in named if s < start and noun in heads.get(a, ())] or [
                a for a, oblique in companies_before if oblique == least
            ]
            if not earlier and noun == "ministry":  # "… the ministry said in a statement" after Taiwan's
                earlier = [a for s, a, q in ministries if s < start and q >= p.index - 1]
            if _ARMED_BEFORE.search(m.group()):  # "the paramilitary group" is no research lab named since
                earlier = [a for s, a, *_ in named if s < start and (
                    specs[a].type == "group" or specs[a].name.split()[-1].casefold() in _ARMED_WORDS
                )]
            if earlier and not _in_any(quotes[p.index], start, end):
                resolved.append(_Found(earlier[-1], m.group(1), Mention(p.index, start, end, m.group(1), "role", True)))
    return resolved


def _it_references(
    paragraphs: list[Paragraph], specs: list[ActorSpec], found: list[_Found], quotes: dict[int, list[tuple[int, int]]]
) -> list[_Found]:
    """Mentions "it" outside quotes as the subject of a reporting verb ("“…,” it said"), each of the first
    country, organisation or group (the subject) before it in its sentence, else in the closest earlier sentence
    that names one; also "it" right after such an actor's speech verb ("The RSF said on Monday it had")."""
    bodies = sorted((f.mention.start, f.actor, f.mention.end) for f in found if specs[f.actor].type != "person"
                    and not _in_any(quotes[f.mention.paragraph], f.mention.start, f.mention.end))
    resolved: list[_Found] = []
    previous: list[_Person] = []
    for p in paragraphs if bodies else []:
        starts = _sentence_starts(p.text)

        def body(start: int, actor: int) -> _Person:
            sentence = len([s for s in starts if s <= start - p.start]) - 1
            return _Person(start, actor, sentence, False)

        here = [body(s, a) for s, a, _ in bodies if p.start <= s < p.end]
        ends = {e - p.start: a for _, a, e in bodies if p.start <= e <= p.end}
        for m in _IT_RE.finditer(p.text):
            start = p.start + m.start()
            if _in_any(quotes[p.index], start, start + 2):
                continue
            target = next((
                a for e, a in ends.items() if e < m.start()
                and (verb := _VERB_AFTER_SPEAKER.match(p.text, e + (p.text[e:e + 1] == ")")))  # "(RSF) said"
                and _REPORTED_IT.fullmatch(p.text, verb.end(), m.start())
            ), None) if _VERB_AFTER_IT.match(p.text, m.end()) else None
            if target is None and _IT_SPEAKS.match(p.text, m.end()):
                sentence = body(start, -1).sentence
                same = [x.actor for x in here if x.sentence == sentence and x.start < start]
                target = same[0] if same else _antecedent(here, sentence, start, lambda actor: 1)
                if target is None and sentence == 0 and previous:
                    target = _antecedent(previous, previous[-1].sentence + 1, start, lambda actor: 1)
            if target is not None:
                mention = Mention(p.index, start, start + 2, m.group(), "pronoun", True)
                resolved.append(_Found(target, m.group(), mention))
                here = sorted(here + [body(start, target)])
                ends[m.end()] = target  # "when it announced it had"
        previous = here
    return resolved


def _attribute(
    p: Paragraph, quote: tuple[int, int], mentions: list[tuple[int, Mention]], spans: list[tuple[int, int]],
    specs: list[ActorSpec], starts: list[int], headline: bool = False,
) -> int | None:
    """The actor index of the speaker of ``quote`` in paragraph ``p`` (``mentions``: its (actor, mention) pairs;
    ``headline``: the document's headline; see the module docstring), or None."""
    outside = [(a, m) for a, m in mentions if not _in_any(spans, m.start, m.end)]
    qs, qe = quote[0] - p.start, quote[1] - p.start
    inner = p.text[qs + 1:qe - 1].rstrip()
    closed = qe - qs > 1 and p.text[qe - 1] in _CLOSING_MARKS
    source = None  # the actor after "according to" that follows the quote
    if closed and not inner.endswith("."):
        lead = _ATTRIBUTION_AFTER.match(p.text, qe)
        clause_end = next(m.start() for m in _CLAUSE_END.finditer(p.text, lead.end()) if m.group(1) is not None)
        after = [(a, m) for a, m in outside if lead.end() <= m.start - p.start < clause_end]
        # "“…,” the French president said": the president, once resolved to a person, not France
        roles = {m.start for _, m in after if m.kind == "role"}
        after = [(a, m) for a, m in after if m.end + 1 not in roles]
        # the verb's subject, not one a clause about it names ("said a central banker who has worked with her")
        direct = [(a, m) for a, m in after if not _CLAUSE_WORD.search(p.text, lead.end(), m.start - p.start)]
        if direct and lead.group().strip(" ,"):  # “…,” said Foreign Minister Andrii Sybiha / according to Sybiha
            people = [a for a, _ in direct if specs[a].type == "person"]
            source = people[0] if people else direct[0][0]
            if not lead.group().strip(" ,").casefold().startswith("according"):
                return source
        for actor, m in after:  # “…,” Rubio said / “…,” Kremlin spokesman Dmitry Peskov told reporters
            if _VERB_AFTER_SPEAKER.match(p.text, m.end - p.start):
                # or with a role's word, which a lowercase word before it needs ("the outgoing president")
                if _TITLE_RUN.fullmatch(p.text[lead.end():m.start - p.start]) \
                        or m.kind == "role" and _TITLE_RUN.fullmatch(p.text[lead.end():m.end - p.start] + " "):
                    return actor
                break
        title = p.text[lead.end():clause_end]
        if title.strip() and p.text.startswith(", ", clause_end) and _TITLE_RUN.fullmatch(title + " "):
            # “…,” the company's chief legal officer, Jennifer Newstead, said
            for actor, m in outside:
                if m.start - p.start == clause_end + 2 and specs[actor].type == "person" \
                        and re.match(rf",\s+(?i:{_SPEECH})\b", p.text[m.end - p.start:]):
                    return actor
    sentence = _sentence_start(starts, qs)
    before = [(a, m) for a, m in outside if sentence <= m.start - p.start < qs]
    for actor, m in before:
        if _ACCORDING_TO.search(p.text[sentence:m.start - p.start]):
            return actor
    clauses = [c.span() for c in _RELATIVE_CLAUSE.finditer(p.text, sentence, qs)]
    subjects = [  # not the object of "to" ("Russia's ambassador to the Vatican said")
        (_in_any(clauses, m.start - p.start, m.end - p.start),
         _affiliated_person(p, before, _first_conjunct(p, before, k), specs), verb.end())
        for k, (_, m) in enumerate(before)
        if (verb := _VERB_AFTER_SPEAKER.match(p.text, m.end - p.start))
        and not _ENVOY_TO.search(p.text, sentence, m.start - p.start)
        and not _PLATFORM_BEFORE.search(p.text, sentence, m.start - p.start)
    ]
    # not one in a relative clause where the main clause has its own ("Maduro, whom Washington accuses of …, has
    # called it “…”")
    subjects = [(a, e) for inner, a, e in subjects if not inner] or [(a, e) for _, a, e in subjects]
    if subjects:  # "…, a day after Beijing warned that the move would “…”": the speech verb's own subject
        # and "Wang said Beijing was “…,” according to a statement from the ministry": Wang; but no one where someone
        # unnamed speaks after it ("The RSF said it agreed, but the army said it would not accept a plan that “…”")
        actor, verb_end = subjects[-1]
        return None if _UNNAMED_SPEAKER.search(p.text, verb_end, qs) else actor
    if source is not None:
        return source
    verbs = list(_SPEECH_RE.finditer(p.text, before[0][1].end - p.start, qs)) if before else []
    if before and (verbs or p.text[:qs].rstrip().endswith(":")):
        main = [(a, m) for a, m in before if not _in_any(clauses, m.start - p.start, m.end - p.start)]
        if not main and p.text[sentence:clauses[0][0]].strip():
            return None  # "The post, which shows a photo of Ursula von der Leyen, says “…”": the post's words
        main = main or before
        # not one the reported words name after the last speech verb ("A No 10 source said the prime minister was
        # “relaxed”"; but "The CDP said …; its leader, Yoshihiko Noda, accused Takaichi of “…”" is Noda's)
        main = [(a, m) for a, m in main if not verbs or m.start - p.start < verbs[-1].start()] or main
        lead = before[0][1]
        if appositive := _POSSESSIVE_APPOSITIVE.match(p.text, lead.end - p.start):  # "His son, Senator Flávio Bolsonaro,"
            named = [a for a, m in before[1:] if specs[a].type == "person"
                     and _TITLE_RUN.fullmatch(p.text[appositive.end():m.start - p.start])]
            if named and (lead.text.casefold() in ("his", "her") or appositive.group(1)):
                return named[0]
        # not a person named as an owner past the sentence's first words ("A federal judge … blocked Trump's order,
        # calling it “…”"; but "One of Trump’s first decisions was to appoint Flynn, calling him “…”"); a country may
        # speak through its ministry ("Russia's foreign ministry said")
        speakers = [a for a, m in main if (specs[a].type != "person" or not re.match(r"['’]", p.text[m.end - p.start:])
                                           or len(p.text[sentence:m.start - p.start].split()) <= 5)
                    and not (_INCLUDED.search(p.text, sentence, m.start - p.start)
                             and not _SPEAKS_AFTER.match(p.text, m.end - p.start))]
        people = [a for a in speakers if specs[a].type == "person"]
        return people[0] if people else speakers[0] if speakers else None
    if headline and before and not p.text[before[-1][1].end - p.start:qs].strip():
        return before[-1][0]  # a headline's "Starmer ‘will not back down’ on fuel cut"
    named = next(((a, m) for a, m in outside if m.start - p.start >= qe), None)
    if headline and named and named[1].kind == "name" and re.fullmatch(r"\s*:\s*", p.text[qe:named[1].start - p.start]):
        return named[0]  # an interview's headline: "“We cannot build the grid of 2050 …”: Ed Miliband on pylons"
    return None


# one named in a list of examples of the subject ("European leaders, including Keir Starmer, Emmanuel Macron and
# Friedrich Merz, issued a statement"), unless it speaks itself ("…, including Macron, who said")
_INCLUDED = re.compile(r",\s+(?:including|such as)\s+[^.;:“”\"]*$")
_SPEAKS_AFTER = re.compile(rf",?\s+(?:who\b|(?:{_SPEECH})\b)")
# a clause of its own whose subject no name stands for ("…, but the army said")
_UNNAMED_SPEAKER = re.compile(
    rf"(?:,|\bbut|\band|\bwhile)\s+(?:the|a|an)\s+(?:(?!and\b|or\b)[a-z]+\s+)?[a-z]+\s+(?:{_SPEECH})\b"
)
_CLAUSE_WORD = re.compile(r"\b(?:who|whom|whose|which|that|with|when|after|before|because|while)\b")
_AFFILIATION = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?")
_ENVOY_TO = re.compile(r"[a-z]\s+to\s+(?:the\s+)?$")  # "Russia's ambassador to the Vatican said"
_PLATFORM_BEFORE = re.compile(r"\b(?:on|via)\s+$")  # "issued a statement on Telegram warning that"


_AND = re.compile(r"\s+(?:and|&)\s+")


def _first_conjunct(p: Paragraph, mentions: list[tuple[int, Mention]], k: int) -> int:
    """The index of the first of the actors joined by "and" that ``mentions[k]`` ends ("The United States and Saudi
    Arabia said": the United States; not "clashed with OPEC, and al-Ghais accused", two clauses)."""
    while k and _AND.fullmatch(p.text, mentions[k - 1][1].end - p.start, mentions[k][1].start - p.start):
        k -= 1
    return k


def _affiliated_person(p: Paragraph, mentions: list[tuple[int, Mention]], k: int, specs: list[ActorSpec]) -> int:
    """The actor of ``mentions[k]``, or the person just before it whose body it names ("Lee Jae-myung of the
    Democratic Party called …": Lee)."""
    actor, m = mentions[k]
    if k and specs[mentions[k - 1][0]].type == "person" and specs[actor].type != "person" \
            and _AFFILIATION.fullmatch(p.text, mentions[k - 1][1].end - p.start, m.start - p.start):
        return mentions[k - 1][0]
    return actor


# "blamed", "later dedicated"; not a copula or a passive ("was", "was charged")
_SUBJECT_VERB = re.compile(
    r"(?:\s+(?!(?:was|were|is|are|been|be)\b)[a-z]+)?\s+(?!(?:was|is|has|had)\b)[a-z]{2,}(?:ed|s)\b"
)


def _subject_before(
    p: Paragraph, quote: tuple[int, int], mentions: list[tuple[int, Mention]], spans: list[tuple[int, int]],
    starts: list[int],
) -> int | None:
    """The actor that a quote's sentence names first, as the subject of the verb right after it, for a quote of four
    words or more ("Machado later dedicated the award to “the suffering people of Venezuela”"), or None."""
    qs = quote[0] - p.start
    sentence = _sentence_start(starts, qs)
    first = next(((a, m) for a, m in mentions if sentence <= m.start - p.start < qs
                  and not _in_any(spans, m.start, m.end) and not _after_preposition(p, m.start)), None)
    if first and _SPEECH_RE.search(p.text, sentence, first[1].start - p.start):
        return None  # someone else reports it: "The board had said that Altman was “…”"
    inner = p.text[qs + 1:quote[1] - p.start - 1].split()
    # words of speech, not a title, which opens with a capital ("Beloved"), nor a term the writer marks ("woodsy"),
    # nor words the sentence gives a source for ("… “a facade of legitimacy,” according to the complaint")
    ends = next((b for b in starts if b > qs), len(p.text))
    speech = len(inner) >= 4 and inner[0][:1].islower() and "according to" not in p.text[sentence:ends]
    return first[0] if first and speech and _SUBJECT_VERB.match(p.text, first[1].end - p.start) else None


_SPOKESPERSON_AFTER = re.compile(r"(?:['’]s)?\s+spokes(?:person|man|woman)\b")
_SPOKESPERSON_BEFORE = re.compile(r"\bspokes(?:person|man|woman)\s+(?:for|of)\s+(?:the\s+)?$")
_SPOKESPERSON_SAID = re.compile(rf"\s*,?\s*an?\s+spokes(?:person|man|woman)\s+(?:{_SPEECH})\b")


def _reported_before(
    p: Paragraph, quote: tuple[int, int], mentions: list[tuple[int, Mention]], spans: list[tuple[int, int]],
    starts: list[int], specs: list[ActorSpec],
) -> int | None:
    """The speaker of a quote that opens a sentence right after one reporting what one actor says, the only actor it
    names ("The 58-year-old, who joined in 2005, says she had warned her superiors. “I wrote memos.”"), or None."""
    qs = quote[0] - p.start
    if qs not in starts or qs == 0:
        return None
    sentence = _sentence_start(starts, qs - 1)
    said = _SPEECH_RE.search(p.text, sentence, qs)
    if not said or any(sentence <= s - p.start < qs for s, _ in spans):
        return None  # no report, or a sentence that quotes someone itself
    own = _own_attribution(p, quote, starts, qs)
    # an unnamed spokesperson speaks for the one body reported before ("The European Commission told AFP that … “…,”
    # a spokesperson said"); any other speaker the quote names is its own
    spokesperson = bool(own) and _SPOKESPERSON_SAID.match(p.text, quote[1] - p.start) is not None
    if own and not spokesperson:
        return None
    named = [(a, m) for a, m in mentions if sentence <= m.start - p.start < qs and not _in_any(spans, m.start, m.end)]
    if spokesperson:
        bodies = {a for a, m in named if m.start - p.start < said.start() and specs[a].type != "person"}
        return bodies.pop() if len(bodies) == 1 else None
    # the reporter is named before the verb or is the pronoun after it ("says she had"), not its object ("urged
    # Washington")
    reports = any(m.start - p.start < said.start() or m.text.casefold() in ("he", "she")
                  and not p.text[said.end():m.start - p.start].strip(" ,") for _, m in named)
    return named[0][0] if reports and len({a for a, _ in named}) == 1 else None


def _left_open(text: str, p: Paragraph, quote: tuple[int, int]) -> bool:
    """Whether ``quote`` runs to the end of paragraph ``p`` without a closing mark (it goes on in the next one)."""
    return quote[1] == p.end and text[quote[1] - 1] not in _CLOSING_MARKS


def _own_attribution(p: Paragraph, quote: tuple[int, int], starts: list[int], after: int) -> list[tuple[int, int]]:
    """The stretches of ``quote``'s sentence outside quotes (paragraph offsets) that hold a speech verb of its own:
    before it since ``after`` (the previous quote's end) or its sentence's start ("The charity Scope said … “…”"),
    and after it up to its clause's end ("“…,” a spokesman said"); empty where it has none."""
    qs, qe = quote[0] - p.start, quote[1] - p.start
    stretches = [(max(_sentence_start(starts, qs), after), qs)]
    if not p.text[qs + 1:qe - 1].rstrip().endswith((".", "!", "?")):
        lead = _ATTRIBUTION_AFTER.match(p.text, qe)
        clause_end = next(m.start() for m in _CLAUSE_END.finditer(p.text, lead.end()) if m.group(1) is not None)
        stretches.append((qe, clause_end))
    return [(a, b) for a, b in stretches if _SPEECH_RE.search(p.text, a, b)]


def build_actors(text: str, paragraphs: list[Paragraph], specs: list[ActorSpec]) -> tuple[list[Actor], list[Quote]]:
    """Find every mention of the specs and attribute the quotes; returns (actors with mentions, quotes).

    Actors come in the order of ``specs``; those never mentioned are dropped.
    Mentions are sorted by start and never overlap.
    """
    _check_specs(specs)
    caps = _mostly_upper(text)
    turns = _turns(paragraphs, specs)
    quotes = {p.index: [turns[p.index][:2]] if p.index in turns else _quote_spans(p, caps) for p in paragraphs}
    headline = headline_of(paragraphs)
    found = _name_mentions(paragraphs, specs, caps)
    found += _resolve_references(paragraphs, specs, found, quotes, caps)
    found += [] if caps else _organisation_references(paragraphs, specs, found, quotes)
    found += _it_references(paragraphs, specs, found, quotes)
    kept: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.mention.start, -f.mention.end)):
        if not kept or f.mention.start >= kept[-1].mention.end:
            kept.append(f)
    ids: dict[int, str] = {}
    for i, spec in enumerate(specs):
        slug = base = _slug(spec.name)
        n = 1
        while slug in ids.values():
            n += 1
            slug = f"{base}-{n}"
        ids[i] = slug
    actors = [
        Actor(ids[i], spec.name, spec.type, list(spec.aliases), [f.mention for f in kept if f.actor == i])
        for i, spec in enumerate(specs)
    ]
    in_paragraph: dict[int, list[tuple[int, Mention]]] = {}  # (actor, mention) of each paragraph
    for f in kept:
        in_paragraph.setdefault(f.mention.paragraph, []).append((f.actor, f.mention))
    quote_list = []
    left_open = None  # the speaker of a quote the previous paragraph left open (it goes on in this one)
    voice = None  # the last actor the previous paragraph says speaks, outside quotes ("Volker … said on Sunday that …")
    last_said = None  # the speaker of the previous paragraph's last quote, unless that asked a question
    lead_in = None  # the person that the previous paragraph, quoting no one, opens its last sentence with
    for p in paragraphs:
        starts = _sentence_starts(p.text)
        mentions = in_paragraph.get(p.index, [])
        previous_speaker = left_open if quotes[p.index] and quotes[p.index][0][0] == p.start else None
        outside = "".join(text[a:b] for a, b in zip([p.start, *(e for _, e in quotes[p.index])],
                                                         [*(s for s, _ in quotes[p.index]), p.end]))
        if previous_speaker is None and quotes[p.index] and not re.sub(r"[\s,.;:!?—–-]", "", outside):
            # a paragraph of quotes alone: "…,” Aziz said. ¶ “We'll reopen …”", "Ireland captain Caelan Doris
            # refused to dwell on it. ¶ “We'll look at ourselves first.”"
            previous_speaker = last_said if last_said is not None else lead_in
        previous_end = 0
        for q in quotes[p.index]:
            if p.index in turns:
                speaker = turns[p.index][2]
            else:
                speaker = _attribute(p, q, mentions, quotes[p.index], specs, starts, p.index == 0 and bool(headline))
                if speaker is None and previous_speaker is None and q[0] == p.start and _left_open(text, p, q):
                    speaker = voice  # a quote of several paragraphs that the paragraph before introduced
                if speaker is None and previous_speaker is None:
                    speaker = _reported_before(p, q, mentions, quotes[p.index], starts, specs)
                if speaker is None:
                    speaker = _subject_before(p, q, mentions, quotes[p.index], starts)
                # a quote with no speaker found goes on from the one before, unless its sentence says who speaks and
                # that is not the previous speaker ("…,” Davey said. The charity Scope said they were “terrified”)
                own = _own_attribution(p, q, starts, previous_end) if speaker is None else []
                if speaker is None and (not own or any(
                    a == previous_speaker and _in_any(own, m.start - p.start, m.end - p.start) for a, m in mentions
                )):
                    speaker = previous_speaker
            previous_end = q[1] - p.start
            quote_list.append(Quote(p.index, q[0], q[1], text[q[0]:q[1]], None if speaker is None else ids[speaker]))
            previous_speaker = speaker
        last = quotes[p.index][-1] if quotes[p.index] else None
        left_open = previous_speaker if last and _left_open(text, p, last) else None
        last_said = previous_speaker if last and not re.search(r"\?\W*$", text[last[0]:last[1]]) else None
        opening = starts[-1] if starts else 0
        subject = next(((a, m) for a, m in mentions if m.start - p.start >= opening and specs[a].type == "person"),
                       None)
        lead_in = subject[0] if not quotes[p.index] and subject and not re.match(r"['’]", text[subject[1].end:]) \
            and _TITLE_RUN.fullmatch(p.text[opening:subject[1].start - p.start]) else None
        voice = next((a for a, m in reversed(mentions) if not _in_any(quotes[p.index], m.start, m.end)
                      and _VERB_AFTER_SPEAKER.match(p.text, m.end - p.start)), None)
    return [a for a in actors if a.mentions], quote_list


def _without_datelines(text: str, paragraphs: list[Paragraph]) -> tuple[str, list[Paragraph]]:
    """``text`` and its paragraphs with every opening dateline blanked (spaces, so that offsets hold)."""
    blanked = []
    for p in paragraphs:
        if n := dateline_end(p.text):
            text = text[:p.start] + " " * n + text[p.start + n:]
            p = Paragraph(p.index, p.start, p.end, " " * n + p.text[n:])
        blanked.append(p)
    return text, blanked


def find_actors(
    text: str, paragraphs: list[Paragraph], tagger: Tagger | None = None, specs: list[ActorSpec] | None = None
) -> tuple[list[ActorSpec], list[Actor], list[Quote]]:
    """Detect specs with ``tagger`` unless ``specs`` (an analyst's list) is given; returns (specs, actors, quotes).

    A wire dateline opening a paragraph ("MOSCOW, Dec 5 (Reuters) - ") is read as blank: neither the place nor the
    agency acts in the story.
    """
    written = [p.text for p in paragraphs]
    text, paragraphs = _without_datelines(text, paragraphs)
    if specs is None:
        if tagger is None:
            raise AnalysisError("Actors cannot be detected without the tagger.", "Load it with load_models(('ner',)).")

        def tag_as_written(texts: list[str]) -> list[list[EntitySpan]]:
            # the tagger reads a paragraph with its dateline (spaces in its place change its reading of the rest);
            # whatever it tags in the dateline reads as blank and is dropped
            return tagger(written)

        specs = detect_specs(text, paragraphs, tag_as_written)
    actors, quotes = build_actors(text, paragraphs, specs)
    return specs, actors, quotes


# -------------------------------------------------------------- analyst edits


def _names(specs: list[ActorSpec]) -> str:
    return ", ".join(s.name for s in specs) or "none yet"


def _copy(specs: list[ActorSpec]) -> list[ActorSpec]:
    return [ActorSpec(s.name, s.type, list(s.aliases)) for s in specs]


def _aliases_hint(spec: ActorSpec) -> str:
    return f"Its aliases: {', '.join(spec.aliases) or 'none'}."


def _index(specs: list[ActorSpec], name: str) -> int:
    for i, spec in enumerate(specs):
        if spec.name == name:
            return i
    raise AnalysisError(f"There is no actor named {name!r}.", f"Actors: {_names(specs)}.")


def _check_type(type_: str) -> str:
    if type_ not in ACTOR_TYPES:
        raise AnalysisError(f"Unknown actor type {type_!r}.", f"Valid types: {', '.join(ACTOR_TYPES)}.")
    return type_


def _check_name(specs: list[ActorSpec], name: str, ignore: Iterable[int] = ()) -> str:
    """A stripped new name, unused by the other actors."""
    name = (name or "").strip()
    if not name:
        raise AnalysisError("An actor needs a name.", "Type the name the text uses for it.")
    skip = set(ignore)
    for i, spec in enumerate(specs):
        if i in skip:
            continue
        if spec.name.casefold() == name.casefold():
            raise AnalysisError(
                f"There is already an actor named {name!r}.", f"Pick a name not among: {_names(specs)}."
            )
        if name.casefold() in (a.casefold() for a in spec.aliases):
            raise AnalysisError(
                f"{name!r} already names {spec.name!r}.", f"Remove it from {spec.name!r} first, or merge the two."
            )
    return name


def _check_specs(specs: list[ActorSpec]) -> None:
    """Raise AnalysisError unless every spec has a unique name and a valid type and no alias names two actors."""
    owner: dict[str, str] = {}
    names: set[str] = set()
    for spec in specs:
        if not isinstance(spec.name, str) or not spec.name.strip():
            raise AnalysisError("Every actor needs a name.", f"Actors: {_names(specs)}.")
        if spec.name.casefold() in names:
            raise AnalysisError(f"The actor {spec.name!r} is listed twice.", "Merge the two entries or rename one.")
        names.add(spec.name.casefold())
        _check_type(spec.type)
        for form in (spec.name, *spec.aliases):
            if not isinstance(form, str) or not form.strip():
                raise AnalysisError(f"{spec.name!r} has an empty alias.", "Delete it or type the alias.")
            other = owner.setdefault(form.casefold(), spec.name)
            if other != spec.name:
                raise AnalysisError(
                    f"{form!r} names both {other!r} and {spec.name!r}.",
                    "Remove it from one of them, or merge the two actors.",
                )


def add_actor(specs: list[ActorSpec], name: str, type: str, aliases: Iterable[str] = ()) -> list[ActorSpec]:
    """Return the list with a new actor appended."""
    new = _copy(specs)
    name = _check_name(new, name)
    clean = list(dict.fromkeys(a.strip() for a in aliases if a.strip() and a.strip() != name))
    for alias in clean:
        _check_name(new, alias)
    new.append(ActorSpec(name, _check_type(type), clean))
    return new


def rename_actor(specs: list[ActorSpec], name: str, new_name: str) -> list[ActorSpec]:
    """Return the list with ``name`` renamed; the old name stays an alias, so its mentions are still found."""
    new = _copy(specs)
    i = _index(new, name)
    spec = new[i]
    new_name = _check_name(new, new_name, ignore=[i])
    aliases = [a for a in spec.aliases if a != new_name]
    new[i] = ActorSpec(new_name, spec.type, aliases + ([name] if name not in aliases and name != new_name else []))
    return new


def merge_actors(specs: list[ActorSpec], names: Iterable[str], into_name: str) -> list[ActorSpec]:
    """Return the list with the named actors merged into one called ``into_name``, where the first of them was.

    It keeps the type of the actor already called ``into_name``, else the first's.
    """
    new = _copy(specs)
    chosen = list(dict.fromkeys(names))
    if len(chosen) < 2:
        raise AnalysisError("Pick at least two actors to merge.", f"Actors: {_names(new)}.")
    indexes = sorted(_index(new, n) for n in chosen)
    into_name = _check_name(new, into_name, ignore=indexes)
    merged = [new[i] for i in indexes]
    type_ = next((s.type for s in merged if s.name == into_name), merged[0].type)
    forms = dict.fromkeys(f for s in merged for f in (s.name, *s.aliases) if f != into_name)
    new[indexes[0]] = ActorSpec(into_name, type_, list(forms))
    return [s for i, s in enumerate(new) if i not in indexes[1:]]


def split_actor(
    specs: list[ActorSpec], name: str, aliases: Iterable[str], new_name: str, new_type: str | None = None
) -> list[ActorSpec]:
    """Return the list with ``aliases`` moved from ``name`` to a new actor placed after it."""
    new = _copy(specs)
    i = _index(new, name)
    source = new[i]
    moved = list(dict.fromkeys(aliases))
    wrong = [a for a in moved if a not in source.aliases]
    if not moved or wrong:
        detail = f" ({', '.join(map(repr, wrong))} is not one)" if wrong else ""
        raise AnalysisError(f"Pick aliases of {name!r} to split off{detail}.", _aliases_hint(source))
    kept = [a for a in source.aliases if a not in moved]
    new[i] = ActorSpec(source.name, source.type, kept)
    new_name = _check_name(new, new_name)
    new.insert(i + 1, ActorSpec(new_name, _check_type(new_type or source.type), [a for a in moved if a != new_name]))
    return new


def delete_actor(specs: list[ActorSpec], name: str) -> list[ActorSpec]:
    """Return the list without the actor ``name``."""
    i = _index(specs, name)
    return [s for j, s in enumerate(_copy(specs)) if j != i]


def add_alias(specs: list[ActorSpec], name: str, alias: str) -> list[ActorSpec]:
    """Return the list with ``alias`` added to the actor ``name``."""
    new = _copy(specs)
    i = _index(new, name)
    alias = (alias or "").strip()
    if not alias:
        raise AnalysisError("An alias cannot be empty.", "Type the name the text uses for the actor.")
    if alias.casefold() in (f.casefold() for f in (new[i].name, *new[i].aliases)):
        raise AnalysisError(f"{alias!r} already names {name!r}.", _aliases_hint(new[i]))
    _check_name(new, alias, ignore=[i])
    new[i].aliases.append(alias)
    return new


def remove_alias(specs: list[ActorSpec], name: str, alias: str) -> list[ActorSpec]:
    """Return the list without ``alias`` on the actor ``name``."""
    new = _copy(specs)
    i = _index(new, name)
    if alias not in new[i].aliases:
        raise AnalysisError(f"{alias!r} is not an alias of {name!r}.", _aliases_hint(new[i]))
    new[i].aliases.remove(alias)
    return new


def specs_to_json(specs: list[ActorSpec]) -> str:
    """The actor list as JSON: a list of {"name", "type", "aliases"}."""
    records = [{"name": s.name, "type": s.type, "aliases": list(s.aliases)} for s in specs]
    return json.dumps(records, ensure_ascii=False, indent=1)


def specs_from_json(text: str) -> list[ActorSpec]:
    """The actor list saved by :func:`specs_to_json`, validated; AnalysisError says what is wrong."""
    shape = 'Expected a list like [{"name": "Marco Rubio", "type": "person", "aliases": ["Rubio"]}].'
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, TypeError) as exc:
        raise AnalysisError(f"The actor list is not valid JSON ({exc}).", shape) from None
    if not isinstance(data, list):
        raise AnalysisError("The actor list must be a JSON list.", shape)
    specs = []
    for n, item in enumerate(data, 1):
        if not isinstance(item, dict) or set(item) - {"name", "type", "aliases"} or not {"name", "type"} <= set(item):
            raise AnalysisError(f"Actor {n} of the list is not an object with name, type and aliases.", shape)
        aliases = item.get("aliases", [])
        texts = isinstance(item["name"], str) and isinstance(aliases, list) and all(isinstance(a, str) for a in aliases)
        if not texts:
            raise AnalysisError(f"Actor {n} of the list needs a text name and a list of text aliases.", shape)
        specs.append(ActorSpec(item["name"].strip(), item["type"], [a.strip() for a in aliases]))
    _check_specs(specs)
    return specs


# ---------------------------------------------------------------- command line


def read_document(path: str) -> str:
    """A file's text: UTF-8 (a leading byte-order mark dropped), line endings kept as they are."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return handle.read()
    except FileNotFoundError:
        raise AnalysisError(f"{path}: no such file.") from None
    except IsADirectoryError:
        raise AnalysisError(f"{path}: is a folder, not a text file.") from None
    except UnicodeDecodeError as exc:
        raise AnalysisError(f"{path}: not UTF-8 text (byte {exc.start}).", "Save it as UTF-8.") from None
    except OSError as exc:
        raise AnalysisError(f"{path}: cannot be read ({exc.strerror}).") from None


def _record(path: str, actors: list[Actor], quotes: list[Quote]) -> dict:
    """The command line's JSON record of one file: its actors with their mentions, and its quotes with their
    speakers' names (null where none was found)."""
    names = {a.id: a.name for a in actors}
    return {
        "file": path,
        "actors": [
            {
                "name": a.name,
                "type": a.type,
                "aliases": a.aliases,
                "mentions": [
                    {"paragraph": m.paragraph, "start": m.start, "end": m.end, "text": m.text, "resolved": m.resolved}
                    for m in a.mentions
                ],
            }
            for a in actors
        ],
        "quotes": [
            {"paragraph": q.paragraph, "start": q.start, "end": q.end, "text": q.text, "speaker": names.get(q.speaker)}
            for q in quotes
        ],
    }


FILES_PER_CALL = 32  # the command line tags the paragraphs of this many files in one call (fewer, fuller batches)


def main(argv: list[str] | None = None) -> int:
    """Print one JSON line of actors and quotes per file; returns the exit status (1 when a file or the tagger failed).

    Offsets index the file's text as :func:`read_document` returns it: decoded
    UTF-8 without a byte-order mark, line endings untouched. Unreadable files
    are reported on stderr first; the tagger is loaded once.
    """
    parser = argparse.ArgumentParser(prog="python -m analysis.actors", description="List the actors of news texts.")
    parser.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files")
    args = parser.parse_args(argv)
    status = 0
    documents = []
    for path in args.files:
        try:
            text = read_document(path)
        except AnalysisError as exc:
            print(f"error: {exc}", file=sys.stderr)
            status = 1
            continue
        documents.append((path, text, split_paragraphs(text)))
    if not documents:
        return status
    try:
        tag = load_models(("ner",))["ner"].tag
        for first in range(0, len(documents), FILES_PER_CALL):
            chunk = documents[first:first + FILES_PER_CALL]
            entities = iter(tag([p.text for _, _, paragraphs in chunk for p in paragraphs]))
            for path, text, paragraphs in chunk:
                tagged = [next(entities) for _ in paragraphs]
                _, actors, quotes = find_actors(text, paragraphs, lambda texts, tagged=tagged: tagged)
                print(json.dumps(_record(path, actors, quotes)), flush=True)
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return status


if __name__ == "__main__":
    sys.exit(main())
