"""Attribution: turning quoted passages and reported speech into Quotes with a cue, a
speaker, an addressee and an outlet.

Candidates first, then speakers, then the links between quotes, as a reader goes:

1. **collect**: every quoted passage standing as speech of its own (``quotes.find_quoted``)
   with the cue of its sentence frame ("…,” Witkoff told", "said X: “…”", a colon intro, a
   transcript's "NAME:"), and every speech cue outside those passages with its content: a
   clause ("X said (that) …"), an infinitive ("vowed to …"), an object ("called the charges
   baseless"), a preposition ("accused X of …"), "according to X", a noun ("X's claim that …");
2. **resolve** the speakers of all candidates in text order, so "He added" sees every speaker
   before it, in quotes or not;
3. **link**: a quote without a cue continues the speaker before it when nobody else was named
   in between; “A,” he said. “B.” is one utterance;
4. **settle** overlaps: each stretch of text belongs to one attribution.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import accumulate

from spacy.tokens import Doc, Token

from . import continuation
from .channels import speaker_behind
from .cues import (ADDRESSEE_VERBS, OBJECT_CUES, PARTICLE_CUES, PREP_CUES, SUBORDINATORS, XCOMP_CUES,
                   is_light_speech, is_speech_noun, is_speech_verb)
from .addressees import OBJECT_AUDIENCE_VERBS, addressee_of, answers, carry_over, outlet_told, said_in_channel, setting_before
from .boundaries import clause_after_adjunct, cue_of_act, drop_coordinated_acts, drop_object_acts, quoted_sequel, sequel_after_cue
from .entities import EntityIndex, fold
from .fragments import has_own_subject, passage_rest, quoted_object, verbatim_fragments, whole_quotations
from .layout import Layout
from .model import Cue, EntityRef, Quote, Span, quote_id
from .headlines import headline_quotes, speaker_in_body
from .signatures import person_named, signature_before, transcript_turns
from .quote_frames import age_speaker, frame_verb, imagined_by, is_age_noun
from .quotes import QUOTE_MARKS, Quoted, dash_opened, find_quoted
from .speakers import (GROUP_NOUNS, SUBJECT_DEPS, Speaker, SpeakerResolver,
                       mention_span, subject_of)

_FRAME = 40  # tokens looked at on each side of a quotation for its cue
_ENDS = {".", "!", "?"}
_TRANSCRIPT = re.compile(r"^\s*([A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,2}):\s+")
_STAGE_NOTE = re.compile(r"\s*(\([^()]*\)|\[[^\[\]]*\])[.,]?\s*")
_LEADING_SKIP = {"and", "but", "or", "so", ",", ";", ":", "—", "–", "-"}


@dataclass
class _Draft:
    """A quote being assembled, before its id and confidence are fixed."""

    kind: str
    contents: list[Span]
    origin: str  # how it was found: after, before, colon, transcript, clause, infinitive, object, …
    cue: Cue | None = None
    cue_token: int | None = None
    subj: Token | None = None  # the speaker's head token, resolved in step 2
    verb: Token | None = None  # for the addressee
    speaker: Speaker | None = None
    addressee: EntityRef | None = None
    reported_by: EntityRef | None = None
    floating: bool = False  # the speaker is inherited from the quote before (continuation)
    chain: int = 0  # how many inherited quotes in a row end with this one
    para: int = 0
    after_end: int = 0  # char where the sentence carrying the cue ends
    quoted: list[Quoted] = field(default_factory=list)  # the passages of a direct quote
    via: Token | None = None  # "…, according to the ministry" on a cue with its own speaker
    headline: bool = False  # in the title line: shortened, so less sure than the body

    @property
    def start(self) -> int:
        return self.contents[0].start

    @property
    def end(self) -> int:
        return self.contents[-1].end


def find_quotes(doc: Doc, index: EntityIndex, doc_id: str) -> list[Quote]:
    """Every attribution in ``doc``, in text order."""
    text = index.text  # built once: each ``doc.text`` walks the whole document
    quoted = find_quoted(text)
    headline = _headline_end(text)
    # a headline's quote stands as speech after its verb too: Marlow says “deal is close”
    # and so does a whole utterance right after its verb in the body: a man yelled “Stay there!”
    standalone = [q for q in quoted if not _embedded(text, q)
                  or q.end <= headline and _after_speech_verb(doc, q)
                  or _utterance(text, q) and _after_speech_verb(doc, q, body=True)]
    in_quote = _Mask(_token_mask(doc, standalone))
    in_quote.anywhere = _token_mask(doc, quoted)
    paras = _paragraph_index(text)

    # 1. collect
    direct: list[_Draft] = []
    for q in standalone:
        if _STAGE_NOTE.fullmatch(q.content):
            continue  # a transcript's "(CROSSTALK)", "[APPLAUSE]": nobody's words
        prev = direct[-1] if direct else None
        if q.continued and prev is not None and prev.quoted and prev.quoted[-1].end <= q.start \
                and not (_TRANSCRIPT.match(q.content) or _named_turn(doc, q)):  # a transcript's next turn
            prev.contents.append(Span.of(text, q.inner_start, q.inner_end))  # the speech runs on
            prev.quoted.append(q)
            if prev.cue is None and q.closed:
                # the cue of a speech over several paragraphs comes after its last one
                last = _direct(doc, q, in_quote, index, paras)
                if last.cue is not None:
                    prev.cue, prev.cue_token, prev.subj, prev.verb = last.cue, last.cue_token, last.subj, last.verb
                    prev.origin, prev.after_end = last.origin, last.after_end
                    prev.reported_by = prev.reported_by or last.reported_by
            continue
        draft = _direct(doc, q, in_quote, index, paras)
        if prev is not None and draft.cue_token is not None and draft.cue_token == prev.cue_token:
            prev.contents.extend(draft.contents)  # “A,” she said, “B.” — both halves share the cue
            prev.quoted.extend(draft.quoted)
            continue
        direct.append(draft)
    direct = sorted(direct + _turns(doc, text, quoted, paras), key=lambda d: d.start)
    reported = _reported(doc, in_quote, index, paras)
    for h in headline_quotes(doc, text, headline, quoted):
        # "Berg 'will not bow' to pressure", "Envoy: talks yield 'progress'"
        colon = h.subject.doc[h.subject.i + 1] if h.kind != "direct" else None
        cue = Cue(colon.idx, colon.idx + 1, ":", ":") if colon is not None and colon.text == ":" else None
        d = _Draft(h.kind, [Span.of(text, h.start, h.end)], "headline", cue,
                   para=0, quoted=[h.quoted] if h.kind == "direct" else [])
        d.subj = h.subject
        d.after_end = h.end
        if h.kind == "direct":
            direct = [x for x in direct if not any(q is h.quoted for q in x.quoted)] + [d]
            direct.sort(key=lambda x: x.start)
        else:
            reported.append(d)
    drafts = _settle_cues(direct, reported, text)
    _run_on_passages(drafts, text, quoted)

    # 2. resolve speakers in the order of their mentions
    resolver = SpeakerResolver(doc, index, in_quote)
    for d in drafts:
        if d.subj is not None:
            # "the embassy issued a statement saying": the embassy
            d.subj = speaker_behind(d.subj, _cue_token(doc, d))
    for d in sorted(drafts, key=lambda d: d.subj.idx if d.subj is not None else d.start):
        if d.subj is not None:
            d.speaker = resolver.resolve(d.subj)
            resolver.remember(d.subj.idx, d.speaker.entity)
        anchor = d.verb if d.verb is not None else doc[d.cue_token] if d.cue_token is not None else None
        if anchor is not None and anchor.lower_ != "according":
            d.addressee = addressee_of(anchor, index, resolver, d.speaker.entity if d.speaker else None,
                                       [(c.start, c.end) for c in d.contents] if d.kind == "direct" else ())
        if d.via is not None and d.reported_by is None:
            d.reported_by = resolver.resolve(d.via).entity
            # the institution that put the report out is heard from: "it added" may be it
            resolver.remember(d.via.idx, d.reported_by)

    turns: dict[str, EntityRef] = {}  # a transcript's speakers so far, by the last word of their name
    for d in drafts:
        if d.origin in ("transcript", "signature") and d.subj is not None:
            _turn_speaker(d, index)
            key = fold(d.subj.text)
            if d.speaker is not None and d.speaker.entity is not None \
                    and not (key in turns and fold(d.speaker.entity.name) == key):
                turns.setdefault(key, d.speaker.entity)
            elif d.speaker is not None and key in turns:
                # "MORROW:" after "SEN. DANA MORROW:": the same speaker as the earlier turn,
                # whatever the small model made of the capitals
                d.speaker = Speaker(d.speaker.source, turns[key], True, "name")
        elif d.origin == "headline" and d.speaker is not None:
            named = speaker_in_body(index, d.subj, len(text))  # "Berg" in a title is the body's Ola Berg
            if named is not None and (d.speaker.entity is None or len(named.name) > len(d.speaker.entity.name)):
                d.speaker = Speaker(d.speaker.source, named, True, "nominal")

    # 3. link quotes without a cue to the speaker before them
    drafts.sort(key=lambda d: d.start)
    drafts = _link(doc, drafts, index, paras, resolver)

    # 4. each stretch of text belongs to one attribution
    drafts = _drop_nested(drafts)
    def speaker_of(d: _Draft) -> EntityRef | None:
        return d.speaker.entity if d.speaker is not None else None

    carry_over(drafts, speaker_of, lambda d: d.verb is not None and said_in_channel(d.verb))
    answers(drafts, speaker_of, lambda d: d.cue.lemma if d.cue is not None else None)
    setting_before(drafts, doc, index, resolver, speaker_of)
    for d in drafts:
        d.headline = d.end <= headline
        d.reported_by = outlet_told(d.addressee, d.reported_by)
    return [_finish(d, doc_id, text, quoted) for d in drafts]


# -- helpers on text -----------------------------------------------------------------------

def _paragraph_index(text: str) -> list[int]:
    """Start char of each paragraph (a line break ends one; blank lines do not count)."""
    starts = [0]
    for m in re.finditer(r"\n\s*", text):
        starts.append(m.end())
    return starts


def _para(paras: list[int], char: int) -> int:
    lo, hi = 0, len(paras) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if paras[mid] <= char:
            lo = mid
        else:
            hi = mid - 1
    return lo


class _Mask(set):
    """Tokens inside standalone quotes; ``anywhere`` also has those of quoted fragments."""

    anywhere: set[int] = set()


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
    while i >= 0 and text[i] in " \t\u00a0\u2009\u202f\u200b\u200e\u200f\u202a\u202b\u202c\ufeff":  # a no-break space is a space too, an invisible mark nothing
        i -= 1
    before = text[i] if i >= 0 else "\n"
    if i < 0 or before in "\n:,—–-([":
        return False
    if before in ".!?\u201d\"'":
        return False
    return True


_URL_LINE = re.compile(r"\s*https?://\S+[^\n]*\n")


def _headline_end(text: str) -> int:
    """Where the title line ends, when the text opens with one (after a URL line, if any): a
    short line with more text after it, not ending as a sentence does (a closing quotation
    mark may end it); 0 when there is none."""
    m = _URL_LINE.match(text)
    start = m.end() if m else 0
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    if end == -1 or not text[end:].strip():
        return 0
    line = text[start:end].strip()
    if not 2 <= len(line.split()) <= 25 or line.rstrip("\"'\u201d\u2019").endswith((".", ";", ",")):
        return 0
    return end


def _utterance(text: str, q: Quoted) -> bool:
    """A quotation that is a whole utterance, not a phrase of the reporter's sentence: it opens
    with a capital, has two words or more, and its words end the sentence or hand it back
    (“Stay there!”, “We will win.”, “No more wars,”); 'said "New York values" were' is a
    phrase the sentence goes on with."""
    words = q.content.split()
    if len(words) >= 4 and not words[0][:1].isupper() and q.content.rstrip().endswith((".", "!", "?")):
        return True  # said “anti-war posters, they have no place here.”: the words end the sentence
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    if q.content.rstrip().endswith((".", "!", "?", ",", "…")):
        return True
    after = text[q.end:q.end + 1]
    return after in (".", "!", "?", ",", ";", "\n", "")


# Verbs whose object right after them is a name or a person, not words: called “The Way”,
# told “Morning Show”.
_NAMING = ("call", "tell")


def _after_speech_verb(doc: Doc, q: Quoted, body: bool = False) -> bool:
    """True when the word right before an opening mark is a speech verb ("says “…”"); in
    the ``body``, not one that names or addresses its object."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    verb = doc[span.start - 1]
    return _speech_word(verb) and not (body and verb.lemma_.lower() in _NAMING)


def _name_before_colon(before: list[Token], index: EntityIndex) -> Token | None:
    """"Tamsin: ‘We will not give up the harbour’": a name alone at the start of a line
    before the colon speaks (a headline's or a transcript's form); the head of the name. It
    must name someone of the document ("Exclusive:", "Analysis:" name no one)."""
    if len(before) < 2 or before[-1].text != ":":
        return None
    name = before[:-1]
    first = name[0]
    doc = first.doc
    if first.i > 0 and "\n" not in doc[first.i - 1].text_with_ws and not _sentence_ends_at(doc[first.i - 1]):
        return None  # a name opening a line or a sentence ("… ISIS.” Bush: “…”"), not one inside it
    if len(name) > 4 or not all(t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN") for t in name):
        return None
    words = {fold(t.text) for t in name}
    if any(index.at(t) is not None for t in name) or any(
            c.type in ("person", "organization", "country") and words & {fold(w) for w in c.name.split()}
            for c in index.clusters):
        return name[-1]
    return None


def _sentence_ends_at(tok: Token) -> bool:
    """True when a sentence ends with ``tok``: a full stop, or a quotation closed after one."""
    if tok.text in _ENDS:
        return True
    return tok.text in QUOTE_MARKS and tok.i > 0 and tok.doc[tok.i - 1].text in _ENDS


def _only_space(text: str, a: int, b: int) -> bool:
    return a <= b and not text[a:b].strip(" \t\n\u00a0\u201c\u201d\"")


def _span_of_tokens(doc: Doc, first: Token, last: Token) -> Span:
    """The text from ``first`` to ``last`` (read off the tokens: ``doc.text`` would walk the
    whole document)."""
    return Span(first.idx, last.idx + len(last), doc[first.i:last.i + 1].text)


def _trim(tokens: list[Token]) -> list[Token]:
    """Content tokens without the punctuation and conjunctions at its edges (quotation marks
    stay: they belong to the words they mark)."""
    while tokens and (tokens[0].lower_ in _LEADING_SKIP or tokens[0].is_space
                      or tokens[0].is_punct and tokens[0].text not in QUOTE_MARKS):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in QUOTE_MARKS or tokens[-1].is_space
                      or tokens[-1].lower_ in ("and", "but")):
        tokens = tokens[:-1]
    return tokens


def _words(tokens: list[Token]) -> int:
    return sum(1 for t in tokens if not t.is_punct and not t.is_space)


# -- direct quotes -------------------------------------------------------------------------

def _frame_after(doc: Doc, start_tok: int, in_quote: set[int]) -> list[Token]:
    out: list[Token] = []
    for tok in doc[start_tok: start_tok + _FRAME]:
        if tok.i in in_quote or "\n" in tok.text:
            break
        out.append(tok)
        if tok.text in _ENDS or "\n" in tok.whitespace_:
            break
    return out


def _frame_before(doc: Doc, end_tok: int, in_quote: set[int]) -> list[Token]:
    out: list[Token] = []
    for tok in reversed(doc[max(0, end_tok - _FRAME): end_tok]):
        if tok.i in in_quote or tok.text in _ENDS or "\n" in tok.text or "\n" in tok.whitespace_:
            break
        out.append(tok)
    return list(reversed(out))


def _colon_paragraph_before(doc: Doc, end_tok: int, in_quote: set[int]) -> list[Token]:
    """The sentence ending the previous paragraph when it ends with a colon ("He said:\\n\\n“…”")."""
    i = end_tok - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].text != ":" or "\n" not in (doc[i].whitespace_ + (doc[i + 1].text if i + 1 < len(doc) else "")):
        return []
    return _frame_before(doc, i, in_quote) + [doc[i]]


def _direct(doc: Doc, q: Quoted, in_quote: set[int], index: EntityIndex, paras: list[int]) -> _Draft:
    text = index.text
    content = Span.of(text, q.inner_start, q.inner_end)
    draft = _Draft("direct", [content], "none", para=_para(paras, q.start), quoted=[q])
    qspan = doc.char_span(q.start, q.end, alignment_mode="expand")
    if qspan is None:
        return draft
    m = _TRANSCRIPT.match(q.content) or _named_turn(doc, q)
    if m and any(c.islower() for c in q.content[m.end():m.end() + 40]):
        # a transcript: “PENCE: Well, look, …”
        name_end = q.inner_start + m.end(1)
        name = doc.char_span(q.inner_start + m.start(1), name_end, alignment_mode="expand")
        if name is not None:
            draft.contents = [Span.of(text, q.inner_start + m.end(), q.inner_end)]
            draft.cue = Cue(name_end, name_end + 1, ":", ":")
            draft.subj, draft.origin = name.root, "transcript"
            draft.after_end = q.end
            return draft
    after = _frame_after(doc, qspan.end, in_quote)
    byline = _dash_byline(doc, q, qspan.end, in_quote, index.layout)
    if byline is not None:
        draft.cue, draft.subj, draft.origin = byline
        draft.after_end = draft.cue.end
        return draft
    before = _frame_before(doc, qspan.start, in_quote) or _colon_paragraph_before(doc, qspan.start, in_quote)
    while before and before[-1].is_space:
        before.pop()  # "at a press conference,\u00a0“…”": a no-break space is no part of the frame
    draft.after_end = after[-1].idx + len(after[-1]) if after else q.end
    intro = before[-1].text if before else ""
    # the comma that hands a quotation on to its cue stands inside the marks in American
    # typography ("“…,” she said") and after them in British and European ("‘…’, she said")
    content_end = q.content.rstrip() + ("," if _comma_after(text, q.end) else "")
    before_first = intro in (":", ",") and not content_end.endswith(",") or \
        (before and _speech_word(before[-1]) and not content_end.endswith(","))
    words_after = [t for t in after if not t.is_punct and not t.is_space]
    if content_end.endswith(("?", "!")) and words_after and words_after[0].text[:1].islower() \
            and words_after[0].pos_ in ("DET", "PRON", "NOUN", "PROPN", "VERB"):
        # “…?” a reporter can be heard asking: the sentence goes on past the mark, in lower
        # case, with its own cue; the colon before ("NBC News has proof:") only introduced it
        before_first = False
    sig = signature_before(before, index) if intro in (":", "):") else None
    if sig is not None:
        # "Ann Lee, Twitter: “…”", "Ivo Brandt (Green Party): “…”": the signature speaks
        colon = before[-1].idx + len(before[-1].text) - 1
        draft.cue = Cue(colon, colon + 1, ":", ":")
        draft.subj, draft.origin = sig.head, "signature"
        if sig.first is not None and index.at(sig.head) is None:
            index.add(doc[sig.first.i:sig.head.i + 1], "person")  # "Ana Ruiz, 34, nurse:": a person
        draft.reported_by = _outlet_of(doc, sig.outlet, index) or _outlet(before + after, index)
        return draft
    if before_first and intro == ":" and (hit := _verb_before_comma(before, in_quote, relative=True)) is not None \
            and not _speech_word(hit[0]) and not _subordinated(hit[0]):
        # (only when no cue follows: in "Lee arrived on Monday: “…,” the aide said" the aide speaks)
        # "…, to which O'Malley interjected: “…”": the subject and verb right before the colon
        # are the cue, whatever the verb, not a speech verb earlier in the sentence
        verb, subj = hit
        draft.cue = Cue(verb.idx, verb.idx + len(verb), verb.text, verb.lemma_.lower())
        draft.cue_token, draft.subj, draft.verb, draft.origin = verb.i, subj, verb, "colon"
        draft.reported_by = _outlet(before + after, index)
        return draft
    frames = [("before", before), ("after", after)] if before_first else [("after", after), ("before", before)]
    if _dash_aside(before, after):
        # "Lee lamented the delays - “why now?” - and voters agreed": a quotation set off by
        # dashes is an aside on the clause before it; the clause after has its own business
        frames = [("before", before)]
    for side, frame in frames:
        anywhere = getattr(in_quote, "anywhere", in_quote)
        # a speech word inside a quoted fragment ("China was “willing to continue …”") is
        # part of what was said, never its cue
        cue = _cue_in([t for t in frame if t.i not in anywhere], side, colon_intro=side == "before" and intro == ":")
        if cue is None:
            continue
        verb, cue_span, lemma = cue
        if side == "before" and intro == ":" and content_end.endswith(",") and not _speech_word(verb) \
                and frame_verb(doc, qspan.start, qspan.end, q.content, after, lambda t, v: _fits(t, v, in_quote)):
            continue  # "Then came the cheer: “…,” exhorted Lee": the comma hands the quotation on to its cue
        if side == "after" and content_end.endswith(".") and _says_its_own(verb):
            continue  # “… everywhere.” Greene added that the Fed …: a new sentence with its own content
        if side == "after" and _not_its_cue(doc, qspan, verb, content_end):
            continue
        subj = None
        if side == "after" and verb.i > qspan.end and verb.lower_ != "according":
            subj = _between_speaker(doc, qspan.end, verb, in_quote, index.layout)
        if subj is None and side == "after" and verb.i > qspan.end and not _words(list(doc[qspan.end:verb.i])):
            subj = _inverted_subject(verb, in_quote)
        if subj is None:
            subj = _speaker_token(verb, in_quote, quotation=True)
        if subj is None and side == "before" and lemma != ":" and (
                intro == ":" or verb.tag_ == "VBG" and verb.i > 0 and doc[verb.i - 1].text == ","):
            # "Holt, exasperated, famously responded: “…”", "…, telling the crowd, “…”" with
            # the verb parsed loose (into the quotation): whom the clause before is about says it
            subj = _clause_subject_before(verb, in_quote)
        if side == "before" and (outer := imagined_by(verb)) is not None and _fits(outer, verb, in_quote):
            subj = outer  # "Lee said he felt they were saying, ‘…’": Lee's words for a mood
        if subj is None and lemma != ":" and not _asked_passive(verb):
            continue  # ("was asked, “…”" keeps its cue with nobody named asking)
        draft.cue = Cue(cue_span.start, cue_span.end, cue_span.text, lemma)
        draft.cue_token, draft.subj, draft.verb = verb.i, subj, verb
        draft.origin = "colon" if side == "before" and intro == ":" else side
        if side == "after":
            draft.after_end = max(draft.after_end, cue_span.end)
        break
    if draft.cue is None:
        # “…,” the mayor barked: the quotation's frame is its cue, whatever the verb
        hit = frame_verb(doc, qspan.start, qspan.end, q.content, after, lambda t, v: _fits(t, v, in_quote))
        if hit is not None:
            verb, subj = hit
            draft.cue = Cue(verb.idx, verb.idx + len(verb), verb.text, verb.lemma_.lower())
            draft.cue_token, draft.subj, draft.verb, draft.origin = verb.i, subj, verb, "frame"
            draft.after_end = max(draft.after_end, verb.idx + len(verb))
    if draft.cue is None and intro == ",":
        # "Hilda shot back, “…”", "the singer croons, “…”": a subject and its verb right before
        # the comma that opens the quotation, whatever the verb
        hit = _verb_before_comma(before, in_quote)
        if hit is not None:
            verb, subj = hit
            draft.cue = Cue(verb.idx, verb.idx + len(verb), verb.text, verb.lemma_.lower())
            draft.cue_token, draft.subj, draft.verb, draft.origin = verb.i, subj, verb, "frame"
    if draft.subj is None and draft.cue is not None and draft.cue.lemma == ":":
        draft.subj = _name_before_colon(before, index) or _possessor_intro(before, in_quote)
    draft.reported_by = _outlet(before + after, index)
    return draft


_DASHES = ("-", "\u2013", "\u2014", "--")


_OWN_VOICE = re.compile(r"\b(?:I|I'm|I've|[Mm]e|[Mm]y|[Ww]e|[Ww]e're|[Ww]e've|us|[Oo]ur|[Yy]ou|[Yy]our)\b")  # not "US"


def _own_voice(contents: list[Span]) -> bool:
    """Words in the first or second person: the speaker's own, not a paraphrase."""
    return any(_OWN_VOICE.search(c.text.replace("\u2019", "'")) for c in contents)


def _comma_after(text: str, end: int) -> bool:
    """A comma right after a closing mark at ``end`` ("‘We will go’, she said")."""
    return text[end:end + 1] == ","


def _dash_aside(before: list[Token], after: list[Token]) -> bool:
    """True when a quotation stands between two dashes after a clause of its own ("X lamented
    the delays - “why now?” - and …")."""
    if len(before) < 3 or not after or before[-1].text not in _DASHES:
        return False
    k = 0
    while k < len(after) and after[k].is_punct and after[k].text not in _DASHES:
        k += 1  # the closing mark and the quotation's own stop
    return k < len(after) and after[k].text in _DASHES


def _possessor_intro(before: list[Token], in_quote: set[int]) -> Token | None:
    """"Lee's answer was: “…”", "Her reply: “…”": a colon intro whose subject is someone's
    words (a noun with a possessor, and no verb of its own but a copula) is the possessor's."""
    if len(before) < 3 or before[-1].text != ":":
        return None
    ids = {b.i for b in before}
    heads = [t for t in before[:-1] if t.head.i == t.i or t.head.i not in ids]
    if len(heads) != 1:
        return None
    head = heads[0]
    if head.pos_ == "AUX" or head.lemma_ == "be":
        head = next((c for c in head.children if c.dep_ in ("nsubj", "attr") and c.i < head.i), None)
    if head is None or head.pos_ != "NOUN":
        return None
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ not in ("PROPN", "PRON") or not _fits(poss, head, in_quote):
        return None
    return poss


# "asked not to be named / identified / quoted": the terms of an anonymous source, not what it said
_ANONYMITY_VERBS = {"name", "identify", "quote", "use", "cite"}


def _anonymity(clause: Token) -> bool:
    return clause.lemma_.lower() in _ANONYMITY_VERBS and any(c.dep_ == "auxpass" for c in clause.children) \
        and any(c.dep_ == "neg" for c in clause.children)


def _not_its_cue(doc: Doc, qspan: Span, verb: Token, content_end: str) -> bool:
    """A speech verb after a quotation that is not its cue: the quotation stands inside the
    verb's subject (a title: 'Lee, host of "The Hour," who …, said'), or it closed its
    sentence and the verb's clause stands inside the next one ('“… bully.” The state, he
    said, was “…”': the parenthetical cue is the next sentence's)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.left_edge.i <= qspan.start and qspan.end <= subj.right_edge.i + 1:
        return True
    if not content_end.endswith("."):
        return False
    return _words(list(doc[qspan.end:verb.left_edge.i])) > 0


def _verb_before_comma(before: list[Token], in_quote: set[int], relative: bool = False) -> tuple[Token, Token] | None:
    """(verb, subject) when the frame before a quotation ends "SUBJECT VERB [back/out], ":
    a finite verb of a main clause with its subject, nothing of its own after it; with
    ``relative``, of a relative clause too ("…, to which Lee replied: “…”")."""
    k = len(before) - 2
    it = None
    if k > 1 and before[k].lower_ == "it" and before[k].dep_ == "dobj" and before[k].head.i == before[k - 1].i \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in before[k - 1].children):
        # "As the magazine put it, “…”": the "it" of an as-clause stands for the quotation
        it = before[k]
        k -= 1
    while k > 0 and (before[k].dep_ in ("prt", "advmod") and before[k].pos_ in ("ADV", "ADP", "PART")):
        k -= 1
    if k < 1:
        return None
    verb = _past_adjuncts(before[k]) or before[k]
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_ in ("be", "have") \
            or _subordinate_before(verb, before) or verb.dep_ == "acl" or verb.dep_ == "relcl" and not relative:
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") and c.i < before[-1].i
           and (it is None or c.i != it.i) for c in verb.children):
        return None  # "Trump went after Bush, calling …": the verb has words of its own
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if subj is None or subj.pos_ not in (("PROPN", "PRON") if it is None else ("PROPN", "PRON", "NOUN")) or subj.lower_ in ("it", "there", "this", "that", "which", "what") \
            or not _fits(subj, verb, in_quote):
        return None  # a name or a person's pronoun: "the doors opened, “…”" is narration
    return verb, subj


def _past_adjuncts(last: Token) -> Token | None:
    """The verb a frame's adjuncts close ("Ruiz proclaimed at a town meeting, “…”", "Lee
    said on Monday, “…”"): when ``last`` ends a prepositional phrase or a time word hanging
    on a verb, that verb; else None."""
    tok = last
    for _ in range(6):
        if tok.head.i == tok.i:
            return None
        if tok.dep_ in ("prep", "npadvmod") and tok.head.pos_ == "VERB" and tok.right_edge.i == last.i:
            return tok.head
        if tok.dep_ not in ("pobj", "compound", "amod", "det", "nummod", "poss", "prep", "case"):
            return None
        tok = tok.head
    return None


def _says_its_own(verb: Token) -> bool:
    """True when a speech verb has a clause of its own after it ("added that the Fed …",
    "said the talks failed"): after a quotation closed by a full stop it opens a new report
    rather than attributing the quotation."""
    return any(c.dep_ == "ccomp" and c.i > verb.i or c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) \
        or any(c.dep_ == "prep" and c.i > verb.i and any(g.dep_ == "pcomp" for g in c.children) for c in verb.children)


def _cue_token(doc: Doc, d: _Draft) -> Token | None:
    return doc[d.cue_token] if d.cue_token is not None and 0 <= d.cue_token < len(doc) else d.verb


def _turns(doc: Doc, text: str, quoted: list[Quoted], paras: list[int]) -> list[_Draft]:
    """The turns of a transcript printed without quotation marks ("MR. SMITH: …", "Q: …")."""
    out = []
    for turn in transcript_turns(text):
        if any(q.start < turn.end and turn.start < q.end for q in quoted):
            continue  # a quoted turn is read with its quotation
        name = doc.char_span(turn.name_start, turn.name_end, alignment_mode="expand")
        if name is None:
            continue
        d = _Draft("direct", [Span.of(text, turn.start, turn.end)], "transcript",
                   Cue(turn.colon, turn.colon + 1, ":", ":"), para=_para(paras, turn.start))
        d.subj, d.after_end = name[-1], turn.end
        # the turn stands as a passage of its own: what was said, without marks
        d.quoted = [Quoted(turn.start, turn.end, turn.start, turn.end, text[turn.start:turn.end])]
        out.append(d)
    return out


def _turn_speaker(d: _Draft, index: EntityIndex) -> None:
    """A transcript's or signature's name in capitals is the person of the document who bears
    it ("PENCE" → Mike Pence); an interview's "A" is the person the story is about, "Q" the
    outlet that asks."""
    word = d.subj.text
    if word == "A" or word == "Q":
        people = [c for c in index.clusters if c.type == ("person" if word == "A" else "media")]
        if people:
            best = max(people, key=lambda c: len(c.mentions))
            d.speaker = Speaker(d.speaker.source, index.ref(best), True, "nominal")
        else:
            d.speaker = None if word == "Q" else d.speaker
        return
    if d.speaker is not None and d.speaker.entity is not None and d.speaker.entity.type == "person":
        return
    person = person_named(index, d.subj.doc[d.subj.left_edge.i:d.subj.i + 1].text if d.subj.left_edge.i >= d.subj.i - 3
                          else d.subj.text)
    if person is not None and d.speaker is not None:
        d.speaker = Speaker(d.speaker.source, person, True, "name")


def _outlet_of(doc: Doc, tokens: tuple[Token, ...], index: EntityIndex) -> EntityRef | None:
    """The outlet a signature names after its comma ("Ann Lee, Twitter:")."""
    if not tokens:
        return None
    named = index.at(tokens[-1])
    if named is not None and named.type in ("media", "organization"):
        return named
    cluster = index.add(doc[tokens[0].i:tokens[-1].i + 1], "media")
    return index.ref(cluster) if cluster else None


_NAMED_TURN = re.compile(r"^\s*([A-Z][a-z'\u2019.-]+(?: [A-Z][a-z'\u2019.-]+){1,2}):\s+")


def _named_turn(doc: Doc, q: Quoted) -> re.Match | None:
    """A quoted transcript turn signed with a name as written ("Chris Dalton: Seriously, …"):
    only when the name is a person's, so "Breaking News: …" is not one."""
    m = _NAMED_TURN.match(q.content)
    if m is None:
        return None
    name = doc.char_span(q.inner_start + m.start(1), q.inner_start + m.end(1), alignment_mode="expand")
    if name is None or not all(t.ent_type_ == "PERSON" for t in name):
        return None
    return m


_DASH = re.compile(r"[^\S\n]*(?:[\u2015\u2014\u2013]|--)[^\S\n]*")


def _dash_byline(doc: Doc, q: Quoted, after_tok: int, in_quote: set[int],
                 layout: Layout) -> tuple[Cue, Token, str] | None:
    """“…” ― Pamela Padilla: a dash and a name after a quote sign it."""
    text = layout.text
    m = _DASH.match(text, q.end)
    if m is None:
        return None
    name = doc.char_span(m.end(), min(len(text), m.end() + 60), alignment_mode="expand")
    if name is None or not len(name) or name[0].pos_ != "PROPN":
        return None
    head = name[0]
    for ent in layout.ents_in(name.start, name.end):
        if ent.start == name.start and ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
            head = ent[-1]
            break
    else:
        head = _name_head(head)
    if head.i in getattr(in_quote, "anywhere", in_quote):
        return None
    dash = text[m.start():m.end()].strip()
    start = text.index(dash, m.start())
    return Cue(start, start + len(dash), dash, "dash"), head, "dash"


def _speech_word(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and is_speech_verb(tok.lemma_)


def _cue_in(frame: list[Token], side: str, colon_intro: bool) -> tuple[Token, Span, str] | None:
    """The speech cue in a frame nearest the quote: a speech verb, "according to", or (for a
    colon intro) the verb that owns the colon."""
    if not frame:
        return None
    doc = frame[0].doc
    ordered = frame if side == "after" else list(reversed(frame))
    for tok in ordered:
        if side == "after" and (tok.lower_ in SUBORDINATORS and tok.dep_ in ("mark", "advmod")):
            break  # "“…,” when Clinton blasted him": another clause
        if side == "before" and _subordinate_before(tok, frame):
            continue  # "After Brown criticized Dane, Hilda shot back, “…”": Brown's verb is no cue
        if colon_intro and any(t.i > tok.right_edge.i and t.tag_ in ("VBD", "VBZ", "VBP") and t.pos_ == "VERB"
                               for t in frame):
            # "hammered X, calling him “…,” and contrasted Y with Z: “…”": the speech verb's
            # clause closed before another finite verb, whose the colon is
            continue
        if side == "before" and _closed_relative(tok, frame):
            continue  # "contrasted Kerr, whom he described as “rash,” with Lee: “…”"
        if _speech_word(tok):
            return tok, _span_of_tokens(doc, tok, tok), tok.lemma_.lower()
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
            return tok, _span_of_tokens(doc, tok, tok.nbor()), "according to"
    if colon_intro:
        # "Johnstone … analyzed: “…”": the verb that owns the colon speaks; in "Lee has
        # apologized for what happened: “…”" the main verb, not the one nearest the colon
        colon = frame[-1]
        inside = {t.i for t in frame}
        verbs = [t for t in ordered if (t.pos_ == "VERB" or _person_copula(t, inside)) and not _closed_relative(t, frame)]
        # the top of the frame's parse, else the first verb
        tok = next((t for t in verbs if t.head.i not in inside or t.pos_ == "AUX"), verbs[0] if verbs else None)
        if tok is not None:
            return tok, _span_of_tokens(doc, tok, tok), tok.lemma_.lower()
        return colon, Span(colon.idx, colon.idx + 1, colon.text[:1]), ":"
    return None


def _subordinated(verb: Token) -> bool:
    """A verb of a clause opened by a subordinator: in "Lee said it best when he blogged: “…”"
    the colon's quotation is what Lee said, the main clause's."""
    return verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in SUBORDINATORS
                                        for c in verb.children)


def _person_copula(tok: Token, inside: set[int]) -> bool:
    """A copula at the top of a colon's frame with a person as its subject: "she is sure that
    …: “…”" is hers, not the subject of a clause inside what she is sure of."""
    return tok.pos_ == "AUX" and (tok.head.i not in inside or tok.head.i == tok.i) and any(
        c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lower_ in ("he", "she", "they", "we", "i")) for c in tok.children)


def _closed_relative(tok: Token, frame: list[Token]) -> bool:
    """True for the verb of a relative clause that closes before the end of the frame, with
    words of the main clause after it ("contrasted Kerr, whom he described as “rash,” with
    Lee: “…”"): what it says is about its noun, not the quotation's cue."""
    return tok.dep_ == "relcl" and tok.right_edge.i < frame[-1].i - 1 \
        and any(t.i > tok.right_edge.i and t.pos_ in ("NOUN", "PROPN", "VERB", "ADP") for t in frame)


def _subordinate_before(tok: Token, frame: list[Token]) -> bool:
    """A verb of a subordinate clause ("after/when/because X criticized …") followed, within
    the frame, by the main clause with a subject of its own: not the quotation's cue ("as X
    put it" is one: "as" introduces the speaker)."""
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS and c.lower_ != "as"
                                      for c in tok.children):
        return False
    head = tok.head
    return head.i > tok.i and any(t.i == head.i for t in frame) and any(c.dep_ in SUBJECT_DEPS for c in head.children)


_NOT_SPEAKERS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}


def _fits(tok: Token | None, verb: Token, in_quote: set[int]) -> bool:
    """Can ``tok`` be the speaker of ``verb``: a word, outside every quote, not a date, on
    the verb's line."""
    if tok is None or not any(c.isalpha() for c in tok.text):
        return False
    if tok.pos_ == "VERB" and tok.tag_ == "VBG" and not tok.ent_type_:
        return False  # "that keeping Ortiz in jail will make …": a gerund's clause speaks for no one
    if tok.ent_type_ in _NOT_SPEAKERS and not is_age_noun(tok):  # "the 52-year-old" speaks
        return False
    if tok.i in getattr(in_quote, "anywhere", in_quote):
        return False
    lo, hi = sorted((tok.i, verb.i))
    return not any("\n" in t.text or "\n" in t.whitespace_ for t in verb.doc[lo:hi])


def _speaker_token(verb: Token, in_quote: set[int], quotation: bool = False) -> Token | None:
    """The head of the speaker's mention for a cue; ``quotation`` when the cue is a direct
    quotation's (whose words a "was asked" gives to nobody named rather than to the one asked;
    reported speech keeps its subject: "Lee was asked how it would end" still needs one)."""
    if verb.lower_ == "according":
        for child in verb.subtree:
            if child.dep_ in ("pobj", "dobj") and child.head.lower_ in ("to", "show") or \
                    child.dep_ == "pobj" and child.head.head.lower_ == "according":
                return child if _fits(child, verb, in_quote) else None
        return None
    if verb.text == ":":
        return None
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    subj = _own_subject(verb)
    if _passive(verb) and (verb.lemma_.lower() in OBJECT_AUDIENCE_VERBS and verb.tag_ == "VBN"
                           or subj is not None and subj.dep_ == "nsubjpass"):
        # "Reed was told by the governor that …", "Ruiz was asked by host Dan Pratt, “…?”",
        # "was called a “quack” by physicians": the agent speaks; with none named, the one
        # asked or told is only the addressee
        if _fits(agent, verb, in_quote):
            return agent
        if quotation and subj is not None and subj.dep_ == "nsubjpass" and _asked_passive(verb):
            return None
    if subj is not None and _one_of(subj):
        # "One of his advisers, Tad Morrow, told reporters …": the name set beside "one" speaks
        named = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if _fits(named, verb, in_quote):
            return named
    if _fits(subj, verb, in_quote):
        return subj
    if subj is None and verb.tag_ in ("VBD", "VBZ", "VBP"):
        # "In a statement to the Gazette, her aide, Tom Berring, said: “…”": the parse hung the
        # subject on a noun before it and left the verb none; the name right before it speaks
        lost = _lost_subject(verb, in_quote)
        if lost is not None:
            return lost
    if _fits(agent, verb, in_quote):  # passive: "was written by Springsteen"
        return agent
    if verb.tag_ == "VBG" and verb.i > 0:
        # "footage of Hillary Clinton asking, “…”": the noun the participle hangs on
        left = verb.doc[verb.i - 1]
        if left.pos_ in ("PROPN", "NOUN", "PRON") and _fits(left, verb, in_quote):
            return left
    act_of = cue_of_act(verb)
    if act_of is not None:
        # "said the interference was unacceptable and ordered …": the speaker ordered
        return _speaker_token(act_of, in_quote)
    reporter = _reporting_ancestor(verb)
    if reporter is not None:
        # "X said the plan would work, adding …": the parse hangs the participle on the
        # reported clause, but it goes on with the report, so the reporter says it
        subj = _speaker_token(reporter, in_quote)
        if subj is not None:
            return subj
    subj = subject_of(verb)
    if _fits(subj, verb, in_quote):
        return subj
    if verb.tag_ == "VBG":
        return None  # "telling the crowd": the noun after a participle is whom it was told
    return _inverted_subject(verb, in_quote)


# Verbs whose passive subject is the one spoken to ("was asked", "was told", "was warned");
# not "was called …" or "was written", whose subject is what is named or written.
_ASKED_PASSIVES = ADDRESSEE_VERBS - {"call", "phone", "text", "email", "write", "order"}


def _passive(verb: Token) -> bool:
    """True for a verb in the passive with a written-out "be" ("was asked"; not "who's called
    for", where the parse may take the contracted "has" for "is")."""
    return any(c.dep_ == "auxpass" and c.lower_ not in ("'s", "\u2019s") for c in verb.children) \
        and any(c.dep_ == "nsubjpass" for c in verb.children)


def _asked_passive(verb: Token) -> bool:
    """True for a passive verb whose object is the addressee ("was asked", "was told"): its
    subject is the one spoken to, not the speaker."""
    return verb.lemma_.lower() in _ASKED_PASSIVES and _passive(verb)


def _lost_subject(verb: Token, in_quote: set[int]) -> Token | None:
    """The noun phrase right before a finite verb the parse gave no subject, set off by at most
    a comma, when the parse hangs it on a noun before (an apposition: "the Gazette, her aide,
    Tom Berring, said"), not inside a prepositional phrase or as an object."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].is_punct and doc[k].text in (",", "\u2014", "\u2013"):
        k -= 1
    if k < 0 or k < verb.i - 2:
        return None
    # up from the word before the verb to the noun phrase it ends ("a city official who spoke
    # anonymously to discuss strategy said"): the lowest noun whose phrase ends there
    tok = doc[k]
    for _ in range(8):
        if tok.pos_ in ("PROPN", "NOUN") and tok.dep_ in ("appos", "conj", "npadvmod", "dep", "ROOT"):
            break
        if tok.head.i == tok.i or tok.head.i > verb.i or tok.head.right_edge.i != k:
            return None
        tok = tok.head
    else:
        return None
    return tok if _fits(tok, verb, in_quote) else None


def _reporting_ancestor(verb: Token) -> Token | None:
    """The speech verb a participle set off by a comma continues when the parse hangs it on
    a clause inside that verb's report ("Lee said the plan would work, adding …", "Lee testified
    that she never met him, explaining, …", "Lee said …, after Kim won, remarking …"): the
    nearest speech verb above the participle's own head. None when the participle is not set
    off, has a subject of its own, or its head already is a speech verb."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "xcomp") or verb.left_edge.i == 0:
        return None
    doc = verb.doc
    k = verb.left_edge.i - 1
    while k > 0 and doc[k].text in QUOTE_MARKS:
        k -= 1  # “… values,” stating …: the comma closed the quotation
    if doc[k].text not in (",", "\u2014", "\u2013", "-", ";") or verb.left_edge.i != verb.i:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or _speech_word(verb.head):
        return None
    tok = verb.head
    for _ in range(6):
        # up through the reported clause and its conjuncts; a subordinate clause with a
        # subject of its own ("…, though he used stronger words, saying …") is its own report
        if tok.head.i == tok.i or tok.dep_ not in ("ccomp", "advcl", "conj", "xcomp") or \
                tok.dep_ == "advcl" and any(c.dep_ in SUBJECT_DEPS for c in tok.children):
            return None
        tok = tok.head
        if _speech_word(tok) and tok.i < verb.i and tok.lower_ != "according":
            return tok
    return None


def _clause_subject_before(verb: Token, in_quote: set[int]) -> Token | None:
    """The nearest subject before ``verb`` in its sentence, outside quotes, whose own verb
    stands before ``verb`` too: "Ortiz seemed ready to joke about it, telling …" → Ortiz."""
    anywhere = getattr(in_quote, "anywhere", in_quote)
    for tok in reversed(verb.doc[verb.sent.start:verb.i]):
        if tok.i in anywhere or tok.dep_ not in SUBJECT_DEPS or tok.head.i >= verb.i:
            continue
        if tok.lower_ in ("which", "that", "who", "it", "there") and tok.head.i < verb.i:
            return None  # a relative or an empty subject ("It is worth noting")
        return tok if _fits(tok, verb, in_quote) else None
    return None


def _inverted_subject(verb: Token, in_quote: set[int]) -> Token | None:
    """"said Wu Xinbo", "added Rep. Jim Clyburn (D-S.C.)": the name right after the verb."""
    doc = verb.doc
    for tok in doc[verb.i + 1: verb.i + 4]:
        age = age_speaker(tok)
        if age is not None and _fits(age, verb, in_quote):
            return age  # "said the 52-year-old"
        if _one_of(tok) and _fits(tok.nbor(), verb, in_quote):
            return tok  # "said one of two witnesses": "one" is no count here but the speaker
        if tok.is_punct or tok.ent_type_ in _NOT_SPEAKERS or tok.pos_ in ("ADV", "ADP"):
            break
        if tok.pos_ in ("PROPN", "NOUN") and _fits(tok, verb, in_quote):
            return _name_head(tok)
    return None


_NOT_IN_NAMES = frozenset({"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON", "DET"})


def _name_head(tok: Token) -> Token:
    """The last word of the name or noun phrase ``tok`` starts ("Rep. Jim Clyburn" → Clyburn)."""
    if tok.ent_type_:
        # the small model sometimes runs an entity over the cue ("Trent told Business Insider"
        # as one title): a name stops where its proper nouns do
        while tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I" \
                and tok.doc[tok.i + 1].pos_ not in _NOT_IN_NAMES:
            tok = tok.doc[tok.i + 1]
        return tok
    while tok.dep_ in ("compound", "flat", "amod") and tok.head.i > tok.i and tok.head.i - tok.i < 4:
        tok = tok.head
    return tok


def _between_speaker(doc: Doc, first: int, verb: Token, in_quote: set[int], layout: Layout) -> Token | None:
    """The speaker written between a quote and its cue (“…,” Tulsa police Chief Chuck
    Jordan said), read off the words rather than the parse, which often goes wrong there."""
    span = doc[first:verb.i]
    words = [t for t in span if not t.is_punct and not t.is_space]
    own = _own_subject(verb)
    if words and words[0].pos_ == "ADP" and own is not None and own.i > verb.i:
        return None  # “We are happy” about the vote, said Ann Olsen: the words between end the quoted sentence
    for tok in span:
        age = age_speaker(tok)
        if age is not None and age.i < verb.i and _fits(age, verb, in_quote):
            return age  # “…?” the 43-year-old asked
    own = _own_subject(verb)
    if own is not None and first <= own.i < verb.i and own.ent_type_ == "PERSON" and _fits(own, verb, in_quote):
        # “I admire the mechanics” of the Lee proposals, Mr. Holt said: the verb's own subject,
        # not a name in the words before it
        return _name_head(own)
    for ent in layout.ents_in(first, verb.i):
        if ent.label_ == "PERSON" and _fits(ent[-1], verb, in_quote):
            return ent[-1]
    for tok in span:
        if _one_of(tok):
            return tok  # “…,” one of the witnesses said
        if tok.pos_ in ("PROPN", "NOUN", "PRON") and _fits(tok, verb, in_quote):
            return _name_head(tok)
    return None


def _one_of(tok: Token) -> bool:
    """"one of the witnesses": a speaker picked out of a group, the head of its mention."""
    return tok.lower_ == "one" and tok.i + 2 < len(tok.doc) and tok.nbor().lower_ == "of" \
        and any(c.dep_ == "prep" and c.i == tok.i + 1 for c in tok.children)


def _own_subject(verb: Token) -> Token | None:
    """The verb's own subject (the nearest, when the parse gives several), a relative pronoun
    kept as written ("…, who said")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and any(ch.isalpha() for ch in c.text)]
    if not subjects:
        return None
    left = [c for c in subjects if c.i < verb.i]
    return left[-1] if left else subjects[0]


# -- reported speech -----------------------------------------------------------------------

def _reported(doc: Doc, in_quote: set[int], index: EntityIndex, paras: list[int]) -> list[_Draft]:
    out: list[_Draft] = []
    headline = _headline_end(index.text)
    # only verbs, nouns and "according" can be cues: read just those tokens
    for tok in map(doc.__getitem__, index.layout.tokens_where(pos=("VERB", "NOUN"), lower=("according",))):
        if tok.i in in_quote:
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and tok.nbor().lower_ == "to":
            draft = _according_to(doc, tok, in_quote, index)
        elif tok.pos_ == "VERB" and (is_speech_verb(tok.lemma_) or tok.lemma_.lower() in PREP_CUES
                                     or _particle(tok) is not None or quoted_object(tok, in_quote)):
            draft = _speech_verb(doc, tok, in_quote, index, headline)
        elif tok.pos_ == "NOUN" and is_speech_noun(tok.lemma_):
            draft = _speech_noun(doc, tok, in_quote, index)
        elif tok.pos_ == "NOUN" and tok.dep_ == "dobj" and is_light_speech(tok.head.lemma_, tok.lemma_):
            draft = _speech_noun(doc, tok, in_quote, index, light=tok.head)
        else:
            draft = None
        if draft is not None:
            draft.para = _para(paras, tok.idx)
            out.append(draft)
    return out


def _content(doc: Doc, tokens: list[Token], in_quote: set[int]) -> Span | None:
    tokens = _trim(sorted(tokens, key=lambda t: t.i))
    if _words(tokens) < 2:
        return None
    return _span_of_tokens(doc, tokens[0], tokens[-1])


def _subtree_tokens(heads: list[Token], exclude: set[int] = frozenset()) -> list[Token]:
    out: dict[int, Token] = {}
    for h in heads:
        lo, hi = h.left_edge.i, h.right_edge.i
        for t in h.doc[lo:hi + 1]:
            if t.i not in exclude:
                out[t.i] = t
    return [out[i] for i in sorted(out)]


def _speech_verb(doc: Doc, verb: Token, in_quote: set[int], index: EntityIndex,
                 headline: int = 0) -> _Draft | None:
    lemma = verb.lemma_.lower()
    if _unsaid(verb):
        return None
    subj = _speaker_token(verb, in_quote)
    if subj is None or not _actor(subj, verb, index):
        return None
    children = list(verb.children)
    comps = [c for c in children if c.dep_ == "ccomp" and c.i != subj.i]
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
    if not heads and is_speech_verb(lemma) and (late := clause_after_adjunct(verb)) is not None:
        heads = [late]  # "argued at the hearing that the agency had failed"
    if not heads and lemma in XCOMP_CUES:
        heads = [c for c in children if c.dep_ in ("xcomp", "advcl") and c.i > verb.i
                 and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children) and not _anonymity(c)]
        origin = "infinitive"
    if not heads and lemma in PREP_CUES:
        for c in children:
            if c.dep_ == "prep" and c.lower_ in PREP_CUES[lemma] and c.i > verb.i:
                objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                # "criticized X for stealing data and for “misrepresenting …”": a second
                # preposition coordinated with the first says more of the same
                objs += [p for p in c.conjuncts if p.dep_ == "conj" and p.lower_ == c.lower_ and p.i > c.i]
                if objs:
                    heads = objs
                    origin = "prep"
                    break
    if not heads and (lemma in OBJECT_CUES or _particle(verb) is not None or quoted_object(verb, in_quote)):
        dobj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
        if dobj is None and has_own_subject(verb) and not any(c.dep_ == "dobj" for c in children):
            # ("what critics call “a farce”" has its object before the verb: no such reading)
            # "called the governor and the mayor “crazy”": the parse may give the object as a
            # predicate of its own (oprd); the first one stands for it
            dobj = next((c for c in children if c.dep_ == "oprd" and c.i > verb.i), None)
        if dobj is not None and dobj.i != subj.i:
            heads = [dobj]
            for c in children:
                if _next_to(heads[-1], c) and c.i > heads[-1].i and (c.dep_ in ("oprd", "xcomp", "ccomp", "acomp")
                                                or c.dep_ == "prep" and c.lower_ in ("as", "for", "of")):
                    heads.append(c)
            origin = "object"
    if not heads and verb.dep_ == "parataxis" and verb.head.i < verb.i:
        # "The deal is dead, he said."
        heads = [verb.head]
        origin = "preposed"
    if not heads and verb.dep_ == "parataxis" and verb.head.i > verb.i and verb.right_edge.i + 1 < len(doc) \
            and (doc[verb.i + 1].text == "," or _set_off(verb)):
        # "During his years in office, Mr. Obama said, a majority of Americans have come to …"
        heads = [verb.head]
        origin = "parenthetical"
    if not heads:
        fronted = _fronted_clause(verb, subj, headline)
        if fronted is not None:
            # "Stop funding the rebels, the minister told Sweden": the clause before the cue
            heads = [fronted]
            origin = "preposed"
    if not heads:
        return None
    exclude = set(t.i for t in verb.subtree) - set(t.i for h in heads for t in h.subtree) if origin == "preposed" else set()
    tokens = _subtree_tokens(heads, exclude)
    if origin == "parenthetical":
        # "The museum, Mr. Obama said, would make …": the words on both sides of the cue
        exclude = set(t.i for t in verb.subtree)
        rest = _subtree_tokens(heads, exclude)
        para = index.layout.para_of
        rest = [t for t in rest if para[t.i] == para[verb.i]]
        left = _trim([t for t in rest if t.i < verb.left_edge.i])
        right = _trim(_clip([t for t in rest if t.i > verb.right_edge.i], verb, index))
        if _words(right) < 2 or any(t.i in in_quote for t in left + right):
            return None
        parts = [p for p in (left, right) if _words(p) >= 1]
        contents = [_span_of_tokens(doc, p[0], p[-1]) for p in parts]
        cue = Cue(verb.idx, verb.idx + len(verb), verb.text, lemma)
        kind = "mixed" if any(_kind(c) != "indirect" for c in contents) else "indirect"
        return _Draft(kind, contents, origin, cue, verb.i, subj, verb, reported_by=_outlet(list(verb.sent), index))
    if origin == "preposed":
        tokens = [t for t in tokens if t.i < verb.i and t.i < subj.i]
        if heads[0].i == verb.head.i:
            tokens = [t for t in tokens if t.i < subj.left_edge.i]  # the conjunct's whole subtree was taken
    if origin == "clause":
        tokens = _drop_trailing_participle(tokens, heads)
        if heads[0].i > verb.i:
            # "the deal, which he said had saved …": the clause starts after its cue
            tokens = [t for t in tokens if t.i > verb.i]
        tokens = drop_coordinated_acts(tokens, heads[0], verb)
        if heads[0].i > verb.i and tokens and tokens[-1].i == heads[0].right_edge.i:
            tokens = tokens + quoted_sequel(verb, heads[0])
    if origin == "infinitive":
        # "urged the city to create “a big spectacle,” leaving residents nervous": the comment
        # after the comma is the reporter's, as after a clause
        tokens = _drop_trailing_participle(tokens, heads)
    if origin == "object":
        tokens = drop_object_acts(tokens, heads)
    tokens = _clip(tokens, verb, index)
    if any(t.i == subj.i for t in tokens) or not tokens:
        return None
    if origin == "clause":
        mark = doc[heads[0].left_edge.i - 1] if heads[0].left_edge.i > 0 else None
        if mark is not None and mark.lower_ == "that" and mark.i > verb.i:
            tokens = [mark] + tokens
    content = _content(doc, tokens, in_quote)
    if content is None:
        return None
    if origin == "object" and _words([t for t in tokens]) < 2:
        return None
    contents = [content]
    if origin == "preposed" and verb.dep_ == "parataxis":
        # "The rules are clear, Lee said, but “nobody reads them”": the speaker goes on
        rest = _trim([t for t in sequel_after_cue(verb.head, verb) if index.layout.para_of[t.i] == index.layout.para_of[verb.i]])
        if _words(rest) >= 2 and not any(t.i in in_quote for t in rest):
            contents.append(_span_of_tokens(doc, rest[0], rest[-1]))
    kind = _kind(content) if len(contents) == 1 else \
        "mixed" if any(_kind(c) != "indirect" for c in contents) else "indirect"
    cue = Cue(verb.idx, verb.idx + len(verb), verb.text, lemma)
    draft = _Draft(kind, contents, origin, cue, verb.i, subj, verb, reported_by=_outlet(list(verb.sent), index))
    draft.via = _according_source(verb, in_quote)
    return draft


def _closed_off(clause: Token, verb: Token) -> bool:
    """Whether a clause before ``verb`` cannot be what it says, though the parse hangs it there.

    "…; however, the government denied the report's claims": a semicolon closes the clause
    before it, and a verb that judges a claim with an object of its own ("denied the claims")
    says that object, not the clause ("…, Lee promised supporters" keeps it: they were told)."""
    between = verb.doc[clause.right_edge.i + 1:verb.i]
    if any(t.text == ";" for t in between):
        return True
    return verb.lemma_.lower() in _JUDGING_VERBS and any(
        c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


# Verbs whose object is the claim judged ("denied the report", "confirmed the deal").
_JUDGING_VERBS = {"deny", "confirm", "reject", "dismiss", "dispute", "acknowledge", "admit", "refute", "contest"}


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
    first = verb.sent.start
    while first < comma and (doc[first].is_space or doc[first].is_punct):
        first += 1
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
        if c.idx + len(c) <= headline and _words(list(c.subtree)) >= 3:
            return c
        return None
    return None


# Verbs under which a speech verb reports no speech: "refused to deny", "declined to say".
_WITHHOLD = frozenset("refuse decline fail avoid hesitate".split())
# Nouns for documents and events: subjects of "say"-type verbs ("the report said"), never of
# other cues ("reports … threaten", "resolutions condemning").
_THING_NOUNS = frozenset("""
report reports resolution resolutions document documents study studies survey surveys poll polls
data figure figures analysis image images footage video videos evidence law laws bill bills plan
plans deal deals agreement agreements decision decisions policy policies sanction sanctions
measure measures rule rules move moves attack attacks strike strikes war
""".split())
_DOCUMENT_VERBS = frozenset("say state note add conclude find report show claim write suggest indicate "
                            "estimate predict warn describe".split())


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


def _clip(tokens: list[Token], cue: Token, index: EntityIndex) -> list[Token]:
    """What was said stays in the cue's paragraph (a headline never runs into the lede, one
    paragraph's report never takes the next), and without a trailing attribution of its own
    ("…, China said Tuesday", "…, according to Miller")."""
    if not tokens:
        return tokens
    para = index.layout.para_of
    tokens = [t for t in tokens if para[t.i] == para[cue.i]]
    for k in range(len(tokens) - 1, 0, -1):
        if tokens[k].text != ",":
            continue
        tail = [t for t in tokens[k + 1:] if not t.is_punct]
        if not tail:
            continue
        if tail[0].lower_ == "according" and len(tail) > 1 and tail[1].lower_ == "to":
            return tokens[:k]
        if len(tail) <= 8 and not any(t.lower_ == "that" or t.dep_ in ("ccomp", "mark") for t in tail) \
                and any(t.pos_ == "VERB" and is_speech_verb(t.lemma_) and t.i != cue.i
                        # ("…, Lee called her to meet again": a clause of its own, not a cue)
                        and not any(c.dep_ in ("xcomp", "ccomp") and c.i > t.i for c in t.children) for t in tail) \
                and any(t.pos_ in ("PROPN", "PRON", "NOUN") for t in tail):
            return tokens[:k]
        break
    return tokens


def _unsaid(verb: Token) -> bool:
    """True when the cue reports speech that did not happen: negated ("would not say
    whether", "could not confirm", "has not condemned"), withheld ("refused to deny",
    "declined to comment", "was not able to confirm"), or a question put to someone ("Asked
    whether he had …": the clause is the question, not the answer)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if _discourse_said(verb):
        return True
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i:
        if head.lemma_.lower() in _WITHHOLD:
            return True
        if head.lemma_.lower() in ("able", "unable", "willing", "unwilling", "prepared", "ready"):
            return head.lemma_.lower().startswith("un") or any(c.dep_ == "neg" for c in head.children) \
                or any(c.dep_ == "neg" for c in head.head.children)
    if verb.lemma_.lower() == "ask" and verb.tag_ == "VBN" and verb.dep_ in ("advcl", "ccomp", "ROOT") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in verb.children):
        return True
    return False


_DISCOURSE_WORDS = frozenset({"that", "this", "being", "having", "all", "with", "but", "and", "still", "yet", "now"})


def _discourse_said(verb: Token) -> bool:
    """True for "said" in a sentence adverb: "That said, …", "That being said, …", "Having
    said that, …" (a concession by the writer, never a report: the parse makes "That" its
    subject and the sentence after the comma what was said)."""
    doc = verb.doc
    if verb.lower_ != "said" or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        if not (verb.lower_ == "said" and verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ in ("that", "this")
                and doc[verb.i + 2].text == ","):
            return False
        before = [t.lower_ for t in doc[verb.sent.start:verb.i] if not t.is_punct]
        return bool(before) and before[-1] == "having" and set(before) <= _DISCOURSE_WORDS
    before = [t.lower_ for t in doc[verb.sent.start:verb.i] if not t.is_punct]
    return bool(before) and before[0] in ("that", "this", "but", "and", "still", "yet", "now") \
        and ("that" in before or "this" in before) and set(before) <= _DISCOURSE_WORDS


def _actor(subj: Token, verb: Token, index: EntityIndex) -> bool:
    """Can ``subj`` speak through ``verb``: a report "says", but "reports threaten" and
    "resolutions condemning" are things, not speakers."""
    if subj.lemma_.lower() not in _THING_NOUNS and subj.lower_ not in _THING_NOUNS:
        return True
    if verb.lemma_.lower() in _DOCUMENT_VERBS:
        return True
    ref = index.at(subj)
    return ref is not None and ref.type in ("media", "person")


def _kind(content: Span) -> str:
    """"mixed" when a quoted fragment stands in reported speech; "direct" when the quoted
    fragment is all of it ("declared “I think NATO may be obsolete.”")."""
    inner = find_quoted(content.text)
    if not inner:
        # a fragment whose closing mark stands after the clause ("are “extremely strong.”")
        return "mixed" if any(c in content.text for c in "\u201c\u201d\u201e\u00ab\u00bb\"") else "indirect"
    words = re.sub("|".join(re.escape(q.content) for q in inner) or "^$", " ", content.text) if inner else content.text
    outside = [w for w in re.findall(r"\w+", words) if w.lower() not in ("that", "to")]
    return "direct" if inner and not outside else "mixed"


def _according_to(doc: Doc, tok: Token, in_quote: set[int], index: EntityIndex) -> _Draft | None:
    to = tok.nbor()
    pobj = _speaker_token(tok, in_quote)
    if pobj is None:
        return None
    clause = tok.head
    while clause.dep_ == "prep" and clause.head.i != clause.i:
        clause = clause.head
    phrase = set(t.i for t in tok.subtree) | {tok.i, to.i} | set(t.i for t in to.subtree)
    if clause.i in phrase:
        return None
    if _reports_speech(clause):
        return None  # "Kuleba told Wang that …, according to the ministry": Kuleba speaks
    tokens = [t for t in clause.subtree if t.i not in phrase]
    # keep the contiguous run next to the phrase, so a second sentence is never swallowed
    if tokens and tokens[0].i > tok.i:
        run = [t for t in tokens if t.i > max(phrase)]
    else:
        run = [t for t in tokens if t.i < tok.i]
    content = _content(doc, run, in_quote)
    if content is None:
        return None
    kind = _kind(content)
    cue = Cue(tok.idx, to.idx + len(to), doc[tok.i:to.i + 1].text, "according to")
    return _Draft(kind, [content], "according", cue, tok.i, pobj, None,
                  reported_by=_outlet(list(tok.subtree), index))


def _reports_speech(verb: Token) -> bool:
    """A speech verb with a subject of its own ("Kuleba told Wang that …")."""
    return verb.pos_ == "VERB" and is_speech_verb(verb.lemma_) and _own_subject(verb) is not None \
        and not _unsaid(verb)


def _according_source(verb: Token, in_quote: set[int]) -> Token | None:
    """The source of an "according to" phrase hanging on ``verb`` ("…, according to the
    ministry"): who carried the report, when ``verb`` has a speaker of its own."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "according" and c.i + 1 < len(c.doc) and c.nbor().lower_ == "to":
            return _speaker_token(c, in_quote)
    return None


def _drop_trailing_participle(tokens: list[Token], heads: list[Token]) -> list[Token]:
    """", implicitly putting his name on the line": a participle clause after a comma
    comments on the report; it is not part of what was said."""
    for h in heads:
        for c in h.rights:
            if c.dep_ != "advcl" or c.tag_ != "VBG" or c.left_edge.i == 0:
                continue
            k = c.left_edge.i - 1
            while k > h.i and c.doc[k].text in QUOTE_MARKS:
                k -= 1  # "has “expanded the party,” claiming …": the comma stands inside the quote
            if c.doc[k].text == ",":
                return [t for t in tokens if t.i < k]
    return tokens


def _speech_noun(doc: Doc, noun: Token, in_quote: set[int], index: EntityIndex,
                 light: Token | None = None) -> _Draft | None:
    """"X's claim that …", "the remark that …"; with a ``light`` verb, "X voiced concern
    that …" (the verb's subject speaks, the verb is the cue)."""
    channel = _channel_verb(noun) if light is None else None
    if channel is not None:
        # "It said in a statement that …" with the clause parsed under the noun: the verb is
        # the cue and its subject the speaker, as when the clause hangs on the verb
        draft = _speech_noun(doc, noun, in_quote, index, light=channel)
        if draft is not None:
            draft.origin = "clause"
        return draft
    if light is not None and _unsaid(light):
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "appos") and c.i > noun.i
                   and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
    if clause is None:
        return None
    mark = next(g for g in clause.children if g.dep_ == "mark" and g.lower_ == "that")
    if mark.i != noun.i + 1:
        return None
    tokens = [mark] + [t for t in clause.subtree if t.i != mark.i]
    content = _content(doc, tokens, in_quote)
    if content is None:
        return None
    if light is not None:
        subj = _speaker_token(light, in_quote)
        if subj is None or not _actor(subj, light, index):
            return None
        tokens = _clip([t for t in tokens], light, index)
        content = _content(doc, tokens, in_quote)
        if content is None:
            return None
        cue = Cue(light.idx, light.idx + len(light), light.text, light.lemma_.lower())
        return _Draft(_kind(content), [content], "noun", cue, light.i, subj, light,
                      reported_by=_outlet(list(light.sent), index))
    subj = next((c for c in noun.children if c.dep_ == "poss"), None)
    if subj is None:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                subj = next((g for g in c.children if g.dep_ == "pobj"), None)
    if subj is not None and subj.i in in_quote:
        subj = None
    kind = _kind(content)
    cue = Cue(noun.idx, noun.idx + len(noun), noun.text, noun.lemma_.lower())
    return _Draft(kind, [content], "noun", cue, noun.i, subj, None, reported_by=_outlet(list(noun.sent), index))


def _channel_verb(noun: Token) -> Token | None:
    """The speech verb a speech noun is the medium of ("said in a statement", "wrote in a
    post"), if any."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "via", "through", "on"):
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and is_speech_verb(verb.lemma_) else None


# -- settling ------------------------------------------------------------------------------

def _settle_cues(direct: list[_Draft], reported: list[_Draft], text: str) -> list[_Draft]:
    """One cue, one attribution. Reported speech whose content is a quoted passage and little
    else is that passage's cue; a passage inside a longer reported clause ("said via email
    that, “Of course …” against what …") is a mixed quote."""
    by_cue = {d.cue_token: d for d in direct if d.cue_token is not None}
    drop_direct: set[int] = set()
    keep: list[_Draft] = []
    # the direct quotes by where they open, to find those inside a clause without a scan
    order = sorted(range(len(direct)), key=lambda k: direct[k].quoted[0].start)
    opens = [direct[k].quoted[0].start for k in order]
    for r in reported:
        hits = []
        for j in range(bisect_left(opens, r.start), len(opens)):
            if opens[j] > r.end + 1:
                break
            qend = direct[order[j]].quoted[-1].end
            # the clause may stop before the quote's closing punctuation (“… stage.”)
            if qend <= r.end + 1 or not text[r.end:qend].strip(" .,!?;:\u201d\"\u2019"):
                hits.append(order[j])
        inside = [direct[k] for k in sorted(hits)]
        d = by_cue.get(r.cue_token)
        if d is None and not inside:
            keep.append(r)
            continue
        outside = _outside_quotes(text, r.contents[0], [q for dd in inside for q in dd.quoted])
        framed = _outside_quotes(text, r.contents[0], [q for dd in inside for q in dd.quoted],
                                 [(dd.quoted[-1].end, dd.after_end) for dd in inside])
        if framed < 3 and any(dd.cue is not None and dd is not d and r.start <= dd.cue.start < r.end for dd in inside):
            for dd in inside:  # "“…,” X told Y, according to a transcript": the quote has its cue
                dd.reported_by = dd.reported_by or r.reported_by
                if _reports_cue(r, dd):
                    # "Dunn said he responded: “…”": the inner cue is part of what Dunn said,
                    # so the quoted words are his (the nearest reporting layer speaks)
                    dd.cue, dd.cue_token, dd.subj, dd.verb = r.cue, r.cue_token, r.subj, r.verb
            continue
        colon = [dd for dd in inside if text[:dd.quoted[0].start].rstrip().endswith(":")]
        if colon and len(inside) == 1 and (d is None or d in inside):
            dd = colon[0]  # "said his message to Washington would be: “…”": the quote keeps its marks
            if dd.cue is None or dd.cue.lemma == ":":
                dd.cue, dd.cue_token, dd.subj, dd.verb, dd.origin = r.cue, r.cue_token, r.subj, r.verb, "colon"
            continue
        if inside and outside >= 3 and (d is None or d in inside):
            for dd in inside:
                drop_direct.add(id(dd))
            r.kind = "mixed"
            keep.append(r)
        elif d is None and inside and outside < 3 and len(inside) == 1 and inside[0].cue is None:
            dd = inside[0]  # "declared “I think …”": the passage gets its cue
            dd.cue, dd.cue_token, dd.subj, dd.verb, dd.origin = r.cue, r.cue_token, r.subj, r.verb, "before"
    return [d for d in direct if id(d) not in drop_direct] + keep


def _run_on_passages(drafts: list[_Draft], text: str, quoted: list[Quoted]) -> None:
    """A paraphrase whose quoted passage runs on past its clause's sentence ('said his plan was
    "a disaster. It will cost jobs."') goes on to the closing mark: the words after the
    sentence break are the same speaker's, under the same cue."""
    for d in drafts:
        if d.kind == "direct" or d.cue is None:
            continue
        rest = passage_rest(text, d.contents[-1], quoted)
        if rest is None or any(o.kind == "direct" and o.start < rest.end and rest.start < o.end for o in drafts):
            continue
        d.contents[-1] = Span.of(text, d.contents[-1].start, rest.end)


def _reports_cue(outer: _Draft, inner: _Draft) -> bool:
    """True when ``inner``'s cue stands in the clause ``outer``'s speech verb governs
    ("said [he responded: “…”]", "said [he thinks of what his parents told him: “…”]"),
    not beside it ("“…,” X told Y, according to a transcript")."""
    if outer.verb is None or outer.subj is None or inner.verb is None or inner.verb is outer.verb:
        return False
    if outer.verb.lower_ == "according" or outer.origin not in ("clause", "noun"):
        return False
    clause = [c for c in outer.verb.children if c.dep_ == "ccomp" and c.i > outer.verb.i]
    return any(inner.verb.i in range(c.left_edge.i, c.right_edge.i + 1) and inner.verb.i > outer.verb.i
               for c in clause)


def _outside_quotes(text: str, content: Span, quoted: list[Quoted],
                    also: list[tuple[int, int]] = ()) -> int:
    """Words of ``content`` outside the quoted passages (and the ``also`` stretches)."""
    chars = list(text[content.start:content.end])
    for a, b in [(q.start, q.end) for q in quoted] + list(also):
        for i in range(max(a, content.start), min(b, content.end)):
            chars[i - content.start] = " "
    words = re.findall(r"\w+", "".join(chars))
    return len([w for w in words if w.lower() not in ("that", "to")])


def _link(doc: Doc, drafts: list[_Draft], index: EntityIndex, paras: list[int],
          resolver: SpeakerResolver | None = None) -> list[_Draft]:
    """Quotes with no cue of their own: the second half of a split utterance, or the same
    speaker going on (``continuation``)."""
    text = index.text
    out: list[_Draft] = []
    for d in drafts:
        if d.cue is None and d.kind == "direct" and d.origin != "headline":
            prev = _last_outermost(out)
            if prev is not None and prev.speaker is not None \
                    and prev.kind == "direct" and prev.cue is not None and prev.origin == "after" \
                    and _only_space(text, prev.after_end, d.quoted[0].start) \
                    and "\n" not in text[prev.after_end:d.quoted[0].start] \
                    and (prev.contents[-1].text.rstrip().endswith(",") or _comma_after(text, prev.quoted[-1].end)) \
                    and not _named_between(doc, index, prev, d):
                prev.contents.extend(d.contents)  # “A,” he said. “B.” — one utterance
                prev.quoted.extend(d.quoted)
                continue
            if prev is not None and prev.speaker is not None and _next_post(text, prev, d):
                # a row of embedded posts after "X wrote:": each the same speaker's
                d.speaker = Speaker(prev.speaker.source, prev.speaker.entity, True, prev.speaker.how)
                d.floating = True
                d.chain = prev.chain + 1
                out.append(d)
                continue
            if d.quoted and text[d.quoted[0].start] == "<":
                continue  # a post the text does not introduce: an illustration, no one's report here
            last = continuation.last_speaker(out, d.start, doc)
            if last is not None and d.para - _para(paras, continuation.anchor(last)) <= 1 \
                    and not continuation.named_between(doc, index, last.speaker.entity and last.speaker.entity.id,
                                                       max(continuation.anchor(last), last.end, last.after_end),
                                                       d.quoted[0].start if d.quoted else d.start):
                d.speaker = Speaker(last.speaker.source, last.speaker.entity, True, last.speaker.how)
                d.floating = True
                d.chain = last.chain + 1
                nearer = _introducing_mention(doc, index, d, resolver)
                if nearer is not None and last.speaker.entity is not None and nearer.entity is not None \
                        and nearer.entity.id == last.speaker.entity.id:
                    # "He then had a question for the crowd.\n\n“Who …?”": the same speaker,
                    # named nearer the quotation than the cue it inherits from
                    d.speaker = Speaker(nearer.source, last.speaker.entity, True, last.speaker.how)
            elif last is not None and d.quoted and d.para - _para(paras, continuation.anchor(last)) <= 2 \
                    and (back := _back_to_speaker(doc, index, d, last, resolver)) is not None:
                # "“…,” Vey notes.\n\nVey is upbeat about Ruiz's chances.\n\n“…”": the paragraph
                # between is about the last speaker, its subject; the others it names are not
                # the ones speaking, so the speech goes on
                d.speaker = Speaker(back.source, last.speaker.entity, True, last.speaker.how)
                d.floating = True
                d.chain = last.chain + 1
            elif d.quoted and (subj := continuation.introduced(doc, index, d.quoted[0].start)) is not None:
                d.subj, d.origin = subj, "introduced"  # the sentence before names who speaks
                if subj.pos_ == "PRON" and resolver is not None:
                    d.speaker = resolver.resolve(subj)
                else:
                    span = mention_span(subj, index)
                    d.speaker = Speaker(Span.of(text, span.start_char, span.end_char), index.at(subj), False, "name")
        if d.cue is None and d.speaker is None and d.kind == "direct" and len(d.contents[0].text.split()) < 4:
            continue  # a short quoted phrase with no one saying it: a title or scare quotes
        out.append(d)
    return out


def _next_post(text: str, prev: _Draft, d: _Draft) -> bool:
    """``d`` is an embedded post (``<tweet …>…</tweet>``) right after the post ``prev``, with
    nothing but spaces and stops between them."""
    if not (prev.quoted and d.quoted and text[prev.quoted[-1].start] == "<" and text[d.quoted[0].start] == "<"):
        return False
    return not text[prev.quoted[-1].end:d.quoted[0].start].strip(" \t\n\u00a0.")


def _introducing_mention(doc: Doc, index: EntityIndex, d: _Draft,
                         resolver: SpeakerResolver | None) -> Speaker | None:
    """The speaker the sentence right before a cue-less quotation has as its subject, if any."""
    subj = continuation.introduced(doc, index, d.quoted[0].start, loose=True) if d.quoted else None
    if subj is None or resolver is None:
        return None
    return resolver.resolve(subj)


def _back_to_speaker(doc: Doc, index: EntityIndex, d: _Draft, last: _Draft,
                     resolver: SpeakerResolver | None) -> Speaker | None:
    """The mention of ``last``'s speaker that the sentence right before the cue-less ``d``
    has as its subject, when it is the same entity; else None."""
    if last.speaker is None or last.speaker.entity is None or resolver is None or not d.quoted:
        return None
    subj = continuation.introduced(doc, index, d.quoted[0].start, loose=True, anyone=True)
    nearer = resolver.resolve(subj) if subj is not None else None
    if nearer is None or nearer.entity is None:
        return None
    said, now = fold(last.speaker.entity.name).split(), fold(nearer.entity.name).split()
    # the same entity, or its surname when the small model left the full name untyped
    if nearer.entity.id != last.speaker.entity.id and not (now and said[-len(now):] == now):
        return None
    return nearer


def _last_outermost(out: list[_Draft]) -> _Draft | None:
    """The last attribution that no other one holds: in "Hamas has demanded X, she said", the
    quote that goes on is hers, not the nested report of what Hamas demanded."""
    for k in range(len(out) - 1, max(-1, len(out) - 6), -1):
        d = out[k]
        if not any(o is not d and o.kind != "direct" and o.start <= d.start and d.end <= o.end
                   and (o.start, o.end) != (d.start, d.end) for o in out[max(0, k - 5):]):
            return d
    return out[-1] if out else None


def _named_between(doc: Doc, index: EntityIndex, prev: _Draft, d: _Draft) -> bool:
    """True when another person is named in the narration between the last quote and this
    one, so a reader would not take the new quote as the previous speaker's."""
    start = max(prev.after_end, prev.end)
    if d.start <= start:
        return False
    span = doc.char_span(start, d.quoted[0].start if d.quoted else d.start, alignment_mode="expand")
    if span is None:
        return False
    for ent in index.layout.ents_in(span.start, span.end):
        if ent.label_ in ("PERSON", "ORG"):
            ref = index.at(ent.root)
            if ref is not None and (prev.speaker.entity is None or ref.id != prev.speaker.entity.id):
                return True
    return False


def _drop_nested(drafts: list[_Draft]) -> list[_Draft]:
    """Each stretch of text belongs to one attribution: a direct quote keeps its words;
    reported speech inside a larger attribution gives way to it."""
    # Sorted starts with the running maximum of ends answer "does any span starting before x
    # reach past y" by bisection, so this stays O(n log n).
    direct = sorted((c.start, c.end) for d in drafts if d.kind == "direct" for c in d.contents)
    direct_starts, direct_reach = [s for s, _ in direct], list(accumulate((e for _, e in direct), max))
    others = sorted((d.start, d.end) for d in drafts if d.kind != "direct")
    other_starts, other_reach = [s for s, _ in others], list(accumulate((e for _, e in others), max))
    longest_from: dict[int, int] = {}  # start → the furthest end of a reported span starting there
    for s, e in others:
        longest_from[s] = max(e, longest_from.get(s, e))
    out = []
    for d in drafts:
        if d.kind == "direct":
            out.append(d)
            continue
        # overlaps a direct quote's words: some direct span starts before c ends and ends after c starts
        if any((k := bisect_left(direct_starts, c.end)) and direct_reach[k - 1] > c.start for c in d.contents):
            continue
        # inside a longer reported span: one starting before it and reaching its end, or one
        # starting with it and going further
        s, e = d.start, d.end
        k = bisect_left(other_starts, s)
        if k and other_reach[k - 1] >= e or longest_from.get(s, e) > e:
            continue
        out.append(d)
    # same span twice (two cues for one clause): keep the first
    seen: set[tuple[int, int]] = set()
    unique = []
    for d in out:
        key = (d.start, d.end)
        if key in seen:
            continue
        seen.add(key)
        unique.append(d)
    return unique


# -- outlet ---------------------------------------------------------------------

def _outlet(frame: list[Token], index: EntityIndex) -> EntityRef | None:
    """The outlet that carried the quote: "The Wall Street Journal reported", "according to
    a transcript … published by Bloomberg News"."""
    for tok in frame:
        cluster = index.cluster_at(tok)
        if cluster is not None and cluster.type == "media":
            return index.ref(cluster)
    return None


# -- confidence ----------------------------------------------------------------------------

# How often each way of finding a quote is right, roughly, from the quality benchmark
# (bench/quality.py prints precision by confidence band to keep these honest).
_ORIGIN_CONF = {"dash": 0.9, "after": 0.95, "frame": 0.85, "introduced": 0.6, "signature": 0.85, "headline": 0.85, "before": 0.9, "colon": 0.85, "transcript": 0.85, "clause": 0.85,
                "preposed": 0.8, "according": 0.85, "infinitive": 0.7, "prep": 0.6, "object": 0.55,
                "noun": 0.6, "none": 0.5}
_HOW_CONF = {"name": 1.0, "office": 0.95, "group": 0.9, "nominal": 0.85, "pronoun": 0.85, "unknown": 0.6}


def _finish(d: _Draft, doc_id: str, text: str, quoted: list[Quoted]) -> Quote:
    speaker = d.speaker
    whole = whole_quotations(text, d.contents, quoted) if d.kind != "direct" else None
    if whole is not None:
        # "described it as “news to me”": the object is all quoted, the speaker's words
        d.contents, d.kind = list(whole), "direct"
    if d.kind == "indirect" and dash_opened(text, d.contents[0].start) and _own_voice(d.contents):
        # "— We won respect, said Ndlovu.": a dash sets the words off as quoted; a dash
        # bullet of the reporter's ("— Taxes will rise, the office said.") is not in the
        # first or second person
        d.kind = "direct"
    fragments = verbatim_fragments(text, d.contents, quoted) if d.kind != "direct" else ()
    kind = "mixed" if fragments else d.kind
    confidence = _ORIGIN_CONF.get(d.origin, 0.5)
    if speaker is None:
        confidence *= 0.5
    else:
        confidence *= _HOW_CONF.get(speaker.how, 0.7)
        if speaker.entity is None:
            confidence *= 0.7
    if d.floating:  # inherited: the confidence of a chain's link, whatever the origin said
        confidence = continuation.chain_confidence(d.chain) * (0.7 if speaker.entity is None else 1.0)
    if d.headline:
        confidence *= 0.8  # a title shortens and paraphrases: less sure than the body's quotes
    first = d.contents[0]
    sources: tuple[Span, ...] = ()
    if speaker is not None:
        sources = (speaker.source,) if d.floating else (*speaker.extra_sources, speaker.source)
    return Quote(
        id=quote_id(doc_id, first),
        kind=kind,
        contents=tuple(d.contents),
        cue=d.cue,
        sources=sources,
        speaker=speaker.entity if speaker else None,
        addressee=d.addressee,
        reported_by=d.reported_by,
        confidence=round(min(1.0, max(0.0, confidence)), 3),
        fragments=fragments,
    )
