"""A summary ranker built for news: centrality, position, length and headline overlap, chosen without repeats.

News copy repeats the story's core in many sentences (so central sentences matter), places
the gist early, and echoes the headline. Generic rankers see one of these signals; this one
scores every candidate on several, read from the document's shared term representation
(:class:`~service.pipeline.sentence_terms.SentenceTerms`: one stemming pass, one similarity
structure, windowed past :data:`~service.pipeline.sentence_terms.DENSE_SIMILARITY_LIMIT`
sentences, shared with the other rankers and the multi-article digest):

* **centrality** -- sumy Reduction's score (a sentence's shared stems with every other
  sentence over ``log|s_i| + log|s_j|``), both as a share of the document's best and as a
  rank, plus the summed cosine similarity of stem counts;
* **position** -- the relative place in the candidates and a lead bonus ``1 / (1 + i)``,
  and whether the sentence opens a paragraph;
* **length** -- log word count;
* **headline overlap** -- share of the headline's stems the sentence contains;
* **dangling opener** -- whether it opens with a pronoun or connective, and whether the next
  sentence does (choosing this one lets that one in).

The relevance is the fitted probability (a logistic function of the features weighted by
:class:`NewsWeights`), and selection is greedy maximal marginal relevance (MMR): each pick pays a
penalty for its cosine similarity to what is already chosen, and a near-duplicate is never
picked. A sentence opening with a pronoun or connective ("He said", "But", "It") is only chosen
once its antecedent is in the summary (see :func:`_resolvers`): the candidate before it or one of
the few before that in its paragraph; for a personal pronoun also a recent sentence that names
someone; for a connective also an earlier sentence it is lexically cohesive with (it then
contrasts with or adds to something the summary says). "This week" and the like point at the
calendar and do not dangle. A dangling sentence can also come as a pair with the candidate before
it, weighed against the two best self-contained sentences; alone and unresolved it is chosen only
when nothing else is left.

The weights were fitted offline (``bench/eval_summary.py --fit``): a logistic regression, L2 = 1,
of "the candidate is in the reference summary" on these features over the **dev** split of BBC
News Summary (the first two thirds of ``bbc_dev.jsonl``: 444 articles, business, politics,
entertainment and some sport), then the redundancy penalty by ROUGE on the same split. The
held-out split (222 sport and tech articles) was never used for fitting. No reference text
is in the code: only the ten weights and the intercept.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from dataclasses import astuple, dataclass, fields

import numpy as np
from numpy.typing import NDArray
from sumy.nlp.stemmers import Stemmer

from service.pipeline.document import Document, Sentence, tokenize
from service.pipeline.resources import LanguageResources
from service.pipeline.sentence_terms import SentenceTerms, TermStemmer, bincount

NEAR_DUPLICATE = 0.7  # cosine above which two sentences say the same thing: never both chosen

# Openers that point back to an earlier sentence: the sentence is unclear without what they refer to.
PRONOUN_OPENERS = frozenset("he she it they him his her hers its their theirs them this these those that".split())
# Openers that relate the sentence to what was said before (contrast, addition, consequence, time).
CONNECTIVE_OPENERS = frozenset(
    "but and or so yet also however meanwhile nevertheless nonetheless moreover furthermore instead still then "
    "thus therefore hence besides likewise otherwise conversely".split()
)
DANGLING_OPENERS = PRONOUN_OPENERS | CONNECTIVE_OPENERS
# Openers whose referent is a named person or group: resolved by a recent summary sentence naming one.
PERSONAL_PRONOUNS = frozenset("he she they him his her hers their theirs them".split())
PERSONAL_REACH = 3  # how many candidates back a naming sentence may stand
# How many candidates back an earlier sentence of the same paragraph may stand: close enough that what the
# opener points to is still in it, and a text without paragraph breaks is not one long excuse.
PARAGRAPH_REACH = 3
# "This week", "that year": a demonstrative before a time noun points at the calendar, not at a sentence.
TIME_NOUNS = frozenset(
    "week weekend year month season summer winter spring autumn morning afternoon evening night time".split()
)
# A connective's sentence is cohesive with an earlier chosen one when their stem-count cosine reaches this:
# it then continues (contrasts with, adds to) something the summary says (see _resolvers).
COHESION = 0.2
_LENGTH_SCALE = math.log(60.0)  # log1p(words) / log(60): about 1 for a long news sentence


@dataclass(frozen=True)
class NewsWeights:
    """How much each feature counts (see the module doc for how the defaults were fitted).

    The field order up to ``dangling`` is the column order of :attr:`Features.matrix`.
    """

    position: float = -0.467  # relative place 0..1: on BBC, once centrality is known, later is no worse
    lead: float = -0.371  # 1 / (1 + i)
    centrality: float = -1.405  # Reduction score / the document's best (its rank carries the signal)
    centrality_rank: float = 6.169  # 1 - rank / n of the Reduction score
    cosine: float = 4.666  # summed cosine to the other sentences / the document's best
    length: float = -2.29  # log1p(words) / log 60: Reduction favours long sentences; this balances it
    paragraph_start: float = 0.172
    title: float = -0.062  # BBC headlines are short puns; kept for sources whose headlines echo the lede
    dangling: float = 0.132  # the selection rule below decides about dangling sentences
    antecedent: float = 0.098  # the next sentence dangles: choosing this one lets that one in too
    bias: float = -3.821  # the intercept: relevance is the fitted probability that a sentence is in a summary
    redundancy: float = 0.0  # MMR: penalty per unit of cosine to the closest chosen sentence

    def feature_weights(self) -> NDArray[np.float64]:
        return np.array(astuple(self)[: len(FEATURES)], dtype=np.float64)


FEATURES: tuple[str, ...] = tuple(f.name for f in fields(NewsWeights))[:10]


@dataclass
class Features:
    """Per-candidate signals for one document (row ``i`` is ``candidates[i]``)."""

    candidates: list[Sentence]
    terms: SentenceTerms
    matrix: NDArray[np.float64]  # n x len(FEATURES)
    dangling: list[bool]
    antecedent: list[int | None]
    resolvers: list[tuple[int, ...]]  # once chosen, any of these resolves a dangling sentence's opener
    word_counts: list[int]


class NewsRanker:
    """Scores candidates and selects a summary; built once per process, stateless per call."""

    def __init__(
        self, resources: LanguageResources, weights: NewsWeights | None = None, stemmer: TermStemmer | None = None
    ):
        self._stems = stemmer or TermStemmer(Stemmer("english"), resources.stopwords)
        self.weights = weights or NewsWeights()

    def rank(
        self,
        doc: Document,
        candidates: Sequence[Sentence],
        budget_count: int,
        max_words: int | None = None,
        weights: NewsWeights | None = None,
        terms: SentenceTerms | None = None,
    ) -> list[tuple[Sentence, float]]:
        """Choose at most ``budget_count`` candidates (and, with ``max_words``, at most that many
        words in total -- never exceeded) and return them best first, each with its relevance score
        (before the redundancy penalty). Callers sort by ``Sentence.index`` for article order.

        ``candidates`` must be in article order (as :func:`summary_candidates` returns them);
        ``terms``, when given, is their shared representation (else it is built here).
        """
        if budget_count <= 0 or not candidates:
            return []
        features = self.features(doc, candidates, terms)
        return select(features, budget_count, max_words, weights or self.weights)

    def relevance(self, doc: Document, terms: SentenceTerms) -> list[float]:
        """Each sentence's relevance (the fitted probability that it belongs in a summary)."""
        if terms.n == 0:
            return []
        return _relevance(self.features(doc, terms.sentences, terms), self.weights)

    def features(self, doc: Document, candidates: Sequence[Sentence], terms: SentenceTerms | None = None) -> Features:
        """The weight-independent part of ranking, separated so weight fitting computes it once."""
        terms = terms if terms is not None else self._stems.matrix(candidates)
        n = len(candidates)
        words = [s.words for s in candidates]  # a computed property: read once
        overlaps = terms.overlaps
        logs = np.log(np.maximum(terms.lengths, 1.0))
        norm = logs[overlaps.i] + logs[overlaps.j]
        edge = np.divide(overlaps.shared, norm, out=np.zeros_like(overlaps.shared), where=norm > 0)
        reduction = bincount(overlaps.i, edge, n) + bincount(overlaps.j, edge, n)
        cosine = overlaps.cosine()
        cosine_sum = bincount(overlaps.i, cosine, n) + bincount(overlaps.j, cosine, n)
        rank = np.empty(n)
        rank[np.argsort(-reduction, kind="stable")] = np.arange(n)
        index = np.arange(n, dtype=np.float64)
        counts = np.array([len(ws) for ws in words], dtype=np.float64)
        paragraph_start = np.array(
            [i == 0 or candidates[i - 1].paragraph != s.paragraph for i, s in enumerate(candidates)], dtype=np.float64
        )
        dangling = [_dangles(ws) for ws in words]
        matrix = np.column_stack(
            (
                index / n,
                1.0 / (1.0 + index),
                reduction / max(float(reduction.max()), 1e-9),
                1.0 - rank / n,
                cosine_sum / max(float(cosine_sum.max()), 1e-9),
                np.log1p(counts) / _LENGTH_SCALE,
                paragraph_start,
                self._title_overlap(doc, terms),
                np.array(dangling, dtype=np.float64),
                np.array([*dangling[1:], False], dtype=np.float64),
            )
        )
        # The antecedent of a dangling sentence: the candidate just before it (sentences that are
        # not candidates, such as a short quote, cannot stand in a summary anyway).
        antecedent: list[int | None] = [None, *range(n - 1)][:n]
        resolvers = _resolvers(candidates, words, dangling, overlaps.i, overlaps.j, cosine)
        return Features(list(candidates), terms, matrix, dangling, antecedent, resolvers, [int(c) for c in counts])

    def _title_overlap(self, doc: Document, terms: SentenceTerms) -> NDArray[np.float64]:
        """Share of the headline's stems found in each sentence (0 without a headline)."""
        title_sentences = [s for s in doc.sentences if s.is_title]
        if title_sentences:
            title_words: Sequence[str] = [w for s in title_sentences for w in s.words]
        else:  # a title given apart from the text: only its words are needed, not an analysis
            title_words = [t for t, _, _ in tokenize(doc.title or "") if t[:1].isalnum()]
        wanted = set(self._stems.terms(title_words))
        if not wanted or terms.cols.size == 0:
            return np.zeros(terms.n)
        in_title = np.array([t in wanted for t in terms.vocabulary], dtype=bool)[terms.cols]
        hits = bincount(terms.rows[in_title], None, terms.n)
        return np.minimum(hits / len(wanted), 1.0)


def select(f: Features, budget_count: int, max_words: int | None, w: NewsWeights) -> list[tuple[Sentence, float]]:
    """Greedy MMR selection under the sentence and word budgets (see :meth:`NewsRanker.rank`)."""
    n = len(f.candidates)
    relevance = _relevance(f, w)
    words = f.word_counts
    chosen: list[int] = []
    chosen_set: set[int] = set()
    closest = np.zeros(n)  # max similarity to any chosen sentence
    used = 0
    blocked: set[int] = set()  # near-duplicates of a chosen sentence, or too long for the word budget
    neighbours = _Neighbours(f.terms)

    def fits(i: int) -> bool:
        return i not in chosen_set and i not in blocked and (max_words is None or used + words[i] <= max_words)

    def take(i: int) -> None:
        nonlocal used
        chosen.append(i)
        chosen_set.add(i)
        used += words[i]
        others, sims = neighbours.row(i)
        np.maximum.at(closest, others, sims)
        blocked.update(others[sims >= NEAR_DUPLICATE].tolist())

    while len(chosen) < budget_count:
        singles: list[tuple[float, int]] = []  # self-contained sentences
        pairs: list[tuple[float, int, int]] = []  # a dangling sentence with its antecedent
        stranded: list[tuple[float, int]] = []  # dangling sentences without a usable antecedent
        for i in range(n):
            if not fits(i):
                if max_words is not None and used + words[i] > max_words:
                    blocked.add(i)
                continue
            gain = relevance[i] - w.redundancy * float(closest[i])
            ante = f.antecedent[i]
            if not f.dangling[i] or any(r in chosen_set for r in f.resolvers[i]):
                singles.append((gain, -i))
            elif (
                ante is not None
                and len(chosen) + 2 <= budget_count
                and _pairable(f, ante, chosen_set)
                and fits(ante)
                and (max_words is None or used + words[i] + words[ante] <= max_words)
            ):
                pairs.append((gain + relevance[ante] - w.redundancy * float(closest[ante]), -ante, -i))
            else:
                stranded.append((gain, -i))
        # Taken with its antecedent a dangling sentence no longer dangles; the pair fills two slots,
        # so it is weighed against the two best self-contained sentences.
        top = heapq.nlargest(2, singles)
        pair = max(pairs, default=None)
        if pair is not None and (len(top) < 2 or pair[0] > top[0][0] + top[1][0]):
            take(-pair[1])
            take(-pair[2])
        elif top:
            take(-top[0][1])
        elif stranded:  # a dangling sentence only when nothing self-contained is left
            take(-max(stranded)[1])
        else:
            break
    return [(f.candidates[i], relevance[i]) for i in chosen]


def _relevance(f: Features, w: NewsWeights) -> list[float]:
    result: list[float] = (1.0 / (1.0 + np.exp(-(f.matrix @ w.feature_weights() + w.bias)))).tolist()
    return result


def _pairable(f: Features, ante: int, chosen: set[int]) -> bool:
    """Whether the antecedent can stand first in a pair: it must not dangle itself."""
    return not f.dangling[ante] or any(r in chosen for r in f.resolvers[ante])


def _names_someone(s: Sentence) -> bool:
    """A proper noun past the first word (the tagger often takes any sentence-initial capital for one)."""
    return any(t.tag in ("NNP", "NNPS") for t in s.tokens[1:])


def _dangles(words: Sequence[str]) -> bool:
    """Whether the sentence opens with a pronoun or connective that needs an antecedent."""
    if not words or words[0].lower() not in DANGLING_OPENERS:
        return False
    demonstrative = words[0].lower() in ("this", "that", "these", "those")
    return not (demonstrative and len(words) > 1 and words[1].lower() in TIME_NOUNS)


def _resolvers(
    candidates: Sequence[Sentence],
    words: Sequence[Sequence[str]],
    dangling: Sequence[bool],
    pair_i: NDArray[np.intp],
    pair_j: NDArray[np.intp],
    cosine: NDArray[np.float64],
) -> list[tuple[int, ...]]:
    """For each dangling candidate, the earlier candidates any one of which, once chosen, resolves its opener
    (nearest first); ``()`` for the others.

    * the candidate just before it (its antecedent in the article);
    * an earlier candidate of its paragraph, up to :data:`PARAGRAPH_REACH` back: a paragraph is one
      unit of thought, so the sentences just before carry what a later one points back to;
    * for a personal pronoun ("He said", "They"), a candidate up to :data:`PERSONAL_REACH` back that
      names someone (a proper noun), since the pronoun then has its referent in the summary;
    * for a connective ("But", "However", "Also"), an earlier candidate sharing enough stems with it
      (cosine >= :data:`COHESION`): the connective then relates it to something the summary says.
      Pronouns need their referent, not a topic, so a demonstrative or "it" gets no such reprieve.
    """
    n = len(candidates)
    found: list[set[int]] = [set() for _ in range(n)]
    for i in range(1, n):
        if not dangling[i]:
            continue
        opener = words[i][0].lower()
        paragraph = candidates[i].paragraph
        j = i - 1
        while j >= max(0, i - PARAGRAPH_REACH) and candidates[j].paragraph == paragraph:
            found[i].add(j)
            j -= 1
        if opener in PERSONAL_PRONOUNS:
            found[i].update(j for j in range(max(0, i - PERSONAL_REACH), i - 1) if _names_someone(candidates[j]))
    connective = np.array([dangling[i] and words[i][0].lower() in CONNECTIVE_OPENERS for i in range(n)], dtype=bool)
    if n:
        cohesive = (cosine >= COHESION) & connective[pair_j]  # pairs are i < j: the earlier one may resolve
        for earlier, later in zip(pair_i[cohesive].tolist(), pair_j[cohesive].tolist(), strict=True):
            found[later].add(earlier)
    return [tuple(sorted(found[i] | {i - 1}, reverse=True)) if dangling[i] and i > 0 else () for i in range(n)]


class _Neighbours:
    """Cosine similarities of one sentence to the others, for the few sentences selection picks.

    Within the compared pairs they come from the shared similarity structure; in windowed mode a
    picked sentence is also compared with the whole text on demand (through the term postings, so
    the cost is the postings of its own stems), so a duplicate far away is still folded.
    """

    def __init__(self, terms: SentenceTerms):
        self._terms = terms
        overlaps = terms.overlaps
        cosine = overlaps.cosine()
        src = np.concatenate((overlaps.i, overlaps.j))
        order = np.argsort(src, kind="stable")
        self._src = src[order]
        self._dst = np.concatenate((overlaps.j, overlaps.i))[order]
        self._cos = np.concatenate((cosine, cosine))[order]
        self._windowed = overlaps.mode == "windowed"
        if self._windowed:
            by_term = np.lexsort((terms.rows, terms.cols))
            self._post_rows = terms.rows[by_term]
            self._post_counts = terms.counts[by_term]
            self._post_start = np.searchsorted(terms.cols[by_term], np.arange(terms.width + 1))
            self._diagonal = overlaps.diagonal

    def row(self, i: int) -> tuple[NDArray[np.intp], NDArray[np.float64]]:
        if not self._windowed:
            lo, hi = np.searchsorted(self._src, (i, i + 1))
            return self._dst[lo:hi], self._cos[lo:hi]
        t = self._terms
        lo, hi = np.searchsorted(t.rows, (i, i + 1))
        shared = np.zeros(t.n)
        for col, count in zip(t.cols[lo:hi].tolist(), t.counts[lo:hi].tolist(), strict=True):
            a, b = self._post_start[col], self._post_start[col + 1]
            np.add.at(shared, self._post_rows[a:b], self._post_counts[a:b] * count)
        shared[i] = 0.0
        others = np.flatnonzero(shared)
        denominator = np.sqrt(self._diagonal[i] * self._diagonal[others])
        sims = np.divide(shared[others], denominator, out=np.zeros(len(others)), where=denominator > 0)
        return others, sims
