"""ADVERSARY_OF and ALLY_OF between politicians (graph/relations/rivals.py): rivals, running
against, beating, attacks in words, campaign support; from sentences written for this test.
Negated, planned and hypothetical ones stay out."""

import pytest

from ._helpers import between, pairs, rels, run


@pytest.mark.parametrize("text, a, b", [
    ("Senator Jane Holt criticized her Democratic rival Mark Dalton on the radio.", "Jane Holt", "Mark Dalton"),
    ("Maria Lopez led early, but her main rival, Tom Baker, gained ground in the polls.", "Maria Lopez", "Tom Baker"),
    ("Maria Lopez's chief opponent, Tom Baker, conceded on Tuesday.", "Maria Lopez", "Tom Baker"),
    # the name set off after the noun, hung by the parser on the clause
    ("Maria Lopez will go on facing the attacks of her party rival, Senator Tom Baker of Utah.",
     "Maria Lopez", "Tom Baker"),
    ("Tom Baker beat rivals Maria Lopez and Paul Green in the Ohio primary.", "Tom Baker", "Paul Green"),
    ("Maria Lopez, who is running against Tom Baker for governor, held a rally.", "Maria Lopez", "Tom Baker"),
    ("Maria Lopez focused on her race against Tom Baker.", "Maria Lopez", "Tom Baker"),
    ("The race between Tom Baker and Maria Lopez tightened.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker defeated Maria Lopez in Indiana.", "Tom Baker", "Maria Lopez"),
    ("Jane Holt's bid to stop Tom Baker failed.", "Jane Holt", "Tom Baker"),
    ("Jane Holt took on Tom Baker in the debate.", "Jane Holt", "Tom Baker"),
    ("Maria Lopez, who is challenging Tom Baker for the nomination, held a rally.", "Maria Lopez", "Tom Baker"),
    ("Tom Baker is facing a primary challenge from Maria Lopez.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker survived a primary challenge from Maria Lopez in 2018.", "Tom Baker", "Maria Lopez"),
    # the rival noun hung by the parse on the title of the name after it, the owner on the title too
    ("Dana Whitfield held a rally on Monday. The union endorsed Whitfield rival Sen. Carl Brandt on Tuesday.",
     "Dana Whitfield", "Carl Brandt"),
])
def test_rivals_in_a_contest_are_adversaries(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text, a, b", [
    ("Maria Lopez attacked Tom Baker over his tax plan.", "Maria Lopez", "Tom Baker"),
    ("Tom Baker took a swipe at Maria Lopez on Tuesday.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker lashed out at Maria Lopez after the debate.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker accused Maria Lopez of lying about taxes.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker stepped up his attacks on Maria Lopez this week.", "Tom Baker", "Maria Lopez"),
    ("Jane Holt's criticism of Tom Baker grew sharper.", "Jane Holt", "Tom Baker"),
    ("Maria Lopez clashed with Tom Baker during the hearing.", "Maria Lopez", "Tom Baker"),
    ("Senator Jane Holt has long been an outspoken critic of Tom Baker.", "Jane Holt", "Tom Baker"),
    ("Senator Ann Ruiz spoke. Carl Moss, a longtime Ruiz foe, spoke too.", "Carl Moss", "Ann Ruiz"),
])
def test_attacks_in_words_between_two_persons(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text, a, b", [
    ("Activist Carl Moss filed a lawsuit against Senator Ann Ruiz on Monday.", "Carl Moss", "Ann Ruiz"),
    ("Carl Moss sued Senator Ann Ruiz over the vote.", "Carl Moss", "Ann Ruiz"),
])
def test_a_lawsuit_between_two_persons(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Maria Lopez may attack Tom Baker over his tax plan.",
    "Maria Lopez did not criticize Tom Baker.",
    "If Maria Lopez defeats Tom Baker, the party will split.",
    "Jane Holt vowed to take on Tom Baker in November.",
    "Analysts asked how likely Maria Lopez was to defeat Tom Baker.",
    "Tom Baker may soon clash with Maria Lopez.",
])
def test_no_adversary_from_negated_planned_or_hypothetical_contests(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


def test_a_rivals_owner_is_not_the_rival(nlp):
    # "her" is the person the clause's subject is, never the rival named after it
    ex = run(nlp, "Jane Holt praised Maria Lopez. Later she blasted her rival Tom Baker.")
    assert frozenset(("Maria Lopez", "Tom Baker")) not in pairs(ex, "ADVERSARY_OF") or \
        frozenset(("Jane Holt", "Tom Baker")) in pairs(ex, "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Tom Baker campaigned for Maria Lopez in Ohio.", "Tom Baker", "Maria Lopez"),
    # "for her": the one the pronoun stands for, as for "endorsed him"
    ("Maria Lopez won Iowa on Monday. Senator Paul Dean campaigned for her in Des Moines.", "Paul Dean", "Maria Lopez"),
    ("Jane Holt met Tom Baker in Dayton. She endorsed him a week later.", "Jane Holt", "Tom Baker"),
    ("Tom Baker endorsed the candidacy of Senator Jane Holt.", "Tom Baker", "Jane Holt"),
    ("Ann Dale supports Republican Paul Ridley in the governor's race.", "Ann Dale", "Paul Ridley"),
    ("Ann Dale was the first mayor in Ohio to endorse Paul Ridley.", "Ann Dale", "Paul Ridley"),
    ("The Ohio Values PAC, backing Maria Lopez, bought airtime.", "Ohio Values PAC", "Maria Lopez"),
])
def test_campaign_support_makes_allies(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("verb", ["stumped", "campaigned"])
def test_each_named_campaigner_is_an_ally(nlp, verb):
    # two subjects, each named in an apposition; "her" is neither of them (no "herself")
    ex = run(nlp, f"Maria Lopez won Iowa. Both her brother, Sam Lopez, and her aide, Jane Holt, "
                  f"also {verb} for her in Ohio.")
    between(ex, "ALLY_OF", "Sam Lopez", "Maria Lopez")
    between(ex, "ALLY_OF", "Jane Holt", "Maria Lopez")
    assert frozenset(("Sam Lopez", "Jane Holt")) not in pairs(ex, "ALLY_OF")


@pytest.mark.parametrize("text", [
    "Tom Baker has yet to endorse Maria Lopez.",
    "Tom Baker rescinded his endorsement of Maria Lopez.",
    "Tom Baker used to support Maria Lopez.",
    "Tom Baker declined to affirm his support for Maria Lopez.",
    "Tom Baker will back Maria Lopez.",
    "Tom Baker did not support Maria Lopez.",
    "Tom Baker said he is leaning toward supporting Maria Lopez.",
])
def test_support_taken_back_or_still_to_come_is_no_alliance(nlp, text):
    assert not rels(run(nlp, text), "ALLY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Senator Ann Ruiz slammed Tom Baker's remarks about veterans.", "Ann Ruiz", "Tom Baker"),
    ("Governor Maria Lopez bashed Tom Baker's proposal to cut pensions.", "Maria Lopez", "Tom Baker"),
    ("Carl Moss, who has been critical of Senator Ann Ruiz, spoke on Monday.", "Carl Moss", "Ann Ruiz"),
    ("Carl Moss, a local radio host who has been critical of Senator Ann Ruiz, spoke on Monday.",
     "Carl Moss", "Ann Ruiz"),
    ("Senators Ann Ruiz and Carl Moss have been vocal in their criticism of Mayor Tom Baker.", "Ann Ruiz", "Tom Baker"),
])
def test_attacks_on_a_persons_words_and_open_criticism(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text, a, b", [
    ("Senator Ann Ruiz posted an image of rival Tom Baker.", "Ann Ruiz", "Tom Baker"),
    ("Senator Ann Ruiz said rival Tom Baker had lied about taxes.", "Ann Ruiz", "Tom Baker"),
])
def test_a_bare_rival_is_the_rival_of_the_clauses_subject(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Senator Ann Ruiz praised Tom Baker's remarks about veterans.",
    "Carl Moss was never critical of Senator Ann Ruiz.",
    "Senator Ann Ruiz criticized Tom Baker's plan on Monday.",
    "A poll showed voters prefer rival Tom Baker.",
    "Rival Tom Baker said Senator Ann Ruiz had lied.",
])
def test_no_adversary_from_praise_negation_mild_criticism_or_an_unnamed_owner(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Governor Maria Lopez's campaign attacked Mayor Tom Baker on Monday.", "Maria Lopez", "Tom Baker"),
    ("Senator Ann Ruiz spoke in Ohio. The Ruiz campaign accused Mayor Tom Baker of lying about taxes.",
     "Ann Ruiz", "Tom Baker"),
    ("Governor Maria Lopez spoke in Ohio. She is still in the race against Mayor Tom Baker.", "Maria Lopez", "Tom Baker"),
    ("Senator Ted Crane's on-again, off-again battle with Governor Dan Trell is on again.", "Ted Crane", "Dan Trell"),
    ("Governor Maria Lopez's feud with Senator Tom Baker deepened.", "Maria Lopez", "Tom Baker"),
])
def test_a_campaign_acts_for_its_candidate_and_fights_are_with_the_other_side(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Governor Maria Lopez's running battle with cancer ended in May.",
    "Governor Maria Lopez's campaign may attack Mayor Tom Baker next week.",
])
def test_no_fight_without_a_named_other_side_or_as_a_plan(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Senator Tom Baker has been outspoken on the issue as he campaigns against Governor Ann Ruiz.", "Tom Baker", "Ann Ruiz"),
    ("Governor Ann Ruiz went on offense against Senator Tom Baker on Monday.", "Ann Ruiz", "Tom Baker"),
    ("Governor Ann Ruiz launched a blistering attack on Senator Tom Baker.", "Ann Ruiz", "Tom Baker"),
])
def test_attacks_made_by_the_clauses_subject(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Governor Ann Ruiz condemned the attack on Senator Tom Baker.",
    "Governor Ann Ruiz may launch an attack on Senator Tom Baker.",
])
def test_an_attack_condemned_or_planned_is_not_the_subjects(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


def test_an_attack_on_his_proposal_is_on_the_man_a_reader_takes_his_for(nlp):
    ex = run(nlp, "Senator Tom Baker has pushed for a new tax. Governor Ann Ruiz has slammed his proposal as too vague.")
    between(ex, "ADVERSARY_OF", "Ann Ruiz", "Tom Baker")


@pytest.mark.parametrize("text", [
    "Governor Ann Ruiz slammed her own proposal as a mistake.",
    "Senator Tom Baker spoke first. Governor Ann Ruiz praised his proposal.",
])
def test_no_adversary_from_ones_own_proposal_or_praise(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    # "rivals" tagged as a verb, the names a second object of the verb
    ("Tom Baker trounced rivals Sen. Ann Ruiz of Ohio and Sen. Carl Moss of Utah by double digits on Tuesday.",
     "Tom Baker", "Carl Moss"),
    # "rivals" tagged as the sentence's verb, "beat" before it a noun
    ("Tom Baker beat rivals Ann Ruiz and Carl Moss in the Iowa caucuses.", "Tom Baker", "Ann Ruiz"),
    # the names the object of "rivals"/VERB, the one who beat them a pronoun
    ("Tom Baker won in Ohio. He trounced rivals Ann Ruiz and Carl Moss there.", "Tom Baker", "Carl Moss"),
    ("Tom Baker won in Ohio, where he defeated rivals Sen. Ann Ruiz of Ohio and Sen. Carl Moss of Utah.",
     "Tom Baker", "Ann Ruiz"),
    # a relative clause with "whose" hangs on the one who criticises
    ("Maria Lopez, whose criticism of Tom Baker has sharpened this month, spoke on Monday.", "Maria Lopez", "Tom Baker"),
    # a challenge "to" someone in a primary
    ("Turnout rose during Maria Lopez's 2014 primary challenge to Gov. Tom Baker.", "Maria Lopez", "Tom Baker"),
    # a contest already set, told with "will": the two are running against each other now
    ("Tom Baker is up for re-election in November and will face off with former Gov. Maria Lopez.",
     "Tom Baker", "Maria Lopez"),
])
def test_rivals_said_in_news_forms(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Tom Baker won in Ohio. He did not beat rivals Ann Ruiz and Carl Moss there.",
    "Tom Baker could face off with Maria Lopez in November.",
    "Tom Baker will not face off with Maria Lopez in November.",
    "If she wins, Maria Lopez will face off with Tom Baker in November.",
    "Tom Baker said the ruling was a challenge to Maria Lopez's authority.",
])
def test_no_rivals_from_guessed_or_negated_races_or_a_challenge_to_a_thing(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


def test_the_second_verb_of_a_relative_clause_shares_its_subject(nlp):
    ex = run(nlp, "The Teachers Guild, a union that has split from other groups and endorsed Tom Baker, was pleased.")
    between(ex, "ALLY_OF", "Teachers Guild", "Tom Baker")


def test_backing_someones_effort_backs_them(nlp):
    between(run(nlp, "Former Governor Ned Alcott backed Senator Rosa Tein's effort in a post on social media."),
            "ALLY_OF", "Ned Alcott", "Rosa Tein")


@pytest.mark.parametrize("text", [
    "Senator Ada Kerrin appeared at a union rally, deepening her split with Governor Bo Lindqvist.",
    "Senator Ada Kerrin's rift with Governor Bo Lindqvist widened on Monday.",
    "The rift between Senator Ada Kerrin and Governor Bo Lindqvist widened on Monday.",
])
def test_a_rift_or_split_with_someone_sets_two_apart(nlp, text):
    between(run(nlp, text), "ADVERSARY_OF", "Ada Kerrin", "Bo Lindqvist")


def test_denied_rift_is_no_enmity(nlp):
    assert not pairs(run(nlp, "Senator Ada Kerrin denied any rift with Governor Bo Lindqvist."), "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    "Senator Ola Brandvik joined Governor Nia Castell on the campaign trail in Iowa.",
    "Senator Ola Brandvik joined Governor Nia Castell at a rally in Iowa on Monday.",
])
def test_joining_a_candidate_on_the_trail_is_campaigning_for_them(nlp, text):
    between(run(nlp, text), "ALLY_OF", "Ola Brandvik", "Nia Castell")


def test_joining_someone_at_a_debate_takes_no_side(nlp):
    assert not pairs(run(nlp, "Senator Ola Brandvik joined Governor Nia Castell at the debate in Iowa."), "ALLY_OF")


def test_fundraising_for_a_candidate_backs_them(nlp):
    between(run(nlp, "Senator Ola Brandvik endorsed and has fundraised for Governor Nia Castell."),
            "ALLY_OF", "Ola Brandvik", "Nia Castell")


def test_a_challenge_that_may_come_is_no_rivalry(nlp):
    assert not rels(run(nlp, "Tom Baker could face a primary challenge from Maria Lopez."), "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    "When asked about Maria Lopez's attacking Tom Baker, the senator shrugged.",
    "Questioned about Maria Lopez's calling Tom Baker a fraud on Monday, Ann Cole changed the subject.",
])
def test_a_gerund_acts_for_the_owner_before_it_whatever_the_parse(nlp, text):
    ex = run(nlp, text)
    between(ex, "ADVERSARY_OF", "Maria Lopez", "Tom Baker")
    assert frozenset(("Ann Cole", "Tom Baker")) not in pairs(ex, "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Paul Green, who is vying with Anna Kerr for the party's nomination, toured Iowa.", "Paul Green", "Anna Kerr"),
    ("Anna Kerr competed with Paul Green for union votes all spring.", "Anna Kerr", "Paul Green"),
    ("Anna Kerr and Paul Green are vying for the Senate seat.", "Anna Kerr", "Paul Green"),
])
def test_vying_or_competing_with_someone_for_a_prize_makes_rivals(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Paul Green may vie with Anna Kerr for the nomination next year.",
    "Anna Kerr did not compete with Paul Green in the primary.",
])
def test_no_rivals_from_a_possible_or_denied_contest(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


def test_its_rival_is_the_rival_of_the_state_the_clause_is_about(nlp):
    """ "its" is the clause subject's (a state's), and the rival it names a state."""
    ex = run(nlp, "Officials said Pakistan has long tried to isolate its regional rival India.")
    between(ex, "ADVERSARY_OF", "Pakistan", "India")


@pytest.mark.parametrize("text, b", [
    ("Anna Kerr spoke in Reno. The panel is expected to include Kerr's two rivals, Paul Green and Tom Baker.",
     "Tom Baker"),
    ("Anna Kerr spoke in Reno. Organizers plan to invite Kerr's main rival, Paul Green, to the debate.", "Paul Green"),
])
def test_a_rival_named_in_a_planned_clause_is_still_a_rival(nlp, text, b):
    """The rivalry is the noun's own description: the hosting is planned, the rivalry is not."""
    between(run(nlp, text), "ADVERSARY_OF", "Anna Kerr", b)


@pytest.mark.parametrize("text, a, b", [
    # the parser splits the noun and the name into two subjects of one verb
    ("Ellen Marsh's opponent Greg Dunn conceded on Tuesday night.", "Ellen Marsh", "Greg Dunn"),
    ("Ellen Marsh's Republican opponent Greg Dunn conceded on Tuesday night.", "Ellen Marsh", "Greg Dunn"),
])
def test_a_rival_noun_set_before_a_name_without_a_comma(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text, a, b", [
    ("Senator Ann Ruiz mocked Greg Dunn's characterization of the strike.", "Ann Ruiz", "Greg Dunn"),
    ("Senator Ann Ruiz ridiculed Greg Dunn's description of the budget.", "Ann Ruiz", "Greg Dunn"),
])
def test_an_attack_on_how_a_person_described_something(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


def test_a_name_after_a_rival_noun_that_speaks_is_no_rival(nlp):
    ex = run(nlp, "Maria Lopez attacked her rival, Tom Baker said.")
    assert frozenset(("Maria Lopez", "Tom Baker")) not in pairs(ex, "ADVERSARY_OF")


def test_the_pronoun_of_a_question_is_the_one_asked(nlp):
    # the resolver would take "he" for the asker, the sentence's subject
    ex = run(nlp, "Host Carl Brandt began the debate by asking Tom Baker why he attacked Governor Ann Lund.")
    assert pairs(ex, "ADVERSARY_OF") == {frozenset(("Tom Baker", "Ann Lund"))}


@pytest.mark.parametrize("text, predicate", [
    ("Sen. Ann Lund was among the senators who endorsed Gov. Tom Baker last year.", "ALLY_OF"),
    ("Sen. Ann Lund is one of the governors who attacked Gov. Tom Baker.", "ADVERSARY_OF"),
])
def test_one_counted_among_those_who_acted_did_it(nlp, text, predicate):
    between(run(nlp, text), predicate, "Ann Lund", "Tom Baker")


@pytest.mark.parametrize("text", [
    "Sen. Ann Lund could be among the senators who endorse Gov. Tom Baker.",
    "Sen. Ann Lund was not among the senators who endorsed Gov. Tom Baker.",
    "Sen. Ann Lund met the senators who endorsed Gov. Tom Baker.",
])
def test_not_counted_among_them_is_no_side(nlp, text):
    ex = run(nlp, text)
    assert all("Ann Lund" not in pair for pair in pairs(ex, "ALLY_OF"))


@pytest.mark.parametrize("text, b", [
    ("Senator Ann Ruiz said that fellow candidate Tom Baker had changed his mind on taxes.", "Tom Baker"),
    ("Senator Ann Ruiz won the Ohio primary, pushing fellow presidential hopeful Tom Baker out of the race.",
     "Tom Baker"),
])
def test_a_fellow_runner_is_a_rival_of_the_clauses_subject(nlp, text, b):
    between(run(nlp, text), "ADVERSARY_OF", "Ann Ruiz", b)


@pytest.mark.parametrize("text", [
    "As reporter Carl Moss asked about the hurdles that fellow candidate Tom Baker has faced, the crowd cheered.",
    "Senator Ann Ruiz met fellow Republican Tom Baker on Monday.",
])
def test_no_rival_from_a_fellow_partisan_or_a_fellow_in_another_clause(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Senator Ann Ruiz's feud with the Boston Globe deepened on Monday.", "Ann Ruiz", "Boston Globe"),
    ("Senator Ann Ruiz spoke first. Though she has raised more money than rivals Tom Baker and Carl Moss, "
     "Ruiz trails in the polls.", "Ann Ruiz", "Carl Moss"),
])
def test_a_feud_with_an_outlet_and_rivals_after_than(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


def test_an_interview_with_an_outlet_is_no_feud(nlp):
    assert not rels(run(nlp, "Senator Ann Ruiz's interview with the Boston Globe ran on Monday."), "ADVERSARY_OF")
