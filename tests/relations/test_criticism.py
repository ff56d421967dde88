"""ADVERSARY_OF from criticism, proceedings and contests in the forms round 10 added
(graph/relations/criticism.py, quarrels.py, rivals.py), from sentences written for this test;
negated, planned, hypothetical and unnamed ones stay out."""

import pytest

from ._helpers import between, pairs, rels, run


@pytest.mark.parametrize("text, a, b", [
    # attacks whose reason is not said, one named person on another
    ("Jane Holt continued to hammer Tom Baker on the campaign trail.", "Jane Holt", "Tom Baker"),
    # a gerund's owner attacks, not the clause's subject
    ("Asked about Tom Baker's calling Maria Lopez a liar, Jane Holt said nothing.", "Tom Baker", "Maria Lopez"),
    # attacks lobbed at someone, arguments with someone
    ("Tom Baker has been lobbing attacks at Maria Lopez for weeks.", "Tom Baker", "Maria Lopez"),
    ("Maria Lopez argued with Tom Baker about taxes on the morning show.", "Maria Lopez", "Tom Baker"),
    # rulings and testimony against a named side
    ("Judge Ann Ruiz ruled against Tom Baker on Monday.", "Ann Ruiz", "Tom Baker"),
    ("Carl Moss testified against Maria Lopez at the trial.", "Carl Moss", "Maria Lopez"),
    # contests: debates, "versus", facing someone in a race
    ("The debate between Tom Baker and Maria Lopez drew 80 million viewers.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker debated Maria Lopez on Sunday.", "Tom Baker", "Maria Lopez"),
    ("The race came down to Tom Baker vs. Maria Lopez.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker faced Maria Lopez in the second debate on Sunday.", "Tom Baker", "Maria Lopez"),
    # proceedings: investigations and charges by a named body
    ("The FBI investigated Maria Lopez for two years.", "FBI", "Maria Lopez"),
    ("Maria Lopez was investigated by the FBI last year.", "FBI", "Maria Lopez"),
    ("The Justice Department is probing Tom Baker's foundation.", "Justice Department", "Tom Baker"),
    # a name called in reported speech, as "called Y a liar"
    ("Tom Baker said Maria Lopez was a disaster as secretary of state.", "Tom Baker", "Maria Lopez"),
    ("\"Maria Lopez is a liar,\" Tom Baker said.", "Tom Baker", "Maria Lopez"),
    # a prediction about the one named attacks them as the present tense does
    ("\"Maria Lopez would be a disaster for the state,\" Tom Baker said.", "Tom Baker", "Maria Lopez"),
    ("\"She would be a disaster for the state,\" Tom Baker said of Maria Lopez.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker said Maria Lopez would be a disaster for the state.", "Tom Baker", "Maria Lopez"),
    # contests won, rivals "to", match-ups, battles among several
    ("Tom Baker won by a compelling margin over Maria Lopez.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker prevailed in Ohio, continuing his win streak over Maria Lopez.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker whipped Maria Lopez across all groups.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker has emerged as a serious rival to Maria Lopez in Iowa.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker does better in a match up against Maria Lopez than Carl Moss does.", "Tom Baker", "Maria Lopez"),
    ("At the heart of the battle between Tom Baker and Maria Lopez, Carl Moss and Ann Ruiz is experience.",
     "Tom Baker", "Ann Ruiz"),
    ("Maria Lopez has taken a swipe at her rival Tom Baker's stance on trade.", "Maria Lopez", "Tom Baker"),
    ("Maria Lopez spoke on Monday. An active investigation of Maria Lopez is underway by the FBI.", "FBI",
     "Maria Lopez"),
    # enmity said as a feeling toward a named person
    ("Tom Baker despises Maria Lopez.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker said he dislikes Maria Lopez.", "Tom Baker", "Maria Lopez"),
    # insults said of a named person in the speaker's own quoted words
    ("Maria Lopez spoke in Ohio on Monday. \"Maria Lopez is a liar. Maria Lopez is dangerous,\" Tom Baker said.",
     "Tom Baker", "Maria Lopez"),
    # the title line, whose verb the tagger takes for a noun
    ("Ann Ruiz swipes at Tom Baker over trade.\n\nAnn Ruiz spoke in Ohio, and Tom Baker was in Iowa.", "Ann Ruiz",
     "Tom Baker"),
    ("Tom Baker rips Maria Lopez.\n\nTom Baker wrote on Friday that Maria Lopez had no plan.", "Tom Baker",
     "Maria Lopez"),
])
def test_criticism_and_contests(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Tom Baker will face Maria Lopez in the second debate.",
    "Tom Baker faced reporters in the debate hall.",
    "A federal judge ruled against Tom Baker on Monday.",
    "The FBI may investigate Maria Lopez.",
    "Tom Baker said Maria Lopez was not a liar.",
    "Tom Baker said Maria Lopez was a good senator.",
    "He said he would vote for a third party if the election is Tom Baker versus Maria Lopez.",
    "Jane Holt hit the road with Tom Baker.",
    "Tom Baker won over voters in Ohio, and Maria Lopez spoke.",
    "Tom Baker could win by a wide margin over Maria Lopez.",
    "Tom Baker does not hate Maria Lopez.",
    "Tom Baker dislikes Maria Lopez's plan.",
    "\"Maria Lopez is not a liar,\" Tom Baker said.",
    "\"Maria Lopez would not be a disaster for the state,\" Tom Baker said.",
    "\"Maria Lopez could be a disaster for the state,\" Tom Baker said.",
    "\"Maria Lopez is a fine senator,\" Tom Baker said.",
    # a title in title case that asks, or whose second name only modifies what is attacked;
    # and a name that only modifies what is attacked
    "Will Ann Ruiz Slam Tom Baker?\n\nAnn Ruiz spoke in Ohio, and Tom Baker was in Iowa.",
    "Ann Ruiz Slams Tom Baker Campaign Manager\n\nAnn Ruiz spoke in Ohio, and Tom Baker was in Iowa.",
    "Peru rebuts Chilean criticism on fishing\n\nPeru's minister spoke on Monday.",
])
def test_no_enmity_from_plans_negations_or_unnamed_sides(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


def test_asked_to_condemn_is_not_the_subjects_act(nlp):
    """ "X were angry when asked to condemn Y": the one asked is not X."""
    ex = run(nlp, "The Ohio Democrats were in open conflict with Tom Baker when asked to condemn Carl Moss.")
    assert frozenset(("Ohio Democrats", "Carl Moss")) not in pairs(ex, "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    "But neither Germany's Anna Berger nor France's Paul Marchand has gone so far in chiding Bill Rand.",
    "No European leader has chided Bill Rand.",
])
def test_a_subject_that_says_no_one_did_it_gives_no_adversary(nlp, text):
    # regression: "neither X nor Y … chiding Z" gave X ADVERSARY_OF Z
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    # the passive: the one named after "by" attacks or beats the subject
    ("Carl Moss was crushed by Maria Lopez in 2008.", "Maria Lopez", "Carl Moss"),
    ("Maria Lopez voted early and was crushed by Tom Baker in 2008.", "Tom Baker", "Maria Lopez"),
    ("Jane Holt was criticized by Tom Baker over her vote.", "Tom Baker", "Jane Holt"),
    # a relative clause: the noun it describes is the one attacked
    ("Tom Baker spoke on Monday. One of the few people he spared was Jane Holt, with whom he had sparred for months.",
     "Tom Baker", "Jane Holt"),
    ("Tom Baker spoke on Monday. Jane Holt, whom he tore into at a debate, spoke first.", "Tom Baker", "Jane Holt"),
    # the name an object noun introduces
    ("Tom Baker spoke on Monday. He mocked a familiar target, Jane Holt, at the rally.", "Tom Baker", "Jane Holt"),
])
def test_passives_relative_clauses_and_named_targets(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Tom Baker was hit by a car in Ohio.",
    "Tom Baker was endorsed by Maria Lopez.",
    "Tom Baker spoke on Monday. The treaty, which he called a disaster, passed.",
])
def test_no_enmity_from_accidents_endorsements_or_things(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Tom Baker unloaded on Maria Lopez at the rally.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker pounced on Maria Lopez's remarks.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker needled Maria Lopez over her emails.", "Tom Baker", "Maria Lopez"),
])
def test_more_attack_words(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text, a, b", [
    # a race already set: the one faced titled as the challenger
    ("Tom Baker, who will face challenger Carl Moss in a primary on Tuesday, spoke to donors.", "Tom Baker", "Carl Moss"),
    # each one named in a subject's "including" list attacks
    ("Several senators, including Ann Ruiz and Carl Moss, have since denounced Tom Baker's comments.",
     "Carl Moss", "Tom Baker"),
    ("Several Republican leaders, including Sens. Ann Ruiz (Ohio), Carl Moss (Utah) and Jane Holt (Iowa), "
     "have since denounced Tom Baker's comments.", "Jane Holt", "Tom Baker"),
    # an outburst at anything of a named person's
    ("Maria Lopez spoke out sharply against Tom Baker's influence.", "Maria Lopez", "Tom Baker"),
    ("Maria Lopez railed against Tom Baker's wall at a rally in Ohio.", "Maria Lopez", "Tom Baker"),
])
def test_criticism_in_more_news_forms(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Tom Baker could face challenger Carl Moss in a primary.",
    "Maria Lopez voted against Tom Baker's motion.",
    "Many voters, including students in Ohio, have denounced Tom Baker's comments.",
    # an outburst at someone's people is not at that someone
    "Maria Lopez railed against Governor Tom Baker's predecessor.",
    "Maria Lopez spoke out against Tom Baker's attackers.",
])
def test_no_enmity_from_a_guessed_race_a_vote_or_unnamed_critics(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


def test_a_place_in_an_including_list_does_not_attack(nlp):
    ex = run(nlp, "Many voters, including students in France, have denounced Tom Baker's comments.")
    assert not pairs(ex, "ADVERSARY_OF")


def test_a_description_narrowed_by_a_party_is_the_person_titled_so(nlp):
    ex = run(nlp, "Republican nominee Tom Baker spoke in Ohio on Monday. Later, Maria Lopez criticized the "
                  "Republican nominee over his taxes.")
    between(ex, "ADVERSARY_OF", "Maria Lopez", "Tom Baker")


@pytest.mark.parametrize("text", [
    # a title before the name, said again as a definite description
    "On Friday, businessman Ola Dahl toured a plant in Leeds. Workers cheered. Gov. Rita Moss attacked the "
    "businessman on Sunday.",
    # an apposition with a hyphened noun ("front - runner" to the parser), said again
    "The race tightened in May. Ola Dahl, the Labour front-runner, toured Leeds. Gov. Rita Moss attacked the "
    "front-runner on Sunday.",
])
def test_a_description_the_article_gave_one_person_is_that_person(nlp, text):
    ex = run(nlp, text)
    between(ex, "ADVERSARY_OF", "Rita Moss", "Ola Dahl")


def test_a_description_of_time_or_rank_stays_a_guess(nlp):
    ex = run(nlp, "Former Chancellor Tom Baker spoke in Ohio on Monday. Later, Maria Lopez rebuked the former chancellor.")
    assert not pairs(ex, "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    # a falling-out between politicians
    ("Senator Joan Parker fell out with Governor Mark Ellison last spring.", "Joan Parker", "Mark Ellison"),
    # a state's ships clashing with another's
    ("Chile has repeatedly clashed with Peruvian vessels near the port.", "Chile", "Peru"),
    # an official described, not named, accuses another state for their own
    ("Peru's foreign minister accused Chile on Monday of violating the treaty.", "Peru", "Chile"),
])
def test_falling_out_clashing_forces_and_officials_accusing(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


def test_falling_without_out_is_no_quarrel(nlp):
    assert not rels(run(nlp, "Senator Joan Parker fell ill with Governor Mark Ellison at her side."), "ADVERSARY_OF")


def test_facing_someone_in_the_second_round_is_a_contest(nlp):
    between(run(nlp, "Mayor Talia Brum will face Senator Ivo Sander in the second round on Sunday."),
            "ADVERSARY_OF", "Talia Brum", "Ivo Sander")


def test_ripping_into_someone_is_an_attack(nlp):
    between(run(nlp, "Senator Lia Koenig ripped into Governor Tomas Ebbe on Monday."),
            "ADVERSARY_OF", "Lia Koenig", "Tomas Ebbe")


@pytest.mark.parametrize("answer", [
    "Voss responded to Lindahl's attacks on Monday.",
    "Voss brushed off Lindahl's criticism on Monday.",
    "Voss defended herself against Lindahl's attacks.",
])
def test_the_one_answering_an_attack_is_its_target(nlp, answer):
    found = run(nlp, "Senator Karin Lindahl and Governor Ada Voss spoke in Iowa on Sunday. " + answer)
    between(found, "ADVERSARY_OF", "Karin Lindahl", "Ada Voss")


@pytest.mark.parametrize("answer", [
    "Voss joined Lindahl's attacks on Monday.",
    "Voss praised Lindahl's attacks on the president.",
])
def test_joining_or_praising_attacks_is_no_answer(nlp, answer):
    found = run(nlp, "Senator Karin Lindahl and Governor Ada Voss spoke in Iowa on Sunday. " + answer)
    assert frozenset(("Karin Lindahl", "Ada Voss")) not in pairs(found, "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    # attacks on what a named side said or does: their speeches, their agenda, their announcement
    ("In the primary, Senator Ruth Okafor assailed Governor Dev Mallory's speeches to bankers.", "Ruth Okafor", "Dev Mallory"),
    ("Senator Ruth Okafor obstructed Governor Dev Mallory's agenda for two years.", "Ruth Okafor", "Dev Mallory"),
    ("Senator Ruth Okafor kept hammering at Governor Dev Mallory's record in Des Moines.", "Ruth Okafor", "Dev Mallory"),
    # sniping, gunning for someone, squabbling with someone
    ("Senator Ruth Okafor has been sniping at Governor Dev Mallory for a month.", "Ruth Okafor", "Dev Mallory"),
    ("Senator Ruth Okafor is now gunning for Governor Dev Mallory.", "Ruth Okafor", "Dev Mallory"),
    ("Senator Ruth Okafor and Governor Dev Mallory have been gunning for each other all week.", "Ruth Okafor", "Dev Mallory"),
    ("Mayor Ruth Okafor has been squabbling with Governor Dev Mallory over the budget.", "Ruth Okafor", "Dev Mallory"),
    # a named side's attacks stay attacks under a negated verb about them
    ("Senator Ruth Okafor was criticized for not condemning Dev Mallory's attacks on Judge Tom Ellery.",
     "Dev Mallory", "Tom Ellery"),
])
def test_attacks_on_what_a_side_said_and_idioms_of_attack(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Senator Ruth Okafor is gunning for the nomination.",
    "Senator Ruth Okafor never obstructed Governor Dev Mallory's agenda.",
    "Senator Ruth Okafor could start sniping at Governor Dev Mallory.",
    "Senator Ruth Okafor condemned Governor Dev Mallory's arrest.",
])
def test_no_attack_without_a_side_a_fact_or_an_owner_of_words(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    # idioms of taking a blow at someone
    ("Senator Maria Lopez took a whack at Governor Tom Baker's plan.", "Maria Lopez", "Tom Baker"),
    ("Senator Maria Lopez took a dig at Governor Tom Baker on Friday.", "Maria Lopez", "Tom Baker"),
    # charges made against a side, said with a noun
    ("The board shrugged off Maria Lopez's accusations against Tom Baker.", "Maria Lopez", "Tom Baker"),
    # an attack a relative clause says who made: "the attack he leveled at Y"
    ("Maria Lopez spoke first. The attack she leveled at Tom Baker dominated the evening news.",
     "Maria Lopez", "Tom Baker"),
])
def test_blows_charges_and_attacks_made_in_a_relative_clause(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    # a charge answered names no quarrel with the one answering
    "Tom Baker dismissed Maria Lopez's accusations that the count was rigged.",
    "Maria Lopez would never take a dig at Tom Baker.",
    "Maria Lopez spoke first. The attacks she may launch against Tom Baker worry her staff.",
])
def test_no_blow_or_charge_when_planned_or_answered(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    # a charge's "that" clause names the one charged, whatever the clause around it says
    ("Tom Baker's allegation that Ann Ruiz lied about the budget drew a rebuke.", "Tom Baker", "Ann Ruiz"),
    ("Ann Ruiz answered Tom Baker's accusations that the Ruiz campaign is breaking the law.", "Tom Baker", "Ann Ruiz"),
    # an attack on a person's fitness is an attack on the person
    ("Senator Ann Ruiz took a whack at Tom Baker's populist credentials.", "Ann Ruiz", "Tom Baker"),
    ("Governor Jane Holt mocked Tom Baker's temperament at the dinner.", "Jane Holt", "Tom Baker"),
])
def test_charges_and_attacks_on_what_is_a_persons_own(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Jane Holt repeated the accusations that Ann Ruiz made against the company.",
    "Tom Baker denied the allegations that he took bribes.",
])
def test_no_charge_from_a_relative_clause_or_a_denial(nlp, text):
    ex = run(nlp, text)
    assert not {p for p in pairs(ex, "ADVERSARY_OF") if "Ann Ruiz" in p and "Jane Holt" in p}


@pytest.mark.parametrize("text, a, b", [
    # what was said, owned by the one named after "by"
    ("Governor Jane Holt condemned remarks by Tom Baker on Monday.", "Jane Holt", "Tom Baker"),
    ("Governor Jane Holt has denounced suggestions by the Republican front-runners, Tom Baker and "
     "Sen. Ann Ruiz (R-Tex.), that they would deport all immigrants.", "Jane Holt", "Ann Ruiz"),
    ("President Carl Moss spoke on Monday. The president has denounced suggestions by the GOP presidential "
     "front-runners, Mark Dalton and Sen. Lena Ortiz (R-Tex.), that they would close the border.", "Carl Moss",
     "Lena Ortiz"),
])
def test_attacks_on_words_said_by_someone(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


def test_praise_of_words_said_by_someone_is_no_attack(nlp):
    assert not pairs(run(nlp, "Governor Jane Holt praised remarks by Tom Baker on Monday."), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Tom Baker is one of several senators criticizing Maria Lopez.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker is one of many slamming Maria Lopez for the move.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker, one of the candidates vanquished by Maria Lopez, stayed home.", "Maria Lopez", "Tom Baker"),
    # the participle tagged a noun: after "of" with the name its object, or a modifier of the name
    ("Ann Ruiz is one of many slamming Tom Baker for the move.", "Ann Ruiz", "Tom Baker"),
    ("Ann Ruiz spoke on Monday. Ruiz is one of many slamming Baker for the move. Later, Tom Baker's rival, "
     "Carl Moss, said Baker was wrong.", "Ann Ruiz", "Tom Baker"),
])
def test_one_of_many_attacking_someone_attacks_them(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Tom Baker could be one of many slamming Maria Lopez.",
    "Ann Ruiz could be one of many slamming Tom Baker for the move.",
    "Tom Baker is not one of those attacking Maria Lopez.",
    "Tom Baker, one of the senators hit by the storm, stayed home.",
])
def test_one_of_many_not_told_as_a_fact_attacks_no_one(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    "Paul Green failed to condemn Anna Kerr after the rally.",
    "Paul Green later blamed his hesitancy to denounce Anna Kerr on a faulty microphone.",
])
def test_criticism_not_made_is_no_enmity(nlp, text):
    # regression: "blamed his hesitancy to condemn X" gave the subject ADVERSARY_OF X
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Governor Ellen Marsh came out against Greg Dunn on Monday.", "Ellen Marsh", "Greg Dunn"),
    ("Governor Ellen Marsh came out strongly against Greg Dunn's plan.", "Ellen Marsh", "Greg Dunn"),
])
def test_coming_out_against_a_person(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Governor Ellen Marsh did not come out against Greg Dunn.",
    "Governor Ellen Marsh came against Greg Dunn in the hallway.",
])
def test_no_attack_from_a_refused_stand_or_come_without_its_particle(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("A new survey shows Ellen Marsh with 51 percent versus Greg Dunn, who has 44 percent.", "Ellen Marsh", "Greg Dunn"),
    ("The survey put Ellen Marsh at 51 percent versus Greg Dunn at 44 percent.", "Ellen Marsh", "Greg Dunn"),
])
def test_poll_figures_set_versus_each_other_are_a_race(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


def test_poll_figures_versus_each_other_in_a_condition_are_no_race(nlp):
    text = "If the survey shows Ellen Marsh with 51 percent versus Greg Dunn, she will run."
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    # two accused: the parser hangs the charge on the second
    ("Ann Ruiz accused Tom Baker and his allies of trying to block the proposal.", "Ann Ruiz", "Tom Baker"),
    ("Ann Ruiz spoke on Monday. Tom Baker accused the newspaper and the Ruiz campaign of distorting his record.",
     "Tom Baker", "Ruiz campaign"),
    ("Tom Baker accused the newspaper and Ann Ruiz of distorting his record.", "Tom Baker", "Ann Ruiz"),
    ("Chile accused Peru and Bolivia of breaking the treaty.", "Chile", "Bolivia"),
    # the one accused named before a description and its relative pronoun
    ("Tom Baker met Jane Holt, a banker whom Ann Ruiz accuses of funding the plot.", "Ann Ruiz", "Jane Holt"),
    ("Tom Baker praised Jane Holt, a preacher whom Ann Ruiz criticized last year.", "Ann Ruiz", "Jane Holt"),
])
def test_accused_in_a_pair_or_named_before_whom(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Ann Ruiz accused the chairman of the Bank of Ohio.",
    "Tom Baker met Jane Holt, a banker whom Ann Ruiz may accuse of funding the plot.",
])
def test_no_charge_without_its_of_or_as_a_guess(nlp, text):
    assert not [r for s, o, r in rels(run(nlp, text), "ADVERSARY_OF") if "Jane Holt" in (s, o) or "Ann Ruiz" in (s, o)]


@pytest.mark.parametrize("text, a, b", [
    ("Ann Ruiz Slams Tom Baker\n\nAnn Ruiz spoke in Ohio, and Tom Baker was in Iowa.", "Ann Ruiz", "Tom Baker"),
    ("Former Mayor Ann Ruiz Blasts Baker Over Taxes\n\nAnn Ruiz spoke in Ohio, and Tom Baker was in Iowa.",
     "Ann Ruiz", "Tom Baker"),
])
def test_a_title_in_title_case_read_by_the_articles_names(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


def test_a_clause_the_tagger_reads_as_one_name_is_still_an_attack(nlp):
    # the small model reads "Trump blasted Disney" after an opening phrase as one name
    ex = run(nlp, "Donald Trump held a rally. In March, Trump blasted Disney for its hiring.")
    between(ex, "ADVERSARY_OF", "Donald Trump", "Disney")


def test_a_past_participle_before_a_name_is_no_attack(nlp):
    assert not pairs(run(nlp, "In March, the embattled Senator Ann Ruiz spoke to the defeated Tom Baker."), "ADVERSARY_OF")


def test_a_name_the_parse_glues_to_a_span_of_time_is_still_the_one_attacked(nlp):
    # the small model reads "after Kessler hours" as one object, "Kessler" a modifier of "hours"
    ex = run(nlp, "Senator Dana Pruitt spoke in Ohio. Pruitt went after Kessler hours after the Ohio governor "
                  "endorsed Sen. Ann Lowry.")
    between(ex, "ADVERSARY_OF", "Dana Pruitt", "Kessler")


@pytest.mark.parametrize("text, a, b", [
    # a body or an outlet that makes charges against another side
    ("The Denver Post made allegations against Governor Tom Baker.", "Denver Post", "Tom Baker"),
    ("The Sierra Club leveled accusations against Exxon Mobil.", "Sierra Club", "Exxon Mobil"),
    # a participle set off by commas: the name it describes suffers the attack
    ("Governor Tom Baker, criticized by Senator Maria Lopez for the cuts, defended the budget.", "Maria Lopez",
     "Tom Baker"),
    # the retweet of someone is theirs
    ("Senator Maria Lopez mocked Governor Tom Baker's retweet of a doctored photo.", "Maria Lopez", "Tom Baker"),
])
def test_charges_by_bodies_attacks_by_participle_and_retweets(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "The Sierra Club did not make accusations against Exxon Mobil.",
    "The Sierra Club rejected the accusations against Exxon Mobil.",  # someone else's charges
    "The bill, opposed by Senator Maria Lopez, passed.",  # a bill is no side
    "Governor Tom Baker, backed by Senator Maria Lopez, won.",
])
def test_no_enmity_from_denied_charges_or_participles_of_no_side(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


def test_siblings_named_by_their_surname_are_each_one_named(nlp):
    text = "Luis Ortega and Pablo Ortega own the mills. Senator Maria Lopez attacked the Ortega brothers on Monday."
    ex = run(nlp, text)
    between(ex, "ADVERSARY_OF", "Maria Lopez", "Luis Ortega")
    between(ex, "ADVERSARY_OF", "Maria Lopez", "Pablo Ortega")
