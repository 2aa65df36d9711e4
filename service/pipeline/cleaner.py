"""Page cleaning: find the headline and standfirst, and the lines of page furniture to leave out.

Articles arrive as text copied from web pages, so around (and inside) the story sit
donation appeals, comment widgets, audio players, photo credits, "Updated:" stamps,
author boxes and teasers for other stories. Left in, they become "sentences" that a
ranker can pick and an actor finder can mine. The cleaner runs before tokenisation and
works on whole lines only, with cheap string tests and short, linear-time regexes: it
never changes the text, it reports which line ranges to leave out (offsets into the text
as sent) and why, so a client can audit every decision.

Rules are deliberately about the *form* of furniture (a credit at the end of an
unpunctuated caption, a widget phrase on a short line, a slug that looks like a file
name), never about particular sites. Anything that ends like a sentence and is longer
than a widget label is kept unless it matches an unambiguous furniture pattern, so real
body sentences (including short quote paragraphs) survive.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from service.pipeline.document import DroppedRange

# ---------------------------------------------------------------------------------------------
# Patterns. Every pattern is anchored or bounded, and none nests quantifiers over the same
# characters, so each runs in linear time on any input (tests feed them 100k-character strings).
# Patterns run on a normalised line: stripped, curly apostrophes and quotes mapped to ASCII.
# ---------------------------------------------------------------------------------------------

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"

# "Powered by automated translation", "This article was machine translated".
_TRANSLATION_RE = re.compile(
    r"\btranslat\w{0,8}\b.{0,60}\b(?:automat\w{0,6}|machine|google|deepl|ai)\b"
    r"|\b(?:automat\w{0,6}|machine|google|deepl|ai)[ -](?:generated )?translat\w{0,8}\b"
    r"|^powered by [a-z ]{0,30}translat",
    re.IGNORECASE,
)

# "Press play to listen to this article", "Listen to this story", "Listen (3 min)", "Audio version".
_AUDIO_RE = re.compile(
    r"\b(?:press|click|tap|hit) (?:the )?play\b"
    r"|\blisten to (?:this|the|our) (?:article|story|report|piece|podcast)\b"
    r"|^listen(?: now)?\s*(?:\(|:|-|$)"
    r"|\b\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\s+listen\b"
    r"|\baudio (?:version|player|article)\b"
    r"|\bvoiced by (?:artificial intelligence|ai)\b",
    re.IGNORECASE,
)

# "Updated: January 07, 2022, 10:42 PM", "Last updated 12 Jan 2022", "Published on 3/1/2022".
_STAMP_RE = re.compile(
    r"^(?:last |first )?(?:updated|published|posted|modified|created|edited)(?: on| at)?\s*[:-]?\s*"
    rf"(?:{_MONTH}|\d|today|yesterday|mon|tue|wed|thu|fri|sat|sun)",
    re.IGNORECASE,
)
# A line that is only a date/time: "January 07, 2022, 10:42 PM", "12 Jan 2022 | 19:18 GMT", "2022-01-07".
_DATE_ONLY_RE = re.compile(
    rf"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{{0,6}},? )?"
    rf"(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH},? \d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"(?:\s*[,|@-]?\s*(?:at )?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?)?$",
    re.IGNORECASE,
)

# Comment widgets: the labels ("Leave a Comment", "Readers Comments", "Submit a report") ...
_COMMENT_LABEL_RE = re.compile(
    r"^(?:leave a (?:comment|reply)|add (?:a |your )?comments?|post (?:a )?comment|write a comment"
    r"|(?:\d{1,6} )?(?:readers?'? )?comments?(?: \(\d{1,6}\))?$|show (?:all )?comments|view (?:all )?comments"
    r"|hide comments|load more comments|join the (?:conversation|discussion|debate)|comments are closed"
    r"|submit a report|report (?:this )?comment|report abuse|cancel reply|sign in to comment|log ?in to comment"
    r"|thank you for (?:the|your) (?:feedback|report)|your (?:feedback|report|comment) (?:has been|was) "
    r"(?:sent|submitted|received|posted))",
    re.IGNORECASE,
)
# ... and the moderation notes around them, which address the reader about comments.
_COMMENT_CUE_RE = re.compile(
    r"\b(?:comments?|commenting|community|guidelines|moderat\w{0,6}|civil|constructive|on topic|feedback|"
    r"house rules|policy|violates?|offensive|abusive)\b",
    re.IGNORECASE,
)

_COMMENT_WORD_RE = re.compile(r"\bcomment(?:s|ing)?\b", re.IGNORECASE)

# Donation and subscription appeals: several of these cues on one line that speaks to the reader.
_APPEAL_CUE_RE = re.compile(
    r"\b(?:support\w{0,4}|contribut\w{0,6}|donat\w{0,5}|readers?|journalism|independent|subscri\w{0,8}|"
    r"fund\w{0,5}|advertising|our mission|our reporting|paywall|membership|become a (?:member|supporter|patron)|"
    r"favour to ask|favor to ask|every contribution|help us|your help|keep\w{0,2} [\w ]{0,30}(?:open|free|going)|"
    r"(?:one-off|monthly|annual) (?:gift|payment|contribution)|chip in)\b",
    re.IGNORECASE,
)
_APPEAL_STRONG_RE = re.compile(
    r"^(?:we need your (?:help|support)|support (?:us|our journalism|independent journalism)|please (?:donate|"
    r"support us|consider (?:supporting|donating|subscribing))|donate(?: now| today)?|become a (?:member|"
    r"supporter|subscriber)|subscribe (?:now|today))\b",
    re.IGNORECASE,
)
_ADDRESS_RE = re.compile(r"\b(?:you|your|we|our|us)\b", re.IGNORECASE)
_QUOTE_OR_SAID_RE = re.compile(r"[\"“”]|\b(?:said|says|told|according to)\b", re.IGNORECASE)

# Credits at the end of a caption: "... join Nato. EPA", "Alamy Stock Photo", "Jane Doe/Reuters",
# "Photo: AFP via Getty Images". Only the last 80 characters of a line are searched.
_AGENCIES = (
    r"(?:alamy(?: stock photo| live news)?|getty(?: images)?|afp(?: photo)?|ap(?: photo)?|associated press|"
    r"epa(?:-efe)?|efe|reuters|shutterstock|pa(?: media| wire| images)?|bloomberg|aap|xinhua|anadolu(?: agency)?|"
    r"sopa images|nurphoto|zuma(?: press| wire)?|sipa(?: usa)?|rex(?: features)?|wireimage|dpa|keystone|"
    r"corbis|istock(?:photo)?|tass|ria novosti|sputnik|handout|supplied|file photo|press association|"
    r"pool|contributor)"
)
_CREDIT_TAIL_RE = re.compile(
    rf"(?:^|[.!?'\")]\s{{1,3}}|[/(]\s{{0,2}}|\b(?:photo(?:graph)?|picture|image|credit)s?:?\s{{1,2}})"
    rf"{_AGENCIES}(?:\s{{1,2}}via\s{{1,2}}{_AGENCIES})?\)?$",
    re.IGNORECASE,
)
# A photographer's name after a caption: "Gaspard Lefevre outside his shop. Photograph: Rowan Ellis",
# "... (Credit: Helmut Berg)", "... Image: Helmut Berg/Lumen Agency", "... Photograph: Ana Ruiz for the Courier".
# The label must follow the caption's full stop (or a bracket) and the name must end the line, so a sentence
# that only mentions a photograph ("She took the photograph: a crowd in the rain") does not match.
_PERSON = r"[A-ZÀ-ÖØ-Þ][\w'.-]{0,30}"
_CREDIT_NAME_TAIL_RE = re.compile(
    r"(?:[.!?'\")]\s{1,3}|\(\s{0,2})"
    r"(?i:photo(?:graph)?s?|pictures?|images?|credits?|photo credits?|illustrations?)\s{0,2}:\s{1,2}"
    rf"{_PERSON}(?:\s(?:{_PERSON}|and|&|de|da|di|du|van|von|der|den|del|dos|la|le|al|el|bin)){{0,5}}"
    r"(?:\s{0,2}/\s{0,2}[\w'&. -]{1,40}|\s(?:for|via)\s[\w'&. -]{1,40})?\)?$"
)
_CREDIT_LEAD_RE = re.compile(
    r"^\(?(?:photo(?:graph)?|picture|image|credit|file photo|main image|top image|pictured)s?\s{0,3}(?:by\b|:)",
    re.IGNORECASE,
)
# A caption that starts with an image slug: "a-soldier-stands-in-a-trench-reuters-john-doe A soldier ...".
_SLUG_RE = re.compile(r"^[a-z0-9]{1,40}(?:[-_][a-z0-9]{1,40}){4,}(?:\.(?:jpe?g|png|gif|webp|avif))?(?:\s|$)")
# The lookbehind lets a match start only where a run of name characters starts, so a long
# run is scanned once instead of once per position.
_IMAGE_FILE_RE = re.compile(r"(?<![\w-])[\w-]{1,120}\.(?:jpe?g|png|gif|webp|avif)\b", re.IGNORECASE)

# Author boxes and bylines: "About Jane Doe", "About the author", "By Jane Doe and John Roe".
_NAME = r"[A-Z][\w'.-]{0,30}"
_AUTHOR_BOX_RE = re.compile(
    rf"^(?:(?i:about the authors?)|About {_NAME}(?: {_NAME}){{0,3}}|More (?:from|by) {_NAME}(?: {_NAME}){{0,3}})$"
)
_BYLINE_RE = re.compile(
    rf"^(?i:(?:written |reported |posted )?by|author:?|words:?)\s{{1,3}}{_NAME}(?: (?:{_NAME}|and|&|,|in|de|van|von|"
    rf"al|el|bin)){{0,8}}(?:\s?[,|-]\s?[\w ]{{0,40}})?$"
)
# Wire copy's credits for its staff, at the foot of the story: "(Reporting by Duarte Silva in Lisbon; Editing by
# Mark Heinrich)", "Additional reporting by Lena Fischer", "Writing by ...; Editing by ...", "Compiled by ...". The
# line holds nothing but labels, names, places and their joints, so "Reporting by Lena Fischer revealed the
# scheme." is a sentence and stays.
_STAFF_LABEL = (
    r"(?i:(?:additional |further |extra )?reporting|writing|editing|compiled|compiling|research|graphics"
    r"|fact-checking|produced|edited|written|reported|translated|translation)\s{1,2}by\s{1,2}"
)
_STAFF_WORD = rf"(?:{_PERSON}|and|&|in|from|at|de|da|di|du|van|von|der|den|del|dos|la|le|al|el|bin)"
_WIRE_CREDIT_RE = re.compile(
    rf"^\(?{_STAFF_LABEL}{_STAFF_WORD}(?:(?:\s{{1,2}}|,\s{{1,2}}|;\s{{1,2}}|\s{{0,2}}/\s{{0,2}})(?:{_STAFF_LABEL})?"
    rf"{_STAFF_WORD}){{0,40}}\s{{0,2}}\)?\.?$"
)
# AP's and the New York Times's credit sentence: "Associated Press writer Lena Fischer in Berlin contributed to
# this report.", "Orla Byrne contributed reporting from Dublin." Only "this" report: "Twelve scientists
# contributed to the report." is news. A place may hold abbreviations ("Washington, D.C.") but no second sentence.
_CONTRIBUTED_RE = re.compile(
    r"\bcontributed (?:to this (?:report|story|article)|reporting(?: (?:from|in) (?:[\w ,'-]|\.(?!\s)){1,80})?)\.?\)?$"
)

# Notes about the page rather than the story: disclaimers ("The views expressed are the author's own.",
# "Opinions expressed in this article are solely those of ..."), amendment and update notes ("This article was
# amended on 14 March 2024 to ...", "This story has been updated.", "(This story has been refiled to ...)", "An
# earlier version of this article ...", "Correction: ..."), and where a piece first ran ("This article originally
# appeared in ...", "... is republished from ..."). The subject is the page itself ("this article", not "the
# report", which may be news), and "first reported by" is not among the verbs: that is sourcing. A disclaimer names
# the author or says the views are "own" or not "necessarily" anyone's (_DISCLAIMER_WHOSE_RE): "The views expressed
# by the minister were shared by most councillors." is news, and so is anything with "said". "Editor's note:" is
# left alone: it may carry the outlet's own statement (HuffPost's standing note on Trump, which PolNeAR annotates).
# A law's or a play's "article" or "piece" in the news: who amended or staged it, when, or who reports it.
_NEWS_ABOUT_A_TEXT_RE = re.compile(
    r",\s(?:[\w'-]++\s){1,5}(?:said|says|wrote|writes|tweeted|added)(?:\s(?:on|in|to)(?:\s[\w'-]++){1,3})?\.?$"
    r"|\bby (?:parliament|congress|lawmakers|voters|the (?:court|assembly|senate|legislature|parliament))\b"
    r"|\bon stage\b|\b(?:in|since) 1[0-8][0-9]{2}\b|\bin 19[0-8][0-9]\b",
    re.IGNORECASE,
)
_DISCLAIMER_WHOSE_RE = re.compile(r"\b(?:authors?|writers?|contributors?|columnists?|own|necessarily|solely)\b")
_PAGE_NOUN = r"(?:article|story|piece|post|blog post|column|op-ed|essay|commentary|interview|page|feature)"
_EDITOR_NOTE_RE = re.compile(
    r"^[(\[*]?(?:"
    r"(?:the |any )?(?:views|opinions)(?: and (?:views|opinions))? expressed (?:(?:here|herein|above|below"
    r"|in (?:this|these|the) [\w -]{1,30}|(?:on|at) this (?:site|page|blog)|by (?:the |our )?(?:authors?|writers?"
    r"|contributors?|columnists?|guests?|commentators?)) )?(?:are|is|do not|don't|belong|remain)\b"
    rf"|this {_PAGE_NOUN} (?:(?:was|has been|had been|is|is being|will be) )?(?:amended|updated|corrected|clarified"
    r"|edited|changed|modified|revised|refiled|republished|reprinted|produced|adapted|excerpted|originally|written"
    r"|first (?:published|appeared|ran)|corrects|updates|refiles|appeared)\b"
    rf"|this is a developing {_PAGE_NOUN}"
    rf"|(?:an earlier|a previous|an older|a prior|the original) version of this {_PAGE_NOUN}"
    r"|(?:correction|clarification)\s?:)",
    re.IGNORECASE,
)

# Teasers for other pages: a heading after which the page lists other stories.
_TEASER_HEAD_RE = re.compile(
    r"^(?:check also|see also|read also|also read|read more|read next|up next|related(?: (?:articles?|stories|"
    r"posts|content|news|coverage|topics|reading))?|more (?:from|on|about) [\w' ]{1,40}|more (?:stories|news|"
    r"articles)|(?:other|top|latest|popular|trending) (?:stories|news|articles|posts)|you (?:may|might) (?:also )?"
    r"(?:like|enjoy|be interested in|have missed)|recommended(?: (?:for you|stories|articles|reading))?|"
    r"most (?:read|popular|viewed|shared)|trending(?: now)?|don't miss|further reading|editor'?s picks|"
    r"what to read next|in other news)\s?:?$",
    re.IGNORECASE,
)
# One-line teasers inside the article: "Read more: Nato warns Russia", "Watch: the talks in full",
# "WATCH | Premier says province will appeal" (a video's label and title, CBC style).
_TEASER_LINE_RE = re.compile(
    r"^(?:read more|read also|also read|see also|related|watch|listen|more|read next)\s?[:|]\s?\S", re.IGNORECASE
)

_SHARE_RE = re.compile(
    r"^(?:share(?: this| on| via| article| story)?|tweet|email|print|copy link|follow us|follow @|"
    r"sign up|subscribe|newsletter|advertisement|advertising|sponsored(?: content)?|skip to (?:main )?content|"
    r"menu|search|home)\b",
    re.IGNORECASE,
)

# Short lines that are content, not page labels: a list item ("- ", "• ", "3) "), and wire copy's
# datelines, score lines and table rows, which carry digits ("LONDON 1996-08-22", "Astle 9-0-53-1").
_LIST_ITEM_RE = re.compile(r"^(?:[-*•·–—▪►]|\(?\d{1,3}[.)]|[a-z][.)])\s")

_SENTENCE_END = ".!?…"
_CLOSERS = "\"'”’»)]"
# French typography spaces its guillemets ("« We want a deal. »"), often with a narrow no-break space: a sentence
# still ends before the space and the closing mark.
_CLOSERS_AND_SPACES = _CLOSERS + " \u202f\u2009"
_QUOTE_FORMS = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("\u00a0", " "))


def _straight_quotes(s: str) -> str:
    """Curly quotes to ASCII so patterns need one form (``str.replace`` runs in C, unlike ``translate``)."""
    for curly, plain in _QUOTE_FORMS:
        if curly in s:
            s = s.replace(curly, plain)
    return s


_CONNECTIVE_ENDINGS = (",", ";", ":", "-", "–", "—", "(")

_HEAD_ZONE_LINES = 8  # the lines after a headline that may hold the deck, captions and stamps
_MAX_SHORT_WORDS = 4  # a "stray line": at most this many words and no sentence ending
_MAX_WIDGET_WORDS = 40  # widget notes and appeals are short; longer lines are prose


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # start of the whole line (leading whitespace included)
    end: int  # end of the line, before its line break
    cstart: int  # start of the visible content
    cend: int  # end of the visible content
    text: str  # visible content, normalised (straight quotes)
    words: int

    @property
    def ends_sentence(self) -> bool:
        core = self.text.rstrip(_CLOSERS_AND_SPACES)
        return bool(core) and core[-1] in _SENTENCE_END

    @property
    def headline_like(self) -> bool:
        return 2 <= self.words <= 30 and not self.ends_sentence and self.text[-1] not in ":;,"


@dataclass(slots=True)
class CleanedPage:
    """What the cleaner found: furniture ranges to drop, and where the headline and standfirst are.

    ``dropped`` ranges cover whole lines of the original text (start of the line to just before
    its line break), sorted and non-overlapping; consecutive lines dropped for the same reason
    are merged into one range. ``title_span``/``standfirst_span`` are the visible text of those
    lines (surrounding whitespace excluded).
    """

    dropped: list[DroppedRange] = field(default_factory=list)
    title_span: tuple[int, int] | None = None
    standfirst_span: tuple[int, int] | None = None

    def reason_at(self, offset: int) -> str | None:
        """Why the character at ``offset`` was dropped, or None if it is kept (binary search)."""
        i = bisect.bisect_right([r.start for r in self.dropped], offset) - 1
        if i >= 0 and offset < self.dropped[i].end:
            return self.dropped[i].reason
        return None

    def is_dropped(self, start: int, end: int) -> bool:
        """Whether the span lies inside a dropped range (sentences never straddle lines)."""
        reason = self.reason_at(start)
        if reason is None:
            return False
        i = bisect.bisect_right([r.start for r in self.dropped], start) - 1
        return end <= self.dropped[i].end


class PageCleaner:
    """Marks page furniture line by line, before any tokenisation. Stateless and thread-safe."""

    def __call__(self, text: str, title: str | None = None) -> CleanedPage:
        lines = _lines(text)
        if not lines:
            return CleanedPage()
        reasons: list[str | None] = [_furniture_reason(line) for line in lines]
        title_i = _find_title(lines, reasons, title)
        page = CleanedPage()

        if title_i is not None:
            t = lines[title_i]
            page.title_span = (t.cstart, t.cend)
            reasons[title_i] = None
            for i in range(title_i):
                reasons[i] = reasons[i] or "preamble"
            stand_i = _find_standfirst(lines, reasons, title_i)
            if stand_i is not None:
                s = lines[stand_i]
                page.standfirst_span = (s.cstart, s.cend)
                reasons[stand_i] = None
            _mark_head_zone(lines, reasons, title_i, stand_i)

        _mark_teaser_tails(lines, reasons)
        skip = {i for i in (title_i, None if page.standfirst_span is None else stand_i) if i is not None}
        _mark_stray_lines(lines, reasons, skip, first=0 if title_i is None else title_i + 1)
        page.dropped = _merge(lines, reasons)
        return page


_LINE_RE = re.compile(r"[^\r\n]+")


def _lines(text: str) -> list[_Line]:
    """Non-blank lines with their offsets; ``\\n``, ``\\r\\n`` and ``\\r`` all end a line."""
    out: list[_Line] = []
    for m in _LINE_RE.finditer(text):
        raw = m.group()
        content = raw.strip()
        if not content:
            continue
        cstart = m.start() + len(raw) - len(raw.lstrip())
        norm = _straight_quotes(content)
        out.append(_Line(m.start(), m.end(), cstart, cstart + len(content), norm, norm.count(" ") + 1))
    return out


def _furniture_reason(line: _Line) -> str | None:
    """The kind of page furniture a line is, judged on the line alone; None for ordinary text.

    Cheap substring tests guard the regexes, so an ordinary body line costs a few C-level scans.
    """
    t, words = line.text, line.words
    if words > _MAX_WIDGET_WORDS:
        return "caption" if _SLUG_RE.match(t) else None  # furniture is short; long lines are prose
    low = t.lower()
    if _SLUG_RE.match(t) or (_has_image_extension(low) and _IMAGE_FILE_RE.search(t)):
        return "caption"
    if words <= 12:
        if "translat" in low and _TRANSLATION_RE.search(t):
            return "translation-notice"
        if ("play" in low or "listen" in low or "audio" in low or "voiced" in low) and _AUDIO_RE.search(t):
            return "audio-widget"
        if _COMMENT_LABEL_RE.match(t):
            return "comment-widget"
    if words <= 15 and (_STAMP_RE.match(t) or _DATE_ONLY_RE.match(t)):
        return "updated-line"
    if "comment" in low and _is_comment_note(t):
        return "comment-widget"
    if _is_appeal(t, words):
        return "donation-appeal"
    if _is_editor_note(t):
        return "editor-note"
    if words <= 6 and _AUTHOR_BOX_RE.match(t):
        return "author-box"
    ends_sentence = line.ends_sentence
    if words <= 12 and not ends_sentence and _BYLINE_RE.match(t):
        return "byline"
    if " by " in low and _WIRE_CREDIT_RE.match(t):
        return "byline"
    if "contributed" in low and '"' not in t and _CONTRIBUTED_RE.search(t):
        return "byline"
    if words <= 30 and _is_credit(line, ends_sentence):
        return "photo-credit"
    if words <= 25 and ":" in t and _TEASER_LINE_RE.match(t):
        return "teaser"
    if words <= 6 and not ends_sentence and _SHARE_RE.match(t):
        return "share-widget"
    return None


def _is_editor_note(t: str) -> bool:
    """A note about the page: a disclaimer of the author's views, an amendment or update note, a correction."""
    m = _EDITOR_NOTE_RE.match(t)
    if m is None or _NEWS_ABOUT_A_TEXT_RE.search(t):
        return False  # "..., the director said", "This article was amended by parliament in 2019": news
    if "expressed" not in m.group().lower():
        return True
    return bool(_DISCLAIMER_WHOSE_RE.search(t.lower())) and not _QUOTE_OR_SAID_RE.search(t)


def _is_comment_note(t: str) -> bool:
    """A moderation note: speaks to the reader about comments, with two or more widget cues, not a quote."""
    if not _ADDRESS_RE.search(t) or _QUOTE_OR_SAID_RE.search(t):
        return False
    return len({m.group().lower() for m in _COMMENT_CUE_RE.finditer(t)}) >= 2


def _has_image_extension(low: str) -> bool:
    return "." in low and (".jp" in low or ".png" in low or ".gif" in low or ".webp" in low or ".avif" in low)


def _is_appeal(t: str, words: int) -> bool:
    if words <= 12 and _APPEAL_STRONG_RE.match(t):
        return True
    if not _ADDRESS_RE.search(t) or _QUOTE_OR_SAID_RE.search(t):
        return False  # an appeal speaks to the reader, and is not reported speech
    cues = {m.group().lower()[:6] for m in _APPEAL_CUE_RE.finditer(t)}
    return len(cues) >= 2


def _is_credit(line: _Line, ends_sentence: bool) -> bool:
    """A caption credit: the line *ends* in an agency or photographer credit with no final period."""
    t = line.text
    if _CREDIT_LEAD_RE.match(t):
        return True
    if ends_sentence:
        return False  # "..., according to Reuters." is a sentence, not a credit
    tail = t[-80:]
    return bool(_CREDIT_TAIL_RE.search(tail) or (":" in tail and _CREDIT_NAME_TAIL_RE.search(tail)))


def _normalise_title(s: str) -> str:
    return " ".join(_straight_quotes(s).split()).casefold()


def _find_title(lines: list[_Line], reasons: list[str | None], title: str | None) -> int | None:
    """The headline line: the line equal to ``title`` (case and spacing aside); without a title,
    the first line that is not furniture, if it reads like a headline and text follows it."""
    if title is not None:
        wanted = _normalise_title(title)
        if not wanted:
            return None
        for i, line in enumerate(lines):
            if _normalise_title(line.text) == wanted:
                return i
        return None
    for i, line in enumerate(lines):
        if reasons[i] is not None:
            continue  # page chrome before the headline (appeals, credits, widgets)
        if line.headline_like and i + 1 < len(lines):
            return i
        return None
    return None


def _content_words(text: str) -> set[str]:
    return {w.strip(".,;:!?'\"()").lower() for w in text.split() if len(w) > 3}


def _find_standfirst(lines: list[_Line], reasons: list[str | None], title_i: int) -> int | None:
    """The deck under the headline: the next non-furniture line when it is an unpunctuated line of
    5-40 words, or a single short sentence that the body restates (a deck repeats the story; a
    one-sentence lede paragraph, the usual first line of news copy, does not)."""
    i = title_i + 1
    while i < len(lines) and reasons[i] is not None:
        i += 1
    if i >= len(lines) - 1:
        return None
    line = lines[i]
    if not line.ends_sentence:
        return i if 5 <= line.words <= 40 and line.text[-1] not in ":;," else None
    if line.words > 30 or any(p in line.text[:-1] for p in (". ", "? ", "! ")):
        return None
    own = _content_words(line.text)
    if len(own) < 3:
        return None
    for later in lines[i + 1 : i + 40]:
        if len(own & _content_words(later.text)) >= 0.7 * len(own):
            return i
    return None


def _mark_head_zone(lines: list[_Line], reasons: list[str | None], title_i: int, stand_i: int | None) -> None:
    """Between the headline and the first paragraph, unpunctuated lines are captions of the lead
    image or video (repeated headlines, picture titles), not story text."""
    start = (stand_i if stand_i is not None else title_i) + 1
    for i in range(start, min(len(lines), start + _HEAD_ZONE_LINES)):
        line = lines[i]
        if reasons[i] is not None:
            continue
        if line.ends_sentence or line.text[-1] in ":;,":
            return  # the body has started
        if line.words <= _MAX_SHORT_WORDS and (
            _is_content_line(line)
            or (i + 1 < len(lines) and lines[i + 1].words <= 12 and _is_content_line(lines[i + 1]))
        ):
            continue  # a wire story's dateline ("LONDON 1996-08-22") or the byline over it, not a caption
        reasons[i] = "caption"


def _is_body_like(line: _Line) -> bool:
    return line.words >= 12 and line.ends_sentence and not line.text.endswith(("...", "…", "[…]", "[...]"))


# A report with its source after it: '"We are on track," Ms Sanderson said.', ", the minister said".
_SAID_AFTER_RE = re.compile(r",\s+(?:\w+\s+){1,4}(?:said|says|told|added)\b")


def _is_prose(line: _Line) -> bool:
    """A sentence of running text, short or long ('"We are on track," Ms Sanderson said.'): not a
    list item, not a Title Case headline, not an excerpt cut off with an ellipsis."""
    if line.words < 4 or not line.ends_sentence or _LIST_ITEM_RE.match(line.text):
        return False
    if line.text.endswith(("...", "…", "[…]", "[...]")):
        return False
    # a sentence-case headline ("Experts say the budget does little for renters.") reads as prose
    # too: only a quote, or a report with its source after it, is surely the story going on
    if not any(mark in line.text for mark in ('"', "“", "”", "«", "»")) and not _SAID_AFTER_RE.search(line.text):
        return False
    words = [w for w in line.text.split() if w[:1].isalpha()]
    return sum(w[0].isupper() for w in words) < 0.5 * len(words)


def _mark_teaser_tails(lines: list[_Line], reasons: list[str | None]) -> None:
    """A teaser heading ("Check Also", "Related stories") starts a list of other pages: drop it and
    the headlines and excerpts after it, up to the next real paragraph; to the end of the text when
    at most one real paragraph follows (the article is over). When the article goes on after the
    list (Australian and Canadian pages put "Read more:" mid-story), its first sentence of prose,
    however short, ends the list: nothing of the story is lost."""
    for i, line in enumerate(lines):
        if line.words > 8 or not _TEASER_HEAD_RE.match(line.text):
            continue
        rest = range(i + 1, len(lines))
        body_after = sum(1 for j in rest if reasons[j] is None and _is_body_like(lines[j]))
        reasons[i] = "teaser"
        for j in rest:
            if body_after > 1 and reasons[j] is None and (_is_body_like(lines[j]) or _is_prose(lines[j])):
                break
            reasons[j] = reasons[j] or "teaser"
        if body_after <= 1:
            return


def _is_content_line(line: _Line) -> bool:
    """A short line that carries story content: digits (a dateline, a score, a table row), a list
    marker, or all capitals (a wire headline or dateline place, "LONDON", "EASTERN CONFERENCE")."""
    t = line.text
    if any(c.isdigit() for c in t) or _LIST_ITEM_RE.match(t):
        return True
    letters = [c for c in t if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _mark_stray_lines(lines: list[_Line], reasons: list[str | None], skip: set[int], first: int) -> None:
    """Lines of a few words with no sentence ending ("Your Voice", "Share", a lone label) are page
    labels. Kept: a fragment of a sentence broken across lines (ends in a comma, or the next line goes
    on in lower case), content lines (datelines, scores, list items, capitals: :func:`_is_content_line`)
    and any short line next to one (a byline over a dateline, a row or heading of a table). A stray
    line between two paragraphs is a crosshead ("subheading"); one next to a widget takes its reason."""
    short = [
        reasons[i] is None and lines[i].words <= _MAX_SHORT_WORDS and not lines[i].ends_sentence
        for i in range(len(lines))
    ]
    # Table rows and datelines are longer than labels, so a neighbour counts up to a widget's length.
    content = [
        reasons[i] is None and lines[i].words <= 12 and not lines[i].ends_sentence and _is_content_line(lines[i])
        for i in range(len(lines))
    ]
    for i in range(first, len(lines)):
        if not short[i] or i in skip or content[i]:
            continue
        line = lines[i]
        if line.text.endswith(_CONNECTIVE_ENDINGS) or line.text[0].islower():
            continue
        if i + 1 < len(lines) and lines[i + 1].text[0].islower():
            continue
        if (i > 0 and content[i - 1]) or (i + 1 < len(lines) and content[i + 1]):
            continue  # part of a table, a list or a wire story's head
        reasons[i] = "stray-line"
    for i, reason in enumerate(reasons):
        if reason == "preamble" and lines[i].words <= _MAX_SHORT_WORDS and not lines[i].ends_sentence:
            reason = "stray-line"  # a label in the chrome above the headline ("Before you go")
        elif reason != "stray-line":
            continue
        before = lines[i - 1] if i > 0 and reasons[i - 1] is None else None
        after = lines[i + 1] if i + 1 < len(lines) and reasons[i + 1] is None else None
        if before is not None and after is not None and _is_body_like(before) and _is_body_like(after):
            reasons[i] = "subheading"  # a crosshead between two paragraphs: structure, not story text
            continue
        for j in (i + 1, i - 1):
            neighbour = reasons[j] if 0 <= j < len(lines) else None
            if neighbour in ("comment-widget", "donation-appeal", "teaser", "audio-widget", "share-widget"):
                reasons[i] = neighbour
                break


def _merge(lines: list[_Line], reasons: list[str | None]) -> list[DroppedRange]:
    """One range per run of consecutive dropped lines with the same reason."""
    out: list[DroppedRange] = []
    prev_i = -2
    for i, reason in enumerate(reasons):
        if reason is None:
            continue
        line = lines[i]
        if out and prev_i == i - 1 and out[-1].reason == reason:
            out[-1] = DroppedRange(out[-1].start, line.end, reason)
        else:
            out.append(DroppedRange(line.start, line.end, reason))
        prev_i = i
    return out


class KeepEverything:
    """A cleaner that drops nothing and finds no headline: for measuring a component on the raw
    text (evaluations on corpora that are not web pages, unit tests of the recognisers)."""

    dropped: tuple[DroppedRange, ...] = ()
    title_span: tuple[int, int] | None = None
    standfirst_span: tuple[int, int] | None = None

    def __call__(self, text: str, title: str | None = None) -> KeepEverything:
        return self

    def is_dropped(self, start: int, end: int) -> bool:
        return False
