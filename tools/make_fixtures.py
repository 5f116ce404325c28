#!/usr/bin/env python3
"""Builds the engine parity fixtures: tiny random-weight Wan pipelines and their reference outputs.

Usage: tools/make_fixtures.py [--out Fixtures/engine]

Deterministic (fixed seeds, 2 torch threads, deterministic algorithms, fp32) and offline. For each tiny config it
trains a SentencePiece tokenizer, builds random-weight UMT5 / WanTransformer3DModel / AutoencoderKLWan models,
saves the pipeline with save_pretrained into <out>/<config>/pipeline/, reloads it with from_pretrained and records
reference tensors from the reloaded pipeline into <out>/<config>/reference.{safetensors,json}. Everything is
computed twice from two independent reloads and must agree bit for bit. Model-independent references go to
<out>/randn.* and <out>/schedulers.*. See <out>/README.md for the contents.
"""

import argparse
import os
import shutil
import sys

import diffusers
import torch
import transformers

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from fixturelib import rec_global, rec_models, rec_run, rec_text  # noqa: E402
from fixturelib.build import build_pipeline, load_pipeline, save_pipeline  # noqa: E402
from fixturelib.configs import ALL_CONFIGS, TinyConfig  # noqa: E402
from fixturelib.recorder import Recorder, assert_same  # noqa: E402


def _setup_torch() -> None:
    diffusers.utils.logging.set_verbosity_error()
    diffusers.utils.logging.disable_progress_bar()
    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()
    torch.set_num_threads(2)
    torch.use_deterministic_algorithms(True)
    torch.set_grad_enabled(False)
    rec_text.disable_ftfy()


def _record_config(cfg: TinyConfig, pipe) -> Recorder:
    rec = Recorder()
    rec.meta["config"] = {
        "name": cfg.name,
        "summary": cfg.summary,
        "pipeline_folder": "pipeline",
        "storage_dtype": cfg.storage_dtype,
        "compute_dtype": "float32",
        "tokenizer": vars(cfg.tokenizer),
        "weight_seed": cfg.weight_seed,
        "weights": "randomized, see tools/fixturelib/randomize.py",
    }
    rec_text.record_tokens(pipe, rec)
    embeds, short_row = rec_text.record_umt5(pipe, cfg, rec)
    rec_models.record_transformer(pipe, cfg, embeds, short_row, rec)
    rec_models.record_vae(pipe, cfg, rec)
    rec_run.record_run(pipe, cfg, rec)
    return rec


def _build_config(cfg: TinyConfig, out: str) -> None:
    target = os.path.join(out, cfg.name)
    folder = os.path.join(target, "pipeline")
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    pipe, spm_bytes = build_pipeline(cfg)
    in_memory = _record_config(cfg, pipe) if cfg.storage_dtype == "float32" else None
    save_pipeline(pipe, spm_bytes, folder, cfg.storage_dtype)
    del pipe
    first = _record_config(cfg, load_pipeline(folder))
    second = _record_config(cfg, load_pipeline(folder))
    assert_same(first, second)
    if in_memory is not None:  # fp32 storage: the saved folder must reproduce the in-memory pipeline exactly
        assert_same(in_memory, first)
    first.write(target, "reference")
    print(f"{cfg.name}: {len(first.tensors)} tensors, pipeline in {folder}")


def _build_global(out: str) -> None:
    for stem, fn in (("randn", rec_global.record_randn), ("schedulers", rec_global.record_schedulers)):
        first, second = Recorder(), Recorder()
        fn(first)
        fn(second)
        assert_same(first, second)
        first.write(out, stem)
        print(f"{stem}: {len(first.tensors)} tensors")


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=os.path.join(os.path.dirname(here), "Fixtures", "engine"))
    parser.add_argument("--only", choices=[c.name for c in ALL_CONFIGS] + ["global"], action="append",
                        help="build only these parts (repeatable); default all")
    args = parser.parse_args()
    _setup_torch()
    os.makedirs(args.out, exist_ok=True)
    parts = args.only or [c.name for c in ALL_CONFIGS] + ["global"]
    if "global" in parts:
        _build_global(args.out)
    for cfg in ALL_CONFIGS:
        if cfg.name in parts:
            _build_config(cfg, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
