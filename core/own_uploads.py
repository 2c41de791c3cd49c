"""The project's own files uploaded beside the quote files they came from: nothing counted twice, everything said.

core.own_files recognises a file the project wrote (a scored workbook today) and gives back the quote sheets it
carries. Uploaded beside the original quote files, those sheets are copies of sheets already loaded: they are
left out here (the uploaded original wins, whatever order the files came in), and what each own file brought is
kept for its file card: the quotes it added, the source files it carries that were already loaded, the saved
settings and mapping corrections it holds (offered by core.restore, never applied here).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from .ingest import ReadResult


@dataclass
class Brought:
    """What one uploaded own file brought."""
    upload: str  # the file's name as uploaded
    kind: str  # core.own_files kind (scored_workbook, ...)
    already: list[str] = field(default_factory=list)  # its source files already loaded from their own upload
    settings: bool = False  # it carries a saved profile
    corrections: int = 0  # mapping corrections it carries


def without_copies(results: list[ReadResult]) -> tuple[list[ReadResult], dict[str, Brought]]:
    """The read files with every own file's copy of an already loaded sheet left out, and what each own file
    brought (upload name -> Brought). A sheet counts as loaded when a quote file of that name with a sheet of that
    name was uploaded, or an earlier own file carried it."""
    loaded = {(sh.file, sh.sheet) for r in results if r.own is None for sh in r.sheets}
    out: list[ReadResult] = []
    brought: dict[str, Brought] = {}
    for r in results:
        if r.own is None:
            out.append(r)
            continue
        name = r.own.file
        b = brought[name] = Brought(name, r.own.kind, settings=bool(r.profile), corrections=len(r.overrides or {}))
        copies = {(sh.file, sh.sheet) for sh in r.sheets if (sh.file, sh.sheet) in loaded}
        b.already = list(dict.fromkeys(f for f, _s in sorted(copies)))
        if copies:  # a new ReadResult (the read ones are cached and shared), the copies left out
            r = replace(r, sheets=[sh for sh in r.sheets if (sh.file, sh.sheet) not in copies],
                        records=[x for x in r.records if (x.file, x.sheet) not in copies],
                        skipped=[x for x in r.skipped if (x.file, x.sheet) not in copies],
                        notes=[x for x in r.notes if (x.file, x.sheet) not in copies])
        loaded |= {(sh.file, sh.sheet) for sh in r.sheets}
        out.append(r)
    return out, brought
