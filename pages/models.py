"""Models: what runs, how well it scored on the dev sets, and an optional hub model."""
import pandas as pd
import streamlit as st

from analysis.card import card_section
from analysis.errors import AnalysisError
from analysis.models import PRECISION_ENV, PRECISIONS, inference_dtype, read_card
from analysis.registry import TASKS
from pages.common import get_hub_runner, literal, require_app, show_error

require_app(__file__)
st.title("Models")
st.write(
    "Every task runs on the shipped adapters over the all-MiniLM-L6-v2 encoder (installed from PyPI, "
    "checked by SHA-256 at load). Nothing is downloaded. Scores below are on dev splits never used for training; "
    "see MODEL_CARD.md for data, licences and limits."
)
try:
    computes_in = str(inference_dtype()).removeprefix("torch.")
    st.caption(
        f"On this machine the encoder computes in {computes_in} (`{PRECISION_ENV}`: {', '.join(PRECISIONS)}). The scores "
        "below were measured in float32; bfloat16, used where the CPU computes it natively, moves them by 0.3 points at most."
    )
except AnalysisError as exc:
    show_error(exc)
for spec in TASKS.values():
    with st.expander(f"{spec.title} ({spec.name})", expanded=True):
        try:
            card = read_card(spec)
        except AnalysisError as exc:
            show_error(exc)
            continue
        st.caption(f"Labels: {', '.join(spec.labels)} · temperature {card.get('temperature', 1.0)} · trained in {card.get('train_seconds', '?')} s on {card.get('device', '?')}")
        rows = [{"dev set": name, **{k: v for k, v in metrics.items() if k != "per_type"}} for name, metrics in card.get("dev", {}).items()]
        st.dataframe(pd.DataFrame(rows), hide_index=True)

with st.expander("Intended use and limits (from MODEL_CARD.md)"):
    try:
        st.markdown(card_section("Intended use and limits"))
    except AnalysisError as exc:
        show_error(exc)

st.subheader("Use a Hugging Face model instead")
st.write(
    "Name a model id (optionally `@revision`) for paragraph sentiment (text classification), stance (NLI zero-shot) "
    "or actors (token classification). It loads only when you press the button, from the local cache when "
    "`HF_HUB_OFFLINE=1`, never with remote code."
)
hub_tasks = [s.name for s in TASKS.values() if s.hub_pipeline]
with st.form("hub"):
    task = st.selectbox("Task", hub_tasks, format_func=lambda t: TASKS[t].title)
    model_id = st.text_input("Model id", placeholder="owner/name@revision or a local folder")
    submitted = st.form_submit_button("Load and use")
if submitted:
    from analysis.hub import validate_model_id

    try:
        validated = validate_model_id(model_id)
        get_hub_runner(task, validated)
        st.session_state.setdefault("hub_models", {})[task] = validated
        st.success(f"{literal(validated)} loaded: it now serves {TASKS[task].title.lower()} in every analysis of this session.")
    except AnalysisError as exc:
        show_error(exc)
in_use = st.session_state.get("hub_models", {})
for task, model in list(in_use.items()):
    cols = st.columns([4, 1])
    cols[0].write(f"**{TASKS[task].title}**: `{model}`")
    if cols[1].button("Use the built-in model", key=f"drop_{task}"):
        del in_use[task]
        st.rerun()
