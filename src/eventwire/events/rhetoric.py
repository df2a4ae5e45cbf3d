"""Cues in words that tell no act: a generic statement inside a quote, a comparison, a posture, a sentence not in
English (read by :func:`eventwire.events.figurative.figurative_cue`, so the cue is dropped before typing).

Read from an audit of real news (twenty-fifth session):

- a quoted statement in the simple present with no day, hour, place or number ("'They both bomb under a certain
  name,' he said", "'The regime kills its own people'"): a claim about how things are, no act of a day (a
  quoted report, "'Militants attacked a base near the town on Monday,' a police spokesman said", is a past act
  and stays);
- an act named as the second term of a comparison ("more scared of prisons than getting bombed");
- "sitting in a group", "sat in the car": a posture, not a sit-in;
- a sentence in another language ("... pero kapag meron pang ... ng gobyerno"): its cue words are read out of
  their language (mostly English words inside a Tagalog or Spanish sentence).
"""

from __future__ import annotations

from typing import Any

from .lexicon import CueHit
from .nonacts import no_act_cue
from .story import sentence_of
from .words import doc_text, span_lowers

OPEN_QUOTES = frozenset(('"', "\u201c", "``"))
CLOSE_QUOTES = frozenset(('"', "\u201d", "''"))
#: entity labels that make a statement particular: a day, an hour, a place, a number
PARTICULAR_ENTS = frozenset(("DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "QUANTITY"))
#: English function words (a sentence of several words with none of these is not English)
ENGLISH_WORDS = frozenset(
    """the a an of to in on at by for with from and or but is are was were be been has have had it its this that
    these those he she they we you i his her their our my who which what not no as than after before""".split())
#: frequent function words of languages news quotes come in (Tagalog, Spanish, Portuguese, French, Indonesian,
#: Italian, German); none is an English word
FOREIGN_WORDS = frozenset(
    """ang mga ng sa ay na si ni kay pero kapag naman po ito iyon hindi ba lang yung nang para mula
    el los las del por una que con para pero como es está están fue son muy también sobre entre hasta
    um uma os não com pelo pela dos das mas
    les des du est une sont avec pour dans sur pas qui mais aux ces cette
    yang dan di ini itu dengan untuk dari tidak akan pada juga ke
    il della che sono nel degli gli una
    und der das ist nicht mit den dem ein eine auf sich""".split())


def rhetorical_cue(doc: Any, h: CueHit) -> bool:
    """The cue ``h`` tells no act (see the module's note)."""
    tok = doc[h.start]
    if h.category == "PROTEST" and _posture(doc, h):
        return True
    sent = sentence_of(doc, h.start)
    if _foreign(sent):
        return True
    if _compared(tok) or _epoch_label(tok):
        return True
    return _quoted_generic(tok, sent) or no_act_cue(doc, h)  # "the killing fields", "had six bombers" (events.nonacts)


#: what an act is named "of" when it is a label, not an act ("the massacre of the 21st century")
EPOCHS = frozenset("century centuries decade decades era age generation millennium".split())


def _epoch_label(tok: Any) -> bool:
    """"We are standing before the massacre of the 21st century", "the war of our generation": an act named as
    the one of an epoch, a judgement, not an act told."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in EPOCHS for g in c.children) for c in tok.children)


#: public places where sitting is a protest ("farmers sat in the main square", "sat in front of parliament")
PUBLIC_PLACES = frozenset(
    """square squares street streets road roads highway highways plaza park parliament ministry office offices
    building headquarters embassy gate gates courthouse campus""".split())
#: words of a crowd that sits to protest ("hundreds of farmers sat in ...")
CROWD_WORDS = frozenset("hundreds thousands dozens scores tens crowd crowds".split())


def _posture(doc: Any, h: CueHit) -> bool:
    """"sitting in a separate group", "sat in his car", "sitting in front of a banner": "sit in" with an object
    of "in" and no hyphen, not in a public place nor by a crowd ("hundreds of farmers sat in the main square")."""
    if h.end - h.start < 2 or doc[h.start].lemma_.lower() != "sit":
        return False
    prep = doc[h.end - 1]
    where = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.lower_ != "in" or prep.i != h.start + 1 or where is None:
        return False
    if where.lower_ == "front":  # "in front of the parliament"
        where = next((g for c in where.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"), where)
    if where.lemma_.lower() in PUBLIC_PLACES or where.lower_ in PUBLIC_PLACES:
        return False
    subject = next((c for c in doc[h.start].children if c.dep_ == "nsubj"), None)
    return subject is None or not _crowd(subject)


def _crowd(tok: Any) -> bool:
    """"hundreds of farmers", "200 workers": a crowd (not "two girls")."""
    if tok.lower_ in CROWD_WORDS:
        return True
    return any(c.dep_ == "nummod" and (c.lower_ in CROWD_WORDS or (
        c.text.replace(",", "").isdigit() and int(c.text.replace(",", "")) >= 10)) for c in tok.children)


def _foreign(sent: Any) -> bool:
    """Most function words of the sentence are of another language (three or more of them)."""
    words = span_lowers(sent)
    foreign = sum(w in FOREIGN_WORDS for w in words)
    return foreign >= 3 and foreign > sum(w in ENGLISH_WORDS for w in words)


def _compared(tok: Any) -> bool:
    """"more scared of prisons than getting bombed", "worse than being shelled": the act is the second term of a
    comparison."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else None
    return verb is not None and verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("pcomp", "pobj") and (
        verb.head.lower_ == "than")


def _inside_quote(tok: Any, sent: Any) -> bool:
    """``tok`` is inside quotation marks: after an opening mark of the sentence with no closing one between,
    before a closing mark with no opening one before it, or in a quote its paragraph opened in an earlier
    sentence and has not closed."""
    doc = tok.doc
    full = doc_text(doc)
    para = full[full.rfind("\n", 0, sent.start_char) + 1 : sent.start_char]
    if para and (para.count("\u201c") > para.count("\u201d") or (
            "\u201c" not in para and para.count('"') % 2 == 1)):
        return not any(doc[i].text in CLOSE_QUOTES for i in range(sent.start, tok.i))
    opened = False
    for i in range(sent.start, tok.i):
        word = doc[i].text
        if word in OPEN_QUOTES and (word != '"' or not opened):
            opened = True
        elif word in CLOSE_QUOTES and opened:
            opened = False
    if opened:
        return True
    if any(doc[i].text in OPEN_QUOTES for i in range(sent.start, tok.i)):
        return False
    return any(doc[i].text in CLOSE_QUOTES for i in range(tok.i + 1, sent.end))


def _quoted_generic(tok: Any, sent: Any) -> bool:
    """A quoted statement in the simple present with no day, hour, place or number ("'They both bomb under a
    certain name'", "'The regime kills its own people'")."""
    verb = tok if tok.pos_ == "VERB" else None
    if verb is None or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    if not _inside_quote(verb, sent):
        return False
    return not any(e.label_ in PARTICULAR_ENTS for e in sent.ents) and not any(t.like_num or _placed(t) for t in sent)


#: prepositions of place ("in Aleppo", "near the border town of X")
PLACE_PREPS = frozenset("in at near outside around inside across into".split())


def _placed(tok: Any) -> bool:
    """``tok`` is a proper name after a preposition of place ("in Aleppo", however its entity is labelled)."""
    return tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS
