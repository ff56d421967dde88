"""The shared context of the relation rules: the parse, the entity index, what has been found
so far, and the helpers every family of rules uses (entities at tokens, evidence spans,
coordinated actors, the ROLE/SPEAKS_FOR pair). The entities tokens name are read by
:class:`EntityReading` underneath, which attribution uses too. A helper one family alone uses
lives in that family's module."""

from __future__ import annotations

import re
from typing import Sequence

from spacy.tokens import Doc, Token

from ..actors import is_actor_noun
from ..entities import EntityIndex
from ..entities.datelines import in_title_line, past_dateline
from ..entity_reading import FIRST_PERSON, EntityReading  # noqa: F401 - the families take FIRST_PERSON from here
from ..model import EntityRef, Quote, Relation, Span
from ..speakers import PERSON_NOUNS, subject_of

# Role nouns that make their holder speak or negotiate for the principal.
SPEAKS_NOUNS = frozenset("""
envoy envoys emissary emissaries spokesman spokeswoman spokesperson spokespeople aide aides adviser
advisers advisor advisors ambassador ambassadors negotiator negotiators representative
representatives minister ministers secretary-general secretary mouthpiece office ministry embassy
mission delegation delegate delegates press
""".split())
# Those whose post is to voice the body they serve ("Kremlin spokesman X", "White House press
# secretary Y"): they speak for the seat, and readers do not take it on to the country behind it.
SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson spokespeople".split())
# Heads of state or government: they hold a role at their country, not a representation.
LEADER_WORDS = {"president", "prime", "premier", "chancellor", "king", "queen", "leader", "emperor"}
LEADER_OR_MINISTER = LEADER_WORDS | {"minister"}
HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "retired", "gen", "adm", "rev"}
# Experts whose modifier is their subject, not their employer: "a Palestine analyst".
EXPERT_NOUNS = {"analyst", "analysts", "expert", "experts", "specialist", "specialists", "scholar", "scholars",
                 "researcher", "researchers", "historian", "historians", "watcher", "watchers", "correspondent",
                 "correspondents", "observer", "observers", "editor", "editors"}
STATE_ACTORS = ("country", "organization")
NOT_ROLES = {"successor", "predecessor", "friend", "counterpart", "rival", "critic", "ally", "allies"}
# Words for those who side with or against someone: a stance toward them, never a post held
# there ("Kyiv's supporters" are no role of Ukraine's).
NOT_ROLES |= {"supporter", "supporters", "backer", "backers", "opponent", "opponents", "critics", "rivals",
              "enemy", "enemies", "foe", "foes", "friends", "challenger", "challengers"}
# Ties of taste, schooling, voting, tutelage or origin: no post held at or for the other side
# ("a Dallas team's fan", "a graduate of X law school", "the senator's constituent", "Syrian
# refugees").
NOT_ROLES |= {"fan", "fans", "admirer", "admirers", "graduate", "graduates", "alumnus", "alumna", "alumni",
              "constituent", "constituents", "voter", "voters", "mentor", "mentors", "protege", "protégé",
              "refugee", "refugees"}
# Using or buying something is no post held at whoever makes it ("a Tinder user", "a Comcast
# customer", "the paper's subscribers").
NOT_ROLES |= {"user", "users", "customer", "customers", "subscriber", "subscribers", "viewer", "viewers",
              "listener", "listeners"}
# Words of esteem or of a cause championed, never a post: "a Mexican War hero", "a liberal
# favorite in the Senate", "civil rights icon Rep. X" (not "advocate": "a consumer advocate at
# Public Citizen" is a job there).
NOT_ROLES |= {"hero", "heroes", "heroine", "icon", "icons", "darling", "favorite", "favourite", "champion",
              "champions", "proponent", "proponents", "cheerleader", "cheerleaders", "apologist", "apologists"}
# A counterpart is a role only toward a country ("his Chinese counterpart Wang Yi": the same
# office, held for China), never toward the person it mirrors.
COUNTERPART_NOUNS = {"counterpart", "counterparts"}
# Seats of government that are institutions, not cities: the one who speaks or negotiates for
# "the Kremlin" holds a post there ("Kremlin spokesman X"); "Moscow's envoy" stays Russia's.
INSTITUTION_SEATS = {"kremlin", "white house", "pentagon", "downing street", "whitehall", "elysee",
                     "elysee palace", "élysée", "élysée palace", "zhongnanhai", "foggy bottom", "blue house"}
# Names that are only a kind of body, which the model tags as an organisation when written in
# capitals ("a super PAC backing X"): no post is held at a body the text does not name.
_BODY_KINDS = {"pac", "super pac", "superpac"}
# Words that make a post one someone may hold later, not one held ("the next president").
_PROSPECTIVE = {"next", "future", "would-be", "potential", "possible", "prospective", "eventual", "hypothetical"}


def _prospective_before(text: str, role: str) -> bool:
    """Whether the evidence writes a word of a post not yet held ("would-be", "future")
    right before the role's first word, which the role's own words may leave out."""
    words = role.split()
    if not words:
        return False
    pattern = r"\b(?:%s)\s+%s\b" % ("|".join(re.escape(w) for w in sorted(_PROSPECTIVE)), re.escape(words[0]))
    return re.search(pattern, text, re.IGNORECASE) is not None


# Nouns of running for a post: held toward a party or a country, never toward a person.
_CANDIDACY = {"candidate", "candidates", "nominee", "nominees", "hopeful", "hopefuls", "contender", "contenders",
              "pick", "picks"}  # ("Obama's court pick X": chosen by him, no post held for him)
# Kinship: a tie to a person ("his son-in-law Jared Kushner"), kept as a ROLE toward that person
# only, never toward a country or body, and never a representation; plurals too ("her children, A and B").
KIN_NOUNS = frozenset("""wife husband son daughter son-in-law daughter-in-law father-in-law mother-in-law
brother sister brother-in-law sister-in-law father mother nephew niece cousin uncle aunt grandson
granddaughter stepson stepdaughter child stepchild grandchild wives husbands sons daughters children stepchildren
grandchildren brothers sisters parents nephews nieces cousins grandsons granddaughters""".split())
# Head nouns a title before a listed name may end with ("Trump's envoys X and his son-in-law Y").
LIST_ROLE_NOUNS = (SPEAKS_NOUNS | PERSON_NOUNS | KIN_NOUNS | EXPERT_NOUNS
                    | {"director", "deputy", "chief", "head", "commander", "delegate", "official", "officials",
                       "diplomat", "diplomats", "lawyer", "lawyers", "partner", "partners", "staffer", "staffers"})


# words that make the event a plan, a wish or a possibility, not a fact
_PLAN_VERBS = {"plan", "want", "hope", "expect", "seek", "propose", "intend", "aim", "try", "prepare", "agree",
               "offer", "deny", "refuse", "consider", "schedule", "wish", "promise", "pledge", "vow", "threaten",
               "decline", "reject", "arrange", "push", "demand", "insist", "suggest", "reserve", "await",
               "rule", "envisage", "confirm", "court",
               # what one failed or held back from doing was not done: "failed to condemn X"
               "fail", "neglect", "hesitate"}
_PLAN_NOUNS = {"invitation", "plan", "plans", "proposal", "offer", "request", "bid", "hope", "hopes", "prospect",
               "possibility", "idea", "readiness", "willingness", "demand", "demands", "call", "calls", "push"}
_NOT_YET = {"upcoming", "planned", "proposed", "possible", "potential", "future", "next", "expected", "scheduled",
            "anticipated", "prospective", "hypothetical", "forthcoming", "eventual", "likely", "new", "further",
            "another"}
# readiness for what has not happened: "open to discussing a deal with X", "receptive to talks"
_READY_ADJS = {"open", "ready", "willing", "receptive", "amenable", "eager", "keen", "prepared"}
# verbs that deny or doubt the clause they govern: negated ("did not deny that …", "no one
# disputes that …") they grant it
_DENIAL_VERBS = {"deny", "dispute", "doubt", "contest"}
# verbs that end or stop what they govern: "halting military aid to Ukraine"
_CEASE_VERBS = {"halt", "stop", "end", "cut", "suspend", "withdraw", "freeze", "block", "oppose", "abandon",
                "scrap", "cancel", "postpone", "delay", "curb", "reduce",
                # measures taken off or loosened: "lifted sanctions on Belarus", "eased its blockade of X"
                "lift", "ease", "relax", "loosen", "waive", "rescind", "revoke", "repeal"}
# (built once: ``asserted`` tests it at every step up from each word it reads)
_PLAN_OR_CEASE_VERBS = _PLAN_VERBS | _CEASE_VERBS
# verbs that keep someone from the deed their "from" clause names: "stopped Ukraine from striking X"
_KEPT_FROM_VERBS = {"bar", "stop", "prevent", "refrain", "dissuade", "deter", "block", "ban", "prohibit", "keep",
                    "discourage", "abstain", "restrain", "forbid", "hold", "back", "desist", "shy", "exclude"}
_DEMAND_VERBS = {"call", "push", "press", "appeal", "ask", "wait", "hope", "prepare", "plan", "lobby", "argue",
                 "pray", "clamor", "clamour"}
# relative pronouns that stand for the noun their clause describes, as a subject: "X, who is …"
_RELATIVE_SUBJECTS = {"who", "that", "which"}
# "was to meet", "is set to visit", "was supposed to meet", "is slated to visit": arranged, not held
_DUE_VERBS = {"be", "set", "suppose", "slate", "poise", "due"}
_MODALS = {"will", "would", "'ll", "wo", "shall", "could", "might", "may", "should", "must", "can", "ca"}

# Marks of a clause that happened (or holds) whatever the main clause says: "after", "because".
_FACT_MARKS = {"after", "since", "because", "although", "though", "as"}


def asserted(tok: Token, steps: int = 8, predictions: bool = False) -> bool:
    """Whether the event ``tok`` names is told as a fact: not negated, not denied, not a plan,
    a wish, a question or a condition ("did not meet", "would not confirm a call", "will
    meet", "plans to visit", "an upcoming meeting", "whether he had spoken", "if they meet").
    ``predictions``: "will" or "would" on ``tok`` itself does not stop it, for a judgement
    whose telling is the act ("X would be a disaster" attacks X as "X is a disaster" does)."""
    if any(c.dep_ == "amod" and (c.lower_ in _NOT_YET or c.lemma_.lower() in _CEASE_VERBS) for c in tok.children):
        return False  # "an upcoming meeting", "halting military aid"
    if tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
            any(c.lower_ == "yet" and c.dep_ == "advmod" for c in tok.head.children):
        return False  # "has yet to meet X": not done so far
    if tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
            (tok.head.pos_ in ("ADJ", "NOUN", "PROPN") or tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _DUE_VERBS):
        return False  # "ready to negotiate", "an invitation to visit", "was to meet", "is set to visit"
    t, limit, steps, came_as_subject = tok, steps, 0, False
    prev: Token | None = None
    while t is not None and steps < limit:
        if prev is not None and prev.dep_ == "ccomp" and t.lemma_.lower() in _DENIAL_VERBS and t.pos_ == "VERB" \
                and any(c.dep_ == "neg" or c.dep_ == "nsubj" and _nobody(c) for c in t.children):
            break  # "did not deny that X's call with Y encouraged Z": a denial denied grants the clause
        if any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("advmod", "det") for c in t.children) \
                and not (came_as_subject and _said_of_it(t)):
            return False
        if no_longer(t):
            return False  # "Chile is no longer an ally of Peru": it was, and is not
        if any(c.dep_ in ("aux", "auxpass") and _modal(c) and not (predictions and t.i == tok.i and _predictive(c))
               for c in t.children):
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") and _nobody(c) for c in t.children):
            return False  # "neither Merkel nor Hollande has gone as far in chiding Trump"
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in t.children):
            return False
        if t.i != tok.i and not came_as_subject and not _framed_by(prev, t) and not _confirmed_deed(prev, t) \
                and (t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _PLAN_OR_CEASE_VERBS
                             or t.pos_ == "NOUN" and t.lower_ in _PLAN_NOUNS or _called_off(t)):
            return False
        if t.dep_ == "prep" and t.lower_ == "for" and (t.head.pos_ == "ADJ" or t.head.lemma_.lower() in _DEMAND_VERBS):
            return False  # "called for talks", "ready for a meeting": asked for, not held
        if prev is not None and prev.dep_ == "pcomp" and t.dep_ == "prep" and t.head.pos_ == "VERB" and (
                t.lower_ == "against" or t.lower_ == "from" and t.head.lemma_.lower() in _KEPT_FROM_VERBS):
            return False  # "warned Israel against striking Iran", "barred Hungary from vetoing aid": not done
        if t.dep_ == "prep" and t.lower_ == "to" and t.head.pos_ == "ADJ" and t.head.lemma_.lower() in _READY_ADJS:
            return False  # "is open to discussing a deal with X", "willing to talks": a readiness, not an event
        if t.lower_ == "ahead" or t.lower_ == "before" and t.dep_ == "prep" and t.head.pos_ == "NOUN":
            return False  # "ahead of the talks": they are still to come
        if t.dep_ not in ("xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "nsubj", "nsubjpass", "attr",
                          "compound", "pcomp", "conj", "appos", "oprd", "npadvmod", "advcl"):
            break
        if t.dep_ == "advcl" and t.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "mark" and c.lower_ in _FACT_MARKS for c in t.children):
            break  # "X would seek talks, after Y accused Z of …": a clause of cause or time tells its own fact
        if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX"):
            # "will meet X and discuss Y": the first verb's modal is the second's; not its negation
            return not any(c.dep_ in ("aux", "auxpass") and _modal(c) for c in t.head.children)
        if _set_off_before(t):
            break  # "X had three calls with Y – there were not many": a clause of its own
        came_as_subject = t.dep_ == "nsubj"  # "the talks ended": they took place
        prev, t, steps = t, t.head, steps + 1
    return True


_CLAUSE_BREAKS = frozenset({"\u2013", "\u2014", "--", ";"})


def _set_off_before(clause: Token) -> bool:
    """ "X met Y on Monday – there were no other talks": the parser hangs a clause that a dash or
    semicolon sets off before the next one as that one's complement, so the second clause's
    negation or plan would deny the first; a clause so set off states its own fact."""
    head = clause.head
    return clause.dep_ == "ccomp" and clause.i < head.i and any(
        c.dep_ == "punct" and c.text in _CLAUSE_BREAKS and clause.right_edge.i < c.i < head.i
        for c in head.children)


def _called_off(verb: Token) -> bool:
    """ "the talks were called off", "called off her visit": cancelled, so never held (the
    phrasal verb; "call" alone is a contact of its own)."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() == "call" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def _said_of_it(verb: Token) -> bool:
    """ "The meeting was not political", "his call with X is not an endorsement": a copula
    whose subject is the event says what the event was; its negation denies that, not the
    event ("the meeting did not take place" denies it)."""
    return verb.lemma_.lower() == "be" and any(c.dep_ in ("acomp", "attr") for c in verb.children)


def _confirmed_deed(clause: Token | None, verb: Token) -> bool:
    """ "The network confirmed that X met Y": a clause in the past (or perfect) that a verb of
    confirming governs tells a deed done; "confirmed a meeting", "confirmed that they will
    meet" (a modal, read on the clause itself) stay plans."""
    return clause is not None and clause.dep_ == "ccomp" and clause.head.i == verb.i \
        and verb.lemma_.lower() == "confirm" and (clause.tag_ == "VBD" or any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children))


# prepositions of the setting a deed was done in: "in a call with X", "during talks with Y"
_FRAME_PREPS = {"in", "during", "at", "after", "following", "on", "over"}


def _framed_by(prep: Token | None, verb: Token) -> bool:
    """ "In a call with X on Monday, Y agreed to …", "during talks with X, Y offered …": an event
    told as the setting of a verb of planning or agreeing took place, whatever was planned in
    it (an event the verb plans is its object or clause: "agreed to hold talks")."""
    return prep is not None and prep.dep_ == "prep" and prep.head.i == verb.i and prep.i < verb.i \
        and prep.lower_ in _FRAME_PREPS and verb.pos_ in ("VERB", "AUX")


def no_longer(t: Token) -> bool:
    """ "X is no longer a threat to Y", "the threat X no longer poses": a state that has ended."""
    return any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in t.children)


def _nobody(subj: Token) -> bool:
    """A subject that says no one did it: "neither X nor Y", "no country", "nobody"."""
    return subj.lower_ in ("neither", "none", "nobody", "nothing") or any(
        g.lower_ == "no" and g.dep_ == "det" for g in subj.children) or any(
        g.lower_ == "neither" and g.i < subj.i for g in subj.subtree)


def names_glued_before(t: Token) -> list[Token]:
    """ "both Donald Trump and Bernie Sanders": after "both" the parser may hang the first name
    and the "and" on the last name as its compounds; the first name is a conjunct all the same
    (its last word, the one before the "and")."""
    if t.pos_ != "PROPN" or not any(c.lower_ in ("both", "either") and c.dep_ in ("det", "preconj")
                                    for c in t.subtree if c.i < t.i):
        return []
    return [c for c in t.subtree if c.i < t.i and c.pos_ == "PROPN" and c.i + 1 < t.i
            and t.doc[c.i + 1].dep_ == "cc" and t.doc[c.i + 1].lower_ in ("and", "or")]


def names_listed_after_label(t: Token) -> list[Token]:
    """ "endorsed Paul Ryan (R-Wis.), Sen. John McCain (R-Ariz.), and Sen. Kelly Ayotte (R-N.H.)":
    after a name's bracketed label the parser loses the list and hangs the next names anywhere;
    a name that follows ", ", ", and " or " and " and carries a bracketed label of its own is the next
    item all the same (its last word, the one before the bracket)."""
    doc = t.doc
    if t.pos_ != "PROPN" or t.i + 1 >= len(doc) or doc[t.i + 1].text != "(":
        return []
    close = next((x for x in doc[t.i + 2:min(t.i + 9, len(doc))] if x.text == ")"), None)
    if close is None or close.i + 2 >= len(doc) or doc[close.i + 1].lower_ not in (",", "and", "or"):
        return []
    i = close.i + 2
    if doc[i - 1].text == "," and doc[i].lower_ in ("and", "or"):
        i += 1
    j = i
    while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text not in ("(", ")") and j - i < 6:
        j += 1
    if j == i or j >= len(doc) or doc[j].text != "(" or doc[j - 1].text.endswith("."):
        return []  # no name, or one with no bracketed label of its own: no list of the same kind
    return [doc[j - 1]]


def names_listed_after_comma(t: Token) -> list[Token]:
    """ "Bush, Christie, Ohio Gov. John Kasich and Sen. Rand Paul": in a run of names the parser
    may hang the second name on the first as an apposition or an adverbial (``appos``,
    ``npadvmod``) and the rest of the run on that one; it is the next item all the same when
    it is a proper name set off by a comma and the run goes on from it to a final "and" or
    "or" with a name (a true apposition is a description, "Bush, the former governor,", or
    ends the run: "Egypt, Assad, aided by Russia, held on")."""
    if t.pos_ != "PROPN":
        return []
    doc = t.doc
    # the comma right after the name and what hangs on it (a name far off is a parse's slip:
    # "Trump endorsed Ryan (R-Wis.), Sen. McCain …" with McCain hung on Trump); a place after
    # a name that is none is its label or home ("Sen. Ron Johnson, R-Wis.")
    return [c for c in t.children if c.dep_ in ("appos", "npadvmod") and c.pos_ == "PROPN" and c.i > t.i
            and c.left_edge.i > t.i + 1 and doc[c.left_edge.i - 1].text == ","
            and all(t.is_ancestor(x) for x in doc[t.i + 1:c.left_edge.i]) and _run_ends_with_and(c)
            and not (c.ent_type_ in ("GPE", "LOC") and t.ent_type_ not in ("GPE", "LOC"))]


def _run_ends_with_and(first: Token) -> bool:
    """Whether the conjuncts that go on from ``first`` end in "and"/"or" before a proper name."""
    todo, seen = [first], 0
    while todo and seen < 12:
        t = todo.pop(0)
        seen += 1
        for k in t.children:
            if k.dep_ == "conj" and k.pos_ == "PROPN" and any(
                    x.dep_ == "cc" and x.lower_ in ("and", "or") for x in (*t.children, *k.children)):
                return True
        todo.extend(k for k in t.children if k.dep_ == "conj")
    return False


def _modal(aux: Token) -> bool:
    """A modal auxiliary: one of the words, or "'d" before a bare verb ("he'd sit him down":
    would); before a participle it is "had" ("he'd met him"), no modal. The tagger calls every
    "'d" a modal, so the verb's form decides."""
    return aux.lower_ in _MODALS or aux.lower_ in ("'d", "’d") and aux.head.tag_ == "VB"


def _predictive(aux: Token) -> bool:
    """ "will", "would", "'ll", "'d": a modal that foretells, not one that hedges ("may",
    "could") or bids ("should", "must")."""
    return aux.lower_ in ("will", "would", "'ll", "’ll", "'d", "’d")


_ADVOCATE_NOUNS = {"lawyer", "lawyers", "attorney", "attorneys"}
# Plural nouns by which news names two states again: "the two neighbours", "both countries".
# A state's government by another name: "the Malian junta signed a pact" is Mali's act.
_GOVERNMENTS = {"government", "junta", "regime", "cabinet"}
_PAIR_OF_STATES = {"countries", "neighbours", "neighbors", "nations", "states", "governments", "capitals"}


def represents(role: str, head: str) -> bool:
    """Whether the holder of ``role`` (head word ``head``) speaks for its principal: the one
    SPEAKS_FOR rule of every family that reads a post (titles, appositions, offices, a title
    told earlier). An envoy, a spokesman, a minister or an ambassador represents; a head of
    state or government holds a role at the country, not a representation; so do a former
    or a deputy holder, kin ("his son") and a counterpart (a mirror of an office, whichever it
    is). A secretary represents only as secretary-general (for the body), foreign secretary,
    secretary of state (for the country abroad) or press secretary (the principal's voice): a
    "defense secretary" runs a department."""
    words = role.lower().split()
    secretary_general = "secretary general" in role.lower().replace("-", " ")
    if head in KIN_NOUNS or words[-1:] and words[-1] in KIN_NOUNS or head in COUNTERPART_NOUNS:
        return False
    top_diplomat = head == "diplomat" and bool({"top", "chief"} & set(words))  # a foreign minister, as news says it
    # a client's lawyer speaks for the client ("X, a lawyer for Y, said"); a public prosecutor
    # ("district attorney", "U.S. attorney", "attorney general") holds an office instead
    advocate = head in _ADVOCATE_NOUNS and not set(words) & {"district", "general", "u.s.", "state", "county",
                                                               "city", "prosecuting", "special"}
    # "Gore's communications director", "director of communications": the principal's voice to the press
    voice = head in ("director", "chief", "officer") and "communications" in words
    if head not in SPEAKS_NOUNS and not secretary_general and not top_diplomat and not advocate and not voice:
        return False
    if set(words) & (LEADER_WORDS | {"former", "deputy"}):
        return False
    return words[-1:] != ["secretary"] or secretary_general or "foreign" in words or "press" in words


# Last words of the names of texts, which no one allies with or fights: treaties, laws, plans.
_TEXT_NAMES = {"agreement", "treaty", "accord", "accords", "act", "protocol", "convention", "charter", "bill",
               "amendment", "resolution", "doctrine"}


def _a_text(ref: EntityRef) -> bool:
    """Whether an organization's name is a text's ("the Paris Agreement", "the Affordable Care
    Act"): NER tags such names as bodies."""
    words = ref.name.lower().split()
    return ref.type == "organization" and len(words) > 1 and words[-1] in _TEXT_NAMES


class Context(EntityReading):
    """One document being read: the parse, its entities and the relations found."""

    def __init__(self, doc: Doc, index: EntityIndex, quotes: Sequence[Quote] = ()) -> None:
        """``quotes``: the document's quotes, so that "I" and "we" in a speaker's own words
        are that speaker ("“I met the minister,” Lee said")."""
        super().__init__(doc, index, quotes)
        # counterparts waiting for the representation of whom they mirror: (holder, country,
        # evidence, confidence, mirrored persons)
        self._mirrors: list[tuple[EntityRef, EntityRef, Span, float, tuple[EntityRef, ...]]] = []
        # a person's quarrel with a country, waiting for the state the person speaks for:
        # (person, country, evidence, confidence)
        self._leader_quarrels: list[tuple[EntityRef, EntityRef, Span, float]] = []
        # facts about the whole document a family works out once, by name ("home_country")
        self.memo: dict[str, object] = {}
        nato = [c for c in index.clusters if c.type == "organization" and c.name == "NATO"]
        self.alliance = index.ref(nato[0]) if nato and len(nato[0].mentions) >= 2 else None

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
        if pred == "ROLE" and set((extra.get("role") or "").split()) & _PROSPECTIVE:
            return  # "endorse him as the next president", "a would-be envoy": a post not (yet) held
        if pred == "ROLE" and _prospective_before(ev.text, extra.get("role") or ""):
            return  # "X, the would-be mayor of Leeds": the parse parts "would-be" and leaves it out of the role
        if pred in ("ROLE", "SPEAKS_FOR") and subj.type == "group" and self._plural_group(subj):
            return  # "Obama aides", "nearly 140 House members": a set of people no one names holds no post
        if pred in ("ROLE", "SPEAKS_FOR", "MEMBER_OF") and obj.name.lower() in _BODY_KINDS:
            return  # "super PAC spokeswoman X", "the head of a super PAC": a kind of body, not one named
        if pred in ("ALLY_OF", "ADVERSARY_OF") and any(self._only_a_kind(r) for r in (subj, obj)):
            return  # "the super PAC backing X": a kind of body is no side until its name is said
        if pred in ("ALLY_OF", "ADVERSARY_OF") and any(_a_text(r) for r in (subj, obj)):
            return  # "supported the North American Free Trade Agreement": a stance on a text, no side
        self.out.append(Relation(subj.id, pred, obj.id, ev, conf, extra.get("role"), extra.get("cue"),
                                 extra.get("event")))

    def _only_a_kind(self, ref: EntityRef) -> bool:
        """Whether every mention of ``ref`` is the name of a kind of body ("the major Super
        PAC"), not the end of one body's name ("the super PAC Patriot Majority PAC")."""
        if ref.name.lower() not in _BODY_KINDS:
            return False
        cluster = self.index.cluster_by_id(ref.id)
        for m in cluster.mentions if cluster is not None else ():
            # the entity recognizer may keep only the kind of a name ending in it: "Patriot Majority PAC"
            before = self.text[max(0, m.start - 40):m.start].split()
            if before and before[-1][:1].isupper() and before[-1].lower() not in ("super", "the", "a"):
                return False
        return True

    def _plural_group(self, ref: EntityRef) -> bool:
        """Whether a described group is named by a plural noun ("Senate aides", "top
        strategists"), not a single unnamed person ("a NATO diplomat", "a spokesman for X")."""
        cluster = self.index.cluster_by_id(ref.id)
        if cluster is None or not cluster.mentions:
            return False
        m = cluster.mentions[0]
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and span.root.tag_ in ("NNS", "NNPS")

    def role_and_principal(self, holder: EntityRef, role_noun: Token, role: str, objects: list[Token],
                           ev: Span, conf: float = 0.8, head: str | None = None, speaks_for: bool = True,
                           owners: tuple[EntityRef, ...] = ()) -> None:
        """ROLE (and SPEAKS_FOR when the role represents, unless ``speaks_for`` is False) from
        ``holder`` to each object, and to each of ``owners`` (principals resolved already:
        "her adviser"); ``head`` is the role's head word when it is no single token
        ("son-in-law")."""
        words = role.split()
        head = head or role_noun.lower_
        if head in NOT_ROLES and head not in COUNTERPART_NOUNS:
            return
        if not is_actor_noun(head) and in_title_line(self.index, role_noun.idx):
            return  # a title-case headline parsed as a title ("CNN's Fault Ted Cruz", "X Extols Y")
        kin = head in KIN_NOUNS or (words[-1:] and words[-1] in KIN_NOUNS)
        counterpart = head in COUNTERPART_NOUNS
        speaks = represents(role, head)
        mirrored = tuple(o for o in owners if o.type == "person") if counterpart and speaks_for else ()
        pairs = [(t, o) for t in objects for o in self._seat_and_country(t, head, words) if o is not None]
        pairs += [(role_noun, o) for o in owners]
        for obj_tok, obj in pairs:
            if obj.type == "group" or obj.id == holder.id:
                continue
            if counterpart and obj.type != "country":
                continue  # "Putin's counterpart": no post held toward Putin
            if head in _CANDIDACY and obj.type == "person":
                continue  # "Trump or Democratic contenders X": one runs for a post, not for a person
            if kin and (obj.type != "person" or holder.type != "person"):
                continue  # "son of the republic": kinship binds people only
            if role_noun.lower_ in EXPERT_NOUNS and obj_tok.i < role_noun.i and obj_tok.dep_ != "poss" \
                    and obj.type == "country":
                continue  # "a senior Palestine analyst": the subject studied, not the employer
            self.add(holder, "ROLE", obj, ev, conf, role=role)
            # a candidate's convention delegate is pledged to the candidate, not the voice of one
            pledged = head in ("delegate", "delegates") and obj.type == "person"
            if speaks and speaks_for and not pledged and obj.type in ("person", "country", "organization"):
                self.add(holder, "SPEAKS_FOR", obj, ev, conf - 0.05)
            elif mirrored and obj.type == "country":
                self._mirrors.append((holder, obj, ev, conf - 0.1, mirrored))

    def mirrored_representations(self) -> None:
        """ "Blinken met his Chinese counterpart Wang Yi": a counterpart holds the same office
        for another country, so the counterpart of one who speaks for a country speaks for
        theirs. Settled once every rule has read the mirrored person's own titles."""
        countries = {c.id for c in map(self.index.ref, self.index.clusters) if c.type == "country"}
        speakers = {r.subject for r in self.out if r.predicate == "SPEAKS_FOR" and r.object in countries}
        for holder, obj, ev, conf, mirrored in self._mirrors:
            if any(p.id in speakers for p in mirrored):
                self.add(holder, "SPEAKS_FOR", obj, ev, conf)

    def leader_quarrel(self, person: EntityRef, country: EntityRef, ev: Span, conf: float) -> None:
        """ "Zelensky accused Russia of …": readers list the quarrel between the states, the
        person's own once their post is read (``leaders_quarrels``)."""
        self._leader_quarrels.append((person, country, ev, conf))

    def leaders_quarrels(self) -> None:
        """ADVERSARY_OF between the one country a quarrelling person speaks for or leads (a
        SPEAKS_FOR, or a ROLE whose head is a leader's title, said anywhere in the document) and
        the country they quarrel with. Settled once every rule has read the posts."""
        countries = {c.id: c for c in map(self.index.ref, self.index.clusters) if c.type == "country"}
        for person, country, ev, conf in self._leader_quarrels:
            own = {r.object for r in self.out if r.subject == person.id and r.object in countries and (
                r.predicate == "SPEAKS_FOR" or r.predicate == "ROLE" and (r.role or "").split()[-1:] and
                (r.role or "").split()[-1] in LEADER_OR_MINISTER)}
            if len(own) == 1 and country.id not in own:
                self.add(countries[own.pop()], "ADVERSARY_OF", country, ev, conf - 0.05)

    def _seat_and_country(self, tok: Token, head: str, words: list[str]) -> tuple[EntityRef | None, ...]:
        """The objects a post at ``tok`` is held for: a post at "the Kremlin" is held at the
        institution and, through it, for its country (readers list either, and both are
        true), but a spokesman or a press secretary voices the institution alone."""
        seat = self.institution(tok)
        if seat is not None and (head in SPOKES_NOUNS or head == "secretary" and "press" in words):
            return (seat,)
        return seat, self.ent(tok)

    def institution(self, tok: Token | None) -> EntityRef | None:
        """The institution a seat of government names ("Kremlin", "the White House") as an
        organisation of its own, for the posts held there; None for any other word."""
        if tok is None:
            return None
        ent = self.index.layout.ent_at(tok.i)
        span = ent if ent is not None else self.doc[tok.i:tok.i + 1]
        while len(span) and span[0].lower_ in ("the", "a"):
            span = span[1:]
        while len(span) and span[-1].tag_ == "POS":
            span = span[:-1]
        if not len(span) or span.text.lower().rstrip("'’s") not in INSTITUTION_SEATS and \
                span.text.lower() not in INSTITUTION_SEATS:
            return None
        cluster = self.index.add(span, "organization", name=span.text)
        return self.index.ref(cluster) if cluster else None

    def add_pairs(self, predicate: str, sides: list[tuple[Token, EntityRef]], others: list[tuple[Token, EntityRef]],
                  *toks: Token, conf: float = 0.65) -> None:
        """``predicate`` from each of ``sides`` to each of ``others`` (never an actor to itself),
        the evidence running over both names and ``toks``."""
        for ts, s in sides:
            for to, o in others:
                if s.id != o.id:
                    self.add(s, predicate, o, self.evidence(*sorted({ts, to, *toks}, key=lambda t: t.i)), conf)

    def actors(self, tok: Token | None, types: tuple[str, ...] = STATE_ACTORS) -> list[tuple[Token, EntityRef]]:
        """``tok`` and the tokens coordinated with it that name actors of ``types``."""
        out: list[tuple[Token, EntityRef]] = []
        todo = [tok] if tok is not None else []
        while todo and len(out) < 12:
            t = todo.pop(0)
            ref = self.ent(t)
            if ref is None and t.pos_ == "NOUN":  # "militant group Hamas": the name in apposition
                t = next((c for c in t.children if c.dep_ == "appos" and self.ent(c) is not None), t)
                ref = self.ent(t)
            elif ref is None or ref.type != "person":
                titled = self._titled_name_after(t)
                if titled is not None:
                    t, ref = titled
            if ref is not None and ref.type in types and all(r.id != ref.id for _, r in out):
                out.append((t, ref))
            todo.extend(c for c in t.children if c.dep_ == "conj")
            todo.extend(names_glued_before(t))
            todo.extend(names_listed_after_label(t))
            todo.extend(names_listed_after_comma(t))
        return out

    def _titled_name_after(self, place: Token) -> tuple[Token, EntityRef] | None:
        """ "backed Texas Senator Ted Cruz": the parser may make the place the head and the
        titled name its apposition, with no comma between; the person is the one meant (a
        place's own apposition is set off by a comma: "Texas, Cruz's home state")."""
        span = self.index.layout.ent_at(place.i)
        if place.pos_ != "PROPN" or span is not None and span.end != place.i + 1:
            return None
        # or the name hangs beside the place, on the place's own head ("who once backed Texas
        # Senator Ted Cruz", "slammed Vermont Senator Bernie Sanders": the name an adverbial of
        # the verb)
        beside = [c for c in place.head.children if c.dep_ in ("npadvmod", "appos") and c.i > place.i] \
            if place.dep_ in ("dobj", "pobj") and place.head.i != place.i else []
        for c in [*place.children, *beside]:
            if c.dep_ not in ("appos", "npadvmod") or c.pos_ != "PROPN" or c.left_edge.i != place.i + 1:
                continue
            between = self.doc[place.i + 1:c.i]
            if not len(between) or not all(w.is_title or w.is_upper or w.text == "." for w in between):
                return None
            ref = self.ent(c)
            return (c, ref) if ref is not None and ref.type == "person" else None
        return None

    def subjects(self, verb: Token) -> list[tuple[Token, EntityRef]]:
        """The clause's subject and its conjuncts as actors; "both of which" stands for the
        noun the relative clause hangs on."""
        subj = past_dateline(verb, subject_of(verb))
        if subj is not None and subj.lower_ in ("both", "all", "each") and verb.dep_ == "relcl":
            subj = verb.head
        found = self.actors(subj, STATE_ACTORS + ("person",))
        if not found:
            found = self.government_of(subj)
        if not found and subj is not None and subj.lower_ in _PAIR_OF_STATES and any(
                c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet") for c in subj.children):
            # "Peru and Chile signed a treaty. The two neighbours fought a war in 1879": the pair
            # named as one just before (the subject's own token stands in the evidence for both)
            found = [(subj, self.index.at(t)) for t in self.coordinated_pair(subj.i).values()]
        return found

    def government_of(self, noun: Token | None) -> list[tuple[Token, EntityRef]]:
        """[(token, country)] when ``noun`` is a state's government named by its owner or
        modifier ("Mali's military government", "the Venezuelan government", "the Thai
        junta"): a government acts for its state, as readers list its acts; else []."""
        if noun is None or noun.pos_ != "NOUN" or noun.lower_ not in _GOVERNMENTS:
            return []
        for c in noun.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.pos_ in ("PROPN", "ADJ") and c.i < noun.i:
                ref = self.ent(c)
                if ref is not None and ref.type == "country":
                    return [(c, ref)]
        return []

    def coordinated_pair(self, before: int) -> dict[str, Token]:
        """The two countries coordinated as one phrase ("Tehran and Riyadh") in the sentence
        up to token ``before``, else in the one before it; empty unless exactly one such pair
        ("Peru, Chile and Bolivia" are three)."""
        sents = self.index.layout.sent_of
        for sent in (sents[before], sents[before] - 1):
            pairs = []
            for t in self.doc[:before]:
                if sents[t.i] != sent or t.dep_ != "conj" or t.head.i == t.i:
                    continue
                a, b = self.index.at(t.head), self.index.at(t)
                if a is None or b is None or a.type != "country" or b.type != "country" or a.id == b.id:
                    continue
                if t.head.dep_ == "conj" or sum(1 for c in t.head.children if c.dep_ == "conj") != 1 \
                        or any(c.dep_ == "conj" for c in t.children):
                    continue
                pairs.append({a.name: t.head, b.name: t})
            if len(pairs) == 1:
                return pairs[0]
            if pairs:
                return {}
        return {}

    def described_by(self, noun: Token) -> list[Token]:
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
        if base.lower_ in _RELATIVE_SUBJECTS and noun.dep_ == "attr" and noun.head.dep_ == "relcl":
            # "X, who is a longtime ally of Y": the relative pronoun stands for the noun its clause
            # hangs on; "X, the investor who was a backer of Y": for the name that noun describes
            base = noun.head.head
            while base.dep_ == "appos" and base.pos_ == "NOUN":
                base = base.head
        return [base, *[c for c in base.children if c.dep_ == "conj"]]
