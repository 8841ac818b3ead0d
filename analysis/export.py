"""Exports of an analysis: tables (CSV zip, JSON, Parquet), figures (PNG/SVG, HTML),
one offline HTML report, and a versioned JSON save file that loads back.
"""
from __future__ import annotations

import asyncio
import atexit
import contextlib
import hashlib
import io
import json
import re
import threading
import zipfile
from collections.abc import Coroutine
from dataclasses import asdict
from html import escape
from typing import Any

import kaleido
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from choreographer.browsers.chromium import Chromium
from plotly.offline import get_plotlyjs

from analysis.actors import Actor, ActorSpec, Mention, Quote
from analysis.errors import AnalysisError
from analysis.highlight import render_document
from analysis.language import language_note
from analysis.pipeline import (
    ACTOR_SENTIMENT_COLUMNS,
    MENTION_COLUMNS,
    PARAGRAPH_COLUMNS,
    STANCE_COLUMNS,
    Analysis,
)
from analysis.summary import actor_summary, quote_table
from analysis.topics import absent_topics_note

SAVE_FORMAT = "actor-stance-analysis"
SAVE_VERSION = 1
RESULT_COLUMNS = {
    "paragraphs": PARAGRAPH_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "actor_sentiment": ACTOR_SENTIMENT_COLUMNS,
    "stance": STANCE_COLUMNS,
}
ACTOR_COLUMNS = ["actor_id", "actor", "type", "aliases", "n_mentions"]
ALIAS_SEPARATOR = "; "
IMAGE_FORMATS = ("png", "svg")
IMAGE_WIDTH = 1200  # pixels (times the scale) when neither the caller nor the figure sets a width
PLOTLY_CONFIG = {"displaylogo": False}
BROWSER_START_TIMEOUT_S = 60
RENDER_TIMEOUT_S = 60
LOAD_HINT = "Choose a .json file made with “Save analysis”, or analyse the text again."
NO_BROWSER_HINT = (
    "Install Chromium (`apt-get install chromium`, or set BROWSER_PATH to a Chrome/Chromium binary), "
    "or use the HTML export, which needs no browser."
)


def file_stem(title: str, limit: int = 40) -> str:
    """A file name stem from a title: lower-case words joined by hyphens, cut at a word within ``limit``
    characters ("analysis" when no word is left)."""
    words = re.findall(r"[^\W_]+", title.lower())
    stem = ""
    for word in words:
        candidate = f"{stem}-{word}" if stem else word
        if len(candidate) > limit:
            return stem or word[:limit]
        stem = candidate
    return stem or "analysis"


def result_tables(analysis: Analysis) -> dict[str, pd.DataFrame]:
    """Copies of the result tables by name: paragraphs, mentions, actor_sentiment, stance,
    actors (actor_id, actor, type, aliases joined by "; ", n_mentions), summary (``actor_summary``) and quotes
    (``quote_table``)."""
    tables = {name: getattr(analysis, name).loc[:, columns].copy() for name, columns in RESULT_COLUMNS.items()}
    tables["actors"] = pd.DataFrame(
        [(a.id, a.name, a.type, ALIAS_SEPARATOR.join(a.aliases), len(a.mentions)) for a in analysis.actors],
        columns=ACTOR_COLUMNS,
    )
    tables["summary"] = actor_summary(analysis)
    tables["quotes"] = quote_table(analysis)
    return tables


def tables_to_csv(tables: dict[str, pd.DataFrame]) -> bytes:
    """A zip archive holding one UTF-8 CSV per table, named ``<table>.csv``, without the index."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, table in tables.items():
            archive.writestr(f"{name}.csv", table.to_csv(index=False))
    return buffer.getvalue()


def tables_to_json(analysis: Analysis) -> bytes:
    """UTF-8 JSON: {doc_id, title, headline, topics, models, tables: {name: [one object per row]}}; missing values are null."""
    payload = {
        "doc_id": analysis.doc_id,
        "title": analysis.title,
        "headline": analysis.headline,
        "topics": analysis.topics,
        "models": analysis.models,
        "tables": {
            name: [dict(zip(table.columns, row, strict=True)) for row in _rows(table)]
            for name, table in result_tables(analysis).items()
        },
    }
    return json.dumps(payload, ensure_ascii=False, allow_nan=False).encode("utf-8")


def tables_to_parquet(table: pd.DataFrame) -> bytes:
    """One table as Parquet (pyarrow), without the index."""
    buffer = io.BytesIO()
    table.to_parquet(buffer, index=False, engine="pyarrow")
    return buffer.getvalue()


def figure_to_image(
    fig: go.Figure,
    fmt: str = "png",
    *,
    width: int | None = None,
    height: int | None = None,
    scale: float = 2.0,
) -> bytes:
    """The figure as PNG or SVG bytes, rendered by kaleido in a headless Chromium kept open between calls.

    Without a width here or in the figure's layout it is ``IMAGE_WIDTH`` wide (kaleido's 700 px
    default crowds the per-topic panels into each other). Raises AnalysisError when no Chromium
    is installed or the render fails.
    """
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"unknown image format {fmt!r}; valid: {', '.join(IMAGE_FORMATS)}")
    opts: dict[str, Any] = {"format": fmt, "scale": scale, "width": width or fig.layout.width or IMAGE_WIDTH}
    if height:
        opts["height"] = height
    return _EXPORTER.render(fig, opts)


def close_image_browser() -> None:
    """Close the Chromium that ``figure_to_image`` keeps open (the next export starts a new one)."""
    _EXPORTER.close()


def figure_fingerprint(fig: go.Figure) -> str:
    """A short hash of the figure's JSON: equal for figures that draw the same data the same way."""
    return hashlib.sha256(fig.to_json().encode("utf-8")).hexdigest()[:16]


def figure_to_html(fig: go.Figure) -> str:
    """A standalone HTML page of the interactive figure with plotly.js inlined, so it opens offline."""
    return pio.to_html(fig, full_html=True, include_plotlyjs=True, config=PLOTLY_CONFIG)


def report_html(analysis: Analysis, figures: dict[str, go.Figure]) -> str:
    """One self-contained HTML report: title, headline, topics, what to bear in mind reading it (a text that does not
    read as English, topics it never names), models, the highlighted text, every figure (plotly.js inlined once) and
    every result table; it opens offline."""
    cautions = (language_note(analysis.text), absent_topics_note(analysis.text, analysis.topics, "This text"))
    notes = "".join(f"<li>{escape(note)}</li>" for note in cautions if note)
    models = "".join(f"<li>{escape(task)}: {escape(name)}</li>" for task, name in analysis.models.items())
    charts = "".join(
        f"<section><h3>{escape(name)}</h3>"
        f"{pio.to_html(fig, full_html=False, include_plotlyjs=False, div_id=f'figure-{i}', config=PLOTLY_CONFIG)}"
        "</section>"
        for i, (name, fig) in enumerate(figures.items())
    )
    tables = "".join(
        f"<details><summary>{escape(name)} ({len(table)} rows)</summary>"
        f"{table.to_html(index=False, escape=True, border=0, na_rep='')}</details>"
        for name, table in result_tables(analysis).items()
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(analysis.title)}</title>"
        f'<script type="text/javascript">{get_plotlyjs()}</script>'
        "<style>body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:1100px;margin:2em auto;"
        "padding:0 1em;color:#222222}table{border-collapse:collapse;font-size:.8em;margin:.5em 0}"
        "th,td{border:1px solid #dddddd;padding:.2em .4em;text-align:left;vertical-align:top}"
        "summary{cursor:pointer;margin:.4em 0}</style></head><body>"
        f"<h1>{escape(analysis.title)}</h1>"
        + (f"<p>Headline: {escape(analysis.headline)}</p>" if analysis.headline else "")
        + f"<p>Document {escape(analysis.doc_id)} · topics: {escape(', '.join(analysis.topics) or 'none')}</p>"
        + (f"<h2>Notes</h2><ul>{notes}</ul>" if notes else "")
        + f"<h2>Models</h2><ul>{models or '<li>not recorded</li>'}</ul>"
        f"<h2>Text</h2>{render_document(analysis)}"
        f"<h2>Charts</h2>{charts or '<p>No charts.</p>'}"
        f"<h2>Tables</h2>{tables}"
        "</body></html>"
    )


def save_analysis(analysis: Analysis) -> bytes:
    """A versioned UTF-8 JSON of the whole analysis (text, title, headline, topics, actor specs, actors, quotes,
    result tables with their dtypes, models, timings) that ``load_analysis`` reads back."""
    payload = {
        "format": SAVE_FORMAT,
        "version": SAVE_VERSION,
        "doc_id": analysis.doc_id,
        "title": analysis.title,
        "headline": analysis.headline,
        "text": analysis.text,
        "topics": analysis.topics,
        "specs": [asdict(spec) for spec in analysis.specs],
        "actors": [asdict(actor) for actor in analysis.actors],
        "quotes": [asdict(quote) for quote in analysis.quotes],
        "tables": {
            name: {
                "columns": columns,
                "dtypes": {c: str(getattr(analysis, name)[c].dtype) for c in columns},
                "data": _rows(getattr(analysis, name).loc[:, columns]),
            }
            for name, columns in RESULT_COLUMNS.items()
        },
        "models": analysis.models,
        "timings": analysis.timings,
    }
    return json.dumps(payload, ensure_ascii=False, allow_nan=False).encode("utf-8")


def load_analysis(data: bytes) -> Analysis:
    """The Analysis saved by ``save_analysis``; raises AnalysisError, saying what to do, when ``data`` is
    not JSON, not a saved analysis, of another format version, or damaged."""
    try:
        payload = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise AnalysisError("This file is not a saved analysis: it is not JSON.", LOAD_HINT) from exc
    if not isinstance(payload, dict) or payload.get("format") != SAVE_FORMAT:
        raise AnalysisError("This JSON file is not a saved analysis.", LOAD_HINT)
    if payload.get("version") != SAVE_VERSION:
        raise AnalysisError(
            f"This analysis was saved in format version {payload.get('version')!r}; this app reads version {SAVE_VERSION}.",
            "Open it with the app version that saved it, or analyse the text again.",
        )
    try:
        return _analysis_from(payload)
    except (KeyError, TypeError, ValueError) as exc:
        raise AnalysisError(f"The saved analysis is damaged: {exc}", LOAD_HINT) from exc


def _analysis_from(payload: dict[str, Any]) -> Analysis:
    """Build and check an Analysis from a parsed save file; raises ValueError/TypeError/KeyError on anything malformed."""
    text = _field(payload, "text", str)
    specs = [ActorSpec(_field(s, "name", str), _field(s, "type", str), _strings(s, "aliases"))
             for s in _field(payload, "specs", list)]
    actors = [
        Actor(_field(a, "id", str), _field(a, "name", str), _field(a, "type", str), _strings(a, "aliases"),
              [Mention(_field(m, "paragraph", int), _field(m, "start", int), _field(m, "end", int), _field(m, "text", str),
                       _field(m, "kind", str), _field(m, "resolved", bool)) for m in _field(a, "mentions", list)])
        for a in _field(payload, "actors", list)
    ]
    quotes = [
        Quote(_field(q, "paragraph", int), _field(q, "start", int), _field(q, "end", int), _field(q, "text", str),
              _field(q, "speaker", (str, type(None))))
        for q in _field(payload, "quotes", list)
    ]
    saved = _field(payload, "tables", dict)
    tables = {}
    for name, columns in RESULT_COLUMNS.items():
        table = _field(saved, name, dict)
        if _field(table, "columns", list) != columns:
            raise ValueError(f"table {name!r} should have the columns {columns}")
        rows = _field(table, "data", list)
        if any(not isinstance(row, list) or len(row) != len(columns) for row in rows):
            raise ValueError(f"every row of table {name!r} should hold {len(columns)} values")
        tables[name] = pd.DataFrame(rows, columns=columns).astype(_field(table, "dtypes", dict))
    spans = [("paragraphs", tables["paragraphs"]["start"], tables["paragraphs"]["end"]),
             ("mentions", tables["mentions"]["start"], tables["mentions"]["end"]),
             ("actor mentions", [m.start for a in actors for m in a.mentions], [m.end for a in actors for m in a.mentions]),
             ("quotes", [q.start for q in quotes], [q.end for q in quotes])]
    for what, starts, ends in spans:
        if any(not 0 <= s <= e <= len(text) for s, e in zip(starts, ends, strict=True)):
            raise ValueError(f"the {what} point outside the text")
    models = _field(payload, "models", dict)
    timings = _field(payload, "timings", dict)
    if not all(isinstance(v, str) for v in models.values()):
        raise ValueError("'models' should map tasks to model names")
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in timings.values()):
        raise ValueError("'timings' should map steps to seconds")
    return Analysis(
        doc_id=_field(payload, "doc_id", str),
        title=_field(payload, "title", str),
        text=text,
        topics=_strings(payload, "topics"),
        paragraphs=tables["paragraphs"],
        actors=actors,
        specs=specs,
        quotes=quotes,
        mentions=tables["mentions"],
        actor_sentiment=tables["actor_sentiment"],
        stance=tables["stance"],
        models=models,
        timings=timings,
        headline=_field(payload, "headline", str) if "headline" in payload else "",  # files saved before headlines
    )


def _field(obj: Any, key: str, kind: type | tuple[type, ...]) -> Any:
    """``obj[key]`` when ``obj`` is an object holding a ``kind`` there (an int is never a bool), else ValueError."""
    if not isinstance(obj, dict) or key not in obj:
        raise ValueError(f"{key!r} is missing")
    value = obj[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise ValueError(f"{key!r} has the wrong type ({type(value).__name__})")
    return value


def _strings(obj: Any, key: str) -> list[str]:
    """``obj[key]`` when it is a list of strings, else ValueError."""
    values = _field(obj, key, list)
    if not all(isinstance(v, str) for v in values):
        raise ValueError(f"{key!r} should be a list of strings")
    return values


def _rows(table: pd.DataFrame) -> list[list[Any]]:
    """The rows of ``table`` as lists of plain Python values, None for missing ones."""
    plain = table.astype(object)
    return plain.where(plain.notna(), None).to_numpy().tolist()


class _ImageExporter:
    """One headless Chromium (kaleido) kept open for every image export: starting it takes
    seconds, a render a fraction of one.

    kaleido's own sync server waits forever when the browser fails to start, so
    this runs kaleido on a private event loop thread and waits with timeouts.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._kaleido: Any = None
        self._atexit_registered = False

    def render(self, fig: go.Figure, opts: dict[str, Any]) -> bytes:
        """The figure rendered with kaleido ``opts``; raises AnalysisError."""
        with self._lock:
            if self._kaleido is None:
                self._start()
            try:
                return self._wait(self._kaleido.calc_fig(fig, opts=opts), RENDER_TIMEOUT_S)
            except Exception as exc:
                self._stop()  # the browser may be broken: start a fresh one next time
                raise AnalysisError(f"The image export failed ({str(exc) or type(exc).__name__}).",
                                    "Try again, or use the HTML export.") from exc

    def close(self) -> None:
        """Close the browser and its event loop, if open."""
        with self._lock:
            self._stop()

    def _start(self) -> None:
        path = _find_browser()
        if path is None:
            raise AnalysisError("Exporting PNG or SVG needs the Chromium browser, which was not found.", NO_BROWSER_HINT)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="figure-export", daemon=True)
        self._thread.start()
        if not self._atexit_registered:
            atexit.register(self.close)
            self._atexit_registered = True

        async def open_browser() -> Any:
            return await kaleido.Kaleido(path=path, n=1, mathjax=False)  # mathjax would come from a CDN

        try:
            self._kaleido = self._wait(open_browser(), BROWSER_START_TIMEOUT_S)
        except Exception as exc:
            self._stop()
            raise AnalysisError(f"Chromium ({path}) could not be started for the image export ({str(exc) or type(exc).__name__}).",
                                NO_BROWSER_HINT) from exc

    def _wait(self, coroutine: Coroutine[Any, Any, Any], timeout: float) -> Any:
        future = asyncio.run_coroutine_threadsafe(coroutine, self._loop)
        try:
            return future.result(timeout)
        except TimeoutError:
            future.cancel()
            raise

    def _stop(self) -> None:
        if self._kaleido is not None:
            with contextlib.suppress(Exception):  # closing a broken browser is best effort
                self._wait(self._kaleido.close(), 10)
            self._kaleido = None
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
            if not self._thread.is_alive():
                self._loop.close()
            self._loop = self._thread = None


def _find_browser() -> str | None:
    """Path of the Chrome/Chromium kaleido would use (BROWSER_PATH, kaleido's download, PATH), or None."""
    return Chromium.find_browser(skip_local=False)


_EXPORTER = _ImageExporter()
