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


def distribution(name: str, shape: tuple[int, ...], gain: float = 1.0) -> tuple[float, float]:
    """Returns (scale, offset): the parameter `name` of `shape` gets `noise * scale + offset`, noise ~ N(0, 1)."""
    if "scale_shift_table" in name:
        return 0.2, 0.0
    if "relative_attention_bias" in name:
        return 0.5, 0.0
    if _is_embedding(name):
        return 1.0, 0.0
    if name.endswith("bias"):
        return 0.1, 0.0
    if name.endswith("gamma") or len(shape) == 1:
        return 0.1, 1.0
    fan_in = math.prod(shape) // shape[0]
    return gain / math.sqrt(fan_in), 0.0


def randomize_(module: torch.nn.Module, seed: int, gain: float = 1.0) -> None:
    """Overwrites every parameter of `module` in place (see the module docstring for the distributions)."""
    gen = torch.Generator().manual_seed(seed)
    params = dict(module.named_parameters())
    with torch.no_grad():
        for name in sorted(params):
            p = params[name]
            noise = torch.randn(p.shape, generator=gen, dtype=torch.float32)
            scale, offset = distribution(name, tuple(p.shape), gain)
            p.copy_((noise * scale + offset).to(p.dtype))
