"""Where things are in a parsed document, computed once so every lookup is cheap.

spaCy builds ``doc.text`` and ``doc.ents`` anew on each access (a walk over the whole
document), and ``Span.ents`` walks all the document's entities; asked once per quote or per
mention, that makes the extractor's time grow with the square of the document's length.
``Layout`` reads them once and answers by position in O(log n):

>>> layout = Layout(nlp("Ms. Lee spoke.\\nThen Mr. Park left."))  # doctest: +SKIP
>>> [e.text for e in layout.ents_in(0, 4)]                         # doctest: +SKIP
['Lee']
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property
from typing import TYPE_CHECKING, Iterable

import numpy as np

if TYPE_CHECKING:  # spaCy types only annotate: reading ids and names needs no spaCy
    from spacy.tokens import Doc, Span as SpacySpan


class Layout:
    """The text, line breaks and named entities of one parsed Doc, indexed by position."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text: str = doc.text
        self.ents: tuple[SpacySpan, ...] = tuple(doc.ents)
        self._ent_starts = [e.start for e in self.ents]
        self._ent_of = [-1] * len(doc)  # token index → index of the entity holding it
        for n, e in enumerate(self.ents):
            for i in range(e.start, e.end):
                self._ent_of[i] = n
        self._newlines: list[int] = []
        i = self.text.find("\n")
        while i != -1:
            self._newlines.append(i)
            i = self.text.find("\n", i + 1)

    def ents_in(self, start: int, end: int) -> list[SpacySpan]:
        """The entities lying wholly within tokens ``start``..``end`` (exclusive), as
        ``doc[start:end].ents`` gives them."""
        out = []
        for n in range(bisect_left(self._ent_starts, start), len(self.ents)):
            ent = self.ents[n]
            if ent.end > end:
                break
            out.append(ent)
        return out

    @cached_property
    def sent_of(self) -> list[int]:
        """The number of each token's sentence (as ``doc.sents`` counts them)."""
        out = [0] * len(self.doc)
        for n, sent in enumerate(self.doc.sents):
            out[sent.start:sent.end] = [n] * (sent.end - sent.start)
        return out

    @cached_property
    def para_of(self) -> list[int]:
        """The number of each token's paragraph: a token holding a line break (in its text or
        the space after it) ends one."""
        starts = self._arrays[:, 3].tolist()
        ends_para = np.zeros(len(self.doc), dtype=np.int64)
        ends_para[[bisect_right(starts, p) - 1 for p in self._newlines]] = 1
        return (np.cumsum(ends_para) - ends_para).tolist()  # breaks before each token

    @cached_property
    def _arrays(self) -> np.ndarray:
        return self.doc.to_array(["POS", "DEP", "LOWER", "IDX"]).reshape(len(self.doc), 4)

    def tokens_where(self, pos: Iterable[str] = (), dep: Iterable[str] = (), lower: Iterable[str] = ()) -> list[int]:
        """The tokens, in order, whose coarse tag is in ``pos``, or dependency label in
        ``dep``, or lowercase form in ``lower``: a sieve run on spaCy's arrays, so that loops
        over the document read only the tokens that may matter."""
        strings = self.doc.vocab.strings
        mask = np.zeros(len(self.doc), dtype=bool)
        for column, values in ((0, pos), (1, dep), (2, lower)):
            values = [strings[v] for v in values]
            if values:
                mask |= np.isin(self._arrays[:, column], np.array(values, dtype=np.uint64))
        return np.flatnonzero(mask).tolist()

    def ent_at(self, i: int) -> SpacySpan | None:
        """The entity token ``i`` belongs to, if any."""
        n = self._ent_of[i]
        return self.ents[n] if n >= 0 else None

    def line_at(self, char: int) -> tuple[int, int]:
        """(start, end) of the line holding ``char``: from after the last line break before it
        to the next line break at or after it (or the end of the text)."""
        k = bisect_left(self._newlines, char)
        start = self._newlines[k - 1] + 1 if k > 0 else 0
        end = self._newlines[k] if k < len(self._newlines) else len(self.text)
        return start, end
