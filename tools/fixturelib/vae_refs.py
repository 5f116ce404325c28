#!/usr/bin/env python3
"""Reference fixtures for the Swift AutoencoderKLWan (Wan 2.1 VAE): tiny random-weight VAEs and their outputs.

Usage: /work/venv/bin/python tools/fixturelib/vae_refs.py [OUT_DIR]   (default: Fixtures/engine/vae)

For each tiny config it builds an AutoencoderKLWan with seeded random weights (conv weights uniform in
±sqrt(1.5/fan_in), decoder.conv_out ×2.5; RMS-norm gammas in [0.5, 1.5]; non-zero biases), saves it with
save_pretrained (fp32 safetensors) into
OUT_DIR/<name>/vae/, reloads it, and records into OUT_DIR/<name>/reference.safetensors (batch dimension dropped,
channel-first [C, T, H, W]):
  decode_t{1,2,3}_latents      latents fed to vae.decode (already un-normalised)
  decode_t{1,2,3}_raw          decoder output before the final clamp
  decode_t{1,2,3}              vae.decode(...).sample (clamped to [-1, 1])
  encode_video                 a 9-frame video in [-1, 1]
  encode_f{5,9}_mean           vae.encode(video[:, :F]).latent_dist.mode()
Deterministic (fixed seeds, float32, CPU). Read by Tests/CielModelsTests/WanVAEParityTests.swift.
"""

import json
import os
import shutil
import sys

import torch
from diffusers import AutoencoderKLWan
from safetensors.torch import save_file

CONFIGS = [
    {
        "name": "vae-a",
        "seed": 1234,
        "latent_hw": (2, 3),
        "model": dict(base_dim=4, z_dim=16, dim_mult=[1, 2, 2, 2], num_res_blocks=1,
                      temperal_downsample=[False, True, True]),
    },
    {
        "name": "vae-b",
        "seed": 4321,
        "latent_hw": (3, 5),
        "model": dict(base_dim=4, z_dim=8, dim_mult=[1, 2, 4, 4], num_res_blocks=2,
                      temperal_downsample=[False, True, True],
                      latents_mean=[0.1, -0.2, 0.3, -0.4, 0.5, -0.6, 0.7, -0.8],
                      latents_std=[1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8]),
    },
]


def _randomize(model: torch.nn.Module, seed: int) -> None:
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name.endswith("gamma"):
                p.copy_(torch.rand(p.shape, generator=gen) + 0.5)
            elif name.endswith("bias"):
                p.copy_((torch.rand(p.shape, generator=gen) - 0.5) * 0.4)
            else:
                fan_in = p[0].numel()
                p.copy_((torch.rand(p.shape, generator=gen) * 2 - 1) * (1.5 / fan_in) ** 0.5)
        # A wider output range so that the final clamp to [-1, 1] matters.
        model.decoder.conv_out.weight.mul_(2.5)


def _decode_raw(vae: AutoencoderKLWan, z: torch.Tensor) -> torch.Tensor:
    """diffusers `_decode` without the final clamp (same calls, same cache)."""
    vae.clear_cache()
    x = vae.post_quant_conv(z)
    outs = []
    for i in range(z.shape[2]):
        vae._conv_idx = [0]
        outs.append(vae.decoder(x[:, :, i:i + 1], feat_cache=vae._feat_map, feat_idx=vae._conv_idx,
                                first_chunk=(i == 0)))
    vae.clear_cache()
    return torch.cat(outs, 2)


def _record(cfg: dict, out_dir: str) -> None:
    target = os.path.join(out_dir, cfg["name"])
    folder = os.path.join(target, "vae")
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    torch.manual_seed(cfg["seed"])
    model = AutoencoderKLWan(**cfg["model"]).float().eval()
    _randomize(model, cfg["seed"])
    model.save_pretrained(folder, safe_serialization=True)
    vae = AutoencoderKLWan.from_pretrained(folder).float().eval()
    vae.disable_tiling()

    gen = torch.Generator().manual_seed(cfg["seed"] + 1)
    z_dim = vae.config.z_dim
    h, w = cfg["latent_hw"]
    refs = {}
    with torch.no_grad():
        for t in (1, 2, 3):
            z = torch.randn((1, z_dim, t, h, w), generator=gen) * 1.5
            raw = _decode_raw(vae, z)
            clamped = vae.decode(z).sample
            assert torch.equal(clamped, raw.clamp(-1, 1)), "unclamped replica disagrees with vae.decode"
            refs[f"decode_t{t}_latents"] = z[0]
            refs[f"decode_t{t}_raw"] = raw[0]
            refs[f"decode_t{t}"] = clamped[0]
        video = torch.rand((1, 3, 9, 8 * h, 8 * w), generator=gen) * 2 - 1
        # Smooth it a little over time so chunks see correlated frames.
        video = torch.cumsum(video, dim=2) / torch.arange(1, 10).view(1, 1, 9, 1, 1)
        refs["encode_video"] = video[0]
        for f in (5, 9):
            refs[f"encode_f{f}_mean"] = vae.encode(video[:, :, :f]).latent_dist.mode()[0]
    save_file({k: v.contiguous() for k, v in refs.items()}, os.path.join(target, "reference.safetensors"))
    scales = {k: float(v.abs().max()) for k, v in refs.items()}
    with open(os.path.join(target, "reference.json"), "w") as f:
        json.dump({"config": cfg, "max_abs": scales}, f, indent=1)
    print(cfg["name"], {k: tuple(v.shape) for k, v in refs.items()})


def write(out_dir: str) -> None:
    """Builds every tiny VAE config and its references under `out_dir` (e.g. Fixtures/engine/vae)."""
    torch.set_grad_enabled(False)
    os.makedirs(out_dir, exist_ok=True)
    for cfg in CONFIGS:
        _record(cfg, out_dir)


if __name__ == "__main__":
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    write(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "Fixtures", "engine", "vae"))
