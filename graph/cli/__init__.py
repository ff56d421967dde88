"""The command line: one click command per verb, each a thin layer over the library.

`main` is the `quotegraph` group (the console script); each module below adds its verbs to it:
extract_cmds (extract, run), file_cmds (export, view), database_cmds (load, query, cypher, serve).
"""

from ._failures import EXIT_FATAL, EXIT_INTERRUPTED, EXIT_OK, EXIT_PROBLEMS, EXIT_TERMINATED
from ._group import main
from . import database_cmds, extract_cmds, file_cmds  # noqa: F401  (they register their commands)

__all__ = ["main", "EXIT_OK", "EXIT_PROBLEMS", "EXIT_FATAL", "EXIT_INTERRUPTED", "EXIT_TERMINATED"]
