import pytest

from analysis.card import CARD, card_section, render
from analysis.errors import AnalysisError


def test_model_card_metrics_match_the_shipped_artifacts():
    text = CARD.read_text(encoding="utf-8")
    assert render(text) == text, "run: python -m analysis.card"


CARD_TEXT = "# Card\n\nintro\n\n## Use\n\n- one\n\n### Detail\n\nkept\n\n## Limits\n\n- two\n"


@pytest.mark.parametrize("heading, body", [("Use", "- one\n\n### Detail\n\nkept"), ("Limits", "- two")])
def test_a_card_section_runs_to_the_next_section(heading, body):
    assert card_section(heading, CARD_TEXT) == body


def test_an_unknown_card_section_names_the_sections():
    with pytest.raises(AnalysisError, match="no section 'Usage'") as raised:
        card_section("Usage", CARD_TEXT)
    assert "Use, Limits" in raised.value.hint


def test_the_models_page_section_is_in_the_shipped_card():
    assert "English only" in card_section("Intended use and limits")
