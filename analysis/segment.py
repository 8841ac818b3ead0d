"""Split a document into paragraphs and sentences with character offsets, and find wire datelines."""
from __future__ import annotations

import re
from dataclasses import dataclass

BLANK_OR_LINE_RE = re.compile(r"[^\n]+")
# News paragraphs run to a few hundred characters (PerSenT: median 210, 99% under 1,150, counting the documents
# that lost their breaks); a longer line is read as groups of its sentences of about GROUP_CHARS.
LONG_LINE = 1500
GROUP_CHARS = 500
# A sentence ends at . ! ? or … (and any closing quotes or brackets) before a capital, a digit or an opening quote,
# unless the stop ends an abbreviation: "U.S. Secretary", "Mr. Rubio", "Dec. 5".
SENTENCE_BREAK_RE = re.compile(r"(?<=[.!?…])[”\"’'»)\]]*\s+(?=(?:[“\"‘'„(]|«\s?)?[A-Z0-9])")
ABBREVIATION_RE = re.compile(
    r"(?:^|[\s(.])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|No|Jr|Sr|Prof"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$"
)
# A wire dateline opening a paragraph: "VIENNA, Dec 5 (Reuters) - ", "KYIV, Ukraine (AP) — ", or without the agency
# a city and its region before a dash ("MANCHESTER, England — "), or a city of several words alone ("NEW DELHI — ";
# not "NATO — ", which may open a sentence).
DATELINE_RE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ /-]{1,30}"
    r"(?:(?:,\s*[\w.'’ -]{2,30}){0,2}\s*\([A-Z][\w.&'’ -]{0,30}\)\s*[-–—]+"  # place, date (agency) -
    r"|,\s*[A-Z][\w.'’ -]{1,30}?\s+[–—])\s*"  # city, region —
    r"|[A-ZÀ-ÖØ-Þ]{2,}(?: [A-ZÀ-ÖØ-Þ]{2,}){1,3}\s+[–—]\s*(?=[A-Z])"  # a city of several words alone
)
# “…”, "…", «…» and German „…“ (an unclosed one runs to the text's end), »…«, and British ‘…’ and '…' only
# when closed: the closing mark is no apostrophe inside a word ("can’t", "Combs's"), an unclosed ‘ may be an opening
# apostrophe ("the ‘90s", "the '90s", a split "Trump 's"), and a straight one closes at the first mark after a stop
# ("…,' he said") before it closes at a plural's apostrophe ("'The workers' rights are at stake,' he said"); one
# left open runs to the text's end only from its start or after a colon (British quotes over several paragraphs)
QUOTE_RE = re.compile(
    r"„[^“”\n]*(?:[“”]|$)|“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|«[^»]*(?:»|$)|»[^«»\n]*«"
    r"|(?<!\w)‘(?:[^’\n]|’(?=\w))*’(?!\w)"
    r"|(?<![\w'])'(?=[^\W\d])(?!(?:s|re|ll|ve|d|m|t)\b)"
    r"(?:(?:[^'\n]|(?<=\w)'(?=\w)|(?<=s)'(?=\s))*?(?<=[,.!?…])|(?:[^'\n]|(?<=\w)'(?=\w))*?)'(?!\w)"
    r"|(?:^|(?<=:\s))'(?=[^\W\d])(?:[^'\n]|(?<=\w)'(?=\w))*$"
)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: its index and ``text == document[start:end]``."""

    index: int
    start: int
    end: int
    text: str


def paragraph_number(index: int) -> int:
    """The number a reader sees for the paragraph at ``index``: the data index paragraphs from 0, the views number them from 1."""
    return int(index) + 1


def shorten(text: str, limit: int) -> str:
    """``text`` on one line (each run of whitespace one space), cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def normalise(text: str) -> str:
    """Unify line endings (Windows and old Mac) and drop a byte-order mark and NUL bytes."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").replace("\x00", "")


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs of ``text``: every non-blank line, stripped, with offsets into ``text``.

    News text mostly puts one paragraph per line; a blank line also separates.
    Lines are not merged, so offsets always point into the original text. A
    line over LONG_LINE characters is a wall of text (an article that lost its
    breaks when copied), read as groups of its sentences (see sentence_groups).
    """
    paragraphs = []
    for match in BLANK_OR_LINE_RE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        spans = sentence_groups(stripped) if len(stripped) > LONG_LINE else [(0, len(stripped))]
        for a, b in spans:
            paragraphs.append(Paragraph(len(paragraphs), start + a, start + b, stripped[a:b]))
    return paragraphs


def long_lines(text: str) -> int:
    """How many lines of ``text`` are over LONG_LINE characters, and so read as several paragraphs."""
    return sum(len(m.group().strip()) > LONG_LINE for m in BLANK_OR_LINE_RE.finditer(text))


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the quotations in ``text``, quote marks included (see QUOTE_RE)."""
    return [m.span() for m in QUOTE_RE.finditer(text) if m.end() - m.start() > 2]


def sentence_groups(text: str, size: int = GROUP_CHARS) -> list[tuple[int, int]]:
    """Spans of runs of consecutive sentences of ``text``, each closed at the first sentence end past ``size``
    characters that is not inside a quotation (so a quote keeps its speaker's paragraph)."""
    quotes = quote_spans(text)
    groups, start = [], None
    for a, b in split_sentences(text):
        start = a if start is None else start
        if b - start >= size and not any(q < b < e for q, e in quotes):
            groups.append((start, b))
            start = None
    if start is not None:
        groups.append((start, len(text)))
    return groups


def headline_of(paragraphs: list[Paragraph], limit: int = 120) -> str:
    """The first paragraph when it reads as a headline (a short line, no sentence stop at its end, more text
    after it, no wire dateline), else ""."""
    if len(paragraphs) < 2:
        return ""
    first = paragraphs[0].text
    if len(first) > limit or len(first.split()) > 20 or first[-1] in ".!?…:;," or dateline_end(first):
        return ""
    return first


def dateline_end(text: str) -> int:
    """Where a wire dateline ("VIENNA, Dec 5 (Reuters) - ") that opens a paragraph ends; 0 when none does."""
    match = DATELINE_RE.match(text)
    return match.end() if match else 0


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of a paragraph, stripped (closing quotes stay with their sentence).

    Stops inside numbers ("1.2%") or after abbreviations ("U.S.", "Mr.") do not end a sentence.
    """
    bounds = [0]
    for match in SENTENCE_BREAK_RE.finditer(text):
        if not ABBREVIATION_RE.search(text[max(0, match.start() - 6):match.start()]):
            bounds.append(match.end())
    bounds.append(len(text))
    spans = []
    for start, end in zip(bounds, bounds[1:]):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans
