"""Compare: the same actors across several documents in one chart."""
import streamlit as st

from analysis import charts
from pages.common import analyses, require_app

require_app(__file__)
st.title("Compare documents")
results = list(analyses().values())
if len(results) < 2:
    st.info(
        "Add a second document (for example another outlet's report of the same event) on the "
        "Documents & topics page to compare how each one portrays the actors and their stances."
    )
topics = sorted({t for a in results for t in a.topics})
topic = st.selectbox("Measure", [None, *topics], format_func=lambda t: "portrayal (sentiment toward the actor)" if t is None else f"stance toward {t}")
shared = len(results) > 1 and st.toggle("Only actors scored in two or more documents", value=True, key="compare_shared")
st.plotly_chart(charts.compare_documents(results, topic=topic, min_documents=2 if shared else 1), key="compare")
