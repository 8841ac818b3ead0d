import pytest

from analysis.segment import (
    LONG_LINE,
    dateline_end,
    headline_of,
    long_lines,
    normalise,
    quote_spans,
    sentence_groups,
    shorten,
    split_paragraphs,
    split_sentences,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One.\nTwo.", [(0, 0, 4, "One."), (1, 5, 9, "Two.")]),
        ("  One.  \n\n\n  Two.\n", [(0, 2, 6, "One."), (1, 13, 17, "Two.")]),
        ("", []),
        ("   \n \t\n", []),
        ("Only one paragraph", [(0, 0, 18, "Only one paragraph")]),
    ],
)
def test_split_paragraphs(text, expected):
    paragraphs = split_paragraphs(text)
    assert [(p.index, p.start, p.end, p.text) for p in paragraphs] == expected
    assert all(text[p.start:p.end] == p.text for p in paragraphs)


@pytest.mark.parametrize(
    "text, quotes",
    [
        ("“Go,” he said. \"Stop\" and ‘wait’.", ["“Go,”", '"Stop"', "‘wait’"]),
        ("“Open to the end", ["“Open to the end"]),
        ("It's the ‘90s, the '90s, O'Brien's and rock 'n roll.", []),  # apostrophes, no quotes
        # British straight quotes: closed at the mark after a stop rather than at a plural's apostrophe
        ("'The workers' rights are at stake,' he said. 'No.'", ["'The workers' rights are at stake,'", "'No.'"]),
        ("Arteta says Arsenal 'must learn' after Combs's 'sleepy' win", ["'must learn'", "'sleepy'"]),
        ("Trump 's comments ' were wrong", []),  # a split possessive opens none
        ("She said “a 'fair' choice”.", ["“a 'fair' choice”"]),  # one inside another is part of it
        ("« Je lui ai demandé », il a dit. „Stabile Regierung“ und »Partner«", ["« Je lui ai demandé »",
                                                                              "„Stabile Regierung“", "»Partner«"]),
        ("Congress must investigate. » More", []),  # a link's arrow
        # one left open runs on from the paragraph's start or a colon only (British quotes over several paragraphs)
        ("He said: 'I know people are worried", ["'I know people are worried"]),
        ("'We have asked more of them", ["'We have asked more of them"]),
        ("It was the 'best of times", []),
    ],
)
def test_quote_spans(text, quotes):
    assert [text[a:b] for a, b in quote_spans(text)] == quotes


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("\ufeffa", "a"),
        ("a\x00b", "ab"),
        ("مرحبا 👋 e\u0301", "مرحبا 👋 e\u0301"),
    ],
)
def test_normalise(raw, clean):
    assert normalise(raw) == clean


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("One. Two!", ["One.", "Two!"]),
        ("“We go,” he said. Then left.", ["“We go,” he said.", "Then left."]),
        ("He said: “Stop now.” Next.", ["He said: “Stop now.”", "Next."]),
        ("No full stop", ["No full stop"]),
        ("She said U.S. shale output rose. Brent fell 1.2% on Dec. 5. Mr. Ali left.",
         ["She said U.S. shale output rose.", "Brent fell 1.2% on Dec. 5.", "Mr. Ali left."]),
        ("Why? “Because.” (It was late.) 2025 came.", ["Why?", "“Because.”", "(It was late.)", "2025 came."]),
        ("  Spaced.   Out.  ", ["Spaced.", "Out."]),
        ("", []),
        ("'We go,' he said. 'Then we stop.' « Il faut », dit-il. „Ja“, sagte er.",
         ["'We go,' he said.", "'Then we stop.'", "« Il faut », dit-il.", "„Ja“, sagte er."]),
    ],
)
def test_split_sentences(text, sentences):
    assert [text[a:b] for a, b in split_sentences(text)] == sentences


@pytest.mark.parametrize(("text", "limit", "expected"), [
    ("short", 10, "short"),
    ("  two\n lines\t here ", 20, "two lines here"),  # on one line
    ("abcdefghij", 10, "abcdefghij"),  # exactly the limit
    ("abcdefghijk", 10, "abcdefghi…"),
    ("", 5, ""),
])
def test_shorten(text, limit, expected):
    assert shorten(text, limit) == expected


@pytest.mark.parametrize(("text", "dateline"), [
    ("VIENNA, Dec 5 (Reuters) - OPEC+ agreed", "VIENNA, Dec 5 (Reuters) - "),
    ("KYIV, Ukraine, Dec. 5 (AFP) -- Russia struck", "KYIV, Ukraine, Dec. 5 (AFP) -- "),
    ("WASHINGTON (AP) — The Senate voted", "WASHINGTON (AP) — "),
    ("The group (ISIS) — which claimed it", ""),  # not a place in capitals
    ("NATO — the alliance met", ""),  # no agency
    ("MANCHESTER, England — Mikel Arteta said", "MANCHESTER, England — "),  # no agency, but a city and its region
    ("OAKLAND, Calif. — The council voted", "OAKLAND, Calif. — "),
    ("BRASÍLIA (Reuters) - Brazil's court ruled", "BRASÍLIA (Reuters) - "),  # capitals with accents
    ("NEW DELHI/ISLAMABAD, May 7 (Reuters) - India struck", "NEW DELHI/ISLAMABAD, May 7 (Reuters) - "),
    ("NATO, the alliance — which met", ""),
    ("DAR ES SALAAM — President Samia won", "DAR ES SALAAM — "),  # a city of several words, alone
    ("NEW DELHI — Modi met Putin", "NEW DELHI — "),
    ("NATO — The alliance met", ""),  # one word
    ("US AND EU — the talks", ""),  # no sentence after it
    ("Rubio said (Reuters) - no", ""),
    ("", ""),
])
def test_dateline_end(text, dateline):
    assert text[:dateline_end(text)] == dateline


@pytest.mark.parametrize(("text", "headline"), [
    ("Rubio says US may walk away from talks\n\nThe US will walk away, Rubio said.", "Rubio says US may walk away from talks"),
    ("  Zelensky: ‘We need guarantees’  \nKyiv wants a truce.", "Zelensky: ‘We need guarantees’"),
    ("The US will walk away, Rubio said.\nRussia said nothing.", ""),  # a sentence
    ("Is peace near?\nPerhaps.", ""),
    ("Rubio says US may walk away", ""),  # nothing after it
    ("VIENNA (Reuters) - OPEC+ agreed to cut\nMore text.", ""),  # a dateline opens the story
    (" ".join(["word"] * 21) + "\nMore text.", ""),  # too long for a headline
    ("", ""),
])
def test_headline_of(text, headline):
    assert headline_of(split_paragraphs(text)) == headline


SENTENCE = "The envoys met in Geneva on Friday and agreed to meet again. "  # 61 characters


def test_sentence_groups_close_at_the_first_sentence_end_past_the_size():
    text = (SENTENCE * 5).strip()
    assert sentence_groups(text, size=100) == [(0, 121), (122, 243), (244, 304)]


def test_a_group_does_not_end_inside_a_quotation():
    text = "“We will not give up land. We never will. Not one metre,” Zelensky said. Talks ended. Both sides left."
    assert sentence_groups(text, size=20) == [(0, 72), (73, 102)]
    straight = text.replace("“", '"').replace("”", '"')
    assert sentence_groups(straight, size=20) == [(0, 72), (73, 102)]
    british = text.replace("“", "‘").replace("”", "’")
    assert sentence_groups(british, size=20) == [(0, 72), (73, 102)]


def test_an_apostrophe_opens_no_quotation_that_holds_a_group_open():
    text = "The ‘90s ended. Talks went on. Both sides left. They’re back."
    assert sentence_groups(text, size=10) == [(0, 15), (16, 30), (31, 47), (48, 61)]


def test_a_wall_of_text_is_read_as_paragraphs_of_sentences_with_offsets_into_it():
    wall = (SENTENCE * 30).strip()  # 1,829 characters on one line
    text = "Headline\n\n  " + wall + "\nLast line."
    paragraphs = split_paragraphs(text)
    assert len(wall) > LONG_LINE and long_lines(text) == 1
    assert [len(p.text) for p in paragraphs] == [8] + [548] * 3 + [182, 10]
    assert all(text[p.start:p.end] == p.text for p in paragraphs)
    assert [p.index for p in paragraphs] == list(range(6))


def test_a_line_up_to_the_limit_stays_one_paragraph():
    line = ("x" * 99 + ". ") * (LONG_LINE // 101) + "end."
    assert len(line) <= LONG_LINE and long_lines(line) == 0
    assert [p.text for p in split_paragraphs(line)] == [line]
