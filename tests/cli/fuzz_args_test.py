#!/usr/bin/env python3
"""Fuzzes the three command lines — `parlab run`, `parlab figure` and the window's start-up
options — with seeded, generated argument vectors (issue 10). Every vector must end in one of:
exit 0 having done its work, or exit 2 with exactly one line on stderr ("parlab: …", no raw
control bytes) and nothing done. A crash signal, a hang (no exit within the per-run limit) or
any other outcome fails the test, and the failing vector is printed so it can be replayed.

Vectors are cheap by construction: small ranges and sample counts, --quick figures, and window
runs that end themselves with --run --screenshot; most are rejected before any work.

Usage: fuzz_args_test.py PARLAB run|figure|gui [COUNT] [SEED]
"""
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import random
import subprocess
import sys
import tempfile

HANG_SECONDS = 60  # far above any vector's cost (≤ a few seconds): only a hang reaches it

JUNK = ["--bogus", "-x", "--", "-", "", "=", "--=1", "--json=1", "--quick=yes", "\x1b[31mred", "\x9b2J", "π",
        "\ud7ff", "--to", "--from", "--out", "--samples=", "--workers=0", "1e3", "--lab", "--run", "--sweep",
        "workers", "--help=no", "--version=1", "x" * 300, "--list"]


def pick(rng, values):
    return rng.choice(values)


def mutate(rng, args):
    """0–3 edits: insert junk, duplicate, delete, swap, or turn a value into an option."""
    args = list(args)
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        op = rng.randrange(5)
        if op == 0 or not args:
            args.insert(rng.randrange(len(args) + 1), pick(rng, JUNK))
        elif op == 1:
            i = rng.randrange(len(args))
            args.insert(rng.randrange(len(args) + 1), args[i])
        elif op == 2:
            del args[rng.randrange(len(args))]
        elif op == 3 and len(args) > 1:
            i, j = rng.sample(range(len(args)), 2)
            args[i], args[j] = args[j], args[i]
        else:
            args[rng.randrange(len(args))] = pick(rng, ["--json", "--quick", "--run", "--workers", "--to"])
    return args


def pairs(rng, table, chance=0.4):
    """Options as (name[, value]) groups in random order, each group kept together."""
    groups = []
    for name, values in table.items():
        if rng.random() < chance:
            v = pick(rng, values)
            if v is None:
                groups.append([name])
            elif rng.random() < 0.2:
                groups.append([f"{name}={v}"])
            else:
                groups.append([name, v])
    rng.shuffle(groups)
    return [a for g in groups for a in g]


def ensure(args, name, value):
    """Keeps a vector cheap: a size option nobody mentioned gets a small value."""
    if not any(a == name or a.startswith(name + "=") for a in args):
        args += [name, value]
    return args


PI = {"--samples": ["1", "1e3", "2.5e3", "0", "-5", "1e30", "1.5", "abc", "", " 5", "0x10"],
      "--workers": ["1", "2", "3", "0", "257", "x"],
      "--blocks": ["1", "2", "5", "0", "2e7", "auto"],
      "--seed": ["0", "7", "18446744073709551615", "18446744073709551616", "-1"],
      "--kernel": ["scalar", "batched", "simd"], "--seeding": ["independent", "identical", "both"],
      "--backend": ["tbb", "gil-threads", "processes", "cuda"],
      "--switch-interval": ["5", "0.5", "0.001", " 5", "0x1p3", "inf", "1e1"], "--json": [None]}
PRIMES = {"--from": ["1", "100", "1e3", "10", "0", "-1", "1e16"], "--to": ["100", "1000", "2e3", "5", "1e16"],
          "--workers": ["1", "2", "3", "0"], "--schedule": ["static", "chunked", "auto", "queue", "dynamic"],
          "--chunksize": ["0", "1", "10", "abc"], "--grainsize": ["0", "5", "-2"],
          "--order": ["natural", "shuffled", "costliest", "random"], "--seed": ["1", "x"],
          "--kernel": ["scalar", "batched", "simd"],
          "--backend": ["tbb", "gil-threads", "processes"], "--switch-interval": ["5", "nan"], "--json": [None]}


def gen_run(rng, tmp):
    what = pick(rng, ["pi"] * 5 + ["primes"] * 5 + ["banana", "--help", ""])
    args = mutate(rng, [what] + pairs(rng, PI if what != "primes" else PRIMES))
    if what == "primes":
        ensure(args, "--from", "1")
        ensure(args, "--to", "1000")
    else:
        ensure(args, "--samples", "1e3")
    return ["run"] + args


def gen_figure(rng, tmp):
    table = {"--out": [f"{tmp}/a.png", f"{tmp}/b.jpg", f"{tmp}/c.svg", f"{tmp}/d.gif", f"{tmp}/no/x.png", tmp, ""],
             "--csv": [f"{tmp}/a.csv", f"{tmp}/no/a.csv"],
             "--size": ["480x362", "640x480", "320x240", "10x", "8001x100", "abc"],
             "--no-cache": [None], "--book": [None], "--no-footer": [None],
             "--workers": ["1", "2", "0", "x"], "--samples": ["1e4", "0", "5"], "--from": ["10000", "x"],
             "--to": ["20000", "5"]}
    name = pick(rng, ["prime-cost"] * 4 + ["worker-load", "cpu-timeline", "nope", "--list"])
    args = mutate(rng, [name] + pairs(rng, table))
    ensure(args, "--out", f"{tmp}/a.png")
    # A range given on one side only keeps the preset's other end (10^8 for some figures): a
    # valid but minutes-long measurement. Give the other side too, small.
    if any(a.startswith("--from") for a in args):
        ensure(args, "--to", "20000")
    if any(a.startswith("--to") for a in args):
        ensure(args, "--from", "10000")
    if "--list" not in args and "--quick" not in args:
        args.append("--quick")
    return ["figure"] + args


def gen_gui(rng, tmp):
    lab = pick(rng, ["pi", "pi", "primes", "primes", "figures", "chemistry"])
    table = {"pi": {"--samples": ["1e3", "5", "0", "1e12"], "--workers": ["1", "2", "0"],
                    "--blocks": ["1", "3", "2e7"], "--seed": ["1", "x"], "--kernel": ["scalar", "nope"],
                    "--backend": ["tbb", "gil-threads", "x"], "--from": ["5"]},
             "primes": {"--from": ["1", "10", "x"], "--to": ["5", "1000", "1e16"], "--workers": ["1", "2"],
                        "--chunksize": ["0", "7"], "--schedule": ["static", "dynamic"], "--order": ["shuffled"],
                        "--samples": ["1e3"]},
             "figures": {"--figure": ["worker-load", "nope"], "--workers": ["2"]}}.get(lab, {"--workers": ["1"]})
    args = ["--lab", lab] + pairs(rng, table) + ["--run", "--screenshot", f"{tmp}/shot.png"]
    args = mutate(rng, args)
    if lab == "pi":
        ensure(args, "--samples", "1e3")
    elif lab == "primes":
        ensure(args, "--from", "1")
        ensure(args, "--to", "1000")
    return args


MEASUREMENT_WARNINGS = (b"parlab: warning: the machine was busy", b"between repeats (up to")


def check_one(parlab, args, env, tmp):
    """('' or what was wrong, exit code or 'hang'/'signal')."""
    for f in ("a.png", "b.jpg", "c.svg", "shot.png"):
        if os.path.exists(os.path.join(tmp, f)):
            os.remove(os.path.join(tmp, f))
    try:
        r = subprocess.run([parlab.encode()] + [a.encode("utf-8", "surrogatepass") for a in args],
                           capture_output=True, timeout=HANG_SECONDS, env=env)
    except subprocess.TimeoutExpired:
        return f"no exit within {HANG_SECONDS} s (hang)", "hang"
    if r.returncode < 0:
        return f"killed by signal {-r.returncode}; stderr {r.stderr[-300:]!r}", "signal"
    if r.returncode == 2:
        lines = r.stderr.split(b"\n")
        if len(lines) != 2 or lines[1] != b"" or not lines[0].startswith(b"parlab: "):
            return f"exit 2 but stderr is not one 'parlab: ' line: {r.stderr!r}", r.returncode
        if any(b < 0x20 or b == 0x7F for b in lines[0]) or b"\xc2\x9b" in lines[0] or b"\x9b" in lines[0]:
            return f"raw control bytes on stderr: {r.stderr!r}", r.returncode
        if r.stdout:
            return f"exit 2 with output on stdout: {r.stdout!r}", r.returncode
        return "", r.returncode
    if r.returncode == 0:
        # A measurement's true report about the machine it ran on (a busy CI host, repeats that
        # disagree) is the one thing a successful headless command may say on stderr.
        rest = [l for l in r.stderr.split(b"\n") if l and not any(w in l for w in MEASUREMENT_WARNINGS)]
        if args[:1] in (["run"], ["figure"]) and rest:
            return f"exit 0 but a headless command wrote to stderr: {r.stderr[-300:]!r}", r.returncode
        if args[:1] == ["run"] and not r.stdout and "--help" not in args and "-h" not in args:
            return "exit 0 without output", r.returncode
        if args[:1] == ["figure"] and "--list" not in args and "--help" not in args and b"wrote" not in r.stdout:
            return f"exit 0 without 'wrote': {r.stdout!r}", r.returncode
        if args[:1] not in (["run"], ["figure"]) and "--help" not in args and "--version" not in args \
                and not os.path.exists(os.path.join(tmp, "shot.png")):
            return "exit 0 without the screenshot", r.returncode
        return "", r.returncode
    return f"exit {r.returncode}; stderr {r.stderr!r}", r.returncode


def main():
    if len(sys.argv) < 3 or sys.argv[2] not in ("run", "figure", "gui"):
        print(__doc__, file=sys.stderr)
        return 2
    parlab, which = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 150
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 20261130
    rng = random.Random(f"{which}-{seed}")
    gen = {"run": gen_run, "figure": gen_figure, "gui": gen_gui}[which]
    failures, outcomes = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PARLAB_CACHE_DIR=os.path.join(tmp, "cache"), QT_QPA_PLATFORM="offscreen")
        env.pop("XDG_RUNTIME_DIR", None)
        for i in range(count):
            args = gen(rng, tmp)
            problem, code = check_one(parlab, args, env, tmp)
            outcomes[code] = outcomes.get(code, 0) + 1
            if problem:
                failures.append(f"#{i} parlab {' '.join(repr(a) for a in args)}: {problem}")
    print(f"{which}: {count} vectors (seed {seed}), exit codes {dict(sorted(outcomes.items(), key=str))}, "
          f"{len(failures)} failed")
    for f in failures:
        print("FAIL", f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
