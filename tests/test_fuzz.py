"""Fuzzing ingestion: random bytes, and random mutations of valid files, under every accepted name.

``core.load.load`` may return a QuoteSet or raise the core's own ``QuoteError``; any other exception (a
parser's, a Rust panic, a bug of ours) fails the test. Mutations are byte-level (flip, insert, delete,
truncate) on the whole file and, for zip-based workbooks, inside one member that is then zipped again with
a valid CRC, so that the XML readers behind the zip layer are reached too.
"""
from __future__ import annotations

import io
import zipfile
from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import QuoteError
from core.load import load
from tests import fixtures_make as fm
from tests.test_hostile import BAD, LOADED

NAMES = ["q.xlsx", "q.xlsm", "q.xls", "q.ods", "q.csv", "q.tsv", "q.txt", "q"]
FUZZ = settings(max_examples=300, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@lru_cache(maxsize=1)
def bases() -> dict[str, bytes]:
    """Valid files of every format: the shared wide table, the long layout, one sheet per vendor, and the
    files of the hostile corpus that load (a formula, a 1 MB cell, UTF-16 without BOM, NUL bytes...)."""
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        out = {}
        for make in (fm.utf8_csv, fm.gb18030_csv, fm.utf16_tsv, fm.xlsm, fm.ods, fm.xls, fm.long_layout_xlsx,
                     fm.sheet_per_vendor_xlsx):
            p = make(tmp)
            out[p.name] = p.read_bytes()
        buf = io.BytesIO()
        fm._wide_workbook().save(buf)
        out["报价.xlsx"] = buf.getvalue()
    for p in sorted(BAD.iterdir()) if BAD.is_dir() else ():  # the hostile corpus's files that load
        if p.name in LOADED:
            out[p.name] = p.read_bytes()
    return out


def check(name: str, data: bytes) -> None:
    try:
        qs = load([(name, data)])
    except QuoteError as e:
        assert e.message("zh") and e.message("en")
        return
    assert qs.quotes


mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 2**31), st.integers(0, 7)),
    st.tuples(st.just("set"), st.integers(0, 2**31), st.sampled_from(b"\x00\xff<>&\"'=,\n\r\t;:/#0129AZaz\x80")),
    st.tuples(st.just("insert"), st.integers(0, 2**31), st.binary(min_size=1, max_size=16)),
    st.tuples(st.just("delete"), st.integers(0, 2**31), st.integers(1, 64)),
    st.tuples(st.just("truncate"), st.integers(0, 2**31), st.just(0)),
)


def mutate(data: bytes, ops: list[tuple]) -> bytes:
    b = bytearray(data)
    for op, pos, arg in ops:
        if not b:
            break
        i = pos % len(b)
        if op == "flip":
            b[i] ^= 1 << arg
        elif op == "set":
            b[i] = arg
        elif op == "insert":
            b[i:i] = arg
        elif op == "delete":
            del b[i:i + arg]
        else:
            del b[i:]
    return bytes(b)


@FUZZ
@given(st.binary(max_size=4096), st.sampled_from(NAMES))
def test_random_bytes(data, name):
    check(name, data)


@FUZZ
@given(st.binary(max_size=2048), st.sampled_from([b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"<html>",
                                                  b"\xff\xfe", b"\xef\xbb\xbf", b"<?xml "]),
       st.sampled_from(NAMES))
def test_random_bytes_behind_a_known_signature(data, magic, name):
    check(name, magic + data)


@FUZZ
@given(st.data(), st.lists(mutation, min_size=1, max_size=8))
def test_mutated_valid_files(data, ops):
    base = data.draw(st.sampled_from(sorted(bases())))
    name = data.draw(st.sampled_from([base, "q." + base.rsplit(".", 1)[-1], "q.xlsx", "q.csv"]))
    check(name, mutate(bases()[base], ops))


@FUZZ
@given(st.data(), st.lists(mutation, min_size=1, max_size=6))
def test_mutated_members_of_valid_workbooks(data, ops):
    base = data.draw(st.sampled_from(sorted(n for n, b in bases().items() if b[:2] == b"PK")))
    src = zipfile.ZipFile(io.BytesIO(bases()[base]))
    members = [i.filename for i in src.infolist()]
    target = data.draw(st.sampled_from(members))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for m in members:
            content = src.read(m)
            z.writestr(m, mutate(content, ops) if m == target else content)
    check(base, out.getvalue())
