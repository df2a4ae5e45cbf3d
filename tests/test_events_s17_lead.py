"""Seventeenth session, the lead's wiring where two helpers' work met.

- "killed in Russian shelling", "in a Russian missile attack": the state whose demonym stands before the means
  noun is actor 1 (``events.parties.demonym_strike`` also reads shelling, fire, missiles, rockets, drones and
  attacks, and replaces the unidentified group the roles stage had filled in).
- A foreign state's forces taking a place abroad are no "Government regains territory" (``events.extractor``
  calls ``foreignland.abroad_taking`` once the roles stage has read inter 8 against the place).
- A bulletin's entries ("- Kherson: two civilians were killed ...") are sentences of their own
  (``nlp.set_boundaries`` starts one at a line opening with a bullet), each placed at its heading
  (``events.scenes.entry_heading`` reads past the bullet), and the bulletin's verbless heading ending in a
  colon ("Overnight attacks, 14 May:") is no act of its own (``events.headings.list_heading``).

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from events_helpers import act_places, reports_of, show_reports

THU = dt.date(2025, 5, 15)

BULLETIN = ("Russian attacks across Ukraine overnight\n\n"
            "Overnight attacks, 14 May:\n"
            "{b} Kherson: two civilians were killed in Russian shelling of the city.\n"
            "{b} Sumy: one man was killed when a drone struck his car.\n"
            "{b} Zaporizhzhia: Russian missiles hit an industrial site; three workers were wounded.\n")


def test_bullet_lines_are_sentences_of_their_own(pipeline):
    doc = pipeline.nlp("Overnight attacks, 14 May:\n- Kherson: two civilians were killed.\n- Sumy: one man was killed.\n")
    starts = [s.text.strip()[:8] for s in doc.sents]
    assert "- Kherso" in starts and "- Sumy: " in starts, starts


def test_a_hyphen_inside_a_line_starts_no_sentence(pipeline):
    doc = pipeline.nlp("Rebels attacked the town - killing two people - on Monday, police said.")
    assert len(list(doc.sents)) == 1


def test_each_bulletin_entry_is_an_event_at_its_heading_on_the_headings_day(pipeline):
    for bullet in ("-", "*", "\u2022"):
        reports = [r for r in reports_of(pipeline, BULLETIN.format(b=bullet), published=THU)
                   if r.evidence.text.lstrip("-*\u2022 ").startswith(("Kherson", "Sumy", "Zaporizhzhia"))]
        assert len(reports) == 3, show_reports(reports)
        places = [r.location.text if r.location else None for r in reports]
        assert places == ["Kherson", "Sumy", "Zaporizhzhia"], show_reports(reports)
        assert {r.date.value for r in reports} == {"2025-05-14"}, show_reports(reports)
        assert [r.fatalities.count for r in reports] == [2, 1, 0], show_reports(reports)
        assert {r.actor1.name for r in reports if r.actor1} == {"Military Forces of Russia"}, show_reports(reports)


def test_a_bulletins_verbless_heading_is_no_act(pipeline):
    reports = reports_of(pipeline, BULLETIN.format(b="-"), published=THU)
    assert not [r for r in reports if r.evidence.text.startswith("Overnight attacks")], show_reports(reports)


def test_a_sentence_ending_in_a_colon_with_a_verb_is_still_read(pipeline):
    places = act_places(pipeline, "Police said gunmen killed three farmers near Jos on Tuesday in an attack that "
                                  "followed this pattern:\nthey came at night on motorbikes.", published=THU)
    assert places


def test_the_demonym_before_the_means_names_actor_1(pipeline):
    for text in ("Two civilians were killed in Russian shelling of Kherson on Wednesday, the governor said.",
                 "Two civilians were killed in a Russian missile attack on Odesa on Wednesday.",
                 "Two children were killed in Turkish artillery fire on a village in northern Syria on Wednesday."):
        acts = [r for r in reports_of(pipeline, text, published=THU) if not r.background]
        assert len(acts) == 1, show_reports(acts)
        assert acts[0].actor1 is not None and acts[0].actor1.name.startswith("Military Forces of "), show_reports(acts)
        assert acts[0].actor1.name != "Military Forces of Ukraine", show_reports(acts)


def test_a_demonym_of_the_victims_names_no_doer(pipeline):
    acts = [r for r in reports_of(pipeline, "Two Ukrainian civilians were killed in shelling of Kherson on Wednesday.",
                                  published=THU) if not r.background]
    assert len(acts) == 1 and (acts[0].actor1 is None or "Ukraine" not in acts[0].actor1.name
                               or not acts[0].actor1.name.startswith("Military")), show_reports(acts)


def test_a_foreign_states_capture_is_no_government_regaining(pipeline):
    act = [r for r in reports_of(pipeline, "KYIV, May 15 - Russian forces captured the village of Novopil in the "
                                           "Donetsk region on Wednesday, Ukraine's military said.", published=THU)
           if not r.background]
    assert [r.sub_event_type for r in act] == ["Non-state actor overtakes territory"], show_reports(act)
    own = [r for r in reports_of(pipeline, "Ukrainian forces recaptured the village of Robotyne in the Zaporizhzhia "
                                           "region on Wednesday.", published=THU) if not r.background]
    assert [r.sub_event_type for r in own] == ["Government regains territory"], show_reports(own)


def test_a_foreign_force_beside_the_host_states_or_placed_only_by_a_border_keeps_the_retaking(pipeline):
    for text in ("Rwandan and Mozambican forces retook the port town of Mocimboa da Praia on Sunday, two years "
                 "after it fell to Islamist insurgents, Rwanda's military said.",
                 "The Chadian army said it had routed the rebels and regained control of all positions they had "
                 "held near the Niger border on Sunday."):
        acts = [r for r in reports_of(pipeline, text, published=THU) if not r.background]
        assert [r.sub_event_type for r in acts] == ["Government regains territory"], show_reports(acts)
