"""Speed benchmark: ``python -m analysis.bench`` (a benchmark, not a test).

Reports, in one run:
- ``cold_start_s``: from starting a fresh Python process to its first finished
  analysis of the sample article (imports, model loading, analysis);
- ``warm_sample_s``: the sample analysed again in a warm process (median of 3);
- ``paragraphs_per_s``: each task over a 500-paragraph corpus (the sample's
  paragraphs repeated), batched as the app runs it;
- ``baseline_paragraphs_per_s``: the same models run naively, one paragraph at a
  time through a ``transformers`` Pipeline, and ``speedup``: the batched
  paragraphs per second over the baseline's, all tasks together;
- ``precision``: what the encoder computed in (``bf16`` on a CPU with native
  bfloat16, else ``fp32``; ``ACTOR_STANCE_PRECISION`` overrides it);
- ``long_document``: for the sample repeated up to the app's length limit, its
  size and the seconds to draw what the pages show of it, warm (median of 3):
  the highlighted text (``text_html_s``) and the five charts (``charts_s``).
The last stdout line is one JSON object.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "seeds" / "rubio-peace-talks.txt"
TOPICS = ["a ceasefire", "the minerals deal", "security guarantees for Ukraine"]
TASK_ORDER = ("ner", "sentiment", "targeted", "stance")


def cold_start() -> float:
    """Seconds from launching a fresh interpreter to its first finished analysis of the sample."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", "from analysis.bench import analyse_sample_once; analyse_sample_once()"],
        check=True, cwd=Path(__file__).resolve().parent.parent,
    )
    return time.perf_counter() - started


def analyse_sample_once() -> None:
    from analysis.models import load_models
    from analysis.pipeline import analyze

    analyze(SAMPLE.read_text(encoding="utf-8"), TOPICS, load_models())


def corpus_inputs(models, n: int = 500) -> dict[str, tuple]:
    """Per-task inputs over ``n`` paragraphs: texts, one actor's mention spans, the topic."""
    from analysis.actors import find_actors
    from analysis.segment import split_paragraphs

    text = SAMPLE.read_text(encoding="utf-8")
    paragraphs = split_paragraphs(text)
    _, actors, _ = find_actors(text, paragraphs, tagger=models["ner"].tag)
    spans = {}
    for actor in actors:
        for m in actor.mentions:
            p = paragraphs[m.paragraph]
            spans.setdefault(m.paragraph, []).append((m.start - p.start, m.end - p.start))
    texts = [paragraphs[i % len(paragraphs)].text for i in range(n)]
    targets = [spans.get(i % len(paragraphs), [(0, 1)])[:1] for i in range(n)]
    return {"texts": texts, "targets": targets, "topics": [TOPICS[i % len(TOPICS)] for i in range(n)]}


def run_batched(models, task: str, data: dict) -> None:
    runner = models[task]
    if task == "ner":
        runner.tag(data["texts"])
    elif task == "targeted":
        runner.predict_targets(data["texts"], data["targets"])
    else:
        runner.predict(data["texts"], data["topics"] if task == "stance" else None)


def naive_pipeline(runner):
    """The same task model as a ``transformers`` Pipeline that is fed one paragraph at a time."""
    import torch
    from transformers import Pipeline

    from analysis.features import collate, encode_sequences, encode_targets, encode_words, split_words

    class TaskPipeline(Pipeline):
        def _sanitize_parameters(self, **kwargs):
            return {}, {}, {}

        def preprocess(self, inputs):
            text, extra = inputs
            spec = runner.spec
            if spec.name == "ner":
                words = [text[a:b] for a, b in split_words(text)]
                items = encode_words(runner.tokenizer, [words], spec.max_length)[0].inputs
            elif spec.name == "targeted":
                items = encode_targets(runner.tokenizer, [text], [extra], spec.max_length).inputs
            else:
                items = encode_sequences(runner.tokenizer, [text], [extra] if extra else None, spec.max_length).inputs
            return collate(items)

        def _forward(self, batch):
            with runner.autocast():  # in the app's precision, so the speed-up is batching's alone
                return {"logits": self.model(runner.spec.name, **batch)}

        def postprocess(self, outputs):
            probs = torch.softmax(outputs["logits"].float(), -1)
            return probs.argmax(-1).numpy() if probs.ndim == 3 else probs.mean(0).numpy()

    return TaskPipeline(model=runner.network, tokenizer=runner.tokenizer, device=-1)


def run_naive(models, task: str, data: dict, n: int) -> float:
    """Paragraphs per second of the naive run over the first ``n`` paragraphs."""
    pipe = naive_pipeline(models[task])
    extras = data["targets"] if task == "targeted" else data["topics"] if task == "stance" else [None] * n
    started = time.perf_counter()
    for text, extra in zip(data["texts"][:n], extras[:n]):
        pipe((text, extra))
    return n / (time.perf_counter() - started)


def long_document_views(models) -> dict[str, float | int]:
    """Size of the longest document the app takes (the sample repeated) and the warm seconds to draw its views."""
    from analysis import charts, highlight
    from analysis.pipeline import analyze
    from analysis.settings import MAX_CHARS

    sample = SAMPLE.read_text(encoding="utf-8").strip()
    text = "\n\n".join([sample] * ((MAX_CHARS + 2) // (len(sample) + 2)))
    analysis = analyze(text, TOPICS, models)
    timings: dict[str, list[float]] = {"text_html_s": [], "charts_s": []}
    for _ in range(3):
        started = time.perf_counter()
        highlight.render_document(analysis)
        timings["text_html_s"].append(time.perf_counter() - started)
        started = time.perf_counter()
        for chart in charts.DOCUMENT_CHARTS.values():
            chart(analysis)
        timings["charts_s"].append(time.perf_counter() - started)
    return {"characters": len(text), "paragraphs": len(analysis.paragraphs), "mentions": len(analysis.mentions),
            **{name: round(statistics.median(runs), 3) for name, runs in timings.items()}}


def all_tasks_rate(rates: dict[str, float]) -> float:
    """Paragraphs per second when every paragraph goes through every task."""
    return 1 / sum(1 / r for r in rates.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--paragraphs", type=int, default=500)
    parser.add_argument("--baseline-paragraphs", type=int, default=100, help="paragraphs for the slow naive baseline")
    args = parser.parse_args(argv)

    import torch

    from analysis.models import load_models
    from analysis.pipeline import analyze

    cold = cold_start()
    models = load_models()
    text = SAMPLE.read_text(encoding="utf-8")
    analyze(text, TOPICS, models)
    warm_runs = []
    for _ in range(3):
        started = time.perf_counter()
        result = analyze(text, TOPICS, models)
        warm_runs.append(time.perf_counter() - started)
    data = corpus_inputs(models, args.paragraphs)
    per_task, baseline = {}, {}
    for task in TASK_ORDER:
        started = time.perf_counter()
        run_batched(models, task, data)
        per_task[task] = round(args.paragraphs / (time.perf_counter() - started), 1)
        baseline[task] = round(run_naive(models, task, data, args.baseline_paragraphs), 1)
        print(f"{task}: {per_task[task]} paragraphs/s batched, {baseline[task]} naive", file=sys.stderr)
    report = {
        "cold_start_s": round(cold, 2),
        "warm_sample_s": round(statistics.median(warm_runs), 3),
        "warm_sample_stages_s": result.timings,
        "paragraphs_per_s": per_task,
        "baseline_paragraphs_per_s": baseline,
        "all_tasks_paragraphs_per_s": round(all_tasks_rate(per_task), 1),
        "baseline_all_tasks_paragraphs_per_s": round(all_tasks_rate(baseline), 1),
        "speedup": round(all_tasks_rate(per_task) / all_tasks_rate(baseline), 2),
        "threads": torch.get_num_threads(),
        "precision": "bf16" if models["sentiment"].dtype == torch.bfloat16 else "fp32",  # one dtype for all runners
        "long_document": long_document_views(models),
    }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
