import logging

import pytest

from analysis.encoder import load_tokenizer
from analysis.features import HEADLINE_TOKENS, collate, encode_sequences, encode_targets, encode_words, mark_targets, split_words


@pytest.fixture(scope="module")
def tokenizer():
    return load_tokenizer()


@pytest.mark.parametrize(
    "text, spans, marked, new_spans",
    [
        ("Rubio said.", [(0, 5)], "[ Rubio ] said.", [(2, 7)]),
        ("He met Rubio, he said.", [(0, 2), (14, 16)], "[ He ] met Rubio, [ he ] said.", [(2, 4), (20, 22)]),
        ("Marco Rubio", [(0, 11), (6, 11)], "[ Marco Rubio ]", [(2, 13)]),
        ("No target", [], "No target", []),
    ],
)
def test_mark_targets(text, spans, marked, new_spans):
    out, shifted = mark_targets(text, spans)
    assert out == marked
    assert shifted == new_spans
    assert [out[a:b] for a, b in shifted] == [text[a:b] for a, b in sorted(set(spans)) if not any(s < a < e for s, e in spans)]


def test_target_mask_covers_the_mention(tokenizer):
    encoded = encode_targets(tokenizer, ["Yesterday Rubio said no."], [[(10, 15)]], 64)
    item = encoded.inputs[0]
    masked = [t for t, m in zip(tokenizer.convert_ids_to_tokens(item["input_ids"]), item["target_mask"]) if m]
    assert masked == ["rub", "##io"]


def test_long_text_keeps_a_window_around_the_mention(tokenizer):
    text = "filler " * 400 + "Rubio warned." + " filler" * 400
    start = text.index("Rubio")
    item = encode_targets(tokenizer, [text], [[(start, start + 5)]], 64).inputs[0]
    assert len(item["input_ids"]) == 64
    assert sum(item["target_mask"]) == 2  # rub ##io
    assert 20 < item["target_mask"].index(1) < 44  # centred, not cut at the start


def test_long_texts_are_windowed_without_the_tokenizers_length_warning(caplog):
    fresh = load_tokenizer()  # the tokenizer warns once per instance
    source = logging.getLogger("transformers")
    source.addHandler(caplog.handler)
    try:
        encode_targets(fresh, ["Rubio warned. " * 300], [[(0, 5)]], 64, ["filler " * 600])
        encode_words(fresh, [["filler"] * 600], 64)
    finally:
        source.removeHandler(caplog.handler)
    assert "sequence length is longer" not in caplog.text


def test_a_headline_follows_the_text_as_a_second_segment(tokenizer):
    item = encode_targets(tokenizer, ["Rubio said no."], [[(0, 5)]], 64, ["Talks fail"]).inputs[0]
    assert tokenizer.convert_ids_to_tokens(item["input_ids"]) == ["[CLS]", "[", "rub", "##io", "]", "said", "no", ".", "[SEP]", "talks", "fail", "[SEP]"]
    assert item["token_type_ids"] == [0] * 9 + [1] * 3
    assert item["target_mask"] == [0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]
    no_headline = encode_targets(tokenizer, ["Rubio said no."], [[(0, 5)]], 64, [""]).inputs[0]
    assert no_headline == encode_targets(tokenizer, ["Rubio said no."], [[(0, 5)]], 64).inputs[0]
    assert len(no_headline["input_ids"]) == 9


def test_a_long_headline_keeps_its_start_and_leaves_the_text_its_window(tokenizer):
    text = "filler " * 400 + "Rubio warned." + " filler" * 400
    start = text.index("Rubio")
    headline = "talks " + "news " * 100
    item = encode_targets(tokenizer, [text], [[(start, start + 5)]], 128, [headline]).inputs[0]
    assert len(item["input_ids"]) == 128
    assert item["token_type_ids"].count(1) == HEADLINE_TOKENS + 1  # the headline's first tokens and its [SEP]
    assert tokenizer.convert_ids_to_tokens(item["input_ids"])[128 - HEADLINE_TOKENS - 2:128 - HEADLINE_TOKENS + 1] == ["[SEP]", "talks", "news"]
    assert sum(item["target_mask"]) == 2


def test_long_sequences_become_overlapping_windows(tokenizer):
    encoded = encode_sequences(tokenizer, ["short", "word " * 300], ["a topic", "a topic"], 64)
    assert encoded.window_of[0] == 0
    assert encoded.window_of.count(1) > 5
    assert all(len(item["input_ids"]) <= 64 for item in encoded.inputs)
    # every window keeps the topic as its first segment
    assert all(item["input_ids"][1:3] == tokenizer("a topic", add_special_tokens=False)["input_ids"] for item in encoded.inputs)


def test_words_chunked_without_splitting_words(tokenizer):
    words = ["Klympush-Tsintsadze", "said"] * 40
    encoded, positions = encode_words(tokenizer, [words], 32)
    assert len(encoded.inputs) > 1
    firsts = [p for chunk in positions for p in chunk if p >= 0]
    assert firsts == list(range(len(words)))


def test_split_words_offsets():
    text = "Klympush-Tsintsadze, Ukraine’s chair."
    assert [text[a:b] for a, b in split_words(text)] == ["Klympush-Tsintsadze", ",", "Ukraine’s", "chair", "."]


def test_collate_pads_and_masks():
    batch = collate([{"input_ids": [1, 2, 3], "labels": 1}, {"input_ids": [1], "labels": 0}])
    assert batch["input_ids"].tolist() == [[1, 2, 3], [1, 0, 0]]
    assert batch["attention_mask"].tolist() == [[1, 1, 1], [1, 0, 0]]
    assert batch["labels"].tolist() == [1, 0]


@pytest.mark.parametrize("word, case", [("said", 0), ("42", 0), (",", 0), ("Rubio", 1), ("Ł", 1), ("NATO", 2), ("U.S.", 2), ("iPhone", 3), ("McCain", 3)])
def test_word_case(word, case):
    from analysis.features import word_case

    assert word_case(word) == case


def test_words_carry_their_case(tokenizer):
    encoded, _ = encode_words(tokenizer, [["NATO", "met", "Rubio"]], 32)
    item = encoded.inputs[0]
    assert len(item["case_ids"]) == len(item["input_ids"])
    assert item["case_ids"][0] == 0 and item["case_ids"][-1] == 0
    assert item["case_ids"][1] == 2 and 0 in item["case_ids"][1:-1] and item["case_ids"][-2] == 1
