"""Head words and span helpers of the entity rules: the head nouns that say what a name is
("Ukrenergo, the grid operator", "public broadcaster DR", "Krasnodar region"), person
pronouns, the spans of a named mention (a token's, a title's tokens, an organisation's name
as written), NER spans joined (capitalised runs, "the Communist Party of China") or checked
(a name modifying a thing, a root outside the span, a title line), and the words and
acronyms of names compared when a shorter one stands for a longer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Iterable

from .. import gazetteer
from ..actors import is_actor_noun, is_document_noun
from ..entity_ids import TITLES_BARE, NAME_PARTICLES, ORG_WORDS, fold

if TYPE_CHECKING:  # spaCy types only annotate: reading ids and names needs no spaCy
    from spacy.tokens import Span as SpacySpan, Token


PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


# Role nouns a name may stand in apposition to ("envoys, Ana Ruiz and Pablo Diaz").
ROLE_NOUNS = frozenset("""envoy aide adviser advisor minister spokesman spokeswoman spokesperson
ambassador negotiator representative official diplomat secretary president chancellor premier
leader director chief head commander general deputy emissary delegate""".split())


# Head nouns that say what a name is: "Ukrenergo, the grid operator", "public broadcaster DR".
MEDIA_HEADS = frozenset("""broadcaster newspaper paper outlet daily weekly tabloid channel
magazine network website newswire""".split())
_ORG_HEADS = frozenset("""operator company firm group agency utility corporation organization
organisation institute ministry manufacturer producer giant conglomerate bank maker party
movement militia body regulator watchdog monitor provider supplier developer contractor
carrier airline startup insurer authority union charity""".split())
_PLACE_HEADS = frozenset("""region city town village province oblast district area territory part
peninsula plant station port border airport capital state county krai republic enclave
coast island facility reactor""".split())


# Nouns only a person is ("his wife, Callista", "the Republican's son Hunter", "Fox host
# Ann Lee"): an apposition or a descriptor of one of these says person whatever the model said.
_PERSON_HEADS = frozenset("""wife husband son daughter mother father brother sister widow widower uncle
aunt nephew niece cousin grandson granddaughter grandmother grandfather fiance fiancee girlfriend
boyfriend stepfather stepmother stepson stepdaughter mom dad teen teenager man woman boy girl student
lawyer historian analyst commentator host anchor journalist reporter columnist author writer activist
candidate nominee economist scientist researcher""".split())


def head_type(lemma: str) -> str | None:
    if lemma in MEDIA_HEADS:
        return "media"
    if lemma in _ORG_HEADS:
        return "organization"
    if lemma in _PLACE_HEADS:
        return "place"
    if lemma in ROLE_NOUNS or lemma in TITLES_BARE or lemma in _PERSON_HEADS:
        return "person"
    return None


def mention_of(tok: Token) -> SpacySpan:
    """The words naming what ``tok`` heads, without a leading article: "the Chinese foreign
    ministry" → "Chinese foreign ministry"."""
    left = min([tok.i, *[c.left_edge.i for c in tok.lefts if c.dep_ != "det"]])
    return tok.doc[left:tok.i + 1]


def modifies_thing(e: SpacySpan) -> bool:
    """True when a name only modifies a common noun that names no actor: "Oreshnik" in
    "Oreshnik hypersonic missiles" (not "Hamas fighters", where the noun is people, nor "a
    Quinnipiac poll", whose author it names)."""
    root = e.root
    if root.dep_ == "conj" and root.head.dep_ in ("compound", "nmod", "amod"):
        root = root.head  # "a vice presidential or Cabinet slot": the modifier it is coordinated with
    head = root.head
    return (e.label_ in ("ORG", "FAC", "PRODUCT") and root.dep_ in ("compound", "nmod", "amod") and head.i >= e.end
            and head.pos_ == "NOUN" and head.text.islower() and not is_actor_noun(head.lemma_)
            and not is_document_noun(head.lemma_)  # "a Quinnipiac University poll": its author
            and not (head.lower_ in FIGURE_UNITS and any(c.like_num for c in head.children))  # "led Trump 47 percent to 39"
            and not gazetteer.lookup(e.text) and not gazetteer.seat(e.text))


# Units of a figure the model may run into a name before it ("led Trump 47 percent to 39").
FIGURE_UNITS = frozenset({"percent", "%", "pct", "points", "point"})


def _join_adjacent(ents: Iterable[SpacySpan], joins: Callable[[SpacySpan, SpacySpan], bool]) -> list[SpacySpan]:
    """The entities, each pair of touching ones that ``joins`` accepts made one organisation."""
    from spacy.tokens import Span as SpacySpan  # here, so reading ids needs no spaCy
    out: list[SpacySpan] = []
    for e in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.end == e.start and joins(prev, e):
            out[-1] = SpacySpan(e.doc, prev.start, e.end, label="ORG")
        else:
            out.append(e)
    return out


def join_capital_runs(ents: Iterable[SpacySpan]) -> list[SpacySpan]:
    """An organisation's name in capitals that the model cut in two, the tail read as a person
    ("the USA TODAY" + "NETWORK"): one organisation."""
    return _join_adjacent(ents, lambda prev, e: prev.label_ == "ORG" and e.label_ in ("PERSON", "ORG")
                          and _shouted(prev) and _shouted(e))


def _particle(tok: Token) -> bool:
    """A lowercase particle inside a surname: "von der" of "Ursula von der Leyen", "de la Fuente"."""
    return tok.lower_ in NAME_PARTICLES and tok.text.islower()


# Labels of names, whose span never ends on a lowercase function word.
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


def trim_function_words(ents: list[SpacySpan]) -> list[SpacySpan]:
    """Names the model ran into a lowercase "of the", "and" or "for": ended before it ("told The
    Associated Press of the prospects" → "The Associated Press"), or carried on through the
    capitalised words that finish the name ("Committee for" + "a Responsible Federal Budget",
    "Patriarchate of" + "Jerusalem" → one name). The same list back when none needed it."""
    mended = [_mended(e) if e.label_ in _NAME_LABELS else e for e in ents]
    if all(m is e for m, e in zip(mended, ents)):
        return ents
    out: list[SpacySpan] = []
    for m in sorted((m for m in mended if m is not None), key=lambda m: (m.start, -len(m))):
        if not out or m.start >= out[-1].end:  # (a name carried on absorbs the one it ran into)
            out.append(m)
    return out


def _mended(e: SpacySpan) -> SpacySpan | None:
    from spacy.tokens import Span as SpacySpan  # here, so reading ids needs no spaCy
    doc = e.doc
    end = e.end
    while end > e.start and doc[end - 1].is_lower and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ") \
            and not hyphen_tail(doc[end - 1]):
        end -= 1
    if end == e.end:
        return e
    last = doc[e.end - 1]
    if last.pos_ == "ADP" or last.pos_ == "DET" and e.end - 2 >= e.start and doc[e.end - 2].pos_ == "ADP":
        j = e.end
        if j < len(doc) and doc[j].is_lower and doc[j].pos_ == "DET":
            j += 1  # "Committee for" + "a Responsible Federal Budget"
        k = j
        while k < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN":
            k += 1
        if k > j:
            return SpacySpan(doc, e.start, k, label=e.label_)
    return SpacySpan(doc, e.start, end, label=e.label_) if end > e.start else None


def hyphen_tail(tok: Token) -> bool:
    """The word is the end of a hyphened one ("in" of "Moon Jae-in"), no function word."""
    return tok.i > 1 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_ \
        and not tok.doc[tok.i - 2].whitespace_


def _syllable(tok: Token) -> bool:
    """A word as short as one syllable of a romanised Korean given name ("Jae", "in", "myung"),
    not an English word hyphened on to a name ("Biden-era", "Lee-led")."""
    return tok.is_alpha and len(tok.text) <= 5 and tok.pos_ != "VERB" and tok.lower_ not in _COMPOUND_HEADS


# Words hyphened on to a name to make an adjective ("a Biden-era rule", "Tim Lee-style cuts").
_COMPOUND_HEADS = frozenset("era style based led run born made owned like wide free type ish level class area "
                            "zone bound".split())


def join_name_particles(ents: list[SpacySpan]) -> list[SpacySpan]:
    """A person's name the model cut at a lowercase particle ("Ursula von" PERSON, "der", "Leyen"
    GPE; "Marieke" untagged, "de Vries" ORG): one person, and so is the surname alone later
    ("von der Leyen said", read as a place) when the document named the person in full."""
    from spacy.tokens import Span as SpacySpan  # here, so reading ids needs no spaCy
    if not ents:
        return ents
    doc = ents[0].doc
    made: list[SpacySpan] = []
    for e in ents:
        start, j = e.start, e.end
        if e.label_ != "PERSON":
            # "Marieke de Vries": an untagged forename before a span that opens with a particle
            if not (_particle(e[0]) and start > 0
                    and doc[start - 1].is_title and doc[start - 1].is_alpha and doc[start - 1].ent_iob_ == "O"
                    and (doc[start - 1].pos_ == "PROPN" or not doc[start - 1].is_sent_start) and len(e) > 1):
                continue
            made.append(SpacySpan(doc, start - 1, j, label="PERSON"))
            continue
        particle = _particle(e[-1])
        while j < len(doc) and _particle(doc[j]):
            j, particle = j + 1, True
        if particle and j < len(doc) and doc[j].is_title and doc[j].is_alpha:
            made.append(SpacySpan(doc, start, j + 1, label="PERSON"))
    text = doc.text
    for e in ents:
        # "Marieke de Vries" read whole as an organisation: a person when "de Vries" stands alone
        # elsewhere (no "Banco de Mexico" is written "de Mexico")
        if e.label_ == "ORG" and 3 <= len(e) <= 5 and e[0].is_title and e[-1].is_title \
                and all(_particle(t) for t in e[1:-1]):
            tail = " " + e[1:].text
            if text.count(tail) > text.count(e.text):
                made.append(SpacySpan(doc, e.start, e.end, label="PERSON"))
    covered = {i for e in ents for i in range(e.start, e.end)}
    for i in range(1, len(doc) - 1):
        # "Marieke de Vries" left untagged: a forename, particles, a capitalised surname
        if i - 1 in covered or not (doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_alpha):
            continue
        j = i
        while j < len(doc) and _particle(doc[j]) and j not in covered:
            j += 1
        if j > i and j < len(doc) and j not in covered and doc[j].is_title and doc[j].pos_ == "PROPN" \
                and not any(m.start <= i - 1 < m.end for m in made):
            made.append(SpacySpan(doc, i - 1, j + 1, label="PERSON"))
    made += _lone_particle_surnames(doc, ents, made)
    if not made:
        return ents
    # the surnames with their particles ("von der Leyen"), to find them alone later
    surnames = {tuple(t.lower_ for t in m[next(k for k, t in enumerate(m) if _particle(t)):])
                for m in made}
    surnames |= {tuple(t.lower_ for t in e[k:]) for e in ents if e.label_ == "PERSON"
                 for k, t in enumerate(e) if 0 < k < len(e) - 1 and _particle(t)
                 and not any(u.lower_ in NAME_PARTICLES for u in e[1:k]) and not _particle(e[-1])}
    for i in range(len(doc)):
        if _particle(doc[i]) and (i == 0 or doc[i - 1].lower_ not in NAME_PARTICLES):
            # longest first: "von der Leyen", not the "von der" of a span the model cut there
            for name in sorted(surnames, key=len, reverse=True):
                if tuple(t.lower_ for t in doc[i:i + len(name)]) == name and not any(
                        m.start <= i < m.end for m in made) and not (i > 0 and doc[i - 1].is_title and doc[i - 1].ent_iob_ != "O"):
                    made.append(SpacySpan(doc, i, i + len(name), label="PERSON"))
    unique: list[SpacySpan] = []
    for m in sorted(made, key=lambda m: (m.start, -len(m))):
        if not unique or m.start >= unique[-1].end:
            unique.append(m)
    made = unique
    taken = {i for m in made for i in range(m.start, m.end)}
    kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    return sorted(kept + made, key=lambda e: e.start)


# Particles that open a surname on their own ("von Trapp", "van Gogh"); "de", "la" or "le"
# alone may be French or Spanish words before a name, so they need two particles or a person.
_SURNAME_OPENERS = frozenset({"von", "van"})


def _lone_particle_surnames(doc, ents: list[SpacySpan], made: list[SpacySpan]) -> list[SpacySpan]:  # noqa: ANN001
    """A surname with its particles the document gives without the forename ("von der Leyen
    said", the model tagging "Leyen" alone as a place): the particles belong to the surname,
    so the whole is one person. Two particles ("von der", "de la") or "von"/"van" say so alone;
    a lone "de"/"da" needs the name tagged as a person."""
    from spacy.tokens import Span as SpacySpan  # here, so reading ids needs no spaCy
    taken = {i for m in made for i in range(m.start, m.end)}
    out: list[SpacySpan] = []
    for e in ents:
        i = e.start
        while i > 0 and _particle(doc[i - 1]):
            i -= 1
        if i == e.start or len(e) != 1 or e.label_ not in ("PERSON", "GPE", "ORG", "NORP", "LOC", "FAC") \
                or not e[0].is_title or any(k in taken for k in range(i, e.end)):
            continue
        if i > 0 and doc[i - 1].is_title and not doc[i - 1].is_sent_start:
            continue  # "Ursula von der Leyen", "Rio de Janeiro": the particles are inside a longer name
        if e.end - i >= 3 or doc[i].lower_ in _SURNAME_OPENERS or e.label_ == "PERSON":
            out.append(SpacySpan(doc, i, e.end, label="PERSON"))
    return out


def split_glued_clauses(ents: list[SpacySpan]) -> list[SpacySpan]:
    """Names the model ran across a verb or into a figure, as it does in a poll's standings:
    "Marsh led Dunn" (one ORG) is two names; "Trump 45 percent to 41 percent" (a PERCENT) is a
    name and a figure, the name a person's when the document names a person so. The same list
    back when nothing was glued."""
    from spacy.tokens import Span as SpacySpan  # here, so reading ids needs no spaCy
    if not ents:
        return ents
    doc = ents[0].doc
    person_words = {t.lower_ for e in ents if e.label_ == "PERSON" for t in e}
    out: list[SpacySpan] = []
    changed = False
    for e in ents:
        # (a name's particle the tagger read as a verb is no verb: "Jose Eduardo dos Santos")
        verb = next((t for t in e[1:-1] if t.is_lower and t.tag_ in ("VBD", "VBZ", "VBP") and not _particle(t)), None) \
            if e.label_ in _NAME_LABELS and len(e) >= 3 else None
        if verb is not None:
            out += [SpacySpan(doc, e.start, verb.i, label=e.label_), SpacySpan(doc, verb.i + 1, e.end, label=e.label_)]
            changed = True
            continue
        k = e.start
        while e.label_ in _FIGURE_LABELS and k < e.end and doc[k].is_title and doc[k].pos_ == "PROPN":
            k += 1
        if k > e.start and k < e.end and doc[k].like_num:
            if all(t.lower_ in person_words for t in doc[e.start:k]):
                out.append(SpacySpan(doc, e.start, k, label="PERSON"))
            out.append(SpacySpan(doc, k, e.end, label=e.label_))
            changed = True
            continue
        out.append(e)
    return out if changed else ents


_FIGURE_LABELS = frozenset({"PERCENT", "CARDINAL", "QUANTITY", "MONEY"})


def join_cut_surnames(ents: list[SpacySpan]) -> list[SpacySpan]:
    """A person's name the model cut inside its surname or given name: before a hyphen ("Moon
    Jae" of "Moon Jae-in"), after a forename tagged alone ("Vladimir" + "Vladimirovich Putin"),
    or after the first word of a two-word surname ("Enrique Peña", "Nieto" untagged) when the
    document writes the two words as a name on their own ("Peña Nieto said"), as Spanish and
    Portuguese names are shortened. The same list back when none was cut."""
    from spacy.tokens import Span as SpacySpan  # here, so reading ids needs no spaCy
    if not ents:
        return ents
    doc = ents[0].doc
    pairs = {(e[0].lower_, e[1].lower_) for e in ents if e.label_ == "PERSON" and len(e) == 2}
    starts = {e.start for e in ents}
    out, changed = [], False
    for e in ents:
        j = e.end
        prev = out[-1] if out else None
        if e.label_ == "PERSON" and prev is not None and prev.label_ == "PERSON" and prev.end == e.start \
                and len(prev) == 1 and prev[0].is_title and prev[0].is_alpha and prev[0].whitespace_ == " " \
                and e[0].is_title and e[0].is_alpha:
            # "Vladimir" + "Vladimirovich Putin": a forename the model tagged apart from the rest
            out[-1], changed = SpacySpan(doc, prev.start, e.end, label="PERSON"), True
            continue
        if e.label_ == "PERSON" and len(e) >= 2 and j + 1 < len(doc) and doc[j].text == "-" \
                and hyphen_tail(doc[j + 1]) and j + 1 not in starts and _syllable(e[-1]) and _syllable(doc[j + 1]):
            e, changed = SpacySpan(doc, e.start, j + 2, label="PERSON"), True
        elif e.label_ == "PERSON" and len(e) >= 2 and j < len(doc) and j not in starts and doc[j].is_title \
                and doc[j].is_alpha and doc[j].pos_ == "PROPN" and (e[-1].lower_, doc[j].lower_) in pairs:
            e, changed = SpacySpan(doc, e.start, j + 1, label="PERSON"), True
        elif _three_syllables_cut(e, starts):
            e, changed = SpacySpan(doc, e.start, j + 1, label="PERSON"), True
        out.append(e)
    korean = _korean_names(doc, out)
    if korean:
        taken = {i for k in korean for i in range(k.start, k.end)}
        out = sorted([e for e in out if not any(i in taken for i in range(e.start, e.end))] + korean,
                     key=lambda e: e.start)
        changed = True
    return out if changed else ents


# Last words of places and buildings that take a person's name ("John Lee Road").
_NAMED_PLACE_WORDS = frozenset("road street st park bay hall house lane way court tower river lake field "
                               "drive plaza fund prize award cup".split())


def _three_syllables_cut(e: SpacySpan, starts: set[int]) -> bool:
    """A name of three one-syllable words, family name first ("Yoon Suk Yeol", "Pham Minh
    Chinh"), that the model ended after the second: the third is a short capitalised proper
    noun the two modify, untagged, and the name ends there."""
    doc = e.doc
    j = e.end
    if e.label_ != "PERSON" or len(e) != 2 or j >= len(doc) or j in starts:
        return False
    nxt = doc[j]
    if not (all(t.is_title and _syllable(t) for t in e) and nxt.is_title and _syllable(nxt)
            and nxt.pos_ == "PROPN" and nxt.ent_iob_ == "O" and e[-1].head.i == j and e[-1].whitespace_):
        return False
    if j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
        return False  # a longer run of capitals: not a three-word name
    return fold(nxt.text) not in ORG_WORDS and nxt.lower_ not in _NAMED_PLACE_WORDS


# Labels of places a capitalised word before a hyphened one may belong to ("Hong Kong-listed").
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _korean_names(doc, ents: list[SpacySpan]) -> list[SpacySpan]:  # noqa: ANN001 - a spaCy Doc
    """Names written family name first with a hyphened given name ("Han Min-koo", "Lee
    Jae-myung"), which the small model tags as the family name alone (often a nationality or
    an organisation) or not at all: one person over the three syllables. Only a short
    one-syllable family name before a capitalised syllable, a tight hyphen and a lowercase
    syllable counts, so "Hong Kong-based" or "New York-born" stay what they are."""
    from spacy.tokens import Span as SpacySpan  # here, so reading ids needs no spaCy
    label_at = {i: e.label_ for e in ents for i in range(e.start, e.end)}
    found: list[SpacySpan] = []
    for i in range(len(doc) - 3):
        fam, given, dash, tail = doc[i], doc[i + 1], doc[i + 2], doc[i + 3]
        if not (fam.is_title and fam.is_alpha and len(fam.text) <= 5 and fam.whitespace_ == " "
                and given.is_title and _syllable(given) and dash.text == "-" and tail.is_lower
                and hyphen_tail(tail) and _syllable(tail)):
            continue
        if label_at.get(i) in _PLACE_LABELS or label_at.get(i + 1) in _PLACE_LABELS \
                or gazetteer.lookup(f"{fam.text} {given.text}") is not None:
            continue
        if i > 0 and doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN" and label_at.get(i - 1) == "PERSON":
            continue  # the end of a longer name the model read ("Jae" of "Moon Jae-in" is handled above)
        if any(f.start <= i + 3 < f.end for f in found):
            continue
        found.append(SpacySpan(doc, i, i + 4, label="PERSON"))
    return found


def extend_to_known_names(ents: list[SpacySpan]) -> list[SpacySpan]:
    """A known organisation's name the model cut short, reading only its first word as a
    nationality ("Islamic" of "the Islamic State"): the whole name, when the capitalised words
    after the entity complete a name the gazetteer knows as an organisation."""
    from spacy.tokens import Span as SpacySpan  # here, so reading ids needs no spaCy
    out: list[SpacySpan] = []
    starts = {e.start for e in ents}
    covered = {i for e in ents for i in range(e.start, e.end)}
    for e in ents:
        doc, longer = e.doc, None
        for extra in (1, 2):
            end = e.end + extra
            if end > len(doc) or any(i in starts for i in range(e.end, end)) or not doc[end - 1].text[:1].isupper():
                break
            hit = gazetteer.lookup(doc[e.start:end].text)
            if hit is not None and hit[0] == "organization":
                longer = SpacySpan(doc, e.start, end, label="ORG")
        if longer is None and e.label_ == "PERSON":
            longer = _with_forename(e, covered)
            out.append(longer or e)
            continue
        out.append(longer if longer is not None and e.label_ in ("NORP", "GPE", "ORG") else e)
    out += _acronyms_before_titles(out)
    return sorted(out + _unseen_known_names(out), key=lambda e: e.start)


def _acronyms_before_titles(ents: list[SpacySpan]) -> list[SpacySpan]:
    """An organisation's acronym the model left untagged before a person's title ("AFL-CIO
    President X", "UMWA Director Y"): a run of short all-capital words right before a title-case
    title word, when the gazetteer knows the run as nothing else (a country, a party)."""
    from spacy.tokens import Span as SpacySpan
    if not ents:
        return []
    doc = ents[0].doc
    covered = {i for e in ents for i in range(e.start, e.end)}
    found: list[SpacySpan] = []
    for e in ents:
        if e.label_ != "PERSON":
            continue
        k = e.start - 1
        while k >= 0 and k not in covered and doc[k].text[:1].isupper() and not doc[k].text.isupper() \
                and head_type(doc[k].lower_.rstrip(".")) == "person":
            k -= 1  # the title words: "President", "Secretary-Treasurer"
        if k == e.start - 1:
            continue
        j = k
        while j >= 0 and j not in covered and (doc[j].is_alpha and doc[j].text.isupper() and 2 <= len(doc[j]) <= 6
                                               or doc[j].text in ("-", "&") and j < k):
            j -= 1
        start, end = j + 1, k + 1
        if start >= end or doc[start].text in ("-", "&"):
            continue
        text = doc[start:end].text
        if len(re.sub(r"[^A-Z]", "", text)) < 3 or gazetteer.lookup(text) is not None:
            continue  # "UK", "GOP", "USA": a country or a party other rules read
        found.append(SpacySpan(doc, start, end, label="ORG"))
        covered.update(range(start, end))
    return found


def _with_forename(e: SpacySpan, covered: set[int]) -> SpacySpan | None:
    """A person's name the model cut after a title ("Committee Chair Debbie | Wasserman Schultz"):
    the whole name, when the proper noun right before it is a known forename no entity holds."""
    from spacy.tokens import Span as SpacySpan
    from ..gender import forename_gender
    if e.start == 0:
        return None
    prev = e.doc[e.start - 1]
    if prev.i in covered or prev.pos_ != "PROPN" or not prev.is_title or forename_gender(e[0].text + " x"):
        return None  # the name starts with a forename already ("Debbie Lee")
    if forename_gender(f"{prev.text} {e.text}") is not None or _first_word_left_out(prev, e):
        return SpacySpan(e.doc, e.start - 1, e.end, label="PERSON")
    if e[0].lower_ in NAME_PARTICLES and _forename_shaped(prev, e):
        # "Prince Alwaleed | Bin Talal", "Bashar | al-Assad": a name never opens on the particle of
        # its surname when a forename stands right before it, hyphened ones whole ("Jean-Marie")
        doc, start = e.doc, prev.i
        if start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                and not doc[start - 2].whitespace_ and doc[start - 2].i not in covered \
                and _forename_shaped(doc[start - 2], e, joined=False):
            start -= 2
        return SpacySpan(doc, start, e.end, label="PERSON")
    return None


def _first_word_left_out(prev: Token, e: SpacySpan) -> bool:
    """"Luiz | Inacio Lula da Silva met …": the model often leaves the first word of a sentence
    out of the name it starts; a proper noun there that the parser joins to the name, and that
    is no title, place, nationality or body's word, is its forename whatever the lists know."""
    doc = prev.doc
    start = prev.i == 0 or prev.is_sent_start or "\n" in doc[prev.i - 1].text_with_ws
    return start and _forename_shaped(prev, e)


def _forename_shaped(prev: Token, e: SpacySpan, joined: bool = True) -> bool:
    """A proper noun right before a name that may be its forename: joined to the name by the
    parser (when ``joined``), untagged, and no title, place, nationality or body's word."""
    return (not joined or prev.dep_ == "compound" and e.start <= prev.head.i < e.end) and prev.is_alpha \
        and prev.text[1:].islower() and prev.ent_iob_ == "O" and prev.lower_ not in TITLES_BARE \
        and fold(prev.text) not in ORG_WORDS and gazetteer.lookup(prev.text) is None \
        and not gazetteer.country(prev.text) and not gazetteer.demonym(prev.text) and len(e) >= 2


def _unseen_known_names(ents: list[SpacySpan]) -> list[SpacySpan]:
    """Names of two to four capitalised words the gazetteer knows as an organisation that the
    model left untagged ("fighting the Islamic State in Iraq")."""
    from spacy.tokens import Span as SpacySpan
    if not ents:
        return []
    doc = ents[0].doc
    covered = {i for e in ents for i in range(e.start, e.end)}
    found: list[SpacySpan] = []
    i = 0
    while i < len(doc):
        hit_end = None
        for n in (4, 3, 2):
            end = i + n
            if end <= len(doc) and all(k not in covered and doc[k].text[:1].isupper() and doc[k].is_alpha
                                       for k in range(i, end)):
                hit = gazetteer.lookup(doc[i:end].text)
                if hit is not None and hit[0] == "organization":
                    hit_end = end
                    break
        if hit_end is not None:
            found.append(SpacySpan(doc, i, hit_end, label="ORG"))
            i = hit_end
        else:
            i += 1
    return found


def _shouted(span: SpacySpan) -> bool:
    words = [t.text for t in span if t.is_alpha and t.lower_ != "the"]
    return bool(words) and all(w.isupper() and len(w) > 1 for w in words)


def root_outside(span: SpacySpan) -> bool:
    """True when a name is the modifier of a capitalised word right after it: "Air Force" in
    "Air Force One" (a plane), not an actor."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    # a title after it is the name's office, not a longer name: "FBI Director James Comey"
    # (a country's office, "U.S. Treasury Secretary X", stays the country's post)
    of_country = gazetteer.country(span[0].text) or gazetteer.demonym(span[0].text)
    office = (fold(nxt.text).rstrip(".") in TITLES_BARE if nxt is not None else False) and not of_country
    # "White House Counsel Neil Eggleston": a capitalised word hung, untagged, on the person's
    # name after it is that person's post at the body, whatever the post ("Counsel", "Adviser")
    office = office or nxt is not None and not nxt.ent_type_ and nxt.dep_ == "compound" \
        and nxt.head.i > nxt.i and nxt.head.ent_type_ == "PERSON" and nxt.head.i - nxt.i <= 4 and not of_country
    return (nxt is not None and span.root.dep_ == "compound" and span.root.head.i == nxt.i
            and nxt.text[:1].isupper() and nxt.pos_ in ("PROPN", "NUM") and not office)


def name_tokens(name: str) -> list[str]:
    """The folded words of a name, particles split off: "Bashar al-Assad" → bashar, al, assad."""
    return [w for w in re.split(r"[\s\-]+", fold(re.sub(r"['\u2019]s$", "", name))) if w]


def person_initials(name: str) -> str:
    """The initials of a person's name words, particles included: "Mohammed bin Salman" → "MBS"."""
    return "".join(w[0] for w in name_tokens(name)).upper()


def is_run(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return 0 < n < len(long) and any(long[i:i + n] == short for i in range(len(long) - n + 1)) \
        and not all(w in ("al", "el", "bin", "ibn", "abu", "de", "van", "von") for w in short)


_ACRONYM_SKIP = {"of", "the", "and", "for", "on", "in", "de", "des", "la", "to", "&"}


def acronyms(name: str) -> set[str]:
    """The letters an acronym of ``name`` would have: capitals of words kept whole, the small
    words left out ("UN Security Council" → UNSC, "Committee to Protect Journalists" → CPJ) or
    kept when they are prepositions ("Democracy for America" → DFA)."""
    bare, kept = [], []
    for w in re.split(r"[\s\-]+", name):
        w = w.replace(".", "")
        if not w or w.lower() in ("the", "and", "&"):
            continue
        letters = w if w.isupper() and len(w) > 1 else w[0].upper()
        kept.append(letters)
        if w.lower() not in _ACRONYM_SKIP:
            bare.append(letters)
    return {"".join(bare), "".join(kept)}


# Last words of a movement's name that may carry a country within it ("UK Independence Party").
_PARTY_WORDS = {"party", "front", "movement", "league"}


def glue_country_into_party_names(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "UK Independence Party": the model tags "UK" apart from "Independence Party", but the
    country modifying a party's name is part of that name, not the party's owner."""
    return _join_adjacent(ents, lambda prev, e: prev.label_ == "GPE" and e.label_ == "ORG"
                          and fold(e[-1].text) in _PARTY_WORDS and len(e) >= 2
                          and prev.root.head.i in range(e.start, e.end) and prev.root.dep_ == "compound")


# Lowercase office heads news writes with an "of" phrase before a name ("chief of staff X").
OF_TITLE_HEADS = {"chief", "director", "head", "secretary", "commissioner"}


def title_tokens(span: SpacySpan) -> list[Token]:
    """The title words written before a name, nearest last: "German Foreign Minister" before
    "Johann Wadephul", "White House special envoy" before "Steve Witkoff"."""
    doc = span.doc
    out: list[Token] = []
    i = span.start - 1
    # "chief of staff X", "secretary of state Y": a lowercase office with its "of" phrase, which
    # the parse never hangs on the name (the words before it still do: "White House")
    if i >= 2 and doc[i].text.islower() and doc[i].pos_ == "NOUN" and doc[i - 1].lower_ == "of" \
            and doc[i - 2].lower_ in OF_TITLE_HEADS and doc[i].dep_ == "pobj":
        out = [doc[i - 2], doc[i - 1], doc[i]]
        i -= 3
    if not out and i >= 0 and doc[i].dep_ == "conj" and doc[i].pos_ == "NOUN" and doc[i].head.i < i \
            and span.root.dep_ in ("appos", "compound") and span.root.head.i == doc[i].head.i \
            and any(t.dep_ == "cc" for t in doc[doc[i].head.i + 1:i]):
        # "Conservative columnist and Fox News contributor George Will": the parse hangs the name
        # on the first of two joined titles; the one written next to it is read as its own
        out = [doc[i]]
        i -= 1
    while i >= 0:
        t = doc[i]
        if t.text in ("-", "\u2010", "\u2011") and i > 0 and out:  # "Secretary-General"
            out.insert(0, t)
            i -= 1
            continue
        if t.is_space and "\n" not in t.text:
            i -= 1  # "hopeful  Ted Cruz": a doubled space inside a line parts no title from its name
            continue
        if t.is_punct or t.is_space or t.ent_type_ == "PERSON" or t.dep_ in ("det", "case", "poss", "cc"):
            break
        if t.dep_ not in ("compound", "amod", "nmod", "npadvmod", "punct") or not t.i < t.head.i < span.end:
            if not (out and out[0].text == "-" and t.head.i == out[0].head.i):
                break
        out.insert(0, t)
        i -= 1
    # "US Director of National Intelligence X": a capitalised office's "of" phrase the parse hangs
    # the name on (the name is the object of "of"), then the words before the office ("US")
    if out and i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in OF_TITLE_HEADS \
            and doc[i - 1].text[:1].isupper() and all(t.text[:1].isupper() for t in out) \
            and span.root.dep_ == "pobj" and span.root.head.i == i:
        head = doc[i - 1]
        out = [head, doc[i]] + out
        i -= 2
        while i >= 0 and doc[i].dep_ in ("compound", "amod") and doc[i].head.i == head.i \
                and doc[i].ent_type_ != "PERSON" and not doc[i].is_punct:
            out.insert(0, doc[i])  # "US", "Acting": the words the office itself takes
            i -= 1
    return out


def ends_as_sentence(line: str) -> bool:
    """Whether a line closes as a sentence does (a stop, a semicolon or a comma, a closing
    quotation mark after it): a paragraph of the text, where a title ends bare."""
    return line.strip().rstrip("\"'\u201d\u2019").endswith((".", ";", ","))


def headline_line(line: str) -> bool:
    """True when a line is written in title case with no closing stop (a headline, a
    teaser, a menu), where the small model tags capitalised words as ORGs."""
    line = line.strip()
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", line)]
    if len(words) < 2:
        return False
    content = [w for w in words if w.lower() not in _SMALL_TITLE_WORDS]
    upper = sum(w[0].isupper() for w in content)
    # a headline may end in a stop where a feed or an archive added one ("Lee Wins Vote in
    # Ohio."): every word capitalised, which a sentence of names ("Rita Moss chairs the
    # Senate Armed Services Committee.") is not; so may a longer one in a list of related
    # stories under an article ("Lee Responds To Question About Tariffs By Saying We Need
    # Fewer Lawyers.")
    every_word = len(content) >= 3 and len(words) <= 15 and upper == len(content)
    if line.endswith((".", "”", '"', ":")) and len(words) > 12 and not (line.endswith(".") and every_word):
        return False
    stop_ok = not line.endswith(".") or every_word
    return bool(content) and upper / len(content) >= 0.8 and stop_ok


_SMALL_TITLE_WORDS = {"a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "with", "at", "by", "as", "is",
                      "from"}


def title_cased(line: str) -> bool:
    """Whether most of a line's words (all but the small ones a title leaves in lower case)
    are capitalised, as a title's are: "Donor and Trump May be Aligning on Trade.", not "Ana
    Costa met the farmers."."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", line)
    content = [w for w in words if w.lower() not in _SMALL_TITLE_WORDS]
    return bool(content) and sum(w[0].isupper() for w in content) / len(content) >= 0.8


def org_name(text: str, keep_the: bool = False) -> str:
    """An organisation's display name: without a leading article or a possessive owner
    ("Shanghai’s Fudan University" → "Fudan University", "her State Department" → "State
    Department"); "‘s" is the apostrophe some sites type the wrong way round."""
    s = text.strip()
    owner = re.match(r"^(.*?)['\u2019\u2018]s\s+(?=[A-Z])", s)
    if owner and not _names_own_plural(owner.group(1)) and not _name_making_possessive(owner.group(1)):
        s = s[owner.end():]
    s = re.sub(r"['\u2019\u2018]s?$", "", s)
    s = re.sub(r"^(?:his|her|its|their|our|my|your)\s+(?=[A-Z])", "", s)
    if not keep_the:
        s = re.sub(r"^(the|The)\s+", "", s)
    s = re.sub(r"^(?:a|an)\s+(?=[A-Z])", "", s)  # "a Republican Party with so few accomplishments"
    return s.strip().strip("\"\u201c\u201d").strip()  # 'the "Union State" process': the marks are no part


# Possessors that make a name rather than own it: a group of people ("People's Party",
# "Children's Fund", "Women's League", "Fishermen's Association") or a monarch or saint
# ("King's College", "St John's Hospital"); an owner is a place, person or body ("Shanghai's").
_NAME_MAKING_OWNERS = frozenset("people children women men king queen prince st saint".split())


def _name_making_possessive(owner: str) -> bool:
    """ "the Alzheimer's Association", "The Children's Society" in one span: "the" before a
    possessor that is no actor of its own (no country, body or acronym the gazetteer knows) says
    the possessive is part of the name; "the Kremlin's Security Council" keeps the owner out."""
    m = re.fullmatch(r"(?:the|The)\s+([A-Z][a-z]+)", owner.strip())
    return m is not None and gazetteer.lookup(m.group(1)) is None and gazetteer.seat(m.group(1)) is None \
        and gazetteer.demonym(m.group(1)) is None


def _names_own_plural(owner: str) -> bool:
    last = owner.split()[-1].lower().rstrip(".") if owner.split() else ""
    return last in _NAME_MAKING_OWNERS or (last.endswith("men") and len(last) > 5)


# Kin and aides only a person has ("Lee's wife", "Trump's aides"); not lawyers, a family or a
# parent, which a company has too ("Brightline's lawyers", "its parent").
KIN_AND_AIDES = frozenset("""wife husband son daughter mother father brother sister widow widower
aide""".split())
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx"})


def person_marked(tok: Token) -> bool:
    """A name word only a person's is: after "Mr./Ms." or before an age ("Sterling, 37,")."""
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.lower_.rstrip(".") in HONORIFICS:
        return True
    # ASCII digits only: "²" is a digit to ``str.isdigit`` but no number to ``int``
    return tok.i + 3 < len(doc) and doc[tok.i + 1].text == "," and re.fullmatch(r"[0-9]{1,3}", doc[tok.i + 2].text) \
        is not None and 0 < int(doc[tok.i + 2].text) < 120 and doc[tok.i + 3].text == ","
