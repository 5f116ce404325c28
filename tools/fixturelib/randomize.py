"""Deterministic, non-trivial random weights for the tiny models.

Library initialisers leave many parameters at exact constants (norm gains of 1, zero biases, a zero attention
projection in the VAE), which would let a parity test pass with those code paths broken. Every parameter is
therefore overwritten, in sorted-name order, from one seeded generator:

- `scale_shift_table`:            N(0, 0.2)
- `relative_attention_bias`:      N(0, 0.5)
- token embeddings (`shared`, `embed_tokens`): N(0, 1)
- any `*.bias`:                   N(0, 0.1)
- norm gains (`gamma`, 1-D weights): 1 + N(0, 0.1)
- other weights (>= 2-D):         N(0, 1) * gain / sqrt(fan_in), fan_in = numel / out_features
"""

import math

import torch


def _is_embedding(name: str) -> bool:
    return name in ("shared.weight", "encoder.embed_tokens.weight")


def randomize_(module: torch.nn.Module, seed: int, gain: float = 1.0) -> None:
    """Overwrites every parameter of `module` in place (see the module docstring for the distributions)."""
    gen = torch.Generator().manual_seed(seed)
    params = dict(module.named_parameters())
    with torch.no_grad():
        for name in sorted(params):
            p = params[name]
            noise = torch.randn(p.shape, generator=gen, dtype=torch.float32)
            if "scale_shift_table" in name:
                value = noise * 0.2
            elif "relative_attention_bias" in name:
                value = noise * 0.5
            elif _is_embedding(name):
                value = noise
            elif name.endswith("bias"):
                value = noise * 0.1
            elif name.endswith("gamma") or p.ndim == 1:
                value = 1.0 + noise * 0.1
            else:
                fan_in = p.numel() // p.shape[0]
                value = noise * (gain / math.sqrt(fan_in))
            p.copy_(value.to(p.dtype))
