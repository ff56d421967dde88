"""Exit statuses, and how a command fails: one line on stderr, never a half-written file."""

from __future__ import annotations

import functools
import os
import signal
import sys
from typing import Any, Callable

import click

from ..errors import InputError, QuotegraphError
from ..sources import display_name

# Exit statuses (documented in `quotegraph --help` and the README).
EXIT_OK, EXIT_PROBLEMS, EXIT_FATAL = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143


class Fatal(click.ClickException):
    exit_code = EXIT_FATAL


class StrictStop(InputError):
    """--strict: the first skipped input or failed document stops the run."""


class NoInput(InputError):
    """Not one document could be read: nothing is written, existing outputs stay (exit 2)."""


class _Terminated(BaseException):
    """SIGTERM, raised where the program is so that open outputs are discarded, not left half."""


# Set by the signal handlers: whatever exception the interruption turns into on its way out
# (a database driver may wrap it in its own), the exit is then 130 or 143 with one line.
_signalled: list[int] = []


def _on_sigterm(signum: int, frame: Any) -> None:
    _signalled.append(EXIT_TERMINATED)
    raise _Terminated()


def _on_sigint(signum: int, frame: Any) -> None:
    _signalled.append(EXIT_INTERRUPTED)
    raise KeyboardInterrupt()


def _interrupted_by(exc: BaseException) -> int | None:
    """130/143 when ``exc`` is, or was caused by, Ctrl-C or SIGTERM."""
    seen = 0
    cause: BaseException | None = exc
    while cause is not None and seen < 20:
        if isinstance(cause, KeyboardInterrupt):
            return EXIT_INTERRUPTED
        if isinstance(cause, _Terminated):
            return EXIT_TERMINATED
        cause = cause.__cause__ or cause.__context__
        seen += 1
    return _signalled[-1] if _signalled else None


def fail_cleanly(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn quotegraph's own errors into one line on stderr and exit status 2 (1 for --strict
    stops), an interruption into 130 (Ctrl-C) or 143 (SIGTERM); outputs are never left half."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        try:
            return fn(*args, **kwargs)
        except StrictStop as exc:
            click.echo(f"quotegraph: stopped at the first failure (--strict): {exc}"
                       + ("" if kwargs.get("output", True) is None else "; no output file was written"), err=True)
            ctx.exit(EXIT_PROBLEMS)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:
            # the reader of stdout went away (`| head`): stop quietly, as Unix tools do
            try:
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            except (OSError, ValueError, AttributeError):
                pass
            ctx.exit(EXIT_PROBLEMS)
        except BaseException as exc:  # noqa: BLE001 - every other failure: one line, no traceback
            code = _interrupted_by(exc)
            if code is not None:
                click.echo("quotegraph: interrupted; no half-written file left behind (run again to finish)",
                           err=True)
                ctx.exit(code)
            if not isinstance(exc, Exception):
                raise  # SystemExit and the like
            if ctx.find_root().params.get("debug"):
                raise
            if isinstance(exc, QuotegraphError):
                raise Fatal(str(exc)) from exc
            raise Fatal(_one_line(exc)) from exc

    return wrapper


def _one_line(exc: BaseException) -> str:
    """An unexpected error as one line (``--debug`` shows the traceback)."""
    if isinstance(exc, OSError) and exc.strerror:
        where = f" ({display_name(str(exc.filename))})" if exc.filename else ""
        return f"{exc.strerror}{where} (--debug shows where)"
    text = " ".join(str(exc).split())[:300]
    return f"unexpected error: {type(exc).__name__}{': ' + text if text else ''} (--debug shows the traceback)"


def catch_signals(ctx: click.Context) -> None:
    """SIGTERM unwinds like Ctrl-C, so a temporary output is removed, not left half; the
    handlers are put back when the command ends."""
    _signalled.clear()
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
        previous_int = signal.signal(signal.SIGINT, _on_sigint)

        def restore() -> None:
            signal.signal(signal.SIGTERM, previous)
            signal.signal(signal.SIGINT, previous_int)

        ctx.call_on_close(restore)
    except ValueError:  # not the main thread (an embedding application): leave signals alone
        pass
