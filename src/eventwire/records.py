"""The typed records that flow through the pipeline.

One :class:`Article` travels through every stage (like spaCy's ``Doc``); each stage reads what
earlier stages set and adds its own part. All character offsets are Python ``str`` offsets into
``Article.text``. Dicts appear only at the JSON / SQLite boundary (see :mod:`eventwire.output`).

Stage order and what each stage sets on the Article:

1. ingest    -> id, source, url, raw_hash, text, title?, published?, published_source
2. sections  -> sections, title, outlet, cited_sources, language, published (from page), children
                (related headlines become child Articles with ``parent_id`` and ``offset`` set)
3. nlp       -> doc (a spaCy ``Doc`` over ``text``; never serialised)
4. actors    -> actor_mentions
5. geo       -> place_mentions
6. time      -> date_mentions
7. events    -> reports
Any stage may append to ``rejections`` instead of raising.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

SECTION_KINDS = (
    "title",
    "caption",
    "dateline",
    "body",
    "comment",
    "related",
    "boilerplate",
)


@dataclass(slots=True)
class Section:
    """A part of the page: ``kind`` is one of :data:`SECTION_KINDS`; offsets into Article.text."""

    kind: str
    start: int
    end: int
    # e.g. {"duplicate_of": 0} for a repeated headline, {"outlet": "Syria News"} for a dateline
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Rejection:
    """Why a stage could not handle an article (or part of it). Never raised out of a batch."""

    stage: str  # "ingest", "sections", "nlp", "geo", "events", ...
    reason: str  # short machine code: "empty", "binary", "too_large", "not_english", "no_events", ...
    detail: str = ""  # a human sentence


@dataclass(slots=True)
class Place:
    """A resolved (or unresolved) place. ``geonameid`` is None for supplement places without one."""

    name: str  # canonical gazetteer name ("As Sukhnah")
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    country: str | None = None  # country name ("Syria")
    iso: str | None = None  # ISO 3166-1 alpha-3 ("SYR")
    admin1: str | None = None  # name ("Homs")
    admin2: str | None = None  # name ("Tadmur")
    feature_code: str | None = None  # GeoNames "PPL", "ADM1", "PCLI", ... or supplement code
    population: int = 0
    geo_precision: int | None = None  # ACLED 1/2/3
    reason: str = ""  # why this candidate was chosen (for UI and debugging)


@dataclass(slots=True)
class PlaceMention:
    """A toponym (or relative location phrase) in the text, with its resolution."""

    start: int
    end: int
    text: str
    place: Place | None = None  # None: recognised but not resolved
    kind: str = "toponym"  # "toponym", "relative" ("40 km east of X"), "demonym", "region"
    anchor: str | None = None  # for relative locations: the text of the anchor place
    score: float = 0.0


@dataclass(slots=True)
class Actor:
    """A normalised actor. ``inter`` is ACLED's actor type code 1..8."""

    name: str
    inter: int | None = None
    text: str | None = None  # the words in the article
    country: str | None = None  # ISO3 of the actor's country, when it has one


@dataclass(slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    actor: Actor
    generic: bool = False  # "gunmen", "militants": resolved by rules, not by a dictionary name


@dataclass(slots=True)
class DateValue:
    """A date as ACLED codes it: ``value`` is ISO (YYYY-MM-DD, or the mid-point for precision 2,
    the first of the month for precision 3); None when unresolved, with ``reason`` saying why."""

    value: str | None = None
    precision: int | None = None  # ACLED time_precision 1 day / 2 week / 3 month
    text: str | None = None
    reason: str | None = None
    # the year when the text gives only the year ("in 2016", "last year"): vaguer than ACLED's month,
    # so ``value`` and ``precision`` stay None (a resolved value carries its year in ``value``)
    year: int | None = None


@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    text: str
    date: DateValue


@dataclass(slots=True)
class Fatalities:
    count: int = 0
    text: str | None = None  # the words that gave the figure
    claimed_by: str | None = None  # normalised actor name of the claiming party


@dataclass(slots=True)
class Evidence:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class EventReport:
    """One event as one text states it."""

    event_type: str
    sub_event_type: str
    disorder_type: str
    evidence: Evidence
    actor1: Actor | None = None
    assoc_actor_1: list[Actor] = field(default_factory=list)
    actor2: Actor | None = None
    assoc_actor_2: list[Actor] = field(default_factory=list)
    location: PlaceMention | None = None
    date: DateValue = field(default_factory=DateValue)
    fatalities: Fatalities = field(default_factory=Fatalities)
    background: bool = False
    negated: bool = False
    speculative: bool = False
    claimed: bool = False
    section: str = "body"
    confidence: float = 0.5  # how likely a coder codes it as a current event (:mod:`eventwire.events.confidence`)
    notes: list[str] = field(default_factory=list)
    article_id: str | None = None
    cue_confidence: float = 0.5  # the typing's confidence in its reading of the cue (not serialised)


@dataclass(slots=True)
class Event:
    """Reports of the same event merged across articles (the store keeps the reports)."""

    id: str
    report_ids: list[str]
    event_type: str
    sub_event_type: str
    disorder_type: str
    actor1: Actor | None = None
    actor2: Actor | None = None
    location: Place | None = None
    date: DateValue = field(default_factory=DateValue)
    fatalities: int = 0
    explanation: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Victim:
    """One victim (a named person) or one group of unnamed victims (``name`` None)."""

    name: str | None
    population_type: str = "individual"  # "individual" | "multiple"
    types: list[str] = field(default_factory=list)  # of events.victims.VICTIM_TYPES
    sex: str = "unknown"  # "man" | "woman" | "other" | "unknown"
    sex_basis: str | None = None  # "text" (titles, pronouns) | "first name" (a guess from the name) | None
    age_group: str = "unknown"  # "adult" | "child" | "other" | "unknown"
    roles: list[str] = field(default_factory=list)  # the role words the article uses ("journalist")
    violations: list[str] = field(default_factory=list)  # types of the acts done to this victim
    start: int | None = None  # the first mention (offsets into Article.text)
    end: int | None = None
    mentions: int = 0  # mentions as the patient of an act


@dataclass(slots=True)
class Violation:
    """What the article's main event did to whom, in the terms of HRDsAttack (attacks on human-rights
    defenders, journalists and trade unionists): who did it (an actor mentioned? of which kind?), the
    kinds of violation, and the victims (set by :func:`eventwire.events.victims.describe_violation`)."""

    perpetrator_mention: bool
    perpetrator_type: str  # of events.victims.PERPETRATOR_TYPES
    perpetrator: str | None = None  # the normalised actor name, when the report has one
    violation_types: list[str] = field(default_factory=list)  # of events.victims.VIOLATION_TYPES
    victims: list[Victim] = field(default_factory=list)


@dataclass(slots=True)
class MainEvent:
    """What the article as a whole is about: its main event (an index into ``Article.reports``, None
    when the article codes no event but is still about one), the country and place where it
    happened judged over the whole article (headline, lead and violation sentences weigh most), and
    its date ranked over every dated mention of the article. A report keeps the date its own
    sentence gives; this date answers "when did what the article is about happen" (an article
    about a trial is dated by the attack it is about)."""

    report: int | None = None
    country: str | None = None  # ISO3 as ACLED files it (Hong Kong and Macau: CHN)
    location: PlaceMention | None = None
    date: DateValue = field(default_factory=DateValue)
    violation: Violation | None = None  # who did what to whom (perpetrator, violation kinds, victims)


@dataclass(slots=True)
class Article:
    id: str
    text: str
    source: str = ""  # path, URL, "stdin", "jsonl:<file>:<line>"
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    published_source: str | None = None  # "user", "page", "feed", "crawl" (a WARC record's date), None
    outlet: str | None = None
    cited_sources: list[str] = field(default_factory=list)
    language: str | None = None
    raw_hash: str | None = None  # sha256 of the raw bytes, for idempotent re-ingest
    html: str | None = None  # the raw HTML when the source was HTML
    sections: list[Section] = field(default_factory=list)
    doc: Any = None  # spaCy Doc over ``text`` (never serialised)
    actor_mentions: list[ActorMention] = field(default_factory=list)
    place_mentions: list[PlaceMention] = field(default_factory=list)
    date_mentions: list[DateMention] = field(default_factory=list)
    reports: list[EventReport] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    # related headlines split off as articles of their own
    children: list[Article] = field(default_factory=list)
    parent_id: str | None = None
    offset: int = 0  # where this (child) article's text starts in the parent's text
    kind: str = "article"  # "article" or "related"
    main_event: MainEvent | None = None  # set by the events stage

    def section_at(self, pos: int) -> Section | None:
        """The section that contains character ``pos`` (None if outside every section)."""
        for s in self.sections:
            if s.start <= pos < s.end:
                return s
        return None

    def reject(self, stage: str, reason: str, detail: str = "") -> None:
        self.rejections.append(Rejection(stage=stage, reason=reason, detail=detail))
