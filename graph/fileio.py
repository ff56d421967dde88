"""Writing files whole or not at all.

Every output file is written to a temporary sibling ``.NAME.PID.RANDOM.part`` and renamed
over ``NAME`` only once complete. Ctrl-C or an exception removes the temporary file; a
SIGKILL or a power cut cannot, so the next write to ``NAME`` removes the ``.part`` siblings
left by processes that no longer run. Hidden ``.part`` files are never read as inputs.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
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


def check_output(path: str | os.PathLike[str]) -> Path:
    """The file to write for output ``path``, or ``StoreError`` naming why it cannot be.

    Outputs replace regular files only: a device, FIFO or socket (``-o /dev/null``), or a
    symbolic link to one, is refused rather than replaced by a regular file (as root, that
    would replace the system's node). A link to a regular file is written through: the file
    it points to is replaced, the link stays. A path under a regular file is refused too.
    """
    from .errors import StoreError
    from .sources import display_name, file_kind

    target = Path(path)
    shown = display_name(os.fspath(path))
    try:
        st = os.stat(target)
    except FileNotFoundError:
        if os.path.islink(target):
            return Path(os.path.realpath(target))  # a dangling link: create what it names
        st = None
    except NotADirectoryError:
        raise StoreError(f"cannot write {shown}: a part of its path is a file, not a folder") from None
    except OSError as exc:
        raise StoreError(f"cannot write {shown}: {exc.strerror or exc}") from None
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise StoreError(f"cannot write {shown}: it is a folder")
        if not stat.S_ISREG(st.st_mode):
            link = " (a symbolic link to it)" if os.path.islink(target) else ""
            raise StoreError(f"refusing to replace {shown}: {file_kind(st.st_mode)}{link}, not a regular file")
        if os.path.islink(target):
            target = Path(os.path.realpath(target))
    for parent in target.parents:
        try:
            pst = os.stat(parent)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise StoreError(f"cannot write {shown}: {exc.strerror or exc}") from None
        if not stat.S_ISDIR(pst.st_mode):
            raise StoreError(f"cannot write {shown}: {display_name(str(parent))} is a file, not a folder")
        break
    return target


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temporary file beside ``path``; rename it over ``path`` only when the block ends
    without an exception, so a crash or Ctrl-C never leaves a half-written file.

    >>> with atomic_write("/tmp/qg-doctest.txt") as fh:
    ...     _ = fh.write("whole")
    >>> open("/tmp/qg-doctest.txt").read()
    'whole'
    """
    from .errors import StoreError
    from .sources import display_name

    target = check_output(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        for stale in stale_parts(target):
            with contextlib.suppress(OSError):
                stale.unlink()
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise StoreError(f"cannot write {display_name(os.fspath(path))}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else encoding) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a normal file follows the umask
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EROFS, errno.EFBIG, errno.EACCES, errno.EPERM):
            # a full disk mid-write: one line, and the old file (if any) is still there whole
            raise StoreError(f"cannot write {display_name(os.fspath(path))}: {exc.strerror or exc} "
                             "(nothing was replaced)") from exc
        raise
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
