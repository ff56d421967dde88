"""Settling and linking drafts: one cue, one attribution (reported speech whose content is
a quoted passage becomes that passage's cue, or a mixed quote when it says more; a quoted
passage running on past its clause's sentence); quotes without a cue linked to the speaker
before them (“A,” he said. “B.” as one utterance, a row of embedded posts, a speaker's
continuation or the one the sentence before introduces); and nested reported speech dropped
so each stretch of text belongs to one attribution.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from spacy.tokens import Doc, Token

from .. import continuation
from ..cues import DASH_MARKS
from ..entities import EntityIndex, fold
from ..fragments import passage_rest
from ..model import Span
from ..quotes import Quoted
from ..speakers import Speaker, SpeakerResolver, mention_span
from ..signatures import credited_after, signed_after
from .drafts import Draft, comma_after, paragraph_at, speech_word


def _only_space(text: str, a: int, b: int) -> bool:
    return a <= b and not text[a:b].strip(" \t\n\u00a0\u201c\u201d\"")


def settle_cues(direct: list[Draft], reported: list[Draft], text: str) -> list[Draft]:
    """One cue, one attribution. Reported speech whose content is a quoted passage and little
    else is that passage's cue; a passage inside a longer reported clause ("said via email
    that, “Of course …” against what …") is a mixed quote."""
    by_cue = {d.cue_token: d for d in direct if d.cue_token is not None}
    drop_direct: set[int] = set()
    keep: list[Draft] = []
    # the direct quotes by where they open, to find those inside a clause without a scan
    order = sorted(range(len(direct)), key=lambda k: direct[k].quoted[0].start)
    opens = [direct[k].quoted[0].start for k in order]
    passages = [direct[k].quoted[0] for k in order]
    for r in reported:
        _take_opening_mark(r, text, opens, passages)
        _take_closing_fragment(r, text, opens, passages)
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
        if d is not None and not inside and r.origin == "preposed" and len(r.contents) == 1 \
                and d.cue is not None and r.end <= d.cue.start <= d.start and r.kind != "indirect" \
                and r.subj is not None and r.verb is not None \
                and not text[r.end:min(d.cue.start, r.subj.left_edge.idx)].strip(" ,\u201d\"\u2019'"):
            # 'The law means “we can plan,” she says, “but …”': the paraphrase with the first
            # quoted half is the same utterance as the passage after the cue
            d.contents.insert(0, r.contents[0])
            d.kind = "mixed"
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


def run_on_passages(drafts: list[Draft], text: str, quoted: list[Quoted]) -> None:
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


def _reports_cue(outer: Draft, inner: Draft) -> bool:
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


def _take_opening_mark(r: Draft, text: str, opens: list[int], passages: list[Quoted]) -> None:
    """A reported clause whose first words open a quotation starts at the opening mark: the
    parse may leave the mark out of the clause ("“We are worn out” by the delays, Lee said":
    the clause is "We are worn out” by the delays"), and the quotation is then inside it
    (a mixed quote), not a passage of its own beside it. Only when the clause goes on past the
    marks: a quotation closed with a comma or a stop ("“We are worn out,” an aide, who …, told
    the paper") hands on to its cue, and the clause the parse makes of it is a slip."""
    k = bisect_left(opens, r.start)
    if k == 0 or opens[k - 1] != r.start - 1 or text[r.start - 1] not in "\u201c\"" \
            or r.cue is None or r.cue.start <= r.start:
        return
    q = passages[k - 1]
    after = text[q.end:r.contents[0].end]
    if q.content.rstrip().endswith((",", ".", "?", "!")) or not after[:1].isspace() or not after.strip()[:1].isalpha():
        return
    r.contents[0] = Span.of(text, r.start - 1, r.contents[0].end)


def _take_closing_fragment(r: Draft, text: str, opens: list[int], passages: list[Quoted]) -> None:
    """A reported clause that a comma hands on to a quoted fragment ending the sentence takes
    the fragment: "said he would win because he is a dealmaker, “like all of you.”" The parse may
    hang the fragment on the sentence rather than the clause, but lower-case words in marks that
    close the speaker's sentence go on with what the speaker said (a mixed quote), not a
    quotation of their own."""
    if r.cue is None or r.cue.start > r.start or len(r.contents) != 1:
        return
    k = bisect_left(opens, r.end)
    if k >= len(opens) or text[r.end:opens[k]].strip() != ",":
        return
    q = passages[k]
    words = q.content.strip()
    if not words[:1].islower() or "\n" in text[r.start:q.end] \
            or not (words.endswith((".", "!", "?")) or text[q.end:q.end + 1] in (".", "!", "?")):
        return
    r.contents[0] = Span.of(text, r.contents[0].start, q.inner_start + len(q.content.rstrip().rstrip(".!?")))


def _outside_quotes(text: str, content: Span, quoted: list[Quoted],
                    also: list[tuple[int, int]] = ()) -> int:
    """Words of ``content`` outside the quoted passages (and the ``also`` stretches)."""
    chars = list(text[content.start:content.end])
    for a, b in [(q.start, q.end) for q in quoted] + list(also):
        for i in range(max(a, content.start), min(b, content.end)):
            chars[i - content.start] = " "
    words = re.findall(r"\w+", "".join(chars))
    return len([w for w in words if w.lower() not in ("that", "to")])


# What ``_settle_cueless`` made of a quotation with no cue of its own.
_JOINED = "joined"    # the second half of the utterance before it: merged there, not kept alone
_DROPPED = "dropped"  # no one's report here
_KEPT = "kept"        # its speaker given by the post or signature it is: kept as it stands
_OPEN = "open"        # a speaker inherited or introduced, or none yet: the short-phrase check decides


def link(doc: Doc, drafts: list[Draft], index: EntityIndex, paras: list[int],
         resolver: SpeakerResolver | None = None) -> list[Draft]:
    """Quotes with no cue of their own: the second half of a split utterance, or the same
    speaker going on (``continuation``)."""
    out: list[Draft] = []
    for d in drafts:
        if d.cue is None and d.kind == "direct" and d.origin != "headline":
            status = _settle_cueless(doc, d, out, index, paras, resolver)
            if status in (_JOINED, _DROPPED):
                continue
            if status == _KEPT:
                out.append(d)
                continue
        if d.cue is None and d.speaker is None and d.kind == "direct" and len(d.contents[0].text.split()) < 4:
            continue  # a short quoted phrase with no one saying it: a title or scare quotes
        out.append(d)
    return out


def _settle_cueless(doc: Doc, d: Draft, out: list[Draft], index: EntityIndex, paras: list[int],
                    resolver: SpeakerResolver | None) -> str:
    """Read a direct quotation with no cue against the drafts kept before it (``out``): joined
    to the utterance it ends, a post in a row, an illustration, a signed quotation, or one whose
    speaker goes on from before or is introduced (``_speaker_from_context``). Sets ``d``'s
    speaker; returns what became of it (``_JOINED`` … ``_OPEN``)."""
    text = index.text
    prev = _last_outermost(out)
    if prev is not None and prev.cue_token is not None and d.quoted and resolver is not None \
            and (taker := continuation.cut_in(doc, prev.cue_token, d.quoted[0].start)) is not None:
        # "“A,” Lee said, and her brother cut in. “B.”": the one who took the word says B
        d.subj, d.origin = taker, "introduced"
        d.speaker = resolver.resolve(taker)
        return _KEPT
    if prev is not None and prev.speaker is not None \
            and prev.kind == "direct" and prev.cue is not None and prev.origin == "after" \
            and _only_space(text, prev.after_end, d.quoted[0].start) \
            and "\n" not in text[prev.after_end:d.quoted[0].start] \
            and (prev.contents[-1].text.rstrip().rstrip("'\u2019").endswith(",") or comma_after(text, prev.quoted[-1].end)) \
            and not _named_between(doc, index, prev, d):
        prev.contents.extend(d.contents)  # “A,” he said. “B.” — one utterance
        prev.quoted.extend(d.quoted)
        return _JOINED
    if prev is not None and prev.speaker is not None and _next_post(text, prev, d):
        # a row of embedded posts after "X wrote:": each the same speaker's
        d.speaker = Speaker(prev.speaker.source, prev.speaker.entity, True, prev.speaker.how)
        d.floating = True
        d.chain = prev.chain + 1
        return _KEPT
    if d.quoted and text[d.quoted[0].start] == "<":
        return _DROPPED  # a post the text does not introduce: an illustration, no one's report here
    if d.quoted and (sig := signed_after(doc, index, d.quoted[-1].end)) is not None:
        # "“…”\n\n— Laila Haddad, teacher": signed on the line after, whoever spoke before
        d.subj, d.origin = sig, "signature"
        d.speaker = resolver.resolve(sig) if resolver is not None else None
        return _KEPT
    if d.quoted and (credit := credited_after(doc, index, d.quoted[-1].end)) is not None:
        # "“…” That quote from Commissioner Abara appeared in …": the next sentence says whose
        # the words are, whoever spoke before
        d.subj, d.origin = credit, "signature"
        d.speaker = resolver.resolve(credit) if resolver is not None else None
        return _KEPT
    if (resumed := _resumed_after_aside(text, d, out)) is not None:
        # "She said, “A” - at which point the crowd chanted “B!” - “and C.”": the words in
        # lower case after the aside go on with the quotation it broke into, not with the aside
        d.speaker = Speaker(resumed.speaker.source, resumed.speaker.entity, True, resumed.speaker.how)
        d.floating = True
        d.chain = resumed.chain + 1
        return _OPEN
    _speaker_from_context(doc, d, out, index, paras, resolver)
    return _OPEN


# The words that go on with a sentence an aside broke into ("“A” - … - “and C.”").
_RESUMING_WORDS = frozenset("and but or because so then".split())


def _resumed_after_aside(text: str, d: Draft, out: list[Draft]) -> Draft | None:
    """The direct quote that ``d`` resumes: ``d`` opens in lower case with a conjunction right
    after a dash closing an aside, and that quote, in the same paragraph, stops right before
    the dash opening the aside."""
    words = d.contents[0].text.split() if d.contents else []
    if not d.quoted or not words or words[0] not in _RESUMING_WORDS \
            or not text[:d.quoted[0].start].rstrip().endswith(DASH_MARKS):
        return None
    for p in reversed(out[-6:]):
        if p.kind != "direct" or p.speaker is None or p.speaker.source is None or not p.quoted \
                or p.quoted[-1].end >= d.quoted[0].start or p.para != d.para:
            continue
        between = text[p.quoted[-1].end:d.quoted[0].start]
        # (the aside's own quotation, "“B!” - “and C.”", has only the closing dash between)
        if "\n" not in between and between.lstrip().startswith(DASH_MARKS) and between.strip(" -\u2013\u2014"):
            return p
    return None


def _speaker_from_context(doc: Doc, d: Draft, out: list[Draft], index: EntityIndex, paras: list[int],
                          resolver: SpeakerResolver | None) -> None:
    """The speaker of a cue-less quotation from the text around it: the last speaker going on
    (within a paragraph, two with a question between), the last speaker whom the paragraph
    between is about, or the one the sentence before introduces; else none."""
    text = index.text
    last = continuation.last_speaker(out, d.start, doc)
    asked = continuation.question_before(text, paras, d.para) if d.quoted else None
    if last is not None and d.para - paragraph_at(paras, continuation.last_seen(last)) <= (1 if asked is None else 2) \
            and not _another_introduced(doc, index, d, last, resolver) \
            and not continuation.named_between(doc, index, last.speaker.entity and last.speaker.entity.id,
                                               max(continuation.anchor(last), last.end, last.after_end),
                                               d.quoted[0].start if d.quoted else d.start):
        d.speaker = Speaker(last.speaker.source, last.speaker.entity, True, last.speaker.how)
        d.floating = True
        d.chain = last.chain + 1
        nearer = _introducing_mention(doc, index, d, resolver) or _subject_of_own_sentence(doc, d, resolver)
        if nearer is not None and last.speaker.entity is not None and nearer.entity is not None \
                and nearer.entity.id == last.speaker.entity.id:
            # "He then had a question for the crowd.\n\n“Who …?”": the same speaker,
            # named nearer the quotation than the cue it inherits from
            d.speaker = Speaker(nearer.source, last.speaker.entity, True, last.speaker.how)
    elif last is not None and d.quoted and d.para - paragraph_at(paras, continuation.last_seen(last)) <= 2 \
            and (back := _back_to_speaker(doc, index, d, last, resolver)) is not None:
        # "“…,” Vey notes.\n\nVey is upbeat about Ruiz's chances.\n\n“…”": the paragraph
        # between is about the last speaker, its subject; the others it names are not
        # the ones speaking, so the speech goes on
        d.speaker = Speaker(back.source, last.speaker.entity, True, last.speaker.how)
        d.floating = True
        d.chain = last.chain + 1
    elif d.quoted and (subj := continuation.introduced(
            doc, index, d.quoted[0].start if asked is None else asked, loose=asked is not None,
            own_voice=continuation.in_own_voice(d.contents[0].text), described=True)) is not None:
        # with a question between ("She spoke to us in Dakar.\n\nWhy did you resign?\n\n
        # “Because …”"), the one introduced before the question answers it
        d.subj, d.origin = subj, "introduced"  # the sentence before names who speaks
        if (subj.pos_ == "PRON" or subj.pos_ == "NOUN") and resolver is not None:
            d.speaker = resolver.resolve(subj)
        else:
            span = mention_span(subj, index)
            d.speaker = Speaker(Span.of(text, span.start_char, span.end_char), index.at(subj), False, "name")


def _subject_of_own_sentence(doc: Doc, d: Draft, resolver: SpeakerResolver | None) -> Speaker | None:
    """The main subject of the sentence a cue-less quotation ends, when the quotation opens
    inside it after that subject ("Lee also defended the cuts -- “Nobody likes them.”"):
    the nearest mention of whoever speaks, if it is the speaker going on."""
    if not d.quoted or resolver is None:
        return None
    span = doc.char_span(d.quoted[0].start, d.quoted[0].start + 1, alignment_mode="expand")
    if span is None:
        return None
    if doc.text[:d.quoted[0].start].rstrip().endswith((".", "!", "?")):
        return None  # a quotation opening a sentence of its own, which the parse glued to the one before
    first = span[0]
    # (the parse may make the quotation's own verb the root: the first subject before the
    # marks, with its verb before them too, is the clause's)
    subj = next((t for t in first.sent if t.i < first.i and t.dep_ == "nsubj" and t.head.i < first.i), None)
    if subj is None or subj.pos_ != "PROPN" or "\n" in doc[subj.i:first.i].text:
        return None
    return resolver.resolve(subj)


def _next_post(text: str, prev: Draft, d: Draft) -> bool:
    """``d`` is an embedded post (``<tweet …>…</tweet>``) right after the post ``prev``, with
    nothing but spaces and stops between them."""
    if not (prev.quoted and d.quoted and text[prev.quoted[-1].start] == "<" and text[d.quoted[0].start] == "<"):
        return False
    return not text[prev.quoted[-1].end:d.quoted[0].start].strip(" \t\n\u00a0.")


def _another_introduced(doc: Doc, index: EntityIndex, d: Draft, last: Draft,
                        resolver: SpeakerResolver | None) -> bool:
    """True when the sentence right before the cue-less ``d`` has another person speak ("“…,”
    Lee said. Then Tom Park spoke up. “…”"): its subject, a person, and its verb one of speech.
    The word has passed to that person; the last cue's speaker does not go on."""
    if not d.quoted or resolver is None or last.speaker is None or last.speaker.entity is None:
        return False
    subj = continuation.introduced(doc, index, d.quoted[0].start)
    if subj is None or not speech_word(subj.head) or subj.sent.start_char < continuation.anchor(last):
        return False  # (the last cue's own sentence: "…,” said Vale, while Ruiz said …" is Ruiz's to go on)
    now = resolver.resolve(subj)
    return now is not None and now.entity is not None and now.entity.id != last.speaker.entity.id


def _introducing_mention(doc: Doc, index: EntityIndex, d: Draft,
                         resolver: SpeakerResolver | None) -> Speaker | None:
    """The speaker the sentence right before a cue-less quotation has as its subject, if any."""
    subj = continuation.introduced(doc, index, d.quoted[0].start, loose=True) if d.quoted else None
    if subj is None or resolver is None:
        return None
    return resolver.resolve(subj)


def _back_to_speaker(doc: Doc, index: EntityIndex, d: Draft, last: Draft,
                     resolver: SpeakerResolver | None) -> Speaker | None:
    """The mention of ``last``'s speaker that the sentence right before the cue-less ``d``
    has as its subject, when it is the same entity; else None."""
    if last.speaker is None or last.speaker.entity is None or resolver is None or not d.quoted:
        return None
    subj = continuation.introduced(doc, index, d.quoted[0].start, loose=True, anyone=True)
    if subj is None and continuation.in_own_voice(d.contents[0].text):
        subj = _subject_further_back(doc, index, d.quoted[0].start)
    nearer = resolver.resolve(subj) if subj is not None else None
    if nearer is None or nearer.entity is None:
        return None
    said, now = fold(last.speaker.entity.name).split(), fold(nearer.entity.name).split()
    # the same entity, or its surname when the small model left the full name untyped
    if nearer.entity.id != last.speaker.entity.id and not (now and said[-len(now):] == now):
        return None
    return nearer


def _subject_further_back(doc: Doc, index: EntityIndex, start: int) -> Token | None:
    """"Lund, 41, opened the bakery in 2015. Today it supplies 30 cafes.\n\n“My dad lent me
    the money.”": the paragraph before is about the last speaker though its last sentence's
    subject is a thing; the subject of an earlier sentence of that paragraph, when the
    sentences after it name nobody (at most two sentences back)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    tok = doc[span.start - 1]
    while tok.i > 0 and (tok.is_space or tok.is_punct and tok.text not in ".!?"):
        tok = doc[tok.i - 1]
    sent = tok.sent
    for _ in range(2):
        if sent.start == 0 or any(t.ent_type_ == "PERSON" or t.lower_ in ("he", "she") for t in sent):
            return None  # someone else named, or a pronoun the sentence's own subject would have been
        before = doc[sent.start - 1]
        if "\n" in before.text or "\n" in before.whitespace_:
            return None  # the paragraph's first sentence: no further back
        subj = continuation.introduced(doc, index, sent.start_char, loose=True, anyone=True)
        if subj is not None:
            return subj
        sent = before.sent
    return None


def _last_outermost(out: list[Draft]) -> Draft | None:
    """The last attribution that no other one holds: in "Hamas has demanded X, she said", the
    quote that goes on is hers, not the nested report of what Hamas demanded."""
    for k in range(len(out) - 1, max(-1, len(out) - 6), -1):
        d = out[k]
        if not any(o is not d and o.kind != "direct" and o.start <= d.start and d.end <= o.end
                   and (o.start, o.end) != (d.start, d.end) for o in out[max(0, k - 5):]):
            return d
    return out[-1] if out else None


def _named_between(doc: Doc, index: EntityIndex, prev: Draft, d: Draft) -> bool:
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


# a clause of its own joined after a comma: "…," but he gave them a hint: “…”
_NEW_CLAUSE = re.compile(r"[,;][\"\u201d\u2019]?\s+(?:but|and|while|yet)\s+(?:he|she|they|it|we|I)\s", re.I)


def _clip_before_direct(d: Draft, direct_starts: list[int]) -> None:
    """A reported clause the parse runs on into the next direct quote ("Lee said the plan was
    “a mess,” but she gave them a hint: “…”") ends at the comma before the new clause that
    introduces that quote, rather than being dropped for overlapping it."""
    c = d.contents[0]
    k = bisect_left(direct_starts, c.end)
    if not k or direct_starts[k - 1] <= c.start:
        return
    head = c.text[:direct_starts[k - 1] - c.start]
    m = None
    for m in _NEW_CLAUSE.finditer(head):
        pass
    if m is None or len(head[:m.start()].split()) < 3:
        return
    cut = m.start() + 1 + (1 if head[m.start() + 1] in "\"\u201d\u2019" else 0)
    d.contents[0] = Span(c.start, c.start + cut, c.text[:cut])


def drop_nested(drafts: list[Draft]) -> list[Draft]:
    """Each stretch of text belongs to one attribution: a direct quote keeps its words;
    reported speech inside a larger attribution gives way to it."""
    # Sorted starts with the running maximum of ends answer "does any span starting before x
    # reach past y" by bisection, so this stays O(n log n).
    direct = sorted((c.start, c.end) for d in drafts if d.kind == "direct" for c in d.contents)
    direct_starts, direct_reach = [s for s, _ in direct], list(accumulate((e for _, e in direct), max))
    for d in drafts:
        if d.kind != "direct" and len(d.contents) == 1 and d.cue is not None and d.cue.end <= d.start:
            _clip_before_direct(d, direct_starts)
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


_MARKS = "\u201c\u201d\"\u2018\u2019'"
_STOPS = ".!?"


def follow_on_sentences(doc: Doc, drafts: list[Draft], quoted: list[Quoted], index: EntityIndex) -> list[Draft]:
    """A sentence with no cue of its own, right after one closed by a speaker's cue, that ends
    on a quotation: the same speaker goes on, in a paraphrase holding his words ("“…,” Lee
    said. But that is not the same thing as “a plan that works.”"). The whole sentence is his
    (finish reads the words in marks as its fragments); a sentence naming someone else, or
    with a speech verb of its own, is another report."""
    text = index.text
    taken = sorted((c.start, c.end) for d in drafts for c in d.contents)
    added: list[Draft] = []
    ordered = sorted(quoted, key=lambda q: q.start)
    for prev in drafts:
        if prev.cue is None or prev.speaker is None or prev.cue.start < prev.contents[-1].end:
            continue  # only a cue after its words closes the sentence they are in
        tail = text[prev.cue.end:prev.cue.end + 120]
        stop = next((i for i, ch in enumerate(tail) if ch in _STOPS + "\n" + _MARKS), None)
        if stop is None or tail[stop] not in _STOPS or not tail[stop + 1:stop + 2].isspace() \
                or tail[stop + 1:stop + 2] == "\n":
            continue  # "…,” he said of the plan." then the paragraph ends, or the cue runs on
        start = prev.cue.end + stop + 1
        while start < len(text) and text[start] in " \t\u00a0":
            start += 1
        if start >= len(text) or not text[start].isalpha():
            continue  # a quotation opening the next sentence stands as speech of its own
        end = _sentence_closing_quotation(text, start, ordered)
        if end is None or any(a < end and b > start for a, b in taken):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        anywhere = {t.i for q in ordered if start <= q.start < end
                    for t in (doc.char_span(q.start, q.end, alignment_mode="expand") or ())}
        if span is None or any(speech_word(t) for t in span if t.i not in anywhere):
            continue
        first_mark = next(q.start for q in ordered if q.start >= start)
        if continuation.named_between(doc, index, prev.speaker.entity and prev.speaker.entity.id,
                                      prev.cue.end, first_mark):
            continue
        d = Draft("indirect", [Span.of(text, start, end)], "none", para=prev.para)
        d.speaker = Speaker(prev.speaker.source, prev.speaker.entity, True, prev.speaker.how)
        d.floating, d.chain, d.after_end = True, prev.chain + 1, end
        added.append(d)
    return sorted(drafts + added, key=lambda d: d.start)


def _sentence_closing_quotation(text: str, start: int, ordered: list[Quoted]) -> int | None:
    """The end of the sentence opening at ``start`` when a quotation closes it (the stop
    inside the marks, or right after them); None when it ends outside marks or a line ends it."""
    pos = start
    for q in ordered:
        if q.start < start:
            continue
        if any(ch in _STOPS + "\n" for ch in text[pos:q.start]) or not q.closed:
            return None
        inner = q.content.rstrip()
        after = text[q.end:q.end + 1]
        if inner[-1:] in _STOPS and (not after or after.isspace()):
            return q.end
        if after in tuple(_STOPS) and (not text[q.end + 1:q.end + 2] or text[q.end + 1:q.end + 2].isspace()):
            return q.end
        if any(ch in _STOPS for ch in inner):
            return None  # a sentence inside the marks that goes on: speech of its own
        pos = q.end
    return None
