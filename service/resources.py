"""Where brief finds its NLTK resources, and how they get there.

This module owns the one lookup order used by the service, the tests and the CLI:

1. every folder in the ``NLTK_DATA`` environment variable (``os.pathsep``-separated);
2. the project's own install folder, ``<sys.prefix>/nltk_data`` (``.venv/nltk_data``
   in a checkout, ``/opt/venv/nltk_data`` in the container);
3. NLTK's default search paths.

Nothing here is ever called on a request path: the service checks and loads all
resources at start-up and refuses to start, naming what is missing, if any are absent.

Command line::

    python -m service.resources check
    python -m service.resources install [--from DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from service.pipeline.resources import Gazetteer, LanguageResources
from service.pipeline.tagging import FastPerceptronTagger

#: NLTK package name -> the path NLTK resolves inside a data folder.
REQUIRED: dict[str, str] = {
    "punkt_tab": "tokenizers/punkt_tab/english",
    "averaged_perceptron_tagger_eng": "taggers/averaged_perceptron_tagger_eng",
    "words": "corpora/words",
    "stopwords": "corpora/stopwords",
    "names": "corpora/names",
    "gazetteers": "corpora/gazetteers",
}


def install_dir() -> Path:
    """The project's private NLTK data folder (inside the active virtual environment)."""
    return Path(sys.prefix) / "nltk_data"


def search_path() -> list[str]:
    """The ordered folders searched for resources (see the module docstring)."""
    import nltk.data

    env = [p for p in os.environ.get("NLTK_DATA", "").split(os.pathsep) if p]
    ordered = [*env, str(install_dir()), *nltk.data.path]
    seen: set[str] = set()
    return [p for p in ordered if not (p in seen or seen.add(p))]  # type: ignore[func-returns-value]


def _configure_nltk() -> None:
    import nltk.data

    nltk.data.path[:] = search_path()


def install_command() -> str:
    return "python -m service.resources install   (or, offline: python -m service.resources install --from DIR)"


@dataclass(frozen=True)
class ResourceStatus:
    name: str
    path: str | None  # where it was found, None when missing
    error: str | None = None


def check() -> list[ResourceStatus]:
    """Find every required resource without loading it."""
    import nltk.data

    _configure_nltk()
    out: list[ResourceStatus] = []
    for name, rel in REQUIRED.items():
        try:
            found = nltk.data.find(rel)
            out.append(ResourceStatus(name, str(getattr(found, "path", found))))
        except LookupError:
            out.append(ResourceStatus(name, None))
        except (OSError, ValueError) as exc:  # NLTK's ownership check, unreadable folders
            out.append(ResourceStatus(name, None, str(exc).strip().splitlines()[0]))
    return out


class MissingResourcesError(RuntimeError):
    """Raised at start-up when a resource is absent or unreadable."""

    def __init__(self, missing: list[ResourceStatus]):
        lines = [f"  - {m.name}" + (f" ({m.error})" if m.error else "") for m in missing]
        super().__init__(
            "brief cannot start: NLTK resources missing or unreadable:\n"
            + "\n".join(lines)
            + f"\nSearched: {os.pathsep.join(search_path())}\nInstall them with: {install_command()}"
        )
        self.missing = missing


def _wordlist(rel: str, fileid: str, encoding: str = "utf-8") -> list[str]:
    import nltk.data

    pointer = nltk.data.find(f"{rel}/{fileid}")
    raw: bytes = pointer.open().read()
    return [line.strip() for line in raw.decode(encoding, errors="replace").splitlines() if line.strip()]


def load() -> LanguageResources:
    """Check and load everything the pipeline needs; raise :class:`MissingResourcesError` if anything is absent."""
    missing = [s for s in check() if s.path is None]
    if missing:
        raise MissingResourcesError(missing)
    try:
        from nltk.tag.perceptron import PerceptronTagger
        from nltk.tokenize.punkt import PunktTokenizer

        splitter = PunktTokenizer("english")
        # NLTK reads and checks the model files; its weights are then repacked into the
        # vectorised tagger (same tags, several times faster) and NLTK's copy is dropped.
        nltk_tagger = PerceptronTagger(lang="eng")
        tagger = FastPerceptronTagger(nltk_tagger.model.weights, nltk_tagger.tagdict, nltk_tagger.classes)
        del nltk_tagger
        gz = "corpora/gazetteers"
        gazetteer = Gazetteer(
            countries=frozenset(_wordlist(gz, "countries.txt") + _wordlist(gz, "isocountries.txt", "latin-1")),
            regions=frozenset(
                _wordlist(gz, "usstates.txt") + _wordlist(gz, "caprovinces.txt") + _wordlist(gz, "mexstates.txt")
            ),
            cities=frozenset(_wordlist(gz, "uscities.txt")),
            nationalities=frozenset(_wordlist(gz, "nationalities.txt")),
            male_names=frozenset(_wordlist("corpora/names", "male.txt")),
            female_names=frozenset(_wordlist("corpora/names", "female.txt")),
        )
        return LanguageResources(
            splitter=splitter,
            tagger=tagger,
            stopwords=frozenset(w.lower() for w in _wordlist("corpora/stopwords", "english")),
            english_words=frozenset(w for w in _wordlist("corpora/words", "en") if w[:1].islower()),
            gazetteer=gazetteer,
        )
    except (LookupError, OSError, ValueError, KeyError) as exc:  # present but corrupt
        name = next((n for n, rel in REQUIRED.items() if rel.split("/")[1] in str(exc)), "unknown")
        raise MissingResourcesError([ResourceStatus(name, None, f"failed to load: {exc}".splitlines()[0])]) from exc


def _make_private(root: Path) -> None:
    """NLTK refuses data writable by group/others; make the copy owner-writable only."""
    for path in [root, *root.rglob("*")]:
        mode = path.stat().st_mode
        path.chmod(stat.S_IMODE(mode) & ~(stat.S_IWGRP | stat.S_IWOTH) | stat.S_IRUSR | stat.S_IWUSR)


def install(source: Path | None, target: Path) -> list[str]:
    """Copy the required resources from ``source`` (air-gapped) or download them with NLTK into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    done: list[str] = []
    for name, rel in REQUIRED.items():
        top = "/".join(rel.split("/")[:2])  # e.g. tokenizers/punkt_tab
        if source is not None:
            src = source / top
            if not src.exists() and (source / f"{top}.zip").exists():
                src = source / f"{top}.zip"
            if not src.exists():
                raise FileNotFoundError(f"{name}: {source / top} not found")
            dst = target / src.relative_to(source)
            if dst.exists():
                shutil.rmtree(dst) if dst.is_dir() else dst.unlink()
            dst.parent.mkdir(parents=True, exist_ok=True)
            if src.is_dir():
                shutil.copytree(src, dst)
            else:
                shutil.copy2(src, dst)
        else:
            import nltk

            if not nltk.download(name, download_dir=str(target), quiet=True, raise_on_error=True):
                raise RuntimeError(f"{name}: NLTK download failed")
        done.append(name)
    _make_private(target)
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m service.resources", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="list required resources, where each was found, and what is missing")
    inst = sub.add_parser("install", help=f"install the resources into {install_dir()}")
    inst.add_argument("--from", dest="source", type=Path, help="copy from this local NLTK data folder (no network)")
    inst.add_argument(
        "--to", dest="target", type=Path, default=install_dir(), help="install folder (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    if args.command == "check":
        statuses = check()
        for s in statuses:
            print(f"{'ok     ' if s.path else 'MISSING'} {s.name:32} {s.path or s.error or ''}")
        missing = [s.name for s in statuses if not s.path]
        if missing:
            print(f"\nmissing: {', '.join(missing)}\ninstall with: {install_command()}", file=sys.stderr)
            return 1
        return 0
    try:
        names = install(args.source, args.target)
    except (OSError, RuntimeError, ValueError) as exc:
        print(f"install failed: {exc}", file=sys.stderr)
        return 1
    print(f"installed {', '.join(names)} into {args.target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
