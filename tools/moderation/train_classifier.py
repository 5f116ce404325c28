#!/usr/bin/env python3
"""Trains CielSafety's semantic classifier and writes its weights into
Sources/CielSafety/Semantic/SemanticClassifierWeights.swift.

Data: tools/moderation/bank/<category>.txt and benign.txt (one `lang|prompt` per line), then the development sets
tools/moderation/dev.jsonl and eval_fresh{,2,3}.jsonl, then tools/moderation/bank/written_{a,b,c}.jsonl (1,700 prompts
written for training by people who never read the lexicons): 2,822 prompts in six languages. Never
tools/moderation/eval.jsonl (the evaluation set) nor eval_fresh4.jsonl (the held-out generalisation set).

Method: the prompt is normalised by the Swift code itself (`ciel moderate --print-normalized`), so training and
inference see the same tokens; features are hashed word unigrams, word bigrams and character 3-5-grams of each word
(32-bit FNV-1a, 2^14 buckets, binary, scaled by 1/sqrt(count)) exactly as `SemanticClassifier.features` computes
them. One L2-regularised logistic regression per category (minors prompts are also sexual positives). A stratified
quarter of the bank is held out to calibrate each threshold: the lowest threshold that blocks no held-out benign
prompt, plus a margin, never below 0.5. Weights are stored as int8 with one scale per category.

    /work/venv/bin/python tools/moderation/train_classifier.py [--binary .build/debug/ciel]
"""
import argparse
import base64
import json
import os
import subprocess

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CATEGORIES = ["sexual", "minors", "public_figure", "violence_gore", "hate", "self_harm"]
DIMENSION = 1 << 14


def fnv1a(text):
    value = 2166136261
    for byte in text.encode("utf-8"):
        value ^= byte
        value = (value * 16777619) & 0xFFFFFFFF
    return value


def features(text):
    words = text.split(" ") if text else []
    indices = set()
    mask = DIMENSION - 1

    def add(feature):
        indices.add(fnv1a(feature) & mask)

    for position, word in enumerate(words):
        add("w:" + word)
        if position + 1 < len(words):
            add("b:" + word + " " + words[position + 1])
        padded = " " + word + " "
        for n in (3, 4, 5):
            for start in range(0, len(padded) - n + 1):
                add("c:" + padded[start:start + n])
    return sorted(indices)


def load_bank():
    rows = []
    for label in CATEGORIES + ["benign"]:
        path = os.path.join(ROOT, "tools/moderation/bank", label + ".txt")
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if line:
                language, prompt = line.split("|", 1)
                rows.append((label, language, prompt))
    for name in EXTRA_SETS:
        for line in open(os.path.join(ROOT, "tools/moderation", name), encoding="utf-8"):
            if line.strip():
                record = json.loads(line)
                rows.append((record["label"], record["lang"], record["prompt"]))
    return rows


EXTRA_SETS = ["dev.jsonl", "eval_fresh.jsonl", "eval_fresh2.jsonl", "eval_fresh3.jsonl", "bank/written_a.jsonl",
              "bank/written_b.jsonl", "bank/written_c.jsonl"]


def normalise(binary, prompts):
    result = subprocess.run([binary, "moderate", "--print-normalized"], input="".join(p + "\n" for p in prompts),
                            capture_output=True, text=True, check=True)
    lines = result.stdout.split("\n")[:len(prompts)]
    assert len(lines) == len(prompts)
    return lines


def matrix(texts):
    x = np.zeros((len(texts), DIMENSION), dtype=np.float32)
    for row, text in enumerate(texts):
        indices = features(text)
        if indices:
            x[row, indices] = 1.0 / np.sqrt(len(indices))
    return x


def train(x, y, l2=1e-3, epochs=400, rate=2.0):
    w = np.zeros(x.shape[1], dtype=np.float64)
    b = 0.0
    positives = max(1, y.sum())
    weight = np.where(y == 1, len(y) / (2 * positives), len(y) / (2 * max(1, len(y) - positives)))
    for _ in range(epochs):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = (p - y) * weight
        w -= rate * (x.T @ g / len(y) + l2 * w)
        b -= rate * g.mean()
    return w, b


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/debug/ciel"))
    args = parser.parse_args()
    rows = load_bank()
    texts = normalise(args.binary, [r[2] for r in rows])
    x = matrix(texts)
    labels = np.array([r[0] for r in rows])
    rng = np.random.default_rng(7)
    calibration = np.zeros(len(rows), dtype=bool)
    for label in CATEGORIES + ["benign"]:
        index = np.where(labels == label)[0]
        rng.shuffle(index)
        calibration[index[: max(1, len(index) // 4)]] = True
    train_rows = ~calibration
    weights, scales, biases, thresholds = [], [], [], []
    print(f"bank: {len(rows)} prompts ({train_rows.sum()} train, {calibration.sum()} calibration)")
    for category in CATEGORIES:
        y = (labels == category) | ((category == "sexual") & (labels == "minors"))
        y = y.astype(np.float64)
        w, b = train(x[train_rows], y[train_rows])
        scores = 1 / (1 + np.exp(-(x[calibration] @ w + b)))
        benign = labels[calibration] == "benign"
        positive = y[calibration] == 1
        threshold = float(min(0.95, max(0.5, scores[benign].max() + 0.05)))
        recall = float((scores[positive] >= threshold).mean()) if positive.any() else float("nan")
        print(f"{category:<14} threshold {threshold:.2f}  calibration recall {100 * recall:5.1f}% "
              f"({int(positive.sum())} positives, {int(benign.sum())} benign, none blocked)")
        scale = float(np.abs(w).max() / 127) or 1.0
        weights.append(np.clip(np.round(w / scale), -127, 127).astype(np.int8))
        scales.append(scale)
        biases.append(float(b))
        thresholds.append(threshold)
    blob = base64.b64encode(np.concatenate(weights).tobytes()).decode("ascii")
    out = os.path.join(ROOT, "Sources/CielSafety/Semantic/SemanticClassifierWeights.swift")
    with open(out, "w", encoding="utf-8") as f:
        f.write("// Generated by tools/moderation/train_classifier.py — do not edit by hand.\n\n")
        f.write("import Foundation\n\n")
        f.write("enum SemanticClassifierWeights {\n")
        f.write("    /// The shipped classifier.\n")
        f.write("    static func make() -> SemanticClassifier? {\n")
        f.write("        guard let data = Data(base64Encoded: weightsBase64, options: .ignoreUnknownCharacters), data.count == categories.count * dimension\n")
        f.write("        else { return nil }\n")
        f.write("        return SemanticClassifier(\n")
        f.write("            dimension: dimension, categories: categories, weights: data.map { Int8(bitPattern: $0) },\n")
        f.write("            scales: scales, biases: biases,\n")
        f.write("            thresholds: Dictionary(uniqueKeysWithValues: zip(categories, thresholds)))\n")
        f.write("    }\n\n")
        f.write(f"    static let dimension = {DIMENSION}\n")
        f.write("    static let categories: [ModerationCategory] = [" +
                ", ".join("." + {"public_figure": "publicFigure", "violence_gore": "violenceGore",
                                  "self_harm": "selfHarm"}.get(c, c) for c in CATEGORIES) + "]\n")
        f.write("    static let scales: [Double] = [" + ", ".join(repr(s) for s in scales) + "]\n")
        f.write("    static let biases: [Double] = [" + ", ".join(repr(b) for b in biases) + "]\n")
        f.write("    static let thresholds: [Double] = [" + ", ".join(f"{t:.3f}" for t in thresholds) + "]\n")
        f.write("    static let weightsBase64 = \"\"\"\n")
        for start in range(0, len(blob), 116):
            f.write("        " + blob[start:start + 116] + "\n")
        f.write("        \"\"\"\n}\n")
    print(f"wrote {os.path.relpath(out, ROOT)} ({len(blob) // 1024} KiB of base64)")


if __name__ == "__main__":
    main()
