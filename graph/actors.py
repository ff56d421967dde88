"""Which common nouns name an actor: a person, a group of people or a body that can speak.

A described source ("a NATO diplomat", "people familiar with the talks", "the two sides")
is an actor; a thing is not, even when the grammar makes it the subject of "said" or
"calls for" ("the study", "a joint declaration", "Article 5", "defense spending targets").
``is_actor_noun`` decides from the head noun's lemma: the nouns of people and bodies, the
agent nouns English makes with -er, -or, -ist, -ian, -ant/-ent, -man, -crat …, and nothing
else. What a document says (statement, report, study) is no actor: ``is_document_noun``
tells those apart, so that the body behind them can be found ("a statement from the
ministry" → the ministry).

>>> [is_actor_noun(w) for w in ("diplomat", "negotiator", "analyst", "side", "study", "target")]
[True, True, True, True, False, False]
"""

from __future__ import annotations

import re

from . import gazetteer

# People and bodies whose nouns carry no agent ending (and the members of a chamber as British
# and European news write them: "Tory MPs", "MEPs", "Labour peers").
_ACTOR_NOUNS = frozenset("""
people person persons folk individual boss man woman men women official diplomat aide adviser advisor source expert
analyst ally allies leader head chief staff staffer team crew delegation delegate envoy emissary
side party camp faction bloc coalition alliance union group body council committee commission
board panel court tribunal government administration authority authorities ministry department
office agency bureau cabinet presidency parliament congress senate assembly legislature
embassy mission consulate military army navy force forces troops police militia guard
media press public citizen resident students student agent participant assistant consultant
president vice-president correspondent opponent dissident migrant immigrant refugee
inhabitant combatant defendant plaintiff claimant lieutenant sergeant general admiral colonel
captain major commander premier chancellor minister secretary ambassador spokesperson spokesman
spokeswoman representative executive insider witness critic supporter backer rival counterpart
colleague friend family families relative child children kid kids victim survivor hostage
prisoner soldier veteran volunteer voter worker employee employer member members membership
establishment movement network organization organisation institution firm company corporation
bank fund foundation institute university college school think-tank tank startup state states
country countries nation nations power powers capital capitals regime junta monarchy king queen
prince princess emir sheikh pope cleric imam rabbi priest bishop archbishop pastor monk nun
judge justice jury lawyer attorney prosecutor counsel scholar academic professor doctor
nurse scientist researcher economist strategist tactician
activist campaigner protester protestor demonstrator rebel insurgent fighter militant
operative spy inspector monitor observer mediator negotiator broker guarantor host hosts
outlet newspaper broadcaster channel agency network daily tabloid magazine journal publication
opposition leadership management majority minority community diaspora population electorate
tribe clan directorate secretariat command headquarters inspectorate caucus lobby chamber
consortium cartel gang syndicate crowd audience pair couple trio duo elite elites personnel
republican conservative liberal moderate progressive democrat mercenary guerrilla marine pilot
commando hierarchy chorus city town municipality county architect mogul tycoon magnate
billionaire millionaire celebrity lady gentleman surrogate ex candidate advocate associate
graduate heir pundit anchor spouse wife husband son daughter mother father brother sister parent
grandparent widow widower uncle aunt cousin nephew niece fiance fiancee boyfriend girlfriend
pal guy guys chef athlete coach player fan fans
mp mps mep meps msp msps peer peers
""".split())

# Words with an agent ending that name things ("the paper", "an order", "the border").
_NOT_AGENTS = frozenset("""
paper letter order number matter border chapter sector factor corridor error center centre
quarter water weather winter summer meter metre liter litre layer tier filter register
character charter cluster computer container disaster answer corner cancer fiber fibre
finger river tower shelter trigger ladder banner manner
motor tractor reactor vector mirror terror horror honor honour labor labour favor favour
behavior behaviour rumor rumour armor armour vapor tumor harbor harbour floor door odor
event content percent incident accident extent intent talent patent element comment
segment payment agreement statement document argument moment treatment investment
government department parliament establishment movement
christian
""".split())

# What a document says things in: never the actor, but it may name whose it is.
_DOCUMENT_NOUNS = frozenset("""
statement readout communique communiqué release letter notice post note report reports
document transcript study survey poll analysis assessment review estimate data record records
translation declaration resolution text draft proposal plan memo memorandum article paper
tweet message email e-mail video footage recording interview book speech address summary
filing complaint lawsuit ruling verdict decision order law bill treaty agreement deal accord
figure figures chart map photo image website site page account blog column editorial
""".split())

_AGENT = re.compile(r"(?:er|or|ist|ian|man|men|woman|women|person|people|crat|ee)$")
_AGENT_NT = re.compile(r"(?:ant|ent)$")


def is_document_noun(lemma: str) -> bool:
    """True for what words come in (a statement, a report, a study): no actor itself."""
    return lemma.lower() in _DOCUMENT_NOUNS


def is_listed_actor_noun(word: str) -> bool:
    """True for the listed nouns of people and bodies alone ("network", "council"), without the
    agent-noun guess that ``is_actor_noun`` adds (a surname such as "Baker" is no such noun)."""
    return word.lower().strip(".") in _ACTOR_NOUNS


def is_actor_noun(lemma: str) -> bool:
    """True when a common noun (its lemma) names a person, people or a body: the nouns of
    people and institutions, and agent nouns; False for things, events and documents."""
    w = lemma.lower().strip(".")
    if not w or not w.replace("-", "").isalpha():
        return False
    if w in _ACTOR_NOUNS or gazetteer.demonym(lemma[:1].upper() + lemma[1:]):
        return True  # "Americans", "the Chinese"
    if w.endswith("s") and len(w) > 3 and w not in _DOCUMENT_NOUNS:  # a plural the tagger left as it is
        return is_actor_noun(w[:-3] + "y" if w.endswith("ies") else w[:-1])
    if w in _DOCUMENT_NOUNS or w in _NOT_AGENTS:
        return False
    last = w.split("-")[-1]
    if last != w:
        return is_actor_noun(last)  # "vice-chairman", "co-founder"
    if len(w) > 4 and _AGENT.search(w):
        return True
    return len(w) > 5 and bool(_AGENT_NT.search(w)) and not w.endswith("ment")
