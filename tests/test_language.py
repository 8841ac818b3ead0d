"""Whether a text reads as English: hand-made articles in six languages, and texts too short to judge."""
from pathlib import Path

import pytest

from analysis.language import MIN_ENGLISH_SHARE, MIN_WORDS, english_share, language_note

SAMPLE = (Path(__file__).resolve().parent.parent / "seeds" / "rubio-peace-talks.txt").read_text(encoding="utf-8")
NOT_ENGLISH = {
    "German": "Der ukrainische Präsident Wolodymyr Selenskyj hat den amerikanischen Friedensplan am Dienstag "
    "zurückgewiesen. Die Regierung in Kiew werde keine Gebiete abtreten, sagte er bei einer Pressekonferenz in Berlin. "
    "Russland hatte zuvor erklärt, es sei zu Gesprächen bereit, wenn der Westen seine Sanktionen aufhebe.",
    "French": "Le président ukrainien Volodymyr Zelensky a rejeté mardi le plan de paix américain. Son gouvernement ne "
    "cédera aucun territoire, a-t-il déclaré lors d'une conférence de presse à Berlin. La Russie avait affirmé être "
    "prête à négocier si l'Occident levait ses sanctions.",
    "Spanish": "El presidente ucraniano Volodímir Zelenski rechazó el martes el plan de paz estadounidense. Su gobierno "
    "no cederá ningún territorio, dijo en una rueda de prensa en Berlín. Rusia había afirmado antes que estaba "
    "dispuesta a negociar si Occidente levantaba sus sanciones.",
    "Dutch": "De Oekraïense president Volodymyr Zelensky heeft dinsdag het Amerikaanse vredesplan afgewezen. Zijn "
    "regering zal geen grondgebied afstaan, zei hij tijdens een persconferentie in Berlijn. Rusland had eerder "
    "verklaard dat het bereid is te onderhandelen als het Westen de sancties opheft. Het is nog niet duidelijk wat er "
    "nu gebeurt.",
    "Italian": "Il presidente ucraino Volodymyr Zelensky ha respinto martedì il piano di pace americano. Il suo governo "
    "non cederà alcun territorio, ha detto durante una conferenza stampa a Berlino. La Russia aveva affermato in "
    "precedenza di essere pronta a negoziare se l'Occidente avesse revocato le sanzioni.",
    "Portuguese": "O presidente ucraniano Volodymyr Zelensky rejeitou na terça-feira o plano de paz americano. O seu "
    "governo não cederá nenhum território, disse ele numa conferência de imprensa em Berlim. A Rússia tinha afirmado "
    "antes que estava disposta a negociar se o Ocidente levantasse as sanções.",
}


@pytest.mark.parametrize("language", list(NOT_ENGLISH))
def test_other_languages_fall_under_the_threshold(language):
    share = english_share(NOT_ENGLISH[language])
    assert share is not None and share < MIN_ENGLISH_SHARE


def test_english_news_stays_far_over_it():
    assert english_share(SAMPLE) == pytest.approx(0.271, abs=0.001)
    assert english_share(SAMPLE.upper()) == english_share(SAMPLE)  # a wire story in capitals is still English


def test_an_english_article_quoting_another_language_is_english():
    text = (
        "The chancellor told reporters in Berlin that Germany would keep its support for Ukraine, and he said the "
        "plan was not acceptable. “Wir werden die Ukraine nicht im Stich lassen,” he said, before he left for Paris."
    )
    assert english_share(text) >= MIN_ENGLISH_SHARE


@pytest.mark.parametrize("text", ["", "Selenskyj lehnt den Plan ab.", " ".join(["Wort"] * (MIN_WORDS - 1)), "123 456 — …"])
def test_a_text_too_short_to_judge_gives_none(text):
    assert english_share(text) is None


def test_words_are_counted_exactly():
    text = " ".join(["the said"] * 5 + ["Haus"] * 20)  # 10 English words of 30
    assert english_share(text) == pytest.approx(1 / 3)


def test_the_note_names_the_share_for_another_language_and_is_none_for_english_or_short_text():
    assert language_note(NOT_ENGLISH["German"], "It") == (
        "It does not read as English: 0% of its words are common English words like “the” and “said”, against about "
        "30% in English news. The models were trained on English text only, so the actors, tones and stances found in "
        "it mean little."
    )
    assert language_note(SAMPLE) is None and language_note("Selenskyj lehnt ab.") is None
