"""Whether a text reads as English, the only language the models were trained on."""
from __future__ import annotations

import re

# Common English words that are rare as words in other languages written in Latin script: "in", "a", "on",
# "as", "die" and the like are left out because German, French, Spanish or Dutch use them too.
ENGLISH_WORDS = frozenset(
    """the of and to is that for with was it he she they said be has have are were by this from at which who not
    but his her had will would an been their its after over about also than more into when there could what
    we our you your them him can should did does these those just because while during against between under""".split()
)
MIN_WORDS = 30  # fewer words than this say too little about the language
MIN_ENGLISH_SHARE = 0.1  # English news: about 0.3 of its words are in ENGLISH_WORDS; six other languages 0 to 0.06
_WORD = re.compile(r"[^\W\d_]+")


def english_share(text: str) -> float | None:
    """The share of the text's words that are common English words, or None for a text under MIN_WORDS words."""
    words = _WORD.findall(text.casefold())
    if len(words) < MIN_WORDS:
        return None
    return sum(w in ENGLISH_WORDS for w in words) / len(words)


def language_note(text: str, subject: str = "This text") -> str | None:
    """What to say (plain text) of a text that does not read as English, or None when it does or is too short."""
    share = english_share(text)
    if share is None or share >= MIN_ENGLISH_SHARE:
        return None
    return (
        f"{subject} does not read as English: {share:.0%} of its words are common English words like “the” and "
        "“said”, against about 30% in English news. The models were trained on English text only, so the actors, "
        "tones and stances found in it mean little."
    )
