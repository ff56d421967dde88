"""The short report `quotegraph run` prints: counts, the most-quoted, who spoke to whom."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from .model import Extraction


@dataclass
class Summary:
    """Running totals over a corpus, filled one extraction at a time (memory stays flat)."""

    documents: int = 0
    quotes: int = 0
    failed: int = 0
    speakers: Counter = field(default_factory=Counter)
    pairs: Counter = field(default_factory=Counter)
    calls: Counter = field(default_factory=Counter)

    def add(self, ex: Extraction) -> None:
        self.documents += 1
        self.failed += bool(ex.errors)
        self.quotes += len(ex.quotes)
        names = {e.id: e.name for e in ex.entities}
        for q in ex.quotes:
            if q.speaker is not None:
                self.speakers[q.speaker.name] += 1
                if q.addressee is not None:
                    self.pairs[(q.speaker.name, q.addressee.name)] += 1
        for r in ex.relations:
            if r.predicate == "COMMUNICATED_WITH":
                self.pairs[(names.get(r.subject, r.subject), names.get(r.object, r.object))] += 1

    def render(self, top: int = 10) -> str:
        lines = [f"{self.documents} documents, {self.quotes} quotes, {len(self.speakers)} speakers"
                 + (f", {self.failed} with errors" if self.failed else "")]
        if self.speakers:
            lines.append("")
            lines.append("Most quoted:")
            width = max(len(n) for n, _ in self.speakers.most_common(top))
            for name, n in self.speakers.most_common(top):
                lines.append(f"  {name:<{width}}  {n}")
        if self.pairs:
            lines.append("")
            lines.append("Who spoke to whom:")
            for (a, b), n in self.pairs.most_common(top):
                lines.append(f"  {a} → {b}" + (f"  ({n})" if n > 1 else ""))
        return "\n".join(lines)


def summarize(extractions: Iterable[Extraction]) -> Summary:
    s = Summary()
    for ex in extractions:
        s.add(ex)
    return s
