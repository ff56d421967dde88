"""The words and dependencies the boundary rules share: a clause's own subject, a verb's
complements, subjects that say nothing of who acts, personal pronouns, the occasions speech is
given on, and a report of someone's own among a stretch of words."""

from __future__ import annotations

from spacy.tokens import Token

from ..cues import SPEAKER_PRONOUNS, is_speech_verb

OWN_SUBJECT = ("nsubj", "nsubjpass", "expl", "csubj")
COMPLEMENTS = ("dobj", "xcomp", "ccomp", "dative", "attr")

# Subjects that say nothing of who acts: "it was too early", "there were talks".
EMPTY_SUBJECTS = frozenset("it this that there".split())
# Personal pronouns as a clause's subject: a speaker's, and "you" of the words a speaker said.
PERSONAL = SPEAKER_PRONOUNS | {"you"}

# Occasions and channels of speech, in which words are said ("in a televised address that …").
OCCASIONS = frozenset("""address speech statement interview briefing conference hearing meeting debate rally
remark remarks appearance session call message letter post tweet video broadcast forum event testimony
""".split())


def own_report(tokens: list[Token]) -> bool:
    """A speech verb with a subject of its own among ``tokens``: a report of someone's own."""
    return any(t.pos_ == "VERB" and is_speech_verb(t.lemma_) and any(c.dep_ in OWN_SUBJECT for c in t.children)
               for t in tokens)


def channel_phrase(prep: Token) -> bool:
    """ "dismissed the attacks in a Fox News interview", "praised the deal during his speech":
    the occasion the speaker said it on, which the parse may hang on the object; a new one ("a",
    "an") or one owned by a pronoun. "denied the claims in the letter" keeps a letter already
    named, where the claims may have been made."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
        return False
    noun = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in OCCASIONS and noun.lower_ not in OCCASIONS:
        return False
    det = next((g for g in noun.children if g.dep_ in ("det", "poss")), None)
    return det is not None and (det.lower_ in ("a", "an") or det.dep_ == "poss" and det.pos_ == "PRON")
