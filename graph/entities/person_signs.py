"""Signs in the grammar that a name the small model read as an organisation is a person's:
forenames it does not know ("Gustavo Petro", "Dominique de Villepin") come out as ORG when no
title stands before them. A two- or three-word title-case name that opens a main clause and
is taken up by "he"/"she" before any other name, whose surname acts alone elsewhere ("Petro
said", "Petro's office"), or that shares a subject with a person's name
("X and Nicolás Maduro met"), that "who" takes up, that completes a lowercase post ("chief
strategist X"), or whose surname keeps a lowercase particle ("de", "von der",
"bin"), is a person; a body is "it", and its name has no particle inside.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..entity_ids import NAME_PARTICLES, ORG_WORDS, fold
from .. import gazetteer
from .mentions import ROLE_NOUNS

if TYPE_CHECKING:  # spaCy types only annotate
    from spacy.tokens import Span as SpacySpan

_PERSONAL = frozenset({"he", "she", "his", "him", "her"})
# Posts a body's staff hold, written lowercase right before the holder's name ("Priorities USA
# chief strategist Guy Cecil", "campaign manager X"): a body has no strategist of its own name.
_STAFF_POSTS = ROLE_NOUNS | frozenset("""strategist manager pollster consultant spokesperson chairman chairwoman
founder treasurer counsel lawyer attorney""".split())
_IMPERSONAL = frozenset({"it", "its", "they", "their", "them"})


def _name_shaped(e: SpacySpan, max_words: int = 3) -> bool:
    """Two or three title-case words (lowercase particles aside), no body's word, no place."""
    words = [t for t in e if not _inner_particle(t) and not _name_hyphen(t)]
    if not 2 <= len(words) <= max_words or e[0].lower_ == "the":
        return False
    if not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words):
        return False
    if any(fold(t.text) in ORG_WORDS for t in e) or gazetteer.lookup(e.text) is not None:
        return False
    return not any(gazetteer.country(t.text) or gazetteer.demonym(t.text) for t in words)


def _name_hyphen(tok) -> bool:  # noqa: ANN001 - a spaCy Token
    """The hyphen of a double forename or surname ("Kassym-Jomart Tokayev", "Jean-Luc
    Mélenchon"): written tight between two title-case words, it is part of one name word."""
    doc = tok.doc
    return tok.text == "-" and 0 < tok.i < len(doc) - 1 and not doc[tok.i - 1].whitespace_ \
        and not tok.whitespace_ and doc[tok.i - 1].is_title and doc[tok.i + 1].is_title


def _inner_particle(tok) -> bool:  # noqa: ANN001 - a spaCy Token
    return tok.text.islower() and tok.lower_ in NAME_PARTICLES


def _particle_name(e: SpacySpan) -> bool:
    """"Dominique de Villepin", "Hamad bin Jassim": a lowercase surname particle between
    title-case words. A body's name has "of"/"for" there, and "Banco de Chile"-like names end
    on a place or carry a body's word, which ``_name_shaped`` turns away."""
    inner = list(e)[1:-1]
    return bool(inner) and any(_inner_particle(t) for t in inner) and _name_shaped(e, 4)


def _pronoun_takes_up(e: SpacySpan) -> bool:
    """The name is the subject of its sentence's main verb, and the first pronoun after it, in
    that sentence or the next, is "he"/"his"/"she"/"her", before any other name or subject."""
    root = e.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.dep_ != "ROOT":
        return False
    doc = e.doc
    sent = e.sent
    stop = sent.end
    if stop < len(doc):
        stop = doc[stop].sent.end
    for t in doc[e.end:stop]:
        if t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and t.ent_iob_ == "B":
            return False
        if t.lower_ in _PERSONAL or t.lower_ in _IMPERSONAL:
            return t.lower_ in _PERSONAL  # "said his government", "said it would": the first one decides
        if t.dep_ in ("nsubj", "nsubjpass"):
            return False  # another subject ("the minister said") may be whom the pronoun is about
    return False


def _surname_acts_alone(e: SpacySpan) -> bool:
    """The last word of the name stands alone elsewhere as a subject or an owner ("Petro said",
    "Petro's office"): news takes a person up by the surname; a body by its first word
    ("Goldman said") or an acronym."""
    doc = e.doc
    last = e[-1].text
    for t in doc:
        if t.text != last or e.start <= t.i < e.end or t.i > 0 and doc[t.i - 1].text == e[-2].text:
            continue
        if t.i > 0 and doc[t.i - 1].text[:1].isupper() and not doc[t.i - 1].is_sent_start:
            continue  # "Telekom" of another name
        if t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper():
            continue
        if t.dep_ in ("nsubj", "nsubjpass", "poss"):
            return True
    return False


def _paired_with_person(e: SpacySpan) -> bool:
    """"Gustavo Petro and Nicolás Maduro met": a name coordinated with a person's, as the
    subject of one verb, is another person's (bodies pair with bodies: "Pfizer and Moderna")."""
    root = e.root
    if root.dep_ == "conj":
        others = [root.head]
    else:
        others = [c for c in root.children if c.dep_ == "conj"]
    subject = root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "conj" and root.head.dep_ in ("nsubj", "nsubjpass")
    return subject and any(o.ent_type_ == "PERSON" for o in others)


def _who_follows(e: SpacySpan) -> bool:
    """"Emmerson Mnangagwa, who took power in 2017,": "who" takes up a person; a body "which"."""
    doc = e.doc
    return e.end + 1 < len(doc) and doc[e.end].text == "," and doc[e.end + 1].lower_ in ("who", "whose") \
        and doc[e.end + 1].head.head.i in range(e.start, e.end)


def _post_before(e: SpacySpan) -> bool:
    """ "chief strategist Guy Cecil": a lowercase post noun the name completes."""
    doc = e.doc
    if e.start == 0:
        return False
    post = doc[e.start - 1]
    return post.pos_ == "NOUN" and post.is_lower and post.text in _STAFF_POSTS and post.dep_ == "compound" \
        and post.head.i in range(e.start, e.end)


def person_signs(e: SpacySpan) -> int:
    """A vote for "person" (its weight, 0 for none) for a name the model did not tag PERSON."""
    if e.label_ != "ORG" or not _name_shaped(e, 4):  # a place ("Rio de Janeiro") stays one
        return 0
    if _particle_name(e):
        return 3
    if sum(not _name_hyphen(t) for t in e) <= 3 and (_pronoun_takes_up(e) or _paired_with_person(e) or _surname_acts_alone(e)
                                                     or _who_follows(e) or _post_before(e)):
        return 3
    return 0
