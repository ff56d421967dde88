"""One exception hierarchy, so that callers catch ``QuotegraphError`` and the CLI turns it
into one clear line and a non-zero exit."""


class QuotegraphError(Exception):
    """Base of every error quotegraph raises on purpose."""


class InputError(QuotegraphError):
    """An input could not be read or understood; the message names the input and the problem."""


class ModelError(QuotegraphError):
    """The spaCy pipeline asked for is not installed or cannot run."""


class StoreError(QuotegraphError):
    """A graph store (file or database) could not be written or queried."""


class QueryError(QuotegraphError):
    """A named query is unknown or its parameters are wrong."""
