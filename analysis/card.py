"""Keep MODEL_CARD.md's metrics in step with the shipped artifacts.

    python -m analysis.card        # rewrite the tables between the markers

The tables come from ``models/*.json`` (written by ``python -m analysis.train``).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from analysis.errors import AnalysisError
from analysis.registry import TASKS, SHIPPED_MODELS_DIR

CARD = Path(__file__).resolve().parent.parent / "MODEL_CARD.md"
START, END = "<!-- metrics:start -->", "<!-- metrics:end -->"


def metrics_markdown(models_dir: Path = SHIPPED_MODELS_DIR) -> str:
    """Markdown tables of every task's dev metrics and training facts."""
    rows = ["| task | dev set | n | macro-F1 / F1 | accuracy | ECE |", "|---|---|---|---|---|---|"]
    facts = ["| task | train examples | epochs | lr | rank | temperature | train time | device | size |", "|---|---|---|---|---|---|---|---|---|"]
    for name in TASKS:
        path = models_dir / f"{name}.json"
        if not path.is_file():
            continue
        card = json.loads(path.read_text(encoding="utf-8"))
        for dev, m in card["dev"].items():
            score = m.get("macro_f1", m.get("f1"))
            extra = ", ".join(f"{k} {v}" for k, v in m.get("per_type", {}).items())
            rows.append(
                f"| {name} | {dev} | {m['n']} | {score}{f' ({extra})' if extra else ''} | {m.get('accuracy', '–')} | {m.get('ece', '–')} |"
            )
        hp = card["hyperparameters"]
        size = (models_dir / f"{name}.safetensors").stat().st_size / 1e6
        facts.append(
            f"| {name} | {card['train_examples']:,} | {hp['epochs']} | {hp['lr']} | {hp['rank']} | {card['temperature']} "
            f"| {card['train_seconds'] / 60:.1f} min | {card['device']} | {size:.1f} MB |"
        )
    return "\n".join(rows) + "\n\n" + "\n".join(facts)


def render(card_text: str, models_dir: Path = SHIPPED_MODELS_DIR) -> str:
    """``card_text`` with the section between the markers replaced by fresh tables."""
    before, _, rest = card_text.partition(START)
    _, _, after = rest.partition(END)
    return f"{before}{START}\n{metrics_markdown(models_dir)}\n{END}{after}"


def card_section(heading: str, card_text: str | None = None) -> str:
    """The Markdown under MODEL_CARD.md's ``## heading``, up to the next ``## `` heading (for the Models page)."""
    text = CARD.read_text(encoding="utf-8") if card_text is None else card_text
    sections = {}
    for block in ("\n" + text).split("\n## ")[1:]:
        title, _, body = block.partition("\n")
        sections[title.strip()] = body.strip()
    if heading not in sections:
        raise AnalysisError(f"MODEL_CARD.md has no section {heading!r}.", f"Its sections: {', '.join(sections)}.")
    return sections[heading]


def main() -> int:
    CARD.write_text(render(CARD.read_text(encoding="utf-8")), encoding="utf-8")
    print(CARD)
    return 0


if __name__ == "__main__":
    sys.exit(main())
