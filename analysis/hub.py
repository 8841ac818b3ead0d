"""Hugging Face hub models as drop-in alternatives to the shipped task models.

``load_hub_runner(task, model_id)`` wraps a ``transformers`` pipeline in a runner
with the built-in runner's method for that task (``predict`` for sentiment and
stance, ``tag`` for actors). Loading is lazy, never runs code from a model
repository (``trust_remote_code=False``), reads only local files while
``HF_HUB_OFFLINE=1`` and turns every load failure into an :class:`AnalysisError`.

Label mapping:
- sentiment (text-classification, all scores): labels named negative/neg,
  neutral/neu, positive/pos (any case) map by name, a missing neutral scoring 0;
  otherwise generic ids LABEL_0/LABEL_1 are read as negative/positive and
  LABEL_0/LABEL_1/LABEL_2 as negative/neutral/positive (the usual order of
  3-way sentiment models); any other label set is refused;
- stance (zero-shot NLI): each (text, topic) pair is scored against the three
  hypotheses of ``STANCE_HYPOTHESES`` with the zero-shot pipeline (hypothesis
  template ``"{}"``, single label), i.e. a softmax of the three entailment
  logits, which is a distribution over against/neutral/favor;
- actors (token-classification, ``aggregation_strategy="simple"``): entity
  types map through ``ENTITY_TYPES`` (PER/PERSON, ORG/ORGANIZATION, LOC/GPE/
  LOCATION), other types are dropped.

Inputs longer than the model's window are truncated (sentiment, stance) or read
in overlapping chunks (actors).
"""
from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch

from analysis.errors import AnalysisError
from analysis.models import BATCH_SIZE, EntitySpan, pick_device
from analysis.registry import TASKS, TaskSpec, get_task

HUB_TASKS: tuple[str, ...] = tuple(name for name, spec in TASKS.items() if spec.hub_pipeline)

_PART = r"[A-Za-z0-9](?:[A-Za-z0-9._-]{0,94}[A-Za-z0-9])?"
_HUB_ID = re.compile(rf"(?:{_PART}/)?{_PART}")
_REVISION = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._/-]{0,126}[A-Za-z0-9])?")
_ID_HINT = (
    "Use a Hugging Face id such as `owner/name` or `owner/name@revision` (letters, digits, '-', '_' and '.', "
    "at most 96 characters each), or the path of a local model folder that holds config.json."
)

SENTIMENT_NAMES = {
    "negative": "negative", "neg": "negative",
    "neutral": "neutral", "neu": "neutral",
    "positive": "positive", "pos": "positive",
}
STANCE_HYPOTHESES = {
    "against": "This text opposes {}.",
    "neutral": "This text is neutral about {}.",
    "favor": "This text supports {}.",
}
ENTITY_TYPES = {
    "PER": "PER", "PERSON": "PER",
    "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG",
    "LOC": "LOC", "LOCATION": "LOC", "GPE": "LOC",
}
_HEAD_SUFFIX = {
    "text-classification": "ForSequenceClassification",
    "zero-shot-classification": "ForSequenceClassification",
    "token-classification": "ForTokenClassification",
}


def validate_model_id(model_id: str) -> str:
    """Return the checked id (``owner/name[@revision]``) or the absolute path of a local model folder."""
    candidate = (model_id or "").strip()
    path = Path(os.path.expanduser(candidate))
    if candidate and ".." not in path.parts and _is_folder(path):
        if not (path / "config.json").is_file():
            raise AnalysisError(f"The folder {candidate!r} holds no config.json.", _ID_HINT)
        return str(path.resolve())
    name, sep, revision = candidate.partition("@")
    if _is_hub_name(name) and (not sep or _is_revision(revision)):
        return candidate
    raise AnalysisError(f"{model_id!r} is not a valid model id.", _ID_HINT)


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):  # a name too long for the file system, a NUL byte
        return False


def _is_hub_name(name: str) -> bool:
    return bool(_HUB_ID.fullmatch(name)) and ".." not in name and "--" not in name and not name.endswith(".git")


def _is_revision(revision: str) -> bool:
    return bool(_REVISION.fullmatch(revision)) and ".." not in revision


def sentiment_label_map(labels: list[str]) -> dict[str, str]:
    """Map a sentiment model's labels to negative/neutral/positive (rules in the module docstring)."""
    lowered = [label.strip().lower() for label in labels]
    if all(label in SENTIMENT_NAMES for label in lowered):
        mapped = {label: SENTIMENT_NAMES[low] for label, low in zip(labels, lowered)}
        if {"negative", "positive"} <= set(mapped.values()):
            return mapped
    generic = [f"label_{i}" for i in range(len(labels))]
    if len(labels) in (2, 3) and sorted(lowered) == generic:
        order = ("negative", "positive") if len(labels) == 2 else ("negative", "neutral", "positive")
        return {label: order[int(low.removeprefix("label_"))] for label, low in zip(labels, lowered)}
    raise AnalysisError(
        f"The model's labels {labels} do not look like sentiment.",
        "Pick a sentiment model labelled negative/neutral/positive (or LABEL_0..LABEL_2 in that order).",
    )


def entity_type(label: str) -> str | None:
    """PER, ORG or LOC for a model's entity label (``B-``/``I-`` prefixes ignored); None for other types."""
    return ENTITY_TYPES.get(re.sub(r"^[BI]-", "", label.strip()).upper())


@dataclass
class _HubModel:
    """What every hub runner holds: its task, the id shown to users and the loaded pipeline."""

    spec: TaskSpec
    model_id: str
    pipe: Any

    @property
    def labels(self) -> tuple[str, ...]:
        return self.spec.labels


@dataclass
class HubSentimentRunner(_HubModel):
    """Sentiment from a text-classification model; ``predict`` as the built-in runner's."""

    label_map: dict[str, str]

    def predict(self, texts: list[str], pairs: list[str] | None = None) -> np.ndarray:
        """Probabilities (n × 3, negative/neutral/positive), rows summing to 1; ``pairs`` become text pairs."""
        if not texts:
            return np.zeros((0, len(self.labels)))
        inputs: list = texts if pairs is None else [{"text": t, "text_pair": p} for t, p in _paired(texts, pairs)]
        outputs = self.pipe(inputs, top_k=None, truncation=True, batch_size=BATCH_SIZE)
        probs = np.zeros((len(texts), len(self.labels)))
        for row, scores in zip(probs, outputs):
            for item in scores:
                row[self.labels.index(self.label_map[item["label"]])] += item["score"]
        # multi-label (sigmoid) heads do not sum to 1
        return probs / np.maximum(probs.sum(axis=1, keepdims=True), 1e-12)


@dataclass
class HubStanceRunner(_HubModel):
    """Stance from an NLI model; ``predict(texts, pairs=topics)`` as the built-in runner's."""

    def predict(self, texts: list[str], pairs: list[str] | None = None) -> np.ndarray:
        """Probabilities (n × 3, against/neutral/favor) of each text's stance toward its topic."""
        if not texts:
            return np.zeros((0, len(self.labels)))
        if pairs is None:
            raise AnalysisError("Stance needs a topic for every text.", "Pass the topics as pairs=.")
        probs = np.zeros((len(texts), len(self.labels)))
        rows_of: dict[str, list[int]] = defaultdict(list)
        for i, (_, topic) in enumerate(_paired(texts, pairs)):
            rows_of[topic].append(i)
        for topic, rows in rows_of.items():
            hypotheses = [STANCE_HYPOTHESES[label].format(topic) for label in self.labels]
            outputs = self.pipe(
                [texts[i] for i in rows],
                candidate_labels=hypotheses,
                hypothesis_template="{}",
                multi_label=False,
                batch_size=BATCH_SIZE,
            )
            for i, out in zip(rows, outputs):
                score = dict(zip(out["labels"], out["scores"]))
                probs[i] = [score[h] for h in hypotheses]
        return probs


@dataclass
class HubTagger(_HubModel):
    """Actors from a token-classification model; ``tag`` as the built-in runner's."""

    def tag(self, texts: list[str]) -> list[list[EntitySpan]]:
        """Entities (PER/ORG/LOC with character offsets into the text) of each text."""
        if not texts:
            return []
        outputs = self.pipe(
            texts,
            aggregation_strategy="simple",
            stride=self.pipe.tokenizer.model_max_length // 4,
            batch_size=BATCH_SIZE,
        )
        return [
            [
                EntitySpan(int(e["start"]), int(e["end"]), kind, float(e["score"]))
                for e in entities
                if (kind := entity_type(e["entity_group"]))
            ]
            for entities in outputs
        ]


HubRunner = HubSentimentRunner | HubStanceRunner | HubTagger


def load_hub_runner(task: str, model_id: str, revision: str | None = None) -> HubRunner:
    """Load ``model_id`` for ``task``: a runner with the built-in runner's method (see the module docstring)."""
    spec = get_task(task)
    if spec.hub_pipeline is None:
        raise AnalysisError(
            f"{spec.title} has no Hugging Face alternative.", f"Hub models can serve: {', '.join(HUB_TASKS)}."
        )
    model_id = validate_model_id(model_id)
    local = Path(model_id).is_dir()
    name, _, pinned = (model_id, "", "") if local else model_id.partition("@")
    if revision is not None and (local or not _is_revision(revision) or pinned not in ("", revision)):
        raise AnalysisError(
            f"The revision {revision!r} does not apply to {model_id!r}.",
            "Give one revision (a branch, tag or commit) of a hub id, either after '@' or as revision.",
        )
    pipe = _load_pipeline(spec, name, revision or pinned or None)
    shown = name if local else f"{name}@{revision or pinned}".rstrip("@")
    if spec.hub_pipeline == "text-classification":
        return HubSentimentRunner(spec, shown, pipe, sentiment_label_map(list(pipe.model.config.id2label.values())))
    if spec.hub_pipeline == "zero-shot-classification":
        return HubStanceRunner(spec, shown, pipe)
    return HubTagger(spec, shown, pipe)


def _offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().upper() in {"1", "ON", "YES", "TRUE"}


def _check_config(spec: TaskSpec, name: str, config: Any) -> None:
    """Refuse, before loading weights, a model built for another task or with labels the task cannot use."""
    suffix = _HEAD_SUFFIX[spec.hub_pipeline]
    architectures = config.architectures or []
    if architectures and not any(a.endswith(suffix) for a in architectures):
        raise AnalysisError(
            f"{name!r} is a {architectures[0]}, not a {spec.hub_pipeline} model.",
            f"Pick a model whose architecture ends in {suffix}.",
        )
    labels = list(config.id2label.values())
    if spec.hub_pipeline == "text-classification":
        sentiment_label_map(labels)
    elif spec.hub_pipeline == "zero-shot-classification":
        if not any(label.lower().startswith("entail") for label in labels):
            raise AnalysisError(
                f"{name!r} has no 'entailment' label, so it is not an NLI model.",
                "Pick a natural-language-inference model (labels entailment/neutral/contradiction).",
            )
    elif not any(entity_type(label) for label in labels):
        raise AnalysisError(
            f"{name!r} tags no persons, organisations or locations (labels {labels}).",
            "Pick a named-entity model with PER/ORG/LOC (or PERSON/ORG/GPE) labels.",
        )


def _load_pipeline(spec: TaskSpec, name: str, revision: str | None) -> Any:
    """The pipeline for ``spec`` with ``name``'s weights; any failure becomes an AnalysisError."""
    offline = _offline()
    device = pick_device()
    # each loader gets these itself: pipeline(local_files_only=...) leaks the flag into the task pipeline's arguments
    hub = {"revision": revision, "trust_remote_code": False, "local_files_only": offline}
    try:
        import transformers

        config = transformers.AutoConfig.from_pretrained(name, **hub)
        _check_config(spec, name, config)
        model_class = getattr(transformers, f"AutoModel{_HEAD_SUFFIX[spec.hub_pipeline]}")
        dtype = torch.float32 if device.type == "cpu" else "auto"
        model = model_class.from_pretrained(name, config=config, dtype=dtype, **hub)
        tokenizer = transformers.AutoTokenizer.from_pretrained(name, **hub)
        if spec.hub_pipeline == "token-classification" and not tokenizer.is_fast:
            raise AnalysisError(
                f"{name!r} comes with a slow tokenizer, which gives no character offsets.",
                "Pick a model with a fast tokenizer (a tokenizer.json file).",
            )
        pipe = transformers.pipeline(
            spec.hub_pipeline, model=model, tokenizer=tokenizer, device=device, trust_remote_code=False
        )
    except AnalysisError:
        raise
    except Exception as exc:  # missing files, offline, bad config, custom code: all reach the user as one message
        raise AnalysisError(
            f"Could not load {name!r} ({spec.title.lower()}): {_reason(exc)}", _load_hint(name, offline)
        ) from exc
    if tokenizer.model_max_length > 100_000:
        # saved without a limit: keep inputs within the position table instead of overflowing it
        tokenizer.model_max_length = min(getattr(config, "max_position_embeddings", 512), 512)
    return pipe


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:300]


def _load_hint(name: str, offline: bool) -> str:
    if Path(name).is_dir():
        return "Check that the folder holds a complete model for this task: config.json, weights and tokenizer files."
    fetch = f"download it beforehand with `hf download {name}` on a connected machine"
    if offline:
        return f"HF_HUB_OFFLINE=1, so only models already downloaded load. Check the id, or {fetch} and copy its cache here."
    return f"Check the id, or {fetch} and set HF_HUB_OFFLINE=1."


def _paired(texts: list[str], pairs: list[str]) -> Iterator[tuple[str, str]]:
    if len(pairs) != len(texts):
        raise AnalysisError(f"{len(texts)} texts but {len(pairs)} pairs.", "Give one pair (topic) per text.")
    return zip(texts, pairs)
