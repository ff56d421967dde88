"""Speakers over whole feature-style articles written for these tests (names invented), read
through the CLI as a user would: a transcript whose later turns give only a surname, a
statement taken up again, a party as a noun, a passive "was asked", a paragraph about the last
speaker between two of their quotations."""

import json

from click.testing import CliRunner

from quotegraph.cli import main

FACTORY = """Families mourn victims of factory fire

The fire broke out shortly after midnight at the textile plant on the edge of the city.

Fire chief Anton Pell said the building had no working alarms.

The company's chief executive, Gregor Lind, released a statement on Friday.

"We will cooperate fully with investigators," the statement said.

The Republican senator from the state, Amy Hollis, called for a federal inquiry.

"Workers deserve to come home alive," the Republican said.

Hollis was asked by host Dan Pratt, "Will the inquiry start this year?"

Hollis was asked, "Do you blame the owners?"

"Safety rules were ignored for years. Nobody checked," Rosa Delmar says.

Delmar is angry about the company's record, in part because she sees Lind as the one to blame.

"He knew about the alarms. Everybody in the plant knew."
"""

SENATE = """Senators clash over border funding

The following exchange took place on the floor of the Senate on Thursday night.

SEN. DANA MORROW: The bill we are voting on tonight does nothing to secure the border.

SEN. PAUL ESTRADA: That is simply not true, and the senator knows it.

MORROW: Then show me where the money goes.

ESTRADA: It is on page forty, if she would read it.
"""


def _extract(tmp_path, name, text):
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(out), "--no-cache", "-q"])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8").splitlines()[0])


def _speaker(rec, words):
    q = next(q for q in rec["quotes"] if any(words in c["text"] for c in q["contents"]))
    return (q.get("speaker") or {}).get("name")


def test_feature_article_speakers(tmp_path):
    rec = _extract(tmp_path, "factory.txt", FACTORY)
    assert _speaker(rec, "cooperate fully") == "Gregor Lind"
    assert _speaker(rec, "come home alive") == "Amy Hollis"
    assert _speaker(rec, "inquiry start") == "Dan Pratt"
    assert _speaker(rec, "blame the owners") != "Amy Hollis"
    assert _speaker(rec, "Everybody in the plant knew") == "Rosa Delmar"


def test_transcript_turns_by_surname_keep_the_full_names(tmp_path):
    rec = _extract(tmp_path, "senate.txt", SENATE)
    assert _speaker(rec, "show me where") == _speaker(rec, "does nothing to secure")
    assert _speaker(rec, "page forty") == _speaker(rec, "simply not true")
    # named as usual, not in the transcript's capitals
    assert _speaker(rec, "simply not true") == "Paul Estrada"
    assert _speaker(rec, "does nothing to secure") == "Dana Morrow"


MILL = """A mill town bets on its past

BRANNOCK — When the textile mill closed in 2009, Maria Okafor lost her job and her father's pension in the same week.

Fifteen years later, she runs a museum in the old weaving hall, and the town council wants to sell the building to a developer, Viktor Hale.

"They think a museum is a luxury," she said. "For us it is the only thing left."

Hale met Okafor in March. He has offered to keep one room for exhibits.

"One room is not a museum," she said. "It is a cupboard."

Hale, a former banker, says the numbers do not work otherwise. "I have to build flats to pay for the roof," the developer said. "Nobody gives money for looms."

The mayor, Ruth Dunmore, has not taken sides. Asked about the sale, Dunmore said the council would vote in June.

"We will listen to everyone," she said.
"""

FERRY = """The last ferryman of Odra Sound

ODRA SOUND — For forty years, Henrik Sallo has taken the small ferry across the sound twice a day. Next spring the county will replace it with a bridge.

"I knew it would come," the former harbour pilot said on a grey morning, coiling a rope. "You cannot stop a road."

"But a bridge does not talk to anyone."

"On the ferry you learn who is ill, who is getting married, who owes money."
"""


def test_she_after_a_paragraph_naming_two_people_and_a_description_of_the_one_just_named(tmp_path):
    rec = _extract(tmp_path, "mill.txt", MILL)
    assert _speaker(rec, "only thing left") == "Maria Okafor"
    assert _speaker(rec, "cupboard") == "Maria Okafor"
    assert _speaker(rec, "pay for the roof") == "Viktor Hale"  # "the developer", right after Hale
    assert _speaker(rec, "listen to everyone") == "Ruth Dunmore"


def test_a_description_of_the_person_the_story_opens_with_and_the_chain_after_it(tmp_path):
    rec = _extract(tmp_path, "ferry.txt", FERRY)
    assert _speaker(rec, "stop a road") == "Henrik Sallo"
    assert _speaker(rec, "talk to anyone") == "Henrik Sallo"
    assert _speaker(rec, "owes money") == "Henrik Sallo"
