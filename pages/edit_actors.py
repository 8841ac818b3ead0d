"""Edit actors: add, rename, merge, split and delete actors and aliases; the analysis re-runs from the list."""
import pandas as pd
import streamlit as st

from analysis.actors import ACTOR_TYPES, ActorSpec, merge_actors, specs_from_json, specs_to_json, split_actor
from analysis.errors import AnalysisError
from analysis.export import file_stem
from pages.common import active_analysis, document_caption, require_app, show_error

require_app(__file__)
st.title("Edit actors")
analysis = active_analysis()
document_caption(analysis)
state = st.session_state
key = analysis.doc_id  # the same content hash the session keys its actor edits by


def apply(specs: list[ActorSpec]) -> None:
    state.specs[key] = specs_to_json(specs)
    st.rerun()


st.caption(
    "Each row is one actor: its display name, type and the aliases that name it (comma-separated). "
    "Add a row to add an actor, delete a row to drop one, edit a name to rename. Pronouns and quotes are "
    "re-attributed when you apply."
)
table = pd.DataFrame(
    [{"name": s.name, "type": s.type, "aliases": ", ".join(s.aliases)} for s in analysis.specs],
    columns=["name", "type", "aliases"],
)
edited = st.data_editor(
    table,
    num_rows="dynamic",
    key=f"actor_table_{key}",
    width="stretch",
    column_config={
        "name": st.column_config.TextColumn("Name", required=True),
        "type": st.column_config.SelectboxColumn("Type", options=list(ACTOR_TYPES), required=True),
        "aliases": st.column_config.TextColumn("Aliases"),
    },
)
cols = st.columns(3)
if cols[0].button("Apply edits", type="primary"):
    try:
        specs = [
            ActorSpec(str(r["name"]).strip(), str(r["type"]), [a.strip() for a in str(r["aliases"] or "").split(",") if a.strip()])
            for r in edited.to_dict("records")
            if str(r.get("name") or "").strip() and str(r.get("name")) != "None"
        ]
        apply(specs_from_json(specs_to_json(specs)))  # validated like a loaded file
    except AnalysisError as exc:
        show_error(exc)
if key in state.specs and cols[1].button("Undo all edits (detect again)"):
    del state.specs[key]
    st.rerun()
cols[2].download_button(
    "Download actor list (JSON)", specs_to_json(analysis.specs), file_name=f"{file_stem(analysis.title)}-actors.json", mime="application/json"
)

names = [s.name for s in analysis.specs]
merge_col, split_col = st.columns(2)
with merge_col, st.form("merge"):
    st.subheader("Merge")
    to_merge = st.multiselect("Actors to merge", names)
    into = st.text_input("Name of the merged actor", value="")
    if st.form_submit_button("Merge"):
        try:
            apply(merge_actors(analysis.specs, to_merge, into.strip() or (to_merge[0] if to_merge else "")))
        except AnalysisError as exc:
            show_error(exc)
with split_col, st.container(border=True):  # not a form: the aliases offered must follow the actor chosen
    st.subheader("Split")
    source = st.selectbox("Actor", names, key="split_source")
    spec = next((s for s in analysis.specs if s.name == source), None)
    moved = st.multiselect("Aliases that name a different actor", spec.aliases if spec else [], key=f"split_aliases_{source}")
    new_name = st.text_input("New actor's name", key="split_name")
    types = list(ACTOR_TYPES)
    new_type = st.selectbox(  # the chosen actor's type to start with
        "New actor's type", types, index=types.index(spec.type) if spec and spec.type in types else 0, key=f"split_type_{source}"
    )
    if st.button("Split"):
        try:
            apply(split_actor(analysis.specs, source, moved, new_name.strip(), new_type))
        except AnalysisError as exc:
            show_error(exc)

uploaded = st.file_uploader("Load an actor list (JSON)", type=["json"], key="actor_upload")
if uploaded is not None and st.button("Use this actor list"):
    try:
        apply(specs_from_json(uploaded.getvalue().decode("utf-8", errors="replace")))
    except AnalysisError as exc:
        show_error(exc)
