"""Twenty-ninth session (helper GEO3): namesakes in a country the document names only in passing.

* a name of ordinary words ("the Old City", "Olive Branch") is no small town of such a country
  (``geo.namesakes``, read in ``Resolver._constrain``);
* a town of such a country loses its country's bonus to a namesake five times bigger by its own
  name elsewhere (``Resolver._in_passing``);
* a respelling (a transliteration-insensitive match) of a place in a country no other name of the
  document supports is dropped even when the other names do not agree on one country;
* the big place of an exonym shields its small namesakes as a city's own name does ("in Mecca"),
  and by another place's name a small namesake needs places near it, not only its division named.

Each has a near miss: the same name in a story about the namesake's own country stays there.
All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from geo_helpers import geo_place_at, geo_places


def test_a_description_is_no_town_abroad(nlp, geo_tagger):
    text = (
        "Kurdish fighters pushed into the Old City on Tuesday as airstrikes hit Isis positions in Raqqa. "
        "Fighting also continued near Tabqa and Deir ez-Zor in eastern Syria. Officials in Washington "
        "welcomed the advance."
    )
    got = geo_places(nlp, geo_tagger, text)
    assert got.get("Old City") is None or got["Old City"].place is None or got["Old City"].place.iso != "USA"
    assert got["Raqqa"].place.iso == "SYR"


def test_an_operation_name_is_no_town_abroad(nlp, geo_tagger):
    text = (
        'Syrian Democratic Forces launched the operation "Olive Branch" against Isis near Manbij and Kobani '
        "in northern Syria on Sunday, a commander in Raqqa said. Officials in Washington backed the plan."
    )
    got = geo_places(nlp, geo_tagger, text)
    assert got.get("Olive Branch") is None or got["Olive Branch"].place is None


def test_a_town_of_ordinary_words_in_its_own_countrys_story_stays(nlp, geo_tagger):
    text = (
        "Police arrested two men in Palm Springs on Monday. The suspects were later taken to Texas and "
        "Ohio, officials in Washington said."
    )
    assert geo_place_at(nlp, geo_tagger, text, "Palm Springs").iso == "USA"
    near = "Protesters marched through Olive Branch on Saturday, police in DeSoto County said. Others gathered in Memphis."
    assert geo_place_at(nlp, geo_tagger, near, "Olive Branch").iso == "USA"


#: (text, name, country): a town of a country named in passing loses to a bigger namesake (Exeter, England), the
#: same town stays in its own country's story, an exonym shields its city from a namesake by another name (not
#: Medina, Ohio) and from a small namesake abroad (not a village in Ukraine).
NAMESAKES = [
    pytest.param("Shelling in Idlib, Hama and Aleppo killed twelve people in Syria on Monday, said Karim Abbas, a "
                 "researcher at Exeter. Turkish troops massed near Afrin and Homs. Officials in Washington and "
                 "Houston condemned the attack.", "Exeter", "GBR", id="in-passing-loses-to-bigger"),
    pytest.param("A researcher at Exeter said the vote was close. Protesters gathered in Houston, Dallas and "
                 "Phoenix, and officials in Washington urged calm.", "Exeter", "USA", id="own-countrys-story"),
    pytest.param("The American, who had studied in Mecca for a year, was detained in Syria after crossing from "
                 "Turkey. His family in Ohio said the State Department in Washington had been told. Fighting in "
                 "Idlib and Aleppo has killed hundreds this month.", "Mecca", "SAU", id="exonym-vs-alternate-name"),
    pytest.param("Fighting in eastern Ukraine killed four soldiers on Monday, officials in Kiev said. Russian "
                 "officials in Moscow denied it. The broadcaster, based in New York, said its crew in Kharkiv was "
                 "safe.", "New York", "USA", id="exonym-vs-small-namesake"),
]


@pytest.mark.parametrize(("text", "name", "iso"), NAMESAKES)
def test_namesakes_by_the_storys_countries(nlp, geo_tagger, text: str, name: str, iso: str) -> None:
    assert geo_place_at(nlp, geo_tagger, text, name).iso == iso


def test_a_namesake_near_the_storys_places_keeps_the_name(nlp, geo_tagger):
    # by its alternate name, a town near the document's other places still wins: the front-line
    # "New York" of Donetsk oblast
    text = "Shelling hit Toretsk and New York in Donetsk oblast on Monday, officials in Kramatorsk said."
    assert geo_place_at(nlp, geo_tagger, text, "New York").iso == "UKR"


_SIDES = "US officials in Washington and Turkish officials in Ankara traded blame, and the US and Turkey both sent envoys."


def test_a_respelling_of_a_place_in_an_unnamed_country_is_dropped(nlp, geo_tagger):
    for name, where in (("Bardou", "neighbourhood"), ("Jaddeh", "camp")):
        text = (
            f"Airstrikes on Monday killed 20 people in Raqqa, and eight more died in the {name} {where} two "
            f"days later, activists in Syria said. {_SIDES}"
        )
        got = geo_places(nlp, geo_tagger, text)[name].place
        assert got is None or got.iso == "SYR", (name, got.iso)  # not Le Bardo, Tunisia; not Jeddah


def test_a_respelling_of_a_place_in_a_named_country_stays(nlp, geo_tagger):
    text = f"Airstrikes on Monday killed 20 people in Raqqa, activists said, and a suspect was arrested in Trabzun. {_SIDES}"
    assert geo_place_at(nlp, geo_tagger, text, "Trabzun").iso == "TUR"


def test_described_names():
    from eventwire.geo.namesakes import described

    assert described("Old City") and described("Olive Branch") and described("North Side")
    assert not described("Tel Aviv") and not described("Fort Worth") and not described("Raqqa")
