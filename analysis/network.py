"""One frozen encoder shared by every task, with a LoRA adapter and a head per task.

Each task ships only its adapter and head (a few MB), so all tasks together
stay small and the 90 MB base is loaded once from the encoder package.
"""
from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field

import torch
import torch.nn.functional as F
from torch import nn

from analysis.errors import AnalysisError

LORA_TARGETS = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)
HEAD_KINDS = ("sequence", "target", "token")
CASE_CLASSES, CASE_DIM = 4, 16  # see features.word_case


@dataclass
class AdapterSwitch:
    """Which task's adapter the LoRA layers apply; shared by every LoRA layer."""

    active: str | None = None
    scale: dict[str, float] = field(default_factory=dict)
    dropout: float = 0.1
    lock: threading.Lock = field(default_factory=threading.Lock)


class LoRALinear(nn.Module):
    """A frozen linear layer plus one low-rank update per task.

    Training keeps the update as a separate low-rank product (so gradients
    reach it); without gradients the active task's update is merged into one
    weight copy per layer, so inference costs the same at any rank.
    """

    def __init__(self, base: nn.Linear, switch: AdapterSwitch) -> None:
        super().__init__()
        self.base = base
        self.switch = switch
        self.lora_a = nn.ParameterDict()
        self.lora_b = nn.ParameterDict()
        self._merged_key: tuple | None = None
        self._merged: torch.Tensor | None = None

    def add_adapter(self, task: str, rank: int) -> None:
        a = torch.empty(rank, self.base.in_features)
        nn.init.kaiming_uniform_(a, a=math.sqrt(5))
        self.lora_a[task] = nn.Parameter(a)
        self.lora_b[task] = nn.Parameter(torch.zeros(self.base.out_features, rank))

    def merged_weight(self, task: str) -> torch.Tensor:
        """The base weight plus ``task``'s scaled update, in the autocast dtype if autocast is on (so it is not
        cast again at every call); recomputed only when the task, its tensors or that dtype change."""
        a, b = self.lora_a[task], self.lora_b[task]
        kind = a.device.type
        dtype = torch.get_autocast_dtype(kind) if torch.is_autocast_enabled(kind) else self.base.weight.dtype
        key = (task, a._version, b._version, a.device, self.switch.scale[task], dtype)
        if key != self._merged_key:
            with torch.inference_mode(False), torch.no_grad(), torch.autocast(kind, enabled=False):
                merged = torch.addmm(self.base.weight, b, a, alpha=self.switch.scale[task])
                self._merged = merged.to(dtype)
            self._merged_key = key
        return self._merged

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        task = self.switch.active
        if task is None or task not in self.lora_a:
            return self.base(x)
        if not torch.is_grad_enabled():
            return F.linear(x, self.merged_weight(task), self.base.bias)
        h = F.dropout(x, self.switch.dropout, self.training)
        return self.base(x) + (h @ self.lora_a[task].t() @ self.lora_b[task].t()) * self.switch.scale[task]


class Head(nn.Module):
    """Task head over the encoder's token states.

    ``sequence``: mean pooling; ``target``: mean pooling concatenated with the
    mean over the marked target tokens; ``token``: one prediction per token,
    from the token state and its word's letter case (the encoder is uncased,
    and case is the strongest cue for names).
    """

    def __init__(self, kind: str, hidden: int, n_labels: int) -> None:
        super().__init__()
        if kind not in HEAD_KINDS:
            raise ValueError(f"unknown head kind {kind!r}; valid: {', '.join(HEAD_KINDS)}")
        self.kind = kind
        self.dropout = nn.Dropout(0.1)
        width = hidden * 2 if kind == "target" else hidden
        if kind == "token":
            self.case = nn.Embedding(CASE_CLASSES, CASE_DIM)
            width += CASE_DIM
        self.out = nn.Linear(width, n_labels)

    def forward(
        self, states: torch.Tensor, mask: torch.Tensor, target_mask: torch.Tensor | None, case_ids: torch.Tensor | None
    ) -> torch.Tensor:
        if self.kind == "token":
            if case_ids is None:
                case_ids = torch.zeros_like(mask)
            return self.out(self.dropout(torch.cat([states, self.case(case_ids)], dim=-1)))
        pooled = masked_mean(states, mask)
        if self.kind == "target":
            pooled = torch.cat([pooled, masked_mean(states, target_mask)], dim=-1)
        return self.out(self.dropout(pooled))


def check_rank(rank: int, shape: tuple[int, ...]) -> None:
    """Raise AnalysisError unless a weight of ``shape`` has a rank-``rank`` factoring (rank at most its smaller side)."""
    if rank > min(shape):
        raise AnalysisError(f"Rank {rank} is more than a layer's size ({min(shape)}).", "Give a smaller --rank.")


def low_rank_factors(update: torch.Tensor, rank: int, scale: float) -> tuple[torch.Tensor, torch.Tensor]:
    """LoRA factors (a: rank × in, b: out × rank) with ``scale · b @ a`` the best rank-``rank`` approximation of ``update`` (SVD)."""
    check_rank(rank, tuple(update.shape))
    u, sv, vh = torch.linalg.svd(update.double(), full_matrices=False)
    root = sv[:rank].sqrt() / math.sqrt(scale)
    return (root[:, None] * vh[:rank]).float(), (u[:, :rank] * root).float()


def masked_mean(states: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Mean of ``states`` over positions where ``mask`` is 1 (zero vector if none)."""
    weights = mask.unsqueeze(-1).to(states.dtype)
    return (states * weights).sum(1) / weights.sum(1).clamp(min=1.0)


class MultiTaskEncoder(nn.Module):
    """The shared encoder with per-task adapters and heads."""

    def __init__(self, encoder: nn.Module) -> None:
        super().__init__()
        self.encoder = encoder
        for param in self.encoder.parameters():
            param.requires_grad_(False)
        self.switch = AdapterSwitch()
        self.lora_layers: dict[str, LoRALinear] = {}
        for name, module in list(self.encoder.named_modules()):
            for child_name, child in list(module.named_children()):
                full = f"{name}.{child_name}" if name else child_name
                if isinstance(child, nn.Linear) and any(full.endswith(t) for t in LORA_TARGETS) and ".layer." in f".{full}":
                    wrapped = LoRALinear(child, self.switch)
                    setattr(module, child_name, wrapped)
                    self.lora_layers[full] = wrapped
        self.heads = nn.ModuleDict()

    @property
    def hidden_size(self) -> int:
        return self.encoder.config.hidden_size

    @property
    def device(self) -> torch.device:
        return next(self.parameters()).device

    @property
    def config(self):
        """The encoder's config (what ``transformers`` pipelines read)."""
        return self.encoder.config

    def add_task(self, task: str, head_kind: str, n_labels: int, rank: int, alpha: float) -> None:
        """Create a fresh adapter and head for ``task``."""
        self.add_adapter(task, rank, alpha)
        self.add_head(task, head_kind, n_labels)

    def add_head(self, task: str, head_kind: str, n_labels: int) -> None:
        """Create a fresh head for ``task``."""
        self.heads[task] = Head(head_kind, self.hidden_size, n_labels)

    def add_adapter(self, task: str, rank: int, alpha: float) -> None:
        """Create a fresh LoRA adapter (update zero) for ``task`` in every adapted layer."""
        for layer in self.lora_layers.values():
            layer.add_adapter(task, rank)
        self.switch.scale[task] = alpha / rank

    def task_parameters(self, task: str) -> dict[str, torch.Tensor]:
        """Return the adapter and head tensors of ``task`` by stable names."""
        params = {}
        for full, layer in self.lora_layers.items():
            params[f"lora.{full}.a"] = layer.lora_a[task]
            params[f"lora.{full}.b"] = layer.lora_b[task]
        for name, tensor in self.heads[task].named_parameters():
            params[f"head.{name}"] = tensor
        return params

    def forward(
        self,
        task: str,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        token_type_ids: torch.Tensor | None = None,
        target_mask: torch.Tensor | None = None,
        case_ids: torch.Tensor | None = None,
    ) -> torch.Tensor:
        """Return the task head's logits (per sequence, or per token for token heads)."""
        self.switch.active = task
        states = self.encoder(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
        ).last_hidden_state
        return self.heads[task](states, attention_mask, target_mask, case_ids)
