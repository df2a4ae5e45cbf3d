"""Identity militias (ACLED inter 4): clan, ethnic, tribal and communal armed groups, named after the
group and the country ("<Name> Clan Militia (Somalia)"), and the unnamed ones ("Unidentified Clan
Militia (Somalia)"). The tagger alone, no spaCy model needed."""

from __future__ import annotations

import pytest

from eventwire.actors.countries import BY_ISO3
from eventwire.actors.dictionary import ActorDictionary
from eventwire.actors.tagger import ActorTagger
from eventwire.actors.text import key
from eventwire.records import Article


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.fixture(scope="module")
def tagger(actors) -> ActorTagger:
    return ActorTagger(actors)


def mentions(tagger: ActorTagger, text: str, hint: str | None = None) -> dict[str, tuple[str, int]]:
    article = Article(id="t", text=text)
    tagger.tag(article, country_hint=hint)
    for m in article.actor_mentions:
        assert text[m.start:m.end] == m.text
    return {m.text: (m.actor.name, m.actor.inter) for m in article.actor_mentions}


# -- named militias: a name, a kind word and an armed head -------------------------------------------
@pytest.mark.parametrize("text, hint, phrase, name", [
    ("Abgaal clan militia attacked a Murusade position near Adale on Monday.", "SOM",
     "Abgaal clan militia", "Abgaal Clan Militia (Somalia)"),
    ("Late on Friday, Ugaas Nuur sub-clan militia fought with Wabudhan sub clan militia over a water point.",
     "SOM", "Ugaas Nuur sub-clan militia", "Ugaas Nuur Clan Militia (Somalia)"),
    ("Late on Friday, Ugaas Nuur sub-clan militia fought with Wabudhan sub clan militia over a water point.",
     "SOM", "Wabudhan sub clan militia", "Wabudhan Clan Militia (Somalia)"),
    ("Kabalo communal militia burnt a market in the east of the country.", "COD",
     "Kabalo communal militia", "Kabalo Communal Militia (Democratic Republic of Congo)"),
    ("Lou Nuer ethnic militia raided cattle camps in the county.", "SSD",
     "Lou Nuer ethnic militia", "Lou Nuer Ethnic Militia (South Sudan)"),
    ("Hawiye clan gunmen opened fire on a minibus outside the town.", "SOM",
     "Hawiye clan gunmen", "Hawiye Clan Militia (Somalia)"),
    ("Bani Hushaish tribal fighters blocked the road to the capital.", "YEM",
     "Bani Hushaish tribal fighters", "Bani Hushaish Tribal Militia (Yemen)"),
])
def test_name_kind_and_head_make_an_identity_militia(tagger, text, hint, phrase, name):
    got = mentions(tagger, text, hint)
    assert got.get(phrase) == (name, 4), got


# -- known groups need no kind word ---------------------------------------------------------------------
@pytest.mark.parametrize("text, hint, phrase, name", [
    ("Toposa youths raided cattle from a village near the border.", "SSD", "Toposa youths",
     "Toposa Ethnic Militia (South Sudan)"),
    ("Gumuz militiamen set fire to houses in the woreda.", "ETH", "Gumuz militiamen",
     "Gumuz Ethnic Militia (Ethiopia)"),
    ("Turkana gunmen stole hundreds of goats from herders.", "KEN", "Turkana gunmen",
     "Turkana Ethnic Militia (Kenya)"),
    # the group's home country when the place lies elsewhere
    ("Mundari youths attacked herders across the border in Gambella.", "ETH", "Mundari youths",
     "Mundari Ethnic Militia (South Sudan)"),
    # several spellings of one clan give one actor name
    ("Gunmen from the Habargidir clan ambushed a truck.", "SOM", "Gunmen from the Habargidir clan",
     "Habar Gidir Clan Militia (Somalia)"),
])
def test_known_groups_with_an_armed_head(tagger, text, hint, phrase, name):
    got = mentions(tagger, text, hint)
    assert got.get(phrase) == (name, 4), got


def test_armed_men_from_a_clan_or_community(tagger):
    got = mentions(tagger, "Armed men believed to be from the Sheekhaal clan shot a trader.", "SOM")
    assert got["Armed men believed to be from the Sheekhaal clan"] == ("Sheikhal Clan Militia (Somalia)", 4)
    got = mentions(tagger, "Militiamen of the Konso community burnt a school.", "ETH")
    assert got["Militiamen of the Konso community"] == ("Konso Ethnic Militia (Ethiopia)", 4)


def test_coordinated_names_are_two_militias(tagger):
    got = mentions(tagger, "Heavy fighting between Abgaal and Murusade clan militias left six dead.", "SOM")
    assert got["Abgaal"] == ("Abgaal Clan Militia (Somalia)", 4)
    assert got["Murusade clan militias"] == ("Murusade Clan Militia (Somalia)", 4)
    got = mentions(tagger, "Cattle raids continued between the Toposa and Didinga communities.", "SSD")
    assert got["Toposa"][1] == 4 and got["Didinga"] == ("Didinga Ethnic Militia (South Sudan)", 4)


def test_coordination_does_not_swallow_other_actors(tagger):
    got = mentions(tagger, "Al Shabaab and Abgaal clan militia traded fire for an hour.", "SOM")
    assert got["Al Shabaab"][1] == 2
    assert got["Abgaal clan militia"] == ("Abgaal Clan Militia (Somalia)", 4)


# -- unnamed ones ---------------------------------------------------------------------------------------
def test_unnamed_clan_and_ethnic_militias(tagger):
    got = mentions(tagger, "Two clan militias fought over a well. Elsewhere rival clan fighters looted shops.", "SOM")
    assert ("Unidentified Clan Militia (Somalia)", 4) in got.values()
    assert all(v != ("Unidentified Armed Group (Somalia)", 3) for v in got.values()), got
    got = mentions(tagger, "An ethnic militia burnt twelve homes overnight.", "ETH")
    assert got["An ethnic militia"] == ("Unidentified Communal Militia (Ethiopia)", 4)
    got = mentions(tagger, "Armed herders attacked farmers near the river.", "NGA")
    assert got["Armed herders"] == ("Unidentified Communal Militia (Nigeria)", 4)


def test_demonyms_are_countries_not_groups(tagger):
    got = mentions(tagger, "Somali troops and Somali clan militias clashed near the border.", "SOM")
    assert got["Somali troops"] == ("Military Forces of Somalia", 1)
    assert got["Somali clan militias"] == ("Unidentified Clan Militia (Somalia)", 4)
    got = mentions(tagger, "Ethiopian militias crossed the river.", "ETH")
    assert all(inter != 4 for _, inter in got.values()), got


@pytest.mark.parametrize("text, hint", [
    ("Christian youth stormed the parish house.", "UGA"),
    ("Nine tribesmen were killed by police during the raid.", "PHL"),
    ("Karen ethnic armed groups attacked an outpost.", "MMR"),
    ("Sunni tribal elders met the governor.", "IRQ"),
    ("Oromo youths protested in the town against the arrest of a singer.", "ETH"),
    ("The Amhara regional state held elections.", "ETH"),
])
def test_no_identity_militia_where_none_is_named(tagger, text, hint):
    got = mentions(tagger, text, hint)
    assert all(inter != 4 for _, inter in got.values()), got


def test_an_anaphor_after_a_named_militia_is_generic(tagger):
    article = Article(id="t", text="Abgaal clan militia seized the well. The clan militia later withdrew.")
    tagger.tag(article, country_hint="SOM")
    first, second = article.actor_mentions
    assert not first.generic and first.actor.inter == 4
    assert second.generic and second.actor.name == "Unidentified Clan Militia (Somalia)"


# -- the country ----------------------------------------------------------------------------------------
def test_country_from_the_known_groups_when_no_place_says(tagger):
    got = mentions(tagger, "Ugaas Nuur sub-clan militia, both from the Abgaal clan, clashed with Wabudhan sub-clan "
                           "militia in a village.")
    assert got["Ugaas Nuur sub-clan militia"] == ("Ugaas Nuur Clan Militia (Somalia)", 4)


def test_no_country_suffix_when_nothing_says(tagger):
    got = mentions(tagger, "Ugaas Nuur sub-clan militia clashed with Wabudhan sub-clan militia in a village.")
    assert got["Ugaas Nuur sub-clan militia"] == ("Ugaas Nuur Clan Militia", 4)


def test_somali_lineage_names_are_somali(tagger):
    got = mentions(tagger, "A gunman from Reer Xasan sub-clan shot a shopkeeper.")
    assert got["gunman from Reer Xasan sub-clan"][0] == "Reer Xasan Clan Militia (Somalia)"


def test_a_name_in_brackets_names_the_generic_mention(tagger):
    got = mentions(tagger, "Gunmen (believed to be Garre clan militia) attacked a camp.", "KEN")
    assert got["Gunmen"] == ("Garre Clan Militia (Kenya)", 4)
    got = mentions(tagger, "Armed pastoralists (coded as Kabkabiya communal militia), shot a farmer.", "SDN")
    assert got["Armed pastoralists"] == ("Kabkabiya Communal Militia (Sudan)", 4)
    got = mentions(tagger, "Gunmen from a nearby village (presumed Garre clan militia) attacked a camp.", "KEN")
    assert got["Gunmen"] == ("Garre Clan Militia (Kenya)", 4)
    # civilians stay civilians; a sentence break ends the reach of the brackets
    got = mentions(tagger, "Villagers (Garre clan militia) fled. Gunmen came. (Assumed Garre clan militia).", "KEN")
    assert got["Villagers"][1] == 7 and got["Gunmen"][1] == 3


# -- the dictionary -------------------------------------------------------------------------------------
def test_lookup_reads_identity_phrases(actors):
    a = actors.lookup("the Abgaal clan militia", country="SOM")
    assert a is not None and (a.name, a.inter) == ("Abgaal Clan Militia (Somalia)", 4)
    a = actors.lookup("gunmen from the Habar Gedir clan", country="SOM")
    assert a is not None and a.name == "Habar Gidir Clan Militia (Somalia)"
    a = actors.lookup("clan militias", country="SOM")
    assert a is not None and a.name == "Unidentified Clan Militia (Somalia)"
    assert actors.is_generic(a)


def test_somaliland_forces_are_state_forces(tagger):
    got = mentions(tagger, "Somaliland forces shelled positions held by Dhulbahante clan militia.", "SOM")
    assert got["Somaliland forces"] == ("Military Forces of Somaliland", 1)
    assert got["Dhulbahante clan militia"] == ("Dhulbahante Clan Militia (Somalia)", 4)


def test_identity_groups_are_well_formed(actors):
    from eventwire.actors.identity import LABELS

    assert len(actors.identity_groups) >= 50
    seen: dict[str, str] = {}
    for g in actors.identity_groups:
        assert g.kind in LABELS, g
        assert g.countries and all(c in BY_ISO3 for c in g.countries), g
        for form in (g.name, *g.aliases):
            assert seen.setdefault(key(form), g.name) == g.name, (form, seen[key(form)], g.name)
    # a group is not also a dictionary actor's bare name
    assert all(actors.named(g.name) is None for g in actors.identity_groups)


def test_reader_is_built_without_io():
    from eventwire.actors.identity import IdentityReader

    reader = IdentityReader([])
    assert reader.find("Ayr clan militia fought.", country_at=lambda _pos: "SOM")[0][2].name == \
        "Ayr Clan Militia (Somalia)"
