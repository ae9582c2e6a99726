#!/usr/bin/env python3
"""The layering rules of DESIGN.md, checked on the sources and on the built worker.

Debian installs oneTBB's headers in /usr/include, so no include path can stop a file from
including them; linking oneTBB PRIVATE keeps its flags out of the UI, and this test keeps its
headers out. Usage: check_layers.py SOURCE_DIR PARLAB_WORKER_EXE
"""
import pathlib
import re
import subprocess
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)


def includes(path):
    return [(m.group(1), m.group(2)) for m in INCLUDE.finditer(path.read_text(encoding="utf-8"))]


def sources(root, *dirs):
    for d in dirs:
        for p in sorted((root / d).rglob("*")):
            if p.suffix in (".cpp", ".h"):
                yield p


def is_tbb(name):
    return name.startswith(("oneapi/tbb", "tbb/")) or name == "oneapi/tbb.h"


def main():
    root, worker = pathlib.Path(sys.argv[1]), sys.argv[2]
    problems = []

    def rule(ok, where, what):
        if not ok:
            problems.append(f"{where}: {what}")

    for p in sources(root, "ui", "app"):
        for _, name in includes(p):
            rule(not is_tbb(name), p.relative_to(root), f"includes {name} (the UI and the app never include oneTBB)")
    for p in sources(root, "core"):
        rel = p.relative_to(root)
        for kind, name in includes(p):
            rule(not re.match(r"Q[A-Z]|Qt", name), rel, f"includes {name} (the core is Qt-free)")
            if is_tbb(name):
                rule(rel.parts[:4] == ("core", "src", "backends", "tbb"), rel, f"includes {name} outside backends/tbb")
            if kind != '"':
                continue
            if rel.parts[:3] == ("core", "src", "run"):
                rule(name.startswith(("parlab/", "run/")) or name == "backends/backends.h", rel,
                     f"includes {name} (entry points validate and dispatch; no backend code)")
            if rel.parts[:3] == ("core", "src", "kernels"):
                rule(name.startswith(("parlab/", "kernels/")) and name != "parlab/telemetry.h", rel,
                     f"includes {name} (kernels depend on nothing but the public vocabulary)")

    needed = subprocess.run(["readelf", "-d", worker], capture_output=True, text=True, check=True).stdout
    rule("libtbb" not in needed, worker, "needs libtbb (a worker links no oneTBB)")
    symbols = subprocess.run(["nm", "-C", "--defined-only", worker], capture_output=True, text=True, check=True).stdout
    for name in ("parlab::runPi(", "parlab::runPrimes(", "ProcessPool", "tbb::"):
        rule(name not in symbols, worker, f"defines {name}… (a worker holds no entry points, backends or pool)")

    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
