#!/usr/bin/env python3
"""Time Kaa against CPython on the programs in benches/ and print the ratios.

Usage: python3 benches/run.py [--runs N] [--markdown] [--instructions] [NAME ...]

Each benchmark is a plain Python program (benches/NAME.py). Both interpreters run it
`--runs` times (default 10) after one warm-up run; the table reports the median
wall-clock time, the ratio CPython/Kaa (above 1.0 means Kaa is faster) and the peak
resident memory of each process (GNU time's %M, when /usr/bin/time exists). The outputs of the two
interpreters are compared, so a benchmark that Kaa gets wrong fails loudly instead of
being timed.

Wall-clock time on a shared machine is noisy (runs here vary by 10-20%), so
`--instructions` also counts the instructions each interpreter executes, once, under
valgrind's callgrind (slow: about a minute per benchmark); that count is deterministic
and is the figure to compare between commits.

CPython is timed through its real binary, not the pyenv shim (the shim adds ~60 ms per
start): the runner asks `python3` for `sys.executable` once. Kaa is
target/release/kaa, built with `cargo build --release` first.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join(ROOT, "benches")
KAA = os.path.join(ROOT, "target", "release", "kaa")


def real_python():
    out = subprocess.run(
        ["python3", "-c", "import sys; print(sys.executable)"],
        check=True, capture_output=True, text=True,
    )
    return out.stdout.strip()


def run_once(argv):
    """Run argv once and return its stdout (bytes); fail if it exits non-zero."""
    proc = subprocess.run(argv, capture_output=True)
    if proc.returncode != 0:
        raise SystemExit(f"{argv} failed with status {proc.returncode}:\n{proc.stderr.decode()}")
    return proc.stdout


def run_measured(argv):
    """Run argv with stdout discarded; return (seconds, peak RSS in KiB or None).

    Peak memory comes from GNU time's %M when /usr/bin/time exists. wait4's ru_maxrss
    cannot be used from here: a child forked from this Python process starts with the
    runner's own pages mapped, and Linux carries that high-water mark across exec, so
    every program would appear to use at least as much memory as the runner.
    """
    timer = ["/usr/bin/time", "-f", "%M"] if os.path.exists("/usr/bin/time") else []
    start = time.perf_counter()
    proc = subprocess.run(timer + argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{argv} exited with status {proc.returncode}:\n{proc.stderr.decode()}")
    peak = int(proc.stderr.decode().split()[-1]) if timer else None
    return elapsed, peak


def instructions(argv):
    """Instructions executed by argv, counted by callgrind."""
    proc = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + argv,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    for line in proc.stderr.splitlines():
        if "Collected :" in line:
            return int(line.split(":")[1].strip())
    raise SystemExit(f"callgrind failed on {argv}:\n{proc.stderr}")


def measure(argv, runs):
    run_measured(argv)  # warm-up: page cache, CPU frequency
    times, peaks = [], []
    for _ in range(runs):
        t, rss = run_measured(argv)
        times.append(t)
        peaks.append(rss)
    return statistics.median(times), (max(peaks) if None not in peaks else None)


def mib(kib):
    return "n/a" if kib is None else f"{kib / 1024:.1f} MiB"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--instructions", action="store_true", help="also count instructions with callgrind")
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    args = parser.parse_args()

    if not os.path.exists(KAA):
        raise SystemExit(f"{KAA} not found: run `cargo build --release` first")
    python = real_python()
    names = args.names or sorted(
        f[:-3] for f in os.listdir(BENCH_DIR) if f.endswith(".py") and f != "run.py"
    )

    rows = []
    for name in names:
        path = os.path.join(BENCH_DIR, name + ".py")
        kaa_out = run_once([KAA, path])
        py_out = run_once([python, path])
        if kaa_out != py_out:
            raise SystemExit(f"{name}: Kaa's output differs from CPython's")
        kaa_t, kaa_mem = measure([KAA, path], args.runs)
        py_t, py_mem = measure([python, path], args.runs)
        if args.instructions:
            kaa_i, py_i = instructions([KAA, path]), instructions([python, path])
        else:
            kaa_i = py_i = None
        rows.append((name, py_t, kaa_t, py_t / kaa_t, py_mem, kaa_mem, py_i, kaa_i))
        if not args.markdown:
            counts = f"  instructions ratio {py_i / kaa_i:5.2f}x" if kaa_i else ""
            print(
                f"{name:<14} cpython {py_t * 1000:8.1f} ms  kaa {kaa_t * 1000:8.1f} ms  "
                f"ratio {py_t / kaa_t:5.2f}x  peak RSS cpython {mib(py_mem):>9}  "
                f"kaa {mib(kaa_mem):>9}{counts}",
                flush=True,
            )

    if args.markdown:
        print(f"CPython: `{python}` ({sys.version.split()[0]}); {args.runs} runs, median.\n")
        print(
            "| benchmark | CPython 3.11 | Kaa | speed-up (CPython/Kaa) | peak RSS CPython | peak RSS Kaa "
            "| instructions CPython | instructions Kaa | instruction ratio |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for name, py_t, kaa_t, ratio, py_mem, kaa_mem, py_i, kaa_i in rows:
            counts = f"{py_i / 1e6:.0f} M | {kaa_i / 1e6:.0f} M | {py_i / kaa_i:.2f}x" if kaa_i else "n/a | n/a | n/a"
            print(
                f"| {name} | {py_t * 1000:.1f} ms | {kaa_t * 1000:.1f} ms | {ratio:.2f}x "
                f"| {mib(py_mem)} | {mib(kaa_mem)} | {counts} |"
            )


if __name__ == "__main__":
    main()
