"""The entity a mention of the audience stands for: a name, a pronoun, a noun for people,
a press event (-> reporters), an outlet named before, an official described by post and country."""

from __future__ import annotations

from spacy.tokens import Token

from .. import gazetteer
from ..entities import EntityIndex
from ..entity_reading import EntityReading
from ..model import EntityRef
from ..quotes import OPENING_MARKS
from ..speakers import (
    GROUP_NOUNS,
    MEDIA_NOUNS,
    OFFICE_NOUNS,
    PERSON_NOUNS,
    SpeakerResolver,
    mention_span,
)

# Events that are an audience of reporters: "told a news briefing", "at a press conference".
_PRESS_EVENTS = frozenset("conference briefing presser".split())
_PRESS_WORDS = frozenset("news press media".split())
# Nouns that count the audience: "told hundreds of supporters".
# Nouns of a crowd's response the words were said to: "said to applause from supporters", "to
# cheers from the delegates", "as boos erupted from the crowd" -- the ones responding heard them.
RESPONSES = frozenset("applause cheer ovation laughter boo jeer".split())
_QUANTITY_NOUNS = frozenset("hundreds thousands dozens scores millions tens crowds".split())
_NOT_AUDIENCE = frozenset("it that this what which who something anything nothing everything".split())


def press_event(tok: Token) -> bool:
    """"a news conference", "a press briefing", "a Moscow news briefing", "the presser"."""
    if tok.lemma_.lower() not in _PRESS_EVENTS:
        return False
    if tok.lower_ == "presser":
        return True
    return any(c.lower_ in _PRESS_WORDS for c in tok.children if c.i < tok.i) or tok.lemma_.lower() == "briefing"


def reporters(tok: Token, index: EntityIndex) -> EntityRef | None:
    span = mention_span(tok, index)
    # "a joint news conference with X": the press event's own words, not X named after it
    span = tok.doc[span.start:tok.i + 1]
    cluster = index.add(span, "group", name="reporters", audience=True)
    return index.ref(cluster) if cluster else None


# one official described by post and country ("his Ukrainian counterpart", "the British minister")
_DESCRIBED_OFFICIALS = frozenset("counterpart minister envoy ambassador diplomat negotiator official".split())


def _official_described(target: Token, index: EntityIndex) -> EntityRef | None:
    """The person the article names for a description by post and country ("told his
    Ukrainian counterpart" → the Ukrainian minister named earlier), read as the communication
    rules read the same words, so that the quote's audience and the COMMUNICATED_WITH edge agree:
    over the entity reading underneath the relation rules, not their context (no relation is
    read here)."""
    from ..relations.participants import parties  # the relations package reads this module: import late

    return next((r for _, r in parties(EntityReading(target.doc, index), target) if r.type == "person"), None)


# Prepositions whose phrase is about the telling, not the people told ("warned the donors against
# complacency", "told the crowd about the plan", "briefed senators on the deal").
_ON_THE_TELLING = frozenset("against about on over for during after before".split())


def audience(target: Token | None, index: EntityIndex, resolver: SpeakerResolver,
              strict: bool) -> EntityRef | None:
    """The entity a mention of the audience stands for. ``strict`` (a "to" phrase of any verb,
    where "said to be", "referred to the plan" abound) asks for a name, a pronoun or a noun
    for people; after "told"/"urged" any noun phrase is the audience."""
    if target is None or target.lower_ in _NOT_AUDIENCE:
        return None
    target = _counted(target)
    if target.lower_ == "them":
        group = _group_object_before(target)
        if group is not None:
            # "reached out to Ola Berg and Kari Moe, asking them to …": the ones just reached
            # (the first named of a pair: an audience is one entity)
            return audience(group, index, resolver, strict=False)
    if target.pos_ == "PRON":
        before = person_object_before(target, index, resolver)
        if before is not None:
            # "sent the referral to the attorney, asking him to …": the one just written to
            ref = audience(before, index, resolver, strict=False)
            if ref is not None:
                return ref
    target = _named_for(target, index)
    titled = _titled_outlet(target, index)
    if titled is not None:
        return titled  # "told the television program “Inside Edition”": the programme, by its title
    if press_event(target):
        return reporters(target, index)
    if target.tag_ == "NN" and target.lemma_.lower() in _DESCRIBED_OFFICIALS:
        official = _official_described(target, index)  # "told his Ukrainian counterpart"
        if official is not None:
            return official
    newsroom = _newsroom_owner(target, index)
    if newsroom is not None:
        return newsroom
    named = _outlet_described_since(target, index) or index.at(target)
    if named is not None:
        return named
    outlet = _outlet_named_before(target, index) or _outlet_told_before(target, index)
    if outlet is not None:
        return outlet
    return _audience_unnamed(target, index, resolver, strict)


def _named_for(target: Token, index: EntityIndex) -> Token:
    """ "told conservative radio host Hal Brun": the person or outlet named after a noun (in
    apposition, after a post, after a comma) stands for it; else the noun itself."""
    named_after = next((c for c in target.children if c.dep_ == "appos" and index.at(c) is not None
                        and index.at(c).type in ("person", "media")), None)
    if named_after is None and target.pos_ == "NOUN":
        named_after = _named_after_post(target, index) or _outlet_named_after(target, index) \
            or _named_after_comma(target, index)
    if named_after is not None and target.pos_ == "NOUN":
        return named_after  # "told conservative radio host Hal Brun": the host named
    return target


def _newsroom_owner(target: Token, index: EntityIndex) -> EntityRef | None:
    """ "told the Columbus Dispatch's editorial board": the outlet, whose board it is (the
    model may not know the paper for an outlet: a name owning an editorial board is one)."""
    if target.lemma_.lower() in _NEWSROOMS and (target.lemma_.lower() != "board" or any(
            c.lower_ == "editorial" for c in target.children)):
        owner = next((c for c in target.children if c.dep_ == "poss"), None)
        ref = index.at(owner) if owner is not None else None
        if ref is not None and ref.type in ("media", "organization"):
            return ref
    return None


def _audience_unnamed(target: Token, index: EntityIndex, resolver: SpeakerResolver,
                      strict: bool) -> EntityRef | None:
    """The audience a mention names no entity for: a pronoun resolved, a group noun, an office,
    people ("the donors", "members of Congress"), a person by post, a gathering by its words."""
    if target.pos_ == "PRON":
        ref = resolver.resolve(target).entity
        if ref is None and target.lower_ == "them":
            # "emailed supporters on Monday, telling them …": the people just addressed
            before = _plural_object_before(target) or _people_in_sentence_before(target) \
                or _one_crowd_before(target)
            return audience(before, index, resolver, strict=False) if before is not None else None
        return ref
    if target.pos_ not in ("NOUN", "PROPN"):
        return None
    low = target.lower_
    if low in GROUP_NOUNS:
        cluster = index.add(mention_span(target, index), "group", name=low)
        return index.ref(cluster) if cluster else None
    span = mention_span(target, index)
    if target.pos_ == "PROPN":
        cluster = index.add(span, "organization")
        return index.ref(cluster) if cluster else None
    if target.lemma_.lower() in OFFICE_NOUNS:
        # "the city's government": the office itself, owned by its place when the text says
        cluster = index.add(span, "organization")
        return index.ref(cluster) if cluster else None
    if target.tag_ == "NNS" and (not strict or people(target)):
        # (not a phrase on the telling the parser hung on the noun: "warned the donors against
        # complacency" → donors; "members of Congress", "women in Peru" keep what says who they are)
        cut = min((c.i for c in target.rights if c.dep_ == "prep" and c.lower_ in _ON_THE_TELLING),
                  default=span.end)
        span = span[:max(1, cut - span.start)] if span.start < cut < span.end else span
        words = [t for t in span if t.lower_ not in ("the", "a", "an") and not t.is_punct]  # "both sides" stays
        name = " ".join(t.text for t in words).replace(" ’s", "’s").replace(" 's", "'s")
        cluster = index.add(span, "group", name=name) if name else None
        return index.ref(cluster) if cluster else None
    if target.lower_ in PERSON_NOUNS or people(target) or (
            target.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in target.lefts)
            and index.find_by_role(target.lower_, before=target.idx) is not None):
        # "his Ukrainian counterpart", "the British minister": the person, when the article
        # names them; "told the senator": a person the article titled so (the resolver leaves
        # out the teller when the story has two senators)
        entity = resolver.resolve(target).entity
        if entity is not None:
            return entity
    if not strict and target.tag_ == "NN":
        # "addressing a seminar", "told the assembly": the gathering, by its own words
        # (a modifier's own modifiers too: "a town hall meeting", not "hall meeting")
        start = min((t.left_edge.i for t in target.lefts if t.dep_ in ("amod", "compound")), default=target.i)
        words = target.doc[start:target.i + 1]
        cluster = index.add(words, "group", name=" ".join(t.text for t in words), audience=True)
        return index.ref(cluster) if cluster else None
    return None


def _named_after_post(post: Token, index: EntityIndex) -> Token | None:
    """ "told the mayor of Bergen, Karl Berg, that …", "the head of the agency, Karl Berg": the
    person named after a post of a place or a body (the parser hangs the name on the place)."""
    if post.tag_ != "NN":
        return None
    prep = next((c for c in post.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "at")), None)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    while pobj is not None:
        named = next((c for c in pobj.children if c.dep_ == "appos" and index.at(c) is not None
                      and index.at(c).type == "person"), None)
        if named is not None:
            return named
        # "the U.S. attorney for the District of Columbia, Channing Phillips": the last place named
        prep = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    return None


# What closes a name set off after a post ("the chief judge, Laura Kemp, that …", "- Laura Kemp -").
_ASIDE_CLOSES = frozenset(", - – — : ; ) .".split())


def _named_after_comma(post: Token, index: EntityIndex) -> Token | None:
    """ "told the chief judge of the court, Laura Kemp, that …": a person named right after the
    description of one post, set off by commas or dashes, when the parser hangs the name on the
    verb instead of the post (a name that starts a clause, "the judge, Laura Kemp said", is not)."""
    if post.tag_ != "NN" or not any(c.dep_ in ("det", "poss") for c in post.children):
        return None
    doc = post.doc
    comma = post.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text not in (",", "-", "–", "—"):
        return None
    first = doc[comma + 1]
    named = index.at(first)
    if named is None or named.type != "person" or first.ent_iob_ != "B":
        return None
    end = first.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[first.i:end]):
        return None
    return first if end == len(doc) or doc[end].text in _ASIDE_CLOSES else None


def _outlet_named_after(noun: Token, index: EntityIndex) -> Token | None:
    """ "told the news agency Reuters", "the German newspaper Die Welt": an outlet's noun followed
    right away by its name (the parser hangs the name anywhere)."""
    if noun.lemma_.lower() not in MEDIA_NOUNS or noun.i + 1 >= len(noun.doc):
        return None
    name = noun.doc[noun.i + 1]
    ref = index.at(name) if name.pos_ == "PROPN" or name.ent_type_ else None
    return name if ref is not None and ref.type in ("media", "organization") else None


# An outlet's own people spoken to as one: "the Dispatch's editorial board", "the paper's newsroom".
_NEWSROOMS = frozenset("board desk newsroom".split())


def on_air(tok: Token, index: EntityIndex) -> EntityRef | None:
    """A news outlet ``tok`` names, itself or as the owner of a programme ("CNN's State of
    the Union"); None for anything else ("on Twitter", "on Monday")."""
    # "the MSNBC show": the outlet as the compound of a programme noun too
    for t in [tok, *[c for c in tok.children if c.dep_ == "poss"
                     or c.dep_ == "compound" and tok.lower_ in ("show", "program", "programme", "broadcast")]]:
        ref = index.at(t)
        if ref is not None and ref.type == "media" and not gazetteer.is_platform(ref.name):
            return ref
    return None


def hosted_by(tok: Token, index: EntityIndex) -> EntityRef | None:
    """ "on a podcast hosted by Ana Ruiz", "a radio show hosted by Lee": the host named by the
    participle on a programme noun, who hears the words as the outlet's interviewer would."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _PROGRAMME_NOUNS:
        return None
    for part in tok.children:
        if part.dep_ == "acl" and part.tag_ == "VBN" and part.lemma_.lower() in ("host", "present"):
            by = next((g for a in part.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
            ref = index.at(by) if by is not None else None
            if ref is not None and ref.type in ("person", "media"):
                return ref
    return None


# The marks a quoted title opens with ("on “Meet the Press”", "with CBS's 'Face the Nation'"; two
# single quotes or backticks stand for a double one in some newswire text).
OPENING_QUOTES = OPENING_MARKS | {"'", "''", "``"}
CLOSING_QUOTES = frozenset({"\u201d", '"', "'", "\u2019", "''"})


def owns_quoted_title(tok: Token) -> bool:
    """Whether ``tok`` owns, by its "'s", a quoted title right after it ("NBC's “Today”")."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].dep_ == "case" and doc[tok.i + 2].text in OPENING_QUOTES


def programme_owner(prep: Token, index: EntityIndex) -> EntityRef | None:
    """ "an interview on CNN's “State of the Union” Sunday", "a call to ABC's “This Week”": the
    outlet right after the preposition that owns a quoted title (the model may read the title as
    a date, or hang it on the day after it, and the phrase then names no audience)."""
    doc = prep.doc
    return on_air(doc[prep.i + 1], index) if prep.i + 1 < len(doc) and owns_quoted_title(doc[prep.i + 1]) else None


def programme_after(prep: Token, index: EntityIndex) -> EntityRef | None:
    """ "said on “Face the Nation”", "an interview on “Meet the Press”": a broadcast named by a
    quoted title right after "on" (the parser reads such a title as a clause), as the outlet."""
    return _quoted_title(prep.doc, prep.i + 1, index)


def _quoted_title(doc, start: int, index: EntityIndex) -> EntityRef | None:  # noqa: ANN001
    """A broadcast's quoted title opening at token ``start`` (“Meet the Press”), as the outlet."""
    if start >= len(doc) or doc[start].text not in OPENING_QUOTES:
        return None
    end = start + 1
    while end < len(doc) and end - start <= 7 and doc[end].text not in CLOSING_QUOTES and not (
            doc[end].is_punct and doc[end].text not in ("&", "-")):
        end += 1
    words = [t for t in doc[start + 1:end] if t.is_alpha]
    if not words or not (words[0].is_title or words[0].is_upper) \
            or not (words[-1].is_title or words[-1].is_upper) or end - start > 7:
        return None
    cluster = index.add(doc[start + 1:end], "media")
    return index.ref(cluster) if cluster else None


def _outlet_told_before(noun: Token, index: EntityIndex) -> EntityRef | None:
    """ "told the newspaper": the news outlet named last before it (within a few paragraphs),
    for a bare definite outlet noun."""
    if not _bare_the_outlet(noun):
        return None
    best = _last_outlet_before(noun, index)
    return best[1] if best else None


def _bare_the_outlet(noun: Token) -> bool:
    """ "the newspaper", "the network": an outlet noun with "the" and nothing that names the
    outlet itself ("the Kyiv newspaper", "the BBC's channel"), so the text around must."""
    return noun.lower_ in MEDIA_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
        and not any(c.dep_ in ("compound", "poss", "amod") for c in noun.children)


def _last_outlet_before(noun: Token, index: EntityIndex) -> tuple[int, EntityRef] | None:
    """The news outlet mentioned last before ``noun`` (within a few paragraphs), with the char
    its last mention there ends at."""
    best: tuple[int, EntityRef] | None = None
    for cluster in index.clusters:
        if cluster.type != "media":
            continue
        ends = [m.end for m in cluster.mentions if m.end <= noun.idx and noun.idx - m.end < 2000]
        if ends and (best is None or max(ends) > best[0]):
            best = (max(ends), index.ref(cluster))
    return best


def _outlet_described_since(noun: Token, index: EntityIndex) -> EntityRef | None:
    """ "An Israeli newspaper … published an interview with him. “…,” he told the newspaper":
    a bare "the newspaper" told stands for the outlet described by "a/an …" since the last one
    named, not for that named one."""
    if not _bare_the_outlet(noun):
        return None
    best = _last_outlet_before(noun, index)
    described = _outlet_described_before(noun, best[0] if best else noun.idx - 2000)
    cluster = index.add(described, "media") if described is not None else None
    return index.ref(cluster) if cluster else None


def _outlet_described_before(noun: Token, after: int):  # noqa: ANN202
    """The nearest "a/an …" description with the same outlet noun as ``noun`` ("An Israeli
    newspaper") that starts after char ``after``, as a span of its modifiers and noun, or None."""
    doc = noun.doc
    for tok in reversed(doc[max(0, noun.i - 300):noun.i]):
        if tok.idx < after:
            return None
        if tok.pos_ == "NOUN" and tok.lemma_.lower() == noun.lemma_.lower() and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound")]
            return doc[(mods[0].i if mods else tok.i):tok.i + 1]
    return None


def _outlet_named_before(noun: Token, index: EntityIndex) -> EntityRef | None:
    """ "the Financial Times newspaper", "the BBC's Persian service": a common noun whose
    compound or possessor names a news outlet is that outlet."""
    if noun.pos_ != "NOUN":
        return None
    for mod in noun.lefts:
        if mod.dep_ in ("compound", "poss"):
            ref = index.at(mod)
            if ref is not None and ref.type == "media":
                return ref
    return None


# Nouns for a broadcast or a publication that a title in apposition names ("the program “Inside
# Edition”", "the magazine Vogue"); the outlet nouns of MEDIA_NOUNS and the programme nouns.
_PROGRAMME_NOUNS = frozenset("program programme show broadcast podcast".split())
_PROGRAMME_OR_MEDIA_NOUNS = _PROGRAMME_NOUNS | MEDIA_NOUNS


def _titled_outlet(noun: Token, index: EntityIndex) -> EntityRef | None:
    """ "the television program “Inside Edition”", "the radio show Morning Edition": a programme
    or outlet noun with a proper name in apposition is that named outlet (the model often tags
    such a title a work of art, or nothing, so the index may not hold it yet)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _PROGRAMME_OR_MEDIA_NOUNS:
        return None
    if noun.lemma_.lower() in _PROGRAMME_NOUNS:
        # the parser hangs a quoted title anywhere; only a programme's, as words quoted after
        # "told the newspaper" are what was said
        quoted = _quoted_title(noun.doc, noun.i + 1, index)
        if quoted is not None:
            return quoted
    title = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > noun.i), None)
    if title is None:
        return None
    named = index.at(title)
    if named is not None:
        return named if named.type in ("media", "organization") else None
    words = [t for t in title.subtree if not t.is_punct or t.text in ("&", "-")]
    if not words or not all(t.is_title or t.is_upper or not t.is_alpha or t.is_stop for t in words):
        return None
    cluster = index.add(title.doc[words[0].i:words[-1].i + 1], "media")
    return index.ref(cluster) if cluster else None


# Nouns of a body of people named by its "of" phrase: "told a group of reporters", "a joint session
# of Congress", "a gathering of donors" (the people, not "group", are who a reader names).
# ("a rally of supporters": the people rallied, as "a gathering of donors"; "a meeting of party
# officials", "a summit of African leaders", "a conference of bishops": the people met)
_COLLECTIVE_NOUNS = frozenset("group session gathering handful roomful bunch delegation rally meeting summit "
                              "conference".split())


def _counted(tok: Token) -> Token:
    """ "hundreds of cheering supporters", "dozens of reporters": the people counted; "a group of
    reporters", "a joint session of Congress": the people or the body gathered."""
    if tok.tag_ == "NN" and tok.lemma_.lower() in _COLLECTIVE_NOUNS:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        # (people: a plural noun, or a body by its name; not "a session of talks" -- a thing)
        if pobj is not None and (pobj.tag_ in ("NNS", "NNPS") and pobj.lemma_.lower() not in ("talk", "question")
                                 or pobj.pos_ == "PROPN" and pobj.ent_type_ in ("ORG", "NORP", "GPE")):
            return pobj
        return tok
    if tok.lower_ in _QUANTITY_NOUNS or tok.ent_type_ == "CARDINAL" and tok.pos_ in ("NOUN", "NUM"):
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
            return pobj
    return tok


def _group_object_before(pron: Token) -> Token | None:
    """The plural or paired object the verb of a participle clause has just reached ("wrote to
    the governors, urging them", "called Lee and Moe, asking them"), for a "them" it tells."""
    verb = pron.head
    if pron.dep_ not in ("dobj", "dative") or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj") \
            or verb.head.i == verb.i:
        return None
    main = verb.head
    found = [c for c in main.children if c.i < verb.i and c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN")]
    found += [g for c in main.children if c.i < verb.i and c.dep_ in ("prep", "dative") and c.lower_ == "to"
              for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
    for c in main.children:  # "reached out to": the "to" on the particle
        if c.dep_ in ("prt", "advmod") and c.i < verb.i:
            found += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "to"
                      for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
    for cand in sorted(found, key=lambda t: -t.i):
        if cand.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in cand.children):
            return cand
    return None


def _plural_object_before(pron: Token) -> Token | None:
    """The nearest plural noun before ``pron`` in its sentence that is the object of a verb or
    preposition ("emailed supporters …, telling them"; "wrote to investors, telling them")."""
    for t in reversed(list(pron.sent[:pron.i - pron.sent.start])):
        if t.tag_ == "NNS" and t.dep_ in ("dobj", "pobj", "dative") and t.head.lower_ not in ("of", "in", "at", "on"):
            return t
    return None


def _people_in_sentence_before(pron: Token) -> Token | None:
    """ "The senator was pressed by journalists about the road. “…,” he told them": the people
    the sentence before named last as the ones who acted on the speaker or were spoken to ("by
    journalists", "to reporters", "with farmers"), or as an object ("met farmers"), when the
    pronoun's own sentence names no plural before it (a plural noun for people: "journalists",
    "Kenyan farmers"; not "the roads", nor a subject: "so Republicans could unite" says nothing
    of whom "them" told)."""
    sent = pron.sent
    if sent.start == 0 or any(t.tag_ in ("NNS", "NNPS") for t in sent if t.i < pron.i):
        return None
    before = pron.doc[sent.start - 1].sent
    for t in reversed(list(before)):
        if t.tag_ in ("NNS", "NNPS") and people(t) and (
                t.dep_ in ("dobj", "dative") or t.dep_ == "pobj" and (
                    t.head.lower_ in ("by", "to", "with")
                    or t.head.lower_ == "of" and t.head.head.lower_ in _QUANTITY_NOUNS)):  # "hundreds of farmers"
            return t
    return None


# People gathered, named in the singular ("worked the crowd", "thanked the audience").
CROWDS = frozenset("crowd audience".split())
# A gathering a speaker addresses, named in the singular ("gave a crowd of about 700 a speech").
_CROWD_NOUNS = CROWDS | {"gathering"}
_CROWD_BACK = 2  # sentences


def _one_crowd_before(pron: Token) -> Token | None:
    """ "The senator gave a crowd of about 700 a long speech. … “…,” he told them": the one
    crowd, or plural of people, addressed in the last sentences (an object, or after "to",
    "before", "with"), when no other is named there and the pronoun's own sentence names no
    plural before it; two candidates say nothing of which "them" told."""
    sent = pron.sent
    # (the words quoted before the cue are not the frame's: "“We met 45 years ago,” he told them")
    frame = max((t.i + 1 for t in sent if t.i < pron.i and t.tag_ == "''"), default=sent.start)
    if sent.start == 0 or any(t.tag_ in ("NNS", "NNPS") for t in pron.doc[frame:pron.i]):
        return None
    found: list[Token] = []
    start = sent.start
    for _ in range(_CROWD_BACK):
        if start == 0:
            break
        before = pron.doc[start - 1].sent
        found += [t for t in before if t.dep_ in ("dobj", "dative", "pobj") and (
            t.dep_ != "pobj" or t.head.lower_ in ("to", "before", "with")) and (
            t.lemma_.lower() in _CROWD_NOUNS and t.tag_ == "NN" or t.tag_ in ("NNS", "NNPS"))]
        start = before.start
    # (any plural object competes: "met farmers" may be whom "them" told, people or not)
    one = found[0] if len(found) == 1 else None
    return one if one is not None and (one.tag_ == "NN" or people(one)) else None


PRONOUN_GENDER = {"him": "m", "her": "f"}


def pronoun_told(pron: Token, index: EntityIndex, resolver: SpeakerResolver,
                  speaker: EntityRef | None) -> EntityRef | None:
    """ "Berg met Governor Hale on Monday. She told him …": the one told is the nearest person
    of his or her gender named in this sentence or the one before, other than the speaker
    (the resolver's pick for a subject pronoun, a salient earlier speaker, is not whom a
    speaker addresses). A person told in the participle's own clause comes first."""
    before = person_object_before(pron, index, resolver)
    if before is not None:
        return None  # read by _audience from the clause itself
    want = PRONOUN_GENDER[pron.lower_]
    sent = pron.sent
    lo = pron.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    own_subj = {c.i for c in pron.head.children if c.dep_ in ("nsubj", "nsubjpass")}
    for end, cluster in index.persons_before(pron.idx):
        if end < lo:
            break
        ref = index.ref(cluster)
        if speaker is not None and ref.id == speaker.id:
            continue
        if any(pron.doc[i].idx < end <= pron.doc[i].idx + len(pron.doc[i]) for i in own_subj):
            continue
        if resolver.gender(ref) in (None, want):
            return ref
    return None


def person_told_before(pron: Token, index: EntityIndex, gender_of) -> Token | None:
    """The mention a him/her told in a participle clause stands for ("wrote to the minister,
    urging him to …"), or None; ``gender_of`` gives an entity's gender ("m", "f" or None)."""
    return person_object_before(pron, index, _Gendered(gender_of))


class _Gendered:
    """A resolver reduced to the one question ``person_object_before`` asks."""

    def __init__(self, gender_of) -> None:
        self.gender = gender_of


def person_object_before(pron: Token, index: EntityIndex, resolver: SpeakerResolver) -> Token | None:
    """ "wrote to the minister, urging him to …", "called Ada Voss, telling her that …": a
    him/her told in a participle clause stands for the one person the clause's verb has just
    reached (its object, or its "to" phrase), when the gender does not disagree."""
    gender = PRONOUN_GENDER.get(pron.lower_)
    verb = pron.head
    if gender is None or pron.dep_ not in ("dobj", "dative") or verb.tag_ != "VBG" \
            or verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i:
        return None
    main = verb.head
    found = []
    for c in main.children:
        if c.i >= verb.i:
            continue
        if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN"):
            found.append(c)
        elif c.dep_ in ("prep", "dative") and c.lower_ == "to":
            found.extend(g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"))
    for cand in reversed(found):
        if cand.tag_ in ("NNS", "NNPS"):
            continue
        ref = index.at(cand)
        if ref is not None:
            if ref.type == "person" and resolver.gender(ref) in (None, gender):
                return cand
            continue  # a place, a body, a person of the other gender: not him or her
        if cand.pos_ == "NOUN" and cand.tag_ == "NN" and (cand.lower_ in PERSON_NOUNS or people(cand)):
            return cand  # "the U.S. attorney", "her counterpart": him or her, by the pronoun
    return None


def someones_people(tok: Token) -> bool:
    """ "his 20,000 followers", "the party's members": a plural noun owned or counted."""
    return tok.tag_ == "NNS" and any(c.dep_ in ("poss", "nummod") for c in tok.children)


def people(tok: Token) -> bool:
    """A noun for people or states ("delegates", "allies", "countries"), by its NER and the
    parse rather than a list: plural nouns heading a mention with a nationality or a place."""
    if tok.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"):
        return True
    # "crowds", "audiences": the plural of a word for people gathered
    return any(c.ent_type_ in ("NORP", "GPE") for c in tok.lefts) or tok.lower_ in GROUP_NOUNS \
        or tok.lemma_.lower() in GROUP_NOUNS

