"""Inference for the shipped task models: batched, no-grad, deterministic, loaded once.

``load_models()`` loads the encoder once and attaches every task's adapter;
each task is served by a runner that does preprocess (features), forward
(batched, sorted by length) and postprocess (temperature-scaled softmax,
windows averaged back to their inputs). The encoder computes in bfloat16 on a
CPU that does so natively (AMX or AVX512-BF16: about twice as fast, dev figures
within 0.3 points of fp32), else in float32; ``$ACTOR_STANCE_PRECISION``
(``auto``, ``fp32`` or ``bf16``) overrides that.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
from dataclasses import dataclass, field

import numpy as np
import torch

from analysis.errors import AnalysisError
from analysis.features import Encoded, collate, encode_sequences, encode_targets, encode_words, split_words
from analysis.network import MultiTaskEncoder
from analysis.registry import TASKS, TaskSpec, get_task

BATCH_SIZE = 32
BATCH_TOKENS = 2048  # padded tokens per batch: bounds activation memory (attention grows with length²)
PRECISION_ENV = "ACTOR_STANCE_PRECISION"
PRECISIONS = ("auto", "fp32", "bf16")


def pick_device() -> torch.device:
    """The GPU when one is present, else the CPU."""
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def native_bf16() -> bool:
    """Whether this CPU computes bfloat16 natively (AMX or AVX512-BF16); elsewhere bfloat16 is emulated and slow."""
    checks = ("_is_amx_tile_supported", "_is_avx512_bf16_supported")  # torch.cpu's own probes (not in every build)
    return any(getattr(torch.cpu, name, lambda: False)() for name in checks)


def inference_dtype(device: torch.device | None = None, precision: str | None = None) -> torch.dtype:
    """The dtype the encoder computes in at inference on ``device`` (default: ``pick_device()``): bfloat16 for
    ``bf16``, and for ``auto`` on a CPU that computes it natively; float32 otherwise. ``precision`` defaults to
    ``$ACTOR_STANCE_PRECISION``, else ``auto``."""
    device = device or pick_device()
    precision = precision or os.environ.get(PRECISION_ENV) or "auto"
    if precision not in PRECISIONS:
        raise AnalysisError(f"Unknown precision {precision!r}.", f"Set {PRECISION_ENV} to one of: {', '.join(PRECISIONS)}.")
    if precision == "auto":
        return torch.bfloat16 if device.type == "cpu" and native_bf16() else torch.float32
    return torch.bfloat16 if precision == "bf16" else torch.float32


def token_batches(lengths: list[int], size: int = BATCH_SIZE, tokens: int = BATCH_TOKENS) -> list[list[int]]:
    """Indices grouped into batches of similar length: at most ``size`` items and ``tokens`` padded tokens each."""
    batches: list[list[int]] = []
    for i in sorted(range(len(lengths)), key=lambda i: lengths[i]):
        if batches and len(batches[-1]) < size and (len(batches[-1]) + 1) * lengths[i] <= tokens:
            batches[-1].append(i)
        else:
            batches.append([i])
    return batches


def _malloc_trim():
    """glibc's ``malloc_trim``, or None where the C library has none (macOS, musl)."""
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


_MALLOC_TRIM = _malloc_trim()


def release_freed_memory() -> bool:
    """Hand the heap memory that freed tensors left behind back to the OS; return whether it could.

    glibc keeps freed blocks in one heap per thread, and a server runs each session's analysis in its
    own thread, so without this every session's thread keeps an analysis's working set resident.
    """
    if _MALLOC_TRIM is None:
        return False
    _MALLOC_TRIM(0)
    return True


@dataclass(frozen=True)
class EntitySpan:
    """A tagged entity: character offsets into the tagged text, type and mean confidence."""

    start: int
    end: int
    label: str
    score: float


@dataclass
class TaskRunner:
    """Runs one task of the shared network."""

    network: MultiTaskEncoder
    tokenizer: object
    spec: TaskSpec
    temperature: float = 1.0
    card: dict = field(default_factory=dict)
    outside_bias: float = 0.0  # tagger: added to O's logit before decoding (fitted on held-out sentences)
    dtype: torch.dtype = torch.float32  # what the encoder computes in (see inference_dtype); training scores in float32

    @property
    def labels(self) -> tuple[str, ...]:
        return self.spec.labels

    def autocast(self) -> torch.autocast:
        """The context the encoder runs under: autocast to ``dtype``, off for float32."""
        return torch.autocast(self.network.device.type, dtype=self.dtype, enabled=self.dtype != torch.float32)

    @property
    def model_id(self) -> str:
        """How the model is named to users (hub runners give their hub id)."""
        return f"built-in {self.spec.name} adapter (all-MiniLM-L6-v2 + LoRA)"

    def _forward(self, items: list[dict]) -> list[np.ndarray]:
        """Logits/T softmaxed for every item, in input order (per token for token heads)."""
        device = self.network.device
        out: list[np.ndarray | None] = [None] * len(items)
        for idx in token_batches([len(item["input_ids"]) for item in items]):
            batch = {k: v.to(device) for k, v in collate([items[i] for i in idx]).items() if k != "labels"}
            with self.network.switch.lock, torch.inference_mode(), self.autocast():
                logits = self.network(self.spec.name, **batch).float() / self.temperature
            probs = torch.softmax(logits, dim=-1).cpu().numpy()
            for row, i in enumerate(idx):
                out[i] = probs[row, : len(items[i]["input_ids"])] if probs.ndim == 3 else probs[row]
        return out  # type: ignore[return-value]

    def _pool_windows(self, encoded: Encoded, n: int) -> np.ndarray:
        probs = self._forward(encoded.inputs)
        total = np.zeros((n, len(self.labels)))
        weight = np.zeros(n)
        for p, i, item in zip(probs, encoded.window_of, encoded.inputs):
            w = len(item["input_ids"])
            total[i] += w * p
            weight[i] += w
        return total / np.maximum(weight, 1)[:, None]

    def predict(self, texts: list[str], pairs: list[str] | None = None) -> np.ndarray:
        """Class probabilities (n × labels) of texts, optionally each with a first segment (a topic)."""
        if not texts:
            return np.zeros((0, len(self.labels)))
        encoded = encode_sequences(self.tokenizer, texts, pairs, self.spec.max_length)
        return self._pool_windows(encoded, len(texts))

    @property
    def reads_headlines(self) -> bool:
        """Whether the model was trained to read a text with its article's headline."""
        return bool(self.card.get("hyperparameters", {}).get("headlines"))

    def predict_targets(
        self, texts: list[str], spans: list[list[tuple[int, int]]], headlines: list[str] | None = None
    ) -> np.ndarray:
        """Probabilities (n × labels) of the sentiment toward the marked mentions of each text,
        read with its article's headline when given and the model was trained to use one."""
        if not texts:
            return np.zeros((0, len(self.labels)))
        headlines = headlines if self.reads_headlines else None
        encoded = encode_targets(self.tokenizer, texts, spans, self.spec.max_length, headlines)
        return self._pool_windows(encoded, len(texts))

    def word_probs(self, sentences: list[list[str]]) -> list[np.ndarray]:
        """Tag probabilities (words × labels) of every pre-split sentence; a word with no sub-token is O."""
        encoded, word_index = encode_words(self.tokenizer, sentences, self.spec.max_length)
        outside = np.array([label == "O" for label in self.labels], dtype=float)
        tables = [np.tile(outside, (len(words), 1)) for words in sentences]
        for probs, i, positions in zip(self._forward(encoded.inputs), encoded.window_of, word_index):
            for pos, word in enumerate(positions):
                if word >= 0:
                    tables[i][word] = probs[pos]
        return tables

    def decode_words(self, tables: list[np.ndarray]) -> list[list[tuple[str, float]]]:
        """A (BIO tag, probability) per word: O's logit raised by ``outside_bias``, then :func:`tag_path`."""
        boost = np.array([np.exp(self.outside_bias) if label == "O" else 1.0 for label in self.labels])
        out = []
        for table in tables:
            probs = table * boost
            probs /= np.maximum(probs.sum(axis=1, keepdims=True), 1e-12)
            out.append([(self.labels[k], float(probs[w, k])) for w, k in enumerate(tag_path(probs, self.labels))])
        return out

    def tag_words(self, sentences: list[list[str]]) -> list[list[tuple[str, float]]]:
        """A (BIO tag, probability) for every word of every pre-split sentence."""
        return self.decode_words(self.word_probs(sentences))

    def tag(self, texts: list[str]) -> list[list[EntitySpan]]:
        """Entities (PER/ORG/LOC with character offsets) of each text."""
        word_spans = [split_words(t) for t in texts]
        tagged = self.tag_words([[t[a:b] for a, b in spans] for t, spans in zip(texts, word_spans)])
        return [bio_to_spans(spans, tags) for spans, tags in zip(word_spans, tagged)]


def tag_path(probs: np.ndarray, labels: tuple[str, ...]) -> list[int]:
    """The most probable tag sequence (label indices, one per word) in which no I- tag follows O or starts the text.

    ``probs`` holds one row of tag probabilities per word. Decoding the sequence
    as a whole (Viterbi) instead of each word's own best tag drops stray I- tags
    and the one-word fragments they would make; an I- may still follow an entity
    of another type, which :func:`bio_to_spans` merges (WikiANN dev 80.0 -> 80.4,
    WNUT-17 dev 45.4 -> 46.6 with the shipped tagger).
    """
    if len(probs) == 0:
        return []
    log_probs = np.log(np.asarray(probs, dtype=float) + 1e-9)
    inside = np.array([label.startswith("I-") for label in labels])
    outside = np.array([not label.startswith(("B-", "I-")) for label in labels])
    blocked = np.where(outside[:, None] & inside[None, :], -np.inf, 0.0)  # from tag (row) to tag (column)
    score = np.where(inside, -np.inf, log_probs[0])
    back = []
    for row in log_probs[1:]:
        step = score[:, None] + blocked
        back.append(step.argmax(0))
        score = step.max(0) + row
    path = [int(score.argmax())]
    for pointers in reversed(back):
        path.append(int(pointers[path[-1]]))
    return path[::-1]


def bio_to_spans(word_spans: list[tuple[int, int]], tags: list[tuple[str, float]]) -> list[EntitySpan]:
    """Merge BIO word tags into entity spans.

    An I- tag continues the entity before it whatever its type, and the entity takes the type of its most
    confident word: taggers trained on silver labels flip the type inside a name ("Volodymyr" B-PER,
    "Zelensky" I-ORG). An I- with no entity before it starts one. The score is the words' mean.
    """
    entities: list[EntitySpan] = []
    current: list[tuple[int, int, str, float]] = []

    def close() -> None:
        if current:
            kind = max(current, key=lambda word: word[3])[2]
            entities.append(EntitySpan(current[0][0], current[-1][1], kind, float(np.mean([w[3] for w in current]))))
            current.clear()

    for (start, end), (tag, score) in zip(word_spans, tags):
        prefix, _, kind = tag.partition("-")
        if prefix != "I" or not current:
            close()
        if prefix in ("B", "I"):
            current.append((start, end, kind, score))
    close()
    return entities


def decoded_tags(tags: list[tuple[str, float]]) -> list[str]:
    """Word tags rewritten as :func:`bio_to_spans` reads them (what the app uses), for entity-level scoring."""
    out = ["O"] * len(tags)
    for span in bio_to_spans([(i, i + 1) for i in range(len(tags))], tags):
        out[span.start:span.end] = [f"B-{span.label}"] + [f"I-{span.label}"] * (span.end - span.start - 1)
    return out


def read_card(spec: TaskSpec) -> dict:
    """The shipped artifact's metadata (labels, hyperparameters, dev metrics)."""
    path = spec.artifact.with_suffix(".json")
    if not path.is_file():
        raise AnalysisError(
            f"The {spec.title.lower()} model is missing ({path.name}).",
            f"Reinstall the project or retrain it with: python -m analysis.train {spec.name}",
        )
    return json.loads(path.read_text(encoding="utf-8"))


def attach_task(network: MultiTaskEncoder, spec: TaskSpec, tensors: dict[str, torch.Tensor], card: dict) -> None:
    """Add ``spec``'s adapter and head to ``network`` from saved tensors."""
    network.add_task(spec.name, spec.head, len(spec.labels), int(card["rank"]), float(card["alpha"]))
    params = network.task_parameters(spec.name)
    missing = set(params) - set(tensors)
    if missing or tuple(card["labels"]) != spec.labels:
        raise AnalysisError(
            f"The {spec.title.lower()} model file does not match this version of the app.",
            f"Retrain it with: python -m analysis.train {spec.name}",
        )
    with torch.no_grad():
        for name, param in params.items():
            param.copy_(tensors[name].float())


@dataclass
class Models:
    """The loaded network, tokenizer and one runner per task."""

    network: MultiTaskEncoder
    tokenizer: object
    runners: dict[str, TaskRunner]

    def __getitem__(self, task: str) -> TaskRunner:
        if task not in self.runners:
            get_task(task)
            raise AnalysisError(f"The {task} model is not loaded.", "Load it with load_models().")
        return self.runners[task]


def load_models(
    tasks: tuple[str, ...] | None = None, device: torch.device | None = None, precision: str | None = None
) -> Models:
    """Load the encoder once and attach the shipped adapters of ``tasks`` (all by default), computing in the dtype
    ``inference_dtype`` picks for ``precision``."""
    from safetensors.torch import load_file

    from analysis.encoder import load_encoder, load_tokenizer

    device = device or pick_device()
    dtype = inference_dtype(device, precision)
    network = MultiTaskEncoder(load_encoder())
    tokenizer = load_tokenizer()
    runners = {}
    for name in tasks or tuple(TASKS):
        spec = get_task(name)
        card = read_card(spec)
        attach_task(network, spec, load_file(str(spec.artifact.with_suffix(".safetensors"))), card)
        runners[name] = TaskRunner(
            network, tokenizer, spec, float(card.get("temperature", 1.0)), card, float(card.get("outside_bias", 0.0)), dtype
        )
    network.to(device).eval()
    return Models(network, tokenizer, runners)
