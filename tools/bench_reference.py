#!/usr/bin/env python3
"""Times the PyTorch (diffusers) CPU reference for the work `ciel bench` measures, with full-size random weights.

Usage: tools/bench_reference.py [--transformer-latent 5x30x52] [--vae-latent 2x60x104] [--repeat N]
                                [--threads N] [--only transformer|vae] [--json OUT.json]

(a) One WanTransformer3DModel forward with the real Wan 2.1 T2V 1.3B config (random init, fp32), latent
    (1, 16, F, H, W), text context (1, 512, 4096) ~ N(0,1), timestep 999, under torch.inference_mode().
(b) One AutoencoderKLWan decode (real Wan 2.1 VAE config, random init, fp32) of latents (1, 16, F, H, W):
    F latent frames at H x W (2x60x104 -> 5 frames of 480x832).
Wall seconds and CPU seconds (user + system, all threads) are reported per run; on a shared machine the CPU
seconds divided by the thread count approximate the wall time of an idle machine. Each runs in its own
subprocess, so peak RSS (VmHWM from /proc/self/status) is per workload; the figure includes the model weights
(fp32: 5.7 GB transformer, 0.5 GB VAE). torch threads default to nproc.
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import time

TRANSFORMER_CONFIG = dict(
    patch_size=(1, 2, 2), num_attention_heads=12, attention_head_dim=128, in_channels=16, out_channels=16,
    text_dim=4096, freq_dim=256, ffn_dim=8960, num_layers=30, cross_attn_norm=True, qk_norm="rms_norm_across_heads",
    eps=1e-6, image_dim=None, added_kv_proj_dim=None, rope_max_seq_len=1024)
TEXT_TOKENS = 512


def _status_kb(field: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return -1


def _cpu_seconds() -> float:
    """User + system CPU seconds of this process (all threads): less sensitive to other load than wall time."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _parse_latent(text: str) -> tuple[int, int, int]:
    parts = text.lower().split("x")
    if len(parts) != 3 or not all(p.isdigit() and int(p) > 0 for p in parts):
        raise argparse.ArgumentTypeError(f"latent must look like FxHxW (e.g. 5x30x52), got {text!r}")
    return int(parts[0]), int(parts[1]), int(parts[2])


def transformer_gflop(frames: int, height: int, width: int) -> float:
    """Matmul FLOPs (2 per multiply-add) of one forward; norms, RoPE and activations are not counted."""
    c = TRANSFORMER_CONFIG
    d = c["num_attention_heads"] * c["attention_head_dim"]
    tokens = frames * (height // 2) * (width // 2)
    f, t = c["ffn_dim"], TEXT_TOKENS
    per_block = (4 * 2 * tokens * d * d  # self-attention q, k, v, out
                 + 2 * 2 * tokens * tokens * d  # QK^T and PV
                 + 2 * 2 * tokens * d * d + 2 * 2 * t * d * d  # cross-attention q/out and k/v
                 + 2 * 2 * tokens * t * d  # cross-attention scores and PV
                 + 2 * 2 * tokens * d * f)  # feed-forward
    top = (2 * tokens * d * 64 + 2 * t * (c["text_dim"] * d + d * d)  # patch embedding, text embedder
           + 2 * tokens * d * 64)  # proj_out
    return (c["num_layers"] * per_block + top) / 1e9


def _child(kind: str, latent: tuple[int, int, int], repeat: int, threads: int) -> dict:
    import torch

    torch.set_num_threads(threads)
    frames, height, width = latent
    t0 = time.perf_counter()
    gen = torch.Generator().manual_seed(0)
    if kind == "transformer":
        from diffusers import WanTransformer3DModel

        model = WanTransformer3DModel(**TRANSFORMER_CONFIG).eval()
        x = torch.randn((1, 16, frames, height, width), generator=gen)
        ctx = torch.randn((1, TEXT_TOKENS, 4096), generator=gen)
        timestep = torch.tensor([999])

        def work():
            return model(hidden_states=x, timestep=timestep, encoder_hidden_states=ctx, return_dict=False)[0]
    else:
        from diffusers import AutoencoderKLWan

        model = AutoencoderKLWan().eval()
        z = torch.randn((1, 16, frames, height, width), generator=gen)

        def work():
            return model.decode(z).sample
    init_s = time.perf_counter() - t0
    rss_after_init = _status_kb("VmRSS")
    times, cpu_times = [], []
    with torch.inference_mode():
        for _ in range(repeat):
            t1, c1 = time.perf_counter(), _cpu_seconds()
            out = work()
            times.append(time.perf_counter() - t1)
            cpu_times.append(_cpu_seconds() - c1)
            if not torch.isfinite(out).all():
                raise RuntimeError(f"{kind}: non-finite output")
            shape = list(out.shape)
            del out
    result = {"kind": kind, "latent": list(latent), "threads": threads, "init_s": init_s, "times_s": times,
              "cpu_times_s": cpu_times,
              "output_shape": shape, "rss_after_init_gib": rss_after_init / 2**20,
              "peak_rss_gib": _status_kb("VmHWM") / 2**20, "torch": torch.__version__}
    if kind == "transformer":
        result["tokens"] = frames * (height // 2) * (width // 2)
        result["gflop"] = transformer_gflop(frames, height, width)
    return result


def _run_child(kind: str, latent: tuple[int, int, int], repeat: int, threads: int) -> dict:
    cmd = [sys.executable, os.path.abspath(__file__), "--child", kind, f"--{kind}-latent", "x".join(map(str, latent)),
           "--repeat", str(repeat), "--threads", str(threads)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{kind} child failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _report(r: dict) -> str:
    lat = "x".join(map(str, r["latent"]))
    times = ", ".join(f"{t:.1f}" for t in r["times_s"])
    if "cpu_times_s" in r:
        times += "; CPU s: " + ", ".join(f"{t:.1f}" for t in r["cpu_times_s"])
    line = (f"{r['kind']:<11} latent {lat:<9} time {min(r['times_s']):7.1f} s (runs: {times})  "
            f"peak RSS {r['peak_rss_gib']:.2f} GiB (after init {r['rss_after_init_gib']:.2f})  "
            f"init {r['init_s']:.1f} s")
    if "gflop" in r:
        line += f"  {r['gflop']:.0f} GFLOP, {r['gflop'] / min(r['times_s']):.1f} GFLOP/s, {r['tokens']} tokens"
    return line


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--transformer-latent", type=_parse_latent, default=(5, 30, 52))
    parser.add_argument("--vae-latent", type=_parse_latent, default=(2, 60, 104))
    parser.add_argument("--repeat", type=int, default=1, help="forwards/decodes per workload (first one is cold)")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--only", choices=["transformer", "vae"])
    parser.add_argument("--json", help="also write the results to this JSON file")
    parser.add_argument("--child", choices=["transformer", "vae"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        latent = args.transformer_latent if args.child == "transformer" else args.vae_latent
        print(json.dumps(_child(args.child, latent, args.repeat, args.threads)))
        return 0
    results = []
    for kind in ("transformer", "vae"):
        if args.only and args.only != kind:
            continue
        latent = args.transformer_latent if kind == "transformer" else args.vae_latent
        r = _run_child(kind, latent, args.repeat, args.threads)
        print(_report(r), flush=True)
        results.append(r)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
