"""Label the actor mentions that NewsMTSC's training sentences leave unannotated, with trained targeted models.

    python -m analysis.pseudo TEACHER_DIR [TEACHER_DIR ...] --out FILE [--data-dir ../shared/data] [--min-prob 0.6]
    python -m analysis.train targeted --add-train FILE ...

NewsMTSC labels a few targets per sentence; the shipped tagger finds about as many
other person mentions there that carry no label. Each such person is read as the
app reads an actor (all its mentions in the sentence marked at once), scored by
every teacher (a folder holding ``targeted.safetensors`` and ``targeted.json``: a
training run, a soup, or ``models/``), and kept with the label of the teachers'
geometric-mean probabilities where that probability reaches ``--min-prob``.
FILE is NewsMTSC JSONL, read by ``--add-train`` and ``analysis.evaluate`` alike.
It holds NewsMTSC's sentences, so write it outside the project's tracked files
(``runs/`` is ignored).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import numpy as np

from analysis.datasets import DEFAULT_DATA_DIR, POLARITY
from analysis.errors import AnalysisError
from analysis.models import EntitySpan, load_models
from analysis.registry import MODELS_DIR_ENV

MIN_PROB = 0.6
KINDS = ("PER",)  # NewsMTSC targets people: 6,143 of the 7,418 target mentions the tagger finds are PER
POLARITY_OF = {label: value for value, label in POLARITY.items()}


def actor_key(mention: str) -> str:
    """What groups mentions of one actor in a sentence: the last word, lower-cased, without a possessive."""
    word = mention.split()[-1].lower() if mention.strip() else ""
    for suffix in ("'s", "’s"):
        word = word.removesuffix(suffix)
    return word


def unannotated_actors(row: dict, entities: list[EntitySpan], kinds: tuple[str, ...] = KINDS) -> list[list[tuple[int, int]]]:
    """The mention spans of each tagged actor of ``kinds`` in a NewsMTSC row that none of its targets covers.

    A tagged mention is left out where it overlaps a target's mention or shares a target's
    :func:`actor_key` (an unlisted mention of an annotated actor); the rest are grouped by that key.
    """
    text = row["sentence_normalized"]
    taken, keys = [], set()
    for target in row["targets"]:
        taken.append((int(target["from"]), int(target["to"])))
        taken += [(int(m["from"]), int(m["to"])) for m in target.get("further_mentions") or []]
        keys.add(actor_key(target["mention"]))
    actors: dict[str, list[tuple[int, int]]] = {}
    for entity in entities:
        key = actor_key(text[entity.start:entity.end])
        if entity.label not in kinds or key in keys or any(a < entity.end and entity.start < b for a, b in taken):
            continue
        actors.setdefault(key, []).append((entity.start, entity.end))
    return list(actors.values())


def geometric_mean(probs: list[np.ndarray]) -> np.ndarray:
    """The normalised geometric mean of several models' probabilities (n × labels each)."""
    log = np.mean([np.log(np.clip(p, 1e-9, None)) for p in probs], axis=0)
    mean = np.exp(log - log.max(axis=1, keepdims=True))
    return mean / mean.sum(axis=1, keepdims=True)


def teacher_probs(folders: list[Path], texts: list[str], spans: list[list[tuple[int, int]]]) -> tuple[np.ndarray, tuple[str, ...]]:
    """The teachers' geometric-mean probabilities for each (text, spans), and the labels of its columns."""
    probs, labels = [], ()
    before = os.environ.get(MODELS_DIR_ENV)
    try:
        for folder in folders:
            if not (folder / "targeted.safetensors").is_file():
                raise AnalysisError(f"No targeted model in {folder}.", "Name folders that hold targeted.safetensors and targeted.json.")
            os.environ[MODELS_DIR_ENV] = str(folder)
            runner = load_models(("targeted",))["targeted"]
            probs.append(runner.predict_targets(texts, spans))
            labels = runner.labels
    finally:
        if before is None:
            os.environ.pop(MODELS_DIR_ENV, None)
        else:
            os.environ[MODELS_DIR_ENV] = before
    return geometric_mean(probs), labels


def pseudo_label(rows: list[dict], teachers: list[Path], min_prob: float = MIN_PROB) -> list[dict]:
    """NewsMTSC rows, one per unannotated actor that the teachers label with at least ``min_prob``.

    Each row keeps its sentence, the actor's first mention as the target (the others as
    ``further_mentions``) and the teachers' probabilities under ``teacher_probs``.
    """
    texts = [row["sentence_normalized"] for row in rows]
    tagger = load_models(("ner",))["ner"]
    found = [(text, spans) for row, text, entities in zip(rows, texts, tagger.tag(texts)) for spans in unannotated_actors(row, entities)]
    if not found:
        return []
    probs, labels = teacher_probs(teachers, [text for text, _ in found], [spans for _, spans in found])
    out = []
    for (text, spans), p in zip(found, probs):
        if p.max() < min_prob:
            continue
        (start, end), *more = spans
        target = {"from": start, "to": end, "mention": text[start:end], "polarity": POLARITY_OF[labels[int(p.argmax())]]}
        if more:
            target["further_mentions"] = [{"from": a, "to": b, "mention": text[a:b]} for a, b in more]
        out.append({"sentence_normalized": text, "targets": [target], "teacher_probs": dict(zip(labels, np.round(p, 4).tolist()))})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.pseudo", description=__doc__.split("\n\n")[0])
    parser.add_argument("teachers", type=Path, nargs="+", help="folders holding targeted.safetensors and targeted.json")
    parser.add_argument("--out", type=Path, required=True, help="the NewsMTSC JSONL file to write (keep it out of the project)")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--min-prob", type=float, default=MIN_PROB, help=f"keep an actor whose label has at least this probability (default {MIN_PROB})")
    args = parser.parse_args(argv)
    if not 0 <= args.min_prob <= 1:
        parser.error("--min-prob must be between 0 and 1")
    source = args.data_dir / "newsmtsc" / "train.jsonl"
    try:
        with open(source, encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        out = pseudo_label(rows, args.teachers, args.min_prob)
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError:
        print(f"error: {source} is missing. Give --data-dir the folder that holds the training sets (see its README.md).", file=sys.stderr)
        return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in out), encoding="utf-8")
    counts = {label: sum(POLARITY[row["targets"][0]["polarity"]] == label for row in out) for label in POLARITY.values()}
    print(json.dumps({"sentences": len(rows), "labelled": len(out), "labels": counts, "out": str(args.out)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
