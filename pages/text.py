"""Text: the source paragraph by paragraph, mentions highlighted, with the selected actor's chart beside it."""
import streamlit as st

from analysis import charts, highlight
from pages.common import active_analysis, language_warning, literal, require_app

require_app(__file__)
st.title("Text")
analysis = active_analysis()

names = {a.id: a.name for a in analysis.actors}
text_col, chart_col = st.columns([3, 2], gap="large")
with chart_col:
    selected = st.selectbox(
        "Actor", [None, *names], format_func=lambda a: "all actors" if a is None else names[a], key="text_actor"
    )
    only_selected = selected is not None and st.toggle(
        f"Only the paragraphs naming or quoting {literal(names[selected])}", value=True, key="text_only"
    )
    if selected is None:
        st.plotly_chart(charts.paragraph_tone(analysis), key="tone")
        st.plotly_chart(charts.portrayal_bars(analysis), key="text_portrayal")
    else:
        st.plotly_chart(charts.stance_bars(analysis, actors=[selected], stacked=True), key="text_stance")
        st.plotly_chart(charts.portrayal_bars(analysis, actors=[selected]), key="text_portrayal")
        st.plotly_chart(charts.stance_timeline(analysis, actor_id=selected, legend_below=True), key="text_timeline")
with text_col:
    st.caption(
        f"**{literal(analysis.title)}**" + (f" · headline “{literal(analysis.headline)}” read with each paragraph" if analysis.headline else "")
        + " · paragraphs tinted by tone · named mentions filled in the actor's colour, "
        "resolved pronouns and roles outlined, quotes in italics · hover a mention for the model's labels and "
        "probabilities, a quote for its speaker"
    )
    language_warning(analysis.text)
    shown = highlight.actor_paragraphs(analysis, selected) if only_selected else None
    st.html(highlight.render_document(analysis, selected_actor=selected, paragraphs=shown))
