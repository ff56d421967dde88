"""Headline forms of attribution, which drop the verb a body sentence would have:

- ``Berg 'will not bow' to pressure``: the quoted words stand right after the name of the one
  who said them (the headline's subject); when the title goes on after them in its own words,
  the line from the quote on is a mixed quote with the quoted words as its fragment;
- ``Envoy: talks yield 'meaningful progress'``: a name (or a role) and a colon sign the rest of
  the title line as theirs, also with the topic named (``Lee on taxes: the trends are 'terrible'``);
- ``Union chief says strike 'inevitable'``: a speech verb whose clause drops its copula, so
  the parse reads an object ("strike") and no clause; the line after the verb is what was
  said, a mixed quote around its quoted words;
- ``Guns Are 'a Crisis,' Dean Tells Convention``: what was said first, then the name and a
  speech verb in the present, as a body's "…,” Dean told the convention".

After the quoted words of a title with a verb, the title's own setting ("… as talks collapse",
"… amid protests", "…, vows response") is not what was said; a signed line is the signer's to
its end.

A headline names people by surname or by role ("Envoy", "Minister"); ``speaker_in_body``
takes that to the person of the article the body names so.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .cues import OBJECT_CUES, is_speech_verb
from .entities import EntityIndex, fold
from .entity_ids import TITLES_BARE
from .model import EntityRef
from .quotes import Quoted
from .signatures import RUBRICS
from .speaker_words import PERSON_NOUNS


@dataclass(frozen=True)
class HeadlineQuote:
    subject: Token  # the head of who speaks
    start: int  # what was said (chars)
    end: int
    quoted: Quoted | None  # the quoted passage it is, or holds
    kind: str  # direct (the quoted words after the subject, ending the line), mixed (the title goes
    # on after them, or a signed line quotes them) or indirect (a signed line without marks)
    verb: Token | None = None  # the speech verb the parse read as a noun ("EU slams ‘…’ strikes")


def headline_quotes(doc: Doc, text: str, headline_end: int, quoted: list[Quoted]) -> list[HeadlineQuote]:
    """The attributions of the title line (which ends at char ``headline_end``)."""
    if headline_end <= 0:
        return []
    line = doc.char_span(0, headline_end, alignment_mode="contract")
    if line is None:
        return []
    tokens = [t for t in line if not t.is_space]
    if not tokens:
        return []
    in_line = [q for q in quoted if q.end <= headline_end]
    signed = _signed(tokens)
    if signed is not None:
        # "Mayor: ‘We will rebuild’", "Envoy: talks yield ‘meaningful progress’": the title
        # line's name or role signs the rest of the line (the body says who bears it); a
        # quotation that opens the rest and stops short of its end begins a mixed quote of the
        # rest ("Lee: ‘No Plan’ to Raise Taxes")
        head, colon = signed
        return _signed_words(head, text, colon.idx + len(colon), headline_end, in_line, slack=0, min_words=3)
    tail = _signed_at_end(tokens, text, headline_end)
    if tail is not None:
        # "More help for families in Budget 2026: Lawrence Tan": the name closing the title signs it
        head, colon = tail
        return _signed_words(head, text, tokens[0].idx, colon.idx, in_line, slack=1, min_words=0)
    inverted = _cue_at_end(tokens, text, in_line)
    if inverted is not None:
        # "Guns Are ‘a Crisis,’ Dean Tells Convention": the words before the name and its verb
        return [inverted]
    said = _verbless_clause(tokens, in_line)
    if said is not None:
        verb, q = said
        start = verb.nbor().idx
        end = _line_end(text, start, headline_end)
        subj = next(c for c in verb.children if c.dep_ == "nsubj")
        return [HeadlineQuote(subj, start, _setting_start(tokens, q.end, end), q, "mixed")]
    out = []
    for q in in_line:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or span.start == tokens[0].i:
            continue
        name = [t for t in doc[tokens[0].i:span.start] if not t.is_space]
        verb = _verb_read_as_noun(name, doc, span.end, headline_end)
        if verb is not None:
            # "EU slams ‘unacceptable’ strikes": the verb read as a plural noun whose
            # possessive the opening mark would be; its object, from the quote on, was said
            end = _line_end(text, q.end, headline_end)
            out.append(HeadlineQuote(name[-2], q.start, _setting_start(tokens, q.end, end), q, "mixed", verb))
            continue
        if 1 <= len(name) <= 4 and all(t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN") for t in name) \
                and len(q.content.split()) >= 2:
            end = _line_end(text, q.end, headline_end)
            if any(ch.isalnum() for ch in text[q.end:end]):
                # "Abbas 'will not tolerate' attacks": the quoted words begin a predicate the
                # title goes on with in its own words; the line from the quote on is a mixed quote
                out.append(HeadlineQuote(name[-1], q.start, _setting_start(tokens, q.end, end), q, "mixed"))
            else:
                out.append(HeadlineQuote(name[-1], q.inner_start, q.inner_end, q, "direct"))
    return out


def _line_end(text: str, start: int, headline_end: int) -> int:
    """Where the title's words end: ``headline_end`` less the spaces and the closing ".", "!"
    or "?" (a mixed quote runs to the last word), never before ``start``."""
    end = headline_end
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    return end


# Words that open the writer's own setting of a title's report ("… as death toll rises").
_SETTING_MARKS = frozenset("as while after before despite although though".split())


def _setting_start(tokens: list[Token], after: int, end: int) -> int:
    """Where a title's setting of the report starts after the quoted words (char ``after``), or
    ``end``: "Ruto vows to ‘crush’ protests as death toll rises" (a clause of the writer's after
    a subordinator), "… amid protests", "Lula slams ‘absurd’ tariffs, vows response" (the
    speaker's next act, a verb after a comma). Read only in a title with a verb; a signed line
    ("Lee: …") is the speaker's to its end."""
    for k, t in enumerate(tokens):
        if t.idx < after or t.idx >= end:
            continue
        rest = tokens[k + 1:]
        if t.lower_ == "amid" \
                or t.lower_ in _SETTING_MARKS and any(w.tag_ in ("VBZ", "VBP", "VBD") for w in rest[:6]) \
                or t.text == "," and rest and rest[0].tag_ == "VBZ" and rest[0].idx < end:
            last = tokens[k - 1]
            return last.idx + len(last)
    return end


def _signed_words(head: Token, text: str, start: int, end: int, in_line: list[Quoted], slack: int,
                  min_words: int) -> list[HeadlineQuote]:
    """What a title's name (``head``) signs, the line's words from ``start`` to ``end`` (chars,
    spaces at both ends left out): the quotation that makes them up, a direct quote (one that
    opens them and ends at most ``slack`` chars before their end); else a mixed quote around the
    first quotation in them (one that opens them and stops short too: "Lee: ‘No Plan’ to Raise
    Taxes"), or an indirect one of at least ``min_words`` words without."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;"):
        end -= 1  # the stop a converter closes a title with is no part of the words
    inner = [q for q in in_line if q.start >= start and q.end <= end]
    if len(inner) == 1 and inner[0].start == start and inner[0].end >= end - slack:
        return [HeadlineQuote(head, inner[0].inner_start, inner[0].inner_end, inner[0], "direct")]
    if len(text[start:end].split()) < (min(min_words, 2) if inner else min_words):
        # (a quotation among them marks the words as said even in a two-word line: "Envoy:
        # talks ‘constructive’"; with none, a short line may be a topic: "Lee: the interview")
        return []
    return [HeadlineQuote(head, start, end, inner[0] if inner else None, "mixed" if inner else "indirect")]


def _signed(tokens: list[Token]) -> tuple[Token, Token] | None:
    """(head of the name, the colon) when the title opens with one to four capitalised words
    and a colon, or with them, "on" and a topic of a few words ("Lee on Taxes:")."""
    for k, t in enumerate(tokens[:10]):
        if t.text == ":":
            name = tokens[:k]
            on = next((j for j, w in enumerate(name) if w.lower_ == "on"), None)
            if on is not None and 1 <= k - on - 1 <= 4:
                name = name[:on]  # the topic after "on" is no part of the name
            if any(w.text.upper() in RUBRICS for w in name):
                return None  # "WATCH: President Ruiz speaks": the page's rubric, not a speaker
            if 1 <= len(name) <= 4 and all(w.text[:1].isupper() and w.pos_ in ("PROPN", "NOUN") for w in name):
                return name[-1], t
            return None
    return None


def _signed_at_end(tokens: list[Token], text: str, headline_end: int) -> tuple[Token, Token] | None:
    """(head of the name, the colon) when the title ends with a colon and a person's name of two
    to four capitalised words that the body names again ("…: Lawrence Tan", "…: PM Ana Lund"),
    after at least four words of its own."""
    colons = [k for k, t in enumerate(tokens) if t.text == ":"]
    if len(colons) != 1 or colons[0] < 4:
        return None
    name = [t for t in tokens[colons[0] + 1:] if not (t.is_punct and t.text in ".!?")]
    if not 2 <= len(name) <= 4 or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in name):
        return None
    last = name[-1]
    if text.find(last.text, headline_end) < 0 or last.ent_type_ != "PERSON" and not any(
            t.text == last.text and t.ent_type_ == "PERSON" for t in last.doc if t.idx >= headline_end):
        return None  # a person the body names: "…: What happens next" is a rubric's topic
    return last, tokens[colons[0]]


def _cue_at_end(tokens: list[Token], text: str, in_line: list[Quoted]) -> HeadlineQuote | None:
    """The title "WORDS ‘…,’ NAME VERB …" ("Guns Are ‘a Crisis,’ Dean Tells Convention", "Plan
    'dead', Lee says"): a quotation that ends the title's first words with a comma, then one
    to five capitalised words and a speech verb in the present, which headlines put after what
    was said as a body puts "…,” Dean told the convention". What was said runs from the line's
    start to the closing mark; the name speaks (the body says who bears it)."""
    for q in in_line:
        after = text[q.end:q.end + 2]
        before_close = text[q.inner_end - 1:q.inner_end]
        if not (after.startswith(",") or before_close == ","):
            continue
        rest = [t for t in tokens if t.idx >= q.end and t.text != ","]
        k = 0
        while k < len(rest) and k < 5 and (rest[k].text[:1].isupper() or rest[k].lower_ == "of" and k > 0) \
                and not _present_speech(rest[k]):
            k += 1
        if not 1 <= k <= 5 or k >= len(rest) or not _present_speech(rest[k]):
            continue
        name = rest[:k]
        of = next((j for j, w in enumerate(name) if w.lower_ == "of"), None)
        head = name[of - 1] if of is not None else name[-1]
        if tokens[0].idx >= q.start:
            return None  # "‘…,’ Lee tells unions": a quotation on its own, read as in the body
        return HeadlineQuote(head, tokens[0].idx, q.end, q, "mixed")
    return None


def _verb_read_as_noun(before: list[Token], doc: Doc, after: int, headline_end: int) -> Token | None:
    """The last of the title's words ``before`` a quotation when it is a speech verb in the
    present after one to four capitalised words, and a noun or adjective follows the closing
    mark (the quoted words modify the verb's object); None otherwise. The parse reads such a
    title's verb as a plural noun ("EU slams 'unacceptable' strikes": a straight opening mark
    after "-s" looks like a possessive's) or its object as an apposition ("Council slams
    'reckless' port plan"), and reports nothing. "Shark attacks 'rising' in Florida" has no
    noun after the marks."""
    if not 2 <= len(before) <= 5:
        return None
    *name, verb = before
    word = verb.lower_
    if verb.tag_ not in ("NNS", "VBZ") or not verb.text.islower() or not word.endswith("s") or len(word) <= 3 \
            or not all(t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN") for t in name):
        return None
    stems = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)
    if not any(is_speech_verb(w) or w in OBJECT_CUES for w in stems):
        return None
    nxt = next((t for t in doc[after:] if not t.is_space), None)
    return verb if nxt is not None and nxt.idx < headline_end and nxt.pos_ in ("NOUN", "PROPN", "ADJ") else None


def _present_speech(tok: Token) -> bool:
    """A speech verb in the third person present, as headlines tell ("Says", "tells", "Warns")."""
    word = tok.lower_
    return tok.tag_ == "VBZ" and is_speech_verb(tok.lemma_) or word.endswith("s") and len(word) > 3 \
        and (is_speech_verb(word[:-1]) or word.endswith("es") and is_speech_verb(word[:-2]))


def _verbless_clause(tokens: list[Token], in_line: list[Quoted]) -> tuple[Token, Quoted] | None:
    """(the speech verb, its quotation) when the title is "SUBJECT says NOUN ‘…’ …": a verb
    that reports a clause (not through its object, as "calls" does) with a subject, no clause
    or infinitive of its own in the parse, and a quotation right after its object."""
    for t in tokens[:6]:
        if t.pos_ != "VERB" or t.tag_ != "VBZ" or not is_speech_verb(t.lemma_) or t.lemma_.lower() in OBJECT_CUES:
            continue
        if not any(c.dep_ == "nsubj" and c.i < t.i for c in t.children) \
                or any(c.dep_ in ("ccomp", "xcomp") for c in t.children):
            return None
        # (the parse may leave the noun loose: "says ferry plan ‘…’" gives "plan" as a dep)
        obj = next((c for c in t.children if c.dep_ in ("dobj", "dep", "attr") and c.i > t.i
                    and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
        if obj is None or t.i + 1 >= len(t.doc):
            return None
        # the object's words first, then the quotation: "strike ‘inevitable’"
        after = [q for q in in_line if q.start >= t.doc[obj.left_edge.i].idx and len(q.content.split()) <= 8]
        if after and after[0].start <= t.doc[obj.right_edge.i].idx + len(t.doc[obj.right_edge.i]) + 2:
            return t, after[0]
        return None
    return None


def speaker_in_body(index: EntityIndex, head: Token, text_len: int) -> EntityRef | None:
    """The person of the article a headline's surname or role names ("Witkoff" → Steve
    Witkoff, "Envoy" → the envoy the body names)."""
    word = fold(head.text)
    # the fullest name: the title's "Berg" is the body's "Ola Berg" (which the small model
    # may type as an organisation: a person is preferred, a name is a name)
    people = [c for c in index.clusters if c.type in ("person", "organization") and fold(c.name).split()
              and fold(c.name).split()[-1] == word]
    if any(c.type == "person" or len(c.name.split()) > 1 for c in people):
        return index.ref(max(people, key=lambda c: (c.type == "person", len(c.name.split()), len(c.mentions))))
    # "Mayor: …": a role (which the small model may also take for a one-word organisation) is
    # whoever the body gives it; "Poll: …" names no person, whatever words stand before a name
    role = index.find_by_role(head.lower_, before=text_len) if _person_word(head) else None
    if role is not None:
        return role
    if people:
        return index.ref(max(people, key=lambda c: len(c.mentions)))
    # "Tamsin: ‘…’": a feature's title names its subject by forename; one person bears it
    first = [c for c in index.clusters if c.type == "person" and len(fold(c.name).split()) > 1
             and fold(c.name).split()[0] == word]
    return index.ref(first[0]) if len(first) == 1 else None


def _person_word(head: Token) -> bool:
    """Whether a title's word names a person by post or kind ("Mayor", "Envoy", "Aide",
    "Pollster", "Negotiator"), not a thing ("Poll", "Report", "Study")."""
    word = head.lower_
    return word in PERSON_NOUNS or word in TITLES_BARE or word in LEAD_ROLES or word.endswith(_AGENT_ENDINGS)


# Endings of nouns for people by what they do: "negotiator", "pollster", "economist", "historian".
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ee", "ess", "man", "woman", "person")


# Roles a headline gives the one the story is about ("Leader", "Envoy", "Minister"); not an
# anonymous source's ("Official says …", "Aide: …"), who is seldom the body's first person quoted.
LEAD_ROLES = frozenset("""leader president premier chancellor minister secretary envoy ambassador chief head
boss commander general czar tsar emissary mayor governor senator""".split())


def lead_speaker(heard: list[tuple[int, EntityRef | None]], headline_end: int) -> EntityRef | None:
    """The person a headline's bare role stands for when the body gives no one that role by
    name ("Leader 'will not tolerate' attacks" over "President Ana Lund said …"): the first
    person the body quotes, whom the headline is about. ``heard`` is (start, speaker) of the
    body's attributions."""
    for start, ent in sorted(heard, key=lambda h: h[0]):
        if start >= headline_end and ent is not None and ent.type == "person":
            return ent
    return None
