"""One display name per actor, the same in the report, the graph, the queries and notebooks.

Articles spell an actor their own way ("Volodymyr Zelenskyy", "Zelenskiy", "Zelensky";
"Joseph R. Biden", "Joe Biden"), and each document's entity carries the form its article
uses (the fullest form in that article). Once ids are corpus-wide, ``NameTally`` collects the
names documents gave every id and picks one:

- the fullest form: the most words (a middle initial counts: "Joseph R. Biden" over "Joe
  Biden"), a written name over a lowercase description ("China's Foreign Ministry" over
  "Chinese foreign ministry");
- among those, the most used: the form whose spelling the mentions carry most often over
  the corpus ("Zelenskyy" in twelve mentions beats "Zelenskiy" in nine);
- then the longer, then the first in alphabetical order, so that the choice never depends on
  the order of the documents.

Every other form stays an alias. The tally streams: add each document's entities as they go
by (``run`` does, between its two passes), then ask for ``names()``.

>>> from quotegraph.model import Entity, Span
>>> t = NameTally()
>>> t.add(Entity("ent-1", "Peter Marlow", "person", ("Marlow",), (Span(0, 12, "Peter Marlow"),)))
>>> t.add(Entity("ent-1", "Peter Marlowe", "person", (), (Span(0, 13, "Peter Marlowe"), Span(20, 27, "Marlowe"))))
>>> t.names()
{'ent-1': 'Peter Marlowe'}
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Iterable

from .model import Entity, EntityRef


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("\u2019", "'")).encode("ascii", "ignore").decode().lower()
    return re.sub(r"'s?$", "", s.strip())


def _words(s: str) -> list[str]:
    return [w for w in re.split(r"[\s,]+", _fold(s)) if w]


def _written(form: str) -> bool:
    """A name as names are written: every word of three letters or more has a capital
    ("Bashar al-Assad", "U.S. State Department"; not "Chinese foreign ministry")."""
    return all(any(c.isupper() for c in w) or len(w) < 3 or not w[:1].isalpha() for w in form.split())


class NameTally:
    """Every name documents gave each actor, and the words its mentions carry, over a corpus."""

    def __init__(self) -> None:
        self._forms: dict[str, set[str]] = {}  # entity id → the names documents gave it
        self._words: dict[str, Counter[str]] = {}  # entity id → word → mentions carrying it

    def add(self, entity: Entity) -> None:
        """Count one document's ``entity``: its name is a candidate (each document's name is
        already the fullest form its article uses; aliases are shorter forms or other ways to
        name it, "Zelensky", "the Kremlin" for Russia, and count only through the mentions)."""
        if _words(entity.name):
            self._forms.setdefault(entity.id, set()).add(entity.name)
        words = self._words.setdefault(entity.id, Counter())
        for m in entity.mentions:
            words.update(set(_words(m.text)))

    def names(self, mapping: dict[str, EntityRef] | None = None) -> dict[str, str]:
        """Entity id → its display name, for every id with more than one name; ids are first
        rewritten by ``mapping`` (from ``corpus_id_map``), their names and mentions pooled."""
        forms: dict[str, set[str]] = {}
        words: dict[str, Counter[str]] = {}
        for i, names in self._forms.items():
            final = mapping[i].id if mapping and i in mapping else i
            forms.setdefault(final, set()).update(names)
            words.setdefault(final, Counter()).update(self._words.get(i, ()))
        out = {}
        for i, names in forms.items():
            if len(names) > 1:
                # how much the mentions use a form: the words of it they carry, spelled as it
                # spells them ("Zelenskyy" counts for "Volodymyr Zelenskyy", not "…Zelenskiy")
                out[i] = max(names, key=lambda f: _rank(f, sum(words[i][w] for w in set(_words(f)))))
        return out


def _rank(form: str, uses: int) -> tuple:
    # max() picks the best: written names first, then the fullest, the most used, the longest,
    # and the alphabetically first (hence the negated code points) on a full tie
    return (_written(form), len(form.split()), uses, len(form), [-ord(c) for c in form])


def display_names(entities: Iterable[Entity], mapping: dict[str, EntityRef] | None = None) -> dict[str, str]:
    """Entity id (after ``mapping``, from ``corpus_id_map``) → display name, for the ids with
    more than one form in ``entities`` (every document's, streamed or not)."""
    tally = NameTally()
    for e in entities:
        tally.add(e)
    return tally.names(mapping)
