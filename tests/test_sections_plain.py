"""The plain-text segmenter on synthetic pages in several CMS styles, datelines, cited sources,
page dates and language."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import Article
from eventwire.sections import segment
from eventwire.sections.attribution import cited_sources
from eventwire.sections.dateline import find_bare_dateline, find_dateline

WORDPRESS_STYLE = """Rebels shell government district in northern city

By Jane Doe
Published: March 3, 2017

ALEPPO, Syria (Example Agency) — Rebel groups shelled a government-held district of the city on Thursday, killing four civilians, according to the Syrian Observatory for Human Rights.

The shelling followed a week of air strikes on rebel areas, state news agency SANA reported.

Share this:
Facebook
Twitter

Related Posts

Air strikes hit market in rebel-held town
Ceasefire talks stall in Geneva

3 Comments

Ahmed says:
March 3, 2017 at 4:12 pm
The situation is terrible for everyone living there, we pray for peace.
Reply

Sam says:
March 4, 2017 at 9:00 am
Nobody is listening to the civilians.
Reply

Leave a Comment
"""

NO_MARKERS = """BAGHDAD — A car bomb exploded near a crowded market in the east of the capital on Sunday, killing at least six people and wounding 20 others, police and medical sources said.

Police said the death toll could rise as several of the wounded were in critical condition.

Gunmen kill two in Diyala raid

Protesters block road to oil field in the south
"""

READ_MORE = """Troops repel attack on base

KABUL: Taliban fighters attacked an army base in the south overnight, the defence ministry said, adding that the attack had been repelled after a four-hour gun battle.

Read more:

Roadside bomb hits police convoy
Three soldiers killed in the north. Photo: handout.

Leave a Reply

Your email address will not be published.

1. I hope the soldiers who defended the base are honoured for what they did that night.

Post Comment
"""


BLOGGER_STYLE = """Gunmen storm police post in the east

Posted by Field Desk at 10:15 AM

JALALABAD, Afghanistan (Example Agency) - Gunmen stormed a police post in the east of the country late on Tuesday, killing three policemen, a provincial spokesman said.

No group immediately claimed responsibility for the assault, which came a day after a bombing in the same district.

2 comments:

Anonymous said...
Another sad day for the families of these officers.
May 3, 2017 at 11:02 AM

Field Reader said...
When will this end? Every week the same news from the province.
May 3, 2017 at 1:45 PM

Post a Comment

Newer Post Older Post Home

Subscribe to: Post Comments (Atom)
"""

DISQUS_STYLE = """Clashes erupt at border crossing

Clashes erupted between border guards and smugglers at a crossing in the south on Friday, leaving two guards wounded, officials said.

Facebook Comments

Sort by Newest

Very worrying situation at the border, the government must act now before it gets worse.

comments powered by Disqus

More from Example Desk

Smugglers arrested with weapons cache
Border guards seize fuel tanker
"""


def _article(text: str, **kw) -> Article:
    a = Article(id="t", text=text, **kw)
    segment(a)
    return a


def _texts(a: Article, kind: str) -> list[str]:
    return [a.text[s.start:s.end] for s in a.sections if s.kind == kind]


def test_wordpress_style_page():
    a = _article(WORDPRESS_STYLE)
    assert a.title == "Rebels shell government district in northern city"
    assert a.published == dt.date(2017, 3, 3) and a.published_source == "page"
    assert a.outlet == "Example Agency"
    (dl,) = [s for s in a.sections if s.kind == "dateline"]
    assert dl.meta["place"] == "Aleppo" and dl.meta["region"] == "Syria"
    assert a.cited_sources == ["Syrian Observatory for Human Rights", "SANA"]
    body = _texts(a, "body")
    assert len(body) == 2 and body[1].endswith("SANA reported.")
    assert _texts(a, "related") == ["Air strikes hit market in rebel-held town", "Ceasefire talks stall in Geneva"]
    assert _texts(a, "comment") == [
        "The situation is terrible for everyone living there, we pray for peace.",
        "Nobody is listening to the civilians.",
    ]
    boiler = _texts(a, "boilerplate")
    for line in ("By Jane Doe", "Share this:", "Facebook", "Related Posts", "3 Comments", "Ahmed says:",
                 "March 3, 2017 at 4:12 pm", "Reply", "Leave a Comment"):
        assert line in boiler
    assert [c.text for c in a.children] == _texts(a, "related")


def test_blogger_style_page():
    a = _article(BLOGGER_STYLE)
    assert a.outlet == "Example Agency" and a.cited_sources == []
    assert _texts(a, "comment") == ["Another sad day for the families of these officers.",
                                    "When will this end? Every week the same news from the province."]
    assert len(_texts(a, "body")) == 2
    boiler = _texts(a, "boilerplate")
    for line in ("Posted by Field Desk at 10:15 AM", "2 comments:", "Anonymous said...", "May 3, 2017 at 11:02 AM", "Post a Comment",
                 "Newer Post Older Post Home", "Subscribe to: Post Comments (Atom)"):
        assert line in boiler
    assert not _texts(a, "related")


def test_disqus_style_page():
    a = _article(DISQUS_STYLE)
    assert _texts(a, "comment") == [
        "Very worrying situation at the border, the government must act now before it gets worse."]
    assert _texts(a, "related") == ["Smugglers arrested with weapons cache", "Border guards seize fuel tanker"]
    assert len(_texts(a, "body")) == 1


def test_trailing_headlines_without_markers():
    a = _article(NO_MARKERS)
    assert a.title is None  # the page starts with the report
    assert _texts(a, "related") == ["Gunmen kill two in Diyala raid", "Protesters block road to oil field in the south"]
    assert len(_texts(a, "body")) == 2
    assert a.section_at(a.text.index("BAGHDAD")).kind == "dateline"


def test_read_more_heading_blurb_and_numbered_comment():
    a = _article(READ_MORE)
    related = _texts(a, "related")
    assert related == ["Roadside bomb hits police convoy\nThree soldiers killed in the north. Photo: handout."]
    assert _texts(a, "comment")[0].startswith("1. I hope the soldiers")
    assert "Post Comment" in _texts(a, "boilerplate")
    assert a.outlet is None and a.published is None
    (child,) = a.children
    assert child.text == related[0] and child.title == "Roadside bomb hits police convoy"


def test_site_name_and_breadcrumbs_above_the_headline():
    text = ("Example Desk\nHome » World » Middle East\n\nTroops advance on rebel-held town in the north\n\n"
            "Government troops advanced on a rebel-held town in the north on Monday, a military source said.")
    a = _article(text)
    assert a.title == "Troops advance on rebel-held town in the north"
    assert _texts(a, "boilerplate") == ["Example Desk", "Home » World » Middle East"]
    assert len(_texts(a, "body")) == 1


def test_hard_wrapped_first_line_is_not_a_title():
    text = ("DETROIT The transport department on Wednesday issued new guidelines for makers of\n"
            "self-driving cars, officials said at a news conference in the city.\n\nMore rules will follow.")
    a = _article(text)
    assert a.title is None and not _texts(a, "title") and not _texts(a, "caption")
    assert _texts(a, "body")[0].endswith("in the city.")


def test_bare_dateline_line_and_date_labels():
    a = _article("BOR/JUBA - 24 Aug 2020\nLawmakers said youths were mobilising to launch revenge attacks, "
                 "a claim denied by local officials.")
    (dl,) = [s for s in a.sections if s.kind == "dateline"]
    assert dl.meta["place"] == "Bor/Juba" and a.published == dt.date(2020, 8, 24)
    assert _texts(a, "body")[0].startswith("Lawmakers said")
    b = _article("This story is from March 10, 2002\n\npatna: the party chief condemned the decision on monday.")
    assert b.published == dt.date(2002, 3, 10) and b.title is None
    c = _article("Published: Sun 10 Sep 2023, 2:16 PM Last updated: Sun 10 Sep 2023, 2:17 PM\n"
                 "A drone attack on a market south of the capital killed dozens of people, medics said.")
    assert c.published == dt.date(2023, 9, 10)


def test_given_title_is_found_in_text():
    a = _article("Gunmen kill two\n\nGunmen killed two traders on Tuesday in the market, police said.",
                 title="Gunmen kill two")
    assert _texts(a, "title") == ["Gunmen kill two"]


def test_body_only_text_has_no_title_or_caption():
    text = "Soldiers clashed with rebels.\n\nThe clashes lasted for hours near the border crossing, officials said."
    a = _article(text)
    assert a.title is None
    assert {s.kind for s in a.sections} == {"body"}


def test_non_english_page_is_rejected():
    text = ("Die Armee hat am Samstag die Stadt nach schweren Kämpfen zurückerobert, teilte das "
            "Verteidigungsministerium mit. Dutzende Kämpfer wurden nach Angaben von Aktivisten getötet.")
    a = _article(text)
    assert a.language == "de"
    assert [(r.stage, r.reason, r.detail) for r in a.rejections] == [("sections", "not_english", "language de")]


def test_short_text_is_not_rejected_for_language():
    a = _article("Kabul blast")
    assert not a.rejections


def test_empty_text_is_rejected():
    a = _article("   \n  ")
    assert a.rejections[0].reason == "empty"


def test_page_date_from_dateline_but_user_date_wins():
    text = "MOGADISHU, Oct 3, 2016 (Reuters) - Al Shabaab fighters attacked a base on Monday, officials said."
    assert _article(text).published == dt.date(2016, 10, 3)
    a = _article(text, published=dt.date(2016, 10, 5), published_source="user")
    assert a.published == dt.date(2016, 10, 5) and a.published_source == "user"


def test_feed_date_is_kept_over_page_date():
    text = "MOGADISHU, Oct 3, 2016 (Reuters) - Al Shabaab fighters attacked a base on Monday, officials said."
    a = _article(text, published=dt.date(2016, 10, 4), published_source="feed")
    assert a.published == dt.date(2016, 10, 4) and a.published_source == "feed"


def test_body_dates_are_not_the_publication_date():
    text = "Fighting broke out again.\n\nThe ceasefire signed on May 14, 2015 collapsed after a year, officials said."
    assert _article(text).published is None


# -- datelines -------------------------------------------------------------------------------------

DATELINES = [
    ("HOMS, Syria (Reuters) - The army said it", "HOMS, Syria (Reuters)", "Homs", "Reuters"),
    ("BAGHDAD — Gunmen killed three people", "BAGHDAD", "Baghdad", None),
    ("Homs (Syria News) The self-proclaimed group", "Homs (Syria News)", "Homs", "Syria News"),
    ("MOGADISHU, Oct 3 (Reuters) - Al Shabaab said", "MOGADISHU, Oct 3 (Reuters)", "Mogadishu", "Reuters"),
    ("BEIRUT (AP) — Syrian troops advanced", "BEIRUT (AP)", "Beirut", "AP"),
    ("KABUL: Taliban fighters stormed a post", "KABUL", "Kabul", None),
    ("DAMASCUS, Syria, May 14, 2016 (SANA) -- Army units", "DAMASCUS, Syria, May 14, 2016 (SANA)", "Damascus", "SANA"),
    ("Deir Ezzor, Syria — Fighting resumed", "Deir Ezzor, Syria", "Deir Ezzor", None),
    ("AL-HASAKAH, Syria (SANA) – Units of the army", "AL-HASAKAH, Syria (SANA)", "Al-Hasakah", "SANA"),
    ("(Reuters) - A bomb exploded", "(Reuters)", None, "Reuters"),
    ("(CNN)Syrian troops entered the town", "(CNN)", None, "CNN"),
    ("JERUSALEM/AMMAN (Reuters) - Israel said", "JERUSALEM/AMMAN (Reuters)", "Jerusalem/Amman", "Reuters"),
    ("GAZA CITY, Gaza Strip — Airstrikes hit", "GAZA CITY, Gaza Strip", "Gaza City", None),
]


@pytest.mark.parametrize(("text", "span", "place", "outlet"), DATELINES)
def test_dateline_styles(text, span, place, outlet):
    d = find_dateline(text)
    assert d is not None
    assert text[d.start:d.end] == span
    assert d.place == place and d.outlet == outlet
    assert text[d.body_start].isalpha()


@pytest.mark.parametrize(("line", "place", "outlet"), [
    ("KHARTOUM NORTH –", "Khartoum North", None),
    ("BOR/JUBA - 24 Aug 2020", "Bor/Juba", None),
    ("Washington (CNN)", "Washington", "CNN"),
])
def test_bare_datelines(line, place, outlet):
    d = find_bare_dateline(line)
    assert d is not None and d.place == place and d.outlet == outlet


@pytest.mark.parametrize("line", ["BREAKING NEWS:", "ARMY RETAKES TOWN", "FILE -", "AILSA CHANG, HOST:", "Homs -"])
def test_not_bare_datelines(line):
    assert find_bare_dateline(line) is None


@pytest.mark.parametrize("text", [
    "Islamic State (ISIS) launched an attack on the base.",
    "The Islamic State (IS) said it killed soldiers.",
    "Sources: the army retreated.",
    "Moreover — the group said.",
    "Qasioun News revealed that the militants advanced.",
    "In Homs (central Syria) fighting continued.",
])
def test_not_datelines(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize(("text", "wanted"), [(d[0], d[1]) for d in DATELINES[:4]])
def test_dateline_section_in_a_page(text, wanted):
    a = _article(text + " on Saturday, officials said in a statement issued late in the evening.")
    dl = [s for s in a.sections if s.kind == "dateline"]
    assert len(dl) == 1 and a.text[dl[0].start:dl[0].end] == wanted
    nxt = a.sections[a.sections.index(dl[0]) + 1]
    assert nxt.kind == "body" and a.text[nxt.start].isalpha()
    assert a.text[dl[0].end:nxt.start].strip() in ("", "-", "—", "--", ":")


# -- cited sources ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "wanted"), [
    ("The group captured the town, Qasioun News reported.", ["Qasioun News"]),
    ("Five people died, according to the Syrian Observatory for Human Rights.", ["Syrian Observatory for Human Rights"]),
    ("State news agency SANA reported that the army advanced.", ["SANA"]),
    ("The army said, citing Reuters and witnesses.", ["Reuters"]),
    ("The militants attacked, and the army said it repelled them.", []),
    ("Reuters reported the raid. Reuters also reported a second one.", ["Reuters"]),
])
def test_cited_sources(text, wanted):
    assert cited_sources(text) == wanted


def test_outlet_is_not_its_own_cited_source():
    assert cited_sources("Syria News reported the clash.", exclude={"Syria News"}) == []
