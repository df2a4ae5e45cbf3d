"""Strategic developments of the eighth session (sentences written anew for these tests; none taken from an
evaluation set or a synthetic file): changes to an armed group no cue lists (violence renounced, the armed
struggle abandoned, recruitment by "armed men", a leader named or taking charge, a wing set up, a change told
beside a death nobody is said to have caused); a development of the main clause over violence, a capture or an arrest told only in an "after ..."
clause under it or "amid" it (nobody killed); a coup told beside the arrests it made; a blockade imposed by forces (no
protest); restrictions imposed on a place's life in a conflict (ACLED's "Other": travel or sales banned,
schools closed, water cut off, a military zone declared, a shutdown extended); and the near misses that tell
no such development (a company's unit, a refusal, a health or weather measure, a body stopping its own work)."""

from __future__ import annotations

import pytest

from events_helpers import nlp_index, type_of
from eventwire.events.groupacts import group_acts
from eventwire.events.restrictions import restriction_hits

CH = "Change to group/activity"
OT = "Other"

# each typed otherwise (or not at all) before this session's readers
SENTENCES = [
    # changes to a group no cue lists
    ('The head of the jihadists swore allegiance to the new emir, days after the movement confirmed the death of his predecessor.', CH),
    ('Some 60 militiamen publicly renounced violence in the district headquarters on Tuesday.', CH),
    ('The faction abandoned the armed struggle and handed its rifles to the authorities, officials said.', CH),
    ('Armed men forcibly recruited scores of boys from two villages in the hills, local leaders said.', CH),
    ('Hundreds of rebels renounced the armed struggle at a ceremony attended by the governor.', CH),
    # leaders named or taking charge, a group's wing set up; a development amid fighting that goes on
    ('Authorities shut down the internet in the region for a fourth day as clashes continued.', OT),
    ('The military extended the ban on motorcycles in the northern districts for another month as attacks continued.', OT),
    ('Authorities suspended mobile internet in the region amid clashes between the army and rebels.', OT),
    ('A former rebel commander took charge of the militia after its founder died.', CH),
    ('The rebels set up a new political wing to negotiate with the government.', CH),
    ('The paramilitary force appointed a new field commander for its operations around the city, replacing a general who was wounded in a drone strike a week earlier.', CH),
    ('The faction took over the leadership of the rebel alliance after a split.', CH),
    # the development of the main clause over an act told only as its background; coups, blockades, restrictions
    ('The army sent 3,000 extra troops to the northern province after jihadists attacked a military camp there.', CH),
    ('The militia said it had appointed a new commander for the region, a day after gunmen attacked its main base.', CH),
    ('The separatists appointed a new spokesman after the former one was arrested.', CH),
    ('Government troops blocked all roads into the mining town, halting food deliveries, after rebels seized a police post there last week.', OT),
    ('The authorities suspended all flights from the airport for two days after a drone struck a fuel depot nearby.', OT),
    ('The rebels imposed a blockade on the main road leading to the capital, cutting off supplies.', OT),
    ('Soldiers detained the president and announced on state television that they had taken power.', OT),
    ('The militia banned night travel on the roads it controls, drivers said.', OT),
    ('The insurgents banned the sale of cigarettes and music in the villages under their control.', OT),
    ('The army imposed restrictions on movement between the two districts following insurgent attacks.', OT),
    ('The military government closed all schools in the region after gunmen abducted pupils.', OT),
    ('Government forces cut off water and electricity to the besieged rebel-held district.', OT),
    ('The authorities extended the internet shutdown in the conflict region for another week.', OT),
    ('The governor suspended all mining activities in the area, saying the bandits were financed by them.', OT),
    ('The junta declared the border area a military zone and barred civilians from entering it, after repeated rebel raids.', OT),
]

NEAR_MISSES = [
    ("The company announced the creation of a new sales unit in Nairobi.", (None,)),
    ("The minister renounced his party membership on Monday.", (None,)),
    ("The rebels refused to renounce violence, the mediator said.", (None,)),
    ("The football federation announced the formation of a new youth squad.", (None,)),
    ("Authorities closed all schools in the capital because of the cholera outbreak.", (None,)),
    ("The airline suspended flights to London because of the storm.", (None,)),
    ("The city council banned the sale of alcohol near schools.", (None,)),
    ("The ministry restricted imports of rice to protect local farmers.", (None,)),
    ("The ruling party took power after winning the election in a landslide.", (None,)),
    ("The company appointed a new regional chief executive on Monday.", (None,)),
    ("The club set up a new youth squad for the coming season.", (None,)),
    # a killing in the "after" clause stays the news
    ("Hundreds of soldiers were deployed to the border town after gunmen killed 12 villagers.", ("Attack",)),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_strategic_type(text: str, expected: str) -> None:
    assert type_of(text) == expected


@pytest.mark.parametrize(("text", "allowed"), NEAR_MISSES)
def test_near_misses(text: str, allowed: tuple[str | None, ...]) -> None:
    assert type_of(text) in allowed


def test_readers_are_gated_and_phrase_their_hits() -> None:
    nlp, _idx = nlp_index()
    quiet = next(iter(nlp("Soldiers patrolled the market on Monday.").sents))
    assert group_acts(quiet, []) == []
    assert restriction_hits(quiet, []) == []
    sent = next(iter(nlp("Some 60 militiamen publicly renounced violence on Tuesday.").sents))
    assert [h.phrase for h in group_acts(sent, [])] == ["violence renounced"]
    sent = next(iter(nlp("The militia banned night travel on the roads it controls.").sents))
    assert [(h.category, h.phrase) for h in restriction_hits(sent, [])] == [("OTHER", "restriction imposed")]
