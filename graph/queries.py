"""The named queries: one ``.cypher`` file per question, and its twin in Python for NetworkX.

Each file in ``cypher/`` (``quotegraph/cypher/`` in an installed wheel) starts with a header::

    // name: most_quoted
    // answers: Who is quoted most? ...
    // params: limit:int=10
    // columns: speaker_id, speaker, speaker_type, quotes, documents

``params`` lists ``name[:type][=default]``. Types: ``str`` (the default), ``int``, ``date`` (an
ISO date, ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; an ``until`` of a year or month means its last
day) and ``actor``: a name as people type it, resolved in Python (``quotegraph.names``) to the
list of matching actor ids, which is what the Cypher gets (``s.id IN $name``); a name that
matches nothing is a QueryError with the closest names. A default of ``null`` makes a parameter
optional. A query with a ``// computed:`` line gets those columns added in Python after the
Cypher ran, the same way for every store. ``run_query(name, G, **params)`` answers the same question on a NetworkX
graph with the same rows in the same order as the Cypher on Neo4j: the tests check it.

>>> [q.name for q in list_queries()][:2]
['adversaries', 'alliance_map']
>>> import networkx as nx
>>> run_query("most_quoted", nx.MultiDiGraph(), limit=3)
[]
"""

from __future__ import annotations

import calendar
import datetime as _dt
import functools
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

import networkx as nx

from .errors import QueryError
from .names import Actor, resolve_actor
from .schema import ENTITY_LABELS, ENTITY_RELS, QUOTE_LABEL

__all__ = ["NamedQuery", "list_queries", "get_query", "run_query", "finish_rows", "cypher_dir", "graph_actors",
           "DATE_PARAMS"]

_TYPES: dict[str, Callable[[Any], Any]] = {"str": str, "int": int, "date": str, "actor": str}
_HEADER = re.compile(r"^//\s*(name|answers|params|columns|computed)\s*:\s*(.*?)\s*$")
_PARAM = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?::(str|int|date|actor))?(?:=(.*))?$")
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
DATE_PARAMS = ("since", "until")  # what `query --since/--until` set, in the queries that take them
ActorSource = Callable[[], Iterable[Actor]]


@dataclass(frozen=True)
class NamedQuery:
    """A question from ``cypher/NAME.cypher``."""

    name: str  # the file stem, e.g. "who_speaks_for_whom"
    description: str  # the header's `answers:` line
    params: tuple[str, ...]  # parameter names, e.g. ("name",)
    columns: tuple[str, ...]  # the columns of each row, in order
    cypher: str  # the query text (the file without its header lines)
    param_types: tuple[str, ...] = ()  # one per param: "str" or "int"
    defaults: tuple[tuple[str, Any], ...] = ()  # (param, default) for the optional ones
    computed: tuple[str, ...] = ()  # columns added in Python after the Cypher ran
    path: Path | None = field(default=None, compare=False)

    def bind(self, values: Mapping[str, Any], actors: ActorSource | None = None) -> dict[str, Any]:
        """The parameters to send: ``values`` checked and typed, defaults filled in, actor names
        resolved to id lists with ``actors()`` (the store's actors; called only when needed).

        >>> get_query("most_quoted").bind({"limit": "3"})
        {'limit': 3, 'since': None, 'until': None}
        """
        unknown = sorted(set(values) - set(self.params))
        if unknown:
            expected = ", ".join(self.params) or "none"
            if unknown[0] in DATE_PARAMS:
                dated = ", ".join(q.name for q in list_queries() if set(DATE_PARAMS) <= set(q.params))
                raise QueryError(f"query {self.name!r} has no date filter ({unknown[0]}); these have: {dated}")
            raise QueryError(f"query {self.name!r} has no parameter {unknown[0]!r} (parameters: {expected})")
        bound: dict[str, Any] = {}
        defaults = dict(self.defaults)
        known: list[Actor] | None = None
        for name, kind in zip(self.params, self.param_types):
            if name in values and values[name] is not None:
                value = _coerce(self.name, name, kind, values[name])
                if kind == "actor":
                    if actors is None:
                        raise QueryError(f"query {self.name!r}: no graph to look the actor {value!r} up in")
                    known = list(actors()) if known is None else known
                    value = sorted({i for v in value for i in resolve_actor(v, known)})
                bound[name] = value
            elif name in defaults or name in values:
                bound[name] = defaults.get(name)
            else:
                raise QueryError(f"query {self.name!r} needs --param {name}=VALUE")
        if bound.get("since") and bound.get("until") and bound["since"] > bound["until"]:
            # swapped dates would answer "no rows", as if nothing had been said
            raise QueryError(f"query {self.name!r}: since {values['since']} is after until {values['until']}: "
                             f"no date is in between (swap them?)")
        return bound

    @property
    def cypher_columns(self) -> tuple[str, ...]:
        """The columns the Cypher itself returns (``columns`` without the computed ones)."""
        return tuple(c for c in self.columns if c not in self.computed)


def _coerce(query: str, name: str, kind: str, value: Any) -> Any:
    if kind == "int":
        if isinstance(value, bool) or isinstance(value, float) and not value.is_integer():
            # int(3.5) would be 3: a limit of 3.5 is a typo, and Neo4j refuses it (LIMIT 3.5)
            raise QueryError(f"query {query!r}: parameter {name!r} must be a whole number, got {value!r}")
        try:
            return int(value)
        except (TypeError, ValueError, OverflowError):
            raise QueryError(f"query {query!r}: parameter {name!r} must be a whole number, got {value!r}") from None
    if kind == "date":
        return _iso_date(query, name, value)
    if kind == "actor":
        names = [value] if isinstance(value, str) else value
        if not isinstance(names, (list, tuple)) or not names or not all(isinstance(v, str) for v in names):
            raise QueryError(f"query {query!r}: parameter {name!r} must be a name (or a list of names), got {value!r}")
        return list(names)
    if not isinstance(value, str):
        raise QueryError(f"query {query!r}: parameter {name!r} must be text, got {value!r}")
    return value


def _iso_date(query: str, name: str, value: Any) -> str:
    """``YYYY-MM-DD`` from a date, a datetime or ISO text; a year or month alone means its first
    day, or its last for ``until`` (so ``--until 2025-03`` keeps all of March)."""
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat()
    m = _ISO.match(str(value).strip())
    try:
        if not m:
            raise ValueError
        year, month, day = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
        last = name == "until"
        month = month or (12 if last else 1)
        day = day or (calendar.monthrange(year, month)[1] if last else 1)
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        raise QueryError(f"query {query!r}: parameter {name!r} must be a date (YYYY-MM-DD, YYYY-MM or YYYY), "
                         f"got {value!r}") from None


def cypher_dir() -> Path:
    """Where the .cypher files are: ``quotegraph/cypher`` in a wheel, ``cypher/`` in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "cypher", here.parent / "cypher"):
        if candidate.is_dir() and any(candidate.glob("*.cypher")):
            return candidate
    raise QueryError(f"the named queries are missing: no .cypher files in {here / 'cypher'} "
                     f"or {here.parent / 'cypher'}")


def parse_query(path: Path) -> NamedQuery:
    """Read one ``.cypher`` file and its header."""
    text = path.read_text(encoding="utf-8")
    header: dict[str, str] = {}
    body: list[str] = []
    in_header = True
    for line in text.splitlines():
        m = _HEADER.match(line) if in_header else None
        if m:
            header[m.group(1)] = m.group(2)
            continue
        if in_header and line.startswith("//"):
            continue  # free notes in the header
        in_header = False
        body.append(line)
    missing = [k for k in ("name", "answers", "columns") if not header.get(k)]
    if missing:
        raise QueryError(f"{path}: header lacks // {missing[0]}:")
    if header["name"] != path.stem:
        raise QueryError(f"{path}: // name: {header['name']!r} differs from the file name")
    params, types, defaults = [], [], []
    for item in _split(header.get("params", "")):
        m = _PARAM.match(item)
        if not m:
            raise QueryError(f"{path}: bad parameter {item!r} (expected name[:str|int|date|actor][=default])")
        name, kind = m.group(1), m.group(2) or "str"
        params.append(name)
        types.append(kind)
        if m.group(3) is not None:
            defaults.append((name, None if m.group(3) == "null" else _TYPES[kind](m.group(3))))
    columns = tuple(_split(header["columns"]))
    computed = tuple(_split(header.get("computed", "")))
    if not set(computed) <= set(columns):
        raise QueryError(f"{path}: computed columns {computed} are not all in // columns:")
    return NamedQuery(name=path.stem, description=header["answers"], params=tuple(params), columns=columns,
                      cypher="\n".join(body).strip() + "\n", param_types=tuple(types),
                      defaults=tuple(defaults), computed=computed, path=path)


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


@functools.lru_cache(maxsize=1)
def _load_all(directory: Path) -> dict[str, NamedQuery]:
    return {p.stem: parse_query(p) for p in sorted(directory.glob("*.cypher"))}


def list_queries() -> list[NamedQuery]:
    """Every named query, by name."""
    return list(_load_all(cypher_dir()).values())


def get_query(name: str) -> NamedQuery:
    """The named query ``name``; QueryError naming the known ones if there is none."""
    queries = _load_all(cypher_dir())
    try:
        return queries[name]
    except KeyError:
        import difflib

        # a typo ("most_qouted", "most-quoted", "Most_Quoted") gets the name it was meant to be
        close = difflib.get_close_matches(name.lower().replace("-", "_").replace(" ", "_"), list(queries), n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise QueryError(f"no query named {name!r}; {hint}known: {', '.join(queries)}") from None


def run_query(name: str, G: nx.MultiDiGraph, /, **params: Any) -> list[dict[str, Any]]:
    """Answer a named query on a NetworkX graph: the same rows, in the same order, as Neo4j."""
    query = get_query(name)
    values = query.bind(params, actors=lambda: graph_actors(G))
    try:
        twin = _TWINS[name]
    except KeyError:
        raise QueryError(f"query {name!r} has no NetworkX version; run it with --backend neo4j") from None
    return finish_rows(query, twin(G, **values))


def graph_actors(G: nx.MultiDiGraph) -> list[Actor]:
    """The actors of a NetworkX graph, for name lookup."""
    return [Actor(str(n), d.get("name"), tuple(d.get("aliases") or ()))
            for n, d in G.nodes(data=True) if d.get("labels") in _ENTITY]


def finish_rows(query: NamedQuery, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add the computed columns and put each row's keys in column order (both stores)."""
    expected = set(query.cypher_columns)
    for row in rows[:1]:
        if set(row) != expected:
            raise QueryError(f"query {query.name!r} returned columns {sorted(row)}, "
                             f"its header says {sorted(expected)}")
    if "bloc" in query.computed:
        rows = _with_blocs(rows)
    return [{c: row.get(c) for c in query.columns} for row in rows]


def _with_blocs(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # Components of the undirected graph of the rows' edges; a bloc is named by its smallest id.
    H = nx.Graph()
    H.add_edges_from((r["a_id"], r["b_id"]) for r in rows)
    bloc = {n: min(component) for component in nx.connected_components(H) for n in component}
    out = [{**r, "bloc": bloc[r["a_id"]]} for r in rows]
    out.sort(key=lambda r: r["bloc"])  # stable: the Cypher's order within a bloc
    return out


# ---------------------------------------------------------------------------------------------
# Ordering as Cypher does it: ascending puts nulls last, descending puts them first.


def _order(rows: list[dict[str, Any]], *keys: str) -> list[dict[str, Any]]:
    """Sort like ``ORDER BY k1, k2 DESC, …`` (a key written "-k2" is descending)."""
    for key in reversed(keys):
        desc = key.startswith("-")
        col = key.lstrip("-")
        present = [r for r in rows if r[col] is not None]
        absent = [r for r in rows if r[col] is None]
        present.sort(key=lambda r: r[col], reverse=desc)
        rows = absent + present if desc else present + absent
    return rows


def _distinct(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    seen, out = set(), []
    for r in rows:
        key = tuple(r.items())
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


# ---------------------------------------------------------------------------------------------
# The NetworkX twins: each mirrors its .cypher file clause by clause.

_ENTITY = set(ENTITY_LABELS.values())


def _node(G: nx.MultiDiGraph, n: str) -> dict[str, Any]:
    return G.nodes[n]


def _edges(G: nx.MultiDiGraph, *types: str) -> Iterable[tuple[str, str, dict[str, Any]]]:
    for u, v, d in G.edges(data=True):
        if d.get("type") in types:
            yield u, v, d


def _is(G: nx.MultiDiGraph, n: str, *labels: str) -> bool:
    return G.nodes[n].get("labels") in labels


def _pairs(G: nx.MultiDiGraph, *types: str) -> dict[tuple[str, str], list[dict[str, Any]]]:
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for u, v, d in _edges(G, *types):
        groups[(u, v)].append(d)
    return groups


def _dated(date: Any, since: str | None, until: str | None) -> bool:
    """``($since IS NULL OR date >= $since) AND ($until IS NULL OR date <= $until)``, as Cypher
    compares: a missing date is outside any range."""
    if since is None and until is None:
        return True
    if not isinstance(date, str):
        return False
    return (since is None or date >= since) and (until is None or date <= until)


def _who_speaks_for_whom(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    rows = [{"speaker_id": s, "speaker": _node(G, s).get("name"), "principal_id": p,
             "principal": _node(G, p).get("name"), "statements": len(ds),
             "documents": len({d["doc_id"] for d in ds if d.get("doc_id") is not None})}
            for (s, p), ds in _pairs(G, "SPEAKS_FOR").items()]
    return _order(rows, "speaker", "principal", "speaker_id", "principal_id")


def _join(parts: list[Any], sep: str) -> str | None:
    return None if any(p is None for p in parts) else sep.join(parts)  # Cypher: 'a' + null = null


def _speaks_for_chains(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    H = nx.DiGraph((u, v) for u, v, _ in _edges(G, "SPEAKS_FOR"))
    rows = []
    for s in H:
        for e in H:
            if e == s:
                continue
            for path in nx.all_simple_paths(H, s, e, cutoff=3):
                names = [_node(G, n).get("name") for n in path]
                rows.append({"speaker_id": s, "speaker": names[0], "principal_id": e, "principal": names[-1],
                             "hops": len(path) - 1, "chain": _join(names, " → "), "chain_ids": _join(path, " > ")})
    return _order(_distinct(rows), "speaker", "principal", "hops", "chain", "chain_ids")


def _quotes_by_speaker(G: nx.MultiDiGraph, name: list[str], since: str | None = None,
                       until: str | None = None) -> list[dict[str, Any]]:
    ids = set(name)
    rows = []
    for s, q, _ in _edges(G, "SAID"):
        if s not in ids or not _is(G, q, QUOTE_LABEL):
            continue
        d = _node(G, q)
        if not _dated(d.get("date"), since, until):
            continue
        rows.append({"speaker_id": s, "speaker": _node(G, s).get("name"), "quote_id": q, "kind": d.get("kind"),
                     "cue": d.get("cue"), "text": d.get("text"), "date": d.get("date"), "doc_id": d.get("doc_id"),
                     "start": d.get("start"), "end": d.get("end"), "confidence": d.get("confidence")})
    return _order(rows, "doc_id", "start", "quote_id", "speaker_id")


def _who_talked_to_whom(G: nx.MultiDiGraph, since: str | None = None,
                        until: str | None = None) -> list[dict[str, Any]]:
    groups: dict[tuple[str, str, str], list[Any]] = defaultdict(list)
    for a, b, d in _edges(G, "COMMUNICATED_WITH"):
        if _dated(d.get("date"), since, until):
            groups[(a, b, "COMMUNICATED_WITH")].append(d.get("doc_id"))
    for a, q, _ in _edges(G, "SAID"):
        if not _is(G, q, QUOTE_LABEL) or not _dated(_node(G, q).get("date"), since, until):
            continue
        for _, b, d in G.out_edges(q, data=True):
            if d.get("type") == "ADDRESSED_TO":
                groups[(a, b, "SAID_TO")].append(_node(G, q).get("doc_id"))
    rows = [{"from_id": a, "from_name": _node(G, a).get("name"), "to_id": b, "to_name": _node(G, b).get("name"),
             "via": via, "statements": len(docs), "documents": len({x for x in docs if x is not None})}
            for (a, b, via), docs in groups.items()]
    return _order(rows, "from_name", "to_name", "via", "from_id", "to_id")


def _alliance_map(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    groups: dict[tuple[str, str, str], int] = defaultdict(int)
    for a, b, d in _edges(G, "ALLY_OF", "MEMBER_OF"):
        groups[(a, d["type"], b)] += 1
    rows = [{"a_id": a, "a_name": _node(G, a).get("name"), "relation": rel, "b_id": b,
             "b_name": _node(G, b).get("name"), "statements": n} for (a, rel, b), n in groups.items()]
    return _order(rows, "a_name", "relation", "b_name", "a_id", "b_id")


def _adversaries(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    rows = [{"a_id": a, "a_name": _node(G, a).get("name"), "b_id": b, "b_name": _node(G, b).get("name"),
             "statements": len(ds), "documents": len({d["doc_id"] for d in ds if d.get("doc_id") is not None})}
            for (a, b), ds in _pairs(G, "ADVERSARY_OF").items()]
    return _order(rows, "a_name", "b_name", "a_id", "b_id")


def _quotes_said(G: nx.MultiDiGraph, since: str | None = None, until: str | None = None) -> dict[str, list[str]]:
    said: dict[str, list[str]] = defaultdict(list)
    for s, q, _ in _edges(G, "SAID"):
        if _is(G, q, QUOTE_LABEL) and _dated(_node(G, q).get("date"), since, until):
            said[s].append(q)
    return said


def _most_quoted(G: nx.MultiDiGraph, limit: int, since: str | None = None,
                 until: str | None = None) -> list[dict[str, Any]]:
    if limit < 0:
        raise QueryError(f"query 'most_quoted': limit must not be negative, got {limit}")
    rows = []
    for s, quotes in _quotes_said(G, since, until).items():
        d = _node(G, s)
        docs = {_node(G, q).get("doc_id") for q in quotes} - {None}
        rows.append({"speaker_id": s, "speaker": d.get("name"), "speaker_type": d.get("type"),
                     "quotes": len(quotes), "documents": len(docs)})
    rows = _order(rows, "-quotes", "speaker", "speaker_id")
    return rows[:limit]


def _anonymous_sources(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    said = _quotes_said(G)
    rows = []
    for g, d in G.nodes(data=True):
        if d.get("labels") != "Group" or not said.get(g):
            continue
        base = {"source_id": g, "source": d.get("name"), "description": d.get("description"),
                "quotes": len(said[g])}
        affiliations: dict[tuple[str, str], int] = defaultdict(int)
        for _, o, e in G.out_edges(g, data=True):
            if e.get("type") in ("SPEAKS_FOR", "MEMBER_OF", "ROLE"):
                affiliations[(o, e["type"])] += 1
        if not affiliations:  # OPTIONAL MATCH: one row of nulls
            rows.append({**base, "belongs_to_id": None, "belongs_to": None, "relation": None, "statements": 0})
        for (o, rel), n in affiliations.items():
            rows.append({**base, "belongs_to_id": o, "belongs_to": _node(G, o).get("name"),
                         "relation": rel, "statements": n})
    return _order(rows, "-quotes", "source", "source_id", "belongs_to", "belongs_to_id", "relation")


def _quote_provenance(G: nx.MultiDiGraph, quote_id: str) -> list[dict[str, Any]]:
    if quote_id not in G or not _is(G, quote_id, QUOTE_LABEL):
        return []
    q = _node(G, quote_id)

    def ends(edges: Iterable[tuple[str, str, dict[str, Any]]], rel: str, pick: int,
             label: str | None = None) -> list[str | None]:
        found = [e[pick] for e in edges if e[2].get("type") == rel and (label is None or _is(G, e[pick], label))]
        return found or [None]  # OPTIONAL MATCH: null when absent

    docs = ends(G.out_edges(quote_id, data=True), "IN_DOCUMENT", 1, "Document")
    speakers = ends(G.in_edges(quote_id, data=True), "SAID", 0)
    addressees = ends(G.out_edges(quote_id, data=True), "ADDRESSED_TO", 1)
    outlets = ends(G.in_edges(quote_id, data=True), "REPORTED", 0)

    def get(n: str | None, key: str) -> Any:
        return None if n is None else _node(G, n).get(key)

    rows = []
    for doc in docs:
        for s in speakers:
            for t in addressees:
                for m in outlets:
                    rows.append({
                        "quote_id": quote_id, "text": q.get("text"), "kind": q.get("kind"), "cue": q.get("cue_text"),
                        "source_text": q.get("source_text"), "speaker_id": s, "speaker": get(s, "name"),
                        "addressee": get(t, "name"), "outlet": get(m, "name"), "doc_id": doc,
                        "source": get(doc, "source"), "title": get(doc, "title"), "url": get(doc, "url"),
                        "date": get(doc, "date"), "start": q.get("start"), "end": q.get("end"),
                        "confidence": q.get("confidence")})
    return _order(rows, "speaker_id", "addressee", "outlet", "doc_id")


_BETWEEN_RELS = ("ROLE", "SPEAKS_FOR", "COMMUNICATED_WITH", "ALLY_OF", "MEMBER_OF", "ADVERSARY_OF")


def _between_actors(G: nx.MultiDiGraph, a: list[str], b: list[str], since: str | None = None,
                    until: str | None = None) -> list[dict[str, Any]]:
    pairs = [(x, y) for x in sorted(set(a)) for y in sorted(set(b)) if y != x]
    said = {q: s for s, q, _ in _edges(G, "SAID") if _is(G, q, QUOTE_LABEL)}
    rows = []

    def row(x: str, rel: str, y: str, detail: Any, evidence: Any, doc_id: Any, start: Any) -> None:
        rows.append({"from_id": x, "from_name": _node(G, x).get("name"), "relation": rel, "to_id": y,
                     "to_name": _node(G, y).get("name"), "detail": detail, "evidence": evidence,
                     "doc_id": doc_id, "start": start})

    for pa, pb in pairs:
        ends = {(pa, pb), (pb, pa)}
        for x, y, d in _edges(G, *_BETWEEN_RELS):
            if (x, y) in ends and _dated(d.get("date"), since, until):
                role = d.get("role")
                row(x, d["type"], y, role if role is not None else d.get("cue"), d.get("evidence"),
                    d.get("doc_id"), d.get("start"))
        for q, y, _ in _edges(G, "ADDRESSED_TO"):
            x = said.get(q)
            if x is not None and (x, y) in ends and _dated(_node(G, q).get("date"), since, until):
                qd = _node(G, q)
                row(x, "SAID_TO", y, qd.get("cue"), qd.get("text"), qd.get("doc_id"), qd.get("start"))
        for x, q, _ in _edges(G, "REPORTED"):
            y = said.get(q)
            if y is not None and (x, y) in ends and _dated(_node(G, q).get("date"), since, until):
                qd = _node(G, q)
                row(x, "REPORTED", y, qd.get("cue"), qd.get("text"), qd.get("doc_id"), qd.get("start"))
    return _order(rows, "doc_id", "start", "relation", "from_id", "to_id", "detail", "evidence")


def _timeline(G: nx.MultiDiGraph, name: list[str] | None = None, since: str | None = None,
              until: str | None = None) -> list[dict[str, Any]]:
    ids = None if name is None else set(name)
    rows = []
    for s, q, _ in _edges(G, "SAID"):
        if (ids is not None and s not in ids) or not _is(G, q, QUOTE_LABEL):
            continue
        d = _node(G, q)
        if _dated(d.get("date"), since, until):
            rows.append({"date": d.get("date"), "speaker_id": s, "speaker": _node(G, s).get("name"), "quote_id": q,
                         "kind": d.get("kind"), "cue": d.get("cue"), "text": d.get("text"),
                         "doc_id": d.get("doc_id"), "start": d.get("start")})
    return _order(rows, "date", "doc_id", "start", "quote_id", "speaker_id")


def _outlets(G: nx.MultiDiGraph, since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
    said = defaultdict(set)
    for s, q, _ in _edges(G, "SAID"):
        if _is(G, q, QUOTE_LABEL):
            said[q].add(s)
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m, q, _ in _edges(G, "REPORTED"):
        if _is(G, q, QUOTE_LABEL) and _dated(_node(G, q).get("date"), since, until):
            for s in said.get(q, ()):
                groups[(m, s)].add(q)
    rows = [{"outlet_id": m, "outlet": _node(G, m).get("name"), "speaker_id": s, "speaker": _node(G, s).get("name"),
             "quotes": len(qs), "documents": len({_node(G, q).get("doc_id") for q in qs} - {None})}
            for (m, s), qs in groups.items()]
    return _order(rows, "-quotes", "outlet", "speaker", "outlet_id", "speaker_id")


def _ego(G: nx.MultiDiGraph, name: list[str], since: str | None = None,
         until: str | None = None) -> list[dict[str, Any]]:
    groups: dict[tuple[str, str, str, str], list[Any]] = defaultdict(list)
    for a in sorted(set(name)):
        for _, b, d in G.out_edges(a, data=True):
            if d.get("type") in ENTITY_RELS and _dated(d.get("date"), since, until):
                groups[(a, b, d["type"], "out")].append(d.get("doc_id"))
        for b, _, d in G.in_edges(a, data=True):
            if d.get("type") in ENTITY_RELS and _dated(d.get("date"), since, until):
                groups[(a, b, d["type"], "in")].append(d.get("doc_id"))
        for _, q, d in G.out_edges(a, data=True):
            if d.get("type") == "SAID" and _is(G, q, QUOTE_LABEL) and _dated(_node(G, q).get("date"), since, until):
                for _, b, e in G.out_edges(q, data=True):
                    if e.get("type") == "ADDRESSED_TO":
                        groups[(a, b, "SAID_TO", "out")].append(_node(G, q).get("doc_id"))
        for q, _, d in G.in_edges(a, data=True):
            if d.get("type") == "ADDRESSED_TO" and _is(G, q, QUOTE_LABEL) and _dated(_node(G, q).get("date"),
                                                                                   since, until):
                for b, _, e in G.in_edges(q, data=True):
                    if e.get("type") == "SAID":
                        groups[(a, b, "SAID_TO", "in")].append(_node(G, q).get("doc_id"))
    rows = [{"actor_id": a, "actor": _node(G, a).get("name"), "neighbour_id": b,
             "neighbour": _node(G, b).get("name"), "neighbour_type": _node(G, b).get("type"), "relation": rel,
             "direction": direction, "statements": len(docs), "documents": len({x for x in docs if x is not None})}
            for (a, b, rel, direction), docs in groups.items()]
    return _order(rows, "actor_id", "-statements", "neighbour", "relation", "direction", "neighbour_id")


_PATH_MAX_HOPS = 6  # as the Cypher's *..6


def _path(G: nx.MultiDiGraph, a: list[str], b: list[str], limit: int) -> list[dict[str, Any]]:
    if limit < 0:
        raise QueryError(f"query 'path': limit must not be negative, got {limit}")
    H = nx.Graph()
    for x, y, _ in _edges(G, *ENTITY_RELS):
        if x != y:
            H.add_edge(x, y)
    statements: dict[frozenset[str], list[tuple[str, str, str, dict[str, Any]]]] = defaultdict(list)
    for x, y, k, d in G.edges(keys=True, data=True):
        if d.get("type") in ENTITY_RELS and x != y:
            statements[frozenset((x, y))].append((x, y, k, d))
    paths = []
    for x in sorted(set(a)):
        for y in sorted(set(b)):
            if x == y or x not in H or y not in H or not nx.has_path(H, x, y):
                continue
            if nx.shortest_path_length(H, x, y) > _PATH_MAX_HOPS:
                continue
            for nodes in nx.all_shortest_paths(H, x, y):
                hops = [statements[frozenset(p)] for p in zip(nodes, nodes[1:])]
                for chain in itertools.product(*hops):  # every parallel statement: a path of its own
                    keys = [str(k) for _, _, k, _ in chain]
                    paths.append((x, y, " > ".join(keys), chain))
    paths.sort(key=lambda p: (p[0], p[1], p[2]))
    rows = []
    for x, y, path_keys, chain in paths[:limit]:
        for step, (u, v, _, d) in enumerate(chain, 1):
            role = d.get("role")
            rows.append({"a_id": x, "a_name": _node(G, x).get("name"), "b_id": y, "b_name": _node(G, y).get("name"),
                         "hops": len(chain), "path_keys": path_keys, "step": step, "from_id": u,
                         "from_name": _node(G, u).get("name"), "relation": d["type"], "to_id": v,
                         "to_name": _node(G, v).get("name"), "detail": role if role is not None else d.get("cue"),
                         "evidence": d.get("evidence"), "doc_id": d.get("doc_id"), "start": d.get("start")})
    return rows


def _communities(G: nx.MultiDiGraph, min_size: int) -> list[dict[str, Any]]:
    members: dict[Any, list[str]] = defaultdict(list)
    for n, d in G.nodes(data=True):
        if d.get("community") is not None:
            members[d["community"]].append(n)
    rows = [{"community": c, "size": len(ns), "actor_id": n, "actor": _node(G, n).get("name"),
             "actor_type": _node(G, n).get("type")}
            for c, ns in members.items() if len(ns) >= min_size for n in ns]
    return _order(rows, "community", "actor", "actor_id")


_TWINS: dict[str, Callable[..., list[dict[str, Any]]]] = {
    "who_speaks_for_whom": _who_speaks_for_whom,
    "speaks_for_chains": _speaks_for_chains,
    "quotes_by_speaker": _quotes_by_speaker,
    "who_talked_to_whom": _who_talked_to_whom,
    "alliance_map": _alliance_map,
    "adversaries": _adversaries,
    "most_quoted": _most_quoted,
    "anonymous_sources": _anonymous_sources,
    "quote_provenance": _quote_provenance,
    "between_actors": _between_actors,
    "timeline": _timeline,
    "outlets": _outlets,
    "ego": _ego,
    "path": _path,
    "communities": _communities,
}
