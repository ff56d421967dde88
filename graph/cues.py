"""Reporting verbs and phrases: the words that tell a reader someone said something.

The lists are data, kept here in one place; ``is_speech_verb`` and friends are what the
extractor asks. Lemmas were chosen from PARC-style attribution cues seen in news, leaving out
verbs that mostly report thought or action ("believe", "provide", "address") because they
produce false attributions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the lists need no spaCy; a token only annotates ``is_dash`` and ``glued_mark``
    from collections.abc import Collection

    from spacy.tokens import Token

# Verbs that introduce speech, direct or reported.
SPEECH_VERBS = frozenset("""
say tell add ask answer reply respond note write state declare explain insist argue claim
warn urge announce acknowledge admit confirm deny suggest stress emphasize emphasise recall
report tweet post comment remark observe predict promise pledge vow assert contend maintain
concede complain caution counter conclude continue describe reiterate repeat testify
characterize characterise mention point disclose reveal signal indicate estimate allege
accuse criticize criticise blast slam praise call demand propose recommend advise joke
quip shout yell whisper chant boast brag agree disagree object protest lament muse wonder
question retort rebut scoff sneak sigh tout hail welcome affirm assure inform notify
reassure instruct order threaten predict forecast speculate theorize
underscore underline reaffirm restate reassert highlight float proclaim
grumble fume vent grouse
""".split())

# Cues that usually need their clause complement to be speech ("call for", "point out").
PARTICLE_CUES = {("point", "out"), ("call", "for"), ("call", "on"), ("speak", "of"), ("speak", "about"),
                 ("lay", "out"), ("spell", "out")}

# Marks of a clause set against the report before it ("…, while critics argue …"): another's report.
CONTRASTING_MARKS = frozenset({"while", "whereas", "although", "though"})
# The one-character dashes: a hyphen, an en dash and an em dash ("Clinton-Kaine", "– Lee said").
DASH_MARKS = ("-", "\u2013", "\u2014")
# The hyphens that join the parts of one word ("pro-Lee", "African-American"): the plain one
# and the Unicode hyphen and non-breaking hyphen.
HYPHENS = ("-", "\u2010", "\u2011")
# The dashes that set off a dateline, a cue or an aside ("OSLO - …", "… - Lee said").
DASHES = frozenset({*DASH_MARKS, "--"})


def is_dash(tok: Token) -> bool:
    """True when the token ``tok`` is a dash that sets words off, not the hyphen inside a word:
    "a “Deporter-in-Chief” wing" holds no aside, "a plan - and a costly one" and "the
    mayor—often the first to speak—said" do (an en or em dash is one however it is spaced)."""
    if tok.text not in DASHES:
        return False
    if tok.text != "-":
        return True
    return bool(tok.whitespace_) or tok.i == 0 or bool(tok.doc[tok.i - 1].whitespace_)


def glued_mark(tok: Token, marks: Collection[str]) -> Token | None:
    """The token right after ``tok`` when it is one of ``marks`` with no space on either side
    (the hyphen the tokenizer split out of "mega-donor", "pro-Lee" or "the Lee-Kaine
    ticket"), else None: a mark inside a word, not one set between words."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or tok.whitespace_:
        return None
    nxt = doc[tok.i + 1]
    return nxt if nxt.text in marks and not nxt.whitespace_ else None


# A light verb and a noun that together report speech ("voiced concern that …", "expressed
# optimism that …", "raised concerns that …", "maintained his belief that …"): the verb is the
# cue, the noun's clause the content.
LIGHT_VERBS = frozenset("express voice raise maintain restate reiterate repeat offer share air".split())
STANCE_NOUNS = frozenset("""
concern concerns optimism pessimism hope hopes fear fears belief view views confidence doubt doubts
worry worries frustration regret satisfaction conviction position opinion
""".split())

# Verbs whose object is the addressee ("told Yuri Ushakov", "urged her").
ADDRESSEE_VERBS = frozenset("tell ask inform notify assure reassure advise urge warn instruct remind "
                            "order brief call phone text email write".split())

# Verbs that count as communication between two actors, for COMMUNICATED_WITH relations.
COMMUNICATION_VERBS = frozenset("tell phone call meet advise urge invite write text email brief "
                                "warn ask speak talk message host visit thank congratulate".split())

# Nouns that carry reported speech ("the remark that …", "X's claim that …").
SPEECH_NOUNS = frozenset("""
statement remark remarks comment comments claim claims warning assertion announcement
insistence contention argument suggestion promise pledge vow message admission accusation allegation
denial assurance plea call demand proposal testimony tweet post
""".split())

# Speech nouns whose infinitive is what was said ("his pledge to be “neutral”", "her promise
# to cut taxes"); "call" is left out, since "a call to discuss the deal" is a phone call's purpose.
INFINITIVE_NOUNS = frozenset("promise pledge vow demand plea proposal".split())
# Speech nouns whose "for" phrase is what was asked for ("her call for “a full inquiry”",
# "his demand for a recount").
FOR_NOUNS = frozenset("call demand plea proposal appeal".split())


def is_light_speech(verb_lemma: str, noun_lemma: str) -> bool:
    """True for a light verb with a stance noun: "voice concern", "express optimism".

    >>> is_light_speech("voice", "concern"), is_light_speech("raise", "taxes")
    (True, False)
    """
    return verb_lemma.lower() in LIGHT_VERBS and noun_lemma.lower() in STANCE_NOUNS

# "according to X", "in the words of X"
ACCORDING_TO = ("according to",)


def is_speech_verb(lemma: str) -> bool:
    """True when ``lemma`` is a verb news uses to report speech.

    >>> is_speech_verb("say"), is_speech_verb("eat")
    (True, False)
    """
    return lemma.lower() in SPEECH_VERBS


_IRREGULAR_PAST = {"said": "say", "told": "tell", "wrote": "write", "spoke": "speak"}


def is_speech_past(word: str) -> bool:
    """True when ``word`` is the past tense of a speech verb ("Stated", "added", "said"): the
    small model glues one that opens a sentence to the name after it ("Stated Pell: …").

    >>> is_speech_past("Stated"), is_speech_past("Added"), is_speech_past("Reed")
    (True, True, False)
    """
    w = word.lower()
    if w in _IRREGULAR_PAST:
        return True
    if not w.endswith("ed"):
        return False
    stems = {w[:-1], w[:-2], w[:-3] + "y" if w.endswith("ied") else w[:-2]}
    if len(w) > 4 and w[-3] == w[-4]:
        stems.add(w[:-3])  # "quipped"
    return any(len(s) > 2 and s in SPEECH_VERBS for s in stems)


def is_speech_noun(lemma: str) -> bool:
    return lemma.lower() in SPEECH_NOUNS


# Speech verbs whose object is what was said ("criticized the law as a “crazy system”",
# "called the charges unsubstantiated", "denied the report"): PolNeAR-style content.
OBJECT_CUES = frozenset("""
call criticize criticise describe mention deny cite propose announce promise demand praise
question defend blast slam attack reiterate repeat acknowledge admit confirm dismiss reject
condemn denounce welcome stress emphasize emphasise tout predict report reveal disclose
tweet recommend accuse express raise label dub brand decry hail laud applaud lament concede
""".split())

# Verbs of news coverage, whose noun object may be a happening covered rather than words
# ("reported the meeting", "reported the attack"), and the happenings: what took place is no
# message, while "reported a rise in prices" or "reported record profits" tells a finding.
COVERAGE_CUES = frozenset({"report"})
EVENT_NOUNS = frozenset("""
meeting meetings talks summit visit visits trip call conversation conference ceremony funeral rally protest
protests march demonstration attack attacks strike strikes raid raids bombing shooting explosion blast crash
accident incident fire clash clashes fighting battle election vote arrest arrests killing killings death deaths
""".split())

# Speech verbs that report with an infinitive ("vowed to …", "urged X to …", "told them to …").
XCOMP_CUES = frozenset("""
vow promise pledge threaten urge ask tell warn encourage agree refuse decline offer demand
propose advise instruct order call beg implore invite appeal plead swear
press challenge exhort beseech entreat
""".split())

# Verbs of appeal whose object is asked to act ("implored the opposition to …", "pressed
# Tehran to …", "challenged critics to …"): most of them also name acts that are no speech
# ("invited him to dinner", "pressed the button"), so they report words only when the
# infinitive holds the speaker's words in quotation marks.
APPEAL_CUES = frozenset("""
urge ask tell warn encourage implore invite beg press challenge exhort beseech entreat advise
instruct order call
""".split())

# Speech verbs whose content follows a preposition ("accused X of …", "warned of …",
# "called for …", "complained about …").
PREP_CUES = {
    "accuse": ("of",), "warn": ("of", "about", "against"), "call": ("for",), "complain": ("about", "of"),
    "speak": ("of", "about"), "talk": ("about",), "boast": ("about", "of"), "brag": ("about",),
    "criticize": ("for",), "criticise": ("for",), "blame": ("for", "on"), "praise": ("for",),
    "argue": ("for", "against"), "testify": ("about", "to"), "comment": ("on",), "insist": ("on",),
    "describe": ("as",), "dismiss": ("as",), "brand": ("as",), "label": ("as",), "characterize": ("as",),
    "denounce": ("as",), "condemn": ("as",), "refer": ("as",), "apologize": ("for",), "apologise": ("for",), "thank": ("for",), "lash": ("at",),
    "liken": ("to",), "compare": ("to",),
    "portray": ("as",), "depict": ("as",), "paint": ("as",), "cast": ("as",), "herald": ("as",),
    "mock": ("as",), "deride": ("as",), "ridicule": ("as",), "credit": ("with", "for", "to"),
    "introduce": ("as",),
}

# Prepositional cues that report words only when the label after the preposition is quoted:
# "referred to him as “the kindest man”" quotes a speaker, "referred the case to a court as a
# matter of urgency" reports nothing.
# So are "likened the council to a “sinking ship”", "compared him to a “used-car salesman”"
# ("compared prices to last year's" reports nothing).
# So are "portrayed the unions as “greedy”", "painted him as a “radical”" ("the film portrays
# him as a hero", "cast her as the lead" report nothing); "mocked the plan as a joke" reports
# words with marks or without.
# So is "credited the governor with “holding the state together”" ("credited the account with
# interest", "is credited with the find" report nothing).
# So is "introduced the senator as “a fighter for working families”" ("introduced the bill as
# an amendment" reports nothing).
QUOTED_PREP_ONLY = frozenset({"refer", "liken", "compare", "portray", "depict", "paint", "cast", "credit",
                              "introduce"})
# Requests whose words follow "for" and report speech only when they are quoted: "asked for
# “clear and early communication”" quotes the speaker, "asked for a lawyer" reports no words.
QUOTED_REQUEST_PREPS = {"ask": ("for",), "appeal": ("for",), "plead": ("for",)}

# Subordinators: a speech verb after one of these belongs to another clause, not to the quote
# before it ("“That makes me smart,” when Clinton blasted him").
SUBORDINATORS = frozenset("when while because as if after before since although though until unless whereas".split())

# The personal pronouns a cue names its speaker by (", he said.", "“…,” they said"); not
# "you", which in news prose is the reader or the one spoken to.
SPEAKER_PRONOUNS = frozenset("he she they we i".split())

# verbs that report a retort only with "back": "Lee shot back", "fired back", "hit back"
BACK_RETORTS = frozenset("shoot fire hit snap push".split())
