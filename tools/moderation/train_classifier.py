#!/usr/bin/env python3
"""Trains CielSafety's semantic classifier and writes its weights into
Sources/CielSafety/Semantic/SemanticClassifierWeights.swift.

Data: tools/moderation/bank/<category>.txt and benign.txt (one `lang|prompt` per line), the development sets
tools/moderation/dev.jsonl and eval_fresh{,2,3,4,5,6}.jsonl, and tools/moderation/bank/written_{a..l}.jsonl (6,900
prompts written for training by people who never read the lexicons): 8,832 prompts in six languages. Never
tools/moderation/eval.jsonl (the evaluation set) nor eval_fresh7.jsonl (the held-out generalisation set).

Features: hashed word unigrams, word bigrams and character 3-5-grams of each word of the prompt as normalised by the
Swift code itself (`ciel moderate --print-normalized`), 32-bit FNV-1a into 2^14 buckets, binary, scaled by
1/sqrt(count), exactly as `SemanticClassifier.features` computes them. One L2-regularised logistic regression per
category (scikit-learn, lbfgs, C=100, balanced class weights; minors prompts are also sexual positives). Thresholds
come from 4-fold out-of-fold scores: the lowest threshold that blocks at most THRESHOLD_BENIGN_SHARE (0.1 %) of the
bank's benign prompts, between 0.5 and 0.99; the final model is then fitted on every prompt. Weights are stored as
int8 with one scale per category.

`--report` writes nothing; it prints recall and false positives on eval.jsonl, combined with the lexicon stages as `ciel moderate --without-classifier` runs them, for the n-gram
classifier and, when the encoder is installed (tools/moderation/install_encoder.sh), for the same classifier that
also reads the prompt's all-MiniLM-L6-v2 sentence embedding computed by Ciel's own engine
(`ciel moderate --print-embedding`). That comparison is why the shipped classifier reads n-grams only
(docs/MODERATION.md).

    /work/venv/bin/python tools/moderation/train_classifier.py [--binary .build/release/ciel] [--report]
"""
import argparse
import base64
import json
import os
import subprocess

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

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


EXTRA_SETS = ["dev.jsonl", "eval_fresh.jsonl", "eval_fresh2.jsonl", "eval_fresh3.jsonl", "eval_fresh4.jsonl",
              "eval_fresh5.jsonl", "eval_fresh6.jsonl"] + [f"bank/written_{letter}.jsonl" for letter in "abcdefghijkl"]
REGULARISATION_C = 100.0
THRESHOLD_BENIGN_SHARE = 0.001
ENCODER_NAME = "all-minilm-l6-v2"
EMBEDDING_WEIGHT = 1.0
REPORT_SETS = ["eval.jsonl"]


def run_ciel(binary, flags, prompts):
    result = subprocess.run([binary, "moderate"] + flags, input="".join(p.replace("\n", " ") + "\n" for p in prompts),
                            capture_output=True, text=True, check=True)
    lines = result.stdout.split("\n")[:len(prompts)]
    assert len(lines) == len(prompts)
    return lines


def normalise(binary, prompts):
    return run_ciel(binary, ["--print-normalized"], prompts)


def embed(binary, prompts):
    return np.array([json.loads(line) for line in run_ciel(binary, ["--print-embedding"], prompts)], dtype=np.float32)


def matrix(texts):
    rows, cols, vals = [], [], []
    for row, text in enumerate(texts):
        indices = features(text)
        for index in indices:
            rows.append(row)
            cols.append(index)
            vals.append(1.0 / np.sqrt(len(indices)))
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(texts), DIMENSION), dtype=np.float64)


def fit(x, y):
    model = LogisticRegression(C=REGULARISATION_C, class_weight="balanced", max_iter=5000)
    model.fit(x, y)
    return model


def with_embeddings(x, binary, texts, weight):
    """The n-gram matrix `x` of `texts` followed by their sentence embeddings scaled by `weight`."""
    return sparse.hstack([x, sparse.csr_matrix(weight * embed(binary, texts).astype(np.float64))]).tocsr()


def train_variant(x, labels, benign_share=THRESHOLD_BENIGN_SHARE):
    """Per category: out-of-fold calibrated threshold, then a model fitted on every prompt."""
    rng = np.random.default_rng(7)
    fold = np.zeros(len(labels), dtype=int)
    for label in CATEGORIES + ["benign"]:
        index = np.where(labels == label)[0]
        rng.shuffle(index)
        fold[index] = np.arange(len(index)) % 4
    result = []
    for category in CATEGORIES:
        y = (labels == category) | ((category == "sexual") & (labels == "minors"))
        scores = np.zeros(len(labels))
        for k in range(4):
            held = fold == k
            scores[held] = fit(x[~held], y[~held]).predict_proba(x[held])[:, 1]
        benign = labels == "benign"
        threshold = float(min(0.99, max(0.5, np.quantile(scores[benign], 1 - benign_share) + 1e-6)))
        recall = float((scores[y] >= threshold).mean())
        print(f"  {category:<14} threshold {threshold:.3f}  out-of-fold recall {100 * recall:5.1f}% "
              f"({int(y.sum())} positives), benign blocked {100 * (scores[benign] >= threshold).mean():.2f}%")
        model = fit(x, y)
        result.append((model.coef_[0].astype(np.float64), float(model.intercept_[0]), threshold))
    return result


def quantise(w):
    scale = float(np.abs(w).max() / 127) or 1.0
    return np.clip(np.round(w / scale), -127, 127).astype(np.int8), scale


def write_swift(variant):
    weights, scales = [], []
    for w, _, _ in variant:
        q, scale = quantise(w)
        weights.append(q)
        scales.append(scale)
    biases = [b for _, b, _ in variant]
    thresholds = [t for _, _, t in variant]
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
        f.write("    static let thresholds: [Double] = [" + ", ".join(f"{t:.4f}" for t in thresholds) + "]\n")
        f.write("    static let weightsBase64 = \"\"\"\n")
        for start in range(0, len(blob), 116):
            f.write("        " + blob[start:start + 116] + "\n")
        f.write("        \"\"\"\n}\n")
    print(f"wrote {os.path.relpath(out, ROOT)} ({len(blob) // 1024} KiB of base64)")


def predict(variant, x):
    blocked = np.zeros(x.shape[0], dtype=bool)
    for w, b, t in variant:
        blocked |= 1 / (1 + np.exp(-(x @ w + b))) >= t
    return blocked


def report(binary, variants):
    """`variants`: name → (trained variant, embedding weight or None for n-grams only)."""
    for name in REPORT_SETS:
        records = [json.loads(l) for l in open(os.path.join(ROOT, "tools/moderation", name), encoding="utf-8") if l.strip()]
        prompts = [r["prompt"] for r in records]
        labels = np.array([r["label"] for r in records])
        lexicons = np.array([json.loads(l)["verdict"] == "block" for l in run_ciel(binary, ["--without-classifier"], prompts)])
        ngrams = matrix(normalise(binary, prompts))
        for variant_name, (variant, weight) in variants.items():
            x = ngrams if weight is None else with_embeddings(ngrams, binary, prompts, weight)
            blocked = lexicons | predict(variant, x)
            print(f"{name:<18} {variant_name:<12} recall {100 * blocked[labels != 'benign'].mean():5.1f}%  "
                  f"false positives {100 * blocked[labels == 'benign'].mean():4.1f}%")


def encoder_installed(binary):
    probe = subprocess.run([binary, "moderate", "--print-embedding"], input="probe\n", capture_output=True, text=True)
    return probe.returncode == 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/ciel"))
    parser.add_argument("--report", action="store_true")
    parser.add_argument("--benign-share", type=float, default=THRESHOLD_BENIGN_SHARE)
    parser.add_argument("--embedding-weight", type=float, default=EMBEDDING_WEIGHT)
    args = parser.parse_args()
    rows = load_bank()
    prompts = [r[2] for r in rows]
    labels = np.array([r[0] for r in rows])
    print(f"bank: {len(rows)} prompts")
    ngrams = matrix(normalise(args.binary, prompts))
    print("n-grams:")
    ngram_only = train_variant(ngrams, labels, args.benign_share)
    if not args.report:
        write_swift(ngram_only)
        return
    variants = {"ngrams": (ngram_only, None)}
    if encoder_installed(args.binary):
        print(f"n-grams + {ENCODER_NAME}:")
        joint = with_embeddings(ngrams, args.binary, prompts, args.embedding_weight)
        variants["+" + ENCODER_NAME] = (train_variant(joint, labels, args.benign_share), args.embedding_weight)
    else:
        print(f"(no {ENCODER_NAME} in models/encoders: tools/moderation/install_encoder.sh installs it for the comparison)")
    report(args.binary, variants)

if __name__ == "__main__":
    main()
