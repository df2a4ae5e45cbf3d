"""Who flew an air or drone strike the sentence does not attribute.

An air strike needs an air force or a drone launcher; the text that does not say whose it was most
often said so before, or the war leaves one candidate:

- the launcher told earlier in the article is actor 1 of the strikes told after it: "Russian forces
  launched 40 drones overnight ... A drone struck an apartment block in Sumy" (the subject of a verb
  of launching or striking whose object is a weapon of the air: drones, missiles, aircraft);
- (then) where one side alone strikes from the air over the country of the event, that side:
  Ukraine's territory is struck by Russia's forces, Gaza's and Lebanon's by Israel's (the ACLED coder
  infers the actor from context where there is one candidate; where two sides fly, as in Syria,
  Yemen or Sudan, the strike stays unattributed).

The launcher told before an interception is its actor 2 ("Air defences shot down 27 of them"). Also
here: whose positions a strike hit ("airstrikes on positions of Hayat Tahrir al-Sham").
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any

from ..actors.countries import of_country
from ..actors.eras import published_of
from ..records import Actor
from .parties import state_speaker
from .story import sentence_of, sentences
from .words import doc_text, lemma_lowers

log = logging.getLogger(__name__)

#: verbs by which an actor sends a weapon of the air
LAUNCH_VERBS = frozenset("launch fire send attack strike target bomb hit pound deploy use unleash".split())
#: weapons of the air (heads of the launch verb's object)
AIR_WEAPONS = frozenset("""drone drones uav uavs missile missiles shahed shaheds shahid aircraft warplane warplanes
    jet jets airstrike airstrikes strike strikes bomb bombs helicopter helicopters plane planes""".split())
#: how many sentences back a launcher is looked for
BACK_SENTENCES = 6
#: countries whose territory one side alone strikes from the air (the event's ISO3 -> the striking state)
SOLE_AIR_POWER = {"UKR": "RUS", "PSE": "ISR", "LBN": "ISR"}
#: from when one side alone strikes there (before Russia's full invasion, Ukraine's own air force struck
#: the Donbas, 2014-15): an article published earlier, or with no date, gets no guess
SOLE_AIR_POWER_SINCE = {"UKR": dt.date(2022, 2, 24)}
#: words telling of a part of the country held by the striking side, where the other side strikes
HELD_BY_STRIKER = {
    "UKR": re.compile(r"(?:Russian|Moscow|Kremlin)[- ](?:installed|appointed|backed|controlled|held)|\boccupied\b|"
                      r"\bannexed\b|\b[DL]PR\b|\bCrimea|Ukrainian (?:drones?|missiles?|strikes?|shelling)", re.IGNORECASE),
}
NOTE_LAUNCHER = "actor 1: the launcher told before the strike"
NOTE_SOLE = "actor 1: the one side that strikes from the air here (context)"


def _air_object(verb: Any) -> bool:
    for c in verb.children:
        if c.dep_ in ("dobj", "attr") and c.lemma_.lower() in AIR_WEAPONS:
            return True
        if c.dep_ == "dobj" and any(g.dep_ == "conj" and g.lemma_.lower() in AIR_WEAPONS for g in c.children):
            return True
        if c.dep_ == "dobj" and any(p.dep_ == "prep" and p.lower_ == "of" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in AIR_WEAPONS for g in p.children) for p in c.children):
            return True  # "launched a wave of drones", "fired a barrage of missiles"
        if c.dep_ == "prep" and c.lower_ == "with" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in AIR_WEAPONS for g in c.children):
            return True  # "Russia attacked Ukraine with 40 drones"
    return False


def launcher(finder: Any, trigger: Any) -> Actor | None:
    """The armed actor told before ``trigger``'s sentence as launching weapons of the air (the
    nearest one); None when none is told."""
    if trigger is None or getattr(trigger, "doc", None) is None:
        return None
    doc = trigger.doc
    start = sentence_of(doc, trigger.i).start  # the doc's kept sentences (Token.sent, Doc.sents walk the doc)
    sents = [s for s in sentences(doc)[0] if s.end <= start][-BACK_SENTENCES:]
    lemmas = lemma_lowers(doc)
    for sent in reversed(sents):
        if AIR_WEAPONS.isdisjoint(lemmas[sent.start : sent.end]):
            continue
        for verb in reversed([t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in LAUNCH_VERBS]):
            if not _air_object(verb):
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            m = finder.mention_at(subj)
            if m is not None:
                a = m.actor
                if (a.inter or 0) in (1, 2, 3, 8) and not a.name.startswith("Unidentified"):
                    return Actor(a.name, a.inter, m.text, a.country)
                continue
            state = state_speaker(subj)  # "Russia launched 40 drones"
            if state is not None:
                return state
    return None


def sole_air_power(iso: str | None, dictionary: Any, *, text: str = "",
                   published: dt.date | None = None) -> Actor | None:
    """The state that alone strikes from the air over the country ``iso`` (None where none or two, before
    :data:`SOLE_AIR_POWER_SINCE` or with no ``published`` date there, and where ``text``, the article,
    tells of a part held by that state: "the Russian-installed mayor")."""
    striker = SOLE_AIR_POWER.get(iso or "")
    if striker is None:
        return None
    since = SOLE_AIR_POWER_SINCE.get(iso or "")
    if since is not None and (published is None or published < since):
        return None
    held = HELD_BY_STRIKER.get(iso or "")
    if held is not None and held.search(text):
        return None
    name = f"Military Forces of {of_country(striker)}"
    entry = dictionary.get(name) if dictionary is not None else None
    inter = 8  # a state's forces outside their country
    return Actor(name=entry.name if entry is not None else name, inter=inter, text=None, country=striker)


def strike_launcher(r: Any, finder: Any, trigger: Any, iso: str | None) -> None:
    """An air or drone strike no one is said to have made (``r``: its roles): the launcher told before
    it, else the one side that strikes from the air there; never a party already hit by it."""
    found = launcher(finder, trigger)
    note = NOTE_LAUNCHER
    if found is None or (iso is not None and found.country == iso):
        # "Hamas fighters attacked troops with drones ... An airstrike killed 12 in Rafah": a side that
        # launches from the struck country's own ground does not strike it from the air where one other side does
        text = doc_text(trigger.doc) if trigger is not None else ""  # (Doc.text joins a token object per word)
        sole = sole_air_power(iso, finder.dictionary, text=text,
                              published=published_of(trigger.doc) if trigger is not None else None)
        if sole is not None or found is None:
            found, note = sole, NOTE_SOLE
    if found is None or any(a is not None and a.name == found.name for a in (r.actor2, *r.assoc_actor_2)):
        return
    r.actor1 = found
    r.notes.append(f"{note}: {found.name}")


#: nouns of strikes whose "on"/"against" phrase names what was hit
STRIKE_NOUNS = frozenset("""airstrike airstrikes strike strikes raid raids attack attacks bombardment bombardments
    shelling bombing bombings""".split())
#: nouns of what an armed side holds: "positions of", "targets of", "a base of" the group
HELD_NOUNS = frozenset("""position positions target targets site sites base bases post posts hideout hideouts
    stronghold strongholds headquarters camp camps depot depots gathering gatherings""".split())


def positions_owner(target: Any, finder: Any) -> Any:
    """The armed group whose positions a strike hit: "carried out 14 airstrikes on positions of
    Hayat Tahrir al-Sham", "struck Hezbollah's positions", "strikes on targets of the Houthis" (the
    group's token; None when the text names none)."""
    if target is None:
        return None
    if target.lemma_.lower() in STRIKE_NOUNS:
        # "airstrikes on positions", or "carried out airstrikes | on positions" (the verb's phrase)
        holders = [target] + ([target.head] if target.dep_ == "dobj" else [])
        target = next((g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                       for g in c.children if g.dep_ == "pobj"), None)
        if target is None:
            return None
    if target.lemma_.lower() not in HELD_NOUNS:
        return None
    for c in target.children:
        cands = [c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"] if (
            c.dep_ == "prep" and c.lower_ == "of") else []
        for g in cands:
            m = finder.mention_at(g)
            if m is not None and (m.actor.inter or 0) in (1, 2, 3, 4, 8):
                return g
    return None


#: verbs of stopping weapons of the air in flight
INTERCEPT_VERBS = frozenset("shoot intercept down destroy neutralise neutralize repel".split())


def interception_launcher(r: Any, finder: Any, trigger: Any) -> None:
    """"Russian forces launched 40 drones ... Air defences shot down 27 of them": the launcher told before
    an interception is its actor 2 (``r``: the interception's roles, actor 2 not yet named)."""
    if trigger is None or trigger.lemma_.lower() not in INTERCEPT_VERBS:
        return
    found = launcher(finder, trigger)
    if found is not None and (r.actor1 is None or found.name != r.actor1.name):
        r.actor2 = found
        r.notes.append(f"actor 2: the launcher told before the interception: {found.name}")
