"""A summary sorted into verdict buckets (docs/analyst-reading.md §9, "Other documents buyers compile").

A buyer reporting to the board often writes no row or column per vendor: one row per topic (报价, 等保三级, 操作日志保存≥6个月…)
and one column per verdict — 满足（已见书面材料） | 有条件/需另付费 | 不满足 | 待确认（仅口头或笼统表述） — each cell naming the vendors
that fall in it, by the short names a key above the table gives ('①昆明五华数科有限公司（五华）；…'), their own words in
brackets ('五华（12个月，异常操作可追溯）', '大理（“日志长期保存”）'). A row such as 报价 or 维保期满后年费 lists every vendor in one
cell ('五华 24.6万元（含税）；大理 21.8万元（含税）；…').

Laid out again as the table it summarises — a row per vendor, a column per topic — each vendor's cell the words the
analyst reads for it, at the bucket cell it came from:

- under a bucket of met requirements, the vendor's bracketed words, else the topic's own words ('全站HTTPS');
- under 有条件 / 不满足, the bracketed words, else '不满足';
- under 待确认, the bracketed words marked as only claimed; a name there with no words says nothing;
- the header's words ('≥6个月', '2小时内') are the buyer's requirement, never a vendor's value;
- a vendor the key or the price row says withdrew is kept with those words, so it is listed as declined, not scored.

The title, the writer's note, the key and the lines under the table are listed, never read.
"""
from __future__ import annotations

import re

from .declined import _says_declined
from .ingest import RawSheet, _text, blank
from .reading import LEGEND_MARKS

_BUCKETS = (  # (kind, header pattern)
    ("met", re.compile(r"^\s*(?:满足|符合|已满足|完全满足|达标|通过)")),
    ("partial", re.compile(r"^\s*(?:有条件|部分满足|需另付费|需另购|另行收费|条件满足)")),
    ("unmet", re.compile(r"^\s*(?:不满足|不符合|未满足|不达标|不通过)")),
    ("unsure", re.compile(r"^\s*(?:待确认|待核实|待定|未确认|仅口头|口头|存疑)")),
)
_TOPIC_HEAD_RE = re.compile(r"^\s*(?:对比项|比较项|比选项|评审项|考察项|项目|事项|指标|对比内容|条款)\s*$")
# the key: '①昆明五华数科有限公司（五华）' — a full name and the short name used below it
_KEY_RE = re.compile(r"(?:[①-⑳]|\d{1,2}[.、)）])?\s*(?P<full>[\u4e00-\u9fff（）()A-Za-z]{4,40}?(?:有限责任公司|股份有限公司|有限公司|集团|工作室))"
                     r"\s*[（(]\s*(?P<short>[\u4e00-\u9fffA-Za-z]{1,8})(?P<rest>[^）)]*)[）)]")
_WITHDRAWN_RE = re.compile(r"退出|放弃|不参与|不参加|弃标|未报价|declin|withdr", re.I)
_EMPTY_RE = re.compile(r"^\s*[—\-–－/／无]*\s*$")
_PROOF_ONLY_RE = re.compile(r"^\s*(?:备案证明|备案编号|备案号|测评报告|证书编号|证书)")
_SCAN = 12  # rows searched for the header


def _header(rows: list[list]) -> tuple[int, int, dict[int, str]] | None:
    """(header row, topic column, column -> bucket kind) when a row heads at least three verdict buckets."""
    for h in range(min(_SCAN, len(rows))):
        kinds: dict[int, str] = {}
        for c, v in enumerate(rows[h]):
            if v.__class__ is not str:
                continue
            # '不满足' before '满足': the longer word decides
            kind = next((k for k, rx in sorted(_BUCKETS, key=lambda b: b[0] != "unmet") if rx.match(v)), None)
            if kind is not None:
                kinds[c] = kind
        if len(kinds) >= 3 and "met" in kinds.values() and ("unmet" in kinds.values() or "unsure" in kinds.values()):
            tc = next((c for c, v in enumerate(rows[h]) if c not in kinds and v.__class__ is str and _TOPIC_HEAD_RE.match(v)),
                      None)
            if tc is None:
                tc = max((c for c in range(min(kinds)) if not blank(rows[h][c])), default=None)
            if tc is not None:
                return h, tc, kinds
    return None


def _key(rows: list[list], h: int) -> dict[str, tuple[str, str, tuple[int, int]]]:
    """short name -> (full name, what the key says beside it, the key's cell) from the lines above the header."""
    key: dict[str, tuple[str, str, tuple[int, int]]] = {}
    for r in range(h):
        for c, v in enumerate(rows[r]):
            if v.__class__ is str and ("（" in v or "(" in v):
                for m in _KEY_RE.finditer(v):
                    full = re.sub(r"^.*?[：:]", "", m.group("full")).strip()
                    key.setdefault(m.group("short").strip(), (full, m.group("rest"), (r, c)))
    return key


def _entries(text: str, shorts: list[str]) -> list[tuple[str, str]]:
    """(short name, its words) for each vendor a cell names: '五华（12个月…）、麒麟（12个月）', '五华 24.6万元（含税）；大理 …',
    '五华：还款计划及提醒、…；大理：…', '五华、大理、红塔'."""
    at = sorted((m.start(), s) for s in shorts for m in re.finditer(re.escape(s), text))
    # a short name inside another's ('古城' in '大理古城'): the longer one
    at = [(i, s) for i, s in at if not any(j <= i and i + len(s) <= j + len(t) and t != s for j, t in at)]
    out: list[tuple[str, str]] = []
    for k, (i, s) in enumerate(at):
        end = at[k + 1][0] if k + 1 < len(at) else len(text)
        words = text[i + len(s):end].strip()
        if words.startswith(("（", "(")):
            depth, j = 0, 0
            for j, ch in enumerate(words):
                depth += ch in "（(" and 1 or ch in "）)" and -1 or 0
                if depth == 0:
                    break
            words = words[1:j]
        else:
            words = re.sub(r"^[：:\s]+", "", words)
        words = re.sub(r"[；;、，,\s]+$", "", words).strip().strip("“”\"").strip()
        out.append((s, words))
    return out


def laid_out(sh: RawSheet) -> tuple[list[list], dict, list, dict] | None:
    """(rows, moved addresses, kept lines, short name -> full name) of a verdict-bucket summary laid out a row per vendor;
    None otherwise."""
    rows = sh.rows
    if len(rows) > 300:
        return None
    found = _header(rows)
    if found is None:
        return None
    h, tc, kinds = found
    key = _key(rows, h)
    if len(key) < 2:
        return None
    shorts = list(key)
    topics: list[tuple[int, str]] = []
    cells: dict[tuple[str, int], tuple[str, tuple[int, int]]] = {}  # (short, topic index) -> (words, address)
    kept: list[tuple[int, int, str, str]] = [(r, 0, "skip.note_row", " | ".join(_text(v) for v in rows[r] if not blank(v)))
                                             for r in range(h) if any(not blank(v) for v in rows[r])]
    ended = False
    for r in range(h + 1, len(rows)):
        row = rows[r]
        if all(blank(v) for v in row):
            ended = ended or bool(topics)
            continue
        topic = _text(sh.cell(r, tc)).strip()
        if ended or not topic:
            kept.append((r, 0, "skip.note_row", " | ".join(_text(v) for v in row if not blank(v))))
            continue
        t = len(topics)
        head, colon, listed = topic.partition("：") if "：" in topic else topic.partition(":")
        # '必备模块：商品管理、分期计算器、订单跟踪': the column is 必备模块, what a vendor that meets it has is the list
        label, meets = (head.strip(), listed.strip()) if colon and 1 < len(head.strip()) <= 10 and listed.strip() else (topic, topic)
        topics.append((r, label))
        named = 0
        for c, kind in sorted(kinds.items()):
            text = _text(sh.cell(r, c)).strip()
            if not text or _EMPTY_RE.match(text):
                continue
            for s, words in _entries(text, shorts):
                named += 1
                if kind == "met":
                    said = words or meets
                    if _PROOF_ONLY_RE.match(said):  # '备案证明53010243015-24003' under 等保三级: that level's filing
                        said = f"{label}，{said}"
                elif kind == "unsure":
                    if not words:
                        continue
                    said = f"{words}{LEGEND_MARKS['claimed']}"
                else:
                    said = words or "不满足"
                old = cells.get((s, t))
                cells[(s, t)] = (f"{old[0]}；{said}" if old else said, (r, c))
        if not named:
            kept.append((r, tc, "skip.note_row", " | ".join(_text(v) for v in row if not blank(v))))
    if not topics:
        return None
    quoting = [s for s in shorts if any((s, t) in cells for t in range(len(topics)))]
    if len(quoting) < 2:
        return None
    out: list[list] = [["供应商", *(tp for _r, tp in topics)]]
    moved: dict = {(0, 0): (h, tc)}
    moved.update({(0, 1 + t): (r, tc) for t, (r, _tp) in enumerate(topics)})
    for s in shorts:
        full, said, where = key[s]
        k = len(out)
        line = [full]
        moved[(k, 0)] = where
        for t in range(len(topics)):
            got = cells.get((s, t))
            line.append(got[0] if got else None)
            if got:
                moved[(k, 1 + t)] = got[1]
        if _WITHDRAWN_RE.search(said) and not any(line[1:]):
            # '丽江，11-27来函退出，不参与报价', '城区，12-02来函放弃': the key says it withdrew — a decline, listed
            said = said.strip("，,；; ")
            line[1] = said if _says_declined(said) else f"{said}（不参与报价）"
            moved[(k, 1)] = where
        if any(v is not None for v in line[1:]):
            out.append(line)
    return out, moved, kept, {s: key[s][0] for s in shorts}
