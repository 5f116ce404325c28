#!/usr/bin/env python3
"""Writes a FULL-SIZE random-weight Wan2.1-T2V-1.3B-Diffusers folder in the released layout.

Usage: tools/make_random_wan.py OUT_DIR [--dtype fp32|bf16] [--skip-text-encoder] [--seed N]

Layout, as in the hub repo `Wan-AI/Wan2.1-T2V-1.3B-Diffusers`:
  model_index.json, scheduler/scheduler_config.json (UniPC, flow_prediction, flow_shift 3),
  text_encoder/config.json + model-0000{1..5}-of-00005.safetensors + model.safetensors.index.json  (UMT5-XXL encoder),
  tokenizer/ (tokenizer.json, tokenizer_config.json, spiece.model),
  transformer/config.json + diffusion_pytorch_model-0000{1,2}-of-00002.safetensors + .index.json,
  vae/config.json + diffusion_pytorch_model.safetensors (always fp32, as released).

Tensors are streamed to disk one chunk at a time (never a whole model in RAM), so peak memory stays well under
1 GB. Shards are planned from fp32 sizes with a 5 GB limit, which reproduces the released split
(text encoder 4.97/4.90/4.97/5.00/2.89 GB, transformer 5.00/0.68 GB); with --dtype bf16 the same tensors go to
the same files at half the size. The text encoder checkpoint stores `shared.weight` (not the tied
`encoder.embed_tokens.weight`), as transformers' save_pretrained does.

The tokenizer is the tiny multilingual SentencePiece model of Fixtures/engine/tiny-a (1044 ids, all < 256384),
not the real 256k-piece umT5 vocabulary: prompts tokenize to different ids than with the real model. Weights follow
tools/fixturelib/randomize.py (norm gains 1 + N(0, 0.1), biases N(0, 0.1), weights N(0, 1/fan_in), ...), with
a per-tensor generator seeded from --seed and the tensor name. Sizes: fp32 ~ 29 GB total (22.7 text encoder,
5.7 transformer, 0.5 VAE); bf16 ~ 15 GB; --skip-text-encoder leaves out the 22.7/11.4 GB of text encoder weights.
"""

import argparse
import json
import os
import sys
import time
import zlib

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from fixturelib.randomize import distribution  # noqa: E402
from fixturelib.stream_safetensors import TensorSpec, normal_source, plan_shards, write_sharded  # noqa: E402

TRANSFORMER_CONFIG = dict(
    patch_size=(1, 2, 2), num_attention_heads=12, attention_head_dim=128, in_channels=16, out_channels=16,
    text_dim=4096, freq_dim=256, ffn_dim=8960, num_layers=30, cross_attn_norm=True, qk_norm="rms_norm_across_heads",
    eps=1e-6, image_dim=None, added_kv_proj_dim=None, rope_max_seq_len=1024)
TEXT_ENCODER_CONFIG = dict(
    vocab_size=256384, d_model=4096, d_kv=64, d_ff=10240, num_layers=24, num_decoder_layers=24, num_heads=64,
    relative_attention_num_buckets=32, relative_attention_max_distance=128, dropout_rate=0.1,
    layer_norm_epsilon=1e-6, initializer_factor=1.0, feed_forward_proj="gated-gelu", is_encoder_decoder=True,
    use_cache=True, pad_token_id=0, eos_token_id=1, decoder_start_token_id=0, tie_word_embeddings=False,
    scalable_attention=True)
SCHEDULER_CONFIG = dict(prediction_type="flow_prediction", use_flow_sigmas=True, num_train_timesteps=1000,
                        flow_shift=3.0)
MODEL_INDEX = {
    "_class_name": "WanPipeline",
    "_diffusers_version": "0.33.0.dev0",
    "scheduler": ["diffusers", "UniPCMultistepScheduler"],
    "text_encoder": ["transformers", "UMT5EncoderModel"],
    "tokenizer": ["transformers", "T5TokenizerFast"],
    "transformer": ["diffusers", "WanTransformer3DModel"],
    "vae": ["diffusers", "AutoencoderKLWan"],
}
SHARD_BYTES = 5_000_000_000
TIED_DUPLICATES = {"encoder.embed_tokens.weight"}


def _specs(module: torch.nn.Module, seed: int) -> list[TensorSpec]:
    """One TensorSpec per state-dict entry of a meta-device module, in state-dict order."""
    specs = []
    for name, tensor in module.state_dict().items():
        if name in TIED_DUPLICATES:
            continue
        shape = tuple(tensor.shape)
        scale, offset = distribution(name, shape)
        tensor_seed = (seed * 1_000_003 + zlib.crc32(name.encode())) % (2**63)
        numel = 1
        for d in shape:
            numel *= d
        specs.append(TensorSpec(name, shape, normal_source(numel, tensor_seed, scale, offset)))
    return specs


def _write_model(folder: str, stem: str, index: str, module, seed: int, dtype: torch.dtype, shard_bytes: int) -> None:
    specs = _specs(module, seed)
    shards = plan_shards(specs, 4, shard_bytes)
    params = sum(s.numel for s in specs)
    print(f"{os.path.basename(folder)}: {len(specs)} tensors, {params:,} params, {len(shards)} shard(s)")
    write_sharded(folder, stem, index, specs, dtype, shards)


def write_transformer(out: str, seed: int, dtype: torch.dtype, shard_bytes: int) -> None:
    from accelerate import init_empty_weights
    from diffusers import WanTransformer3DModel

    with init_empty_weights():
        model = WanTransformer3DModel(**TRANSFORMER_CONFIG)
    folder = os.path.join(out, "transformer")
    model.save_config(folder)
    _write_model(folder, "diffusion_pytorch_model", "diffusion_pytorch_model.safetensors.index.json", model,
                 seed + 1, dtype, shard_bytes)


def write_vae(out: str, seed: int) -> None:
    from accelerate import init_empty_weights
    from diffusers import AutoencoderKLWan

    with init_empty_weights():
        model = AutoencoderKLWan()
    folder = os.path.join(out, "vae")
    model.save_config(folder)
    _write_model(folder, "diffusion_pytorch_model", "diffusion_pytorch_model.safetensors.index.json", model,
                 seed + 2, torch.float32, 10 * SHARD_BYTES)


def write_text_encoder(out: str, seed: int, dtype: torch.dtype, shard_bytes: int, layers: int,
                       weights: bool) -> None:
    from accelerate import init_empty_weights
    from transformers import UMT5Config, UMT5EncoderModel

    config = UMT5Config(**{**TEXT_ENCODER_CONFIG, "num_layers": layers, "num_decoder_layers": layers})
    config.architectures = ["UMT5EncoderModel"]
    config.dtype = {torch.float32: "float32", torch.bfloat16: "bfloat16"}[dtype]
    folder = os.path.join(out, "text_encoder")
    config.save_pretrained(folder)
    if not weights:
        print("text_encoder: config.json only (--skip-text-encoder)")
        return
    with init_empty_weights():
        model = UMT5EncoderModel(config)
    _write_model(folder, "model", "model.safetensors.index.json", model, seed + 3, dtype, shard_bytes)


def write_small_parts(out: str) -> None:
    from diffusers import UniPCMultistepScheduler

    from fixturelib.configs import CONFIG_A
    from fixturelib.tokenizer import build_tokenizer

    UniPCMultistepScheduler(**SCHEDULER_CONFIG).save_pretrained(os.path.join(out, "scheduler"))
    tokenizer, spm_bytes = build_tokenizer(CONFIG_A.tokenizer)
    tok_dir = os.path.join(out, "tokenizer")
    tokenizer.save_pretrained(tok_dir)
    with open(os.path.join(tok_dir, "spiece.model"), "wb") as f:
        f.write(spm_bytes)
    with open(os.path.join(out, "model_index.json"), "w", encoding="utf-8") as f:
        json.dump(MODEL_INDEX, f, indent=2)
        f.write("\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir")
    parser.add_argument("--dtype", choices=["fp32", "bf16"], default="fp32",
                        help="storage dtype of the transformer and text encoder (the VAE is always fp32)")
    parser.add_argument("--skip-text-encoder", action="store_true",
                        help="write text_encoder/config.json but not its 22.7 GB (fp32) of weights")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--text-encoder-layers", type=int, default=24, help=argparse.SUPPRESS)  # testing only
    parser.add_argument("--max-shard-bytes", type=int, default=SHARD_BYTES, help=argparse.SUPPRESS)  # testing only
    args = parser.parse_args()
    dtype = {"fp32": torch.float32, "bf16": torch.bfloat16}[args.dtype]
    torch.set_num_threads(max(1, os.cpu_count() or 1))
    start = time.time()
    os.makedirs(args.out_dir, exist_ok=True)
    write_small_parts(args.out_dir)
    write_vae(args.out_dir, args.seed)
    write_transformer(args.out_dir, args.seed, dtype, args.max_shard_bytes)
    write_text_encoder(args.out_dir, args.seed, dtype, args.max_shard_bytes, args.text_encoder_layers,
                       not args.skip_text_encoder)
    print(f"done in {time.time() - start:.0f} s: {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
