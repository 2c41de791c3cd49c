"""What every page shares: session keys, the cached read, the per-run result, the empty state.

Not a page (st.navigation lists the pages explicitly). Nothing here keeps module-level mutable
state: per-user data lives in st.session_state, parsed files in st.cache_data (keyed on bytes).
"""
from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pandas as pd
import streamlit as st

from core import schema
from core.errors import QuoteError
from core.evaluation import describe
from core.excel import workbook_bytes
from core.flags import settling
from core.i18n import money, t
from core.load import build_quoteset, read_files
from core.model import Profile, QuoteSet, Warning_
from core.restore import Offer, found, offer
from core.scoring import Result, score
from core.untrusted import Safe, md, md_params

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "sample_data"
SAMPLES = {  # business type -> sample quote file
    "personal_credit": "报价对比表_个人信用贷.xlsx",
    "merchant_loan": "商户经营贷_报价汇总.xlsx",
    "consumer_installment": "报价汇总_GBK.csv",
}
UPLOAD_TYPES = ["xlsx", "xlsm", "xls", "ods", "csv", "tsv"]
PAGES = {  # page id -> (file, material icon)
    "upload": ("views/upload.py", ":material/upload_file:"),
    "settings": ("views/settings.py", ":material/tune:"),
    "ranking": ("views/ranking.py", ":material/leaderboard:"),
    "compare": ("views/compare.py", ":material/radar:"),
    "risks": ("views/risks.py", ":material/gpp_maybe:"),
    "robustness": ("views/robustness.py", ":material/balance:"),
    "evaluation": ("views/evaluation.py", ":material/groups:"),
    "export": ("views/export.py", ":material/download:"),
}
SETTINGS_PREFIX = "set_"  # widget keys of the settings page (re-seeded from the profile)
# Large sets (consultants compare thousands of quotes): lines and static tables a page shows in full before
# it keeps to the first ones (lines) or scrolls (tables). Nothing is dropped: the rest is one scroll or one
# download away.
LIST_LINES = 10
STATIC_ROWS = 30
STYLED_ROWS = 200  # above this, tables go without per-cell colours (pandas' Styler costs ~0.2 ms a cell)


# --------------------------------------------------------------------------------------- state
def init_state() -> None:
    """Session defaults, once per session (app.py calls this first)."""
    ss = st.session_state
    ss.setdefault("lang", "zh")
    ss.setdefault("bt", "personal_credit")
    ss.setdefault("files", {})  # name -> bytes, in upload order
    ss.setdefault("overrides", {})  # label as written -> target code ('' = not scored)
    ss.setdefault("profile", default_profile())  # everything but the business type
    ss.setdefault("nonce", 0)  # bumps to reset keyed editors / uploaders
    ss.setdefault("restore_closed", [])  # "files digest:Offer.key" the user applied or dismissed (per upload)
    ss.setdefault("notice", None)  # (i18n key, params) shown once on the next run
    ss.setdefault("report_title", "")  # the evaluation report's title ('' = the default; not in the profile)
    if "started" not in ss:
        ss["started"] = True
        if "--sample" in sys.argv[1:]:  # `make run`: every new session opens on the sample quotes
            name = SAMPLES[ss["bt"]]
            ss["files"] = {name: (SAMPLE_DIR / name).read_bytes()}


def lang() -> str:
    return st.session_state.get("lang", "zh")


def tr(key: str, **params) -> str:
    """A message for anything Streamlit renders as Markdown (text elements, alerts, captions, toasts, widget
    labels and tooltips): every text parameter is escaped (core.untrusted.md), so a vendor, a file name or a
    cell is shown as written, never as a link, an image or a heading. Plain contexts (a download file name, a
    table header, an option) call core.i18n.t."""
    return Safe(t(key, lang(), **md_params(params)))


def error_text(e: QuoteError | Warning_) -> str:
    """An error or warning message for a Markdown element (its file, sheet and cell texts escaped)."""
    code = e.key if isinstance(e, QuoteError) else e.code
    return t(code, lang(), **md_params(e.params))


def default_profile() -> dict:
    d = Profile.default("personal_credit").to_dict()
    d.pop("business_type")
    d["budget_cny"] = None  # None: the business type's band
    return d


def profile() -> Profile:
    d = dict(st.session_state["profile"])
    d["business_type"] = st.session_state["bt"]
    return Profile.from_dict(d)


def set_profile(p: Profile) -> None:
    """Adopt a whole profile (loaded, restored or reset); settings widgets re-seed from it."""
    ss = st.session_state
    d = p.to_dict()
    bt = d.pop("business_type")
    if tuple(d["budget_cny"]) == tuple(schema.BUSINESS_TYPES[bt].budget_cny):
        d["budget_cny"] = None
    ev = d["group_weights"].pop(schema.EVAL_GROUP, None)  # relative to the four: scaled by the same factor
    four = sum(max(0.0, float(w)) for w in d["group_weights"].values())
    d["group_weights"] = hundred(d["group_weights"])
    if ev is not None:
        d["group_weights"][schema.EVAL_GROUP] = round(100 * float(ev) / four, 1) if four > 0 else float(ev)
    ss["bt"] = bt
    ss["profile"] = d
    reset_settings_widgets()


def set_business_type(bt: str) -> None:
    """Another business type: its budget band and must-haves apply, so the settings page is seeded again."""
    st.session_state["bt"] = bt
    reset_settings_widgets()


def reset_settings_widgets() -> None:
    ss = st.session_state
    for k in [k for k in ss if str(k).startswith(SETTINGS_PREFIX)]:
        del ss[k]
    ss["nonce"] += 1


def hundred(weights: dict[str, float], total: int = 100) -> dict[str, int]:
    """Scale non-negative weights to integers summing to ``total`` (largest remainder; all zero: equal)."""
    keys = list(weights)
    given = sum(max(0.0, float(weights[k])) for k in keys)
    if given <= 0:
        raw = {k: total / len(keys) for k in keys}
    else:
        raw = {k: total * max(0.0, float(weights[k])) / given for k in keys}
    out = {k: int(raw[k]) for k in keys}
    for k in sorted(keys, key=lambda k: raw[k] - out[k], reverse=True)[: total - sum(out.values())]:
        out[k] += 1
    return out


def notify(key: str, **params) -> None:
    st.session_state["notice"] = (key, params)


def show_notice() -> None:
    note = st.session_state.get("notice")
    if note:
        st.toast(tr(note[0], **note[1]), icon=":material/info:")
        st.session_state["notice"] = None


# ------------------------------------------------------------------------------------- loading
def load_sample() -> None:
    """Button callback: replace the loaded files with the sample of the chosen business type."""
    name = SAMPLES[st.session_state["bt"]]
    st.session_state["files"] = {name: (SAMPLE_DIR / name).read_bytes()}
    st.session_state["overrides"] = {}
    st.session_state["nonce"] += 1


def clear_files() -> None:
    st.session_state["files"] = {}
    st.session_state["overrides"] = {}
    st.session_state["restore_closed"] = []  # a workbook uploaded again is offered again
    st.session_state["nonce"] += 1


@st.cache_data(max_entries=16, show_spinner=False)
def _read(files: tuple[tuple[str, bytes], ...]):
    return read_files(list(files))


@st.cache_data(max_entries=32, show_spinner=False)
def _quoteset(files: tuple[tuple[str, bytes], ...], overrides: tuple[tuple[str, str], ...]) -> QuoteSet:
    results, failures = _read(files)
    return build_quoteset(results, failures, dict(overrides))


@dataclass
class Ctx:
    """What the current run knows: loaded files, the QuoteSet and its scored Result (or why not)."""
    files: list[str] = field(default_factory=list)
    failures: list[Warning_] = field(default_factory=list)
    qs: QuoteSet | None = None
    res: Result | None = None
    error: QuoteError | None = None
    digest: str = ""  # of the loaded files (names and bytes)

    @property
    def empty(self) -> bool:
        return not self.files

    def file_status(self, name: str) -> tuple[bool, str]:
        """(ok, text): how many quotes a file gave, or why it could not be used."""
        for f in self.failures:
            if f.file == name:
                return False, error_text(f)
        own = next((o for o in self.qs.own_files if o.file == name), None) if self.qs else None
        said = describe(own, lang()) if own is not None else None  # a score sheet, a blind key (issue 13)
        if said is not None:
            return True, md(said)
        letters = self.qs.rounds.letters if self.qs is not None and self.qs.rounds is not None else {}
        if name in letters:  # a returned clarification letter (issue 12): its answers, not quotes
            o = letters[name]
            if not o.ok:
                w = next((w for w in self.qs.warnings if w.file == name and w.code.startswith("clar.warn")), None)
                return False, error_text(w) if w else tr("clar.ui.applied", n=0)
            text = tr("clar.ui.applied", n=o.applied)
            text += tr("clar.ui.unanswered", n=o.unanswered) if o.unanswered else ""
            return True, text + (tr("clar.ui.not_applied", n=o.problems) if o.problems else "")
        n = self.qs.quotes_from(name) if self.qs else 0
        return n > 0, tr("ui.upload.file_quotes", n=n)


def digest(files: dict[str, bytes]) -> str:
    h = hashlib.sha256()
    for name, data in files.items():
        h.update(name.encode("utf-8", "replace") + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()


def refresh() -> Ctx:
    """Read (cached), map, parse and score the loaded files under the current profile."""
    ss = st.session_state
    files = ss["files"]
    ctx = Ctx(files=list(files))
    if files:
        dg = ctx.digest = digest(files)
        memo_key = (dg, tuple(sorted(ss["overrides"].items())))
        memo = ss.get("_qs_memo")
        if memo is None or memo[0] != memo_key:  # else: same files and mapping as the last run
            key = tuple(files.items())
            failures, qs, error = _read(key)[1], None, None
            try:
                qs = _quoteset(key, memo_key[1])
            except QuoteError as e:
                error = e
            memo = ss["_qs_memo"] = (memo_key, failures, qs, error)
        _, ctx.failures, ctx.qs, ctx.error = memo
        if ctx.qs is not None:  # settings saved in a scored workbook are offered (restore_panel), never applied here
            prof = profile()
            pkey = json.dumps(prof.to_dict(), sort_keys=True)
            done = ss.get("_res_memo")
            if done is not None and done[0] is ctx.qs and done[1] == pkey:  # a page switch, a picker: same result
                ctx.res = done[2]
            else:
                ctx.res = score(ctx.qs, prof)
                ss["_res_memo"] = (ctx.qs, pkey, ctx.res)
    else:
        ss.pop("_qs_memo", None)
        ss.pop("_res_memo", None)
    ss["_ctx"] = ctx
    return ctx


def ctx() -> Ctx:
    return st.session_state.get("_ctx") or refresh()


# ------------------------------------------------------------------------------------ drawing
def empty_state(page: str) -> bool:
    """Draw the friendly pointer when nothing is loaded or nothing could be scored; True if so."""
    c = ctx()
    if c.res is not None:
        return False
    if c.error is not None:
        st.error(error_text(c.error), icon=":material/error:")
    with st.container(border=True):
        st.markdown(f"**{tr('ui.empty.title')}**")
        st.markdown(tr("ui.empty.body"))
        cols = st.columns([1, 1, 2])
        cols[0].button(tr("ui.upload.sample"), key=f"{page}_empty_sample", on_click=load_sample,
                       type="primary", icon=":material/science:")
        if page != "upload":
            with cols[1]:
                st.page_link(PAGES["upload"][0], label=tr("ui.nav.upload"), icon=PAGES["upload"][1])
    return True


def top_pick(res: Result) -> None:
    """The callout: the best quote, or a warning when every quote fails a gate."""
    top = res.top
    if top is None:
        return
    params = dict(vendor=top.quote.key, total=f"{top.total:.1f}", red=top.count("red"), amber=top.count("amber"))
    if top.gate == "pass":
        st.success(tr("ui.top.pick", **params), icon=":material/trophy:")
    elif top.gate == "unverified":
        items = " ".join(f.question(lang()) for f in settling(top.flags))
        st.warning(tr("ui.top.unverified", items=items, **params), icon=":material/help:")
    else:
        st.warning(tr("ui.top.none_pass", **params), icon=":material/report:")


def wan(x: float | None) -> str:
    """An amount the way the workbook writes it (22.8 万元 / CNY 228,000); '—' when unknown."""
    return "—" if x is None else money(x, lang())


def bt_name(bt: str, lang_: str | None = None) -> str:
    """Business type in words; pass ``lang_`` when used as a format_func (AppTest calls it off-run)."""
    return t(f"bt.{bt}", lang_ or lang())


def lang_name(_lang: str, code: str) -> str:
    return t(f"ui.lang.{code}", _lang)


def quote_label(res: Result, pos: int) -> str:
    """'vendor / package' for a picker: stable when weights move (no rank), unique for duplicates."""
    q = res.quoteset.quotes[pos]
    dup = res.quoteset.key_count(q.key) > 1
    return f"{q.key} (#{pos + 1})" if dup else q.key


def literal(df):
    """A table whose texts are shown as written by st.table (which renders every cell, index entry and header
    as Markdown): each text escaped. st.dataframe shows text literally and needs no such copy."""
    out = df.map(lambda v: md(v) if isinstance(v, str) else v)
    name = df.index.name
    out.index = pd.Index([md(v) if isinstance(v, str) else v for v in df.index],
                         name=md(name) if isinstance(name, str) else name)
    out.columns = [md(v) if isinstance(v, str) else v for v in df.columns]
    return out


def static_table(df, row_style=None) -> None:
    """st.table with every text literal (see ``literal``); ``row_style`` sees the shown values."""
    data = literal(df)
    st.table(data.style.apply(row_style, axis=1) if row_style is not None else data)


def table(df, key: str, row_style=None) -> None:
    """A small table as static text (readable, printable); a long one as a scrolling grid. ``row_style``:
    pandas Styler row function, applied up to STYLED_ROWS rows."""
    if len(df) <= STATIC_ROWS:
        static_table(df, row_style if len(df) <= STYLED_ROWS else None)
    else:
        data = df.style.apply(row_style, axis=1) if row_style is not None and len(df) <= STYLED_ROWS else df
        st.dataframe(data, height=420, width="stretch", key=key)


XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def workbook_button(res: Result, key: str) -> None:
    """The scored workbook's download button (built when clicked)."""
    st.download_button(tr("ui.dl.workbook"), data=partial(workbook, res, lang(), dict(st.session_state["overrides"])),
                       file_name=t("ui.dl.workbook_file", lang(), type=res.profile.business_type), key=key,
                       mime=XLSX_MIME, on_click="ignore", icon=":material/download:", type="primary")


def profile_button(p: Profile, key: str, where=st) -> None:
    """The profile (weights, budget, gates) as a JSON download, to load again later."""
    where.download_button(tr("ui.dl.profile"), data=p.to_json(), file_name=tr("ui.dl.profile_file"), key=key,
                          mime="application/json", on_click="ignore", icon=":material/download:")


def workbook(res: Result, lang_: str, overrides: dict[str, str]) -> bytes:
    """The scored workbook (generated when the download button is clicked)."""
    return workbook_bytes(res, lang_, overrides or None)


# ------------------------------------------------------------------------------ saved settings
def _apply_restore(key: str, prof: Profile | None, overrides: dict[str, str]) -> None:
    """Button callback: adopt the settings saved in the uploaded workbook (validated by core.restore)."""
    ss = st.session_state
    if prof is not None:
        set_profile(prof)
    ss["overrides"] = {**overrides, **ss["overrides"]}  # the user's own corrections win
    ss["restore_closed"] = [*ss["restore_closed"], key]
    ss["nonce"] += 1
    notify("ui.notice.profile_restored")


def _dismiss_restore(key: str) -> None:
    st.session_state["restore_closed"] = [*st.session_state["restore_closed"], key]


def restore_panel(page: str) -> None:
    """When the loaded files carry saved settings (a scored workbook): what applying them would change, with
    one button to apply and one to dismiss. Until then the ranking uses the user's own settings."""
    c = ctx()
    if c.qs is None or not found(c.qs):  # the usual case: nothing saved, nothing to compute
        return
    o: Offer | None = offer(c.qs, profile(), st.session_state["overrides"], lang())
    closed = f"{c.digest}:{o.key}" if o else ""  # uploaded again later (other files), it is offered again
    if o is None or closed in st.session_state["restore_closed"]:
        return
    with st.container(border=True, key=f"{page}_restore"):
        st.warning(tr("ui.restore.title"), icon=":material/settings_backup_restore:")
        st.caption(tr("ui.restore.help", file=o.file))
        if o.error is not None:
            st.error(tr("ui.restore.invalid", reason=t(o.error.key, lang(), **o.error.params)),
                     icon=":material/error:")
        elif o.changes:
            st.dataframe(pd.DataFrame(o.changes, columns=[tr("ui.restore.col.setting"), tr("ui.restore.col.current"),
                                                          tr("ui.restore.col.restored")]),
                         hide_index=True, width="stretch", key=f"{page}_restore_changes")
        else:
            st.caption(tr("ui.restore.same"))
        cols = st.columns([1, 1, 3])
        if o.error is None:
            cols[0].button(tr("ui.restore.apply"), key=f"{page}_restore_apply", on_click=_apply_restore,
                           args=(closed, o.profile, o.overrides), type="primary",
                           icon=":material/settings_backup_restore:")
        cols[1].button(tr("ui.restore.dismiss"), key=f"{page}_restore_dismiss", on_click=_dismiss_restore,
                       args=(closed,), icon=":material/close:")
