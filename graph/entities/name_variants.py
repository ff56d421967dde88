"""Other ways news writes the name of a person the article names in full, joined to that person.

- an epithet before the first name ("Crooked Hillary", "Little Marco") once the article gives
  "Hillary Clinton": the words before the first name have an adjective's shape and are no known
  forename, and the first name is the first name of one person of the document;
- an initial for the first name ("B. Hussein Obama", "J. Smith") with the surname of one person
  whose first name starts with that letter;
- a surname written with an apostrophe after O/D ("O'Reilly", "D'Souza"), which the small model
  reads as an adverb and leaves out of the name ("told Bill O'Reilly" → a person "Bill"): the
  name runs on over it, and a bare one is the person of that surname.

- a name the article gives explicitly as another for the same one ("Mahmoud Abbas, also known
  as Abu Mazen", "better known as", "a.k.a.", "whose real name is"): one actor, under the
  name written first.

Each is joined only when exactly one person fits, so two people of one family stay two.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..entity_ids import fold, name_parts
from ..gender import forename_gender
from ..outlets import media_vote
from .mentions import name_tokens

if TYPE_CHECKING:  # spaCy types only annotate
    from spacy.tokens import Span as SpacySpan, Token

    from .clusters import Cluster
    from .index import EntityIndex

# "O'Reilly", "O’Brien", "D'Souza": a surname the tokenizer keeps whole and the tagger misreads
_APOSTROPHE_NAME = re.compile(r"^(?:O|D|Mc)['\u2019][A-Z][a-z]+$")
_INITIAL = re.compile(r"^[A-Z]\.$")
# The shape of an epithet: an adjective or participle ("Crooked", "Sleepy", "Lyin'", "Little"),
# not a forename ("Tahani Mustafa" is a person of her own)
_EPITHET = re.compile(r"^(?:[A-Z][a-z]+(?:ed|y|ing|in['\u2019])|Little|Low|Lil|Big|Old)$")


def is_apostrophe_name(tok: Token) -> bool:
    return bool(_APOSTROPHE_NAME.match(tok.text))


def absorb_name_variants(index: EntityIndex) -> None:
    """Join epithet and initial forms of a name to the one full-named person they write."""
    persons = [c for c in index.clusters if c.type == "person"]
    full = [c for c in persons if len(name_tokens(c.name)) > 1]
    for c in persons:
        if c not in index.clusters:
            continue
        host = _epithet_host(c, full) or _initial_host(c, full)
        if host is not None and host is not c:
            index.merge(c, host)


def _epithet_host(c: Cluster, full: list[Cluster]) -> Cluster | None:
    words = c.name.split()
    if len(words) < 2 or forename_gender(c.name) is not None:
        return None  # "Chelsea Clinton": a forename, so a person of her own
    given = fold(words[-1])
    if any(fold(w) == given for w in words[:-1]) or not all(_EPITHET.match(w) for w in words[:-1]):
        return None  # "Tahani Mustafa": a name before "Mustafa", no epithet
    hosts = [d for d in full if d is not c and fold(name_parts(d.name)[0]) == given
             and not any(fold(w) in name_tokens(d.name) for w in words[:-1])]
    others = [d for d in full if d is not c and any(fold(w) in name_tokens(d.name) for w in words[:-1])]
    return hosts[0] if len(hosts) == 1 and not others else None


def _initial_host(c: Cluster, full: list[Cluster]) -> Cluster | None:
    words = c.name.split()
    if len(words) < 2 or not _INITIAL.match(words[0]):
        return None
    surname = fold(name_parts(c.name)[1])
    hosts = [d for d in full if d is not c and fold(name_parts(d.name)[1]) == surname
             and not _INITIAL.match(d.name.split()[0]) and d.name[:1].upper() == words[0][:1]]
    return hosts[0] if len(hosts) == 1 else None


# Words that may stand between a name and "known as": "X, also known as Y", "X (better known as Y)"
_BEFORE_KNOWN = frozenset({",", "(", "-", "\u2013", "\u2014", "also", "better", "widely", "commonly",
                           "popularly", "more", "locally", "sometimes", "often", "now", "formerly"})
_ALIAS_CUES = (("known", "as"), ("a.k.a.",), ("aka",), ("whose", "real", "name", "is"))


def absorb_aliases(index: EntityIndex) -> None:
    """Join the second name of "X, also known as Y" (and "a.k.a.", "whose real name is") to the
    first: the article says they are one actor. Both must be actors of one type, and the
    second must follow the cue at once ("known as a moderate" names nobody)."""
    doc = index.doc
    for tok in doc:
        cue = next((c for c in _ALIAS_CUES if tuple(t.lower_ for t in doc[tok.i:tok.i + len(c)]) == c), None)
        if cue is None:
            continue
        k = tok.i - 1
        while k >= 0 and doc[k].lower_ in _BEFORE_KNOWN:
            k -= 1
        j = tok.i + len(cue)
        host = index.cluster_at(doc[k]) if k >= 0 else None
        alias = index.cluster_at(doc[j]) if j < len(doc) else None
        if host is None and alias is not None and alias.type == "person" and k >= 0:
            host = _untagged_name_before(index, k)  # "Sting, whose real name is Gordon Sumner"
        if host is None or alias is None or host is alias \
                or host not in index.clusters or alias not in index.clusters:
            continue
        if cue[-1] == "is" and {host.type, alias.type} == {"person", "organization"}:
            # "Sting, whose real name is Gordon Sumner": only a person has a real name, so
            # either name the model read as a body's is this person's; one person, under the
            # name the article uses
            if host.type == "organization":
                name = host.name
                index.merge(host, alias)
                index.rename(alias, name)
            else:
                index.merge(alias, host)
            continue
        if host.type != alias.type:
            continue
        index.merge(alias, host)


def _untagged_name_before(index: EntityIndex, k: int) -> Cluster | None:
    """The stage name the model left untagged before "whose real name is"/"also known as"
    (one or two capitalised proper nouns ending at ``k``, opening their clause): a person, as
    the cue says of the name after it, registered so that the two join."""
    doc = index.doc
    i = k
    while i >= 0 and k - i < 2 and doc[i].pos_ == "PROPN" and doc[i].is_alpha and doc[i].text[:1].isupper() \
            and not doc[i].is_upper and not index.is_mentioned(doc[i].i):
        i -= 1
    if i == k or i >= 0 and not (doc[i].is_punct or doc[i].is_space):
        return None  # no name, or a longer phrase ("the rapper Sting" is described, not cut here)
    return index.add(doc[i + 1:k + 1], "person")


def untagged_apostrophe_surnames(index: EntityIndex) -> None:
    """A bare "O'Reilly" the model left untagged is the one person of that surname."""
    by_surname: dict[str, list[Cluster]] = {}
    for c in index.clusters:
        if c.type == "person" and name_parts(c.name)[0]:
            by_surname.setdefault(fold(name_parts(c.name)[1]), []).append(c)
    for tok in index.doc:
        if index.is_mentioned(tok.i) or not is_apostrophe_name(tok):
            continue
        cands = by_surname.get(fold(tok.text))
        if cands and len(cands) == 1:
            index.add_token_mention(cands[0], tok)


def surname_here(index: EntityIndex, ent: SpacySpan) -> bool:
    """A one-word name that is the surname of a person the document names in full, and is
    not written as an outlet or a body there ("Bloomberg reported"): the person, whatever
    the gazetteer knows by that name ("Michael Bloomberg … Bloomberg is considering a run")."""
    if len(ent) != 1 or not index.is_person_word(fold(ent.text)) or ent.label_ not in ("PERSON", "ORG", "GPE"):
        return False
    vote = index.votes(fold(ent.text))
    return not vote.get("media") and not vote.get("organization") and not media_vote(ent)
