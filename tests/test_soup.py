"""Averaging adapters (analysis.soup): the stored adapter's update is exactly the mean of the sources'."""
import json

import numpy as np
import pytest
import torch
from transformers import BertConfig, BertModel

from analysis.errors import AnalysisError
from analysis.models import load_models
from analysis.network import MultiTaskEncoder
from analysis.registry import MODELS_DIR_ENV, SHIPPED_MODELS_DIR
from analysis.soup import average_adapters, soup
from tests.test_cli import run


def source_network() -> MultiTaskEncoder:
    torch.manual_seed(0)
    config = BertConfig(vocab_size=50, hidden_size=16, num_hidden_layers=2, num_attention_heads=2, intermediate_size=32)
    network = MultiTaskEncoder(BertModel(config).eval())
    for task, rank, alpha in (("a", 4, 8), ("b", 2, 6)):  # different ranks and scales
        network.add_task(task, "sequence", 3, rank=rank, alpha=alpha)
        with torch.no_grad():
            for layer in network.lora_layers.values():
                layer.lora_b[task].normal_()
    return network


def test_the_averaged_update_is_the_mean_of_the_updates():
    network = source_network()
    sources = [
        ({k: v.detach() for k, v in network.task_parameters(task).items()}, {"rank": rank, "alpha": alpha, "head": "sequence"})
        for task, rank, alpha in (("a", 4, 8), ("b", 2, 6))
    ]
    tensors, rank, alpha = average_adapters(sources)
    assert (rank, alpha) == (6, 12.0)
    network.add_task("soup", "sequence", 3, rank=rank, alpha=alpha)
    with torch.no_grad():
        for name, param in network.task_parameters("soup").items():
            param.copy_(tensors[name])
        for layer in network.lora_layers.values():
            updates = [layer.merged_weight(task) - layer.base.weight for task in ("a", "b")]
            torch.testing.assert_close(layer.merged_weight("soup") - layer.base.weight, (updates[0] + updates[1]) / 2)
        head = network.heads
        torch.testing.assert_close(head["soup"].out.weight, (head["a"].out.weight + head["b"].out.weight) / 2)


@pytest.mark.parametrize(
    "sources, message",
    [
        ([({"x.a": torch.zeros(1)}, {"rank": 1, "alpha": 2, "head": "sequence"})], "at least two"),
        (
            [({"x.a": torch.zeros(1)}, {"rank": 1, "alpha": 2, "head": "sequence"}), ({"y.a": torch.zeros(1)}, {"rank": 1, "alpha": 2, "head": "sequence"})],
            "do not belong together",
        ),
        (
            [({"x.a": torch.zeros(1)}, {"rank": 1, "alpha": 2, "head": "sequence"}), ({"x.a": torch.zeros(1)}, {"rank": 1, "alpha": 2, "head": "target"})],
            "do not belong together",
        ),
    ],
)
def test_adapters_that_cannot_be_averaged(sources, message):
    with pytest.raises(AnalysisError, match=message):
        average_adapters(sources)


def test_a_soup_of_one_adapter_with_itself_predicts_as_it_does(tmp_path, monkeypatch, models):
    card = soup("targeted", [SHIPPED_MODELS_DIR, SHIPPED_MODELS_DIR], tmp_path)
    shipped = json.loads((SHIPPED_MODELS_DIR / "targeted.json").read_text())
    assert card["rank"] == 2 * shipped["rank"] and card["dev"] == {} and len(card["soup_of"]) == 2
    monkeypatch.setenv(MODELS_DIR_ENV, str(tmp_path))
    souped = load_models(("targeted",))["targeted"]
    souped.temperature = models["targeted"].temperature
    texts, spans = ["Critics blamed Lavrov for the deadly collapse of the talks."], [[(15, 21)]]
    np.testing.assert_allclose(souped.predict_targets(texts, spans), models["targeted"].predict_targets(texts, spans), atol=1e-4)


@pytest.mark.parametrize(
    "folders, message", [([SHIPPED_MODELS_DIR], "at least two"), ([SHIPPED_MODELS_DIR, "missing"], "No targeted artifact")]
)
def test_soup_command_bad_input(tmp_path, folders, message):
    result = run("analysis.soup", "targeted", *[str(tmp_path / f) for f in folders], "--out", str(tmp_path / "out"))
    assert not (tmp_path / "out").exists()
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
