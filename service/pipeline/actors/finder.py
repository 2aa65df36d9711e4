"""The actor finder itself: :class:`ActorFinder` builds the vocabulary once and runs the passes of the package
over a document, each pass an object of its own module that it holds.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from service.pipeline import lexicon as lx
from service.pipeline.actors.candidates import BY_CONTEXT, Candidate
from service.pipeline.actors.context import ContextReader, make_consistent
from service.pipeline.actors.merging import Merger
from service.pipeline.actors.output import ActorBuilder
from service.pipeline.actors.references import ReferenceLinker
from service.pipeline.actors.runs import RunFinder
from service.pipeline.actors.shapes import ShapeReader, collect_evidence, is_table_header
from service.pipeline.actors.vocabulary import Vocabulary
from service.pipeline.document import Document, Sentence
from service.pipeline.resources import LanguageResources
from service.pipeline.results import Actor


class ActorFinder:
    """Finds and merges the named actors of a :class:`Document` (see the package docstring)."""

    def __init__(self, resources: LanguageResources) -> None:
        vocab = Vocabulary(resources)
        self._vocab = vocab
        self._shapes = ShapeReader(vocab)
        self._runs = RunFinder(vocab)
        self._context = ContextReader(vocab)
        self._merger = Merger(vocab)
        self._references = ReferenceLinker(vocab)
        self._builder = ActorBuilder(vocab)

    # ------------------------------------------------------------------ public

    def __call__(self, doc: Document) -> list[Actor]:
        if not doc.sentences:
            return []
        # Page furniture (bylines, author boxes, teasers, captions, credits) is the cleaner's job: its lines
        # never become sentences, and a caller may flag more sentences as junk.
        sentences = [s for s in doc.sentences if not s.is_junk and not is_table_header(s)]
        shapes = [self._shapes.shape(s) for s in sentences]
        evidence, acronyms = collect_evidence(sentences, shapes)
        candidates: list[Candidate] = []
        acronym_links: dict[str, str] = {}
        for sentence, shape in zip(sentences, shapes, strict=True):
            found = self._runs.sentence_candidates(doc, sentence, shape, evidence, acronyms, acronym_links)
            self._context.read_context(sentence, shape, found)
            candidates.extend(found)
        candidates.extend(_firms_short_names(sentences, candidates, self._vocab.is_demonym))
        make_consistent(candidates)
        lower = {t.text for s in sentences for t in s.tokens if t.text[:1].islower()}
        groups = self._merger.merge(candidates, acronym_links, lower)
        self._references.link_descriptions(doc, sentences, groups)
        self._references.link_pronouns(doc, sentences, groups)
        return self._builder.build(doc, groups)


# The last words of a firm's name that its short name drops ("Sunrise Vista Group" -> "Sunrise Vista")
_FIRM_ENDINGS = lx.COMPANY_HEADS | frozenset(
    "group holdings industries corp corporation company inc ltd limited plc llc co ag sa nv gmbh".split()
)


def _firms_short_names(
    sentences: list[Sentence], candidates: list[Candidate], is_demonym: Callable[[str], bool]
) -> list[Candidate]:
    """A firm named in full is named again by the words before its ending ("Sunrise Vista Group ... A Sunrise Vista
    spokeswoman", "Ocean Crest Holdings ... Ocean Crest, based in Guangzhou, said"). When those are dictionary
    words, or open a sentence, the run reader cannot tell them from ordinary capitalised words; the full name
    earlier or later in the text can. Only a short name of two words or more, capitalised as the firm writes it,
    and not inside another name."""
    shorts: set[tuple[str, ...]] = set()
    for c in candidates:
        if c.type == "organization" and c.kind == "name" and len(c.words) >= 3:
            end = len(c.words)
            while end > 2 and c.words[end - 1].casefold().rstrip(".") in _FIRM_ENDINGS:
                end -= 1
            # not a people's name: "South African" of "South African Breweries" is anyone from there
            if end < len(c.words) and all(w[:1].isupper() and not is_demonym(w) for w in c.words[:end]):
                shorts.add(tuple(c.words[:end]))
    if not shorts:
        return []
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for short in shorts:
        by_first.setdefault(short[0], []).append(short)
    taken = sorted((c.start, c.end) for c in candidates)
    starts = [s for s, _e in taken]
    reach = max((e - s for s, e in taken), default=0)  # the longest candidate: how far back one may start
    found: list[Candidate] = []
    for sentence in sentences:
        toks = sentence.tokens
        for i in range(len(toks)):
            for short in by_first.get(toks[i].text, ()):
                last = i + len(short) - 1
                if last >= len(toks) or tuple(t.text for t in toks[i : last + 1]) != short:
                    continue
                if last + 1 < len(toks) and toks[last + 1].text[:1].isupper():
                    continue  # the full name, or a longer one
                start, end = toks[i].start, toks[last].end
                near = taken[bisect.bisect_left(starts, start - reach) : bisect.bisect_left(starts, end)]
                if any(start < e for _s, e in near):
                    continue  # inside or across another name
                text = sentence.text[start - sentence.start : end - sentence.start]
                found.append(Candidate(start, end, text, short, "organization", sentence, evidence=BY_CONTEXT))
    return found
