"""Who did what to whom: the perpetrator, the violation types and the victims of an article's main
event, in the terms of the OHCHR SDG 16.10.1 ontology as HRDsAttack (Ran et al. 2023) codes them.

Everything is read from what the pipeline already set: the main report's actors and their ACLED
``inter`` codes (actors stage + :mod:`events.roles`), its ACLED sub-event type, the article's actor
mentions, and the spaCy parse on ``article.doc`` (PERSON entities, dependencies, lemmas). No second
parse; the only fitted numbers are the victim-score weights (``benchmarks/victims_fit.py``), the
act-word counts and the weight of a first name's sex, set on the dev split of HRDsAttack
(``benchmarks/event_fields_dev.py``).

Perpetrator: :mod:`events.perpetrators` (:func:`find_perpetrator`, re-exported here). A crime report
(:func:`perpetrators.crime_doer`: "man charged with kidnapping", "court jails man for beating
workers") changes the victims and violation types too: the persons it only says were arrested /
charged / jailed are the doers, not victims, and its arrests code no arbitrary detention.

Violation types (:func:`violation_types_of`): the sub-event type of the main report
(Arrests, Protest with intervention -> arbitrary detention; Abduction/forced disappearance ->
kidnapping; Attack with fatalities -> killing, without -> other; Sexual violence, Excessive force
-> other), the acts done to the named victims, and the act words of the whole article, a type
being coded when its words occur often enough (:data:`MIN_ACT_COUNT`, headline words count
twice): killed/murdered/executed -> killing; abducted/kidnapped -> kidnapping;
arrested/detained/jailed/sentenced -> arbitrary detention; tortured -> torture; "enforced
disappearance"/"disappeared" -> enforced disappearance; beaten/threatened/harassed/raped/attacked
-> other. No type -> ``unknown``.

Victims (:func:`find_victims`): every PERSON entity, grouped by shared name tokens
(:func:`person_evidence`), is scored on what the parse says of its mentions (:func:`victim_score`,
a logistic regression over :func:`person_features`): the patient of an act word (the passive
subject or the object of "arrest", "kill", "abduct" ..., "the arrest of X", "X's detention", "X,
who was detained", "X died in custody", a headline's "X arrested"), a mention in a sentence with an
act word, minus the doer of an act ("X killed ...", "X was charged with the kidnapping", "the
suspect X"), the speaker ("..., X said", "his lawyer X said") and a holder of public office
("President X"); role words (attached to the name or in its sentence), conjoined names ("X, Y and
Z") and headline mentions raise it. A victim
is named by the first full (multi-word) form the article uses (titles and role words such as "Mr",
"Activist" dropped). Per victim: ``types`` from the role words attached to its mentions
(journalist/reporter/editor/blogger/writer/poet -> journalist; unionist/"union" -> trade unionist;
activist/lawyer/defender/campaigner -> human rights defender; without one of its own, the role words
of the sentence of its first mention, :data:`SENTENCE_ROLES`; none -> insufficient information);
``sex`` from the first gendered pronoun after each mention (within two sentences), titles
(Mr/Mrs/Ms) and the first name (:mod:`events.namesex`, weighted :data:`NAME_SEX_WEIGHT`), ``unknown``
without any; ``age_group`` child from "boy/girl/child/teenager/N-year-old
(N < 18)" next to the name, else adult; ``population_type`` individual. Groups of unnamed victims
("three journalists were arrested") follow (:func:`find_groups`) with ``name`` None and population
``multiple``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from itertools import compress
from typing import Any

from ..records import Article, EventReport, Victim, Violation
from .article_text import title_end_of as _title_end
from .doctables import doc_is_punct
from .namesex import name_sex
from .perpetrators import PERPETRATOR_TYPES, crime_doer, find_perpetrator, perpetrator_type_of
from .story import sentence_of, sentences
from .words import doc_ents, doc_heads, doc_words, lemma_lowers, span_text, words_of

log = logging.getLogger(__name__)

__all__ = ["PERPETRATOR_TYPES", "VICTIM_TYPES", "VIOLATION_TYPES", "describe_violation", "find_perpetrator",
           "find_victims", "perpetrator_type_of", "violation_types_of"]

VIOLATION_TYPES = ("killing", "kidnapping", "arbitrary detention", "torture", "enforced disappearance",
                   "other", "unknown")
VICTIM_TYPES = ("human rights defender", "journalist", "trade unionist", "insufficient information")

# -- lexicons -----------------------------------------------------------------------------------
#: lemma of an act word -> the violation type it names
ACT_LEMMAS: dict[str, str] = {}
for _type, _words in (
    ("killing", "kill murder assassinate execute slay behead lynch massacre killing assassination execution "
                "slaying beheading lynching homicide"),
    ("kidnapping", "kidnap abduct abduction kidnapping hostage snatch"),
    ("arbitrary detention", "arrest detain jail imprison incarcerate sentence convict remand detention "
                            "imprisonment incarceration custody jailing arrest"),
    ("torture", "torture"),
    ("enforced disappearance", "disappear disappearance"),
    ("other", "beat assault attack threaten harass intimidate rape injure wound stab shoot raid deport expel "
              "charge prosecute persecute beating assault harassment intimidation threat rape shooting stabbing "
              "hack surveil abuse mistreat flog whip lash"),
):
    for _w in _words.split():
        ACT_LEMMAS.setdefault(_w, _type)

#: act words that make a patient a victim (ACT_LEMMAS plus verbs of harm without their own type)
_PATIENT_EXTRA = frozenset("hold release free silence target punish ban censor sue fine dismiss".split())
#: a person who is the subject of these died / vanished ("X died in custody")
_SUBJECT_HARM = {"die": "killing", "disappear": "enforced disappearance", "vanish": "enforced disappearance"}

_JOURNALIST = frozenset("""journalist journalists reporter reporters editor editors correspondent correspondents
    photographer photographers photojournalist photojournalists blogger bloggers broadcaster broadcasters
    columnist columnists cameraman cameramen newsman publisher anchor presenter newscaster videographer
    commentator writer writers author authors novelist novelists poet poets translator""".split())
_UNIONIST = frozenset("unionist unionists syndicalist syndicalists".split())
_HRD = frozenset("""activist activists defender defenders lawyer lawyers advocate advocates campaigner
    campaigners environmentalist environmentalists""".split())
_UNION_HEADS = frozenset("leader leaders president chairman chairperson secretary official member members".split())

_MALE = frozenset("he him his himself".split())
_FEMALE = frozenset("she her hers herself".split())
_MALE_TITLES = frozenset("mr mr. sir father brother son husband king prince sheikh".split())
_FEMALE_TITLES = frozenset("mrs mrs. ms ms. miss madam mother sister daughter wife queen princess".split())
_MALE_NOUNS = frozenset("man boy father husband son brother".split())
_FEMALE_NOUNS = frozenset("woman girl mother wife daughter sister".split())
_CHILD_WORDS = frozenset("child children boy boys girl girls teen teenager teenagers minor minors schoolboy "
                         "schoolgirl schoolgirls schoolboys juvenile infant baby toddler kid kids".split())
_TITLES = frozenset("""mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir madam rev rev. father fr fr.
    sheikh imam pastor judge hon hon. gen gen. col col. capt capt. lt sgt chief prince alhaji alh md mohd comrade
    engr engr. barrister bishop ustaz""".split())
_AGE_RE = re.compile(r"\b(\d{1,2})[- ]year[- ]old\b|\baged (\d{1,2})\b|, (\d{1,2}),")

# -- violation types ----------------------------------------------------------------------------
_SUB_EVENT_VIOLATIONS = {
    "Arrests": "arbitrary detention",
    "Abduction/forced disappearance": "kidnapping",
    "Sexual violence": "other",
    "Excessive force against protesters": "other",
    "Protest with intervention": "arbitrary detention",
}


def _tokens_among(doc: Any, words: list[str], among: AbstractSet[str]) -> Iterable[Any]:
    """The tokens whose word in ``words`` (one of :func:`words.doc_words`' lists) is in ``among``:
    a set test on the doc's word table (run in C: ``map`` and ``compress``), building a Python token only
    for those."""
    for i in compress(range(len(words)), map(among.__contains__, words)):
        yield doc[i]


#: the act lemmas as a lemma may spell them (lower, Title and UPPER case)
_ACT_LEMMA_FORMS = frozenset(f for w in ACT_LEMMAS for f in (w, w.title(), w.upper()))


def _act_tokens(doc: Any) -> Iterable[tuple[Any, str]]:
    for tok in _tokens_among(doc, doc_words(doc)[2], _ACT_LEMMA_FORMS):
        vtype = ACT_LEMMAS.get(tok.lemma_.lower())
        if vtype is None:
            continue
        if tok.pos_ not in ("VERB", "NOUN", "ADJ"):
            continue
        yield tok, vtype


def violation_types_of(article: Article, report: EventReport | None, *,
                       victims: list[Victim] | None = None, crime: str | None = None) -> list[str]:
    """The violation types of the article's main event (see the module doc), in VIOLATION_TYPES order.
    ``crime`` (a crime report, :func:`perpetrators.crime_doer`): its arrests are the police's answer
    to the violation, not one; "arbitrary detention" is not coded."""
    found: set[str] = set()
    if report is not None:
        sub = report.sub_event_type
        if sub in _SUB_EVENT_VIOLATIONS:
            found.add(_SUB_EVENT_VIOLATIONS[sub])
        if report.fatalities.count > 0:
            found.add("killing")
        elif sub in ("Attack",):
            found.add("other")
    for v in victims or []:
        if v.name:  # the acts done to named victims (a group noun's act is often background)
            found.update(v.violations)
    doc = article.doc
    if doc is not None:
        counts: dict[str, int] = {}
        title_end = _title_end(article)
        for tok, vtype in _act_tokens(doc):
            weight = 2 if tok.idx < title_end else 1
            counts[vtype] = counts.get(vtype, 0) + weight
        low = article.text.lower()
        if "enforced disappearance" in low or "forcibly disappeared" in low:
            counts["enforced disappearance"] = counts.get("enforced disappearance", 0) + 2
        for vtype, n in counts.items():
            if n >= MIN_ACT_COUNT.get(vtype, 2):
                found.add(vtype)
    if crime is not None:  # a crime report's arrests are of its doers: no arbitrary detention
        found.discard("arbitrary detention")
    if not found:
        return ["unknown"]
    return [t for t in VIOLATION_TYPES if t in found]


#: how many act words (headline words count twice) name a violation type before it is coded
#: (one at a time on the dev split of HRDsAttack: benchmarks/event_fields_dev.py)
MIN_ACT_COUNT = {"killing": 2, "kidnapping": 4, "arbitrary detention": 2, "torture": 1,
                 "enforced disappearance": 4, "other": 3}


# -- victims ------------------------------------------------------------------------------------
def _act_of(tok: Any) -> str | None:
    lemma = tok.lemma_.lower()
    if lemma in ACT_LEMMAS:
        return ACT_LEMMAS[lemma]
    if lemma in _PATIENT_EXTRA:
        return ""
    return None


def _passive(verb: Any) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.tag_ == "VBN"


def patient_act(tok: Any, *, depth: int = 0) -> tuple[Any, str] | None:
    """(act token, violation type or "") when ``tok`` (a name's head) is the patient of an act word:
    "X was arrested", "police arrested X", "the arrest of X", "X's detention", "X, who was
    detained", "X died in custody"; through conjuncts and appositions ("arrested X and Y")."""
    if depth > 3:
        return None
    head = tok.head
    dep = tok.dep_
    if dep == "nsubjpass" or (dep == "nsubj" and head.pos_ == "VERB" and _passive(head) and head.tag_ == "VBN"):
        act = _act_of(head)
        if act is not None:
            return head, act
    if dep == "nsubj" and head.tag_ in ("VBD", "VBN") and not _has_object(head) \
            and not any(c.dep_ == "aux" for c in head.children):
        act = _act_of(head)  # a headline's reduced passive: "Jimmy Lai arrested under security law"
        if act is not None:
            return head, act
    if dep == "nsubj" and head.lemma_.lower() in _SUBJECT_HARM:
        return head, _SUBJECT_HARM[head.lemma_.lower()]
    if dep in ("dobj", "obj") and head.pos_ == "VERB":
        act = _act_of(head)
        if act is not None:
            return head, act
    if dep == "pobj" and head.lower_ in ("of", "on", "against") and head.head.pos_ == "NOUN":
        act = _act_of(head.head)
        if act:
            return head.head, act
    if dep == "poss" and head.pos_ == "NOUN":
        act = _act_of(head)
        if act:
            return head, act
    for child in tok.children:  # "X, who was arrested on Monday"
        if child.dep_ == "relcl":
            if any(c.dep_ == "nsubjpass" and c.lower_ in ("who", "that", "whom") for c in child.children):
                act = _act_of(child)
                if act is not None:
                    return child, act
    if dep in ("conj", "appos", "compound") and head is not tok:
        return patient_act(head, depth=depth + 1)
    return None


_ROLE_WORDS = _JOURNALIST | _UNIONIST | _HRD
#: words a name entity may wrongly run into ("Daniel Pearl Murder Case")
_NAME_TAIL_STOP = frozenset("case trial verdict family lawyer lawyers murder killing abduction arrest death "
                            "detention release sentence".split())


def _clean_name(span: Any) -> str:
    """The span's text without titles and role words before it, possessive ends, punctuation and the
    words of :data:`_NAME_TAIL_STOP` after it (read on the doc's word tables)."""
    doc = span.doc
    lowers, punct = doc_words(doc)[1], doc_is_punct(doc)
    a, b = span.start, span.end
    while a < b and (lowers[a] in _TITLES or lowers[a] in _ROLE_WORDS or punct[a]):
        a += 1
    while a < b and (lowers[b - 1] in ("'s", "’s", "'") or punct[b - 1] or lowers[b - 1] in _NAME_TAIL_STOP):
        b -= 1
    if a >= b:
        return ""
    return span_text(doc[a:b])


@dataclass(slots=True)
class _Person:
    names: list[str] = field(default_factory=list)
    spans: list[Any] = field(default_factory=list)
    acts: list[str] = field(default_factory=list)
    patient_mentions: int = 0
    first_patient: int | None = None


def _name_tokens(name: str) -> list[str]:
    return [w for w in _NAME_WORD.findall(name.lower()) if len(w) > 1]


_NAME_WORD = re.compile(r"[\w’'-]+")


def _place_chars(article: Article) -> set[int]:
    """Start offsets of the resolved place mentions (spaCy sometimes tags a town as a PERSON) and of the
    named actors ("Boko Haram" is no person's name)."""
    return ({m.start for m in article.place_mentions if m.place is not None}
            | {m.start for m in article.actor_mentions if not m.generic})


#: ORG/GPE/NORP entities that look like a person's name are read as persons (the small English
#: model often labels an unfamiliar full name "Narges Mohammadi" as an organisation): not these
_ORG_WORDS = frozenset("""company committee ministry party union association university college school news
    times post agency police army court council foundation institute network group inc ltd corporation
    bank media tv radio daily press club league federation front movement forces government department
    office centre center commission international watch amnesty reporters church mosque hospital prison
    airport station street road avenue square bureau service services organisation organization""".split())


def _looks_like_name(ent: Any) -> bool:
    """An ORG/GPE/NORP entity of 2-4 capitalised proper-noun tokens with no organisation word."""
    if ent.label_ not in ("ORG", "GPE", "NORP") or not 2 <= len(ent) <= 4:
        return False
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha and t.lower_ not in _ORG_WORDS
               for t in ent)


def _group_people(doc: Any, *, skip_starts: AbstractSet[int] = frozenset()) -> list[_Person]:
    """PERSON entities grouped by a shared name token: a multi-word name by its last token
    ("Peter Magombeyi" / "Mr Magombeyi"), a one-word name by any token of a longer one ("Xu" /
    "Xu Zhiyong")."""
    people: list[_Person] = []
    by_last: dict[str, _Person] = {}
    by_any: dict[str, _Person] = {}
    ents = sorted((e for e in doc_ents(doc) if e.label_ == "PERSON" or _looks_like_name(e)),
                  key=lambda e: (-len(e), e.start))
    for ent in ents:
        if ent.start_char in skip_starts:
            continue
        name = _clean_name(ent)
        words = _name_tokens(name)
        if not words or not any(c.isupper() for c in name):
            continue
        if len(words) > 1:
            person = by_last.get(words[-1])
        else:
            person = by_last.get(words[0]) or by_any.get(words[0])
        if person is None:
            person = _Person()
            people.append(person)
            by_last.setdefault(words[-1], person)
            for w in words:
                by_any.setdefault(w, person)
        person.names.append(name)
        person.spans.append(ent)
    return people


#: words that make a name the doer of an act, not its victim
_DOER_WORDS = frozenset("""suspect suspects kidnapper kidnappers killer killers gunman assailant attacker abductor
    accused murderer perpetrator culprit convict""".split())
_CHARGE_HEADS = frozenset("charge convict accuse suspect sentence arrest jail indict try".split())


#: acts a person is charged with / convicted of as their doer
_CRIMES = frozenset(w for w, t in ACT_LEMMAS.items() if t in ("killing", "kidnapping", "torture")) | frozenset(
    "assault rape stab shoot beat abuse attack".split())


def _has_object(verb: Any) -> bool:
    return any(c.dep_ in ("dobj", "obj") for c in verb.children)


def doer_act(tok: Any) -> bool:
    """Whether ``tok`` (a name's head) did an act: the active subject of an act verb ("X killed the
    journalist"), or a person charged with / convicted of / arrested for an act ("X was charged with
    the kidnapping"), or named a suspect / kidnapper."""
    head = tok.head
    if tok.dep_ == "nsubj" and head.pos_ == "VERB" and _has_object(head) and head.lemma_.lower() in ACT_LEMMAS:
        return True
    verb = head if tok.dep_ in ("nsubjpass", "nsubj", "dobj") else None
    if verb is not None and verb.lemma_.lower() in _CHARGE_HEADS:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "of", "for", "over", "in"):
                if any(t.lemma_.lower() in _CRIMES for t in prep.subtree):
                    return True
    near = [t for t in tok.children if t.dep_ in ("appos", "compound", "amod")]
    if tok.dep_ == "appos":
        near.append(head)
    return any(t.lemma_.lower() in _DOER_WORDS for t in near)


#: The words :func:`_roles_near` gives a role for (a token's lower case)
_ROLE_NEAR_WORDS = _JOURNALIST | _UNIONIST | _HRD | {"union", "unions", "rights"}


def _roles_near(span: Any) -> list[str]:
    """Role nouns attached to a name: "journalist X", "X, a reporter", "X, the union leader",
    "X is an activist"."""
    roles: list[str] = []
    root = span.root
    doc = span.doc
    if not _role_word_within(doc, root, span.start):
        return roles  # no role word in the reach of the name (its clause, the four words before it)
    cands = [t for t in root.children if t.dep_ in ("compound", "appos", "amod", "nmod")]
    cands += [t for t in doc[max(span.start - 4, 0) : span.start] if t.pos_ in ("NOUN", "PROPN", "ADJ")]
    if root.dep_ == "appos":
        cands.append(root.head)
    for c in list(cands):
        cands.extend(t for t in c.subtree if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.i != root.i)
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
        cands.extend(t for t in root.head.children if t.dep_ == "attr")
    for t in cands:
        if span.start <= t.i < span.end:
            continue
        w = t.lower_
        if w in _JOURNALIST or w in _UNIONIST or w in _HRD or w in ("union", "unions"):
            roles.append(w)
        elif w == "rights" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _HRD:
            roles.append("rights " + doc[t.i + 1].lower_)
    return roles


ROLE_AT_KEY = "eventwire_role_word_at"


def _role_word_within(doc: Any, root: Any, start: int) -> bool:
    """Whether a token whose lower case is in :data:`_ROLE_NEAR_WORDS` lies under ``root``, its head or
    one of the four tokens before ``start`` (the only tokens :func:`_roles_near` reads): found by
    walking up the doc's head table from each such token (their indexes kept on the doc)."""
    at = doc.user_data.get(ROLE_AT_KEY)
    if at is None or at[0] != len(doc):
        lows = doc_words(doc)[1]
        at = doc.user_data[ROLE_AT_KEY] = (len(doc), [i for i, w in enumerate(lows) if w in _ROLE_NEAR_WORDS])
    if not at[1]:
        return False
    heads = doc_heads(doc)
    a, b, lo = root.i, heads[root.i], max(start - 4, 0)
    for i in at[1]:
        for _ in range(len(heads)):
            if i == a or i == b or lo <= i < start:
                return True
            if heads[i] == i:
                break
            i = heads[i]
    return False


def _types_of(roles: Iterable[str]) -> list[str]:
    words = set(roles)
    types = []
    if words & _HRD or any(w.startswith("rights ") for w in words):
        types.append("human rights defender")
    if words & _JOURNALIST:
        types.append("journalist")
    if words & _UNIONIST or "union" in words or "unions" in words:
        types.append("trade unionist")
    return types or ["insufficient information"]


#: how many sentences after a name's own one may hold its pronoun; the sex of a name without one
SEX_SENTENCES = 2
SEX_DEFAULT = "unknown"


#: the weight of the sex a first name suggests (:mod:`events.namesex`) against the pronoun votes (one
#: per mention) and titles (two); the smallest of the best on the dev split (0.5 .. 10)
NAME_SEX_WEIGHT = 2.5


def _sex_of(spans: list[Any], name: str = "") -> tuple[str, str | None]:
    """(sex, basis): the votes of titles, appositions and the first pronoun after each mention,
    and of the first name (:func:`namesex.name_sex`, weight :data:`NAME_SEX_WEIGHT`); the basis is
    "text" when the text's own votes give the answer, "first name" when the name decides it, None
    for the default."""
    male = female = 0.0
    for span in spans:
        doc = span.doc
        lowers = doc_words(doc)[1]
        before = lowers[span.start - 1] if span.start > 0 else None
        if before is not None and before in _MALE_TITLES:
            male += 2
        if before is not None and before in _FEMALE_TITLES:
            female += 2
        for t in span.root.children:
            if t.dep_ == "appos" and t.lemma_.lower() in _MALE_NOUNS:
                male += 1
            if t.dep_ == "appos" and t.lemma_.lower() in _FEMALE_NOUNS:
                female += 1
        sent = _sent_of(span)
        end = sent.end
        sents, index, _text = sentences(doc)
        for _ in range(SEX_SENTENCES):
            if end >= len(doc):
                break
            j = index.get(end)  # the sentence that starts there
            end = sents[j].end if j is not None else doc[end].sent.end
        for i in range(span.end, end):  # the first gendered pronoun after the name
            if lowers[i] in _MALE:
                male += 1
                break
            if lowers[i] in _FEMALE:
                female += 1
                break
    by_text = "man" if male > female else "woman" if female > male else None
    by_name = name_sex(name) if name and NAME_SEX_WEIGHT else None
    if by_name == "man":
        male += NAME_SEX_WEIGHT
    elif by_name == "woman":
        female += NAME_SEX_WEIGHT
    sex = "man" if male > female else "woman" if female > male else None
    if sex is None:
        return SEX_DEFAULT, None
    return sex, "text" if sex == by_text else "first name"


def _age_of(spans: list[Any]) -> str:
    for span in spans:
        sent = _sent_of(span)
        lo, hi = max(span.start - 3, sent.start), min(span.end + 8, sent.end)
        window = span.doc[lo:hi]
        if any(t.lower_ in _CHILD_WORDS for t in window):
            return "child"
        for m in _AGE_RE.finditer(window.text):
            age = int(next(g for g in m.groups() if g))
            if age < 18:
                return "child"
    return "adult"


_SPEECH = frozenset("say tell add state write note claim report announce accord insist warn urge call".split())
#: mentions of a person in sentences with an act word (not as its doer, not as a speaker) that make
#: the person a victim without a parse link; a headline mention counts TITLE_WEIGHT
NEAR_MIN = 2.0
TITLE_WEIGHT = 2.0


def _near_act(span: Any, title_end: int) -> bool:
    """Whether a name stands in a sentence with an act word and is not its speaker ("..., X said")."""
    root = span.root
    if root.dep_ in ("nsubj",) and root.head.lemma_.lower() in _SPEECH:
        return False
    sent = _sent_of(span)
    if _NEAR_WORDS.isdisjoint(words_of(sent)):
        return False
    low_title = span.start_char < title_end
    doc = span.doc
    words = doc_words(doc)[1] if low_title else lemma_lowers(doc)
    for i in range(sent.start, sent.end):
        if span.start <= i < span.end:
            continue
        lemma = words[i]
        if lemma in ACT_LEMMAS or (low_title and _ACT_FORMS.get(lemma)):
            return True
    return False


#: inflected act words as a headline writes them (its parse is often poor: "Arrested", "Jailed")
_ACT_FORMS = {f: t for w, t in ACT_LEMMAS.items()
              for f in (w, w + "ed", w + "d", w + "s", (w[:-1] if w.endswith("e") else w) + "ing")}
_ACT_FORMS.update({"shot": "other", "held": "arbitrary detention", "freed": "", "slain": "killing",
                   "beaten": "other", "kidnapped": "kidnapping", "jailed": "arbitrary detention"})
_NEAR_WORDS = frozenset(ACT_LEMMAS) | frozenset(_ACT_FORMS)  # a sentence without any has no act near a name


#: weights of the person features (:func:`person_features`) of the victim score, a logistic regression
#: fitted on the dev split of HRDsAttack (benchmarks/event_fields_dev.py); a person is a victim when
#: the score is above VICTIM_THRESHOLD
VICTIM_WEIGHTS: dict[str, float] = {  # benchmarks/victims_fit.py (C=0.3, its best dev threshold)
    "bias": -2.15, "patient": 0.98, "any_patient": 1.19, "near": 1.24, "doer": -0.39, "speaker": -0.59,
    "mentions": -0.43, "in_title": 0.29, "role": 0.26, "position": -0.28, "multiword": 0.81, "in_main": 0.42,
    "people": -0.38, "office": -1.15, "nroles": 0.8, "crime_enf": -1.02, "sent_role": 0.77, "listed": 1.0,
}
VICTIM_THRESHOLD = -1.125


@dataclass(slots=True)
class PersonEvidence:
    """What the article says about one person (all mentions grouped)."""

    name: str
    spans: list[Any]
    patient: int = 0  # mentions as the patient of an act
    near: int = 0  # other mentions in a sentence with an act word (not as speaker or doer)
    doer: int = 0  # mentions as the doer of an act
    speaker: int = 0  # mentions as the subject of "say", "tell" ...
    in_title: bool = False
    office: int = 0  # mentions after a title of public office ("President X", "minister X")
    sent_role: int = 0  # mentions in a sentence with a role word (journalist, activist ...)
    listed: int = 0  # mentions conjoined with another person ("X, Y and Z")
    roles: list[str] = field(default_factory=list)
    acts: list[str] = field(default_factory=list)
    first: int = 0  # offset of the first mention


#: titles of public office: a head of state, a minister, a spokesman is seldom the victim
_OFFICE = frozenset("""president vice-president minister premier dictator king queen governor spokesman spokesperson
    spokeswoman senator chancellor ambassador commissioner mayor chief secretary-general leader""".split())
#: ... unless of a union, an association, the opposition, or a former one
_OFFICE_GUARD = frozenset("union association opposition former ex late activist party".split())


def _after_office(span: Any) -> bool:
    prev = doc_words(span.doc)[1][max(span.start - 3, 0) : span.start]
    return bool(prev) and prev[-1] in _OFFICE and not set(prev) & _OFFICE_GUARD


def _is_speaker(root: Any) -> bool:
    """The subject of "say", "tell" ..., also through an apposition ("his lawyer X said")."""
    if root.dep_ in ("appos", "compound") and root.head.dep_ == "nsubj":
        root = root.head
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in _SPEECH


def person_evidence(article: Article) -> list[PersonEvidence]:
    """Every person the article names, with the evidence that it was (or did) the act."""
    doc = article.doc
    if doc is None:
        return []
    title_end = _title_end(article)
    lowers = doc_words(doc)[1]
    has_roles = not _ROLE_NEAR_WORDS.isdisjoint(lowers)
    out: list[PersonEvidence] = []
    for person in _group_people(doc, skip_starts=_place_chars(article)):
        ordered = sorted(zip(person.spans, person.names, strict=True), key=lambda sn: sn[0].start)
        # the first full name the article uses ("Peter Magombeyi" before "Mugombeyi", "Mr Magombeyi")
        name = next((n for _, n in ordered if len(_name_tokens(n)) > 1), ordered[0][1])
        ev = PersonEvidence(name=name, spans=person.spans, first=min(sp.start_char for sp in person.spans))
        for span in person.spans:
            root = span.root
            if span.start_char < title_end:
                ev.in_title = True
            if _after_office(span):
                ev.office += 1
            if doer_act(root):
                ev.doer += 1
                continue
            hit = patient_act(root)
            if hit is not None:
                ev.patient += 1
                if hit[1]:
                    ev.acts.append(hit[1])
            elif _is_speaker(root):
                ev.speaker += 1
            elif _near_act(span, title_end):
                ev.near += 1
            sent = _sent_of(span)
            if not _ROLE_WORDS.isdisjoint(words_of(sent)) and any(
                    lowers[i] in _ROLE_WORDS for i in range(sent.start, sent.end) if not span.start <= i < span.end):
                ev.sent_role += 1
            if root.dep_ in ("conj", "appos") and root.head.ent_type_ == "PERSON" or any(
                    c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in root.children):
                ev.listed += 1
        # (no role word in the doc: no span has one near it)
        ev.roles = [r for span in person.spans for r in _roles_near(span)] if has_roles else []
        out.append(ev)
    return out


def person_features(ev: PersonEvidence, article: Article, *, report: EventReport | None = None,
                    people: int = 1, crime: bool = False) -> dict[str, float]:
    """The features of the victim score of one person (``people``: how many persons the article
    names; ``report``: the main event, whose sentence a victim is often named in; ``crime``: the
    article is a crime report, :func:`perpetrators.crime_doer`)."""
    import math

    n = len(ev.spans)
    in_main = report is not None and any(report.evidence.start <= sp.start_char < report.evidence.end
                                         for sp in ev.spans)
    return {
        "in_main": float(in_main),
        "people": math.log1p(people),
        "bias": 1.0,
        "patient": math.log1p(ev.patient),
        "any_patient": float(ev.patient > 0),
        "near": math.log1p(ev.near),
        "doer": math.log1p(ev.doer),
        "speaker": math.log1p(ev.speaker),
        "mentions": math.log1p(n),
        "in_title": float(ev.in_title),
        "role": float(bool(ev.roles)),
        "position": ev.first / max(len(article.text), 1),
        "multiword": float(len(_name_tokens(ev.name)) > 1),
        "office": math.log1p(ev.office),
        "nroles": math.log1p(len(set(ev.roles))),
        "sent_role": math.log1p(ev.sent_role),
        "listed": math.log1p(ev.listed),
        # a crime report: the person arrested / charged / jailed is its doer, not a victim
        "crime_enf": float(crime and ev.patient > 0 and set(ev.acts) <= _ENFORCEMENT_ACTS),
    }


def victim_score(ev: PersonEvidence, article: Article, *, report: EventReport | None = None,
                 people: int = 1, crime: bool = False) -> float:
    """The victim score of a person (> VICTIM_THRESHOLD: a victim)."""
    feats = person_features(ev, article, report=report, people=people, crime=crime)
    if not VICTIM_WEIGHTS:  # no fitted weights: a patient link that outweighs the doer links
        return 1.0 if ev.patient > ev.doer else -1.0
    return sum(VICTIM_WEIGHTS.get(k, 0.0) * v for k, v in feats.items())


#: in a crime report (:func:`perpetrators.crime_doer`), persons who are only the patients of these
#: acts (arrested, charged, jailed) are the doers of the crime, not victims
_ENFORCEMENT_ACTS = frozenset({"arbitrary detention", "other"})


def find_victims(article: Article, report: EventReport | None = None, *, crime: str | None | bool = False) -> list[Victim]:
    """The named victims of the article (persons the evidence score ranks as the patient of a
    violation; see the module doc), in order of their first mention. ``crime``: the article's
    :func:`perpetrators.crime_doer` when the caller has it (False: read it here)."""
    victims: list[Victim] = []
    people = person_evidence(article)
    if crime is False:
        crime = crime_doer(article) if article.doc is not None else None
    is_crime = crime is not None
    for ev in people:
        if is_crime and ev.patient and set(ev.acts) <= _ENFORCEMENT_ACTS:
            continue  # a crime report: the person arrested / charged / jailed is its doer
        if victim_score(ev, article, report=report, people=len(people), crime=is_crime) <= VICTIM_THRESHOLD:
            continue
        sex, basis = _sex_of(ev.spans, ev.name)
        types = _types_of(ev.roles or (_sentence_roles(ev.spans) if SENTENCE_ROLES else []))
        victims.append(Victim(
            name=ev.name, population_type="individual", types=types, sex=sex, sex_basis=basis,
            age_group=_age_of(ev.spans), roles=sorted(set(ev.roles)),
            violations=[t for t in VIOLATION_TYPES if t in ev.acts], start=ev.first,
            end=ev.first + len(ev.spans[0].text), mentions=ev.patient))
    victims.sort(key=lambda v: v.start or 0)
    victims.extend(find_groups(article))
    return victims


#: a victim without a role word of its own takes those of the sentences it is named in ("Police
#: arrested two journalists, X and Y"), at most SENTENCE_ROLES of its mentions' sentences (0: none)
SENTENCE_ROLES = 1


def _sent_of(span: Any) -> Any:
    """``span.sent``: the doc's kept sentence that holds the span whole (story.sentence_of; ``Span.sent``
    walks the doc for the edges on every call)."""
    sent = sentence_of(span.doc, span.start)
    if sent.start <= span.start and span.end <= sent.end:
        return sent
    return span.sent


def _sentence_roles(spans: list[Any]) -> list[str]:
    roles: list[str] = []
    for span in sorted(spans, key=lambda sp: sp.start)[:SENTENCE_ROLES]:
        sent = _sent_of(span)
        lowers = doc_words(span.doc)[1]
        roles.extend(lowers[i] for i in range(sent.start, sent.end)
                     if lowers[i] in _ROLE_WORDS and not span.start <= i < span.end)
    return roles


#: plural nouns naming people that can be the victims of an act as a group
_GROUP_NOUNS = _JOURNALIST | _UNIONIST | _HRD | frozenset("""people protesters protestors demonstrators students
    workers villagers civilians residents women men children girls boys schoolgirls schoolboys farmers
    teachers doctors members supporters critics opponents prisoners detainees worshippers pupils""".split())
_GROUP_SEX = {"women": "woman", "girls": "woman", "schoolgirls": "woman", "men": "man", "boys": "man",
              "schoolboys": "man"}
_GROUP_CHILD = frozenset("children girls boys schoolgirls schoolboys pupils".split())


def find_groups(article: Article) -> list[Victim]:
    """Groups of unnamed victims: a plural people noun that is the patient of an act ("three
    journalists were arrested", "gunmen abducted 27 students"), one per noun, in text order."""
    doc = article.doc
    if doc is None:
        return []
    seen: set[str] = set()
    groups: list[Victim] = []
    for tok in _tokens_among(doc, doc_words(doc)[1], _GROUP_NOUNS):
        word = tok.lower_
        if tok.tag_ != "NNS" or word not in _GROUP_NOUNS or word in seen:
            continue
        hit = patient_act(tok)
        if hit is None or doer_act(tok):
            continue
        seen.add(word)
        roles = [word] if word in _JOURNALIST | _UNIONIST | _HRD else []
        groups.append(Victim(
            name=None, population_type="multiple", types=_types_of(roles), sex=_GROUP_SEX.get(word, "unknown"),
            age_group="child" if word in _GROUP_CHILD else "unknown", roles=roles,
            violations=[hit[1]] if hit[1] else [], start=tok.idx, end=tok.idx + len(tok.text), mentions=1))
    return groups


def describe_violation(article: Article, report: EventReport | None) -> Violation:
    """Perpetrator, violation types and victims of ``report``, the article's main event (None: the
    article codes no event; the victims and violation words of its text are still read)."""
    crime = crime_doer(article) if article.doc is not None else None
    mention, ptype, name = find_perpetrator(article, report, crime=crime)
    victims = find_victims(article, report, crime=crime)
    return Violation(perpetrator_mention=mention, perpetrator_type=ptype, perpetrator=name,
                     violation_types=violation_types_of(article, report, victims=victims, crime=crime),
                     victims=victims)
