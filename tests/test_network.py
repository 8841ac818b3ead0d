import torch
from transformers import BertConfig, BertModel

from analysis.network import MultiTaskEncoder


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


def test_no_active_adapter_is_the_base_encoder():
    network = tiny_network()
    network.switch.active = None
    layer = next(iter(network.lora_layers.values()))
    x = torch.randn(3, layer.base.in_features)
    with torch.no_grad():
        torch.testing.assert_close(layer(x), layer.base(x))
