"""Read uploaded documents (.txt, .md, .html, .docx, .pdf) into plain text, refusing what is not text."""
from __future__ import annotations

import io
import re
import statistics
from html.parser import HTMLParser
from pathlib import PurePath

from analysis.errors import AnalysisError
from analysis.segment import normalise
from analysis.settings import MAX_CHARS, MAX_UPLOAD_MB

FORMATS = ("txt", "md", "html", "htm", "docx", "pdf")
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article"}
# Not the article: code, and the page's navigation, side panels, footer, forms, buttons and pictures with their captions
_SKIP_TAGS = {
    "script", "style", "noscript", "template", "head", "svg", "nav", "aside", "footer", "form", "button", "figure",
    "iframe", "select",
}
_SENTENCE_END = tuple(".!?:;\"”’)")  # what a line that ends a sentence ends with


def decode_text(data: bytes, name: str = "the file") -> str:
    """UTF-8 (or UTF-16 with a byte-order mark) text of ``data``; binary or other encodings raise AnalysisError."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4096]:
        raise AnalysisError(f"{name} looks like a binary file, not text.", f"Upload one of: {', '.join(FORMATS)}.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AnalysisError(
            f"{name} is not UTF-8 text (byte {exc.start} cannot be decoded).",
            "Save it as UTF-8 in your editor and upload it again, or paste the text.",
        ) from None


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipped: list[str] = []  # the skipped elements open now, innermost last

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP_TAGS:
            self.skipped.append(tag)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skipped:
            del self.skipped[len(self.skipped) - 1 - self.skipped[::-1].index(tag)]
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipped:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block element a line (scripts and styles dropped)."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def markdown_to_text(md: str) -> str:
    """Markdown with its markup removed (headings, emphasis, links, images, code fences)."""
    text = re.sub(r"```.*?```", "", md, flags=re.S)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+", "", text, flags=re.M)
    return re.sub(r"(\*\*|__|\*|_|`)(\S.*?\S|\S)\1", r"\2", text)


def read_upload(name: str, data: bytes) -> str:
    """Plain text of an uploaded file, by its extension; unsupported, binary or oversized files raise AnalysisError."""
    ext = PurePath(name).suffix.lower().lstrip(".")
    if len(data) > MAX_UPLOAD_MB * 1024 * 1024:
        raise AnalysisError(f"{name} is larger than {MAX_UPLOAD_MB} MB.", "Split it into smaller documents.")
    if ext not in FORMATS:
        raise AnalysisError(f"{name}: .{ext or '?'} files are not supported.", f"Upload one of: {', '.join(FORMATS)}.")
    if ext == "docx":
        text = _read_docx(name, data)
    elif ext == "pdf":
        text = _read_pdf(name, data)
    else:
        raw = decode_text(data, name)
        text = html_to_text(raw) if ext in ("html", "htm") else markdown_to_text(raw) if ext == "md" else raw
    text = normalise(text)
    if not text.strip():
        raise AnalysisError(f"{name} contains no text.", "Check the file, or paste the text instead.")
    return text


def _read_docx(name: str, data: bytes) -> str:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises several types for non-docx bytes
        raise AnalysisError(f"{name} is not a readable Word (.docx) file.", "Save it again as .docx or paste the text.") from None
    return "\n".join(p.text for p in document.paragraphs if p.text.strip())


def _read_pdf(name: str, data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError):
        raise AnalysisError(f"{name} is not a readable PDF.", "Export it again as PDF or paste the text.") from None
    return _join_layout_lines("\n".join(pages))


def _run_on(line: str, following: str, typeset: bool) -> str:
    """``line`` run on into ``following`` (stripped): after a space, or with none after a word broken at a hyphen.
    Typesetting adds that hyphen, so it goes before a lowercase letter ("cease-" "fire"); a wrap breaks a word at a
    hyphen of its own ("Ocasio-" "Cortez", "cave-" "in")."""
    line = line.rstrip()
    if not (re.search(r"[^\W\d_]-$", line) and following[:1].isalpha()):
        return f"{line} {following}"
    return (line[:-1] if typeset and following[0].islower() else line) + following


def _join_layout_lines(text: str) -> str:
    """PDF text with its layout lines joined into paragraphs: a line runs on into the next unless it ends a sentence,
    is blank, or is under 60% of a full line (a heading, a paragraph's last line; full: the upper quartile of the
    lines' lengths). A word typesetting hyphenated across lines is joined up (see _run_on)."""
    lines = text.split("\n")
    lengths = [len(line.strip()) for line in lines if line.strip()]
    typical = statistics.quantiles(lengths, n=4)[2] if len(lengths) > 1 else 0
    out: list[str] = []
    last = ""  # the previous layout line, stripped
    for line in lines:
        stripped = line.strip()
        if last and stripped and not last.endswith(_SENTENCE_END) and len(last) >= 0.6 * typical:
            out[-1] = _run_on(out[-1], stripped, typeset=True)
        else:
            out.append(line)
        last = stripped
    return "\n".join(out)


# Lines a web page puts around an article, copied along with it: buttons, adverts, links, bylines, credits (and a
# press release's release line, end mark and contacts). Each pattern must match a whole line (case aside) and, but
# for the credits, a line that does not end a sentence.
_FURNITURE_WORDS = (
    "share|save|print|e-?mail|comments?|follow|subscribe|advertisement|advert|sponsored(?: content)?|skip advertisement"
    "|skip to (?:main )?content|listen(?: to this article)?|copy link|close|menu|related(?: (?:articles|stories))?"
    "|more on this story|related topics|topics|tags|most read|top stories|share this (?:article|story|page)|getty images|reuters|ap|afp|epa"
    "|for immediate release|#{3}|-30-|-?\\s*ends\\s*-?|(?:media |press )?contacts?:?"  # a press release's
    "|_{3,}|\\*{3}"  # a wire story's rule before its credits
    "|sign in|sign out|log in|log out|my account|search|home|back to top|privacy policy|terms of (?:use|service)"
    "|cookie (?:settings|policy)|all rights reserved"
)
_MERIDIEM = r"(?i:[ap]\.?m\.?)"
_ZONE = r"(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|PST|PDT|PT)"
_FURNITURE = re.compile(
    "|".join((
        rf"(?i:{_FURNITURE_WORDS})",
        r"(?i:published|updated|last updated|posted)(?: on)?:?\s.{0,40}?(?:\d|\bago\b).{0,30}",
        r"\d+\s+(?i:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago",
        r"(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)"
        r"\s+\d{4}(?:\s*(?:[,·|–—-]|at)?\s*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)?",  # a date line
        r"(?i:read more|read next|also read|see also|more from|watch|listen|related(?: topics)?|topics|tags"
        r"|recommended)\s*[:|–—-]\s*.{1,200}",
        r"(?i:sign up)\b.{0,100}",
        r"(?i:file\s+)?(?i:image|photo|picture|video)(?:\s+(?i:source|caption|credit))?\s*[:,]\s*.{1,300}",
        # a caption that ends in its photo's credit
        r".{1,300}\s(?:(?:REUTERS|AFP|AP Photo|EPA|Getty Images)/\S.{0,80}|via (?:REUTERS|AFP|AP|Getty Images))",
        r"(?:(?i:posted|updated)\s+by|By)\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|&|de|van|von|der|da|al-\w+)){0,6}"
        r"(?:\s*[,|–—-]\s*.{0,80})?",
        # a live page's time ("18:42 GMT", "9.15am")
        rf"\d{{1,2}}:\d{{2}}(?:\s*{_MERIDIEM})?(?:\s+{_ZONE})?|\d{{1,2}}\.\d{{2}}\s*(?:{_MERIDIEM}|{_ZONE})",
        r"(?:(?i:e-?mail|tel|phone)\s*:?\s*)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d\s().-]{6,18}\d)",  # a contact line
    ))
)
# A page's section name or topic tag ("World", "Europe", "Middle East"): a line of at most three capitalised words
# and no punctuation. Two or more of them before an article's first line or after its last are left out.
_LABEL = re.compile(r"[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,2}")
_CREDITS = re.compile(
    r"\(?(?i:(?:additional\s+)?(?:reporting|writing|editing)\s+by\b.{0,300}|©.{0,150}|copyright\b.{0,150})"
    # "AP writer Zeke Miller contributed to this report."
    r"|.{1,200}\b(?i:contributed(?: to)?(?: this)? report(?:ing)?)\.?\)?"
)


def _furniture_line(line: str) -> bool:
    return bool(line) and bool(_CREDITS.fullmatch(line) or not line.endswith(".") and _FURNITURE.fullmatch(line))


def drop_page_furniture(text: str) -> tuple[str, list[str]]:
    """The text without the web-page lines copied along with an article ("Share", "ADVERTISEMENT", "Read more: …",
    a byline, "(Reporting by …; Editing by …)", section names over the headline and topic tags under the story),
    and those lines, stripped, in order. Line endings come back unified."""
    text = normalise(text)
    lines = text.split("\n")
    furniture = [_furniture_line(line.strip()) for line in lines]
    rest = [i for i, line in enumerate(lines) if line.strip() and not furniture[i]]
    labels = [_LABEL.fullmatch(lines[i].strip()) is not None for i in rest]
    lead = next((k for k, label in enumerate(labels) if not label), 0)  # section names over the headline
    tail = next((k for k, label in enumerate(reversed(labels)) if not label), 0)  # topic tags under the story
    for k in [*range(lead if lead > 1 else 0), *(len(rest) - 1 - k for k in range(tail if tail > 1 else 0))]:
        furniture[rest[k]] = True
    if not any(furniture):
        return text, []
    kept = "\n".join(line for line, drop in zip(lines, furniture) if not drop)
    return re.sub(r"\n{3,}", "\n\n", kept).strip("\n"), [line.strip() for line, drop in zip(lines, furniture) if drop]


def unwrap_lines(text: str) -> tuple[str, int]:
    """The text with the lines of a fixed-width wrap joined into their paragraphs, and how many were joined.

    Text hard-wrapped at a width (an email, a plain-text wire feed) breaks every
    paragraph into lines of nearly that width. It is taken for wrapped when its
    longest line is at most 100 characters, half the lines that another line
    follows are within 15 of that, and most breaks before a word that would not
    have fitted on the line come mid-sentence, a third of them before a
    lowercase word. Such a break is joined (a word broken at its hyphen is
    joined up again); a break before a word that would have fitted ends a
    paragraph. Where no blank line separates paragraphs, a break after a
    sentence's end is kept too: a paragraph's last line can be nearly full, and
    splitting a paragraph between sentences loses less than running two
    together. Text that does not look wrapped comes back unchanged, with 0.
    """
    lines = [line.rstrip() for line in normalise(text).split("\n")]
    width = max(map(len, lines), default=0)
    followed = [a for a, b in zip(lines, lines[1:]) if a.strip() and b.strip()]
    if len(followed) < 3 or width > 100 or sum(len(a) >= width - 15 for a in followed) < len(followed) / 2:
        return text, 0
    full = [bool(a.strip() and b.strip()) and len(a) + 1 + len(b.split()[0]) > width for a, b in zip(lines, lines[1:])]
    ends = [a.endswith(_SENTENCE_END) for a in lines]
    lower_next = sum(f and b.lstrip()[:1].islower() for f, b in zip(full, lines[1:]))
    if sum(f and not e for f, e in zip(full, ends)) <= sum(full) / 2 or lower_next < sum(full) / 3:
        return text, 0  # not prose wrapped mid-sentence: a list of headlines, say
    blank_lines = any(not line.strip() for line in lines[1:-1])
    out = [lines[0]]
    joined = 0
    for line, join in zip(lines[1:], (f and (blank_lines or not e) for f, e in zip(full, ends))):
        if join:
            out[-1] = _run_on(out[-1], line.strip(), typeset=False)
            joined += 1
        else:
            out.append(line)
    return "\n".join(out), joined


def check_length(text: str) -> None:
    """Raise AnalysisError when ``text`` is over the per-analysis character limit."""
    if len(text) > MAX_CHARS:
        raise AnalysisError(
            f"The text has {len(text):,} characters; the limit is {MAX_CHARS:,}.",
            "Analyse it in parts (for example one section per document).",
        )
