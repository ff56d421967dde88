"""The people a speaker faces: a crowd counted or responding ("looking out at hundreds of farmers",
"as the crowd cheered"), a gathering ("at a rally", "at a town hall"), a chamber or a hearing
("speaking in parliament", "at a hearing of the committee"), people stood before ("in front of a
crowd")."""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Token

from ..entities import EntityIndex
from ..model import EntityRef
from ..speakers import GROUP_NOUNS, SpeakerResolver
from .audience import CROWDS, RESPONSES, audience


# Verbs of holding a gathering the words were said at ("held a rally"; not "called a fundraiser").
GATHERING_HELD = frozenset("hold host convene".split())


# Verbs of a crowd responding to what it hears: "as the crowd cheered", "while the audience booed".
_RESPONDING = frozenset("cheer applaud boo roar laugh clap jeer whoop erupt".split())


# Participles of a response the words drew from their hearers: "said, drawing cheers from the crowd".
_DRAWING = frozenset("draw elicit prompt earn spark provoke win get".split())


# What hearers give back ("cheers", "boos"), with the sounds RESPONSES leaves out ("gasps", "laughs").
_HEARD_RESPONSES = RESPONSES | frozenset("gasp laugh groan whistle".split())


def counted_people(tok: Token) -> bool:
    """ "hundreds of farmers", "about 300 voters", "the crowd", "supporters": plural people or a
    gathering, not a place or a thing looked at ("looking at China", "looking at the figures")."""
    if tok.lower_ in ("hundreds", "thousands", "dozens", "scores") or tok.ent_type_ == "CARDINAL":
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        # a crowd counted ("hundreds of farmers"; "dozens of Mainers", a plural demonym tagged NNP)
        return counted is not None and (counted.tag_ in ("NNS", "NNPS") or counted.tag_ == "NNP"
                                        and counted.lower_.endswith("s") and not counted.ent_type_)
    if tok.tag_ == "NNS" and any(c.dep_ == "nummod" for c in tok.children):
        return True  # "about 300 voters": a plural counted, whatever the noun, as "hundreds of" counts one
    return tok.tag_ in ("NNS", "NNPS") and (tok.lower_ in GROUP_NOUNS or tok.ent_type_ == "NORP") \
        or tok.lemma_.lower() in CROWDS


def fronted_to_people(verb: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """ "At rally after rally, to cheering crowds, he vows …": a "to" phrase set before the cue,
    naming people, is whom the words go to, before the gathering they were said at (not "to
    the crowd's delight": no people)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i < verb.i:
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is not None and counted_people(pobj):
                return audience(pobj, index, resolver, strict=False)
    return None


def crowds_responding(drafts: Sequence, index: EntityIndex, resolver: SpeakerResolver, speaker_of) -> None:
    """Quotes with no audience yet whose cue has a crowd respond as the words are said ("“…,” Lee
    said as the crowd cheered"): the crowd heard them. Run last, after the audiences carried
    from before ("told thousands of farmers at a rally. “…,” she said, as the crowd cheered":
    the farmers, whom the article names more fully)."""
    for d in drafts:
        if d.addressee is None and d.verb is not None:
            ref = _crowd_responding(d.verb, index, resolver)
            spk = speaker_of(d)
            d.addressee = ref if ref is None or spk is None or ref.id != spk.id else None


def _crowd_responding(verb: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """ "“…,” Lee said as the crowd cheered", "As boos erupted from the crowd, Lee said": the
    crowd or audience that responds while the words are said heard them (not "as protesters
    chanted outside", "while 95 members favored Clinton": no crowd responding to the words; nor
    the crowd that speaks itself: "“Call the roll,” came shouts from the crowd, as the crowd booed")."""
    speaking = {t.lemma_.lower() for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    drawn = _crowd_drawing(verb)
    if drawn is not None and drawn.lemma_.lower() not in speaking:
        return audience(drawn, index, resolver, strict=False)
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in clause.children):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        # (the crowd responds, or its response is heard: "as jeers rose from the crowd")
        if subj is None or clause.lemma_.lower() not in _RESPONDING and subj.lemma_.lower() not in RESPONSES:
            continue
        crowd = subj
        if subj.lemma_.lower() in RESPONSES:
            # "as boos erupted from the crowd", "as cheers from supporters rang out"
            crowd = next((g for h in (clause, subj) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                          for g in c.children if g.dep_ == "pobj"), None)
        if crowd is not None and crowd.pos_ == "NOUN" and counted_people(crowd) \
                and crowd.lemma_.lower() not in speaking:
            return audience(crowd, index, resolver, strict=False)
    return None


def _crowd_drawing(verb: Token) -> Token | None:
    """ "“…,” Lee said, drawing cheers from the crowd", "eliciting boos from the audience": the
    people a participle on the cue says the words drew a response from heard them (not
    "drawing criticism from Democrats": a reaction in the news, not a sound in the hall). The
    participle may hang on the clause said ("said the plan was dead, prompting boos from …") or,
    misparsed, on the response as the cue's object ("said, [eliciting boos] from …")."""
    clauses = [verb] + [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    for head in clauses:
        for part in head.children:
            if part.dep_ in ("advcl", "xcomp", "conj") and part.tag_ == "VBG" and part.i > verb.i \
                    and part.lemma_.lower() in _DRAWING:
                response = next((c for c in part.children if c.dep_ == "dobj"), None)
            elif head is verb and part.dep_ == "dobj" and part.i > verb.i and any(
                    c.dep_ == "amod" and c.tag_ == "VBG" and c.lemma_.lower() in _DRAWING for c in part.lefts):
                response = part
            else:
                continue
            if response is None or response.lemma_.lower() not in _HEARD_RESPONSES:
                continue
            crowd = next((g for h in (part, response) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                          for g in c.children if g.dep_ == "pobj"), None)
            if crowd is not None and crowd.pos_ == "NOUN" and counted_people(crowd):
                return crowd
    return None


def crowd_worked(verb: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """ "Lee worked the crowd, praising “…”", "greeted the audience, vowing …": the crowd or
    audience the speaker's own verb has as its object heard the words of a participle hung on
    that verb (and of an "as" clause on the participle: "…, praising X as he promised …"); not
    a plural of people ("visited farmers, saying …" may be to reporters)."""
    if verb.dep_ == "advcl" and verb.tag_ != "VBG" and verb.head.tag_ == "VBG" and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        verb = verb.head  # "praising X as he promised …": the same moment
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp") or verb.head.pos_ != "VERB" \
            or any(c.dep_ == "nsubj" for c in verb.children):
        return None
    crowd = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if crowd is None or crowd.tag_ != "NN" or crowd.lemma_.lower() not in CROWDS:
        return None
    return audience(crowd, index, resolver, strict=False)


# Gatherings whose people hear the words said at them: "said at a rally", "during a campaign
# rally", "at a town hall in Dover", "told a forum", "at a fundraiser". (A press event is reporters;
# a debate, a summit or a ceremony has no one audience a reader would name.)
_GATHERINGS = frozenset("rally forum fundraiser convention gathering vigil commencement".split())


# Gatherings named by a compound: "a town hall", "a town-hall meeting", "a campaign event", "a town hall event".
_COMPOUND_GATHERINGS = {"hall": ("town",), "meeting": ("town", "hall"), "event": ("campaign", "hall")}


def gathering_audience(tok: Token, index: EntityIndex) -> EntityRef | None:
    """The people at a rally, a town hall or a forum ``tok`` names, as one group named by the
    gathering's own words ("campaign rally", "town hall"; its date left out); None for another noun."""
    if tok.pos_ != "NOUN":
        return None
    low = tok.lemma_.lower()
    lefts = [t for t in tok.lefts if t.dep_ in ("amod", "compound") and t.ent_type_ not in ("DATE", "TIME")]
    if low not in _GATHERINGS and not (low in _COMPOUND_GATHERINGS
                                       and any(t.lower_ in _COMPOUND_GATHERINGS[low] for t in lefts)):
        return None
    # (a modifier's own modifiers too: "a town hall meeting", not "hall meeting")
    start = min((t.left_edge.i for t in lefts), default=tok.i)
    words = [t for t in tok.doc[start:tok.i + 1] if t.ent_type_ not in ("DATE", "TIME") and not t.is_punct]
    cluster = index.add(tok.doc[start:tok.i + 1], "group", name=" ".join(t.text for t in words), audience=True)
    return index.ref(cluster) if cluster else None


def anothers_gathering(gathering: Token, verb: Token) -> bool:
    """ "Moody, a shop owner, said at Mr. Lowe's rally": a gathering owned by someone named who is
    not the cue's subject was another's, where the speaker was one of the crowd talking to a
    reporter, not the one addressing it."""
    # (a day owns no rally: "said at Tuesday's rally")
    owner = next((c for c in gathering.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                  and c.ent_type_ not in ("DATE", "TIME")), None)
    if owner is None:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is None or subj.pos_ != "PROPN" or owner.lower_ != subj.lower_


# Nouns of a legislature spoken in ("speaking in parliament", "in the chamber").
_CHAMBERS = frozenset("parliament assembly chamber senate congress legislature house".split())


def chamber(tok: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """A legislature spoken in: a chamber noun ("parliament", "the Senate") or a body the text names
    as one ("the Bundestag", "the House of Commons"); not a place ("in Paris") or a time."""
    named = index.at(tok)
    if named is not None:
        return named if named.type == "organization" and tok.ent_type_ == "ORG" else None
    if tok.lemma_.lower() in _CHAMBERS:
        return audience(tok, index, resolver, strict=False)
    return None


def body_heard(hearing: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """ "said at a hearing of the House Oversight Committee", "at a hearing before the Senate
    Judiciary Committee", "during a Senate Armed Services Committee hearing": the body that held
    the hearing was spoken to."""
    for child in hearing.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "before"):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            ref = audience(pobj, index, resolver, strict=True) if pobj is not None else None
            if ref is not None and ref.type in ("organization", "country"):
                return ref
    for child in hearing.lefts:
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            ref = audience(child, index, resolver, strict=True)
            if ref is not None and ref.type in ("organization", "country"):
                return ref
    return None


def people_faced(prep: Token) -> Token | None:
    """ "said in front of a crowd of about 1,000 people", "spoke before hundreds of farmers": the
    people a speaker stood before, on the cue itself (not "before the vote", "in front of the
    building": no people)."""
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if pobj is None:
        return None
    if prep.lower_ == "in" and pobj.lower_ == "front":
        of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    elif prep.lower_ != "before":
        return None
    return pobj if pobj is not None and counted_people(pobj) else None
