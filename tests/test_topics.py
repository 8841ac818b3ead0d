from html import escape
from pathlib import Path

import pytest

from analysis.topics import absent_topics, absent_topics_note, suggest_topics

SAMPLE = (Path(__file__).resolve().parent.parent / "seeds" / "rubio-peace-talks.txt").read_text(encoding="utf-8")
NAMES = ["Ukraine", "Russia", "Marco Rubio", "Volodymyr Zelensky", "Donald Trump", "United States", "US"]


def test_sample_topics():
    assert suggest_topics(SAMPLE, NAMES, n=3) == ["a ceasefire", "security guarantees for Ukraine", "the minerals deal"]


def test_topics_need_repetition():
    assert suggest_topics("A single sentence about nothing much.", [], n=3) == []


def test_actor_names_are_not_topics():
    text = "Rubio met Rubio. Rubio spoke. The tariff plan failed. The tariff plan returned."
    assert suggest_topics(text, ["Marco Rubio"], n=2) == ["the tariff plan"]


@pytest.mark.parametrize("text, topics, absent", [
    (SAMPLE, ["a ceasefire", "the minerals deal", "security guarantees for Ukraine"], []),
    ("Brussels raised tariffs on Chinese cars.", ["the tariffs", "a ceasefire", "the tariff deal"], ["a ceasefire", "the tariff deal"]),
    ("A guarantee of security was given.", ["security guarantees"], []),  # singular or plural alike
    ("Talks resumed.", ["The", "of the"], []),  # nothing but stopwords: nothing to miss
    ("Rubio's plan.", ["Rubio"], []),
    ("", ["a ceasefire"], ["a ceasefire"]),
])
def test_absent_topics(text, topics, absent):
    assert absent_topics(text, topics) == absent


def test_the_absent_topics_note_escapes_each_topic_for_where_it_goes():
    text = "Kyiv wants a ceasefire."
    assert absent_topics_note(text, ["a ceasefire"]) is None
    assert absent_topics_note(text, ["a ceasefire", "the <b>deal</b>", "aid"], "This text", escape) == (
        "This text does not name “the &lt;b&gt;deal&lt;/b&gt;”, “aid”: a stance read toward a topic the text never "
        "names means little."
    )
