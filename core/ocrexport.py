"""A phone text-recognition app's export (白描, 扫描全能王, 微信 识图): paper quotes photographed one after another, their
recognised lines in one sheet.

A clerk photographs each vendor's printed 报价单 — its front and back, its pages — and exports what the app recognised:
图片 | 行号 | 识别文本 | 识别文本（续） | 置信度 | 校对标记 | 我的备注, a line per recognised line, a title line per picture
("【图片 2/7】拍摄时间 …"), a table's row split over the two text columns. Read as a table it is nothing. Here each vendor's
pictures are one quote: pictures in a row whose first line names the same company (a back, a second page) are one
document, read line by line like a pasted 报价单 (core.pasted), each line at its own cell; the app's usual slips are read
as what the paper says ('l9.6方元' is 19.6万元, '2O25' 2025, '第三圾' 第三级, '小吋' 小时), each line at the cell that
holds what the app recognised (the user checks the photo there). A picture that states no quote (a courier's waybill photographed by the way) is listed, never read; the
confidence, the app's 校对 mark and the user's own remarks are the app's and the buyer's (listed)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .formal import _company
from .ingest import RawSheet, Record, Skipped, _text, blank

_TEXT_HEAD_RE = re.compile(r"^(?:识别文本|识别结果|识别文字|ocr(?:文本|文字|结果)?|文字内容|recogni[sz]ed text)$", re.I)
_MORE_HEAD_RE = re.compile(r"^(?:识别文本|识别文字|ocr文本)\s*[（(]?\s*续\s*[)）]?$", re.I)
_CONF_HEAD_RE = re.compile(r"^(?:置信度|识别置信度|可信度|confidence)$", re.I)
_IMAGE_HEAD_RE = re.compile(r"^(?:图片|图片名|图片名称|文件名|照片|image|file|picture)$", re.I)
_PICTURE_TITLE_RE = re.compile(r"^\s*【\s*图片\s*\d+\s*/\s*\d+\s*】")
# the app's usual slips, read as what the paper says
_O_AS_ZERO_RE = re.compile(r"(?<=[\d,，.．:：])[Oo]|[Oo](?=[\d,，.．])")
_L_AS_ONE_RE = re.compile(r"(?<![A-Za-z])[lI](?=[\d.．]|[小个万天年月])|(?<=\d)[lI](?![A-Za-z])")
_WAN_RE = re.compile(r"(?<=[\d?？])\s*方(?=元|$|[（(，,；;。])")
_SCAN = 12


@dataclass
class _Pictures(RawSheet):
    """One vendor's pictures as the lines of a pasted document; each line addressed at its 识别文本 cell."""
    at: list[str] = field(default_factory=list)

    def address(self, r: int, c: int) -> str:
        return self.at[r] if 0 <= r < len(self.at) else super().address(r, c)


def as_paper(text: str) -> str:
    """A recognised line as the paper says it: '168,0OO' -> '168,000', 'l2个月' -> '12个月', 'l9.6方元' -> '19.6万元',
    '第三圾' -> '第三级', '2小吋' -> '2小时'."""
    s = unicodedata.normalize("NFKC", text)
    for _ in range(4):  # '0OO': each O beside a digit, until none is left
        t = _O_AS_ZERO_RE.sub("0", s)
        if t == s:
            break
        s = t
    s = _L_AS_ONE_RE.sub("1", s)
    s = _WAN_RE.sub("万", s)
    return s.replace("圾", "级").replace("吋", "时")


def _header(sh: RawSheet) -> tuple[int, int, int | None, int | None, int] | None:
    """(header row, text column, continued-text column, image column, confidence column), else None."""
    for r in range(min(len(sh.rows), _SCAN)):
        keys = [_text(v).strip() for v in sh.rows[r]]
        text = next((c for c, k in enumerate(keys) if _TEXT_HEAD_RE.match(k)), None)
        conf = next((c for c, k in enumerate(keys) if _CONF_HEAD_RE.match(k)), None)
        if text is None or conf is None:
            continue
        more = next((c for c, k in enumerate(keys) if c != text and _MORE_HEAD_RE.match(k)), None)
        image = next((c for c, k in enumerate(keys) if _IMAGE_HEAD_RE.match(k)), None)
        return r, text, more, image, conf
    return None


def read_ocr_export(sh: RawSheet) -> tuple[list[Record], list[Skipped]] | None:
    """Each vendor's photographed quote as one quote, with the lines it lists; None for any other sheet."""
    from .pasted import read_pasted

    head = _header(sh)
    if head is None:
        return None
    h, tc, mc, ic, cc = head
    listed: list[Skipped] = []

    def say(r: int, c: int, reason: str, t: str) -> None:
        listed.append(Skipped(sh.file, sh.sheet, sh.address(r, c), reason, t[:200]))

    for r in range(h):  # the app's banner and its legend
        if any(not blank(v) for v in sh.rows[r]):
            say(r, 0, "skip.note_row", " | ".join(_text(v) for v in sh.rows[r] if not blank(v)))
    pictures: list[tuple[str, list[int]]] = []  # (picture, its rows) in the order photographed
    for r in range(h + 1, len(sh.rows)):
        text = _text(sh.cell(r, tc)).strip()
        name = _text(sh.cell(r, ic)).strip() if ic is not None else ""
        if _PICTURE_TITLE_RE.match(text) or (not text and not _text(sh.cell(r, mc)).strip() if mc is not None else not text):
            if text:
                say(r, tc, "skip.doc_line", text)  # '【图片 2/7】拍摄时间 …': the app's title for the picture
            if name and (not pictures or pictures[-1][0] != name):
                pictures.append((name, []))
            continue
        if not pictures or (name and pictures[-1][0] != name):
            pictures.append((name, []))
        pictures[-1][1].append(r)
        for c, v in enumerate(sh.rows[r]):  # the app's confidence and marks, the user's remarks: never the vendor's
            if c not in (tc, mc, ic, cc) and c > cc and not blank(v):
                say(r, c, "skip.buyer_note", _text(v))
    if len(pictures) < 2:
        return None
    # a picture whose first line names the company of the one before it is more of that document (its back, page 2)
    docs: list[list[int]] = []
    last = None
    for _name, rows in pictures:
        if not rows:
            continue
        company = _company(as_paper(_text(sh.cell(rows[0], tc))))
        if docs and company is not None and company == last:
            docs[-1] += rows
        else:
            docs.append(list(rows))
        last = company
    records: list[Record] = []
    for rows in docs:
        lines, at, seen = [], [], []
        for r in rows:
            parts = [_text(sh.cell(r, tc)).strip()] + ([_text(sh.cell(r, mc)).strip()] if mc is not None else [])
            line = "    ".join(p for p in parts if p)  # a table's row split over the two columns: one line again
            if line:
                lines.append([as_paper(line)])
                at.append(sh.address(r, tc))
                seen.append(line)
        got = read_pasted(_Pictures(sh.file, sh.sheet, lines, at=at), document=True) if lines else None
        if got is None:  # no price, term or module: no quote (a waybill photographed by the way)
            listed += [Skipped(sh.file, sh.sheet, a, "skip.doc_line", x[:200]) for x, a in zip(seen, at)]
            continue
        rec, doc_lines = got
        records.append(rec)
        listed += doc_lines
    return (records, listed) if records else None
