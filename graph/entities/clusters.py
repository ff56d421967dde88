"""The cluster of one entity within a document (its type, name, mentions, aliases, roles,
gender, affiliation and the bookkeeping that keeps lookups by position fast), the index
buckets clusters are kept in by key, and the merge of entities that share an id.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from .. import gazetteer
from ..entity_ids import display_name, entity_id, is_generic, name_key, person_key
from ..model import Entity, EntityRef, Span


def spells_out(form: str, name: str) -> bool:
    """Whether ``form`` is ``name`` with its initials written out in full: "United Nations
    Security Council" for "UN Security Council" (a one-word acronym, "NATO", is the name
    readers use, and stays)."""
    words, parts = name.split(), []
    if len(words) < 2:
        return False
    for w in words:
        letters = w.replace(".", "")
        if len(letters) >= 2 and letters.isalpha() and letters.isupper():
            parts.append(r"\s+".join(f"{c}[a-z]+" for c in letters))
        else:
            parts.append(re.escape(w))
    return len(form.split()) > len(words) and re.fullmatch(r"\s+".join(parts), form.strip()) is not None


@dataclass
class Cluster:
    type: str
    name: str
    mentions: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    description: str | None = None
    roles: set[str] = field(default_factory=set)  # role nouns: "president", "diplomat", "aide"
    gender: str | None = None  # "m"/"f" when a title or a pronoun says so
    affiliation: dict[str, str] = field(default_factory=dict)  # role noun → country ("president" → Ukraine)
    # role nouns given only under a word that makes one someone other than the office's
    # holder ("Vice President X", "former prime minister Y", "Shadow Chancellor Z")
    lesser_roles: set[str] = field(default_factory=set)
    # role nouns given at least once under a word naming another post ("Vice President X",
    # "Deputy Minister Y"), held plainly or not: only these fit "the vice president"
    other_posts: set[str] = field(default_factory=set)
    # Bookkeeping of the index, so lookups by position never walk all mentions: creation
    # order, the mentions' ends and starts kept sorted, the tokens mapped to this cluster.
    seq: int = field(default=0, repr=False, compare=False)
    _ends: list[int] = field(default_factory=list, repr=False, compare=False)
    _spans: list[tuple[int, int]] = field(default_factory=list, repr=False, compare=False)
    _longest: int = field(default=0, repr=False, compare=False)
    _tokens: list[int] = field(default_factory=list, repr=False, compare=False)
    scope: str = ""  # the document's id when the name is generic (see ``entity_id``)
    # the forms the article writes the name in, with their uses ("NBC" ×3): an outlet the
    # gazetteer names ("NBC News") is shown as the article writes it (added to through
    # ``note_written``/``absorb_written``, which drop the name shown computed before)
    written: Counter = field(default_factory=Counter, repr=False, compare=False)
    _cached: tuple[str, str, str, str, str] | None = field(default=None, repr=False, compare=False)
    _shown: tuple[str, str, str] | None = field(default=None, repr=False, compare=False)  # (type, name, shown)
    _ref: EntityRef | None = field(default=None, repr=False, compare=False)

    def _keys(self) -> tuple[str, str]:
        # (id, key) depend on the type, name and scope only; computed again when one changes
        if self._cached is None or self._cached[:3] != (self.type, self.name, self.scope):
            key = person_key(self.name) if self.type == "person" else name_key(self.name)
            scope = self.scope if is_generic(self.type, self.name) else ""
            self._cached = (self.type, self.name, self.scope, entity_id(self.type, self.name, scope), key)
        return self._cached[3], self._cached[4]

    @property
    def id(self) -> str:
        return self._keys()[0]

    @property
    def key(self) -> str:
        return self._keys()[1]

    def as_ref(self) -> EntityRef:
        """The reference to this entity: one shared, immutable object while its id (type, name
        and scope) and the name shown hold, made again when one of them changes."""
        id_ = self.id
        shown = self.shown()
        if self._ref is None or self._ref.id != id_ or self._ref.name != shown or self._ref.type != self.type:
            self._ref = EntityRef(id_, shown, self.type)
        return self._ref

    def note_written(self, form: str) -> None:
        """One more use of ``form``, a way the article writes the name (for ``shown``)."""
        self.written[form] += 1
        self._shown = None

    def absorb_written(self, other: Cluster) -> None:
        """The written forms of ``other``, a cluster merged into this one, with their uses."""
        self.written.update(other.written)
        self._shown = None

    def shown(self) -> str:
        """The name the actor is shown by (``_shown_now``), computed once while the type, the
        name and the written forms hold."""
        if self._shown is None or self._shown[:2] != (self.type, self.name):
            self._shown = (self.type, self.name, self._shown_now())
        return self._shown[2]

    def _shown_now(self) -> str:
        """The name the actor is shown by. An outlet the gazetteer renames ("NBC" → "NBC
        News", "FOX Business Network" → "Fox Business") is shown in the fullest form the article
        writes (on a tie, the most used): readers write an outlet's name as printed. The
        canonical name still makes the id (articles merge by it) and stays an alias. A country
        keeps its canonical name: "the U.S." and "Moscow" stand for a country, which readers
        name ("United States", "Russia"); so do the gazetteer's organisations, whose canonical
        form is the one readers use for a nickname or a partial form ("GOP" → Republican Party,
        "North Atlantic alliance" → NATO), unless the article spells the canonical name's initials
        out ("United Nations Security Council" for "UN Security Council"): a reader then names
        the body as the article does. Any other name: ``display_name`` ("Russia's Defense
        Ministry" → "Defense Ministry")."""
        if self.type == "media" and self.written:
            forms = [f for f in self.written if (gazetteer.lookup(f) or ("", ""))[1] == self.name]
            if forms:
                best = max(forms, key=lambda f: (len(f.split()), self.written[f]))
                if gazetteer.key(best) != gazetteer.key(self.name):  # "the Wall Street Journal": the canonical
                    return display_name(self.type, best)
        if self.type == "organization" and self.written:
            spelled = [f for f in self.written if spells_out(f, self.name)]
            if spelled:
                return display_name(self.type, max(spelled, key=lambda f: (self.written[f], f)))
        return display_name(self.type, self.name)

    def _add_mention(self, span: Span) -> None:
        self.mentions.append(span)
        insort(self._ends, span.end)
        insort(self._spans, (span.start, span.end))
        self._longest = max(self._longest, span.end - span.start)

    def _last_end(self, upto: int) -> int | None:
        """The end of the latest mention ending at or before ``upto``."""
        k = bisect_right(self._ends, upto)
        return self._ends[k - 1] if k else None

    def _first_start_after(self, char: int) -> int | None:
        """The start of the first mention starting after ``char``."""
        k = bisect_right(self._spans, (char, float("inf")))
        return self._spans[k][0] if k < len(self._spans) else None

    def _max_end(self) -> int:
        return self._ends[-1] if self._ends else -1

    def entity(self) -> Entity:
        mentions = tuple(sorted(set(self.mentions), key=lambda s: (s.start, s.end)))
        shown = self.shown()
        aliases = tuple(sorted(a for a in self.aliases | {self.name} if a != shown))
        return Entity(self.id, shown, self.type, aliases, mentions, self.description)


def merge_by_id(entities: Iterable[Entity]) -> tuple[Entity, ...]:
    """One entity per id, in order of first appearance: the longer name, the type of the
    more mentioned, every alias and mention of both."""
    merged: dict[str, Entity] = {}
    for e in entities:
        if e.id in merged:
            old = merged[e.id]
            name = old.name if len(old.name.split()) >= len(e.name.split()) else e.name
            type_ = old.type if len(old.mentions) >= len(e.mentions) else e.type
            e = Entity(e.id, name, type_,
                       tuple(sorted((set(old.aliases) | set(e.aliases) | {old.name, e.name}) - {name})),
                       tuple(sorted(set(old.mentions) | set(e.mentions), key=lambda s: (s.start, s.end))),
                       old.description or e.description)
        merged[e.id] = e
    return tuple(merged.values())


def bucket_add(buckets: dict, key, c: Cluster) -> None:  # noqa: ANN001
    """Put ``c`` in ``buckets[key]``, kept in creation order, once."""
    same = buckets.setdefault(key, [])
    if not any(x is c for x in same):
        insort(same, c, key=lambda x: x.seq)


def bucket_remove(buckets: dict, key, c: Cluster) -> None:  # noqa: ANN001
    same = buckets.get(key, [])
    for k, x in enumerate(same):
        if x is c:
            del same[k]
            break
