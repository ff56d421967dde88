"""Mentions joined to the clusters they name, once the named mentions are in: a described
group's head noun deciding whether it acts and whom it resolves to ("a statement from the
ministry"), the one named holder of a role ("Russia's foreign minister" → Sergei Lavrov),
names the model missed in apposition to a role noun or as a surname it tagged elsewhere, a
surname, a run of a longer name's words or an acronym absorbed into the full name, a bare
office joining the one office the document gives an owner ("Foreign Ministry" → "the Danish
Foreign Ministry"), the role nouns a title or an apposition gives an entity, definite role
nouns ("the president", "the special envoy") joining the person who holds the title, and
"the committee", "the ministry" joining the latest body of that kind named before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import gazetteer
from ..gender import EPITHET_NOUNS, forename_gender, noun_gender
from ..actors import is_actor_noun, is_document_noun
from ..entity_ids import (TITLES_BARE, GENERIC_HEADS, person_shaped, fold, is_elder, is_generic, name_key,
                          name_parts, split_owner, surname_shape)
from ..model import Span
from .mentions import (MEDIA_HEADS, ROLE_NOUNS, acronyms, head_type, is_run, mention_of, name_tokens,
                       title_tokens)
from .clusters import Cluster
from .collectives import PARTY_LABELS
from .untagged_people import initials_holder

if TYPE_CHECKING:  # spaCy types only annotate: reading ids and names needs no spaCy
    from spacy.tokens import Span as SpacySpan, Token


GENDERED_TITLES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m",
                    "lady": "f", "king": "m", "queen": "f", "prince": "m", "princess": "f",
                    "spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f",
                    # West African honorifics ("Alhaji Musa Bello", "Madam Ada Obi")
                    "alhaji": "m", "alhaja": "f", "hajia": "f", "madam": "f", "mallam": "m"}


# Kinds of body an article names and then calls by the kind alone ("the committee", "the
# ministry"); the name must end in the noun for "the <noun>" to stand for it.
_BODY_NOUNS = frozenset("""committee ministry department agency commission council party campaign
administration company firm bank court office organization organisation union alliance bloc
association foundation institute university movement parliament assembly government
authority board bureau service army navy military militia police coalition embassy federation""".split())
# (not "group": "the group's attack" after "militant group Hamas" and a later "Crisis Group" is Hamas)


def _teller(noun: Token) -> Token | None:
    """The subject of the verb ``noun`` is the object or the "to" phrase of ("Ruiz told the
    senator", "she said to the senator"), else None."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "to" and verb.dep_ in ("prep", "dative"):
        verb = verb.head
    elif noun.dep_ not in ("dobj", "dative", "iobj"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _last_word(name: str) -> str:
    words = name.lower().split()
    return words[-1] if words else ""


# Abbreviated titles and the noun a later description uses: "Sen. X" … "the senator".
_TITLE_WORDS = {"sen": "senator", "gov": "governor", "rep": "representative", "gen": "general",
                "adm": "admiral", "col": "colonel", "capt": "captain", "sgt": "sergeant", "lt": "lieutenant",
                "maj": "major", "prof": "professor", "amb": "ambassador"}


# Titles news abbreviates to their initials, and the role words the full title gives.
_ABBREVIATED_TITLES = {"pm": ("prime", "minister"), "cm": ("chief", "minister")}


# Words before a title that make its bearer someone other than the office's holder: "the
# president" is not "Vice President X", "the chancellor" not "Shadow Chancellor Y", "the prime
# minister" not "former prime minister Z" (unless the description says so too).
LESSER_WORDS = frozenset("vice deputy former ex shadow assistant".split())


def under_lesser_word(noun: Token) -> bool:
    """Whether a lesser word stands before the role noun ``noun`` ("the vice president", "a
    former minister"): the description names someone other than the office's holder."""
    return any(c.lower_ in LESSER_WORDS for c in noun.lefts)


# The lesser words that name another post, not another time: a plain "President X" may be a
# former holder still given the title, never the vice president.
_OTHER_POST_WORDS = frozenset("vice deputy shadow assistant".split())


def under_other_post(noun: Token) -> bool:
    """Whether a word naming another post stands before the role noun ``noun`` ("the vice
    president", "the deputy minister")."""
    return any(c.lower_ in _OTHER_POST_WORDS for c in noun.lefts)


def _note_lesser_roles(cluster: Cluster, given: dict[str, bool], held: set[str]) -> None:
    """Keep ``cluster.lesser_roles`` after a mention that gave the role nouns ``given`` (noun →
    given only under "Vice", "former" …): a plain mention makes the noun held; a lesser one
    marks it lesser unless the entity already held it plainly ("President X … former president
    X" is still "the president")."""
    for word, only_lesser in given.items():
        if not only_lesser:
            cluster.lesser_roles.discard(word)
        elif word not in held:
            cluster.lesser_roles.add(word)


# Words before a role noun that say when or how high, not which role ("the new president").
RANK_WORDS = frozenset("former new top senior current then outgoing incoming acting interim veteran "
                       "longtime embattled late".split())

class Coreference:
    """Mentions joined to the clusters they name (``EntityIndex`` runs these after the named ones are in)."""

    def _described_actor(self, span: SpacySpan) -> tuple[bool, Cluster | None]:
        """(is it an actor, the named entity it resolves to) for a described group. Its head
        noun decides: people and bodies are actors; a document is its author's words ("a
        statement from the ministry", "a translation provided by the ministry", "Russian
        media reports" → the ministry, Russian media); any other thing is no actor."""
        head = span.root
        lemma = head.lemma_.lower()
        if is_actor_noun(lemma) or is_actor_noun(head.lower_):
            return True, self._glued_apposition(head) or self._named_holder(span, head) \
                or self._repeated_apposition(span, head) or self._epithet_of(span, head)
        if not is_document_noun(lemma):
            return False, None
        by = [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
              for g in c.children if g.dep_ == "pobj"]
        by += [g for c in head.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
               for g in a.children if g.dep_ == "pobj"]
        author: Cluster | None = None
        for tok in by:
            author = self._by_token.get(tok.i)
            if author is None and tok.pos_ == "PROPN":
                author = self.add(mention_of(tok), "organization")
            elif author is None and is_actor_noun(tok.lemma_):
                kind = "organization" if head_type(tok.lemma_.lower()) == "organization" or \
                    tok.lemma_.lower() in GENERIC_HEADS else "group"
                author = self.add(mention_of(tok), kind)
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

    def _glued_apposition(self, head: Token) -> Cluster | None:
        """ "The mayor of Kyiv, Oleh Marchenko, said": the parser makes the name the object of
        "of" and the place its modifier; a name set off by a comma after the place is the
        apposition of the role, so the description is that person."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                person = self._by_token.get(obj.i) if obj.dep_ == "pobj" and obj.pos_ == "PROPN" else None
                if person is None or person.type != "person":
                    continue
                name_start = min(t.i for t in obj.subtree if self._by_token.get(t.i) is person)
                between = self.doc[prep.i + 1:name_start]
                if len(between) > 1 and between[-1].text == "," and not any(
                        self._by_token.get(t.i) is person for t in between):
                    return person
        return None

    def _named_holder(self, span: SpacySpan, head: Token) -> Cluster | None:
        """The one named person a definite description of a role means, wherever the document
        names them: "Russia's foreign minister" → "Russian Foreign Minister Sergei Lavrov"
        (role noun, its other words and its country agree); None unless exactly one fits."""
        noun = head.lemma_.lower()
        if noun not in ROLE_NOUNS and noun not in TITLES_BARE:
            return None
        kids = list(head.children)
        poss = [c for c in kids if c.dep_ == "poss"]
        if not poss and not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
            return None  # "a NATO diplomat": someone new, not someone named
        owner = None
        for c in poss + [c for c in kids if c.dep_ in ("amod", "compound")]:
            text = re.sub(r"['\u2019]s?$", "", self.doc[c.left_edge.i:c.i + 1].text)
            owner = owner or gazetteer.country(text) or gazetteer.seat(text) or gazetteer.demonym_token(c)
        words = {c.lower_ for c in kids if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN", "PROPN")
                 and not gazetteer.demonym_token(c) and not gazetteer.country(c.text)}
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

    def _repeated_apposition(self, span: SpacySpan, head: Token) -> Cluster | None:
        """ "Oleg Vasiliev, Moscow's point man for arms control, … Moscow's point man added":
        a description that repeats, word for word up to its head noun, an apposition the
        article gave earlier to one named person is that person. Two words at least ("the
        man" says too little) and a definite or owned description ("a senior fellow" is
        someone new)."""
        if head.dep_ == "appos" or head.tag_ != "NN" or any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "another") or c.dep_ == "poss" and c.pos_ == "PRON"
                for c in head.children):
            return None  # "his supporters": many, and someone's; one person is singular and named by the words
        words = [t.lower_ for t in span if t.i <= head.i and t.dep_ != "det"]
        if len(words) < 2:
            return None
        found: dict[int, Cluster] = {}
        for tok in self.doc[:span.start]:
            if tok.dep_ != "appos" or tok.lemma_ != head.lemma_:
                continue
            holder = self._by_token.get(tok.head.i)
            if holder is None or holder.type != "person":
                continue
            if [t.lower_ for t in tok.subtree if t.i <= tok.i and t.dep_ != "det"] == words:
                found[id(holder)] = holder
        if len(found) != 1:
            return None  # none, or two people described alike: nobody can tell which
        holder = next(iter(found.values()))
        self._mention(holder, Span.of(self.text, span.start_char, span.end_char))
        for t in span:
            if t.i not in self._by_token:
                self._point(t.i, holder)
        return holder

    def _epithet_of(self, span: SpacySpan, head: Token) -> Cluster | None:
        """ "Lee held a rally. The billionaire businessman slammed Ortiz": a definite description
        of one person, which no title in the article matches, standing as the subject of its
        sentence, is the one person the sentence before names, when that sentence names no
        one else and describes no other person ("Lee met the ambassador. The diplomat said"
        is nobody's); a gendered noun must agree ("the businesswoman" is not a man)."""
        # Not SpeakerResolver._person_just_named (speaker_descriptions), on purpose: this makes the description a mention of
        # the person for every later layer, so it asks for the one person of the sentence before;
        # the resolver only picks whom a quote goes to, the most salient subject of two sentences.
        kids = list(head.children)
        if head.tag_ != "NN" or head.dep_ not in ("nsubj", "nsubjpass") or head.i > span[-1].i \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) \
                or any(c.dep_ in ("poss", "prep", "relcl", "acl", "appos", "conj") for c in kids):
            return None
        if head.lemma_.lower() not in EPITHET_NOUNS:
            return None  # "David Kerr was convicted. The judge said": a post someone else holds
        if head_type(head.lemma_.lower()) not in (None, "person") or any(
                c.dep_ in ("amod", "compound") and (c.ent_type_ or gazetteer.demonym_token(c)) for c in kids):
            return None  # "the ministry", "the Russian diplomat", "the GOP front-runner": said by their own words
        # the sentence before, across a paragraph break (wire copy gives each sentence its own)
        at = head.sent.start - 1
        while at >= 0 and (self.doc[at].is_space or self.doc[at].sent.text.strip(' \n"\u201c\u201d') == ""):
            at -= 1
        if at < 0:
            return None
        before = self.doc[at].sent
        people = {id(c): c for t in before if (c := self._by_token.get(t.i)) is not None and c.type == "person"}
        described = [t for t in before if t.pos_ == "NOUN" and t.tag_ == "NN" and is_actor_noun(t.lemma_)
                     and head_type(t.lemma_.lower()) in (None, "person")
                     and getattr(self._by_token.get(t.i), "type", "group") == "group"
                     and getattr(self._by_token.get(t.head.i), "type", None) != "person"]  # not a name's title
        if len(people) != 1 or described:
            return None
        holder = next(iter(people.values()))
        gender = GENDERED_TITLES.get(head.lower_) or noun_gender(head.lower_)
        if gender is not None and holder.gender not in (None, gender):
            return None
        self._mention(holder, Span.of(self.text, span.start_char, span.end_char))
        for t in span:
            if t.i not in self._by_token:
                self._point(t.i, holder)
        return holder

    def _untagged_appositions(self) -> None:
        """Names the model missed where the grammar says a person: in apposition to a role
        noun ("two Ortega envoys, Ana Ruiz and Pablo Diaz")."""
        for tok in map(self.doc.__getitem__, self.layout.tokens_where(dep=("appos",))):
            if tok.dep_ != "appos" or tok.head.pos_ != "NOUN" or tok.head.lemma_.lower() not in ROLE_NOUNS:
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
        # a person the article names by surname alone ("Trump", never "Donald Trump"), tagged
        # so at least twice, when no one of the document has that surname in full
        full_shapes = {surname_shape(name_parts(c.name)[1]) for c in full}
        full += [c for c in self._clusters if c.type == "person" and not name_parts(c.name)[0]
                 and len(c.name.split()) == 1 and len(c.mentions) >= 2
                 and surname_shape(c.name) not in full_shapes]
        by_shape: dict[str, list[Cluster]] = {}
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
            if len(full) == 1 and not _genders_clash(c, full[0]):
                self._merge_into(c, full[0])

    def _absorb_name_parts(self) -> None:
        """A short name that is a run of words of one longer person's name in the document
        is that person, whatever the model tagged it: "Assad" in "Bashar al-Assad", "Abu
        Marzook" in "Mousa Abu Marzook", "Wang" (tagged ORG) in "Wang Yi"."""
        persons = [c for c in self._clusters if c.type == "person" and len(name_tokens(c.name)) > 1]
        for c in list(self._clusters):
            if c.type not in ("person", "organization") or c.type == "organization" and not person_shaped(c.name):
                continue
            short = name_tokens(c.name)
            # (a full name is not its "Sr." namesake's: "Duncan Hunter" and his father "Duncan Hunter Sr.")
            hosts = [d for d in persons if d is not c and d in self._clusters and len(name_tokens(d.name)) > len(short)
                     and is_run(short, name_tokens(d.name)) and not (len(short) > 1 and is_elder(d.name))
                     and not _genders_clash(c, d)]
            if len({id(d) for d in hosts}) == 1:
                self._merge_into(c, hosts[0])
        self._absorb_surnames_read_as_places(persons)

    def _absorb_surnames_read_as_places(self, persons: list[Cluster]) -> None:
        """"Geingob thanked his host" after "Hage Geingob met …": the model read the lone
        surname as a place. One word no gazetteer knows as a place, written only as the subject
        or the owner of a clause, that is the surname of exactly one person named in full, is
        that person; a place keeps its prepositions ("flew to Jackson") and stays one."""
        for c in list(self._clusters):
            if c.type != "country" or " " in c.name or not person_shaped(c.name) or gazetteer.country(c.name):
                continue
            toks = [self.doc[i] for i in c._tokens]
            if not toks or any(t.dep_ not in ("nsubj", "nsubjpass", "poss") for t in toks):
                continue
            hosts = [d for d in persons if d in self._clusters and fold(name_parts(d.name)[1]) == fold(c.name)]
            if len(hosts) == 1:
                self._merge_into(c, hosts[0])

    def _absorb_acronyms(self) -> None:
        """An acronym is the organisation whose words it abbreviates: "PLO" → Palestine
        Liberation Organization, "UNSC" → UN Security Council."""
        orgs = [c for c in self._clusters if c.type in ("organization", "media")]
        for c in orgs:
            if not re.fullmatch(r"[A-Z]{2,6}", c.name) or c not in self._clusters:
                continue
            hosts = [d for d in orgs if d is not c and d in self._clusters and len(d.name.split()) > 1
                     and c.name in acronyms(d.name)]
            if len(hosts) == 1:
                self._merge_into(c, hosts[0])
        self._absorb_person_initials()

    def _absorb_person_initials(self) -> None:
        """Initials written for a person the article names in full ("MBS" for Mohammed bin
        Salman, "AMLO" for Andrés Manuel López Obrador): the one person of three or more name
        words whose initials, particles included, they are, and no name the gazetteer knows."""
        for c in list(self._clusters):
            if c.type in ("person", "organization"):
                host = initials_holder(self, c.name)
                if host is not None and host is not c:
                    self._merge_into(c, host)

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

    def _note_roles(self, cluster: Cluster, span: SpacySpan) -> None:
        """Remember the role nouns a reader would later use for this entity: titles before
        the name ("President Vladimir Putin"), its appositions ("…, a top aide to …"), the
        head of a description ("a NATO diplomat")."""
        held = cluster.roles - cluster.lesser_roles  # held plainly before this mention
        country = None
        lesser = False  # after "Vice", "former": the nouns that follow are held only so
        other = False  # after "Vice", "Deputy": the nouns that follow name another post
        given: dict[str, bool] = {}  # role noun → given under such a word
        for t in title_tokens(span):
            word = t.lower_.rstrip(".")
            if word in LESSER_WORDS:
                lesser = True
                other = other or word in _OTHER_POST_WORDS
            if (named := gazetteer.demonym_token(t)) and t.pos_ in ("ADJ", "PROPN"):
                country = named
                continue
            # a post the model swept into a body's name is still a post ("Kremlin Spokesman
            # Ivan Orlov", tagged ORG up to the name: later "the Kremlin spokesman"); not a
            # word such as "State" that also names a body
            if t.pos_ in ("NOUN", "PROPN") and (t.ent_type_ not in ("GPE", "ORG", "NORP")
                                                or t.ent_type_ == "ORG" and (word in ROLE_NOUNS or word in GENDERED_TITLES)):
                cluster.roles.add(word)
                given[word] = lesser and word not in LESSER_WORDS
                if other and word not in LESSER_WORDS:
                    cluster.other_posts.add(word)
                if word in _TITLE_WORDS:  # "Sen. X" is "the senator" later
                    cluster.roles.add(_TITLE_WORDS[word])
                    given[_TITLE_WORDS[word]] = given[word]
            if word in GENDERED_TITLES and cluster.gender is None:
                cluster.gender = GENDERED_TITLES[word]
        if country:
            for r in cluster.roles:
                cluster.affiliation.setdefault(r, country)
        for t in span:
            word = t.lower_.rstrip(".")
            if word in GENDERED_TITLES and cluster.gender is None:
                cluster.gender = GENDERED_TITLES[word]
            if cluster.type == "person" and word in TITLES_BARE and t.i < span.root.i:
                cluster.roles.add(word)
        root = span.root
        if cluster.type == "group":
            cluster.roles.add(root.lemma_.lower())
        for child in root.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN" and not _subject_read_as_apposition(root, child):
                cluster.roles.add(child.lemma_.lower())
                given[child.lemma_.lower()] = under_lesser_word(child)
                if under_other_post(child):
                    cluster.other_posts.add(child.lemma_.lower())
        _note_lesser_roles(cluster, given, held)
        if root.dep_ == "appos" and cluster.type == "person" and (
                root.head.pos_ == "NOUN" or root.head.pos_ == "PROPN" and root.head.lower_ in TITLES_BARE
                and not root.head.ent_type_):
            # ("the Commissioner for Trade, Ada Obi": a capitalised title is still a title)
            cluster.roles.add(root.head.lemma_.lower())  # "Trump's ambassador to Germany, Richard Grenell"
        elif root.dep_ == "appos" and cluster.type == "person" and root.head.dep_ == "pobj" \
                and root.head.head.dep_ == "prep" and root.head.head.head.pos_ == "NOUN" \
                and root.head.ent_type_ in ("GPE", "LOC", "ORG", "FAC", "NORP"):
            # "The mayor of Westford, Anna Kovac": the parse hangs the name on the place; the
            # role is the noun the place qualifies (a person is not the apposition of a place)
            cluster.roles.add(root.head.head.head.lemma_.lower())
        if cluster.type == "person":
            cluster.roles.update(_named_to_post(root))

    def _nominal_mentions(self) -> None:
        """ "the president", "the special envoy": a definite role noun joins the person who
        holds that title, the latest before it (else the first after it), when its demonym,
        if any, agrees ("the American president" is not Ukraine's)."""
        holders = [c for c in self._clusters if c.type == "person" and c.roles]
        if not holders:
            return
        by_role: dict[str, list[Cluster]] = {}  # role noun → its holders, in order
        for c in holders:
            for r in c.roles:
                by_role.setdefault(r, []).append(c)
        for tok in map(self.doc.__getitem__, self.layout.tokens_where(pos=("NOUN", "PROPN"))):
            det = self._bare_role_noun(tok, by_role)
            if det is None:
                continue
            fits = self._holders_fitting(tok, by_role[tok.lower_])
            cluster = _nearest_holder(fits, tok) if fits is not None else None
            if cluster is None:
                continue
            self._mention(cluster, Span.of(self.text, det.idx, tok.idx + len(tok)))
            self._point(tok.i, cluster)

    def _bare_role_noun(self, tok: Token, by_role: dict[str, list[Cluster]]) -> Token | None:
        """The "the" of ``tok`` when it is a role noun some person holds, standing alone for
        its holder ("the senator said"), not one that says who by itself; else None."""
        if tok.pos_ == "PROPN" and not _capitalised_title(tok):
            return None
        if tok.i in self._by_token or tok.ent_type_:
            return None
        noun = tok.lower_
        if noun not in by_role or noun in _BODY_NOUNS:
            return None  # "army chief X" gave X the word "army", but "the army" is the body, never X
        # only a determiner before the noun: in a garbled sentence the parser may hang a
        # "the" after it ("minister the according"), and a mention from there to the
        # noun would end before it starts
        dets = [c for c in tok.lefts if c.dep_ == "det"]
        if not dets or dets[0].lower_ != "the" or tok.dep_ == "compound":
            return None
        if any(c.dep_ in ("prep", "appos", "relcl") and (c.lower_ in ("of", "for") or c.dep_ != "prep")
               for c in tok.children):
            return None  # "the president of France", "the envoy, Marlow" say who by themselves
        if tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].ent_type_ == "PERSON":
            return None
        return dets[0]

    def _holders_fitting(self, tok: Token, holders: list[Cluster]) -> list[Cluster] | None:
        """Those of ``holders`` (of the role noun ``tok``) whom its words fit: its demonym, the
        words narrowing the role, a lesser rank, a party, and not the one telling it; None when
        a pronoun tells it to one of several (the speaker resolver chooses then)."""
        noun = tok.lower_
        want = next((named for c in tok.children
                     if c.dep_ in ("amod", "compound") and (named := gazetteer.demonym_token(c))), None)
        fits = [c for c in holders if want is None or c.affiliation.get(noun) in (None, want)]
        # "the prime minister" is not the agriculture minister: a word narrowing the role
        # must be one the holder was given ("Agriculture Minister Vlahos" → "the agriculture
        # minister"); words that only place the holder in time or rank narrow nothing, nor
        # do a place or a party ("the Ohio senator", "the Republican senator"): the roles
        # hold only role words, and where or whose side is said apart from them
        # (the first half of a hyphened noun is the noun itself: "the GOP front-runner"
        # parses as "front - runner", and its holder was given "runner" the same way)
        narrow = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i
                  and c.pos_ in ("NOUN", "ADJ", "PROPN") and not gazetteer.demonym_token(c)
                  and c.lower_ not in RANK_WORDS and c.ent_type_ not in ("GPE", "LOC", "NORP")
                  and not _hyphened_to(c, tok)}
        fits = [c for c in fits if narrow <= c.roles]
        if not under_lesser_word(tok):
            fits = [c for c in fits if noun not in c.lesser_roles]
        elif under_other_post(tok):  # "the vice president": not the plain holder the article titled
            fits = [c for c in fits if noun in c.other_posts]
        side = _party_words(tok.lefts)
        if side:  # "the Democratic front-runner" is not the Republican one the article titled
            fits = [c for c in fits if not self._party_given(c) - side]
        if len(fits) > 1:
            # "Ruiz told the senator", "she told the senator" in a story of two senators: the
            # one told is not the teller; a named teller is left out, and a pronoun teller
            # leaves the choice to the speaker resolver, which knows whom the pronoun is
            teller = _teller(tok)
            if teller is not None and teller.pos_ == "PRON":
                return None
            if teller is not None and (own := self._by_token.get(teller.i)) is not None:
                fits = [c for c in fits if c is not own]
        return fits

    def _party_given(self, cluster: Cluster) -> set[str]:
        """The parties the words before the person's names say ("Republican front-runner X",
        "GOP hopeful X"): up to four words back, within the sentence."""
        found: set[str] = set()
        for m in cluster.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            lo = max(span.sent.start, span.start - 4)
            found |= _party_words(self.doc[lo:span.start])
            found |= _party_words(t for c in span.root.children if c.dep_ == "appos" for t in c.lefts)
        return found

    def _abbreviated_titles(self) -> None:
        """"the PM", "the CM" (British, Australian and Indian papers): the abbreviation of a
        two-word title joins the person last given both its words before it ("Prime Minister
        Ann Holt" … "the PM said"); a cluster the model made of the letters alone goes with it."""
        for tok in map(self.doc.__getitem__, self.layout.tokens_where(lower=tuple(_ABBREVIATED_TITLES))):
            words = _ABBREVIATED_TITLES[tok.lower_]  # the sieve let only these through
            if tok.text != tok.text.upper() or tok.i == 0 or self.doc[tok.i - 1].lower_ != "the":
                continue
            own = self._by_token.get(tok.i)
            if own is not None and (own.type == "person" or fold(own.name) != tok.lower_):
                continue
            holders = [c for c in self._clusters if c.type == "person" and set(words) <= c.roles
                       and c._last_end(tok.idx) is not None]
            if not holders:
                continue
            holder = max(holders, key=lambda c: c._last_end(tok.idx))
            if own is not None:
                self._merge_into(own, holder)
            else:
                self._mention(holder, Span.of(self.text, self.doc[tok.i - 1].idx, tok.idx + len(tok)))
                self._point(tok.i, holder)

    def _bodies_named(self, noun: str) -> list[Cluster]:
        """The organisations whose name (or an alias) ends in ``noun`` ("China's foreign ministry"
        for "ministry") or that the gazetteer knows to be of that kind ("CIA" for "agency"), in
        the order they were made."""
        return [c for c in self._clusters
                if c.type == "organization" and noun in {_last_word(n) for n in {c.name} | c.aliases}
                | {k for n in {c.name} | c.aliases for k in gazetteer.body_kinds(n)}]

    @staticmethod
    def _latest_mentioned(clusters: list[Cluster], before: int) -> Cluster | None:
        """Of ``clusters``, the one mentioned last before char ``before`` (the first made, on a tie)."""
        ends = [(end, c) for c in clusters if (end := c._last_end(before)) is not None]
        latest = max(ends, key=lambda pair: (pair[0], -pair[1].seq), default=None)
        return latest[1] if latest else None

    def _nominal_bodies(self) -> None:
        """ "the committee's political director", "the ministry said", "the newspaper urged": a
        definite noun naming a kind of body stands for the latest body of that kind named before
        it in the article ("the Republican National Committee" … "the committee"); "the
        newspaper", "the network" for the latest outlet."""
        media_bodies = [c for c in self._clusters if c.type == "media"]
        for tok in map(self.doc.__getitem__, self.layout.tokens_where(pos=("NOUN",))):
            noun = tok.lower_
            media = noun in MEDIA_HEADS
            if tok.i in self._by_token or tok.ent_type_ or not (media or noun in _BODY_NOUNS):
                continue
            # only "the" before it: "the Russian ministry", "a committee", "the committee on
            # ethics" or "the party's leader, Ann Lee" may name another body than the last one
            lefts = [c for c in tok.lefts if c.dep_ != "punct"]
            if len(lefts) != 1 or lefts[0].lower_ != "the" or lefts[0].dep_ != "det" or tok.dep_ == "compound":
                continue
            if lefts[0].i != tok.i - 1:
                continue  # "the U.S.-Japan alliance": the parser may hang the words between on "the"
            if any(c.dep_ in ("prep", "appos", "relcl", "acl") for c in tok.children):
                continue
            cluster = self._latest_mentioned(media_bodies if media else self._bodies_named(noun), tok.idx)
            if cluster is None:
                continue
            self._mention(cluster, Span.of(self.text, lefts[0].idx, tok.idx + len(tok)))
            self._point(tok.i, cluster)


# The two US parties' labels in the singular, by the party they name ("GOP" and "Republican" alike)
_PARTY_WORDS = {w: party for w, party in PARTY_LABELS.items()
                if party in ("Democratic Party", "Republican Party") and not w.endswith("s")}


def _nearest_holder(fits: list[Cluster], tok: Token) -> Cluster | None:
    """Of ``fits``, the holder of the latest mention before ``tok`` (the first holder on a
    tie), else of the first mention after it."""
    before: tuple[int, Cluster] | None = None
    after: tuple[int, Cluster] | None = None
    for c in fits:
        end = c._last_end(tok.idx)
        if end is not None and (before is None or end > before[0]):
            before = (end, c)
        start = c._first_start_after(tok.idx)
        if start is not None and (after is None or start < after[0]):
            after = (start, c)
    if before is not None:
        return before[1]
    return after[1] if after is not None else None


def gender_of(cluster: Cluster) -> str | None:
    """"m", "f" or None: what a title or pronoun gave the person, else their forename."""
    return cluster.gender or forename_gender(cluster.name)


def _genders_clash(short: Cluster, full: Cluster) -> bool:
    """ "Mr. Obama" is not "Michelle Obama", the one full name of that surname the article
    gives: a surname a title made a man's (or a woman's) does not join a full name whose
    title or forename says otherwise."""
    other = gender_of(full)
    return short.gender is not None and other is not None and short.gender != other


def _party_words(words) -> set[str]:  # noqa: ANN001 - tokens
    """The US parties among ``words`` ("GOP" and "Republican" alike)."""
    return {_PARTY_WORDS[w.lower_] for w in words if w.lower_ in _PARTY_WORDS}


def _hyphened_to(word: Token, noun: Token) -> bool:
    """Whether ``word`` is the first half of ``noun`` written with a hyphen ("front-runner")."""
    doc = noun.doc
    return word.i == noun.i - 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_ \
        and not word.whitespace_


def _subject_read_as_apposition(name: Token, appos: Token) -> bool:
    """"In an interview with host Lisa Crane, the Republican candidate said …": the parse
    hangs the sentence's subject on the name that ends the fronted phrase; a name inside a
    prepositional phrase whose "apposition" a finite verb follows is not what that noun
    describes — the noun is the verb's subject."""
    doc = name.doc
    nxt = appos.right_edge.i + 1
    while name.dep_ in ("conj", "appos") and name.head.i < name.i:
        name = name.head  # "with hosts Tom Barry and Lisa Crane, the candidate said"
    if name.dep_ != "pobj" or nxt >= len(doc):
        return False
    verb = doc[nxt]
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _capitalised_title(tok: Token) -> bool:
    """ "the President spoke with …", "told the Governor": house styles (White House readouts,
    British papers) capitalise a title written alone; the parser then takes it for a name."""
    return tok.text[:1].isupper() and not tok.text.isupper() and tok.i > 0 \
        and tok.doc[tok.i - 1].lower_ in ("the", "prime", "foreign", "vice")


# Verbs that give a person a post named beside them: "named Laura Chen as its spokeswoman",
# "Tom Ruiz was appointed envoy", "who became foreign minister", "serves as spokeswoman".
_POSTING_VERBS = frozenset("name appoint nominate hire tap choose select pick install elect become serve".split())


def _named_to_post(root: Token) -> set[str]:
    """The role nouns a clause gives the person ``root`` names: as the object or passive
    subject of a posting verb ("The company named X as its spokeswoman", "X was named
    spokeswoman"), its subject ("X became foreign minister", "X serves as envoy"), or through
    a relative clause on the name ("X, who was appointed envoy in May"). A reader then takes
    "the spokeswoman" for X. Only nouns of a post (``ROLE_NOUNS``) count."""
    verbs = []
    if root.dep_ in ("dobj", "oprd", "nsubjpass", "nsubj") and root.head.pos_ in ("VERB", "AUX"):
        verbs.append(root.head)
    verbs += [c for c in root.children if c.dep_ == "relcl"
              and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("who", "that") for g in c.children)]
    found: set[str] = set()
    for verb in verbs:
        if verb.lemma_.lower() not in _POSTING_VERBS:
            continue
        preps = [c for c in list(verb.children) + list(root.children) if c.dep_ == "prep" and c.lower_ == "as"]
        nouns = [c for c in verb.children if c.dep_ in ("oprd", "attr") and c.i != root.i]
        nouns += [g for p in preps for g in p.children if g.dep_ == "pobj"]
        found.update(n.lemma_.lower() for n in nouns if n.pos_ == "NOUN" and n.lemma_.lower() in ROLE_NOUNS)
    return found
