"""Untrusted bytes are read in a worker process with hard limits, from a pool kept warm (issue 16).

``read_sheets(data, name)`` runs ``core.ingest.read_sheets`` (the guards of core.guards, python-calamine, the
CSV decoder) in a separate Python process whose address space (RLIMIT_AS) and CPU time (RLIMIT_CPU, per file)
are capped, with a wall-clock deadline on top. A crash there (SIGABRT from the Rust reader when an allocation
fails, a segfault), a limit or the deadline becomes the usual one-line QuoteError for that file
(``err.reader_crashed`` / ``err.reader_limit``); the server, every other session and every other file carry on.

Design:

* Workers are plain ``python -I -B`` child processes started with ``subprocess`` (no multiprocessing: nothing
  of the server's ``__main__`` is imported into them, no socket or semaphore file is created, ``-B`` writes no
  bytecode): bytes in on stdin, the sheets back on a private copy of stdout, length-prefixed pickles. File
  descriptors 1 and 2 point to /dev/null inside the worker, so nothing a library prints can corrupt the channel
  and nothing it writes reaches disk.
* What comes back from a worker is unpickled with an allow-list (the core's RawSheet and Warning_, dates and
  times, builtins): a worker taken over through a reader bug cannot make the server run code.
* Each worker serves one file at a time; a pool keeps ``POOL_SIZE`` idle workers started in the background
  (``warm()``; a worker starts in about 0.15 s), so a normal upload pays no start-up. At most ``MAX_WORKERS``
  read at once (each may use up to ``MEMORY_LIMIT``); more wait their turn. A worker that crashed, timed out
  or served ``MAX_TASKS`` files is replaced.
* ``QUOTE_SANDBOX=0`` reads in-process (benchmarks of the stages, debugging). Test hooks exist only when
  ``QUOTE_SANDBOX_TEST_HOOKS=1`` is set in the server's environment when a file is read: a file name holding
  ``__abort__`` makes the worker abort, ``__spin__`` spin on the CPU, ``__hog__`` allocate without end;
  for a workbook read in two processes (APART_BYTES), ``__abort_reading__`` / ``__abort_sending__`` make the
  reading child abort before / while it sends its sheets.
* A workbook of APART_BYTES or more is guarded by the worker while a forked child of it reads the bytes on the
  other core; the child's sheets go out only once the guards have let the file through.
"""
from __future__ import annotations

import atexit
import gc
import io
import os
import pickle
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from .errors import QuoteError

MEMORY_LIMIT = 2 * 2**30  # address space of a worker (RLIMIT_AS): interpreter, reader and the sheets it returns
CPU_SECONDS = 20  # CPU time for one file (RLIMIT_CPU, moved forward before each file)
WALL_SECONDS = 60  # wall-clock deadline for one file (a worker blocked or starved)
POOL_SIZE = 2  # idle workers kept warm
MAX_WORKERS = 2  # workers reading at once (the machine has two cores)
MAX_TASKS = 200  # files one worker reads before it is replaced (memory fragmentation, CPU budget)
APART_BYTES = 256 * 1024  # a workbook this large is guarded and read at once, in two processes (fork costs ~2 ms)
_ROOT = str(Path(__file__).resolve().parents[1])
_HEAD = struct.Struct("<Q")


# ------------------------------------------------------------------------------------------ worker side
def _serve() -> None:  # pragma: no cover - runs in the worker process
    import resource

    channel_out = os.fdopen(os.dup(1), "wb", buffering=0)
    channel_in = os.fdopen(os.dup(0), "rb", buffering=0)
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):  # a library's prints (a Rust panic message) go nowhere
        os.dup2(null, fd)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a crash leaves no core file on disk
    mem = int(sys.argv[1])
    hard = resource.getrlimit(resource.RLIMIT_AS)[1]
    resource.setrlimit(resource.RLIMIT_AS, (mem if hard == resource.RLIM_INFINITY else min(mem, hard), hard))
    from core import ingest  # imported once per worker: calamine and the guards stay loaded

    while True:
        head = _read_exact(channel_in, _HEAD.size)
        if head is None:
            return
        (n,) = _HEAD.unpack(head)
        body = _read_exact(channel_in, n)
        if body is None:
            return
        data, name, hooks, cpu = pickle.loads(body)
        used = resource.getrusage(resource.RUSAGE_SELF)
        soft = int(used.ru_utime + used.ru_stime) + 1 + cpu
        cpu_hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
        resource.setrlimit(resource.RLIMIT_CPU, (soft if cpu_hard == resource.RLIM_INFINITY else min(soft, cpu_hard),
                                                 cpu_hard))
        gc.disable()  # millions of small objects and no cycles (as core.load.bulk does in-process)
        if hooks and (hooked := _answer(lambda: _test_hooks(name)))[0] != "ok":
            out = _encode(hooked)
        elif len(data) >= APART_BYTES and (data[:4] == b"PK\x03\x04" or data[:8] == ingest._OLE_MAGIC):
            out = _guard_and_read_apart(data, name, channel_out, cpu, hooks)
        else:
            out = _encode(_answer(lambda: ingest.read_sheets(data, name)))
        if out is not None:
            _send(channel_out, out)
        del data, out
        gc.enable()


def _answer(work) -> tuple:  # pragma: no cover - runs in the worker process
    """work() as a reply: ("ok", value), ("err", key, params), ("limit",) or ("bug", traceback)."""
    try:
        return ("ok", work())
    except QuoteError as e:
        return ("err", e.key, e.params)
    except MemoryError:
        return ("limit",)
    except Exception:  # noqa: BLE001 - a bug of ours: shown to the caller as one (never as a crash)
        import traceback

        return ("bug", traceback.format_exc())


def _encode(reply: tuple) -> bytes:  # pragma: no cover - runs in the worker process
    try:
        if reply[0] == "ok":
            reply = ("ok", reply[1], _rows_as_json(reply[1]))
        return pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        return pickle.dumps(("limit",))


_JSON_SAFE = frozenset((str, float, int, bool, type(None)))


def _rows_as_json(sheets: list) -> dict[int, bytes]:  # pragma: no cover - runs in the worker process
    """The rows of each sheet whose cells JSON keeps exactly (text, finite numbers, booleans, blanks) as one
    orjson blob, the sheet's own rows emptied: encoded in milliseconds and read back by the server faster than a
    pickle of the same cells, with nothing in it that could name a class. Other sheets (dates, times) stay in the
    pickle."""
    import math

    import orjson

    out = {}
    for i, sh in enumerate(sheets):
        kinds = {v.__class__ for row in sh.rows for v in row}
        if not kinds <= _JSON_SAFE:
            continue
        if float in kinds and not all(math.isfinite(v) for row in sh.rows for v in row if v.__class__ is float):
            continue
        try:
            blob = orjson.dumps(sh.rows)
        except orjson.JSONEncodeError:  # an integer beyond 64 bits
            continue
        out[i], sh.rows = blob, []
    return out


def _send(channel_out, out: bytes) -> None:  # pragma: no cover - runs in the worker process
    view = memoryview(_HEAD.pack(len(out)) + out)
    while view:  # a raw write may take part of it
        view = view[channel_out.write(view):]


def _guard_and_read_apart(data: bytes, name: str, channel_out, cpu: int, hooks: bool) -> bytes | None:  # pragma: no cover
    """A large workbook: the guards run here while a forked child reads it, on the other core. The child's
    sheets reach the server only after the guards have let the file through ("go" on a private pipe); a refusal
    kills the child and is the reply. A child that dies after "go" may have written part of its reply, so this
    worker then dies the same way (the server sees a crash or a limit, as for one process). Returns the reply to
    send, or None when the child sent it."""
    import resource
    from core import ingest

    go_r, go_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the reader
        try:
            os.close(go_w)
            resource.setrlimit(resource.RLIMIT_CPU, (cpu + 1, resource.getrlimit(resource.RLIMIT_CPU)[1]))
            out = _encode(_answer(lambda: ingest.read_guarded(data, name)))
            if hooks and "__abort_reading__" in name:
                os.abort()
            if os.read(go_r, 1) == b"g":
                if hooks and "__abort_sending__" in name:
                    channel_out.write(out[:7])  # part of a reply, then the crash
                    os.abort()
                _send(channel_out, out)
        finally:
            os._exit(0)
    os.close(go_r)
    verdict = _answer(lambda: ingest.guard(data, name))
    if verdict[0] != "ok":
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(go_w)
        return _encode(verdict)
    try:
        os.write(go_w, b"g")
        sent = True
    except OSError:  # the child is gone already, before writing anything
        sent = False
    os.close(go_w)
    _, status = os.waitpid(pid, 0)
    if status == 0 and sent:
        return None
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) in (signal.SIGXCPU, signal.SIGKILL)
    if not sent:
        return _encode(("limit",) if killed else ("crashed",))
    os.kill(os.getpid(), signal.SIGKILL if killed else signal.SIGABRT)  # the channel may hold part of a reply
    return None


def _test_hooks(name: str) -> None:  # pragma: no cover - runs in the worker process
    if "__abort__" in name:
        os.abort()
    if "__spin__" in name:
        while True:
            pass
    if "__hog__" in name:
        hog = []
        while True:
            hog.append(bytearray(64 * 2**20))


def _read_exact(f: io.RawIOBase, n: int) -> bytes | None:
    buf = bytearray()
    while len(buf) < n:
        chunk = f.read(n - len(buf))
        if not chunk:
            return None
        buf += chunk
    return bytes(buf)


# ------------------------------------------------------------------------------------------ server side
class _SafeUnpickler(pickle.Unpickler):
    """Only what read_sheets returns: a worker cannot name any other class or function."""

    ALLOWED = {("core.ingest", "RawSheet"), ("core.ingest", "Warning_"), ("core.model", "Warning_"),
               ("datetime", "datetime"), ("datetime", "date"), ("datetime", "time"), ("datetime", "timedelta"),
               ("datetime", "timezone"), ("builtins", "set"), ("builtins", "frozenset"), ("builtins", "complex")}

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in self.ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed from a reader worker")
        return super().find_class(module, name)


class _Died(Exception):
    def __init__(self, limit: bool) -> None:
        super().__init__()
        self.limit = limit


class _Worker:
    def __init__(self) -> None:
        code = f"import sys; sys.path.insert(0, {_ROOT!r}); from core.sandbox import _serve; _serve()"
        self.proc = subprocess.Popen([sys.executable, "-I", "-B", "-c", code, str(MEMORY_LIMIT)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     close_fds=True, cwd=_ROOT)
        self.tasks = 0

    def alive(self) -> bool:
        return self.proc.poll() is None

    def call(self, data: bytes, name: str, hooks: bool, deadline: float) -> bytes:
        """The worker's reply to one file, as sent (decoded by _decoded)."""
        self.tasks += 1
        msg = pickle.dumps((data, name, hooks, CPU_SECONDS), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self.proc.stdin.write(_HEAD.pack(len(msg)) + msg)
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError):
            raise self._died() from None
        head = self._recv(_HEAD.size, deadline)
        (n,) = _HEAD.unpack(head)
        return self._recv(n, deadline)

    def _recv(self, n: int, deadline: float) -> bytes:
        fd = self.proc.stdout.fileno()
        parts, got = [], 0
        while got < n:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                self.kill()
                raise _Died(limit=True)  # the deadline: a file that takes too long is a limit reached
            chunk = os.read(fd, min(n - got, 1 << 20))
            if not chunk:
                raise self._died()
            parts.append(chunk)
            got += len(chunk)
        return b"".join(parts)

    def _died(self) -> _Died:
        try:
            code = self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.kill()
            code = self.proc.returncode
        return _Died(limit=code in (-signal.SIGXCPU, -signal.SIGKILL))

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        self.close()

    def close(self) -> None:
        for f in (self.proc.stdin, self.proc.stdout):
            try:
                f.close()
            except OSError:
                pass


_lock = threading.Condition()  # guards _idle and _warming; notified when a warm worker is added
_idle: list[_Worker] = []
_slots = threading.BoundedSemaphore(MAX_WORKERS)
_warming = [False]


def enabled() -> bool:
    return os.environ.get("QUOTE_SANDBOX", "1") != "0"


def warm() -> None:
    """Start the idle workers in the background (returns at once)."""
    with _lock:
        if _warming[0] or len(_idle) >= POOL_SIZE:
            return
        _warming[0] = True

    def fill() -> None:
        try:
            while True:
                with _lock:
                    if len(_idle) >= POOL_SIZE:
                        return
                w = _Worker()
                with _lock:
                    _idle.append(w)
                    _lock.notify()
        finally:
            with _lock:
                _warming[0] = False
                _lock.notify_all()

    threading.Thread(target=fill, name="quote-reader-pool", daemon=True).start()


def _acquire() -> _Worker:
    _slots.acquire()
    try:
        while True:
            with _lock:
                if not _idle and _warming[0]:  # one is starting already: take it rather than start another
                    _lock.wait_for(lambda: _idle or not _warming[0], timeout=2)
                w = _idle.pop() if _idle else None
            if w is None:
                return _Worker()
            if w.alive():
                return w
            w.close()
    except BaseException:
        _slots.release()
        raise


def _release(w: _Worker, healthy: bool) -> None:
    try:
        if healthy and w.tasks < MAX_TASKS and w.alive():
            with _lock:
                if len(_idle) < POOL_SIZE:
                    _idle.append(w)
                    return
        w.kill() if not healthy else _stop(w)
    finally:
        _slots.release()
        warm()


def _stop(w: _Worker) -> None:
    w.close()  # EOF on its stdin: the worker returns
    try:
        w.proc.wait(timeout=2)
    except subprocess.TimeoutExpired:
        w.kill()


def shutdown() -> None:
    """Stop the idle workers (at exit, and in tests)."""
    with _lock:
        ws = list(_idle)
        _idle.clear()
    for w in ws:
        _stop(w)


atexit.register(shutdown)


def read_sheets(data: bytes, name: str) -> list:
    """core.ingest.read_sheets in a worker; its QuoteError as it is; a crash or a limit as a QuoteError."""
    from . import ingest

    if not enabled():
        return ingest.read_sheets(data, name)
    return _decoded(_reply(data, name), name)


def _reply(data: bytes, name: str) -> bytes:
    """A worker's reply to one file, undecoded; a crash or a limit as a QuoteError."""
    hooks = os.environ.get("QUOTE_SANDBOX_TEST_HOOKS") == "1"
    try:
        w = _acquire()
    except OSError:  # no process could be started (the machine is out of processes or memory)
        raise QuoteError("err.reader_crashed", file=name) from None
    healthy = False
    try:
        reply = w.call(data, name, hooks, time.monotonic() + WALL_SECONDS)
        healthy = True
    except _Died as d:
        if d.limit:
            raise QuoteError("err.reader_limit", file=name, mb=MEMORY_LIMIT // 2**20, s=CPU_SECONDS) from None
        raise QuoteError("err.reader_crashed", file=name) from None
    finally:
        _release(w, healthy)
    return reply


def _decoded(body: bytes, name: str) -> list:
    """The sheets a worker's reply holds (unpickled with the allow-list, the rows from their JSON), or its error."""
    was = gc.isenabled()
    gc.disable()
    try:
        reply = _SafeUnpickler(io.BytesIO(body)).load()
    finally:
        if was:
            gc.enable()
    if reply[0] == "ok":
        import orjson

        sheets = reply[1]
        for i, blob in reply[2].items():
            sheets[i].rows = orjson.loads(blob)
        return sheets
    if reply[0] == "err":
        raise QuoteError(reply[1], **reply[2])
    if reply[0] == "limit":
        raise QuoteError("err.reader_limit", file=name, mb=MEMORY_LIMIT // 2**20, s=CPU_SECONDS)
    if reply[0] == "crashed":  # the worker's reading child, before anything was sent
        raise QuoteError("err.reader_crashed", file=name)
    raise RuntimeError(f"the reader failed on {name!r}:\n{reply[1]}")  # a bug of ours, as in-process


def read_ahead(files: list[tuple[str, bytes]]):
    """Start reading `files` (name, bytes) in the background, one after the other through the worker pool, and
    return a function shaped like ``read_sheets`` that waits for a file's sheets (or its QuoteError). The CLI
    calls it first, so the worker reads while the caller imports the rest of the engine. A file not in `files`
    is read on the spot."""
    if not enabled():
        return read_sheets  # in-process reading (QUOTE_SANDBOX=0) stays on the caller's thread
    pending = {id(data): threading.Event() for _name, data in files}
    outcome: dict[int, tuple] = {}

    def run() -> None:
        for name, data in files:
            try:
                outcome[id(data)] = ("ok", _reply(data, name))
            except BaseException as e:  # noqa: BLE001 - handed to the caller, raised there as it is
                outcome[id(data)] = ("err", e)
            pending[id(data)].set()

    threading.Thread(target=run, name="quote-read-ahead", daemon=True).start()

    def sheets_of(data: bytes, name: str) -> list:
        """The file's sheets, decoded on the caller's thread (each process of the CLI decodes its own: Twin)."""
        done = pending.get(id(data))
        if done is None:
            return read_sheets(data, name)
        done.wait()
        kind, value = outcome.pop(id(data))
        if kind == "err":
            raise value
        return _decoded(value, name)

    def replies() -> int:
        """Wait for every file's reply; the bytes they hold (what the sheets will be, roughly)."""
        for done in pending.values():
            done.wait()
        return sum(len(v) for kind, v in outcome.values() if kind == "ok")

    sheets_of.replies = replies
    return sheets_of

