"""A cache of finished extractions, so that a re-run only works on new documents.

One SQLite file holds, for each document, what the extractor found in it. A row is keyed by
the document id (a hash of its text), a hash of what else the extractor is shown (source,
title, date, url) and the extractor key: the spaCy model and its version, spaCy's version and
``EXTRACTOR_VERSION``. Change any of them and the old rows no longer answer (they are dropped
when the file is next opened). Rows are written in one transaction per batch, so a run that is
interrupted keeps every batch it finished and never leaves a half-written row.

>>> with ExtractionCache("out/.quotegraph-cache.sqlite") as cache:          # doctest: +SKIP
...     cache.get(document) is None
True
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import sqlite3
from pathlib import Path
from typing import Any, Iterable

from .errors import InputError
from .model import Document, Entity, Extraction, Quote, Relation, stable_id

SCHEMA_VERSION = 1


def extractor_key(model: str | None = None) -> str:
    """What the cached results depend on besides the document: model, spaCy, extractor.

    Found without loading spaCy or the model, so a fully cached run never does.
    """
    from .extract import EXTRACTOR_VERSION
    from .pipeline import default_model

    name = model or default_model()
    return (f"model={name}=={_model_version(name)};spacy=={_version('spacy')};"
            f"quotegraph-extractor=={EXTRACTOR_VERSION}")


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def _model_version(name: str) -> str:
    meta = Path(name) / "meta.json"
    if meta.is_file():  # a model given as a folder
        try:
            data = json.loads(meta.read_text(encoding="utf-8"))
            return f"{data.get('name')}-{data.get('version')}@{meta.stat().st_mtime_ns}"
        except (OSError, ValueError):
            return "unknown"
    return _version(name)


def document_key(document: Document) -> str:
    """A hash of what the extractor sees of a document besides its text."""
    return stable_id("meta", document.source, document.title or "", document.date or "",
                     document.url or "")


class ExtractionCache:
    """Finished extractions in a SQLite file, for one extractor key (see the module docstring)."""

    def __init__(self, path: str | os.PathLike[str], *, model: str | None = None,
                 key: str | None = None) -> None:
        self.path = Path(path)
        self.key = key or extractor_key(model)
        self.hits = 0
        self.misses = 0
        # The file is made when there is a first result to keep, not before: a run that stops
        # before finishing anything leaves nothing behind.
        self._db: sqlite3.Connection | None = None
        if self.path.exists():
            self._open()

    def _open(self) -> sqlite3.Connection:
        if self._db is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                # isolation_level=None: transactions are begun and committed here, explicitly.
                self._db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
                self._setup()
            except sqlite3.DatabaseError as exc:
                if self._db is not None:
                    self._db.close()
                    self._db = None
                raise InputError(f"{self.path}: not a usable quotegraph cache ({exc}); "
                                 f"delete it or pass --no-cache") from exc
        return self._db

    def _setup(self) -> None:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
            row = db.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
            if row is not None and int(row[0]) != SCHEMA_VERSION:
                db.execute("DROP TABLE IF EXISTS extractions")
            db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            db.execute("""CREATE TABLE IF NOT EXISTS extractions (
                              doc_id TEXT NOT NULL, doc_key TEXT NOT NULL, extractor TEXT NOT NULL,
                              record TEXT NOT NULL,
                              PRIMARY KEY (doc_id, doc_key, extractor)) WITHOUT ROWID""")
            # Results of another model or extractor version will never answer again.
            db.execute("DELETE FROM extractions WHERE extractor != ?", (self.key,))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def get(self, document: Document) -> Extraction | None:
        """The cached extraction of ``document`` (with this document attached), or None."""
        if self._db is None:
            self.misses += 1
            return None
        row = self._db.execute(
            "SELECT record FROM extractions WHERE doc_id = ? AND doc_key = ? AND extractor = ?",
            (document.id, document_key(document), self.key)).fetchone()
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        return _from_record(document, json.loads(row[0]))

    def put_many(self, extractions: Iterable[Extraction]) -> None:
        """Store finished extractions, all or none (one transaction)."""
        rows = [(ex.document.id, document_key(ex.document), self.key, json.dumps(_to_record(ex)))
                for ex in extractions]
        if not rows:
            return
        db = self._open()
        db.execute("BEGIN IMMEDIATE")
        try:
            db.executemany("INSERT OR REPLACE INTO extractions VALUES (?, ?, ?, ?)", rows)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def __len__(self) -> int:
        if self._db is None:
            return 0
        return self._db.execute("SELECT count(*) FROM extractions WHERE extractor = ?",
                                (self.key,)).fetchone()[0]

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> "ExtractionCache":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _to_record(ex: Extraction) -> dict[str, Any]:
    doc_errors = ex.document.errors
    rec: dict[str, Any] = {
        # Confidences unrounded (to_dict rounds them for the JSONL), so that a cached result
        # builds the very same graph as a fresh one.
        "quotes": [{**q.to_dict(), "confidence": float(q.confidence)} for q in ex.quotes],
        "entities": [e.to_dict() for e in ex.entities],
        "relations": [{**r.to_dict(), "confidence": float(r.confidence)} for r in ex.relations],
    }
    if ex.errors[:len(doc_errors)] == doc_errors:
        rec["errors"] = list(ex.errors[len(doc_errors):])  # the reading errors come back anew
    else:
        rec["all_errors"] = list(ex.errors)
    return rec


def _from_record(document: Document, rec: dict[str, Any]) -> Extraction:
    return Extraction(document,
                      tuple(Quote.from_dict(q) for q in rec["quotes"]),
                      tuple(Entity.from_dict(e) for e in rec["entities"]),
                      tuple(Relation.from_dict(r) for r in rec["relations"]),
                      tuple(rec["all_errors"]) if "all_errors" in rec
                      else document.errors + tuple(rec["errors"]))
