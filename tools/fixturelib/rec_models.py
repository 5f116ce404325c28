"""Stand-alone WanTransformer3DModel forwards and AutoencoderKLWan decode/encode references."""

import torch

from .configs import TinyConfig
from .recorder import Recorder

_SEED_LATENTS = 11
_SEED_VAE = 12


def record_transformer(pipe, cfg: TinyConfig, embeds: torch.Tensor, context_row: int, rec: Recorder) -> None:
    """Three forwards on the same random latents: t=999, t=421 and a per-token (1, seq_len) timestep.

    The text context is row `context_row` of the UMT5 record's prompt_embeds (1, 512, text_dim).
    """
    context = embeds[context_row : context_row + 1]
    tr = pipe.transformer
    h, w = cfg.latent_hw
    frames = 3
    gen = torch.Generator().manual_seed(_SEED_LATENTS + cfg.weight_seed)
    latents = torch.randn((1, tr.config.in_channels, frames, h, w), generator=gen)
    pt, ph, pw = tr.config.patch_size
    seq_len = (frames // pt) * (h // ph) * (w // pw)
    # Wan 2.2 TI2V style: tokens of the first latent frame get t=0 (clean), the others t=700.
    per_token = torch.full((1, seq_len), 700, dtype=torch.int64)
    per_token[:, : seq_len // frames] = 0
    rec.add("transformer.hidden_states", latents, f"(1,16,{frames},{h},{w}) random input latents")
    cases = {"t999": torch.tensor([999]), "t421": torch.tensor([421]), "per_token": per_token}
    with torch.no_grad():
        for key, timestep in cases.items():
            with _Capture(tr) as cap:
                out = tr(hidden_states=latents, timestep=timestep, encoder_hidden_states=context,
                         return_dict=False)[0]
            rec.add(f"transformer.{key}.output", out, f"(1,16,{frames},{h},{w}) forward output, timestep {key}")
            if key != "t421":
                _add_intermediates(rec, f"transformer.{key}", cap, context, timestep_independent=key == "t999")
    rec.add("transformer.per_token.timestep", per_token,
            f"(1,{seq_len}) per-token timesteps (expand_timesteps path): first {seq_len // frames} tokens 0, rest 700")
    rec.meta["transformer"] = {
        "description": "transformer(hidden_states, timestep, encoder_hidden_states) in fp32; timesteps are int64 "
                       "tensors of shape (1,) (999 and 421) or (1, seq_len) for per_token.",
        "timesteps": {"t999": 999, "t421": 421, "per_token": "transformer.per_token.timestep"},
        "encoder_hidden_states": f"umt5.prompt_embeds[{context_row}:{context_row + 1}] (the shorter prompt; not "
                                 "stored again)",
        "seq_len": seq_len,
        "latent_seed": f"torch.Generator().manual_seed({_SEED_LATENTS + cfg.weight_seed}); torch.randn(shape)",
    }


class _Capture:
    """Forward hooks on the transformer's sub-modules that keep their outputs during one forward."""

    def __init__(self, tr) -> None:
        self.modules = {"rope": tr.rope, "patch_embedding": tr.patch_embedding,
                        "condition_embedder": tr.condition_embedder, "proj_out": tr.proj_out}
        self.modules.update({f"block{i}": b for i, b in enumerate(tr.blocks)})
        self.outputs: dict = {}
        self.handles = []

    def __enter__(self):
        for name, module in self.modules.items():
            self.handles.append(module.register_forward_hook(
                lambda _m, _i, out, name=name: self.outputs.__setitem__(name, out)))
        return self

    def __exit__(self, *exc) -> None:
        for handle in self.handles:
            handle.remove()


def _add_intermediates(rec: Recorder, key: str, cap: _Capture, context: torch.Tensor,
                       timestep_independent: bool) -> None:
    """Stores the transformer's intermediate values of one forward (for debugging a parity failure).

    RoPE, patch tokens and the text embedding do not depend on the timestep: they are stored for one forward only.
    """
    out = cap.outputs
    temb, timestep_proj, text, _ = out["condition_embedder"]
    rec.add(f"{key}.temb", temb, "condition_embedder temb: (1, dim), or (1, L, dim) for per-token timesteps")
    rec.add(f"{key}.timestep_proj", timestep_proj,
            "condition_embedder timestep_proj before unflatten: (1, 6*dim), or (1, L, 6*dim) for per-token")
    block_names = sorted((n for n in out if n.startswith("block")), key=lambda n: int(n[5:]))
    for name in block_names:
        rec.add(f"{key}.{name}_output", out[name], f"(1, L, dim) hidden states after transformer {name}")
    rec.add(f"{key}.proj_out", out["proj_out"], "(1, L, prod(patch)*16) proj_out output, before unpatchify")
    if not timestep_independent:
        return
    cos, sin = out["rope"]
    rec.add(f"{key}.rope_cos", cos.reshape(cos.shape[1], -1), "(L, head_dim) RoPE cos per token (rope output)")
    rec.add(f"{key}.rope_sin", sin.reshape(sin.shape[1], -1), "(L, head_dim) RoPE sin per token")
    rec.add(f"{key}.patch_tokens", out["patch_embedding"].flatten(2).transpose(1, 2),
            "(1, L, dim) patch_embedding output flattened to tokens (f-major, then h, then w)")
    length = int((context[0].abs().sum(dim=-1) != 0).sum())
    if not torch.equal(text[0, length:], text[0, length:length + 1].expand(text.shape[1] - length, -1)):
        raise AssertionError("text embedder rows of the zero padding are not all equal")
    rec.add(f"{key}.text_embedded_head", text[0, : length + 1],
            f"({length + 1}, dim) text_embedder output rows 0..{length}; rows {length}..511 (zero padding) "
            "are all equal to the last stored row")


def _decode_with_raw(vae, z: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Returns (raw decoder output before the clamp, vae.decode(z).sample), both from one decode call."""
    chunks = []
    handle = vae.decoder.register_forward_hook(lambda _m, _i, out: chunks.append(out.detach().clone()))
    try:
        sample = vae.decode(z).sample
    finally:
        handle.remove()
    return torch.cat(chunks, dim=2), sample


def record_vae(pipe, cfg: TinyConfig, rec: Recorder) -> None:
    """VAE decode of 1 and 3 latent frames (raw + clamped) and the posterior of a 5-frame video."""
    vae = pipe.vae
    h, w = 4, 6
    gen = torch.Generator().manual_seed(_SEED_VAE + cfg.weight_seed)
    z_dim = vae.config.z_dim
    with torch.no_grad():
        for frames in (1, 3):
            z = torch.randn((1, z_dim, frames, h, w), generator=gen)
            raw, sample = _decode_with_raw(vae, z)
            if not torch.equal(sample, raw.clamp(-1, 1)):
                raise AssertionError("decode sample is not clamp(raw)")
            out_frames = 1 + 4 * (frames - 1)
            shape = f"(1,3,{out_frames},{8 * h},{8 * w})"
            rec.add(f"vae.decode{frames}.z", z, f"(1,{z_dim},{frames},{h},{w}) random latents (unnormalised)")
            rec.add(f"vae.decode{frames}.raw", raw, f"{shape} decoder output before the clamp (post_quant_conv, "
                                                   "frame-by-frame decoder with causal cache, concatenated in time)")
            if frames == 1:  # for 3 frames the sample is not stored (size): it is clamp(raw), checked above
                rec.add(f"vae.decode{frames}.sample", sample, f"{shape} vae.decode(z).sample = clamp(raw, -1, 1)")
        video = torch.rand((1, 3, 5, 8 * h, 8 * w), generator=gen) * 2 - 1
        posterior = vae.encode(video).latent_dist
        if not torch.equal(posterior.mode(), posterior.mean):
            raise AssertionError("posterior mode != mean")
        rec.add("vae.encode.video", video, f"(1,3,5,{8 * h},{8 * w}) uniform in [-1,1)")
        rec.add("vae.encode.mean", posterior.mean, f"(1,{z_dim},2,{h},{w}) latent_dist.mean (= mode())")
        rec.add("vae.encode.logvar", posterior.logvar, f"(1,{z_dim},2,{h},{w}) latent_dist.logvar (clamped to "
                                                       "[-30, 20])")
    rec.meta["vae"] = {
        "decode3_sample": "not stored: vae.decode(z3).sample == clamp(vae.decode3.raw, -1, 1) bit for bit (asserted)",
        "description": "vae.decode(z) of random N(0,1) latents of 1 and 3 frames at 4x6; vae.encode(video) of a "
                       "5-frame video. No latents_mean/std normalisation is applied in these records.",
        "seed": f"torch.Generator().manual_seed({_SEED_VAE + cfg.weight_seed}): randn z1, randn z3, rand video",
    }
