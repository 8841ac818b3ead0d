import pytest
import torch
from transformers import BertConfig, BertModel

from analysis.errors import AnalysisError
from analysis.network import MultiTaskEncoder, low_rank_factors
from analysis.train import fold_into_adapter, trainable_tensors


def tiny_network() -> MultiTaskEncoder:
    torch.manual_seed(0)
    config = BertConfig(vocab_size=50, hidden_size=16, num_hidden_layers=2, num_attention_heads=2, intermediate_size=32)
    network = MultiTaskEncoder(BertModel(config).eval())
    for task in ("a", "b"):
        network.add_task(task, "sequence", 3, rank=4, alpha=8)
        with torch.no_grad():
            for layer in network.lora_layers.values():
                layer.lora_b[task].normal_()  # fresh adapters are zero; give them an effect
    return network.eval()


INPUTS = {"input_ids": torch.tensor([[2, 7, 9, 3, 0]]), "attention_mask": torch.tensor([[1, 1, 1, 1, 0]])}


def test_merged_inference_matches_the_training_path():
    network = tiny_network()
    for task in ("a", "b", "a"):
        with torch.enable_grad():
            expected = network(task, **INPUTS)
        with torch.inference_mode():
            merged = network(task, **INPUTS)
        torch.testing.assert_close(merged, expected.detach(), atol=1e-5, rtol=1e-5)


def test_merged_weights_follow_parameter_updates():
    network = tiny_network()
    with torch.no_grad():
        before = network("a", **INPUTS)
        for layer in network.lora_layers.values():
            layer.lora_b["a"].mul_(2)
        after = network("a", **INPUTS)
    with torch.enable_grad():
        expected = network("a", **INPUTS).detach()
    assert not torch.allclose(before, after)
    torch.testing.assert_close(after, expected, atol=1e-5, rtol=1e-5)


def test_merged_weights_are_kept_in_the_autocast_dtype():
    network = tiny_network()
    layer = next(iter(network.lora_layers.values()))
    with torch.inference_mode():
        full = layer.merged_weight("a").clone()
        with torch.autocast("cpu", dtype=torch.bfloat16):
            low = layer.merged_weight("a")
            assert low is layer.merged_weight("a")  # cast once, not at every call
            lowered = network("a", **INPUTS)
        again = layer.merged_weight("a")
        expected = network("a", **INPUTS)
    assert low.dtype == torch.bfloat16 and again.dtype == torch.float32
    torch.testing.assert_close(low, full.to(torch.bfloat16))
    torch.testing.assert_close(again, full)
    torch.testing.assert_close(lowered.float(), expected, atol=0.05, rtol=0.05)


def test_no_active_adapter_is_the_base_encoder():
    network = tiny_network()
    network.switch.active = None
    layer = next(iter(network.lora_layers.values()))
    x = torch.randn(3, layer.base.in_features)
    with torch.no_grad():
        torch.testing.assert_close(layer(x), layer.base(x))


@pytest.mark.parametrize("true_rank, rank", [(2, 2), (2, 4), (3, 16)])
def test_low_rank_factors_reproduce_an_update_of_that_rank(true_rank, rank):
    torch.manual_seed(1)
    update = torch.randn(32, true_rank) @ torch.randn(true_rank, 16)
    a, b = low_rank_factors(update, rank, scale=2.0)
    assert a.shape == (rank, 16) and b.shape == (32, rank)
    torch.testing.assert_close(2.0 * b @ a, update, atol=1e-4, rtol=1e-4)


def test_low_rank_factors_refuse_a_rank_above_the_layer():
    with pytest.raises(AnalysisError, match="more than a layer's size"):
        low_rank_factors(torch.zeros(8, 4), 5, 1.0)


def test_full_fine_tuning_folds_into_an_adapter():
    network = tiny_network()
    network.add_head("full", "sequence", 3)
    network.eval()
    originals = {name: layer.base.weight.detach().clone() for name, layer in network.lora_layers.items()}
    trained = trainable_tensors(network, "full", full=True)
    assert {name for name in trained if name.startswith("weight.")} == {f"weight.{n}" for n in network.lora_layers}
    assert all(t.requires_grad for t in trained.values())
    torch.manual_seed(2)
    with torch.no_grad():  # what fine-tuning did: a rank-3 change to every adapted weight
        for weight in (t for name, t in trained.items() if name.startswith("weight.")):
            weight.add_(torch.randn(weight.shape[0], 3) @ torch.randn(3, weight.shape[1]) * 0.1)
        fine_tuned = network("full", **INPUTS)
    fold_into_adapter(network, "full", originals, rank=4, alpha=8)
    for name, layer in network.lora_layers.items():
        assert torch.equal(layer.base.weight, originals[name]) and not layer.base.weight.requires_grad
    untouched = tiny_network()
    with torch.inference_mode():
        torch.testing.assert_close(network("full", **INPUTS), fine_tuned, atol=1e-4, rtol=1e-4)
        torch.testing.assert_close(network("a", **INPUTS), untouched("a", **INPUTS))  # other tasks keep theirs
