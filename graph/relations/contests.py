"""ADVERSARY_OF from the standing of a contest: who leads, trails or beat whom. Election news
tells a race as much by its standings as by the word "rival": "X holds a narrow lead over Y",
"X trails Y by six points", "X is ahead of Y among older voters", "X tops Y 41-40", "X's
victory over Y", or by shares of one poll ("43 percent support X, and 42 percent support Y"). Readers list the two as rivals in that race.

Standings are read between persons only (a party's or a state's "lead over" is a ranking of
economies or seats as often as a contest between sides); a victory or win over a state or an
organisation is a defeat in a conflict as well, so those take any side. Hypothetical standings
stay out ("a victory over Y could ratify", "if X overtakes Y", "X would beat Y"), but for a
poll's head-to-head, which is a standing measured now ("X would beat Y 46 to 40 percent in a
general election match-up").

A race is also told by who runs in it: "Republican presidential nominee X" and "Democratic
presidential candidate Y" in one article are rivals in that race (``candidates``), as a reader
infers without a word of rivalry."""

from __future__ import annotations

from spacy.tokens import Token

from .. import gazetteer
from ..entities.mentions import FIGURE_UNITS
from ..model import EntityRef, Relation
from ._context import STATE_ACTORS, Context
from ._facts import modifies_noun, told_as_fact
from .seats import us_state as seats_state
from .rivals import governor, name_before, possessor, clause_sides

_PEOPLE = ("person",)
_SIDES = STATE_ACTORS + ("person",)

# Nouns of a standing over the other side, said with "over": "her lead over Y", "a win over Y".
_STANDING_NOUNS = {"lead", "edge", "advantage"}
_WIN_NOUNS = {"victory", "victories", "win", "wins", "triumph", "landslide", "upset"}
# (built once: at_token tests it at every noun)
_STANDING_OR_WIN_NOUNS = _STANDING_NOUNS | _WIN_NOUNS
# Verbs of a standing with the other side as object: "X trails Y", "X tops Y in Ohio".
_STANDING_VERBS = {"trail", "lead", "top", "outpace", "overtake", "outrun", "lag"}  # not "surpass": records, not races
# "led the delegation to Paris", "led them into the hall": a path, not a standing
_PATH_PREPS = {"to", "into", "onto", "through", "out", "across", "toward", "towards", "in"}

# (the sieve passes every noun and verb already: only "ahead" and "behind" need naming)
TRIGGER_WORDS = frozenset({"ahead", "behind", "within"})


def at_token(ctx: Context, tok: Token) -> None:
    """The contest-standing rules that start at ``tok``."""
    low = tok.lower_
    if tok.pos_ == "NOUN" and low in _STANDING_OR_WIN_NOUNS:
        standing_over(ctx, tok)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _STANDING_VERBS:
        standing_verb(ctx, tok)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _MATCHUP_VERBS:
        matchup_standing(ctx, tok)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _SHARE_VERBS:
        share_to_share(ctx, tok)
    if low == "ahead":
        ahead_of(ctx, tok)
    if low == "behind" and tok.dep_ == "prep":
        behind(ctx, tok)
    if low == "within" and tok.dep_ == "prep":
        within_points(ctx, tok)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in ("lose", "concede"):
        lost_to(ctx, tok)
    if tok.pos_ == "NOUN" and low in _PLURAL_RUNNERS:
        listed_runners(ctx, tok)
    if low in _SHARE_UNITS:
        shares_apart(ctx, tok)
    if tok.pos_ == "NOUN" and low in _ALTERNATIVES:
        alternative_to(ctx, tok)


def _over(ctx: Context, tok: Token, types: tuple[str, ...]) -> list[tuple[Token, EntityRef]]:
    return [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "over"
            for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, types)]


def _holders(ctx: Context, noun: Token, types: tuple[str, ...]) -> list[tuple[Token, EntityRef]]:
    """Who holds a lead or won: the possessor ("Clinton's lead", "her lead"), a name before
    the noun ("a Clinton victory"), a name the noun hangs on ("Clinton with a small lead"), or
    the subject of the verb it is the object of ("X holds a lead", "X won a victory")."""
    found = possessor(ctx, noun) or name_before(ctx, noun)
    if found:
        return [a for a in found if a[1].type in types]
    if noun.dep_ == "pobj" and noun.head.lower_ == "with":
        # "a poll finds Clinton with only a small lead over Sanders": the name the lead goes with
        held = noun.head.head
        if held.pos_ in ("VERB", "AUX"):
            held = next((c for c in held.children if c.dep_ == "dobj"), None)
        return ctx.actors(held, types) if held is not None and held.pos_ == "PROPN" else []
    if noun.dep_ in ("dobj", "attr", "pobj"):
        verb = governor(noun)
        if verb is not None and told_as_fact(verb):
            return [a for a in ctx.subjects(verb) if a[1].type in types]
    return []


def standing_over(ctx: Context, noun: Token) -> None:
    """ "X holds a narrow lead over Y", "X's victory over Y in Ohio", "X won a landslide
    victory over Y" → ADVERSARY_OF between X and Y."""
    types = _SIDES if noun.lower_ in _WIN_NOUNS else _PEOPLE
    others = _over(ctx, noun, types)
    if not others or not told_as_fact(noun, steps=2):
        return
    holders = _holders(ctx, noun, types)
    ctx.add_pairs("ADVERSARY_OF", holders[:1], others, noun, conf=0.6)


def _is_path(ctx: Context, verb: Token) -> bool:
    """ "led the group to the stage": the object is taken somewhere, not outrun; "to" before a
    figure is a score ("leads Y 48 percent to 41 percent")."""
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ in _PATH_PREPS:
            objs = [g for g in p.children if g.dep_ == "pobj"]
            if p.lower_ == "in" and not any(ctx.ent(g) is not None and ctx.ent(g).type in _SIDES for g in objs):
                continue  # "trails Y in the polls", "in Ohio": where, not whither
            if p.lower_ == "to" and any(g.like_num or g.ent_type_ in ("PERCENT", "CARDINAL") for g in objs):
                continue
            return True
    # "led the group to believe …" takes the object along; "trailed Y going into the convention"
    # only says when
    return any(c.dep_ in ("xcomp", "ccomp") and not (c.tag_ == "VBG" and c.lemma_.lower() in _WHEN_GOING)
               for c in verb.children)


# Gerunds of a stretch of time a standing is told at: "trailed Y going into the convention".
_WHEN_GOING = {"go", "head"}


def standing_verb(ctx: Context, verb: Token) -> None:
    """ "X trails Y by six points", "Rubio tops Clinton 41-40", "X leads Y among women" →
    ADVERSARY_OF between two persons; "lags behind Y" takes the object of "behind"."""
    if modifies_noun(verb) or not told_as_fact(verb):
        return
    if verb.lemma_.lower() == "lag":
        others = [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "behind"
                  for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, _PEOPLE)]
    else:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            # "trailed Y going into the convention": the parse may make Y the gerund's subject
            obj = next((g for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBG"
                        and c.lemma_.lower() in _WHEN_GOING for g in c.children if g.dep_ == "nsubj"), None)
        if obj is not None and obj.lower_ in FIGURE_UNITS:
            # "Clinton led Trump 47 percent to 39": the parse hangs the other side on the figure
            obj = next((c for c in obj.children if c.dep_ in ("compound", "nmod") and c.i < obj.i
                        and not c.like_num), obj)
        others = ctx.actors(obj, _PEOPLE) if obj is not None else []
        if others and _is_path(ctx, verb):
            return
    if others:
        ctx.add_pairs("ADVERSARY_OF", clause_sides(ctx, verb, _PEOPLE)[:1], others, verb, conf=0.6)


# Verbs of a poll's head-to-head standing said with "would": "X would beat Y in a match-up".
_MATCHUP_VERBS = {"beat", "defeat", "lead", "top", "trail", "edge"}
# Words that make a sentence a poll's head-to-head (the tokenizer splits "match-up" and
# "head-to-head", so they are looked for in its text)
_MATCHUP_WORDS = ("matchup", "match-up", "match up", "head-to-head", "hypothetical")


def matchup_standing(ctx: Context, verb: Token) -> None:
    """ "X would beat Y 46 to 40 percent in a general election match-up", "in hypothetical
    match-ups, X would beat Y and Z" → ADVERSARY_OF between persons: a poll that sets two
    runners head to head measures their standing now, though the vote it asks about is to
    come; a forecast with no figures and no match-up stays out ("X would easily beat Y, the
    poll suggests"), as do "could", "if" and negations."""
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d") for c in verb.children):
        return  # told as a fact: ``standing_verb`` and ``criticism`` read it
    if modifies_noun(verb) or not told_as_fact(verb, predictions=True):
        return
    sent = verb.sent.text.lower()
    scored = any(t.lower_ in FIGURE_UNITS and any(c.like_num for c in t.children) for t in verb.subtree)
    if not scored and not any(w in sent for w in _MATCHUP_WORDS):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lower_ in FIGURE_UNITS:
        # "X would lead Y 47 percent to 39": the parse hangs the other side on the figure
        obj = next((c for c in obj.children if c.dep_ in ("compound", "nmod") and c.i < obj.i
                    and not c.like_num), obj)
    others = ctx.actors(obj, _PEOPLE) if obj is not None else []
    if others:
        ctx.add_pairs("ADVERSARY_OF", clause_sides(ctx, verb, _PEOPLE)[:1], others, verb, conf=0.5)


# Verbs a share of the vote is won with: "X took 57 percent of the vote to Y's 43 percent"
_SHARE_VERBS = {"take", "win", "get", "receive", "capture", "garner", "draw", "earn", "poll", "collect"}


def share_to_share(ctx: Context, verb: Token) -> None:
    """ "X took 57 percent of the vote to Y's 43 percent", "X won 52 percent to Y's 45
    percent" → ADVERSARY_OF between two persons: a result told as one share set against the
    other's is a race between them. Both figures must be there (the verb's object and the
    one owned after "to"), and the result a fact ("could win 52 percent to Y's 45": none)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in FIGURE_UNITS or not any(c.like_num for c in obj.children):
        return
    shares = [g for p in (*verb.children, *obj.children) if p.dep_ == "prep" and p.lower_ == "to"
              for g in p.children if g.dep_ == "pobj" and g.lower_ in FIGURE_UNITS]
    owners = [c for g in shares for c in g.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    others = [a for c in owners for a in ctx.actors(c, _PEOPLE)]
    if not others or modifies_noun(verb) or not told_as_fact(verb):
        return
    ctx.add_pairs("ADVERSARY_OF", clause_sides(ctx, verb, _PEOPLE)[:1], others[:1], verb, owners[0], conf=0.6)


# Units of a share of the vote or of a poll (not "points": a margin, or a lead, is one figure).
_SHARE_UNITS = {"percent", "%", "pct"}
# Verbs whose subject is the share and whose object the one it goes to: "43 percent support X".
_SHARE_FOR_VERBS = {"support", "back", "favor", "favour", "prefer", "choose", "pick", "opt", "vote", "go", "say"}
# Nouns a share of the vote may be said with: "with 36 percent support".
_SHARE_NOUNS = {"support", "backing", "vote", "votes"}
# Prepositions that hang a share on the one who holds it: "X is at 20 percent", "X with 47 percent".
_SHARE_PREPS = {"at", "on", "with"}


def _is_share(fig: Token) -> bool:
    """Whether ``fig`` is a unit with its number: "43 percent", "45 %"."""
    return any(c.like_num for c in fig.children) or (fig.i > 0 and fig.doc[fig.i - 1].like_num)


def _share_holder(ctx: Context, fig: Token) -> list[tuple[Token, EntityRef]]:
    """The person a share of a poll or a vote goes to, as a clause says it: the subject it is
    had by ("X has 45 percent", "who has 44 percent", "X is at 20 percent", "X leads with 36
    percent"), the one it is for ("12 percent for X"), the one it supports ("43 percent support
    X", "66 percent opted for X"), or the name it is set with ("shows X with 47 percent")."""
    own = [a for p in fig.children if p.dep_ == "prep" and p.lower_ == "for"
           for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, _PEOPLE)]
    if own:
        return own[:1]
    head, dep = fig.head, fig.dep_
    while dep == "compound" and head.pos_ in ("NOUN", "PROPN") and head.i != head.head.i:
        if head.pos_ == "PROPN":  # "42 percent support Tom Baker" parsed as one noun phrase
            return ctx.actors(head, _PEOPLE)[:1]
        if head.lower_ not in _SHARE_NOUNS:
            return []  # "a 45 percent approval rating", "a 5 percent tax": a share of something else
        named = [a for c in head.children if c.dep_ in ("appos", "dobj") for a in ctx.actors(c, _PEOPLE)]
        if named:  # "42% support/NOUN Sen. X/appos": the verb misread as a noun
            return named[:1]
        head, dep = head.head, head.dep_
    if dep == "pobj" and head.lower_ in _SHARE_PREPS:
        dep, head = "dobj", head.head
        if head.pos_ == "PROPN":  # "Lopez with 47 percent"
            return ctx.actors(head, _PEOPLE)[:1]
    if head.pos_ not in ("VERB", "AUX") or not told_as_fact(head):
        return []
    if dep in ("dobj", "attr", "npadvmod"):
        found = clause_sides(ctx, head, _PEOPLE)
        if not found and head.lower_ != "be":
            # "shows X with 47 percent": the verb's object holds the share it is set with
            obj = next((c for c in head.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
            found = ctx.actors(obj, _PEOPLE) if obj is not None else []
        return found[:1]
    # (the parse may hang the subject share on its verb as a compound: "42% support X")
    if dep in ("nsubj", "compound") and head.lemma_.lower() in _SHARE_FOR_VERBS:
        objs = [c for c in head.children if c.dep_ == "dobj"]
        objs += [g for p in head.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
        return [a for o in objs for a in ctx.actors(o, _PEOPLE)][:1]
    return []


def shares_apart(ctx: Context, fig: Token) -> None:
    """ "43 percent of voters support X, and 42 percent support Y", "X has 45 percent, while Y
    has 44 percent", "66 percent opted for X, compared with 12 percent for Y", "the poll shows
    X with 47 percent versus Y, who has 44 percent" → ADVERSARY_OF between X and Y: one
    sentence giving two persons each a share of a poll or a vote sets them in one race. Read
    once a sentence, from its first share; a field of more than a few is a list, not a race."""
    sent = fig.sent
    figs = [t for t in sent if t.lower_ in _SHARE_UNITS and _is_share(t)]
    if not figs or figs[0].i != fig.i or len(figs) < 2:
        return
    held: list[tuple[Token, Token, EntityRef]] = []
    for f in figs:
        for name, ref in _share_holder(ctx, f):
            if all(ref.id != r.id for _, _, r in held):
                held.append((f, name, ref))
    if not 2 <= len(held) <= _MAX_FIELD:
        return
    for k, (fa, ta, a) in enumerate(held):
        for fb, tb, b in held[k + 1:]:
            ctx.add(a, "ADVERSARY_OF", b, ctx.evidence(ta, fa, tb, fb), 0.55)


def ahead_of(ctx: Context, ahead: Token) -> None:
    """ "X is ahead of Y among older voters", "X finished ahead of Y" → ADVERSARY_OF between
    two persons (not "ahead of the talks": no person named)."""
    others = [a for p in ahead.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, _PEOPLE)]
    verb = ahead.head
    if not others or verb.pos_ not in ("VERB", "AUX") or ahead.dep_ not in ("advmod", "acomp", "prep"):
        return
    if not told_as_fact(verb):
        return
    # a standing, not an order of events: "is ahead of", "finished ahead of", "polls ahead of";
    # not "spoke ahead of Y at the rally", "arrived ahead of Y"
    if verb.lemma_.lower() not in _STANDING_AHEAD and not any(
            t.lower_ in _POLL_WORDS for t in verb.subtree):
        return
    ctx.add_pairs("ADVERSARY_OF", clause_sides(ctx, verb, _PEOPLE)[:1], others, ahead, conf=0.6)


def behind(ctx: Context, prep: Token) -> None:
    """ "She is behind Y in a number of polls", "X trailed behind Y among women": the other
    side of "ahead of", in a standing (a poll's words in the clause), never in space or time
    ("stood behind Y at the rally", "behind closed doors")."""
    others = [a for g in prep.children if g.dep_ == "pobj" for a in ctx.actors(g, _PEOPLE)]
    verb = prep.head
    if not others or verb.pos_ not in ("VERB", "AUX") or not told_as_fact(verb):
        return
    # a poll's words, not a vote's: "firmly behind Y in the vote on the budget" is support
    if verb.lemma_.lower() not in _STANDING_OR_TRAILING or not any(
            t.lower_ in _POLL_ONLY for t in verb.subtree):
        return
    ctx.add_pairs("ADVERSARY_OF", clause_sides(ctx, verb, _PEOPLE)[:1], others, prep, conf=0.6)


# What a standing "within" counts: "within 5 points of Y", "within 40 delegates of Y"
_MARGIN_UNITS = {"point", "points", "percent", "vote", "votes", "delegates"}
# Verbs a poll shows a standing with: "polls show X within two points of Y"
_SHOWING_VERBS = {"show", "put", "find", "have", "place"}
# Verbs of getting close: "X pulled within 5 points of Y", "X closed to within …"
_CLOSING_VERBS = {"pull", "come", "move", "get", "draw", "creep", "climb", "close", "narrow", "cut", "be", "stay",
                  "remain", "run", "poll", "finish"}


def within_points(ctx: Context, prep: Token) -> None:
    """ "X pulled within 5 points of Y", "polls show X within two points of Y", "X came within
    40 delegates of Y" → ADVERSARY_OF between two persons: a margin between them in one race
    (not "within two weeks of the vote": no person; not "could pull within …": no fact)."""
    margins = [g for g in prep.children if g.dep_ == "pobj" and g.lower_ in _MARGIN_UNITS]
    others = [a for m in margins for p in m.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN" for a in ctx.actors(g, _PEOPLE)]
    head = prep.head
    if not others:
        return
    if head.pos_ == "PROPN":  # "Sanders within two points of Clinton", the parse hanging it on the name
        verb, near = governor(head), ctx.actors(head, _PEOPLE)
    elif head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _SHOWING_VERBS:
        verb = head
        near = [a for c in head.children if c.dep_ == "dobj" and c.pos_ == "PROPN" for a in ctx.actors(c, _PEOPLE)]
    elif head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _CLOSING_VERBS:
        verb = head
        near = clause_sides(ctx, head, _PEOPLE)
        if not near and head.dep_ in ("advcl", "xcomp") and head.head.pos_ == "VERB":
            near = clause_sides(ctx, head.head, _PEOPLE)  # "X is closing the gap to pull within …"
    else:
        return
    if verb is None or not near or not told_as_fact(verb):
        return
    ctx.add_pairs("ADVERSARY_OF", near[:1], others, prep, conf=0.55)


# Verbs of a place in a race that "ahead of" follows, and words that make a clause a poll's.
_STANDING_AHEAD = {"be", "finish", "poll", "run", "stay", "remain", "pull", "move", "edge", "come", "place"}
_STANDING_OR_TRAILING = _STANDING_AHEAD | {"trail", "lag", "fall"}  # "trailed behind X"
_POLL_WORDS = {"poll", "polls", "polling", "points", "percent", "vote", "votes", "voters", "delegates", "survey"}
_POLL_ONLY = {"poll", "polls", "polling", "points", "percent", "survey", "surveys"}

# Nouns of running for an office ("presidential nominee", "Senate candidate", "GOP front-runner").
_CANDIDACY = {"candidate", "candidates", "nominee", "nominees", "front-runner", "frontrunner", "hopeful",
              "hopefuls", "contender", "contenders", "challenger", "challengers"}
# Words that make the post another than running: a running mate is on one's own side.
_NOT_RUNNING = {"vice", "former", "running", "mate", "spokesman", "spokeswoman", "adviser", "aide", "manager",
                "staff", "staffer", "strategist", "surrogate"}
# Posts one is named to, not elected to: their "nominee" runs in no race.
_NOT_A_RACE = {"court", "cabinet", "judicial", "judge", "ambassador", "secretary", "attorney", "justice", "fed"}
# Runners whose race, unsaid, is the presidential one in news ("the GOP front-runner").
_PRESIDENTIAL_BY_DEFAULT = {"front-runner", "frontrunner", "hopeful", "hopefuls", "nominee", "nominees"}
# Runners in a party's own race, its primary: "the Republican front-runner" and "the Democratic
# front-runner" lead two races, not one (a reader lists them as rivals once they are nominees).
_PRIMARY_RUNNERS = {"front-runner", "frontrunner", "hopeful", "hopefuls"}
# Words that say which race: "presidential nominee", "Senate candidate".
_RACES = {"presidential", "senate", "senatorial", "gubernatorial", "mayoral", "house", "congressional",
          "parliamentary", "leadership", "vice-presidential"}
# Beyond this many runners in one race an article lists a field, and a reader names no pairs.
_MAX_FIELD = 4


def candidates(ctx: Context) -> None:
    """Those an article titles as running in one race are rivals there: the race is what the
    candidacy's words say ("presidential", "Senate") with its place ("Ohio"); a plain
    "front-runner" or "nominee" is taken for the presidential race, a plain "candidate" for the
    article's one race when it has one."""
    runners: dict[str, list[Relation]] = {}
    bare: list[Relation] = []
    for r in ctx.out:
        # the tokenizer splits "front-runner", and the role is written from its tokens: "front runner"
        words = (r.role or "").lower().replace("front runner", "front-runner").split()
        if r.predicate != "ROLE" or not words or words[-1] not in _CANDIDACY or set(words) & _NOT_RUNNING:
            continue
        # the race from the words said with the title ("Senate" may be read as an entity there)
        said = [w.strip(".,'’") for w in r.evidence.text.split()]
        lowered = {w.lower() for w in said}
        if lowered & _NOT_A_RACE:
            continue  # "Supreme Court nominee", "cabinet nominee": chosen for a post, not running
        race = " ".join(sorted(lowered & _RACES))
        # the place the race is in: "Ohio Senate candidate" and "Pennsylvania Senate candidate" run
        # apart (a state's name as written, not a postal code: "in", "or", "me" are words)
        where = [w for w in said if gazetteer.is_place(w) or seats_state(w) == w]
        if not race and not where and words[-1] not in _PRESIDENTIAL_BY_DEFAULT:
            bare.append(r)  # "Democrat candidate X": which race, the article's other runners say
            continue
        race = " ".join([*sorted(w.lower() for w in where), race or "presidential"])
        field = runners.setdefault(race, [])
        if all(f.subject != r.subject for f in field):
            field.append(r)
    if len(runners) == 1:  # one race in the article: a bare candidacy is in it
        field = next(iter(runners.values()))
        field += [r for r in bare if all(f.subject != r.subject for f in field)]
    allied = {frozenset((r.subject, r.object)) for r in ctx.out if r.predicate == "ALLY_OF"}
    for field in runners.values():
        people = [(r, ref) for r in field for ref in [ctx.ref_by_id(r.subject)] if ref is not None and ref.type == "person"]
        if not 2 <= len(people) <= _MAX_FIELD:
            continue
        for k, (ra, a) in enumerate(people):
            for rb, b in people[k + 1:]:
                if frozenset((a.id, b.id)) in allied or _primaries_apart(ra, rb):
                    continue
                later = max(ra, rb, key=lambda r: r.evidence.start)
                ctx.add(a, "ADVERSARY_OF", b, later.evidence, 0.5)


def _primaries_apart(ra: Relation, rb: Relation) -> bool:
    """Whether one of two runners leads or runs in a party's primary and the other is of
    another party ("Republican front-runner X", "Democratic presidential candidate Y")."""
    primary = any((r.role or "").lower().replace("front runner", "front-runner").split()[-1] in _PRIMARY_RUNNERS
                  for r in (ra, rb))
    return primary and ra.object != rb.object


# Plural nouns of those running, titling the names listed after them: "presidential candidates X or Y".
_PLURAL_RUNNERS = {"candidates", "contenders", "hopefuls", "nominees"}
# A list of runners in one race: the race is said ("presidential"), so "Democratic candidates X and Y"
# (for two seats, perhaps) is not one; "former" runners ran in other years.
_ONE_RACE = {"presidential", "mayoral"}
# Plural runners that name one contest though its office goes unsaid: "Democratic contenders X or Y",
# "GOP hopefuls X and Y" (candidates may run for as many seats as they are).
_CONTENDERS = {"contenders", "hopefuls"}
_PAST_RUNNERS = {"former", "past", "previous", "onetime", "one-time", "failed", "losing", "defeated"}
# Verbs by which the runners a clause lists as its subject act as one: "contenders X and Y have
# agreed to split the primaries", "... teamed up against Z".
_ACTING_TOGETHER = {"agree", "team", "join", "unite", "partner", "cooperate", "collaborate", "coordinate", "ally"}


def listed_runners(ctx: Context, noun: Token) -> None:
    """ "Democratic presidential candidates X or Y", "GOP presidential hopefuls X, Y and Z" →
    ADVERSARY_OF between each two named: runners listed under one title of one race are rivals
    in it, whatever the clause tells of them ("won't endorse presidential candidates X or Y"),
    unless it tells they act as one ("contenders X and Y agreed to divide the primaries")."""
    mods = {c.lower_ for c in noun.lefts}
    if not (mods & _ONE_RACE or noun.lower_ in _CONTENDERS) or mods & _PAST_RUNNERS or any(c.dep_ == "nummod" for c in noun.lefts):
        return
    subj = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "PROPN" else noun
    if subj.dep_ == "nsubj" and subj.head.lemma_.lower() in _ACTING_TOGETHER:
        return
    if noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
        named = ctx.actors(noun.head, _PEOPLE)  # "candidates Maria Lopez or Tom Baker"
    else:
        named = [a for c in noun.children if c.dep_ == "appos" for a in ctx.actors(c, _PEOPLE)]
        nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if not named and nxt is not None and nxt.pos_ == "PROPN" and noun.dep_ in ("nsubj", "dobj") \
                and nxt.head.i != noun.i:
            # the parse's second subject: "candidates/nsubj Lopez/nsubj and Baker spoke"
            name = nxt
            while name.dep_ == "compound" and name.head.pos_ == "PROPN":
                name = name.head
            if name.dep_ == noun.dep_ and name.head.i == noun.head.i:
                named = ctx.actors(name, _PEOPLE)
    # a later name with a title of its own is no runner of this list: "contenders X and Y, and
    # Democratic Gov. Z"
    named = named[:1] + [(t, r) for t, r in named[1:] if not _titled_apart(ctx, t)]
    if not 2 <= len(named) <= _MAX_FIELD:
        return
    for k, (ta, a) in enumerate(named):
        for tb, b in named[k + 1:]:
            ctx.add(a, "ADVERSARY_OF", b, ctx.evidence(noun, ta, tb), 0.5)


def _titled_apart(ctx: Context, name: Token) -> bool:
    """Whether a name has a word of its own before it, outside the name, that sets it apart
    from the list's title: a party or a rank ("Democratic Gov. Z", "former Sen. Z"); a bare
    title ("Sen. Z") only repeats what the runner is."""
    ent = ctx.index.layout.ent_at(name.i)
    start = ent.start if ent is not None else name.i
    before = [t for t in name.subtree if t.i < start]
    return any(t.dep_ == "amod" or t.pos_ == "ADJ" for t in before)


def lost_to(ctx: Context, verb: Token) -> None:
    """ "Cruz lost to Trump in Indiana", "Clinton lost the nomination to Obama", "she lost a
    primary fight to Sanders", "Baker conceded to Ruiz", "conceded the race to Ruiz" →
    ADVERSARY_OF between two persons: the loser and the winner
    (not "lost ground to inflation", "could lose to X": no person, or no fact)."""
    if modifies_noun(verb) or not told_as_fact(verb):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    holders = [verb] + ([obj] if obj is not None else [])
    winners = [a for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "to"
               for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, _PEOPLE)]
    if winners:
        ctx.add_pairs("ADVERSARY_OF", clause_sides(ctx, verb, _PEOPLE)[:1], winners[:1], verb, conf=0.6)


_ALTERNATIVES = {"alternative", "alternatives"}
# Verbs that present their object as something: "donors see X as an alternative to Y".
_SEEING_VERBS = {"see", "view", "regard", "present", "pitch", "tout", "cast", "position", "promote", "sell"}
# Verbs that make their subject something: "X emerged as the alternative to Y".
_BECOMING_VERBS = {"emerge", "become", "remain", "stand", "run", "campaign", "serve"}


def alternative_to(ctx: Context, noun: Token) -> None:
    """ "X is the best alternative to Y", "the best alternative to Y is X", "X, the chief
    alternative to Y and Z,", "X emerged as an alternative to Y", "donors see X as an
    alternative to Y", "X and Z touted their viability as alternatives to Y" → ADVERSARY_OF:
    one runner offered instead of another is that runner's rival in the race. Persons on both
    sides (an alternative to a plan or to war is none); an alternative wanted or sought names
    no holder ("voters want an alternative to Y"), and conditions stay out ("if X is the
    alternative to Y")."""
    targets = [a for p in noun.children if p.dep_ == "prep" and p.lower_ == "to"
               for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, _PEOPLE)]
    if not targets or not told_as_fact(noun, steps=2):
        return
    holders: list[tuple[Token, EntityRef]] = []
    if noun.dep_ in ("attr", "appos"):
        for t in ctx.described_by(noun):
            holders += ctx.actors(t, _PEOPLE) or _pronoun_person(ctx, t)
    elif noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "be" and told_as_fact(noun.head):
        # "the best alternative to Y is X": the copula reversed, the holder named after "is"
        holders = [a for c in noun.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"
                   for a in ctx.actors(c, _PEOPLE)]
    elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.dep_ == "dobj" \
            and noun.head.head.head.lemma_.lower() in _SEEING_VERBS and told_as_fact(noun.head.head.head):
        # "see X as the alternative to Y": the parse may hang "as" on the one seen
        seen = noun.head.head
        holders = ctx.actors(seen, _PEOPLE) or _pronoun_person(ctx, seen)
    elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB":
        verb = noun.head.head
        if not told_as_fact(verb):
            return
        lemma = verb.lemma_.lower()
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if lemma in _SEEING_VERBS and obj is not None and obj.lower_ not in _REFLEXIVE and obj.pos_ != "NOUN":
            holders = ctx.actors(obj, _PEOPLE) or _pronoun_person(ctx, obj)  # "see him as …": the one seen
        elif lemma in _SEEING_VERBS or lemma in _BECOMING_VERBS:
            holders = clause_sides(ctx, verb, _PEOPLE)  # "presented himself as …", "touted their viability as …"
    holders = [h for h in holders if all(h[1].id != t[1].id for t in targets)]
    for holder in holders[:4]:
        ctx.add_pairs("ADVERSARY_OF", [holder], targets, noun, conf=0.55)


_REFLEXIVE = {"himself", "herself", "themselves"}


def _pronoun_person(ctx: Context, tok: Token) -> list[tuple[Token, EntityRef]]:
    """[(tok, person)] for "he", "she" or "him", "her" as a reader takes it, else []."""
    if tok.lower_ not in ("he", "she", "him", "her"):
        return []
    ref = ctx.ent(tok, resolve=True)
    return [(tok, ref)] if ref is not None and ref.type == "person" else []
