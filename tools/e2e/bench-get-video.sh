#!/usr/bin/env bash
# Measures GET /v1/videos/{id} throughput and latency with wrk (32 connections on loopback).
# Usage: tools/e2e/bench-get-video.sh [path/to/ciel] [seconds]
# Starts `ciel serve --fake-engine` on a free port with a temporary data directory, creates a key and one video,
# then runs wrk and prints its report. Needs wrk, curl and python3.
set -euo pipefail
CIEL="${1:-.build/release/ciel}"
DURATION="${2:-20}"
DATA="$(mktemp -d /tmp/ciel-bench.XXXXXX)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
KEY="$("$CIEL" keys create --name bench --data-dir "$DATA" | tail -1)"
"$CIEL" serve --port "$PORT" --data-dir "$DATA" --fake-engine --fake-job-seconds 0.2 >"$DATA/serve.log" 2>&1 &
SERVER=$!
trap 'kill -TERM $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
ID="$(curl -sf -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
    -d '{"prompt":"benchmark"}' "http://127.0.0.1:$PORT/v1/videos" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
sleep 3  # let the fake job finish so the GETs read a completed video
wrk -t2 -c32 -d"${DURATION}s" --latency -H "Authorization: Bearer $KEY" "http://127.0.0.1:$PORT/v1/videos/$ID"
