"""Terms written as a code string per vendor, the code explained in a key line above the table.

A risk department that wants the after-sales terms comparable at a glance asks each vendor to fill in a code such as
'M12-U1-P0-S24-R2-C1-L1', explained above the table: 'M=免费维护月数；U=维护含版本升级（1含/0不含）；P=政策调整是否收费（1收费/
0免费）；S=技术支持每天小时数（24即7×24，8即5×8工作日）；R=响应时间（小时）；C=终身技术咨询（1有/0无）；L=以上承诺写入合同（1是/0否）'.
Each code is read as the sentences it stands for ('免费维护12个月；维护含版本升级：含；…'), a letter answered '?' as nothing said,
the cell keeping its address; the key line is used, not read as a quote.
"""
from __future__ import annotations

import re

from .ingest import RawSheet, _text

_KEY_ITEM_RE = re.compile(r"(?:^|[；;：:\s])([A-Z])\s*[=＝]\s*([^；;=＝]+?)(?=[；;]|\s+[A-Z]\s*[=＝]|$)")
_CODE_CELL_RE = re.compile(r"^\s*[A-Z][\d?？]+(?:\s*[-－]\s*[A-Z][\d?？]+){2,}\s*$")
_FLAG_RE = re.compile(r"[（(]\s*1\s*([^/／）)]+?)\s*[/／]\s*0\s*([^）)]+?)\s*[)）]")
_ALIAS_RE = re.compile(r"(\d+)\s*即\s*([^，,）)]+)")


def key_of(rows: list[list]) -> dict[str, str] | None:
    """letter -> its meaning, from a line explaining at least four letters; None without one."""
    for row in rows[:15]:
        for v in row:
            if v.__class__ is str and v.count("=") + v.count("＝") >= 4:
                key = {m.group(1): m.group(2).strip() for m in _KEY_ITEM_RE.finditer(v)}
                if len(key) >= 4:
                    return key
    return None


def spelled(code: str, key: dict[str, str]) -> str | None:
    """A code ('M12-U1-P0-S24-R2-C1-L1') as the sentences its key gives; None when a letter is not in the key."""
    out = []
    for part in re.split(r"\s*[-－]\s*", code.strip()):
        letter, value = part[0], part[1:].replace("？", "?")
        meaning = key.get(letter)
        if meaning is None:
            return None
        if value == "?" or not value:
            continue
        base = re.sub(r"[（(].*$", "", meaning).strip()
        if (flag := _FLAG_RE.search(meaning)) is not None and value in ("0", "1"):
            out.append(f"{base}：{flag.group(1).strip() if value == '1' else flag.group(2).strip()}")
        elif (alias := dict(_ALIAS_RE.findall(meaning))) and value in alias:
            out.append(f"{re.sub(r'每天|小时数|天数', '', base)}：{alias[value].strip()}")
        elif "月" in meaning:
            out.append(f"{re.sub(r'月数|月份数|时长|期限|期$', '', base)}{value}个月")
        elif "小时" in meaning:
            out.append(f"{re.sub(r'[（(].*', '', base)}：{value}小时内")
        else:
            out.append(f"{base}：{value}")
    return "；".join(out)


def laid_out(sh: RawSheet) -> tuple[list[list], int] | None:
    """(rows with each code cell spelled out, cells rewritten), or None for a sheet with no coded terms."""
    key = key_of(sh.rows)
    if key is None:
        return None
    out = [list(row) for row in sh.rows]
    n = 0
    for r, row in enumerate(out):
        for c, v in enumerate(row):
            if v.__class__ is str and _CODE_CELL_RE.match(v) and (said := spelled(v, key)) is not None:
                row[c] = said
                n += 1
                head = next((h for h in range(r - 1, -1, -1) if c < len(out[h]) and out[h][c].__class__ is str
                             and out[h][c] and not _CODE_CELL_RE.match(_text(out[h][c]))), None)
                if head is not None and "代码" in _text(out[head][c]):
                    out[head][c] = "售后服务"  # '售后代码': the column of the terms it spells
    return (out, n) if n >= 2 else None
