import numpy as np
import pytest

from analysis.actors import ActorSpec
from analysis.errors import AnalysisError
from analysis.pipeline import (
    ACTOR_SENTIMENT_COLUMNS,
    MENTION_COLUMNS,
    PARAGRAPH_COLUMNS,
    STANCE_COLUMNS,
    TEXT_ACTOR_ID,
    analyze,
    clean_topics,
    counted,
)
from analysis.evidence import paragraph_evidence
from analysis.settings import MAX_CHARS, MAX_PARAGRAPHS, MAX_TOPICS
from tests.conftest import SAMPLE_PATH, SAMPLE_TOPICS


def test_sample_tables_have_their_columns(sample_analysis):
    a = sample_analysis
    assert list(a.paragraphs.columns) == PARAGRAPH_COLUMNS
    assert list(a.mentions.columns) == MENTION_COLUMNS
    assert list(a.actor_sentiment.columns) == ACTOR_SENTIMENT_COLUMNS
    assert list(a.stance.columns) == STANCE_COLUMNS
    assert len(a.paragraphs) == 12
    assert a.topics == SAMPLE_TOPICS


def test_offsets_point_at_the_text(sample_analysis):
    a = sample_analysis
    for row in a.paragraphs.itertuples():
        assert a.text[row.start:row.end] == row.text
    for row in a.mentions.itertuples():
        assert a.text[row.start:row.end] == row.text
    for row in a.stance.itertuples():
        if row.actor_id == TEXT_ACTOR_ID:
            assert a.text[row.evidence_start:row.evidence_end] == row.evidence


@pytest.mark.parametrize("table, labels", [("paragraphs", "negative neutral positive"), ("actor_sentiment", "negative neutral positive"), ("stance", "against neutral favor")])
def test_probabilities_are_distributions(sample_analysis, table, labels):
    frame = getattr(sample_analysis, table)
    probs = frame[[f"p_{label}" for label in labels.split()]].to_numpy()
    np.testing.assert_allclose(probs.sum(1), 1.0, atol=2e-3)
    label_column = "stance" if table == "stance" else "sentiment"
    assert (frame[label_column] == [labels.split()[i] for i in probs.argmax(1)]).all()
    np.testing.assert_allclose(frame.confidence, probs.max(1))


def test_one_stance_row_per_topic_for_the_text_and_each_actor_paragraph_with_evidence(sample_analysis):
    a = sample_analysis
    text_rows = a.stance[a.stance.actor_id == TEXT_ACTOR_ID]
    assert len(text_rows) == len(a.topics) * len(a.paragraphs)
    actor_rows = a.stance[a.stance.actor_id != TEXT_ACTOR_ID]
    pairs = set(actor_rows[["actor_id", "paragraph"]].itertuples(index=False, name=None))
    assert len(actor_rows) == len(a.topics) * len(pairs)
    portrayed = set(a.actor_sentiment[["actor_id", "paragraph"]].itertuples(index=False, name=None))
    assert pairs <= portrayed | {(q.speaker, q.paragraph) for q in a.quotes if q.speaker}
    # named there only as another actor's object ("a peace deal between Russia and Ukraine, ... Rubio warned";
    # "a press conference with Italian Prime Minister Giorgia Meloni"): portrayed, but no stance of theirs
    assert {("russia", 0), ("ukraine", 0), ("giorgia-meloni", 8)} <= portrayed - pairs


def test_portrayal_rows_match_mentions(sample_analysis):
    a = sample_analysis
    counts = a.mentions.groupby(["actor_id", "paragraph"]).size()
    for row in a.actor_sentiment.itertuples():
        assert counts[(row.actor_id, row.paragraph)] == row.n_mentions


def test_analysis_is_deterministic(models, sample_analysis):
    again = analyze(sample_analysis.text, sample_analysis.topics, models, title="sample")
    assert again.stance.equals(sample_analysis.stance)
    assert again.actor_sentiment.equals(sample_analysis.actor_sentiment)


def test_the_headline_is_read_only_for_portrayal(models, sample_analysis):
    headed = analyze(sample_analysis.text, sample_analysis.topics, models, title="sample", headline="  Russia   blamed\nfor collapse ")
    assert headed.headline == "Russia blamed for collapse"
    assert headed.stance.equals(sample_analysis.stance) and headed.paragraphs.equals(sample_analysis.paragraphs)
    russia = [a.actor_sentiment[a.actor_sentiment.actor == "Russia"] for a in (sample_analysis, headed)]
    assert not np.allclose(russia[1].p_negative, russia[0].p_negative, atol=1e-3)


def test_quoted_actor_stance_reads_its_quote(sample_analysis):
    a = sample_analysis
    zelensky = next(x for x in a.actors if "Zelensky" in x.name)
    paragraph = a.paragraphs.text[6]
    from analysis.segment import Paragraph

    p = Paragraph(6, int(a.paragraphs.start[6]), int(a.paragraphs.end[6]), paragraph)
    evidence, start, end = paragraph_evidence(p, a.actors, a.quotes)[zelensky.id]
    assert "“a ceasefire without security guarantees is dangerous for Ukraine.”" in evidence
    assert "though Zelensky has made such assurances a priority" in evidence  # the sentence naming him
    assert a.text[start:end] == evidence
    assert paragraph.startswith(evidence) and "White House believes" not in evidence  # not a sentence without him


QUOTED_TEXT = "“A pause that lets Moscow rearm is not peace,” Zelensky said.\nRussia rejected a ceasefire, Zelensky said."
QUOTED_SPECS = [ActorSpec("Zelensky", "person", ["Zelensky"]), ActorSpec("Russia", "country", ["Moscow"])]


def test_an_actor_named_only_in_another_speaker_s_quote_has_no_stance_there(models):
    a = analyze(QUOTED_TEXT, ["a ceasefire"], models, specs=QUOTED_SPECS)
    assert [(q.paragraph, q.speaker) for q in a.quotes] == [(0, "zelensky")]
    assert sorted(a.actor_sentiment[a.actor_sentiment.actor == "Russia"].paragraph) == [0, 1]  # still portrayed in both
    rows = a.stance[a.stance.actor_id != TEXT_ACTOR_ID]
    assert [(r.actor, r.paragraph, r.evidence) for r in rows.itertuples()] == [
        ("Zelensky", 0, "“A pause that lets Moscow rearm is not peace,” Zelensky said."),
        ("Zelensky", 1, "Russia rejected a ceasefire, Zelensky said."),
        ("Russia", 1, "Russia rejected a ceasefire, Zelensky said."),
    ]


def test_a_quote_running_on_into_a_paragraph_without_its_speaker_s_name_is_his_stance_there(models):
    text = "Zelensky said: “We will not give away our land.\n“Not one village, and no ceasefire.”\nRain fell on Kyiv."
    a = analyze(text, ["a ceasefire"], models, specs=[ActorSpec("Zelensky", "person", [])])
    rows = a.stance[a.stance.actor_id == "zelensky"]
    assert [(r.paragraph, r.evidence) for r in rows.itertuples()] == [
        (0, "Zelensky said: “We will not give away our land."), (1, "“Not one village, and no ceasefire.”"),
    ]
    assert list(a.actor_sentiment.paragraph) == [0]  # portrayed only where named


def test_edited_actor_list_replaces_detection(models):
    text = "Acme Corp sued Globex on Monday.\nGlobex said the claim was baseless."
    specs = [ActorSpec("Globex", "organisation", ["Globex"])]
    a = analyze(text, ["the lawsuit"], models, specs=specs)
    assert [x.name for x in a.actors] == ["Globex"]
    assert list(a.mentions.text) == ["Globex", "Globex"]
    assert a.specs == specs


def test_text_without_actors(models):
    a = analyze("It rained all day.\nNobody came.", ["the weather"], models)
    assert a.actors == [] and a.mentions.empty and a.actor_sentiment.empty
    assert len(a.stance) == 2  # the text's own stance in both paragraphs


def test_long_paragraph_is_windowed_not_truncated(models):
    # one sentence of 5,800 characters: no sentence end to read it in groups at, so one paragraph far past the window
    long = ("the committee discussed procedure at length and " * 120) + "Rubio praised the excellent, wonderful deal."
    a = analyze(long, ["the deal"], models)
    assert len(a.paragraphs) == 1
    assert any(m.text == "Rubio" for m in a.mentions.itertuples())


def test_a_wall_of_text_is_analysed_in_paragraphs_of_sentences(models, sample_analysis):
    wall = " ".join(SAMPLE_PATH.read_text(encoding="utf-8").split("\n")).strip()  # the sample without its breaks
    a = analyze(wall, ["a ceasefire"], models)
    assert len(a.paragraphs) == 6 and a.paragraphs["start"].iloc[0] == 0 and a.paragraphs["end"].iloc[-1] == len(wall)
    # the same actors as the sample in its 12 paragraphs, and every quote with the same speaker
    assert [actor.name for actor in a.actors] == [actor.name for actor in sample_analysis.actors]
    assert [(q.text, q.speaker) for q in a.quotes] == [(q.text, q.speaker) for q in sample_analysis.quotes]


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "no text"),
        ("   \n\t\n ", "no text"),
        ("a" * (MAX_CHARS + 1), "limit"),
        ("line\n" * (MAX_PARAGRAPHS + 1), "paragraphs"),
    ],
)
def test_bad_text(models, text, message):
    with pytest.raises(AnalysisError, match=message) as info:
        analyze(text, ["x"], models)
    assert info.value.hint


@pytest.mark.parametrize(
    "topics, expected",
    [
        (["  a  ceasefire ", "A ceasefire", "", "the deal"], ["a ceasefire", "the deal"]),
        ([], []),
    ],
)
def test_clean_topics(topics, expected):
    assert clean_topics(topics) == expected


@pytest.mark.parametrize("topics", [[f"t{i}" for i in range(MAX_TOPICS + 1)], ["x" * 500]])
def test_bad_topics(topics):
    with pytest.raises(AnalysisError):
        clean_topics(topics)


@pytest.mark.parametrize(
    "text",
    [
        "Rubio said no.\r\nKyiv said yes.",
        "Zelensky 🙂 said: «Мир» and مرحبا.",
        "e\u0301 Rubio <script>alert(1)</script> said.",
    ],
)
def test_awkward_text_is_analysed(models, text):
    a = analyze(text, ["peace"], models)
    for row in a.mentions.itertuples():
        assert a.text[row.start:row.end] == row.text


@pytest.mark.parametrize(("n", "noun", "expected"), [(0, "actor", "0 actors"), (1, "actor", "1 actor"), (2, "topic", "2 topics")])
def test_counted(n, noun, expected):
    assert counted(n, noun) == expected
