"""Scores a generated clip against its spec: object vs background detection, colour, shape, motion, background.

All functions take frames as float32 [F, H, W, 3] in 0..1.
"""

import math

import numpy as np

from .render import SIZE_RADIUS, _inside  # noqa: F401  (shape templates)
from .vocab import BACKGROUNDS, COLOURS, SHAPES

OBJECT_THRESHOLD = 0.25  # RGB distance from the background that counts as object
MIN_AREA = 4             # pixels; smaller detections are treated as no object


def _nearest(rgb, table):
    names = list(table)
    d = [float(np.linalg.norm(np.asarray(table[n]) - rgb)) for n in names]
    return names[int(np.argmin(d))]


def background_colour(frames):
    """Median colour over all pixels of the clip (the object covers < 25 % of the frame; borders are not used
    because decoders often smear them)."""
    return np.median(frames.reshape(-1, 3), axis=0)


def classify_background(frames):
    return _nearest(background_colour(frames), BACKGROUNDS)


def object_masks(frames, bg=None):
    """Boolean [F, H, W]: pixels far from the background colour, isolated specks (stars) removed."""
    if bg is None:
        bg = background_colour(frames)
    m = np.linalg.norm(frames - bg[None, None, None], axis=-1) > OBJECT_THRESHOLD
    # keep pixels with >= 4 masked neighbours in their 3x3 window (removes 1-px stars and noise)
    p = np.pad(m, ((0, 0), (1, 1), (1, 1)))
    n = sum(p[:, 1 + dy:p.shape[1] - 1 + dy, 1 + dx:p.shape[2] - 1 + dx].astype(np.int32)
            for dy in (-1, 0, 1) for dx in (-1, 0, 1))
    return m & (n >= 5)


def classify_colour(frames, masks, bg=None):
    """Nearest palette colour to the object's core: the median of the third of its pixels farthest from the
    background (blurred edges mix object and background colours)."""
    if masks.sum() < MIN_AREA:
        return None
    if bg is None:
        bg = background_colour(frames)
    px = frames[masks]
    d = np.linalg.norm(px - bg, axis=-1)
    core = px[d >= np.percentile(d, 67)]
    return _nearest(np.median(core, axis=0), COLOURS)


def _shape_iou(mask, shape):
    """IoU of `mask` with `shape` placed at the mask's centroid with the same area."""
    ys, xs = np.nonzero(mask)
    h, w = mask.shape
    cy, cx = ys.mean() + 0.5, xs.mean() + 0.5
    gy, gx = np.mgrid[0:h, 0:w] + 0.5
    best = 0.0
    # shape area at radius r is k * r^2; find k numerically at r = 1
    uu, vv = np.mgrid[-1.2:1.2:241j, -1.2:1.2:241j]
    k = _inside(shape, vv, uu).mean() * (2.4 ** 2)
    r = math.sqrt(mask.sum() / max(k, 1e-6))
    for ang in (0.0, math.pi / 10, math.pi / 5):
        du, dv = (gx - cx) / r, (gy - cy) / r
        c, s = math.cos(ang), math.sin(ang)
        t = _inside(shape, c * du + s * dv, -s * du + c * dv)
        inter = (t & mask).sum()
        union = (t | mask).sum()
        best = max(best, inter / max(union, 1))
    return best


def classify_shape(masks):
    """Best-IoU shape on the frame with the largest detected area (None if nothing detected)."""
    areas = masks.reshape(masks.shape[0], -1).sum(1)
    f = int(np.argmax(areas))
    if areas[f] < 12:
        return None
    scores = {s: _shape_iou(masks[f], s) for s in SHAPES}
    return max(scores, key=scores.get)


def classify_motion(masks):
    """One of right/left/up/down/diagonally/growing/shrinking/still/other, or None if no object."""
    F, H, W = masks.shape
    areas = masks.reshape(F, -1).sum(1).astype(np.float64)
    ok = areas >= MIN_AREA
    if ok.sum() < max(3, F // 3):
        return None
    ys, xs = np.mgrid[0:H, 0:W]
    cx = np.array([(xs * m).sum() / max(m.sum(), 1) for m in masks]) / W
    cy = np.array([(ys * m).sum() / max(m.sum(), 1) for m in masks]) / H
    idx = np.nonzero(ok)[0]
    q = max(2, len(idx) // 4)
    first, last = idx[:q], idx[-q:]
    dx = cx[last].mean() - cx[first].mean()
    dy = cy[last].mean() - cy[first].mean()
    ratio = areas[last].mean() / max(areas[first].mean(), 1.0)
    dist = math.hypot(dx, dy)
    if dist < 0.08:
        if ratio > 1.6:
            return "growing"
        if ratio < 1 / 1.6:
            return "shrinking"
        return "still"
    ang = math.degrees(math.atan2(-dy, dx)) % 360  # 0 = right, 90 = up
    if ang < 22.5 or ang >= 337.5:
        return "right"
    if 67.5 <= ang < 112.5:
        return "up"
    if 157.5 <= ang < 202.5:
        return "left"
    if 247.5 <= ang < 292.5:
        return "down"
    if 22.5 <= ang < 67.5:
        return "diagonally"  # up and to the right, as in the training data
    return "other"


def score_clip(frames, spec):
    """Dict of predicted attributes and per-attribute correctness for a single-object spec."""
    obj = spec["objects"][0]
    bg_name = classify_background(frames)
    masks = object_masks(frames)
    pred = {
        "background": bg_name,
        "colour": classify_colour(frames, masks),
        "shape": classify_shape(masks),
        "motion": classify_motion(masks),
    }
    truth = {"background": spec["background"], "colour": obj["colour"], "shape": obj["shape"],
             "motion": obj["motion"]}
    return {"pred": pred, "truth": truth, "correct": {k: pred[k] == truth[k] for k in truth}}


def psnr(a, b):
    mse = float(np.mean((np.asarray(a, np.float64) - np.asarray(b, np.float64)) ** 2))
    return 99.0 if mse <= 1e-10 else 10.0 * math.log10(1.0 / mse)
