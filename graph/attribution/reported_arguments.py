"""The words a speech verb reports through an argument other than a clause: an infinitive
("vowed to …", "was said to be “furious”"), a preposition ("accused X of …", "described X as
“…”"), an object and its label ("called the plan “a farce”", "what Lee called “…”"), a quoted
topic ("joked about …") or the quoted words requested ("asked for “…”").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..cues import (ADDRESSEE_VERBS, COVERAGE_CUES, EVENT_NOUNS, OBJECT_CUES, PREP_CUES, QUOTED_PREP_ONLY,
                    QUOTED_REQUEST_PREPS, XCOMP_CUES, is_speech_verb)
from ..boundaries.quotations import quotation_after_object, quotation_of_label
from ..fragments import has_own_subject, quoted_object, relative_label, said_words
from ..quotes import QUOTE_MARKS
from .drafts import ReportedWords, word_count
from .passive_cues import unnamed_speaker


# Determiners that count what a report found ("no arrests", "several attacks").
_NONE_OR_SOME = frozenset("no several many few dozens hundreds thousands numerous".split())


# "asked not to be named / identified / quoted": the terms of an anonymous source, not what it said
_ANONYMITY_VERBS = {"name", "identify", "quote", "use", "cite"}


def _anonymity(clause: Token) -> bool:
    return clause.lemma_.lower() in _ANONYMITY_VERBS and any(c.dep_ == "auxpass" for c in clause.children) \
        and any(c.dep_ == "neg" for c in clause.children)


def _adverbial_calling(verb: Token, in_quote: set[int]) -> bool:
    """"Fell responded, calling Reade's charge “pathetic”": a participle clause set after the
    main clause, its label quoted, is its subject's words (the parse may hang the one called on
    the label); "a group calling itself “…”" hangs on a noun and names it."""
    quoted = getattr(in_quote, "anywhere", in_quote)
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.i < verb.i and any(
        c.dep_ == "oprd" and c.i > verb.i and any(t.i in quoted for t in c.subtree) for c in verb.children)


def _verb_between(verb: Token, clause: Token) -> bool:
    """A verb of another clause stands between a cue and the infinitive the parse hangs on it:
    in "called Lee a “clown” on air when commenting on a rally held to protest the deal" the
    infinitive is a purpose of the later words, not what the speaker called on anyone to do.
    (A verb inside the one addressed does not count: "urged voters facing debt to …".)"""
    def in_argument(t: Token) -> bool:
        while t.i != verb.i and t.head.i != t.i:
            if t.dep_ in ("dobj", "dative", "pobj"):
                return True
            t = t.head
        return False
    return any(t.pos_ == "VERB" and not in_argument(t) for t in verb.doc[verb.i + 1:clause.left_edge.i])


def argument_words(verb: Token, lemma: str, in_quote: set[int]) -> ReportedWords | None:
    """The words a cue reports through an argument other than a clause: an infinitive ("vowed
    to …"), a quotation after its object, a preposition ("accused X of …"), a quoted topic
    ("joked about …") or the quoted words requested ("asked for “…”")."""
    children = list(verb.children)
    if lemma in XCOMP_CUES:
        heads = [c for c in children if c.dep_ in ("xcomp", "advcl") and c.i > verb.i
                 and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children) and not _anonymity(c)
                 and not _verb_between(verb, c)]
        if heads:
            return ReportedWords(heads, "infinitive")
    if lemma in _SAID_TO_BE and unnamed_speaker(verb):
        # "the chairman was said to be “furious” with …": a report by no one named, of words
        # the infinitive quotes (unquoted, "was said to be in talks" is the writer's hedge)
        quoted_words = getattr(in_quote, "anywhere", in_quote)
        heads = [c for c in children if c.dep_ == "xcomp" and c.i > verb.i
                 and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)
                 and any(t.i in quoted_words for t in c.subtree) and not is_speech_verb(c.lemma_)]
        # ("is reported to have called them “free riders”": the one who called them speaks)
        if heads:
            return ReportedWords(heads, "infinitive")
    if lemma in OBJECT_CUES or quoted_object(verb, in_quote):
        # "called Lee “a smart guy. I think …”": the words in marks after the object, broken
        # off it by the parse, are what the speaker called him (boundaries.quotations)
        hit = quotation_after_object(verb, getattr(in_quote, "anywhere", in_quote))
        if hit is not None:
            return ReportedWords([hit[0]], "object", quote_end=hit[1])
    if lemma in PREP_CUES and (found := _prep_heads(verb, lemma, children, in_quote)) is not None and found[0]:
        return ReportedWords(*found)
    if is_speech_verb(lemma) and lemma not in PREP_CUES and lemma not in _QUESTIONING \
            and (topic := _quoted_topic(verb, in_quote)):
        return ReportedWords([topic], "prep")  # "joked about her rival's “close friendship”"
    if lemma in QUOTED_REQUEST_PREPS and any(c.dep_ == "nsubj" for c in children):
        # "Hill asked for “clear and early communication”": the quoted words requested are the
        # speaker's partial quote (a quotation standing on its own is read as one elsewhere,
        # and "asked for comment" by no one named reports nothing)
        quoted_words = getattr(in_quote, "anywhere", in_quote)
        objs = [g for c in children if c.dep_ == "prep" and c.lower_ in QUOTED_REQUEST_PREPS[lemma] and c.i > verb.i
                for g in c.children if g.dep_ == "pobj"]
        words = [t for o in objs for t in o.subtree]
        if any(t.i in quoted_words for t in words) and not any(t.i in in_quote for t in words):
            return ReportedWords(objs, "prep")
    return None


def _prep_heads(verb: Token, lemma: str, children: list[Token], in_quote: set[int]) -> tuple[list[Token], str] | None:
    """The words a cue of ``PREP_CUES`` reports through its preposition ("described the mayor as
    “kind”", "blamed the crash on “lax rules”", "accused X of …"), with the object they are
    about when that is said as much; origin "prep". None when the preposition holds no words
    reported (a quoted-only cue's unquoted object, a one-word label read with its object)."""
    quoted = getattr(in_quote, "anywhere", in_quote)
    for c in children + _as_on_object(verb, PREP_CUES[lemma]):
        if c.dep_ != "prep" or c.lower_ not in PREP_CUES[lemma] or c.i <= verb.i:
            continue
        # ("portraying the unions as “greedy”": the parse may hang a quoted adjective on "as")
        objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp") or c.lower_ == "as" and g.dep_ == "amod"
                and g.i in quoted]
        # "criticized X for stealing data and for “misrepresenting …”": a second
        # preposition coordinated with the first says more of the same
        objs += [p for p in c.conjuncts if p.dep_ == "conj" and p.lower_ == c.lower_ and p.i > c.i]
        if not objs:
            continue
        if lemma in QUOTED_PREP_ONLY and not any(t.i in quoted for o in objs for t in o.subtree):
            return None
        if lemma in OBJECT_CUES and word_count([t for o in objs for t in o.subtree]) < 2 \
                and any(g.dep_ == "dobj" and verb.i < g.i < c.i for g in children) \
                and any(t.i in quoted for o in objs for t in o.subtree):
            # "described the mayor as “kind”": a quoted one-word label reads with its object (below);
            # "whom she described as “erratic”" has its object before the verb: the label alone
            return None
        if c.head.i != verb.i:
            # "characterized the talks as “a wreck”" with "as" hung on the object: the
            # object's phrase holds the label
            return [c.head], "prep"
        heads = objs
        if lemma not in ADDRESSEE_VERBS and lemma != "thank":
            # "blamed the crash on “lax rules”", "accused the mayor of “gutting” the port",
            # "criticized Lee for …": whom or what the words are about is said as much as the
            # charge (the one warned or thanked is only the addressee)
            heads = _spoken_of(verb, lemma, children, c)[:1] + objs
        heads += _quoted_adjuncts(verb, heads[-1], in_quote)
        return heads, "prep"
    return None


def _spoken_of(verb: Token, lemma: str, children: list[Token], prep: Token) -> list[Token]:
    """Whom or what a prepositional cue's words are about: its object between the cue and the
    preposition ("accused the mayor of …"), or for "refer" the object of "to" ("referred to
    the mayor as “our friend”")."""
    about = [g for g in children if g.dep_ == "dobj" and verb.i < g.i < prep.i]
    if not about and lemma == "refer":
        about = [g for p in children if p.dep_ == "prep" and p.lower_ == "to"
                 and verb.i < p.i < prep.i for g in p.children if g.dep_ == "pobj"]
    return about


def object_heads(verb: Token, lemma: str, subj: Token, children: list[Token],
                  in_quote: set[int]) -> tuple[list[Token], Token | None, Token | None]:
    """The words an object cue reports through its object ("called the plan “a farce”",
    "branded Oslo a “rogue port”", "what Lee called “a slow disaster”"), with what labels the
    object after it; origin "object". Returns the heads (none when the object is no words
    reported), the relative word labelled, if any, and the end of its quotation."""
    heads: list[Token] = []
    quote_end = None
    dobj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    if dobj is None and (has_own_subject(verb) or _adverbial_calling(verb, in_quote)) \
            and not any(c.dep_ == "dobj" for c in children):
        # ("what critics call “a farce”" has its object before the verb: no such reading)
        # "called the governor and the mayor “crazy”": the parse may give the object as a
        # predicate of its own (oprd); the first one stands for it
        dobj = next((c for c in children if c.dep_ == "oprd" and c.i > verb.i), None)
    label = relative_label(verb, in_quote) if dobj is None else None
    if label is not None:
        dobj = label  # "what Lee called “a slow disaster”"
        # (all of the words in the marks, when the parse breaks them off the label)
        quote_end = quotation_of_label(verb, label, getattr(in_quote, "anywhere", in_quote))
    if dobj is not None and lemma in COVERAGE_CUES and dobj.lemma_.lower() in EVENT_NOUNS and not any(
            c.dep_ == "nummod" or c.lower_ in _NONE_OR_SOME for c in dobj.children) and not any(
            t.i in getattr(in_quote, "anywhere", in_quote) for t in dobj.subtree):
        # "Deutsche Welle reported the meeting": a happening covered, no words reported
        # ("police reported 906 attacks", "reported no arrests": a count, which is a finding)
        dobj = None
    if dobj is not None and dobj.i != subj.i:
        heads = [dobj]
        # "described the league during an interview as “…”": the parse may hang the "as"
        # on the adjunct's noun; it is still the cue's
        stranded = [t for c in children if c.dep_ == "prep" and c.i > dobj.i and c.lower_ != "as"
                    for t in c.subtree if t.lower_ == "as" and t.dep_ == "prep" and t.head.head.i == c.i
                    and "as" in PREP_CUES.get(lemma, ())]
        quoted_words = getattr(in_quote, "anywhere", in_quote)
        for c in sorted(children + stranded[:1], key=lambda t: t.i) if label is None else ():
            # (a second object in quotation marks is what the first was called: "branded
            # Oslo a “rogue port”"; "denied him the post" gives, it does not label)
            second = c.dep_ == "dobj" and any(t.i in quoted_words for t in c.subtree)
            if _next_to(heads[-1], c) and c.i > heads[-1].i and (c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") or second
                                            or c.dep_ == "prep" and c.lower_ in ("as", "for", "of")
                                            or _label_read_as_clause(c, lemma)):
                heads.append(c)
    return heads, label, quote_end


# Questions put about something ("asked Lee about his “founder” remark"): the quoted words are
# most often the one asked's, not the asker's.
_QUESTIONING = frozenset({"ask", "question", "wonder"})


# Prepositions that give what a speech verb's words were about ("joked about …", "quipped over …";
# not "on", which mostly gives the medium: "posted on Twitter", "said on “Meet the Press”").
_TOPIC_PREPS = ("about", "against", "over", "upon")


def _quoted_topic(verb: Token, in_quote: set[int]) -> Token | None:
    """The object of a speech verb's "about" (or "against", "over", "upon") that holds words in
    quotation marks: "joked about her rival's “close friendship”" reports the speaker's words as
    "complained about" does; a name or title in marks ("said on “Meet the Press”", every word
    capitalised) is no such words, and a verb with no subject of its own reports no one's."""
    fragments = getattr(in_quote, "anywhere", set()) - set(in_quote)
    if not fragments or not has_own_subject(verb):
        return None
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in _TOPIC_PREPS or c.i < verb.i:
            continue
        for obj in (g for g in c.children if g.dep_ == "pobj"):
            if said_words(obj.subtree, fragments):
                return obj
    return None


def _label_read_as_clause(c: Token, lemma: str) -> bool:
    """"dismissed the report as “fabricated”": the parse may read a participle label as a
    clause of its own opened by "as"; for a cue whose label follows "as" it is the label."""
    return c.dep_ == "advcl" and "as" in PREP_CUES.get(lemma, ()) and c.tag_ in ("VBN", "JJ") \
        and any(m.dep_ == "mark" and m.lower_ == "as" and m.i == c.left_edge.i for m in c.children)


def _as_on_object(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """The "as" of "characterized the talks as “a slow wreck”" when the parse hangs it on the
    verb's object rather than on the verb: the label is still the verb's ("V X as Y")."""
    if "as" not in preps:
        return []
    return [p for d in verb.children if d.dep_ == "dobj" and d.i > verb.i
            for p in d.children if p.dep_ == "prep" and p.lower_ == "as" and p.i > d.i]


def _quoted_adjuncts(verb: Token, last: Token, in_quote: set[int]) -> list[Token]:
    """The adjuncts of ``verb`` right after its content whose words all stand in quotation
    marks: "accused Lee of buying votes “in a pattern of sleaze”" (the parse hangs the quoted
    phrase on the cue); the speaker's own words go on the charge."""
    quoted = getattr(in_quote, "anywhere", in_quote)
    out: list[Token] = []
    for c in sorted(verb.children, key=lambda t: t.i):
        if c.i <= last.right_edge.i or c.dep_ not in ("prep", "advcl", "npadvmod"):
            continue
        words = [t for t in c.subtree if not t.is_punct]
        if not _next_to(last, c) or not words or not all(t.i in quoted for t in words):
            break
        out.append(c)
        last = c
    return out


def _next_to(obj: Token, c: Token) -> bool:
    """``c`` follows the object ``obj`` in the same stretch of the clause: right after it, or
    after a short adjunct with no comma and no verb ("described the league during an
    interview as “…”")."""
    gap = obj.doc[obj.right_edge.i + 1:c.left_edge.i]
    if len(gap) <= 1:
        return True
    return len(gap) <= 8 and gap[0].dep_ == "prep" and not any(
        t.text == "," or t.pos_ in ("VERB", "AUX") or t.text in QUOTE_MARKS for t in gap)


# Passive reports whose infinitive carries the words of someone unnamed: "was said to be …",
# "is reported to have called it …".
_SAID_TO_BE = frozenset("say report rumor rumour".split())
