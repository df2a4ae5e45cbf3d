"""Rulers, peoples and loyal forces as the sides of an act (helper ACT3, twenty-eighth session).

ACLED codes the state's force where the news names a state by its ruler, its people or its loyalists.
The roles read such a doer as a civilian (a person's name, a people), an unidentified armed group, or
nothing. Called by :func:`eventwire.events.roles.assign_roles` after
:func:`eventwire.events.statedoers.state_sides`:

- a ruler as the doer: "Erdogan has seized territory", "Putin's air force pinned them down" (where the
  article titles him with his country), "the US
  president launched missile strikes", "Russia's defence minister ordered strikes": his state's military
  in an armed act, its police in an arrest, its government in an agreement. The ruler's country comes
  from his title's own country ("the Turkish president", "Syria's president, X", "President of Iran");
  a bare name ("Erdogan said") takes the title the article gives that name elsewhere ("Turkish President
  Recep Tayyip Erdogan ... Erdogan"), never a list of names; a title with no country ("President X"
  throughout) names none, and "former", "opposition" or "chief minister" name no ruler;
- a people as the doer of an armed act or an arrest: "the Russians struck the town", "the Turks
  shelled", "held by the Kurds" (:mod:`eventwire.events.peopledoers`): its armed side; a people an
  armed act was done against ("attacks against the Turks"): that side as actor 2;
- a national capital is no doer of an armed act here: "Ankara is fighting the militia" and "Ankara has
  engaged the party" speak of a state's policy (a capital launching an act noun is read by
  :mod:`eventwire.events.campaigndoers`, a capital as a party of an agreement by
  :mod:`eventwire.events.stateparties`);
- a state named by its country as a party of an agreement ("Turkey and Russia agreed a ceasefire",
  :mod:`eventwire.events.stateparties`): its government;
- "forces loyal to <ruler>" or "troops loyal to the government": the state's military, not an
  unidentified armed group ("shelling by forces loyal to Assad");
- "they" as the doer of an armed act whose sentence names no armed side: the one armed side the
  sentence before names ("... was not let go by the militias. 'Last night they bombed the hospital'");
  none when that sentence names two sides or none.

Each rule is gated by a cheap word test before any walk; the article's rulers are read once per
document (``doc.user_data``).
"""

from __future__ import annotations

from typing import Any

from ..actors.countries import country_of, of_country
from ..records import Actor
from .campaigndoers import OWNER_DEPS
from .doers import UNIDENTIFIED
from .peopledoers import PEOPLE_WORDS, opposed_people, people_force
from .sides import ARMED_INTERS
from .statedoers import ARMED, CROWD_CHECKS, GOVERNMENT, MILITARY, POLICE, RULER_TITLES, _forces_of, span
from .stateparties import agreement_states

#: Nouns of a ruler's title ("the Turkish president", "Russia's defence minister").
TITLES = RULER_TITLES | frozenset(("sultan", "chancellor"))
#: The title words of a ruler or of a minister who commands ("prime minister", "defence minister").
TITLE_WORDS = TITLES | frozenset(("minister",))
#: Ministers who command a state's forces or rule it ("prime minister", "defence minister").
MINISTER_MODS = frozenset("prime defence defense interior war".split())
#: Words that make a title name no one now ruling ("former president", "opposition leader").
NOT_RULING = frozenset("""former ex late deputy vice opposition rebel party chief elect acting
    then-president would-be""".split())
#: Heads of a force a ruler owns ("Putin's air force", "Assad's troops").
FORCE_HEADS = frozenset("force forces troops army military soldiers jets warplanes aircraft regime".split())
#: Heads of "<heads> loyal to <ruler or government>".
LOYAL_HEADS = frozenset("forces troops soldiers units army".split())
#: A state named as a body that its loyal forces serve ("troops loyal to the government").
BODY_WORDS = frozenset("government regime state junta".split())
#: Sub-event types a ruler's state takes part in as its police or its government.
ARRESTS = "Arrests"
AGREEMENT = "Agreement"
_KEY = "eventwire.rulerdoers"


def ruler_sides(r: Any, finder: Any, decision: Any, *, sub: str, iso: str | None) -> None:
    """Mend ``r`` (roles.Roles) in place: a ruler, a people or loyal forces read as their state's force
    ("Erdogan has seized territory" -> Military Forces of Turkey)."""
    trigger = decision.trigger
    if trigger is None or not (sub in ARMED or sub in (ARRESTS, AGREEMENT) or sub in CROWD_CHECKS):
        return
    body = POLICE if sub == ARRESTS else GOVERNMENT if sub == AGREEMENT else MILITARY
    people = finder.dictionary if sub in ARMED or sub == ARRESTS else None
    if sub == AGREEMENT:  # "Turkey and Russia agreed a ceasefire": states as parties (stateparties)
        agreement_states(r, decision, finder=finder, iso=iso, body=GOVERNMENT, is_open=_open)
    if _open(r.actor1):
        found = _state_of(r.actor1, decision.agent.token, trigger, body=body, people=people, iso=iso)
        if found is None and sub in ARMED:
            found = _loyal_force(trigger) or _pronoun_side(finder, decision.agent.token, trigger)
        if found is not None and (r.actor2 is None or r.actor2.name != found.name):
            r.actor1 = found
            r.notes.append(f"actor1: the side a ruler, a people, loyal forces or 'they' name ({found.text})")
    if sub in ("Armed clash", *CROWD_CHECKS) and _open(r.actor2):
        found = _state_of(r.actor2, decision.patient.token, trigger, body=POLICE if sub in CROWD_CHECKS else MILITARY,
                          people=None, iso=iso)
        if found is not None and (r.actor1 is None or r.actor1.name != found.name):
            r.actor2 = found
            r.notes.append(f"actor2: a ruler is his state's force ({found.text})")
    if sub in ARMED and _open(r.actor2) and opposed_people(decision.patient.token):
        found = people_force(decision.patient.token, body=MILITARY, iso=iso, dictionary=finder.dictionary)
        if found is not None and (r.actor1 is None or r.actor1.name != found.name):
            r.actor2 = found  # "guerrilla attacks against the Turks": the side fought, not civilians
            r.notes.append(f"actor2: the people the act was done against ({found.text})")


def _open(a: Actor | None) -> bool:
    """A side the roles left open: none, civilians, an unidentified group or a fallback with no words."""
    return a is None or (a.inter or 0) == 7 or a.name.startswith(UNIDENTIFIED) or not (a.text or "").strip()


def _state_of(a: Actor | None, tok: Any, trigger: Any, *, body: str, people: Any, iso: str | None) -> Actor | None:
    """The force of the state whose ruler the side's words name, or of the people they name where
    ``people`` (the actor dictionary, for a stateless people's named side) is given; else None."""
    toks = [tok] if tok is not None else []
    words = (a.text or "").split() if a is not None else []
    if words:  # the roles' words: "Vladimir Putin" read from "Putin's air force"
        last = words[-1]
        toks += [t for t in trigger.sent if t.text == last and (tok is None or t.i != tok.i)]
    for t in toks:
        if t.lower_ in PEOPLE_WORDS:  # "the Russians struck", "the Turks shelled", "fell to the Kurds"
            # (a people is no ruler; "two Syrians attacked a patrol" is a few people, not a state)
            found = people_force(t, body=body, iso=iso, dictionary=people) if people is not None else None
            if found is not None:
                return found
            continue
        if t.lower_ in FORCE_HEADS:  # "Putin's air force", "Erdogan's troops"
            t = next((c for c in t.children if c.dep_ == "poss"), t)
        iso = ruler_country(t)
        if iso is not None:
            return _force(body, iso, span(t))
    return None


def _force(body: str, iso: str, text: str) -> Actor:
    """ACLED's state actor of ``body`` ("Military Forces of ") for ``iso``."""
    return Actor(body + of_country(iso), 1, text, iso)


def ruler_country(tok: Any) -> str | None:
    """The ISO3 code of the state whose ruler ``tok`` names: a title with its country ("the Syrian
    president", "Russia's defence minister"), a person the article titles so anywhere ("Turkish
    President Recep Tayyip Erdogan ... Erdogan"), or a ruler the actor rules know ("Assad"); else None."""
    if tok is None:
        return None
    if tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in TITLE_WORDS and _is_title(tok):
        return _title_country(tok)
    if tok.pos_ != "PROPN" or country_of(tok.text) is not None:
        return None
    titled = _article_rulers(tok.doc).get(tok.lower_)
    if titled is not None:
        return titled
    forces = _forces_of(tok.lower_)  # "Assad" as in "Assad forces"
    return forces.country if forces is not None else None


def _is_title(tok: Any) -> bool:
    """``tok`` is a ruler's title, not a former or opposition one ("the Turkish president", "prime minister")."""
    low = tok.lemma_.lower()
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    if low == "minister":
        return bool(mods & MINISTER_MODS) and not mods & NOT_RULING
    return low in TITLES and not mods & NOT_RULING and not any(m.startswith("ex-") for m in mods)


def _title_country(title: Any) -> str | None:
    """The country a ruler's title names: its demonym, possessive or compound ("Turkish president",
    "Syria's president", "US president") or its "of" ("the president of Iran")."""
    for c in title.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod"):
            iso = country_of(c.text) or country_of(c.text.removesuffix("'s"))
            if iso is not None:
                return iso
        elif c.dep_ == "prep" and c.lower_ == "of":
            for g in (g for g in c.children if g.dep_ == "pobj"):
                iso = country_of(g.text)
                if iso is not None:
                    return iso
    return None


def _article_rulers(doc: Any) -> dict[str, str]:
    """Each titled ruler's name (its last word, lower case) in ``doc`` -> his country, read once per
    document from a title tied to the name ("Turkish President Recep Tayyip Erdogan", "Bashar al-Assad,
    Syria's president", "the Russian president, Vladimir Putin", "X, who is Turkey's leader")."""
    cache = doc.user_data.get(_KEY)
    if cache is not None:
        return cache
    found: dict[str, str] = {}
    for t in doc:
        if t.pos_ not in ("NOUN", "PROPN") or t.lower_ not in TITLE_WORDS or not _is_title(t):
            continue
        name = _titled_name(t)
        if name is None or name.lower_ in found:
            continue
        iso = _title_country(t) or _title_country(name) or _before_country(t)
        if iso is not None:
            found[name.lower_] = iso
    doc.user_data[_KEY] = found
    return found


def _titled_name(title: Any) -> Any:
    """The name a title is tied to: its head ("President Erdogan", "X, Turkey's leader"), its
    apposition ("the Syrian president, X") or the subject of its relative clause ("X, who is Turkey's
    dictator"); None for a title standing alone."""
    head = title.head
    if title.dep_ in ("compound", "appos") and head.pos_ == "PROPN":
        return head
    if title.dep_ == "attr" and head.dep_ == "relcl" and head.head.pos_ == "PROPN":
        return head.head
    return next((c for c in title.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def _before_country(title: Any) -> str | None:
    """A country told just before a title ("Turkish President Erdogan" parsed flat)."""
    if title.i == 0:
        return None
    prev = title.doc[title.i - 1]
    if prev.lower_ == "'s" and title.i >= 2:
        prev = title.doc[title.i - 2]
    return country_of(prev.text)


def _loyal_force(trigger: Any) -> Actor | None:
    """The state's military named as "forces loyal to <ruler or the government>" in the act's sentence
    ("shelling by forces loyal to Assad"; not "militias loyal to the government": its militias)."""
    sent = trigger.sent
    if "loyal" not in sent.text.lower():  # the cheap word test before the walk
        return None
    for t in sent:
        if t.lower_ != "loyal" or t.head.lower_ not in LOYAL_HEADS:
            continue
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "to"):
            for g in (g for g in prep.children if g.dep_ == "pobj"):
                iso = ruler_country(g)
                if iso is None and g.lower_ in BODY_WORDS:
                    iso = next((country_of(c.text) for c in g.children
                                if c.dep_ in ("amod", "compound", "poss") and country_of(c.text)), None)
                if iso is not None:
                    return _force(MILITARY, iso, sent.doc[t.head.i: g.i + 1].text)
    return None


def _pronoun_side(finder: Any, tok: Any, trigger: Any) -> Actor | None:
    """The one armed side the sentence before names, for "they" as the doer ("Kurdish militias held
    the town. Last night they bombed the hospital"), by the actor mentions that head a noun phrase;
    None when that sentence names none or two, or the act's own sentence names an armed side before "they"."""
    if tok is None or tok.lower_ != "they" or tok.dep_ != "nsubj":
        return None
    sent = trigger.sent
    if sent.start == 0:
        return None
    prev = sent.doc[sent.start - 1].sent
    if any(_armed(finder.by_token.get(i)) for i in range(sent.start, tok.i)):
        return None  # "Rebels say they conducted ...": the sentence's own side
    sides = {m.actor.name: m for i in range(prev.start, prev.end)
             if _armed(m := finder.by_token.get(i)) and sent.doc[i].dep_ not in OWNER_DEPS}  # a modifier names no side
    if len(sides) != 1:
        return None
    m = next(iter(sides.values()))
    return Actor(m.actor.name, m.actor.inter, m.text, m.actor.country)




def _armed(m: Any) -> bool:
    """An actor mention of an armed side (a state's force, rebels, a militia, a coalition)."""
    return m is not None and (m.actor.inter or 0) in ARMED_INTERS
