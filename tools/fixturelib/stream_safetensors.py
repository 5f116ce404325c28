"""Writes (sharded) safetensors files tensor by tensor, without holding a whole model in memory.

The values of each tensor are produced in chunks by a callback, so peak memory is one chunk, not one model.
Sharding follows huggingface_hub's `split_state_dict_into_shards_factory`: tensors are taken in state-dict
order and a new shard starts when the next tensor would push the current one over `max_shard_bytes`.
"""

import json
import os
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import torch

_DTYPE_NAMES = {torch.float32: "F32", torch.bfloat16: "BF16", torch.float16: "F16"}

# Produces the values of one tensor as a sequence of flat fp32 chunks (in row-major order).
ChunkSource = Callable[[], Iterator[torch.Tensor]]


@dataclass(frozen=True)
class TensorSpec:
    """One tensor to write: its name, shape and a source of its values."""

    name: str
    shape: tuple[int, ...]
    source: ChunkSource

    @property
    def numel(self) -> int:
        n = 1
        for d in self.shape:
            n *= d
        return n


def plan_shards(specs: list[TensorSpec], bytes_per_element: int, max_shard_bytes: int) -> list[list[TensorSpec]]:
    """Splits `specs` into shards with the same greedy rule as huggingface_hub."""
    shards: list[list[TensorSpec]] = []
    current: list[TensorSpec] = []
    current_bytes = 0
    for spec in specs:
        size = spec.numel * bytes_per_element
        if size > max_shard_bytes:
            shards.append([spec])
            continue
        if current and current_bytes + size > max_shard_bytes:
            shards.append(current)
            current, current_bytes = [], 0
        current.append(spec)
        current_bytes += size
    if current:
        shards.append(current)
    return shards


def write_safetensors(path: str, specs: list[TensorSpec], dtype: torch.dtype) -> int:
    """Writes one safetensors file; returns the number of tensor bytes written."""
    item = torch.empty((), dtype=dtype).element_size()
    header: dict = {"__metadata__": {"format": "pt"}}
    offset = 0
    for spec in specs:
        size = spec.numel * item
        header[spec.name] = {"dtype": _DTYPE_NAMES[dtype], "shape": list(spec.shape),
                             "data_offsets": [offset, offset + size]}
        offset += size
    blob = json.dumps(header, separators=(",", ":")).encode("utf-8")
    blob += b" " * ((8 - len(blob) % 8) % 8)
    tmp = path + ".partial"
    with open(tmp, "wb") as f:
        f.write(struct.pack("<Q", len(blob)))
        f.write(blob)
        for spec in specs:
            written = 0
            for chunk in spec.source():
                data = chunk.to(dtype).contiguous()
                if dtype != torch.float32:
                    data = data.view(torch.int16)
                f.write(data.numpy().tobytes())
                written += data.numel()
            if written != spec.numel:
                raise ValueError(f"{spec.name}: source produced {written} values, expected {spec.numel}")
    os.replace(tmp, path)
    return offset


def write_sharded(folder: str, stem: str, index_name: str, specs: list[TensorSpec], dtype: torch.dtype,
                  shards: list[list[TensorSpec]], log: Callable[[str], None] = print) -> None:
    """Writes `<stem>-0000k-of-0000n.safetensors` files plus the `index_name` JSON (weight_map, total_size).

    `shards` gives the tensor assignment (e.g. planned from fp32 sizes, to keep the released layout for any dtype).
    With a single shard the file is `<stem>.safetensors` and no index is written, as save_pretrained does.
    """
    os.makedirs(folder, exist_ok=True)
    if sum(len(s) for s in shards) != len(specs):
        raise ValueError("shard plan does not cover every tensor exactly once")
    total = 0
    weight_map = {}
    for k, shard in enumerate(shards):
        name = f"{stem}.safetensors" if len(shards) == 1 else f"{stem}-{k + 1:05d}-of-{len(shards):05d}.safetensors"
        total += write_safetensors(os.path.join(folder, name), shard, dtype)
        for spec in shard:
            weight_map[spec.name] = name
        log(f"  wrote {name} ({os.path.getsize(os.path.join(folder, name)) / 1e9:.2f} GB)")
    if len(shards) > 1:
        with open(os.path.join(folder, index_name), "w", encoding="utf-8") as f:
            json.dump({"metadata": {"total_size": total}, "weight_map": weight_map}, f, indent=2)
            f.write("\n")


def normal_source(numel: int, seed: int, scale: float, offset: float, chunk: int = 1 << 24) -> ChunkSource:
    """A source of `noise * scale + offset` values, noise ~ N(0,1) from torch.Generator().manual_seed(seed)."""

    def produce() -> Iterator[torch.Tensor]:
        gen = torch.Generator().manual_seed(seed)
        left = numel
        while left > 0:
            n = min(chunk, left)
            yield torch.randn(n, generator=gen) * scale + offset
            left -= n

    return produce
