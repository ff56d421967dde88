"""What a named mention is, decided before any is added: NER spans cleaned (junk dropped: a
dateline, a lone function word, an event "… Day", a fragment across a sentence stop; names
glued across a comma split; dates, a descriptor, a possessive's thing, an opening speech verb
and a headline's title-case words cut off), the types voted by the grammar around a name's
mentions (an apposition or a head noun, a place noun it modifies) over the small model's
label, the classification of a span (type and canonical name, or none for a place, a title,
a demonym), and whether a seat of government acts or speaks ("Moscow sees") or is a mere
place ("talks in Moscow"), with "Brussels" read as NATO or the EU by what the document is about.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .. import gazetteer
from ..actors import is_listed_actor_noun
from ..cues import is_speech_past
from ..entity_ids import _TITLES_BARE, NAME_PARTICLES, ORG_WORDS, fold, is_media_name, strip_titles, surname_shape
from ..gender import forename_gender
from ..outlets import media_vote, news_agency, outlet_shaped
from .collectives import RELIGIONS, demonym_plural, party_plural
from .datelines import after_dateline, dateline_dash, in_title_line, title_person
from .mentions import FIGURE_UNITS, HONORIFICS, KIN_AND_AIDES, head_type, hyphen_tail, modifies_thing, org_name, person_marked, root_outside
from .name_variants import is_apostrophe_name, surname_here
from .person_signs import person_signs
from .untagged_outlets import newsroom_of, published_in

if TYPE_CHECKING:  # spaCy types only annotate: reading ids and names needs no spaCy
    from spacy.tokens import Span as SpacySpan, Token


# Places a seat of government sits in, as opposed to acting ("talks in Moscow").
_PLACE_PREPS = {"in", "at", "near", "into", "outside", "across", "around", "inside", "within",
                "through", "throughout", "via", "over", "onto", "toward", "towards", "beyond"}
# Offices a city or a state holds of its own: "London's mayor", "the mayor of Paris" name the city,
# not the national government its name may stand for elsewhere ("London said").
_LOCAL_OFFICES = {"mayor", "governor", "gov", "councillor", "councilman", "councilwoman"}
_MOTION = {"visit", "travel", "fly", "go", "return", "arrive", "trip", "head", "move", "come",
           "send", "deploy", "journey", "flight", "race", "leave", "reach", "tour", "invite",
           "bring", "relocate", "drive", "rush"}


# Posts news writes between a body's name and its holder's ("Committee Chair", "Bureau Director").
_POST_WORDS = frozenset({"chair", "chairman", "chairwoman", "chairperson", "director", "president", "spokesman",
                         "spokeswoman", "spokesperson", "secretary", "ceo", "commissioner", "editor", "head"})


def _trailing_post(span: SpacySpan) -> int | None:
    """Where the post words at the end of an ORG span start, when a name follows the span and
    what stays is a body's name (its last word a body's word or an acronym): "Democratic
    National Committee Chair" before "Rep. X" is the committee. "House Minority Leader" stays
    whole (no body's word before the post), and so does a name no person follows."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None or not nxt.text[:1].isupper() or len(span) < 2:
        return None
    k = span.end
    while k - 1 > span.start and doc[k - 1].lower_ in _POST_WORDS:
        k -= 1
    if k == span.end:
        return None
    last = doc[k - 1]
    body = fold(last.text) in ORG_WORDS or (last.text.isupper() and len(last.text) >= 2 and last.is_alpha)
    return k if body else None


def _owner_and_name(doc, toks: list[Token]) -> int | None:  # noqa: ANN001 - a spaCy Doc
    """Where an ORG span glues a possessor to a person's name across a bare apostrophe the
    model did not read as a possessive ("Fox News’ Sean Hannity", typographic quotes): the
    apostrophe's index, when two or more capitalised words follow it, the first a known
    forename; else None."""
    for k, t in enumerate(toks[1:-2], 1):
        if t.text not in ("\u2019", "'") or t.whitespace_ == "" or not toks[k - 1].text.endswith("s"):
            continue
        rest = toks[k + 1:]
        if len(rest) >= 2 and all(w.is_alpha and w.text[:1].isupper() for w in rest) \
                and forename_gender(" ".join(w.text for w in rest)) is not None:
            return t.i
    return None


def _outlets_programme(doc, toks: list[Token]) -> bool:  # noqa: ANN001 - a spaCy Doc
    """True when the ORG span ``toks`` directly follows an outlet's possessive, tagged as a
    name of its own ("CBS's Face the Nation", "ABC News’ This Week"): the outlet's programme."""
    k = toks[0].i - 1
    if k < 1 or doc[k].text not in ("'s", "\u2019s", "'", "\u2019") or not doc[k - 1].ent_type_:
        return False
    if doc[k].text in ("'", "\u2019") and not doc[k - 1].text.endswith("s"):
        return False
    start = k - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    owner = doc[start:k].text
    return bool(gazetteer.media(owner)) or outlet_shaped(owner, strong_only=True)


def _in_dateline(ent: SpacySpan) -> bool:
    """True when ``ent`` stands in the dateline that opens its line ("NEW YORK (AP) —")."""
    toks = list(ent.sent)
    k = dateline_dash(toks)
    return k is not None and ent.end <= toks[k].i


def _is_date_word(tok: Token) -> bool:
    """A weekday, a relative day or a clock word; a month only before a number ("May 5"), since
    months are names too (Theresa May, Wang Jun)."""
    low = tok.lower_
    if low in _MONTHS:
        nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and nxt.like_num
    return low in _DATE_WORDS


_MONTHS = frozenset("""january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
_DATE_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday
tonight tomorrow january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec am pm a.m. p.m. gmt utc""".split())


_PLACE_GOVERNORS = frozenset("""annex annexation occupy occupation seize seizure capture liberate
liberation invade recapture""".split())


_SHIP_PREFIXES = frozenset({"USS", "HMS", "HMCS", "HMAS", "INS", "RFS", "USNS"})
# Government titles a capitalised portfolio word stands before ("Press Secretary", "Energy
# Minister"): the model tags the word alone as an ORG, and no body of that one name is meant.
_PORTFOLIO_TITLES = frozenset({"secretary", "minister"})
_BUILDING_WORDS = frozenset("""hotel palace palais building tower hall stadium arena airport square
bridge station terminal""".split())


# Last words of places and lines named after a person, which the model tags as the person
# (words that are also common surnames, "Hall", "Bridge", "Park", "Street", stay out).
_PLACES_NAMED_FOR_PEOPLE = frozenset("""station line square airport avenue boulevard cathedral stadium
university hospital museum memorial terminal""".split())
# Last words of buildings named for a person's surname ("Trump Tower"), kept to words seldom
# a surname themselves, and read so only when no forename opens the name.
_BUILDINGS_NAMED_FOR_PEOPLE = frozenset("""tower towers building hotel plaza center centre arena
palace""".split())

_EVENT_HEADS = frozenset({"Day", "Week", "Eve", "Anniversary", "Olympics", "Games", "Festival"})


# Titles only a person bears (not "state", "navy", "foreign", which also open a body's name).
_PERSON_TITLES = HONORIFICS | frozenset("""dr prof sir dame lord lady councillor councilor senator sen mayor
governor gov judge congressman congresswoman rep alhaji alhaja hajia madam mallam""".split())
# Words of a body's name that ORG_WORDS does not list ("Victoria Police", "Chelsea Football Club").
_BODY_WORDS = {"police", "church", "tech", "fc", "club", "football", "united", "city", "county", "school",
               "college", "hospital", "museum", "foundation", "trust", "fund", "bank"}


def _singular_name(ent: SpacySpan) -> bool:
    """True for a span the model tagged NORP that reads as one person's name: two or three
    singular proper nouns, none a demonym, a religion or a body's word, opening with no
    article ("Marguerite Ostrowski stayed"); a people or a faith is plural or said by a
    demonym ("Shia Muslims", "Christian Democrats", "Native Americans")."""
    words = [t for t in ent]
    return 2 <= len(words) <= 3 and all(t.tag_ == "NNP" and t.text.istitle() and t.is_alpha for t in words) \
        and not any(gazetteer.demonym(t.text) or t.text in RELIGIONS or fold(t.text) in ORG_WORDS | _BODY_WORDS
                    or t.text.endswith("s") for t in words)


def _plural_name_with_the(ent: SpacySpan, words: list[str]) -> bool:
    """Whether a one-word name stands in the plural after "the" ("the Houthis", "the Kennedys"):
    no one person is named so."""
    if len(words) != 1 or len(ent) != 1 or ent.start == 0:
        return False
    word = words[0]
    before = ent.doc[ent.start - 1]
    if ent.root.dep_ in ("compound", "nmod", "amod") and ent.root.head.i > ent.root.i:
        return False  # "the Sanders campaign": the article is the noun's, the name a person's
    return (before.lower_ == "the" and len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us"))
            and word[:1].isupper() and not word.isupper())


# Plural nouns of a relation to someone: capitalised in a readout ("our NATO Allies"), they
# still name no body of their own.
_RELATIONAL_PLURALS = {"allies", "partners", "friends", "neighbors", "neighbours", "members", "colleagues",
                       "counterparts", "supporters"}


def _relational_plural(ent: SpacySpan) -> bool:
    """ "our Indo-Pacific Allies", "their European Partners": a possessive pronoun and a plural
    noun of relation describe the owner's partners; no one body is named."""
    before = ent.doc[ent.start - 1] if ent.start else None
    return before is not None and before.tag_ == "PRP$" and ent[-1].lower_ in _RELATIONAL_PLURALS


# A romanised Korean given name, hyphened ("Min-koo", "Jae-in"), which follows the family name.
_KOREAN_GIVEN = re.compile(r"^[A-Z][a-z]{1,4}-[a-z]{1,5}$")


def _trimmed_edges(ent: SpacySpan) -> list[Token]:
    """The tokens of a NER span without what the model ran into the name at its edges:
    punctuation, dates, numbers, a trailing "on"/"at"/"in", a poll's figure, a dateline."""
    toks = [t for t in ent]
    while toks and (toks[-1].is_punct or toks[-1].is_space or _is_date_word(toks[-1])
                    or toks[-1].like_num or toks[-1].lower_ in ("on", "at", "in") and not hyphen_tail(toks[-1])
                    # "Clinton led Trump 47 percent to 39": a poll's figure run into the name
                    or toks[-1].lower_ in FIGURE_UNITS and len(toks) > 1 and toks[-2].like_num):
        if toks[-1].like_num and toks[-1].is_digit and len(toks) > 1 and ent.label_ == "ORG" and (
                gazetteer.media(toks[-2].text) or toks[-2].lower_ in ("channel", "tv", "radio")):
            break  # "Fox 35", "Channel 4": a local station, not the network the first word names
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].is_space or _is_date_word(toks[0]) or toks[0].like_num):
        toks.pop(0)
    return after_dateline(toks)  # "BOSTON - Rahm Emanuel": the dateline is no part of the name


def _outlet_parts(doc, toks: list[Token]) -> list[SpacySpan] | None:  # noqa: ANN001 - a spaCy Doc
    """An ORG span that holds an outlet and what is its own: the outlet alone ("CBS's Face the
    Nation"), none ("CBS's" tagged alone before its programme), the outlet and its person ("Fox
    News’ Sean Hannity"); None for any other span."""
    from spacy.tokens import Span as SpacySpan  # here, so reading ids needs no spaCy
    poss = next((k for k, t in enumerate(toks[1:-1], 1) if t.text in ("'s", "\u2019s")), None)
    if poss is not None and (gazetteer.media(doc[toks[0].i:toks[poss].i].text) or outlet_shaped(
            doc[toks[0].i:toks[poss].i].text, strong_only=True)):
        # "CBS's Face the Nation", "NBC's Meet the Press": the outlet; its programme is no actor
        return [SpacySpan(doc, toks[0].i, toks[poss].i, label="ORG")]
    if _outlets_programme(doc, toks):
        return []  # "CBS's" tagged alone, then "Face the Nation": the programme is no actor
    split = _owner_and_name(doc, toks)
    if split is not None:  # "Fox News’ Sean Hannity": the outlet, then its person
        return [SpacySpan(doc, toks[0].i, split, label="ORG"),
                SpacySpan(doc, split + 1, toks[-1].i + 1, label="PERSON")]
    return None


def _no_name(ent: SpacySpan, span: SpacySpan, words: list[Token]) -> bool:
    """Whether the trimmed span names no one: function words ("the", "It"), a body's word in
    capitals ("NETWORK"), an event ("Diplomatic Service Day"), a dateline ("FINSTADJORDET —"),
    a sentence stop read as an initial ("X. Targets")."""
    doc = ent.doc
    if not words or all(t.is_stop for t in words) or not any(t.text[:1].isupper() for t in words):
        return True  # "the", "It"
    if ent.label_ == "PERSON" and len(words) == 1 and words[0].text.isupper() and is_listed_actor_noun(words[0].text):
        return True  # "NETWORK" of "the USA TODAY NETWORK": a body's word in capitals, no person
    if words[-1].text in _EVENT_HEADS and len(words) > 1:
        return True  # "Diplomatic Service Day": an event, not an actor
    first = span[0]
    line_start = first.i == 0 or "\n" in doc[first.i - 1].text_with_ws or doc[first.i - 1].is_space
    nxt = doc[span.end] if span.end < len(doc) else None
    if (line_start and nxt is not None and nxt.text in ("\u2014", "\u2013", "--", "-", ",")
            and all(t.text.isupper() for t in words) and not gazetteer.lookup(span.text)):
        return True  # a dateline: "FINSTADJORDET —"
    if re.match(r"^[A-Z]\.\s+[A-Z][a-z]", span.text) and ent.label_ != "PERSON":
        return True  # "X. Targets": a sentence stop read as an initial
    return False


def _glued_names(ent: SpacySpan, span: SpacySpan, words: list[Token]) -> list[SpacySpan]:
    """The names in a span that may hold more than one: a body's name before its holder's post,
    names glued across commas ("Tusk, Zelenskiy"), the name after an office's words ("Director
    of National Intelligence Tulsi Gabbard"); else the span itself."""
    from spacy.tokens import Span as SpacySpan  # here, so reading ids needs no spaCy
    doc = ent.doc
    post = _trailing_post(span)
    if post is not None:  # "National Committee Chair Rep. X": the body's name, then its holder's post
        return [SpacySpan(doc, span.start, post, label=ent.label_)]
    commas = [t for t in span if t.text == ","]
    if commas and all(t.text[:1].isupper() for t in words):
        parts, start = [], span.start
        for c in commas + [None]:
            end = c.i if c is not None else span.end
            if end > start:
                parts.append(doc[start:end])
            start = end + 1 if c is not None else start
        return [p for p in parts if any(t.text[:1].isupper() for t in p)]
    # "Director of National Intelligence Tulsi Gabbard": an office's words glued to the name
    prev = doc[span.start - 1] if span.start > 0 else None
    if (prev is not None and prev.lower_ == "of" and prev.i > 0 and doc[prev.i - 1].lower_.rstrip(".") in _TITLES_BARE
            and len(words) >= 4 and all(t.text[:1].isupper() for t in words)
            and not any(fold(t.text) in ORG_WORDS for t in words) and words[-1].pos_ == "PROPN" and words[-2].pos_ == "PROPN"
            and not any(fold(t.text) in ORG_WORDS for t in words[-2:])):
        tail = doc[words[-2].i:words[-1].i + 1]
        return [SpacySpan(doc, tail.start, tail.end, label="PERSON")]
    if span.start != ent.start or span.end != ent.end:
        return [SpacySpan(doc, span.start, span.end, label=ent.label_)]
    return [ent]


class MentionTypes:
    """What a named mention is: the NER spans cleaned and typed (``EntityIndex`` reads them with these)."""

    # -- deciding what a mention is ---------------------------------------------------------
    @staticmethod
    def _brussels_means(ents: list[SpacySpan]) -> str:
        nato = sum(1 for e in ents if gazetteer.organization(e.text) == "NATO")
        eu = sum(1 for e in ents if gazetteer.organization(e.text) == "European Union")
        return "NATO" if nato > eu else "European Union"

    @staticmethod
    def _person_name_words(ents: list[SpacySpan]) -> set[str]:
        """Folded full names and surnames of the people the model tagged PERSON, for fixing
        the same names tagged ORG elsewhere in the document."""
        out: set[str] = set()
        for e in ents:
            if e.label_ != "PERSON" or gazetteer.lookup(e.text) or gazetteer.seat(e.text):
                continue
            words = strip_titles(e.text.split())
            if words:
                out.add(fold(" ".join(words)))
                if len(words) > 1:
                    out.add(fold(words[-1]))
                if len(words) == 2 and _KOREAN_GIVEN.match(words[1]):
                    out.add(fold(words[0]))  # "Han Min-koo": the family name comes first
        return out

    # -- cleaning NER spans -----------------------------------------------------------------
    def _clean(self, ent: SpacySpan) -> list[SpacySpan]:
        """The name spans in a NER span: none for junk (a dateline "FINSTADJORDET —", a lone
        function word, an event "… Day", a fragment across a sentence stop "X. Targets"),
        two for names glued across a comma ("Tusk, Zelenskiy"), the name alone without
        dates, times, commas or a title glued before it."""
        from spacy.tokens import Span as SpacySpan  # here, so reading ids needs no spaCy
        doc = ent.doc
        toks = _trimmed_edges(ent)
        if not toks:
            return []
        if len(toks) == 1 and _in_hyphened_phrase(toks[0]):
            return []  # "a Johnny-come-lately", "a jack-in-the-box": a word of an idiom, no one named
        if len(toks) == 1 and toks[0].i > 0 and toks[0].text[:1].isupper():
            # "Alexei Dronov, Russia's ambassador": the model tagged the surname alone; a forename
            # written just before it, in no span of its own, opens the name
            prev = doc[toks[0].i - 1]
            if prev.pos_ == "PROPN" and not prev.ent_type_ and prev.whitespace_ == " " \
                    and prev.text[:1].isupper() and prev.text[1:].islower() \
                    and forename_gender(f"{prev.text} {toks[0].text}") is not None:
                return self._clean(SpacySpan(doc, prev.i, toks[0].i + 1, label="PERSON"))
        if ent.label_ == "PERSON":
            # "Joe Biden's Meeting": what follows a possessive is the person's thing, not the name
            cut_at = next((t.i for t in toks[1:-1] if t.text in ("'s", "\u2019s", "'", "\u2019")), None)
            if cut_at is not None:
                toks = [t for t in toks if t.i < cut_at]
        if ent.label_ == "ORG":
            parts = _outlet_parts(doc, toks)
            if parts is not None:
                return parts
        if ent.label_ == "PERSON" and toks[-1].i + 1 < len(doc) and is_apostrophe_name(doc[toks[-1].i + 1]) \
                and toks[-1].whitespace_:
            # "Bill O'Reilly": the model stops before a surname it read as an adverb
            return self._clean(SpacySpan(doc, toks[0].i, toks[-1].i + 2, label="PERSON"))
        if ent.label_ == "PERSON" and len(toks) > 1 and toks[0].is_sent_start and is_speech_past(toks[0].text):
            toks = toks[1:]  # "Stated Pell: …": the verb that opens the sentence is the cue
        if ent.label_ == "PERSON" and len(toks) > 1:
            toks = self._name_in_headline(ent, toks)
        return self._clean_span(ent, doc[toks[0].i:toks[-1].i + 1])

    def _clean_span(self, ent: SpacySpan, span: SpacySpan) -> list[SpacySpan]:
        """The name spans in ``span``, the words of ``ent`` trimmed to a name: none for junk, the
        name without a descriptor before it, or the names glued in it (``_glued_names``)."""
        from spacy.tokens import Span as SpacySpan  # here, so reading ids needs no spaCy
        words = [t for t in span if not t.is_punct]
        if _no_name(ent, span, words):
            return []
        # "Public broadcaster DR": the descriptor is evidence of the type, not part of the name
        cut = max((t.i for t in span[:-1] if t.pos_ == "NOUN" and t.text.islower() and head_type(t.lemma_.lower())),
                  default=None)
        if cut is not None:
            return self._clean(SpacySpan(ent.doc, cut + 1, span.end, label=ent.label_))
        if ent.label_ == "ORG" and root_outside(span):
            return []  # "Air Force" of "Air Force One": part of a longer name
        return _glued_names(ent, span, words)

    def _name_in_headline(self, ent: SpacySpan, toks: list[Token]) -> list[Token]:
        """The words of a PERSON span of two or more that name the person, where a headline or a
        title line ran other capitalised words into it: cut to the words the body's names use."""
        if fold(toks[0].text) in self._body_name_words and self._in_headline(ent):
            # "Maher Tells Guest Muslim Violence": the name is the words the body's names use,
            # up to the first that is none of them (the body's other capitalised words, "Muslim",
            # would keep the headline's verb and object)
            n = next((k for k, t in enumerate(toks) if fold(t.text) not in self._body_name_words), len(toks))
            toks = toks[:n]
        elif fold(toks[0].text) in self._body_person_words and self._in_headline(ent):
            # the body's names lack the first word, so these are its capitalised proper nouns, which
            # hold no particle or hyphen of a name ("van", "bin", "-"): only the tail is trimmed, on
            # purpose, where the cut above at the first outsider would split such a name
            while len(toks) > 1 and fold(toks[-1].text) not in self._body_person_words:
                toks.pop()
        elif fold(toks[-1].text) in self._body_name_words and self._in_headline(ent):
            # "Gun Used To Kill Trayvon Martin": the headline's verb glued before the body's name
            # (a forename stays: "Joe Biden" where the body writes "Joseph R. Biden")
            while len(toks) > 2 and fold(toks[0].text) not in self._body_name_words \
                    and forename_gender(" ".join(t.text for t in toks[:2])) is None:
                toks.pop(0)
        elif in_title_line(self, ent.start_char):
            toks = title_person(self, toks)  # a sentence-case title: "Trump May be Aligning" → Trump
        return toks

    def _type_votes(self, ents: list[SpacySpan]) -> dict[str, dict[str, int]]:
        """Type votes per name (folded, titles stripped) from the grammar around its mentions
        (the model's label is what they overrule, so it does not vote): an apposition or a head noun before the name
        ("Ukrenergo, the grid operator", "public broadcaster DR") says organisation, outlet,
        place or person; a name modifying a place noun ("Krasnodar region", "Zaporizhzhia
        nuclear plant") or governed by "in"/"near" is a place."""
        votes: dict[str, dict[str, int]] = {}
        uses: Counter[str] = Counter()
        thing_uses: Counter[str] = Counter()
        for e in ents:
            key = fold(" ".join(strip_titles(e.text.split())))
            uses[key] += 1
            thing_uses[key] += modifies_thing(e)
            v = votes.setdefault(key, {})
            ev, weight = self._evidence(e)
            if ev:
                v[ev] = v.get(ev, 0) + weight
            elif person_signs(e):  # "Gustavo Petro … He said", "Dominique de Villepin" read as ORG
                v["person"] = v.get("person", 0) + person_signs(e)
        self._modifiers_only = {k for k, n in uses.items() if thing_uses[k] == n}
        if ents:  # "Alton Sterling" (ORG) … "Sterling, 37," / "Mr. Sterling" untagged: the surname votes too
            marked = {fold(t.text) for t in ents[0].doc if t.text[:1].isupper() and person_marked(t)}
            # "Namibia's president, Geingob," after "Hage Geingob" (ORG): the surname alone that
            # the grammar around it calls a person (apposition, a title's head noun) marks too
            marked |= {k for k, v in votes.items() if " " not in k and v.get("person", 0)
                       and v["person"] == max(v.values())}
            for key in {fold(" ".join(strip_titles(e.text.split()))) for e in ents if e.label_ != "PERSON"}:
                if key and key.split()[-1] in marked:
                    votes.setdefault(key, {})["person"] = votes.get(key, {}).get("person", 0) + 3
        return votes

    def _evidence(self, e: SpacySpan) -> tuple[str | None, int]:
        doc = e.doc
        root = e.root
        nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            nouns.append(root.head)
        prev = doc[e.start - 1] if e.start > 0 else None
        if prev is not None and prev.pos_ == "NOUN" and prev.dep_ == "pobj" and prev.head.lower_ == "of" \
                and prev.head.head.i < prev.i and prev.head.head.text.islower() \
                and head_type(prev.head.head.lemma_.lower()) == "person" \
                and head_type(prev.lemma_.lower()) not in ("organization", "media"):
            # "former secretary of state Hillary Clinton": the title's head says it; but in "the
            # head of the state corporation Rosatom" the nearer noun names what Rosatom is
            prev = prev.head.head
        if prev is not None and prev.pos_ == "NOUN" and prev.text.islower():
            nouns.insert(0, prev)  # "state grid operator Ukrenergo": the nearest word says most
        if len(e) > 1 and e[0].lower_.rstrip(".") in HONORIFICS or person_marked(root):
            return "person", 3  # "Mr. Sterling", "Alton Sterling, 37, …"
        if prev is not None and e.label_ == "ORG" and len(e) in (2, 3) and prev.text.istitle() \
                and prev.dep_ == "compound" and e.start <= prev.head.i < e.end and head_type(prev.lower_) == "person":
            return "person", 3  # "Chief Executive Officer Corinna Vestergaard": a person's title before the name
        if root.dep_ == "poss" and e.label_ == "ORG" and root.head.lemma_.lower() in KIN_AND_AIDES:
            return "person", 3  # "Trump's aides", "Lee's wife": only a person has them (a company has lawyers too)
        if news_agency(nouns + ([root.head] if root.dep_ == "compound" and root.head.i >= e.end else [])):
            return "media", 3  # "the news agency Interfax", "Interfax news agency"
        for n in nouns:
            t = head_type(n.lemma_.lower())
            if t:
                return t, 3
        if media_vote(e):
            return "media", 3  # "told ITV", "an interview with the Arctic Herald", "Newsmax first reported"
        words = e.text.split()
        if any(fold(w).strip(".,") in ORG_WORDS for w in words):
            return None, 0
        if root.dep_ in ("compound", "nmod") and root.head.pos_ == "NOUN" and root.head.i >= e.end:
            if head_type(root.head.lemma_.lower()) == "place":
                return "place", 2
        if root.dep_ == "pobj" and e.label_ == "ORG" and newsroom_of(root.head):
            return "media", 3  # "a reporter for The Lantern", "a columnist at the Valley Courier"
        if root.dep_ == "pobj" and root.head.lower_ == "in" and published_in(root.head):
            return ("media", 3) if outlet_shaped(e.text) or e[0].lower_ == "the" else (None, 0)  # "wrote in The Times"
        if root.dep_ == "pobj" and root.head.lower_ in ("in", "near", "across", "inside", "throughout") \
                and e.label_ != "PERSON" and not outlet_shaped(e.text, strong_only=True):
            return "place", 2
        if e.label_ != "PERSON" and root.dep_ in ("dobj", "pobj") and root.head.lemma_.lower() in _PLACE_GOVERNORS:
            return "place", 2  # "annexed Crimea", "the occupation of Crimea"
        if e.label_ != "PERSON" and root.dep_ == "pobj" and root.head.lower_ == "including" \
                and head_type(root.head.head.lemma_.lower()) == "place" or any(
                    c.dep_ == "conj" and c.pos_ == "NOUN" and head_type(c.lemma_.lower()) == "place" for c in root.children):
            return "place", 2  # "territory, including Crimea", "Crimea and four regions"
        if e.label_ == "GPE" and root.dep_ in ("nsubj", "nsubjpass"):
            return "actor", 1
        return None, 0

    def _classify(self, ent: SpacySpan) -> tuple[str, str] | None:
        """(type, canonical name) of a NER mention, or None when it is no actor (a place, a
        title, a demonym)."""
        decided = self._classify_mention(ent)
        if decided is not None and decided[0] == "organization" and _bare_chamber(ent) and gazetteer_names(ent):
            # "House Speaker X", "the speaker of the House": the bare noun of a post's chamber,
            # which a reader takes for the national one, named in full as the gazetteer names it
            # ("Ohio House Speaker X" is the state's own)
            hit = gazetteer.lookup(ent.text.strip())
            return hit if hit is not None and hit[0] == "organization" else decided
        return decided

    def _classify_mention(self, ent: SpacySpan) -> tuple[str, str] | None:
        """``_classify``'s reading of one mention."""
        text = ent.text.strip()
        label = ent.label_
        # a chamber's bare noun ("House") the gazetteer knows is typed as any other word: the
        # gazetteer gives its full name (``_classify``), not whether it acts ("served in the House")
        known = gazetteer.lookup(text) is not None and not _bare_chamber(ent)
        party = party_plural(ent) if label in ("NORP", "ORG") else None
        if party is not None:
            return "organization", party  # "Democrats", "House Republicans": the party
        if label == "NORP" and _singular_name(ent):
            return "person", " ".join(strip_titles(text.split()))  # "Marguerite Ostrowski stayed" tagged NORP
        if label == "NORP" and len(ent) == 1 and fold(text) in self._person_words and not gazetteer.demonym(text) \
                and text not in RELIGIONS:
            return "person", text  # "Dana Hollis … Brandt and Hollis clashed": her surname, read as a nationality
        if label == "NORP" or len(ent) == 1 and (text in RELIGIONS or demonym_plural(ent)) \
                or label == "PERSON" and gazetteer.demonym(text):  # "Sri Lankan Foreign Minister X"
            return None  # "Americans", "Iowans", "Islam": people of a place or a faith, no named actor
        if label == "ORG" and (text.islower() or len(ent) > 1 and ent[0].is_sent_start
                               and all(t.is_alpha and t.text.islower() for t in ent[1:])):
            return None  # "social democrats", "republican values": no name, no actor
        if label in ("ORG", "NORP") and _relational_plural(ent):
            return None  # "our Indo-Pacific Allies", "its European Partners": whose, not who
        if label in ("ORG", "FAC") and len(ent) == 1 and ent[0].pos_ == "ADJ" and not known:
            return None  # "Controversial owner X": a capitalised adjective opening a sentence
        if self._in_headline(ent) and (label != "PERSON" or len(ent) == 1) and not known:
            return None  # "Bongino Makes Jaw-Dropping Admission": a headline the model read as an ORG
        hit = gazetteer.lookup(text) if known else None
        if hit is not None and hit[0] != "country" and surname_here(self, ent):
            return "person", text  # "Michael Bloomberg … Bloomberg is considering a run": the person, not the outlet
        if hit is not None:
            return hit  # "Der Spiegel" tagged PERSON is an outlet; "Ukraine" tagged ORG the country
        if gazetteer.region(text) or gazetteer.region(org_name(text)):
            return None  # "the Middle East", "Crimea": where things happen, not who acts
        if len(ent) == 1 and gazetteer.demonym(text) and not gazetteer.country(text):
            return None  # "the Kuwaiti foreign minister": an adjective the model tagged; its country is read there
        if org_name(text).split()[0].upper().rstrip(".") in _SHIP_PREFIXES:
            return None  # "USS George Washington": a ship
        seat = gazetteer.seat(text)
        if seat is not None and label == "PERSON" and surname_here(self, ent):
            # "Paulo Lima … Lima said", read as a person: the surname, not the capital (Peru); a
            # capital the model reads as a place stays one ("George Washington … Washington imposed")
            return "person", text
        if seat is not None:
            if not self._acting(ent):
                return None
            if seat == gazetteer.EU_OR_NATO:
                return "organization", self._brussels
            return "country", seat
        if "-" in text and all(gazetteer.country(p) or gazetteer.demonym(p) for p in text.split("-") if p):
            return None  # "U.S.-Japan", "U.S.-China": a pair, read by relations
        words = strip_titles(text.split())
        if not words:
            return None
        if label == "ORG" and len(ent) == 1 and ent.end < len(ent.doc) and ent[0].head.i == ent.end \
                and ent.doc[ent.end].lower_ in _PORTFOLIO_TITLES:
            return None  # "Press Secretary X", "Commerce Secretary Y": the portfolio, part of the title
        vote = self._votes.get(fold(" ".join(words)), {})
        top = max(sorted(vote), key=vote.__getitem__) if vote else None
        if top is not None and vote[top] <= sum(vote.values()) - vote[top]:
            top = None  # no clear majority: the model's label stands
        if top == "place":
            return None  # a region, a city, a plant's town: where things happen, not who acts
        if top == "media" and (label != "PERSON" or len(words) == 1 or outlet_shaped(text)):
            return "media", org_name(text)
        if top == "organization" and label in ("PERSON", "FAC"):  # "the advocacy group Progress Iowa" (FAC)
            return "organization", org_name(text)
        if top == "person" and label != "PERSON" and len(words) <= 4 \
                and words[0][:1].isupper() and words[-1][:1].isupper() \
                and all(w[:1].isupper() or w in NAME_PARTICLES for w in words[1:-1]) \
                and not any(fold(w).strip(".,") in ORG_WORDS | _BODY_WORDS for w in words):
            return "person", " ".join(words)  # "his wife, Callista", "Alton Sterling, 37,": the grammar says person
        if label == "PERSON":
            return self._person_tagged(ent, text, words)
        if label in ("GPE", "LOC"):
            return self._place_tagged(ent, text, words)
        return self._body_tagged(ent, text, words)

    def _person_tagged(self, ent: SpacySpan, text: str, words: list[str]) -> tuple[str, str] | None:
        """``_classify``'s reading of a mention the model tagged PERSON, past the checks of every
        label: a person, unless its words are a title, a credit, a capitalised word, a body,
        a family or movement, or a place or building named for a person."""
        if all(w.lower().rstrip(".") in _TITLES_BARE for w in words):
            return None  # "Dean"
        if "/" in text or not text[:1].isupper():
            return None  # photo credits ("matt dunham", "Wiktor Dabkowski/Zuma Press")
        if (len(words) == 1 and ent[0].is_sent_start and self._person_word_uses[fold(words[0])] == 1
                and ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN" and ent.root.head.text.islower()):
            return None  # "Calendar fortuity or not, …": a capitalised word, once, modifying a noun
        if any(fold(w).strip(".,") in ORG_WORDS for w in words[1:]) and len(words) > 1:
            return "organization", org_name(text)
        if _plural_name_with_the(ent, words):
            # "the Houthis fired …": a plural name with "the" is a movement or a group, not one
            # person; "the Obamas", whose singular the story gives a person, is a family
            if fold(words[0][:-1]) in self._person_words:
                return "group", words[0]
            return "organization", words[0]
        if len(words) > 1 and fold(words[-1]) in _PLACES_NAMED_FOR_PEOPLE:
            return None  # "Victoria Station", "the Elizabeth Line": named for a person, no person
        if len(words) > 1 and fold(words[-1]) in _BUILDINGS_NAMED_FOR_PEOPLE \
                and forename_gender(" ".join(words)) is None:
            # "Trump Tower", "Rockefeller Center": a building named for a surname, which must
            # not become the person its surname names ("John Tower" opens with a forename)
            return None
        return "person", " ".join(words)

    def _place_tagged(self, ent: SpacySpan, text: str, words: list[str]) -> tuple[str, str] | None:
        """``_classify``'s reading of a mention tagged GPE or LOC: a country when it acts as a
        subject, a person when the document names one so; else a place, no actor."""
        if ent.label_ == "GPE" and ent.root.dep_ in ("nsubj", "nsubjpass") \
                and fold(" ".join(words)) not in self._person_words \
                and not _in_dateline(ent):  # "NEW YORK (AP) — …": where the story was filed, no actor
            return "country", org_name(text)
        if fold(" ".join(words)) in self._person_words:
            return "person", " ".join(words)
        return None

    def _body_tagged(self, ent: SpacySpan, text: str, words: list[str]) -> tuple[str, str] | None:
        """``_classify``'s reading of a mention tagged ORG or FAC (or any other label): an
        organisation, unless it is a building or venue, a thing's name, an outlet, a person's
        name the document or a forename or title shows, or title words alone."""
        label = ent.label_
        if label == "FAC" and not any(fold(w).strip(".,") in ORG_WORDS for w in words):
            return None  # a building or a place
        if any(fold(w) in _BUILDING_WORDS for w in words) and ent.root.dep_ not in ("nsubj", "nsubjpass"):
            return None  # "talks at the InterContinental Hotel": a venue, unless it acts
        if fold(" ".join(words)) in self._modifiers_only:
            return None  # "Oreshnik hypersonic missiles": the name of a thing, never of who acts
        if is_media_name(text):
            return "media", org_name(text)
        low = fold(" ".join(words))
        if len(words) == 1 and len(low) >= 6 and surname_shape(low) in {
                surname_shape(w) for w in self._person_words if " " not in w and len(w) >= 6}:
            return "person", words[0]  # "Zelenskiy" (ORG) after "Volodymyr Zelensky": one surname spelled two ways
        if low in self._person_words or (
                len(words) > 1 and fold(words[-1]) in self._person_words
                and not any(fold(w).strip(".,") in ORG_WORDS for w in words)):
            return "person", " ".join(words)
        if (gazetteer.demonym(text.split()[0]) and 2 <= len(words) <= 3 and len(words) < len(text.split())
                and all(w[:1].isupper() for w in words) and not any(fold(w).strip(".,") in ORG_WORDS for w in words)
                and (forename_gender(" ".join(words)) or fold(words[-1]) in self._person_words)):
            # "Ukrainian Volodymyr Zelenskiy" read as an ORG; "U.S. Air Force" stays a body
            return "person", " ".join(words)
        if len(ent) == 1 and ent[0].lower_ in _TITLES_BARE | {"state", "defense", "treasury"}:
            return None  # "Secretary of State": a title, not an organisation
        if label == "ORG" and all(t.lower_.rstrip(".") in _TITLES_BARE for t in ent if t.is_alpha):
            return None  # "Iran's Supreme Leader, X,", "its Prime Minister": title words alone name no body
        # a title only a person bears before the name says person as a forename does
        # ("Councillor Ewan Bryce" read as an ORG)
        titled = any(fold(w).rstrip(".") in _PERSON_TITLES for w in text.split()[:len(text.split()) - len(words)])
        if label == "ORG" and 2 <= len(words) <= 3 \
                and (forename_gender(" ".join(words)) is not None or titled) \
                and all(w[:1].isupper() and not w.isupper() for w in words) and "-" not in " ".join(words[1:]) \
                and not ("-" in words[0] and titled) \
                and not any(fold(w).strip(".,") in ORG_WORDS | _BODY_WORDS for w in words):
            return "person", " ".join(words)  # "chief strategist Guy Cecil", "Carly Fiorina said": a forename, a name
        return "organization", org_name(text)

    def _acting(self, ent: SpacySpan) -> bool:
        """True when a seat of government acts or speaks ("Moscow sees", "pressure from
        Oslo", "the Kremlin's plan"), False when it is a place ("talks in Moscow")."""
        doc = ent.doc
        root = ent.root
        nxt = doc[ent.end] if ent.end < len(doc) else None
        at_line_start = ent.start == 0 or "\n" in doc[ent.start - 1].text_with_ws or doc[ent.start - 1].is_space
        if at_line_start and nxt is not None and nxt.text in ("\u2014", "-", "\u2013", "--", ","):
            return False  # a dateline: "BRUSSELS —"
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if root.dep_ == "pobj":
            prep = root.head.lower_
            if prep in _PLACE_PREPS:
                return False
            if prep in ("to", "from") and root.head.head.lemma_.lower() in _MOTION:
                return False
        if root.dep_ == "dobj" and root.head.lemma_.lower() in _MOTION:
            return False
        office = root.head if root.dep_ in ("poss", "compound") else \
            root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
        if office is not None and office.lower_.rstrip(".") in _LOCAL_OFFICES:
            return False  # "London's mayor", "Paris Mayor X": the city's own office
        return True


def _in_hyphened_phrase(tok: Token) -> bool:
    """True when ``tok`` opens a phrase of three or more words joined by hyphens whose other
    words are lower case ("Johnny-come-lately"): an idiom, not a name ("Trump-style" and
    "Jean-Pierre" have two parts, or a capital)."""
    doc = tok.doc
    words: list[Token] = []
    k = tok.i + 1
    while k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_:
        words.append(doc[k + 1])
        k += 2
    return len(words) >= 2 and all(w.text.islower() for w in words)


# Legislative chambers a news story may name by their bare noun, national or a state's own.
_CHAMBERS = {"house", "senate", "assembly"}


def _bare_chamber(span: SpacySpan) -> bool:
    """Whether ``span`` is a chamber's bare noun alone ("House")."""
    return len(span) == 1 and fold(span.text) in _CHAMBERS


def _chamber_of_a_post(span: SpacySpan) -> bool:
    """Whether ``span`` is a chamber's bare noun said as the body of a post: a noun's modifier
    ("House Speaker", "House Majority Leader") or the "of" after one ("speaker of the House");
    not a chamber where things happen ("served in the House")."""
    if not _bare_chamber(span):
        return False
    root = span.root
    return root.dep_ == "compound" and root.head.i > root.i or root.dep_ == "pobj" \
        and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "PROPN")


def gazetteer_names(span: SpacySpan) -> bool:
    """Whether the gazetteer's name of ``span``'s words holds where they are written: always,
    but a chamber written by its bare noun ("House", which the gazetteer takes for the national
    one) only as a post's chamber and not after a place: "Ohio House Speaker X", "the state
    House" are a state's own chamber."""
    if not _bare_chamber(span):
        return True
    before = span.doc[span.start - 1] if span.start else None
    local = before is not None and (before.lower_ == "state" or before.ent_type_ == "GPE" and before.text[:1].isupper())
    return _chamber_of_a_post(span) and not local
