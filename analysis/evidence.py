"""Which text each actor's stance is read from, one paragraph at a time.

An actor's evidence in a paragraph is its own quotes and the sentences that name it, in text order. Two kinds of
naming do not count:
- a name inside what another speaker is quoted as saying (in “A pause that lets Moscow rearm is not peace,”
  Zelensky said, the stance is Zelensky's, not Moscow's);
- a name given as another's object, in a sentence where another actor is named outright: after a preposition ("a
  deal between Russia and Ukraine", "talks with the US", "the invasion of Ukraine"), after a verb that acts on it
  ("Russia accused Ukraine of…"), as a possessive after any verb ("Ukrainian officials have resisted Trump's
  push"), or joined by "and"/"or" to such a name. The sentence states the other actor's position, not theirs.
Not objects: a name after a title, a member noun or a name, which is the body they speak for ("the Secretary of
State", "a spokesperson for the Coast Guard", "officials in Moscow", "Dani Mazzotta of the Idaho Conservation
League"), and the subject of "with ... -ing" ("with the EU threatening to walk out"). Where no actor in a sentence
is named outright ("Talks stalled after an exchange between Trump and Zelensky"), it stays evidence for each.
The stance model reads only text and topic, so this choice of sentences is what makes a stance an actor's own.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from analysis.actors import Actor, Quote
from analysis.gazetteer import MEMBER_NOUNS, TITLE_WORDS
from analysis.segment import Paragraph, split_sentences

OBLIQUE_PREPOSITIONS = frozenset("""
    about against among amid amongst at between for in into of on onto over through to toward towards under upon
    with within without
""".split())  # not "by" (the agent of a passive) or "from" ("a letter from Zelensky urged")
MAX_MODIFIERS = 5  # words a name may stand behind its preposition: "with Italian Prime Minister Giorgia Meloni"
_TOKEN = re.compile(r"[\w'’.-]+|[^\w\s]")
_DETERMINERS = {"the", "a", "an"}
_POSSESSIVE = re.compile(r"\w(?:['’]s?)$")
_SPEAKS_FOR = TITLE_WORDS | MEMBER_NOUNS  # before these prepositions: "Secretary of", "officials in"
_MEMBERSHIP_PREPOSITIONS = {"of", "for", "in", "at"}
_ING_AFTER = re.compile(r"\s+[a-z]+ing\b")
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?!\w)")
# Words after which a possessive name opens a clause ("after Russia's foreign ministry said"); after any other
# lowercase word it owns that word's object ("resisted Trump's push", "said Trump's plan would fail").
CLAUSE_OPENERS = frozenset("""
    and or but nor yet so that when while whilst after before as because if since though although whether where once
    until unless
""".split())
# Verbs whose object is the actor they act on ("Russia accused Ukraine of", "Zelensky thanked Trump for"); not "said"
# or other verbs a reported clause follows ("said Ukraine would").
OBJECT_VERBS = frozenset("""
    accuse accused accuses accusing acquire acquired acquires appoint appointed appoints arm armed arming arms
    arrest arrested arrests ask asked asks attack attacked attacking attacks back backed backs ban banned bans bar
    barred bars beat beats blame blamed blames blaming bomb bombed bombing bombs bought buy buys call called calls
    capture captured captures challenge challenged challenges charge charged condemn condemned condemning condemns
    congratulate congratulated consider considered considers court courted criticise criticised criticises criticize
    criticized criticizes defeat defeated defeating defend defended defending defends denounce denounced denounces
    detain detained detains divest elect elected endorse endorsed endorses expel expelled expels face faced faces
    facing fight fights fine fined fought fund funded funds gave give gives giving hail hailed hails help helped
    helps hire hired hit hits host hosted hosts indict indicted indicts invade invaded invades invading investigate
    investigated investigates invite invited keep keeps kept kill killed kills meet meets met mock mocked name named
    nominate nominated nominates oppose opposed opposes opposing order ordered orders oust ousted ousts praise
    praised praises praising press pressed pressure pressured prosecute prosecuted punish punished punishes raid
    raided recognise recognised recognises recognize recognized recognizes reject rejected rejecting rejects remove
    removed removes replace replaced replaces require required requires sanction sanctioned seize seized seizes sell
    sells sentence sentenced sentences shell shelled shelling slam slammed sold strike strikes striking struck sue
    sued support supported supporting supports target targeted targeting targets tell tells thank thanked thanks
    threaten threatened threatening threatens told treat treated treats urge urged urges urging violate violated
    violates visit visited visiting visits warn warned warns welcome welcomed welcomes
""".split())


def _modifier(word: str) -> bool:
    """Whether ``word`` may stand between a preposition and a name it governs."""
    folded = word.casefold().strip(".")
    return (folded in _DETERMINERS or folded in TITLE_WORDS or word[:1].isupper()
            or bool(_POSSESSIVE.search(word)))


def oblique_mentions(text: str, spans: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """The ``spans`` (name offsets into ``text``, one paragraph) that name another's object: after a preposition,
    directly or through a coordinated name before them (in "a deal between Russia and Ukraine" both names, in
    "Russia and Ukraine met" neither), as the object of one of OBJECT_VERBS ("accused Ukraine"), or as a possessive
    after any verb ("resisted Trump's push"). "according to" names a source, and a title, member noun or name
    before the preposition the body it speaks for ("Secretary of State", "Dani Mazzotta of the ...")."""
    sentence_starts = [a for a, _ in split_sentences(text)] or [0]
    ordered = sorted(set(spans))
    name_ends = {end for _, end in ordered}
    oblique: set[tuple[int, int]] = set()
    for start, end in ordered:
        sentence = max((s for s in sentence_starts if s <= start), default=0)
        tokens = [(m.group(), m.end()) for m in _TOKEN.finditer(text, sentence, start)]
        if _is_object(text, end, tokens, name_ends, {e for _, e in oblique}):
            oblique.add((start, end))
    return oblique


def _is_object(text: str, end: int, tokens: list[tuple[str, int]], name_ends: set[int], oblique_ends: set[int]) -> bool:
    """Whether the name ending at ``end`` is another's object, read back from it over ``tokens`` (its sentence
    before it, as (word, end offset)) past at most MAX_MODIFIERS modifiers to the word that governs it."""
    for k in range(len(tokens), max(0, len(tokens) - MAX_MODIFIERS - 1), -1):
        word, folded = tokens[k - 1][0], tokens[k - 1][0].casefold()
        before, before_end = (tokens[k - 2][0].casefold().strip("."), tokens[k - 2][1]) if k >= 2 else ("", -1)
        if folded in OBLIQUE_PREPOSITIONS:
            return not (
                (folded == "to" and before == "according")
                or (folded in _MEMBERSHIP_PREPOSITIONS and before in _SPEAKS_FOR)
                or (folded == "of" and before_end in name_ends)
                or (folded == "with" and _ING_AFTER.match(text, end))
            )
        if folded in ("and", "or"):
            return before_end in oblique_ends
        if not _modifier(word) or k == len(tokens) - MAX_MODIFIERS:
            return word.islower() and (
                folded in OBJECT_VERBS or (folded not in CLAUSE_OPENERS and bool(_POSSESSIVE_AFTER.match(text, end)))
            )
    return False


def paragraph_evidence(paragraph: Paragraph, actors: list[Actor], quotes: list[Quote]) -> dict[str, tuple[str, int, int]]:
    """Each actor's stance evidence in ``paragraph``: actor id to (text, start, end), offsets into the document.

    Actors with no evidence there are left out. The sentences keep what a quote alone leaves out: in "Davey backed
    the increase but said cutting aid would “hand a propaganda victory to the Kremlin”", and in "He said the increase
    would be paid for by cutting aid" beside a quote.
    """
    here = [q for q in quotes if q.paragraph == paragraph.index]
    named: list[tuple[str, int, int]] = []  # (actor id, start, end) in paragraph offsets, outside others' quotes
    for actor in actors:
        for m in actor.mentions:
            start = m.start - paragraph.start
            if m.paragraph == paragraph.index and not any(
                q.speaker not in (None, actor.id) and q.start <= m.start < q.end for q in here
            ):
                named.append((actor.id, start, m.end - paragraph.start))
    oblique = oblique_mentions(paragraph.text, [(a, b) for _, a, b in named])
    sentences = split_sentences(paragraph.text)
    chosen: dict[str, list[tuple[int, int]]] = {}
    for a, b in sentences:
        inside = [(actor_id, (s, e) in oblique) for actor_id, s, e in named if a <= s < b]
        outright = {actor_id for actor_id, is_oblique in inside if not is_oblique}
        for actor_id in outright or {actor_id for actor_id, _ in inside}:
            chosen.setdefault(actor_id, []).append((a, b))
    for q in here:
        if q.speaker is not None:
            chosen.setdefault(q.speaker, []).append((q.start - paragraph.start, q.end - paragraph.start))
    return {actor_id: _joined(paragraph, spans) for actor_id, spans in chosen.items()}


def _joined(paragraph: Paragraph, spans: list[tuple[int, int]]) -> tuple[str, int, int]:
    """The text of ``spans`` (paragraph offsets) merged where they overlap, joined by spaces, with document offsets."""
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    text = " ".join(paragraph.text[a:b] for a, b in merged)
    return text, paragraph.start + merged[0][0], paragraph.start + merged[-1][1]
