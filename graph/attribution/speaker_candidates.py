"""Whether a token can speak for a cue and where its mention's head is: a word outside every
quote, on the verb's line, no date or figure unless it counts people ("hundreds of farmers"),
picks one of a group ("one of the witnesses") or takes up the few just named ("the two said");
the last word of the name it starts; a verb's own subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..quote_frames import is_age_noun
from ..speaker_words import PLACE_LABELS
from ..speakers import SUBJECT_DEPS


# Entity types of a date, a time or a figure, which speak only as a count of people, "one of"
# a group or "the two" just named (``fits``).
NOT_SPEAKERS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}


def fits(tok: Token | None, verb: Token, in_quote: set[int]) -> bool:
    """Can ``tok`` be the speaker of ``verb``: a word, outside every quote, not a date, on
    the verb's line."""
    if tok is None or not any(c.isalpha() for c in tok.text):
        return False
    if tok.pos_ == "VERB" and tok.tag_ == "VBG" and not tok.ent_type_:
        return False  # "that keeping Ortiz in jail will make …": a gerund's clause speaks for no one
    if tok.ent_type_ in NOT_SPEAKERS and not is_age_noun(tok) and not _count_of(tok) and not one_of(tok) \
            and not _the_few(tok):
        return False  # "the 52-year-old", "hundreds of farmers", "one of the workers", "the two" speak
    if tok.i in getattr(in_quote, "anywhere", in_quote):
        return False
    lo, hi = sorted((tok.i, verb.i))
    return not any("\n" in t.text or "\n" in t.whitespace_ for t in verb.doc[lo:hi])


def _count_of(tok: Token) -> bool:
    """"Hundreds of farmers", "dozens of them": a count of people, the group that speaks
    (the small model tags the count as a number)."""
    # (a share, "74 percent of voters said", is a poll's finding: the poll reports it)
    # ("one of the advisers" is one person of the group, read by ``one_of``)
    return tok.pos_ in ("NOUN", "NUM") and tok.ent_type_ == "CARDINAL" and tok.lower_ != "one" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and (g.tag_ in ("NNS", "NNPS") or g.lower_ in ("them", "us")) for g in c.children)
        for c in tok.children)


# The numbers a pair or a small party named just before is taken up by ("the two said").
_FEW = frozenset({"two", "three", "four"})


def _the_few(tok: Token) -> bool:
    """"…,” the two said": a small number standing alone after "the" for the people just
    named together, the group that speaks (not "the two of them", a count read by
    ``_count_of``, nor "two said", a figure)."""
    return tok.lower_ in _FEW and tok.dep_ in ("nsubj", "nsubjpass") and tok.i > 0 \
        and tok.nbor(-1).lower_ == "the" and tok.nbor(-1).head.i == tok.i \
        and not any(c.dep_ in ("prep", "compound", "amod") for c in tok.children)


def one_of(tok: Token) -> bool:
    """"one of the witnesses": a speaker picked out of a group, the head of its mention."""
    return tok.lower_ == "one" and tok.i + 2 < len(tok.doc) and tok.nbor().lower_ == "of" \
        and any(c.dep_ == "prep" and c.i == tok.i + 1 for c in tok.children)


_NOT_IN_NAMES = frozenset({"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON", "DET"})


def name_head(tok: Token) -> Token:
    """The last word of the name or noun phrase ``tok`` starts ("Rep. Jim Clyburn" → Clyburn)."""
    if tok.ent_type_:
        # the small model sometimes runs an entity over the cue ("Trent told Business Insider"
        # as one title): a name stops where its proper nouns do
        while tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I" \
                and tok.doc[tok.i + 1].pos_ not in _NOT_IN_NAMES:
            tok = tok.doc[tok.i + 1]
        return tok
    while tok.dep_ in ("compound", "flat", "amod") and tok.head.i > tok.i and tok.head.i - tok.i < 4:
        tok = tok.head
    return tok


def own_subject(verb: Token) -> Token | None:
    """The verb's own subject (the nearest, when the parse gives several), a relative pronoun
    kept as written ("…, who said")."""
    # the parse may hang the relative pronoun on the clitic and the clitic on the verb
    subjects = [next((g for g in c.children if g.dep_ in SUBJECT_DEPS), None) if _clitic(c) else c
                for c in verb.children if c.dep_ in SUBJECT_DEPS and any(ch.isalpha() for ch in c.text)]
    subjects = [c for c in subjects if c is not None and not _clitic(c)]
    if not subjects:
        return None
    left = [c for c in subjects if c.i < verb.i]
    if len(left) > 1 and _state_after_town(left[-1], left[-2]):
        return left[-2]
    return left[-1] if left else subjects[0]


def _state_after_town(place: Token, earlier: Token) -> bool:
    """"A woman in Dayton, Ohio told him …": the parse may make the state after a town a second
    subject of the verb; it only says where the town is, and the one placed there speaks."""
    doc = place.doc
    if place.ent_type_ not in PLACE_LABELS or place.i < 2 or doc[place.i - 1].text != ",":
        return False
    town = doc[place.i - 2]
    return town.ent_type_ in PLACE_LABELS and earlier.i < town.i <= earlier.right_edge.i


_CLITICS = frozenset({"ve", "d", "re", "ll", "m"})


def _clitic(tok: Token) -> bool:
    """A contracted auxiliary ("who’ve said"), which the model, given a curly apostrophe,
    may tag as a plural noun and make a second subject of the verb: never the speaker."""
    return tok.text[:1] in ("'", "\u2019") and tok.text[1:].lower() in _CLITICS

