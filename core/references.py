"""A comparison that writes the first vendor out in full and the others only where they differ.

To save space a buyer types '同云岩' (the same as the vendor whose short name is 云岩), '同上' (the row above), '比云岩多3个月'
(云岩's figure plus 3) or '只有云岩的一半' in the later vendors' cells. Read as written, those cells say nothing — or worse,
'比云岩多3个月' reads as 3 months. Here each such cell is written out from the cell it points to (in the same column, that
vendor's row), itself written out first when it points on ('同南明' where 南明's cell says '同云岩'), with any words after the
reference kept ('同云岩，另送智能客服机器人' is 云岩's list and the gift). A reference to no vendor of the table is left as
written. Each cell keeps its address; what was written out is said (note.references).
"""
from __future__ import annotations

import re

from .ingest import RawSheet, _text, blank, hand_probe
from .parse import cn_to_number

_STARTS = frozenset("同比只仅跟与和是为〃")  # (a long export is probed at its top: ingest.hand_probe)
_NAME = r"([^\s，,；;。:：（(、]{2,12}?)"
_SAME_RE = re.compile(rf"\s*(?:同|跟|与|和)\s*{_NAME}\s*(?:一样|相同|一致)?\s*(?:[，,；;]\s*(.+?))?\s*", re.S)
_DITTO_RE = re.compile(r"\s*(?:同上|〃|同上一行|同上一家)\s*")
_DELTA_RE = re.compile(rf"\s*比\s*{_NAME}\s*(多|少|长|短|慢|快|高|低|贵|便宜)\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)\s*"
                       r"(个月|月|小时|天|年|万元|万|元|%)?\s*")
_TIMES_RE = re.compile(rf"\s*(?:只有|仅有|仅为|只是|是|为)?\s*{_NAME}\s*的\s*(一半|两倍|二倍|双倍|三分之一|三分之二)\s*")
_MORE = frozenset(("多", "长", "慢", "高", "贵"))
_FACTORS = {"一半": 0.5, "两倍": 2.0, "二倍": 2.0, "双倍": 2.0, "三分之一": 1 / 3, "三分之二": 2 / 3}
_FIGURE_RE = re.compile(r"\d+(?:\.\d+)?")
_SHORT_HEAD_RE = re.compile(r"^(?:供应商|服务商|厂商|公司)?(?:简称|简写|缩写|代称)$|^short\s*name$", re.I)


# a company's own name that happens to open with 同 or 和 ('同创安达软件有限公司', '和信数科'): no reference
_COMPANY_END_RE = re.compile(r"(?:公司|集团|科技|软件|系统|数科|网络|信息|技术|金融|[a-z]\.?)\s*$", re.I)


def _is_reference(text: str) -> bool:
    if _DITTO_RE.fullmatch(text):
        return True
    if _COMPANY_END_RE.search(text) and not ("，" in text or "," in text or "；" in text):
        return False
    return bool(_SAME_RE.fullmatch(text) or _DELTA_RE.fullmatch(text) or _TIMES_RE.fullmatch(text))


def _table(sh: RawSheet, first_ref: int) -> tuple[int, int, dict[str, int]] | None:
    """(header row, vendor column, name -> row) of the table the references are in; None when there is none."""
    from .mapping import match_label

    for h in range(min(first_ref, 40)):
        row = sh.rows[h]
        vendor_cols, short_cols = [], []
        for c, v in enumerate(row):
            if blank(v) or v.__class__ is not str or len(v) > 20:
                continue
            if _SHORT_HEAD_RE.match(v.strip()):
                short_cols.append(c)
            elif (t := match_label(v).target) is not None and t.code == "vendor":
                vendor_cols.append(c)
        if not vendor_cols:
            continue
        vc = vendor_cols[0]
        names: dict[str, int] = {}
        for r in range(h + 1, len(sh.rows)):
            for c in [vc, *short_cols]:
                name = _text(sh.cell(r, c)).strip()
                if name and not _is_reference(name):
                    names.setdefault(name, r)
        return h, vc, names
    return None


def _row_of(name: str, names: dict[str, int]) -> int | None:
    if name in names:
        return names[name]
    rows = {r for full, r in names.items() if name in full}
    return rows.pop() if len(rows) == 1 else None


def _fmt(x: float) -> str:
    return str(int(x)) if abs(x - round(x)) < 1e-9 else f"{x:.2f}".rstrip("0").rstrip(".")


def _number(tok: str) -> float | None:
    if tok[:1].isdigit():
        return float(tok)
    return 0.5 if tok == "半" else cn_to_number(tok)


def written_out(sh: RawSheet) -> list[tuple[str, str, str]]:
    """Every reference cell of the sheet written out from the cell it points to; returns (address, as written, as
    read) for each, in the sheet's order."""
    if not any(v.__class__ is str and v[:1] in _STARTS and _is_reference(v) for row in hand_probe(sh.rows) for v in row):
        return []
    refs = [(r, c) for r, row in enumerate(sh.rows) for c, v in enumerate(row)
            if v.__class__ is str and v[:1] in _STARTS and len(v) <= 200 and _is_reference(v)]
    table = _table(sh, refs[0][0])
    if table is None:
        return []
    h, vc, names = table
    done: dict[tuple[int, int], str] = {}
    pending = {(r, c) for r, c in refs if r > h and c != vc}

    def value(r: int, c: int, depth: int = 0) -> str:
        if (r, c) in done:
            return done[(r, c)]
        text = _text(sh.cell(r, c))
        if (r, c) not in pending or depth > 8:
            return text
        out = text
        if _DITTO_RE.fullmatch(text):
            above = next((k for k in range(r - 1, h, -1) if not blank(sh.cell(k, vc))), None)
            if above is not None:
                out = value(above, c, depth + 1)
        elif (m := _SAME_RE.fullmatch(text)) and (k := _row_of(m.group(1), names)) is not None and k != r:
            out = value(k, c, depth + 1)
            if m.group(2):
                out = f"{out}；{m.group(2)}" if out else m.group(2)
        elif (m := _DELTA_RE.fullmatch(text)) and (k := _row_of(m.group(1), names)) is not None and k != r:
            base, n = value(k, c, depth + 1), _number(m.group(3))
            if (f := _FIGURE_RE.search(base)) is not None and n is not None:
                x = float(f.group()) + (n if m.group(2) in _MORE else -n)
                if x >= 0:
                    out = base[:f.start()] + _fmt(x) + base[f.end():]
        elif (m := _TIMES_RE.fullmatch(text)) and (k := _row_of(m.group(1), names)) is not None and k != r:
            base = value(k, c, depth + 1)
            if (f := _FIGURE_RE.search(base)) is not None:
                out = base[:f.start()] + _fmt(float(f.group()) * _FACTORS[m.group(2)]) + base[f.end():]
        done[(r, c)] = out
        return out

    found = []
    for r, c in sorted(pending):
        before = _text(sh.cell(r, c))
        after = value(r, c)
        if after != before:
            found.append((r, c, before, after))
    for r, c, before, after in found:
        sh.rows[r][c] = after
    return [(sh.address(r, c), before, after) for r, c, before, after in found]
