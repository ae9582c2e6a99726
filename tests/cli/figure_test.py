#!/usr/bin/env python3
"""Runs `parlab figure` headless: --list, a PNG of the requested size plus its CSV, the cache, and
one-line errors with exit code 2 that leave no file behind.

Usage: figure_test.py PARLAB CASE
"""
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import struct
import subprocess
import sys
import tempfile

PARLAB = ""
DESIGN_IDS = ["darts", "time-vs-workers", "speedup", "cpu-timeline", "prime-cost", "primes-to-n",
              "chunksize", "chunk-count", "worker-load", "queue-cost"]


def run(*args, env=None, timeout=300):
    return subprocess.run([PARLAB, "figure", *args], capture_output=True, text=True, timeout=timeout, env=env)


def check(cond, message):
    if not cond:
        raise AssertionError(message)


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    check(head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG")
    return struct.unpack(">II", head[16:24])


def env_with_cache(folder):
    env = dict(os.environ)
    env["PARLAB_CACHE_DIR"] = folder
    env.pop("DISPLAY", None)  # the program must go headless by itself
    env.pop("QT_QPA_PLATFORM", None)
    return env


def case_list():
    r = run("--list")
    check(r.returncode == 0, r.stderr)
    ids = [line.split()[0] for line in r.stdout.splitlines() if line.strip()]
    check(ids == DESIGN_IDS, f"figure ids: {ids}")


def case_png_csv_and_cache():
    with tempfile.TemporaryDirectory() as tmp:
        env = env_with_cache(tmp)
        png, csv = os.path.join(tmp, "cost.png"), os.path.join(tmp, "cost.csv")
        args = ("prime-cost", "--quick", "--from", "10000", "--to", "60000", "--size", "900x600",
                "--out", png, "--csv", csv)
        r = run(*args, env=env)
        check(r.returncode == 0, f"exit {r.returncode}: {r.stderr}")
        check("measured in" in r.stdout, r.stdout)
        check(png_size(png) == (900, 600), f"size {png_size(png)}")
        with open(csv) as f:
            lines = f.read().splitlines()
        check(lines[0] == "# prime-cost" and "parlab" in lines[1], lines[:2])
        rows = [l for l in lines if l.startswith(("primes,", "composites,"))]
        check(len(rows) > 1000, f"{len(rows)} point rows")
        # A second request is served from the cache: the same data, no measurement.
        os.remove(png)
        r2 = run(*args, env=env)
        check(r2.returncode == 0 and "cached, measured" in r2.stdout, r2.stdout + r2.stderr)
        with open(csv) as f:
            check(f.read().splitlines()[2:] == lines[2:], "cached CSV differs from the measured one")
        # --no-cache measures again.
        r3 = run(*args, "--no-cache", env=env)
        check(r3.returncode == 0 and "measured in" in r3.stdout, r3.stdout)


def case_darts_quiet():
    # A headless command prints only its own lines: no Qt warnings (the dart board's layout once
    # pushed its minimum onto the offscreen window: "does not support propagateSizeHints()").
    with tempfile.TemporaryDirectory() as tmp:
        env = env_with_cache(tmp)
        runtime = os.path.join(tmp, "runtime")
        os.mkdir(runtime, 0o700)  # a proper runtime folder, so Qt has nothing to say about it
        env["XDG_RUNTIME_DIR"] = runtime
        for attempt in ("measured", "cached"):
            r = run("darts", "--quick", "--out", os.path.join(tmp, "d.png"), env=env)
            check(r.returncode == 0, f"{attempt}: exit {r.returncode}: {r.stderr}")
            check(r.stderr == "", f"{attempt}: stderr {r.stderr!r}")
            check(r.stdout.startswith("parlab: wrote"), f"{attempt}: stdout {r.stdout!r}")


def case_bad_arguments():
    with tempfile.TemporaryDirectory() as tmp:
        env = env_with_cache(tmp)
        out = os.path.join(tmp, "x.png")
        bad = [
            (["nope", "--out", out], "unknown figure"),
            (["chunk-count", "--out", "/nonexistent-folder/x.png"], "--out"),
            (["chunk-count", "--out", out, "--size", "10x"], "--size"),
            (["chunk-count", "--out", out, "--size", "100000x20"], "--size"),
            (["chunk-count", "--out", out, "--samples", "5"], "--samples"),
            (["chunk-count", "--out", out, "--workers", "0"], "--workers"),
            (["chunk-count", "--bogus"], "--bogus"),
            (["chunk-count"], "--out"),
            (["chunk-count", "--out"], "--out"),
        ]
        for args, named in bad:
            r = run(*args, env=env)
            check(r.returncode == 2, f"{args}: exit {r.returncode}")
            lines = [l for l in r.stderr.splitlines() if l.startswith("parlab:")]
            check(len(lines) == 1 and named in lines[0], f"{args}: stderr {r.stderr!r}")
            check(not os.path.exists(out), f"{args} left {out} behind")


CASES = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}

if __name__ == "__main__":
    PARLAB = sys.argv[1]
    selected = CASES if sys.argv[2] == "all" else {sys.argv[2]: CASES[sys.argv[2]]}
    for name, fn in selected.items():
        fn()
        print(f"ok {name}")
