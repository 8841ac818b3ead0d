"""Plotly charts of an analysis: one function per chart, each returning a ``go.Figure``.

The per-document charts take keyword filters (see ``filter_rows``) and name them
in their titles. No chart raises on empty input: it says "No rows match the
filters" instead. The ``customdata`` of each point a click can select starts
with its actor id and ends with the indices of the paragraphs behind it
(``selected_paragraphs`` reads them back); the paragraph axes number paragraphs
from 1, as the Text page does (``paragraph_number``). User text (names, topics,
titles, evidence) goes into data arrays and titles only, never into hover
templates, and is HTML-escaped (``_plain``): plotly reads <b>, <br>, <a href>
and entities in every title, label and hover text, so it shows as typed.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from html import escape

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from analysis.pipeline import TEXT_ACTOR_ID, Analysis
from analysis.segment import paragraph_number, shorten

# Okabe–Ito without black: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442")
TEXT_COLOUR = "#777777"  # the text's own stance rows (TEXT_ACTOR_ID) are never given an actor colour
STACKED_TITLE_SPACE = 48  # px between stacked panels, room for the lower panel's title
LEGEND_BELOW_SPACE = 30  # px added under diverging bars for their legend
PARAGRAPH_TICKS_MAX = 40  # paragraphs; beyond, a tick for each would overlap
HEATMAP_MIN_HEIGHT = 320  # px: under it, a heatmap of one or two actors squeezes its colour bar to an unreadable sliver
TEXT_LABEL = "The text"  # name of TEXT_ACTOR_ID in titles when filtering by actor
NEGATIVE_COLOUR = "#B2182B"  # against / negative
POSITIVE_COLOUR = "#2166AC"  # favor / positive
NEUTRAL_COLOUR = "#BBBBBB"
# ColorBrewer RdBu, red for -1 (against/negative) to blue for +1, spelled out because
# the named "RdBu" runs in opposite directions in plotly.js and plotly.py.
DIVERGING_SCALE = [[0.0, "#B2182B"], [0.25, "#EF8A62"], [0.5, "#F7F7F7"], [0.75, "#67A9CF"], [1.0, "#2166AC"]]
TOPIC_DASHES = ("solid", "dash", "dot", "dashdot", "longdash", "longdashdot")
ACTOR_SYMBOLS = ("circle", "square", "diamond", "triangle-up", "x")  # tell apart the actors that share a colour
NO_ROWS = "No rows match the filters"
TEMPLATE = "plotly_white"


def actor_colours(actor_ids: Iterable[str], together: Iterable[Collection[str]] = ()) -> dict[str, str]:
    """Colour of each actor id, plus grey for TEXT_ACTOR_ID.

    In the order given, each actor takes the least used palette colour that no actor sharing a group of
    ``together`` with it (a paragraph, say) already has; with no groups the palette simply cycles. Pass every
    actor of the analysis (``[a.id for a in analysis.actors]``), not a filtered subset, so an actor keeps its
    colour whatever is filtered.
    """
    neighbours: dict[str, set[str]] = {}
    for group in together:
        for actor_id in group:
            neighbours.setdefault(actor_id, set()).update(group)
    colours: dict[str, str] = {}
    used = dict.fromkeys(PALETTE, 0)
    for actor_id in dict.fromkeys(actor_ids):
        if actor_id == TEXT_ACTOR_ID:
            continue
        taken = {colours.get(other) for other in neighbours.get(actor_id, ())}
        colour = min((c for c in PALETTE if c not in taken), key=used.__getitem__, default=min(PALETTE, key=used.__getitem__))
        colours[actor_id] = colour
        used[colour] += 1
    return colours | {TEXT_ACTOR_ID: TEXT_COLOUR}


def analysis_colours(analysis: Analysis, extra_ids: Iterable[str] = ()) -> dict[str, str]:
    """Colour of each actor of the analysis (and of ``extra_ids``): actors named in one paragraph get different
    colours wherever the palette's seven allow, so the Text page and the timeline tell them apart."""
    paragraphs: dict[int, set[str]] = {}
    for paragraph, actor_id in zip(analysis.mentions["paragraph"].tolist(), analysis.mentions["actor_id"].tolist(), strict=True):
        paragraphs.setdefault(paragraph, set()).add(actor_id)
    return actor_colours([*(a.id for a in analysis.actors), *extra_ids], paragraphs.values())


def filter_rows(
    df: pd.DataFrame,
    actors: Collection[str] | None = None,
    topics: Collection[str] | None = None,
    types: Collection[str] | None = None,
    min_confidence: float = 0.0,
) -> pd.DataFrame:
    """The rows of ``df`` whose actor_id, topic and type are among those given and whose
    confidence is at least ``min_confidence``.

    ``None`` means no filter and an empty collection matches nothing; a filter on
    a column the table lacks (topics on actor_sentiment) is ignored.
    """
    keep = pd.Series(True, index=df.index)
    for column, allowed in (("actor_id", actors), ("topic", topics), ("type", types)):
        if allowed is not None and column in df.columns:
            keep &= df[column].isin(list(allowed))
    if min_confidence > 0 and "confidence" in df.columns:
        keep &= df["confidence"] >= min_confidence
    return df[keep]


def stance_bars(
    analysis: Analysis,
    *,
    actors: Collection[str] | None = None,
    topics: Collection[str] | None = None,
    types: Collection[str] | None = None,
    min_confidence: float = 0.0,
    stacked: bool = False,
) -> go.Figure:
    """Diverging bars, one panel per topic: per actor, paragraphs in favor (right) and against (left).

    Panels stand side by side, or one above the other when ``stacked`` (for narrow columns).
    ``customdata`` of each bar: [actor_id, topic, actor, count, neutral count, mean confidence].
    """
    rows = filter_rows(analysis.stance, actors, topics, types, min_confidence)
    title = _title("Stance toward each topic", analysis, actors, topics, types, min_confidence)
    return _diverging_bars(
        rows, analysis, "stance", ("favor", POSITIVE_COLOUR), ("against", NEGATIVE_COLOUR), "topic", title, stacked
    )


def portrayal_bars(
    analysis: Analysis,
    *,
    actors: Collection[str] | None = None,
    types: Collection[str] | None = None,
    min_confidence: float = 0.0,
) -> go.Figure:
    """Diverging bars: per actor, paragraphs portraying it positively (right) and negatively (left).

    ``customdata`` of each bar: [actor_id, None, actor, count, neutral count, mean confidence].
    """
    rows = filter_rows(analysis.actor_sentiment, actors, None, types, min_confidence)
    title = _title("How the text portrays each actor", analysis, actors, None, types, min_confidence)
    return _diverging_bars(rows, analysis, "sentiment", ("positive", POSITIVE_COLOUR), ("negative", NEGATIVE_COLOUR), None, title)


def actor_paragraph_heatmap(
    analysis: Analysis,
    *,
    actors: Collection[str] | None = None,
    types: Collection[str] | None = None,
    min_confidence: float = 0.0,
) -> go.Figure:
    """Heatmap of actors × paragraphs: p_positive − p_negative of the actor's portrayal, blank where absent.

    Its cells are one-paragraph-wide segments of horizontal bars, a row per actor, because plotly cannot select
    a cell of a heatmap trace by a click and it can a bar. ``customdata`` of each cell: [actor_id, paragraph,
    actor, label, p_negative, p_neutral, p_positive, n_mentions, paragraph number, [paragraph]].
    """
    rows = filter_rows(analysis.actor_sentiment, actors, None, types, min_confidence)
    title = _title("Portrayal of each actor, paragraph by paragraph", analysis, actors, None, types, min_confidence)
    if rows.empty:
        return _empty_figure(title)
    order = _actor_order(analysis, rows)
    labels = _actor_labels(rows)
    cells = sorted(rows.itertuples(index=False), key=lambda r: (order.index(r.actor_id), r.paragraph))
    fig = go.Figure(go.Bar(
        orientation="h",
        y=[labels[r.actor_id] for r in cells],
        x=[1] * len(cells),
        base=[paragraph_number(r.paragraph) - 0.5 for r in cells],
        marker=dict(
            color=[round(float(r.p_positive - r.p_negative), 4) for r in cells],
            colorscale=DIVERGING_SCALE, cmin=-1, cmax=1, line=dict(color="white", width=1),
            colorbar=dict(title="positive − negative", tickvals=[-1, 0, 1]),
        ),
        customdata=[[r.actor_id, int(r.paragraph), labels[r.actor_id], r.sentiment, float(r.p_negative), float(r.p_neutral),
                     float(r.p_positive), int(r.n_mentions), paragraph_number(r.paragraph), [int(r.paragraph)]] for r in cells],
        hovertemplate="<b>%{customdata[2]}</b> · paragraph %{customdata[8]}<br>%{customdata[3]} (%{marker.color:+.2f})"
                      "<br>neg %{customdata[4]:.2f} · neu %{customdata[5]:.2f} · pos %{customdata[6]:.2f}"
                      "<br>%{customdata[7]} mention(s)<extra></extra>",
    ))
    _paragraph_axis(fig, analysis)
    fig.update_xaxes(showgrid=False, zeroline=False)
    fig.update_yaxes(categoryorder="array", categoryarray=[labels[a] for a in order], autorange="reversed", showgrid=False,
                     ticklabelstandoff=6)
    fig.update_layout(title=title, template=TEMPLATE, bargap=0.06, showlegend=False,
                      height=max(HEATMAP_MIN_HEIGHT, 160 + 32 * len(order)))
    return fig


def stance_timeline(
    analysis: Analysis,
    actor_id: str | None = None,
    *,
    topics: Collection[str] | None = None,
    types: Collection[str] | None = None,
    min_confidence: float = 0.0,
    legend_below: bool = False,
) -> go.Figure:
    """Lines of p_favor − p_against through the paragraphs, one per (actor, topic); all actors when ``actor_id`` is None.

    The legend sits right of the plot, or under it when ``legend_below`` (for narrow columns).

    Colour is the actor's, dash the topic's; actors that share a colour (more than the palette's seven) get
    different marker symbols. ``customdata`` of each point:
    [actor_id, topic, paragraph, actor, stance, p_against, p_neutral, p_favor, evidence (shortened), [paragraph]].
    """
    actors = None if actor_id is None else [actor_id]
    rows = filter_rows(analysis.stance, actors, topics, types, min_confidence)
    title = _title("Stance through the article", analysis, actors, topics, types, min_confidence)
    if rows.empty:
        return _empty_figure(title)
    order = _actor_order(analysis, rows)
    colours = analysis_colours(analysis, order)
    shared: Counter = Counter()
    symbols = {}
    for aid in order:  # the first actor of a colour gets circles, the next squares, and so on
        symbols[aid] = ACTOR_SYMBOLS[shared[colours[aid]] % len(ACTOR_SYMBOLS)]
        shared[colours[aid]] += 1
    labels = _actor_labels(rows)
    topic_order = _topic_order(analysis, rows)
    fig = go.Figure()
    for aid in order:
        for topic in topic_order:
            group = rows[(rows["actor_id"] == aid) & (rows["topic"] == topic)].sort_values("paragraph")
            if group.empty:
                continue
            fig.add_trace(go.Scatter(
                x=[paragraph_number(p) for p in group["paragraph"]],
                y=(group["p_favor"] - group["p_against"]).astype(float).round(4).tolist(),
                mode="lines+markers",
                name=f"{labels[aid]} · {_plain(topic)}",
                legendgroup=aid,
                line=dict(color=colours[aid], dash=TOPIC_DASHES[topic_order.index(topic) % len(TOPIC_DASHES)]),
                marker=dict(symbol=symbols[aid], size=8),
                customdata=[[aid, _plain(topic), int(r.paragraph), labels[aid], r.stance, float(r.p_against),
                             float(r.p_neutral), float(r.p_favor), _shorten(r.evidence, 120), [int(r.paragraph)]]
                            for r in group.itertuples(index=False)],
                hovertemplate="<b>%{customdata[3]}</b> on %{customdata[1]} · paragraph %{x}"
                              "<br>%{customdata[4]} (%{y:+.2f})<br>against %{customdata[5]:.2f} · "
                              "neutral %{customdata[6]:.2f} · favor %{customdata[7]:.2f}"
                              "<br>%{customdata[8]}<extra></extra>",
            ))
    _paragraph_axis(fig, analysis)
    fig.update_yaxes(title="favor − against", range=[-1.05, 1.05], zeroline=True)
    fig.update_layout(title=title, template=TEMPLATE, hovermode="closest")
    if legend_below:
        fig.update_layout(legend=dict(orientation="h", yanchor="top", y=-0.3, xanchor="left", x=0), height=420 + 22 * len(fig.data))
    return fig


def paragraph_tone(analysis: Analysis) -> go.Figure:
    """Bars of p_positive − p_negative per paragraph, coloured by the tone label.

    ``customdata`` of each bar: [paragraph, sentiment, p_negative, p_neutral, p_positive, text (shortened)].
    """
    title = "Tone of each paragraph"
    rows = analysis.paragraphs.sort_values("paragraph")
    if rows.empty:
        return _empty_figure(title)
    label_colours = {"negative": NEGATIVE_COLOUR, "neutral": NEUTRAL_COLOUR, "positive": POSITIVE_COLOUR}
    fig = go.Figure(go.Bar(
        x=[paragraph_number(p) for p in rows["paragraph"]],
        y=(rows["p_positive"] - rows["p_negative"]).astype(float).round(4).tolist(),
        marker_color=[label_colours.get(s, NEUTRAL_COLOUR) for s in rows["sentiment"]],
        customdata=[[int(r.paragraph), r.sentiment, float(r.p_negative), float(r.p_neutral), float(r.p_positive),
                     _shorten(r.text, 100)] for r in rows.itertuples(index=False)],
        hovertemplate="<b>Paragraph %{x}</b>: %{customdata[1]} (%{y:+.2f})<br>neg %{customdata[2]:.2f} · "
                      "neu %{customdata[3]:.2f} · pos %{customdata[4]:.2f}<br>%{customdata[5]}<extra></extra>",
    ))
    _paragraph_axis(fig, analysis)
    fig.update_yaxes(title="positive − negative", range=[-1.05, 1.05], zeroline=True)
    fig.update_layout(title=title, template=TEMPLATE)
    return fig


def compare_documents(analyses: Sequence[Analysis], topic: str | None = None, min_documents: int = 1) -> go.Figure:
    """Grouped bars, one group per actor and one bar per document: mean stance on ``topic``
    (p_favor − p_against), or mean portrayal (p_positive − p_negative) when ``topic`` is None.

    Actors are matched across documents by ``match_actors`` (the text's own stance by TEXT_ACTOR_ID);
    only those scored in at least ``min_documents`` documents are drawn. Each bar is labelled with its value,
    so an actor scored 0 reads apart from one a document does not score (no bar, no label).
    ``customdata`` of each bar: [actor_id, doc_id, rows averaged, actor].
    """
    if topic is None:
        title, axis = "Portrayal of actors across documents", "mean positive − negative"
    else:
        title, axis = f"Stance toward “{_plain(topic)}” across documents", "mean favor − against"
    groups, labels = match_actors(analyses)
    means: list[dict[str, tuple[str, float, int, str]]] = []  # per document: group -> (actor_id, mean, n, its name there)
    for analysis, group_of in zip(analyses, groups, strict=True):
        if topic is None:
            rows = analysis.actor_sentiment
            scores = rows["p_positive"] - rows["p_negative"]
        else:
            rows = analysis.stance[analysis.stance["topic"] == topic]
            scores = rows["p_favor"] - rows["p_against"]
        names = _actor_labels(rows)
        doc: dict[str, tuple[str, float, int, str]] = {}
        for key, group in scores.groupby(rows["actor_id"].map(lambda a: group_of.get(a, a)), sort=False):
            first = rows.loc[group.index, "actor_id"].iloc[0]
            doc[key] = (first, round(float(group.mean()), 4), int(group.size), names[first])
        means.append(doc)
    seen = dict.fromkeys(k for doc in means for k in doc)  # in order of first appearance
    order = [k for k in seen if sum(k in doc for doc in means) >= min_documents]
    if not order:
        return _empty_figure(title, NO_ROWS if min_documents <= 1 else f"No actor is scored in {min_documents} or more documents")
    fig = go.Figure()
    for i, (analysis, doc) in enumerate(zip(analyses, means, strict=True)):
        fig.add_trace(go.Bar(
            x=[_plain(labels[k]) for k in order],
            y=[doc[k][1] if k in doc else None for k in order],
            name=_plain(analysis.title or analysis.doc_id),
            marker_color=PALETTE[i % len(PALETTE)],
            text=[_signed(doc[k][1]) if k in doc else None for k in order], textposition="outside", cliponaxis=False,
            customdata=[[doc[k][0], analysis.doc_id, doc[k][2], doc[k][3]] if k in doc else [None, analysis.doc_id, 0, None]
                        for k in order],
            hovertemplate="<b>%{customdata[3]}</b><br>%{fullData.name}: %{y:+.2f} (mean of %{customdata[2]} rows)<extra></extra>",
        ))
    fig.update_yaxes(title=axis, range=[-1.05, 1.05], zeroline=True)
    fig.update_layout(title=title, template=TEMPLATE, barmode="group", legend_title_text="Document",
                      uniformtext=dict(minsize=8, mode="hide"))  # values too wide for their bar are left to the hover
    return fig


def match_actors(analyses: Sequence[Analysis]) -> tuple[list[dict[str, str]], dict[str, str]]:
    """Which actors of different documents are the same one: per document, actor id -> group key, and each
    group's label (its longest name; TEXT_LABEL for the text itself).

    Two actors match when the name of one is the other's name or alias (case and spacing ignored), so "Rubio"
    in one article joins "Marco Rubio" (alias "Rubio") in another; aliases alone never join two actors.
    """
    def form(text: str) -> str:
        return " ".join(text.split()).casefold()

    groups: list[tuple[set[str], set[str], list[str]]] = []  # names, names and aliases, display names
    per_document: list[dict[str, str]] = []
    for analysis in analyses:
        group_of = {TEXT_ACTOR_ID: TEXT_ACTOR_ID}
        actors = [(a.id, a.name, a.aliases) for a in analysis.actors]
        scored = pd.concat([analysis.stance[["actor_id", "actor"]], analysis.actor_sentiment[["actor_id", "actor"]]])
        known = {TEXT_ACTOR_ID, *(a for a, _, _ in actors)}
        actors += [(a, str(n), []) for a, n in scored.drop_duplicates("actor_id").itertuples(index=False) if a not in known]
        for actor_id, actor_name, aliases in actors:
            name, forms = form(actor_name), {form(actor_name), *map(form, aliases)}
            index = next((i for i, (names, group_forms, _) in enumerate(groups) if name in group_forms or names & forms), None)
            if index is None:
                groups.append((set(), set(), []))
                index = len(groups) - 1
            groups[index][0].add(name)
            groups[index][1].update(forms)
            groups[index][2].append(actor_name)
            group_of[actor_id] = f"actor-{index}"
        per_document.append(group_of)
    labels = {f"actor-{i}": max(shown, key=lambda n: len(form(n))) for i, (_, _, shown) in enumerate(groups)}
    return per_document, {TEXT_ACTOR_ID: TEXT_LABEL, **labels}


def selected_paragraphs(analysis: Analysis, points: Iterable[Sequence]) -> dict[int, str]:
    """The paragraphs of ``analysis`` behind the selected points of its charts (each point's ``customdata``), in
    text order, each with the actor id of the first point that selected it. Points naming an actor or paragraph
    the analysis lacks (a selection left from another document) select nothing."""
    actors = {TEXT_ACTOR_ID, *(a.id for a in analysis.actors)}
    paragraphs = set(analysis.paragraphs["paragraph"].tolist())
    chosen: dict[int, str] = {}
    for data in points:
        behind = data[-1] if len(data) >= 2 and data[0] in actors else None
        if isinstance(behind, dict):  # the browser sends a nested list back as an object keyed by position
            behind = [behind[k] for k in sorted(behind, key=int)]
        if isinstance(behind, (list, tuple)):
            for index in behind:
                if int(index) in paragraphs:
                    chosen.setdefault(int(index), str(data[0]))
    return dict(sorted(chosen.items()))


DOCUMENT_CHARTS: dict[str, Callable[[Analysis], go.Figure]] = {
    "stance": stance_bars,
    "portrayal": portrayal_bars,
    "heatmap": actor_paragraph_heatmap,
    "timeline": stance_timeline,
    "tone": paragraph_tone,
}  # one document's charts by name, with their default filters: the Export page's choices and the report's figures


def _diverging_bars(
    rows: pd.DataFrame,
    analysis: Analysis,
    label_column: str,
    right: tuple[str, str],
    left: tuple[str, str],
    panel_column: str | None,
    title: str,
    stacked: bool = False,
) -> go.Figure:
    """Horizontal bars per actor (one panel per value of ``panel_column``): the count of
    ``right`` labels to the right of zero, of ``left`` labels to the left, and the count
    of other (neutral) labels as muted text near the right edge, each point clickable."""
    if rows.empty:
        return _empty_figure(title)
    panels = _topic_order(analysis, rows) if panel_column else [None]
    order = _actor_order(analysis, rows)
    labels = _actor_labels(rows)
    keys = ([panel_column] if panel_column else []) + ["actor_id", label_column]
    sizes = rows[rows[label_column].isin([right[0], left[0]])].groupby(keys).size()
    largest = max(1, int(sizes.max())) if len(sizes) else 1
    edge = largest * 1.8  # the axis ends here
    counts_at = largest * 1.55  # the neutral counts are centred here, between the longest bar and the edge
    on = "" if panel_column is None else " on %{customdata[1]}"
    panel_height = 36 * len(order) + STACKED_TITLE_SPACE  # stacked: each panel's bars and, above them, its title
    if stacked:
        grid = {"rows": len(panels), "cols": 1, "shared_xaxes": True, "vertical_spacing": STACKED_TITLE_SPACE / (panel_height * len(panels))}
    else:
        grid = {"rows": 1, "cols": len(panels), "shared_yaxes": True, "horizontal_spacing": 0.03}
    fig = make_subplots(**grid, subplot_titles=[_plain(p) for p in panels] if panel_column else None)
    for index, panel in enumerate(panels, start=1):
        row, col = (index, 1) if stacked else (1, index)
        in_panel = rows if panel_column is None else rows[rows[panel_column] == panel]
        by_actor = dict(tuple(in_panel.groupby("actor_id", sort=False)))
        actor_ids = [a for a in order if a in by_actor]
        y = [labels[a] for a in actor_ids]
        neutral = [by_actor[a][~by_actor[a][label_column].isin([right[0], left[0]])] for a in actor_ids]
        for (label, colour), sign in ((right, 1), (left, -1)):
            chosen = [by_actor[a][by_actor[a][label_column] == label] for a in actor_ids]
            fig.add_trace(go.Bar(
                x=[sign * len(c) for c in chosen], y=y, orientation="h",
                name=label, legendgroup=label, showlegend=index == 1, marker_color=colour,
                text=[str(len(c)) if len(c) else "" for c in chosen], textposition="outside", cliponaxis=False,
                customdata=_bar_data(actor_ids, panel, labels, chosen, neutral),
                hovertemplate=f"<b>%{{customdata[2]}}</b>{on}<br>{label}: %{{customdata[3]}} paragraph(s), "
                              "mean confidence %{customdata[5]:.2f}<br>neutral: %{customdata[4]}<extra></extra>",
            ), row=row, col=col)
        fig.add_trace(go.Scatter(
            x=[counts_at if len(n) else None for n in neutral], y=y, mode="markers+text", name="neutral", legendgroup="neutral",
            showlegend=False, marker=dict(size=20, color="rgba(0,0,0,0)"),  # invisible: clicking the text selects it
            text=[f"{len(n)} neutral" if len(n) else "" for n in neutral], textposition="middle center", cliponaxis=False,
            textfont=dict(color=TEXT_COLOUR, size=11), customdata=_bar_data(actor_ids, panel, labels, neutral, neutral),
            hovertemplate=f"<b>%{{customdata[2]}}</b>{on}<br>neutral: %{{customdata[3]}} paragraph(s), "
                          "mean confidence %{customdata[5]:.2f}<extra></extra>",
        ), row=row, col=col)
    step = max(1, -(-largest // 4))  # about four ticks a side
    ticks = [i * step for i in range(-(largest // step), largest // step + 1)]
    fig.update_xaxes(range=[-largest * 1.25, edge], tickvals=ticks, ticktext=[str(abs(t)) for t in ticks],
                     zeroline=True, zerolinecolor="#444444")
    fig.update_xaxes(title_text="paragraphs", row=len(panels) if stacked else 1)
    fig.update_yaxes(categoryorder="array", categoryarray=[labels[a] for a in order], autorange="reversed")
    height = 180 + panel_height * len(panels) if stacked else 200 + 36 * len(order)
    # the legend under the plot, not right of it, where the neutral counts run on in a narrow column
    fig.update_layout(title=title, template=TEMPLATE, barmode="relative", height=height + LEGEND_BELOW_SPACE,
                      legend=dict(orientation="h", xref="container", yref="container", x=1, xanchor="right", y=0,
                                  yanchor="bottom"))
    return fig


def _bar_data(
    actor_ids: list[str], panel: str | None, labels: dict[str, str], chosen: list[pd.DataFrame], neutral: list[pd.DataFrame],
) -> list[list]:
    """customdata of one diverging-bar trace: [actor_id, topic, actor, count, neutral count, mean confidence,
    the counted paragraphs]."""
    topic = None if panel is None else _plain(panel)
    return [[a, topic, labels[a], len(c), len(n), round(float(c["confidence"].mean()), 4) if len(c) else None,
             sorted(int(p) for p in c["paragraph"])]
            for a, c, n in zip(actor_ids, chosen, neutral, strict=True)]


def _paragraph_axis(fig: go.Figure, analysis: Analysis) -> None:
    """The x axis of paragraphs: the whole text (however few paragraphs an actor is in), with a tick for every
    paragraph up to PARAGRAPH_TICKS_MAX and plotly's spacing for longer texts."""
    numbers = [paragraph_number(p) for p in analysis.paragraphs["paragraph"]] or [1]
    every = len(numbers) <= PARAGRAPH_TICKS_MAX
    fig.update_xaxes(title="Paragraph", dtick=1 if every else None, range=[min(numbers) - 0.5, max(numbers) + 0.5])


def _empty_figure(title: str | dict[str, object], message: str = NO_ROWS) -> go.Figure:
    """A figure that only says ``message``."""
    fig = go.Figure()
    fig.add_annotation(text=message, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False, font=dict(size=16))
    fig.update_layout(title=title, template=TEMPLATE, xaxis_visible=False, yaxis_visible=False)
    return fig


def _actor_order(analysis: Analysis, rows: pd.DataFrame) -> list[str]:
    """Actor ids present in ``rows``: the analysis's actor order first, then any other (the text) as they appear."""
    present = list(dict.fromkeys(rows["actor_id"].tolist()))
    known = [a.id for a in analysis.actors if a.id in present]
    return known + [a for a in present if a not in known]


def _topic_order(analysis: Analysis, rows: pd.DataFrame) -> list[str]:
    """Topics present in ``rows``, in the analysis's order."""
    present = list(dict.fromkeys(rows["topic"].tolist()))
    known = [t for t in analysis.topics if t in present]
    return known + [t for t in present if t not in known]


def _actor_labels(rows: pd.DataFrame) -> dict[str, str]:
    """Display name (the ``actor`` column, escaped for plotly) of each actor id in ``rows``."""
    return {aid: _plain(name) for aid, name in zip(rows["actor_id"].tolist(), rows["actor"].tolist(), strict=True)}


def _title(
    base: str,
    analysis: Analysis,
    actors: Collection[str] | None,
    topics: Collection[str] | None,
    types: Collection[str] | None,
    min_confidence: float,
) -> dict[str, object]:
    """A layout title: ``base``, with the filters in force (actors by name) as its subtitle, so that a long list
    of filters wraps under the title instead of running off a narrow chart."""
    names = {a.id: _plain(a.name) for a in analysis.actors} | {TEXT_ACTOR_ID: TEXT_LABEL}
    parts = []
    if topics is not None:
        parts.append("topics: " + (", ".join(map(_plain, topics)) or "none"))
    if actors is not None:
        parts.append("actors: " + (", ".join(names.get(a, _plain(a)) for a in actors) or "none"))
    if types is not None:
        parts.append("types: " + (", ".join(map(_plain, types)) or "none"))
    if min_confidence > 0:
        parts.append(f"confidence ≥ {min_confidence:.2f}")
    return {"text": base, "subtitle": {"text": " · ".join(parts)}} if parts else {"text": base}


def _shorten(text: object, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis, escaped for plotly."""
    return _plain(shorten(text if isinstance(text, str) else "", limit))


def _signed(value: float) -> str:
    """``value`` to two decimals with its sign, as plotly's axes write it (U+2212 minus; 0.00 unsigned)."""
    label = f"{value:+.2f}"
    return "0.00" if label[1:] == "0.00" else label.replace("-", "\u2212")


def _plain(text: object) -> str:
    """``text`` escaped (&, <, >) so that plotly, which renders <b>, <br>, <a href> and entities in titles, labels
    and hover text, shows it as typed."""
    return escape(str(text), quote=False)
