"""The speaker written after its cue or between a quotation and its cue, read off the words
rather than the parse: an inverted subject ("said Wu Xinbo", "said the 52-year-old", "said one
of the witnesses"), the name before the verb (“…,” Tulsa police Chief Chuck Jordan said), the
source noun a body's name modifies ("a Pentagon official"), never the one a verb charges or
the object of a series of verbs (nor of a title's second verb).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..cues import PREP_CUES
from ..layout import Layout
from ..quote_frames import age_speaker
from ..speaker_words import CHAMBER_MEMBER_NOUNS, agentive
from ..speakers import PERSON_NOUNS, SOURCE_NOUNS
from .misparsed_subjects import surname_read_as_adverb
from .speaker_candidates import NOT_SPEAKERS, fits, name_head, one_of, own_subject


def inverted_subject(verb: Token, in_quote: set[int]) -> Token | None:
    """"said Wu Xinbo", "added Rep. Jim Clyburn (D-S.C.)": the name right after the verb."""
    doc = verb.doc
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "to warn her supporters": after an infinitive stands its object, never its subject
    for tok in doc[verb.i + 1: verb.i + 4]:
        age = age_speaker(tok)
        if age is not None and fits(age, verb, in_quote):
            return age  # "said the 52-year-old"
        if one_of(tok) and fits(tok.nbor(), verb, in_quote):
            return tok  # "said one of two witnesses": "one" is no count here but the speaker
        if tok.pos_ == "ADV" and tok.i == verb.i + 1 and surname_read_as_adverb(tok) and fits(tok, verb, in_quote):
            return tok
        if tok.is_punct or tok.ent_type_ in NOT_SPEAKERS or tok.pos_ in ("ADV", "ADP"):
            break
        if tok.pos_ in ("PROPN", "NOUN") and fits(tok, verb, in_quote):
            if _charged_object(verb, name_head(tok)) or _object_of_a_series(verb, name_head(tok)) \
                    or _second_verb_of_a_title(verb, name_head(tok)):
                return None
            return name_head(tok)
    return None


def _object_of_a_series(verb: Token, tok: Token) -> bool:
    """"Lee described the plan as “careless,” criticized its cost and said …": the verb after
    the quotation is one of a series of verbs sharing the subject before it, and the noun after
    it is its object, not an inverted subject (as in "“…,” said the mayor, adding …")."""
    return tok.dep_ == "dobj" and tok.head.i == verb.i and any(
        c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i for c in verb.children)


def _second_verb_of_a_title(verb: Token, tok: Token) -> bool:
    """"Lula slams 'absurd' tariffs, vows response": a title runs two present-tense verbs of one
    subject after a comma; the parse makes the first clause the second verb's report, but the
    noun after that verb is its object, not an inverted subject."""
    doc = verb.doc
    if tok.dep_ != "dobj" or tok.head.i != verb.i or verb.tag_ != "VBZ" or verb.i == 0 or doc[verb.i - 1].text != ",":
        return False
    return any(c.dep_ == "ccomp" and c.i < verb.i and c.tag_ == "VBZ" and c.right_edge.i + 1 == verb.i - 1
               and any(g.i < c.i and (g.dep_ == "nsubj" or g.dep_ == "compound" and g.pos_ == "PROPN")
                       for g in c.children) for c in verb.children)  # (the name may hang on the verb as a compound)


def _charged_object(verb: Token, tok: Token) -> bool:
    """"accused Reade of …", "blamed the mayor for …": the name after a verb that charges
    someone with something is whom it charges, not an inverted subject."""
    preps = PREP_CUES.get(verb.lemma_.lower(), ())
    return tok.dep_ == "dobj" and tok.head.i == verb.i and any(
        c.dep_ == "prep" and c.lower_ in preps and c.i > tok.i for c in verb.children)


def between_speaker(doc: Doc, first: int, verb: Token, in_quote: set[int], layout: Layout) -> Token | None:
    """The speaker written between a quote and its cue (“…,” Tulsa police Chief Chuck
    Jordan said), read off the words rather than the parse, which often goes wrong there."""
    span = doc[first:verb.i]
    words = [t for t in span if not t.is_punct and not t.is_space]
    own = own_subject(verb)
    if words and words[0].pos_ == "ADP" and own is not None and own.i > verb.i:
        return None  # “We are happy” about the vote, said Ann Olsen: the words between end the quoted sentence
    for tok in span:
        age = age_speaker(tok)
        if age is not None and age.i < verb.i and fits(age, verb, in_quote):
            return age  # “…?” the 43-year-old asked
    own = own_subject(verb)
    if own is not None and first <= own.i < verb.i and own.ent_type_ == "PERSON" and fits(own, verb, in_quote):
        # “I admire the mechanics” of the Lee proposals, Mr. Holt said: the verb's own subject,
        # not a name in the words before it
        return name_head(own)
    for ent in layout.ents_in(first, verb.i):
        last = ent[-2] if len(ent) > 1 and ent[-1].dep_ == "case" else ent[-1]  # "Lee's", tagged with its "'s"
        if ent.label_ == "PERSON" and _owner_of_later(last, verb):
            continue  # “…,” Lee's spokeswoman Ann Roe said: Roe (or the spokeswoman) speaks, not Lee
        if ent.label_ == "PERSON" and _whom_the_subject_serves(last, own, verb):
            continue  # “…,” a spokesman for Lee said: the spokesman speaks, not Lee
        if ent.label_ == "PERSON" and fits(last, verb, in_quote):
            return last
    for tok in span:
        if one_of(tok):
            return tok  # “…,” one of the witnesses said
        if _owner_of_later(tok, verb):
            continue  # “…,” the group's spokeswoman, Ann Roe, said: the spokeswoman speaks, not the group
        if tok.pos_ in ("PROPN", "NOUN", "PRON") and fits(tok, verb, in_quote):
            head = name_head(tok)
            noun = _source_it_modifies(head, verb)
            return noun if noun is not None and fits(noun, verb, in_quote) else head
    return None


def _source_it_modifies(head: Token, verb: Token) -> Token | None:
    """“…,” one senior GOP aide told reporters; “…,” a Pentagon official said: a body's name
    written before a source noun only says whose the source is; the source speaks, as
    "a Republican aide" does, and the body stays in the description. A name with its own "of"
    hangs on the noun as a modifier: “…,” the Bank of England governor said: the governor."""
    noun = head.head
    if not head.ent_type_ or head.dep_ not in ("compound", "nmod") or not head.i < noun.i < verb.i:
        return None
    if noun.pos_ == "PROPN" and noun.lower_ in CHAMBER_MEMBER_NOUNS and noun.dep_ in ("nsubj", "nsubjpass") \
            and noun.head.i == verb.i:
        return noun  # “…,” a Labour MP said: the model tags "MP" a proper noun; the member speaks, not the party
    if noun.pos_ != "NOUN":
        return None
    if noun.lower_ in SOURCE_NOUNS or noun.lower_ in PERSON_NOUNS:
        return noun
    # one who holds a post at a body named with its own "of" ("the Bank of Canada governor"),
    # only as the last word before the cue: a noun further on is the name's own thing. A bare
    # compound stays as before: "an NBC reporter", "a Clinton endorser" speak for the name
    # written, and a described person there adds a post no reader lists
    return noun if head.dep_ == "nmod" and agentive(noun) and noun.tag_ == "NN" and noun.i + 1 == verb.i else None


def _whom_the_subject_serves(tok: Token, own: Token | None, verb: Token) -> bool:
    """Whether ``tok`` is the object of a preposition on the verb's own subject, a common
    noun before the verb: in "a spokesman for Lee said", "an aide to Lee said" the noun is
    who speaks, and Lee whom that one works for."""
    return own is not None and own.pos_ == "NOUN" and own.i < verb.i and tok.dep_ == "pobj" \
        and tok.head.dep_ == "prep" and tok.head.head.i == own.i


def _owner_of_later(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` is (part of) a possessor whose noun comes later, before the cue: in
    "the party's spokesman said" the possessor is whom the speaker works for."""
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
        tok = tok.head
    return tok.dep_ == "poss" and tok.i < tok.head.i < verb.i

