"""Split a document into paragraphs with character offsets."""
from __future__ import annotations

import re
from dataclasses import dataclass

BLANK_OR_LINE_RE = re.compile(r"[^\n]+")
SENTENCE_RE = re.compile(r"[^.!?…]+(?:[.!?…]+[”\"’)\]]*|$)")


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
    Lines are not merged, so offsets always point into the original text.
    """
    paragraphs = []
    for match in BLANK_OR_LINE_RE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        paragraphs.append(Paragraph(len(paragraphs), start, start + len(stripped), stripped))
    return paragraphs


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of a paragraph (closing quotes stay with their sentence)."""
    spans = []
    for match in SENTENCE_RE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans
