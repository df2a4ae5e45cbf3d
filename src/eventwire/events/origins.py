"""Acts named as the origin of a state of things, and acts counted since one.

"Since the capture of the two men, officials have been weighing a trial": the capture is the point a state
of things (the weighing) has run from, so it is older than the story; "At least 120 reporters have been
detained by the army since the takeover": a tally of arrests over the stretch since an older act, no act of
the story's day. Both used to take the day of the act told before them and were told as news.
:func:`origin_or_tally` gives the past marker the extractor makes background with (``status.assess``'s
``past``), as for a past perfect; the report is left undated.

An origin is the object of "since" (a preposition): a year ("since 2015"), or a noun of an act or of a
change of power ("since the takeover", "since the fall of the city", "since the 2014 uprising"). A day of
the story keeps the act the story's ("since Monday's attack", "since the raid on Sunday", a date within
:data:`RECENT_DAYS` of publication), and so does a bare definite act noun that points back to the story's
act ("Police have arrested 20 people since the attack": the arrests follow the news).

An act in the present perfect told as repeated over a stretch ("The blogger has been repeatedly arrested
for his posts", "has been detained several times") is a history too, when its sentence names no time
("Police have repeatedly fired tear gas at the crowd since Monday" is the story's).
"""

from __future__ import annotations

import re
from typing import Any

from ..records import Article, DateMention
from ..timex import iso_day
from .words import span_text

#: Nouns of an act or of a change of power that a stretch of time runs from.
ORIGIN_NOUNS = frozenset(
    """takeover coup putsch war conflict uprising revolution revolt rebellion insurgency invasion occupation
    outbreak start beginning onset independence capture fall liberation collapse crackdown offensive
    campaign siege annexation overthrow ouster withdrawal election elections intervention""".split())
#: Nouns of an act that a bare "the" points back to the story's act with ("since the attack").
ACT_NOUNS = frozenset(
    """attack attacks bombing blast explosion raid raids shooting killing killings massacre ambush assault
    abduction kidnapping strike strikes airstrike airstrikes clashes clash fighting protest protests
    riot riots arrest arrests""".split())
#: Modifiers that name which act a definite noun is ("the capture of the two men"), not a pointer back.
NAMING_DEPS = frozenset("prep relcl acl compound nmod poss amod nummod".split())
#: Verbs of a clause after "since" that begin what the stretch runs from ("since the war began").
BEGIN_VERBS = frozenset("begin start erupt launch".split())
#: Objects that make a clause after "since" a change of power ("since taking power", "since taking office").
POWER_NOUNS = frozenset("power office".split())
#: A date of the origin this many days or fewer before publication keeps the act the story's.
RECENT_DAYS = 14
_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
#: Adverbs that tell an act in the present perfect as repeated over a stretch ("has been repeatedly arrested").
REPEATING_ADVERBS = frozenset("repeatedly frequently often regularly routinely periodically".split())
#: Counts of "times" or "occasions" that do the same ("has been detained several times").
REPEATING_COUNTS = frozenset("several many numerous multiple countless repeated".split())
#: A string every sentence that :func:`_repeated` reads holds one of.
_REPEAT_NEEDLES = (*REPEATING_ADVERBS, " times", " occasions")
#: The note's prefixes.
ORIGIN = "an act told as the origin of a state of things"
TALLY = "acts counted since an earlier time"
REPEATED = "acts told as repeated over a stretch"


def _origin(pobj: Any) -> bool:
    """The object of "since" names an older point: a year, or a noun of an act or a change of power that
    is no bare definite pointer back to the story's act."""
    if _YEAR_RE.match(pobj.text):
        return True
    lem = pobj.lemma_.lower()
    if lem in ORIGIN_NOUNS or pobj.lower_ in ORIGIN_NOUNS:
        return True
    if lem in ACT_NOUNS or pobj.lower_ in ACT_NOUNS:
        return any(c.dep_ in NAMING_DEPS for c in pobj.children)  # "since the 2016 bombing", not "since the attack"
    return False


def _recent_in(article: Article, lo: int, hi: int) -> bool:
    """A date mention in ``[lo, hi)`` within :data:`RECENT_DAYS` of publication (or any day when the
    publication day is unknown)."""
    for m in article.date_mentions:
        if lo <= m.start < hi and m.date is not None and m.date.value:
            day = iso_day(m.date.value)
            if article.published is None or day is None or (article.published - day).days <= RECENT_DAYS:
                return True
    return False


def _in_since(sent: Any, dm: DateMention) -> bool:
    """The date mention ``dm`` lies in a "since" phrase of the sentence (the origin's date)."""
    for t in sent:
        if t.lower_ == "since" and t.idx <= dm.start <= t.right_edge.idx:
            return True
    return False


def _origin_clause(head: Any) -> bool:
    """A clause after "since" names an older point: it begins something or takes power ("since the war
    began", "since taking power", "since the army launched its offensive"), or its subject or object is an
    origin noun (:func:`_origin`; "since the takeover" parsed as a clause's subject)."""
    if head.lemma_.lower() in BEGIN_VERBS:
        # "since the attack began" points back to the story's act, as "since the attack" does
        return not any(c.dep_ == "nsubj" and (c.lemma_.lower() in ACT_NOUNS or c.lower_ in ACT_NOUNS)
                       and not any(g.dep_ in NAMING_DEPS for g in c.children) for c in head.children)
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and (_origin(c) or c.lower_ in POWER_NOUNS)
               for c in head.children)


def _since_span(prep: Any) -> tuple[Any, Any] | None:
    """The origin a "since" names and the span it covers: its object ("since the takeover"), its gerund
    ("since taking power") or, for "since" heading a clause, the clause ("since the war began"); None when
    that names no older point (:func:`_origin`, :func:`_origin_clause`)."""
    if prep.dep_ == "mark":
        return (prep.head, prep.head) if _origin_clause(prep.head) else None
    for g in prep.children:
        if g.dep_ == "pobj":
            return (g, prep) if _origin(g) else None
        if g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX"):
            return (g, prep) if _origin_clause(g) else None
    return None


def _since_phrase(verb: Any) -> Any:
    """The "since" hung on ``verb``, or on a noun of its clause ("detained by the army since the takeover":
    the parser may hang it on "army"), or heading a clause under it ("have died since the war began",
    or the takeover's own misparsed clause), or None."""
    for t in verb.subtree:
        if t.lower_ != "since":
            continue
        if t.dep_ == "mark":
            if t.head.dep_ == "advcl" and t.head.head.i == verb.i:
                return t
            continue
        if t.dep_ != "prep" or not any(g.dep_ in ("pobj", "pcomp") for g in t.children):
            continue
        h = t.head
        for _ in range(3):
            if h.i == verb.i:
                return t
            if h.dep_ not in ("pobj", "agent", "dobj", "nsubjpass", "prep"):
                break
            h = h.head
    return None


def _repeated(verb: Any) -> str | None:
    """The adverb or phrase that tells ``verb``'s act as repeated over a stretch ("repeatedly", "several
    times", "on many occasions"), or None."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in REPEATING_ADVERBS:
            return c.text
        if c.dep_ in ("npadvmod", "advmod", "dobj") and c.lower_ in ("times", "occasions") and any(
                g.lower_ in REPEATING_COUNTS for g in c.children):
            return f"{next(g.text for g in c.children if g.lower_ in REPEATING_COUNTS)} {c.text}"
        if c.dep_ == "prep" and c.lower_ == "on" and any(
                g.lower_ == "occasions" and any(x.lower_ in REPEATING_COUNTS for x in g.children) for g in c.children):
            return "on several occasions"
    return None


def present_perfect(verb: Any) -> bool:
    """``verb`` is in the present perfect ("have been detained", "has killed")."""
    return verb.pos_ in ("VERB", "AUX") and verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


def origin_or_tally(article: Article, trig: Any, sent: Any, dm: DateMention | None) -> str | None:
    """The past marker of an act named as the origin of a state, or counted since one (see the module
    docstring), or None. ``dm`` is the date mention the act was dated by: a day of the story outside the
    "since" phrase keeps the act the story's ("Police on Monday said they have arrested 20 ...")."""
    if trig is None or trig.doc is None:
        return None
    text = span_text(sent).lower()
    if "since" not in text and not any(w in text for w in _REPEAT_NEEDLES):
        return None  # (the cheap test first)
    if dm is not None and _recent_in(article, dm.start, dm.start + 1) and not _in_since(sent, dm):
        return None  # "Police on Monday said they have arrested 20 people since the coup"
    if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "pobj" and trig.head.lower_ == "since":
        prep = trig.head
        if not _origin(trig) or _recent_in(article, prep.idx, trig.right_edge.idx + len(trig.right_edge)):
            return None
        return f"{ORIGIN}: since {trig.text}"
    verb = trig
    if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ in ("dobj", "nsubjpass") and trig.head.pos_ in ("VERB", "AUX"):
        verb = trig.head
    if not present_perfect(verb):
        return None
    if (rep := _repeated(verb)) is not None and not any(t.ent_type_ in ("DATE", "TIME") for t in sent):
        return f"{REPEATED}: {rep} {verb.text}"  # "has been repeatedly arrested for his posts"
    if "since" not in text or (prep := _since_phrase(verb)) is None or (found := _since_span(prep)) is None:
        return None
    origin, top = found
    if _recent_in(article, top.left_edge.idx if prep.dep_ == "mark" else prep.idx,
                  top.right_edge.idx + len(top.right_edge)):
        return None
    return f"{TALLY}: {verb.text} since {origin.text}"
