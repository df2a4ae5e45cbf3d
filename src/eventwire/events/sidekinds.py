"""ACLED's kinds of sides: civilian groups as associated actors ("Journalists (Mexico)"), mutinies.

ACLED codes the victims of violence against civilians as "Civilians (<Country>)" and, when the text
says they were of a kind it tracks, adds that kind as the associated actor of the civilians:
journalists, health workers, aid workers, teachers and students ("gunmen shot dead a journalist":
Civilians (Mexico) with Journalists (Mexico)). A crowd of one of these kinds is the associated actor of
the protesters ("students protested": Protesters (Pakistan) with Students (Pakistan)).

:func:`civilian_groups` reads the nouns of the event's sentence: a noun of a kind that is a victim (an
object of a verb, the subject of a passive one, joined to one of those, or after "on", "at",
"against") adds the kind to the civilians; one that is the subject of a protest verb, or the noun a
participle of protest modifies, adds it to the protesters. A sentence without any of the words
costs one set test.

:func:`mutineers`: soldiers who mutiny are ACLED's "Mutiny of Military Forces of <Country>" (a political
militia, inter 3), not the state's forces: "soldiers mutinied at a barracks", "mutinous soldiers seized
the broadcaster", "mutineers fired into the air" (the subject: actor 1); "troops put down a mutiny" keeps
the loyal army as actor 1, and "clashed with mutineers" makes the mutineers actor 2.
"""

from __future__ import annotations

from typing import Any

from ..records import Actor
from .genericactors import generic
from .story import sentence_of
from .words import words_of

MUTINY_WORDS = frozenset("mutiny mutinies mutinied mutinying mutinous mutineer mutineers".split())
_SUBJECT_DEPS = frozenset(("nsubj", "agent", "ROOT"))

#: noun lemmas of each kind (one word)
KIND_NOUNS: dict[str, str] = {
    **dict.fromkeys("journalist journalists reporter reporters photographer photographers photojournalist "
                    "photojournalists cameraman cameramen correspondent correspondents".split(), "Journalists"),
    **dict.fromkeys("doctor doctors nurse nurses medic medics paramedic paramedics midwife midwives".split(),
                    "Health Workers"),
    **dict.fromkeys("teacher teachers".split(), "Teachers"),
    **dict.fromkeys("student students pupil pupils schoolchildren schoolgirls schoolboys".split(), "Students"),
}
#: "<modifier> worker(s)": the kind the modifier makes of the worker
WORKER_KINDS = {"health": "Health Workers", "healthcare": "Health Workers", "medical": "Health Workers",
                "aid": "Aid Workers", "humanitarian": "Aid Workers", "relief": "Aid Workers"}
_WORKERS = frozenset(("worker", "workers"))
_VOCAB = frozenset(KIND_NOUNS) | _WORKERS
PROTEST_LEMMAS = frozenset("protest demonstrate rally march strike picket".split())
_CROWD_COUNTS = frozenset("hundred thousand dozen score group crowd".split())
_VICTIM_DEPS = frozenset(("dobj", "nsubjpass", "appos"))
_VICTIM_PREPS = frozenset(("on", "at", "against", "among", "including"))
_ALL_WORDS = _VOCAB | MUTINY_WORDS


def _kind(tok: Any) -> str | None:
    low = tok.lower_
    if low in KIND_NOUNS:
        return KIND_NOUNS[low]
    if low in _WORKERS:
        return next((WORKER_KINDS[c.lower_] for c in tok.children
                     if c.dep_ in ("compound", "amod") and c.lower_ in WORKER_KINDS), None)
    return None


def _victim(tok: Any) -> bool:
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in _VICTIM_DEPS:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in _VICTIM_PREPS


def _protester(tok: Any) -> bool:
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _CROWD_COUNTS:
        tok = tok.head.head  # "hundreds of students protested"
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in PROTEST_LEMMAS:
        return True
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in PROTEST_LEMMAS for c in tok.children)


def _label(actor: Actor) -> str | None:
    """"Syria" of "Civilians (Syria)"."""
    name = actor.name
    i = name.find(" (")
    return name[i + 2 : -1] if i > 0 and name.endswith(")") else None


def _add(group: list[Actor], kind: str, of: Actor) -> None:
    country = _label(of)
    if country is None:
        return
    name = f"{kind} ({country})"
    if all(a.name != name for a in group):
        group.append(Actor(name=name, inter=7, country=of.country))


def side_kinds(r: Any, trigger: Any, *, protest: bool, iso: str | None, country: str | None) -> None:
    """The civilian groups and the mutinies of the sides of ``r`` (a Roles)."""
    if trigger is None:
        return
    found = words_of(trigger.doc) & _ALL_WORDS  # the article's words first: most have none of them
    if not found:
        return
    if found & _VOCAB:
        civilian_groups(r, trigger, protest=protest)
    if found & MUTINY_WORDS:
        mutineers(r, trigger, iso=iso, country=country)


def _mutiny_side(tok: Any) -> int | None:
    """1 when the mutiny word ``tok`` names the doers of its sentence, 2 when their target, None when
    neither ("put down a mutiny", "after the mutiny")."""
    low = tok.lower_
    if low in ("mutinied", "mutinying") or tok.pos_ == "VERB":
        return 1
    if low == "mutinous":
        tok = tok.head
    elif low not in ("mutineer", "mutineers"):
        return None
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in _SUBJECT_DEPS:
        return 1
    if tok.dep_ in ("dobj", "nsubjpass") or tok.dep_ == "pobj" and tok.head.lower_ in ("with", "against", "on"):
        return 2
    return None


def _mutiny_of(actor: Actor | None, iso: str | None, country: str | None) -> Actor | None:
    if actor is not None and actor.name.startswith("Unidentified Armed Group"):
        actor = None  # "mutineers fired at a camp": the unnamed armed men are the army's mutineers
    if actor is not None and (actor.inter != 1 or not actor.name.startswith("Military Forces of ")):
        return None  # a named group or the police: not the army's mutiny
    army = actor or generic("state", iso, country)
    if army is None:
        return None
    return Actor(name=f"Mutiny of {army.name}", inter=3, text=army.text, country=army.country)


def mutineers(r: Any, trigger: Any, *, iso: str | None, country: str | None) -> None:
    """Soldiers who mutiny as "Mutiny of Military Forces of <Country>" (see the module)."""
    sent = trigger.sent
    if not words_of(sent) & MUTINY_WORDS:
        return
    side = next((s for tok in sent if tok.lower_ in MUTINY_WORDS and (s := _mutiny_side(tok))), None)
    if side == 1:
        r.actor1 = _mutiny_of(r.actor1, iso, country) or r.actor1
    elif side == 2 and (r.actor2 is None or r.actor2.inter in (1, 7)):
        r.actor2 = _mutiny_of(r.actor2 if r.actor2 is not None and r.actor2.inter == 1 else None, iso, country) or r.actor2


def civilian_groups(r: Any, trigger: Any, *, protest: bool) -> None:
    """Add the civilian kinds of the sentence of ``trigger`` to the associated actors of the
    civilians (actor 2) or of the protesters (actor 1, when ``protest``) of ``r`` (a Roles)."""
    sent = sentence_of(trigger.doc, trigger.i)  # the doc's kept sentence (Token.sent walks the doc)
    if not words_of(sent) & _VOCAB:
        return
    civ = r.actor2 if r.actor2 is not None and r.actor2.inter == 7 and r.actor2.name.startswith("Civilians (") else None
    crowd = r.actor1 if protest and r.actor1 is not None and r.actor1.inter in (5, 6) else None
    if civ is None and crowd is None:
        return
    for tok in sent:
        if tok.lower_ not in _VOCAB:
            continue
        kind = _kind(tok)
        if kind is None:
            continue
        if crowd is not None and (_protester(tok)):
            _add(r.assoc_actor_1, kind, crowd)
        elif civ is not None and _victim(tok):
            _add(r.assoc_actor_2, kind, civ)
