"""Whether a tie between sides is told as a fact: ``asserted`` (no negation, plan, wish or
condition), and not still to come, taken back, or refused further up the sentence. Shared by
the alliance, rivalry and bloc rules."""

from __future__ import annotations

from spacy.tokens import Token

from ._context import asserted

# Verbs that take back or end a tie held before: "rescinded his endorsement of X", "withdrew
# its support for Y".
_UNDONE_VERBS = {"rescind", "retract", "revoke", "withdraw", "pull", "drop", "renounce", "reconsider", "lose"}


# Verbs of a choice not yet made: "leaning toward supporting Trump", "weighing whether to back X".
_UNDECIDED = {"lean", "mull", "weigh", "ponder", "contemplate", "debate", "eye"}
# "new sanctions", "fresh strikes": new, but done when the verb says so
_FRESH = {"new", "fresh", "further", "additional", "another", "more"}
_STILL_TO_COME = {"upcoming", "planned", "proposed", "possible", "potential", "future", "expected", "prospective"}
_ORDINALS = {"first", "second", "third", "last", "latest", "only", "next", "newest"}
# Nouns of a deed not done: "his refusal to condemn X", "her failure to back Y".
_NOT_DONE_NOUNS = {"refusal", "failure", "reluctance", "hesitancy", "hesitation", "unwillingness", "inability"}


def _first_to(tok: Token) -> bool:
    """ "the first Democrat to endorse", "the latest senator to back": an infinitive that
    tells what its noun did, not a plan (as "an invitation to visit" is)."""
    return tok.pos_ == "VERB" and tok.dep_ in ("relcl", "acl") and tok.head.dep_ in ("attr", "nsubj", "appos") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
        and any(c.lower_ in _ORDINALS for c in tok.head.children) and tok.head.head.pos_ in ("AUX", "VERB")


def _done_afresh(tok: Token) -> bool:
    """ "imposed new sanctions on Moscow", "approved fresh aid": a noun that is new but whose
    verb is told in the past or present tense is done, not still to come."""
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.tag_ in ("VBD", "VBN", "VBZ", "VBP") \
        and any(c.dep_ == "amod" and c.lower_ in _FRESH for c in tok.children) \
        and not any(c.dep_ == "amod" and c.lower_ not in _FRESH and c.lower_ in _STILL_TO_COME for c in tok.children)


def told_as_fact(tok: Token, steps: int = 8, predictions: bool = False) -> bool:
    """``asserted``, and not "has yet to endorse", "rescinded his endorsement of", "declined
    to affirm his support for": a tie still to come, taken back, or refused further up.
    ``predictions`` as for ``asserted``."""
    if _first_to(tok):  # "X was the first Democrat to endorse Y": as true as "X was"
        return asserted(tok.head.head, steps)
    if not (asserted(tok.head, steps) if _done_afresh(tok) else asserted(tok, steps, predictions)):
        return False
    to = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is not None and to.i > 0 and tok.doc[to.i - 1].lower_ in _NOT_DONE_NOUNS:
        return False  # "blamed his hesitancy to condemn X", the infinitive hung on the verb by the parse
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and (
            any(c.lower_ == "yet" for c in tok.head.children) or tok.head.lemma_.lower() == "be"
            or tok.head.lower_ == "used" and tok.dep_ == "xcomp"):
        return False  # "has yet to endorse X", "how likely X was to defeat Y", "used to support X": no more
    t = tok
    for _ in range(3):
        if t.dep_ in ("pcomp", "pobj", "prep", "xcomp") and t.head.i != t.i:
            t = t.head
            if t.pos_ == "VERB" and t.lemma_.lower() in _UNDECIDED:
                return False  # "leaning toward supporting X"
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        verb = tok.head
        if verb.lemma_.lower() in _UNDONE_VERBS:
            return False
        if verb.dep_ in ("xcomp", "ccomp") and not told_as_fact(verb, 2):
            return False  # "declined to affirm his support for …"
        if verb.dep_ == "acl" and verb.head.lower_ in _NOT_DONE_NOUNS:
            return False  # "his reluctance to affirm his support for …"
    if any(_until_recently(t) for t in (tok, tok.head)):
        return False  # "X, which until recently had aligned itself with Y": no more
    return True


def _until_recently(t: Token) -> bool:
    """ "until recently" said of ``t``: a state that has ended."""
    doc = t.doc  # the parse hangs "recently" on "until" or beside it on the verb
    return any(c.lower_ == "until" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "recently" for c in t.children)


def modifies_noun(verb: Token) -> bool:
    """A participle used as a noun's modifier ("the attacking side"): it tells no act."""
    return verb.tag_ == "VBG" and verb.dep_ in ("amod", "acl")


def match_set(verb: Token) -> bool:
    """``told_as_fact``, or a contest already set that the sentence tells in the future: "X
    will face Y in the primary", "Grassley is up for re-election and will face off with Y",
    "Ryan, who will face challenger Y on Tuesday". The two are candidates in one race now,
    so readers list them as opponents; "will" is the only modal let through ("could face",
    "would face" are guesses), and not negated, nor under "if"/"unless"."""
    if told_as_fact(verb):
        return True
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ not in ("will", "'ll") for c in verb.children) \
            or any(c.dep_ in ("neg", "mark") for c in verb.children):
        return False
    if any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
           for c in verb.children):
        return False  # "if nominated, she will face X"
    if verb.dep_ == "ROOT":
        return True
    if verb.dep_ in ("relcl", "conj"):
        return asserted(verb.head, steps=4)  # "X, who will face Y": as true as what X's clause tells
    return False
