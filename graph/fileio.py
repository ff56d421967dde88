"""Writing files whole or not at all.

Every output file is written to a temporary sibling ``.NAME.PID.RANDOM.part`` and renamed
over ``NAME`` only once complete. Ctrl-C or an exception removes the temporary file; a
SIGKILL or a power cut cannot, so the next write to ``NAME`` removes the ``.part`` siblings
left by processes that no longer run. Hidden ``.part`` files are never read as inputs.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path
from typing import IO, Iterator


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    except OSError:
        return True  # cannot tell: keep the file
    return True


def stale_parts(path: str | os.PathLike[str]) -> list[Path]:
    """The temporary files of earlier writes to ``path`` whose process has died."""
    target = Path(path)
    pattern = re.compile(rf"\.{re.escape(target.name)}\.(\d+)\.[A-Za-z0-9_]+\.part")
    found = []
    with contextlib.suppress(OSError):
        for p in target.parent.iterdir():
            m = pattern.fullmatch(p.name)
            if m and int(m.group(1)) != os.getpid() and not _alive(int(m.group(1))):
                found.append(p)
    return found


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temporary file beside ``path``; rename it over ``path`` only when the block ends
    without an exception, so a crash or Ctrl-C never leaves a half-written file.

    >>> with atomic_write("/tmp/qg-doctest.txt") as fh:
    ...     _ = fh.write("whole")
    >>> open("/tmp/qg-doctest.txt").read()
    'whole'
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in stale_parts(target):
        with contextlib.suppress(OSError):
            stale.unlink()
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else encoding) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a normal file follows the umask
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
