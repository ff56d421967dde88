"""The clause a speech verb reports: its complement after the cue ("said (that) …") or before
it ("…, an aide said"), and the clauses the parse hung elsewhere: after an adjunct, read as
the cue's object, fronted before ", SPEAKER said", on the one told, or with the cue inside
them. Also the clauses that cannot be what a cue says (closed off by a semicolon, a gapped
relative's predicate).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..cues import ADDRESSEE_VERBS, SUBORDINATORS, is_dash, is_speech_verb
from ..boundaries.sequels import clause_after_adjunct
from ..quotes import QUOTE_MARKS
from .drafts import ReportedWords, word_count


def gap_read_as_clause(verb: Token, subj: Token, comps: list[Token]) -> bool:
    """"Nothing the mayor said “will calm them,” Lee said": a relative clause with no "who" or
    "that" has the noun it hangs on as its object, so the words after it are that noun's
    predicate, not what was said; the parse gives them to the relative's verb as a clause
    with no subject of its own."""
    if not comps or verb.dep_ != "relcl" or verb.head.i > verb.i:
        return False
    if subj.tag_ in ("WP", "WDT") or subj.lower_ == "that":
        return False
    noun, outer = verb.head, verb.head.head
    # only the noun opening the sentence, hung on a cue after the words with a subject of its
    # own: "a probe the agency said was ongoing" is the agency's report that it was
    if noun.left_edge.i != verb.sent.start or outer.i <= verb.i or not is_speech_verb(outer.lemma_) \
            or not any(g.dep_ == "nsubj" and g.i > max(c.right_edge.i for c in comps) for g in outer.children):
        return False
    if any(c.dep_ in ("dobj", "mark") or c.tag_ in ("WP", "WDT", "WRB") for c in verb.children):
        return False
    return any(c.i > verb.i and not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for g in c.children)
               and any(g.dep_ == "aux" or g.tag_ in ("VBZ", "VBD", "VBP") for g in [c, *c.children])
               for c in comps)


def _subject_read_as_object(verb: Token, head: Token) -> list[Token] | None:
    """The object the parse gives a cue right before a clause of no subject that is finite
    ("argued the plan “would fail”", "insisted the deal, which …, had been fair"): a speech verb
    does not take both an object and a bare clause, so the noun is the clause's subject. Not
    for verbs of telling ("told reporters it would …"), whose object is the one told."""
    if verb.lemma_.lower() in ADDRESSEE_VERBS or head.i < verb.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in head.children):
        return None
    finite = head.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") and c.i < head.i for c in head.children)
    obj = next((c for c in verb.children if verb.i < c.i < head.i and (
        c.dep_ == "dobj" or _misread_noun_before_clause(verb, c))), None)
    if not finite or obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.right_edge.i >= head.left_edge.i:
        return None
    doc = verb.doc
    if any(t.pos_ == "CCONJ" for t in doc[obj.right_edge.i + 1:head.i]) or is_speech_verb(head.lemma_) and head.tag_ == "VBD":
        return None  # "touted his record — “…” — and promised …": the cue's own next act, not a clause
    # the noun's own modifiers may be hung on the cue too ("argued his fight to fund schools is …")
    between = [c for c in verb.children if obj.i < c.i < head.i and c.dep_ in ("xcomp", "prep", "acl", "relcl")]
    covered = {t.i for c in [obj] + between for t in c.subtree}
    if any(not (t.is_punct or t.is_space) and t.i not in covered for t in doc[obj.right_edge.i + 1:head.left_edge.i]):
        return None
    return [obj] + between


def _misread_noun_before_clause(verb: Token, noun: Token) -> bool:
    """A noun after the cue that the parse hung on it as a second subject or as a bare
    adverbial noun ("said the days when … are gone": "days" read as "said"'s npadvmod or
    nsubj): like an object, it is the subject of the subjectless clause after it. A bare
    time word ("said Tuesday", "said last week") stays the cue's adjunct, unless a clause
    describes it ("the days when …")."""
    if noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "nsubj":
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)
    if noun.dep_ != "npadvmod":
        return False
    return any(c.dep_ == "det" for c in noun.children) and (
        noun.ent_type_ not in ("DATE", "TIME") or any(c.dep_ in ("relcl", "acl") for c in noun.children))


def clause_words(verb: Token, lemma: str, subj: Token, comps: list[Token]) -> ReportedWords | None:
    """The clause a cue reports: its clausal complement after it ("said (that) …") or before it
    ("…, an aide said"), or one the parse hung elsewhere (after an adjunct, read as an object,
    fronted, on the one told). The origin is "clause", or "preposed" when the complements all
    stand before the cue."""
    origin = "clause"
    heads: list[Token] = []
    if comps:
        right = [c for c in comps if c.i > verb.i]
        if lemma in ADDRESSEE_VERBS:
            # "…, Ukraine tells Hong Kong": a bare name after "tells" is who was told, not a clause
            right = [c for c in right if not _bare_noun_phrase(c)]
        heads = right or [c for c in comps if c.i < verb.i and not _closed_off(c, verb)]
        if heads is not right:
            origin = "preposed"
            head = verb.head
            if verb.dep_ == "conj" and head.i < verb.i and head.pos_ in ("VERB", "AUX") \
                    and not is_speech_verb(head.lemma_) and head.left_edge.i == verb.sent.start \
                    and any(c.dep_ == "cc" for c in head.children):
                # "Talks are going well, but problems remain, an aide said": the parse makes the
                # cue a conjunct of the first half; both halves are what was said
                heads = [head] + heads
    if origin == "clause" and len(heads) == 1 and (stray := _subject_read_as_object(verb, heads[0])) is not None:
        # "argued the pipeline, which is widely backed, “would not go 10 feet” …": the parse
        # took the clause's subject for the cue's object and left the clause without one
        heads = stray + heads
    if heads:
        return ReportedWords(heads, origin)
    # (the origin found above stays with a clause found below, "preposed" when every
    # complement stood before the cue)
    if is_speech_verb(lemma) and (late := clause_after_adjunct(verb)) is not None:
        return ReportedWords([late], origin)  # "argued at the hearing that the agency had failed"
    if (np := _clause_read_as_object(verb)) is not None:
        return ReportedWords([np], origin)  # "In both years, Lee said, those grants paid for …"
    if (fronted := _fronted_words_misread(verb, subj)) is not None:
        return ReportedWords([fronted], "preposed")  # "Borrowers with debt struggle to find work, he said."
    if (root := _trailing_cue_misread(verb, lemma, subj)) is not None:
        return ReportedWords([root], "preposed")  # "Lee cannot claim that “from her view,” Brown added."
    if lemma in _TELLING and (stranded := _clause_hung_elsewhere(verb)) is not None:
        return ReportedWords([stranded], origin, stranded=stranded)  # "after Lee told the Post he was “not there yet”"
    if lemma in _TELLING and (hung := _clause_on_the_one_told(verb)) is not None:
        return ReportedWords([hung], origin)  # "told NBC's “Today” show that she backs …"
    return None


def _closed_off(clause: Token, verb: Token) -> bool:
    """Whether a clause before ``verb`` cannot be what it says, though the parse hangs it there.

    "…; however, the government denied the report's claims": a semicolon closes the clause
    before it, and a verb that judges a claim with an object of its own ("denied the claims")
    says that object, not the clause ("…, Lee promised supporters" keeps it: they were told)."""
    between = verb.doc[clause.right_edge.i + 1:verb.i]
    if any(t.text == ";" for t in between):
        return True
    if any(t.text == ":" or is_dash(t) for t in between) \
            and any(c.dep_ in ("dobj", "oprd") and c.i > verb.i for c in verb.children):
        # "Even its backers sounded cautious: Lee called it “the least bad option”": a colon
        # opens the sentence the lead-in announces, and a cue with an object of its own says
        # that; so does a dash ("She won the vote - he called her “lucky” …")
        return True
    return verb.lemma_.lower() in _JUDGING_VERBS and any(
        c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


# Verbs whose object is the claim judged ("denied the report", "confirmed the deal").
_JUDGING_VERBS = {"deny", "confirm", "reject", "dismiss", "dispute", "acknowledge", "admit", "refute", "contest"}


def _bare_noun_phrase(tok: Token) -> bool:
    """A name or noun with no verb under it: an object, not a clause."""
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
        return False  # "told CNN that it “implements …” sanctions": a clause the tagger read as nouns
    return tok.pos_ in ("PROPN", "NOUN", "PRON") and not any(t.pos_ in ("VERB", "AUX") for t in tok.subtree)


_FRONTED_DEPS = ("advcl", "ccomp", "dep", "parataxis")


def gapped_object(verb: Token) -> tuple[Token, Token] | None:
    """(noun, speaker) for "Nothing the mayor said “will calm them,” Lee said": the noun a
    gapped relative hangs on opens the sentence, its predicate quoted, and the parse hangs it
    on the cue after (as a second subject, or loose): all of it is what the cue's subject said."""
    doc = verb.doc
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i
                 and c.left_edge.i >= 2 and doc[c.left_edge.i - 1].text in QUOTE_MARKS
                 and doc[c.left_edge.i - 2].text == ","), None)
    if subj is None:
        return None
    for c in verb.lefts:
        if c.i < subj.left_edge.i and c.pos_ in ("NOUN", "PRON") and c.dep_ in _FRONTED_DEPS + ("nsubj",) \
                and any(r.dep_ == "relcl" and gap_read_as_clause(
                    r, next((g for g in r.children if g.dep_ in ("nsubj", "nsubjpass")), r),
                    [g for g in r.children if g.dep_ == "ccomp"]) for r in c.children):
            return c, subj
    return None


def first_word(verb: Token, limit: int) -> int:
    """The index of the first word of ``verb``'s sentence, past spaces and punctuation (a
    quotation mark, a dash opening a line), at most ``limit``."""
    doc = verb.doc
    first = verb.sent.start
    while first < limit and (doc[first].is_space or doc[first].is_punct):
        first += 1
    return first


def fronted_clause(verb: Token, subj: Token, headline: int) -> Token | None:
    """The head of a clause standing before ", SPEAKER VERB" at the start of its sentence,
    which the parse hangs on the cue as something other than its complement: "Stop funding
    the rebels, the minister told Sweden", a headline's "Talks were useful, Kremlin says".
    Not a subordinate clause ("When the talks ended, she told …") nor a participle
    ("Speaking in Oslo, she told …"); a verbless one only in the title line, whose clauses
    drop their verbs' endings ("Rivals sign deal, China says" is parsed as a noun)."""
    doc = verb.doc
    if not subj.i < verb.i or subj.head.i != verb.i:
        return None
    comma = subj.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    if any(t.pos_ not in ("ADV", "AUX", "PART") for t in doc[subj.right_edge.i + 1:verb.i]):
        return None  # "X, whose envoy the minister had met, said": not the speaker's own verb
    first = first_word(verb, comma)
    for c in verb.lefts:
        if c.dep_ not in _FRONTED_DEPS or c.left_edge.i > first or c.right_edge.i < comma - 2:
            continue
        if any(t.i > comma for t in c.subtree):
            return None
        if c.pos_ in ("VERB", "AUX"):
            if any(g.dep_ == "mark" and g.lower_ != "that" or g.dep_ == "advmod" and g.i == c.left_edge.i
                   and (g.lower_ in SUBORDINATORS or g.tag_ == "WRB") for g in c.children):
                return None
            if c.tag_ in ("VBG", "VBN") and not any(g.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass")
                                                    for g in c.children):
                return None
            return c
        if c.idx + len(c) <= headline and word_count(list(c.subtree)) >= 3:
            return c
        return None
    head = verb.head
    if verb.dep_ == "conj" and head.i < verb.i and head.pos_ in ("VERB", "AUX") and head.left_edge.i <= first \
            and not is_speech_verb(head.lemma_) and any(g.dep_ in ("nsubj", "nsubjpass") for g in head.children) \
            and not any(g.dep_ == "mark" or g.dep_ == "advmod" and g.lower_ in SUBORDINATORS for g in head.children) \
            and all(g.dep_ in ("nsubj", "aux", "neg", "advmod", "punct") for g in verb.lefts):
        # "People should show evidence and not wave around words like “maybe”, he told
        # reporters": the parse made the cue a conjunct of the clause before the comma (not
        # when a clause of the cue's own stands between: "and though they speak no English,
        # their smiles said a lot")
        return head
    return None


# Verbs that take the one told and then a clause ("told the Post he was …").
_TELLING = frozenset("tell inform notify assure reassure remind warn advise promise".split())


def _clause_hung_elsewhere(verb: Token) -> Token | None:
    """"The deal came days after Lee told the Post he was “not there yet”", "with Ames telling
    reporters on Monday he saw the plan as “reckless”": a clause right after the cue and its
    object, with no comma between, is what was told, though the parse made it the sentence's
    main clause or hung it on an earlier verb. The head of that clause, or None."""
    doc = verb.doc
    if not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None  # (the one told stands before the clause told)
    if any(c.dep_ == "prep" and c.i > verb.i and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
           for c in verb.children):
        return None  # "informed parents about any step they need to take": the topic is what was told
    k = verb.right_edge.i + 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    if any(t.is_punct for t in doc[verb.i + 1:k]):
        return None  # "While aides promised more staff for months, though, that has yet to …"
    subj = next((t for t in doc[k:k + 6] if t.left_edge.i == k and t.dep_ in ("nsubj", "nsubjpass")
                 and t.pos_ in ("PRON", "PROPN", "NOUN")), None)
    if subj is None:
        return None
    head = subj.head
    if head.i <= subj.i or head.pos_ not in ("VERB", "AUX") or head.sent.start != verb.sent.start:
        return None
    if verb.i in {a.i for a in head.ancestors}:
        return None  # the parse has it under the cue already: read as usual
    return head


def _clause_on_the_one_told(verb: Token) -> Token | None:
    """"She told NBC's “Today” show that she backs a smaller tax": the parse may hang the
    "that" clause on the one told (a programme, a committee) rather than on the cue. A clause
    opened by "that" right after the object's noun is what was told. Its head, or None."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.i < verb.i:
            continue
        for c in obj.children:
            # (ccomp or acl; "that" is its mark, not a relative's subject: "the man that ran")
            if c.dep_ in ("ccomp", "acl") and c.left_edge.i == obj.i + 1 and c.left_edge.lower_ == "that" \
                    and c.left_edge.dep_ == "mark" and c.pos_ in ("VERB", "AUX"):
                return c
    return None


def _clause_read_as_object(verb: Token) -> Token | None:
    """"In both years, Lee said, those grants paid for “community programs”": after "said"
    and a comma a clause starts, but the small model may read its subject as the verb's object
    and its past-tense verb as a participle hung on that noun. "Say" takes no such object
    after a comma; the noun with its participle is the clause said."""
    doc = verb.doc
    if verb.lemma_.lower() != "say" or verb.i + 2 >= len(doc) or doc[verb.i + 1].text != ",":
        return None
    for c in verb.children:
        if c.dep_ == "dobj" and c.left_edge.i == verb.i + 2 and c.pos_ in ("NOUN", "PROPN"):
            if any(g.dep_ == "acl" and g.i > c.i and g.tag_ in ("VBN", "VBD")
                   and not any(a.dep_ in ("aux", "auxpass") for a in g.children)
                   and any(a.dep_ in ("prep", "dobj", "ccomp") for a in g.children) for g in c.children):
                return c
    return None


def _fronted_words_misread(verb: Token, subj: Token) -> Token | None:
    """"Borrowers with heavy debt struggle to find a “good” job, he said.": a sentence that
    ends on a bare "SUBJECT said" after a comma reports all the words before the comma, but
    the small model may read the clause's verb as a noun ("struggle") and hang the whole
    stretch on the cue as a loose dependent instead of its clause. That dependent, when it
    spans the sentence up to the comma; None otherwise."""
    doc = verb.doc
    if verb.lemma_.lower() != "say" or verb.dep_ != "ROOT" or subj.i != verb.i - 1 or subj.i < 2 \
            or doc[subj.i - 1].text != ",":
        return None
    if any(not t.is_punct for t in doc[verb.i + 1:verb.sent.end]):
        return None  # "…, he said on Monday" reads no differently, but keep to the bare frame
    comma = subj.i - 1
    for c in verb.children:
        if c.dep_ in ("dep", "npadvmod", "nsubj", "dobj") and c.i < subj.i and c.left_edge.i == verb.sent.start \
                and c.right_edge.i == comma - 1 and c.right_edge.i - c.left_edge.i >= 3:
            return c
    return None


# What may follow a trailing cue in its sentence: adjuncts ("added on Monday", "said in a
# statement"), the one told, a participle after a comma ("added, saying …").
_AFTER_TRAILING_CUE = frozenset("prep npadvmod advmod punct dative agent".split())


def _trailing_cue_misread(verb: Token, lemma: str, subj: Token) -> Token | None:
    """"Lee cannot claim that “from her point of view,” Brown added.": a quotation closed with a
    comma, then a bare "SUBJECT said" ending the sentence, reports every word before the comma;
    the parse may hang the cue inside them instead, as the complement of their verb ("claim …
    added") or of a word in the quotation, so the cue has no words of its own. The sentence's
    root, whose words before the cue's subject are then the report; None otherwise."""
    if verb.dep_ == "ROOT" or subj.i > verb.i or not is_speech_verb(lemma):
        return None
    doc, lo = verb.doc, subj.left_edge.i
    start = verb.sent.start
    if lo - 3 < start or {doc[lo - 1].text, doc[lo - 2].text} not in ({",", "\u201d"}, {",", '"'}):
        return None
    if any(not (t.dep_ in ("advmod", "aux", "neg") or t.is_space) for t in doc[subj.right_edge.i + 1:verb.i]):
        return None
    for c in verb.rights:
        if c.dep_ in _AFTER_TRAILING_CUE or c.dep_ == "dobj" and lemma in ADDRESSEE_VERBS:
            continue
        if c.dep_ == "advcl" and c.tag_ == "VBG" and doc[c.left_edge.i - 1].text == ",":
            continue  # "…,” Lee added, saying …": the speaker's next act
        return None
    root = verb
    while root.dep_ != "ROOT" and root.head.i != root.i:
        root = root.head
    # (words of the quotation the parse hung on the cue as its object are still before the comma)
    return root if root.i < lo - 2 else None
