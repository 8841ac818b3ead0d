"""The whole analysis of one document, as plain data.

``analyze()`` segments the text, finds the actors, and runs the three task
models in batches: paragraph tone, how the text portrays each actor in each
paragraph (all its mentions there marked), and stances toward each topic —
of the paragraph itself and of each actor. An actor's stance is read from
its evidence in each paragraph that names it or quotes it: the quotes
attributed to it and the sentences that mention it (named or resolved),
less those that name it only as another actor's object (``analysis.evidence``).
"""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from typing import Callable

import numpy as np
import pandas as pd

from analysis.actors import Actor, ActorSpec, Quote, find_actors
from analysis.errors import AnalysisError
from analysis.evidence import paragraph_evidence
from analysis.ingest import check_length
from analysis.models import Models, release_freed_memory
from analysis.segment import Paragraph, normalise, split_paragraphs
from analysis.settings import MAX_PARAGRAPHS, MAX_TOPIC_CHARS, MAX_TOPICS
from analysis.topics import suggest_topics

Progress = Callable[[float, str], None]

PARAGRAPH_COLUMNS = ["paragraph", "start", "end", "text", "sentiment", "p_negative", "p_neutral", "p_positive", "confidence"]
MENTION_COLUMNS = ["actor_id", "actor", "type", "paragraph", "start", "end", "text", "kind", "resolved"]
ACTOR_SENTIMENT_COLUMNS = [
    "actor_id", "actor", "type", "paragraph", "sentiment", "p_negative", "p_neutral", "p_positive", "confidence", "n_mentions",
]
STANCE_COLUMNS = [
    "actor_id", "actor", "type", "paragraph", "topic", "stance", "p_against", "p_neutral", "p_favor", "confidence",
    "evidence", "evidence_start", "evidence_end",
]
TEXT_ACTOR_ID = "__text__"  # stance rows of the text itself (the whole paragraph), not of one actor


@dataclass
class Analysis:
    """Everything the app shows about one document; offsets index ``text``.

    Tables (pandas DataFrames, columns as the *_COLUMNS lists above):
    - ``paragraphs``: one row a paragraph with its tone;
    - ``mentions``: one row a mention of an actor;
    - ``actor_sentiment``: how the text portrays each actor in each paragraph it appears in;
    - ``stance``: each actor's stance toward each topic in each paragraph that names or quotes it
      (``actor_id == TEXT_ACTOR_ID`` rows: the paragraph's own stance), with the evidence
      text the model read and its offsets.
    """

    doc_id: str
    title: str
    text: str
    topics: list[str]
    paragraphs: pd.DataFrame
    actors: list[Actor]
    specs: list[ActorSpec]
    quotes: list[Quote]
    mentions: pd.DataFrame
    actor_sentiment: pd.DataFrame
    stance: pd.DataFrame
    models: dict[str, str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    headline: str = ""  # the article's headline, read with each paragraph when judging how actors are portrayed


def counted(n: int, noun: str) -> str:
    """``n`` and the noun, in the plural unless ``n`` is 1 ("1 actor", "3 actors")."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def document_id(text: str) -> str:
    """A short content hash identifying a text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def clean_topics(topics: list[str]) -> list[str]:
    """Stripped, de-duplicated topics; too many or too long raise AnalysisError."""
    seen, result = set(), []
    for topic in topics:
        topic = " ".join(str(topic).split())
        if topic and topic.lower() not in seen:
            seen.add(topic.lower())
            result.append(topic)
    if len(result) > MAX_TOPICS:
        raise AnalysisError(f"{len(result)} topics given; at most {MAX_TOPICS} are analysed at once.", "Remove some topics.")
    long = [t for t in result if len(t) > MAX_TOPIC_CHARS]
    if long:
        raise AnalysisError(f"The topic {long[0][:40]!r}… is longer than {MAX_TOPIC_CHARS} characters.", "Name the topic in a short phrase.")
    return result


def prepare_text(text: str) -> tuple[str, list[Paragraph]]:
    """Normalised text and its paragraphs; empty, oversized or over-long documents raise AnalysisError."""
    text = normalise(text)
    if not text.strip():
        raise AnalysisError("There is no text to analyse.", "Paste an article or upload a file.")
    check_length(text)
    paragraphs = split_paragraphs(text)
    if len(paragraphs) > MAX_PARAGRAPHS:
        raise AnalysisError(
            f"The text has {len(paragraphs)} paragraphs; the limit is {MAX_PARAGRAPHS}.",
            "Analyse it in parts, or join short lines into paragraphs.",
        )
    return text, paragraphs


def _probability_columns(frame: pd.DataFrame, probs: np.ndarray, labels: tuple[str, ...], label_column: str) -> None:
    for k, label in enumerate(labels):
        frame[f"p_{label}"] = probs[:, k].round(4) if len(frame) else []
    frame[label_column] = [labels[i] for i in probs.argmax(1)] if len(frame) else []
    frame["confidence"] = probs.max(1).round(4) if len(frame) else []


def analyze(
    text: str,
    topics: list[str],
    models: Models,
    title: str = "Untitled",
    specs: list[ActorSpec] | None = None,
    progress: Progress | None = None,
    headline: str = "",
) -> Analysis:
    """Analyse one document; ``specs`` (an analyst-edited actor list) replaces actor detection.

    A ``headline`` is read with every paragraph when judging how the text portrays each actor.
    """
    report = progress or (lambda fraction, message: None)
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = round(now - clock, 3)
        clock = now

    text, paragraphs = prepare_text(text)
    topics = clean_topics(topics)
    headline = " ".join(headline.split())
    report(0.05, f"Finding actors in {counted(len(paragraphs), 'paragraph')}")
    specs, actors, quotes = find_actors(text, paragraphs, tagger=models["ner"].tag if specs is None else None, specs=specs)
    lap("actors")

    report(0.3, "Judging the tone of each paragraph")
    para_frame = pd.DataFrame({
        "paragraph": [p.index for p in paragraphs],
        "start": [p.start for p in paragraphs],
        "end": [p.end for p in paragraphs],
        "text": [p.text for p in paragraphs],
    })
    sentiment = models["sentiment"]
    _probability_columns(para_frame, sentiment.predict([p.text for p in paragraphs]), sentiment.labels, "sentiment")
    lap("sentiment")

    report(0.5, f"Judging how the text portrays {counted(len(actors), 'actor')}")
    mention_rows, pairs = [], []
    for actor in actors:
        for m in actor.mentions:
            mention_rows.append([actor.id, actor.name, actor.type, m.paragraph, m.start, m.end, m.text, m.kind, m.resolved])
        for index in sorted({m.paragraph for m in actor.mentions}):
            pairs.append((actor, paragraphs[index]))
    mentions = pd.DataFrame(mention_rows, columns=MENTION_COLUMNS)
    targeted = models["targeted"]
    probs = targeted.predict_targets(
        [p.text for _, p in pairs],
        [[(m.start - p.start, m.end - p.start) for m in a.mentions if m.paragraph == p.index] for a, p in pairs],
        [headline] * len(pairs) if headline else None,
    )
    portrayal = pd.DataFrame({
        "actor_id": [a.id for a, _ in pairs],
        "actor": [a.name for a, _ in pairs],
        "type": [a.type for a, _ in pairs],
        "paragraph": [p.index for _, p in pairs],
    })
    _probability_columns(portrayal, probs, targeted.labels, "sentiment")
    portrayal["n_mentions"] = [sum(m.paragraph == p.index for m in a.mentions) for a, p in pairs]
    portrayal = portrayal[ACTOR_SENTIMENT_COLUMNS]
    lap("targeted")

    report(0.7, f"Reading stances toward {counted(len(topics), 'topic')}")
    rows = []
    for p in paragraphs:
        rows.append((TEXT_ACTOR_ID, "The text", "text", p.index, p.text, p.start, p.end))
    by_paragraph = [paragraph_evidence(p, actors, quotes) for p in paragraphs]
    for actor in actors:  # where it is named, and where it speaks unnamed (a quote running on from the paragraph before)
        for index, found in enumerate(by_paragraph):
            if actor.id in found:
                rows.append((actor.id, actor.name, actor.type, index, *found[actor.id]))
    stance_inputs = [(row, topic) for topic in topics for row in rows]
    unique = sorted({(row[4], topic) for row, topic in stance_inputs})
    stance_model = models["stance"]
    unique_probs = stance_model.predict([e for e, _ in unique], [t for _, t in unique])
    lookup = {key: unique_probs[i] for i, key in enumerate(unique)}
    stance = pd.DataFrame(
        [(r[0], r[1], r[2], r[3], topic) for r, topic in stance_inputs],
        columns=["actor_id", "actor", "type", "paragraph", "topic"],
    )
    _probability_columns(
        stance,
        np.array([lookup[(r[4], topic)] for r, topic in stance_inputs]).reshape(-1, len(stance_model.labels)),
        stance_model.labels,
        "stance",
    )
    stance["evidence"] = [r[4] for r, _ in stance_inputs]
    stance["evidence_start"] = [r[5] for r, _ in stance_inputs]
    stance["evidence_end"] = [r[6] for r, _ in stance_inputs]
    stance = stance[STANCE_COLUMNS]
    release_freed_memory()
    lap("stance")
    report(1.0, "Done")
    return Analysis(
        doc_id=document_id(text),
        title=title,
        text=text,
        topics=topics,
        paragraphs=para_frame[PARAGRAPH_COLUMNS],
        actors=actors,
        specs=specs,
        quotes=quotes,
        mentions=mentions,
        actor_sentiment=portrayal,
        stance=stance,
        models={task: runner.model_id for task, runner in models.runners.items()},
        timings=timings,
        headline=headline,
    )


def default_topics(text: str, models: Models, n: int = 3) -> list[str]:
    """Topics suggested from ``text``: recurring phrases that are not the names of its actors."""
    text, paragraphs = prepare_text(text)
    specs, _, _ = find_actors(text, paragraphs, tagger=models["ner"].tag)
    return suggest_topics(text, [form for s in specs for form in (s.name, *s.aliases)], n=n)
