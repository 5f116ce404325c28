"""Builds one tiny random-weight WanPipeline and saves it in the diffusers folder layout."""

import os

import torch
from diffusers import (AutoencoderKLWan, FlowMatchEulerDiscreteScheduler, UniPCMultistepScheduler, WanPipeline,
                       WanTransformer3DModel)
from transformers import UMT5Config, UMT5EncoderModel

from .configs import TinyConfig
from .randomize import randomize_
from .tokenizer import build_tokenizer

_SCHEDULERS = {
    "UniPCMultistepScheduler": UniPCMultistepScheduler,
    "FlowMatchEulerDiscreteScheduler": FlowMatchEulerDiscreteScheduler,
}


def build_pipeline(cfg: TinyConfig) -> tuple[WanPipeline, bytes]:
    """Returns the in-memory pipeline (eval mode, fp32) and the bytes of its trained spiece.model."""
    tokenizer, spm_bytes = build_tokenizer(cfg.tokenizer)

    te_config = UMT5Config(vocab_size=len(tokenizer) + cfg.extra_vocab_rows, pad_token_id=0, eos_token_id=1,
                           decoder_start_token_id=0, **cfg.text_encoder)
    torch.manual_seed(cfg.weight_seed)
    text_encoder = UMT5EncoderModel(te_config)
    randomize_(text_encoder, cfg.weight_seed + 1)

    transformer = WanTransformer3DModel(**cfg.transformer)
    randomize_(transformer, cfg.weight_seed + 2)

    vae = AutoencoderKLWan(**cfg.vae)
    randomize_(vae, cfg.weight_seed + 3)

    scheduler_name, scheduler_kwargs = cfg.scheduler
    scheduler = _SCHEDULERS[scheduler_name](**scheduler_kwargs)

    pipe = WanPipeline(tokenizer=tokenizer, text_encoder=text_encoder, transformer=transformer, vae=vae,
                       scheduler=scheduler)
    for model in (text_encoder, transformer, vae):
        model.eval()
    pipe.set_progress_bar_config(disable=True)
    return pipe, spm_bytes


def save_pipeline(pipe: WanPipeline, spm_bytes: bytes, folder: str, storage_dtype: str = "float32") -> None:
    """Writes the pipeline with `save_pretrained` (safetensors, weights in `storage_dtype`) plus spiece.model."""
    dtype = {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}[storage_dtype]
    for model in (pipe.text_encoder, pipe.transformer, pipe.vae):
        for p in model.parameters():
            p.data = p.data.to(dtype)
    pipe.save_pretrained(folder, safe_serialization=True)
    with open(os.path.join(folder, "tokenizer", "spiece.model"), "wb") as f:
        f.write(spm_bytes)


def load_pipeline(folder: str) -> WanPipeline:
    """Loads a saved tiny pipeline in fp32, exactly as a user of diffusers would."""
    pipe = WanPipeline.from_pretrained(folder, dtype=torch.float32)
    pipe.set_progress_bar_config(disable=True)
    return pipe
