"""Relations between entities, read off the parse: roles, who speaks for whom, who
communicated with whom, alliances, memberships and adversaries. Each relation keeps the span
of text that says it.

Where they come from (no names are looked up; only the structure and small word lists):

- ``ROLE``: appositions ("Yuri Ushakov, a top aide to President Vladimir Putin"), title
  compounds ("German Foreign Minister Johann Wadephul" → Germany), possessives ("Trump's
  ambassador to Germany, Richard Grenell" → Trump), names listed after one title ("Trump's
  envoys X and his son-in-law Y"; kinship only between people), relative clauses ("…, who
  leads the Department of X"), described sources ("a NATO diplomat" → NATO);
- ``SPEAKS_FOR``: the same roles when the role noun is one of representation (envoy,
  spokesman, aide, adviser, ambassador, minister, negotiator…), and offices for their owner
  ("Takaichi's office", "a spokesman for the Beijing office…");
- ``COMMUNICATED_WITH``: communication verbs with an actor object ("told", "phoned", "spoke
  with", "met", "wrote to", "advised", "urged", "invited") and nouns ("a phone call with
  Trump", "a conversation between X and Y");
- ``ALLY_OF``, ``MEMBER_OF``, ``ADVERSARY_OF``: "the U.S.-Japan alliance", "an ally of",
  "X's closest partner", "a key U.S. ally", "the two NATO allies" (after exactly two countries),
  "members of NATO", "alliance member Poland", "allies, from Canada to Estonia", "poses a
  threat to", "sees X as a threat".
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span as SpacySpan, Token

from . import gazetteer
from .cues import COMMUNICATION_VERBS
from .entities import PERSON_PRONOUNS, EntityIndex, title_tokens
from .model import EntityRef, Relation, Span
from .speakers import PERSON_NOUNS, SpeakerResolver, subject_of

# Role nouns that make their holder speak or negotiate for the principal.
SPEAKS_NOUNS = frozenset("""
envoy envoys emissary emissaries spokesman spokeswoman spokesperson spokespeople aide aides adviser
advisers advisor advisors ambassador ambassadors negotiator negotiators representative
representatives minister ministers secretary-general secretary mouthpiece office ministry embassy
mission delegation delegate delegates press
""".split())
# Heads of state or government: they hold a role at their country, not a representation.
_LEADER_WORDS = {"president", "prime", "premier", "chancellor", "king", "queen", "leader", "emperor"}
# Roles whose "to X" is where they are posted, not whom they serve.
_POSTED_TO = {"ambassador", "envoy", "emissary", "delegate", "delegation", "mission"}
_HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "retired", "gen", "adm", "rev"}
_COMM_NOUNS = {"call", "conversation", "talk", "talks", "meeting", "discussion", "phone", "exchange",
               "summit", "chat", "negotiation", "negotiations", "conference"}
_COMM_VERB_PREPS = {"speak": ("with", "to"), "talk": ("with", "to"), "write": ("to",), "meet": ("with",),
                    "chat": ("with",), "confer": ("with",), "negotiate": ("with",), "discuss": ("with",),
                    "hold": ("with",), "have": ("with",)}
# Verbs that communicate only through their object noun: "held talks with X".
_LIGHT_VERBS = {"hold", "have"}
# Nouns for a body a document names earlier: "a permanent member of the group".
_BODY_NOUNS = {"group", "council", "bloc", "body", "organization", "organisation", "alliance", "union"}
# Who sides with whom, said with a noun: "rivals Hamas and Fatah", "Ukraine's main allies, France and …".
_SIDE_NOUNS = {"ally": "ALLY_OF", "allies": "ALLY_OF", "backer": "ALLY_OF", "backers": "ALLY_OF",
               "partner": "ALLY_OF", "partners": "ALLY_OF", "rival": "ADVERSARY_OF", "rivals": "ADVERSARY_OF",
               "adversary": "ADVERSARY_OF", "adversaries": "ADVERSARY_OF", "enemy": "ADVERSARY_OF",
               "enemies": "ADVERSARY_OF", "foe": "ADVERSARY_OF", "foes": "ADVERSARY_OF"}
_TREATY_NOUNS = {"treaty", "alliance", "pact", "partnership"}
# Hostile acts and the preposition naming their target: "Russia's invasion of Ukraine".
_HOSTILE_NOUNS = {"invasion": ("of",), "occupation": ("of",), "war": ("against", "on"), "attack": ("on", "against"),
                  "attacks": ("on", "against"), "aggression": ("against",), "offensive": ("against",)}
# Experts whose modifier is their subject, not their employer: "a Palestine analyst".
_EXPERT_NOUNS = {"analyst", "analysts", "expert", "experts", "specialist", "specialists", "scholar", "scholars",
                 "researcher", "researchers", "historian", "historians", "watcher", "watchers", "correspondent",
                 "correspondents", "observer", "observers", "editor", "editors"}
_STATE_ACTORS = ("country", "organization")
_EXTRA_WORDS = (set(_SIDE_NOUNS) | _TREATY_NOUNS | set(_HOSTILE_NOUNS)
                | {"backed", "accused", "accuse", "accuses", "accusing", "between", "led", "as", "including"})
# Verbs whose plural subject communicates within itself: "Macron and Scholz spoke by phone".
_RECIPROCAL_VERBS = {"speak", "talk", "meet", "confer", "chat", "negotiate"}
_ALLY_NOUNS = {"ally", "allies", "partner", "partners"}
_ALLIANCE_NOUNS = {"alliance", "partnership", "pact"}
# Partners in something other than an alliance.
_NOT_ALLIED_PARTNERS = {"trading", "trade", "business", "commercial", "economic", "negotiating", "junior",
                        "senior", "managing", "founding", "coalition", "sparring", "dialogue", "investment"}
_THREAT_NOUNS = {"threat", "threats", "adversary", "adversaries", "enemy", "enemies", "foe", "foes", "rival", "rivals"}
_ACTORS = ("person", "organization", "country", "media", "group")
# Nouns for people acting for a country ("the U.S. envoy", "Danish citizens").
_PERSONISH = PERSON_NOUNS | SPEAKS_NOUNS | frozenset("""official officials diplomat diplomats citizen citizens
government administration authorities forces troops officer officers""".split())
# Heads of described sources that belong to what modifies them ("a NATO diplomat").
_OFFICIAL_NOUNS = frozenset("""official officials diplomat diplomats spokesman spokeswoman spokesperson
minister ministers envoy envoys negotiator negotiators officer officers lawmaker lawmakers ambassador
representative representatives commander commanders planner planners""".split())
_OFFICE_NOUNS = frozenset({"office", "spokesman", "spokeswoman", "spokesperson"})
# Nouns in apposition that are relations between people, not roles held at someone.
_COMM_VERBS = COMMUNICATION_VERBS | set(_COMM_VERB_PREPS)
_ALLIANCE_WORDS = _ALLY_NOUNS | _ALLIANCE_NOUNS | {"member", "members", "membership"} | _THREAT_NOUNS
_SOURCE_NOUNS = _OFFICIAL_NOUNS | _OFFICE_NOUNS
_NOT_ROLES = {"successor", "predecessor", "friend", "counterpart", "rival", "critic", "ally", "allies"}
# Kinship: a tie to a person ("his son-in-law Jared Kushner"), kept as a ROLE toward that person
# only, never toward a country or body, and never a representation.
_KIN_NOUNS = frozenset("""wife husband son daughter son-in-law daughter-in-law father-in-law mother-in-law
brother sister brother-in-law sister-in-law father mother nephew niece cousin uncle aunt grandson
granddaughter stepson stepdaughter""".split())
# Head nouns a title before a listed name may end with ("Trump's envoys X and his son-in-law Y").
_LIST_ROLE_NOUNS = (SPEAKS_NOUNS | PERSON_NOUNS | _KIN_NOUNS | _EXPERT_NOUNS
                    | {"director", "deputy", "chief", "head", "commander", "delegate", "official", "officials",
                       "diplomat", "diplomats", "lawyer", "lawyers", "partner", "partners", "staffer", "staffers"})
_POSSESSIVE_PRONOUNS = {"his": "m", "her": "f", "its": "thing", "their": "plural"}


def find_relations(doc: Doc, index: EntityIndex) -> list[Relation]:
    """Every relation the text states, deduplicated by (subject, predicate, object, evidence)."""
    finder = _Finder(doc, index)
    finder.run()
    # one relation per sentence: the same fact read twice there (a title and an apposition)
    # is one statement; the most confident reading, then the longest evidence, stays
    sent_starts = [s.start_char for s in doc.sents]
    best: dict[tuple, Relation] = {}
    for r in finder.out:
        if r.subject == r.object:
            continue
        kin = bool(r.role) and r.role.split()[-1] in _KIN_NOUNS  # "his son-in-law" beside "envoys"
        key = (r.subject, r.predicate, r.object, r.cue, kin, bisect_right(sent_starts, r.evidence.start))
        old = best.get(key)
        if old is None or (r.confidence, len(r.evidence.text)) > (old.confidence, len(old.evidence.text)):
            best[key] = r
    return sorted(best.values(), key=lambda r: (r.evidence.start, r.evidence.end))


class _Finder:
    def __init__(self, doc: Doc, index: EntityIndex) -> None:
        self.doc = doc
        self.text = index.text  # once: each ``doc.text`` walks the whole document
        self.index = index
        self.out: list[Relation] = []
        self.resolver = SpeakerResolver(doc, index)
        nato = [c for c in index.clusters if c.type == "organization" and c.name == "NATO"]
        self.alliance = index.ref(nato[0]) if nato and len(nato[0].mentions) >= 2 else None

    # -- helpers ----------------------------------------------------------------------------
    def ent(self, tok: Token | None, resolve: bool = False) -> EntityRef | None:
        if tok is None:
            return None
        ref = self.index.at(tok)
        if ref is not None and ref.type == "group" and gazetteer.demonym(tok.text) and tok.text[:1].isupper():
            return self._country(tok)  # "a Canadian official": the demonym inside a described source
        if ref is None and resolve and tok.pos_ == "PRON" and tok.lower_ not in ("it", "they", "we", "i", "you"):
            ref = self._pronoun(tok)
        if ref is None and tok.pos_ in ("ADJ", "PROPN", "NOUN") and gazetteer.demonym(tok.text) and tok.text[:1].isupper():
            return self._country(tok)
        return ref

    def _pronoun(self, tok: Token) -> EntityRef | None:
        """A subject pronoun as the speaker resolver reads it; an object pronoun ("urged
        her") as the nearest earlier person of that gender other than the clause's subject."""
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return self.resolver.resolve(tok).entity
        want = PERSON_PRONOUNS.get(tok.lower_)
        subj = self.ent(subject_of(tok.head)) if tok.head.pos_ in ("VERB", "AUX") else None
        for _, cluster in self.index.persons_before(tok.idx):
            ref = self.index.ref(cluster)
            if (subj is None or ref.id != subj.id) and self.index.gender(ref.id) in (None, want):
                return ref
        return None

    def _country(self, tok: Token) -> EntityRef | None:
        """The country a demonym names, as an entity of this document."""
        name = gazetteer.demonym(tok.text)
        if name is None:
            return None
        span = self.doc[tok.i:tok.i + 1]
        cluster = self.index.add(span, "country", name=name)
        return self.index.ref(cluster) if cluster else None

    def evidence(self, *toks: Token) -> Span:
        lo = min(t.left_edge.i if t.dep_ == "appos" else t.i for t in toks)
        hi = max(t.i for t in toks)
        lo_tok = self.doc[lo]
        # widen to the whole names at both ends
        while lo > 0 and self.index.cluster_at(self.doc[lo - 1]) is not None and \
                self.index.cluster_at(self.doc[lo - 1]) is self.index.cluster_at(lo_tok):
            lo -= 1
        while hi + 1 < len(self.doc) and self.doc[hi + 1].ent_iob_ == "I":
            hi += 1
        start, end = self.doc[lo].idx, self.doc[hi].idx + len(self.doc[hi])
        return Span.of(self.text, start, end)

    def add(self, subj: EntityRef | None, pred: str, obj: EntityRef | None, ev: Span, conf: float,
            **extra: str | None) -> None:
        if subj is None or obj is None or subj.id == obj.id:
            return
        if pred == "ROLE" and not (extra.get("role") or "").strip():
            return  # a role with no words (the parse of a run of names) says nothing
        self.out.append(Relation(subj.id, pred, obj.id, ev, conf, extra.get("role"), extra.get("cue")))

    def role_and_principal(self, holder: EntityRef, role_noun: Token, role: str, objects: list[Token],
                           ev: Span, conf: float = 0.8, head: str | None = None, speaks_for: bool = True) -> None:
        """ROLE (and SPEAKS_FOR when the role represents, unless ``speaks_for`` is False) from
        ``holder`` to each object; ``head`` is the role's head word when it is no single token
        ("son-in-law")."""
        words = role.split()
        head = head or role_noun.lower_
        if head in _NOT_ROLES:
            return
        kin = head in _KIN_NOUNS or (words[-1:] and words[-1] in _KIN_NOUNS)
        secretary_general = "secretary general" in role.replace("-", " ")
        speaks = ((head in SPEAKS_NOUNS or secretary_general) and not kin and not (set(words) & _LEADER_WORDS)
                  and "former" not in words and "deputy" not in words
                  and (words[-1:] != ["secretary"] or secretary_general))  # a secretary-general speaks for the body
        for obj_tok in objects:
            obj = self.ent(obj_tok)
            if obj is None or obj.type == "group" or obj.id == holder.id:
                continue
            if kin and (obj.type != "person" or holder.type != "person"):
                continue  # "son of the republic": kinship binds people only
            if role_noun.lower_ in _EXPERT_NOUNS and obj_tok.i < role_noun.i and obj_tok.dep_ != "poss" \
                    and obj.type == "country":
                continue  # "a senior Palestine analyst": the subject studied, not the employer
            self.add(holder, "ROLE", obj, ev, conf, role=role)
            if speaks and speaks_for and obj.type in ("person", "country", "organization"):
                self.add(holder, "SPEAKS_FOR", obj, ev, conf - 0.05)

    # -- the passes -------------------------------------------------------------------------
    def run(self) -> None:
        # a sieve first: only these tokens can start a relation
        candidates = self.index.layout.tokens_where(pos=("VERB", "NOUN"), dep=("appos", "relcl"),
                                                    lower=_ALLIANCE_WORDS | _EXTRA_WORDS | {"from"})
        for tok in map(self.doc.__getitem__, candidates):
            pos, dep, low = tok.pos_, tok.dep_, tok.lower_
            lemma = tok.lemma_.lower() if pos in ("VERB", "NOUN") else ""
            if pos == "VERB" and lemma in _COMM_VERBS:
                self.communication_verb(tok)
            if pos == "NOUN" and lemma in _COMM_NOUNS:
                self.communication_noun(tok)
            if dep == "appos":
                self.apposition(tok)
            if dep == "relcl":
                self.relative_clause(tok)
            if low in _ALLIANCE_WORDS:
                self.alliance_words(tok)
            if low == "from":
                self.from_to_list(tok)
                self.from_org(tok)
            if pos == "VERB" and lemma == "represent":
                self.represented(tok)
            if pos == "NOUN" and low in _SOURCE_NOUNS:
                self.described_source(tok)
            if pos == "NOUN" and low in _SIDE_NOUNS:
                self.side_list(tok)
            if pos == "NOUN" and low in _TREATY_NOUNS:
                self.treaty_with(tok)
            if pos == "NOUN" and low in _HOSTILE_NOUNS:
                self.hostile_act(tok)
            if pos == "VERB" and lemma in ("back", "accuse"):
                self.backed_or_accused(tok, lemma)
            if pos == "VERB" and lemma == "lead" and dep != "relcl":
                self.led_by(tok)
            if low == "as" and dep == "prep":
                self.appointed_as(tok)
            if low == "including" or low == "as" and tok.i > 0 and self.doc[tok.i - 1].lower_ == "such":
                self.listed_examples(tok)
        seen_spans: set[tuple[int, int]] = set()
        for ent in self.index.layout.ents:
            if ent.label_ in ("PERSON", "ORG", "GPE") and (ent.start, ent.end) not in seen_spans:
                seen_spans.add((ent.start, ent.end))
                self.title_compound(ent)
        for c in list(self.index.clusters):
            if c.type in ("group", "organization"):
                self.described(c)
        self.titled_lists()
        self.comma_titles()

    # -- sides: allies, rivals, hostile acts --------------------------------------------------
    def _actors(self, tok: Token | None, types: tuple[str, ...] = _STATE_ACTORS) -> list[tuple[Token, EntityRef]]:
        """``tok`` and the tokens coordinated with it that name actors of ``types``."""
        out: list[tuple[Token, EntityRef]] = []
        todo = [tok] if tok is not None else []
        while todo and len(out) < 12:
            t = todo.pop(0)
            ref = self.ent(t)
            if ref is None and t.pos_ == "NOUN":  # "militant group Hamas": the name in apposition
                t = next((c for c in t.children if c.dep_ == "appos" and self.ent(c) is not None), t)
                ref = self.ent(t)
            if ref is not None and ref.type in types and all(r.id != ref.id for _, r in out):
                out.append((t, ref))
            todo.extend(c for c in t.children if c.dep_ == "conj")
        return out

    def _subjects(self, verb: Token) -> list[tuple[Token, EntityRef]]:
        """The clause's subject and its conjuncts as actors; "both of which" stands for the
        noun the relative clause hangs on."""
        subj = subject_of(verb)
        if subj is not None and subj.lower_ in ("both", "all", "each") and verb.dep_ == "relcl":
            subj = verb.head
        return self._actors(subj, _STATE_ACTORS + ("person",))

    def _owner(self, noun: Token) -> Token | None:
        """Who a noun belongs to: its possessor ("Ukraine's allies"); "its" when the noun is
        coordinated with that owner ("Ukraine and its backers")."""
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if poss is None:
            return None
        if poss.lower_ in ("its", "their") and noun.dep_ == "conj":
            return noun.head
        return None if poss.pos_ == "PRON" else poss

    def side_list(self, noun: Token) -> None:
        """ "rivals Hamas and Fatah" → pairwise ADVERSARY_OF; "Ukraine's main allies – France,
        Germany and Britain" → each ALLY_OF Ukraine; "Ukraine and its backers, led by the US"."""
        pred = _SIDE_NOUNS[noun.lower_]
        if noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
            named = self._actors(noun.head)  # "longtime rivals Saudi Arabia and Iran"
        else:
            named = [a for c in noun.children if c.dep_ == "appos" for a in self._actors(c)]
        owner_tok = self._owner(noun)
        owner = self.ent(owner_tok)
        if owner is not None and owner.type in _STATE_ACTORS:
            leaders = [g for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "lead"
                       for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            if noun.dep_ == "conj":  # "Ukraine and its backers, led by …": the clause hangs on the first
                leaders += [g for c in noun.head.children if c.dep_ == "acl" and c.lemma_.lower() == "lead" and c.i > noun.i
                            for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            for t in leaders:  # "its Western backers, led by the United States"
                named.extend(self._actors(t))
            for t, ref in named:
                self.add(ref, pred, owner, self.evidence(owner_tok, noun, t) if owner_tok.i < t.i
                         else self.evidence(t, owner_tok), 0.7)
        elif owner_tok is None and len(named) >= 2 and not any(c.dep_ == "prep" for c in noun.children):
            for k, (ta, a) in enumerate(named):
                for tb, b in named[k + 1:]:
                    self.add(a, pred, b, self.evidence(noun, ta, tb), 0.7)

    def treaty_with(self, noun: Token) -> None:
        """ "Japan has a defense treaty with Washington" → ALLY_OF."""
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        if prep is None:
            return
        partners = self._actors(next((g for g in prep.children if g.dep_ == "pobj"), None))
        owner_tok = self._owner(noun)
        if owner_tok is not None:
            sides = self._actors(owner_tok)
        elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("have", "sign", "hold", "maintain", "keep", "share"):
            sides = [a for a in self._subjects(noun.head) if a[1].type in _STATE_ACTORS]
        else:
            return
        self._pairwise(sides, "ALLY_OF", partners, noun)

    def hostile_act(self, noun: Token) -> None:
        """ "Russia's invasion of Ukraine", "Israel wages war against Hamas" → ADVERSARY_OF."""
        preps = _HOSTILE_NOUNS[noun.lower_]
        targets = [a for p in noun.children if p.dep_ == "prep" and p.lower_ in preps
                   for g in p.children if g.dep_ == "pobj" for a in self._actors(g)]
        if not targets and noun.dep_ == "dobj":  # "wages war against X" with the target on the verb
            targets = [a for p in noun.head.children if p.dep_ == "prep" and p.lower_ in preps and p.i > noun.i
                       for g in p.children if g.dep_ == "pobj" for a in self._actors(g)]
        if not targets:
            return
        owner_tok = self._owner(noun)
        if owner_tok is not None:
            actors = self._actors(owner_tok)
        elif noun.dep_ == "dobj" and (noun.head.lemma_.lower() in ("wage", "launch", "start", "mount", "carry")
                                        or noun.head.lower_.startswith("wag")):  # the tagger lemmatises "wages" as "wag"
            actors = [a for a in self._subjects(noun.head) if a[1].type in _STATE_ACTORS]
        else:
            return
        self._pairwise(actors, "ADVERSARY_OF", targets, noun)

    def _pairwise(self, subjects: list, predicate: str, objects: list, noun: Token) -> None:
        """One relation from every subject to every object named around ``noun`` ("treaty",
        "invasion"), its evidence running from the first of them to the last."""
        for ts, s in subjects:
            for to, o in objects:
                self.add(s, predicate, o, self.evidence(ts, noun, to) if ts.i < noun.i else self.evidence(noun, to), 0.7)

    def backed_or_accused(self, verb: Token, lemma: str) -> None:
        """ "Backed by Iran and Russia, Assad …" / "Russia backs Assad" → ALLY_OF; "Ukraine
        accused Russia of …" → ADVERSARY_OF (between states and organisations)."""
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if lemma == "back":
            if agent is not None:  # passive: the subject is backed by the agent
                base = verb.head if verb.dep_ == "acl" else subject_of(verb)
                sides, others = self._actors(base, _STATE_ACTORS + ("person",)), self._actors(agent)
            elif obj is not None:
                sides, others = self._subjects(verb), self._actors(obj, _STATE_ACTORS + ("person",))
            else:
                return
            for ts, s in sides:
                for to, o in others:
                    self.add(s, "ALLY_OF", o, self.evidence(*sorted((ts, verb, to), key=lambda t: t.i)), 0.7)
            return
        if obj is None or verb.tag_ == "VBG" and verb.dep_ in ("amod", "acl"):
            return
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
            return  # "accused of": someone else's charge
        for ts, s in [a for a in self._subjects(verb) if a[1].type in _STATE_ACTORS]:
            for to, o in self._actors(obj):
                self.add(s, "ADVERSARY_OF", o, self.evidence(*sorted((ts, verb, to), key=lambda t: t.i)), 0.65)

    def _was_subject(self, ref: EntityRef, pron: Token) -> bool:
        """Whether ``ref`` is a subject earlier in the pronoun's sentence or in the one
        before: a subject pronoun continues a subject, not the last name read."""
        sents = self.index.layout.sent_of
        j = pron.i - 1
        while j >= 0 and sents[j] >= sents[pron.i] - 1:
            t = self.doc[j]
            if t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "pobj" and t.head.dep_ == "agent":  # "pronounced by Putin when he spoke"
                other = self.ent(t)
                if other is not None and other.id == ref.id:
                    return True
            j -= 1
        return False

    def _earlier_body(self, tok: Token) -> EntityRef | None:
        """ "the group" / "the council": the nearest organisation named before it in the
        same or the previous sentence."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        sents = self.index.layout.sent_of
        for j in range(tok.i - 1, -1, -1):
            if sents[j] < sents[tok.i] - 1:
                return None
            ref = self.index.at(self.doc[j])
            if ref is not None and ref.type == "organization":
                return ref
        return None

    # -- roles said by verbs ------------------------------------------------------------------
    def led_by(self, verb: Token) -> None:
        """ "Ukraine's delegation was led by X" → ROLE head of delegation → Ukraine (+ SPEAKS_FOR);
        "the US mission … is led by X"; an organisation led by X → ROLE head."""
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is None:
            return
        if self.ent(agent) is None:  # "led by Putin's aide, Vladimir Medinsky"
            agent = next((c for c in agent.children if c.dep_ == "appos" and self.ent(c)), agent)
        led = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        holders = self._actors(agent, ("person",))
        if led is None or not holders:
            return
        led_ref = self.ent(led)
        if led_ref is not None and led_ref.type == "organization":
            owners, role = [led], "head"
        elif led.lower_ in ("delegation", "mission", "team", "embassy", "ministry", "office"):
            owners = [c for c in led.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                      and self.ent(c) is not None and self.ent(c).type in _STATE_ACTORS + ("person",)]
            role = f"head of {led.lower_}"
        else:
            return
        for th, h in holders:
            for o in owners:
                ev = self.evidence(*sorted((o, verb, th), key=lambda t: t.i))
                self.add(h, "ROLE", self.ent(o), ev, 0.75, role=role)
                if led.lower_ in ("delegation", "mission", "embassy", "ministry", "office"):
                    self.add(h, "SPEAKS_FOR", self.ent(o), ev, 0.7)

    def appointed_as(self, prep: Token) -> None:
        """ "the Kremlin reappointed X as its chief negotiator" → ROLE + SPEAKS_FOR the subject."""
        verb = prep.head
        noun = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        if verb.pos_ != "VERB" or noun is None:
            return
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if poss is None or poss.lower_ not in ("its", "their", "his", "her"):
            return
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        holders = self._actors(obj, ("person",))
        principals = [a for a in self._subjects(verb) if a[1].type in _STATE_ACTORS + ("person",)]
        if not holders or len(principals) != 1:
            return
        role = " ".join(t.lower_ for t in noun.subtree if t.i <= noun.i and t.dep_ in ("amod", "compound") or t.i == noun.i)
        tp, principal = principals[0]
        for th, h in holders:
            ev = self.evidence(*sorted((tp, th, noun), key=lambda t: t.i))
            self.role_and_principal(h, noun, role, [tp], ev, 0.75)

    def communication_verb(self, verb: Token) -> None:
        if verb.dep_ in ("amod", "acl") and verb.tag_ == "VBG":
            return  # "told visiting Foreign Minister X": an attribute, not an act
        subj_tok = subject_of(verb)
        source = self.ent(subj_tok, resolve=True)
        if source is None or source.type not in ("person", "country", "organization"):
            return
        if subj_tok.pos_ == "PRON" and not self._was_subject(source, subj_tok):
            return  # "He was also meeting …" after "the Iranian official met X": he is not X
        lemma = verb.lemma_.lower()
        if lemma in _LIGHT_VERBS and not any(c.dep_ == "dobj" and c.lemma_.lower() in _COMM_NOUNS - {"call", "phone"}
                                             for c in verb.children):
            return  # "held talks with X" communicates; "held a stake with X" does not
        if lemma == "call" and any(c.dep_ in ("oprd", "xcomp", "ccomp", "prt") for c in verb.children):
            return  # "called the talks productive", "called for", "called on"
        targets: list[Token] = []
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and lemma in COMMUNICATION_VERBS:
                targets.append(child)
            elif child.dep_ in ("ccomp", "xcomp") and lemma in ("advise", "urge", "ask", "tell", "warn", "invite"):
                # "advised Takaichi not to provoke Beijing": the addressee parsed as the subject below
                if any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
                    targets.extend(g for g in child.children if g.dep_ == "nsubj" and g.i < child.i and g.pos_ == "PROPN")
            elif child.dep_ == "prep" and child.lower_ in _COMM_VERB_PREPS.get(lemma, ()):
                targets.extend(g for g in child.children if g.dep_ == "pobj")
        if not targets and lemma in _RECIPROCAL_VERBS and subj_tok.pos_ != "PRON" and self._with_each_other(verb):
            # "Macron and Scholz spoke by phone": the conjoined subjects with one another; without
            # a phone or "each other" ("X and Y spoke at the summit", "met in Moscow") they may
            # each have addressed others
            sides = self._actors(subj_tok, ("person", "country", "organization"))
            for ts, s in sides[1:]:
                self.add(sides[0][1], "COMMUNICATED_WITH", s, self.evidence(sides[0][0], ts, verb), 0.7, cue=lemma)
        for target in targets:
            if self.ent(target) is None:  # "told Putin's chief advisor Ushakov": the name in apposition
                target = next((c for c in target.children if c.dep_ == "appos" and self.ent(c)), target)
            for t in [target, *[c for c in target.children if c.dep_ == "conj"]]:
                obj = self.ent(t, resolve=True)
                if obj is None or obj.type not in ("person", "organization", "country"):
                    continue
                if lemma in ("visit", "host", "thank", "congratulate") and obj.type != "person":
                    continue
                self.add(source, "COMMUNICATED_WITH", obj, self.evidence(subj_tok, verb, t), 0.8, cue=lemma)

    @staticmethod
    def _with_each_other(verb: Token) -> bool:
        """Whether a verb's subjects talk among themselves: "spoke by phone", "talked over a
        video link", "met each other"; never with an object or a "with"/"to" counterpart."""
        if any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("with", "to") for c in verb.children):
            return False
        words = [t.lower_ for c in verb.children if c.i > verb.i for t in c.subtree]
        if "each other" in " ".join(words) or "one another" in " ".join(words):
            return True
        return any(c.dep_ == "prep" and c.lower_ in ("by", "on", "over") and
                   any(g.dep_ == "pobj" and g.lemma_.lower() in ("phone", "telephone", "call", "videoconference", "video", "link")
                       for g in c.children) for c in verb.children)

    def communication_noun(self, noun: Token) -> None:
        """ "a phone call with Trump", "Trump's call with Takaichi", "a conversation between
        X and Y"."""
        if noun.dep_ == "compound":
            return
        if noun.lower_ == "conference" and not any(c.lower_ in ("news", "press", "joint") for c in noun.lefts):
            return  # a conference with many is no exchange between two
        for prep in noun.children:
            if prep.dep_ != "prep":
                continue
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if prep.lower_ == "with":
                if self.ent(pobj) is None:  # "a meeting with his counterpart, Wang Yi"
                    pobj = next((c for c in pobj.children if c.dep_ == "appos" and self.ent(c)), pobj)
                subj_tok = next((c for c in noun.children if c.dep_ == "poss"), None)
                if subj_tok is not None:  # "the call with Xi and Trump's call with Takaichi": the nearest owner
                    subj_tok = ([subj_tok] + [c for c in subj_tok.children if c.dep_ == "conj"])[-1]
                if subj_tok is None:
                    head = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in ("dobj", "nsubj") else None
                    if head is not None and head.pos_ in ("VERB", "AUX"):
                        subj_tok = subject_of(head)
                # a possessive pronoun ("his call with X") is left unresolved: too often wrong
                source = self.ent(subj_tok, resolve=subj_tok is not None and subj_tok.dep_ != "poss")
                first = self.ent(pobj)
                conjs = [c for c in pobj.children if c.dep_ == "conj"]
                if first is None or first.type == "group":
                    conjs = []  # "talks with Russian officials and Witkoff": Witkoff may sit on either side
                for t in [pobj, *conjs]:
                    obj = self.ent(t)
                    if source and obj and {source.type, obj.type} <= {"person", "country", "organization"}:
                        self.add(source, "COMMUNICATED_WITH", obj,
                                 self.evidence(noun, t, *([subj_tok] if subj_tok.i < noun.i else [])), 0.7,
                                 cue=noun.lemma_.lower())
            elif prep.lower_ == "between":
                if self.ent(pobj) is None:  # "talks between envoys from Ukraine, Russia and the US"
                    pobj = next((g for p in pobj.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
                                 for g in p.children if g.dep_ == "pobj"), pobj)
                sides = self._actors(pobj, ("person", "country", "organization"))
                for k, (ta, a) in enumerate(sides):  # every pair of the parties
                    for tb, b in sides[k + 1:]:
                        self.add(a, "COMMUNICATED_WITH", b, self.evidence(noun, ta, tb), 0.7, cue=noun.lemma_.lower())

    def apposition(self, appos: Token) -> None:
        head = appos.head
        holder = self.ent(head)
        if holder is not None and holder.type in ("person", "group") and (
                appos.pos_ == "NOUN" or appos.pos_ == "PROPN" and self.index.at(appos) is None):
            # "Yuri Ushakov, a top aide to President Vladimir Putin"; "Wu Xinbo, Dean of …"
            former = any(t.lower_ == "former" for t in appos.lefts)
            if appos.lower_ in ("successor", "predecessor"):
                self.successor_in(holder, appos, head)
            # "an analyst at X and a former NATO adviser": the parse often hangs the second
            # role on the first one's place; an indefinite common noun there is a role again
            later = [c for c in appos.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                     and self.index.at(c) is None]
            later += [c for prep in appos.children if prep.dep_ == "prep" for g in prep.children if g.dep_ == "pobj"
                      for c in g.children if c.dep_ == "conj" and c.pos_ == "NOUN" and self.index.at(c) is None
                      and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)]
            for role_noun in [appos, *later]:
                # "a former NATO planner and now a research analyst": "now" ends the "former"
                now = role_noun is not appos and any(t.lower_ in ("now", "currently") for t in
                                                     self.doc[max(0, role_noun.left_edge.i - 2):role_noun.i])
                self.role_phrase(holder, role_noun, head, former=former and not now)
        elif head.pos_ == "NOUN" and appos.pos_ == "PROPN":
            # "Trump's ambassador to Germany, Richard Grenell"; "Trump envoys Steve Witkoff and …"
            names = [appos, *[c for c in appos.children if c.dep_ == "conj"]]
            for n, h in enumerate(names):
                person = self.ent(h)
                if person is None or person.type != "person":
                    continue
                if n and head.tag_ not in ("NNS", "NNPS") or self._own_title(h, head):
                    continue  # "envoy X and son-in-law Y": the singular title is X's; Y has its own
                self.role_phrase(person, head, h)

    def listed_examples(self, prep: Token) -> None:
        """Names given as examples of a plural noun: "Trump's advisers, including X and Y"
        → ROLE adviser → Trump for each; "NATO members including Norway" / "NATO allies such
        as Poland" → MEMBER_OF NATO; "U.S. allies such as Japan" → ALLY_OF. A bare plural
        ("Advisers, including X") takes the owner of the same noun in that sentence or the one
        before ("One of Trump's advisers said …")."""
        noun = prep.head
        if prep.lower_ == "as" and noun.lower_ == "such":  # "allies, such as": "such" hangs on the noun
            noun = noun.head
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or pobj is None:
            return
        low, lemma = noun.lower_, noun.lemma_.lower()
        mods = [c for c in noun.lefts if c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN"
                and self.ent(c) is not None]  # named: "the president's aides" may be any president's
        if low in ("members", "allies", "states", "countries"):
            orgs = [c for c in mods if c.dep_ != "poss" and self.ent(c).type == "organization"]
            if low in ("states", "countries") and not any(c.lower_ == "member" for c in noun.lefts):
                orgs = []  # "NATO countries" may be read either way; "NATO member states" not
            states = [c for c in mods if self.ent(c).type == "country"]
            for t, ref in self._actors(pobj):
                if ref.type != "country":
                    continue
                for o in orgs[:1]:
                    self.add(ref, "MEMBER_OF", self.ent(o), self.evidence(o, prep, t), 0.7)
                for o in (states[:1] if low == "allies" else []):
                    self.add(ref, "ALLY_OF", self.ent(o), self.evidence(o, prep, t), 0.7)
            return
        if lemma not in _LIST_ROLE_NOUNS or lemma in _KIN_NOUNS:
            return
        owners = [c for c in mods if self.ent(c).type in _STATE_ACTORS + ("person",)]
        if not owners and not any(c.dep_ in ("det", "poss", "amod", "compound", "nmod") for c in noun.lefts):
            owners = self._earlier_owner(noun)
        if len(owners) != 1:
            return
        owner = owners[0]
        for t, ref in self._actors(pobj, ("person",)):
            ev = self.evidence(*sorted((owner, t), key=lambda x: x.i)) if self.index.layout.sent_of[owner.i] == \
                self.index.layout.sent_of[noun.i] else self.evidence(noun, t)
            # one of a loosely named set: the role is said, speaking for the owner is not
            self.role_and_principal(ref, noun, lemma, [owner], ev, 0.65, speaks_for=False)

    def _earlier_owner(self, noun: Token) -> list[Token]:
        """The owner of the last "X's <noun>" written in this sentence or the one before."""
        sents = self.index.layout.sent_of
        for j in range(noun.i - 1, -1, -1):
            if sents[j] < sents[noun.i] - 1:
                break
            t = self.doc[j]
            if t.lemma_.lower() == noun.lemma_.lower() and t.pos_ == "NOUN":
                return [c for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN" and self.ent(c) is not None]
        return []

    def comma_titles(self) -> None:
        """ "Sweden's chief of defense, Gen. Michael Claesson," when the parse did not hang the
        name on the title: a person named right after a comma, closed by a comma or a stop, and
        before the comma a role noun ("chief of defense") with a named owner."""
        for ent in self.index.layout.ents:
            if ent.label_ != "PERSON" or ent.root.dep_ == "appos":
                continue
            holder = self.ent(ent.root)
            if holder is None or holder.type != "person":
                continue
            k = ent.start - 1
            while k > 0 and self.doc[k].lower_.rstrip(".") in _HONORIFICS:
                k -= 1
            if k < 1 or self.doc[k].text != "," or ent.end >= len(self.doc) or self.doc[ent.end].text not in (",", "."):
                continue
            t = self.doc[k - 1]
            while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
                t = t.head.head  # "chief of defense": the role noun heads the phrase
            if t.pos_ != "NOUN" or any(c.dep_ == "appos" for c in t.children):
                continue  # named in apposition: read by ``apposition``
            if t.lower_ not in _LIST_ROLE_NOUNS - _KIN_NOUNS and t.lower_ not in ("head", "chief"):
                continue
            # a named owner only: "the president's chief of staff" may be any president's
            owner = next((c for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN" and self.ent(c) is not None), None)
            if owner is None:
                continue
            words = [c for c in t.subtree if c.i < k and (c.i >= t.i or c.dep_ in ("amod", "compound") and c.head is t)
                     and c.dep_ != "det"]
            role = " ".join(c.lower_ for c in words)
            self.role_and_principal(holder, t, role, [owner], self.evidence(owner, *ent), 0.65)

    def successor_in(self, holder: EntityRef, appos: Token, head: Token) -> None:
        """ "Chancellor Olaf Scholz, Merkel's successor in Germany" → ROLE chancellor → Germany:
        the holder's own title, held where the succession took place."""
        place = next((g for p in appos.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                      for g in p.children if g.dep_ == "pobj"), None)
        ref = self.ent(place)
        if ref is None or ref.type not in _STATE_ACTORS or holder.type != "person":
            return
        c = self.index.cluster_at(head)
        start = head.i
        while c is not None and start > 0 and self.index.cluster_at(self.doc[start - 1]) is c:
            start -= 1
        title = [t for t in self._title_words(start, lowercase=False) if t.lower_.rstrip(".") not in _HONORIFICS]
        if not title or not title[0].text[:1].isupper():
            return
        self.role_and_principal(holder, title[-1], self._role_text(title), [place],
                                Span.of(self.text, title[0].idx, place.idx + len(place)), 0.7)

    def _own_title(self, name: Token, title: Token) -> bool:
        """Whether the name ``name`` has a title of its own written after ``title``."""
        c = self.index.cluster_at(name)
        start = name.i
        while c is not None and start > 0 and self.index.cluster_at(self.doc[start - 1]) is c:
            start -= 1
        words = self._title_words(start, lowercase=True)
        return bool(words) and words[0].i > title.i

    def role_phrase(self, holder: EntityRef, noun: Token, holder_tok: Token, former: bool = False) -> None:
        """The role a noun phrase gives, and at or for whom: "a former NATO director of policy
        planning", "Norway's fisheries minister", "a partner at the Asia Group"."""
        mods = [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod") and self.ent(c) is None
                and not gazetteer.demonym(c.text)]
        role_words = [t for t in noun.subtree if t in mods or t.i == noun.i or
                      (t.head in mods and t.dep_ in ("amod", "compound"))]
        role = " ".join(t.lower_ for t in sorted(role_words, key=lambda t: t.i)
                        if t.lower_.rstrip(".") not in _HONORIFICS)
        if former and "former" not in role.split():
            role = f"former {role}"  # "a former NATO deputy secretary-general and chief U.S. arms negotiator"
        objects: list[Token] = []
        seen: set[str] = set()
        inside_poss = {t.i for c in noun.lefts if c.dep_ == "poss" for t in c.subtree if t.i != c.i}
        for c in noun.subtree:
            if c.i >= noun.i:
                break
            if c.i in inside_poss:
                continue  # "Russian President Putin's chief advisor": the owner's own title
            ref = self.ent(c) if c.dep_ in ("poss", "compound", "nmod", "amod") else None
            if ref is not None and ref.id not in seen and ref.id != holder.id:
                seen.add(ref.id)
                objects.append(c)
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("to", "at", "of", "for"):
                continue
            if prep.lower_ == "to" and noun.lower_ in _POSTED_TO:
                continue
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if self.ent(pobj) is None and prep.lower_ == "of":
                # "director of policy planning at X": the role goes on
                owned = {t.i for c in pobj.children if c.dep_ == "poss" for t in c.subtree}
                role = f"{role} of {' '.join(t.lower_ for t in pobj.subtree if t.dep_ != 'det' and t.i <= pobj.i and t.i not in owned)}"
                for p2 in pobj.children:
                    if p2.dep_ == "prep" and p2.lower_ in ("at", "for", "of", "in"):
                        objects.extend(g for g in p2.children if g.dep_ == "pobj")
                # "head of the UN's nuclear watchdog": the body's owner
                objects.extend(c for c in pobj.children if c.dep_ in ("poss", "compound") and self.ent(c) is not None
                               and self.ent(c).type in _STATE_ACTORS)
                continue
            objects.append(pobj)
            break  # the first place named is where the role is held
        if not objects:
            return
        ev = self.evidence(holder_tok, noun, *objects)
        self.role_and_principal(holder, noun, role, objects, ev)

    def relative_clause(self, verb: Token) -> None:
        """"…, who leads the Department of Government Efficiency" → ROLE head."""
        if verb.lemma_.lower() in ("serve", "work"):
            self.served_as(verb)
            return
        if verb.lemma_.lower() not in ("lead", "head", "run", "chair", "direct"):
            return
        holder = self.ent(verb.head)
        if verb.head.pos_ == "NOUN" and holder is None:
            # "Elon Musk, a Trump adviser who leads …": the person is the apposition's head
            holder = self.ent(verb.head.head) if verb.head.dep_ == "appos" else None
        if holder is None or holder.type != "person":
            return
        obj_tok = next((c for c in verb.children if c.dep_ == "dobj"), None)
        obj = self.ent(obj_tok)
        if obj is not None and obj.type == "organization":
            holder_tok = verb.head.head if verb.head.pos_ == "NOUN" else verb.head
            self.add(holder, "ROLE", obj, self.evidence(holder_tok, obj_tok), 0.7, role="head")

    def represented(self, verb: Token) -> None:
        """ "the United States was represented by Deputy Secretary of State Christopher Landau"."""
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if agent is not None:
            rep, principal = agent, subj
        else:
            rep, principal = subj, next((c for c in verb.children if c.dep_ == "dobj"), None)
        a, b = self.ent(rep), self.ent(principal)
        if a is not None and b is not None and a.type == "person" and b.type in ("country", "organization", "person"):
            self.add(a, "SPEAKS_FOR", b, self.evidence(principal, rep) if principal.i < rep.i else self.evidence(rep, principal), 0.75)

    def described_source(self, noun: Token) -> None:
        """ "a NATO diplomat", "a State Department official", "a senior Russian official" →
        a group entity with a ROLE at what it belongs to; "Takaichi's office" → SPEAKS_FOR."""
        if noun.lower_ in ("spokesman", "spokeswoman", "spokesperson") and noun.dep_ != "compound":
            self.spokesperson_for(noun)
        if self.index.cluster_at(noun) is not None and self.index.cluster_at(noun).type != "group":
            return
        if noun.dep_ in ("compound", "appos") or any(c.dep_ == "appos" for c in noun.children):
            return  # "envoy Steve Witkoff", "an aide, Yuri Ushakov": titles, read elsewhere
        if self.doc[noun.i + 1:noun.i + 2].text[:1].isupper() and self.doc[noun.i + 1].ent_type_ == "PERSON":
            return
        mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")]
        owners = [c for c in mods if self.ent(c) is not None and self.ent(c).type != "group"]
        if not owners:
            return
        office = noun.lower_ in _OFFICE_NOUNS
        existing = self.index.cluster_at(noun)
        if existing is None and not office:
            # a new described source only when written as one: "a NATO diplomat", "a State
            # Department official" (named owner, indefinite, not a list or a title)
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
                return
            owners = [c for c in owners if c.ent_type_ in ("ORG", "GPE") and not gazetteer.demonym(c.text)]
            if not owners or noun.dep_ == "conj":
                return
        if office and not any(c.dep_ == "poss" for c in owners):
            return
        if not office and any(c.dep_ == "poss" for c in owners):
            return  # "Trump's advisers": read as roles of named people elsewhere
        left = min([noun.i, *[c.left_edge.i for c in noun.lefts if c.dep_ != "det"]])
        span = self.doc[left:noun.i + 1]
        holder_cluster = self.index.cluster_at(noun)
        if holder_cluster is None:
            holder_cluster = self.index.add(span, "group", name=" ".join(t.text for t in span).replace(" ’s", "’s").replace(" 's", "'s"),
                                            description=" ".join(t.text for t in self.doc[noun.left_edge.i:noun.i + 1]))
        if holder_cluster is None:
            return
        holder = self.index.ref(holder_cluster)
        ev = Span.of(self.text, span.start_char, span.end_char)
        for o in owners:
            obj = self.ent(o)
            if obj is None or obj.id == holder.id:
                continue
            if office:
                self.add(holder, "SPEAKS_FOR", obj, ev, 0.7)
            else:
                self.add(holder, "ROLE", obj, ev, 0.65, role=noun.lemma_.lower())

    def spokesperson_for(self, noun: Token) -> None:
        """ "A spokesman for the Madrid office that handles trade" → SPEAKS_FOR that office."""
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "of")), None)
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
        if pobj is None:
            return
        cluster = self.index.cluster_at(noun)
        if cluster is not None and cluster.type != "group":
            return
        if cluster is None:
            left = min([noun.i, *[c.left_edge.i for c in noun.lefts if c.dep_ != "det"]])
            words = [t.text for t in self.doc[left:pobj.i + 1] if not (t.dep_ == "det" and t.head.i == noun.i)]
            cluster = self.index.add(self.doc[left:noun.i + 1], "group", name=" ".join(words),
                                     description=self.doc[noun.left_edge.i:pobj.i + 1].text)
            if cluster is None:
                return
        holder = self.index.ref(cluster)
        obj = self.ent(pobj)
        if obj is None or obj.id == holder.id:
            obj = self._office(pobj)
        if obj is not None:
            self.add(holder, "SPEAKS_FOR", obj, Span.of(self.text, noun.left_edge.idx,
                                                         pobj.right_edge.idx + len(pobj.right_edge)), 0.75)

    def served_as(self, verb: Token) -> None:
        """ "James Stavridis, who served as NATO's supreme allied commander"."""
        holder_tok = verb.head
        holder = self.ent(holder_tok)
        if holder is None or holder.type != "person":
            return
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                noun = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
                if noun is not None:
                    self.role_phrase(holder, noun, holder_tok)
        # "who previously worked in policy planning at NATO"
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("at", "for"):
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                org = self.ent(pobj)
                if org is not None and org.type in ("organization", "country", "media"):
                    field = next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                                  for g in p.children if g.dep_ == "pobj"), None)
                    role = " ".join(t.lower_ for t in field.subtree) if field is not None else "staff"
                    if any(c.lower_ in ("previously", "formerly", "once") for c in verb.children) or verb.tag_ == "VBD":
                        role = f"former {role}"
                    self.add(holder, "ROLE", org, self.evidence(holder_tok, pobj), 0.7, role=role)

    def title_compound(self, ent: SpacySpan) -> None:
        """ "German Foreign Minister Johann Wadephul" → ROLE foreign minister → Germany;
        "White House special envoy Steve Witkoff"; "President Donald Trump's envoy Steve
        Witkoff" → Donald Trump."""
        holder = self.ent(ent.root)
        if holder is None or holder.type != "person":
            return
        titles = title_tokens(ent)
        inner = [t for t in ent if t.i < ent.root.i and t.dep_ in ("compound", "amod") and self.index.cluster_at(t) is None]
        titles = titles + inner
        if not titles:
            self._title_of(ent, holder)
            return
        role_toks = [t for t in titles if self.ent(t) is None and not gazetteer.demonym(t.text)
                     and t.lower_.rstrip(".") not in _HONORIFICS]
        if not role_toks:
            return
        role_noun = role_toks[-1]
        role = "".join(t.lower_ + (t.whitespace_ and " ") for t in role_toks).strip()
        objects = []
        seen_refs: set[str] = set()
        for t in titles:
            ref = self.ent(t)
            if ref is not None and ref.id != holder.id and ref.id not in seen_refs:
                seen_refs.add(ref.id)
                objects.append(t)
        # a possessor before the title: "Trump's envoy Steve Witkoff", "Putin's chief … advisor Ushakov"
        first = titles[0]
        if first.i >= 2 and self.doc[first.i - 1].dep_ == "case":
            owner = self.doc[first.i - 2]
            if self.ent(owner) is not None:
                objects.append(owner)
        # "President Xi Jinping of the PRC": a postmodifier names the principal
        post = [g for p in ent.root.children if p.dep_ == "prep" and p.lower_ == "of" and p.i >= ent.end
                for g in p.children if g.dep_ == "pobj" and self.ent(g) is not None and self.ent(g).type in _STATE_ACTORS]
        if not objects and not post:
            return
        ev_start = min(self.doc[o.i].idx for o in objects + titles)
        for o in objects:  # widen to the owner's whole name
            c = self.index.cluster_at(o)
            if c is not None:
                around = self.index.mention_start_around(c, o.idx)
                if around is not None:
                    ev_start = min(ev_start, around)
        ev = Span.of(self.text, ev_start, ent.end_char)
        if objects:
            self.role_and_principal(holder, role_noun, role, objects, ev, 0.85)
            if role_noun.tag_ in ("NNS", "NNPS"):  # "Trump's envoys Steve Witkoff and Jared Kushner"
                for t, other in self._actors(ent.root, ("person",))[1:]:
                    self.role_and_principal(other, role_noun, role, objects, self.evidence(titles[0], t), 0.75)
        for g in post:
            self.role_and_principal(holder, role_noun, role, [g], self.evidence(titles[0], g), 0.8)

    # -- names listed after one title -------------------------------------------------------
    def _mention_runs(self) -> list[tuple[int, int, EntityRef]]:
        """(first token, end token, entity) of each stretch of tokens naming one entity."""
        runs: list[tuple[int, int, EntityRef]] = []
        for i, ref in self.index.refs():
            if runs and runs[-1][1] == i and runs[-1][2].id == ref.id:
                runs[-1] = (runs[-1][0], i + 1, ref)
            else:
                runs.append((i, i + 1, ref))
        return runs

    def _title_words(self, end: int, lowercase: bool) -> list[Token]:
        """The title written right before token ``end``: plain words and hyphens, no name,
        article, possessive or punctuation ("special envoy", "son-in-law"), nearest last."""
        out: list[Token] = []
        i = end - 1
        while i >= 0 and len(out) < 6:
            t = self.doc[i]
            hyphen = t.text in ("-", "\u2010", "\u2011") and out and i > 0 and not t.whitespace_
            if not hyphen and (not t.is_alpha or self.index.cluster_at(t) is not None or gazetteer.demonym(t.text)
                               or t.lower_ in _POSSESSIVE_PRONOUNS or t.pos_ in ("DET", "CCONJ", "ADP", "PART", "NUM")
                               and t.lower_ != "in" or lowercase and not t.is_lower):
                break
            out.insert(0, t)
            i -= 1
        while out and not out[0].is_alpha:
            out.pop(0)
        if out and out[0].lower_ == "in":  # "in" belongs only inside "son-in-law"
            return []
        return out

    @staticmethod
    def _role_text(words: list[Token]) -> str:
        return "".join(t.lower_ + t.whitespace_ for t in words if t.lower_.rstrip(".") not in _HONORIFICS).strip()

    def _agrees(self, pron: str, ref: EntityRef) -> bool:
        """Whether a possessive pronoun can stand for ``ref``: "his"/"her" for a person of
        that gender (or unknown), "its"/"their" for a country or body."""
        want = _POSSESSIVE_PRONOUNS[pron]
        if want in ("m", "f"):
            return ref.type == "person" and self.index.gender(ref.id) in (None, want)
        return ref.type in _STATE_ACTORS

    def titled_lists(self) -> None:
        """Names listed after one title, and titles inside the list: "Trump's envoys Steve
        Witkoff and his son-in-law Jared Kushner" → both envoys of Trump (the plural covers
        every name), Kushner also son-in-law of Trump ("his" is the owner named first);
        "Putin and his aide Yuri Ushakov" → aide of Putin. Read on the words, since the
        small model often parses such lists wrongly (a plural title as a verb)."""
        runs = self._mention_runs()
        starts = {r[0]: r for r in runs}
        for s1, e1, first in runs:
            if first.type not in ("person",) + _STATE_ACTORS:
                continue
            title = self._title_words(s1, lowercase=False) if first.type == "person" else []
            head = title[-1].lower_ if title else ""
            if title and head not in _LIST_ROLE_NOUNS and head.rstrip("s") not in _LIST_ROLE_NOUNS:
                title, head = [], ""
            owner_run = None
            if title:
                k = title[0].i
                if k >= 2 and self.doc[k - 1].tag_ == "POS":  # "Trump's envoys"
                    owner_run = next((r for r in runs if r[0] <= k - 2 < r[1]), None)
                elif k >= 1:  # "Trump envoys", "U.S. envoys"
                    owner_run = next((r for r in runs if r[1] == k), None)
            plural = bool(title) and (title[-1].tag_ in ("NNS", "NNPS") or head.endswith("s") and head[:-1] in _LIST_ROLE_NOUNS)
            j = e1
            listed: list[tuple[int, int, EntityRef, str | None, list[Token]]] = []
            while j < len(self.doc) and len(listed) < 6:
                k = j
                if self.doc[k].text == ",":
                    k += 1
                if k < len(self.doc) and self.doc[k].lower_ == "and":
                    k += 1
                if k == j:
                    break
                pron = self.doc[k].lower_ if k < len(self.doc) and self.doc[k].lower_ in _POSSESSIVE_PRONOUNS else None
                nxt = next((r for r in runs if r[0] > k), None) if pron or k not in starts else starts[k]
                if nxt is None or nxt[2].type != "person":
                    break
                words = self._title_words(nxt[0], lowercase=True)
                if (words and words[0].i != k + (1 if pron else 0)) or (not words and (pron or nxt[0] != k)):
                    break  # other words between: not a list of titled names
                if words and self._role_text(words).split()[-1] not in _LIST_ROLE_NOUNS:
                    break
                listed.append((nxt[0], nxt[1], nxt[2], pron, words))
                j = nxt[1]
            if not listed:
                continue
            owner = owner_run[2] if owner_run is not None else None
            owner_tok = self.doc[owner_run[1] - 1] if owner_run is not None else None
            for s2, e2, person, pron, words in listed:
                # whose the listed name's own title is: "his son-in-law" → the owner named
                # before (else the first name); "envoy X and son-in-law Y" → the shared owner
                if words:
                    if pron is not None:
                        # "U.S. envoy Anna Lee and her deputy": the first name; with a person
                        # owner both may fit ("Putin's aide X and his deputy Y"), unless the plural
                        # title makes every name the owner's ("Trump's envoys X and his son-in-law Y")
                        fits = [t for t, ref in ((owner_tok, owner), (self.doc[e1 - 1], first))
                                if ref is not None and self._agrees(pron, ref)]
                        principal_tok = fits[0] if len(fits) == 1 or fits and plural else None
                    else:
                        principal_tok = owner_tok
                    if principal_tok is not None:
                        start = owner_run[0] if principal_tok is owner_tok else s1
                        ev = Span.of(self.text, self.doc[start].idx, self.doc[e2 - 1].idx + len(self.doc[e2 - 1]))
                        role = self._role_text(words)
                        self.role_and_principal(person, words[-1], role, [principal_tok], ev, 0.75,
                                                head=role.split()[-1])
                # a plural title covers every name listed after it
                if plural and owner is not None:
                    ev = Span.of(self.text, self.doc[owner_run[0]].idx, self.doc[e2 - 1].idx + len(self.doc[e2 - 1]))
                    self.role_and_principal(person, title[-1], self._role_text(title), [owner_tok], ev, 0.75,
                                            head=head)
            if plural and owner is not None:  # the first name, when the parse missed its title
                ev = Span.of(self.text, self.doc[owner_run[0]].idx, self.doc[e1 - 1].idx + len(self.doc[e1 - 1]))
                self.role_and_principal(first, title[-1], self._role_text(title), [owner_tok], ev, 0.8, head=head)

    def _title_of(self, ent: SpacySpan, holder: EntityRef) -> None:
        """ "U.S. Secretary of State Anna Lee": a title with an "of" complement, whose principal
        is named before it; without one ("Secretary of State Anna Lee") no principal is said."""
        for title in ent.root.lefts:
            if title.i >= ent.start or title.dep_ not in ("nmod", "compound") or title.pos_ not in ("PROPN", "NOUN"):
                continue
            of = next((c for c in title.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            if pobj is None or pobj.i >= ent.start:
                continue
            # the owner written right before the title ("U.S. Secretary of State"), not a dateline
            before = self.ent(self.doc[title.i - 1]) if title.i > 0 else None
            owners = [c for c in title.lefts if before is not None and before.type in _STATE_ACTORS
                      and self.ent(c) is not None and self.ent(c).id == before.id]
            if not owners:
                continue
            mods = [c for c in title.lefts if c.dep_ in ("amod", "compound") and self.ent(c) is None]
            role = " ".join([t.lower_ for t in mods] + [title.lower_, "of"] +
                            [t.lower_ for t in self.doc[of.i + 1:pobj.i + 1] if t.dep_ != "det"])
            self.role_and_principal(holder, title, role, owners, self.evidence(owners[0], *ent), 0.8)

    def described(self, cluster) -> None:  # noqa: ANN001 - an EntityIndex cluster
        """Described sources and offices: "a NATO diplomat" → ROLE diplomat → NATO;
        "Takaichi's office" → SPEAKS_FOR Takaichi; "a spokesman for the Beijing office …"."""
        holder = self.index.ref(cluster)
        for m in cluster.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            if root.pos_ not in ("NOUN",):
                continue
            if cluster.type == "group":
                objs = [c for c in root.lefts if c.dep_ in ("compound", "poss", "amod", "nmod")
                        and self.ent(c) is not None and self.ent(c).id != holder.id]
                ev = Span.of(self.text, m.start, m.end)
                if objs and root.lower_ not in _OFFICIAL_NOUNS | _OFFICE_NOUNS:
                    objs = [o for o in objs if o.dep_ != "amod" and not gazetteer.demonym(o.text)]
                if root.lower_ in ("leader", "leaders", "heads"):
                    # "most NATO leaders": heads of the member states, not leaders of the alliance
                    states_of = {r.object for r in self.out if r.predicate == "MEMBER_OF"}
                    if self.alliance is not None:
                        states_of.add(self.alliance.id)
                    objs = [o for o in objs if self.ent(o).id not in states_of]
                if objs:
                    noun = root.lower_
                    if noun in ("office", "offices", "team", "campaign", "spokesman", "spokeswoman", "spokesperson",
                                "ministry", "embassy", "mission", "delegation"):
                        for o in objs:
                            self.add(holder, "SPEAKS_FOR", self.ent(o), ev, 0.75)
                    else:
                        self.role_and_principal(holder, root, root.lemma_.lower(), objs, ev, 0.7)
            # "a spokesman for the Beijing office that handles Taiwan affairs"
            if root.lower_ in ("spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative"):
                for prep in root.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
                        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                        obj = self.ent(pobj)
                        if obj is None or obj.id == holder.id:
                            obj = self._office(pobj)
                        if obj is not None:
                            self.add(holder, "SPEAKS_FOR", obj, Span.of(self.text, m.start,
                                     pobj.right_edge.idx + len(pobj.right_edge)), 0.75)

    def _office(self, tok: Token | None) -> EntityRef | None:
        """An unnamed office or ministry as an organisation: "the Beijing office that handles
        Taiwan affairs", "the Norwegian foreign ministry"."""
        if tok is None or tok.lemma_.lower() not in ("office", "ministry", "department", "agency", "embassy",
                                                       "government", "council", "commission", "committee"):
            return None
        toks = [t for t in tok.subtree if t.dep_ != "det" or t.i > tok.i]
        toks = [t for t in toks if not (t.dep_ == "det" and t.head.i == tok.i)]
        span = self.doc[toks[0].i: toks[-1].i + 1]
        name = " ".join(t.text for t in span if not (t.dep_ == "det" and t.head.i == tok.i)).strip()
        cluster = self.index.add(span, "organization", name=name[:1].upper() + name[1:])
        return self.index.ref(cluster) if cluster else None

    def alliance_words(self, tok: Token) -> None:
        low = tok.lower_
        if low in _ALLIANCE_NOUNS or (low in ("allies",) and tok.dep_ != "compound"):
            # "the U.S.-Japan alliance", "the Japan - Australia alliance"
            window = self.doc[max(0, tok.i - 4):tok.i]
            for a, dash, b in zip(window, window[1:], window[2:]):
                if dash.text in ("-", "\u2013"):
                    ra, rb = self.ent(a), self.ent(b)
                    if dash.text in ("-", "\u2013") and ra and rb and ra.type == rb.type == "country":
                        self.add(ra, "ALLY_OF", rb, Span.of(self.text, a.idx, tok.idx + len(tok)), 0.8)
            for c in self.doc[max(0, tok.i - 2):tok.i]:
                if "-" in c.text:
                    parts = [p for p in c.text.split("-") if p]
                    refs = [self._named_country(p, c) for p in parts]
                    if len(refs) == 2 and all(refs):
                        self.add(refs[0], "ALLY_OF", refs[1], Span.of(self.text, c.idx, tok.idx + len(tok)), 0.8)
        if low in _ALLY_NOUNS:
            self.ally_noun(tok)
        if low in ("allies", "partners", "members"):
            self.the_two(tok)
        if low in ("member", "members") and tok.dep_ in ("attr", "appos", "nsubj", "dobj", "pobj", "conj"):
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
                    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                    org = self.ent(pobj)
                    if org is None and pobj is not None and pobj.lower_ == "alliance":
                        org = self.alliance
                    if org is None and pobj is not None and pobj.lower_ in _BODY_NOUNS:
                        org = self._earlier_body(pobj)  # "Russia, a permanent member of the group"
                    for s in self._described_by(tok):
                        self.add(self.ent(s), "MEMBER_OF", org, self.evidence(s, pobj), 0.75)
        if low in ("member", "members") and tok.dep_ in ("attr", "appos") and \
                not any(c.dep_ == "prep" and c.lower_ in ("of", "in") for c in tok.children):
            # "Lithuania, a NATO member,"; "Norway and Iceland are NATO members"
            org_tok = next((c for c in tok.lefts if c.dep_ in ("compound", "nmod") and self.ent(c) is not None
                            and self.ent(c).type == "organization"), None)
            for s in (self._described_by(tok) if org_tok is not None else []):
                member = self.ent(s)
                if member is not None and member.type == "country":
                    self.add(member, "MEMBER_OF", self.ent(org_tok), self.evidence(s, org_tok, tok), 0.75)
        if low == "member" and tok.dep_ == "compound":
            # "alliance member Poland", "NATO member Estonia"
            country_tok = tok.head
            member = self.ent(country_tok)
            org_tok = next((c for c in tok.lefts if c.dep_ in ("compound", "nmod")), None)
            org = self.ent(org_tok)
            if org is None and org_tok is not None and org_tok.lower_ == "alliance":
                org = self.alliance
            if member is not None and member.type == "country" and org is not None:
                self.add(member, "MEMBER_OF", org, self.evidence(org_tok, country_tok), 0.8)
        if low in _THREAT_NOUNS:
            self.threat(tok)

    def ally_noun(self, tok: Token) -> None:
        """An ally or partner said with a predicate noun or an apposition: "Iceland is a close
        ally of Canada", "Belarus, Russia's closest partner,", "Japan, a key U.S. ally,",
        "Belarus is one of Russia's closest allies", "urged X, a close ally, …" (the ally of
        the one urging); "the close partner of Russia" standing for the country just named."""
        described = tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in ("one", "some", "two", "both"):
            described = tok.head.head  # "one of Russia's closest allies"
        if tok.lower_.startswith("partner") and any(c.lower_ in _NOT_ALLIED_PARTNERS for c in tok.lefts):
            return  # "its largest trading partner": trade, not an alliance
        # whose ally: "of/to X (and Y)", "X's", "a U.S. ally"
        owners = [t for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in ("of", "to")
                  for g in prep.children if g.dep_ == "pobj" for t, _ in self._actors(g, _STATE_ACTORS + ("person",))]
        owners += [c for c in tok.lefts if c.dep_ == "poss" and c.pos_ != "PRON" and self.ent(c) is not None]
        owners += [c for c in tok.lefts if c.dep_ in ("compound", "nmod") and self.ent(c) is not None
                   and self.ent(c).type in _STATE_ACTORS]
        conf = 0.75
        if described.dep_ in ("attr", "appos"):
            subjects = self._described_by(described)
        elif tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            subjects, conf = self._antecedent_state(tok, owners), 0.6
        else:
            return
        if not owners and described is tok and tok.dep_ == "appos" and tok.lower_ == "ally" and \
                not any(c.dep_ in ("prep", "poss", "compound", "nmod", "relcl", "acl") for c in tok.children):
            # "Trump advised Takaichi, a close ally, not to …": the ally of the clause's subject
            named = tok.head
            verb = named.head if named.dep_ in ("dobj", "dative") else None
            if verb is None and named.left_edge.i > 0 and self.doc[named.left_edge.i - 1].pos_ == "VERB":
                verb = self.doc[named.left_edge.i - 1]  # the object the parse hung on a clause below
            if verb is not None and verb.pos_ == "VERB":
                owner_tok = subject_of(verb)
                owner = self.ent(owner_tok)
                if owner is not None and owner.type in _STATE_ACTORS + ("person",) and owner_tok.i < named.i:
                    owners, conf = [owner_tok], 0.6
        for s in subjects:
            subj = self.ent(s)
            if subj is None or subj.type == "group" or tok.lower_.startswith("partner") and subj.type == "person":
                continue  # a person's partner is a role (at a firm), read elsewhere
            for o in owners:
                obj = self.ent(o)
                if obj is None or obj.type == "group":
                    continue
                pred = "MEMBER_OF" if self.alliance is not None and obj.id == self.alliance.id and o.i < tok.i \
                    else "ALLY_OF"  # "Turkey, a NATO ally"
                ev = self.evidence(*sorted((s, o, tok), key=lambda t: t.i))
                self.add(subj, pred, obj, ev, conf)

    def the_two(self, noun: Token) -> None:
        """ "the two NATO allies" after "Denmark summoned the U.S. envoy": ALLY_OF between the
        two countries and MEMBER_OF the alliance for each, only when exactly two countries act
        in that sentence and the one before (places and topics do not count)."""
        two = next((c for c in noun.children if c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet")), None)
        if two is None or two.lower_ == "two" and not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return
        if any(c.dep_ in ("appos", "prep", "poss", "relcl") for c in noun.children) or noun.dep_ == "compound":
            return  # "the two allies, X and Y": named, read elsewhere
        orgs = [c for c in noun.lefts if c.dep_ in ("compound", "nmod") and self.ent(c) is not None
                and self.ent(c).type == "organization"]
        if noun.lower_ == "members" and not orgs:
            return
        found = self._acting_countries(two.i)
        if len(found) != 2:
            return
        left = min(t.i for t in noun.subtree if t.i <= noun.i and t.dep_ != "punct")
        ev = Span.of(self.text, self.doc[left].idx, noun.idx + len(noun))
        a, b = (self.ent(t) for t in found.values())
        if a is None or b is None or a.id == b.id:
            return
        if noun.lower_ != "members":
            self.add(a, "ALLY_OF", b, ev, 0.55)
        for org_tok in orgs[:1]:
            for country in (a, b):
                self.add(country, "MEMBER_OF", self.ent(org_tok), ev, 0.55)

    def _acting_countries(self, before: int) -> dict[str, Token]:
        """Countries that act (as subject, object, owner, or beside a person: "the U.S.
        envoy", "Danish Foreign Minister") in the sentence up to token ``before`` and the one
        before it, by name, each with its latest mention. Places ("in Greenland") and topics
        ("Greenland influence reports") are left out."""
        sents = self.index.layout.sent_of
        found: dict[str, Token] = {}
        j = before - 1
        while j >= 0 and sents[j] >= sents[before] - 1:
            t = self.doc[j]
            j -= 1
            ref = self.index.at(t)
            if ref is not None:
                if ref.type != "country":
                    continue
                name = ref.name
            elif t.text[:1].isupper() and gazetteer.demonym(t.text):
                name = gazetteer.country(gazetteer.demonym(t.text)) or gazetteer.demonym(t.text)
            else:
                continue
            while t.dep_ == "conj" and t.head.i != t.i:
                t = t.head  # "France and Germany signed": each conjunct acts as the first does
            head = t.head
            while head.dep_ == "compound" and head.head.i != head.i and head.pos_ in ("PROPN", "NOUN") \
                    and self.index.at(head) is None:
                head = head.head  # "Foreign Minister" → the name it titles
            beside_person = t.dep_ in ("compound", "amod", "nmod") and (
                head.lemma_.lower() in _PERSONISH or head.lower_ in _PERSONISH
                or (self.index.at(head) is not None and self.index.at(head).type == "person"))
            if t.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "poss") or beside_person or \
                    t.dep_ == "pobj" and t.head.lower_ in ("between", "with", "by"):
                if name not in found:
                    found[name] = self.doc[j + 1]
        return found

    def _antecedent_state(self, noun: Token, owners: list[Token]) -> list[Token]:
        """The country a definite description ("the close partner of Russia") stands for:
        the nearest country named before it in its sentence, other than its owners."""
        skip = {self.ent(o).id for o in owners if self.ent(o) is not None}
        sents = self.index.layout.sent_of
        for j in range(noun.left_edge.i - 1, -1, -1):
            if sents[j] != sents[noun.i]:
                return []
            ref = self.index.at(self.doc[j])
            if ref is not None and ref.type == "country" and ref.id not in skip:
                return [self.doc[j]]
        return []

    def _named_country(self, text: str, tok: Token) -> EntityRef | None:
        name = gazetteer.country(text) or gazetteer.demonym(text)
        if name is None:
            return None
        cluster = self.index.add(self.doc[tok.i:tok.i + 1], "country", name=name)
        return self.index.ref(cluster) if cluster else None

    def _described_by(self, noun: Token) -> list[Token]:
        """The subjects a predicate noun describes: "Norway and Iceland are members" →
        [Norway, Iceland]; "Takaichi, a close ally" → [Takaichi]."""
        if noun.dep_ == "appos":
            base = noun.head
        elif noun.dep_ == "attr":
            base = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        else:
            return []
        if base is None:
            return []
        return [base, *[c for c in base.children if c.dep_ == "conj"]]

    def threat(self, tok: Token) -> None:
        """ "Russia poses the biggest threat to the Western alliance"; "leaders describe
        Russia as their biggest threat"; "Russia, an adversary of …"."""
        head = tok.head
        if tok.dep_ == "dobj" and head.lemma_.lower() in ("pose", "represent", "remain", "be"):
            subj = self.ent(subject_of(head))
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "for"):
                    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                    obj = self.ent(pobj)
                    if obj is None and pobj is not None and pobj.lower_ == "alliance":
                        obj = self.alliance
                    if subj and obj:
                        self.add(subj, "ADVERSARY_OF", obj, self.evidence(subject_of(head), pobj), 0.75)
        if tok.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in ("see", "describe", "view",
                                                                                       "regard", "consider", "call", "label", "brand"):
            verb = head.head
            seen = next((c for c in verb.children if c.dep_ == "dobj"), None)
            viewer_tok = subject_of(verb)
            viewer = self.ent(viewer_tok)
            if viewer is None and viewer_tok is not None:
                for c in viewer_tok.lefts:  # "most NATO leaders", "European governments"
                    viewer = viewer or self.ent(c)
            if viewer is not None and viewer.type in ("person", "group"):
                viewer = None  # a person's view is not an alliance fact
            obj = self.ent(seen)
            if viewer and obj:
                self.add(obj, "ADVERSARY_OF", viewer, self.evidence(viewer_tok, tok), 0.7)
        if tok.dep_ == "appos" and not any(c.dep_ == "prep" and c.lower_ in ("of", "to") for c in tok.children):
            # "Russia, an adversary that has worked … to undermine U.S. global leadership"
            subj = self.ent(tok.head)
            target = next((t for t in tok.subtree if t.i > tok.i and self.ent(t) is not None
                           and self.ent(t).type == "country"), None)
            if subj is not None and subj.type == "country" and target is not None:
                self.add(subj, "ADVERSARY_OF", self.ent(target), self.evidence(tok.head, target), 0.6)
        if tok.dep_ in ("appos", "attr") and not any(c.dep_ == "prep" and c.lower_ in ("of", "to") for c in tok.children):
            # "Russia, a U.S. adversary,"; "Russia and China are America's main rivals"
            owner = next((c for c in tok.lefts if c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN"
                          and self.ent(c) is not None and self.ent(c).type in _STATE_ACTORS), None)
            described = self._described_by(tok) if owner is not None else []
            for s in described:
                subj = self.ent(s)
                if subj is not None and subj.type in _STATE_ACTORS:
                    self.add(subj, "ADVERSARY_OF", self.ent(owner), self.evidence(described[0], owner, tok), 0.7)
        if tok.dep_ == "appos":
            subj = self.ent(tok.head)
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "to"):
                    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                    if subj and self.ent(pobj):
                        self.add(subj, "ADVERSARY_OF", self.ent(pobj), self.evidence(tok.head, pobj), 0.7)

    def from_org(self, prep: Token) -> None:
        """ "Brad Adams, from Human Rights Watch, said" → ROLE staff → the organisation."""
        holder_tok = prep.head
        if prep.dep_ != "prep" or prep.i == 0 or self.doc[prep.i - 1].text != "," or holder_tok.i != prep.i - 2:
            return
        holder = self.ent(holder_tok)
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        org = self.ent(pobj)
        if holder is not None and holder.type == "person" and org is not None and org.type in ("organization", "media"):
            self.add(holder, "ROLE", org, self.evidence(holder_tok, pobj), 0.65, role="staff")

    def from_to_list(self, tok: Token) -> None:
        """ "the other 31 allies, from Canada to Estonia": the two ends are members of the
        alliance the document is about."""
        if self.alliance is None:
            return
        window = self.doc[max(0, tok.i - 4):tok.i]
        if not any(t.lower_ in ("allies", "members") for t in window):
            return
        first = next((g for g in tok.children if g.dep_ == "pobj"), None)
        to = next((c for c in (first.children if first is not None else []) if c.lower_ == "to"), None) or \
            next((c for c in tok.children if c.lower_ == "to"), None)
        second = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
        for t in (first, second):
            ref = self.ent(t)
            if ref is not None and ref.type == "country":
                self.add(ref, "MEMBER_OF", self.alliance, self.evidence(window[0], *(x for x in (first, second) if x is not None)), 0.6)
