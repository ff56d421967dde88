"""The data model: what `quotegraph extract` writes, as frozen dataclasses.

Every class mirrors a table of the output contract (``extract-output.md``) and round-trips
through ``to_dict``/``from_dict`` exactly, so that the JSONL the CLI writes is the JSONL the
stores and the notebooks read.

>>> s = Span(0, 5, "Hello")
>>> Span.from_dict(s.to_dict()) == s
True
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, TextIO

ENTITY_TYPES = ("person", "organization", "country", "media", "group")
QUOTE_KINDS = ("direct", "mixed", "indirect")
PREDICATES = ("ROLE", "SPEAKS_FOR", "COMMUNICATED_WITH", "ALLY_OF", "MEMBER_OF", "ADVERSARY_OF")


def stable_id(prefix: str, *parts: str, length: int = 16) -> str:
    """A short id that depends only on ``parts``: the same input gives the same id everywhere.

    >>> stable_id("doc", "Hello") == stable_id("doc", "Hello")
    True
    """
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return f"{prefix}-{digest[:length]}"


@dataclass(frozen=True)
class Span:
    """A slice of a document's text: ``text[start:end] == span.text`` always holds."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Span":
        return cls(int(d["start"]), int(d["end"]), d["text"])


@dataclass(frozen=True)
class Cue(Span):
    """The reporting verb or phrase (``told``, ``according to``, a colon), with its lemma."""

    lemma: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "lemma": self.lemma}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Cue":
        return cls(int(d["start"]), int(d["end"]), d["text"], d.get("lemma") or "")


@dataclass(frozen=True)
class EntityRef:
    """A pointer to an entity, as quotes carry it: ``{"id", "name", "type"}``."""

    id: str
    name: str
    type: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "EntityRef | None":
        if d is None:
            return None
        return cls(d["id"], d["name"], d["type"])


@dataclass(frozen=True)
class Entity:
    """One real-world actor: a person, an organisation, a country, an outlet or a described group."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    description: str | None = None  # for groups: "a NATO diplomat"; kept when the name is generic

    @property
    def ref(self) -> EntityRef:
        return EntityRef(self.id, self.name, self.type)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "mentions": [m.to_dict() for m in self.mentions],
        }
        if self.description is not None:
            d["description"] = self.description
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Entity":
        return cls(
            d["id"],
            d["name"],
            d["type"],
            tuple(d.get("aliases") or ()),
            tuple(Span.from_dict(m) for m in d.get("mentions") or ()),
            d.get("description"),
        )


@dataclass(frozen=True)
class Quote:
    """One attribution: what was said (``contents``), by whom, to whom, through which outlet."""

    id: str
    kind: str
    contents: tuple[Span, ...]
    cue: Cue | None = None
    sources: tuple[Span, ...] = ()
    speaker: EntityRef | None = None
    addressee: EntityRef | None = None
    reported_by: EntityRef | None = None
    confidence: float = 0.5
    # mixed quotes: the speaker's own words, quoted inside the paraphrase; empty otherwise
    fragments: tuple[Span, ...] = ()

    @property
    def text(self) -> str:
        """The words said, the pieces of a split quote joined by an ellipsis."""
        return " … ".join(c.text for c in self.contents)

    @property
    def start(self) -> int:
        return min(c.start for c in self.contents)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "contents": [c.to_dict() for c in self.contents],
            "cue": self.cue.to_dict() if self.cue else None,
            "sources": [s.to_dict() for s in self.sources],
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "addressee": self.addressee.to_dict() if self.addressee else None,
            "reported_by": self.reported_by.to_dict() if self.reported_by else None,
            "confidence": round(float(self.confidence), 4),
            "fragments": [f.to_dict() for f in self.fragments],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Quote":
        return cls(
            d["id"],
            d["kind"],
            tuple(Span.from_dict(c) for c in d.get("contents") or ()),
            Cue.from_dict(d["cue"]) if d.get("cue") else None,
            tuple(Span.from_dict(s) for s in d.get("sources") or ()),
            EntityRef.from_dict(d.get("speaker")),
            EntityRef.from_dict(d.get("addressee")),
            EntityRef.from_dict(d.get("reported_by")),
            float(d.get("confidence", 0.5)),
            tuple(Span.from_dict(f) for f in d.get("fragments") or ()),
        )


@dataclass(frozen=True)
class Relation:
    """An entity-to-entity fact with the span of text that says it."""

    subject: str
    predicate: str
    object: str
    evidence: Span
    confidence: float = 0.5
    role: str | None = None  # ROLE only
    cue: str | None = None  # COMMUNICATED_WITH only
    event: str | None = None  # COMMUNICATED_WITH only: call, meeting, visit, talks, mediation, message, summons

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "subject": self.subject,
            "predicate": self.predicate,
            "object": self.object,
            "evidence": self.evidence.to_dict(),
            "confidence": round(float(self.confidence), 4),
        }
        if self.role is not None:
            d["role"] = self.role
        if self.cue is not None:
            d["cue"] = self.cue
        if self.event is not None:
            d["event"] = self.event
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Relation":
        return cls(
            d["subject"],
            d["predicate"],
            d["object"],
            Span.from_dict(d["evidence"]),
            float(d.get("confidence", 0.5)),
            d.get("role"),
            d.get("cue"),
            d.get("event"),
        )


@dataclass(frozen=True)
class Document:
    """An input document: its exact text and what the input says about it."""

    text: str
    source: str
    id: str = ""
    title: str | None = None
    date: str | None = None
    url: str | None = None
    errors: tuple[str, ...] = ()  # problems met while reading it (it is still extracted)

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", document_id(self.text))


def document_id(text: str) -> str:
    """The id of a document: a hash of its text, so re-runs and other machines agree."""
    return stable_id("doc", text)


def quote_id(document: str, first: Span) -> str:
    """The id of a quote: its document's id and where its first piece stands."""
    return stable_id("q", document, str(first.start), str(first.end), length=12)


@dataclass(frozen=True)
class Extraction:
    """Everything found in one document: one line of the JSONL output."""

    document: Document
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    errors: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.document.id

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def to_dict(self) -> dict[str, Any]:
        doc = self.document
        return {
            "id": doc.id,
            "source": doc.source,
            "title": doc.title,
            "date": doc.date,
            "url": doc.url,
            "text": doc.text,
            "quotes": [q.to_dict() for q in self.quotes],
            "entities": [e.to_dict() for e in self.entities],
            "relations": [r.to_dict() for r in self.relations],
            "errors": list(self.errors),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Extraction":
        doc = Document(
            text=d.get("text") or "",
            source=d.get("source") or d["id"],
            id=d["id"],
            title=d.get("title"),
            date=d.get("date"),
            url=d.get("url"),
        )
        return cls(
            doc,
            tuple(Quote.from_dict(q) for q in d.get("quotes") or ()),
            tuple(Entity.from_dict(e) for e in d.get("entities") or ()),
            tuple(Relation.from_dict(r) for r in d.get("relations") or ()),
            tuple(d.get("errors") or ()),
        )


def dumps(extraction: Extraction) -> str:
    """One JSONL line (no trailing newline)."""
    return json.dumps(extraction.to_dict(), ensure_ascii=False)


def write_jsonl(extractions: Iterable[Extraction], fh: TextIO) -> int:
    """Write extractions one per line; returns how many were written."""
    n = 0
    for ex in extractions:
        fh.write(dumps(ex) + "\n")
        n += 1
    return n


def read_jsonl(fh: TextIO, *, name: str = "<jsonl>") -> Iterator[Extraction]:
    """Read extract output back; a malformed line raises ``InputError`` naming the line."""
    from .errors import InputError

    for lineno, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            yield Extraction.from_dict(json.loads(line))
        except RecursionError as exc:
            raise InputError(f"{name}, line {lineno}: not an extract record (JSON nested too deeply)") from exc
        except (ValueError, KeyError, TypeError, AttributeError, OverflowError) as exc:
            if lineno == 1 and line.lstrip()[:1] not in ("{", "["):
                # Not JSON at all from the first line: an article (.txt, .md, .html) given where
                # quotegraph's own output is read. Say what to do rather than the JSON error.
                raise InputError(
                    f"{name}, line 1: not an extract record (not JSON: an article? This command "
                    f"reads the quotes.jsonl or graph.graphml that `quotegraph run` writes; "
                    f"run `quotegraph run {name} --out OUT/` first)") from exc
            raise InputError(f"{name}, line {lineno}: not an extract record ({type(exc).__name__}: {exc})") from exc
