"""Readers for the public training sets in ``../shared/data`` (never shipped).

Each reader returns plain examples; ``load_splits(task)`` gives the train set
and the named dev sets used for model selection and the model card.
Dev sets are never trained on.
"""
from __future__ import annotations

import csv
import io
import json
import random
import re
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
SEED = 13
TWEETS = 16000  # paragraph sentiment's default sample of the training tweets
POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
PERSENT_PARAGRAPHS = 5000  # PerSenT training paragraphs sampled for targeted sentiment (more scored lower)
PERSENT_LABELS = {"Negative": "negative", "Neutral": "neutral", "Positive": "positive"}
PRONOUN_RE = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.IGNORECASE)


@dataclass
class SequenceExample:
    """A text (with an optional first segment, the stance topic) and its label."""

    text: str
    label: str
    pair: str | None = None


@dataclass
class TargetExample:
    """A text, the character spans of one actor's mentions, and the sentiment toward it."""

    text: str
    spans: list[tuple[int, int]]
    label: str
    headline: str = ""  # the article's headline, read beside the text ("" for none)


@dataclass
class TokenExample:
    """Words and their BIO tags (types PER, ORG, LOC)."""

    words: list[str]
    tags: list[str]


def read_newsmtsc(path: Path) -> list[TargetExample]:
    """Every target of a NewsMTSC JSONL file as one example, with its further mentions.

    NewsMTSC has no headlines; a row may add one as ``headline`` (or ``title``), read
    beside its sentence like a PerSenT paragraph's title.
    """
    examples = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            headline = (row.get("headline") or row.get("title") or "").strip()
            for target in row["targets"]:
                spans = [(int(target["from"]), int(target["to"]))]
                spans += [(int(m["from"]), int(m["to"])) for m in target.get("further_mentions") or []]
                examples.append(TargetExample(row["sentence_normalized"], spans, POLARITY[float(target["polarity"])], headline))
    return examples


def name_spans(text: str, entity: str) -> list[tuple[int, int]]:
    """Spans of the entity's full name or its name parts in ``text``; pronouns if no name is found."""
    parts = [entity] + [p for p in entity.split() if len(p) > 2 and p[0].isupper()]
    pattern = re.compile("|".join(rf"\b{re.escape(p)}\b" for p in sorted(set(parts), key=len, reverse=True)))
    spans = [m.span() for m in pattern.finditer(text)]
    return spans or [m.span() for m in PRONOUN_RE.finditer(text)]


def read_persent(paths: list[Path], headlines: bool = False) -> dict[str, list[TargetExample]]:
    """PerSenT paragraphs as targeted examples, keyed by document id (for document-level splits).

    A paragraph is an example when it has a label (``Paragraph0`` … ``Paragraph15``)
    and mentions the main entity; raises ``ValueError`` on a label that is not one of PerSenT's.
    With ``headlines`` each example carries its article's ``TITLE``.
    """
    docs: dict[str, list[TargetExample]] = {}
    for path in paths:
        with open(path, encoding="utf-8", newline="") as handle:
            for line, row in enumerate(csv.DictReader(handle), start=2):
                paragraphs = row["DOCUMENT"].split("\n")
                examples = []
                for i, paragraph in enumerate(paragraphs[:16]):
                    given = (row.get(f"Paragraph{i}") or "").strip()
                    if given and given not in PERSENT_LABELS:
                        raise ValueError(f"{path}:{line}: Paragraph{i} label {given!r} is not one of {', '.join(PERSENT_LABELS)}")
                    paragraph = paragraph.strip()
                    spans = name_spans(paragraph, row["TARGET_ENTITY"])
                    if given and spans:
                        headline = (row.get("TITLE") or "").strip() if headlines else ""
                        examples.append(TargetExample(paragraph, spans, PERSENT_LABELS[given], headline))
                docs[f"{path.stem}:{row.get('DOCUMENT_INDEX') or line}"] = examples
    return docs


def split_groups(keys: list[str], dev_fraction: float, seed: int = SEED) -> tuple[set[str], set[str]]:
    """Split group keys into (train, dev) sets reproducibly."""
    ordered = sorted(set(keys))
    random.Random(seed).shuffle(ordered)
    n_dev = max(1, round(len(ordered) * dev_fraction))
    return set(ordered[n_dev:]), set(ordered[:n_dev])


def read_semeval2017(path: Path) -> list[SequenceExample]:
    """Tweets of one SemEval-2017 4A file."""
    examples = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3 and parts[1] in ("negative", "neutral", "positive"):
                text = parts[2].encode("utf-8").decode("unicode_escape", errors="ignore") if "\\u" in parts[2] else parts[2]
                examples.append(SequenceExample(text.strip(), parts[1]))
    return examples


def read_sst3(path: Path) -> list[SequenceExample]:
    """SST-5 sentences collapsed to three classes."""
    labels = {"1": "negative", "2": "negative", "3": "neutral", "4": "positive", "5": "positive"}
    examples = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            label, _, text = line.rstrip("\n").partition("\t")
            examples.append(SequenceExample(text.strip(), labels[label.replace("__label__", "")]))
    return examples


def read_vast(path: Path) -> list[tuple[str, SequenceExample]]:
    """VAST rows as (article topic, example with the row's free-form topic as first segment).

    A row's topic is ``new_topic``, except in VAST's added neutral pairs (``type_idx`` 4): there
    ``new_topic`` repeats the comment's own topic, which other rows label favor or against, and
    the neutral topic, taken from another article, is only in ``topic_str`` (lemmatised). It is
    read back in the wording the other rows give that ``topic_str``.
    """
    labels = {"0": "against", "1": "favor", "2": "neutral"}
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".csv"))
        rows = list(csv.DictReader(io.TextIOWrapper(archive.open(name), encoding="utf-8")))
    wordings: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        if row["type_idx"] != "4":
            wordings[row["topic_str"]][row["new_topic"]] += 1

    def topic(row: dict) -> str:
        if row["type_idx"] == "4":
            known = wordings.get(row["topic_str"])
            return known.most_common(1)[0][0] if known else row["topic_str"]
        return row["new_topic"] or row["topic_str"]

    return [(row["ori_topic"], SequenceExample(row["post"], labels[row["label"]], topic(row))) for row in rows]


def read_argkp(path: Path) -> list[SequenceExample]:
    """ArgKP arguments with their topic: pro is favor, con is against."""
    with open(path, encoding="utf-8", newline="") as handle:
        return [
            SequenceExample(row["argument"], "favor" if row["stance"].strip() == "1" else "against", row["topic"])
            for row in csv.DictReader(handle)
        ]


def read_ibm_claims(path: Path, split: str) -> list[SequenceExample]:
    """IBM Debater claim-stance rows of ``split`` ("train" or "test"): each claim with its motion's target as topic,
    favor where the claim's stance (PRO +1, CON -1) times the motion's sentiment toward the target is positive.

    The shared copy was re-saved by a spreadsheet (see its PROVENANCE.md): each line is one quoted CSV string,
    with ';' padding, holding the real CSV row; rows that do not parse into the 21 columns are skipped.
    """
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        try:
            fields = next(csv.reader([",".join(next(csv.reader([line.rstrip(";")])))]))
        except (StopIteration, csv.Error):
            continue
        if len(fields) == 21:
            rows.append(fields)
    if not rows:
        return []
    column = {name: i for i, name in enumerate(rows[0])}
    examples = []
    for row in rows[1:]:
        if row[column["split"]] == split:
            sign = (1 if row[column["claims.stance"]] == "PRO" else -1) * int(row[column["topicSentiment"]])
            examples.append(SequenceExample(
                row[column["claims.claimCorrectedText"]], "favor" if sign > 0 else "against", row[column["topicTarget"]]
            ))
    return examples


SEMEVAL2016_TOPICS = {
    "abortion": "legalization of abortion",
    "atheism": "atheism",
    "climate": "climate change is a real concern",
    "feminist": "feminist movement",
    "hillary": "Hillary Clinton",
}


def read_semeval2016(folder: Path, split: str) -> list[SequenceExample]:
    """SemEval-2016 stance tweets (none is neutral) with their target as topic."""
    labels = {"0": "neutral", "1": "against", "2": "favor"}
    examples = []
    for key, topic in SEMEVAL2016_TOPICS.items():
        texts = (folder / key / f"{split}_text.txt").read_text(encoding="utf-8").splitlines()
        tags = (folder / key / f"{split}_labels.txt").read_text(encoding="utf-8").splitlines()
        examples += [SequenceExample(t.strip(), labels[g.strip()], topic) for t, g in zip(texts, tags)]
    return examples


def read_conll(path: Path, wnut: bool = False) -> list[TokenExample]:
    """A token<TAB>tag file (WikiANN's ``en:`` prefix stripped; WNUT types mapped to PER/ORG/LOC)."""
    wnut_types = {"person": "PER", "location": "LOC", "group": "ORG", "corporation": "ORG"}
    sentences, words, tags = [], [], []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                if words:
                    sentences.append(TokenExample(words, tags))
                words, tags = [], []
                continue
            word, _, tag = line.rpartition("\t")
            word = word[3:] if word.startswith("en:") else word
            tag = tag.strip()
            if tag != "O":
                prefix, _, kind = tag.partition("-")
                kind = wnut_types.get(kind, kind) if wnut else kind
                tag = f"{prefix}-{kind}" if kind in ("PER", "ORG", "LOC") else "O"
            words.append(word)
            tags.append(tag)
    if words:
        sentences.append(TokenExample(words, tags))
    return sentences


def sample(items: list, n: int | None, seed: int = SEED) -> list:
    """A reproducible random sample of at most ``n`` items (all of them when ``n`` is None)."""
    items = list(items)
    random.Random(seed).shuffle(items)
    return items if n is None else items[:n]


def topic_neutrals(rows: list[tuple[str, SequenceExample]], n: int, seed: int = SEED) -> list[SequenceExample]:
    """``n`` neutral examples pairing a text with a topic of another article's discussion.

    A text takes no position on a topic it never discusses, the commonest case
    for an analyst's topic in a news paragraph. VAST's added neutral pairs are
    made the same way; these add more of them.
    """
    rng = random.Random(seed)
    texts = sorted({(article, e.text) for article, e in rows})
    topics = sorted({(article, e.pair) for article, e in rows if e.pair})
    out = []
    while len(out) < n and texts and len({a for a, _ in topics}) > 1:
        article, text = rng.choice(texts)
        other, topic = rng.choice(topics)
        if other != article:
            out.append(SequenceExample(text, "neutral", topic))
    return out


WIKIANN_DEV = 3000  # WikiANN dev sentences scored as the tagger's dev set; the rest tune its decoding


def ner_tuning_split(data_dir: Path = DEFAULT_DATA_DIR, limit: int | None = None) -> list[TokenExample]:
    """The WikiANN dev sentences outside the scored dev sample (7,000): never trained on nor reported,
    they tune the tagger's decoding (``outside_bias``)."""
    rest = sample(read_conll(Path(data_dir) / "wikiann_en" / "dev"), None)[WIKIANN_DEV:]
    return rest if limit is None else rest[:limit]


def load_splits(
    task: str,
    data_dir: Path = DEFAULT_DATA_DIR,
    limit: int | None = None,
    *,
    persent_paragraphs: int | None = PERSENT_PARAGRAPHS,
    headlines: bool = False,
    tweets: int | None = TWEETS,
    extra_neutrals: int = 0,
    add_train: str | None = None,
    ibm_claims: bool = False,
) -> tuple[list, dict[str, list]]:
    """Return (train examples, {dev name: examples}) for ``task``.

    ``limit`` caps every set (smoke runs); ``persent_paragraphs`` and
    ``tweets`` cap those training sources (None: all); ``headlines`` gives
    PerSenT paragraphs (train and dev) their article's headline; ``extra_neutrals``
    adds that many unrelated-topic pairs to the stance training set; ``add_train``
    names a NewsMTSC JSONL file whose targets join targeted sentiment's training set
    (pseudo-labelled actors, :mod:`analysis.pseudo`); ``ibm_claims`` adds the IBM claim-stance
    train split (Wikipedia claims) to stance's, whose test split is always a stance dev set.
    """
    d = Path(data_dir)
    if task == "targeted":
        docs = read_persent([d / "persent" / "dev.csv", d / "persent" / "random_test.csv"], headlines)
        train_docs, dev_docs = split_groups(list(docs), 0.15)
        persent_train = [e for k in sorted(train_docs) for e in docs[k]]
        train = read_newsmtsc(d / "newsmtsc" / "train.jsonl") + sample(persent_train, persent_paragraphs)
        if add_train:
            train += read_newsmtsc(Path(add_train))
        devs = {
            "newsmtsc-dev-rw": read_newsmtsc(d / "newsmtsc" / "dev-rw.jsonl"),
            "newsmtsc-dev-mt": read_newsmtsc(d / "newsmtsc" / "dev-mt.jsonl"),
            "persent-dev-paragraphs": sample([e for k in sorted(dev_docs) for e in docs[k]], 1500),
        }
    elif task == "sentiment":
        folder = d / "semeval2017_4a"
        dev_tweets = read_semeval2017(folder / "twitter-2016devtest-A.tsv")
        held = {e.text for e in dev_tweets}
        seen, tweet_pool = set(held), []
        for path in sorted(folder.glob("twitter-*-A.tsv")):
            if path.name == "twitter-2016devtest-A.tsv":
                continue
            for e in read_semeval2017(path):
                if e.text not in seen:
                    seen.add(e.text)
                    tweet_pool.append(e)
        train = sample(tweet_pool, tweets) + read_sst3(d / "sst5" / "sst_train.txt")
        docs = read_persent([d / "persent" / "dev.csv", d / "persent" / "random_test.csv"])
        _, dev_docs = split_groups(list(docs), 0.15)
        devs = {
            "semeval2017-dev (2016 devtest)": dev_tweets,
            "sst3-dev": read_sst3(d / "sst5" / "sst_dev.txt"),
            "persent-dev-paragraphs": [SequenceExample(e.text, e.label) for e in sample([e for k in sorted(dev_docs) for e in docs[k]], 1500)],
        }
    elif task == "stance":
        vast = read_vast(d / "vast" / "vast_train.zip")
        train_topics, _ = split_groups([t for t, _ in vast], 0.1)
        train_rows = [(t, e) for t, e in vast if t in train_topics]
        train = [e for _, e in train_rows] + topic_neutrals(train_rows, extra_neutrals)
        train += sample(read_argkp(d / "argkp" / "arguments_train.csv"), 2000)
        train += read_semeval2016(d / "semeval2016_stance", "train")
        claims = d / "ibm_claim_stance" / "claim_stance_dataset_v1.csv"
        if ibm_claims:
            train += read_ibm_claims(claims, "train")
        devs = {
            "vast-dev (10% of train topics)": [e for t, e in vast if t not in train_topics],
            "semeval2016-val": read_semeval2016(d / "semeval2016_stance", "val"),
            "ibm-claims-test (Wikipedia claims, favor/against)": read_ibm_claims(claims, "test"),
        }
    elif task == "ner":
        train = read_conll(d / "wikiann_en" / "train") + read_conll(d / "wnut17" / "wnut17train.conll", wnut=True)
        devs = {
            "wikiann-dev": sample(read_conll(d / "wikiann_en" / "dev"), WIKIANN_DEV),
            "wnut17-dev": read_conll(d / "wnut17" / "emerging.dev.conll", wnut=True),
        }
    else:
        from analysis.registry import get_task

        get_task(task)
        raise AssertionError(task)
    if limit is not None:
        train = sample(train, limit)
        devs = {name: examples[:limit] for name, examples in devs.items()}
    return train, devs
