#!/usr/bin/env python3
"""`parlab` speaks Korean under a Korean locale or --lang ko: help, usage errors (still exit 2,
one line naming the option), and English again with --lang en. Runs with a temporary settings
folder, so a language saved by the window on this machine cannot leak in.

Usage: i18n_test.py PARLAB
"""
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import subprocess
import sys
import tempfile

HANGUL = re.compile("[\uac00-\ud7a3]")


def run(parlab, args, lang, config):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update({"LANG": lang, "XDG_CONFIG_HOME": config, "QT_QPA_PLATFORM": "offscreen"})
    return subprocess.run([parlab, *args], capture_output=True, text=True, timeout=60, env=env)


def main(argv):
    parlab = argv[1]
    failures = []

    def check(cond, what, r):
        if not cond:
            failures.append(f"{what}: exit {r.returncode}, stdout {r.stdout[:200]!r}, stderr {r.stderr!r}")

    with tempfile.TemporaryDirectory() as config:
        ko, c = "ko_KR.UTF-8", "C.UTF-8"
        for args in (["--help"], ["run", "--help"], ["figure", "--help"]):
            r = run(parlab, args, ko, config)
            check(r.returncode == 0 and HANGUL.search(r.stdout), f"LANG={ko} parlab {' '.join(args)} is Korean", r)
            r = run(parlab, args, c, config)
            check(r.returncode == 0 and not HANGUL.search(r.stdout) and "Usage" in r.stdout,
                  f"LANG={c} parlab {' '.join(args)} is English", r)
            r = run(parlab, [*args, "--lang", "ko"] if args[0] != "--help" else ["--lang", "ko", "--help"], c, config)
            check(r.returncode == 0 and HANGUL.search(r.stdout), f"--lang ko {' '.join(args)} is Korean", r)

        # Usage errors: Korean, one line, the option named, exit 2 — from the core, the run and figure
        # command lines and the window's start-up options.
        for args, option in ((["run", "pi", "--workers", "0"], "--workers"),
                             (["run", "primes", "--from", "10", "--to", "5"], "--from"),
                             (["run", "pi", "--bogus"], "--bogus"),
                             (["figure", "chunksize", "--size", "big", "--out", "x.png"], "--size"),
                             (["--lab", "moon"], "--lab")):
            r = run(parlab, args, ko, config)
            lines = r.stderr.splitlines()
            check(r.returncode == 2 and len(lines) == 1 and HANGUL.search(r.stderr) and option in r.stderr,
                  f"LANG={ko} parlab {' '.join(args)}: one Korean line naming {option}, exit 2", r)
            r = run(parlab, [*args, "--lang", "en"], ko, config)
            check(r.returncode == 2 and not HANGUL.search(r.stderr) and option in r.stderr,
                  f"--lang en {' '.join(args)} is English under a Korean locale", r)

        r = run(parlab, ["run", "pi", "--lang", "fr"], ko, config)
        check(r.returncode == 2 and len(r.stderr.splitlines()) == 1 and "--lang" in r.stderr,
              "--lang fr: one line naming --lang, exit 2", r)
        r = run(parlab, ["--lang"], c, config)
        check(r.returncode == 2 and "--lang" in r.stderr, "--lang without a value: exit 2 naming --lang", r)

        # The window's saved choice (View ▸ Language) applies to the window's own options, not to the
        # command lines, which follow --lang and the locale as other tools do.
        os.makedirs(os.path.join(config, "parlab"), exist_ok=True)
        with open(os.path.join(config, "parlab", "parlab.conf"), "w", encoding="utf-8") as f:
            f.write("[General]\nlanguage=ko\n")
        r = run(parlab, ["--lab", "moon"], c, config)
        check(r.returncode == 2 and HANGUL.search(r.stderr), "saved language=ko: the window's errors are Korean", r)
        r = run(parlab, ["run", "pi", "--workers", "0"], c, config)
        check(r.returncode == 2 and not HANGUL.search(r.stderr), "saved language=ko: parlab run stays English", r)
        os.remove(os.path.join(config, "parlab", "parlab.conf"))

        # A run's result lines stay English (scripts read them); its notes and errors do not.
        r = run(parlab, ["run", "pi", "--samples", "1e5", "--workers", "1", "--lang", "ko"], c, config)
        check(r.returncode == 0 and r.stdout.startswith("Workers: 1, Estimated Pi:"), "result line unchanged", r)

    for f in failures:
        print("FAIL: " + f)
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
