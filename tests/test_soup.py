"""Averaging adapters (analysis.soup): the stored adapter's update is exactly the mean of the sources'."""
import dataclasses
import json

import numpy as np
import pytest
import torch
from transformers import BertConfig, BertModel

from analysis.errors import AnalysisError
from analysis.models import load_models
from analysis.network import MultiTaskEncoder
from analysis.registry import MODELS_DIR_ENV, SHIPPED_MODELS_DIR
from analysis.soup import average_adapters, shared_hyperparameters, soup, starting_point_warning
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


def sources_of(network: MultiTaskEncoder) -> list[tuple[dict, dict]]:
    return [
        ({k: v.detach() for k, v in network.task_parameters(task).items()}, {"rank": rank, "alpha": alpha, "head": "sequence"})
        for task, rank, alpha in (("a", 4, 8), ("b", 2, 6))
    ]


def souped_updates(network: MultiTaskEncoder, rank: int | None) -> list[tuple[torch.Tensor, torch.Tensor]]:
    """(stored update, mean of the sources' updates) for every layer, after adding the soup as a task."""
    tensors, rank, alpha = average_adapters(sources_of(network), rank)
    network.add_task(f"soup{rank}", "sequence", 3, rank=rank, alpha=alpha)
    with torch.no_grad():
        for name, param in network.task_parameters(f"soup{rank}").items():
            param.copy_(tensors[name])
        return [
            (layer.merged_weight(f"soup{rank}") - layer.base.weight, sum(layer.merged_weight(t) - layer.base.weight for t in "ab") / 2)
            for layer in network.lora_layers.values()
        ]


def test_the_averaged_update_is_the_mean_of_the_updates():
    network = source_network()
    for stored, mean in souped_updates(network, None):
        torch.testing.assert_close(stored, mean, atol=1e-5, rtol=1e-5)
    assert network.switch.scale["soup6"] == 2.0
    heads = network.heads
    torch.testing.assert_close(heads["soup6"].out.weight, (heads["a"].out.weight + heads["b"].out.weight) / 2)


def test_a_lower_rank_keeps_the_best_approximation():
    network = source_network()
    for stored, mean in souped_updates(network, 2):
        u, s, vh = torch.linalg.svd(mean)
        torch.testing.assert_close(stored, (u[:, :2] * s[:2]) @ vh[:2], atol=1e-5, rtol=1e-5)
        assert torch.linalg.matrix_rank(stored) == 2


def test_a_rank_larger_than_a_layer_is_refused():
    with pytest.raises(AnalysisError, match="more than a layer"):
        average_adapters(sources_of(source_network()), 100)


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
    assert card["rank"] == 2 * shipped["rank"] and card["dev"] == {}
    assert card["soup_of"] == 2 * shipped.get("soup_of", [shipped])  # a soup counts as the runs it averages
    same = {k: v for k, v in shipped["hyperparameters"].items() if k != "seed"} | {"rank": card["rank"], "alpha": card["alpha"]}
    assert {k: v for k, v in card["hyperparameters"].items() if k != "seed"} == same
    monkeypatch.setenv(MODELS_DIR_ENV, str(tmp_path))
    souped = load_models(("targeted",), precision="fp32")["targeted"]
    shipped_runner = dataclasses.replace(models["targeted"], dtype=torch.float32)  # float32 on both sides, to 1e-4
    souped.temperature = shipped_runner.temperature
    texts, spans, headlines = ["Critics blamed Lavrov for the deadly collapse of the talks."], [[(15, 21)]], ["Talks collapse"]
    assert souped.reads_headlines
    np.testing.assert_allclose(
        souped.predict_targets(texts, spans, headlines), shipped_runner.predict_targets(texts, spans, headlines), atol=1e-4
    )


def test_a_soup_weighs_each_source_by_the_runs_it_averages():
    network = source_network()
    (ta, ca), (tb, cb) = sources_of(network)
    tensors, rank, alpha = average_adapters([(ta, {**ca, "soup_of": [ca, ca]}), (tb, cb)])
    network.add_task("w", "sequence", 3, rank=rank, alpha=alpha)
    with torch.no_grad():
        for name, param in network.task_parameters("w").items():
            param.copy_(tensors[name])
        for layer in network.lora_layers.values():
            update = {t: layer.merged_weight(t) - layer.base.weight for t in "abw"}
            torch.testing.assert_close(update["w"], (2 * update["a"] + update["b"]) / 3, atol=1e-5, rtol=1e-5)
    heads = network.heads
    torch.testing.assert_close(heads["w"].out.weight, (2 * heads["a"].out.weight + heads["b"].out.weight) / 3)


def test_shared_hyperparameters_keep_what_the_runs_agree_on():
    cards = [{"hyperparameters": {"lr": 4e-4, "seed": 13, "headlines": True}}, {"hyperparameters": {"lr": 4e-4, "seed": 14}}]
    assert shared_hyperparameters(cards) == {"lr": 4e-4, "seed": "13 / 14", "headlines": "True / None"}


def test_a_soup_refuses_runs_that_differ_in_reading_headlines(tmp_path):
    for folder, headlines in (("a", True), ("b", False)):
        (tmp_path / folder).mkdir()
        card = json.loads((SHIPPED_MODELS_DIR / "targeted.json").read_text())
        card.pop("soup_of", None)  # one run each
        card["hyperparameters"]["headlines"] = headlines
        (tmp_path / folder / "targeted.json").write_text(json.dumps(card))
        (tmp_path / folder / "targeted.safetensors").write_bytes((SHIPPED_MODELS_DIR / "targeted.safetensors").read_bytes())
    with pytest.raises(AnalysisError, match="some read each text with its headline"):
        soup("targeted", [tmp_path / "a", tmp_path / "b"], tmp_path / "out")
    assert not (tmp_path / "out").exists()


def run_card(**hyperparameters) -> dict:
    return {"hyperparameters": hyperparameters}


@pytest.mark.parametrize(
    "runs, warned",
    [
        ([run_card(seed=13), run_card(seed=14)], False),  # LoRA runs average well from any start
        ([run_card(seed=13, full=True), run_card(seed=13)], False),  # the shipped sentiment soup
        ([run_card(seed=14, init_seed=13, full=True), run_card(seed=15, init_seed=13, full=True)], False),
        ([run_card(seed=13, full=True), run_card(seed=14, full=True)], True),
        ([run_card(seed=13, full=True), run_card(seed=14, init_seed=15)], True),
        ([run_card(seed=13, full=True)], False),
    ],
)
def test_a_soup_warns_of_full_runs_from_different_starts(runs, warned):
    warning = starting_point_warning(runs)
    assert (warning is not None) == warned
    if warned:
        assert "--init-seed" in warning


def test_soup_command_prints_the_warning(tmp_path):
    for folder, seed in (("a", 13), ("b", 14)):
        (tmp_path / folder).mkdir()
        card = json.loads((SHIPPED_MODELS_DIR / "sentiment.json").read_text())
        card.pop("soup_of")
        card["hyperparameters"] = {"seed": seed, "full": True}
        (tmp_path / folder / "sentiment.json").write_text(json.dumps(card))
        (tmp_path / folder / "sentiment.safetensors").write_bytes((SHIPPED_MODELS_DIR / "sentiment.safetensors").read_bytes())
    result = run("analysis.soup", "sentiment", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "out"), "--rank", "64")
    assert result.returncode == 0
    assert "seeds 13, 14" in result.stderr and (tmp_path / "out" / "sentiment.json").is_file()


@pytest.mark.parametrize(
    "folders, message", [([SHIPPED_MODELS_DIR], "at least two"), ([SHIPPED_MODELS_DIR, "missing"], "No targeted artifact")]
)
def test_soup_command_bad_input(tmp_path, folders, message):
    result = run("analysis.soup", "targeted", *[str(tmp_path / f) for f in folders], "--out", str(tmp_path / "out"))
    assert not (tmp_path / "out").exists()
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
