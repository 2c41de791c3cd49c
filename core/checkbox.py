"""A form's row of check boxes as a vendor fills it in: only the ticked options answer.

Bank-style evaluation forms (供应商准入评估表) and questionnaires print every option in the answer cell and let the vendor
tick one or more: "☑是　☐否　☐选配（另计）", "☐3个月　☐6个月　☑12个月及以上", "■是 □否", "[x] Yes [ ] No", "√是 □否",
"是（√）　否（ ）". Such a cell holds both 是 and 否: read as written it says both. `ticked` gives what the vendor chose
("是", "12个月及以上", "人行征信中心、百行征信"), with any note written after the boxes ("☐是　☑否　（工作日9:00-18:00）" ->
"否；（工作日9:00-18:00）"); a row of boxes with none ticked is no answer ("": unknown, never a no).
"""
from __future__ import annotations

import re

# Boxes wherever they stand, and marks that are boxes only beside their own empty counterpart ('■是 □否', '●是 ○否',
# '√是 □否'): a lone ○ or ✓ is a legend's symbol or a plain yes, read elsewhere.
_BOXES = ("☑☒✅▣", "☐")
_PAIRED = (("■", "□"), ("●◉", "○◯"), ("√✓✔", "□☐"))
_TICK = "xX×✓✔√■●"
_BRACKETS = (r"[\[【(（]\s*[" + _TICK + r"]\s*[\]】)）]", r"[\[【(（]\s{0,2}[\]】)）]")
_ALL_MARKS = "".join(_BOXES) + "".join(a + b for a, b in _PAIRED)
_MARK_RE = re.compile(rf"({_BRACKETS[0]})|({_BRACKETS[1]})|([{re.escape(_ALL_MARKS)}])")
_CHEAP = frozenset(_ALL_MARKS + "[【(（")
_LEGEND_RE = re.compile(r"图例|圖例|符号说明|符號說明|标记说明|legend", re.I)
# Where an option's words end and a note begins: a full-width space, two spaces, a tab or a line break; one space
# before a bracket or a note word.
_NOTE_SPLIT_RE = re.compile(r"\u3000+|\s{2,}|[\t\n\r]+|\s(?=[(（【\[]|说明|備註|备注|注[:：]|note|remark)", re.I)
_SEP = " \u3000\t\r\n,，;；/|、:："
_EMPTY_ROW_RE = re.compile(r"(?:□\s*[^□■●○√✓✔\n]{1,30}\s*){2,}")


def _marks(text: str) -> list[tuple[int, int, bool]]:
    """The check boxes of a cell as (start, end, ticked); [] when the cell is no row of boxes."""
    present = set(text)
    out = []
    for m in _MARK_RE.finditer(text):
        if m.group(1) or m.group(2):
            out.append((m.start(), m.end(), m.group(1) is not None))
            continue
        ch = m.group(3)
        if ch in _BOXES[0] or ch in _BOXES[1]:
            out.append((m.start(), m.end(), ch in _BOXES[0]))
            continue
        for on, off in _PAIRED:  # a paired mark counts beside its counterpart only
            if (ch in on and present & set(off)) or (ch in off and present & set(on)):
                out.append((m.start(), m.end(), ch in on))
                break
    if not out or (len(out) < 2 and not out[0][2]):
        return []
    return out


def _options(text: str, marks: list[tuple[int, int, bool]]) -> tuple[list[tuple[str, bool]], str, list[str]] | None:
    """Each box's option words, what stands before the boxes, and the notes after them; None when the marks do not
    each sit beside an option (a '√' inside a sentence, an empty pair of brackets in a remark)."""
    before = all(text[e:].lstrip(" \u3000")[:1] not in ("", *_SEP, *_CHEAP) for _s, e, _t in marks)
    if before:  # '☑是　☐否': each box opens its option
        head = text[:marks[0][0]]
        segs = [text[e:(marks[i + 1][0] if i + 1 < len(marks) else len(text))] for i, (_s, e, _t) in enumerate(marks)]
    else:  # '是（√）　否（ ）': each box closes its option
        starts = [0] + [e for _s, e, _t in marks[:-1]]
        segs = [text[a:s] for a, (s, _e, _t) in zip(starts, marks)]
        if any(not seg.strip(_SEP) for seg in segs):
            return None
        head, tail = "", text[marks[-1][1]:]
        segs = [seg.strip(_SEP) for seg in segs]
        if tail.strip(_SEP):
            segs[-1] = segs[-1] + "\u3000" + tail.strip(_SEP)
        segs = segs[:-1] + [segs[-1]]
        # the text before the first option may be a label: '等保：是（√） 否（ ）'
        first = re.split(r"[:：]", segs[0])
        if len(first) > 1:
            head, segs[0] = first[0], first[-1]
    options, notes = [], []
    for seg, (_s, _e, on) in zip(segs, marks):
        parts = _NOTE_SPLIT_RE.split(seg.strip(_SEP), maxsplit=1)
        options.append((parts[0].strip(_SEP), on))
        if len(parts) > 1 and parts[1].strip(_SEP):
            notes.append(parts[1].strip(_SEP))
    return options, head.strip(_SEP), notes


def ticked(text: str) -> str | None:
    """The options ticked in a row of check boxes, then the notes written after it; None when the text holds no row
    of boxes (read it as it is), "" when no box is ticked (no answer)."""
    if not _CHEAP.intersection(text) or _LEGEND_RE.search(text):
        return None
    marks = _marks(text)
    if not marks:
        # a row of empty boxes only ('□無償／免费　□有償／收费'): the question left unanswered
        return "" if text.count("□") >= 2 and _EMPTY_ROW_RE.fullmatch(text.strip()) else None
    read = _options(text, marks)
    if read is None:
        return None
    options, head, notes = read
    chosen = [o for o, on in options if on and o]
    if not chosen:
        return ""
    answer = "、".join(chosen)
    if head:
        answer = f"{head}：{answer}"
    return "；".join([answer] + notes)
