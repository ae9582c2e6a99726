#!/usr/bin/env python3
"""Guided lessons from the command line (issue 13): `parlab lessons --list`, a bad `--lesson`, and
every lesson opened, run headless at its quick sizes and saved as a PNG.

Usage: lessons_test.py PARLAB CASE   (CASE: list | bad_lesson | every_lesson_screenshot | user_folder)
"""
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import pathlib
import struct
import subprocess
import sys
import tempfile


def environment(tmp):
    # A fresh cache and user folder: the lessons and measurements seen are parlab's own.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PARLAB_CACHE_DIR=str(tmp / "cache"),
               XDG_DATA_HOME=str(tmp / "data"), LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.pop("XDG_RUNTIME_DIR", None)
    return env


def run(args, env, timeout=120):
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, env=env)


def lesson_ids(parlab, env):
    r = run([parlab, "lessons", "--list"], env)
    assert r.returncode == 0, r.stderr
    return [line.split("\t")[0] for line in r.stdout.splitlines()]


def png_size(path):
    data = pathlib.Path(path).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def case_list(parlab, env):
    r = run([parlab, "lessons", "--list"], env)
    assert r.returncode == 0 and r.stderr == "", (r.returncode, r.stderr)
    rows = [line.split("\t") for line in r.stdout.splitlines()]
    assert all(len(row) == 2 and row[0] and row[1] for row in rows), rows
    ids = [row[0] for row in rows]
    # The chapter in order: at least the lessons issue 13 names, in that order.
    wanted = ["darts", "gil", "hyperthreads", "numpy-gil", "seeding", "prime-cost", "chunksize", "shuffling",
              "chunk-count", "queues", "caching"]
    assert [i for i in ids if i in wanted] == wanted, ids
    for bad in (["lessons"], ["lessons", "--list", "--what"], ["lessons", "extra"]):
        r = run([parlab, *bad], env)
        assert r.returncode == 2 and len(r.stderr.splitlines()) == 1 and r.stderr.startswith("parlab: "), (bad, r)
    r = run([parlab, "lessons", "--help"], env)
    assert r.returncode == 0 and "parlab lessons --list" in r.stdout, r
    r = run([parlab, "--help"], env)
    assert "--lesson ID" in r.stdout and "lessons --list" in r.stdout, r.stdout


def case_bad_lesson(parlab, env):
    ids = lesson_ids(parlab, env)
    r = run([parlab, "--lesson", "no-such-lesson"], env)
    assert r.returncode == 2 and len(r.stderr.splitlines()) == 1, r
    assert "--lesson" in r.stderr and all(i in r.stderr for i in ids), r.stderr
    for args in (["--quick"], ["--lesson", ids[0], "--workers", "2"], ["--lesson", ids[0], "--run"],
                 ["--lesson", ids[0], "--lab", "pi"], ["--lesson"],
                 ["--lesson", ids[0], "--screenshot", "/nonexistent/x.png"]):
        r = run([parlab, *args], env)
        assert r.returncode == 2 and len(r.stderr.splitlines()) == 1 and r.stderr.startswith("parlab: "), (args, r)


def case_every_lesson_screenshot(parlab, env, tmp):
    ids = lesson_ids(parlab, env)
    assert len(ids) >= 11, ids
    failures = []
    for i in ids:
        out = tmp / f"{i}.png"
        r = run([parlab, "--lesson", i, "--quick", "--screenshot", str(out)], env, timeout=240)
        if r.returncode != 0 or not out.exists():
            failures.append(f"{i}: exit {r.returncode}, stderr {r.stderr!r}")
            continue
        w, h = png_size(out)
        if w < 640 or h < 480:
            failures.append(f"{i}: a {w}x{h} picture")
    assert not failures, "\n".join(failures)


def case_user_folder(parlab, env, tmp):
    folder = tmp / "data" / "parlab" / "parlab" / "lessons" / "en"
    folder.mkdir(parents=True)
    (folder / "50-extra.md").write_text("---\nid: extra\ntitle: A teacher's own\npage: pi\n"
                                        "settings: workers=1 samples=1e4\naction: run\n---\nText.\n")
    (folder / "51-broken.md").write_text("no header at all\n")
    r = run([parlab, "lessons", "--list"], env)
    assert r.returncode == 0, r
    assert "extra\tA teacher's own" in r.stdout.splitlines(), r.stdout
    assert len(r.stderr.splitlines()) == 1 and "51-broken.md" in r.stderr, r.stderr
    out = tmp / "extra.png"
    r = run([parlab, "--lesson", "extra", "--screenshot", str(out)], env)
    assert r.returncode == 0 and png_size(out)[0] > 0, r
    # A lesson whose value the lab refuses: one line naming it, exit 1 (the run could not start).
    (folder / "52-refused.md").write_text("---\nid: refused\ntitle: Refused\npage: pi\n"
                                          "settings: workers=0\naction: run\n---\n")
    r = run([parlab, "--lesson", "refused", "--screenshot", str(tmp / "refused.png")], env)
    assert r.returncode == 1 and len(r.stderr.splitlines()) == 1 and "refused" in r.stderr, r


def main():
    parlab, case = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as d:
        tmp = pathlib.Path(d)
        env = environment(tmp)
        if case == "list":
            case_list(parlab, env)
        elif case == "bad_lesson":
            case_bad_lesson(parlab, env)
        elif case == "every_lesson_screenshot":
            case_every_lesson_screenshot(parlab, env, tmp)
        elif case == "user_folder":
            case_user_folder(parlab, env, tmp)
        else:
            raise SystemExit(f"unknown case {case}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
