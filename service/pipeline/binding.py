"""Whom a pronoun source cannot stand for: shared by the actor finder's pronoun links and the positions' speakers.

"He said Reed would win": he is not Reed, whom his own statement names (the name is in the pronoun's scope).
The same holds for a quote before "he said" that names Reed in the third person ("“Reed has been on at me for
months,” he said"), unless the quote is how the speaker introduces himself ("“I am Bill Reed,” he said"). Both
layers apply the rule to the words they take as the statement; these are the words and pairs they share.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

# Word pairs with which a speaker names himself inside his own quote. Not "this is": "“This is Hale's fault,” he
# said" blames Hale.
_SELF_INTRODUCTIONS = frozenset({("i", "'m"), ("i", "’m"), ("i", "am"), ("name", "is")})

# Open a clause that modifies the main one: a pronoun inside it does not reach past its comma ("Though he said it
# failed, Reed said ..." may be Reed).
ADVERBIAL_SUBORDINATORS = frozenset(
    "if because although though while when after before since as unless whereas once".split()
)


def introduces_oneself(words: Sequence[str]) -> bool:
    """Do these lower-cased words name their speaker ("I'm ...", "I am ...", "my name is ...")?"""
    return not _SELF_INTRODUCTIONS.isdisjoint(itertools.pairwise(words))
