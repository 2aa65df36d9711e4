"""The cue-verb lexicon: which words introduce a statement, in every inflected form.

Speech and stance verbs are a small closed class, so a hand-written list beats any
statistical guess. Each lemma is expanded into its forms once per process (regular
rules plus an irregulars table); lookups at request time are one dict access.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# Verbs whose grammatical object is a reported statement (say X, warn that X).
SPEECH_LEMMAS: tuple[str, ...] = tuple(
    """
    say tell warn insist stress add describe urge claim deny repeat vow reiterate condemn argue
    accuse promise announce confirm note signal reject state declare explain write report suggest
    acknowledge admit assert maintain contend predict pledge tweet allege concede emphasise
    emphasize complain recall reply respond ask caution counter charge testify observe remark agree
    estimate believe think threaten demand criticise criticize propose recommend mention indicate
    underline underscore reaffirm question dismiss welcome hail praise boast continue conclude
    comment concur forecast proclaim quip recount retort rule speculate swear tout lament disclose
    reveal point blast slam call cite highlight show find defend hope speak
    """.split()
)

# Verbs that only cue a statement when followed by a clause or a quote, never as a bare
# object ("called the talks a success" is fine, "called a meeting" is not): the finder
# asks for more evidence before using them.
WEAK_LEMMAS: frozenset[str] = frozenset(
    """
    continue call cite point rule question welcome hail praise highlight comment ask demand agree
    think believe signal add charge counter observe report write recall reveal disclose state
    show find defend hope speak
    """.split()
)

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "swear": ("swear", "swears", "swore", "sworn", "swearing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "find": ("find", "finds", "found", "finding"),
    "show": ("show", "shows", "showed", "shown", "showing"),
    "speak": ("speak", "speaks", "spoke", "spoken", "speaking"),
    "forecast": ("forecast", "forecasts", "forecasted", "forecasting"),
    "deny": ("deny", "denies", "denied", "denying"),
    "reply": ("reply", "replies", "replied", "replying"),
    "testify": ("testify", "testifies", "testified", "testifying"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "signal": ("signal", "signals", "signalled", "signaled", "signalling", "signaling"),
    "underline": ("underline", "underlines", "underlined", "underlining"),
}

_VOWELS = "aeiou"


def inflections(lemma: str) -> tuple[str, ...]:
    """All forms of a regular English verb: base, -s, -ed, -ing (consonant doubling for CVC stems)."""
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith("e"):
        return lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        return lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else lemma + "s"
    # admit -> admitted: the only doubling pattern among these lemmas (stressed final -it/-ot).
    if lemma.endswith(("it", "ot")) and lemma[-3:-2] not in _VOWELS and lemma not in {"visit", "edit"}:
        return lemma, third, lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    return lemma, third, lemma + "ed", lemma + "ing"


@dataclass(frozen=True, slots=True)
class CueEntry:
    """One inflected cue form: its lemma, and whether it needs a clause or quote to count."""

    lemma: str
    weak: bool


class CueLexicon:
    """Maps lower-cased word forms to cue lemmas; built once per process."""

    def __init__(self, lemmas: Iterable[str] = SPEECH_LEMMAS, weak: frozenset[str] = WEAK_LEMMAS) -> None:
        self._forms: dict[str, CueEntry] = {}
        for lemma in lemmas:
            for form in inflections(lemma):
                self._forms.setdefault(form, CueEntry(lemma, lemma in weak))

    def get(self, word: str) -> CueEntry | None:
        """The cue entry for ``word`` (any case), or None when it is not a cue verb form."""
        return self._forms.get(word.lower())

    def __contains__(self, word: str) -> bool:
        return word.lower() in self._forms

    def __len__(self) -> int:
        return len(self._forms)
