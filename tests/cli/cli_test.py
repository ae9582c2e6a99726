#!/usr/bin/env python3
"""Runs the built `parlab` executable and checks `parlab run`'s exit codes, JSON and messages.

Usage: cli_test.py PARLAB CASE   (CASE is one of the functions registered in CASES; "all" runs all)
"""
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import math
import subprocess
import sys

PARLAB = ""


def run(*args, timeout=120):
    return subprocess.run([PARLAB, *args], capture_output=True, text=True, timeout=timeout)


def check(cond, message):
    if not cond:
        raise AssertionError(message)


def json_of(*args):
    r = run(*args, "--json")
    check(r.returncode == 0, f"{args}: exit {r.returncode}, stderr: {r.stderr!r}")
    try:
        return json.loads(r.stdout)
    except json.JSONDecodeError as e:
        raise AssertionError(f"{args}: stdout is not one JSON object ({e}): {r.stdout!r}")


def check_workers(doc, count, extra):
    workers = doc["workers"]
    check(isinstance(workers, list) and len(workers) == count, f"workers: {workers!r}")
    for i, w in enumerate(workers):
        for key in ("id", "items", "busy_seconds", "chunks", extra):
            check(key in w, f"worker {i} lacks {key}: {w!r}")
        check(w["id"] == i + 1, f"worker ids must be 1…{count} (people count from 1): {w!r}")
        check(w["busy_seconds"] >= 0, f"negative busy time: {w!r}")
    return workers


def case_pi_json():
    doc = json_of("run", "pi", "--samples", "1e6", "--workers", "3", "--seed", "7", "--blocks", "10")
    check(doc["kind"] == "pi", doc)
    params = doc["params"]
    check(params["samples"] == 1_000_000 and params["workers"] == 3 and params["seed"] == 7
          and params["blocks"] == 10, f"params: {params!r}")
    check(isinstance(doc["seconds"], (int, float)) and doc["seconds"] >= 0, doc)
    check(doc["samples"] == 1_000_000, doc)
    check(abs(doc["pi"] - 4 * doc["hits"] / doc["samples"]) < 1e-12, doc)
    check(abs(doc["pi"] - math.pi) < 0.01, doc)
    workers = check_workers(doc, 3, "hits")
    check(sum(w["items"] for w in workers) == doc["samples"], "per-worker items do not add up")
    check(sum(w["hits"] for w in workers) == doc["hits"], "per-worker hits do not add up")
    check(sum(w["chunks"] for w in workers) == 10, "10 blocks must be 10 chunks")


def case_pi_same_seed_any_workers():
    hits = set()
    for workers in ("1", "2", "3", "8"):
        for kernel in ("scalar", "batched"):
            doc = json_of("run", "pi", "--samples", "2e6", "--workers", workers, "--kernel", kernel, "--seed", "11")
            hits.add(doc["hits"])
    check(len(hits) == 1, f"hit counts differ between worker counts / kernels: {hits}")


def case_primes_json():
    doc = json_of("run", "primes", "--from", "1", "--to", "1e6", "--workers", "3", "--schedule", "chunked",
                  "--chunksize", "1000")
    check(doc["kind"] == "primes", doc)
    params = doc["params"]
    check(params["from"] == 1 and params["to"] == 1_000_000 and params["workers"] == 3
          and params["schedule"] == "chunked" and params["chunksize"] == 1000, f"params: {params!r}")
    check(doc["seconds"] >= 0, doc)
    check(doc["checked"] == 1_000_000, doc)
    check(doc["primes"] == 78_498, f"π(10^6) = 78 498, got {doc['primes']}")
    workers = check_workers(doc, 3, "divisions")
    check(sum(w["items"] for w in workers) == doc["checked"], "per-worker items do not add up")
    check(sum(w["chunks"] for w in workers) == 1000, "10^6 / 1000 = 1000 chunks")


def case_primes_every_schedule():
    for schedule in ("static", "chunked", "auto"):
        for order in ("natural", "shuffled", "costliest"):
            doc = json_of("run", "primes", "--from", "1", "--to", "1e5", "--workers", "2", "--schedule", schedule,
                          "--order", order)
            check(doc["primes"] == 9592, f"{schedule}/{order}: π(10^5) = 9592, got {doc['primes']}")
            check(sum(w["items"] for w in doc["workers"]) == 100_000, f"{schedule}/{order}: items")


def case_primes_batched_kernel():
    # The batched kernel tries the same divisors as the seed's loop: the same primes and the same
    # division count, on every backend (the processes workers get the kernel in their setup).
    base = ("run", "primes", "--from", "1e8", "--to", "100020000", "--workers", "2", "--chunksize", "500")
    scalar = json_of(*base)
    check(scalar["params"]["kernel"] == "scalar", f"the default kernel is the seed's loop: {scalar['params']!r}")
    for backend in ("tbb", "gil-threads", "processes"):
        doc = json_of(*base, "--backend", backend, "--kernel", "batched")
        check(doc["params"]["kernel"] == "batched", f"{backend}: {doc['params']!r}")
        check(doc["checked"] == 20_001, f"{backend}: checked {doc['checked']}")
        check(doc["primes"] == scalar["primes"] and doc["divisions"] == scalar["divisions"],
              f"{backend}: batched {doc['primes']} primes / {doc['divisions']} divisions, "
              f"scalar {scalar['primes']} / {scalar['divisions']}")
        check(sum(w["divisions"] for w in doc["workers"]) == doc["divisions"], f"{backend}: per-worker divisions")
    r = run("run", "primes", "--from", "1", "--to", "1000", "--kernel", "batched")
    check(r.returncode == 0 and "kernel: batched" in r.stdout and "168" in r.stdout, f"{r.returncode}: {r.stdout!r}")


def case_human_output():
    r = run("run", "pi", "--samples", "1e5", "--workers", "2")
    check(r.returncode == 0, f"exit {r.returncode}: {r.stderr!r}")
    check("Estimated Pi" in r.stdout, f"no 'Estimated Pi' in {r.stdout!r}")
    check("Workers: 2" in r.stdout, f"no 'Workers: 2' in {r.stdout!r}")
    r = run("run", "primes", "--from", "1", "--to", "1000", "--workers", "2")
    check(r.returncode == 0, f"exit {r.returncode}: {r.stderr!r}")
    check("168" in r.stdout, f"π(1000) = 168 not in {r.stdout!r}")


def case_scientific_numbers():
    doc = json_of("run", "pi", "--samples", "1e5", "--workers", "1")
    check(doc["samples"] == 100_000, doc)
    doc = json_of("run", "primes", "--from", "1E2", "--to", "2.5e3", "--workers", "1")
    check(doc["params"]["from"] == 100 and doc["params"]["to"] == 2500, doc["params"])
    check(doc["checked"] == 2401, doc)


BAD_INPUT = [
    # (arguments, a word the message must contain)
    (["run", "pi", "--bogus", "1"], "--bogus"),
    (["run", "pi", "--workers", "0"], "--workers"),
    (["run", "pi", "--workers", "257"], "--workers"),
    (["run", "pi", "--samples", "-5"], "--samples"),
    (["run", "pi", "--samples", "0"], "--samples"),
    (["run", "pi", "--samples", "1e30"], "--samples"),
    (["run", "pi", "--samples", "1e12"], "--samples"),
    (["run", "pi", "--samples", "99999999999999999999999"], "--samples"),
    (["run", "pi", "--samples", "1.5"], "--samples"),
    (["run", "pi", "--samples"], "--samples"),
    (["run", "pi", "--kernel", "simd"], "--kernel"),
    (["run", "pi", "--samples", "10", "--blocks", "11"], "blocks"),
    (["run", "primes", "--from", "10", "--to", "5"], "from"),
    (["run", "primes", "--chunksize", "abc"], "--chunksize"),
    (["run", "primes", "--to", "1e16"], "to"),
    (["run", "primes", "--schedule", "dynamic"], "--schedule"),
    (["run", "primes", "--kernel", "avx512"], "--kernel"),
    (["run", "primes", "--kernel"], "--kernel"),
    (["run", "primes", "--workers"], "--workers"),
    (["run", "primes", "--workers", "2", "--workers", "3"], "--workers"),
    (["run", "banana"], "banana"),
    # Issue 10, item 7: an option is never the value of the one before it; no spaces, no hex.
    (["run", "primes", "--to", "--from", "5"], "--to needs a value"),
    (["run", "pi", "--switch-interval", " 5"], "--switch-interval"),
    (["run", "pi", "--switch-interval", "0x1p3"], "--switch-interval"),
    (["run", "pi", "--switch-interval", "inf"], "--switch-interval"),
    (["run", "pi", "--workers", " 2"], "--workers"),
    (["run", "pi", "--json", "--json"], "--json"),
    (["run", "pi", "--json=1"], "--json"),
    (["run", "pi", "stray"], "stray"),
    (["run"], "pi or primes"),
]


def case_valid_edge_input():
    # --samples 1 on any number of workers: the default block count adapts (no --blocks given).
    doc = json_of("run", "pi", "--samples", "1", "--workers", "2")
    check(doc["samples"] == 1 and doc["params"]["blocks"] == 1, doc["params"])
    doc = json_of("run", "pi", "--samples", "1e3", "--workers", "1", "--switch-interval", "0.5",
                  "--backend", "gil-threads")
    check(doc["params"]["switch_interval_ms"] == 0.5, doc["params"])
    doc = json_of("run", "primes", "--from=1", "--to=100", "--workers=1")
    check(doc["primes"] == 25, doc)


def case_control_bytes_escaped():
    # A value echoed in a message must not reach the terminal as an escape sequence.
    r = subprocess.run([PARLAB, "run", "pi", "--seed", "\x1b]0;owned\x07\x9b2J"], capture_output=True, timeout=30)
    check(r.returncode == 2, f"exit {r.returncode}")
    err = r.stderr
    check(err.count(b"\n") == 1, f"not one line: {err!r}")
    check(not any(b < 0x20 and b != 0x0A for b in err) and b"\x7f" not in err and b"\x9b" not in err,
          f"raw control bytes on stderr: {err!r}")
    check(b"\\x1B]0;owned\\x07\\xC2\\x9B2J" in err, f"escaped text not shown: {err!r}")
    # The same C1 control as a raw byte (not UTF-8) is escaped too.
    r = subprocess.run([PARLAB.encode(), b"run", b"pi", b"--seed", b"\x9b2J"], capture_output=True, timeout=30)
    check(r.returncode == 2 and b"\x9b" not in r.stderr and b"\\x9B2J" in r.stderr, f"raw C1: {r.stderr!r}")


def case_repeat_statistics():
    # --repeat N: every repeat kept, seconds is their median, the spread exact on those values.
    doc = json_of("run", "primes", "--from", "1", "--to", "20000", "--workers", "2", "--repeat", "5")
    reps = doc["repeats"]
    check(isinstance(reps, list) and len(reps) == 5 and all(t > 0 for t in reps), f"repeats: {reps!r}")
    ordered = sorted(reps)
    check(doc["min_seconds"] == ordered[0] and doc["max_seconds"] == ordered[-1], f"{doc!r}")
    check(doc["median_seconds"] == ordered[2] and doc["seconds"] == ordered[2], f"{doc!r}")
    mad = sorted(abs(t - ordered[2]) for t in reps)[2]
    check(math.isclose(doc["mad_seconds"], mad, rel_tol=1e-12, abs_tol=1e-15), f"mad {doc['mad_seconds']} vs {mad}")
    check(doc["primes"] == 2262, f"counts do not change between repeats: {doc['primes']}")
    bg = doc["background_cpu"]
    check(bg is None or (isinstance(bg, (int, float)) and bg >= 0), f"background_cpu: {bg!r}")
    one = json_of("run", "pi", "--samples", "1e5")
    check(one["repeats"] == [one["seconds"]] and one["mad_seconds"] == 0, f"a plain run is one repeat: {one!r}")
    for bad in ("0", "1001", "x"):
        r = run("run", "pi", "--repeat", bad)
        lines = r.stderr.strip().splitlines()
        check(r.returncode == 2 and len(lines) == 1 and "--repeat" in lines[0], f"--repeat {bad}: {r.returncode} {r.stderr!r}")


def case_bad_input():
    failures = []
    for args, word in BAD_INPUT:
        r = run(*args, timeout=30)
        lines = r.stderr.splitlines()
        problems = []
        if r.returncode != 2:
            problems.append(f"exit {r.returncode}, expected 2")
        if len(lines) != 1:
            problems.append(f"{len(lines)} stderr lines, expected 1")
        elif word not in lines[0]:
            problems.append(f"stderr does not name {word!r}")
        if "terminate" in r.stderr or "what()" in r.stderr:
            problems.append("an exception escaped")
        if problems:
            failures.append(f"{' '.join(args)}: {'; '.join(problems)}; stderr={r.stderr!r}")
    check(not failures, "\n".join(failures))


CASES = {name[5:]: fn for name, fn in dict(globals()).items() if name.startswith("case_")}


def main():
    global PARLAB
    if len(sys.argv) != 3 or (sys.argv[2] not in CASES and sys.argv[2] != "all"):
        print(f"usage: {sys.argv[0]} PARLAB {{{'|'.join(CASES)}|all}}", file=sys.stderr)
        return 2
    PARLAB = sys.argv[1]
    names = list(CASES) if sys.argv[2] == "all" else [sys.argv[2]]
    for name in names:
        try:
            CASES[name]()
        except AssertionError as e:
            print(f"FAIL {name}: {e}", file=sys.stderr)
            return 1
        print(f"ok {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
