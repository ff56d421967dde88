"""The speaker token of a cue: the head of the mention that speaks for a speech verb or an
"according to", the readings tried in turn. The verb's own subject (or the one the parse
misread: ``misparsed_subjects``), the agent of a passive while the one asked or told is only
the addressee (``passive_cues``), a name set beside the subject ("one of his advisers, Tad
Morrow"), the crowd of a relative clause before a chant, the reporter a participle continues
("said …, adding"), the subject of the clause before a loose verb, an inverted subject
(``inverted_speakers``), and the object of a colon intro or a presenting "here is".
"""

from __future__ import annotations

from spacy.tokens import Token

from ..addressees import OBJECT_AUDIENCE_VERBS
from ..boundaries.acts import cue_of_act
from ..quotes import QUOTE_MARKS
from ..speakers import SUBJECT_DEPS, subject_of
from .drafts import speech_word
from .inverted_speakers import inverted_subject
from .misparsed_subjects import cleft_subject, past_dash_aside, person_right_before, subject_as_parsed, subject_lost_in_parse
from .passive_cues import asked_passive, is_passive, quoted_as_saying
from .speaker_candidates import fits, name_head, one_of


def speaker_token(verb: Token, in_quote: set[int], quotation: bool = False) -> Token | None:
    """The head of the speaker's mention for a cue; ``quotation`` when the cue is a direct
    quotation's (whose words a "was asked" gives to nobody named rather than to the one asked;
    reported speech keeps its subject: "Lee was asked how it would end" still needs one)."""
    if verb.lower_ == "according":
        return _according_to_source(verb, in_quote)
    if verb.text == ":":
        return None
    if (quoted := quoted_as_saying(verb)) is not None:
        return quoted if fits(quoted, verb, in_quote) else None
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    subj = subject_as_parsed(verb)
    if is_passive(verb) and (verb.lemma_.lower() in OBJECT_AUDIENCE_VERBS and verb.tag_ == "VBN"
                             or subj is not None and subj.dep_ == "nsubjpass"):
        # "Reed was told by the governor that …", "Ruiz was asked by host Dan Pratt, “…?”",
        # "was called a “quack” by physicians": the agent speaks; with none named, the one
        # asked or told is only the addressee
        if fits(agent, verb, in_quote):
            return agent
        if quotation and subj is not None and subj.dep_ == "nsubjpass" and asked_passive(verb):
            return None
    if (named := _named_beside_subject(subj, verb, in_quote)) is not None:
        return named
    if fits(subj, verb, in_quote):
        return subj
    if subj is None and verb.tag_ in ("VBD", "VBZ", "VBP"):
        # "In a statement to the Gazette, her aide, Tom Berring, said: “…”": the parse hung the
        # subject on a noun before it and left the verb none; the name right before it speaks
        lost = subject_lost_in_parse(verb, in_quote)
        if lost is not None and fits(lost, verb, in_quote):
            return lost
    if subj is not None and subj.ent_type_ in ("DATE", "TIME") and subj.i < verb.i:
        # "Saturday at the party convention Sen. Ann Pell (D-MA) said …": the parse made the
        # fronted day the subject and the name an object inside its phrase
        named = person_right_before(verb)
        if fits(named, verb, in_quote):
            return named
    if fits(agent, verb, in_quote):  # passive: "was written by Springsteen"
        return agent
    if verb.tag_ == "VBG" and verb.i > 0:
        # "footage of Hillary Clinton asking, “…”": the noun the participle hangs on
        left = verb.doc[verb.i - 1]
        if left.pos_ in ("PROPN", "NOUN", "PRON") and fits(left, verb, in_quote):
            return left
    crowd = _crowd_of_clause_before(verb)
    if crowd is not None and fits(crowd, verb, in_quote):
        return crowd
    act_of = cue_of_act(verb)
    if act_of is not None:
        # "said the interference was unacceptable and ordered …": the speaker ordered
        return speaker_token(act_of, in_quote)
    reporter = _reporting_ancestor(verb)
    if reporter is not None:
        # "X said the plan would work, adding …": the parse hangs the participle on the
        # reported clause, but it goes on with the report, so the reporter says it
        subj = speaker_token(reporter, in_quote)
        if subj is not None:
            return subj
    subj = subject_of(verb)
    if subj is not None and (cleft := cleft_subject(subj, verb)) is not None and fits(cleft, verb, in_quote):
        return cleft
    if fits(subj, verb, in_quote):
        who = _relative_who(subj, verb)
        # "Berg, who last week shook up the race by questioning …": the "who" speaks, as it
        # does for the relative clause's own verb ("Berg, who questioned …"), so the mention
        # is read the same way whichever verb of the clause is the cue
        return who if fits(who, verb, in_quote) else subj
    if verb.tag_ == "VBG":
        return None  # "telling the crowd": the noun after a participle is whom it was told
    return inverted_subject(verb, in_quote)


def _according_to_source(verb: Token, in_quote: set[int]) -> Token | None:
    """The source of an "according to" ("according to officials"): the object of its "to" (or
    of a "show" in it); None when it cannot speak."""
    for child in verb.subtree:
        if child.dep_ in ("pobj", "dobj") and child.head.lower_ in ("to", "show") or \
                child.dep_ == "pobj" and child.head.head.lower_ == "according":
            return child if fits(child, verb, in_quote) else None
    return None


def _named_beside_subject(subj: Token | None, verb: Token, in_quote: set[int]) -> Token | None:
    """The name the parse set beside the verb's subject, who speaks rather than the subject: after
    "one of" a group, closing a dash aside, or in apposition to a body that a role ties it to."""
    if subj is not None and one_of(subj):
        # "One of his advisers, Tad Morrow, told reporters …": the name set beside "one" speaks
        named = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if fits(named, verb, in_quote):
            return named
    if subj is not None and (after := past_dash_aside(subj, verb)) is not None and fits(after, verb, in_quote):
        return after  # "In the letter - sent to the auditor, Ana Ruiz - the senator asks …"
    if subj is not None and subj.ent_type_ in ("ORG", "GPE", "NORP"):
        # "The Royal College of Nursing's general secretary, Ann Roe, said": the parse made
        # the body the subject and hung the name on it; a person is no body's apposition,
        # but the one the role between them describes
        named = next((c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                      and any(t.dep_ == "poss" for t in subj.subtree)), None)
        if fits(named, verb, in_quote):
            return named
    return None


def _relative_who(noun: Token, verb: Token) -> Token | None:
    """The "who" subject of the relative clause of ``noun`` that ``verb`` stands in."""
    for rel in noun.children:
        if rel.dep_ == "relcl" and rel.left_edge.i <= verb.i <= rel.right_edge.i:
            return next((c for c in rel.children if c.dep_ in SUBJECT_DEPS and c.lower_ == "who"), None)
    return None


def _reporting_ancestor(verb: Token) -> Token | None:
    """The speech verb a participle set off by a comma continues when the parse hangs it on
    a clause inside that verb's report ("Lee said the plan would work, adding …", "Lee testified
    that she never met him, explaining, …", "Lee said …, after Kim won, remarking …"): the
    nearest speech verb above the participle's own head. None when the participle is not set
    off, has a subject of its own, or its head already is a speech verb."""
    doc = verb.doc
    opener = doc[verb.i - 1] if verb.i > 0 else None
    if verb.tag_ == "VBG" and opener is not None and opener.lower_ in ("while", "before", "after") \
            and (opener.head.i == verb.i or verb.dep_ == "pcomp" and verb.head.i == opener.i):
        # "insisted it was “premature” to back her while adding, “…”": the subordinator sets the
        # participle off as well as a comma would
        verb = opener if verb.dep_ == "pcomp" else verb
    else:
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "xcomp") or verb.left_edge.i == 0:
            return None
        k = verb.left_edge.i - 1
        while k > 0 and doc[k].text in QUOTE_MARKS:
            k -= 1  # “… values,” stating …: the comma closed the quotation
        if doc[k].text not in (",", "\u2014", "\u2013", "-", ";") or verb.left_edge.i != verb.i:
            return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or speech_word(verb.head):
        return None
    tok = verb.head
    for _ in range(6):
        # up through the reported clause and its conjuncts; a subordinate clause with a
        # subject of its own ("…, though he used stronger words, saying …") is its own report
        if tok.head.i == tok.i or tok.dep_ not in ("ccomp", "advcl", "conj", "xcomp") or \
                tok.dep_ == "advcl" and any(c.dep_ in SUBJECT_DEPS for c in tok.children):
            return None
        tok = tok.head
        if speech_word(tok) and tok.i < verb.i and tok.lower_ != "according":
            return tok
    return None


def clause_subject_before(verb: Token, in_quote: set[int]) -> Token | None:
    """The nearest subject before ``verb`` in its sentence, outside quotes, whose own verb
    stands before ``verb`` too: "Ortiz seemed ready to joke about it, telling …" → Ortiz."""
    anywhere = getattr(in_quote, "anywhere", in_quote)
    for tok in reversed(verb.doc[verb.sent.start:verb.i]):
        if tok.i in anywhere or tok.dep_ not in SUBJECT_DEPS or tok.head.i >= verb.i:
            continue
        if tok.lower_ in ("which", "that", "who", "it", "there") and tok.head.i < verb.i:
            return None  # a relative or an empty subject ("It is worth noting")
        return tok if fits(tok, verb, in_quote) else None
    return None


# What a crowd does with its voice or its hands while gathered ("chanting", "waving signs").
_CROWD_VERBS = frozenset("chant shout sing yell scream cheer boo jeer wave hold carry".split())


def _crowd_of_clause_before(verb: Token) -> Token | None:
    """"Lee spoke near the harbour, where about 50 dock workers had gathered, chanting “…”":
    the parse hangs the participle on the main verb, but a crowd's participle right after a
    relative clause whose subject is a crowd goes on with that clause: the workers chant."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in _CROWD_VERBS:
        return None
    first = verb.head if verb.dep_ == "conj" and verb.head.tag_ == "VBG" else verb  # "waving flags and shouting"
    if first.dep_ != "advcl" or first.lemma_.lower() not in _CROWD_VERBS or first.i < 3 or doc[first.i - 1].text != ",":
        return None
    clause = doc[first.i - 2]
    while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.head.i < first.i:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.right_edge.i != first.i - 2:
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.tag_ == "NNS" else None


def colon_object(verb: Token, subj: Token | None, in_quote: set[int]) -> Token | None:
    """"The timing of the surge doesn't surprise pollster Mia Lund: “…”": a colon intro whose
    verb is no speech verb and whose subject is a thing (a common noun no name stands for)
    hands the quotation to the person its object names. None otherwise."""
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ or verb.tag_ not in ("VBD", "VBZ", "VBP", "VB"):
        return None  # a name or a pronoun as subject speaks itself; "…, quoting Lee:" quotes Lee
    if verb.lemma_.lower() not in _AFFECT_VERBS:
        return None  # "The audit blames Governor Lee: “…”": the audit's words, not Lee's
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    head = name_head(obj) if obj.pos_ == "PROPN" else next(
        (c for c in obj.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > obj.i), None)
    if head is None or head.ent_type_ != "PERSON":
        return None
    return head if fits(head, verb, in_quote) else None


# Verbs of a feeling caused in someone, whose object then speaks ("doesn't surprise X: “…”").
_AFFECT_VERBS = frozenset("""surprise worry puzzle frustrate concern alarm delight anger bother trouble please
disappoint encourage reassure amuse annoy shock baffle""".split())

_BE = frozenset({"is", "'s", "\u2019s", "was"})


def here_is(before: list[Token]) -> Token | None:
    """"Here's Ortiz in March: “…”", "Here is how Lee put it:": the person a presenting
    "here is" names before the colon speaks."""
    words = [t for t in before if not t.is_space]
    if len(words) < 4 or words[-1].text != ":" or words[0].lower_ != "here" or words[1].lower_ not in _BE:
        return None
    for tok in words[2:-1]:
        if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN" and tok.ent_type_ in ("", "ORG"):
            return name_head(tok)  # the small model leaves a rare surname untyped
        if tok.pos_ in ("VERB", "ADP") and tok.lower_ != "how":
            break
    return None
