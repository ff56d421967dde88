"""From mentions to entities: one entity per actor in a document, with ids stable across
documents.

``EntityIndex`` is built from a parsed Doc. It collects named mentions (people, organisations,
countries, outlets), clusters them ("Steve Witkoff", "Witkoff" → one person), strips titles
("President Vladimir Putin" → "Vladimir Putin"), and hands out the entity for a token or span.
Other modules add mentions it could not see itself (a described source, "reporters").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span as SpacySpan, Token

from .model import Entity, EntityRef, Span, stable_id

TITLES = frozenset("""
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady gen gen. general lt lt. col col.
maj maj. adm adm. admiral sgt sgt. capt capt. captain rep rep. sen sen. senator representative gov gov.
governor president vice prime minister secretary chancellor premier king queen prince princess
pope rev rev. ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman director
chief deputy foreign defense defence state retired former late mayor judge justice
""".split())

MEDIA_WORDS = ("news", "times", "post", "journal", "herald", "tribune", "gazette", "telegraph",
               "guardian", "reuters", "bloomberg", "associated press", "press", "cnn", "bbc", "nbc",
               "cbs", "abc", "fox", "msnbc", "npr", "xinhua", "tass", "spiegel", "politico", "axios",
               "agence france", "afp", "al jazeera", "ria novosti", "interfax", "kyodo", "nikkei",
               "economist", "daily", "magazine", "radio", "television", "tv", "wire", "dnyuz")

_GENDERED_TITLES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m",
                    "lady": "f", "king": "m", "queen": "f", "prince": "m", "princess": "f",
                    "spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f"}

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def fold(name: str) -> str:
    """Lowercase ASCII form of a name for comparisons: "Zelenskyy’s" → "zelenskyy's"."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"\s+", " ", s.replace("\u2019", "'")).strip().lower()


def strip_titles(words: list[str]) -> list[str]:
    """Drop leading titles and trailing possessives: ["President", "Vladimir", "Putin's"]
    → ["Vladimir", "Putin"]."""
    while len(words) > 1 and words[0].lower().rstrip(".") in {t.rstrip(".") for t in TITLES}:
        words = words[1:]
    if words and words[-1].lower() in ("'s", "\u2019s", "'", "\u2019"):
        words = words[:-1]
    if words:
        words[-1] = re.sub(r"['\u2019]s?$", "", words[-1]) or words[-1]
    return words


def entity_id(type_: str, name: str) -> str:
    """The id of an entity: a function of its type and canonical name only, so that graphs
    built from separate runs merge.

    >>> entity_id("person", "Steve Witkoff") == entity_id("person", "steve  witkoff")
    True
    """
    return stable_id(type_[:3], type_, fold(name))


def is_media_name(name: str) -> bool:
    n = fold(name)
    return any(re.search(rf"\b{re.escape(w)}\b", n) for w in MEDIA_WORDS)


@dataclass
class _Cluster:
    type: str
    name: str
    mentions: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    description: str | None = None
    roles: set[str] = field(default_factory=set)  # role nouns: "president", "diplomat", "aide"
    gender: str | None = None  # "m"/"f" when a title or a pronoun says so

    @property
    def id(self) -> str:
        return entity_id(self.type, self.name)

    def entity(self) -> Entity:
        mentions = tuple(sorted(set(self.mentions), key=lambda s: (s.start, s.end)))
        aliases = tuple(sorted(a for a in self.aliases if a != self.name))
        return Entity(self.id, self.name, self.type, aliases, mentions, self.description)


_NER_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": None}


class EntityIndex:
    """The entities of one document, and which tokens mention them."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self._clusters: list[_Cluster] = []
        self._by_token: dict[int, _Cluster] = {}
        for ent in doc.ents:
            type_ = _NER_TYPES.get(ent.label_)
            if type_ is None:
                continue
            if type_ == "organization" and is_media_name(ent.text):
                type_ = "media"
            self.add(ent, type_)

    # -- building -------------------------------------------------------------------------
    def add(self, span: SpacySpan, type_: str, name: str | None = None,
            description: str | None = None) -> _Cluster | None:
        """Register ``span`` as a mention of an entity of ``type_``; return its cluster."""
        if type_ == "person":
            words = strip_titles([t.text for t in span if not t.is_punct or t.text in ".-"])
            canonical = name or " ".join(words).strip()
        else:
            canonical = name or span.text.strip()
        canonical = re.sub(r"['\u2019]s$", "", canonical).strip()
        if not canonical:
            return None
        cluster = self._match(type_, canonical)
        if cluster is None:
            cluster = _Cluster(type_, canonical, description=description)
            self._clusters.append(cluster)
        elif type_ == "person" and len(canonical.split()) > len(cluster.name.split()):
            cluster.aliases.add(cluster.name)
            cluster.name = canonical
        cluster.aliases.add(canonical)
        cluster.mentions.append(Span.of(self.text, span.start_char, span.end_char))
        self._note_roles(cluster, span)
        for t in span:
            self._by_token.setdefault(t.i, cluster)
        return cluster

    def _match(self, type_: str, name: str) -> _Cluster | None:
        key = fold(name)
        words = key.split()
        for c in self._clusters:
            if c.type != type_:
                continue
            if fold(c.name) == key or key in {fold(a) for a in c.aliases}:
                return c
        if type_ == "person":
            for c in reversed(self._clusters):
                if c.type != "person":
                    continue
                cw = fold(c.name).split()
                # "Witkoff" joins "Steve Witkoff"; "Steve Witkoff" absorbs an earlier "Witkoff"
                # (a name that folds to nothing, e.g. only zero-width marks, matches no other)
                if words and cw and (len(words) == 1 and cw[-1] == words[0] or len(cw) == 1 and words[-1] == cw[0]):
                    return c
        return None

    def _note_roles(self, cluster: _Cluster, span: SpacySpan) -> None:
        """Remember the role nouns a reader would later use for this entity: titles before
        the name ("President Vladimir Putin"), its appositions ("…, a top aide to …"), the
        head of a description ("a NATO diplomat")."""
        doc = span.doc
        i = span.start - 1
        while i >= 0 and (doc[i].pos_ == "PROPN" or doc[i].lower_ in TITLES) and doc[i].ent_type_ != "PERSON":
            word = doc[i].lower_.rstrip(".")
            cluster.roles.add(word)
            if word in _GENDERED_TITLES and cluster.gender is None:
                cluster.gender = _GENDERED_TITLES[word]
            i -= 1
        for t in span:
            word = t.lower_.rstrip(".")
            if word in _GENDERED_TITLES and cluster.gender is None:
                cluster.gender = _GENDERED_TITLES[word]
        root = span.root
        if cluster.type == "group":
            cluster.roles.add(root.lemma_.lower())
        for child in root.children:
            if child.dep_ == "appos":
                cluster.roles.add(child.lemma_.lower())

    def note_gender(self, entity_id: str, gender: str) -> None:
        for c in self._clusters:
            if c.id == entity_id and c.gender is None:
                c.gender = gender

    # -- lookups --------------------------------------------------------------------------
    def at(self, token: Token) -> EntityRef | None:
        c = self._by_token.get(token.i)
        return EntityRef(c.id, c.name, c.type) if c else None

    def cluster_at(self, token: Token) -> _Cluster | None:
        return self._by_token.get(token.i)

    def ref(self, cluster: _Cluster) -> EntityRef:
        return EntityRef(cluster.id, cluster.name, cluster.type)

    def persons_before(self, char: int) -> list[tuple[int, _Cluster]]:
        """Person mentions that end before ``char``, nearest first."""
        out = []
        for c in self._clusters:
            if c.type != "person":
                continue
            for m in c.mentions:
                if m.end <= char:
                    out.append((m.end, c))
        return sorted(out, key=lambda x: -x[0])

    def gender(self, entity_id: str) -> str | None:
        return next((c.gender for c in self._clusters if c.id == entity_id), None)

    def find_by_role(self, noun: str, before: int) -> EntityRef | None:
        """The latest entity mentioned before ``before`` that holds the role ``noun``."""
        best: tuple[int, _Cluster] | None = None
        for c in self._clusters:
            if noun not in c.roles and noun.rstrip("s") not in c.roles:
                continue
            for m in c.mentions:
                if m.end <= before and (best is None or m.end > best[0]):
                    best = (m.end, c)
        return self.ref(best[1]) if best else None

    def entities(self) -> tuple[Entity, ...]:
        """Every entity found, merged by id (two clusters can end with the same name)."""
        merged: dict[str, Entity] = {}
        for c in self._clusters:
            e = c.entity()
            if e.id in merged:
                old = merged[e.id]
                e = Entity(e.id, e.name, e.type, tuple(sorted(set(old.aliases) | set(e.aliases))),
                           tuple(sorted(set(old.mentions) | set(e.mentions), key=lambda s: (s.start, s.end))),
                           old.description or e.description)
            merged[e.id] = e
        return tuple(merged.values())
