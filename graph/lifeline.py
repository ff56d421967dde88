"""Worker processes die with the process that started them, SIGKILL included.

``run --workers N`` starts a fork server, and the fork server the workers. When the main
process is killed outright (SIGKILL, the OOM killer) nothing of it runs to stop them, and
they would wait on their pipes forever, each holding a copy of the model. On Linux each
process asks the kernel to send it SIGKILL when its parent dies (``PR_SET_PDEATHSIG``): the
fork server when the main process dies (set as the fork server imports this module), each
worker when the fork server dies. Elsewhere a thread polls the parent.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int | None = None) -> None:
    """Have this process killed when its parent (``parent``, default: the current one) dies."""
    parent = os.getppid() if parent is None else parent
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # it died before we asked
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="quotegraph-lifeline", daemon=True).start()


def _in_forkserver() -> bool:
    import traceback

    return any(frame.filename.endswith(os.path.join("multiprocessing", "forkserver.py"))
               for frame in traceback.extract_stack())


if _in_forkserver():  # imported as a fork server preload: tie it to the main process
    die_with_parent()
