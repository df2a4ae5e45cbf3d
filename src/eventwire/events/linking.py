"""Where and when: linking an event to a place mention and a date of its own article.

Location: a place mention of the event sentence (the most specific one, nearest to the trigger and
preferably inside its clause: town (or a relative location on one) / district over province over a
direction on a country ("central Mali") over the country; demonyms never; a place whose police force
the sentence names comes first unless the act's own clause locates it: :data:`POLICE_PREFERENCE`), else the nearest earlier
place of the same paragraph, else the dateline's place, else the article's main place. Only places
of the same article (a related headline is an article of its own). A country-only location (a
direction on a country too) is allowed but flagged; a town the sentence names with a locative
preposition beats it. A place of a gerund clause of the act ("after pulling them off a bus in X")
beats the dateline; "in the area" with no place of the paragraph is the last paragraph's place. A
capital that stands for its state ("Washington said", "Moscow's air force": :func:`geo.seats.seat_for_state`) is no place.

Date: a date mention of the sentence (nearest to the trigger), else the date of the event the
sentence elaborates (the last dated, non-background event before it in the same part of the page),
else no date, with the reason. Nothing is invented from the publication date for these.

The article's main event is dated by :func:`eventwire.events.dating.main_event_date`.

Country: :func:`article_country` weighs every place mention as evidence of where the article's
violation happened (:func:`mention_features` / :data:`WEIGHTS`: headline, dateline, violation
sentences count more; statements, courts, demonyms, actor names and states or capitals that act
less), so an article about one country gives it even without an event; :func:`country_scores` adds
to a country's weight the places that locate a violation ("was abducted in Karachi") and discounts
the countries news names for their reactions (:data:`OVER_NAMED`), with constants fitted on
HRDsAttack dev (``benchmarks/place_weights_fit.py``). :func:`dominant_place` picks that country's
admin1 and town by the same weights (a district's weight goes to the towns named in it; a village
the gazetteer lacks that the geo tagger placed inside the place named with it, "the village of
Jangebe" in Zamfara State, is a town of its own: :func:`unlisted_town`). Hong Kong and Macau are
China, with the territory as admin1, as ACLED codes them (:data:`ACLED_COUNTRY`). A place whose
police force is named ("the Lagos Police Command", "NYPD" spelt out, "Pune police") is where that
force acts (``WEIGHTS["police"]``, not discounted as part of an organisation's name); the town of
the dateline ("MANILA, Philippines --", also when the segmenter left it in the body:
:func:`dateline_spans`) is favoured among the towns of the chosen admin1
(``WEIGHTS["dateline_town"]``). The outlet's name
after a headline ("... – Mission City Record", :func:`outlet_start`) is neither evidence nor an
event's place.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..geo.launch import launch_site
from ..geo.origins import named_for_another
from ..geo.seats import seat_for_state
from ..records import Article, DateMention, PlaceMention
from .areas import funeral_of_told, told_area
from .article_text import (
    PROCEEDING_RE,
    REACTION_RE,
    VIOLATION_RE,
    head_verb,
    lead_end_of,
    paragraph_start,
    title_end_of,
)
from .clauseplaces import clause_place_kept
from .doctables import Spans as _Spans
from .doctables import case_blind, fold_text_of
from .doerplace import scene_abroad, without_doers
from .grievances import grievance_place
from .hometowns import home_town
from .landmarks import locates_another
from .nearplaces import nearest_earlier
from .nexttowns import town_told_next
from .outlets import outlet_start  # (re-exported: tests import it from here)
from .participles import shared_participle, shares_auxiliary
from .scenes import entry_heading, not_a_scene, unknown_place
from .story import sentence_of, sentences
from .words import char_span, doc_ents, span_text

COUNTRY_CODES = ("PCLI", "PCL", "PCLD", "PCLF", "PCLS", "PCLIX", "TERR", "CONT")


def specificity(m: PlaceMention) -> int:
    """Lower is more specific: 0 town / supplement place, 1 district, 2 province / region, 4 country;
    9 demonyms and unresolved mentions (never the place of an event). A relative phrase is 0 ("40 km
    east of Palmyra", "the countryside of Idlib"), except one on a country ("central Mali", "eastern
    Congo"), which is :data:`RELATIVE_COUNTRY`: more than the bare country, less than any division
    or town named with it ("in Moura, in central Mali"). A town the gazetteer lacks, placed inside
    the division named with it (:func:`unlisted_town`: "Moura" coded at Mopti), is a town: 0."""
    if m.kind == "demonym" or m.place is None:
        return 9
    level = place_level(m)
    if m.kind == "relative":
        return RELATIVE_COUNTRY if level == 4 else 0
    if level < 4 and unlisted_town(m) is not None:
        return 0
    return level


#: The :func:`specificity` of a relative phrase anchored on a country ("central Mali"): less specific
#: than a province, more than the country named alone.
RELATIVE_COUNTRY = 3


def place_level(m: PlaceMention) -> int:
    """The level of the resolved place itself ("the area of Niger state" is a province): 0 town or
    supplement place, 1 district, 2 province / region, 4 country."""
    code = (m.place.feature_code or "").upper()
    if code.startswith(COUNTRY_CODES) or (m.place.geo_precision is None and not m.place.admin1 and code == ""):
        return 4
    if code.startswith("ADM1") or code in ("RGN", "AREA", "DSRT", "RGNE"):
        return 2
    if code.startswith(("ADM2", "ADM3")):
        return 1
    return 0


#: The start of ``Place.reason`` the geo tagger gives a name the gazetteer lacks that the context makes
#: a place ("the village of Jangebe", "in Balintawak, Quezon City"): the mention carries the place
#: it lies in (or next to), and names a town of its own (:func:`unlisted_town`).
UNLISTED_REASON = "not in the gazetteer; "


def unlisted_town(m: PlaceMention) -> str | None:
    """The name of the town a mention names when the gazetteer lacks it and the tagger placed it
    inside (or next to) a place named with it ("the village of Jangebe" in Zamfara State): the
    mention's own words; None for any other mention."""
    p = m.place
    if p is None or m.kind != "toponym" or not p.reason.startswith(UNLISTED_REASONS):
        return None
    return m.text


#: The unlisted names :func:`unlisted_town` takes as towns: those placed inside the place named with
#: them ("Jangebe, Zamfara State", "Maidoro village in Kano State"); not those placed next to the
#: nearest town of the text or at the document's main place for want of a parent ("Lukashenko",
#: "Nordic": often no place at all).
UNLISTED_REASONS = (UNLISTED_REASON + "inside ",)


def _stand_in(m: PlaceMention) -> bool:
    """Whether the mention is a name the gazetteer lacks coded at another place than one it lies in
    (next to the nearest town, or at the document's main place: "Arihal" coded at Pulwama)."""
    return m.place is not None and m.place.reason.startswith(UNLISTED_REASON) and unlisted_town(m) is None


def _same_country(a: PlaceMention, b: PlaceMention) -> bool:
    """Whether two resolved mentions lie in one country (True when either has no country)."""
    ia = a.place.iso if a.place is not None else None
    ib = b.place.iso if b.place is not None else None
    return not ia or not ib or ia == ib


def _same_admin1(a: PlaceMention, b: PlaceMention) -> bool:
    return a.place is not None and b.place is not None and bool(a.place.admin1) and (
        (a.place.iso, a.place.admin1) == (b.place.iso, b.place.admin1))


def is_country_only(m: PlaceMention | None) -> bool:
    """Whether the mention names only a country (an event placed there is flagged)."""
    return m is not None and specificity(m) in (4, RELATIVE_COUNTRY)


#: Words that place a sentence where the text was before ("in the area", "near the village").
_SAME_AREA_RE = re.compile(r"\b(?:in|near|around|outside|inside) the (?:(?:same )?(?:area|region|vicinity|locality|village|"
                           r"town|city|camp|district|county|township)|same (?:province|checkpoint|base|post|market|road|spot|site))\b(?! of\b)|"
                           r"\b(?:in|at|near) an? (?:nearby|neighbou?ring) (?:village|town|area|hamlet|district)\b")


#: The doers of the act told before pointed back to ("fired on the gunmen", "later arrested"): its place.
_BACK_RE = re.compile(r"\b(?:the|those) (?:\w+ )?(?:gunmen|attackers|assailants|raiders|kidnappers|abductors|bombers?)\b|"
                      r"\blater (?:arrested|detained|killed|captured)\b|^(?:The|This|That) (?:violence|siege|standoff|ambush|"
                      r"fighting|unrest|attack|attacks|assault|raid|bombing|blast|explosion|massacre|shooting|troops|soldiers|militants|"
                      r"insurgents|fighters|rebels|militiamen)\b|\b(?:attacked|raided|stormed|overran|struck|shelled|bombed|besieged|entered|"
                      r"parts of) the (?:town|village|city|camp|settlement)\b(?! of\b)")


class PlaceLinker:
    """Place mentions of one article, ordered, with paragraph look-ups."""

    def __init__(self, article: Article) -> None:
        self.article = article
        title_end = title_end_of(article)
        outlet = outlet_start(article, title_end)  # "... – Mission City Record": the outlet, no event place
        text = article.text
        spec = {id(m): specificity(m) for m in article.place_mentions}
        self.mentions = sorted(
            (m for m in article.place_mentions if spec[id(m)] < 9 and not outlet <= m.start < title_end
             and not not_a_scene(text, m) and not launch_site(text, m, article.place_mentions)
             and not named_for_another(text, m, article.place_mentions)
             and not home_town(text, m, article.place_mentions)  # "Jac Holmes, 24, from Bournemouth"
             and not seat_for_state(text, m)  # "Washington said", "Moscow's air force": the state
             and not locates_another(text, m, article.place_mentions)),  # "Douma, near the capital, Damascus"
            key=lambda m: m.start,
        )
        self._starts = [m.start for m in self.mentions]
        self._specs = [spec[id(m)] for m in self.mentions]  # the :func:`specificity` of each, in that order
        self._fallback: PlaceMention | None | bool = False
        self._datelines = [(s.start, s.end) for s in article.sections if s.kind == "dateline"]

    def in_range(self, start: int, end: int) -> list[PlaceMention]:
        """The mentions inside ``start:end``, in text order (a binary search: called per sentence)."""
        lo, hi = bisect_left(self._starts, start), bisect_right(self._starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    def for_sentence(self, sent: Any, trigger: Any, *, in_actor: set[int] | None = None,
                     prefer: Any = None, isolated: bool = False) -> tuple[PlaceMention | None, str]:
        """The place of an event stated by ``sent`` (a spaCy Span) with trigger token ``trigger``;
        ``isolated`` (a related headline inside its parent page) looks nowhere but the sentence."""
        cands = [m for m in self.in_range(sent.start_char, sent.end_char) if not grievance_place(sent.doc, m, trigger)]
        if in_actor:
            free = [m for m in cands if m.start not in in_actor]
            if not free and cands and (all(is_country_only(m) for m in cands) and _BACK_RE.search(span_text(sent))
                                       or self.in_range(self.paragraph_start(sent.start_char), sent.start_char)):
                # "Niger's army said it had killed several of the attackers", "seized the area following the
                # withdrawal of Puntland forces": the place told before, not the forces' home region
                return self._before(sent)
            cands = free or cands
        cands, doers = without_doers(sent.doc, cands, trigger, country_only=is_country_only)
        if doers and not isolated and (para := self._before(sent))[1] == "paragraph" and scene_abroad(para[0], doers):
            return para  # "Russia had negotiated a ceasefire": where the paragraph told, not Russia
        own = [m for m in cands if not any(a <= m.start < b for a, b in self._datelines)]
        whole = sentence_of(trigger.doc, trigger.i) if trigger is not None else sent  # Token.sent walks the doc
        if not own and (whole.start_char < sent.start_char or whole.end_char > sent.end_char):
            # one act of a sentence that tells several ("Bandits killed 15 villagers and abducted dozens
            # in an attack on Gidan Wawa village"), with no place of its own: a place of the sentence in
            # the act's own clause (a verb conjoined to it shares its subject)
            doc = sent.doc
            shared = [m for m in self.in_range(whole.start_char, whole.end_char)
                      if not any(a <= m.start < b for a, b in self._datelines)
                      and (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
                      and _same_clause(span.root, trigger) and not grievance_place(doc, m, trigger)]
            if shared:
                own = [m for m in shared if not in_actor or m.start not in in_actor] or shared
        # a dateline run into the sentence ("MOGADISHU, Somalia -- ... in Baidoa") is where it was filed
        cands = own or cands
        if (heading := entry_heading(self.article.text, own, sent.start_char)) is not None:
            return heading, "sentence"  # "Bannu: militants attacked ...": the entry's heading
        if cands:
            doc = sent.doc
            sub = {t.i for t in trigger.subtree} if trigger is not None else set()
            pref = {t.i for t in prefer.subtree} if prefer is not None else set()

            def where(m: PlaceMention) -> tuple[int, int]:
                """(0 the preferred argument / 1 the trigger's clause / 2 a clause under it /
                3 elsewhere in the sentence, token distance to the trigger)"""
                span = char_span(doc, m.start, m.end)
                tok = span.root if span is not None else trigger
                dist = abs(tok.i - trigger.i) if trigger is not None else 0
                if tok.i in pref:
                    return 0, dist
                if tok.i in sub:
                    return (1 if _same_clause(tok, trigger) else 2), dist
                return 3, dist

            # the place whose police force the sentence names ("the Lagos State Police Command said gunmen
            # abducted ...") is where its act is, unless its own clause locates it ("Pune police arrested him in Mumbai")
            located = any(where(m)[0] <= 1 and _is_locative(doc, m.start, m.end) for m in cands)
            text = self.article.text

            def score(m: PlaceMention) -> tuple[float, int]:
                inside, dist = where(m)
                police = POLICE_PREFERENCE if not located and _POLICE_OF_RE.match(text, m.end) else 0.0
                return (inside * 2.5 + specificity(m) - police + min(dist, 30) / 10.0, m.start)

            best = min(cands, key=score)
            if is_country_only(best):
                # "Police in Sri Lanka arrested 12 activists after they staged a protest in Colombo": a
                # town of that country the sentence names is more than the country
                finer = [m for m in cands if specificity(m) < RELATIVE_COUNTRY and _same_country(m, best)
                         and _is_locative(doc, m.start, m.end)]
                best = min(finer, key=score) if finer else best
            elif not located and place_level(best) == 2 and _POLICE_OF_RE.match(text, best.end):
                # "a station in Garowe, the capital of Puntland, was shut by Puntland police": a town of the
                # police's region the sentence names is where, not the whole region
                best = min((m for m in cands if specificity(m) == 0 and _same_admin1(m, best)), key=score, default=best)
            if where(best)[0] != 2:
                if is_country_only(best) and not isolated and (town := town_told_next(
                        doc, trigger, best, in_range=self.in_range, specificity=specificity,
                        finest=RELATIVE_COUNTRY)) is not None:
                    return town, "next sentence"  # "... in Syria. The bomber struck in the town of Manbij"
                return best, "sentence"
            # the only places of the sentence belong to a subordinate clause ("..., in which the group cut the
            # Deir Ezzor-Palmyra road"): the paragraph or the dateline says where it happened -- unless it lies
            # in another country ("aircraft bombed a market in Idlib" is in Syria), and unless the clause tells
            # how the act happened against only the dateline ("their patrol hit a mine near Djibo")
            para, how = (None, "none") if isolated else self._before(sent)
            if para is not None and _same_country(para, best) and not clause_place_kept(
                    doc, best, para, how=how, sent_end=sent.end_char, country_only=is_country_only) and (
                    how == "paragraph" or not _told_when(
                    doc.char_span(best.start, best.end, alignment_mode="expand"), trigger)):
                return para, how
            return best, "sentence"
        if isolated:
            return None, "none"
        return self._before(sent)

    def _before(self, sent: Any) -> tuple[PlaceMention | None, str]:
        """The nearest most specific place earlier in the paragraph, else the document's place."""
        para = self.paragraph_start(sent.start_char)
        mentions, specs = self.mentions, self._specs
        # the paragraph's dateline is where the report was filed, not an earlier place of the story
        earlier = [k for k in range(bisect_left(self._starts, para), bisect_left(self._starts, sent.start_char))
                   if not any(a <= mentions[k].start < b for a, b in self._datelines)]
        if earlier:  # (the nearest most specific; a place told a page before: its country)
            return nearest_earlier(earlier, mentions, specs, sent.start_char, level_of=place_level), "paragraph"
        told = self.mentions[: bisect_left(self._starts, sent.start_char)]
        text = span_text(sent)
        if (area := told_area(text, told, self._datelines, level_of=place_level)) is not None:
            return area, "paragraph"  # "... in operations across the province": the province told before
        if _SAME_AREA_RE.search(text) or _BACK_RE.search(text) or unknown_place(sent, self.mentions) or (
                funeral_of_told(text)):  # "His funeral on Tuesday turned into a protest": where he was killed
            # "The army said it had killed 20 jihadists in an operation in the area": the area the
            # paragraph before named, not the dateline's
            told = [m for m in self.mentions[: bisect_left(self._starts, para)]
                    if not any(a <= m.start < b for a, b in self._datelines)]
            if told:
                last_para = self.paragraph_start(told[-1].start)
                told = [m for m in told if m.start >= last_para]
                best_spec = min(specificity(m) for m in told)
                return [m for m in told if specificity(m) == best_spec][-1], "paragraph"
        fb = self.fallback()
        return (fb, "document") if fb is not None else (None, "none")

    def paragraph_start(self, pos: int) -> int:
        """The offset where the paragraph (line) holding ``pos`` starts."""
        return paragraph_start(self.article.text, pos)

    def fallback(self) -> PlaceMention | None:
        """The dateline's place, else the article's most mentioned specific place of its main country."""
        if self._fallback is not False:
            return self._fallback  # type: ignore[return-value]
        art = self.article
        best: PlaceMention | None = None
        datelines = [s for s in art.sections if s.kind == "dateline"]
        for s in datelines:
            ms = self.in_range(s.start, s.end)
            if ms:
                best = min(ms, key=specificity)
                break
        if best is None and self.mentions:
            # a "Homs (Syria News)" or "KABUL, Afghanistan -" opening of the body
            first_body = next((s for s in art.sections if s.kind == "body"), None)
            if first_body is not None:
                head = art.text[first_body.start : first_body.start + 60]
                cut = min([i for i in (head.find("("), head.find(" - "), head.find(" — "), head.find(":")) if i > 0] or [0])
                if cut:
                    ms = self.in_range(first_body.start, first_body.start + cut)
                    if ms:
                        best = min(ms, key=specificity)
        isos = Counter(m.place.iso for m in self.mentions if m.place is not None and m.place.iso)
        if isos and best is not None and best.place is not None:
            # "BANGKOK (AP) - ... captured a base in Myanmar's Kachin state": a bureau abroad is not where
            # the story is; the place of the country the article names most is
            iso, n = isos.most_common(1)[0]
            if best.place.iso != iso and n >= 2 and n > isos.get(best.place.iso or "", 0):
                best = None
        if best is None and isos:
            iso = isos.most_common(1)[0][0]
            same = [m for m in self.mentions if m.place is not None and m.place.iso == iso]
            spec = min(specificity(m) for m in same)
            names = Counter(m.place.name for m in same if specificity(m) == spec)
            top = names.most_common(1)[0][0]
            best = next(m for m in same if m.place.name == top and specificity(m) == spec)
        self._fallback = best
        return best


def filed_dates(article: Article) -> frozenset[int]:
    """The starts of the date mentions in the article's dateline sections ("CULIACAN, Mexico, Aug 14 -"):
    the day the story was filed, not the day of what it tells."""
    spans = [(s.start, s.end) for s in article.sections if s.kind == "dateline"]
    if not spans:
        return frozenset()
    return frozenset(m.start for m in article.date_mentions if any(a <= m.start < b for a, b in spans))


def date_for_sentence(
    dates: Sequence[DateMention], sent: Any, trigger: Any, *, filed: frozenset[int] = frozenset(),
) -> DateMention | None:
    """The date mention of the sentence nearest to the trigger (None when it has none); a dateline's
    date (``filed``: :func:`filed_dates`) only when the sentence gives no other."""
    cands = [d for d in dates if sent.start_char <= d.start and d.end <= sent.end_char and d.date is not None]
    if not cands:
        return None
    pos = trigger.idx if trigger is not None else sent.start_char
    sub = {t.idx for t in trigger.subtree} if trigger is not None else set()

    def score(d: DateMention) -> tuple[bool, int, int]:
        inside = 0 if d.start in sub else 1
        return (d.start in filed, inside, abs(d.start - pos))

    return min(cands, key=score)


#: How much :meth:`PlaceLinker.for_sentence` prefers a place whose police force the sentence names
#: (in units of its score: 2.5 a clause level, 1 a level of :func:`specificity`).
POLICE_PREFERENCE = 1.0


#: Dependency labels that open a clause of their own (a place under one is not in the trigger's clause).
CLAUSE_DEPS = frozenset({"relcl", "advcl", "acl", "ccomp", "pcomp", "xcomp", "csubj"})


#: Acts of violence told as a second verb of the trigger's subject, whose place is the trigger's too
#: ("killed 15 villagers and abducted dozens in ..."); not the steps after an act ("was arrested and
#: booked at the county jail", "detained and taken to a police station in ...").
SHARED_ACT_LEMMAS = frozenset(
    "abduct kidnap kill attack torch burn loot injure wound shoot raid storm seize capture bomb shell "
    "ambush massacre behead rape destroy set open detonate hack stab".split())  # "set fire to", "opened fire on"


WHEN_MARKS = frozenset("when as while".split())


def _told_when(span: Any, trigger: Any) -> bool:
    """Whether the place ``span`` lies in a clause that tells how the trigger's act happened: under
    the trigger through "when/as/while" clauses only ("killed when their patrol hit a mine near X"),
    not a relative or reported clause ("kidnappers who terrorised schools in X")."""
    if span is None or trigger is None:
        return False
    t, crossed = span.root, False
    for _ in range(12):
        if t.i == trigger.i:
            return crossed
        if t.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in WHEN_MARKS for c in t.children):
            crossed = True
        elif shared_participle(t):
            crossed = True  # "killed seven passengers after pulling them off a bus in X"
        elif t.dep_ in CLAUSE_DEPS or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and not shares_auxiliary(t)):
            return False
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _same_clause(tok: Any, trigger: Any) -> bool:
    """Whether ``tok`` hangs from ``trigger`` without crossing into another clause
    ("captured Sukhna city, after advancing toward Tantor Mountain": Sukhna yes, Tantor no). A verb
    conjoined to the trigger that shares its subject tells the same act ("killed 15 villagers and
    abducted dozens in an attack on Gidan Wawa village")."""
    t = tok
    for _ in range(12):
        if t.i == trigger.i:
            return True
        if t.dep_ in CLAUSE_DEPS:
            return False
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and (
                t.head.i != trigger.i or t.lemma_.lower() not in SHARED_ACT_LEMMAS
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)):
            return False
        if t.head.i == t.i:
            return False
        t = t.head
    return False


# -- the country an article is about ------------------------------------------------------------
#: ACLED's country of a place whose ISO code ACLED files under another country (Hong Kong and Macau
#: events are coded as China, admin1 "Hong Kong" / "Macau").
ACLED_COUNTRY = {"HKG": "CHN", "MAC": "CHN"}


#: Weights of a place mention as evidence of where the violation happened (:func:`mention_weights`),
#: and what the main event's own place adds (:func:`country_weights`, :func:`dominant_place`). Set
#: by hand; ``benchmarks/place_weights_fit.py`` fits only :data:`LOCATIVE_POWER` and
#: :data:`OVER_NAMED` on top of them.
WEIGHTS = {"violation": 2.0, "proceeding": 0.5, "demonym": 0.25, "title": 2.0, "lead": 1.0,
           "in_actor": 0.25, "not_place": 0.25, "main": 1.5, "on_act": 2.0, "agent": 0.5,
           "main_place": 3.0, "police": 2.0,
           "dateline_town": 8.0}
#: Dependency labels of a country name that acts (its government: "Turkey will clear ...") rather
#: than locates; such a mention weighs ``WEIGHTS["agent"]``.
AGENT_DEPS = frozenset({"nsubj"})
#: spaCy entity labels of names that are not places ("Crowley", "Google", "May Day").
NOT_PLACE_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "DATE", "TIME"})


def acled_iso(iso: str | None) -> str | None:
    """The country ACLED files a place of ``iso`` under (:data:`ACLED_COUNTRY`; others unchanged)."""
    return ACLED_COUNTRY.get(iso, iso) if iso else iso


def mention_weights(article: Article) -> list[tuple[PlaceMention, float]]:
    """Each resolved place mention of the article with its weight as evidence of where the
    violation happened: the product of :data:`WEIGHTS` over its :func:`mention_features` -- more in
    the headline or dateline, more in a sentence that states a violation, more again when the parse
    hangs the place on the violation verb itself (``WEIGHTS["on_act"]``: "was kidnapped in
    Matamoros", not "who lived in Lahore"), less in a sentence about courts, statements and
    reactions; a quarter for a demonym, a place inside an actor's name ("U.S. officials") or a name
    spaCy reads as a person, organisation, event or date ("Crowley", "May Day"); half
    (``WEIGHTS["agent"]``) for a country or a capital that is the subject of a verb ("Saudi Arabia
    abolishes flogging", "Belarus closing Canadian embassy", "Moscow denied": its government acting,
    not where the act happened); twice (``WEIGHTS["police"]``, and no discount as a name inside an
    organisation's) for a place whose police force is named ("the Lagos State Police Command",
    "Pune police", "Miami-Dade sheriff's office": the force acts in its place); none in related
    headlines, comments, boilerplate."""
    return mention_weights_of(mention_features(article))


def mention_features(article: Article) -> list[tuple[PlaceMention, frozenset[str]]]:
    """Each resolved place mention of the article (none in related headlines, comments,
    boilerplate, nor in the outlet's name after the headline: :func:`outlet_start`) with the names
    of its features, the keys of :data:`WEIGHTS` (see :func:`mention_weights`)."""
    text = article.text
    title_end = title_end_of(article)
    lead_end = lead_end_of(article, title_end)
    doc = article.doc
    sent_cache: dict[int, str | None] = {}
    folded: str | None = None  # the text case-folded, for the sentences' kinds (made at the first)
    out: list[tuple[PlaceMention, frozenset[str]]] = []
    in_actor = _Spans((a.start, a.end) for a in article.actor_mentions)
    not_place = _Spans((e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ in NOT_PLACE_LABELS)
    sents = _Spans((s.start_char, s.end_char) for s in sentences(doc)[0]) if doc is not None else None
    outlet = outlet_start(article, title_end)
    for m in article.place_mentions:
        if m.place is None or not m.place.iso or outlet <= m.start < title_end:
            continue  # unresolved, or the outlet's name after the headline ("... – Mission City Record")
        sec = article.section_at(m.start)
        if sec is not None and sec.kind in ("related", "comment", "boilerplate"):
            continue
        feats: set[str] = set()
        if m.kind == "demonym":
            feats.add("demonym")
        if in_actor.holds(m.start, m.end):
            feats.add("in_actor")  # "U.S. officials", "Lebanese security forces": who, not where
        if not_place.holds(m.start, m.end):
            feats.add("not_place")  # spaCy reads it as a person, organisation, work or event
        if m.end <= title_end or (sec is not None and sec.kind == "dateline"):
            feats.add("title")
        elif m.start < lead_end:
            feats.add("lead")
        sent = sents.around(m.start) if sents is not None else None
        if sent is not None:
            if sent[0] not in sent_cache:
                if folded is None:
                    folded = fold_text_of(text, doc) if _FOLDED_KINDS is not None else text
                stext = folded[sent[0] : sent[1]]
                violation, proceeding, reaction = _FOLDED_KINDS or (VIOLATION_RE, PROCEEDING_RE, REACTION_RE)
                sent_cache[sent[0]] = ("violation" if violation.search(stext) else
                                       "proceeding" if proceeding.search(stext) or reaction.search(stext)
                                       else None)
            kind = sent_cache[sent[0]]
            if kind:
                feats.add(kind)
        if _POLICE_OF_RE.match(text, m.end):
            feats.add("police")  # "the Lagos Police Command", "Pune police": the force of the place acts there
            feats.discard("not_place")
            feats.discard("in_actor")
        if doc is not None and _is_locative(doc, m.start, m.end):
            feats.add("locative")  # "in Karachi", "at the consulate in Istanbul", "near Kabul"
        if doc is not None and _on_act(doc, m.start, m.end):
            feats.add("on_act")  # "was kidnapped in Matamoros": the place of the act itself
        elif doc is not None and _is_state(m) and _is_agent(doc, m.start, m.end):
            feats.add("agent")  # "Saudi Arabia abolishes flogging", "Moscow denied": a state acting
        out.append((m, frozenset(feats)))
    return out


#: The patterns of a sentence's kind (violation, proceeding, reaction) for the case-folded text
#: (:func:`eventwire.events.doctables.case_blind`: the same matches, faster), None where one is not such
_FOLDED_KINDS = (lambda rxs: None if None in rxs else rxs)(
    tuple(case_blind(rx) for rx in (VIOLATION_RE, PROCEEDING_RE, REACTION_RE)))

#: What follows the name of a place whose police force is meant ("New York Police Department",
#: "Lagos State Police Command", "the Pune police", "Miami-Dade sheriff's office", "Delhi cops").
_POLICE_OF_RE = re.compile(
    r"(?:['’]s)?\s+(?:(?:City|County|State|Metropolitan|Metro|Provincial|District|Regional|Municipal)\s+)?"
    r"(?:Police|Sheriff|Cops|Gendarmerie|Constabulary)\b", re.IGNORECASE)


#: Prepositions that locate ("in Karachi", "at Bagram", "near Kabul"): their object is a place where
#: something is or happens, not a place that acts, owns, is gone to or came from.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside"})


def _is_locative(doc: Any, start: int, end: int) -> bool:
    """Whether the name is the object of a locative preposition ("was held in Karachi")."""
    span = char_span(doc, start, end)
    if span is None:
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


def _is_state(m: PlaceMention) -> bool:
    """A country or a capital: a name that may stand for its government ("Turkey will clear ...",
    "Moscow has denied ...")."""
    code = (m.place.feature_code or "").upper() if m.place is not None else ""
    return specificity(m) == 4 or (code == "PPLC" and m.kind != "relative")


def _is_agent(doc: Any, start: int, end: int) -> bool:
    """Whether the name is the subject of a verb ("Turkey will clear ...", "Belarus closing ..."):
    the country's government acting, not where something happened."""
    span = char_span(doc, start, end)
    return span is not None and span.root.dep_ in AGENT_DEPS


def _on_act(doc: Any, start: int, end: int) -> bool:
    """Whether the place hangs (through prepositions and nouns, at most three heads up) on a verb
    of violence ("was arrested in Lahore", "killed near Kabul", "Lahore police arrested ...")."""
    verb = head_verb(doc, start, end, through=("ADP", "NOUN", "PROPN"))
    return verb is not None and bool(VIOLATION_RE.match(verb.text) or VIOLATION_RE.match(verb.lemma_))


def country_weights(article: Article, *, main: Any = None,
                    weights: list[tuple[PlaceMention, float]] | None = None) -> Counter:
    """Evidence per (ACLED) country of where the article's violation happened: the sum of
    :func:`mention_weights` (``weights`` when the caller has them); the main event's own place adds
    ``WEIGHTS["main"]``."""
    counts: Counter = Counter()
    for m, w in (mention_weights(article) if weights is None else weights):
        counts[acled_iso(m.place.iso)] += w
    if main is not None and main.location is not None and main.location.place is not None and main.location.place.iso:
        counts[acled_iso(main.location.place.iso)] += WEIGHTS["main"]
    return counts


def dominant_place(article: Article, country: str, *, main: Any = None, main_weight: float | None = None,
                   weights: list[tuple[PlaceMention, float]] | None = None,
                   dateline_weight: float | None = None) -> PlaceMention | None:
    """The place of ``country`` the article's violation most likely happened in: the admin1 with
    the most weight (:func:`mention_weights`; a town or district counts for its admin1; the main
    event's own place adds ``main_weight``, default ``WEIGHTS["main_place"]``), then its town with
    the most weight (a district's weight goes to the towns the article names in it: "Auburn" over
    "Lee County"; a district only when the article names no town in it), else the admin1 itself. A
    town the gazetteer lacks (:func:`unlisted_town`: "the village of Jangebe", coded at Zamfara
    State) is a town under its own name, not its parent province or district. The town of the
    dateline (:func:`dateline_town`: "MANILA, Philippines --") adds ``dateline_weight`` (default
    ``WEIGHTS["dateline_town"]``) to its rank among the towns of that admin1, never to the
    admin1's own weight: a report filed from a town is mostly about that town, while a capital's
    dateline says little about which province a story is in."""
    if main_weight is None:
        main_weight = WEIGHTS["main_place"]
    by_admin: Counter = Counter()
    towns: dict[str, Counter] = {}
    districts: dict[str, Counter] = {}
    first: dict[tuple[str, str], PlaceMention] = {}
    weighted = list(mention_weights(article) if weights is None else weights)
    if main is not None and main.location is not None and main.location.place is not None \
            and main.location.place.iso:
        weighted.append((main.location, main_weight))
    for m, w in weighted:
        p = m.place
        territory = acled_iso(p.iso) != p.iso  # Hong Kong: a country code, ACLED's admin1 of China
        spec = place_level(m)
        unlisted = unlisted_town(m)
        if unlisted is not None:
            spec = 0  # "the village of Jangebe" (Zamfara State): a town of its own
        if acled_iso(p.iso) != country or m.kind == "demonym" or (spec >= 4 and not territory):
            continue
        code = (p.feature_code or "").upper()
        admin = p.name if code.startswith("ADM1") else (p.admin1 or "")
        if territory:
            admin = p.country or p.name
        if not admin:
            continue
        by_admin[admin] += w
        if spec >= 2 and not territory:  # the admin1 itself, or a region ("Gaza Strip"): no town
            key = ""
        elif spec == 1:  # a district: its weight goes to the towns named in it
            districts.setdefault(admin, Counter())[p.name] += w
            key = p.name
        else:
            key = unlisted or p.name
        towns.setdefault(admin, Counter())[key] += w
        held = first.get((admin, key))
        if held is None or (_stand_in(held) and not _stand_in(m)):
            first[(admin, key)] = m  # the place's own name ("Pulwama"), not a name coded at it ("Arihal")
    if not by_admin:
        return None
    admin = by_admin.most_common(1)[0][0]
    ranked = Counter({k: w for k, w in towns[admin].items() if k})
    filed = dateline_town(article, country)
    if filed is not None and filed.place.name in ranked and first[(admin, filed.place.name)].place.admin1 == admin:
        # the town the report was filed from, in the province the article weighs most: its town
        ranked[filed.place.name] += WEIGHTS["dateline_town"] if dateline_weight is None else dateline_weight
    for district, w in districts.get(admin, Counter()).items():
        inside = [k for k in ranked if k != district and first[(admin, k)].place.admin2 == district
                  and (place_level(first[(admin, k)]) == 0 or unlisted_town(first[(admin, k)]) is not None)]
        if inside:
            del ranked[district]
            for k in inside:
                ranked[k] += w
    best = ranked.most_common(1)
    key = best[0][0] if best else ""
    return first[(admin, key)] if (admin, key) in first else None


def dateline_spans(article: Article, *, paragraphs: int = 5) -> list[tuple[int, int]]:
    """Where the article's dateline is: its dateline sections, else a dateline that opens one of
    its first ``paragraphs`` paragraphs after the headline ("MANILA, Philippines -- ...", "Nadia,
    West Bengal, India - ..." after a photo caption or a standfirst) with an upper-case place, a
    region or an outlet."""
    spans = [(s.start, s.end) for s in article.sections if s.kind == "dateline"]
    if spans:
        return spans
    from ..sections.dateline import find_dateline

    text = article.text
    pos = title_end_of(article)
    for _ in range(paragraphs):
        while pos < len(text) and text[pos] == "\n":
            pos += 1
        if pos >= len(text):
            break
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        d = find_dateline(text[pos:end])
        if d is not None and d.place and (d.outlet or d.region or text[pos:pos + len(d.place)].isupper()):
            return [(pos, pos + d.end)]
        pos = end
    return []


def dateline_mentions(article: Article) -> list[PlaceMention]:
    """The place mentions of the article's first dateline (:func:`dateline_spans`), in text order."""
    spans = dateline_spans(article)[:1]
    return sorted((m for m in article.place_mentions for a, b in spans if a <= m.start < b), key=lambda m: m.start)


def dateline_town(article: Article, country: str) -> PlaceMention | None:
    """The town of the article's dateline (:func:`dateline_mentions`: its first place, when that
    is a town the gazetteer lists) when it lies in ``country`` (ISO3, ACLED's), else None."""
    for m in dateline_mentions(article):
        if m.place is None or m.kind != "toponym":
            continue
        if place_level(m) == 0 and not m.place.reason.startswith(UNLISTED_REASON) \
                and acled_iso(m.place.iso) == country:
            return m
        return None
    return None


#: Countries that English-language news names for their reactions (officials, courts, agencies,
#: the outlet's own country) more than for where an act happened: their evidence in
#: :func:`country_scores` is multiplied by this factor (fitted by ``benchmarks/place_weights_fit.py``).
OVER_NAMED = {"USA": 0.41}
#: The power of ``1 + n`` in :func:`country_scores`, n the country's mentions that locate something in
#: a sentence stating a violation ("was abducted in Karachi", "killed at a checkpoint near Kabul");
#: fitted by ``benchmarks/place_weights_fit.py``.
LOCATIVE_POWER = 0.72


def country_scores(article: Article, *, main: Any = None,
                   weights: list[tuple[PlaceMention, float]] | None = None,
                   features: list[tuple[PlaceMention, frozenset[str]]] | None = None) -> dict[str, float]:
    """The score per (ACLED) country of being where the article's violation happened: its weight
    (:func:`country_weights`) times ``(1 + n) ** LOCATIVE_POWER``, n its mentions that are the
    object of a locative preposition in a violation sentence (features "locative" and "violation"),
    times its :data:`OVER_NAMED` factor. The constants are a conditional logit over each article's
    countries fitted on the HRDsAttack dev split (``benchmarks/place_weights_fit.py``)."""
    feats = mention_features(article) if features is None else features
    if weights is None:
        weights = mention_weights_of(feats)
    counts = country_weights(article, main=main, weights=weights)
    located = located_counts(feats)
    return {c: w * (1 + located[c]) ** LOCATIVE_POWER * OVER_NAMED.get(c, 1.0) for c, w in counts.items()}


def located_counts(features: list[tuple[PlaceMention, frozenset[str]]]) -> Counter:
    """Per (ACLED) country, its mentions that are the object of a locative preposition in a
    violation sentence (features "locative" and "violation"): the n of :func:`country_scores`."""
    located: Counter = Counter()
    for m, f in features:
        if "locative" in f and "violation" in f:
            located[acled_iso(m.place.iso)] += 1
    return located


def mention_weights_of(features: list[tuple[PlaceMention, frozenset[str]]]) -> list[tuple[PlaceMention, float]]:
    """:func:`mention_weights` from mention features already computed."""
    out: list[tuple[PlaceMention, float]] = []
    for m, feats in features:
        w = 1.0
        for f in feats:
            w *= WEIGHTS.get(f, 1.0)
        out.append((m, w))
    return out


def article_country(article: Article, *, main: Any = None,
                    weights: list[tuple[PlaceMention, float]] | None = None,
                    features: list[tuple[PlaceMention, frozenset[str]]] | None = None) -> str | None:
    """The ISO3 (ACLED) country the article's violation happened in: the best of
    :func:`country_scores` (the first named on ties)."""
    scores = country_scores(article, main=main, weights=weights, features=features)
    if not scores:
        return None
    return max(scores, key=lambda c: scores[c])
