"""Grammatical gender of people named in a document, as a reader infers it: from a title
("Mrs.", "spokeswoman"), from a common forename, or from the pronouns the text itself uses for
them ("Merkel … her government").

Used only to choose between antecedents of "he" and "she"; an unknown gender fits both.

>>> forename_gender("Angela Merkel"), forename_gender("Steve Witkoff"), forename_gender("Xi Jinping")
('f', 'm', None)
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from .layout import Layout

if TYPE_CHECKING:  # spaCy types only annotate: reading forenames needs no spaCy
    from spacy.tokens import Doc

# Common forenames in English-language news, and of the countries international news names
# most (European, Slavic, Arabic, Turkish). A short list on purpose: a name missing here is
# simply "unknown", which costs nothing; a wrong entry would cost a wrong resolution.
_FEMALE = frozenset("""
abigail ada alexandra alice alicia alison amanda amy ana andrea angela angelina ann anna anne
annalena annette antonia april barbara betsy beth betty beverly brenda bridget brooke camilla
carla carly carmen carol caroline catherine cathy cecilia charlotte chelsea cheryl chloe
christina christine chrystia claire claudia condoleezza cynthia dana daniela deborah debbie
denise diana diane dianne donna doris dorothy elaine eleanor elena elisabeth elise elizabeth
ellen emily emma erin eva evelyn fiona frances gabriela gina giorgia gloria grace hannah harriet
heather heidi helen hillary ilhan ingrid irene isabel isabella jacinda jackie jacqueline jane
janet janice jeanne jennifer jessica jill joan joanna jodi josephine joy joyce judith judy
julia julie karen kamala karin kate katherine kathleen kathryn kathy katie kaja kelly kimberly
kirsten kristi kristen laura lauren leah linda lisa liz lori louise lucy lynn madeleine maria
marie marine marina marjorie martha mary maxine megan melania melanie melissa michele michelle
mikie monica nancy natalie nicola nicole nikki nina olena olivia pamela patricia patty paula
penny rachel rebecca rosa ruth sally samantha sandra sanae sara sarah sharon sheila shirley
sophie stephanie susan suzanne svetlana sylvia tammy tanya teresa theresa tiffany tina tracy
tulsi ursula valerie vanessa victoria virginia wendy yulia yvonne zoe
agnieszka aisha alina amelia anastasia anja annika astrid beatriz birgit birgitta brigitte
camila carolina catalina daria dilma ekaterina elif emine ewa fatima fatma francesca frauke greta
hanna helga hiroko ilse ines irina iryna isabelle jana johanna katarzyna katja kristina larisa lena
leila lina lucia ludmila lyudmila magdalena malala margarita margrethe mariam marta mette mia
nadia naledi natalia natalya nora noura oksana olga petra priya renata sabine sahra sandrine sanna
silvia sofia sonia tatiana tatyana ulla ulrike valentina vera veronika viktoria yoko yuliya zeynep
""".split())

_MALE = frozenset("""
aaron adam al alan albert alex alexander alexei andrew andrzej angus anthony antony antonio ari
arthur barack ben benjamin benny bernie bill bob boris brad brandon brett brian bruce carl
carlos charles charlie chris christopher chuck clarence colin craig dan daniel david dennis
derek dick dmitry don donald doug douglas duncan ed eddie edward emmanuel eric evan frank fred
friedrich gary gavin george gerald glenn gordon greg gregory hakeem hank harold harry henry
howard hugh ian igor isaac jack jacob jake james jamie jason javier jay jeff jeffrey jens jeremy
jerome jerry jim jimmy joe joel johann john johnny jon jonathan jorge jose joseph josh joshua
juan justin keir keith ken kenneth kevin kurt lars lee leon lindsey lloyd luis marco marcus
mario mark martin matt matthew max michael mike mitch mitt mohammed muhammad narendra ned neil
nicholas nick nigel olaf oliver omar pat patrick paul pedro pete peter phil philip ralph randy
raymond recep richard rick rishi rob robert rodrigo roger ron ronald rudy rush russell ryan
sam samuel scott sean sergei sergey shinzo simon stephen steve steven stuart ted terry thomas
tim timothy todd tom tomas tony viktor vladimir volodymyr walter wayne william xavier yuri
abdullah ahmad ahmed alberto aleksandr aleksander ali amir anatoly andrei andres andriy
bashar carsten christian dieter diego dmitri dmitriy dmytro emil emre enrique fabrice fernando
francesco francisco francois frederik gennady gerhard giuseppe guido hamid hans hassan heinz helmut
hussein ibrahim ivan jacques janusz jaroslaw jurgen karl kirill klaus lech lukas maciej mahmoud
manuel marek markus mateusz matteo matthias mehmet miguel mikhail mustafa nikolai nikolay norbert
oleksandr oleksiy pablo piotr pierre rafael reza roberto rolf salman sebastian sergio stefan
taras thierry ulf vasily vitaly volker wolfgang yevgeny yosef youssef yusuf zbigniew
""".split())

# Forenames of both sexes: "Jean" alone is a woman in English news and a man in French ("Jean
# Castex"), so it says no gender; the first of a double forename it is always a man's
# ("Jean-Claude", "Jean-Marie").
_EITHER = frozenset({"jean"})
_DOUBLE_MALE = frozenset({"jean"})

_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}


def _leading_forename(name: str) -> tuple[str, bool] | None:
    """The first word of a full name, lower-cased, and whether it opened a double forename
    ("Jean-Marie Le Pen" → ("jean", True): the first forename of a double one says it); None for
    a lone word, a surname that says nothing."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0].lower().strip(".")
    if "-" in first and first.split("-")[0] and first.split("-")[1]:
        return first.split("-")[0], True
    return first, False


def forename_gender(name: str) -> str | None:
    """"m", "f" or None from the first word of a full name (a lone surname says nothing)."""
    read = _leading_forename(name)
    if read is None:
        return None
    first, double = read
    if double and first in _DOUBLE_MALE:
        return "m"  # "Jean-Marie", "Jean-Claude"
    if first in _FEMALE:
        return "f"
    if first in _MALE:
        return "m"
    return None


def is_forename(name: str) -> bool:
    """True when the first word of a full name is a known forename, of either sex.

    >>> is_forename("Jean Castex"), is_forename("Angela Merkel"), is_forename("Xi Jinping")
    (True, True, False)
    """
    read = _leading_forename(name)
    return read is not None and (read[0] in _FEMALE or read[0] in _MALE or read[0] in _EITHER)


def pronoun_votes(doc: Doc, person_at: dict[int, str], skip: set[int] = frozenset(),
                  layout: Layout | None = None) -> dict[str, str]:
    """Gender of people from the pronouns the document uses right after naming them alone:
    in a sentence naming one person only, a later "she"/"her" votes for that person.

    ``person_at`` maps token index → entity id for person mentions; tokens in ``skip``
    (inside direct quotes, where "I" and "you" shift) are ignored. Returns id → "m"/"f" where
    the votes agree at least two to one.
    """
    layout = layout or Layout(doc)
    sent_of = layout.sent_of
    votes: dict[str, Counter] = defaultdict(Counter)
    people: list[str] = []  # the people named so far in the current sentence
    earlier: set[str] = set()  # genders of the pronouns met before any name in the sentence
    sent = -1
    # only names and gendered pronouns count: visit those, in text order
    for i in sorted(set(person_at) | set(layout.tokens_where(lower=_PRONOUN_GENDER))):
        if i in skip:
            continue
        if sent_of[i] != sent:
            sent, people, earlier = sent_of[i], [], set()
        ent = person_at.get(i)
        if ent is not None:
            if not people or people[-1] != ent:
                people.append(ent)
            continue
        g = _PRONOUN_GENDER[doc[i].lower_]
        if not people:
            earlier.add(g)
        elif len(set(people)) == 1 and g not in earlier:
            # "Her son, Tom Vance, said she died at home": "her" before the name is someone
            # the story spoke of already, and "she" after it is most likely that one again
            votes[people[0]][g] += 1
    out = {}
    for ent, c in votes.items():
        (g, n), = c.most_common(1)
        other = sum(c.values()) - n
        if n >= 2 * other and n > 0:
            out[ent] = g
    return out


def noun_gender(noun: str) -> str | None:
    """The gender a person noun says ("businesswoman" → "f", "spokesman" → "m"), else None.

    >>> noun_gender("businesswoman"), noun_gender("chairman"), noun_gender("developer")
    ('f', 'm', None)
    """
    low = noun.lower()
    if low.endswith("woman") or low.endswith("women"):  # before "man": "businesswoman" ends in "man" too
        return "f"
    if low.endswith("man") or low.endswith("men"):
        return "m"
    return None


# Nouns news uses as epithets for a person it has just named ("the billionaire businessman",
# "the veteran lawmaker"): describing, not a post another person could hold in the story. Role
# and office nouns (judge, prosecutor, spokesman, regulator) are someone else more often than not.
EPITHET_NOUNS = frozenset("""businessman businesswoman billionaire millionaire mogul tycoon magnate
entrepreneur developer investor financier philanthropist lawmaker legislator politician populist
firebrand incumbent newcomer outsider contender hopeful candidate nominee congressman congresswoman
actor actress author novelist singer rapper comedian celebrity pundit commentator activist campaigner
retiree veteran""".split())
