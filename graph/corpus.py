"""Across documents: what only a view of the whole corpus can settle.

``merge_corpus`` settles what a per-document key cannot: a surname-only
person joins the unique full-name person in the corpus with that surname (among several, the
one other documents also call by that bare surname, if unique); two full-name persons merge
when their surnames have the same shape and their first names are compatible (same shape,
one a prefix or nickname of the other, or one letter apart). Two people whose first names
disagree are never merged. Among namesakes (Donald/Barron Trump) a bare surname joins the one
documents call by it far more often, or stays apart. An actor typed differently in different
articles gets the type most of its mentions have (``corpus_types``), and one display name
(``naming``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from .entity_ids import compatible_first, fold, name_parts, surname_shape
from .model import Entity, EntityRef, Extraction
from .naming import display_names


def merge_corpus(extractions: Iterable[Extraction]) -> list[Extraction]:
    """Merge the people a per-document key could not, and give every entity one type: returns
    the extractions with entity ids (in entities, quotes and relations) rewritten so that one
    actor has one id corpus-wide, typed alike in every document. The same as ``corpus_id_map``
    over all their entities, ``corpus_types`` over the result, ``naming.display_names``, then
    ``remap_ids`` on each.

    The result does not depend on the order of the documents.
    """
    exs = list(extractions)
    mapping = corpus_id_map(e for ex in exs for e in ex.entities)
    types = corpus_types(((e.id, e.type, len(e.mentions)) for ex in exs for e in ex.entities), mapping)
    names = display_names((e for ex in exs for e in ex.entities), mapping)
    if not mapping and not types and not names:
        return exs
    return [remap_ids(ex, mapping, types, names) for ex in exs]


# When mention counts tie, the type that comes first here wins.
_TYPE_PRECEDENCE = ("person", "country", "organization", "media", "group")


def corpus_types(votes: Iterable[tuple[str, str, int]],
                 mapping: dict[str, EntityRef] | None = None) -> dict[str, str]:
    """One type for an entity that documents type differently (the model reads "Rustem Umerov"
    as an organisation in one article and a person in two): id → the type most of its mentions
    have, for those ids only. ``votes`` are (entity id, type, mentions) per document; ids are
    first rewritten by ``mapping`` (from ``corpus_id_map``).

    >>> corpus_types([("ent-1", "person", 2), ("ent-1", "organization", 1), ("ent-2", "country", 4)])
    {'ent-1': 'person'}
    """
    mapping = mapping or {}
    tally: dict[str, dict[str, int]] = {}
    for entity_id, type_, mentions in votes:
        entity_id = mapping[entity_id].id if entity_id in mapping else entity_id
        counts = tally.setdefault(entity_id, {})
        counts[type_] = counts.get(type_, 0) + mentions
    rank = {t: i for i, t in enumerate(_TYPE_PRECEDENCE)}
    return {i: min(counts, key=lambda t: (-counts[t], rank.get(t, len(rank)), t))
            for i, counts in tally.items() if len(counts) > 1}


def corpus_id_map(entities: Iterable[Entity]) -> dict[str, EntityRef]:
    """Which person ids of a corpus are one actor: old id → the entity it joins, for the ids
    that change. ``entities`` are the per-document entities of every document (others than
    persons are ignored), and may be streamed:
    ``corpus_id_map(e for ex in extract(docs) for e in ex.entities)``.

    - a surname-only person ("Witkov") joins the one full-name person of that surname shape in
      the corpus; when several share it, the one other documents call by the bare surname
      far more often than the others (at least three times as often), else none;
    - two full-name people merge when their surnames have the same shape and their first names
      are compatible ("Fabrice"/"Fabrece Pothier"); never "Joe"/"Hunter Biden".

    The result does not depend on the order of the entities.
    """
    people: dict[str, tuple[str, set[str], int]] = {}  # id → (name, aliases, mentions)
    bare_uses: dict[str, int] = {}  # id → mentions written as the bare surname
    for e in entities:
        if e.type != "person":
            continue
        last = fold(name_parts(e.name)[1])
        if not any(c.isalpha() for c in last):
            continue  # no surname to compare ("' OR 1=1 //"): never merged with anyone
        bare_uses[e.id] = bare_uses.get(e.id, 0) + sum(
            1 for m in e.mentions if re.sub(r"'s?$", "", fold(m.text)) == last)
        name, aliases, n = people.get(e.id, (e.name, set(), 0))
        if len(e.name.split()) > len(name.split()) or (len(e.name.split()) == len(name.split()) and e.name < name):
            name = e.name
        people[e.id] = (name, aliases | set(e.aliases) | {e.name}, n + len(e.mentions))
    parent = {i: i for i in people}

    def find(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def rank(i: str) -> tuple[int, int, str]:
        name, _, n = people[i]
        return (-len(name.split()), -n, i)

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            keep, drop = sorted((ra, rb), key=rank)
            parent[drop] = keep

    # Only people whose surnames have the same shape can merge: compare within those buckets
    # (the components, and so the result, are those of comparing every pair).
    full = sorted(i for i, (name, _, _) in people.items() if name_parts(name)[0])
    shape_of = {j: surname_shape(name_parts(people[j][0])[1]) for j in full}
    by_shape: dict[str, list[str]] = {}  # surname shape → full names, in id order
    by_first_word: dict[str, list[str]] = {}  # shape of the first word → full names ("Xi Jinping")
    for j in full:
        by_shape.setdefault(shape_of[j], []).append(j)
        by_first_word.setdefault(surname_shape(people[j][0].split()[0]), []).append(j)
    for same in by_shape.values():
        for a_i, a in enumerate(same):
            fa = name_parts(people[a][0])[0]
            for b in same[a_i + 1:]:
                if compatible_first(fa, name_parts(people[b][0])[0]):
                    union(a, b)
    for i in sorted(people):
        name = people[i][0]
        if name_parts(name)[0]:
            continue
        shape = surname_shape(name)
        src = by_shape.get(shape, [])
        if not src:
            src = by_first_word.get(shape, [])
        cands = sorted({find(j) for j in src})
        if len(cands) > 1:
            # the one other documents call by the bare surname, when it clearly dominates (the
            # full names of one person share a surname shape: that bucket holds them all)
            bucket = {find(j): by_shape[shape_of[j]] for j in src}
            uses = sorted(((sum(bare_uses.get(j, 0) for j in bucket[c] if find(j) == c), c) for c in cands),
                          reverse=True)
            cands = [uses[0][1]] if uses[0][0] >= 2 and uses[0][0] >= 3 * uses[1][0] else []
        if len(cands) == 1:
            union(cands[0], i)
    return {i: EntityRef(find(i), people[find(i)][0], "person") for i in people if find(i) != i}


def remap_ids(extraction: Extraction, mapping: dict[str, EntityRef],
              types: dict[str, str] | None = None, names: dict[str, str] | None = None) -> Extraction:
    """``extraction`` with the person ids ``corpus_id_map`` merges rewritten, in its
    entities (merged where two become one), quotes and relations, with the types
    ``corpus_types`` picked and the display names ``naming.display_names`` picked (both
    keyed by the rewritten ids); the forms a name replaces stay aliases."""
    if not mapping and not types and not names:
        return extraction
    remap = {i: ref.id for i, ref in mapping.items()}
    display = {i: ref.name for i, ref in mapping.items()}
    for i, name in (names or {}).items():  # keyed by final ids: every id that ends there
        display[i] = name
    for old, new in remap.items():
        if new in (names or {}):
            display[old] = names[new]
    return _rewrite(extraction, remap, display, types or {})


def _rewrite(ex: Extraction, remap: dict[str, str], names: dict[str, str], types: dict[str, str]) -> Extraction:
    def ref(r: EntityRef | None) -> EntityRef | None:
        if r is None or (r.id not in remap and r.id not in types and r.id not in names):
            return r
        new_id = remap.get(r.id, r.id)
        return EntityRef(new_id, names.get(r.id, r.name), types.get(new_id, r.type))

    merged: dict[str, Entity] = {}
    for e in ex.entities:
        new_id = remap.get(e.id, e.id)
        name = names.get(e.id, e.name)
        aliases = set(e.aliases) | ({e.name} if name != e.name else set())
        if new_id in merged:
            old = merged[new_id]
            aliases |= set(old.aliases) | {old.name}
            mentions = tuple(sorted(set(old.mentions) | set(e.mentions), key=lambda s: (s.start, s.end)))
        else:
            mentions = e.mentions
        merged[new_id] = Entity(new_id, name, types.get(new_id, e.type), tuple(sorted(aliases - {name})), mentions,
                                e.description)
    quotes = tuple(replace(q, speaker=ref(q.speaker), addressee=ref(q.addressee), reported_by=ref(q.reported_by))
                   for q in ex.quotes)
    relations = tuple(replace(r, subject=remap.get(r.subject, r.subject), object=remap.get(r.object, r.object))
                      for r in ex.relations)
    return replace(ex, entities=tuple(merged.values()), quotes=quotes, relations=relations)
