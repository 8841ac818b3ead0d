"""Scores for the model card and the evaluation command (percentages, one decimal)."""
from __future__ import annotations

from collections import Counter

import numpy as np


def macro_f1(gold: list[str], pred: list[str], labels: tuple[str, ...]) -> float:
    """Macro-averaged F1 over ``labels`` (a label absent from both lists scores 0)."""
    scores = []
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, pred))
        fp = sum(g != label and p == label for g, p in zip(gold, pred))
        fn = sum(g == label and p != label for g, p in zip(gold, pred))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return round(100 * float(np.mean(scores)), 1)


def accuracy(gold: list[str], pred: list[str]) -> float:
    """Share of exact matches."""
    return round(100 * sum(g == p for g, p in zip(gold, pred)) / max(len(gold), 1), 1)


def expected_calibration_error(probs: np.ndarray, gold: list[int], bins: int = 10) -> float:
    """ECE of the top-class confidence over equal-width bins."""
    if len(gold) == 0:
        return 0.0
    confidence = probs.max(1)
    correct = probs.argmax(1) == np.asarray(gold)
    edges = np.linspace(0, 1, bins + 1)
    ece = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        inside = (confidence > lo) & (confidence <= hi)
        if inside.any():
            ece += inside.mean() * abs(correct[inside].mean() - confidence[inside].mean())
    return round(100 * float(ece), 1)


def entities(tags: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) word spans of a BIO sequence; a stray I- starts an entity."""
    spans, start, kind = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, this = tag.partition("-")
        if start is not None and not (prefix == "I" and this == kind):
            spans.add((start, i, kind))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = i, this
    return spans


def entity_f1(gold: list[list[str]], pred: list[list[str]], types: tuple[str, ...] = ("PER", "ORG", "LOC")) -> dict:
    """Entity-level micro F1 overall and per type."""
    counts = {t: Counter() for t in types}
    for g_tags, p_tags in zip(gold, pred):
        g, p = entities(g_tags), entities(p_tags)
        for t in types:
            gt = {e for e in g if e[2] == t}
            pt = {e for e in p if e[2] == t}
            counts[t]["tp"] += len(gt & pt)
            counts[t]["fp"] += len(pt - gt)
            counts[t]["fn"] += len(gt - pt)

    def f1(c: Counter) -> float:
        denom = 2 * c["tp"] + c["fp"] + c["fn"]
        return round(100 * 2 * c["tp"] / denom, 1) if denom else 0.0

    total = sum(counts.values(), Counter())
    return {"f1": f1(total), "per_type": {t: f1(c) for t, c in counts.items()}}
