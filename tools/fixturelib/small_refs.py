"""Small, exact reference fixtures for the engine: torch RNG, schedulers, tokenizer.

Writes JSON files (and a tiny trained SentencePiece tokenizer) into `out_dir`, normally
`Fixtures/engine/small`. Needs torch, diffusers, transformers and sentencepiece (the /work/venv set).

- randn.json               torch.randn values (small_refs_rng.py); also the DEFAULT-capability path
- schedulers.json          UniPC / flow-match Euler schedules and trajectories (small_refs_schedulers.py)
- tokenizer/, tokenizer_spm/, tokenizer_cases.json, prompt_clean.json   (small_refs_tokenizer.py)

`python tools/fixturelib/small_refs_tokenizer.py Sources/CielPipeline/PromptCleaning+Entities.swift`
regenerates the HTML entity table PromptCleaning uses.

    python tools/fixturelib/small_refs.py Fixtures/engine/small

`tools/make_fixtures.py` imports this module and calls `write(out_dir)`.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import small_refs_rng  # noqa: E402
import small_refs_schedulers  # noqa: E402
import small_refs_tokenizer  # noqa: E402


def _dump(path: str, payload: dict) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(payload, handle, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        handle.write("\n")


def write(out_dir: str) -> None:
    """Writes every small reference fixture into `out_dir` (created if missing)."""
    os.makedirs(out_dir, exist_ok=True)
    _dump(os.path.join(out_dir, "randn.json"), small_refs_rng.build())
    _dump(os.path.join(out_dir, "schedulers.json"), small_refs_schedulers.build())
    small_refs_schedulers.save_wan_config(os.path.join(out_dir, "scheduler"))
    small_refs_tokenizer.write(out_dir, _dump)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: small_refs.py OUT_DIR")
    write(sys.argv[1])
