"""Signatures and transcripts: a name before a colon speaks.

News prints who speaks as a signature before the words as often as with a verb:

- ``Ann Lee, Twitter: “…”`` — a name, then where it was written (the outlet);
- ``Ivo Brandt (Green Party): “…”`` — a name and its title or party;
- ``Rising seas worry mayors - Ruth Okafor: “…”`` — a signature after a dash in a digest line;
- transcripts, one turn a line: ``MR. SMITH: …``, ``"PENCE: Well, look, …`` (a quoted
  transcript), interview turns ``Q: …`` / ``A: …``.

These functions read the shapes off the tokens and the text; ``attribution`` turns what they
find into quotes and the resolver into entities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .entities import EntityIndex, fold
from .model import EntityRef
from .outlets import outlet_shaped
from .speaker_words import DOCUMENT_NOUNS, MEDIA_NOUNS

# What a signed line may name as its source ("the statement", "the newspaper").
_PAPER_NOUNS = DOCUMENT_NOUNS | MEDIA_NOUNS

_INITIAL = re.compile(r"[A-Z]\.")
_DASHES = {"-", "\u2013", "\u2014", "\u2015", "--", "|"}
_TITLE_WORDS = {"mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "prof.", "gen.", "mr", "mrs", "ms", "dr"}
# A transcript turn: a speaker's name in capitals (with a title), or Q / A, then a colon.
TURN = re.compile(r"^[ \t]*([\"\u201c]?)((?:[A-Z][A-Z.'\u2019-]*)(?: [A-Z][A-Z.'\u2019-]*){0,3}|Q|A):[ \t]+(?=\S)",
                  re.MULTILINE)
# A turn signed with a name as usually written ("Marsh: …", "Elena Marsh: …"): only a person of
# the document, so "Update: …" or "Reactions: …" are not turns.
_TITLED_TURN = re.compile(r"^[ \t]*([\"\u201c]?)([A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+){0,2}):[ \t]+(?=\S)",
                          re.MULTILINE)
# A parliamentary record's turn ("Mrs Ann Lee (Ashby) (Lab): …", "The Minister for Health
# (Mr Tom Reyes): …", "Mr Speaker: …"): a member's name and, in brackets, the seat and party,
# or an office and, in brackets, the name of whoever holds it.
_MEMBER_TURN = re.compile(r"^[ \t]*()([A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+){1,3})(?: \([^()\n]{1,40}\)){1,2}:[ \t]+(?=\S)",
                          re.MULTILINE)
_OFFICE_TURN = re.compile(r"^[ \t]*The [A-Z][^()\n:]{2,100} \(()((?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?"
                          r"(?: [A-Z][a-z'\u2019-]+){1,3})\):[ \t]+(?=\S)", re.MULTILINE)
_CHAIR_TURN = re.compile(r"^[ \t]*()((?:Mr|Madam) (?:Deputy )?Speaker):[ \t]+(?=\S)", re.MULTILINE)
# An interview's own labels for its two sides, written as words ("Interviewer: …", "Question: …",
# "Answer: …"): the asker and the one asked, as "Q" and "A" are.
ASKING_LABELS = frozenset({"Q", "Interviewer", "INTERVIEWER", "Question", "QUESTION"})
ANSWERING_LABELS = frozenset({"A", "Answer", "ANSWER"})
# (the labels as words, for the patterns that find them at a line's start)
LABEL_WORDS = "Interviewer|Question|Answer"
_LABEL_TURN = re.compile(rf"^[ \t]*([\"\u201c]?)({LABEL_WORDS}):[ \t]+(?=\S)", re.MULTILINE)
# What follows such a name when the line is a figure, not words said ("Lund: 45 percent",
# "Ortiz: $2.1 million", "Lee: 3-2"): a poll, a tally or a score, not an interview.
_A_FIGURE = re.compile(r"[\"\u201c]?[-+\u2212]?[$\u20ac\u00a3]?[0-9]")
# A web page's rubrics ("WATCH:", "Analysis:", "LIVE:"): words before a colon that name no one.
RUBRICS = frozenset("""
UPDATE UPDATED BREAKING EXCLUSIVE WATCH READ NOTE EDITOR PHOTO PHOTOS VIDEO VIDEOS SOURCE SOURCES CORRECTION
ANALYSIS OPINION LIVE WARNING DISCLAIMER CAPTION TRANSCRIPT CLICK SEE ALSO LISTEN EXPLAINER
""".split())


@dataclass(frozen=True)
class Signature:
    """A signature before a colon: the speaker's head token, the outlet's tokens if written."""

    head: Token
    outlet: tuple[Token, ...] = ()
    first: Token | None = None  # the name's first word, when a description in lower case follows it


def signature_before(before: list[Token], index: EntityIndex) -> Signature | None:
    """The signature ending a colon intro (``before`` ends with the colon), or None: the words
    after the line's start or its last dash, a name of one to four capitalised words, then
    ", Outlet" or "(title)" at most."""
    if len(before) < 2 or before[-1].text not in (":", "):"):
        return None
    words = before[:-1]
    # "(Green Party):" is tokenized with the colon; "(R-S.C.):“…" glued to its quotation, not
    closed = before[-1].text == "):" or len(words) > 1 and words[-1].text.endswith(")")
    if closed:
        opened = next((i for i in range(len(words) - 1, -1, -1) if words[i].text == "("), None)
        if opened is None:
            return None
        # "Ivo Brandt (Green Party)": the title says who, not a second speaker; a dash in it
        # ("(R-Ohio)") opens no signature
        words = words[:opened]
    after_dash = False
    for k in range(len(words) - 1, -1, -1):
        if words[k].text in _DASHES:
            words, after_dash = words[k + 1:], True
            break
        if _glued_dash(words[k]):
            words, after_dash = words[k:], True  # "all along -More from Lee:": the dash glued to its word
            break
    else:
        first = words[0]
        doc = first.doc
        if first.i > 0 and "\n" not in doc[first.i - 1].text_with_ws and doc[first.i - 1].text not in _DASHES \
                and not (doc[first.i - 1].is_sent_end and _from_intro(words, index) is not None):
            return None  # a colon in mid-sentence: not a signature
    words = [t for t in words if not t.is_space]
    if not words:
        return None
    source = _from_intro(words, index)
    if source is not None:
        return Signature(source)  # "More from the report: “…”", "From Lee and Ruiz: “…”"
    words = _first_of_pair(words)
    outlet: list[Token] = []
    described_name = False
    if not closed and any(t.text == "," for t in words):
        comma = max(i for i, t in enumerate(words) if t.text == ",")
        outlet = [t for t in words[comma + 1:] if not t.is_punct]
        if outlet and len(outlet) <= 4 and all(t.text[:1].isupper() for t in outlet):
            words = words[:comma]
        else:
            # "Pieter Lasko, councillor:", "Ana Ruiz, 34, nurse:": a person's name, then what
            # they are in lower case (a vox pop, a panel): the name speaks, no outlet written
            first = min(i for i, t in enumerate(words) if t.text == ",")
            described = [t for t in words[first + 1:] if not t.is_punct]
            words, outlet = words[:first], []
            if not described or len(described) > 6 or not _a_persons_name(words, index, described):
                return None
            described_name = True
    name = [t for t in words if t.lower_ not in _TITLE_WORDS]
    # (a middle initial is one token with its stop: "Jordan K. Ellery")
    if not 1 <= len(name) <= 4 or not all(t.text[:1].isupper() and t.is_alpha or t.text in ".-'"
                                          or _INITIAL.fullmatch(t.text) for t in name):
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.ent_type_ not in ("PERSON", "ORG") for t in name) and len(name) > 1:
        return None
    if len(name) == 1 and index.at(name[0]) is None and not _a_person_of(index, name[0].text) \
            and not (after_dash and _a_proper_name(name[0])):
        return None  # "Exclusive:", "Analysis:": one word that names no one of the document
    return Signature(name[-1], tuple(outlet), name[0] if described_name else None)


def _a_proper_name(tok: Token) -> bool:
    """One word after a digest line's dash that reads as a name ("… - PollWatch: “…”"): a
    proper noun in mixed case, not a page's rubric ("- Update:", "- WATCH:")."""
    return tok.pos_ == "PROPN" and tok.is_alpha and not tok.is_upper and tok.text.upper() not in RUBRICS


def _glued_dash(tok: Token) -> bool:
    """"-More" in "all along -More from Lee:": a digest's dash written against the next word."""
    return tok.text[:1] in _SIGN_DASHES and tok.text[1:].isalpha() and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def _first_of_pair(words: list[Token]) -> list[Token]:
    """"Ann Lee and Tom Ruiz:": two names signing the words together; the first one's words
    (its mention overlaps the pair's). Unchanged unless both sides of the one "and" are
    capitalised words."""
    ands = [k for k, t in enumerate(words) if t.lower_ == "and"]
    if len(ands) != 1 or not 0 < ands[0] < len(words) - 1:
        return words
    left, right = words[:ands[0]], words[ands[0] + 1:]
    if all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in left + right):
        return left
    return words


def _from_intro(words: list[Token], index: EntityIndex) -> Token | None:
    """"From the report: “…”", "More from Lee and Ruiz: “…”": a digest's intro that hands the
    words to the document or the people it names; the head of that source. A document is one
    the text calls so (a report, a statement, a transcript), not any noun ("From the start:")."""
    first = words[0].lower_.lstrip("".join(_SIGN_DASHES)) if words else ""
    k = 1 if first == "from" else 2 if len(words) > 1 and first == "more" and words[1].lower_ == "from" else 0
    rest = _first_of_pair(words[k:]) if k else []
    if not 1 <= len(rest) <= 4 or any(t.is_punct for t in rest):
        return None
    if rest[0].pos_ == "DET" and len(rest) > 1 and rest[-1].lemma_.lower() in _PAPER_NOUNS:
        return rest[-1]
    if all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest) and (
            index.at(rest[-1]) is not None or rest[-1].ent_type_ in ("PERSON", "ORG")):
        return rest[-1]
    return None


def _a_persons_name(words: list[Token], index: EntityIndex, described: list[Token]) -> bool:
    """True when ``words`` name a person: tagged so, a person of the document, or a forename
    and surname (two to three proper nouns, none known as anything else) described by an age,
    a common noun in lower case or a home town ("Ana Ruiz, 34, nurse", "Ana Ruiz, Denver")."""
    if any(t.ent_type_ == "PERSON" for t in words):
        return True
    ref = index.at(words[-1]) if words else None
    if ref is not None:
        return ref.type == "person"
    return 2 <= len(words) <= 3 and all(t.pos_ == "PROPN" and t.is_alpha for t in words) \
        and not any(t.ent_type_ in ("ORG", "GPE", "LOC", "NORP", "FAC") for t in words) \
        and (described[0].like_num or described[0].text.islower() or described[0].ent_type_ == "GPE")


@dataclass(frozen=True)
class Turn:
    """One turn of a transcript: the name (its chars), the colon, and what was said."""

    name_start: int
    name_end: int
    colon: int
    start: int  # what was said, without an opening mark
    end: int
    name: str


def transcript_turns(text: str, index: EntityIndex | None = None) -> list[Turn]:
    """The turns of a transcript in ``text``: lines opening with a name in capitals (or Q / A,
    or the labels written as words: Interviewer, Question, Answer) and a colon. Two turns at least, by two speakers, or none: a lone "WASHINGTON:" is a
    dateline, not a conversation. With the document's ``index``, a name written as usual
    ("Marsh: …") is a turn too when it is a person of the document: an interview printed as
    questions and answers."""
    turns: list[Turn] = []
    found = list(TURN.finditer(text))
    if index is not None:
        found += [m for m in _TITLED_TURN.finditer(text) if (_a_person_of(index, m.group(2).split()[-1])
                  or _an_outlet_of(index, m.group(2))) and not _A_FIGURE.match(text, m.end())]
        # (not a results table: "Ann Lee (Labour): 12,340" is a count of votes, not words said)
        found += [m for m in _MEMBER_TURN.finditer(text) if _a_person_of(index, m.group(2).split()[-1])
                  and not _A_FIGURE.match(text, m.end())]
        found += list(_OFFICE_TURN.finditer(text))
        found += list(_LABEL_TURN.finditer(text))
        if len(found) > 1:
            found += list(_CHAIR_TURN.finditer(text))  # the chair, between members' turns
    seen: set[int] = set()
    for m in sorted(found, key=lambda m: m.start()):
        name = m.group(2)
        if name in RUBRICS or len(name.replace(".", "")) < 1 or m.start() in seen:
            continue
        seen.add(m.start())
        end = text.find("\n", m.end())
        end = len(text) if end == -1 else end
        stop = end
        while stop > m.end() and text[stop - 1] in " \t\r\"\u201d":
            stop -= 1
        if stop - m.end() < 2:
            continue
        turns.append(Turn(m.start(2), m.end(2), text.rindex(":", m.start(), m.end()), m.end(), stop, name))
    if len(turns) < 2 or len({fold(t.name) for t in turns}) < 2:
        return []
    return turns


def person_named(index: EntityIndex, name: str) -> EntityRef | None:
    """The person of the document a capitalised transcript name stands for ("PENCE" → Mike
    Pence, "MR. SMITH" → John Smith), by the last word."""
    words = [w for w in re.findall(r"[A-Za-z'\u2019-]+", name) if w.lower() + "." not in _TITLE_WORDS
             and w.lower() not in _TITLE_WORDS]
    if not words:
        return None
    cluster = _a_person_of(index, words[-1])
    return index.ref(cluster) if cluster is not None else None


def _an_outlet_of(index: EntityIndex, name: str) -> bool:
    """True when ``name`` ("The Chronicle") is an outlet of the document: the interviewer's
    turns of a question-and-answer interview are signed with it."""
    key = fold(re.sub(r"^the\s+", "", name, flags=re.I))
    return any(c.type == "media" and key in {fold(re.sub(r"^the\s+", "", a, flags=re.I)) for a in (c.name, *c.aliases)}
               for c in index.clusters)


def _a_person_of(index: EntityIndex, word: str):
    last = fold(word)
    for c in index.clusters:
        if c.type == "person" and fold(c.name).split() and fold(c.name).split()[-1] == last:
            return c
    return None


_SIGN_DASHES = "-\u2013\u2014\u2015"

# An embedded post's signature line, as pages print a tweet: "— Name (@handle) May 3, 2025".
_POST_SIGNATURE = re.compile(r"^[ \t]*[\u2014\u2013\u2015-]{1,2}[ \t]*([^\n()@]{2,60}?)[ \t]*\(@\w{1,30}\)"
                             r"[ \t]+[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}[ \t]*$", re.MULTILINE)
_TRAILING_LINK = re.compile(r"(?:\s+(?:https?://\S+|pic\.twitter\.com/\S+))+\s*$")


def embedded_posts(text: str) -> list[Turn]:
    """Posts embedded in a page, each the line right before its signature line ("Nice words
    from … https://t.co/…" over "— Rail Workers United (@RailUnited) May 3, 2025"): the post's
    words without the link the embed ends with, signed by the name before the handle."""
    out = []
    for m in _POST_SIGNATURE.finditer(text):
        end = m.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        link = _TRAILING_LINK.search(line)
        if link is not None:
            end = start + link.start()
        while start < end and text[start].isspace():
            start += 1
        if len(text[start:end].split()) < 3:
            continue
        out.append(Turn(m.start(1), m.end(1), m.start(), start, end, m.group(1)))
    return out


def signed_after(doc: Doc, index: EntityIndex, end: int) -> Token | None:
    """The head of the name a quotation is signed with on the line after it, as pull quotes,
    digests and vox pops print it ("“…”\\n\\n— Laila Haddad, teacher, Amman."): a dash opening
    the next line, then a person's name of one to four capitalised words (a title may lead),
    ending at a comma, a stop or the line's end. None when the line is anything else."""
    text = doc.text
    k = end
    while k < len(text) and text[k] in " \t\u00a0":
        k += 1
    if k >= len(text) or text[k] not in "\r\n":
        return None  # the quotation's line goes on: not a signature line
    while k < len(text) and text[k].isspace():
        k += 1
    if k >= len(text) or text[k] not in _SIGN_DASHES:
        return None
    k += 1
    while k < len(text) and text[k] in _SIGN_DASHES + " \t\u00a0":
        k += 1
    stop = len(text)
    for ch in ",.;(\n":
        j = text.find(ch, k)
        # an initial's stop ("Jo B. Lee") does not end the name
        while ch == "." and j != -1 and j - k >= 1 and text[j - 1].isupper() and (j - 1 == k or text[j - 2] == " "):
            j = text.find(ch, j + 1)
        if j != -1:
            stop = min(stop, j)
    span = doc.char_span(k, stop, alignment_mode="contract")
    if span is None or not len(span):
        return None
    words = [t for t in span if t.lower_.rstrip(".") + "." not in _TITLE_WORDS and t.lower_ not in _TITLE_WORDS]
    if not 1 <= len(words) <= 5 or not all(t.text[:1].isupper() for t in words if t.is_alpha):
        return None
    if stop < len(text) and text[stop] == "," and _a_byline(doc, index, stop + 1):
        return None  # "— Paul Ortiz, Associated Press": the reporter's byline, not who spoke
    head = words[-1]
    ref = index.at(head)
    if ref is not None and ref.type == "person" or _a_person_of(index, head.text) is not None \
            or any(t.ent_type_ == "PERSON" for t in words):
        return head
    if stop < len(text) and text[stop] == ",":
        # "Ines Carvalho, net mender": a forename and surname the model missed, described
        line_end = text.find("\n", stop)
        rest = doc.char_span(stop + 1, len(text) if line_end == -1 else line_end, alignment_mode="contract")
        described = [t for t in rest if not t.is_punct and not t.is_space] if rest is not None else []
        if described and len(described) <= 6 and _a_persons_name(words, index, described):
            return head
    return None


def _a_byline(doc: Doc, index: EntityIndex, start: int) -> bool:
    """True when what follows the comma of a signature line from ``start`` (to the next comma
    or the line's end) is an outlet or an organisation ("Associated Press", "Reuters"), or is
    written in capitals ("AP", "AFP"): the line names the reporter, not the one quoted."""
    text = doc.text
    stop = len(text)
    for ch in ",\n":
        j = text.find(ch, start)
        if j != -1:
            stop = min(stop, j)
    part = doc.char_span(start, stop, alignment_mode="contract")
    words = [t for t in part if t.is_alpha] if part is not None else []
    if not words:
        return False
    if all(t.text.isupper() and len(t.text) > 1 for t in words):
        return True
    if any(t.text[:1].islower() and t.lower_ not in ("of", "the", "and", "for", "de") for t in words):
        return False  # "net mender", "CEO of Acme": what the one quoted is
    if outlet_shaped(" ".join(t.text for t in words)):
        return True
    for t in words:
        ref = index.at(t)
        if ref is not None and ref.type in ("organization", "media") or t.ent_type_ == "ORG" and ref is None:
            return True
    return False


# What a sentence right after a quotation calls it when it says whose it is ("That quote from
# Commissioner Ruth Abara appeared …", "The remark, by Mayor Veld, drew laughs").
_QUOTATION_NOUNS = frozenset("quote quotation remark remarks comment comments words line".split())
_POINTING = frozenset("that this the those these".split())


def credited_after(doc: Doc, index: EntityIndex, end: int) -> Token | None:
    """The head of the name the sentence right after a quotation credits it to: that
    sentence opens "That quote / The remark / Those words", from or by a person's name ("“…”
    That quote from Commissioner Ruth Abara appeared in the Herald."). The quotation must end
    its sentence, in the same paragraph. None otherwise."""
    text = doc.text
    k = end
    while k < len(text) and text[k] in " \t\u00a0":
        k += 1
    if k >= len(text) or text[k] in "\r\n" or not text[:end].rstrip().rstrip("\"'\u201d\u2019").endswith((".", "!", "?")):
        return None
    span = doc.char_span(k, min(len(text), k + 1), alignment_mode="expand")
    if span is None or span[0].lower_ not in _POINTING or span[0].i + 1 >= len(doc):
        return None
    noun = doc[span[0].i + 1]
    if noun.lower_ not in _QUOTATION_NOUNS or noun.dep_ not in ("nsubj", "nsubjpass") \
            or not any(c.i == span[0].i and c.dep_ == "det" for c in noun.children):
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by") and prep.i <= noun.i + 2:
            for name in prep.children:
                ref = index.at(name)
                if name.dep_ == "pobj" and name.pos_ == "PROPN" and (ref is not None and ref.type == "person"
                                                                      or ref is None and name.ent_type_ == "PERSON"):
                    return name
    return None
