"""上传与核对 / Upload & review: load quote files, see what was understood, fix the mapping."""
from __future__ import annotations

from collections import Counter
from functools import partial

import pandas as pd
import streamlit as st

from core import schema
from core.excel import template_bytes
from core.i18n import skipped_text, t
from core.mapping import match_label
from core.charts import position_of
from core.model import remember
from core.purpose import said_business_type
from core.restore import target_name
from core.report import standing_counts, standing_rows
from views import _common as c

ss = st.session_state
lang = c.lang()
NONE = "none"  # mapping option: keep the column, do not score it
# rows of the standing table: a claim or a condition is something to ask about, unknown is worst case
STANDING_STYLE = {"claimed": "background-color: rgba(242, 142, 43, 0.18);",
                  "conditional": "background-color: rgba(237, 201, 72, 0.22);",
                  "unknown": "background-color: rgba(186, 176, 172, 0.18);"}


def _on_upload() -> None:
    c.add_uploads([(f.name, f.getvalue()) for f in ss.get(f"up_files_{ss['nonce']}") or []])
    ss["nonce"] += 1  # a fresh, empty uploader; the files are listed below it


def _remove(name: str) -> None:
    ss["files"].pop(name, None)
    ss["restore_closed"] = []  # a workbook uploaded again is offered again
    ss["nonce"] += 1


def _reset_mapping() -> None:
    ss["overrides"] = {}
    ss["nonce"] += 1


def label_examples(qs, per_label: int = 3) -> dict[tuple, tuple[str, ...]]:
    """(file, sheet, label) -> the first few distinct non-empty texts written under it, mapped or kept."""
    found: dict[tuple, dict[str, None]] = {}
    for q in qs.quotes:
        pairs = [(s.label, s.text) for srcs in q.sources.values() for s in srcs] + list(q.extras.items())
        for label, text in pairs:
            seen = found.setdefault((q.file, q.sheet, label), {})
            if text and len(seen) < per_label:
                seen[text] = None
    return {k: tuple(v) for k, v in found.items()}


def _target_name(code: str) -> str:
    return target_name(None if code == NONE else code, lang)


TARGETS = ([NONE] + list(schema.FIELDS) + [f"price:{r}" for r in schema.PRICE_ROLES] + ["notes"]
           + [f"feature:{f}" for f in schema.FEATURES])

st.title(c.tr("ui.upload.title"))
st.caption(c.tr("ui.upload.intro"))

left, right = st.columns([5, 2], vertical_alignment="center")
with left:
    st.file_uploader(c.tr("ui.upload.uploader"), type=c.UPLOAD_TYPES, accept_multiple_files=True,
                     key=f"up_files_{ss['nonce']}", on_change=_on_upload, help=c.tr("ui.upload.uploader_help"))
with right:
    st.button(c.tr("ui.upload.sample"), key="up_sample", on_click=c.load_sample, type="primary",
              icon=":material/science:", width="stretch", help=c.tr("ui.upload.sample_help"))
    st.download_button(c.tr("ui.upload.template"), data=partial(template_bytes, lang), key="up_template",
                       file_name=c.tr("ui.upload.template_file"), on_click="ignore", icon=":material/download:",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", width="stretch")

ctx = c.ctx()
if ctx.empty:
    c.empty_state("upload")
    st.stop()

# --- loaded files -------------------------------------------------------------------------------
st.subheader(c.tr("ui.upload.files"))
for i, name in enumerate(ctx.files):
    ok, status = ctx.file_status(name)
    col_name, col_status, col_rm = st.columns([3, 5, 1], vertical_alignment="center")
    badge = f" :blue-badge[{c.tr('ux.sample.badge')}]" if ctx.qs is not None and name in ctx.qs.sample_files else ""
    col_name.markdown(f"**{c.md(name)}**{badge}  \n:gray[{len(ss['files'][name]) / 1024:,.1f} KB]")
    (col_status.success if ok else col_status.error)(status, icon=":material/check_circle:" if ok else ":material/error:")
    col_rm.button(c.tr("ui.upload.remove"), key=f"up_rm_{i}", on_click=_remove, args=(name,),
                  icon=":material/close:", help=c.tr("ui.upload.remove_help", file=name))
st.button(c.tr("ui.upload.clear"), key="up_clear", on_click=c.clear_files, icon=":material/delete:")
c.restore_panel("up")
if ctx.qs is not None:
    with st.expander(c.tr("ux.exclude.title"), expanded=bool(c.profile().excluded), icon=":material/block:",
                 key="up_ex_box"):
        st.caption(c.tr("ux.exclude.help"))
        c.exclusion_panel("up")

if ctx.res is None:
    if ctx.error is not None:
        st.error(c.error_text(ctx.error), icon=":material/error:")
    st.stop()

res, qs = ctx.res, ctx.qs
st.divider()
c.top_pick(res)
cells = [w for w in qs.warnings if w.code.startswith(("warn.", "clar.warn"))]  # clar: a returned letter's answers
m1, m2, m3, m4 = st.columns(4)
m1.metric(c.tr("ui.upload.m_quotes"), len(res.vendors), border=True, delta_color="off", delta_arrow="off",
          delta=c.tr("ux.exclude.metric", n=len(res.excluded)) if res.excluded else None)
m2.metric(c.tr("ui.upload.m_files"), f"{len(ctx.files) - len(ctx.failures)} / {len(ctx.files)}", border=True)
m3.metric(c.tr("ui.upload.m_cells"), len(cells), border=True)
m4.metric(c.tr("ui.upload.m_unmapped"), len(qs.unmapped_columns), border=True)

declared = Counter(b for q in qs.quotes for b in set(q.values.get("business_types") or ()))
other = max(declared, key=lambda b: (declared[b], b == ss["bt"]), default=ss["bt"])
other_wins = declared[other] > declared[ss["bt"]]  # most quotes say another business type
hint = "ui.upload.type_hint"
if not declared:  # no quote says: the file's title may ('消费分期系统采购比价表')
    other = remember(qs, ("said_type",), partial(said_business_type, qs)) or ss["bt"]
    other_wins, hint = True, "ui.upload.type_hint_title"
if other != ss["bt"] and other_wins:
    with st.container(border=True):
        st.info(c.tr(hint, declared=c.bt_name(other), current=c.bt_name(ss["bt"])),
                icon=":material/lightbulb:")
        st.button(c.tr("ui.upload.type_switch", type=c.bt_name(other)), key="up_switch_type",
                  on_click=c.set_business_type, args=(other,))

# --- mapping ------------------------------------------------------------------------------------
st.subheader(c.tr("ui.map.title"))
st.caption(c.tr("ui.map.help"))
examples = remember(qs, ("examples",), partial(label_examples, qs))
rows = [{"file": m.file, "sheet": m.sheet, "label": m.label, "target": m.code or NONE,
         "example": " | ".join(examples.get((m.file, m.sheet, m.label), ())), "manual": m.manual}
        for m in qs.mapping]
table = pd.DataFrame(rows, columns=["file", "sheet", "label", "target", "example", "manual"])
edited = st.data_editor(
    table, key=f"up_map_{ss['nonce']}", hide_index=True, width="stretch", num_rows="fixed", height="content",
    disabled=["file", "sheet", "label", "example", "manual"],
    column_config={
        "file": st.column_config.TextColumn(c.tr("ui.col.file"), width=130),
        "sheet": st.column_config.TextColumn(c.tr("ui.col.sheet"), width=90),
        "label": st.column_config.TextColumn(c.tr("ui.map.label"), width=180),
        "target": st.column_config.SelectboxColumn(c.tr("ui.map.target"), options=TARGETS, required=True,
                                                   format_func=_target_name, width=200,
                                                   help=c.tr("ui.map.target_help")),
        "example": st.column_config.TextColumn(c.tr("ui.map.example"), width=280),
        "manual": st.column_config.CheckboxColumn(c.tr("ui.map.manual"), width=80),
    })
changed = edited["target"] != table["target"]
if changed.any():
    for _, row in edited[changed].iterrows():
        label, code = str(row["label"]).strip(), "" if row["target"] == NONE else str(row["target"])
        auto = match_label(label).target
        if (auto.code if auto else "") == code:
            ss["overrides"].pop(label, None)
        else:
            ss["overrides"][label] = code
    ss["nonce"] += 1
    st.rerun()
if ss["overrides"]:
    st.button(c.tr("ui.map.reset", n=len(ss["overrides"])), key="up_map_reset", on_click=_reset_mapping,
              icon=":material/undo:")

# --- values read, with their standing -------------------------------------------------------------
st.subheader(c.tr("ui.standing.title"))
st.caption(c.tr("ui.standing.help"))
counts = remember(res, ("standing_counts",), partial(standing_counts, res))
st.markdown(c.tr("ui.standing.summary", **counts))
by_pos = {position_of(res, vr): vr for vr in res.vendors}
shown = c.pick_quote(st, c.tr("ui.standing.pick"), res, sorted(by_pos), key="up_standing_quote")
rows = standing_rows(by_pos[shown], lang)
codes = {r["field"]: r["code"] for r in rows}
c.table(pd.DataFrame({c.tr("ui.col.value"): [r["value"] for r in rows],
                      c.tr("ui.col.standing"): [r["status"] for r in rows],
                      c.tr("ui.col.text"): [r["text"] or "—" for r in rows],
                      c.tr("ui.col.cell"): [r["cell"] or "—" for r in rows]},
                     index=pd.Index([r["field"] for r in rows], name=c.tr("ui.col.field"))), key="up_standing",
        row_style=lambda row: [STANDING_STYLE.get(codes.get(row.name), "")] * len(row))

# --- cells that could not be read ---------------------------------------------------------------
st.subheader(c.tr("ui.cells.title", n=len(cells)))
if cells:
    st.caption(c.tr("ui.cells.help"))
    st.dataframe(pd.DataFrame({  # column by column: each header translated once, not once per cell
        c.tr("ui.col.file"): [w.file for w in cells], c.tr("ui.col.sheet"): [w.sheet for w in cells],
        c.tr("ui.col.cell"): [w.cell for w in cells],
        c.tr("ui.col.field"): [t(f"field.{w.params['field']}", lang) if w.params.get("field") else "" for w in cells],
        c.tr("ui.col.text"): [str(w.params.get("text", "")) for w in cells],
        c.tr("ui.col.problem"): [t(w.code, lang, **w.params) for w in cells],
    }), hide_index=True, width="stretch", key="up_cells",
        column_config={c.tr("ui.col.problem"): st.column_config.TextColumn(width="large")})
else:
    st.caption(c.tr("ui.cells.none"))

# --- kept, not scored ---------------------------------------------------------------------------
st.subheader(c.tr("ui.kept.title", n=len(qs.unmapped_columns)))
if qs.unmapped_columns:
    st.caption(c.tr("ui.kept.help"))
    kept = qs.unmapped_columns
    st.dataframe(pd.DataFrame({
        c.tr("ui.col.file"): [u["file"] for u in kept], c.tr("ui.col.sheet"): [u["sheet"] for u in kept],
        c.tr("ui.map.label"): [u["label"] for u in kept],
        c.tr("ui.map.example"): [" | ".join(examples.get((u["file"], u["sheet"], u["label"]), ())) for u in kept],
    }), hide_index=True, width="stretch", key="up_kept")
else:
    st.caption(c.tr("ui.kept.none"))

if qs.skipped or qs.notes:
    with st.expander(c.tr("ui.skipped.title", n=len(qs.skipped) + len(qs.notes))):
        gone = qs.skipped + qs.notes
        st.dataframe(pd.DataFrame({
            c.tr("ui.col.file"): [s.file for s in gone], c.tr("ui.col.sheet"): [s.sheet for s in gone],
            c.tr("ui.col.where"): [s.where for s in gone], c.tr("ui.col.problem"): [skipped_text(s, lang) for s in gone],
            c.tr("ui.col.text"): [s.text for s in gone],
        }), hide_index=True, width="stretch", key="up_skipped")
