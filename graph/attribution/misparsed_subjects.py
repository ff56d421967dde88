"""A cue's subject where the small model's parse slips: a dateline's place made the subject, a
surname read as an adverb or a modal, a name hung on its verb as a noun, on a fronted phrase,
on a participle or on a dash aside, a fronted topic or day taken for the subject, a "who"
clause read as the report, the "it" of a cleft sentence, a name lost in a long sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..cues import SPEAKER_PRONOUNS, is_dash
from ..entities.datelines import is_dateline_place, past_dateline
from ..speaker_words import cleft_doer, stranded_subject
from ..speakers import SUBJECT_DEPS
from .speaker_candidates import NOT_SPEAKERS, fits, name_head, own_subject


def subject_as_parsed(verb: Token) -> Token | None:
    """The cue's own subject, or the one the parse misread beside it: a surname read as an
    adverb or a modal before its verb, a name hung on its verb as if the verb were a noun, a
    subject stranded by a verb read as a participle or lent to a participle, a fronted topic,
    the doer of a pseudo-cleft ("What she did was tell reporters …")."""
    subj = own_subject(verb)
    if subj is None or subj.dep_ == "csubj":
        # "What she did next was tell reporters “…”": the parse makes the clause of "do" the
        # subject of the verb after "was" (or of "was", read as its auxiliary); the one who
        # does it acts
        be = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" and c.i < verb.i]
        clause = subj if subj is not None else next(
            (g for c in [verb, *be] for g in c.children if g.dep_ in ("csubj", "csubjpass") and g.i < verb.i), None)
        subj = (cleft_doer(clause) if clause is not None else None) or subj
    if subj is not None and is_dateline_place(subj):
        # "LONDON (AP) — Prime Minister Ann Roe said …": the parse made the dateline's place the
        # subject and hung the one who speaks on it; where it hung none, the place is no speaker
        # and the readings below look for the one the parse lost ("— Premier Ann May criticized …")
        past = past_dateline(verb, subj, bodies=True)
        subj = None if past.i == subj.i else past
    if subj is None and verb.i > 0 and (before := verb.doc[verb.i - 1]).pos_ == "ADV" \
            and before.head.i == verb.i and surname_read_as_adverb(before):
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


def subject_lost_in_parse(verb: Token, in_quote: set[int]) -> Token | None:
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
        lost = person_right_before(verb)
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


def cleft_subject(subj: Token, verb: Token) -> Token | None:
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
                 or t.lower_ in SPEAKER_PRONOUNS), None)


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


def person_right_before(verb: Token) -> Token | None:
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


def written_as_a_surname(tok: Token) -> bool:
    """True when the article writes ``tok``'s word elsewhere as the last word of a person's
    name ("Bill Skelly", "George Will"): wherever the model tags it otherwise, it is that
    surname."""
    return any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == tok.text and ent[-1].i != tok.i
               for ent in tok.doc.ents)


def surname_read_as_adverb(tok: Token) -> bool:
    """"said Skelly": the small model tags a surname ending like an adverb ("-ly") as one. A
    capitalised word in mid-sentence that the article also writes in a person's name is the
    name, not an adverb."""
    return tok.is_title and tok.ent_type_ not in NOT_SPEAKERS and written_as_a_surname(tok)


def past_dash_aside(subj: Token, verb: Token) -> Token | None:
    """The noun after the dash closing an aside, when the parse made the aside's last name the
    subject and hung the real one on it: "In the letter - sent to the auditor, Ana Ruiz - the
    senator asks …" (a dash opened before the name and closed right after it)."""
    doc = verb.doc
    for a in subj.children:
        if a.dep_ != "appos" or not subj.i < a.i < verb.i or a.right_edge.i + 1 != verb.i:
            continue
        dash = a.left_edge.i - 1
        if dash != subj.i + 1 or not is_dash(doc[dash]):
            continue
        if any(is_dash(t) for t in doc[verb.sent.start:subj.left_edge.i]):
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
    return surname_read_as_adverb(tok)


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

