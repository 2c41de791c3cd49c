"""Dashboard rerun time after a weight change (issue: under 300 ms server time for 50 quotes).

Runs the real app.py in-process with Streamlit's AppTest: upload a generated 50-quote xlsx once
(parsing is cached on the bytes), open Scoring settings, then move a group-weight slider back and
forth and time each rerun. Also times a rerun of every other page (each redraws on every visit).

Run: .venv/bin/python benchmarks/app_rerun.py [N ...]   (prints figures; no assertions)
"""
from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

os.environ.setdefault("QUOTE_MAX_QUOTES", "50000")  # past the declared maximum (5,000): a scaling run
os.environ.setdefault("QUOTE_MAX_QUOTE_CELLS", str(41 * 50000))
from benchmarks.gen import rows, xlsx_bytes  # noqa: E402

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _app():
    from streamlit.testing.v1 import AppTest

    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)


def _timed(at, repeat: int, step) -> list[float]:
    out = []
    for i in range(repeat):
        step(at, i)
        t0 = time.perf_counter()
        at.run()
        out.append(1000 * (time.perf_counter() - t0))
        assert not at.exception, at.exception
    return out


def bench(n: int, repeat: int = 15) -> None:
    data = xlsx_bytes(rows(n))
    at = _app()
    at.run()
    t0 = time.perf_counter()
    at.file_uploader[0].set_value((f"quotes_{n}.xlsx", data, XLSX)).run()
    first = 1000 * (time.perf_counter() - t0)
    assert not at.exception, at.exception
    scored = len(at.session_state["_ctx"].res.vendors)
    at.switch_page("views/settings.py").run()

    def weight(at, i):
        at.slider(key="set_gw_price_0").set_value(15 + 10 * (i % 2 + 1))

    w = _timed(at, repeat, weight)
    pages = {}
    for page in ("upload", "ranking", "compare", "risks", "robustness", "export"):
        at.switch_page(f"views/{page}.py").run()
        pages[page] = _timed(at, repeat if n <= 500 else 3, lambda at, i: None)

    def fmt(xs: list[float]) -> str:
        return f"median {statistics.median(xs):6.1f} ms, max {max(xs):6.1f} ms"

    print(f"{n:>5} quotes ({scored} scored, {len(data) / 1024:.0f} KB xlsx): first upload {first:7.1f} ms")
    print(f"      weight change (settings page): {fmt(w)}")
    for page, ts in pages.items():
        print(f"      {page + ' page rerun:':31s}{fmt(ts)}")


if __name__ == "__main__":
    print(f"python {platform.python_version()} on {platform.machine()}, AppTest (in-process script runs)")
    for n in [int(a) for a in sys.argv[1:]] or [50, 500, 2000]:
        bench(n)
