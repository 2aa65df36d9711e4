"""HTML input: the article body and headline of a web page, as plain text for the pipeline.

Clients often hold the page, not the article: navigation, cookie banners, adverts,
"related stories" and reader comments sit around the story, and our line cleaner only
sees text. trafilatura finds the main content block from the page structure (tag names,
classes, link density), which plain text no longer has, so HTML is turned into text here,
before anything else runs. The result is ordinary article text: one paragraph per block,
blocks separated by a blank line (what the cleaner and sentence splitter expect), so every
offset the pipeline reports indexes this text.

A pure function over a string: no URL is ever fetched and nothing is written.
"""

from __future__ import annotations

import re
from configparser import ConfigParser
from dataclasses import dataclass

import trafilatura
from lxml import etree
from trafilatura.settings import Document, use_config
from trafilatura.utils import load_html

# Blocks trafilatura's output tree holds at the top level of <body>. Anything else
# (a stray inline element) is read as a paragraph too.
_LINE_PER_CHILD = frozenset(("list", "table"))  # one line per item / row
_CONTAINERS = frozenset(("quote", "div", "section"))  # their own paragraphs, kept apart
_WHITESPACE_RE = re.compile(r"[^\S\n]+")
_HTML_ROOT_RE = re.compile(r"<html[\s>/]", re.IGNORECASE)
# Author boxes and bylines: a block whose class or id names it ("author-bio", "byline", "contributor-info",
# id="author", "authorBox"). trafilatura drops them from a full page, but on a short one it distrusts its own
# result and falls back to extractors that keep them, and a journalist's bio ("Jane Doe is our housing
# correspondent. She said ...") became actors and statements. They are removed from the tree first. Only blocks
# (not a link or a span inside a sentence), only short ones, never one that holds the headline or the article, and
# never one whose names also say it is the story ("story-body author-123").
_NAME_PART_RE = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")
_AUTHOR_BOX_NAMES = frozenset(
    ("author", "authors", "byline", "bylines", "bio", "bios", "biography", "contributor", "contributors")
)
_CONTENT_NAMES = frozenset(("content", "body", "article", "story", "post", "entry", "main", "text"))
_AUTHOR_BOX_TAGS = frozenset(
    ("div", "section", "aside", "footer", "header", "p", "ul", "ol", "li", "dl", "figure", "address", "table")
)
_AUTHOR_BOX_MAX_CHARS = 2000
_META_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)


@dataclass(frozen=True)
class ExtractedPage:
    text: str  # the article body: paragraphs separated by blank lines ("" when nothing was found)
    title: str | None  # the page's headline (og:title, <h1> or <title> less the site name), when it has one


def _extraction_config() -> ConfigParser:
    config = use_config()
    # trafilatura's defaults suit crawled pages: below 250 characters it distrusts its own result
    # and falls back to cruder extractors that let adverts through. A short hand-written page
    # is still an article; only an empty result means nothing was found.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # no signal-based timeout: we run in worker threads
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")  # the date is not used; skip the costly search
    return config


class HtmlExtractor:
    """Built once (the configuration), then called per page; safe to share between threads."""

    def __init__(self) -> None:
        self._config = _extraction_config()

    def __call__(self, html: str) -> ExtractedPage:
        if not html.strip():
            return ExtractedPage("", None)
        if not _HTML_ROOT_RE.search(html):
            # trafilatura rejects a bare fragment ("<p>...</p>") as "not HTML"; a document wraps it.
            html = f"<html><body>{html}</body></html>"
        try:
            tree = load_html(html)
            if tree is None:
                return ExtractedPage("", None)
            _drop_author_boxes(tree)
            result = trafilatura.bare_extraction(
                tree,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                include_images=False,
                include_links=False,
                include_formatting=False,
                config=self._config,
            )
        except (ValueError, TypeError, etree.LxmlError):
            # Input lxml cannot parse at all (e.g. control characters it refuses) holds no article.
            return ExtractedPage("", None)
        if not isinstance(result, Document) or result.body is None:
            return ExtractedPage("", None)
        title = _clean_line(result.title or "") or None
        return ExtractedPage(_body_text(result.body), title)


def _is_author_box(element: etree._Element) -> bool:
    if not isinstance(element.tag, str) or element.tag not in _AUTHOR_BOX_TAGS:
        return False
    names = {part.lower() for attr in ("class", "id") for part in _NAME_PART_RE.split(element.get(attr) or "") if part}
    if not names & _AUTHOR_BOX_NAMES or names & _CONTENT_NAMES:
        return False
    if (
        element.find(".//h1") is not None
        or element.find(".//article") is not None
        or element.find(".//main") is not None
    ):
        return False
    return len("".join(element.itertext())) <= _AUTHOR_BOX_MAX_CHARS


def _drop_author_boxes(tree: etree._Element) -> None:
    """Remove author boxes and bylines (see _AUTHOR_BOX_NAMES) from the page, keeping the text after each."""
    for element in [e for e in tree.iter() if _is_author_box(e)]:
        parent = element.getparent()
        if parent is None:
            continue
        if element.tail and element.tail.strip():
            previous = element.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + element.tail
            else:
                parent.text = (parent.text or "") + element.tail
        parent.remove(element)


def decode_html(body: bytes, charset: str | None = None) -> str:
    """Bytes of a page as text: the declared charset, else UTF-8, else the page's own <meta charset>,
    else Windows-1252 (what undeclared legacy pages mostly are).

    Never fails: undecodable bytes become U+FFFD. (No content sniffing beyond that, and no
    decompression: a compressed body would be a way round the body-size limit.)
    """
    declared = _META_CHARSET_RE.search(body[:4096])
    candidates = (charset, "utf-8", declared.group(1).decode("ascii") if declared else None, "windows-1252")
    for encoding in candidates:
        if not encoding:
            continue
        try:
            return body.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", errors="replace")


def _body_text(body: etree._Element) -> str:
    paragraphs: list[str] = []
    _collect(body, paragraphs)
    return "\n\n".join(paragraphs)


def _collect(element: etree._Element, paragraphs: list[str]) -> None:
    """Top-level blocks of trafilatura's output tree, one paragraph each."""
    if element.text and element.text.strip():
        _append(paragraphs, element.text)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _CONTAINERS and len(child):
            _collect(child, paragraphs)
        elif tag in _LINE_PER_CHILD:
            lines = [_inline_text(item) for item in child]
            _append(paragraphs, "\n".join(lines))
        elif tag:
            _append(paragraphs, _inline_text(child))
        if child.tail and child.tail.strip():
            _append(paragraphs, child.tail)


def _inline_text(element: etree._Element) -> str:
    """Text of a block; a line break (<lb/>) stays a line break, table cells are separated by ' | '."""
    parts: list[str] = [element.text or ""]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "lb":
            parts.append("\n")
        elif tag == "cell" and len(parts) > 1:
            parts.append(" | ")
        elif tag in ("item", "row", "p"):
            parts.append("\n")
        parts.append(_inline_text(child) if tag else "")
        parts.append(child.tail or "")
    return "".join(parts)


def _append(paragraphs: list[str], raw: str) -> None:
    lines = [_clean_line(line) for line in raw.split("\n")]
    block = "\n".join(line for line in lines if line)
    if block:
        paragraphs.append(block)


def _clean_line(line: str) -> str:
    return _WHITESPACE_RE.sub(" ", line).strip()
