"""Which strategic-development cues in a sentence tell of a development that happened.

Long articles mention arrests, withdrawals, truces and flight all the time without reporting one: "he
has been in detention since May", "the US decision to pull out of the nuclear deal", "a role in peace
talks", "the men fled". ACLED codes a strategic development when it happens (an arrest made, troops
withdrawn, a ceasefire agreed, thousands displaced); the predicates here keep only those cues. Police
work (ordinary persons arrested over a crime or an accident, :func:`police_case`) and totals of the
displaced over years are no such development. Movements of forces and bases set up that the phrase
list cannot see are found from the parse (:func:`bases_established`; movements of forces in
:mod:`eventwire.events.movements`).
"""

from __future__ import annotations

from typing import Any

from .clause import WEAPON_WORDS, _word_kind, agent_of, arg_kind
from .lexicon import ARMED_WORDS, NONSTATE_WORDS, STATE_WORDS, CueHit
from .words import heads_with_child, needs_words, tokens_with, words_of

MASS_WORDS = frozenset("thousands hundreds dozens tens millions scores".split())
FORCE_WORDS = ARMED_WORDS | NONSTATE_WORDS | STATE_WORDS | frozenset(
    """reinforcements contingent contingents units tanks armour armoured columns warships jets fighters
    recruits recruit volunteers mercenaries peacekeepers group groups alliance faction factions brigade
    brigades front coalition movement militia militias wing reservists conscripts katiba katibas combatants
    ex-combatants""".split()
)
AGREE_VERBS = frozenset(
    """sign reach agree announce declare broker accept negotiate conclude seal strike mediate hold observe
    come take enter begin start extend commit ink""".split()
)


TAKEOVER_VERBS = frozenset("dissolve dissolution suspend oust topple depose overthrow".split())
COUP_MAKERS = frozenset("coup junta mutiny mutinous mutineers putschists military army soldiers officers".split())


def coup_happened(tok: Any) -> bool:
    """A coup staged or a takeover ("seized power in a coup", "staged a coup"), not one referred to
    ("the failed 2016 coup", "survived a coup attempt last month")."""
    v = tok if tok.pos_ in ("VERB", "AUX") else tok.head.head if tok.dep_ == "pobj" else tok.head
    if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
        return False  # "the junta, which seized power in a coup in February, ...": who the junta is
    if tok.lemma_.lower() in TAKEOVER_VERBS:  # "dissolved parliament", "overthrew the president": by soldiers, not
        return any(t.lower_ in COUP_MAKERS or _word_kind(t) in ("state", "armed") for t in tok.sent)  # a king calling elections
    if tok.lower_ not in ("coup", "coups", "attempt"):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "through", "by") and tok.head.head.lemma_.lower() in (
        "seize", "take", "topple", "oust", "overthrow", "remove", "depose", "grab", "detain", "arrest", "dissolve", "suspend"
    ):  # "detained the president and dissolved the government in a coup"
        return True
    return _done_noun(tok) and not any(c.lower_ in ("failed", "abortive", "attempted") for c in tok.children)


def _clause_words(tok: Any) -> set[str]:
    """Lower-case words of the clause of ``tok`` (its verb's subtree, its own subtree for a noun)."""
    v = tok
    for _ in range(5):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    return {t.lower_ for t in v.subtree if t.pos_ not in ("AUX", "VERB")} | {
        t.lemma_.lower() for t in v.subtree if t.pos_ not in ("AUX", "VERB")
    }


def _number(tok: Any) -> float:
    try:
        return float(tok.text.replace(",", ""))
    except ValueError:
        return 0.0


PEACEFUL_CAUSES = frozenset(
    """poverty unemployment economic economy hunger famine dam construction development project eviction
    inflation""".split()
)


def mass_displacement(tok: Any) -> bool:
    """"Thousands fled", "displaced 5,000 people": a mass of people, counted, leaves; not "the men
    fled" or "forcing him to flee"."""
    v = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if {t.lemma_.lower() for t in v.subtree} & PEACEFUL_CAUSES:
        return False  # fleeing poverty, displaced by a dam: not the conflict's doing
    if _cumulative(v):
        return False  # "have fled since the conflict began in 2011", "displaced by the war so far": a total
    people = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) and v.tag_ == "VBG":
        if v.dep_ == "advcl":  # "thousands crossed into Bangladesh, fleeing fighting"
            people += [c for c in v.head.children if c.dep_ == "nsubj"]
        elif v.dep_ == "acl":  # "families fleeing the camp arrived in Tawila"
            people.append(v.head)
    if v.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in v.children):  # "forced 10,000 people to flee"
        people += [c for c in v.head.children if c.dep_ == "dobj"]
    if tok.pos_ == "NOUN":  # "the displacement of 20,000 people"
        people += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    for p in people:
        if any(t.lower_ in ("villages", "communities", "households") and any(
            c.like_num or c.lower_ in ("several", "many", "dozens") for c in t.subtree) for t in p.subtree):
            return True  # "residents of at least 12 villages abandoned their homes"
        for t in p.subtree:
            if t.lower_ in MASS_WORDS or (t.like_num and _number(t) >= 50) or t.lower_ in ("million", "thousand"):
                return True
    return False


def mass_escape(tok: Any) -> bool:
    """"Nearly 900 prisoners escaped from the central prison": a mass escape (ACLED's "Other"); not one
    person's escape told as background ("he escaped from prison in 2015")."""
    v = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if _infinitive(v) or any(c.dep_ == "neg" for c in v.children) or _cumulative(v):
        return False
    for p in (c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")):
        for t in p.subtree:
            if t.lower_ in MASS_WORDS or t.lower_ in ("million", "thousand") or (t.like_num and _number(t) >= 10):
                return True
    return False


def _cumulative(v: Any) -> bool:
    """A total over a long time, not a flight that happened ("since the war began in 2011", "so far",
    "this year", "to date")."""
    toks = list(v.subtree)
    text = " ".join(t.lower_ for t in toks)
    if any(p in text for p in ("so far", "to date", "this year", "in total", "in recent years", "over the past", "since the start",
                               "since the beginning", "since the war", "since the conflict")):
        return True
    return any(t.lower_ == "since" and any(x.like_num and len(x.text) == 4 or x.lemma_.lower() in ("begin", "start", "erupt")
                                           for x in t.subtree) for t in toks)


# verbs whose object is an act that was done ("made several arrests", "staged a coup")
DOING_VERBS = frozenset(
    """make made carry carried conduct conducted effect stage staged launch launched mount mounted complete
    completed begin began start started order ordered announce announced""".split()
)


def _infinitive(tok: Any) -> bool:
    """"to arrest the killer", "instructed the Kurds to surrender": an act asked for, not done."""
    user = getattr(getattr(tok, "doc", None), "user_data", None)  # a doc's table; a test's stand-in token by token
    return (tok.i in heads_with_child(tok.doc, "aux", tag="TO") if user is not None else any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)) and tok.head.lemma_.lower() not in (
        "manage", "agree", "begin", "start", "continue", "decide"
    )


def _done_noun(tok: Any) -> bool:
    """An event noun that tells of an act done: the object of "make", "stage", "carry out", or a
    headline's root; not "after the arrest", "her arrest", "the Western withdrawal", "a coup attempt
    in 2016 was used to ..."."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in ("dozens", "hundreds", "scores", "series", "wave", "number"):
        tok = tok.head.head  # "made dozens of arrests"
    if any(c.dep_ == "poss" for c in tok.children) or tok.dep_ in ("pobj", "nsubj", "compound", "amod"):
        return False
    if any(c.dep_ in ("det", "neg") and c.lower_ == "no" for c in tok.children):
        return False  # "no arrests have been made"
    if tok.i + 2 < tok.sent.end and tok.doc[tok.i + 1].text == ":" and tok.i - tok.sent.start <= 3:
        return False  # "Myanmar coup: US slaps sanctions on ...": a headline's label for its story
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in DOING_VERBS or tok.head.lower_ in DOING_VERBS
    return tok.dep_ in ("ROOT", "nsubjpass")


def _mentioned_noun(tok: Any) -> bool:
    """An event noun used as a topic ("the Turkish deployment is opposed", "after the withdrawal",
    "Trump's troop withdrawals pose a conundrum")."""
    if tok.dep_ == "nsubj" or any(c.dep_ == "poss" for c in tok.children):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in ("after", "since", "before", "following", "despite", "over")


#: verbs that put a person into custody ("placed the mayor in custody", "threw them into detention")
PLACING_VERBS = frozenset("place put throw send remand".split())


def arrest_happened(tok: Any) -> bool:
    """An arrest made (a verb of arresting, "police made arrests"), not a state ("is still being held",
    "has been in detention since May") nor a mention ("after his arrest", "Ms Ravi's arrest had triggered")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.lower_ in ("custody", "detention", "jail"):
            verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into", "under") else None
            # "police placed the mayor in custody", "put them in detention": the placing is the arrest
            return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in PLACING_VERBS and arrest_happened(verb)
        return _done_noun(tok)
    if tok.pos_ == "ADP":  # the "in" of "in custody": "placed him in custody", not "remains / died in custody"
        verb = tok.head
        return verb.pos_ == "VERB" and verb.lemma_.lower() in PLACING_VERBS | {"take"} and arrest_happened(verb)
    if _infinitive(tok) or (tok.tag_ == "VBG" and tok.head.lemma_.lower() in ("stop", "end", "cease")):
        return False  # "to arrest those who killed him", "Stop arresting reporters"
    if tok.lemma_.lower() == "pick":  # "police picked up 20 workers", not "fighting picked up"
        pat = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        ag = agent_of(tok)
        return pat is not None and ag is not None and _word_kind(ag) == "state" and (
            _word_kind(pat) in ("civilian", "nonstate", "armed") or pat.tag_ in ("NNS", "NNPS")
            or pat.ent_type_ == "PERSON" or pat.lemma_.lower() in LEADER_NOUNS | PICKED_PERSONS
        )  # "picked up the spokesman of the opposition party", "picked up Ahmed Said"
    if tok.lemma_.lower() == "take" and not any(c.lower_ == "custody" for c in tok.subtree) and (
        _word_kind(agent_of(tok)) != "state" if agent_of(tok) is not None else True
    ):
        return False  # "taken to hospital", "children taken by their parents" (not "into custody")
    if any(c.dep_ in ("nsubjpass", "dobj") and (c.lower_ in ("nobody", "none") or (c.lower_ == "one" and any(
        d.lower_ == "no" for d in c.children))) for c in tok.children):
        return False  # "no one has been arrested", "police arrested nobody"
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass", "advmod")}
    if tok.lower_ in ("held", "holding", "hold", "detained") and aux & {"being", "still", "remains", "remain"}:
        return False  # "is still being held": a detention going on, not an arrest made
    if tok.dep_ in ("amod", "compound") or petty_arrest(tok):
        return False  # "detained journalists"; "arrested a man for stealing a phone"
    return not (tok.dep_ == "ROOT" and tok.tag_ == "VB" and not any(c.dep_ == "nsubj" for c in tok.children))


#: words of taking a person away that say nothing of an abduction ("took away", "whisked away"): an
#: arrest when the state's forces do it
_NEUTRAL_TAKING = ("took|take", "whisked away", "carry|carried")
#: ... unless the sentence says the person vanished ("their families have been unable to locate them")
_VANISHED = frozenset("""disappear abduct abduction kidnap kidnapping hostage hostages missing captive captives
    incommunicado whereabouts locate trace unaccounted vanish""".split())


def state_taking(hits: list[tuple[float, CueHit, Any]], actor_kind: Any = None) -> bool:
    """"Security officers took away the opposition leader from his home": state forces taking a person
    away with no word of an abduction or a disappearance are making an arrest (ACLED: Arrests)."""
    if not hits:
        return False
    _d, h, root = hits[0]
    if not h.phrase.startswith(_NEUTRAL_TAKING) or not _VANISHED.isdisjoint(words_of(root.sent)) or any(
            t.lemma_.lower() in ("see", "hear") and any(c.dep_ == "neg" for c in t.children) for t in root.sent):
        return False  # "have not been seen since"
    ag = agent_of(root)
    return ag is not None and arg_kind(ag, actor_kind) == "state"


def taken_into_custody(tok: Any) -> bool:
    """"Took the leader of the union into custody", "were taken into police custody": an arrest, whoever
    the persons are."""
    return tok.lemma_.lower() == "take" and any(
        c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ in ("custody", "detention") for g in c.children)
        for c in tok.children
    )


# who is arrested in a police case (not the significant persons or masses ACLED codes)
CASE_PERSONS = frozenset(
    """man woman men women boy girl teenager youth person persons people suspect suspects owner owners driver
    drivers businessman cleric pastor priest teacher doctor manager landlord accused""".split()
)
# what a police case is about: crimes against persons, abuse, accidents, negligence
CASE_REASONS = frozenset(
    """kidnapping kidnappings abuse abusing abused sexually molesting molestation stabbing stabbed murder murdering
    theft stealing robbery fraud rape raping negligence accident crash collapse fire blaze questioning cheating
    lynching""".split()
)
BACKGROUND_TIME = frozenset("last earlier ago previously yesterday".split())


def police_case(tok: Any) -> bool:
    """An arrest that is police work, not an event ACLED codes: ordinary persons arrested over a crime,
    abuse or an accident with nothing political said ("arrested the owner of the factory after a fire
    killed 40 workers", "arrested 15 people suspected of involvement in a kidnapping ring"), or an arrest
    told in passing about someone ("the suspect, who was arrested last week, appeared in court")."""
    from .developments import police_work
    from .nonacled import POLITICAL_WORDS
    from .nonacled_reading import crime_told_next

    if tok.pos_ != "VERB":
        return False
    if tok.dep_ == "relcl" and any(t.lower_ in BACKGROUND_TIME for t in tok.subtree):
        return True
    pats = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "relcl" and not pats:
        pats = [tok.head]
    if not pats or any(p.pos_ == "PROPN" or p.ent_type_ in ("PERSON", "ORG", "NORP") for p in pats):
        return False
    words = {t.lower_ for t in tok.sent} | {t.lemma_.lower() for t in tok.sent}
    if words & POLITICAL_WORDS or any(_word_kind(t) in ("nonstate", "armed") for t in tok.sent if t.pos_ == "NOUN"):
        return False
    if police_work(tok, pats, words):
        return True  # "arrested over the collapse of the building", "police arrested five suspected kidnappers"
    if not all(p.lemma_.lower() in CASE_PERSONS or p.lower_ in CASE_PERSONS for p in pats):
        return False
    return bool(words & CASE_REASONS) or crime_told_next(tok, POLITICAL_WORDS)  # "... They had 20 kg of hashish."



ORDINARY_PERSONS = frozenset("man woman boy girl youth teenager person suspect thief driver trader".split())
COMMON_CRIMES = frozenset(
    """steal stealing stole theft robbery robbing burglary fraud drug drugs shoplifting
    housebreaking pickpocketing""".split()
)
FUTURE_AUX = frozenset("would will 'll shall".split())
FUTURE_TIME = frozenset("next later coming soon tomorrow upcoming".split())


def petty_arrest(tok: Any) -> bool:
    """One unnamed person arrested over a common crime ("arrested a man for stealing a phone"): police
    work, not the arrest of a significant person or a mass arrest that ACLED codes."""
    if tok.pos_ != "VERB":
        return False
    pats = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if len(pats) != 1 or pats[0].lemma_.lower() not in ORDINARY_PERSONS | {"civilian"} or pats[0].tag_ != "NN":
        return False
    p = pats[0]
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in p.children):
        return False
    if _over_the_act(tok) and (p.lemma_.lower() in ORDINARY_PERSONS or p.lower_ == "civilian"):
        return True  # "arrested a man over the attack": a suspect of an act told already, police work
    sent_words = {t.lower_ for t in tok.sent} | {t.lemma_.lower() for t in tok.sent}
    if not sent_words & COMMON_CRIMES:
        return False
    return not any(
        _word_kind(t) in ("nonstate", "armed") or t.lower_ in WEAPON_WORDS for t in tok.sent if t.pos_ in ("NOUN", "PROPN")
    )  # not "arrested a man for stealing rifles from the depot"


ACT_NOUNS = frozenset("attack attacks killing killings shooting murder raid assault bombing blast ambush".split())


def _over_the_act(tok: Any) -> bool:
    """The arrest is "over" / "for" / "in connection with" an act the text told already ("over the attack")."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("over", "for", "in")):
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "in":  # "in connection with the attack"
            objs = [x for g in objs if g.lower_ == "connection" for w in g.children if w.lower_ == "with"
                    for x in w.children if x.dep_ == "pobj"]
        if any(g.lemma_.lower() in ACT_NOUNS and any(d.lower_ in ("the", "this", "that") for d in g.children)
               for g in objs):
            return True
    return False


GROUP_NOUNS = frozenset(
    """party parties group groups movement movements organisation organisations organization organizations wing
    wings militia militias front council union association outfit brotherhood network league alliance faction
    factions unit units brigade brigades battalion battalions""".split()
)
BAN_WORDS = frozenset("ban banned banning bans proscribe proscribed outlaw outlawed".split())
# an emergency regime or a mobilisation, done when a verb imposes it ("imposed a curfew", "declared a general mobilisation")
IMPOSED_NOUNS = frozenset(
    "curfew curfews lockdown section mobilisation mobilization conscription law act state".split()
)
IMPOSING_VERBS = frozenset(
    "impose reimpose declare announce order enforce extend introduce institute proclaim decree launch begin start".split()
)
HEALTH_WORDS = frozenset("virus coronavirus covid covid-19 pandemic epidemic ebola cholera outbreak infection infections".split())


def _terror_words(sent: Any) -> bool:
    return any(t.lower_.startswith(("terror", "anti-terror")) or t.lower_ == "membership" for t in sent)


def _group_like(o: Any) -> bool:
    """A party, movement or armed group (the object of a ban); not "the movement of motorbikes"."""
    if o.lower_ in ("movement", "movements") and any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children):
        return False
    words = {t.lower_ for t in o.subtree} | {t.lemma_.lower() for t in o.subtree}
    if words & GROUP_NOUNS or _word_kind(o) == "nonstate":
        return True
    return o.ent_type_ in ("ORG", "NORP") and _terror_words(o.sent)


def group_banned(tok: Any) -> bool:
    """A government bans or dissolves a party or an armed group ("banned the Jamaat-e-Islami party",
    "proscribed the group under anti-terrorism laws", "gazetted the council as a proscribed group", "the
    court dissolved the opposition party"); not "banned the march", "a ban on protests". (A foreign
    government listing a group as terrorist is diplomacy, not a change to the group.)"""
    if tok.dep_ == "amod":
        h = tok.head
        return h.lemma_.lower() in GROUP_NOUNS and h.dep_ == "pobj" and h.head.lower_ == "as"
    if tok.pos_ != "VERB" or _infinitive(tok) or any(c.dep_ == "neg" for c in tok.children):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [x for o in objs for x in o.children if x.dep_ == "conj"]
    return any(_group_like(o) for o in objs)


def measure_imposed(tok: Any) -> bool:
    """An emergency regime or a mobilisation imposed ("imposed a nationwide curfew", "declared a state of
    emergency", "Section 144 was imposed", "declared a general mobilisation"); not one defied or lifted,
    nor a health lockdown."""
    low = tok.lemma_.lower()
    if tok.dep_ == "compound" and low in ("conscription", "mobilisation", "mobilization", "curfew", "lockdown"):
        tok = tok.head  # "announced a mandatory conscription law", "a curfew order"
    if low == "state" and not any(c.lower_ == "of" and any(g.lower_ in ("emergency", "siege") for g in c.children)
                                  for c in tok.children):
        return False
    if low in ("law", "act") and not any(c.lower_ in ("service", "conscription") for c in tok.children):
        return False
    v = tok.head
    for _ in range(2):  # "imposing a night curfew and a ban", "declared a state of emergency and a curfew"
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    if tok.dep_ not in ("dobj", "nsubjpass", "conj", "attr", "appos") or v.lemma_.lower() not in IMPOSING_VERBS:
        return False
    if _infinitive(v) or any(c.dep_ == "neg" for c in v.children):
        return False
    words = {t.lower_ for t in tok.sent}
    if words & HEALTH_WORDS:
        return False  # a lockdown against a virus
    if low in ("curfew", "curfews", "lockdown", "section"):  # "a curfew after clashes between rival youths": aftermath
        return not words & REACTION_WORDS
    return not (words & REACTION_WORDS and low not in ("mobilisation", "mobilization", "conscription") and _reaction_told(tok.sent))


def _reaction_told(sent: Any) -> bool:
    """The event a measure reacts to is told by a clause of its own ("imposed a curfew after clashes
    erupted", "following the attack that killed 12"); not only named ("a curfew was imposed following
    clashes between rival communities": the curfew is the news)."""
    for t in tokens_with(sent, lowers=REACTION_WORDS):
        if t.lower_ not in REACTION_WORDS:
            continue
        if t.dep_ == "mark" or any(c.pos_ in ("VERB", "AUX") and c.dep_ in ("pcomp", "relcl", "acl")
                                   for c in t.subtree if c.i != t.i):
            return True
        for g in t.subtree:  # "following the attacks", "in the wake of the riots": an event told before
            if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.i != t.i and all(
                c.dep_ == "det" and c.lower_ in ("the", "these", "those", "that", "this") for c in g.children
            ) and any(c.dep_ == "det" for c in g.children) and g.lower_ not in ("wake", "response"):
                return True
    return False


# a measure told as the reaction to an event ("imposed a curfew after the clashes", "following the attacks"):
# the event is the news, the curfew its aftermath
REACTION_WORDS = frozenset("after following wake response".split())


LEADER_NOUNS = frozenset("leader commander chief emir amir wali head spokesman".split())
PICKED_PERSONS = frozenset("journalist activist lawyer editor blogger politician lawmaker candidate critic".split())
FOUNDING_VERBS = frozenset("form found create".split())
NEW_GROUPS = frozenset(
    """militia militias group groups brigade brigades front coalition alliance movement faction force battalion wing
    unit army katiba katibas guard structure corps division regiment squad cell detachment""".split()
)
CALLING_UP = frozenset("call summon draft recall enlist conscript mobilise mobilize".split())
MERGING_VERBS = frozenset("integrate incorporate absorb fold".split())
ABSORBING_BODIES = frozenset(
    "army military forces force police ministry ranks unit units brigade brigades gendarmerie division divisions corps".split()
)
COMPLETING_VERBS = frozenset("complete finish begin start announce conclude carry effect".split())
APPOINTING_VERBS = frozenset("appoint name elect choose select pick".split())
CIVIL_POSTS = frozenset("officer executive director manager coach editor ceo chairman chairwoman secretary".split())


def _armed_men(words: set[str]) -> bool:
    """"armed men", "an armed group": a force named by its arms."""
    return "armed" in words and bool(words & {"men", "man", "group", "groups"})


def change_happened(tok: Any) -> bool:
    """A change in armed groups or forces: the cue's clause names troops, fighters or an armed group
    ("pulled its troops out", "recruited dozens of fighters"), and it is not a nominal mention
    ("an Isis recruiter", "the US decision to pull out of the deal")."""
    if tok.lower_ in BAN_WORDS or tok.lemma_.lower() in BAN_WORDS:
        return group_banned(tok)
    if tok.lemma_.lower() in MERGING_VERBS and tok.pos_ == "VERB":  # "were integrated into the Congolese army"
        return any(c.dep_ == "prep" and c.lower_ == "into" and any(
            g.lemma_.lower() in ABSORBING_BODIES or g.lower_ in ABSORBING_BODIES for g in c.children) for c in tok.children)
    if tok.lemma_.lower() in IMPOSED_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
        return measure_imposed(tok)
    lem = tok.lemma_.lower()
    if lem in ("dissolve", "disband") and tok.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in ("itself", "themselves") for c in tok.children
    ):  # "the court dissolved the opposition party"; not "dissolved parliament" (a coup, read as "Other")
        return group_banned(tok)
    if lem in FOUNDING_VERBS and tok.pos_ == "VERB":  # "a new militia calling itself ... was formed"
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if not any(o.lemma_.lower() in NEW_GROUPS or o.lower_ in NEW_GROUPS for o in objs) or _infinitive(tok):
            return False
    if tok.lower_ in ("reservists", "conscripts"):  # "called up 300,000 reservists"
        v = tok.head.head if tok.dep_ == "conj" else tok.head  # "called up retired officers and reservists"
        if tok.dep_ == "pobj" and v.lower_ == "of":
            v = v.head.head  # "thousands of reservists were called up"
        return v.pos_ == "VERB" and v.lemma_.lower() in CALLING_UP and not _infinitive(v)
    if tok.lower_ == "retreat" and tok.dep_ == "pobj" and tok.head.lower_ == "for":
        return False  # "received the leaders for a spiritual retreat"
    stepped = tok.pos_ == "NOUN" and tok.head.lemma_.lower() in ("step", "intensify", "increase", "boost", "expand", "begin", "start")
    stepped = stepped or (tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "launch")
    if stepped and any(c.lower_ in ("recruitment", "recruiting", "enlistment") for c in tok.children):
        return True  # "recruitment drives have intensified": who recruits is an armed group
    new_head = tok.lemma_.lower() in LEADER_NOUNS and any(c.lower_ == "new" for c in tok.children)
    # "completed their withdrawal", "began its deployment", "announced their merger": the act done, whoever's
    stepped = stepped or (tok.pos_ == "NOUN" and tok.dep_ == "dobj" and (
        tok.head.lemma_.lower() in COMPLETING_VERBS) and tok.lower_ not in ("recruiter", "recruiters"))
    if (tok.pos_ == "VERB" and tok.lemma_.lower() in APPOINTING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in CIVIL_POSTS for c in tok.children
    )) or (tok.dep_ == "amod" and tok.head.lemma_.lower() in CIVIL_POSTS):
        return False  # "the company appointed a new chief executive officer"
    if tok.lower_ in ("recruiter", "recruiters") or (
        tok.pos_ == "NOUN" and not stepped and not new_head and _mentioned_noun(tok)
    ):  # not "its new leader", named as such
        return False  # "an Isis recruiter", "after the Western withdrawal", "the Turkish deployment ... is opposed"
    if tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children) and any(
        t.lower_ in FUTURE_TIME for t in tok.subtree
    ):
        return False  # "the UN said it would deploy more peacekeepers later this year": not done yet
    words = _clause_words(tok)
    if not words & FORCE_WORDS and not _armed_men(words) and not (
        tok.lemma_.lower() in ORGANISING_VERBS and {t.lower_ for t in tok.sent} & FORCE_WORDS
    ) and not _recruits(tok):
        # "armed men forcibly recruited dozens of teenagers": the doers are a force; "ISWAP has recruited
        # hundreds of teenagers": who is recruited tells an armed group's recruiting
        return False  # "it had elected a new leader" after "the militia announced": the group is named
    if tok.lemma_.lower() in ("withdraw", "pull", "withdrawal") and words & {
        "deal", "agreement", "treaty", "race", "accord", "talks", "election", "contest", "support",
    }:
        return False  # "pull out of the Iran nuclear deal", "withdrew from a Congressional race"
    return True


#: who an armed group recruits (not "workers", "staff")
RECRUITS = frozenset("teenagers teens children boys youths youngsters minors fighters militiamen recruits combatants".split())


def _recruits(tok: Any) -> bool:
    """"X has recruited hundreds of teenagers": a recruiting of young people or fighters, done."""
    lem = tok.lemma_.lower()
    if lem not in ("recruit", "enlist", "conscript", *CALL_UP_VERBS) or tok.pos_ != "VERB" or _infinitive(tok):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    # "began mobilising men aged 25 and older", "drafted thousands of reservists": a call-up to the forces
    return any(o.lower_ in RECRUITS or (lem in CALL_UP_VERBS and o.lower_ in CALLED_UP) for o in objs)


CALL_UP_VERBS = ("mobilise", "mobilize", "draft")
CALLED_UP = frozenset("men reservists conscripts volunteers draftees".split())


# what an armed group does to itself (its leaders, its make-up): the group may be named outside the clause
ORGANISING_VERBS = frozenset(
    """appoint name elect choose select pick merge split splinter switch join form announce disband dissolve
    break recruit suspend halt cease resume end reorganise reorganize restructure scrap abandon call
    conscript reunite unite demobilise demobilize swear""".split()
)
NAMED_DEALS = frozenset(
    "agreement agreements deal deals accord talks process ceasefire truce pact cessation plan roadmap understanding pause".split()
)


def agreement_happened(tok: Any) -> bool:
    """An agreement reached, signed or in force ("signed a ceasefire", "the truce came into force",
    "fighters surrendered", an exchange of prisoners), not one only named ("a role in peace talks",
    "in agreement with")."""
    if tok.lemma_.lower() == "surrender" and (
        tok.pos_ != "VERB" and tok.dep_ not in ("dobj", "nsubj", "nsubjpass", "ROOT", "attr")
        or any(c.lower_ in ("himself", "herself") for c in tok.children)
    ):
        return False  # "'starve and surrender' tactics", "surrendered himself to the police"
    from .developments import arms_given

    if tok.pos_ in ("VERB", "AUX"):
        return not _infinitive(tok) and not arms_given(tok)  # not "handed weapons to the vigilantes"
    for _ in range(2):
        if tok.dep_ == "compound" and tok.head.lower_ in NAMED_DEALS:
            tok = tok.head  # "cease-fire deal": the deal
    if any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in tok.children):
        return False  # "over last month's cease-fire deal": a deal made before, named
    if tok.lower_ not in NAMED_DEALS:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in ("round", "rounds", "session", "sessions"):
        tok = tok.head.head  # "began a fresh round of peace talks": the round is held
    if any(t.lower_ in ("exchange", "prisoner", "prisoners", "swap") for t in tok.subtree):
        return True  # "the exchange process of prisoners of war"
    if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in AGREE_VERBS:
        return True  # "agreed to a seven-day truce"
    if tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.pos_ == "VERB" and tok.head.head.dep_ == "ROOT" and not (
        any(c.dep_ == "neg" for c in tok.head.head.children)
    ):
        return True  # "under an evacuation deal, fighters left the town": an act done under the deal
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "to", "for", "of", "since", "under", "after", "on"):
        return False
    h = tok.head
    if tok.dep_ in ("dobj", "nsubj", "nsubjpass", "conj", "appos", "attr") and h.pos_ in ("VERB", "AUX"):
        if tok.dep_ == "nsubj" and h.lemma_.lower() in STATE_VERBS:  # "a ceasefire remained far off": described, not made
            return any(t.lower_ in ("force", "effect", "place", "holding", "effective") for t in h.subtree)
        return h.lemma_.lower() in AGREE_VERBS or tok.dep_ == "nsubj"
    return tok.dep_ == "ROOT"


#: verbs that describe a state of a deal rather than tell it made ("remained elusive", "seemed distant")
STATE_VERBS = frozenset("remain seem appear look be stay prove".split())


MOVED_FORCES = frozenset(
    """troops soldiers tanks reinforcements forces units battalions brigades fighters warships armour armor
    commandos paratroopers marines contingent contingents convoy convoys personnel jets mercenaries peacekeepers
    militiamen militants insurgents rebels jihadists battalion brigade regiment divisions regiments""".split()
)


def taker_named(sent: Any, hits: list[CueHit]) -> bool:
    """Someone takes over what others left ("... entered the town after the Kurds withdrew", "handed
    over to", "took control"): a withdrawal alone is a movement of forces, not a transfer."""
    return any(h.category in ("CAPTURE", "REGAIN") for h in hits) or any(
        t.lemma_.lower() in TAKER_LEMMAS or t.lower_ in TAKER_LEMMAS or _left_to(t) or _ahead_of_forces(t) or _took_over(t)
        for t in tokens_with(sent, lemmas=_TAKER_READ[0], lowers=_TAKER_READ[1])  # the words a test below needs
    )


def _took_over(t: Any) -> bool:
    """"It was then taken over by Turkish-backed forces", "rebels moved in": someone took the place."""
    if t.pos_ != "VERB":
        return False
    parts = {c.lower_ for c in t.children if c.dep_ in ("prt", "advmod")}
    if t.lemma_.lower() in ("take", "seize", "gain", "assume") and any(
        c.dep_ == "dobj" and c.lower_ == "control" for c in t.children
    ):
        return True  # "The Taliban took control of the district headquarters hours later"
    return (t.lemma_.lower() == "take" and "over" in parts) or (t.lemma_.lower() == "move" and "in" in parts)


ARRIVAL_NOUNS = frozenset("advance arrival approach entry".split())


def _ahead_of_forces(t: Any) -> bool:
    """"abandoned the town ahead of the advance of Ethiopian troops", "before the arrival of the army":
    the forces who come are the takers of what was left."""
    if t.lower_ not in ARRIVAL_NOUNS or t.dep_ != "pobj" or t.head.lower_ not in ("of", "before"):
        return False
    if t.head.lower_ == "of" and t.head.head.lower_ not in ("ahead", "front"):
        return False
    return any(_word_kind(g) in ("state", "nonstate", "armed") for g in t.subtree if g.pos_ in ("NOUN", "PROPN"))


def _left_to(t: Any) -> bool:
    """"leaving it to government forces", "left the town to the army": the place left to a named taker."""
    if t.lemma_.lower() != "leave" or t.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in t.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        _word_kind(g) in ("state", "nonstate", "armed") for g in c.subtree if g.pos_ in ("NOUN", "PROPN")
    ) for c in t.children)


TAKER_LEMMAS = frozenset("hand handed handover cede ceded replace takeover vacate vacated enter entered".split())
_TAKER_READ = (TAKER_LEMMAS | {"leave", "take", "seize", "gain", "assume", "move"}, TAKER_LEMMAS | ARRIVAL_NOUNS)


MOVE_IN_LEMMAS = frozenset("move enter roll march take occupy deploy control assume".split())  # "controlled the town after ... withdrew"


def moved_in(withdrawal: Any) -> bool:
    """Others moving into a place as forces leave ("rebels moved into the town after soldiers pulled
    out", "the army withdrew and militiamen entered the base"): the withdrawal hands the place over."""
    if withdrawal.pos_ == "NOUN" and withdrawal.dep_ == "dobj":
        withdrawal = withdrawal.head  # "completed their withdrawal from the town and army units deployed in it"
    near = [withdrawal.head] if withdrawal.dep_ in ("advcl", "conj") else []
    near += [c for c in withdrawal.children if c.dep_ in ("advcl", "conj", "ccomp")]  # "... left and forces moved in"
    for v in near:
        if v.lemma_.lower() not in MOVE_IN_LEMMAS or v.i == withdrawal.i:
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None and v.dep_ == "acl":
            subj = v.head  # "Syrian army units deployed in the town after the SDF pulled out" read as a noun phrase
        if subj is None and v.dep_ in ("conj", "advcl") and v.nbor(-1).dep_ in ("pobj", "conj") and v.nbor(-1).tag_ in ("NNS", "NNPS"):
            subj = v.nbor(-1)  # "left the town of X and militia fighters moved in": the subject read into "of X"
        if subj is None or _word_kind(subj) not in ("state", "nonstate", "armed"):
            continue
        places = [c for c in v.children if c.dep_ == "dobj"]
        places += [g for c in v.children if c.dep_ == "prep" and c.lower_ in ("into", "in") for g in c.children
                   if g.dep_ == "pobj"]
        if any(_word_kind(p) == "place" or p.ent_type_ in ("GPE", "LOC", "FAC") or p.pos_ == "PRON" for p in places):
            return True
        if any(c.lower_ == "there" and c.dep_ == "advmod" for c in v.children):
            return True  # "... withdrew, and government troops deployed there"
        if any(c.lower_ == "in" and (c.dep_ in ("prt", "advmod") or all(
            g.ent_type_ in ("TIME", "DATE") for g in c.children if g.dep_ == "pobj")) for c in v.children):
            return True  # "government troops moved in"
    return False


BASE_NOUNS = frozenset(
    """base bases camp camps headquarters hq outpost outposts garrison garrisons stronghold strongholds
    hideout hideouts post posts barracks airbase airbases encampment encampments""".split()
)
# a centre or an installation is a base when it is a military one ("a command centre", "military installations")
MILITARY_SITES = frozenset("centre center centres centers installation installations facility facilities airstrip hub hubs".split())
MILITARY_MODIFIERS = frozenset("command military army naval air operations operational helicopter drone logistics logistic supply".split())
BUILD_VERBS = frozenset("establish set build open construct create erect found inaugurate install instal turn use convert".split())
#: nouns that count what follows them ("a string of fortified outposts", "a network of camps")
_COUNTING_HEADS = frozenset("string series network number chain line ring cluster handful couple pair set dozens".split())
# camps that are no base: relief camps (and training camps told with a recruitment drive: a change to the group)
CIVIL_CAMPS = frozenset("relief refugee refugees medical health idp displacement aid transit holiday summer".split())
RECRUITING_WORDS = frozenset("recruits recruit volunteers volunteer recruitment mobilisation mobilization enlistment".split())


def _base_noun(o: Any) -> bool:
    low, lem = o.lower_, o.lemma_.lower()
    if low in BASE_NOUNS or lem in BASE_NOUNS:
        return True
    if "helicopter" in {c.lower_ for c in o.children}:
        return True  # "a helicopter base" read with "helicopter" as its head
    return (low in MILITARY_SITES or lem in MILITARY_SITES) and any(
        c.lower_ in MILITARY_MODIFIERS for c in o.subtree if c.i < o.i
    )  # "a command centre", "an airstrip and military installations"


@needs_words(BUILD_VERBS)
def bases_established(sent: Any, hits: list[CueHit], actor_kind: Any = None) -> list[CueHit]:
    """Bases the phrase list cannot see ("the militants established a camp near the border",
    "troops set up several new outposts", "turned the school into a base", "Russia set up a helicopter
    base"): a state or an armed actor builds or sets up a base, camp or outpost; not a relief camp,
    nor a base someone only plans."""
    taken = {i for h in hits if h.category == "HQ" for i in range(h.start, h.end)}
    out = []
    for t in tokens_with(sent, lemmas=BUILD_VERBS):
        if t.i in taken or t.pos_ != "VERB" or t.lemma_.lower() not in BUILD_VERBS or _infinitive(t):
            continue
        if t.lemma_.lower() == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children):
            continue
        objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        if t.lemma_.lower() in ("turn", "use", "convert"):  # "turned the abandoned school into a base", "used it as a base"
            objs = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("into", "as") for g in c.children if g.dep_ == "pobj"]
        objs += [g for o in objs if o.lemma_.lower() in _COUNTING_HEADS for c in o.children
                 if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        objs += [x for o in objs for x in o.children if x.dep_ == "conj"]
        base = next((o for o in objs if _base_noun(o)), None)
        if base is None or {c.lower_ for c in base.subtree} & CIVIL_CAMPS:
            continue
        if "training" in {c.lower_ for c in base.children} and {w.lower_ for w in sent} & RECRUITING_WORDS:
            continue  # "opened new training camps for volunteers": a recruitment drive
        doer = agent_of(t)
        if doer is None:  # "a new police post was opened in the town": a base is an armed actor's
            if base.dep_ == "nsubjpass" and (base.lower_ not in ("camp", "camps", "post", "posts") or any(
                c.lower_ in MILITARY_MODIFIERS | {"police", "peacekeeping"} for c in base.children
            )):
                out.append(CueHit("HQ", "base set up", t.i, t.i + 1, 1.0))
            continue
        kind = arg_kind(doer, actor_kind)
        if kind not in ("state", "nonstate", "armed") and doer.ent_type_ != "GPE" and doer.lower_ not in MOVED_FORCES | {
            "administration", "government", "authorities"}:
            continue  # "Russia set up a base": a state's forces
        out.append(CueHit("HQ", "base set up", t.i, t.i + 1, 1.0))
    return out


PREPARING_VERBS = frozenset("prepare wait mass gather poise gear brace".split())


@needs_words(PREPARING_VERBS)
def preparations(sent: Any, hits: list[CueHit], actor_kind: Any = None) -> list[CueHit]:
    """Forces readying an act ("army units were preparing to launch an assault", "troops massed near the
    border", "forces are gathering ahead of an offensive"): a change to the group's activity, the act
    itself not (yet) done."""
    if any(h.category in ("PROTEST", "INTERV") for h in hits):
        return []  # "police charged at demonstrators gathered near the parliament": a crowd, not forces massing
    taken = {i for h in hits if h.category in ("CHANGE", "TRANSFER") for i in range(h.start, h.end)}
    out = []
    for t in tokens_with(sent, lemmas=PREPARING_VERBS):
        if t.i in taken or t.pos_ != "VERB" or t.lemma_.lower() not in PREPARING_VERBS:
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None or arg_kind(subj, actor_kind) not in ("state", "nonstate", "armed"):
            continue
        ahead = any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in ("for", "ahead", "near", "along", "on"))
                    or c.dep_ == "advmod" and c.lower_ in ("ahead", "south", "north", "east", "west") for c in t.children)
        if ahead:
            out.append(CueHit("CHANGE", "forces preparing", t.i, t.i + 1, 1.0))
    return out

