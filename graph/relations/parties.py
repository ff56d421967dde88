"""ROLE in a political party said by its label, the way political news writes it: before the
name ("Republican front-runner Donald Trump", "Democrat Hillary Clinton", "House Republican
Thomas Massie", "Labour leader X"), in an apposition ("Trump, the presumptive Republican
nominee," / "X, a Democrat,") and in the parenthesis after a legislator's name ("Gov. Mike
Pence (R)", "Sen. Lindsey Graham (R-S.C.)"). The label is an adjective or a noun, not a
named organisation, so the party is named from it, as a demonym names its country. A plain label
("Democrat X", "Republican Sen. X") is also MEMBER_OF the party; a post at it ("the Republican
nominee") is not."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from ..cues import glued_mark
from ..entities import title_tokens
from ..entities.collectives import PARTY_LABELS
from ..entities.mentions import head_type
from ..model import EntityRef, Span
from ..quotes import OPENING_MARKS
from ..speakers import subject_of
from ._context import HONORIFICS, Context, asserted
from .seats import us_state

# Words before a singular label that make it part of another party's name: "Social Democratic",
# "Christian Democrat". (entities.collectives keeps its own list for the words before a plural,
# "Sweden Democrats", "Young Republicans": the two lists differ, and a shared union would read
# other labels than either does now.)
_OTHER_PARTY_WORDS_BEFORE_LABEL = {"social", "christian", "liberal", "national", "progressive", "new", "free",
                                   "united", "people's", "unionist", "independent"}
# Posts held outside the party: "Republican Sen. X", "Democratic Gov. Y", "Republican voters"
# say the party's membership, not a post at the party (a nominee or a chairman holds one).
_MEMBERSHIP_HEADS = {"member", "members", "senator", "senators", "lawmaker", "lawmakers", "legislator",
                     "legislators", "congressman", "congresswoman", "representative", "representatives",
                     "governor", "governors", "mayor", "mayors", "politician", "politicians", "president",
                     "voter", "voters", "delegate", "delegates", "activist", "activists", "donor", "donors"}
# The party letter of the parenthesis after a U.S. politician's name: "(R)", "(D-Calif.)".
_LETTERS = {"R": "Republican Party", "D": "Democratic Party"}


def whole_document(ctx: Context) -> None:
    """The party labels of every named person."""
    for ent, holder in ctx.named_persons():
        _label_before(ctx, ent, holder)
        _label_in_apposition(ctx, ent, holder)
        _letter_after(ctx, ent, holder)
    won_nomination(ctx)
    listed_examples(ctx)
    respective_labels(ctx)


# Labels that are also ideology words: capitalised at a sentence's start, they say nothing
# ("Conservative host X said": a conservative, not a Tory).
_IDEOLOGY_LABELS = {"conservative"}


def _party_of(tok: Token) -> str | None:
    """The party a capitalised label token names, unless it is part of another party's name."""
    if not tok.text[:1].isupper() or tok.lower_ not in PARTY_LABELS:
        return None
    if tok.lower_ in _IDEOLOGY_LABELS and (tok.is_sent_start or tok.i == 0 or tok.doc[tok.i - 1].is_punct
                                           and tok.doc[tok.i - 1].text in ('"', "\u201c", "(", "\n")):
        return None
    after = tok.doc[tok.i + 1:tok.i + 3]
    if len(after) == 2 and after[0].text == "National" and after[1].text[:1].isupper():
        return None  # "Democratic National Committee Chair X": a post at that body, read by the title rules
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.lower_ in _OTHER_PARTY_WORDS_BEFORE_LABEL and prev.text[:1].isupper():
        return None
    return PARTY_LABELS[tok.lower_]


def _role(ctx: Context, holder: EntityRef, label: Token, party: str, words: list[Token],
          ev_from: Token, ev_to: Token, role: str | None = None) -> Token | None:
    """ROLE ``holder`` → ``party``; returns the role's noun (None when nothing was said)."""
    named = ctx.index.cluster_at(label)
    if named is not None and named.name != party:
        return None  # the model named the party itself ("Labour"): the title rules read it
    cluster = ctx.index.add(ctx.doc[label.i:label.i + 1], "organization", name=party)
    if cluster is None:
        return None
    # a name is no role word; a role noun that is itself a mention of the holder ("The
    # Democratic senator from Ohio, Tom Baker") still is
    role_words = [t for t in words if t.i != label.i and t.lower_.rstrip(".") not in HONORIFICS
                  and (t.pos_ != "PROPN" or ctx.index.cluster_at(t) is None) and t.is_alpha]
    if role is None and role_words and role_words[-1].lower_ in _STANCE_NOUNS:
        # "his Republican rival X", "her Democratic opponent Y": the label says the person's
        # party, the noun a stance toward someone else (no post), so the person is a member
        role = "member"
    role = role or _joined(role_words) or "member"
    noun = role_words[-1] if role_words else label
    if any(t.lower_ == "former" for t in ctx.doc[max(0, label.i - 2):label.i]) and role != "member":
        role = f"former {role}"  # "Former Republican presidential candidate X": no longer one
    lo, hi = sorted((ev_from, ev_to), key=lambda t: t.i)
    head = role.split()[-1].split("-")[-1]  # "mega-donor": a donor
    # "a Republican representative", "a Democratic delegate": a seat or a vote the party won,
    # held as one of its members; only a post that voices it ("Republican spokesman") speaks for it
    ctx.role_and_principal(holder, noun, role, [label], ctx.evidence(lo, hi), 0.7,
                           head=head, speaks_for=head not in _MEMBERSHIP_HEADS)
    if head in _MEMBERSHIP_HEADS and not role.startswith("former"):
        # the spec's MEMBER_OF is "member of an organisation": a plain party label says it, and
        # readers list it so (the ROLE stays for the readers and queries that ask for posts)
        ctx.add(holder, "MEMBER_OF", cluster.as_ref(), ctx.evidence(lo, hi), 0.7)
    return noun


def _joined(words: list[Token]) -> str:
    """The role words as written: a word the tokenizer split at a hyphen stays one
    ("front-runner", "mega-donor"), the others apart."""
    out = ""
    for prev, t in zip([None, *words], words):
        glued = prev is not None and t.i == prev.i + 2 and _hyphen_glued(prev)
        out += ("-" if glued else " " if out else "") + t.lower_
    return out


def _hyphen_end(noun: Token) -> Token:
    """The last piece of the word ``noun`` begins when the tokenizer split it at hyphens
    ("mega" of "mega-donor", which the parse may make the apposition's noun)."""
    while _hyphen_glued(noun) and noun.doc[noun.i + 2].is_alpha:
        noun = noun.doc[noun.i + 2]
    return noun


def _hyphen_glued(tok: Token) -> bool:
    """Whether a hyphen with no space on either side joins ``tok`` to the token after it: one
    word the tokenizer split ("mega" - "donor")."""
    return tok.i + 2 < len(tok.doc) and glued_mark(tok, ("-",)) is not None


# Nouns of a stance toward someone a party label may stand on ("Republican rival X").
_STANCE_NOUNS = {"rival", "opponent", "foe", "adversary", "challenger"}


def is_party_name(name: str) -> bool:
    """Whether the body ``name`` names is a political party by its own name ("the Labour Party",
    "the Orange Democratic Movement party"): its people are members, its gathering its own."""
    return name.split()[-1].lower() == "party"


def has_label(noun: Token) -> bool:
    """Whether a party label stands before ``noun`` ("the GOP front-runner")."""
    return any(c.dep_ in ("amod", "compound", "nmod") and _party_of(c) for c in noun.lefts)


def label_party(noun: Token) -> str | None:
    """The party the label on or before ``noun`` names, if any."""
    label = noun if _party_of(noun) else next(
        (c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod") and _party_of(c)), None)
    return _party_of(label) if label is not None else None


def described_label(ctx: Context, holder: EntityRef, noun: Token) -> None:
    """The party of a description that stands for ``holder`` ("the Nevada Democrat", "the
    GOP front-runner", "the Republican senator"): the noun itself or a label before it. The
    description may be an entity of its own (a described group): the party is named apart."""
    label = noun if _party_of(noun) else next(
        (c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod") and _party_of(c)), None)
    if label is None:
        return
    cluster = ctx.index.add(ctx.doc[label.i:label.i + 1], "organization", name=_party_of(label))
    if cluster is None or cluster.name != _party_of(label):
        return
    # the words as written: the parse may make a name of a word ("front-runner")
    role = ctx.doc[label.i + 1:noun.i + 1].text.lower() if noun is not label else "member"
    former = any(t.lower_ == "former" for t in noun.lefts)
    ev = Span.of(ctx.text, label.idx, noun.idx + len(noun))
    ctx.add(holder, "ROLE", cluster.as_ref(), ev, 0.6, role=f"former {role}" if former else role)
    if role.split()[-1] in _MEMBERSHIP_HEADS and not former:
        ctx.add(holder, "MEMBER_OF", cluster.as_ref(), ev, 0.6)


def _label_before(ctx: Context, ent: SpacySpan, holder: EntityRef) -> None:
    """ "Republican front-runner Donald Trump", "Democrat Hillary Clinton", "Republican
    candidates X, Y and Z" (a plural title covers every name listed after it), "Former
    Secretary of State and Democratic front-runner X" (the last of two coordinated titles)."""
    titles = title_tokens(ent) or _coordinated_title(ent)
    if not any(_party_of(t) for t in titles):
        titles = _office_of_title(ent) or titles
    for t in titles:
        party = _party_of(t)
        if party is not None:
            noun = _role(ctx, holder, t, party, [w for w in titles if w.i > t.i], t, ent[-1])
            if noun is not None and noun.tag_ in ("NNS", "NNPS"):
                _listed_after(ctx, ent, t, party, noun)
            return


def _coordinated_title(ent: SpacySpan) -> list[Token]:
    """The words of the title right before a name when the parse made it the conjunct of an
    earlier title ("Former Secretary of State and Democratic front-runner X"): back to the
    "and", at most five words, every one a modifier of the last."""
    doc = ent.doc
    k = ent.start - 1
    out: list[Token] = []
    while k >= 0 and len(out) < 5 and doc[k].is_alpha and doc[k].dep_ not in ("cc", "det", "poss") \
            and doc[k].ent_type_ != "PERSON":
        out.insert(0, doc[k])
        k -= 1
    if not out or k < 0 or doc[k].lower_ != "and" or out[-1].pos_ != "NOUN" \
            or any(t.head.i != out[-1].i for t in out[:-1]):
        return []
    return out


def _office_of_title(ent: SpacySpan) -> list[Token]:
    """ "Republican Secretary of State Jon Husted", "Democratic Attorney General X": a party
    label opening an office written in capitals with its "of", which the parse does not hang
    on the name as one title; at most six words, none a name of its own."""
    doc = ent.doc
    k = ent.start - 1
    out: list[Token] = []
    while k >= 0 and len(out) < 6 and (doc[k].text[:1].isupper() and doc[k].is_alpha or doc[k].lower_ == "of") \
            and doc[k].ent_type_ != "PERSON" and not doc[k].is_sent_start:
        out.insert(0, doc[k])
        k -= 1
    if k >= 0 and doc[k].is_sent_start and doc[k].text[:1].isupper() and doc[k].is_alpha and len(out) < 6:
        out.insert(0, doc[k])  # the label may open the sentence
    while out and _party_of(out[0]) is None:
        out.pop(0)
    if len(out) < 2 or not any(t.lower_ == "of" for t in out) or out[-1].lower_ == "of":
        return []
    return out


# Words that may stand between two listed names: "X of Texas, Y of South Carolina and Z".
_LIST_GLUE = {",", "and", "--", "\u2014"}


def _listed_after(ctx: Context, ent: SpacySpan, label: Token, party: str, noun: Token) -> None:
    """The names listed after ``ent`` under one plural party title, word by word (the small
    model parses such lists in many ways): each joined by a comma or "and", with a US state
    after it ("of Texas") at most; the party is theirs too."""
    doc = ctx.doc
    j, count = ent.end, 0
    while j < len(doc) and count < 8:
        if doc[j].lower_ == "of" and j + 1 < len(doc) and doc[j + 1].ent_type_ == "GPE":
            j += 1
            while j < len(doc) and doc[j].ent_type_ == "GPE":
                j += 1  # "of South Carolina"
        k = j
        while k < len(doc) and doc[k].lower_ in _LIST_GLUE:
            k += 1
        if k == j or k >= len(doc) or doc[k].ent_type_ != "PERSON":
            return
        nxt = ctx.index.layout.ent_at(k)
        person = ctx.ent(doc[k])
        if nxt is None or nxt.start != k or person is None or person.type != "person":
            return
        if nxt.root.dep_ in ("nsubj", "nsubjpass"):
            return  # "… Jeb Bush and Marco Rubio, Hillary Clinton said,": the next clause's speaker
        _role(ctx, person, label, party, [noun], label, nxt[-1])
        j, count = nxt.end, count + 1


def _described_by(ent: SpacySpan) -> list[Token]:
    """The nouns that describe the name ``ent``: an apposition after it, the attribute of a
    "who is …" clause on it ("X, who is now the presumptive Republican nominee,"), and the noun
    it stands in apposition to before it ("The Democratic senator from Ohio, X,", which the
    parse may hang on the place)."""
    root = ent.root
    # "Trump and Hillary Clinton, the likely Democratic nominee": an apposition after a later
    # conjunct describes that one, though the parse hangs it on the first
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= ent.end
             and not any(j.dep_ == "conj" and ent.end <= j.i < c.i for j in root.children)]
    nouns += [a for v in root.children if v.dep_ == "relcl" and v.lemma_ == "be"
              and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in v.children)
              for a in v.children if a.dep_ == "attr"]
    if root.dep_ == "appos" and root.head.i < ent.start:
        head = root.head
        if head.dep_ == "pobj" and head.ent_type_ == "GPE" and head.head.dep_ == "prep" \
                and head.head.head.pos_ == "NOUN":
            head = head.head.head
        if head.pos_ == "NOUN":
            nouns.append(head)
    return nouns


def _label_in_apposition(ctx: Context, ent: SpacySpan, holder: EntityRef) -> None:
    """ "Trump, the presumptive Republican presidential nominee,", "Clinton, a Democrat,"."""
    for noun in _described_by(ent):
        if noun.pos_ not in ("NOUN", "PROPN") or len({_party_of(t) for t in _labels_on(noun)}) > 1:
            continue  # "X and Y, the Democratic and Republican nominees": ``respective_labels``
        if noun.tag_ in ("NNS", "NNPS") and noun.i >= ent.end and noun.head.i == ent.root.i \
                and not any(c.dep_ == "conj" for c in ent.root.children) and ent.root.dep_ != "conj":
            continue  # "Mr. X, two Republican members of Congress, A and B": a plural is not one name's
        if _party_of(noun) is not None:
            _role(ctx, holder, noun, _party_of(noun), [], ent[0], noun)
            return
        mods = [c for c in noun.lefts if c.dep_ in ("amod", "compound")]
        # "X, a Republican mega-donor,": the parse may hang each piece of the word on the name
        end = _hyphen_end(noun)
        pieces = [noun, *(t for t in noun.doc[noun.i + 1:end.i + 1] if t.text != "-")]
        for m in mods:
            party = _party_of(m)
            if party is not None:
                said = _role(ctx, holder, m, party, [c for c in mods if c.i > m.i] + pieces,
                             min(ent[0], m, key=lambda t: t.i), max(ent[-1], end, key=lambda t: t.i))
                if said is not None and noun.tag_ in ("NNS", "NNPS") and noun.i < ent.start:
                    _listed_after(ctx, ent, m, party, noun)  # "the Republican senators -- X, Y and Z"
                return


def _labels_on(noun: Token) -> list[Token]:
    """The party labels modifying ``noun``, coordinated ones included, in text order."""
    mods = [c for c in noun.lefts if c.dep_ in ("amod", "compound")]
    mods += [g for c in mods for g in c.children if g.dep_ == "conj"]
    return sorted((t for t in mods if _party_of(t)), key=lambda t: t.i)


def respective_labels(ctx: Context) -> None:
    """ "Hillary Lee and Don Park, the Democratic and Republican nominees (respectively)":
    coordinated names described by as many coordinated labels take them in order, by one
    label ("X and Y, the Republican candidates") all take it; with other counts nothing is
    said."""
    for noun in ctx.doc:
        if noun.dep_ != "appos" or noun.tag_ not in ("NNS", "NNPS"):
            continue
        labels = _labels_on(noun)
        if not labels:
            continue
        last = noun.head
        first = last
        while first.dep_ == "conj":
            first = first.head
        names = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.head.i in
                          {first.i, *(c.i for c in first.subtree if c.dep_ == "conj")} and t.i <= last.i)]
        holders = [ctx.ent(t) for t in names]
        if len({_party_of(t) for t in labels}) == 1:
            labels = labels[:1] * len(holders)  # "X and Y, the Republican candidates": both
        if len(holders) != len(labels) or any(h is None or h.type != "person" for h in holders):
            continue
        for tok, holder, label in zip(names, holders, labels):
            _role(ctx, holder, label, _party_of(label), [noun], tok, noun)


def won_nomination(ctx: Context) -> None:
    """ "X won the Republican nomination", "X clinched the Democratic nomination": the
    winner is the party's nominee (a nomination sought or lost is no role)."""
    for noun in ctx.doc:
        if noun.lower_ != "nomination" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _WIN_VERBS:
            continue
        label = next((c for c in noun.lefts if c.dep_ in ("amod", "compound") and _party_of(c)), None)
        if label is None or not asserted(noun.head):
            continue
        win = noun.head
        if win.dep_ == "xcomp" and win.head.lemma_.lower() not in ("go", "manage", "come") or win.dep_ in ("pcomp", "acl"):
            continue  # "failed to win", "hopes to win", "eliminated from winning", "a path to win": not won
        subj = subject_of(noun.head)
        holder = ctx.ent(subj, resolve=True) if subj is not None else None
        if holder is None or holder.type != "person":
            continue
        _role(ctx, holder, label, _party_of(label), [], subj, noun, role="nominee")


_WIN_VERBS = {"win", "clinch", "secure", "capture", "accept"}


# Nouns for persons in politics that the entity layer's person heads leave out.
_POLITICAL_PERSONS = {"candidate", "lawmaker", "legislator", "nominee", "hopeful", "member", "politician",
                      "contender", "challenger", "rival", "official", "figure", "operative", "strategist",
                      "activist", "congressman", "congresswoman", "incumbent", "delegate", "governor"}


def listed_examples(ctx: Context) -> None:
    """ "every other GOP candidate, including X and Y", "Democratic lawmakers, among them X":
    names given as instances of a party-labelled description of persons are the party's."""
    doc = ctx.doc
    for prep in doc:
        if prep.lower_ not in ("including", "among") or prep.dep_ != "prep" or prep.head.pos_ != "NOUN":
            continue
        noun = prep.head
        if head_type(noun.lemma_.lower()) != "person" and noun.lemma_.lower() not in _POLITICAL_PERSONS:
            continue  # "Republican states, including Texas": no persons described
        label = next((c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod") and _party_of(c)), None)
        if label is None:
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        ent = ctx.index.layout.ent_at(pobj.i) if pobj is not None else None
        holder = ctx.ent(pobj) if pobj is not None else None
        if ent is None or ent.label_ != "PERSON" or holder is None or holder.type != "person":
            continue
        if _role(ctx, holder, label, _party_of(label), [noun], label, ent[-1]) is not None:
            _listed_after(ctx, ent, label, _party_of(label), noun)



def _letter_after(ctx: Context, ent: SpacySpan, holder: EntityRef) -> None:
    """ "Gov. Mike Pence (R)", "Sen. Lindsey O. Graham (R-S.C.)", and between commas, as AP
    style writes it: "Rep. Jason Lee, R-Utah, said"."""
    doc, e = ctx.doc, ent.end
    if e + 2 >= len(doc) or doc[e].text not in ("(", ",") or doc[e + 1].text not in _LETTERS:
        return
    if doc[e + 2].text not in ((")", "-", "\u2013") if doc[e].text == "(" else ("-", "\u2013")):
        return
    ends = ")" if doc[e].text == "(" else ","
    # (the tokenizer may glue the bracket to a colon after it: "Rep. X (D-Mo.): …")
    close = next((t for t in doc[e + 3 if ends == "," else e + 2:min(len(doc), e + 7)]
                  if t.text == ends or ends == ")" and t.text in ("):", ");", ").", "),")), None)
    if ends == "," and e + 3 < len(doc) and doc[e + 3].text.endswith(".") and us_state(doc[e + 3].text) \
            and (e + 4 == len(doc) or doc[e + 4].text[:1].isupper() or doc[e + 4].text in OPENING_MARKS):
        # "… or Sen. X, R-Fla. In a poll …", "said Sen. X, R-S.C. \u201cI get that\u201d": the
        # state's stop ends the sentence, the next one a capital or a quotation
        close = doc[e + 3]
    if close is not None and ends == "," and not us_state(doc[e + 3:max(close.i, e + 4)].text):
        return  # "Hall, R-Rated,": no state after the letter, no party label
    if close is None:
        return
    _role(ctx, holder, doc[e + 1], _LETTERS[doc[e + 1].text], [], ent[0], close)
