"""Untrusted files (issue 16): what the reading sandbox costs, how fast and small each refusal is, and the
declared maximum measured end to end.

    .venv/bin/python benchmarks/untrusted.py              # all four parts (~10 min)
    .venv/bin/python benchmarks/untrusted.py --part overhead|refusals|limit|dashboard [--repeat 5]
    .venv/bin/python benchmarks/untrusted.py --part refusals --before ../an-older-checkout

* overhead: core.ingest.read_sheets in-process against core.sandbox.read_sheets through a warm worker (best of
  --repeat, interleaved, cyclic GC off as in the CLI), on the sample files and on generated 1,000 / 5,000 /
  10,000-row files (benchmarks/gen.py, xlsx and csv); and the cold start (a new worker, then the read);
* refusals: each hostile class of tests/test_untrusted.py, read in its own fresh process with the sandbox off
  (the guards alone), its time to the refusal and the process's peak RSS (a bare interpreter with the core
  imported is the floor); with --before, the same files read by an older checkout beside;
* limit: the CLI (``score FILE --json OUT --xlsx OUT``) on 1,000, 2,500 and MAX_QUOTES (4,000) quotes of 40
  columns and on MAX_QUOTES quotes as wide as MAX_QUOTE_CELLS accepts (250 columns), then the scored workbook
  read back (``score scored.xlsx --json OUT``): wall time and the peak RSS of the CLI process and of its reader
  worker (VmHWM, read while the worker lives); and one column, one quote over the maximum;
* dashboard: in a fresh process, AppTest uploads 1,000 and MAX_QUOTES quotes (and the widest accepted input),
  visits every page, builds the scored workbook the download button would give, and a second session uploads
  it: times, the server's peak RSS and its reader workers' peak.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
PY = sys.executable


def _best(fn, repeat: int) -> float:
    ts = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        ts.append(time.perf_counter() - t0)
    return min(ts)


def _ms(x: float) -> str:
    return f"{x * 1000:.1f} ms" if x < 1 else f"{x:.2f} s"


def overhead(repeat: int, data_dir: Path) -> list[str]:
    from benchmarks import gen
    from core import ingest, sandbox

    gc.disable()
    files = [(p.name, p.read_bytes()) for p in sorted((ROOT / "sample_data").iterdir())
             if p.suffix in (".xlsx", ".csv") and "模板" not in p.name and "template" not in p.name.lower()]
    for n in (1000, 5000, 10_000):
        for fmt, p in gen.write_files(n, data_dir).items():
            files.append((f"generated {n:,} rows.{fmt}", p.read_bytes()))
    os.environ["QUOTE_SANDBOX"] = "1"
    sandbox.read_sheets(b"a,b\n1,2\n", "warm.csv")
    out = ["| file | size | in-process | sandbox, warm worker | overhead | sandbox, new worker |",
           "|---|---|---|---|---|---|"]
    for name, data in files:
        t_in = t_sb = float("inf")
        for _ in range(repeat):  # interleaved: a busy moment of the shared machine hits both alike
            t_in = min(t_in, _best(lambda: ingest.read_sheets(data, name), 1))
            t_sb = min(t_sb, _best(lambda: sandbox.read_sheets(data, name), 1))
        sandbox.shutdown()
        t0 = time.perf_counter()
        sandbox.read_sheets(data, name)  # no idle worker: one is started for this file
        t_cold = time.perf_counter() - t0
        time.sleep(0.5)  # the pool refills in the background
        out.append(f"| {name} | {len(data) / 1024:,.0f} KB | {_ms(t_in)} | {_ms(t_sb)} | +{_ms(t_sb - t_in)} "
                   f"({t_sb / t_in:.2f}×) | {_ms(t_cold)} |")
    sandbox.shutdown()
    return out


_ONE = """
import json, os, pickle, resource, sys, time
if os.environ.get("BENCH_AS"):  # the "before" runs: an address space cap keeps the machine safe
    resource.setrlimit(resource.RLIMIT_AS, (int(os.environ["BENCH_AS"]),) * 2)
from core.errors import QuoteError
from core.ingest import read_file
def hwm():  # this process's own peak RSS (ru_maxrss would start from the parent's, kept across exec)
    return next(int(ln.split()[1]) for ln in open("/proc/self/status") if ln.startswith("VmHWM:"))
base = hwm()
name, data = pickle.load(sys.stdin.buffer)
t0 = time.perf_counter()
try:
    read_file(data, name); key = "loaded"
except QuoteError as e:
    key = e.key
took = time.perf_counter() - t0
print(json.dumps({"key": key, "s": took, "base_kb": base, "rss_kb": hwm()}))
"""


def _one(root: Path, name: str, data: bytes, cap: int | None) -> str:
    import pickle
    import signal

    env = {**os.environ, "PYTHONPATH": str(root), "QUOTE_SANDBOX": "0"}
    if cap:
        env["BENCH_AS"] = str(cap)
    try:
        r = subprocess.run([PY, "-c", _ONE], input=pickle.dumps((name, data)), env=env, cwd=root, capture_output=True,
                           timeout=30)
    except subprocess.TimeoutExpired:
        return "still reading after 30 s (stopped) | |"
    if r.returncode != 0:
        how = signal.Signals(-r.returncode).name if r.returncode < 0 else f"exit {r.returncode}"
        return f"process died ({how}) | |"
    g = json.loads(r.stdout.decode().splitlines()[-1])
    return f"`{g['key']}` | {_ms(g['s'])}, {g['rss_kb'] / 1024:.0f} MB ({g['base_kb'] / 1024:.0f} MB)"


def refusals(before: Path | None) -> list[str]:
    from tests.test_untrusted import HOSTILE

    head = "| hostile file (generated) | size | refused with | time to refusal, peak RSS (after imports) |"
    rule = "|---|---|---|---|"
    if before:
        head += f" before (`{before}`, capped at 4 GB) | |"
        rule += "---|---|"
    out = [head, rule]
    for name, (build, _key, _p) in HOSTILE.items():
        data = build()
        line = f"| {name} | {len(data) / 1024:,.0f} KB | {_one(ROOT, name, data, None)} |"
        if before:
            line += f" {_one(before, name, data, 4 * 2**30)} |"
        out.append(line)
    return out


_CLI = """
import json, os, subprocess, sys, time, threading
argv = json.loads(sys.argv[1])
t0 = time.perf_counter()
p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
peak = {"worker_kb": 0}
def watch():  # the reader worker is the CLI's child: its VmHWM, read while it lives
    while p.poll() is None:
        try:
            kids = open(f"/proc/{p.pid}/task/{p.pid}/children").read().split()
        except OSError:
            kids = []
        for k in kids:
            try:
                for line in open(f"/proc/{k}/status"):
                    if line.startswith("VmHWM:"):
                        peak["worker_kb"] = max(peak["worker_kb"], int(line.split()[1]))
            except OSError:
                pass
        time.sleep(0.02)
th = threading.Thread(target=watch); th.start()
err = p.stderr.read()
_, status, ru = os.wait4(p.pid, 0)
th.join()
print(json.dumps({"wall": time.perf_counter() - t0, "rss_kb": ru.ru_maxrss, "worker_kb": peak["worker_kb"],
                  "rc": os.waitstatus_to_exitcode(status), "err": err.decode("utf-8", "replace")[-300:]}))
"""


def _cli(args: list[str]) -> dict:
    argv = [PY, "-m", "core", "score", *args, "--type", "personal_credit"]
    r = subprocess.run([PY, "-c", _CLI, json.dumps(argv)], cwd=ROOT, capture_output=True, text=True)
    if not r.stdout.strip():
        raise RuntimeError(f"launcher failed: {r.stderr[-800:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def _wide_xlsx(n: int, cols: int) -> bytes:
    """n quotes of the generator, each padded to `cols` columns of short kept-but-unscored values."""
    from benchmarks import gen

    table = gen.rows(n)
    width = len(gen.HEADER)
    for r, row in enumerate(table):
        if row and row[0] == gen.HEADER[0]:
            row.extend(f"附加信息{k}" for k in range(cols - width))
        elif len(row) >= width:
            row.extend(f"说明{(r + k) % 97}" for k in range(cols - width))
    sheet_xml = gen._sheet_xml
    try:  # gen's writer knows 64 column letters; the same writer with every letter
        gen._sheet_xml = _any_width_sheet_xml
        return gen.xlsx_bytes(table)
    finally:
        gen._sheet_xml = sheet_xml


def _any_width_sheet_xml(table: list[list], sst: dict[str, int], merge: str | None) -> str:
    from benchmarks import gen
    from core.ingest import col_letter

    parts = [gen._SHEET_HEAD]
    for r, row in enumerate(table, 1):
        cells = []
        for c, v in enumerate(row):
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{col_letter(c)}{r}"><v>{v:g}</v></c>')
            else:
                cells.append(f'<c r="{col_letter(c)}{r}" t="s"><v>{sst.setdefault(v, len(sst))}</v></c>')
        parts.append(f'<row r="{r}">{"".join(cells)}</row>' if cells else "")
    parts.append("</sheetData>")
    if merge:
        parts.append(f'<mergeCells count="1"><mergeCell ref="{merge}"/></mergeCells>')
    parts.append("</worksheet>")
    return "".join(parts)


def limit(data_dir: Path) -> list[str]:
    from benchmarks import gen
    from core import ingest

    cases = []
    for n in (1000, 2500, ingest.MAX_QUOTES):
        cases.append((f"{n:,} quotes × 40 columns", gen.write_files(n, data_dir)["xlsx"]))
    # The widest accepted: MAX_QUOTES quotes of MAX_QUOTE_CELLS / MAX_QUOTES columns (200).
    cols = min(ingest.MAX_COLS, ingest.MAX_QUOTE_CELLS // ingest.MAX_QUOTES)
    wide = data_dir / f"wide_{ingest.MAX_QUOTES}x{cols}.xlsx"
    if not wide.exists():
        wide.write_bytes(_wide_xlsx(ingest.MAX_QUOTES, cols))
    cases.append((f"{ingest.MAX_QUOTES:,} quotes × {cols} columns", wide))
    wider = data_dir / f"wide_{ingest.MAX_QUOTES}x{cols + 1}.xlsx"
    if not wider.exists():
        wider.write_bytes(_wide_xlsx(ingest.MAX_QUOTES, cols + 1))
    over = data_dir / f"over_{ingest.MAX_QUOTES + 1}.xlsx"
    if not over.exists():
        over.write_bytes(gen.xlsx_bytes(gen.rows(ingest.MAX_QUOTES + 1)))
    out = ["| input | step | wall | CLI peak RSS | reader worker peak RSS | exit |", "|---|---|---|---|---|---|"]
    for label, path in cases:
        scored = data_dir / f"scored_{path.stem}.xlsx"
        a = _cli([str(path), "--json", str(data_dir / "o.json"), "--xlsx", str(scored)])
        out.append(f"| {label} ({path.stat().st_size / 2**20:.1f} MB) | score → JSON + workbook | {_ms(a['wall'])} | "
                   f"{a['rss_kb'] / 1024:.0f} MB | {a['worker_kb'] / 1024:.0f} MB | {a['rc']} |")
        if a["rc"] == 0:
            b = _cli([str(scored), "--json", str(data_dir / "o2.json")])
            import zipfile

            unz = sum(i.file_size for i in zipfile.ZipFile(scored).infolist()) / 2**20
            out.append(f"| its scored workbook ({scored.stat().st_size / 2**20:.1f} MB, {unz:.0f} MB unzipped) | "
                       f"read back → JSON | {_ms(b['wall'])} | {b['rss_kb'] / 1024:.0f} MB | "
                       f"{b['worker_kb'] / 1024:.0f} MB | {b['rc']} |")
    c = _cli([str(wider), "--json", str(data_dir / "o3.json")])
    out.append(f"| {ingest.MAX_QUOTES:,} quotes × {cols + 1} columns (one column over) | refused "
               f"(`err.too_much_quote_data`) | {_ms(c['wall'])} | {c['rss_kb'] / 1024:.0f} MB | "
               f"{c['worker_kb'] / 1024:.0f} MB | {c['rc']} |")
    c = _cli([str(over), "--json", str(data_dir / "o3.json")])
    out.append(f"| {ingest.MAX_QUOTES + 1:,} quotes (one over) | refused (`err.too_many_quotes`) | {_ms(c['wall'])} | "
               f"{c['rss_kb'] / 1024:.0f} MB | {c['worker_kb'] / 1024:.0f} MB | {c['rc']} |")
    return out


_DASHBOARD = """
import json, os, sys, time
sys.path.insert(0, {root!r})
from streamlit.testing.v1 import AppTest
from core import sandbox
from views import _common as c
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
data = open(sys.argv[1], "rb").read()
peak_worker = [0]
def worker_peak():
    for w in list(sandbox._idle):
        try:
            for line in open(f"/proc/{{w.proc.pid}}/status"):
                if line.startswith("VmHWM:"):
                    peak_worker[0] = max(peak_worker[0], int(line.split()[1]))
        except OSError:
            pass
t0 = time.perf_counter()
at = AppTest.from_file({app!r}, default_timeout=900)
at.run()
at.file_uploader[0].set_value(("quotes.xlsx", data, XLSX)).run()
assert not at.exception, at.exception
n = len(at.session_state["_ctx"].res.vendors)
for page in ("ranking", "compare", "risks", "robustness", "export", "settings", "upload"):
    at.switch_page(f"views/{{page}}.py").run()
    assert not at.exception, (page, at.exception)
worker_peak()
book = c.workbook(at.session_state["_ctx"].res, "zh", {{}})  # what the download button builds
t1 = time.perf_counter()
back = AppTest.from_file({app!r}, default_timeout=900)  # a second session uploads the scored workbook
back.run()
back.file_uploader[0].set_value(("scored.xlsx", book, XLSX)).run()
assert not back.exception, back.exception
worker_peak()
print(json.dumps({{"quotes": n, "back": len(back.session_state["_ctx"].res.vendors), "first": t1 - t0,
                  "readback": time.perf_counter() - t1, "book_mb": len(book) / 2**20,
                  "rss_kb": next(int(ln.split()[1]) for ln in open("/proc/self/status") if ln.startswith("VmHWM:")),
                  "worker_kb": peak_worker[0]}}))
"""


def dashboard(data_dir: Path) -> list[str]:
    from benchmarks import gen

    out = ["| quotes | upload, every page, the workbook built | second session uploads that workbook | "
           "server peak RSS | reader worker peak RSS |", "|---|---|---|---|---|"]
    from core import ingest

    cols = min(ingest.MAX_COLS, ingest.MAX_QUOTE_CELLS // ingest.MAX_QUOTES)
    wide = data_dir / f"wide_{ingest.MAX_QUOTES}x{cols}.xlsx"
    if not wide.exists():
        wide.write_bytes(_wide_xlsx(ingest.MAX_QUOTES, cols))
    cases = [(f"{n:,} × 40 columns", gen.write_files(n, data_dir)["xlsx"]) for n in (1000, ingest.MAX_QUOTES)]
    for label, path in cases + [(f"{ingest.MAX_QUOTES:,} × {cols} columns", wide)]:
        code = _DASHBOARD.format(root=str(ROOT), app=str(ROOT / "app.py"))
        r = subprocess.run([PY, "-c", code, str(path)], cwd=ROOT, capture_output=True, text=True)
        if r.returncode != 0:
            out.append(f"| {label} | failed: {r.stderr[-300:]!r} | | | |")
            continue
        g = json.loads(r.stdout.strip().splitlines()[-1])
        out.append(f"| {label} | {_ms(g['first'])} | {_ms(g['readback'])} ({g['back']:,} quotes, "
                   f"{g['book_mb']:.1f} MB) | {g['rss_kb'] / 1024:.0f} MB | {g['worker_kb'] / 1024:.0f} MB |")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=("overhead", "refusals", "limit", "dashboard"), action="append")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--data-dir", type=Path)
    ap.add_argument("--before", type=Path, help="a checkout of the code before (refusals: its outcome beside)")
    a = ap.parse_args(argv)
    parts = a.part or ["overhead", "refusals", "limit", "dashboard"]
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = a.data_dir or Path(tmp)
        data_dir.mkdir(parents=True, exist_ok=True)
        print(f"load average at start: {os.getloadavg()}")
        for part in parts:
            print(f"\n### {part}\n")
            lines = {"overhead": lambda: overhead(a.repeat, data_dir), "refusals": lambda: refusals(a.before),
                     "limit": lambda: limit(data_dir), "dashboard": lambda: dashboard(data_dir)}[part]()
            print("\n".join(lines), flush=True)
        print(f"\nload average at end: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
