"""Capitals that stand for their governments (metonymy): no act's scene.

"Washington said ...", "Ankara regards the YPG as terrorists", "Moscow's air force", "Washington's
alliance with the Kurds", "Paris and London should also join forces", "senior officials in Washington,
Baghdad and London believe ...": the capital names the state, and an act the sentence (or its paragraph)
tells did not happen there. :func:`seat_for_state` says so for a mention of a national capital (GeoNames
``PPLC`` / ``PPLG``) that is the subject of a verb of saying, stance or policy (in a relative clause
too: "Ankara, which regards ..."), the agent of a passive ("opposed by Damascus"), the possessor of a
state's noun (its forces, policy, alliance, envoy ...), the one a request or a charge addresses ("asked
Washington to", "accused Moscow of", "tensions between Washington and ..."), or the place of "officials
in"; the other members of a list it heads or ends ("Paris and London should ...") share that reading. A
capital after a preposition of place ("a blast in Kabul"), the subject of other verbs ("Kabul fell"), the
possessor of other nouns ("Kabul's hospitals") or named with its own bodies ("told Kabul police") stays a
place.
"""

from __future__ import annotations

import re

from ..records import PlaceMention

#: GeoNames' codes of a national capital and of a seat of government
SEAT_CODES = frozenset({"PPLC", "PPLG"})

#: More members of a list after the name (", Baghdad and London", " and London")
_LIST_AFTER_RE = re.compile(r"(?:(?:,\s*|,?\s+and\s+)[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)*")
#: More members of a list before the name ("Washington, Baghdad and ", "Paris and ")
_LIST_BEFORE_RE = re.compile(r"(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?(?:,\s*|,?\s+and\s+))+$")

#: A state's noun after the capital's possessive ("Moscow's air force", "Ankara's latest experiment")
_STATE_NOUN_AFTER_RE = re.compile(
    r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:government|administration|regime|leadership|air\s?force|forces|military|army|navy|troops|soldiers|"
    r"warplanes|jets|aircraft|missiles|alliance|allies|ally|partners?|proxies|proxy|policy|policies|support|"
    r"backing|decision|intervention|involvement|strategy|experiment|envoys?|ambassador|diplomats|officials|"
    r"position|stance|demands?|plans?|campaign|offensive|operations?|war|role|response|approach|influence|"
    r"interests|relationship|relations|ties|deal|agreement|sanctions|concerns|objections|pressure|threats?|"
    r"patience|leverage|blessing|consent|approval|narrative|claims?|account|efforts?|aims|goals?|line)\b"
)
#: A verb of saying, stance or policy after the capital (an auxiliary and adverbs may come between)
_STATE_VERB_AFTER_RE = re.compile(
    r"(?:,?\s+(?:which|who))?(?:\s+(?:has|had|have|would|will|could|should|must|may|might|is|was|does|did|do|also|never|long|not|"
    r"still|already|repeatedly|now|then|previously|always|quickly|publicly|reportedly|apparently|has\s+long|"
    r"been|grown|become|increasingly|deeply))*"
    r"\s+(?:says?|said|saying|told|tells|announced|announces|insist(?:s|ed)?|regard(?:s|ed)?|consider(?:s|ed)?|"
    r"view(?:s|ed)?|accus(?:es|ed|e)|den(?:y|ies|ied)|warn(?:s|ed)?|demand(?:s|ed)?|reject(?:s|ed)?|"
    r"accept(?:s|ed)?|wants?|wanted|believe(?:s|d)?|claim(?:s|ed)?|agree(?:s|d)?|supports?|supported|"
    r"back(?:s|ed)?|urge(?:s|d)?|condemn(?:s|ed)?|fought|fights?|oppose(?:s|d)?|blame(?:s|d)?|vow(?:s|ed)?|"
    r"threaten(?:s|ed)?|respond(?:s|ed)?|retaliated|hope(?:s|d)?|fear(?:s|ed)?|argue(?:s|d)?|"
    r"maintain(?:s|ed)?|recogni[sz]e(?:s|d)?|sanction(?:s|ed)?|pledge(?:s|d)?|promise(?:s|d)?|"
    r"approve(?:s|d)?|ordered|decided|refuse(?:s|d)?|welcome(?:s|d)?|critici[sz]e(?:s|d)?|summon(?:s|ed)?|"
    r"expel(?:s|led)?|brokered|join(?:s|ed)?|intervened|sought|seeks?|wishes|wished|insisted|tried|tries|"
    r"stalling|refusing|seeking|trying|pressing|pushing|planning|weighing|leave|withdraw|"
    r"angered|irritated|frustrated|alarmed|worried|furious|wary|suspicious)\b"
)
#: People of a state placed in its capital ("senior officials in Washington", "diplomats in Paris")
_OFFICIALS_IN_BEFORE_RE = re.compile(
    r"\b(?:officials|diplomats|policymakers|policy-makers|leaders|governments|capitals)\s+in\s+$"
)
#: The one a request, a charge or a relation addresses ("asked Washington to hand over its bases", "accused
#: Moscow of", "tensions between Washington and its allies")
_ADDRESSEE_BEFORE_RE = re.compile(
    r"\b(?:asked|asks|urged|urges|told|tells|called\s+on|calls\s+on|pressed|presses|pressured|accused|accuses|"
    r"warned|warns|criticised|criticized|blamed|blames|thanked|praised|condemned|lobbied|persuaded|"
    r"(?:tensions|relations|ties|rift|dispute|split|differences|contacts)\s+(?:between|with))\s+$"
)
#: The agent of a passive ("is opposed by Damascus", "backed by Moscow"): a place does not act
_AGENT_BEFORE_RE = re.compile(
    r"\b(?!(?:surrounded|bordered|flanked|located|situated|hemmed|overshadowed|dwarfed)\b)[a-z]+(?:ed|en)\s+by\s+$"
)
#: The town's own bodies after its name ("Kabul police", "Moscow city court", "Kyiv residents")
_LOCAL_BODY_AFTER_RE = re.compile(
    r"\s+(?:police|authorities|residents|court|courts|city|municipality|mayor|council|prosecutors?|governor|"
    r"region|province|oblast|airport|metro|hospitals?)\b"
)
#: a preposition of place right before the name: "in Kabul", "to Moscow"
_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:in|at|near|outside|to|into|from|across|around|inside)\s+(?:the\s+)?$", re.I)


def seat_for_state(text: str, m: PlaceMention) -> bool:
    """Whether ``m`` names a national capital that stands for its state (see the module's doc)."""
    p = m.place
    if p is None or m.kind != "toponym" or (p.feature_code or "") not in SEAT_CODES:
        return False
    if _LOCAL_BODY_AFTER_RE.match(text, m.end):
        return False  # "told Kabul police", "Moscow city court": the town's own bodies act there
    lead = text[max(0, m.start - 80) : m.start]
    head = _LIST_BEFORE_RE.search(lead)
    first = lead[: head.start()] if head is not None else lead  # the words before the list's first member
    if _OFFICIALS_IN_BEFORE_RE.search(first) or _AGENT_BEFORE_RE.search(first) or _ADDRESSEE_BEFORE_RE.search(first):
        return True
    # a possessive belongs to the name itself ("the recruits to Ankara's latest experiment"), not to a
    # list's last member
    if _STATE_NOUN_AFTER_RE.match(text, m.end) is not None:
        return True
    if _PREPOSITION_BEFORE_RE.search(first):
        return False
    tail = _LIST_AFTER_RE.match(text, m.end)
    end = tail.end() if tail is not None else m.end
    return _STATE_VERB_AFTER_RE.match(text, end) is not None
