"""Reported speech: every speech cue outside the standalone quotations with its content.
Speech verbs with a clause ("X said (that) …", preposed "…, an aide said", parenthetical
"X, Lee said, would …", a fronted clause), an infinitive ("vowed to …"), a preposition
("accused X of …") or an object ("called the charges baseless"); "according to X"; speech
nouns ("X's claim that …", "voiced concern that …", "said in a statement that …"). Cues that
report no speech are left out (negated, withheld, a question put, a thing as subject), and
the content is clipped to the cue's paragraph, without a trailing attribution of its own or
a participle commenting on the report.

This module reads each cue and builds its draft; where a verb's words are is found by
``reported_clauses`` (a clause), ``reported_arguments`` (an infinitive, a preposition, an
object, a quoted topic) and ``reported_asides`` (a cue set aside from the words it reports),
and ``reported_cuts`` cuts those words to what was said.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..cues import (OBJECT_CUES, PARTICLE_CUES, PREP_CUES, QUOTED_PREP_ONLY, is_light_speech, is_speech_noun,
                    is_speech_verb)
from ..boundaries.sequels import sequel_after_cue
from ..entities import EntityIndex
from ..fragments import quoted_appeal, quoted_clause, quoted_object
from ..model import Cue, Span
from ..inversions import inverted_tail
from ..quotes import QUOTE_MARKS
from .drafts import Draft, ReportedWords, headline_end, outlet, paragraph_at, span_of_tokens, word_count
from .cue_speakers import speaker_token
from .passive_cues import put_to_subject, quoted_as_saying, unnamed_speaker
from .speaker_candidates import fits
from .contents import actor, clip, content_span, kind_of, trim, unsaid
from .speech_nouns import according_to, speech_noun, voice_of
from .reported_clauses import clause_words, gap_read_as_clause, gapped_object
from .reported_arguments import argument_words, object_heads
from .reported_asides import aside_words, put_it_idiom
from .reported_cuts import said_tokens, first_break, subtree_tokens, quoted_remainder


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
    if tok.pos_ == "VERB" and (is_speech_verb(tok.lemma_) or put_it_idiom(tok) or tok.lemma_.lower() in PREP_CUES
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
        cut = first_break(t for t in tokens if t.i > asked.i)
        tokens = [t for t in tokens if cut is None or t.i < cut]
    content = content_span(doc, tokens, in_quote)
    if content is None:
        return None
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    cue = Cue(verb.idx, verb.idx + len(verb), verb.text, "ask")
    return Draft(kind_of(content), [content], "clause", cue, verb.i,
                 agent if agent is not None and fits(agent, verb, in_quote) else None, verb)


def _speech_verb(doc: Doc, verb: Token, in_quote: set[int], index: EntityIndex,
                 headline: int = 0) -> Draft | None:
    """The report of a verb of speech: its speaker, then where its words are (``clause_words``,
    ``argument_words``, ``object_heads``, ``aside_words``, else the inverted order "…, said
    Gomez"), then those words trimmed to what was said (``said_tokens``)."""
    lemma = verb.lemma_.lower()
    if unsaid(verb) or _speaks_volumes(verb):
        return None
    gapped = gapped_object(verb)
    subj = gapped[1] if gapped is not None else speaker_token(verb, in_quote)
    if subj is None or not actor(subj, verb, index):
        return None
    comps = [c for c in verb.children if c.dep_ == "ccomp" and c.i != subj.i and lemma not in QUOTED_PREP_ONLY]
    if gap_read_as_clause(verb, subj, comps):
        return None
    found = clause_words(verb, lemma, subj, comps) or argument_words(verb, lemma, in_quote)
    if found is None and lemma in QUOTED_PREP_ONLY and not quoted_object(verb, in_quote):
        return None  # "It refers to the share of …": no report but through its quoted label
    label = None
    if found is None and (lemma in OBJECT_CUES or _particle(verb) is not None or quoted_object(verb, in_quote)):
        heads, label, quote_end = object_heads(verb, lemma, subj, list(verb.children), in_quote)
        if heads:
            found = ReportedWords(heads, "object", label, quote_end)
    if found is None and (aside := aside_words(doc, verb, subj, gapped, headline)) is not None:
        # (a label the object reading found without words to report still clips the words found here)
        found = ReportedWords(*aside, label=label)
    if found is None:
        return _inverted_report(doc, verb, lemma, in_quote, index)
    if found.origin == "parenthetical":
        return _parenthetical_draft(doc, verb, found.heads, subj, lemma, index, in_quote)
    tokens = said_tokens(doc, verb, subj, found, in_quote, index)
    if any(t.i == subj.i for t in tokens) or not tokens:
        return None
    if found.origin == "preposed" and _cue_of_its_own(tokens, in_quote):
        return None  # "Lee said “…,” she said": the cue repeats the one inside, whose words they are
    return _verb_draft(doc, verb, lemma, subj, found, tokens, in_quote, index)


def _cue_of_its_own(tokens: list[Token], in_quote: set[int]) -> bool:
    """Whether the words before a cue hold an earlier cue with its subject, outside the marks,
    that a quotation follows ("Asked about it, Lee said “…”"): the quotation is that cue's
    report, and the clause before it no part of what the later cue reports."""
    inside = {t.i for t in tokens}
    for t in tokens:
        if t.i in in_quote or t.pos_ != "VERB" or not is_speech_verb(t.lemma_) or t.i + 1 not in inside \
                or t.dep_ in ("relcl", "acl"):
            continue  # ("Nothing the president said “will …,” Lee said": a relative clause's verb)
        nxt = t.doc[t.i + 1]
        nxt = t.doc[t.i + 2] if nxt.text in (",", ":") and t.i + 2 in inside else nxt
        if nxt.text in QUOTE_MARKS and any(c.dep_ == "nsubj" and c.i in inside for c in t.children) \
                and any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > nxt.i for c in t.children):
            return True  # (the quotation the complement of that cue)
    return False


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


def _verb_draft(doc: Doc, verb: Token, lemma: str, subj: Token, found: ReportedWords, tokens: list[Token],
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
        rest = trim([t for t in quoted_remainder(verb, in_quote) if index.layout.para_of[t.i] == index.layout.para_of[verb.i]])
        if word_count(rest) >= 2:
            contents.append(span_of_tokens(doc, rest[0], rest[-1]))
    kind = kind_of(content) if len(contents) == 1 else _kind_of_parts(contents)
    cue = Cue(verb.idx, verb.idx + len(verb), verb.text, lemma)
    draft = Draft(kind, contents, origin, cue, verb.i, subj, verb, reported_by=outlet(list(verb.sent), index))
    draft.via = _according_source(verb, in_quote)
    return draft


def _kind_of_parts(contents: list[Span]) -> str:
    """The kind of a report in parts around or after its cue ("…, Lee said, but “…”", "The
    museum, Mr. Obama said, would make …"): "mixed" when any part holds quoted words, even
    when every part is wholly quoted, since the writer's own words (the cue, "but") join them;
    "indirect" otherwise. ``speech_nouns`` reads the parts around "according to" otherwise: all
    wholly quoted there they are one direct quotation the attribution breaks."""
    return "mixed" if any(kind_of(c) != "indirect" for c in contents) else "indirect"


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


def _parenthetical_draft(doc: Doc, verb: Token, heads: list[Token], subj: Token, lemma: str, index: EntityIndex,
                         in_quote: set[int]) -> Draft | None:
    """ "The museum, Mr. Obama said, would make …": a cue set off inside the words it reports;
    the words on both sides of it, in its paragraph (none when the words after are fewer than
    two or quoted)."""
    exclude = set(t.i for t in verb.subtree)
    rest = subtree_tokens(heads, exclude)
    para = index.layout.para_of
    rest = [t for t in rest if para[t.i] == para[verb.i]]
    left = trim([t for t in rest if t.i < verb.left_edge.i])
    right = trim(clip([t for t in rest if t.i > verb.right_edge.i], verb, index))
    if word_count(right) < 2 or any(t.i in in_quote for t in left + right):
        return None
    parts = [p for p in (left, right) if word_count(p) >= 1]
    contents = [span_of_tokens(doc, p[0], p[-1]) for p in parts]
    cue = Cue(verb.idx, verb.idx + len(verb), verb.text, lemma)
    kind = _kind_of_parts(contents)  # one part too: the cue stands inside the words it reports
    return Draft(kind, contents, "parenthetical", cue, verb.i, subj, verb, reported_by=outlet(list(verb.sent), index))


def _relative_labelled(verb: Token, tokens: list[Token], in_quote: set[int]) -> Token | None:
    """The relative word ("whom", "which") that is the object of a verb labelling it "as" one
    word in quotation marks ("whom she described as “erratic”"); None otherwise."""
    words = [t for t in trim(tokens) if not t.is_punct]
    quoted = getattr(in_quote, "anywhere", in_quote)
    if len(words) != 1 or words[0].i not in quoted or words[0].i < verb.i:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i and c.tag_ in ("WP", "WDT")), None)


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
