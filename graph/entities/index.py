"""``EntityIndex``: the entities of one document and which tokens mention them. Its
construction runs the rules in order (clean and type the NER spans, add the named mentions,
absorb surnames, name parts, acronyms and offices, then the untagged and nominal mentions);
every change to the clusters goes through its bookkeeping (buckets by id, key, surname and
first word, token pointers, the sorted persons); and its lookups answer the other modules
(the entity at a token, the persons before a char, by role, the entities out).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from typing import TYPE_CHECKING, Iterator

from .. import gazetteer
from ..gender import forename_gender
from ..boilerplate import furniture, inside
from ..entity_ids import (compatible_first, fold, is_elder, is_generic, name_key, name_parts,
                          person_key, strip_titles, surname_shape)
from ..layout import Layout
from ..markup import strip_tags
from ..model import Entity, EntityRef, Span, document_id
from ..outlets import news_agency
from .collectives import add_collective_actors, demonym_plural
from .datelines import add_dateline_names, dateline_dash, below_title_words
from .org_variants import absorb_org_variants
from .name_variants import absorb_aliases, absorb_name_variants, untagged_apostrophe_surnames
from .untagged_outlets import add_untagged_outlets
from .untagged_people import add_untagged_people
from .mentions import (HONORIFICS, KIN_AND_AIDES, extend_to_known_names, glue_country_into_party_names, head_type, headline_line,
                       join_capital_runs, org_name)
from .clusters import Cluster, bucket_add, bucket_remove, merge_by_id
from .mention_types import MentionTypes
from .seats_and_chambers import brussels_means, gazetteer_names
from .coreference import GENDERED_TITLES, RANK_WORDS, Coreference, gender_of

if TYPE_CHECKING:  # spaCy types only annotate: reading ids and names needs no spaCy
    from spacy.tokens import Doc, Span as SpacySpan, Token


_NER_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "country", "LOC": "country",
              "FAC": "organization", "NORP": None}


class EntityIndex(MentionTypes, Coreference):
    """The entities of one document, and which tokens mention them."""

    def __init__(self, doc: Doc, scope: str | None = None) -> None:
        """``scope``: the id of the document ``doc`` is a segment of, when it is one (generic
        names are told apart by document, see ``entity_id``); by default, ``doc``'s own."""
        self.doc = doc
        self.layout = Layout(doc)
        self.text = self.layout.text
        self._clusters: list[Cluster] = []
        self._by_token: dict[int, Cluster] = {}
        # lookups kept up to date as clusters come, get renamed and merge (lists in creation
        # order, which is the order of ``_clusters``)
        self._seq = 0
        self._by_id: dict[str, list[Cluster]] = {}
        self._by_key: dict[tuple[str, str], list[Cluster]] = {}  # (type, key of name or alias), non-persons
        self._by_surname: dict[str, list[Cluster]] = {}  # surname shape → persons
        self._by_first_word: dict[str, list[Cluster]] = {}  # shape of a first word → persons of 2+ words
        self._person_version = 0  # bumped when person mentions change
        self._persons_sorted: tuple[int, list[int], list[tuple[int, Cluster]]] | None = None
        self._headline_lines: dict[tuple[int, int], bool] = {}
        self._scope = scope or document_id(self.text)
        self._furniture = furniture(self.text)  # menus, credits, story lists: nobody acts there
        ents = [e for e in extend_to_known_names(join_capital_runs(self.layout.ents)) if e.label_ in _NER_TYPES and "\n" not in e.text.strip()
                and not inside(self._furniture, e.start_char, e.end_char)]
        # the words of the names the body (not a headline) gives people, to cut the title-case
        # verbs a headline glues to a name ("Trump Says He …", "Clinton Wades In")
        self._body_person_words = {fold(t.text) for e in ents if e.label_ == "PERSON" and not self._in_headline(e)
                                   for t in e}
        self._body_name_words = frozenset(self._body_person_words)  # the names the model found in the body
        self._below_title_words = below_title_words(self)  # the same, below the title line
        if any(e.label_ == "PERSON" and self._in_headline(e) for e in ents):
            # the model may miss the name in the body: its proper nouns
            self._body_person_words |= {fold(t.text) for t in doc if t.text[:1].isupper() and t.pos_ == "PROPN"
                                        and t.is_alpha and not self._in_headline(doc[t.i:t.i + 1])}
        ents = glue_country_into_party_names([p for e in ents for p in self._clean(e)])
        self._brussels = brussels_means(ents)
        self._person_words = self._person_name_words(ents)
        self._authors: list[tuple[int, str, Cluster]] = []  # (where, document noun, whose): "a statement from X"
        self._modifiers_only: set[str] = set()  # names only ever modifying a thing ("Oreshnik missiles")
        self._votes = self._type_votes(ents)
        self._person_word_uses = Counter(fold(w) for e in ents if e.label_ == "PERSON"
                                         for w in strip_titles(e.text.split()))
        for ent in ents:
            decided = self._classify(ent)
            if decided is not None:
                self.add(ent, *decided)
        add_dateline_names(self)  # "CHICAGO - Rahm Emanuel may …", left untagged
        add_untagged_people(self)  # "Ana Ruiz spoke with …": a known forename, acting, left untagged
        add_collective_actors(self)  # "House Republicans", "the Obama administration", "the West"
        self._absorb_surnames()
        self._absorb_name_parts()
        absorb_name_variants(self)  # "Crooked Hillary", "B. Hussein Obama" → the person named in full
        absorb_aliases(self)  # "Mahmoud Abbas, also known as Abu Mazen": one person
        self._absorb_acronyms()
        absorb_org_variants(self)  # "the Times" → The New York Times; "Labor Department" = "Department of Labor"
        self._absorb_owned_offices()
        self._untagged_appositions()
        self._untagged_surnames()
        untagged_apostrophe_surnames(self)  # "told O'Reilly"
        add_untagged_outlets(self)  # "told The Star-Ledger", "editor of The Forward"
        self._nominal_mentions()
        self._abbreviated_titles()  # "the PM said" → the prime minister named before
        self._nominal_bodies()

    # -- building -------------------------------------------------------------------------
    def add(self, span: SpacySpan, type_: str, name: str | None = None,
            description: str | None = None, audience: bool = False) -> Cluster | None:
        """Register ``span`` as a mention of an entity of ``type_``; return its cluster, or None
        when the span names no actor: it lies in page furniture (a menu, a credit), or a
        described group's head is a thing ("the study", "defense spending targets"). A
        description may resolve to whom it describes: "Russia's foreign minister" → the one
        Russian foreign minister the document names, "a statement from the ministry" → the
        ministry. ``audience``: the span is where words were addressed ("told a news briefing",
        "addressing a seminar"); the people there are the actor, whatever the head noun."""
        if inside(self._furniture, span.start_char, span.end_char):
            return None
        dash = dateline_dash(list(span)) if len(span) > 2 else None
        if dash is not None:  # "BRUSSELS, Oct 14 (Reuters) - European Union foreign ministers": not the dateline
            if name is not None and span[dash].text in name:
                name = name.split(span[dash].text, 1)[1].strip() or None
            span = span.doc[span.start + dash + 1:span.end]
        if type_ in ("organization", "group") and any(t.pos_ == "PROPN" for t in span) and news_agency([span.root]):
            type_ = "media"  # "told the Meridian news agency": an outlet, whatever the model made of its name
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
                if head_type(descriptors[-1]) == "media":
                    type_ = "media"
        if name is None and type_ in ("organization", "group") and span.root.pos_ == "PROPN":
            type_, name = self._retype(span, type_)
        canonical = self._canonical_name(span, type_, name)
        if not canonical:
            return None
        cluster = self._match(type_, canonical, span)
        if cluster is None:
            cluster = Cluster(type_, canonical, description=description)
            self._new_cluster(cluster)
        elif type_ == "person" and len(canonical.split()) > len(cluster.name.split()):
            cluster.aliases.add(cluster.name)
            self._unindex(cluster)
            cluster.name = canonical
            self._index(cluster)
        self._alias(cluster, canonical)
        if type_ in ("media", "organization") and span.text.strip()[:1].isupper():
            cluster.note_written(org_name(span.text, keep_the=False))  # for the name shown: ``Cluster.shown``
        if type_ != "person" and span.text.strip() != canonical and span.text.strip()[:1].isupper():
            self._alias(cluster, org_name(span.text, keep_the=False))
        self._mention(cluster, Span.of(self.text, span.start_char, span.end_char))
        self._note_roles(cluster, span)
        if type_ == "person" and cluster.gender is None:
            cluster.gender = _honorific_gender(span)  # "Mr. Obama": the title is no part of the name
        cluster.roles.update(descriptors)
        for t in span:
            if t.i not in self._by_token:
                self._point(t.i, cluster)
        return cluster

    def _canonical_name(self, span: SpacySpan, type_: str, name: str | None) -> str:
        """The name ``add`` registers ``span`` under: ``name`` when given, else the span's words
        without titles (a person) or the body's name, a generic office named with its country's
        ("China's Foreign Ministry"); "" when nothing of a name is left."""
        if type_ == "person":
            words = strip_titles([t.text for t in span if not t.is_punct or t.text in ".-'"])
            canonical = name or " ".join(words).strip()
            if name is None and "-" in span.text and " - " not in span.text:
                canonical = canonical.replace(" - ", "-")  # "Oyelowo-Finch", tokenized in three
            # "Ted Cruz—35 to 12 percent": a dash the tokenizer left inside a word ends the name
            canonical = re.sub(r"[\u2014\u2013]\S*$", "", canonical).strip() or canonical
        else:
            canonical = name or org_name(span.text)
            if type_ == "organization" and is_generic(type_, canonical):
                owner = self._owner(span)
                if owner:  # "China's Foreign Ministry": one office per country, not one for all
                    before = span.doc[span.start - 1] if span.start else None
                    adjective = before is not None and before.text[:1].isupper() and \
                        gazetteer.demonym_token(before) == owner and not gazetteer.country(before.text)
                    # "the Chinese foreign ministry" keeps its adjective, part of how it is named
                    canonical = f"{before.text} {canonical}" if adjective else f"{owner}'s {canonical}"
        # markup left in a parsed text ("<u>Keir Starmer</u>", the tail of a tag 'datetime="…">')
        # may be in mentions, never in a name
        canonical = re.sub(r"['\u2019\u2018]s$", "", strip_tags(canonical).rsplit(">", 1)[-1]).strip()
        return re.sub(r"\s{2,}", " ", canonical)

    # -- bookkeeping: every change to the clusters goes through these ------------------------
    def _new_cluster(self, cluster: Cluster) -> None:
        cluster.scope = self._scope
        cluster.seq = self._seq
        self._seq += 1
        self._clusters.append(cluster)
        self._index(cluster)

    def _buckets(self, c: Cluster) -> Iterator[tuple[dict, object]]:
        """Every (index, key) under which ``c`` is filed: one list for adding and removing."""
        yield self._by_id, c.id
        if c.type == "person":
            words = c.name.split()
            yield self._by_surname, surname_shape(name_parts(c.name)[1])
            if len(words) > 1:
                yield self._by_first_word, surname_shape(words[0])
        else:
            yield self._by_key, (c.type, c.key)

    def _index(self, c: Cluster) -> None:
        for bucket, key in self._buckets(c):
            bucket_add(bucket, key, c)

    def _unindex(self, c: Cluster) -> None:
        for bucket, key in self._buckets(c):
            bucket_remove(bucket, key, c)
        if c.type == "person":
            self._person_version += 1

    def _alias(self, c: Cluster, alias: str) -> None:
        if alias in c.aliases:
            return
        c.aliases.add(alias)
        if c.type != "person":  # persons match by name only
            bucket_add(self._by_key, (c.type, name_key(alias)), c)

    def _mention(self, c: Cluster, span: Span) -> None:
        c._add_mention(span)
        if c.type == "person":
            self._person_version += 1

    def _point(self, i: int, c: Cluster) -> None:
        self._by_token[i] = c
        c._tokens.append(i)

    def _retype(self, span: SpacySpan, type_: str) -> tuple[str, str | None]:
        """The type of a proper name other modules register: a person's surname seen in this
        document is that person ("Major said"); a gazetteer name is what the gazetteer says."""
        text = span.text.strip()
        if len(span) == 1 and demonym_plural(span):
            return "group", None  # "urged Americans to …": people of a place, no organisation
        hit = gazetteer.lookup(text)
        if hit is not None and gazetteer_names(span):
            return hit
        if gazetteer.seat(text) and gazetteer.seat(text) != gazetteer.EU_OR_NATO:
            return "country", gazetteer.seat(text)
        words = strip_titles(text.split())
        if words and fold(" ".join(words)) in self._person_words:
            return "person", None
        if len(span) > 1 and span[0].lower_.rstrip(".") in HONORIFICS and span[1].pos_ == "PROPN":
            return "person", None  # "Mr Oyelowo-Finch said": only a person is a Mr or a Ms
        return type_, None

    def _match(self, type_: str, name: str, span: SpacySpan | None = None) -> Cluster | None:
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
        # "Duncan Hunter" and "Duncan Hunter Sr.": two full names, father and son
        cands = [c for c in same if compatible_first(first, name_parts(c.name)[0])
                 and not (name_parts(c.name)[0] and is_elder(c.name) != is_elder(name))]
        full = [c for c in cands if name_parts(c.name)[0]]
        if full:
            return self._latest(full)
        # a full name absorbs an earlier bare surname, unless another full name claimed it, or
        # a title made it another sex's ("Mr. Obama" is not "Michelle Obama" named later)
        named = forename_gender(name)
        return self._latest([c for c in cands if named is None or c.gender in (None, named)])

    def _likeliest(self, cands: list[Cluster], span: SpacySpan | None) -> Cluster | None:
        """Among namesakes, the one a bare surname means: the one named in the last few
        sentences, else the one the document mentions most."""
        if len(cands) < 2 or span is None:
            return self._latest(cands)
        titled = _honorific_gender(span)
        if titled is not None:
            # "Mr. Obama" beside Barack and Michelle Obama: the honorific says which
            fits = [c for c in cands if gender_of(c) in (None, titled)]
            if fits and len(fits) < len(cands):
                cands = fits
                if len(cands) == 1:
                    return cands[0]
        kin = [c for c in cands if _introduced_as_kin(c, span.doc)]
        if kin and len(kin) < len(cands):
            # "Rosa Vance … Her son, Tom Vance, said …. Vance joined the paper in 1961": a
            # namesake brought in as someone's relative goes by his full name; the bare
            # surname is the other, the one the story is about
            cands = [c for c in cands if c not in kin]
            if len(cands) == 1:
                return cands[0]
        here = span.start_char
        last = {id(c): c._last_end(here) for c in cands}
        recent = [c for c in cands if last[id(c)] is not None and last[id(c)] >= here - 400]
        if len(recent) == 1:
            return recent[0]
        return max(cands, key=lambda c: (len(c.mentions), -1 if last[id(c)] is None else last[id(c)]))

    @staticmethod
    def _latest(cands: list[Cluster]) -> Cluster | None:
        if not cands:
            return None
        return max(cands, key=lambda c: c._max_end())

    def _merge_into(self, src: Cluster, dst: Cluster) -> None:
        for m in src.mentions:
            self._mention(dst, m)
        dst.aliases |= src.aliases
        dst.absorb_written(src)
        # a role stays lesser ("Vice President") only where every cluster holding it was given it
        # so: one plain "President X" among the merged mentions makes its bearer the holder
        dst.lesser_roles = (dst.lesser_roles - src.roles | src.lesser_roles - dst.roles) \
            | (dst.lesser_roles & src.lesser_roles)
        dst.other_posts |= src.other_posts
        dst.roles |= src.roles
        dst.affiliation = {**src.affiliation, **dst.affiliation}
        dst.gender = dst.gender or src.gender
        for i in src._tokens:
            self._by_token[i] = dst
        dst._tokens.extend(src._tokens)
        src._tokens = []
        self._unindex(src)
        self._clusters.remove(src)

    def merge(self, src: Cluster, dst: Cluster) -> None:
        """Join ``src`` into ``dst``: its mentions, names, roles and tokens; ``src`` is gone."""
        self._merge_into(src, dst)

    def rename(self, c: Cluster, name: str) -> None:
        """Give ``c`` the display name ``name``; its old name stays an alias."""
        self._unindex(c)
        c.aliases.add(c.name)
        c.name = name
        self._index(c)
        self._alias(c, name)

    def add_token_mention(self, c: Cluster, tok: Token) -> None:
        """Register the word ``tok`` as a mention of ``c`` ("told O'Reilly" → Bill O'Reilly)."""
        self._mention(c, Span.of(self.text, tok.idx, tok.idx + len(tok)))
        self._point(tok.i, c)

    # -- lookups --------------------------------------------------------------------------
    def is_mentioned(self, i: int) -> bool:
        """True when the token at ``i`` already mentions an entity."""
        return i in self._by_token

    @property
    def below_title(self) -> tuple[frozenset[str], frozenset[str]]:
        """The folded words of the PERSON names below the title line, and of its proper nouns."""
        return self._below_title_words

    def is_person_word(self, key: str) -> bool:
        """True when ``key`` (folded) is the name, or a word of the name, of a person here."""
        return key in self._person_words

    def votes(self, key: str) -> dict[str, int]:
        """The type votes of the grammar for the folded name ``key`` (none: empty)."""
        return self._votes.get(key, {})

    @property
    def clusters(self) -> list[Cluster]:
        """The clusters found so far (live: relations may add described sources)."""
        return self._clusters

    def at(self, token: Token) -> EntityRef | None:
        c = self._by_token.get(token.i)
        return c.as_ref() if c else None

    def refs(self) -> Iterator[tuple[int, EntityRef]]:
        """(token index, entity) for every token that mentions an entity, in text order."""
        for i in sorted(self._by_token):
            yield i, self._by_token[i].as_ref()

    def cluster_at(self, token: Token) -> Cluster | None:
        return self._by_token.get(token.i)

    def sole_titled(self, token: Token) -> bool:
        """Whether ``token``, a definite role noun the index joined to a person ("the
        businessman", "the front-runner"), is a title or apposition the article gave that
        person, before, and no other person: a reader then names whom it stands for."""
        c = self._by_token.get(token.i)
        word = token.lower_
        if c is None or c.type != "person" or token.tag_ != "NN" or word not in c.roles \
                or c._last_end(token.idx) is None:
            return False
        if any(w.lower_ in RANK_WORDS for w in token.lefts):
            return False  # "the former chancellor" is not the chancellor the article titled
        return not any(o is not c and o.type == "person" and word in o.roles for o in self._clusters)

    def ref(self, cluster: Cluster) -> EntityRef:
        return cluster.as_ref()

    def persons_before(self, char: int) -> Iterator[tuple[int, Cluster]]:
        """Person mentions that end before ``char``, nearest first (on a tie, in the order
        of the clusters, then of their mentions)."""
        if self._persons_sorted is None or self._persons_sorted[0] != self._person_version:
            ordered = sorted(((-m.end, pos, j, c) for pos, c in enumerate(c for c in self._clusters if c.type == "person")
                              for j, m in enumerate(c.mentions)), key=lambda x: x[:3])
            self._persons_sorted = (self._person_version, [x[0] for x in ordered], [(-x[0], x[3]) for x in ordered])
        _, neg_ends, items = self._persons_sorted
        for k in range(bisect_left(neg_ends, -char), len(items)):
            yield items[k]

    def cluster_by_id(self, id_: str) -> Cluster | None:
        """The first cluster (in creation order) of the entity with id ``id_``, if any."""
        same = self._by_id.get(id_)
        return same[0] if same else None

    def gender(self, id_: str) -> str | None:
        c = self.cluster_by_id(id_)
        return c.gender if c is not None else None

    def type_evidence(self, name: str) -> dict[str, int]:
        """What the grammar around a name's mentions says it is, as votes ("Kalvor, the
        grid operator" → {"organization": 3}), even when too few to retype its cluster."""
        return dict(self._votes.get(fold(" ".join(strip_titles(name.split()))), {}))

    def find_by_role(self, noun: str, before: int, exclude: set[str] = frozenset(),
                     lesser: bool = False, other_post: bool = False) -> EntityRef | None:
        """The latest entity mentioned before ``before`` that holds the role ``noun`` (other
        than those whose ids are in ``exclude``); one who was given it only as "Vice",
        "Deputy", "former" … only when ``lesser`` (the description says so too); with
        ``other_post`` ("the vice president") only one given it under such a word at least once."""
        best: tuple[int, Cluster] | None = None
        forms = (noun, noun.rstrip("s"))  # the noun or its singular ("ministers" → "minister")
        for c in self._clusters:
            if not any(f in c.roles for f in forms):
                continue
            if not lesser and noun in c.lesser_roles:
                continue
            if other_post and not any(f in c.other_posts for f in forms):
                continue  # "the vice president" is not "President X", the only holder named
            if exclude and c.id in exclude:
                continue
            end = c._last_end(before)
            if end is not None and (best is None or end > best[0]):
                best = (end, c)
        return self.ref(best[1]) if best else None

    def latest_body(self, noun: str, before: int) -> EntityRef | None:
        """The latest organisation mentioned before char ``before`` whose name ends in ``noun``:
        what "the ministry" stands for after "China's foreign ministry said"."""
        latest = self._latest_mentioned(self._bodies_named(noun), before)  # as "the ministry" joins it in coreference
        return self.ref(latest) if latest else None

    def mention_start_around(self, cluster: Cluster, char: int) -> int | None:
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
            self._headline_lines[line] = headline_line(self.text[line[0]:line[1]])
        return self._headline_lines[line]

    def entities(self) -> tuple[Entity, ...]:
        """Every entity found, merged by id (two clusters can end with the same key)."""
        return merge_by_id(c.entity() for c in self._clusters)


# Honorifics that say a person's sex: "Mr. Obama" is not Michelle Obama.
_HONORIFIC_GENDER = {w: GENDERED_TITLES[w] for w in HONORIFICS if w in GENDERED_TITLES}


def _honorific_gender(span: SpacySpan) -> str | None:
    """The sex an honorific just before (or opening) a surname mention says, or None."""
    doc = span.doc
    for i in (span.start, span.start - 1):
        if 0 <= i < len(doc) and (i < span.start or len(span) > 1):
            g = _HONORIFIC_GENDER.get(doc[i].lower_.rstrip("."))
            if g is not None:
                return g
    return None


_KIN = KIN_AND_AIDES - {"aide"}  # a person's relatives


def _introduced_as_kin(cluster: Cluster, doc: Doc) -> bool:
    """Whether the person's first mention names him as someone's relative: in apposition to
    a kin noun ("her son, Tom Vance") or after one ("his widow Ann Vance")."""
    if not cluster.mentions:
        return False
    first = min(cluster.mentions, key=lambda m: m.start)
    span = doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in _KIN:
        return True
    return any(c.dep_ == "compound" and c.lemma_.lower() in _KIN and c.i < span.start for c in root.children)
