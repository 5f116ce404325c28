"""Renders a clip spec into frames: float32 [F, H, W, 3] in 0..1 plus the object mask [F, H, W].

A spec is a dict:
  {"background": name, "seed": int,
   "objects": [{"shape", "colour", "motion", "size", "x0", "y0"}, ...]}
x0/y0 are the object's reference position in 0..1 (meaning depends on the motion, see `trajectory`).
"""

import math

import numpy as np

from .vocab import BACKGROUNDS, COLOURS, SIZE_RADIUS

FRAMES = 17  # 4 s at 4 fps; 1 + 4k frames as Wan's causal VAE wants
SIZE = 64    # pixels, square (session 1 trained at 32 on a CPU; 64 since the GPU run, see MODEL_CARD.md)
FPS = 4

_SUB = 2  # supersampling per axis for anti-aliasing


def trajectory(obj, t):
    """Centre (x, y) in 0..1, scale factor and rotation angle at time t in 0..1."""
    m = obj["motion"]
    x0, y0 = obj["x0"], obj["y0"]
    span = 0.45
    x, y, scale, angle = x0, y0, 1.0, 0.0
    if m == "right":
        x = x0 + span * t
    elif m == "left":
        x = x0 - span * t
    elif m == "down":
        y = y0 + span * t
    elif m == "up":
        y = y0 - span * t
    elif m == "diagonally":  # bottom-left to top-right
        x = x0 + 0.4 * t
        y = y0 - 0.4 * t
    elif m == "bouncing":
        y = y0 - 0.4 * abs(math.sin(2.0 * math.pi * t))
    elif m == "spinning":
        angle = 0.5 * math.pi * t
    elif m == "growing":
        scale = 0.45 + 0.9 * t
    elif m == "shrinking":
        scale = 1.35 - 0.9 * t
    return x, y, scale, angle


def start_position(motion, rng):
    """A random reference position that keeps the whole path inside the frame."""
    u = lambda a, b: float(rng.uniform(a, b))  # noqa: E731
    if motion == "right":
        return u(0.2, 0.3), u(0.3, 0.7)
    if motion == "left":
        return u(0.7, 0.8), u(0.3, 0.7)
    if motion == "down":
        return u(0.3, 0.7), u(0.2, 0.3)
    if motion == "up":
        return u(0.3, 0.7), u(0.7, 0.8)
    if motion == "diagonally":
        return u(0.25, 0.35), u(0.65, 0.75)
    if motion == "bouncing":
        return u(0.3, 0.7), u(0.72, 0.78)
    return u(0.35, 0.65), u(0.35, 0.65)


def _inside(shape, u, v):
    """Boolean inside-test in local coordinates (unit = bounding radius, v pointing down)."""
    if shape == "circle":
        return u * u + v * v <= 0.85 ** 2
    if shape == "square":
        return np.maximum(np.abs(u), np.abs(v)) <= 0.68
    if shape == "triangle":  # pointing up, circumradius 1
        d = np.full(u.shape, -np.inf)
        for ang in (math.pi / 2, math.pi / 2 + 2 * math.pi / 3, math.pi / 2 + 4 * math.pi / 3):
            d = np.maximum(d, u * math.cos(ang) + v * math.sin(ang))
        return d <= 0.5
    if shape == "star":
        r = np.sqrt(u * u + v * v)
        theta = np.arctan2(v, u) + math.pi / 2  # a point straight up
        a = (theta * 5.0 / (2.0 * math.pi)) % 1.0
        tri = np.abs(a - 0.5) * 2.0  # 1 at the points, 0 between them
        return r <= 0.42 + 0.58 * tri ** 1.5
    if shape == "heart":
        x = u * 1.25
        y = -(v * 1.25) + 0.25
        return (x * x + y * y - 1.0) ** 3 - x * x * y ** 3 <= 0.0
    raise ValueError(f"unknown shape {shape!r}")


def _background(name, seed, size):
    img = np.empty((size, size, 3), np.float32)
    img[:] = BACKGROUNDS[name]
    if name == "night":
        rng = np.random.default_rng(seed + 7919)
        n = int(rng.integers(18, 30))
        ys = rng.integers(0, size, n)
        xs = rng.integers(0, size, n)
        b = rng.uniform(0.6, 1.0, n).astype(np.float32)
        img[ys, xs] = b[:, None]
    return img


def render(spec, frames=FRAMES, size=SIZE):
    """Render `spec`; returns (video [F,H,W,3] float32 0..1, mask [F,H,W] float32 0..1)."""
    bg = _background(spec["background"], spec.get("seed", 0), size)
    video = np.repeat(bg[None], frames, axis=0)
    mask = np.zeros((frames, size, size), np.float32)
    # Sub-pixel sample grid, pixel centres at (i + 0.5) / size.
    offs = (np.arange(_SUB) + 0.5) / _SUB
    coords = (np.arange(size)[:, None] + offs[None, :]).reshape(-1) / size  # size*_SUB
    gy, gx = np.meshgrid(coords, coords, indexing="ij")
    for obj in spec["objects"]:
        colour = np.asarray(COLOURS[obj["colour"]], np.float32)
        radius = SIZE_RADIUS[obj["size"]]
        for f in range(frames):
            t = f / (frames - 1) if frames > 1 else 0.0
            cx, cy, scale, angle = trajectory(obj, t)
            r = radius * scale
            dx = (gx - cx) / r
            dy = (gy - cy) / r
            if angle:
                c, s = math.cos(angle), math.sin(angle)
                dx, dy = c * dx + s * dy, -s * dx + c * dy
            cov = _inside(obj["shape"], dx, dy).astype(np.float32)
            cov = cov.reshape(size, _SUB, size, _SUB).mean(axis=(1, 3))
            video[f] = video[f] * (1.0 - cov[..., None]) + colour * cov[..., None]
            mask[f] = np.maximum(mask[f], cov)
    return video, mask
