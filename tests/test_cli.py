"""The command-line entry points, run as a user would (subprocesses)."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"


def run(*args: str, env: dict | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )


@pytest.fixture(scope="module")
def tiny_eval_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("eval")
    (folder / "targeted.jsonl").write_text(
        json.dumps({"sentence_normalized": "Rubio praised the brave negotiators.", "targets": [
            {"from": 0, "to": 5, "mention": "Rubio", "polarity": 6.0}]}) + "\n"
        + json.dumps({"sentence_normalized": "Critics blamed Lavrov for the deadly collapse.", "targets": [
            {"from": 15, "to": 21, "mention": "Lavrov", "polarity": 2.0}]}) + "\n",
        encoding="utf-8",
    )
    (folder / "stance.csv").write_text('text,topic,label\n"We must end this war now, a ceasefire is essential.",a ceasefire,favor\n"A ceasefire would only reward the aggressor.",a ceasefire,against\n', encoding="utf-8")
    (folder / "sentiment.csv").write_text("text,label\nWhat a wonderful day!,positive\nThis is a disaster.,negative\n", encoding="utf-8")
    (folder / "ner.conll").write_text("Marco\tB-PER\nRubio\tI-PER\nvisited\tO\nParis\tB-LOC\n.\tO\n\nNATO\tB-ORG\nmet\tO\n", encoding="utf-8")
    (folder / "bad.csv").write_text("text,label\nfine,wonderful\n", encoding="utf-8")
    (folder / "persent.csv").write_text(
        "DOCUMENT_INDEX,TARGET_ENTITY,DOCUMENT\n"
        '1,Benigno Aquino III,"Philippines President Benigno Aquino III said he is through apologizing.\nAquino will focus on easing tensions."\n'
        '2,Angela Merkel,"The weather in the valley was calm all week.\nFarmers expect a good harvest."\n',
        encoding="utf-8",
    )
    (folder / "persent_paragraphs.csv").write_text(
        "TITLE,DOCUMENT_INDEX,TARGET_ENTITY,DOCUMENT,Paragraph0,Paragraph1,Paragraph2\n"
        'Rubio hailed as talks advance,1,Marco Rubio,"Rubio praised the brave negotiators.\nThe talks went on.\nCritics blamed Rubio for the collapse.",Positive,Neutral,Negative\n',
        encoding="utf-8",
    )
    (folder / "persent_bad_label.csv").write_text(
        'DOCUMENT_INDEX,TARGET_ENTITY,DOCUMENT,Paragraph0\n1,Marco Rubio,"Rubio spoke.",Great\n', encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize(
    "task, name, key",
    [("targeted", "targeted.jsonl", "macro_f1"), ("targeted", "persent_paragraphs.csv", "macro_f1"), ("stance", "stance.csv", "macro_f1"), ("sentiment", "sentiment.csv", "macro_f1"), ("ner", "ner.conll", "f1")],
)
def test_evaluate_prints_one_json_line(tiny_eval_files, task, name, key):
    result = run("analysis.evaluate", task, str(tiny_eval_files / name))
    assert result.returncode == 0, result.stderr
    last = json.loads(result.stdout.strip().splitlines()[-1])
    assert last["task"] == task and last["n"] == 2 and 0 <= last[key] <= 100
    if task == "ner":
        assert set(last["per_type"]) == {"PER", "ORG", "LOC"}
    else:
        assert 0 <= last["accuracy"] <= 100


def test_evaluate_main_entity(tiny_eval_files):
    result = run("analysis.evaluate", "main-entity", str(tiny_eval_files / "persent.csv"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {"task": "main-entity", "n": 2, "found": 50.0}


@pytest.mark.parametrize(
    "args, message",
    [
        (["sentiment", "bad.csv"], "not one of"),
        (["stance", "sentiment.csv"], "columns"),
        (["sentiment", "missing.csv"], "No such file"),
        (["main-entity", "sentiment.csv"], "DOCUMENT and TARGET_ENTITY"),
        (["main-entity", "missing.csv"], "No such file"),
        (["targeted", "persent.csv"], "DOCUMENT, TARGET_ENTITY and Paragraph0"),
        (["targeted", "persent_bad_label.csv"], "Paragraph0 label 'Great' is not one of Negative, Neutral, Positive"),
    ],
)
def test_evaluate_bad_input(tiny_eval_files, args, message):
    result = run("analysis.evaluate", args[0], str(tiny_eval_files / args[1]))
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args, overrides",
    [
        (["sentiment", "--tweets", "all"], {"tweets": None}),
        (["sentiment", "--tweets", "500", "--seed", "7"], {"tweets": 500, "seed": 7}),
        (["sentiment"], {}),
        (["ner", "--rank", "16"], {"rank": 16, "alpha": 32}),
        (["targeted", "--full", "--lr", "5e-5"], {"full": True, "lr": 5e-5}),
        (["targeted", "--init-seed", "13", "--seed", "14"], {"init_seed": 13, "seed": 14}),
        (["targeted", "--persent-paragraphs", "all"], {"persent_paragraphs": None}),
        (["targeted", "--persent-paragraphs", "0"], {"persent_paragraphs": 0}),
        (["sentiment", "--tweets", "0"], {"tweets": 0}),
        (["targeted", "--add-train", str(ROOT / "README.md"), "--persent-paragraphs", "900"],
         {"add_train": str(ROOT / "README.md"), "persent_paragraphs": 900}),
        (["stance", "--no-ibm-claims"], {"ibm_claims": False}),
    ],
)
def test_train_flags_become_overrides(monkeypatch, args, overrides):
    from analysis import train

    seen = {}
    monkeypatch.setattr(train, "train", lambda task, *a, **kw: seen.update(kw) or {"task": task, "dev": {}, "train_seconds": 0})
    assert train.main(args) == 0
    assert {k: v for k, v in seen.items() if k not in ("encoder_dir", "max_seconds")} == overrides


@pytest.mark.parametrize(
    "args, message",
    [
        (["sentiment", "--tweets", "lots"], "expected a number or 'all'"),
        (["sentiment", "--tweets", "-3"], "expected a number or 'all'"),
        (["targeted", "--tweets", "all"], "--tweets applies to the sentiment task only"),
        (["ner", "--rescore", "--tweets", "500"], "--tweets applies to the sentiment task only"),
        (["sentiment", "--persent-paragraphs", "10"], "--persent-paragraphs applies to the targeted task only"),
        (["targeted", "--persent-paragraphs", "some"], "expected a number or 'all'"),
        (["stance", "--add-train", "README.md"], "--add-train applies to the targeted task only"),
        (["targeted", "--no-ibm-claims"], "--no-ibm-claims applies to the stance task only"),
        (["stance", "--rescore", "--no-ibm-claims"], "it does not take --no-ibm-claims"),
        (["targeted", "--add-train", "nowhere.jsonl"], "--add-train: nowhere.jsonl is not a file"),
        (["targeted", "--rescore", "--seed", "14", "--full"], "it does not take --seed, --full"),
        (["ner", "--rescore", "--rank", "16", "--max-minutes", "5"], "it does not take --rank, --max-minutes"),
        (["targeted", "--rescore", "--persent-paragraphs", "all", "--out", "runs/x"], "it does not take --persent-paragraphs, --out"),
    ],
)
def test_train_bad_flags(args, message):
    result = run("analysis.train", *args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("extra", [["--out", "out"], ["--rescore"]], ids=["train", "rescore"])
def test_train_without_its_data_says_where_to_point(tmp_path, extra):
    extra = [str(tmp_path / a) if a == "out" else a for a in extra]
    result = run("analysis.train", "targeted", "--data-dir", str(tmp_path / "nowhere"), "--limit", "5", *extra)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"error: {tmp_path / 'nowhere'}" in result.stderr and "Give --data-dir the folder that holds the training sets" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(not DATA.is_dir(), reason="needs ../shared/data")
def test_train_smoke_run(tmp_path):
    result = run("analysis.train", "targeted", "--limit", "24", "--epochs", "1", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr[-2000:]
    card = json.loads((tmp_path / "targeted.json").read_text())
    assert card["limit"] == 24 and card["labels"] == ["negative", "neutral", "positive"]
    assert (tmp_path / "targeted.safetensors").stat().st_size < 8 * 1024 * 1024
    env = {"ACTOR_STANCE_MODELS": str(tmp_path)}
    evaluated = run("analysis.evaluate", "targeted", str(DATA / "newsmtsc" / "dev-mt.jsonl"), env=env)
    assert evaluated.returncode == 0, evaluated.stderr[-2000:]
    assert json.loads(evaluated.stdout.splitlines()[-1])["n"] > 400
    rescored = run("analysis.train", "targeted", "--rescore", "--limit", "10", env=env)
    assert rescored.returncode == 0, rescored.stderr[-2000:]
    card = json.loads((tmp_path / "targeted.json").read_text())
    assert {m["n"] for m in card["dev"].values()} == {10} and "encoder_copy" not in card


@pytest.mark.skipif(not DATA.is_dir(), reason="needs ../shared/data")
def test_init_seed_starts_runs_alike_and_dev_is_read_with_headlines(tmp_path, monkeypatch):
    from safetensors.torch import load_file

    from analysis import train

    read_headlines = []
    score = train.score
    monkeypatch.setattr(train, "score", lambda runner, examples: read_headlines.append(runner.reads_headlines) or score(runner, examples))
    heads = {}
    for name, seeds in {"a": {"init_seed": 5, "seed": 1}, "b": {"init_seed": 5, "seed": 2}, "c": {"seed": 2}}.items():
        # no time to train: the artifact keeps the initial head
        train.train("targeted", DATA, tmp_path / name, limit=8, epochs=1, max_seconds=0, **seeds)
        heads[name] = load_file(str(tmp_path / name / "targeted.safetensors"))["head.out.weight"]
    assert heads["a"].equal(heads["b"]) and not heads["a"].equal(heads["c"])
    assert read_headlines and all(read_headlines)


@pytest.mark.skipif(not DATA.is_dir(), reason="needs ../shared/data")
def test_full_fine_tuning_smoke_run(tmp_path, tiny_eval_files):
    result = run("analysis.train", "sentiment", "--full", "--rank", "8", "--limit", "16", "--epochs", "1", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr[-2000:]
    card = json.loads((tmp_path / "sentiment.json").read_text())
    assert card["rank"] == 8 and card["hyperparameters"]["full"] is True
    evaluated = run("analysis.evaluate", "sentiment", str(tiny_eval_files / "sentiment.csv"), env={"ACTOR_STANCE_MODELS": str(tmp_path)})
    assert evaluated.returncode == 0, evaluated.stderr[-2000:]
    assert json.loads(evaluated.stdout.splitlines()[-1])["n"] == 2


@pytest.mark.skipif(not DATA.is_dir(), reason="needs ../shared/data")
def test_full_fine_tuning_refuses_a_rank_above_the_layers_before_training(tmp_path):
    result = run("analysis.train", "sentiment", "--full", "--rank", "500", "--limit", "16", "--out", str(tmp_path))
    assert result.returncode == 2
    assert "error: Rank 500 is more than a layer's size (384). Give a smaller --rank." in result.stderr
    assert "epoch" not in result.stdout and not list(tmp_path.iterdir())


@pytest.mark.skipif(not DATA.is_dir(), reason="needs ../shared/data")
def test_ner_rescore_fits_the_outside_bias(tmp_path):
    import shutil

    for suffix in (".json", ".safetensors"):
        shutil.copy(ROOT / "models" / f"ner{suffix}", tmp_path)
    result = run("analysis.train", "ner", "--rescore", "--limit", "20", env={"ACTOR_STANCE_MODELS": str(tmp_path)})
    assert result.returncode == 0, result.stderr[-2000:]
    card = json.loads((tmp_path / "ner.json").read_text())
    assert card["outside_bias"] in [i / 4 for i in range(11)] and card["temperature"] == 1.0
    assert {m["n"] for m in card["dev"].values()} == {20}


def test_analyze_json_and_csv(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("Rubio praised the minerals deal.\nKyiv said the minerals deal was fair.", encoding="utf-8")
    out = tmp_path / "results.json"
    result = run("analysis", "analyze", str(article), "--topic", "the minerals deal", "--headline", "Rubio backs deal", "--out", str(out))
    assert result.returncode == 0, result.stderr[-2000:]
    doc = json.loads(out.read_text())["documents"][0]
    assert doc["topics"] == ["the minerals deal"] and doc["headline"] == "Rubio backs deal"
    assert {"paragraphs", "mentions", "actor_sentiment", "stance", "actors"} <= set(doc["tables"])
    result = run("analysis", "analyze", str(article), "--topic", "the minerals deal", "--format", "csv", "--out", str(tmp_path / "r.csv"))
    assert result.returncode == 0, result.stderr[-2000:]
    stance = pd.read_csv(tmp_path / "r.stance.csv")
    assert list(stance.columns[:2]) == ["file", "actor_id"] and (stance.topic == "the minerals deal").all()


def test_analyze_missing_file(tmp_path):
    result = run("analysis", "analyze", str(tmp_path / "nope.txt"))
    assert result.returncode == 2 and "No such file" in result.stderr


def test_analyze_refuses_one_headline_for_several_files(tmp_path):
    result = run("analysis", "analyze", "a.txt", "b.txt", "--headline", "Talks collapse")
    assert result.returncode == 2 and "--headline applies to one file" in result.stderr and "Traceback" not in result.stderr
