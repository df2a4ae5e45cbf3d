"""Readers of a toll's figure and teller (fifteenth session; used by :mod:`eventwire.events.fatalities`,
kept apart to hold that module's size):

- the teller is never the doer the parse hung the killing on ("Israeli airstrikes killed 38 ..., medics
  said"); a participle of saying takes the subject of its clause ("claimed the attack, saying its fighters
  killed 22 soldiers"); "the group" telling its own act is the group ("..., the group said in al-Naba");
- "a family of five" counts five; a noun phrase conjoined to a figure keeps its own count ("18 of the
  assailants and one member of the security forces": 19);
- "neutralised" / "eliminated" kill armed people only; "shot down 60 of them" counts the drones told before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..records import Actor
from .clause import speaker_of
from .lexicon import ARMED_WORDS
from .story import sentence_of


def teller_of(tok: Any, verbs: frozenset[str]) -> Any:
    """The subject of the verb of saying above the death ``tok`` (:func:`clause.speaker_of`), but never
    the doer the parse hung the killing on: in "Israeli airstrikes killed 38 Palestinians ..., medics
    said" the parser makes "airstrikes" a subject of "said" with "killed" below it; the medics tell it."""
    who = speaker_of(tok, verbs, depth=3)
    if who is None:
        return _participle_teller(tok, verbs)
    if tok.dep_ != "acl" or tok.head.i != who.i:
        return who
    return next((c for c in who.head.children if c.dep_ == "nsubj" and c.i != who.i), None)


def _participle_teller(tok: Any, verbs: frozenset[str]) -> Any:
    """"IS claimed the attack, saying (in a statement) that its fighters killed 22 soldiers": a verb of
    saying in a participle clause has the subject of the clause it hangs on."""
    h = tok
    for _ in range(3):
        if h.head.i == h.i:
            return None
        h = h.head
        if h.lemma_.lower() in verbs:
            if h.tag_ != "VBG" or h.dep_ != "advcl" or any(c.dep_ == "nsubj" for c in h.children):
                return None
            return next((c for c in h.head.children if c.dep_ == "nsubj"), None)
    return None


#: Words by which a group's own statement names it ("..., the group said in its newsletter").
GROUP_ANAPHORS = frozenset("group movement organisation organization militants insurgents jihadists rebels".split())
_MONITORS = re.compile(r"\b(?:rights|watch|amnesty|observatory|monitor|monitors|monitoring|united nations|u\.?n\.?|"
                       r"ocha|unicef|msf|doctors|committee|coalition|network|ngo|charity|agency|office)\b", re.I)


def own_group_teller(who: Any, tok: Any, actor_at: Callable[[Any], Actor | None] | None) -> bool:
    """``who``, "the group" telling the deaths ``tok``, is the armed group the sentence names as the
    killer ("Islamic State fighters beheaded six Christians ..., the group said in its newsletter"):
    a party's claim. Not where a monitor or a rights group is told of in the sentence or the one before."""
    if actor_at is None or who.lower_ not in GROUP_ANAPHORS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in who.children) or len(list(who.subtree)) > 2:
        return False
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    actor = actor_at(doer) if doer is not None else None
    if actor is None or (actor.inter or 0) not in (2, 3, 4) or actor.name.startswith("Unidentified"):
        return False
    sent = tok.sent
    start = sent.start_char
    if sent.start > 0:
        start = sent.doc[sent.start - 1].sent.start_char
    return _MONITORS.search(sent.doc.text, start, sent.end_char) is None


#: Nouns of a group counted by its members ("a family of five", "a group of 12 farmers").
GROUP_NOUNS = frozenset("family group household".split())


def counted_members(inner: Any) -> bool:
    """The members after "a family of" carry a number ("five", "12 farmers"): the group counts them."""
    return inner.like_num or inner.pos_ == "NUM" or any(c.dep_ == "nummod" for c in inner.children)


def number_tokens(tok: Any) -> list[Any]:
    """The words of the figure ``tok`` heads, without a noun phrase conjoined to it: in "18 of the
    assailants and one member of the security forces" the member's "one" is a count of its own; and
    without the "of" phrase of a partitive ("Twenty-nine of them": the figure is "Twenty-nine")."""
    skip = {t.i for c in tok.children
            if (c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")) or (c.dep_ == "prep" and c.lower_ == "of")
            for t in c.subtree}
    return [t for t in tok.subtree if t.i not in skip]


#: The words of military statements for killing foes ("troops neutralised 12 terrorists"): deaths only
#: of armed people (a bomb, a threat or a network "neutralised" is no one).
SOFT_KILLS = frozenset("neutralise neutralize eliminate".split())


def unarmed_neutralised(tok: Any, victim: Any) -> bool:
    """``victim`` of a soft killing word ``tok`` is no armed person ("neutralised an explosive device",
    "eliminated the threat"); "neutralised scores of terrorists" counts."""
    if tok.lemma_.lower() not in SOFT_KILLS and tok.lower_[:9] not in ("neutralis", "neutraliz", "eliminate"):
        return False
    noun = victim
    if victim.like_num or victim.lower_ in ("scores", "dozens", "hundreds", "tens", "several", "many", "some"):
        noun = next((g for c in victim.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), victim)
    return noun.lemma_.lower() not in ARMED_WORDS and noun.lower_ not in ARMED_WORDS


def machines_of_them(victim: Any, machines: frozenset[str]) -> bool:
    """"Russian forces launched 80 drones ..., and air defences shot down 60 of them": the figure counts
    what "them" stands for, the last plural object told before it, here machines (no one died)."""
    of = next((g for c in victim.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"), None)
    if of is None or of.lower_ not in ("them", "these", "those"):
        return False
    before = [t for t in victim.sent if t.i < victim.i and t.tag_ == "NNS" and t.dep_ in ("dobj", "nsubjpass")]
    return bool(before) and before[-1].lemma_.lower() in machines


def no_victim(tok: Any, victim: Any, machines: frozenset[str]) -> bool:
    """The readers above that make ``victim`` of the killing word ``tok`` no one dead."""
    return unarmed_neutralised(tok, victim) or machines_of_them(victim, machines)


#: words before a figure that make it a count, not a year ("some 2000 protesters", "more than 1950 people")
COUNT_LEADS = frozenset("about some around nearly almost over than least to up approximately roughly estimated".split())
#: words before a figure that make it a year ("any 2011 protesters", "the 2014 attacks", "their 2019 raid")
YEAR_LEADS = frozenset("the any a an his her their its this that these those every each our my".split())


def year_before_noun(num: Any) -> bool:
    """A four-digit 19xx/20xx figure before a noun read as a year, not a count ("any 2011 anti-regime
    protesters", "the 2014 attacks"): after a determiner, before another modifier of the noun, or an
    uneven figure with no word of counting before it ("some 2000 protesters" stays a count)."""
    text = num.text
    if len(text) != 4 or not text.isdigit() or not 1900 <= int(text) <= 2099 or num.head.i <= num.i:
        return False
    doc = num.doc
    prev = doc[num.i - 1].lower_ if num.i > sentence_of(doc, num.i).start else ""
    if prev in COUNT_LEADS or any(c.dep_ == "quantmod" for c in num.children):
        return False
    if prev in YEAR_LEADS or any(t.pos_ in ("ADJ", "NOUN", "PROPN") for t in doc[num.i + 1 : num.head.i]):
        return True
    return not text.endswith("00")
