"""The events stage: event reports from the sentences of an article.

For every sentence of the title, captions, body and related headlines (never comments or
boilerplate) the cue index finds what the sentence may be about, :func:`typing.classify` reads the
clause into an ACLED sub-event type, and the report is completed with its actors and their roles,
place, date, fatalities and status (negation, speculation, background, claims), with the sentence as
evidence. A sentence that tells more than one ACLED unit is cut (:mod:`eventwire.events.units`): a
coordinated clause with a day or place of its own ("On Saturday militants attacked a police station
in Peshawar, and on Sunday they ambushed a convoy in Bannu, killing five soldiers"), a gapped toll
("killed two soldiers in Bamenda on Sunday and two more in Buea on Monday"), coordinated places and
days, ranges of days ("between 3 and 5 May"); each unit keeps its own date, place and toll. An act
told under the main clause ("fled their homes after clashes between the army and rebels") is a
report of its own, typed on its own words, when it names an armed actor or a toll or is told for the
first time ("after a bomb exploded near a mosque"), or is a named doer's attack on an armed post
("shelled the town after rebels attacked a checkpoint"); the main decision stays the sentence's. An
act told a day or hours from another act of its sentence ("reached an agreement on Tuesday, a day
after demonstrators stoned police cars") is news, not background, dated by that other act. When the
sentence's decision is that act itself ("police cordoned off the market after a bomb exploded"), the
main clause's subject is not its doer, and a main clause typed alone is a report of its own. A sentence the
typing reads as ordinary crime is recorded as a rejection with its reason. Reports of one article
are then merged (:mod:`eventwire.events.merging`): one
event per actor pair, place and day; a title that summarises the body, a sentence that elaborates an
event already coded, a claim of responsibility for it, or a total of acts already told ("In total,
20 people were killed in the three attacks") adds no second one. The first stated toll of an event
stands against a later sentence's (a stand-in figure such as "several" yields to a number); a
sentence that only updates it ("the death toll later rose to 11") raises it.

The main event (:func:`mainevent.choose_main_event`): in a full article, the asserted report that is most
likely what the article is about (violence against a person, in the headline or lead, stated more
than once, on what the headline names; background only when nothing else is news); in a snippet,
its first news event. ``article.main_event`` (:func:`about.summarize`) says what the whole article is
about: that report, the country and place the article weighs most, and the date ranked over every
dated mention (:func:`dating.main_event_date`: the act's date as the text tells it, often long
before publication; a year alone when only the year is given; the publication month, flagged, as
the last resort). The main report keeps the day its own sentence gives it; otherwise it takes that
date, and its notes say so.

It reads only what earlier stages set (``article.doc``, sections, actor/place/date mentions): no
second parse, and the cue index is compiled once per extractor.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from ..records import Article, DateValue, EventReport, Evidence, Fatalities, Section
from ..timex import iso_day
from .about import summarize
from .accounts import fold_looting
from .arresters import default_arresters
from .backdrop import month_backdrop
from .bareacts import bare_note, settle_bare_acts
from .breakdown import fold_totals
from .captures import territory_events, without_category
from .claims import attach_claims
from .clause import ARMED_PLACES, CIVIL_MODIFIERS
from .confidence import calibrate
from .contrast import (
    ONGOING_SINCE,
    contrast_cut,
    earlier_date,
    gapped_passive,
    measured_back,
    ongoing_since,
    parted_places,
    trailing_shift,
)
from .dating import no_date
from .doerclauses import doer_clause
from .fatalities import bomber_count, count_fatalities, killed_victims, suicide_adjust
from .fatalities import np_count as _np_count_of
from .foreignland import abroad_taking, mutiny_taking
from .gaps import gapped_cuts
from .headings import list_heading, opens_list
from .knowerplaces import knowers_as_places
from .lexicon import build_index
from .lifepast import NOTE_HISTORY, person_history, settle_person_histories
from .linking import PlaceLinker, filed_dates, is_country_only, specificity
from .mainevent import FURTHER_CLAUSE, MAIN_CLAUSE, NOTE_CLAUSES, choose_main_event
from .merging import NOTE_ATTRIBUTION, NOTE_DATE_FROM_MAIN, TALLY_RE, merge_reports
from .newsday import main_report_date
from .nonacled import OWN_CLAIM_VERBS
from .pastacts import settle_old_years
from .placeactors import align_generic_actors
from .reportdate import report_date
from .retold import settle_retellings
from .roles import (
    NOTE_OTHER_CLAUSE_ACTOR,
    NOTE_UNNAMED_VICTIMS,
    UNIDENTIFIED,
    RoleFinder,
    assign_roles,
    claimant,
    generic,
)
from .sequels import settle_article
from .sides import CLASH_NOUNS, one_sided_on_civilians
from .status import BACKGROUND_DAYS, TIME_AGO_REASON, assess, old_news
from .story import sentences
from .storyday import date_undated_acts
from .summaries import sums_told_acts
from .taxonomy import disorder_type_of, event_type_of
from .telling import said_on
from .tollupdates import update_tolls
from .typing import TypeDecision, arg_kind, classify
from .units import (
    clause_groups,
    close_in_time,
    copy_date,
    fresh_act,
    in_phrase,
    main_clause_of,
    own_day_or_place,
    populated_target,
    shifted_day,
    split_places,
    subordinate_acts,
)
from .waters import with_context_country
from .words import span_text

log = logging.getLogger(__name__)

EVENT_SECTIONS = frozenset({"title", "caption", "body", "related", "dateline"})
#: Words by which a party refers to itself or is referred back to when it claims a toll.
CLAIMING_ANAPHORS = frozenset("group it they we militants fighters organisation organization movement".split())
#: The kinds of a main clause typed apart from the act told under it ("traders protested after a
#: grenade was thrown"): a protest or a riot (violence of its own wins the sentence's typing; typed
#: alone, a clause that only mentions violence, "the arena, unscathed by airstrikes, ...", reads as one).
MAIN_CLAUSE_DISORDERS = frozenset({"Demonstrations"})


class EventExtractor:
    """Sets ``article.reports``. ``actors`` is the actor dictionary (used to re-read generic actors
    with the event's country); ``keep_unasserted`` keeps negated and speculative reports (flagged)
    instead of dropping them."""

    def __init__(self, *, actors: Any = None, keep_unasserted: bool = False) -> None:
        self.actors = actors
        self.keep_unasserted = keep_unasserted
        self.index = build_index()

    # -- public -------------------------------------------------------------------------------
    def extract(self, article: Article) -> None:
        article.reports = []
        doc = article.doc
        if doc is None:
            if article.text.strip():
                article.reject("events", "no_parse", "the article has no spaCy doc (the nlp stage did not run)")
            return
        sections = article.sections or [Section("body", 0, len(article.text))]
        has_body = any(s.kind in ("body", "title", "caption", "dateline") and article.text[s.start : s.end].strip()
                       for s in sections)  # any text events are read from: no silent empty result
        reports = self._reports(article, doc, sections)
        month_backdrop(reports)
        merged = fold_looting(settle_retellings(merge_reports(fold_totals(reports, text=article.text))))
        article.reports = fold_totals(merged, text=article.text)
        settle_article(article.reports, article.text, article.actor_mentions)  # "fought the militiamen"
        update_tolls(article, doc, sections)
        main = choose_main_event(article)
        settle_bare_acts(article, main, doc)  # "the regime has bombed hospitals": no anchor of its own (bareacts)
        settle_old_years(article.reports, main, article.published)  # "In 2016, soldiers burned the market"
        settle_person_histories(article.reports, main)  # "the minister, who was arrested by the police" (lifepast)
        article.main_event = summarize(article, main)
        date = main_report_date(article, main)  # None: the main report keeps its own date (:mod:`newsday`)
        if main is not None and date is not None:
            # a main report its sentence does not date (or dates vaguely) takes the article's date
            if date.value != main.date.value or (date.value is None and date.year != main.date.year):
                main.notes.append(f"main event: dated {date.value or date.year} ({date.reason})")
            main.date = replace(date)
            if not main.background and old_news(main.date, article.published):
                # the article is about an old act ("the 2011 murder of a journalist", tried today): still
                # its main event, but old news for a coder of current events
                main.background = True
                main.notes.append("background: the main event's date is well before publication")
        calibrate(article.reports)  # the confidence that a coder codes each as a current event
        date_undated_acts(article.reports, main, published=article.published)  # the story's day (storyday)
        default_arresters(article.reports)  # "a pastor detained for two years": the country's police
        align_generic_actors(article.reports)  # "Civilians (Syria)": the country of the event's place
        if not article.reports and has_body:
            article.reject("events", "no_events", "no sentence of the body, title or captions reports an ACLED event")

    def main_event(self, article: Article) -> EventReport | None:
        """The report the article is about (see :func:`choose_main_event`)."""
        return choose_main_event(article)

    # -- internals ----------------------------------------------------------------------------
    def _reports(self, article: Article, doc: Any, sections: list[Section]) -> list[EventReport]:
        skip_related = bool(article.children)
        child = article.kind == "related"
        finder = RoleFinder(doc, article.actor_mentions, dictionary=self.actors)
        place_tokens: set[int] = set()
        for m in article.place_mentions:
            if m.kind in ("toponym", "relative", "region") and m.place is not None:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None:
                    place_tokens.update(range(span.start, span.end))

        def kind_of(tok: Any) -> str | None:
            k = finder.actor_kind(tok)
            if k is None and tok.i in place_tokens and tok.i not in finder.by_token:
                return "place"
            return k
        places = PlaceLinker(article)
        in_actor = {
            p.start for p in article.place_mentions
            for m in article.actor_mentions if m.start <= p.start and p.end <= m.end
        }
        out: list[EventReport] = []
        last_date: dict[str, DateValue] = {}
        disaster_para = -1
        for sent in sentences(doc)[0]:
            first = next((t for t in sent if not t.is_space), None)
            if first is None or (opens_list(sent) and list_heading(sent)):
                continue  # ("Timeline: key al-Shabaab attacks since 2023": a list's heading, no act)
            sec = _section_at(sections, first.idx)
            kind = sec.kind if sec is not None else "body"
            if kind not in EVENT_SECTIONS or (kind == "related" and skip_related):
                continue
            if sec is not None and sec.meta.get("duplicate_of") is not None:
                continue
            hits = self.index.match(sent)
            if not hits:
                continue
            decisions: list[tuple[TypeDecision, bool]] = []
            dec = classify(doc, sent, hits, actor_kind=kind_of)
            para = places.paragraph_start(sent.start_char)
            if dec is not None and dec.none_class in ("NATURAL", "MANMADE"):
                disaster_para = para
            elif (dec is not None and dec.sub_event_type is not None and disaster_para == para
                  and disorder_type_of(dec.sub_event_type) == "Strategic developments"):
                continue  # "... declared a state of emergency, took control of services": the disaster's aftermath
            attribution = own_claim = False
            if dec is not None and dec.none_class == "ATTRIB":
                attribution = True
                # "Al-Shabaab said its fighters killed 30 soldiers": a group relaying its own act (found by the
                # parse, no claim phrase) tells the act as news; claimed by the group, not a bare attribution
                own_claim = (not any(h.category == "ATTRIB" for h in hits) and dec.trigger is not None
                             and dec.trigger.lemma_.lower() in OWN_CLAIM_VERBS)
                dec = classify(doc, sent, without_category(hits, "ATTRIB"), actor_kind=kind_of, claims=False)
                if dec is not None and dec.sub_event_type is None:
                    dec = None
            if dec is not None and dec.none_class == "CRIME" and _named_armed_group(article, sent):
                # "Gang members belonging to the Viv Ansanm coalition killed 15 people": a named armed
                # group's violence is political violence whatever crime words the sentence has
                political = classify(doc, sent, without_category(hits, "CRIME"), actor_kind=kind_of)
                if political is not None and political.sub_event_type is not None:
                    dec = political
            if dec is not None and dec.none_class == "CRIME":
                self._crime(article, sent, dec)
            if dec is not None and dec.sub_event_type is not None:
                decisions.append((dec, attribution))
            if dec is None or dec.none_class is None:
                for extra in territory_events(doc, sent, hits, main=dec, actor_kind=kind_of):
                    decisions.append((extra, False))
            section_label = "related" if child else ("body" if kind == "dateline" else kind)
            kw = {"places": places, "finder": finder, "in_actor": in_actor, "section": section_label,
                  "isolated": kind == "related" and not child}
            for d, attrib in decisions:
                before = None if kind == "related" else last_date.get(section_label)
                whole = self._report(article, doc, sent, d, last_date=before, **kw)
                held = _held_in_subordinate(sent, d)
                for report in self._units(article, doc, sent, d, whole, kind_of=kind_of, before=before, **kw):
                    if held is not None:
                        _unname_outside_doer(report, held)
                    if attrib:
                        if not own_claim:
                            report.notes.append(NOTE_ATTRIBUTION)
                        report.claimed = True
                        who = claimant(d.trigger, finder)
                        if who is not None and (report.actor1 is None or report.actor1.name.startswith(UNIDENTIFIED)):
                            # "The Islamic State claimed the killing of 12 soldiers": ACLED codes the claimant
                            report.actor1 = who
                            report.notes = [n for n in report.notes if not n.startswith("perpetrator not named")]
                            report.notes.append(f"actor 1 claimed the act: {who.text}")
                            if f"fatalities reported by {who.name}" in report.notes:
                                report.notes.remove(f"fatalities reported by {who.name}")
                                report.notes.append(f"fatalities claimed by {who.name}")
                                report.fatalities = Fatalities(report.fatalities.count, report.fatalities.text, who.name)
                    if (report.negated or report.speculative) and not self.keep_unasserted:
                        what = "negated" if report.negated else "speculative"
                        article.reject("events", "not_asserted",
                                       f"{what} {report.sub_event_type} at {report.evidence.start}-{report.evidence.end}")
                        continue
                    if sums_told_acts(sent, report, out):
                        # "In total, 20 people were killed in the three attacks": acts told already
                        article.reject("events", "summary", f"a total of acts told before at {report.evidence.start}")
                        continue
                    if (report.date.value and not report.background
                            and (trailing_shift(report.date.text or "") or 0) <= 0):
                        # a flashback's day ("... the previous day") is not the story's day for what follows
                        last_date[section_label] = report.date
                    out.append(report)
                    ev = report.evidence
                    if not knowers_as_places(report, doc, d.trigger):
                        # (not "Paris and Berlin are sure the reporter was killed": one act, no copy per capital)
                        out.extend(split_places(report, doc, places.in_range(ev.start, ev.end),
                                                _own_dates(article, ev.start, ev.end),
                                                text=article.text))
            if dec is not None and dec.sub_event_type is not None and dec.none_class is None and not attribution:
                main = next((r for r in reversed(out) if r.evidence.start >= sent.start_char
                             and r.evidence.end <= sent.end_char), None)
                before = None if kind == "related" else last_date.get(section_label)
                for report in self._subordinate(article, doc, sent, dec, main, kind_of=kind_of, before=before, **kw):
                    if report.negated or report.speculative:
                        continue  # an act told in passing under a negated or speculative one
                    out.append(report)
                held = _held_in_subordinate(sent, dec)
                if held is not None and main is not None:
                    report = self._main_clause(article, doc, sent, dec, held, main, kind_of=kind_of, before=before,
                                               **kw)
                    if report is not None:
                        out.append(report)
        attach_claims(out, doc, finder, text=article.text)
        return out

    @staticmethod
    def _crime(article: Article, sent: Any, dec: TypeDecision) -> None:
        """A sentence the typing reads as ordinary crime ("Police killed three suspected robbers in a
        shootout"): no event (ACLED codes political violence; the typing module decides what crime
        is), but the rejection says so, with the sentence's offsets and the cue, never silence."""
        start, end = _trim(article.text, sent.start_char, sent.end_char)
        article.reject("events", "crime", f"ordinary crime, no political violence at {start}-{end} "
                                          f"(cue: {dec.trigger.text if dec.trigger is not None else '?'})")

    def _subordinate(self, article: Article, doc: Any, sent: Any, d: TypeDecision, main: EventReport | None, *,
                     kind_of: Any, before: DateValue | None, **kw: Any) -> list[EventReport]:
        """"Thousands fled their homes after clashes between the army and rebels": the act told under
        the main clause (:func:`units.subordinate_acts`) is an event of its own when, typed alone, it is
        political violence of another event type than the main decision and names an armed actor or
        a toll of its own; its report has the sentence's place and day and the phrase's toll. The
        main report keeps its type; a toll that belongs to the act under it leaves a protest or a
        strategic development (ACLED: the deaths are the violent event's)."""
        out: list[EventReport] = []
        finder = kw["finder"]
        main_type = event_type_of(d.sub_event_type or "Other")
        for span in subordinate_acts(sent, d.trigger):
            sub = classify(doc, span, self.index.match(span), actor_kind=kind_of)
            if (sub is None or sub.sub_event_type is None or sub.none_class is not None or sub.trigger is None
                    or not span.start <= sub.trigger.i < span.end):
                continue
            if disorder_type_of(sub.sub_event_type) != "Political violence":
                continue
            same_type = event_type_of(sub.sub_event_type) == main_type
            fat, _ = count_fatalities(span, actor_at=finder.actor_at,
                                      armed=lambda t: arg_kind(t, finder.actor_kind) in ("state", "nonstate", "armed"),
                                      act=sub.trigger)
            named = any(arg_kind(t, kind_of) in ("state", "nonstate", "armed") for t in span if t.pos_ in ("NOUN", "PROPN"))
            if not (named or fat.count or fresh_act(span)):
                continue  # "after the attack": the act told before, not a new one ("after a bomb exploded" is)
            r = self._report(article, doc, span, sub, last_date=before, **kw)
            _unname_outside_doer(r, span)
            # "killed five farmers on Monday, hours after gunmen killed three traders": told apart in time
            told_apart = bool(fat.count) and close_in_time(sub.trigger) is not None
            if (main is not None and r.actor1 is not None and main.actor1 is not None
                    and r.actor1.name == main.actor1.name and not told_apart):
                continue  # "arrested the journalist after officers raided his home": one operation of one actor
            own_target = _populated_target(sub, span, r) or _armed_target(sub, span, r, kind_of)
            if same_type and not told_apart and not (own_target and main is not None and main.actor1 is not None
                                                     and r.actor1 is not None):
                continue  # one act told twice; but "soldiers raided the village after militants attacked a base"
            if NOTE_UNNAMED_VICTIMS in r.notes and not fat.count and not _populated_target(sub, span, r):
                continue  # "after soldiers stormed a meeting": no victim, no toll: the main act's setting
            if r.event_type == "Battles" and r.actor2 is None and not fat.count and not _armed_target(sub, span, r,
                                                                                                     kind_of):
                continue  # "after officers raided his home": no second side, no toll
            r.fatalities = fat
            r.notes = [n for n in r.notes if not n.startswith(("fatalities reported by", "fatalities claimed by"))]
            if main is not None:
                # the phrase's place and day are the sentence's when it names none of its own
                if not kw["places"].in_range(span.start_char, span.end_char) and main.location is not None:
                    r.location = main.location
                    r.notes = [n for n in r.notes if not n.startswith(("location from the", "no location", "location:"))]
                if not any(span.start_char <= m.start < span.end_char for m in article.date_mentions):
                    close = close_in_time(sub.trigger)
                    # "arrested 20 people on Monday, a day after gunmen killed ...": the day before
                    r.date = shifted_day(main.date, close[0]) if close is not None else copy_date(main.date,
                                                                                                  main.date.text)
                    r.notes.append(NOTE_DATE_FROM_MAIN)
            r.notes.append(f"subordinate act: told under the main clause at {span.start_char}-{span.end_char}")
            if (main is not None and fat.count and main.fatalities.count == fat.count
                    and main.disorder_type != "Political violence"):
                main.notes.append(f"fatalities: {fat.count} belong to the act told at {span.start_char}-{span.end_char}")
                main.fatalities = Fatalities(0)
            out.append(r)
        return out

    def _main_clause(self, article: Article, doc: Any, sent: Any, d: TypeDecision, held: Any, sub: EventReport, *,
                     kind_of: Any, before: DateValue | None, **kw: Any) -> EventReport | None:
        """"Traders demonstrated in Mardan after a grenade was thrown into the market": when the
        sentence's decision is the act told under "after" / "following" (``held``), the main clause
        typed alone is an event of its own too (of another event type, asserted), with its own
        words as evidence; the place and day are the sentence's when the clause names none."""
        span = main_clause_of(sent, held)
        if span is None:
            return None
        own = classify(doc, span, self.index.match(span), actor_kind=kind_of)
        if (own is None or own.sub_event_type is None or own.none_class is not None or own.trigger is None
                or not span.start <= own.trigger.i < span.end
                or disorder_type_of(own.sub_event_type) not in MAIN_CLAUSE_DISORDERS
                or event_type_of(own.sub_event_type) == event_type_of(d.sub_event_type or "Other")):
            return None  # a strategic development told with an act is rarely news of its own
        r = self._report(article, doc, span, own, last_date=before, **kw)
        if r.negated or r.speculative:
            return None
        if not kw["places"].in_range(span.start_char, span.end_char) and sub.location is not None:
            r.location = sub.location
            r.notes = [n for n in r.notes if not n.startswith(("location from the", "no location", "location:"))]
        if not any(span.start_char <= m.start < span.end_char for m in article.date_mentions):
            r.date = copy_date(sub.date, sub.date.text)
        r.notes.append(f"main clause: its act told apart from the one under it at {held.start_char}-{held.end_char}")
        return r

    def _units(self, article: Article, doc: Any, sent: Any, d: TypeDecision, report: EventReport, *,
               kind_of: Any, before: DateValue | None, **kw: Any) -> list[EventReport]:
        """The report of ``sent``, or one report per coordinated clause that tells an act of its own
        day or place (:func:`units.clause_groups`): each with the date, place and toll of its clause.
        A clause whose subject is a pronoun or left out ("and on Sunday they ambushed ...") keeps the
        first clause's actor 1."""
        if d.family == "TERRITORY" or d.trigger is None:
            return [report]
        ev = report.evidence

        typed: dict[tuple[int, int], TypeDecision | None] = {}

        def type_of(span: Any) -> TypeDecision | None:
            """The clause's own decision when it tells a typed act (each span is typed once)."""
            key = (span.start, span.end)
            if key not in typed:
                dec = classify(doc, span, self.index.match(span), actor_kind=kind_of)
                ok = dec is not None and dec.sub_event_type is not None and dec.trigger is not None
                typed[key] = dec if ok else None
            return typed[key]

        def is_event(span: Any) -> bool:
            return type_of(span) is not None

        spans, home = clause_groups(
            doc, sent, d.trigger, report, places=kw["places"].in_range(ev.start, ev.end),
            dates=_own_dates(article, ev.start, ev.end), is_event=is_event)
        if home == 0 and gapped_passive(spans, [*kw["places"].in_range(ev.start, ev.end),
                                                *_own_dates(article, ev.start, ev.end)]):
            spans = [sent]  # "Two soldiers were killed and four others wounded when ...": one act
        if len(spans) == 1:
            cut = contrast_cut(sent, d.trigger)  # "..., while a roadside bomb killed two officers in Bannu"
            if cut is None or not is_event(cut[1]) or not (own_day_or_place(
                    doc, (cut[1].start, cut[1].end), report, kw["places"].in_range(ev.start, ev.end),
                    _own_dates(article, ev.start, ev.end)) or parted_places(cut, kw["places"].in_range(ev.start, ev.end))):
                return self._gapped(article, doc, sent, d, report, before=before, **kw)
            spans, home = list(cut), 0
        out: list[EventReport] = []
        dec: TypeDecision | None
        for n, span in enumerate(spans):
            if n == home:
                # the clause is typed again alone: the sentence's type may come from another clause's
                # cue ("killed seven soldiers in an ambush ..., and five civilians died when their bus
                # hit a landmine"); the same trigger read alone says what this clause is
                own = type_of(span)
                dec = own if own is not None and own.trigger.i == d.trigger.i else d
                r = self._report(article, doc, span, dec, last_date=before, **kw)
            else:
                dec = type_of(span)
                if dec is None:
                    continue
                r = self._report(article, doc, span, dec, last_date=report.date, **kw)
                inside = [m for m in kw["places"].in_range(span.start_char, span.end_char)
                          if m.place is not None and m.kind in ("toponym", "relative")]
                if inside and (r.location is None or not span.start_char <= r.location.start < span.end_char):
                    # the clause was cut off for a place of its own: it is there, not where the
                    # sentence's other clause is ("..., and five civilians died when their bus hit a
                    # landmine near Dori")
                    r.location = min(inside, key=specificity)
                    r.notes = [x for x in r.notes if not x.startswith("location from the")]
            ag = dec.agent.token
            prev = out[-1] if out else (report if n != home else None)
            if prev is not None and _fight_goes_on(prev, r, span, ag):
                # "Clashes erupted between two armed groups late on Monday and continued into Tuesday,
                # killing 27 people": the fight of the clause before, on its next day, its toll the fight's
                r.event_type, r.sub_event_type, r.disorder_type = prev.event_type, prev.sub_event_type, prev.disorder_type
                r.actor1, r.assoc_actor_1 = prev.actor1, list(prev.assoc_actor_1)
                r.actor2, r.assoc_actor_2 = prev.actor2, list(prev.assoc_actor_2)
                r.notes = [x for x in r.notes if not x.startswith(("perpetrator not named", "victims not named"))]
                r.notes.append("the fight of the clause before, going on")
            if (prev is not None and prev.actor1 is not None and (ag is None or ag.pos_ == "PRON")
                    and (ag is not None or r.actor1 is None or r.actor1.name.startswith(UNIDENTIFIED))):
                # "..., and on Sunday they ambushed a convoy": the subject of the clause before
                r.actor1, r.assoc_actor_1 = prev.actor1, list(prev.assoc_actor_1)
                r.notes = [x for x in r.notes if not x.startswith(("perpetrator not named", "actor 1 from"))]
                r.notes.append("actor 1 from the clause before")
            out.append(r)
        for r in out:
            r.notes.append(f"{NOTE_CLAUSES} {ev.start}-{ev.end}" + (MAIN_CLAUSE if r.evidence.start == spans[home].start_char
                                                                 else FURTHER_CLAUSE))
        return out

    def _gapped(self, article: Article, doc: Any, sent: Any, d: TypeDecision, report: EventReport, *,
                before: DateValue | None, **kw: Any) -> list[EventReport]:
        """"Rebels killed two soldiers in Bamenda on Sunday and two more in Buea on Monday": the toll
        after "and" with a place or day of its own (:func:`units.gapped_cut`) is a second report of
        the same act and actors, with that place, day and toll; [report] when there is none."""
        cut = gapped_cuts(sent, d.trigger)  # (and the tolls before it: "..., four in Bannu and two in Kohat")
        if cut is None:
            return [report]
        home_span, gaps = cut
        home = self._report(article, doc, home_span, d, last_date=before, clause_only=True, **kw)
        if not home.date.value and report.date.value:
            home.date = copy_date(report.date, report.date.text)  # "..., four in Bannu and two in Kohat on Tuesday"
        own_dates = _own_dates(article, home_span.start_char, home_span.end_char)
        own_places = kw["places"].in_range(home_span.start_char, home_span.end_char)
        others: list[EventReport] = []
        for gap, num in gaps:
            # "... seven people in Kyiv and two in Lviv, officials said on Wednesday": the day it was told
            # is not the gapped toll's day
            dates = [m for m in _own_dates(article, gap.start_char, gap.end_char) if m.date is not None and m.date.value
                     and not said_on(article.text, m.start)]
            places = [m for m in kw["places"].in_range(gap.start_char, gap.end_char)
                      if m.place is not None and m.kind in ("toponym", "relative")]
            if not (own_dates or own_places) or not own_day_or_place(doc, (gap.start, gap.end), home, places, dates):
                return [report]
            toll = _np_count_of(num)
            if toll is None or (not places and len(gaps) > 1):
                return [report]
            if not places:
                home.fatalities = report.fatalities  # a toll of the home's place: the two are one event again
            others.append(replace(home, evidence=Evidence(gap.text, gap.start_char, gap.end_char),
                                  location=places[0] if places else home.location,
                                  date=copy_date(dates[0].date, dates[0].text) if dates else copy_date(home.date, home.date.text),
                                  fatalities=Fatalities(toll, num.text, home.fatalities.claimed_by),
                                  notes=list(home.notes), assoc_actor_1=list(home.assoc_actor_1),
                                  assoc_actor_2=list(home.assoc_actor_2)))
        note = f"{NOTE_CLAUSES} {report.evidence.start}-{report.evidence.end}"
        home.notes.append(note + MAIN_CLAUSE)
        for other in others:
            other.notes.append(note + FURTHER_CLAUSE)
        return [home, *others]

    def _report(
        self,
        article: Article,
        doc: Any,
        sent: Any,
        d: TypeDecision,
        *,
        places: PlaceLinker,
        finder: RoleFinder,
        in_actor: set[int],
        section: str,
        last_date: DateValue | None,
        isolated: bool = False,
        clause_only: bool = False,
    ) -> EventReport:
        sub = d.sub_event_type or "Other"
        trig = d.trigger
        prefer = d.patient.token if d.family == "TERRITORY" else None
        location, how = places.for_sentence(sent, trig, in_actor=in_actor, prefer=prefer, isolated=isolated)
        location = with_context_country(location, places.fallback)  # "on an island in Lake Chad"
        iso = location.place.iso if location is not None and location.place is not None else None
        country = location.place.country if location is not None and location.place is not None else None
        roles = assign_roles(finder, d, sub_event_type=sub, iso=iso, country=country)
        if not is_country_only(location):  # "Russian forces captured X" in Ukraine (not "near the Niger border")
            sub = abroad_taking(sub, roles.actor1, roles.actor2, roles.assoc_actor_1) or sub
        sub = mutiny_taking(sub, roles.actor1) or sub  # "mutinous troops seized the broadcaster"
        if sub == "Armed clash" and one_sided_on_civilians(roles.actor1, roles.actor2, roles.assoc_actor_2, trig):
            sub = "Attack"  # "gunmen ambushed a convoy of trucks, killing four drivers"
            roles.notes.append("type: an armed side's ambush or raid on civilians alone is an attack")
        # date
        date, dm, past = report_date(article, sent, trig, para_start=places.paragraph_start(sent.start_char),
                                     last_date=last_date, isolated=isolated)
        history = person_history(article, trig, sent, dm) if past is None else None  # (:mod:`lifepast`)
        ev_day = iso_day(date.value)
        status = assess(trig, sent=sent, event_date=ev_day if dm is not None else None,
                        published=article.published, date_precision=date.precision, past=past)
        shift_note = None
        close = close_in_time(trig) if status.background and status.reason == TIME_AGO_REASON else None
        if close is not None and (ev_day is None or dm is None or article.published is None
                                  or (article.published - ev_day).days <= BACKGROUND_DAYS):
            # "reached an agreement on Tuesday, a day after demonstrators stoned police cars": an act
            # dated from another act of the sentence is news of its own, not an earlier story
            status.background = False
            status.reason = None
            if dm is not None and close[0] and dm.date is not None and not in_phrase(doc, dm, close[1]):
                date = shifted_day(date, close[0])
                shift_note = f"date: {abs(close[0])} day(s) {'before' if close[0] > 0 else 'after'} the act dated {dm.text!r}"
        if not date.value and not status.background and "since" in span_text(sent) and TALLY_RE.search(span_text(sent)):
            status.background, status.reason = True, "a running tally"  # "have been killed since ... 2004"
        elif not status.background and (dm is None or dm.date.precision != 1) and ongoing_since(trig):
            status.background, status.reason = True, ONGOING_SINCE  # "have led daily protests since the collapse"
        if dm is None and status.background and last_date is not None:
            date = no_date(article)  # old news does not take the date of the news
        if dm is None and status.reason == TIME_AGO_REASON and (back := measured_back(trig, last_date or getattr(
                earlier_date(article, 0, sent.start_char), "date", None))) is not None:
            date = back  # "The discovery came a day after gunmen killed four people": the day before
        if roles.actor1 is None and sub == "Air/drone strike" and status.source is not None:
            # "the army said air strikes near Djibo had killed dozens of terrorists": a state's military
            # that tells of air strikes no one is said to have made tells of its own
            speaker = finder.actor_at(status.source)
            if (speaker is not None and speaker.inter == 1 and speaker.name.startswith("Military Forces of")
                    and speaker.country in (None, iso)
                    and not any(a.name == speaker.name for a in (roles.actor2, *roles.assoc_actor_2) if a)):
                roles.actor1 = speaker
                roles.notes.append("actor 1: the military that reports the air strikes")
        # fatalities
        fat, claimed = count_fatalities(
            sent, actor_at=finder.actor_at,
            armed=lambda t: arg_kind(t, finder.actor_kind) in ("state", "nonstate", "armed"), act=trig,
            clause_only=clause_only, place=location,
        )
        if sub == "Suicide bomb":
            fat = suicide_adjust(fat, span_text(sent), bombers=bomber_count(sent))
        notes = list(roles.notes)
        parties = {a.name for a in (roles.actor1, roles.actor2, *roles.assoc_actor_1, *roles.assoc_actor_2)
                   if a is not None}
        a1 = roles.actor1
        if (claimed and fat.claimed_by not in parties and a1 is not None and (a1.inter or 0) in (2, 3, 4)
                and (fat.claimed_by or "").lower().split()[-1:] in [[w] for w in CLAIMING_ANAPHORS]):
            fat = Fatalities(fat.count, fat.text, a1.name)  # "..., the group claimed": actor 1 claims it
        if claimed and _own_losses(finder, sent, fat.claimed_by, iso=iso, country=country):
            # "... killing seven soldiers, the army said": a side telling its own dead claims nothing
            claimed = False
        if claimed and fat.claimed_by not in parties:
            # a claim is a party's ("IS said it killed 12"); police counting a bombing's dead is a source
            notes.append(f"fatalities reported by {fat.claimed_by}")
            claimed = False
            fat = Fatalities(fat.count, fat.text, None)
        if (not claimed and status.claimed and fat.count and fat.claimed_by is None and a1 is not None
                and (a1.inter or 0) in (2, 3, 4) and status.source is not None
                and (status.source.pos_ == "PRON" or status.source.lower_ in CLAIMING_ANAPHORS)):
            # "ISWAP fighters killed 20 soldiers ..., the group claimed": the party claims its own toll
            claimed, fat = True, Fatalities(fat.count, fat.text, a1.name)
        if claimed:
            notes.append(f"fatalities claimed by {fat.claimed_by}")
        if status.reported and status.source is not None:
            notes.append(f"reported by: {_phrase(status.source)}")
        if location is None:
            notes.append("no location in the article")
        elif is_country_only(location):
            notes.append("location: country only (low precision)")
        elif how != "sentence":
            notes.append(f"location from the {how}")
        if status.background:
            notes.append("background: a past event mentioned in the report")
        elif (bare := bare_note(trig, sent, status, dated=dm is not None, history=history is not None,
                                place=location if how == "sentence" else None)) is not None:
            notes.append(bare)  # "the regime has bombed hospitals", "to fight the rebels" (events.bareacts)
        elif history is not None:
            notes.append(NOTE_HISTORY + history)
        if (named_by := doer_clause(trig)) is not None:
            notes.append(named_by)  # "arrest those who killed him": folded into the act told before (doerclauses)
        if shift_note is not None:
            notes.append(shift_note)
        confidence = d.confidence
        if location is None or is_country_only(location):
            confidence -= 0.15
        if roles.actor1 is None:
            confidence -= 0.1
        if status.reported:
            confidence -= 0.05
        start, end = _trim(article.text, sent.start_char, sent.end_char)
        return EventReport(
            event_type=event_type_of(sub),
            sub_event_type=sub,
            disorder_type=disorder_type_of(sub),
            evidence=Evidence(text=article.text[start:end], start=start, end=end),
            actor1=roles.actor1,
            assoc_actor_1=roles.assoc_actor_1,
            actor2=roles.actor2,
            assoc_actor_2=roles.assoc_actor_2,
            location=location,
            date=date,
            fatalities=fat,
            background=status.background,
            negated=status.negated,
            speculative=status.speculative,
            claimed=claimed or status.claimed,
            section=section,
            confidence=round(max(0.05, min(confidence, 0.99)), 2),
            notes=notes,
            article_id=article.id,
            cue_confidence=round(max(0.05, min(confidence, 0.99)), 2),
        )


#: Acts against a person (the violations that news on human-rights defenders, journalists and trade
#: unionists are about), then the other political violence, then the rest.
def _fight_goes_on(prev: EventReport, r: EventReport, span: Any, agent: Any) -> bool:
    """Whether the clause ``span`` (report ``r``) tells the armed clash of the clause before going on:
    its verb has no subject of its own ("... and continued into Tuesday, killing 27 people") and no
    doer but the fight is named, so its dead are the fight's, not an attack's."""
    if prev.sub_event_type != "Armed clash" or r.sub_event_type != "Attack":
        return False
    if agent is not None and agent.lower_ not in CLASH_NOUNS and agent.lemma_.lower() not in CLASH_NOUNS:
        return False  # (the doer the parse shares with the clause before may be the fight itself: "Clashes")
    verb = next((t for t in span if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")
                 and not span.start <= t.head.i < span.end), None)  # the clause's verb, conjoined to the one before
    return verb is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _named_armed_group(article: Article, sent: Any) -> bool:
    """Whether ``sent`` names an armed group of the actor dictionary (a rebel group or a political
    militia by its own name, ACLED inter 2 or 3; not a generic "gang", "gunmen")."""
    return any(not m.generic and (m.actor.inter or 0) in (2, 3) and sent.start_char <= m.start < sent.end_char
               for m in article.actor_mentions)


def _own_losses(finder: RoleFinder, sent: Any, claimant: str | None, *, iso: str | None, country: str | None) -> bool:
    """Whether every side the sentence tells killed is ``claimant`` itself ("killing seven soldiers, the
    army said": the army's own dead, a loss it reports, no claim against an enemy)."""
    if not claimant:
        return False
    sides = [finder.resolve(v, iso=iso, country=country) for v in killed_victims(sent)]
    return bool(sides) and all(a is not None and a.name == claimant for a in sides)


def _held_in_subordinate(sent: Any, d: TypeDecision) -> Any:
    """The "after" / "following" phrase of ``sent`` that holds the decision's cue, if any ("police
    cordoned off the market after a bomb exploded ...": the decision is the phrase's act)."""
    if d.trigger is None or d.sub_event_type is None:
        return None
    return next((sp for sp in subordinate_acts(sent, None) if sp.start <= d.trigger.i < sp.end), None)


def _armed_target(sub: TypeDecision, span: Any, r: EventReport, kind_of: Any) -> bool:
    """Whether the act told under the main clause is a named doer's attack on an armed target ("troops
    shelled the town after rebels attacked a checkpoint"): its patient is armed (a post, a convoy, a
    patrol, soldiers) and its actor 1 is named in the phrase itself, not taken from another clause.
    Such an act is news of its own even when the text does not say whose post it was."""
    pa = sub.patient.token
    if pa is None or not span.start <= pa.i < span.end:
        return False
    post = (pa.lemma_.lower() in ARMED_PLACES or pa.lower_ in ARMED_PLACES) and not any(
        c.dep_ in ("compound", "amod") and c.lower_ in CIVIL_MODIFIERS for c in pa.children)  # not "a refugee camp"
    if not post and arg_kind(pa, kind_of) not in ("state", "nonstate", "armed"):
        return False
    if r.actor1 is None or r.actor1.name.startswith(UNIDENTIFIED) and not r.actor1.text:
        return False
    return (not any(n.startswith(NOTE_OTHER_CLAUSE_ACTOR) for n in r.notes)
            and bool(r.actor1.text) and r.actor1.text in span.text)


def _populated_target(sub: TypeDecision, span: Any, r: EventReport) -> bool:
    """:func:`units.populated_target` of a subordinate act's decision and report."""
    return populated_target(sub.patient.token, span, r.actor1.text if r.actor1 is not None else None,
                            other_clause=any(n.startswith(NOTE_OTHER_CLAUSE_ACTOR) for n in r.notes))


def _unname_outside_doer(r: EventReport, span: Any = None) -> None:
    """The doer the roles took from another clause ("police cordoned off the market after a bomb
    exploded", "soldiers arrested five suspects after a bomb exploded") is not the act's when the act
    is told under "after" / "following" (``span``: that phrase, when the report's evidence is the
    whole sentence; an actor named inside it stays): its perpetrator is not named."""
    outside = next((n for n in r.notes if n.startswith(NOTE_OTHER_CLAUSE_ACTOR)), None)
    if outside is None:
        return
    if span is not None and r.actor1 is not None and r.actor1.text and r.actor1.text in span.text:
        return
    root = span.root if span is not None else None
    if root is not None and root.pos_ in ("VERB", "AUX"):
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and root.tag_ == "VBG":
            return  # "rebels withdrew after shelling the town": the main clause's subject did it
        if subj is not None and subj.dep_ == "nsubj" and subj.pos_ == "PRON":
            return  # "..., after it deployed a drone": the pronoun is someone of the main clause
    iso = r.location.place.iso if r.location is not None and r.location.place is not None else None
    ctry = r.location.place.country if r.location is not None and r.location.place is not None else None
    # (an arrest is a state's act: an armed group of no name does not arrest, the arrester is unknown)
    r.actor1 = generic("uag", iso, ctry) if r.sub_event_type not in ("Air/drone strike", "Arrests") else None
    r.notes.remove(outside)
    if r.actor1 is not None:
        r.notes.append("perpetrator not named: Unidentified Armed Group")


def _section_at(sections: list[Section], pos: int) -> Section | None:
    for s in sections:
        if s.start <= pos < s.end:
            return s
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _phrase(tok: Any) -> str:
    toks = [t for t in tok.subtree if t.i <= tok.i and t.dep_ != "det"]
    return tok.doc[toks[0].i : tok.i + 1].text if toks else tok.text


def _own_dates(article: Article, start: int, end: int) -> list[Any]:
    """The date mentions within ``start``-``end``, less a dateline's (the day the story was filed)."""
    filed = filed_dates(article)
    return [m for m in article.date_mentions if start <= m.start and m.end <= end and m.start not in filed]
