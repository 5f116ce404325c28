"""Reference frames of the shipped ciel-tiny model computed by diffusers, for the Swift parity test.

Run after every new export of models/ciel-tiny:
    python tools/fixturelib/ciel_tiny_refs.py models/ciel-tiny Fixtures/ciel-tiny
Writes reference.safetensors (frames [F, H, W, 3] float32 in 0..1 per case) and reference.json (the cases).
"""
import json
import sys

import torch
from diffusers import WanPipeline
from safetensors.torch import save_file

CASES = [
    {"name": "fr", "prompt": "un carré jaune qui monte sur fond noir", "seed": 42, "steps": 6},
    {"name": "en", "prompt": "a red circle moving to the right on a white background", "seed": 7, "steps": 4},
]


def write(model_dir: str, out_dir: str) -> None:
    torch.set_num_threads(2)
    defaults = json.load(open(f"{model_dir}/ciel_defaults.json"))
    pipe = WanPipeline.from_pretrained(model_dir, torch_dtype=torch.float32)
    tensors = {}
    for case in CASES:
        case.update(height=defaults["height"], width=defaults["width"], num_frames=defaults["num_frames"],
                    guidance_scale=defaults["guidance_scale"], negative_prompt=defaults.get("negative_prompt", ""))
        frames = pipe(case["prompt"], negative_prompt=case["negative_prompt"], height=case["height"],
                      width=case["width"], num_frames=case["num_frames"], num_inference_steps=case["steps"],
                      guidance_scale=case["guidance_scale"], generator=torch.Generator().manual_seed(case["seed"]),
                      output_type="np").frames[0]
        tensors[case["name"]] = torch.from_numpy(frames).float().contiguous()
    import os
    os.makedirs(out_dir, exist_ok=True)
    save_file(tensors, f"{out_dir}/reference.safetensors")
    json.dump({"model": model_dir, "cases": CASES}, open(f"{out_dir}/reference.json", "w"), indent=1,
              ensure_ascii=False)


if __name__ == "__main__":
    write(sys.argv[1], sys.argv[2])
