"""Session 26, an act pointed back to (events.backrefs; invented reports and sentences): a weak report whose
sentence names an act coded before it by a definite noun ("the bombing continued", "Sunday's fighting",
"keep the airstrikes focused") is that act, never a second event; a second act, a toll, a doer of its own,
a day or place of its own and an act of another type stay events."""

from __future__ import annotations

from events_helpers import reports_of
from eventwire.events.backrefs import pointed_back, weak
from eventwire.events.merging import merge_reports
from eventwire.records import Actor, DateValue, EventReport, Evidence, Fatalities, Place, PlaceMention

ARMY = Actor("Military Forces of Syria", 1, "regime forces", "SYR")
REBELS = Actor("Opposition Rebels (Syria)", 2, "rebels", "SYR")
HTS = Actor("Hayat Tahrir al-Sham", 2, "HTS", "SYR")
UNNAMED = Actor("Unidentified Armed Group (Syria)", 3, None, "SYR")
IDLIB = PlaceMention(0, 5, "Idlib", Place("Idlib", iso="SYR", admin1="Idlib", feature_code="PPLA"))
ALEPPO = PlaceMention(0, 6, "Aleppo", Place("Aleppo", iso="SYR", admin1="Aleppo", feature_code="PPLA"))
INHERITED = "inherited from the event this sentence elaborates"
NOT_NAMED = "perpetrator not named: Unidentified Armed Group"


def _report(text: str, start: int, sub: str = "Air/drone strike", *, event: str = "Explosions/Remote violence",
            a1: Actor | None = None, a2: Actor | None = None, dead: int = 0, day: str | None = "2024-05-14",
            reason: str | None = None, place: PlaceMention | None = IDLIB, notes: list[str] | None = None,
            disorder: str = "Political violence") -> EventReport:
    return EventReport(event_type=event, sub_event_type=sub, disorder_type=disorder,
                       evidence=Evidence(text, start, start + len(text)), actor1=a1, actor2=a2, location=place,
                       date=DateValue(day, 1 if day else None, None, reason),
                       fatalities=Fatalities(dead, "five civilians" if dead else None), notes=list(notes or []))


def _bombing(*, reason: str | None = None) -> EventReport:
    return _report("Regime jets bombed villages in Idlib on Tuesday, killing five civilians.", 0, a1=ARMY,
                   dead=5, reason=reason)


def _after(text: str, sub: str = "Remote explosive/landmine/IED", **kw) -> EventReport:
    kw.setdefault("a1", UNNAMED)
    kw.setdefault("notes", [NOT_NAMED, "location from the paragraph"])
    kw.setdefault("reason", INHERITED)
    return _report(text, 200, sub, **kw)


def test_continuation_of_an_act_of_no_own_day_is_that_act() -> None:
    act = _bombing(reason="from an earlier sentence of the same paragraph")
    r = _after("Activists said the bombing of towns in Idlib continued into Wednesday.", day="2024-05-15", reason=None)
    merged = merge_reports([act, r])
    assert len(merged) == 1 and merged[0].fatalities.count == 5
    assert any(n.startswith("also stated at 200-") for n in merged[0].notes)


def test_continuation_into_another_day_of_an_act_dated_by_its_own_day_stays() -> None:
    r = _after("Activists said the bombing of towns in Idlib continued into Wednesday.", day="2024-05-15", reason=None)
    assert len(merge_reports([_bombing(), r])) == 2  # ACLED: one event per day


def test_a_days_fighting_told_again_with_an_unnamed_side_is_that_act() -> None:
    act = _report("Regime forces launched an air offensive on rebel positions in Idlib on Tuesday.", 0, a1=ARMY,
                  a2=REBELS)
    r = _after("Details of Tuesday's fighting were sketchy, but witnesses said regime forces attacked opposition "
               "groups on several fronts.", "Air/drone strike", a1=ARMY, a2=UNNAMED, notes=[], day="2024-05-14",
               reason=None)
    assert merge_reports([act, r]) == [act]


def test_a_definite_act_named_only_in_passing_is_the_act_before() -> None:
    r = _after("The defence minister fought hard to keep the airstrikes narrowly focused.", "Air/drone strike",
               a1=None, notes=["location from the paragraph"])
    assert pointed_back([_bombing()], r, day=lambda a, b: True, place=lambda a, b: True) is not None


def test_weak_reports_only() -> None:
    assert weak(_after("The bombing went on through the night."))
    assert not weak(_after("Another bombing hit the town on Wednesday."))  # a second act
    assert not weak(_after("The bombing killed three people.", dead=3))  # a toll of its own
    assert not weak(_after("Regime jets bombed a market in the town of Saraqib."))  # no definite act noun
    assert not weak(_after("Many fled a city that was under attack."))  # "that" is a relative pronoun
    assert not weak(_after("It recalled the 2013 sarin attack."))  # a year marks another act
    assert not weak(_after("The bombing went on through the night.", disorder="Strategic developments"))


def test_near_misses_stay_events() -> None:
    back = {"day": lambda a, b: True, "place": lambda a, b: True}
    own_doer = _after("HTS answered the shelling with rockets.", "Shelling/artillery/missile attack", a1=HTS, notes=[])
    assert pointed_back([_bombing()], own_doer, **back) is None  # a doer of its own
    other_type = _after("Fighters stormed the checkpoint after the bombing.", "Armed clash", event="Battles")
    assert pointed_back([_bombing()], other_type, **back) is None  # another type of act
    elsewhere = _after("The bombing of Aleppo went on.", place=ALEPPO, notes=[NOT_NAMED])
    act = _bombing()
    act.notes.append("location from the paragraph")
    assert pointed_back([act], elsewhere, **back) is None  # a place of another province of its own
    later = _after("The bombing went on through the night.")
    later.evidence = Evidence(later.evidence.text, 0, len(later.evidence.text))
    assert pointed_back([_report("x" * 300, 100, a1=ARMY)], later, **back) is None  # told after it


def test_pipeline_definite_reference_back_is_one_event(pipeline) -> None:
    text = ("Government warplanes bombed the town of Maarat al-Numan in Idlib province on Tuesday, killing five "
            "civilians, a war monitor said. Residents said the bombing went on for hours and destroyed a bakery.")
    reports = [r for r in reports_of(pipeline, text) if r.event_type == "Explosions/Remote violence"]
    assert len(reports) == 1, [(r.sub_event_type, r.evidence.text) for r in reports]


def test_pipeline_second_act_elsewhere_stays(pipeline) -> None:
    text = ("Government warplanes bombed the town of Maarat al-Numan in Idlib province on Tuesday, killing five "
            "civilians, a war monitor said. On Wednesday, rebels shelled the city of Hama, killing two soldiers.")
    reports = [r for r in reports_of(pipeline, text) if r.event_type == "Explosions/Remote violence"]
    assert len(reports) == 2, [(r.sub_event_type, r.evidence.text) for r in reports]
