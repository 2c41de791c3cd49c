"""The evaluation report (评审报告): one Word document the committee reads, signs and files (issue 14).

``report_bytes(result, lang, title=None, date=None, extra_inputs=())`` -> the .docx bytes, built with python-docx
from the same ``Result`` the dashboard shows; the CLI (``score … --report OUT.docx``) and the Export page call it.

Parts (headings in the report's language), after a cover (title, business type, date, report number):
 1. Basis: criteria, weights and gates in force, VAT and total-cost assumptions, the SHA-256 of every input file
    (``QuoteSet.inputs``, hashed when the files were loaded) and of the profile (``Profile.to_json()``, byte for
    byte the settings file the Export page downloads), and how to check them.
 2. Recommendation: the top pick, its gate state, and the decisive differences with the runner-up in sentences.
 3. Ranking table (the first RANKING_ROWS; how many more are in the workbook) and two charts as PNG images drawn
    without a browser (core.report_charts, matplotlib).
 4. Per quote (the first DETAIL_QUOTES): red and amber flags, what is not proven yet, the questions for the
    vendor, the answers received, the contract clauses to insist on.
 5. Robustness in sentences: weight intervals, rank stability, TOPSIS agreement (core.robustness).
 6. The evaluation team.
 7. Signature page: roles with name, opinion, signature and date cells.

Optional data other issues add (read defensively: ``getattr``, dict or attribute entries alike; a part with
nothing to say says so in one line). Exactly these are read:

* Clarification answers and revised quotes (issue 12):
  - ``VendorResult.history``, else ``VendorResult.quote.history``: a list of entries, each a dict or an object
    with ``field`` (a canonical field id), ``from`` (or ``from_`` / ``before``), ``to`` (or ``after``) and
    ``source`` (a text, or a dict / object with ``file``, ``sheet``, ``cell``); optionally ``question`` and
    ``evidence``. Shown per quote in part 4, counted in part 1 (answers, and the distinct source files).
  - ``QuoteSet.inputs[*].kind`` for a returned letter is named by the i18n key ``rep.kind.<kind>`` when it
    exists (else the kind code is shown); its SHA-256 is listed like any input.
* The evaluation team (issue 13):
  - ``Result.evaluation``, else ``Result.quoteset.evaluation``: a dict or an object with
    ``evaluators`` (names, or entries with ``name``), ``scores`` (entries with ``evaluator``, ``quote`` (the
    quote's key, 'vendor / package'), ``criterion``, ``score``, ``reason``), ``disagreements`` (entries with
    ``quote``, ``criterion``, ``spread``, ``scores``: entries with ``evaluator``, ``score``, ``reason``) and
    ``consensus`` (entries with ``quote``, ``criterion``, ``score``, ``comment``). Any of them may be missing.
  - ``VendorResult.evaluation``: criterion id -> ``{mean, min, max, n}`` (the JSON contract), for the summary
    table of part 6.
  - Criterion names: ``crit.<id>`` when i18n has it, else the id. A fifth score group in ``schema.GROUPS``
    appears in the weights, the ranking table and the charts by itself (named by ``group.<id>``).
  - Evaluators' names fill the 评审成员 rows of the signature page.

Text from a quote or a returned file is data: every text goes into a run's text (python-docx escapes it), with
the characters XML cannot hold replaced (core.untrusted.xml_text). The only fields in the document are the
footer's PAGE and NUMPAGES, written here; nothing from input becomes a field code, a hyperlink or an image.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import io
import re
from typing import Any, Iterable

from . import schema
from .schema import GATE_MARK
from .flags import ASK_FIRST, clauses, questions, settling
from .i18n import LANGS, has, join_list, money, t
from .model import InputFile
from .report import criterion_text, value_text, wan_number
from .scoring import Result, VendorResult, criterion_weights
from .untrusted import xml_text

RANKING_ROWS = 50  # the ranking table's rows; the workbook has every quote
DETAIL_QUOTES = 10  # quotes with their own part-4 section; the workbook's Flags sheet has every quote
DECISIVE = 4  # criteria named in the recommendation
TEXT_CHARS = 300  # a text from a file is cut here in the report (the workbook keeps it whole)
MEMBER_ROWS = 3  # 评审成员 rows on the signature page when no evaluator is known
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# Fonts by name: Word on a Chinese Windows has them all; LibreOffice substitutes (Liberation, Noto CJK).
_LATIN, _EAST_ASIA, _EAST_ASIA_HEAD, _MONO = "Arial", "SimSun", "SimHei", "Courier New"
_PAGE_CM = (21.0, 29.7)  # A4
_MARGIN_CM = 2.0
_HEAD_FILL = "DCE6F1"
_GATE_FILL = {"unverified": "FFF2CC", "fail": "EDEDED"}
_DARK = (0x1F, 0x2D, 0x3D)
_KEEP_ROWS = 25  # a table up to this many rows is kept on one page


# --------------------------------------------------------------------------------------------------- helpers
def _text(v: Any, limit: int = TEXT_CHARS) -> str:
    """Any value as text a run can hold: XML-illegal characters replaced, cut to ``limit``."""
    s = "" if v is None else (v if isinstance(v, str) else str(v))
    s = xml_text(s)
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _get(obj: Any, *names: str, default: Any = None) -> Any:
    """The first of ``names`` a dict entry or an object has (not None)."""
    for n in names:
        v = obj.get(n) if isinstance(obj, dict) else getattr(obj, n, None)
        if v is not None:
            return v
    return default


def _items(v: Any) -> list:
    """A list from whatever was given (None -> [], one text -> [text])."""
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    if isinstance(v, dict):
        return list(v.values())
    try:
        return list(v)
    except TypeError:
        return []


def _num(v: Any, digits: int = 1) -> str:
    """A score or count as text: 3.7, 4; a value that is not a number as written; None as a dash."""
    if v is None:
        return "—"
    if isinstance(v, bool):
        return _text(v)
    try:
        return f"{float(v):.{digits}f}"
    except (TypeError, ValueError):
        return _text(v)


def _crit_name(cid: Any, lang: str) -> str:
    return t(f"crit.{cid}", lang) if has(f"crit.{cid}") else _text(cid)


def _sep(lang: str) -> str:
    return "" if lang == "zh" else " "


def profile_sha256(profile) -> str:
    """SHA-256 of the profile as the settings file holds it (Profile.to_json, UTF-8)."""
    return hashlib.sha256(profile.to_json().encode("utf-8")).hexdigest()


def profile_input(name: str, data: bytes) -> InputFile:
    """A profile file given beside the quotes (the CLI's --profile), listed with its own SHA-256."""
    return InputFile(name, hashlib.sha256(data).hexdigest(), "profile")


def report_number(result: Result, date: _dt.date, extra_inputs: Iterable[InputFile] = ()) -> str:
    """VQC-YYYYMMDD-XXXXXXXX: the date, and the first hex digits of a hash over the inputs and the profile."""
    h = hashlib.sha256()
    for f in [*result.quoteset.inputs, *extra_inputs]:
        h.update(f.sha256.encode("ascii", "replace"))
    h.update(profile_sha256(result.profile).encode("ascii"))
    return f"VQC-{date:%Y%m%d}-{h.hexdigest()[:8].upper()}"


def history(vr: VendorResult) -> list:
    """Clarification answers and revisions of a quote (issue 12), [] until they exist."""
    return _items(getattr(vr, "history", None) or getattr(vr.quote, "history", None))


def team(result: Result) -> Any:
    """The evaluation team's merged score sheets (issue 13), None until they exist: core.evaluation's view of
    them (evaluators, scores, disagreements, consensus) when the quotes came with score sheets."""
    if getattr(result.quoteset, "evaluation", None) is not None:
        from .evaluation import report_view  # lazy: only a report of an evaluated comparison needs it

        return report_view(result)
    return getattr(result, "evaluation", None)


def _source_text(src: Any) -> str:
    if src is None:
        return ""
    if isinstance(src, str):
        return src
    parts = [_get(src, k) for k in ("file", "sheet", "cell")]
    parts = [str(p) for p in parts if p]
    return " › ".join(parts) if parts else str(src)


def _value_text(fid: Any, v: Any, lang: str) -> str:
    """A value an answer set, in words where it is a known field (12 个月, 19.8 万元), else as written."""
    if isinstance(fid, str) and fid in schema.FIELDS:
        try:
            return value_text(fid, v, lang)
        except (TypeError, ValueError, KeyError):
            pass
    return t("val.unknown", lang) if v is None else _text(v)


# ---------------------------------------------------------------------------------------------- the writer
class _Doc:
    """A python-docx Document with the report's styles and the few ways text gets into it."""

    def __init__(self, lang: str):
        from docx import Document
        from docx.enum.style import WD_STYLE_TYPE
        from docx.shared import Cm, Pt, RGBColor

        self.Cm, self.Pt = Cm, Pt
        self.lang = lang
        self.doc = Document()
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(_PAGE_CM[0]), Cm(_PAGE_CM[1])
        sec.left_margin = sec.right_margin = Cm(_MARGIN_CM)
        sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.size = Pt(10.5)
        _fonts(normal.element, _LATIN, _EAST_ASIA)
        _lang(normal.element, lang)
        normal.paragraph_format.space_after = Pt(4)
        normal.paragraph_format.line_spacing = 1.2
        for name, size in (("Heading 1", 15), ("Heading 2", 12)):
            st = styles[name]
            _fonts(st.element, _LATIN, _EAST_ASIA_HEAD)
            st.font.size = Pt(size)
            st.font.color.rgb = RGBColor(*_DARK)
            st.paragraph_format.space_before = Pt(16 if size > 12 else 10)
            st.paragraph_format.space_after = Pt(6)
        self.bullet = styles["List Bullet"]
        cell = self.cell_style = styles.add_style("VQC Table", WD_STYLE_TYPE.PARAGRAPH)
        cell.base_style = normal
        cell.font.size = Pt(8.5)
        cell.paragraph_format.space_after = Pt(0)
        cell.paragraph_format.line_spacing = 1.0
        small = self.small = styles.add_style("VQC Note", WD_STYLE_TYPE.PARAGRAPH)
        small.base_style = normal
        small.font.size = Pt(9)
        small.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    # text
    def para(self, text: str = "", style=None, bold: bool = False, size: float | None = None, align=None):
        p = self.doc.add_paragraph(style=style)
        if text:
            r = p.add_run(_text(text, 10_000))
            r.bold = bold or None
            if size:
                r.font.size = self.Pt(size)
        if align is not None:
            p.alignment = align
        return p

    def label(self, text: str):
        """A bold line that introduces what follows (kept on its page)."""
        p = self.para(text, bold=True)
        p.paragraph_format.keep_with_next = True
        return p

    def heading(self, text: str, level: int = 1):
        return self.doc.add_heading(_text(text, 10_000), level)

    def bullets(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.para(line, style=self.bullet)

    def note(self, text: str):
        return self.para(text, style=self.small)

    def page_break(self) -> None:
        self.doc.add_page_break()

    # tables
    def table(self, headers: list[str] | None, rows: list[list], widths: list[float],
              fills: list[str | None] | None = None, mono: tuple[int, ...] = (), height_cm: float | None = None,
              align_right: tuple[int, ...] = (), size: float | None = None):
        """A table of texts, ``widths`` in cm (they add up to at most the text width: it fits the page); the header
        row (None: none) repeats on every page; a row never splits across pages."""
        from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        all_rows = rows if headers is None else [headers, *rows]
        tbl = self.doc.add_table(rows=len(all_rows), cols=len(widths))
        tbl.style = self.doc.styles["Table Grid"]
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        tbl.autofit = False
        _cell_margins(tbl, 0.1)
        ws = [self.Cm(w) for w in widths]
        for col, w in zip(tbl.columns, ws):
            col.width = w
        head = 0 if headers is None else 1
        for i, (row, values) in enumerate(zip(tbl.rows, all_rows)):
            is_head = i < head
            fill = _HEAD_FILL if is_head else (fills[i - head] if fills else None)
            if is_head:
                _row_flag(row, "w:tblHeader")
            elif height_cm:
                row.height = self.Cm(height_cm)
            _row_flag(row, "w:cantSplit")
            for j, (cell, v, w) in enumerate(zip(row.cells, values, ws)):
                cell.width = w
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                p = cell.paragraphs[0]
                p.style = self.cell_style
                run = p.add_run(_text(v))
                if size:
                    run.font.size = self.Pt(size)
                if is_head:
                    run.bold = True
                elif j in mono:
                    run.font.name = _MONO
                    run.font.size = self.Pt(7)
                if not is_head and j in align_right:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if fill:
                    _shade(cell, fill)
                if i < len(all_rows) - 1 and (is_head or len(all_rows) <= _KEEP_ROWS):
                    p.paragraph_format.keep_with_next = True  # a short table on one page; a header with a row
        self.doc.add_paragraph().paragraph_format.space_after = self.Pt(2)
        return tbl

    def pictures(self, items: list[tuple[bytes, str]], width_cm: float) -> None:
        """Pictures side by side, each with its caption below (a borderless table)."""
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        tbl = self.doc.add_table(rows=2, cols=len(items))
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        tbl.autofit = False
        for j, (png, caption) in enumerate(items):
            for row in tbl.rows:
                row.cells[j].width = self.Cm(width_cm + 0.4)
            p = tbl.rows[0].cells[j].paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run().add_picture(io.BytesIO(png), width=self.Cm(width_cm))
            c = tbl.rows[1].cells[j].paragraphs[0]
            c.style = self.small
            c.alignment = WD_ALIGN_PARAGRAPH.CENTER
            c.add_run(_text(caption))

    def orientation(self, landscape: bool) -> float:
        """Go on in a new section, landscape or portrait (a wide table gets a wide page); the text width in cm."""
        from docx.enum.section import WD_ORIENT, WD_SECTION

        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        w, h = (_PAGE_CM[1], _PAGE_CM[0]) if landscape else _PAGE_CM
        sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = self.Cm(w), self.Cm(h)
        return w - 2 * _MARGIN_CM

    def footer(self, number: str) -> None:
        """Report number and 'page X of Y' at the foot of every page: the only fields in the document."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        p = self.doc.sections[0].footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.style = self.small
        p.add_run(t("rep.footer", self.lang, number=number) + "　　")
        template = t("rep.footer.page", self.lang)
        for piece in re.split(r"(\{page\}|\{pages\})", template):
            if piece == "{page}":
                _field(p, "PAGE")
            elif piece == "{pages}":
                _field(p, "NUMPAGES")
            elif piece:
                p.add_run(piece)

    def save(self) -> bytes:
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()


def _fonts(style_el, latin: str, east_asia: str) -> None:
    """A style's fonts: Latin and East Asian by name (the template's theme fonts would override names)."""
    from docx.oxml.ns import qn

    rpr = style_el.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    rfonts.set(qn("w:ascii"), latin)
    rfonts.set(qn("w:hAnsi"), latin)
    rfonts.set(qn("w:eastAsia"), east_asia)
    rfonts.set(qn("w:cs"), latin)


def _cell_margins(tbl, cm: float) -> None:
    """Left and right padding of every cell (Word's default, 0.19 cm, wastes a narrow column)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(round(cm * 567)))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    _insert(tbl._tbl.tblPr, mar, ("tblLook", "tblCaption", "tblDescription"))


def _lang(style_el, lang: str) -> None:
    """The language of the text (Chinese glyph forms for the East Asian runs, whatever the report's language)."""
    from docx.oxml.ns import qn

    rpr = style_el.get_or_add_rPr()
    el = rpr.makeelement(qn("w:lang"), {qn("w:val"): "zh-CN" if lang == "zh" else "en-US",
                                        qn("w:eastAsia"): "zh-CN"})
    rpr.append(el)


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    _insert(cell._tc.get_or_add_tcPr(), shd, ("noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark"))


def _insert(parent, el, successors: tuple[str, ...]) -> None:
    """``el`` into ``parent`` before the first of ``successors`` there (the schema's order, which Word enforces)."""
    from docx.oxml.ns import qn

    after = next((c for c in parent if c.tag in {qn(f"w:{n}") for n in successors}), None)
    if after is None:
        parent.append(el)
    else:
        after.addprevious(el)


def _row_flag(row, tag: str) -> None:
    """A row property that is on or off: w:tblHeader (repeat on every page), w:cantSplit (never split)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement(tag)
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def _field(paragraph, instr: str) -> None:
    """A simple field with a fixed instruction (PAGE, NUMPAGES); never called with text from input."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    if instr not in ("PAGE", "NUMPAGES"):
        raise ValueError(instr)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    txt = OxmlElement("w:t")
    txt.text = "1"
    r.append(txt)
    fld.append(r)
    paragraph._p.append(fld)


# ---------------------------------------------------------------------------------------------- the parts
def _cover(d: _Doc, res: Result, title: str, date: _dt.date, number: str, files: int) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    lang, p = d.lang, res.profile
    for _ in range(5):
        d.para()
    d.para(title, bold=True, size=24, align=WD_ALIGN_PARAGRAPH.CENTER)
    d.para(t("rep.subtitle", lang, type=t(f"bt.{p.business_type}", lang)), size=13,
           align=WD_ALIGN_PARAGRAPH.CENTER)
    for _ in range(3):
        d.para()
    top = res.top
    rows = [
        [t("rep.cover.business_type", lang), t(f"bt.{p.business_type}", lang)],
        [t("rep.cover.date", lang), date.isoformat()],
        [t("rep.cover.number", lang), number],
        [t("rep.cover.quotes", lang), t("rep.cover.quotes_line", lang, n=len(res.vendors), files=files,
                                        passed=sum(v.gate == "pass" for v in res.vendors))],
    ]
    if top is not None:
        rows.append([t("rep.cover.top", lang), t("rep.cover.top_line", lang, vendor=top.quote.key,
                                                 gate=f"{GATE_MARK[top.gate]} {t(f'gate.{top.gate}', lang)}")])
    rows.append([t("rep.cover.prepared", lang), t("rep.cover.prepared_line", lang)])
    d.table(None, rows, [3.6, 9.4], height_cm=0.8, size=11, fills=[None] * len(rows))
    for _ in range(4):
        d.para()
    d.note(t("rep.cover.note", lang))
    d.page_break()


def _basis(d: _Doc, res: Result, extra_inputs: list[InputFile]) -> None:
    lang, p = d.lang, res.profile
    d.heading(t("rep.h.basis", lang))
    d.heading(t("rep.basis.settings", lang), 2)
    lo, hi = p.budget
    d.para(t("rep.basis.settings_line", lang, type=t(f"bt.{p.business_type}", lang),
             budget=f"{money(lo, lang)} – {money(hi, lang)}", years=p.horizon_years,
             method=t(f"xl.method.{p.method}", lang)))
    d.para(t("rep.basis.vat", lang, vat=f"{100 * p.vat_rate:g}"))
    d.para(t("rep.basis.tco", lang, every=schema.POLICY_CHANGE_EVERY_YEARS,
             fee=f"{100 * schema.ASSUMED_ANNUAL_FEE_SHARE:g}", pol=f"{100 * schema.ASSUMED_POLICY_FEE_SHARE:g}"))

    d.heading(t("rep.basis.weights", lang), 2)
    d.note(t("rep.basis.weights_help", lang))
    gw = {g: max(0.0, float(p.group_weights.get(g, 0.0))) for g in schema.GROUPS}
    cw = criterion_weights(p)
    rows, fills = [], []
    for g in schema.GROUPS:
        share = sum(res.weights.get(c.id, 0.0) for c in schema.CRITERIA if c.group == g)
        rows.append([t(f"group.{g}", lang), "", f"{gw[g]:g}", f"{100 * share:.1f}%"])
        fills.append("F2F2F2")
        for c in schema.CRITERIA:
            if c.group == g:
                rows.append(["", _crit_name(c.id, lang), f"{cw[c.id]:g}", f"{100 * res.weights.get(c.id, 0.0):.1f}%"])
                fills.append(None)
    d.table([t("xl.h.group", lang), t("xl.h.criterion", lang), t("xl.h.weight_set", lang), t("xl.h.share", lang)],
            rows, [3.6, 8.2, 2.4, 2.8], fills=fills, align_right=(2, 3))

    d.heading(t("rep.basis.gates", lang), 2)
    on = [t(f"xl.gatename.{c}", lang) for c in schema.GATE_CODES if p.gates.get(c, True)]
    off = [t(f"xl.gatename.{c}", lang) for c in schema.GATE_CODES if not p.gates.get(c, True)]
    d.para(t("rep.basis.gates_on", lang, list=join_list(on, lang)) if on else t("rep.basis.gates_none", lang))
    if off:
        d.para(t("rep.basis.gates_off", lang, list=join_list(off, lang)))

    d.heading(t("rep.basis.inputs", lang), 2)
    qs = res.quoteset
    inputs = [*qs.inputs, *extra_inputs]
    reasons = {w.file: t(w.code, lang, **w.params) for w in qs.warnings if w.params.get("sha256")}
    rows = []
    for f in inputs:
        kind = t(f"rep.kind.{f.kind}", lang) if has(f"rep.kind.{f.kind}") else f.kind
        if f.kind == "unread":
            read = t("rep.basis.unread", lang, reason=reasons.get(f.name, ""))
        elif f.kind == "profile":
            read = "—"
        else:
            read = t("rep.basis.quotes_read", lang, n=qs.quotes_from(f.name))
        rows.append([t("rep.basis.file_kind", lang, name=f.name, kind=kind), read, f.sha256])
    if rows:
        d.table([t("rep.col.file", lang), t("rep.col.read", lang), t("rep.col.sha256", lang)], rows,
                [4.3, 2.7, 10.0], mono=(2,))
    else:
        d.para(t("rep.basis.no_inputs", lang))
    d.para(t("rep.basis.profile_hash", lang))
    r = d.para().add_run(profile_sha256(p))
    r.font.name = _MONO
    r.font.size = d.Pt(8.5)
    d.note(t("rep.basis.verify", lang))
    answers = [h for v in res.vendors for h in history(v)]
    if answers:
        files = {_source_text(_get(h, "source")).split(" › ")[0] for h in answers}
        d.para(t("rep.basis.letters", lang, n=len(answers), files=len(files)))
    else:
        d.para(t("rep.basis.no_letters", lang))
    tm = team(res)
    evaluators = _evaluators(tm) if tm is not None else []
    d.para(t("rep.basis.team", lang, n=len(evaluators)) if evaluators else t("rep.basis.no_team", lang))


def _recommendation(d: _Doc, res: Result) -> None:
    from .robustness import explain

    lang, top = d.lang, res.top
    d.heading(t("rep.h.recommendation", lang))
    if top is None:
        return
    sep = _sep(lang)
    text = t("rep.rec.pick", lang, vendor=top.quote.key, total=f"{top.total:.1f}")
    if top.gate == "pass":
        red, amber = top.count("red"), top.count("amber")
        text += sep + (t("rep.rec.pass", lang, red=red, amber=amber) if red or amber else t("rep.rec.pass_clean", lang))
    elif top.gate == "unverified":
        items = " ".join(f.question(lang) for f in settling(top.flags))
        text += sep + t("rep.rec.unverified", lang, items=items)
    else:
        reasons = join_list(list(dict.fromkeys(t(f"xl.gatename.{f.code}", lang) for f in top.flags if f.gate)), lang)
        text += sep + t("rep.rec.fail", lang, reasons=reasons)
    groups = list(schema.GROUPS)
    best = max(groups, key=lambda g: (top.groups.get(g, 0.0), -groups.index(g)))
    worst = min(groups, key=lambda g: (top.groups.get(g, 0.0), groups.index(g)))
    text += sep + t("rep.rec.shape", lang, best=t(f"group.{best}", lang), best_score=f"{top.groups[best]:.0f}",
                    worst=t(f"group.{worst}", lang), worst_score=f"{top.groups[worst]:.0f}")
    d.para(text)
    if len(res.vendors) < 2:
        d.para(t("rep.rec.only_one", lang))
        return
    runner = res.vendors[1]
    ex = explain(res, 0)
    d.para(ex.sentence(lang))
    decisive = sorted(((c, x) for c, x in ex.deltas.items() if abs(x) >= 0.05), key=lambda cx: -abs(cx[1]))[:DECISIVE]
    if decisive:
        d.label(t("rep.rec.why", lang, ref=runner.quote.key))
        lines = []
        for cid, delta in decisive:
            pts = t("rep.rec.gain" if delta > 0 else "rep.rec.loss", lang, d=f"{abs(delta):.1f}")
            lines.append(t("rep.rec.diff", lang, criterion=_crit_name(cid, lang), vendor=top.quote.key,
                           a=_criterion(cid, top, res, lang), ref=runner.quote.key,
                           b=_criterion(cid, runner, res, lang), points=pts))
        d.bullets(lines)


def _criterion(cid: str, vr: VendorResult, res: Result, lang: str) -> str:
    """The value behind a criterion in words; its score when it has no words (a criterion added later)."""
    try:
        return criterion_text(cid, vr, res.profile, lang)
    except (KeyError, IndexError, TypeError):
        return f"{100 * vr.utilities.get(cid, 0.0):.0f}/100"


def _ranking(d: _Doc, res: Result, charts) -> None:
    """Part 3 on landscape pages: the table has a column per score group, and the two charts sit side by side."""
    lang, p = d.lang, res.profile
    width = d.orientation(landscape=True)
    d.heading(t("rep.h.ranking", lang))
    shown = res.vendors[:RANKING_ROWS]
    groups = list(schema.GROUPS)
    headers = ([t("xl.h.rank", lang), t("field.vendor", lang), t("field.package", lang), t("xl.h.total", lang)]
               + [t(f"group.{g}", lang) for g in groups]
               + [t("xl.h.gate", lang), t("xl.h.price_wan", lang), t("xl.h.tco_wan", lang, n=p.horizon_years)])
    rows, fills = [], []
    for vr in shown:
        price = vr.scored_values.get("price_cny")
        tco = "—" if vr.tco_cny is None else ("≈" if vr.tco_estimated else "") + wan_number(vr.tco_cny)
        rows.append([vr.rank, vr.quote.vendor, vr.quote.package or "", f"{vr.total:.1f}"]
                    + [f"{vr.groups.get(g, 0.0):.1f}" for g in groups]
                    + [f"{GATE_MARK[vr.gate]} {t(f'gate.{vr.gate}', lang)}", "—" if price is None else wan_number(price),
                       tco])
        fills.append(_GATE_FILL.get(vr.gate))
    fixed = [1.2, 5.0, 3.0, 1.5, 2.3, 2.0, 2.5]  # rank, vendor, package, total | gate, price, tco
    group_w = min(2.6, (width - sum(fixed)) / len(groups))
    widths = fixed[:4] + [group_w] * len(groups) + fixed[4:]
    n = len(groups)
    d.table(headers, rows, widths, fills=fills, align_right=(0, 3, *range(4, 4 + n), 5 + n, 6 + n))
    d.note(t("rep.rank.legend", lang))
    if len(res.vendors) > len(shown):
        d.para(t("rep.rank.more", lang, shown=len(shown), more=len(res.vendors) - len(shown),
                 sheet=t("xl.sheet.ranking", lang)))
    if isinstance(charts, str):
        d.note(t("rep.chart.none", lang, reason=charts))
    else:
        if charts.font is None:
            d.note(t("rep.chart.no_font", lang))
        d.pictures([(charts.radar, t("rep.chart.radar", lang, n=charts.radar_quotes)),
                    (charts.points, t("rep.chart.points", lang, n=charts.points_quotes))], 12.0)
    d.orientation(landscape=False)


def _quotes(d: _Doc, res: Result) -> None:
    lang, p = d.lang, res.profile
    d.heading(t("rep.h.quotes", lang))
    any_answers = any(history(v) for v in res.vendors)
    for vr in res.vendors[:DETAIL_QUOTES]:
        d.heading(t("rep.q.title", lang, rank=vr.rank, vendor=vr.quote.key), 2)
        price = vr.scored_values.get("price_cny")
        tco = money(vr.tco_cny, lang) if vr.tco_cny is not None else t("val.unknown", lang)
        d.para(t("rep.q.summary", lang, total=f"{vr.total:.1f}", gate=f"{GATE_MARK[vr.gate]} {t(f'gate.{vr.gate}', lang)}",
                 price=money(price, lang), years=p.horizon_years, tco=("≈ " if vr.tco_estimated and vr.tco_cny else "")
                 + tco))
        shown = False
        for sev in ("red", "amber"):
            flags = [f for f in vr.flags if f.severity == sev and f.code not in ASK_FIRST and f.code != "unconfirmed"]
            if flags:
                shown = True
                d.label(t(f"rep.q.{sev}", lang))
                d.bullets(f.message(lang) for f in flags)
        if not shown:
            d.para(t("rep.q.no_flags", lang))
        d.label(t("rep.q.open", lang))
        open_flags = [f for f in vr.flags if f.code in ASK_FIRST]
        unknown = [t(f"field.{f.field}", lang) for f in vr.flags if f.code == "unconfirmed" and f.field]
        d.bullets(f.message(lang) for f in open_flags)
        if unknown:
            d.bullets([t("rep.q.unknown_fields", lang, fields=join_list(list(dict.fromkeys(unknown)), lang))])
        if not open_flags and not unknown:
            d.para(t("rep.q.all_proven", lang))
        asks = questions(vr.flags, lang)
        if asks:
            d.label(t("rep.q.questions", lang))
            d.bullets(asks)
        d.label(t("rep.q.answers", lang))
        entries = history(vr)
        if entries:
            d.bullets(_answer_lines(entries, lang))
        else:
            d.para(t("rep.q.no_answers", lang) if any_answers else t("rep.q.no_letters", lang))
        must, _also = clauses(vr.flags, lang)
        d.label(t("rep.q.clauses", lang))
        if must:
            d.bullets(must)
        else:
            d.para(t("rep.q.no_clauses", lang))
    rest = len(res.vendors) - DETAIL_QUOTES
    if rest > 0:
        d.para(t("rep.q.more", lang, n=rest, sheet=t("xl.sheet.flags", lang)))


def _answer_lines(entries: list, lang: str) -> list[str]:
    lines = []
    for h in entries:
        fid = _get(h, "field", default="")
        name = t(f"field.{fid}", lang) if has(f"field.{fid}") else _text(fid)
        line = t("rep.q.answer_line", lang, field=name,
                 before=_value_text(fid, _get(h, "from", "from_", "before"), lang),
                 after=_value_text(fid, _get(h, "to", "after"), lang), source=_text(_source_text(_get(h, "source"))))
        q, ev = _get(h, "question"), _get(h, "evidence")
        if q:
            line = t("rep.q.asked", lang, question=_text(q)) + _sep(lang) + line
        if ev:
            line += _sep(lang) + t("rep.q.evidence", lang, evidence=_text(ev))
        lines.append(line)
    return lines


def _robustness(d: _Doc, res: Result) -> None:
    from .robustness import method_comparison, sensitivity, stability

    lang = d.lang
    d.heading(t("rep.h.robustness", lang))
    if len(res.vendors) < 2:
        d.para(t("rep.rob.one", lang))
        return
    d.para(t("rep.rob.intervals", lang))
    lines = []
    for s in sensitivity(res):
        key = "rep.rob.interval_all" if s.low <= 1e-9 and s.high >= 1 - 1e-9 else "rep.rob.interval"
        lines.append(t(key, lang, group=t(f"group.{s.group}", lang), cur=f"{100 * s.current:.0f}",
                       lo=f"{100 * s.low:.0f}", hi=f"{100 * s.high:.0f}", vendor=s.top))
    d.bullets(lines)
    stab = stability(res)
    top = res.top.quote.key
    p_top = stab.p_first.get(top, 0.0)
    text = t("rep.rob.sure" if p_top >= 0.8 else "rep.rob.close", lang, draws=f"{stab.draws:,}", vendor=top,
             p=f"{100 * p_top:.0f}%")
    others = sorted(((p, k) for k, p in stab.p_first.items() if k != top and p > 0), reverse=True)
    if others:
        text += _sep(lang) + t("rep.rob.runner", lang, vendor=others[0][1], p=f"{100 * others[0][0]:.0f}%")
    d.para(text)
    comp = method_comparison(res)
    differ = [m for m in comp if m["rank_change"]]
    if not differ:
        d.para(t("rep.rob.topsis_agree", lang))
        return
    moves = join_list([t("rep.rob.move", lang, vendor=m["vendor"], a=m["rank_weighted_sum"], b=m["rank_topsis"])
                       for m in sorted(differ, key=lambda m: m["rank_weighted_sum"])[:5]], lang)
    text = t("rep.rob.topsis_differ", lang, n=len(differ), list=moves)
    first = next((m for m in comp if m["rank_topsis"] == 1), None)
    same = first is not None and first["vendor"] == top and first["rank_weighted_sum"] == 1
    text += _sep(lang) + (t("rep.rob.topsis_top", lang) if same or first is None
                          else t("rep.rob.topsis_new_top", lang, vendor=first["vendor"]))
    d.para(text)


def _evaluators(tm: Any) -> list[str]:
    names = [_get(e, "name", default=e) if not isinstance(e, str) else e for e in _items(_get(tm, "evaluators"))]
    if not names:
        names = list(dict.fromkeys(str(_get(s, "evaluator", default="")) for s in _items(_get(tm, "scores"))))
    return [_text(n, 60) for n in names if n]


def _team(d: _Doc, res: Result) -> None:
    lang = d.lang
    d.heading(t("rep.h.team", lang))
    tm = team(res)
    if tm is None:
        d.para(t("rep.team.none", lang))
        return
    evaluators = _evaluators(tm)
    if evaluators:
        d.para(t("rep.team.evaluators", lang, names=join_list(evaluators, lang)))
    shown = res.vendors[:RANKING_ROWS]
    keys = {v.quote.key for v in shown}
    summary = []
    for vr in shown:
        ev = getattr(vr, "evaluation", None)
        for cid, stats in (ev.items() if isinstance(ev, dict) else []):
            summary.append([vr.quote.key, _crit_name(cid, lang), _num(_get(stats, "mean")), _num(_get(stats, "min")),
                            _num(_get(stats, "max")), _num(_get(stats, "n"), 0)])
    if summary:
        d.heading(t("rep.team.summary", lang), 2)
        d.table([t("rep.col.quote", lang), t("xl.h.criterion", lang), t("rep.col.mean", lang), t("rep.col.min", lang),
                 t("rep.col.max", lang), t("rep.col.n", lang)], summary, [4.6, 5.2, 1.8, 1.8, 1.8, 1.8],
                align_right=(2, 3, 4, 5))
    d.heading(t("rep.team.scores", lang), 2)
    scores = [s for s in _items(_get(tm, "scores")) if str(_get(s, "quote", default="")) in keys or not keys]
    if scores:
        d.table([t("rep.col.evaluator", lang), t("rep.col.quote", lang), t("xl.h.criterion", lang),
                 t("rep.col.score", lang), t("rep.col.reason", lang)],
                [[_get(s, "evaluator", default=""), _get(s, "quote", default=""),
                  _crit_name(_get(s, "criterion", default=""), lang), _num(_get(s, "score")),
                  _get(s, "reason", default="")] for s in scores], [2.6, 3.6, 3.6, 1.3, 5.9], align_right=(3,))
        if len(res.vendors) > len(shown):
            d.note(t("rep.team.more", lang, shown=len(shown)))
    else:
        d.para(t("rep.team.no_scores", lang))
    d.heading(t("rep.team.disagreements", lang), 2)
    disagreements = _items(_get(tm, "disagreements"))
    if not disagreements:
        d.para(t("rep.team.no_disagreements", lang))
    for x in disagreements:
        d.label(t("rep.team.disagreement", lang, quote=_text(_get(x, "quote", default="")),
                  criterion=_crit_name(_get(x, "criterion", default=""), lang), spread=_num(_get(x, "spread"))))
        d.bullets(t("rep.team.opinion", lang, evaluator=_text(_get(s, "evaluator", default=""), 60),
                    score=_num(_get(s, "score")), reason=_text(_get(s, "reason", default="")))
                  for s in _items(_get(x, "scores")))
    d.heading(t("rep.team.consensus", lang), 2)
    consensus = _items(_get(tm, "consensus"))
    if not consensus:
        d.para(t("rep.team.no_consensus", lang))
    d.bullets(t("rep.team.consensus_line", lang, quote=_text(_get(c, "quote", default="")),
                criterion=_crit_name(_get(c, "criterion", default=""), lang), score=_num(_get(c, "score")),
                comment=_text(_get(c, "comment", default=""))) for c in consensus)


def _signatures(d: _Doc, res: Result) -> None:
    lang = d.lang
    d.page_break()
    d.heading(t("rep.h.signatures", lang))
    d.para(t("rep.sig.intro", lang))
    tm = team(res)
    members = _evaluators(tm) if tm is not None else []
    rows = [[t("rep.sig.lead", lang), "", "", "", ""]]
    rows += [[t("rep.sig.member", lang), name, "", "", ""] for name in members] or \
        [[t("rep.sig.member", lang), "", "", "", ""] for _ in range(MEMBER_ROWS)]
    rows += [[t(f"rep.sig.{role}", lang), "", "", "", ""] for role in ("finance", "compliance", "approver")]
    if res.top is not None:
        d.para(t("rep.sig.decision", lang, vendor=res.top.quote.key))
    d.table([t("rep.sig.role", lang), t("rep.sig.name", lang), t("rep.sig.opinion", lang),
             t("rep.sig.signature", lang), t("rep.sig.date", lang)], rows, [3.4, 3.0, 4.8, 3.2, 2.6], height_cm=1.7,
            size=10)


# ------------------------------------------------------------------------------------------------- the entry
def report_bytes(result: Result, lang: str = "zh", title: str | None = None, date: _dt.date | None = None,
                 extra_inputs: Iterable[InputFile] = ()) -> bytes:
    """The evaluation report as .docx bytes. ``title``: the cover's title (empty: the default in ``lang``);
    ``date``: the report's date (today); ``extra_inputs``: files to list beside the loaded ones (the CLI's
    --profile file)."""
    lang = lang if lang in LANGS else "zh"
    date = date or _dt.date.today()
    extra = list(extra_inputs)
    title = (title or "").strip() or t("rep.title_default", lang)
    try:
        from .report_charts import report_charts

        charts: Any = report_charts(result, lang)
    except ImportError as e:  # matplotlib missing: the report goes on without pictures, and says so
        charts = f"{type(e).__name__}: {e}"
    d = _Doc(lang)
    number = report_number(result, date, extra)
    d.doc.core_properties.title = _text(title, 200)
    d.doc.core_properties.author = "vendor-quote-compare"
    d.doc.core_properties.last_modified_by = "vendor-quote-compare"
    d.doc.core_properties.comments = ""
    d.doc.core_properties.identifier = number
    now = _dt.datetime.combine(date, _dt.time(12, 0))
    d.doc.core_properties.created = d.doc.core_properties.modified = now
    d.doc.core_properties.revision = 1
    d.footer(number)
    _cover(d, result, title, date, number, len([f for f in result.quoteset.inputs if f.kind != "unread"])
           or len(result.quoteset.files))
    _basis(d, result, extra)
    _recommendation(d, result)
    _ranking(d, result, charts)
    _quotes(d, result)
    _robustness(d, result)
    _team(d, result)
    _signatures(d, result)
    return d.save()


def file_name(result: Result, lang: str = "zh") -> str:
    return t("rep.file", lang, type=result.profile.business_type)


__all__ = ["report_bytes", "report_number", "profile_sha256", "profile_input", "file_name", "history", "team", "DOCX_MIME",
           "RANKING_ROWS", "DETAIL_QUOTES"]
