"""Charts as PNG images drawn without a browser, for documents (the evaluation report, core.word_report).

The dashboard draws with plotly, whose image export (kaleido) needs a Chrome; here matplotlib's Agg renderer
draws the same two pictures in-process: the radar of the leading quotes' group scores and the points bar.
Colours, the gate marks and the number of quotes drawn come from core.charts, so a vendor has one colour on
the page and on paper.

Chinese text needs a font with CJK glyphs: ``cjk_font()`` finds one (matplotlib's own list, then fontconfig's
``fc-list :lang=zh``, then the usual Windows and macOS files). Without one the pictures still come out, with
ranks instead of vendor names and English group names, and ``Charts.font`` is None so the document can say so.

Only matplotlib's object API is used (Figure, no pyplot): nothing global changes, so two sessions of the
dashboard can draw at once. Text from a quote is written as text: ``$`` (which opens matplotlib's maths
notation) is escaped.
"""
from __future__ import annotations

import io
import shutil
import subprocess
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import schema
from .charts import GROUP_COLORS, color_for, group_points, position_of
from .schema import GATE_MARK
from .i18n import t
from .scoring import Result
from .untrusted import xml_text

RADAR_QUOTES = 5  # the leading quotes on the radar (as the workbook's Charts sheet)
POINTS_QUOTES = 15  # bars on the points chart: a printed page holds this many readably
DPI = 150
LABEL_CHARS = 28
# Families with Chinese glyphs, Simplified first; the first one found is used.
CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Microsoft YaHei", "PingFang SC",
                "SimHei", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Noto Sans CJK JP", "Noto Sans CJK TC")
_FONT_FILES = ("C:/Windows/Fonts/msyh.ttc", "C:/Windows/Fonts/simhei.ttf", "/System/Library/Fonts/PingFang.ttc",
               "/System/Library/Fonts/STHeiti Medium.ttc")
_OTHER = "#9AA0A6"  # a group without a colour of its own (one added later)
# A glyph no font has (an emoji in a vendor's name) is drawn as a box, without a warning on the console: a filter
# for this one message, set once at import (catch_warnings() around each drawing would change the process's
# filters while another session draws).
warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from", category=UserWarning)


@dataclass
class Charts:
    radar: bytes  # PNG
    points: bytes  # PNG
    radar_quotes: int  # how many quotes each picture shows
    points_quotes: int
    font: str | None  # the CJK family used; None: no CJK font, ranks stand for names


def _fc_files() -> list[str]:
    """Font files fontconfig says hold Chinese, the regular sans faces first."""
    fc = shutil.which("fc-list")
    if not fc:
        return []
    try:
        out = subprocess.run([fc, ":lang=zh", "file"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    files = sorted({line.split(":")[0].strip() for line in out.splitlines() if line.strip()})
    return sorted(files, key=lambda f: ("Sans" not in f, "Regular" not in f, "Mono" in f, f))


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The family of a font with Chinese glyphs that matplotlib can use, or None (looked up once per process)."""
    from matplotlib import font_manager

    def known() -> str | None:
        names = {f.name for f in font_manager.fontManager.ttflist}
        return next((f for f in CJK_FAMILIES if f in names), None)

    found = known()
    if found:
        return found
    for path in [*_fc_files(), *(f for f in _FONT_FILES if Path(f).exists())]:
        try:
            font_manager.fontManager.addfont(path)  # a .ttc adds every face it holds
        except (OSError, RuntimeError, ValueError):
            continue
        found = known()
        if found:
            return found
    return None


def _text(s: str, limit: int = LABEL_CHARS) -> str:
    """A label from a quote: one line, cut to ``limit``, ``$`` escaped (matplotlib reads $...$ as maths)."""
    s = xml_text(" ".join(str(s).split()))  # a control character as �, as in the document
    s = s if len(s) <= limit else s[: limit - 1] + "…"
    return s.replace("$", r"\$")


def _family(font: str | None) -> dict:
    """Text properties naming the CJK font, then DejaVu Sans (matplotlib's own) for the marks it lacks (✓ ✗)."""
    return {"family": [font, "DejaVu Sans"]} if font else {}


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, bbox_inches="tight", pad_inches=0.08, facecolor="white")
    return buf.getvalue()


def _names(res: Result, font: str | None, lang: str):
    """(quote label, group name) functions: names as written when a CJK font exists, else ranks and English."""
    group_lang = lang if font else "en"

    def quote(vr) -> str:
        return _text(f"{vr.rank}. {vr.quote.key}") if font else f"#{vr.rank}"

    return quote, (lambda g: t(f"group.{g}", group_lang))


def radar_png(res: Result, lang: str = "zh", n: int = RADAR_QUOTES, font: str | None = None) -> bytes:
    """Group scores (0-100) of the ``n`` best ranked quotes on one radar, one colour per quote."""
    import numpy as np
    from matplotlib.figure import Figure

    quote, group = _names(res, font, lang)
    fam = _family(font)
    groups = list(schema.GROUPS)
    angles = np.linspace(0, 2 * np.pi, len(groups), endpoint=False).tolist()
    fig = Figure(figsize=(6.4, 4.4))
    ax = fig.add_subplot(projection="polar")
    ax.set_theta_offset(np.pi / 2)
    ax.set_theta_direction(-1)
    for vr in res.vendors[:n]:
        vals = [vr.groups.get(g, 0.0) for g in groups]
        color = color_for(position_of(res, vr))
        ax.plot(angles + angles[:1], vals + vals[:1], color=color, linewidth=2, label=quote(vr))
        ax.fill(angles + angles[:1], vals + vals[:1], color=color, alpha=0.10)
    ax.set_xticks(angles, [group(g) for g in groups], fontsize=10, **fam)
    for a, label in zip(angles, ax.get_xticklabels()):  # a label beside the circle starts outside it
        x = np.sin(a)
        label.set_horizontalalignment("left" if x > 0.1 else "right" if x < -0.1 else "center")
    ax.tick_params(axis="x", pad=12)
    ax.set_rlabel_position(180 / len(groups))
    ax.set_ylim(0, 100)
    ax.set_yticks([20, 40, 60, 80, 100], ["20", "40", "60", "80", "100"], fontsize=7, color="#666666")
    ax.grid(color="#CCCCCC", linewidth=0.6)
    ax.legend(loc="center left", bbox_to_anchor=(1.3, 0.5), frameon=False, prop={"size": 9, **fam})
    return _png(fig)


def points_png(res: Result, lang: str = "zh", n: int = POINTS_QUOTES, font: str | None = None) -> bytes:
    """Horizontal stacked bars, best first: the points each group adds to each quote's total."""
    from matplotlib.figure import Figure

    quote, group = _names(res, font, lang)
    fam = _family(font)
    shown = res.vendors[:n]
    pts = group_points(res)[:n]
    labels = [quote(vr) + ("" if vr.gate == "pass" else f" {GATE_MARK[vr.gate]}") for vr in shown]
    fig = Figure(figsize=(6.4, 0.9 + 0.34 * max(len(shown), 3)))
    ax = fig.add_subplot()
    left = [0.0] * len(shown)
    ys = list(range(len(shown)))
    for g in schema.GROUPS:
        width = [p.get(g, 0.0) for p in pts]
        ax.barh(ys, width, left=left, height=0.62, color=GROUP_COLORS.get(g, _OTHER), label=group(g))
        left = [a + b for a, b in zip(left, width)]
    for y, total in zip(ys, left):
        ax.text(total + 1, y, f"{total:.1f}", va="center", fontsize=8, color="#333333")
    ax.set_yticks(ys, labels, fontsize=9, **fam)
    for tick, vr in zip(ax.get_yticklabels(), shown):
        tick.set_color(color_for(position_of(res, vr)))
    ax.invert_yaxis()
    ax.set_xlim(0, 108)
    ax.set_xlabel(t("rep.chart.points_axis", lang if font else "en"), fontsize=9, **fam)
    ax.tick_params(axis="x", labelsize=8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="x", color="#E5E5E5", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=len(schema.GROUPS), frameon=False,
              prop={"size": 9, **fam})
    return _png(fig)


def report_charts(res: Result, lang: str = "zh") -> Charts:
    """Both pictures for a report. Raises ImportError without matplotlib (the report says so and goes on)."""
    import matplotlib.figure  # noqa: F401 - fails here, before any drawing, when matplotlib is not installed

    font = cjk_font()
    return Charts(radar_png(res, lang, font=font), points_png(res, lang, font=font),
                  min(RADAR_QUOTES, len(res.vendors)), min(POINTS_QUOTES, len(res.vendors)), font)
