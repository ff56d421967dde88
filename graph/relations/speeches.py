"""COMMUNICATED_WITH from speeches, addresses and testimony to a named body: "addressed the
National Rifle Association", "spoke at the Council on Foreign Relations", "spoke at the
convention of the Teamsters union", "testified before the Senate Intelligence Committee", "in a
speech to the Chamber of Commerce", "her remarks at the Brookings Institution", "Lee's
testimony before Congress". The speaker and the body they spoke to are the parties
(event ``message``); a speech in a place ("a speech in Detroit") or to people the article does
not name as a body ("addressed supporters") relates no one, and a speech still to come ("is
scheduled to address", "will testify", "an upcoming speech") is no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..model import EntityRef
from ..outlets import outlet_shaped
from ..speakers import subject_of
from ._context import Context, asserted
from .participants import parties
from .parties import has_label, is_party_name

# verb lemma → the prepositions that name the body spoken to ("address" takes its object)
_SPEECH_VERBS = {"address": (), "testify": ("before", "to"), "speak": ("at", "before"), "talk": ("at", "before"),
                 "appear": ("before",), "lecture": ("at", "to", "before"),
                 # "said at the AIPAC conference": only at a gathering a body holds (not "said at
                 # the White House", a place)
                 "say": ("at",)}
# nouns of a speech and the prepositions that name the body it is given to
_SPEECH_NOUNS = {"speech": ("at", "to", "before"), "address": ("to", "at", "before"), "remarks": ("to", "at", "before"),
                 "testimony": ("before", "to"), "keynote": ("at", "to"), "lecture": ("at", "to")}
# gatherings whose "of" (or "hosted by") phrase names the body ("the convention of the NAACP",
# "a meeting of the Faith and Freedom Coalition")
_GATHERINGS = frozenset("convention conference meeting gathering summit forum luncheon dinner breakfast gala "
                        "event rally session assembly congress caucus hearing".split())
_BODY_TYPES = ("organization",)
# gatherings a body named before them holds ("the AIPAC conference", "the NAACP's convention"),
# where "said at" tells a speech to that body as "spoke at" does; not a hearing or a session,
# whose chamber the speaker may sit in ("said at a Senate hearing")
_HELD_GATHERINGS = frozenset("convention conference forum summit luncheon dinner breakfast gala".split())

# verbs a speech is given with ("the address she gave to …", "remarks he delivered before …")
_GIVING_VERBS = frozenset("give deliver make".split())

TRIGGER_WORDS: frozenset[str] = frozenset()  # verbs and nouns pass the sieve anyway


def at_token(ctx: Context, tok: Token) -> None:
    """The speech rules that start at ``tok``."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in _SPEECH_VERBS:
        _speech_verb(ctx, tok, lemma)
    elif tok.pos_ == "NOUN" and (tok.lower_ in _SPEECH_NOUNS or lemma in _SPEECH_NOUNS) and tok.dep_ != "compound":
        _speech_noun(ctx, tok, _SPEECH_NOUNS.get(tok.lower_) or _SPEECH_NOUNS[lemma])


def _speech_verb(ctx: Context, verb: Token, lemma: str) -> None:
    """ "X addressed the NRA", "X testified before the committee", "X spoke at the convention of Y"."""
    if verb.tag_ == "VBG" and verb.dep_ in ("amod", "acl") or not asserted(verb) or _due(verb):
        return
    preps = _SPEECH_VERBS[lemma]
    heard: list[Token] = []
    for child in verb.children:
        if not preps and child.dep_ == "dobj":
            heard.append(child)
        elif child.dep_ == "prep" and child.lower_ in preps:
            heard += [g for g in child.children if g.dep_ == "pobj"
                      and (lemma != "say" or g.lemma_.lower() in _HELD_GATHERINGS)]
    subj = subject_of(verb)
    if subj is None or not heard:
        return
    _emit(ctx, subj, heard, verb, lemma)


def _speech_noun(ctx: Context, noun: Token, preps: tuple[str, ...]) -> None:
    """ "in a speech to the Chamber of Commerce", "her testimony before Congress", "during a
    speech at the Council on Foreign Relations" (the speaker: its owner, or the subject of the
    verb the speech hangs on: "said during a speech at", "delivered a speech to")."""
    if not asserted(noun):
        return
    given = _given_in_clause(noun, preps)
    if given is not None:  # "a 2007 address Lee gave to the Sierra Club": the clause names both
        speaker, heard = given
        if asserted(speaker.head):
            _emit(ctx, speaker, heard, noun, noun.lemma_.lower())
        return
    if noun.lemma_.lower() == "address" and not any(c.dep_ == "prep" and c.lower_ in preps for c in noun.children):
        return
    heard = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]
    if not heard and noun.dep_ == "dobj":  # "delivered a speech to the Chamber": the phrase hangs on the verb
        heard = [g for c in noun.head.children if c.dep_ in ("prep", "dative") and c.lower_ in preps and c.i > noun.i
                 for g in c.children if g.dep_ == "pobj"]
    if not heard:
        return
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    verb = _verb_of(noun)
    if verb is not None and _due(verb):
        return
    subj = subject_of(verb) if verb is not None else None
    if owner is None or owner.pos_ == "PRON" and subj is not None and subj.pos_ != "PRON":
        owner = subj  # "In her testimony before Congress, Holt defended …": her is the subject
    if owner is not None:
        _emit(ctx, owner, heard, noun, noun.lemma_.lower())


def _given_in_clause(noun: Token, preps: tuple[str, ...]) -> tuple[Token, list[Token]] | None:
    """The speaker and audience a relative clause on a speech noun names: "the address Lee gave
    to the Sierra Club", "remarks she delivered before the council"."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in _GIVING_VERBS:
            continue
        speaker = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in ("that", "which")), None)
        heard = [g for c in clause.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
                 for g in c.children if g.dep_ == "pobj"]
        if speaker is not None and heard:
            return speaker, heard
    return None


def _emit(ctx: Context, speaker_tok: Token, heard: list[Token], trigger: Token, cue: str) -> None:
    speakers = parties(ctx, speaker_tok)
    if not speakers or speaker_tok.pos_ == "PRON" and not ctx.was_subject(speakers[0][1], speaker_tok):
        return  # "he" that continues no subject just before: too often someone else
    bodies = []
    for tok in heard:
        bodies += _bodies(ctx, tok)
    for ts, s in speakers[:1]:
        for tb, b in bodies:
            if s.id != b.id:
                ctx.add(s, "COMMUNICATED_WITH", b, ctx.evidence(ts, trigger, tb), 0.7, cue=cue, event="message")


def _bodies(ctx: Context, tok: Token) -> list[tuple[Token, EntityRef]]:
    """The named bodies a speech's audience phrase stands for: the body itself ("the NRA"), or
    the body a gathering is of ("the convention of the NAACP", "a meeting hosted by X")."""
    held = ctx.ent(tok)
    # a gathering the addressee rules took for a quote's audience is a group of no name ("said
    # at a forum hosted by X": the forum heard the quote)
    if tok.lemma_.lower() in _GATHERINGS and (held is None or held.type == "group"):
        found = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "acl" and c.lemma_.lower() in ("host", "organize", "sponsor"):
                inner = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else \
                    [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
                for g in inner:
                    found += _bodies(ctx, g)
        if tok.lemma_.lower() in _HELD_GATHERINGS and not has_label(tok):  # not "the Republican convention"
            # ("the party's convention", "the Labour Party conference": a party's own gathering,
            # where its members speak; readers list no contact between a member and the party)
            for c in tok.children:
                if c.dep_ in ("compound", "poss") and c.i < tok.i:
                    found += [p for p in _bodies(ctx, c) if not outlet_shaped(p[1].name) and not is_party_name(p[1].name)]
        return found
    # a gathering named as such ("the Republican National Convention", "the Munich Security
    # Conference") is where the speech was given, not a body that heard it
    return [p for p in parties(ctx, tok) if p[1].type in _BODY_TYPES and _named(p[1].name)
            and p[1].name.split()[-1].lower() not in _GATHERINGS]


def _named(name: str) -> bool:
    """A body the article names ("the Council on Foreign Relations"), not one it describes
    ("the administration", "the committee")."""
    return any(w[:1].isupper() for w in name.split())


def _due(verb: Token) -> bool:
    """ "is scheduled to address", "was due to testify", "is set to speak": still to come."""
    head = verb.head
    return verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        head.lemma_.lower() in ("schedule", "set", "due", "expect", "slate", "plan", "be", "go")


def _verb_of(noun: Token) -> Token | None:
    """The verb a speech noun hangs on: "delivered a speech", "said during a speech at"."""
    # Not contact_nouns._governing_verb, on purpose: this verb's subject is taken for the speaker,
    # so a passive or copular clause ("the speech was delivered", "it was a speech") gives none,
    # and a noun in between ("the text of a speech") is climbed through to its verb.
    t = noun
    for _ in range(3):
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            t = t.head.head
        elif t.dep_ in ("dobj", "nsubj"):
            t = t.head
        else:
            return None
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None
