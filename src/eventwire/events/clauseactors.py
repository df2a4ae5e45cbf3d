"""The actor that another clause of an act's sentence names as a doer ("civilians were killed when
government aircraft bombed a market", "soldiers raided the village and two men were arrested"): the
subject or "by" agent of a verb of the sentence, of the kinds asked, nearest to the act first; never
who tells it ("police said gunmen killed ...") nor who gives its toll. Used by
:mod:`eventwire.events.roles`, which also reads the token it was found at (the noun that may name
coordinated countries: "U.S. and British warplanes carried out strikes ..., saying one person was killed")."""

from __future__ import annotations

from typing import Any

from ..records import Actor
from .fatalities import toll_given
from .genericactors import custody_guard
from .parties import member_kind
from .story import sentence_of
from .words import doc_deps

#: Verbs of saying: their subject tells the act and is no party to it.
SAYING = frozenset("say tell report announce confirm claim accuse blame deny add state boast".split())
#: Verbs of looking into or judging an act: their subject is no party to it ("police are probing the bombing")
LOOKING_INTO = frozenset("probe investigate examine study review condemn denounce mourn".split())


def sentence_actor_at(
    finder: Any, trigger: Any, kinds: tuple[str, ...], *, iso: str | None, country: str | None,
    skip: set[str] | None = None,
) -> tuple[Actor, Any] | None:
    """The actor of one of ``kinds`` mentioned in the trigger's sentence as the subject or agent of
    a verb (nearest to the trigger first) and the token it was read at; None when there is none."""
    sent = sentence_of(trigger.doc, trigger.i)  # the doc's kept sentence (Token.sent walks the doc)
    found = []
    doc, deps, roles = sent.doc, doc_deps(sent.doc), ("nsubj", "pobj", "compound")  # (a passive subject is acted on)
    for tok in [doc[i] for i in range(sent.start, sent.end) if deps[i] in roles]:  # a token object only for those
        if tok.dep_ == "pobj" and tok.head.lower_ != "by":
            continue  # "by security forces" only
        if tok.dep_ == "compound" and (tok.head.dep_ not in ("nsubj", "pobj")
                                       or tok.head.dep_ == "pobj" and tok.head.head.lower_ != "by"):
            continue  # "near a police station" is no perpetrator
        if (
                finder.actor_kind(tok) or member_kind(finder, tok)  # "dissidents of the FARC"
                or ("state" if custody_guard(tok) else None)) not in kinds:  # "beaten by guards at a prison"
            continue
        verb = tok.head.head if tok.dep_ in ("pobj", "compound") else tok.head
        if verb.lemma_.lower() in SAYING or verb.lemma_.lower() in LOOKING_INTO or any(
                toll_given(c) is not None for c in verb.children):
            continue  # "police said gunmen killed ...", "police put the toll at 12": who tells it is no party to it
        found.append(tok)
    for tok in sorted(found, key=lambda t: abs(t.i - trigger.i)):
        a = finder.resolve(tok, iso=iso, country=country)
        if a is not None and a.name not in (skip or set()):
            return a, tok
    return None
