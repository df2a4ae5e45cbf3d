"""The geo stage: recognise, resolve and locate the places of an article.

``GeoTagger(gazetteer).tag(article)`` sets ``article.place_mentions``:

* ``kind="toponym"``: a named place, resolved (``place``) with geo_precision 1 for towns and
  points (bases, camps), 2 for districts and mountains, 3 for provinces, countries and regions;
* ``kind="relative"``: a phrase that locates something relative to a place ("40 km east of
  Palmyra", "northeastern Baqubah", "the eastern countryside of Homs"); its span covers the
  whole phrase, ``anchor`` is the anchor's text and ``place`` the anchor's point with geo_precision
  2 (near / part of a town) or 3 (a region or division). The anchor is not repeated as a separate
  toponym mention;
* ``kind="demonym"``: "Syrian", "Turkish" resolved to the country; never an event's place
  (``score`` is 0 when it heads an actor: "Syrian army").

A name the text puts inside other places ("Lang (Unity state)", "Burri in eastern Khartoum") whose
gazetteer namesakes all lie elsewhere is coded to its container (geo_precision 2 for a town or
district, 3 for a province), and a namesake abroad chosen on a spelling alone that the document's
places rule out is dropped (see :mod:`eventwire.geo.context`); compass words of a relative phrase
("76 km North East of X") are no toponyms.

``geoparse(text)`` returns toponyms and demonyms with their own spans (a relative phrase is given
back as its anchor toponym), for the geoparsing evaluation; ``resolve_spans(text, spans)`` resolves
given spans.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Any

from ..gcpause import gc_paused
from ..records import Article, Place, PlaceMention
from .abroad import villages_abroad
from .context import CHAIN, compass_in_phrase, container_form, find_containers, generic_tail
from .doers import doer_demonym, side_modifier
from .folding import fold
from .gazetteer import Entry, Gazetteer
from .holders import province_of_district
from .lexicon import HARD_STOP
from .nonplace import names_not_places
from .ownregion import own_region
from .recognize import Candidate, Recognizer, stoplist
from .relative import Relative, across_division, admin_named_after, admin_named_before, find_relative
from .resolve import Mention, Resolver, inside_any, precision_of
from .streets import street_spans
from .unknown import (
    NAME_GOES_ON,
    capital_dateline,
    division_before,
    possessed_division,
    quarter_named,
    quarter_of,
    unknown_spans,
)

log = logging.getLogger(__name__)

_DATELINE_AFTER = re.compile(r"^(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\s*(?:\(|—|–|-\s|:|\u2014)")


class GeoTagger:
    """Recognition + resolution + relative locations over one text or article."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.recognizer = Recognizer(gazetteer)
        self.resolver = Resolver()

    # -- public interface --------------------------------------------------------------------------
    def tag(self, article: Article) -> None:
        """Set ``article.place_mentions`` (boilerplate sections are ignored)."""
        with gc_paused():
            self._tag(article)

    def _tag(self, article: Article) -> None:
        text = article.text or ""
        skip = [(s.start, s.end) for s in article.sections if s.kind == "boilerplate"]
        dateline_spans = [(s.start, s.end) for s in article.sections if s.kind == "dateline"]
        cands = self.recognizer.find(text, doc=article.doc)
        if skip:  # (most articles have no boilerplate: no test per name)
            cands = [c for c in cands if not any(a <= c.start < b for a, b in skip)]
        blocked: list[tuple[int, int]] = []
        mentions = self._run(text, cands, dateline_spans=dateline_spans, blocked=blocked)
        # names the gazetteer lacks ("the village of X") are kept, placed at the nearest known place
        # with a coarser geo_precision, as ACLED codes them
        mentions = self._with_unknown(text, mentions, blocked=blocked)
        if skip:
            mentions = [m for m in mentions if not any(a <= m.start < b for a, b in skip)]
        villages_abroad(text, mentions)
        province_of_district(text, mentions, self.gazetteer)
        article.place_mentions = mentions

    def geoparse(self, text: str, *, doc: Any = None, streets: bool = True) -> list[PlaceMention]:
        """End-to-end recognition and resolution; relative phrases are returned as their anchors.

        With ``streets`` street names ("Hertford Road") are toponyms too, placed at the town the
        text names next to them (``place`` None when it names none)."""
        with gc_paused():
            cands = self.recognizer.find(text, doc=doc)
        out = []
        blocked: list[tuple[int, int]] = []
        for pm in self._run(text, cands, dateline_spans=[], keep_anchors=True, blocked=blocked):
            if pm.kind != "relative":
                out.append(pm)
        if streets:
            out = _with_streets(text, out)
        return self._with_unknown(text, out, blocked=blocked)

    def _with_unknown(
        self, text: str, mentions: list[PlaceMention], *, blocked: list[tuple[int, int]] = ()
    ) -> list[PlaceMention]:
        """``mentions`` plus the names the gazetteer lacks that the context makes places ("the
        village of Cellardyke", "in Balintawak, Quezon City"), placed at the place named with them,
        else at the nearest town of the text, else at the document's main place."""
        common = self.gazetteer.common_words()
        stop = stoplist()

        def is_word(name: str) -> bool:
            key = fold(name)
            if key in common or name in stop or key in stop or key in HARD_STOP:
                return True
            return any(e.match == "demonym" for e in self.gazetteer.candidates(name, allow_loose=False))

        taken = [(pm.start, pm.end) for pm in mentions] + list(blocked)
        places = [
            (pm.start, pm.end) for pm in mentions if pm.place is not None and pm.kind in ("toponym", "relative")
        ]
        found = unknown_spans(text, taken, is_word=is_word, places=places)
        if not found:
            return mentions
        # a name the gazetteer lacks is not put next to (or at) a place abroad that the document's
        # other places do not share (a namesake in another country)
        country = _main_country(mentions, least=2)
        # a capital the report was filed from is no main place of the story: its country is
        filed = [m for m in mentions if capital_dateline(text, m)]
        focus = _focus([m for m in mentions if m not in filed], country=country) or self._filed_from(filed)
        out = list(mentions)
        for s, e, has_parent in found:
            pm = PlaceMention(start=s, end=e, text=text[s:e], score=0.1)
            parent = _parent_after(text, mentions, e, comma=has_parent, chain=True) or _possessor_before(
                text, mentions, s
            )
            own = self._demonym_country(text, s)  # "the southern Lebanese village of X": X is in Lebanon
            here = own.iso3 if own is not None else country
            near = _nearest_local([m for m in mentions if m not in filed], s, e, country=here)
            division = division_before(text, mentions, s, country=here) if near is None and parent is None else None
            if own is not None and parent is None and near is None and division is None:
                # no place of that country named next to it: the country (not the capital of a dateline)
                pm.place = own.to_place(precision=3, reason=f"not in the gazetteer; in {own.name}, as its demonym says")
                out.append(pm)
                continue
            if parent is not None and parent.place is not None:
                code = parent.place.feature_code or ""
                pm.place = replace(
                    parent.place,
                    # "Guayaquil's Socio Vivienda neighbourhood": a quarter of the city is coded to the city itself
                    geo_precision=(1 if code.startswith("PPL") and quarter_named(text, e) else 2)
                    if code == "ADM2" or code.startswith("PPL") else 3,
                    reason=f"not in the gazetteer; inside {parent.text}",
                )
            elif near is not None:
                quarter = quarter_of(text, e) and (near.feature_code or "").startswith("PPL")
                pm.place = replace(near, geo_precision=1 if quarter else 2,
                                   reason=f"not in the gazetteer; {'in' if quarter else 'next to'} {near.name}")
            elif division is not None:
                # "... in Niger's Tillaberi region. The soldiers were attacked near the village of Tassia":
                # a village of the division the text named last, not of the capital the report came from
                pm.place = replace(
                    division,
                    geo_precision=2 if division.feature_code == "ADM2" else 3,
                    reason=f"not in the gazetteer; in {division.name}, the division named before it",
                )
            elif focus is not None:
                pm.place = replace(
                    focus,
                    geo_precision=max(2, focus.geo_precision or 2),
                    reason=f"not in the gazetteer; the document's main place ({focus.name})",
                )
            out.append(pm)
        out.sort(key=lambda p: (p.start, p.end))
        return out

    def _filed_from(self, filed: list[PlaceMention]) -> Place | None:
        """The country of the capital a report was filed from, when the story names no other place."""
        name = filed[0].place.country if filed and filed[0].place is not None else None
        got = self.gazetteer.candidates(name, allow_loose=False) if name else []
        return next((c.to_place(precision=3) for c in got if c.is_country), None)

    def _named_division(self, text: str, c: Candidate, entries: list[Any]) -> list[Any]:
        """The division "X regency" / "X district" names when the gazetteer knows it only under the
        name with its noun ("Puncak regency": Kabupaten Puncak, not only the hamlet Puncak in West
        Java): those divisions join ``entries`` (the resolver weighs them in the document's context),
        when none of ``entries`` is one or lies in the same first-level division."""
        if any(e.feature_code in ("ADM1", "ADM2") for e in entries):
            return entries
        m = _DIVISION_NOUN_AFTER.match(text, c.end)
        if m is None:
            return entries
        named = [e for e in self.gazetteer.candidates(text[c.start : m.end()], allow_loose=False)
                 if e.feature_code in ("ADM1", "ADM2")]
        if not named or any((e.cc, e.admin1_code) == (d.cc, d.admin1_code) for e in entries for d in named):
            return entries
        return entries + named

    def _demonym_country(self, text: str, start: int) -> Any:
        """The country whose demonym comes before the place noun that introduces a name ("the southern
        Lebanese village of "), as a gazetteer entry; None when there is none."""
        m = _DEMONYM_KIND_BEFORE.search(text, max(0, start - 60), start)
        if m is None:
            return None
        return next((c for c in self.gazetteer.candidates(m.group(1), allow_loose=False)
                     if c.match == "demonym" and c.is_country), None)

    def resolve_spans(
        self, text: str, spans: list[tuple[int, int]], *, doc: Any = None, context: bool | None = None
    ) -> list[PlaceMention]:
        """Resolve the given spans (one PlaceMention per span, in order; place None if no candidate).

        With ``context`` (default: when a spaCy ``doc`` is given) the places that recognition finds
        elsewhere in the text ("Mo." after "HOLLIDAY,") inform the resolution too; only the given
        spans are returned.
        """
        cands = self.recognizer.find(text, doc=doc, spans=spans)
        if context if context is not None else doc is not None:
            given = sorted(spans)
            extra = [
                c
                for c in self.recognizer.find(text, doc=doc)
                if not any(s < c.end and c.start < e for s, e in given)
            ]
            cands = sorted(cands + extra, key=lambda c: (c.start, c.end))
        wanted = set(spans)
        by_span = {}
        partial = {(c.start, c.end) for c in cands if "part of the name" in c.signals}
        isos = set()  # the countries of the document's places (given or recognised)
        for pm in self._run(text, cands, dateline_spans=[], keep_anchors=True):
            if pm.kind != "relative" and (pm.start, pm.end) in wanted:
                by_span[(pm.start, pm.end)] = pm
            if pm.place is not None and (pm.start, pm.end) not in partial:
                isos.add(pm.place.iso)
        # a place found from part of an unknown name ("Greater Toronto Area" -> Toronto) must lie in
        # a country of the document's other places ("Islington Bay" in a New Zealand story is not
        # in London)
        if partial:
            for k in partial:
                pm = by_span.get(k)
                if pm is not None and pm.place is not None and pm.place.iso not in isos:
                    del by_span[k]
        resolved = sorted(by_span.values(), key=lambda p: p.start)
        focus = _focus(resolved)
        main_iso = _main_country(resolved)
        out = []
        for s, e in spans:
            pm = by_span.get((s, e))
            if pm is not None and _stray(pm, main_iso):
                pm = None  # a small namesake abroad that nothing in the document supports
            if pm is None:
                pm = PlaceMention(start=s, end=e, text=text[s:e])
                parent = _parent_after(text, resolved, e)
                near = _nearest_local(resolved, s, e)
                if parent is not None:
                    pm.place = replace(
                        parent.place,
                        geo_precision=3 if parent.place.feature_code != "ADM2" else 2,
                        reason=f"not in the gazetteer under {parent.text}; coded to {parent.place.name}",
                    )
                    pm.score = 0.3
                elif near is not None:
                    pm.place = replace(
                        near, geo_precision=2, reason=f"no gazetteer entry; next to {near.name} in the text"
                    )
                    pm.score = 0.2
                elif focus is not None:
                    pm.place = replace(
                        focus,
                        geo_precision=max(2, focus.geo_precision or 2),
                        reason=f"no gazetteer entry; the document's main place ({focus.name})",
                    )
                    pm.score = 0.1
            out.append(pm)
        return out

    # -- internals ---------------------------------------------------------------------------------
    def _run(
        self,
        text: str,
        cands: list[Candidate],
        *,
        dateline_spans: list[tuple[int, int]],
        keep_anchors: bool = False,
        blocked: list[tuple[int, int]] | None = None,
    ) -> list[PlaceMention]:
        with_entries = [c for c in cands if c.entries]
        rels, mentions = self._resolved(text, with_entries, dateline_spans)
        # one-word names that the resolved document shows are no places ("Pegasus" spyware):
        # dropped, and the rest resolved again without their votes
        drop = names_not_places(text, with_entries, mentions, rels)
        # compass words of a relative phrase ("76 km North East of Beletweyne") are no toponym
        # and neither is the place noun that ends a longer name ("Central Ethiopia Region")
        cues = [(r.start, c.start) for c, r in zip(with_entries, rels, strict=True) if r is not None]
        drop |= {
            k
            for k, c in enumerate(with_entries)
            if compass_in_phrase(text, c.start, c.end, cues=cues) or generic_tail(text, c.start, c.end)
        }
        if drop:
            with_entries = [c for k, c in enumerate(with_entries) if k not in drop]
            rels, mentions = self._resolved(text, with_entries, dateline_spans)
        out: list[PlaceMention] = []
        consumed: set[tuple[int, int]] = set()
        for c, m, rel in zip(with_entries, mentions, rels, strict=True):
            e = m.chosen
            if (
                e is None
                and m.outside_parent
                and m.parent is not None
                and mentions[m.parent].chosen is not None
            ):
                parent = mentions[m.parent]
                # the gazetteer's namesakes of X all lie outside Y ("Moura, in central Mali"):
                # X is a place the gazetteer lacks, inside Y (the wording the unknown names get)
                place = parent.chosen.to_place(
                    # a quarter of a city: near it; a place in a district: part of it
                    precision=2 if parent.chosen.feature_class == "P" or parent.chosen.feature_code == "ADM2" else 3,
                    reason=f"not in the gazetteer; inside {parent.text} (its namesakes lie elsewhere)",
                )
                out.append(PlaceMention(c.start, c.end, c.text, place, kind="toponym", score=0.3))
                continue
            if e is None and m.rejected and blocked is not None and not _placed(c, m):
                # a name the document rules out as a place there ("against Lukashenko and ..."):
                # no unknown place either
                blocked.append((c.start, c.end))
                continue
            if e is None and m.rejected == "container" and m.placed:
                box = next((mentions[j] for j in m.containers if mentions[j].chosen is not None), None)
                if _LONGER_NAME.match(text, c.end):
                    continue  # "the Sheikh Zayed suburb": the longer name is a name the gazetteer lacks
                if box is not None:
                    # every namesake of X lies outside the place the text puts it in ("Lang (Unity
                    # state)", "Burri in eastern Khartoum"): X is a place the gazetteer lacks there
                    # (a town holds it: "next to" the town, as for the names the gazetteer lacks)
                    town = box.chosen.feature_class in ("P", "S")
                    place = box.chosen.to_place(
                        precision=(1 if town and quarter_named(text, c.end) else 2)  # a quarter: the city itself
                        if town or box.chosen.feature_code == "ADM2" else 3,
                        reason=f"not in the gazetteer; {'next to' if town else 'inside'} {box.text}, as the text"
                        " places it (its namesakes lie elsewhere)",
                    )
                    out.append(PlaceMention(c.start, c.end, c.text, place, kind="toponym", score=0.3))
                continue
            if e is None or (c.start, c.end) in consumed:
                continue
            if m.kind == "demonym":
                place = e.to_place(precision=3, reason=f"demonym of {e.name}")
                out.append(
                    PlaceMention(c.start, c.end, c.text, place, kind="demonym", score=0.0 if c.actor else 0.5)
                )
                continue
            place = e.to_place(precision=precision_of(e), reason=m.reason)
            fuller = _fuller_name(c.text, e)
            if fuller is not None:
                place = replace(place, name=fuller)
            score = _confidence(m)
            if rel is not None and not keep_anchors:
                if rel.kind == "road" and rel.second is not None:
                    consumed.add(rel.second)
                prec = rel.town_precision if e.feature_class in ("P", "S") else 3
                rplace = replace(
                    place,
                    geo_precision=max(prec, precision_of(e)),
                    reason=f"{rel.kind} of {c.text}; {m.reason}",
                )
                out.append(
                    PlaceMention(
                        rel.start,
                        rel.end,
                        text[rel.start : rel.end],
                        rplace,
                        kind="relative",
                        anchor=c.text,
                        score=score,
                    )
                )
                continue
            out.append(PlaceMention(c.start, c.end, c.text, place, kind="toponym", score=score))
        out.sort(key=lambda p: (p.start, p.end))
        return out

    def _resolved(
        self, text: str, with_entries: list[Candidate], dateline_spans: list[tuple[int, int]]
    ) -> tuple[list[Relative | None], list[Mention]]:
        """The relative phrases and resolved mentions of the candidates (in parallel)."""
        rels: list[Relative | None] = []
        mentions: list[Mention] = []
        for k, c in enumerate(with_entries):
            nxt = with_entries[k + 1] if k + 1 < len(with_entries) else None
            rel = find_relative(text, c.start, c.end, next_span=(nxt.start, nxt.end) if nxt else None)
            if c.kind == "demonym":
                rel = None
            rels.append(rel)
            across = across_division(text, c.start, c.entries)  # "strikes across Gaza": the division
            hint = (
                admin_named_after(text, c.end)
                or admin_named_before(text, c.start)
                or (rel is not None and rel.admin_hint)
                or bool(across)
            )
            entries = across or list(c.entries)
            if hint and c.kind != "demonym":
                entries = own_region(self.gazetteer, text, c.end, c.text, self._named_division(text, c, entries))
            doer = ((c.kind == "demonym" or any(e.is_country for e in c.entries)) and doer_demonym(text, c.start, c.end)
                    or side_modifier(text, c.end))  # "Moscow-installed officials": no vote (geo.doers)
            mentions.append(Mention(c.start, c.end, c.text, entries, kind=c.kind, admin_hint=hint, doer=doer))
        _hint_division_lists(text, mentions)
        # "X, Y": Y contains X ("Pandi, Bulacan", "Glasgow, Ky."), unless X is itself a country or
        # first-level division (then "X, Y" is a list: "Illinois, Missouri and Iowa"); a division
        # followed by its country is one too ("Queensland, Australia"), and so is a chain
        # ("Stroud, Ontario, Canada")
        for k in range(len(mentions) - 1):
            a, b = mentions[k], mentions[k + 1]
            gap = text[a.end : b.start]
            in_form = bool(_IN_PLACE.fullmatch(gap))  # "X in Y", "X, in central Y"
            if not (in_form or re.fullmatch(r",\s*", gap)):
                continue
            if in_form and a.kind == "demonym":
                continue
            # "a protest at Hastings in Kolkata": a placed name right before "in <city>"
            in_city = (
                in_form
                and gap == " in "
                and any(sig in with_entries[k].signals for sig in ("preposition", "place noun"))
                and any(_city(e) for e in b.entries)
            )
            if not any(e.is_country or e.is_admin1 for e in b.entries) and not in_city and not (
                _DIVISION_NOUN_AFTER.match(text, b.end) and any(e.feature_code == "ADM2" for e in b.entries)
            ):
                continue  # "Rizal, Kalinga province": a district named as a division holds X too
            if not in_form and NAME_GOES_ON.match(text, b.end):
                continue  # "in the Gulf of Aden, U.S. Central Command said": a longer name, no container
            b_country = _country_of(b)
            if any(e.is_country or e.feature_code == "CONT" for e in a.entries):
                continue
            if any(e.is_admin1 for e in a.entries) and not (
                b_country and any(e.is_admin1 and e.cc == b_country for e in a.entries)
            ) and not any(e.feature_class == "P" and inside_any(e, [d for d in b.entries if d.is_admin1])
                          for e in a.entries):  # "Geneva, New York": a town of the division, not the canton
                continue
            if k + 2 < len(mentions) and re.fullmatch(
                r",\s*|,?\s+(?:and|or)\s+", text[b.end : mentions[k + 2].start]
            ):
                c = mentions[k + 2]
                chain = re.fullmatch(r",\s*", text[b.end : c.start]) and any(
                    e.is_admin1 and e.cc == _country_of(c) for e in b.entries
                )
                if not chain:
                    continue  # a list: "Wajir, Mandera and Garissa"
            if (
                k > 0
                and re.fullmatch(r",\s*", text[mentions[k - 1].end : a.start])
                and mentions[k - 1].parent is None
            ):
                continue  # "..., Wajir, Mandera": the end of a list
            if in_form:
                sigs = with_entries[k].signals
                placed = any(sig in sigs for sig in ("preposition", "place noun"))
                # a name only "X in Y" makes a place may be a person's ("Smith in Texas")
                a.parent = _in_parent(text, mentions, k, placed=placed) if placed else None
                a.in_parent = a.parent is not None
                continue
            a.parent = k + 1
            if not b_country:
                b.admin_hint = True
        for k, (boxes, form) in enumerate(find_containers(text, mentions)):
            mentions[k].containers = boxes
            mentions[k].container_form = form
            mentions[k].placed = _placed(with_entries[k], mentions[k])
        _one_sense_per_name(mentions)
        _short_country_names(mentions)
        dateline = self._dateline(text, mentions, dateline_spans)
        self.resolver.resolve(mentions, dateline=dateline)
        return rels, mentions

    def _dateline(self, text: str, mentions: list[Mention], spans: list[tuple[int, int]]) -> Mention | None:
        for m in mentions:
            if any(a <= m.start < b for a, b in spans):
                return m
        for m in mentions[:3]:
            if m.kind == "demonym":
                continue
            line_start = text.rfind("\n", max(0, m.start - 8), m.start) + 1 or max(0, m.start - 8)
            if m.start - line_start <= 2 and _DATELINE_AFTER.match(text[m.end : m.end + 60]):
                return m
        return None


def _in_parent(text: str, mentions: list[Mention], k: int, *, placed: bool) -> int | None:
    """The mention that holds mentions[k] in "X in Y" / "X, in central Y('s Z)": Y when it holds a
    candidate of X; when none does (X's namesakes lie elsewhere), only when X's own context makes
    it a place (``placed``: "killed 12 civilians in Moura, ...") and Y is surely a container: a
    country, a division named with its noun ("Mopti region") or the division after a country's
    possessive ("Mali's Mopti region")."""
    a, b = mentions[k], mentions[k + 1]
    if any(e.feature_class == "L" or e.feature_code in ("RGN", "CONT", "OCN", "SEA") for e in a.entries):
        return None  # "the Americas in Alaska": a region is no place inside a division
    b_country = _country_of(b)
    if b_country and k + 2 < len(mentions):
        c = mentions[k + 2]
        if text[b.end : c.start] in ("'s ", "’s ") and any(e.is_admin1 and e.cc == b_country for e in c.entries):
            if placed or any(inside_any(e, c.entries) for e in a.entries):
                return k + 2
    if any(inside_any(e, b.entries) for e in a.entries):
        return k + 1
    if placed and (any(e.is_country for e in b.entries) or admin_named_after(text, b.end)):
        return k + 1
    if placed and text[a.end : b.start] == " in " and any(_city(e) for e in b.entries):
        return k + 1  # "a protest at Hastings in Kolkata": a quarter of the city, not the English town
    return None


def _city(e: Entry) -> bool:
    """A city that holds quarters of its own names: a town of 100,000 people named outright."""
    return e.feature_class == "P" and e.match == "name" and e.population >= 100_000


_GENERIC_TAIL = frozenset("city town village district province state region county municipality area".split())


def _fuller_name(text: str, e: Entry) -> str | None:
    """The text's name for a town it names by a longer alternate name that begins with the town's
    own one ("Lakki Marwat" for GeoNames' "Lakki"): the fuller name, as news and ACLED write it."""
    if e.match != "alt" or e.feature_class != "P" or text.isupper():
        return None
    key, own = fold(text), fold(e.name)
    if not key.startswith(own + " "):
        return None
    tail = key[len(own) + 1 :].split()
    if not tail or any(w in _GENERIC_TAIL or len(w) < 3 for w in tail):
        return None
    return " ".join(text.split())


# "X in Y" / "X, in (the) central Y": Y (a country or division) contains X
_IN_PLACE = re.compile(
    r",?\s+in\s+(?:the\s+)?(?:(?:far\s+|south|north)?(?:north|south|east|west|central|centre|center)"
    r"(?:-?(?:east|west))?(?:ern)?\s+)?"
)
_LIST_SEP = re.compile(r",\s*|,?\s+(?:and|or|&)\s+|\s*/\s*")


def _one_sense_per_name(mentions: list[Mention]) -> None:
    """A name the text once marks as a division ("New York state", "Buffalo, New York") is that
    division wherever else the document uses it alone, unless the division holds a town of the
    same name (the text may mean either: "Homs governorate" and the city of Homs)."""
    marked = {m.text.casefold() for m in mentions if m.admin_hint and _division_like(m)}
    for m in mentions:
        if not m.admin_hint and m.text.casefold() in marked:
            m.admin_hint = True


def _short_country_names(mentions: list[Mention]) -> None:
    """A name that may be several countries ("Congo") is the one the text names in full elsewhere
    ("the Republic of Congo ... the government of Congo")."""
    for m in mentions:
        if sum(e.is_country for e in m.entries) < 2:
            continue
        key = f" {fold(m.text)} "
        for o in mentions:
            full = f" {fold(o.text)} "
            ccs = {e.cc for e in o.entries if e.is_country}
            if full != key and key in full and len(ccs) == 1:
                cc = next(iter(ccs))
                if any(e.is_country and e.cc == cc for e in m.entries):
                    m.entries = [e for e in m.entries if not e.is_country or e.cc == cc]
                    break


def _country_of(m: Mention) -> str | None:
    """The country a mention names outright ("Australia", "U.S."), if it can be one."""
    for e in m.entries:
        if e.is_country and e.match != "loose" and e.cc:
            return e.cc
    return None


def _division_like(m: Mention) -> set[str]:
    """The countries of the first-level divisions that ``m`` names outright, when no town of that
    name lies inside them ("Oregon", "Tennessee"; not "Kandahar", whose province holds its city)."""
    out = set()
    for e in m.entries:
        if e.is_admin1 and e.match in ("name", "abbr"):
            twin = any(
                t.feature_class == "P" and t.match == "name" and t.admin1_key == e.admin1_key
                for t in m.entries
            )
            if not twin and e.cc:
                out.add(e.cc)
    return out


def _hint_division_lists(text: str, mentions: list[Mention]) -> None:
    """In a list of places ("Oregon, Tennessee, Utah, Washington and Wisconsin"), a name that can be
    a first-level division is read as one when at least two other members are plainly divisions of
    the same country."""
    runs: list[list[int]] = []
    for k, m in enumerate(mentions):
        if k and _LIST_SEP.fullmatch(text[mentions[k - 1].end : m.start]):
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        if len(run) < 3:
            continue
        kinds = [_division_like(mentions[k]) for k in run]
        for i, k in enumerate(run):
            own = {e.cc for e in mentions[k].entries if e.is_admin1 and e.cc}
            if not own or mentions[k].admin_hint:
                continue
            support = sum(1 for j, cs in enumerate(kinds) if j != i and cs & own)
            if support >= 2:
                mentions[k].admin_hint = True


def _with_streets(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """``mentions`` plus the street names of the text (a street replaces a toponym inside it)."""
    spans = street_spans(text)
    if not spans:
        return mentions
    kept = [pm for pm in mentions if not any(s <= pm.start and pm.end <= e for s, e in spans)]
    out = list(kept)
    for s, e in spans:
        if any(pm.start < e and s < pm.end for pm in kept):
            continue
        pm = PlaceMention(start=s, end=e, text=text[s:e])
        town = _nearest_local(kept, s, e, window=80)
        if town is not None:
            pm.place = replace(town, geo_precision=1, reason=f"a street; next to {town.name} in the text")
            pm.score = 0.2
        out.append(pm)
    out.sort(key=lambda p: (p.start, p.end))
    return out


def _nearest_local(
    mentions: list[PlaceMention], start: int, end: int, *, window: int = 120, country: str | None = None
) -> Place | None:
    """The closest town-level place mentioned within ``window`` characters of [start, end) (in
    ``country`` when given)."""
    best, best_d = None, window + 1
    for pm in mentions:
        p = pm.place
        if (
            p is None
            or pm.kind == "demonym"
            or (country is not None and p.iso != country)
            or not p.feature_code
            or p.feature_code[:3] not in ("PPL", "ADM", "AIR", "MIL")
        ):
            continue
        if p.feature_code == "ADM1":
            continue
        d = start - pm.end if pm.end <= start else pm.start - end
        if 0 <= d < best_d:
            best, best_d = p, d
    return best


_IN_PARENT = re.compile(
    r"(?:\s+(?:village|town|settlement|hamlet|area|district|camp|neighbou?rhood|suburb|locality|market)"
    r"|,\s+an?\s+(?:[a-z]+\s+)?(?:village|town|city|settlement|hamlet|locality|commune))?"  # ", a town in"
    r"\s+in\s+(?:the\s+)?"
    # "the Catatumbo region of Norte de Santander": a part of the division named after "of"
    r"|\s+(?:region|area|district|zone|subregion)\s+of\s+(?:the\s+)?"
)


_DIVISION_NOUN_AFTER = re.compile(r" (?:province|district|county|regency|prefecture)\b")



_DEMONYM_KIND_BEFORE = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:villages?|towns?|city|hamlet|district|province|region|camp|neighbou?rhood)\s+of\s+$"
)


def _parent_after(
    text: str, mentions: list[PlaceMention], end: int, *, comma: bool = True, chain: bool = False
) -> PlaceMention | None:
    """The division or country named right after ``end`` ("X, Mo.", with ``comma``; "X village in
    Borno state", "X in Y province" always), if resolved. With ``chain`` also one the text names as
    a container further on ("X village (Y, Z)", "X in Y woreda, Z (W)")."""
    for pm in mentions:
        if pm.start <= end or pm.kind == "demonym":
            continue
        gap = text[end : pm.start]
        code = pm.place.feature_code or "" if pm.place is not None else ""
        division = code in ("ADM1", "ADM2") or code.startswith("PCL")
        if (comma and re.fullmatch(r",\s*", gap)) or _IN_PARENT.fullmatch(gap):
            if division and NAME_GOES_ON.match(text, pm.end):
                return None  # "in the Gulf of Aden, U.S. Central Command said": a name, no container
            if division:
                return possessed_division(text, mentions, pm)
            if chain:
                return None  # "X, Onitsha, in Anambra state": next to the town (the nearest) instead
        elif chain and len(gap) <= 160 and CHAIN.fullmatch(gap) and container_form(gap) in ("paren", "in", "noun"):
            # the nearest container the text names; a town: the name is placed next to it instead
            return pm if division else None
    return None


#: The possessive between a place and a name inside it ("Pulwama's ", "Rakhine state's ").
_POSSESSIVE_GAP = re.compile(r"(?: (?:state|province|region|district|county|governorate))?['’]s ")


def _possessor_before(text: str, mentions: list[PlaceMention], start: int) -> PlaceMention | None:
    """The town, division or country whose possessive comes right before ``start`` ("Pulwama's
    Chandgam village", "Kabul's Karte Se district", "Rakhine state's Maungdaw township"), if resolved."""
    for pm in mentions:
        if pm.end < start - 16 or pm.end >= start or pm.kind not in ("toponym", "relative"):
            continue
        if _POSSESSIVE_GAP.fullmatch(text, pm.end, start):
            code = pm.place.feature_code if pm.place is not None else ""
            if code in ("ADM1", "ADM2") or code.startswith(("PCL", "PPL")):
                return pm
    return None


def _main_country(mentions: list[PlaceMention], *, least: int = 3) -> str | None:
    """The country (ISO3) of more than half the document's resolved places (``least`` of them at
    least), if any."""
    counts: dict[str, int] = {}
    for pm in mentions:
        if pm.place is not None and pm.place.iso:
            counts[pm.place.iso] = counts.get(pm.place.iso, 0) + 1
    if not counts:
        return None
    iso, n = max(counts.items(), key=lambda kv: kv[1])
    return iso if n >= least and n * 2 > sum(counts.values()) else None


_LONGER_NAME = re.compile(r" [A-Z][a-z]")


def _placed(c: Candidate, m: Mention) -> bool:
    """Whether a mention's own context makes it a place: a preposition or place noun before it, a
    list of places it stands in, a dateline, a span the caller gave, or a container phrase other
    than "in" / "near" after it ("X (Y state)", "X locality, Y")."""
    if m.container_form in ("paren", "noun"):
        return True
    return any(sig in c.signals for sig in ("preposition", "place noun", "list member", "dateline", "given"))


def _stray(pm: PlaceMention, main_iso: str | None) -> bool:
    """A place in another country than the document's, chosen on its prior alone: a small town, or
    any town or division that only an alternate / transliterated spelling names ("Kalam" for
    Kallam, India, in a story set in Pakistan)."""
    p = pm.place
    if p is None or main_iso is None or p.iso == main_iso or pm.kind == "demonym":
        return False
    code = p.feature_code or ""
    small_town = code.startswith("PPL") and p.population < 5000
    # a town named by a variant spelling only (big cities' exonyms, "Kiev", stay), or a division
    # named by a transliteration-insensitive match only
    by_spelling = (code.startswith("PPL") and p.population < 100_000 and "alt match" in p.reason) or (
        (code.startswith("PPL") or code in ("ADM1", "ADM2")) and "loose match" in p.reason
    )
    if not (small_town or by_spelling):
        return False
    return not any(k in p.reason for k in ("document places", "near", "inside", "dateline", "area"))


def _focus(mentions: list[PlaceMention], *, country: str | None = None) -> Place | None:
    """The document's main place: the most mentioned town, else the most mentioned division/country
    (in ``country`` when given)."""
    best: dict[tuple, list] = {}
    for pm in mentions:
        p = pm.place
        if p is None or pm.kind == "demonym" or (country is not None and p.iso != country):
            continue
        rank = (
            0
            if p.feature_code and p.feature_code[:3] in ("PPL", "AIR", "MIL", "CMP")
            else (1 if p.feature_code in ("ADM1", "ADM2") else 2)
        )
        key = (p.name, p.latitude, p.longitude)
        if key not in best:
            best[key] = [rank, 0, -pm.start, p]
        best[key][1] += 1
    if not best:
        return None
    return min(best.values(), key=lambda v: (v[0], -v[1], -v[2]))[3]


def _confidence(m: Mention) -> float:
    if not m.entries:
        return 0.0
    if len(m.entries) == 1:
        return 0.9
    return max(0.3, min(0.95, 0.5 + m.score / 40))
