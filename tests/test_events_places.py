"""Where each event of a multi-event text happened: the event's own sentence against the paragraph,
the dateline and the document's main place."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import Article

PUBLISHED = dt.date(2024, 5, 15)


def _located(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    a = pipeline.process(Article(id="t", text=text, published=PUBLISHED))
    return [
        (r.sub_event_type, r.location.place.name if r.location and r.location.place else None,
         r.location.place.iso if r.location and r.location.place else None)
        for r in a.reports
    ]


@pytest.mark.slow
def test_place_in_a_when_clause_beats_another_countrys_document_place(pipeline):
    text = (
        "Al-Shabaab fighters attacked a military base in Lamu on Monday.\n\n"
        "Several civilians were killed when government aircraft bombed a market in Idlib on Sunday.\n\n"
        "Two soldiers were wounded when a roadside bomb struck their convoy near Mosul on Monday.\n"
    )
    got = _located(pipeline, text)
    by_type = {sub: (name, iso) for sub, name, iso in got}
    assert by_type["Air/drone strike"] == ("Idlib", "SYR")
    assert by_type["Remote explosive/landmine/IED"][1] == "IRQ"


@pytest.mark.slow
def test_same_country_subordinate_place_still_yields_to_the_dateline(pipeline, shared_dir):
    # the seed page: "..., in which the group cut the Deir Ezzor-Palmyra road" is told from Homs
    text = (shared_dir / "examples" / "seed" / "palmyra.txt").read_text(encoding="utf-8")
    a = pipeline.process(Article(id="seed", text=text, published=dt.date(2016, 5, 16)))
    admin1 = {r.location.place.admin1 for r in a.reports
              if r.location and r.location.place and r.location.place.iso == "SYR"}
    assert admin1 and admin1 <= {"Homs", "Homs Governorate"}
