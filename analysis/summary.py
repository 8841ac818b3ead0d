"""Tables for reading an analysis, under the same filters as the charts: one row per actor, and one for the text
itself (how often it is named, how the text portrays it, its mean stance toward each topic), and one row per quote
(who said what)."""
from __future__ import annotations

from collections.abc import Collection

import pandas as pd

from analysis.charts import TEXT_LABEL, filter_rows
from analysis.pipeline import TEXT_ACTOR_ID, Analysis

QUOTE_COLUMNS = ["paragraph", "start", "end", "actor_id", "actor", "type", "quote"]
SUMMARY_COLUMNS = ["actor_id", "actor", "type", "mentions", "paragraphs", "portrayal", "positive", "negative"]
STANCE_PREFIX = "stance: "  # one column a topic: "stance: <topic>"
TEXT_TYPE = "text"


def actor_summary(
    analysis: Analysis,
    *,
    actors: Collection[str] | None = None,
    topics: Collection[str] | None = None,
    types: Collection[str] | None = None,
    min_confidence: float = 0.0,
) -> pd.DataFrame:
    """One row per actor in the analysis's order, then the text (``TEXT_ACTOR_ID``), with SUMMARY_COLUMNS and
    one ``stance: <topic>`` column per topic.

    ``mentions`` and ``paragraphs`` count where the actor is named (for the text: 0, and every paragraph);
    ``portrayal`` is the mean of p_positive − p_negative over its paragraphs, and ``positive`` / ``negative``
    count the paragraphs labelled so (for the text: the paragraphs' own tone); each stance column is the
    mean of p_favor − p_against. Scores are rounded to 3 decimals, NaN where the filters leave no row;
    ``actors`` and ``types`` choose rows, ``topics`` the stance columns, ``min_confidence`` the rows averaged.
    """
    chosen_topics = [t for t in analysis.topics if topics is None or t in topics]
    sentiment = filter_rows(analysis.actor_sentiment, actors, None, types, min_confidence)
    stance = filter_rows(analysis.stance, actors, chosen_topics, types, min_confidence)
    tone = analysis.paragraphs[analysis.paragraphs["confidence"] >= min_confidence]
    rows = [
        (a.id, a.name, a.type, len(a.mentions), len({m.paragraph for m in a.mentions}),
         *_portrayal(sentiment[sentiment["actor_id"] == a.id]))
        for a in analysis.actors
        if (actors is None or a.id in actors) and (types is None or a.type in types)
    ]
    if (actors is None or TEXT_ACTOR_ID in actors) and (types is None or TEXT_TYPE in types):
        rows.append((TEXT_ACTOR_ID, TEXT_LABEL, TEXT_TYPE, 0, len(analysis.paragraphs), *_portrayal(tone)))
    table = pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
    means = (stance["p_favor"] - stance["p_against"]).groupby([stance["actor_id"], stance["topic"]]).mean()
    for topic in chosen_topics:
        table[STANCE_PREFIX + topic] = [_rounded(means.get((actor_id, topic))) for actor_id in table["actor_id"]]
    return table


def quote_table(
    analysis: Analysis, *, actors: Collection[str] | None = None, types: Collection[str] | None = None
) -> pd.DataFrame:
    """One row per quote in text order, with QUOTE_COLUMNS: its paragraph, document offsets, speaker (actor_id,
    actor and type; missing where no speaker was found) and words. ``actors`` and ``types`` keep the quotes of those
    speakers only (an unattributed quote then drops out)."""
    speakers = {a.id: (a.name, a.type) for a in analysis.actors}
    rows = [(q.paragraph, q.start, q.end, q.speaker, *speakers.get(q.speaker, (None, None)), q.text)
            for q in sorted(analysis.quotes, key=lambda q: q.start)]
    return filter_rows(pd.DataFrame(rows, columns=QUOTE_COLUMNS), actors, None, types)


def _portrayal(rows: pd.DataFrame) -> tuple[float, int, int]:
    """Mean p_positive − p_negative of ``rows`` and how many are labelled positive and negative."""
    label = rows["sentiment"].tolist()
    return _rounded((rows["p_positive"] - rows["p_negative"]).mean()), label.count("positive"), label.count("negative")


def _rounded(value: float | None) -> float:
    """``value`` to 3 decimals, NaN for a missing one."""
    return float("nan") if value is None or pd.isna(value) else round(float(value), 3)
