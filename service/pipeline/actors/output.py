"""Pass 5 of the actor finder, second half: each merged group made an :class:`~service.pipeline.results.Actor`
(its name, mentions, aliases, roles without near-duplicates and affiliation), and the actors ranked by
salience.
"""

from __future__ import annotations

from service.pipeline import lexicon as lx
from service.pipeline.actors.candidates import Candidate, Group
from service.pipeline.actors.tokens import is_all_caps, is_capitalised, norm
from service.pipeline.actors.vocabulary import Vocabulary
from service.pipeline.document import Document
from service.pipeline.results import Actor, ActorType, Mention, MentionKind


class ActorBuilder:
    """Makes the ranked :class:`~service.pipeline.results.Actor` records of the merged groups."""

    def __init__(self, vocab: Vocabulary) -> None:
        self._vocab = vocab

    def build(self, doc: Document, groups: list[Group]) -> list[Actor]:
        """Actors with roles, affiliation and salience, most salient first.

        Salience = mentions (names, aliases, metonyms) + 0.5 per description + 0.25 per pronoun + 2 x how
        early the first mention is + 3 if named in the headline + 1.5 per turn as a speaker (up to 3),
        scaled so the top actor has 1.0. References count less than names: a pronoun is cheap to write."""
        length = max(len(doc.text), 1)
        title_span = doc.title_span
        live = [g for g in groups if g.candidates and g.type in ("person", "organization", "location")]
        actors = [self._actor(g) for g in live]
        index: dict[str, str] = {}
        for g, actor in zip(live, actors, strict=True):
            if g.type != "person":
                for key in (g.key, norm(actor.name), *(c.key for c in g.candidates if c.kind != "metonym")):
                    index.setdefault(key, actor.name)
                if g.canonical is not None:
                    index.setdefault(norm(g.canonical), actor.name)
        scored: list[tuple[float, int, Actor]] = []
        for g, actor in zip(live, actors, strict=True):
            if g.type == "person":
                actor.roles, actor.affiliation = self._roles_and_affiliation(g, index)
            first = min(m.start for m in actor.mentions)
            in_title = title_span is not None and any(title_span[0] <= c.start < title_span[1] for c in g.candidates)
            speaking = min(sum(1 for c in g.candidates if c.speaker), 3)
            score = (
                len(g.candidates)
                + 0.5 * len(g.descriptions)
                + 0.25 * len(g.pronouns)
                + 2.0 * (1.0 - first / length)
                + 3.0 * in_title
                + 1.5 * speaking
            )
            scored.append((score, first, actor))
        if not scored:
            return []
        scored.sort(key=lambda x: (-x[0], x[1]))
        top = scored[0][0]
        out: list[Actor] = []
        for n, (score, _, actor) in enumerate(scored, start=1):
            actor.id = f"a{n}"
            actor.salience = round(score / top, 3)
            out.append(actor)
        return out

    # ------------------------------------------------------------------ roles and affiliation

    @staticmethod
    def _clean_role(role: str) -> str:
        """One-line role text; a shouted headline role is lower-cased except its acronyms ("NATO chief")."""
        role = " ".join(role.split())
        if role[:4].casefold() == "the ":
            role = role[4:]
        letters = [ch for ch in role if ch.isalpha()]
        if len(letters) > 3 and all(ch.isupper() for ch in letters):
            role = " ".join(w if w.replace(".", "") in lx.ACRONYMS else w.casefold() for w in role.split())
        return role

    @staticmethod
    def _split_role(role: str) -> tuple[list[str], str | None, str | None]:
        """(core title words, owner written before it, owner after "of"/"for"):
        "US ambassador to Nato" -> (ambassador, US, None); "Secretary General of the North Atlantic
        Treaty Organization" -> (secretary general, None, North Atlantic Treaty Organization);
        "Britain's Foreign Secretary" -> (foreign secretary, Britain, None). A posting after "to"
        ("ambassador to Nato") is where the person serves, not whom they belong to."""
        words = role.split()
        complement: str | None = None
        for n, w in enumerate(words[1:], start=1):
            low = w.casefold()
            if low in ("to", "at", "in", "on", "with", "from", "of", "for"):
                rest = [x for x in words[n + 1 :] if x.casefold() != "the"]
                if low in ("of", "for") and rest and all(is_capitalised(x) or x in lx.ORG_CONNECTORS for x in rest):
                    if not all(x.casefold() in lx.ROLE_WORDS for x in rest):  # not "Secretary of State"
                        complement = " ".join(rest)
                    else:
                        continue
                words = words[:n]
                break
        r = len(words)
        while r > 0 and (
            all(p in lx.ROLE_WORDS for p in words[r - 1].casefold().split("-"))
            or (words[r - 1] in ("of", "for") and r >= 2 and words[r - 2].casefold() in lx.ROLE_WORDS)
        ):
            r -= 1
        core = [w.casefold() for w in words[r:]]
        owner = " ".join(words[:r]) or None
        if owner is not None:
            for suffix in ("'s", "’s"):
                if owner.endswith(suffix):
                    owner = owner[: -len(suffix)]
            if not is_capitalised(owner):
                owner = None
        return core, owner, complement

    def _resolve_owner(self, owner: str, index: dict[str, str]) -> str | None:
        """The actor name (or lexicon name) an owner phrase denotes: "Alliance" -> the one alliance in
        the text, "Russian" -> Russia, "US" -> the text's name for the United States."""
        low = owner.casefold()
        if low in lx.ORG_DESCRIPTORS:
            targets = {
                index[k]
                for a in lx.ORG_DESCRIPTORS[low]
                if norm(a) in self._vocab.acronyms and (k := norm(self._vocab.acronyms[norm(a)][1])) in index
            }
            return targets.pop() if len(targets) == 1 else None
        key = norm(owner)
        if key in self._vocab.demonym_countries:
            country = self._vocab.demonym_countries[key]
            return index.get(norm(country), country)
        if key in index:
            return index[key]
        known = self._vocab.lookup(owner)
        if known is not None:
            return index.get(norm(known[1]), known[1])
        if low in self._vocab.demonyms or self._vocab.is_common(low):
            return None
        return owner

    def _roles_and_affiliation(self, g: Group, index: dict[str, str]) -> tuple[list[str], str | None]:
        """Roles without near-duplicates (same title and owner: the shortest wording is kept; a bare
        title is dropped when the same title with an owner exists) and the first owner found."""
        entries: list[tuple[str, tuple[str, ...], str | None]] = []
        affiliation: str | None = None
        for c in g.candidates:
            if c.owner_hint is not None and affiliation is None:
                affiliation = self._resolve_owner(c.owner_hint, index)
            for raw in c.roles:
                role = self._clean_role(raw)
                title, owner, complement = self._split_role(role)
                aff = None
                for phrase in (owner, complement):
                    if phrase is not None and aff is None:
                        aff = self._resolve_owner(phrase, index)
                if affiliation is None:
                    affiliation = aff
                entries.append((role, tuple(title), aff))
        # "Sen. Elizabeth Warren": an office written as an honorific is her role, which "the senator" repeats,
        # unless a role already names that office ("Florida Sen.", "Senator from Texas")
        honorific = next((c.honorific for c in g.candidates if c.honorific in lx.HONORIFIC_OFFICES), None)
        said = set(" ".join(role.casefold().replace(".", "") for role, _, _ in entries).split())
        # a rank beside another role is part of a compound title ("Det Supt Blake" is a Chief Superintendent)
        beside = not entries or honorific in lx.ELECTED_HONORIFICS
        if honorific is not None and beside and not {honorific, lx.HONORIFIC_OFFICES[honorific].casefold()} & said:
            office = lx.HONORIFIC_OFFICES[honorific]
            entries.append((office, (office.casefold(),), None))
        kept: list[tuple[str, tuple[str, ...], str | None]] = []
        for role, core, aff in entries:
            same = [n for n, (_, k_core, k_aff) in enumerate(kept) if k_core == core and (k_aff == aff or aff is None)]
            if same:
                n = same[0]
                if len(role) < len(kept[n][0]) and kept[n][2] == aff:
                    kept[n] = (role, core, aff)
                continue
            # a bare title first, the owned one later: replace the bare one
            bare = [n for n, (_, k_core, k_aff) in enumerate(kept) if k_core == core and k_aff is None]
            if bare:
                kept[bare[0]] = (role, core, aff)
                continue
            kept.append((role, core, aff))
        roles = list({norm(r.replace("-", " ")): r for r, _, _ in kept}.values())
        return roles, affiliation

    def _actor(self, g: Group) -> Actor:
        name, name_key = self._choose_name(g)
        mentions: list[Mention] = []
        aliases: dict[str, str] = {}
        for c in g.candidates:
            kind: MentionKind
            if c.kind == "metonym":
                mentions.append(Mention(c.start, c.end, c.text, "metonym"))
                continue
            if c.kind == "acronym" or (g.type != "person" and is_all_caps(c.text) and norm(c.text) != name_key):
                kind = "acronym"
            elif c.honorific is None and c.key == name_key:
                kind = "name"
            else:
                kind = "alias"
            mentions.append(Mention(c.start, c.end, c.text, kind))
            if norm(c.text) != norm(name):
                aliases.setdefault(norm(c.text), " ".join(c.text.split()))
        mentions.extend(g.descriptions)
        mentions.extend(g.pronouns)
        mentions.sort(key=lambda m: (m.start, m.end))
        actor_type: ActorType = g.type  # type: ignore[assignment]
        return Actor(
            id="",
            name=name,
            type=actor_type,
            aliases=list(aliases.values()),
            roles=g.roles,
            mentions=mentions,
            gender=self._vocab.gender(g, name) if g.type == "person" else None,
        )

    @staticmethod
    def _choose_name(g: Group) -> tuple[str, str]:
        """The fullest proper form written in the text (a lexicon name when the text uses it), and its key."""
        named = [c for c in g.candidates if c.honorific is None and c.kind not in ("acronym", "metonym")]
        if not any(c.kind != "metonym" for c in g.candidates) and g.canonical is not None:
            return g.canonical, norm(g.canonical)  # only "Moscow said ...": the actor is Russia
        if g.canonical is not None:
            written = [c for c in named if norm(c.text) == norm(g.canonical)]
            if written:
                best = min(written, key=lambda c: is_all_caps(c.text.replace(" ", "")))
                return " ".join(best.text.split()), best.key
        if not named:  # only "Ms Sherman": the name is what follows the honorific
            c = g.candidates[0]
            if c.honorific is not None:
                return " ".join(c.words), c.key
            named = g.candidates
        titled = max((c for c in g.candidates if c.honorific is not None), key=lambda c: len(c.words), default=None)
        if titled is not None and len(titled.words) > max(len(c.words) for c in named):
            return " ".join(titled.words), titled.key  # "Rep. Carla Smith", then "Smith": she is Carla Smith
        counts: dict[str, int] = {}
        for c in named:
            counts[c.text] = counts.get(c.text, 0) + 1

        def rank(c: Candidate) -> tuple[int, int, bool, int, int]:
            acronym_form = is_all_caps(c.text) and c.text.replace(".", "") in lx.ACRONYMS
            # Words set in capitals by a headline style ("NATO CHIEF JENS Stoltenberg") are the
            # worst spelling of a name; known acronyms are the right one.
            written = c.text.split()
            shouting = sum(
                1 for w in written if len(w.rstrip(".")) > 1 and w.isupper() and w.replace(".", "") not in lx.ACRONYMS
            )
            return (len(c.words), -shouting, acronym_form, counts[c.text], len(written))  # "C. Harris" > "Harris"

        best = max(named, key=rank)
        return " ".join(best.text.split()), best.key
