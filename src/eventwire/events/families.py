"""The families of cue categories that :mod:`eventwire.events.typing` weighs: the means of remote
violence in ACLED's order, the non-events, the priority of families on ties and the depth bonus of
each (means and specific acts sit deeper in a parse than the predicate)."""

from __future__ import annotations

REMOTE_ORDER = ("CHEM", "SUICIDE", "AIR", "SHELL", "GRENADE", "IED", "BLAST")
REMOTE_SUB = {
    "CHEM": "Chemical weapon",
    "SUICIDE": "Suicide bomb",
    "AIR": "Air/drone strike",
    "SHELL": "Shelling/artillery/missile attack",
    "GRENADE": "Grenade",
    "IED": "Remote explosive/landmine/IED",
    "BLAST": "Remote explosive/landmine/IED",
}
NONE_CATS = ("ATTRIB", "DIPLO", "CRIME", "MANMADE", "NATURAL")
WEAPON_HEADS = frozenset(
    """strike attack raid bombardment fire shelling barrage round shell bomb rocket missile explosion blast vest
    belt device bomber bombing operation campaign assault hit shot launcher truck car""".split()
)
PRIORITY = {
    name: i
    for i, name in enumerate(
        """DISRUPT ATTRIB SEXV HQ TERRITORY TRANSFER PROTEST MOB AGREE VIOLENCE ABDUCT ARREST LOOT CHANGE
        OTHER DIPLO CRIME MANMADE NATURAL""".split()
    )
}
# depth bonus per family: means and specific acts sit deeper in the parse than the predicate
BONUS = {
    "DISRUPT": 1.5, "SEXV": 1.5, "HQ": 1.0, "PROTEST": 2.0, "ATTRIB": 1.0, "NATURAL": 0.5,
    "TERRITORY": 1.5, "MOB": 1.5, "TRANSFER": 0.5, "ABDUCT": 0.5, "MANMADE": 0.5, "CHANGE": -1.0,
}


# hit categories that may carry the predicate of each family (to find a trigger for a model decision)
FAMILY_CATS = {
    "VIOLENCE": ("CLASH", "VIOLENCE") + REMOTE_ORDER,
    "TERRITORY": ("REGAIN", "CAPTURE"),
    "TRANSFER": ("TRANSFER", "CAPTURE", "REGAIN"),
    "PROTEST": ("PROTEST", "GATHER", "RIOT", "INTERV", "LETHAL"),
    "MOB": ("MOB", "VIOLENCE"),
    "ABDUCT": ("ABDUCT", "CAPTURE"),
    "SEXV": ("SEXV",),
    "AGREE": ("AGREE", "SWAP"),
    "ARREST": ("ARREST", "CAPTURE"),
    "CHANGE": ("CHANGE",),
    "DISRUPT": ("DISRUPT", "SEIZE_VERB", "WEAPON_OBJ"),
    "HQ": ("HQ",),
    "LOOT": ("LOOT", "RIOT"),
    "OTHER": ("OTHER",),
    "ATTRIB": ("ATTRIB",),
    "DIPLO": ("DIPLO",),
    "CRIME": ("CRIME",),
    "MANMADE": ("MANMADE", "BLAST"),
    "NATURAL": ("NATURAL",),
}
