"""Highlight spans and their escaped, self-contained HTML."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest
from conftest import RUBIO, RUSSIA, ZELENSKY

from analysis.actors import Quote
from analysis.charts import PALETTE
from analysis.highlight import (
    NO_STANCE,
    NUMBER_STYLE,
    NUMBERED_STYLE,
    PARAGRAPH_STYLE,
    TINTS,
    QUOTE_STYLE,
    HighlightSpan,
    QuoteSpan,
    actor_paragraphs,
    paragraph_spans,
    quotes_by_paragraph,
    readings,
    render_document,
    render_paragraph,
    spans_by_paragraph,
)
from analysis.pipeline import TEXT_ACTOR_ID

ORANGE, SKY, GREEN = PALETTE[:3]


@pytest.mark.parametrize(("paragraph", "expected"), [
    (0, [(0, 5, RUBIO, "Marco Rubio", ORANGE, "name", False), (26, 32, RUSSIA, "Russia", SKY, "name", False)]),
    (1, [(0, 2, RUBIO, "Marco Rubio", ORANGE, "pronoun", True), (12, 18, RUSSIA, "Russia", SKY, "name", False)]),
    (2, [(0, 8, ZELENSKY, "Volodymyr Zelensky", GREEN, "name", False), (31, 37, RUSSIA, "Russia", SKY, "name", False)]),
])
def test_paragraph_spans(analysis, paragraph, expected):
    spans = paragraph_spans(analysis, paragraph)
    assert [(s.start, s.end, s.actor_id, s.actor, s.colour, s.kind, s.resolved) for s in spans] == expected
    text = analysis.paragraphs["text"][paragraph]
    assert [text[s.start:s.end] for s in spans] == analysis.mentions[analysis.mentions["paragraph"] == paragraph]["text"].tolist()


def test_tooltip_gives_labels_and_probabilities(analysis):
    assert paragraph_spans(analysis, 1)[0].tooltip == (
        "Marco Rubio (person)\n"
        "pronoun resolved to Marco Rubio\n"
        "portrayed negative: negative 0.60 · neutral 0.30 · positive 0.10\n"
        "stance on peace talks: favor (against 0.20 · neutral 0.20 · favor 0.60)\n"
        "stance on ceasefire: favor (against 0.10 · neutral 0.30 · favor 0.60)"
    )
    assert paragraph_spans(analysis, 0)[1].tooltip == (
        "Russia (country)\nname mention\nportrayed neutral: negative 0.20 · neutral 0.60 · positive 0.20\n" + NO_STANCE
    )


def test_readings_give_an_actor_s_labels_and_evidence_in_one_paragraph(analysis):
    row = (analysis.stance.actor_id == RUBIO) & (analysis.stance.paragraph == 1) & (analysis.stance.topic == "ceasefire")
    analysis.stance.loc[row, "evidence"] = "Rubio   said the\nceasefire " + "x" * 200
    lines = readings(analysis, RUBIO, 1, evidence_chars=30)
    assert lines == [
        "portrayed negative: negative 0.60 · neutral 0.30 · positive 0.10",
        "stance on peace talks: favor (against 0.20 · neutral 0.20 · favor 0.60)",  # read from the whole paragraph
        "stance on ceasefire: favor (against 0.10 · neutral 0.30 · favor 0.60) · read from “Rubio said the ceasefire xxxx…”",
    ]
    assert readings(analysis, RUSSIA, 0) == [
        "portrayed neutral: negative 0.20 · neutral 0.60 · positive 0.20", NO_STANCE,
    ]
    assert readings(analysis, TEXT_ACTOR_ID, 0) == ["stance on peace talks: favor (against 0.20 · neutral 0.30 · favor 0.50)"]
    assert readings(analysis, ZELENSKY, 0) == [NO_STANCE]  # not named there


def test_unknown_paragraph_raises(analysis):
    with pytest.raises(ValueError, match="no paragraph 7"):
        paragraph_spans(analysis, 7)
    with pytest.raises(ValueError, match="no paragraph 7"):
        spans_by_paragraph(analysis, [0, 7])


@pytest.mark.parametrize("paragraphs", [None, [2, 0], []])
def test_spans_by_paragraph_are_each_paragraph_s_spans(analysis, paragraphs):
    spans = spans_by_paragraph(analysis, paragraphs)
    assert list(spans) == ([0, 1, 2] if paragraphs is None else paragraphs)
    assert all(spans[p] == paragraph_spans(analysis, p) for p in spans)
    assert [len(v) for v in spans_by_paragraph(analysis).values()] == [2, 2, 2]


def span(start: int, end: int, actor_id: str = "a", tooltip: str = "tip", resolved: bool = False) -> HighlightSpan:
    return HighlightSpan(start, end, actor_id, "A", "#112233", "pronoun" if resolved else "name", resolved, tooltip)


NAMED = "background:#11223359;color:inherit;border-radius:3px;padding:0 2px"
RESOLVED = "background:transparent;color:inherit;border-bottom:2px dashed #112233;padding:0 1px"


@pytest.mark.parametrize(("text", "spans", "kwargs", "expected"), [
    ("a <b> & c", [], {}, f'<p style="{PARAGRAPH_STYLE}">a &lt;b&gt; &amp; c</p>'),
    ("Ann met Bo", [span(0, 3)], {},
     f'<p style="{PARAGRAPH_STYLE}"><mark data-actor="a" data-kind="name" style="{NAMED}" title="tip">Ann</mark> met Bo</p>'),
    ("she met Bo", [span(0, 3, resolved=True)], {"paragraph": 4},  # index 4, numbered 5 in its gutter
     f'<div style="{NUMBERED_STYLE}"><span style="{NUMBER_STYLE}">5</span>'
     f'<p data-paragraph="4" style="{PARAGRAPH_STYLE};flex:1"><mark data-actor="a" data-kind="pronoun" style="{RESOLVED}" '
     'title="tip">she</mark> met Bo</p></div>'),
    ("Ann", [span(0, 3)], {"selected_actor": "a"},
     f'<p style="{PARAGRAPH_STYLE}"><mark data-actor="a" data-kind="name" '
     f'style="{NAMED};font-weight:bold;outline:2px solid #112233" title="tip">Ann</mark></p>'),
    ("calm", [], {"tint": "negative"},
     f'<p style="{PARAGRAPH_STYLE};background:{TINTS["negative"]}" title="tone: negative">calm</p>'),
    ("calm", [], {"tint": "positive", "title": "P & <q>"},
     f'<p style="{PARAGRAPH_STYLE};background:{TINTS["positive"]}" title="P &amp; &lt;q&gt;">calm</p>'),
    ("calm", [], {"tint": "unknown"}, f'<p style="{PARAGRAPH_STYLE}" title="tone: unknown">calm</p>'),
    # overlapping, empty and out-of-range spans are skipped: marks cannot nest
    ("abcdef", [span(0, 4, "x"), span(2, 6, "y"), span(3, 3, "z"), span(5, 9, "w")], {},
     f'<p style="{PARAGRAPH_STYLE}"><mark data-actor="x" data-kind="name" style="{NAMED}" title="tip">abcd</mark>ef</p>'),
], ids=["plain", "named", "resolved", "selected", "tint", "tint-title", "unknown-tint", "overlap"])
def test_render_paragraph(text, spans, kwargs, expected):
    assert render_paragraph(text, spans, **kwargs) == expected


def quoted(title: str, inner: str) -> str:
    return f'<span data-quote style="{QUOTE_STYLE}" title="{title}">{inner}</span>'


@pytest.mark.parametrize(("text", "spans", "quotes", "expected"), [
    ("He said “no” today", [], [QuoteSpan(8, 12, "Ann")],
     f"He said {quoted('quote attributed to Ann', '“no”')} today"),
    ("“Ann is right,” Bo said", [span(1, 4), span(16, 18, "b")], [QuoteSpan(0, 15, None)],
     quoted("quote: no speaker found", f'“<mark data-actor="a" data-kind="name" style="{NAMED}" title="tip">Ann</mark>'
            " is right,”") + f' <mark data-actor="b" data-kind="name" style="{NAMED}" title="tip">Bo</mark> said'),
    ("“A” and “B”", [], [QuoteSpan(0, 3, "X"), QuoteSpan(8, 11, "<Y>")],
     f"{quoted('quote attributed to X', '“A”')} and {quoted('quote attributed to &lt;Y&gt;', '“B”')}"),
    ("short", [], [QuoteSpan(2, 9, "X"), QuoteSpan(3, 3, "X")], "short"),  # outside the text, or empty: no quote
], ids=["quote", "marks-inside", "two-escaped", "out-of-range"])
def test_render_paragraph_marks_quotes_around_mentions(text, spans, quotes, expected):
    assert render_paragraph(text, spans, quotes=quotes) == f'<p style="{PARAGRAPH_STYLE}">{expected}</p>'


def test_quotes_by_paragraph_are_relative_to_their_paragraph(analysis):
    assert quotes_by_paragraph(analysis) == {0: [], 1: [QuoteSpan(11, 71, "Marco Rubio")], 2: []}
    assert quotes_by_paragraph(analysis, [1]) == {1: [QuoteSpan(11, 71, "Marco Rubio")]}
    with pytest.raises(ValueError, match="no paragraph 9"):
        quotes_by_paragraph(analysis, [1, 9])
    html = render_document(analysis)
    assert html.count("<span data-quote ") == 1 and 'title="quote attributed to Marco Rubio">' in html


def test_render_paragraph_escapes_tooltips_and_ids():
    html = render_paragraph("<x>", [span(0, 3, actor_id='a"b', tooltip='"><script>alert(1)</script>')])
    assert 'data-actor="a&quot;b"' in html
    assert 'title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in html
    assert ">&lt;x&gt;</mark>" in html
    assert "<script" not in html and "<x>" not in html


def test_render_document_escapes_the_text(analysis):
    html = render_document(analysis)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "Russia</mark> &amp; Ukraine" in html
    assert "<script" not in html.lower() and "<img" not in html.lower()


def test_render_document_structure(analysis):
    html = render_document(analysis)
    assert re.findall(r'<p data-paragraph="(\d+)"', html) == ["0", "1", "2"]
    assert re.findall(r'user-select:none">(\d+)</span><p ', html) == ["1", "2", "3"]  # numbered from 1 in the gutter
    assert re.findall(r'<mark data-actor="([^"]+)"', html) == [RUBIO, RUSSIA, RUBIO, RUSSIA, ZELENSKY, RUSSIA]
    assert 'title="Paragraph 2 · tone: negative (negative 0.70 · neutral 0.20 · positive 0.10)"' in html
    assert f"background:{TINTS['negative']}" in html
    for name, colour in [("Marco Rubio", ORANGE), ("Russia", SKY), ("Volodymyr Zelensky", GREEN)]:  # the legend
        assert f"background:{colour}\"></span>{name} <small>" in html
    assert "<style" not in html and "class=" not in html  # inline styles only


@pytest.mark.parametrize(("paragraphs", "shown", "left_out"), [
    (None, ["0", "1", "2"], []),
    ([2], ["2"], ["2 paragraphs"]),  # a run before the paragraph shown
    ([0, 2], ["0", "2"], ["1 paragraph"]),
    ([0], ["0"], ["2 paragraphs"]),  # a run at the end
    ([], [], ["3 paragraphs"]),
])
def test_render_document_can_show_some_paragraphs(analysis, paragraphs, shown, left_out):
    html = render_document(analysis, paragraphs=paragraphs)
    assert re.findall(r'<p data-paragraph="(\d+)"', html) == shown
    assert re.findall(r"⋯ (\d+ paragraphs?) left out", html) == left_out
    assert html.count("<mark ") == 2 * len(shown)  # the fixture names two actors in each paragraph


@pytest.mark.parametrize(("actor_id", "quoted_in", "expected"), [
    (RUBIO, [], [0, 1]),  # named in 0 and 1, quoted in 1
    (RUBIO, [2], [0, 1, 2]),  # quoted in 2 too, unnamed there (a quote running on)
    (ZELENSKY, [], [2]),
    ("nobody", [], []),
])
def test_actor_paragraphs_are_those_naming_or_quoting_it(analysis, actor_id, quoted_in, expected):
    quotes = analysis.quotes + [Quote(p, 0, 1, "“", actor_id) for p in quoted_in]
    assert actor_paragraphs(replace(analysis, quotes=quotes), actor_id) == expected


def test_resolved_mentions_look_different(analysis):
    html = render_document(analysis)
    named = re.search(r'<mark data-actor="marco-rubio" data-kind="name" style="([^"]*)"', html).group(1)
    resolved = re.search(r'<mark data-actor="marco-rubio" data-kind="pronoun" style="([^"]*)"', html).group(1)
    assert f"background:{ORANGE}59" in named and "dashed" not in named
    assert "background:transparent" in resolved and f"border-bottom:2px dashed {ORANGE}" in resolved


def test_selected_actor_is_emphasised(analysis):
    html = render_document(analysis, selected_actor=RUSSIA)
    styles = dict.fromkeys(re.findall(r'<mark data-actor="([^"]+)" data-kind="[^"]+" style="([^"]*)"', html))
    assert all(("font-weight:bold" in style) == (actor == RUSSIA) for actor, style in styles)
    assert f'<span data-actor="{RUSSIA}" style="display:inline-block;margin-right:1em;font-weight:bold">' in html

