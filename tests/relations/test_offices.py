"""ROLE of national offices whose phrase names no country (graph/relations/offices.py): the
country from an office only one country gives, or from the same office written elsewhere in
the document with its country; sentences written for this test."""

import pytest

from ._helpers import has, rels, run


@pytest.mark.parametrize("text, holder, role", [
    ("The United States will host the forum. Secretary of State Maria Olsen opened it on Tuesday.",
     "Maria Olsen", "secretary of state"),
    ("Trade with the United States fell. The talks were led by the secretary of the Treasury, Paul Verano, "
     "who flew in on Monday.", "Paul Verano", "secretary of the treasury"),
    ("Voters in the United States are tired. Lena Brook, who served as secretary of state for four years, "
     "said so on Friday.", "Lena Brook", "former secretary of state"),
    ("Critics in the United States were unmoved. Former secretary of state Ada Quist is not one of them.",
     "Ada Quist", "former secretary of state"),
    # the holder's age before the office is no word of it
    ("Voters in the United States are tired. Lena Brook, the 71-year-old former secretary of state, "
     "said so on Friday.", "Lena Brook", "former secretary of state"),
])
def test_office_one_country_gives(nlp, text, holder, role):
    ex = run(nlp, text)
    r = has(ex, "ROLE", holder, "United States")
    assert r.role == role


def test_a_current_secretary_of_state_speaks_for_the_country(nlp):
    ex = run(nlp, "The United States sent a delegation. Secretary of State Maria Olsen met the hosts.")
    has(ex, "SPEAKS_FOR", "Maria Olsen", "United States")


def test_a_former_office_is_no_representation(nlp):
    ex = run(nlp, "Voters in the United States are tired. Lena Brook, who served as secretary of state, spoke.")
    assert not rels(ex, "SPEAKS_FOR")


def test_office_told_elsewhere_with_its_country(nlp):
    ex = run(nlp, "President Tom Halvorsen defended the deal at a rally on Monday. Critics say the president "
                  "of Norway should have waited for the vote.")
    has(ex, "ROLE", "Tom Halvorsen", "Norway")


@pytest.mark.parametrize("text", [
    # regression: the unnamed Irish prime minister, met by the named one, gave him Ireland
    "Prime Minister Tom Halvorsen met the Irish prime minister in Dublin on Monday.",
    "Prime Minister Tom Halvorsen arrived in Dublin on Monday, where he met the Irish prime minister.",
])
def test_an_unnamed_holder_met_by_the_named_one_is_another(nlp, text):
    assert not [o for s, o, _ in rels(run(nlp, text), "ROLE") if s == "Tom Halvorsen" and o == "Ireland"]


def test_a_known_holder_keeps_his_own_country(nlp):
    ex = run(nlp, "Prime Minister Gordon Brown spoke in Leeds on Monday. Later, in Dublin, the Irish prime "
                  "minister said the deal was done. Britain and Ireland signed it.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if s == "Gordon Brown" and o == "Ireland"]


def test_two_holders_of_the_office_give_no_country(nlp):
    ex = run(nlp, "President Tom Halvorsen met President Ivo Maric in Oslo. The president of Norway spoke first.")
    assert not [s for s, o, _ in rels(ex, "ROLE") if o == "Norway" and s == "Ivo Maric"]


def test_an_office_of_several_countries_alone_gives_none(nlp):
    ex = run(nlp, "France and Norway signed the deal. Prime Minister Ola Brenn praised it.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if s == "Ola Brenn"]


def test_an_office_named_by_for_is_not_the_us_one(nlp):
    ex = run(nlp, "The United States and Britain talked. Secretary of State for Wales Huw Jenkins said little.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if s == "Huw Jenkins" and o == "United States"]


def test_a_country_not_in_the_article_is_not_added(nlp):
    ex = run(nlp, "Secretary of State Maria Olsen opened the forum on Tuesday.")
    assert not rels(ex, "ROLE")


def test_country_the_parse_left_out_of_a_title(nlp):
    ex = run(nlp, "Brenn backs ending Peru embargo\n\nUK Foreign Secretary Ola Brenn has defended plans to end "
                  "the embargo on Peru.")
    has(ex, "ROLE", "Ola Brenn", "United Kingdom")


def test_a_foreign_secretary_speaks_for_the_country(nlp):
    ex = run(nlp, "Brenn backs ending Peru embargo\n\nUK Foreign Secretary Ola Brenn has defended plans to end "
                  "the embargo on Peru.")
    has(ex, "SPEAKS_FOR", "Ola Brenn", "United Kingdom")


def test_a_defense_secretary_runs_a_department(nlp):
    ex = run(nlp, "The United States sent troops. Defense Secretary Tom Walsh said more would follow.")
    has(ex, "ROLE", "Tom Walsh", "United States")
    assert not rels(ex, "SPEAKS_FOR")


def test_a_defense_secretary_in_another_countrys_story_gets_no_us_role(nlp):
    """ "Defense secretary" is held in many countries: the U.S. only when the article is an
    American story, not where other countries lead it."""
    ex = run(nlp, "Britain will send two ships to the Gulf, Britain's navy said on Monday. France may join, "
                  "and the United States welcomed the plan. Defense Secretary Tom Walsh said more would follow.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if s == "Tom Walsh" and o == "United States"]


def test_a_defense_secretary_told_earlier_with_its_country_runs_a_department(nlp):
    """A title told once with its country and then given to a name (earlier_titles.py) follows the
    same SPEAKS_FOR rule as every other title: a defense secretary represents no country."""
    ex = run(nlp, "The Chilean defense secretary flew to Lima on Monday. The defense secretary, Rosa Ibarra, "
                  "said the visit went well.")
    has(ex, "ROLE", "Rosa Ibarra", "Chile")
    assert not [o for s, o, _ in rels(ex, "SPEAKS_FOR") if s == "Rosa Ibarra"]


@pytest.mark.parametrize("text, holder, country, role", [
    # the holders a reader knows ("President Obama" is the United States' president)
    ("President Obama flew to Ohio on Monday. The United States will hold its election in November.",
     "Obama", "United States", "president"),
    ("Vice President Joe Biden spoke in Scranton; America, he said, keeps its promises.",
     "Joe Biden", "United States", "vice president"),
    ("Foreign Minister Sergei Lavrov said Russia would not attend the meeting.",
     "Sergei Lavrov", "Russia", "foreign minister"),
    ("Chancellor Angela Merkel said Germany would keep its troops in the region.",
     "Angela Merkel", "Germany", "chancellor"),
])
def test_office_of_a_holder_a_reader_knows(nlp, text, holder, country, role):
    assert has(run(nlp, text), "ROLE", holder, country).role == role


@pytest.mark.parametrize("text", [
    "President Obama flew to Ohio on Monday.",  # no country named: none added
    "Prime Minister Obama flew to Ohio. The United States will hold its election in November.",  # not his office
    "President Maria Olsen flew to Ohio. The United States will hold its election in November.",  # nobody known
])
def test_no_office_country_from_knowledge_that_does_not_fit(nlp, text):
    assert not rels(run(nlp, text), "ROLE")


_HOME = "The United States is losing jobs to Mexico, Republican candidate Donald Trump told voters in Iowa on Monday. "


def test_an_imagined_office_is_no_office_held(nlp):
    """"a President X": one imagined, not the office's holder."""
    ex = run(nlp, _HOME + "Asked about the prospects of a President Donald Trump, Ohio Gov. Tom Baker said "
                          "he could not win.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if s == "Donald Trump" and o == "United States"]


def test_an_office_served_in_is_still_held(nlp):
    ex = run(nlp, _HOME + "Trump, who served as president until 2021, said taxes were too high.")
    assert has(ex, "ROLE", "Donald Trump", "United States").role == "former president"


@pytest.mark.parametrize("text, person", [
    ("Hillary Clinton spoke in Ohio on Monday about jobs in the United States. The former secretary of state "
     "said she would win.", "Hillary Clinton"),
    ("Al Gore will skip the convention in Philadelphia, the biggest event in the United States this month. "
     "Citing obligations in Tennessee, the former vice president's spokeswoman said Gore would stay home.",
     "Al Gore"),
])
def test_a_former_office_described_is_the_person_just_named(nlp, text, person):
    has(run(nlp, text), "ROLE", person, "United States")


def test_a_current_office_described_is_not_the_person_just_named(nlp):
    ex = run(nlp, "Dan Fogg attacked the plan in the United States. The president said it was bad.")
    assert not [r for r in rels(ex, "ROLE") if r[0] == "Dan Fogg"]


@pytest.mark.parametrize("text, holder, country, role", [
    # a minister whose title names no country, in a story of one country: a reader supplies it
    ("Chile will raise its copper tax, officials in Santiago said on Monday, and Chilean miners object. Finance Minister Rosa Ibarra "
     "said the change would take effect in March.", "Rosa Ibarra", "Chile", "finance minister"),
    ("Ghana's parliament sat late in Accra. The trade minister, Kofi Mensah, told Ghana's lawmakers that "
     "exports had doubled.", "Kofi Mensah", "Ghana", "trade minister"),
    # "acting" is the office held now, not a former one
    ("Peru's congress met in Lima on Friday. Acting Foreign Minister Luis Prado told it that the talks "
     "would go on.", "Luis Prado", "Peru", "foreign minister"),
])
def test_a_minister_of_the_articles_own_country(nlp, text, holder, country, role):
    assert has(run(nlp, text), "ROLE", holder, country).role == role


def test_a_department_minister_given_the_articles_country_holds_a_post_only(nlp):
    ex = run(nlp, "Chile will raise its copper tax, officials in Santiago said on Monday, and Chilean miners object. Finance Minister "
                  "Rosa Ibarra said the change would take effect in March.")
    assert not rels(ex, "SPEAKS_FOR")


def test_a_foreign_minister_given_the_articles_country_speaks_for_it(nlp):
    ex = run(nlp, "Peru's congress met in Lima on Friday. Acting Foreign Minister Luis Prado told it that the "
                  "talks would go on.")
    has(ex, "SPEAKS_FOR", "Luis Prado", "Peru")


@pytest.mark.parametrize("text", [
    # an American story has no ministers of its own: a foreign minister there is another state's
    "The United States will host the forum in Ohio and Texas. Foreign Minister Ana Ruiz opened it on Tuesday.",
    # the sentence names another country: the minister may be its
    "Chile will raise its copper tax, officials in Santiago said on Monday, and Chilean miners object. Finance Minister Rosa Ibarra "
    "said Bolivia would follow.",
    # the one country is named only in the minister's own sentence, as what the minister acts on
    "Foreign Minister Ana Ruiz urged the Chilean government to act on Chile's copper tax.",
    # no country leads the story
    "Chile and Bolivia signed the deal in Lima. Finance Minister Rosa Ibarra praised it.",
])
def test_no_home_country_for_a_minister_where_the_story_does_not_give_it(nlp, text):
    assert not [o for s, o, _ in rels(run(nlp, text), "ROLE") if s == "Rosa Ibarra" or s == "Ana Ruiz"]


@pytest.mark.parametrize("text, holder", [
    # a province's minister, the province named in the title: not the country's
    ("TORONTO \u2014 Ontario Finance Minister Pat Dunn said on Monday that the province would run a deficit this "
     "year.\n\nOntario has run deficits since 2020, and Canada has had a national carbon price since 2019. Federal "
     "officials in Ottawa rejected the plan.\n\nDunn said the province would balance its books by 2028.", "Pat Dunn"),
    # a premier in a federation heads a state: no country is supplied for a premier
    ("SYDNEY \u2014 Premier Kate Lowe said on Tuesday that flood aid would reach towns within days.\n\n"
     "Australia has faced severe floods this year. Federal ministers in Canberra said more help was coming.\n\n"
     "Lowe said the state would rebuild.", "Kate Lowe"),
])
def test_no_home_country_for_a_province_or_states_office(nlp, text, holder):
    assert not [o for s, o, _ in rels(run(nlp, text), "ROLE") if s == holder]


@pytest.mark.parametrize("text, holder, role", [
    # the one chosen for a minister's office holds it, in the article's own country
    ("Ghana's president reshuffled his cabinet in Accra on Friday, and Ghana's markets rose. The list named "
     "Grace Owusu as finance minister.", "Grace Owusu", "finance minister"),
    ("Ghana's president reshuffled his cabinet in Accra on Friday, and Ghana's markets rose. Kwame Boateng was "
     "named interior minister.", "Kwame Boateng", "interior minister"),
    ("Ghana's president reshuffled his cabinet in Accra on Friday, and Ghana's markets rose. He dropped Yaw "
     "Darko, who becomes minister of trade.", "Yaw Darko", "minister of trade"),
])
def test_a_minister_chosen_for_the_office_holds_it(nlp, text, holder, role):
    assert has(run(nlp, text), "ROLE", holder, "Ghana").role == role


def test_the_chooser_of_a_minister_does_not_hold_the_office(nlp):
    ex = run(nlp, "Ghana's president reshuffled his cabinet in Accra on Friday, and Ghana's markets rose. "
                  "President Kofi Asante named Ama Owusu as finance minister.")
    assert not [r for s, o, r in rels(ex, "ROLE") if s == "Kofi Asante" and r.role == "finance minister"]


def test_an_office_called_former_anywhere_is_former(nlp):
    """The first mention reads a choice ("was elected president"), a later one says "former":
    the person no longer holds the office."""
    ex = run(nlp, "Voters in the United States remember 1992, when Bill Clinton was elected president. On Monday "
                  "former President Bill Clinton campaigned in Ohio for his wife.")
    assert has(ex, "ROLE", "Bill Clinton", "United States").role == "former president"


@pytest.mark.parametrize("title", ["Deputy Secretary of State", "Assistant Secretary of State"])
def test_the_deputy_of_a_one_country_office_serves_that_country(nlp, title):
    """The rank before a title only one country gives keeps its country."""
    ex = run(nlp, f"At the meeting, the United States was represented by {title} Tom Ward, who questioned "
                  "the alliance.")
    has(ex, "ROLE", "Tom Ward", "United States")


@pytest.mark.parametrize("text", [
    "The United States will host the forum. Dana Roth said she would end the war as secretary of state.",
    "The United States will host the forum. As secretary of state, Dana Roth would end the war, she said.",
])
def test_an_office_in_a_plan_is_not_held(nlp, text):
    """ "would end the war as secretary of state": a plan, no office held."""
    assert not [o for s, o, _ in rels(run(nlp, text), "ROLE") if s == "Dana Roth"]


def test_an_office_held_as_a_fact_after_as_is_held(nlp):
    ex = run(nlp, "The United States will host the forum. As secretary of state, Dana Roth signed the treaty.")
    has(ex, "ROLE", "Dana Roth", "United States")


@pytest.mark.parametrize("text", [
    "The United States will vote in May. Dana Roth's best asset is her years of experience as a senator, "
    "secretary of state and first lady.",
    "The United States will vote in May. Dana Roth cited her experience as a senator and secretary of state.",
])
def test_an_office_listed_after_another_after_as_is_held(nlp, text):
    """ "her experience as a senator, secretary of state and first lady": each office of the list,
    held by the one whose experience it is."""
    has(run(nlp, text), "ROLE", "Dana Roth", "United States")


def test_an_office_listed_in_a_plan_is_not_held(nlp):
    ex = run(nlp, "The United States will vote in May. Dana Roth said she would serve as a senator and "
                  "secretary of state.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if s == "Dana Roth"]
