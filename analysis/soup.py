"""Average several trained adapters of one task into one artifact (a model soup).

    python -m analysis.soup TASK DIR [DIR ...] --out DIR
    python -m analysis.train TASK --rescore        # then refit its temperature and dev figures

Adapters trained from the same frozen encoder with different seeds or schedules
make different errors; the mean of their weight updates often scores better
than any one of them (model soups; check it with ``--rescore``) and, unlike an
ensemble, costs nothing more at inference once merged. Each layer's mean update
``(1/n) Σ s_i B_i A_i`` is stored as one LoRA adapter: exactly at the sum of the
sources' ranks, or truncated (SVD) to a smaller ``--rank`` to keep the artifact
small; the linear heads are averaged. A source that is itself a soup counts as
the runs it averages, so a soup of soups is the mean over all their runs.
Fully fine-tuned runs average well only from one starting head (``--init-seed``);
the command warns when they did not.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import torch

from analysis.errors import AnalysisError
from analysis.network import low_rank_factors
from analysis.registry import TASKS, get_task, models_dir

SOUP_ALPHA_PER_RANK = 2  # the project's convention, alpha = 2 × rank


def read_source(folder: Path, task: str) -> tuple[dict[str, torch.Tensor], dict]:
    """The tensors and card of ``task``'s artifact in ``folder``."""
    from safetensors.torch import load_file

    weights, card = folder / f"{task}.safetensors", folder / f"{task}.json"
    if not weights.is_file() or not card.is_file():
        raise AnalysisError(f"No {task} artifact in {folder}.", f"Expected {weights.name} and {card.name} there.")
    return load_file(str(weights)), json.loads(card.read_text(encoding="utf-8"))


def runs_of(card: dict) -> list[dict]:
    """The cards of the training runs an artifact averages (itself, if it is not a soup)."""
    return card.get("soup_of") or [card]


def average_adapters(
    sources: list[tuple[dict[str, torch.Tensor], dict]], rank: int | None = None
) -> tuple[dict[str, torch.Tensor], int, float]:
    """One adapter whose merged update is the mean of the sources' updates, and its rank and alpha.

    Each source weighs as many runs as it averages (:func:`runs_of`). Each layer's mean update is
    factored by SVD: at the default rank (the sum of the sources' ranks) exactly, at a lower
    ``rank`` as its best approximation of that rank.
    """
    if len(sources) < 2:
        raise AnalysisError("A soup needs at least two adapters.")
    names = set(sources[0][0])
    if any(set(tensors) != names for tensors, _ in sources) or len({card["head"] for _, card in sources}) > 1:
        raise AnalysisError("These adapters do not belong together.", "Average adapters of one task and one app version.")
    rank = rank or sum(int(card["rank"]) for _, card in sources)
    alpha = float(SOUP_ALPHA_PER_RANK * rank)
    weights = torch.tensor([float(len(runs_of(card))) for _, card in sources], dtype=torch.float64)
    weights /= weights.sum()

    def mean(tensors: list[torch.Tensor]) -> torch.Tensor:
        return torch.einsum("i,i...->...", weights.to(tensors[0].dtype), torch.stack(tensors))

    out: dict[str, torch.Tensor] = {}
    for name in sorted(names):
        if name.startswith("lora.") and name.endswith(".a"):
            stem = name[: -len(".a")]
            update = mean([float(card["alpha"]) / int(card["rank"]) * t[f"{stem}.b"].double() @ t[name].double() for t, card in sources])
            out[name], out[f"{stem}.b"] = low_rank_factors(update, rank, alpha / rank)
        elif not name.startswith("lora."):
            out[name] = mean([t[name].float() for t, _ in sources])
    return out, rank, alpha


def shared_hyperparameters(cards: list[dict]) -> dict:
    """Each hyperparameter of the runs: its value where they agree, else their values joined by " / "."""
    merged = {}
    for key in dict.fromkeys(k for c in cards for k in c["hyperparameters"]):
        values = [c["hyperparameters"].get(key) for c in cards]
        merged[key] = values[0] if all(v == values[0] for v in values) else " / ".join(map(str, values))
    return merged


def starting_point_warning(runs: list[dict]) -> str | None:
    """A warning when fully fine-tuned runs among ``runs`` started from different heads, else None.

    Such runs drift apart from their different starts: a soup of three scored 2.5 points of
    dev-rw under their ensemble (docs/experiments.md). LoRA runs average well from any start.
    """
    starts = {run["hyperparameters"].get("init_seed", run["hyperparameters"].get("seed")) for run in runs}
    if len(starts) < 2 or not any(run["hyperparameters"].get("full") for run in runs):
        return None
    return (
        f"warning: these runs started from different heads (seeds {', '.join(map(str, sorted(starts, key=str)))}) and some "
        "fine-tuned the encoder's weights (--full); such soups can score well under their runs. Train them with one "
        "--init-seed, and compare with --rescore."
    )


def soup(task: str, folders: list[Path], out_dir: Path, rank: int | None = None) -> dict:
    """Write the averaged artifact of ``task`` to ``out_dir`` and return its card.

    The card keeps each source's hyperparameters (see :func:`shared_hyperparameters`);
    adapters that differ in reading headlines are refused. Its temperature and dev figures
    are refitted by ``python -m analysis.train TASK --rescore``.
    """
    from safetensors.torch import save_file

    spec = get_task(task)
    sources = [read_source(folder, task) for folder in folders]
    if any(tuple(card["labels"]) != spec.labels for _, card in sources):
        raise AnalysisError(f"These adapters were not trained for the current {task} labels.")
    cards = [card for _, card in sources]
    runs = [run for c in cards for run in runs_of(c)]
    if len({bool(run["hyperparameters"].get("headlines")) for run in runs}) > 1:
        raise AnalysisError(
            "These adapters do not belong together: some read each text with its headline, some do not.",
            "Average runs of one recipe.",
        )
    tensors, rank, alpha = average_adapters(sources, rank)
    card = {
        "task": task,
        "labels": list(spec.labels),
        "head": spec.head,
        "rank": rank,
        "alpha": alpha,
        "temperature": 1.0,
        "hyperparameters": shared_hyperparameters(runs) | {"rank": rank, "alpha": alpha},
        "train_examples": max(c["train_examples"] for c in cards),
        "train_seconds": sum(c["train_seconds"] for c in cards),
        "device": " + ".join(dict.fromkeys(c["device"] for c in cards)),
        "soup_of": [{k: run[k] for k in ("hyperparameters", "train_seconds", "device", "dev")} for run in runs],
        "dev": {},
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    save_file({k: v.to(torch.float16).contiguous() for k, v in tensors.items()}, str(out_dir / f"{task}.safetensors"))
    (out_dir / f"{task}.json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    return card


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.soup", description=__doc__.split("\n\n")[0])
    parser.add_argument("task", choices=sorted(TASKS))
    parser.add_argument("folders", type=Path, nargs="+", help="folders holding TASK.safetensors and TASK.json")
    parser.add_argument("--out", type=Path, default=models_dir(), help="folder for the averaged artifact (default: models/)")
    parser.add_argument("--rank", type=int, help="store the mean update at this rank (default: the sum of the ranks, exact)")
    args = parser.parse_args(argv)
    try:
        card = soup(args.task, args.folders, args.out, args.rank)
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    warning = starting_point_warning(card["soup_of"])
    if warning:
        print(warning, file=sys.stderr)
    print(json.dumps({"task": card["task"], "rank": card["rank"], "out": str(args.out)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
