"""Relations between entities, read off the parse: roles, who speaks for whom, who
communicated with whom, alliances, memberships and adversaries. Each relation keeps the span
of text that says it.

One module per family of constructions, over a shared :class:`Context` (no names are looked
up; only the structure and small word lists):

- ``roles``, ``titles``, ``title_lists``, ``title_owners``, ``earlier_titles``: ROLE (and
  SPEAKS_FOR when the role represents) from appositions, title compounds, possessives, names
  listed after one title, relative clauses, a title told earlier; ``post_verbs``: a post said by
  a main clause's verb ("led by X", "appointed X as its envoy", "X chairs the committee");
  ``founders``: ROLE founder ("X, who founded ORG", "ORG, founded by X"); ``outlet_writers``:
  ROLE writer at an outlet ("X, writing for The Atlantic", "X wrote in the Post's opinion pages");
  ``owned_bodies``: ROLE at a body named as a person's ("Karl Rove's PAC, American Crossroads");
- ``offices``: ROLE of national offices whose phrase names no country ("President X",
  "X, who served as secretary of state"), the country from the office or the document;
- ``parties``: ROLE in a party said by its label ("Republican front-runner X", "X (R-Texas)");
- ``speaks_for``: described sources and offices ("a NATO diplomat", "Takaichi's office",
  "a spokesman for …", "was represented by");
- ``communication``: COMMUNICATED_WITH as events (calls, meetings, visits, talks, mediation,
  messages, summons) with their participants wherever the sentence puts them (``participants``
  finds who takes part, ``contact_lexicon`` holds the trigger words, ``contact_verbs``,
  ``contact_nouns`` and ``contact_edges`` read them, ``replies`` an answer to someone's own
  message: "responded to X's letter"); ``speeches``: a speech, address or
  testimony to a named body ("addressed the National Association of X", "testified before");
- ``alliances``: ALLY_OF and ADVERSARY_OF ("the U.S.-Japan alliance", "rivals X and Y",
  "invasion of", "poses a threat to"), with ``ally_nouns`` ("a Cruz supporter", "Japan, a key
  U.S. ally,"), ``threats`` ("poses a threat to", "a danger to"), ``ties`` (nouns of a tie), ``hostilities``
  (hostile acts, siding verbs), ``criticism`` (attacks in words), ``support`` (praise,
  standing by, "pro-X" bodies), ``backing`` (votes and money for someone), ``rivals``, ``contests``, ``quarrels``, ``reciprocals`` ("X and Y
  attacked each other", "locked in a race"), ``pressure`` ("came under fire from X", "called for
  X's resignation"), ``attack_ads`` ("aired an ad attacking X"), ``intents`` ("vowed to destroy X",
  "annexed Crimea from X"), ``truces`` and ``blocs``;
- ``memberships``: MEMBER_OF ("members of NATO", "alliance member Poland", "the country's
  air force", "the State Department").
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import Sequence

from spacy.tokens import Doc

from ..entities import EntityIndex
from ..model import Quote, Relation
from . import (alliances, appointments, backing, communication, contests, described_politicians, earlier_titles, founders, memberships, offices,
               outlet_writers, owned_bodies, parties, post_verbs, roles, seats, speaks_for, speeches, support, title_lists, title_owners, titles)
from ._context import KIN_NOUNS, SPEAKS_NOUNS, Context

__all__ = ["SPEAKS_NOUNS", "Context", "find_relations"]

_UNDIRECTED = {"COMMUNICATED_WITH", "ALLY_OF", "ADVERSARY_OF"}
_FAMILIES = (communication, speeches, roles, outlet_writers, owned_bodies, post_verbs, founders, appointments, speaks_for, alliances, memberships)


def find_relations(doc: Doc, index: EntityIndex, quotes: Sequence[Quote] = ()) -> list[Relation]:
    """Every relation the text states, deduplicated by (subject, predicate, object, evidence);
    ``quotes`` (the document's) let a speaker's "I" and "we" stand for the speaker."""
    ctx = Context(doc, index, quotes)
    _run(ctx)
    # one relation per sentence: the same fact read twice there (a title and an apposition)
    # is one statement; the most confident reading, then the longest evidence, stays
    sent_starts = [s.start_char for s in doc.sents]
    best: dict[tuple, Relation] = {}
    for r in ctx.out:
        if r.subject == r.object:
            continue
        kin = bool(r.role) and r.role.split()[-1] in KIN_NOUNS  # "his son-in-law" beside "envoys"
        sent = bisect_right(sent_starts, r.evidence.start)
        if r.predicate == "COMMUNICATED_WITH":  # one relation per pair, event and sentence, whichever word said it
            key = (*sorted((r.subject, r.object)), r.predicate, r.event, sent)
        else:
            key = (r.subject, r.predicate, r.object, r.cue, kin, sent)
        old = best.get(key)
        if old is None or (r.confidence, len(r.evidence.text)) > (old.confidence, len(old.evidence.text)):
            best[key] = r
    kept = _kin_beside_posts(list(best.values()), sent_starts)
    return _one_direction(sorted(kept, key=lambda r: (r.evidence.start, r.evidence.end)))


def _kin_beside_posts(relations: list[Relation], sent_starts: list[int]) -> list[Relation]:
    """Kinship is no post held at or for anyone ("his wife, Ana", "her husband, former
    President X"): a kin ROLE stays only where the same sentence gives someone else a post
    toward the same person, the kin listed among that person's envoys or aides ("Trump's envoy
    X and son-in-law Y")."""
    def is_kin(r: Relation) -> bool:
        return r.predicate == "ROLE" and bool(r.role) and r.role.split()[-1] in KIN_NOUNS

    posts = {(r.object, bisect_right(sent_starts, r.evidence.start)) for r in relations
             if r.predicate == "ROLE" and not is_kin(r)}
    return [r for r in relations if not is_kin(r) or (r.object, bisect_right(sent_starts, r.evidence.start)) in posts]


def _one_direction(relations: list[Relation]) -> list[Relation]:
    """COMMUNICATED_WITH, ALLY_OF and ADVERSARY_OF keep, for each pair of a document, the
    direction of its first statement: "A met B" then "B told A" are two statements of one
    channel between them, "A invaded B" and "B accused A" one enmity."""
    first: dict[tuple, tuple[str, str]] = {}
    out = []
    for r in relations:
        if r.predicate in _UNDIRECTED:
            way = first.setdefault((r.predicate, frozenset((r.subject, r.object))), (r.subject, r.object))
            if way != (r.subject, r.object):
                r = replace(r, subject=way[0], object=way[1])
        out.append(r)
    return out


def _run(ctx: Context) -> None:
    # a sieve first: only these tokens can start a relation
    words = frozenset().union(*(f.TRIGGER_WORDS for f in _FAMILIES))
    candidates = ctx.index.layout.tokens_where(pos=("VERB", "NOUN"), dep=("appos", "relcl"), lower=words)
    memberships.bodies_first(ctx, map(ctx.doc.__getitem__, candidates))
    for tok in map(ctx.doc.__getitem__, candidates):
        for family in _FAMILIES:
            family.at_token(ctx, tok)
    titles.whole_document(ctx)
    speaks_for.whole_document(ctx)
    title_lists.titled_lists(ctx)
    title_owners.comma_titles(ctx)
    title_owners.possessed_titles(ctx)
    title_owners.owned_names(ctx)
    roles.whole_document(ctx)
    earlier_titles.owner_from_earlier_title(ctx)
    offices.whole_document(ctx)
    memberships.national_bodies(ctx)
    memberships.standing_members(ctx)
    parties.whole_document(ctx)
    seats.whole_document(ctx)
    described_politicians.whole_document(ctx)
    contests.candidates(ctx)  # after every rule that titles a candidate
    backing.hyphen_backed(ctx)  # "U.S.-backed" is one token no trigger word matches
    support.whole_document(ctx)  # praise after every ADVERSARY_OF: rivals praise each other too
    communication.own_country_contacts(ctx)  # after every rule that reads a post
    ctx.mirrored_representations()  # last: a counterpart needs the mirrored person's every title read
    ctx.leaders_quarrels()  # and a quarrelling leader's state needs every representation
