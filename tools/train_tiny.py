#!/usr/bin/env python3
r"""Train ciel-tiny: a tiny Wan 2.1-architecture text/image-to-video model on procedural clips (tools/tinydata).

Phases (each one resumes from its checkpoint in --ckpt and stops when its minute budget is spent):
  tokenizer    SentencePiece unigram on the training captions, every word of >= 2 characters a whole piece
  vae_image    AutoencoderKLWan (stock class) on single frames
  vae_video    the same VAE on full 17-frame clips
  latents      encode a fixed set of training clips; per-channel latents_mean/std go into vae/config.json
  dit          UMT5 text encoder + WanTransformer3DModel jointly, flow matching, EMA, 10 % empty captions,
               first-frame conditioning (Wan 2.2 TI2V / diffusers expand_timesteps) on part of the batches,
               extra loss weight where the latent changes over time (--motion-weight)
  vae_decoder  (optional, may run in parallel with dit) the VAE decoder only; the encoder, hence the latent space
               the transformer learns, stays fixed
The EMA weights are exported periodically to --out in the diffusers WanPipeline layout.

With a GPU, tools/train_tiny_gpu.py trains the same model in one short run and `--import-raw DIR` here turns its
raw weights into the diffusers folder (that is how the shipped 64x64 model was made; see its MODEL_CARD.md).

What session 1 ran (32x32 on a CPU, with the smaller configs of that session). Budgets are wall-clock
minutes, so step counts depend on the machine; the seed fixes data, initialisation and noise order.
  export OMP_NUM_THREADS=1; T="nice -n 15 python tools/train_tiny.py --ckpt /work/ckpt --out models/ciel-tiny --threads 1"
  $T --phases tokenizer,vae_image,vae_video,latents --budget vae_image=14,vae_video=10 --n-latents 1024
  $T --phases latents --n-latents 2560            # extends the 1024 clips
  $T --phases vae_decoder --budget vae_decoder=70 --deadline 17:20 &      # in parallel with:
  $T --phases dit --budget dit=600 --lr 1e-3 --ema 0.99 --batch 32 --motion-weight 0 --deadline 17:28  # to step 4626
  $T --phases dit --budget dit=600 --lr 1e-3 --ema 0.99 --batch 32 --motion-weight 2 --deadline 17:28  # resumed
"""

import argparse
import datetime as dt
import json
import math
import os
import shutil
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tinydata.render import FRAMES, SIZE, render  # noqa: E402
from tinydata.split import sample_train_caption, sample_train_spec  # noqa: E402

PHASES = ["tokenizer", "vae_image", "vae_video", "latents", "dit", "vae_decoder"]
MAX_SEQ = 512  # WanPipeline's default max_sequence_length: text embeddings are zero-padded to this

VAE_CONFIG = dict(base_dim=32, z_dim=16, dim_mult=[1, 2, 2, 2], num_res_blocks=1, attn_scales=[],
                  temperal_downsample=[False, True, True], dropout=0.0)
TEXT_CONFIG = dict(d_model=128, d_kv=32, d_ff=256, num_layers=2, num_heads=4, relative_attention_num_buckets=32,
                   relative_attention_max_distance=128, dropout_rate=0.0, feed_forward_proj="gated-gelu",
                   is_encoder_decoder=False, use_cache=False, pad_token_id=0, eos_token_id=1)
DIT_CONFIG = dict(patch_size=(1, 2, 2), num_attention_heads=4, attention_head_dim=64, in_channels=16,
                  out_channels=16, text_dim=128, freq_dim=256, ffn_dim=1024, num_layers=4, cross_attn_norm=True,
                  qk_norm="rms_norm_across_heads", eps=1e-6, image_dim=None, added_kv_proj_dim=None,
                  rope_max_seq_len=1024)
FLOW_SHIFT = 3.0
# What the model was trained for; written to ciel_defaults.json next to model_index.json for the engine.
GENERATION_DEFAULTS = {"height": SIZE, "width": SIZE, "num_frames": FRAMES, "fps": 4, "num_inference_steps": 20,
                       "guidance_scale": 5.0, "max_sequence_length": MAX_SEQ, "negative_prompt": "",
                       "image_to_video": "expand_timesteps"}


def log(msg):
    print(f"[{dt.datetime.utcnow():%H:%M:%S}] {msg}", flush=True)


# ----------------------------------------------------------------------------------------------- state / ckpt

class State:
    """Per-phase elapsed minutes, persisted in ckpt/state.json."""

    def __init__(self, path):
        self.path = path
        self.data = json.load(open(path)) if os.path.exists(path) else {}

    def elapsed(self, phase):
        return self.data.get(phase, {}).get("minutes", 0.0)

    def set(self, phase, **kw):
        if os.path.exists(self.path):  # re-read: phases running in parallel processes share this file
            self.data = json.load(open(self.path))
        self.data.setdefault(phase, {}).update(kw)
        tmp = self.path + ".tmp"
        with open(tmp, "w") as f:
            json.dump(self.data, f, indent=1)
        os.replace(tmp, self.path)


def save_ckpt(obj, path):
    tmp = path + ".tmp"
    torch.save(obj, tmp)
    os.replace(tmp, path)


class Clock:
    """Stops a phase when its budget (minutes, counting earlier sessions) or the global deadline is reached."""

    def __init__(self, state, phase, budget, deadline):
        self.state, self.phase, self.budget, self.deadline = state, phase, budget, deadline
        self.start = time.time()
        self.base = state.elapsed(phase)

    def minutes(self):
        return self.base + (time.time() - self.start) / 60.0

    def done(self):
        if self.deadline is not None and time.time() >= self.deadline:
            return True
        return self.minutes() >= self.budget

    def record(self, **kw):
        self.state.set(self.phase, minutes=self.minutes(), **kw)


# ----------------------------------------------------------------------------------------------- data helpers

def render_batch(rng, n):
    """n random training clips: video (n,3,F,H,W) in -1..1, mask (n,1,F,H,W), specs."""
    vids, masks, specs = [], [], []
    for _ in range(n):
        spec = sample_train_spec(rng)
        v, m = render(spec)
        vids.append(v)
        masks.append(m)
        specs.append(spec)
    v = torch.from_numpy(np.stack(vids)).permute(0, 4, 1, 2, 3) * 2.0 - 1.0
    m = torch.from_numpy(np.stack(masks))[:, None]
    return v.contiguous(), m.contiguous(), specs


# ----------------------------------------------------------------------------------------------- tokenizer

def phase_tokenizer(args, state):
    import sentencepiece as spm
    from transformers import T5Tokenizer

    tdir = os.path.join(args.ckpt, "tokenizer")
    if os.path.exists(os.path.join(tdir, "tokenizer.json")):
        log("tokenizer: already trained")
        return
    os.makedirs(tdir, exist_ok=True)
    rng = np.random.default_rng(args.seed)
    caps = []
    while len(caps) < 40000:
        c = sample_train_caption(sample_train_spec(rng), rng)
        if c:
            caps.append(c)
    corpus = os.path.join(tdir, "corpus.txt")
    with open(corpus, "w", encoding="utf-8") as f:
        f.write("\n".join(caps) + "\n")
    words = sorted({w for c in caps for w in c.replace(",", " , ").split() if len(w) >= 2})
    log(f"tokenizer: {len(caps)} captions, {len(words)} whole-word symbols (words of >= 2 characters)")
    spm_dir = os.path.join(tdir, "spm")
    os.makedirs(spm_dir, exist_ok=True)
    spm.SentencePieceTrainer.train(
        input=corpus, model_prefix=os.path.join(spm_dir, "spiece"), model_type="unigram",
        vocab_size=len(words) + 120, hard_vocab_limit=False, character_coverage=1.0,
        pad_id=0, eos_id=1, unk_id=2, bos_id=-1, user_defined_symbols=words, num_threads=1,
        minloglevel=2)
    tok = T5Tokenizer.from_pretrained(spm_dir, extra_ids=0)
    tok.save_pretrained(tdir)
    ids = tok(caps[:2000]).input_ids
    log(f"tokenizer: vocab {len(tok)}, longest caption {max(len(i) for i in ids)} tokens; "
        f"example {tok.convert_ids_to_tokens(ids[0])}")
    state.set("tokenizer", minutes=0.1, vocab=len(tok))


# ----------------------------------------------------------------------------------------------- VAE

def new_vae():
    from diffusers import AutoencoderKLWan

    vae = AutoencoderKLWan(**VAE_CONFIG)
    # Image-first init: causal 3-tap temporal convs see only the current frame, time_convs are identities,
    # so what the image phase learns carries over to video.
    from diffusers.models.autoencoders.autoencoder_kl_wan import WanCausalConv3d, WanResample
    with torch.no_grad():
        for mod in vae.modules():
            if isinstance(mod, WanResample) and hasattr(mod, "time_conv"):
                w = mod.time_conv.weight
                w.zero_()
                mod.time_conv.bias.zero_()
                c = w.shape[1]
                for i in range(c):
                    w[i, i, -1, 0, 0] = 1.0
                    if w.shape[0] == 2 * c:
                        w[c + i, i, -1, 0, 0] = 1.0
        for name, mod in vae.named_modules():
            if isinstance(mod, WanCausalConv3d) and mod.kernel_size[0] == 3 and "time_conv" not in name:
                mod.weight[:, :, :-1] = 0.0
                mod.weight[:, :, -1] *= math.sqrt(3.0)
    return vae


def vae_decode_train(vae, z):
    """The stock frame-serial decode (same caches as AutoencoderKLWan._decode) without the final clamp."""
    vae.clear_cache()
    x = vae.post_quant_conv(z)
    outs = []
    for i in range(z.shape[2]):
        vae._conv_idx = [0]
        outs.append(vae.decoder(x[:, :, i:i + 1], feat_cache=vae._feat_map, feat_idx=vae._conv_idx,
                                first_chunk=(i == 0)))
    vae.clear_cache()
    return torch.cat(outs, 2)


def vae_step(vae, x, mask, frozen_encoder=False):
    with torch.set_grad_enabled(not frozen_encoder):
        enc = vae._encode(x)
    mu, logvar = enc.chunk(2, dim=1)
    logvar = logvar.clamp(-30.0, 20.0)
    rec = vae_decode_train(vae, mu)
    w = 1.0 + 10.0 * mask
    mse = ((rec - x) ** 2 * w).mean() / w.mean()
    kl = 0.5 * (mu ** 2 + logvar.exp() - 1.0 - logvar).mean()
    loss = mse + 1e-4 * kl
    with torch.no_grad():
        psnr = 10 * math.log10(4.0 / max(F.mse_loss(rec.clamp(-1, 1), x).item(), 1e-10))
    return loss, psnr


def phase_vae(args, state, phase):
    clock = Clock(state, phase, args.budget[phase], args.deadline)
    if clock.done():
        log(f"{phase}: budget spent ({clock.base:.1f} min)")
        return
    path = os.path.join(args.ckpt, "vae.pt")
    vae = new_vae()
    video = phase in ("vae_video", "vae_decoder")
    frozen = phase == "vae_decoder"  # encoder (and so the latent space) fixed: the DiT can train meanwhile
    lr = 2e-4 if video else 4e-4
    if frozen:
        for mod in (vae.encoder, vae.quant_conv):
            mod.requires_grad_(False)
    opt = torch.optim.AdamW([p for p in vae.parameters() if p.requires_grad], lr=lr, betas=(0.9, 0.999),
                            weight_decay=0.0)
    step, enc_id = 0, None
    if os.path.exists(path):
        ck = torch.load(path, weights_only=False)
        vae.load_state_dict(ck["model"])
        enc_id = ck.get("enc_id") or f"{ck.get('phase')}:{ck['step']}"
        if ck.get("phase") == phase:
            opt.load_state_dict(ck["opt"])
            step = ck["step"]
        log(f"{phase}: resumed from {ck.get('phase')} step {ck['step']}")
    for g in opt.param_groups:
        g["lr"] = lr
    rng = np.random.default_rng(args.seed + (1 if video else 0) * 7 + step)
    bs = 4 if video else 16
    vae.train()
    last_save, hist = time.time(), []
    while not clock.done():
        x, m, _ = render_batch(rng, bs if video else bs // 4 + 1)
        if not video:  # single frames from several clips and times
            f = rng.integers(0, FRAMES, x.shape[0] * 4)
            b = np.repeat(np.arange(x.shape[0]), 4)
            x = x[b, :, f][:, :, None][:bs]
            m = m[b, :, f][:, :, None][:bs]
        warm = min(1.0, (step + 1) / 100.0)
        for g in opt.param_groups:
            g["lr"] = lr * warm
        loss, psnr = vae_step(vae, x, m, frozen)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(vae.parameters(), 0.5)
        opt.step()
        step += 1
        hist.append(psnr)
        if step % 25 == 0:
            log(f"{phase} step {step} loss {loss.item():.4f} psnr(avg25) {np.mean(hist[-25:]):.2f} dB "
                f"t {clock.minutes():.1f} min")
        if time.time() - last_save > 180:
            save_ckpt({"model": vae.state_dict(), "opt": opt.state_dict(), "step": step, "phase": phase,
                       "enc_id": enc_id if frozen else None}, path)
            clock.record(step=step, psnr=float(np.mean(hist[-25:])))
            last_save = time.time()
    save_ckpt({"model": vae.state_dict(), "opt": opt.state_dict(), "step": step, "phase": phase,
               "enc_id": enc_id if frozen else None}, path)
    clock.record(step=step, psnr=float(np.mean(hist[-25:])) if hist else None)
    log(f"{phase}: stopped at step {step}, {clock.minutes():.1f} min")


def load_vae(args):
    vae = new_vae()
    ck = torch.load(os.path.join(args.ckpt, "vae.pt"), weights_only=False)
    vae.load_state_dict(ck["model"])
    vae.eval()
    return vae, ck


# ----------------------------------------------------------------------------------------------- latents

def phase_latents(args, state):
    """Encode args.n_latents training clips (VAE mode). An existing set from the same VAE is extended, not redone:
    each extension draws its clips from a generator seeded with (seed + 99 + clips already encoded)."""
    path = os.path.join(args.ckpt, "latents.pt")
    vae, ck = load_vae(args)
    vae_id = ck.get("enc_id") or f"{ck.get('phase')}:{ck['step']}"
    lats, specs = [], []
    if os.path.exists(path):
        old = torch.load(path, weights_only=False)
        if old["vae_id"] == vae_id:
            if len(old["specs"]) >= args.n_latents:
                log(f"latents: up to date ({vae_id}, {len(old['specs'])} clips)")
                return
            lats, specs = [old["latents"]], list(old["specs"])
            log(f"latents: extending {len(specs)} clips to {args.n_latents}")
    rng = np.random.default_rng(args.seed + 99 + len(specs))
    t0 = time.time()
    with torch.no_grad():
        while len(specs) < args.n_latents:
            x, _, sp = render_batch(rng, 16)
            enc = vae._encode(x)
            lats.append(enc.chunk(2, dim=1)[0].to(torch.float32))
            specs += sp
            if len(specs) % 256 == 0:
                log(f"latents: {len(specs)} clips, {time.time() - t0:.0f} s")
    lat = torch.cat(lats)
    mean = lat.mean(dim=(0, 2, 3, 4))
    std = lat.std(dim=(0, 2, 3, 4))
    save_ckpt({"latents": lat, "specs": specs, "mean": mean, "std": std, "vae_id": vae_id}, path)
    state.set("latents", minutes=0.1, vae_id=vae_id, n=len(specs))
    log(f"latents: {tuple(lat.shape)} mean {[round(float(v), 3) for v in mean]} "
        f"std {[round(float(v), 3) for v in std]}")


# ----------------------------------------------------------------------------------------------- DiT

def new_text_encoder(vocab):
    from transformers import UMT5Config, UMT5EncoderModel

    return UMT5EncoderModel(UMT5Config(vocab_size=vocab, **TEXT_CONFIG))


def new_transformer():
    from diffusers import WanTransformer3DModel

    return WanTransformer3DModel(**DIT_CONFIG)


def encode_text(tok, te, captions):
    """Text embeddings exactly as WanPipeline builds them: real tokens, zero-padded to MAX_SEQ."""
    t = tok(captions, padding="longest", truncation=True, max_length=MAX_SEQ, add_special_tokens=True,
            return_attention_mask=True, return_tensors="pt")
    h = te(t.input_ids, t.attention_mask).last_hidden_state
    h = h * t.attention_mask[..., None].to(h.dtype)
    return F.pad(h, (0, 0, 0, MAX_SEQ - h.shape[1]))


def encode_text_compact(tok, te, captions):
    """Training shortcut equal to `encode_text` for cross-attention: (ctx, bias).

    WanPipeline pads the text embeddings with zeros to 512 tokens and cross-attention has no mask, so all padding
    tokens give the same key and value. Keeping only (longest + 1) tokens and adding log(#real pads / #kept pads)
    to the padding logits gives the same attention output at a fraction of the cost (see PadBiasProcessor).
    """
    t = tok(captions, padding="longest", truncation=True, max_length=MAX_SEQ - 1, add_special_tokens=True,
            return_attention_mask=True, return_tensors="pt")
    h = te(t.input_ids, t.attention_mask).last_hidden_state
    h = h * t.attention_mask[..., None].to(h.dtype)
    h = F.pad(h, (0, 0, 0, 1))
    n = t.attention_mask.sum(1).float()  # real tokens per caption
    kept = h.shape[1] - n
    pad_bias = torch.log((MAX_SEQ - n) / kept)
    is_pad = F.pad(t.attention_mask, (0, 1)) == 0
    bias = torch.where(is_pad, pad_bias[:, None], torch.zeros(()))
    return h, bias[:, None, None, :]


class PadBiasProcessor:
    """Wraps the stock cross-attention processor, adding the padding-count bias of `encode_text_compact`."""

    def __init__(self, base):
        self.base = base
        self.bias = None

    def __call__(self, attn, hidden_states, encoder_hidden_states=None, attention_mask=None, rotary_emb=None):
        return self.base(attn, hidden_states, encoder_hidden_states, self.bias, rotary_emb)


def install_pad_bias(dit):
    proc = PadBiasProcessor(dit.blocks[0].attn2.processor)
    for blk in dit.blocks:
        blk.attn2.processor = proc
    return proc


def shifted_sigma(u, shift=FLOW_SHIFT):
    return shift * u / (1.0 + (shift - 1.0) * u)


def phase_dit(args, state):
    from transformers import T5Tokenizer

    clock = Clock(state, "dit", args.budget["dit"], args.deadline)
    if clock.done():
        log(f"dit: budget spent ({clock.base:.1f} min)")
        return
    torch.manual_seed(args.seed)
    tok = T5Tokenizer.from_pretrained(os.path.join(args.ckpt, "tokenizer"))
    data = torch.load(os.path.join(args.ckpt, "latents.pt"), weights_only=False)
    lat = (data["latents"] - data["mean"].view(1, -1, 1, 1, 1)) / data["std"].view(1, -1, 1, 1, 1)
    specs = data["specs"]
    te, dit = new_text_encoder(len(tok)), new_transformer()
    params = list(te.parameters()) + list(dit.parameters())
    ema_te, ema_dit = new_text_encoder(len(tok)), new_transformer()
    ema_te.load_state_dict(te.state_dict())
    ema_dit.load_state_dict(dit.state_dict())
    ema_params = list(ema_te.parameters()) + list(ema_dit.parameters())
    opt = torch.optim.AdamW(params, lr=args.lr, betas=(0.9, 0.99), weight_decay=0.01)
    path = os.path.join(args.ckpt, "dit.pt")
    step = 0
    if os.path.exists(path):
        ck = torch.load(path, weights_only=False)
        te.load_state_dict(ck["te"])
        dit.load_state_dict(ck["dit"])
        ema_te.load_state_dict(ck["ema_te"])
        ema_dit.load_state_dict(ck["ema_dit"])
        opt.load_state_dict(ck["opt"])
        step = ck["step"]
        log(f"dit: resumed at step {step}")
    n_te = sum(p.numel() for p in te.parameters())
    n_dit = sum(p.numel() for p in dit.parameters())
    log(f"dit: text encoder {n_te} params, transformer {n_dit} params, {len(specs)} clips")
    rng = np.random.default_rng(args.seed + 1000 + step)
    gen = torch.Generator().manual_seed(args.seed + 2000 + step)
    te.train()
    dit.train()
    pad_proc = install_pad_bias(dit)
    bs = args.batch
    _, c, nf, h, w = lat.shape
    ptok = (h // 2) * (w // 2)
    last_save, last_export, hist = time.time(), time.time(), []
    if not os.path.exists(os.path.join(args.out, "model_index.json")):
        export(args, ema_te, ema_dit, data, step)
    while not clock.done():
        idx = rng.integers(0, lat.shape[0], bs)
        x0 = lat[idx]
        caps = [sample_train_caption(specs[i], rng) for i in idx]
        ctx, pad_proc.bias = encode_text_compact(tok, te, caps)
        sig = shifted_sigma(torch.rand(bs, generator=gen))
        noise = torch.randn(x0.shape, generator=gen)
        s = sig.view(-1, 1, 1, 1, 1)
        xt = (1 - s) * x0 + s * noise
        target = noise - x0
        # first-frame conditioning (Wan 2.2 TI2V): clean first latent frame, its tokens at timestep 0
        cond = torch.rand(bs, generator=gen) < args.i2v_rate
        ts = (sig * 1000.0).view(-1, 1).expand(bs, nf * ptok).clone()
        if cond.any():
            xt[cond, :, 0] = x0[cond, :, 0]
            ts[cond, :ptok] = 0.0
        pred = dit(hidden_states=xt, timestep=ts, encoder_hidden_states=ctx, return_dict=False)[0]
        # motion emphasis: latent positions that differ from the first frame (a moving or changing object)
        # weigh up to 1 + 2 * args.motion_weight; static clips and frame 0 keep weight 1
        change = (x0 - x0[:, :, :1]).abs().mean(1, keepdim=True).clamp(max=2.0)
        lw = 1.0 + args.motion_weight * change
        lw[cond, :, 0] = 0.0
        loss = (((pred - target) ** 2) * lw).sum() / (lw.sum() * c)
        warm = min(1.0, (step + 1) / 100.0)
        for g in opt.param_groups:
            g["lr"] = args.lr * warm
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        step += 1
        decay = min(args.ema, (1.0 + step) / (10.0 + step))
        with torch.no_grad():
            for pe, p in zip(ema_params, params):
                pe.lerp_(p, 1.0 - decay)
        hist.append(loss.item())
        if step % 50 == 0:
            log(f"dit step {step} loss(avg50) {np.mean(hist[-50:]):.4f} t {clock.minutes():.1f} min")
        if time.time() - last_save > 180:
            save_ckpt({"te": te.state_dict(), "dit": dit.state_dict(), "ema_te": ema_te.state_dict(),
                       "ema_dit": ema_dit.state_dict(), "opt": opt.state_dict(), "step": step}, path)
            clock.record(step=step, loss=float(np.mean(hist[-50:])))
            last_save = time.time()
        if time.time() - last_export > args.export_every * 60:
            export(args, ema_te, ema_dit, data, step)
            last_export = time.time()
    save_ckpt({"te": te.state_dict(), "dit": dit.state_dict(), "ema_te": ema_te.state_dict(),
               "ema_dit": ema_dit.state_dict(), "opt": opt.state_dict(), "step": step}, path)
    clock.record(step=step, loss=float(np.mean(hist[-50:])) if hist else None)
    export(args, ema_te, ema_dit, data, step)
    log(f"dit: stopped at step {step}, {clock.minutes():.1f} min")


# ----------------------------------------------------------------------------------------------- export

def export(args, te, dit, data, step):
    """Write the EMA model in the diffusers WanPipeline layout (atomically replaces --out)."""
    vae, _ = load_vae(args)
    write_pipeline(args.out, os.path.join(args.ckpt, "tokenizer"), te.state_dict(), dit.state_dict(), vae,
                   data["mean"], data["std"],
                   {"dit_step": step, "state": State(os.path.join(args.ckpt, "state.json")).data})
    log(f"exported EMA weights at dit step {step} to {args.out}")


def write_pipeline(out, tokenizer_dir, te_state, dit_state, vae, mean, std, training_state):
    """Writes a WanPipeline folder (stock classes, safetensors) with ciel_defaults.json; atomically replaces `out`
    and keeps its MODEL_CARD.md."""
    from diffusers import UniPCMultistepScheduler, WanPipeline
    from transformers import T5Tokenizer

    vae.register_to_config(latents_mean=[round(float(v), 5) for v in mean],
                           latents_std=[round(float(v), 5) for v in std])
    tok = T5Tokenizer.from_pretrained(tokenizer_dir)
    sched = UniPCMultistepScheduler(prediction_type="flow_prediction", use_flow_sigmas=True,
                                    num_train_timesteps=1000, flow_shift=FLOW_SHIFT)
    te_c, dit_c = new_text_encoder(len(tok)), new_transformer()
    te_c.load_state_dict(te_state)
    dit_c.load_state_dict(dit_state)
    pipe = WanPipeline(tokenizer=tok, text_encoder=te_c.eval(), vae=vae.eval(), scheduler=sched,
                       transformer=dit_c.eval(), expand_timesteps=True)
    tmp = out.rstrip("/") + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    pipe.save_pretrained(tmp, safe_serialization=True)
    card = os.path.join(out, "MODEL_CARD.md")
    if os.path.exists(card):
        shutil.copy(card, os.path.join(tmp, "MODEL_CARD.md"))
    with open(os.path.join(tmp, "ciel_defaults.json"), "w") as f:
        json.dump(GENERATION_DEFAULTS, f, indent=1)
    with open(os.path.join(tmp, "training_state.json"), "w") as f:
        json.dump(training_state, f, indent=1)
    old = out.rstrip("/") + ".old"
    shutil.rmtree(old, ignore_errors=True)
    if os.path.exists(out):
        os.replace(out, old)
    os.replace(tmp, out)
    shutil.rmtree(old, ignore_errors=True)


def import_raw(args):
    """Builds the diffusers folder from tools/train_tiny_gpu.py's raw output (safetensors parts + meta.json)."""
    from safetensors.torch import load_file

    meta = json.load(open(os.path.join(args.import_raw, "meta.json")))
    if meta["size"] != SIZE or meta["vae_config"] != json.loads(json.dumps(VAE_CONFIG)):
        raise SystemExit(f"raw weights were trained at {meta['size']} px with {meta['vae_config']}; "
                         f"this script expects {SIZE} px with {VAE_CONFIG}")

    def load(name):
        state = {}
        for part in meta["files"][name]:
            state.update(load_file(os.path.join(args.import_raw, part)))
        return state

    vae = new_vae()
    vae.load_state_dict(load("vae"))
    info = {k: meta.get(k) for k in ("clips", "vae_image", "vae_video", "dit", "seconds", "args")}
    write_pipeline(args.out, args.tokenizer or os.path.join(args.out, "tokenizer"), load("text_encoder"),
                   load("transformer"), vae, meta["latents_mean"], meta["latents_std"], info)
    log(f"imported {args.import_raw} (dit step {meta.get('dit', {}).get('steps')}) into {args.out}")


# ----------------------------------------------------------------------------------------------- main

def parse_budget(text):
    out = {"tokenizer": 1.0, "vae_image": 10.0, "vae_video": 25.0, "latents": 1.0, "dit": 60.0, "vae_decoder": 0.0}
    for item in filter(None, (text or "").split(",")):
        k, v = item.split("=")
        if k not in out:
            raise SystemExit(f"unknown phase {k!r} in --budget (phases: {', '.join(PHASES)})")
        out[k] = float(v)
    return out


def parse_deadline(text):
    if not text:
        return None
    hh, mm = map(int, text.split(":"))
    now = dt.datetime.utcnow()
    t = now.replace(hour=hh, minute=mm, second=0, microsecond=0)
    return (t.replace(tzinfo=dt.timezone.utc)).timestamp()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ckpt", default="/work/ckpt", help="checkpoint directory (outside the repo)")
    ap.add_argument("--out", default="models/ciel-tiny", help="export directory (diffusers layout)")
    ap.add_argument("--phases", default=",".join(PHASES))
    ap.add_argument("--budget", default="", help="minutes per phase, e.g. vae_video=25,dit=60 (cumulative)")
    ap.add_argument("--deadline", default=None, help="UTC HH:MM at which every phase stops and exports")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=1,
                    help="torch threads; 1 is ~10x faster than 2 on a shared, overloaded 2-core machine")
    ap.add_argument("--n-latents", type=int, default=4096)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=5e-4)
    ap.add_argument("--ema", type=float, default=0.998)
    ap.add_argument("--i2v-rate", type=float, default=0.3)
    ap.add_argument("--motion-weight", type=float, default=2.0,
                    help="extra loss weight on latent positions that change over time (0 = plain flow loss)")
    ap.add_argument("--export-every", type=float, default=10.0, help="minutes between exports")
    ap.add_argument("--resume", action="store_true", help="accepted for clarity; resuming is always on")
    ap.add_argument("--import-raw", default=None, metavar="DIR",
                    help="instead of training: build --out from tools/train_tiny_gpu.py's raw weights in DIR")
    ap.add_argument("--tokenizer", default=None, help="tokenizer folder for --import-raw (default: --out's)")
    args = ap.parse_args()
    if args.import_raw:
        import_raw(args)
        return
    args.budget = parse_budget(args.budget)
    args.deadline = parse_deadline(args.deadline)
    torch.set_num_threads(args.threads)
    os.makedirs(args.ckpt, exist_ok=True)
    state = State(os.path.join(args.ckpt, "state.json"))
    for phase in args.phases.split(","):
        if phase not in PHASES:
            raise SystemExit(f"unknown phase {phase!r} (phases: {', '.join(PHASES)})")
        log(f"=== phase {phase}")
        if phase == "tokenizer":
            phase_tokenizer(args, state)
        elif phase in ("vae_image", "vae_video", "vae_decoder"):
            phase_vae(args, state, phase)
        elif phase == "latents":
            phase_latents(args, state)
        elif phase == "dit":
            phase_dit(args, state)


if __name__ == "__main__":
    main()
