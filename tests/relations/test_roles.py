"""ROLE and SPEAKS_FOR toward institutions and countries (graph/relations/roles.py, titles.py
and the shared context), and the names offices are shown by; sentences written for this test."""

import pytest

from quotegraph import extract_text

from ._helpers import has, rels, run


@pytest.mark.parametrize("text, office, owner", [
    ("Chile's Defense Ministry said on Monday that two drones were shot down.", "Defense Ministry", "Chile"),
    ("The US State Department said the visit would go ahead.", "State Department", "United States"),
    ("The Peruvian Foreign Ministry said it would respond.", "Peruvian Foreign Ministry", "Peru"),
])
def test_office_is_shown_by_its_name_and_belongs_to_its_owner(nlp, text, office, owner):
    """A possessive or a country's name before an office is no part of its name; a demonym
    adjective is ("the Peruvian Foreign Ministry")."""
    ex = run(nlp, text)
    has(ex, "MEMBER_OF", office, owner)
    body = next(e for e in ex.entities if e.name == office)
    assert any(owner.split()[0][:4] in a or "US" in a for a in body.aliases + (body.name,))


def test_two_countries_offices_stay_two_actors(nlp):
    ex = run(nlp, "Chile's Defense Ministry said two drones were downed. Peru's Defense Ministry said "
                  "it had launched none.")
    ministries = [e for e in ex.entities if e.name == "Defense Ministry"]
    assert len(ministries) == 2 and len({e.id for e in ministries}) == 2


@pytest.mark.parametrize("text, holder, seat, country", [
    ("Kremlin envoy Anatoly Berin told reporters the talks were useful.", "Anatoly Berin", "Kremlin", "Russia"),
    ("White House negotiator Dana Cole said the call went well.", "Dana Cole", "White House", "United States"),
])
def test_post_at_an_institution_is_held_there_and_for_its_country(nlp, text, holder, seat, country):
    ex = run(nlp, text)
    for obj in (seat, country):
        has(ex, "ROLE", holder, obj)
        has(ex, "SPEAKS_FOR", holder, obj)


@pytest.mark.parametrize("text, holder, seat, country", [
    ("Kremlin spokesman Anatoly Berin told reporters the talks were useful.", "Anatoly Berin", "Kremlin", "Russia"),
    ("White House spokeswoman Dana Cole said the call went well.", "Dana Cole", "White House", "United States"),
    ("White House press secretary Dana Cole said the call went well.", "Dana Cole", "White House", "United States"),
])
def test_spokesperson_at_an_institution_voices_the_institution_alone(nlp, text, holder, seat, country):
    """A spokesman's post is to voice the seat itself; readers do not take it on to the country."""
    ex = run(nlp, text)
    has(ex, "ROLE", holder, seat)
    has(ex, "SPEAKS_FOR", holder, seat)
    assert not [o for s, o, _ in rels(ex, "ROLE") + rels(ex, "SPEAKS_FOR") if s == holder and o == country]


def test_a_city_stays_its_country(nlp):
    ex = run(nlp, "Russian envoy Anatoly Berin flew to Moscow, where Kremlin aides met him.")
    assert {o for s, o, _ in rels(ex, "ROLE") if s == "Anatoly Berin"} == {"Russia"}
    assert not any(e.name == "Moscow" and e.type == "organization" for e in ex.entities)


def test_counterpart_is_a_role_toward_a_country_only(nlp):
    ex = run(nlp, "Prime Minister Lena Holm met her Chilean counterpart Marco Ruiz in Lima on Friday.")
    has(ex, "ROLE", "Marco Ruiz", "Chile")
    assert not [o for s, o, _ in rels(ex, "ROLE") if s == "Marco Ruiz" and o == "Lena Holm"]
    assert not [o for s, o, _ in rels(ex, "SPEAKS_FOR") if s == "Marco Ruiz"]


@pytest.mark.parametrize("text", [
    "Governor Tom Baker, a Chicago Bears fan, watched the game in Denver.",
    "Senator Lena Ward, a graduate of Yale Law School, said the bill was flawed.",
    "Baker constituent Mia Lund said the plant should stay open.",
    "His mentor, former Ohio Gov. Tom Baker, said little.",
    "Syrian refugees President Tom Baker met in Denver said they wanted to go home.",
    "Mia Lund, 31, a Spotify user, said she paid for the service.",
    "Tom Baker, a longtime Comcast customer, said the bill had doubled.",
])
def test_ties_of_taste_schooling_voting_or_origin_are_no_role(nlp, text):
    """A fan, a graduate, a constituent, a mentor, a refugee or a user of a product holds no
    post at the other side."""
    ex = run(nlp, text)
    bad = {"fan", "graduate", "constituent", "mentor", "refugees", "user", "customer"}
    assert not [r.role for _, _, r in rels(ex, "ROLE") if set((r.role or "").split()) & bad]


def test_supporters_hold_no_role(nlp):
    ex = run(nlp, "Peru's supporters have pledged more aid, and Chile's backers met in Lima.")
    assert not rels(ex, "ROLE")


@pytest.mark.parametrize("text, holder, country", [
    ("He also met the Omani foreign minister, Ahmed Salem, on Monday.", "Ahmed Salem", "Oman"),
    ("Talks were hosted by the Kuwaiti foreign minister, Nasser Amiri.", "Nasser Amiri", "Kuwait"),
    ("The team included the secretary of Peru's national security council, Rustem Aliyev.", "Rustem Aliyev", "Peru"),
])
def test_title_before_a_comma_named_person(nlp, text, holder, country):
    """A demonym of any country gives it ("Omani"), and a lowercase title the tagger read as a
    name still titles the name set beside it."""
    ex = run(nlp, text)
    has(ex, "ROLE", holder, country)
    has(ex, "SPEAKS_FOR", holder, country)


@pytest.mark.parametrize("text, holder, body, role", [
    ("A spokesperson for the European Commission, Lina Varga, said Brussels backed the plan.",
     "Lina Varga", "European Commission", "spokesperson"),
    ("A senior adviser to Chancellor Jonas Weber, Maya Koenig, said the plan was final.",
     "Maya Koenig", "Jonas Weber", "senior adviser"),
    # the parse hangs the name on the post this time, not on the body
    ("A spokesman for the Chilean foreign ministry, Tomas Rojo, warned Peru against interfering.",
     "Tomas Rojo", "Chilean foreign ministry", "spokesman"),
])
def test_a_post_before_the_name_it_belongs_to(nlp, text, holder, body, role):
    """Regression: the parse hangs the name on the body, and a group "spokesperson for the
    European Commission" spoke for it instead of the named spokesperson."""
    ex = run(nlp, text)
    assert has(ex, "ROLE", holder, body).role.endswith(role.split()[-1])
    assert not any(e.type == "group" for e in ex.entities), [e.name for e in ex.entities]


def test_a_title_set_off_by_a_comma_before_the_name(nlp):
    # regression: the parse makes "secretary" a modifier of "Lund", and no role was read
    ex = run(nlp, "The minister spoke with the NATO secretary-general, Erik Lund, about a joint response.")
    assert has(ex, "ROLE", "Erik Lund", "NATO").role == "secretary-general"
    has(ex, "SPEAKS_FOR", "Erik Lund", "NATO")


def test_a_hyphenated_post_with_a_preposition_is_read_once(nlp):
    # regression: the hyphen rule glued "in" to "editor" before "in chief" was added ("editor-in in chief")
    ex = run(nlp, "Lena Holm, the editor-in-chief of the Valley Gazette, said the story was accurate.")
    assert has(ex, "ROLE", "Lena Holm", "Valley Gazette").role == "editor in chief"


def test_apposition_naming_a_thing_is_no_role(nlp):
    ex = run(nlp, "Lena Holm, Chile's most celebrated achievement, spoke on Friday. Marco Ruiz, "
                  "Chile's fisheries minister, agreed.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if s == "Lena Holm"]
    has(ex, "ROLE", "Marco Ruiz", "Chile")


@pytest.mark.parametrize("text", [
    "Maria Lopez, an African-American delegate from Ohio, spoke on Sunday.",
    "Tom Reyes, a pro-Russian activist, spoke on Sunday.",
])
def test_hyphen_joined_demonym_is_no_post_of_the_country(nlp, text):
    # an origin or a leaning, not a post held for the country
    assert rels(run(nlp, text), "ROLE") == []


def test_title_takes_the_country_of_its_earlier_mention(nlp):
    ex = run(nlp, "The Peruvian foreign minister arrived on Monday. Talks began later. "
                  "Carlos Mendoza, the foreign minister, said the talks went well.")
    has(ex, "ROLE", "Carlos Mendoza", "Peru")
    has(ex, "SPEAKS_FOR", "Carlos Mendoza", "Peru")


@pytest.mark.parametrize("text", [
    # two countries' foreign ministers before: whose is not said
    "The Peruvian foreign minister arrived. The Chilean foreign minister left. Carlos Mendoza, the foreign minister, said it.",
    # another title before
    "The Peruvian president spoke on Monday. Carlos Mendoza, the foreign minister, said the talks went well.",
])
def test_title_without_one_earlier_owner_says_no_country(nlp, text):
    assert rels(run(nlp, text), "ROLE") == []


def test_country_inside_a_party_name_is_no_owner(nlp):
    ex = run(nlp, "Peru Renewal Party leader Ana Quispe said the vote was rigged.")
    has(ex, "ROLE", "Ana Quispe", "Peru Renewal Party")
    assert not [o for s, o, _ in rels(ex, "ROLE") if o == "Peru"]


def test_a_participle_before_a_name_holds_no_post(nlp):
    ex = run(nlp, "A new survey shows Halvorsen trailing Brenn by six points, Brenn said.")
    assert not rels(ex, "ROLE")


@pytest.mark.parametrize("text", [
    "Mara Lind wants the deal, and she said so on Monday. In a note to donors, her chief of staff, Olaf Brink, "
    "said the vote would come soon.",
    "Mara Lind wants the deal. Her senior policy adviser Olaf Brink said the vote would come soon.",
])
def test_title_owned_by_a_pronoun(nlp, text):
    ex = run(nlp, text)
    has(ex, "ROLE", "Olaf Brink", "Mara Lind")


@pytest.mark.parametrize("text, holder, owner", [
    ("The minister told The Guardian's Anna Holm that the plan had failed.", "Anna Holm", "The Guardian"),
    ("That is what Pia Sandvik at The Guardian wrote last week, the minister said.", "Pia Sandvik", "The Guardian"),
    ("Neither Norway's Ola Brenn nor anyone else has gone that far.", "Ola Brenn", "Norway"),
])
def test_name_owned_by_an_outlet_or_a_country(nlp, text, holder, owner):
    has(run(nlp, text), "ROLE", holder, owner)


def test_a_person_owning_a_name_gives_no_role(nlp):
    ex = run(nlp, "Brenn's Mara Lind was not there, Halvorsen said.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if s == "Mara Lind"]


@pytest.mark.parametrize("text", [
    "A Peruvian official said the border would stay closed.",
    "Chilean officials said the border would stay closed.",
])
def test_an_official_said_so_only_by_a_demonym_holds_no_role(nlp, text):
    assert not rels(run(nlp, text), "ROLE")


def test_a_described_diplomat_of_a_body_keeps_its_role(nlp):
    has(run(nlp, "A NATO diplomat said the meeting would go ahead."), "ROLE", "NATO diplomat", "NATO")


@pytest.mark.parametrize("text, holder, owner, role", [
    ("Olaf Brink is Mara Lind's campaign chairman, the paper said.", "Olaf Brink", "Mara Lind", "campaign chairman"),
    ("Mara Lind's campaign chairman is Olaf Brink, the paper said.", "Olaf Brink", "Mara Lind", "campaign chairman"),
    ("Olaf Brink, who was Mara Lind's chief adviser, spoke first.", "Olaf Brink", "Mara Lind", "former chief adviser"),
    ("Olaf Brink is a Democratic strategist and a CNN contributor.", "Olaf Brink", "CNN", "contributor"),
])
def test_post_said_by_a_copula(nlp, text, holder, owner, role):
    assert has(run(nlp, text), "ROLE", holder, owner).role == role


@pytest.mark.parametrize("text", [
    "Olaf Brink is Mara Lind's biggest problem, the paper said.",
    "Olaf Brink is not Mara Lind's adviser, the paper said.",
    "Olaf Brink is on track to be a CNN contributor, the paper said.",
])
def test_copula_without_a_post_gives_no_role(nlp, text):
    assert not rels(run(nlp, text), "ROLE")


def test_pronoun_owner_is_the_name_it_is_joined_to(nlp):
    # (a title, not kinship: kin alone holds no post)
    ex = run(nlp, "Mara Lind hosted an event, during which she thanked Governor Olaf Brink and his aide Jon Dahl.")
    has(ex, "ROLE", "Jon Dahl", "Olaf Brink")
    assert not [o for s, o, _ in rels(ex, "ROLE") if s == "Jon Dahl" and o == "Mara Lind"]


@pytest.mark.parametrize("text, holder, owner", [
    ("Senator Mark Dalton spoke first. Dalton campaign spokesman Tom Baker said he would win.", "Tom Baker",
     "Mark Dalton"),
    ("In a statement, Ruiz campaign spokeswoman Ellen Marsh said, \"We are confident.\"", "Ellen Marsh", "Ruiz"),
])
def test_a_persons_campaign_spokesman_speaks_for_that_person(nlp, text, holder, owner):
    ex = run(nlp, text)
    has(ex, "ROLE", holder, owner)
    has(ex, "SPEAKS_FOR", holder, owner)


@pytest.mark.parametrize("text, holder, body", [
    ("Carl Moss, a veteran organizer who is president of the Harbor Workers Union, spoke on Monday.",
     "Carl Moss", "Harbor Workers Union"),
    ("Ellen Marsh, senior director for trade policy at the National Economic Council, said the deal would hold.",
     "Ellen Marsh", "National Economic Council"),
])
def test_post_said_inside_an_apposition(nlp, text, holder, body):
    has(run(nlp, text), "ROLE", holder, body)


@pytest.mark.parametrize("text, holder, speaks", [
    # a communications director is the campaign's voice to the press, as a spokeswoman is
    ("John Smith spoke on Monday. Rudy Ventura, the Smith campaign's communications director, said in a statement.",
     "Rudy Ventura", True),
    ("John Smith spoke on Monday. A spokeswoman for the Smith campaign, Karen Bell, declined to comment.",
     "Karen Bell", True),
    ("John Smith spoke on Monday. Karen Bell, a spokeswoman for the Smith campaign, declined to comment.",
     "Karen Bell", True),
    ("John Smith spoke on Monday. Ann Baker, vice chairwoman for John Smith's presidential campaign, emailed "
     "supporters.", "Ann Baker", False),
])
def test_a_post_in_a_persons_campaign_is_held_for_that_person(nlp, text, holder, speaks):
    """ "the Smith campaign", "Smith's presidential campaign": the campaign is the candidate's
    own; its staff hold their posts for the candidate (a spokeswoman also speaks for them)."""
    ex = run(nlp, text)
    has(ex, "ROLE", holder, "John Smith")
    assert bool([o for s, o, _ in rels(ex, "SPEAKS_FOR") if s == holder and o == "John Smith"]) == speaks


@pytest.mark.parametrize("text", [
    "Rita Moss chairs the Senate Armed Services Committee.",
    "Rita Moss spoke on Monday. She heads the Ocean Conservancy, a group based in Boston.",
])
def test_chairing_or_heading_a_body_in_a_main_clause_is_a_post(nlp, text):
    ex = run(nlp, text)
    assert [o for s, o, _ in rels(ex, "ROLE") if s == "Rita Moss" and o in
            ("Senate Armed Services Committee", "Ocean Conservancy")]


@pytest.mark.parametrize("text", [
    "Rita Moss does not chair the Senate Armed Services Committee.",
    "Rita Moss will chair the Senate Armed Services Committee next year.",
])
def test_a_denied_or_planned_chair_is_no_post(nlp, text):
    assert not rels(run(nlp, text), "ROLE")


@pytest.mark.parametrize("text, person, body", [
    ("Lena Holm of the Nordic Policy Institute said the plan would fail.", "Lena Holm", "Nordic Policy Institute"),
    ("The senator told Ken Adler of Radio Baltica that the vote was lost.", "Ken Adler", "Radio Baltica"),
])
def test_a_name_of_a_body_holds_a_post_there(nlp, text, person, body):
    assert has(run(nlp, text), "ROLE", person, body).role == "staff"


@pytest.mark.parametrize("text", [
    "Lena Holm of Ohio said she would vote for the plan.",  # where she lives
    "A supporter of Ken Adler said the plan would fail.",
])
def test_a_place_or_a_person_after_of_is_no_post(nlp, text):
    assert not rels(run(nlp, text), "ROLE")


def test_an_origin_in_apposition_is_no_post(nlp):
    # regression: "the Afghan-American who …" gave ROLE Afghanistan
    ex = run(nlp, "Tom Reyes, the Chilean-American who founded the firm, held two licenses.")
    assert not rels(ex, "ROLE")


@pytest.mark.parametrize("text, person, body, role", [
    ("Lena Holm works for the Nordic Policy Institute.", "Lena Holm", "Nordic Policy Institute", "staff"),
    ("Lena Holm worked at Goldman Sachs before entering politics.", "Lena Holm", "Goldman Sachs", "former staff"),
    ("Lena Holm was employed by the Nordic Policy Institute for a decade.", "Lena Holm", "Nordic Policy Institute",
     "former staff"),
])
def test_employment_is_a_post(nlp, text, person, body, role):
    assert has(run(nlp, text), "ROLE", person, body).role == role


@pytest.mark.parametrize("text", [
    "Lena Holm never worked for the Nordic Policy Institute.",
    "Lena Holm works with the Nordic Policy Institute.",  # a partner, not an employer
])
def test_no_employment_denied_or_with(nlp, text):
    assert not rels(run(nlp, text), "ROLE")


def test_an_audience_at_a_briefing_holds_no_post(nlp):
    # Regression: "told a Moscow news briefing" registers the reporters there as a group whose
    # mention is the briefing, and the described-source rule read "Moscow" as the place of a
    # post: reporters ROLE Russia (role "briefing").
    ex = extract_text("Foreign Minister Anton Orlov told a Moscow news briefing on Friday that the talks "
                      "had stalled.", source="briefing.txt")
    names = {e.id: e.name for e in ex.entities}
    assert not any(names[r.subject] == "reporters" for r in ex.relations)
    assert any(q.addressee is not None and q.addressee.name == "reporters" for q in ex.quotes)


@pytest.mark.parametrize("text, holder, principal", [
    ("Tom Walsh has signed up to serve as a delegate for presumptive Republican nominee Dan Fogg at the convention.",
     "Tom Walsh", "Dan Fogg"),
    ("Pete Tull, a tech investor, signed up as a Fogg delegate in the district.", "Pete Tull", "Fogg"),
])
def test_a_post_taken_with_as_is_the_subjects(nlp, text, holder, principal):
    ex = run(nlp, text)
    has(ex, "ROLE", holder, principal)
    # a candidate's delegate is pledged to the candidate, not the candidate's voice
    assert not [r for r in rels(ex, "SPEAKS_FOR") if r[0] == holder]


def test_a_named_spokesman_in_apposition_is_no_group_beside_him(nlp):
    """Regression: "Colonel Ray Tan, a spokesman for the army," gave a group "spokesman for
    the army" that spoke for the army beside him."""
    ex = run(nlp, "Colonel Ray Tan, a spokesman for the People's Liberation Army, told reporters the drills "
                  "were over.")
    has(ex, "SPEAKS_FOR", "Ray Tan", "People's Liberation Army")
    assert not any(e.type == "group" and "spokesman" in e.name for e in ex.entities), ex.entities


def test_a_copula_gives_each_post_of_its_list(nlp):
    ex = run(nlp, "Paul Ames, a delegate from Utah, is coordinator of the Western Farmers Network and co-founder "
                  "of the group Fair Fields.")
    has(ex, "ROLE", "Paul Ames", "Western Farmers Network")
    has(ex, "ROLE", "Paul Ames", "Fair Fields")


def test_a_plural_group_of_unnamed_people_holds_no_post(nlp):
    ex = run(nlp, "Obama aides said the president would not budge. Senate aides said the vote would slip. "
                  "A NATO diplomat said the talks were over.")
    assert {s for s, _, _ in rels(ex, "ROLE")} == {"NATO diplomat"}
    assert not rels(ex, "SPEAKS_FOR")


@pytest.mark.parametrize("text, holder, country", [
    ("Peruvian President's chief economic adviser, Lucia Ramos, flew to Lima.", "Lucia Ramos", "Peru"),
    ("Chilean Prime Minister's spokesman Tomas Ibarra said the talks were over.", "Tomas Ibarra", "Chile"),
    ("Iran's Supreme Leader, Ayatollah Karim Tavassoli, spoke on Friday.", "Karim Tavassoli", "Iran"),
])
def test_a_post_for_a_leader_named_by_title_is_held_for_the_state(nlp, text, holder, country):
    has(run(nlp, text), "ROLE", holder, country)


def test_an_owned_envoys_for_names_the_brief_not_a_principal(nlp):
    """"The Arab League's special envoy for Libya": the League sent the envoy; Libya is the
    brief, not a body the envoy holds a post at or speaks for."""
    ex = run(nlp, "The Arab League's special envoy for Libya, Omar Haddad, arrived in Cairo on Monday.")
    has(ex, "ROLE", "Omar Haddad", "Arab League")
    assert not [o for s, o, _ in rels(ex, "ROLE") + rels(ex, "SPEAKS_FOR") if o == "Libya"]


@pytest.mark.parametrize("text, holder, party", [
    ("Maria Costa of the Green Party said the plan was late.", "Maria Costa", "Green Party"),
    ("The vote was close. Tomas Berg of the Liberal Party agreed with the minister.", "Tomas Berg", "Liberal Party"),
])
def test_a_name_of_a_party_is_its_member(nlp, text, holder, party):
    """"X of the Green Party": a member of the party, as "Democrat X" is, not its staff."""
    ex = run(nlp, text)
    has(ex, "MEMBER_OF", holder, party)
    assert has(ex, "ROLE", holder, party).role == "member"


def test_each_name_listed_before_of_a_body_is_its_staff(nlp):
    """ "A and B of the Institute": both work there; "A of the Post and B of the Institute":
    each at their own."""
    ex = run(nlp, "Nora Quill spoke first. Ben Ortega and Lila Crane of the Harbor Institute wrote the memo.")
    has(ex, "ROLE", "Ben Ortega", "Harbor Institute")
    has(ex, "ROLE", "Lila Crane", "Harbor Institute")


def test_two_sides_of_talks_are_not_listed_staff(nlp):
    ex = run(nlp, "Nora Quill spoke first. The talks between Ben Ortega and Lila Crane of the Harbor Institute ended.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if s == "Ben Ortega"]


def test_a_listed_name_with_its_own_description_keeps_its_own_body(nlp):
    ex = run(nlp, "The paper was written by Ben Ortega, a professor at Kent College; and Lila Crane of the Harbor Institute.")
    has(ex, "ROLE", "Lila Crane", "Harbor Institute")
    assert not [o for s, o, _ in rels(ex, "ROLE") if s == "Ben Ortega" and o == "Harbor Institute"]


@pytest.mark.parametrize("text, unit, body", [
    ("Ann Lee, dean of the School of Public Policy at Harvard University, said the plan failed.",
     "School of Public Policy", "Harvard University"),
    ("Ann Lee, director of the Center for Asian Studies at Yale University, said so.",
     "Center for Asian Studies", "Yale University"),
])
def test_the_head_of_a_unit_at_a_body_holds_a_post_at_both(nlp, text, unit, body):
    """ "dean of the School of X at Y University": the post is at the school and at the
    university it is part of."""
    ex = run(nlp, text)
    has(ex, "ROLE", "Ann Lee", unit)
    has(ex, "ROLE", "Ann Lee", body)


def test_the_head_of_a_unit_at_a_place_holds_no_post_at_the_place(nlp):
    assert not rels(run(nlp, "Ann Lee, director of the museum at Kyoto, said so."), "ROLE")


@pytest.mark.parametrize("text", [
    "Senator Jo Lind arrived with her husband, Paul Lamont, on Friday.",
    "Ruth Ames's husband, Carl Ames, said the family was proud.",
    "Mara Quist's grandchildren, Theo, Ingrid and Felix, all came to the farm that summer.",
])
def test_kinship_alone_is_no_post(nlp, text):
    """A husband or a daughter holds no post at or for the relative."""
    assert not rels(run(nlp, text), "ROLE")


def test_kin_listed_among_envoys_keeps_the_tie(nlp):
    """ "X's envoy A and son-in-law B": the relative is named among the principal's people."""
    ex = run(nlp, "Dana Holt's envoy Sam Perry and son-in-law Ken Lowe flew to Oslo.")
    has(ex, "ROLE", "Sam Perry", "Dana Holt")
    has(ex, "ROLE", "Ken Lowe", "Dana Holt")


@pytest.mark.parametrize("text, outlet", [
    ('Dana Price, host of CNN\'s "Evening Brief," said the senator was wrong.', "CNN"),
    ("Dana Price, the host of CNN's Evening Brief, said the senator was wrong.", "CNN"),
])
def test_the_host_of_an_outlets_show_works_for_the_outlet(nlp, text, outlet):
    r = has(run(nlp, text), "ROLE", "Dana Price", outlet)
    assert '"' not in r.role


@pytest.mark.parametrize("text, writers, outlet", [
    ("Aides conceded the point in a Washington Post article Monday by Sara Lind and Tom Beck.",
     ["Sara Lind", "Tom Beck"], "The Washington Post"),
    ("A Reuters report by Ian Holt found that the ministry had lied.", ["Ian Holt"], "Reuters"),
    ("The claim appeared in a story by Ian Holt in The Guardian.", ["Ian Holt"], "The Guardian"),
])
def test_the_writer_of_an_outlets_article_works_for_it(nlp, text, writers, outlet):
    ex = run(nlp, text)
    for w in writers:
        has(ex, "ROLE", w, outlet)


@pytest.mark.parametrize("text", [
    "The claim appeared in an op-ed by Ian Holt in The Guardian.",  # a guest's page, no staff post
    "The law was signed by Ian Holt in March.",
])
def test_no_writer_post_without_an_outlets_reporting(nlp, text):
    assert not rels(run(nlp, text), "ROLE")


@pytest.mark.parametrize("text", [
    "A woman asked Obama about the prospects of Trump or Democratic contenders Hillary Clinton or Bernie "
    "Sanders following him.",  # a name offered as an alternative owns no title
    "The senator blocked Barack Obama's court pick, Merrick Garland.",  # chosen by him, no post for him
])
def test_a_candidacy_is_no_post_toward_a_person(nlp, text):
    assert not [(s, o) for s, o, _ in rels(run(nlp, text), "ROLE")
                if o in ("Trump", "Donald Trump", "Barack Obama")]


def test_a_post_not_yet_held_is_no_role(nlp):
    ex = run(nlp, "Rep. Tom Hale said he expected future Senate leader Ana Cole to win.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if s == "Ana Cole"]


@pytest.mark.parametrize("text, holders", [
    ("Other notable Lane delegates from the state include Reps. Tom Roe and Ann Cole.", ["Tom Roe", "Ann Cole"]),
    ("Lane's advisers include Tom Roe, a former banker.", ["Tom Roe"]),
])
def test_the_names_a_plural_post_includes_hold_it(nlp, text, holders):
    ex = run(nlp, text)
    for h in holders:
        has(ex, "ROLE", h, "Lane")


@pytest.mark.parametrize("text", ["The plan's critics include Tom Roe.", "Lane's advisers do not include Tom Roe."])
def test_no_post_included_by_a_stance_or_a_denial(nlp, text):
    assert not rels(run(nlp, text), "ROLE")


@pytest.mark.parametrize("text", [
    '"We will win," super PAC spokeswoman Kim Lee said.',
    "Tom Baker, the head of a Super PAC backing Gov. Ann Morrow, said it would spend more.",
])
def test_a_kind_of_body_the_text_does_not_name_holds_no_post(nlp, text):
    """ "super PAC" says what kind of body, not which one: no post is held at it."""
    ex = run(nlp, text)
    assert not [o for _, o, _ in [*rels(ex, "ROLE"), *rels(ex, "SPEAKS_FOR")] if "PAC" in o]


def test_a_named_pac_still_holds_its_head(nlp):
    has(run(nlp, "Tom Baker, the head of Forward Ohio PAC, said it would spend more."), "ROLE", "Tom Baker",
        "Forward Ohio PAC")


@pytest.mark.parametrize("text, body", [
    ('"It is a moment," said Paul Hale, a former NATO director of policy planning now at Brightwater Global '
     'political think tank.', "Brightwater Global"),
    ("Paul Hale, a former State Department lawyer now with the Atlantic Council, said the deal was weak.",
     "Atlantic Council"),
])
def test_where_one_is_now_after_a_former_post(nlp, text, body):
    """ "a former NATO director now at X": the person works at X today."""
    has(run(nlp, text), "ROLE", "Paul Hale", body)


def test_now_living_somewhere_is_no_post(nlp):
    ex = run(nlp, "Paul Hale, a former State Department lawyer, now lives in Ohio.")
    assert [o for s, o, _ in rels(ex, "ROLE") if s == "Paul Hale"] == ["State Department"]


def test_posts_listed_in_apposition_are_held_at_the_body_after_them(nlp):
    """ "Dean of A and Director of B at C University": the parse hangs "at C" on the name."""
    ex = run(nlp, "Lin Wei, Dean of the School of Law and Director of the Center for Asian Studies at Harbin "
                  "University, did not deny that the talks had stalled.")
    has(ex, "ROLE", "Lin Wei", "Harbin University")
    has(ex, "ROLE", "Lin Wei", "Center for Asian Studies")


def test_at_an_event_of_a_body_after_a_post_is_no_post_there(nlp):
    ex = run(nlp, "Lena Ortiz, a lawyer for Acme Corp, at a Brookings Institution forum said the plan was fine.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if "Brookings" in o]


@pytest.mark.parametrize("text, country", [
    ("Paul Hale, a former senior national security official in various US administrations, said the deal was weak.",
     "United States"),
    ("Paul Hale, a senior official in the British government, said the deal was weak.", "United Kingdom"),
])
def test_a_post_in_a_states_government_is_held_for_the_state(nlp, text, country):
    has(run(nlp, text), "ROLE", "Paul Hale", country)


def test_a_post_in_a_persons_administration_names_no_state(nlp):
    ex = run(nlp, "Paul Hale, a former official in the Obama administration, said the deal was weak.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if s == "Paul Hale"]


@pytest.mark.parametrize("text, country", [
    ('"They think so," said Paul Hale, a partner at the Hale Group, a Washington-based advisory firm, who served '
     "in senior national security positions in multiple U.S. administrations.", "United States"),
    ("Paul Hale, who worked in the Japanese government for a decade, said the deal was weak.", "Japan"),
])
def test_who_served_in_a_states_government(nlp, text, country):
    """ "who served in posts in U.S. administrations": "who" is the person, also when the parse
    hangs the clause on the body named in the person's apposition."""
    has(run(nlp, text), "ROLE", "Paul Hale", country)


def test_a_body_working_in_a_government_gives_no_post(nlp):
    ex = run(nlp, "Paul Hale, a partner at the Hale Group, which works in the British government's supply chain, "
                  "said so.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if o == "United Kingdom"]


@pytest.mark.parametrize("text, holder, owner", [
    ("The International Monetary Fund warned of slower growth. Its managing director, Anna Berg, said the "
     "outlook had darkened.", "Anna Berg", "International Monetary Fund"),
    ("Iran may have another card up its sleeve. Its foreign ministry deputy director, Hamid Rezaei, floated "
     "a deal.", "Hamid Rezaei", "Iran"),
])
def test_its_post_opening_a_sentence_is_held_for_the_subject_before(nlp, text, holder, owner):
    """ "Its managing director, X,": the body or country the sentence before is about."""
    has(run(nlp, text), "ROLE", holder, owner)


def test_its_post_after_a_sentence_about_something_else_has_no_owner(nlp):
    ex = run(nlp, "The company cut jobs. Its shares fell. Its chief executive, Anna Berg, said the outlook "
                  "had darkened.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if s == "Anna Berg"]


@pytest.mark.parametrize("text", [
    "Owen Price, the would-be mayor of Bristol, said the buses come first.",
    "The committee questioned Ada Fenn, the nominee for ambassador to Chile, on Tuesday.",
    "The Senate will vote on nominee for secretary of state Ada Fenn next week.",
])
def test_a_post_not_yet_held_gives_no_role(nlp, text):
    ex = run(nlp, text)
    assert not [(s, o) for s, o, r in rels(ex, "ROLE") if r.role in ("mayor", "ambassador", "secretary of state")]


def test_a_show_named_for_one_of_its_listed_hosts_makes_no_host_the_others_principal(nlp):
    """ "Morning Joe hosts A and B": the show's name shares A's first name; B holds no post for A."""
    ex = run(nlp, "During a call with Morning Joe hosts Joe Scarborough and Mika Brzezinski on Friday, "
                  "the governor defended her budget.")
    assert not [(s, o) for s, o, _ in rels(ex, "ROLE") if {s, o} == {"Joe Scarborough", "Mika Brzezinski"}]


@pytest.mark.parametrize("verb", ["lauds", "salutes"])
def test_a_verb_read_as_a_plural_noun_before_a_name_is_no_post(nlp, verb):
    """ "Al-Masri lauds Nidal Karimi, …": the parse may take the verb for the noun of a fragment."""
    ex = run(nlp, f"Footage of Anwar al-Masri appears. Al-Masri {verb} Nidal Karimi, the former U.S. Army "
                  "medic who fled in 2009.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if o == "Anwar al-Masri"]
    has(ex, "ROLE", "Nidal Karimi", "Army")


def test_a_post_after_a_list_of_names_is_the_last_ones(nlp):
    # the parse hangs the apposition on the first name of the list
    ex = run(nlp, "The coverage went to front-runners Warren, Sanders and Bush, a senior fellow at the Brookings "
                  "Institution, this week.")
    has(ex, "ROLE", "Bush", "Brookings Institution")
    assert not any(s == "Warren" for s, _, _ in rels(ex, "ROLE"))
