"""Continuation: a quotation with no cue of its own goes on the last attributed speaker.

Features run a speaker's words over several paragraphs, each only a quotation:

    “We cannot afford another bridge,” Velk said.
    “The old one will do for ten more years.”
    “And the river is not getting wider.”

A reader gives the second and third paragraphs to Velk: the speaker of the last cue before
them, as long as nobody else is named in the narration between that cue and the quotation,
and no more than a paragraph of narration lies between them. "Last" is by where the cue
stands, not where the attribution's words start: in "Her friends called him “a buffoon,”
Susan said." the last speaker is Susan, whose cue comes after her friends'. A chain keeps the
speaker, each link a little less sure; the quote says it is inherited by having no cue, its
``sources`` pointing at the mention it inherits, and a confidence of at most ``INHERITED``.
"""

from __future__ import annotations

import re
from typing import Protocol, Sequence

from spacy.tokens import Doc, Token

from .channels import CHANNEL_NOUNS
from .cues import is_speech_noun, is_speech_verb
from .entities import EntityIndex
from .quotes import QUOTE_MARKS
from .speaker_words import CALLING_NOUNS, PERSON_NOUNS, SOURCE_NOUNS, agentive

# The first person, outside a quotation inside it: the speaker talks about themselves ("us" in
# lower case only, so "the US" is not one).
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y|[Ww]e|[Ww]e're|[Ww]e've|[Oo]ur|us)\b")
# A capitalised word right before an "I" ("War I", "Henry I"), and what may stand before it.
_WORD_BEFORE = re.compile(r"([A-Z][A-Za-z]*)\s+$")
# Subordinators of a clause giving the time or cause of a cue ("…,” Vey said after …").
_BACKDROP_MARKS = frozenset({"after", "before", "since", "until", "till", "once", "when", "because"})
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;\"\u201c(\u2013\u2014-])\s*$")


def in_own_voice(text: str) -> bool:
    """True when a quotation speaks in the first person ("I can taste the smoke"); an "I"
    after a capitalised word in mid-sentence is a numeral ("World War I", "Elizabeth I")."""
    text = text.replace("\u2019", "'")
    return any(not (m.group() == "I" and _a_numeral(text, m.start())) for m in _FIRST_PERSON.finditer(text))


def _a_numeral(text: str, start: int) -> bool:
    """True when the "I" at ``start`` follows a capitalised word that does not open a sentence."""
    word = _WORD_BEFORE.search(text, 0, start)
    return word is not None and not _SENTENCE_OPENS.search(text, 0, word.start())


INHERITED = 0.6  # the confidence of the first inherited quote of a chain
DECAY = 0.9  # each further link of a chain is this much less sure


class _Attribution(Protocol):
    start: int
    end: int
    para: int
    floating: bool
    chain: int


def anchor(d) -> int:
    """Where a reader last saw who speaks in ``d``: its cue or the speaker's mention, whichever
    is later; an inherited quote's own start."""
    if d.floating or d.speaker is None or getattr(d, "origin", None) == "introduced":
        return d.start  # an introduced quotation is met after the sentence naming its speaker
    ends = [d.speaker.source.end if d.speaker.source is not None else d.start]
    if d.cue is not None:
        ends.append(d.cue.end)
    return max(ends)


def last_seen(d) -> int:
    """Where a reader last met ``d``: its anchor, or the end of its words when they stand
    later. An introduction on a line of its own ("Said Velk:\n\n“…”\n\n“…”") puts a whole
    paragraph of the speaker's words between the cue and a quotation that goes on with them,
    and that paragraph is no narration."""
    return max(anchor(d), d.end)


def last_speaker(done: Sequence, start: int, doc: Doc | None = None):
    """The attribution whose speaker a reader last met before char ``start``, among ``done``
    (the last few are enough: one further back would have a named speaker in between).
    A report nested in another ("…, pointing out that 98 senators voted to insist …") or
    standing in the sentence of a quotation's cue after it ("“…!” Levin declared, a point he
    makes since callers asked how much he earns") is the speaker's own narration: the
    quotation that follows goes on with the speaker, not with those reported."""
    recent = list(done)[-8:]
    best = None
    for d in recent:
        if d.speaker is None or d.speaker.source is None:
            continue
        if doc is not None and _subordinate(doc, d, recent):
            continue
        a = anchor(d)
        if a <= start and (best is None or a > anchor(best)):
            best = d
    return best


def _subordinate(doc: Doc, d, others: Sequence) -> bool:
    """True when ``d`` is reported speech inside another attribution's words, or after a
    quotation's cue in the same sentence."""
    if d.kind == "direct" or d.floating or d.cue is None:
        return False
    at = d.cue.start
    for o in others:
        if o is d or o.speaker is None or o.cue is None:
            continue
        if o.kind != "direct" and o.start <= at < o.end and (o.start, o.end) != (d.start, d.end):
            return True
        if o.kind == "direct" and o.cue.end <= at:
            span = doc.char_span(o.cue.start, at + 1, alignment_mode="expand")
            if span is None or not len(span) or span[0].sent.start != span[-1].sent.start:
                continue
            cue = span[-1]
            # only a report inside a noun phrase ("a show during which callers asked") or in
            # a clause setting the time of the cue ("…,” Vey said, after aides announced …),
            # not a clause of its own ("…, while Ruiz said …")
            if any(t.dep_ in ("relcl", "acl", "appos", "pobj", "pcomp") or _backdrop(t)
                   for t in [cue, *cue.ancestors]):
                return True
    return False


def _backdrop(t: Token) -> bool:
    """True for an adverbial clause that tells when or why the cue's words were said ("after
    aides announced that the hall was full"): narration of the speaker's moment, not a new
    speaker."""
    return t.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _BACKDROP_MARKS
                                     for c in t.children)


def named_between(doc: Doc, index: EntityIndex, speaker_id: str | None, start: int, end: int) -> bool:
    """True when a person or organisation other than ``speaker_id`` is named between chars
    ``start`` and ``end``: the reader's attention moved to someone else. The rest of the
    sentence holding ``start`` (the cue's: "said Victor Cha, who served under President George
    W. Bush.") describes the speaker and does not count."""
    if end <= start:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if not len(span):
        return False
    sent_end = span[0].sent.end
    if sent_end >= span.end:
        return False
    span = doc[sent_end:span.end]
    for ent in index.layout.ents_in(span.start, span.end):
        if ent.label_ in ("PERSON", "ORG"):
            ref = index.at(ent.root)
            if ref is not None and ref.id != speaker_id:
                return True
    return False


def question_before(text: str, paras: Sequence[int], para: int) -> int | None:
    """Where the paragraph before paragraph ``para`` starts, when it is an interviewer's
    question in a question-and-answer piece: one short unquoted sentence or two, ending in a
    question mark ("Why did you resign?\n\n“Because …”"). The answer is the interviewee's,
    and the question names no one who speaks. None otherwise."""
    if para < 1 or para >= len(paras):
        return None
    start, end = paras[para - 1], paras[para]
    line = text[start:end].strip()
    if not line.endswith("?") or "\n" in line or any(m in line for m in QUOTE_MARKS) \
            or len(line.split()) > 30:
        return None
    return start + (len(text[start:end]) - len(text[start:end].lstrip()))


def introduced(doc: Doc, index: EntityIndex, start: int, loose: bool = False, anyone: bool = False,
               own_voice: bool = False, described: bool = False):
    """The person a paragraph introduces right before a quotation with no cue, in the same
    paragraph: "Sen. Ada Holm, who lost the primary, named young voters as her hope. “They are
    sick of it.”" — the subject of the sentence before the quotation, when it names a person.
    ``loose`` also takes the last sentence of a longer paragraph before (to find a nearer
    mention of a speaker already known); ``anyone`` takes a name of any type (the caller checks
    whom it means: the small model types one mention of a person's surname as an organisation).
    ``own_voice`` (the quotation speaks in the first person) also takes a paragraph before that
    is not about speaking: a feature's portrait of someone ("Nasser has driven a bus for thirty
    years. He wears a mask.\n\n“I can taste the smoke.”") hands the word to its subject.
    ``described`` also takes one person described, not named, in the quotation's own paragraph
    when that sentence is about speaking or the quotation speaks in the first person ("The
    senator told the crowd about her first race. “I knocked on every door.”")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    first = span[0]
    prev_tok = doc[first.i - 1]
    while prev_tok.i > 0 and (prev_tok.is_space or prev_tok.is_punct and prev_tok.text not in ".!?"):
        prev_tok = doc[prev_tok.i - 1]
    if prev_tok.text not in ".!?":
        return None
    if "\n" in doc[prev_tok.i:first.i].text:
        # the paragraph before, when the quotation opens its own: "Howard went on with his
        # remarks.\n\n“Eight years ago …”"; only a paragraph of one sentence about speaking
        # introduces it
        if doc[prev_tok.i + 1:first.i].text.strip():
            return None
        if not loose and not own_voice and not (_about_speech(prev_tok.sent) and (
                _one_sentence_paragraph(prev_tok) or _named_subject(index, prev_tok.sent))):
            return None  # "Lund left early.\n\n“Nobody leaves …”": Lund need not be the one speaking
    sent = prev_tok.sent
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and root.pos_ == "PROPN":
        subj = root  # the parse makes the name the root of a long sentence about it
    subj = _past_fronted_words(subj, root)
    found = _person_subject(doc, index, subj, prev_tok, first, anyone)
    if found is None and described and "\n" not in doc[prev_tok.i:first.i].text and (own_voice or _about_speech(sent)) \
            and subj is not None and subj.dep_ == "nsubj" and _described_person(index, subj):
        # the active subject only, not one something is done to ("The driver was killed")
        found = subj
    if found is None:
        # "Farmers should read the rules, he told reporters.": the sentence is someone's
        # report, whatever the parse made its root; the one reporting is introduced
        found = _person_subject(doc, index, _reporter(sent), prev_tok, first, anyone)
    if found is None and own_voice and "\n" in doc[prev_tok.i:first.i].text:
        # "…, since Ruiz spoke only in slogans.\n\n“We have to …”": the one person the
        # sentence has as the subject of any of its verbs, in a clause of its own
        people = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass")
                  and _person_subject(doc, index, t, prev_tok, first, False) is t]
        found = people[-1] if len({index.at(t).id if index.at(t) else t.lower_ for t in people}) == 1 else None
    return found


def _past_fronted_words(subj: Token | None, root: Token) -> Token | None:
    """"Or maybe Ann Lee, party strategist Tom Voss says.": words fronted before a closing
    "NAME says" (what was said, cut short) that the parse made the verb's subject, with the
    name that says them hung on it as an apposition right before the verb (no comma closing
    it); the name is the subject. Else ``subj``."""
    if subj is None or root.pos_ != "VERB" or not is_speech_verb(root.lemma_) or root.i + 1 >= len(root.doc) \
            or root.doc[root.i + 1].text not in (".", "!", "?"):
        return subj
    for c in subj.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.right_edge.i == root.i - 1 \
                and c.left_edge.i > 0 and root.doc[c.left_edge.i - 1].text == "," \
                and not any(t.dep_ == "det" for t in c.subtree):
            return c
    return subj


def _person_subject(doc: Doc, index: EntityIndex, subj: Token | None, prev_tok: Token, first: Token,
                    anyone: bool) -> Token | None:
    """``subj`` when it names a person (or is "he"/"she" across a paragraph break, resolved
    by the caller), else None."""
    if subj is None:
        return None
    subj = _named_for(index, subj)
    if subj.dep_ == "poss" and subj.lower_ in ("his", "her"):
        return subj  # "Her reply was brief.": resolved by the caller, as any pronoun
    if subj.lower_ in ("he", "she") and "\n" in doc[prev_tok.i:first.i].text:
        return subj  # resolved by the caller, as any pronoun
    if "\n" in doc[prev_tok.i:first.i].text and subj.dep_ != "nsubjpass" and _described_person(index, subj):
        # "The minister spoke briefly.\n\n“…”": one person, described (the caller resolves); not
        # one something is done to ("The driver was killed …"), whom nothing says is quoted
        return subj
    ref = index.at(subj)
    if ref is None or ref.type != "person" and not (anyone and subj.pos_ == "PROPN"):
        return None
    return subj


def _described_person(index: EntityIndex, subj: Token) -> bool:
    """True for one person described by a noun with "the" ("the senator", "the Christian
    leader"), not a name; the callers say in which roles they take it."""
    ref = index.at(subj)
    return (ref is None or ref.type == "group") and subj.tag_ == "NN" \
        and (subj.lemma_.lower() in PERSON_NOUNS or subj.lemma_.lower() in SOURCE_NOUNS
             or subj.lemma_.lower() in CALLING_NOUNS or agentive(subj)) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)


def _named_for(index: EntityIndex, subj: Token) -> Token:
    """The person a described subject stands for: the name set beside it ("The coach, Juan
    Ortiz, was blunt."), or the one whose words it is ("Her reply was brief.", "Reed's answer
    was short:"); else ``subj`` itself."""
    if subj.pos_ != "NOUN":
        return subj
    for c in subj.children:
        if c.dep_ == "appos" and (ref := index.at(c)) is not None and ref.type == "person":
            return c
    if subj.lemma_.lower() in _EXCHANGE_NOUNS or is_speech_noun(subj.lemma_):
        for c in subj.children:
            if c.dep_ == "poss" and (c.lower_ in ("his", "her")
                                     or (ref := index.at(c)) is not None and ref.type == "person"):
                return c
        for c in subj.children:  # "The response from Ana Ruiz was swift."
            if c.dep_ == "prep" and c.lower_ == "from":
                for o in c.children:
                    if o.dep_ == "pobj" and (ref := index.at(o)) is not None and ref.type == "person":
                        return o
    return subj


def _named_subject(index: EntityIndex, sent) -> bool:
    """True when the main subject of ``sent`` names a person outright ("…. Ana Ruiz was
    blunt.\n\n“…”"): the last sentence of a longer paragraph then introduces as well as a
    paragraph of its own."""
    subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    subj = _named_for(index, subj)
    ref = index.at(subj)
    return subj.pos_ == "PROPN" and ref is not None and ref.type == "person"


def _reporter(sent) -> Token | None:
    """The subject of the last speech verb of ``sent`` outside quotation marks, when it is
    a name or a person's pronoun: the sentence reports what that person said."""
    depth = 0
    best = None
    for t in sent:
        if t.text in ("\u201c", "\u201d", '"'):
            depth = 1 - depth if t.text == '"' else (1 if t.text == "\u201c" else 0)
            continue
        if depth or t.pos_ != "VERB" or not is_speech_verb(t.lemma_):
            continue
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i), None)
        if subj is not None and (subj.pos_ == "PROPN" or subj.lower_ in ("he", "she")):
            best = subj
    return best


# Nouns of an exchange of words that are no cue by themselves ("had a question for the crowd").
_EXCHANGE_NOUNS = frozenset("question questions answer answers reply replies response responses "
                            "speech interview word words point points".split())


# How one took a question, the manner of one's words or one's reaction to them: "Lee was
# blunt.", "Lee shrugged." stand before the words they describe.
_MANNER_WORDS = frozenset("blunt candid frank defiant unrepentant unapologetic adamant emphatic curt terse "
                          "succinct dismissive scathing combative forthright outspoken unmoved".split())
_REACTION_VERBS = frozenset("shrug nod sigh scoff bristle smile laugh chuckle grin wince".split())


def _about_speech(sent) -> bool:
    """True when a sentence is about someone speaking: a speech verb or a noun of speech
    ("continued his remarks", "had a question for the crowd"), or the manner of it ("was
    blunt", "shrugged")."""
    root = sent.root
    if root.lemma_.lower() in _REACTION_VERBS or root.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lemma_.lower() in _MANNER_WORDS for c in root.children):
        return True
    return any(t.pos_ == "VERB" and is_speech_verb(t.lemma_) or t.pos_ == "NOUN" and (
        is_speech_noun(t.lemma_) or t.lemma_.lower() in _EXCHANGE_NOUNS or t.lower_ in CHANNEL_NOUNS)
        for t in sent)


def _one_sentence_paragraph(last: Token) -> bool:
    """True when the sentence ending with ``last`` is its paragraph's only one."""
    start = last.sent.start
    return start == 0 or "\n" in last.doc[start - 1].text + last.doc[start - 1].whitespace_ \
        or last.doc[start].is_space


def chain_confidence(depth: int) -> float:
    """The confidence cap of the ``depth``-th inherited quote in a row (1 for the first)."""
    return round(INHERITED * DECAY ** max(0, depth - 1), 3)


# Verbs by which a second person takes the word after a cue ("…,” Lee said, and Park cut in.).
_TAKING_THE_WORD = frozenset("add reply respond interject answer counter retort interrupt".split())
# Particle verbs of the same act: "cut in", "chimed in", "broke in", "jumped in".
_BREAKING_IN = frozenset("cut chime break jump butt".split())


def cut_in(doc: Doc, cue: int, start: int) -> Token | None:
    """The subject of a second clause that closes the cue's sentence by having someone else take
    the word ("“…,” Lee said, and her brother cut in. “…”", "…, and Park added."), when the next
    quotation (opening at character ``start``) follows right after it: that one speaks it, not
    the cue's speaker. None otherwise."""
    verb = doc[cue]
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < verb.i or conj.pos_ != "VERB":
            continue
        lemma = conj.lemma_.lower()
        if not (lemma in _TAKING_THE_WORD or lemma in _BREAKING_IN and any(
                c.dep_ == "prt" and c.lower_ == "in" for c in conj.children)):
            continue
        subj = next((c for c in conj.children if c.dep_ == "nsubj" and c.i > verb.i), None)
        last = conj.right_edge
        rest = doc.text[last.idx + len(last.text):start]  # between the clause and the quotation
        if subj is None or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in conj.children) \
                or rest.strip(" .:\u2014\u2013-\u201c\"") or "\n" in rest:
            continue
        return subj
    return None
