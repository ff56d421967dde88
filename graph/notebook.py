"""The notebook API: the common steps of exploring a corpus in Jupyter, one line each.

>>> import quotegraph as qg                                            # doctest: +SKIP
>>> corpus = qg.read_corpus(["examples/"])                        # doctest: +SKIP
>>> G = qg.build_graph(corpus)                                    # doctest: +SKIP
>>> qg.actors_df(corpus).head()                                   # who is quoted most  # doctest: +SKIP
>>> qg.quotes_df(corpus, speaker="Anika Solberg")                 # doctest: +SKIP
>>> qg.quotes_between(corpus, "Tomas Berg", "Helga Jonsdottir")   # doctest: +SKIP
>>> qg.draw(G, kind="speaks_for")                                 # doctest: +SKIP
>>> qg.query_df("most_quoted", G, limit=5)                        # doctest: +SKIP

Every function takes either the extractions (a list, as ``read_corpus`` returns) or the NetworkX
graph (``build_graph``). The extractions carry the articles' text, so only they give the
sentence around each quote; from a graph alone ``sentence`` is empty.

pandas and matplotlib are needed only here, and only when a function that returns a
DataFrame or draws is called: ``pip install 'quotegraph[notebook]'``.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import functools
import math
import os
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Union

import networkx as nx

from .errors import InputError, QueryError
from .model import Document, Extraction
from .schema import DOCUMENT_LABEL, ENTITY_LABELS, ENTITY_RELS, QUOTE_LABEL
from .stores.networkx_store import build_graph

if TYPE_CHECKING:  # pandas and matplotlib are optional: only the type checker imports them here
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["DRAW_KINDS", "actor_graph", "actors_df", "cypher_df", "draw", "edges_df", "queries_df", "query_df",
           "quotes_between", "quotes_df", "read_corpus", "timeline_df"]

Source = Union[nx.MultiDiGraph, Extraction, Iterable[Extraction], str, "os.PathLike[str]"]
TextInput = Union[str, Document, Mapping[str, Any]]
DateLike = Union[str, _dt.date, None]

_ACTOR_LABELS = frozenset(ENTITY_LABELS.values())

# Which relationships each drawing shows, and how an edge of that type is labelled.
DRAW_KINDS: dict[str, tuple[str, ...]] = {
    "speaks_for": ("SPEAKS_FOR", "ROLE"),
    "talked_to": ("COMMUNICATED_WITH", "ADDRESSED_TO"),
    "alliances": ("ALLY_OF", "MEMBER_OF"),
    "adversaries": ("ADVERSARY_OF",),
}
_KIND_TITLES = {
    "speaks_for": "Who speaks for whom (roles on the edges)",
    "talked_to": "Who talked to whom",
    "alliances": "Alliances and memberships (blocs by colour)",
    "adversaries": "Adversaries",
}
_REL_WORDS = {"SPEAKS_FOR": "speaks for", "ALLY_OF": "ally of", "MEMBER_OF": "member of",
              "ADVERSARY_OF": "adversary of", "COMMUNICATED_WITH": "communicated with"}

_QUOTE_COLUMNS = ["quote_id", "speaker", "speaker_id", "addressee", "addressee_id", "outlet", "outlet_id",
                  "kind", "cue", "text", "sentence", "document", "title", "date", "doc_id", "start", "end",
                  "confidence"]
_BETWEEN_COLUMNS = ["relation", "subject", "object", "text", "sentence", "quote_id", "document", "title",
                    "date", "doc_id", "start", "end", "confidence", "subject_id", "object_id"]
_ACTOR_COLUMNS = ["id", "name", "type", "quotes", "addressed", "reported", "mentions", "documents", "aliases"]


# --------------------------------------------------------------------------------------------
# optional dependencies

def _pandas():
    try:
        import pandas
    except ImportError as exc:
        raise ImportError("this quotegraph function returns a pandas DataFrame, and pandas is not "
                          "installed: pip install 'quotegraph[notebook]'") from exc
    return pandas


def _pyplot():
    try:
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise ImportError("quotegraph.draw needs matplotlib, which is not installed: "
                          "pip install 'quotegraph[notebook]'") from exc
    return plt


# --------------------------------------------------------------------------------------------
# reading a corpus

def read_corpus(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] = (), *,
                texts: Iterable[TextInput] | Mapping[str, str] | None = None,
                model: str | None = None) -> list[Extraction]:
    """Read and extract articles from files and folders, or from strings, into a list, with
    person ids merged corpus-wide (``merge_corpus``).

    ``paths`` are files or folders (read recursively, as ``quotegraph extract`` does); a path
    that does not exist raises ``InputError``, an unreadable file inside a folder is skipped
    with a warning. ``texts`` are article texts: strings, ``Document`` objects, records like
    ``{"text": ..., "title": ..., "date": ...}``, or a mapping ``{name: text}``.

    >>> corpus = read_corpus(["examples/"])                                  # doctest: +SKIP
    >>> corpus = read_corpus(texts=["“We are ready,” Ms. Lee told reporters."])  # doctest: +SKIP
    >>> corpus[0].quotes[0].speaker.name                                     # doctest: +SKIP
    'Lee'
    """
    from .extract import extract
    from .sources import iter_documents

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = [os.fspath(p) for p in paths]
    for p in paths:
        if p != "-" and not os.path.exists(p):
            raise InputError(f"{p}: no such file or folder (the notebook runs in {os.getcwd()})")
    documents: list[Document] = list(iter_documents(
        paths, on_skip=lambda source, reason: warnings.warn(f"quotegraph skipped {source}: {reason}",
                                                            stacklevel=3)))
    if paths and not documents:
        # a folder without articles (or a typo that found a wrong one): every table and drawing
        # after this would be empty with no word why
        warnings.warn(f"quotegraph found no article in {', '.join(paths[:3])}{' …' if len(paths) > 3 else ''} "
                      f"(it reads .txt, .md, .html, .json and .jsonl files): the corpus is empty", stacklevel=2)
    documents.extend(_documents_of(texts))
    from .entities import merge_corpus

    # One id per actor across the corpus ("Witkov" in one article, "Steve Witkoff" in another).
    extractions = merge_corpus(extract(documents, model=model))
    failed = [ex.document.source for ex in extractions if ex.errors]
    if failed:
        warnings.warn(f"quotegraph: {len(failed)} document(s) had problems (see their .errors): "
                      f"{', '.join(failed[:5])}{' …' if len(failed) > 5 else ''}", stacklevel=2)
    return extractions


def _documents_of(texts: Iterable[TextInput] | Mapping[str, str] | None) -> list[Document]:
    if texts is None:
        return []
    if isinstance(texts, str):
        texts = [texts]
    if isinstance(texts, Mapping):
        return [Document(text=_checked_text(t, name), source=str(name)) for name, t in texts.items()]
    docs = []
    for n, item in enumerate(texts, 1):
        where = f"text {n}"
        if isinstance(item, Document):
            docs.append(item)
        elif isinstance(item, str):
            docs.append(Document(text=item, source=where))
        elif isinstance(item, Mapping):
            def opt(key: str) -> str | None:
                value = item.get(key)
                return None if value is None else str(value)
            docs.append(Document(text=_checked_text(item.get("text"), where),
                                 source=opt("source") or opt("id") or where, title=opt("title"),
                                 date=opt("date"), url=opt("url")))
        else:
            raise InputError(f"{where}: expected a string, a Document or a record with a \"text\" "
                             f"field, got {type(item).__name__}")
    return docs


def _checked_text(text: Any, where: str) -> str:
    if not isinstance(text, str):
        raise InputError(f"{where}: the text must be a string, got {type(text).__name__}")
    return text


# --------------------------------------------------------------------------------------------
# one view of either input: the graph, plus the articles' text when we have it

def graph_and_texts(source: Source) -> tuple[nx.MultiDiGraph, dict[str, str]]:
    if isinstance(source, (str, os.PathLike)):
        return _from_file(source)
    if isinstance(source, nx.Graph):
        texts = {n: d["text"] for n, d in source.nodes(data=True)
                 if d.get("labels") == DOCUMENT_LABEL and isinstance(d.get("text"), str)}
        return source, texts
    extractions = [source] if isinstance(source, Extraction) else list(source)
    for ex in extractions:
        if not isinstance(ex, Extraction):
            raise TypeError(f"expected extractions (from read_corpus), a graph (from build_graph) or a file "
                            f"quotegraph wrote, got a {type(ex).__name__} in the list")
    return build_graph(extractions), {ex.id: ex.document.text for ex in extractions}


def _from_file(path: str | os.PathLike[str]) -> tuple[nx.MultiDiGraph, dict[str, str]]:
    """A file quotegraph wrote: extract JSONL (the articles' text comes along), GraphML or graph JSON."""
    from .stores.networkx_store import load_graph

    texts: dict[str, str] = {}

    def keep_texts(records: Iterable[Extraction]) -> Iterable[Extraction]:
        for ex in records:
            texts[ex.id] = ex.document.text
            yield ex

    return load_graph(path, progress=keep_texts), texts


def _is_actor(data: Mapping[str, Any]) -> bool:
    return data.get("labels") in _ACTOR_LABELS


def _match_actors(G: nx.MultiDiGraph, key: str, what: str = "actor") -> set[str]:
    """The actor ids that ``key`` names, as people type it (``quotegraph.names``): an id, a name
    or an alias, any case, accents, punctuation or transliteration; QueryError with the closest
    names when none."""
    from .names import resolve_actor
    from .queries import graph_actors

    return set(resolve_actor(key, graph_actors(G), what=what))


def _match_many(G: nx.MultiDiGraph, keys: str | Iterable[str], what: str) -> set[str]:
    if isinstance(keys, str):
        keys = [keys]
    found: set[str] = set()
    for k in keys:
        found |= _match_actors(G, k, what)
    return found


def _match_documents(G: nx.MultiDiGraph, keys: str | Iterable[str]) -> set[str]:
    if isinstance(keys, str):
        keys = [keys]
    docs = {n: d for n, d in G.nodes(data=True) if d.get("labels") == DOCUMENT_LABEL}
    found: set[str] = set()
    for key in keys:
        k = os.fspath(key)
        hits = {n for n, d in docs.items() if k in (n, d.get("source"), d.get("title"))
                or Path(str(d.get("source") or "")).name == k}
        if not hits:
            names = sorted(str(d.get("source")) for d in docs.values())
            close = difflib.get_close_matches(k, names, n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
            raise QueryError(f"no document {k!r} in this corpus (give its id, source path, file name "
                             f"or title){hint}")
        found |= hits
    return found


def _as_date(value: DateLike) -> _dt.date | None:
    if value is None or isinstance(value, _dt.date):
        return value.date() if isinstance(value, _dt.datetime) else value
    try:
        return _dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


@functools.lru_cache(maxsize=1)
def _sentencizer():
    # A rule-based splitter, not the full pipeline: finding the sentence around a span must not
    # cost a parse. spaCy's tokenizer keeps "Ms." and "U.S." whole, so they do not end sentences.
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def sentence_around(text: str | None, start: int | None, end: int | None) -> str | None:
    """The sentence(s) of ``text`` that the span [start, end) lies in, within its paragraph."""
    if text is None or start is None or end is None:
        return None
    start, end = max(0, int(start)), min(len(text), int(end))
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    chunk = text[para_start:para_end]
    lo, hi = start - para_start, max(end - para_start, start - para_start + 1)
    sents = [s for s in _sentencizer()(chunk).sents if s.start_char < hi and s.end_char > lo]
    if not sents:
        return chunk.strip()
    lo, hi = sents[0].start_char, sents[-1].end_char
    # The sentencizer gives an opening quote mark to the sentence before it (`ready. “We`
    # splits as `ready. “` + `We`): hand it back to the sentence it opens.
    if lo >= 1 and _opens_quote(chunk, lo - 1):
        lo -= 1
    while hi - 1 > max(lo, end - para_start) and (chunk[hi - 1].isspace() or _opens_quote(chunk, hi - 1)):
        hi -= 1
    return chunk[lo:hi].strip()


def _opens_quote(text: str, i: int) -> bool:
    """Whether the mark at ``text[i]`` opens a quotation (curly openers always; a straight mark
    when it starts the text or follows a space)."""
    return text[i] in "“‘«„‹" or (text[i] in "\"'" and (i == 0 or text[i - 1].isspace()))


def _doc_info(G: nx.MultiDiGraph, doc_id: str | None) -> dict[str, Any]:
    d = G.nodes[doc_id] if doc_id in G else {}
    return {"document": d.get("source"), "title": d.get("title"), "date": d.get("date"), "doc_id": doc_id}


def _quote_rows(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    rows = []
    for qid, q in G.nodes(data=True):
        if q.get("labels") != QUOTE_LABEL:
            continue
        ends: dict[str, str | None] = {"SAID": None, "ADDRESSED_TO": None, "REPORTED": None}
        for u, _, e in G.in_edges(qid, data=True):
            if e.get("type") in ("SAID", "REPORTED"):
                ends[e["type"]] = u
        for _, v, e in G.out_edges(qid, data=True):
            if e.get("type") == "ADDRESSED_TO":
                ends["ADDRESSED_TO"] = v
            elif e.get("type") == "IN_DOCUMENT" and not q.get("doc_id"):
                q = {**q, "doc_id": v}
        info = _doc_info(G, q.get("doc_id"))

        def name(node: str | None) -> str | None:
            return None if node is None else G.nodes[node].get("name")

        rows.append({
            "quote_id": qid, "speaker": name(ends["SAID"]) or q.get("speaker"), "speaker_id": ends["SAID"],
            "addressee": name(ends["ADDRESSED_TO"]), "addressee_id": ends["ADDRESSED_TO"],
            "outlet": name(ends["REPORTED"]), "outlet_id": ends["REPORTED"],
            "kind": q.get("kind"), "cue": q.get("cue_text") or q.get("cue"), "text": q.get("text"),
            "sentence": None,  # filled in by _with_sentences, once the rows are filtered
            **info, "start": q.get("start"), "end": q.get("end"), "confidence": q.get("confidence"),
        })
    rows.sort(key=lambda r: (str(r["document"]), str(r["doc_id"]), r["start"] if r["start"] is not None else -1))
    return rows


def _with_sentences(rows: list[dict[str, Any]], texts: Mapping[str, str]) -> list[dict[str, Any]]:
    for r in rows:
        r["sentence"] = sentence_around(texts.get(r["doc_id"]), r["start"], r["end"])
    return rows


# --------------------------------------------------------------------------------------------
# tables

def quotes_df(source: Source, *, speaker: str | Iterable[str] | None = None,
              outlet: str | Iterable[str] | None = None, since: DateLike = None, until: DateLike = None,
              document: str | Iterable[str] | None = None) -> "pd.DataFrame":
    """Every quote as a row: who said it, to whom, through which outlet, where, and the sentence.

    Filters combine (all must hold): ``speaker`` and ``outlet`` are actor names, aliases or ids
    (an unknown name raises ``QueryError`` with the closest names); ``since``/``until`` are
    dates (``"2025-03-01"`` or ``datetime.date``, both ends included) compared with the
    article's date, so articles without a date drop out when either is given; ``document``
    is a document id, source path, file name or title.

    >>> quotes_df(corpus, speaker="Anika Solberg")[["text", "sentence", "document"]]  # doctest: +SKIP
    >>> quotes_df(corpus, outlet="the Arctic Herald", since="2025-01-01")            # doctest: +SKIP
    """
    pd = _pandas()
    G, texts = graph_and_texts(source)
    rows = _quote_rows(G)
    if speaker is not None:
        ids = _match_many(G, speaker, "speaker")
        rows = [r for r in rows if r["speaker_id"] in ids]
    if outlet is not None:
        ids = _match_many(G, outlet, "outlet")
        rows = [r for r in rows if r["outlet_id"] in ids]
    if document is not None:
        ids = _match_documents(G, document)
        rows = [r for r in rows if r["doc_id"] in ids]
    lo, hi = _as_date(since), _as_date(until)
    if since is not None and lo is None:
        raise QueryError(f"since={since!r} is not a date (write it as YYYY-MM-DD)")
    if until is not None and hi is None:
        raise QueryError(f"until={until!r} is not a date (write it as YYYY-MM-DD)")
    if lo is not None or hi is not None:
        kept = []
        for r in rows:
            day = _as_date(r["date"])
            if day is not None and (lo is None or day >= lo) and (hi is None or day <= hi):
                kept.append(r)
        rows = kept
    return pd.DataFrame.from_records(_with_sentences(rows, texts), columns=_QUOTE_COLUMNS)


def actors_df(source: Source) -> "pd.DataFrame":
    """Every actor (person, organisation, country, outlet, group) with how often it appears.

    ``quotes``: quotes it said; ``addressed``: quotes said to it; ``reported``: quotes it
    carried as an outlet; ``mentions``: times it is named; ``documents``: articles naming it.
    Sorted with the most-quoted first.

    >>> actors_df(corpus).head(10).plot.barh(x="name", y="quotes")   # doctest: +SKIP
    """
    pd = _pandas()
    G, _ = graph_and_texts(source)
    counts: dict[str, dict[str, int]] = {}
    for u, v, e in G.edges(data=True):
        t = e.get("type")
        if t == "SAID":
            counts.setdefault(u, {}).setdefault("quotes", 0)
            counts[u]["quotes"] += 1
        elif t == "REPORTED":
            counts.setdefault(u, {}).setdefault("reported", 0)
            counts[u]["reported"] += 1
        elif t == "ADDRESSED_TO":
            counts.setdefault(v, {}).setdefault("addressed", 0)
            counts[v]["addressed"] += 1
    rows = []
    for n, d in G.nodes(data=True):
        if not _is_actor(d):
            continue
        c = counts.get(n, {})
        rows.append({"id": n, "name": d.get("name"), "type": d.get("type"), "quotes": c.get("quotes", 0),
                     "addressed": c.get("addressed", 0), "reported": c.get("reported", 0),
                     "mentions": int(d.get("mentions") or 0), "documents": len(d.get("documents") or ()),
                     "aliases": list(d.get("aliases") or ())})
    rows.sort(key=lambda r: (-r["quotes"], -r["mentions"], str(r["name"]), r["id"]))
    return pd.DataFrame.from_records(rows, columns=_ACTOR_COLUMNS)


def quotes_between(source: Source, a: str, b: str, *, directed: bool = False) -> "pd.DataFrame":
    """What lies behind the edges between two actors: the quotes and the sentences that state them.

    A row per statement linking ``a`` and ``b`` (names, aliases or ids): a quote one said to
    the other (``ADDRESSED_TO``), a quote one carried as the other's outlet (``REPORTED``), and
    each relation between them (``ROLE: adviser``, ``SPEAKS_FOR``, ``COMMUNICATED_WITH``, ...),
    with the document, the character offsets and the sentence around the words. Both
    directions unless ``directed``, in which case ``a`` is the subject.

    >>> quotes_between(corpus, "Tomas Berg", "Anika Solberg")[["relation", "sentence", "document"]]  # doctest: +SKIP
    """
    pd = _pandas()
    G, texts = graph_and_texts(source)
    A, B = _match_actors(G, a), _match_actors(G, b)
    pairs = [(A, B)] if directed else [(A, B), (B, A)]
    rows: list[dict[str, Any]] = []
    seen: set[tuple] = set()
    ends = A | B
    quotes = _with_sentences([q for q in _quote_rows(G)
                              if q["speaker_id"] in ends and (q["addressee_id"] in ends or q["outlet_id"] in ends)],
                             texts)
    for subj, obj in pairs:
        for q in quotes:
            for rel, s_id, o_id in (("ADDRESSED_TO", q["speaker_id"], q["addressee_id"]),
                                    ("REPORTED", q["outlet_id"], q["speaker_id"])):
                if s_id in subj and o_id in obj and (rel, q["quote_id"]) not in seen:
                    seen.add((rel, q["quote_id"]))
                    rows.append({"relation": rel, "subject": G.nodes[s_id].get("name"),
                                 "object": G.nodes[o_id].get("name"), "text": q["text"],
                                 "sentence": q["sentence"], "quote_id": q["quote_id"],
                                 **{k: q[k] for k in ("document", "title", "date", "doc_id", "start", "end",
                                                      "confidence")},
                                 "subject_id": s_id, "object_id": o_id})
        for u, v, key, e in G.edges(keys=True, data=True):
            if u in subj and v in obj and e.get("type") in ENTITY_RELS and (u, v, key) not in seen:
                seen.add((u, v, key))
                rel = e["type"] if not e.get("role") else f"{e['type']}: {e['role']}"
                info = _doc_info(G, e.get("doc_id"))
                rows.append({"relation": rel, "subject": G.nodes[u].get("name"), "object": G.nodes[v].get("name"),
                             "text": e.get("evidence"),
                             "sentence": sentence_around(texts.get(info["doc_id"]), e.get("start"), e.get("end")),
                             "quote_id": None, **info, "start": e.get("start"), "end": e.get("end"),
                             "confidence": e.get("confidence"), "subject_id": u, "object_id": v})
    rows.sort(key=lambda r: (str(r["document"]), r["start"] if r["start"] is not None else -1, r["relation"]))
    return pd.DataFrame.from_records(rows, columns=_BETWEEN_COLUMNS)


# --------------------------------------------------------------------------------------------
# named queries (graph/queries.py) as DataFrames

def query_df(name: str, source: Any, /, **params: Any) -> "pd.DataFrame":
    """Run a named query of the ``cypher/`` library and get its rows as a DataFrame.

    ``source`` is the NetworkX graph (or the extractions, or the path of a file quotegraph wrote:
    extract JSONL, GraphML, graph JSON), where the query's NetworkX twin runs,
    or a connected ``Neo4jStore``, where the Cypher itself runs; the columns are the query's
    RETURN columns either way, so the two tables can be compared. ``name`` and ``source`` are
    positional-only, so that a query may have parameters of those names
    (``query_df("quotes_by_speaker", G, name="Anika Solberg")``).

    >>> query_df("most_quoted", G, limit=5)            # doctest: +SKIP
    >>> query_df("most_quoted", store, limit=5)        # the same, in Cypher on Neo4j  # doctest: +SKIP
    """
    pd = _pandas()
    from .queries import get_query, run_query

    query = get_query(name)  # QueryError for an unknown name, before any work
    if _is_store(source):
        rows = source.run(name, **params)
    else:
        G, _ = graph_and_texts(source)
        rows = run_query(name, G, **params)
    return pd.DataFrame.from_records(rows, columns=list(query.columns))


def cypher_df(store: Any, text: str, /, **params: Any) -> "pd.DataFrame":
    """Run an ad hoc Cypher query on a ``Neo4jStore`` (values go in ``params``, never in the text).

    >>> cypher_df(store, "MATCH (p:Person)-[:SAID]->(q) RETURN p.name AS name, count(q) AS n "
    ...                  "ORDER BY n DESC LIMIT $k", k=5)      # doctest: +SKIP
    """
    pd = _pandas()
    rows = store.cypher(text, **params)
    return pd.DataFrame.from_records(rows, columns=list(rows[0]) if rows else None)


def queries_df() -> "pd.DataFrame":
    """The named queries of the ``cypher/`` library: name, parameters, columns, what each answers.

    >>> queries_df()[["name", "params", "description"]]    # doctest: +SKIP
    """
    pd = _pandas()
    from .queries import list_queries

    return pd.DataFrame.from_records(
        [{"name": q.name, "params": list(q.params), "columns": list(q.columns), "description": q.description}
         for q in list_queries()], columns=["name", "params", "columns", "description"])


def timeline_df(source: Any, speaker: str | None = None, *, since: DateLike = None,
                until: DateLike = None) -> "pd.DataFrame":
    """Who said what, by date (the ``timeline`` query), with ``date`` as real datetimes
    (``datetime64``; NaT for an undated document), ready for ``resample`` or a plot.

    ``source`` is anything ``query_df`` takes, a path to a file quotegraph wrote included;
    ``speaker`` a name as people type it; ``since``/``until`` dates (text or ``datetime.date``).

    >>> df = timeline_df("out/graph.graphml", "Mark Rutte", since="2025-03")   # doctest: +SKIP
    >>> df.set_index("date").resample("MS")["quote_id"].count()              # doctest: +SKIP
    """
    pd = _pandas()
    params = {k: v for k, v in (("name", speaker), ("since", since), ("until", until)) if v is not None}
    df = query_df("timeline", source, **params)
    df["date"] = pd.to_datetime(df["date"], errors="coerce", format="ISO8601")
    return df


def _is_store(source: Any) -> bool:
    return not isinstance(source, (nx.Graph, Extraction, list, tuple)) and callable(getattr(source, "run", None))


# --------------------------------------------------------------------------------------------
# drawing

def actor_graph(source: Source, kind: str = "speaks_for", *, relations: str | Iterable[str] | None = None,
                focus: str | None = None, top: int | None = None, min_weight: int = 1) -> nx.DiGraph:
    """The actors and the edges of one ``kind`` (see ``DRAW_KINDS``), merged per pair, as ``draw`` shows it.

    Edges carry ``label`` (roles, cues or the relation, with ``×n`` when said n times),
    ``count`` and ``types``; nodes carry ``name``, ``type`` and ``bloc``: the number of their
    connected component, largest first (a bloc, in the alliance map).

    The filters, applied in this order: ``relations`` (relationship types, e.g. ``"ROLE"``,
    instead of the kind's own), ``min_weight`` (pairs linked at least that many times),
    ``focus`` (an actor's name, alias or id: it and the actors linked to it), ``top`` (the
    actors with the most links, and the edges between them; one left with no edge is dropped).

    >>> H = actor_graph(G, "alliances"); {H.nodes[n]["name"]: H.nodes[n]["bloc"] for n in H}  # doctest: +SKIP
    """
    if kind not in DRAW_KINDS:
        raise QueryError(f"unknown kind {kind!r}; expected one of {', '.join(DRAW_KINDS)}")
    G, _ = graph_and_texts(source)
    types = DRAW_KINDS[kind] if relations is None else _relation_types(relations)
    labels: dict[tuple[str, str], list[str]] = {}
    found: dict[tuple[str, str], set[str]] = {}

    def add(u: str, v: str, t: str, label: str) -> None:
        if u == v:
            return
        labels.setdefault((u, v), []).append(label)
        found.setdefault((u, v), set()).add(t)

    for u, v, e in G.edges(data=True):
        t = e.get("type")
        if t not in types:
            continue
        if t == "ADDRESSED_TO":  # quote -> addressee: the speaker talked to the addressee
            speaker = next((s for s, _, se in G.in_edges(u, data=True) if se.get("type") == "SAID"), None)
            if speaker is not None:
                q = G.nodes[u]
                add(speaker, v, t, str(q.get("cue") or q.get("cue_text") or "said to").lower())
        elif _is_actor(G.nodes[u]) and _is_actor(G.nodes[v]):
            if t == "ROLE" and e.get("role"):
                add(u, v, t, str(e["role"]))
            elif t == "COMMUNICATED_WITH" and e.get("cue"):
                add(u, v, t, str(e["cue"]))
            else:
                add(u, v, t, _REL_WORDS.get(t, t))
    H = nx.DiGraph(kind=kind)
    for (u, v), words in labels.items():
        for n in (u, v):
            if n not in H:
                H.add_node(n, name=G.nodes[n].get("name") or n, type=G.nodes[n].get("type"))
        tally: dict[str, int] = {}
        for w in words:
            tally[w] = tally.get(w, 0) + 1
        label = ", ".join(w if c == 1 else f"{w} ×{c}" for w, c in tally.items())
        H.add_edge(u, v, label=label, count=len(words), types=sorted(found[(u, v)]))
    _keep_only(H, G, focus=focus, top=top, min_weight=min_weight)
    blocs = sorted(nx.weakly_connected_components(H),
                   key=lambda c: (-len(c), min(str(H.nodes[n]["name"]) for n in c)))
    for i, members in enumerate(blocs):
        for n in members:
            H.nodes[n]["bloc"] = i
    return H


def edges_df(source: Source, kind: str = "speaks_for") -> "pd.DataFrame":
    """The edges ``draw`` shows for ``kind``, as a table: subject, label, object, count, bloc.

    >>> edges_df(G, "talked_to").sort_values("count", ascending=False).head()   # doctest: +SKIP
    """
    pd = _pandas()
    H = actor_graph(source, kind)
    rows = [{"subject": H.nodes[u]["name"], "label": d["label"], "object": H.nodes[v]["name"],
             "count": d["count"], "types": ", ".join(d["types"]), "bloc": H.nodes[u]["bloc"],
             "subject_id": u, "object_id": v} for u, v, d in H.edges(data=True)]
    rows.sort(key=lambda r: (r["bloc"], -r["count"], str(r["subject"]), str(r["object"])))
    return pd.DataFrame.from_records(rows, columns=["subject", "label", "object", "count", "types", "bloc",
                                                    "subject_id", "object_id"])


def draw(source: Source, kind: str = "speaks_for", ax: "Axes | None" = None, *, focus: str | None = None,
         top: int | None = 30, min_weight: int = 1, relations: str | Iterable[str] | None = None,
         seed: int = 7, title: str | None = None) -> "Axes":
    """Draw the actors linked by one kind of edge: names on the nodes, roles or cues on the edges,
    each bloc (connected component) in its own colour, no two labels on top of each other.
    Returns the matplotlib Axes.

    ``kind`` is ``"speaks_for"`` (SPEAKS_FOR and ROLE, labelled with the role), ``"talked_to"``
    (COMMUNICATED_WITH, and quotes said to someone), ``"alliances"`` (ALLY_OF and MEMBER_OF)
    or ``"adversaries"``. To see less at once: ``focus`` (an actor's name, alias or id: it and
    its neighbours), ``top`` (the N actors with the most links; ``None`` for all),
    ``min_weight`` (pairs linked at least that many times), ``relations`` (relationship types
    to draw instead of the kind's, e.g. ``["ROLE"]``). The layout is the same on every run for
    the same ``seed``.

    >>> ax = draw(G, kind="speaks_for")                                        # doctest: +SKIP
    >>> ax = draw(G, "talked_to", focus="Anika Solberg", min_weight=2)         # doctest: +SKIP
    >>> fig, (a1, a2) = plt.subplots(1, 2); draw(G, "talked_to", a1); draw(G, "alliances", a2)  # doctest: +SKIP
    """
    plt = _pyplot()
    H = actor_graph(source, kind, relations=relations, focus=focus, top=top, min_weight=min_weight)
    pos = _bloc_layout(H, seed) if H.number_of_nodes() else {}
    if ax is None:
        xs, ys = [p[0] for p in pos.values()] or [0.0], [p[1] for p in pos.values()] or [0.0]
        width = min(18.0, max(8.0, 1.3 * (max(xs) - min(xs)) + 3))
        height = min(16.0, max(5.0, 1.3 * (max(ys) - min(ys)) + 3))
        _, ax = plt.subplots(figsize=(width, height))
    ax.set_title(title or _KIND_TITLES[kind] + (f": around {H.graph['focus']}" if H.graph.get("focus") else ""))
    ax.set_axis_off()
    if H.number_of_nodes() == 0:
        shown = relations if relations is not None else DRAW_KINDS[kind]
        ax.text(0.5, 0.5, f"no {' or '.join([shown] if isinstance(shown, str) else shown)} edges in this graph"
                + (" with these filters" if (focus or min_weight > 1) else ""),
                ha="center", va="center", transform=ax.transAxes, fontsize=11, color="0.4")
        return ax
    cmap = plt.get_cmap("tab10" if _n_blocs(H) <= 10 else "tab20")
    colours = [cmap(H.nodes[n]["bloc"] % cmap.N) for n in H]
    sizes = [900 if n == H.graph.get("focus_id") else 500 for n in H]
    nx.draw_networkx_nodes(H, pos, ax=ax, node_color=colours, node_size=sizes, alpha=0.9, edgecolors="white")
    groups: dict[tuple[str, bool], list[tuple[str, str]]] = {}
    for u, v, d in H.edges(data=True):
        # a pair linked both ways gets two curved edges; an alliance is symmetric: no arrow
        style = "arc3,rad=0.15" if H.has_edge(v, u) else "arc3"
        groups.setdefault((style, d["types"] != ["ALLY_OF"]), []).append((u, v))
    for (style, arrows), edges in groups.items():
        nx.draw_networkx_edges(H, pos, edgelist=edges, ax=ax, arrows=True, arrowstyle="-|>" if arrows else "-",
                               arrowsize=16, node_size=500, edge_color="0.45", connectionstyle=style,
                               width=[1 + min(H.edges[e]["count"], 4) * 0.6 for e in edges])
    ax.margins(0.15)
    _place_labels(ax, H, pos)
    return ax


def _relation_types(relations: str | Iterable[str]) -> tuple[str, ...]:
    drawable = sorted({t for ts in DRAW_KINDS.values() for t in ts})
    wanted = [relations] if isinstance(relations, str) else list(relations)
    out = []
    for r in wanted:
        t = str(r).strip().upper().replace(" ", "_").replace("-", "_")
        if t not in drawable:
            raise QueryError(f"unknown relation {r!r}; expected some of {', '.join(drawable)}")
        out.append(t)
    return tuple(out)


def _keep_only(H: nx.DiGraph, G: nx.MultiDiGraph, *, focus: str | None, top: int | None, min_weight: int) -> None:
    """Cut ``H`` down in place: weak edges, then all but ``focus`` and its neighbours, then all but the top."""
    if min_weight > 1:
        H.remove_edges_from([(u, v) for u, v, d in H.edges(data=True) if d["count"] < min_weight])
        H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0])
    if focus is not None:
        ids = _match_actors(G, focus)
        centre = [n for n in ids if n in H]
        if not centre:
            name = G.nodes[next(iter(ids))].get("name")
            raise QueryError(f"{name!r} has no edges of this kind (with these filters) to draw around")
        keep = set(centre) | {m for n in centre for m in (*H.predecessors(n), *H.successors(n))}
        H.remove_nodes_from([n for n in list(H) if n not in keep])
        H.graph["focus"], H.graph["focus_id"] = G.nodes[centre[0]].get("name"), centre[0]
    if top is not None and H.number_of_nodes() > top:
        weight = {n: sum(d["count"] for *_, d in H.in_edges(n, data=True))
                  + sum(d["count"] for *_, d in H.out_edges(n, data=True)) for n in H}
        ranked = sorted(H, key=lambda n: (n != H.graph.get("focus_id"), -weight[n], str(H.nodes[n]["name"])))
        H.remove_nodes_from(ranked[max(0, top):])
        # an actor whose every partner was cut says nothing on its own
        H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0 and n != H.graph.get("focus_id")])


def _place_labels(ax: "Axes", H: nx.DiGraph, pos: Mapping[str, tuple[float, float]]) -> None:
    """Node names, then edge labels, each at the first spot near its anchor where it overlaps no
    label placed before it and no node; a label pushed away from its anchor gets a thin leader line.
    Positions are found in display space, so they hold for the figure as drawn."""
    fig = ax.figure
    fig.canvas.draw()  # fixes the axes' limits and gives a renderer to measure text with
    renderer = fig.canvas.get_renderer()
    to_px, to_data = ax.transData.transform, ax.transData.inverted().transform
    radius = (500 ** 0.5) / 2 * fig.dpi / 72  # the node markers (node_size=500 points²), in pixels
    taken: list[tuple[float, float, float, float]] = [
        (x - radius, y - radius, x + radius, y + radius) for x, y in (to_px(p) for p in pos.values())]

    def free(box: tuple[float, float, float, float]) -> bool:
        return not any(box[0] < t[2] and t[0] < box[2] and box[1] < t[3] and t[1] < box[3] for t in taken)

    def place(text: str, anchor: tuple[float, float], first: float, size: int, bbox: dict) -> None:
        t = ax.text(0, 0, text, fontsize=size, ha="center", va="center", bbox=bbox, zorder=5)
        ext = t.get_window_extent(renderer)
        w, h = ext.width + 2, ext.height + 2
        ax_, ay = anchor
        spots = [(0.0, 0.0)] if first == 0 else [(0.0, -first - h / 2), (0.0, first + h / 2)]
        ring = first
        while len(spots) < 400:  # rings of candidate spots, each farther out
            ring += max(h, 8.0)
            spots += [(ring * math.cos(a) * 1.4, ring * math.sin(a))
                      for a in (k * math.pi / 8 for k in (12, 4, 10, 14, 8, 0, 11, 13, 9, 15, 5, 3, 6, 2, 7, 1))]
        for dx, dy in spots:
            box = (ax_ + dx - w / 2, ay + dy - h / 2, ax_ + dx + w / 2, ay + dy + h / 2)
            if free(box):
                break
        taken.append(box)
        t.set_position(to_data((ax_ + dx, ay + dy)))
        if math.hypot(dx, dy) > first + h:
            ax.annotate("", xy=to_data(anchor), xytext=to_data((ax_ + dx, ay + dy)), zorder=4,
                        arrowprops={"arrowstyle": "-", "color": "0.6", "lw": 0.6, "shrinkA": 4, "shrinkB": 2})

    white = {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85}
    order = sorted(H, key=lambda n: (-H.degree(n, weight="count"), str(H.nodes[n]["name"])))
    for n in order:
        place(_wrap(H.nodes[n]["name"]), tuple(to_px(pos[n])), radius + 2, 8, white)
    for u, v, d in sorted(H.edges(data=True), key=lambda e: -e[2]["count"]):
        (x1, y1), (x2, y2) = to_px(pos[u]), to_px(pos[v])
        rad = 0.15 if H.has_edge(v, u) else 0.0  # the curve's middle, as matplotlib's arc3 draws it
        mid = ((x1 + x2) / 2 + rad / 2 * (y2 - y1), (y1 + y2) / 2 - rad / 2 * (x2 - x1))
        place(_wrap(d["label"], 24), mid, 0.0, 7, {**white, "fc": "#f4f4f4"})


def _n_blocs(H: nx.DiGraph) -> int:
    return 1 + max((d["bloc"] for _, d in H.nodes(data=True)), default=-1)


def _bloc_layout(H: nx.DiGraph, seed: int) -> dict[str, tuple[float, float]]:
    # Each bloc is laid out on its own (so that small blocs do not drift off to the corners of
    # one spring layout), in a square whose side grows with the square root of its size; the
    # squares are packed in rows, largest first, into a roughly 3:2 rectangle.
    blocs: list[list[str]] = [[] for _ in range(_n_blocs(H))]
    for n, d in H.nodes(data=True):
        blocs[d["bloc"]].append(n)
    gap = 1.2
    sides = [1.5 * (len(m) ** 0.5) if len(m) > 1 else 0.0 for m in blocs]
    row_width = max(max(sides), 1.5 * sum((s + gap) ** 2 for s in sides) ** 0.5)
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for members, side in zip(blocs, sides):
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y - row_height - gap, 0.0
        local = _local_layout(H.subgraph(members).to_undirected(), seed)
        xs = [p[0] for p in local.values()]
        ys = [p[1] for p in local.values()]
        span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
        for n, (px, py) in local.items():
            pos[n] = (x + side / 2 + (px - (max(xs) + min(xs)) / 2) / span * side,
                      y - side / 2 + (py - (max(ys) + min(ys)) / 2) / span * side)
        x += side + gap
        row_height = max(row_height, side)
    return pos


def _local_layout(sub: nx.Graph, seed: int) -> dict[str, Any]:
    if sub.number_of_nodes() == 1:
        return {n: (0.0, 0.0) for n in sub}
    if sub.number_of_nodes() == 2:
        a, b = sorted(sub)
        return {a: (0.0, 0.0), b: (1.0, 0.0)}
    start = nx.spring_layout(sub, seed=seed, iterations=300)
    try:  # Kamada-Kawai spaces a hub's neighbours evenly; it needs scipy, which is optional here
        return nx.kamada_kawai_layout(sub, pos=start)
    except ImportError:
        return start


def _wrap(text: Any, width: int = 16) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(str(text), width)) or str(text)
