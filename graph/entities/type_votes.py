"""The types a name's mentions vote for from the grammar around them (an apposition or a head
noun, a place noun it modifies, a title before it, the kin or aides it has, a newsroom or a
place preposition it stands after), which overrule the small model's label.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..entity_ids import ORG_WORDS, fold, strip_titles
from ..outlets import media_vote, news_agency, outlet_shaped
from .mentions import HONORIFICS, KIN_AND_AIDES, head_type, modifies_thing, person_marked
from .person_signs import person_signs
from .untagged_outlets import newsroom_of, published_in

if TYPE_CHECKING:  # spaCy types only annotate: reading ids and names needs no spaCy
    from spacy.tokens import Span as SpacySpan


_PLACE_GOVERNORS = frozenset("""annex annexation occupy occupation seize seizure capture liberate
liberation invade recapture""".split())


class TypeVotes:
    """Type votes per name from the grammar around its mentions (``EntityIndex`` keeps them)."""

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
