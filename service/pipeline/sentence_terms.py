"""One term representation of a document's sentences, shared by every summary ranker and the digest.

Stemming is the costly part of extractive summarisation, and the similarity between
sentences is its other big cost. Both are done here once per request: a
:class:`TermStemmer` (built once per process, memoised) turns the words the
:class:`~service.pipeline.document.Document` already holds into stems, a
:class:`SentenceTerms` keeps them as a sparse count matrix, and :meth:`SentenceTerms.overlaps`
computes the one sentence-similarity structure (shared-stem counts per sentence pair) that
sumy's Reduction and TextRank formulas, the news ranker and the multi-article digest all read.
Nothing here tokenizes or re-stems.

Growth: up to :data:`DENSE_SIMILARITY_LIMIT` sentences every pair is compared; above it only
pairs at most :data:`SIMILARITY_WINDOW` sentences apart (news stories are local: a paragraph's
neighbours are its context), kept as an edge list, so time and memory grow linearly with the
text instead of quadratically.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from service.pipeline.document import Sentence

Similarity = Literal["dense", "windowed", "none"]
#: Most sentences compared all-pairs (a ~20k-word article); above it, windowed.
DENSE_SIMILARITY_LIMIT = 1000
#: In windowed mode, how many sentences before and after each sentence it is compared with.
SIMILARITY_WINDOW = 50


def pair_mode(sentences: int) -> Similarity:
    """Whether this many sentences are compared all-pairs or within the window."""
    return "dense" if sentences <= DENSE_SIMILARITY_LIMIT else "windowed"


def bincount(
    index: NDArray[np.intp], weights: NDArray[np.float64] | None = None, minlength: int = 0
) -> NDArray[np.float64]:
    """``np.bincount`` as float64 (weighted sums per sentence)."""
    return np.bincount(index, weights=weights, minlength=minlength).astype(np.float64, copy=False)


@dataclass(frozen=True)
class Overlaps:
    """Shared-stem counts ``sum_t c_i[t] * c_j[t]`` for every compared pair ``i < j`` that shares a stem,
    and each sentence's own ``sum_t c_i[t]^2`` (the diagonal): the one similarity structure of a document."""

    i: NDArray[np.intp]
    j: NDArray[np.intp]
    shared: NDArray[np.float64]
    diagonal: NDArray[np.float64]
    mode: Similarity

    def cosine(self) -> NDArray[np.float64]:
        """Cosine of the stem-count vectors for each pair (same order as ``i``/``j``)."""
        denominator = np.sqrt(self.diagonal[self.i] * self.diagonal[self.j])
        return np.divide(self.shared, denominator, out=np.zeros_like(self.shared), where=denominator > 0)


@dataclass(frozen=True)
class SentenceTerms:
    """Stemmed, stopword-free terms of some sentences as a sparse count matrix (COO).

    ``vocabulary`` names each column, so the terms of several documents can be put in one
    matrix (:meth:`concat`) without stemming again.
    """

    sentences: tuple[Sentence, ...]
    vocabulary: tuple[str, ...]
    rows: NDArray[np.intp]  # sentence of each non-zero, sorted by sentence then term
    cols: NDArray[np.intp]  # term of each non-zero
    counts: NDArray[np.float64]
    lengths: NDArray[np.float64]  # terms per sentence, with repeats (sumy's len(words))

    @property
    def n(self) -> int:
        return len(self.sentences)

    @property
    def width(self) -> int:
        return len(self.vocabulary)

    @property
    def mode(self) -> Similarity:
        return pair_mode(self.n)

    def gram(self, values: NDArray[np.float64]) -> NDArray[np.float64]:
        """``X @ X.T`` for the matrix with ``values`` at the non-zeros (all pairs: the dense mode).

        Only terms found in two or more sentences can link two sentences, so X is built
        over those columns alone (far narrower); the diagonal is summed over every term.
        """
        df = np.bincount(self.cols, minlength=self.width)
        shared = df[self.cols] >= 2
        column = np.cumsum(df >= 2) - 1
        matrix = np.zeros((self.n, int((df >= 2).sum())), dtype=np.float64)
        matrix[self.rows[shared], column[self.cols[shared]]] = values[shared]
        product = np.asarray(matrix @ matrix.T)
        np.fill_diagonal(product, bincount(self.rows, weights=values * values, minlength=self.n))
        return product

    def band(self, values: NDArray[np.float64], window: int = SIMILARITY_WINDOW) -> NDArray[np.float64]:
        """``out[i, d] = sum_t X[i, t] * X[i + d, t]`` for ``d`` in 1..window: the upper band of X @ X.T.

        Non-zeros are sorted by (term, sentence); pairs of the same term ``k`` places apart are
        matched for growing ``k`` until none is within the window, so the work is the number of
        co-occurring pairs inside the window, never n^2.
        """
        n = self.n
        flat = np.zeros(n * (window + 1), dtype=np.float64)
        order = np.lexsort((self.rows, self.cols))
        term = self.cols[order]
        sent = self.rows[order]
        val = values[order]
        alive = np.arange(len(order) - 1)
        k = 1
        while alive.size:
            partner = alive + k
            ok = partner < len(order)
            alive, partner = alive[ok], partner[ok]
            gap = sent[partner] - sent[alive]
            ok = (term[partner] == term[alive]) & (gap <= window)
            alive, partner, gap = alive[ok], partner[ok], gap[ok]
            flat += bincount(sent[alive] * (window + 1) + gap, weights=val[alive] * val[partner], minlength=flat.size)
            k += 1
        return flat.reshape(n, window + 1)

    @cached_property
    def overlaps(self) -> Overlaps:
        """The document's similarity structure, computed on first use and then shared by every reader."""
        return self.overlaps_in(self.mode)

    def overlaps_in(self, mode: Similarity) -> Overlaps:
        """The similarity structure compared all-pairs (``dense``) or within the window (``windowed``)."""
        diagonal = bincount(self.rows, weights=self.counts * self.counts, minlength=self.n)
        if mode == "dense":
            product = self.gram(self.counts)
            i, j = np.nonzero(np.triu(product, 1))
            return Overlaps(i, j, product[i, j], diagonal, "dense")
        band = self.band(self.counts)
        band[:, 0] = 0.0
        i, gap = np.nonzero(band)
        return Overlaps(i, i + gap, band[i, gap], diagonal, "windowed")

    def subset(self, keep: Sequence[int]) -> SentenceTerms:
        """The rows ``keep`` (ascending positions) as their own matrix; the vocabulary is kept as is."""
        position = np.full(self.n, -1, dtype=np.intp)
        position[np.asarray(keep, dtype=np.intp)] = np.arange(len(keep))
        mask = position[self.rows] >= 0
        return SentenceTerms(
            sentences=tuple(self.sentences[k] for k in keep),
            vocabulary=self.vocabulary,
            rows=position[self.rows[mask]],
            cols=self.cols[mask],
            counts=self.counts[mask],
            lengths=self.lengths[np.asarray(keep, dtype=np.intp)] if keep else np.zeros(0),
        )

    @staticmethod
    def concat(parts: Sequence[SentenceTerms]) -> SentenceTerms:
        """The sentences of several documents in one matrix over a joint vocabulary (no re-stemming)."""
        vocabulary: dict[str, int] = {}
        rows: list[NDArray[np.intp]] = []
        cols: list[NDArray[np.intp]] = []
        offset = 0
        for part in parts:
            remap = np.array([vocabulary.setdefault(t, len(vocabulary)) for t in part.vocabulary], dtype=np.intp)
            rows.append(part.rows + offset)
            cols.append(remap[part.cols] if part.cols.size else part.cols)
            offset += part.n
        return SentenceTerms(
            sentences=tuple(s for p in parts for s in p.sentences),
            vocabulary=tuple(vocabulary),
            rows=np.concatenate(rows) if rows else np.zeros(0, dtype=np.intp),
            cols=np.concatenate(cols) if cols else np.zeros(0, dtype=np.intp),
            counts=np.concatenate([p.counts for p in parts]) if parts else np.zeros(0),
            lengths=np.concatenate([p.lengths for p in parts]) if parts else np.zeros(0),
        )


class TermStemmer:
    """sumy's word normalisation (lower-case, drop stopwords, Snowball stem), memoised per process.

    Stemming is the costly part of preprocessing and news vocabulary repeats, so each distinct
    lower-cased word is stemmed once per process. Bounded so odd input cannot grow it forever.
    Thread-safe: the cache is a plain dict whose single-key assignments are atomic in CPython
    (a lost update only costs a recomputation).
    """

    _LIMIT = 200_000

    def __init__(self, stemmer: Callable[[str], str], stopwords: Iterable[str]):
        self._stemmer = stemmer
        self._stopwords = frozenset(w.lower() for w in stopwords)
        self._cache: dict[str, str | None] = {}

    def terms(self, words: Iterable[str]) -> list[str]:
        cache = self._cache
        out: list[str] = []
        for word in words:
            low = word.lower()
            stem = cache.get(low, "")
            if stem == "":
                stem = None if low in self._stopwords else self._stemmer(low)
                if len(cache) >= self._LIMIT:
                    cache.clear()
                cache[low] = stem
            if stem is not None:
                out.append(stem)
        return out

    def matrix(self, sentences: Sequence[Sentence]) -> SentenceTerms:
        """The one stemming pass over ``sentences`` (their words come from the shared analysis)."""
        vocabulary: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        counts: list[int] = []
        lengths: list[int] = []
        for i, s in enumerate(sentences):
            terms = self.terms(s.words)
            lengths.append(len(terms))
            bag: dict[int, int] = {}
            for term in terms:
                t = vocabulary.setdefault(term, len(vocabulary))
                bag[t] = bag.get(t, 0) + 1
            for t, c in sorted(bag.items()):
                rows.append(i)
                cols.append(t)
                counts.append(c)
        return SentenceTerms(
            sentences=tuple(sentences),
            vocabulary=tuple(vocabulary),
            rows=np.array(rows, dtype=np.intp),
            cols=np.array(cols, dtype=np.intp),
            counts=np.array(counts, dtype=np.float64),
            lengths=np.array(lengths, dtype=np.float64),
        )
