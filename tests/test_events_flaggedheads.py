"""Session 27, acts told again (events.flaggedheads, events.retold; invented reports and sentences): a report
with no day of its own that the merging stage would fold into an earlier report flagged background (a past act,
a general statement) is background too; a report whose doer comes from another clause of its sentence, with no
day or place of its own, is the act of its kind and victims told before it. A day of its own, other sides or
victims, another province's town, another kind of act, a report told before the flagged one and the text's lead
stay news."""

from __future__ import annotations

from eventwire.events.flaggedheads import NOTE_RETOLD, with_flagged_heads
from eventwire.events.merging import _same_event
from eventwire.events.retold import fold_borrowed_doers, settle_retellings
from eventwire.records import Actor, DateValue, EventReport, Evidence, Place, PlaceMention

CROWD = Actor("Protesters (Nigeria)", 6, "protesters", "NGA")
STUDENTS = Actor("Protesters (Ghana)", 6, "students", "GHA")
GUNMEN = Actor("Unidentified Armed Group (Nigeria)", 3, "gunmen", "NGA")
VILLAGERS = Actor("Civilians (Nigeria)", 7, "villagers", "NGA")
NIGERIA = PlaceMention(0, 7, "Nigeria", Place("Nigeria", iso="NGA", feature_code="PCLI"))
LAGOS = PlaceMention(0, 5, "Lagos", Place("Lagos", iso="NGA", admin1="Lagos", feature_code="PPLA"))
KANO = PlaceMention(0, 4, "Kano", Place("Kano", iso="NGA", admin1="Kano", feature_code="PPLA"))
INHERITED = "inherited from the event this sentence elaborates"


def _report(text: str, start: int, *, sub: str = "Peaceful protest", event: str = "Protests",
            disorder: str = "Demonstrations", a1: Actor | None = CROWD, a2: Actor | None = None,
            place: PlaceMention | None = LAGOS, day: str | None = None, reason: str | None = "no date in the text",
            background: bool = False, section: str = "body") -> EventReport:
    return EventReport(event_type=event, sub_event_type=sub, disorder_type=disorder,
                       evidence=Evidence(text, start, start + len(text)), actor1=a1, actor2=a2, location=place,
                       date=DateValue(day, 1 if day else None, None, reason), background=background, section=section)


def _past_protest() -> EventReport:
    """'The singer had led marches against the fuel tax in Lagos.' (flagged: a past act)"""
    return _report("The singer had led marches against the fuel tax in Lagos.", 400, background=True,
                   reason="no date of its own, and older than the story (past perfect: had organised)")


def test_a_retelling_of_a_past_protest_with_no_day_of_its_own_is_background() -> None:
    head = _past_protest()
    r = _report("The sedition charge rests on nothing but those marches.", 700, place=NIGERIA)
    out = with_flagged_heads([head, r], same=_same_event)
    assert len(out) == 2 and r.background
    assert NOTE_RETOLD.format(start=head.evidence.start, end=head.evidence.end) in r.notes


def test_a_retelling_that_inherits_the_paragraphs_day_is_background_too() -> None:
    r = _report("Witnesses said the marches drew thousands.", 700, day="2024-05-14", reason=INHERITED)
    with_flagged_heads([_past_protest(), r], same=_same_event)
    assert r.background


def test_retellings_of_a_retelling_follow_it() -> None:
    r1 = _report("The sedition charge rests on nothing but those marches.", 700, place=NIGERIA)
    r2 = _report("Lawyers said such marches are lawful.", 900, place=NIGERIA)
    with_flagged_heads([_past_protest(), r1, r2], same=_same_event)
    assert r1.background and r2.background


def test_a_protest_with_a_day_of_its_own_stays_news() -> None:
    r = _report("Fans marched in Lagos on Monday to demand his release.", 700, day="2024-05-13", reason=None)
    with_flagged_heads([_past_protest(), r], same=_same_event)
    assert not r.background and not r.notes


def test_a_protest_told_as_a_second_act_stays_news() -> None:
    for text in ("Fans marched through Lagos again, organisers said.", "Another march blocked the bridge.",
                 "A fresh protest drew hundreds."):
        r = _report(text, 700)
        with_flagged_heads([_past_protest(), r], same=_same_event)
        assert not r.background, text


def test_a_protest_of_other_protesters_stays_news() -> None:
    r = _report("Students marched to the embassy.", 700, a1=STUDENTS, place=None)
    with_flagged_heads([_past_protest(), r], same=_same_event)
    assert not r.background


def test_an_act_in_a_town_of_another_province_stays_news() -> None:
    r = _report("Protesters gathered in Kano.", 700, place=KANO)
    with_flagged_heads([_past_protest(), r], same=_same_event)
    assert not r.background


def test_an_act_of_another_type_stays_news() -> None:
    r = _report("Gunmen attacked villagers in Lagos.", 700, sub="Attack", event="Violence against civilians",
                disorder="Political violence", a1=GUNMEN, a2=VILLAGERS)
    with_flagged_heads([_past_protest(), r], same=_same_event)
    assert not r.background


def test_a_report_told_before_the_flagged_act_stays_news() -> None:
    r = _report("Protesters marched through Lagos.", 250)
    with_flagged_heads([r, _past_protest()], same=_same_event)
    assert not r.background


def test_the_lead_stays_news() -> None:
    head = _report("Years after the 2019 protests,", 0, background=True, reason="vaguer than a month")
    r = _report("protesters marched through Lagos, organisers said.", 31)
    with_flagged_heads([head, r], same=_same_event)
    assert not r.background


def test_a_flagged_headline_flags_nothing() -> None:
    title = _report("Lagos protests recalled", 0, background=True, section="title")
    r = _report("Protesters marched through Lagos.", 300)
    with_flagged_heads([title, r], same=_same_event)
    assert not r.background


# -- a doer read from another clause (events.retold) ----------------------------------------------------------

POLICE = Actor("Police Forces of Nigeria", 1, "the police", "NGA")
SOLDIERS = Actor("Military Forces of Nigeria", 1, "soldiers", "NGA")
ELSEWHERE = "actor 1 from another clause of the sentence: Police Forces of Nigeria"


def _abduction(text: str, start: int, **kw) -> EventReport:
    kw.setdefault("a2", VILLAGERS)
    return _report(text, start, sub="Abduction/forced disappearance", event="Violence against civilians",
                   disorder="Political violence", **kw)


def _kidnap() -> EventReport:
    return _abduction("Bandits stopped a grain trader on the Lagos ring road and seized him on Tuesday.", 300,
                      a1=GUNMEN, day="2024-05-14", reason=None)


def _retold(**kw) -> EventReport:
    kw.setdefault("a1", POLICE)
    kw.setdefault("place", None)
    r = _abduction("'We know the trader was taken, and the police found his truck later,' a relative said.", 500, **kw)
    r.notes.append(ELSEWHERE)
    return r


def test_an_act_told_again_with_a_doer_of_another_clause_is_the_act_told_before() -> None:
    act, r = _kidnap(), _retold()
    out = fold_borrowed_doers([act, r])
    assert out == [act] and act.actor1 is GUNMEN
    assert any(n.startswith("told again at 500-") for n in act.notes)


def test_a_doer_of_its_own_clause_stays_another_event() -> None:
    r = _abduction("Soldiers also abducted two herders.", 500, a1=SOLDIERS)
    assert len(fold_borrowed_doers([_kidnap(), r])) == 2


def test_a_borrowed_doer_with_a_day_or_a_town_of_its_own_stays() -> None:
    assert len(fold_borrowed_doers([_kidnap(), _retold(day="2024-05-20", reason=None)])) == 2
    assert len(fold_borrowed_doers([_kidnap(), _retold(place=KANO)])) == 2


def test_a_borrowed_doer_of_other_victims_or_another_act_stays() -> None:
    assert len(fold_borrowed_doers([_kidnap(), _retold(a2=STUDENTS)])) == 2
    r = _retold()
    r.sub_event_type = "Attack"
    assert len(fold_borrowed_doers([_kidnap(), r])) == 2


def test_no_act_of_an_unnamed_doer_takes_it() -> None:
    act = _kidnap()
    act.notes.append("perpetrator not named: Unidentified Armed Group")
    assert len(fold_borrowed_doers([act, _retold()])) == 2


def test_settle_retellings_folds_then_flags() -> None:
    act, r = _kidnap(), _retold()
    assert settle_retellings([act, r]) == [act] and not act.background
