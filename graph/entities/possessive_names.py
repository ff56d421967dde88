"""A body's name with a possessive inside ("the Alzheimer's Association", "the Children's
Investment Fund"), which the small model cuts after the "'s" ("Association",
"Impact Movement"): "the" before the possessor says the possessive is part of the name, as
no one writes "the Smith's company" for Smith's company.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy types only annotate
    from spacy.tokens import Span as SpacySpan

_POSSESSIVE = frozenset({"'s", "\u2019s"})


def join_possessive_names(ents: list[SpacySpan]) -> list[SpacySpan]:
    """An organisation's span widened over "<the> Word's" before it; the same list back when
    none was cut there."""
    from spacy.tokens import Span as SpacySpan  # here, so reading ids needs no spaCy
    if not ents:
        return ents
    doc = ents[0].doc
    out: list[SpacySpan] = []
    changed = False
    for e in ents:
        s = e.start
        if e.label_ == "ORG" and s >= 3 and doc[s - 1].lower_ in _POSSESSIVE and doc[s - 3].lower_ == "the" \
                and doc[s - 2].is_alpha and doc[s - 2].is_title and not doc[s - 2].is_sent_start \
                and all(t.text[:1].isupper() for t in e):
            if out and out[-1].end > s - 3:
                if len(out[-1]) != 1 or out[-1].start != s - 2:
                    out.append(e)
                    continue
                out.pop()  # the possessor tagged alone ("Alzheimer" as a person): part of the name
            out.append(SpacySpan(doc, s - 3, e.end, label="ORG"))  # with "the", which makes it a name
            changed = True
            continue
        out.append(e)
    return out if changed else ents
