"""Streamlit wiring shared by the pages: session state, cached models and analyses, errors."""
from __future__ import annotations

import re
from pathlib import Path

import streamlit as st

from analysis.actors import specs_from_json
from analysis.errors import AnalysisError
from analysis.language import language_note
from analysis.models import Models, load_models
from analysis.pipeline import TEXT_ACTOR_ID, Analysis, analyze, counted, document_id
from analysis.segment import shorten
from analysis.settings import (
    CACHE_ENTRIES,
    CACHE_TTL_S,
    MAX_CHARS,
    MAX_DOCUMENTS,
    MAX_PARAGRAPHS,
    MAX_TITLE_CHARS,
    MAX_TOPICS,
    MAX_UPLOAD_MB,
)

SAMPLE_PATH = Path(__file__).resolve().parent.parent / "seeds" / "rubio-peace-talks.txt"
SAMPLE_TITLE = "Rubio warns US may walk away from peace talks (sample)"
HEADLINE_HELP = (
    "Optional: the headline of an article about one main actor. It is then read with every paragraph when judging "
    "how the text portrays each actor, as the model learnt from such articles; it pulls every actor toward the "
    "headline's tone, so leave it blank for articles about several actors (like the sample)."
)
SAMPLE_TOPICS = ["a ceasefire", "the minerals deal", "security guarantees for Ukraine"]


MARKDOWN_SYNTAX = re.compile(r"([\\`*_\[\]<>#|$~:])")  # what Streamlit's Markdown would act on in a title or topic


def literal(text: str) -> str:
    """``text`` for a Streamlit label, caption or message, shown as typed: its Markdown syntax backslash-escaped."""
    return MARKDOWN_SYNTAX.sub(r"\\\1", text)


@st.cache_resource(show_spinner="Loading the models (once per server)…")
def get_models() -> Models:
    """The shipped models, loaded once per server process."""
    return load_models()


@st.cache_resource(max_entries=3, show_spinner="Loading the hub model…")
def get_hub_runner(task: str, model_id: str):
    """A hub model named by the user, loaded once per server."""
    from analysis.hub import load_hub_runner

    return load_hub_runner(task, model_id)


def with_hub_models(hub: tuple[tuple[str, str], ...]) -> Models:
    """The shipped models with the user's hub models in place of their tasks."""
    base = get_models()
    if not hub:
        return base
    return Models(base.network, base.tokenizer, {**base.runners, **{t: get_hub_runner(t, m) for t, m in hub}})


@st.cache_data(max_entries=CACHE_ENTRIES, ttl=CACHE_TTL_S, show_spinner=False)
def cached_analysis(
    text: str, title: str, topics: tuple[str, ...], specs_json: str | None, hub: tuple[tuple[str, str], ...] = (), headline: str = ""
) -> Analysis:
    """The analysis of a text, cached by content (text, title, topics, actor edits, hub models, headline).

    The progress bar lives inside the cached call, so a cache hit replays
    nothing visible and only real work shows progress.
    """
    specs = specs_from_json(specs_json) if specs_json else None
    bar = st.progress(0.0, text=f"Analysing “{literal(title)}”…")
    try:
        return analyze(
            text, list(topics), with_hub_models(hub), title=title, specs=specs,
            progress=lambda fraction, message: bar.progress(min(fraction, 1.0), text=f"{literal(title)}: {message}"), headline=headline,
        )
    finally:
        bar.empty()


def sample_document() -> dict[str, str]:
    """The sample article as a session document (title, headline, text); it has several main actors, so no headline."""
    return {"title": SAMPLE_TITLE, "headline": "", "text": SAMPLE_PATH.read_text(encoding="utf-8")}


OPEN_PAGE_PARAM = "open"  # the page a link asked for, carried through app.py (see require_app)


def require_app(page_file: str) -> None:
    """Run app.py first when Streamlit ran this page (``__file__``) alone.

    On a freshly started server, a link straight to a page (``/text``) runs that page's script alone,
    through Streamlit's fallback for a ``pages/`` folder, until app.py has called ``st.navigation`` once:
    the session has no documents yet, and the sidebar lists the raw files. Switching to app.py ends that
    fallback for the server; the page's name travels as a query parameter, so the app opens it.
    """
    if "documents" not in st.session_state:
        st.switch_page("app.py", query_params={OPEN_PAGE_PARAM: Path(page_file).stem})


def init_state() -> None:
    """First visit: the sample article, its topics, no edits."""
    state = st.session_state
    if "documents" not in state:
        state.documents = [sample_document()]
        state.topics = list(SAMPLE_TOPICS)
        state.specs = {}  # document id -> analyst-edited actor list (JSON)
        state.active = 0


def analyses() -> dict[int, Analysis]:
    """Analyses of the session's documents (cached) by the document's index, with a progress bar for new ones.

    A document that fails is reported with st.error and left out; nothing the
    user typed is lost.
    """
    results = {}
    hub = tuple(sorted(st.session_state.get("hub_models", {}).items()))
    for i, doc in enumerate(st.session_state.documents):
        key = document_id(doc["text"])
        args = (doc["text"], doc["title"], tuple(st.session_state.topics), st.session_state.specs.get(key), hub, doc.get("headline", ""))
        try:
            results[i] = cached_analysis(*args)
        except AnalysisError as exc:
            show_error(exc, f"“{doc['title']}”")
    return results


def show_error(exc: AnalysisError, where: str = "") -> None:
    """The user-facing message and what to do next."""
    prefix = f"{literal(where)}: " if where else ""
    st.error(f"{prefix}{exc.message}" + (f"\n\n**What to do:** {exc.hint}" if exc.hint else ""))


def active_analysis() -> Analysis:
    """The analysis of the document the user picked in the sidebar (``state.active``, an index into the documents).

    A document whose analysis failed gives way to the first that has one. With no
    analysis to show, the page stops with a pointer to the Documents & topics page.
    """
    results = analyses()
    if not results:
        st.info("Add a document on the Documents & topics page.")
        st.stop()
    indices = list(results)
    active = st.session_state.get("active", 0)
    chosen = active if active in results else indices[0]
    if len(indices) > 1:
        chosen = st.sidebar.selectbox(
            "Document", indices, index=indices.index(chosen), format_func=lambda i: results[i].title, key="doc_picker"
        )
    st.session_state.active = chosen
    return results[chosen]


def add_document(doc: dict[str, str], index: int | None = None) -> None:
    """Add a session document (title, headline, text) at ``index`` (last by default) and choose it in the sidebar;
    a title over MAX_TITLE_CHARS is cut with an ellipsis.

    Raises AnalysisError when the session already holds the most documents allowed, or the same text.
    """
    state = st.session_state
    if len(state.documents) >= MAX_DOCUMENTS:
        raise AnalysisError(f"At most {MAX_DOCUMENTS} documents are analysed at once.", "Remove one on the Documents & topics page first.")
    same = next((i for i, d in enumerate(state.documents) if d["text"] == doc["text"]), None)
    if same is not None:
        raise AnalysisError(
            f"This text is already open as document {same + 1}, “{literal(state.documents[same]['title'])}”.",
            "Choose it in the sidebar's Document box, or add a different text.",
        )
    index = len(state.documents) if index is None else index
    state.documents.insert(index, {**doc, "title": shorten(doc["title"], MAX_TITLE_CHARS)})
    state.active = index


def remove_document(index: int) -> None:
    """Drop a session document. The sidebar's choice stays on its document; if that is the one removed, the choice
    passes to the document that takes its place (the one before it, when it was the last)."""
    state = st.session_state
    state.documents.pop(index)
    active = state.get("active", 0)
    state.active = max(min(active - (active > index), len(state.documents) - 1), 0)


def language_warning(text: str, subject: str = "This text") -> None:
    """Warn (st.warning) when ``text`` does not read as English: the models were trained on no other language."""
    if note := language_note(text, subject):
        st.warning(note)


def document_caption(analysis: Analysis) -> None:
    """The caption naming the document a page shows: its title, how many actors, the topics."""
    topics = literal(", ".join(analysis.topics)) or "none"
    st.caption(f"**{literal(analysis.title)}** · {counted(len(analysis.actors), 'actor')} · topics: {topics}")


def limits_caption() -> None:
    """The instance's limits, shown before they are hit."""
    st.sidebar.caption(
        f"Limits: {MAX_DOCUMENTS} documents, {MAX_CHARS:,} characters and {MAX_PARAGRAPHS} paragraphs each, "
        f"{MAX_TOPICS} topics, uploads up to {MAX_UPLOAD_MB} MB."
    )


def selection_points(event) -> list[list]:
    """The customdata of the points selected in a plotly chart (empty when nothing is selected)."""
    try:
        points = event.selection.points
    except AttributeError:
        return []
    result = []
    for point in points:
        data = point.get("customdata")
        if data is not None:
            result.append(list(data) if isinstance(data, (list, tuple)) else [data])
    return result


def show_paragraphs(analysis: Analysis, points: list[list]) -> None:
    """The highlighted paragraphs behind the selected chart points (see ``charts.selected_paragraphs``)."""
    from analysis import charts, highlight

    wanted = charts.selected_paragraphs(analysis, points)
    if not wanted:
        st.caption("Select a bar, an “N neutral” count or a heatmap cell to read the paragraphs behind it.")
        return
    st.subheader(f"Paragraphs behind the selection ({len(wanted)})")
    spans, quotes = highlight.spans_by_paragraph(analysis, wanted), highlight.quotes_by_paragraph(analysis, wanted)
    names = {a.id: a.name for a in analysis.actors} | {TEXT_ACTOR_ID: charts.TEXT_LABEL}
    for index, actor_id in wanted.items():
        text = analysis.paragraphs.text[index]
        st.html(highlight.render_paragraph(
            text, spans[index], tint=analysis.paragraphs.sentiment[index], selected_actor=actor_id, paragraph=index,
            quotes=quotes[index],
        ))
        lines = highlight.readings(analysis, actor_id, index)
        if lines:
            st.caption("  \n".join([f"**{literal(names.get(actor_id, actor_id))}** here:", *map(literal, lines)]))


if __name__ == "__main__":  # Streamlit's pages/ fallback ran this module as a page (a link to /common): open the app
    st.switch_page("app.py")
