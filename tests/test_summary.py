"""The actor summary table against the hand-made fixture's exact numbers."""
from __future__ import annotations

import math

import pytest
from dataclasses import replace

from conftest import RUBIO, RUSSIA, ZELENSKY, make_second_analysis

from analysis.actors import Quote

from analysis.pipeline import TEXT_ACTOR_ID
from analysis.summary import QUOTE_COLUMNS, SUMMARY_COLUMNS, actor_summary, quote_table

NAN = math.nan


def rows(table) -> list[list]:
    return table.values.tolist()


def same(actual: list[list], expected: list[list]) -> bool:
    """Row lists equal, NaN matching NaN."""
    flat = [(a, e) for ra, re in zip(actual, expected, strict=True) for a, e in zip(ra, re, strict=True)]
    return len(actual) == len(expected) and all(
        (isinstance(e, float) and math.isnan(e) and isinstance(a, float) and math.isnan(a)) or a == pytest.approx(e) for a, e in flat
    )


def test_actor_summary(analysis):
    table = actor_summary(analysis)
    assert list(table.columns) == [*SUMMARY_COLUMNS, "stance: peace talks", "stance: ceasefire"]
    assert same(rows(table), [
        [RUBIO, "Marco Rubio", "person", 2, 2, 0.05, 1, 1, 0.5, 0.25],
        [RUSSIA, "Russia", "country", 3, 3, -0.383, 0, 2, -0.85, -0.6],
        [ZELENSKY, "Volodymyr Zelensky", "person", 1, 1, 0.75, 1, 0, 0.7, NAN],
        [TEXT_ACTOR_ID, "The text", "text", 0, 3, -0.033, 1, 1, 0.3, NAN],  # the text's portrayal: the paragraphs' tone
    ])


@pytest.mark.parametrize(("filters", "expected"), [
    ({"min_confidence": 0.65}, [
        [RUBIO, "Marco Rubio", "person", 2, 2, 0.6, 1, 0, 0.6, NAN],
        [RUSSIA, "Russia", "country", 3, 3, -0.75, 0, 1, -0.85, -0.6],
        [ZELENSKY, "Volodymyr Zelensky", "person", 1, 1, 0.75, 1, 0, 0.7, NAN],
        [TEXT_ACTOR_ID, "The text", "text", 0, 3, -0.6, 0, 1, NAN, NAN],
    ]),
    ({"actors": [RUSSIA], "topics": ["ceasefire"]}, [[RUSSIA, "Russia", "country", 3, 3, -0.383, 0, 2, -0.6]]),
    ({"types": ["person"], "topics": []}, [
        [RUBIO, "Marco Rubio", "person", 2, 2, 0.05, 1, 1],
        [ZELENSKY, "Volodymyr Zelensky", "person", 1, 1, 0.75, 1, 0],
    ]),
    ({"actors": [TEXT_ACTOR_ID], "types": ["text"], "topics": ["peace talks"]}, [[TEXT_ACTOR_ID, "The text", "text", 0, 3, -0.033, 1, 1, 0.3]]),
    ({"actors": []}, []),
])
def test_actor_summary_filtered(analysis, filters, expected):
    assert same(rows(actor_summary(analysis, **filters)), expected)


def test_actor_summary_of_a_document_without_actors_or_paragraphs():
    table = actor_summary(make_second_analysis())  # no actors listed, no paragraphs
    assert same(rows(table), [[TEXT_ACTOR_ID, "The text", "text", 0, 0, NAN, 0, 0, NAN, NAN]])


@pytest.mark.parametrize(("filters", "speakers"), [
    ({}, [None, RUBIO, ZELENSKY]),  # text order; the unattributed quote too
    ({"actors": [RUBIO]}, [RUBIO]),
    ({"types": ["person"]}, [RUBIO, ZELENSKY]),
    ({"types": ["country"]}, []),
    ({"actors": []}, []),
])
def test_quote_table(analysis, filters, speakers):
    text = analysis.text
    quotes = [*analysis.quotes, Quote(2, 159, 170, text[159:170], ZELENSKY), Quote(0, 0, 5, text[0:5], None)]
    table = quote_table(replace(analysis, quotes=quotes), **filters)
    table = table.astype(object).where(table.notna(), None)  # a missing speaker reads as None
    assert list(table.columns) == QUOTE_COLUMNS
    assert table["actor_id"].tolist() == speakers
    every = {
        None: [0, 0, 5, None, None, None, text[0:5]],
        RUBIO: [1, 98, 158, RUBIO, "Marco Rubio", "person", text[98:158]],
        ZELENSKY: [2, 159, 170, ZELENSKY, "Volodymyr Zelensky", "person", text[159:170]],
    }
    assert rows(table) == [every[s] for s in speakers]
