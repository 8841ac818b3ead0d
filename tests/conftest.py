"""A tiny hand-made Analysis with exact numbers, shared by the view-layer tests.

Paragraphs (offsets into TEXT):
  0 [0, 85)    Rubio ... Russia & Ukraine ... <script>alert(1)</script> ...
  1 [87, 158)  He warned: "Moscow must <img src=x onerror=alert(1)> stop the attacks."
  2 [159, 209) Zelensky welcomed the plan but Russia rejected it.
"He" is a pronoun resolved to Marco Rubio.
"""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.actors import Actor, ActorSpec, Mention, Quote
from analysis.pipeline import (
    ACTOR_SENTIMENT_COLUMNS,
    MENTION_COLUMNS,
    PARAGRAPH_COLUMNS,
    STANCE_COLUMNS,
    TEXT_ACTOR_ID,
    Analysis,
)
from pages.common import SAMPLE_PATH, SAMPLE_TOPICS

TEXT = (
    "Rubio said the talks with Russia & Ukraine were <script>alert(1)</script> productive.\n"
    "\n"
    'He warned: "Moscow must <img src=x onerror=alert(1)> stop the attacks."\n'
    "Zelensky welcomed the plan but Russia rejected it."
)
TOPICS = ["peace talks", "ceasefire"]
RUBIO, RUSSIA, ZELENSKY = "marco-rubio", "russia", "volodymyr-zelensky"
P0, P1, P2 = TEXT[0:85], TEXT[87:158], TEXT[159:209]

MENTIONS = [  # actor_id, actor, type, paragraph, start, end, text, kind, resolved
    (RUBIO, "Marco Rubio", "person", 0, 0, 5, "Rubio", "name", False),
    (RUSSIA, "Russia", "country", 0, 26, 32, "Russia", "name", False),
    (RUBIO, "Marco Rubio", "person", 1, 87, 89, "He", "pronoun", True),
    (RUSSIA, "Russia", "country", 1, 99, 105, "Moscow", "name", False),
    (ZELENSKY, "Volodymyr Zelensky", "person", 2, 159, 167, "Zelensky", "name", False),
    (RUSSIA, "Russia", "country", 2, 190, 196, "Russia", "name", False),
]


def table(columns: list[str], rows: list[tuple]) -> pd.DataFrame:
    """A table with exactly ``columns``."""
    return pd.DataFrame(rows, columns=columns)


def make_analysis() -> Analysis:
    """The fixture document, built fresh (tests may mutate it)."""
    paragraphs = table(PARAGRAPH_COLUMNS, [
        (0, 0, 85, P0, "positive", 0.10, 0.30, 0.60, 0.60),
        (1, 87, 158, P1, "negative", 0.70, 0.20, 0.10, 0.70),
        (2, 159, 209, P2, "neutral", 0.25, 0.50, 0.25, 0.50),
    ])
    actor_sentiment = table(ACTOR_SENTIMENT_COLUMNS, [
        (RUBIO, "Marco Rubio", "person", 0, "positive", 0.10, 0.20, 0.70, 0.70, 1),
        (RUSSIA, "Russia", "country", 0, "neutral", 0.20, 0.60, 0.20, 0.60, 1),
        (RUBIO, "Marco Rubio", "person", 1, "negative", 0.60, 0.30, 0.10, 0.60, 1),
        (RUSSIA, "Russia", "country", 1, "negative", 0.80, 0.15, 0.05, 0.80, 1),
        (ZELENSKY, "Volodymyr Zelensky", "person", 2, "positive", 0.05, 0.15, 0.80, 0.80, 1),
        (RUSSIA, "Russia", "country", 2, "negative", 0.50, 0.40, 0.10, 0.50, 1),
    ])
    stance = table(STANCE_COLUMNS, [
        (RUBIO, "Marco Rubio", "person", 0, "peace talks", "favor", 0.10, 0.20, 0.70, 0.70, P0, 0, 85),
        (RUBIO, "Marco Rubio", "person", 0, "ceasefire", "neutral", 0.20, 0.60, 0.20, 0.60, P0, 0, 85),
        (RUBIO, "Marco Rubio", "person", 1, "peace talks", "favor", 0.20, 0.20, 0.60, 0.60, P1, 87, 158),
        (RUBIO, "Marco Rubio", "person", 1, "ceasefire", "favor", 0.10, 0.30, 0.60, 0.60, P1, 87, 158),
        (RUSSIA, "Russia", "country", 1, "ceasefire", "against", 0.70, 0.20, 0.10, 0.70, P1, 87, 158),
        (RUSSIA, "Russia", "country", 2, "peace talks", "against", 0.90, 0.05, 0.05, 0.90, P2, 159, 209),
        (ZELENSKY, "Volodymyr Zelensky", "person", 2, "peace talks", "favor", 0.10, 0.10, 0.80, 0.80, P2, 159, 209),
        (TEXT_ACTOR_ID, "The text", "text", 0, "peace talks", "favor", 0.20, 0.30, 0.50, 0.50, P0, 0, 85),
    ])
    mentions = table(MENTION_COLUMNS, MENTIONS)

    def actor(actor_id: str, name: str, type_: str, aliases: list[str]) -> Actor:
        rows = [m for m in MENTIONS if m[0] == actor_id]
        return Actor(actor_id, name, type_, aliases, [Mention(m[3], m[4], m[5], m[6], m[7], m[8]) for m in rows])

    return Analysis(
        doc_id="doc-1",
        title="Talks & <b>tensions</b>",
        text=TEXT,
        topics=list(TOPICS),
        paragraphs=paragraphs,
        actors=[
            actor(RUBIO, "Marco Rubio", "person", ["Rubio"]),
            actor(RUSSIA, "Russia", "country", ["Moscow"]),
            actor(ZELENSKY, "Volodymyr Zelensky", "person", ["Zelensky"]),
        ],
        specs=[
            ActorSpec("Marco Rubio", "person", ["Rubio"]),
            ActorSpec("Russia", "country", ["Moscow"]),
            ActorSpec("Volodymyr Zelensky", "person", ["Zelensky"]),
        ],
        quotes=[Quote(1, 98, 158, TEXT[98:158], RUBIO)],
        mentions=mentions,
        actor_sentiment=actor_sentiment,
        stance=stance,
        models={"sentiment": "sentiment v1", "stance": "stance v1"},
        timings={"total": 1.5},
        headline="Rubio <em>hails</em> talks",
    )


def make_second_analysis() -> Analysis:
    """A second document for comparisons: Rubio under another id (matched by name), Russia, and a new actor."""
    stance = table(STANCE_COLUMNS, [
        ("rubio", "marco rubio", "person", 0, "peace talks", "against", 0.60, 0.30, 0.10, 0.60, "x", 0, 1),
        ("rubio", "marco rubio", "person", 1, "peace talks", "favor", 0.20, 0.20, 0.60, 0.60, "x", 0, 1),
        (RUSSIA, "Russia", "country", 0, "ceasefire", "favor", 0.10, 0.10, 0.80, 0.80, "x", 0, 1),
        ("nato", "NATO", "organisation", 1, "peace talks", "neutral", 0.30, 0.40, 0.30, 0.40, "x", 0, 1),
    ])
    actor_sentiment = table(ACTOR_SENTIMENT_COLUMNS, [
        ("rubio", "marco rubio", "person", 0, "negative", 0.50, 0.30, 0.20, 0.50, 2),
        (RUSSIA, "Russia", "country", 1, "positive", 0.10, 0.30, 0.60, 0.60, 1),
    ])
    return Analysis(
        doc_id="doc-2", title="Second", text="x\ny", topics=list(TOPICS),
        paragraphs=table(PARAGRAPH_COLUMNS, []), actors=[], specs=[], quotes=[],
        mentions=table(MENTION_COLUMNS, []), actor_sentiment=actor_sentiment, stance=stance,
    )


@pytest.fixture
def analysis() -> Analysis:
    return make_analysis()


@pytest.fixture
def second_analysis() -> Analysis:
    return make_second_analysis()


@pytest.fixture(scope="session")
def models():
    """The shipped models, loaded once for the whole test session."""
    from analysis.models import load_models

    return load_models()


@pytest.fixture(scope="session")
def sample_analysis(models):
    """The real analysis of the sample article (computed once)."""
    from analysis.pipeline import analyze

    return analyze(SAMPLE_PATH.read_text(encoding="utf-8"), SAMPLE_TOPICS, models, title="sample")
