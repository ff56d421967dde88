"""People the small model leaves untagged: a forename and a surname, acting in the sentence.

The small model often misses a short foreign name at the start of a sentence ("Ana Ruiz spoke
with …", "Chilean President Ana Ruiz said"): no entity at all, so the quote has no named
speaker and the contact no party. A run of two or three capitalised proper nouns that no other
mention covers is a person when something says so (its first word is a forename the gender
lists know, a title stands before it, a post one person holds stands in apposition after it,
or the model tagged its last word alone as a person elsewhere), none of
its words is a place or a body ("Victoria Station", "Grace Church", "Virginia Beach"), the
last is no plural ("the Charlotte Hornets"), and the sentence uses it as an actor: the subject
or object of a verb, the object of a preposition, or set beside a noun by apposition.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import gazetteer
from ..cues import is_speech_verb
from ..entity_ids import NAME_PARTICLES, TITLES_BARE, name_parts, strip_titles, surname_shape
from ..gender import forename_gender
from .mentions import ROLE_NOUNS, is_run, name_tokens, person_initials

if TYPE_CHECKING:  # spaCy types only annotate
    from spacy.tokens import Token

    from .clusters import Cluster
    from .index import EntityIndex

# Last words that make a forename-led name a place, a building, a body or a team.
_NOT_A_SURNAME = frozenset("""
station line church cathedral chapel beach street road avenue square park bridge river lake bay
island islands hall house tower college university school academy institute hospital clinic
foundation fund trust center centre airport port harbour harbor stadium arena museum gallery
theatre theater hotel club society company group bank road memorial county city town valley
shoal shoals reef strait sea gulf peninsula mountain mountains hill hills cape point canyon falls
glacier atoll channel sound
""".split())
# Posts only a person holds, in apposition to a name the forename lists do not know.
_POSTS = ROLE_NOUNS | frozenset("mp lawmaker senator governor mayor candidate chairman chairwoman".split())
_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "dative", "conj", "agent", "attr"})


def add_untagged_people(index: EntityIndex) -> None:
    """Register the untagged forename-and-surname runs of the document (see the module)."""
    doc = index.doc
    i = 0
    while i < len(doc):
        if not _name_word(doc[i]):
            i += 1
            continue
        j = i
        while j < len(doc) and (_name_word(doc[j]) or _forename_misread(doc, j)
                                or j > i and _surname_as_nationality(doc[j]) or j > i and _particle(doc, j)):
            j += 1
        # "President Ana Ruiz": the name without the title before it
        kept = len(strip_titles([t.text for t in doc[i:j]]))
        run = doc[j - kept:j]
        titled = kept < j - i  # "President Kemi Ade": a title says person whatever the forename
        particles = sum(1 for t in run if t.text.islower())
        if 2 <= len(run) - particles <= 3 and not _goes_on_before(doc, i) and _a_person(index, run, titled):
            index.add(run, "person")
        elif titled and 1 <= len(run) <= 2 and not any(index.is_mentioned(t.i) for t in doc[i:j]):
            host = person_holding(index, run.text)
            if host is not None:  # "Prince Alwaleed" after "Prince Alwaleed bin Talal": that person
                index.add(doc[i:j], "person", name=host.name)
        i = j


def person_holding(index: EntityIndex, words: str) -> Cluster | None:
    """The one person whose full name holds ``words`` as a run (a title's forename or part of
    the name: "Prince Alwaleed", "Sheikh Tamim"), which the model left untagged or read as a
    nationality or the title of a work; None when no one or several do."""
    if _initials(words):  # "AMLO"
        return initials_holder(index, words)
    short = name_tokens(words)
    hosts = [c for c in index.clusters if c.type == "person" and is_run(short, name_tokens(c.name))]
    if not hosts and len(short) == 1 and len(short[0]) >= 6:
        # "Zelenskiy" after "Volodymyr Zelensky": the surname spelled another way (a long one,
        # so that "Lee" and "Li" stay apart)
        shape = surname_shape(short[0])
        hosts = [c for c in index.clusters if c.type == "person" and len(name_tokens(c.name)) > 1
                 and surname_shape(name_parts(c.name)[1]) == shape]
    return hosts[0] if len(hosts) == 1 else None


def initials_holder(index: EntityIndex, initials: str) -> Cluster | None:
    """The one person of three or more name words whose initials, particles included, are
    ``initials`` ("MBS" for Mohammed bin Salman); None for a name the gazetteer knows ("WHO")
    or when no one or several match."""
    if not _initials(initials):
        return None
    hosts = [c for c in index.clusters if c.type == "person" and len(name_tokens(c.name)) >= 3
             and person_initials(c.name) == initials]
    return hosts[0] if len(hosts) == 1 else None


def _initials(words: str) -> bool:
    return re.fullmatch(r"[A-Z]{3,5}", words) is not None and gazetteer.lookup(words) is None


def _name_word(tok: Token) -> bool:
    # (the model also reads a name as the title of a work: "Rosa Lund told AFP")
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper() \
        and tok.ent_type_ in ("", "WORK_OF_ART")


def _particle(doc, j: int) -> bool:  # noqa: ANN001 - a spaCy Doc
    """A lower-case particle inside a forename-led name: a name word before it, and a name
    word (or another particle) after it."""
    tok = doc[j]
    if tok.text not in NAME_PARTICLES or j + 1 >= len(doc) or not _name_word(doc[j - 1]) and doc[j - 1].text not in NAME_PARTICLES:
        return False
    nxt = doc[j + 1]
    return _name_word(nxt) or nxt.text in NAME_PARTICLES and j + 2 < len(doc) and _name_word(doc[j + 2])


def _surname_as_nationality(tok: Token) -> bool:
    """ "Rosine Kalbakian": a surname after an untagged forename, which the model read as a
    nationality; no demonym or faith the gazetteer knows."""
    return tok.ent_type_ == "NORP" and tok.pos_ == "PROPN" and tok.is_alpha and tok.is_title \
        and tok.ent_iob_ == "B" and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I") \
        and not gazetteer.demonym_token(tok) and not gazetteer.lookup(tok.text)


def _forename_misread(doc, j: int) -> bool:  # noqa: ANN001 - a spaCy Doc
    """ "Representative Per Lind", "Senator Will Hurd": a forename that is also a function
    word, which the tagger reads as one ("Per" a preposition, "Will" an auxiliary), between a
    person's title and a name word."""
    tok = doc[j]
    return 0 < j < len(doc) - 1 and tok.pos_ in ("ADP", "AUX", "VERB", "SCONJ", "CCONJ", "ADV") and tok.is_alpha \
        and tok.text.istitle() and not tok.is_sent_start and doc[j - 1].lower_.rstrip(".") in TITLES_BARE \
        and doc[j - 1].text.istitle() and _name_word(doc[j + 1])


def _a_person(index: EntityIndex, run, titled: bool = False) -> bool:  # noqa: ANN001 - a spaCy Span
    if any(index.is_mentioned(t.i) for t in run):
        return False
    if forename_gender(run.text) is None and not titled and not _described_as_person(run[-1]) \
            and not _surname_of_a_person(index, run[-1]):
        return False
    last = run[-1]
    if last.lower_ in _NOT_A_SURNAME or last.tag_ == "NNPS" or last.text.endswith("s") and last.text[:-1].lower() in _NOT_A_SURNAME:
        return False
    if any(gazetteer.lookup(t.text) is not None or gazetteer.country(t.text) or gazetteer.demonym_token(t) for t in run):
        return False
    if any(t.ent_type_ == "WORK_OF_ART" for t in run) and not (
            last.dep_ in ("nsubj", "nsubjpass") and is_speech_verb(last.head.lemma_)):
        return False  # a title of a work ("Rush Hour") unless it speaks ("Rosa Lund told AFP")
    before = run.doc[run.start - 1] if run.start > 0 else None
    if before is not None and before.lower_ == "the" and before.head.i == last.i:
        return False  # "the Elizabeth Line": a name with an article is a thing's
    return last.dep_ in _ACTOR_DEPS


def _described_as_person(last: Token) -> bool:
    """"Kemi Ade, the opposition leader,", "the mayor, Jan de Vries,": a name set beside a post
    held by one person, after it or before it."""
    post = last.head
    if last.dep_ == "appos" and post.i < last.i and post.tag_ == "NN" and post.lemma_.lower() in _POSTS \
            and any(t.text == "," for t in last.doc[post.i + 1:last.i]):
        return True
    return any(c.dep_ == "appos" and c.i > last.i and c.tag_ == "NN" and c.lemma_.lower() in _POSTS
               for c in last.children)


def _surname_of_a_person(index: EntityIndex, last: Token) -> bool:
    """Whether the model tagged ``last`` alone as a person elsewhere in the document: "Ewan
    Carrick has fished …" untagged, then "Carrick" a person; a forename the lists do not know
    is still a forename before a surname the document gives a person."""
    word = last.text.lower()
    return any(c.type == "person" and c.name.lower() == word for c in index.clusters)


def _goes_on_before(doc, i: int) -> bool:  # noqa: ANN001 - a spaCy Doc
    """True when a capitalised word that is no title, country or demonym stands right before
    the run starting at ``i``: "Second Thomas Shoal" is a name going on before the forename."""
    before = doc[i - 1] if i > 0 else None
    return before is not None and before.text[:1].isupper() and before.is_alpha and not before.is_sent_start \
        and strip_titles([before.text, "x"]) != ["x"] and not gazetteer.country(before.text) \
        and not gazetteer.demonym_token(before)
