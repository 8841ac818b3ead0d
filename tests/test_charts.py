"""Charts, checked through ``fig.to_dict()`` against the hand-made fixture's exact numbers."""
from __future__ import annotations

import json
from dataclasses import replace
from functools import partial

import pandas as pd
import pytest
from conftest import RUBIO, RUSSIA, TOPICS, ZELENSKY, make_analysis, make_second_analysis

from analysis import charts
from analysis.actors import Actor
from analysis.charts import NO_ROWS, PALETTE, TEXT_COLOUR
from analysis.pipeline import TEXT_ACTOR_ID

ORANGE, SKY, GREEN = PALETTE[:3]


def traces(fig) -> list[dict]:
    return fig.to_dict()["data"]


def title(fig) -> str:
    """The title, then " — " and the subtitle (the filters) when there is one."""
    layout = fig.to_dict()["layout"]["title"]
    subtitle = layout.get("subtitle", {}).get("text")
    return layout["text"] + (f" — {subtitle}" if subtitle else "")


def close(values: list, expected: list) -> bool:
    """Lists equal, floats within 1e-9, None where None."""
    return len(values) == len(expected) and all(
        (v is None and e is None) or (v == pytest.approx(e) if isinstance(e, float) else v == e)
        for v, e in zip(values, expected, strict=True)
    )


@pytest.mark.parametrize(("ids", "expected"), [
    (["a", "b"], {"a": ORANGE, "b": SKY, TEXT_ACTOR_ID: TEXT_COLOUR}),
    (["b", "a", "b"], {"b": ORANGE, "a": SKY, TEXT_ACTOR_ID: TEXT_COLOUR}),
    ([TEXT_ACTOR_ID, "a"], {"a": ORANGE, TEXT_ACTOR_ID: TEXT_COLOUR}),
    ([str(i) for i in range(8)], {**{str(i): PALETTE[i % 7] for i in range(8)}, TEXT_ACTOR_ID: TEXT_COLOUR}),
    ([], {TEXT_ACTOR_ID: TEXT_COLOUR}),
])
def test_actor_colours(ids, expected):
    assert charts.actor_colours(ids) == expected


EIGHT = [str(i) for i in range(8)]


@pytest.mark.parametrize(("together", "colour_of_7"), [
    ([], PALETTE[0]),  # cycles back to the first colour, the only one used once
    ([{"0", "7"}], PALETTE[1]),  # not the colour of "0", which shares a paragraph with it: the next least used
    ([{"0", "7"}, {"1", "7"}, {"2", "7", "5"}], PALETTE[3]),
    ([set(EIGHT)], PALETTE[0]),  # eight actors in one paragraph: seven colours cannot keep them apart
])
def test_actors_in_one_paragraph_get_different_colours(together, colour_of_7):
    colours = charts.actor_colours(EIGHT, together)
    assert [colours[str(i)] for i in range(7)] == list(PALETTE) and colours["7"] == colour_of_7


def test_analysis_colours_keep_the_actors_of_each_paragraph_apart():
    analysis = make_analysis()  # Rubio and Russia share paragraphs 0 and 1, Russia and Zelensky paragraph 2
    rubio, russia, zelensky = analysis.actors
    others = [replace(rubio, id=f"actor-{i}") for i in range(6)]  # named in no paragraph
    analysis.actors = [rubio, *others, russia, zelensky]  # cycling would give Russia Rubio's colour
    colours = charts.analysis_colours(analysis, ["extra"])
    assert [colours[a.id] for a in analysis.actors] == [PALETTE[0], *PALETTE[1:], PALETTE[1], PALETTE[0]]
    assert colours["extra"] == PALETTE[2]


@pytest.mark.parametrize(("table", "filters", "expected_rows"), [
    ("stance", {}, 8),
    ("stance", {"actors": [RUSSIA]}, 2),
    ("stance", {"topics": ["ceasefire"]}, 3),
    ("stance", {"types": ["country"]}, 2),
    ("stance", {"min_confidence": 0.7}, 4),
    ("stance", {"actors": [RUBIO], "topics": ["peace talks"], "min_confidence": 0.65}, 1),
    ("stance", {"actors": []}, 0),
    ("actor_sentiment", {"topics": ["no such topic"]}, 6),  # no topic column: filter ignored
    ("actor_sentiment", {"types": ["person"], "min_confidence": 0.75}, 1),
])
def test_filter_rows(analysis, table, filters, expected_rows):
    assert len(charts.filter_rows(getattr(analysis, table), **filters)) == expected_rows


def test_stance_bars_diverge_per_topic_panel(analysis):
    fig = charts.stance_bars(analysis)
    data = traces(fig)
    assert [(t["type"], t["name"], t["xaxis"]) for t in data] == [
        ("bar", "favor", "x"), ("bar", "against", "x"), ("scatter", "neutral", "x"),
        ("bar", "favor", "x2"), ("bar", "against", "x2"), ("scatter", "neutral", "x2"),
    ]
    names = ["Marco Rubio", "Russia", "Volodymyr Zelensky", "The text"]
    assert [t["y"] for t in data] == [names] * 3 + [names[:2]] * 3
    assert [t["x"] for t in data] == [[2, 0, 1, 1], [0, -1, 0, 0], [None] * 4, [1, 0], [0, -1], [3.1, None]]  # no point, no count
    assert [t["text"] for t in data] == [
        ["2", "", "1", "1"], ["", "1", "", ""], ["", "", "", ""], ["1", ""], ["", "1"], ["1 neutral", ""],
    ]
    assert data[0]["customdata"][0] == [RUBIO, "peace talks", "Marco Rubio", 2, 0, 0.65, [0, 1]]
    assert data[1]["customdata"][1] == [RUSSIA, "peace talks", "Russia", 1, 0, 0.9, [2]]
    assert data[3]["customdata"][0] == [RUBIO, "ceasefire", "Marco Rubio", 1, 1, 0.6, [1]]
    assert data[4]["customdata"][0] == [RUBIO, "ceasefire", "Marco Rubio", 0, 1, None, []]
    assert data[5]["customdata"][0] == [RUBIO, "ceasefire", "Marco Rubio", 1, 1, 0.6, [0]]  # the neutral paragraph
    assert data[5]["mode"] == "markers+text" and data[5]["marker"]["color"] == "rgba(0,0,0,0)"  # a click on it selects
    layout = fig.to_dict()["layout"]
    assert [a["text"] for a in layout["annotations"]] == ["peace talks", "ceasefire"]
    assert layout["barmode"] == "relative"
    assert layout["xaxis"]["range"] == [-2.5, 3.6]
    assert layout["xaxis"]["tickvals"] == [-2, -1, 0, 1, 2] and layout["xaxis"]["ticktext"] == ["2", "1", "0", "1", "2"]
    assert title(fig) == "Stance toward each topic"


def test_stance_bars_filtered(analysis):
    fig = charts.stance_bars(analysis, actors=[RUBIO], topics=["ceasefire"], min_confidence=0.5)
    data = traces(fig)
    assert [(t["name"], t["x"], t["y"]) for t in data] == [
        ("favor", [1], ["Marco Rubio"]), ("against", [0], ["Marco Rubio"]), ("neutral", [1.55], ["Marco Rubio"]),
    ]
    assert [a["text"] for a in fig.to_dict()["layout"]["annotations"]] == ["ceasefire"]
    assert title(fig) == "Stance toward each topic — topics: ceasefire · actors: Marco Rubio · confidence ≥ 0.50"


def test_stance_bars_all_neutral(analysis):
    analysis.stance["stance"] = "neutral"
    data = traces(charts.stance_bars(analysis, topics=["ceasefire"]))
    assert [(t["x"], t["text"]) for t in data] == [
        ([0, 0], ["", ""]), ([0, 0], ["", ""]), ([1.55, 1.55], ["2 neutral", "1 neutral"]),
    ]


def test_portrayal_bars(analysis):
    data = traces(charts.portrayal_bars(analysis))
    assert [(t["name"], t["x"], t["xaxis"]) for t in data] == [
        ("positive", [1, 0, 1], "x"), ("negative", [-1, -2, 0], "x"), ("neutral", [None, 3.1, None], "x"),
    ]
    assert data[2]["text"] == ["", "1 neutral", ""]
    assert data[0]["y"] == ["Marco Rubio", "Russia", "Volodymyr Zelensky"]
    assert data[1]["customdata"] == [
        [RUBIO, None, "Marco Rubio", 1, 0, 0.6, [1]],
        [RUSSIA, None, "Russia", 2, 1, 0.65, [1, 2]],
        [ZELENSKY, None, "Volodymyr Zelensky", 0, 0, None, []],
    ]
    assert all("Rubio" not in t["hovertemplate"] for t in data)  # user text stays in data, not templates


def test_actor_paragraph_heatmap(analysis):
    fig = charts.actor_paragraph_heatmap(analysis)
    (cells,) = traces(fig)
    assert (cells["type"], cells["orientation"]) == ("bar", "h")  # bar segments: a click can select one
    assert cells["y"] == ["Marco Rubio", "Marco Rubio", "Russia", "Russia", "Russia", "Volodymyr Zelensky"]
    assert cells["base"] == [0.5, 1.5, 0.5, 1.5, 2.5, 2.5] and cells["x"] == [1] * 6  # paragraph numbers 1 to 3
    assert cells["marker"]["color"] == [0.6, -0.5, 0.0, -0.75, -0.4, 0.75]
    assert cells["customdata"][4] == [RUSSIA, 2, "Russia", "negative", 0.5, 0.4, 0.1, 1, 3, [2]]
    assert "paragraph %{customdata[8]}" in cells["hovertemplate"]
    assert (cells["marker"]["cmin"], cells["marker"]["cmax"]) == (-1, 1)
    scale = cells["marker"]["colorscale"]
    assert scale[0][1] == charts.NEGATIVE_COLOUR and scale[-1][1] == charts.POSITIVE_COLOUR
    layout = fig.to_dict()["layout"]
    assert layout["xaxis"]["range"] == [0.5, 3.5]
    assert layout["yaxis"]["categoryarray"] == ["Marco Rubio", "Russia", "Volodymyr Zelensky"]


@pytest.mark.parametrize(("filters", "height"), [({}, charts.HEATMAP_MIN_HEIGHT), ({"actors": [RUSSIA]}, charts.HEATMAP_MIN_HEIGHT)])
def test_heatmap_of_few_actors_keeps_room_for_its_colour_bar(analysis, filters, height):
    assert charts.actor_paragraph_heatmap(analysis, **filters).to_dict()["layout"]["height"] == height


def test_heatmap_grows_with_its_actors():
    many = make_analysis()
    rows = many.actor_sentiment
    copies = [rows.assign(actor_id=rows.actor_id + f"-{i}", actor=rows.actor + f" {i}") for i in range(2)]
    many.actor_sentiment = pd.concat([rows, *copies], ignore_index=True)
    fig = charts.actor_paragraph_heatmap(many)
    assert len(fig.to_dict()["layout"]["yaxis"]["categoryarray"]) == 9
    assert fig.to_dict()["layout"]["height"] == 160 + 32 * 9


def test_heatmap_type_filter_keeps_all_paragraphs(analysis):
    fig = charts.actor_paragraph_heatmap(analysis, types=["person"], min_confidence=0.7)
    (cells,) = traces(fig)
    assert cells["y"] == ["Marco Rubio", "Volodymyr Zelensky"] and cells["base"] == [0.5, 2.5]
    assert fig.to_dict()["layout"]["xaxis"]["range"] == [0.5, 3.5]


def test_stance_timeline_one_line_per_actor_and_topic(analysis):
    fig = charts.stance_timeline(analysis, RUBIO)
    data = traces(fig)
    assert [(t["type"], t["mode"], t["name"], t["x"]) for t in data] == [
        ("scatter", "lines+markers", "Marco Rubio · peace talks", [1, 2]),
        ("scatter", "lines+markers", "Marco Rubio · ceasefire", [1, 2]),
    ]
    assert close(data[0]["y"], [0.6, 0.4]) and close(data[1]["y"], [0.0, 0.5])
    assert [(t["line"]["color"], t["line"]["dash"]) for t in data] == [(ORANGE, "solid"), (ORANGE, "dash")]
    assert data[1]["customdata"][1][:8] == [RUBIO, "ceasefire", 1, "Marco Rubio", "favor", 0.1, 0.3, 0.6]
    assert title(fig) == "Stance through the article — actors: Marco Rubio"


def test_stance_timeline_all_actors_includes_the_text(analysis):
    data = traces(charts.stance_timeline(analysis, topics=["peace talks"]))
    assert [t["name"] for t in data] == [
        "Marco Rubio · peace talks", "Russia · peace talks", "Volodymyr Zelensky · peace talks", "The text · peace talks",
    ]
    assert [t["line"]["color"] for t in data] == [ORANGE, SKY, GREEN, TEXT_COLOUR]
    assert [t["marker"]["symbol"] for t in data] == ["circle"] * 4
    assert close(data[1]["y"], [-0.85])


def test_stance_timeline_tells_apart_actors_of_one_colour():
    analysis = make_analysis()
    rubio, russia, zelensky = analysis.actors
    others = [replace(rubio, id=f"actor-{i}") for i in range(6)]  # named in no paragraph, so never plotted
    analysis.actors = [rubio, *others, russia, zelensky]  # the palette runs out: Zelensky gets Rubio's colour
    data = traces(charts.stance_timeline(analysis, topics=["peace talks"]))
    assert [(t["name"], t["line"]["color"], t["marker"]["symbol"]) for t in data] == [
        ("Marco Rubio · peace talks", PALETTE[0], "circle"),
        ("Russia · peace talks", PALETTE[1], "circle"),  # shares its colour with an actor not plotted
        ("Volodymyr Zelensky · peace talks", PALETTE[0], "square"),
        ("The text · peace talks", TEXT_COLOUR, "circle"),
    ]


def test_paragraph_tone(analysis):
    (bars,) = traces(charts.paragraph_tone(analysis))
    assert bars["x"] == [1, 2, 3]
    assert close(bars["y"], [0.5, -0.6, 0.0])
    assert bars["marker"]["color"] == [charts.POSITIVE_COLOUR, charts.NEGATIVE_COLOUR, charts.NEUTRAL_COLOUR]
    assert bars["customdata"][1][:5] == [1, "negative", 0.7, 0.2, 0.1]


@pytest.mark.parametrize(("topic", "expected_x", "expected_y", "expected_title"), [
    ("peace talks", ["Marco Rubio", "Russia", "Volodymyr Zelensky", "The text", "NATO"],
     [[0.5, -0.85, 0.7, 0.3, None], [-0.05, None, None, None, 0.0]], "Stance toward “peace talks” across documents"),
    (None, ["Marco Rubio", "Russia", "Volodymyr Zelensky"],
     [[0.05, -0.3833, 0.75], [-0.3, 0.5, None]], "Portrayal of actors across documents"),
])
def test_compare_documents_matches_actors_by_name(topic, expected_x, expected_y, expected_title):
    fig = charts.compare_documents([make_analysis(), make_second_analysis()], topic)
    data = traces(fig)
    assert [t["name"] for t in data] == ["Talks &amp; &lt;b&gt;tensions&lt;/b&gt;", "Second"]  # plotly shows it as typed
    assert all(t["x"] == expected_x for t in data)
    assert all(close(t["y"], y) for t, y in zip(data, expected_y, strict=True))
    assert data[1]["customdata"][0][:2] == ["rubio", "doc-2"]  # the second document's own id for Rubio
    assert fig.to_dict()["layout"]["barmode"] == "group"
    assert title(fig) == expected_title


@pytest.mark.parametrize(("topic", "min_documents", "expected_x"), [
    ("peace talks", 2, ["Marco Rubio"]),
    (None, 2, ["Marco Rubio", "Russia"]),
    (None, 1, ["Marco Rubio", "Russia", "Volodymyr Zelensky"]),
])
def test_compare_documents_can_keep_only_actors_several_documents_score(topic, min_documents, expected_x):
    data = traces(charts.compare_documents([make_analysis(), make_second_analysis()], topic, min_documents))
    assert [t["x"] for t in data] == [expected_x, expected_x]
    assert len(data[1]["y"]) == len(expected_x)


def test_selected_points_give_the_paragraphs_behind_them(analysis):
    bars = traces(charts.stance_bars(analysis))
    portrayal = traces(charts.portrayal_bars(analysis))
    heatmap = traces(charts.actor_paragraph_heatmap(analysis))[0]
    timeline = traces(charts.stance_timeline(analysis, RUBIO))
    assert charts.selected_paragraphs(analysis, [bars[1]["customdata"][1]]) == {2: RUSSIA}  # Russia against peace talks
    assert charts.selected_paragraphs(analysis, [bars[0]["customdata"][0], portrayal[1]["customdata"][1]]) == {0: RUBIO, 1: RUBIO, 2: RUSSIA}
    assert charts.selected_paragraphs(analysis, [heatmap["customdata"][5]]) == {2: ZELENSKY}
    assert charts.selected_paragraphs(analysis, [timeline[1]["customdata"][1]]) == {1: RUBIO}
    assert charts.selected_paragraphs(analysis, [bars[4]["customdata"][0], [RUBIO, 3]]) == {}  # an empty bar; no paragraph list
    # as Streamlit hands back a point clicked in the browser
    assert charts.selected_paragraphs(analysis, [[RUSSIA, "peace talks", "Russia", 2, 0, 0.9, {"1": 2, "0": 1}]]) == {1: RUSSIA, 2: RUSSIA}
    # left from another document: an actor or paragraphs this one lacks
    assert charts.selected_paragraphs(analysis, [["nato", None, "NATO", 1, 0, 0.9, [0]], [RUSSIA, None, "Russia", 2, 0, 0.9, [2, 7]]]) == {2: RUSSIA}


def test_compare_bars_carry_their_values():
    data = traces(charts.compare_documents([make_analysis(), make_second_analysis()], "peace talks"))
    assert [t["text"] for t in data] == [["+0.50", "\u22120.85", "+0.70", "+0.30", None], ["\u22120.05", None, None, None, "0.00"]]
    assert all(t["textposition"] == "outside" for t in data)


@pytest.mark.parametrize(("value", "label"), [(0.5, "+0.50"), (-0.3833, "\u22120.38"), (0.0, "0.00"), (-0.004, "0.00"), (0.004, "0.00")])
def test_compare_bars_are_labelled_so_a_mean_of_zero_still_shows(value, label):
    assert charts._signed(value) == label


def test_compare_documents_says_when_no_actor_is_shared_enough():
    fig = charts.compare_documents([make_analysis(), make_second_analysis()], "peace talks", min_documents=3)
    assert traces(fig) == [] and fig.to_dict()["layout"]["annotations"][0]["text"] == "No actor is scored in 3 or more documents"


def document_of(*actors: tuple[str, list[str]]):
    """An analysis naming only ``actors`` (name, aliases), with no rows."""
    analysis = make_analysis()
    analysis.actors = [Actor(f"a{i}", name, "person", aliases, []) for i, (name, aliases) in enumerate(actors)]
    analysis.stance, analysis.actor_sentiment = analysis.stance.iloc[0:0], analysis.actor_sentiment.iloc[0:0]
    return analysis


@pytest.mark.parametrize(("first", "second", "same", "label"), [
    (("Marco Rubio", ["Rubio"]), ("Rubio", []), True, "Marco Rubio"),  # a name that is the other's alias
    (("Rubio", []), ("Marco Rubio", ["Rubio"]), True, "Marco Rubio"),
    (("Marco Rubio", []), ("marco  RUBIO", []), True, "Marco Rubio"),  # case and spacing ignored
    (("Donald Trump", ["Trump"]), ("Ivanka Trump", ["Trump"]), False, None),  # a shared alias is not enough
    (("Russia", ["Moscow"]), ("Ukraine", ["Kyiv"]), False, None),
])
def test_match_actors_across_documents(first, second, same, label):
    groups, labels = charts.match_actors([document_of(first), document_of(second)])
    assert (groups[0]["a0"] == groups[1]["a0"]) is same
    if same:
        assert labels[groups[0]["a0"]] == label
    assert groups[0][TEXT_ACTOR_ID] == groups[1][TEXT_ACTOR_ID] and labels[TEXT_ACTOR_ID] == "The text"


def empty_analysis():
    analysis = make_analysis()
    analysis.paragraphs = analysis.paragraphs.iloc[0:0]
    return analysis


@pytest.mark.parametrize("make_figure", [
    lambda: charts.stance_bars(make_analysis(), min_confidence=0.95),
    lambda: charts.stance_bars(make_analysis(), topics=[]),
    lambda: charts.portrayal_bars(make_analysis(), actors=[]),
    lambda: charts.actor_paragraph_heatmap(make_analysis(), types=["organisation"]),
    lambda: charts.stance_timeline(make_analysis(), "nobody"),
    lambda: charts.paragraph_tone(empty_analysis()),
    lambda: charts.compare_documents([]),
    lambda: charts.compare_documents([make_analysis()], "no such topic"),
], ids=["confidence", "no-topics", "no-actors", "heatmap-type", "timeline-actor", "tone", "compare-none", "compare-topic"])
def test_empty_inputs_say_so(make_figure):
    fig = make_figure()
    assert traces(fig) == []
    assert [a["text"] for a in fig.to_dict()["layout"]["annotations"]] == [NO_ROWS]


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, "Stance toward each topic"),
    ({"topics": []}, "Stance toward each topic — topics: none"),
    ({"types": ["person", "country"]}, "Stance toward each topic — types: person, country"),
    ({"actors": [TEXT_ACTOR_ID, "unknown-id"]}, "Stance toward each topic — actors: The text, unknown-id"),
])
def test_titles_name_the_filters(analysis, filters, expected):
    assert title(charts.stance_bars(analysis, **filters)) == expected


def test_stance_bars_stacked_puts_one_topic_per_row(analysis):
    fig = charts.stance_bars(analysis, stacked=True)
    layout = fig.to_dict()["layout"]
    assert "xaxis2" in layout and "yaxis2" in layout
    assert layout["yaxis"]["domain"][0] > layout["yaxis2"]["domain"][1]  # the first topic sits above the second
    assert [a["text"] for a in layout["annotations"]] == TOPICS


@pytest.mark.parametrize(("actors", "height"), [([RUBIO], 180 + 2 * (36 + 48)), (None, 180 + 2 * (4 * 36 + 48))])
def test_stacked_panels_leave_room_for_each_topic_s_title(analysis, actors, height):
    layout = charts.stance_bars(analysis, actors=actors, stacked=True).to_dict()["layout"]
    assert layout["height"] == height + charts.LEGEND_BELOW_SPACE
    gap = (layout["yaxis"]["domain"][0] - layout["yaxis2"]["domain"][1]) * (height - 180)  # in px of the plot area
    assert gap == pytest.approx(48)


@pytest.mark.parametrize("figure", [
    lambda a: charts.stance_bars(a), lambda a: charts.stance_bars(a, stacked=True), lambda a: charts.portrayal_bars(a),
])
def test_diverging_bars_put_their_legend_under_the_plot_clear_of_the_neutral_counts(analysis, figure):
    legend = figure(analysis).to_dict()["layout"]["legend"]
    assert legend == {"orientation": "h", "x": 1, "xanchor": "right", "xref": "container", "y": 0, "yanchor": "bottom",
                      "yref": "container"}


def test_timeline_legend_can_sit_under_the_plot(analysis):
    beside = charts.stance_timeline(analysis, RUBIO).to_dict()["layout"]
    under = charts.stance_timeline(analysis, RUBIO, legend_below=True).to_dict()["layout"]
    assert "legend" not in beside and "height" not in beside
    assert under["legend"]["orientation"] == "h" and under["legend"]["y"] < 0 and under["height"] == 420 + 22 * 2


def test_document_charts_are_one_document_s_charts_by_name(analysis):
    assert list(charts.DOCUMENT_CHARTS) == ["stance", "portrayal", "heatmap", "timeline", "tone"]
    titles = [chart(analysis).to_dict()["layout"]["title"]["text"] for chart in charts.DOCUMENT_CHARTS.values()]
    assert len(set(titles)) == len(titles)  # five different charts


def marked_up_analysis():
    """The fixture with markup plotly would render (<b>, <a href>) in an actor's name and a topic."""
    analysis = make_analysis()
    rename = {"Marco Rubio": "<b>Marco</b> Rubio", "ceasefire": '<a href="http://x.example">ceasefire</a>'}
    for table in (analysis.stance, analysis.actor_sentiment):
        table.replace(rename, inplace=True)
    analysis.actors[0] = replace(analysis.actors[0], name=rename["Marco Rubio"])
    analysis.topics = [rename.get(t, t) for t in analysis.topics]
    return analysis


def test_user_text_reaches_plotly_escaped():
    analysis = marked_up_analysis()
    name, topic = "&lt;b&gt;Marco&lt;/b&gt; Rubio", '&lt;a href="http://x.example"&gt;ceasefire&lt;/a&gt;'
    bars = charts.stance_bars(analysis, actors=[RUBIO], topics=analysis.topics).to_dict()
    assert [a["text"] for a in bars["layout"]["annotations"]] == ["peace talks", topic]
    assert bars["data"][0]["y"] == [name] and bars["data"][3]["customdata"][0][1:3] == [topic, name]
    assert bars["layout"]["title"]["subtitle"]["text"] == f"topics: peace talks, {topic} · actors: {name}"
    timeline = charts.stance_timeline(analysis, RUBIO).to_dict()["data"]
    assert [t["name"] for t in timeline] == [f"{name} · peace talks", f"{name} · {topic}"]
    assert timeline[0]["customdata"][0][8].startswith("Rubio said the talks with Russia &amp; Ukraine were &lt;script&gt;")
    assert traces(charts.actor_paragraph_heatmap(analysis))[0]["y"][0] == name
    assert traces(charts.paragraph_tone(analysis))[0]["customdata"][1][5].startswith('He warned: "Moscow must &lt;img src=x')
    compare = charts.compare_documents([analysis], analysis.topics[1]).to_dict()
    assert compare["layout"]["title"]["text"] == f"Stance toward “{topic}” across documents"
    assert not any(raw in json.dumps(f.to_dict()) for f in [charts.stance_bars(analysis), charts.stance_timeline(analysis)]
                   for raw in ("<b>Marco", "<a href", "<script>", "<img"))


@pytest.mark.parametrize(("limit", "dtick"), [(40, 1), (2, None)])
def test_a_tick_for_every_paragraph_only_in_short_texts(analysis, monkeypatch, limit, dtick):
    monkeypatch.setattr(charts, "PARAGRAPH_TICKS_MAX", limit)  # the fixture has 3 paragraphs
    for chart in (charts.actor_paragraph_heatmap, partial(charts.stance_timeline, actor_id=ZELENSKY), charts.paragraph_tone):
        axis = chart(analysis).to_dict()["layout"]["xaxis"]
        assert axis.get("dtick") == dtick
        assert axis["range"] == [0.5, 3.5]  # the whole text, even for one actor's paragraphs
