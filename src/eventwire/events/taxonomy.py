"""ACLED's taxonomy: 25 sub-event types in 6 event types and 3 disorder types, and the CASE 2021 codes."""

from __future__ import annotations

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
STRATEGIC = "Strategic developments"

# sub_event_type -> (event_type, disorder_type)
SUB_EVENT_TYPES: dict[str, tuple[str, str]] = {
    "Armed clash": ("Battles", POLITICAL_VIOLENCE),
    "Government regains territory": ("Battles", POLITICAL_VIOLENCE),
    "Non-state actor overtakes territory": ("Battles", POLITICAL_VIOLENCE),
    "Peaceful protest": ("Protests", DEMONSTRATIONS),
    "Protest with intervention": ("Protests", DEMONSTRATIONS),
    "Excessive force against protesters": ("Protests", DEMONSTRATIONS),
    "Violent demonstration": ("Riots", DEMONSTRATIONS),
    "Mob violence": ("Riots", DEMONSTRATIONS),
    "Air/drone strike": ("Explosions/Remote violence", POLITICAL_VIOLENCE),
    "Shelling/artillery/missile attack": ("Explosions/Remote violence", POLITICAL_VIOLENCE),
    "Suicide bomb": ("Explosions/Remote violence", POLITICAL_VIOLENCE),
    "Remote explosive/landmine/IED": ("Explosions/Remote violence", POLITICAL_VIOLENCE),
    "Grenade": ("Explosions/Remote violence", POLITICAL_VIOLENCE),
    "Chemical weapon": ("Explosions/Remote violence", POLITICAL_VIOLENCE),
    "Attack": ("Violence against civilians", POLITICAL_VIOLENCE),
    "Abduction/forced disappearance": ("Violence against civilians", POLITICAL_VIOLENCE),
    "Sexual violence": ("Violence against civilians", POLITICAL_VIOLENCE),
    "Agreement": ("Strategic developments", STRATEGIC),
    "Arrests": ("Strategic developments", STRATEGIC),
    "Change to group/activity": ("Strategic developments", STRATEGIC),
    "Disrupted weapons use": ("Strategic developments", STRATEGIC),
    "Headquarters or base established": ("Strategic developments", STRATEGIC),
    "Looting/property destruction": ("Strategic developments", STRATEGIC),
    "Non-violent transfer of territory": ("Strategic developments", STRATEGIC),
    "Other": ("Strategic developments", STRATEGIC),
}

# CASE 2021 Task 2 codes <-> ACLED sub-event types (the codes outside ACLED map to None)
CASE_CODES: dict[str, str | None] = {
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "AGREEMENT": "Agreement",
    "AIR_STRIKE": "Air/drone strike",
    "ARMED_CLASH": "Armed clash",
    "ARREST": "Arrests",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "ATTACK": "Attack",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "CHEM_WEAP": "Chemical weapon",
    "DISR_WEAP": "Disrupted weapons use",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "MOB_VIOL": "Mob violence",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
    "PEACE_PROTEST": "Peaceful protest",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SEX_VIOL": "Sexual violence",
    "SUIC_BOMB": "Suicide bomb",
    "VIOL_DEMONSTR": "Violent demonstration",
    "GRENADE": "Grenade",
    "ORG_CRIME": None,
    "NATURAL_DISASTER": None,
    "MAN_MADE_DISASTER": None,
    "DIPLO": None,
    "ATTRIB": None,
}

SUB_TO_CASE: dict[str, str] = {sub: code for code, sub in CASE_CODES.items() if sub is not None}


def event_type_of(sub_event_type: str) -> str:
    return SUB_EVENT_TYPES[sub_event_type][0]


def disorder_type_of(sub_event_type: str) -> str:
    return SUB_EVENT_TYPES[sub_event_type][1]
