"""Exports read back with pandas, images through one shared headless browser, HTML offline, save/load."""
from __future__ import annotations

import io
import json
import zipfile

import pandas as pd
import pytest
from conftest import RUBIO, make_analysis, make_second_analysis
from plotly.offline import get_plotlyjs

from analysis import charts, export
from analysis.errors import AnalysisError
from analysis.export import (
    figure_fingerprint,
    file_stem,
    figure_to_html,
    figure_to_image,
    load_analysis,
    report_html,
    result_tables,
    save_analysis,
    tables_to_csv,
    tables_to_json,
    tables_to_parquet,
)
from analysis.highlight import render_document

TABLE_NAMES = ["paragraphs", "mentions", "actor_sentiment", "stance", "actors", "summary", "quotes"]
RAW_USER_HTML = ("<script>alert", "<img src", "<em>hails")


def test_result_tables(analysis):
    tables = result_tables(analysis)
    assert list(tables) == TABLE_NAMES
    assert tables["actors"].values.tolist() == [
        [RUBIO, "Marco Rubio", "person", "Rubio", 2],
        ["russia", "Russia", "country", "Moscow", 3],
        ["volodymyr-zelensky", "Volodymyr Zelensky", "person", "Zelensky", 1],
    ]
    tables["stance"].loc[0, "confidence"] = 0.0
    assert analysis.stance.loc[0, "confidence"] == 0.7  # copies, not views


def test_csv_zip_reads_back(analysis):
    tables = result_tables(analysis)
    with zipfile.ZipFile(io.BytesIO(tables_to_csv(tables))) as archive:
        assert archive.namelist() == [f"{name}.csv" for name in TABLE_NAMES]
        for name in TABLE_NAMES:
            pd.testing.assert_frame_equal(pd.read_csv(archive.open(f"{name}.csv")), tables[name])


def test_json_reads_back(analysis):
    payload = json.loads(tables_to_json(analysis))
    assert (payload["doc_id"], payload["title"], payload["headline"], payload["topics"]) == ("doc-1", analysis.title, analysis.headline, analysis.topics)
    for name, table in result_tables(analysis).items():
        pd.testing.assert_frame_equal(pd.DataFrame.from_records(payload["tables"][name]), table)


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_parquet_reads_back(analysis, name):
    table = result_tables(analysis)[name]
    pd.testing.assert_frame_equal(pd.read_parquet(io.BytesIO(tables_to_parquet(table))), table)


@pytest.fixture(scope="module")
def image_browser():
    """One headless Chromium for all image tests in this module, closed at the end."""
    if export._find_browser() is None:
        pytest.skip("no Chromium installed")
    yield
    export.close_image_browser()


@pytest.mark.parametrize(("fmt", "check"), [
    ("png", lambda data: data.startswith(b"\x89PNG\r\n\x1a\n")),
    ("svg", lambda data: b"<svg" in data[:200] and b"Stance toward each topic" in data),
])
def test_figure_to_image(image_browser, analysis, fmt, check):
    assert check(figure_to_image(charts.stance_bars(analysis), fmt))


@pytest.mark.parametrize("layout_width, asked, expected", [(None, None, 1200), (900, None, 900), (900, 600, 600)])
def test_figure_to_image_width(image_browser, analysis, layout_width, asked, expected):
    fig = charts.stance_bars(analysis).update_layout(width=layout_width)
    png = figure_to_image(fig, "png", width=asked, scale=1)
    assert int.from_bytes(png[16:20], "big") == expected  # the PNG header's width field


def test_image_without_chromium_says_what_to_install(monkeypatch, analysis):
    monkeypatch.setattr(export, "_EXPORTER", export._ImageExporter())  # leave the shared browser alone
    monkeypatch.setattr(export, "_find_browser", lambda: None)
    with pytest.raises(AnalysisError) as caught:
        figure_to_image(charts.paragraph_tone(analysis), "png")
    assert "apt-get install chromium" in caught.value.hint and "HTML export" in caught.value.hint


def test_unknown_image_format(analysis):
    with pytest.raises(ValueError, match="pdf"):
        figure_to_image(charts.paragraph_tone(analysis), "pdf")


def test_figure_to_html_is_standalone(analysis):
    html = figure_to_html(charts.paragraph_tone(analysis))
    assert html.startswith("<!doctype html>") and html.count(get_plotlyjs()) == 1
    assert "Plotly.newPlot" in html and "Tone of each paragraph" in html
    assert "&lt;script&gt;alert(1)" in html  # the paragraph text in the figure's data, escaped for plotly
    assert not any(raw in html for raw in RAW_USER_HTML)


@pytest.mark.parametrize(("title", "stem"), [
    ("Rubio warns US may walk away from peace talks (sample)", "rubio-warns-us-may-walk-away-from-peace"),  # cut at a word
    ("Outlet A/B: “talks” & <b>tensions</b>", "outlet-a-b-talks-b-tensions-b"),
    ("kyiv_wire.txt", "kyiv-wire-txt"),
    ("Київ заявляє", "київ-заявляє"),
    ("x" * 50, "x" * 40),
    (" <> ", "analysis"),
])
def test_file_stem(title, stem):
    assert file_stem(title) == stem


def test_figure_fingerprint_changes_with_what_the_chart_draws(analysis):
    same = figure_fingerprint(charts.stance_bars(make_analysis()))
    assert figure_fingerprint(charts.stance_bars(analysis)) == same and len(same) == 16
    assert figure_fingerprint(charts.portrayal_bars(analysis)) != same
    renamed = make_analysis()
    renamed.stance["topic"] = renamed.stance.topic.replace("ceasefire", "truce")
    assert figure_fingerprint(charts.stance_bars(renamed)) != same


def test_report_html_carries_the_notes_a_reader_needs(analysis):
    analysis.topics = ["talks", "a <b>ceasefire</b>"]  # the text names the talks, never a ceasefire
    html = report_html(analysis, {})
    assert (
        "<h2>Notes</h2><ul><li>This text does not name “a &lt;b&gt;ceasefire&lt;/b&gt;”: a stance read toward a topic "
        "the text never names means little.</li></ul>"
    ) in html
    analysis.topics = ["talks"]
    assert "<h2>Notes</h2>" not in report_html(analysis, {})
    analysis.text = "Der Präsident hat den Plan am Dienstag abgelehnt, und die Regierung werde keine Gebiete abtreten, " * 3
    assert "<li>This text does not read as English: 0% of its words" in report_html(analysis, {})


def test_report_html_holds_everything_once(analysis):
    figures = {"Stance <by> topic": charts.stance_bars(analysis), "Tone": charts.paragraph_tone(analysis)}
    html = report_html(analysis, figures)
    assert html.count(get_plotlyjs()) == 1
    assert render_document(analysis) in html
    assert html.count("Plotly.newPlot") == 2 and 'id="figure-0"' in html and 'id="figure-1"' in html
    assert "<h3>Stance &lt;by&gt; topic</h3>" in html and "<h3>Tone</h3>" in html
    assert "<title>Talks &amp; &lt;b&gt;tensions&lt;/b&gt;</title>" in html
    assert "<p>Headline: Rubio &lt;em&gt;hails&lt;/em&gt; talks</p>" in html
    assert "topics: peace talks, ceasefire" in html and "<li>stance: stance v1</li>" in html
    assert "<summary>stance (8 rows)</summary>" in html and "<summary>actors (3 rows)</summary>" in html
    assert not any(raw in html for raw in RAW_USER_HTML)
    assert "https://" not in html.split(get_plotlyjs())[1]  # nothing outside the bundle needs the network


@pytest.mark.parametrize("make", [make_analysis, make_second_analysis], ids=["full", "empty-tables"])
def test_save_load_round_trip(make):
    analysis = make()
    loaded = load_analysis(save_analysis(analysis))
    for name in ["paragraphs", "mentions", "actor_sentiment", "stance"]:
        pd.testing.assert_frame_equal(getattr(loaded, name), getattr(analysis, name))
    for name in ["doc_id", "title", "headline", "text", "topics", "actors", "specs", "quotes", "models", "timings"]:
        assert getattr(loaded, name) == getattr(analysis, name)


def test_a_file_saved_before_headlines_loads_without_one():
    assert load_analysis(saved(lambda p: p.pop("headline"))).headline == ""


def saved(change) -> bytes:
    """The fixture's save file after ``change(payload)``."""
    payload = json.loads(save_analysis(make_analysis()))
    change(payload)
    return json.dumps(payload).encode()


@pytest.mark.parametrize(("data", "message"), [
    (b"", "not JSON"),
    (b"not json", "not JSON"),
    (b"\xff\xfe\xfa", "not JSON"),
    (b"[" * 100_000, "not JSON"),
    (b"[]", "not a saved analysis"),
    (b'{"format": "something else", "version": 1}', "not a saved analysis"),
    (saved(lambda p: p.update(version=2)), "version 2"),
    (saved(lambda p: p.pop("text")), "'text' is missing"),
    (saved(lambda p: p.update(topics=["a", 1])), "'topics' should be a list of strings"),
    (saved(lambda p: p["tables"]["stance"]["columns"].pop()), "table 'stance' should have the columns"),
    (saved(lambda p: p["tables"]["mentions"]["data"][0].pop()), "every row of table 'mentions'"),
    (saved(lambda p: p["tables"]["paragraphs"]["dtypes"].update(start="no such dtype")), "damaged"),
    (saved(lambda p: p["tables"]["mentions"]["data"][0].__setitem__(5, 10_000)), "mentions point outside the text"),
    (saved(lambda p: p["actors"][0]["mentions"][0].update(start=True)), "'start' has the wrong type"),
    (saved(lambda p: p["quotes"][0].update(end=-1)), "quotes point outside the text"),
    (saved(lambda p: p.update(models={"stance": 3})), "'models' should map"),
    (saved(lambda p: p.update(headline=["a"])), "'headline' has the wrong type"),
], ids=["empty", "text", "binary", "deep", "list", "format", "version", "no-text", "topics", "columns", "row",
        "dtype", "mention-offset", "bool-offset", "quote-offset", "models", "headline"])
def test_load_rejects_malformed_input(data, message):
    with pytest.raises(AnalysisError, match=message) as caught:
        load_analysis(data)
    assert caught.value.hint
