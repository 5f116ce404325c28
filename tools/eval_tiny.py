#!/usr/bin/env python3
"""Evaluate ciel-tiny on the held-out prompts of tools/tinydata/heldout.json.

Backends:
  --swift [BIN]   runs `BIN generate PROMPT --model MODEL --seed N --output x.npy [--image ref.png]`
                  (BIN defaults to $CIEL_BINARY or .build/release/ciel); x.npy is float32 [F,H,W,3] in 0..1
  --diffusers     runs the model with diffusers (WanPipeline for text-to-video; for image-to-video the
                  WanImageToVideoPipeline expand_timesteps algorithm, batched -- see `i2v_batch`)
  --reference     scores the ground-truth renders (checks the scorer itself; should give 100 %)
  --vae-roundtrip scores the ground-truth renders passed through the model's VAE (the ceiling it puts on scores)

Text-to-video: detects the object against the background and scores colour, shape, motion and background;
prints per-attribute accuracy per language (and held-out vs training phrasing) as a markdown table.
With --image: image-to-video on the held-out i2v cases: PSNR of the first output frame against the given
image and motion-direction accuracy.

  python tools/eval_tiny.py --diffusers --model models/ciel-tiny [--image] [--limit N] [--json out.json]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tinydata.render import render  # noqa: E402
from tinydata.score import classify_motion, object_masks, psnr, score_clip  # noqa: E402
from tinydata.split import HELDOUT_PATH  # noqa: E402

ATTRS = ["colour", "shape", "motion", "background"]


# ----------------------------------------------------------------------------------------------- backends

class Diffusers:
    def __init__(self, model, steps, guidance, threads):
        import torch
        from diffusers import WanPipeline

        torch.set_num_threads(threads)
        self.torch = torch
        self.pipe = WanPipeline.from_pretrained(model)
        self.pipe.set_progress_bar_config(disable=True)
        self.steps, self.guidance = steps, guidance

    def t2v(self, prompts, seeds, size, frames):
        g = [self.torch.Generator().manual_seed(s) for s in seeds]
        out = self.pipe(prompts, height=size, width=size, num_frames=frames, num_inference_steps=self.steps,
                        guidance_scale=self.guidance, generator=g, output_type="np").frames
        return [np.asarray(v, np.float32) for v in out]

    def i2v(self, images, prompts, seeds, size, frames):
        return i2v_batch(self.pipe, images, prompts, seeds, size, frames, self.steps, self.guidance)


def i2v_batch(pipe, images, prompts, seeds, size, frames, steps, guidance):
    """WanImageToVideoPipeline with expand_timesteps (Wan 2.2 TI2V), batched over different images.

    Same algorithm as diffusers' pipeline (whose prepare_latents repeats one condition across the batch):
    the first latent frame is the VAE mode of the image, normalised, and is kept clean with per-token
    timestep 0 at every step; the other latent frames are denoised with UniPC and classifier-free guidance.
    """
    import torch

    vae, tr, sch = pipe.vae, pipe.transformer, pipe.scheduler
    lt = (frames - 1) // vae.config.scale_factor_temporal + 1
    lh = size // vae.config.scale_factor_spatial
    g = [torch.Generator().manual_seed(s) for s in seeds]
    latents = torch.stack([torch.randn((vae.config.z_dim, lt, lh, lh), generator=x) for x in g])
    img = torch.from_numpy(np.stack(images)).permute(0, 3, 1, 2)[:, :, None] * 2.0 - 1.0
    mean = torch.tensor(vae.config.latents_mean).view(1, -1, 1, 1, 1)
    std = torch.tensor(vae.config.latents_std).view(1, -1, 1, 1, 1)
    with torch.no_grad():
        cond = (vae.encode(img).latent_dist.mode() - mean) / std
        pe, ne = pipe.encode_prompt(prompts, negative_prompt=[""] * len(prompts), max_sequence_length=512)
        mask = torch.ones(1, 1, lt, lh, lh)
        mask[:, :, 0] = 0
        sch.set_timesteps(steps)
        for t in sch.timesteps:
            x = (1 - mask) * cond + mask * latents
            ts = (mask[0][0][:, ::2, ::2] * t).flatten().unsqueeze(0).expand(len(prompts), -1)
            c = tr(hidden_states=x, timestep=ts, encoder_hidden_states=pe, return_dict=False)[0]
            u = tr(hidden_states=x, timestep=ts, encoder_hidden_states=ne, return_dict=False)[0]
            latents = sch.step(u + guidance * (c - u), t, latents, return_dict=False)[0]
        latents = (1 - mask) * cond + mask * latents
        video = vae.decode(latents * std + mean, return_dict=False)[0]
    video = ((video.clamp(-1, 1) + 1) / 2).permute(0, 2, 3, 4, 1).numpy()
    return [v.astype(np.float32) for v in video]


class Swift:
    def __init__(self, binary, model, steps, guidance):
        self.binary, self.model, self.steps, self.guidance = binary, model, steps, guidance

    def _run(self, prompt, seed, image=None):
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, "x.npy")
            cmd = [self.binary, "generate", prompt, "--model", self.model, "--seed", str(seed), "--output", out]
            if self.steps:
                cmd += ["--steps", str(self.steps)]
            if self.guidance is not None:
                cmd += ["--guidance", str(self.guidance)]
            if image is not None:
                from PIL import Image
                p = os.path.join(d, "ref.png")
                Image.fromarray((np.clip(image, 0, 1) * 255 + 0.5).astype(np.uint8)).save(p)
                cmd += ["--image", p]
            r = subprocess.run(cmd, capture_output=True, text=True)
            if r.returncode != 0:
                raise SystemExit(f"ciel failed ({r.returncode}) on {prompt!r}:\n{r.stderr[-2000:]}")
            return np.load(out).astype(np.float32)

    def t2v(self, prompts, seeds, size, frames):
        return [self._run(p, s) for p, s in zip(prompts, seeds)]

    def i2v(self, images, prompts, seeds, size, frames):
        return [self._run(p, s, im) for im, p, s in zip(images, prompts, seeds)]


class VaeRoundTrip:
    """Ground-truth clips through the model's VAE (encode mode, decode): the ceiling the VAE puts on every score."""

    def __init__(self, model, threads):
        import torch
        from diffusers import AutoencoderKLWan

        torch.set_num_threads(threads)
        self.torch = torch
        self.vae = AutoencoderKLWan.from_pretrained(os.path.join(model, "vae"))
        self.specs = {}

    def _run(self, clips):
        torch = self.torch
        x = torch.from_numpy(np.stack(clips)).permute(0, 4, 1, 2, 3) * 2.0 - 1.0
        with torch.no_grad():
            y = self.vae.decode(self.vae.encode(x).latent_dist.mode()).sample
        return [v for v in ((y.clamp(-1, 1) + 1) / 2).permute(0, 2, 3, 4, 1).numpy().astype(np.float32)]

    def t2v(self, prompts, seeds, size, frames):
        return self._run([render(self.specs[p])[0] for p in prompts])

    def i2v(self, images, prompts, seeds, size, frames):
        return self.t2v(prompts, seeds, size, frames)


class Reference:
    def __init__(self):
        self.specs = {}

    def t2v(self, prompts, seeds, size, frames):
        return [render(self.specs[p])[0] for p in prompts]

    def i2v(self, images, prompts, seeds, size, frames):
        return self.t2v(prompts, seeds, size, frames)


# ----------------------------------------------------------------------------------------------- eval

def batched(items, n):
    for i in range(0, len(items), n):
        yield items[i:i + n]


def table(rows, keys, title):
    lines = [f"| {title} | n | " + " | ".join(keys) + " |", "|---|---|" + "---|" * len(keys)]
    for name, res in rows:
        if not res:
            continue
        acc = [100.0 * np.mean([r["correct"][k] for r in res]) for k in keys]
        lines.append(f"| {name} | {len(res)} | " + " | ".join(f"{a:.0f} %" for a in acc) + " |")
    return "\n".join(lines)


def eval_t2v(backend, data, args):
    items = data["t2v"][:args.limit] if args.limit else data["t2v"]
    results = []
    t0 = time.time()
    for chunk in batched(items, args.batch):
        vids = backend.t2v([it["prompt"] for it in chunk], [it["seed"] for it in chunk], data["size"],
                           data["frames"])
        for it, v in zip(chunk, vids):
            r = score_clip(v, it["spec"])
            r.update(id=it["id"], prompt=it["prompt"], lang=it["lang"], template=it["template"])
            results.append(r)
            if args.save_dir:
                np.save(os.path.join(args.save_dir, it["id"] + ".npy"), v)
    secs = time.time() - t0
    ht = {"EH", "FH"}
    rows = [(f"{lang} {kind}", [r for r in results if r["lang"] == lang and (r["template"] in ht) == held])
            for lang in ("en", "fr") for kind, held in (("held-out phrasing", True), ("training phrasing", False))]
    rows = [("en", [r for r in results if r["lang"] == "en"]), ("fr", [r for r in results if r["lang"] == "fr"])] \
        + rows + [("all", results)]
    print(f"\nText-to-video, {len(results)} held-out prompts ({secs:.0f} s, {secs / max(len(results), 1):.1f} s "
          f"per clip):\n")
    print(table(rows, ATTRS, "prompts"))
    return results


def eval_i2v(backend, data, args):
    items = data["i2v"][:args.limit] if args.limit else data["i2v"]
    results = []
    for chunk in batched(items, args.batch):
        firsts = [render(it["spec"])[0][0] for it in chunk]
        vids = backend.i2v(firsts, [it["prompt"] for it in chunk], [it["seed"] for it in chunk], data["size"],
                           data["frames"])
        for it, first, v in zip(chunk, firsts, vids):
            m = classify_motion(object_masks(v))
            truth = it["spec"]["objects"][0]["motion"]
            results.append({"id": it["id"], "prompt": it["prompt"], "lang": it["lang"], "psnr": psnr(v[0], first),
                            "pred": {"motion": m}, "truth": {"motion": truth}, "correct": {"motion": m == truth}})
            if args.save_dir:
                np.save(os.path.join(args.save_dir, it["id"] + ".npy"), v)
    print(f"\nImage-to-video, {len(results)} held-out cases:\n")
    print("| cases | n | first-frame PSNR (mean / min) | motion direction |")
    print("|---|---|---|---|")
    for name, res in (("en", [r for r in results if r["lang"] == "en"]),
                      ("fr", [r for r in results if r["lang"] == "fr"]), ("all", results)):
        if res:
            p = [r["psnr"] for r in res]
            acc = 100.0 * np.mean([r["correct"]["motion"] for r in res])
            print(f"| {name} | {len(res)} | {np.mean(p):.1f} / {np.min(p):.1f} dB | {acc:.0f} % |")
    return results


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    b = ap.add_mutually_exclusive_group(required=True)
    b.add_argument("--swift", nargs="?", const=os.environ.get("CIEL_BINARY", ".build/release/ciel"),
                   metavar="BIN", help="evaluate through the Swift CLI")
    b.add_argument("--diffusers", action="store_true", help="evaluate with diffusers")
    b.add_argument("--reference", action="store_true", help="score the ground-truth clips")
    b.add_argument("--vae-roundtrip", action="store_true",
                   help="score the ground-truth clips after the model's VAE (the VAE's ceiling)")
    ap.add_argument("--model", default="models/ciel-tiny")
    ap.add_argument("--image", action="store_true", help="also run the image-to-video evaluation")
    ap.add_argument("--only-image", action="store_true", help="run only the image-to-video evaluation")
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--guidance", type=float, default=5.0)
    ap.add_argument("--limit", type=int, default=0, help="evaluate only the first N prompts")
    ap.add_argument("--batch", type=int, default=40, help="clips per diffusers call")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--json", help="write per-clip results here")
    ap.add_argument("--save-dir", help="save the generated clips (npy) here")
    args = ap.parse_args()
    data = json.load(open(HELDOUT_PATH, encoding="utf-8"))
    if args.save_dir:
        os.makedirs(args.save_dir, exist_ok=True)
    if args.diffusers:
        backend = Diffusers(args.model, args.steps, args.guidance, args.threads)
    elif args.reference or args.vae_roundtrip:
        backend = Reference() if args.reference else VaeRoundTrip(args.model, args.threads)
        for it in data["t2v"] + data["i2v"]:
            backend.specs[it["prompt"]] = it["spec"]
    else:
        backend = Swift(args.swift, args.model, args.steps, args.guidance)
    out = {}
    if not args.only_image:
        out["t2v"] = eval_t2v(backend, data, args)
    if args.image or args.only_image:
        out["i2v"] = eval_i2v(backend, data, args)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1, default=str)


if __name__ == "__main__":
    main()
