"""ADVERSARY_OF and ALLY_OF between politicians, the way political news writes a contest:
rivals and opponents ("her Republican rival Donald Trump", "Clinton's main rival, Bernie
Sanders,", "trounced rivals X and Y"), running against someone ("X, who is running against Y",
"her race against Y", "the race between X and Y"), beating someone ("X defeated Y"), and attacks
in words between two named persons ("X blasted Y", "X took a swipe at Y", "X accused Y of …");
and the campaign support that makes allies ("campaigned for X", "rallied behind X").

Readers of political news list primary and general-election rivals as adversaries and
campaigners for a candidate as allies. Negations, plans and conditions stay out ("may run
against", "refused to campaign for", "if X attacks Y")."""

from __future__ import annotations

from spacy.tokens import Token

from ..entities import PERSON_PRONOUNS
from ..model import EntityRef
from ..speakers import subject_of
from ._context import STATE_ACTORS, Context, asserted
from ._facts import match_set, modifies_noun, told_as_fact
from .ties import coalition_leader

# Nouns of the other side of a contest; "ally"/"enemy" between states are read by ``alliances``.
RIVAL_NOUNS = {"rival", "rivals", "opponent", "opponents", "challenger", "challengers", "foe", "foes",
               "nemesis", "adversary", "adversaries", "competitor", "competitors"}
# Nouns of a contest run by one side against the other: "her race against Trump".
_CONTEST_NOUNS = {"race", "bid", "campaign", "contest", "run", "battle", "fight", "challenge", "primary",
                  "matchup", "showdown", "duel", "runoff", "rematch", "lawsuit", "suit", "complaint", "feud", "spat",
                  "quarrel", "standoff", "battles", "fights", "feuds", "spats", "quarrels", "clashes", "clash",
                  "rivalry", "bout", "lawsuits", "debate", "debates", "election", "faceoff", "face-off", "match",
                  "rift", "rifts", "split"}  # a falling-out: "his rift with X", "the split between X and Y"
# Contests whose other side the parse may hang on the verb: "does better in a match up against X"
_MATCH_NOUNS = {"match", "matchup", "race", "contest", "election", "primary", "runoff", "debate", "showdown"}
# Contests fought "with" the other side: "Cruz's battle with Trump", "her feud with X".
_FIGHT_NOUNS = {"battle", "fight", "showdown", "duel", "rematch", "feud", "spat", "quarrel", "standoff",
                "battles", "fights", "feuds", "spats", "quarrels", "clashes", "clash", "rivalry",
                "debate", "debates", "faceoff", "face-off", "rift", "rifts", "split"}  # "her debate with X": a debate is fought
# Of these, quarrels, which one has with a body or an outlet as with a person ("his feud with
# Fox News"); a race, a debate or a duel is run between persons
_FEUD_NOUNS = {"feud", "feuds", "spat", "spats", "quarrel", "quarrels", "rift", "rifts", "standoff", "rivalry"}
_FEUD_SIDES = ("person", "organization", "media")
# Verbs of running against someone: "X, who is running against Y".
_CONTEST_VERBS = {"run", "campaign", "compete", "square", "face", "go", "vie"}
# Verbs of a contest whose other side comes with "with" as with "against": "X, who is vying
# with Y for the nomination", "competing with Y for votes" (two sides after one prize).
_VIE_VERBS = {"vie", "compete"}
# Verbs of campaign support for someone: "Warren campaigned for Clinton", "rallied behind Trump".
_SUPPORT_VERBS = {"campaign": ("for",), "stump": ("for",), "fundraise": ("for",), "rally": ("behind", "around"),
                  "unite": ("behind", "around"), "coalesce": ("behind", "around")}

# A candidate's campaign acts for the candidate: "the Sanders campaign accused Clinton".
_CAMP_NOUNS = {"campaign", "camp"}

# What one endorses of a candidate: "endorsed the re-election of X", "backed his candidacy".
CANDIDACY = {"candidacy", "bid", "campaign", "nomination", "re", "reelection", "re-election", "election", "ticket"}

# Nouns of one running in a race, said of a rival with "fellow": "fellow candidate X".
_RUNNER_NOUNS = {"candidate", "candidates", "contender", "contenders", "hopeful", "hopefuls"}

# Beating someone as written before "rivals" (past and headline present): the tagger may take
# "trounced rivals X and Y" for "rivals" the verb, "trounced" a modifier of it.
_BEATING_FORMS = {"beat", "beats", "defeated", "defeats", "trounced", "trounces", "routed", "routs", "crushed",
                  "crushes", "edged", "edges", "bested", "bests", "thrashed", "whipped", "clobbered", "vanquished"}

_PEOPLE = ("person",)
_SIDES = STATE_ACTORS + ("person",)

# What a person says or stands for: attacking it hard attacks its owner ("slammed Trump's
# remarks", "bashed his rival's proposal"); only said with a named owner. Mild criticism of a
# stance ("criticized X's plan", "critical of X's stance") is a disagreement on one point, which
# readers do not list as enmity.
_WORDS_NOUNS = {"remarks", "remark", "comments", "comment", "statement", "statements", "words", "rhetoric",
                "tweet", "tweets", "retweet", "retweets", "speech", "speeches", "claims", "claim", "proposal",
                "proposals", "plan", "plans",
                "policy", "policies", "stance", "position", "positions", "views", "agenda", "record",
                "handling", "response", "decision", "approach", "attacks", "attack", "conduct", "candidacy",
                "advice", "message", "warning", "argument", "arguments", "vision", "leadership", "bill", "initiative",
                "call", "calls", "idea", "ideas", "suggestion", "suggestions", "move", "moves", "actions", "behavior",
                "behaviour", "tactics", "accusations", "allegations", "threats", "treatment", "demands", "announcement",
                "announcements",
                # the person's own fitness: "took a whack at X's credentials", "mocked X's temperament"
                "credentials", "qualifications", "character", "integrity", "judgment", "judgement", "temperament",
                "honesty", "competence", "fitness",
                # acts of one side against another: "condemned Russia's annexation of Crimea"
                "annexation", "invasion", "occupation", "aggression", "strikes", "airstrikes", "crackdown",
                "intervention", "meddling", "interference", "incursion", "incursions", "provocation",
                "provocations", "test", "tests", "launch", "sanctions", "blockade", "seizure", "expulsion",
                # what one put out in words: "defended X's description of …"
                "description", "characterization", "characterisation", "portrayal",
                "assertion", "assertions"}
# Efforts against someone: "the bid to stop Trump", "an effort to unseat X".
_EFFORT_NOUNS = {"bid", "effort", "efforts", "campaign", "push", "drive", "movement", "attempt", "plot", "scheme"}
_STOP_VERBS = {"stop", "defeat", "block", "oust", "unseat", "beat", "topple", "deny", "derail", "sink", "thwart"}

# Their past forms, which the tagger now and then reads as adjectives ("also stumped for her").
_SUPPORT_PAST = {"campaigned": "campaign", "stumped": "stump", "fundraised": "fundraise", "rallied": "rally",
                 "united": "unite", "coalesced": "coalesce"}

TRIGGER_WORDS = frozenset(RIVAL_NOUNS | _CONTEST_NOUNS | _EFFORT_NOUNS | set(_SUPPORT_PAST) | {"between", "against"})


def at_token(ctx: Context, tok: Token) -> None:
    """The rivalry and campaign-support rules that start at ``tok``."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low in RIVAL_NOUNS and (tok.pos_ in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod")
                                or any(c.dep_ == "appos" for c in tok.children) or _loose_after_than(tok)):
        owned_rival(ctx, tok)  # "rival Ted Cruz": the tagger takes "rival" for an adjective as often
        rivals_beaten(ctx, tok)
    if low in _RUNNER_NOUNS and tok.pos_ == "NOUN" and any(c.lower_ == "fellow" for c in tok.lefts):
        fellow_runner(ctx, tok)
    if low in ("rivals", "opponents") and tok.pos_ == "VERB":
        rivals_beaten(ctx, tok)
    if low in _CONTEST_NOUNS and tok.pos_ == "NOUN":
        contest_noun(ctx, tok)
    if low in _EFFORT_NOUNS and tok.pos_ == "NOUN":
        effort_to_stop(ctx, tok)
    if tok.pos_ == "ADJ" and _support_lemma(tok) is not None and subject_of(tok) is not None:
        campaign_support(ctx, tok)  # "X and Y also stumped for her": the tagger's adjective
    if tok.pos_ == "VERB":
        if lemma in _CONTEST_VERBS:
            running_against(ctx, tok)
        if lemma in _SUPPORT_VERBS:
            campaign_support(ctx, tok)
        if lemma == "join":
            joined_on_trail(ctx, tok)


def only_person_surnamed(ctx: Context, tok: Token) -> list[tuple[Token, EntityRef]]:
    """[(tok, the person)] when exactly one person of the document bears the surname ``tok``
    writes, else []."""
    people = _people_surnamed(ctx, tok.text)
    return [(tok, r) for r in people] if len(people) == 1 else []


def _people_surnamed(ctx: Context, surname: str) -> list[EntityRef]:
    """Each person of the document whose name ends with ``surname``, once."""
    return list({r.id: r for r in map(ctx.index.ref, ctx.index.clusters)
                 if r.type == "person" and r.name.split()[-1:] == [surname]}.values())


def _owner_split_off(gerund: Token) -> Token | None:
    """The owner of a gerund the parse cut off from it: in "asked about X's calling Y a liar"
    "X" may hang on "about" and "calling" on the clause, yet the "'s" just before the gerund
    says whose act it is."""
    if gerund.i == 0:
        return None
    case = gerund.doc[gerund.i - 1]
    if case.dep_ != "case" or case.lower_ not in ("'s", "\u2019s"):
        return None
    owner = case.head
    return owner if owner.pos_ == "PROPN" and owner.head.i != gerund.i and owner.i < gerund.i else None


def clause_sides(ctx: Context, verb: Token, types: tuple[str, ...] = _SIDES) -> list[tuple[Token, EntityRef]]:
    """Who does what ``verb`` says: its subject and conjuncts; "he"/"she" as a reader takes
    them ("On Tuesday, she endorsed him"); the subject of "X was the first Democrat to endorse Y"."""
    poss = next((c for c in verb.children if c.dep_ == "poss"), None) if verb.tag_ == "VBG" else None
    if poss is None and verb.tag_ == "VBG":
        poss = _owner_split_off(verb)
    if poss is not None:  # "Trump's calling Clinton a bigot": the gerund's owner acts, not the clause's subject
        found = ctx.actors(poss, types) if poss.pos_ == "PROPN" else []
        if not found and poss.lower_ in ("his", "her") and "person" in types:
            ref = ctx.ent(poss, resolve=True)
            found = [(poss, ref)] if ref is not None and ref.type == "person" else []
        return found
    if _asked_of_another(verb):
        return []
    asked = _asked_person(ctx, verb, types)
    if asked:
        return asked
    sides = [a for a in ctx.subjects(verb) if a[1].type in types]
    if sides:
        led = [a for a in _leader_of_friends(ctx, subject_of(verb), types) if all(a[1].id != s[1].id for s in sides)]
        return sides + led
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.dep_ == "relcl" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "X, a union that has broken away from others and endorsed Y": the second verb of the
        # relative clause shares its subject
        return clause_sides(ctx, verb.head, types)
    named = included_sides(ctx, verb, types) or _one_of_those_who(ctx, verb, types)
    if named:
        return named
    subj = subject_of(verb)
    led = [a for a in coalition_leader(ctx, subj) if a[1].type in types]
    if led:  # "the Saudi-led coalition bombed X": the leader's act
        return led
    if subj is not None and subj.dep_ == "appos" and verb.dep_ == "relcl" and subj.pos_ == "NOUN":
        # "Erick Erickson, a radio host who has been critical of Trump": the host is the name
        return [a for a in ctx.actors(subj.head, types) if a[1].type in types]
    if subj is not None and subj.lower_ in _CAMP_NOUNS and subj.pos_ == "NOUN" and "person" in types:
        # "the Sanders campaign accused Clinton of …", "Cruz's campaign attacked Trump": a
        # candidate's campaign speaks and fights for the candidate
        owner = next((c for c in subj.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"), None)
        found = ctx.actors(owner, ("person",)) if owner is not None else []
        if not found and owner is not None:  # "the Ruiz campaign" read as a body of its own: the person named Ruiz
            found = only_person_surnamed(ctx, owner)
        if found:
            return found[:1]
    if subj is not None and subj.lower_ in ("he", "she") and "person" in types:
        ref = ctx.ent(subj, resolve=True)
        return [(subj, ref)] if ref is not None and ref.type == "person" else []
    if subj in (None, verb.head) and verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "attr" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return [a for a in ctx.subjects(verb.head.head) if a[1].type in types]
    return []


def _one_of_those_who(ctx: Context, verb: Token, types: tuple[str, ...]) -> list[tuple[Token, EntityRef]]:
    """ "X was among the senators who endorsed Y", "X is one of the governors who backed Y",
    "X, one of the governors who backed Y,": the relative clause tells what each of the many
    did, so X did it; as a fact when the clause that counts X among them is ("X could be among
    the senators who …": none). (The participants reader puts X among those who met Y:
    ``participants._named_among``.)"""
    subj = subject_of(verb)
    many = verb.head
    if verb.dep_ != "relcl" or subj is None or subj.i != many.i and subj.lower_ not in ("who", "that") \
            or many.dep_ != "pobj" or many.pos_ != "NOUN" or many.tag_ != "NNS":
        return []
    prep = many.head
    if prep.lower_ == "among" and prep.head.lemma_.lower() == "be":
        counted = prep.head
        described = [a for a in ctx.subjects(counted) if a[1].type in types]
    elif prep.lower_ == "of" and prep.head.lower_ == "one" and prep.head.dep_ in ("attr", "appos"):
        counted = prep.head.head if prep.head.dep_ == "attr" else prep.head
        described = [a for t in ctx.described_by(prep.head) for a in ctx.actors(t, types)]
    else:
        return []
    # (an apposition, "X, one of the governors who …", counts X with no clause to hedge it)
    if (prep.lower_ == "among" or prep.head.dep_ == "attr") and not told_as_fact(counted):
        return []
    return described[:1]


# Verbs of asking whose object a "he"/"she" in the question after them stands for: "asked Rubio
# why he attacked Trump" (Rubio, not the one asking, whom the pronoun's resolver may pick).
_QUESTION_VERBS = {"ask", "question", "press", "quiz", "grill"}
_QUESTION_WORDS = {"why", "how", "what", "when", "whether", "if"}


def _asked_person(ctx: Context, verb: Token, types: tuple[str, ...]) -> list[tuple[Token, EntityRef]]:
    """The one asked, when ``verb``'s subject is the "he"/"she" of a question put to them:
    "Baier began by asking Rubio why he decided to attack Trump" → Rubio."""
    subj = subject_of(verb)
    if subj is None or subj.lower_ not in ("he", "she") or "person" not in types:
        return []
    clause = subj.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _QUESTION_VERBS \
            or not any(c.lower_ in _QUESTION_WORDS and c.i < subj.i for c in clause.children):
        return []
    obj = next((c for c in clause.head.children if c.dep_ in ("dobj", "dative")), None)
    asked = ctx.actors(obj, ("person",)) if obj is not None else []
    if len(asked) != 1 or ctx.resolver.gender(asked[0][1]) not in (None, PERSON_PRONOUNS.get(subj.lower_)):
        return []
    return asked


# A side's friends, named with it as one subject: "Peru and its allies, led by Chile, …".
_FRIENDS = {"allies", "backers", "partners"}


def _leader_of_friends(ctx: Context, subj: Token | None, types: tuple[str, ...]) -> list[tuple[Token, EntityRef]]:
    """The one leading a side's friends named with it: "Peru and its allies, led by Chile,
    accused Bolivia" → Chile accuses too (the parse hangs "led by" on either conjunct)."""
    conj = [c for c in subj.children if c.dep_ == "conj"] if subj is not None else []
    if not any(c.lower_ in _FRIENDS and c.pos_ == "NOUN" for c in conj):
        return []
    return [a for t in (subj, *conj) for c in t.children if c.dep_ == "acl" and c.lower_ == "led"
            for by in c.children if by.dep_ == "agent" for g in by.children if g.dep_ == "pobj"
            for a in ctx.actors(g, types)][:1]


def included_sides(ctx: Context, verb: Token, types: tuple[str, ...] = _SIDES) -> list[tuple[Token, EntityRef]]:
    """ "Several Republican leaders, including X, Y and Z, have denounced W": a plural subject
    named by its "including" list; each named one does what the verb says."""
    subj = subject_of(verb)
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ not in ("NNS", "NNPS") or subj.dep_ not in ("nsubj", "nsubjpass"):
        return []
    incl = next((p for p in subj.children if p.dep_ == "prep" and p.lower_ == "including"), None)
    if incl is None or incl.i > verb.i:
        return []
    # the names between "including" and the verb, each once: the parse hangs a list of titled
    # names with their states in brackets ("Sens. X (Ohio), Y (Utah) and Z (Iowa)") any which way
    stop = min([c.i for c in verb.children if c.i > incl.i and c.dep_ in ("aux", "auxpass", "advmod", "neg")] + [verb.i])
    named: list[tuple[Token, EntityRef]] = []
    for t in ctx.doc[incl.i + 1:stop]:
        ref = ctx.ent(t)
        if ref is None or ref.type not in types or t.i > 0 and ctx.doc[t.i - 1].text == "(":
            continue  # "(Ohio)": a senator's state, not one of the list
        root = t
        while root.dep_ == "compound" and root.head.i != root.i:
            root = root.head
        if root.dep_ == "pobj" and root.head.i != incl.i:
            continue  # "students in France": a place of the one listed
        if all(r.id != ref.id for _, r in named):
            named.append((t, ref))
    return named


# Verbs whose object is the one told or asked to do what follows: "when asked to condemn X" is
# the asked one's act, whom a bare participle does not name.
_ASKING_VERBS = {"ask", "urge", "press", "tell", "pressure", "push", "invite", "challenge", "dare", "call"}


def _asked_of_another(verb: Token) -> bool:
    """Whether ``verb`` is what someone unnamed was asked to do: "Republicans were angry when
    asked to condemn X" does not make the Republicans condemn X ("he was asked to …" has
    its own subject and stays read)."""
    t = verb
    for _ in range(3):
        if t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in _ASKING_VERBS and t.tag_ == "VBN" and t.dep_ in ("advcl", "acl") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return True
    return False


def present_forms(lemmas: set[str] | frozenset[str]) -> frozenset[str]:
    """The third-person present of each verb, the tense of headlines: "slam" → "slams",
    "bash" → "bashes", "rally" → "rallies"."""
    out = set()
    for v in lemmas:
        out.add(v[:-1] + "ies" if v.endswith("y") and v[-2:-1] not in "aeiou" else
                v + "es" if v.endswith(("s", "sh", "ch", "x", "z")) else v + "s")
    return frozenset(out)


# Words that make a title line a condition, a question, a denial or a plan
_UNTOLD = {"if", "whether", "unless", "not", "n't", "never", "no", "could", "would", "may", "might", "will",
           "should", "can", "to", "?"}


def headline_sides(ctx: Context, verb: Token, links: tuple[str, ...] = ()
                   ) -> tuple[tuple[Token, EntityRef], tuple[Token, EntityRef]] | None:
    """The two names around a verb in the article's title line, "Trump rips Joe Scarborough",
    "Perry endorses Cruz": headlines drop articles and auxiliaries, and the tagger takes their
    verbs for nouns as often, so the title is read by its names, not its parse. Persons with
    persons, states and bodies with each other; a title runs to the first line break.
    ``links`` are the particles and prepositions the verb needs before the second name
    ("Clinton swipes at Trump", "Trump lashes out at Ryan")."""
    doc, layout = ctx.doc, ctx.index.layout
    if not verb.is_lower:
        # "Palin Endorses Trump On Tuesday": a title in title case, whose names the model
        # misreads; read by the names the article gives its people
        return _title_case_sides(ctx, verb) if verb.is_title and not links else None
    j = verb.i + 1
    while links and j < len(doc) and doc[j].lower_ in links:
        j += 1
    if verb.i == 0 or j >= len(doc) or (links and j == verb.i + 1) or any("\n" in t.text for t in doc[:j]):
        return None
    end = next((t.i for t in doc[j:] if "\n" in t.text), None)
    if end is None or any(t.lower_ in _UNTOLD for t in doc[:end]):
        return None  # a title is followed by its article; "If X attacks Y", "Will X beat Y?" tell no act
    left, right = layout.ent_at(verb.i - 1), layout.ent_at(j)
    if left is None or right is None or left.end != verb.i or right.start != j:
        return None
    if right.label_ == "NORP" or right.end < len(doc) and doc[right.end].is_lower and doc[right.end].pos_ == "NOUN":
        return None  # "China rebuts American criticism": the name modifies what is attacked
    a, b = ctx.ent(left[-1]), ctx.ent(right[-1])
    if a is None or b is None or a.id == b.id or a.type not in _SIDES or b.type not in _SIDES \
            or (a.type == "person") != (b.type == "person"):
        return None
    return (left[-1], a), (right[-1], b)


# What may follow the second name of a title in title case: "Cruz Slams Trump On Trade",
# "Fiorina Endorses Cruz: …" (not "Trump Slams Cruz Campaign Manager X", not "Cruz's")
_AFTER_TITLE_NAME = {".", ":", ",", "!", ";", "\u2014", "-", "and", "on", "over", "for", "in", "at", "after", "as",
                     "with", "amid", "before", "about", "ahead", "again", "by"}


def _title_case_sides(ctx: Context, verb: Token) -> tuple[tuple[Token, EntityRef], tuple[Token, EntityRef]] | None:
    """The two persons of a title in title case, "Carly Fiorina Endorses Ted Cruz": the full
    name of one person of the article right before the verb, and right after it that of
    another (or a surname only one person of the article bears), the line the first of the
    text. A name followed by more of a name or by a noun it modifies is not the one meant."""
    doc = ctx.doc
    end = next((t.i for t in doc if "\n" in t.text), len(doc))
    if verb.i >= end or any(t.lower_ in _UNTOLD for t in doc[:end]):
        return None
    people = {r.id: r for r in map(ctx.index.ref, ctx.index.clusters) if r.type == "person"}

    def named(start: int, stop: int) -> EntityRef | None:
        words = [t.text for t in doc[start:stop]]
        found = [r for r in people.values() if r.name.split() == words]
        return found[0] if len(found) == 1 else None

    left = next(((verb.i - k, r) for k in (3, 2) if verb.i - k >= 0 for r in [named(verb.i - k, verb.i)] if r), None)
    right = next(((verb.i + 1 + k, r) for k in (3, 2) for r in [named(verb.i + 1, verb.i + 1 + k)] if r), None)
    if right is None and verb.i + 1 < end:
        only = only_person_surnamed(ctx, doc[verb.i + 1])
        right = (verb.i + 2, only[0][1]) if only else None
    if left is None or right is None or left[1].id == right[1].id:
        return None
    if right[0] < end and doc[right[0]].lower_ not in _AFTER_TITLE_NAME:
        return None
    return (doc[verb.i - 1], left[1]), (doc[right[0] - 1], right[1])


def quarrel_pairs(ctx: Context, sides: list[tuple[Token, EntityRef]], others: list[tuple[Token, EntityRef]],
                  *toks: Token, conf: float = 0.55) -> None:
    """ADVERSARY_OF from ``sides`` to ``others``, but not between a person and a country: a
    leader who accuses or condemns a state speaks for a state of their own, and readers list
    that quarrel between the two states ("Zelensky accused Russia of …" is Ukraine's)."""
    for a in sides:
        ctx.add_pairs("ADVERSARY_OF", [a], [o for o in others if {a[1].type, o[1].type} != {"person", "country"}],
                      *toks, conf=conf)
        for o in others:
            if {a[1].type, o[1].type} == {"person", "country"}:
                person, country = (a, o) if a[1].type == "person" else (o, a)
                ctx.leader_quarrel(person[1], country[1], ctx.evidence(*sorted({a[0], o[0], *toks}, key=lambda t: t.i)),
                                   conf)


def acting_sides(ctx: Context, verb: Token, types: tuple[str, ...] = _SIDES) -> list[tuple[Token, EntityRef]]:
    """``clause_sides`` read for a person first: "the Ruiz campaign accused X" is Ruiz's act,
    though "the Ruiz campaign" is a body of its own too; else any side of ``types``."""
    return clause_sides(ctx, verb, _PEOPLE) or (clause_sides(ctx, verb, types) if types != _PEOPLE else [])


def object_sides(ctx: Context, obj: Token | None, types: tuple[str, ...] = _SIDES) -> list[tuple[Token, EntityRef]]:
    """The actors an object names: "endorsed Clinton", "endorsed him", "endorsed the
    candidacy of X" / "his re-election bid" (the one running), "attacked the Koch brothers"
    (each brother named, among persons)."""
    if obj is None:
        return []
    named = antecedent(obj)  # "X, whom he attacked": X
    if named is not obj and named.dep_ == "appos" and named.head.pos_ == "PROPN":
        # "X, a preacher whom Y accuses of …": the description stands for the name it follows
        named = named.head
    obj = named
    found = ctx.actors(obj, types)
    if not found and obj.pos_ == "NOUN":
        # "mocked a familiar target: Jeb Bush", "attacked his old friend, X": the name the noun introduces
        found = [a for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN" for a in ctx.actors(c, types)]
    if not found and obj.pos_ == "PRON" and obj.lower_ in ("him", "her") and "person" in types:
        # the most salient person of that gender, as for "she"; else the nearest one
        ref = ctx.resolver.resolve(obj).entity or ctx.ent(obj, resolve=True)
        found = [(obj, ref)] if ref is not None and ref.type == "person" else []
    if not found and obj.lower_ in CANDIDACY:
        nouns = [obj, *[c for c in obj.head.children if c.dep_ == "dobj" and c.i > obj.i]]  # "re - election"
        found = [a for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, ("person",))]
        poss = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        found = found or ctx.actors(poss, ("person",))
    if not found and obj.lower_ in _EFFORT_NOUNS:
        # "backed Voss's effort", "attacked Ruiz's push": the one whose effort it is (a named owner only)
        poss = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        found = ctx.actors(poss, ("person",))
    if not found and "person" in types:
        found = family_members(ctx, obj)  # "attacked the Koch brothers": each brother the article names
    return found


# Nouns of siblings named by their surname: "the Koch brothers", "the Williams sisters"
_SIBLINGS = {"brothers", "sisters", "twins"}


def family_members(ctx: Context, noun: Token) -> list[tuple[Token, EntityRef]]:
    """[(noun, person)] for each person of the document who bears the surname of "the X
    brothers" (or sisters, twins) with a first name: each one the article names is one of them."""
    if noun.lower_ not in _SIBLINGS:
        return []
    surname = next((c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper()), None)
    if surname is None:
        return []
    return [(noun, r) for r in _people_surnamed(ctx, surname.text) if len(r.name.split()) > 1]


def whose_words(ctx: Context, noun: Token | None, types: tuple[str, ...] = _PEOPLE) -> list[tuple[Token, EntityRef]]:
    """The owner of what was said or proposed: "Trump's remarks", "remarks by Trump" → Trump; "his proposal" →
    the man a reader takes "his" for ("Clinton slammed his proposal", after Sanders); "the
    remarks" name no one."""
    if noun is None or noun.lower_ not in _WORDS_NOUNS:
        return []
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        # "denounced suggestions by the front-runners, X and Y, that …", "remarks by X": the
        # one named after "by" said it, as an owner does
        # (the parser may hang the "by" on an active verb whose object the noun is)
        bys = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "by"]
        if not bys and noun.dep_ == "dobj" and any(c.dep_ == "nsubj" for c in noun.head.children):
            bys = [p for p in noun.head.children if p.dep_ == "prep" and p.lower_ == "by" and p.i == noun.i + 1]
        # a description stands only with the names set beside it ("the front-runners, X and Y")
        return [a for p in bys for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, types)
                if a[0].pos_ == "PROPN"]
    if poss.pos_ == "PROPN":
        return ctx.actors(poss, types)
    if poss.lower_ in ("his", "her") and "person" in types:
        # the clause's own subject is read by ``possessor`` when the pronoun fits it; its owner
        # is then no other side and ``add_pairs`` leaves it out
        return [a for a in possessor(ctx, noun) if a[1].type == "person"]
    return []


def governor(noun: Token) -> Token | None:
    """The verb a noun phrase hangs on, through prepositions and appositions."""
    t = noun
    for _ in range(4):
        if t.dep_ in ("appos", "conj", "pobj", "prep", "compound", "dobj", "attr", "dative", "oprd"):
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                return t
        else:
            return t.head if t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") else None
    return None


def possessor(ctx: Context, noun: Token) -> list[tuple[Token, EntityRef]]:
    """Whose rival or race it is: a named possessor ("Clinton's rival"), or for "his"/"her"
    the subject of the clause when the noun is not in it ("Clinton blasted her rival X"),
    else the person a reader takes the pronoun for ("…, while her main rival, X, soared")."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return []
    if poss.lower_ == "whose":  # "Obama, whose criticism of Trump has sharpened": the name the clause describes
        return _relative_owner(ctx, noun)
    if poss.pos_ != "PRON":
        return ctx.actors(poss, _SIDES)
    want = PERSON_PRONOUNS.get(poss.lower_)
    if poss.lower_ in ("its", "their"):
        # "their criticism of X" said of two senators as of two states; "its" of a body only
        types = STATE_ACTORS if poss.lower_ == "its" else _SIDES
        verb = governor(noun)
        return [a for a in ctx.subjects(verb) if a[1].type in types] if verb is not None else []
    if poss.lower_ not in ("his", "her"):
        return []
    verb = governor(noun)
    if verb is not None and not (noun.dep_ in ("nsubj", "nsubjpass") and noun.head is verb):
        subj = [a for a in ctx.subjects(verb) if a[1].type == "person"]
        if subj and subj[0][0].i < noun.i and ctx.resolver.gender(subj[0][1]) in (None, want):
            return subj[:1]
    ref = ctx.resolver.resolve(poss).entity or ctx.ent(poss, resolve=True)
    return [(poss, ref)] if ref is not None and ref.type == "person" else []


def _relative_owner(ctx: Context, noun: Token) -> list[tuple[Token, EntityRef]]:
    """The name a relative clause with "whose" describes: the clause is the first ``relcl``
    above ``noun``, and hangs on the name ("X, whose attacks on Y …")."""
    t = noun
    for _ in range(4):
        if t.head.i == t.i:
            return []
        if t.dep_ == "relcl":
            return ctx.actors(t.head, _SIDES) if t.head.pos_ == "PROPN" else []
        t = t.head
    return []


def _loose_after_than(noun: Token) -> bool:
    """ "won more votes than rivals X and Y": a rival noun right after "than", which the parse
    leaves loose or takes for a verb, the name its object."""
    return noun.i > 0 and noun.doc[noun.i - 1].lower_ == "than" and (noun.dep_ == "dep" or noun.pos_ == "VERB")


def named_by_noun(ctx: Context, noun: Token, types: tuple[str, ...] = _SIDES) -> list[tuple[Token, EntityRef]]:
    """The names a rival noun introduces: in apposition ("her rival, X,"), or the name it
    stands before ("rival Bernie Sanders")."""
    named = [a for c in noun.children if c.dep_ == "appos" for a in ctx.actors(c, types)]
    if not named and noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ == "PROPN":
        name = noun.head
        while ctx.ent(name) is None and name.dep_ == "compound" and name.head.pos_ == "PROPN":
            name = name.head  # "rival Sen. Ted Cruz": the parse may hang the noun on the title
        named = ctx.actors(name, types)
    if not named and _loose_after_than(noun):
        # "more votes than rivals X and Y": the parse may leave the noun loose (or take it for
        # a verb) and hang the name on it as its object
        named = [a for c in noun.children if c.dep_ == "dobj" and c.pos_ == "PROPN" for a in ctx.actors(c, types)]
    if not named and noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "ROOT"):
        # "Baker's opponent Maria Lopez spoke": the parser may split the noun and the name it
        # stands before into two subjects (or objects) of one word, or, the noun left as the
        # sentence's root, make the name the subject of a clause on it; the name starts right after
        if noun.dep_ == "ROOT":
            split = [g for c in noun.children if c.dep_ == "relcl" for g in c.children if g.dep_ == "nsubj"]
        else:
            split = [c for c in noun.head.children if c.dep_ == noun.dep_ and c.i > noun.i]
        name = next((c for c in split if c.pos_ == "PROPN" and c.left_edge.i == noun.i + 1), None)
        named = ctx.actors(name, types) if name is not None else []
    if not named:
        named = _name_set_off_after(ctx, noun, types)
    return named


def _name_set_off_after(ctx: Context, noun: Token, types: tuple[str, ...]) -> list[tuple[Token, EntityRef]]:
    """ "the criticism of his party rival, Senator X of Vermont.": a name set off by a comma
    right after the noun, which the parser hung on the clause instead (not as the subject of
    what follows: "… his rival, X said" is X speaking)."""
    doc = ctx.doc
    comma = noun.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != "," or noun.right_edge.i != noun.i:
        return []
    run = []
    for t in doc[comma + 1:comma + 7]:
        if t.pos_ != "PROPN" and t.text != ".":
            break
        run.append(t)
    names = [t for t in run if t.pos_ == "PROPN"]
    if not names:
        return []
    last = names[-1]
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if last.dep_ in ("nsubj", "nsubjpass", "compound") or after is not None and after.text not in (",", ".", "of", "("):
        return []
    return [a for a in ctx.actors(last, types) if a[1].type == "person"]


def owned_rival(ctx: Context, noun: Token) -> None:
    """ "her Republican rival Donald Trump", "Clinton's main rival, Bernie Sanders,", "Trump's
    rivals, Cruz and Kasich"; "Sanders, Clinton's rival," (the apposition describes the name)."""
    head = noun.head if noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ == "PROPN" else noun
    named = named_by_noun(ctx, noun, _PEOPLE)
    owners = possessor(ctx, head) or name_before(ctx, noun)
    if not named and any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children):
        # "China … threaten its rival Taiwan": "its" is a state's (``possessor``), whose rival is a state
        named = named_by_noun(ctx, noun, STATE_ACTORS)
    bare = not owners and (head is not noun or _loose_after_than(noun)) \
        and not any(c.dep_ in ("poss", "det") for c in head.children)
    if bare:  # "Trump tweeted an image of rival Hillary Clinton": the rival of the one the clause is about
        owners = _acting_person(ctx, head, named)
    if not named and noun.dep_ in ("appos", "attr") and noun.i == head.i:
        named = [a for t in ctx.described_by(noun) for a in ctx.actors(t, _PEOPLE)]
    # the rivalry is the noun's own description, whatever its clause plans: "the forum is
    # expected to host Trump's two rivals, X and Y" (not "his former rival", "no rival of X")
    if not named or not owners or not asserted(noun, steps=1):
        return
    owners = [o for o in owners if all(o[1].id != n[1].id for n in named)]
    # a pronoun's owner or the clause's subject is a reading, not a name: a little less sure
    conf = 0.55 if bare or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children) else 0.65
    ctx.add_pairs("ADVERSARY_OF", owners[:1], named, noun, conf=conf)


def fellow_runner(ctx: Context, noun: Token) -> None:
    """ "X argued that fellow candidate Y …", "X won, forcing fellow presidential candidates Y
    and Z out" → ADVERSARY_OF between the one the clause is about and each runner named: a
    fellow runner runs in the same race, so a rival there (not a fellow Democrat, an ally).
    The clause over a relative clause is about someone else ("as X tried to discuss the
    challenges that fellow candidate Y has faced": X asks, Y runs)."""
    head = noun.head if noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ == "PROPN" else noun
    named = named_by_noun(ctx, noun, _PEOPLE)
    if not named or not asserted(noun, steps=1):
        return
    owners = _acting_person(ctx, head, named)
    if not owners:
        return
    verb = owners[0][0].head
    if any(t.dep_ == "relcl" for t in head.ancestors if t.i != verb.i and verb in t.ancestors):
        return
    ctx.add_pairs("ADVERSARY_OF", owners[:1], named, noun, conf=0.55)


def _acting_person(ctx: Context, name: Token, named: list) -> list[tuple[Token, EntityRef]]:
    """The person a bare "rival X" belongs to: the subject of the nearest clause above the
    name whose subject is someone else ("Sanders said the story on rival Clinton's emails
    has moved" → Sanders). A clause whose subject is no person (a poll, "a woman") ends the
    search: the rival is then of someone the sentence does not name."""
    skip = {r.id for _, r in named}
    t = name
    for _ in range(8):
        if t.head.i == t.i:
            return []
        t = t.head
        if t.pos_ not in ("VERB", "AUX"):
            continue
        subj = subject_of(t)
        if subj is None:
            continue
        found = [a for a in ctx.subjects(t) if a[1].id not in skip]
        if not found and subj.lower_ in ("he", "she"):  # "he has won more votes than rivals X and Y"
            ref = ctx.ent(subj, resolve=True)
            found = [(subj, ref)] if ref is not None and ref.id not in skip else []
        if any(a[1].id in skip for a in ctx.actors(subj, _SIDES)):
            continue  # "rival X said …": X's own clause; the owner is further up
        if not found or found[0][1].type != "person" or not told_as_fact(t):
            return []
        return found[:1]
    return []


def name_before(ctx: Context, noun: Token) -> list[tuple[Token, EntityRef]]:
    """A person named before the noun as its modifier: "a longtime Clinton foe"; also when the
    noun titles the name after it and the parse hangs the person before it on the title
    ("Trump rival Sen. Ted Cruz": "Trump" a compound of "Sen.")."""
    found = [(c, r) for c in noun.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
             for r in [ctx.ent(c)] if r is not None and r.type == "person"]
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if not found and before is not None and noun.dep_ in ("amod", "compound") and noun.head.pos_ == "PROPN" \
            and before.pos_ == "PROPN" and before.dep_ in ("compound", "amod") and noun.i < before.head.i <= noun.head.i:
        named = ctx.ent(noun.head)
        ref = ctx.ent(before)
        people = [(before, ref)] if ref is not None and ref.type == "person" else only_person_surnamed(ctx, before)
        found = [(t, r) for t, r in people if named is None or r.id != named.id]
    return found


def rivals_beaten(ctx: Context, noun: Token) -> None:
    """ "Trump trounced rivals Marco Rubio and Ted Cruz", "Clinton faces opponents X and Y":
    rivals without an owner, object of a verb whose subject is a person, are that person's."""
    if any(c.dep_ == "poss" for c in noun.children):
        return
    if noun.pos_ == "VERB" and noun.dep_ == "dobj":
        # "trounced rivals Sen. X and Sen. Y": the tagger's "rivals/VERB" as a first object, the
        # names as a second object of the same verb right after it, or as the object of "rivals"
        verb = noun.head
        nxt = next((c for c in verb.children if c.dep_ == "dobj" and c.i > noun.i), None)
        if nxt is None:
            nxt = next((c for c in noun.children if c.dep_ == "dobj"), None)
        if nxt is None or nxt.pos_ != "PROPN" or nxt.left_edge.i != noun.i + 1:
            return
        named = ctx.actors(nxt, _PEOPLE)
    elif noun.pos_ == "VERB" and noun.dep_ == "ROOT" and noun.i > 0:
        # "Trump trounced rivals X and Y": the tagger may make "rivals" the sentence's verb and
        # the verb before it a modifier (or a noun); the one who beat them is named just before
        verb = noun.doc[noun.i - 1]
        if verb.lower_ not in _BEATING_FORMS or verb.head.i != noun.i:
            return
        named = [a for c in noun.children if c.dep_ == "dobj" and c.i > noun.i for a in ctx.actors(c, _PEOPLE)]
        sides = [a for c in verb.children if c.dep_ == "nsubj" for a in ctx.actors(c, _PEOPLE)]
        if not sides and verb.i > 0 and verb.nbor(-1).head.i == verb.i and verb.nbor(-1).pos_ == "PROPN":
            sides = ctx.actors(verb.nbor(-1), _PEOPLE)  # "Trump beat/NOUN rivals": the name as its compound
        if named and told_as_fact(noun):
            ctx.add_pairs("ADVERSARY_OF", sides[:1], named, verb)
        return
    elif noun.pos_ == "VERB":  # the tagger's "rivals/VERB" with the names as its object
        if noun.dep_ not in ("ccomp", "xcomp") or any(c.dep_ in ("nsubj", "nsubjpass") for c in noun.children):
            return
        named = [a for c in noun.children if c.dep_ == "dobj" for a in ctx.actors(c, _PEOPLE)]
        verb = noun.head
    else:
        named = named_by_noun(ctx, noun, _PEOPLE)
        top = noun.head if noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ == "PROPN" else noun
        verb = top.head if top.dep_ == "dobj" else None
    if not named or verb is None or verb.pos_ != "VERB" or not told_as_fact(verb):
        return
    # "he trounced rivals X and Y": the pronoun as a reader takes it
    ctx.add_pairs("ADVERSARY_OF", clause_sides(ctx, verb, _PEOPLE)[:1], named, verb)


def against(ctx: Context, tok: Token, preps: tuple[str, ...] = ("against",),
             types: tuple[str, ...] = _PEOPLE) -> list[tuple[Token, EntityRef]]:
    """The actors of ``types`` named by ``tok``'s prepositions ``preps``: "race against X";
    in a relative clause, the noun it describes ("X, with whom he sparred", "X, whom he lit
    into": the preposition left at the end of the clause)."""
    found = [a for p in tok.children if p.dep_ == "prep" and p.lower_ in preps
             for g in p.children if g.dep_ == "pobj" for a in ctx.actors(antecedent(g), types)]
    if not found:  # "went after Scott Walker hours after …": the name glued to the time
        found = [a for p in tok.children if p.dep_ == "prep" and p.lower_ in preps
                 for g in [name_glued_to_time(p)] if g is not None for a in ctx.actors(g, types)]
    if not found and tok.dep_ == "relcl" and any(
            p.dep_ == "prep" and p.lower_ in preps and not any(g.dep_ == "pobj" for g in p.children)
            for p in tok.children) and any(c.lower_ in _RELATIVES for c in tok.children if c.i < tok.i):
        found = ctx.actors(tok.head, types)
    return found


# Spans of time the parse may glue a name before: "slammed Scott Walker hours after …"
_TIME_NOUNS = {"minutes", "hours", "days", "weeks", "months"}


def name_glued_to_time(tok: Token) -> Token | None:
    """The name right after ``tok`` (a verb or a preposition) that the parse took for a
    modifier of a span of time: "Trump went after Scott Walker hours after the governor
    endorsed Cruz" hangs "Walker" on "hours", and "hours" on the later clause or on ``tok`` as
    its object."""
    doc = tok.doc
    name = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if name is None or name.pos_ != "PROPN":
        return None
    while name.dep_ == "compound" and name.head.pos_ == "PROPN" and name.head.i > name.i:
        name = name.head
    time = name.head
    if name.dep_ != "compound" or time.lower_ not in _TIME_NOUNS or time.i != name.i + 1:
        return None
    # the span hung on the later clause, or taken for the object itself ("after/prep hours/pobj")
    return name if time.dep_ == "npadvmod" or time.head.i == tok.i else None


# Relative pronouns that stand for the noun their clause describes.
_RELATIVES = {"whom", "who"}  # "which" stands for things more often than for bodies ("NAFTA, which he called a disaster")


def antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("X, with whom he sparred" → X); else ``tok``."""
    if tok.lower_ not in _RELATIVES:
        return tok
    t = tok
    for _ in range(3):
        t = t.head
        if t.dep_ == "relcl":
            return t.head
    return tok


# Verbs whose subject is the one a challenge is brought against: "faces a challenge from Y"
_FACING_VERBS = {"face", "survive", "fend", "beat", "turn", "repel", "overcome", "weather"}


def contest_noun(ctx: Context, noun: Token) -> None:
    """ "her race against Trump", "Sanders' bid against Clinton", "his primary challenge
    against X" → ADVERSARY_OF between the one running and the one run against; "the race
    between Trump and Clinton" → between the two."""
    if not told_as_fact(noun, steps=2):
        return
    between = against(ctx, noun, ("between",))
    if 2 <= len(between) <= 5 and noun.lower_ not in ("bid", "campaign", "run", "challenge"):
        # "the battle between Rubio and Christie, Kasich and Bush": the first against each other
        ctx.add_pairs("ADVERSARY_OF", between[:1], between[1:], noun, conf=0.6)
        return
    # "Cruz's battle with Trump", "her fight with X": a fight is with the other side; a
    # race or a bid "with" someone is shared with them ("his run with Pence")
    preps = ("against", "with") if noun.lower_ in _FIGHT_NOUNS else ("against",)
    if noun.lower_ == "challenge":
        preps = ("against", "to")  # "her 2014 primary challenge to Gov. X"
    targets = against(ctx, noun, preps)
    if not targets and noun.lower_ in _FEUD_NOUNS:
        # "his feud with Fox News", "the senator's rift with the party": a quarrel is had with
        # a body or an outlet as with a person
        targets = against(ctx, noun, ("with",), _FEUD_SIDES)
    if not targets and noun.lower_ in ("lawsuit", "suit", "complaint") and noun.dep_ == "dobj":
        targets = against(ctx, noun.head)  # "filed a lawsuit against X": the parse hangs it on the verb
    if not targets and noun.lower_ in ("challenge", "challenges") and noun.dep_ == "dobj" \
            and noun.head.lemma_.lower() in _FACING_VERBS:
        # "X faces a primary challenge from Y", "X survived a challenge from Y": the one
        # challenged is the verb's subject, the challenger named after "from"
        challengers = against(ctx, noun, ("from",))
        if challengers and match_set(noun.head):
            ctx.add_pairs("ADVERSARY_OF", clause_sides(ctx, noun.head, _PEOPLE)[:1], challengers, noun)
        return
    if not targets and noun.lower_ in _MATCH_NOUNS and noun.dep_ in ("dobj", "pobj"):
        verb = governor(noun)  # "X does better in a match up against Y": "against" on the verb, after the noun
        targets = [a for a in (against(ctx, verb) if verb is not None else []) if a[0].i > noun.i]
    if not targets:
        return
    owners = possessor(ctx, noun)
    if not owners:
        owners = name_before(ctx, noun)
    if not owners and noun.dep_ in ("dobj", "pobj"):  # "Sanders is waging a campaign against Clinton"
        verb = governor(noun)  # "he is still in the race against Clinton": "he" as a reader takes him
        owners = clause_sides(ctx, verb, _PEOPLE) if verb is not None else []
    ctx.add_pairs("ADVERSARY_OF", owners[:1], targets, noun)


def running_against(ctx: Context, verb: Token) -> None:
    """ "X, who is running against Y", "Sanders campaigns against Clinton", "X will face off
    against Y" (a race already set: ``match_set``; not "plans to run against Y")."""
    lemma = verb.lemma_.lower()
    if lemma in ("square", "face", "go") and not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return  # "square off against", "face off against"; "go against the grain" is none
    # "face off with X" is a contest as "face off against X" is; "ran with X" shares a ticket
    preps = ("against", "with") if lemma in ("square", "face") or lemma in _VIE_VERBS else ("against",)
    targets = against(ctx, verb, preps)
    if not match_set(verb):
        return
    sides = clause_sides(ctx, verb, _PEOPLE)  # "as he campaigns against Clinton": "he" as a reader takes him
    if not sides and lemma in _VIE_VERBS:
        # "India competes with China for influence in Nepal": two states after one prize are
        # rivals as two candidates are (states only: firms compete in a market, no enmity)
        ctx.add_pairs("ADVERSARY_OF", clause_sides(ctx, verb, ("country",))[:1],
                      against(ctx, verb, preps, ("country",)), verb)
        return
    if not targets and lemma in _VIE_VERBS and len(sides) == 2 and \
            any(p.dep_ == "prep" and p.lower_ == "for" for p in verb.children):
        # "X and Y are vying for the nomination": the two subjects are each other's rivals
        ctx.add_pairs("ADVERSARY_OF", sides[:1], sides[1:], verb)
        return
    ctx.add_pairs("ADVERSARY_OF", sides[:1], targets, verb)


def campaign_support(ctx: Context, verb: Token) -> None:
    """ "Warren campaigned for Clinton in Ohio", "Republicans rallied behind Trump" → ALLY_OF;
    "Both her husband, X, and her daughter, Y, stumped for her": each one named campaigns."""
    preps = _SUPPORT_VERBS[verb.lemma_.lower() if verb.pos_ == "VERB" else _support_lemma(verb)]
    others = against(ctx, verb, preps)
    if not others:
        # "her husband stumped for her": the one "him"/"her" stands for, as for "endorsed her"
        others = [a for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
                  for g in p.children if g.dep_ == "pobj" and g.pos_ == "PRON" for a in object_sides(ctx, g, _PEOPLE)]
    if not others or modifies_noun(verb) or not told_as_fact(verb):
        return
    sides = clause_sides(ctx, verb)
    ctx.add_pairs("ALLY_OF", sides, others, verb, conf=0.65)


def _support_lemma(tok: Token) -> str | None:
    """The support verb a past form the tagger read as an adjective is ("also stumped for
    her" as JJ), when it governs the verb's own preposition; else None."""
    if tok.tag_ != "JJ" or tok.lower_ not in _SUPPORT_PAST:
        return None
    lemma = _SUPPORT_PAST[tok.lower_]
    if not any(c.dep_ == "prep" and c.lower_ in _SUPPORT_VERBS[lemma] for c in tok.children):
        return None
    return lemma


# Where joining a candidate is campaigning for them: "on the campaign trail", "at a rally"
_TRAIL_NOUNS = {"on": {"trail", "stump"}, "at": {"rally", "rallies", "fundraiser"}}


def joined_on_trail(ctx: Context, verb: Token) -> None:
    """ "Warren joined Clinton on the campaign trail", "X joined Y at a rally in Ohio" → ALLY_OF
    between two persons; "joined X at the debate" or "joined Y on the show" stay out."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    where = any(g.lower_ in _TRAIL_NOUNS[p.lower_] for p in verb.children
                if p.dep_ == "prep" and p.lower_ in _TRAIL_NOUNS for g in p.children if g.dep_ == "pobj")
    if obj is None or not where or modifies_noun(verb) or not told_as_fact(verb):
        return
    others = [a for a in object_sides(ctx, obj, _PEOPLE) if a[0].pos_ == "PROPN"]
    ctx.add_pairs("ALLY_OF", clause_sides(ctx, verb, _PEOPLE)[:1], others, verb, conf=0.6)


def effort_to_stop(ctx: Context, noun: Token) -> None:
    """ "Cruz's bid to stop Trump", "Romney led an effort to defeat Trump" → ADVERSARY_OF
    between the one making the effort and its target."""
    stop = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _STOP_VERBS
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if stop is None:
        return
    targets = object_sides(ctx, next((c for c in stop.children if c.dep_ == "dobj"), None), _PEOPLE)
    owners = possessor(ctx, noun)
    if not owners and noun.dep_ in ("dobj", "pobj", "attr"):  # "Romney led an effort to defeat Trump"
        verb = governor(noun)
        owners = clause_sides(ctx, verb, _SIDES) if verb is not None else []
        if verb is not None and not told_as_fact(verb):
            return
    ctx.add_pairs("ADVERSARY_OF", owners[:1], targets, noun, conf=0.6)


