"""Actors: per-actor stance and portrayal charts, heatmap and timeline, with the paragraphs behind a selection."""
import streamlit as st

from analysis import charts
from analysis.actors import ACTOR_TYPES
from analysis.segment import paragraph_number
from analysis.summary import STANCE_PREFIX, actor_summary, quote_table
from analysis.topics import absent_topics_note
from pages.common import (
    active_analysis,
    document_caption,
    language_warning,
    literal,
    require_app,
    selection_points,
    show_paragraphs,
)

require_app(__file__)
st.title("Actors")
analysis = active_analysis()

document_caption(analysis)
language_warning(analysis.text)
if note := absent_topics_note(analysis.text, analysis.topics, "This text", literal):
    st.info(f"{note} Suggest topics of its own or edit them on the Documents & topics page.")
if not analysis.actors:
    st.warning("No actors were found in this text. Add them by hand on the Edit actors page.")
table_box = st.expander("Table: each actor's mentions, portrayal and mean stance per topic (click a column to sort)")

with st.sidebar:
    st.subheader("Filters")
    names = {a.id: a.name for a in analysis.actors}
    chosen_actors = st.multiselect("Actors", list(names), format_func=names.get, key="f_actors")
    chosen_topics = st.multiselect("Topics", analysis.topics, key="f_topics")
    chosen_types = st.multiselect("Actor types", list(ACTOR_TYPES), key="f_types")
    threshold = st.slider("Minimum confidence", 0.0, 1.0, 0.0, 0.05, key="f_conf")
filters = {
    "actors": chosen_actors or None,
    "topics": chosen_topics or None,
    "types": chosen_types or None,
    "min_confidence": threshold,
}
portrayal_filters = {k: v for k, v in filters.items() if k != "topics"}
summary = actor_summary(analysis, **filters)
scores = [c for c in summary.columns if c == "portrayal" or c.startswith(STANCE_PREFIX)]
table_box.dataframe(
    summary.drop(columns="actor_id"), hide_index=True, width="stretch",
    column_config={c: st.column_config.NumberColumn(format="%+.2f") for c in scores},
)
table_box.caption(
    "portrayal: mean positive − negative over the paragraphs naming the actor (for the text: the paragraphs' tone); "
    "positive / negative: how many of those paragraphs; stance: mean favor − against. The sidebar's filters apply."
)

quotes = quote_table(analysis, actors=filters["actors"], types=filters["types"])
with st.expander(f"Quotes: who said what ({len(quotes)})"):
    st.dataframe(
        quotes.assign(paragraph=quotes["paragraph"].map(paragraph_number), actor=quotes["actor"].fillna(""))[
            ["paragraph", "actor", "quote"]
        ],
        hide_index=True, width="stretch", column_config={"actor": "speaker"},
    )
    st.caption("Each quote's speaker as the app attributed it (empty where none was found): the quotes an actor's "
               "stance is read from. The sidebar's actor filters apply.")

stance_event = st.plotly_chart(
    charts.stance_bars(analysis, **filters), key="stance_bars", on_select="rerun", selection_mode="points"
)
left, right = st.columns([2, 3])
with left:
    portrayal_event = st.plotly_chart(
        charts.portrayal_bars(analysis, **portrayal_filters), key="portrayal_bars", on_select="rerun", selection_mode="points"
    )
with right:
    heat_event = st.plotly_chart(
        charts.actor_paragraph_heatmap(analysis, **portrayal_filters), key="heatmap", on_select="rerun", selection_mode="points"
    )
timeline_actor = st.selectbox(  # one actor at first (its line per topic): every actor's lines at once are a tangle
    "Stance through the article for", [None, *names], index=1 if names else 0,
    format_func=lambda a: "all actors" if a is None else names[a], key="timeline_actor",
)
st.plotly_chart(charts.stance_timeline(analysis, actor_id=timeline_actor, **{k: v for k, v in filters.items() if k != "actors"}), key="timeline")

points = selection_points(stance_event) + selection_points(portrayal_event) + selection_points(heat_event)
show_paragraphs(analysis, points)
