#!/usr/bin/env python3
"""Record expected output for the Kaa differential conformance corpus.

For every tests/cases/NAME.py (or only the NAMEs given on the command line)
this runs the reference CPython 3.11 interpreter as

    python3 NAME.py

with cwd=tests/cases, PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, stdin from
NAME.in if it exists (else /dev/null), the interpreter options in NAME.args
if it exists (e.g. `-i` for a REPL session fed by NAME.in) and a 10 second
timeout, then writes

    NAME.out  -- normalised stdout
    NAME.err  -- only if the exit status is non-zero or stderr is non-empty:
                 first line "# exit N", then the normalised stderr.
                 A stale NAME.err is deleted otherwise.

The reference interpreter is /root/.pyenv/versions/3.11.7/bin/python3 unless
the environment variable KAA_REF_PYTHON names another binary.

Stdlib only.
"""

import os
import re
import subprocess
import sys

DEFAULT_REF_PYTHON = "/root/.pyenv/versions/3.11.7/bin/python3"
CASES_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
TIMEOUT = 10

_HEX_ADDR = re.compile(r"0x[0-9a-fA-F]+")


# ---------------------------------------------------------------------------
# Normalisation.  The Rust harness applies EXACTLY these two steps, in this
# order, to Kaa's stdout and stderr before comparing:
#   1. every occurrence of the absolute path of the tests/cases directory
#      followed by "/" is replaced by the literal "<cases>/"
#      (CPython makes __file__ and co_filename absolute);
#   2. every hexadecimal address matching the regex 0x[0-9a-fA-F]+ is
#      replaced by "0x?".
# ---------------------------------------------------------------------------
def normalise(text: str, cases_dir: str) -> str:
    # Step 1.  The subprocess runs with cwd=tests/cases, and CPython builds
    # absolute paths from os.getcwd(), which has symlinks resolved; so the
    # resolved spelling of the directory is replaced as well as the given one.
    for spelling in {os.path.realpath(cases_dir), os.path.abspath(cases_dir)}:
        text = text.replace(spelling.rstrip("/") + "/", "<cases>/")
    # Step 2.
    text = _HEX_ADDR.sub("0x?", text)
    return text


def run_case(python: str, name: str):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    stdin_path = os.path.join(CASES_DIR, name + ".in")
    if not os.path.exists(stdin_path):
        stdin_path = os.devnull
    # Interpreter options (such as -i) come from NAME.args when it exists.
    args_path = os.path.join(CASES_DIR, name + ".args")
    options = open(args_path).read().split() if os.path.exists(args_path) else []
    with open(stdin_path, "rb") as stdin:
        proc = subprocess.run(
            [python, *options, name + ".py"],
            cwd=CASES_DIR,
            env=env,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT,
        )
    out = normalise(proc.stdout.decode("utf-8", "surrogateescape"), CASES_DIR)
    err = normalise(proc.stderr.decode("utf-8", "surrogateescape"), CASES_DIR)
    return proc.returncode, out, err


def write_text(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8", errors="surrogateescape", newline="") as f:
        f.write(text)


def main(argv):
    python = os.environ.get("KAA_REF_PYTHON", DEFAULT_REF_PYTHON)
    if argv:
        names = [a[:-3] if a.endswith(".py") else a for a in argv]
        names = [os.path.basename(n) for n in names]
    else:
        names = sorted(f[:-3] for f in os.listdir(CASES_DIR) if f.endswith(".py"))

    n_ok = n_err = n_fail = 0
    for name in names:
        if not os.path.exists(os.path.join(CASES_DIR, name + ".py")):
            print(f"record.py: no such case: {name}", file=sys.stderr)
            n_fail += 1
            continue
        try:
            rc, out, err = run_case(python, name)
        except subprocess.TimeoutExpired:
            print(f"record.py: {name}: timed out after {TIMEOUT}s", file=sys.stderr)
            n_fail += 1
            continue
        base = os.path.join(CASES_DIR, name)
        write_text(base + ".out", out)
        if rc != 0 or err:
            write_text(base + ".err", f"# exit {rc}\n" + err)
            n_err += 1
        else:
            if os.path.exists(base + ".err"):
                os.remove(base + ".err")
            n_ok += 1

    total = n_ok + n_err
    print(f"recorded {total} case(s) with {python}: {n_ok} clean, "
          f"{n_err} with .err, {n_fail} failed")
    return 1 if n_fail else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
