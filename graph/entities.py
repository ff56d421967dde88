"""From mentions to entities: one entity per real actor, in a document and across documents.

**Within a document** ``EntityIndex`` collects the named mentions of a parsed Doc and clusters
them: "President Vladimir Putin", "Putin" and "the president" are one person; titles are
stripped ("Retired Gen. Sir Richard Barrons" → Richard Barrons). The small model's types are
corrected by a gazetteer (``gazetteer.py``: countries, seats of government, organisations,
outlets) and by document consistency ("Trump" tagged ORG where "Donald Trump" is a PERSON).
Seats of government stand for their country when they act or speak ("Moscow and Beijing see
opportunity" → Russia, China; "Brussels" → NATO or the EU, whichever the document is about)
and are left out as mere places otherwise ("in Moscow"). Definite role nouns ("the president",
"the special envoy") join the person who holds that title.

Types are voted by the grammar around a name's mentions (a head noun or apposition:
"Ukrenergo, the grid operator", "public broadcaster DR"; a place noun it modifies: "Krasnodar
region"), which overrules the model's label; places that are no country are left out.

Names, keys and ids are in ``entity_ids`` (``entity_id``, ``fold``, ``strip_titles`` …), the
merge across documents in ``corpus`` (``merge_corpus``, ``corpus_id_map`` …), display names
in ``naming``; the names this module always exported are still importable from it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from . import gazetteer
from .actors import is_actor_noun, is_document_noun, is_listed_actor_noun
from .boilerplate import furniture, inside
from .cues import is_speech_past
from .corpus import corpus_id_map, corpus_types, merge_corpus, remap_ids  # noqa: F401 (exported here too)
from .entity_ids import (  # noqa: F401 (exported here too)
    GENERIC_HEADS, MEDIA_WORDS, ORG_WORDS, TITLES, _TITLES_BARE, _compatible_first, _edit_distance, _letters,
    _person_shaped, display_name, entity_id, first_shape, fold, id_key, is_generic, is_media_name, name_key, name_parts,
    person_key, split_owner, strip_titles, surname_shape,
)
from .gender import forename_gender
from .layout import Layout
from .markup import strip_tags
from .model import Entity, EntityRef, Span, document_id
from .outlets import media_vote, news_agency, outlet_shaped

if TYPE_CHECKING:  # spaCy types only annotate: reading ids and names needs no spaCy
    from spacy.tokens import Doc, Span as SpacySpan, Token


_GENDERED_TITLES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m",
                    "lady": "f", "king": "m", "queen": "f", "prince": "m", "princess": "f",
                    "spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f"}

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}

# Role nouns a name may stand in apposition to ("envoys, Ana Ruiz and Pablo Diaz").
_ROLE_NOUNS = frozenset("""envoy aide adviser advisor minister spokesman spokeswoman spokesperson
ambassador negotiator representative official diplomat secretary president chancellor premier
leader director chief head commander general deputy emissary delegate""".split())


# Places a seat of government sits in, as opposed to acting ("talks in Moscow").
_PLACE_PREPS = {"in", "at", "near", "into", "outside", "across", "around", "inside", "within",
                "through", "throughout", "via", "over", "onto", "toward", "towards", "beyond"}
# Offices a city or a state holds of its own: "London's mayor", "the mayor of Paris" name the city,
# not the national government its name may stand for elsewhere ("London said").
_LOCAL_OFFICES = {"mayor", "governor", "gov", "councillor", "councilman", "councilwoman"}
_MOTION = {"visit", "travel", "fly", "go", "return", "arrive", "trip", "head", "move", "come",
           "send", "deploy", "journey", "flight", "race", "leave", "reach", "tour", "invite",
           "bring", "relocate", "drive", "rush"}



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
_BUILDING_WORDS = frozenset("""hotel palace palais building tower hall stadium arena airport square
bridge station terminal""".split())

_EVENT_HEADS = frozenset({"Day", "Week", "Eve", "Anniversary", "Olympics", "Games", "Festival"})

# Head nouns that say what a name is: "Ukrenergo, the grid operator", "public broadcaster DR".
_MEDIA_HEADS = frozenset("""broadcaster newspaper paper outlet daily weekly tabloid channel
magazine network website newswire""".split())
_ORG_HEADS = frozenset("""operator company firm group agency utility corporation organization
organisation institute ministry manufacturer producer giant conglomerate bank maker party
movement militia body regulator watchdog monitor provider supplier developer contractor
carrier airline startup insurer authority union charity""".split())
_PLACE_HEADS = frozenset("""region city town village province oblast district area territory part
peninsula plant station port border airport capital state county krai republic enclave
coast island facility reactor""".split())


# Kinds of body an article names and then calls by the kind alone ("the committee", "the
# ministry"); the name must end in the noun for "the <noun>" to stand for it.
_BODY_NOUNS = frozenset("""committee ministry department agency commission council party campaign
administration company firm bank court office organization organisation union alliance bloc
association foundation institute university movement parliament assembly government
authority board bureau service""".split())


# Words of a body's name that ORG_WORDS does not list ("Victoria Police", "Chelsea Football Club").
_BODY_WORDS = {"police", "church", "tech", "fc", "club", "football", "united", "city", "county", "school",
               "college", "hospital", "museum", "foundation", "trust", "fund", "bank"}


def _last_word(name: str) -> str:
    words = name.lower().split()
    return words[-1] if words else ""


def _head_type(lemma: str) -> str | None:
    if lemma in _MEDIA_HEADS:
        return "media"
    if lemma in _ORG_HEADS:
        return "organization"
    if lemma in _PLACE_HEADS:
        return "place"
    if lemma in _ROLE_NOUNS or lemma in _TITLES_BARE:
        return "person"
    return None


# -- the clusters of one document ------------------------------------------------------------
@dataclass
class _Cluster:
    type: str
    name: str
    mentions: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    description: str | None = None
    roles: set[str] = field(default_factory=set)  # role nouns: "president", "diplomat", "aide"
    gender: str | None = None  # "m"/"f" when a title or a pronoun says so
    affiliation: dict[str, str] = field(default_factory=dict)  # role noun → country ("president" → Ukraine)
    # Bookkeeping of the index, so lookups by position never walk all mentions: creation
    # order, the mentions' ends and starts kept sorted, the tokens mapped to this cluster.
    seq: int = field(default=0, repr=False, compare=False)
    _ends: list[int] = field(default_factory=list, repr=False, compare=False)
    _spans: list[tuple[int, int]] = field(default_factory=list, repr=False, compare=False)
    _longest: int = field(default=0, repr=False, compare=False)
    _tokens: list[int] = field(default_factory=list, repr=False, compare=False)
    scope: str = ""  # the document's id when the name is generic (see ``entity_id``)
    _cached: tuple[str, str, str, str] | None = field(default=None, repr=False, compare=False)
    _ref: EntityRef | None = field(default=None, repr=False, compare=False)

    def _keys(self) -> tuple[str, str]:
        # (id, key) depend on the type and name only; computed again when the name changes
        if self._cached is None or self._cached[:2] != (self.type, self.name):
            key = person_key(self.name) if self.type == "person" else name_key(self.name)
            scope = self.scope if is_generic(self.type, self.name) else ""
            self._cached = (self.type, self.name, entity_id(self.type, self.name, scope), key)
        return self._cached[2], self._cached[3]

    @property
    def id(self) -> str:
        return self._keys()[0]

    @property
    def key(self) -> str:
        return self._keys()[1]

    def as_ref(self) -> EntityRef:
        """The reference to this entity (one shared, immutable object while the name holds)."""
        id_ = self.id
        shown = display_name(self.type, self.name)
        if self._ref is None or self._ref.id != id_ or self._ref.name != shown or self._ref.type != self.type:
            self._ref = EntityRef(id_, shown, self.type)
        return self._ref

    def _add_mention(self, span: Span) -> None:
        self.mentions.append(span)
        insort(self._ends, span.end)
        insort(self._spans, (span.start, span.end))
        self._longest = max(self._longest, span.end - span.start)

    def _last_end(self, upto: int) -> int | None:
        """The end of the latest mention ending at or before ``upto``."""
        k = bisect_right(self._ends, upto)
        return self._ends[k - 1] if k else None

    def _first_start_after(self, char: int) -> int | None:
        """The start of the first mention starting after ``char``."""
        k = bisect_right(self._spans, (char, float("inf")))
        return self._spans[k][0] if k < len(self._spans) else None

    def _max_end(self) -> int:
        return self._ends[-1] if self._ends else -1

    def entity(self) -> Entity:
        mentions = tuple(sorted(set(self.mentions), key=lambda s: (s.start, s.end)))
        shown = display_name(self.type, self.name)  # "Russia's Defense Ministry" → "Defense Ministry"
        aliases = tuple(sorted(a for a in self.aliases | {self.name} if a != shown))
        return Entity(self.id, shown, self.type, aliases, mentions, self.description)


_NER_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "country", "LOC": "country",
              "FAC": "organization", "NORP": None}


class EntityIndex:
    """The entities of one document, and which tokens mention them."""

    def __init__(self, doc: Doc, scope: str | None = None) -> None:
        """``scope``: the id of the document ``doc`` is a segment of, when it is one (generic
        names are told apart by document, see ``entity_id``); by default, ``doc``'s own."""
        self.doc = doc
        self.layout = Layout(doc)
        self.text = self.layout.text
        self._clusters: list[_Cluster] = []
        self._by_token: dict[int, _Cluster] = {}
        # lookups kept up to date as clusters come, get renamed and merge (lists in creation
        # order, which is the order of ``_clusters``)
        self._seq = 0
        self._by_id: dict[str, list[_Cluster]] = {}
        self._by_key: dict[tuple[str, str], list[_Cluster]] = {}  # (type, key of name or alias), non-persons
        self._by_surname: dict[str, list[_Cluster]] = {}  # surname shape → persons
        self._by_first_word: dict[str, list[_Cluster]] = {}  # shape of a first word → persons of 2+ words
        self._person_version = 0  # bumped when person mentions change
        self._persons_sorted: tuple[int, list[int], list[tuple[int, _Cluster]]] | None = None
        self._headline_lines: dict[tuple[int, int], bool] = {}
        self._scope = scope or document_id(self.text)
        self._furniture = furniture(self.text)  # menus, credits, story lists: nobody acts there
        ents = [e for e in _join_capital_runs(self.layout.ents) if e.label_ in _NER_TYPES and "\n" not in e.text.strip()
                and not inside(self._furniture, e.start_char, e.end_char)]
        # the words of the names the body (not a headline) gives people, to cut the title-case
        # verbs a headline glues to a name ("Trump Says He …", "Clinton Wades In")
        self._body_person_words = {fold(t.text) for e in ents if e.label_ == "PERSON" and not self._in_headline(e)
                                   for t in e}
        if any(e.label_ == "PERSON" and self._in_headline(e) for e in ents):
            # the model may miss the name in the body: its proper nouns
            self._body_person_words |= {fold(t.text) for t in doc if t.text[:1].isupper() and t.pos_ == "PROPN"
                                        and t.is_alpha and not self._in_headline(doc[t.i:t.i + 1])}
        ents = _glue_country_into_party_names([p for e in ents for p in self._clean(e)])
        self._brussels = self._brussels_means(ents)
        self._person_words = self._person_name_words(ents)
        self._authors: list[tuple[int, str, _Cluster]] = []  # (where, document noun, whose): "a statement from X"
        self._modifiers_only: set[str] = set()  # names only ever modifying a thing ("Oreshnik missiles")
        self._votes = self._type_votes(ents)
        self._person_word_uses = Counter(fold(w) for e in ents if e.label_ == "PERSON"
                                         for w in strip_titles(e.text.split()))
        for ent in ents:
            decided = self._classify(ent)
            if decided is not None:
                self.add(ent, *decided)
        self._absorb_surnames()
        self._absorb_name_parts()
        self._absorb_acronyms()
        self._absorb_owned_offices()
        self._untagged_appositions()
        self._untagged_surnames()
        self._nominal_mentions()
        self._nominal_bodies()

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
        return out

    # -- cleaning NER spans -----------------------------------------------------------------
    def _clean(self, ent: SpacySpan) -> list[SpacySpan]:
        """The name spans in a NER span: none for junk (a dateline "FINSTADJORDET —", a lone
        function word, an event "… Day", a fragment across a sentence stop "X. Targets"),
        two for names glued across a comma ("Tusk, Zelenskiy"), the name alone without
        dates, times, commas or a title glued before it."""
        from spacy.tokens import Span as SpacySpan  # here, so reading ids needs no spaCy
        doc = ent.doc
        toks = [t for t in ent]
        while toks and (toks[-1].is_punct or toks[-1].is_space or _is_date_word(toks[-1])
                        or toks[-1].like_num or toks[-1].lower_ in ("on", "at", "in")):
            toks.pop()
        while toks and (toks[0].is_punct or toks[0].is_space or _is_date_word(toks[0]) or toks[0].like_num):
            toks.pop(0)
        if not toks:
            return []
        if ent.label_ == "PERSON":
            # "Joe Biden's Meeting": what follows a possessive is the person's thing, not the name
            cut_at = next((t.i for t in toks[1:-1] if t.text in ("'s", "\u2019s", "'", "\u2019")), None)
            if cut_at is not None:
                toks = [t for t in toks if t.i < cut_at]
        if ent.label_ == "PERSON" and len(toks) > 1 and toks[0].is_sent_start and is_speech_past(toks[0].text):
            toks = toks[1:]  # "Stated Pell: …": the verb that opens the sentence is the cue
        if ent.label_ == "PERSON" and len(toks) > 1 and fold(toks[0].text) in self._body_person_words \
                and self._in_headline(ent):
            while len(toks) > 1 and fold(toks[-1].text) not in self._body_person_words:
                toks.pop()
        span = doc[toks[0].i:toks[-1].i + 1]
        words = [t for t in span if not t.is_punct]
        if not words or all(t.is_stop for t in words) or not any(t.text[:1].isupper() for t in words):
            return []  # "the", "It"
        if ent.label_ == "PERSON" and len(words) == 1 and words[0].text.isupper() and is_listed_actor_noun(words[0].text):
            return []  # "NETWORK" of "the USA TODAY NETWORK": a body's word in capitals, no person
        if words[-1].text in _EVENT_HEADS and len(words) > 1:
            return []  # "Diplomatic Service Day": an event, not an actor
        first = span[0]
        line_start = first.i == 0 or "\n" in doc[first.i - 1].text_with_ws or doc[first.i - 1].is_space
        nxt = doc[span.end] if span.end < len(doc) else None
        if (line_start and nxt is not None and nxt.text in ("\u2014", "\u2013", "--", "-", ",")
                and all(t.text.isupper() for t in words) and not gazetteer.lookup(span.text)):
            return []  # a dateline: "FINSTADJORDET —"
        if re.match(r"^[A-Z]\.\s+[A-Z][a-z]", span.text) and ent.label_ != "PERSON":
            return []  # "X. Targets": a sentence stop read as an initial
        # "Public broadcaster DR": the descriptor is evidence of the type, not part of the name
        cut = max((t.i for t in span[:-1] if t.pos_ == "NOUN" and t.text.islower() and _head_type(t.lemma_.lower())),
                  default=None)
        if cut is not None:
            return self._clean(SpacySpan(doc, cut + 1, span.end, label=ent.label_))
        if ent.label_ == "ORG" and _root_outside(span):
            return []  # "Air Force" of "Air Force One": part of a longer name
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
            thing_uses[key] += _modifies_thing(e)
            v = votes.setdefault(key, {})
            ev, weight = self._evidence(e)
            if ev:
                v[ev] = v.get(ev, 0) + weight
        self._modifiers_only = {k for k, n in uses.items() if thing_uses[k] == n}
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
                and _head_type(prev.head.head.lemma_.lower()) == "person":
            prev = prev.head.head  # "former secretary of state Hillary Clinton": the title's head says it
        if prev is not None and prev.pos_ == "NOUN" and prev.text.islower():
            nouns.insert(0, prev)  # "state grid operator Ukrenergo": the nearest word says most
        if news_agency(nouns + ([root.head] if root.dep_ == "compound" and root.head.i >= e.end else [])):
            return "media", 3  # "the news agency Interfax", "Interfax news agency"
        for n in nouns:
            t = _head_type(n.lemma_.lower())
            if t:
                return t, 3
        if media_vote(e):
            return "media", 3  # "told ITV", "an interview with the Arctic Herald", "Newsmax first reported"
        words = e.text.split()
        if any(fold(w).strip(".,") in ORG_WORDS for w in words):
            return None, 0
        if root.dep_ in ("compound", "nmod") and root.head.pos_ == "NOUN" and root.head.i >= e.end:
            if _head_type(root.head.lemma_.lower()) == "place":
                return "place", 2
        if root.dep_ == "pobj" and root.head.lower_ in ("in", "near", "across", "inside", "throughout") \
                and e.label_ != "PERSON":
            return "place", 2
        if e.label_ != "PERSON" and root.dep_ in ("dobj", "pobj") and root.head.lemma_.lower() in _PLACE_GOVERNORS:
            return "place", 2  # "annexed Crimea", "the occupation of Crimea"
        if e.label_ != "PERSON" and root.dep_ == "pobj" and root.head.lower_ == "including" \
                and _head_type(root.head.head.lemma_.lower()) == "place" or any(
                    c.dep_ == "conj" and c.pos_ == "NOUN" and _head_type(c.lemma_.lower()) == "place" for c in root.children):
            return "place", 2  # "territory, including Crimea", "Crimea and four regions"
        if e.label_ == "GPE" and root.dep_ in ("nsubj", "nsubjpass"):
            return "actor", 1
        return None, 0

    def _classify(self, ent: SpacySpan) -> tuple[str, str] | None:
        """(type, canonical name) of a NER mention, or None when it is no actor (a place, a
        title, a demonym)."""
        text = ent.text.strip()
        label = ent.label_
        if label == "NORP":
            return None
        if label in ("ORG", "FAC") and len(ent) == 1 and ent[0].pos_ == "ADJ" and not gazetteer.lookup(text):
            return None  # "Controversial owner X": a capitalised adjective opening a sentence
        if self._in_headline(ent) and (label != "PERSON" or len(ent) == 1) and not gazetteer.lookup(text):
            return None  # "Bongino Makes Jaw-Dropping Admission": a headline the model read as an ORG
        hit = gazetteer.lookup(text)
        if hit is not None:
            return hit  # "Der Spiegel" tagged PERSON is an outlet; "Ukraine" tagged ORG the country
        if gazetteer.region(text) or gazetteer.region(_org_name(text)):
            return None  # "the Middle East", "Crimea": where things happen, not who acts
        if len(ent) == 1 and gazetteer.demonym(text) and not gazetteer.country(text):
            return None  # "the Kuwaiti foreign minister": an adjective the model tagged; its country is read there
        if _org_name(text).split()[0].upper().rstrip(".") in _SHIP_PREFIXES:
            return None  # "USS George Washington": a ship
        seat = gazetteer.seat(text)
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
        vote = self._votes.get(fold(" ".join(words)), {})
        top = max(sorted(vote), key=vote.__getitem__) if vote else None
        if top is not None and vote[top] <= sum(vote.values()) - vote[top]:
            top = None  # no clear majority: the model's label stands
        if top == "place":
            return None  # a region, a city, a plant's town: where things happen, not who acts
        if top == "media" and (label != "PERSON" or len(words) == 1 or outlet_shaped(text)):
            return "media", _org_name(text)
        if top == "organization" and label == "PERSON":
            return "organization", _org_name(text)
        if label == "PERSON":
            if all(w.lower().rstrip(".") in _TITLES_BARE for w in words):
                return None  # "Dean"
            if "/" in text or not text[:1].isupper():
                return None  # photo credits ("matt dunham", "Wiktor Dabkowski/Zuma Press")
            if (len(words) == 1 and ent[0].is_sent_start and self._person_word_uses[fold(words[0])] == 1
                    and ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN" and ent.root.head.text.islower()):
                return None  # "Calendar fortuity or not, …": a capitalised word, once, modifying a noun
            if any(fold(w).strip(".,") in ORG_WORDS for w in words[1:]) and len(words) > 1:
                return "organization", _org_name(text)
            return "person", " ".join(words)
        if label in ("GPE", "LOC"):
            if label == "GPE" and ent.root.dep_ in ("nsubj", "nsubjpass") and fold(" ".join(words)) not in self._person_words:
                return "country", _org_name(text)
            if fold(" ".join(words)) in self._person_words:
                return "person", " ".join(words)
            return None
        # ORG / FAC
        if label == "FAC" and not any(fold(w).strip(".,") in ORG_WORDS for w in words):
            return None  # a building or a place
        if any(fold(w) in _BUILDING_WORDS for w in words) and ent.root.dep_ not in ("nsubj", "nsubjpass"):
            return None  # "talks at the InterContinental Hotel": a venue, unless it acts
        if fold(" ".join(words)) in self._modifiers_only:
            return None  # "Oreshnik hypersonic missiles": the name of a thing, never of who acts
        if is_media_name(text):
            return "media", _org_name(text)
        low = fold(" ".join(words))
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
        if label == "ORG" and 2 <= len(words) <= 3 and forename_gender(" ".join(words)) is not None \
                and all(w[:1].isupper() and not w.isupper() for w in words) and "-" not in text \
                and not any(fold(w).strip(".,") in ORG_WORDS | _BODY_WORDS for w in words):
            return "person", " ".join(words)  # "chief strategist Guy Cecil", "Carly Fiorina said": a forename, a name
        return "organization", _org_name(text)

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

    # -- building -------------------------------------------------------------------------
    def add(self, span: SpacySpan, type_: str, name: str | None = None,
            description: str | None = None, audience: bool = False) -> _Cluster | None:
        """Register ``span`` as a mention of an entity of ``type_``; return its cluster, or None
        when the span names no actor: it lies in page furniture (a menu, a credit), or a
        described group's head is a thing ("the study", "defense spending targets"). A
        description may resolve to whom it describes: "Russia's foreign minister" → the one
        Russian foreign minister the document names, "a statement from the ministry" → the
        ministry. ``audience``: the span is where words were addressed ("told a news briefing",
        "addressing a seminar"); the people there are the actor, whatever the head noun."""
        if inside(self._furniture, span.start_char, span.end_char):
            return None
        if type_ == "group" and not audience:
            actor, resolved = self._described_actor(span)
            if not actor or resolved is not None:
                return resolved
            if name is not None:
                name = re.sub(r"^(?:which|that|who|whose|what)\s+", "", name, flags=re.I)
        descriptors: list[str] = []
        if name is None and type_ in ("organization", "media") and span.root.pos_ == "PROPN":
            # "public broadcaster DR", "the online flight tracker Radar24": the common nouns
            # before the name say what it is; they are no part of its name
            cut = max((t.i for t in span if t.i < span.root.i and t.pos_ == "NOUN" and t.text.islower()), default=None)
            if cut is not None:
                descriptors = [t.lemma_.lower() for t in span if t.i <= cut and t.pos_ == "NOUN"]
                span = span.doc[cut + 1:span.end]
                if _head_type(descriptors[-1]) == "media":
                    type_ = "media"
        if name is None and type_ in ("organization", "group") and span.root.pos_ == "PROPN":
            type_, name = self._retype(span, type_)
        if type_ == "person":
            words = strip_titles([t.text for t in span if not t.is_punct or t.text in ".-'"])
            canonical = name or " ".join(words).strip()
        else:
            canonical = name or _org_name(span.text)
            if type_ == "organization" and is_generic(type_, canonical):
                owner = self._owner(span)
                if owner:  # "China's Foreign Ministry": one office per country, not one for all
                    before = span.doc[span.start - 1] if span.start else None
                    adjective = before is not None and before.text[:1].isupper() and \
                        gazetteer.demonym(before.text) == owner and not gazetteer.country(before.text)
                    # "the Chinese foreign ministry" keeps its adjective, part of how it is named
                    canonical = f"{before.text} {canonical}" if adjective else f"{owner}'s {canonical}"
        # markup left in a parsed text ("<u>Keir Starmer</u>") may be in mentions, never in a name
        canonical = re.sub(r"['\u2019\u2018]s$", "", strip_tags(canonical)).strip()
        canonical = re.sub(r"\s{2,}", " ", canonical)
        if not canonical:
            return None
        cluster = self._match(type_, canonical, span)
        if cluster is None:
            cluster = _Cluster(type_, canonical, description=description)
            self._new_cluster(cluster)
        elif type_ == "person" and len(canonical.split()) > len(cluster.name.split()):
            cluster.aliases.add(cluster.name)
            self._unindex(cluster)
            cluster.name = canonical
            self._index(cluster)
        self._alias(cluster, canonical)
        if type_ != "person" and span.text.strip() != canonical and span.text.strip()[:1].isupper():
            self._alias(cluster, _org_name(span.text, keep_the=False))
        self._mention(cluster, Span.of(self.text, span.start_char, span.end_char))
        self._note_roles(cluster, span)
        cluster.roles.update(descriptors)
        for t in span:
            if t.i not in self._by_token:
                self._point(t.i, cluster)
        return cluster

    # -- bookkeeping: every change to the clusters goes through these ------------------------
    def _new_cluster(self, cluster: _Cluster) -> None:
        cluster.scope = self._scope
        cluster.seq = self._seq
        self._seq += 1
        self._clusters.append(cluster)
        self._index(cluster)

    def _buckets(self, c: _Cluster) -> Iterator[tuple[dict, object]]:
        """Every (index, key) under which ``c`` is filed: one list for adding and removing."""
        yield self._by_id, c.id
        if c.type == "person":
            words = c.name.split()
            yield self._by_surname, surname_shape(name_parts(c.name)[1])
            if len(words) > 1:
                yield self._by_first_word, surname_shape(words[0])
        else:
            yield self._by_key, (c.type, c.key)

    def _index(self, c: _Cluster) -> None:
        for bucket, key in self._buckets(c):
            _bucket_add(bucket, key, c)

    def _unindex(self, c: _Cluster) -> None:
        for bucket, key in self._buckets(c):
            _bucket_remove(bucket, key, c)
        if c.type == "person":
            self._person_version += 1

    def _alias(self, c: _Cluster, alias: str) -> None:
        if alias in c.aliases:
            return
        c.aliases.add(alias)
        if c.type != "person":  # persons match by name only
            _bucket_add(self._by_key, (c.type, name_key(alias)), c)

    def _mention(self, c: _Cluster, span: Span) -> None:
        c._add_mention(span)
        if c.type == "person":
            self._person_version += 1

    def _point(self, i: int, c: _Cluster) -> None:
        self._by_token[i] = c
        c._tokens.append(i)

    def _retype(self, span: SpacySpan, type_: str) -> tuple[str, str | None]:
        """The type of a proper name other modules register: a person's surname seen in this
        document is that person ("Major said"); a gazetteer name is what the gazetteer says."""
        text = span.text.strip()
        hit = gazetteer.lookup(text)
        if hit is not None:
            return hit
        if gazetteer.seat(text) and gazetteer.seat(text) != gazetteer.EU_OR_NATO:
            return "country", gazetteer.seat(text)
        words = strip_titles(text.split())
        if words and fold(" ".join(words)) in self._person_words:
            return "person", None
        return type_, None

    def _described_actor(self, span: SpacySpan) -> tuple[bool, _Cluster | None]:
        """(is it an actor, the named entity it resolves to) for a described group. Its head
        noun decides: people and bodies are actors; a document is its author's words ("a
        statement from the ministry", "a translation provided by the ministry", "Russian
        media reports" → the ministry, Russian media); any other thing is no actor."""
        head = span.root
        lemma = head.lemma_.lower()
        if is_actor_noun(lemma) or is_actor_noun(head.lower_):
            return True, self._named_holder(span, head)
        if not is_document_noun(lemma):
            return False, None
        by = [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
              for g in c.children if g.dep_ == "pobj"]
        by += [g for c in head.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
               for g in a.children if g.dep_ == "pobj"]
        author: _Cluster | None = None
        for tok in by:
            author = self._by_token.get(tok.i)
            if author is None and tok.pos_ == "PROPN":
                author = self.add(_mention_of(tok), "organization")
            elif author is None and is_actor_noun(tok.lemma_):
                kind = "organization" if _head_type(tok.lemma_.lower()) == "organization" or \
                    tok.lemma_.lower() in GENERIC_HEADS else "group"
                author = self.add(_mention_of(tok), kind)
            if author is not None:
                break
        owners = [c for c in head.children if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN"
                  and (is_actor_noun(c.lemma_) or is_actor_noun(c.lower_))]
        if author is None and not owners:  # "a Harbor Times-Nordic Radio poll": the outlets that made it
            named = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if named:
                left = min(t.i for t in named[-1].subtree)
                author = self.add(self.doc[left:named[-1].i + 1], "organization")
        if author is None and owners:  # "Russian media reports": the media report
            left = min([owners[-1].i, *(t.i for t in head.lefts if t.dep_ != "det")])
            words = self.doc[left:owners[-1].i + 1]
            author = self.add(words, "group", name=words.text)
        if author is not None:
            self._authors.append((span.start_char, lemma, author))
            return True, author
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
            # "the statement added": the author of the last statement named before it
            earlier = [a for at, noun, a in self._authors if noun == lemma and at < span.start_char and a in self._clusters]
            if earlier:
                return True, earlier[-1]
        return False, None

    def _named_holder(self, span: SpacySpan, head: Token) -> _Cluster | None:
        """The one named person a definite description of a role means, wherever the document
        names them: "Russia's foreign minister" → "Russian Foreign Minister Sergei Lavrov"
        (role noun, its other words and its country agree); None unless exactly one fits."""
        noun = head.lemma_.lower()
        if noun not in _ROLE_NOUNS and noun not in _TITLES_BARE:
            return None
        kids = list(head.children)
        poss = [c for c in kids if c.dep_ == "poss"]
        if not poss and not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
            return None  # "a NATO diplomat": someone new, not someone named
        owner = None
        for c in poss + [c for c in kids if c.dep_ in ("amod", "compound")]:
            text = re.sub(r"['\u2019]s?$", "", self.doc[c.left_edge.i:c.i + 1].text)
            owner = owner or gazetteer.country(text) or gazetteer.seat(text) or gazetteer.demonym(c.text)
        words = {c.lower_ for c in kids if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN", "PROPN")
                 and not gazetteer.demonym(c.text) and not gazetteer.country(c.text)}
        if any(c.dep_ in ("prep", "relcl", "acl") for c in kids):
            return None  # "the minister for trade": said by its own words, matched by nobody's title
        fits = [c for c in self._clusters if c.type == "person" and noun in c.roles and words <= c.roles
                and (owner is None or c.affiliation.get(noun) == owner)]
        if len(fits) != 1 or owner is None and not words:
            return None
        holder = fits[0]
        self._mention(holder, Span.of(self.text, span.start_char, span.end_char))
        for t in span:
            if t.i not in self._by_token:
                self._point(t.i, holder)
        return holder

    def _untagged_appositions(self) -> None:
        """Names the model missed where the grammar says a person: in apposition to a role
        noun ("two Ortega envoys, Ana Ruiz and Pablo Diaz")."""
        for tok in map(self.doc.__getitem__, self.layout.tokens_where(dep=("appos",))):
            if tok.dep_ != "appos" or tok.head.pos_ != "NOUN" or tok.head.lemma_.lower() not in _ROLE_NOUNS:
                continue
            for name_tok in [tok, *[c for c in tok.children if c.dep_ == "conj"]]:
                if name_tok.i in self._by_token or name_tok.pos_ != "PROPN" or not name_tok.is_title:
                    continue
                left = name_tok.i
                while left > 0 and self.doc[left - 1].dep_ == "compound" and self.doc[left - 1].head.i == name_tok.i \
                        and self.doc[left - 1].is_title and self.doc[left - 1].i not in self._by_token:
                    left -= 1
                if left < name_tok.i and not gazetteer.lookup(self.doc[left:name_tok.i + 1].text):
                    self.add(self.doc[left:name_tok.i + 1], "person")

    def _untagged_surnames(self) -> None:
        """A surname the model did not tag in one sentence ("Trump phoned Takaichi") is
        still the person it names elsewhere in the document."""
        full = [c for c in self._clusters if c.type == "person" and name_parts(c.name)[0]]
        by_shape: dict[str, list[_Cluster]] = {}
        for c in full:
            by_shape.setdefault(surname_shape(name_parts(c.name)[1]), []).append(c)
        surnames = {name_parts(c.name)[1].lower() for c in full}
        for tok in map(self.doc.__getitem__, self.layout.tokens_where(pos=("PROPN",), lower=surnames)):
            if tok.i in self._by_token or not tok.text[:1].isupper() or tok.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC"):
                continue
            if tok.pos_ != "PROPN" and not (
                    tok.pos_ == "NOUN" and tok.is_title and (tok.dep_ in ("nsubj", "nsubjpass") or not tok.is_sent_start)):
                continue  # the model read an unfamiliar surname as a noun ("Zelenskyy said"); other words are words
            if len(tok.text) < 3:
                continue
            cands = by_shape.get(surname_shape(tok.text))
            if cands and len(cands) == 1 and fold(tok.text) == fold(name_parts(cands[0].name)[1]):
                nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
                if nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title:
                    continue  # part of another name ("Barron Trump" left untagged)
                self._mention(cands[0], Span.of(self.text, tok.idx, tok.idx + len(tok)))
                self._point(tok.i, cands[0])

    def _match(self, type_: str, name: str, span: SpacySpan | None = None) -> _Cluster | None:
        if type_ != "person":
            same = self._by_key.get((type_, name_key(name)))
            return same[0] if same else None
        first, last = name_parts(name)
        shape = surname_shape(last)
        same = self._by_surname.get(shape, [])  # the persons of that surname shape, in order
        key = person_key(name)
        exact = [c for c in same if c.key == key]
        if exact:
            return exact[0]
        if not first:
            # "Witkoff" joins the latest person of that surname; "Xi" joins "Xi Jinping"
            cands = list(same)
            if not cands:
                cands = list(self._by_first_word.get(shape, []))
            return self._likeliest(cands, span)
        cands = [c for c in same if _compatible_first(first, name_parts(c.name)[0])]
        full = [c for c in cands if name_parts(c.name)[0]]
        if full:
            return self._latest(full)
        # a full name absorbs an earlier bare surname, unless another full name claimed it
        return self._latest(cands)

    def _likeliest(self, cands: list[_Cluster], span: SpacySpan | None) -> _Cluster | None:
        """Among namesakes, the one a bare surname means: the one named in the last few
        sentences, else the one the document mentions most."""
        if len(cands) < 2 or span is None:
            return self._latest(cands)
        here = span.start_char
        last = {id(c): c._last_end(here) for c in cands}
        recent = [c for c in cands if last[id(c)] is not None and last[id(c)] >= here - 400]
        if len(recent) == 1:
            return recent[0]
        return max(cands, key=lambda c: (len(c.mentions), -1 if last[id(c)] is None else last[id(c)]))

    @staticmethod
    def _latest(cands: list[_Cluster]) -> _Cluster | None:
        if not cands:
            return None
        return max(cands, key=lambda c: c._max_end())

    def _absorb_surnames(self) -> None:
        """A bare surname seen before its full name ("Trump … President Donald Trump") joins
        the one full-name person of that surname in the document."""
        persons = [c for c in self._clusters if c.type == "person"]
        for c in persons:
            first, last = name_parts(c.name)
            if first:
                continue
            # the full names of that surname shape (merging leaves full names as they are)
            full = [d for d in self._by_surname.get(surname_shape(last), []) if d is not c and name_parts(d.name)[0]]
            if len(full) == 1:
                self._merge_into(c, full[0])

    def _absorb_name_parts(self) -> None:
        """A short name that is a run of words of one longer person's name in the document
        is that person, whatever the model tagged it: "Assad" in "Bashar al-Assad", "Abu
        Marzook" in "Mousa Abu Marzook", "Wang" (tagged ORG) in "Wang Yi"."""
        persons = [c for c in self._clusters if c.type == "person" and len(_name_tokens(c.name)) > 1]
        for c in list(self._clusters):
            if c.type not in ("person", "organization") or c.type == "organization" and not _person_shaped(c.name):
                continue
            short = _name_tokens(c.name)
            hosts = [d for d in persons if d is not c and d in self._clusters and len(_name_tokens(d.name)) > len(short)
                     and _is_run(short, _name_tokens(d.name))]
            if len({id(d) for d in hosts}) == 1:
                self._merge_into(c, hosts[0])

    def _absorb_acronyms(self) -> None:
        """An acronym is the organisation whose words it abbreviates: "PLO" → Palestine
        Liberation Organization, "UNSC" → UN Security Council."""
        orgs = [c for c in self._clusters if c.type in ("organization", "media")]
        for c in orgs:
            if not re.fullmatch(r"[A-Z]{2,6}", c.name) or c not in self._clusters:
                continue
            hosts = [d for d in orgs if d is not c and d in self._clusters and len(d.name.split()) > 1
                     and c.name in _acronyms(d.name)]
            if len(hosts) == 1:
                self._merge_into(c, hosts[0])

    def _absorb_owned_offices(self) -> None:
        """A bare office ("Foreign Ministry", "State Department") is the one office of that
        name the document gives an owner ("the Danish Foreign Ministry", "US State
        Department"), when only one is given."""
        orgs = [c for c in self._clusters if c.type == "organization"]
        for c in orgs:
            if not is_generic(c.type, c.name) or c not in self._clusters:
                continue
            owned = [d for d in orgs if d is not c and d in self._clusters and split_owner(d.name)[0]
                     and name_key(split_owner(d.name)[1]) == name_key(c.name)]
            if len({split_owner(d.name)[0] for d in owned}) == 1:
                self._merge_into(c, owned[0])

    def _owner(self, span: SpacySpan) -> str | None:
        """The country owning an office named without it: "China's Foreign Ministry", "the
        Chinese Foreign Ministry" (demonym outside the NER span), "the Foreign Ministry of
        Denmark"."""
        doc = span.doc
        m = re.match(r"^(?:the\s+)?(.+?)['\u2019]s\s+", span.text, re.I)
        if m and (gazetteer.country(m.group(1)) or gazetteer.seat(m.group(1))):
            return gazetteer.country(m.group(1)) or gazetteer.seat(m.group(1))
        i = span.start - 1
        if i >= 1 and doc[i].text in ("'s", "\u2019s"):
            j = i - 1
            while j > 0 and doc[j - 1].ent_iob_ == "I":
                j -= 1
            name = doc[j:i].text
            own = gazetteer.country(name) or gazetteer.seat(name)
            return own if own != gazetteer.EU_OR_NATO else None
        if i >= 0 and gazetteer.demonym(doc[i].text) and doc[i].text[:1].isupper():
            return gazetteer.demonym(doc[i].text)
        if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
            k = span.end + 1
            if doc[k].lower_ == "the":
                k += 1
            ent = self.layout.ent_at(k)
            if ent is not None:
                return gazetteer.country(ent.text) or None
        return None

    def _merge_into(self, src: _Cluster, dst: _Cluster) -> None:
        for m in src.mentions:
            self._mention(dst, m)
        dst.aliases |= src.aliases
        dst.roles |= src.roles
        dst.affiliation = {**src.affiliation, **dst.affiliation}
        dst.gender = dst.gender or src.gender
        for i in src._tokens:
            self._by_token[i] = dst
        dst._tokens.extend(src._tokens)
        src._tokens = []
        self._unindex(src)
        self._clusters.remove(src)

    def _note_roles(self, cluster: _Cluster, span: SpacySpan) -> None:
        """Remember the role nouns a reader would later use for this entity: titles before
        the name ("President Vladimir Putin"), its appositions ("…, a top aide to …"), the
        head of a description ("a NATO diplomat")."""
        country = None
        for t in title_tokens(span):
            word = t.lower_.rstrip(".")
            if gazetteer.demonym(t.text) and t.pos_ in ("ADJ", "PROPN"):
                country = gazetteer.demonym(t.text)
                continue
            if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("GPE", "ORG", "NORP"):
                cluster.roles.add(word)
                if word in _TITLE_WORDS:  # "Sen. X" is "the senator" later
                    cluster.roles.add(_TITLE_WORDS[word])
            if word in _GENDERED_TITLES and cluster.gender is None:
                cluster.gender = _GENDERED_TITLES[word]
        if country:
            for r in cluster.roles:
                cluster.affiliation.setdefault(r, country)
        for t in span:
            word = t.lower_.rstrip(".")
            if word in _GENDERED_TITLES and cluster.gender is None:
                cluster.gender = _GENDERED_TITLES[word]
            if cluster.type == "person" and word in _TITLES_BARE and t.i < span.root.i:
                cluster.roles.add(word)
        root = span.root
        if cluster.type == "group":
            cluster.roles.add(root.lemma_.lower())
        for child in root.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                cluster.roles.add(child.lemma_.lower())
        if root.dep_ == "appos" and root.head.pos_ == "NOUN" and cluster.type == "person":
            cluster.roles.add(root.head.lemma_.lower())  # "Trump's ambassador to Germany, Richard Grenell"

    def _nominal_mentions(self) -> None:
        """ "the president", "the special envoy": a definite role noun joins the person who
        holds that title, the latest before it (else the first after it), when its demonym,
        if any, agrees ("the American president" is not Ukraine's)."""
        holders = [c for c in self._clusters if c.type == "person" and c.roles]
        if not holders:
            return
        by_role: dict[str, list[_Cluster]] = {}  # role noun → its holders, in order
        for c in holders:
            for r in c.roles:
                by_role.setdefault(r, []).append(c)
        for tok in map(self.doc.__getitem__, self.layout.tokens_where(pos=("NOUN",))):
            if tok.pos_ != "NOUN" or tok.i in self._by_token or tok.ent_type_:
                continue
            noun = tok.lower_
            if noun not in by_role:
                continue
            # only a determiner before the noun: in a garbled sentence the parser may hang a
            # "the" after it ("minister the according"), and a mention from there to the
            # noun would end before it starts
            dets = [c for c in tok.lefts if c.dep_ == "det"]
            if not dets or dets[0].lower_ != "the" or tok.dep_ == "compound":
                continue
            if any(c.dep_ in ("prep", "appos", "relcl") and (c.lower_ in ("of", "for") or c.dep_ != "prep")
                   for c in tok.children):
                continue  # "the president of France", "the envoy, Marlow" say who by themselves
            if tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].ent_type_ == "PERSON":
                continue
            want = next((gazetteer.demonym(c.text) for c in tok.children
                         if c.dep_ in ("amod", "compound") and gazetteer.demonym(c.text)), None)
            fits = [c for c in by_role[noun] if want is None or c.affiliation.get(noun) in (None, want)]
            # the holder of the latest mention before (the first holder on a tie), else of
            # the first mention after
            before: tuple[int, _Cluster] | None = None
            after: tuple[int, _Cluster] | None = None
            for c in fits:
                end = c._last_end(tok.idx)
                if end is not None and (before is None or end > before[0]):
                    before = (end, c)
                start = c._first_start_after(tok.idx)
                if start is not None and (after is None or start < after[0]):
                    after = (start, c)
            if before is not None:
                cluster = before[1]
            elif after is not None:
                cluster = after[1]
            else:
                continue
            start = dets[0].idx
            self._mention(cluster, Span.of(self.text, start, tok.idx + len(tok)))
            self._point(tok.i, cluster)

    def _nominal_bodies(self) -> None:
        """ "the committee's political director", "the ministry said", "the newspaper urged": a
        definite noun naming a kind of body stands for the latest body of that kind named before
        it in the article ("the Republican National Committee" … "the committee"); "the
        newspaper", "the network" for the latest outlet."""
        media_bodies = [c for c in self._clusters if c.type == "media"]
        by_kind: dict[str, list[_Cluster]] = {}  # a name's last word → the organisations so named
        for c in self._clusters:
            if c.type == "organization":
                for word in {_last_word(n) for n in {c.name} | c.aliases}:
                    by_kind.setdefault(word, []).append(c)
        if not media_bodies and not by_kind:
            return
        for tok in map(self.doc.__getitem__, self.layout.tokens_where(pos=("NOUN",))):
            noun = tok.lower_
            media = noun in _MEDIA_HEADS
            if tok.i in self._by_token or tok.ent_type_ or not (media or noun in _BODY_NOUNS):
                continue
            # only "the" before it: "the Russian ministry", "a committee", "the committee on
            # ethics" or "the party's leader, Ann Lee" may name another body than the last one
            lefts = [c for c in tok.lefts if c.dep_ != "punct"]
            if len(lefts) != 1 or lefts[0].lower_ != "the" or lefts[0].dep_ != "det" or tok.dep_ == "compound":
                continue
            if any(c.dep_ in ("prep", "appos", "relcl", "acl") for c in tok.children):
                continue
            fits = media_bodies if media else by_kind.get(noun, [])
            ends = [(end, c) for c in fits if (end := c._last_end(tok.idx)) is not None]
            latest = max(ends, key=lambda pair: (pair[0], -pair[1].seq), default=None)
            if latest is None:
                continue
            cluster = latest[1]
            self._mention(cluster, Span.of(self.text, lefts[0].idx, tok.idx + len(tok)))
            self._point(tok.i, cluster)

    # -- lookups --------------------------------------------------------------------------
    @property
    def clusters(self) -> list[_Cluster]:
        """The clusters found so far (live: relations may add described sources)."""
        return self._clusters

    def at(self, token: Token) -> EntityRef | None:
        c = self._by_token.get(token.i)
        return c.as_ref() if c else None

    def refs(self) -> Iterator[tuple[int, EntityRef]]:
        """(token index, entity) for every token that mentions an entity, in text order."""
        for i in sorted(self._by_token):
            yield i, self._by_token[i].as_ref()

    def cluster_at(self, token: Token) -> _Cluster | None:
        return self._by_token.get(token.i)

    def ref(self, cluster: _Cluster) -> EntityRef:
        return cluster.as_ref()

    def persons_before(self, char: int) -> Iterator[tuple[int, _Cluster]]:
        """Person mentions that end before ``char``, nearest first (on a tie, in the order
        of the clusters, then of their mentions)."""
        if self._persons_sorted is None or self._persons_sorted[0] != self._person_version:
            ordered = sorted(((-m.end, pos, j, c) for pos, c in enumerate(c for c in self._clusters if c.type == "person")
                              for j, m in enumerate(c.mentions)), key=lambda x: x[:3])
            self._persons_sorted = (self._person_version, [x[0] for x in ordered], [(-x[0], x[3]) for x in ordered])
        _, neg_ends, items = self._persons_sorted
        for k in range(bisect_left(neg_ends, -char), len(items)):
            yield items[k]

    def gender(self, entity_id: str) -> str | None:
        same = self._by_id.get(entity_id)
        return same[0].gender if same else None

    def type_evidence(self, name: str) -> dict[str, int]:
        """What the grammar around a name's mentions says it is, as votes ("Kalvor, the
        grid operator" → {"organization": 3}), even when too few to retype its cluster."""
        return dict(self._votes.get(fold(" ".join(strip_titles(name.split()))), {}))

    def find_by_role(self, noun: str, before: int) -> EntityRef | None:
        """The latest entity mentioned before ``before`` that holds the role ``noun``."""
        best: tuple[int, _Cluster] | None = None
        for c in self._clusters:
            if noun not in c.roles and noun.rstrip("s") not in c.roles:
                continue
            end = c._last_end(before)
            if end is not None and (best is None or end > best[0]):
                best = (end, c)
        return self.ref(best[1]) if best else None

    def mention_start_around(self, cluster: _Cluster, char: int) -> int | None:
        """The earliest start of the cluster's mentions that hold ``char``."""
        spans = cluster._spans
        best = None
        k = bisect_right(spans, (char, float("inf")))
        while k > 0 and spans[k - 1][0] >= char - cluster._longest:
            k -= 1
            start, end = spans[k]
            if start <= char < end:
                best = start
        return best

    def _in_headline(self, ent: SpacySpan) -> bool:
        line = self.layout.line_at(ent.start_char)
        if line not in self._headline_lines:
            self._headline_lines[line] = _headline(self.text[line[0]:line[1]])
        return self._headline_lines[line]

    def entities(self) -> tuple[Entity, ...]:
        """Every entity found, merged by id (two clusters can end with the same key)."""
        return merge_by_id(c.entity() for c in self._clusters)


def merge_by_id(entities: Iterable[Entity]) -> tuple[Entity, ...]:
    """One entity per id, in order of first appearance: the longer name, the type of the
    more mentioned, every alias and mention of both."""
    merged: dict[str, Entity] = {}
    for e in entities:
        if e.id in merged:
            old = merged[e.id]
            name = old.name if len(old.name.split()) >= len(e.name.split()) else e.name
            type_ = old.type if len(old.mentions) >= len(e.mentions) else e.type
            e = Entity(e.id, name, type_,
                       tuple(sorted((set(old.aliases) | set(e.aliases) | {old.name, e.name}) - {name})),
                       tuple(sorted(set(old.mentions) | set(e.mentions), key=lambda s: (s.start, s.end))),
                       old.description or e.description)
        merged[e.id] = e
    return tuple(merged.values())



def _mention_of(tok: Token) -> SpacySpan:
    """The words naming what ``tok`` heads, without a leading article: "the Chinese foreign
    ministry" → "Chinese foreign ministry"."""
    left = min([tok.i, *[c.left_edge.i for c in tok.lefts if c.dep_ != "det"]])
    return tok.doc[left:tok.i + 1]


def _modifies_thing(e: SpacySpan) -> bool:
    """True when a name only modifies a common noun that names no actor: "Oreshnik" in
    "Oreshnik hypersonic missiles" (not "Hamas fighters", where the noun is people, nor "a
    Quinnipiac poll", whose author it names)."""
    root = e.root
    head = root.head
    return (e.label_ in ("ORG", "FAC", "PRODUCT") and root.dep_ in ("compound", "nmod", "amod") and head.i >= e.end
            and head.pos_ == "NOUN" and head.text.islower() and not is_actor_noun(head.lemma_)
            and not is_document_noun(head.lemma_)  # "a Quinnipiac University poll": its author
            and not gazetteer.lookup(e.text) and not gazetteer.seat(e.text))


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


def _join_capital_runs(ents: Iterable[SpacySpan]) -> list[SpacySpan]:
    """An organisation's name in capitals that the model cut in two, the tail read as a person
    ("the USA TODAY" + "NETWORK"): one organisation."""
    return _join_adjacent(ents, lambda prev, e: prev.label_ == "ORG" and e.label_ in ("PERSON", "ORG")
                          and _shouted(prev) and _shouted(e))


def _shouted(span: SpacySpan) -> bool:
    words = [t.text for t in span if t.is_alpha and t.lower_ != "the"]
    return bool(words) and all(w.isupper() and len(w) > 1 for w in words)


def _root_outside(span: SpacySpan) -> bool:
    """True when a name is the modifier of a capitalised word right after it: "Air Force" in
    "Air Force One" (a plane), not an actor."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    # a title after it is the name's office, not a longer name: "FBI Director James Comey"
    # (a country's office, "U.S. Treasury Secretary X", stays the country's post)
    office = (fold(nxt.text).rstrip(".") in _TITLES_BARE if nxt is not None else False) and not (
        gazetteer.country(span[0].text) or gazetteer.demonym(span[0].text))
    return (nxt is not None and span.root.dep_ == "compound" and span.root.head.i == nxt.i
            and nxt.text[:1].isupper() and nxt.pos_ in ("PROPN", "NUM") and not office)


def _name_tokens(name: str) -> list[str]:
    """The folded words of a name, particles split off: "Bashar al-Assad" → bashar, al, assad."""
    return [w for w in re.split(r"[\s\-]+", fold(re.sub(r"['\u2019]s$", "", name))) if w]


def _is_run(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return 0 < n < len(long) and any(long[i:i + n] == short for i in range(len(long) - n + 1)) \
        and not all(w in ("al", "el", "bin", "ibn", "abu", "de", "van", "von") for w in short)


# Abbreviated titles and the noun a later description uses: "Sen. X" … "the senator".
_TITLE_WORDS = {"sen": "senator", "gov": "governor", "rep": "representative", "gen": "general",
                "adm": "admiral", "col": "colonel", "capt": "captain", "sgt": "sergeant", "lt": "lieutenant",
                "maj": "major", "prof": "professor", "amb": "ambassador"}
_ACRONYM_SKIP = {"of", "the", "and", "for", "on", "in", "de", "des", "la", "to", "&"}


def _acronyms(name: str) -> set[str]:
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


def _glue_country_into_party_names(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "UK Independence Party": the model tags "UK" apart from "Independence Party", but the
    country modifying a party's name is part of that name, not the party's owner."""
    return _join_adjacent(ents, lambda prev, e: prev.label_ == "GPE" and e.label_ == "ORG"
                          and fold(e[-1].text) in _PARTY_WORDS and len(e) >= 2
                          and prev.root.head.i in range(e.start, e.end) and prev.root.dep_ == "compound")


# Lowercase office heads news writes with an "of" phrase before a name ("chief of staff X").
_OF_TITLE_HEADS = {"chief", "director", "head", "secretary", "commissioner"}


def title_tokens(span: SpacySpan) -> list[Token]:
    """The title words written before a name, nearest last: "German Foreign Minister" before
    "Johann Wadephul", "White House special envoy" before "Steve Witkoff"."""
    doc = span.doc
    out: list[Token] = []
    i = span.start - 1
    # "chief of staff X", "secretary of state Y": a lowercase office with its "of" phrase, which
    # the parse never hangs on the name (the words before it still do: "White House")
    if i >= 2 and doc[i].text.islower() and doc[i].pos_ == "NOUN" and doc[i - 1].lower_ == "of" \
            and doc[i - 2].lower_ in _OF_TITLE_HEADS and doc[i].dep_ == "pobj":
        out = [doc[i - 2], doc[i - 1], doc[i]]
        i -= 3
    while i >= 0:
        t = doc[i]
        if t.text in ("-", "\u2010", "\u2011") and i > 0 and out:  # "Secretary-General"
            out.insert(0, t)
            i -= 1
            continue
        if t.is_punct or t.is_space or t.ent_type_ == "PERSON" or t.dep_ in ("det", "case", "poss", "cc"):
            break
        if t.dep_ not in ("compound", "amod", "nmod", "npadvmod", "punct") or not t.i < t.head.i < span.end:
            if not (out and out[0].text == "-" and t.head.i == out[0].head.i):
                break
        out.insert(0, t)
        i -= 1
    return out


def _bucket_add(buckets: dict, key, c: _Cluster) -> None:  # noqa: ANN001
    """Put ``c`` in ``buckets[key]``, kept in creation order, once."""
    same = buckets.setdefault(key, [])
    if not any(x is c for x in same):
        insort(same, c, key=lambda x: x.seq)


def _bucket_remove(buckets: dict, key, c: _Cluster) -> None:  # noqa: ANN001
    same = buckets.get(key, [])
    for k, x in enumerate(same):
        if x is c:
            del same[k]
            break


def _headline(line: str) -> bool:
    """True when a line is written in title case with no closing stop (a headline, a
    teaser, a menu), where the small model tags capitalised words as ORGs."""
    line = line.strip()
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", line)]
    if len(words) < 2 or line.endswith((".", "”", '"', ":")) and len(words) > 12:
        return False
    small = {"a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "with", "at", "by", "as", "is", "from"}
    content = [w for w in words if w.lower() not in small]
    return bool(content) and sum(w[0].isupper() for w in content) / len(content) >= 0.8 and not line.endswith(".")


def _org_name(text: str, keep_the: bool = False) -> str:
    """An organisation's display name: without a leading article or a possessive owner
    ("Shanghai’s Fudan University" → "Fudan University", "her State Department" → "State
    Department"); "‘s" is the apostrophe some sites type the wrong way round."""
    s = text.strip()
    s = re.sub(r"^.*?['\u2019\u2018]s\s+(?=[A-Z])", "", s) if re.search(r"['\u2019\u2018]s\s+[A-Z]", s) else s
    s = re.sub(r"['\u2019\u2018]s?$", "", s)
    s = re.sub(r"^(?:his|her|its|their|our|my|your)\s+(?=[A-Z])", "", s)
    if not keep_the:
        s = re.sub(r"^(the|The)\s+", "", s)
    return s.strip()
