"""The one registry of tasks and models.

Every task the app runs is listed here with its labels, input window and the
shipped artifact that serves it by default; a user may name a Hugging Face
model id instead (see :mod:`analysis.hub`).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from analysis.errors import AnalysisError

SHIPPED_MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
MODELS_DIR_ENV = "ACTOR_STANCE_MODELS"  # points the app at retrained artifacts


def models_dir() -> Path:
    """The folder of the task artifacts: ``$ACTOR_STANCE_MODELS`` if set, else the shipped ``models/``."""
    return Path(os.environ.get(MODELS_DIR_ENV) or SHIPPED_MODELS_DIR)
BUILTIN = "builtin"


@dataclass(frozen=True)
class TaskSpec:
    """A task: its head, labels, window and the pipeline kind of a hub alternative."""

    name: str
    title: str
    head: str
    labels: tuple[str, ...]
    max_length: int
    hub_pipeline: str | None

    @property
    def artifact(self) -> Path:
        """Path stem of the shipped adapter (``.safetensors`` and ``.json`` beside it)."""
        return models_dir() / self.name


TASKS: dict[str, TaskSpec] = {
    spec.name: spec
    for spec in (
        TaskSpec("sentiment", "Paragraph sentiment", "sequence", ("negative", "neutral", "positive"), 256, "text-classification"),
        TaskSpec("targeted", "Sentiment toward an actor", "target", ("negative", "neutral", "positive"), 256, None),
        TaskSpec("stance", "Stance toward a topic", "sequence", ("against", "neutral", "favor"), 256, "zero-shot-classification"),
        TaskSpec(
            "ner",
            "Actor tagger",
            "token",
            ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"),
            256,
            "token-classification",
        ),
    )
}


def get_task(name: str) -> TaskSpec:
    """Return the spec of task ``name``; an unknown name raises an error listing the valid ones."""
    try:
        return TASKS[name]
    except KeyError:
        raise AnalysisError(
            f"Unknown task {name!r}.", f"Valid tasks: {', '.join(sorted(TASKS))}."
        ) from None
