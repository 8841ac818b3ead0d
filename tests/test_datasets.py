import csv
import io
import json
import zipfile

import pytest

from analysis.datasets import (
    SequenceExample,
    TargetExample,
    read_ibm_claims,
    read_newsmtsc,
    read_persent,
    read_vast,
    topic_neutrals,
)

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


VAST_COLUMNS = ["post", "ori_topic", "new_topic", "topic_str", "label", "type_idx"]
VAST_ROWS = [
    ("Regulate corporations now.", "companies", "companies", "company", "0", "1"),
    ("Regulate corporations now.", "companies", "regulation of corporations", "regulation corporation", "0", "3"),
    # VAST's added neutral pair: new_topic repeats the comment's own topic; the real one is topic_str
    ("Regulate corporations now.", "companies", "companies", "capital gain", "2", "4"),
    ("Tax capital gains as income.", "taxes", "capital gains", "capital gain", "1", "1"),
    ("Tax capital gains as income.", "taxes", "", "drug war", "2", "4"),
]


def test_read_vast_takes_added_neutral_pairs_topic_from_topic_str_in_natural_wording(tmp_path):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(VAST_COLUMNS)
    writer.writerows(VAST_ROWS)
    path = tmp_path / "vast_train.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("vast_train.csv", buffer.getvalue())
    assert read_vast(path) == [
        ("companies", SequenceExample("Regulate corporations now.", "against", "companies")),
        ("companies", SequenceExample("Regulate corporations now.", "against", "regulation of corporations")),
        ("companies", SequenceExample("Regulate corporations now.", "neutral", "capital gains")),
        ("taxes", SequenceExample("Tax capital gains as income.", "favor", "capital gains")),
        ("taxes", SequenceExample("Tax capital gains as income.", "neutral", "drug war")),  # no other wording known
    ]


IBM_COLUMNS = [
    "topicId", "split", "topicText", "topicTarget", "topicSentiment", "claims.claimId", "claims.stance",
    "claims.claimCorrectedText", "claims.claimOriginalText", *[f"other{i}" for i in range(12)],
]


def ibm_line(fields: list[str]) -> str:
    """A row as the shared copy stores it: the CSV row quoted whole, as one field, with ';' padding."""
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_ALL).writerow(fields)
    return '"' + buffer.getvalue().rstrip("\r\n").replace('"', '""') + '";;;;'


def test_read_ibm_claims_reads_stance_toward_the_motion_s_target(tmp_path):
    def row(split: str, sentiment: str, stance: str, claim: str) -> list[str]:
        return ["1", split, "Ban violent video games for minors", "violent video games", sentiment, "7", stance, claim,
                claim, *[""] * 12]

    path = tmp_path / "claims.csv"
    path.write_text("\n".join([
        ibm_line(IBM_COLUMNS),
        ibm_line(row("test", "-1", "PRO", "Violent games, studies say, raise aggression")),
        ibm_line(row("test", "-1", "CON", "Games are art")),
        ibm_line(row("train", "1", "PRO", "Not in the test split")),
        '"1,""test"",""a broken row"";;;;',
    ]), encoding="utf-8")
    assert read_ibm_claims(path, "test") == [
        SequenceExample("Violent games, studies say, raise aggression", "against", "violent video games"),
        SequenceExample("Games are art", "favor", "violent video games"),
    ]
    assert [e.label for e in read_ibm_claims(path, "train")] == ["favor"]


def test_read_persent_marks_the_main_entity_in_each_labelled_paragraph(tmp_path):
    path = tmp_path / "persent.csv"
    path.write_text(
        "DOCUMENT_INDEX,TARGET_ENTITY,DOCUMENT,Paragraph0,Paragraph1,Paragraph2,Paragraph3\n"
        '7,Marco Rubio,"Marco Rubio praised the negotiators. Rubio smiled.\n He said little.\n'
        'The talks went on.\nUnlabelled Rubio.",Positive,Negative,Neutral,\n',
        encoding="utf-8",
    )
    assert read_persent([path]) == {"persent:7": [
        TargetExample("Marco Rubio praised the negotiators. Rubio smiled.", [(0, 11), (37, 42)], "positive"),
        TargetExample("He said little.", [(0, 2)], "negative"),  # no name: the pronouns stand for the entity
    ]}


@pytest.mark.parametrize("title, headlines, expected", [(" Rubio  wins ", True, "Rubio  wins"), (" Rubio wins ", False, ""), (None, True, "")])
def test_read_persent_gives_each_paragraph_its_headline_when_asked(tmp_path, title, headlines, expected):
    path = tmp_path / "persent.csv"
    header, cell = ("TITLE,", f'"{title}",') if title is not None else ("", "")
    path.write_text(f'{header}DOCUMENT_INDEX,TARGET_ENTITY,DOCUMENT,Paragraph0\n{cell}1,Rubio,"Rubio spoke.",Positive\n', encoding="utf-8")
    assert read_persent([path], headlines) == {"persent:1": [TargetExample("Rubio spoke.", [(0, 5)], "positive", expected)]}


@pytest.mark.parametrize("extra, expected", [({}, ""), ({"headline": " Cruz wins "}, "Cruz wins"), ({"title": "Cruz wins"}, "Cruz wins")])
def test_read_newsmtsc_gives_each_target_its_mentions_and_any_headline(tmp_path, extra, expected):
    target = {"from": 0, "to": 4, "mention": "Cruz", "polarity": 6.0, "further_mentions": [{"from": 17, "to": 20, "mention": "his"}]}
    row = {"sentence_normalized": "Cruz came third; his team cheered.", "targets": [target, {"from": 21, "to": 25, "mention": "team", "polarity": 2.0}], **extra}
    path = tmp_path / "newsmtsc.jsonl"
    path.write_text(json.dumps(row) + "\n\n", encoding="utf-8")
    assert read_newsmtsc(path) == [
        TargetExample(row["sentence_normalized"], [(0, 4), (17, 20)], "positive", expected),
        TargetExample(row["sentence_normalized"], [(21, 25)], "negative", expected),
    ]


def test_read_persent_rejects_an_unknown_label(tmp_path):
    path = tmp_path / "persent.csv"
    path.write_text('DOCUMENT_INDEX,TARGET_ENTITY,DOCUMENT,Paragraph0\n1,Rubio,"Rubio spoke.",positive\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"persent.csv:2: Paragraph0 label 'positive'"):
        read_persent([path])


def test_ner_tuning_split_is_the_wikiann_dev_outside_the_scored_sample(tmp_path):
    from analysis.datasets import WIKIANN_DEV, ner_tuning_split, read_conll, sample

    folder = tmp_path / "wikiann_en"
    folder.mkdir()
    n = WIKIANN_DEV + 4
    (folder / "dev").write_text("".join(f"en:word{i}\tB-LOC\n\n" for i in range(n)), encoding="utf-8")
    scored = {e.words[0] for e in sample(read_conll(folder / "dev"), WIKIANN_DEV)}
    tuning = [e.words[0] for e in ner_tuning_split(tmp_path)]
    assert len(tuning) == 4 and not scored & set(tuning)
    assert scored | set(tuning) == {f"word{i}" for i in range(n)}
    assert ner_tuning_split(tmp_path, limit=2) == ner_tuning_split(tmp_path)[:2]


def test_load_splits_adds_the_add_train_targets_to_targeted_training(tmp_path):
    from analysis.datasets import load_splits

    def row(text: str, polarity: float) -> str:
        return json.dumps({"sentence_normalized": text, "targets": [{"from": 0, "to": 5, "mention": text[:5], "polarity": polarity}]}) + "\n"

    (tmp_path / "newsmtsc").mkdir()
    (tmp_path / "persent").mkdir()
    for name in ("train", "dev-rw", "dev-mt"):
        (tmp_path / "newsmtsc" / f"{name}.jsonl").write_text(row("Rubio spoke.", 4.0), encoding="utf-8")
    for name in ("dev.csv", "random_test.csv"):
        (tmp_path / "persent" / name).write_text('DOCUMENT_INDEX,TARGET_ENTITY,DOCUMENT,Paragraph0\n1,Rubio,"Rubio spoke.",Neutral\n', encoding="utf-8")
    extra = tmp_path / "pseudo.jsonl"
    extra.write_text(row("Lavro was blamed.", 2.0), encoding="utf-8")
    base, devs = load_splits("targeted", tmp_path)
    train, same_devs = load_splits("targeted", tmp_path, add_train=str(extra))
    assert train == base + [TargetExample("Lavro was blamed.", [(0, 5)], "negative")]
    assert same_devs == devs
