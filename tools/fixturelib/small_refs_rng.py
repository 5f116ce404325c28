"""Reference values for the torch-compatible RNG (TorchGenerator)."""

import struct

import torch

FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3


def fnv1a64_float32(values: torch.Tensor) -> str:
    """FNV-1a 64 over the little-endian bytes of a float32 tensor, as 16 hex digits."""
    data = values.detach().contiguous().to(torch.float32).numpy().tobytes()
    h = FNV_OFFSET
    for byte in data:
        h ^= byte
        h = (h * FNV_PRIME) & 0xFFFFFFFFFFFFFFFF
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
    (18446744073709551615, [[6], [40]]),
    (987654321, [[1, 16, 3, 8, 10]]),
]

# (seed, shape) where only a hash plus head/tail are stored (large latents).
LARGE = [
    (0, [1, 16, 2, 6, 10]),
    (42, [1, 16, 5, 30, 52]),
    (31337, [1000003]),
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
    }
