"""What a reported cue says, and whether it says anything: the content tokens without the
punctuation and conjunctions at their edges, clipped to the cue's paragraph and cut before a
trailing attribution of their own ("…, China said Tuesday", "…, according to Miller"); the
kind of a content (indirect, mixed when a quoted fragment stands in it, direct when the quoted
words are all of it); a cue reporting speech that did not happen (negated "would not say",
withheld "declined to comment", a question put "Asked whether …"); and a subject that cannot
speak through its verb (a report "says", but "reports threaten" are things).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..addressees.audience import CLOSING_QUOTES, OPENING_QUOTES
from ..cues import is_speech_verb
from ..entities import EntityIndex
from ..entities.datelines import after_dateline
from ..model import Span
from ..quotes import QUOTE_MARKS, find_quoted
from .drafts import span_of_tokens, word_count


_LEADING_SKIP = {"and", "but", "or", "so", ",", ";", ":", "—", "–", "-"}


def trim(tokens: list[Token]) -> list[Token]:
    """Content tokens without the punctuation and conjunctions at its edges (quotation marks
    stay: they belong to the words they mark)."""
    while tokens and (tokens[0].lower_ in _LEADING_SKIP or tokens[0].is_space
                      or tokens[0].is_punct and tokens[0].text not in QUOTE_MARKS):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in QUOTE_MARKS or tokens[-1].is_space
                      or tokens[-1].lower_ in ("and", "but")):
        tokens = tokens[:-1]
    return tokens


def content_span(doc: Doc, tokens: list[Token], in_quote: set[int]) -> Span | None:
    # "BOSTON - Emanuel may run, aides said": the place is no part of what was said
    tokens = trim(after_dateline(sorted(tokens, key=lambda t: t.i)))
    if word_count(tokens) < 2:
        return None
    return span_of_tokens(doc, tokens[0], tokens[-1])


# Verbs under which a speech verb reports no speech: "refused to deny", "declined to say".
_WITHHOLD = frozenset("refuse decline fail avoid hesitate".split())
# Nouns whose infinitive is speech asked for or offered, not given: "a request to comment",
# "the chance to respond", "his refusal to say".
_UNMET_ASKS = frozenset("request requests invitation invitations chance opportunity offer attempt attempts "
                        "effort efforts bid refusal failure reluctance".split())
# Verbs of a chance used: "took the opportunity to say …" says it.
_CHANCES_TAKEN = frozenset("take use seize grab".split())
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


def clip(tokens: list[Token], cue: Token, index: EntityIndex) -> list[Token]:
    """What was said stays in the cue's paragraph (a headline never runs into the lede, one
    paragraph's report never takes the next), and without a trailing attribution of its own
    ("…, China said Tuesday", "…, according to Miller")."""
    if not tokens:
        return tokens
    para = index.layout.para_of
    tokens = [t for t in tokens if para[t.i] == para[cue.i]]
    tokens = _without_programme_of_cue(_without_time_of_cue(tokens, cue))
    for k in range(len(tokens) - 1, 0, -1):
        if tokens[k].text != ",":
            continue
        tail = [t for t in tokens[k + 1:] if not t.is_punct]
        if not tail:
            continue
        if tail[0].lower_ == "according" and len(tail) > 1 and tail[1].lower_ == "to":
            return tokens[:k]
        # a clause of the tail's own ("…, Kim said that …") is more than an attribution; the
        # tail's verb may itself hang as a ccomp off the cue, with its subject in the tail ("X said
        # Y, the Times reported"), but not a clause going on ("said that Lee, who …, has revealed")
        if len(tail) <= 8 and not any(t.lower_ == "that" or t.dep_ == "mark"
                                      or t.dep_ == "ccomp" and not _reports_on_cue(t, cue, tail) for t in tail) \
                and any(t.pos_ == "VERB" and is_speech_verb(t.lemma_) and t.i != cue.i
                        # ("…, Lee called her to meet again": a clause of its own, not a cue)
                        and not any(c.dep_ in ("xcomp", "ccomp") and c.i > t.i for c in t.children) for t in tail) \
                and any(t.pos_ in ("PROPN", "PRON", "NOUN") for t in tail):
            return tokens[:k]
        break
    return tokens


def _without_time_of_cue(tokens: list[Token], cue: Token) -> list[Token]:
    """ "said on Tuesday it had retaken the bridge": a time right after the cue, before the
    reported clause's subject, says when it was said; the parse may hang it on the clause."""
    if not tokens or tokens[0].i != cue.i + 1 or tokens[0].dep_ != "prep" or tokens[0].lower_ not in ("on", "at", "in"):
        return tokens
    prep = tokens[0]
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objects) != 1 or objects[0].ent_type_ not in ("DATE", "TIME"):
        return tokens
    end = prep.right_edge.i
    verb = prep.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > end), None)
    if subj is None or subj.left_edge.i != end + 1 or verb.i < subj.i:
        return tokens
    return [t for t in tokens if t.i > end]


_PROGRAMME_NOUNS = frozenset("show program programme broadcast podcast".split())


def _without_programme_of_cue(tokens: list[Token]) -> list[Token]:
    """ "told NBC's “Today” show that she agrees …": the programme told, a quoted title after the
    outlet's "'s", is no part of what was said; the parser may hang the reported clause on it."""
    if not tokens or tokens[0].text not in OPENING_QUOTES or tokens[0].i < 2 \
            or tokens[0].doc[tokens[0].i - 1].lower_ not in ("'s", "’s"):
        return tokens
    close = next((k for k, t in enumerate(tokens[1:9], 1) if t.text in CLOSING_QUOTES), None)
    if close is None or not all(t.is_title or not t.is_alpha for t in tokens[1:close]):
        return tokens
    k = close + 1
    if k < len(tokens) and tokens[k].lower_ in _PROGRAMME_NOUNS:
        k += 1
    return tokens[k:] if k < len(tokens) - 1 and tokens[k].lower_ == "that" else tokens


def _reports_on_cue(verb: Token, cue: Token, tail: list[Token]) -> bool:
    """ "…, the Times reported" hung on the cue: a finite speech verb whose subject is in the
    tail (not "…, some of it mentioning Lee")."""
    return verb.head.i == cue.i and is_speech_verb(verb.lemma_) and verb.tag_ in ("VBD", "VBZ", "VBP") \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c in tail for c in verb.children)


def unsaid(verb: Token) -> bool:
    """True when the cue reports speech that did not happen: negated ("would not say
    whether", "could not confirm", "has not condemned"), withheld ("refused to deny",
    "declined to comment", "was not able to confirm"), or a question put to someone ("Asked
    whether he had …": the clause is the question, not the answer)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if _discourse_said(verb):
        return True
    head = verb.head
    if verb.dep_ == "acl" and head.lemma_.lower() in _UNMET_ASKS and any(c.lower_ == "to" for c in verb.children) \
            and not (head.dep_ == "dobj" and head.head.lemma_.lower() in _CHANCES_TAKEN):
        return True  # "did not respond to requests to comment on the plan": asked for, not said
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


def actor(subj: Token, verb: Token, index: EntityIndex) -> bool:
    """Can ``subj`` speak through ``verb``: a report "says", but "reports threaten" and
    "resolutions condemning" are things, not speakers."""
    if subj.lemma_.lower() not in _THING_NOUNS and subj.lower_ not in _THING_NOUNS:
        return True
    if verb.lemma_.lower() in _DOCUMENT_VERBS:
        return True
    ref = index.at(subj)
    return ref is not None and ref.type in ("media", "person")


def kind_of(content: Span) -> str:
    """"mixed" when a quoted fragment stands in reported speech; "direct" when the quoted
    fragment is all of it ("declared “I think NATO may be obsolete.”")."""
    inner = find_quoted(content.text)
    if not inner:
        # a fragment whose closing mark stands after the clause ("are “extremely strong.”")
        return "mixed" if any(c in content.text for c in "\u201c\u201d\u201e\u00ab\u00bb\"") else "indirect"
    words = re.sub("|".join(re.escape(q.content) for q in inner) or "^$", " ", content.text) if inner else content.text
    outside = [w for w in re.findall(r"\w+", words) if w.lower() not in ("that", "to")]
    return "direct" if inner and not outside else "mixed"
