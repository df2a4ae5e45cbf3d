"""Identity militias through the whole pipeline: the event reports' actors of clan and communal
fighting are named identity militias (inter 4), not unidentified armed groups or nobody."""

from __future__ import annotations

import pytest

from events_helpers import reports_of


def _names(reports, sub_event_type: str) -> list[tuple[str | None, int | None, str | None, int | None]]:
    out = []
    for r in reports:
        if r.sub_event_type == sub_event_type:
            a1, a2 = r.actor1, r.actor2
            out.append((a1.name if a1 else None, a1.inter if a1 else None,
                        a2.name if a2 else None, a2.inter if a2 else None))
    return out


@pytest.mark.slow
def test_clan_militias_clash(pipeline):
    reports = reports_of(pipeline, "On 3 May 2022, Abgaal clan militia clashed with Murusade clan militia in "
                                   "Mahaday, Middle Shabelle region, Somalia. Four fighters were killed.")
    got = _names(reports, "Armed clash")
    assert got, [(r.sub_event_type, r.actor1, r.actor2) for r in reports]
    assert {got[0][0], got[0][2]} == {"Abgaal Clan Militia (Somalia)", "Murusade Clan Militia (Somalia)"}
    assert got[0][1] == got[0][3] == 4


@pytest.mark.slow
def test_sub_clans_named_even_where_the_place_is_unknown(pipeline):
    reports = reports_of(pipeline, "On 3 May 2022, Ugaas Nuur sub-clan militia clashed with Wabudhan sub-clan militia, "
                                   "both from the Abgaal clan, in Qoryaley Dhexe village.")
    names = {a.name for r in reports for a in (r.actor1, r.actor2) if a is not None}
    assert {"Ugaas Nuur Clan Militia (Somalia)", "Wabudhan Clan Militia (Somalia)"} <= names, names


@pytest.mark.slow
def test_gunmen_from_a_clan_attack_civilians(pipeline):
    reports = reports_of(pipeline, "Gunmen from the Murusade clan attacked a village near Jowhar, Somalia, on "
                                   "3 May 2022, killing three farmers.")
    got = _names(reports, "Attack")
    assert got and got[0][:2] == ("Murusade Clan Militia (Somalia)", 4), got
    assert got[0][3] == 7


@pytest.mark.slow
def test_ethnic_youths_raid(pipeline):
    reports = reports_of(pipeline, "On 3 May 2022, Toposa youths attacked a cattle camp in Kapoeta, South Sudan, "
                                   "killing two herders.")
    actors1 = [(r.actor1.name, r.actor1.inter) for r in reports if r.actor1 is not None]
    assert ("Toposa Ethnic Militia (South Sudan)", 4) in actors1, actors1
