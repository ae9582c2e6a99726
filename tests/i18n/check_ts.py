#!/usr/bin/env python3
"""The shipped translations are complete: lupdate run over today's sources into a copy of each
.ts must change nothing, and leave no unfinished, vanished or obsolete message.

Usage: check_ts.py CMAKE LUPDATE PROJECT_CMAKE GENERATOR_SCRIPT TS... -- LUPDATE_OPTIONS...
(PROJECT_CMAKE is the lupdate project qt_add_translations writes; GENERATOR_SCRIPT turns it into
the .json lupdate reads, as the parlab_ui_lupdate target does.)
"""
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import shutil
import subprocess
import sys
import tempfile


def main(argv):
    if "--" not in argv:
        print(__doc__, file=sys.stderr)
        return 2
    split = argv.index("--")
    cmake, lupdate, project_cmake, generator, *ts_files = argv[1:split]
    options = argv[split + 1:]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        project = os.path.join(tmp, "project.json")
        subprocess.run([cmake, f"-DIN_FILE={project_cmake}", f"-DOUT_FILE={project}", "-P", generator], check=True)
        for shipped in ts_files:
            copy = os.path.join(tmp, os.path.basename(shipped))
            shutil.copyfile(shipped, copy)
            # No -no-obsolete here: a message the sources dropped must show up as vanished.
            r = subprocess.run([lupdate, "-project", project, *[o for o in options if o != "-no-obsolete"],
                                "-ts", copy], capture_output=True, text=True)
            if r.returncode != 0:
                failures.append(f"lupdate failed on {shipped}: {r.stderr.strip()}")
                continue
            with open(copy, encoding="utf-8") as f:
                updated = f.read()
            with open(shipped, encoding="utf-8") as f:
                original = f.read()
            name = os.path.basename(shipped)
            for kind in ("unfinished", "vanished", "obsolete"):
                n = len(re.findall(rf'type="{kind}"', updated))
                if n:
                    failures.append(f"{name}: {n} {kind} message(s)")
            missing = len(re.findall(r"<translation></translation>|<translation/>", updated))
            if missing:
                failures.append(f"{name}: {missing} empty translation(s)")
            if updated != original and not failures:
                failures.append(f"{name}: lupdate changes the shipped file (run the parlab_ui_lupdate target)")
            print(f"{name}: {len(re.findall(r'<message', updated))} messages")
    for f in failures:
        print("FAIL: " + f)
    if failures:
        print("Update with: cmake --build build/release --target parlab_ui_lupdate, then translate "
              "the new messages (Qt Linguist, or edit the .ts) and run this test again.")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
