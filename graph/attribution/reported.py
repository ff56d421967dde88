"""Reported speech: every speech cue outside the standalone quotations with its content.
Speech verbs with a clause ("X said (that) …", preposed "…, an aide said", parenthetical
"X, Lee said, would …", a fronted clause), an infinitive ("vowed to …"), a preposition
("accused X of …") or an object ("called the charges baseless"); "according to X"; speech
nouns ("X's claim that …", "voiced concern that …", "said in a statement that …"). Cues that
report no speech are left out (negated, withheld, a question put, a thing as subject), and
the content is clipped to the cue's paragraph, without a trailing attribution of its own or
a participle commenting on the report.
"""

from __future__ import annotations

from typing import Iterable, NamedTuple

from spacy.tokens import Doc, Token

from ..cues import (ADDRESSEE_VERBS, COVERAGE_CUES, DASHES, EVENT_NOUNS, OBJECT_CUES, PARTICLE_CUES, PREP_CUES,
                    QUOTED_PREP_ONLY, QUOTED_REQUEST_PREPS, SUBORDINATORS, XCOMP_CUES, is_light_speech,
                    is_speech_noun, is_speech_verb)
from ..boundaries import (clause_after_adjunct, drop_coordinated_acts, drop_gloss_after_quotation,
                          drop_object_acts, quoted_adverbial, quoted_sequel, reason_after_clause, drop_other_reports, object_sequel,
                          quotation_after_object, quotation_of_label, quotation_set_off, sequel_after_cue)
from ..addressees.verbs import told_after_object
from ..entities import EntityIndex
from ..fragments import has_own_subject, quoted_appeal, quoted_clause, quoted_object, relative_label, said_words
from ..model import Cue
from ..inversions import inverted_tail
from ..quotes import QUOTE_MARKS
from .drafts import Draft, headline_end, outlet, paragraph_at, span_of_tokens, word_count
from .cue_speakers import speaker_token
from .passive_cues import put_to_subject, quoted_as_saying, unnamed_speaker
from .speaker_candidates import fits
from .contents import actor, clip, content_span, kind_of, trim, unsaid
from .speech_nouns import according_to, speech_noun, voice_of


# Determiners that count what a report found ("no arrests", "several attacks").
_NONE_OR_SOME = frozenset("no several many few dozens hundreds thousands numerous".split())

# "asked not to be named / identified / quoted": the terms of an anonymous source, not what it said
_ANONYMITY_VERBS = {"name", "identify", "quote", "use", "cite"}


def _anonymity(clause: Token) -> bool:
    return clause.lemma_.lower() in _ANONYMITY_VERBS and any(c.dep_ == "auxpass" for c in clause.children) \
        and any(c.dep_ == "neg" for c in clause.children)


def reported_speech(doc: Doc, in_quote: set[int], index: EntityIndex, paras: list[int]) -> list[Draft]:
    out: list[Draft] = []
    headline = headline_end(index.text)
    # only verbs, nouns and "according" can be cues: read just those tokens
    for tok in map(doc.__getitem__, index.layout.tokens_where(pos=("VERB", "NOUN"), lower=("according",))):
        if tok.i in in_quote:
            continue
        draft = _cued_by(doc, tok, in_quote, index, headline)
        if draft is not None:
            if draft.verb is tok and (unnamed_speaker(tok) or put_to_subject(tok)):
                draft.subj = None  # "Lee was asked to name …": what was put to Lee, by no one named
            draft.para = paragraph_at(paras, tok.idx)
            out.append(draft)
    return out


def _cued_by(doc: Doc, tok: Token, in_quote: set[int], index: EntityIndex, headline: int) -> Draft | None:
    """The report ``tok`` is the cue of, read by the kind of cue it is: "according to", a
    question put, a verb of speech (or one used as one), a noun of speech, a light verb's
    noun ("made the remarks"); None for any other word."""
    if tok.lower_ == "according" and tok.i + 1 < len(doc) and tok.nbor().lower_ == "to":
        return according_to(doc, tok, in_quote, index)
    if tok.pos_ == "VERB" and any(quoted_as_saying(g) is not None for c in tok.children for g in c.children):
        return None  # "quoted Lavrov as saying …": the "saying" is the cue, Lavrov its speaker
    if tok.pos_ == "VERB" and (draft := _question_put(doc, tok, in_quote, index)) is not None:
        return draft  # "Asked whether the plan would work, Lee said …": the question itself, by no one named
    if tok.pos_ == "VERB" and (is_speech_verb(tok.lemma_) or _put_it(tok) or tok.lemma_.lower() in PREP_CUES
                               or _particle(tok) is not None or quoted_object(tok, in_quote)
                               or quoted_clause(tok, in_quote) or quoted_appeal(tok, in_quote)):
        return _speech_verb(doc, tok, in_quote, index, headline)
    if tok.pos_ == "NOUN" and is_speech_noun(tok.lemma_):
        return speech_noun(doc, tok, in_quote, index)
    if tok.pos_ == "NOUN" and (draft := voice_of(doc, tok, in_quote, index)) is not None:
        return draft  # "chants of “Lock her up”": the words of a crowd's voice
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and is_light_speech(tok.head.lemma_, tok.lemma_):
        return speech_noun(doc, tok, in_quote, index, light=tok.head)
    return None


_QUESTION_WORDS = frozenset("whether if what how why who when where which".split())


def _question_put(doc: Doc, verb: Token, in_quote: set[int], index: EntityIndex) -> Draft | None:
    """"Asked whether the mayor “has the judgment to lead,” 61 percent said yes", "Asked by Tom
    Reyes if the port would close, Lund said no": a bare participle of "ask" opening a clause
    reports the question put, not the answer (``unsaid`` keeps it from being the answerer's
    words); the one who asked is its "by" agent, else no one named."""
    if verb.lemma_.lower() != "ask" or verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "ROOT") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux", "dobj", "dative") for c in verb.children):
        return None
    asked = next((c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.i > verb.i
                  and c.left_edge.lower_ in _QUESTION_WORDS), None)
    if asked is None or any(t.i in in_quote for t in asked.subtree):
        return None
    tokens = [t for t in asked.subtree]
    if verb.dep_ == "ROOT":
        # "when asked how she would define the “establishment” - the term used by Lee - Ann
        # fought back": the parse may hang the answer on the question; it ends at a dash or comma
        cut = _first_break(t for t in tokens if t.i > asked.i)
        tokens = [t for t in tokens if cut is None or t.i < cut]
    content = content_span(doc, tokens, in_quote)
    if content is None:
        return None
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    cue = Cue(verb.idx, verb.idx + len(verb), verb.text, "ask")
    return Draft(kind_of(content), [content], "clause", cue, verb.i,
                 agent if agent is not None and fits(agent, verb, in_quote) else None, verb)


def _adverbial_calling(verb: Token, in_quote: set[int]) -> bool:
    """"Fell responded, calling Reade's charge “pathetic”": a participle clause set after the
    main clause, its label quoted, is its subject's words (the parse may hang the one called on
    the label); "a group calling itself “…”" hangs on a noun and names it."""
    quoted = getattr(in_quote, "anywhere", in_quote)
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.i < verb.i and any(
        c.dep_ == "oprd" and c.i > verb.i and any(t.i in quoted for t in c.subtree) for c in verb.children)


def _verb_between(verb: Token, clause: Token) -> bool:
    """A verb of another clause stands between a cue and the infinitive the parse hangs on it:
    in "called Lee a “clown” on air when commenting on a rally held to protest the deal" the
    infinitive is a purpose of the later words, not what the speaker called on anyone to do.
    (A verb inside the one addressed does not count: "urged voters facing debt to …".)"""
    def in_argument(t: Token) -> bool:
        while t.i != verb.i and t.head.i != t.i:
            if t.dep_ in ("dobj", "dative", "pobj"):
                return True
            t = t.head
        return False
    return any(t.pos_ == "VERB" and not in_argument(t) for t in verb.doc[verb.i + 1:clause.left_edge.i])


def _gap_read_as_clause(verb: Token, subj: Token, comps: list[Token]) -> bool:
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


def _label_clipped(tokens: list[Token], label: Token, quoted: set[int]) -> list[Token]:
    """"what Sroka called a “bold” approach - working with …": the label ends at the first
    dash, comma or semicolon after its words in marks; what follows is the reporter's gloss."""
    last = max((t.i for t in label.subtree if t.i in quoted), default=None)
    if last is None:
        return tokens
    cut = _first_break(label.doc[last + 1:label.right_edge.i + 1])
    return tokens if cut is None else [t for t in tokens if t.i < cut]


def _first_break(tokens: Iterable[Token]) -> int | None:
    """The index of the first dash, comma or semicolon among ``tokens`` (not a quotation mark
    or a stop): where a clause's own words end and a gloss or another clause begins."""
    return next((t.i for t in tokens if t.is_punct and not t.is_quote and t.text not in ".!?"), None)


def _subtree_tokens(heads: list[Token], exclude: set[int] = frozenset()) -> list[Token]:
    out: dict[int, Token] = {}
    for h in heads:
        lo, hi = h.left_edge.i, h.right_edge.i
        for t in h.doc[lo:hi + 1]:
            if t.i not in exclude:
                out[t.i] = t
    return [out[i] for i in sorted(out)]


class _Reported(NamedTuple):
    """Where a speech verb's words are: the heads of their phrases and how they stand to the
    cue (``origin``: clause, preposed, infinitive, object, prep, parenthetical, aside)."""
    heads: list[Token]
    origin: str
    label: Token | None = None      # the relative word an object cue labels ("what Lee called “…”")
    quote_end: Token | None = None  # the end of the quotation an object cue's label runs to
    stranded: Token | None = None   # a clause of telling the parse hung elsewhere in the sentence


def _speech_verb(doc: Doc, verb: Token, in_quote: set[int], index: EntityIndex,
                 headline: int = 0) -> Draft | None:
    """The report of a verb of speech: its speaker, then where its words are (``_reported_words``,
    else the inverted order "…, said Gomez"), then those words trimmed to what was said."""
    lemma = verb.lemma_.lower()
    if unsaid(verb) or _speaks_volumes(verb):
        return None
    gapped = _gapped_object(verb)
    subj = gapped[1] if gapped is not None else speaker_token(verb, in_quote)
    if subj is None or not actor(subj, verb, index):
        return None
    comps = [c for c in verb.children if c.dep_ == "ccomp" and c.i != subj.i and lemma not in QUOTED_PREP_ONLY]
    if _gap_read_as_clause(verb, subj, comps):
        return None
    found = _clause_words(verb, lemma, subj, comps) or _argument_words(verb, lemma, in_quote)
    if found is None and lemma in QUOTED_PREP_ONLY and not quoted_object(verb, in_quote):
        return None  # "It refers to the share of …": no report but through its quoted label
    label = None
    if found is None and (lemma in OBJECT_CUES or _particle(verb) is not None or quoted_object(verb, in_quote)):
        heads, label, quote_end = _object_heads(verb, lemma, subj, list(verb.children), in_quote)
        if heads:
            found = _Reported(heads, "object", label, quote_end)
    if found is None and (aside := _aside_words(doc, verb, subj, gapped, headline)) is not None:
        # (a label the object reading found without words to report still clips the words found here)
        found = _Reported(*aside, label=label)
    if found is None:
        return _inverted_report(doc, verb, lemma, in_quote, index)
    if found.origin == "parenthetical":
        return _parenthetical_draft(doc, verb, found.heads, subj, lemma, index, in_quote)
    tokens = _said_tokens(doc, verb, subj, found, in_quote, index)
    if any(t.i == subj.i for t in tokens) or not tokens:
        return None
    return _verb_draft(doc, verb, lemma, subj, found, tokens, in_quote, index)


def _clause_words(verb: Token, lemma: str, subj: Token, comps: list[Token]) -> _Reported | None:
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
        return _Reported(heads, origin)
    # (the origin found above stays with a clause found below, "preposed" when every
    # complement stood before the cue)
    if is_speech_verb(lemma) and (late := clause_after_adjunct(verb)) is not None:
        return _Reported([late], origin)  # "argued at the hearing that the agency had failed"
    if (np := _clause_read_as_object(verb)) is not None:
        return _Reported([np], origin)  # "In both years, Lee said, those grants paid for …"
    if (fronted := _fronted_words_misread(verb, subj)) is not None:
        return _Reported([fronted], "preposed")  # "Borrowers with debt struggle to find work, he said."
    if (root := _trailing_cue_misread(verb, lemma, subj)) is not None:
        return _Reported([root], "preposed")  # "Lee cannot claim that “from her view,” Brown added."
    if lemma in _TELLING and (stranded := _clause_hung_elsewhere(verb)) is not None:
        return _Reported([stranded], origin, stranded=stranded)  # "after Lee told the Post he was “not there yet”"
    if lemma in _TELLING and (hung := _clause_on_the_one_told(verb)) is not None:
        return _Reported([hung], origin)  # "told NBC's “Today” show that she backs …"
    return None


def _argument_words(verb: Token, lemma: str, in_quote: set[int]) -> _Reported | None:
    """The words a cue reports through an argument other than a clause: an infinitive ("vowed
    to …"), a quotation after its object, a preposition ("accused X of …"), a quoted topic
    ("joked about …") or the quoted words requested ("asked for “…”")."""
    children = list(verb.children)
    if lemma in XCOMP_CUES:
        heads = [c for c in children if c.dep_ in ("xcomp", "advcl") and c.i > verb.i
                 and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children) and not _anonymity(c)
                 and not _verb_between(verb, c)]
        if heads:
            return _Reported(heads, "infinitive")
    if lemma in _SAID_TO_BE and unnamed_speaker(verb):
        # "the chairman was said to be “furious” with …": a report by no one named, of words
        # the infinitive quotes (unquoted, "was said to be in talks" is the writer's hedge)
        quoted_words = getattr(in_quote, "anywhere", in_quote)
        heads = [c for c in children if c.dep_ == "xcomp" and c.i > verb.i
                 and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)
                 and any(t.i in quoted_words for t in c.subtree) and not is_speech_verb(c.lemma_)]
        # ("is reported to have called them “free riders”": the one who called them speaks)
        if heads:
            return _Reported(heads, "infinitive")
    if lemma in OBJECT_CUES or quoted_object(verb, in_quote):
        # "called Lee “a smart guy. I think …”": the words in marks after the object, broken
        # off it by the parse, are what the speaker called him (boundaries)
        hit = quotation_after_object(verb, getattr(in_quote, "anywhere", in_quote))
        if hit is not None:
            return _Reported([hit[0]], "object", quote_end=hit[1])
    if lemma in PREP_CUES and (found := _prep_heads(verb, lemma, children, in_quote)) is not None and found[0]:
        return _Reported(*found)
    if is_speech_verb(lemma) and lemma not in PREP_CUES and lemma not in _QUESTIONING \
            and (topic := _quoted_topic(verb, in_quote)):
        return _Reported([topic], "prep")  # "joked about her rival's “close friendship”"
    if lemma in QUOTED_REQUEST_PREPS and any(c.dep_ == "nsubj" for c in children):
        # "Hill asked for “clear and early communication”": the quoted words requested are the
        # speaker's partial quote (a quotation standing on its own is read as one elsewhere,
        # and "asked for comment" by no one named reports nothing)
        quoted_words = getattr(in_quote, "anywhere", in_quote)
        objs = [g for c in children if c.dep_ == "prep" and c.lower_ in QUOTED_REQUEST_PREPS[lemma] and c.i > verb.i
                for g in c.children if g.dep_ == "pobj"]
        words = [t for o in objs for t in o.subtree]
        if any(t.i in quoted_words for t in words) and not any(t.i in in_quote for t in words):
            return _Reported(objs, "prep")
    return None


def _aside_words(doc: Doc, verb: Token, subj: Token, gapped: tuple[Token, Token] | None,
                 headline: int) -> tuple[list[Token], str] | None:
    """The words a cue set aside from them reports, with their origin: the clause a trailing
    cue hangs on ("The deal is dead, he said."), the one a cue interrupts ("…, Mr. Obama said,
    a majority …"), the main clause of an "as" aside, a gapped object's clause, a fronted clause."""
    if verb.dep_ == "parataxis" and verb.head.i < verb.i:
        return [verb.head], "preposed"  # "The deal is dead, he said."
    if verb.dep_ == "parataxis" and verb.head.i > verb.i and verb.right_edge.i + 1 < len(doc) \
            and (doc[verb.i + 1].text == "," or _set_off(verb)) or _opening_aside(verb):
        # "During his years in office, Mr. Obama said, a majority of Americans have come to …"
        return [verb.head], "parenthetical"
    if (main := _as_aside(verb)) is not None:
        # "As the paper noted Friday, the mayor “has lost the trust of the port”": the clause
        # the aside hangs on is what was noted
        return [main], "aside"
    if gapped is not None:
        return [gapped[0]], "preposed"
    fronted = _fronted_clause(verb, subj, headline)
    if fronted is not None:
        # "Stop funding the rebels, the minister told Sweden": the clause before the cue
        return [fronted], "preposed"
    return None


def _inverted_report(doc: Doc, verb: Token, lemma: str, in_quote: set[int], index: EntityIndex) -> Draft | None:
    """"The vote marks “a turning point” for the city, said Gomez": the parse took the
    sentence's start for a second subject; the word order gives speaker and content."""
    tail = inverted_tail(verb, in_quote, fits)
    if tail is None:
        return None
    subj, tokens = tail
    content = content_span(doc, tokens, in_quote)
    if content is None:
        return None
    cue = Cue(verb.idx, verb.idx + len(verb), verb.text, lemma)
    return Draft(kind_of(content), [content], "preposed", cue, verb.i, subj, verb,
                 reported_by=outlet(list(verb.sent), index))


def _said_tokens(doc: Doc, verb: Token, subj: Token, found: _Reported, in_quote: set[int],
                 index: EntityIndex) -> list[Token]:
    """The words of ``found``'s phrases that were said: without the cue's own words, clipped
    as its origin reads (before the cue and its speaker, after the cue, without a trailing
    participle or another act) and to the cue's paragraph."""
    heads, origin, label, quote_end, stranded = found
    exclude = set(t.i for t in verb.subtree) - set(t.i for h in heads for t in h.subtree) if origin == "preposed" \
        else set(t.i for t in verb.subtree) if origin == "aside" else set()
    if origin == "object" and (told := told_after_object(verb, index)) is not None:
        # "confirmed the news to the Toronto Star": the outlet told is the audience, not words said
        exclude = {t.i for t in told.subtree}
    tokens = _subtree_tokens(heads, exclude)
    if label is not None:
        tokens = _label_clipped(tokens, label, getattr(in_quote, "anywhere", in_quote))
    if origin == "preposed":
        tokens = _before_the_cue(tokens, verb, subj, heads, in_quote)
    if origin == "aside" and all(t.is_punct or t.dep_ == "cc" for t in tokens if t.i < verb.left_edge.i):
        # "As the paper noted Thursday, the mayor …": the day the parse hung on the main verb is the aside's
        after = [t for t in tokens if t.i > verb.right_edge.i]
        k = 0
        while k < len(after) and after[k].ent_type_ in ("DATE", "TIME") and not after[k].is_punct:
            k += 1
        if k and k < len(after) and after[k].text == ",":
            tokens = after[k + 1:]
    if origin == "aside" and tokens and tokens[-1].i > verb.i \
            and all(t.is_punct or t.is_space for t in tokens if t.i > verb.i):
        # 'The economy is “on the mend,” as Lee said.': nor the comma and mark before a closing aside
        tokens = _without_closing_marks([t for t in tokens if t.i < verb.i])
    if origin == "clause":
        tokens = _drop_trailing_participle(tokens, heads)
        if heads[0].i > verb.i:
            # "the deal, which he said had saved …": the clause starts after its cue
            tokens = [t for t in tokens if t.i > (verb.i if stranded is None else verb.right_edge.i)]
        tokens = drop_coordinated_acts(tokens, heads[0], verb)
        if heads[0].i > verb.i and tokens and tokens[-1].i == heads[0].right_edge.i:
            tokens = tokens + (quoted_sequel(verb, heads[0]) or reason_after_clause(verb, tokens[-1])
                               or quoted_adverbial(verb, tokens[-1]))
    if origin == "infinitive":
        # "urged the city to create “a big spectacle,” leaving residents nervous": the comment
        # after the comma is the reporter's, as after a clause
        tokens = _drop_trailing_participle(tokens, heads)
        if tokens and tokens[-1].i == heads[0].right_edge.i:
            tokens = tokens + quoted_adverbial(verb, tokens[-1])
    if origin == "object":
        tokens = drop_object_acts(tokens, heads) if quote_end is None \
            else list(doc[heads[0].left_edge.i:quote_end.i])  # (the closing mark left out, as elsewhere)
        if tokens:
            tokens = tokens + object_sequel(verb, tokens[-1], getattr(in_quote, "anywhere", in_quote))
    return drop_gloss_after_quotation(clip(drop_other_reports(tokens, verb), verb, index))


def _before_the_cue(tokens: list[Token], verb: Token, subj: Token, heads: list[Token],
                    in_quote: set[int]) -> list[Token]:
    """The words of a preposed report ("…, an aide said"): those before the cue and its
    speaker, up to where a quotation set off before them ends."""
    tokens = [t for t in tokens if t.i < verb.i and t.i < subj.i]
    if heads[0].i == verb.head.i or heads[0].is_ancestor(verb):
        # the conjunct's (or the root's) whole subtree was taken, the cue's subject with it
        tokens = [t for t in tokens if t.i < subj.left_edge.i]
        if heads[0].dep_ == "ROOT" and heads[0].is_ancestor(verb):
            # (the comma and closing mark before the misplaced cue's subject are not words said)
            tokens = _without_closing_marks(tokens)
    named = _named_before_title(subj)
    if named is not subj:
        # "…,” Tom Reyes, the former governor, said": the speaker found is the title, but the
        # mention starts at the name the title stands beside
        tokens = [t for t in tokens if t.i < named.left_edge.i]
    return quotation_set_off(tokens, verb, getattr(in_quote, "anywhere", in_quote))


def _verb_draft(doc: Doc, verb: Token, lemma: str, subj: Token, found: _Reported, tokens: list[Token],
                in_quote: set[int], index: EntityIndex) -> Draft | None:
    """The draft of a speech verb's report from the words said: a relative word labelled with
    its label, or the content (with "that" before a clause) and, after a preposed report, what
    the speaker goes on to say in the same paragraph."""
    heads, origin = found.heads, found.origin
    if origin == "clause":
        mark = doc[heads[0].left_edge.i - 1] if heads[0].left_edge.i > 0 else None
        if mark is not None and mark.lower_ == "that" and mark.i > verb.i:
            tokens = [mark] + tokens
    if origin == "prep" and (labelled := _relative_labelled(verb, tokens, in_quote)) is not None:
        return _labelled_relative_draft(doc, verb, lemma, subj, tokens, labelled, index)
    content = content_span(doc, tokens, in_quote)
    if content is None:
        return None
    if origin == "object" and word_count([t for t in tokens]) < 2:
        return None
    contents = [content]
    if origin == "preposed" and verb.dep_ == "parataxis":
        # "The rules are clear, Lee said, but “nobody reads them”": the speaker goes on
        rest = trim([t for t in sequel_after_cue(verb.head, verb) if index.layout.para_of[t.i] == index.layout.para_of[verb.i]])
        if word_count(rest) >= 2 and not any(t.i in in_quote for t in rest):
            contents.append(span_of_tokens(doc, rest[0], rest[-1]))
    if origin == "preposed" and len(contents) == 1 and heads[0].i < verb.i:
        rest = trim([t for t in _quoted_remainder(verb, in_quote) if index.layout.para_of[t.i] == index.layout.para_of[verb.i]])
        if word_count(rest) >= 2:
            contents.append(span_of_tokens(doc, rest[0], rest[-1]))
    kind = kind_of(content) if len(contents) == 1 else \
        "mixed" if any(kind_of(c) != "indirect" for c in contents) else "indirect"
    cue = Cue(verb.idx, verb.idx + len(verb), verb.text, lemma)
    draft = Draft(kind, contents, origin, cue, verb.i, subj, verb, reported_by=outlet(list(verb.sent), index))
    draft.via = _according_source(verb, in_quote)
    return draft


def _labelled_relative_draft(doc: Doc, verb: Token, lemma: str, subj: Token, tokens: list[Token],
                             labelled: Token, index: EntityIndex) -> Draft:
    """"the chairman, whom she described as “erratic,”": the one word in marks is the label of
    the relative word, which stands for whom it labels; a mixed quote of the two."""
    first, last = tokens[0], tokens[-1]
    if first.i > 0 and doc[first.i - 1].text in QUOTE_MARKS:
        first = doc[first.i - 1]  # (the marks, which the parse hangs elsewhere, with the word)
    after = last.i + 1 + (last.i + 1 < len(doc) and doc[last.i + 1].text == ",")
    if after < len(doc) and doc[after].text in QUOTE_MARKS:
        last = doc[after]
    contents = [span_of_tokens(doc, labelled, labelled), span_of_tokens(doc, first, last)]
    cue = Cue(verb.idx, verb.idx + len(verb), verb.text, lemma)
    return Draft("mixed", contents, "prep", cue, verb.i, subj, verb, reported_by=outlet(list(verb.sent), index))


def _prep_heads(verb: Token, lemma: str, children: list[Token], in_quote: set[int]) -> tuple[list[Token], str] | None:
    """The words a cue of ``PREP_CUES`` reports through its preposition ("described the mayor as
    “kind”", "blamed the crash on “lax rules”", "accused X of …"), with the object they are
    about when that is said as much; origin "prep". None when the preposition holds no words
    reported (a quoted-only cue's unquoted object, a one-word label read with its object)."""
    quoted = getattr(in_quote, "anywhere", in_quote)
    for c in children + _as_on_object(verb, PREP_CUES[lemma]):
        if c.dep_ != "prep" or c.lower_ not in PREP_CUES[lemma] or c.i <= verb.i:
            continue
        # ("portraying the unions as “greedy”": the parse may hang a quoted adjective on "as")
        objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp") or c.lower_ == "as" and g.dep_ == "amod"
                and g.i in quoted]
        # "criticized X for stealing data and for “misrepresenting …”": a second
        # preposition coordinated with the first says more of the same
        objs += [p for p in c.conjuncts if p.dep_ == "conj" and p.lower_ == c.lower_ and p.i > c.i]
        if not objs:
            continue
        if lemma in QUOTED_PREP_ONLY and not any(t.i in quoted for o in objs for t in o.subtree):
            return None
        if lemma in OBJECT_CUES and word_count([t for o in objs for t in o.subtree]) < 2 \
                and any(g.dep_ == "dobj" and verb.i < g.i < c.i for g in children) \
                and any(t.i in quoted for o in objs for t in o.subtree):
            # "described the mayor as “kind”": a quoted one-word label reads with its object (below);
            # "whom she described as “erratic”" has its object before the verb: the label alone
            return None
        if c.head.i != verb.i:
            # "characterized the talks as “a wreck”" with "as" hung on the object: the
            # object's phrase holds the label
            return [c.head], "prep"
        heads = objs
        if lemma not in ADDRESSEE_VERBS and lemma != "thank":
            # "blamed the crash on “lax rules”", "accused the mayor of “gutting” the port",
            # "criticized Lee for …": whom or what the words are about is said as much as the
            # charge (the one warned or thanked is only the addressee)
            heads = _spoken_of(verb, lemma, children, c)[:1] + objs
        heads += _quoted_adjuncts(verb, heads[-1], in_quote)
        return heads, "prep"
    return None


def _spoken_of(verb: Token, lemma: str, children: list[Token], prep: Token) -> list[Token]:
    """Whom or what a prepositional cue's words are about: its object between the cue and the
    preposition ("accused the mayor of …"), or for "refer" the object of "to" ("referred to
    the mayor as “our friend”")."""
    about = [g for g in children if g.dep_ == "dobj" and verb.i < g.i < prep.i]
    if not about and lemma == "refer":
        about = [g for p in children if p.dep_ == "prep" and p.lower_ == "to"
                 and verb.i < p.i < prep.i for g in p.children if g.dep_ == "pobj"]
    return about


def _object_heads(verb: Token, lemma: str, subj: Token, children: list[Token],
                  in_quote: set[int]) -> tuple[list[Token], Token | None, Token | None]:
    """The words an object cue reports through its object ("called the plan “a farce”",
    "branded Oslo a “rogue port”", "what Lee called “a slow disaster”"), with what labels the
    object after it; origin "object". Returns the heads (none when the object is no words
    reported), the relative word labelled, if any, and the end of its quotation."""
    heads: list[Token] = []
    quote_end = None
    dobj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    if dobj is None and (has_own_subject(verb) or _adverbial_calling(verb, in_quote)) \
            and not any(c.dep_ == "dobj" for c in children):
        # ("what critics call “a farce”" has its object before the verb: no such reading)
        # "called the governor and the mayor “crazy”": the parse may give the object as a
        # predicate of its own (oprd); the first one stands for it
        dobj = next((c for c in children if c.dep_ == "oprd" and c.i > verb.i), None)
    label = relative_label(verb, in_quote) if dobj is None else None
    if label is not None:
        dobj = label  # "what Lee called “a slow disaster”"
        # (all of the words in the marks, when the parse breaks them off the label)
        quote_end = quotation_of_label(verb, label, getattr(in_quote, "anywhere", in_quote))
    if dobj is not None and lemma in COVERAGE_CUES and dobj.lemma_.lower() in EVENT_NOUNS and not any(
            c.dep_ == "nummod" or c.lower_ in _NONE_OR_SOME for c in dobj.children) and not any(
            t.i in getattr(in_quote, "anywhere", in_quote) for t in dobj.subtree):
        # "Deutsche Welle reported the meeting": a happening covered, no words reported
        # ("police reported 906 attacks", "reported no arrests": a count, which is a finding)
        dobj = None
    if dobj is not None and dobj.i != subj.i:
        heads = [dobj]
        # "described the league during an interview as “…”": the parse may hang the "as"
        # on the adjunct's noun; it is still the cue's
        stranded = [t for c in children if c.dep_ == "prep" and c.i > dobj.i and c.lower_ != "as"
                    for t in c.subtree if t.lower_ == "as" and t.dep_ == "prep" and t.head.head.i == c.i
                    and "as" in PREP_CUES.get(lemma, ())]
        quoted_words = getattr(in_quote, "anywhere", in_quote)
        for c in sorted(children + stranded[:1], key=lambda t: t.i) if label is None else ():
            # (a second object in quotation marks is what the first was called: "branded
            # Oslo a “rogue port”"; "denied him the post" gives, it does not label)
            second = c.dep_ == "dobj" and any(t.i in quoted_words for t in c.subtree)
            if _next_to(heads[-1], c) and c.i > heads[-1].i and (c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") or second
                                            or c.dep_ == "prep" and c.lower_ in ("as", "for", "of")
                                            or _label_read_as_clause(c, lemma)):
                heads.append(c)
    return heads, label, quote_end


def _parenthetical_draft(doc: Doc, verb: Token, heads: list[Token], subj: Token, lemma: str, index: EntityIndex,
                         in_quote: set[int]) -> Draft | None:
    """ "The museum, Mr. Obama said, would make …": a cue set off inside the words it reports;
    the words on both sides of it, in its paragraph (none when the words after are fewer than
    two or quoted)."""
    exclude = set(t.i for t in verb.subtree)
    rest = _subtree_tokens(heads, exclude)
    para = index.layout.para_of
    rest = [t for t in rest if para[t.i] == para[verb.i]]
    left = trim([t for t in rest if t.i < verb.left_edge.i])
    right = trim(clip([t for t in rest if t.i > verb.right_edge.i], verb, index))
    if word_count(right) < 2 or any(t.i in in_quote for t in left + right):
        return None
    parts = [p for p in (left, right) if word_count(p) >= 1]
    contents = [span_of_tokens(doc, p[0], p[-1]) for p in parts]
    cue = Cue(verb.idx, verb.idx + len(verb), verb.text, lemma)
    kind = "mixed" if any(kind_of(c) != "indirect" for c in contents) else "indirect"
    return Draft(kind, contents, "parenthetical", cue, verb.i, subj, verb, reported_by=outlet(list(verb.sent), index))


# Verbs of putting forward an act to be done: "as X proposes/urged/promised" names the plan's
# owner, not a source of the sentence around it.
_PROPOSING = frozenset("propose suggest recommend urge demand promise pledge vow advocate".split())


def _put_it(verb: Token) -> bool:
    """"as Lee put it": the idiom of wording, whose "it" stands for the words the aside
    attributes (an aside of "as" only; "as Lee put it on the table", "put it off" place a thing)."""
    return verb.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) \
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
        and not any(c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ in _PLACING for c in verb.children)


_PLACING = frozenset("on onto into under over behind above below beside near by through to toward towards".split())


def _as_aside(verb: Token) -> Token | None:
    """The main verb of a sentence that an "as" aside at its start or end attributes: "As Lee
    noted, the plan …", "The plan is dead, as Lee wrote." Not an aside that says something
    of its own ("as he said he would", "as she said goodbye") nor one inside the sentence
    ("the fact that …, as Lee said, only raises …": the words said are only part of it)."""
    head = verb.head
    if verb.dep_ != "advcl" or head.dep_ != "ROOT" or head.pos_ not in ("VERB", "AUX"):
        return None
    put_it = _put_it(verb)  # "As Lee put it, the plan …"
    if not (is_speech_verb(verb.lemma_) or put_it) or verb.tag_ == "VBG":
        return None  # "As he spoke in the lobby, …", "as they were joking": while, not a source
    if verb.lemma_.lower() in _PROPOSING:
        # "One can weigh a tax to pay for tuition, as Ruiz proposes": the aside says whose the
        # plan is, not who says the sentence
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i == verb.left_edge.i for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp", "advcl", "oprd", "acomp", "auxpass", "nsubjpass") \
                or c.dep_ == "dobj" and verb.lemma_.lower() not in ADDRESSEE_VERBS and not (put_it and c.lower_ == "it") \
                or c.dep_ == "prep" and c.lower_ in ("with", "to"):
            # ("as it was called" names a thing; "as she joked with friends" is a while)
            return None
    doc = verb.doc
    lo, hi = verb.left_edge.i, verb.right_edge.i
    while hi > verb.i and doc[hi].is_punct:
        hi -= 1  # (the parse may hang the comma after the aside on its verb)
    first = verb.sent.start
    while first < lo and (doc[first].is_punct or doc[first].dep_ == "cc"):
        first += 1  # "But as Lee noted, …"
    last = verb.sent.end - 1
    while last > hi and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    end = hi
    while end + 1 < len(doc) and doc[end + 1].ent_type_ in ("DATE", "TIME") and not doc[end + 1].is_punct:
        end += 1  # "As the paper noted in an editorial Thursday, …": the parse may hang the day on the main verb
    opening = first == lo and end + 1 < len(doc) and doc[end + 1].text == ","
    # (a comma inside the closing mark of a quotation ends the clause too: 'is “on the mend,” as Lee said')
    closing = last == hi and lo > 0 and (doc[lo - 1].text == "," or lo > 1 and doc[lo - 1].is_quote
                                         and doc[lo - 2].text == ",")
    if not (opening or closing):
        return None
    if any(t.lower_ in ("whether", "if") and not lo <= t.i <= hi for t in head.subtree):
        # "It does not show whether he had a gun, as police said": the aside vouches for the
        # question's answer, not for the sentence around it
        return None
    return head


def _closed_off(clause: Token, verb: Token) -> bool:
    """Whether a clause before ``verb`` cannot be what it says, though the parse hangs it there.

    "…; however, the government denied the report's claims": a semicolon closes the clause
    before it, and a verb that judges a claim with an object of its own ("denied the claims")
    says that object, not the clause ("…, Lee promised supporters" keeps it: they were told)."""
    between = verb.doc[clause.right_edge.i + 1:verb.i]
    if any(t.text == ";" for t in between):
        return True
    if any(t.text == ":" or t.text in DASHES for t in between) \
            and any(c.dep_ in ("dobj", "oprd") and c.i > verb.i for c in verb.children):
        # "Even its backers sounded cautious: Lee called it “the least bad option”": a colon
        # opens the sentence the lead-in announces, and a cue with an object of its own says
        # that; so does a dash ("She won the vote - he called her “lucky” …")
        return True
    return verb.lemma_.lower() in _JUDGING_VERBS and any(
        c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


# Verbs whose object is the claim judged ("denied the report", "confirmed the deal").
_JUDGING_VERBS = {"deny", "confirm", "reject", "dismiss", "dispute", "acknowledge", "admit", "refute", "contest"}


# Questions put about something ("asked Lee about his “founder” remark"): the quoted words are
# most often the one asked's, not the asker's.
_QUESTIONING = frozenset({"ask", "question", "wonder"})

# Prepositions that give what a speech verb's words were about ("joked about …", "quipped over …";
# not "on", which mostly gives the medium: "posted on Twitter", "said on “Meet the Press”").
_TOPIC_PREPS = ("about", "against", "over", "upon")


def _quoted_topic(verb: Token, in_quote: set[int]) -> Token | None:
    """The object of a speech verb's "about" (or "against", "over", "upon") that holds words in
    quotation marks: "joked about her rival's “close friendship”" reports the speaker's words as
    "complained about" does; a name or title in marks ("said on “Meet the Press”", every word
    capitalised) is no such words, and a verb with no subject of its own reports no one's."""
    fragments = getattr(in_quote, "anywhere", set()) - set(in_quote)
    if not fragments or not has_own_subject(verb):
        return None
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in _TOPIC_PREPS or c.i < verb.i:
            continue
        for obj in (g for g in c.children if g.dep_ == "pobj"):
            if said_words(obj.subtree, fragments):
                return obj
    return None


def _quoted_remainder(verb: Token, in_quote: set[int]) -> list[Token]:
    """"Crews laid new cable downtown, she said, to “make sure everyone can watch” from home":
    a cue set inside the sentence it reports, with the rest of that sentence after it, hung on
    the same head, holding the speaker's words in marks. Empty when nothing after the cue is
    the head's, or none of it is quoted."""
    doc = verb.doc
    # (the parse hangs the rest on the head of what was said, or on the cue itself)
    owner, after = (verb.head, max(t.i for t in verb.subtree if not t.is_punct)) if verb.dep_ == "parataxis" \
        else (verb, verb.i)
    start = after + 1
    while start < len(doc) and (doc[start].is_punct and not doc[start].is_quote or doc[start].dep_ == "cc"):
        start += 1
    if start == after + 1 or doc[after + 1].text != ",":
        return []  # the cue set off by commas
    rights = [c for c in owner.rights if c.i > after and not c.is_punct and c.dep_ != "cc"]
    # (up to a clause coordinated with the cue or the head: a new act, or the parse's slip)
    rights = rights[:next((k for k, c in enumerate(rights) if c.dep_ in ("conj", "parataxis")), len(rights))]
    if not rights or rights[0].left_edge.i != start or any(c.dep_ == "dobj" for c in rights):
        return []
    tokens = [t for c in rights for t in c.subtree]
    quoted = getattr(in_quote, "anywhere", in_quote)
    outside = [t for t in tokens if t.i not in quoted and not t.is_punct]
    if not any(t.i in quoted for t in tokens) or not outside \
            or any(t.pos_ == "VERB" and is_speech_verb(t.lemma_) and t.i not in quoted for t in tokens):
        return []  # (a quotation alone is read as one; a speech verb of its own reports anew)
    return tokens


def _relative_labelled(verb: Token, tokens: list[Token], in_quote: set[int]) -> Token | None:
    """The relative word ("whom", "which") that is the object of a verb labelling it "as" one
    word in quotation marks ("whom she described as “erratic”"); None otherwise."""
    words = [t for t in trim(tokens) if not t.is_punct]
    quoted = getattr(in_quote, "anywhere", in_quote)
    if len(words) != 1 or words[0].i not in quoted or words[0].i < verb.i:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i and c.tag_ in ("WP", "WDT")), None)


def _label_read_as_clause(c: Token, lemma: str) -> bool:
    """"dismissed the report as “fabricated”": the parse may read a participle label as a
    clause of its own opened by "as"; for a cue whose label follows "as" it is the label."""
    return c.dep_ == "advcl" and "as" in PREP_CUES.get(lemma, ()) and c.tag_ in ("VBN", "JJ") \
        and any(m.dep_ == "mark" and m.lower_ == "as" and m.i == c.left_edge.i for m in c.children)


def _as_on_object(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """The "as" of "characterized the talks as “a slow wreck”" when the parse hangs it on the
    verb's object rather than on the verb: the label is still the verb's ("V X as Y")."""
    if "as" not in preps:
        return []
    return [p for d in verb.children if d.dep_ == "dobj" and d.i > verb.i
            for p in d.children if p.dep_ == "prep" and p.lower_ == "as" and p.i > d.i]


def _quoted_adjuncts(verb: Token, last: Token, in_quote: set[int]) -> list[Token]:
    """The adjuncts of ``verb`` right after its content whose words all stand in quotation
    marks: "accused Lee of buying votes “in a pattern of sleaze”" (the parse hangs the quoted
    phrase on the cue); the speaker's own words go on the charge."""
    quoted = getattr(in_quote, "anywhere", in_quote)
    out: list[Token] = []
    for c in sorted(verb.children, key=lambda t: t.i):
        if c.i <= last.right_edge.i or c.dep_ not in ("prep", "advcl", "npadvmod"):
            continue
        words = [t for t in c.subtree if not t.is_punct]
        if not _next_to(last, c) or not words or not all(t.i in quoted for t in words):
            break
        out.append(c)
        last = c
    return out


def _next_to(obj: Token, c: Token) -> bool:
    """``c`` follows the object ``obj`` in the same stretch of the clause: right after it, or
    after a short adjunct with no comma and no verb ("described the league during an
    interview as “…”")."""
    gap = obj.doc[obj.right_edge.i + 1:c.left_edge.i]
    if len(gap) <= 1:
        return True
    return len(gap) <= 8 and gap[0].dep_ == "prep" and not any(
        t.text == "," or t.pos_ in ("VERB", "AUX") or t.text in QUOTE_MARKS for t in gap)


def _bare_noun_phrase(tok: Token) -> bool:
    """A name or noun with no verb under it: an object, not a clause."""
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
        return False  # "told CNN that it “implements …” sanctions": a clause the tagger read as nouns
    return tok.pos_ in ("PROPN", "NOUN", "PRON") and not any(t.pos_ in ("VERB", "AUX") for t in tok.subtree)


_FRONTED_DEPS = ("advcl", "ccomp", "dep", "parataxis")


def _gapped_object(verb: Token) -> tuple[Token, Token] | None:
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
                and any(r.dep_ == "relcl" and _gap_read_as_clause(
                    r, next((g for g in r.children if g.dep_ in ("nsubj", "nsubjpass")), r),
                    [g for g in r.children if g.dep_ == "ccomp"]) for r in c.children):
            return c, subj
    return None


def _first_word(verb: Token, limit: int) -> int:
    """The index of the first word of ``verb``'s sentence, past spaces and punctuation (a
    quotation mark, a dash opening a line), at most ``limit``."""
    doc = verb.doc
    first = verb.sent.start
    while first < limit and (doc[first].is_space or doc[first].is_punct):
        first += 1
    return first


def _fronted_clause(verb: Token, subj: Token, headline: int) -> Token | None:
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
    first = _first_word(verb, comma)
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
# Passive reports whose infinitive carries the words of someone unnamed: "was said to be …",
# "is reported to have called it …".
_SAID_TO_BE = frozenset("say report rumor rumour".split())
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


def _named_before_title(subj: Token) -> Token:
    """The name a speaker's title is set beside ("Tom Reyes, the former governor of Ohio"): an
    appositive with only a comma between it and the noun it hangs on (a quotation mark between
    them means the parse hung the title on the quoted words instead). ``subj`` itself if none."""
    doc = subj.doc
    m = subj
    while m.dep_ == "appos" and m.head.i < m.i and m.head.pos_ == "PROPN" \
            and any(t.text == "," for t in doc[m.head.i + 1:m.i]) \
            and not any(t.is_quote for t in doc[m.head.i + 1:m.i]):
        m = m.head
    return m


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


def _without_closing_marks(tokens: list[Token]) -> list[Token]:
    """``tokens`` less the commas and closing quotation marks that end them: the punctuation
    between the words said and a cue after them (“…,” she said) is no word said."""
    while tokens and tokens[-1].text in (",", '"', "\u201d"):
        tokens = tokens[:-1]
    return tokens


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


def _opening_aside(verb: Token) -> bool:
    """"Instead, Lee told CNN, her plan would be …": the parse made the clause after the comma
    the root and hung the cue on it as an aside or as its complement. The cue's clause opens
    the sentence, has its own subject and no subordinator, and a comma closes it before a
    clause with a subject of its own: that clause is what was said."""
    doc = verb.doc
    if verb.dep_ not in ("ccomp", "parataxis") or verb.head.i < verb.i or verb.head.dep_ != "ROOT":
        return False
    hi = verb.right_edge.i
    if hi + 1 >= verb.head.i or doc[hi + 1].text != ",":
        return False
    first = _first_word(verb, verb.i)
    if verb.left_edge.i > first:
        return False
    if any(c.dep_ == "mark" or c.dep_ == "advmod" and (c.lower_ in SUBORDINATORS or c.tag_ == "WRB")
           for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) or is_speech_verb(verb.head.lemma_):
        return False  # ("Crowds grew, police added, the paper reported": the later cue reports)
    head = verb.head
    if not any(not c.is_punct and not c.is_space and c.dep_ != "cc" for c in head.rights):
        return False  # "…, Fox found.": the later verb reports the first clause, not the reverse
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > hi for c in head.children)


def _set_off(verb: Token) -> bool:
    """"The war, he told CNN, has …": the cue's clause stands between commas."""
    doc = verb.doc
    lo, hi = verb.left_edge.i, verb.right_edge.i
    left = doc[lo].text == "," or lo > 0 and doc[lo - 1].text == ","
    right = doc[hi].text == "," or hi + 1 < len(doc) and doc[hi + 1].text == ","
    return left and right


def _particle(verb: Token) -> str | None:
    """"laid out", "spelled out": a verb whose particle makes it a cue (PARTICLE_CUES)."""
    for c in verb.children:
        if c.dep_ == "prt" and (verb.lemma_.lower(), c.lower_) in PARTICLE_CUES and not is_speech_verb(verb.lemma_):
            return c.lower_
    return None


def _speaks_volumes(verb: Token) -> bool:
    """"That fact speaks volumes about who is ready": a figure of speech, nobody speaking;
    "about" names what the thing shows, not what anyone said of it."""
    return verb.lemma_.lower() == "speak" and any(c.dep_ in ("dobj", "npadvmod") and c.lower_ == "volumes"
                                                  for c in verb.children)


def _according_source(verb: Token, in_quote: set[int]) -> Token | None:
    """The source of an "according to" phrase hanging on ``verb`` ("…, according to the
    ministry"): who carried the report, when ``verb`` has a speaker of its own."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "according" and c.i + 1 < len(c.doc) and c.nbor().lower_ == "to":
            return speaker_token(c, in_quote)
    return None


def _drop_trailing_participle(tokens: list[Token], heads: list[Token]) -> list[Token]:
    """", implicitly putting his name on the line": a participle clause after a comma
    comments on the report; it is not part of what was said."""
    for h in heads:
        for c in h.rights:
            if c.dep_ != "advcl" or c.tag_ != "VBG" or c.left_edge.i == 0:
                continue
            if not is_speech_verb(c.lemma_) and any(t.is_quote for t in c.subtree):
                # "…, coming from far behind to a “dead heat”": the speaker's words go on (a
                # speech verb, "…, adding “…”", is a report of its own)
                continue
            k = c.left_edge.i - 1
            while k > h.i and c.doc[k].text in QUOTE_MARKS:
                k -= 1  # "has “expanded the party,” claiming …": the comma stands inside the quote
            if c.doc[k].text == ",":
                return [t for t in tokens if t.i < k]
    return tokens
