"""Toponym resolution with the whole document as context.

Each candidate entry of a mention gets a score; the highest wins. The preference order, strongest
first (weights in :class:`Weights`):

1. **Explicit hierarchy**: "X, Y" where Y is a country or first-level division that contains a
   candidate of X ("Pandi, Bulacan", "Lexington, Ky.").
2. **Dateline**: the country (and admin1) of the place that opens the text ("HOMS (Syria News)",
   "EDMONTON -"). A dateline without its own "X, Y" is itself resolved by the rest of the
   document ("PLYMOUTH CO. -" in a story full of Iowa places), not by itself.
3. **Document context**: the countries and divisions of the other places in the document
   (countries named outright count double; candidates inside them are preferred) and *local
   support*: another place of the document within 50 / 150 km, the text naming the first-level
   division the candidate lies in, the dateline's division. A name does not vote for itself:
   mentions with the same candidates are one name however written.
4. **Major-city guard**: a populated place more than ``famous_ratio`` times smaller than a capital
   or a city of ``famous_population`` or more of the same name gets no country-level context
   (the document's or the dateline's country) unless it has local support or an explicit "X, Y":
   "Paris" in a story with U.S. places is Paris, France; "Paris, Texas" or "Paris" next to other
   Texan towns is not. Country context alone never outweighs a population gap that large. A city
   known the world over (``famous_names`` alternate names, ``famous_names_ratio`` times the
   namesake's: :attr:`Entry.fame`) counts as major too: Geneva, Switzerland over Geneva, New York;
   so does the big place of an exonym the text places, when no sizeable town owns the name ("in
   Mecca": Makkah). By another place's name, a small namesake needs places near it (the division
   named is not enough). A town of a country the document names only in passing (under half its
   main country's weight) with a namesake five times bigger elsewhere gets no country context
   either ("a researcher at Exeter" in a Syria story that names Washington).
5. **Hierarchy of same-named places**: a town is preferred over the division named after it (Homs
   city over Homs governorate) unless a place noun says otherwise ("Homs governorate", "the
   countryside of Homs", "north of Salahuddin").
6. **Feature type**: country > continent > first-level division > capital > curated supplement
   place > seat of a division > other populated place > second-level division.
7. **Population** (log scale), then the quality of the name match (primary name > alternate name >
   transliteration-insensitive match).

Once the choices are stable, the document's context rules some out (:meth:`Resolver._constrain`,
:mod:`eventwire.geo.context`): a place the text names inside others ("Lang (Unity state)", "Burri
in eastern Khartoum", "Ashu village in Kiremu woreda, East Wellega (Oromia)") keeps only its
candidates inside them, else it is ``rejected`` and coded to the container; a namesake chosen on a
spelling alone in a country nothing else of the document supports, while the other places agree on
another, is dropped (a respelling needs no agreement); so is a name of ordinary words ("the Old
City") chosen as a small town of a country named only in passing (:mod:`eventwire.geo.namesakes`). The document is then resolved again without them.

The chosen entry's ``reason`` names the terms that decided it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from . import context, namesakes
from .folding import fold, loose
from .gazetteer import Entry
from .nearby import Nearby, colocated_candidates, point_grid

_FEATURE_PRIOR = {
    "PCLI": 4.0,
    "PCLD": 3.0,
    "PCLF": 3.0,
    "PCLS": 3.0,
    "PCLIX": 3.0,
    "PCL": 3.5,
    "TERR": 2.5,
    "CONT": 3.5,
    "RGN": 2.5,
    "OCN": 2.5,
    "SEA": 2.0,
    "GULF": 2.0,
    "ADM1": 2.0,
    "PPLC": 3.0,
    "PPLA": 0.6,
    "PPLA2": 0.2,
    "PPLA3": 0.2,
    "PPLA4": 0.1,
    "ADM2": -0.5,
}
_MATCH_PRIOR = {"name": 0.0, "abbr": 0.2, "demonym": 0.0, "alt": -0.4, "loose": -1.0}
ADMIN_NOUNS = {
    "province",
    "governorate",
    "state",
    "county",
    "district",
    "region",
    "countryside",
    "oblast",
    "prefecture",
    "department",
    "municipality",
    "territory",
    "provinces",
    "governorates",
}


@dataclass(slots=True)
class Weights:
    population: float = 0.8  # per log10 of population
    hierarchy: float = 6.0  # "X, Y"
    dateline_country: float = 2.0
    dateline_admin1: float = 1.5
    doc_country: float = 2.0  # plus doc_country_share times the share of the document's places there
    doc_country_share: float = 3.0
    doc_country_cap: float = 1.5  # the country bonus grows with evidence up to this many times doc_country
    share_prior: float = 0.0  # evidence added to the share's denominator: one weak vote is no majority
    doc_admin1: float = 2.0
    supplement: float = 3.0
    contains_other: float = 1.0  # a division that contains other places of the document
    near: float = 0.5  # within 50 km of another place of the document (half within 150 km)
    colocated: float = 0.5  # within 50 km of some candidate of another name of the document
    loose_own_name: float = 0.8  # a loose match of the place's own name, not of an alternate one
    alt_when_primary: float = 1.0  # an alternate-name match when the name is another place's own name ...
    owner_towns: int = 3  # ... (times 1 + log2 of its owner towns); this many owners of
    owner_population: int = 10_000  # ... this many people make the name theirs, no exonym ("Salisbury")
    max_rounds: int = 4  # context passes after the prior-only pass (fewer once stable)
    famous_ratio: float = 30.0  # a place this many times smaller than a major city of the same name ...
    famous_population: int = 500_000  # ... (a capital or a city this big) needs local support to win
    famous_names: int = 30  # ... or a bigger city with this many alternate names (renown: Entry.fame) ...
    famous_names_ratio: float = 3.0  # ... this many times the small namesake's, which has fewer people
    famous_names_small: int = 50_000  # than this and than a fifth of the city's (London, Ontario is no small town)
    rival_ratio: float = 5.0  # a town of a country the document names in passing (less than ...
    minor_share: float = 0.5  # ... this share of its main country's weight) loses that country's bonus to a
    rival_population: int = 50_000  # namesake this many times bigger, and this big, by its own name elsewhere
    agree_share: float = 0.6  # the other places "agree" on a country holding this share of their weight
    firm_share: float = 0.8  # ... "firmly" (a minor town by its own name is dropped then) with this share


@dataclass(slots=True)
class Mention:
    """What the resolver needs of a recognised span."""

    start: int
    end: int
    text: str
    entries: list[Entry]
    kind: str = "toponym"
    admin_hint: bool = False  # a place noun / relative phrase says it is a division
    parent: int | None = None  # index of a following "X, Y" mention that contains it
    in_parent: bool = False  # the parent is "X in Y" (weaker evidence that X is a place than "X, Y")
    chosen: Entry | None = None
    score: float = 0.0
    reason: str = ""
    outside_parent: bool = False  # "X, Y" with no candidate of X inside Y
    containers: list[int] = field(default_factory=list)  # later mentions the text names as holding it
    container_form: str = ""  # how: "paren", "in", "near", "noun" (see context.find_containers)
    placed: bool = True  # its own context makes it a place (a preposition or place noun before it)
    rejected: str = ""  # "container" / "stray": every candidate was dropped by the document's context
    doer: bool = False  # a demonym of the side that struck ("Israeli airstrikes"): no vote (geo.doers)


class Resolver:
    def __init__(self, *, weights: Weights | None = None) -> None:
        self.w = weights or Weights()

    def resolve(self, mentions: list[Mention], *, dateline: Mention | None = None) -> None:
        """Choose an entry for every mention (in place)."""
        if not mentions:
            return
        for m in mentions:
            m.entries = _prune_same_name_admins(m.entries, admin_hint=m.admin_hint)
        # "X, Y" where no candidate of X lies in Y: X is missing from the gazetteer; it is coded
        # to Y (the division or country named with it) rather than to a namesake elsewhere
        for m in mentions:
            if m.parent is not None and mentions[m.parent].entries:
                box = mentions[m.parent]
                # (inside a district: "Turbat, Kech district"; a container named only by other places'
                # spellings does not overrule a place's own name: "Ngouboua, in the Lake province")
                inside = [e for e in m.entries if inside_any(e, box.entries)]
                if not inside:  # "Rizal, Kalinga province": the Rizal of that district, no namesake
                    inside = [e for e in m.entries if _in_district(e, box.entries)]
                    m.entries = inside or m.entries
                if not inside and not spelt_container(box.entries, m, [o for o in mentions if o not in (m, box)]):
                    m.entries = []
                    m.outside_parent = True
        # pass 1: priors and explicit hierarchy only
        memo: dict[int, tuple] = {}  # what of each mention's scores no context changes (see _static)
        for m in mentions:
            self._choose(m, None, None, mentions[m.parent] if m.parent is not None else None, memo=memo)
        anchor = None
        if dateline is not None:
            anchor = dateline
            if dateline.outside_parent and dateline.parent is not None:
                anchor = mentions[dateline.parent]
        keys = [_name_key(m) for m in mentions]
        # the dateline's own name is resolved by the rest of the document, not by itself, unless
        # the dateline says where it is ("NEWARK, N.J. -")
        date_key = _name_key(anchor) if anchor is not None and anchor.parent is None else None
        colocated = colocated_candidates(mentions, keys)
        # passes 2, 3, ...: each name in turn is resolved in the context of the other names as
        # last resolved (updated in place, so two names cannot keep swapping each other's
        # country), until no choice changes (at most max_rounds); a name does not vote for
        # itself (all mentions of the same name are left out of its own context)
        groups: dict[str, list[int]] = {}
        for k, key in enumerate(keys):
            groups.setdefault(key, []).append(k)
        votes = [self._vote(m) for m in mentions]
        nearby: dict[str, Nearby] = {}
        state = (keys, groups, votes, anchor, date_key, colocated, nearby, memo)
        self._rounds(mentions, state)
        # what the text says of where each place lies: its containers ("Lang (Unity state)") and
        # the country the document's other places agree on; a choice they rule out is dropped
        # and the document resolved again without it
        for _again in range(2):
            if not self._constrain(mentions, keys, votes):
                break
            for k, m in enumerate(mentions):
                votes[k] = self._vote(m)
            self._rounds(mentions, state)

    def _rounds(self, mentions: list[Mention], state) -> None:
        """Passes 2, 3, ...: each name in turn is resolved in the context of the other names as last
        resolved (updated in place, so two names cannot keep swapping each other's country), until
        no choice changes (at most max_rounds); a name does not vote for itself (all mentions of the
        same name are left out of its own context)."""
        keys, groups, votes, anchor, date_key, colocated, nearby, memo = state
        # a name is chosen again only when some choice changed since it was last chosen: its context,
        # the dateline's country and what it is chosen from are the same, and so is the choice
        version, chosen_at = 0, {}
        table, table_at = None, -1  # the votes as of ``table_at`` (see _context_table)
        for _round in range(self.w.max_rounds):
            changed = False
            for key, idxs in groups.items():
                if chosen_at.get(key) == version:
                    continue
                chosen_at[key] = version
                # the dateline as last resolved ("PLYMOUTH CO. -" in an Iowa story)
                date_cc = None
                if anchor is not None and anchor.chosen is not None and key != date_key:
                    date_cc = (anchor.chosen.cc, anchor.chosen.admin1_key)
                if table_at != version:  # (no vote nor choice changes without a new version)
                    table, table_at = _context_table(mentions, keys, votes), version
                countries, admins, named, points = _context_of(table, key)
                # the same points as last round: the distances already measured still hold
                cached = nearby.get(key)
                if cached is not None and cached.points == points:
                    near = cached
                else:
                    near = nearby[key] = Nearby(point_grid(points), key, points=points)
                for k in idxs:
                    m = mentions[k]
                    parent = mentions[m.parent] if m.parent is not None else None
                    old = m.chosen
                    self._choose(m, (countries, admins, near, colocated[k], named), date_cc, parent, memo=memo)
                    if m.chosen is not old:
                        changed = True
                        version += 1
                        votes[k] = self._vote(m)
            if not changed:
                break  # stable: the context each choice was made in is the final one

    def _constrain(self, mentions: list[Mention], keys: list[str], votes: list) -> bool:
        """Drop the candidates the document's context rules out; True when any choice was undone.

        * **Containers**: a place the text puts inside others ("Lang (Unity state)", "Burri in
          eastern Khartoum", "Ashu village in Kiremu woreda, East Wellega (Oromia)") keeps only
          the candidates inside them (their country; the first-level division when a container is
          one). With none left, it is ``rejected`` ("container": the tagger codes it to the
          container), unless its choice is too prominent for the phrase to overrule
          (:func:`context.strong`) or the containers disagree on the country (a list).
        * **Strays**: a candidate chosen on a spelling alone (:func:`context.weak`) in a country no
          other name of the document supports, while other names (chosen on more than a spelling)
          agree on another (:attr:`Weights.agree_share` of their weight), is dropped; a respelling
          (a transliteration-insensitive match) is dropped without that agreement ("Bardou" of
          a Raqqa story that names the US and Turkey as often is no Le Bardo, Tunisia); a name left
          without candidates is ``rejected`` ("stray": not resolved).
        * **Descriptions**: a name of ordinary words chosen as a small town, with nothing local for
          it, of a country the other names give less than :attr:`Weights.minor_share` of their main
          country's weight loses the candidates of such countries (:mod:`eventwire.geo.namesakes`).
        """
        changed = False
        for m in mentions:
            e = m.chosen
            if e is None or not m.containers:
                continue
            boxes = [
                mentions[j].chosen
                for j in m.containers
                if mentions[j].chosen is not None and mentions[j].chosen.cc and mentions[j].kind != "demonym"
                and not _spelt_box(mentions, j, m)
            ]
            if not boxes or len({b.cc for b in boxes}) > 1:
                continue
            if all(context.within(e, b) for b in boxes):
                continue
            if m.container_form == "near" and _km(e, boxes[0]) <= 150:
                continue  # "Ramallah near Jerusalem": near it, across a border
            inside = [x for x in m.entries if all(context.within(x, b) for b in boxes)]
            if not inside and (not context.containable(e) or context.strong(e, form=m.container_form)):
                continue  # a country, a region, a capital ...: the phrase is no container of it
            m.entries = inside
            m.chosen = None
            if not inside:
                m.rejected = "container"
            changed = True
        support: dict[str, dict[str, float]] = {}  # name -> country -> the weight of its choice
        for key, m, (cc, _a1, strength, _pt) in zip(keys, mentions, votes, strict=True):
            if cc and m.chosen is not None and strength > 0 and not context.weak(m.chosen):
                got = support.setdefault(key, {})
                got[cc] = max(got.get(cc, 0.0), strength)
        for key, m in zip(keys, mentions, strict=True):
            e = m.chosen
            if e is None or m.kind == "demonym" or not (context.weak(e) or context.minor(e)):
                continue
            other: dict[str, float] = {}
            names: dict[str, int] = {}
            for k2, got in support.items():
                if k2 != key:
                    for cc, s in got.items():
                        other[cc] = other.get(cc, 0.0) + s
                        names[cc] = names.get(cc, 0) + 1
            top_cc, top = max(other.items(), key=lambda kv: kv[1], default=("", 0.0))
            if top >= 0.5 and namesakes.described(m.text) and namesakes.in_passing(
                    e.cc, other, share=self.w.minor_share) and not any(r in m.reason for r in _LOCAL_REASONS):
                # "the Old City" of a Syria story that names Washington once: no town in Pennsylvania
                m.entries = [x for x in m.entries if not namesakes.in_passing(x.cc, other, share=self.w.minor_share)]
                m.chosen = None
                if not m.entries:
                    m.rejected = "stray"
                changed = True
                continue
            if other.get(e.cc or "", 0.0) > 0 or top < 0.5 or (
                    top < self.w.agree_share * sum(other.values()) and e.match != "loose"):
                continue  # supported, or the other places do not agree on a country (a respelling of a
                # place in a country no other name supports needs no agreement: "Bardou" of a Raqqa
                # story is no Le Bardo, Tunisia, when the story also names the US and Turkey)
            # a minor town by its own name needs a firmer agreement: two names or more, most weight
            firm = names.get(top_cc, 0) >= 2 and top >= self.w.firm_share * sum(other.values())
            if not context.weak(e) and not firm:
                continue
            if _next_door(e, m, mentions):
                continue  # "from southern Lebanon at Kiryat Shmona": across the border, not far away
            keep = [
                x
                for x in m.entries
                if not ((context.weak(x) or (firm and context.minor(x))) and other.get(x.cc or "", 0.0) <= 0)
            ]
            m.entries = keep
            m.chosen = None
            if not keep:
                m.rejected = "stray"
            changed = True
        return changed

    def _vote(self, m: Mention) -> tuple[str | None, str | None, float, tuple[float, float] | None]:
        """What a mention's current choice says about the document: country, admin1, strength, point."""
        e = m.chosen
        if e is None or m.doer:
            return (None, None, 0.0, None)
        strength = 1.0 if len(m.entries) == 1 else _margin_strength(m)
        if e.match in ("alt", "loose"):
            strength *= 0.5
        if e.is_country:
            strength *= 2.0
        local = e.feature_class in ("P", "S", "T") or e.feature_code == "ADM2"
        point = (e.latitude, e.longitude) if local and e.latitude is not None else None
        return (e.cc, e.admin1_key if not e.is_country else None, strength, point)

    def _choose(self, m: Mention, ctx, date_cc, parent: Mention | None, *, memo: dict | None = None) -> None:
        best, best_s, best_r = None, -math.inf, []
        total = sum(v for v in ctx[0].values() if v > 0) if ctx else 0.0
        got = memo.get(id(m)) if memo is not None else None
        if got is None or got[0] is not m.entries or got[1] is not parent or got[2] is not (
                parent.entries if parent is not None else None) or got[3] != (m.admin_hint, m.in_parent):
            got = self._static(m, parent)
            if memo is not None:
                memo[id(m)] = got
        for e, s, why, famous, alt_penalty, rival in got[4]:
            s, why = self._score(e, ctx, total, date_cc, s, list(why))
            # (by another place's name, a small namesake needs places near it: "in Mecca" is no
            # Medina, Ohio, because the text names Ohio)
            if famous and ctx is not None and not any(
                    k in r for r in why for k in (_LOCAL_REASONS if e.match == "name" else _NEAR_REASONS)):
                s -= self._country_bonus(e, ctx, total, date_cc)
                if e.population < self.w.famous_names_small and e.admin1_key and ctx[1].get(e.admin1_key, 0) > 0:
                    # nor, for a small town, another place somewhere in its division (New York City
                    # for Geneva, New York: 350 km away)
                    s -= self.w.doc_admin1
            elif rival and ctx is not None and self._in_passing(e, ctx[0], date_cc) and not any(
                    k in r for r in why for k in _LOCAL_REASONS):
                s -= self._country_bonus(e, ctx, total, date_cc)
            s -= alt_penalty
            if s > best_s:
                best, best_s, best_r = e, s, why
        # the reasons joined for the choice only (the prior of every candidate costs a format)
        reason = "; ".join([*best_r, _prior(best)]) if best is not None else ""
        m.chosen, m.score, m.reason = best, best_s, reason

    def _static(self, m: Mention, parent: Mention | None) -> tuple:
        """What of ``m``'s choice no context changes, worked out once for its candidates, its name, its
        division hint and its parent as they are (:meth:`_choose` asks again when one is replaced): per
        candidate its score and reasons before the context (:meth:`_base`), whether it is a small namesake
        of a major city and whether it is an alternate name of another place's own name."""
        owners = [
            max(e.population, 1000)
            for e in m.entries
            if e.match == "name" and (e.population >= 1000 or e.feature_class == "A")
        ]
        primary = max(owners, default=0)
        # an exonym of a big place ("Palmyra" for Tadmur, "Mecca" for Makkah) keeps its weight;
        # other alternate names lose to a place whose own name it is, and a name several towns (Weights)
        # bear as their own is theirs ("Salisbury", an old name of Harare)
        alts = [e for e in m.entries if e.match in ("alt", "loose")]
        exonym = max(alts, key=lambda e: e.population) if alts else None
        towns = sum(p >= self.w.owner_population for p in owners)
        if exonym is not None and (exonym.population < 3 * primary or towns >= self.w.owner_towns or (
                primary >= 100_000 and exonym.population < 10 * primary) or (
                _division_by_name(m.entries) and exonym.population < 20 * primary)):
            # "Jayapura" (410,000 people) is no exonym of Jaipur (3 million); "Maru" (a Zamfara LGA)
            # none of Mary, Turkmenistan: a division by its own name needs a far bigger exonym
            exonym = None
        # only transliterations matched: the place's own name respelt ("Sukhna" for As Sukhnah) is
        # the primary match, a respelling of another place's alternate name ("Sokhna" for Sohna)
        # no exonym
        own_loose: set[int] = set()
        if not primary:
            own_loose = {e.pid for e in m.entries if e.match == "loose" and loose(e.name) == loose(m.text)}
            if own_loose:
                # a place that an alternate name matches and its own name respells too ("Ranya" for
                # Ranyah, Iraq) is as much the name's own as the loose match beside it (Ranyah, Saudi Arabia)
                own_loose |= {e.pid for e in m.entries if e.match == "alt" and loose(e.name) == loose(m.text)}
                primary = max(max(e.population, 1000) for e in m.entries if e.pid in own_loose)
                exonym = None
        # the big place of an exonym shields its small namesakes as a city's own name does, when no
        # town of owner_population bears the name as its own and the name's own context places it (a
        # preposition or a place noun before it: "studied in Mecca", "based in New York"); not
        # "Sidney" (Sydney's old spelling, and the own name of towns of 20,000 in Ohio and Montana)
        shield = exonym if m.placed and not towns and exonym is not None and exonym.match == "alt" else None
        # a small namesake of a major city ("Paris", Texas; "Edmonton", London) wins on the
        # document's country alone only when the text places it: a nearby place, the division
        # it lies in, the dateline's division or "X, Y"; country-level context does not outweigh
        # a population gap this large
        major = max(
            (
                e.population
                for e in m.entries
                if e.feature_class == "P"
                and (e.feature_code == "PPLC" or e.population >= self.w.famous_population)
                # the big place an exonym keeps its weight for is as much the name's ("Mecca" for
                # Makkah over Mecca, California; "New York" for New York City)
                and (e.match == "name" or e is shield)
            ),
            default=0,
        )
        # ... or of a city known the world over, by the names it has in other languages: Geneva,
        # Switzerland (60 names) over Geneva, New York (13) when a story of the United Nations names
        # Washington; not Cambridge, Massachusetts (63) against Cambridge, England (54)
        renowned = max(
            (
                (e.fame, e.population)
                for e in m.entries
                if e.feature_class == "P" and (e.match == "name" or e is shield) and e.fame >= self.w.famous_names
            ),
            default=(0, 0),
        )
        # an alternate name loses more to a name many towns bear as their own (Salisburys vs Harare)
        penalty = self.w.alt_when_primary * (1 + math.log2(max(1, towns)))
        rows = []
        biggest = namesakes.biggest_by_country(m.entries, shield=shield)  # (see _in_passing)
        for e in m.entries:
            s, why = self._base(e, m, parent)
            famous = (
                e.feature_class == "P"
                and e.feature_code != "PPLC"  # a capital is no small namesake ("Victoria", Seychelles)
                and (
                    bool(major) and e.population * self.w.famous_ratio < major
                    or e.fame * self.w.famous_names_ratio < renowned[0]
                    and e.population < self.w.famous_names_small
                    and e.population * 5 < renowned[1]
                )
            )
            alt_penalty = penalty if primary and (
                e.match in ("alt", "loose")
                and e is not exonym
                and e.source != "supplement"
                and e.pid not in own_loose
                # "Samar province": the text names the division, whose alternate name is the bare
                # name (Province of Samar), no respelling of a namesake town's
                and not (m.admin_hint and e.match == "alt" and e.feature_code in ("ADM1", "ADM2"))
            ) else 0.0
            if alt_penalty and e.feature_code == "PPLC":  # by another's name a capital has no capital's prior
                alt_penalty += _FEATURE_PRIOR["PPLC"] - _FEATURE_PRIOR["PPLA"]
            rival = namesakes.has_rival(e, biggest, ratio=self.w.rival_ratio, population=self.w.rival_population)
            rows.append((e, s, tuple(why), famous, alt_penalty, rival))
        return (m.entries, parent, parent.entries if parent is not None else None, (m.admin_hint, m.in_parent), rows)

    def _in_passing(self, e: Entry, countries: dict[str, float], date_cc) -> bool:
        """Whether ``e``'s country is one the document names only in passing: not the dateline's, and
        holding less than :attr:`Weights.minor_share` of the weight of the document's main country. A
        town there with a namesake many times bigger elsewhere (:attr:`Weights.rival_ratio`) wins on
        the country alone no more than a small namesake of a major city does: "a lecturer at Exeter"
        in a Syria story that names Washington twice is Exeter, England, not Exeter, California."""
        if date_cc and e.cc == date_cc[0]:
            return False
        return namesakes.in_passing(e.cc, countries, share=self.w.minor_share)

    def _country_bonus(self, e: Entry, ctx, total: float, date_cc) -> float:
        """The part of ``e``'s score that comes from the document's (or the dateline's) country."""
        w = self.w
        countries = ctx[0]
        out = w.dateline_country if date_cc and e.cc == date_cc[0] else 0.0
        if e.cc and total > 0 and countries.get(e.cc, 0) > 0:
            share = countries[e.cc] / (total + w.share_prior)
            out += w.doc_country * min(w.doc_country_cap, countries[e.cc] / 2) + w.doc_country_share * share
        return out

    def _base(self, e: Entry, m: Mention, parent: Mention | None) -> tuple[float, list[str]]:
        """``e``'s score and reasons before the document's context (its prior, its name, "X, Y")."""
        w = self.w
        why: list[str] = []
        s = _FEATURE_PRIOR.get(e.feature_code, 0.0) + _MATCH_PRIOR.get(e.match, -0.5)
        if e.match == "loose" and loose(e.name) == loose(m.text):
            # the place's own name in another transliteration ("Sukhna" for As Sukhnah) is a
            # closer match than a respelling of one of its alternate names ("Sokhna" for Sohna)
            s += self.w.loose_own_name
        pop = e.population if e.population or e.feature_class != "P" else 1000  # 0 means unknown
        s += w.population * math.log10(pop + 1)
        if e.source == "supplement":
            s += w.supplement
        if m.admin_hint and (e.is_admin1 or e.feature_code in ("ADM2", "RGN", "DSRT", "MTS")):
            s += 2.0
            why.append("named as a division")
        if (
            parent is not None
            and parent.entries
            and (e.feature_class in ("P", "S", "T") or e.feature_code == "ADM2" or e.is_admin1)
        ):
            for p in parent.entries:
                if (
                    p.is_country
                    and e.cc == p.cc
                    or (p.is_admin1 and e.admin1_key == p.admin1_key and not e.is_admin1)
                ):
                    s += w.hierarchy
                    why.append(f"within {parent.text}" if m.in_parent else f"inside {parent.text}")
                    break
        return s, why

    def _score(self, e: Entry, ctx, total: float, date_cc, s: float, why: list[str]) -> tuple[float, list[str]]:
        """``e``'s score ``s`` (and reasons ``why``) from :meth:`_base` with the document's context added."""
        w = self.w
        if ctx is not None:
            countries, admins, near, coloc, named = ctx
            if e.pid in coloc:
                s += w.colocated
                why.append("a candidate of another name lies near it")
            if near.any and (e.feature_class in ("P", "S", "T") or e.feature_code == "ADM2"):
                d = near.km(e.latitude, e.longitude)
                if d <= 50:
                    s += w.near
                    why.append("near other places of the document")
                elif d <= 150:
                    s += w.near / 2
                    why.append("in the area of other places")
            if date_cc and e.cc == date_cc[0]:
                s += w.dateline_country
                why.append("dateline country")
                if date_cc[1] and e.admin1_key == date_cc[1] and not e.is_admin1:
                    s += w.dateline_admin1
                    why.append("dateline admin1")
            if e.cc and total > 0 and countries.get(e.cc, 0) > 0:
                share = countries[e.cc] / (total + w.share_prior)
                s += w.doc_country * min(w.doc_country_cap, countries[e.cc] / 2) + w.doc_country_share * share
                why.append(f"document places in {e.country or e.cc}")
            if e.admin1_key and admins.get(e.admin1_key, 0) > 0 and not e.is_admin1:
                s += w.doc_admin1
                why.append(f"document places in {e.admin1 or e.admin1_key}")
                if e.admin1_key in named:
                    why.append("the text names its division")
            if e.is_admin1 and admins.get(e.admin1_key or "", 0) > 0:
                s += w.contains_other
                why.append("contains other places")
        return s, why  # the reasons; _choose adds the candidate's prior (:func:`_prior`) to the chosen one's


def _division_by_name(entries: list[Entry]) -> bool:
    """Whether a division goes by the name itself, or a town named like the district it lies in (the
    division may be pruned already: "Maru", the seat of Maru LGA)."""
    return any(e.match == "name" and (e.feature_code in ("ADM1", "ADM2") or (
        e.feature_class == "P" and e.admin2 is not None and fold(e.admin2) == fold(e.name))) for e in entries)


def _prior(e: Entry) -> str:
    """The last reason of a choice: the candidate's feature code, population and kind of match."""
    return f"{e.feature_code}, population {e.population:,}, {e.match} match"


_NEAR_REASONS = (
    "inside ",
    "within ",  # "X in Y"
    "near other places",
    "in the area of",
)
_LOCAL_REASONS = (*_NEAR_REASONS, "dateline admin1", "the text names its division")


def _spelt_box(mentions: list[Mention], j: int, m: Mention) -> bool:
    """Whether container ``j`` of ``m`` is one :func:`spelt_container` sets aside."""
    if m.chosen is None or m.chosen.match != "name":
        return False
    return spelt_container(mentions[j].entries, m, [o for k, o in enumerate(mentions) if k != j and o is not m])


def spelt_container(box: list[Entry], m: Mention, others: list[Mention]) -> bool:
    """Whether a container (its candidates ``box``) is named only by alternate spellings of places in a
    country where ``m`` has no candidate while ``m`` names a place by its own name, and either the
    container's candidates are all towns (a division noun after it that no division answers: "Mach in
    Bolan district" is not in Bolands, Antigua) or another name of the document (``others``) lies only
    in the country of ``m``'s own name ("N'DJAMENA - ... in Ngouboua, in the Lake province" is not in
    Lake County, Illinois). Such a container does not overrule the place's own name; a division's bare
    name still does ("Bagan in Lower Kurram" is not Bagan, Russia)."""
    if not box or any(b.match not in ("alt", "loose") for b in box):
        return False
    own = {e.cc for e in m.entries if e.match == "name"}
    if not own or own & {b.cc for b in box}:
        return False
    if all(b.feature_class == "P" for b in box):
        return True
    return any(o.entries and len({e.cc for e in o.entries}) == 1 and o.entries[0].cc in own for o in others)


def _in_district(e: Entry, box: list[Entry]) -> bool:
    """Whether town ``e`` lies in one of the second-level divisions of ``box`` ("Turbat, Kech district")."""
    return e.feature_class == "P" and bool(e.admin2_code) and any(
        b.feature_code == "ADM2" and (b.cc, b.admin1_code, b.admin2_code) == (e.cc, e.admin1_code, e.admin2_code)
        for b in box)


def inside_any(e: Entry, parents: list[Entry]) -> bool:
    for p in parents:
        if p.is_country and e.cc == p.cc:
            return True
        if p.is_admin1 and e.admin1_key == p.admin1_key and not e.is_admin1:
            return True
    return False


def _context_table(mentions: list[Mention], keys: list[str], votes: list) -> tuple:
    """What the document's context of a name is made of, gathered once for the votes as they are and read
    for name after name (:func:`_context_of`): each country's and division's votes in document order, the
    points of local places, the first-level divisions named outright."""
    countries: dict[str, list[tuple[int, str, float]]] = {}
    admins: dict[str, list[tuple[int, str, float]]] = {}
    points: list[tuple[float, float, str]] = []
    for i, (k2, (cc, a1, s, pt)) in enumerate(zip(keys, votes, strict=True)):
        if s <= 0:
            continue
        if cc:
            countries.setdefault(cc, []).append((i, k2, s))
        if a1:
            admins.setdefault(a1, []).append((i, k2, s))
        if pt is not None:
            points.append((pt[0], pt[1], k2))
    named = [(k2, m.chosen.admin1_key) for k2, m in zip(keys, mentions, strict=True)
             if m.chosen is not None and m.chosen.feature_code == "ADM1" and m.chosen.admin1_key]
    return countries, admins, points, named


def _context_of(table: tuple, key: str):
    """The document's context for the name ``key``: country and admin1 votes, the first-level divisions
    named outright and the points of local places, all from the other names. Each sum is added up in
    document order and each dict holds its names in the order a pass over the votes meets them: the same
    floats, in the same order, as one pass per name over all votes (tests/test_geo_s20_speed.py)."""
    countries, admins, points, named = table
    return (_sums(countries, key), _sums(admins, key), {a for k2, a in named if k2 != key},
            [p for p in points if p[2] != key])


def _sums(groups: dict[str, list[tuple[int, str, float]]], key: str) -> dict[str, float]:
    got = []
    for name, votes in groups.items():
        first, total = -1, 0.0
        for i, k2, s in votes:
            if k2 != key:
                if first < 0:
                    first, total = i, 0 + s  # (as ``dict.get(name, 0) + s``)
                else:
                    total = total + s
        if first >= 0:
            got.append((first, name, total))
    got.sort()  # (a vote has one country and one division: no two names share a first index)
    return {name: total for _first, name, total in got}


def _name_key(m: Mention) -> str:
    """Mentions with the same candidates are one name, however written ("PLYMOUTH CO." and
    "Plymouth County"): they do not vote for each other."""
    if not m.entries:
        return fold(m.text)
    return ",".join(str(p) for p in sorted({e.pid for e in m.entries}))


#: How close (km) a place chosen by one of its spellings must lie to a place of another country the
#: document names to stay next door to it rather than far away (:func:`_next_door`).
NEXT_DOOR_KM = 150.0


def _next_door(e: Entry, m: Mention, mentions: list[Mention]) -> bool:
    """Whether ``e`` (the choice of ``m``, in a country no other name supports) lies within
    :data:`NEXT_DOOR_KM` of a place of another country the document chose ("Hezbollah fired rockets
    from southern Lebanon at Kiryat Shmona": the town across the border is no far-away namesake)."""
    return any(
        o is not m and o.kind != "demonym" and o.chosen is not None and o.chosen.cc != e.cc
        and o.chosen.latitude is not None and _km(e, o.chosen) <= NEXT_DOOR_KM
        for o in mentions
    )


def _km(a: Entry, b: Entry) -> float:
    """Great-circle distance between two entries (km)."""
    p1, p2 = math.radians(a.latitude), math.radians(b.latitude)
    dl = math.radians(b.longitude - a.longitude)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _margin_strength(m: Mention) -> float:
    """How sure pass 1 is: 1 for a clear winner (a big feature/population lead), less otherwise."""
    scores = sorted(
        (_FEATURE_PRIOR.get(e.feature_code, 0.0) + 0.45 * math.log10(e.population + 1) for e in m.entries),
        reverse=True,
    )
    if len(scores) < 2:
        return 1.0
    return max(0.1, min(1.0, (scores[0] - scores[1]) / 2.0))


def _capital_twin(town: Entry, division: Entry) -> bool:
    """The seat of a first-level division that bears its name (Kherson, Kherson oblast)."""
    return town.feature_code in ("PPLA", "PPLC") and fold(town.name) == fold(division.name)


def _prune_same_name_admins(entries: list[Entry], *, admin_hint: bool) -> list[Entry]:
    """Drop a division when a populated place of the same name lies in it (Homs governorate vs Homs
    city), unless the text names the division or the division is far bigger than the town (Quebec);
    drop the town when the text names the division."""
    if len(entries) < 2:
        return entries
    towns = [e for e in entries if e.feature_class == "P"]
    if not towns:
        return entries
    out = []
    for e in entries:
        if e.feature_code in ("ADM1", "ADM2") and not admin_hint:
            twin = any(
                t.cc == e.cc
                and t.admin1_code == e.admin1_code
                and (
                    fold(t.name) == fold(e.name)
                    or t.feature_code in ("PPLA", "PPLC")
                    or t.population * 10 >= e.population
                )
                # a province far bigger than its namesake capital stays a candidate (Quebec)
                # (the capital named like it may be ten times smaller: Kherson, 66,000 in GeoNames)
                and (e.feature_code == "ADM2" or t.population * (10 if _capital_twin(t, e) else 5) >= e.population)
                for t in towns
            )
            if twin:
                continue
        out.append(e)
    if admin_hint:
        admins = [e for e in out if e.feature_code in ("ADM1", "ADM2")]
        if admins:
            keep = {id(a) for a in admins}
            out = [
                e
                for e in out
                if id(e) in keep
                or not any(
                    a.cc == e.cc and a.admin1_code == e.admin1_code and fold(a.name) == fold(e.name)
                    for a in admins
                )
            ]
    return out or entries


def precision_of(e: Entry) -> int:
    """ACLED geo_precision of an event coded to ``e`` itself."""
    if e.precision is not None and e.source == "supplement":
        return e.precision
    if e.feature_class == "P" or e.feature_class == "S":
        return 1
    if e.feature_code in ("ADM2", "ADM3", "ADM4", "MT"):
        return 2
    return 3
