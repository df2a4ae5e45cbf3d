"""Fatalities with ACLED's conventions, and the status (negation, speculation, background, claims)."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from eventwire.events.fatalities import count_fatalities, parse_number, suicide_adjust
from eventwire.events.lexicon import build_index
from eventwire.events.status import assess
from eventwire.events.typing import classify
from eventwire.records import Fatalities


@functools.lru_cache(maxsize=1)
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


@pytest.mark.parametrize(
    ("text", "value"),
    [("12", 12), ("1,200", 1200), ("twelve", 12), ("twenty-one", 21), ("two hundred", 200),
     ("three thousand five hundred", 3500), ("10-15", 10), ("10 to 15", 10), ("dozens", 12), ("tens", 10),
     ("hundreds", 100), ("several", 3), ("a", 1), ("banana", None), ("", None), ("a dozen", 12),
     ("A dozen", 12), ("two dozen", 24), ("a few", 3), ("a handful", 3), ("a hundred", 100)],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Gunmen killed five villagers on Monday.", 5),
        ("At least 16 people were killed and another 38 wounded when a bomb exploded.", 16),
        ("Militants killed between 10 and 15 villagers.", 10),
        ("Militants killed 10 to 15 people in the village.", 10),
        ("Twenty-one soldiers died in the ambush.", 21),
        # a partitive's "of" phrase is not part of the figure (before: "Twenty-nine of them" read as 9)
        ("Twenty-nine of them were killed in the ambush.", 29),
        ("Forty-two of the passengers were killed when gunmen attacked the bus.", 42),
        ("Boko Haram attacked three villages, leaving 30 people dead and 20 wounded.", 30),
        ("Two government soldiers and a civilian were killed in the attack.", 3),
        ("Gunmen shot dead three people.", 3),
        ("Several soldiers were killed in the clashes.", 3),
        ("The attack claimed the lives of 4 people.", 4),
        ("Seven people were wounded when a grenade exploded.", 0),
        ("A soldier was shot and wounded.", 0),
        ("No one was killed in the attack.", 0),
        ("Police said there were no casualties.", 0),
        ("There were heavy casualties on both sides.", 0),
        ("Army airstrikes kill five Islamic State members, northeastern Baqubah", 5),
        ("A dozen protesters were shot dead by security forces.", 12),
        # two sources, the same victims: the lowest toll; different victims add up
        ("Al-Shabaab said it killed 25 Kenyan soldiers; the army said four soldiers died.", 4),
        ("Police said three officers were killed, while residents said two villagers died.", 5),
    ],
)
def test_count_fatalities(sentence, count):
    doc = nlp()(sentence)
    fat, _claimed = count_fatalities(doc[:])
    assert fat.count == count, (sentence, fat)


def test_claimed_toll_names_the_claiming_party():
    doc = nlp()("Moreover, the Islamic State announced killing dozens of the regime soldiers and their allied militias.")
    fat, claimed = count_fatalities(doc[:], armed=lambda t: t.text in ("State", "Islamic"))
    assert claimed is True
    assert fat.count == 12
    assert fat.claimed_by == "Islamic State"
    # a neutral source reporting the same figure is not a claim
    doc = nlp()("Doctors said the bombing killed dozens of people.")
    fat, claimed = count_fatalities(doc[:], armed=lambda t: False)
    assert claimed is False and fat.claimed_by is None and fat.count == 12


def test_suicide_bomber_is_counted_once():
    assert suicide_adjust(Fatalities(5, "five people"), "A suicide bomber killed five people.").count == 6
    assert suicide_adjust(Fatalities(5, "five people"), "Five people, including the bomber, died.").count == 5
    assert suicide_adjust(Fatalities(0), "A suicide bomber blew himself up.").count == 1


def _status(sentence, **kw):
    doc = nlp()(sentence)
    sent = next(iter(doc.sents))
    dec = classify(doc, sent, build_index().match(sent))
    assert dec is not None and dec.sub_event_type is not None, sentence
    return assess(dec.trigger, sent=sent, **kw)


@pytest.mark.parametrize(
    "sentence",
    ["The army denied attacking the village.", "Militants did not attack the base.",
     "The government denies that its forces shelled the town."],
)
def test_negated(sentence):
    assert _status(sentence).negated


@pytest.mark.parametrize(
    "sentence",
    ["Al-Shabaab threatened to attack Kismayo.", "The rebels could launch an offensive on Goma.",
     "The army plans to recapture the town next month.", "The militants will attack the capital.",
     "ISIS can always find a weak spot and launch a surprise attack.",
     "Officials fear the militants may attack the town again."],
)
def test_speculative(sentence):
    assert _status(sentence).speculative


@pytest.mark.parametrize(
    "sentence",
    ["Gunmen killed five villagers in Zamfara on Monday.",
     "The Syrian army, backed by Russian warplanes, managed to recapture the city of Palmyra.",
     "Police said gunmen killed five villagers."],
)
def test_asserted(sentence):
    st = _status(sentence)
    assert not st.negated and not st.speculative


def test_background_and_reported_speech():
    st = _status("The army had captured the town before the rebels arrived.")
    assert st.background
    st = _status("Islamic State militants recaptured the city of Palmyra last March.")
    assert st.background  # no publication date: the words say it
    pub = dt.date(2016, 5, 16)
    st = _status("Troops recaptured Palmyra in March.", event_date=dt.date(2016, 3, 1), published=pub,
                 date_precision=3)
    assert st.background
    st = _status("Troops recaptured Palmyra on Saturday.", event_date=dt.date(2016, 5, 14), published=pub,
                 date_precision=1)
    assert not st.background
    st = _status("Police said gunmen killed five villagers.")
    assert st.reported and st.source is not None and st.source.text == "Police"
    st = _status("The Taliban claimed they killed 20 soldiers.")
    assert st.claimed
