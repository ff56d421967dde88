"""Finding an actor by a name as people type it: any case, accents or none, punctuation or none,
any alias, and the common transliteration variants of one name (Zelenskyy, Zelensky, Zelenskiy).

Both stores resolve names here, in Python, to actor ids before a query runs, so NetworkX and
Neo4j find the same actors (the Cypher then matches ``a.id IN $ids``).

A name is tried in tiers and the first tier that finds anything wins, so a looser rule never
adds a second actor to an exact hit:

1. an actor id, exactly;
2. a name or alias equal once folded (case, accents, punctuation and spacing ignored);
3. a name or alias equal once both are reduced to a transliteration skeleton;
4. the same words in another order (family name first: "Xi Jinping" / "Jinping Xi").

>>> fold("  Zelens'kyy,  VOLODYMYR ")
'zelens kyy volodymyr'
>>> skeleton("Volodymyr Zelenskyy") == skeleton("Wolodymyr Zelensky") == skeleton("volodimir zelenskiy")
True
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable

from .errors import QueryError

__all__ = ["Actor", "fold", "skeleton", "resolve_actor", "suggest"]

# Letters that Unicode does not decompose into a base letter and a mark.
_LETTERS = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ð": "d", "þ": "th",
                          "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "ħ": "h", "ŧ": "t"})
_NOT_WORD = re.compile(r"[\W_]+")
# Romanisations of one name differ in these ways (Cyrillic, Arabic, Chinese in Latin letters):
# j/y, w/v, ph/f, kh/h, x/ks, c/k, the endings -iy/-yy/-ii/-y, and doubled letters.
_SKELETON_RULES = (("ph", "f"), ("kh", "h"), ("x", "ks"), ("ck", "k"), ("c", "k"), ("q", "k"),
                   ("w", "v"), ("j", "y"), ("y", "i"))
_DOUBLE = re.compile(r"(.)\1+")


def fold(text: str) -> str:
    """Lower case, accents and other marks removed, punctuation turned into single spaces."""
    text = unicodedata.normalize("NFKD", str(text).translate(_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(_NOT_WORD.sub(" ", text).split())


def skeleton(text: str) -> str:
    """``fold(text)`` with the letters that romanisations of one name disagree on made one.

    Apostrophes vanish rather than split a word (Zelens'kyy = Zelenskyy).
    """
    text = fold(str(text).replace("'", "").replace("’", "").replace("ʼ", ""))
    for old, new in _SKELETON_RULES:
        text = text.replace(old, new)
    return _DOUBLE.sub(r"\1", text)


@dataclass(frozen=True)
class Actor:
    """What name lookup needs of an actor node."""

    id: str
    name: str | None
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.name, *self.aliases) if n)


def resolve_actor(value: str, actors: Iterable[Actor], *, what: str = "actor") -> list[str]:
    """The ids of the actors ``value`` names (sorted); QueryError with the closest names if none.

    >>> people = [Actor("p1", "Volodymyr Zelenskyy", ("Zelenskyy",)), Actor("p2", "Joe Biden")]
    >>> resolve_actor("volodymyr zelensky", people), resolve_actor("JOE BIDEN.", people)
    (['p1'], ['p2'])
    >>> resolve_actor("Joe Bydon", people)
    Traceback (most recent call last):
    ...
    quotegraph.errors.QueryError: no actor named 'Joe Bydon'; did you mean 'Joe Biden'?
    """
    actors = list(actors)
    text = str(value).strip()
    exact = sorted(a.id for a in actors if a.id == text)
    if exact:
        return exact
    for key in (fold, skeleton, _word_set):
        wanted = key(text)
        if not wanted:
            break
        found = sorted({a.id for a in actors if any(key(n) == wanted for n in a.names)})
        if found:
            return found
    close = suggest(text, actors)
    hint = f"; did you mean {', '.join(map(repr, close))}?" if close else " (the graph has no such name or alias)"
    raise QueryError(f"no {what} named {text!r}{hint}")


def _word_set(text: str) -> str:
    return " ".join(sorted(skeleton(text).split()))


def _word_ratio(wanted: str, folded: str) -> float:
    # "Lavrof" is near "Sergei Lavrov" word for word, not as a whole
    names = folded.split()
    if not names:
        return 0.0
    scores = [max(difflib.SequenceMatcher(None, w, n).ratio() for n in names) for w in wanted.split()]
    return sum(scores) / len(scores) if scores else 0.0


def suggest(value: str, actors: Iterable[Actor], n: int = 5) -> list[str]:
    """Up to ``n`` actor names closest to ``value``: sharing a word first, then by spelling."""
    by_folded: dict[str, str] = {}
    for a in actors:
        for name in a.names:
            by_folded.setdefault(fold(name), a.name or name)
    wanted = fold(value)
    words = set(skeleton(value).split())
    scored = []
    for folded, shown in by_folded.items():
        shared = len(words & set(skeleton(folded).split()))
        whole, words_alike = difflib.SequenceMatcher(None, wanted, folded).ratio(), _word_ratio(wanted, folded)
        ratio = max(whole, words_alike)
        if shared or whole >= 0.6 or words_alike >= 0.75:
            scored.append((-shared, -ratio, shown))
    out: list[str] = []
    for *_, shown in sorted(scored):
        if shown not in out:
            out.append(shown)
    return out[:n]
