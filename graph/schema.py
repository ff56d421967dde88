"""The graph model, written down once and used by every store (NetworkX, GraphML, Neo4j).

| node label   | what it is                                   | key  |
|--------------|----------------------------------------------|------|
| Person, Organization, Country, Media, Group | an actor (entity)  | `id` |
| Quote        | one attribution                              | `id` |
| Document     | one input article                            | `id` |

Relationship types are the fixed list ``REL_TYPES``; only these are ever spliced into Cypher.
"""

from __future__ import annotations

ENTITY_LABELS = {
    "person": "Person",
    "organization": "Organization",
    "country": "Country",
    "media": "Media",
    "group": "Group",
}
QUOTE_LABEL = "Quote"
DOCUMENT_LABEL = "Document"
NODE_LABELS = (*ENTITY_LABELS.values(), QUOTE_LABEL, DOCUMENT_LABEL)

# (speaker)-[:SAID]->(quote), (quote)-[:ADDRESSED_TO]->(addressee), (outlet)-[:REPORTED]->(quote),
# (quote)-[:IN_DOCUMENT]->(document), (document)-[:MENTIONS]->(entity), and entity-to-entity facts.
QUOTE_RELS = ("SAID", "ADDRESSED_TO", "REPORTED", "IN_DOCUMENT")
ENTITY_RELS = ("ROLE", "SPEAKS_FOR", "COMMUNICATED_WITH", "ALLY_OF", "MEMBER_OF", "ADVERSARY_OF")
REL_TYPES = (*QUOTE_RELS, "MENTIONS", *ENTITY_RELS)


def entity_label(entity_type: str) -> str:
    """The node label of an entity type ("person" → "Person")."""
    try:
        return ENTITY_LABELS[entity_type]
    except KeyError:
        raise ValueError(f"unknown entity type {entity_type!r}; expected one of {sorted(ENTITY_LABELS)}")


def checked_label(label: str) -> str:
    """``label`` if it is one of the model's node labels, else ValueError: the guard that
    stands before any label is written into Cypher text."""
    if label not in NODE_LABELS:
        raise ValueError(f"not a node label of the quotegraph model: {label!r}")
    return label


def checked_rel_type(rel_type: str) -> str:
    """``rel_type`` if it is one of the model's relationship types, else ValueError."""
    if rel_type not in REL_TYPES:
        raise ValueError(f"not a relationship type of the quotegraph model: {rel_type!r}")
    return rel_type
