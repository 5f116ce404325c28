"""Reference values for the torch-compatible RNG (TorchGenerator)."""

import json
import os
import subprocess
import sys

import numpy as np
import torch

FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3


def fnv1a64_float32(values: torch.Tensor) -> str:
    """FNV-1a 64 over the little-endian bytes of a float32 tensor, as 16 hex digits."""
    data = np.frombuffer(values.detach().contiguous().to(torch.float32).numpy().tobytes(), dtype=np.uint8)
    h = FNV_OFFSET
    for byte in data.tolist():
        h = ((h ^ byte) * FNV_PRIME) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def _floats(t: torch.Tensor) -> list:
    return [float(v) for v in t.reshape(-1).tolist()]


# (seed, successive shapes drawn from one generator)
SEQUENCES = [
    (0, [[1]]),
    (0, [[20]]),
    (42, [[3], [3], [1], [5]]),
    (42, [[15]]),
    (42, [[16]]),
    (42, [[17]]),
    (7, [[31], [2], [16], [33]]),
    (123, [[2, 3, 5]]),
    (2024, [[4, 4], [7], [100]]),
    (2**32 + 5, [[18]]),
    (2**31, [[16], [1], [47]]),
    (2**63 + 12345, [[64]]),
    (5, [[2, 2], [15], [1], [1], [16], [3]]),
    (18446744073709551615, [[6], [40]]),
    (987654321, [[1, 16, 3, 8, 10]]),
]

# (seed, shape) where only a hash plus head/tail are stored (large latents).
LARGE = [
    (0, [1, 16, 2, 6, 10]),
    (42, [1, 16, 5, 30, 52]),
    (31337, [1000003]),
    (0, [1, 16, 21, 60, 104]),  # the Wan 2.1 480p latent (81 frames)
]

# Draws taken with ATEN_CPU_CAPABILITY=default (normal_fill_16 with libm logf/cosf/sinf).
SCALAR_KERNEL = [(0, [20]), (42, [1000]), (7, [33])]


def _scalar_kernel_draws() -> list:
    """Runs torch in a subprocess with the DEFAULT CPU capability (no AVX2 normal_fill)."""
    code = (
        "import json, sys, torch\n"
        "cases = json.loads(sys.argv[1])\n"
        "out = []\n"
        "for seed, shape in cases:\n"
        "    g = torch.Generator().manual_seed(seed)\n"
        "    out.append([float(v) for v in torch.randn(shape, generator=g).reshape(-1).tolist()])\n"
        "print(json.dumps({'capability': torch.backends.cpu.get_cpu_capability(), 'values': out}))\n"
    )
    env = dict(os.environ, ATEN_CPU_CAPABILITY="default")
    result = subprocess.run(
        [sys.executable, "-c", code, json.dumps(SCALAR_KERNEL)], env=env, check=True, capture_output=True, text=True,
    )
    payload = json.loads(result.stdout)
    assert payload["capability"] == "DEFAULT", payload["capability"]
    return [
        {"seed": str(seed), "shape": shape, "values": values}
        for (seed, shape), values in zip(SCALAR_KERNEL, payload["values"])
    ]


def build() -> dict:
    sequences = []
    for seed, shapes in SEQUENCES:
        generator = torch.Generator().manual_seed(seed)
        draws = [_floats(torch.randn(shape, generator=generator)) for shape in shapes]
        sequences.append({"seed": str(seed), "shapes": shapes, "values": draws})
    # The global generator path must agree with a fresh torch.Generator.
    torch.manual_seed(42)
    global_draw = _floats(torch.randn(3, 17))
    large = []
    for seed, shape in LARGE:
        torch.manual_seed(seed)
        values = torch.randn(shape)
        flat = values.reshape(-1)
        large.append({
            "seed": str(seed), "shape": shape, "fnv1a64": fnv1a64_float32(values),
            "head": _floats(flat[:32]), "tail": _floats(flat[-32:]),
        })
    return {
        "generator": "torch.Generator().manual_seed(seed); torch.randn(shape, generator=g) per draw",
        "torch_version": torch.__version__,
        "cpu_capability": torch.backends.cpu.get_cpu_capability(),
        "sequences": sequences,
        "global_seed42_3x17": global_draw,
        "large": large,
        "scalar_kernel": _scalar_kernel_draws(),
    }
