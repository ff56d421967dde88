"""The short report `quotegraph run` prints: counts, the most-quoted, who spoke to whom."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .model import Extraction
from .naming import NameTally


@dataclass
class Summary:
    """Running totals over a corpus, filled one extraction at a time (memory stays flat)."""

    documents: int = 0
    quotes: int = 0
    failed: int = 0
    speakers: Counter = field(default_factory=Counter)  # entity id → quotes
    pairs: Counter = field(default_factory=Counter)  # (entity id, entity id) → statements
    names: dict[str, str] = field(default_factory=dict)  # entity id → a name seen (quotes' refs)
    _display: dict[str, str] | None = field(default=None, repr=False)
    forms: NameTally = field(default_factory=NameTally)  # every entity's forms: the display name

    def _name(self, entity_id: str, name: str) -> None:
        # quotes may name actors no entity list holds: the fullest of their names
        old = self.names.get(entity_id)
        if old is None or (len(name.split()), len(name)) > (len(old.split()), len(old)):
            self.names[entity_id] = name

    def name(self, entity_id: str) -> str:
        """The display name of an actor: counted by id, so "Zelensky" and "Zelenskyy" are one
        line, shown by the name the graph gives it (``naming``)."""
        if self._display is None:
            self._display = self.forms.names()
        return self._display.get(entity_id) or self.names.get(entity_id, entity_id)

    def add(self, ex: Extraction) -> None:
        self.documents += 1
        self.failed += bool(ex.errors)
        self.quotes += len(ex.quotes)
        self._display = None
        for e in ex.entities:
            self._name(e.id, e.name)
            self.forms.add(e)
        for q in ex.quotes:
            if q.speaker is not None:
                self._name(q.speaker.id, q.speaker.name)
                self.speakers[q.speaker.id] += 1
                if q.addressee is not None:
                    self._name(q.addressee.id, q.addressee.name)
                    self.pairs[(q.speaker.id, q.addressee.id)] += 1
        for r in ex.relations:
            if r.predicate == "COMMUNICATED_WITH":
                self.pairs[(r.subject, r.object)] += 1

    def render(self, top: int = 10) -> str:
        lines = [f"{_count(self.documents, 'document')}, {_count(self.quotes, 'quote')}, "
                 f"{_count(len(self.speakers), 'speaker')}"
                 + (f", {self.failed} with errors" if self.failed else "")]
        if self.speakers:
            lines.append("")
            lines.append("Most quoted:")
            top_speakers = [(self.name(i), n) for i, n in self.speakers.most_common(top)]
            width = max(len(name) for name, _ in top_speakers)
            for name, n in top_speakers:
                lines.append(f"  {name:<{width}}  {n}")
        if self.pairs:
            lines.append("")
            lines.append("Who spoke to whom:")
            for (a, b), n in self.pairs.most_common(top):
                lines.append(f"  {self.name(a)} → {self.name(b)}" + (f"  ({n})" if n > 1 else ""))
        return "\n".join(lines)


def _count(n: int, noun: str) -> str:
    """``1 quote``, ``2 quotes``: the report is read by people, not parsed."""
    return f"{n} {noun}{'' if n == 1 else 's'}"
