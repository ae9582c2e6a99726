#!/usr/bin/env python3
"""Runs `parlab figure` headless: --list, a PNG of the requested size plus its CSV, the cache, and
one-line errors with exit code 2 that leave no file behind.

Usage: figure_test.py PARLAB CASE
"""
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import resource
import signal
import stat
import struct
import subprocess
import sys
import tempfile

PARLAB = ""
DESIGN_IDS = ["darts", "time-vs-workers", "speedup", "cpu-timeline", "prime-cost", "primes-to-n",
              "chunksize", "chunk-count", "worker-load", "queue-cost"]


# Lines a measurement adds when the machine was busy or its repeats disagree: true reports about
# the machine the test ran on (a shared CI host often is busy), not noise from parlab itself.
MEASUREMENT_WARNINGS = ("parlab: warning: the machine was busy", "between repeats (up to")


def run(*args, env=None, timeout=300, keep_measurement_warnings=False):
    r = subprocess.run([PARLAB, "figure", *args], capture_output=True, text=True, timeout=timeout, env=env)
    if not keep_measurement_warnings:
        kept = [l for l in r.stderr.splitlines(keepends=True) if not any(w in l for w in MEASUREMENT_WARNINGS)]
        r.stderr = "".join(kept)
    return r


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


def case_workers_numbered_from_one():
    # People count workers from 1: the worker-load CSV says 1…n, as its bars do.
    with tempfile.TemporaryDirectory() as tmp:
        env = env_with_cache(tmp)
        png, csv = os.path.join(tmp, "load.png"), os.path.join(tmp, "load.csv")
        r = run("worker-load", "--quick", "--workers", "3", "--from", "1", "--to", "30000", "--out", png,
                "--csv", csv, env=env)
        check(r.returncode == 0, f"exit {r.returncode}: {r.stderr}")
        with open(csv) as f:
            table = [l for l in f.read().splitlines() if not l.startswith("#")]
        check(table[0].startswith("series,x,y"), table[:1])
        checked = [row.split(",") for row in table[1:] if row.startswith("numbers checked,")]
        check([row[1] for row in checked] == ["1", "2", "3"], table)
        check(sum(int(float(row[2])) for row in checked) == 30000, "numbers checked do not add up")


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
            # Issue 10, item 7.
            (["chunk-count", "--out", "--no-cache"], "--out needs a value"),
            (["chunk-count", "--out", out, "--quick", "--quick"], "--quick is given twice"),
            (["--list", "--bogus"], "--bogus"),
            (["--list", "chunk-count"], "--list"),
            (["chunk-count", "--out", os.path.join(tmp, "x.gif")], "--out"),
            (["chunk-count", "--out", out, "--size", "320x240"], "at least"),
            (["chunk-count", "--out", out, "--size", " 900x600"], "--size"),
            (["chunk-count", "--out", out, "--csv", out], "--csv"),
            (["chunk-count", "--out", tmp], "--out"),
        ]
        for args, named in bad:
            r = run(*args, env=env)
            check(r.returncode == 2, f"{args}: exit {r.returncode}")
            lines = [l for l in r.stderr.splitlines() if l.startswith("parlab:")]
            check(len(lines) == 1 and named in lines[0], f"{args}: stderr {r.stderr!r}")
            check(not os.path.exists(out), f"{args} left {out} behind")



def quick(*args, env):
    """A cheap figure: the quick prime-cost preset on a small range."""
    return run("prime-cost", "--quick", "--from", "10000", "--to", "20000", *args, env=env, timeout=120)


def one_error_line(r):
    lines = [l for l in r.stderr.splitlines() if not any(w in l for w in MEASUREMENT_WARNINGS)]
    return len(lines) == 1 and lines[0].startswith("parlab: ")


def make_device(folder, name, major, minor, fallback):
    """A character device node of our own (root may replace a real one if the bug is back); else
    the real one, which an ordinary user cannot replace."""
    path = os.path.join(folder, name)
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(major, minor))
        return path
    except PermissionError:
        check(os.geteuid() != 0, "root without CAP_MKNOD: cannot test device nodes safely")
        return fallback


def case_special_files():
    with tempfile.TemporaryDirectory() as tmp:
        env = env_with_cache(tmp)
        full = make_device(tmp, "full", 1, 7, "/dev/full")
        null = make_device(tmp, "null", 1, 3, "/dev/null")
        # /dev/full: written in place, ENOSPC is a failure (exit 1), the node stays a device.
        for args in (["--out", full], ["--out", os.path.join(tmp, "ok.png"), "--csv", full]):
            r = quick(*args, env=env)
            check(r.returncode == 1 and one_error_line(r) and "No space left" in r.stderr,
                  f"{args}: exit {r.returncode}, stderr {r.stderr!r}, stdout {r.stdout!r}")
            check(stat.S_ISCHR(os.stat(full).st_mode), f"{full} is no longer a device node")
        # /dev/null takes both and stays a device.
        r = quick("--out", null, "--csv", null, env=env)
        check(r.returncode == 0, f"null: exit {r.returncode}: {r.stderr!r}")
        check(stat.S_ISCHR(os.stat(null).st_mode), f"{null} is no longer a device node")
        # A FIFO nobody reads: refused at once (no hang), left a FIFO.
        fifo = os.path.join(tmp, "fifo")
        os.mkfifo(fifo)
        r = quick("--out", fifo, env=env)
        check(r.returncode == 1 and one_error_line(r) and "FIFO" in r.stderr, f"fifo: {r.returncode} {r.stderr!r}")
        check(stat.S_ISFIFO(os.stat(fifo).st_mode), "the FIFO was replaced")
        # A FIFO with a reader gets the PNG through it.
        reader = subprocess.Popen(["cat", fifo], stdout=subprocess.PIPE)
        r = quick("--out", fifo, env=env)
        data = reader.communicate(timeout=60)[0]
        check(r.returncode == 0, f"fifo with reader: exit {r.returncode}: {r.stderr!r}")
        check(data.startswith(b"\x89PNG") and data.endswith(b"IEND\xaeB`\x82"), "no whole PNG through the FIFO")
        check(stat.S_ISFIFO(os.stat(fifo).st_mode), "the FIFO was replaced")
        check(sorted(os.listdir(tmp)) == sorted(set(os.listdir(tmp))) and
              not [f for f in os.listdir(tmp) if ".parlab-" in f], f"temporary files left: {os.listdir(tmp)}")


def case_full_disk():
    """RLIMIT_FSIZE as a full disk: the write fails (EFBIG) and that is exit 1, not 'wrote'."""
    with tempfile.TemporaryDirectory() as tmp:
        env = env_with_cache(tmp)
        out = os.path.join(tmp, "a.png")
        # --no-cache: the limit is for the whole process and the cache database is larger than it.

        def limit():
            signal.signal(signal.SIGXFSZ, signal.SIG_DFL)  # parlab must ignore it by itself
            resource.setrlimit(resource.RLIMIT_FSIZE, (16384, 16384))

        r = subprocess.run([PARLAB, "figure", "prime-cost", "--quick", "--from", "10000", "--to", "20000",
                            "--no-cache", "--out", out], capture_output=True, text=True, timeout=120, env=env,
                           preexec_fn=limit)
        check(r.returncode == 1 and one_error_line(r), f"exit {r.returncode}: {r.stderr!r} {r.stdout!r}")
        check("wrote" not in r.stdout, r.stdout)
        check(not os.path.exists(out), "a cut-off file was left behind")
        check(not [f for f in os.listdir(tmp) if ".parlab-" in f], f"temporary files left: {os.listdir(tmp)}")
        # An existing file is left as it was when the new one does not fit.
        with open(out, "wb") as f:
            f.write(b"old")
        r = subprocess.run([PARLAB, "figure", "prime-cost", "--quick", "--from", "10000", "--to", "20000",
                            "--no-cache", "--out", out], capture_output=True, text=True, timeout=120, env=env,
                           preexec_fn=limit)
        check(r.returncode == 1, f"exit {r.returncode}")
        with open(out, "rb") as f:
            check(f.read() == b"old", "the old file was damaged")


def case_size_and_format():
    with tempfile.TemporaryDirectory() as tmp:
        env = env_with_cache(tmp)
        # The smallest size the figure can be laid out at is honoured exactly; smaller is refused
        # (above, in bad_arguments) before measuring.
        png = os.path.join(tmp, "a.png")
        small = quick("--out", png, "--size", "100x100", env=env)
        m = re.search(r"at least (\d+)x(\d+)", small.stderr)
        check(small.returncode == 2 and m is not None, f"{small.stderr!r}")
        w, h = int(m.group(1)), int(m.group(2))
        r = quick("--out", png, "--size", f"{w}x{h}", env=env)
        check(r.returncode == 0 and png_size(png) == (w, h), f"{r.stderr!r} {png_size(png)} for {w}x{h}")
        jpg = os.path.join(tmp, "a.jpg")
        r = quick("--out", jpg, "--size", "640x480", env=env)
        with open(jpg, "rb") as f:
            check(r.returncode == 0 and f.read(3) == b"\xff\xd8\xff", f"{jpg} is not a JPEG: {r.stderr!r}")
        svg = os.path.join(tmp, "a.svg")
        r = quick("--out", svg, env=env)
        with open(svg, "rb") as f:
            head = f.read(400)
        check(r.returncode == 0 and b"<svg" in head, f"{svg} is not an SVG: {r.stderr!r} {head[:80]!r}")


def case_quiet_stderr():
    """A headless command prints only its own lines, even without XDG_RUNTIME_DIR."""
    with tempfile.TemporaryDirectory() as tmp:
        env = env_with_cache(tmp)
        env.pop("XDG_RUNTIME_DIR", None)
        r = quick("--out", os.path.join(tmp, "a.png"), env=env)
        check(r.returncode == 0 and r.stderr == "", f"exit {r.returncode}, stderr {r.stderr!r}")


CASES = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}

if __name__ == "__main__":
    PARLAB = sys.argv[1]
    selected = CASES if sys.argv[2] == "all" else {sys.argv[2]: CASES[sys.argv[2]]}
    for name, fn in selected.items():
        fn()
        print(f"ok {name}")
