"""Words of war that tell no act of their own, and military materiel destroyed in fighting.

- :func:`materiel_destroyed`: "Ukrainian forces destroyed three Russian tanks near Avdiivka", "troops
  destroyed an enemy ammunition convoy": the destruction of a foe's armour, guns or convoys by an armed
  side, with no remote means told, is combat (ACLED's Armed clash, the General Staff reports' usual
  shape), not property destruction and not weapons seized. With a means told ("drones destroyed two
  tanks", "HIMARS fire destroyed an ammunition depot") the means decide, as before.
- :func:`alert_word`: a strike word that only names an alert ("air raid alerts sounded across Ukraine",
  "an air-raid siren", "rocket alert sirens", "an air raid shelter"): no strike.
- :func:`report_channel`: a diplomacy word that is only the channel of a report ("the armed forces said in
  a communique", "according to a statement"): no diplomatic event.
- :func:`fiction_about`: an act that a film, a novel, a play or a game is about ("a film about a suicide
  bomber's last day", "the novel depicts the kidnapping of a girl"): no event.
"""

from __future__ import annotations

from typing import Any

from .lexicon import CueHit

#: military materiel whose destruction by an armed side is fighting
MATERIEL_WORDS = frozenset(
    """tank tanks howitzer howitzers apc apcs ifv ifvs bmp bmps btr btrs launcher launchers helicopter helicopters
    convoy convoys dugout dugouts bunker bunkers trench trenches emplacement emplacements artillery
    gun-truck gun-trucks technical technicals""".split()
)
#: what makes a vehicle, a system or a piece military ("an armoured vehicle", "an air defence system")
MILITARY_MODS = frozenset(
    """armoured armored military combat infantry fighting artillery defence defense missile radar ammunition
    enemy self-propelled""".split()
)
MILITARY_HEADS = frozenset("vehicle vehicles system systems piece pieces position positions depot depots truck trucks".split())
#: tanks that hold water or fuel, not guns
NOT_MILITARY_MODS = frozenset("water fuel oil storage septic gas petrol diesel fish think".split())
DESTROY_LEMMAS = frozenset(("destroy",))
#: the categories a "destroyed" cue is read as when its object is a foe's materiel
MATERIEL_CATS = frozenset(("LOOT", "RIOT", "SEIZE_VERB"))


def _military_object(obj: Any) -> bool:
    low = obj.lower_
    lem = obj.lemma_.lower()
    mods = {c.lower_ for c in obj.children if c.dep_ in ("amod", "compound", "nmod")}
    if mods & NOT_MILITARY_MODS:
        return False
    if low in MATERIEL_WORDS or lem in MATERIEL_WORDS:
        return True
    return (low in MILITARY_HEADS or lem in MILITARY_HEADS) and bool(mods & MILITARY_MODS)


def materiel_destroyed(tok: Any, *, remote: set[int], kind_of: Any) -> bool:
    """``tok`` ("destroyed") tells an armed side destroying a foe's military materiel, with no remote
    means in the sentence (``remote``: the tokens of its means cues; a howitzer destroyed is no means
    used): fighting. ``kind_of`` gives an argument's actor kind."""
    if tok.lemma_.lower() not in DESTROY_LEMMAS or tok.pos_ != "VERB":
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for o in objs for g in o.conjuncts]
    if not any(_military_object(o) for o in objs):
        return False
    if remote - {t.i for o in objs for t in o.subtree}:
        return False  # "drones destroyed two tanks": the means decide
    doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if doer is None:
        doer = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if doer is None and tok.dep_ == "conj":
        doer = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return doer is not None and kind_of(doer) in ("state", "nonstate", "armed")


def materiel_hits(doc: Any, hits: list[CueHit], *, kind_of: Any, remote: set[int]) -> tuple[set[int], list[CueHit]]:
    """(the starts of the cue hits read otherwise, the CLASH cues that replace them) for each "destroyed"
    told of a foe's materiel (see :func:`materiel_destroyed`)."""
    gone: set[int] = set()
    new: list[CueHit] = []
    for h in hits:
        if h.category not in MATERIEL_CATS or h.end - h.start != 1 or h.start in gone:
            continue
        if materiel_destroyed(doc[h.start], remote=remote, kind_of=kind_of):
            gone.add(h.start)
            new.append(CueHit("CLASH", "materiel destroyed", h.start, h.end, h.weight))
            objs = [c for c in doc[h.start].children if c.dep_ in ("dobj", "nsubjpass")]
            gone |= remote & {t.i for o in objs for t in o.subtree}  # "destroyed two howitzers": a target, no means
    return gone, new


#: what a strike word may only name the alarm of
ALERT_WORDS = frozenset("alert alerts alarm alarms siren sirens warning warnings shelter shelters drill drills".split())


def alert_word(tok: Any) -> bool:
    """``tok`` (a strike word) modifies an alert, an alarm, a siren or a shelter ("air raid alerts sounded",
    "an air-raid siren", "the air raid shelter"): no strike told."""
    if tok.pos_ == "VERB":  # "an air-raid siren went off"
        return any(c.dep_ == "nsubj" and (c.lemma_.lower() in ALERT_WORDS or c.lower_ in ALERT_WORDS) for c in tok.children)
    t = tok
    for _ in range(3):
        if t.dep_ not in ("compound", "amod", "nmod") or t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in ALERT_WORDS or t.lower_ in ALERT_WORDS:
            return True
    return False


#: the words of a report's channel
CHANNEL_WORDS = frozenset("communique communiqué communiques statement statements".split())
#: the verbs of telling ("the Air Force said"); a report's channel may also be claimed or published in
TELLING_VERBS = frozenset("say report announce add state tell confirm warn write post".split())
CHANNEL_VERBS = (TELLING_VERBS - {"warn"}) | {"claim", "publish"}


def report_channel(tok: Any) -> bool:
    """``tok`` (a DIPLO cue word) is the channel a report was told in: "the army said in a communique",
    "according to a communiqué from the ministry"."""
    if tok.lower_ not in CHANNEL_WORDS or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in ("in", "through", "via") and prep.head.lemma_.lower() in CHANNEL_VERBS:
        told = [c for c in prep.head.children if c.dep_ in ("ccomp", "xcomp")]
        told += [c for c in tok.children if c.dep_ in ("acl", "relcl")]  # "a communiqué that its fighters ..."
        # not a group's word on its own fighters' act ("said in a communique that its fighters ambushed")
        return not any(s.lower_ in OWN_WORDS for c in told for s in c.subtree if s.dep_ in ("poss", "nsubj"))
    return prep.lower_ == "to" and prep.head.lower_ == "according"


#: works of fiction and shows that acts may be the subject of
FICTION_WORDS = frozenset(
    """film films movie movies novel novels play plays documentary documentaries series book books game games
    video-game musical opera song songs painting exhibition exhibitions""".split()
)
FICTION_VERBS = frozenset("depict portray show tell recount dramatise dramatize explore chronicle describe imagine".split())


def fiction_about(tok: Any) -> bool:
    """``tok`` (an act's word) is what a film, a novel or a game is about or depicts: "the film, about a
    suicide bomber's last day, premiered", "a documentary on the abduction", "the novel depicts the kidnapping
    of a girl"."""
    t = tok
    for _ in range(5):
        if t.head.i == t.i:
            return False
        head = t.head
        if t.dep_ == "pobj" and head.lower_ in ("about", "on") and (
            head.head.lemma_.lower() in FICTION_WORDS or head.head.lower_ in FICTION_WORDS
        ):
            return True
        if t.dep_ in ("dobj",) and head.lemma_.lower() in FICTION_VERBS and any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in FICTION_WORDS or c.lower_ in FICTION_WORDS) for c in head.children
        ):
            return True
        if t.dep_ not in ("pobj", "prep", "compound", "amod", "poss", "nmod", "dobj"):
            return False
        t = head
    return False


#: the remote means whose act a movement of forces may be only the setting of
SETTING_ACTS = frozenset("CHEM SUICIDE AIR SHELL GRENADE IED BLAST".split())
SETTING_MARKS = frozenset("as while when".split())


def capture_misread(doc: Any, h: CueHit, hits: list[CueHit]) -> bool:
    """A capture cue that tells no place taken: forces entering a place as the setting of a blast ("a
    bomb exploded as Israeli troops entered the camp"), a vehicle falling into a gorge ("the bus fell
    into a gorge", told by an accident cue too), one bomber or gunman walking into a place ("a suicide
    bomber walked into a training camp and detonated his explosives"), a figure falling to a level ("the
    naira fell to a record low")."""
    if h.category not in ("CAPTURE", "REGAIN"):
        return False
    verb = doc[h.start]
    if any(o.category == "MANMADE" and o.start <= h.start < o.end for o in hits):
        return True  # "the bus fell into a gorge"
    if verb.lemma_.lower() == "fall" and any(
        g.lemma_.lower() in LEVEL_WORDS or g.like_num or g.lower_ in ("%", "percent")
        for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "into") for g in p.subtree
    ):
        return True  # "the naira fell to a record low", "turnout fell to 30 percent", "fell into recession"
    if verb.lemma_.lower() == "walk":
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.tag_ in ("NN", "NNP") or any(o.category == "SUICIDE" for o in hits):
            return True  # "a suicide bomber walked into a training camp"
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SETTING_MARKS for c in verb.children):
        main = verb.head
        means = {i for o in hits if o.category in SETTING_ACTS for i in range(o.start, o.end)}
        if main.i in means or any(c.i in means for c in main.children if c.dep_ in ("nsubj", "nsubjpass")):
            return True  # "a bomb exploded as troops entered the camp": where the blast happened
    return False


OWN_WORDS = frozenset("it its we our they their".split())
#: what a figure falls to ("a record low", "its lowest level", "recession"): no place falls
LEVEL_WORDS = frozenset("low lows high highs level levels minimum percent recession deficit rate zero".split())


def air_force_teller(doc: Any, h: CueHit) -> bool:
    """An "air force" cue that names only who tells ("Russia has launched 9,000 missiles since 2022, the Air
    Force said", "the Air Force said it would receive new jets"): no air means, unless the air force tells
    its own act ("the Air Force said it struck a camp", "... its jets bombed")."""
    if not h.phrase.startswith("air force"):
        return False
    tok = doc[h.start : h.end].root
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in TELLING_VERBS:
        return False
    told = [c for c in tok.head.children if c.dep_ in ("ccomp", "xcomp")]
    return not any(s.lower_ in OWN_WORDS for c in told for s in c.children if s.dep_ in ("nsubj", "nsubjpass", "poss")) and not any(
        s.lower_ in OWN_WORDS for c in told for s in c.subtree if s.dep_ == "poss")


def blown_up_by_someone(verb: Any, causes: frozenset[str]) -> bool:
    """``verb`` ("blown") tells a passive "was blown up" with no accident's cause as its agent: someone blew
    it up ("a gas pipeline was blown up near Al-Arish", "... by unidentified men"); an accident is told as
    "exploded" or "was blown up by a gas leak" (``causes``: the accident words)."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(
        g.lemma_.lower() in causes for c in verb.children if c.dep_ == "agent" for g in c.subtree)


SANCTION_NOUNS = frozenset("embargo embargoes sanction sanctions".split())


def body_sanction(sent: Any, h: CueHit, hits: list[CueHit]) -> bool:
    """A restriction read off the parse (``h``) that is an international body's sanction ("the UN Security
    Council extended the arms embargo on South Sudan", "the EU imposed sanctions on ..."): a measure of
    diplomacy, no restriction imposed in a conflict."""
    if h.category != "OTHER" or not any(o.category == "DIPLO" for o in hits):
        return False
    verb = sent.doc[h.start]
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in SANCTION_NOUNS for c in verb.children)
