"""Turn texts into encoder inputs, identically for training and inference.

Texts longer than a task's window are never silently cut:
- sequence tasks are split into overlapping windows whose probabilities are
  averaged, weighted by window length (``window_of`` maps windows to inputs);
- targeted sentiment keeps the window centred on the actor's mentions;
- the tagger splits a paragraph into chunks of whole words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import torch

WORD_RE = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)
TARGET_OPEN, TARGET_CLOSE = "[", "]"
STRIDE = 64
HEADLINE_TOKENS = 64  # targeted sentiment reads at most the first 64 tokens of a headline


@dataclass
class Encoded:
    """A list of model inputs and, for each, the index of the example it came from."""

    inputs: list[dict[str, list[int]]]
    window_of: list[int]


def encode_sequences(tokenizer, texts: list[str], pairs: list[str] | None, max_length: int) -> Encoded:
    """Encode texts (with optional first segments ``pairs``, e.g. topics) into windows."""
    inputs, window_of = [], []
    for i, text in enumerate(texts):
        first = pairs[i] if pairs is not None else None
        room = max_length - 2 - (len(tokenizer(first, add_special_tokens=False)["input_ids"]) + 1 if first is not None else 0)
        enc = tokenizer(
            first if first is not None else text,
            text if first is not None else None,
            truncation="only_second" if first is not None else True,
            max_length=max_length,
            stride=min(STRIDE, max(room // 2, 0)),
            return_overflowing_tokens=True,
        )
        for j in range(len(enc["input_ids"])):
            inputs.append({
                "input_ids": enc["input_ids"][j],
                "token_type_ids": enc["token_type_ids"][j],
            })
            window_of.append(i)
    return Encoded(inputs, window_of)


def mark_targets(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """Wrap each span in brackets; return the new text and the spans' new offsets."""
    out, new_spans, cursor, shift = [], [], 0, 0
    for start, end in sorted(set(spans)):
        if start < cursor:  # overlapping mention: already inside a marked span
            continue
        out.append(text[cursor:start])
        shift_start = start + shift + len(TARGET_OPEN) + 1
        out.append(f"{TARGET_OPEN} {text[start:end]} {TARGET_CLOSE}")
        new_spans.append((shift_start, shift_start + end - start))
        shift += len(TARGET_OPEN) + len(TARGET_CLOSE) + 2
        cursor = end
    out.append(text[cursor:])
    return "".join(out), new_spans


def encode_targets(
    tokenizer, texts: list[str], spans: list[list[tuple[int, int]]], max_length: int, headlines: list[str] | None = None
) -> Encoded:
    """Encode (text, mention spans) pairs with the mentions marked and a target-token mask.

    A non-empty headline follows the text as a second segment (its first
    ``HEADLINE_TOKENS`` tokens); the text keeps the rest of the window.
    """
    headlines = headlines or [""] * len(texts)
    # one headline usually serves every actor of an article: tokenise each distinct one once
    tokens = {h: tokenizer(h, add_special_tokens=False, verbose=False)["input_ids"][:HEADLINE_TOKENS] for h in set(headlines) if h}
    segments = {h: [*ids, tokenizer.sep_token_id] for h, ids in tokens.items() if ids}
    inputs = []
    for text, target_spans, headline in zip(texts, spans, headlines):
        marked, new_spans = mark_targets(text, target_spans)
        # the whole text is tokenised, then cut to a window: verbose=False drops the tokenizer's "too long" warning
        enc = tokenizer(marked, add_special_tokens=False, return_offsets_mapping=True, verbose=False)
        ids, offsets = enc["input_ids"], enc["offset_mapping"]
        in_target = [int(any(s <= a and b <= e for s, e in new_spans) and b > a) for a, b in offsets]
        after = segments.get(headline, [])
        room = max_length - 2 - len(after)
        if len(ids) > room:
            first = in_target.index(1) if 1 in in_target else 0
            last = len(in_target) - 1 - in_target[::-1].index(1) if 1 in in_target else 0
            centre = (first + last) // 2 if last - first < room else first
            start = max(0, min(centre - room // 2, len(ids) - room))
            ids, in_target = ids[start:start + room], in_target[start:start + room]
        ids = [tokenizer.cls_token_id, *ids, tokenizer.sep_token_id]
        inputs.append({
            "input_ids": ids + after,
            "token_type_ids": [0] * len(ids) + [1] * len(after),
            "target_mask": [0, *in_target, 0] + [0] * len(after),
        })
    return Encoded(inputs, list(range(len(texts))))


def split_words(text: str) -> list[tuple[int, int]]:
    """Return the character spans of the words and punctuation marks of ``text``."""
    return [m.span() for m in WORD_RE.finditer(text)]


def word_case(word: str) -> int:
    """Letter case of a word: 0 lower or no letters, 1 Capitalised, 2 ALL CAPS, 3 mixed (iPhone, McCain)."""
    letters = [c for c in word if c.isalpha()]
    if not letters or all(c.islower() for c in letters):
        return 0
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return 2
    return 1 if letters[0].isupper() and all(c.islower() for c in letters[1:]) else 3


def word_pieces(tokenizer, words: list[str]) -> list[list[int]]:
    """The sub-token ids of each word, from one tokenizer call (a word with none gets [UNK])."""
    if not words:
        return []
    enc = tokenizer(words, add_special_tokens=False, is_split_into_words=True, verbose=False)  # chunked by the caller
    pieces: list[list[int]] = [[] for _ in words]
    for token, word in zip(enc["input_ids"], enc.word_ids()):
        if word is not None:
            pieces[word].append(token)
    return [p or [tokenizer.unk_token_id] for p in pieces]


def encode_words(
    tokenizer, sentences: list[list[str]], max_length: int, tags: list[list[int]] | None = None
) -> tuple[Encoded, list[list[int]]]:
    """Encode pre-split sentences in chunks of whole words.

    Returns the inputs (labels on each word's first sub-token when ``tags`` is
    given, -100 elsewhere) and, per input, the word index of each position
    (-1 for special and continuation tokens).
    """
    inputs, window_of, word_index = [], [], []
    room = max_length - 2
    for i, words in enumerate(sentences):
        pieces = word_pieces(tokenizer, words)
        chunk_start = 0
        cases = [word_case(w) for w in words]
        while chunk_start < len(words) or (chunk_start == 0 and not words):
            ids, positions, labels, case_ids, k = [], [], [], [], chunk_start
            while k < len(words) and len(ids) + min(len(pieces[k]), room) <= room:
                piece = pieces[k][:room]
                ids.extend(piece)
                case_ids.extend([cases[k]] * len(piece))
                positions.extend([k] + [-1] * (len(piece) - 1))
                if tags is not None:
                    labels.extend([tags[i][k]] + [-100] * (len(piece) - 1))
                k += 1
            item = {
                "input_ids": [tokenizer.cls_token_id, *ids, tokenizer.sep_token_id],
                "token_type_ids": [0] * (len(ids) + 2),
                "case_ids": [0, *case_ids, 0],
            }
            if tags is not None:
                item["labels"] = [-100, *labels, -100]
            inputs.append(item)
            window_of.append(i)
            word_index.append([-1, *positions, -1])
            if not words:
                break
            chunk_start = k
    return Encoded(inputs, window_of), word_index


def collate(items: list[dict[str, list[int]]]) -> dict[str, torch.Tensor]:
    """Pad a list of encoded inputs into a batch of tensors."""
    width = max(len(item["input_ids"]) for item in items)
    batch: dict[str, torch.Tensor] = {}
    for key in items[0]:
        if isinstance(items[0][key], int):  # one label per sequence
            batch[key] = torch.tensor([item[key] for item in items])
            continue
        pad = -100 if key == "labels" else 0
        batch[key] = torch.tensor([item[key] + [pad] * (width - len(item[key])) for item in items])
    batch["attention_mask"] = torch.tensor(
        [[1] * len(item["input_ids"]) + [0] * (width - len(item["input_ids"])) for item in items]
    )
    return batch
