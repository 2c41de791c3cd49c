"""Text from a file is data, never markup: one place for how it is shown and written.

- ``md(s)``: a text from a file (vendor, package, cell text, file or sheet name) made literal for anything
  Streamlit renders as Markdown (st.markdown, st.success/info/warning/error, st.caption, st.toast, st.table
  cells, widget labels and tooltips). The ASCII punctuation that opens Markdown, HTML, LaTeX, links and
  images (\\ ` * { } [ ] ( ) # ! | < > ~ $ &) is backslash-escaped (CommonMark allows escaping any ASCII
  punctuation); _ where it could emphasise, . after a number (1.), + - = where they open a list, a rule or
  a heading; leading indentation is kept visible; a bare URL, an e-mail address or an icon code
  (:material/home:) gets an invisible word joiner so it is not turned into a link or an icon. Ordinary
  names stay as they are (安信科技, 22.8, vendor_a.xlsx).
- ``xml_text(s)``: the characters XML 1.0 cannot hold (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F,
  lone surrogates, U+FFFE, U+FFFF) replaced by U+FFFD; ``xml_illegal(s)`` says whether there are any (the
  reader reports such a cell as a warning, the writers replace).
- ``terminal(s)``: one line for a terminal: escape sequences (CSI, OSC, ...), C0/C1 control characters and
  bidirectional overrides removed, line breaks and tabs as spaces.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_MD_PUNCT = frozenset("\\`*{}[]()#!|<>~$&")  # always escaped; the rest only where they would act
_LIST_START = re.compile(r"^([ \t]*)([-+])(?=[ \t]|$)")  # - item, + item (* is always escaped)
_RULE_LINE = re.compile(r"^[ \t]*[-=][-= \t]*$")  # --- or === (a rule, or a heading underline)
_LINE_SPLIT = re.compile(r"\r\n|\r|\n")
# Bare URLs and e-mail addresses become links after parsing (remark-gfm finds them in the text itself, so a
# backslash does not stop it), and Streamlit turns :material/name: and :emoji: into icons: an invisible word
# joiner breaks each pattern and leaves the text as it reads.
_AUTOLINK = re.compile(r"(?i)(?<=[a-z0-9])(?=://)|(?<=www)(?=\.)|(?=@)|(?<=:)(?=[a-z])")
_JOINER = "\u2060"


@lru_cache(maxsize=65536)
def _md(s: str) -> str:
    lines = []
    for line in _LINE_SPLIT.split(s):
        out = []
        n = len(line)
        for i, ch in enumerate(line):
            if ch in _MD_PUNCT:
                out.append("\\" + ch)
            elif ch == "_":  # inside a word it never emphasises (snake_case, 报价_汇总); elsewhere it may
                before = line[i - 1] if i else ""
                after = line[i + 1] if i + 1 < n else ""
                out.append("_" if before.isalnum() and after.isalnum() else "\\_")
            elif ch == "." and i and line[i - 1].isdigit() and not (i + 1 < n and line[i + 1].isdigit()):
                out.append("\\.")  # 1. would open a numbered list; 22.8 stays as it is
            else:
                out.append(ch)
        text = _AUTOLINK.sub(_JOINER, "".join(out))
        if _RULE_LINE.match(text):
            text = re.sub(r"([-=])", r"\\\1", text)
        else:
            text = _LIST_START.sub(r"\1\\\2", text)
        lead = len(text) - len(text.lstrip(" \t"))
        if lead:  # four spaces would open a code block: the indentation stays visible, not as markup
            text = "&#32;" * lead + text[lead:]
        lines.append(text)
    return "  \n".join(lines)  # a line break in the text stays a line break, never a new block


class Safe(str):
    """Text already fit for Markdown: escaped by ``md``, or a message built from our own template with escaped
    parameters. ``md`` and ``md_params`` leave it as it is (nothing is escaped twice)."""

    __slots__ = ()


def md(value: Any) -> Safe:
    """``value`` as literal text inside Markdown (None -> '')."""
    if isinstance(value, Safe):
        return value
    if value is None:
        return Safe("")
    return Safe(_md(value if isinstance(value, str) else str(value)))


def md_params(params: dict) -> dict:
    """Message parameters with every text escaped (numbers stay numbers, so format specs still apply)."""
    return {k: md(v) if isinstance(v, str) else v for k, v in params.items()}


# ------------------------------------------------------------------------------------------------ XML
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_illegal(s: str) -> bool:
    return _XML_ILLEGAL.search(s) is not None


def xml_text(s: str) -> str:
    """``s`` with the characters XML cannot hold replaced by U+FFFD."""
    return _XML_ILLEGAL.sub("\ufffd", s)


# ------------------------------------------------------------------------------------------- terminal
_ESCAPE_SEQ = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves, erase
                         r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: window title, hyperlinks
                         r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC strings
                         r"|\x1b[ -/]*[0-~]?"  # any other escape
                         r"|\x9b[0-?]*[ -/]*[@-~]")  # 8-bit CSI
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal(value: Any) -> str:
    """``value`` safe to print on one terminal line."""
    s = value if isinstance(value, str) else str(value)
    s = _ESCAPE_SEQ.sub("", s)
    s = s.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").replace("\t", " ")
    return _CONTROL.sub("", s)
