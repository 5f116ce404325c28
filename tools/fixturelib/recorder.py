"""Collects reference tensors (stored fp32) and JSON metadata, and writes them as safetensors + json."""

import json
import os

import torch
from safetensors.torch import save_file


class Recorder:
    """An ordered set of named fp32 tensors, each with a description, plus free-form JSON metadata."""

    def __init__(self) -> None:
        self.tensors: dict[str, torch.Tensor] = {}
        self.listing: dict[str, dict] = {}
        self.meta: dict = {}

    def add(self, name: str, tensor: torch.Tensor, description: str) -> torch.Tensor:
        """Stores `tensor` (cast to fp32, contiguous, on CPU) under `name` and returns the stored copy."""
        if name in self.tensors:
            raise ValueError(f"duplicate tensor name {name}")
        value = tensor.detach().to("cpu", torch.float32).contiguous().clone()
        if not torch.isfinite(value).all():
            raise ValueError(f"tensor {name} has non-finite values")
        self.tensors[name] = value
        self.listing[name] = {"shape": list(value.shape), "dtype": "F32", "description": description}
        return value

    def write(self, folder: str, stem: str) -> None:
        """Writes `<stem>.safetensors` and `<stem>.json` (metadata + tensor listing) into `folder`."""
        os.makedirs(folder, exist_ok=True)
        if self.tensors:
            save_file(self.tensors, os.path.join(folder, f"{stem}.safetensors"), metadata={"format": "pt"})
        doc = dict(self.meta)
        if self.tensors:
            doc["tensors_file"] = f"{stem}.safetensors"
            doc["tensors"] = self.listing
        with open(os.path.join(folder, f"{stem}.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")


def assert_same(a: Recorder, b: Recorder) -> None:
    """Raises unless both recorders hold bit-identical tensors and equal metadata."""
    if a.tensors.keys() != b.tensors.keys():
        raise AssertionError("tensor names differ between runs")
    for name, value in a.tensors.items():
        other = b.tensors[name]
        if value.shape != other.shape or not torch.equal(value, other):
            diff = (value - other).abs().max().item() if value.shape == other.shape else float("nan")
            raise AssertionError(f"tensor {name} differs between runs (max abs diff {diff})")
    if json.dumps(a.meta, sort_keys=True) != json.dumps(b.meta, sort_keys=True):
        raise AssertionError("metadata differs between runs")
