"""The CLI's wall time on one file at several commits, to find where time went (each commit from a temporary worktree,
run with this checkout's venv; best of ``--repeat`` runs; the worktrees are removed afterwards).

    .venv/bin/python -m benchmarks.by_commit FILE.xlsx COMMIT [COMMIT ...] [--repeat 3]

Generate FILE with ``benchmarks/gen.py`` (e.g. 10,000 quotes). Prints one line per commit: its hash, date, best time.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True).stdout.strip()


def time_cli(tree: Path, file: Path, repeat: int) -> float:
    env = dict(os.environ, QUOTE_MAX_QUOTES="50000", QUOTE_MAX_QUOTE_CELLS="5000000")
    best = float("inf")
    with tempfile.TemporaryDirectory() as out:
        for _ in range(repeat):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "core", "score", str(file), "--json", str(Path(out) / "r.json")],
                           cwd=tree, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", type=Path)
    ap.add_argument("commits", nargs="+")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    file = args.file.resolve()
    with tempfile.TemporaryDirectory() as base:
        for commit in args.commits:
            tree = Path(base) / commit
            _git("worktree", "add", "--detach", "-q", str(tree), commit)
            try:
                best = time_cli(tree, file, args.repeat)
            finally:
                _git("worktree", "remove", "--force", str(tree))
            print(f"{_git('log', '-1', '--format=%h %ad', '--date=format:%Y-%m-%d %H:%M', commit)}  {best:.2f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
