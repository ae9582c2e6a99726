#!/usr/bin/env python3
"""The window's start-up options follow the same parser and rules as `parlab run` (issue 10,
item 7): the same bad value gets the same one-line message and exit 2, before any window exists.

Usage: gui_options_test.py PARLAB
"""
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import subprocess
import sys

# (lab, `parlab run` experiment, the settings): rejected by both, with the same sentence.
SAME = [
    ("primes", "primes", ["--from", "10", "--to", "5"]),
    ("primes", "primes", ["--to", "--from", "5"]),
    ("primes", "primes", ["--schedule", "dynamic"]),
    ("primes", "primes", ["--to", "1e16"]),
    ("pi", "pi", ["--workers", "0"]),
    ("pi", "pi", ["--workers", " 2"]),
    ("pi", "pi", ["--samples", "1e12"]),
    ("pi", "pi", ["--samples", "10", "--blocks", "11"]),
    ("pi", "pi", ["--kernel", "simd"]),
    ("pi", "pi", ["--seed", "\x1b[2J"]),
]


def run(args, env):
    return subprocess.run(args, capture_output=True, text=True, timeout=60, env=env)


def main():
    parlab = sys.argv[1]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("XDG_RUNTIME_DIR", None)
    failures = []
    for lab, experiment, settings in SAME:
        gui = run([parlab, "--lab", lab, *settings, "--run"], env)
        cli = run([parlab, "run", experiment, *settings], env)
        if gui.returncode != 2 or len(gui.stderr.splitlines()) != 1:
            failures.append(f"window {settings}: exit {gui.returncode}, stderr {gui.stderr!r}")
        elif gui.stderr != cli.stderr:
            failures.append(f"{settings}: window says {gui.stderr!r}, parlab run says {cli.stderr!r}")
    # Window-only mistakes are one line and exit 2 as well.
    for args in (["--lab", "pi", "--from", "5"], ["--run", "--sweep", "workers"], ["--screenshot", "x.png"],
                 ["--screenshot", "--run"], ["--lab", "chemistry"], ["stray"], ["--lab", "pi", "--sweep", "chunks"],
                 ["--lab", "figures", "--figure", "nope"], ["--run", "--screenshot", "/nonexistent/x.png"]):
        r = run([parlab, *args], env)
        if r.returncode != 2 or len(r.stderr.splitlines()) != 1 or not r.stderr.startswith("parlab: "):
            failures.append(f"window {args}: exit {r.returncode}, stderr {r.stderr!r}")
    for f in failures:
        print("FAIL", f, file=sys.stderr)
    print(f"{len(SAME)} shared rules, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
