"""Transcript and interview turns: a quoted turn signed in capitals ("“PENCE: Well, …”") or
with a person's name as written ("Chris Dalton: Seriously, …"), the turns of a transcript
printed without quotation marks ("MR. SMITH: …", "Q: …", "A: …"), the person of the document
a turn's name in capitals stands for ("PENCE" → Mike Pence; "A" the person the interview is
about, "Q" the outlet asking), and the outlet a signature names after its comma ("Ann Lee,
Twitter:").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..entities import EntityIndex, fold
from ..model import Cue, EntityRef, Span
from ..signatures import ANSWERING_LABELS, ASKING_LABELS, LABEL_WORDS, embedded_posts, person_named, transcript_turns
from ..quotes import Quoted
from ..speakers import Speaker
from .drafts import Draft, paragraph_at


TRANSCRIPT = re.compile(r"^\s*([A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,2}):\s+")


def turn_drafts(doc: Doc, text: str, quoted: list[Quoted], paras: list[int],
                index: EntityIndex | None = None) -> list[Draft]:
    """The turns of a transcript printed without quotation marks ("MR. SMITH: …", "Q: …",
    "Marsh: …" when Marsh is a person of the document)."""
    out = []
    for turn in transcript_turns(text, index):
        d = _turn_draft(doc, text, quoted, paras, "transcript", turn.start, turn.end, turn.name_start,
                        turn.name_end, turn.colon, turn.end)
        if d is not None:
            out.append(d)
    for post in embedded_posts(text):
        d = _turn_draft(doc, text, quoted, paras, "signature", post.start, post.end, post.name_start,
                        post.name_end, post.colon, post.name_end)
        if d is not None:
            out.append(d)
    return out


def _turn_draft(doc: Doc, text: str, quoted: list[Quoted], paras: list[int], frame: str, start: int, end: int,
                name_start: int, name_end: int, colon: int, after_end: int) -> Draft | None:
    """One turn or embedded post as a direct quote of the name that signs it; None when a
    quotation already holds it (it is read with its quotation) or the name is no span."""
    if any(q.start < end and start < q.end for q in quoted):
        return None
    name = doc.char_span(name_start, name_end, alignment_mode="expand")
    if name is None:
        return None
    d = Draft("direct", [Span.of(text, start, end)], frame,
              Cue(colon, colon + 1, text[colon], text[colon]), para=paragraph_at(paras, start))
    d.subj, d.after_end = name[-1], after_end
    # the turn stands as a passage of its own: what was said, without marks
    d.quoted = [Quoted(start, end, start, end, text[start:end])]
    return d


def turn_speaker(d: Draft, index: EntityIndex) -> None:
    """A transcript's or signature's name in capitals is the person of the document who bears
    it ("PENCE" → Mike Pence); an interview's "A" ("Answer") is the person the story is about,
    "Q" ("Interviewer", "Question") the outlet that asks."""
    word = d.subj.text
    if d.origin == "transcript" and d.speaker is not None and d.cue is not None and d.speaker.source.start > d.cue.start:
        # "DW: Minister Lund, is …": the parse hung the one addressed on the turn's label; the
        # label alone names who speaks
        label = Span.of(d.subj.doc.text, d.subj.idx, d.subj.idx + len(d.subj))
        d.speaker = Speaker(label, None, False, "unknown")
    if d.origin == "transcript" and (d.speaker is None or d.speaker.entity is None):
        outlet = _outlet_named(index, word)
        if outlet is not None:
            label = Span.of(d.subj.doc.text, d.subj.idx, d.subj.idx + len(d.subj))
            d.speaker = Speaker(label, outlet, False, "name")  # "DW: …": the outlet asking
            return
    if word in ANSWERING_LABELS or word in ASKING_LABELS:
        asking = word in ASKING_LABELS
        people = [c for c in index.clusters if c.type == ("media" if asking else "person")]
        if asking:
            # the outlet that asks is named outside the turns ("spoke to Nordic Weekly"); one
            # named only inside them is what a question is about ("Q: Reuters reported …")
            text = d.subj.doc.text
            people = [c for c in people if any(not _in_turn(text, m.start) for m in c.mentions)]
        if people:
            best = max(people, key=lambda c: len(c.mentions))
            d.speaker = Speaker(d.speaker.source, index.ref(best), True, "nominal")
        else:
            d.speaker = None if asking else d.speaker
        return
    if d.speaker is not None and d.speaker.entity is not None and d.speaker.entity.type == "person" \
            and not d.speaker.entity.name.isupper():
        return
    person = person_named(index, d.subj.doc[d.subj.left_edge.i:d.subj.i + 1].text if d.subj.left_edge.i >= d.subj.i - 3
                          else d.subj.text)
    if d.origin == "transcript" and (person is None or person.name.isupper()):
        person = _person_in_capitals(d.subj, index) or person
    if person is not None and d.speaker is not None:
        d.speaker = Speaker(d.speaker.source, person, True, "name")


def _outlet_named(index: EntityIndex, label: str) -> EntityRef | None:
    """The outlet of the document a turn's label names by its name, a short name or a mention
    as written ("DW" for Deutsche Welle, which signs its interviewer's questions with it)."""
    key = fold(label)
    for c in index.clusters:
        if c.type in ("media", "organization") and key in {fold(a) for a in (c.name, *c.aliases)} | {
                fold(index.text[m.start:m.end]) for m in c.mentions}:
            return index.ref(c)
    return None


def _in_turn(text: str, char: int) -> bool:
    """True when ``char`` stands on a line that opens with a transcript's turn label."""
    start = text.rfind("\n", 0, char) + 1
    return TRANSCRIPT.match(text, start) is not None or _QA_LABEL.match(text, start) is not None


_QA_LABEL = re.compile(rf"\s*(?:[QA][.:]|(?:{LABEL_WORDS}):)\s")


def _person_in_capitals(head: Token, index: EntityIndex) -> EntityRef | None:
    """The person a transcript turn names in capitals when the article names them nowhere
    else ("SEN. MCCONNELL:", "MR. O'BRIEN:"): a title says it is a person whatever the small
    model made of the capitals (it calls "MR. O'BRIEN" an organisation); the name is spelled
    as the article spells the word elsewhere, else in title case ("McConnell", "O'Brien")."""
    doc = head.doc
    start = head.i
    while start > 0 and (doc[start - 1].text.isupper() or doc[start - 1].text == ".") \
            and "\n" not in doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        start -= 1
    words = [t for t in doc[start:head.i + 1] if t.is_alpha or "'" in t.text or "\u2019" in t.text]
    titled = any(t.lower_.rstrip(".") + "." in _TITLES for t in doc[start:head.i + 1])
    named = [t for t in words if t.lower_.rstrip(".") + "." not in _TITLES]
    if not named or not (titled or head.ent_type_ == "PERSON"):
        return None
    name = " ".join(_as_written(doc.text, t.text) for t in named)
    span = doc[named[0].i:named[-1].i + 1]
    before = index.cluster_at(head)
    cluster = index.add(span, "person", name=name)
    if cluster is None:
        return None
    if before is not None and before is not cluster and (before.type != "person" or before.name.isupper()):
        index.merge(before, cluster)
    if cluster.name.isupper():
        index.rename(cluster, name)
    return index.ref(cluster)


_TITLES = frozenset({"mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "prof.", "gen.", "amb.", "pres.",
                     "sec.", "lt.", "col.", "capt.", "adm.", "rev.", "judge.", "senator.", "governor.",
                     "president.", "secretary.", "ambassador.", "minister.", "general."})


def _as_written(text: str, word: str) -> str:
    """``word`` (in capitals) as the article spells it elsewhere, else in title case with the
    "Mc" of Gaelic surnames kept ("MCCONNELL" → "McConnell")."""
    for m in re.finditer(r"\b" + re.escape(word) + r"\b", text, flags=re.IGNORECASE):
        if not m.group(0).isupper():
            return m.group(0)
    written = word.title().replace("\u2019S", "\u2019s")
    if len(written) > 3 and written.startswith("Mc"):
        written = "Mc" + written[2:].capitalize()
    return written


def outlet_of(doc: Doc, tokens: tuple[Token, ...], index: EntityIndex) -> EntityRef | None:
    """The outlet a signature names after its comma ("Ann Lee, Twitter:")."""
    if not tokens:
        return None
    named = index.at(tokens[-1])
    if named is not None and named.type in ("media", "organization"):
        return named
    cluster = index.add(doc[tokens[0].i:tokens[-1].i + 1], "media")
    return index.ref(cluster) if cluster else None


_NAMED_TURN = re.compile(r"^\s*([A-Z][a-z'\u2019.-]+(?: [A-Z][a-z'\u2019.-]+){1,2}):\s+")


def named_turn(doc: Doc, q: Quoted) -> re.Match | None:
    """A quoted transcript turn signed with a name as written ("Chris Dalton: Seriously, …"):
    only when the name is a person's, so "Breaking News: …" is not one."""
    m = _NAMED_TURN.match(q.content)
    if m is None:
        return None
    name = doc.char_span(q.inner_start + m.start(1), q.inner_start + m.end(1), alignment_mode="expand")
    if name is None or not all(t.ent_type_ == "PERSON" for t in name):
        return None
    return m
