"""The audience the cue's own words name: the object of "told", "urged", "asked", "warned", the
"to" phrase of any speech verb, "said on CNN", the one told of a passive ("was told by")."""

from __future__ import annotations

from spacy.tokens import Token

from ..cues import QUOTED_PREP_ONLY
from ..entities import EntityIndex
from ..model import EntityRef
from ..outlets import outlet_shaped
from ..speakers import SpeakerResolver
from .audience import PRONOUN_GENDER, RESPONSES, audience, hosted_by, on_air, programme_after, pronoun_told, someones_people
from .channels import ADDRESSED_CHANNELS
from .crowds import counted_people

# Verbs whose direct object is the one spoken to ("told X", "urged X to").
OBJECT_AUDIENCE_VERBS = frozenset("""
tell ask inform notify assure reassure advise urge warn instruct remind order brief call phone
text email write press implore beg caution exhort encourage invite challenge address
""".split())
# ("addressed the farmers: “…”", "addressed Congress"; "addressed the issue" names no people and
# is no audience: "address" is not among the verbs whose object is always the one told)
# Verbs of appealing, whose "to" or "with" phrase is the one appealed to ("appealed to voters to …",
# "pleaded with lawmakers to …, saying …").
APPEAL_VERBS = frozenset("appeal plead".split())
# Verbs of light talk whose "with" phrase is the one talked with ("joked with reporters", "chatted
# with the governor": the words went to them, as "pleaded with" does).
_JOKED_WITH = frozenset("joke quip chat banter".split())
# Verbs of a raised voice whose "at" phrase is the one spoken to ("snapped at a reporter"; not
# "fired back at", "lashed out at": often at someone absent).
_RAISED_AT = frozenset("snap yell shout scream bark holler".split())
# Verbs of a post aimed at an account, whose "at" phrase is the one posted to ("tweeted at the
# senator": a reply or mention the one named reads).
_POSTED_AT = frozenset("tweet".split())
# The verbs whose "at" phrase is the one the words were aimed at, and those whose "with" phrase
# is the one the words went to.
_SPOKEN_AT = _RAISED_AT | _POSTED_AT
_SPOKEN_WITH = APPEAL_VERBS | _JOKED_WITH
# Verbs of speaking whose "to" phrase is an audience when it is someone's people ("wrote to his
# followers", "said to its 2,000 members"), not only when it names them.
SPEECH_VERBS = frozenset("say speak talk write explain tweet post announce declare repeat complain confide".split())
# What is told rather than whom: "told a joke", "tells the story of", "told lies" -- the object of
# "tell" is then the words, never an audience.
_TOLD_THINGS = frozenset("joke story tale anecdote lie truth secret fib parable".split())


# Verbs whose object is always the one told, a thing never ("warned the donors against …",
# "assured the voters", "reminded the crowd"; one urges restraint but warns people).
_TOLD_OBJECT = frozenset("tell warn assure reassure remind inform".split())


_FORMERLY = frozenset("formerly previously once".split())


def _former_name(tok: Token) -> bool:
    """Whether ``tok`` follows "formerly", "previously" or "formerly known as" set off after
    another noun ("on X, formerly Twitter", "the ministry (previously called the office)"):
    an earlier name of that noun, which the parse may hang on the verb as its object."""
    doc = tok.doc
    k = tok.left_edge.i - 1
    while k > 0 and doc[k].lower_ in ("known", "called", "named", "as", "the"):
        k -= 1
    return k > 0 and doc[k].lower_ in _FORMERLY and doc[k - 1].text in (",", "(", "—", "–")


def _bare_on_appeal(verb: Token) -> bool:
    """ "called on Michigan Gov. Rick Snyder (R) to resign": after an aside the parser may leave
    "on" with no object and make the name the one "called" gives (as in "called him a fraud");
    a bare "on" right after the verb with a "to" clause later is an appeal to the one named."""
    return any(c.dep_ in ("prep", "prt") and c.lower_ == "on" and c.i == verb.i + 1
               and not any(g.dep_ == "pobj" for g in c.children) for c in verb.children) \
        and any(c.dep_ == "xcomp" and c.i > verb.i and _to_infinitive(c) for c in verb.children)


def from_verb(verb: Token, index: EntityIndex, resolver: SpeakerResolver,
              speaker: EntityRef | None = None) -> EntityRef | None:
    """The audience the cue's own words name: the one told or urged ("told X", ``_object_told``),
    the phrase of speaking to someone ("said to X", "pleaded with X", ``_phrase_told``), the
    outlet on air ("said on CNN")."""
    lemma = verb.lemma_.lower()
    if lemma == "call" and not _bare_on_appeal(verb) and (
            any(c.dep_ in ("oprd", "attr") for c in verb.children)
            or sum(c.dep_ in ("dobj", "dative") for c in verb.children) >= 2):
        return None  # "calling him a “train wreck”": a name given, no one called
    glued = glued_audience(verb, index)
    if glued is not None:
        return audience(glued[0], index, resolver, strict=True)
    answered = _answered_by_which(verb, index, resolver, speaker)
    if answered is not None:
        return answered
    children = list(verb.children)
    told = _told_one(verb, lemma, children)
    if told is not None:
        ref = _programme_owner(told, index) or audience(told, index, resolver, strict=False)
        if ref is not None:
            return ref
    for child in list(children):
        if child.dep_ in ("xcomp", "advcl", "amod") and child.lower_ == "visiting" and child.i == verb.i + 1:
            children.extend(child.children)  # "told visiting Foreign Minister Kuleba"
    for child in children:
        if child.i < verb.i and child.dep_ != "dative" and not _fronted_to_people(child) \
                and not (child.dep_ == "prep" and child.lower_ == "on" and lemma in SPEECH_VERBS):
            continue  # (but "On CNN's “State of the Union,” Lee said …": the outlet on air)
        if lemma in OBJECT_AUDIENCE_VERBS and child.dep_ in ("dobj", "dative") \
                and child.pos_ in ("PROPN", "NOUN", "PRON"):
            found, target = _object_told(child, verb, children, index)
        else:
            found, target = _phrase_told(child, verb, lemma, children, index)
        if found is not None:
            return found
        if target is None:
            continue
        if target.lower_ in PRONOUN_GENDER and target.dep_ in ("dobj", "dative", "pobj"):
            ref = pronoun_told(target, index, resolver, speaker)
            if ref is not None:
                return ref
        ref = audience(target, index, resolver, strict=_needs_a_name(child, verb, lemma, target))
        if ref is not None:
            return ref
    told = told_after_object(verb, index)
    if told is not None:
        return audience(next(g for g in told.children if g.dep_ == "pobj"), index, resolver, strict=False)
    return None


# Who can be answered "to which": one who says something, not a thing ("the plan would work").
_ANSWERABLE = frozenset(("person", "organization", "country", "group"))


def _answered_by_which(verb: Token, index: EntityIndex, resolver: SpeakerResolver,
                       speaker: EntityRef | None) -> EntityRef | None:
    """ "Lee said the plan would work, to which Berg replied: “…”": a cue whose "to" phrase is
    "which" answers what the clause it hangs on said, so its words go to that clause's subject
    (the nearest clause above the cue whose subject is someone; a thing said, "the plan would
    work", is passed over for the one who said it)."""
    if not any(c.lower_ == "to" and c.i < verb.i and any(g.dep_ == "pobj" and g.lower_ == "which" for g in c.children)
               for c in verb.children):
        return None
    up = verb
    while up.head.i != up.i:
        up = up.head
        subj = next((c for c in up.children if c.dep_ == "nsubj"), None) if up.pos_ in ("VERB", "AUX") else None
        if subj is None:
            continue
        ref = index.at(subj) or (resolver.resolve(subj).entity if subj.pos_ == "PRON" else None)
        if ref is not None and ref.type in _ANSWERABLE:
            return ref if speaker is None or ref.id != speaker.id else None
    return None


def _object_told(child: Token, verb: Token, children: list[Token],
                 index: EntityIndex) -> tuple[EntityRef | None, Token | None]:
    """The object of a verb of telling ("told X", "urged X to"): (the outlet or programme owner
    that decides, None) or (None, the object told), or (None, None) when the object is words,
    a name or a second object, no one told."""
    if _possessor_of_next(child, children):
        # "told CNN's Jake Tapper" parsed as two objects: Tapper was told
        return _outlets_programme(child, children, index), None
    if _titled_work(child, verb):
        # "told CNN's “State of the Union”": a programme's title owned by the outlet on air
        # ("wrote in her memoir, “Hard Years”": words, no one told); "told The Daily Beast", an
        # outlet the model tags as a work's title, is the outlet the index knows
        owner = _programme_owner(child, index)
        named = index.at(child) if owner is None else None
        return (named if named is not None and named.type == "media" else owner), None
    if child.lemma_.lower() in _TOLD_THINGS and child.pos_ == "NOUN":
        return None, None  # "told a joke about the senator": words, no one told
    if _former_name(child):
        return None, None  # "wrote on X, formerly Twitter": the platform's old name, no one written to
    if child.dep_ == "dobj" and any(c.dep_ in ("dative", "dobj") and c.i < child.i
                                    and not _possessor_of_next(c, children) for c in children):
        return None, None  # "told me the photo broke the rules": the first object was told, the second is told
    return _programme_owner(child, index), child


def _phrase_told(child: Token, verb: Token, lemma: str, children: list[Token],
                 index: EntityIndex) -> tuple[EntityRef | None, Token | None]:
    """The one a phrase on the cue names as told: "said to X", "snapped at X", "pleaded with X",
    "testified before X", "called on X to …"; (the outlet, None) for "said on CNN"."""
    if child.dep_ in ("prep", "dative") and child.lower_ == "to" and lemma not in QUOTED_PREP_ONLY:
        # ("likened it to a “sinking ship”", "referred to him as": what was talked of, not to)
        target = next((g for g in child.children if g.dep_ == "pobj"), None)
        if target is not None and target.lemma_.lower() in RESPONSES:
            target = _responders(target)  # "said to applause from supporters"
        return None, target
    if lemma in _SPOKEN_AT and child.dep_ == "prep" and child.lower_ == "at":
        # "snapped at a reporter", "yelled at the protesters": the one shouted at hears it
        return None, next((g for g in child.children if g.dep_ == "pobj"), None)
    if lemma in _SPOKEN_WITH and child.dep_ == "prep" and child.lower_ == "with":
        # "pleaded with lawmakers to pass the bill", "joked with reporters": the ones pleaded or joked with
        return None, next((g for g in child.children if g.dep_ == "pobj"), None)
    if lemma == "testify" and child.dep_ == "prep" and child.lower_ == "before":
        # "testified before the House Oversight Committee that …": the body testified to
        return None, next((g for g in child.children if g.dep_ == "pobj"), None)
    if child.dep_ == "prep" and child.lower_ in ("on", "after", "before", "during") and (
            lemma in SPEECH_VERBS or _says_a_clause(verb)):
        # "said on CNN", "said on CNN's State of the Union": an interview on air; "said just
        # after midnight on CNN" (the outlet hangs on the time); "insisted on CNN that …"
        # (any cue with the words said after it)
        return _on_air_after(child, index), None
    if lemma == "call" and child.dep_ in ("prep", "prt") and child.lower_ == "on" and \
            any(c.i > child.i and (c.dep_ == "xcomp" or c.dep_ == "advcl" and _to_infinitive(c)) for c in children):
        # "called on Peru to …" ("on" parsed as a preposition or as a particle)
        target = next((g for g in child.children if g.dep_ == "pobj"), None)
        if target is None:
            # "called on Michigan Gov. Rick Snyder (R) to resign": a name followed by an aside
            # is parsed as the verb's subject, after "on" and before the clause
            target = next((c for c in children if c.dep_ in ("nsubj", "dobj", "oprd") and c.i > child.i
                           and c.pos_ in ("PROPN", "NOUN")), None)
        return None, target
    return None, None


def _needs_a_name(child: Token, verb: Token, lemma: str, target: Token) -> bool:
    """Whether the one ``child`` tells must be named (or be people) to be the audience: after
    "told" or before a clause ("urged the council to …", "warned them that …") the object is
    the audience whatever it is; "urged restraint" urges no one."""
    return not (child.dep_ in ("dobj", "dative") and (lemma in _TOLD_OBJECT or _clause_after(verb, target))
                or child.dep_ in ("prep", "prt") and child.lower_ == "on"  # "called on the board to …"
                # "vowed to voters that …", "appealed to donors to …": people a clause is
                # said or urged to after the "to" phrase ("pointed to polls that …" hangs the
                # clause on the noun, not the verb)
                or child.lower_ == "to" and _after_a_channel(child)  # "wrote in a memo to staff"
                # "yelled at the protesters", "snapped at a reporter" (not "at the top of his lungs")
                or lemma in _RAISED_AT and (target.tag_ == "NNS" or target.lemma_.lower() in _PRESS_PEOPLE)
                # "said to a standing ovation from the delegates": the ones applauding are people
                or target.dep_ == "pobj" and target.head.lower_ == "from"
                and target.head.head.lemma_.lower() in RESPONSES
                or child.lower_ in ("to", "with") and target.tag_ == "NNS"
                # (the clause right after them: not "said to cheers, “We will win”")
                and (any(c.dep_ in ("ccomp", "xcomp") and c.left_edge.i == target.right_edge.i + 1
                         for c in verb.children)
                     # ("pleaded with councillors [to fund …]": the infinitive hung on them)
                     or any(c.dep_ == "acl" and _to_infinitive(c) for c in target.children))
                or lemma in SPEECH_VERBS and (someones_people(target)
                                              or child.lower_ == "to" and _one_who(target))
                # "wrote to the bank's chief executive that …", "wrote to the editor,
                # demanding …": the one written to, whose words follow (not "wrote to
                # the effect that …", an idiom)
                or lemma == "write" and child.lower_ == "to" and target.tag_ == "NN"
                and target.lemma_.lower() != "effect" and _written_after(verb, target))


# Nouns for the press told: "confirmed the news to reporters".
_PRESS_PEOPLE = frozenset("reporter journalist correspondent".split())


def told_after_object(verb: Token, index: EntityIndex) -> Token | None:
    """ "confirmed the news to the Toronto Star", "denied the report to reporters": the parser
    hangs the "to" phrase that ends the object on the object; when it names an outlet or the
    press it is whom the words went to, not part of what was said. Its "to", or None."""
    dobj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if dobj is None:
        return None
    # (or on a noun inside it: "confirmed the news about the pilot to the Star")
    prep = next((c for c in dobj.subtree if c.dep_ == "prep" and c.lower_ == "to" and c.head.pos_ in ("NOUN", "PROPN")
                 and c.right_edge.i == dobj.right_edge.i), None)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None:
        return None
    named = index.at(pobj)
    if named is not None and named.type == "media" or pobj.tag_ == "NNS" and pobj.lemma_.lower() in _PRESS_PEOPLE:
        return prep
    return None


def _after_a_channel(to: Token) -> bool:
    """ "wrote in a memo to staff that …", "said in a letter to members": the parser hangs the
    "to" phrase of the letter on the verb; right after "in a memo" it is whom the memo went to,
    whatever its noun."""
    verb = to.head
    return any(c.dep_ == "prep" and c.lower_ in ("in", "via") and c.i < to.i and c.right_edge.i == to.i - 1
               and any(g.dep_ == "pobj" and g.lemma_.lower() in ADDRESSED_CHANNELS for g in c.children)
               for c in verb.children)


def _titled_work(obj: Token, verb: Token) -> bool:
    """Whether the object is a work's title ("wrote in her memoir, “Hard Years”"): a WORK_OF_ART
    that starts after the verb. The small model may tag a whole clause so ("[Lee told Business
    Insider]" one WORK_OF_ART): a title that takes in the verb is a misreading, not a work."""
    if obj.ent_type_ != "WORK_OF_ART":
        return False
    ent = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
    return ent is None or ent.start > verb.i


def _to_infinitive(verb: Token) -> bool:
    """ "to resign": a clause of "to" and a bare verb (what someone is called on to do)."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _fronted_to_people(prep: Token) -> bool:
    """ "To cheering crowds, he vows …", "to supporters in Ohio, she said …": a "to" phrase put
    before the cue is its audience only when it names people gathered or counted (not "to the
    surprise of many", "to be sure", "according to")."""
    if prep.dep_ != "prep" or prep.lower_ != "to":
        return False
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return pobj is not None and pobj.tag_ in ("NNS", "NNPS") and counted_people(pobj)


def _says_a_clause(verb: Token) -> bool:
    """ "insisted on CNN that …": a cue with a clause said after it (not "commented on CNN")."""
    return any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _responders(response: Token) -> Token | None:
    """The people a crowd's response comes from ("applause from supporters"); None when the
    text names none ("said to cheers": no audience)."""
    by = next((g for p in response.children if p.dep_ == "prep" and p.lower_ == "from"
               for g in p.children if g.dep_ == "pobj"), None)
    return by if by is not None and (by.tag_ in ("NNS", "NNPS") or by.pos_ == "PROPN") else None


def _on_air_after(prep: Token, index: EntityIndex) -> EntityRef | None:
    """The outlet of "on CNN", directly or under a time ("after midnight on CNN")."""
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if pobj is None:
        return programme_after(prep, index) if prep.lower_ == "on" else None
    if prep.lower_ == "on":
        return on_air(pobj, index) or programme_after(prep, index) or hosted_by(pobj, index)
    if pobj.ent_type_ not in ("TIME", "DATE"):
        return None
    inner = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    return _on_air_after(inner, index) if inner is not None else None


def _told_one(verb: Token, lemma: str, children: list[Token]) -> Token | None:
    """ "Lee was told by the envoy that …", "the agency, after being warned by Oslo that …": a
    verb of telling in the passive has the one told as its subject (the speaker is the agent);
    a participle with no subject of its own ("after being warned") takes its clause's."""
    if lemma not in OBJECT_AUDIENCE_VERBS or verb.tag_ != "VBN" or \
            not any(c.dep_ == "auxpass" for c in children):
        return None
    subj = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if subj is not None and subj.lower_ in ("he", "she") and verb.dep_ == "advcl":
        # "a clerk deleted the files even though he had been asked to keep them": the pronoun of
        # the clause on a verb is that verb's subject, a noun said just before, not the one the
        # article talks most about
        main = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < subj.i), None)
        if main is not None and main.pos_ in ("NOUN", "PROPN") and main.tag_ in ("NN", "NNP"):
            return main
    if subj is not None:
        return subj
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head  # "after being warned": the preposition's verb
    elif verb.dep_ != "advcl":
        return None
    if head.pos_ not in ("VERB", "AUX") or head.i == verb.i:
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


def _possessor_of_next(obj: Token, siblings: list[Token]) -> bool:
    """ "told CNN's Jake Tapper": an object that carries the possessive "'s" and is followed by
    another object of the same verb is that object's owner, misparsed."""
    return any(c.dep_ == "case" for c in obj.children) and \
        any(c.dep_ in ("dobj", "dative") and c.i > obj.i and c.pos_ in ("PROPN", "NOUN") for c in siblings)


def _outlets_programme(owner: Token, siblings: list[Token], index: EntityIndex) -> EntityRef | None:
    """ "told BBC Radio Four's Any Questions" parsed as two objects: an outlet's programme, no one
    the document names, was told; the outlet is the audience (not for "CNN's Jake Tapper")."""
    ref = index.at(owner)
    owned = next((c for c in siblings if c.dep_ in ("dobj", "dative") and c.i > owner.i), None)
    if ref is None or ref.type != "media" or owned is None or owned.pos_ != "PROPN":
        return None
    named = index.at(owned)
    return ref if named is None or named.type != "person" else None


def _programme_owner(obj: Token, index: EntityIndex) -> EntityRef | None:
    """ "told BBC Radio Four's Any Questions" parsed as owner and programme: the outlet that
    owns the programme told is the audience (not for "CNN's Jake Tapper", a person told)."""
    owner = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    ref = index.at(owner) if owner is not None else None
    named = index.at(obj)
    if owner is not None and (ref is None or named is not None and ref.id == named.id):
        # one mention over both ("BBC Radio Four's Any Questions"): the owner's words, if an
        # outlet's, are the outlet
        span = owner.doc[owner.left_edge.i:owner.i + 1]
        cluster = index.add(span, "media") if outlet_shaped(span.text) else None
        ref = index.ref(cluster) if cluster is not None else None
    if ref is None or ref.type != "media":
        return None
    return ref if named is None or named.type != "person" else None


def glued_audience(verb: Token, index: EntityIndex) -> tuple[Token, Token] | None:
    """ "told the BBC Iran was ready": with no "that", the parser glues the one told to the
    subject of the clause as a compound (of that subject, or of a false object with the clause
    left subjectless). (the one told, the clause's real subject), or None."""
    if verb.lemma_.lower() not in OBJECT_AUDIENCE_VERBS:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None:
        return None
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:  # "told [the BBC Peru] [was ready]": the object is the clause's subject
        subj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
    elif any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    if subj is None or not subj.ent_type_ or subj.ent_iob_ != "B":
        return None
    before = subj.doc[subj.i - 1] if subj.i > 0 else None
    if before is None or before.dep_ != "compound" or before.head.i != subj.i:
        return None
    other = index.at(before)
    if other is not None and other.type in ("media", "organization") or \
            other is None and before.is_upper and len(before) >= 2 and before.pos_ == "PROPN":
        return before, subj
    return None


def _one_who(noun: Token) -> bool:
    """A noun a "who" clause describes is a person: "said to a reporter who asked about the ads",
    "explained to a woman whose son had enlisted" (not "referred to the plan that …")."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "relcl" and any(g.lower_ in ("who", "whom", "whose") for g in c.subtree if g.i < c.i)
        for c in noun.children)


def _written_after(verb: Token, to: Token) -> bool:
    """Whether the words written follow the one written to: a clause ("wrote to the editor that
    …") or a participle of saying or demanding ("wrote to the editor, demanding …")."""
    return any(c.dep_ == "ccomp" and c.i > to.i or c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.i > to.i
               for c in verb.children)


def _clause_after(verb: Token, obj: Token) -> bool:
    return any(c.dep_ in ("xcomp", "ccomp") and c.i > obj.i for c in verb.children) or \
        any(c.dep_ in ("xcomp", "ccomp", "acl") and c.i > obj.i for c in obj.children)

