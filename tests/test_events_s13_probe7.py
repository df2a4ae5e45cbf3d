"""Thirteenth session, errors left by this session's probes (helper 7).

- The other side's means: troops firing on gunmen who threw explosives at a checkpoint is a fight (an
  Armed clash); explosives or a grenade thrown with no fire answered stay remote violence.
- A rescue is no abduction: "officers rescued 12 of the abducted worshippers" tells no new abduction.
- Background in a reported clause: "a week after the military said it had killed a bandit leader" is
  set apart in time; the abduction the sentence tells is the event.
- Doers of a weapon or act noun: "M23 rebels and the army traded heavy artillery fire" (both sides),
  "the government imposed a curfew" (the government).

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from events_helpers import reports_of, type_of

PUB = dt.date(2024, 5, 15)


def _acts(reports):
    return [r for r in reports if not r.background]


def _show(reports):
    return [(r.sub_event_type, r.actor1.name if r.actor1 else None, r.actor2.name if r.actor2 else None,
             r.evidence.text[:50]) for r in reports]


def test_firing_on_gunmen_throwing_explosives_is_a_clash():
    assert type_of("Soldiers opened fire on militants who threw explosives at an army post near Gao on "
                   "Friday.") == "Armed clash"
    assert type_of("Police shot dead two fighters who lobbed a grenade at their convoy on Friday.") == "Armed clash"


def test_explosives_thrown_with_no_fight_stay_remote():
    assert type_of("Militants threw explosives at an army post near Gao on Friday.") == "Remote explosive/landmine/IED"
    assert type_of("Fighters lobbed a grenade at a police convoy on Friday.") == "Grenade"


def test_a_rescue_of_abductees_is_no_new_abduction(pipeline):
    text = ("Armed men kidnapped 25 pupils from a school in Katsina on Saturday. Soldiers rescued ten of the "
            "kidnapped pupils on Sunday, the army said.")
    acts = _acts(reports_of(pipeline, text, published=PUB))
    abductions = [r for r in acts if r.sub_event_type == "Abduction/forced disappearance"]
    assert len(abductions) == 1, _show(acts)
    assert "Saturday" in abductions[0].evidence.text


def test_a_claim_told_a_week_before_does_not_take_the_abduction(pipeline):
    text = ("Gunmen kidnapped 15 farmers in Niger state on Monday, a week after the police said they had "
            "killed a militia commander.")
    acts = _acts(reports_of(pipeline, text, published=PUB))
    assert [r.sub_event_type for r in acts] == ["Abduction/forced disappearance"], _show(acts)
    assert "farmers" in acts[0].evidence.text


def test_both_sides_of_traded_artillery_fire(pipeline):
    acts = _acts(reports_of(pipeline, "ADF fighters and the army traded heavy mortar fire near Beni on Tuesday.",
                            published=PUB))
    assert len(acts) == 1, _show(acts)
    assert acts[0].sub_event_type == "Armed clash"
    assert acts[0].actor1 is not None and acts[0].actor2 is not None, _show(acts)


def test_the_doer_of_an_imposed_curfew(pipeline):
    acts = _acts(reports_of(pipeline, "The government imposed a curfew in Bunia on Tuesday.", published=PUB))
    assert acts and acts[0].actor1 is not None, _show(acts)


def test_storming_a_bare_camp_and_looting_is_looting(pipeline):
    text = "Militiamen stormed the camp near Djugu on Friday and looted food stocks, aid workers said."
    acts = _acts(reports_of(pipeline, text, published=PUB))
    assert [r.sub_event_type for r in acts] == ["Looting/property destruction"], _show(acts)


def test_a_military_camp_attacked_stays_a_clash():
    assert type_of("Jihadists attacked an army camp near Djibo on Friday.") == "Armed clash"


def test_an_advance_with_no_fight_is_a_movement_of_forces(pipeline):
    acts = _acts(reports_of(pipeline, "Rebel fighters advanced toward Kiwanja on Thursday, residents said.",
                            published=PUB))
    assert [r.sub_event_type for r in acts] == ["Change to group/activity"], _show(acts)


def test_an_advance_in_a_fight_is_the_fight(pipeline):
    text = "Rebel fighters advanced toward Kiwanja on Thursday after fierce fighting with the army."
    acts = _acts(reports_of(pipeline, text, published=PUB))
    assert [r.sub_event_type for r in acts] == ["Armed clash"], _show(acts)


def test_no_forces_no_movement():
    assert type_of("Food prices advanced toward record highs in Goma on Thursday.") is None
    assert type_of("Fighters advanced their claims toward a share of the mining revenue on Thursday.") is None


def test_timing_the_attacks_told_before_is_no_new_attack(pipeline):
    text = ("Jihadists killed 14 soldiers in an ambush near Djibo on Sunday. The attacks came a week after the "
            "army launched an offensive in the province.")
    acts = _acts(reports_of(pipeline, text, published=PUB))
    assert len(acts) == 1 and "ambush" in acts[0].evidence.text, _show(acts)


def test_an_attack_told_with_its_victims_stays_an_event(pipeline):
    acts = _acts(reports_of(pipeline, "The attack came after midnight in Djibo on Sunday, killing 12 villagers.",
                            published=PUB))
    assert [r.sub_event_type for r in acts] == ["Attack"], _show(acts)
