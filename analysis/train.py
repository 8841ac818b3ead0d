"""Train a task adapter from the public datasets and write the shipped artifact.

    python -m analysis.train TASK [--data-dir ../shared/data] [--epochs N] [--limit N]
    python -m analysis.train TASK --rescore   # dev metrics of the shipped artifact, on this machine

TASK is one of sentiment, targeted, stance, ner. The encoder stays frozen; a
LoRA adapter (on every linear layer of the six transformer blocks; rank per task in HPARAMS)
and a small head are trained with AdamW, linear warm-up and decay, class-
balanced cross-entropy and a fixed seed. With ``--full`` those linear layers'
weights are fine-tuned themselves (with the encoder's dropout), and their
update is then stored as a LoRA adapter of the same rank (SVD), so the
artifact keeps its size and format. After every epoch the first dev set
picks the best checkpoint; a temperature fitted on that dev set calibrates
the probabilities (for the tagger, an offset to O's logit fitted on the WikiANN
dev sentences outside the scored sample sets its precision). Writes
``models/TASK.safetensors`` (fp16) and ``models/TASK.json`` (labels,
hyperparameters, calibration, dev metrics, timing).
Uses the GPU when one is present.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch

from analysis.datasets import DEFAULT_DATA_DIR, PERSENT_PARAGRAPHS, SEED, TWEETS, load_splits, ner_tuning_split
from analysis.encoder import load_encoder, load_tokenizer
from analysis.errors import AnalysisError
from analysis.evaluate import predict_examples, score
from analysis.features import collate, encode_sequences, encode_targets, encode_words
from analysis.metrics import entity_f1
from analysis.models import TaskRunner, decoded_tags, pick_device
from analysis.network import MultiTaskEncoder, check_rank, low_rank_factors
from analysis.registry import TASKS, get_task, models_dir

HPARAMS = {
    "targeted": {"epochs": 3, "lr": 4e-4, "batch_size": 32, "rank": 64, "alpha": 128, "train_max_length": 224, "headlines": True},
    "sentiment": {"epochs": 4, "lr": 4e-4, "batch_size": 32, "rank": 64, "alpha": 128, "train_max_length": 128},
    "stance": {"epochs": 5, "lr": 8e-4, "batch_size": 32, "rank": 32, "alpha": 64, "train_max_length": 192, "extra_neutrals": 4000,
               "ibm_claims": True},
    "ner": {"epochs": 8, "lr": 5e-4, "batch_size": 32, "rank": 64, "alpha": 128, "train_max_length": 128},
}
DATA_OPTIONS = ("persent_paragraphs", "headlines", "tweets", "extra_neutrals", "add_train", "ibm_claims")  # hyperparameters passed to load_splits
DATA_FLAGS = {"tweets": "sentiment", "persent_paragraphs": "targeted", "add_train": "targeted", "ibm_claims": "stance"}  # command-line data options and their task
FLAG_NAMES = {"ibm_claims": "--no-ibm-claims"}  # options whose flag is not their name with dashes
WARMUP = 0.06
WEIGHT_DECAY = 0.01


def _flag(option: str) -> str:
    """The command-line flag that sets ``option``."""
    return FLAG_NAMES.get(option, "--" + option.replace("_", "-"))


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def training_items(task: str, tokenizer, examples: list, max_length: int) -> list[dict]:
    """Encoded training inputs with a ``labels`` entry (an index, or per-token indices)."""
    spec = get_task(task)
    index = {label: i for i, label in enumerate(spec.labels)}
    if task == "ner":
        tags = [[index[t] for t in e.tags] for e in examples]
        encoded, _ = encode_words(tokenizer, [e.words for e in examples], max_length, tags)
        return encoded.inputs
    if task == "targeted":
        headlines = [e.headline for e in examples]
        encoded = encode_targets(tokenizer, [e.text for e in examples], [e.spans for e in examples], max_length, headlines)
    else:
        pairs = [e.pair for e in examples] if examples[0].pair is not None else None
        encoded = encode_sequences(tokenizer, [e.text for e in examples], pairs, max_length)
    return [{**item, "labels": index[examples[i].label]} for item, i in zip(encoded.inputs, encoded.window_of)]


def length_batches(items: list[dict], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of similar length (sorted inside pools of 50 batches)."""
    order = list(range(len(items)))
    rng.shuffle(order)
    pool = batch_size * 50
    batches = []
    for p in range(0, len(order), pool):
        chunk = sorted(order[p:p + pool], key=lambda i: len(items[i]["input_ids"]))
        batches += [chunk[b:b + batch_size] for b in range(0, len(chunk), batch_size)]
    rng.shuffle(batches)
    return batches


def class_weights(items: list[dict], n_labels: int) -> torch.Tensor:
    """Inverse-frequency weights, normalised to mean 1, so rare classes are not ignored."""
    counts = Counter()
    for item in items:
        labels = item["labels"] if isinstance(item["labels"], list) else [item["labels"]]
        counts.update(label for label in labels if label >= 0)
    freq = torch.tensor([max(counts[i], 1) for i in range(n_labels)], dtype=torch.float)
    weights = freq.sum() / freq
    return weights / weights.mean()


def fit_temperature(runner: TaskRunner, examples: list) -> float:
    """Temperature minimising the dev negative log-likelihood (grid search; 1.0 without examples)."""
    if not examples:
        return 1.0
    runner.temperature = 1.0
    probs = predict_examples(runner, examples)
    logp = np.log(np.clip(probs, 1e-12, 1))
    gold = np.array([runner.labels.index(e.label) for e in examples])
    best, best_nll = 1.0, np.inf
    for t in np.arange(0.1, 5.01, 0.05):  # a soup of many runs is under-confident: its best temperature can be under 0.5
        scaled = logp / t
        scaled -= np.logaddexp.reduce(scaled, axis=1, keepdims=True)
        nll = -scaled[np.arange(len(gold)), gold].mean()
        if nll < best_nll:
            best, best_nll = float(round(t, 2)), nll
    return best


def fit_outside_bias(runner: TaskRunner, examples: list) -> float:
    """The offset to O's logit (grid 0 to 2.5) with the best entity F1 on ``examples``; sets it on ``runner``.

    The tagger, trained on silver labels, tags more words as entities than the gold
    data has; a higher O logit trades that recall back for precision.
    """
    tables = runner.word_probs([e.words for e in examples])
    gold = [e.tags for e in examples]
    best, best_f1 = 0.0, -1.0
    for bias in np.arange(0.0, 2.51, 0.25):
        runner.outside_bias = float(bias)
        f1 = entity_f1(gold, [decoded_tags(words) for words in runner.decode_words(tables)])["f1"]
        if f1 > best_f1:
            best, best_f1 = float(bias), f1
    runner.outside_bias = best
    return best


def calibrate(runner: TaskRunner, devs: dict[str, list], data_dir: Path, limit: int | None) -> dict:
    """Fit the runner's calibration (temperature on the first dev set; the tagger's O bias on its tuning split).

    Returns the fitted values as card entries.
    """
    if runner.spec.name == "ner":
        return {"temperature": 1.0, "outside_bias": fit_outside_bias(runner, ner_tuning_split(data_dir, limit))}
    runner.temperature = fit_temperature(runner, next(iter(devs.values())))
    return {"temperature": runner.temperature}


def trainable_tensors(network: MultiTaskEncoder, task: str, full: bool) -> dict[str, torch.Tensor]:
    """What training updates: ``task``'s adapter and head, or (``full``) the adapted layers' own weights and the head."""
    if not full:
        return network.task_parameters(task)
    weights = {f"weight.{name}": layer.base.weight for name, layer in network.lora_layers.items()}
    for weight in weights.values():
        weight.requires_grad_(True)
    return weights | {f"head.{name}": tensor for name, tensor in network.heads[task].named_parameters()}


def fold_into_adapter(
    network: MultiTaskEncoder, task: str, originals: dict[str, torch.Tensor], rank: int, alpha: float
) -> None:
    """Store each adapted layer's fine-tuned weight minus its original as ``task``'s LoRA adapter, and restore the original.

    The update is truncated to ``rank`` (SVD), so a fully fine-tuned task ships and runs like any adapter.
    """
    network.add_adapter(task, rank, alpha)
    with torch.no_grad():
        for name, layer in network.lora_layers.items():
            a, b = low_rank_factors(layer.base.weight - originals[name], rank, alpha / rank)
            layer.lora_a[task].copy_(a)
            layer.lora_b[task].copy_(b)
            layer.base.weight.copy_(originals[name])
            layer.base.weight.requires_grad_(False)


def primary_score(metrics: dict) -> float:
    return metrics.get("macro_f1", metrics.get("f1", 0.0))


def train(
    task: str,
    data_dir: Path,
    out_dir: Path,
    limit: int | None = None,
    encoder_dir: Path | None = None,
    max_seconds: float | None = None,
    **overrides,
) -> dict:
    """Train ``task`` and write its artifact to ``out_dir``; return the model card dict.

    ``overrides`` replace entries of ``HPARAMS[task]``; ``max_seconds`` ends
    training when it passes (the part epoch is scored; the best epoch is kept).
    ``init_seed`` (an override) seeds the new head and adapter, and ``seed`` then
    only the batch order and dropout, so runs of one ``init_seed`` start alike.
    """
    from safetensors.torch import save_file

    spec = get_task(task)
    hp = {"seed": SEED, **HPARAMS[task], **overrides}
    seed_everything(hp.get("init_seed", hp["seed"]))
    started = time.time()
    device = pick_device()
    if device.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True
    train_examples, devs = load_splits(task, data_dir, limit, **{k: hp[k] for k in DATA_OPTIONS if k in hp})
    tokenizer = load_tokenizer(encoder_dir)
    network = MultiTaskEncoder(load_encoder(encoder_dir))
    full = bool(hp.get("full"))
    if full:  # the adapter is made from the fine-tuned weights after training
        for layer in network.lora_layers.values():  # refuse now, not after the training run
            check_rank(hp["rank"], tuple(layer.base.weight.shape))
        network.add_head(task, spec.head, len(spec.labels))
        originals = {name: layer.base.weight.detach().clone() for name, layer in network.lora_layers.items()}
    else:
        network.add_task(task, spec.head, len(spec.labels), hp["rank"], hp["alpha"])
    if "init_seed" in hp:  # reseeded only then, so that runs without it keep their random stream
        seed_everything(hp["seed"])
    network.to(device)
    runner = TaskRunner(network, tokenizer, spec, card={"hyperparameters": hp})  # reads dev as the written artifact will
    items = training_items(task, tokenizer, train_examples, hp["train_max_length"])
    trained = trainable_tensors(network, task, full)
    params = list(trained.values())
    optimizer = torch.optim.AdamW(params, lr=hp["lr"], weight_decay=WEIGHT_DECAY)
    rng = random.Random(hp["seed"])
    steps = hp["epochs"] * -(-len(items) // hp["batch_size"])
    warmup = max(1, int(WARMUP * steps))
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warmup, max(0.0, (steps - s) / max(1, steps - warmup)))
    )
    loss_fn = torch.nn.CrossEntropyLoss(weight=class_weights(items, len(spec.labels)).to(device), ignore_index=-100)
    primary = next(iter(devs))
    best_score, best_state, history = -1.0, None, []
    for epoch in range(hp["epochs"]):
        network.train()
        network.encoder.train(full)  # a frozen encoder runs without dropout (faster); the head keeps its dropout
        total, seen = 0.0, 0
        for step, batch_idx in enumerate(length_batches(items, hp["batch_size"], rng)):
            if max_seconds is not None and time.time() - started > max_seconds:
                break
            batch = {k: v.to(device) for k, v in collate([items[i] for i in batch_idx]).items()}
            labels = batch.pop("labels")
            logits = network(task, **batch)
            loss = loss_fn(logits.reshape(-1, logits.shape[-1]), labels.reshape(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            total += loss.item() * len(batch_idx)
            seen += len(batch_idx)
            if step % 50 == 0:
                print(f"epoch {epoch + 1} step {step} loss {total / seen:.4f} {time.time() - started:.0f}s", flush=True)
        network.eval()
        metrics = score(runner, devs[primary])
        history.append({"epoch": epoch + 1, "train_loss": round(total / max(seen, 1), 4), primary: metrics})
        print(json.dumps(history[-1]), flush=True)
        if primary_score(metrics) > best_score:
            best_score = primary_score(metrics)
            best_state = {k: v.detach().clone() for k, v in trained.items()}
        if max_seconds is not None and time.time() - started > max_seconds:
            print(f"stopping after epoch {epoch + 1}: over {max_seconds:.0f}s", flush=True)
            break
    with torch.no_grad():
        for name, param in trained.items():
            param.copy_(best_state[name])
    if full:
        fold_into_adapter(network, task, originals, hp["rank"], hp["alpha"])
        network.to(device)
    network.eval()
    calibration = calibrate(runner, devs, data_dir, limit)
    dev_metrics = {name: score(runner, examples) for name, examples in devs.items()}
    card = {
        "task": task,
        "labels": list(spec.labels),
        "head": spec.head,
        "rank": hp["rank"],
        "alpha": hp["alpha"],
        **calibration,
        "hyperparameters": {**hp, "warmup": WARMUP, "weight_decay": WEIGHT_DECAY},
        "train_examples": len(train_examples),
        "train_inputs": len(items),
        "dev": dev_metrics,
        "history": history,
        "train_seconds": round(time.time() - started),
        "device": torch.cuda.get_device_name(device) if device.type == "cuda" else f"cpu ({torch.get_num_threads()} threads)",
        "limit": limit,
    }
    if encoder_dir is not None:
        card["encoder_copy"] = str(encoder_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tensors = {k: v.detach().to("cpu", torch.float16).contiguous() for k, v in network.task_parameters(task).items()}
    save_file(tensors, str(out_dir / f"{task}.safetensors"))
    (out_dir / f"{task}.json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    return card


def rescore(task: str, data_dir: Path, limit: int | None = None) -> dict:
    """Refit the shipped artifact's temperature and recompute its dev metrics with the verified encoder.

    Used after training elsewhere (a GPU machine with an fp16 copy of the encoder);
    writes the new figures to the artifact's card and returns it.
    """
    from analysis.models import load_models

    spec = get_task(task)
    runner = load_models((task,), precision="fp32")[task]  # the card's figures are float32's, on any machine
    card = dict(runner.card)
    _, devs = load_splits(task, data_dir, limit, headlines=runner.reads_headlines)
    card.update(calibrate(runner, devs, data_dir, limit))
    card["dev"] = {name: score(runner, examples) for name, examples in devs.items()}
    card.pop("encoder_copy", None)
    spec.artifact.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    return card


def count_or_all(value: str) -> int | None:
    """``--tweets`` or ``--persent-paragraphs`` value: a count (0 leaves that source out), or None for "all"."""
    if value == "all":
        return None
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"expected a number or 'all', not {value!r}")
    return int(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.train", description=__doc__.split("\n\n")[0])
    parser.add_argument("task", choices=sorted(TASKS))
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--out", type=Path, default=models_dir(), help="folder for the artifact (default: models/)")
    parser.add_argument("--limit", type=int, help="cap every split (smoke runs)")
    parser.add_argument("--epochs", type=int)
    parser.add_argument("--lr", type=float)
    parser.add_argument("--batch-size", type=int)
    parser.add_argument("--rank", type=int, help="LoRA rank (alpha scales with it)")
    parser.add_argument("--full", action="store_true", default=argparse.SUPPRESS,
                        help="fine-tune the layers' weights, then store the update as a LoRA adapter of --rank")
    parser.add_argument("--seed", type=int, help=f"batch-order, dropout and (without --init-seed) initialisation seed (default {SEED}; data sampling keeps {SEED})")
    parser.add_argument("--init-seed", type=int,
                        help="seed of the new head and adapter only (default: --seed); runs that share it start alike, for a soup")
    parser.add_argument("--max-minutes", type=float, help="stop training once this time has passed")
    parser.add_argument("--encoder-dir", type=Path, help="a copy of the encoder to use instead of the package (not hash-checked)")
    parser.add_argument("--tweets", type=count_or_all, default=argparse.SUPPRESS,
                        help=f"sentiment only: how many tweets to sample (default {TWEETS}; 0 for SST only), or 'all'")
    parser.add_argument("--persent-paragraphs", type=count_or_all, default=argparse.SUPPRESS,
                        help=f"targeted only: how many PerSenT training paragraphs to sample (default {PERSENT_PARAGRAPHS}; 0 for NewsMTSC only), or 'all'")
    parser.add_argument("--add-train", type=Path, default=argparse.SUPPRESS,
                        help="targeted only: a NewsMTSC JSONL file whose targets join the training set (see python -m analysis.pseudo)")
    parser.add_argument("--no-ibm-claims", dest="ibm_claims", action="store_false", default=argparse.SUPPRESS,
                        help="stance only: leave out the IBM claim-stance train split (the shipped model trains on it)")
    parser.add_argument("--rescore", action="store_true", help="only recompute the shipped artifact's dev metrics")
    args = parser.parse_args(argv)
    for flag, task in DATA_FLAGS.items():
        if flag in vars(args) and args.task != task:
            parser.error(f"{_flag(flag)} applies to the {task} task only")
    if "add_train" in vars(args) and not args.add_train.is_file():
        parser.error(f"--add-train: {args.add_train} is not a file")
    given = {"epochs": args.epochs, "lr": args.lr, "batch_size": args.batch_size, "rank": args.rank, "seed": args.seed,
             "init_seed": args.init_seed}
    overrides = {k: v for k, v in given.items() if v is not None}
    if args.rank:
        overrides["alpha"] = 2 * args.rank
    for flag in DATA_FLAGS:
        if flag in vars(args):
            value = vars(args)[flag]
            overrides[flag] = str(value) if isinstance(value, Path) else value  # the card is JSON
    if "full" in vars(args):
        overrides["full"] = True
    if args.rescore:
        ignored = [_flag(k) for k in overrides if k != "alpha"]
        ignored += [flag for flag, given in (("--out", args.out != models_dir()), ("--encoder-dir", args.encoder_dir),
                                             ("--max-minutes", args.max_minutes)) if given]
        if ignored:
            parser.error(f"--rescore only rescores the {args.task} model in {models_dir()}, with --data-dir and --limit; "
                         f"it does not take {', '.join(ignored)}")
    try:
        if args.rescore:
            card = rescore(args.task, args.data_dir, args.limit)
            print(json.dumps({"task": card["task"], "dev": card["dev"]}))
            return 0
        card = train(
            args.task,
            args.data_dir,
            args.out,
            args.limit,
            encoder_dir=args.encoder_dir,
            max_seconds=args.max_minutes * 60 if args.max_minutes else None,
            **overrides,
        )
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:  # a training set missing from --data-dir
        print(f"error: {exc.filename or exc} is missing. Give --data-dir the folder that holds the training sets "
              f"(default {DEFAULT_DATA_DIR}; see its README.md).", file=sys.stderr)
        return 2
    print(json.dumps({"task": card["task"], "dev": card["dev"], "train_seconds": card["train_seconds"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
