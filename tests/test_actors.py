"""The actor dictionary and the generic-mention rules (no spaCy model needed)."""

from __future__ import annotations

import json

import pytest

from eventwire.actors.countries import BY_ISO3, country_of
from eventwire.actors.dictionary import ActorDictionary
from eventwire.errors import ResourceError


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


# -- the dictionary file ---------------------------------------------------------------------------
def test_dictionary_is_versioned_and_well_formed(actors):
    assert actors.version and actors.version[0].isdigit()
    assert len(actors) >= 120
    names = [e.name for e in actors.entries]
    assert len(names) == len(set(names))
    for e in actors.entries:
        assert 1 <= e.inter <= 8, e.name
        assert e.country is None or e.country in BY_ISO3, e.name
        assert "(20" not in e.name, f"{e.name}: the contract drops ACLED's year ranges"


def test_no_alias_points_at_two_actors(actors):
    """An alias (outside the country-bound context aliases) must name one actor only."""
    seen: dict[str, str] = {}
    from eventwire.actors.text import is_acronym, key

    for e in actors.entries:
        for alias in (e.name, *e.aliases):
            k = alias if is_acronym(alias) else key(alias)
            assert seen.setdefault(k, e.name) == e.name, (alias, seen[k], e.name)


def test_load_errors(tmp_path):
    with pytest.raises(ResourceError):
        ActorDictionary.load(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"version": "x", "actors": [{"name": "X", "inter": 9}]}))
    with pytest.raises(ResourceError):
        ActorDictionary.load(bad)
    bad.write_text("{not json")
    with pytest.raises(ResourceError):
        ActorDictionary.load(bad)


def test_load_a_custom_file(tmp_path):
    path = tmp_path / "mini.json"
    path.write_text(json.dumps({"version": "t1", "actors": [
        {"name": "Sultan Murad Division", "inter": 2, "country": "SYR", "aliases": ["Sultan Murad"]}]}))
    mini = ActorDictionary.load(path)
    assert mini.version == "t1"
    assert mini.lookup("the Sultan Murad fighters").name == "Sultan Murad Division"
    # the generic rules work with any dictionary
    assert mini.lookup("the regime soldiers", country="SYR").name == "Military Forces of Syria"


def test_country_names(actors):
    assert actors.country_name("SYR") == "Syria"
    assert actors.country_name("USA") == "United States"
    assert actors.country_name("COD") == "Democratic Republic of Congo"
    assert country_of("Syrian") == "SYR"
    assert country_of("Iraq's") == "IRQ"
    assert country_of("U.S.") == "USA"
    assert country_of("us") is None  # a pronoun, not a country
    assert country_of("Burkinabe") == "BFA"


# -- the seed page -----------------------------------------------------------------------------------
SEED = [
    ("The self-proclaimed Islamic State", None, "Islamic State", 2),
    ("The Islamic State militants", None, "Islamic State", 2),
    ("the Syrian army forces", None, "Military Forces of Syria", 1),
    ("the Syrian army headquarters", None, None, None),
    ("the regime soldiers", "SYR", "Military Forces of Syria", 1),
    ("dozens of the regime soldiers", "SYR", "Military Forces of Syria", 1),
    ("their allied militias", "SYR", "Pro-Government Militias (Syria)", 3),
    ("Russian warplanes", "SYR", "Military Forces of Russia", 1),
    ("Daesh (ISIS)", None, "Islamic State", 2),
    ("Daesh", None, "Islamic State", 2),
    ("ISIS", None, "Islamic State", 2),
    ("IS", None, "Islamic State", 2),
    ("Iraqi security forces", None, "Military Forces of Iraq", 1),
    ("Army airstrikes", "IRQ", "Military Forces of Iraq", 1),
    ("five Islamic State members", None, "Islamic State", 2),
    ("Suicide attacker", "IRQ", "Unidentified Armed Group (Iraq)", 3),
]


@pytest.mark.parametrize(("phrase", "country", "name", "inter"), SEED)
def test_seed_phrases(actors, phrase, country, name, inter):
    got = actors.lookup(phrase, country=country)
    if name is None:
        assert got is None
    else:
        assert got is not None, phrase
        assert (got.name, got.inter) == (name, inter)
        assert got.text == phrase


def test_militant_group_is_coreference_not_an_actor(actors):
    assert actors.lookup("the militant group", country="SYR") is None


def test_generic_mentions_need_a_country(actors):
    assert actors.lookup("the regime soldiers") is None
    assert actors.lookup("the army") is None
    assert actors.lookup("gunmen") is None
    assert actors.lookup("the army", country="NGA").name == "Military Forces of Nigeria"


def test_phrase_country_beats_the_hint(actors):
    # foreign forces keep their own country; the hint only fills in a missing one
    assert actors.lookup("Russian jets", country="SYR").country == "RUS"
    assert actors.lookup("Turkish troops", country="SYR").name == "Military Forces of Turkey"
    # catch-all actors carry the country of the event (ACLED): Syrian refugees in Turkey
    assert actors.lookup("Syrian refugees", country="TUR").name == "Civilians (Turkey)"


# -- other countries ---------------------------------------------------------------------------------
OTHERS = [
    ("gunmen", "NGA", "Unidentified Armed Group (Nigeria)", 3),
    ("unknown assailants", "AFG", "Unidentified Armed Group (Afghanistan)", 3),
    ("armed men", "LBY", "Unidentified Armed Group (Libya)", 3),
    ("villagers", "MLI", "Civilians (Mali)", 7),
    ("herdsmen", "NGA", "Civilians (Nigeria)", 7),
    ("a farmer", "BFA", "Civilians (Burkina Faso)", 7),
    ("women and children", "YEM", "Civilians (Yemen)", 7),
    ("protesters", "KEN", "Protesters (Kenya)", 6),
    ("demonstrators", "IRN", "Protesters (Iran)", 6),
    ("an angry mob", "IND", "Rioters (India)", 5),
    ("policemen", "PAK", "Police Forces of Pakistan", 1),
    ("the police", "MEX", "Police Forces of Mexico", 1),
    ("security forces", "EGY", "Military Forces of Egypt", 1),
    ("Nigerian troops", None, "Military Forces of Nigeria", 1),
    ("Boko Haram insurgents", None, "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", 2),
    ("ISWAP fighters", None, "Islamic State (West Africa)", 2),
    ("al-Shabaab militants", None, "Al Shabaab", 2),
    ("Al Shabab", None, "Al Shabaab", 2),
    ("Houthi rebels", None, "Houthi Movement", 2),
    ("Ansar Allah", None, "Houthi Movement", 2),
    ("AQAP", None, "AQAP: Al Qaeda in the Arabian Peninsula", 2),
    ("JNIM", None, "JNIM: Group for Support of Islam and Muslims", 2),
    ("Islamic State in the Greater Sahara", None, "Islamic State (Sahel)", 2),
    ("FAMa", None, "Military Forces of Mali", 1),
    ("Taliban fighters", None, "Taliban", 2),
    ("the Pakistani Taliban", None, "TTP: Tehrik-i-Taliban Pakistan", 2),
    ("ISIS-K", None, "Islamic State (Khorasan)", 2),
    ("Afghan National Army", None, "Military Forces of Afghanistan", 1),
    ("Ukrainian drones", None, "Military Forces of Ukraine", 1),
    ("Wagner mercenaries", None, "Wagner Group", 8),
    ("Wagner fighters", None, "Wagner Group", 8),
    ("Haftar's forces", None, "LNA: Libyan National Army", 1),
    ("the Rapid Support Forces", None, "RSF: Rapid Support Forces", 2),
    ("M23 rebels", None, "M23: March 23 Movement", 2),
    ("FARDC", None, "Military Forces of the Democratic Republic of Congo", 1),
    ("the Tatmadaw", None, "Military Forces of Myanmar", 1),
    ("ELN guerrillas", None, "ELN: National Liberation Army", 2),
    ("Israeli warplanes", None, "Military Forces of Israel", 1),
    ("Hamas militants", None, "Hamas Movement", 3),
    ("Lebanese Hezbollah", None, "Hezbollah", 3),
    ("the Syrian Democratic Forces", None, "QSD: Syrian Democratic Forces", 2),
    ("Kurdish Peshmerga", None, "Peshmerga - Kurdistan Regional Government", 1),
    ("Hashd al-Shaabi", None, "PMF: Popular Mobilization Forces", 3),
    ("Hay'at Tahrir al-Sham", None, "Hayat Tahrir al Sham", 2),
    ("the Nusra Front", None, "Jabhat al Nusra", 2),
    ("the PKK", None, "PKK: Kurdistan Workers Party", 2),
    ("U.S. forces", None, "Military Forces of the United States", 1),
    ("American troops", None, "Military Forces of the United States", 1),
    ("French soldiers", None, "Military Forces of France", 1),
    ("British troops", None, "Military Forces of the United Kingdom", 1),
    ("the US-led coalition", None, "Global Coalition Against Daesh", 8),
    ("US-led coalition warplanes", "SYR", "Global Coalition Against Daesh", 8),
    ("coalition airstrikes", "YEM", "Operation Restoring Hope", 8),
    ("the Saudi-led coalition", None, "Operation Restoring Hope", 8),
    ("UN peacekeepers", "COD", "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo", 8),
    ("Kurdish forces", "SYR", "QSD: Syrian Democratic Forces", 2),
    ("the Iraqi government", None, "Government of Iraq", 1),
    ("pro-government militias", "SDN", "Pro-Government Militias (Sudan)", 3),
    ("opposition fighters", "SYR", "Opposition Rebels (Syria)", 2),
    ("Fulani herdsmen", None, "Fulani Ethnic Militia (Nigeria)", 4),
    ("Assad forces", None, "Military Forces of Syria", 1),
]


@pytest.mark.parametrize(("phrase", "country", "name", "inter"), OTHERS)
def test_other_countries(actors, phrase, country, name, inter):
    got = actors.lookup(phrase, country=country)
    assert got is not None, phrase
    assert (got.name, got.inter) == (name, inter)


@pytest.mark.parametrize(("phrase", "name"), [
    ("داعش", "Islamic State"),
    ("تنظيم الدولة الإسلامية", "Islamic State"),
    ("حزب الله", "Hezbollah"),
    ("هيئة تحرير الشام", "Hayat Tahrir al Sham"),
    ("الحشد الشعبي", "PMF: Popular Mobilization Forces"),
    ("قوات الدعم السريع", "RSF: Rapid Support Forces"),
    ("ЧВК Вагнер", "Wagner Group"),
    ("ЗСУ", "Military Forces of Ukraine"),
    ("צה\"ל", "Military Forces of Israel"),
    ("Etat islamique", "Islamic State"),
    ("État islamique", "Islamic State"),
    ("Forces armées maliennes", "Military Forces of Mali"),
])
def test_other_scripts_and_languages(actors, phrase, name):
    got = actors.lookup(phrase)
    assert got is not None and got.name == name


def test_context_aliases_depend_on_the_country(actors):
    assert actors.lookup("SNA", country="SOM").name == "Military Forces of Somalia"
    assert actors.lookup("SNA", country="SYR").name == "Syrian National Army"
    assert actors.lookup("SNA") is None
    assert actors.lookup("PDF", country="MMR").name == "PDF: People's Defense Force"
    assert actors.lookup("PDF") is None


def test_case_matters_for_acronyms(actors):
    assert actors.lookup("IS").name == "Islamic State"
    assert actors.lookup("is") is None
    assert actors.lookup("us") is None


def test_unknown_phrases(actors):
    for phrase in ("", "   ", "the city of Palmyra", "the T3 airbase", "forces", "a weak spot"):
        assert actors.lookup(phrase, country="SYR") is None, phrase


def test_lookup_returns_fresh_actors(actors):
    a = actors.lookup("Daesh")
    a.text = "changed"
    assert actors.lookup("Daesh").text == "Daesh"


@pytest.mark.parametrize(("phrase", "country", "name"), [
    ("IS fighters", "NGA", "Islamic State (West Africa)"),
    ("Daesh", "MLI", "Islamic State (Sahel)"),
    ("ISIS", "AFG", "Islamic State (Khorasan)"),
    ("Islamic State", "SYR", "Islamic State"),
    ("Islamic State", None, "Islamic State"),
    ("al-Qaeda", "YEM", "AQAP: Al Qaeda in the Arabian Peninsula"),
    ("al-Qaeda", "MLI", "JNIM: Group for Support of Islam and Muslims"),
    ("al-Qaeda", "IRQ", "Al Qaeda"),
    ("Taliban", "PAK", "Taliban"),  # no regional rule: Pakistani stories name the Afghan Taliban too
])
def test_regional_branches(actors, phrase, country, name):
    assert actors.lookup(phrase, country=country).name == name


def test_regional_variants_point_at_known_actors(actors):
    for base, by_country in actors.regional.items():
        assert actors.get(base) is not None
        for iso, local in by_country.items():
            assert iso in BY_ISO3 and actors.get(local) is not None, (base, iso, local)


@pytest.mark.parametrize(("phrase", "name", "inter"), [
    ("Shining Path guerrillas", "Shining Path", 2),
    ("Sendero Luminoso", "Shining Path", 2),
    ("the Los Lobos gang", "Los Lobos", 3),
    ("Los Choneros", "Los Choneros", 3),
])
def test_armed_groups_of_peru_and_ecuador(actors, phrase, name, inter):
    got = actors.lookup(phrase, country=None)
    assert got is not None and (got.name, got.inter) == (name, inter), (phrase, got)


def test_ecuadorian_gang_attack_on_police_is_political_violence(pipeline):
    import datetime as dt

    from eventwire.records import Article

    text = ("GUAYAQUIL, Ecuador - Gunmen from the Los Lobos gang attacked a police station in Guayaquil on Sunday, "
            "killing two officers, police said.")
    article = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 15)))
    assert [(r.sub_event_type, r.actor1.name if r.actor1 else None) for r in article.reports] == [("Armed clash", "Los Lobos")]
