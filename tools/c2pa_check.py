#!/usr/bin/env python3
"""Checks a C2PA-signed MP4 with the official reader (c2pa-python, i.e. c2pa-rs) -- Ciel's acceptance test.

Usage: c2pa_check.py FILE.mp4 [--trust CA.pem]

Prints a JSON summary on stdout and exits 0 only when all of these hold:
  * a manifest store with an active manifest exists;
  * validation_state is Valid or Trusted (Trusted is required with --trust);
  * no failure code remains after removing signingCredential.untrusted (allowed only without --trust);
  * the successes include claimSignature.validated, assertion.bmffHash.match and assertion.hashedURI.match;
  * an actions assertion has c2pa.created with the IPTC trainedAlgorithmicMedia digital source type.
Exit 1 when a check fails, 2 when the file has no manifest or cannot be read.
Needs: pip install c2pa-python (see tools/requirements-test.txt).
"""
import argparse
import json
import sys

import c2pa

TRAINED = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"


def codes(entries):
    return [e.get("code", "") for e in entries or []]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--trust", help="PEM file of trust anchors")
    args = parser.parse_args()

    settings = {"verify": {"ocsp_fetch": False, "remote_manifest_fetch": False}}
    if args.trust:
        with open(args.trust) as handle:
            settings["trust"] = {"user_anchors": handle.read()}
    try:
        context = c2pa.Context(settings=c2pa.Settings.from_dict(settings))
        with open(args.file, "rb") as stream:
            reader = c2pa.Reader("video/mp4", stream, context=context)
            store = json.loads(reader.json())
    except Exception as error:  # the reader raises for unsigned or unreadable files
        print(json.dumps({"ok": False, "error": f"{type(error).__name__}: {error}"}))
        return 2

    results = store.get("validation_results", {}).get("activeManifest", {})
    failures = codes(results.get("failure")) + codes(store.get("validation_status"))
    failures = sorted(set(failures))
    successes = codes(results.get("success"))
    state = store.get("validation_state")
    active = store.get("manifests", {}).get(store.get("active_manifest", ""), {})
    actions = []
    for assertion in active.get("assertions", []):
        if assertion.get("label", "").startswith("c2pa.actions"):
            actions += assertion.get("data", {}).get("actions", [])

    allowed = set() if args.trust else {"signingCredential.untrusted"}
    problems = []
    if not active:
        problems.append("no active manifest")
    if [code for code in failures if code not in allowed]:
        problems.append("unexpected failure codes")
    if state not in (("Trusted",) if args.trust else ("Valid", "Trusted")):
        problems.append(f"validation_state {state}")
    for needed in ("claimSignature.validated", "assertion.bmffHash.match", "assertion.hashedURI.match"):
        if needed not in successes:
            problems.append(f"missing success {needed}")
    if not any(a.get("action") == "c2pa.created" and a.get("digitalSourceType") == TRAINED for a in actions):
        problems.append("no c2pa.created action with trainedAlgorithmicMedia")

    print(json.dumps({
        "ok": not problems, "problems": problems, "validation_state": state, "failure_codes": failures,
        "success_codes": sorted(set(successes)), "actions": actions,
        "informational_codes": sorted(set(codes(results.get("informational")))),
        "claim_generator_info": active.get("claim_generator_info"), "sdk_version": c2pa.sdk_version(),
    }, indent=1))
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
