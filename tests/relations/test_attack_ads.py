"""ADVERSARY_OF from ads made to attack someone (graph/relations/attack_ads.py), from sentences
written for this test; plans, negations and praise stay out."""

import pytest

from ._helpers import between, pairs, run


@pytest.mark.parametrize("text, a, b", [
    ("Tom Baker's campaign released an ad attacking Maria Lopez.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker aired a new ad that attacks Maria Lopez.", "Tom Baker", "Maria Lopez"),
    ("The Ohio Democratic Party ran ads that promote Tom Baker and attack Maria Lopez.", "Ohio Democratic Party",
     "Maria Lopez"),
    # air time bought for the ads
    ("The Ohio Democratic Party bought air time for ads attacking Maria Lopez.", "Ohio Democratic Party",
     "Maria Lopez"),
    ("Maria Lopez spoke. The Ohio Growth Fund has purchased $2 million of time in Iowa for ads that praise "
     "Tom Baker and attack Lopez.", "Ohio Growth Fund", "Maria Lopez"),
])
def test_ads_attacking_someone(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Tom Baker may air ads attacking Maria Lopez.",
    "Tom Baker aired an ad that does not attack Maria Lopez.",
    "Tom Baker aired an ad praising Maria Lopez.",
    "The Ohio Democratic Party may buy air time for ads attacking Maria Lopez.",
    "The Ohio Democratic Party asked for ads attacking Maria Lopez.",
])
def test_no_enmity_from_planned_negated_or_praising_ads(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    # money spent on ads, and ads "against" someone
    ("Senator Mark Hale won. The Ohio Growth Fund spent $2 million on ads attacking Hale.", "Ohio Growth Fund",
     "Mark Hale"),
    ("Senator Tom Ruiz ran ads against Mayor Tom Berg in March.", "Tom Ruiz", "Tom Berg"),
    # "anti-X" ads and bodies
    ("Senator Tom Ruiz won. A pro-Berg group called Forward Ohio launched anti-Ruiz ads.", "Forward Ohio", "Tom Ruiz"),
    ("Senator Tom Ruiz won. An anti-Ruiz super PAC called Keep Ohio Red spent money.", "Keep Ohio Red", "Tom Ruiz"),
    ("Senator Mark Hale won. The Growth Fund, an anti-Hale group, said so.", "Growth Fund", "Mark Hale"),
])
def test_ads_paid_for_and_anti_bodies(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Senator Tom Ruiz won. Mayor Tom Berg may air ads against Ruiz.",
    "Senator Mark Hale won. Anti-Hale protesters marched and the anti-Hale forces met.",
    "Senator Tom Ruiz won. The anti-Ruiz group called Governor Ann Park a hero.",
])
def test_no_enmity_from_planned_ads_or_crowds(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


def test_an_anti_body_is_not_the_next_one_listed(nlp):
    text = ("Senator Mark Hale won. The ads are funded by Ohio Fund PAC, a group allied with Lee; Our Values PAC, "
            "a new anti-Hale outfit; American Action Fund, a nonprofit; and others.")
    assert not [p for p in pairs(run(nlp, text), "ADVERSARY_OF") if "American Action Fund" in p]



@pytest.mark.parametrize("text, a, b", [
    # an ad whose maker its own phrase names, as the subject of the attack
    ("Senator Maria Lopez's latest spot hits Governor Tom Baker over his budget.", "Maria Lopez", "Tom Baker"),
    ("Senator Maria Lopez spoke on Monday. The new Lopez ad slams Governor Tom Baker for the cuts.", "Maria Lopez",
     "Tom Baker"),
])
def test_an_owned_ad_attacking_someone(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Governor Tom Baker spoke. The new ad slams Baker for the cuts.",  # no maker named
    "Senator Maria Lopez spoke. The Lopez ad does not slam Governor Tom Baker.",
    "Senator Maria Lopez spoke. The Lopez ad hits Governor Tom Baker.",  # "hits" with no reason
])
def test_no_enmity_from_an_ad_without_a_maker_or_a_fact(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")
