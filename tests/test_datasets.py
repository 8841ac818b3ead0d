from analysis.datasets import SequenceExample, topic_neutrals

ROWS = [
    ("guns", SequenceExample("Ban assault rifles now.", "favor", "gun control")),
    ("guns", SequenceExample("Ban assault rifles now.", "favor", "assault rifles")),
    ("taxes", SequenceExample("Cut the estate tax.", "favor", "estate tax")),
    ("schools", SequenceExample("Charter schools fail kids.", "against", "charter schools")),
]
TOPICS_OF = {"guns": {"gun control", "assault rifles"}, "taxes": {"estate tax"}, "schools": {"charter schools"}}
ARTICLE_OF = {"Ban assault rifles now.": "guns", "Cut the estate tax.": "taxes", "Charter schools fail kids.": "schools"}


def test_topic_neutrals_pair_texts_with_other_articles_topics():
    made = topic_neutrals(ROWS, 20)
    assert len(made) == 20
    for example in made:
        assert example.label == "neutral"
        assert example.pair not in TOPICS_OF[ARTICLE_OF[example.text]]
    assert made == topic_neutrals(ROWS, 20)  # seeded


def test_topic_neutrals_need_two_articles():
    assert topic_neutrals(ROWS[:2], 5) == []
    assert topic_neutrals(ROWS, 0) == []
