"""Actor-stance explorer: launch with ``streamlit run app.py``."""
import streamlit as st

from pages.common import init_state, limits_caption

st.set_page_config(page_title="Actor-stance explorer", page_icon="🗞️", layout="wide")
init_state()
navigation = st.navigation(
    [
        st.Page("pages/actors.py", title="Actors", icon="📊", default=True),
        st.Page("pages/text.py", title="Text", icon="📰"),
        st.Page("pages/documents.py", title="Documents & topics", icon="📝"),
        st.Page("pages/edit_actors.py", title="Edit actors", icon="✏️"),
        st.Page("pages/compare.py", title="Compare", icon="⚖️"),
        st.Page("pages/export.py", title="Export", icon="💾"),
        st.Page("pages/models.py", title="Models", icon="🧠"),
    ]
)
limits_caption()
navigation.run()
