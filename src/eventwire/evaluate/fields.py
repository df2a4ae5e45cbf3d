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

Who did it to whom (HRDsAttack, Ran et al. 2023; the definitions of the paper's scorer,
``src/models/utils.py`` of dataminr-ai/HRDsAttack). Prediction keys: ``perpetrator_mention`` (bool),
``perpetrator_type`` (str), ``violation_types`` (list), ``victims`` (list of objects with ``name``,
``sex``, ``age_group``, ``population_type``, ``types``). A missing key is "no answer".

* ``perpetrator_mention_{precision,recall,f1}``: positive class true, over items whose gold says;
* ``perpetrator_type_acc``: exact label, over items whose gold type is given (``perpetrator_type_n``;
  the paper also counts the items without the annotation, which no system can get right);
* violation types, over items with gold types (``violation_types_n``): gold ``unknown`` is dropped
  when other types are given (the paper's cleaning), an empty prediction is ``{"unknown"}``;
  ``violation_types_{precision,recall,f1}`` micro-averaged over the labels of all items,
  ``violation_types_acc`` the share of items whose set is exactly right, ``violation_types_loose_acc``
  the share with at least one right label;
* victim names: only named gold victims count (the paper drops victims without a name); a predicted
  name that is part of another predicted name of the item is dropped (the paper's de-duplication,
  done here before counting); ``victim_{precision,recall,f1}``: a predicted name is right when it
  equals a gold name (exact string, outer spaces and a trailing comma stripped);
  ``victim_loose_*``: when it contains a gold name or a gold name contains it (the paper's loose
  match); ``victim_token_*``: the name tokens (whitespace split) of all predicted names of an item
  against those of its gold names (the token overlap the paper's scorer also counts);
* victim attributes: for each named gold victim matched to a predicted victim (exact name, else the
  loose match; ``victim_attr_n``), ``victim_sex_acc``, ``victim_age_acc``, ``victim_population_acc``
  (exact label) and ``victim_type_acc`` (the set of types: gold duplicates removed, "insufficient
  information" dropped when another type is given, an empty set read as {"insufficient
  information"} on both sides). The paper scores attributes for the gold names given to its
  model; a pipeline finds its own names, so only the victims it found are scored.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .countries import country_iso3, fold, gold_countries
from .metrics import prf, safe_div

UNKNOWN = frozenset({"unknown", "n/a", "na", "none", "null", "not mentioned", "not stated", "unclear",
                     "unspecified", "not specified", "-", "?"})
_ADMIN_WORDS = ("state", "province", "region", "governorate", "oblast", "district", "county",
                "prefecture", "department", "division", "territory", "muhafazat", "wilayah",
                "autonomous region", "special administrative region", "city", "municipality")
_PUNCT_RE = re.compile(r"[^\w\s]")


def is_known(value: str | None) -> bool:
    """Whether a gold value is given: not null and not an "unknown"-like string (:data:`UNKNOWN`)."""
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
#: Keys shorter than this match only exactly.
FUZZY_MIN_LEN = 5


def _same_key(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < FUZZY_MIN_LEN:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= FUZZY_RATIO


def names_match(gold: str, predicted: Iterable[str | None], *, admin: bool = False) -> bool:
    """Whether one of the predicted names is the gold name (:func:`place_key`, misspellings
    allowed: :data:`FUZZY_RATIO`)."""
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
    result.update(score_who_whom(gold, predictions))
    return result


NO_TYPE = "insufficient information"


def _victim_types(types: Iterable[str] | None) -> frozenset[str]:
    out = {t.strip().lower() for t in types or () if t and t.strip()}
    if len(out) > 1:
        out.discard(NO_TYPE)
    return frozenset(out or {NO_TYPE})


def _vname(name: Any) -> str:
    return name.strip().rstrip(",").strip() if isinstance(name, str) else ""


def _dedup_names(names: list[str]) -> list[str]:
    """Drop a predicted name that is part of another one (the paper keeps the later of two)."""
    kept: list[str] = []
    for name in reversed(names):
        if name and not any(name in k for k in kept):
            kept.append(name)
    return list(reversed(kept))


def _loose(a: str, b: str) -> bool:
    return a in b or b in a


def _violations(types: Iterable[str] | None, *, gold: bool) -> set[str]:
    out = {t.strip().lower() for t in types or () if isinstance(t, str) and t.strip()}
    if gold and len(out) > 1:
        out.discard("unknown")
    return out or ({"unknown"} if not gold else set())


def score_who_whom(gold: Sequence[Any], predictions: Mapping[str, dict]) -> dict[str, Any]:
    """Perpetrator, violation-type and victim scores (module doc) of gold items that carry them
    (``.perpetrator_mention``, ``.perpetrator_type``, ``.violation_types``, ``.victims``)."""
    c = dict.fromkeys(("pm_tp", "pm_pred", "pm_gold", "pt_n", "pt_ok", "vt_n", "vt_ok", "vt_loose",
                       "vt_tp", "vt_pred", "vt_gold", "v_gold", "v_pred", "v_exact", "v_loose",
                       "tok_gold", "tok_pred", "tok_ok", "attr_n", "sex", "age", "pop", "type"), 0)
    for item in gold:
        pred = predictions.get(item.id) or {}
        g_pm = getattr(item, "perpetrator_mention", None)
        if g_pm is not None:
            p_pm = bool(pred.get("perpetrator_mention"))
            c["pm_pred"] += p_pm
            c["pm_gold"] += g_pm
            c["pm_tp"] += p_pm and g_pm
        g_pt = getattr(item, "perpetrator_type", None)
        if g_pt:
            c["pt_n"] += 1
            c["pt_ok"] += (pred.get("perpetrator_type") or "").strip().lower() == g_pt.strip().lower()
        g_vt = _violations(getattr(item, "violation_types", None), gold=True)
        if g_vt:
            p_vt = _violations(pred.get("violation_types"), gold=False)
            c["vt_n"] += 1
            c["vt_ok"] += p_vt == g_vt
            c["vt_loose"] += bool(p_vt & g_vt)
            c["vt_tp"] += len(p_vt & g_vt)
            c["vt_pred"] += len(p_vt)
            c["vt_gold"] += len(g_vt)
        _score_victims(getattr(item, "victims", None) or [], pred.get("victims") or [], c)
    out: dict[str, Any] = {}
    for key, (tp, n_pred, n_gold) in {
        "perpetrator_mention": (c["pm_tp"], c["pm_pred"], c["pm_gold"]),
        "violation_types": (c["vt_tp"], c["vt_pred"], c["vt_gold"]),
        "victim": (c["v_exact"], c["v_pred"], c["v_gold"]),
        "victim_loose": (c["v_loose"], c["v_pred"], c["v_gold"]),
        "victim_token": (c["tok_ok"], c["tok_pred"], c["tok_gold"]),
    }.items():
        for name, value in prf(tp, n_pred, n_gold).items():
            out[f"{key}_{name}"] = value
    out["perpetrator_type_acc"] = safe_div(c["pt_ok"], c["pt_n"])
    out["perpetrator_type_n"] = c["pt_n"]
    out["violation_types_acc"] = safe_div(c["vt_ok"], c["vt_n"])
    out["violation_types_loose_acc"] = safe_div(c["vt_loose"], c["vt_n"])
    out["violation_types_n"] = c["vt_n"]
    out["victims_gold_n"] = c["v_gold"]
    out["victims_pred_n"] = c["v_pred"]
    for key, counter in (("sex", "sex"), ("age", "age"), ("population", "pop"), ("type", "type")):
        out[f"victim_{key}_acc"] = safe_div(c[counter], c["attr_n"])
    out["victim_attr_n"] = c["attr_n"]
    return out


def _field(obj: Any, key: str) -> Any:
    return obj.get(key) if isinstance(obj, Mapping) else getattr(obj, key, None)


def _score_victims(gold_victims: Sequence[Any], pred_victims: Sequence[Any], c: dict[str, int]) -> None:
    golds = [(n, v) for v in gold_victims if (n := _vname(_field(v, "name")))]
    preds_by_name: dict[str, Any] = {}
    for v in pred_victims:
        n = _vname(_field(v, "name"))
        if n and n not in preds_by_name:
            preds_by_name[n] = v
    names = _dedup_names(list(preds_by_name))
    gold_names = [n for n, _ in golds]
    c["v_gold"] += len(golds)
    c["v_pred"] += len(names)
    c["v_exact"] += sum(n in gold_names for n in names)
    c["v_loose"] += sum(any(_loose(n, g) for g in gold_names) for n in names)
    gold_tokens = " ".join(gold_names).split()
    pred_tokens = " ".join(names).split()
    c["tok_gold"] += len(gold_tokens)
    c["tok_pred"] += len(pred_tokens)
    c["tok_ok"] += sum(t in gold_tokens for t in pred_tokens)
    for g_name, g in golds:
        match = g_name if g_name in names else next((n for n in names if _loose(n, g_name)), None)
        if match is None:
            continue
        p = preds_by_name[match]
        c["attr_n"] += 1
        c["sex"] += _label(_field(p, "sex")) == _label(_field(g, "sex"))
        c["age"] += _label(_field(p, "age_group")) == _label(_field(g, "age_group"))
        c["pop"] += _label(_field(p, "population_type")) == _label(_field(g, "population_type"))
        c["type"] += _victim_types(_field(p, "types")) == _victim_types(_field(g, "types"))


def _label(value: Any) -> str:
    return value.strip().lower() if isinstance(value, str) else ""
