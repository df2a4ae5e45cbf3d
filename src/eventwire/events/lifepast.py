"""Acts told as a person's history: a past act in a relative clause or participle on a person.

"The court set aside the bail of the former minister, who was arrested by the federal police", "She
married a fighter, who was killed later in an air strike", "mourners celebrated the life of a former
engineer killed fighting the militants": the clause on the person tells what befell (or what was done
by) someone the news is about; the news is the main clause. Such an act used to take the day of the
main clause or of the story and was told as news. :func:`person_history` finds the clause; the extractor
notes it on the report (:data:`NOTE_HISTORY`), and :func:`settle_person_histories` flags every such report
but the article's main one background, undated, once the main event is chosen (as
:func:`events.pastacts.settle_old_years`: flagged at once, HRDsAttack val lost two articles' violation
types, their main event handed to another report).

The clause must be in the past (a simple past, a past passive, a past perfect, or a bare participle:
"killed fighting"), on a person (a person's name, a noun of a person, or "who"), hold the act's cue, and
have no date of its own (a day told in the clause, "who was shot on Monday", is the story's: the extractor
dates it). It is the news, and left alone, when it tells the act the main clause answers ("Police arrested
a man who attacked a shop", "Gunmen who stormed the village killed 12": the doer's act), when it points
back to the story's act ("who was wounded in the blast"), when it is a clause of a reported verb ("the
army said it killed militants who attacked the base"), when it ties the person to a crime ("a man involved
in a shooting"), when it counts the person among earlier dead ("the fifth volunteer killed in Syria"), and
in the lead ("A soldier who was killed by a roadside bomb has been named": the news told through the
person), or when the headline names the person or the act.
"""

from __future__ import annotations

from typing import Any

from ..records import Article, DateMention, DateValue, EventReport
from .origins import NAMING_DEPS
from .status import REPORTING_VERBS, governors

#: Nouns of a person the clause may be told about (besides a person's name).
PERSON_NOUNS = frozenset(
    """man men woman women boy boys girl girls child children person people teenager teenagers youth
    journalist journalists reporter reporters photographer activist activists fighter fighters soldier soldiers
    officer officers worker workers veteran veterans member members hostage hostages captive captives prisoner
    prisoners detainee detainees leader leaders commander commanders cleric priest pastor imam student students
    teacher doctor nurse lawyer politician minister president father mother son daughter brother sister husband
    wife uncle cousin citizen national resident farmer volunteer volunteers jihadist jihadists militant
    militants mp senator dissident dissidents opponent critic blogger campaigner lawmaker mayor governor
    chief engineer medic refugee refugees civilian civilians british briton american""".split())
#: Verbs of belief or report whose perfect infinitive tells a past act ("is believed to have been killed").
BELIEF_VERBS = frozenset("believe think say report understand presume know".split())
#: Nouns of the doers of the story's act: "the gunmen who stormed the village killed 12" is one act.
DOER_NOUNS = frozenset(
    """attacker attackers gunman gunmen assailant assailants raider raiders kidnapper kidnappers abductor
    abductors bomber bombers insurgent insurgents bandit bandits mob rioters suspect suspects miscreant miscreants
    perpetrator perpetrators culprit culprits killer killers thug thugs hoodlum hoodlums""".split())
#: Participles and verbs that tie a person to a crime the news is about ("a man involved in a shooting").
SUSPICION_VERBS = frozenset("involve implicate suspect accuse want link tie connect blame".split())
#: Words that count a person among earlier ones ("the fifth volunteer killed"): the count is the news.
COUNTING_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth latest".split())
#: Verbs of a main clause that answer the act its person did ("police arrested a man who attacked a shop").
ANSWERING_VERBS = frozenset(
    """arrest detain kill shoot capture sentence charge convict jail hunt seek identify name catch apprehend
    execute try prosecute chase pursue kill disarm neutralize neutralise""".split())
#: Nouns of an act that, made definite, point back to the story's act ("wounded in the blast").
BACK_ACT_DETS = frozenset("the this that these those".split())
#: Relativizers of a person.
PERSON_RELATIVIZERS = frozenset("who whom whose".split())
#: Steps walked up from the act's cue to the clause.
MAX_STEPS = 5
#: Dependencies walked up within a clause (the cue's noun to its verb, a verb to the verb it hangs on).
_WITHIN = frozenset("pobj prep dobj npadvmod xcomp agent attr oprd nsubjpass".split())
#: Modifiers that name which act a definite noun is ("the battle for his home town"), not a pointer back.
#: The marker's prefix.
PERSON_HISTORY = "a past act told of a person"
#: The note the extractor puts on a report whose act :func:`person_history` reads as a person's history.
NOTE_HISTORY = "past: "
#: The note on a report :func:`settle_person_histories` flags background.
NOTE_BACKGROUND = "background: a past act told of a person"


def _person(noun: Any, clause: Any) -> bool:
    """The clause's head ``noun`` is a person: a person's name, a noun of a person, or a "who" clause."""
    if noun.ent_type_ in ("PERSON", "NORP") or noun.lemma_.lower() in PERSON_NOUNS or noun.lower_ in PERSON_NOUNS:
        return True
    return clause.dep_ == "relcl" and any(c.lower_ in PERSON_RELATIVIZERS for c in clause.children)


def _past_clause(verb: Any) -> bool:
    """The clause's verb is told in the past: "arrested", "was captured", "had fled" (not "has been
    held", "is believed", "will be tried"); a bare participle on a noun ("a worker killed fighting")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.dep_ == "acl":
        return verb.tag_ in ("VBN", "VBD") and not auxes  # (the parser tags some such participles VBD)
    if verb.tag_ == "VBD":
        return not auxes
    if verb.tag_ == "VBN" and auxes:
        words = {a.lower_ for a in auxes}
        if "had" in words or words <= {"was", "were"}:
            return True  # "had been held", "was captured"
        # "who is believed to have been killed in a drone strike": a perfect infinitive under a verb of belief
        return verb.lemma_.lower() in BELIEF_VERBS and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "have" for a in c.children) for c in verb.children)
    return False


def _timed(span: Any) -> bool:
    """``span`` names a time (a date or time entity that is no age: "on Monday", "in 2014", not "her
    12-year-old son")."""
    run: list[Any] = []
    for t in [*span, None]:
        if t is not None and t.ent_type_ in ("DATE", "TIME") and not (run and t.ent_iob_ == "B"):
            run.append(t)
            continue
        if run and not any(x.lower_ in ("old", "aged") for x in run):
            return True
        run = [t] if t is not None and t.ent_type_ in ("DATE", "TIME") else []
    return False


def _clause_of(trig: Any) -> Any:
    """The relative clause or participle on a noun that holds the cue ``trig`` within its own clause,
    or None."""
    h = trig
    for _ in range(MAX_STEPS):
        if h.dep_ in ("relcl", "acl") and h.pos_ in ("VERB", "AUX") and not (h.dep_ == "acl" and h.tag_ == "VBG"):
            return h  # (a present participle is the setting of the clause above: "captured in X fighting ...")
        if h.head.i == h.i:
            return None
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in h.children)
        if h.dep_ not in _WITHIN and not (h.dep_ in ("advcl", "conj", "acl") and h.tag_ in ("VBG", "VBN", "VBD")
                                          and not own_subject):
            return None  # ("killed fighting the militants", "targeted, expelled and killed"; not "when it was ...")
        h = h.head
    return None


def _lead(article: Article, sent: Any) -> bool:
    """``sent`` is in the title or is the body's first sentence (its words are often the news: "A soldier
    who was killed by a roadside bomb has been named")."""
    for sec in article.sections:
        if sec.start <= sent.start_char < sec.end:
            return sec.kind != "body" or not article.text[sec.start: sent.start_char].strip()
    return False


def _headline_act(article: Article, noun: Any, clause: Any, trig: Any) -> bool:
    """The headline names the person (a proper name of the noun's phrase) or the clause's act (its verb's
    or cue's lemma): the article is about what the clause tells ("Activist held in raid" ... "the
    activist, who was detained by police, was denied bail")."""
    doc = trig.doc
    title = next((sec for sec in article.sections if sec.kind == "title"), None)
    if title is None:
        return False
    inside = range(clause.left_edge.i, clause.right_edge.i + 1)
    names = {t.lower_ for t in noun.subtree if t.pos_ == "PROPN" and t.i not in inside}
    acts = {clause.lemma_.lower(), trig.lemma_.lower()}
    for t in doc:
        if t.idx >= title.end:
            break
        if t.idx >= title.start and (t.lower_ in names or t.lemma_.lower() in acts):
            return True
    return False


def person_history(article: Article, trig: Any, sent: Any, dm: DateMention | None) -> str | None:
    """The past marker of an act told as a person's history (see the module docstring), or None. ``dm``
    is the date mention the act was dated by; one inside the clause keeps it the story's. Never in the
    lead (:func:`_lead`)."""
    if trig is None or trig.doc is None:
        return None
    clause = _clause_of(trig)  # (the cheap climb first: most acts are in no such clause)
    if clause is None or _lead(article, sent):
        return None
    noun = clause.head
    if noun.i == clause.i or not _person(noun, clause) or not _past_clause(clause):
        return None
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    if dm is not None and lo <= dm.start < hi or _timed(trig.doc[clause.left_edge.i: clause.right_edge.i + 1]):
        return None  # "who was shot on Monday": a time of its own (the dating reads it)
    if trig.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ in BACK_ACT_DETS for c in trig.children) \
            and not any(c.dep_ in NAMING_DEPS for c in trig.children):
        return None  # "who was wounded in the blast": the story's act ("the battle for his home town" names one)
    doer = clause.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in PERSON_RELATIVIZERS
                                          for c in clause.children)
    if clause.lemma_.lower() in SUSPICION_VERBS:
        return None  # "a man involved in a shooting early on Wednesday": the crime the news is about
    if any(c.dep_ in ("amod", "nummod") and c.lower_ in COUNTING_WORDS for c in noun.children):
        return None  # "the fifth British volunteer killed in Syria": the death the news counts
    if doer:
        if noun.lemma_.lower() in DOER_NOUNS or noun.lower_ in DOER_NOUNS or noun.pos_ == "PRON" or noun.tag_ == "DT":
            return None  # "Gunmen who stormed the village killed 12", "those who killed my husband"
        if noun.head.pos_ in ("VERB", "AUX") and noun.head.lemma_.lower() in ANSWERING_VERBS or (
                noun.dep_ == "pobj" and noun.head.lower_ == "against"):
            return None  # "Police arrested a man who attacked a shop", "action against the men who attacked ..."
    if any(g.lemma_.lower() in REPORTING_VERBS for g in governors(noun, 4)):
        return None  # "the army said it killed militants who attacked the base": the report's own news
    if _headline_act(article, noun, clause, trig):
        return None  # the person or the act the article is about
    return f"{PERSON_HISTORY}: {noun.text} {clause.text}"


def settle_person_histories(reports: list[EventReport], main: EventReport | None) -> None:
    """Flag as background, undated, every report other than ``main`` whose act the extractor read as a
    person's history (its :data:`NOTE_HISTORY` note). Done once the article's main event is chosen, as
    :func:`events.pastacts.settle_old_years`: an article about a detention told only as "the activist, who
    was detained by police, ..." keeps it as its main event (HRDsAttack val lost two articles' violation
    types when such reports were flagged before the choice); a report merged into another keeps that one's
    reading (merging carries no such note)."""
    for r in reports:
        if r is main or r.background:
            continue
        note = next((n for n in r.notes if n.startswith(NOTE_HISTORY + PERSON_HISTORY)), None)
        if note is None:
            continue
        r.background = True
        r.date = DateValue(value=None, reason=f"no date of its own, and older than the story ({note[len(NOTE_HISTORY):]})")
        r.notes.append(NOTE_BACKGROUND)
