"""Word lists used by toponym recognition (lower case)."""

from __future__ import annotations

import re

# lower-case words allowed inside a multi-word name ("Isle of Man", "Deir ez-Zor")
INNER_LOWER = frozenset(
    "abu ad al am an and ar as ash at az bin bint by d da das de del della den der des di do dos du el "
    "en es ez ibn im in la le of on sur the ul umm un upon van von y".split()
)

# words before a name that make it a place ("in X", "near X", "captured X")
STRONG_PREPOSITIONS = frozenset(
    "across around besieged between captured in inside into liberated near outside recaptured seized "
    "shelled stormed throughout toward towards via".split()
)

# nouns after a name that make it a place ("X province", "X countryside")
PLACE_NOUNS = frozenset(
    "airbase airport area areas base border borough camp canton capital city constituency countryside county "
    "crossing department desert district emirate front governorate highway island islands kingdom "
    "metropolitan mountain mountains municipality neighborhood neighbourhood oblast outskirts parish "
    "peninsula plain plains prefecture province region republic river road state sub-district "
    "subdistrict suburb suburbs territory town valley village "
    # divisions conflict news names with their noun ("North Wollo zone", "Buthidaung township")
    "zone township woreda raion commune hamlet "
    # a port named by its town ("Hodeidah port", "Ras Isa port")
    "port harbour harbor".split()
)
# a Nigerian local government area or a camp after its name ("Bokkos local government area", "Maru
# LGA", "Jenin refugee camp")
LGA_AFTER = re.compile(
    r"\s+(?:local\s+government(?:\s+area|\s+council)?|LGA|(?:refugee|displacement|IDP)\s+camps?)\b", re.I
)

# nouns after a demonym or place name that make it an actor ("Syrian army", "Iraqi security forces")
ACTOR_NOUNS = frozenset(
    "air aircraft airforce ambassador armed army army's authorities coalition counterpart "
    "counterparts defence defense democratic diplomats embassy fighters force forces foreign "
    "government guard guards intelligence interior jets kurdish leader leaders media military militia "
    "militias minister ministry national navy official officials opposition parliament people police "
    "policeman policemen president prime rebels red regime revolutionary security soldiers state "
    "troop troops unit units warplanes".split()
)

# titles before a name that make it a person ("Mr. Walsh", "Gen. Washington")
TITLES = frozenset(
    "brother capt captain chancellor coach col colonel constable detective dr father gen general gov "
    "governor imam inspector judge justice king lady lord lt maj major mayor minister miss mr mrs ms "
    "officer pope president prince princess prof professor queen rep rev saint secretary sen senator "
    "sgt sheikh sir sister st".split()
)

# calendar words: never places, whatever the context
HARD_STOP = frozenset(
    "april august december february friday january july june march may monday november october "
    "saturday september sunday thursday tuesday wednesday".split()
)

LOC_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})

# nouns before "of X" that make X a place ("the outskirts of X", "north of X", "the city of X")
OF_HEADS = PLACE_NOUNS | frozenset(
    "north south east west northeast northwest southeast southwest outskirts countryside city province "
    "capital part parts centre center heart provinces districts villages towns cities regions states "
    "counties governorates municipalities islands station".split()  # "the police station of Toribio"
)

# capitalised words after a place name that make it part of an organisation's or a publication's
# name ("Los Angeles Times", "Cumberland Farms"). Not the place's own government bodies
# ("Queensland Police", "Kentucky Department of ...", "Enfield Council"), which news geoparsing
# corpora annotate as toponyms, nor the buildings that stand in the place ("Kunduz Hospital",
# "Garissa University College"): an attack there happened in that place
ORG_HEADS = frozenset(
    "agency airlines airways assembly association bank board bureau chamber club commission "
    "committee company corp corporation court eggs farms foundation gazette group herald inc journal "
    "league ltd magazine news observer olympic olympics post press radio society telegraph television "
    "times tribune".split()
)

# capitalised street words after a name: "Hertford Road" is a street, not the town of Hertford
STREET_HEADS = frozenset(
    "avenue ave blvd boulevard crescent drive dr highway lane parkway rd road st street way".split()
)

# verbs of saying around a bare name that make it a person ("said Logan", "Hartl said")
SAY_VERBS = frozenset("said says told added explained noted stated tweeted wrote asked".split())

#: "Pakistani and Afghan forces": a demonym joined to another that heads the actor noun
_JOINED_DEMONYM = re.compile(r"\s+(?:and|or|,)\s+(?:the\s+)?[A-Z][\w-]*\s+([a-z']+)")


def joined_actor(text: str, end: int) -> bool:
    """Whether the demonym ending at ``end`` shares the actor noun of the next one ("Pakistani and
    Afghan forces", "Malian and Russian troops"): both name a side, neither the scene."""
    m = _JOINED_DEMONYM.match(text, end, min(len(text), end + 40))
    return m is not None and m.group(1) in ACTOR_NOUNS
