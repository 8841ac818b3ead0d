"""Batch analysis from the command line, with the same records as the app.

    python -m analysis analyze FILE... [--topic T ...] [--headline H] [--out results.json] [--format json|csv]

``json`` writes ``{"documents": [...]}``, each document as the app's JSON
export; ``csv`` writes one CSV per table (``results.paragraphs.csv``,
``results.stance.csv``, ...) with a ``file`` column first. Without
``--topic``, each document's suggested topics are used. ``--headline`` (one
file only) gives an article about one main actor its headline, read with
every paragraph when judging how the text portrays each actor.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

from analysis.errors import AnalysisError
from analysis.export import result_tables, tables_to_json
from analysis.ingest import read_upload
from analysis.models import load_models
from analysis.pipeline import analyze, counted, default_topics, prepare_text


def run(files: list[Path], topics: list[str], out: Path, fmt: str, headline: str = "") -> list[Path]:
    """Analyse ``files`` and write the results; returns the paths written."""
    models = load_models()
    documents = []
    for path in files:
        if not path.is_file():
            raise AnalysisError(f"No such file: {path}.")
        text, _ = prepare_text(read_upload(path.name, path.read_bytes()))
        doc_topics = topics or default_topics(text, models)
        documents.append((path, analyze(text, doc_topics, models, title=path.stem, headline=headline)))
        print(f"{path}: {counted(len(documents[-1][1].actors), 'actor')}, topics {doc_topics}", file=sys.stderr)
    if fmt == "json":
        payload = {"documents": [{"file": str(p), **json.loads(tables_to_json(a))} for p, a in documents]}
        out.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
        return [out]
    written = []
    for name in result_tables(documents[0][1]):
        frame = pd.concat([result_tables(a)[name].assign(file=str(p)) for p, a in documents], ignore_index=True)
        target = out.with_name(f"{out.stem}.{name}.csv")
        frame[["file", *[c for c in frame.columns if c != "file"]]].to_csv(target, index=False)
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    analyse = commands.add_parser("analyze", help="analyse files (.txt .md .html .docx .pdf)")
    analyse.add_argument("files", nargs="+", type=Path)
    analyse.add_argument("--topic", action="append", default=[], help="a stance topic (repeatable)")
    analyse.add_argument("--headline", default="", help="the article's headline (one file only; see the README)")
    analyse.add_argument("--out", type=Path, default=Path("results.json"))
    analyse.add_argument("--format", choices=("json", "csv"), default="json")
    args = parser.parse_args(argv)
    if args.headline and len(args.files) > 1:
        parser.error("--headline applies to one file; analyse the files one by one to give each its headline")
    try:
        for path in run(args.files, args.topic, args.out, args.format, args.headline):
            print(path)
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
