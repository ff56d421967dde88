"""Cypher that every supported Neo4j runs: a check for syntax newer than the oldest we support.

Neo4j's own linter (``tools/cypher_lint``) knows the Cypher *language* versions (Cypher 5 and
Cypher 25) but not which Neo4j 5.x release first took a construct, so a query can pass it and
still fail on Neo4j 5.3 (``CALL () { … }`` came in 5.23). This module lists the constructs added
after Neo4j 5.0, with the release that brought each (from Neo4j's Cypher manual, "Deprecations,
additions, and compatibility"), and finds them in a query, comments and string literals aside.

>>> [f.construct for f in newer_constructs("MATCH (a) CALL (a) { RETURN 1 AS x } RETURN x")]
['CALL (…) { … } (variable scope clause)']
>>> newer_constructs("MATCH (a) CALL { WITH a RETURN 1 AS x } RETURN x // COUNT { }")
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["OLDEST_NEO4J", "Finding", "newer_constructs"]

OLDEST_NEO4J = (5, 0)  # the oldest Neo4j the named queries and the loader are written for


@dataclass(frozen=True)
class Finding:
    construct: str
    since: str  # the Neo4j release that first accepts it
    line: int

    def __str__(self) -> str:
        return f"line {self.line}: {self.construct} needs Neo4j {self.since}"


def _kw(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I | re.S)


# (construct, first Neo4j release, pattern on the query with comments and strings blanked)
_NEWER: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("CALL (…) { … } (variable scope clause)", "5.23", _kw(r"\bCALL\s*\([^()]*\)\s*\{")),
    ("COUNT { … } subquery", "5.3", _kw(r"\bCOUNT\s*\{")),
    ("COLLECT { … } subquery", "5.6", _kw(r"\bCOLLECT\s*\{")),
    ("quantified path pattern ( … ){m,n}", "5.9", _kw(r"\)\s*\{\s*\d*\s*,?\s*\d*\s*\}")),
    ("quantified relationship -[ … ]->{m,n}", "5.9", _kw(r"\]\s*-\s*>?\s*\{\s*\d")),
    ("type predicate IS :: / IS TYPED", "5.9", _kw(r"\bIS\s+(?:NOT\s+)?(?:::|TYPED\b)|::\s*[A-Z]")),
    ("SHORTEST / ANY / ALL SHORTEST path selector", "5.21",
     _kw(r"\b(?:ANY|ALL)\s+SHORTEST\b|\bSHORTEST\s+\d+\b|\bSHORTEST\s+\d*\s*GROUPS?\b")),
    ("FINISH clause", "5.19", _kw(r"(?<![.\w$])FINISH\s*(?:$|;)")),
    ("CALL { … } IN CONCURRENT TRANSACTIONS", "5.21", _kw(r"\bIN\s+CONCURRENT\s+TRANSACTIONS\b")),
    ("CALL { … } IN TRANSACTIONS … ON ERROR / REPORT STATUS", "5.7",
     _kw(r"\bIN\s+TRANSACTIONS\b[^;]*\b(?:ON\s+ERROR|REPORT\s+STATUS)\b")),
    ("OFFSET (SKIP's synonym)", "5.24", _kw(r"(?<![.\w$])OFFSET\s+(?:\d|\$)")),
    ("dynamic label or type $( … )", "5.26", _kw(r"[:&|]\s*\$\s*(?:any|all)?\s*\(")),
    ("normalize() / IS NORMALIZED", "5.17", _kw(r"\bnormalize\s*\(|\bIS\s+(?:NOT\s+)?(?:NF[CKD]*\s+)?NORMALIZED\b")),
    ("char_length() / character_length()", "5.13", _kw(r"\bchar(?:acter)?_length\s*\(")),
    ("btrim()", "5.20", _kw(r"\bbtrim\s*\(")),
    ("nullIf()", "5.25", _kw(r"\bnullIf\s*\(")),
    ("vector functions", "5.18", _kw(r"\bvector\.similarity\.|\bvector_dimension_count\s*\(|\bvector\s*\(")),
    ("LET / FILTER / WHEN … THEN / NEXT (Cypher 25)", "2025.06",
     _kw(r"(?m)^\s*(?:LET|FILTER|NEXT)\b|\bWHEN\b[^;]*\bTHEN\b(?![^;]*\bEND\b)")),
    ("match mode REPEATABLE ELEMENTS / DIFFERENT RELATIONSHIPS (Cypher 25)", "2025.06",
     _kw(r"\bMATCH\s+(?:REPEATABLE\s+ELEMENTS|DIFFERENT\s+RELATIONSHIPS)\b")),
    ("coll.* functions (Cypher 25)", "2025.06", _kw(r"\bcoll\.\w+\s*\(")),
    ("allReduce() (Cypher 25)", "2025.06", _kw(r"\ballReduce\s*\(")),
)

_COMMENT_OR_STRING = re.compile(r"//[^\n]*|/\*.*?\*/|'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"|`[^`]*`", re.S)


def _blank(text: str) -> str:
    """Comments, strings and quoted names replaced by spaces (newlines kept, so lines still count)."""
    return _COMMENT_OR_STRING.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def newer_constructs(query: str) -> list[Finding]:
    """The constructs in ``query`` that a Neo4j older than their release rejects."""
    code = _blank(query)
    found = []
    for construct, since, pattern in _NEWER:
        m = pattern.search(code)
        if m:
            found.append(Finding(construct, since, code.count("\n", 0, m.start()) + 1))
    return sorted(found, key=lambda f: f.line)
