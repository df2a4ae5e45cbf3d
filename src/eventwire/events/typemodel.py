"""A small learned second opinion on the rule typing of a sentence (ACLED sub-event type or no event).

The rules of :mod:`eventwire.events.typing` read a clause into a type; they were written by reading
examples and do not cover every wording. This module scores the same sentence with a multinomial
logistic regression over general features of the clause - which cue families are present and how
near the predicate they sit, the cue phrases, the trigger and its verb-object pairs, the content
lemmas, the kinds of the actors (state, non-state, civilian, protesters, places) and the rule's own
decision - and lets it overrule the rules when it is confident. Labels are the CASE 2021 codes (the
25 ACLED sub-event types and 5 kinds of non-ACLED happenings, which come out as "no event").

The weights are a JSON file (``eventwire/data/events_typemodel.json``) written by
``benchmarks/train_event_type.py --write``; scoring a sentence is a dictionary look-up per feature
(well under a millisecond). Without the file the rules work alone - which is the shipped state: on the
304 visible CASE 2021 snippets, nested 5-fold cross-validation showed no gain over the rules (the
training script prints the comparison), so no weights are committed. Adding our own 1,775 synthetic
snippets (``benchmarks/data/event_type_synthetic``) did not change that (Nov 2026): trained on them
alone, the model lowers CASE val from 0.815 to 0.789 weighted F1; trained on them with the CASE train
third, the chosen threshold never overrules the rules on val.

Dense features (session 11): spaCy's tok2vec leaves a 96-float vector per token in ``doc.tensor`` at no
extra cost; :func:`dense_features` pools it over the sentence and around the trigger (names ``v:*``,
:data:`DENSE_PARTS`) and :class:`TypeModel` scores those weights with one matrix product. Measured with
the train thirds of CASE and of the 3,130 synthetic snippets (``train_event_type.py --quick --dense``):
with the nested choice they lift the synthetic val third a little (0.809 -> 0.812-0.818 weighted F1) but
not CASE val (0.825 / 0.751 unchanged for "s" and "sw", 0.830 / 0.751 for "swt", 0.807 / 0.743 for
"swtx"; nested 5-fold CV 0.910 against the rules' 0.920). Even a model without the rules' decision is
right on only 3-5 of the 17 val snippets the rules miss, mostly below p=0.6, while it is confidently
wrong on some the rules get right: no threshold helps, so still no weights ship and nothing here runs.
"""

from __future__ import annotations

import functools
import json
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from .lexicon import CueHit
from .taxonomy import CASE_CODES, SUB_TO_CASE

log = logging.getLogger(__name__)

MODEL_FILE = "events_typemodel.json"

# CASE codes outside ACLED -> the "none class" of a TypeDecision
NONE_CODES = {
    "ORG_CRIME": "CRIME",
    "NATURAL_DISASTER": "NATURAL",
    "MAN_MADE_DISASTER": "MANMADE",
    "DIPLO": "DIPLO",
    "ATTRIB": "ATTRIB",
}
NONE_CLASS_TO_CODE = {v: k for k, v in NONE_CODES.items()}

# sub-event type -> the rule family it belongs to (what the rest of the stage reads from a decision)
FAMILY_OF = {
    "Armed clash": "VIOLENCE",
    "Attack": "VIOLENCE",
    "Air/drone strike": "VIOLENCE",
    "Shelling/artillery/missile attack": "VIOLENCE",
    "Suicide bomb": "VIOLENCE",
    "Remote explosive/landmine/IED": "VIOLENCE",
    "Grenade": "VIOLENCE",
    "Chemical weapon": "VIOLENCE",
    "Government regains territory": "TERRITORY",
    "Non-state actor overtakes territory": "TERRITORY",
    "Non-violent transfer of territory": "TRANSFER",
    "Peaceful protest": "PROTEST",
    "Protest with intervention": "PROTEST",
    "Excessive force against protesters": "PROTEST",
    "Violent demonstration": "PROTEST",
    "Mob violence": "MOB",
    "Abduction/forced disappearance": "ABDUCT",
    "Sexual violence": "SEXV",
    "Agreement": "AGREE",
    "Arrests": "ARREST",
    "Change to group/activity": "CHANGE",
    "Disrupted weapons use": "DISRUPT",
    "Headquarters or base established": "HQ",
    "Looting/property destruction": "LOOT",
    "Other": "OTHER",
}
MEANS_OF = {
    "Air/drone strike": "AIR",
    "Shelling/artillery/missile attack": "SHELL",
    "Suicide bomb": "SUICIDE",
    "Remote explosive/landmine/IED": "IED",
    "Grenade": "GRENADE",
    "Chemical weapon": "CHEM",
}

CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ"})
KindOf = Callable[[Any], str | None]

#: pooled spaCy token vectors (``doc.tensor``, tok2vec) added as dense features, by part: "s" the mean
#: over the sentence, "w" the mean over a window around the trigger, "t" the trigger's own vector,
#: "x" the maximum over the sentence. Feature names are ``v:<part><dim>``.
DENSE_PARTS: tuple[str, ...] = ("s", "w")
WINDOW = 2


def decision_code(decision: Any) -> str:
    """The CASE code of a rule decision ("NONE" when the rules found nothing)."""
    if decision is None:
        return "NONE"
    if decision.sub_event_type is not None:
        return SUB_TO_CASE.get(decision.sub_event_type, "NONE")
    return NONE_CLASS_TO_CODE.get(decision.none_class or "", "NONE")


def sentence_features(
    doc: Any,
    sent: Any,
    hits: list[CueHit],
    decision: Any,
    *,
    depth_of: Callable[[Any], int],
    hit_root: Callable[[Any, CueHit], Any],
    kind_of: KindOf,
    dense: tuple[str, ...] | None = None,
) -> dict[str, float]:
    """Features of one sentence for the type model (names -> values; absent means 0). ``dense``: the
    parts of pooled token vectors to add (default :data:`DENSE_PARTS`; none when the doc has no tensor)."""
    f: dict[str, float] = {"bias": 1.0}
    code = decision_code(decision)
    f["rule=" + code] = 1.0
    if decision is not None:
        f["rulefam=" + decision.family] = 1.0
        f["ruleconf"] = float(decision.confidence)
        if decision.means:
            f["means=" + decision.means] = 1.0
        if decision.agent.kind:
            f["agent=" + decision.agent.kind] = 1.0
        if decision.patient.kind:
            f["patient=" + decision.patient.kind] = 1.0
        trig = decision.trigger
        if trig is not None:
            f["trig=" + trig.lemma_.lower()] = 1.0
    # cue families: present, and the one(s) nearest the root of the sentence
    best: dict[str, int] = {}
    for h in hits:
        root = hit_root(doc, h)
        d = depth_of(root)
        if h.category not in best or d < best[h.category]:
            best[h.category] = d
        f["cue=" + h.phrase] = 1.0
    if best:
        top = min(best.values())
        for cat, d in best.items():
            f["cat=" + cat] = 1.0
            if d <= top:
                f["top=" + cat] = 1.0
            elif d <= top + 1:
                f["near=" + cat] = 1.0
    # content lemmas, verb-object pairs, kinds of the nouns
    for t in sent:
        if t.pos_ in CONTENT_POS and t.is_alpha and not t.is_stop and len(t.text) > 2:
            lem = t.lemma_.lower()
            f["lem=" + lem] = 1.0
            if t.pos_ == "VERB":
                for c in t.children:
                    if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN":
                        f["vo=" + lem + "_" + c.lemma_.lower()] = 1.0
        if t.pos_ in ("NOUN", "PROPN"):
            k = kind_of(t)
            if k:
                f["kind=" + k] = 1.0
                if t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "agent"):
                    f["kind=" + k + "@" + t.dep_] = 1.0
        if t.like_num:
            f["num"] = 1.0
    parts = DENSE_PARTS if dense is None else dense
    if parts:
        trig = decision.trigger if decision is not None else None
        if trig is None and hits:
            trig = min((hit_root(doc, h) for h in hits), key=depth_of)
        f.update(dense_features(doc, sent, trig, parts=parts))
    return f


def dense_features(doc: Any, sent: Any, trigger: Any, *, parts: tuple[str, ...]) -> dict[str, float]:
    """Pooled ``doc.tensor`` rows of the sentence (see :data:`DENSE_PARTS`); empty without a tensor."""
    tensor = getattr(doc, "tensor", None)
    if tensor is None or len(tensor.shape) != 2 or tensor.shape[0] != len(doc) or not len(sent):
        return {}
    rows = tensor[sent.start : sent.end]
    out: dict[str, float] = {}
    for part in parts:
        if part == "s":
            vec = rows.mean(axis=0)
        elif part == "x":
            vec = rows.max(axis=0)
        elif part in ("w", "t"):
            i = trigger.i if trigger is not None and sent.start <= trigger.i < sent.end else sent.root.i
            if part == "t":
                vec = tensor[i]
            else:
                vec = tensor[max(sent.start, i - WINDOW) : min(sent.end, i + WINDOW + 1)].mean(axis=0)
        else:
            raise ValueError(f"unknown dense part {part!r}")
        out.update(zip(_dense_names(part, len(vec)), vec.tolist(), strict=True))
    return out


@functools.lru_cache(maxsize=16)
def _dense_names(part: str, width: int) -> tuple[str, ...]:
    return tuple(f"v:{part}{k}" for k in range(width))


@dataclass(slots=True)
class TypeModel:
    """A multinomial logistic regression: ``weights[feature][label]`` plus ``intercepts[label]``.

    ``threshold``: the model's probability at which it overrules the rules; ``min_margin``: when the
    rules found nothing, how sure the model must be to type the sentence anyway (1.0 = never)."""

    labels: list[str]
    intercepts: list[float]
    weights: dict[str, dict[int, float]]
    threshold: float = 0.5
    min_margin: float = 1.0
    meta: dict[str, Any] = field(default_factory=dict)
    #: the dense (``v:*``) weights as a matrix (features x labels), built from ``weights`` on first use
    _dense: tuple[tuple[str, ...], Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TypeModel:
        labels = list(data["labels"])
        index = {lab: i for i, lab in enumerate(labels)}
        weights: dict[str, dict[int, float]] = {}
        for feat, row in data["weights"].items():
            weights[feat] = {index[lab]: float(w) for lab, w in row.items()}
        return cls(labels=labels, intercepts=[float(x) for x in data["intercepts"]], weights=weights,
                   threshold=float(data.get("threshold", 0.5)), min_margin=float(data.get("min_margin", 1.0)),
                   meta=dict(data.get("meta", {})))

    @classmethod
    def load(cls, path: Any = None) -> TypeModel | None:
        """The shipped model (or the file at ``path``); None when there is none."""
        try:
            if path is None:
                text = resources.files("eventwire.data").joinpath(MODEL_FILE).read_text(encoding="utf-8")
            else:
                with open(path, encoding="utf-8") as fh:
                    text = fh.read()
        except (FileNotFoundError, OSError):
            log.info("no event type model (%s): the rules work alone", path or MODEL_FILE)
            return None
        return cls.from_dict(json.loads(text))

    def to_dict(self) -> dict[str, Any]:
        return {
            "labels": self.labels,
            "intercepts": [round(x, 4) for x in self.intercepts],
            "weights": {f: {self.labels[i]: round(w, 4) for i, w in row.items()} for f, row in self.weights.items()},
            "threshold": self.threshold,
            "min_margin": self.min_margin,
            "meta": self.meta,
        }

    def _dense_matrix(self) -> tuple[tuple[str, ...], Any]:
        if self._dense is None:
            import numpy as np

            names = tuple(f for f in self.weights if f.startswith("v:"))
            mat = np.zeros((len(names), len(self.labels)))
            for j, name in enumerate(names):
                for i, w in self.weights[name].items():
                    mat[j, i] = w
            self._dense = (names, mat)
        return self._dense

    def probabilities(self, features: dict[str, float]) -> list[float]:
        scores = list(self.intercepts)
        for feat, val in features.items():
            if feat.startswith("v:"):
                continue
            row = self.weights.get(feat)
            if row is None:
                continue
            for i, w in row.items():
                scores[i] += w * val
        names, mat = self._dense_matrix()
        if names:  # pooled token vectors: one matrix product instead of a loop per dimension
            import numpy as np

            x = np.fromiter((features.get(n, 0.0) for n in names), dtype=float, count=len(names))
            scores = [a + b for a, b in zip(scores, (x @ mat).tolist(), strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def predict(self, features: dict[str, float]) -> tuple[str, float]:
        """The most probable CASE code and its probability."""
        probs = self.probabilities(features)
        i = max(range(len(probs)), key=probs.__getitem__)
        return self.labels[i], probs[i]

    def overrule(self, rule_code: str, features: dict[str, float]) -> tuple[str, float] | None:
        """The model's code when it overrules the rule's (None: keep the rule's decision)."""
        code, p = self.predict(features)
        if code == rule_code:
            return None
        if rule_code == "NONE":
            return (code, p) if p >= self.min_margin else None
        return (code, p) if p >= self.threshold else None


@functools.lru_cache(maxsize=1)
def shipped_model() -> TypeModel | None:
    return TypeModel.load()


def code_is_acled(code: str) -> bool:
    return CASE_CODES.get(code) is not None
