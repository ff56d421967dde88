"""Where reported speech stops: a content unit ends where the clause its cue governs ends.

The parse often hangs the speaker's next act on the reported clause ("Rasmussen said the
interference was unacceptable and ordered the ministry to summon the envoy": "ordered" is a
conjunct of "was"), so the clause's subtree runs on past what was said. A coordinated verb
with no subject of its own goes with the cue rather than the clause when its form says so:

- it agrees with the cue and not with the clause ("denies that the shelling took place and
  goes to great lengths …", "says the port will reopen and has asked the navy …");
- or the clause is a state ("was unacceptable", "had been stolen") and the conjunct an act
  of someone in the cue's tense, with an object or a clause of its own ("… and ordered the
  ministry to …", "… and refused to concede");
- or it is in the present with the cue's number and not the clause's ("the mayor says the
  rebels have retreated and wants talks": the rebels cannot "wants").

What the speaker said goes on in a conjunct of the clause's own form ("said the attack killed
five people and wounded twenty", "said the plan was dead and would never return").

A conjunct that is itself a speech verb with words of its own after "and" or "but" ("said it was
too early to say but added, “…”", "said he found the plan “bold” and called its author …") is
the speaker's next report, not part of the first one, unless the clause names someone else as
its subject ("said the minister had denied it and called it a lie": the minister called it so).

A participle cue ("…, telling reporters the city was safer and thanking the officers") takes
its next act as a participle too: a bare "-ing" after "and" cannot carry on a finite clause
("the city was safer and thanking" is not English), so it is the speaker's, not what was said;
so is a speech participle with words of its own that the parse hangs on a gerund or a noun deep
in what was said ("saying he had been a pioneer in hiring women and calling the board …").
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc, Token

from .cues import CONTRASTING_MARKS, DASHES, PREP_CUES, is_speech_verb
from .quotes import Quoted

_OWN_SUBJECT = ("nsubj", "nsubjpass", "expl", "csubj")
_COMPLEMENTS = ("dobj", "xcomp", "ccomp", "dative", "attr")


def drop_coordinated_acts(tokens: list[Token], head: Token, cue: Token) -> list[Token]:
    """``tokens`` (the clause ``head`` heads, governed by ``cue``) without a coordinated act
    of the speaker and everything after it."""
    if head.pos_ not in ("VERB", "AUX"):
        return tokens
    semi = _semicolon_before_a_clause(tokens, head)
    if semi is not None:  # "said the deal was fair; critics disagree": a sentence of its own after
        tokens = [t for t in tokens if t.i < semi]
    cut = _participle_act(head, cue)
    if cut is None and cue.tag_ == "VBG":
        act = _deep_speech_participle(tokens, head)
        cut = None if act is None else _and_of(act)
    if cut is not None:
        return [t for t in tokens if t.i < cut]
    cue_form = _form(cue)
    for conj in head.rights:
        if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX") or any(g.dep_ in _OWN_SUBJECT for g in conj.children):
            continue
        if _speakers_act(head, conj, cue_form, cue):
            cut = conj.left_edge.i
            cc = [g for g in head.children if g.dep_ == "cc" and g.i < conj.i]
            if cc:
                cut = min(cut, cc[-1].i)
            return [t for t in tokens if t.i < cut]
    return tokens


def _semicolon_before_a_clause(tokens: list[Token], head: Token) -> int | None:
    """Where a semicolon in what was said opens a clause with a subject of its own: the
    reporter's next sentence, however the parse hangs it on what was said (it may even make
    that clause the head and the first one its complement)."""
    for k, t in enumerate(tokens):
        if t.text != ";" or k == 0:
            continue  # (the parse may make the clause after it the head of what was said)
        rest = tokens[k + 1:k + 12]
        opener = next((r for r in rest if r.dep_ != "cc"), None)
        if opener is not None and opener.lower_ in ("that", "whether"):
            continue  # "said costs had risen; that wages had fallen; and that …": more of what was said
        if any(r.dep_ in _OWN_SUBJECT and r.head.pos_ in ("VERB", "AUX") and r.head in rest for r in rest):
            return t.i
    return None


def drop_object_acts(tokens: list[Token], heads: list[Token]) -> list[Token]:
    """``tokens`` of what an object cue says ("called it “shameful”", "called Lee the “real
    loser”") without the speaker's next act that the parse hangs on the object or its
    predicate: a verb coordinated with a noun or an adjective ("“shameful” and called on
    leaders …": a noun or an adjective does not act) or a participle set off by a comma
    ("the “real loser,” linking to a story …") or the occasion it was said on ("in a TV
    interview")."""
    cut = None
    for h in heads:
        for c in h.rights:
            if h.pos_ not in ("VERB", "AUX") and c.dep_ == "conj" and c.pos_ == "VERB" \
                    and not any(g.dep_ in _OWN_SUBJECT for g in c.children):
                cc = [g for g in h.children if g.dep_ == "cc" and g.i < c.i]
                start = cc[-1].i if cc else c.left_edge.i
            elif c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and c.i == c.left_edge.i \
                    and _after_comma(c):
                start = c.i
            elif _channel_phrase(c):
                start = c.i
            else:
                continue
            cut = start if cut is None else min(cut, start)
        # "mentioning the need for a wall and adding, “…”": the parse may hang the speaker's
        # next report on a noun deep in the object (on a gerund too, after a participle cue:
        # "noting the trouble he had in answering and saying …")
        act = _deep_speech_participle(list(h.subtree), h, gerunds=h.head.tag_ == "VBG")
        if act is not None:
            cut = _and_of(act) if cut is None else min(cut, _and_of(act))
    return tokens if cut is None else [t for t in tokens if t.i < cut]


def _deep_speech_participle(tokens: list[Token], head: Token, gerunds: bool = True) -> Token | None:
    """The speaker's next report when the parse hangs it, a speech participle of no subject of
    its own with words of its own, on a noun or (``gerunds``) a gerund deep in what was said:
    "saying she had been a champion of hiring women and calling the board “cowards”" — the
    board is not called so by the hiring. None when there is none."""
    for t in tokens:
        if t.dep_ != "conj" or t.tag_ != "VBG" or t.pos_ != "VERB" or t.head.i == head.i \
                or not (t.head.pos_ in ("NOUN", "PROPN") or gerunds and t.head.tag_ == "VBG") \
                or not is_speech_verb(t.lemma_) or any(g.dep_ in _OWN_SUBJECT for g in t.children) \
                or not any(g.dep_ in ("ccomp", "dobj") or g.is_quote for g in t.children):
            continue
        return t
    return None


def _and_of(conj: Token) -> int:
    """Where the conjunct ``conj`` starts: its conjunction, or its own first word."""
    cc = [g for g in conj.head.children if g.dep_ == "cc" and g.i < conj.i]
    return cc[-1].i if cc else conj.left_edge.i


def _channel_phrase(prep: Token) -> bool:
    """ "dismissed the attacks in a Fox News interview", "praised the deal during his speech":
    the occasion the speaker said it on, which the parse may hang on the object; a new one ("a",
    "an") or one owned by a pronoun. "denied the claims in the letter" keeps a letter already
    named, where the claims may have been made."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
        return False
    noun = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in _OCCASIONS and noun.lower_ not in _OCCASIONS:
        return False
    det = next((g for g in noun.children if g.dep_ in ("det", "poss")), None)
    return det is not None and (det.lower_ in ("a", "an") or det.dep_ == "poss" and det.pos_ == "PRON")


def quoted_sequel(verb: Token, head: Token) -> list[Token]:
    """The tokens of a clause the parse hangs on the cue after what it governs, when it goes
    on in the speaker's own words: "said he had offers for the car, but “none of them were
    serious”", "said the door was open, and he had walked in to find “a mess”". A clause of
    its own subject after "but" or "and" with a quotation in it and no speech verb: the
    reporter does not quote in a clause of their own (a speech verb there opens a report of
    its own: "…, but critics called it “a sham”"), and words of the speaker, not a name set in
    quotation marks ("…, and the “reform” wing walked out"). Empty when there is none."""
    return _sequel(verb, head.right_edge.i)


def sequel_after_cue(head: Token, cue: Token) -> list[Token]:
    """The same as ``quoted_sequel`` for a cue set in after what was said ("The rules are
    clear, Lee said, but “nobody reads them”"): a clause the parse hangs on the head of what
    was said, after the cue, in the speaker's own words."""
    if cue.head.i != head.i or cue.i < head.i:
        return []
    return _sequel(head, cue.right_edge.i)


def _sequel(owner: Token, after: int) -> list[Token]:
    doc = owner.doc
    for c in owner.rights:
        if c.dep_ != "conj" or c.i < after or c.pos_ not in ("VERB", "AUX"):
            continue
        if not any(g.dep_ in _OWN_SUBJECT for g in c.children):
            return []
        between = doc[after + 1:c.left_edge.i]
        words = [t for t in between if not t.is_punct]
        if len(words) != 1 or words[0].lower_ not in ("but", "and") or words[0].dep_ != "cc":
            return []
        sub = list(c.subtree)
        marks = _quotation_in(sub, c.sent.end)
        if marks is None:
            return []
        opening, end = marks
        if sum(1 for t in doc[opening + 1:end] if not t.is_punct) < 3 or _reports_outside(sub, opening, end):
            return []
        return list(between) + sub
    return []


def _quotation_in(sub: list[Token], sent_end: int) -> tuple[int, int] | None:
    """(opening mark, closing mark) of the first quotation that opens among ``sub``; the
    closing mark may hang on the sentence's root, outside the clause's subtree (the sentence's
    end when it never closes). None when no quotation opens there."""
    opening = next((t for t in sub if t.is_quote), None)
    if opening is None:
        return None
    closing = next((t for t in opening.doc[opening.i + 1:sent_end] if t.is_quote), None)
    return opening.i, closing.i if closing is not None else sent_end


def _reports_outside(sub: list[Token], opening: int, end: int) -> bool:
    """A speech verb among ``sub`` outside the marks: a report of its own (one inside them is
    the speaker's word: but “we don't ask them”)."""
    return any(t.pos_ == "VERB" and is_speech_verb(t.lemma_) and not opening < t.i < end for t in sub)


def _after_comma(tok: Token) -> bool:
    """A comma before ``tok``, with only closing quotation marks between."""
    doc, k = tok.doc, tok.i - 1
    while k >= 0 and doc[k].is_punct and doc[k].text != ",":
        if not doc[k].is_quote:
            return False
        k -= 1
    return k >= 0 and doc[k].text == ","


def _participle_act(head: Token, cue: Token) -> int | None:
    """Where a participle act of a participle cue starts (its "and"), or None: "telling CNN
    that the plan is dead and calling on …". The clause must be finite and not itself a
    participle ("says they are ignoring the law and putting lives at risk" goes on)."""
    if cue.tag_ != "VBG" or head.tag_ == "VBG" or _form(head) is None:
        return None
    doc = head.doc
    # (the parse may hang the act on the clause's own last conjunct: "saying the budget had been
    # balanced but was held up - and arguing that …")
    chain = [head]
    while (nxt := next((c for c in chain[-1].rights if c.dep_ == "conj" and c.tag_ != "VBG"
                        and c.pos_ in ("VERB", "AUX")), None)) is not None:
        chain.append(nxt)
    for c in (c for h in chain for c in h.rights):
        if c.dep_ not in ("conj", "advcl") or c.tag_ != "VBG" \
                or any(g.dep_ in _OWN_SUBJECT + ("aux", "auxpass", "mark") for g in c.children):
            continue
        k = c.left_edge.i - 1
        while k > head.i and (doc[k].is_punct or doc[k].is_space):
            k -= 1  # ", and" or "” and"
        if k > head.i and doc[k].lower_ == "and":
            return k
    return None


def _speakers_act(head: Token, conj: Token, cue_form: str | None, cue: Token | None = None) -> bool:
    # a next act is added with "and" ("or", "nor" and a bare comma offer alternatives or
    # list what was said), right before the conjunct
    cc = [g for g in head.children if g.dep_ == "cc" and g.i < conj.i]
    if not cc or conj.left_edge.i - cc[-1].i > 2:
        return False
    if cc[-1].lower_ in ("and", "but") and _next_report(head, conj, cue):
        return True
    form, head_form = _form(conj), _form(head)
    if cc[-1].lower_ == "but" and head_form == "modal" and conj.tag_ == "VBD" and _active_act(conj) \
            and _closed_before(conj):
        # "said it would be “very hard” for him to attend, but downplayed the issue": a clause
        # in "would" goes on in "would", not in the past tense; the past act is the speaker's
        return True
    if cc[-1].lower_ != "and":
        return False
    if cue is not None and _agrees_with_cue_only(head, conj, cue):
        return True
    if form is None or form == "modal":
        return False
    if form != head_form and (form == cue_form and form == "present" or conj.tag_ == "VBD" and head_form != "past"):
        return True  # the cue's tense, not the clause's
    return form == cue_form and _state(head) and _active_act(conj)


# Subjects that say nothing of who acts: "it was too early", "there were talks".
_EMPTY_SUBJECTS = frozenset("it this that there".split())
_PERSONAL = frozenset("he she they we i you".split())
# What a report's own words hang on: a clause, an object, an infinitive, a predicate.
_REPORT_DEPS = ("ccomp", "dobj", "xcomp", "oprd", "prep")


def _finite_tag(verb: Token) -> str:
    """The tag of the word that carries a verb group's person and number (its first auxiliary,
    or the verb itself)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return auxes[0].tag_ if auxes else verb.tag_


def _agrees_with_cue_only(head: Token, conj: Token, cue: Token) -> bool:
    """A present-tense conjunct whose number is the cue's and not the clause's: "the mayor says
    the rebels have retreated and wants talks", "aid groups warn that the crossing remains
    closed and urge both sides to …" — the clause's subject cannot do it, the speaker does."""
    clause, act, speaker = _finite_tag(head), _finite_tag(conj), _finite_tag(cue)
    if clause == "VBZ" and speaker == "VBP":
        return act in ("VBP", "VB")  # (the tagger may read a plural present as the bare form)
    return clause == "VBP" and speaker == "VBZ" and act == "VBZ"


def _next_report(head: Token, conj: Token, cue: Token | None) -> bool:
    """``conj`` is a speech verb with words of its own ("… but added, “…”", "… and called
    the plan “bold”"), and the clause ``head`` heads has no one else as its subject."""
    if cue is None or not is_speech_verb(conj.lemma_) or not is_speech_verb(cue.lemma_):
        return False
    doc = conj.doc
    nxt = doc[conj.i + 1] if conj.i + 1 < len(doc) else None
    # a preposition carries words of the speaker's only where the verb reports through it
    # ("accused them of …", "described it as …"), not what a stance is taken on ("said he had
    # read the files and disagrees with the decision": still what he said)
    preps = PREP_CUES.get(conj.lemma_.lower(), ())
    if not any(c.dep_ in _REPORT_DEPS and c.i > conj.i and (c.dep_ != "prep" or c.lower_ in preps)
               for c in conj.children) \
            and not (nxt is not None and nxt.text in (",", ":")):
        return False
    subj = next((c for c in head.children if c.dep_ in _OWN_SUBJECT), None)
    if subj is None or subj.dep_ == "expl" or subj.lower_ in _EMPTY_SUBJECTS or _closed_with_comma(conj):
        return True
    spoke = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj.lower_ in _PERSONAL:
        return True  # "Lee said he had met them and called …": he is Lee, or acts as Lee reports
    return spoke is not None and subj.lower_ == spoke.lower_


def _closed_before(conj: Token) -> bool:
    """A comma stands right before the conjunction of ``conj`` ("…, but downplayed …")."""
    k = conj.left_edge.i - 1
    return k >= 1 and conj.doc[k - 1].text == ","


def _closed_with_comma(conj: Token) -> bool:
    """The quoted words close with a comma right before the conjunction of ``conj``: "says the
    goal is “to disqualify him,” but conceded that …" — the writer ends the speaker's words
    there and goes on with the speaker's next report, whoever the clause's subject is."""
    doc = conj.doc
    k = conj.left_edge.i - 1
    if k < 2 or doc[k].lower_ not in ("and", "but"):
        return False
    before = [t.text for t in doc[k - 2:k]]
    return before[1] in ("\u201d", '"') and before[0] == "," or before[1] == "," and before[0] in ("\u201d", '"')


def _form(verb: Token) -> str | None:
    """The finite form of a verb group: "modal", "present", "past" or "pluperfect"; None for an
    infinitive or a participle standing alone."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    tag = auxes[0].tag_ if auxes else verb.tag_
    if tag == "MD":
        return "modal"
    if auxes and tag == "VBD" and auxes[0].lemma_.lower() == "have":
        return "pluperfect"  # "had insulted the country and ordered …": the order is the speaker's"
    if tag in ("VBZ", "VBP"):
        return "present"
    if tag == "VBD" or tag == "VBN" and not auxes:
        return "past"  # a bare VBN after "and" is the tagger's past tense gone astray
    return None


def _state(head: Token) -> bool:
    """A clause saying how things are: a copula ("was unacceptable") or a passive ("had been
    stolen")."""
    return head.lemma_.lower() == "be" or any(c.dep_ == "auxpass" for c in head.children)


def _active_act(conj: Token) -> bool:
    if conj.lemma_.lower() in ("be", "have") or any(c.dep_ == "auxpass" for c in conj.children):
        return False
    return any(c.dep_ in _COMPLEMENTS for c in conj.children)


def cue_of_act(verb: Token) -> Token | None:
    """The cue whose speaker does ``verb`` when ``verb`` is such a coordinated act ("said the
    interference was unacceptable and ordered …": "ordered" is the speaker's, not the
    interference's); None otherwise."""
    deep = _participle_cue_over(verb)
    if deep is not None:
        return deep
    head = verb.head
    clause = head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # ("saying the budget was balanced but was held up - and arguing …")
    if verb.dep_ in ("conj", "advcl") and clause.dep_ == "ccomp" and verb.tag_ == "VBG":
        cut = _participle_act(clause, clause.head)
        if cut is not None and cut < verb.i:
            return clause.head  # "telling reporters the city was safer and thanking …"
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or any(g.dep_ in _OWN_SUBJECT for g in verb.children):
        return None
    cue = head.head
    return cue if _speakers_act(head, verb, _form(cue), cue) else None


def _participle_cue_over(verb: Token) -> Token | None:
    """The participle cue whose report ``verb`` hangs deep inside, as the speaker's next report
    (``_deep_speech_participle``): "saying she had been a champion of hiring women and calling
    …" — she calls."""
    if verb.dep_ != "conj" or verb.tag_ != "VBG":
        return None
    found = None  # (the outermost: a participle inside what was said may look like a cue too)
    for a in verb.ancestors:
        cue = a.head
        if a.dep_ in ("ccomp", "dobj") and cue.i != a.i and cue.tag_ == "VBG" and cue.pos_ == "VERB" \
                and is_speech_verb(cue.lemma_):
            act = _deep_speech_participle(list(a.subtree), a)
            if act is not None and act.i == verb.i:
                found = cue
    return found


# Occasions and channels of speech, in which words are said ("in a televised address that …").
_OCCASIONS = frozenset("""address speech statement interview briefing conference hearing meeting debate rally
remark remarks appearance session call message letter post tweet video broadcast forum event testimony
""".split())


def _apart(clause: Token) -> bool:
    """A "that"-clause set apart from the noun it hangs on by a phrase of that noun's ("a crowd
    in Tulsa that …"): a noun's own content clause ("the news that …") follows it at once."""
    noun = clause.head
    return any(c.dep_ == "prep" and noun.i < c.i < clause.left_edge.i for c in noun.children)


def clause_after_adjunct(verb: Token) -> Token | None:
    """The "that"-clause a cue governs when the parse hangs it on the noun of a phrase set
    between them ("argued at the hearing that the agency had failed", "predicted at the debate
    that voters will take “every state”", "said following a vote in 2001 that he had …"): the
    parse reads a relative clause of "hearing", but a relative "that" is the clause's subject
    or object, and here the clause has a subject of its own and "that" is its conjunction (or
    its object place is taken). "said at the meeting that we held" stays a relative clause."""
    for prep in verb.rights:
        if prep.dep_ != "prep":
            continue
        for tok in prep.subtree:
            # (the parse may also read the clause as a complement of the occasion's noun: "told the
            # nation in an address that …"; but "following news that …" is the news's content)
            # (nor on the audience set apart from it: "groused to a crowd in Tulsa that the paper
            # …"; but "responding to the news that …" is the news's content)
            if _under_passive_participle(tok, prep):
                pass  # "told CNN in an interview aired on Sunday that he was …": no participle says that
            elif not (tok.dep_ == "relcl" or tok.dep_ == "acl" and (tok.head.lemma_.lower() in _OCCASIONS
                                                                    or prep.lower_ == "to" and _apart(tok))) \
                    or tok.pos_ not in ("VERB", "AUX") or tok.head.head.i != prep.i:
                continue  # (deeper down, "about the details, including the revelation that …", the clause is a noun's)
            that = tok.doc[tok.left_edge.i]
            if that.lower_ != "that" or that.head.i != tok.i:
                continue
            subj = next((c for c in tok.children if c.dep_ in _OWN_SUBJECT and c.i != that.i), None)
            if subj is None or subj.i < that.i:
                continue
            # ("that we held on Monday that taxes would fall": a clause of its own is no object)
            taken = any(c.dep_ in ("dobj", "attr", "acomp", "oprd") and c.i != that.i for c in tok.children)
            if that.dep_ == "mark" or taken:
                return tok
    return None


def _under_passive_participle(tok: Token, prep: Token) -> bool:
    """A "that"-clause the parse hangs on a passive participle that describes the occasion
    between a cue and its clause ("told CNN in an interview aired on Sunday that …", "told
    reporters after a meeting held in the capital that …"): a participle of the passive takes
    no clause of what was said, so the clause is the cue's."""
    part = tok.head
    return tok.dep_ == "ccomp" and tok.pos_ in ("VERB", "AUX") and part.dep_ == "acl" and part.tag_ == "VBN" \
        and part.head.head.i == prep.i and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in part.children)


def quotation_opened_before(doc: Doc, start: int, cue_start: int, quoted: Sequence[Quoted]) -> int | None:
    """Where a reported content that starts inside a quotation should start: at the start of
    the sentence holding the quotation's opening mark, when the mark opens in an earlier
    sentence of the same paragraph and the cue comes after the quotation closes.

    "Small towns “need a doctor who stays. That is the whole problem,” said the woman": the
    parse sees two sentences and gives the cue only the second, but the words in the marks are
    one utterance and the lead-in before them is the paraphrase that introduces it. None when
    the content does not start inside such a quotation."""
    text = doc.text
    for q in quoted:
        if not (q.inner_start < start < q.inner_end) or q.end > cue_start or not q.closed:
            continue
        if "\n" in text[q.start:start]:
            return None  # a quotation over paragraphs is a speech of its own, read elsewhere
        opening = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
        if opening is None:
            return None
        first = opening.sent.start_char
        while first < q.start and text[first].isspace():
            first += 1
        if "\n" in text[first:q.start]:
            return None
        return first
    return None


# An opening mark and the marks that close it (a nested ‘…’ inside “…” does not).
_CLOSERS = {"\u201c": "\u201d\"", '"': '"\u201d', "\u00ab": "\u00bb", "\u201e": "\u201c\u201d"}


def quotation_after_object(verb: Token, quoted_tokens: set[int]) -> tuple[Token, Token] | None:
    """(object, closing mark) when an object cue's object is followed at once by a quotation
    the parse breaks off from it: "called Lee “a smart guy. I think he gets the data.”",
    "calling it “a step forward for the city. We waited years.”", "used the hearing to demand
    landlords “pay their fair share.”" A sentence break inside the marks, or a second root,
    leaves the object alone (and a preposition inside the marks may pass for the cue's
    own: "for the city"), but words in marks right after the object of a verb that reports
    through its object are what it was called, demanded, praised: the speaker's words.
    None when there is no such quotation, or when the object's own subtree already holds it
    (the content then reads as parsed)."""
    doc = verb.doc
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None and not any(c.dep_ == "dobj" for c in verb.children):
        # "called the city's plan “weak.”": the parse may give the object as a predicate (oprd)
        obj = next((c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i), None)
    if obj is None or obj.i in quoted_tokens:
        return None
    k = obj.right_edge.i + 1
    if k >= len(doc) or not doc[k].is_quote or k not in quoted_tokens or doc[k].whitespace_ \
            or (k > 0 and k - 1 in quoted_tokens):
        return None  # an opening mark hangs on the next word
    end = _closing_mark(doc, k, quoted_tokens)
    if end is None:
        return None
    covered = {t.i for t in obj.subtree}
    covered |= {t.i for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > obj.i for t in c.subtree}
    if all(i in covered for i in range(k, end + 1)):
        return None
    return obj, doc[end]


def _closing_mark(doc: Doc, k: int, quoted_tokens: set[int]) -> int | None:
    """The closing mark of the quotation opened by the mark ``k``, in its paragraph; None when
    it does not close or holds fewer than two tokens."""
    closers = _CLOSERS.get(doc[k].text)
    end = k + 1
    while end < len(doc) and end in quoted_tokens and "\n" not in doc[end - 1].whitespace_ \
            and not (doc[end].is_quote and closers is not None and doc[end].text in closers):
        end += 1  # (the first closing mark of its kind: "“unhinged.” “So …”" are two quotations)
    if end >= len(doc) or end - k < 3 or not doc[end].is_quote or closers is None or doc[end].text not in closers:
        return None  # an unclosed mark, or nothing in it
    return end


def quotation_of_label(verb: Token, label: Token, quoted_tokens: set[int]) -> Token | None:
    """The closing mark of the quotation a relative label opens right after its verb, when the
    parse breaks the quotation off the label: in "what the mayor called “the longest, most
    bitter and, in some ways, most pointless strike in memory,”" the label's subtree stops at
    "most bitter", but all the words in the marks are what she called it. None when the
    quotation does not open at the label or the label's subtree holds all of it."""
    doc = verb.doc
    k = verb.i + 1
    if k >= len(doc) or not doc[k].is_quote or k not in quoted_tokens or label.left_edge.i != k + 1:
        return None
    end = _closing_mark(doc, k, quoted_tokens)
    if end is None or end <= label.right_edge.i + 1:
        return None
    return doc[end]


# CONTRASTING_MARKS set a clause against what was said, or beside it: "while critics argue …",
# "whereas the mayor insists …". ("because voters say …" gives the speaker's reason: it stays.)
def drop_other_reports(tokens: list[Token], cue: Token) -> list[Token]:
    """``tokens`` of what ``cue`` reports without a report of someone else set after it in a
    clause of its own: "accuses Lee of running a “smear” while Lee suggests the councilwoman is
    a captive of developers", "said the plan would fail while critics argue it will save
    money". A clause with its own subject and its own speech verb, opened by a contrasting
    conjunction, is another attribution (read on its own), not part of this one."""
    if len(tokens) < 4:
        return tokens
    first, present = tokens[0].i, {t.i for t in tokens}
    for t in tokens:
        if t.i == cue.i or t.pos_ != "VERB" or t.dep_ not in ("advcl", "conj") or not is_speech_verb(t.lemma_):
            continue
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i), None)
        if subj is None or subj.tag_ in ("WDT", "WP") or subj.lower_ in ("he", "she"):
            continue  # ("…, though he contended …": most often the speaker going on)
        opener = next((c for c in t.children if c.dep_ in ("mark", "cc") and c.i < subj.i
                       and c.lower_ in CONTRASTING_MARKS), None)
        if opener is None or opener.i <= first + 1 or opener.i not in present:
            continue
        return [x for x in tokens if x.i < opener.i]
    for k, t in enumerate(tokens[2:-2], 2):
        if t.text in DASHES and _dash_act(tokens[k + 1:]):
            return tokens[:k]
        if (t.text == "," or t.text in DASHES) and _relative_report(tokens[k + 1:], cue) \
                and not any(x.head.i in {d.i for d in tokens[k:]} for x in tokens[:k]):
            # "said the city had met its target, which she called “a big step”": the relative
            # holds a report of its own, read apart ("which she called …")
            return tokens[:k]
    for k, t in enumerate(tokens[3:-1], 3):
        # "insisted it was “premature” to back her while adding, “…”", "said the ruling had
        # “kept us safe” before claiming that …": the speaker's next report, set after the first
        if t.lower_ in ("while", "before", "after") and _occasion_participle(tokens[k:]) is not None \
                and is_speech_verb(tokens[k + 1].lemma_) and tokens[k + 1].i != cue.i \
                and not _doer_before(tokens[k + 1], speaking_only=True):
            return tokens[:k]
    return tokens


def _relative_report(rest: list[Token], cue: Token) -> bool:
    """``rest`` opens a relative clause whose verb reports with a subject of its own: "which
    she called “…”", "who he described as …", "which he argued would …", "— which she added
    “…”". The relative word is the object or subject of what that verb says, not of the clause
    the content is."""
    if len(rest) < 4 or rest[0].lower_ not in _RELATIVES or rest[0].tag_ not in ("WDT", "WP"):
        return False
    subj = rest[1]
    verb = subj.head
    if not (subj.dep_ == "nsubj" and subj.tag_ not in ("WDT", "WP") and verb.i == rest[2].i and verb.i != cue.i
            and verb.pos_ == "VERB" and is_speech_verb(verb.lemma_)
            and verb.dep_ in ("relcl", "advcl", "ccomp", "conj") and verb.tag_ in ("VBD", "VBZ", "VBP")):
        return False
    if not _runs_to_the_end(rest, verb):
        return False
    # the object a cue reports through keeps its relative ("blasted the delegate system, which
    # he said …" reports the system as he sees it)
    obj = next((c for c in cue.children if c.dep_ in ("dobj", "oprd") and c.i > cue.i), None)
    return obj is None or rest[0].i not in {t.i for t in obj.subtree}


def _runs_to_the_end(rest: list[Token], clause: Token) -> bool:
    """The clause ``clause`` heads is all of ``rest`` (punctuation aside): "…, whom he called
    “…,” or “throw away his vote”" goes on past the relative in what was said."""
    inside = {t.i for t in clause.subtree}
    return all(t.i in inside or t.is_punct or t.is_space for t in rest)


def _dash_act(rest: list[Token]) -> bool:
    """The words after a dash are the speaker's next act, not what was said: a speech verb
    of no subject ("… seized by the militia - said at a rally that …") or a clause of the
    speaker's own after "and" ("… by “insiders” — and he singled out the manager")."""
    words = [t for t in rest if not t.is_punct]
    if not words:
        return False
    w = words[0]
    if w.pos_ == "VERB" and is_speech_verb(w.lemma_) and w.tag_ in ("VBD", "VBZ") \
            and not any(c.dep_ in _OWN_SUBJECT for c in w.children):
        return True
    return len(words) > 2 and w.lower_ == "and" and words[1].lower_ in _PERSONAL \
        and words[2].pos_ == "VERB" and words[1].head.i == words[2].i and words[1].dep_ == "nsubj"


def object_sequel(verb: Token, last: Token, quoted_tokens: set[int]) -> list[Token]:
    """The tokens an object cue's report goes on with in the speaker's quoted words, which the
    parse hangs on the cue rather than on its object: a second object after "and" ("called the
    governor “the most extreme pick” and someone who had “threatened the port”") or the reason
    after "because" ("called them “boring returns” because “I remain one of the poor”"). Only
    with words in marks (or a reason right after the quoted label: "called it “a costly error”
    because few ships stop there") and no speech verb of their own (a report of its own);
    ``last`` is the report's last token so far. Empty when there is none."""
    doc = verb.doc
    for c in verb.rights:
        if c.i <= last.i or c.is_punct or c.dep_ == "cc":
            continue
        conj = c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON")
        reason = c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("because", "since") for g in c.children)
        if not (conj or reason):
            return []
        between = [t for t in doc[last.i + 1:c.left_edge.i] if not (t.is_punct or t.is_space)]
        if any(t.lower_ != "and" for t in between) or (conj and not between):
            return []
        sub = list(doc[c.left_edge.i:c.right_edge.i + 1])
        if any(t.pos_ == "VERB" and is_speech_verb(t.lemma_) and t.dep_ not in ("relcl", "acl") for t in sub):
            return []
        # the reason for a quoted label is the labeller's, quoted or not ("calls the terminal
        # “a costly error” because hardly any ships stop there"), as after a clause
        if not any(t.i in quoted_tokens and not t.is_quote for t in sub) \
                and not (reason and _label_closed(doc, last, c, quoted_tokens)):
            return []
        return list(doc[last.i + 1:c.right_edge.i + 1])
    return []


def quoted_adverbial(verb: Token, last: Token) -> list[Token]:
    """An adverbial clause the parse hangs on the cue right after what it governs, in which the
    speaker's quoted words go on: "urged voters not to panic, even if rivals call the plan
    “reckless and doomed”", "said he would stay in the race, so he can push for “the boldest
    agenda this party has seen”". Words in marks are the speaker's, so the clause that holds
    them is too (one with a speech verb of its own outside the marks reports anew). Empty when
    there is none."""
    doc = verb.doc
    for c in verb.rights:
        if c.i <= last.i or c.is_punct or c.is_space:
            continue
        if c.dep_ != "advcl" or not any(g.dep_ == "mark" and g.i < c.i for g in c.children):
            return []
        if any(not (t.is_punct or t.is_space) for t in doc[last.i + 1:c.left_edge.i]) \
                or "\n" in doc[last.i:c.right_edge.i + 1].text:
            return []
        sub = list(doc[c.left_edge.i:c.right_edge.i + 1])
        marks = _quotation_in(sub, c.sent.end)
        if marks is None:
            return []
        opening, end = marks
        if sum(1 for t in doc[opening + 1:end] if t.is_alpha) < 3 or _reports_outside(sub, opening, end):
            return []
        return list(doc[last.i + 1:c.right_edge.i + 1])
    return []


def _label_closed(doc: Doc, last: Token, clause: Token, quoted_tokens: set[int]) -> bool:
    """The report so far ends in quoted words whose closing mark stands right before the
    clause, on the same line: "“a costly error” because …"."""
    gap = list(doc[last.i + 1:clause.left_edge.i])
    if last.is_quote and last.i > 0:
        gap, last = [last] + gap, doc[last.i - 1]  # (the closing mark may be in the report already)
    return last.i in quoted_tokens and not last.is_punct and len(gap) <= 2 \
        and any(t.is_quote for t in gap) and all(t.is_quote or t.text == "," for t in gap) \
        and "\n" not in doc[last.i:clause.left_edge.i + 1].text


def reason_after_clause(verb: Token, last: Token) -> list[Token]:
    """The reason the parse hangs on the cue right after the clause it governs: "wrote that the
    request was “futile,” because the agency now holds the files", "said the talks had stalled
    because neither side would move". A "because" after what was said gives the speaker's
    reason, as the speaker gave it (the reporter's why of the saying is rare and says "said so"),
    unless it holds a report of its own ("…, because Lee said …"). Empty when there is none."""
    doc = verb.doc
    for c in verb.rights:
        if c.i <= last.i or c.is_punct or c.is_space:
            continue
        if c.dep_ != "advcl" or not _because(c):
            return []
        if any(not (t.is_punct or t.is_space) for t in doc[last.i + 1:c.left_edge.i]) \
                or "\n" in doc[last.i:c.left_edge.i].text:
            return []
        sub = list(doc[c.left_edge.i:c.right_edge.i + 1])
        return [] if _own_report(sub) else list(doc[last.i + 1:c.right_edge.i + 1])
    return []


def _because(clause: Token) -> bool:
    """An adverbial clause opened by "because" (a "since" may be a time)."""
    return any(g.dep_ == "mark" and g.lower_ == "because" and g.i == clause.left_edge.i for g in clause.children)


def _own_report(tokens: list[Token]) -> bool:
    """A speech verb with a subject of its own among ``tokens``: a report of someone's own."""
    return any(t.pos_ == "VERB" and is_speech_verb(t.lemma_) and any(c.dep_ in _OWN_SUBJECT for c in t.children)
               for t in tokens)


# Words that open the reporter's gloss on a quotation just closed: a non-restrictive relative
# ("…, “self-deportation,” which is …") or a concession ("“about right,” though voters …").
_GLOSS_OPENERS = frozenset({"which", "who", "whom", "whose", "where"}) | CONTRASTING_MARKS


def drop_gloss_after_quotation(tokens: list[Token]) -> list[Token]:
    """``tokens`` of a report without the reporter's gloss after a quotation that closes it:
    "said he was “excited where we stand” — a test for his campaign", "called it a
    “loophole,” which lets companies …", "rated the plan “about right,” though most voters
    …". The marks close the speaker's words; a comma or a dash after them and a relative
    pronoun, a concession or a dash aside start the reporter's own words. (A relative right
    after the marks with no comma, "a “plan” which nobody read", restricts the quoted words
    and stays.)"""
    for k, tok in enumerate(tokens[:-2]):
        if not (tok.is_quote and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ and tok.whitespace_):
            continue  # a closing mark: set right after a word, a space after it
        nxt = tokens[k + 1]
        comma_before = tok.i >= 2 and tok.doc[tok.i - 1].text == ","
        part = _occasion_participle(tokens[k + 1:])
        if part is not None and not _doer_before(part, speaking_only=False) \
                and (is_speech_verb(part.lemma_) or not any(t.is_quote for t in tokens[k + 2:])):
            # (quoted words after it go on with the speaker's: "a “talented guy” when required to
            # “give a speech”"; a speech verb's are a report of its own)
            cut = k + 1  # "“We'll see,” when asked whether …", "“rapists” while calling for …"
        elif tok.text not in ("'", "\u2019") and _as_the_speaker_does(tokens[k + 1:]):
            cut = k + 1  # "says he is “proud of where we are” as he heads into a hard week"
        elif nxt.text in DASHES:
            if any(t.text in DASHES for t in tokens[k + 2:]):
                continue  # "“every candidate” - even Cruz - favored …": an aside the clause resumes after
            cut = k + 1
        elif nxt.text == "," or comma_before:
            j = k + 2 if nxt.text == "," else k + 1  # the word after the comma and the mark
            after = tokens[j + 1] if j + 1 < len(tokens) else None
            # ("…,” in which a company …": a preposition before the relative pronoun)
            if not (tokens[j].lower_ in _GLOSS_OPENERS
                    or tokens[j].pos_ == "ADP" and after is not None and after.lower_ in ("which", "whom")
                    # "…,” sparking a row": a participle on what the words did, unless the
                    # speaker's quoted words go on in it
                    # ("including", "regarding": a participle as a preposition lists more of it)
                    or tokens[j].tag_ == "VBG" and tokens[j].dep_ != "prep"
                    and tokens[j].lower_ not in ("including", "regarding", "concerning")
                    and (not any(t.is_quote for t in tokens[j:]) or not is_speech_verb(tokens[j].lemma_))
                    or _summing_noun(tokens[j:])):
                continue
            cut = k + 1
        else:
            continue
        dropped = {t.i for t in tokens[cut:]}
        if any(t.head.i in dropped for t in tokens[:cut]):
            continue  # "the “gang of eight,” which drafted it, would meet": the clause goes on past the gloss
        if any(t.is_alpha for t in tokens[cut:]) and any(t.is_alpha for t in tokens[:k]):
            return tokens[:cut]
    cut = _gloss_a_phrase_after(tokens)
    if cut is not None:
        return tokens[:cut]
    closed = False
    for k, tok in enumerate(tokens[:-2]):
        closed = closed or tok.is_quote and k > 0 and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_
        # "would pay “slightly more” in taxes, an acknowledgment that …": the sum-up may come a
        # phrase after the marks
        if closed and tok.text == "," and _summing_noun(tokens[k + 1:]) \
                and not any(t.head.i > tok.i and t.head.i != t.i for t in tokens[:k]):
            return tokens[:k]
    return tokens


_RELATIVES = frozenset({"which", "who", "whom", "whose"})


def _gloss_a_phrase_after(tokens: list[Token]) -> int | None:
    """Where the reporter's gloss starts a phrase after a quotation that closes the speaker's
    words: "said the council would “look closely” at the proposal, which would raise fees …",
    "said she was “deeply troubled” by the ruling — a rare rebuke from …". The phrase between
    the marks and the comma or dash (no verb of its own) completes the quoted words; a
    non-restrictive relative, or a noun phrase set off by a dash, after it is the reporter's
    background (unless the relative goes on in the speaker's quoted words: "…, which she said
    was “a scandal”" is a report of its own, and one a reader reads apart). None when there is
    no such gloss."""
    doc = tokens[0].doc if tokens else None
    marks = 0
    for k, tok in enumerate(tokens[:-3]):
        if not tok.is_quote:
            continue
        marks += 1
        if marks % 2 or k == 0 or tok.i == 0 or doc[tok.i - 1].whitespace_:
            continue  # an opening mark, or one inside the words
        j = k + 1
        while j < len(tokens) and j - k <= 9 and tokens[j].text != "," and tokens[j].text not in DASHES:
            j += 1
        phrase = tokens[k + 1:j]
        if j >= len(tokens) - 1 or not any(t.is_alpha for t in phrase) or j - k > 9 \
                or any(t.is_quote or t.pos_ in ("VERB", "AUX") for t in phrase):
            continue
        rest = tokens[j + 1:]
        w = rest[0]
        if w.lower_ in _RELATIVES and w.tag_ in ("WDT", "WP", "WP$"):
            clause = next((a for a in w.ancestors if a.dep_ == "relcl"), None)
            if clause is None or not _runs_to_the_end(rest, clause):
                continue
            if any(t.is_quote for t in rest) and not _own_report(rest):
                continue  # "…, which “nobody wants”": the speaker's words go on
        elif tokens[j].text in DASHES and (w.lower_ in ("a", "an") or w.pos_ == "NOUN" and w.tag_ == "NN"):
            if any(t.text in DASHES or t.is_quote for t in rest):
                continue  # an aside the clause resumes after, or quoted words in it
        else:
            continue
        dropped = {t.i for t in rest}
        if any(t.head.i in dropped for t in tokens[:j]):
            continue  # the clause goes on past it
        return j
    return None


# Subordinators that set the occasion of the saying: "when asked …", "while calling for …".
_OCCASION_MARKS = frozenset({"when", "while", "before", "after"})


def _occasion_participle(rest: list[Token]) -> Token | None:
    """``rest`` (the words after a quotation closes) opens with a subordinated participle of no
    subject: "“We'll see,” when asked whether …", "“rapists” while calling for a wall": the
    reporter's word on when or how it was said (a clause of its own subject, "“ready” when the
    games start", may be the speaker's). The participle, or None."""
    words = [t for t in rest[:3] if not (t.is_punct or t.is_space)]
    if len(words) < 2 or words[0].lower_ not in _OCCASION_MARKS:
        return None
    part = words[1]
    linked = words[0].head.i == part.i or part.head.i == words[0].i  # (the parse may take "before" for a preposition)
    return part if part.tag_ in ("VBG", "VBN") and part.pos_ == "VERB" and linked \
        and not any(c.dep_ in _OWN_SUBJECT for c in part.children) else None


def _as_the_speaker_does(rest: list[Token]) -> bool:
    """``rest`` (the words right after a quotation closes) is "as" and a clause of a personal
    pronoun's: "“…” as he faces a hard test", "“…” as she left the stage" — the reporter sets
    the words in the speaker's moment (an "as" clause of the speaker's own would be a comparison
    or a cause inside the marks, or with a subject of its own: "“…” as prices rise")."""
    if len(rest) < 4 or rest[0].lower_ != "as" or rest[0].dep_ != "mark" or rest[1].lower_ not in ("he", "she", "they"):
        return False
    verb = rest[1].head
    return rest[1].dep_ == "nsubj" and rest[0].head.i == verb.i and verb.tag_ in ("VBZ", "VBD", "VBP") \
        and verb.i == rest[2].i


def _doer_before(part: Token, speaking_only: bool) -> bool:
    """The clause a participle hangs on has a subject of its own, outside the quotation, that
    may be the one doing it: "that one of them had “even died” while volunteering …" (the
    participle's doer is the clause's, and it is still what was said), "Clinton perjured
    herself while testifying". With ``speaking_only`` (a speech participle) a subject that
    cannot speak does not count: "the ruling has “kept us safe” before claiming …" (the
    speaker claims). A subject inside the quotation is the speaker's own word, not the
    reporter's, so the reporter's participle cannot take it."""
    clause = part.head if part.dep_ != "pcomp" else part.head.head
    start = clause
    while clause.dep_ in ("conj", "xcomp") and not any(c.dep_ in _OWN_SUBJECT for c in clause.children):
        clause = clause.head
    if clause is not start and is_speech_verb(clause.lemma_):
        return False  # "vows to “defend the law” before sketching …": up to the cue, whose speaker does it
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > part.i or _inside_marks(subj):
        return False
    if subj.lower_ in _EMPTY_SUBJECTS:
        return False
    if not speaking_only:
        return True
    return subj.pos_ == "PROPN" or subj.lower_ in _PERSONAL or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
        or subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children)


def _inside_marks(tok: Token) -> bool:
    """``tok`` stands between an opening and a closing quotation mark of its sentence (an odd
    number of marks before it)."""
    sent = tok.sent
    return sum(1 for t in tok.doc[sent.start:tok.i] if t.is_quote) % 2 == 1


def _summing_noun(rest: list[Token]) -> bool:
    """``rest`` (the words after a comma that follows a quotation) is a noun phrase summing up
    the report, hung on the report's verb: "…,” part of a string of attacks on …", "…,” a
    charge the campaign denies". The verb already has what it needs before the comma, so the
    noun is the reporter's comment, not more of the speaker's words."""
    if not rest:
        return False
    noun = rest[0] if rest[0].pos_ == "NOUN" else rest[1] if len(rest) > 1 and rest[0].lower_ in ("a", "an") \
        and rest[1].pos_ == "NOUN" else None
    if noun is None or noun.dep_ not in ("appos", "npadvmod", "dobj", "attr", "dep", "advcl") \
            or noun.head.pos_ not in ("VERB", "AUX") or noun.head.i > noun.i:
        return False
    verb = noun.head
    filled = any(c.dep_ in _COMPLEMENTS + ("acomp", "ccomp") and c.i < rest[0].i for c in verb.children)
    return filled and any(c.dep_ in ("prep", "relcl", "acl") and c.i > noun.i for c in noun.children)


def quotation_set_off(tokens: list[Token], verb: Token, quoted_tokens: set[int]) -> list[Token]:
    """``tokens`` (what stands before a trailing cue: "…, he said") from the opening mark of
    the quotation that ends them, when that quotation is set off from the words before it.

    "Reyes argued the budget was reckless - “We cannot keep borrowing,” he said - and …",
    "The closing drew anger from workers (“We were never asked,” wrote one nurse), and …":
    a dash or a parenthesis opens an utterance of its own, and the cue after it frames just
    that. So does a comma after a report with a speech verb of its own ("…, telling reporters
    on Tuesday, “Both of them are ready,” she said"), when the words in the marks are a clause:
    the lead-in is the other report's. A quotation run on from a paraphrase ("Small towns
    “need a doctor,” said the woman", "The plan is fine, “but costly,” he said") keeps it."""
    if len(tokens) < 3:
        return tokens
    doc = verb.doc
    last = tokens[-1]
    if last.i not in quoted_tokens or last.i >= verb.i:
        return tokens
    first_of_frame = min([verb.i] + [c.left_edge.i for c in verb.children if c.dep_ in _OWN_SUBJECT and c.i < verb.i])
    if any(not t.is_punct for t in doc[last.i + 1:first_of_frame]):
        return tokens  # the quotation does not close right before the frame
    k = last.i
    while k - 1 >= tokens[0].i and k - 1 in quoted_tokens and not doc[k].is_quote:
        k -= 1
    if not doc[k].is_quote or k <= tokens[0].i + 1 or "\n" in doc.text[doc[tokens[0].i].idx:doc[k].idx]:
        return tokens
    before = doc[k - 1]
    if before.text in DASHES:
        # "“I doubt the old view” -- that he is a nanny -- “will last,” he says": the dash closes
        # the reporter's gloss inside one quotation, which starts at the first piece's mark
        opening = next((t for t in reversed(tokens) if t.i < k - 1 and t.text in DASHES and t.whitespace_
                        and t.tag_ != "HYPH"), None)  # (not the hyphen of "nanny-state")
        if opening is not None and opening.i - 1 in quoted_tokens and doc[opening.i - 1].is_quote:
            j = opening.i - 2
            while j > tokens[0].i and j in quoted_tokens and not doc[j].is_quote:
                j -= 1
            k = j if doc[j].is_quote and j > tokens[0].i + 1 else tokens[0].i
        return [t for t in tokens if t.i >= k]
    if before.text == "(":
        return [t for t in tokens if t.i >= k]
    if before.text not in (",", ":"):
        return tokens
    inside = doc[k + 1:last.i + 1]
    clause = any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i in range(k + 1, last.i + 1)
                 and t.head.pos_ in ("VERB", "AUX") for t in inside)
    lead = [t for t in tokens if t.i < k - 1]
    if clause and any(t.pos_ == "VERB" and t.i not in quoted_tokens and is_speech_verb(t.lemma_) for t in lead):
        return [t for t in tokens if t.i >= k]
    return tokens
