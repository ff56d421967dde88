"""What a named mention is, decided before any is added: the classification of a span (type and
canonical name, or none for a place, a title, a demonym) from its label, the gazetteer, the
types voted by the grammar around the name's mentions (``type_votes``) and the names the
document gives its people. The spans it reads are cleaned first (``span_cleaning``); a seat of
government or a chamber's bare noun is read by ``seats_and_chambers``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import gazetteer
from ..entity_ids import TITLES_BARE, NAME_PARTICLES, ORG_WORDS, fold, is_media_name, strip_titles, surname_shape
from ..gender import forename_gender
from ..outlets import outlet_shaped
from .collectives import RELIGIONS, caucus_name, demonym_plural, party_plural
from .datelines import dateline_dash
from .mentions import HONORIFICS, org_name
from .name_variants import surname_here
from .seats_and_chambers import bare_chamber, gazetteer_names, seat_acts
from .span_cleaning import SpanCleaning
from .type_votes import TypeVotes

if TYPE_CHECKING:  # spaCy types only annotate: reading ids and names needs no spaCy
    from spacy.tokens import Span as SpacySpan


def _in_dateline(ent: SpacySpan) -> bool:
    """True when ``ent`` stands in the dateline that opens its line ("NEW YORK (AP) —")."""
    toks = list(ent.sent)
    k = dateline_dash(toks)
    return k is not None and ent.end <= toks[k].i


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


# Titles only a person bears (not "state", "navy", "foreign", which also open a body's name).
_PERSON_TITLES = HONORIFICS | frozenset("""dr prof sir dame lord lady councillor councilor senator sen mayor
governor gov judge congressman congresswoman rep alhaji alhaja hajia madam mallam""".split())
# Words of a body's name that ORG_WORDS does not list ("Victoria Police", "Chelsea Football Club").
_BODY_WORDS = {"police", "church", "tech", "fc", "club", "football", "united", "city", "county", "school",
               "college", "hospital", "museum", "foundation", "trust", "fund", "bank"}
# A title word alone, or a department's word that only ever follows one ("Secretary of State").
_LONE_TITLE_WORDS = TITLES_BARE | {"state", "defense", "treasury"}
_BODY_NAME_WORDS = ORG_WORDS | _BODY_WORDS  # (built once: the checks run per word)


def _singular_name(ent: SpacySpan) -> bool:
    """True for a span the model tagged NORP that reads as one person's name: two or three
    singular proper nouns, none a demonym, a religion or a body's word, opening with no
    article ("Marguerite Ostrowski stayed"); a people or a faith is plural or said by a
    demonym ("Shia Muslims", "Christian Democrats", "Native Americans")."""
    words = [t for t in ent]
    return 2 <= len(words) <= 3 and all(t.tag_ == "NNP" and t.text.istitle() and t.is_alpha for t in words) \
        and not any(gazetteer.demonym(t.text) or t.text in RELIGIONS or fold(t.text) in _BODY_NAME_WORDS
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


class MentionTypes(SpanCleaning, TypeVotes):
    """What a named mention is: the NER spans cleaned and typed (``EntityIndex`` reads them with these)."""

    # -- deciding what a mention is ---------------------------------------------------------
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

    def _classify(self, ent: SpacySpan) -> tuple[str, str] | None:
        """(type, canonical name) of a NER mention, or None when it is no actor (a place, a
        title, a demonym)."""
        decided = self._classify_mention(ent)
        if decided is not None and decided[0] == "organization" and bare_chamber(ent) and gazetteer_names(ent):
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
        known = gazetteer.lookup(text) is not None and not bare_chamber(ent)
        party = party_plural(ent) if label in ("NORP", "ORG") else None
        if party is not None:
            # "Democrats": the party; "House Republicans": that chamber's caucus, a group of its own
            return "organization", caucus_name(ent) or party
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
            if not seat_acts(ent):
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
                and not any(fold(w).strip(".,") in _BODY_NAME_WORDS for w in words):
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
        if all(w.lower().rstrip(".") in TITLES_BARE for w in words):
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
        if len(ent) == 1 and ent[0].lower_ in _LONE_TITLE_WORDS:
            return None  # "Secretary of State": a title, not an organisation
        if label == "ORG" and all(t.lower_.rstrip(".") in TITLES_BARE for t in ent if t.is_alpha):
            return None  # "Iran's Supreme Leader, X,", "its Prime Minister": title words alone name no body
        # a title only a person bears before the name says person as a forename does
        # ("Councillor Ewan Bryce" read as an ORG)
        titled = any(fold(w).rstrip(".") in _PERSON_TITLES for w in text.split()[:len(text.split()) - len(words)])
        if label == "ORG" and 2 <= len(words) <= 3 \
                and (forename_gender(" ".join(words)) is not None or titled) \
                and all(w[:1].isupper() and not w.isupper() for w in words) and "-" not in " ".join(words[1:]) \
                and not ("-" in words[0] and titled) \
                and not any(fold(w).strip(".,") in _BODY_NAME_WORDS for w in words):
            return "person", " ".join(words)  # "chief strategist Guy Cecil", "Carly Fiorina said": a forename, a name
        return "organization", org_name(text)
