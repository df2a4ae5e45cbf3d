"""The actor stage's prefiltered scans (eventwire.actors.scan): the same matches as the strict patterns."""

from __future__ import annotations

import re

import pytest

from eventwire.actors import identity
from eventwire.actors.rules import GENERIC_RE
from eventwire.actors.scan import Prefiltered, lowered_pattern, relaxed_haystack
from eventwire.actors.text import fold_cased, fold_lower

_ALL = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000)


def _positions(rx: re.Pattern[str], text: str) -> set[int]:
    return {m.start() for m in rx.finditer(text)}


def test_haystack_reads_every_code_point_as_ignorecase_does() -> None:
    cased = fold_cased(_ALL)
    hay = relaxed_haystack(fold_lower(_ALL))
    assert len(cased) == len(hay) == len(_ALL)
    atoms = [*"abcdefghijklmnopqrstuvwxyz0123456789", r"\w", r"\s", r"[\w\-.']", r"[\w\-]", r"'", r"\.", r"-"]
    for atom in atoms:
        strict = _positions(re.compile(atom, re.IGNORECASE), cased)
        relaxed = _positions(re.compile(atom), hay)
        assert strict == relaxed, (atom, sorted(strict ^ relaxed)[:5])


def test_dotless_i_needs_the_haystack() -> None:
    text = "Armed mılıtıa fighters and FIGHTERS"
    cased = fold_cased(text)
    strict = [m.span() for m in identity.HEAD_RE.finditer(cased)]
    scan = Prefiltered(identity.HEAD_RE, re.compile(f"(?:{identity._HEAD})"))
    assert [m.span() for m in scan.finditer(cased, relaxed_haystack(fold_lower(text)))] == strict
    assert strict[0] == (6, 22)  # "mılıtıa fighters", read as "militia fighters"
    # without the replacement the dotless word is missed
    assert [m.span() for m in scan.finditer(cased, fold_lower(text))] != strict


_TEXTS = [
    "Gunmen from the Karo clan attacked Lowa village; Tessa and Rimba clan militias clashed near Obi.",
    "US troops and Syrian army soldiers shelled rebel fighters, while the us envoy met UK officials.",
    "Fighting between the Abo and Kibe communities left ten dead; an ethnic militia burned homes.",
    "Clan militiamen, Self-Defence groups and Armed Youths raided cattle; Cattle raiders of the Mwe tribe fled.",
    "The regime's forces and pro-government militias killed civilians; police officers arrested protesters.",
    "",
    "DRC soldiers and CAR rebels; drc and car words; U.S. forces and u.s. forces; Iraqi-Kurdish Peshmerga forces.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_identity_scans_match_the_strict_patterns(text: str) -> None:
    cased = fold_cased(text)
    hay = relaxed_haystack(fold_lower(text))
    for scan in (identity._HEAD_SCAN, identity._FROM_SCAN, identity._BETWEEN_SCAN, identity._UNNAMED_SCAN):
        want = [(m.span(), m.groupdict()) for m in scan.strict.finditer(cased)]
        assert [(m.span(), m.groupdict()) for m in scan.finditer(cased, hay)] == want


@pytest.mark.parametrize("text", _TEXTS)
def test_generic_scan_matches_the_strict_pattern(text: str) -> None:
    from eventwire.actors.tagger import _GENERIC_SCAN

    cased = fold_cased(text)
    want = [m.span() for m in GENERIC_RE.finditer(cased)]
    assert [m.span() for m in _GENERIC_SCAN.finditer(cased, relaxed_haystack(fold_lower(text)))] == want


def test_generic_scan_keeps_cased_country_forms_cased() -> None:
    from eventwire.actors.tagger import _GENERIC_SCAN

    text = "US troops arrived; us troops arrived"
    spans = [text[slice(*m.span())] for m in _GENERIC_SCAN.finditer(text, relaxed_haystack(fold_lower(text)))]
    assert spans[0] == "US troops"
    assert spans[1] == "troops"


def test_scan_resumes_after_a_match_like_finditer() -> None:
    strict = re.compile(r"(?i:ab)(?:ab)*")
    scan = Prefiltered(strict, re.compile("ab"))
    text = "xABabAb abab"
    assert [m.span() for m in scan.finditer(text, text.lower())] == [m.span() for m in strict.finditer(text)]


def test_scan_sees_the_text_before_a_candidate() -> None:
    strict = re.compile(r"(?<![\w\-])(?i:raid)")
    scan = Prefiltered(strict, re.compile("raid"))
    text = "Raid, pre-raid, air-RAID, inroads raid"
    assert [m.start() for m in scan.finditer(text, text.lower())] == [0, text.rindex("raid")]


def test_lowered_pattern() -> None:
    assert lowered_pattern(r"(?<!\w)(?:(?-i:U\.S\.|UK)|army)\s+") == r"(?<!\w)(?:(?:u\.s\.|uk)|army)\s+"
    with pytest.raises(ValueError):
        lowered_pattern(r"[A-Z]\w+ forces")


def test_without_the_lower_text_the_strict_scan_runs() -> None:
    text = "Gunmen from the Karo clan attacked; Tessa and Rimba clan militias clashed"
    scan = identity._FROM_SCAN
    assert [m.span() for m in scan.finditer(text, None)] == [m.span() for m in scan.strict.finditer(text)] != []


def test_the_tagger_reads_the_same_mentions_with_the_scans() -> None:
    from eventwire.actors.dictionary import ActorDictionary
    from eventwire.actors.tagger import ActorTagger
    from eventwire.records import Article

    text = _TEXTS[0] + " " + _TEXTS[3] + " " + _TEXTS[4]
    tagger = ActorTagger(ActorDictionary.load())
    article = Article(id="s20-scan", text=text)
    tagger.tag(article, country_hint="KEN")
    got = [(m.start, m.end, m.actor.name) for m in article.actor_mentions]
    cased, lower = fold_cased(text), fold_lower(text)
    local: list[tuple[int, int, str]] = []
    plain = tagger._generic(text, cased, "KEN", None, local) + tagger._identity(text, cased, "KEN", local)
    fast = (tagger._generic(text, cased, "KEN", None, local, lower=lower)
            + tagger._identity(text, cased, "KEN", local, lower=lower))
    assert [(c.start, c.end, c.actor.name) for c in fast] == [(c.start, c.end, c.actor.name) for c in plain]
    assert len(got) >= 5


@pytest.mark.parametrize("before", [
    "Clashes broke out when Ayr clan ",
    "In Galkayo, fighters of the (Habar Gidir sub - clan ",
    "Police said: Murle and Nuer armed ",
    "the Dinka Ngok ethnic \n",
    "Ali-Geri, Saleban 123 Ayr clan - ",
    "Several youths; Lou Nuer ",
    "A text with no name at all, then lower case words ",
    "ıt was the Ayr communal ",
])
def test_the_name_search_starts_late_with_the_same_match(before: str) -> None:
    text = fold_cased(before + "militia attacked")
    end = len(fold_cased(before))
    for lo in range(0, end):
        want = identity._NAME_BEFORE.search(text, lo, end)
        got = identity._NAME_BEFORE.search(text, identity._name_from(text, lo, end), end)
        assert (want and (want.span(), want.groupdict())) == (got and (got.span(), got.groupdict()))


def test_acronym_scans_find_the_dictionary_patterns_matches() -> None:
    from eventwire.actors.dictionary import ActorDictionary
    from eventwire.actors.tagger import _acronym_scan

    text = fold_cased("The SNA and AMISOM hit ISS posts; SNAx and xSNA are no names; AFRICOM-backed NISA, (HSM) ISIS.")
    found = 0
    for rx, acronyms in ActorDictionary.load().patterns("SOM"):
        if not acronyms:
            continue
        scan = _acronym_scan(rx)
        assert scan is not None
        want = [m.span() for m in rx.finditer(text)]
        assert [m.span() for m in scan.finditer(text, text)] == want
        found += len(want)
    assert found >= 4
    assert _acronym_scan(re.compile(r"\bAU\b")) is None  # another shape: the pattern's own scan


def test_head_of_is_the_first_head_in_longest_order() -> None:
    import random

    from eventwire.actors import rules

    def first_head(low: str) -> str | None:  # the reading before: every head in turn
        return next((h for h in rules._HEADS_LONGEST if low == h or low.endswith(" " + h)), None)

    rnd = random.Random(20)
    heads = list(rules._HEADS_LONGEST)
    words = ["the", "local", "armed", "syrian", "pro-government", "security", "police", "rebel", "x", "forces", "group"]
    phrases = [*heads, "", "nothing here", "forces of", "xforces"]
    for _ in range(3000):
        parts = [rnd.choice(words) for _ in range(rnd.randint(0, 3))]
        parts += rnd.choice(heads).split() if rnd.random() < 0.8 else [rnd.choice(words)]
        phrases.append(" ".join(parts))
    hits = 0
    for low in phrases:
        assert rules._head_of(low) == first_head(low), low
        hits += rules._head_of(low) is not None
    assert hits > 2000
