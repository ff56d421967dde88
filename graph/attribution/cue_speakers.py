"""The speaker token of a cue: the head of the mention that speaks for a speech verb or an
"according to". The verb's own subject, the agent of a passive ("was told by the governor")
while the one asked or told is only the addressee, a subject the parse lost to an apposition
("the Gazette, her aide, Tom Berring, said"), the reporter a participle continues ("said …,
adding"), an inverted subject ("said Wu Xinbo", "said the 52-year-old", "one of the
witnesses"), the subject of the clause before a loose verb, and the name written between a
quotation and its cue (“…,” Tulsa police Chief Chuck Jordan said).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..cues import ADDRESSEE_VERBS, DASHES, PREP_CUES, is_speech_verb
from ..addressees import OBJECT_AUDIENCE_VERBS
from ..boundaries import cue_of_act
from ..entities.datelines import is_dateline_place, past_dateline
from ..layout import Layout
from ..quote_frames import age_speaker, is_age_noun
from ..quotes import QUOTE_MARKS
from ..speaker_words import agentive, stranded_subject
from ..speakers import PERSON_NOUNS, SOURCE_NOUNS, SUBJECT_DEPS, subject_of
from .drafts import speech_word


_NOT_SPEAKERS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}


def fits(tok: Token | None, verb: Token, in_quote: set[int]) -> bool:
    """Can ``tok`` be the speaker of ``verb``: a word, outside every quote, not a date, on
    the verb's line."""
    if tok is None or not any(c.isalpha() for c in tok.text):
        return False
    if tok.pos_ == "VERB" and tok.tag_ == "VBG" and not tok.ent_type_:
        return False  # "that keeping Ortiz in jail will make …": a gerund's clause speaks for no one
    if tok.ent_type_ in _NOT_SPEAKERS and not is_age_noun(tok) and not _count_of(tok) and not _one_of(tok) \
            and not _the_few(tok):
        return False  # "the 52-year-old", "hundreds of farmers", "one of the workers", "the two" speak
    if tok.i in getattr(in_quote, "anywhere", in_quote):
        return False
    lo, hi = sorted((tok.i, verb.i))
    return not any("\n" in t.text or "\n" in t.whitespace_ for t in verb.doc[lo:hi])


def _count_of(tok: Token) -> bool:
    """"Hundreds of farmers", "dozens of them": a count of people, the group that speaks
    (the small model tags the count as a number)."""
    # (a share, "74 percent of voters said", is a poll's finding: the poll reports it)
    # ("one of the advisers" is one person of the group, read by ``_one_of``)
    return tok.pos_ in ("NOUN", "NUM") and tok.ent_type_ == "CARDINAL" and tok.lower_ != "one" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and (g.tag_ in ("NNS", "NNPS") or g.lower_ in ("them", "us")) for g in c.children)
        for c in tok.children)


def speaker_token(verb: Token, in_quote: set[int], quotation: bool = False) -> Token | None:
    """The head of the speaker's mention for a cue; ``quotation`` when the cue is a direct
    quotation's (whose words a "was asked" gives to nobody named rather than to the one asked;
    reported speech keeps its subject: "Lee was asked how it would end" still needs one)."""
    if verb.lower_ == "according":
        for child in verb.subtree:
            if child.dep_ in ("pobj", "dobj") and child.head.lower_ in ("to", "show") or \
                    child.dep_ == "pobj" and child.head.head.lower_ == "according":
                return child if fits(child, verb, in_quote) else None
        return None
    if verb.text == ":":
        return None
    if (quoted := quoted_as_saying(verb)) is not None:
        return quoted if fits(quoted, verb, in_quote) else None
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    subj = _subject_as_parsed(verb)
    if _passive(verb) and (verb.lemma_.lower() in OBJECT_AUDIENCE_VERBS and verb.tag_ == "VBN"
                           or subj is not None and subj.dep_ == "nsubjpass"):
        # "Reed was told by the governor that …", "Ruiz was asked by host Dan Pratt, “…?”",
        # "was called a “quack” by physicians": the agent speaks; with none named, the one
        # asked or told is only the addressee
        if fits(agent, verb, in_quote):
            return agent
        if quotation and subj is not None and subj.dep_ == "nsubjpass" and asked_passive(verb):
            return None
    if subj is not None and _one_of(subj):
        # "One of his advisers, Tad Morrow, told reporters …": the name set beside "one" speaks
        named = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if fits(named, verb, in_quote):
            return named
    if subj is not None and (after := _past_dash_aside(subj, verb)) is not None and fits(after, verb, in_quote):
        return after  # "In the letter - sent to the auditor, Ana Ruiz - the senator asks …"
    if subj is not None and subj.ent_type_ in ("ORG", "GPE", "NORP"):
        # "The Royal College of Nursing's general secretary, Ann Roe, said": the parse made
        # the body the subject and hung the name on it; a person is no body's apposition,
        # but the one the role between them describes
        named = next((c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                      and any(t.dep_ == "poss" for t in subj.subtree)), None)
        if fits(named, verb, in_quote):
            return named
    if fits(subj, verb, in_quote):
        return subj
    if subj is None and verb.tag_ in ("VBD", "VBZ", "VBP"):
        # "In a statement to the Gazette, her aide, Tom Berring, said: “…”": the parse hung the
        # subject on a noun before it and left the verb none; the name right before it speaks
        lost = _subject_lost_in_parse(verb, in_quote)
        if lost is not None and fits(lost, verb, in_quote):
            return lost
    if subj is not None and subj.ent_type_ in ("DATE", "TIME") and subj.i < verb.i:
        # "Saturday at the party convention Sen. Ann Pell (D-MA) said …": the parse made the
        # fronted day the subject and the name an object inside its phrase
        named = _person_right_before(verb)
        if fits(named, verb, in_quote):
            return named
    if fits(agent, verb, in_quote):  # passive: "was written by Springsteen"
        return agent
    if verb.tag_ == "VBG" and verb.i > 0:
        # "footage of Hillary Clinton asking, “…”": the noun the participle hangs on
        left = verb.doc[verb.i - 1]
        if left.pos_ in ("PROPN", "NOUN", "PRON") and fits(left, verb, in_quote):
            return left
    crowd = _crowd_of_clause_before(verb)
    if crowd is not None and fits(crowd, verb, in_quote):
        return crowd
    act_of = cue_of_act(verb)
    if act_of is not None:
        # "said the interference was unacceptable and ordered …": the speaker ordered
        return speaker_token(act_of, in_quote)
    reporter = _reporting_ancestor(verb)
    if reporter is not None:
        # "X said the plan would work, adding …": the parse hangs the participle on the
        # reported clause, but it goes on with the report, so the reporter says it
        subj = speaker_token(reporter, in_quote)
        if subj is not None:
            return subj
    subj = subject_of(verb)
    if subj is not None and (cleft := _cleft_subject(subj, verb)) is not None and fits(cleft, verb, in_quote):
        return cleft
    if fits(subj, verb, in_quote):
        who = _relative_who(subj, verb)
        # "Berg, who last week shook up the race by questioning …": the "who" speaks, as it
        # does for the relative clause's own verb ("Berg, who questioned …"), so the mention
        # is read the same way whichever verb of the clause is the cue
        return who if fits(who, verb, in_quote) else subj
    if verb.tag_ == "VBG":
        return None  # "telling the crowd": the noun after a participle is whom it was told
    return inverted_subject(verb, in_quote)


def _subject_as_parsed(verb: Token) -> Token | None:
    """The cue's own subject, or the one the parse misread beside it: a surname read as an
    adverb or a modal before its verb, a name hung on its verb as if the verb were a noun, a
    subject stranded by a verb read as a participle or lent to a participle, a fronted topic."""
    subj = own_subject(verb)
    if subj is not None and is_dateline_place(subj):
        # "LONDON (AP) — Prime Minister Ann Roe said …": the parse made the dateline's place the
        # subject and hung the one who speaks on it; where it hung none, the place is no speaker
        # and the readings below look for the one the parse lost ("— Premier Ann May criticized …")
        past = past_dateline(verb, subj, bodies=True)
        subj = None if past.i == subj.i else past
    if subj is None and verb.i > 0 and (before := verb.doc[verb.i - 1]).pos_ == "ADV" \
            and before.head.i == verb.i and _surname_read_as_adverb(before):
        subj = before  # "And Skelly called him …": the surname read as an adverb before its verb
    if subj is None and verb.i > 0 and _surname_read_as_modal(verb.doc[verb.i - 1], verb):
        subj = verb.doc[verb.i - 1]  # "“…,” May said": the surname read as the modal of its verb
    if subj is None and verb.i > 0 and (before := verb.doc[verb.i - 1]).dep_ == "compound" \
            and before.head.i == verb.i and before.pos_ == "PROPN" and verb.pos_ == "VERB" \
            and before.i > 0 and verb.doc[before.i - 1].text in ("\u201d", '"', "\u2019", "'"):
        subj = before  # "“…,” Beck joked, “…”": the name hung on its verb as if the verb were a noun
    if subj is None:
        subj = stranded_subject(verb)  # "Ames, a council ally, called …": a verb read as a participle
    if subj is None:
        subj = _lent_to_participle(verb)  # "Weld, noting the crowd, said": the parse gave Weld to "noting"
    elif subj.pos_ == "ADP":
        subj = _past_fronted_topic(subj, verb)
    return subj


def _subject_lost_in_parse(verb: Token, in_quote: set[int]) -> Token | None:
    """A finite cue's subject the parse hung elsewhere ("In a statement to the Gazette, her
    aide, Tom Berring, said: “…”"): a name right before the verb, a fronted apposition, a
    "who" clause read as the report, a person named just before in a long sentence."""
    lost = _lost_subject(verb, in_quote)
    if lost is None:
        lost = _fronted_apposition(verb)
    if lost is None:
        lost = _who_clause_read_as_report(verb)
    if lost is None:
        lost = _subject_of_fronted_participle(verb)
    if lost is None:
        # "…, Rep. Ann Pell (D-MA) said “…”": a long sentence the parse loses the name in
        lost = _person_right_before(verb)
    return lost


def _subject_of_fronted_participle(verb: Token) -> Token | None:
    """"Dole, later alleging that Rask wanted higher taxes, said he would cut fees": the parse
    gives the subject to the participle set off by commas before the verb and leaves the verb
    none; the participle's subject, standing before it and its comma, is the verb's."""
    doc = verb.doc
    for part in verb.children:
        if part.dep_ not in ("advcl", "ccomp") or part.tag_ not in ("VBG", "VBN") or part.i > verb.i:
            continue
        subj = next((c for c in part.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < part.i), None)
        if subj is None or not any(t.text == "," for t in doc[subj.i + 1:part.i]) \
                or doc[part.right_edge.i + 1].text != "," or part.right_edge.i + 2 != verb.i:
            continue  # the subject, a comma, the participle's clause, a comma, the verb
        return subj
    return None


def _cleft_subject(subj: Token, verb: Token) -> Token | None:
    """"It was here that Lee rattled his partners by telling them …": the "it" of a cleft
    sentence, or a "that" the parse read as a relative pronoun of its focus ("here at the
    union's office that Lee …"), names no one; the person named after "that" acts."""
    doc = verb.doc
    words = [t for t in verb.sent if not (t.is_punct or t.is_space)][:2]
    if len(words) < 2 or words[0].lower_ != "it" or words[1].lemma_ != "be" or words[1].i > verb.i:
        return None
    that = next((t for t in doc[words[1].i + 1:verb.i] if t.lower_ == "that"), None)
    if that is None or subj.i > that.i:
        return None
    return next((t for t in doc[that.i + 1:verb.i] if t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG", "")
                 or t.lower_ in ("he", "she", "they", "we", "i")), None)


def _past_fronted_topic(prep: Token, verb: Token) -> Token | None:
    """"Of Kessler, Reade, who backs the governor, said": the parse takes the fronted topic's
    preposition for the subject; the name after the topic's comma speaks."""
    doc = verb.doc
    comma = next((t for t in doc[prep.i + 1:verb.i] if t.text == ","), None)
    if comma is None:
        return None
    tok = next((t for t in doc[comma.i + 1:verb.i] if not t.is_punct and t.pos_ != "DET"), None)
    if tok is None or tok.pos_ not in ("PROPN", "NOUN"):
        return None
    return name_head(tok)


# Verbs whose passive subject is the one spoken to ("was asked", "was told", "was warned");
# not "was called …" or "was written", whose subject is what is named or written.
_ASKED_PASSIVES = ADDRESSEE_VERBS - {"call", "phone", "text", "email", "write", "order"}


def _auxpass(verb: Token) -> bool:
    """True for a verb with a written-out passive "be" ("was asked"; not "who's called for",
    where the parse may take the contracted "has" for "is")."""
    return any(c.dep_ == "auxpass" and c.lower_ not in ("'s", "\u2019s") for c in verb.children)


# Verbs that report another's words through "as saying" ("quoted Lavrov as saying …").
_QUOTING = frozenset({"quote", "cite"})


def quoted_as_saying(verb: Token) -> Token | None:
    """The one quoted in "The agency quoted Lavrov as saying …", "state media cited the
    minister as saying …" when ``verb`` is the "saying": the quoting verb's object speaks, its
    subject (an outlet, a channel) only passes the words on. None for any other verb."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "as" or prep.dep_ != "prep" \
            or not is_speech_verb(verb.lemma_):
        return None  # "citing China as giving support": the citer's own label, not another's words
    quoting = prep.head
    if quoting.pos_ != "VERB" or quoting.lemma_.lower() not in _QUOTING:
        return None
    return next((c for c in quoting.children if c.dep_ == "dobj" and quoting.i < c.i < prep.i), None)


def _passive(verb: Token) -> bool:
    """True for a verb in the passive with a written-out "be" and its subject ("Lee was asked")."""
    return _auxpass(verb) and any(c.dep_ == "nsubjpass" for c in verb.children)


def asked_passive(verb: Token) -> bool:
    """True for a passive verb whose object is the addressee ("was asked", "was told"): its
    subject is the one spoken to, not the speaker."""
    return verb.lemma_.lower() in _ASKED_PASSIVES and _passive(verb)


# Passive cues whose subject still speaks: "is quoted as saying", "was heard telling".
_SPEAKING_PASSIVES = {"quote", "hear", "overhear", "record", "cite"}


def unnamed_speaker(verb: Token) -> bool:
    """True for a speech verb in the passive with no agent: "Lee was asked to name …", "it was
    announced that …", "the mayor was accused of …", "Asked whether …, Lee said". The words
    are put to the one the clause is about, or said of them, by someone the sentence does not
    name: the subject is the addressee or the topic, never the speaker."""
    if verb.lemma_.lower() in _SPEAKING_PASSIVES or any(c.dep_ == "agent" for c in verb.children):
        return False
    if _auxpass(verb):
        return True
    # a bare participle hung on the one it is about: "Asked whether …, Lee said", "officials,
    # asked about the plan, said"; a past tense the tagger took for one has a subject or an aux
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not any(
        c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in verb.children) and stranded_subject(verb) is None


def _relative_who(noun: Token, verb: Token) -> Token | None:
    """The "who" subject of the relative clause of ``noun`` that ``verb`` stands in."""
    for rel in noun.children:
        if rel.dep_ == "relcl" and rel.left_edge.i <= verb.i <= rel.right_edge.i:
            return next((c for c in rel.children if c.dep_ in SUBJECT_DEPS and c.lower_ == "who"), None)
    return None


def put_to_subject(verb: Token) -> bool:
    """True for a speech verb asked or told of someone, by no one named: "Asked to describe
    the device, Lee said …", "Lee was urged to explain the delay": the words are requested,
    and the one asked has not said them."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_.lower() in _ASKED_PASSIVES \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and unnamed_speaker(head)


def _lost_subject(verb: Token, in_quote: set[int]) -> Token | None:
    """The noun phrase right before a finite verb the parse gave no subject, set off by at most
    a comma, when the parse hangs it on a noun before (an apposition: "the Gazette, her aide,
    Tom Berring, said"), not inside a prepositional phrase or as an object."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].is_punct and doc[k].text in (",", "\u2014", "\u2013"):
        k -= 1
    if k < 0 or k < verb.i - 2:
        return None
    # up from the word before the verb to the noun phrase it ends ("a city official who spoke
    # anonymously to discuss strategy said"): the lowest noun whose phrase ends there
    tok = doc[k]
    for _ in range(8):
        if tok.pos_ in ("PROPN", "NOUN") and tok.dep_ in ("appos", "conj", "npadvmod", "dep", "ROOT"):
            break
        if tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON" and tok.dep_ in ("dobj", "pobj") \
                and tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == ",":
            # "… new sanctions imposed by the EU, Deputy Minister Ivan Lok said": the parse
            # made the name the object of the clause before; set off by a comma, it is the
            # subject the verb lost
            break
        if tok.dep_ == "relcl":
            named = _antecedent_of_who(tok)
            if named is not None:
                # "Speaking to the Post, a senior official, who spoke on condition of anonymity,
                # said": the parse hung the relative clause (and the official) on the outlet
                tok = named
                break
        if tok.head.i == tok.i or tok.head.i > verb.i or tok.head.right_edge.i != k:
            return None
        tok = tok.head
    else:
        return None
    return tok if fits(tok, verb, in_quote) else None


def _fronted_apposition(verb: Token) -> Token | None:
    """"Speaking in Dover, Ann Pell, without naming him, accused …": the parse hangs the
    name, set off by commas, on the fronted phrase before it (on its place, or on the
    participle) and leaves the verb no subject; with only adjuncts of the verb between, the
    name is its subject."""
    doc = verb.doc
    for tok in doc[verb.sent.start:verb.i]:
        if tok.ent_type_ != "PERSON" or tok.dep_ not in ("appos", "npadvmod") or tok.left_edge.i < 1 \
                or doc[tok.left_edge.i - 1].text != "," \
                or tok.right_edge.i + 1 >= verb.i or doc[tok.right_edge.i + 1].text != ",":
            continue
        between = doc[tok.right_edge.i + 1:verb.i]
        adjuncts = {t.i for c in verb.children if c.i < verb.i and c.dep_ in ("prep", "advmod", "punct", "advcl")
                    for t in c.subtree}
        if all(t.i in adjuncts for t in between):
            return tok
    return None


def _who_clause_read_as_report(verb: Token) -> Token | None:
    """"Baxter, who holds no seat, said that …": the parse makes the relative clause a
    complement of the verb after it, with both the name and "who" its subjects, and leaves the
    verb none; the name before "who" is the verb's subject."""
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i > verb.i:
            continue
        subjects = [g for g in c.children if g.dep_ in SUBJECT_DEPS and g.i < c.i]
        who = next((g for g in subjects if g.lower_ == "who"), None)
        name = next((g for g in subjects if g.pos_ in ("PROPN", "NOUN") and who is not None and g.i < who.i), None)
        if name is not None and verb.doc[verb.i - 1].text == "," and verb.doc[who.i - 1].text == ",":
            return name
    return None


def _person_right_before(verb: Token) -> Token | None:
    """The last word of a person's name standing right before ``verb``, past a parenthesis
    ("Sen. Ann Pell (D-MA) said")."""
    doc = verb.doc
    k = verb.i - 1
    if k > 0 and doc[k].text == ")":
        while k > 0 and doc[k].text != "(" and verb.i - k < 8:
            k -= 1
        k -= 1
    return doc[k] if k >= 0 and doc[k].ent_type_ == "PERSON" else None


def _antecedent_of_who(relcl: Token) -> Token | None:
    """The noun set off by a comma right before a "who" clause, when the parse hangs the clause
    on another word: the person the clause describes, standing in apposition."""
    who = next((c for c in relcl.children if c.lower_ == "who" and c.dep_ in SUBJECT_DEPS), None)
    if who is None or who.i < 2 or relcl.doc[who.i - 1].text != ",":
        return None
    noun = relcl.doc[who.i - 2]
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("appos", "conj", "npadvmod", "dep") and noun.i != relcl.head.i:
        return noun
    return None


def _reporting_ancestor(verb: Token) -> Token | None:
    """The speech verb a participle set off by a comma continues when the parse hangs it on
    a clause inside that verb's report ("Lee said the plan would work, adding …", "Lee testified
    that she never met him, explaining, …", "Lee said …, after Kim won, remarking …"): the
    nearest speech verb above the participle's own head. None when the participle is not set
    off, has a subject of its own, or its head already is a speech verb."""
    doc = verb.doc
    opener = doc[verb.i - 1] if verb.i > 0 else None
    if verb.tag_ == "VBG" and opener is not None and opener.lower_ in ("while", "before", "after") \
            and (opener.head.i == verb.i or verb.dep_ == "pcomp" and verb.head.i == opener.i):
        # "insisted it was “premature” to back her while adding, “…”": the subordinator sets the
        # participle off as well as a comma would
        verb = opener if verb.dep_ == "pcomp" else verb
    else:
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "xcomp") or verb.left_edge.i == 0:
            return None
        k = verb.left_edge.i - 1
        while k > 0 and doc[k].text in QUOTE_MARKS:
            k -= 1  # “… values,” stating …: the comma closed the quotation
        if doc[k].text not in (",", "\u2014", "\u2013", "-", ";") or verb.left_edge.i != verb.i:
            return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or speech_word(verb.head):
        return None
    tok = verb.head
    for _ in range(6):
        # up through the reported clause and its conjuncts; a subordinate clause with a
        # subject of its own ("…, though he used stronger words, saying …") is its own report
        if tok.head.i == tok.i or tok.dep_ not in ("ccomp", "advcl", "conj", "xcomp") or \
                tok.dep_ == "advcl" and any(c.dep_ in SUBJECT_DEPS for c in tok.children):
            return None
        tok = tok.head
        if speech_word(tok) and tok.i < verb.i and tok.lower_ != "according":
            return tok
    return None


def clause_subject_before(verb: Token, in_quote: set[int]) -> Token | None:
    """The nearest subject before ``verb`` in its sentence, outside quotes, whose own verb
    stands before ``verb`` too: "Ortiz seemed ready to joke about it, telling …" → Ortiz."""
    anywhere = getattr(in_quote, "anywhere", in_quote)
    for tok in reversed(verb.doc[verb.sent.start:verb.i]):
        if tok.i in anywhere or tok.dep_ not in SUBJECT_DEPS or tok.head.i >= verb.i:
            continue
        if tok.lower_ in ("which", "that", "who", "it", "there") and tok.head.i < verb.i:
            return None  # a relative or an empty subject ("It is worth noting")
        return tok if fits(tok, verb, in_quote) else None
    return None


def inverted_subject(verb: Token, in_quote: set[int]) -> Token | None:
    """"said Wu Xinbo", "added Rep. Jim Clyburn (D-S.C.)": the name right after the verb."""
    doc = verb.doc
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "to warn her supporters": after an infinitive stands its object, never its subject
    for tok in doc[verb.i + 1: verb.i + 4]:
        age = age_speaker(tok)
        if age is not None and fits(age, verb, in_quote):
            return age  # "said the 52-year-old"
        if _one_of(tok) and fits(tok.nbor(), verb, in_quote):
            return tok  # "said one of two witnesses": "one" is no count here but the speaker
        if tok.pos_ == "ADV" and tok.i == verb.i + 1 and _surname_read_as_adverb(tok) and fits(tok, verb, in_quote):
            return tok
        if tok.is_punct or tok.ent_type_ in _NOT_SPEAKERS or tok.pos_ in ("ADV", "ADP"):
            break
        if tok.pos_ in ("PROPN", "NOUN") and fits(tok, verb, in_quote):
            if _charged_object(verb, name_head(tok)) or _object_of_a_series(verb, name_head(tok)):
                return None
            return name_head(tok)
    return None


# What a crowd does with its voice or its hands while gathered ("chanting", "waving signs").
_CROWD_VERBS = frozenset("chant shout sing yell scream cheer boo jeer wave hold carry".split())


def _crowd_of_clause_before(verb: Token) -> Token | None:
    """"Lee spoke near the harbour, where about 50 dock workers had gathered, chanting “…”":
    the parse hangs the participle on the main verb, but a crowd's participle right after a
    relative clause whose subject is a crowd goes on with that clause: the workers chant."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in _CROWD_VERBS:
        return None
    first = verb.head if verb.dep_ == "conj" and verb.head.tag_ == "VBG" else verb  # "waving flags and shouting"
    if first.dep_ != "advcl" or first.lemma_.lower() not in _CROWD_VERBS or first.i < 3 or doc[first.i - 1].text != ",":
        return None
    clause = doc[first.i - 2]
    while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.head.i < first.i:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.right_edge.i != first.i - 2:
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.tag_ == "NNS" else None


def _object_of_a_series(verb: Token, tok: Token) -> bool:
    """"Lee described the plan as “careless,” criticized its cost and said …": the verb after
    the quotation is one of a series of verbs sharing the subject before it, and the noun after
    it is its object, not an inverted subject (as in "“…,” said the mayor, adding …")."""
    return tok.dep_ == "dobj" and tok.head.i == verb.i and any(
        c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i for c in verb.children)


def _charged_object(verb: Token, tok: Token) -> bool:
    """"accused Reade of …", "blamed the mayor for …": the name after a verb that charges
    someone with something is whom it charges, not an inverted subject."""
    preps = PREP_CUES.get(verb.lemma_.lower(), ())
    return tok.dep_ == "dobj" and tok.head.i == verb.i and any(
        c.dep_ == "prep" and c.lower_ in preps and c.i > tok.i for c in verb.children)


def written_as_a_surname(tok: Token) -> bool:
    """True when the article writes ``tok``'s word elsewhere as the last word of a person's
    name ("Bill Skelly", "George Will"): wherever the model tags it otherwise, it is that
    surname."""
    return any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == tok.text and ent[-1].i != tok.i
               for ent in tok.doc.ents)


def _surname_read_as_adverb(tok: Token) -> bool:
    """"said Skelly": the small model tags a surname ending like an adverb ("-ly") as one. A
    capitalised word in mid-sentence that the article also writes in a person's name is the
    name, not an adverb."""
    return tok.is_title and tok.ent_type_ not in _NOT_SPEAKERS and written_as_a_surname(tok)


def _past_dash_aside(subj: Token, verb: Token) -> Token | None:
    """The noun after the dash closing an aside, when the parse made the aside's last name the
    subject and hung the real one on it: "In the letter - sent to the auditor, Ana Ruiz - the
    senator asks …" (a dash opened before the name and closed right after it)."""
    doc = verb.doc
    for a in subj.children:
        if a.dep_ != "appos" or not subj.i < a.i < verb.i or a.right_edge.i + 1 != verb.i:
            continue
        dash = a.left_edge.i - 1
        if dash != subj.i + 1 or doc[dash].text not in DASHES:
            continue
        if any(t.text in DASHES for t in doc[verb.sent.start:subj.left_edge.i]):
            return a
    return None


def _surname_read_as_modal(tok: Token, verb: Token) -> bool:
    """"“…,” Will wrote", "May said": the small model reads a surname that is also a modal as
    the verb's auxiliary. A modal never comes before a past form ("said", "wrote", not "put") or a
    third person's "-s" form ("Will acknowledges"), nor in
    capitals inside a sentence; at a sentence's start, the article writes it in a name too."""
    if tok.tag_ != "MD" or tok.dep_ != "aux" or tok.head.i != verb.i or not tok.is_title:
        return False
    if verb.tag_ not in ("VBD", "VBN", "VBZ") or verb.lower_ == verb.lemma_.lower():
        return False  # (nor before "acknowledges": "While Will acknowledges …")
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and not prev.is_space and prev.text not in (".", "!", "?", ":", ";") \
            and "\n" not in prev.whitespace_:
        return True
    return _surname_read_as_adverb(tok)


_NOT_IN_NAMES = frozenset({"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON", "DET"})


def name_head(tok: Token) -> Token:
    """The last word of the name or noun phrase ``tok`` starts ("Rep. Jim Clyburn" → Clyburn)."""
    if tok.ent_type_:
        # the small model sometimes runs an entity over the cue ("Trent told Business Insider"
        # as one title): a name stops where its proper nouns do
        while tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I" \
                and tok.doc[tok.i + 1].pos_ not in _NOT_IN_NAMES:
            tok = tok.doc[tok.i + 1]
        return tok
    while tok.dep_ in ("compound", "flat", "amod") and tok.head.i > tok.i and tok.head.i - tok.i < 4:
        tok = tok.head
    return tok


def between_speaker(doc: Doc, first: int, verb: Token, in_quote: set[int], layout: Layout) -> Token | None:
    """The speaker written between a quote and its cue (“…,” Tulsa police Chief Chuck
    Jordan said), read off the words rather than the parse, which often goes wrong there."""
    span = doc[first:verb.i]
    words = [t for t in span if not t.is_punct and not t.is_space]
    own = own_subject(verb)
    if words and words[0].pos_ == "ADP" and own is not None and own.i > verb.i:
        return None  # “We are happy” about the vote, said Ann Olsen: the words between end the quoted sentence
    for tok in span:
        age = age_speaker(tok)
        if age is not None and age.i < verb.i and fits(age, verb, in_quote):
            return age  # “…?” the 43-year-old asked
    own = own_subject(verb)
    if own is not None and first <= own.i < verb.i and own.ent_type_ == "PERSON" and fits(own, verb, in_quote):
        # “I admire the mechanics” of the Lee proposals, Mr. Holt said: the verb's own subject,
        # not a name in the words before it
        return name_head(own)
    for ent in layout.ents_in(first, verb.i):
        if ent.label_ == "PERSON" and _owner_of_later(ent[-1], verb):
            continue  # “…,” Lee's spokeswoman Ann Roe said: Roe (or the spokeswoman) speaks, not Lee
        if ent.label_ == "PERSON" and fits(ent[-1], verb, in_quote):
            return ent[-1]
    for tok in span:
        if _one_of(tok):
            return tok  # “…,” one of the witnesses said
        if _owner_of_later(tok, verb):
            continue  # “…,” the group's spokeswoman, Ann Roe, said: the spokeswoman speaks, not the group
        if tok.pos_ in ("PROPN", "NOUN", "PRON") and fits(tok, verb, in_quote):
            head = name_head(tok)
            noun = _source_it_modifies(head, verb)
            return noun if noun is not None and fits(noun, verb, in_quote) else head
    return None


def _source_it_modifies(head: Token, verb: Token) -> Token | None:
    """“…,” one senior GOP aide told reporters; “…,” a Pentagon official said: a body's name
    written before a source noun only says whose the source is; the source speaks, as
    "a Republican aide" does, and the body stays in the description. A name with its own "of"
    hangs on the noun as a modifier: “…,” the Bank of England governor said: the governor."""
    noun = head.head
    if not head.ent_type_ or head.dep_ not in ("compound", "nmod") or noun.pos_ != "NOUN" \
            or not head.i < noun.i < verb.i:
        return None
    if noun.lower_ in SOURCE_NOUNS or noun.lower_ in PERSON_NOUNS:
        return noun
    # one who holds a post at a body named with its own "of" ("the Bank of Canada governor"),
    # only as the last word before the cue: a noun further on is the name's own thing. A bare
    # compound stays as before: "an NBC reporter", "a Clinton endorser" speak for the name
    # written, and a described person there adds a post no reader lists
    return noun if head.dep_ == "nmod" and agentive(noun) and noun.tag_ == "NN" and noun.i + 1 == verb.i else None


def _owner_of_later(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` is (part of) a possessor whose noun comes later, before the cue: in
    "the party's spokesman said" the possessor is whom the speaker works for."""
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
        tok = tok.head
    return tok.dep_ == "poss" and tok.i < tok.head.i < verb.i


# The numbers a pair or a small party named just before is taken up by ("the two said").
_FEW = frozenset({"two", "three", "four"})


def _the_few(tok: Token) -> bool:
    """"…,” the two said": a small number standing alone after "the" for the people just
    named together, the group that speaks (not "the two of them", a count read by
    ``_count_of``, nor "two said", a figure)."""
    return tok.lower_ in _FEW and tok.dep_ in ("nsubj", "nsubjpass") and tok.i > 0 \
        and tok.nbor(-1).lower_ == "the" and tok.nbor(-1).head.i == tok.i \
        and not any(c.dep_ in ("prep", "compound", "amod") for c in tok.children)


def _one_of(tok: Token) -> bool:
    """"one of the witnesses": a speaker picked out of a group, the head of its mention."""
    return tok.lower_ == "one" and tok.i + 2 < len(tok.doc) and tok.nbor().lower_ == "of" \
        and any(c.dep_ == "prep" and c.i == tok.i + 1 for c in tok.children)


def _lent_to_participle(verb: Token) -> Token | None:
    """"Sen. Ann Weld (D-Ore.), noting the size of the crowd, said, “…”": the small model may
    make the name the subject of the participle set off between it and the verb, and leave
    the verb none. The participle's subject, before it, with the participle's clause running
    up to the comma before the verb, is the verb's. None otherwise."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    parts = [c for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.right_edge.i == verb.i - 2]
    if verb.dep_ in ("parataxis", "conj", "ccomp") and verb.head.i < verb.i \
            and not any(t.pos_ in ("VERB", "AUX") for t in doc[verb.head.i + 1:verb.i]):
        parts.append(verb.head)  # (or the verb hung on the participle: "Durbin, noting …, said")
    for part in parts:
        if part.tag_ not in ("VBG", "VBN"):
            continue
        subj = next((c for c in part.children if c.dep_ == "nsubj" and c.i < part.i), None)
        if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
            continue
        own = min((t.i for t in part.subtree if t.i > subj.right_edge.i), default=part.i)
        if own == part.i and doc[own - 1].text == ",":
            return subj
    return None


def own_subject(verb: Token) -> Token | None:
    """The verb's own subject (the nearest, when the parse gives several), a relative pronoun
    kept as written ("…, who said")."""
    # the parse may hang the relative pronoun on the clitic and the clitic on the verb
    subjects = [next((g for g in c.children if g.dep_ in SUBJECT_DEPS), None) if _clitic(c) else c
                for c in verb.children if c.dep_ in SUBJECT_DEPS and any(ch.isalpha() for ch in c.text)]
    subjects = [c for c in subjects if c is not None and not _clitic(c)]
    if not subjects:
        return None
    left = [c for c in subjects if c.i < verb.i]
    return left[-1] if left else subjects[0]


_CLITICS = frozenset({"ve", "d", "re", "ll", "m"})


def _clitic(tok: Token) -> bool:
    """A contracted auxiliary ("who’ve said"), which the model, given a curly apostrophe,
    may tag as a plural noun and make a second subject of the verb: never the speaker."""
    return tok.text[:1] in ("'", "\u2019") and tok.text[1:].lower() in _CLITICS


def colon_object(verb: Token, subj: Token | None, in_quote: set[int]) -> Token | None:
    """"The timing of the surge doesn't surprise pollster Mia Lund: “…”": a colon intro whose
    verb is no speech verb and whose subject is a thing (a common noun no name stands for)
    hands the quotation to the person its object names. None otherwise."""
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ or verb.tag_ not in ("VBD", "VBZ", "VBP", "VB"):
        return None  # a name or a pronoun as subject speaks itself; "…, quoting Lee:" quotes Lee
    if verb.lemma_.lower() not in _AFFECT_VERBS:
        return None  # "The audit blames Governor Lee: “…”": the audit's words, not Lee's
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    head = name_head(obj) if obj.pos_ == "PROPN" else next(
        (c for c in obj.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > obj.i), None)
    if head is None or head.ent_type_ != "PERSON":
        return None
    return head if fits(head, verb, in_quote) else None


# Verbs of a feeling caused in someone, whose object then speaks ("doesn't surprise X: “…”").
_AFFECT_VERBS = frozenset("""surprise worry puzzle frustrate concern alarm delight anger bother trouble please
disappoint encourage reassure amuse annoy shock baffle""".split())

_BE = frozenset({"is", "'s", "\u2019s", "was"})


def here_is(before: list[Token]) -> Token | None:
    """"Here's Ortiz in March: “…”", "Here is how Lee put it:": the person a presenting
    "here is" names before the colon speaks."""
    words = [t for t in before if not t.is_space]
    if len(words) < 4 or words[-1].text != ":" or words[0].lower_ != "here" or words[1].lower_ not in _BE:
        return None
    for tok in words[2:-1]:
        if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN" and tok.ent_type_ in ("", "ORG"):
            return name_head(tok)  # the small model leaves a rare surname untyped
        if tok.pos_ in ("VERB", "ADP") and tok.lower_ != "how":
            break
    return None
