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


@pytest.mark.parametrize("case, text, topics", [
    (
        "phrases for people, titles and describing words are no topics",
        "The prime minister met officials. The prime minister and the officials spoke of Russian gas. Russian "
        "officials cut the gas. Prince Mohammed and Prince Mohammed agreed on oil prices and oil prices fell.",
        ["oil prices", "gas"],
    ),
    (
        "nor are words shaped like verbs or adverbs, names, or nouns that stand for an actor",
        "Gaza was quiet. Hamas accused Israel, then accused Egypt, quickly and quickly. Gaza talks resumed. The "
        "company said the company was extending aid; extending it helped, and the bombing of Gaza and the bombing "
        "of Rafah stopped. Inflation rose and inflation fell, the Inflation Office said.",
        ["inflation", "the bombing"],
    ),
    (
        "nor phrases holding a name (but a law's), past forms without '-ed' or words the text uses as verbs",
        "Parties agreed and agreed. Voters will meet Trump and meet Trump. Tinubu won and won. They quit and quit; to"
        " join, to join. The Inflation Reduction Act and the Inflation Reduction Act passed; the tariffs and the"
        " tariffs rose.",
        ["the Inflation Reduction Act", "the tariffs"],
    ),
    (
        "nor words too general, adjectives, words for people by creed or trade, or verbs after 'it'",
        "The end came. The end was near. Presidential rivals met; presidential aides left. The ousted leader and the "
        "ousted minister spoke. A nationalist won, and a nationalist lost. It calls for talks, and it calls again. "
        "Nuclear talks and nuclear plants. The sanctions hurt, and the sanctions stayed.",
        ["the sanctions", "talks"],
    ),
    (
        "nor contractions, family nouns, epithets, 'whose' or 'bad'; a compound counting days keeps its unit of time",
        "We're sure, and we're ready. His cousin spoke, and his cousin left. The champion won; the champion lost. "
        "Whose plan? Whose idea? Bad ideas and bad plans. A four-day week works, and a four-day week pays.",
        ["a four-day week"],
    ),
    (
        "words with accents are whole words, so an actor's name is no topic",
        "López Obrador said oil was key. López Obrador sold oil.",
        ["oil"],
    ),
])
def test_topic_phrases(case, text, topics):
    names = ["Hamas", "Israel", "Egypt", "Rafah", "Andrés Manuel López Obrador"]
    assert suggest_topics(text, names, n=3) == topics


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
