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
from core import exclude
from core.evaluation import describe
from core.excel import workbook_bytes
from core.flags import settling
from core.i18n import join_list, money, t
from core.load import build_quoteset, read_files
from core.model import Profile, QuoteSet, Warning_
from core.report import download_name
from core.restore import Offer, found, offer
from core.samples import is_sample, replaces_sample, sample_bytes
from core.scoring import Result, score
from core.untrusted import Safe, md, md_params
from core.weights import hundred

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
    ss.setdefault("restore_applied", [])  # those of them the user applied (the workbook's card says so)
    ss.setdefault("notice", None)  # (i18n key, params) shown once on the next run
    ss.setdefault("gw_held", [])  # groups whose weight the user set, most recent first (they stay while others move)
    ss.setdefault("gw_locked", [])  # groups the user locked (never moved by another group's change)
    ss.setdefault("gw_ver", {})  # version of each group-weight widget the page sets itself (see views/settings.py)
    ss.setdefault("report_title", "")  # the evaluation report's title ('' = the default; not in the profile)
    if "started" not in ss:
        ss["started"] = True
        if "--sample" in sys.argv[1:]:  # `make run`: every new session opens on the sample quotes
            ss["files"] = dict([sample_bytes(ss["bt"])])


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
    ss["gw_held"] = []  # a new profile: no group counts as set by hand any more
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


def localize_uploaders() -> None:
    """Streamlit's file uploader writes 'Upload' and '25MB per file • …' in English whatever the page's language
    (it takes no text for them): both are replaced, in every uploader, by the user's language (CSS only)."""
    from core.ingest import MAX_FILE_BYTES

    def css(text: str) -> str:
        return json.dumps(text, ensure_ascii=False)  # a CSS string: quotes and backslashes escaped

    button = css(t("ux.upload.button", lang()))
    limit = css(t("ux.upload.limit", lang(), mb=MAX_FILE_BYTES // 2**20))
    drop = '[data-testid="stFileUploaderDropzone"]'
    st.html(f"""<style>
{drop} button [data-testid="stMarkdownContainer"] p {{ font-size: 0 !important; }}
{drop} button [data-testid="stMarkdownContainer"] p::after {{ content: {button}; font-size: 0.875rem; }}
{drop} [data-testid="stFileUploaderDropzoneInstructions"] span {{ font-size: 0 !important; }}
{drop} [data-testid="stFileUploaderDropzoneInstructions"] span::after {{ content: {limit}; font-size: 0.75rem; }}
</style>""")


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
    st.session_state["files"] = dict([sample_bytes(st.session_state["bt"])])
    st.session_state["overrides"] = {}
    st.session_state["profile"]["excluded"] = []
    st.session_state["nonce"] += 1


def add_uploads(uploads: list[tuple[str, bytes]]) -> None:
    """Files the user uploaded join the loaded ones; the first of the user's own files replaces the sample quotes
    (fictional vendors never rank beside real ones), and says so."""
    ss = st.session_state
    samples = [name for name, data in ss["files"].items() if is_sample(data)]
    own = samples and [name for name, data in uploads if _brings_quotes(name, data)]
    if own and samples:
        for name in samples:
            ss["files"].pop(name, None)
        if not ss["files"]:  # only the sample was loaded: its mapping corrections and exclusions go with it
            ss["overrides"] = {}
            ss["profile"]["excluded"] = []
        notify("ux.sample.replaced")
    for name, data in uploads:
        ss["files"][name] = data


def _brings_quotes(name: str, data: bytes) -> bool:
    """Whether one upload holds quotes of the user's own (core.samples.replaces_sample; read once, cached)."""
    results, _failures = _read(((name, data),))
    return any(replaces_sample(r) for r in results)


def clear_files() -> None:
    st.session_state["files"] = {}
    st.session_state["overrides"] = {}
    st.session_state["profile"]["excluded"] = []
    st.session_state["restore_closed"] = []  # a workbook uploaded again is offered again
    st.session_state["restore_applied"] = []
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
        if self.qs is not None and name in self.qs.own_uploads:
            return True, own_card(self, self.qs.own_uploads[name], n)
        if self.qs is not None and name in self.qs.sample_files:
            return n > 0, tr("ux.sample.card", n=n)
        out = sum(1 for q, _r in self.res.excluded if q.file == name) if self.res is not None else 0
        return n > 0, tr("ui.upload.file_quotes", n=n) + (tr("ux.exclude.card", n=out) if out else "")

    @property
    def offer(self) -> Offer | None:
        """What applying the saved settings of the loaded files would change (None: they carry none); once a run."""
        if "_offer" not in self.__dict__:
            self.__dict__["_offer"] = (offer(self.qs, profile(), st.session_state["overrides"], lang())
                                       if self.qs is not None and found(self.qs) else None)
        return self.__dict__["_offer"]

    def settings_state(self) -> str:
        """What became of the saved settings: none, pending, applied, dismissed or invalid."""
        o = self.offer
        if o is None:
            return "none"
        if o.error is not None:
            return "invalid"
        closed = f"{self.digest}:{o.key}"
        ss = st.session_state
        return ("applied" if closed in ss["restore_applied"] else "dismissed" if closed in ss["restore_closed"]
                else "pending")


def own_card(c: "Ctx", b, n: int) -> str:
    """The file card of a file the project wrote, uploaded back: what it is, the quotes it added or found already
    loaded, and what became of the settings it carries."""
    parts = []
    if n:
        parts.append(tr("ux.own.quotes", n=n))
    if b.already:
        parts.append(tr("ux.own.already", files=join_list([f"“{f}”" if lang() == "zh" else f"'{f}'"
                                                           for f in b.already], lang())))
    if b.settings or b.corrections:
        what = (tr("ux.own.what_both", n=b.corrections) if b.settings and b.corrections else
                tr("ux.own.what_settings") if b.settings else tr("ux.own.what_corrections", n=b.corrections))
        parts.append(tr(f"ux.own.settings.{c.settings_state()}", what=what))
    # the parts are escaped already (tr): joined as they are, not escaped twice
    return Safe(t("ux.own.card", lang(), kind=t(f"ux.own.kind.{b.kind}", lang()), said=t("ux.sep", lang()).join(parts)))


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
            if not ctx.res.vendors:  # every quote left out: nothing to rank until one is restored
                ctx.res, ctx.error = None, QuoteError("ux.err.all_excluded")
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


def pick_quote(where, label: str, res: Result, positions, key: str) -> int:
    """A picker of quotes: the QuoteSet position of the one picked. Its options are the quotes' labels themselves —
    a keyed selectbox whose options keep their values while their labels change (other files loaded: position 0 is
    now another quote) goes on showing the old label beside the new quote's figures."""
    labels = {quote_label(res, p): p for p in positions}
    return labels[where.selectbox(label, list(labels), key=key)]


def literal(df):
    """A table whose texts are shown as written by st.table (which renders every cell, index entry and header
    as Markdown): each text escaped. st.dataframe shows text literally and needs no such copy."""
    out = df.map(lambda v: md(v) if isinstance(v, str) else v)
    name = df.index.name
    out.index = pd.Index([md(v) if isinstance(v, str) else v for v in df.index],
                         name=md(name) if isinstance(name, str) else name)
    out.columns = [md(v) if isinstance(v, str) else v for v in df.columns]
    return out


def static_table(df, row_style=None, hide_index: bool | None = None) -> None:
    """st.table with every text literal (see ``literal``); ``row_style`` sees the shown values."""
    data = literal(df)
    st.table(data.style.apply(row_style, axis=1) if row_style is not None else data, hide_index=hide_index)


def table(df, key: str, row_style=None, hide_index: bool | None = None) -> None:
    """A small table as static text (readable, printable); a long one as a scrolling grid. ``row_style``:
    pandas Styler row function, applied up to STYLED_ROWS rows. A table of quotes is indexed by the quotes' ids
    (``by_quote``: a styled table needs a unique index) and shown without it."""
    if len(df) <= STATIC_ROWS:
        static_table(df, row_style if len(df) <= STYLED_ROWS else None, hide_index)
    else:
        data = df.style.apply(row_style, axis=1) if row_style is not None and len(df) <= STYLED_ROWS else df
        st.dataframe(data, height=420, width="stretch", key=key, hide_index=hide_index)


def by_quote(rows: dict[str, list], ids: list[str]) -> pd.DataFrame:
    """Columns of a table with one row per quote, indexed by the quotes' own ids (never by names, which repeat)."""
    return pd.DataFrame(rows, index=pd.Index(ids, name="id"))


XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def workbook_button(res: Result, key: str) -> None:
    """The scored workbook's download button (built when clicked)."""
    st.download_button(tr("ui.dl.workbook"), data=partial(workbook, res, lang(), dict(st.session_state["overrides"])),
                       file_name=download_name(res, lang(), "workbook"), key=key,
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
    ss["restore_applied"] = [*ss["restore_applied"], key]
    ss["nonce"] += 1
    notify("ui.notice.profile_restored")


def _dismiss_restore(key: str) -> None:
    st.session_state["restore_closed"] = [*st.session_state["restore_closed"], key]


def restore_panel(page: str) -> None:
    """When the loaded files carry saved settings (a scored workbook): what applying them would change, with
    one button to apply and one to dismiss. Until then the ranking uses the user's own settings."""
    c = ctx()
    o: Offer | None = c.offer  # None in the usual case: nothing saved, nothing to compute
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


# ------------------------------------------------------------------------------------ left out
def _exclude(page: str) -> None:
    """Button callback: leave the picked quote out, with the reason typed (remembered in the profile)."""
    ss = st.session_state
    c = ctx()
    q = next((q for q in c.qs.quotes if q.id == ss.get(f"{page}_ex_pick")), None) if c.qs else None
    if q is None:
        return
    ss["profile"]["excluded"] = [*exclude.without(ss["profile"]["excluded"], q),
                                 exclude.entry(q, ss.get(f"{page}_ex_reason") or "")]
    ss[f"{page}_ex_reason"] = ""
    notify("ux.exclude.done", vendor=q.key)


def _restore_quote(quote_id: str) -> None:
    ss = st.session_state
    q = next((q for q in ctx().qs.quotes if q.id == quote_id), None)
    if q is not None:
        ss["profile"]["excluded"] = exclude.without(ss["profile"]["excluded"], q)
        notify("ux.exclude.restored", vendor=q.key)


def where(q) -> str:
    """Where a quote was read, as a person reads it: file › sheet › row or column."""
    return f"{q.file} › {q.sheet} › {q.origin}"


def exclusion_panel(page: str) -> None:
    """The quotes left out (each with its reason and a button to restore it), and a picker to leave one out."""
    c = ctx()
    if c.qs is None:
        return
    kept, out = exclude.split(c.qs.quotes, profile().excluded)
    if out:
        st.markdown(tr("ux.exclude.list", n=len(out)))
        for i, (q, reason) in enumerate(out):
            line, button = st.columns([6, 1], vertical_alignment="center")
            line.markdown(tr("ux.exclude.line", vendor=q.key, where=where(q),
                             reason=reason or t("ux.exclude.no_reason", lang())))
            button.button(tr("ux.exclude.restore"), key=f"{page}_ex_back_{i}", on_click=_restore_quote,
                          args=(q.id,), icon=":material/undo:", help=tr("ux.exclude.restore_help", vendor=q.key))
    names = {q.id: f"{q.key} · {where(q)}" for q in kept}
    pick, reason, button = st.columns([3, 3, 2], vertical_alignment="bottom")
    pick.selectbox(tr("ux.exclude.pick"), list(names), key=f"{page}_ex_pick", format_func=names.get)
    reason.text_input(tr("ux.exclude.reason"), key=f"{page}_ex_reason", max_chars=exclude.MAX_TEXT,
                      placeholder=t("ux.exclude.reason_hint", lang()))
    button.button(tr("ux.exclude.button"), key=f"{page}_ex_btn", on_click=_exclude, args=(page,),
                  icon=":material/block:", disabled=len(kept) < 2,
                  help=tr("ux.exclude.last") if len(kept) < 2 else None)
