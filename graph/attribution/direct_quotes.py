"""Direct quotations: which quoted passages stand as speech of their own (not a phrase
embedded in the reporter's sentence, unless a whole utterance or a headline's words follow
a speech verb), the frame of tokens before and after a quotation (and a colon ending the
paragraph before it), and the draft made from a quotation with the cue that frame holds:
a transcript turn, a dash byline, a signature, a colon intro, a speech verb before or after,
a frame verb ("“…,” the mayor barked"), a subject and verb before a comma.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..cues import BACK_RETORTS, OBJECT_CUES, SPEAKER_PRONOUNS, is_dash
from ..entities import EntityIndex
from ..model import Cue, Span
from ..signatures import signature_before
from ..speaker_words import cleft_doer
from ..quote_frames import frame_verb, imagined_by
from ..quotes import Quoted
from .drafts import ENDS, Draft, comma_after, outlet, paragraph_at, speech_word, word_count
from .transcripts import TRANSCRIPT, named_turn, outlet_of
from .cue_speakers import clause_subject_before, colon_object, here_is, speaker_token
from .inverted_speakers import between_speaker, inverted_subject
from .passive_cues import asked_passive
from .speaker_candidates import fits
from .frame_cues import (aside_end, cue_in, dash_aside, dash_byline, name_before_colon, not_its_cue, possessor_intro,
                         role_before_colon, says_its_own, speech_edge_before_dash, speech_noun_intro, stance_before_dash, subordinated,
                         verb_before_comma)


_FRAME = 40  # tokens looked at on each side of a quotation for its cue


def embedded(text: str, q: Quoted) -> bool:
    """A quoted fragment inside a sentence ("…are “extremely strong.”") rather than speech
    standing on its own."""
    if q.continued:
        return False
    i = q.start - 1
    while i >= 0 and text[i] in " \t\u00a0\u2009\u202f\u200b\u200e\u200f\u202a\u202b\u202c\ufeff":  # a no-break space is a space too, an invisible mark nothing
        i -= 1
    before = text[i] if i >= 0 else "\n"
    if len(q.content.split()) <= _LIST_ITEM_WORDS and _list_item(text, q.start):
        return True
    if i < 0 or before in "\n:,—–-([":
        return False
    if before == ")" and _after_parenthesis_after_quote(text, i):
        return False  # “The old order” (for all its faults) “has gone”: the quotation goes on
    if before in ".!?\u201d\"'":
        return False
    return True


# What stands between two quotations of one speaker joined after the cue: "“A,” the minister
# said, and “B.”" (the comma inside the first marks, or after them in British typography)
_CUE_THEN_AND = re.compile(r",?\s+[^\n\"\u201c\u201d\u2018\u2019.!?:;]{2,60}?,\s+(?:and|but)\s+")


def after_cue_and(text: str, quoted: list[Quoted], q: Quoted) -> bool:
    """A quotation after "and" or "but" that follows the cue of the quotation before it: in
    "“The deal needs checks,” the minister said, and “real penalties for any breach.”" the
    second is more of the minister's words, set off as the first is, not a fragment of the
    narration."""
    prev = next((p for p in reversed(quoted) if p.end <= q.start), None)
    if prev is None or "\n" in text[prev.end:q.start]:
        return False
    gap = text[prev.end:q.start]
    if not (prev.content.rstrip().endswith(",") or gap.startswith(",")):
        return False
    return _CUE_THEN_AND.fullmatch(gap) is not None


def _after_parenthesis_after_quote(text: str, close: int) -> bool:
    """The parenthesis closing at ``close`` stands right after a closing quotation mark, on
    one line: a writer's aside set into the speaker's sentence, not a clause of their own."""
    open_at = text.rfind("(", max(0, close - 100), close)
    if open_at == -1 or any(c in text[open_at + 1:close] for c in "\n()\"\u201c\u201d"):
        return False
    j = open_at - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j >= 0 and text[j] in "\u201d\""


# The link between two quoted items of one list: “Jobs First,” “Safe Streets,” and, yes, “Common
# Sense.”; a "radio clown," but also a "showman"; "gorrones" ("freeloaders"). A closing mark
# after words that do not end a sentence, then at most a comma, a conjunction (with "yes" or an
# article) or a parenthesis before the next opening mark.
_LIST_LINK = re.compile(r"[^.!?\s\"\u201c\u201d]\s*[\u201d\"]\s*,?\s*"
                        r"(?:(?:and|or|nor|but(?: also)?)\b,?\s*(?:yes,\s*)?(?:(?:an?|the)\s+)?)?\(?\s*$")


# An item of such a list is a word or a phrase; a clause after "and," (“…, folks,” and, “Is there
# anyone here who …?”) is a second utterance.
_LIST_ITEM_WORDS = 5


def _list_item(text: str, start: int) -> bool:
    """A quotation that goes on a list of quoted items (the words after the first mark of the
    list): an item of the phrase the first one is part of, not speech standing on its own,
    though a comma or a closing mark stands before it."""
    return _LIST_LINK.search(text, max(0, start - 40), start) is not None


def utterance(text: str, q: Quoted) -> bool:
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


def after_speech_verb(doc: Doc, q: Quoted, body: bool = False) -> bool:
    """True when the word right before an opening mark is a speech verb ("says “…”"); in
    the ``body``, not one that names or addresses its object; nor a verb whose quoted words
    modify the noun after the marks ("slams ‘absurd’ tariffs": ``_modifies_next``)."""
    verb = _word_before(doc, q)
    return verb is not None and speech_word(verb) and not (body and verb.lemma_.lower() in _NAMING) \
        and not (verb.pos_ == "VERB" and _modifies_next(doc, q))


def _word_before(doc: Doc, q: Quoted) -> Token | None:
    """The token right before the opening mark of ``q``, None at the document's start."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return doc[span.start - 1] if span is not None and span.start > 0 else None


def _modifies_next(doc: Doc, q: Quoted) -> bool:
    """The quoted words are a modifier of the noun right after the closing mark ("slams
    ‘absurd’ tariffs", "decries ‘illegal’ strike"): a word of the verb's object, not the words
    said on their own; the report of that object holds them (when the parse reads the verb as
    one: a headline's verb read as a plural noun reports nothing)."""
    inner = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
    if inner is None:
        return False
    inside = {t.i for t in inner}
    tops = [t for t in inner if t.head.i not in inside and not (t.is_punct or t.is_space)]
    return bool(tops) and all(t.dep_ in ("amod", "compound", "nmod") and t.head.i >= inner.end
                              and t.head.pos_ in ("NOUN", "PROPN") for t in tops)


def exclamation(doc: Doc, q: Quoted) -> bool:
    """One capitalised word closed by its own "!" or "?" right after a speech verb with a
    subject of its own ("Nina Brandt shouted “Resign!” and walked out"): a whole utterance,
    though ``utterance`` wants two words and the parse reads the word as an adverb or a name.
    A verb with no subject of its own is one only in a pseudo-cleft ("all she could do was
    shout “…!”", ``_cleft_doer``); the frames find whose words they are."""
    words = q.content.split()
    if len(words) != 1 or not words[0][:1].isupper() or not q.content.rstrip().endswith(("!", "?")) \
            or not any(c.isalpha() for c in words[0]):
        return False
    verb = _word_before(doc, q)
    return verb is not None and verb.pos_ == "VERB" and after_speech_verb(doc, q, body=True) \
        and (any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) or _cleft_doer(verb))


def _cleft_doer(verb: Token) -> bool:
    """"All she could do was shout …", "What he did was yell …": the verb completes "was"
    whose subject is a clause of "do" with a doer of its own, who is the one speaking."""
    be = verb.head
    if verb.dep_ != "xcomp" or be.lemma_.lower() != "be" or be.i > verb.i:
        return False
    return any(cleft_doer(c) is not None for c in be.children if c.dep_ in ("nsubj", "csubj") and c.i < be.i)


# The verbs after which a short lower-case quotation closing its own sentence is the words
# said ("Reyes said “not yet.”"): verbs of speaking or answering, not of writing or reading
# (whose short quoted object may be a title) nor of naming (whose object is a label).
_SHORT_REPLY_VERBS = frozenset("say shout yell scream whisper reply answer respond add".split())


def short_reply(doc: Doc, q: Quoted) -> bool:
    """A short quotation in lower case (two or three words) whose words end their sentence,
    right after a verb of speaking whose subject is a named person or a personal pronoun:
    "Tom Reyes said “not yet.”" is his answer, though ``utterance`` wants a capital or four
    words. A scare quote ("engaging in a “freak out.”") has no speech verb right before it, a
    title ("wrote “the end.”") no verb of speaking, and a label no speaker."""
    words = q.content.split()
    if not 2 <= len(words) <= 3 or not words[0][:1].islower() or not q.content.rstrip().endswith((".", "!", "?")):
        return False
    verb = _word_before(doc, q)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _SHORT_REPLY_VERBS or not speech_word(verb):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subj is not None and (subj.pos_ == "PROPN" or subj.lower_ in SPEAKER_PRONOUNS)


# The dependencies by which a quotation right after its verb is that verb's object, the words
# said ("said “Boeing” five times", "chanting “no deal, no work”", "cautioned “let's wait,”").
_OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp"})
# The verbs whose object is the very words, even a quoted phrase with no verb ("said “no
# comment”", "chanting “no contract, no keys”"); after the others a quoted phrase is a topic.
# ("read" only of a written thing, ``drafts.speech_word``: a sign that read “Farmers 4 Lee”)
_UTTERING = frozenset("say chant shout yell scream whisper repeat read".split())


# The link between two coordinated quotations of one act ("chanted “A” and “B”", "shouted “A,”
# “B” or “C”"): a comma at most, then a conjunction; or a comma alone between the items before
# the last one.
_AND_LINK = re.compile(r"\s*,?\s*(?:and|or)\s+")
_COMMA_LINK = re.compile(r"\s*,?\s*")


def coordinated(text: str, quoted: list[Quoted], q: Quoted) -> list[Quoted]:
    """The quotations coordinated after ``q`` in one series that a conjunction closes: “A” and
    “B”, “A,” “B” and “C”; none when no conjunction comes (“A.” “B.” are two utterances) or
    an item before the last ends a sentence of its own."""
    out: list[Quoted] = []
    last = q
    for nxt in quoted:
        if nxt.start < last.end:
            continue
        gap = text[last.end:nxt.start]
        if "\n" in gap or not last.closed or not nxt.closed:
            return []
        if _AND_LINK.fullmatch(gap):
            return out + [nxt]
        if not _COMMA_LINK.fullmatch(gap) or last.content.rstrip().endswith((".", "!", "?")) \
                or "," not in gap and not last.content.rstrip().endswith(","):
            return []
        out.append(nxt)
        last = nxt
    return []


def spoken_object(doc: Doc, q: Quoted, series: Quoted | None = None) -> bool:
    """A quotation right after a speech verb that the parse makes that verb's object: the words
    said, however short or lower-case ("Dunn said “Boeing” five times", "workers gathered,
    chanting “no deal, no work”"). Not after a verb whose object is a label or a topic
    ("criticized “Obamacare”", "called “The Way”": the reported forms read those), nor a
    quotation that is the subject of a clause going on after it ('said “New York values” were').
    With a ``series`` (the last quotation coordinated after it: "chanted “A” and “B”") the words
    going on are looked for past that one, and a clause its conjunction subordinates ("… as they
    marched") is the frame's: a series of quoted items is words, not a clause going on."""
    span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    last = doc.char_span(series.inner_start, series.inner_end, alignment_mode="expand") if series else None
    end = span.end if last is None else last.end
    verb = doc[span.start - 1]
    if verb.is_quote:
        verb = doc[span.start - 2]
    if not speech_word(verb) or verb.lemma_.lower() in OBJECT_CUES or verb.lemma_.lower() in _NAMING \
            or "\n" in verb.whitespace_:
        return False
    if verb.dep_ == "ccomp" and speech_word(verb.head):
        return False  # "sources said he said “no more delays” to officials": the outer report holds it
    if any(c.dep_ in ("ccomp", "xcomp") and c.i >= end or c.lower_ == "according" for c in verb.children):
        # 'suggesting “Trumpization” in the form of … had started': the clause goes on without
        # its subject, which the marks hold; "threatening “a lawsuit,” according to the
        # letter": the sentence is the letter's report
        return False
    inside = {t.i for t in span}
    tops = [t for t in span if t.head.i not in inside and not (t.is_punct or t.is_space)]
    if not tops or tops[0].head.i != verb.i or tops[0].dep_ not in _OBJECT_DEPS \
            or any(t.dep_ in ("nsubj", "nsubjpass") for t in tops):
        return False
    if tops[0].pos_ not in ("VERB", "AUX") and verb.lemma_.lower() not in _UTTERING:
        return False  # 'noted “steady progress” on the bridge': a quoted phrase is what was noted, a topic
    # the quoted clause ends with the marks: in 'said “it gets me mad” every time he …' or
    # 'says “the wind is at our backs” despite the loss' it goes on past them, and the report
    # reads it whole (a word hung on a quoted phrase, 'said “no comment” twice', is the reporter's)
    # (the closing mark the parse hangs on the quoted verb is no word going on past it)
    framed = set() if last is None else {t.i for c in doc[end:span.sent.end] if c.dep_ == "advcl"
                                         and any(m.dep_ == "mark" for m in c.children) for t in c.subtree}
    return not any(t.i >= end and not t.is_punct and t.i not in framed
                   and (t.pos_ in ("VERB", "AUX") or t.head.i in inside and t.head.pos_ in ("VERB", "AUX"))
                   for top in tops for t in top.subtree)


def _frame_after(doc: Doc, start_tok: int, in_quote: set[int]) -> list[Token]:
    out: list[Token] = []
    for tok in doc[start_tok: start_tok + _FRAME]:
        if tok.i in in_quote or "\n" in tok.text:
            break
        out.append(tok)
        if tok.text in ENDS or "\n" in tok.whitespace_:
            break
    return out


def _frame_before(doc: Doc, end_tok: int, in_quote: set[int]) -> list[Token]:
    out: list[Token] = []
    for tok in reversed(doc[max(0, end_tok - _FRAME): end_tok]):
        if tok.i in in_quote or tok.text in ENDS or "\n" in tok.text or "\n" in tok.whitespace_:
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


def _time_or_place_intro(before: list[Token]) -> bool:
    """A colon intro that is only a phrase of time or place ("Then, later that month on CNN:",
    "And on Tuesday, in Reno:"): no verb, no one named speaking; the speaker is the one the
    text has been quoting, found as for a quotation with no cue at all."""
    words = [t for t in before[:-1] if not (t.is_punct or t.is_space)]
    if not words or before[-1].text != ":" or words[0].pos_ not in ("ADV", "ADP", "CCONJ"):
        return False
    first = before[0]
    if first.i > 0 and first.i != first.sent.start and "\n" not in first.doc[first.i - 1].text_with_ws:
        return False  # (a sentence of its own: '"…," by Variety's Ann Roe: "…"' is a byline)
    return not any(t.pos_ in ("VERB", "AUX") or t.dep_ == "poss" or t.ent_type_ == "PERSON" for t in words)


def _participle_before_comma(before: list[Token], in_quote: set[int]) -> tuple[Token, Token] | None:
    """(participle, subject) when the frame before ends "…, chiding him, “": a participle set
    off by commas, its clause running up to the comma that opens the quotation, whatever the
    verb; the subject of the clause it hangs on speaks ("Roe clashed with Lee, chiding him, “…”")."""
    if len(before) < 4 or before[-1].text != ",":
        return None
    last = before[-2]
    for verb in reversed(before[:-1]):
        if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.right_edge.i == last.i \
                and verb.left_edge.i == verb.i and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
            subj = clause_subject_before(verb, in_quote)
            return (verb, subj) if subj is not None else None
    return None


_TIME_MARKS = {"when", "as", "after", "once", "while"}


def _said_in_time_clause(before: list[Token]) -> bool:
    """The frame before ends "When X shouted,": a speech verb with its own subject in a clause
    of time set before the main one. What follows the comma is what X shouted; the main
    clause after the quotation is the reply, with a cue of its own."""
    if len(before) < 3 or before[-1].text != ",":
        return False
    verb = before[-2]
    # (the small model often makes the "when" clause the root, the main clause hung on it)
    mark = verb.left_edge
    return speech_word(verb) and mark.lower_ in _TIME_MARKS and mark.head.i == verb.i \
        and mark.dep_ in ("advmod", "mark") and any(c.dep_ == "nsubj" for c in verb.children)


def _object_of_verb_before(doc: Doc, start: int) -> bool:
    """The quotation follows a verb with nothing between ("chanted “…”", "read “…”"): it is
    that verb's object, a passage inside the sentence, never a transcript's turn, which opens
    its paragraph or follows a colon or a sentence's end."""
    i = start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i >= 0 and doc[i].pos_ in ("VERB", "AUX") and "\n" not in doc[i].whitespace_


def _split_opener(doc: Doc, verb: Token, open_tok: int, q: Quoted, in_quote: set[int]) -> Span | None:
    """The start of the quoted sentence set before its cue: "But, he said, “…”" (a conjunction
    joining the quotation to what came before), "The new budget, an aide said, “is …”" (the
    subject of a quotation that opens on its verb). The sentence runs: opener, comma, the cue
    with its speaker, comma, quotation; an adverbial of the telling ("On Monday, he said, “…”",
    "Still, she added, “…”") is the reporter's, not the speaker's, and stays out."""
    sent = verb.sent
    if not sent.start < verb.i < open_tok or doc[open_tok - 1].text != ",":
        return None
    commas = [t.i for t in doc[sent.start:open_tok - 1] if t.text == ","]
    if len(commas) != 1:
        return None  # "Of Smith, Lee, who knows him, said, “…”": an aside makes it another frame
    opener = [t for t in doc[sent.start:commas[0]] if not t.is_space]
    telling = doc[commas[0] + 1:open_tok - 1]
    if not opener or not len(telling) or any(t.i in in_quote or t.is_quote for t in opener) \
            or verb.i not in {t.i for t in telling}:
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in telling):
        return None  # "But, when he spoke, he said, “…”": more than the cue and its speaker
    inner = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
    first = next((t for t in inner if not t.is_punct and not t.is_space), None) if inner is not None else None
    conjunction = len(opener) == 1 and opener[0].pos_ == "CCONJ"  # "But, he said, “…”"
    # "The new budget, an aide said, “is the best we could get”": the quotation's subject
    subject = first is not None and first.text[:1].islower() and first.pos_ in ("AUX", "VERB") \
        and first.tag_ != "VBG" and len(opener) <= 6 \
        and all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART") for t in opener) \
        and any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in opener)
    if not (conjunction or subject):
        return None
    return Span.of(doc.text, opener[0].idx, opener[-1].idx + len(opener[-1]))


def _cue_before_first(doc: Doc, q: Quoted, before: list[Token], after: list[Token], intro: str,
                      content_end: str) -> bool:
    """Whether the cue is looked for before the quotation first: after a colon or a comma that
    opens it, or a speech word right before it, unless a comma in the quotation hands it on to a
    cue after it ("“…,” she said"); a clause that goes on past the quotation ("Park said, “…,”
    and Lee disagreed") keeps it before, a question going on in lower case ("“…?” a reporter
    can be heard asking") takes it after."""
    before_first = intro in (":", ",") and not content_end.endswith(",") or \
        (before and speech_word(before[-1]) and not content_end.endswith(","))
    if content_end.endswith(",") and spoken_object(doc, q):
        before_first = True  # "Rivera cautioned “let's wait,” before voting": the verb before it said it
    if intro == "," and content_end.endswith(",") and _said_in_time_clause(before):
        before_first = True  # "When a man shouted, “…,” Lee joked, “…”": the man shouted it
    words_after = [t for t in after if not t.is_punct and not t.is_space]
    words_before = [t for t in before if not t.is_punct and not t.is_space]
    if intro in (",", ":") and content_end.endswith(",") and words_after and words_after[0].lower_ in ("and", "but") \
            and words_before and speech_word(words_before[-1]):
        before_first = True  # "Park said, “…,” and Lee disagreed": the sentence goes on to another act
    if content_end.endswith(("?", "!")) and words_after and words_after[0].text[:1].islower() \
            and words_after[0].pos_ in ("DET", "PRON", "NOUN", "PROPN", "VERB"):
        # “…?” a reporter can be heard asking: the sentence goes on past the mark, in lower
        # case, with its own cue; the colon before ("NBC News has proof:") only introduced it
        before_first = False
    return before_first


def _lead_speaker(before: list[Token]) -> Token | None:
    """"Lee fired back: “…”", "Lee responded:", "Lee said “…”": the named subject of a speech
    verb (or of a retort with "back") that ends the frame right before the quotation or its
    colon."""
    words = [t for t in before if not t.is_punct and not t.is_space]
    if not words or before[-1].text not in (":", ",") and before[-1].i != words[-1].i:
        return None
    verb = words[-1]
    if verb.lower_ == "back" and verb.head.pos_ == "VERB" and verb.head.i == verb.i - 1:
        verb = verb.head
        if verb.lemma_.lower() not in BACK_RETORTS:
            return None
    elif not speech_word(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is not None and subj.pos_ == "NOUN" and not subj.text[:1].isupper():
        # "Her aide, Tom Bell, shot back: “…,” he said": the name set beside a role names it
        subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN") or not subj.text[:1].isupper():
        return None
    return subj


def _frame_speaker(doc: Doc, verb: Token, lemma: str, side: str, intro: str, qspan: SpacySpan,
                   in_quote: set[int], index: EntityIndex) -> Token | None:
    """The token of who speaks by the cue ``verb`` found on ``side`` of a quotation: the word
    before a verb parsed as a noun, the speaker past a clause set between, an inverted subject,
    the cue's own subject, the subject of the clause before a loose verb, the object a colon
    hands the quotation to, the one whose words for a mood they are."""
    subj = None
    if side == "after" and verb.pos_ in ("NOUN", "PROPN"):
        # "“…,” the document states": a verb the parse took for a noun, whose subject it
        # took for that noun's modifier; the word before it speaks
        subj = doc[verb.i - 1]
    if subj is None and side == "after" and verb.i > qspan.end and verb.lower_ != "according":
        # (past a clause set between them: "“…,” since most cases were close, said Roe")
        subj = between_speaker(doc, aside_end(doc, qspan.end, verb), verb, in_quote, index.layout)
    if subj is None and side == "after" and verb.i > qspan.end and not word_count(list(doc[qspan.end:verb.i])):
        subj = inverted_subject(verb, in_quote)
    if subj is None:
        subj = speaker_token(verb, in_quote, quotation=True)
    if subj is None and side == "before" and lemma != ":" and (
            intro == ":" or verb.tag_ == "VBG" and verb.i > 0 and doc[verb.i - 1].text == ","):
        # "Holt, exasperated, famously responded: “…”", "…, telling the crowd, “…”" with
        # the verb parsed loose (into the quotation): whom the clause before is about says it
        subj = clause_subject_before(verb, in_quote)
    if side == "before" and intro == ":" and not speech_word(verb) \
            and (obj := colon_object(verb, subj, in_quote)) is not None:
        subj = obj  # "The delay doesn't surprise pollster Mia Lund: “…”": Lund speaks
    if side == "before" and (outer := imagined_by(verb)) is not None and fits(outer, verb, in_quote):
        subj = outer  # "Lee said he felt they were saying, ‘…’": Lee's words for a mood
    return subj


def direct_quote(doc: Doc, q: Quoted, in_quote: set[int], index: EntityIndex, paras: list[int]) -> Draft:
    """The draft of a quoted passage with the cue its frame holds, read in this order: a
    transcript turn, a dash byline, an introduction before it (a signature, a speech noun, a
    verb before a colon), a speech cue on either side, the frame's own verb."""
    text = index.text
    content = Span.of(text, q.inner_start, q.inner_end)
    draft = Draft("direct", [content], "none", para=paragraph_at(paras, q.start), quoted=[q])
    qspan = doc.char_span(q.start, q.end, alignment_mode="expand")
    if qspan is None:
        return draft
    if _transcript_turn(doc, q, qspan, draft, text):
        return draft
    after = _frame_after(doc, qspan.end, in_quote)
    byline = dash_byline(doc, q, qspan.end, in_quote, index.layout)
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
    content_end = q.content.rstrip() + ("," if comma_after(text, q.end) else "")
    before_first = _cue_before_first(doc, q, before, after, intro, content_end)
    if _introduced(doc, draft, before, after, intro, before_first, in_quote, index):
        return draft
    frames = [("before", before), ("after", after)] if before_first else [("after", after), ("before", before)]
    aside = dash_aside(before, after)
    if aside:
        # "Lee lamented the delays - “why now?” - and voters agreed": a quotation set off by
        # dashes is an aside on the clause before it; the clause after has its own business
        frames = [("before", before)]
    _speech_cue(doc, draft, frames, q, qspan, after, intro, content_end, in_quote, index)
    if draft.origin == "before" and intro == "," and draft.verb is not None \
            and (opener := _split_opener(doc, draft.verb, qspan.start, q, in_quote)) is not None:
        draft.contents.insert(0, opener)  # "But, he said, “…”": the quotation's first word, cut off by its cue
    if draft.origin == "after" and draft.subj is not None and draft.subj.lower_ in SPEAKER_PRONOUNS \
            and (lead := _lead_speaker(before)) is not None:
        # "Lee fired back: “…,” she wrote, “…”", "Lee said “…,” she said": the pronoun only
        # goes on with the one the speech verb before names, a source as much as the pronoun
        draft.lead = lead
    if draft.cue is None:
        _frame_cue(doc, draft, q, qspan, before, after, intro, aside, in_quote)
    if draft.subj is None and draft.cue is not None and draft.cue.lemma == ":":
        draft.subj = name_before_colon(before, index) or possessor_intro(before, in_quote) or here_is(before) \
            or role_before_colon(before)
        if draft.subj is None and _time_or_place_intro(before):
            draft.cue = None  # "Then, later that month on CNN: “…”": whoever spoke last goes on
    draft.reported_by = outlet(before + after, index)
    return draft


def _transcript_turn(doc: Doc, q: Quoted, qspan: SpacySpan, draft: Draft, text: str) -> bool:
    """A transcript's turn inside the marks, “PENCE: Well, look, …”: the name before the colon
    speaks the words after it. Sets ``draft``; False when the passage is no turn."""
    m = TRANSCRIPT.match(q.content) or named_turn(doc, q)
    if m and _object_of_verb_before(doc, qspan.start):
        m = None  # "protesters chanted “Ann Lee: bad for Ohio”": the chant names its target, no turn
    if not (m and any(c.islower() for c in q.content[m.end():m.end() + 40])):
        return False
    name_end = q.inner_start + m.end(1)
    name = doc.char_span(q.inner_start + m.start(1), name_end, alignment_mode="expand")
    if name is None:
        return False
    draft.contents = [Span.of(text, q.inner_start + m.end(), q.inner_end)]
    draft.cue = Cue(name_end, name_end + 1, ":", ":")
    draft.subj, draft.origin = name.root, "transcript"
    draft.after_end = q.end
    return True


def _introduced(doc: Doc, draft: Draft, before: list[Token], after: list[Token], intro: str,
                before_first: bool, in_quote: set[int], index: EntityIndex) -> bool:
    """The words before a quotation introduce it without a speech verb: a signature before a
    colon, a speech noun ("his remark that, “…”"), a subject and any verb before a colon ("…, to
    which O'Malley interjected: “…”"). Sets ``draft``; False when none does."""
    sig = signature_before(before, index) if intro in (":", "):") else None
    if sig is not None:
        # "Ann Lee, Twitter: “…”", "Ivo Brandt (Green Party): “…”": the signature speaks
        colon = before[-1].idx + len(before[-1].text) - 1
        draft.cue = Cue(colon, colon + 1, ":", ":")
        draft.subj, draft.origin = sig.head, "signature"
        if sig.first is not None and index.at(sig.head) is None:
            index.add(doc[sig.first.i:sig.head.i + 1], "person")  # "Ana Ruiz, 34, nurse:": a person
        draft.reported_by = outlet_of(doc, sig.outlet, index) or outlet(before + after, index)
        return True
    if before_first and (said := speech_noun_intro(before, in_quote)) is not None:
        # "after her comment that, “…”", "angered by his remark: “…”": the noun names the
        # words that follow, its possessor said them
        noun, draft.subj = said
        draft.cue = Cue(noun.idx, noun.idx + len(noun), noun.text, noun.lemma_.lower())
        draft.cue_token, draft.origin = noun.i, "before"
        draft.reported_by = outlet(before + after, index)
        return True
    if before_first and intro == ":" and (hit := verb_before_comma(before, in_quote, relative=True)) is not None \
            and not speech_word(hit[0]) and not subordinated(hit[0]):
        # (only when no cue follows: in "Lee arrived on Monday: “…,” the aide said" the aide speaks)
        # "…, to which O'Malley interjected: “…”": the subject and verb right before the colon
        # are the cue, whatever the verb, not a speech verb earlier in the sentence
        verb, subj = hit
        _take_verb_cue(draft, verb, subj, "colon")
        draft.reported_by = outlet(before + after, index)
        return True
    return False


def _take_verb_cue(draft: Draft, verb: Token, subj: Token | None, origin: str) -> None:
    """Sets ``draft``'s cue to ``verb`` alone, said by ``subj`` (the rules that find a verb, not
    a speech word's span, as the cue)."""
    draft.cue = Cue(verb.idx, verb.idx + len(verb), verb.text, verb.lemma_.lower())
    draft.cue_token, draft.subj, draft.verb, draft.origin = verb.i, subj, verb, origin


def _speech_cue(doc: Doc, draft: Draft, frames: list[tuple[str, list[Token]]], q: Quoted, qspan: SpacySpan,
                after: list[Token], intro: str, content_end: str, in_quote: set[int], index: EntityIndex) -> None:
    """The first speech cue, with its speaker, in the frames on either side of a quotation (in
    the order given), outside any quoted fragment; one that hands the quotation on, starts a
    new sentence of its own or is not its cue is passed over. Sets ``draft``'s cue, if any."""
    for side, frame in frames:
        anywhere = getattr(in_quote, "anywhere", in_quote)
        # a speech word inside a quoted fragment ("China was “willing to continue …”") is
        # part of what was said, never its cue
        cue = cue_in([t for t in frame if t.i not in anywhere], side, colon_intro=side == "before" and intro == ":")
        if cue is None:
            continue
        verb, cue_span, lemma = cue
        if side == "before" and intro == ":" and content_end.endswith(",") and not speech_word(verb) \
                and frame_verb(doc, qspan.start, qspan.end, q.content, after, lambda t, v: fits(t, v, in_quote)):
            continue  # "Then came the cheer: “…,” exhorted Lee": the comma hands the quotation on to its cue
        if side == "after" and content_end.endswith(".") and says_its_own(verb):
            continue  # “… everywhere.” Greene added that the Fed …: a new sentence with its own content
        if side == "after" and not_its_cue(doc, qspan, verb, content_end):
            continue
        subj = _frame_speaker(doc, verb, lemma, side, intro, qspan, in_quote, index)
        if subj is None and lemma != ":" and not asked_passive(verb):
            continue  # ("was asked, “…”" keeps its cue with nobody named asking)
        draft.cue = Cue(cue_span.start, cue_span.end, cue_span.text, lemma)
        draft.cue_token, draft.subj, draft.verb = verb.i, subj, verb
        draft.origin = "colon" if side == "before" and intro == ":" else side
        if side == "after":
            draft.after_end = max(draft.after_end, cue_span.end)
        break


def _frame_cue(doc: Doc, draft: Draft, q: Quoted, qspan: SpacySpan, before: list[Token], after: list[Token],
               intro: str, aside: bool, in_quote: set[int]) -> None:
    """With no speech cue: the verb of the quotation's frame, whatever it is ("“…,” the mayor
    barked"; not past an aside's closing dash), else a subject and verb right before the comma
    that opens it ("Hilda shot back, “…”"). Sets ``draft``'s cue, if any."""
    if not aside:
        # (not past an aside's closing dash: "Lee finished — “…!” — and the confetti fell")
        hit = frame_verb(doc, qspan.start, qspan.end, q.content, after, lambda t, v: fits(t, v, in_quote))
        if hit is not None:
            verb, subj = hit
            _take_verb_cue(draft, verb, subj, "frame")
            draft.after_end = max(draft.after_end, verb.idx + len(verb))
    if draft.cue is None and not aside and before and is_dash(before[-1]) \
            and (q.content.rstrip().endswith((".", "!", "?")) or after and after[0].text in (".", "!", "?")) \
            and (hit := stance_before_dash(before, in_quote)) is not None:
        # "Ruiz defended the cuts -- “We had no choice.”": the quotation ending the sentence
        # after the dash is the stance the clause before it took, its subject's words
        verb, subj = hit
        _take_verb_cue(draft, verb, subj, "before")
    if draft.cue is None and aside and (hit := speech_edge_before_dash(before, in_quote)) is not None:
        # "When Lee finally wrapped up — “…!” — the balloons fell": the speech ended (or begun)
        # before the dash is the quotation; the clause after it has its own business
        verb, subj = hit
        _take_verb_cue(draft, verb, subj, "before")
    if draft.cue is None and intro == ",":
        # "the singer croons, “…”": a subject and its verb right before the comma that opens
        # the quotation, whatever the verb
        hit = verb_before_comma(before, in_quote) or _participle_before_comma(before, in_quote)
        if hit is not None:
            verb, subj = hit
            _take_verb_cue(draft, verb, subj, "frame")
