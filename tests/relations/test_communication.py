"""COMMUNICATED_WITH as events (graph/relations/communication.py): each form a sentence
written for this test; the relation, its event and, for what is no event, its absence."""

import pytest

from ._helpers import between, has, pairs, rels, run

C = "COMMUNICATED_WITH"


@pytest.mark.parametrize("text, a, b, event", [
    ("Foreign Minister Maria Lopez phoned Carlos Ortega on Tuesday.", "Maria Lopez", "Carlos Ortega", "call"),
    ("Maria Lopez's call with Carlos Ortega lasted an hour.", "Maria Lopez", "Carlos Ortega", "call"),
    ("During a phone call with Carlos Ortega on Monday, Maria Lopez said the border must stay open.",
     "Maria Lopez", "Carlos Ortega", "call"),
    ("Maria Lopez and Carlos Ortega met in Lisbon on Friday.", "Maria Lopez", "Carlos Ortega", "meeting"),
    ("Carlos Ortega was received by President Luis Mora in Santiago.", "Luis Mora", "Carlos Ortega", "meeting"),
    # the verb the parser reads as an adjective on the titled name after it
    ("Prime Minister Ada Voss hosted President Luis Mora in Oslo on Monday.", "Ada Voss", "Luis Mora", "meeting"),
    ("Maria Lopez visited Peru last week.", "Maria Lopez", "Peru", "visit"),
    ("During a visit to Peru, Maria Lopez praised the new trade deal.", "Maria Lopez", "Peru", "visit"),
    ("Maria Lopez sent a letter to Carlos Ortega.", "Maria Lopez", "Carlos Ortega", "message"),
    ("Maria Lopez briefed Carlos Ortega on the plan.", "Maria Lopez", "Carlos Ortega", "message"),
    ("Maria Lopez urged Peru to reopen the border.", "Maria Lopez", "Peru", "message"),
    ("The Chile-Peru talks resumed in Oslo on Monday.", "Chile", "Peru", "talks"),
    ("Senator Ann Ruiz had dinner with Governor Tom Bell on Friday.", "Ann Ruiz", "Tom Bell", "meeting"),
    ("On Sunday Carlos Ortega ate with Maria Lopez at a cafe in Lima.", "Carlos Ortega", "Maria Lopez", "meeting"),
    # a drink together is a meeting as a meal is
    ("Mayor Carlos Ortega was filmed having a beer with Maria Lopez at the county fair.",
     "Carlos Ortega", "Maria Lopez", "meeting"),
    ("Senator Ann Ruiz had coffee with Governor Tom Bell on Friday.", "Ann Ruiz", "Tom Bell", "meeting"),
    # regression: the second "with" hangs on the first, and its party was lost
    ("Maria Lopez spoke by phone with Carlos Ortega and with the NATO secretary-general, Erik Lund.",
     "Maria Lopez", "Erik Lund", "call"),
    # questions put to someone, as "asked"
    ("Senator Ann Ruiz questioned Governor Tom Bell about the budget on Tuesday.", "Ann Ruiz", "Tom Bell", "message"),
    ("Tom Bell was grilled by Senator Ann Ruiz for three hours.", "Ann Ruiz", "Tom Bell", "message"),
    ("The radio host Ann Ruiz interviewed Governor Tom Bell on Monday.", "Ann Ruiz", "Tom Bell", "message"),
])
def test_event_and_its_parties(nlp, text, a, b, event):
    r = between(run(nlp, text), C, a, b)
    assert r.event == event


def test_summoned_by_runs_from_the_agent(nlp):
    ex = run(nlp, "Ambassador Jonas Weber was summoned by Foreign Minister Maria Lopez on Monday.")
    r = has(ex, C, "Maria Lopez", "Jonas Weber")
    assert r.event == "summons" and r.cue == "summon"


def test_negotiators_stand_for_their_countries(nlp):
    ex = run(nlp, "Peruvian and Chilean negotiators met in Geneva on Monday.")
    assert pairs(ex, C) == {frozenset(("Peru", "Chile"))}


def test_talks_between_delegations_give_one_relation_per_pair(nlp):
    ex = run(nlp, "Talks between delegations from Chile, Peru and Bolivia ended on Friday.")
    assert pairs(ex, C) == {frozenset(p) for p in (("Chile", "Peru"), ("Chile", "Bolivia"), ("Peru", "Bolivia"))}
    assert {r.event for _, _, r in rels(ex, C)} == {"talks"}


@pytest.mark.parametrize("text, mediator", [
    ("Qatar mediated talks between Chile and Peru last month.", "Qatar"),
    ("Norway hosted talks between Chile and Peru in Oslo.", "Norway"),
    ("Chile and Peru concluded a second round of U.S.-brokered talks on Thursday.", "United States"),
])
def test_mediator_relates_to_each_party(nlp, text, mediator):
    ex = run(nlp, text)
    for side in ("Chile", "Peru"):
        assert between(ex, C, mediator, side).event == "mediation"
    assert between(ex, C, "Chile", "Peru").event == "talks"


def test_listed_partners_each_get_the_message(nlp):
    ex = run(nlp, "Maria Lopez updated European partners, including France and Italy, after the talks.")
    assert pairs(ex, C) == {frozenset(("Maria Lopez", "France")), frozenset(("Maria Lopez", "Italy"))}


def test_the_two_leaders_are_the_pair_just_named(nlp):
    ex = run(nlp, "Maria Lopez met Carlos Ortega in Lima. The two leaders spoke again by phone on Sunday.")
    events = {r.event for _, _, r in rels(ex, C)}
    assert pairs(ex, C) == {frozenset(("Maria Lopez", "Carlos Ortega"))} and events == {"meeting", "call"}


def test_counterpart_is_the_official_the_article_names(nlp):
    ex = run(nlp, "Peruvian Foreign Minister Carlos Ortega arrived on Monday. "
                  "Chilean Foreign Minister Maria Lopez met her Peruvian counterpart in Lima.")
    between(ex, C, "Maria Lopez", "Carlos Ortega")


def test_possessive_pronoun_continues_the_subject(nlp):
    ex = run(nlp, "Carlos Ortega spoke warmly about Peru this summer. But critics see his actions since "
                  "then, notably his Lima summit with Maria Lopez in August, as a mistake.")
    assert between(ex, C, "Carlos Ortega", "Maria Lopez").event == "meeting"


def test_a_pair_keeps_one_direction_in_a_document(nlp):
    ex = run(nlp, "Maria Lopez met Carlos Ortega on Monday. On Tuesday Carlos Ortega told Maria Lopez that "
                  "the border would stay open.")
    assert {(s, o) for s, o, _ in rels(ex, C)} == {("Maria Lopez", "Carlos Ortega")}
    assert {r.event for _, _, r in rels(ex, C)} == {"meeting", "message"}


@pytest.mark.parametrize("text", [
    "Maria Lopez did not meet Carlos Ortega.",
    "Maria Lopez will meet Carlos Ortega next week.",
    "The ministry would not confirm a call between Maria Lopez and Carlos Ortega.",
    "Maria Lopez plans to visit Peru in May.",
    "Maria Lopez denied that she had spoken with Carlos Ortega.",
    "Maria Lopez said nothing about her upcoming meeting with Carlos Ortega.",
    "Asked whether he had spoken with Maria Lopez, Carlos Ortega declined to comment.",
    "If Maria Lopez meets Carlos Ortega, the talks could resume.",
    "Maria Lopez called for talks with Carlos Ortega.",
    "Carlos Ortega said he was ready for a meeting with Maria Lopez.",
    "Maria Lopez is set to visit Peru next month.",
    "Maria Lopez was supposed to meet Carlos Ortega on Friday.",
    "Maria Lopez was to meet Carlos Ortega on Friday.",
    "Maria Lopez is heading to Oslo for talks with Carlos Ortega.",
    "Maria Lopez said she'd sit Carlos Ortega down and tell him to reopen the border.",
    "Maria Lopez says she’d phone Carlos Ortega if the border stayed shut.",
    "Maria Lopez has yet to meet Carlos Ortega in person.",
    "Maria Lopez hopes to meet Carlos Ortega in Lima.",  # "hopes" lemmatized "hop": a hope all the same
    "Maria Lopez will spend Tuesday meeting with Carlos Ortega.",
])
def test_no_event_when_negated_denied_planned_or_hypothetical(nlp, text):
    ex = run(nlp, text)
    assert not rels(ex, C), [(s, o, r.evidence.text) for s, o, r in rels(ex, C)]


def test_had_contracted_is_no_modal(nlp):
    """"she'd met him" is "she had met him": a past meeting, told as a fact."""
    ex = run(nlp, "Maria Lopez said she'd met Carlos Ortega in Lima and told him the border would reopen.")
    assert frozenset(("Maria Lopez", "Carlos Ortega")) in pairs(ex, C)


def test_event_is_written_to_the_extract_output(nlp):
    ex = run(nlp, "Foreign Minister Maria Lopez phoned Carlos Ortega on Tuesday.")
    d = next(r.to_dict() for r in ex.relations if r.predicate == C)
    assert d["event"] == "call" and d["cue"] == "phone"
    from quotegraph.model import Relation
    assert Relation.from_dict(d).event == "call"


@pytest.mark.parametrize("text, a, b, event", [
    ("Foreign Minister Carlos Ortega has been greeted in Moscow many times.", "Russia", "Carlos Ortega", "meeting"),
    ("Maria Lopez, visiting Moscow, noted the risks.", "Maria Lopez", "Russia", "visit"),
    ("Carlos Ortega's visit to Bolivia was the last leg of his trip to Peru.", "Carlos Ortega", "Peru", "visit"),
    ("On his first trip to NATO's headquarters, Defense Secretary Carlos Ortega praised the allies.",
     "Carlos Ortega", "NATO", "visit"),
    ("Foreign Minister Maria Lopez said she was in constant contact with Peruvian officials.",
     "Maria Lopez", "Peru", "call"),
    ("The argument between President Carlos Ortega and his Chilean counterpart at the palace shocked Lima. "
     "Chilean President Maria Lopez left early.", "Carlos Ortega", "Maria Lopez", "meeting"),
    ("Peruvian Foreign Minister Carlos Ortega arrived. Maria Lopez later summoned the Peruvian diplomat.",
     "Maria Lopez", "Carlos Ortega", "summons"),
])
def test_more_event_forms(nlp, text, a, b, event):
    assert between(run(nlp, text), C, a, b).event == event


@pytest.mark.parametrize("text, mediator", [
    ("Norway says it is playing the role of mediator between Chile and Peru.", "Norway"),
    ("Norway played a role brokering a rapprochement between longtime rivals Chile and Peru.", "Norway"),
])
def test_mediator_nouns_and_clauses(nlp, text, mediator):
    ex = run(nlp, text)
    assert pairs(ex, C) == {frozenset((mediator, "Chile")), frozenset((mediator, "Peru"))}


def test_dateline_is_no_party(nlp):
    ex = run(nlp, "KYIV, Feb 5 (Reuters) - Chile and Peru concluded a second round of U.S.-brokered talks "
                  "in Oslo on Thursday.")
    assert pairs(ex, C) == {frozenset(p) for p in (("Chile", "Peru"), ("United States", "Chile"),
                                                   ("United States", "Peru"))}


def test_a_described_diplomat_is_no_head_of_state(nlp):
    ex = run(nlp, "US President Donald Trump spoke on Monday. Maria Lopez summoned the senior US diplomat in Lima.")
    assert not rels(ex, C)


@pytest.mark.parametrize("text", [
    "Foreign Minister Ada Voss told KTV that the border would stay closed.",
    "Foreign Minister Ada Voss told the Fjord Herald that the border would stay closed.",
    "In an interview with the Lofoten Tribune, Foreign Minister Ada Voss said the border would stay closed.",
    "Foreign Minister Ada Voss told Newsline on Monday that the border would stay closed.",
    "Foreign Minister Ada Voss told CNN's Morning Hour that the border would stay closed.",
    # the outlet shortened after the article named it in full
    "In an interview with Zentra News on Monday, Foreign Minister Ada Voss spoke of the border. "
    "\u201cIt will stay closed,\u201d Voss told Zentra in answer to a question about the ferries.",
])
def test_an_outlet_told_is_no_contact_partner(nlp, text):
    ex = run(nlp, text)
    assert not rels(ex, "COMMUNICATED_WITH"), rels(ex, "COMMUNICATED_WITH")


def test_a_person_told_is_still_a_contact_partner(nlp):
    ex = run(nlp, "Foreign Minister Ada Voss told Lars Ekberg that the border would stay closed.")
    between(ex, "COMMUNICATED_WITH", "Ada Voss", "Lars Ekberg")


@pytest.mark.parametrize("text, host", [
    ("Prime Minister Ken Adler arrived in Oslo on Monday for a three-day visit.", "Norway"),
    ("Prime Minister Ken Adler began his Peruvian trip on Monday, his first since the election.", "Peru"),
])
def test_a_visit_goes_to_the_place_its_setting_names(nlp, text, host):
    assert between(run(nlp, text), C, "Ken Adler", host).event == "visit"


def test_a_visit_with_no_place_named_has_no_host(nlp):
    assert not rels(run(nlp, "Prime Minister Ken Adler cut short his visit on Monday."), C)


@pytest.mark.parametrize("text", [
    # the small model tags these towns PERSON; nothing in the sentence writes them as persons
    "President Ana Ruiz visited Kharkiv on Monday.",
    "President Ana Ruiz visited Zaporizhzhia and Kherson on Monday.",
])
def test_a_visited_place_the_model_took_for_a_person_is_no_contact(nlp, text):
    assert not rels(run(nlp, text), C)


@pytest.mark.parametrize("text, host", [
    ("President Ana Ruiz visited Carlos Ortega in hospital on Monday.", "Carlos Ortega"),  # named in full
    ("President Ana Ruiz visited Ortega at his home on Monday. Ortega said the talks went well.", "Ortega"),
])
def test_a_visited_person_written_as_one_stays_a_contact(nlp, text, host):
    assert between(run(nlp, text), C, "Ana Ruiz", host).event == "visit"


def test_called_on_someone_to_act_is_a_message(nlp):
    r = between(run(nlp, "Foreign Minister Ken Adler called on Peru to reopen the border."), C, "Ken Adler", "Peru")
    assert r.event == "message"


@pytest.mark.parametrize("text", [
    "Foreign Minister Ken Adler called on Monday for new elections in Peru.",
    "Foreign Minister Ken Adler called the elections in Peru a farce.",
])
def test_other_calls_are_no_appeal(nlp, text):
    assert not rels(run(nlp, text), C)


def test_a_states_administration_stands_for_the_state(nlp):
    ex = run(nlp, "Foreign Minister Ken Adler called on the Norwegian administration to close the loophole.")
    assert pairs(ex, C) == {frozenset(("Ken Adler", "Norway"))}


@pytest.mark.parametrize("text", [
    "Ken Adler wrote to the investors on Monday, telling them the fund was sound.",
    "Ken Adler endorsed Lena Holm on Monday, calling her \u201cthe best of us.\u201d",
])
def test_no_partner_from_them_or_a_name_given(nlp, text):
    ex = run(nlp, text)
    assert not rels(ex, C), [(s, o, r.evidence.text) for s, o, r in rels(ex, C)]


@pytest.mark.parametrize("text", [
    "Senator Ann Ruiz will have lunch with Governor Tom Bell next week.",
    "Senator Ann Ruiz ate dinner at home with a fork.",
    "Senator Ann Ruiz spilled her coffee on Governor Tom Bell's desk.",
    "Senator Ann Ruiz refused to have a drink with Governor Tom Bell.",
])
def test_a_planned_meal_or_a_meal_alone_is_no_meeting(nlp, text):
    assert not rels(run(nlp, text), C)


@pytest.mark.parametrize("text, a, b, event", [
    # those a gathering brings together met one another; the gatherer mediated
    ("The summit in Tallinn brought together Maria Lopez, Carlos Ortega and Ana Silva.",
     "Carlos Ortega", "Ana Silva", "meeting"),
    ("Norway convened the leaders of Chile and Peru in Oslo on Monday.", "Chile", "Peru", "meeting"),
    ("Norway convened the leaders of Chile and Peru in Oslo on Monday.", "Norway", "Peru", "mediation"),
    # "their meeting": the pair the clause names as its subject
    ("After their meeting on Friday, Maria Lopez and Carlos Ortega said the border would stay open.",
     "Maria Lopez", "Carlos Ortega", "meeting"),
])
def test_gatherings_and_their_meetings(nlp, text, a, b, event):
    assert between(run(nlp, text), C, a, b).event == event


def test_a_him_told_in_a_participle_clause_is_the_one_written_to(nlp):
    # the one written to is no actor here: no relation to the other sender
    ex = run(nlp, "Senators Tom Bell and Carlos Ortega sent the complaint to the state attorney, "
                  "asking him to open an inquiry.")
    assert frozenset(("Tom Bell", "Carlos Ortega")) not in pairs(ex, C)
    ex = run(nlp, "Senator Tom Bell wrote to Governor Carlos Ortega on Friday, urging him to close the port.")
    assert between(ex, C, "Tom Bell", "Carlos Ortega").event == "message"


@pytest.mark.parametrize("text", [
    "Maria Lopez said she was gonna tell Carlos Ortega about the plan.",
    "The protest brought together thousands of farmers from Chile.",
    "Maria Lopez brought Carlos Ortega's letter to the meeting.",
])
def test_plans_and_crowds_are_no_contact(nlp, text):
    assert not rels(run(nlp, text), C)


def test_uniting_two_places_is_no_meeting(nlp):
    assert not rels(run(nlp, "He dreams of uniting Chile and Peru under one flag."), C)


@pytest.mark.parametrize("text, a, b, event", [
    # those sent by two states stand for them: "the foreign ministers of X and Y"
    ("The foreign ministers of Chile and Peru met in Lima on Monday.", "Chile", "Peru", "meeting"),
    ("Maria Lopez and Carlos Ortega shook hands in front of the cameras.", "Maria Lopez", "Carlos Ortega",
     "meeting"),
    # a message carried by hand
    ("Maria Lopez handed Carlos Ortega a letter on Monday.", "Maria Lopez", "Carlos Ortega", "message"),
    ("Maria Lopez delivered a message to Carlos Ortega on Monday.", "Maria Lopez", "Carlos Ortega", "message"),
])
def test_more_forms_of_contact(nlp, text, a, b, event):
    assert between(run(nlp, text), C, a, b).event == event


@pytest.mark.parametrize("text", [
    # the parser reads the gerund after "spent <time>" as a noun, the object of "spent"
    "Maria Lopez spent Tuesday meeting with Carlos Ortega.",
    "Maria Lopez spent the whole week meeting with Carlos Ortega in Lima.",
])
def test_time_spent_meeting_with_someone_is_a_meeting(nlp, text):
    assert between(run(nlp, text), C, "Maria Lopez", "Carlos Ortega").event == "meeting"


@pytest.mark.parametrize("text", [
    "Maria Lopez handed over the keys to Carlos Ortega.",
    "Maria Lopez passed the ball to Carlos Ortega.",
    "The minister of Chile praised the minister of Peru.",
])
def test_things_handed_are_no_message(nlp, text):
    assert not rels(run(nlp, text), C)


def test_a_possessor_misread_as_a_conjunct_is_no_party(nlp):
    ex = run(nlp, "Chile's Maria Lopez and Peru's Carlos Ortega held a call on Monday.")
    assert pairs(ex, C) == {frozenset(("Maria Lopez", "Carlos Ortega"))}


def test_the_countrys_leader_is_its_president_named_before(nlp):
    ex = run(nlp, "Peruvian President Luis Mora said the border would stay open. "
                  "Ana Silva later met the Peruvian leader in Lima.")
    assert between(ex, C, "Ana Silva", "Luis Mora").event == "meeting"
    # a minister is not the country's leader
    ex = run(nlp, "Peruvian Foreign Minister Carlos Ortega spoke on Monday. Ana Silva later met the Peruvian leader.")
    assert frozenset(("Ana Silva", "Carlos Ortega")) not in pairs(ex, C)


@pytest.mark.parametrize("text, a, b, event", [
    # the speaker's "I", "we", "my" in their own words
    ("\u201cThis morning I met with Governor Tom Bell and his staff,\u201d Senator Ann Ruiz said.",
     "Ann Ruiz", "Tom Bell", "meeting"),
    ("\u201cWe had a long call with President Luis Mora,\u201d Maria Lopez told reporters.",
     "Maria Lopez", "Luis Mora", "call"),
    ("\u201cMy talks with Carlos Ortega went well,\u201d Maria Lopez said.", "Maria Lopez", "Carlos Ortega", "talks"),
    ("\u201cLena Holm called me and said the deal was off,\u201d Ken Adler said.", "Lena Holm", "Ken Adler", "call"),
])
def test_first_person_in_a_quote_is_its_speaker(nlp, text, a, b, event):
    assert between(run(nlp, text), C, a, b).event == event


@pytest.mark.parametrize("text", [
    "\u201cI will meet Carlos Ortega next week,\u201d Maria Lopez said.",
    "\u201cI never spoke with Carlos Ortega,\u201d Maria Lopez said.",
    "Maria Lopez said that I met Carlos Ortega.",  # no verbatim words: nobody to say "I"
])
def test_first_person_plans_denials_and_paraphrase_are_no_event(nlp, text):
    assert not rels(run(nlp, text), C)


@pytest.mark.parametrize("text, a, b", [
    ("The United States has been pressing both Peru and Chile to settle the dispute.", "United States", "Chile"),
    ("Senator Ann Ruiz pushed Governor Tom Bell to veto the bill.", "Ann Ruiz", "Tom Bell"),
    ("Maria Lopez encouraged Carlos Ortega to run for the senate.", "Maria Lopez", "Carlos Ortega"),
])
def test_an_appeal_that_bids_its_object_is_a_message(nlp, text, a, b):
    assert between(run(nlp, text), C, a, b).event == "message"


@pytest.mark.parametrize("text", [
    "Maria Lopez pressed the case for reform on Monday.",
    "Senator Ann Ruiz pushed a bill on water rights through the senate.",
    "Maria Lopez was encouraged by the vote in Lima.",
])
def test_an_appeal_with_no_one_bidden_is_no_contact(nlp, text):
    assert not rels(run(nlp, text), C)


def test_shared_information_is_a_message_a_shared_border_is_not(nlp):
    ex = run(nlp, "Israel shared information with the Palestinian Authority during the hunt.")
    assert between(ex, C, "Israel", "Palestinian Authority").event == "message"
    assert not rels(run(nlp, "Maria Lopez shared the stage with Carlos Ortega in Lima."), C)
    assert not rels(run(nlp, "Peru shares a long border with Bolivia."), C)


def test_it_in_an_adverbial_clause_is_the_main_subject(nlp):
    ex = run(nlp, "China surprised many last March when it played a role brokering a rapprochement between "
                  "Saudi Arabia and Iran.")
    assert between(ex, C, "China", "Iran").event == "mediation"


def test_a_capital_in_a_coordination_stands_for_its_country(nlp):
    ex = run(nlp, "The United States has struggled to broker a compromise between Moscow and Kyiv.")
    assert pairs(ex, C) >= {frozenset(("United States", "Russia")), frozenset(("United States", "Ukraine"))}


def test_a_plan_governs_its_coordinated_appeal(nlp):
    ex = run(nlp, "Governor Tom Bell is considering cutting the budget and pushing Senator Ann Ruiz to resign.")
    assert not rels(ex, C)


def test_a_nations_people_told_is_the_country(nlp):
    ex = run(nlp, "President Paul Mercer has endured criticism for telling the British people that they would "
                  "be better off inside the union.")
    assert between(ex, C, "Paul Mercer", "United Kingdom").event == "message"


@pytest.mark.parametrize("text", [
    "\u201cIt is shameful,\u201d Senator Tom Bell told BBC Radio Four's Any Questions.",
    "\u201cThe deal is dead,\u201d Maria Lopez told Radio Lima's Hoy En Directo.",
])
def test_a_programme_of_an_outlet_told_is_an_interview_not_a_channel(nlp, text):
    assert not rels(run(nlp, text), C)


def test_an_outlets_journalist_told_stays_a_channel(nlp):
    ex = run(nlp, "Maria Lopez told the Daily Herald's Tom Bell that the port was closed.")
    assert between(ex, C, "Maria Lopez", "Tom Bell").event == "message"


@pytest.mark.parametrize("text, seat, country, other", [
    ("The White House held talks with Norway on Tuesday.", "White House", "United States", "Norway"),
    ("The Kremlin phoned the Finnish president, Aino Lahti, on Monday.", "Kremlin", "Russia", "Aino Lahti"),
])
def test_a_seat_of_government_in_contact_is_itself_and_its_country(nlp, text, seat, country, other):
    # two readers of one article list "White House - Russia" and "United States - Russia": both
    ex = run(nlp, text)
    assert {frozenset((seat, other)), frozenset((country, other))} <= pairs(ex, "COMMUNICATED_WITH")


def test_a_seat_dealing_with_a_campaign_is_the_seat_alone(nlp):
    # the state takes no side in talks with a body at home: one body, one pair
    ex = run(nlp, "Maria Lopez spoke in Ohio. There were talks between the White House and the Lopez campaign.")
    assert pairs(ex, "COMMUNICATED_WITH") == {frozenset(("White House", "Lopez campaign"))}
    # an international body deals with the state
    ex = run(nlp, "The White House held talks with NATO on Tuesday.")
    assert frozenset(("United States", "NATO")) in pairs(ex, "COMMUNICATED_WITH")


def test_a_country_named_as_such_brings_no_seat(nlp):
    ex = run(nlp, "Norway held talks with Sweden on Tuesday.")
    assert pairs(ex, "COMMUNICATED_WITH") == {frozenset(("Norway", "Sweden"))}


@pytest.mark.parametrize("text, expected", [
    ("A meeting of France, Germany and Poland took place in Berlin.",
     {("France", "Germany"), ("France", "Poland"), ("Germany", "Poland")}),
    ("Emmanuel Macron joined Friedrich Merz and Keir Starmer for talks in Kyiv.",
     {("Emmanuel Macron", "Friedrich Merz"), ("Emmanuel Macron", "Keir Starmer"), ("Friedrich Merz", "Keir Starmer")}),
    ("Delegations from Chile, Peru and Bolivia gathered in Geneva for talks.",
     {("Chile", "Peru"), ("Chile", "Bolivia"), ("Peru", "Bolivia")}),
    ("Gabriel Boric and Dina Boluarte discussed trade in a phone call.", {("Gabriel Boric", "Dina Boluarte")}),
])
def test_several_parties_in_one_event_pair_up(nlp, text, expected):
    assert pairs(run(nlp, text), C) == {frozenset(p) for p in expected}


@pytest.mark.parametrize("text", [
    "A meeting of NATO foreign ministers took place in Brussels.",
    "Gabriel Boric and Dina Boluarte will meet in Lima for talks.",
    "Gabriel Boric and Dina Boluarte did not discuss trade in their phone call.",
    "Gabriel Boric and Dina Boluarte were mentioned in a phone call.",
    "Farmers from Chile and Peru gathered in Lima for a protest.",
])
def test_no_pairs_from_one_party_plans_negations_or_mentions(nlp, text):
    assert not rels(run(nlp, text), C)


@pytest.mark.parametrize("text", [
    "The budget was drawn up last month by Gabriel Boric and Omar Haddad with input from Dina Boluarte.",
    "Gabriel Boric drafted the budget with input from Dina Boluarte.",
])
def test_input_from_someone_is_a_message_to_those_who_used_it(nlp, text):
    ex = run(nlp, text)
    has(ex, C, "Dina Boluarte", "Gabriel Boric")


def test_input_only_sought_is_no_message(nlp):
    assert not rels(run(nlp, "Gabriel Boric sought input from Dina Boluarte on the budget."), C)


def test_greeted_in_a_capital_after_an_opening_in_phrase(nlp):
    # the place is the "in" that names an actor, not the first "in" of the clause
    ex = run(nlp, "In contrast, Gabriel Boric has been greeted in Moscow twice this year.")
    between(ex, C, "Gabriel Boric", "Russia")


def test_both_names_after_both_are_reached(nlp):
    ex = run(nlp, "Gabriel Boric met with both Dina Boluarte and Luis Arce on Monday.")
    assert pairs(ex, C) == {frozenset(("Gabriel Boric", "Dina Boluarte")), frozenset(("Gabriel Boric", "Luis Arce"))}


@pytest.mark.parametrize("text, event", [
    ("Gabriel Boric sent Dina Boluarte a letter on Monday.", "message"),
    ("Gabriel Boric pleaded with Dina Boluarte to reopen the border.", "message"),
    ("Gabriel Boric huddled with Dina Boluarte before the vote.", "meeting"),
    ("Gabriel Boric dined with Dina Boluarte in Lima.", "meeting"),
    ("Gabriel Boric apologized to Dina Boluarte for the remark.", "message"),
])
def test_more_contact_verbs(nlp, text, event):
    r = has(run(nlp, text), C, "Gabriel Boric", "Dina Boluarte")
    assert r.event == event


@pytest.mark.parametrize("text", [
    "Gabriel Boric sent Dina Boluarte troops on Monday.",
    "Gabriel Boric pleaded guilty on Monday.",
    "Gabriel Boric did not apologize to Dina Boluarte.",
])
def test_no_contact_from_things_sent_pleas_of_guilt_or_refusals(nlp, text):
    assert not rels(run(nlp, text), C)


@pytest.mark.parametrize("text", [
    "Chilean President Ana Ruiz visited Chile's northern mines on Monday.",
    "Peruvian Foreign Minister Jorge Salas urged Peru to stay calm.",
])
def test_no_contact_with_ones_own_country(nlp, text):
    """An appeal to one's own country or a trip home is no communication between two actors."""
    ex = run(nlp, text)
    assert not rels(ex, C), [(s, o, r.evidence.text) for s, o, r in rels(ex, C)]


@pytest.mark.parametrize("text", [
    "Ohio senator Dana Pruitt called on the United States to lead the fight against the cartels.",
    "Senate hopefuls toured Ohio and Texas on Monday. Republican candidate Dana Pruitt called on "
    "the United States to lead the fight against the cartels, a Democrat in Texas said.",
])
def test_a_politicians_appeal_to_their_own_country_is_no_contact(nlp, text):
    """A state's senator or a party's candidate in an American story appeals to the United
    States in public, as its own minister would."""
    ex = run(nlp, text)
    assert frozenset(("Dana Pruitt", "United States")) not in pairs(ex, C)


def test_a_partisan_still_calls_on_another_country(nlp):
    ex = run(nlp, "Ohio senator Dana Pruitt called on Mexico to lead the fight against the cartels.")
    assert frozenset(("Dana Pruitt", "Mexico")) in pairs(ex, C)


def test_an_appeal_abroad_is_still_a_contact(nlp):
    ex = run(nlp, "Chilean Foreign Minister Ana Ruiz urged Peru to reopen the border.")
    assert frozenset(("Ana Ruiz", "Peru")) in pairs(ex, C)


@pytest.mark.parametrize("text, a, b, event", [
    # an order is a message to the one ordered
    ("President Elena Vasquez instructed Foreign Minister Tomas Rey to open talks with Chile.",
     "Elena Vasquez", "Tomas Rey", "message"),
    # a speech to a body, and words told to a sitting of it
    ("Prime Minister Kenji Sato addressed the United Nations General Assembly on Thursday.",
     "Kenji Sato", "UN General Assembly", "message"),
    ("Chancellor Karl Brandt told a session of the European Parliament that Europe must spend more on defense.",
     "Karl Brandt", "European Parliament", "message"),
    # things only those in contact swap, with a plural subject
    ("Mexico and Canada exchanged letters on the dispute in March.", "Mexico", "Canada", "message"),
    ("Mexico and Canada exchanged views on the dispute in March.", "Mexico", "Canada", "talks"),
    # an unnamed ambassador stands for the state that sent him
    ("Brazil summoned the Argentine ambassador on Monday to protest against the remarks.",
     "Brazil", "Argentina", "summons"),
    # "called upon" as "called on"; a regime for its state, a demonym of two words whole
    ("Mayor Ana Silva called upon Governor Luis Pena to reopen the bridge.", "Ana Silva", "Luis Pena", "message"),
    ("The European Union called on the North Korean regime to return to talks.",
     "European Union", "North Korea", "message"),
])
def test_orders_speeches_exchanges_and_envoys(nlp, text, a, b, event):
    assert between(run(nlp, text), C, a, b).event == event


@pytest.mark.parametrize("text", [
    "Prime Minister Kenji Sato addressed the issue of tariffs on Thursday.",
    "Mexico and Canada exchanged fire across the river in the film.",
    "The European Union called on the North Korean regime to return to talks.",
])
def test_no_contact_without_an_actor_told(nlp, text):
    assert not any("South Korea" in p for p in pairs(run(nlp, text), C)) and \
        not any("tariffs" in " ".join(p) for p in pairs(run(nlp, text), C))
    if "exchanged fire" in text or "issue" in text:
        assert not pairs(run(nlp, text), C)


@pytest.mark.parametrize("text, a, b, event", [
    ("Governor Ruth Adams contacted Senator Mark Ellis after the vote, her spokesman said.",
     "Ruth Adams", "Mark Ellis", "call"),
    ("The White House lobbied Senator Mark Ellis for weeks before the vote.", "White House", "Mark Ellis", "message"),
    ("Governor Ruth Adams replied to Senator Mark Ellis in a letter on Friday.", "Ruth Adams", "Mark Ellis", "message"),
    ("Governor Ruth Adams tweeted at Senator Mark Ellis on Saturday, calling him weak.",
     "Ruth Adams", "Mark Ellis", "message"),
    ("Senator Mark Ellis said he has been in touch with Governor Ruth Adams about the storm.",
     "Mark Ellis", "Ruth Adams", "call"),
    # a passive summons with no agent: the one summoned to
    ("Germany's ambassador to Russia was summoned to the Russian foreign ministry on Monday.",
     "Russia", "Germany", "summons"),
    # the parser hangs "in a call with" on the object of the verb
    ("Ukrainian President Ivan Bondar thanked Poland for its support in a call with President Adam Nowak.",
     "Ivan Bondar", "Adam Nowak", "call"),
])
def test_contacts_replies_posts_and_summons(nlp, text, a, b, event):
    assert between(run(nlp, text), C, a, b).event == event


def test_talks_mediated_by_a_third_party_reach_both_sides(nlp):
    ex = run(nlp, "Serbian President Milan Petrovic spoke with Kosovo's Prime Minister Arben Krasniqi on Monday, "
                  "in talks mediated by the European Union.")
    assert between(ex, C, "European Union", "Milan Petrovic").event == "mediation"
    assert between(ex, C, "European Union", "Arben Krasniqi").event == "mediation"


@pytest.mark.parametrize("text", [
    "Clinton, responding to a surging Sanders, agreed to ten debates.",
    "Senators Mark Ellis and Ruth Adams debated in Boise on Thursday night.",
    "Senator Mark Ellis said he had lost touch with Governor Ruth Adams years ago.",
])
def test_reactions_debates_and_lost_touch_are_no_contact(nlp, text):
    assert not pairs(run(nlp, text), C)


@pytest.mark.parametrize("text, a, b, event", [
    # a relative clause on the event noun: the noun is the light verb's object
    ("Her remarks answered a letter the Ellis campaign sent the Democratic National Committee on Monday.",
     "Ellis campaign", "Democratic National Committee", "message"),
    ("Ruiz read out the letter that Governor Tom Bell sent to Senator Ann Cole.", "Tom Bell", "Ann Cole", "message"),
    ("The talks that Chile held with Peru in March ended without a deal.", "Chile", "Peru", "talks"),
])
def test_event_noun_with_a_relative_clause(nlp, text, a, b, event):
    assert between(run(nlp, text), C, a, b).event == event


def test_a_letter_written_to_no_one_named_is_no_contact(nlp):
    assert not pairs(run(nlp, "The letter Governor Tom Bell wrote was leaked to a newspaper."), C)


@pytest.mark.parametrize("text, a, b, event", [
    ("The Chinese ambassador, Wei Lin, was called in by the State Department on Monday.",
     "State Department", "Wei Lin", "summons"),
    ("Japan lodged a protest with China over the incursion.", "Japan", "China", "message"),
    ("Iranian Foreign Minister Reza Karimi held a videoconference with his Omani counterpart, Badr Hamad, on Sunday.",
     "Reza Karimi", "Badr Hamad", "call"),
])
def test_called_in_protests_lodged_and_videoconferences(nlp, text, a, b, event):
    assert between(run(nlp, text), C, a, b).event == event


def test_a_lawsuit_filed_is_no_contact(nlp):
    assert not pairs(run(nlp, "The Ortega company filed a lawsuit with the Supreme Court of Chile on Monday."), C)


@pytest.mark.parametrize("text, a, b", [
    ("In an email to Senator Ann Cole, Governor Tom Bell said the bridge would reopen.", "Tom Bell", "Ann Cole"),
    ("Governor Tom Bell sent a memo to Senator Ann Cole on Monday.", "Tom Bell", "Ann Cole"),
])
def test_written_messages_to_someone(nlp, text, a, b):
    assert between(run(nlp, text), C, a, b).event == "message"


def test_of_note_is_no_message(nlp):
    assert not pairs(run(nlp, "Of note, Governor Tom Bell said the bridge would reopen, Senator Ann Cole agreed."), C)


def test_a_name_after_a_role_and_a_comma_is_the_one_called_whatever_the_parse(nlp):
    """Regression: the parse hung "Sheikh Tamim" on the verb, and the call had no other side."""
    ex = run(nlp, "Hossein Karimi held a phone call with Qatar's emir, Sheikh Tamim, on Monday.")
    has(ex, "COMMUNICATED_WITH", "Hossein Karimi", "Tamim")


@pytest.mark.parametrize("text, a, b, event", [
    # a courtesy call paid to a person, as the wires of India and Japan write it
    ("Trade Minister Anil Rao on Thursday called on Kenyan President Joseph Mwangi and discussed tea exports.",
     "Anil Rao", "Joseph Mwangi", "meeting"),
    # a matter raised with a state
    ("Vietnam said Hanoi had raised the fishing issue with Beijing.", "Vietnam", "China", "message"),
    # an envoy shuttling between two capitals goes between their states
    ("Special envoy Marta Klein shuttled between Athens and Ankara over the weekend.", "Marta Klein", "Greece",
     "mediation"),
    ("Special envoy Marta Klein shuttled between Athens and Ankara over the weekend.", "Marta Klein", "Turkey",
     "mediation"),
    # a go-between carrying messages between two delegations
    ("Swiss diplomat Anna Keller carried messages between the Armenian and Azerbaijani delegations.",
     "Anna Keller", "Armenia", "mediation"),
    # an ambassador's credentials, received or presented
    ("On Tuesday, Foreign Minister Pavel Orlov received the credentials of the new ambassador of Chile, Rosa Vidal.",
     "Pavel Orlov", "Rosa Vidal", "meeting"),
    ("The new Chilean ambassador, Rosa Vidal, presented her credentials to President Tomas Lindqvist on Friday.",
     "Rosa Vidal", "Tomas Lindqvist", "meeting"),
    # a plural subject talking together or directly
    ("Colombian President Luis Mora and Venezuelan President Tomas Ruiz sat down together for three hours.",
     "Luis Mora", "Tomas Ruiz", "meeting"),
    # the guests of one host met one another too
    ("Prime Minister Ana Soto hosted President Luis Mora and Chancellor Tomas Ruiz at her residence on Friday.",
     "Luis Mora", "Tomas Ruiz", "meeting"),
])
def test_wire_forms_of_contact(nlp, text, a, b, event):
    assert between(run(nlp, text), C, a, b).event == event


@pytest.mark.parametrize("text", [
    "Senator Ann Ruiz called on Governor Tom Bell to resign.",  # an appeal, told as one (a message)
    "The mayor raised $2 million with donors in Chicago.",
    "Ana Soto presented a new budget to Parliament on Monday.",
    "The courier carried the documents between the two offices.",
])
def test_look_alikes_of_wire_forms_are_no_meeting(nlp, text):
    assert not [r for _, _, r in rels(run(nlp, text), C) if r.event in ("meeting", "mediation")]


@pytest.mark.parametrize("text, a, b, event", [
    ("President Ana Soto received Ambassador Rosa Vidal's credentials on Monday.", "Ana Soto", "Rosa Vidal", "meeting"),
    # pressed about something: a message to the one pressed
    ("Prime Minister Ana Soto pressed President Luis Mora for a quick answer on the border.",
     "Ana Soto", "Luis Mora", "message"),
    # a counterpart in the subject is met across the table
    ("Chancellor Tomas Ruiz arrived in Lima on Monday. Ruiz and his Peruvian counterpart discussed trade for two "
     "hours. Peruvian Foreign Minister Luis Mora later said the talks were useful.", "Tomas Ruiz", "Luis Mora", "talks"),
])
def test_contact_through_a_possessor_a_topic_or_a_counterpart(nlp, text, a, b, event):
    assert between(run(nlp, text), C, a, b).event == event


def test_a_case_pressed_is_no_contact(nlp):
    assert not rels(run(nlp, "Senator Ann Ruiz pressed the case for reform with vigour on Monday."), C)


def test_the_one_sent_for_talks_holds_them_not_the_sender(nlp):
    ex = run(nlp, "President Luis Mora sent Foreign Minister Ana Soto to Cairo for talks with President Omar Nasser.")
    assert between(ex, C, "Ana Soto", "Omar Nasser").event == "talks"
    assert frozenset(("Luis Mora", "Omar Nasser")) not in pairs(ex, C)


def test_a_message_carried_to_someone_is_read_only_between_two_sides(nlp):
    # the one who carries is a messenger, not the sender; only a go-between is read
    ex = run(nlp, "Senator Ann Ruiz is relying on aides to carry her message to Governor Tom Bell.")
    assert not rels(ex, C)


# -- readouts of state agencies and ministries (sentences written for these tests) ------------

def test_a_courtesy_call_paid_on_someone_is_a_meeting(nlp):
    ex = run(nlp, "Foreign Minister Elena Rossi arrived in Accra on Monday. Later that day, Rossi paid a courtesy "
                  "call on Vice President Kwame Boateng.")
    assert between(ex, C, "Elena Rossi", "Kwame Boateng").event == "meeting"


def test_one_who_attended_the_meeting_met_each_of_its_parties(nlp):
    ex = run(nlp, "President Ruth Achieng hosted Chadian President Idriss Mahamat and Nigerien President Ali Sani in "
                  "Nairobi on Friday. The meeting was also attended by AU Commissioner Fatou Ndiaye.")
    got = pairs(ex, C)
    assert {frozenset(("Fatou Ndiaye", n)) for n in ("Ruth Achieng", "Idriss Mahamat", "Ali Sani")} <= got


def test_an_exchange_of_views_with_someone(nlp):
    ex = run(nlp, "Foreign Minister Lena Varga held an exchange of views with the Minister for Foreign Affairs of "
                  "Moldova, Ion Rusu.")
    assert pairs(ex, C) == {frozenset(("Lena Varga", "Ion Rusu"))}


def test_a_meal_hosted_for_several_guests(nlp):
    ex = run(nlp, "Prime Minister Mette Holm hosted a working dinner for the leaders of Norway, Iceland and Ireland.")
    got = pairs(ex, C)
    assert {frozenset(("Mette Holm", c)) for c in ("Norway", "Iceland", "Ireland")} <= got
    assert frozenset(("Norway", "Iceland")) in got


def test_a_call_received_from_someone_with_from_on_the_verb(nlp):
    ex = run(nlp, "Foreign Minister Omar Haddad received a phone call today from the Minister of Foreign Affairs of "
                  "the Republic of Chile, Pablo Serrano.")
    assert pairs(ex, C) == {frozenset(("Omar Haddad", "Pablo Serrano"))}


def test_a_message_delivered_from_one_to_another(nlp):
    ex = run(nlp, "Minister Lena Varga received General Tomas Ek, who delivered a message from President Anna Lind "
                  "to Prime Minister Pablo Serrano.")
    assert frozenset(("Anna Lind", "Pablo Serrano")) in pairs(ex, C)


def test_a_second_call_whose_object_the_parser_read_as_a_predicate(nlp):
    ex = run(nlp, "Norway's Foreign Minister, Ingrid Dahl, spoke on Monday with reporters, and on Tuesday called "
                  "Chilean Foreign Minister Pablo Serrano.")
    assert frozenset(("Ingrid Dahl", "Pablo Serrano")) in pairs(ex, C)


def test_a_name_given_with_more_after_it_is_no_call(nlp):
    ex = run(nlp, "Speaking at a rally in Leeds on Friday, Tom Reyes called Ann Lopez, his rival, a “fraud.”")
    assert not pairs(ex, C)


def test_a_matter_raised_with_someone_through_its_of_phrase(nlp):
    ex = run(nlp, "Ambassador Claire Dubois said she had raised the matter of seized trawlers with the Chilean "
                  "foreign minister, Pablo Serrano, last week.")
    assert frozenset(("Claire Dubois", "Pablo Serrano")) in pairs(ex, C)


def test_a_letter_handed_over_in_the_passive(nlp):
    ex = run(nlp, "The letter was handed to Chilean Vice Minister Pablo Serrano by Peru's ambassador in Santiago, "
                  "Ana Quispe, on Monday.")
    assert pairs(ex, C) == {frozenset(("Ana Quispe", "Pablo Serrano"))}


def test_a_memo_written_by_one_and_addressed_to_another(nlp):
    ex = run(nlp, "The memo, written by the minister's chief of staff, Lena Varga, was addressed to Prime Minister "
                  "Tomas Ek.")
    assert frozenset(("Lena Varga", "Tomas Ek")) in pairs(ex, C)


def test_a_swap_mediated_by_a_third_state(nlp):
    ex = run(nlp, "Armenia and Azerbaijan exchanged 30 detainees each on Friday in a swap mediated by Qatar.")
    assert {frozenset(("Qatar", "Armenia")), frozenset(("Qatar", "Azerbaijan"))} <= pairs(ex, C)


def test_a_person_recounting_a_call_with_someone_took_part(nlp):
    ex = run(nlp, "In the interview, former minister Lena Varga recounted a tense call with the Peruvian ambassador, "
                  "Ana Quispe.")
    assert frozenset(("Lena Varga", "Ana Quispe")) in pairs(ex, C)


def test_the_body_a_meeting_is_of_does_not_mediate_between_those_it_brought_together(nlp):
    ex = run(nlp, "The minister attended the meeting of the Nordic Council on Baltic security, which brought together "
                  "the foreign ministers of Norway, Iceland and Denmark.")
    got = pairs(ex, C)
    assert frozenset(("Norway", "Iceland")) in got
    assert not any("Nordic Council" in p for p in got)


def test_he_in_a_where_clause_on_the_place_of_a_stay_is_the_traveller(nlp):
    ex = run(nlp, "OSLO — The Chilean special envoy for Antarctica, Pablo Serrano, arrived in Oslo on Monday after "
                  "two days in Stockholm, where he held talks with Swedish Foreign Minister Lena Varga.")
    assert frozenset(("Pablo Serrano", "Lena Varga")) in pairs(ex, C)


def test_a_passive_briefing_after_a_dateline_read_as_a_subject(nlp):
    ex = run(nlp, "UNITED NATIONS, New York — The Security Council was briefed on Tuesday by the Special Envoy for "
                  "Yemen, Lena Varga, who said talks would resume.")
    assert any("Lena Varga" in p and any("Security Council" in n for n in p) for p in pairs(ex, C))


def test_a_past_act_after_a_present_reported_clause_is_the_reporters(nlp):
    ex = run(nlp, "Prime Minister Elena Rossi affirmed that Italy attaches importance to its partnership with Ghana "
                  "and congratulated President Kwame Boateng on his re-election.")
    got = pairs(ex, C)
    assert frozenset(("Elena Rossi", "Kwame Boateng")) in got and frozenset(("Italy", "Kwame Boateng")) not in got


def test_the_agent_of_a_passive_act_during_a_meeting_held_it(nlp):
    ex = run(nlp, "The letter was delivered by Ambassador Tomas Ek during a meeting with Interior Minister Ana Soto.")
    assert frozenset(("Tomas Ek", "Ana Soto")) in pairs(ex, C)


def test_questioning_a_thing_or_a_crowd_is_no_contact(nlp):
    for text in ["Senator Ann Ruiz questioned the decision of Governor Tom Bell.",
                 "Senator Ann Ruiz interviewed 500 voters in Ohio."]:
        ex = run(nlp, text)
        assert not rels(ex, C), [(s, o, r.evidence.text) for s, o, r in rels(ex, C)]


@pytest.mark.parametrize("text, a, b", [
    # a reminder is a message
    ("Governor Tom Bell reminded Senator Ann Ruiz that the deadline had passed.", "Tom Bell", "Ann Ruiz"),
    # the object of a relative clause is the one the clause is on
    ("Senator Ann Ruiz, whom Governor Tom Bell met on Monday, praised the plan.", "Tom Bell", "Ann Ruiz"),
])
def test_reminders_and_whom_met(nlp, text, a, b):
    has(run(nlp, text), C, a, b)


@pytest.mark.parametrize("text", [
    "\u201cHe reminds me of Tom Bell,\u201d Ann Ruiz said of the governor.",  # a likeness
    "Senator Ann Ruiz, whom Governor Tom Bell will meet next week, praised the plan.",  # a plan
])
def test_no_reminder_or_meeting(nlp, text):
    assert not rels(run(nlp, text), C)


@pytest.mark.parametrize("text, a, b, event", [
    # an event told as the setting of a verb of agreeing or offering took place
    ("In a call between Ann Ruiz and Tom Bell on Monday, the two agreed to cooperate.", "Ann Ruiz", "Tom Bell", "call"),
    ("In a meeting with Tom Bell on Monday, Ann Ruiz offered to lift the tariffs.", "Ann Ruiz", "Tom Bell", "meeting"),
    # a host's show told is its host told
    ("Ann Ruiz told Tom Bell's radio show on Monday that the plan would fail.", "Ann Ruiz", "Tom Bell", "message"),
])
def test_framed_events_and_shows(nlp, text, a, b, event):
    assert has(run(nlp, text), C, a, b).event == event


@pytest.mark.parametrize("text", [
    "Ann Ruiz agreed to meet Tom Bell at the summit.",
    "Ann Ruiz and Tom Bell agreed to hold talks in Geneva.",
])
def test_an_event_agreed_on_is_still_a_plan(nlp, text):
    assert not rels(run(nlp, text), C)


def test_a_call_to_action_given_is_no_phone_call(nlp):
    assert not rels(run(nlp, "Mayor Lena Holt gave Governor Omar Finch a call to action on the levy."), C)


@pytest.mark.parametrize("text, a, b, event", [
    # a call or note sent by a light verb, the "to" on the noun or on the verb
    ("Mayor Lena Holt placed a call to Governor Omar Finch on Sunday night.", "Lena Holt", "Omar Finch", "call"),
    ("Mayor Lena Holt penned a note to Governor Omar Finch after the vote.", "Lena Holt", "Omar Finch", "message"),
    ("Mayor Lena Holt gave a briefing to Governor Omar Finch on Monday.", "Lena Holt", "Omar Finch", "message"),
    # the one given a call as the verb's first object
    ("Mayor Lena Holt gave Governor Omar Finch a call on Sunday night.", "Lena Holt", "Omar Finch", "call"),
    # a call or letter got: the one it came from reached the subject
    ("Mayor Lena Holt got a call from Governor Omar Finch on Sunday night.", "Omar Finch", "Lena Holt", "call"),
    ("Mayor Lena Holt took a call from Governor Omar Finch during the vote.", "Omar Finch", "Lena Holt", "call"),
    # the lemmatizer reads "texted" as "texte"
    ("Mayor Lena Holt texted Governor Omar Finch twice on Sunday.", "Lena Holt", "Omar Finch", "message"),
    # "joined X for lunch": the parser hangs the "for" on the one joined
    ("Mayor Lena Holt joined Governor Omar Finch for lunch at the statehouse.", "Lena Holt", "Omar Finch", "meeting"),
    # a guest on a person's show spoke with its host, a "he" continuing the subject before
    ("Mayor Lena Holt said on Omar Finch's radio show that the levy would pass.", "Lena Holt", "Omar Finch", "message"),
    ("Mayor Lena Holt made the pledge at a rally, and she repeated it on Omar Finch's podcast on Friday.",
     "Lena Holt", "Omar Finch", "message"),
    # a "her" after a preposition is not the subject of its clause: here the one who said it
    ("Mayor Lena Holt said Governor Omar Finch placed several calls to her last spring.",
     "Omar Finch", "Lena Holt", "call"),
    ("Mayor Lena Holt said Governor Omar Finch wrote to her twice about the levy.", "Omar Finch", "Lena Holt", "message"),
])
def test_sent_and_got_calls_shows_and_joined_meals(nlp, text, a, b, event):
    assert has(run(nlp, text), C, a, b).event == event


@pytest.mark.parametrize("text", [
    "Mayor Lena Holt was mocked on Omar Finch's radio show on Friday.",  # not her act
    "Mayor Lena Holt will appear on Omar Finch's radio show next week.",  # a plan
    "Mayor Lena Holt is expected to place a call to Governor Omar Finch.",  # a plan
    "Mayor Lena Holt placed a bet with Governor Omar Finch on the game.",  # no call
    "Mayor Lena Holt joined Governor Omar Finch at a rally in Dayton.",  # on one stage, no meeting said
])
def test_no_show_guest_call_or_meal(nlp, text):
    assert not rels(run(nlp, text), C)


@pytest.mark.parametrize("text, a, b", [
    # a "to" clause after the one called says what the call was for
    ("Governor Omar Finch called Mayor Lena Holt to say he would veto the levy.", "Omar Finch", "Lena Holt"),
    ("Mayor Lena Holt said Governor Omar Finch called her to apologize.", "Omar Finch", "Lena Holt"),
    # a her in what someone tells of is the teller, not the nearest woman named before
    ("Senator Ann Ruiz met Mayor Lena Holt on Monday. On Friday, she disclosed that Governor Omar Finch "
     "had called her twice.", "Omar Finch", "Ann Ruiz"),
])
def test_call_with_purpose_and_the_teller_called(nlp, text, a, b):
    ex = run(nlp, text)
    assert has(ex, C, a, b).event == "call"
    assert len([r for s, o, r in rels(ex, C) if "Omar Finch" in (s, o)]) == 1  # no one else called


@pytest.mark.parametrize("text, a, b, event", [
    # a denial denied grants the clause it governs
    ("Omar Haddad is the foreign minister of Peru. A professor in Lima did not deny that Haddad's call "
     "with Chancellor Maria Lopez helped the talks.", "Omar Haddad", "Maria Lopez", "call"),
    ("Omar Haddad is the foreign minister of Peru. Nobody disputes that Haddad met Chancellor Maria Lopez "
     "in March.", "Omar Haddad", "Maria Lopez", "meeting"),
    # the one whose remarks were made at the event was there (the parser hangs the event on the
    # remarks or on the verb before them)
    ("Omar Haddad's remarks at a joint news conference with Chancellor Maria Lopez drew criticism.",
     "Omar Haddad", "Maria Lopez", "meeting"),
    ("President Omar Haddad spoke on Monday. The palace pointed to his comments Thursday at a news "
     "conference with British Prime Minister Maria Lopez.", "Omar Haddad", "Maria Lopez", "meeting"),
    # a noun in apposition to a name, which a relative clause tells of, is that person
    ("\"We will win,\" said Tom Bell, a former party chair who has been in touch with Governor Maria Lopez.",
     "Tom Bell", "Maria Lopez", "call"),
])
def test_denial_denied_remarks_at_an_event_and_an_apposition_told_of(nlp, text, a, b, event):
    assert between(run(nlp, text), C, a, b).event == event


@pytest.mark.parametrize("text", [
    "Omar Haddad is the foreign minister of Peru. A spokesman denied that Haddad's call with Chancellor "
    "Maria Lopez helped the talks.",  # denied
    "Reporters quoted his remarks at a news conference with Chancellor Maria Lopez.",  # his: no one named
])
def test_no_denied_call_nor_remarks_of_no_one(nlp, text):
    assert not rels(run(nlp, text), C)


@pytest.mark.parametrize("text, a, b, event", [
    # an event ended was held
    ("President Omar Finch made the comments just before ending a three-day trip to Peru.",
     "Omar Finch", "Peru", "visit"),
    # a point made plain to someone is a message to them
    ("Senator Maria Lopez made clear to Governor Omar Finch that she would not back the bill.",
     "Maria Lopez", "Omar Finch", "message"),
    ("Senator Maria Lopez made it clear to Governor Omar Finch on Monday that the vote was lost.",
     "Maria Lopez", "Omar Finch", "message"),
])
def test_an_ended_trip_and_a_point_made_clear_to_someone(nlp, text, a, b, event):
    assert between(run(nlp, text), C, a, b).event == event


@pytest.mark.parametrize("text", [
    "President Omar Finch will end his visit to Peru on Monday.",  # a plan
    "Senator Maria Lopez made it clear that she would not back Governor Omar Finch.",  # said to no one
    "Senator Maria Lopez did not make it clear to Governor Omar Finch whether she would vote.",  # negated
    # a name given after its article: "calling X the ‘…’", "called X a “…”"
    "Governor Omar Finch Is Now Calling Mayor Lena Holt The ‘Worst Mayor’ In Ohio.",
    "Governor Omar Finch called Mayor Lena Holt a “disgrace” on Friday.",
    # an aside between the one named and the name given ("calling him, among other things, “…”")
    "Early in his campaign, Trump attacked Romney, calling him, among other insults, \u201ca failed nominee.\u201d "
    "Romney hit back in April.",
])
def test_no_planned_end_nor_point_made_to_no_one_nor_name_given(nlp, text):
    assert not rels(run(nlp, text), C)


def test_a_readiness_for_talks_is_no_talks(nlp):
    """ "open to discussing a deal with X": willing, not yet done (as "ready for a meeting")."""
    assert not rels(run(nlp, "President Omar Finch is open to discussing a peace deal with Chancellor Maria Lopez."), C)


@pytest.mark.parametrize("text, a, b", [
    # an interaction is an encounter; going up to someone is a message to them
    ("Lena Holt recounted an interaction with Senator Maria Lopez that took place in 1990.", "Lena Holt", "Maria Lopez"),
    ("Governor Omar Finch was approached by Senator Maria Lopez about the job.", "Maria Lopez", "Omar Finch"),
])
def test_an_interaction_and_an_approach(nlp, text, a, b):
    between(run(nlp, text), C, a, b)


@pytest.mark.parametrize("text", [
    "Senator Maria Lopez approached the issue with caution.",  # no one approached
    "As the vote approached, Senator Maria Lopez thanked the volunteers.",  # nor here
])
def test_no_approach_to_a_thing(nlp, text):
    assert not rels(run(nlp, text), C)


def test_a_surname_read_as_an_infinitive_after_to(nlp):
    """ "worked hard to explain to Trump that …": the parser reads the surname as a verb."""
    ex = run(nlp, "Aides said Trump was furious, and Trump told reporters so. Before the war, Chancellor Maria "
                  "Lopez worked hard to explain to Trump that the spending was not viable.")
    assert between(ex, C, "Maria Lopez", "Trump").event == "message"


@pytest.mark.parametrize("text, a, b, event", [
    # "spoke by telephone": the parser reads the "by" as a passive's agent; still a call, mutual
    ("Senator Ann Ruiz and Governor Tom Bell spoke by telephone on Tuesday.", "Ann Ruiz", "Tom Bell", "call"),
    # the matter discussed or negotiated is no other side: the coordinated subjects talked
    ("Ann Ruiz and Tom Bell discussed the water dispute on Tuesday.", "Ann Ruiz", "Tom Bell", "talks"),
    # a contact a verb of confirming reports in the past took place
    ("The governor's office confirmed that Ann Ruiz met with Tom Bell in Austin.", "Ann Ruiz", "Tom Bell", "meeting"),
    # a copula saying what the meeting was does not deny it
    ("Ann Ruiz said her lunch meeting with Tom Bell was not a negotiation.", "Ann Ruiz", "Tom Bell", "meeting"),
])
def test_means_matters_confirmations_and_what_a_meeting_was(nlp, text, a, b, event):
    assert between(run(nlp, text), C, a, b).event == event


@pytest.mark.parametrize("text", [
    "Ann Ruiz and Tom Bell separately discussed the water dispute on Tuesday.",  # each on their own
    "Ann Ruiz and Tom Bell flew to Lima to discuss the water dispute.",  # with Lima's side, not each other
    "The governor's office confirmed that Ann Ruiz would meet Tom Bell in Austin.",  # still a plan
    "The lunch meeting between Ann Ruiz and Tom Bell did not take place.",  # denied
])
def test_no_talk_between_those_acting_apart_nor_a_plan_confirmed(nlp, text):
    assert frozenset(("Ann Ruiz", "Tom Bell")) not in pairs(run(nlp, text), C)


@pytest.mark.parametrize("text, mediator", [
    ("Talks brokered by Qatar between Israel and Hamas resumed in Doha on Wednesday.", "Qatar"),
    ("Talks mediated by Egypt between Israel and Hamas resumed in Cairo.", "Egypt"),
])
def test_talks_whose_sides_follow_the_mediator(nlp, text, mediator):
    ex = run(nlp, text)
    assert between(ex, "COMMUNICATED_WITH", "Israel", "Hamas").event == "talks"
    for side in ("Israel", "Hamas"):
        assert between(ex, "COMMUNICATED_WITH", mediator, side).event == "mediation"


@pytest.mark.parametrize("text, host, sender", [
    ("Qatar hosted a delegation from Russia on Monday.", "Qatar", "Russia"),
    ("Qatar received a Russian delegation on Monday.", "Qatar", "Russia"),
    ("Erdogan received a delegation from Hamas in Ankara.", "Erdogan", "Hamas"),
])
def test_a_host_receiving_envoys_meets_those_who_sent_them(nlp, text, host, sender):
    assert between(run(nlp, text), C, host, sender).event == "meeting"


def test_a_host_of_a_team_meets_no_one(nlp):
    ex = run(nlp, "The club hosted the team from Madrid on Sunday.")
    assert not rels(ex, C), rels(ex, C)


@pytest.mark.parametrize("text", [
    "Talks between Turkey and Greece were called off on Friday.",
    "Ann Ruiz called off her meeting with Tom Bell.",
])
def test_talks_called_off_were_not_held(nlp, text):
    assert not rels(run(nlp, text), C), rels(run(nlp, text), C)


@pytest.mark.parametrize("text", [
    "Talks between Turkey and Greece broke down on Friday.",
    "Talks between Turkey and Greece collapsed after a week.",
])
def test_talks_that_failed_were_still_held(nlp, text):
    assert between(run(nlp, text), C, "Turkey", "Greece")


def test_two_owners_of_talks_the_parser_splits(nlp):
    assert between(run(nlp, "Turkey and Greece's talks broke down on Friday."), C, "Turkey", "Greece")


def test_a_meeting_in_a_where_clause_after_a_journey(nlp):
    ex = run(nlp, "Sergei Lavrov flew to Pyongyang, where he met Kim Jong Un on Tuesday.")
    assert between(ex, C, "Sergei Lavrov", "Kim Jong Un")


@pytest.mark.parametrize("text, a, b", [
    # a people named plural with "the" and nothing else stands for its state's side
    ("Maria Lopez met with the Peruvians on Monday.", "Maria Lopez", "Peru"),
    ("The Chileans held talks with the Bolivians in La Paz.", "Chile", "Bolivia"),
])
def test_the_people_stand_for_their_state(nlp, text, a, b):
    between(run(nlp, text), C, a, b)


def test_a_described_part_of_a_people_is_no_state(nlp):
    assert not rels(run(nlp, "Maria Lopez met with the ethnic Peruvians living in Chile."), C)


def test_the_three_leaders_met_each_other(nlp):
    ex = run(nlp, "Prime Minister Ada Voss, President Luis Mora and Chancellor Karl Brandt arrived in Rome on "
                  "Monday. The three leaders met for two hours.")
    assert {frozenset(p) for p in [("Ada Voss", "Luis Mora"), ("Ada Voss", "Karl Brandt"),
                                   ("Luis Mora", "Karl Brandt")]} <= pairs(ex, C)


def test_the_three_leaders_need_three_named(nlp):
    assert not rels(run(nlp, "Ada Voss and Luis Mora arrived in Rome. The three leaders met."), C)


@pytest.mark.parametrize("text, a, b", [
    # a clause a dash or semicolon sets off before a negated one is no part of its negation
    ("Mayor Lena Holt had two short calls with Governor Omar Finch on Monday \u2013 there were not "
     "daily calls between the offices.", "Lena Holt", "Omar Finch"),
    ("Mayor Lena Holt met Governor Omar Finch on Friday; the two did not agree on the budget.",
     "Lena Holt", "Omar Finch"),
    # meeting again someone one had lost touch with
    ("At the fair on Sunday, Lena Holt reconnected with Governor Omar Finch.", "Lena Holt", "Omar Finch"),
    # the one written to, as a pronoun, in a clause on the message noun
    ("Governor Omar Finch is a rancher. Aides released a letter Mayor Lena Holt had sent him in May.",
     "Lena Holt", "Omar Finch"),
])
def test_set_off_clause_reconnection_and_a_letter_sent_him(nlp, text, a, b):
    between(run(nlp, text), C, a, b)


@pytest.mark.parametrize("text", [
    "Mayor Lena Holt did not meet Governor Omar Finch \u2013 she was in Lima.",  # the negation is the clause's own
    "Mayor Lena Holt has not reconnected with Governor Omar Finch since the race.",
])
def test_no_contact_negated_in_its_own_clause(nlp, text):
    assert not rels(run(nlp, text), C)


def test_a_day_spent_meeting_someone_the_parser_reads_as_one_noun(nlp):
    ex = run(nlp, "Senator Tom Berg spent Tuesday meeting Ann Lund and Omar Finch in Lima.")
    assert pairs(ex, C) == {frozenset(("Tom Berg", "Ann Lund")), frozenset(("Tom Berg", "Omar Finch"))}
    assert not rels(run(nlp, "Senator Tom Berg did not spend Tuesday meeting Ann Lund."), C)
    assert not rels(run(nlp, "Senator Tom Berg spent the Tuesday meeting budget on lunch."), C)


def test_the_object_of_a_misread_infinitive_is_not_urged(nlp):
    """The parser may hang the infinitive's object on "urged" beside the one urged."""
    ex = run(nlp, "Senator Dana Pruitt urged Congress to fast track Obama's Trans-Pacific Partnership.")
    assert pairs(ex, C) == {frozenset(("Dana Pruitt", "Congress"))}


def test_a_title_read_as_a_name_is_no_side(nlp):
    """A headline's capitals make the tagger read "Meetings with …" as a name the trigger is in."""
    ex = run(nlp, "Pence Calls for Prosecutor after Report Reveals Clinton's Meetings with Foundation Donors.")
    assert not any("Meetings" in n for p in pairs(ex, C) for n in p), pairs(ex, C)


@pytest.mark.parametrize("text", [
    "Governor Ana Soto, pressed by moderator Luis Mora to release her tax returns, turned to jobs.",
    "Governor Ana Soto was pressed by Luis Mora on her tax returns during the debate.",
])
def test_pressed_by_someone_in_the_passive(nlp, text):
    assert has(run(nlp, text), C, "Luis Mora", "Ana Soto").event == "message"


@pytest.mark.parametrize("text", [
    "The bill was pushed by Luis Mora for a vote in May.",
    "Governor Ana Soto will be pressed by Luis Mora to resign.",
])
def test_no_one_pressed_in_the_passive(nlp, text):
    assert not rels(run(nlp, text), C)


@pytest.mark.parametrize("text", [
    "Senator Tomas Ruiz and Governor Ana Soto met face to face on Thursday.",
    "Tomas Ruiz and Ana Soto spoke face-to-face for an hour in Lima.",
])
def test_face_to_face_is_no_other_side(nlp, text):
    assert between(run(nlp, text), C, "Tomas Ruiz", "Ana Soto") is not None


def test_not_face_to_face_when_never_met(nlp):
    assert not rels(run(nlp, "Tomas Ruiz and Ana Soto have never met face to face."), C)


@pytest.mark.parametrize("text", [
    "Senator Ann Ruiz signed a letter to President Luis Mora urging a vote on the bill.",
    "Thirty senators, including Ann Ruiz, signed the letter to Luis Mora.",
])
def test_a_letter_signed_to_someone(nlp, text):
    assert between(run(nlp, text), C, "Ann Ruiz", "Luis Mora").event == "message"


def test_a_letter_a_caucus_signed_is_no_act_of_the_party(nlp):
    ex = run(nlp, "Several Senate Democrats who signed the letter to President Luis Mora want a vote.")
    assert between(ex, C, "Senate Democrats", "Luis Mora").event == "message"
    assert not any("Democratic Party" in (a, b) for a, b, _ in rels(ex, C))


def test_a_letter_one_refused_to_sign(nlp):
    assert not rels(run(nlp, "Senator Ann Ruiz refused to sign a letter to Luis Mora."), C)
