"""Export: charts as PNG, SVG and HTML; results as CSV, JSON and Parquet; a report; the analysis file."""
from functools import partial

import streamlit as st

from analysis import charts, export
from analysis.actors import specs_to_json
from analysis.errors import AnalysisError
from analysis.pipeline import clean_topics, prepare_text
from pages.common import active_analysis, add_document, document_caption, literal, require_app, show_error

require_app(__file__)
st.title("Export")
analysis = active_analysis()
document_caption(analysis)
stem = export.file_stem(analysis.title)
# Downloads get callables: Streamlit builds a file only when its button is clicked, not on every rerun of the page.


def report() -> str:
    """The self-contained HTML report with every chart of the document."""
    return export.report_html(analysis, {name: chart(analysis) for name, chart in charts.DOCUMENT_CHARTS.items()})


st.subheader("Report and analysis file")
cols = st.columns(2)
cols[0].download_button("Report (self-contained HTML)", report, file_name=f"{stem}-report.html", mime="text/html")
cols[1].download_button(
    "Analysis file (re-importable JSON)", partial(export.save_analysis, analysis), file_name=f"{stem}.analysis.json",
    mime="application/json",
)

st.subheader("Results")
tables = export.result_tables(analysis)
cols = st.columns(3)
cols[0].download_button("CSV (zip of tables)", partial(export.tables_to_csv, tables), file_name=f"{stem}-csv.zip", mime="application/zip")
cols[1].download_button("JSON", partial(export.tables_to_json, analysis), file_name=f"{stem}.json", mime="application/json")
table_name = cols[2].selectbox("Parquet table", list(tables))
cols[2].download_button(
    f"Parquet ({table_name})", partial(export.tables_to_parquet, tables[table_name]), file_name=f"{stem}-{table_name}.parquet",
    mime="application/vnd.apache.parquet",
)

st.subheader("Charts")
name = st.selectbox("Chart", list(charts.DOCUMENT_CHARTS))
figure = charts.DOCUMENT_CHARTS[name](analysis)
fingerprint = export.figure_fingerprint(figure)
cols = st.columns(3)
cols[0].download_button("HTML", partial(export.figure_to_html, figure), file_name=f"{stem}-{name}.html", mime="text/html")
for col, fmt in zip(cols[1:], export.IMAGE_FORMATS):
    if col.button(f"Render {fmt.upper()}", key=f"render_{fmt}"):
        try:
            with st.spinner(f"Rendering {fmt.upper()} (the first export starts a headless browser)…"):
                st.session_state[f"image_{fmt}"] = (fingerprint, export.figure_to_image(figure, fmt))
        except AnalysisError as exc:
            show_error(exc)
    rendered = st.session_state.get(f"image_{fmt}")
    if rendered and rendered[0] == fingerprint:  # only the image of this very chart, never one of another document or topic set
        col.download_button(
            f"Download {fmt.upper()}", rendered[1], file_name=f"{stem}-{name}.{fmt}", mime="image/png" if fmt == "png" else "image/svg+xml"
        )
st.plotly_chart(figure, key="export_preview")  # what the chart files will hold

st.subheader("Load an analysis file")
uploaded = st.file_uploader("Analysis file (.json)", type=["json"], key="analysis_upload")
if uploaded is not None and st.button("Load it as a document"):
    try:
        loaded = export.load_analysis(uploaded.getvalue())
        prepare_text(loaded.text)  # within the limits a pasted text must keep
        topics = clean_topics([*st.session_state.topics, *loaded.topics])  # refused before anything changes
        add_document({"title": loaded.title, "headline": loaded.headline, "text": loaded.text})
        st.session_state.topics = topics
        st.session_state.specs[loaded.doc_id] = specs_to_json(loaded.specs)
        st.success(f"Loaded “{literal(loaded.title)}”: its text, topics and actor edits are back.")
    except AnalysisError as exc:
        show_error(exc, uploaded.name)
