"""Actor mentions and quotes highlighted in the text: spans as data first, then escaped HTML.

The HTML is self-contained (inline styles, no scripts, no classes) and every
text fragment and attribute value goes through ``html.escape``.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby
from html import escape

import pandas as pd

from analysis.charts import analysis_colours
from analysis.pipeline import Analysis, counted
from analysis.segment import paragraph_number, shorten

TINTS = {"negative": "#FDE0DD", "neutral": "#F2F2F2", "positive": "#E5F5E0"}  # paragraph backgrounds by tone
PARAGRAPH_STYLE = "margin:0 0 .8em;padding:.4em .6em;border-radius:4px;line-height:1.9"
LEGEND_ITEM_STYLE = "display:inline-block;margin-right:1em"
NUMBERED_STYLE = "display:flex;align-items:baseline"  # a paragraph with its number in a gutter on the left
NUMBER_STYLE = "flex:0 0 2.4rem;box-sizing:border-box;padding-right:.6em;text-align:right;color:#777777;font-size:.8em;user-select:none"
LEFT_OUT_STYLE = "margin:0 0 .8em 2.4rem;padding:0 .6em;color:#777777;font-size:.85em"  # indented past the numbers
HEX_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
# why an actor named in a paragraph can have no stance there (analysis.evidence)
NO_STANCE = "no stance read in this paragraph: named only in another speaker's words or as another actor's object"


@dataclass(frozen=True)
class HighlightSpan:
    """One mention to highlight; ``start``/``end`` are offsets into the paragraph's text."""

    start: int
    end: int
    actor_id: str
    actor: str
    colour: str
    kind: str
    resolved: bool
    tooltip: str


@dataclass(frozen=True)
class QuoteSpan:
    """One quote to mark; ``start``/``end`` are offsets into the paragraph's text, ``speaker`` the actor's name
    (None where no speaker was found)."""

    start: int
    end: int
    speaker: str | None


QUOTE_STYLE = "font-style:italic"


def _paragraph_offsets(analysis: Analysis, paragraphs: Iterable[int] | None) -> tuple[dict[int, int], list[int]]:
    """The document offset of each paragraph's start, and ``paragraphs`` (default: all) as ints.

    Raises ValueError for a paragraph the analysis does not have.
    """
    offsets = {int(p): int(start) for p, start in zip(analysis.paragraphs["paragraph"], analysis.paragraphs["start"])}
    wanted = list(offsets) if paragraphs is None else [int(p) for p in paragraphs]
    missing = [p for p in wanted if p not in offsets]
    if missing:
        raise ValueError(f"the analysis has no paragraph {missing[0]}")
    return offsets, wanted


def quotes_by_paragraph(analysis: Analysis, paragraphs: Iterable[int] | None = None) -> dict[int, list[QuoteSpan]]:
    """The quotes of each of ``paragraphs`` (default: all) in text order, offsets relative to their paragraph.

    Raises ValueError for a paragraph the analysis does not have.
    """
    offsets, wanted = _paragraph_offsets(analysis, paragraphs)
    names = {a.id: a.name for a in analysis.actors}
    quotes: dict[int, list[QuoteSpan]] = {p: [] for p in wanted}
    for q in sorted(analysis.quotes, key=lambda q: q.start):
        if q.paragraph in quotes:
            start = offsets[q.paragraph]
            quotes[q.paragraph].append(QuoteSpan(q.start - start, q.end - start, names.get(q.speaker)))
    return quotes


def actor_paragraphs(analysis: Analysis, actor_id: str) -> list[int]:
    """The paragraphs that name ``actor_id`` or quote it, in text order."""
    named = {int(p) for p in analysis.mentions.loc[analysis.mentions["actor_id"] == actor_id, "paragraph"]}
    return sorted(named | {q.paragraph for q in analysis.quotes if q.speaker == actor_id})


def paragraph_spans(analysis: Analysis, paragraph_index: int) -> list[HighlightSpan]:
    """The mentions in one paragraph, in text order (longer first at the same start), with tooltips
    giving the model's labels and probabilities. Raises ValueError for a paragraph the analysis does not have.
    """
    return spans_by_paragraph(analysis, [paragraph_index])[paragraph_index]


def spans_by_paragraph(analysis: Analysis, paragraphs: Iterable[int] | None = None) -> dict[int, list[HighlightSpan]]:
    """``paragraph_spans`` of each of ``paragraphs`` (default: all), built in one pass over the tables.

    Raises ValueError for a paragraph the analysis does not have.
    """
    offsets, wanted = _paragraph_offsets(analysis, paragraphs)
    mentions = analysis.mentions[analysis.mentions["paragraph"].isin(wanted)]
    colours = analysis_colours(analysis, mentions["actor_id"])
    portrayals = _by_actor_paragraph(analysis.actor_sentiment, wanted)
    stances = _by_actor_paragraph(analysis.stance, wanted)
    spans: dict[int, list[HighlightSpan]] = {p: [] for p in wanted}
    for m in sorted(mentions.itertuples(index=False), key=lambda m: (m.start, -m.end)):
        paragraph, key = int(m.paragraph), (m.actor_id, int(m.paragraph))
        spans[paragraph].append(HighlightSpan(
            start=int(m.start) - offsets[paragraph],
            end=int(m.end) - offsets[paragraph],
            actor_id=m.actor_id,
            actor=m.actor,
            colour=colours[m.actor_id],
            kind=m.kind,
            resolved=bool(m.resolved),
            tooltip=_tooltip(m.actor, m.type, m.kind, bool(m.resolved), portrayals.get(key, []), stances.get(key, []), analysis.topics),
        ))
    return spans


def render_paragraph(
    text: str,
    spans: list[HighlightSpan],
    tint: str | None = None,
    selected_actor: str | None = None,
    *,
    paragraph: int | None = None,
    title: str | None = None,
    quotes: Sequence[QuoteSpan] = (),
) -> str:
    """``<p>`` HTML of one paragraph with its spans marked.

    Named mentions get a background in the actor's colour, resolved pronoun/role
    mentions a dashed underline instead; ``selected_actor``'s mentions are bold and
    outlined. ``tint`` (a sentiment label) colours the paragraph; ``title``
    (default: the tone label) becomes its tooltip. With ``paragraph`` (its index)
    the ``<p>`` gets a ``data-paragraph`` and sits in a row after its number.
    A span overlapping an earlier one (or, at the same start, a longer one) or
    falling outside ``text`` is skipped: marks cannot nest. Each of ``quotes``
    is set in italics, its speaker in its tooltip; the marks inside stay marks.
    """
    quotes = [q for q in quotes if 0 <= q.start < q.end <= len(text)]
    cuts = sorted({q.start for q in quotes} | {q.end for q in quotes})
    pieces: list[tuple[int, str]] = []  # (offset, escaped HTML) in text order, plain text cut at quote ends

    def plain(start: int, end: int) -> None:
        points = [start, *(c for c in cuts if start < c < end), end]
        pieces.extend((a, escape(text[a:b])) for a, b in zip(points, points[1:]) if a < b)

    cursor = 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < cursor or span.end > len(text) or span.start >= span.end:
            continue
        plain(cursor, span.start)
        pieces.append((span.start, _mark(text[span.start:span.end], span, span.actor_id == selected_actor)))
        cursor = span.end
    plain(cursor, len(text))
    parts = []
    for quote, group in groupby(pieces, key=lambda piece: next((q for q in quotes if q.start <= piece[0] < q.end), None)):
        html = "".join(h for _, h in group)
        parts.append(html if quote is None else _quote(html, quote))
    style = PARAGRAPH_STYLE + (f";background:{TINTS[tint]}" if tint in TINTS else "") + ("" if paragraph is None else ";flex:1")
    if title is None and tint is not None:
        title = f"tone: {tint}"
    attributes = "" if paragraph is None else f' data-paragraph="{int(paragraph)}"'
    attributes += f' style="{escape(style)}"'
    attributes += "" if title is None else f' title="{escape(title)}"'
    html = f"<p{attributes}>{''.join(parts)}</p>"
    if paragraph is None:
        return html
    return f'<div style="{NUMBERED_STYLE}"><span style="{NUMBER_STYLE}">{paragraph_number(paragraph)}</span>{html}</div>'


def render_document(analysis: Analysis, selected_actor: str | None = None, paragraphs: Collection[int] | None = None) -> str:
    """HTML of the text: a legend of actor colours, then each paragraph highlighted and tinted by its tone.

    With ``paragraphs``, only those are shown, and each run of paragraphs left out is a muted line that
    says how many ("⋯ 2 paragraphs left out").
    """
    colours = analysis_colours(analysis)
    legend = []
    for actor in analysis.actors:
        weight = "bold" if actor.id == selected_actor else "normal"
        legend.append(
            f'<span data-actor="{escape(actor.id)}" style="{LEGEND_ITEM_STYLE};font-weight:{weight}">'
            f'<span style="display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:-.1em;'
            f'border-radius:2px;background:{escape(colours[actor.id])}"></span>'
            f"{escape(actor.name)} <small>({escape(actor.type)})</small></span>"
        )
    legend.append(
        f'<span style="{LEGEND_ITEM_STYLE}"><span style="border-bottom:2px dashed #555555">he / the minister</span>'
        " = pronoun or role resolved to an actor</span>"
    )
    legend.append(
        f'<span style="{LEGEND_ITEM_STYLE}"><span style="{QUOTE_STYLE}">“quoted words”</span> = a quote; hover it for'
        " its speaker</span>"
    )
    legend.append(f'<span style="{LEGEND_ITEM_STYLE}">paragraph tone: ' + " ".join(
        f'<span style="background:{colour};padding:0 .4em;border-radius:3px">{label}</span>' for label, colour in TINTS.items()
    ) + "</span>")
    rows = analysis.paragraphs.sort_values("paragraph")
    wanted = None if paragraphs is None else {int(p) for p in paragraphs}
    shown = [p for p in rows["paragraph"].tolist() if wanted is None or p in wanted]
    spans, quotes = spans_by_paragraph(analysis, shown), quotes_by_paragraph(analysis, shown)
    parts, left_out = [], 0
    for row in rows.itertuples(index=False):
        index = int(row.paragraph)
        if index not in spans:
            left_out += 1
            continue
        parts.append(_left_out(left_out))
        left_out = 0
        parts.append(render_paragraph(
            analysis.text[int(row.start):int(row.end)],
            spans[index],
            tint=row.sentiment,
            selected_actor=selected_actor,
            paragraph=index,
            quotes=quotes[index],
            title=f"Paragraph {paragraph_number(index)} · tone: {row.sentiment} "
                  f"(negative {row.p_negative:.2f} · neutral {row.p_neutral:.2f} · positive {row.p_positive:.2f})",
        ))
    parts.append(_left_out(left_out))
    return (
        '<div style="font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;font-size:1rem;color:#222222">'
        f'<div style="margin-bottom:1em;font-size:.85em;line-height:2">{"".join(legend)}</div>'
        f'{"".join(parts)}</div>'
    )


def _left_out(count: int) -> str:
    """The muted line standing for ``count`` paragraphs not shown ("" for none)."""
    if not count:
        return ""
    return f'<div data-left-out="{count}" style="{LEFT_OUT_STYLE}">⋯ {counted(count, "paragraph")} left out</div>'


def _mark(text: str, span: HighlightSpan, selected: bool) -> str:
    """One mention as an escaped ``<mark>``."""
    if span.resolved:
        style = f"background:transparent;color:inherit;border-bottom:2px dashed {span.colour};padding:0 1px"
    else:
        style = f"background:{_translucent(span.colour)};color:inherit;border-radius:3px;padding:0 2px"
    if selected:
        style += f";font-weight:bold;outline:2px {'dashed' if span.resolved else 'solid'} {span.colour}"
    return (
        f'<mark data-actor="{escape(span.actor_id)}" data-kind="{escape(span.kind)}" style="{escape(style)}" '
        f'title="{escape(span.tooltip)}">{escape(text)}</mark>'
    )


def _quote(html: str, quote: QuoteSpan) -> str:
    """A quote's HTML (already escaped) in an italic ``<span>`` whose tooltip names its speaker."""
    said = f"quote attributed to {quote.speaker}" if quote.speaker else "quote: no speaker found"
    return f'<span data-quote style="{QUOTE_STYLE}" title="{escape(said)}">{html}</span>'


def _translucent(colour: str) -> str:
    """``colour`` at about 35% opacity when it is #RRGGBB (so text on it stays readable), else unchanged."""
    return colour + "59" if HEX_COLOUR.fullmatch(colour) else colour


def _by_actor_paragraph(table: pd.DataFrame, paragraphs: list[int]) -> dict[tuple[str, int], list]:
    """The rows of ``table`` in ``paragraphs`` (as named tuples), by (actor_id, paragraph)."""
    rows: dict[tuple[str, int], list] = {}
    for r in table[table["paragraph"].isin(paragraphs)].itertuples(index=False):
        rows.setdefault((r.actor_id, int(r.paragraph)), []).append(r)
    return rows


def readings(analysis: Analysis, actor_id: str, paragraph: int, evidence_chars: int = 160) -> list[str]:
    """What the models read for one actor in one paragraph, a line each: how the text portrays it, then its
    stance on each topic, with the start of the evidence the stance model read where that is not the whole
    paragraph ("read from “…”")."""
    key = (actor_id, int(paragraph))
    portrayals = _by_actor_paragraph(analysis.actor_sentiment, [key[1]]).get(key, [])
    stances = _by_actor_paragraph(analysis.stance, [key[1]]).get(key, [])
    whole = analysis.paragraphs.set_index("paragraph")["text"].get(key[1], "")
    return _reading_lines(portrayals, stances, analysis.topics, evidence_chars, whole)


def _tooltip(actor: str, type_: str, kind: str, resolved: bool, portrayals: list, stances: list, topics: list[str]) -> str:
    """Who the mention is, and the model's portrayal and stance labels (rows of this actor in this paragraph)
    with probabilities, stances in the order of ``topics``."""
    lines = [f"{actor} ({type_})", f"{kind} resolved to {actor}" if resolved else f"{kind} mention"]
    return "\n".join(lines + _reading_lines(portrayals, stances, topics))


def _reading_lines(
    portrayals: list, stances: list, topics: list[str], evidence_chars: int | None = None, paragraph_text: str = ""
) -> list[str]:
    """The portrayal and stance rows of one actor in one paragraph as lines, stances in the order of ``topics``;
    with ``evidence_chars``, each stance line ends with its evidence (unless it is ``paragraph_text``), shortened."""
    lines = [f"portrayed {r.sentiment}: negative {r.p_negative:.2f} · neutral {r.p_neutral:.2f} · positive {r.p_positive:.2f}"
             for r in portrayals]
    if topics and not stances:
        lines.append(NO_STANCE)
    by_topic = {r.topic: r for r in stances}
    for topic in [t for t in topics if t in by_topic] + [t for t in by_topic if t not in topics]:
        r = by_topic[topic]
        line = f"stance on {topic}: {r.stance} (against {r.p_against:.2f} · neutral {r.p_neutral:.2f} · favor {r.p_favor:.2f})"
        if evidence_chars is not None and r.evidence != paragraph_text:
            line += f" · read from “{shorten(r.evidence, evidence_chars)}”"
        lines.append(line)
    return lines
