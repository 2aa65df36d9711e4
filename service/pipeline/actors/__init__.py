"""Named actors: the people, organisations and places an article talks about.

How it works, in five passes over the already tagged :class:`Document` (page furniture such as
bylines, credits and teasers has already been left out by the cleaner):

1. **Shapes and evidence.** Each sentence gets a shape: a Title Case or ALL-CAPS line (capitals
   say nothing there), a results-table row ("Arsenal 17 10 5 2", where every capitalised word is
   a name), fixtures ("Forfar v Alloa"). Capitalised words seen *inside* ordinary sentences are
   evidence of names; a word only ever capitalised at a sentence start ("Tensions") is a common
   word unless evidence or a lexicon vouches for it. All-capital words of running text are
   acronyms, which split a shouted headline run ("NFL AMERICAN FOOTBALL").
2. **Runs.** Each sentence is cut into runs of name-like tokens ("Organization for Security
   and Co-operation in Europe", "Ursula von der Leyen"; "British Airways Plc and American
   Airlines" is two). A run is split into an optional qualifier, a title and the name
   ("NATO | Secretary General | Jens Stoltenberg", "AC Milan | George Weah"); roles are also
   read from lower-case titles before a name ("Kremlin spokesman Dmitry Peskov") and from
   appositions after it ("Wendy Sherman, the US deputy secretary of state, ...").
3. **Typing.** The name's own words (an organisation head "Council", a club word "United", an
   acronym inside "PSV Eindhoven", initials "C. Harris", a first name), the lexicons of
   :mod:`service.pipeline.lexicon` and NLTK's gazetteers give a type; the context overrides them:
   a team in a table row or fixture, a dateline place ("GLASGOW 1996-12-07"), a classifying
   noun ("the newspaper O Globo"), a player's club in brackets. Then **document consistency**:
   a string takes the type of its best-attested mention everywhere in the document.
4. **Merging.** Mentions join one actor by normalised key ("Nato" = "NATO"), acronym
   ("(OSCE)", or a well-known one), country alias ("Britain" = "UK"), or surname
   ("Mr Stoltenberg" -> "Jens Stoltenberg"); a capital acting for its country is a metonym.
5. **References and salience.** Descriptions ("the alliance", "the Kremlin spokesman") and
   pronouns ("he"/"she" by gender, "it said" for a lone organisation) are linked when
   unambiguous; actors are ranked by salience.

Everything that can be precomputed is built once in :meth:`ActorFinder.__init__` (its
:class:`~.vocabulary.Vocabulary`); a request only does set lookups and bisections, so a 700-word article
takes a few milliseconds.

The package keeps one module a pass, each a class holding the one :class:`~.vocabulary.Vocabulary` (the
precomputed word and name sets) that :class:`~.finder.ActorFinder` builds and hands them: :mod:`.shapes`
(pass 1), :mod:`.runs` and :mod:`.titles` (pass 2), :mod:`.context` (pass 3), :mod:`.merging` (pass 4),
:mod:`.references` and :mod:`.output` (pass 5). :mod:`.tokens` (spelling tests and closed word classes) and
:mod:`.candidates` (the mention and group records the passes hand each other) sit beneath them all.
"""

from service.pipeline.actors.finder import ActorFinder

__all__ = ["ActorFinder"]
