"""The plain-text segmenter: title, caption, dateline, body, comments, related headlines and
boilerplate of a scraped page, from line-level cues (see :mod:`.cues`) and a small state machine
over the page's zones: header -> body -> comments / comment form -> tail (related headlines)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..records import Section
from .cues import (
    BOILERPLATE,
    BYLINE,
    CAPTION_CUE,
    COMMENT_FORM,
    COMMENT_FORM_END,
    COMMENT_HEADING,
    COMMENT_META,
    DATE_LINE,
    END_OF_ARTICLE,
    INLINE_RELATED,
    NUMBERED_ITEM,
    RELATED_HEADING,
    ends_sentence,
    headline_like,
    normalise,
    parse_full_date,
    word_count,
)
from .dateline import find_bare_dateline, find_dateline

CAPTION_MAX_WORDS = 12  # a short line between the headline and the report is a caption
RELATED_MAX_WORDS = 40  # a headline (with its one-line blurb) in the page's tail
CUE_MAX_WORDS = 20  # cue phrases (comment headings, form labels) are short lines
#: The bullet of a list entry ("- Kharkiv: two civilians killed", "* Donetsk region: ...", "• ...")
#: or a number ("1. Kupiansk: ...", "2) ..."; the number's punctuation is the bullet).
BULLET_RE = re.compile(r"^(?:([-*\u2022\u2013\u2014\u00b7\u25aa\u25cf\u25ba>])|\d{1,2}([.)]))\s+\S")
#: A sentence told on a source ("Gunmen killed five villagers on Monday, police said."): a report's lead,
#: however short, not a caption (a caption shows, it does not cite).
SOURCED_RE = re.compile(r"\b(?:said|says|told|reported|according to)\b", re.IGNORECASE)
#: A list's heading: a short line ending in a colon ("Overnight attacks, 14 May:").
LIST_HEADING_MAX_WORDS = 15


@dataclass(slots=True)
class Line:
    start: int
    end: int
    text: str
    block: int  # lines separated by a blank line are in different blocks


@dataclass(slots=True)
class _Item:
    kind: str
    line: Line
    meta: dict = field(default_factory=dict)
    start: int = -1  # defaults to line.start / line.end
    end: int = -1

    def __post_init__(self) -> None:
        if self.start < 0:
            self.start = self.line.start
        if self.end < 0:
            self.end = self.line.end


@dataclass(slots=True)
class PlainResult:
    sections: list[Section]
    title: str | None = None
    dateline: dict | None = None
    published: dt.date | None = None


def split_lines(text: str, *, offset: int = 0) -> list[Line]:
    """Non-blank lines with their stripped offsets and block numbers."""
    lines: list[Line] = []
    pos = 0
    block = 0
    blank = True
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            lines.append(Line(offset + start, offset + start + len(stripped), stripped, block))
            blank = False
        elif not blank:
            block += 1
            blank = True
        pos += len(raw)
    return lines


def list_lines(lines: list[Line]) -> set[int]:
    """The starts of the lines that are entries of a list, and of the heading right above one: a run
    of two or more lines opening with the same bullet (:data:`BULLET_RE`), with no blank line or one
    between entries, and a short line ending in a colon just before the run ("Overnight attacks, 14
    May:"). Such lines are a report's entries, told one by one (a bulletin's, a roundup's), not
    captions: a caption is a single short line near a picture."""
    out: set[int] = set()
    i = 0
    while i < len(lines):
        m = BULLET_RE.match(lines[i].text)
        if m is None:
            i += 1
            continue
        j = i + 1
        while (j < len(lines) and lines[j].block - lines[j - 1].block <= 1
               and (b := BULLET_RE.match(lines[j].text)) is not None and b.groups() == m.groups()):
            j += 1
        if j - i >= 2:
            out.update(line.start for line in lines[i:j])
            if i > 0 and lines[i - 1].text.endswith(":") and word_count(lines[i - 1].text) <= LIST_HEADING_MAX_WORDS:
                out.add(lines[i - 1].start)
        i = j
    return out


def _is_cue(line: Line) -> bool:
    return word_count(line.text) <= CUE_MAX_WORDS


_CONTINUES = frozenset(
    "a an the of to in on at by for from with and or but as that which who whose is are was were be been "
    "has have had after before during over under into about against between than".split()
)


def _is_title(first: Line, rest: list[Line], given: str | None) -> bool:
    if given:
        nf, ng = normalise(first.text), normalise(given)
        return bool(nf) and (nf == ng or (nf.startswith(ng) and len(nf) - len(ng) < 40))
    if not rest:
        return False
    text = first.text
    if find_dateline(text) is not None and word_count(text) > 8:
        return False
    if CAPTION_CUE.match(text):
        return False
    nxt = rest[0]
    if nxt.block == first.block:
        # no blank line after it: a hard-wrapped first line of the report goes on in the next line
        last_word = text.split()[-1].lower() if text.split() else ""
        if nxt.text[:1].islower() or last_word in _CONTINUES:
            return False
    return headline_like(text, max_words=30) or (word_count(text) <= 15 and text.endswith(("?", "!")))


class _Segmenter:
    def __init__(self, lines: list[Line], *, title: str | None, detect_title: bool = True) -> None:
        self.lines = lines
        self.detect_title = detect_title
        self.given_title = title
        self.items: list[_Item] = []
        self.zone = "body"
        self.title_norm: str | None = None
        self.title_start = 0
        self.title_text: str | None = None
        self.body_started = False
        self.seen_comments = False
        self.dateline: dict | None = None
        self.dates: list[dt.date] = []
        self.entries: set[int] = list_lines(lines)

    def run(self) -> None:
        lines = self.lines
        i = 0
        while i < len(lines):
            t = lines[i].text
            if _is_cue(lines[i]) and (BOILERPLATE.match(t) or DATE_LINE.match(t) or BYLINE.match(t)):
                self._header_meta(lines[i])
            elif self._bare_dateline(lines[i]):
                pass
            elif (  # a site name or section label above the headline ("Syria News", "Middle East")
                self.detect_title
                and not self.given_title
                and i + 1 < len(lines)
                and word_count(t) <= 3
                and not ends_sentence(t)
                and headline_like(lines[i + 1].text, max_words=30)
                and word_count(lines[i + 1].text) >= 5
            ):
                self._add("boilerplate", lines[i], role="site")
            else:
                break
            i += 1
        if self.detect_title and i < len(lines) and _is_title(lines[i], lines[i + 1:], self.given_title):
            first = lines[i]
            self.items.append(_Item("title", first))
            self.title_norm = normalise(first.text)
            self.title_start = first.start
            self.title_text = first.text
            self.zone = "header"
            i += 1
        for line in lines[i:]:
            self._line(line)
        if self.zone == "body":
            self._trailing_headlines()

    # -- helpers ---------------------------------------------------------------------------------
    def _add(self, kind: str, line: Line, **meta) -> None:
        self.items.append(_Item(kind, line, {k: v for k, v in meta.items() if v is not None}))

    def _header_meta(self, line: Line) -> None:
        t = line.text
        if DATE_LINE.match(t):
            d = parse_full_date(t)
            if d:
                self.dates.append(d)
            self._add("boilerplate", line, role="date")
        elif BYLINE.match(t):
            self._add("boilerplate", line, role="byline")
        else:
            self._add("boilerplate", line, role="page")

    def _bare_dateline(self, line: Line) -> bool:
        """A dateline on a line of its own before the report: record it (and its date)."""
        if self.body_started or self.dateline is not None:
            return False
        dl = find_bare_dateline(line.text)
        if dl is None:
            return False
        meta = dl.meta()
        self.dateline = meta
        if meta.get("date_iso"):
            self.dates.append(dt.date.fromisoformat(meta["date_iso"]))
        self.items.append(_Item("dateline", line, meta, start=line.start, end=line.start + dl.end))
        return True

    def _start_body(self, line: Line) -> None:
        self.zone = "body"
        self.body_started = True
        dl = find_dateline(line.text)
        if dl is None:
            self._add("body", line)
            return
        meta = dl.meta()
        self.dateline = meta
        if meta.get("date_iso"):
            self.dates.append(dt.date.fromisoformat(meta["date_iso"]))
        self.items.append(_Item("dateline", line, meta, start=line.start + dl.start, end=line.start + dl.end))
        if dl.body_start < len(line.text):
            self.items.append(_Item("body", line, {}, start=line.start + dl.body_start, end=line.end))

    # -- one line ----------------------------------------------------------------------------------
    def _line(self, line: Line) -> None:
        t = line.text
        cue = _is_cue(line)
        if self.title_norm and normalise(t) == self.title_norm:
            self._add("boilerplate", line, role="title", duplicate_of=self.title_start)
        elif cue and COMMENT_HEADING.match(t):
            self._add("boilerplate", line, role="comment_heading")
            self.zone = "comments"
            self.seen_comments = True
        elif (cue and COMMENT_FORM.search(t)) or (COMMENT_FORM_END.search(t) and word_count(t) <= 30):
            self._add("boilerplate", line, role="comment_form")
            self.zone = "tail" if COMMENT_FORM_END.search(t) else "form"
        elif (m := INLINE_RELATED.match(t)) and word_count(m.group("headline")) >= 3 and (
            headline_like(m.group("headline"), max_words=30) or word_count(m.group("headline")) <= 25
        ):
            cut = line.start + m.start("headline")
            self.items.append(_Item("boilerplate", line, {"role": "related_heading"}, end=cut))
            self.items.append(_Item("related", line, {"cue": "inline"}, start=cut))
        elif cue and RELATED_HEADING.match(t):
            self._add("boilerplate", line, role="related_heading")
            self.zone = "soft"
        elif cue and (BOILERPLATE.match(t) or (self.zone in ("comments", "form") and COMMENT_META.match(t))):
            self._add("boilerplate", line, role="page")
            if self.zone == "body" and self.body_started and END_OF_ARTICLE.match(t):
                self.zone = "soft"
        elif self.zone == "header":
            self._header_line(line)
        elif self.zone == "body":
            self._body_line(line)
        elif self.zone == "comments":
            self._comment(line)
        elif self.zone == "form":
            if NUMBERED_ITEM.match(t) or word_count(t) >= 12:
                self._comment(line)
            else:
                self._add("boilerplate", line, role="comment_form")
        else:  # "tail" (after a comment form) or "soft" (after a related heading, share / copyright lines)
            self._tail_line(line)

    def _header_line(self, line: Line) -> None:
        t = line.text
        if DATE_LINE.match(t) or BYLINE.match(t):
            self._header_meta(line)
        elif self._bare_dateline(line):
            pass
        elif find_dateline(t) is not None and word_count(t) > 6:
            self._start_body(line)
        elif line.start in self.entries:
            self.zone = "body"  # a list's heading or entry opens the report ("Overnight attacks, 14 May:")
            self.body_started = True
            self._add("body", line, list=True)
        elif not CAPTION_CUE.match(t) and ends_sentence(t) and SOURCED_RE.search(t):
            self._start_body(line)  # a short lead told on a source ("..., police said."), not a caption
        elif CAPTION_CUE.match(t) or word_count(t) <= CAPTION_MAX_WORDS:
            self._add("caption", line)
        else:
            self._start_body(line)

    def _body_line(self, line: Line) -> None:
        t = line.text
        if not self.body_started:
            if DATE_LINE.match(t) or BYLINE.match(t):
                self._header_meta(line)
                return
            if self._bare_dateline(line):
                return
            self._start_body(line)
            return
        if line.start in self.entries:
            self._add("body", line, list=True)
        elif CAPTION_CUE.match(t) and word_count(t) <= RELATED_MAX_WORDS:
            self._add("caption", line)
        elif BYLINE.match(t) or DATE_LINE.match(t):
            self._add("boilerplate", line, role="byline" if BYLINE.match(t) else "date")
        else:
            self._add("body", line)

    def _comment(self, line: Line) -> None:
        m = NUMBERED_ITEM.match(line.text)
        self._add("comment", line, number=int(m.group(1)) if m else None)

    def _tail_line(self, line: Line) -> None:
        t = line.text
        n = word_count(t)
        if NUMBERED_ITEM.match(t) and n >= 12:
            self._comment(line)
            return
        if self.zone == "soft" and (n > RELATED_MAX_WORDS or (n >= 12 and ends_sentence(t))):
            self.zone = "body"  # prose again: the report goes on after an inline "Related" box
            self._body_line(line)
            return
        if n > RELATED_MAX_WORDS:
            if self.seen_comments:
                self._comment(line)
            else:
                self._add("boilerplate", line, role="tail")
            return
        prev = self.items[-1] if self.items else None
        if (
            prev is not None
            and prev.kind == "related"
            and prev.line.block == line.block
            and not prev.meta.get("blurb")
            and not ends_sentence(prev.line.text)
            and ends_sentence(t)
        ):
            prev.end = line.end  # a one-line blurb under its headline
            prev.meta["blurb"] = True
            prev.line = line
            return
        self._add("related", line)

    def _trailing_headlines(self) -> None:
        """Two or more short unpunctuated one-line blocks ending the page are related headlines."""
        run: list[_Item] = []
        for item in reversed(self.items):
            if item.kind != "body":
                break
            same_block = sum(1 for o in self.items if o.kind == "body" and o.line.block == item.line.block)
            text = item.line.text
            if same_block != 1 or not headline_like(text, max_words=15) or word_count(text) < 3 or text[0] in "-•*–—·":
                break
            run.append(item)
        body_left = sum(1 for o in self.items if o.kind == "body") - len(run)
        if len(run) >= 2 and body_left >= 1:
            for item in run:
                item.kind = "related"
                item.meta["cue"] = "trailing_headlines"

    # -- result ----------------------------------------------------------------------------------
    def sections(self) -> list[Section]:
        out: list[Section] = []
        prev: _Item | None = None
        for item in self.items:
            if (
                out
                and prev is not None
                and item.kind in ("body", "comment")
                and prev.kind == item.kind
                and prev.line.block == item.line.block
                and "number" not in item.meta
            ):
                out[-1].end = item.end  # lines of one paragraph
            else:
                out.append(Section(item.kind, item.start, item.end, dict(item.meta)))
            prev = item
        return out


def segment_text(
    text: str, *, title: str | None = None, offset: int = 0, detect_title: bool = True
) -> PlainResult:
    """Segment plain ``text``; offsets are shifted by ``offset`` (for a part of a longer text).
    ``title`` is the known headline (a first line equal to it is the title); with
    ``detect_title=False`` the text is taken to start with the report (e.g. an extracted HTML body)."""
    lines = split_lines(text, offset=offset)
    seg = _Segmenter(lines, title=title, detect_title=detect_title)
    seg.run()
    return PlainResult(
        sections=seg.sections(),
        title=seg.title_text,
        dateline=seg.dateline,
        published=seg.dates[0] if seg.dates else None,
    )
