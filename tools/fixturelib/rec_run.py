"""A full seeded WanPipeline call, with its initial noise, per-step intermediates and final frames."""

import numpy as np
import torch

from .configs import TinyConfig
from .recorder import Recorder


def record_run(pipe, cfg: TinyConfig, rec: Recorder) -> None:
    """Runs the pipeline once (output_type='np') and stores what the Swift pipeline must reproduce."""
    run = cfg.run
    tr = pipe.transformer
    latent_shape = (1, tr.config.in_channels, (run.num_frames - 1) // pipe.vae_scale_factor_temporal + 1,
                    run.height // pipe.vae_scale_factor_spatial, run.width // pipe.vae_scale_factor_spatial)

    # The initial noise, produced two ways: they must agree with each other and with the pipeline's first input.
    torch.manual_seed(run.seed)
    noise_global = torch.randn(latent_shape)
    noise_gen = torch.randn(latent_shape, generator=torch.Generator().manual_seed(run.seed))
    if not torch.equal(noise_global, noise_gen):
        raise AssertionError("torch.manual_seed randn != Generator randn")

    calls = []  # (hidden_states, timestep, encoder_hidden_states, output) per transformer forward
    hook = tr.register_forward_hook(
        lambda _m, _a, kw, out: calls.append((kw["hidden_states"].clone(), kw["timestep"].clone(),
                                              kw["encoder_hidden_states"].clone(), out[0].clone())),
        with_kwargs=True)
    step_latents = []

    def on_step_end(_pipe, _i, _t, kwargs):
        step_latents.append(kwargs["latents"].clone())
        return {}

    try:
        with torch.no_grad():
            frames = pipe(prompt=run.prompt, negative_prompt=run.negative_prompt, height=run.height, width=run.width,
                          num_frames=run.num_frames, num_inference_steps=run.num_inference_steps,
                          guidance_scale=run.guidance_scale, generator=torch.Generator().manual_seed(run.seed),
                          output_type="np", callback_on_step_end=on_step_end).frames
    finally:
        hook.remove()

    cfg_on = run.guidance_scale > 1.0
    per_step = 2 if cfg_on else 1
    if len(calls) != per_step * run.num_inference_steps:
        raise AssertionError(f"expected {per_step * run.num_inference_steps} transformer calls, got {len(calls)}")
    if not torch.equal(calls[0][0], noise_global):
        raise AssertionError("pipeline's first transformer input is not the seeded randn noise")

    rec.add("run.initial_latents", noise_global,
            f"{tuple(latent_shape)} = torch.manual_seed({run.seed}); torch.randn(shape) (fp32, CPU)")
    for name, index in (("prompt_embeds", 0), ("negative_prompt_embeds", 1)):
        if name == "negative_prompt_embeds" and not cfg_on:
            continue
        emb = calls[index][2][0]
        length = int((emb.abs().sum(dim=-1) != 0).sum())
        if not torch.equal(emb[length:], torch.zeros_like(emb[length:])):
            raise AssertionError(f"{name} is not zero after its length")
        rec.add(f"run.{name}_trimmed", emb[:length],
                f"({length},text_dim) rows of the (1,512,text_dim) {name}; the remaining rows are exact zeros")
    timesteps = []
    for i in range(run.num_inference_steps):
        cond = calls[per_step * i]
        timesteps.append(float(cond[1].reshape(-1)[0]))
        rec.add(f"run.step{i}.noise_pred_cond", cond[3], f"transformer output for the prompt at step {i}")
        if cfg_on:
            rec.add(f"run.step{i}.noise_pred_uncond", calls[per_step * i + 1][3],
                    f"transformer output for the negative prompt at step {i}")
        rec.add(f"run.step{i}.latents", step_latents[i], f"latents after scheduler.step at step {i}")
    frames = np.asarray(frames[0], dtype=np.float32)
    rec.add("run.frames", torch.from_numpy(frames),
            f"{frames.shape} final frames (frames, height, width, rgb) in [0,1]: pipeline output_type='np'")

    sched = pipe.scheduler
    rec.meta["run"] = {
        "call": "WanPipeline(...)(prompt, negative_prompt, height, width, num_frames, num_inference_steps, "
                "guidance_scale, generator=torch.Generator().manual_seed(seed), output_type='np')",
        "prompt": run.prompt,
        "negative_prompt": run.negative_prompt,
        "negative_prompt_note": "None means diffusers uses '' (only encoded when CFG is on)",
        "height": run.height,
        "width": run.width,
        "num_frames": run.num_frames,
        "num_inference_steps": run.num_inference_steps,
        "guidance_scale": run.guidance_scale,
        "classifier_free_guidance": cfg_on,
        "seed": run.seed,
        "latent_shape": list(latent_shape),
        "scheduler": type(sched).__name__,
        "scheduler_config": {k: v for k, v in sched.config.items() if not k.startswith("_")},
        "timesteps": timesteps,
        "sigmas": [float(s) for s in sched.sigmas],
        "guidance_formula": "noise = uncond + guidance_scale * (cond - uncond)" if cfg_on else "noise = cond",
        "decode": "latents / (1/latents_std) + latents_mean, vae.decode, clamp, then frames = (x/2 + 0.5).clamp(0,1)",
    }
