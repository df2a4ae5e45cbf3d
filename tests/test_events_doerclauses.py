"""Session 28, acts told again to say who someone is (events.doerclauses; invented sentences and reports): an act
told in an active relative clause on a doer ("arrest those who killed him"), a participle of suspicion ("a man
involved in a shooting") or a passive time clause with no doer ("while being arrested") is noted by
:func:`doer_clause`, and :func:`fold_doer_clauses` folds such a report into the act of its kind told in an earlier
sentence when victims, place, day and doer agree. Near-misses: a victim's clause ("the journalist who was
arrested"), a time clause with its own subject or doer, an act with no such clause; and as reports: no act told
before, another kind of act, another town, other victims, a day the clause tells of its own, another named doer."""

from __future__ import annotations

import pytest

from events_helpers import nlp_index
from eventwire.events.doerclauses import (
    NOTE_DOER_CLAUSE,
    NOTE_FOLDED,
    NOTE_TIME_CLAUSE,
    UNTIMED,
    doer_clause,
    fold_doer_clauses,
)
from eventwire.events.retold import settle_retellings
from eventwire.records import Actor, DateValue, EventReport, Evidence, Fatalities, Place, PlaceMention

GUNMEN = Actor("Unidentified Armed Group (Nigeria)", 3, "gunmen", "NGA")
POLICE = Actor("Police Forces of Nigeria", 1, "police", "NGA")
ARMY = Actor("Military Forces of Nigeria", 1, "soldiers", "NGA")
CIVILIANS = Actor("Civilians (Nigeria)", 7, "a trader", "NGA")
PRESS = Actor("Civilians (Nigeria)", 7, "journalists", "NGA")
KANO = PlaceMention(0, 4, "Kano", Place("Kano", iso="NGA", admin1="Kano", feature_code="PPLA"))
ZARIA = PlaceMention(0, 5, "Zaria", Place("Zaria", iso="NGA", admin1="Kaduna", feature_code="PPL"))


def _trigger(text: str, word: str) -> object:
    nlp, _ = nlp_index()
    return next(t for t in nlp(text) if t.lower_ == word)


@pytest.mark.parametrize(("text", "word", "note"), [
    ("His widow asked the governor to arrest those who killed him.", "killed", NOTE_DOER_CLAUSE + UNTIMED),
    ("Police believe the man who shot the trader also robbed a bank.", "shot", NOTE_DOER_CLAUSE + UNTIMED),
    ("Police believe a man involved in a shooting at a filling station was the same person.", "shooting",
     NOTE_DOER_CLAUSE + UNTIMED),
    ("The reporters had shown their press cards while being arrested.", "arrested", NOTE_TIME_CLAUSE + UNTIMED),
])
def test_an_act_naming_a_person_or_timing_another_act_is_noted(text: str, word: str, note: str) -> None:
    assert doer_clause(_trigger(text, word)) == note


@pytest.mark.parametrize(("text", "word"), [
    ("The minister visited the journalist who was arrested in Kano.", "arrested"),  # the victim's clause
    ("The reporter was beaten when he was arrested.", "arrested"),  # a time clause with its own subject
    ("He died after being shot by soldiers.", "shot"),  # a doer of its own
    ("Gunmen shot a trader in Kano on Friday.", "shot"),  # no such clause
])
def test_other_clauses_are_not_noted(text: str, word: str) -> None:
    assert doer_clause(_trigger(text, word)) is None


def _report(text: str, start: int, *, sub: str = "Attack", a1: Actor | None = GUNMEN, a2: Actor | None = CIVILIANS,
            place: PlaceMention | None = KANO, day: str | None = "2024-05-11", note: str | None = None,
            notes: tuple[str, ...] = (), killed: int = 0) -> EventReport:
    r = EventReport(event_type="Violence against civilians", sub_event_type=sub, disorder_type="Political violence",
                    evidence=Evidence(text, start, start + len(text)), actor1=a1, actor2=a2, location=place,
                    date=DateValue(day, 1 if day else None, None, "the publication day"),
                    fatalities=Fatalities(count=killed))
    r.notes.extend(notes)
    if note is not None:
        r.notes.append(note)
    return r


def _act() -> EventReport:
    """'Gunmen shot dead a trader in Kano on Saturday.'"""
    return _report("Gunmen shot dead a trader in Kano on Saturday.", 0, notes=("perpetrator not named: gunmen",),
                   killed=1)


def _retelling(**kw: object) -> EventReport:
    """'His widow asked the governor to arrest those who killed him.' (noted: no time of its own)"""
    kw.setdefault("notes", ("perpetrator not named: gunmen",))
    kw.setdefault("note", NOTE_DOER_CLAUSE + UNTIMED)
    return _report("His widow asked the governor to arrest those who killed him.", 300, **kw)  # type: ignore[arg-type]


def test_a_clause_naming_the_killers_folds_into_the_killing_told_before() -> None:
    act, r = _act(), _retelling(day="2024-05-13")
    out = settle_retellings([act, r])
    assert out == [act]
    assert f"{NOTE_FOLDED} 300-360" in act.notes and act.fatalities.count == 1


def test_the_act_keeps_its_own_toll() -> None:
    """'... a man involved in a carjacking in Kano was the same person who killed a deputy': the clause's toll is
    the other act's."""
    act = _report("A carjacking at a filling station in Kano left the driver unhurt.", 0)
    r = _report("Police believe a man involved in the carjacking was the same person who killed a deputy.", 200,
                a1=POLICE, place=None, day=None, killed=1, note=NOTE_DOER_CLAUSE + UNTIMED,
                notes=("actor 1 from another clause of the sentence: police",))
    assert fold_doer_clauses([act, r]) == [act] and act.fatalities.count == 0


def test_a_time_clause_of_the_arrest_folds_whatever_the_main_clauses_subject() -> None:
    act = _report("Police arrested three journalists in Kano.", 0, sub="Arrests", a1=POLICE, a2=PRESS, day=None)
    r = _report("The reporters had shown their press cards while being arrested.", 200, sub="Arrests", a1=PRESS,
                a2=None, day=None, note=NOTE_TIME_CLAUSE + UNTIMED)
    assert fold_doer_clauses([act, r]) == [act]


@pytest.mark.parametrize(("case", "kw"), [
    ("another kind of act", {"sub": "Abduction/forced disappearance"}),
    ("another town", {"place": ZARIA}),
    ("other victims", {"a2": POLICE}),
    ("a day the clause tells", {"day": "2024-05-13", "note": NOTE_DOER_CLAUSE}),
    ("another named doer", {"a1": ARMY, "notes": ()}),
])
def test_near_misses_stay_events(case: str, kw: dict[str, object]) -> None:
    act, r = _act(), _retelling(**kw)
    assert fold_doer_clauses([act, r]) == [act, r], case


def test_a_sentence_telling_another_act_stays_an_event() -> None:
    act = _act()
    r = _report("In a separate attack, a trader died after being shot near the market.", 300, day=None,
                note=NOTE_TIME_CLAUSE + UNTIMED)
    assert fold_doer_clauses([act, r]) == [act, r]
    r.evidence.text = "A trader died after being shot near the market."  # (the same report without the word folds)
    assert fold_doer_clauses([act, r]) == [act]


def test_a_clause_with_no_act_told_before_is_the_news() -> None:
    """'Police arrested a man who attacked a shop in Kano.' alone: the only telling of the attack."""
    r = _retelling()
    arrest = _report("Police arrested a man in Kano.", 0, sub="Arrests", a1=POLICE, a2=None)
    assert fold_doer_clauses([arrest, r]) == [arrest, r]
    assert fold_doer_clauses([r]) == [r]


def test_an_act_told_after_the_clause_is_not_taken() -> None:
    r = _retelling()
    later = _report("Gunmen shot dead a trader in Kano on Saturday.", 900)
    assert fold_doer_clauses([r, later]) == [r, later]


@pytest.mark.parametrize(("text", "sub"), [
    ("Gunmen shot dead a journalist in Kano on Saturday. The newspaper said he had covered the city council. "
     "His funeral was held on Sunday. His widow asked the police to arrest those who killed him.", "Attack"),
    ("Police arrested three journalists in Kano on Monday. Their newspaper said it would appeal. "
     "The reporters had shown their press cards while being arrested.", "Arrests"),
])
def test_the_pipeline_folds_the_clause_into_the_act_told_before(text: str, sub: str,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the extractor's note: one report of the act; with the note switched off, the clause is a second."""
    import eventwire.events.extractor as extractor
    from events_helpers import reports_of, small_pipeline

    pipeline = small_pipeline()
    assert [r.sub_event_type for r in reports_of(pipeline, text)] == [sub]
    monkeypatch.setattr(extractor, "doer_clause", lambda trig: None)
    assert [r.sub_event_type for r in reports_of(pipeline, text)] == [sub, sub]
