"""Reference schedules and trajectories for UniPCMultistepScheduler and FlowMatchEulerDiscreteScheduler."""

import numpy as np
import torch
from diffusers import FlowMatchEulerDiscreteScheduler, UniPCMultistepScheduler

STEP_COUNTS = [1, 2, 3, 10, 50]
SHIFTS = [1.0, 3.0, 5.0]
LATENT_SHAPE = [1, 4, 2, 8]  # (batch, channels, ...) as the einsum in UniPC expects


def unipc_config(shift: float, **overrides) -> dict:
    """The Wan 2.1 scheduler_config.json (converter settings) with a flow shift."""
    config = {
        "_class_name": "UniPCMultistepScheduler",
        "_diffusers_version": "0.33.0.dev0",
        "beta_end": 0.02, "beta_schedule": "linear", "beta_start": 0.0001,
        "disable_corrector": [], "dynamic_thresholding_ratio": 0.995,
        "final_sigmas_type": "zero", "flow_shift": shift, "lower_order_final": True,
        "num_train_timesteps": 1000, "predict_x0": True, "prediction_type": "flow_prediction",
        "rescale_betas_zero_snr": False, "sample_max_value": 1.0, "solver_order": 2, "solver_p": None,
        "solver_type": "bh2", "steps_offset": 0, "thresholding": False, "timestep_spacing": "linspace",
        "trained_betas": None, "use_beta_sigmas": False, "use_exponential_sigmas": False,
        "use_flow_sigmas": True, "use_karras_sigmas": False,
    }
    config.update(overrides)
    return config


def euler_config(shift: float) -> dict:
    return {
        "_class_name": "FlowMatchEulerDiscreteScheduler", "_diffusers_version": "0.33.0.dev0",
        "base_image_seq_len": 256, "base_shift": 0.5, "invert_sigmas": False, "max_image_seq_len": 4096,
        "max_shift": 1.15, "num_train_timesteps": 1000, "shift": shift, "shift_terminal": None,
        "stochastic_sampling": False, "time_shift_type": "exponential", "use_beta_sigmas": False,
        "use_dynamic_shifting": False, "use_exponential_sigmas": False, "use_karras_sigmas": False,
    }


def make(config: dict):
    kwargs = {k: v for k, v in config.items() if not k.startswith("_")}
    if config["_class_name"] == "UniPCMultistepScheduler":
        return UniPCMultistepScheduler(**kwargs)
    return FlowMatchEulerDiscreteScheduler(**kwargs)


def synthetic_model(x: torch.Tensor, t, noise: torch.Tensor) -> torch.Tensor:
    """A nonlinear stand-in for the transformer using only exactly rounded float32 ops:
    v = x / (1 + |x|) - (t / 1000) * noise."""
    c = torch.tensor(float(t), dtype=torch.float32) / 1000
    return x / (1 + torch.abs(x)) - c * noise


def _floats(t) -> list:
    return [float(v) for v in torch.as_tensor(t).reshape(-1).tolist()]


def schedules() -> list:
    cases = []
    for name, config_for in (("unipc", unipc_config), ("euler", euler_config)):
        for shift in SHIFTS:
            for count in STEP_COUNTS:
                scheduler = make(config_for(shift))
                scheduler.set_timesteps(count)
                cases.append({
                    "config": config_for(shift), "steps": count,
                    "timesteps": _floats(scheduler.timesteps.to(torch.float32)),
                    "sigmas": _floats(scheduler.sigmas),
                })
    # The original Wan schedule through explicit sigmas.
    for count in (10, 50):
        scheduler = make(unipc_config(5.0))
        custom = np.linspace(0.999, 0.0, count + 1)[:-1]
        scheduler.set_timesteps(sigmas=custom.copy())  # a list fails in diffusers 0.42
        cases.append({
            "config": unipc_config(5.0), "steps": count, "custom_sigmas": [float(s) for s in custom],
            "timesteps": _floats(scheduler.timesteps.to(torch.float32)), "sigmas": _floats(scheduler.sigmas),
        })
    return cases


def trajectories() -> list:
    generator = torch.Generator().manual_seed(1234)
    initial = torch.randn(LATENT_SHAPE, generator=generator)
    noise = torch.randn(LATENT_SHAPE, generator=generator)
    configs = []
    for count in (1, 2, 3, 10, 20):
        configs.append((unipc_config(3.0), count))
    configs += [
        (unipc_config(5.0), 50),
        (unipc_config(1.0), 7),
        # bh1 and lower_order_final=False reach NaN in diffusers at a final sigma of 0, so use sigma_min there.
        (unipc_config(3.0, solver_type="bh1", final_sigmas_type="sigma_min"), 8),
        (unipc_config(3.0, solver_order=1), 6),
        (unipc_config(3.0, lower_order_final=False, final_sigmas_type="sigma_min"), 6),
        (unipc_config(3.0, final_sigmas_type="sigma_min"), 6),
        (unipc_config(3.0, disable_corrector=[1, 3]), 6),
        (euler_config(1.0), 4),
        (euler_config(5.0), 10),
    ]
    cases = []
    for config, count in configs:
        scheduler = make(config)
        scheduler.set_timesteps(count)
        x = initial.clone()
        samples = []
        for t in scheduler.timesteps:
            v = synthetic_model(x, t, noise)
            x = scheduler.step(v, t, x, return_dict=False)[0]
            samples.append(_floats(x))
        assert all(torch.isfinite(torch.tensor(sample)).all() for sample in samples), config
        cases.append({"config": config, "steps": count, "samples": samples})
    return {"initial": _floats(initial), "noise": _floats(noise), "cases": cases}


def save_wan_config(directory: str) -> None:
    """Writes scheduler_config.json exactly as diffusers saves the Wan 2.1 converter's scheduler."""
    scheduler = UniPCMultistepScheduler(
        prediction_type="flow_prediction", use_flow_sigmas=True, num_train_timesteps=1000, flow_shift=3.0,
    )
    scheduler.save_config(directory)


def build() -> dict:
    return {
        "model": "v = x / (1 + |x|) - (float32(t) / 1000) * noise, float32 element-wise",
        "schedules": schedules(),
        "trajectories": trajectories(),
    }
