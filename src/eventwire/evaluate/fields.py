"""Scoring structured event fields from full articles (HRDsAttack gold, format D).

Predictions are ``{id: {"id", "country", "admin1", "city", "year", "month", "day"}}`` (country as
ISO3; optional extra keys ``admin1_alt`` and ``city_alt``: lists of other names of the same places,
e.g. the words the article used, which also count as a match).

Definitions (each accuracy is over the items whose gold field is *known*; the counts are reported
as ``<field>_n``):

* gold ``null`` and "unknown"-like strings ("unknown", "N/a", "none", "not mentioned" ...) are not
  known and do not enter the field's accuracy;
* ``country_acc``: the gold text is read as one or more countries (names, codes, aliases, demonyms,
  misspellings; see :mod:`eventwire.evaluate.countries`); a gold text that names no country
  ("Africa") is not known; the prediction is correct when its ISO3 is one of them;
* ``admin1_acc`` (gold ``region``) and ``city_acc``: the names are compared after folding (case,
  accents, punctuation, a leading "the", and for admin1 trailing words such as "State",
  "Province", "Region", "Governorate"); any of the predicted name and its alternates may match;
  names of 5+ characters whose folded forms are 90% similar (difflib ratio) match ("Beijin");
* ``date_acc``: over items with at least one non-null gold year/month/day, the prediction is
  correct when every non-null gold part equals the predicted part (a gold "2020-07" is matched by
  any predicted day of July 2020). ``year_acc``, ``month_acc``, ``day_acc`` score each part alone.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .countries import country_iso3, fold, gold_countries
from .metrics import safe_div

UNKNOWN = frozenset({"unknown", "n/a", "na", "none", "null", "not mentioned", "not stated", "unclear",
                     "unspecified", "not specified", "-", "?"})
_ADMIN_WORDS = ("state", "province", "region", "governorate", "oblast", "district", "county",
                "prefecture", "department", "division", "territory", "muhafazat", "wilayah",
                "autonomous region", "special administrative region", "city", "municipality")
_PUNCT_RE = re.compile(r"[^\w\s]")


def is_known(value: str | None) -> bool:
    return value is not None and fold(value).strip(" .") not in UNKNOWN


def place_key(name: str, *, admin: bool = False) -> str:
    """A folded comparison key for a place name."""
    key = _PUNCT_RE.sub(" ", fold(name).replace("'", ""))
    words = key.split()
    if words[:1] == ["the"]:
        words = words[1:]
    if admin:
        while len(words) > 1 and words[-1] in _ADMIN_WORDS:
            words = words[:-1]
        while len(words) > 1 and words[0] in _ADMIN_WORDS and words[1] == "of":
            words = words[2:]
    return " ".join(words)


#: Two keys this similar (difflib ratio) are the same name misspelt ("Beijin" / "Beijing").
FUZZY_RATIO = 0.9
FUZZY_MIN_LEN = 5


def _same_key(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < FUZZY_MIN_LEN:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= FUZZY_RATIO


def names_match(gold: str, predicted: Iterable[str | None], *, admin: bool = False) -> bool:
    g = place_key(gold, admin=admin)
    return bool(g) and any(p and _same_key(place_key(p, admin=admin), g) for p in predicted)


def _as_int(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def score_fields(gold: Sequence[Any], predictions: Mapping[str, dict]) -> dict[str, Any]:
    """Score predictions against gold items (``.id``, ``.country``, ``.region``, ``.city``,
    ``.year``, ``.month``, ``.day``). A gold item without a prediction scores as all-null."""
    n = {k: 0 for k in ("country", "admin1", "city", "date", "year", "month", "day")}
    ok = dict.fromkeys(n, 0)
    unreadable_country = 0
    for item in gold:
        pred = predictions.get(item.id) or {}
        if is_known(item.country):
            codes = gold_countries(item.country)
            if codes:
                n["country"] += 1
                ok["country"] += country_iso3(pred.get("country")) in codes
            else:
                unreadable_country += 1
        if is_known(item.region):
            n["admin1"] += 1
            ok["admin1"] += names_match(item.region, [pred.get("admin1"), *(pred.get("admin1_alt") or [])],
                                        admin=True)
        if is_known(item.city):
            n["city"] += 1
            ok["city"] += names_match(item.city, [pred.get("city"), *(pred.get("city_alt") or [])])
        parts = {"year": item.year, "month": item.month, "day": item.day}
        given = {k: v for k, v in parts.items() if v is not None}
        if given:
            n["date"] += 1
            ok["date"] += all(_as_int(pred.get(k)) == v for k, v in given.items())
            for k, v in given.items():
                n[k] += 1
                ok[k] += _as_int(pred.get(k)) == v
    result: dict[str, Any] = {"n": len(gold)}
    for key in ("country", "admin1", "city", "date", "year", "month", "day"):
        result[f"{key}_acc"] = safe_div(ok[key], n[key])
    for key in ("country", "admin1", "city", "date"):
        result[f"{key}_n"] = n[key]
    result["country_unreadable"] = unreadable_country
    return result
