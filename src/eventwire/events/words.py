"""The words of a doc and of its sentences, read once and kept on the doc.

Some twenty sentence readers (an abduction told by where the captives were led, a base set up, a strike
of work...) each look for a token whose lemma is in a small set. Walking a spaCy span builds a Python
token object for every token, each time; with twenty readers per sentence that walk cost more than the
readers' own logic. :func:`words_of` gives every form a sentence's tokens answer to (text, lower case,
lemma, lower-cased lemma) as one set, built once per sentence, and :func:`needs_words` turns it into a
gate: a reader that cannot fire without one of its words is not called on a sentence that lacks them.
The gate is exact, not a heuristic: it only skips a reader whose every path requires such a token.
"""

from __future__ import annotations

import functools
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from typing import Any, TypeVar

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH, POS, SPACY
from spacy.parts_of_speech import NAMES as POS_NAMES

DOC_KEY = "eventwire_doc_words"
SENT_KEY = "eventwire_sentence_words"
LEMMA_LOWER_KEY = "eventwire_doc_lemma_lowers"
POS_KEY = "eventwire_doc_pos"
SPANS_KEY = "eventwire_char_spans"
TEXT_KEY = "eventwire_doc_text"
ENTS_KEY = "eventwire_doc_ents"
HEADS_KEY = "eventwire_doc_heads"
DEPS_KEY = "eventwire_doc_deps"
#: the parts of speech of names and nouns (``tokens_tagged(sent, NOMINAL)``)
NOMINAL = frozenset(("NOUN", "PROPN"))

F = TypeVar("F", bound=Callable[..., Any])


#: spaCy string hash -> string, shared by every doc (a hash names the same string in any vocab);
#: cleared when it grows past _NAMES_MAX, so a long run's memory stays bounded
_NAMES: dict[int, str] = {}
_NAMES_MAX = 500_000


#: the doc last asked of :func:`doc_words` and its tables (one tuple, replaced whole: safe across threads)
_LAST_WORDS: tuple[Any, Any] = (None, None)


def doc_words(doc: Any) -> tuple[list[str], list[str], list[str]]:
    """Each token's text, lower case and lemma, by token index (one pass over the doc, kept on it).
    Read from the doc's attribute array, not token by token: no spaCy token object is built."""
    global _LAST_WORDS
    last = _LAST_WORDS
    if last[0] is doc:  # the same doc as the last call (most calls): no look-up
        return last[1]
    got = doc.user_data.get(DOC_KEY)
    if got is None or len(got[0]) != len(doc):
        if len(doc) == 0:
            got = ([], [], [])
        else:
            table = doc.to_array([ORTH, LOWER, LEMMA])
            hashes, where = np.unique(table, return_inverse=True)  # the doc's distinct strings, and where each is
            names = _NAMES
            if len(names) > _NAMES_MAX:
                names.clear()
            strings = doc.vocab.strings
            hashes = hashes.tolist()
            for h in set(hashes).difference(names):  # set operations: no Python loop per token
                names[h] = strings[h]
            distinct = np.empty(len(hashes), dtype=object)
            distinct[:] = list(map(names.__getitem__, hashes))
            orths, lowers, lemmas = distinct[where.reshape(table.shape)].T.tolist()  # no Python int per token
            got = (orths, lowers, lemmas)
        doc.user_data[DOC_KEY] = got
    _LAST_WORDS = (doc, got)
    return got


def doc_text(doc: Any) -> str:
    """``doc.text``, joined from the word table and the doc's whitespace array (spaCy builds it from a
    token object per word)."""
    texts = doc_words(doc)[0]
    if not texts:
        return doc.text
    got = doc.user_data.get(TEXT_KEY)  # joined once per doc word table
    if got is None or got[0] is not texts:
        text = "".join([w + " " if sp else w for w, sp in zip(texts, doc.to_array(SPACY).tolist(), strict=True)])
        got = doc.user_data[TEXT_KEY] = (texts, text)
    return got[1]


def span_text(span: Any) -> str:
    """``span.text``, sliced from the doc's text (joined once per doc and kept on it): spaCy joins a
    span's text from a token object per word on every call. A Doc, or anything else, answers itself."""
    doc = getattr(span, "doc", None)
    if doc is None or doc is span or not hasattr(doc, "user_data") or not len(span):
        return span.text
    return doc_text(doc)[span.start_char : span.end_char]


def lemma_lowers(doc: Any) -> list[str]:
    """Each token's lower-cased lemma, by token index (kept on the doc)."""
    lemmas = doc_words(doc)[2]
    got = doc.user_data.get(LEMMA_LOWER_KEY)
    if got is None or len(got) != len(lemmas):
        got = [x.lower() for x in lemmas]
        doc.user_data[LEMMA_LOWER_KEY] = got
    return got


#: the span (or doc) last asked of :func:`words_of` and its forms: the same sentence object is passed to
#: a score of gated readers in turn (one tuple, replaced whole: safe across threads)
_LAST: tuple[Any, frozenset[str]] = (None, frozenset())


def words_of(span: Any) -> frozenset[str]:
    """Every form the tokens of ``span`` answer to: text, lower case, lemma and lower-cased lemma."""
    global _LAST
    last = _LAST
    if last[0] is span:
        return last[1]
    doc = getattr(span, "doc", span)  # a Span, or a whole Doc
    key = (span.start, span.end) if doc is not span else (0, len(doc))
    user = doc.user_data
    cache = user.get(SENT_KEY)
    if cache is None:
        cache = user[SENT_KEY] = {}
    got = cache.get(key)
    if got is None:
        texts, lowers, lemmas = doc_words(doc)
        lo, hi = key
        got = frozenset([*texts[lo:hi], *lowers[lo:hi], *lemmas[lo:hi], *lemma_lowers(doc)[lo:hi]])
        cache[key] = got
    _LAST = (span, got)
    return got


def tokens_with(span: Any, *, lemmas: AbstractSet[str] = frozenset(),
                lowers: AbstractSet[str] = frozenset()) -> list[Any]:
    """The tokens of ``span`` (a Span or a Doc), in order, whose lower-cased lemma is in ``lemmas`` or
    whose lower case is in ``lowers``: read on the word tables, a token object is built only for them.
    Any other sequence of tokens is read token by token."""
    if not hasattr(span, "user_data") and not (hasattr(span, "doc") and hasattr(span, "start")):
        return [t for t in span if t.lemma_.lower() in lemmas or t.lower_ in lowers]
    bit = _with_bit(lemmas, lowers)
    if bit:  # the sets' gate (see needs_words): one bit test on the span's kept mask
        last = _LAST_MASK
        mask = last[2] if last[0] is span and last[1] == _GATES[0] else gate_mask(span)
        if not mask & bit:
            return []
        forms = words_of(span)
    else:
        forms = words_of(span)
        if lemmas.isdisjoint(forms) and lowers.isdisjoint(forms):
            return []
    doc = getattr(span, "doc", span)
    lo, hi = (span.start, span.end) if doc is not span else (0, len(doc))
    # where the few words of the sets the span holds lie: found by the lists' own scans (list.count and
    # list.index), not by a Python test per token
    found: set[int] = set()
    for table, wanted in ((lemma_lowers(doc), lemmas), (doc_words(doc)[1], lowers)):
        if not wanted:
            continue
        seg = table[lo:hi]
        for w in forms.intersection(wanted):
            j = -1
            for _ in range(seg.count(w)):
                j = seg.index(w, j + 1)
                found.add(j)
    return [doc[lo + k] for k in sorted(found)]


#: (lemmas, lowers) of a :func:`tokens_with` call -> the bit of the gate of their words (see :func:`needs_words`):
#: the sets a reader passes are mostly its module's own, the same objects on every call
_WITH_BITS: dict[tuple[AbstractSet[str], AbstractSet[str]], int] = {}
#: at most this many (lemmas, lowers) pairs get a gate of their own (the others are read by set tests)
_WITH_MAX = 256


def _with_bit(lemmas: AbstractSet[str], lowers: AbstractSet[str]) -> int:
    """The gate bit of :func:`tokens_with`'s word sets (registered at their first call); 0 for sets that
    cannot be a dict's key (a ``set``) or past _WITH_MAX pairs."""
    key = (lemmas, lowers)
    try:
        bit = _WITH_BITS.get(key)
    except TypeError:  # an unhashable set
        return 0
    if bit is None:
        if len(_WITH_BITS) >= _WITH_MAX:
            return 0
        bit = _WITH_BITS[key] = _gate_bit([], frozenset(lemmas).union(lowers))
    return bit


def span_lowers(span: Any) -> list[str]:
    """The lower case of each token of ``span`` (a Span or a Doc), in order, read on the doc's word table
    (any other sequence of tokens is read token by token)."""
    if hasattr(span, "user_data"):
        return doc_words(span)[1]
    if hasattr(span, "doc") and hasattr(span, "start"):
        return doc_words(span.doc)[1][span.start : span.end]
    return [t.lower_ for t in span]


def lower_forms(span: Any) -> set[str]:
    """``{t.lower_ for t in span} | {t.lemma_.lower() for t in span}``, read on the doc's word tables
    (any other sequence of tokens is read token by token)."""
    if hasattr(span, "doc") and hasattr(span, "start") and span.doc is not span:
        doc, lo, hi = span.doc, span.start, span.end
        return set(doc_words(doc)[1][lo:hi]).union(lemma_lowers(doc)[lo:hi])
    return {t.lower_ for t in span} | {t.lemma_.lower() for t in span}


def tokens_lowered(span: Any, test: Callable[[str], bool]) -> list[Any]:
    """The tokens of ``span`` (a Span or a Doc), in order, whose lower case passes ``test``: read on the
    word table, a token object is built only for them."""
    if not hasattr(span, "user_data") and not (hasattr(span, "doc") and hasattr(span, "start")):
        return [t for t in span if test(t.lower_)]
    doc = getattr(span, "doc", span)
    lo, hi = (span.start, span.end) if doc is not span else (0, len(doc))
    lows = doc_words(doc)[1]
    return [doc[i] for i in range(lo, hi) if test(lows[i])]


def doc_pos(doc: Any) -> list[str]:
    """Each token's coarse part of speech (its ``pos_``), by token index (read off the doc's attribute
    array once, kept on the doc)."""
    got = doc.user_data.get(POS_KEY)
    if got is None or len(got) != len(doc):
        got = doc.user_data[POS_KEY] = [POS_NAMES[p] for p in doc.to_array(POS).tolist()] if len(doc) else []
    return got


def tokens_tagged(span: Any, tags: AbstractSet[str]) -> Iterator[Any]:
    """The tokens of ``span`` (a Span or a Doc), in order, whose part of speech is in ``tags``: read on
    the doc's table, a token object is built only for them (lazily: ``any`` stops at the first that
    answers). Any other sequence of tokens is read token by token."""
    if not hasattr(span, "user_data") and not (hasattr(span, "doc") and hasattr(span, "start")):
        return (t for t in span if t.pos_ in tags)
    doc = getattr(span, "doc", span)
    lo, hi = (span.start, span.end) if doc is not span else (0, len(doc))
    pos = doc_pos(doc)
    return (doc[i] for i in range(lo, hi) if pos[i] in tags)


def doc_deps(doc: Any) -> list[str]:
    """Each token's dependency label (its ``dep_``), by token index (read off the doc's attribute array
    once, kept on the doc)."""
    got = doc.user_data.get(DEPS_KEY)
    if got is None or len(got) != len(doc):
        if len(doc):
            deps = doc.to_array(DEP).tolist()
            strings = doc.vocab.strings
            names = {h: sys.intern(strings[h]) for h in set(deps)}  # interned: a label's scans match by identity
            got = list(map(names.__getitem__, deps))
        else:
            got = []
        doc.user_data[DEPS_KEY] = got
    return got


def doc_heads(doc: Any) -> list[int]:
    """Each token's head's index, by token index (read off the doc's attribute array once, kept on the
    doc): walking up the parse by ``Token.head`` builds a token object per step."""
    got = doc.user_data.get(HEADS_KEY)
    if got is None or len(got) != len(doc):
        if len(doc):
            rel = doc.to_array(HEAD).astype("int64")  # offsets to the head, stored unsigned
            got = (rel + range(len(rel))).tolist()
        else:
            got = []
        doc.user_data[HEADS_KEY] = got
    return got


CHILD_HEADS_KEY = "eventwire_heads_with_child"


def heads_with_child(doc: Any, dep: str, *, lowers: AbstractSet[str] | None = None, tag: str | None = None) -> frozenset[int]:
    """The indexes of the tokens of ``doc`` that have a child of dependency ``dep`` (whose lower case is in
    ``lowers``, whose tag is ``tag``, when given): ``any(c.dep_ == dep ... for c in tok.children)`` for every
    token at once, found by the label table's own scans (kept on the doc per question; ``lowers`` hashable)."""
    cache = doc.user_data.get(CHILD_HEADS_KEY)
    if cache is None:
        cache = doc.user_data[CHILD_HEADS_KEY] = {}
    key = (dep, lowers, tag)
    got = cache.get(key)
    if got is None:
        deps, heads, lows = doc_deps(doc), doc_heads(doc), doc_words(doc)[1]
        out, i = set(), -1
        for _ in range(deps.count(dep)):
            i = deps.index(dep, i + 1)
            if heads[i] != i and (lowers is None or lows[i] in lowers) and (tag is None or doc[i].tag_ == tag):
                out.add(heads[i])
        got = cache[key] = frozenset(out)
    return got


def head_depth(tok: Any) -> int:
    """How many heads up the parse ``tok`` lies from its root (at most 40), walked on the doc's head
    table (a token without a doc's table, a test's stand-in, by ``Token.head``)."""
    d = 0
    if getattr(getattr(tok, "doc", None), "user_data", None) is not None:
        heads, i = doc_heads(tok.doc), tok.i
        while heads[i] != i and d < 40:
            i, d = heads[i], d + 1
        return d
    while tok.head.i != tok.i and d < 40:
        tok = tok.head
        d += 1
    return d


def doc_ents(doc: Any) -> tuple[Any, ...]:
    """``doc.ents``, built once per doc and kept on it (spaCy builds a new span per entity on every
    read; nothing after the parse sets a doc's entities). Anything without ``user_data`` answers its own
    ``ents`` (or none)."""
    user = getattr(doc, "user_data", None)
    if user is None:
        return tuple(getattr(doc, "ents", ()))
    got = user.get(ENTS_KEY)
    if got is None or got[0] != len(doc):
        got = user[ENTS_KEY] = (len(doc), doc.ents)
    return got[1]


def span_ents(span: Any) -> list[Any]:
    """``span.ents`` (the doc's entities that lie wholly inside ``span``, in order), read off
    :func:`doc_ents`."""
    doc = getattr(span, "doc", None)
    if doc is None or doc is span:
        return list(doc_ents(span))
    lo, hi = span.start, span.end
    out = []
    for ent in doc_ents(doc):
        if ent.start >= lo:
            if ent.end <= hi:
                out.append(ent)
            else:
                break
    return out


_UNSET = object()


def char_span(doc: Any, start: int, end: int) -> Any:
    """``doc.char_span(start, end, alignment_mode="expand")``, kept on the doc by offsets: a place
    mention's span is asked for by several readers (where it lies, what it hangs on, what it does)."""
    cache = doc.user_data.get(SPANS_KEY)
    if cache is None:
        cache = doc.user_data[SPANS_KEY] = {}
    got = cache.get((start, end), _UNSET)
    if got is _UNSET:
        got = cache[(start, end)] = doc.char_span(start, end, alignment_mode="expand")
    return got


def per_token(key: str) -> Callable[[F], F]:
    """Decorate ``fn(tok)``, a function of a token and its parse alone, to compute it once per token: the
    results are kept on the token's doc (in ``user_data[key]``, by token index). A token without a doc
    (a test's stand-in) is not cached."""

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def cached(tok: Any) -> Any:
            user = getattr(getattr(tok, "doc", None), "user_data", None)
            if user is None:
                return fn(tok)
            cache = user.get(key)
            if cache is None:
                cache = user[key] = {}
            got = cache.get(tok.i, _UNSET)
            if got is _UNSET:
                got = cache[tok.i] = fn(tok)
            return got

        return cached  # type: ignore[return-value]

    return wrap


def needs_words(*vocab: Iterable[str] | Callable[[], Iterable[str]], empty: Callable[[], Any] = list) -> Callable[[F], F]:
    """Decorate a reader ``fn(sent, ...)`` that finds nothing unless ``sent`` has a token answering to
    one of ``vocab``'s words: on a sentence without any it returns ``empty()`` at once. A word set
    defined further down its module is given as a function returning it (read at the first call)."""
    words: list[frozenset[str]] = []

    def vocabulary() -> frozenset[str]:
        if not words:
            words.append(frozenset(w for v in vocab for w in (v() if callable(v) else v)))
        return words[0]

    bits: list[int] = []

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def gated(sent: Any, *args: Any, **kwargs: Any) -> Any:
            bit = bits[0] if bits else _gate_bit(bits, vocabulary())
            last = _LAST_MASK
            mask = last[2] if last[0] is sent and last[1] == _GATES[0] else gate_mask(sent)
            if not mask & bit:
                return empty()
            return fn(sent, *args, **kwargs)

        return gated  # type: ignore[return-value]

    return wrap


#: every word of a gate's vocabulary -> the bits of the gates (:func:`needs_words`) whose vocabulary
#: holds it: a sentence's gates are read once per sentence (one look-up per form of its words), each
#: gate is then a bit test, not a set intersection per reader and sentence
_GATE_BITS: dict[str, int] = {}
#: the words of every gate's vocabulary (the keys of _GATE_BITS, as a set: a sentence's forms meet it in C)
_GATE_WORDS: set[str] = set()
#: the number of gates registered (a sentence's mask is read again when a gate was added since)
_GATES = [0]
_GATE_LOCK = threading.Lock()
MASK_KEY = "eventwire_sentence_gates"
#: the span last asked of :func:`gate_mask`, the number of gates then and its mask (replaced whole)
_LAST_MASK: tuple[Any, int, int] = (None, -1, 0)


def _gate_bit(bits: list[int], vocab: frozenset[str]) -> int:
    """Register a gate's vocabulary (at its first call): its bit, kept in ``bits``."""
    with _GATE_LOCK:
        if not bits:
            bit = 1 << _GATES[0]
            for w in vocab:
                _GATE_BITS[w] = _GATE_BITS.get(w, 0) | bit
            _GATE_WORDS.update(vocab)
            bits.append(bit)
            _GATES[0] += 1
    return bits[0]


def gate_bit(vocab: Iterable[str]) -> int:
    """Register a vocabulary as a gate of its own and return its bit: ``gate_mask(sent) & bit`` then tells
    whether ``sent`` holds one of its words (for readers that test several vocabularies per sentence, as
    :func:`needs_words` does for one)."""
    return _gate_bit([], frozenset(vocab))


def gate_mask(span: Any) -> int:
    """The bits of the gates whose vocabulary meets :func:`words_of` ``span`` (kept per sentence)."""
    global _LAST_MASK
    gen = _GATES[0]
    last = _LAST_MASK
    if last[0] is span and last[1] == gen:
        return last[2]
    doc = getattr(span, "doc", span)
    key = (span.start, span.end) if doc is not span else (0, len(doc))
    cache = doc.user_data.get(MASK_KEY)
    if cache is None:
        cache = doc.user_data[MASK_KEY] = {}
    got = cache.get(key)
    if got is None or got[0] != gen:
        bits = _GATE_BITS
        mask = 0
        for w in words_of(span).intersection(_GATE_WORDS):  # only the forms some gate reads
            mask |= bits[w]
        got = cache[key] = (gen, mask)
    _LAST_MASK = (span, gen, got[1])
    return got[1]


def none() -> None:
    """The empty result of a reader that returns a token or None."""
    return None


def with_next_sentences(sent: Any, count: int = 2) -> list[Any]:
    """The tokens of ``sent`` and of the ``count`` sentences after it (an explosion's cause is often told
    in the next sentence or the one after)."""
    doc, toks, nxt = sent.doc, list(sent), sent.end
    for _ in range(count):
        if nxt >= len(doc):
            break
        s2 = doc[nxt].sent
        toks.extend(s2)
        nxt = s2.end
    return toks
