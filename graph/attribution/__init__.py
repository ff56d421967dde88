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

This module runs those steps (``find_quotes``); one family of constructions per module, over
the shared draft of ``drafts``:

- ``direct_quotes``: a quotation and the frame around it (which passages stand as speech,
  the words before and after, the cue that frame holds); ``frame_cues`` searches a frame for
  its cue ("…,” she said", "X replied: “…”", "Lee shot back, “…”", a dash byline);
- ``transcripts``: a transcript's or an interview's turns ("PENCE: …", "Q: …", "Chris Dalton: …");
- ``cue_speakers``: the token that speaks for a cue verb (its subject, a name beside it, the
  reporter a participle continues), over ``speaker_candidates`` (what can speak, a verb's own
  subject), ``misparsed_subjects`` (a subject the parse misread or lost), ``passive_cues``
  (the agent of a passive, the one asked, "quoted X as saying") and ``inverted_speakers`` (an
  inverted "said Wu Xinbo", a name between a quotation and its verb);
- ``reported``: reported speech (speech verbs with their clause, infinitive, object or
  preposition; "according to"; speech nouns) and the clipping of what was said;
- ``settling``: one cue, one attribution; quotes without a cue linked to the speaker before;
  reported speech nested in a larger attribution dropped;
- ``finishing``: the Quote made from a draft, with its confidence.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..channels import speaker_behind
from ..addressees import (
    addressee_of,
    answers,
    carry_over,
    crowds_responding,
    outlet_told,
    questions_answered,
    questions_put,
    remarks_placed_after,
    said_in_channel,
    setting_before,
    setting_named_before,
    sourced_to_channel,
    titles_told,
    turns_answered,
    vocatives,
)
from ..boilerplate import captions, crossheads, inside, other_stories, story_end
from ..boundaries.quotations import quotation_opened_before
from ..entities import EntityIndex, fold
from ..fragments import named_term, work_title
from ..model import Cue, EntityRef, Quote, Span
from ..headlines import LEAD_ROLES, headline_quotes, lead_speaker, speaker_in_body
from ..interviews import interviews_go_on
from ..quotes import Quoted, find_quoted, post_tags
from ..speakers import Speaker, SpeakerResolver
from ..entities.mentions import ends_as_sentence
from .drafts import Draft, Mask, headline_end, paragraph_index, token_mask
from .transcripts import TRANSCRIPT, named_turn, turn_drafts, turn_speaker
from .direct_quotes import (after_cue_and, after_speech_verb, coordinated, direct_quote, embedded, exclamation,
                            short_reply, spoken_object, utterance)
from .contents import kind_of
from .reported import reported_speech
from .settling import drop_nested, follow_on_sentences, link, run_on_passages, settle_cues
from .layers import clip_at_inner_reports, outlets_carry, yield_to_owned_claims
from .finishing import finish


_STAGE_NOTE = re.compile(r"\s*(\([^()]*\)|\[[^\[\]]*\])[.,]?\s*")


def find_quotes(doc: Doc, index: EntityIndex, doc_id: str) -> list[Quote]:
    """Every attribution in ``doc``, in text order."""
    text = index.text  # built once: each ``doc.text`` walks the whole document
    quoted = find_quoted(text)
    headline = headline_end(text)
    standalone = _standalone(doc, text, quoted, headline)
    in_quote = Mask(token_mask(doc, standalone))
    in_quote.anywhere = token_mask(doc, quoted)
    paras = paragraph_index(text)

    # 1. collect
    direct = _direct_drafts(doc, text, quoted, standalone, in_quote, index, paras)
    direct = sorted(direct + turn_drafts(doc, text, quoted, paras, index), key=lambda d: d.start)
    reported = reported_speech(doc, in_quote, index, paras)
    _take_quotations_opened_before(doc, text, reported, quoted)
    direct = _add_headline_drafts(doc, text, headline, quoted, index, direct, reported)
    drafts = settle_cues(direct, reported, text)
    end = story_end(text)  # a syndication footer's title and the other stories after it are no one's words here
    # a digest's card of another story, a rubric over a list of them, a crosshead in the body,
    # the attributes of an embedded post's tag
    cards = tuple(sorted(other_stories(text) + crossheads(text) + tuple(post_tags(text))))
    drafts = [d for d in drafts if d.start < end and not inside(cards, d.start, d.end)]
    # a caption's words in marks with no cue are what its picture shows: a poster, a banner
    shown = captions(text)
    drafts = [d for d in drafts if d.cue is not None or not inside(shown, d.start, d.end)]
    run_on_passages(drafts, text, quoted)
    clip_at_inner_reports(doc, drafts, text)  # "…, which an audit said was “badly costed”": the audit's
    yield_to_owned_claims(drafts, text)  # "mocked the press for seizing on Ames's claim that …": Ames's

    # 2. resolve speakers in the order of their mentions
    resolver = SpeakerResolver(doc, index, in_quote)
    _resolve_speakers(doc, drafts, index, resolver)
    _turn_and_title_speakers(drafts, index, text)  # a transcript's turns, a title's names
    _bare_roles_in_title(drafts, headline, text)  # "Leader 'will not tolerate' …"

    # 3. link quotes without a cue to the speaker before them
    drafts.sort(key=lambda d: d.start)
    drafts = link(doc, drafts, index, paras, resolver)
    drafts = follow_on_sentences(doc, drafts, quoted, index)  # "…,” Lee said. But that is not “…”"

    # 4. each stretch of text belongs to one attribution, the nearest reporting layer's
    drafts = drop_nested(outlets_carry(drafts))
    _addressees_in_sequence(doc, drafts, index, resolver)
    titles = titles_told(doc)
    for d in drafts:
        d.headline = d.end <= headline
        d.reported_by = outlet_told(d.addressee, d.reported_by, d.verb, titles)
    return [finish(d, doc_id, text, quoted) for d in drafts]


def _standalone(doc: Doc, text: str, quoted: list[Quoted], headline: int) -> list[Quoted]:
    """The quotations that are speech of their own, not a term, a title or words inside a
    sentence: a headline's quote stands as speech after its verb too (Marlow says “deal is
    close”), and so does a whole utterance right after its verb in the body (a man yelled
    “Stay there!”)."""
    return [q for q in quoted if (not embedded(text, q) and not named_term(doc, q) and not work_title(doc, q))
            or q.end <= headline and after_speech_verb(doc, q)
            or utterance(text, q) and after_speech_verb(doc, q, body=True)
            or short_reply(doc, q)
            or exclamation(doc, q)  # shouted “Never!”
            or spoken_object(doc, q, _last_of_series(text, quoted, q))
            or after_cue_and(text, quoted, q)]


def _take_quotations_opened_before(doc: Doc, text: str, reported: list[Draft], quoted: list[Quoted]) -> None:
    """Widen each report whose content starts inside a quotation opened in the sentence before
    to the whole quotation, unless another cue stands in that stretch ("X, who estimates …,
    described it as “… … ,” he said": the lead-in is another report's)."""
    cue_starts = sorted(d.cue.start for d in reported if d.cue is not None)
    for d in reported:
        first = quotation_opened_before(doc, d.contents[0].start, d.cue.start, quoted) \
            if d.cue is not None and d.contents[0].start < d.cue.start else None
        if first is not None and not any(first <= c < d.contents[0].start for c in cue_starts):
            d.contents[0] = Span.of(text, first, d.contents[0].end)
            d.kind = kind_of(d.contents[0]) if len(d.contents) == 1 else "mixed"


def _add_headline_drafts(doc: Doc, text: str, headline: int, quoted: list[Quoted], index: EntityIndex,
                         direct: list[Draft], reported: list[Draft]) -> list[Draft]:
    """The title line's attributions ("Berg 'will not bow' to pressure", "Envoy: talks yield
    'progress'") added to the drafts: a direct one takes the place of its quotation's draft in
    ``direct``, a mixed or indirect one joins ``reported`` (appended to in place) and takes its
    quotation out of ``direct``. Returns the new ``direct``, in text order."""
    # a title closed with a stop is a title by its case alone ("Kicker: Big News Today."): only
    # someone the body names signs it
    stopped = headline > 0 and ends_as_sentence(text[:headline])
    for h in headline_quotes(doc, text, headline, quoted):
        if stopped and speaker_in_body(index, h.subject, len(text)) is None:
            continue
        colon = h.subject.doc[h.subject.i + 1]
        cue = Cue(colon.idx, colon.idx + 1, ":", ":") if colon.text == ":" else None
        if h.verb is not None:  # "EU slams ‘unacceptable’ strikes", the verb read as a noun
            cue = Cue(h.verb.idx, h.verb.idx + len(h.verb), h.verb.text, h.verb.lemma_.lower())
        d = Draft(h.kind, [Span.of(text, h.start, h.end)], "headline", cue,
                  para=0, quoted=[h.quoted] if h.kind == "direct" else [])
        d.subj = h.subject
        d.after_end = h.end
        if h.kind == "direct":
            direct = [x for x in direct if not any(q is h.quoted for q in x.quoted)] + [d]
            direct.sort(key=lambda x: x.start)
        else:
            # ("Lee: ‘No Plan’ to Raise Taxes": the quotation is a part of the mixed quote)
            direct = [x for x in direct if h.quoted is None or not any(q is h.quoted for q in x.quoted)]
            reported.append(d)
    return direct


def _direct_drafts(doc: Doc, text: str, quoted: list[Quoted], standalone: list[Quoted], in_quote: Mask,
                   index: EntityIndex, paras: list[int]) -> list[Draft]:
    """One draft per quotation standing on its own, in text order: a speech over several
    paragraphs is one (its cue after its last one), and so are the two halves that share a cue
    (“A,” she said, “B.”); a transcript's stage notes are none."""
    direct: list[Draft] = []
    for q in standalone:
        if _STAGE_NOTE.fullmatch(q.content):
            continue  # a transcript's "(CROSSTALK)", "[APPLAUSE]": nobody's words
        prev = direct[-1] if direct else None
        if q.continued and prev is not None and prev.quoted and prev.quoted[-1].end <= q.start \
                and _continues(quoted, prev.quoted[-1], q) \
                and not (TRANSCRIPT.match(q.content) or named_turn(doc, q)):  # a transcript's next turn
            prev.contents.append(Span.of(text, q.inner_start, q.inner_end))  # the speech runs on
            prev.quoted.append(q)
            if prev.cue is None and q.closed:
                # the cue of a speech over several paragraphs comes after its last one
                last = direct_quote(doc, q, in_quote, index, paras)
                if last.cue is not None:
                    prev.cue, prev.cue_token, prev.subj, prev.verb = last.cue, last.cue_token, last.subj, last.verb
                    prev.origin, prev.after_end = last.origin, last.after_end
                    prev.reported_by = prev.reported_by or last.reported_by
            continue
        if prev is not None and any(q is x for x in prev.quoted):
            continue  # an item of the series before: said with it
        draft = direct_quote(doc, q, in_quote, index, paras)
        k = next((j for j, x in enumerate(standalone) if x is q), -1)
        nxt = standalone[k + 1] if 0 <= k < len(standalone) - 1 else None
        if nxt is not None and draft.cue is not None and draft.cue.start >= nxt.end \
                and _broken_by_aside(text, q, nxt):
            # “A” (an aside) “b…,” she said: the cue after the second half is the whole
            # sentence's, found below; the aside between holds no subject of it
            draft.cue = draft.cue_token = draft.subj = draft.verb = None
            draft.origin = "none"
        series = coordinated(text, quoted, q) if draft.cue is not None and draft.cue.end <= q.start else []
        if series:
            # "chanted “A” and “B”", "shouted “A,” “B” and “C”": the series after the verb is one
            # act, its items one contents from the first mark to the last
            draft.contents = [Span.of(text, q.inner_start, series[-1].inner_end)]
            draft.quoted.extend(series)
        if prev is not None and draft.cue_token is not None and draft.cue_token == prev.cue_token:
            prev.contents.extend(draft.contents)  # “A,” she said, “B.” — both halves share the cue
            prev.quoted.extend(draft.quoted)
            continue
        if prev is not None and prev.cue is None and prev.kind == "direct" and prev.quoted and draft.cue is not None \
                and draft.cue.start >= q.end and _broken_by_aside(text, prev.quoted[-1], q):
            # “A” — an aside — “B,” she said: one sentence the writer broke off, one span
            # from the first mark to the last, the cue after it its own
            draft.contents = [Span.of(text, prev.quoted[-1].inner_start, draft.contents[-1].end)]
            draft.quoted = prev.quoted + draft.quoted
            direct[-1] = draft
            continue
        direct.append(draft)
    return direct


# What may stand between the two halves of a quotation a writer broke off with a remark of
# their own: a dash aside ("“I don't think the plan” -- or any plan -- “will pass,”") or a
# parenthesis; no sentence end, no line break, no quotation mark.
_ASIDE_GAP = re.compile(r"\s*(?:(?:--|[\u2014\u2013])[^\n\"\u201c\u201d.!?]{1,100}?(?:--|[\u2014\u2013])"
                        r"|\([^\n()\"\u201c\u201d]{1,100}\))\s*")


def _broken_by_aside(text: str, first: Quoted, second: Quoted) -> bool:
    """``second`` goes on the sentence ``first`` left open after an aside: the first ends
    no sentence, the second opens in lower case, and only the aside stands between them."""
    if not (first.closed and first.end <= second.start) or first.content.rstrip().endswith((".", "!", "?", ",")):
        return False
    return second.content[:1].islower() and _ASIDE_GAP.fullmatch(text, first.end, second.start) is not None


def _last_of_series(text: str, quoted: list[Quoted], q: Quoted) -> Quoted | None:
    """The last quotation of a series coordinated after ``q`` ("“A,” “B” and “C”"), if any."""
    series = coordinated(text, quoted, q)
    return series[-1] if series else None


def _resolve_speakers(doc: Doc, drafts: list[Draft], index: EntityIndex, resolver: SpeakerResolver) -> None:
    """Each draft's speaker (the one behind its subject: "the embassy issued a statement
    saying"), resolved in the order of the mentions, and the addressee its cue names; the
    institution a report came through is its ``reported_by``."""
    for d in drafts:
        if d.subj is not None:
            # "the embassy issued a statement saying": the embassy
            d.subj = speaker_behind(d.subj, _cue_token(doc, d))
    for d in sorted(drafts, key=lambda d: d.subj.idx if d.subj is not None else d.start):
        if d.subj is not None:
            d.speaker = resolver.resolve(d.subj)
            if d.lead is not None:
                # "Lee said “…,” she said": the name before is the pronoun's antecedent and a
                # source too; a quotation going on after it keeps only the pronoun
                named = resolver.resolve(d.lead)
                d.speaker = Speaker(d.speaker.source, named.entity or d.speaker.entity, d.speaker.resolved,
                                    d.speaker.how, (named.source,))
            resolver.remember(d.subj.idx, d.speaker.entity)
        anchor = d.verb if d.verb is not None else doc[d.cue_token] if d.cue_token is not None else None
        if anchor is not None and anchor.lower_ != "according":
            d.addressee = addressee_of(anchor, index, resolver, d.speaker.entity if d.speaker else None,
                                       [(c.start, c.end) for c in d.contents] if d.kind == "direct" else ())
        elif anchor is not None:
            # "…, according to an interview with the Globe": the channel's audience
            ref = sourced_to_channel(anchor, index, resolver)
            d.addressee = ref if ref is None or d.speaker is None or d.speaker.entity is None \
                or ref.id != d.speaker.entity.id else None
        if d.via is not None and d.reported_by is None:
            d.reported_by = resolver.resolve(d.via).entity
            # the institution that put the report out is heard from: "it added" may be it
            resolver.remember(d.via.idx, d.reported_by)


def _turn_and_title_speakers(drafts: list[Draft], index: EntityIndex, text: str) -> None:
    """A transcript's turns keep their speaker across shortened names ("MORROW:" after "SEN.
    DANA MORROW:"); a name in the title is the person the body names in full."""
    turns: dict[str, EntityRef] = {}  # a transcript's speakers so far, by the last word of their name
    for d in drafts:
        if d.origin in ("transcript", "signature") and d.subj is not None:
            turn_speaker(d, index)
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
            current = d.speaker.entity
            # "Minister: …" → the body's Ana Lund (a person for a role word, however short her name)
            if named is not None and (current is None or len(named.name) > len(current.name)
                                      or named.type == "person" and current.type in ("group", "organization")):
                d.speaker = Speaker(d.speaker.source, named, True, "nominal")


def _bare_roles_in_title(drafts: list[Draft], headline: int, text: str) -> None:
    """A bare role in the title ("Leader 'will not tolerate' …") is the body's first person
    quoted."""
    for d in drafts:
        if d.end <= headline and d.subj is not None and d.subj.pos_ == "NOUN" and d.subj.lemma_.lower() in LEAD_ROLES \
                and d.subj.tag_ != "NNS" and (d.speaker is None or d.speaker.entity is None or d.speaker.entity.type != "person"):
            # "Leader 'will not tolerate' …", "Hong Kong leader vows …": a bare role in the title
            # the body names no one by is the body's first person quoted (one role: "Senators
            # say …" are many, not the first senator quoted)
            named = lead_speaker([(x.start, x.speaker.entity) for x in drafts
                                  if x.start >= headline and x.speaker is not None], headline)
            if named is not None:
                source = d.speaker.source if d.speaker is not None else Span.of(text, d.subj.idx, d.subj.idx + len(d.subj))
                d.speaker = Speaker(source, named, True, "nominal")


def _addressees_in_sequence(doc: Doc, drafts: list[Draft], index: EntityIndex, resolver: SpeakerResolver) -> None:
    """The addressees read off the sequence of quotes: a question put, the setting carried
    over, answers, remarks placed after, vocatives, a crowd responding."""
    def speaker_of(d: Draft) -> EntityRef | None:
        return d.speaker.entity if d.speaker is not None else None

    cue_lemma = lambda d: d.cue.lemma if d.cue is not None else None  # noqa: E731
    starts = [t.idx for t in doc]
    questions_put(drafts, index, resolver, speaker_of)  # "Asked whether …, Brun said": the question to Brun
    carry_over(drafts, speaker_of, lambda d: d.verb is not None and said_in_channel(d.verb), cue_lemma,
               lambda d: setting_named_before(d, doc, index, resolver, speaker_of(d), starts))
    answers(drafts, speaker_of, cue_lemma)
    setting_before(drafts, doc, index, resolver, speaker_of)
    # and the quotes that go on, in its paragraph, from one the sentence before gave its audience
    # ("Lee spoke before the Rotary Club. She said …. She also said …")
    carry_over(drafts, speaker_of, lambda d: d.verb is not None and said_in_channel(d.verb), cue_lemma,
               lambda d: setting_named_before(d, doc, index, resolver, speaker_of(d), starts), reach=0)
    remarks_placed_after(drafts, doc, index, resolver, speaker_of)  # "“…,” he said. He made the remarks to X"
    questions_answered(drafts, speaker_of)  # "“Will you reopen it?” the nurse said. “We will,” Varga said"
    interviews_go_on(drafts, doc, index, resolver, speaker_of)  # and the quotes after, while it goes on
    vocatives(drafts, doc, index, speaker_of)  # "“Governor Hale, let me help you out,” Berg said"
    crowds_responding(drafts, index, resolver, speaker_of)  # "“…,” Berg said as the crowd cheered"
    turns_answered(drafts, doc.text, speaker_of)  # "Q: …? ¶ A: …", "“…?” Lee asked. ¶ “…,” Ruiz said"


def _cue_token(doc: Doc, d: Draft) -> Token | None:
    return doc[d.cue_token] if d.cue_token is not None and 0 <= d.cue_token < len(doc) else d.verb


def _continues(quoted: list[Quoted], last: Quoted, q: Quoted) -> bool:
    """``q`` reopens the quotation ``last`` left open: none between them. One left open inside a
    reported clause ("Holt said the bill was “a mess.\n\n“Nobody read it,” Holt said.") is no
    speech of its own, and the paragraph after it is not the last direct quotation's, paragraphs
    before."""
    between = [x for x in quoted if last.end <= x.start and x.end <= q.start]
    return not between
