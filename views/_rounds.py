"""Revised quotes and answered letters on the dashboard (issue 12): how the ranks moved, what changed per vendor,
the earlier versions kept. Not a page: the Ranking page calls ``show_changes``; the work is in core.rounds and
core.clarify."""
from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from core.clarify import history_rows, versions_text
from core.i18n import t
from core.model import remember
from core.rounds import rank_moves
from views import _common as c


def _move(m: dict) -> str:
    if m["before"] is None or m["before"] == m["after"]:
        return "—"
    d = m["before"] - m["after"]
    return f"↑ {d}" if d > 0 else f"↓ {-d}"


def show_changes(res) -> None:
    """Ranks before and after the revisions and answers, then one expander per vendor that changed."""
    if res.quoteset.rounds is None:
        return
    lang = c.lang()
    moves = remember(res, ("rank_moves",), partial(rank_moves, res))
    changed = [m for m in moves if m["changes"] or m["versions"] > 1]
    if not changed:
        return
    st.subheader(c.tr("clar.ui.changes"))
    st.caption(c.tr("clar.ui.changes_help"))
    cols = ("vendor", "before", "after", "move", "total_before", "total_after", "changes")
    st.dataframe(pd.DataFrame({t(f"clar.col.{k}", lang): [
        m["quote"].key if k == "vendor" else _move(m) if k == "move" else
        (None if m[k] is None else round(m[k], 1)) if k.startswith("total") else m[k] for m in moves] for k in cols}),
        hide_index=True, width="stretch", key="chg_ranks")
    for i, m in enumerate(changed[:c.LIST_LINES * 3]):
        q = m["quote"]
        with st.expander(c.tr("clar.ui.history_of", vendor=q.key, n=m["changes"])):
            st.markdown("  \n".join(c.md(line) for line in versions_text(q, lang).split("\n")))
            rows = history_rows(q, lang)
            if rows:
                st.dataframe(pd.DataFrame({t(f"clar.col.{k}", lang): [r[k] for r in rows]
                                           for k in ("field", "from", "to", "source")}),
                             hide_index=True, width="stretch", key=f"chg_hist_{i}")
