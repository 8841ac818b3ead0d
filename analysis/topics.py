"""Suggest stance topics from a text (recurring noun phrases that are not actor names); find the topics it never names."""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable

from analysis.gazetteer import (
    COMPANY_NOUNS, COUNTRIES, DOCUMENT_WORDS, EPITHET_NOUNS, JOB_NOUNS, MEMBER_NOUNS, ORGANISATION_NOUNS, PERSON_NOUNS,
    ROLES, TITLES,
)

STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as into about over after before than then that this
    these those there here it its is are was were be been being has have had do does did not no so such can could
    would should will may might must shall we our us you your they their them he his him she her i my me who whom
    which whose what when where why how all any both each few more most other some own same very just also only even
    said says say told according week weeks month months year years day days time times friday thursday monday
    tuesday wednesday saturday sunday last next first new recently previously part path paths way going
    make made making take took taken including include includes expected despite though however well like
    because too already still yet again back ago later earlier early late now today tonight yesterday tomorrow never
    ever always often much many less least far off out up down within without while since until among between
    through during under above below across toward towards upon onto per away around near along ready
    everyone everybody everything nothing someone somebody something anyone anything second third former latest
    biggest largest highest lowest greatest worst best percent cent million billion trillion thousand thousands
    hundreds dozens gmt bst est use used using get got go went come came see saw want wants need needs know think
    added asked called against top high low man woman men women night morning evening afternoon side sides
    enough main several key major whole one two three four five six seven eight nine ten people country countries
    nation nations city cities kingdom case process decade decades""".split()
)
WORD_RE = re.compile(r"[^\W\d_][\w\-’']*")
# Words that end a phrase naming people ("prime minister", "chief executive", "officials"), not a topic
PEOPLE_WORDS = frozenset(
    t.casefold().strip(".").split()[-1] for t in (*TITLES, *ROLES, *JOB_NOUNS, *PERSON_NOUNS, *EPITHET_NOUNS)
) | MEMBER_NOUNS | set("""analysts experts critics reporters journalists nurse officer protesters demonstrators voters
    residents civilians soldiers troops workers delegates lawmakers students fans players negotiators deputy cousin
    nephew niece uncle aunt grandson granddaughter grandfather grandmother""".split())
DEMONYMS = frozenset(d.casefold() for e in COUNTRIES for d in e.demonyms)
# nouns that stand for an actor ("the company", "the administration")
ACTOR_NOUNS = ORGANISATION_NOUNS | COMPANY_NOUNS | {"bloc", "administration", "club", "team", "developer"}
_DETERMINERS = frozenset("the a an its their his her our this that any no".split())
# Nouns too general to take a side on ("the end", "the result", "an interview"), and sport's counts
GENERIC_NOUNS = frozenset("""end world result results minutes hours seconds crowd interview ceremony statement
    statements call calls speech remarks meeting lot number numbers thing things place final finals match season round
    runs wickets points goals news report reports story source sources comment comments video photo post letter message
    future term guy winner winners host release history seat ground""".split())
# Adjectives that no suffix below gives away ("pleaded guilty", "nuclear talks", "runs short")
ADJECTIVES = frozenset("""guilty nuclear foreign short long free fair open full close clear likely able bad good
    ahead""".split())
# a word for a person by their creed or trade ("nationalist", "economists"); not "list", "exists", "twist"
_PERSON_ENDING = re.compile(
    r"^(?!(?:(?:black|short|check|play|wait|watch)?list|exist|(?:in|re|as|per|con)sist|twist|wrist)s?$)\w+ists?$"
)
_ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive", "ful", "less", "able", "ible", "ary", "ian", "ese", "ish")
# a word after these is used as a verb ("to join", "would quit", "was held", "they deny", "which both deny")
_BEFORE_VERBS = frozenset("""to will would could can cannot may might must should shall did does do not never he she
    it they we i who which was were is are be been being has have had""".split())
# past forms of common verbs that carry no verb's ending ("won", "held", "wrote")
IRREGULAR_PAST = frozenset("""won held became wrote took gave went came left met led ran began brought built fought
    kept lost paid sent spent stood thought understood sold fell rose struck drew grew knew flew chose spoke broke
    quit told""".split())
_NOT_PAST = frozenset("greed speed need seed deed creed breed weed feed steed hundred kindred shed bed".split())
_DOCUMENT_WORDS = frozenset(w.casefold() for w in DOCUMENT_WORDS)  # "Inflation Reduction Act": a name that is a topic


_TIME_UNITS = frozenset("day days week weeks month months year years".split())


def _words(text: str) -> list[str]:
    """The words of ``text``, lower-cased, without a possessive."""
    return [re.sub(r"[’']s?$", "", w.lower()) for w in WORD_RE.findall(text)]


def _clauses(text: str) -> list[list[str]]:
    """The words of each stretch of ``text`` between punctuation marks."""
    return [_words(clause) for clause in re.split(r"[.,;:!?“”\"()—–]+", text)]


def _candidates(text: str) -> Counter:
    counts: Counter = Counter()
    for words in _clauses(text):
        counts.update(_ngrams(words))
    return counts


def _ngrams(words: list[str]) -> Counter:
    counts: Counter = Counter()
    for n in (1, 2, 3):
        for i in range(len(words) - n + 1):
            gram = words[i:i + n]
            # a unit of time ends a phrase only after a compound that counts it ("a four-day week")
            timed = n > 1 and gram[-1] in _TIME_UNITS and "-" in gram[-2]
            if gram[0] in STOPWORDS or gram[-1] in STOPWORDS and not timed or any(len(w) < 3 for w in gram) \
                    or any(re.search(r"[’']", w) for w in gram):  # "we're"
                continue
            counts[" ".join(gram)] += 1
    return counts


def _article(text: str, phrase: str) -> str:
    """The phrase with the article the text uses most before it ("a ceasefire", "the minerals deal")."""
    before = Counter(m.group(1).lower() for m in re.finditer(rf"\b(a|an|the)\s+{re.escape(phrase)}\b", text, re.I))
    bare = len(re.findall(rf"\b{re.escape(phrase)}\b", text, re.I)) - sum(before.values())
    article, count = before.most_common(1)[0] if before else ("", 0)
    return f"{article} {phrase}" if count > bare else phrase


def _single_word_uses(text: str) -> tuple[set[str], set[str], set[str]]:
    """The words ``text`` writes all in lowercase somewhere, those it writes after "the", "a", "its"... as nouns
    (before a stopword or a clause's end: "the vote was", not "the ousted leader") and those it writes after "to",
    "would", "was", "they", "it"... (as verbs)."""
    lowercase = {w for m in WORD_RE.finditer(text) if m.group().islower() for w in _words(m.group())}
    clauses = _clauses(text)
    determined = {words[i] for words in clauses for i in range(1, len(words))
                  if words[i - 1] in _DETERMINERS and (i + 1 == len(words) or words[i + 1] in STOPWORDS)}
    verbs = {b for words in clauses for a, b in zip(words, words[1:]) if a in _BEFORE_VERBS}
    return lowercase, determined, verbs


def _topic_like(words: list[str], lowercase: set[str], determined: set[str], verbs: set[str]) -> bool:
    """Whether a phrase may name a topic: it does not end in a word for people ("prime minister", "co-leaders"), a
    demonym or an adjective ("runs short") nor start with a title ("Prince Mohammed"), holds no name (a word
    capitalised wherever it stands: "Gaza", "meet Trump"; but for a law's or a treaty's name, "the Inflation
    Reduction Act"), and a single word is no noun standing for an actor ("the company") nor too general ("the end")
    and, shaped or used like a verb, an adverb or an adjective, is used as a noun somewhere ("the bombing", "a rally",
    "the vote", "the military"; not "accused", "extending", "quickly", "won", "to join", "presidential", "ousted").
    ``lowercase``, ``determined`` and ``verbs`` are the text's words as :func:`_single_word_uses` gives them."""
    last = words[-1].split("-")[-1]
    if {last, last.removesuffix("s")} & (PEOPLE_WORDS | DEMONYMS) or words[0] in PEOPLE_WORDS or last in ADJECTIVES \
            or _PERSON_ENDING.search(last) or "-" in words[-1] and last in STOPWORDS:  # "a four-day" (week)
        return False
    if any(w not in lowercase for w in words) and words[-1] not in _DOCUMENT_WORDS:
        return False
    if len(words) > 1:
        return True
    word = words[0]
    if word in ACTOR_NOUNS or word in GENERIC_NOUNS:
        return False
    shaped = word.endswith(("ing", "ly", *_ADJECTIVE_ENDINGS)) or word.endswith("ed") and word not in _NOT_PAST \
        or word in IRREGULAR_PAST or word in verbs
    return not shaped or word in determined


def _longest_container(counts: Counter) -> Counter:
    """For each phrase, the highest count of a longer phrase that holds it ("minerals deal" holds "deal")."""
    container: Counter = Counter()
    for phrase, count in counts.items():
        words = phrase.split()
        for n in range(1, len(words)):
            for i in range(len(words) - n + 1):
                inner = " ".join(words[i:i + n])
                container[inner] = max(container[inner], count)
    return container


def suggest_topics(text: str, actor_names: list[str] = (), n: int = 3) -> list[str]:
    """Up to ``n`` topic phrases that recur in ``text`` (at least twice), longest and most frequent first.

    Phrases made of actor names are skipped; a phrase followed in the text by
    "for <actor>" keeps that beneficiary ("security guarantees for Ukraine").
    """
    names = {w.lower() for name in actor_names for w in re.findall(r"\w+", name)}
    counts = _candidates(text)
    containers = _longest_container(counts)
    lowercase, determined, verbs = _single_word_uses(text)
    scored = []
    for phrase, count in counts.items():
        words = phrase.split()
        if count < 2 or all(w in names for w in words) or any(w in names for w in words[:1]) \
                or not _topic_like(words, lowercase, determined, verbs):
            continue
        longer = containers[phrase]
        if longer >= 2 and 3 * longer >= count:  # mostly part of a longer phrase ("deal" in "minerals deal")
            continue
        scored.append((count * (1 + 0.6 * (len(words) - 1)), phrase))
    chosen: list[str] = []
    for _, phrase in sorted(scored, key=lambda s: (-s[0], s[1])):
        if any(phrase in c or c in phrase for c in chosen):
            continue
        chosen.append(phrase)
        if len(chosen) == n:
            break
    topics = []
    for phrase in chosen:
        if any(w not in lowercase for w in phrase.split()):  # a law's name, as the text writes it
            written = Counter(m.group() for m in re.finditer(rf"\b{re.escape(phrase)}\b", text, re.I))
            phrase = written.most_common(1)[0][0]
        topic = _article(text, phrase)
        beneficiary = re.search(rf"\b{re.escape(phrase)}\s+for\s+([A-Z][\w\-]+)", text, re.I)
        if beneficiary and beneficiary.group(1).lower() in names:
            topic = f"{topic} for {beneficiary.group(1)}"
        topics.append(topic)
    return topics


def absent_topics(text: str, topics: list[str]) -> list[str]:
    """The topics whose words ``text`` does not all use (stopwords aside; singular or plural alike), in their order."""
    used = {w.removesuffix("s") for w in _words(text)}  # a word and its plural alike
    return [t for t in topics if not all(w.removesuffix("s") in used for w in _words(t) if w not in STOPWORDS)]


def absent_topics_note(
    text: str, topics: list[str], subject: str = "It", show: Callable[[str], str] = str
) -> str | None:
    """What to say of the ``topics`` that ``text`` never names, if any: a stance toward them is read from text about
    other things. ``show`` escapes a topic for where the note goes (Markdown, HTML)."""
    if missing := absent_topics(text, topics):
        names = ", ".join(f"“{show(t)}”" for t in missing)
        return f"{subject} does not name {names}: a stance read toward a topic the text never names means little."
    return None
