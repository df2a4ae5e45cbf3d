"""Who did it: the perpetrator of an article's main event in HRDsAttack's terms (Ran et al. 2023; the
OHCHR SDG 16.10.1 ontology), read from the main report's ACLED actors and the article's lead.

Perpetrator (:func:`perpetrator_type_of`, :func:`find_perpetrator`). The main report's actor1 is
mapped by its ACLED inter code and name:

* inter 1 (state forces: military, police, "Government of X") -> ``state actor``; a state body that
  is not a security force (a court, a ministry, a prosecutor, a regulator, named so in the actor or
  in the words) -> ``other state actors``;
* inter 8 (external forces): a UN/AU/NATO mission -> ``regional orgs``; a foreign army -> ``state
  actor``;
* pro-government militias (names with "pro-government", "vigilante", "paramilitary",
  "Imbonerakure") -> ``other actors with permissions`` (armed actors acting on behalf of the
  state);
* inter 2/3/4 (rebels, political and identity militias, gunmen, kidnappers, bandits, terrorists)
  -> ``other actors without permissions`` (non-state armed actors); but an "Unidentified Armed
  Group" the text calls guards, officers, soldiers or agents -> ``state actor``;
* inter 5/6/7 (rioters, protesters, civilians: a mob, a company, a man) -> ``other non-state
  actors``.

Protesters, rioters and civilians as actor1 (a protest the police broke up, an arrest coded with
the arrested as actor1) are the ones the violation befell: the perpetrator is then actor2 when it
is a state or armed actor.

A crime report (:func:`crime_doer`): when the headline or the lead says that someone was charged
with, arrested for, convicted of, sentenced for ... a violent act ("man charged with kidnapping",
"police detain chief over alleged murder", "court jails man for beating workers", "kidnap suspect"),
the violation is that act and its perpetrator the person charged, not the police or the court that
acted on it: ``other non-state actors`` (a man, a couple, an executive), ``state actor`` when the
person charged is a state agent ("police officer charged with murder").

When the report has no actor, or only ACLED's default "Unidentified Armed Group" that the text
never names (``Actor.text`` is None), the type is read from the event and its sentence: an arrest or
a protest broken up (only a state does that) -> ``state actor``; non-state armed words in the
sentence (gunmen, kidnappers, bandits, gang) -> ``other actors without permissions``; a violent
event (an abduction, sexual violence, an attack) whose headline and lead speak of kidnappers, ransom,
gunmen, pirates ... at least :data:`MIN_ARMED_VOTE` times more often than of arrests, detention,
custody, police ... (:func:`lead_vote`) -> ``other actors without permissions`` (most abductions of
defenders without a named actor are disappearances into custody); a violation whose headline and lead
speak of companies, employers, management, factories, workers, strikes, mobs ... at least
:data:`MIN_PRIVATE_VOTE` times more often than of the state (:func:`private_vote`: a labour dispute, a
private quarrel) -> ``other non-state actors``; an article with no coded violent event -> ``other
non-state actors``; otherwise ``state actor`` (the OHCHR indicator counts violations against
defenders, most of them by state agents). ``perpetrator_mention`` is true when an actor is named (in
the report, its sentence or the article's actor mentions). Nov 2026, the lead votes on all kinds of
event and the private vote: perp_type dev 0.712 -> 0.729, val 0.562 -> 0.577.
"""

from __future__ import annotations

import logging
import re

from ..records import Actor, Article, EventReport
from .article_text import title_end_of
from .doctables import count_matches, search_text
from .story import sentences as doc_sentences
from .words import span_text

log = logging.getLogger(__name__)

PERPETRATOR_TYPES = ("state actor", "other state actors", "regional orgs", "other non-state actors",
                     "other actors with permissions", "other actors without permissions", "insufficient info")

_NONSTATE_WORDS = frozenset("""gunmen gunman kidnappers kidnapper bandits bandit gang gangs gangsters militants
    militant terrorists terrorist rebels rebel insurgents insurgent jihadists assailants attackers abductors
    captors""".split())
_STATE_BODY_WORDS = frozenset("""court courts judge judges judiciary prosecutor prosecutors ministry minister
    parliament regulator tribunal""".split())
_PERMISSION_WORDS = ("pro-government", "pro government", "vigilante", "imbonerakure", "paramilitar")
_REGIONAL_WORDS = ("united nations", "african union", "nato", "un mission", "amisom", "minusma", "monusco",
                   "minusca", "unifil", "unmiss", "samim", "ecowas", "european union")
_GENERIC_UNIDENTIFIED = "Unidentified Armed Group"


#: words that make an "Unidentified Armed Group" the state ("prison guards", "security agents",
#: "men in police uniform")
_STATE_AGENT_WORDS = frozenset("""police policeman policemen officers officer soldiers soldier troops guards guard
    agents army military""".split())


def perpetrator_type_of(actor: Actor | None) -> str | None:
    """The HRDsAttack perpetrator type of an ACLED actor (None: no actor, or ACLED's default
    "Unidentified Armed Group" that the text never named)."""
    if actor is None:
        return None
    name = actor.name.lower()
    if actor.name.startswith(_GENERIC_UNIDENTIFIED) and not actor.text:
        return None
    if any(w in name for w in _REGIONAL_WORDS):
        return "regional orgs"
    if any(w in name for w in _PERMISSION_WORDS):
        return "other actors with permissions"
    inter = actor.inter or 0
    if inter == 1:
        words = set(re.findall(r"[a-z]+", (actor.text or "").lower()))
        if not name.startswith(("military forces", "police forces")) and words & _STATE_BODY_WORDS \
                and not words & {"police", "army", "military", "forces", "troops", "soldiers"}:
            return "other state actors"
        return "state actor"
    if inter == 8:
        return "state actor"
    if inter in (2, 3, 4):
        if actor.name.startswith(_GENERIC_UNIDENTIFIED) \
                and set(re.findall(r"[a-z]+", (actor.text or "").lower())) & _STATE_AGENT_WORDS:
            return "state actor"  # an unidentified group the text calls guards, officers, agents
        return "other actors without permissions"
    if inter in (5, 6, 7):
        return "other non-state actors"
    return None


def _sentence_words(article: Article, report: EventReport | None) -> set[str]:
    if report is None or article.doc is None:
        return set()
    span = article.doc.char_span(report.evidence.start, report.evidence.end, alignment_mode="expand")
    return {t.lower_ for t in span} if span is not None else set()


# -- crime reports ------------------------------------------------------------------------------
#: how many body sentences after the headline make the lead a crime report is read from
LEAD_SENTENCES = 2

_CHARGE = (r"charged|charges?|charging|arrest(?:ed|s)?|detain(?:ed|s)?|held|holds?|convict(?:ed|s)?|"
           r"sentenc(?:ed|es?)|jail(?:ed|s)?|accused|suspected|indicted|guilty|arraigned|suspicion|faces?|facing|"
           r"nabbed|nabs?|remanded|extradited|booked|prosecuted|trial")
_CRIME = (r"kidnap\w*|abduct\w*|murder\w*|kill(?:ing|ings|ed)?|rap(?:e|ed|ing|es|ist)|sexual(?:ly)? assault\w*|"
          r"assault\w*|attack\w*|harass\w*|threat\w*|tortur\w*|lynch\w*|stab\w*|shoot\w*|shot|beat(?:ing|en)?|"
          r"traffick\w*|hijack\w*|abus\w*|robb\w*|homicide|manslaughter|massacre|bomb(?:ing|ings)?|behead\w*|"
          r"hostage\w*|extort\w*|death|slay\w*|slain|invasion|burglar\w*")
#: words between the preposition and the act ("for the alleged kidnap", "for hammer attack")
_FILL = r"(?:[‘“'\"]?(?!\w+ing\b)[\w'’-]+ ){0,2}[‘“'\"]?"
_CRIME_AFTER_CHARGE = re.compile(
    rf"\b(?P<charge>{_CHARGE})\b(?P<mid>(?:,? [\w'’-]+){{0,5}}?),? (?:with|for|over|of|in|after) {_FILL}(?:{_CRIME})\b",
    re.IGNORECASE)
_CRIME_NOUN = re.compile(rf"\b(?:{_CRIME}) (?:suspects?|charges?|accused|plot|kingpin|convicts?)\b|\bserial killer|"
                         r"\b(?:arrest\w*|nab\w*|detain\w*|held|charged?) (?:\w+ )?(?:suspects?|kidnappers?|"
                         r"killers?|murderers?|abductors?|rapists?)\b", re.IGNORECASE)
#: a state agent charged: the violation is a state one ("police officer charged with murder")
_STATE_AGENT = re.compile(
    r"\b(?:police(?:m[ae]n|wom[ae]n)?|officers?|soldiers?|troops|lieutenant|sergeant|constables?|guards?|"
    r"ex-police\w*|cops?|army|military|officials?|agents?|warders?)\b", re.IGNORECASE)


#: an armed group charged: a non-state armed actor ("terrorist", "gang", "bandits")
_ARMED_DOER = re.compile(r"\b(?:terror\w*|gunm[ae]n|bandits?|gangs?|gangsters?|militants?|militias?|jihadists?|"
                         r"insurgents?|rebels?|kidnap(?:ping)? (?:gang|ring|syndicate|kingpin)\w*)\b", re.IGNORECASE)


def lead_end(article: Article, *, sentences: int = LEAD_SENTENCES) -> int:
    """The end offset of the ``sentences``-th sentence after the headline."""
    end = title_end_of(article)
    doc = article.doc
    if doc is None:
        return min(len(article.text), end + 400)
    stop, n = end, 0
    for sent in doc_sentences(doc)[0]:
        if sent.end_char <= end or not span_text(sent).strip():
            continue
        stop = sent.end_char
        n += 1
        if n >= sentences:
            break
    return stop


def lead_text(article: Article, *, sentences: int = LEAD_SENTENCES) -> str:
    """The headline and the first ``sentences`` sentences after it, newlines as spaces."""
    return " ".join(article.text[: lead_end(article, sentences=sentences)].split())


def crime_doer(article: Article) -> str | None:
    """The perpetrator type of the person that the headline or lead says was charged with /
    arrested for / convicted of a violent act (module doc); None: no such crime report."""
    lead = lead_text(article)
    m = search_text(_CRIME_AFTER_CHARGE, lead) or search_text(_CRIME_NOUN, lead)
    if m is None:
        return None
    before = lead[max(0, m.start() - 25) : m.start()].split()[-2:]
    mid = m.groupdict().get("mid") or ""
    if _STATE_AGENT.search(mid) or (_STATE_AGENT.search(" ".join(before))
                                     and m.group(0).split()[0].lower().endswith("ed")):
        return "state actor"
    if _ARMED_DOER.search(lead):
        return "other actors without permissions"
    return "other non-state actors"


# -- the perpetrator ----------------------------------------------------------------------------
_STATE_WORDS = frozenset("""police policeman policemen officers officer security forces army soldiers troops military
    authorities agents government regime guards junta""".split())
_STATE_ACTS = frozenset({"Arrests", "Protest with intervention", "Excessive force against protesters"})
#: the actor kinds that a crime report overrides (the police or court acting on the crime)
_ENFORCERS = frozenset({None, "state actor", "other state actors"})


def find_perpetrator(article: Article, report: EventReport | None, *,
                     crime: str | None | bool = False) -> tuple[bool, str, str | None]:
    """(perpetrator mentioned, perpetrator type, actor name) of the report (see the module doc);
    ``crime``: the article's :func:`crime_doer` when the caller has it (False: read it here)."""
    actor = report.actor1 if report is not None else None
    if actor is not None and (actor.inter or 0) in (5, 6, 7) and report is not None:
        # protesters, rioters and civilians as actor1 are the ones the violation befell (a protest
        # the police broke up, an arrest coded with the arrested as actor1): the perpetrator is
        # the other side, when the report has one
        other = report.actor2
        actor = other if other is not None and (other.inter or 0) in (1, 2, 3, 4, 8) else None
    kind = perpetrator_type_of(actor)
    if kind in _ENFORCERS and article.doc is not None:
        doer = crime_doer(article) if crime is False else crime
        if isinstance(doer, str):
            return True, doer, actor.name if doer == kind and actor is not None else None
    if kind is not None and actor is not None:
        return True, kind, actor.name
    name = actor.name if actor is not None and actor.text else None
    words = _sentence_words(article, report)
    mentioned = bool(article.actor_mentions) or bool(words & (_STATE_WORDS | _NONSTATE_WORDS))
    if report is None:
        # no violent event coded: the harm is not an armed or security-force act (a company, a
        # person, an institution that is not the state)
        return mentioned, "other non-state actors", None
    sub = report.sub_event_type
    if sub in _STATE_ACTS:
        return True, "state actor", name
    if words & _NONSTATE_WORDS:
        return True, "other actors without permissions", name
    if lead_vote(article) >= MIN_ARMED_VOTE:
        return mentioned, "other actors without permissions", name
    if private_vote(article) >= MIN_PRIVATE_VOTE:
        return mentioned, "other non-state actors", name
    return mentioned, "state actor", name


#: how many more armed non-state cues than state cues the lead needs (a tie on the dev split with 1)
MIN_ARMED_VOTE = 2
_ARMED_CUES = re.compile(r"\b(?:kidnap\w*|ransom|hostages?|cartels?|gunm[ae]n|bandits?|gangs?|gangsters?|"
                         r"militants?|jihadists?|insurgents?|rebels?|terrorists?|pirates?|abductors?|captors?)\b",
                         re.IGNORECASE)
_STATE_CUES = re.compile(r"\b(?:arrest\w*|detain\w*|detention|disappear\w*|custody|camps?|prisons?|jail\w*|"
                         r"police\w*|soldiers?|troops|army|military|security (?:forces|services|agents)|"
                         r"authorities|regime|government)\b", re.IGNORECASE)


def lead_vote(article: Article) -> int:
    """Armed non-state cues minus state cues in the headline and lead (kidnap, ransom, gunmen ...
    against arrest, detention, disappeared, custody, police ...): > 0 reads a violent event with no
    named actor as the act of a non-state armed group (>= MIN_ARMED_VOTE), else of the state."""
    lead = lead_text(article, sentences=LEAD_SENTENCES + 1)
    return count_matches(_ARMED_CUES, lead) - count_matches(_STATE_CUES, lead)


#: how many more private-party cues than state cues the lead needs to read an unnamed perpetrator as
#: a private one (an employer, a company, a landowner, a mob)
MIN_PRIVATE_VOTE = 2
_PRIVATE_CUES = re.compile(r"\b(?:compan(?:y|ies)|employers?|management|managers?|executives?|firms?|"
                           r"corporat(?:e|ion|ions)|factory|factories|plants?|bosses|owners?|landowners?|"
                           r"landlords?|contractors?|multinationals?|mobs?|lynch\w*|workers?|strikes?|strikers|"
                           r"unions?|unionists?|employees?|labou?r)\b", re.IGNORECASE)


def private_vote(article: Article) -> int:
    """Private-party cues minus state cues in the headline and lead (company, employer, management,
    factory, workers, mob ... against arrest, detention, police, army, government ...): a violation
    with no named actor in a labour dispute or a private quarrel is not the state's."""
    lead = lead_text(article, sentences=LEAD_SENTENCES + 1)
    return len(_PRIVATE_CUES.findall(lead)) - len(_STATE_CUES.findall(lead))
