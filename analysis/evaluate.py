"""Evaluate a task model on a labelled file.

    python -m analysis.evaluate TASK FILE

TASK and FILE format:
- ``targeted``: NewsMTSC JSONL, every target one example (a row's optional ``headline``
  or ``title`` is read as its article's headline); or a PerSenT-style CSV
  (``TARGET_ENTITY``, ``DOCUMENT``, ``Paragraph0`` … ``Paragraph15``), every labelled
  paragraph that names the main entity one example, its name mentions marked;
- ``stance``: CSV with header ``text,topic,label`` (favor/against/neutral);
- ``sentiment``: CSV with header ``text,label`` (negative/neutral/positive);
- ``ner``: ``token<TAB>tag`` lines, BIO tags of types PER/ORG/LOC (others count as O),
  a blank line between sentences;
- ``main-entity``: a PerSenT-style CSV with ``DOCUMENT`` and ``TARGET_ENTITY`` columns;
  scores how often the actor finder (tagger plus actor building) lists the main entity.

The last stdout line is one JSON object with the scores as percentages.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

import numpy as np

from analysis.actors import Actor, find_actors
from analysis.datasets import SequenceExample, TargetExample, TokenExample, read_conll, read_newsmtsc, read_persent
from analysis.errors import AnalysisError
from analysis.gazetteer import TITLE_WORDS
from analysis.metrics import accuracy, entity_f1, expected_calibration_error, macro_f1
from analysis.models import TaskRunner, decoded_tags, load_models
from analysis.registry import TASKS, get_task
from analysis.segment import split_paragraphs

MAIN_ENTITY = "main-entity"
ENTITY_FILLER_WORDS = {"the", "and", "for", "inc", "corp", "ltd"}  # shared words that do not make two names one entity


def check_columns(path: Path, needed: list[str], hint: str = "Fix the header line.") -> None:
    """Raise ``AnalysisError`` unless the CSV file at ``path`` has every column of ``needed``."""
    with open(path, encoding="utf-8", newline="") as handle:
        header = set(next(csv.reader(handle), []))
    if not set(needed) <= header:
        names = ", ".join(needed[:-1]) + f" and {needed[-1]}" if len(needed) > 1 else needed[0]
        raise AnalysisError(f"{path} must have the columns {names}.", hint)


def read_csv_examples(path: Path, task: str) -> list[SequenceExample]:
    """Examples of a ``text,label`` (sentiment) or ``text,topic,label`` (stance) CSV file."""
    spec = get_task(task)
    check_columns(path, ["text", "topic", "label"] if task == "stance" else ["text", "label"])
    with open(path, encoding="utf-8", newline="") as handle:
        examples = []
        for line, row in enumerate(csv.DictReader(handle), start=2):
            label = (row["label"] or "").strip().lower()
            if label not in spec.labels:
                raise AnalysisError(f"{path}:{line}: label {label!r} is not one of {', '.join(spec.labels)}.")
            examples.append(SequenceExample(row["text"], label, row.get("topic") if task == "stance" else None))
    return examples


def read_persent_paragraphs(path: Path) -> list[TargetExample]:
    """The labelled paragraphs of a PerSenT-style CSV that mention its main entity, each with
    its article's headline (``TITLE``, if the CSV has one)."""
    check_columns(
        path,
        ["DOCUMENT", "TARGET_ENTITY", "Paragraph0"],
        "Give a PerSenT-style CSV (paragraph labels in Paragraph0 … Paragraph15), or NewsMTSC JSONL with a .jsonl name.",
    )
    try:
        return [e for examples in read_persent([path], headlines=True).values() for e in examples]
    except ValueError as exc:
        raise AnalysisError(str(exc) + ".", "Use Positive, Neutral or Negative, or leave the cell blank.") from exc


def read_examples(task: str, path: Path) -> list:
    """The labelled examples of ``path`` in the format of ``task``."""
    get_task(task)
    if not path.is_file():
        raise AnalysisError(f"No such file: {path}.")
    if task == "targeted":
        return read_persent_paragraphs(path) if path.suffix.lower() == ".csv" else read_newsmtsc(path)
    if task == "ner":
        return read_conll(path, wnut=True)
    return read_csv_examples(path, task)


def predict_examples(runner: TaskRunner, examples: list) -> np.ndarray:
    """Class probabilities for sequence or targeted examples."""
    if examples and isinstance(examples[0], TargetExample):
        return runner.predict_targets([e.text for e in examples], [e.spans for e in examples], [e.headline for e in examples])
    pairs = [e.pair for e in examples] if examples and examples[0].pair is not None else None
    return runner.predict([e.text for e in examples], pairs)


def score(runner: TaskRunner, examples: list) -> dict:
    """Scores of ``runner`` on ``examples``: macro-F1, accuracy and ECE, or entity F1 for the tagger."""
    if runner.spec.name == "ner":
        pred = [decoded_tags(words) for words in runner.tag_words([e.words for e in examples])]
        return {"n": len(examples), **entity_f1([e.tags for e in examples], pred)}
    probs = predict_examples(runner, examples)
    labels = runner.labels
    gold = [e.label for e in examples]
    pred = [labels[i] for i in probs.argmax(1)] if len(examples) else []
    return {
        "n": len(examples),
        "macro_f1": macro_f1(gold, pred, labels),
        "accuracy": accuracy(gold, pred),
        "ece": expected_calibration_error(probs, [labels.index(g) for g in gold]),
    }


def read_main_entities(path: Path) -> list[tuple[str, str]]:
    """(document text, main entity) pairs of a PerSenT-style CSV."""
    if not path.is_file():
        raise AnalysisError(f"No such file: {path}.")
    check_columns(path, ["DOCUMENT", "TARGET_ENTITY"])
    with open(path, encoding="utf-8", newline="") as handle:
        return [(row["DOCUMENT"], row["TARGET_ENTITY"].strip()) for row in csv.DictReader(handle) if row["TARGET_ENTITY"].strip()]


def _name_words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) > 2 and w not in ENTITY_FILLER_WORDS}


def stands_for(actor: Actor, entity: str) -> bool:
    """Whether ``actor`` is the named entity: the entity, with or without a title before it ("Mr Xi"), is one of its
    names, or they share a name word ("Aquino")."""
    names = {n.casefold() for n in (actor.name, *actor.aliases)}
    words = entity.split()
    while len(words) > 1 and words[0].casefold().strip(".") in TITLE_WORDS:
        words.pop(0)
    return bool({entity.casefold(), " ".join(words).casefold()} & names) \
        or any(_name_words(entity) & _name_words(n) for n in names)


def main_entity_found(documents: list[tuple[str, str]], tagger) -> dict:
    """How often the main entity of each document is among its actors (``found``, a percentage)."""
    found = 0
    for text, entity in documents:
        _, actors, _ = find_actors(text, split_paragraphs(text), tagger=tagger)
        found += any(stands_for(actor, entity) for actor in actors)
    return {"n": len(documents), "found": round(100 * found / max(len(documents), 1), 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("task", choices=sorted([*TASKS, MAIN_ENTITY]))
    parser.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.task == MAIN_ENTITY:
            documents = read_main_entities(args.file)
            result = main_entity_found(documents, load_models(("ner",))["ner"].tag)
        else:
            examples = read_examples(args.task, args.file)
            runner = load_models((args.task,))[args.task]
            result = score(runner, examples)
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps({"task": args.task, **result}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
