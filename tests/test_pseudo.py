"""Pseudo-labelled actors from NewsMTSC's unannotated mentions (analysis.pseudo)."""
import json

import numpy as np
import pytest

from analysis import pseudo
from analysis.datasets import read_newsmtsc
from analysis.models import EntitySpan
from tests.test_cli import ROOT, run

SENTENCE = "Pelosi met Trump, and Mr. Trump thanked Schumer while Pelosi's aide and NATO watched."
ROW = {"sentence_normalized": SENTENCE, "targets": [{"from": 0, "to": 6, "mention": "Pelosi", "polarity": 4.0}]}


def entity(text: str, label: str, nth: int = 0) -> EntitySpan:
    start = -1
    for _ in range(nth + 1):
        start = SENTENCE.index(text, start + 1)
    return EntitySpan(start, start + len(text), label, 0.9)


ENTITIES = [
    entity("Pelosi", "PER"),
    entity("Trump", "PER"),
    entity("Mr. Trump", "PER"),
    entity("Schumer", "PER"),
    entity("Pelosi's", "PER"),
    entity("NATO", "ORG"),
]


@pytest.mark.parametrize(
    "mention, key",
    [("Donald Trump", "trump"), ("Mr. Kutesa’s", "kutesa"), ("Trump's", "trump"), ("NATO", "nato"), ("  ", "")],
)
def test_actor_key(mention, key):
    assert pseudo.actor_key(mention) == key


def test_unannotated_actors_groups_mentions_and_skips_the_annotated_and_other_kinds():
    assert pseudo.unannotated_actors(ROW, ENTITIES) == [[(11, 16), (22, 31)], [(40, 47)]]
    assert pseudo.unannotated_actors(ROW, ENTITIES, kinds=("ORG",)) == [[(72, 76)]]
    further = {**ROW, "targets": [{**ROW["targets"][0], "further_mentions": [{"from": 11, "to": 16, "mention": "Trump"}]}]}
    assert pseudo.unannotated_actors(further, ENTITIES) == [[(22, 31)], [(40, 47)]]


def test_geometric_mean():
    got = pseudo.geometric_mean([np.array([[0.8, 0.1, 0.1], [1.0, 0.0, 0.0]]), np.array([[0.2, 0.4, 0.4], [0.0, 1.0, 0.0]])])
    np.testing.assert_allclose(got, [[0.5, 0.25, 0.25], [0.5, 0.5, 0.0]], atol=1e-4)  # a zero is clipped, so one model cannot veto a label


def test_pseudo_label_keeps_confident_actors_as_newsmtsc_rows(monkeypatch):
    class Tagger:
        def tag(self, texts):
            return [ENTITIES for _ in texts]

    monkeypatch.setattr(pseudo, "load_models", lambda tasks: {"ner": Tagger()})
    seen = {}

    def teachers(folders, texts, spans):
        seen.update(folders=folders, spans=spans)
        return np.array([[0.1, 0.2, 0.7], [0.4, 0.5, 0.1]]), ("negative", "neutral", "positive")

    monkeypatch.setattr(pseudo, "teacher_probs", teachers)
    rows = pseudo.pseudo_label([ROW], [ROOT / "models"], min_prob=0.6)
    assert seen == {"folders": [ROOT / "models"], "spans": [[(11, 16), (22, 31)], [(40, 47)]]}
    assert rows == [{
        "sentence_normalized": SENTENCE,
        "targets": [{"from": 11, "to": 16, "mention": "Trump", "polarity": 6.0,
                     "further_mentions": [{"from": 22, "to": 31, "mention": "Mr. Trump"}]}],
        "teacher_probs": {"negative": 0.1, "neutral": 0.2, "positive": 0.7},
    }]
    assert len(pseudo.pseudo_label([ROW], [ROOT / "models"], min_prob=0.5)) == 2


@pytest.fixture(scope="module")
def tiny_newsmtsc(tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    (data / "newsmtsc").mkdir()
    rows = [
        {"sentence_normalized": "Angela Merkel praised Emmanuel Macron for his brave and generous leadership.",
         "targets": [{"from": 0, "to": 13, "mention": "Angela Merkel", "polarity": 6.0}]},
        {"sentence_normalized": "The weather stayed calm all week.", "targets": [{"from": 4, "to": 11, "mention": "weather", "polarity": 4.0}]},
    ]
    (data / "newsmtsc" / "train.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return data


def test_pseudo_command_writes_rows_that_training_reads(tiny_newsmtsc, tmp_path):
    out = tmp_path / "pseudo.jsonl"
    result = run("analysis.pseudo", str(ROOT / "models"), str(ROOT / "models"), "--data-dir", str(tiny_newsmtsc), "--min-prob", "0", "--out", str(out))
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert (summary["sentences"], summary["labelled"], sum(summary["labels"].values())) == (2, 1, 1)
    [example] = read_newsmtsc(out)
    assert example.text.startswith("Angela Merkel praised") and example.spans == [(22, 37)]
    assert example.label in ("negative", "neutral", "positive")


@pytest.mark.parametrize(
    "args, message",
    [
        (["nowhere"], "No targeted model in nowhere"),
        (["models", "--min-prob", "2"], "--min-prob must be between 0 and 1"),
        (["models", "--data-dir", "missing"], "newsmtsc/train.jsonl is missing"),
    ],
)
def test_pseudo_bad_input(tiny_newsmtsc, tmp_path, args, message):
    data = [] if "--data-dir" in args else ["--data-dir", str(tiny_newsmtsc)]
    result = run("analysis.pseudo", *args, *data, "--out", str(tmp_path / "out.jsonl"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert message in result.stderr
    assert not (tmp_path / "out.jsonl").exists()
