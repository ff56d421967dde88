"""Outlets the small model leaves untagged, found by where the sentence puts them.

A capitalised run of words the model did not tag ("The Forward", "The Star-Ledger",
"National Review") is a news outlet when the grammar says so:

- it stands in apposition to an outlet noun, or after one: "The Forward, an influential
  New York-based newspaper", "the magazine Harper's Bazaar";
- it is the one told or interviewed (``outlets.outlet_use``: "told The Star-Ledger", "in an
  interview with The Register") and reads as an outlet's name (a news word, or the article "The");
- it is where something was written or published: "wrote in The Washington Times", "an op-ed
  in The Star";
- it is what a journalist works for: "editor at large of The Forward", "columnist Ann Lee of
  the National Review", "a reporter for The Sentinel".

A tagged name in those places is voted by ``type_votes`` (``published_in`` is shared with it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import gazetteer
from ..outlets import outlet_shaped, outlet_use
from .mentions import MEDIA_HEADS

if TYPE_CHECKING:  # spaCy types only annotate
    from spacy.tokens import Span as SpacySpan, Token

    from .index import EntityIndex

# Where a text appears: "wrote in X", "published in X", "an op-ed in X".
_PUBLISH_VERBS = frozenset("write publish print pen".split())
_PUBLISHED_NOUNS = frozenset("""op-ed oped column article piece editorial essay commentary story
interview report letter""".split())
# Who works for an outlet: "editor of X", "columnist for X", "a reporter at X".
_JOURNALIST_NOUNS = frozenset("""editor columnist reporter correspondent writer publisher anchor host
commentator contributor journalist""".split())


def published_in(prep: Token) -> bool:
    """True when ``prep`` ("in") says where a text was published: "wrote in", "an op-ed in"."""
    head = prep.head
    lemma = head.lemma_.lower()
    return (head.pos_ == "VERB" and lemma in _PUBLISH_VERBS) or (head.pos_ == "NOUN" and lemma in _PUBLISHED_NOUNS)


def _journalist(tok: Token) -> bool:
    """A journalist noun, or a name described by one ("commentator Jonah Goldberg")."""
    if tok.pos_ == "NOUN":
        return tok.lemma_.lower() in _JOURNALIST_NOUNS
    if tok.pos_ != "PROPN":
        return False
    described = [c for c in tok.children if c.dep_ in ("compound", "amod", "appos") and c.pos_ == "NOUN"]
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN":
        described.append(tok.head)
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    while prev is not None and prev.pos_ == "PROPN" and prev.head.i == tok.i:
        prev = tok.doc[prev.i - 1] if prev.i > 0 else None
    if prev is not None and prev.pos_ == "NOUN":
        described.append(prev)
    return any(n.lemma_.lower() in _JOURNALIST_NOUNS for n in described)


# The journalists whose "for X" / "at X" names an outlet even when the model tags X as any
# organisation ("a reporter for The Lantern"); a writer or a host works for others too.
_NEWSROOM_NOUNS = frozenset("reporter correspondent columnist journalist anchor editor".split())


def newsroom_of(prep: Token) -> bool:
    """True when ``prep`` ("for", "at", "of") says which newsroom a journalist works for:
    "a reporter for", "a columnist at", "the editor of"."""
    head = prep.head
    return prep.lower_ in ("of", "for", "at") and head.pos_ == "NOUN" and head.lemma_.lower() in _NEWSROOM_NOUNS


def _runs(doc) -> list[tuple[int, int]]:  # noqa: ANN001 - a spaCy Doc
    """(start, end) of each run of capitalised words, "The" and inner hyphens included."""
    runs, i, n = [], 0, len(doc)
    while i < n:
        if not (doc[i].text[:1].isupper() and doc[i].is_alpha) or (
                i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_):  # "anti-Trump"
            i += 1
            continue
        j = i + 1
        while j < n and ((doc[j].text[:1].isupper() and doc[j].is_alpha) or (
                doc[j].text == "-" and j + 1 < n and doc[j + 1].text[:1].isupper() and not doc[j - 1].whitespace_)):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _is_outlet_here(span: SpacySpan) -> bool:
    root = span.root
    the = span[0].lower_ == "the"
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in MEDIA_HEADS for c in root.children) \
            or root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in MEDIA_HEADS \
            or before is not None and before.pos_ == "NOUN" and before.text.islower() and before.lemma_.lower() in MEDIA_HEADS:
        return True  # "The Forward, an influential newspaper", "the magazine X"
    if outlet_use(span) == "told":
        return the or outlet_shaped(span.text)
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ == "in" and published_in(prep):
        # "wrote in The Art of the Deal": a title going on past the run is a book's, not an outlet's
        return outlet_shaped(span.text) or the and not title_goes_on(span)
    # "a reporter for The Sentinel", "columnist Ann Lee of the National Review"; not "the host of
    # the World Cup", "a host of Europeans", "a reporter at Kennedy Airport": a name of an outlet's shape
    return prep.lower_ in ("of", "for", "at") and _journalist(prep.head) and (
        outlet_shaped(span.text) or the and not title_goes_on(span))


def title_goes_on(span: SpacySpan) -> bool:
    """True when a capitalised name goes on past ``span`` through "of" or "to" ("The Art" of
    "The Art of the Deal", "The Road" of "The Road to Serfdom"): a title's words, not an
    outlet's name followed by its place ("The Sentinel in Boston") or another ("and The Nation")."""
    doc = span.doc
    k = span.end
    if k >= len(doc) or doc[k].text not in ("of", "to"):
        return False
    k += 1
    if k < len(doc) and doc[k].text in ("the", "a", "an"):
        k += 1
    return k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha


def add_untagged_outlets(index: EntityIndex) -> None:
    """Register the untagged outlets of the document (see the module's docstring)."""
    doc = index.doc
    for start, end in _runs(doc):
        if doc[start].lower_ == "the" and end - start == 1:
            continue
        if any(index.is_mentioned(t.i) for t in doc[start:end]) or doc[start].is_sent_start and doc[start].lower_ != "the":
            continue
        span = doc[start:end]
        hit = gazetteer.lookup(span.text)
        if hit is not None and hit[0] != "media" or gazetteer.seat(span.text) or gazetteer.demonym(span.text):
            continue
        if _is_outlet_here(span):
            index.add(span, "media")
