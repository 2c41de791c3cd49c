"""python -m core score FILE [FILE ...] --type T [--profile P.json] [--lang zh|en] [--json OUT] [--xlsx OUT]
                     [--report OUT.docx [--report-title TITLE]] [--restore-settings]
   python -m core clarify FILE [FILE ...] --type T [--profile P.json] [--lang zh|en] --out DIR

Settings saved in a scored workbook (its profile and mapping corrections) apply only with --restore-settings
(validated; an invalid one exits 2); without it a one-line note says they were found and not applied.

Exit 0 when scored (warnings allowed); 2 on unusable input with a one-line reason, never a traceback.
"""
from __future__ import annotations

import sys

if __name__ == "__main__" and sys.argv[1:2] == ["score"]:
    import gc

    gc.disable()  # as run_score does, from the start: the imports below (numpy, the engine) then run no collection
    # The reader worker first (core.sandbox): its start (a Python process importing the reader) is on the way to the
    # first sheets, so it starts before this process imports the message catalog and the schema; run_score takes it.
    from . import sandbox as _sandbox

    _sandbox.POOL_SIZE = 1  # files are read one after the other here: one reader worker, kept for the next file
    _sandbox.warm()

import argparse
import contextlib
import os
import json
from pathlib import Path

from . import schema
from .errors import QuoteError
from .i18n import LANGS, t
from .untrusted import terminal


_SHOWN = 30  # ranking lines printed; the JSON and the workbook carry every quote
_KEEP: list = []


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m core", description="Score vendor quotes for a micro-loan system.")
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("score", help="read quote files, score them, print the ranking")
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument("--type", dest="business_type", choices=list(schema.BUSINESS_TYPES), default=None,
                   help="business type (default: the profile's, else the one the quotes or the files' titles name, "
                        "else personal_credit)")
    s.add_argument("--profile", help="profile JSON (weights, budget, gates, horizon)")
    s.add_argument("--lang", choices=list(LANGS), default="zh")
    s.add_argument("--json", dest="json_out", help="write the full result as JSON here ('-' for stdout)")
    s.add_argument("--xlsx", dest="xlsx_out", help="write the scored Excel workbook here")
    s.add_argument("--report", dest="report_out", metavar="OUT.docx",
                   help="write the evaluation report (评审报告, Word) here")
    s.add_argument("--report-title", dest="report_title", default=None,
                   help="the report's title (default: the standard title in --lang)")
    s.add_argument("--method", choices=["weighted_sum", "topsis"], default=None,
                   help="aggregation method (default: the profile's, else weighted_sum)")
    s.add_argument("--restore-settings", dest="restore_settings", action="store_true",
                   help="apply the scoring settings and mapping corrections saved in an uploaded scored workbook "
                        "(validated; never applied without this flag)")
    s.add_argument("--stability", type=int, default=0, metavar="N",
                   help="add the probability of ranking first over N random weight draws")
    e = sub.add_parser("scoresheet", help="write an evaluator's score sheet for these quotes (issue 13)")
    e.add_argument("files", nargs="+", metavar="FILE")
    e.add_argument("--type", dest="business_type", choices=list(schema.BUSINESS_TYPES), required=True)
    e.add_argument("--evaluator", required=True, metavar="NAME")
    e.add_argument("--blind", action="store_true",
                   help="codes instead of vendor names and no prices; the key is written beside --out")
    e.add_argument("--lang", choices=list(LANGS), default="zh")
    e.add_argument("--out", required=True, metavar="FILE.xlsx")
    c = sub.add_parser("clarify", help="write one clarification letter (.xlsx) per quote into a folder")
    c.add_argument("files", nargs="+", metavar="FILE")
    c.add_argument("--type", dest="business_type", choices=list(schema.BUSINESS_TYPES), default=None,
                   help="business type (default: the profile's, else personal_credit)")
    c.add_argument("--profile", help="profile JSON (weights, budget, gates, horizon)")
    c.add_argument("--lang", choices=list(LANGS), default="zh", help="language of the letters and messages")
    c.add_argument("--out", required=True, metavar="DIR", help="folder the letters are written to (created)")
    return p


def run_scoresheet(args) -> int:
    """An evaluator's score sheet for the quotes (core.evaluation); a blind sheet's key beside it, FILE.key.xlsx."""
    from .evaluation import score_sheet
    from .load import build_quoteset, read_files

    with _quiet_native_stderr():
        results, failures = read_files(_read_inputs(args.files))
    qs = build_quoteset(results, failures)
    out = score_sheet(qs, args.business_type, args.evaluator, args.lang, blind=args.blind)
    _write(args.out, out.sheet)
    n_crit = len(schema.judgements(args.business_type))
    print(terminal(t("eval.cli.sheet_written", args.lang, file=args.out, evaluator=args.evaluator,
                     quotes=out.rows // n_crit, criteria=n_crit)))
    if out.key is not None:
        key = Path(args.out).with_name(Path(args.out).stem + ".key.xlsx")
        _write(str(key), out.key)
        print(terminal(t("eval.cli.key_written", args.lang, file=str(key))))
    return 0


def run_clarify(args) -> int:
    """One clarification letter per scored quote (core.clarify); quotes with nothing to ask get none."""
    from .clarify import write_letters
    from .load import load
    from .model import Profile
    from .scoring import score

    with _quiet_native_stderr():
        qs = load(_read_inputs(args.files))
    profile = _profile_file(args.profile, args.business_type)[0] if args.profile else \
        Profile.default(args.business_type or "personal_credit")
    res = score(qs, profile)
    try:
        done = write_letters(res, args.lang, Path(args.out))
    except OSError as e:
        raise QuoteError("err.cannot_write", file=args.out, reason=e.strerror or type(e).__name__) from e
    for path, q, n in done:
        line = t("clar.cli.written", args.lang, path=path, n=n) if path else t("clar.cli.nothing", args.lang, vendor=q.key)
        print(terminal(line))
    print(terminal(t("clar.cli.done", args.lang, n=sum(1 for p, _q, _n in done if p), dir=args.out)))
    if qs.warnings:
        print(t("cli.warnings", args.lang, n=len(qs.warnings)), file=sys.stderr)
    return 0


def _type_of_files(qs, lang: str) -> str:
    """No --type and no profile: the business type most quotes say they are for, else the one the files' titles
    name (core.purpose), else personal credit. A type other than personal credit is said on stderr."""
    from .purpose import declared_business_type, said_business_type

    bt, key = declared_business_type(qs), "cli.type_declared"
    if bt is None:
        bt, key = said_business_type(qs), "cli.type_titled"
    if bt is None or bt == "personal_credit":
        return "personal_credit"
    print(terminal(t(key, lang, type=t(f"bt.{bt}", lang))), file=sys.stderr)
    return bt


def _profile_file(path: str, business_type: str | None):
    """(the profile a --profile JSON file holds, (its name, its bytes) for the report's checksums)."""
    from .model import Profile

    try:
        data = Path(path).read_bytes()
        raw = json.loads(data.decode("utf-8-sig"))
    except (OSError, ValueError) as e:
        raise QuoteError("err.bad_profile") from e
    return Profile.from_dict(raw, business_type), (Path(path).name, data)


def _read_inputs(paths: list[str]) -> list[tuple[str, bytes]]:
    files = []
    for p in paths:
        try:
            files.append((Path(p).name, Path(p).read_bytes()))
        except OSError as e:
            raise QuoteError("err.cannot_read", file=p, reason=e.strerror or type(e).__name__) from e
    return files


def run_score(args) -> int:
    from . import sandbox

    sandbox.POOL_SIZE = 1  # files are read one after the other here: one reader worker, kept for the next file
    sandbox.warm()
    inputs = _read_inputs(args.files)
    sheets_of = sandbox.read_ahead(inputs)  # the worker reads while the rest of the engine is imported
    from .load import build_quoteset, read_files
    from .model import Profile
    from .restore import found, restored_profile, validated_overrides
    from .report import write_result_json
    from .scoring import score
    from .ingest import import_readers

    import_readers()  # while the worker reads
    import gc

    gc.disable()  # a short-lived process building many small acyclic objects: collection only costs time
    lang = args.lang
    twin = _twin(args, sheets_of)
    with _quiet_native_stderr():  # the Rust reader prints a panic backtrace before we turn it into err.corrupt
        results, failures = read_files(inputs, sheets_of)
    qs = build_quoteset(results, failures)
    restored = None
    if args.restore_settings and found(qs):  # asked for: validated first, an invalid one stops with exit 2
        restored = restored_profile(qs, args.business_type)
        overrides = validated_overrides(qs.restored_overrides)
        if overrides:
            qs = build_quoteset(results, failures, overrides)
    elif found(qs):
        print(terminal(t("cli.restore_skipped", lang, file=qs.settings_file)), file=sys.stderr)
    profile_file = None
    if args.profile:
        profile, profile_file = _profile_file(args.profile, args.business_type)
    elif restored is not None:
        profile = restored
    else:
        profile = Profile.default(args.business_type or _type_of_files(qs, lang))
    if args.method:
        profile.method = args.method
    from .exclude import unmatched

    for e in unmatched(qs.quotes, profile.excluded):
        print(terminal(t("ux.exclude.cli_unmatched", lang, quote=e["quote"])), file=sys.stderr)
    res = score(qs, profile)
    if not res.vendors:
        raise QuoteError("ux.err.all_excluded")
    # freed by the process's end, not one object at a time on return (see _exit_now): the records too (400,000 cells
    # at 10,000 quotes, which no quote refers to: freeing them on return took 28 ms)
    _KEEP[:] = [qs, res, results]
    if args.json_out:
        extra = {}
        if args.stability > 0:
            from .robustness import stability

            st = stability(res, draws=min(args.stability, 1_000_000))
            extra["stability"] = {"draws": st.draws, "concentration": st.concentration, "p_first": st.p_first}
        if twin is not None and twin.is_child:
            twin.send(res, lang)  # its half of the vendors, to the CLI; the twin ends there
        if args.json_out == "-":
            write_result_json(res, sys.stdout, lang, **extra)
            sys.stdout.write("\n")
        else:
            try:
                with open(args.json_out, "wb") as fp:
                    write_result_json(res, fp, lang, parallel=True, twin=twin, **extra)
            except OSError as e:
                raise QuoteError("err.cannot_write", file=args.json_out, reason=e.strerror or type(e).__name__) from e
    if args.xlsx_out:
        from .excel import workbook_bytes

        _write(args.xlsx_out, workbook_bytes(res, lang))
    if args.report_out:
        from .word_report import profile_input, report_bytes

        _write(args.report_out, report_bytes(res, lang, args.report_title,
                                             extra_inputs=[profile_input(*profile_file)] if profile_file else ()))
    out = sys.stderr if args.json_out == "-" else sys.stdout
    for r in res.vendors[:_SHOWN]:
        gate = "" if r.gate == "pass" else f"  [{t('cli.gate_' + ('fail' if r.gate == 'fail' else 'unverified'), lang)}]"
        print(f"{r.rank:>3}. {terminal(r.quote.key):<28} {r.total:6.1f}{gate}", file=out)
        if r.gate == "unverified":
            from .flags import settling

            settle = [f.question(lang) for f in settling(r.flags)]
            if settle:
                print("      " + terminal(t("cli.settle", lang, items=" ".join(settle))), file=out)
    if len(res.vendors) > _SHOWN:
        print(t("cli.more", lang, n=len(res.vendors) - _SHOWN), file=out)
    for q, reason in res.excluded:
        print(terminal(t("ux.exclude.cli", lang, vendor=q.key, reason=reason or t("ux.exclude.no_reason", lang))),
              file=out)
    if res.top:
        print(t("cli.scored", lang, n=len(res.vendors), top=terminal(res.top.quote.key), total=res.top.total), file=out)
    if qs.rounds is not None:  # revised quotes and returned clarification letters (issue 12)
        from .clarify import rounds_lines

        for line in rounds_lines(res, lang):
            print(terminal(line), file=out)
    if qs.warnings:
        print(t("cli.warnings", lang, n=len(qs.warnings)), file=out)
    if qs.unmapped_columns:
        labels = ", ".join(dict.fromkeys(terminal(u["label"]) for u in qs.unmapped_columns))
        print(t("cli.unmapped", lang, labels=labels), file=out)
    if qs.evaluation is not None:
        from .evaluation import cli_lines

        for line in cli_lines(res, lang):
            print(terminal(line), file=out)
    return 0


# The CLI writing JSON to a file forks a twin (core.report.Twin) when the reader's replies hold this many bytes (about
# 500 per quote): 2,000 to 20,000 quotes. Below, one process encodes fast enough; above, both processes would hold every quote (≈ 45 MB
# per 1,000), and the JSON's own late fork is used.
TWIN_BYTES = (1_000_000, 10_000_000)


_IN_TWIN = False  # this process is the twin (main() never returns in it)


def _twin(args, sheets_of):
    """Fork the twin once the reader's replies are in, before they are decoded (each process decodes its own)."""
    global _IN_TWIN
    replies = getattr(sheets_of, "replies", None)
    if replies is None or not args.json_out or args.json_out == "-" or not hasattr(os, "fork"):
        return None
    if not TWIN_BYTES[0] <= replies() <= TWIN_BYTES[1]:
        return None
    from .report import fork_twin

    try:
        twin = fork_twin()
    except OSError:  # no process could be started: the JSON is encoded as before
        return None
    _IN_TWIN = twin.is_child
    return twin


@contextlib.contextmanager
def _quiet_native_stderr():
    """Silence file descriptor 2 while native code reads the files; our own message comes after."""
    sys.stderr.flush()
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _write(path: str, data: bytes) -> None:
    try:
        Path(path).write_bytes(data)
    except OSError as e:
        raise QuoteError("err.cannot_write", file=path, reason=e.strerror or type(e).__name__) from e


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    lang = "en" if "--lang=en" in argv or ("--lang" in argv and argv[argv.index("--lang") + 1:][:1] == ["en"]) else "zh"
    args = _parser().parse_args(argv)
    try:
        return {"scoresheet": run_scoresheet, "clarify": run_clarify}.get(args.cmd, run_score)(args)
    except QuoteError as e:
        print(terminal(e.message(lang)), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(t("cli.interrupted", lang), file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (`| head`): what it wanted was printed; nothing to report
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 0
    except Exception as e:  # noqa: BLE001 - the user gets one line, never a traceback
        print(terminal(t("cli.internal", lang, reason=f"{type(e).__name__}: {e}")), file=sys.stderr)
        return 1
    finally:
        if _IN_TWIN:  # a twin that did not send its half (Twin.send ends the process): it ends here, whatever
            os._exit(1)  # happened, and never returns to a caller (a test running main() in-process)


def _exit_now(rc: int) -> None:
    """End the process without freeing the quotes object by object (a tenth of a second at 10,000 quotes):
    every file this command writes is closed by then; only the standard streams need flushing."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe: nothing more to say
        rc = rc or 1
    os._exit(rc)


if __name__ == "__main__":
    _exit_now(main())
