"""Small, exact reference fixtures for the engine: torch RNG, schedulers, tokenizer.

Writes JSON files (and a tiny trained SentencePiece tokenizer) into `out_dir`, normally
`Fixtures/engine/small`. Needs torch, diffusers, transformers and sentencepiece (the /work/venv set).

    python tools/fixturelib/small_refs.py Fixtures/engine/small

`tools/make_fixtures.py` imports this module and calls `write(out_dir)`.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import small_refs_rng  # noqa: E402


def _dump(path: str, payload: dict) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(payload, handle, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        handle.write("\n")


def write(out_dir: str) -> None:
    """Writes every small reference fixture into `out_dir` (created if missing)."""
    os.makedirs(out_dir, exist_ok=True)
    _dump(os.path.join(out_dir, "randn.json"), small_refs_rng.build())
    try:
        import small_refs_schedulers
    except ImportError:
        small_refs_schedulers = None
    if small_refs_schedulers is not None:
        _dump(os.path.join(out_dir, "schedulers.json"), small_refs_schedulers.build())
    try:
        import small_refs_tokenizer
    except ImportError:
        small_refs_tokenizer = None
    if small_refs_tokenizer is not None:
        small_refs_tokenizer.write(out_dir, _dump)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: small_refs.py OUT_DIR")
    write(sys.argv[1])
