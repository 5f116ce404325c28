"""Deterministic train / held-out split and the evaluation prompt list (tools/tinydata/heldout.json).

Held out from training:
  * combinations: every (shape, colour, motion, background) whose md5 bucket is < HELDOUT_PERCENT;
    a training clip never contains a held-out combination, not even as one of two objects;
  * phrasings: templates EH (English) and FH (French) never appear in training captions.

Run `python tools/tinydata/split.py` to (re)write heldout.json.
"""

import hashlib
import json
import os
import sys

import numpy as np

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    __package__ = "tinydata"

from .captions import HELDOUT_TEMPLATES, TRAIN_TEMPLATES, caption  # noqa: E402
from .render import FPS, FRAMES, SIZE, start_position  # noqa: E402
from .vocab import BACKGROUNDS, COLOURS, MEASURABLE_MOTIONS, MOTIONS, SHAPES, SIZES, allowed  # noqa: E402

HELDOUT_PERCENT = 4
HELDOUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout.json")
EMPTY_CAPTION_RATE = 0.10
TWO_OBJECT_RATE = 0.15


def combo_key(shape, colour, motion, background):
    return f"{shape}|{colour}|{motion}|{background}"


def is_heldout(shape, colour, motion, background):
    h = hashlib.md5(combo_key(shape, colour, motion, background).encode()).hexdigest()
    return int(h[:8], 16) % 100 < HELDOUT_PERCENT


def heldout_combos():
    out = []
    for s in SHAPES:
        for c in COLOURS:
            for m in MOTIONS:
                for b in BACKGROUNDS:
                    if allowed(c, b) and is_heldout(s, c, m, b):
                        out.append((s, c, m, b))
    return out


def _choice(rng, items):
    return items[int(rng.integers(len(items)))]


def make_object(rng, shape, colour, motion, size):
    x0, y0 = start_position(motion, rng)
    return {"shape": shape, "colour": colour, "motion": motion, "size": size, "x0": x0, "y0": y0}


def sample_train_spec(rng):
    """A random training clip spec that avoids every held-out combination."""
    bg_names = list(BACKGROUNDS)
    colours = list(COLOURS)
    while True:
        bg = _choice(rng, bg_names)
        n = 2 if rng.random() < TWO_OBJECT_RATE else 1
        objs = []
        for _ in range(n):
            s, c, m = _choice(rng, SHAPES), _choice(rng, colours), _choice(rng, MOTIONS)
            objs.append(make_object(rng, s, c, m, _choice(rng, SIZES)))
        if n == 2:
            a, b = objs
            if a["shape"] == b["shape"] and a["colour"] == b["colour"]:
                continue
            # keep two objects apart: first in the left/top part, second in the right/bottom part
            a["x0"] = min(a["x0"], 0.45) if a["motion"] not in ("left",) else a["x0"]
            b["x0"] = max(b["x0"], 0.55) if b["motion"] not in ("right", "diagonally") else b["x0"]
        ok = all(allowed(o["colour"], bg) and not is_heldout(o["shape"], o["colour"], o["motion"], bg)
                 for o in objs)
        if ok:
            return {"background": bg, "seed": int(rng.integers(1 << 30)), "objects": objs}


def sample_train_caption(spec, rng):
    """A training caption (English or French, training templates only; empty 10 % of the time)."""
    if rng.random() < EMPTY_CAPTION_RATE:
        return ""
    lang = "en" if rng.random() < 0.5 else "fr"
    return caption(spec, _choice(rng, TRAIN_TEMPLATES[lang]), rng)


def build_heldout(n_t2v=80, n_i2v=24, seed=1234):
    rng = np.random.default_rng(seed)
    combos = heldout_combos()
    measurable = [c for c in combos if c[2] in MEASURABLE_MOTIONS]
    t2v, i2v = [], []
    for i in range(n_t2v):
        s, c, m, b = measurable[i % len(measurable)]
        lang = "en" if i % 2 == 0 else "fr"
        # half the prompts use a held-out phrasing, half a training phrasing (held-out combination either way)
        template = HELDOUT_TEMPLATES[lang][0] if (i // 2) % 2 == 0 else _choice(rng, TRAIN_TEMPLATES[lang])
        spec = {"background": b, "seed": int(rng.integers(1 << 30)),
                "objects": [make_object(rng, s, c, m, "large")]}
        t2v.append({"id": f"t2v-{i:03d}", "lang": lang, "template": template,
                    "prompt": caption(spec, template, rng), "spec": spec, "seed": 1000 + i})
    translating = [c for c in measurable if c[2] in ("right", "left", "up", "down", "diagonally")]
    for i in range(n_i2v):
        s, c, m, b = translating[(i * 7) % len(translating)]
        lang = "en" if i % 2 == 0 else "fr"
        template = HELDOUT_TEMPLATES[lang][0] if (i // 2) % 2 == 0 else _choice(rng, TRAIN_TEMPLATES[lang])
        spec = {"background": b, "seed": int(rng.integers(1 << 30)),
                "objects": [make_object(rng, s, c, m, "large")]}
        i2v.append({"id": f"i2v-{i:03d}", "lang": lang, "template": template,
                    "prompt": caption(spec, template, rng), "spec": spec, "seed": 2000 + i})
    return {
        "frames": FRAMES, "size": SIZE, "fps": FPS,
        "heldout_percent": HELDOUT_PERCENT,
        "heldout_templates": HELDOUT_TEMPLATES,
        "heldout_combos": [combo_key(*c) for c in combos],
        "t2v": t2v,
        "i2v": i2v,
    }


def main():
    data = build_heldout()
    with open(HELDOUT_PATH, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
    print(f"wrote {HELDOUT_PATH}: {len(data['heldout_combos'])} held-out combos, "
          f"{len(data['t2v'])} t2v and {len(data['i2v'])} i2v prompts")


if __name__ == "__main__":
    main()
