"""The words around a speaker, read off the parse: the subject a verb has, the whole mention
a head word stands in, and the nouns that say what kind of speaker a description is ("a NATO
diplomat", "the ministry", "the statement"). ``speakers`` resolves speakers over these.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from . import gazetteer
from .cues import DASHES, SUBORDINATORS, is_speech_past, is_speech_verb
from .gender import forename_gender
from .entities import EntityIndex
from .entities.mentions import OF_TITLE_HEADS, head_type
from .model import EntityRef

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")

RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})

# Nouns that name an unnamed source ("a NATO diplomat", "people familiar with the matter"), with
# the members of a chamber as British and European news write them ("Tory MPs", "Labour peers").
SOURCE_NOUNS = frozenset("""
official officials diplomat diplomats source sources spokesman spokeswoman spokesperson aide aides
adviser advisers advisor advisors analyst analysts expert experts people person officer officers
lawmaker lawmakers senator minister ministers member members observer observers insider insiders
critic critics supporter supporters resident residents witness witnesses leader leaders envoy
negotiator negotiators representative representatives executive executives economist economists
researcher researchers scholar scholars professor academic academics activist activists
commentator commentators voter voters worker workers employee employees staffer staffers
investigator investigators prosecutor prosecutors lawyer lawyers attorney attorneys doctor doctors
mp mps mep meps msp msps peer peers legislator legislators
""".split())

# The members of a chamber as British and European news write them after a party ("a Labour
# MP", "Tory MEPs"): the model tags them proper nouns and often runs the party's name over them.
CHAMBER_MEMBER_NOUNS = frozenset("mp mps mep meps msp msps mla mlas".split())

# The model's labels of a named place: a town, a state or a country ("GPE"), a region ("LOC").
PLACE_LABELS = ("GPE", "LOC")

GROUP_NOUNS = frozenset({"reporters", "journalists", "press", "audience", "crowd", "supporters", "lawmakers"})

# Nouns for an institution speaking through its staff ("Takaichi's office denied …").
OFFICE_NOUNS = frozenset("""
office ministry department campaign administration government embassy commission committee
council agency secretariat cabinet presidency bureau court parliament
army military navy police
""".split())
# Office nouns that also count a crowd ("an army of volunteers"): no body after "a".
FORCE_NOUNS = frozenset("army military navy police".split())

# Common nouns for one person in an office ("the French leader", "Russia's point man"): a
# described person, never the country or organisation named beside them.
PERSON_NOUNS = frozenset("""
man woman leader president premier chancellor minister secretary envoy ambassador diplomat
official spokesman spokeswoman spokesperson negotiator chief head boss czar tsar aide adviser
advisor deputy commander general emissary representative foreign counterpart
chairman chairwoman chairperson
""".split())

# Common nouns for one person by what they do, outside politics, that ``agentive`` does not
# read from an ending ("the judge", "the nurse", "the coach"): one person described, as "the
# senator" is, when a sentence about speaking has them as its subject.
CALLING_NOUNS = frozenset("""
judge justice magistrate nurse surgeon coach pilot candidate nominee student priest bishop rabbi imam
sheriff detective clerk chef host guest wife husband son daughter colleague athlete
""".split())

# Nouns a definite description of an outlet uses ("the newspaper said").
MEDIA_NOUNS = frozenset("newspaper paper broadcaster outlet agency network channel daily magazine station "
                        "website tabloid publication".split())

# What an institution's words come in ("the statement said", "the readout added").
DOCUMENT_NOUNS = frozenset("statement readout communique communiqué release letter notice post note "
                           "report document transcript".split())

# Nouns whose bearer may be a subject that speaks: the source, the person in an office, the
# group, the office, the outlet and the document ("the official said", "the statement added").
SOURCE_OR_PERSON_NOUNS = SOURCE_NOUNS | PERSON_NOUNS
_SPEAKING_NOUNS = SOURCE_OR_PERSON_NOUNS | GROUP_NOUNS | OFFICE_NOUNS | MEDIA_NOUNS | DOCUMENT_NOUNS

# Verbs of answering whose subject, silent, is the one asked ("declined to comment").
_ANSWER_VERBS = frozenset("respond reply return answer comment speak talk".split())
# What one declines or refuses to do when keeping silent ("declined to comment", "refused to discuss").
_DECLINED_ANSWERS = _ANSWER_VERBS | {"say", "discuss", "elaborate"}


# Verbs whose object does what the gerund after "of" says: "accused Peru of arming X".
_CHARGE_VERBS = frozenset("accuse suspect convict".split())


def _charged_one(prep: Token) -> Token | None:
    """The object of the verb above a gerund's preposition when that object, not the subject,
    is the one who acts: "accused Peru of arming X", "suspected Lee of leaking it", "praised
    Lee for standing with X", "blamed Peru for attacking X" (a name or a personal pronoun)."""
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or not (prep.lower_ == "of" and verb.lemma_.lower() in _CHARGE_VERBS
                                               or prep.lower_ == "for"):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if obj is not None and (obj.pos_ == "PROPN" or obj.lower_ in ("him", "her", "them")):
        return obj
    return None


# Verbs of getting in touch whose "X to do" is the purpose of the contact, done by the one who
# calls or visits, never object control ("phoned Lee to congratulate him", "met Kim to discuss")
_CONTACT_VERBS = frozenset("call phone telephone ring meet visit contact email text host receive".split())


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject of ``verb``, climbing through conjunctions and controls
    ("X said …, adding …" gives X for "adding")."""
    seen = 0
    tok: Token | None = verb
    skipped: Token | None = None  # the subject of a "where"/"when" clause climbed past
    in_time: Token | None = None  # the same, of a clause of time ("when she met …, saying")
    last: Token | None = None
    while tok is not None and seen < 4:
        below, last = last, tok  # the clause climbed from
        if seen and _describing_clause(tok) and _set_off_participle(verb):
            # "Protesters marched past the stadium, where the team played, while chanting …",
            # "Lee praised the workers who built it, saying …": the parse hangs a participle set
            # off by a comma on the nearest verb, but a relative clause only describes its noun
            # (a "where"/"when" clause its place or time); the participle goes on with the
            # clause above it (unless that clause's subject cannot speak: below)
            skipped = nearest_subject(tok)
            in_time = skipped if tok.dep_ == "advcl" else None  # "when she met …": not a relative's
            tok = tok.head if tok.head.pos_ in ("VERB", "AUX") else _verb_above(tok.head)
            seen += 1
            continue
        if seen == 1 and (speaker := _speaker_going_on(tok, verb)) is not None:
            return speaker
        child = nearest_subject(tok)
        if child is not None and seen and tok.lemma_ == "be":
            if below is not None and below.dep_ == "xcomp" and _infinitive(below) and not _may_speak(child) \
                    and cleft_doer(child) is None:
                # "The only answer was to shout “…”", "Her reply was to say …": the subject names
                # the act, not who does it; only its possessor may
                return next((c for c in child.children if c.dep_ == "poss" and _may_speak(c)), None)
            child = cleft_doer(child) or child
        if child is not None:
            if child.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                return tok.head
            if seen and verb.tag_ == "VBG" and not _may_speak(child):
                # "He sent an email as the meeting began vowing …", "The first incident came
                # …, when protesters interrupted her, shouting …": a participle speaks for a
                # subject that can speak, in the clause it hangs on or the one around it,
                # not for an event or a thing
                for other in (skipped, _main_subject(tok, verb), _clause_before(verb)):
                    if other is not None and _may_speak(other):
                        return other
            if seen and verb.tag_ == "VBG" and (nearer := _same_one_nearer(
                    child, _pronoun_in_clause_before(tok, verb) or in_time)) is not None:
                return nearer
            return child
        if tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            # object control: in "That prompted Lee to call it “…”" / "urged Kim to say …" the
            # one who calls is the object of the verb above, not its subject
            obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
            if obj is not None and tok.head.lemma_.lower() in _CONTACT_VERBS:
                obj = None  # "called Quispe to express support": the caller expresses, the call's purpose
            if obj is not None and (obj.pos_ == "PROPN" or obj.lower_ in ("him", "her", "them")):
                return obj  # a person named or pointed at ("used blunt language to denounce" is no control)
        if tok.dep_ == "conj" and (nearer := _nearer_conjunct(tok)) is not None:
            tok = nearer
        elif tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.i != tok.i:
            tok = tok.head
        elif seen and tok.dep_ in ("oprd", "dobj") and tok.pos_ in ("ADJ", "NOUN") and tok.head.pos_ == "VERB" \
                and tok.head.i < tok.i:
            # "He called it “shameful” and called on leaders …": the parse hangs the second verb
            # on the first one's label or object; it shares that verb's subject. So does a verb
            # under the object's preposition: "has endured criticism for telling …", "made a
            # point of saying …" (one charged, "accused Lee of saying", is taken above)
            tok = tok.head
        elif tok.dep_ == "acomp" and tok.head.i != tok.i:
            # "Lee was quick to note …", "is determined to warn …": the adjective's subject; not
            # an empty "it" ("It is worth noting that …", "it is fair to say …": no one speaks)
            tok = tok.head
            if any(c.dep_ in SUBJECT_DEPS and c.lower_ == "it" for c in tok.children):
                return None
        elif tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
            charged = _charged_one(tok.head)
            if charged is not None:
                return charged  # "Chile accused Peru of arming X", "thanked Lee for backing X": Peru, Lee
            tok = tok.head.head  # "began by saying …"
        elif tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and tok.head.dep_ == "pobj" and _infinitive(tok) \
                and tok.head.lemma_.lower() not in SOURCE_OR_PERSON_NOUNS \
                and (above := _verb_above(tok.head)) is not None:
            # "did not respond to requests to comment", "in a bid to persuade": the noun of a
            # prepositional phrase is the request or the plan; whoever makes or meets it is the
            # subject of the clause it stands in (as an object, "gave the chair the right to
            # call", the noun may be someone's: left alone)
            tok = above
        elif tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return tok.head  # "a State Department official, speaking on …, said" / "…, speaking"
        else:
            tok = None
        seen += 1
    return None


# The heads of a pseudo-cleft's subject: "All she could do was …", "What he did was …".
_CLEFT_HEADS = frozenset({"all", "what", "everything"})


def cleft_doer(subj: Token) -> Token | None:
    """The one who acts in a pseudo-cleft ("All she could do was shout …", "What he did was
    yell …"): the subject of its clause of "do", not "all" or "what"."""
    if subj.lemma_ == "do" and subj.dep_ in ("csubj", "csubjpass"):
        # "What he did": the clause itself is the subject of "was", "what" its object
        clause: Token | None = subj if any(c.lower_ in _CLEFT_HEADS and c.i < subj.i for c in subj.children) else None
    elif subj.lower_ in _CLEFT_HEADS:
        clause = next((c for c in subj.children if c.dep_ == "relcl" and c.lemma_ == "do"), None)
    else:
        return None
    if clause is None:
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj"), None)


def _nearer_conjunct(verb: Token) -> Token | None:
    """The verb whose phrase ends right before "and ``verb``", when the parse joined ``verb``
    to an earlier clause instead: in "a group called for a boycott, and the union denounced
    the plan and said …" the union said it, as the nearest verb phrase with its own subject
    is the one the conjunction goes on from."""
    doc = verb.doc
    k = verb.i - 1
    while k > verb.head.i and doc[k].pos_ == "ADV":
        k -= 1
    if k <= verb.head.i + 1 or doc[k].lower_ not in ("and", "but") or doc[k].head.i != verb.head.i:
        return None
    k -= 1
    if doc[k].text == ",":
        k -= 1
    tok = doc[k]
    for _ in range(8):
        if tok.i <= verb.head.i or tok.i >= verb.i:
            return None
        if tok.pos_ == "VERB" and tok.right_edge.i == k and tok.tag_ in ("VBD", "VBZ", "VBP"):
            subj = nearest_subject(tok)
            if subj is None or any(c.dep_ == "mark" for c in tok.children) or subj.lower_ in RELATIVE_PRONOUNS:
                return None  # "after he clinched it and said", "the man who founded it and said": the main clause's
            up = tok
            while up.i != verb.head.i:
                if up.dep_ not in ("conj", "relcl") or up.head.i == up.i:
                    # "issued a statement saying his comment has … and said": a clause inside
                    # the first one's words, not a clause of its own
                    return None
                up = up.head
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _may_speak(tok: Token) -> bool:
    """Can the subject ``tok`` speak: a pronoun, a name, a noun for people, a body, an outlet or
    a document, or one who does something ("protesters"); not an event or a thing ("the
    meeting", "the polls", "the first incident")."""
    if tok.pos_ in ("PRON", "PROPN") or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lemma = tok.lemma_.lower()
    if lemma in _SPEAKING_NOUNS or head_type(lemma) is not None:
        return True
    return agentive(tok) or lemma != tok.lower_ and lemma not in _NOT_AGENTS \
        and lemma.endswith(_AGENT_ENDINGS) and len(lemma) > 4  # a plural: "protesters"


# Participles by which a speaker goes on with what he said: ", adding that …", ", noting …".
_GOING_ON = frozenset("add note remark say explain insist stress continue".split())


# Clauses of an event over before or after the speech ("after the senator won"); not one going
# on with it ("as a porter walks in, saying …": the porter may be the one saying it).
_BEFORE_OR_AFTER = frozenset("after before since until once".split())


def _speaker_going_on(clause: Token, verb: Token) -> Token | None:
    """The speaker of a speech verb that a participle of going on continues across a clause of
    time between them: in "Lee said so after the senator won, adding that …" the parse hangs
    "adding" on "won", but Lee adds. Only when the clause's own verb is no speech verb (the
    senator does not speak), the clause tells of an event before or after the speech, and the
    verb above it is one of speech, with a subject of its own."""
    if verb.lemma_.lower() not in _GOING_ON or not _set_off_participle(verb) or verb.head.i != clause.i:
        return None
    if clause.dep_ != "advcl" or clause.head.i == clause.i or is_speech_verb(clause.lemma_) or not any(
            c.dep_ == "mark" and c.lower_ in _BEFORE_OR_AFTER for c in clause.children):
        return None
    above = clause.head
    if above.i > clause.i or not is_speech_verb(above.lemma_):
        return None
    subj = nearest_subject(above)
    return subj if subj is not None and subj.lower_ not in ("it", "there", "this", "that") else None


def _main_subject(clause: Token, verb: Token) -> Token | None:
    """The subject of the clause a subordinate clause ("as …", "after …") is set in, for a
    participle run on to the subordinate verb ("as the polls closed stating …"); one set off
    by a comma ("as a porter walks in, saying …") may well be the subordinate subject's."""
    if verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == ",":
        return None
    if clause.dep_ != "advcl" or clause.head.i == clause.i or not any(
            c.dep_ in ("mark", "advmod") and c.lower_ in SUBORDINATORS for c in clause.children):
        return None
    return nearest_subject(clause.head)


def _clause_before(verb: Token) -> Token | None:
    """The subject of the clause that ends at the comma before a participle ("…, when
    protesters interrupted her, shouting …"), wherever the parse hangs that clause."""
    doc = verb.doc
    comma = verb.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    tok = doc[comma - 1]
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and tok.right_edge.i == comma - 1:
            return nearest_subject(tok)
        if tok.head.i == tok.i or tok.head.i > verb.i:
            return None
        tok = tok.head
    return None


# Subordinators of a clause of time set in the clause a participle goes on ("when she met …,
# calling …"); not a comparison ("more than he has, saying …"), whose subject is the same as
# the main one but no act of its own.
_TIME_MARKS = frozenset("when as while after before once".split())


def _pronoun_in_clause_before(main: Token, verb: Token) -> Token | None:
    """The subject of a clause of time of ``main`` that ends at the comma before the participle
    ``verb`` ("Lee changed her tone when she met the farmers, calling …"): the participle's
    speaker met nearest, when it is the main subject again (``_same_one_nearer``)."""
    doc = verb.doc
    comma = verb.left_edge.i - 1
    if verb.tag_ != "VBG" or comma < 1 or doc[comma].text != ",":
        return None
    clause = next((c for c in main.children if c.dep_ == "advcl" and c.i < verb.i and c.right_edge.i == comma - 1
                   and any(g.dep_ in ("mark", "advmod") and g.lower_ in _TIME_MARKS for g in c.children)), None)
    if clause is None:
        return None
    return nearest_subject(clause)


def _same_one_nearer(subj: Token, pron: Token | None) -> Token | None:
    """``pron`` ("he"/"she", the subject of a clause of time between ``subj`` and a participle)
    when it is ``subj`` again: no one else named between them, and no gender against it."""
    if pron is None or pron.lower_ not in ("he", "she") or pron.i <= subj.i or pron.i - subj.i > 40:
        return None
    if subj.lower_ in ("he", "she", "they", "it") and subj.lower_ != pron.lower_:
        return None
    if subj.pos_ == "PROPN":
        gender = forename_gender(" ".join(t.text for t in subj.subtree if t.pos_ == "PROPN"))
        if gender is not None and gender != ("m" if pron.lower_ == "he" else "f"):
            return None
    if any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and not t.ent_type_
           for t in subj.doc[subj.right_edge.i + 1:pron.i]):
        return None  # "Lee thanked Ann Dorr when she arrived, saying …": she may be Dorr
    return pron


def stranded_subject(verb: Token) -> Token | None:
    """The subject of a sentence's own verb the parse read as a participle: in "Ames, a
    council ally, called the fee “unfair”" or "Ames, who chairs the board, called …" the
    small model hangs "called" on "Ames" as a participle (as in "a box, called …") and makes
    the name the root, leaving the sentence no verb. A root noun whose apposition or relative
    clause a comma closes right before the verb is that verb's subject, and so is a noun right
    before the verb that opens its clause (``_clause_noun_read_as_named``). None otherwise."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):
        return None
    doc = verb.doc
    if verb.head.i == verb.i - 1:  # "one lawmaker called Reyes “…”": no comma, no aside
        return _clause_noun_read_as_named(verb)
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    # up to the root: the participle may hang on the last noun of the aside ("Ames, who
    # served on the board, called …" hangs it on "board")
    set_off, head = None, verb.head
    for _ in range(12):
        if head.dep_ == "ROOT":
            break
        set_off, head = head, head.head
    else:
        return None
    if head.pos_ not in ("PROPN", "NOUN", "PRON") or head.i >= verb.i:
        return None
    aside = set_off
    if aside is None:
        asides = [c for c in head.children if c.dep_ in ("appos", "relcl") and head.i < c.i < verb.i]
        aside = asides[-1] if asides else None
    if aside is None or aside.dep_ not in ("appos", "relcl") or aside.head.i != head.i:
        return None
    if max((t.i for t in aside.subtree if t.i < verb.i - 1), default=-1) != verb.i - 2:
        return None  # the aside must run up to the comma before the verb
    if not any(c.dep_ in ("dobj", "oprd", "ccomp") and c.i > verb.i for c in verb.children):
        return None  # (what it says stands after it, as a cue's does)
    return head


# Where a clause may open: its noun phrase stands first in the sentence or after a semicolon.
_CLAUSE_OPENERS = frozenset({";"})


def _clause_noun_read_as_named(verb: Token) -> Token | None:
    """The noun a clause opens with, when the parse read its verb as naming it: in "One
    lawmaker called Reyes “a coward.”" the small model takes "called" as in "a man called
    Horse" and leaves the clause no verb. Only when the noun may speak, its phrase opens the
    clause, no verb of the clause's own follows ("A man called “the Butcher” was arrested")
    and a quotation opens after the verb."""
    doc, noun = verb.doc, verb.head
    if noun.i != verb.i - 1 or noun.pos_ not in ("NOUN", "PROPN") or not _may_speak(noun):
        return None
    start = noun.left_edge.i
    if start != noun.sent.start and doc[start - 1].text not in _CLAUSE_OPENERS:
        return None
    if not any(c.dep_ in ("dobj", "oprd") and c.i > verb.i for c in verb.children):
        return None
    own = {t.i for t in verb.subtree}
    quoted, opened = False, False
    for tok in doc[verb.i + 1:noun.sent.end]:
        if tok.text in _CLAUSE_OPENERS and not quoted:
            break
        if tok.is_quote:
            quoted = tok.tag_ == "``" or not quoted and tok.tag_ != "''"
            opened = opened or quoted
        elif not quoted and tok.pos_ in ("VERB", "AUX") and tok.i not in own:
            return None  # the clause's own verb comes after: "A man called … was arrested"
    return noun if opened else None


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _set_off_participle(verb: Token) -> bool:
    """A participle clause after a comma or a dash: ", saying …", ", while chanting …"."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.left_edge.i == 0:
        return False
    return verb.doc[verb.left_edge.i - 1].text in (",",) + tuple(DASHES)


def _describing_clause(tok: Token) -> bool:
    """A relative clause opened by its relative word, or a clause opened by "where"/"when"
    (which the parse may hang on the verb as a complement). Not a clause without one: "at a
    briefing he used stronger words" is often a main clause the parse took for a relative."""
    first = tok.doc[tok.left_edge.i].lower_
    if tok.dep_ == "relcl":
        return first in ("who", "whom", "whose", "which", "that", "where", "when")
    return tok.dep_ in ("ccomp", "advcl") and first in ("where", "when")


def _verb_above(tok: Token) -> Token | None:
    """The nearest verb ``tok`` hangs under (a noun's clause), or None."""
    for _ in range(6):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def nearest_subject(verb: Token) -> Token | None:
    """The subject of ``verb`` a reader takes: the first, but not a place when the parse gives
    another ("Paris (AFP) – Finance minister Dubois has criticised …" makes the dateline a
    second subject); a place with a name coordinated after it gives way to the name ("Speaking
    in Dover, Delaware, Rand went after Smith": the parse joins the place and the speaker)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return None
    subj = subjects[0]
    if len(subjects) > 1 and (subj.ent_type_ in PLACE_LABELS or in_dateline(subj)):
        subj = next((c for c in subjects[1:] if c.ent_type_ not in PLACE_LABELS), subj)
    if subj.ent_type_ in PLACE_LABELS:
        person = next((c for c in subj.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                       and c.ent_type_ not in ("GPE", "LOC", "NORP", "FAC")
                       and c.i < verb.i and subj.doc[c.i - 1].text == ","), None)
        if person is not None:
            return person
    return subj


def in_dateline(tok: Token) -> bool:
    """True for a word of a dateline opening its sentence: names and an agency in brackets,
    then a dash ("Lisbon (AFP) –", "MILL VALLEY, Calif. —")."""
    doc = tok.doc
    start = tok.sent.start
    for t in doc[start:min(start + 9, tok.sent.end)]:
        if t.text in DASHES and t.tag_ != "HYPH" and t.i > start and doc[t.i - 1].whitespace_:
            return start <= tok.i < t.i  # a dash set off by spaces, not the hyphen of "R-Wis."
        if not (t.pos_ == "PROPN" or t.is_punct or t.like_num):  # "BRUSSELS, Oct 14 (Reuters) -"
            return False
    return False


def mention_span(head: Token, index: EntityIndex) -> SpacySpan:
    """The mention a reader would point at for ``head``: the named entity around it, or its
    noun phrase without appositions and relative clauses."""
    ent = index.layout.ent_at(head.i)
    if ent is not None and ent.start < head.i and any(_spaced_dash(t) for t in ent.doc[ent.start:head.i]):
        ent = None  # "caucus - HuffPollster": the name after the dash is the mention
    if ent is not None and head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX") \
            and ent.start <= head.head.i < ent.end:
        ent = None  # "Walsh Calls for Inquiry after Memo Reveals …": a title-case headline tagged
        # one long name holds the very verb its word is the subject of, so it names no one
    if ent is not None and head.i == ent.end - 1 and head.lower_ in CHAMBER_MEMBER_NOUNS:
        ent = None  # "a Labour MEP" tagged a body: the member is the mention, the party its word
    if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC") and "\n" not in ent.text:
        if len(ent) > 1 and ent[0].is_sent_start and is_speech_past(ent[0].text) and ent[0].i != head.i:
            return ent[1:]  # "Stated Pell: …": the verb glued to the name is the cue
        return ent
    left = head.i
    for child in head.lefts:
        if child.dep_ in ("det", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "case"):
            left = min(left, child.left_edge.i)
    right = head.i
    for child in head.rights:
        # "people familiar with the matter", "a spokesman for the office that …"
        if child.dep_ in ("amod", "prep", "compound") and child.i == right + 1:
            if child.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in child.children):
                break  # "Trump on Monday said": the date is not part of the mention
            right = child.right_edge.i
    # a mention never runs over a line break ("2025\nNews\n\nA full-body MRI"), nor back over
    # a digest line's dash ("Turnout fell - Ruth Okafor: “…”": the headline is no part of it)
    doc = head.doc
    while left < head.i and any("\n" in t.text or "\n" in t.whitespace_ or _spaced_dash(t) for t in doc[left:head.i]):
        left += 1
    while right > head.i and any("\n" in t.text or "\n" in t.whitespace_ for t in doc[head.i:right]):
        right -= 1
    while right > head.i and doc[right].text == ",":
        right -= 1  # "A woman in Dayton, Ohio, told him": the comma closing the place is no part of it
    if right > head.i and right + 2 < len(doc) and doc[right].ent_type_ in PLACE_LABELS \
            and doc[right + 1].text == "," and doc[right + 2].ent_type_ in PLACE_LABELS \
            and doc[right + 2].head.i == head.head.i and doc[right + 2].head.i != head.i:
        # "A woman in Dayton, Ohio told him", "voters in Alabama, Georgia and Virginia said": the
        # parse hung the state (or the rest of the list) on the verb
        right = doc[right + 2].right_edge.i
        while right > head.i and doc[right].text == ",":
            right -= 1
    return doc[left:right + 1]


def _spaced_dash(tok: Token) -> bool:
    """A dash set off by a space before it ("fell - Okafor"), not the hyphen inside a word."""
    return tok.text in DASHES and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def description_of(head: Token) -> str:
    """A described source with all the text says of it: "a NATO diplomat, who, like others,
    spoke on the condition of anonymity"."""
    toks = [t for t in head.subtree]
    while toks and toks[-1].is_punct:
        toks.pop()
    if len(toks) > 30:
        toks = toks[:30]
    return head.doc[toks[0].i:toks[-1].i + 1].text if toks else head.text


def kept_silent(verb: Token) -> bool:
    """True for a verb saying its subject did not speak: "did not respond", "declined to
    comment", "refused to answer", "could not be reached"."""
    lemma = verb.lemma_.lower()
    if lemma in ("decline", "refuse"):
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in _DECLINED_ANSWERS
                   for c in verb.children)
    if lemma == "reach" and any(c.dep_ == "auxpass" for c in verb.children):
        return any(c.dep_ == "neg" for c in verb.children)
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    if lemma in _ANSWER_VERBS:
        return True
    # another speech verb is silence only said bare ("did not say", "would not elaborate"): one
    # with what was not said spoke ("did not deny the report", "did not say when it would close")
    return is_speech_verb(lemma) and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in verb.children)


# (not "-ent"/"-ant": "the first incident", "the agreement" are things more often than people)
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman")


_NOT_AGENTS = frozenset("order answer paper number letter report statement quarter center centre member matter "
                        "government department parliament agreement document".split())


def agentive(head: Token) -> bool:
    """A common noun for one who does something ("the developer", "the former banker", "the
    ferryman"), by its ending or a "former"/"retired" before it; not a thing ("the letter")."""
    low = head.lower_
    if low in _NOT_AGENTS or low in DOCUMENT_NOUNS or low in MEDIA_NOUNS or low in OFFICE_NOUNS:
        return False
    if any(c.dep_ == "amod" and c.lower_ in ("former", "retired", "veteran", "longtime") for c in head.children):
        return True
    return low.endswith(_AGENT_ENDINGS) and len(low) > 4


def name_root(tok: Token) -> Token:
    """The word that holds the place in its clause of the name ``tok`` is part of: up from a
    forename or a title ("Ann" of "Ann Lee") to the name's head."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def reports(tok: Token) -> bool:
    """True when the name ``tok`` heads is the subject of a speech verb."""
    root = name_root(tok)
    verb = root.head
    return root.dep_ in SUBJECT_DEPS and verb.pos_ == "VERB" and is_speech_verb(verb.lemma_)


def reports_by_participle(tok: Token) -> bool:
    """True when the name ``tok`` heads is the subject of a clause whose participle is a
    speech verb ("Miller weighed in, telling the Tribune, “…,” she said"): the clause hands
    the word to its subject, as a speech verb of its own would."""
    root = name_root(tok)
    verb = root.head
    return root.dep_ in SUBJECT_DEPS and any(
        c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.i > root.i and is_speech_verb(c.lemma_)
        for c in verb.children)


def introduces_with_colon(tok: Token) -> bool:
    """True when the name ``tok`` heads is the subject of a clause that ends in a colon
    before a quotation ("Fallow fired back: “…,” he wrote"): whatever its verb, the clause
    hands the word to its subject."""
    root = name_root(tok)
    verb = root.head
    return root.dep_ in SUBJECT_DEPS and any(c.text == ":" and c.i > root.i for c in verb.children) \
        and verb.i + 1 < len(tok.doc)


def inside_report(tok: Token) -> bool:
    """True when ``tok`` stands in the clause a speech verb reports ("Tyler said that [Cruz
    has …]"), under that verb's own subject: a name there is what the report is about, less
    salient for a later "he" than the reporter."""
    child = tok
    for anc in tok.ancestors:
        if child.dep_ == "ccomp" and anc.pos_ == "VERB" and anc.i < tok.i and is_speech_verb(anc.lemma_) \
                and any(c.dep_ in SUBJECT_DEPS and c.i < anc.i for c in anc.children):
            return True
        child = anc
    return False


def which_follows(name: Token) -> bool:
    """"Kalvor, which runs the grid, …": a relative "which" takes up things, not people."""
    return any(c.dep_ == "relcl" and any(g.lower_ == "which" and g.i > name.i and g.dep_ in SUBJECT_DEPS + ("dobj",)
                                         for g in c.children)
               for c in name.children)


def is_definite(head: Token) -> bool:
    """"the French leader", "the newspaper": the noun's own article is definite."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.lefts)


def country_words(demonym: str) -> set[str]:
    """The lowercase words of the country a demonym names ("french" → {"france"})."""
    name = gazetteer.demonym(demonym) or gazetteer.country(demonym)
    return set(name.lower().split()) if name else set()


def group_name(words: list[Token]) -> str:
    """A described source's name: its words without the article ("a NATO diplomat" →
    "NATO diplomat")."""
    name = "".join(t.text_with_ws for t in words).strip()  # "45-year-old", not "45 - year - old"
    return name.replace(" ’s", "’s").replace(" 's", "'s") or "unnamed source"


def named_in_apposition(head: Token, index: EntityIndex) -> tuple[EntityRef, Token] | None:
    """A person named right next to a role noun: its apposition or the name it qualifies."""
    for child in head.children:
        if child.dep_ in ("appos", "compound", "flat") and child.i > head.i:
            ref = index.at(child)
            if ref is not None and ref.type == "person":
                return ref, child
            if ref is not None and ref.type in ("organization", "media") and child.dep_ == "appos" \
                    and head.pos_ == "NOUN" and head.lemma_.lower() not in PERSON_NOUNS \
                    and _comma_between(head, child):
                # "The mine's operator, Kovar Mining, said": the company named beside the
                # description speaks, not a group called "mine's operator"
                return ref, child
    if head.dep_ in ("compound", "appos") and head.head.i > head.i:
        ref = index.at(head.head)
        if ref is not None and ref.type == "person":
            return ref, head.head
    # "US Director of National Intelligence Tulsi Gabbard said": a capitalised office whose "of"
    # phrase the parse runs on into the name, with no comma between: the name is the holder's
    if head.text[:1].isupper() and head.lower_ in OF_TITLE_HEADS:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != head.i + 1:
                continue
            for pobj in prep.children:
                ref = index.at(pobj)
                words = pobj.doc[prep.i + 1:pobj.i + 1]
                if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN" and ref is not None and ref.type == "person" \
                        and all(t.text[:1].isupper() and not t.is_punct for t in words):
                    return ref, pobj
    # "The mayor of Westford, Anna Kovac, said": the parser hangs the name on the place; a
    # person cannot stand in apposition to a place or an institution, so it names the role
    for pobj in _of_phrase_objects(head):
        place = index.at(pobj)
        # "A senior adviser to Chancellor Weber, Maya Koenig, said": one named person is no
        # apposition of another, so the second name is the adviser's (after a plain noun,
        # "a lawyer for the defendant, Ana Ruiz," could name either: left alone; after a
        # body or a place said by a common noun, "the head of the growers' union, Ola Berg,",
        # "a resident of the village, Ana Ruiz,", it names the role)
        named = place is not None and place.type == "person" and pobj.pos_ == "PROPN"
        # ("the town of Ayr": the name of a place said by its kind is that place too)
        body = _body_noun(pobj) or pobj.pos_ == "PROPN" and pobj.head.lower_ == "of" and _body_noun(pobj.head.head)
        if pobj.ent_type_ not in _PLACE_TYPES and (place is None or place.type == "person") and not named \
                and not body:
            continue
        for child in pobj.children:
            if child.dep_ == "appos" and child.i > pobj.i and _comma_between(pobj, child):
                ref = index.at(child)
                closed = child.right_edge.i + 1 < len(child.doc) and child.doc[child.right_edge.i + 1].text == ","
                if ref is not None and ref.type == "person" and (not named or closed and ref.id != place.id) \
                        and (closed or not body):
                    return ref, child
    return None


def _body_noun(tok: Token) -> bool:
    """A common noun for a body or a place ("the association", "the town")."""
    return tok.pos_ == "NOUN" and (head_type(tok.lemma_.lower()) in ("organization", "place")
                                   or tok.lemma_.lower() in _BODY_WORDS)


def _of_phrase_objects(head: Token) -> list[Token]:
    """The objects of the prepositions that say whose role ``head`` is, down a chain of "of"
    ("a resident of the town of Ayr": town, Ayr): an apposition may hang on any of them."""
    found: list[Token] = []
    tops = [head]
    for depth in range(3):
        preps = [c for t in tops for c in t.children if c.dep_ == "prep"
                 and c.lower_ in (("of", "for", "at", "to") if depth == 0 else ("of",))]
        tops = [c for p in preps for c in p.children if c.dep_ == "pobj"]
        found.extend(tops)
    return found


_PLACE_TYPES = frozenset({"GPE", "LOC", "ORG", "FAC", "NORP"})
# Bodies a common noun names ("the chairman of the traders' association, …"), besides offices
_BODY_WORDS = OFFICE_NOUNS | frozenset("""association federation foundation society club school
university college hospital board""".split())


def _comma_between(a: Token, b: Token) -> bool:
    """True when a comma stands between two tokens of one sentence (an apposition, not a
    compound name)."""
    return any(t.text == "," for t in a.doc[a.i + 1:b.i])
