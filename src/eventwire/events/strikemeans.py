"""Which means a bombing used, read off the story when the sentence names no doer (helper TYPE8).

"Bombed" with no doer named ("last night they bombed the clinic", "four clinics have been bombed since
Monday") is a bombing from the air when the story tells strikes from the air (air strikes, warplanes,
air raids): :func:`unnamed_air_bombing`. Without such a story the planted bomb stays the reading ("a
church was bombed on Sunday" in a story of a bombing campaign by militants), and a named doer decides
as before (:func:`eventwire.events.weapons.air_strikes`: "Russian forces bombed", "militants bombed").
"""

from __future__ import annotations

from typing import Any

from .words import tokens_with

#: words that tell a strike from the air by themselves
AIR_WORDS = frozenset("airstrike airstrikes air-strike air-strikes warplane warplanes".split())
#: "air strikes", "air raid", "air campaign": nouns that "air" makes a strike from the air
AIR_HEADS = frozenset("strike strikes raid raids campaign bombardment bombardments attack attacks bombing bombings".split())
#: the doers a pronoun or a passive with no agent leaves unnamed
VAGUE_DOERS = frozenset("they it".split())
_KEY = "eventwire_air_story"


def air_story(doc: Any) -> bool:
    """The story tells strikes from the air somewhere ("air strikes", "an air raid", "warplanes");
    read once per document (cached in ``doc.user_data``)."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = bool(tokens_with(doc, lowers=AIR_WORDS)) or any(
            t.i + 1 < len(doc) and doc[t.i + 1].lower_ in AIR_HEADS for t in tokens_with(doc, lowers=frozenset({"air"}))
        )
        doc.user_data[_KEY] = cached
    return cached


def unnamed_air_bombing(verb: Any, doer: Any) -> bool:
    """``verb`` ("bomb") names no doer ("they bombed", "was bombed") and its story tells strikes from
    the air: a bombing from the air. Examples (invented), in a story of air strikes on the province:
    "last night they bombed the school" (True), "two clinics were bombed on Monday" (True); "militants
    bombed a church" (False: a named doer decides, see :func:`eventwire.events.weapons.air_strikes`)."""
    if verb.lemma_.lower() != "bomb" or verb.pos_ != "VERB":
        return False
    if doer is not None and not (doer.pos_ == "PRON" and doer.lower_ in VAGUE_DOERS and doer.head.i == verb.i):
        return False  # a named doer, or a pronoun of another clause ("it was a normal life, now and then bombing")
    if doer is None and not any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "bombed" with no subject at all (a fragment, a participle): no reading
    return air_story(verb.doc)
