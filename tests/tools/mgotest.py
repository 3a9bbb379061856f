"""mgotest.py — shared helpers of the golden, error, GC and robustness runners (stdlib only).

What lives here and its invariants:
* run_process(): runs one child with a timeout and returns its exit status, output and the
  child's own peak RSS (from wait4, so the compiler run before it never pollutes the figure).
  A child killed by a signal reports status -SIGNUM, like subprocess does.
* The `.err` expectation format (documented in tests/tools/README.md): one expectation per line,
  `= TEXT` exact line, `^ TEXT` prefix, `~ REGEX` full regex match, `...` (last line only) = any
  further stderr lines are accepted; `#` lines are comments. Expectations match stderr lines
  consecutively from the first one. Without `...` stderr must have exactly that many lines.
* stderr_to_expectations(): the one place that turns Go's real stderr into a `.err` file (used by
  regen_expected.py); match_stderr() is its inverse check (used by run_golden.py).
* Diagnostics: strip_diag_position() turns `PATH:LINE:COL: msg` into `LINE:COL: msg`.
"""
import difflib
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

# --------------------------------------------------------------------------- processes


class Result:
    def __init__(self, status, stdout, stderr, max_rss_kb, timed_out, seconds):
        self.status = status          # exit code, or -SIGNUM if killed by a signal
        self.stdout = stdout          # bytes
        self.stderr = stderr          # bytes
        self.max_rss_kb = max_rss_kb  # the child's peak resident set size in KiB
        self.timed_out = timed_out
        self.seconds = seconds


def run_process(argv, timeout, env=None, cwd=None, stdin_data=None):
    """Runs argv; kills it (and its process group) after `timeout` seconds."""
    start = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        # stdin is an empty pipe rather than /dev/null: the runners must not depend on /dev/null.
        proc = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.PIPE,
                                env=env, cwd=cwd, start_new_session=True)
        try:
            if stdin_data:
                proc.stdin.write(stdin_data)
        except BrokenPipeError:
            pass
        try:
            proc.stdin.close()
        except BrokenPipeError:
            pass
        timed_out = False
        status, rusage = None, None
        while True:
            pid, raw, rusage = os.wait4(proc.pid, os.WNOHANG)
            if pid == proc.pid:
                status = raw
                break
            if time.monotonic() - start > timeout:
                timed_out = True
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                _, status, rusage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.005)
        proc.returncode = 0  # reaped by wait4; keep Popen from waiting again
        if os.WIFSIGNALED(status):
            code = -os.WTERMSIG(status)
        else:
            code = os.WEXITSTATUS(status)
        out.seek(0)
        err.seek(0)
        return Result(code, out.read(), err.read(), rusage.ru_maxrss, timed_out,
                      time.monotonic() - start)


def tool_path(path):
    """Tools run with a temporary cwd: a relative path containing a slash is made absolute."""
    if os.sep in path and not os.path.isabs(path):
        path = os.path.abspath(path)
    if os.sep in path and not os.access(path, os.X_OK):
        sys.stdout.write("tool not found or not executable: %s\n" % path)
        sys.exit(1)
    return path


def describe_status(res):
    if res.timed_out:
        return "timed out after %.1fs" % res.seconds
    if res.status < 0:
        try:
            name = signal.Signals(-res.status).name
        except ValueError:
            name = "signal %d" % -res.status
        return "killed by %s" % name
    return "exit status %d" % res.status


# --------------------------------------------------------------------------- text helpers


def text(data):
    return data.decode("utf-8", errors="replace")


def lines_of(data):
    """Splits bytes into text lines; a trailing newline does not make an extra empty line."""
    s = text(data)
    if s == "":
        return []
    parts = s.split("\n")
    if parts[-1] == "":
        parts.pop()
    return parts


def diff(expected_lines, actual_lines, expected_name="expected", actual_name="actual", limit=80):
    out = list(difflib.unified_diff(expected_lines, actual_lines, expected_name, actual_name,
                                    lineterm="", n=2))
    if len(out) > limit:
        out = out[:limit] + ["... (%d more diff lines)" % (len(out) - limit)]
    return "\n".join(out)


def read_optional(path):
    if os.path.exists(path):
        with open(path, "rb") as f:
            return f.read()
    return None


def read_args(path):
    """NAME.args: one program argument per line (an empty line is an empty argument)."""
    data = read_optional(path)
    if data is None:
        return []
    return lines_of(data)


# --------------------------------------------------------------------------- .err format

# The first goroutine header ends the deterministic part of a crash report: `[running]` for a
# panic, a wait reason (`[chan receive]`, `[semacquire]`, ...) for a deadlock.
GOROUTINE_HEADER = re.compile(r"^goroutine (\d+) \[([^\]]+)\]:$")


def stderr_to_expectations(stderr_bytes):
    """Go's stderr -> list of `.err` lines. Everything up to and including the first
    `goroutine N [reason]:` line is kept (as a regex when N is not 1); the signal line keeps only its deterministic prefix
    (up to `addr=0x...`, dropping ` pc=...`); after the goroutine header come stack frames with
    addresses and paths, which are replaced by `...`."""
    result = []
    for line in lines_of(stderr_bytes):
        if line.startswith("[signal "):
            cut = line.find(" pc=")
            result.append("^ " + (line[:cut] if cut >= 0 else line))
            continue
        header = GOROUTINE_HEADER.match(line)
        if header and header.group(1) != "1":
            # Go numbers other goroutines by P-local batches: the id depends on GOMAXPROCS.
            result.append("~ " + r"goroutine \d+ \[" + re.escape(header.group(2)) + r"\]:")
        else:
            result.append("= " + line if line else "=")
        if header:
            result.append("...")
            break
    return result


def parse_expectations(data):
    """Parses a `.err` file into [(kind, text)], kind in '=', '^', '~', '...'."""
    exps = []
    for n, raw in enumerate(lines_of(data), 1):
        if raw.startswith("#"):
            continue
        if raw == "...":
            exps.append(("...", ""))
            continue
        kind = raw[:1]
        if kind not in ("=", "^", "~") or (len(raw) > 1 and raw[1] != " "):
            raise ValueError("line %d: expected '= ', '^ ', '~ ' or '...': %r" % (n, raw))
        exps.append((kind, raw[2:]))
    for i, (kind, _) in enumerate(exps):
        if kind == "..." and i != len(exps) - 1:
            raise ValueError("'...' must be the last expectation")
    return exps


def match_stderr(exps, actual_lines):
    """Returns None if actual_lines satisfy the expectations, else a readable explanation."""
    rest_ok = bool(exps) and exps[-1][0] == "..."
    body = exps[:-1] if rest_ok else exps
    for i, (kind, want) in enumerate(body):
        if i >= len(actual_lines):
            return "stderr ended after %d lines; expected line %d to %s %r" % (
                len(actual_lines), i + 1, {"=": "be", "^": "start with", "~": "match"}[kind], want)
        got = actual_lines[i]
        ok = (kind == "=" and got == want) or (kind == "^" and got.startswith(want)) or \
             (kind == "~" and re.fullmatch(want, got) is not None)
        if not ok:
            how = {"=": "be exactly", "^": "start with", "~": "match regex"}[kind]
            return "stderr line %d:\n  expected to %s: %r\n  got:               %r" % (i + 1, how, want, got)
    if not rest_ok and len(actual_lines) > len(body):
        return "unexpected extra stderr lines after line %d:\n%s" % (
            len(body), "\n".join("  " + l for l in actual_lines[len(body):len(body) + 10]))
    return None


# --------------------------------------------------------------------------- diagnostics

DIAG_LINE = re.compile(r"^(?:.*?):(\d+):(\d+): (.*)$")


def strip_diag_position(line, source_name):
    """`some/dir/NAME.mgo:3:7: msg` -> `3:7: msg`; a leading tab (a note line) is kept.
    Positions inside the message (`label L already defined at some/dir/NAME.mgo:4:1`) are
    spelled as gc spells them for the oracle's file: `./main.go:4:1`.
    Lines of other shapes are returned as-is."""
    if line.startswith("\t"):
        return "\t" + strip_diag_position(line[1:], source_name)
    idx = line.find(source_name + ":")
    if idx >= 0:
        rest = re.sub(r"(?:\S*/)?" + re.escape(source_name) + r":(?=\d)", "./main.go:",
                      line[idx + len(source_name) + 1:])
        m = re.match(r"^(\d+):(\d+): (.*)$", rest)
        if m:
            return "%s:%s: %s" % m.groups()
        m = re.match(r"^(\d+): (.*)$", rest)
        if m:
            return "%s: %s" % m.groups()
    return line


def group_diagnostics(lines):
    """Joins note lines (starting with a tab) to the diagnostic above them: one string each."""
    groups = []
    for l in lines:
        if l.startswith("\t") and groups:
            groups[-1] += "\n" + l
        else:
            groups.append(l)
    return groups


def has_position(diag):
    return re.match(r"^\d+:\d+: ", diag) is not None


def message_of(diag):
    m = re.match(r"^\d+:\d+: (.*)$", diag, re.S)
    return m.group(1) if m else diag


def fail(msg):
    sys.stdout.write(msg.rstrip("\n") + "\n")
    sys.stdout.flush()
    return 1
