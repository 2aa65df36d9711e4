"""The actor finder itself: :class:`ActorFinder` builds the vocabulary once and runs the passes of the package
over a document, each pass an object of its own module that it holds.
"""

from __future__ import annotations

from service.pipeline.actors.candidates import Candidate
from service.pipeline.actors.context import ContextReader, make_consistent
from service.pipeline.actors.merging import Merger
from service.pipeline.actors.output import ActorBuilder
from service.pipeline.actors.references import ReferenceLinker
from service.pipeline.actors.runs import RunFinder
from service.pipeline.actors.shapes import ShapeReader, collect_evidence, is_table_header
from service.pipeline.actors.vocabulary import Vocabulary
from service.pipeline.document import Document
from service.pipeline.resources import LanguageResources
from service.pipeline.results import Actor


class ActorFinder:
    """Finds and merges the named actors of a :class:`Document` (see the package docstring)."""

    def __init__(self, resources: LanguageResources) -> None:
        vocab = Vocabulary(resources)
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
        make_consistent(candidates)
        lower = {t.text for s in sentences for t in s.tokens if t.text[:1].islower()}
        groups = self._merger.merge(candidates, acronym_links, lower)
        self._references.link_descriptions(doc, sentences, groups)
        self._references.link_pronouns(doc, sentences, groups)
        return self._builder.build(doc, groups)
