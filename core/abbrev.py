"""A comparison typed up from handwritten notes in the writer's own shorthand, its key of abbreviations above the table.

A risk manager copies his notebook into Excel: '28.6w含', '等3（34050243007-24003）', 'SM4√（身份证 手机）', 'S R',
'日12', '维12m +升', '政另', '7*24 2h', '咨√ 合同√', '年2.8w', '源码全', and '〃' for "same as the row above" — with
a key (缩写 | 含义) that says what each means ('w | 万元；“含”=含税，“未税”=不含税', '企 / 流 / 电合 | 企业征信 / 银行流水分析 /
电子合同', '日12 | 操作日志保存12个月（日6=6个月，以此类推）'). Read as written, half the cells say nothing. Here every cell
below the key is written out by the key — parallel lists paired one to one, a figure in an abbreviation standing for any
figure, the key's own remarks ('括号内为…', '（不是国密）') left out — and '〃' takes the cell above it. Each cell keeps its
address; the key itself is said to have been used.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .ingest import RawSheet, _text, blank

_ABBR_HEAD_RE = re.compile(r"^(?:缩写|简写|简称|代号|记号|符号|写法)$")
_MEANING_HEAD_RE = re.compile(r"^(?:含义|意思|说明|全称|代表|表示|意义)$")
_DITTO = frozenset(("〃", "''", "同上", "\"", "”", "〞"))
_QUOTED_PAIR_RE = re.compile(r"[“\"]([^”\"]{1,6})[”\"]\s*[=＝]\s*([^，,；;。（(]{1,12})")
_REMARK_RE = re.compile(r"[（(][^（）()]*(?:=|以此类推|不是|即|例如|如)[^（）()]*[)）]")  # '（日6=6个月，以此类推）'
_CJK = r"\u4e00-\u9fff"
_NUM = r"\d+(?:\.\d+)?"


def _clean(meaning: str) -> str:
    """The meaning without the key's own remarks: '已取得等保三级，括号内为对方给的编号' -> '已取得等保三级',
    '括号内字段用国密SM4加密' -> '国密SM4加密', 'AES加密（不是国密）' -> 'AES加密'."""
    m = _REMARK_RE.sub("", meaning)
    m = re.sub(r"^括号内\S{0,4}?(?:用|为|是)", "", m)
    m = re.sub(r"[，,；;]\s*括号内.*$", "", m)
    m = re.sub(r"[，,；;]\s*[“\"].*$", "", m)  # 'w | 万元；“含”=含税…': the pairs are entries of their own
    return m.strip(" ，,；;")


def _entries(abbr: str, meaning: str) -> list[tuple[str, str]]:
    """(abbreviation, meaning) pairs one key row gives: parallel lists split one to one ('S / R' | '全站HTTPS / 角色权限')."""
    out = [(a, b) for a, b in _QUOTED_PAIR_RE.findall(meaning)]
    parts_a = [p.strip() for p in re.split(r"\s*[/／]\s*", abbr) if p.strip()]
    parts_m = [p.strip() for p in re.split(r"\s*[/／]\s*", meaning) if p.strip()]
    if len(parts_a) > 1 and len(parts_a) == len(parts_m):
        last = parts_m[-1]
        for k, (a, m) in enumerate(zip(parts_a, parts_m)):
            if k < len(parts_a) - 1 and len(m) <= 3 and last.startswith("不" + m):
                m = m + last[len(m) + 1:]  # '提供 / 不提供终身技术咨询': the shared object goes with the short one too
            out.append((a, _clean(m)))
    elif len(parts_a) == 1:
        out.append((abbr.strip(), _clean(meaning)))
    return [(a, m) for a, m in out if a and m]


def key_of(sh: RawSheet) -> tuple[int, int, list[tuple[re.Pattern, str, bool]]] | None:
    """(the key's header row, the row after its last entry, its patterns) for a sheet with a key of abbreviations; None
    for any other sheet."""
    rows = sh.rows
    for k, row in enumerate(rows[:40]):
        cols = [(c, _text(v).strip()) for c, v in enumerate(row) if not blank(v)]
        if len(cols) != 2 or not _ABBR_HEAD_RE.match(cols[0][1]) or not _MEANING_HEAD_RE.match(cols[1][1]):
            continue
        ac, mc = cols[0][0], cols[1][0]
        pairs = []
        end = k + 1
        while end < len(rows) and not blank(sh.cell(end, ac)) and not blank(sh.cell(end, mc)):
            pairs += _entries(_text(sh.cell(end, ac)), _text(sh.cell(end, mc)))
            end += 1
        if len(pairs) < 4:
            return None
        patterns = []
        for abbr, meaning in sorted(pairs, key=lambda p: -len(re.sub(r"[（(][^）)]*[）)]$", "", p[0]))):
            placeholder = bool(re.search(r"[（(][^）)]*[）)]$", abbr))
            bare = re.sub(r"[（(][^）)]*[）)]$", "", abbr).strip()
            if not bare:
                continue
            num = re.search(_NUM, bare)
            if num is not None and num.group() in meaning:  # '日12' | '操作日志保存12个月': any figure in its place
                body = re.escape(bare[:num.start()]) + f"({_NUM})" + re.escape(bare[num.end():])
                repl = meaning.replace(num.group(), "\\1", 1)
            else:
                body, repl = re.escape(bare), meaning.replace("\\", "\\\\")
            # an abbreviation stands apart: no letter of its own script beside it ('还' in '还是' is no 还款管理)
            cjk = re.search(f"[{_CJK}]", bare) is not None
            side = f"[{_CJK}]" if cjk else "[A-Za-z]"
            before = f"(?<!{side})" if re.match(f"[{_CJK}]" if cjk else "[A-Za-z]", bare) else ""
            after = f"(?!{side})" if re.search(f"[{_CJK}]$" if cjk else "[A-Za-z]$", bare) else ""
            if placeholder:  # '等3（编号）' | '已取得等保三级': what it says holds with the number; alone, only the level
                plain = re.sub(r"^(?:已取得|已经取得|已有|已)", "", meaning)
                patterns.append((re.compile(before + body + r"(?=\s*[（(])"), repl, False))
                patterns.append((re.compile(before + body + f"(?![{_CJK}])"), plain.replace("\\", "\\\\"), False))
            else:
                patterns.append((re.compile(before + body + after), repl, num is not None))
        return k, end, patterns
    return None


def expand(sh: RawSheet) -> RawSheet | None:
    """The sheet with every cell under its key of abbreviations written out (None when it has no key)."""
    key = key_of(sh)
    if key is None:
        return None
    k, end, patterns = key
    rows = [list(r) for r in sh.rows]
    above: dict[int, object] = {}
    for r in range(end, len(rows)):
        row = rows[r]
        filled = [c for c, v in enumerate(row) if not blank(v)]
        if len(filled) <= 1:
            continue  # a heading, a note
        for c, v in enumerate(row):
            if v.__class__ is not str:
                continue
            t = v.strip()
            if t in _DITTO and c in above:  # '〃': the cell above, as written out
                row[c] = above[c]
                continue
            out = t
            for pat, repl, _templated in patterns:
                out = pat.sub(repl, out)
            # the notebook's words apart are items apart ('5*8 次日', '企 流 电合'): never within a Latin phrase
            out = re.sub(r"(?<=[^\sA-Za-z、；;，,（(])\s+(?=[^\s、；;，,）)])|(?<=[^\s、；;，,（(])\s+(?=[^\sA-Za-z、；;，,）)])",
                         "、", out)
            row[c] = out
        above.update((c, row[c]) for c in filled)
    return replace(sh, rows=rows)
