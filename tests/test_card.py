from analysis.card import CARD, render


def test_model_card_metrics_match_the_shipped_artifacts():
    text = CARD.read_text(encoding="utf-8")
    assert render(text) == text, "run: python -m analysis.card"
