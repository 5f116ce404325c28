#!/usr/bin/env python3
r"""One-shot accelerated training of ciel-tiny (a GPU lent for a few minutes; also runs on CPU for a smoke test).

The same model, data and objectives as tools/train_tiny.py, arranged for a short accelerator lease:
  1. render a bank of training clips in parallel (every CPU core), keep it on the device as uint8, and
     pre-tokenise several captions per clip (no Python work per training step);
  2. VAE on single frames, then on 17-frame clips (learning rate decays over the last 30 % of each phase);
  3. encode every clip of the bank (distribution mode) -> latents and their per-channel mean/std;
  4. UMT5 + WanTransformer3DModel jointly (flow matching, EMA, first-frame conditioning, motion-weighted loss),
     interleaved with VAE-decoder-only steps (encoder frozen, so the latent space stays fixed) for a share of
     the time;
  5. every --save-every seconds and at the end, raw weights go to --out as safetensors (files < 15 MiB each)
     with meta.json; `python tools/train_tiny.py --import-raw DIR --out models/ciel-tiny` turns them into the
     diffusers folder.
Every phase has a wall-clock budget in seconds and the whole run a hard deadline (--total-s from start).

GPU run of session 2 (H200, 2026-11-28):
  python tools/train_tiny_gpu.py --out $OUT --device cuda
CPU smoke test:
  python tools/train_tiny_gpu.py --out /tmp/raw --device cpu --clips 64 --vae-image-s 5 --vae-video-s 5 \
      --dit-s 10 --total-s 120 --batch 4
"""

import argparse
import json
import math
import multiprocessing as mp
import os
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train_tiny as tt  # noqa: E402
from tinydata.render import FRAMES, SIZE, render  # noqa: E402
from tinydata.split import sample_train_caption, sample_train_spec  # noqa: E402

T0 = time.time()
MAX_FILE = 15 * 1024 * 1024


def log(msg):
    print(f"[{time.time() - T0:6.1f} s] {msg}", flush=True)


# ----------------------------------------------------------------------------------------------- clip bank

def _render_chunk(specs):
    vids, masks = [], []
    for spec in specs:
        v, m = render(spec, size=SIZE)
        vids.append(np.round(v * 255.0).astype(np.uint8))
        masks.append(np.round(m * 255.0).astype(np.uint8))
    return np.stack(vids), np.stack(masks)


def build_bank(args):
    """Renders up to args.clips training clips (stops early at the render deadline); returns uint8 arrays + specs."""
    rng = np.random.default_rng(args.seed + 99)
    specs = [sample_train_spec(rng) for _ in range(args.clips)]
    chunks = [specs[i:i + 32] for i in range(0, len(specs), 32)]
    deadline = T0 + args.render_s
    vids, masks, done = [], [], []
    workers = args.workers or os.cpu_count()
    with mp.get_context("fork").Pool(workers) as pool:
        for i, (v, m) in enumerate(pool.imap(_render_chunk, chunks)):
            vids.append(v)
            masks.append(m)
            done += chunks[i]
            if time.time() > deadline:
                log(f"bank: render deadline reached at {len(done)} clips")
                pool.terminate()
                break
    log(f"bank: {len(done)} clips of {FRAMES}x{SIZE}x{SIZE} rendered with {workers} workers")
    return np.concatenate(vids), np.concatenate(masks), done


def build_captions(args, specs, tok):
    """args.captions_per_clip training captions per clip, tokenised: ids/mask (N*K, L), L = longest + 1."""
    rng = np.random.default_rng(args.seed + 3)
    k = args.captions_per_clip
    caps = [sample_train_caption(spec, rng) for spec in specs for _ in range(k)]
    t = tok(caps, padding="longest", truncation=True, max_length=tt.MAX_SEQ - 1, add_special_tokens=True,
            return_attention_mask=True, return_tensors="pt")
    ids = F.pad(t.input_ids, (0, 1))
    mask = F.pad(t.attention_mask, (0, 1))
    empty = sum(1 for c in caps if not c) / len(caps)
    log(f"captions: {len(caps)} ({empty:.1%} empty), {ids.shape[1]} token columns")
    return ids, mask


# ----------------------------------------------------------------------------------------------- helpers

class Bank:
    def __init__(self, vids, masks, device):
        self.v = torch.from_numpy(vids).to(device)   # (N, F, H, W, 3) uint8
        self.m = torch.from_numpy(masks).to(device)  # (N, F, H, W) uint8
        self.n = self.v.shape[0]
        self.device = device

    def clips(self, idx):
        v = self.v[idx].permute(0, 4, 1, 2, 3).float() / 127.5 - 1.0
        m = self.m[idx][:, None].float() / 255.0
        return v.contiguous(), m.contiguous()

    def frames(self, gen, b):
        idx = torch.randint(0, self.n, (b,), generator=gen, device=self.device)
        f = torch.randint(0, FRAMES, (b,), generator=gen, device=self.device)
        v = self.v[idx, f].permute(0, 3, 1, 2)[:, :, None].float() / 127.5 - 1.0
        m = self.m[idx, f][:, None, None].float() / 255.0
        return v.contiguous(), m.contiguous()


def lr_at(base, step, elapsed, budget, warmup=100):
    """Linear warm-up, then constant, then linear decay to 10 % over the last 30 % of the phase's time."""
    warm = min(1.0, (step + 1) / warmup)
    tail = 0.3 * budget
    left = budget - elapsed
    decay = 1.0 if left >= tail else max(0.1, left / tail)
    return base * warm * decay


def save_tensors(tensors, path_base, meta_files):
    """Saves a state dict as safetensors in one file, or in parts when it would exceed MAX_FILE."""
    from safetensors.torch import save_file

    tensors = {k: v.detach().to("cpu", torch.float32).clone().contiguous() for k, v in tensors.items()}
    total = sum(v.numel() * 4 for v in tensors.values())
    parts = max(1, math.ceil(total / MAX_FILE))
    keys = list(tensors)
    groups, cur, size = [], [], 0
    budget = total / parts + 1
    for k in keys:
        n = tensors[k].numel() * 4
        if cur and size + n > budget and len(groups) < parts - 1:
            groups.append(cur)
            cur, size = [], 0
        cur.append(k)
        size += n
    groups.append(cur)
    names = []
    for i, g in enumerate(groups):
        name = f"{path_base}.safetensors" if len(groups) == 1 else f"{path_base}-{i + 1}of{len(groups)}.safetensors"
        tmp = name + ".tmp"
        save_file({k: tensors[k] for k in g}, tmp)
        os.replace(tmp, name)
        names.append(os.path.basename(name))
    meta_files[os.path.basename(path_base)] = names


def save_all(args, vae, ema_te, ema_dit, stats, meta):
    files = {}
    save_tensors(vae.state_dict(), os.path.join(args.out, "vae"), files)
    if ema_te is not None:
        save_tensors(ema_te.state_dict(), os.path.join(args.out, "text_encoder"), files)
        save_tensors(ema_dit.state_dict(), os.path.join(args.out, "transformer"), files)
    meta = dict(meta, files=files, size=SIZE, frames=FRAMES, vae_config=tt.VAE_CONFIG,
                text_config=tt.TEXT_CONFIG, dit_config={k: list(v) if isinstance(v, tuple) else v
                                                        for k, v in tt.DIT_CONFIG.items()},
                latents_mean=stats[0] if stats else None, latents_std=stats[1] if stats else None,
                seconds=round(time.time() - T0, 1))
    tmp = os.path.join(args.out, "meta.json.tmp")
    with open(tmp, "w") as f:
        json.dump(meta, f, indent=1)
    os.replace(tmp, os.path.join(args.out, "meta.json"))
    log(f"saved {files}")


# ----------------------------------------------------------------------------------------------- phases

def train_vae(args, vae, bank, phase, budget, gen, meta):
    video = phase == "vae_video"
    base_lr = 2e-4 if video else 4e-4
    opt = torch.optim.AdamW(vae.parameters(), lr=base_lr, betas=(0.9, 0.999), weight_decay=0.0)
    start, step, hist = time.time(), 0, []
    vae.train()
    while time.time() - start < budget and time.time() < args.deadline:
        for g in opt.param_groups:
            g["lr"] = lr_at(base_lr, step, time.time() - start, budget)
        if video:
            idx = torch.randint(0, bank.n, (args.vae_video_batch,), generator=gen, device=bank.device)
            x, m = bank.clips(idx)
        else:
            x, m = bank.frames(gen, args.vae_image_batch)
        loss, psnr = tt.vae_step(vae, x, m)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(vae.parameters(), 0.5)
        opt.step()
        step += 1
        hist.append(psnr)
        if step % 100 == 0:
            log(f"{phase} step {step} loss {loss.item():.4f} psnr(avg100) {np.mean(hist[-100:]):.2f} dB")
    meta[phase] = {"steps": step, "seconds": round(time.time() - start, 1),
                   "psnr_last100": float(np.mean(hist[-100:])) if hist else None}
    log(f"{phase}: {step} steps, psnr {meta[phase]['psnr_last100']}")


@torch.no_grad()
def encode_bank(vae, bank, batch=128):
    vae.eval()
    lats = []
    for i in range(0, bank.n, batch):
        idx = torch.arange(i, min(i + batch, bank.n), device=bank.device)
        x, _ = bank.clips(idx)
        lats.append(vae._encode(x).chunk(2, dim=1)[0].float())
    lat = torch.cat(lats)
    mean = lat.mean(dim=(0, 2, 3, 4))
    std = lat.std(dim=(0, 2, 3, 4))
    return lat, mean, std


def text_context(te, ids, mask):
    """encode_text_compact on pre-tokenised rows: (ctx, bias) equal to WanPipeline's 512-token zero padding."""
    h = te(ids, mask).last_hidden_state * mask[..., None].to(torch.float32)
    n = mask.sum(1).float()
    kept = ids.shape[1] - n
    pad_bias = torch.log((tt.MAX_SEQ - n) / kept)
    bias = torch.where(mask == 0, pad_bias[:, None], torch.zeros((), device=ids.device))
    return h, bias[:, None, None, :]


def train_dit(args, vae, bank, lat, cap_ids, cap_mask, vocab, gen, meta, stats):
    dev = bank.device
    torch.manual_seed(args.seed)
    te, dit = tt.new_text_encoder(vocab).to(dev), tt.new_transformer().to(dev)
    ema_te, ema_dit = tt.new_text_encoder(vocab).to(dev), tt.new_transformer().to(dev)
    ema_te.load_state_dict(te.state_dict())
    ema_dit.load_state_dict(dit.state_dict())
    params = list(te.parameters()) + list(dit.parameters())
    ema_params = list(ema_te.parameters()) + list(ema_dit.parameters())
    fused = {"fused": True} if dev.type == "cuda" else {}
    opt = torch.optim.AdamW(params, lr=args.lr, betas=(0.9, 0.99), weight_decay=0.01, **fused)
    log(f"dit: text encoder {sum(p.numel() for p in te.parameters())} params, "
        f"transformer {sum(p.numel() for p in dit.parameters())} params, {lat.shape[0]} clips")
    # decoder-only fine-tuning beside the transformer (encoder frozen -> latents stay valid)
    dec_params = list(vae.decoder.parameters()) + list(vae.post_quant_conv.parameters())
    for p in list(vae.encoder.parameters()) + list(vae.quant_conv.parameters()):
        p.requires_grad_(False)
    dec_opt = torch.optim.AdamW(dec_params, lr=args.decoder_lr, betas=(0.9, 0.999), weight_decay=0.0)
    pad_proc = tt.install_pad_bias(dit)
    te.train()
    dit.train()
    bs = args.batch
    n, c, nf, h, w = lat.shape
    ptok = (h // 2) * (w // 2)
    k = args.captions_per_clip
    start = time.time()
    budget = min(args.dit_s, args.deadline - time.time() - args.final_save_s)
    step, dec_step, hist, dec_hist = 0, 0, [], []
    dit_time, dec_time, last_save = 0.0, 0.0, time.time()
    while time.time() - start < budget:
        t_step = time.time()
        if dec_time < args.decoder_share * (dit_time + dec_time) and dec_step < 10 ** 9:
            for g in dec_opt.param_groups:
                g["lr"] = lr_at(args.decoder_lr, dec_step, time.time() - start, budget, warmup=20)
            idx = torch.randint(0, bank.n, (args.vae_video_batch,), generator=gen, device=dev)
            x, m = bank.clips(idx)
            vae.train()
            loss, psnr = tt.vae_step(vae, x, m, frozen_encoder=True)
            dec_opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(dec_params, 0.5)
            dec_opt.step()
            dec_step += 1
            dec_hist.append(psnr)
            if dev.type == "cuda":
                torch.cuda.synchronize()
            dec_time += time.time() - t_step
            continue
        idx = torch.randint(0, n, (bs,), generator=gen, device=dev)
        cap = idx * k + torch.randint(0, k, (bs,), generator=gen, device=dev)
        x0 = lat[idx]
        ctx, pad_proc.bias = text_context(te, cap_ids[cap], cap_mask[cap])
        sig = tt.shifted_sigma(torch.rand(bs, generator=gen, device=dev))
        noise = torch.randn(x0.shape, generator=gen, device=dev)
        s = sig.view(-1, 1, 1, 1, 1)
        xt = (1 - s) * x0 + s * noise
        target = noise - x0
        cond = torch.rand(bs, generator=gen, device=dev) < args.i2v_rate
        ts = (sig * 1000.0).view(-1, 1).expand(bs, nf * ptok).clone()
        ccond = cond.view(-1, 1, 1, 1)
        xt[:, :, 0] = torch.where(ccond, x0[:, :, 0], xt[:, :, 0])
        ts[:, :ptok] = torch.where(cond.view(-1, 1), torch.zeros((), device=dev), ts[:, :ptok])
        pred = dit(hidden_states=xt, timestep=ts, encoder_hidden_states=ctx, return_dict=False)[0]
        change = (x0 - x0[:, :, :1]).abs().mean(1, keepdim=True).clamp(max=2.0)
        lw = 1.0 + args.motion_weight * change
        lw[:, :, 0] = torch.where(ccond, torch.zeros((), device=dev), lw[:, :, 0])
        loss = (((pred - target) ** 2) * lw).sum() / (lw.sum() * c)
        for g in opt.param_groups:
            g["lr"] = lr_at(args.lr, step, time.time() - start, budget, warmup=200)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        step += 1
        decay = min(args.ema, (1.0 + step) / (10.0 + step))
        with torch.no_grad():
            torch._foreach_lerp_(ema_params, params, 1.0 - decay)
        if step % 25 == 0:
            hist.append(loss.item())  # one device sync per 25 steps
        if dev.type == "cuda" and step % 25 == 0:
            torch.cuda.synchronize()
        dit_time += time.time() - t_step
        if step % 500 == 0:
            log(f"dit step {step} loss {np.mean(hist[-20:]):.4f} decoder step {dec_step} "
                f"psnr {np.mean(dec_hist[-50:]) if dec_hist else float('nan'):.2f} dB")
        if time.time() - last_save > args.save_every:
            meta["dit"] = {"steps": step, "decoder_steps": dec_step, "seconds": round(time.time() - start, 1),
                           "loss_last": float(np.mean(hist[-20:])) if hist else None,
                           "decoder_psnr_last50": float(np.mean(dec_hist[-50:])) if dec_hist else None}
            save_all(args, vae, ema_te, ema_dit, stats, meta)
            last_save = time.time()
    meta["dit"] = {"steps": step, "decoder_steps": dec_step, "seconds": round(time.time() - start, 1),
                   "dit_seconds": round(dit_time, 1), "decoder_seconds": round(dec_time, 1),
                   "loss_last": float(np.mean(hist[-20:])) if hist else None,
                   "decoder_psnr_last50": float(np.mean(dec_hist[-50:])) if dec_hist else None}
    log(f"dit: {step} steps, decoder {dec_step} steps, {meta['dit']}")
    return ema_te, ema_dit


# ----------------------------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="folder for the raw weights (safetensors) and meta.json")
    ap.add_argument("--device", default="cuda")
    ap.add_argument("--tokenizer", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                                                        "models", "ciel-tiny", "tokenizer"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--clips", type=int, default=24000)
    ap.add_argument("--workers", type=int, default=0)
    ap.add_argument("--captions-per-clip", type=int, default=6)
    ap.add_argument("--render-s", type=float, default=75.0, help="render deadline, seconds from start")
    ap.add_argument("--vae-image-s", type=float, default=70.0)
    ap.add_argument("--vae-video-s", type=float, default=110.0)
    ap.add_argument("--dit-s", type=float, default=1e9)
    ap.add_argument("--total-s", type=float, default=520.0, help="hard deadline, seconds from start")
    ap.add_argument("--final-save-s", type=float, default=12.0)
    ap.add_argument("--save-every", type=float, default=60.0)
    ap.add_argument("--vae-image-batch", type=int, default=64)
    ap.add_argument("--vae-video-batch", type=int, default=12)
    ap.add_argument("--batch", type=int, default=128)
    ap.add_argument("--lr", type=float, default=6e-4)
    ap.add_argument("--decoder-lr", type=float, default=1.5e-4)
    ap.add_argument("--decoder-share", type=float, default=0.3, help="share of the DiT phase's time")
    ap.add_argument("--ema", type=float, default=0.999)
    ap.add_argument("--i2v-rate", type=float, default=0.3)
    ap.add_argument("--motion-weight", type=float, default=2.0)
    args = ap.parse_args()
    args.deadline = T0 + args.total_s
    os.makedirs(args.out, exist_ok=True)
    log(f"torch {torch.__version__}, device {args.device}, size {SIZE}, frames {FRAMES}, cpus {os.cpu_count()}")

    vids, masks, specs = build_bank(args)  # before any CUDA work (forked workers)
    from transformers import T5Tokenizer
    tok = T5Tokenizer.from_pretrained(args.tokenizer)
    cap_ids, cap_mask = build_captions(args, specs, tok)

    dev = torch.device(args.device)
    if dev.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True
        log(f"gpu {torch.cuda.get_device_name()}")
    torch.manual_seed(args.seed)
    gen = torch.Generator(device=dev).manual_seed(args.seed + 5)
    bank = Bank(vids, masks, dev)
    del vids, masks
    cap_ids, cap_mask = cap_ids.to(dev), cap_mask.to(dev)
    meta = {"clips": bank.n, "args": {k: v for k, v in vars(args).items() if k != "deadline"}}

    vae = tt.new_vae().to(dev)
    log(f"vae: {sum(p.numel() for p in vae.parameters())} params")
    train_vae(args, vae, bank, "vae_image", args.vae_image_s, gen, meta)
    train_vae(args, vae, bank, "vae_video", args.vae_video_s, gen, meta)
    lat, mean, std = encode_bank(vae, bank)
    stats = ([round(float(v), 5) for v in mean], [round(float(v), 5) for v in std])
    lat = (lat - mean.view(1, -1, 1, 1, 1)) / std.view(1, -1, 1, 1, 1)
    log(f"latents {tuple(lat.shape)} mean {stats[0][:4]}… std {stats[1][:4]}…")
    save_all(args, vae, None, None, stats, meta)
    ema_te, ema_dit = train_dit(args, vae, bank, lat, cap_ids, cap_mask, len(tok), gen, meta, stats)
    save_all(args, vae, ema_te, ema_dit, stats, meta)
    log("done")


if __name__ == "__main__":
    main()
