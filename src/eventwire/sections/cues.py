"""Line-level cues for segmenting a page: comment headings and forms, related-headline headings,
share / tag / copyright boilerplate, bylines, comment metadata, captions, dates. General CMS
patterns (WordPress, Disqus, Drupal, news templates), not page-specific strings."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
MONTH_RE = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
WEEKDAY_RE = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?"
# a date with a year, in the usual news styles
FULL_DATE_RE = (
    rf"(?:{WEEKDAY_RE}\s+)?(?:(?P<m1>{MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH_RE}),?\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]?\d)-(?P<d3>[0-3]?\d))"
)
_FULL_DATE = re.compile(FULL_DATE_RE, re.IGNORECASE)
_TIME = r"(?:\s*(?:at|,|-|–|\|)?\s*\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC))?)?"
_DATE_PREFIX = (r"(?:published|posted|updated|last updated|date|first published|this story is from"
                r"|this article is from)(?:\s+on)?\s*:?\s*")
DATE_LINE = re.compile(
    rf"^(?:{_DATE_PREFIX})?(?:on\s+)?{FULL_DATE_RE}{_TIME}\s*$"
    # "Published: Sun 10 Sep 2023, 2:16 PM Last updated: ..." (a short line led by a date label)
    rf"|^{_DATE_PREFIX}{re.sub(r'[?]P<[a-z0-9]+>', '?:', FULL_DATE_RE)}{_TIME}(?=\W).{{0,80}}$",
    re.IGNORECASE,
)


def parse_full_date(text: str) -> dt.date | None:
    """The first full date (with a year) in ``text`` as a date, or None."""
    m = _FULL_DATE.search(text)
    return date_from_match(m) if m else None


def date_from_match(m: re.Match) -> dt.date | None:
    g = m.groupdict()
    try:
        if g.get("y1"):
            return dt.date(int(g["y1"]), MONTHS[g["m1"].lower().rstrip(".")], int(g["d1"]))
        if g.get("y2"):
            return dt.date(int(g["y2"]), MONTHS[g["m2"].lower().rstrip(".")], int(g["d2"]))
        if g.get("y3"):
            return dt.date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
    except (ValueError, KeyError):
        return None
    return None


def _any(*patterns: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


COMMENT_HEADING = _any(
    r"^(?:no|one|two|three|zero|\d+)\s+(?:comments?|responses?|replies|thoughts?|reactions?|opinions?)"
    r"(?:\s+(?:on|to|for)\b.*)?:?$",
    r"^(?:reader\s+|user\s+)?comments?\s*(?:\(\d+\))?\s*:?$",
    r"^(?:show|view|load|read|see)\s+(?:all\s+)?(?:\d+\s+)?(?:comments?|responses)$",
    r"^(?:discussion|responses|what do you think\??|have your say|join the (?:discussion|conversation))$",
    r"^(?:facebook|disqus|reader|user)\s+comments?(?:\s*\(\d+\))?$",
)
COMMENT_FORM = _any(
    r"^leave a (?:reply|comment|response)",
    r"^(?:post|add|write|submit)\s+(?:a\s+|your\s+|new\s+)?(?:comment|reply|response)",
    r"^your email address will not be published",
    r"required fields are marked",
    r"^cancel reply$",
    r"^notify me of (?:follow-up comments|new (?:comments|posts))",
    r"^save my name,? email",
    r"^you must be (?:logged in|registered)",
    r"^comments? (?:are|is) (?:closed|moderated)",
    r"^log ?in to (?:reply|comment|post)",
    r"^sign ?in to (?:comment|reply)",
    r"^this site uses akismet",
    r"^(?:name|e-?mail|website|comment|message)\s*\*?\s*:?$",
    r"^(?:submit|send|post)$",
    r"^(?:your )?(?:e-?mail|comment|name)\s*\(required\)",
    r"^(?:comments? )?powered by disqus",
    r"^sort by (?:best|newest|oldest|top|most liked)",
    r"^subscribe to:?\s*post comments",
    r"^(?:please )?(?:enable javascript|log ?in|sign ?in) to (?:view|see|post) (?:the )?comments",
)
# the end of a comment form: what follows is the page's tail (related headlines, footer)
COMMENT_FORM_END = _any(
    r"required fields are marked",
    r"^notify me of",
    r"^save my name,? email",
    r"^this site uses akismet",
    r"^comments? (?:are|is) closed",
    r"^you must be (?:logged in|registered)",
    r"^post comment$",
)
RELATED_HEADING = _any(
    r"^related(?:\s+(?:posts?|articles?|stories|news|content|coverage|reading|links|topics))?\s*:?$",
    r"^(?:read|see)\s+(?:more|also|next)(?:\s+(?:from|on|about|in)\b.{0,60})?\s*:?$",
    r"^more\s+(?:from|on|in|about|stories|news|articles|headlines|coverage)\b.{0,60}$",
    r"^you (?:may|might) (?:also )?(?:like|enjoy|be interested in)\b.{0,40}$",
    r"^recommended(?:\s+(?:for you|stories|articles|reading))?\s*:?$",
    r"^(?:also read|also on \S.{0,40}|latest (?:news|stories|articles|posts|headlines)|most (?:read|popular|viewed|shared)"
    r"|trending(?: now| stories)?|top (?:stories|news|headlines)|popular (?:posts|stories|articles)|further reading"
    r"|other news|editor'?s picks?|don'?t miss|in (?:other|case you missed).{0,20}|previous (?:post|article|story)"
    r"|next (?:post|article|story))\s*:?$",
)
# "Read more: <headline>" on one line, inside or after the report
INLINE_RELATED = re.compile(
    r"^(?P<prefix>(?:read more|read also|also read|see also|related(?: article| story| news| content)?|more"
    r"|watch|recommended|don'?t miss)\s*(?::|\||»|>>|-|–|—)\s*)(?P<headline>\S.{8,250})$",
    re.IGNORECASE,
)
BOILERPLATE = _any(
    r"^(?:share|share this(?: article| story| post| page)?|share on \w+|share via \w+|tweet|e-?mail|print"
    r"|whatsapp|facebook|twitter|pinterest|linkedin|reddit|telegram|messenger|google\+?|tumblr)\s*:?$",
    r"^(?:like this|like|loading\.*|click to (?:share|print|email) .*|advertisement|advertising|sponsored(?: content)?"
    r"|skip to (?:main )?content|menu|home|search|reply|report(?: abuse)?|permalink|back to top|top|more)\s*:?$",
    r"^\d[\d,.]*[km]?\s+(?:shares?|views?|likes?|reads?)$",
    r"^(?:views?|shares?|likes?)\s*:?\s*\d[\d,.]*[km]?$",
    r"^(?:newer posts?|older posts?|home)(?:\s+(?:newer posts?|older posts?|home))*$",
    r"^submitted by\b.{0,100}$",
    r"^home\s*(?:»|>|/|\||›)\s*.{0,150}$",
    r"^(?:[^»›\n]{1,40}\s*[»›]\s*){1,6}[^»›\n]{1,80}$",
    r"^(?:tags?|filed under|categor(?:y|ies)|topics?|keywords?|posted in|section)\s*:.{0,200}$",
    r"^(?:copyright|©|\(c\)\s*\d{4}).{0,200}$",
    r"^all rights reserved\.?.{0,100}$",
    r"^(?:subscribe|sign up|follow us|join us|get (?:the|our) newsletter|download (?:our|the) app)\b.{0,100}$",
    r"^(?:this (?:article|story|post) (?:was|has been) (?:updated|amended|corrected)).{0,200}$",
    r"^(?:editing|reporting|writing|additional reporting) by\b.{0,200}$",
    r"^\((?:editing|reporting|writing|additional reporting) by\b.{0,200}\)$",
    r"^(?:photo|image|video)\s+(?:credit|source)\s*:.{0,100}$",
    r"^read (?:the )?(?:full|original) (?:story|article)(?: here)?\.?$",
    r"^.{0,120}\bcontributed (?:reporting )?to this (?:report|story|article)\.?$",
    r"^(?:published|first published|originally published|this (?:article|story) (?:first )?appeared)\s+(?:in|on|by)\b.{0,120}$",
)
# markers after which the article's body is over (the page tail begins)
END_OF_ARTICLE = _any(
    r"^(?:share|share this(?: article| story| post)?|like this)\s*:?$",
    r"^(?:tags?|filed under|categor(?:y|ies)|posted in)\s*:",
    r"^(?:copyright|©)",
    r"^all rights reserved",
)
BYLINE = re.compile(
    r"^(?:[Bb]y|[Ww]ritten by|[Ww]ords by|[Ss]tory by|[Pp]osted by)\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|al|bin|el))"
    r"{0,5}(?:\s*(?:,|and\b|&|\||at\b|on\b|-|–|—|\()\s*.{0,80})?$"
)
COMMENT_META = _any(
    r"^\S.{0,60}\s+(?:says|said|wrote|writes|replied)\s*(?::|\.\.\.|…)?$",
    rf"^(?:on\s+)?{FULL_DATE_RE}{_TIME}\s*(?:said|says|wrote)?\s*:?$",
    r"^\d{1,2}[:.]\d\d\s*[ap]\.?m\.?$",
    r"^(?:reply|like|dislike|upvote|downvote|flag|share|report)(?:\s*\(?\d*\)?)?$",
    r"^\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago$",
)
NUMBERED_ITEM = re.compile(r"^\s*(\d{1,3})[.)]\s+(?=\S)")
CAPTION_CUE = _any(
    r"^(?:photo|picture|pic|image|file photo|file picture|archive photo|archival photo|pictured|caption)\b.{0,250}$",
    r"^.{0,250}\((?:photo|picture|image|file)(?:\s*[:/]\s*[^)]*)?\)\.?$",
    r"^.{0,250}\b(?:photo|picture|image)\s*(?::|by|credit)\s*\S.{0,60}$",
    r"^.{0,250}\b(?:file|archival|archive|handout|illustrative)\s+(?:photo|picture|image)\b.{0,60}$",
    r"^.{0,250}\((?:[A-Z][A-Z.'’ -]+(?:/[A-Za-z.'’ -]*)+|(?:photo|image|picture)[^)]*)\)\.?$",
)
_TERMINAL = re.compile(r"""[.!?…]["'”’)\]]*$""")


def ends_sentence(line: str) -> bool:
    return bool(_TERMINAL.search(line.rstrip()))


def word_count(line: str) -> int:
    return len(line.split())


def normalise(line: str) -> str:
    """Case- and space-insensitive form for spotting repeated lines."""
    return " ".join(re.sub(r"[^\w\s]", " ", line.casefold()).split())


def headline_like(line: str, *, max_words: int = 25) -> bool:
    """A short line without final sentence punctuation (a headline or heading)."""
    n = word_count(line)
    return 2 <= n <= max_words and len(line) <= 250 and not ends_sentence(line)


def is_furniture(line: str) -> bool:
    """A short line that is page furniture: comment headings, form labels, share/like buttons,
    commenter names and comment dates."""
    if word_count(line) > 20:
        return False
    return bool(
        COMMENT_HEADING.match(line) or COMMENT_FORM.search(line) or BOILERPLATE.match(line)
        or COMMENT_META.match(line) or RELATED_HEADING.match(line)
        or re.match(r"^(?:link permanente|permalink|\d+)$", line, re.I)
    )
