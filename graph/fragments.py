"""Verbatim fragments: the speaker's own words quoted inside a paraphrase.

A mixed quote ("she said lifting the embargo would be “irresponsible”") is the reporter's
paraphrase with the speaker's words set in quotation marks; a reader wants to tell the two
apart. The fragments are the quoted passages of the document that fall inside the quote's
contents, cut to the contents when a mark stands just outside them, without the marks and the
punctuation that belongs to the reporter's sentence.

>>> from quotegraph.model import Span
>>> from quotegraph.quotes import find_quoted
>>> text = 'She said the plan was “dead on arrival” and “a waste of time.”'
>>> content = Span.of(text, 9, len(text))
>>> [f.text for f in verbatim_fragments(text, [content], find_quoted(text))]
['dead on arrival', 'a waste of time']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable, Sequence

from spacy.tokens import Doc, Token

from .cues import APPEAL_CUES, LIGHT_VERBS, OBJECT_CUES, is_speech_verb
from .model import Span
from .quotes import QUOTE_MARKS, Quoted
from .speaker_words import stranded_subject

# What stands at a fragment's edge without being the speaker's: spaces, marks, and the
# punctuation a reporter's sentence puts after the closing word ("was “dead.”").
_EDGE = set(" \t\n\u00a0") | set(QUOTE_MARKS) | set(".,;:")


def verbatim_fragments(text: str, contents: Sequence[Span], quoted: Sequence[Quoted]) -> tuple[Span, ...]:
    """The quoted passages inside ``contents`` (``quoted`` sorted by start, as ``find_quoted``
    gives them), in text order, each cut to the content it stands in."""
    starts = [q.inner_start for q in quoted]
    out: list[Span] = []
    for c in contents:
        # passages opening before the content may still reach into it: step back over them
        k = max(0, bisect_left(starts, c.start) - 1)
        while k < len(quoted) and quoted[k].inner_start < c.end:
            q = quoted[k]
            k += 1
            a, b = max(q.inner_start, c.start), min(q.inner_end, c.end)
            if (a, b) == (c.start, c.end) and q.inner_start <= c.start and q.inner_end >= c.end \
                    and len(contents) == 1:
                # the whole content is quoted: a direct quote, no fragment of a paraphrase (one
                # half of a mixed quote split by its cue is still verbatim words of it)
                continue
            span = _trimmed(text, a, b)
            if span is not None and (not out or out[-1].end <= span.start):
                out.append(span)
    return tuple(out)


def whole_quotations(text: str, contents: Sequence[Span], quoted: Sequence[Quoted]) -> tuple[Span, ...] | None:
    """The quoted passages that ``contents`` are, one for one, or None when any content is
    more than a quotation. A cue's object or prepositional phrase can be wholly quoted
    ("described it as “news to me.”", "accused them of “breaking every promise.”"); the parse
    often hangs a closing mark on the verb, so the content loses one mark or both and reads as
    a paraphrase. Such a content is the speaker's words throughout: a direct quote, its
    content the words inside the marks, as a direct quote's is."""
    starts = [q.start for q in quoted]
    out: list[Span] = []
    for c in contents:
        k = bisect_left(starts, c.start + 1) - 1
        q = quoted[k] if k >= 0 else None
        if q is None or c.end > q.end or not _only_marks_between(text, q.inner_start, c.start) \
                or not _only_marks_between(text, c.end, q.inner_end):
            return None
        a, b = q.inner_start, q.inner_end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a >= b:
            return None
        out.append(Span.of(text, a, b))
    return tuple(out) if out else None


def _only_marks_between(text: str, a: int, b: int) -> bool:
    """No word between ``a`` and ``b`` (either order): only spaces, marks and punctuation."""
    return not re.search(r"\w", text[min(a, b):max(a, b)])


def passage_rest(text: str, content: Span, quoted: Sequence[Quoted]) -> Span | None:
    """The rest of a quoted passage that opens inside a paraphrase and goes on past the
    sentence it stands in: in 'She said the plan was "a disaster. It will cost jobs."' the
    clause stops at "disaster", and "It will cost jobs." is the speaker's own words too. None when the passage closes within the content, or
    what is left is not a sentence of its own (capitalised, two words or more)."""
    for q in quoted:
        if not content.start <= q.inner_start < content.end < q.inner_end:
            continue
        if q.content.rstrip().endswith(","):
            return None  # '"… . It hurts," he said': the rest hands over to a cue of its own
        a = content.end
        while a < q.inner_end and (text[a] in _EDGE or text[a] in "!?\u2026"):
            a += 1
        if a >= q.inner_end:
            return None
        if not text[a].isupper() or text[content.end:a].strip(" \t\u00a0") == "":
            # no sentence break: the parse cut the clause inside the quotation ('said he would
            # "bomb [the rebels] into the ground"' stopped at "bomb"); quoted words are one piece
            rest = text[content.end:q.inner_end]
            if "\n" in rest or not re.search(r"\w", rest):
                return None
            return Span.of(text, content.end, q.inner_end)
        if len(text[a:q.inner_end].split()) < 2:
            return None
        return Span.of(text, a, q.inner_end)
    return None


def _trimmed(text: str, a: int, b: int) -> Span | None:
    while a < b and text[a] in _EDGE:
        a += 1
    while b > a and text[b - 1] in _EDGE:
        b -= 1
    if not any(ch.isalnum() for ch in text[a:b]):
        return None
    return Span.of(text, a, b)


def quoted_object(verb: Token, in_quote: set[int]) -> bool:
    """True when a verb that can report words by its object ("decried “unilateral
    sanctions”", "decried the West for its “double standards”", "expressed concern over its “destabilizing actions”", "noted “good
    results”") has the speaker's own words quoted in that object: the quotation marks say
    the words are someone's, and the verb's subject is who said them."""
    lemma = verb.lemma_.lower()
    fragments = getattr(in_quote, "anywhere", set()) - set(in_quote)
    if not fragments:
        return False
    if lemma not in OBJECT_CUES and lemma not in LIGHT_VERBS and lemma not in _LABELLING:
        return _quoted_label(verb, fragments)
    said_by = has_own_subject(verb) or _trailing_participle(verb)
    for c in verb.children:
        # the object, its predicate ("called the plan “a disaster”", which the parse may give
        # as two predicates) or the reason or label hung on it ("decried the party for
        # “turning its back”", "hailed the vote as “historic”")
        takes = c.dep_ == "dobj" or said_by and (c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS
                                                 or _label_read_as_adverb(c, fragments))
        if takes and c.i > verb.i and any(t.i in fragments and not _reported_within(t, c) for t in c.subtree):
            return True
    return False


def _trailing_participle(verb: Token) -> bool:
    """"Lee celebrated with supporters, declaring it “…”": a participle clause set after its
    main clause has no subject of its own; the main clause's subject does what it says (unlike
    a participle hung on a noun: "a fund, called “…”")."""
    head = verb.head
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and head.i < verb.i and head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "nsubj" and c.i < head.i for c in head.children)


def _label_read_as_adverb(c: Token, fragments: set[int]) -> bool:
    """"declaring it “another super Tuesday for us”": a quoted label after the object that names a
    day or a time, which the parse takes for an adverb of the verb (npadvmod), is its predicate
    all the same: every word of it in the marks."""
    if c.dep_ != "npadvmod" or c.i < c.head.i or not any(g.dep_ == "dobj" and g.i < c.i for g in c.head.children):
        return False
    words = [t for t in c.subtree if not (t.is_punct or t.is_space)]
    return bool(words) and all(t.i in fragments for t in words)


def _quoted_label(verb: Token, fragments: set[int]) -> bool:
    """Any verb that sets its object down "as" something in quotation marks ("framed herself
    as the “candidate of the neighborhoods”", "sees the vote as a “referendum on the harbor”")
    reports how its subject put it: the frame "X V Y as “Z”" characterizes Y, and the marks say
    whose words Z are. A name or title in marks ("cast him as “The Hawk”", "hired her as
    “Head of Growth”", every word capitalised) labels nothing."""
    if verb.pos_ != "VERB" or not has_own_subject(verb) \
            or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i):
        # the "as" right after the object, on the verb or (a parse slip) on the object
        preps = [c for c in verb.children if c.dep_ == "prep" and c.i == obj.right_edge.i + 1] + list(obj.children)
        for p in preps:
            if p.dep_ != "prep" or p.lower_ != "as" or p.i < obj.i:
                continue
            if said_words(p.subtree, fragments):
                return True
    return False


def quoted_clause(verb: Token, in_quote: set[int]) -> bool:
    """A verb whose clause after it holds the speaker's words in quotation marks ("implied that
    the judge was “hostile”", "thinks the ferry should be a “top priority”", "found that the
    agency had been “grossly negligent”"): whatever the verb, a clause it reports with words set
    in marks is its subject's view in its subject's words. A name or title in marks (every word
    capitalised) is no such words."""
    fragments = getattr(in_quote, "anywhere", set()) - set(in_quote)
    doc = verb.doc
    if not fragments or verb.pos_ != "VERB" or verb.lemma_.lower() in ("be", "have") or verb.is_upper \
            or verb.i + 1 >= len(doc) or doc[verb.i + 1].text == "," or not has_own_subject(verb):
        # (a headline in capitals parses at random; "believes, he said, that …": the clause is
        # the aside's cue's report)
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is not None and subj.lemma_.lower() in _NO_VIEW_SUBJECTS:
        return False  # "It turns out …", "That means …", "One would require …": no one's view
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
        return False  # "if people think the issues will be …": a view supposed, held by no one
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i < verb.i \
                or any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1:c.left_edge.i]):
            continue
        if said_words(c.subtree, fragments):
            return True
    return False


def quoted_appeal(verb: Token, in_quote: set[int]) -> bool:
    """A verb of appeal with its object and an infinitive that holds words in quotation marks
    ("implored the opposition to “put the country first”", "challenged critics to “show a
    single piece of evidence”"): the marks say the act asked for is put in the appealer's own
    words, whatever the verb ("invited him to dinner" quotes no one)."""
    fragments = getattr(in_quote, "anywhere", set()) - set(in_quote)
    if not fragments or verb.pos_ != "VERB" or verb.lemma_.lower() not in APPEAL_CUES \
            or not has_own_subject(verb) or not any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children):
        return False
    return any(c.dep_ in ("xcomp", "advcl") and c.i > verb.i
               and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)
               and said_words(c.subtree, fragments) for c in verb.children)


def said_words(tokens: Iterable[Token], fragments: set[int]) -> bool:
    """Some of ``tokens`` (indexes in ``fragments``) stand in quotation marks, and they are words, not a name or a title
    (every word but the small ones capitalised: "“The Hawk”", "“Head of Growth”")."""
    words = [t for t in tokens if t.is_alpha and t.i in fragments]
    content = [t for t in words if not t.is_stop] or words
    return bool(words) and not all(t.text[0].isupper() for t in content)


# Subjects that hold no view: an empty "it", a thing pointed at, a number.
_NO_VIEW_SUBJECTS = frozenset("it that this which what one other there these those".split())


# Verbs that give a name: the quoted name is the namer's ("for calling himself the “king …”").
_NAMING = frozenset("call dub brand label term nickname".split())


def _reported_within(tok: Token, top: Token) -> bool:
    """Whether a verb of naming between ``tok`` and ``top`` reports ``tok`` itself: in "mocked
    Lee for calling himself the “king of debt”" the words are Lee's, whom "calling" reports,
    not the mocker's (but "expressed amusement that Lee had described it “…”" keeps the words
    the amused one's: a mocking echo)."""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if t.pos_ == "VERB" and t.lemma_.lower() in _NAMING:
            return True
        t = t.head
    return False


# Verbs that report words only when their object is quoted: "noted “good results”", "declared
# it “another super Tuesday”", "termed the deal “a betrayal”", "deemed it “unacceptable”",
# "pledged a “fresh start”", "bemoaned the “endless delays”", "mocked Lee for his “tiny
# plan”", "blamed the “reckless” council", "credited her for a “brave stand”" (but "declared a
# state of emergency", "noted the time", "pledged $5 million", "blamed the storm" report nothing).
_LABELLING = frozenset("note declare term deem pronounce pledge bemoan mock blame credit proclaim".split())


def has_own_subject(verb: Token) -> bool:
    """The verb names its doer as its subject ("Lee called the plan “a farce”"), unlike a
    participle naming a thing ("a stream called “Miracle Run”", "a box labelled “fragile”")."""
    doc = verb.doc
    if stranded_subject(verb) is not None:
        return True
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None and verb.dep_ == "conj" and verb.tag_ in _FINITE and verb.head.tag_ in _FINITE \
            and any(c.dep_ == "nsubj" and c.i < verb.head.i for c in verb.head.children):
        # "He mocked her accent, called her “second-rate” and left": a finite verb coordinated
        # with one that has its subject shares that subject (a participle naming a thing is
        # not finite: "a box, sealed and labelled “fragile”")
        return True
    if verb.i > 0 and doc[verb.i - 1].text == ",":
        # "his group, called “…”": an appositive participle; but in "what Ames, the party's
        # treasurer, called “…”" the comma closes an aside of the verb's own subject
        return subj is not None and _aside_closed(subj, verb)
    return subj is not None


_FINITE = ("VBD", "VBZ", "VBP")


def _aside_closed(subj: Token, verb: Token) -> bool:
    """The subject's apposition or relative clause runs up to the comma right before ``verb``."""
    return any(c.dep_ in ("appos", "relcl") for c in subj.children) \
        and max((t.i for t in subj.subtree if t.i < verb.i - 1), default=-1) == verb.i - 2


_OBJECT_PREPS = ("as", "for", "of")

# Works that carry a title: a quotation set after one ("her memoir, “Tough Choices.”") names it.
_WORK_NOUNS = ("book|memoir|novel|biography|film|movie|documentary|show|program|programme|podcast|series|"
               "episode|song|album|ad|advert|advertisement|commercial|column|essay|op-ed|play|musical|poem")
_AFTER_WORK = re.compile(rf"\b(?:{_WORK_NOUNS})s?,?\s*$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"[ \u00a0]([a-z]+)\b")  # "“Daily Show” host": the noun a title modifies
_TITLE_SMALL = frozenset("a an and as at but by for from in into is nor of on or the to vs with".split())


def _title_case(content: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’-]*", content)
    return bool(words) and words[0][0].isupper() and len(words) <= 12 \
        and all(w[0].isupper() for w in words if w.lower() not in _TITLE_SMALL)


def work_title(doc: Doc, q: Quoted) -> bool:
    """A quotation that is the title of a work, not words said: set after the work it names
    ("his new book, “Crippled Nation: How to Fix It,”", "One ad, “Balanced Rebellion,” stars …")
    or before a noun it modifies ("“Daily Show” host Trevor Noah"). Every word capitalised, as
    titles are; a sentence of speech after "in her book, “…”" is not."""
    if not _title_case(q.content):
        return False
    if _AFTER_WORK.search(doc.text[max(0, q.start - 40):q.start]):
        return True
    if q.content.rstrip()[-1:] in ".,!?;:":
        return False
    m = _NOUN_AFTER.match(doc.text, q.end)
    word = doc.char_span(m.start(1), m.end(1)) if m else None
    return word is not None and len(word) == 1 and word[0].pos_ == "NOUN"


def named_term(doc: Doc, q: Quoted) -> bool:
    """A short quotation that is the subject of the sentence it opens ("“Containment” has been
    policy since 1950", "“Non-paper” is a diplomatic term"): a word mentioned, not words said.
    Its head is a subject inside the marks, of a verb right after them; a sentence inside the
    marks ("“We won” …") or a comma after them ("“Never,” she said") is speech."""
    if len(re.findall(r"\w+", q.content)) > 3 or any(c in q.content for c in ".!?,:;"):
        return False
    inside = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
    if inside is None or not len(inside):
        return False
    k = inside.end
    while k < len(doc) and (doc[k].is_space or doc[k].idx < q.end):
        k += 1  # past the closing mark
    if k >= len(doc) or doc[k].pos_ not in ("VERB", "AUX") or doc[k].idx - q.end > 1:
        return False
    verb = doc[k] if doc[k].dep_ not in ("aux", "auxpass") else doc[k].head
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i for t in inside)


def relative_label(verb: Token, in_quote: set[int]) -> Token | None:
    """The quoted label of "what Lee called “a slow disaster”", "a plan which critics call “a
    gift to developers”", "Reyes, who (whom) Lee dubbed “…”": a labelling verb whose object is a
    relative word before it, and whose predicate after it stands in quotation marks, reports the
    subject's own words. A name set in marks ("what it called “The Open Way”", every word
    capitalised) names a thing, not words said. None when there is no such label."""
    if verb.lemma_.lower() not in ("call", "term", "dub", "brand", "label"):
        return None
    if not any(c.dep_ == "dobj" and c.i < verb.i and c.lower_ in ("what", "which", "that", "whom", "who")
               for c in verb.children) or not has_own_subject(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.lower_ in ("they", "this", "that", "which", "who"):
        return None
    if subj.lower_ == "it" and any(is_speech_verb(a.lemma_) or a.lemma_.lower() in OBJECT_CUES
                                   for a in verb.ancestors if a.pos_ == "VERB"):
        # "decried “…” and what it calls “…”": the label is one more part of the report it
        # stands in, which keeps it; on its own ("seeks … through what it calls “…”") a
        # group's words are its own report
        return None
    fragments = getattr(in_quote, "anywhere", set())
    for c in verb.children:
        if c.dep_ in ("oprd", "dobj", "attr") and c.i > verb.i:
            # (an article before the marks is the reporter's: what Lee called a “disaster”)
            words = [t for t in c.subtree if t.is_alpha and not (t.dep_ == "det" and t.i not in fragments)]
            # the label is the words in marks; a phrase after them ("… era” in his 1969 book")
            # says where it was called so, and is no reason to doubt it
            quoted = [t for t in words if t.i in fragments]
            if quoted and words[0].i in fragments and all(t.i in fragments for t in words if t.i <= quoted[-1].i):
                words = [t for t in words if t.i <= quoted[-1].i]
            if not words or not all(t.i in fragments for t in words):
                return None
            content_words = [t for t in words if not t.is_stop] or words
            if all(t.text[0].isupper() for t in content_words):
                return None  # a title or a name ("the Valley", "The Open Way")
            return c
    return None
