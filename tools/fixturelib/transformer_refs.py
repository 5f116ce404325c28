"""Reference outputs of a tiny random WanTransformer3DModel (diffusers) for the Swift parity test.

Run: /path/to/venv/bin/python tools/fixturelib/transformer_refs.py Fixtures/engine/transformer-mini
Writes model/ (save_pretrained, fp32) and reference.safetensors with:
  x [4,3,6,8] latents, ctx [7,16] text states, out [4,3,6,8] output at t=750,
  out_per_token [4,3,6,8] output with per-token timesteps (first latent frame t=0, others 750).
"""
import sys

import torch
from diffusers import WanTransformer3DModel
from safetensors.torch import save_file


def write(out_dir: str) -> None:
    torch.manual_seed(0)
    model = WanTransformer3DModel(
        patch_size=(1, 2, 2), num_attention_heads=2, attention_head_dim=12, in_channels=4, out_channels=4,
        text_dim=16, freq_dim=32, ffn_dim=40, num_layers=2, cross_attn_norm=True, eps=1e-6, rope_max_seq_len=64)
    with torch.no_grad():
        for _, p in model.named_parameters():
            p.copy_(torch.randn_like(p) * 0.2)
    model.save_pretrained(f"{out_dir}/model")
    x = torch.randn(1, 4, 3, 6, 8)
    ctx = torch.randn(1, 7, 16)
    with torch.no_grad():
        out = model(x, torch.tensor([750]), ctx, return_dict=False)[0]
        tokens = 3 * 3 * 4
        per_token = torch.full((1, tokens), 750)
        per_token[:, :12] = 0
        out2 = model(x, per_token, ctx, return_dict=False)[0]
    save_file({"x": x[0].contiguous(), "ctx": ctx[0].contiguous(), "out": out[0].contiguous(),
               "out_per_token": out2[0].contiguous()}, f"{out_dir}/reference.safetensors")


if __name__ == "__main__":
    write(sys.argv[1])
