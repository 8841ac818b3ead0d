"""Documents & topics: the sample, pasted text and uploads; the stance topics."""
import textwrap

import streamlit as st

from analysis.errors import AnalysisError
from analysis.ingest import FORMATS, drop_page_furniture, read_upload, unwrap_lines
from analysis.pipeline import clean_topics, counted, default_topics, document_id, prepare_text
from analysis.segment import LONG_LINE, headline_of, long_lines, shorten
from analysis.settings import MAX_CHARS, MAX_DOCUMENTS, MAX_TITLE_CHARS, MAX_TOPICS, MAX_UPLOAD_MB
from analysis.topics import absent_topics_note
from pages.common import (
    HEADLINE_HELP,
    SAMPLE_TITLE,
    add_document,
    get_models,
    language_warning,
    literal,
    remove_document,
    require_app,
    sample_document,
    show_error,
)

require_app(__file__)
st.title("Documents & topics")
state = st.session_state


def add_text(text: str, title: str, headline: str) -> tuple[str, list[str], int]:
    """Add a pasted or uploaded text as a document, its web-page lines left out and its lines wrapped at a fixed width
    joined, unless the analyst switched those off.

    Returns the text as added, the lines left out and how many lines were joined; raises AnalysisError for a text
    that cannot be analysed.
    """
    text, dropped = drop_page_furniture(text) if state.get("drop_furniture", True) else (text, [])
    text, joined = unwrap_lines(text) if state.get("unwrap", True) else (text, 0)
    text, paragraphs = prepare_text(text)
    title = title or headline_of(paragraphs) or f"Pasted text {len(state.documents) + 1}"
    add_document({"title": title, "headline": headline, "text": text})
    return text, dropped, joined


def note_new_document(text: str, dropped: list[str], joined: int) -> None:
    """Say which web-page lines were left out of a new document, how many wrapped lines were joined and how many
    long lines are read in groups of sentences; warn when it does not read as English; and say which topics it never
    names: stance toward them would be read from text about other things."""
    if dropped:
        shown = ", ".join(f"“{literal(shorten(line, 60))}”" for line in dropped[:4]) + (", …" if len(dropped) > 4 else "")
        st.info(f"Left out {counted(len(dropped), 'line')} of the web page around the article: {shown}. Switch off "
                "**Leave out web-page lines** above to keep them.")
    if joined:
        st.info(f"Joined {counted(joined, 'line')} wrapped at a fixed width into their paragraphs. Switch off **Join "
                "wrapped lines** above to keep every line a paragraph.")
    if walls := long_lines(text):
        st.info(f"It has {counted(walls, 'line')} of over {LONG_LINE:,} characters (an article that lost its paragraph "
                f"breaks, say): {'it is' if walls == 1 else 'they are'} read as paragraphs of a few sentences each.")
    language_warning(text, "It")
    if note := absent_topics_note(text, state.topics, show=literal):
        st.info(f"{note} Press **Suggest topics from …** below for topics of its own, or edit the topics.")


st.subheader("Documents")
st.caption(f"Up to {MAX_DOCUMENTS} documents of {MAX_CHARS:,} characters each. Each is analysed and can be compared.")
document_list = st.container()  # filled after the forms below, so that a document they add is listed at once

furniture_col, unwrap_col = st.columns(2)
furniture_col.toggle(
    "Leave out web-page lines", value=True, key="drop_furniture",
    help="Lines a web page puts around an article and that come along when it is copied or saved: share buttons, "
    "“ADVERTISEMENT”, “Read more: …” links, “Published 3 hours ago”, a date alone on its line, the byline, photo credits, "
    "newsletter prompts, account and site links (“Sign in”, “Home”), section names over the headline and topic tags under the story (two or more lines of up to "
    "three capitalised words), “(Reporting by …; Editing by …)”, and a press release's “FOR IMMEDIATE RELEASE”, “###” and "
    "contact lines. Their names would otherwise be read as actors.",
)
unwrap_col.toggle(
    "Join wrapped lines", value=True, key="unwrap",
    help="Text wrapped at a fixed width (an email, a plain-text feed) breaks each paragraph into lines of nearly that "
    "width; they are joined back into paragraphs, so that each paragraph, not each line, is analysed.",
)
paste_tab, upload_tab = st.tabs(["Paste text", "Upload files"])
with paste_tab:
    with st.form("paste", clear_on_submit=False):
        title = st.text_input(
            "Title", max_chars=MAX_TITLE_CHARS, placeholder="e.g. Outlet A on the talks",
            help="Left blank, the text's first line is the title when it reads as a headline.",
        )
        headline = st.text_input("Headline", max_chars=300, help=HEADLINE_HELP)
        text = st.text_area("Article text (one paragraph a line, or blank lines between paragraphs)", height=220, max_chars=MAX_CHARS)
        add = st.form_submit_button("Add document")
    if add:
        try:
            clean, dropped, joined = add_text(text, title.strip(), headline.strip())
            st.success(f"Added as document {len(state.documents)}. Open the Actors or Text page to see it.")
            note_new_document(clean, dropped, joined)
        except AnalysisError as exc:
            show_error(exc)  # the form keeps what was typed
with upload_tab:
    files = st.file_uploader(
        f"Files ({', '.join('.' + f for f in FORMATS)}; up to {MAX_UPLOAD_MB} MB each)",
        type=list(FORMATS),
        accept_multiple_files=True,
    )
    if files and st.button("Add uploaded files"):
        for upload in files:
            try:
                text, dropped, joined = add_text(read_upload(upload.name, upload.getvalue()), upload.name, "")
                st.success(f"Added {literal(upload.name)}.")
                note_new_document(text, dropped, joined)
            except AnalysisError as exc:
                show_error(exc, upload.name)
if not any(d["title"] == SAMPLE_TITLE for d in state.documents) and st.button("Add the sample article back"):
    try:
        add_document(sample_document(), index=0)
    except AnalysisError as exc:
        show_error(exc)
    else:
        st.rerun()

with document_list:
    for i, doc in enumerate(list(state.documents)):
        key = document_id(doc["text"])  # fields keyed by content, not position, so a removal never shows one document's text under another
        with st.expander(f"{i + 1}. {literal(doc['title'])} ({len(doc['text']):,} characters)", expanded=False):
            cols = st.columns([4, 1])
            doc["headline"] = cols[0].text_input("Headline", doc.get("headline", ""), max_chars=300, key=f"headline_{key}", help=HEADLINE_HELP)
            cols[0].text_area("Text", doc["text"], height=200, key=f"view_{key}", disabled=True)
            if cols[1].button("Remove", key=f"remove_{i}"):
                remove_document(i)
                st.rerun()

st.subheader("Topics")
st.caption(f"The stance of the text and of each actor is read toward each topic (at most {MAX_TOPICS}).")
edited = st.data_editor(
    {"topic": list(state.topics)}, num_rows="dynamic", key="topics_editor", width="stretch",
)
cols = st.columns(2)
if cols[0].button("Apply topics", type="primary"):
    try:
        state.topics = clean_topics([t for t in edited["topic"] if t])
        st.success(f"Topics: {literal(', '.join(state.topics)) or 'none'}")
    except AnalysisError as exc:
        show_error(exc)
if state.documents:
    chosen = state.documents[state.active]  # the document picked in the sidebar
    short = textwrap.shorten(chosen["title"], 40, placeholder="…")
    if cols[1].button(f"Suggest topics from “{literal(short)}”", help="Recurring phrases of that text that are not actors' names."):
        try:
            suggested = default_topics(chosen["text"], get_models())
            if suggested:
                state.topics = suggested
                st.rerun()
            st.info(f"“{literal(short)}” repeats no phrase that would make a topic, so the topics stay as they are: "
                    "type your own in the table above.")
        except AnalysisError as exc:
            show_error(exc)
