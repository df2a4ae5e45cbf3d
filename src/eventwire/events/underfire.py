""""Soldiers came under attack", "a convoy came under fire from militants": the subject of "come under"
is the one the act is done to, not its doer; the doer is the object of "from" or "by" (on the noun or
on the verb), unsaid otherwise."""

from __future__ import annotations

from typing import Any

from .words import doc_words

#: What one comes under when attacked ("came under heavy fire", "came under rocket attack")
ATTACK_NOUNS = frozenset("attack attacks fire gunfire assault assaults shelling shellfire bombardment bombing "
                         "ambush barrage".split())


COME_KEY = "eventwire_doc_has_come"


def _doc_has_come(doc: Any) -> bool:
    """Whether a token of ``doc`` has the lemma "come" (kept on the doc; True for anything without a
    doc's word tables, a test's stand-in)."""
    user = getattr(doc, "user_data", None)
    if user is None:
        return True
    got = user.get(COME_KEY)
    if got is None or got[0] != len(doc):
        got = user[COME_KEY] = (len(doc), "come" in doc_words(doc)[2])
    return got[1]


def _come_under(tok: Any) -> tuple[Any, Any] | None:
    """(verb, noun) of "come under <noun>", with ``tok`` the verb "come" or the noun; None otherwise
    (at once in a doc without the lemma "come": both readings need one)."""
    if not _doc_has_come(getattr(tok, "doc", None)):
        return None
    if tok.lemma_ == "come" and tok.pos_ in ("VERB", "AUX"):
        under = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "under"), None)
        noun = next((g for g in under.children if g.dep_ == "pobj"), None) if under is not None else None
        return (tok, noun) if noun is not None else None
    if tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.lemma_ == "come":
        return tok.head.head, tok
    return None


def came_under(tok: Any) -> tuple[Any, Any] | None:
    """(doer, target) of an act told by "come under <attack>", with ``tok`` the verb "come" or the
    noun; None when ``tok`` tells no such act. The doer is None when the text does not say it."""
    got = _come_under(tok)
    if got is None or got[1].lemma_.lower() not in ATTACK_NOUNS:
        return None
    verb, noun = got
    target = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    doer = next((g for x in (noun, verb) for p in x.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                 for g in p.children if g.dep_ == "pobj"), None)
    return doer, target


#: Durations a fight lasts ("came under fire for two hours"): "for" then tells no criticism
_DURATION_NOUNS = frozenset("second seconds minute minutes hour hours day days night nights week weeks while time".split())


def criticised(tok: Any) -> bool:
    """"The police came under fire for tasering a man", "came under fire over his remarks": criticism,
    no act of violence (``tok`` the verb "come" or the noun); not "came under fire for two hours"."""
    got = _come_under(tok)
    if got is None or got[1].lemma_.lower() not in ("fire", "attack", "criticism", "scrutiny"):
        return False
    verb, noun = got
    for x in (noun, verb):
        for p in x.children:
            if p.dep_ == "prep" and p.lower_ in ("for", "over"):
                what = next((g for g in p.children if g.dep_ in ("pobj", "pcomp")), None)
                if what is not None and what.lemma_.lower() not in _DURATION_NOUNS:
                    return True
    return False
