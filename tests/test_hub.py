"""Hub runners on tiny models built in a temporary folder; the hub itself is never contacted."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch
import transformers
from transformers import (
    AutoModelForSequenceClassification,
    AutoTokenizer,
    BertConfig,
    BertForSequenceClassification,
    BertForTokenClassification,
    BertTokenizerFast,
)

from analysis.errors import AnalysisError
from analysis.hub import (
    HubSentimentRunner,
    HubStanceRunner,
    HubTagger,
    entity_type,
    load_hub_runner,
    sentiment_label_map,
    validate_model_id,
)
from analysis.registry import TASKS

WORDS = "alice met acme in new york on monday the tax is good bad this text supports opposes neutral about carbon".split()
VOCAB = {token: i for i, token in enumerate(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", ".", *WORDS])}
NER_LABELS = ["O", "B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "B-GPE", "I-GPE", "B-DATE", "I-DATE"]
# the tiny tagger tags each word by its embedding alone (see ner_model)
NER_WORD_LABEL = {"alice": "B-PERSON", "acme": "B-ORG", "new": "B-GPE", "york": "I-GPE", "monday": "B-DATE"}
TEXTS = ["Alice met Acme in New York.", "The tax is bad.", "this text is good"]
CUSTOM_CODE = """\
from pathlib import Path
Path({marker!r}).write_text("custom code ran")
from transformers import BertConfig, BertForSequenceClassification
class CustomConfig(BertConfig):
    model_type = "custom-xyz"
class CustomModel(BertForSequenceClassification):
    config_class = CustomConfig
"""


def _config(labels: list[str], **extra) -> BertConfig:
    sizes = {"vocab_size": len(VOCAB), "hidden_size": 16, "num_hidden_layers": 1, "num_attention_heads": 2,
             "intermediate_size": 32, **extra}
    return BertConfig(id2label=dict(enumerate(labels)), label2id={label: i for i, label in enumerate(labels)}, **sizes)


def _save(model: torch.nn.Module, folder: Path) -> str:
    model.save_pretrained(folder)
    BertTokenizerFast(vocab=VOCAB).save_pretrained(folder)
    return str(folder)


def ner_model() -> BertForTokenClassification:
    """No layers: a word's one-hot embedding survives LayerNorm and picks its label; 16 positions force chunking."""
    model = BertForTokenClassification(_config(NER_LABELS, num_hidden_layers=0, max_position_embeddings=16))
    with torch.no_grad():
        emb = model.bert.embeddings
        for table in (emb.word_embeddings, emb.position_embeddings, emb.token_type_embeddings):
            table.weight.zero_()
        for token, i in VOCAB.items():
            emb.word_embeddings.weight[i, NER_LABELS.index(NER_WORD_LABEL.get(token, "O"))] = 10.0
        model.classifier.weight.copy_(torch.eye(len(NER_LABELS), 16))
        model.classifier.bias.zero_()
    return model


@pytest.fixture(scope="session")
def folders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("hub-models")
    torch.manual_seed(0)
    out = {
        "sentiment": _save(BertForSequenceClassification(_config(["negative", "neutral", "positive"])), root / "sentiment"),
        "scrambled": _save(BertForSequenceClassification(_config(["POSITIVE", "neg", "Neutral"])), root / "scrambled"),
        "binary": _save(BertForSequenceClassification(_config(["LABEL_0", "LABEL_1"])), root / "binary"),
        "nli": _save(BertForSequenceClassification(_config(["entailment", "neutral", "contradiction"])), root / "nli"),
        "ner": _save(ner_model(), root / "ner"),
        "ner_misc": _save(BertForTokenClassification(_config(["O", "B-MISC", "I-MISC"])), root / "ner_misc"),
    }
    for name, model_type in (("custom_bert", "bert"), ("custom_only", "custom-xyz")):
        folder = root / name
        _save(BertForSequenceClassification(_config(["negative", "neutral", "positive"])), folder)
        (folder / "custom.py").write_text(CUSTOM_CODE.format(marker=str(root / f"{name}.ran")))
        config = json.loads((folder / "config.json").read_text())
        config["model_type"] = model_type
        config["auto_map"] = {"AutoConfig": "custom.CustomConfig", "AutoModelForSequenceClassification": "custom.CustomModel"}
        (folder / "config.json").write_text(json.dumps(config))
        out[name] = str(folder)
    return out


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    # any request that slips through raises instead of reaching the network
    monkeypatch.setattr("huggingface_hub.constants.HF_HUB_OFFLINE", True)


@pytest.fixture
def load_calls(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    """Keyword arguments of every config, tokenizer and model load made while the test runs."""
    calls: list[dict] = []
    for cls in (transformers.AutoConfig, transformers.AutoTokenizer, transformers.AutoModelForSequenceClassification):
        real = cls.from_pretrained

        def spy(*args, _real=real, **kwargs):
            calls.append(kwargs)
            return _real(*args, **kwargs)

        monkeypatch.setattr(cls, "from_pretrained", spy)
    return calls


def _logits(folder: str, texts: list[str], pairs: list[str] | None = None) -> torch.Tensor:
    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = AutoModelForSequenceClassification.from_pretrained(folder).eval()
    with torch.no_grad():
        return model(**tokenizer(texts, pairs, padding=True, return_tensors="pt")).logits


@pytest.mark.parametrize(
    ("name", "columns"),
    [("sentiment", [0, 1, 2]), ("scrambled", [1, 2, 0]), ("binary", [0, None, 1])],
)
def test_sentiment_columns_follow_spec_order(folders, name, columns):
    runner = load_hub_runner("sentiment", folders[name])
    assert isinstance(runner, HubSentimentRunner) and runner.labels == TASKS["sentiment"].labels
    probs = runner.predict(TEXTS)
    raw = _logits(folders[name], TEXTS).softmax(-1).numpy()
    expected = np.stack([raw[:, c] if c is not None else np.zeros(len(TEXTS)) for c in columns], axis=1)
    assert probs.shape == (3, 3)
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-6)
    np.testing.assert_allclose(probs, expected, atol=1e-5)
    assert runner.predict([]).shape == (0, 3)
    topics = ["tax", "acme", "tax"]
    paired = _logits(folders[name], TEXTS, topics).softmax(-1).numpy()
    np.testing.assert_allclose(runner.predict(TEXTS, pairs=topics)[:, 2], paired[:, columns[2]], atol=1e-5)


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        (["NEGATIVE", "POSITIVE"], ["negative", "positive"]),
        (["neg", "Neu", "pos"], ["negative", "neutral", "positive"]),
        (["LABEL_0", "LABEL_1", "LABEL_2"], ["negative", "neutral", "positive"]),
        (["LABEL_1", "LABEL_0"], ["positive", "negative"]),
    ],
)
def test_sentiment_label_map(labels, expected):
    assert sentiment_label_map(labels) == dict(zip(labels, expected))


@pytest.mark.parametrize("labels", [["joy", "anger"], ["neutral", "positive"], [f"LABEL_{i}" for i in range(5)]])
def test_sentiment_label_map_refuses_other_labels(labels):
    with pytest.raises(AnalysisError, match="sentiment"):
        sentiment_label_map(labels)


def test_stance_is_a_distribution_over_nli_hypotheses(folders):
    runner = load_hub_runner("stance", folders["nli"])
    assert isinstance(runner, HubStanceRunner) and runner.labels == ("against", "neutral", "favor")
    topics = ["the carbon tax", "acme", "the carbon tax"]
    probs = runner.predict(TEXTS, pairs=topics)
    assert probs.shape == (3, 3)
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-6)
    for text, topic, row in zip(TEXTS, topics, probs):
        hypotheses = [f"This text opposes {topic}.", f"This text is neutral about {topic}.", f"This text supports {topic}."]
        entailment = _logits(folders["nli"], [text] * 3, hypotheses)[:, 0]
        np.testing.assert_allclose(row, entailment.softmax(-1).numpy(), atol=1e-5)
    with pytest.raises(AnalysisError):
        runner.predict(TEXTS)


def test_tagger_spans_are_offsets_into_the_text(folders):
    runner = load_hub_runner("ner", folders["ner"])
    assert isinstance(runner, HubTagger)
    text = "Alice met Acme in New York on Monday."
    long_text = "the tax is good " * 12 + "Alice met Acme."  # past the 16-position window
    short, long = runner.tag([text, long_text])
    assert [(text[e.start:e.end], e.label) for e in short] == [("Alice", "PER"), ("Acme", "ORG"), ("New York", "LOC")]
    assert [(long_text[e.start:e.end], e.label) for e in long] == [("Alice", "PER"), ("Acme", "ORG")]
    assert all(0 < e.score <= 1 for e in short + long)
    assert runner.tag([]) == []


@pytest.mark.parametrize(
    ("label", "expected"),
    [("B-PER", "PER"), ("I-PERSON", "PER"), ("ORGANIZATION", "ORG"), ("GPE", "LOC"), ("B-LOC", "LOC"),
     ("MISC", None), ("B-DATE", None)],
)
def test_entity_type(label, expected):
    assert entity_type(label) == expected


@pytest.mark.parametrize("model_id", ["distilbert-base-uncased", "cardiffnlp/twitter-roberta-base-sentiment-latest",
                                      "org/name@main", "org/name@refs/pr/1", "Org_1/name.v2@0123abcd"])
def test_valid_hub_ids(model_id):
    assert validate_model_id(model_id) == model_id


@pytest.mark.parametrize(
    "model_id",
    ["http://x", "../etc", "a b", "", "a" * 200, "org/name;rm", "org/name@", "org/na--me", "-org/name",
     "org/name@../x", "a/b/c", "org/name.git", "$(reboot)", "x" * 300, "x\0y"],
)
def test_invalid_ids_are_refused(model_id):
    with pytest.raises(AnalysisError, match="not a valid model id"):
        validate_model_id(model_id)


def test_local_folder_ids(folders, tmp_path):
    assert validate_model_id(folders["sentiment"]) == str(Path(folders["sentiment"]).resolve())
    with pytest.raises(AnalysisError, match="config.json"):
        validate_model_id(str(tmp_path))


def test_missing_model_offline_is_an_analysis_error(load_calls):
    with pytest.raises(AnalysisError) as caught:
        load_hub_runner("sentiment", "nobody-here/no-such-model-3141")
    assert "no-such-model-3141" in caught.value.message and "HF_HUB_OFFLINE" in caught.value.hint
    assert load_calls[0]["local_files_only"] is True


@pytest.mark.parametrize(
    ("task", "name", "match"),
    [("sentiment", "ner", "not a text-classification"), ("sentiment", "nli", "do not look like sentiment"),
     ("stance", "sentiment", "entailment"), ("ner", "sentiment", "not a token-classification"),
     ("ner", "ner_misc", "no persons")],
)
def test_model_for_another_task_is_refused(folders, task, name, match):
    with pytest.raises(AnalysisError, match=match):
        load_hub_runner(task, folders[name])


def test_targeted_and_unknown_tasks_are_refused(folders):
    with pytest.raises(AnalysisError) as caught:
        load_hub_runner("targeted", folders["sentiment"])
    assert "sentiment, stance, ner" in caught.value.hint
    with pytest.raises(AnalysisError, match="Unknown task"):
        load_hub_runner("emotion", folders["sentiment"])


def test_revision_conflicts_are_refused(folders):
    with pytest.raises(AnalysisError, match="revision"):
        load_hub_runner("sentiment", folders["sentiment"], revision="main")
    with pytest.raises(AnalysisError, match="revision"):
        load_hub_runner("sentiment", "org/name@v1", revision="v2")


@pytest.mark.parametrize("name", ["custom_bert", "custom_only"])
def test_repository_code_never_runs(folders, load_calls, name):
    try:
        runner = load_hub_runner("sentiment", folders[name])
        assert name == "custom_bert" and runner.pipe.model.__class__ is BertForSequenceClassification
    except AnalysisError:
        assert name == "custom_only"
    assert not (Path(folders[name]).parent / f"{name}.ran").exists()
    assert load_calls and all(call["trust_remote_code"] is False for call in load_calls)
    assert all(call["local_files_only"] is True for call in load_calls)
