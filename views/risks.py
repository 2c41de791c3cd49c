"""风险与合同 / Risks & contract: flags per vendor, questions to send, contract clauses to insist on."""
from __future__ import annotations

from functools import partial

import streamlit as st

from core.charts import color_for, position_of
from core.flags import clauses as core_clauses, questions as core_questions
from core.clarify import letter_bytes, letter_name, letter_rows, letters_zip
from core.i18n import join_list, t
from core.report import standing_fields, standing_of
from core.scoring import VendorResult
from views import _common as c

lang = c.lang()


def questions(vr: VendorResult) -> list[str]:
    return core_questions(vr.flags, lang, esc=c.md)


def clauses(vr: VendorResult) -> tuple[list[str], list[str]]:
    return core_clauses(vr.flags, lang, esc=c.md)


def open_items(vr: VendorResult) -> dict[str, int]:
    """Scored items of a quote that are not stated (unknown) or only claimed or conditional (verify)."""
    n = standing_of(vr)
    return {"unknown": n["unknown"], "verify": n["claimed"] + n["conditional"]}


def vendor_markdown(vr: VendorResult) -> str:
    """Everything this page shows for one vendor, as Markdown to paste into a mail or a contract draft."""
    lines = [f"# {c.tr('ui.risks.md_title', vendor=vr.quote.key)}", "",
             c.tr("ui.risks.md_summary", rank=vr.rank, total=f"{vr.total:.1f}", gate=t(f"gate.{vr.gate}", lang),
                  red=vr.count("red"), amber=vr.count("amber")) + " " + c.tr("ux.risks.md_open", **open_items(vr)),
             ""]
    for sev in ("red", "amber"):
        flags = [f for f in vr.flags if f.severity == sev]
        if flags:
            lines += [f"## {c.tr(f'ui.risks.{sev}')}", ""] + [f"- {f.message(lang, esc=c.md)}" for f in flags] + [""]
    qs = questions(vr)
    if qs:
        lines += [f"## {c.tr('ui.risks.questions')}", ""] + [f"{i}. {q}" for i, q in enumerate(qs, 1)] + [""]
    must, also = clauses(vr)
    if must:
        lines += [f"## {c.tr('ui.risks.clauses')}", ""] + [f"{i}. {x}" for i, x in enumerate(must, 1)] + [""]
    if also:
        lines += [f"## {c.tr('ui.risks.clauses_also')}", ""] + [f"{i}. {x}" for i, x in enumerate(also, 1)] + [""]
    return "\n".join(lines).rstrip() + "\n"


st.title(c.tr("ui.risks.title"))
if c.empty_state("risks"):
    st.stop()
res = c.ctx().res
by_pos = {position_of(res, vr): vr for vr in res.vendors}
pos = c.pick_quote(st, c.tr("ui.risks.pick"), res, [position_of(res, vr) for vr in res.vendors], key="risk_vendor")
vr = by_pos[pos]

st.markdown(f'<span style="color:{color_for(pos)};font-size:1.5rem">●</span> '
            f'<span style="font-size:1.5rem;font-weight:700">{c.md(vr.quote.key)}</span>', unsafe_allow_html=True)
m1, m2, m3, m4, m5 = st.columns(5)
m1.metric(c.tr("ui.col.total"), f"{vr.total:.1f}", border=True)
m2.metric(c.tr("ui.col.gate"), t(f"gate.{vr.gate}", lang), border=True,
          icon={"pass": ":material/check_circle:", "unverified": ":material/help:"}.get(vr.gate, ":material/block:"))
m3.metric(c.tr("ui.col.red"), vr.count("red"), border=True)
m4.metric(c.tr("ui.col.amber"), vr.count("amber"), border=True)
pending = open_items(vr)
m5.metric(c.tr("ux.risks.open"), f"{pending['unknown']} / {pending['verify']}", border=True,
          help=c.tr("ux.risks.open_help"))

left, right = st.columns(2)
with left:
    st.subheader(c.tr("ui.risks.flags"))
    shown = False
    for f in vr.flags:
        if f.code == "unconfirmed":
            continue
        shown = True
        where = f"**{t(f'field.{f.field}', lang)}** — " if f.field else ""
        gate = f" · **{c.tr('ui.risks.gate')}**" if f.gate else ""
        box = {"red": st.error, "amber": st.warning}.get(f.severity, st.info)
        box(f"{where}{f.message(lang, esc=c.md)}{gate}",
            icon={"red": ":material/dangerous:", "amber": ":material/warning:"}.get(f.severity, ":material/info:"))
    if not shown and (pending["unknown"] or pending["verify"]):  # never green while something is not stated
        st.warning(c.tr("ux.risks.not_clear", **pending), icon=":material/help:")
    elif not shown:
        st.success(c.tr("ui.risks.no_flags"), icon=":material/verified:")
    unknown = standing_fields(vr)["unknown"]  # the same count as the summary above
    if unknown:
        st.markdown(c.tr("ui.risks.unconfirmed", n=len(unknown), fields=join_list([t(f"field.{f}", lang)
                                                                                  for f in unknown], lang)))
with right:
    st.subheader(c.tr("ui.risks.questions"))
    st.caption(c.tr("ui.risks.questions_help"))
    st.markdown("\n".join(f"{i}. {q}" for i, q in enumerate(questions(vr), 1)) or c.tr("ui.risks.no_questions"))
    must, also = clauses(vr)
    st.subheader(c.tr("ui.risks.clauses"))
    st.markdown("\n".join(f"{i}. {x}" for i, x in enumerate(must, 1)) or c.tr("ui.risks.no_clauses"))
    with st.expander(c.tr("ui.risks.clauses_also")):
        st.markdown("\n".join(f"{i}. {x}" for i, x in enumerate(also, 1)))

st.subheader(c.tr("ui.risks.copy"))
md = vendor_markdown(vr)
st.code(md, language="markdown", wrap_lines=True, height=360)
d1, d2 = st.columns(2)
safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in vr.quote.key)
d1.download_button(c.tr("ui.dl.risks_md"), data=md.encode("utf-8"), file_name=f"{safe}_{c.tr('ui.risks.file')}.md",
                   mime="text/markdown", key="risk_dl_one", on_click="ignore", icon=":material/download:")


def _everything() -> bytes:  # every vendor: built when the button is clicked, not on every rerun
    return "\n\n".join(vendor_markdown(v) for v in res.vendors).encode("utf-8")


d2.download_button(c.tr("ui.dl.risks_all"), data=_everything, file_name=f"{c.tr('ui.risks.file')}.md",
                   mime="text/markdown", key="risk_dl_all", on_click="ignore", icon=":material/download:")

# Clarification letters (issue 12): one Excel letter per quote, and all of them in one .zip (built when clicked).
st.subheader(c.tr("clar.ui.letters"))
st.caption(c.tr("clar.ui.letters_help"))
l1, l2 = st.columns(2)
if letter_rows(vr, lang):
    l1.download_button(c.tr("clar.ui.dl_one"), data=partial(letter_bytes, vr, lang), key="risk_dl_letter",
                       file_name=letter_name(vr.quote, lang), mime=c.XLSX_MIME, on_click="ignore",
                       icon=":material/mail:")
else:
    l1.caption(c.tr("clar.ui.no_letter"))
l2.download_button(c.tr("clar.ui.dl_zip"), data=partial(letters_zip, res, lang), key="risk_dl_letters",
                   file_name=t("clar.zip_file", lang), mime="application/zip", on_click="ignore",
                   icon=":material/folder_zip:")
