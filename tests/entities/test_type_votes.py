"""The types a name's mentions vote for from the grammar around them (graph/entities/type_votes.py):
an apposition or a head noun, a title before the name, the kin or aides it has, a surname alone
that holds a post. Sentences written for these tests; names invented."""

from ._helpers import entities


def test_a_kin_noun_in_apposition_says_person(nlp):
    names, _ = entities(nlp, "Newt Gingrich said that he and his wife, Callista, had talked with him for years.")
    assert names.get("Callista") == "person", names


def test_a_name_whose_aides_or_kin_are_named_is_a_person(nlp):
    names, _ = entities(nlp, "Sen. Cruz spoke on Monday. Ted Cruz's campaign later said Cruz would win. "
                             "Trump's aides disagreed with Cruz's.")
    assert names.get("Trump") == "person", names


def test_a_company_with_lawyers_stays_a_company(nlp):
    names, _ = entities(nlp, "Quarrytech sued the city in May.\n\nQuarrytech's lawyers asked the judge to drop the case.\n\n"
                             "Quarrytech said it had broken no rule.")
    assert names.get("Quarrytech") == "organization", names


def test_the_body_noun_next_to_a_name_says_what_it_is_under_a_persons_title(nlp):
    # regression: "the head of the state arms maker Belkov" climbed to "head" and made Belkov a person
    names, _ = entities(nlp, "The chief of the state arms maker Belkov said the plant would reopen.")
    assert names.get("Belkov") == "organization", names
    names, _ = entities(nlp, "Tom Bell, director of the charity group Hope Ohio, said the shelter was full.")
    assert names.get("Hope Ohio") == "organization" and names.get("Tom Bell") == "person", names
    names, _ = entities(nlp, "Former secretary of state Hillary Clinton said the deal was a mistake.")
    assert names.get("Hillary Clinton") == "person", names


def test_a_capitalised_title_before_a_name_the_model_calls_an_org_says_person(nlp):
    # "Corinna" is on no forename list and the small model tags the name ORG; the title
    # written before it is a person's, so a later "she" can stand for her
    text = ("Chief Executive Officer Corinna Vestergaard has promised to trim costs by 2027. "
            "“We have to become leaner,” she said at an investor day.")
    names, ex = entities(nlp, text)
    assert names.get("Corinna Vestergaard") == "person", names
    q = next(q for q in ex.quotes if "leaner" in q.text)
    assert q.speaker is not None and q.speaker.name == "Corinna Vestergaard"


def test_a_name_read_as_a_body_is_a_person_when_its_surname_alone_holds_a_post(nlp):
    # "Hage Geingob" (ORG to the model) and "Namibia's president, Geingob,": one person
    names, _ = entities(nlp, "Hage Geingob met Cyril Ramaphosa in Pretoria on Monday. The talks covered trade. "
                             "Namibia's president, Geingob, later flew home.")
    assert names.get("Hage Geingob") == "person", names
    assert "Geingob" not in names


def test_a_name_completing_a_lowercase_post_is_a_person(nlp):
    """ "Progress USA chief strategist Guy Cecil": the model may read the name as a body's."""
    names, _ = entities(nlp, "In a statement, Progress USA chief strategist Guy Cecil said the ad was false.")
    assert names.get("Guy Cecil") == "person", names
