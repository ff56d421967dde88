"""Resolving a cue's subject to its speaker (speakers.py), on sentences written for these
tests (names invented): a party or a nationality as a noun, a document taken up again by
"the statement", a described person's name as written."""

import pytest

from conftest import quote_of, quote_with
from quotegraph import extract_text


def test_the_party_as_a_noun_is_the_person_it_describes():
    text = ("The Republican senator from the state, Amy Hollis, called for a federal inquiry.\n\n"
            "“Workers deserve to come home alive,” the Republican said.")
    q = quote_of(text, "come home alive")
    assert q.speaker is not None and q.speaker.name == "Amy Hollis"


def test_a_nationality_as_a_noun_is_the_person_given_it():
    text = ("Pavel Drozd, a Czech engineer, has run the plant since 2019. Ines Kovac chairs its board.\n\n"
            "“We will not close it,” the Czech said.")
    q = quote_of(text, "not close it")
    assert q.speaker is not None and q.speaker.name == "Pavel Drozd"


def test_the_statement_is_the_words_of_whoever_released_it():
    text = ("The firm's chief executive, Gregor Lind, released a statement on Friday.\n\n"
            "“We will cooperate fully with investigators,” the statement said.")
    q = quote_of(text, "cooperate fully")
    assert [s.text for s in q.sources] == ["the statement"]
    assert q.speaker is not None and q.speaker.name == "Gregor Lind"


def test_the_statement_from_an_institution_is_that_institutions():
    text = ("A statement from the Harbor Authority arrived late on Monday.\n\n"
            "“The barrier remains our top priority,” the statement said.")
    q = quote_of(text, "top priority")
    assert q.speaker is not None and "Harbor Authority" in q.speaker.name


def test_a_described_speaker_is_named_as_written():
    q = quote_of("“We are doing everything we can,” said the 45-year-old mother of two.", "everything we can")
    assert [s.text for s in q.sources] == ["the 45-year-old mother of two"]
    assert q.speaker is not None and q.speaker.name == "45-year-old mother of two"


def test_a_speech_verb_glued_to_the_name_is_not_part_of_it():
    text = ("Fire chief Anton Pell inspected the plant on Monday.\n\n"
            "Stated Pell: “The doors were locked from the outside.”")
    q = quote_of(text, "locked from the outside")
    assert q.speaker is not None and q.speaker.name == "Anton Pell"
    assert [s.text for s in q.sources] == ["Pell"]


def test_the_party_as_a_noun_never_goes_to_someone_of_another_party():
    # regression: with no Republican named, "the Republican said" went to the last speaker, a Democrat
    text = ("Sen. Ann Holt, a Democrat, attacked the bill. \u201cIt is a disaster,\u201d Holt said. "
            "Sen. Mark Reed defended the measure on Monday. \u201cIt is a fine bill,\u201d the Republican said.")
    q = quote_of(text, "fine bill")
    assert q.speaker is None or q.speaker.name != "Ann Holt"


def test_a_statement_one_is_quoted_in_is_not_ones_own():
    # regression: "Lee was quoted in Norvik's statement" made Lee the issuer of "the statement"
    text = ("Jan Lee was quoted in Norvik Energy's statement on Monday about the new pipeline.\n\n"
            "\u201cPrices will rise,\u201d the statement said.")
    q = quote_of(text, "Prices will rise")
    assert q.speaker is None or q.speaker.name != "Jan Lee"


def test_the_letter_is_the_words_of_whoever_wrote_in_it_even_when_in_hangs_on_the_object():
    text = ("Bridge plan.\n\nCounty engineer Tove Rask defended the plan in a letter to residents. "
            "\u201cThe bridge will cut the journey to four minutes,\u201d the letter said.")
    q = quote_of(text, "four minutes")
    assert [s.text for s in q.sources] == ["the letter"]
    assert q.speaker is not None and q.speaker.name in "Tove Rask"


def test_a_description_with_nobody_named_just_before_is_a_described_source():
    text = ("Mayor Lena Diaz opened the new bridge in May.\n\nTraffic was light on Monday. Shops stayed shut. "
            "Buses ran late.\n\n\u201cNobody told us about the closures,\u201d the shopkeeper said.")
    q = quote_of(text, "Nobody told us")
    assert q.speaker is None or q.speaker.name != "Lena Diaz"


def test_a_thing_described_is_not_the_person_just_named():
    text = ("Senator Ana Ortiz spoke at the state fair on Thursday.\n\n"
            "The first incident came during her speech, when farmers interrupted her, shouting "
            "\u201cshe wins, we lose!\u201d")
    q = quote_of(text, "we lose")
    assert q.speaker is None or q.speaker.name != "Ana Ortiz"


def test_a_name_after_the_place_of_a_role_is_the_role_holder():
    # the parse hangs "Ivo Bakker" on the place; a person is no apposition of a place
    text = "The governor of Lakeland, Ivo Bakker, promised on Friday that the dam would be repaired."
    q = quote_with(extract_text(text), "dam would be repaired")
    assert q.speaker is not None and q.speaker.name == "Ivo Bakker"


def test_a_name_after_the_person_a_role_serves_is_the_role_holder():
    # regression: the speaker was a group "senior adviser to Chancellor Jonas Weber, Maya Koenig,"
    text = "A senior adviser to Chancellor Jonas Weber, Maya Koenig, said the plan was final."
    q = quote_with(extract_text(text), "the plan was final")
    assert q.speaker is not None and q.speaker.name == "Maya Koenig"


def test_an_age_after_an_unnamed_person_described_is_that_person():
    text = ("Finance minister Karl Osei defended the budget on Tuesday. The opposition leader, a "
            "former teacher herself, was unmoved. \u201cThey have hidden the debt for years,\u201d "
            "said the 58-year-old.")
    q = quote_with(extract_text(text), "hidden the debt")
    assert q.speaker is not None and q.speaker.name != "Karl Osei"
    assert "leader" in q.speaker.name


def test_a_role_narrowed_by_its_own_words_is_not_just_the_last_person_named():
    text = ("Finance minister Karl Osei defended the budget on Tuesday.\n\n"
            "The regional governor was less sure. \u201cThe roads will wait again,\u201d the regional governor said.")
    q = quote_with(extract_text(text), "roads will wait")
    assert q.speaker is None or q.speaker.name != "Karl Osei"


def test_he_after_a_colon_intro_is_the_subject_of_the_intro():
    text = ("Former adviser Tom Keller said the campaign had lost its way. \"They have no message,\" Keller said.\n\n"
            "Campaign spokesman Brian Fallow fired back: \u201cAs someone who helped write that message,\u201d "
            "he wrote, \u201cyou should know better.\u201d")
    q = quote_with(extract_text(text), "know better")
    assert q.speaker is not None and q.speaker.name == "Brian Fallow"


def test_an_organisation_named_beside_a_description_speaks():
    text = "The city's largest employer, Halvard Steelworks, said on Monday that it would cut 300 jobs."
    q = quote_with(extract_text(text), "cut 300 jobs")
    assert q.speaker is not None and q.speaker.name == "Halvard Steelworks"


def test_an_age_after_a_sentence_pointing_at_a_named_person_is_that_person():
    # regression: "said the 51-year-old" went to the official described before, though that
    # sentence is about what was done to the person named ("questioned him")
    text = ("Peter Kowalski, a ferry captain, went on trial in Gdansk on Tuesday. The prosecutor questioned "
            "him for hours. \u201cI followed every rule,\u201d said the 51-year-old.")
    q = quote_of(text, "followed every rule")
    assert q.speaker is not None and q.speaker.name == "Peter Kowalski"


def test_the_former_holder_of_a_role_is_the_person_named_before():
    # regression: "former" was taken for a word narrowing the role, so the quote went to an
    # unnamed "former governor" group
    text = ("Peter Kowalski led Poland until 2015 and now teaches history.\n\n"
            "\u201cWe failed the young,\u201d said the former president.")
    q = quote_of(text, "failed the young")
    assert q.speaker is not None and q.speaker.name == "Peter Kowalski"


def test_the_one_asked_a_question_answers_it():
    # regression: "he" went to the reporter who asked, the subject of the sentence before
    text = ("Senator Paul Maddox has been campaigning in Ohio all week.\n\n"
            "Last month, the Herald's Tom Reyes asked Maddox whether questions about his age were fair game.\n\n"
            "\u201cSure it is. I would not have run otherwise,\u201d he said.")
    q = quote_with(extract_text(text), "Sure it is")
    assert q.speaker is not None and q.speaker.name == "Paul Maddox"


def test_the_one_asked_to_act_is_not_the_one_who_speaks_next():
    text = ("Senator Paul Maddox has been campaigning in Ohio all week.\n\n"
            "Last month, Tom Reyes asked Maddox to drop out of the race.\n\n"
            "\u201cHe should be ashamed,\u201d he said.")
    q = quote_with(extract_text(text), "should be ashamed")
    assert q.speaker is not None and q.speaker.name == "Tom Reyes"


def test_a_possessor_before_the_speaker_is_whom_the_speaker_works_for():
    # regression: "the union's spokeswoman, Wenna Castlebrook, said" went to "the union" (the model tags the name no person)
    for owner in ("the union's", "Harbour Watch's"):
        text = ("The union rejected the offer on Monday.\n\n"
                f"“The offer is an insult to every driver,” {owner} spokeswoman, Wenna Castlebrook, said.")
        q = quote_of(text, "insult to every driver")
        assert q.speaker is not None and q.speaker.name == "Wenna Castlebrook"


def test_an_age_before_any_noun_is_the_person_just_heard():
    # regression: "the 31-year-old striker" became a described group of its own
    text = ("Club captain Rory Telfer said the squad had not been told.\n\n"
            "“We read about it in the papers,” the 31-year-old striker said after training.")
    q = quote_of(text, "read about it")
    assert q.speaker is not None and q.speaker.name == "Rory Telfer"


def test_an_age_after_someone_who_only_acted_is_someone_new():
    text = ("The flood reached the square on Monday. Mayor Tom Reed visited the site.\n\n"
            "“We lost everything,” said the 45-year-old fisherman.")
    q = quote_of(text, "lost everything")
    assert q.speaker is not None and q.speaker.name != "Tom Reed"


def test_a_name_beside_the_subject_is_the_one_he_stands_for():
    # regression: "he" went to the minister named inside what the director said
    text = ("The transport minister, Colm Driscoll, has urged the league to drop the deal.\n\n"
            "The charity's policy director, Ruairi Fennell, said the minister was right. "
            "“This deal is a mistake, and the league knows it,” he said.")
    q = quote_of(text, "deal is a mistake")
    assert q.speaker is not None and q.speaker.name == "Ruairi Fennell"


def test_a_pronoun_after_her_relative_is_named_is_not_the_relative():
    # regression: "Her son, Tobias Vance, said she died" made the son a woman by the "she"
    text = ("Edith Marr, a campaigning reporter, has died aged 91.\n\n"
            "Her son, Tobias Vance, said she died at home. “She was writing until last week,” he said.\n\n"
            "Her colleague, Idris Okoro, remembered her as fearless. “Nobody frightened her,” he said.")
    assert quote_of(text, "writing until last week").speaker.name == "Tobias Vance"
    assert quote_of(text, "Nobody frightened her").speaker.name == "Idris Okoro"


def test_he_taken_for_someone_makes_him_no_she_later():
    text = ("Torcuil Brackney has fished the bay since 1983.\n\n"
            "“There were thirty boats here once,” he says.\n\n"
            "His neighbour, Morwenna Tregear, runs the last fish shop. She buys from Brackney.\n\n"
            "“If he stops, I stop,” she says.")
    assert quote_of(text, "I stop").speaker.name == "Morwenna Tregear"


def test_he_after_a_spokesman_introduced_with_a_is_the_spokesman():
    # regression: "A spokeswoman for X said …. “…,” she said" went to the councillor named before
    text = ("Councillor Marian Keogh welcomed the refusal on Monday.\n\n"
            "A spokeswoman for Harbour Homes said the firm had commissioned two flood studies. "
            "“Both found the risk can be managed,” she said.")
    q = quote_of(text, "risk can be managed")
    assert q.speaker is not None and "spokeswoman" in q.speaker.name


def test_the_army_after_a_named_army_is_that_army():
    # regression: "the army said" became a body "army" of its own beside "Sudan's army"
    doc = extract_text("Sudan's army said it had retaken the bridge. \u201cWe will not stop,\u201d the army said. "
                       "Kenya's police said the march was banned. The police said two men were held.")
    assert [q.speaker.name for q in doc.quotes] == ["Sudan's army", "Sudan's army", "Kenya's police", "Kenya's police"]
    assert {e.name for e in doc.entities} >= {"Sudan's army", "Kenya's police"}
    assert not {"army", "police"} & {e.name for e in doc.entities}


def test_a_name_beside_a_place_or_body_said_by_its_kind_names_the_role():
    # the parse hangs the name on "Brennock" (the village of …) or on "association": a person
    # is no apposition of a place or a body, so she is the resident, and "she" is her
    text = ("A 64-year-old resident of the village of Brennock, Maura Teel, said the road had been "
            "closed for a month. “We feel forgotten,” she said.")
    for words in ("the road had been closed", "We feel forgotten"):
        q = quote_of(text, words)
        assert q.speaker is not None and q.speaker.name == "Maura Teel", (words, q.speaker)


def test_a_name_opening_a_sentence_before_a_verb_read_as_a_noun_is_its_subject():
    # "Reid shrugs" parsed as a noun phrase: Reid is still the one "he" goes on about, not
    # the councillor quoted before
    text = ("Councillor Torquil Brady, who chairs the harbour board, says the money is there.\n\n"
            "Angus Reid shrugs when he hears this. He has heard it all before.\n\n"
            "“They have promised that crane since I was a boy.”")
    q = quote_of(text, "since I was a boy")
    assert q.speaker is not None and q.speaker.name == "Angus Reid", q.speaker


def test_a_pronoun_subject_is_never_the_one_its_verb_tells():
    # regression: "he" went to the last man named, the one he told, and the audience was
    # dropped as the speaker talking to himself
    q = quote_of("Foreign Minister Ahmed Saleh arrived in Washington on Tuesday. Secretary of State "
                 "Marco Rubio greeted him at the door. “We need the aid before winter,” he told Rubio.",
                 "before winter")
    assert q.speaker is not None and q.speaker.name == "Ahmed Saleh", q.speaker
    assert q.addressee is not None and q.addressee.name == "Marco Rubio", q.addressee
    q = quote_of("Secretary of State Marco Rubio spent an hour with the visiting minister on Tuesday. "
                 "“We need the aid before winter,” he told Rubio.", "before winter")
    assert q.speaker is None or q.speaker.name != "Marco Rubio", q.speaker
    assert q.addressee is not None and q.addressee.name == "Marco Rubio", q.addressee


def test_some_of_a_group_speak_for_the_group():
    # "two of the sources", "one of them": a number or a quantifier picking some out of a
    # group is the group's speaker; "them" is the group the paragraph just quoted
    text = ("The port will reopen in May, according to two shipping officials. "
            "“The cranes are already back,” one of them told the Gazette.\n\n"
            "The operator has hired a new crew, three of the sources said, asking not to be named.")
    q = quote_of(text, "cranes are already back")
    assert q.speaker is not None and "officials" in q.speaker.name
    q = quote_of(text, "hired a new crew")
    assert q.speaker is not None and "sources" in q.speaker.name


def test_none_of_a_group_is_no_speaker_for_the_group():
    # "None of the senators said they would": no one of them said it
    text = ("A bill to fund rural clinics faces a vote on Friday.\n\n"
            "None of the four senators said they would support the bill.\n\n"
            "Neither of the two candidates said they would debate again.")
    for words in ("support the bill", "debate again"):
        q = quote_of(text, words)
        assert q.speaker is None or not any(w in q.speaker.name for w in ("senators", "candidates")), (words, q.speaker)


@pytest.mark.parametrize("text, name", [
    # regression: a one-word name the model tagged as nothing was typed an organisation
    ("Vance dismissed the attacks in a Fox News interview on Sunday, and he called them lies.", "Vance"),
    ("The council met on Thursday.\n\nHallberg said the plan was too expensive. She voted against it.",
     "Hallberg"),
])
def test_a_bare_untagged_surname_taken_up_as_he_or_she_is_a_person(text, name):
    ex = extract_text(text)
    assert {e.name: e.type for e in ex.entities}.get(name) == "person", [(e.name, e.type) for e in ex.entities]


def test_a_bare_untagged_name_nobody_takes_up_as_a_person_stays_a_body():
    ex = extract_text("The council met on Thursday.\n\nAs Quillfeed put it, the plan was too expensive.")
    assert {e.name: e.type for e in ex.entities}.get("Quillfeed") != "person", [(e.name, e.type) for e in ex.entities]


@pytest.mark.parametrize("text, words, source", [
    # regression: the participle run on to the "as" clause's verb took that clause's subject, an event
    ("Mayor Tom Hale met donors in Dayton.\n\n"
     "He sent out a letter to supporters as the budget hearing opened vowing to \u201cfight for every dollar\u201d "
     "in the city\u2019s schools.\n", "fight for every dollar", "He"),
    # regression: the parse hung the participle on the main clause, whose subject is an event
    ("Governor Ana Ruiz spoke twice last week.\n\n"
     "The first clash came during a rally in Akron, when union members interrupted her remarks, "
     "shouting \u201cyou close our wards, we close your office!\u201d\n", "close our wards", "union members"),
])
def test_a_participle_speaks_for_a_subject_that_can_speak_not_an_event(text, words, source):
    q = quote_with(extract_text(text), words)
    assert [s.text for s in q.sources] == [source]



@pytest.mark.parametrize("text, speaker", [
    ('"We condemn this attack," the African Union Commission chairman said.', "African Union Commission chairman"),
    ('"The budget is balanced," the Lagos Port Authority chairwoman told reporters.', "Lagos Port Authority chairwoman"),
])
def test_an_office_noun_after_a_body_is_a_person_not_the_body(text, speaker):
    q = quote_with(extract_text(text), text[1:12])
    assert q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize("text, words", [
    ('Voters cheered for Olga Brandt, who arrived late and who told them, "We will win this."', "We will win"),
    ('The mayor spoke for a retired teacher named Olga Brandt, who is running for the council and who greeted '
     'the voters, praising "the honesty of our neighbours" as she went.', "honesty of our neighbours"),
])
def test_who_opening_a_second_relative_clause_is_its_antecedent(text, words):
    # regression: "who" of a relative clause coordinated with the first one was left unresolved
    q = quote_with(extract_text(text), words)
    assert q.speaker is not None and q.speaker.name == "Olga Brandt"


@pytest.mark.parametrize("text, speaker", [
    ("President Lena Ostrova met Vice President Pavel Dren on Monday.\n\n"
     "“We stand together,” the president said.", "Lena Ostrova"),
    ("Prime Minister Ines Valk met Deputy Prime Minister Oskar Brandt in the capital.\n\n"
     "“The coalition is stable,” the prime minister said.", "Ines Valk"),
    ("Chancellor Mira Holt presented the budget. Shadow chancellor Ben Carrow attacked it.\n\n"
     "“This is a budget for growth,” the chancellor said.", "Mira Holt"),
    ("Prime Minister Ines Valk met former prime minister Oskar Brandt on Monday.\n\n"
     "“The coalition is stable,” the prime minister said.", "Ines Valk"),
])
def test_the_bare_title_is_not_one_given_it_as_vice_deputy_shadow_or_former(text, speaker):
    # regression: "the president" went to the last person titled "Vice President"
    q = next(q for q in extract_text(text).quotes if q.kind == "direct")
    assert q.speaker is not None and q.speaker.name == speaker


def test_the_title_with_its_qualifier_is_the_one_given_it():
    text = ("President Lena Ostrova met former president Pavel Dren on Monday.\n\n"
            "“We stand together,” the former president said.")
    q = next(q for q in extract_text(text).quotes if q.kind == "direct")
    assert q.speaker is not None and q.speaker.name == "Pavel Dren"


@pytest.mark.parametrize("text", [
    "President Lena Ostrova opened the summit on Monday.\n\n“The talks are over,” the vice president said.",
    "Prime Minister Ines Valk spoke first.\n\n“We need more time,” the deputy prime minister said.",
])
def test_the_title_naming_another_post_is_not_the_plain_holder(text):
    # regression: "the vice president" went to the sitting president, the only holder the article named
    q = next(q for q in extract_text(text).quotes if q.kind == "direct")
    assert q.speaker is None or q.speaker.name not in ("Lena Ostrova", "Ines Valk")


def test_the_vice_president_is_the_one_once_given_the_post():
    text = ("President Lena Ostrova met Vice President Pavel Dren on Monday. Ostrova left early.\n\n"
            "“The talks are over,” the vice president said.")
    q = next(q for q in extract_text(text).quotes if q.kind == "direct")
    assert q.speaker is not None and q.speaker.name == "Pavel Dren"


@pytest.mark.parametrize("text, words, name", [
    ('Backbench MPs shouted "Shame!" as the home secretary rose to speak.', "Shame", "Backbench MPs"),
    ('Green MEPs called the fishing quota deal "a betrayal of the coast."', "betrayal", "Green MEPs"),
    ('Labour peers warned that the reform was "a power grab."', "power grab", "Labour peers"),
])
def test_members_of_a_chamber_in_british_usage_are_a_described_group(text, words, name):
    # regression: "MPs", "MEPs" and "peers" made no speaker where "lawmakers" made a group
    q = quote_of(text, words)
    assert q.speaker is not None and q.speaker.name == name and q.speaker.type == "group"


@pytest.mark.parametrize("text", [
    'A nurse in Tulsa, Oklahoma, told the panel: "I work double shifts every week."',
    'A nurse in Tulsa, Oklahoma told the panel: "I work double shifts every week."',
])
def test_a_described_person_placed_in_a_town_and_state_is_the_speaker(text):
    # regression: the state after the town was the source (or the parse's second subject)
    q = quote_of(text, "double shifts")
    assert [s.text for s in q.sources] == ["A nurse in Tulsa, Oklahoma"]
    assert q.speaker is not None and q.speaker.name == "nurse in Tulsa, Oklahoma" and q.speaker.type == "group"


def test_a_place_one_comes_from_is_not_the_speaker():
    q = quote_of('A baker in Ghent, Belgium, said the new tax was "the last straw."', "last straw")
    assert q.speaker is not None and q.speaker.type == "group" and q.speaker.name.startswith("baker in Ghent")


def test_a_title_case_headline_tagged_one_name_is_no_speaker():
    # the model tags the whole headline one organization; it holds the cue its word is subject of
    text = ("Walsh Calls for Inquiry after Memo Reveals Lowry Ignored Warnings\n\n"
            "Senator Tom Walsh on Monday called for an inquiry into the handling of the port contract.")
    for quote in extract_text(text).quotes:
        assert quote.speaker is None or "Calls" not in quote.speaker.name, quote
        assert all("Reveals" not in s.text for s in quote.sources), quote
