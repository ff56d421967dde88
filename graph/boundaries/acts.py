"""The speaker's next act: a content unit ends where the clause its cue governs ends.

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

A note that the speaker said no more ("said the mayor was “saddened” but did not elaborate",
"… and declined to comment further", "… but gave no details") is the reporter's, never what was
said, unless the clause itself tells of such a refusal.

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
The same acts after an object cue's object ("called it “shameful” and called on leaders …"),
and ``cue_of_act``, which gives such an act back to its speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..cues import PREP_CUES, is_speech_verb
from ._words import COMPLEMENTS, EMPTY_SUBJECTS, OWN_SUBJECT, PERSONAL, channel_phrase


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
        if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX") or any(g.dep_ in OWN_SUBJECT for g in conj.children):
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
        if any(r.dep_ in OWN_SUBJECT and r.head.pos_ in ("VERB", "AUX") and r.head in rest for r in rest):
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
                    and not any(g.dep_ in OWN_SUBJECT for g in c.children):
                cc = [g for g in h.children if g.dep_ == "cc" and g.i < c.i]
                start = cc[-1].i if cc else c.left_edge.i
            elif c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and c.i == c.left_edge.i \
                    and _after_comma(c):
                start = c.i
            elif channel_phrase(c):
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
                or not is_speech_verb(t.lemma_) or any(g.dep_ in OWN_SUBJECT for g in t.children) \
                or not any(g.dep_ in ("ccomp", "dobj") or g.is_quote for g in t.children):
            continue
        return t
    return None


def _and_of(conj: Token) -> int:
    """Where the conjunct ``conj`` starts: its conjunction, or its own first word."""
    cc = [g for g in conj.head.children if g.dep_ == "cc" and g.i < conj.i]
    return cc[-1].i if cc else conj.left_edge.i


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
                or any(g.dep_ in OWN_SUBJECT + ("aux", "auxpass", "mark") for g in c.children):
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
    if cc[-1].lower_ in ("and", "but") and _says_no_more(conj) and not _says_no_more(head):
        return True  # "said the minister was “saddened” but did not elaborate"
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
    return form == cue_form and _state(head) and (_active_act(conj) or _leaving_after_quotation(head, conj, cc[-1]))


# The adverbs and particles of an act of leaving or breaking off ("walked out", "hung up",
# "stormed off", "turned away").
_LEAVING = frozenset("out off away up".split())


def _leaving_after_quotation(head: Token, conj: Token, cc: Token) -> bool:
    """"told parliament the reforms were “overdue” and stormed out of the chamber", "said the
    offer was “an insult” and hung up": the speaker's words close with the marks right before
    the "and", and a past act of no object that leaves ("out", "off", "away", "up" right after
    its verb) is the speaker's exit, not a state of the clause's subject going on. (A pronoun
    subject, "said he was “tired” and walked out", may tell the exit as part of the report.)"""
    doc = head.doc
    if cc.i < 1 or not doc[cc.i - 1].is_quote or conj.tag_ != "VBD":
        return False
    subj = next((c for c in head.children if c.dep_ in OWN_SUBJECT), None)
    if subj is None or subj.pos_ == "PRON":
        return False
    nxt = doc[conj.i + 1] if conj.i + 1 < len(doc) else None
    return nxt is not None and nxt.head.i == conj.i and nxt.lower_ in _LEAVING \
        and nxt.dep_ in ("prt", "prep", "advmod") and not any(c.dep_ in COMPLEMENTS for c in conj.children)


# Verbs of saying more that a reporter tells the speaker withheld: "did not elaborate", "would
# not say when", "declined to comment further".
_SAYING_MORE = frozenset("elaborate comment say specify explain discuss detail disclose answer respond".split())
# Verbs of withholding it ("declined to comment", "refused further comment").
_WITHHOLDING = frozenset("decline refuse".split())
# What a reporter tells was given or not ("gave no details", "offered no evidence").
_DETAILS = frozenset("detail details evidence explanation reason timeline timetable comment specifics".split())


def _says_no_more(verb: Token) -> bool:
    """True when ``verb`` tells that the speaker said no more: "did not elaborate", "would not
    say when", "declined to comment further", "refused further comment", "gave no details" — the
    reporter's note on the speaker, never a part of what was said."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if lemma in _WITHHOLDING:
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in _SAYING_MORE for c in children) \
            or any(c.dep_ == "dobj" and c.lemma_.lower() in _DETAILS for c in children)
    if lemma in _SAYING_MORE:
        return any(c.dep_ == "neg" for c in children)
    if lemma in ("give", "offer", "provide"):
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _DETAILS
                   and (any(g.lower_ == "no" for g in c.children) or any(g.dep_ == "neg" for g in children))
                   for c in children)
    return False


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
    subj = next((c for c in head.children if c.dep_ in OWN_SUBJECT), None)
    if subj is None or subj.dep_ == "expl" or subj.lower_ in EMPTY_SUBJECTS or _closed_with_comma(conj):
        return True
    spoke = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj.lower_ in PERSONAL:
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
    return any(c.dep_ in COMPLEMENTS for c in conj.children)


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
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or any(g.dep_ in OWN_SUBJECT for g in verb.children):
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
