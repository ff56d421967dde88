"""COMMUNICATED_WITH: who talked to, met, called or wrote to whom."""

from __future__ import annotations

from spacy.tokens import Token

from ..cues import COMMUNICATION_VERBS
from ..speakers import subject_of
from ._context import Context

_COMM_NOUNS = {"call", "conversation", "talk", "talks", "meeting", "discussion", "phone", "exchange",
               "summit", "chat", "negotiation", "negotiations", "conference"}
_COMM_VERB_PREPS = {"speak": ("with", "to"), "talk": ("with", "to"), "write": ("to",), "meet": ("with",),
                    "chat": ("with",), "confer": ("with",), "negotiate": ("with",), "discuss": ("with",),
                    "hold": ("with",), "have": ("with",)}
# Verbs that communicate only through their object noun: "held talks with X".
_LIGHT_VERBS = {"hold", "have"}
# Verbs whose plural subject communicates within itself: "Macron and Scholz spoke by phone".
_RECIPROCAL_VERBS = {"speak", "talk", "meet", "confer", "chat", "negotiate"}


_COMM_VERBS = COMMUNICATION_VERBS | set(_COMM_VERB_PREPS)
TRIGGER_WORDS: frozenset[str] = frozenset()  # verbs and nouns pass the sieve anyway


def at_token(ctx: Context, tok: Token) -> None:
    """The communication rules that start at ``tok``."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _COMM_VERBS:
        communication_verb(ctx, tok)
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in _COMM_NOUNS:
        communication_noun(ctx, tok)


def communication_verb(ctx: Context, verb: Token) -> None:
    if verb.dep_ in ("amod", "acl") and verb.tag_ == "VBG":
        return  # "told visiting Foreign Minister X": an attribute, not an act
    subj_tok = subject_of(verb)
    source = ctx.ent(subj_tok, resolve=True)
    if source is None or source.type not in ("person", "country", "organization"):
        return
    if subj_tok.pos_ == "PRON" and not ctx.was_subject(source, subj_tok):
        return  # "He was also meeting …" after "the Iranian official met X": he is not X
    lemma = verb.lemma_.lower()
    if lemma in _LIGHT_VERBS and not any(c.dep_ == "dobj" and c.lemma_.lower() in _COMM_NOUNS - {"call", "phone"}
                                         for c in verb.children):
        return  # "held talks with X" communicates; "held a stake with X" does not
    if lemma == "call" and any(c.dep_ in ("oprd", "xcomp", "ccomp", "prt") for c in verb.children):
        return  # "called the talks productive", "called for", "called on"
    targets: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and lemma in COMMUNICATION_VERBS:
            targets.append(child)
        elif child.dep_ in ("ccomp", "xcomp") and lemma in ("advise", "urge", "ask", "tell", "warn", "invite"):
            # "advised Takaichi not to provoke Beijing": the addressee parsed as the subject below
            if any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
                targets.extend(g for g in child.children if g.dep_ == "nsubj" and g.i < child.i and g.pos_ == "PROPN")
        elif child.dep_ == "prep" and child.lower_ in _COMM_VERB_PREPS.get(lemma, ()):
            targets.extend(g for g in child.children if g.dep_ == "pobj")
    if not targets and lemma in _RECIPROCAL_VERBS and subj_tok.pos_ != "PRON" and _with_each_other(verb):
        # "Macron and Scholz spoke by phone": the conjoined subjects with one another; without
        # a phone or "each other" ("X and Y spoke at the summit", "met in Moscow") they may
        # each have addressed others
        sides = ctx.actors(subj_tok, ("person", "country", "organization"))
        for ts, s in sides[1:]:
            ctx.add(sides[0][1], "COMMUNICATED_WITH", s, ctx.evidence(sides[0][0], ts, verb), 0.7, cue=lemma)
    for target in targets:
        if ctx.ent(target) is None:  # "told Putin's chief advisor Ushakov": the name in apposition
            target = next((c for c in target.children if c.dep_ == "appos" and ctx.ent(c)), target)
        for t in [target, *[c for c in target.children if c.dep_ == "conj"]]:
            obj = ctx.ent(t, resolve=True)
            if obj is None or obj.type not in ("person", "organization", "country"):
                continue
            if lemma in ("visit", "host", "thank", "congratulate") and obj.type != "person":
                continue
            ctx.add(source, "COMMUNICATED_WITH", obj, ctx.evidence(subj_tok, verb, t), 0.8, cue=lemma)


def _with_each_other(verb: Token) -> bool:
    """Whether a verb's subjects talk among themselves: "spoke by phone", "talked over a
    video link", "met each other"; never with an object or a "with"/"to" counterpart."""
    if any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("with", "to") for c in verb.children):
        return False
    words = [t.lower_ for c in verb.children if c.i > verb.i for t in c.subtree]
    if "each other" in " ".join(words) or "one another" in " ".join(words):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("by", "on", "over") and
               any(g.dep_ == "pobj" and g.lemma_.lower() in ("phone", "telephone", "call", "videoconference", "video", "link")
                   for g in c.children) for c in verb.children)


def communication_noun(ctx: Context, noun: Token) -> None:
    """ "a phone call with Trump", "Trump's call with Takaichi", "a conversation between
    X and Y"."""
    if noun.dep_ == "compound":
        return
    if noun.lower_ == "conference" and not any(c.lower_ in ("news", "press", "joint") for c in noun.lefts):
        return  # a conference with many is no exchange between two
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if prep.lower_ == "with":
            if ctx.ent(pobj) is None:  # "a meeting with his counterpart, Wang Yi"
                pobj = next((c for c in pobj.children if c.dep_ == "appos" and ctx.ent(c)), pobj)
            subj_tok = next((c for c in noun.children if c.dep_ == "poss"), None)
            if subj_tok is not None:  # "the call with Xi and Trump's call with Takaichi": the nearest owner
                subj_tok = ([subj_tok] + [c for c in subj_tok.children if c.dep_ == "conj"])[-1]
            if subj_tok is None:
                head = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in ("dobj", "nsubj") else None
                if head is not None and head.pos_ in ("VERB", "AUX"):
                    subj_tok = subject_of(head)
            # a possessive pronoun ("his call with X") is left unresolved: too often wrong
            source = ctx.ent(subj_tok, resolve=subj_tok is not None and subj_tok.dep_ != "poss")
            first = ctx.ent(pobj)
            conjs = [c for c in pobj.children if c.dep_ == "conj"]
            if first is None or first.type == "group":
                conjs = []  # "talks with Russian officials and Witkoff": Witkoff may sit on either side
            for t in [pobj, *conjs]:
                obj = ctx.ent(t)
                if source and obj and {source.type, obj.type} <= {"person", "country", "organization"}:
                    ctx.add(source, "COMMUNICATED_WITH", obj,
                             ctx.evidence(noun, t, *([subj_tok] if subj_tok.i < noun.i else [])), 0.7,
                             cue=noun.lemma_.lower())
        elif prep.lower_ == "between":
            if ctx.ent(pobj) is None:  # "talks between envoys from Ukraine, Russia and the US"
                pobj = next((g for p in pobj.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
                             for g in p.children if g.dep_ == "pobj"), pobj)
            sides = ctx.actors(pobj, ("person", "country", "organization"))
            for k, (ta, a) in enumerate(sides):  # every pair of the parties
                for tb, b in sides[k + 1:]:
                    ctx.add(a, "COMMUNICATED_WITH", b, ctx.evidence(noun, ta, tb), 0.7, cue=noun.lemma_.lower())
