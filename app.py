"""Actor-stance explorer: launch with ``streamlit run app.py``."""
import streamlit as st

from pages.common import OPEN_PAGE_PARAM, init_state, limits_caption

st.set_page_config(page_title="Actor-stance explorer", page_icon=":material/newspaper:", layout="wide")
init_state()
pages = [
    st.Page("pages/actors.py", title="Actors", icon=":material/groups:", default=True),
    st.Page("pages/text.py", title="Text", icon=":material/article:"),
    st.Page("pages/documents.py", title="Documents & topics", icon=":material/edit_note:"),
    st.Page("pages/edit_actors.py", title="Edit actors", icon=":material/manage_accounts:"),
    st.Page("pages/compare.py", title="Compare", icon=":material/compare:"),
    st.Page("pages/export.py", title="Export", icon=":material/download:"),
    st.Page("pages/models.py", title="Models", icon=":material/model_training:"),
]
navigation = st.navigation(pages)
# a link to a page that a fresh server first ran without this script (see pages.common.require_app)
requested = st.query_params.pop(OPEN_PAGE_PARAM, None)
target = next((page for page in pages if requested and page.url_path == requested), None)
if target is not None:
    st.switch_page(target)
limits_caption()
navigation.run()
