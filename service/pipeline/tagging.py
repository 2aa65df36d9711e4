"""A fast drop-in for NLTK's averaged-perceptron part-of-speech tagger.

NLTK's ``PerceptronTagger.tag`` spends ~0.1 ms per token in pure-Python dict work:
it builds fourteen feature strings, then adds up every feature's ``{label: weight}``
dict and takes a ``max`` with a lambda over the 45 classes. That made tagging most of
the cost of an analysis.

:class:`FastPerceptronTagger` uses the *same* weights, features, tag dictionary and
tie-breaking, so it returns exactly the tags NLTK returns, but:

* the weights are one dense ``float64`` matrix (one row per feature, one column per
  class); a feature string becomes a row number with a single dict lookup;
* the ten features that depend only on the words are looked up once per token,
  before tagging starts; only the four that depend on the previous tags are looked
  up during the left-to-right pass;
* all sentences of a document are tagged together: step ``j`` scores token ``j`` of
  every sentence in one numpy gather, so the numpy overhead is paid per step, not
  per token.

Exactness: NLTK adds the weights of a token's features label by label in feature
order (``scores[label] += weight``). Floating-point addition is not associative, so
the rows here are added in that same order, one ``+=`` per feature (a missing
feature or label is a row/column of zeros, and ``x + 0.0 == x``). NLTK then picks
``max(classes, key=(score, label))``: the best score, ties to the greatest label.
The columns are ordered by label descending, so ``argmax`` (first maximum) picks the
same one. ``tests/test_tagging.py`` checks the tags against NLTK's own tagger.

This module does no I/O: :mod:`service.resources` loads the model with NLTK and
hands the three objects (weights, tag dictionary, classes) to the constructor.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import numpy.typing as npt

_START = ("-START-", "-START2-")
_END = ("-END-", "-END2-")
_ZERO_ROW = 0  # the all-zero row: a feature the model has never seen adds nothing


def normalize(word: str) -> str:
    """NLTK's ``PerceptronTagger.normalize``: the form used for the word features."""
    if "-" in word and word[0] != "-":
        return "!HYPHEN"
    if word.isdigit() and len(word) == 4:
        return "!YEAR"
    if word and word[0].isdigit():
        return "!DIGITS"
    return word.lower()


class FastPerceptronTagger:
    """NLTK's English perceptron tagger, batched and vectorised (same tags, same tie-breaks)."""

    def __init__(
        self,
        weights: Mapping[str, Mapping[str, float]],
        tagdict: Mapping[str, str],
        classes: Iterable[str],
    ) -> None:
        # Greatest label first: argmax returns the first maximum, NLTK breaks ties by the greatest label.
        self.labels: tuple[str, ...] = tuple(sorted(set(classes), reverse=True))
        column = {label: i for i, label in enumerate(self.labels)}
        self._row: dict[str, int] = {feature: row for row, feature in enumerate(weights, start=1)}
        rows: list[int] = []
        cols: list[int] = []
        values: list[float] = []
        for row, label_weights in enumerate(weights.values(), start=1):
            for label, weight in label_weights.items():
                col = column.get(label)
                if col is not None:  # NLTK only ever compares labels in `classes`
                    rows.append(row)
                    cols.append(col)
                    values.append(weight)
        matrix = np.zeros((len(weights) + 1, len(self.labels)), dtype=np.float64)
        matrix[rows, cols] = values
        self._weights: npt.NDArray[np.float64] = matrix
        self._tagdict: dict[str, str] = dict(tagdict)
        self._bias = self._row.get("bias", _ZERO_ROW)

    def tag(self, tokens: list[str]) -> list[tuple[str, str]]:
        """Tag one sentence, like ``nltk.tag.perceptron.PerceptronTagger.tag``."""
        return list(zip(tokens, self.tag_sents([tokens])[0], strict=True))

    def tag_sents(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tags for every sentence (each tagged independently, as NLTK's ``tag`` would), in one batch."""
        row = self._row.get
        tagdict = self._tagdict.get
        bias = self._bias
        tags: list[list[str]] = [[""] * len(s) for s in sentences]
        # Per sentence: the word-only feature rows of every token that the tag dictionary
        # does not settle (None for those it does), and the normalized "i word" form.
        statics: list[list[tuple[int, ...] | None]] = []
        current: list[list[str]] = []
        for s, words in enumerate(sentences):
            ctx = [*_START, *(normalize(w) for w in words), *_END]
            per_token: list[tuple[int, ...] | None] = []
            for i, word in enumerate(words):
                known = tagdict(word)
                if known:
                    tags[s][i] = known
                    per_token.append(None)
                    continue
                c = i + 2
                per_token.append(
                    (
                        row("i suffix " + word[-3:], 0),
                        row("i pref1 " + (word[0] if word else ""), 0),
                        row("i word " + ctx[c], 0),
                        row("i-1 word " + ctx[c - 1], 0),
                        row("i-1 suffix " + ctx[c - 1][-3:], 0),
                        row("i-2 word " + ctx[c - 2], 0),
                        row("i+1 word " + ctx[c + 1], 0),
                        row("i+1 suffix " + ctx[c + 1][-3:], 0),
                        row("i+2 word " + ctx[c + 2], 0),
                    )
                )
            statics.append(per_token)
            current.append(ctx)

        # Longest first, so the sentences still running at step j are a prefix of `order`.
        order = sorted(range(len(sentences)), key=lambda k: -len(sentences[k]))
        active = len(order)
        for j in range(len(sentences[order[0]]) if order else 0):
            while active and len(sentences[order[active - 1]]) <= j:
                active -= 1
            batch: list[int] = []
            rows: list[tuple[int, ...]] = []
            for s in order[:active]:
                feats = statics[s][j]
                if feats is None:
                    continue
                sent_tags = tags[s]
                # NLTK starts with prev, prev2 = -START-, -START2- and shifts after each token.
                if j >= 2:
                    prev, prev2 = sent_tags[j - 1], sent_tags[j - 2]
                elif j == 1:
                    prev, prev2 = sent_tags[0], _START[0]
                else:
                    prev, prev2 = _START
                suffix, pref1, i_word, w1, s1, w2, n1, ns1, n2 = feats
                # NLTK's feature order; _predict adds the rows in exactly this order.
                rows.append(
                    (
                        bias,
                        suffix,
                        pref1,
                        row("i-1 tag " + prev, 0),
                        row("i-2 tag " + prev2, 0),
                        row("i tag+i-2 tag " + prev + " " + prev2, 0),
                        i_word,
                        row("i-1 tag+i word " + prev + " " + current[s][j + 2], 0),
                        w1,
                        s1,
                        w2,
                        n1,
                        ns1,
                        n2,
                    )
                )
                batch.append(s)
            if batch:
                for s, label in zip(batch, self._predict(rows), strict=True):
                    tags[s][j] = label
        return tags

    def _predict(self, rows: list[tuple[int, ...]]) -> list[str]:
        """Best label per token: the feature rows summed in order, then argmax (ties to the greatest label)."""
        index = np.array(rows, dtype=np.intp)
        weights = self._weights
        scores = weights[index[:, 0]]
        for k in range(1, index.shape[1]):
            scores += weights[index[:, k]]
        labels = self.labels
        return [labels[i] for i in scores.argmax(axis=1).tolist()]
