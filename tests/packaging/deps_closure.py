#!/usr/bin/env python3
"""Fails when the build or the program uses a Debian package that .ci/deps would not install.

A green CI on a machine where a package was once installed by hand hides a missing install step
(Qt6Charts' CMake package needs Qt6OpenGL, and qt6-charts-dev does not depend on it). So this
test asks dpkg who owns every CMake package folder, library and program the configure step found
(the CMake cache) and every library the built programs load (ldd), and checks that owner is in
.ci/deps's list, in the recursive Depends/Pre-Depends closure of that list, or in the base image.

usage: deps_closure.py DEPS_SCRIPT BASE_LIST CMAKE_CACHE [BINARY ...]
Exit 77 (skipped) where there is no dpkg/apt-cache to ask.
"""
import os
import re
import shutil
import subprocess
import sys

SKIP = 77


def run(*argv):
    return subprocess.run(argv, capture_output=True, text=True, check=False)


def bare(name):
    """'libfoo:amd64' → 'libfoo'; '<virtual>' → 'virtual'."""
    return name.strip().strip("<>").split(":")[0]


def closure(packages):
    """Every package the list pulls in through Depends and Pre-Depends, recursively (no Recommends:
    .ci/deps installs with --no-install-recommends)."""
    out = run("apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests", "--no-conflicts",
              "--no-breaks", "--no-replaces", "--no-enhances", *packages).stdout
    names = set(packages)
    for line in out.splitlines():
        m = re.match(r"^\s*\|?(?:Pre)?Depends:\s*(\S+)", line)
        if m:
            names.add(bare(m.group(1)))
        elif line and not line[0].isspace():
            names.add(bare(line))
    # A virtual name is satisfied by whichever installed package provides it: the providers are
    # listed indented under it, and apt-cache's recursion already walked into them.
    return names


def owners(path):
    """The Debian packages that own `path` (merged /usr: also tried as /lib… and via symlinks)."""
    candidates = [path]
    if path.startswith("/usr/"):
        candidates.append(path[4:])
    real = os.path.realpath(path)
    if real != path:
        candidates += [real, real[4:] if real.startswith("/usr/") else "/usr" + real]
    for p in candidates:
        r = run("dpkg-query", "-S", p)
        if r.returncode == 0:
            found = set()
            for line in r.stdout.splitlines():
                if line.startswith("diversion by"):
                    continue
                pkgs, _, owned = line.rpartition(": ")
                if owned.strip() == p:
                    found |= {bare(x) for x in pkgs.split(",")}
            if found:
                return found
    return set()


def cache_entries(cache_file):
    """(name, path) for the configure step's package folders, libraries and programs under /usr."""
    entries = []
    with open(cache_file, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^([A-Za-z0-9_.+-]+):(PATH|FILEPATH|STRING|INTERNAL|UNINITIALIZED)=(/usr/.*)$", line.rstrip("\n"))
            if not m or m.group(3).startswith("/usr/local/"):
                continue
            name, value = m.group(1), m.group(3)
            if name.startswith("CMAKE_") and not name.endswith(("_COMPILER", "_PROGRAM")):
                continue  # CMake's own settings (install prefix, make program via ninja below)
            if name.endswith("_DIR") and os.path.isdir(value):
                # A package folder is known by its config file; a bare include folder such as
                # /usr/include belongs to hundreds of packages and says nothing.
                configs = [c for c in os.listdir(value) if c.endswith(("Config.cmake", "-config.cmake"))]
                if configs:
                    entries.append((name, os.path.join(value, sorted(configs)[0])))
            elif name.endswith(("_LIBRARY", "_LIBRARY_RELEASE", "_EXECUTABLE", "_PROGRAM", "_COMPILER")) \
                    and os.path.isfile(value):
                entries.append((name, value))
    return entries


def ldd_libraries(binary):
    out = run("ldd", binary).stdout
    return [m.group(1) for m in re.finditer(r"=>\s*(/\S+)", out)]


def main(argv):
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    if not (shutil.which("dpkg-query") and shutil.which("apt-cache")):
        print("skipped: no dpkg-query/apt-cache here (not a Debian system)")
        return SKIP
    deps_script, base_list, cache_file, binaries = argv[1], argv[2], argv[3], argv[4:]
    listed = run("bash", deps_script, "--list").stdout.split()
    if not listed:
        print(f"FAIL: '{deps_script} --list' printed no packages")
        return 1
    with open(base_list, encoding="utf-8") as f:
        base = {line.strip() for line in f if line.strip() and not line.startswith("#")}
    allowed = closure(listed) | base
    print(f"{len(listed)} packages in .ci/deps, {len(allowed)} with their dependencies and the base image")

    used = [(f"{name} (CMake cache)", path) for name, path in cache_entries(cache_file)]
    for b in binaries:
        used += [(f"loaded by {os.path.basename(b)}", lib) for lib in ldd_libraries(b)]
    if not used:
        print("FAIL: found nothing to check (empty CMake cache? ldd missing?)")
        return 1

    failures = []
    for why, path in used:
        found = owners(path)
        if not found:
            failures.append(f"{path} ({why}) belongs to no Debian package: installed by hand?")
        elif not found & allowed:
            failures.append(f"package {' or '.join(sorted(found))} is missing from .ci/deps: it owns {path} ({why})")
        else:
            print(f"ok  {sorted(found & allowed)[0]:<28} {path}  [{why}]")
    for f in failures:
        print("FAIL: " + f)
    print(f"{len(used) - len(failures)} of {len(used)} files come from packages .ci/deps installs or the base image has")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
