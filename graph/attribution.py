"""Attribution: turning quoted passages and reported speech into Quotes with a cue, a
speaker, an addressee and an outlet.

Two passes over one parsed document:

1. **direct**: every quoted passage (from ``quotes.find_quoted``) that stands as speech of its
   own gets the nearest speech cue in its sentence frame ("…,” Witkoff told", "said X: “…”",
   a colon intro), or continues the previous speaker when it floats on without one;
2. **reported**: speech verbs outside quotes with a clause complement ("X said (that) …",
   "X told reporters …", "according to X, …"); a quoted fragment inside makes it ``mixed``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .cues import ADDRESSEE_VERBS, is_speech_verb
from .entities import EntityIndex
from .model import Cue, EntityRef, Quote, Span, stable_id
from .quotes import QUOTE_MARKS, Quoted, find_quoted
from .speakers import GROUP_NOUNS, Speaker, SpeakerResolver, mention_span, subject_of

_FRAME = 40  # tokens looked at on each side of a quotation for its cue
_ENDS = {".", "!", "?"}


@dataclass
class _Draft:
    """A quote being assembled, before its id and confidence are fixed."""

    kind: str
    contents: list[Span]
    cue: Cue | None = None
    speaker: Speaker | None = None
    addressee: EntityRef | None = None
    reported_by: EntityRef | None = None
    floating: bool = False
    para: int = 0
    cue_token: int | None = None
    after_end: int = 0  # char where the sentence carrying the cue ends
    extra: list[str] = field(default_factory=list)


def find_quotes(doc: Doc, index: EntityIndex, doc_id: str) -> list[Quote]:
    """Every attribution in ``doc``, in text order."""
    text = doc.text
    quoted = find_quoted(text)
    in_quote = _token_mask(doc, quoted)
    resolver = SpeakerResolver(doc, index)
    drafts: list[_Draft] = []
    used_cues: set[int] = set()

    direct = [q for q in quoted if not _embedded(text, q)]
    for q in direct:
        content = Span.of(text, q.inner_start, q.inner_end)
        prev = drafts[-1] if drafts else None
        if q.continued and prev is not None and prev.kind == "direct":
            prev.contents.append(content)  # the same speech running on into a new paragraph
            continue
        draft = _attribute_direct(doc, q, in_quote, resolver, index)
        if prev is not None and draft.cue_token is not None and draft.cue_token == prev.cue_token:
            prev.contents.append(content)  # “A,” she said, “B.” — both halves share the cue
            continue
        if draft.cue is None and prev is not None and prev.kind == "direct" and prev.speaker is not None \
                and _para(text, q.start) - prev.para <= 1 and not _named_between(doc, index, prev, q):
            if prev.cue is not None and _only_space(text, prev.after_end, q.start) and prev.contents[-1].text.rstrip().endswith(","):
                prev.contents.append(content)  # “A,” he said. “B.” — one utterance
                continue
            draft.speaker, draft.floating = prev.speaker, True
        if draft.cue is None and draft.speaker is None and len(content.text.split()) < 4:
            continue  # a short quoted phrase with no one saying it: a title or scare quotes
        if draft.cue_token is not None:
            used_cues.add(draft.cue_token)
        if draft.speaker is not None:
            resolver.remember(q.start, draft.speaker.entity)
        drafts.append(draft)

    drafts.extend(_reported(doc, in_quote, used_cues, resolver, index))
    drafts.sort(key=lambda d: d.contents[0].start)
    drafts = _drop_nested(drafts)
    return [_finish(d, doc_id) for d in drafts]


# -- direct quotes -------------------------------------------------------------------------

def _token_mask(doc: Doc, quoted: list[Quoted]) -> set[int]:
    mask: set[int] = set()
    for q in quoted:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None:
            mask.update(range(span.start, span.end))
    return mask


def _embedded(text: str, q: Quoted) -> bool:
    """A quoted fragment inside a sentence ("…are “extremely strong.”") rather than speech
    standing on its own."""
    if q.continued:
        return False
    i = q.start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    before = text[i] if i >= 0 else "\n"
    if before in "\n:,—–-([" or i < 0:
        return False
    if before in ".!?\u201d\"":
        return False
    return True


def _para(text: str, char: int) -> int:
    return text.count("\n", 0, char)


def _only_space(text: str, a: int, b: int) -> bool:
    return a <= b and not text[a:b].strip(" \t\n\u201c\u201d\"")


def _frame_after(doc: Doc, q: Quoted, in_quote: set[int]) -> list[Token]:
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    out: list[Token] = []
    if span is None:
        return out
    for tok in doc[span.end: span.end + _FRAME]:
        if tok.i in in_quote or "\n" in tok.text or (tok.is_space and "\n" in tok.whitespace_ + tok.text):
            break
        out.append(tok)
        if tok.text in _ENDS or "\n" in tok.whitespace_:
            break
    return out


def _frame_before(doc: Doc, q: Quoted, in_quote: set[int]) -> list[Token]:
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    out: list[Token] = []
    if span is None:
        return out
    for tok in reversed(doc[max(0, span.start - _FRAME): span.start]):
        if tok.i in in_quote or tok.text in _ENDS or "\n" in tok.text or "\n" in tok.whitespace_:
            break
        out.append(tok)
    return list(reversed(out))


def _attribute_direct(doc: Doc, q: Quoted, in_quote: set[int], resolver: SpeakerResolver,
                      index: EntityIndex) -> _Draft:
    text = index.text  # doc.text would rebuild the document's string for every quote
    draft = _Draft("direct", [Span.of(text, q.inner_start, q.inner_end)], para=_para(text, q.start))
    after = _frame_after(doc, q, in_quote)
    before = _frame_before(doc, q, in_quote)
    draft.after_end = after[-1].idx + len(after[-1]) if after else q.end
    content_end = q.content.rstrip()
    intro = before[-1].text if before else ""
    frames = [after, before]
    if intro in (":", ",") and not content_end.endswith(","):
        frames = [before, after]
    for frame in frames:
        cue = _cue_in(frame, colon_intro=frame is before and intro == ":", after=frame is after)
        if cue is None:
            continue
        verb, cue_span, lemma = cue
        subj = _speaker_token(verb, in_quote)
        if subj is None:
            continue
        draft.cue = Cue(cue_span.start, cue_span.end, cue_span.text, lemma)
        draft.cue_token = verb.i
        draft.speaker = resolver.resolve(subj)
        draft.addressee = _addressee(verb, index, resolver)
        if frame is after:
            draft.after_end = max(draft.after_end, cue_span.end)
        break
    draft.reported_by = _outlet(before + after, index)
    return draft


def _cue_in(frame: list[Token], colon_intro: bool, after: bool) -> tuple[Token, Span, str] | None:
    """The speech cue in a frame nearest the quote: a speech verb, "according to", or (for a
    colon intro) the verb that owns the colon."""
    if not frame:
        return None
    # Spans from the tokens' own text (doc.text would rebuild the whole string on each call).
    ordered = frame if after else list(reversed(frame))
    for tok in ordered:
        if tok.pos_ in ("VERB", "AUX") and is_speech_verb(tok.lemma_):
            return tok, Span(tok.idx, tok.idx + len(tok), tok.text), tok.lemma_.lower()
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
            return tok, Span(tok.idx, tok.nbor().idx + 2, tok.text_with_ws + tok.nbor().text), "according to"
    if colon_intro:
        # "Johnstone … analyzed: “…”": the verb that owns the colon speaks
        for tok in ordered:
            if tok.pos_ == "VERB":
                return tok, Span(tok.idx, tok.idx + len(tok), tok.text), tok.lemma_.lower()
    return None


def _speaker_token(verb: Token, in_quote: set[int]) -> Token | None:
    if verb.lower_ == "according":
        for child in verb.subtree:
            if child.dep_ == "pobj" and child.head.lower_ == "to":
                return child
        return None
    subj = subject_of(verb)
    if subj is not None and subj.i not in in_quote:
        return subj
    for child in verb.rights:  # inverted "said Wu Xinbo" parsed as an object
        if child.dep_ in ("dobj", "attr", "npadvmod") and child.pos_ == "PROPN" and child.i not in in_quote:
            return child
    return None


def _addressee(verb: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    if verb.lemma_.lower() not in ADDRESSEE_VERBS:
        return None
    for child in verb.children:
        target = None
        if child.dep_ in ("dobj", "dative") and child.pos_ in ("PROPN", "NOUN", "PRON"):
            target = child
        elif child.dep_ in ("prep", "dative") and child.lower_ == "to":
            target = next((g for g in child.children if g.dep_ == "pobj"), None)
        if target is None:
            continue
        named = index.at(target)
        if named is not None:
            return named
        if target.lower_ in GROUP_NOUNS:
            span = mention_span(target, index)
            cluster = index.add(span, "group", name=target.lower_)
            return index.ref(cluster) if cluster else None
        if target.pos_ == "PRON":
            return resolver.resolve(target).entity
    return None


def _outlet(frame: list[Token], index: EntityIndex) -> EntityRef | None:
    """The outlet that carried the quote: "The Wall Street Journal reported", "according to
    a transcript … published by Bloomberg News"."""
    for tok in frame:
        ref = index.at(tok)
        if ref is not None and ref.type == "media":
            return ref
    return None


def _named_between(doc: Doc, index: EntityIndex, prev: _Draft, q: Quoted) -> bool:
    """True when another person is named between the last quote and this one, so a reader
    would not take the new quote as the previous speaker's."""
    start = prev.after_end
    if q.start <= start:
        return False
    span = doc.char_span(start, q.start, alignment_mode="expand")
    if span is None or prev.speaker is None or prev.speaker.entity is None:
        return False
    for ent in span.ents:
        if ent.label_ == "PERSON":
            ref = index.at(ent.root)
            if ref is not None and ref.id != prev.speaker.entity.id:
                return True
    return False


# -- reported speech -----------------------------------------------------------------------

def _reported(doc: Doc, in_quote: set[int], used: set[int], resolver: SpeakerResolver,
              index: EntityIndex) -> list[_Draft]:
    text = doc.text
    out: list[_Draft] = []
    for tok in doc:
        if tok.i in used or tok.i in in_quote:
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and tok.nbor().lower_ == "to":
            draft = _according_to(doc, tok, in_quote, resolver, index)
        elif tok.pos_ == "VERB" and is_speech_verb(tok.lemma_):
            draft = _speech_clause(doc, tok, in_quote, resolver, index)
        else:
            draft = None
        if draft is not None:
            draft.para = _para(text, tok.idx)
            out.append(draft)
    return out


def _clause_span(tokens: list[Token]) -> tuple[int, int] | None:
    while tokens and (tokens[0].dep_ == "mark" and tokens[0].lower_ in ("that", "whether", "if") or tokens[0].is_punct and tokens[0].text not in QUOTE_MARKS):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in QUOTE_MARKS:
        tokens = tokens[:-1]
    if len(tokens) < 3:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _speech_clause(doc: Doc, verb: Token, in_quote: set[int], resolver: SpeakerResolver,
                   index: EntityIndex) -> _Draft | None:
    comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if comp is None and verb.lemma_.lower() in ADDRESSEE_VERBS:
        comp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if comp is None or comp.i in in_quote:
        return None
    subj = subject_of(verb)
    if subj is None or subj.i in in_quote:
        return None
    tokens = [t for t in comp.subtree]
    if any(t.i == subj.i for t in tokens) or not tokens:
        return None
    bounds = _clause_span(tokens)
    if bounds is None:
        return None
    start, end = bounds
    if any(i in in_quote for i in range(tokens[0].i, tokens[-1].i + 1)) and _mostly_quoted(doc, tokens, in_quote):
        return None  # a direct quote whose cue the direct pass left alone: not reported speech
    content = Span.of(index.text, start, end)
    kind = "mixed" if any(c in content.text for c in QUOTE_MARKS) else "indirect"
    return _Draft(kind, [content], Cue(verb.idx, verb.idx + len(verb), verb.text, verb.lemma_.lower()),
                  resolver.resolve(subj), _addressee(verb, index, resolver),
                  _outlet(list(verb.sent), index), cue_token=verb.i)


def _mostly_quoted(doc: Doc, tokens: list[Token], in_quote: set[int]) -> bool:
    inside = sum(1 for t in tokens if t.i in in_quote)
    return inside > 0.8 * len(tokens)


def _according_to(doc: Doc, tok: Token, in_quote: set[int], resolver: SpeakerResolver,
                  index: EntityIndex) -> _Draft | None:
    to = tok.nbor()
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) or \
        next((c for c in tok.subtree if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    clause = tok.head
    phrase = set(t.i for t in tok.subtree)
    tokens = [t for t in clause.subtree if t.i not in phrase]
    if clause.i in in_quote or not tokens:
        return None
    # keep the contiguous run next to the phrase, so a second sentence is never swallowed
    bounds = _clause_span(tokens)
    if bounds is None:
        return None
    start, end = bounds
    content = Span.of(index.text, start, end)
    kind = "mixed" if any(c in content.text for c in QUOTE_MARKS) else "indirect"
    cue = Cue(tok.idx, to.idx + len(to), index.text[tok.idx:to.idx + len(to)], "according to")
    speaker = resolver.resolve(pobj)
    return _Draft(kind, [content], cue, speaker, None, _outlet(list(tok.subtree), index), cue_token=tok.i)


def _drop_nested(drafts: list[_Draft]) -> list[_Draft]:
    """Each stretch of text belongs to one attribution: drop reported speech that lies
    inside another quote's content or runs over a direct quote."""
    direct = [c for d in drafts if d.kind == "direct" for c in d.contents]
    out = []
    for d in drafts:
        if d.kind != "direct" and any(c.start < e.end and e.start < c.end for c in d.contents for e in direct):
            continue
        s, e = d.contents[0].start, d.contents[-1].end
        inside = any(o is not d and o.contents[0].start <= s and e <= o.contents[-1].end
                     and (o.kind == "direct" or (o.contents[-1].end - o.contents[0].start) > (e - s))
                     for o in drafts)
        if inside and d.kind != "direct":
            continue
        out.append(d)
    return out


def _finish(d: _Draft, doc_id: str) -> Quote:
    speaker = d.speaker
    if speaker is None:
        confidence = 0.3
    elif speaker.entity is None:
        confidence = 0.45
    elif d.floating:
        confidence = 0.6
    elif speaker.resolved:
        confidence = 0.75
    else:
        confidence = 0.9
    if d.kind != "direct":
        confidence *= 0.9
    first = d.contents[0]
    return Quote(
        id=stable_id("q", doc_id, str(first.start), str(first.end), length=12),
        kind=d.kind,
        contents=tuple(d.contents),
        cue=d.cue,
        sources=(speaker.source,) if speaker else (),
        speaker=speaker.entity if speaker else None,
        addressee=d.addressee,
        reported_by=d.reported_by,
        confidence=confidence,
    )
