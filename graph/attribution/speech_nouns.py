"""Reported speech named by a phrase rather than a speech verb: "according to X" on a clause
(unless the clause has a speech verb with a speaker of its own: "Kuleba told Wang that …,
according to the ministry"), and speech nouns with their that-clause ("X's claim that …",
"the remark by X that …"), with a light verb whose subject speaks ("X voiced concern that …")
or as the channel of a speech verb ("said in a statement that …"), and nouns of a voice with
their quoted words ("chants of “…”").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..cues import FOR_NOUNS, INFINITIVE_NOUNS, is_dash, is_speech_verb
from ..boundaries.glosses import drop_gloss_after_quotation
from ..entities import EntityIndex
from ..model import Cue, Span
from .drafts import Draft, outlet, span_of_tokens
from .cue_speakers import speaker_token
from .speaker_candidates import own_subject
from .contents import actor, clip, content_span, kind_of, trim, unsaid


def according_to(doc: Doc, tok: Token, in_quote: set[int], index: EntityIndex) -> Draft | None:
    to = tok.nbor()
    pobj = speaker_token(tok, in_quote)
    if pobj is None:
        return None
    clause = tok.head
    while clause.dep_ == "prep" and clause.head.i != clause.i:
        clause = clause.head
    phrase = set(t.i for t in tok.subtree) | {tok.i, to.i} | set(t.i for t in to.subtree)
    if clause.dep_ in ("nsubj", "nsubjpass") and clause.i < tok.i < clause.head.i:
        clause = clause.head  # "Other cleavages, according to the poll, include …": the parse hangs it on the subject
    while clause.dep_ in ("advcl", "ccomp", "conj") and clause.pos_ in ("VERB", "AUX") and clause.head.i < tok.i \
            and _ends_with(clause.head, phrase) and not _reports_speech(clause.head):
        # "Her rating is worse than his ever has been, according to X": a phrase closing the
        # sentence is said of all of it, not of the last clause the parse hangs it on (short of
        # a speech verb with a speaker of its own: "X wrote to Y, threatening …, according to …")
        clause = clause.head
    if clause.i in phrase:
        return None
    if _reports_speech(clause):
        return None  # "Kuleba told Wang that …, according to the ministry": Kuleba speaks
    tokens = [t for t in clause.subtree if t.i not in phrase]
    # keep the contiguous run next to the phrase, so a second sentence is never swallowed
    before = [t for t in tokens if t.i < tok.i]
    after = [t for t in tokens if t.i > max(phrase)]
    contents = _around_aside(doc, clause, before, after, in_quote) if before and after else None
    if contents is None:
        run = after if tokens and tokens[0].i > tok.i else before
        content = content_span(doc, drop_gloss_after_quotation(run), in_quote)
        contents = None if content is None else [content]
    if contents is None:
        return None
    # parts all of one kind keep it: "“…,” according to X, “…”" wholly quoted is direct, one
    # quotation the attribution breaks (unlike a report's parts joined by the writer's "but",
    # which ``reported`` makes mixed)
    kinds = {kind_of(c) for c in contents}
    kind = "mixed" if "mixed" in kinds or len(kinds) > 1 and "direct" in kinds else kinds.pop()
    cue = Cue(tok.idx, to.idx + len(to), doc[tok.i:to.i + 1].text, "according to")
    return Draft(kind, contents, "according", cue, tok.i, pobj, None,
                 reported_by=outlet(list(tok.subtree), index))


def _around_aside(doc: Doc, clause: Token, before: list[Token], after: list[Token],
                  in_quote: set[int]) -> list[Span] | None:
    """"Other cleavages, according to the poll, include age": an aside set into its clause
    before the clause's verb splits what was said in two, the subject or fronted adverbial
    before it and the rest after it; a subordinate clause before it ("While most were …,
    according to X, two were …") is the reporter's frame, not the words attributed."""
    if clause.i < after[0].i:
        return None  # the clause is whole before the aside: what follows is the reporter's
    tail = content_span(doc, drop_gloss_after_quotation(after), in_quote)
    if tail is None:
        return None
    lead = trim(sorted(before, key=lambda t: t.i))
    if len(lead) == 1 and lead[0].tag_ in ("WP", "WDT"):
        return None  # "Lee, who, according to aides, had pressed for …": left as before, a bare "who" no unit
    if not lead or _subordinate(lead, clause):
        return [tail]
    return [span_of_tokens(doc, lead[0], lead[-1]), tail]


def _subordinate(lead: list[Token], clause: Token) -> bool:
    """The tokens before the aside are a clause of their own with a subordinator ("While …",
    "Although …", "If …") hung on the main clause."""
    heads = [t for t in lead if t.head.i == clause.i]
    return len(heads) == 1 and heads[0].dep_ == "advcl" and any(c.dep_ == "mark" for c in heads[0].children)


def _ends_with(head: Token, phrase: set[int]) -> bool:
    """Nothing of ``head``'s clause but punctuation follows the phrase."""
    last = max(phrase)
    return all(t.is_punct or t.is_space for t in head.subtree if t.i > last)


def _reports_speech(verb: Token) -> bool:
    """A speech verb with a subject of its own ("Kuleba told Wang that …")."""
    return verb.pos_ == "VERB" and is_speech_verb(verb.lemma_) and own_subject(verb) is not None \
        and not unsaid(verb)


def speech_noun(doc: Doc, noun: Token, in_quote: set[int], index: EntityIndex,
                light: Token | None = None) -> Draft | None:
    """"X's claim that …", "the remark that …"; with a ``light`` verb, "X voiced concern
    that …" (the verb's subject speaks, the verb is the cue)."""
    channel = _channel_verb(noun) if light is None else None
    if channel is not None:
        # "It said in a statement that …" with the clause parsed under the noun: the verb is
        # the cue and its subject the speaker, as when the clause hangs on the verb
        draft = speech_noun(doc, noun, in_quote, index, light=channel)
        if draft is not None:
            draft.origin = "clause"
        return draft
    if light is not None and unsaid(light):
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "appos") and c.i > noun.i
                   and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
    if clause is None and light is None:
        clause = _quotation_past_phrase(noun)
    if clause is None:
        return _noun_complement(doc, noun, in_quote, index) if light is None else None
    mark = next(g for g in clause.children if g.dep_ == "mark" and g.lower_ == "that")
    of_owner = _of_owner(noun, index)
    if mark.i != noun.i + 1 and not (doc[mark.i + 1].is_quote and _phrase_between(noun, mark)) \
            and not (of_owner is not None and mark.i == of_owner.right_edge.i + 1):
        return None
    tokens = drop_gloss_after_quotation([mark] + [t for t in clause.subtree if t.i != mark.i])
    content = content_span(doc, tokens, in_quote)
    if content is None:
        return None
    if light is not None:
        subj = speaker_token(light, in_quote)
        if subj is None or not actor(subj, light, index):
            return None
        tokens = clip([t for t in tokens], light, index)
        content = content_span(doc, tokens, in_quote)
        if content is None:
            return None
        cue = Cue(light.idx, light.idx + len(light), light.text, light.lemma_.lower())
        return Draft(kind_of(content), [content], "noun", cue, light.i, subj, light,
                     reported_by=outlet(list(light.sent), index))
    subj = _owner(noun) or of_owner or _subject_of_misread_verb(noun, in_quote)
    if subj is not None and subj.i in in_quote:
        subj = None
    kind = kind_of(content)
    cue = Cue(noun.idx, noun.idx + len(noun), noun.text, noun.lemma_.lower())
    return Draft(kind, [content], "noun", cue, noun.i, subj, None, reported_by=outlet(list(noun.sent), index))


def _noun_complement(doc: Doc, noun: Token, in_quote: set[int], index: EntityIndex) -> Draft | None:
    """"his pledge to be “neutral” in the talks", "her call for “a full inquiry”": the
    infinitive or the "for" phrase right after a speech noun is what was promised or asked
    for; the owner ("his", "by X") speaks."""
    lemma = noun.lemma_.lower()
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    tokens: list[Token] = []
    if nxt is None:
        return None
    if lemma in INFINITIVE_NOUNS and nxt.lower_ == "to" and nxt.tag_ == "TO":
        verb = nxt.head
        if verb.dep_ == "acl" and verb.head.i == noun.i and verb.pos_ in ("VERB", "AUX") and not unsaid(verb):
            tokens = list(verb.subtree)
    elif lemma in FOR_NOUNS and nxt.lower_ == "for" and nxt.dep_ == "prep" and nxt.head.i == noun.i:
        tokens = [t for c in nxt.children if c.dep_ == "pobj" for t in c.subtree]
        if tokens and doc[min(t.i for t in tokens) - 1].is_quote:
            tokens.append(doc[min(t.i for t in tokens) - 1])  # the opening mark the parse hung on "for"
    if not tokens:
        return None
    tokens = sorted(tokens, key=lambda t: t.i)
    dash = next((t.i for t in tokens if is_dash(t)), None)
    if dash is not None:
        tokens = [t for t in tokens if t.i < dash]  # "his pledge to be “neutral” - and …": the writer's aside
    content = content_span(doc, drop_gloss_after_quotation(tokens), in_quote)
    if content is None or kind_of(content) == "indirect":
        # without the speaker's own words in marks the promise is often another's, reported
        # inside a larger report ("critics slammed Lee's pledge to …"), and the speaker unsure
        return None
    subj = _owner(noun)
    if subj is None and (maker := _maker(noun)) is not None:
        subj = speaker_token(maker, in_quote)
    if subj is None:
        subj = _subject_of_misread_verb(noun, in_quote)
    if subj is not None and subj.i in in_quote:
        subj = None
    cue = Cue(noun.idx, noun.idx + len(noun), noun.text, lemma)
    return Draft(kind_of(content), [content], "noun", cue, noun.i, subj, None,
                 reported_by=outlet(list(noun.sent), index))


# Verbs whose subject makes the promise or the call that is their object ("made a call for",
# "unveiled a proposal to"): not "rejected a proposal to", whose subject only answers it.
_MAKING_VERBS = frozenset("make issue deliver unveil renew repeat reiterate voice offer announce outline "
                          "float put".split())


def _maker(noun: Token) -> Token | None:
    """The verb whose subject speaks the unowned speech noun: a verb of making it ("Cruz made
    an unprompted call for …")."""
    head = noun.head
    if head.pos_ == "VERB" and noun.dep_ == "dobj" and head.lemma_.lower() in _MAKING_VERBS:
        return head
    return None


def _subject_of_misread_verb(noun: Token, in_quote: set[int]) -> Token | None:
    """"She rails against the tax and pledges to fight it": a present-tense verb joined by "and"
    to the clause before, which the small model read as a plural noun coordinated with that
    clause's object; the clause's subject speaks, as it would for the verb. A bare plural (no
    article, owner, number or modifier) right after the "and", below a present-tense verb with
    its subject (the "-s" of both agreeing); None otherwise."""
    doc = noun.doc
    if noun.tag_ != "NNS" or noun.dep_ != "conj" or not noun.text.islower() or noun.i < 2 \
            or doc[noun.i - 1].lower_ not in ("and", "but") \
            or any(c.dep_ in ("det", "poss", "amod", "nummod", "compound") for c in noun.children):
        return None
    tok = noun
    for _ in range(6):
        if tok.head.i == tok.i or tok.dep_ not in ("conj", "pobj", "dobj", "prep"):
            return None
        tok = tok.head
        if tok.pos_ == "VERB":
            break
    if tok.pos_ != "VERB" or tok.tag_ != "VBZ" or tok.i > noun.i:
        return None
    if not any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
        return None
    return speaker_token(tok, in_quote)


def _owner(noun: Token) -> Token | None:
    """Who a speech noun belongs to: "X's claim", "the claim by/from X"."""
    subj = next((c for c in noun.children if c.dep_ == "poss"), None)
    if subj is None:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                subj = next((g for g in c.children if g.dep_ == "pobj"), None)
    return subj


def _of_owner(noun: Token, index: EntityIndex) -> Token | None:
    """"the contention of former minister Ana Ruiz that …": a named person or body after "of"
    owns the speech noun (not "the claim of responsibility", a thing)."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1), None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ != "PROPN":
        return None
    ref = index.at(obj)
    return obj if ref is not None and ref.type in ("person", "organization", "media") else None


# The longest phrase of time, place or source that may stand between a speech noun and its
# quoted clause ("her comments before a Senate committee that “…”").
_PHRASE_WORDS = 8


def _phrase_between(noun: Token, mark: Token) -> bool:
    """Only a prepositional phrase stands between the noun and the "that" of its clause: no
    verb, no comma, no quotation ("her assertion during the debate that …")."""
    between = noun.doc[noun.i + 1:mark.i]
    return 0 < len(between) <= _PHRASE_WORDS and between[0].pos_ == "ADP" \
        and not any(t.pos_ in ("VERB", "AUX") or t.is_punct or t.is_space for t in between)


def _quotation_past_phrase(noun: Token) -> Token | None:
    """"her comments before a Senate committee that “I was in charge”", "comments from Ann Berg
    that “nobody could have moved faster”": a "that" opening a quotation after the phrase that
    follows a speech noun opens what was said, though the parse hangs the clause on the
    phrase's noun (a relative "that" is the clause's subject or object, never its mark). The
    clause's head, or None."""
    doc = noun.doc
    for k in range(noun.i + 2, min(len(doc) - 2, noun.i + 2 + _PHRASE_WORDS)):
        tok = doc[k]
        if tok.lower_ != "that":
            continue
        clause = tok.head
        if tok.dep_ != "mark" or not doc[k + 1].is_quote or clause.i <= k + 1 \
                or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > k for c in clause.children):
            return None
        return clause if _phrase_between(noun, tok) else None
    return None


def _channel_verb(noun: Token) -> Token | None:
    """The speech verb a speech noun is the medium of ("said in a statement", "wrote in a
    post"), if any."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "via", "through", "on"):
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and is_speech_verb(verb.lemma_) else None


# Nouns of a raised voice whose "of" phrase can be the very words ("chants of “Lock her up”",
# "cries of “Shame!”"); with no quotation it is a topic ("cries of outrage").
_VOICE_NOUNS = frozenset("chant cry shout yell scream jeer".split())
# The prepositions by which a clause's subject raises that voice ("the crowd broke into chants
# of …", "responded with cries of …", "joined in a chant of …"); after "to" or a passive verb
# ("walked in to chants of …", "was met with chants of …") the voice is others', unnamed, and
# then no quote is made: readers of other sets list such unowned chants as no one's words (three
# held-out sets each gained a false alarm from them).
_VOICE_PREPS = frozenset("into in with".split())


def voice_of(doc: Doc, noun: Token, in_quote: set[int], index: EntityIndex) -> Draft | None:
    """"the crowd's chants of “…”", "chants of “…” from the crowd", "the crowd broke into
    chants of “…”": the quotation right after a voice noun's "of" is what was chanted or
    cried; the owner speaks, else the subject of an active verb the noun hangs on by "into",
    "in" or "with"; None when no one raises it."""
    if noun.lemma_.lower() not in _VOICE_NOUNS or noun.i + 2 >= len(doc):
        return None
    of, mark = doc[noun.i + 1], doc[noun.i + 2]
    if of.lower_ != "of" or not mark.is_quote or of.head.i != noun.i:
        return None
    text = doc.text
    start = mark.idx
    close = next((t for t in doc[mark.i + 1:mark.sent.end] if t.is_quote), None)
    if close is None or close.i == mark.i + 1:
        return None
    content = Span.of(text, start + len(mark), close.idx)
    subj = _owner(noun)
    if subj is None and noun.dep_ == "pobj" and noun.head.lower_ in _VOICE_PREPS:
        verb = noun.head.head
        if verb.pos_ == "VERB" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            subj = speaker_token(verb, in_quote)
    if subj is not None and (subj.i in in_quote or not (subj.pos_ in ("NOUN", "PROPN", "PRON"))):
        subj = None
    if subj is None:
        return None
    cue = Cue(noun.idx, noun.idx + len(noun), noun.text, noun.lemma_.lower())
    return Draft("direct", [content], "noun", cue, noun.i, subj, None, reported_by=outlet(list(noun.sent), index))
