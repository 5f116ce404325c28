"""Model-independent references: torch CPU randn streams and the flow-matching schedulers."""

import math

import torch
from diffusers import FlowMatchEulerDiscreteScheduler, UniPCMultistepScheduler

from .recorder import Recorder

# (seed, shape). torch's CPU normal sampler uses a different (vectorised, 16-wide) path when numel >= 16.
RANDN_CASES = [
    (0, (1,)), (0, (5,)), (0, (15,)), (0, (16,)), (0, (17,)), (0, (31,)), (0, (32,)), (0, (33,)),
    (42, (2, 3, 4)), (42, (1, 16, 3, 8, 8)), (1234, (100,)), (7, (1, 16, 2, 4, 10)),
    (2**31 - 1, (7,)), (2**32 + 5, (20,)), (2**63 - 1, (18,)), (123456789012, (1, 16, 1, 6, 8)),
]
# A full-size latent is too big to store: keep its first/last values and float64 sums.
BIG_CASE = (42, (1, 16, 21, 60, 104))
BIG_KEEP = 256
# torch.Generator().manual_seed(s) followed by two randn calls on the same generator.
GENERATOR_CASES = [(5, (10,), (20,)), (9, (20,), (7,)), (3, (16,), (1, 16, 1, 2, 3))]


def record_randn(rec: Recorder) -> None:
    """torch.manual_seed(s); torch.randn(shape) and successive Generator draws."""
    cases = []
    for i, (seed, shape) in enumerate(RANDN_CASES):
        torch.manual_seed(seed)
        name = f"randn.{i}"
        rec.add(name, torch.randn(shape), f"torch.manual_seed({seed}); torch.randn({shape})")
        cases.append({"tensor": name, "seed": seed, "shape": list(shape), "numel": math.prod(shape)})
    seed, shape = BIG_CASE
    torch.manual_seed(seed)
    big = torch.randn(shape).reshape(-1)
    rec.add("randn.big.head", big[:BIG_KEEP], f"first {BIG_KEEP} values of torch.manual_seed({seed}); "
                                              f"torch.randn({shape}) flattened")
    rec.add("randn.big.tail", big[-BIG_KEEP:], f"last {BIG_KEEP} values of the same tensor")
    b64 = big.to(torch.float64)
    big_meta = {"seed": seed, "shape": list(shape), "numel": big.numel(), "sum_f64": b64.sum().item(),
                "sum_sq_f64": (b64 * b64).sum().item(), "head": "randn.big.head", "tail": "randn.big.tail"}
    gens = []
    for i, (seed, first, second) in enumerate(GENERATOR_CASES):
        g = torch.Generator().manual_seed(seed)
        a = rec.add(f"randn.gen{i}.first", torch.randn(first, generator=g), f"first draw, shape {first}")
        b = rec.add(f"randn.gen{i}.second", torch.randn(second, generator=g), f"second draw, shape {second}")
        del a, b
        gens.append({"seed": seed, "first_shape": list(first), "second_shape": list(second),
                     "tensors": [f"randn.gen{i}.first", f"randn.gen{i}.second"]})
    rec.meta["randn"] = {
        "description": "torch CPU float32 normal samples (torch " + torch.__version__ + ")",
        "manual_seed_cases": cases,
        "big_case": big_meta,
        "generator_cases": gens,
    }


def _unipc(shift: float) -> UniPCMultistepScheduler:
    return UniPCMultistepScheduler(prediction_type="flow_prediction", use_flow_sigmas=True,
                                   num_train_timesteps=1000, flow_shift=shift)


def _euler(shift: float) -> FlowMatchEulerDiscreteScheduler:
    return FlowMatchEulerDiscreteScheduler(num_train_timesteps=1000, shift=shift)


SCHEDULERS = {"unipc": _unipc, "flow_euler": _euler}
STEP_COUNTS = [1, 2, 3, 10, 50]
SHIFTS = [1.0, 3.0, 5.0]
TRAJECTORIES = [("unipc", 3.0, 10), ("unipc", 5.0, 4), ("unipc", 1.0, 3), ("flow_euler", 5.0, 10),
                ("flow_euler", 3.0, 4)]
MODEL_FORMULA = "model_output = tanh(sample) * 0.5 + 0.001 * t  (fp32 torch ops; t = float(timestep))"


def _model(sample: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
    return torch.tanh(sample) * 0.5 + 0.001 * float(t)


def record_schedulers(rec: Recorder) -> None:
    """Timesteps/sigmas for each scheduler, step count and shift, plus synthetic-model trajectories."""
    tables = []
    for kind, make in SCHEDULERS.items():
        for shift in SHIFTS:
            for n in STEP_COUNTS:
                s = make(shift)
                s.set_timesteps(n)
                tables.append({"scheduler": kind, "shift": shift, "num_inference_steps": n,
                               "timesteps": [float(t) for t in s.timesteps], "timesteps_dtype": str(s.timesteps.dtype),
                               "sigmas": [float(x) for x in s.sigmas], "sigmas_dtype": str(s.sigmas.dtype)})
    trajectories = []
    initial = torch.randn((1, 2, 3, 4), generator=torch.Generator().manual_seed(99))
    rec.add("scheduler.initial_sample", initial, "(1,2,3,4) torch.randn with torch.Generator().manual_seed(99)")
    for kind, shift, n in TRAJECTORIES:
        s = SCHEDULERS[kind](shift)
        s.set_timesteps(n)
        sample = initial.clone()
        key = f"scheduler.{kind}.shift{shift:g}.n{n}"
        for i, t in enumerate(s.timesteps):
            sample = s.step(_model(sample, t), t, sample, return_dict=False)[0]
            rec.add(f"{key}.step{i}", sample, f"sample after step {i} (t={float(t)})")
        trajectories.append({"scheduler": kind, "shift": shift, "num_inference_steps": n, "prefix": key,
                             "timesteps": [float(t) for t in s.timesteps]})
    rec.meta["schedulers"] = {
        "unipc": "UniPCMultistepScheduler(prediction_type='flow_prediction', use_flow_sigmas=True, "
                 "num_train_timesteps=1000, flow_shift=shift), other settings default (bh2, order 2, "
                 "lower_order_final, final_sigmas_type='zero')",
        "flow_euler": "FlowMatchEulerDiscreteScheduler(num_train_timesteps=1000, shift=shift), other settings default",
        "tables": tables,
        "trajectory_model": MODEL_FORMULA,
        "trajectory_initial_sample": "scheduler.initial_sample",
        "trajectories": trajectories,
    }
