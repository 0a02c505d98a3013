"""Text preparation for the offline backend: a parse-friendly copy of the article with an offset map.

Articles arrive with hard line wraps, blank lines inside sentences ("...the US\\n\\nhas grown..."),
and paragraphs glued together without a space ("...CNN reported.The US military", "Pending
chargesProsecutors said"). spaCy parses a cleaned copy; every character of the copy remembers
the offset it came from, so spans found in the copy map back exactly onto the original text.

Unlike :func:`summarizer.grounding.normalize` this keeps case and punctuation: only whitespace
changes, and a separator may be inserted where two sentences or paragraphs were glued together.
"""

from __future__ import annotations

import html
import re
from array import array
from dataclasses import dataclass

from summarizer.article import header

_TERMINAL = set('.!?"\u201d:')
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'", "\u00a0": " "})
# "reported.The" / "it.\"The" / "bombing.Khairullozhon": a sentence end glued to the next sentence
_GLUED_STOP = re.compile(r'(?<=[a-z0-9)][.!?])(?=[A-Z][a-z])')
_GLUED_QUOTE = re.compile(r'(?<=[a-z0-9)][.!?,])"(?=[A-Z])')
# a link's language after it in citizen-media posts ("wrote [ru]:", "[ru, en]"), read as a word ("es", "ar")
# when only its brackets go (dropped in a line introducing a quote, `_intro_line`); not a word put in by the editor ("if [it] is", "[he] said", "[us]")
_LANGUAGE_TAG = re.compile(r"\[(?!(?:it|he|we|me|us|am|an|as|at|be|by|do|go|if|in|is|my|no|of|on|or|so|to|up)\])"
                           r"[a-z]{2}(?:, ?[a-z]{2})*\]")
# "ProbeBOSTON" / "involvementAn": a paragraph (often a heading) glued to the next one
_GLUED_PARA = re.compile(r"(?<=[a-z]{4})(?=[A-Z](?:[a-z]+\b|[A-Z]{2,}\b|\s|\.[A-Z]))")
# a wire dateline and credit ("JERUSALEM (Reuters) -", "ABIDJAN, Jan 31 (AFP) \u2013", "(Reuters) -Leonteq",
# "WASHINGTON (AP) \u2014"): a line of its own, so that the parser does not read the city or the agency as
# the subject of the lead's verb (round 31, wire copy); a colon as well as a dash, a bracketed country
# ("New Delhi [India], May 4 (ANI): "), and after a city in capitals any credit, a short name in brackets
# ("KARACHI (APP): ", "LAGOS (NAN)- ", "QUETTA (Frontier Post): "; not after a name in mixed case, a speaker's "Jo Smith (JS): ")
_WIRE_AGENCY = (r"Reuters|AP|AFP|UPI|dpa|Xinhua|IANS|Bloomberg|Associated Press|Agence France-Presse|ANI|PTI|APP|KUNA"
                r"|IRNA|ISNA|WAM|SPA|TASS|Yonhap|Kyodo|Bernama|Anadolu|AA|NAN|PNA")
# the pieces both dateline patterns are made of: words that open a sentence and never a dateline's place, a day
# ("Jan 31", "Oct. 8"), a dash
_NO_PLACE_WORDS = r"the|an?|he|she|it|they|we|this|that|in|on|at|but|and|if|as"
_MONTH_DAY = r"[A-Z][a-z]{2,8}\.? \d{1,2}"
_DASH = r"(?:-{1,2}|\u2013|\u2014)"
_WIRE_PLACE_TAIL = (r"(?:,? (?:\[[A-Z][a-z]+(?: [A-Z][a-z]+)*\]|[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*))?"
                    r"(?:,? " + _MONTH_DAY + r")? ?")
_WIRE_DATELINE = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:(?:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*" + _WIRE_PLACE_TAIL
    + r"\((?:" + _WIRE_AGENCY + r"|[A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+){0,2})"
    r"|(?!(?i:" + _NO_PLACE_WORDS + r")\b)[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
    + _WIRE_PLACE_TAIL + r"\((?:" + _WIRE_AGENCY + r"))(?: [A-Z][a-z]+)?\) ?(?:" + _DASH + r"|:)"
    r"|\((?:" + _WIRE_AGENCY + r")(?: [A-Z][a-z]+)?\) ?" + _DASH + r")(?= ?\S)")
# a dateline with no credit, in the first two paragraphs only (the lead, or a headline and the lead): a colon
# ("PESHAWAR: ", "Srinagar: ", "Kochi, June 3: ", "Dhaka, 4 May : "), or a dash after a city in capitals or a day
# ("MOSUL, Nineveh Province - ", "Kochi, June 3 -- "): a line of its own, so that the city is no person the
# lead's verb hangs on; not a label ("UPDATE: ", "Note: ", "Q: ") nor a speaker's turn ("SMITH: I")
_DATELINE_DAY = r"(?:,? (?:" + _MONTH_DAY + r"|\d{1,2} [A-Z][a-z]{2,8}))"
_DATELINE_REGION = r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
_BARE_DASH = " ?" + _DASH
_COLON_DATELINE = re.compile(
    r"[ \t]*(?!(?i:" + _NO_PLACE_WORDS + r"|note|update|editor|photo|image"
    r"|source|release|q|read|watch|related|breaking|warning|video|live)\b)"
    r"(?:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}" + _DATELINE_REGION + _DATELINE_DAY + r"?(?: ?:|" + _BARE_DASH + ")"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}" + _DATELINE_REGION + r"(?:" + _DATELINE_DAY + r"? ?:|" + _DATELINE_DAY
    + _BARE_DASH + r"))(?= (?!(?:I|We|My|Our|Well|Yes|No)\b)[A-Z\"])")
# markup left in scraped text: a character reference ("4&ndash;3", "MOSCOW &mdash; The court", "&amp;", "&#8212;")
# is read as its character; a tag ("<br>", "<sup>photo: X</sup>", "<div style='...'>") as a space, a line break or
# a block's end as a paragraph end
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,7}|#[0-9]{1,6}|#[xX][0-9A-Fa-f]{1,5});")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>\n]{0,200})?/?>")
_BLOCK_TAGS = frozenset({"br", "p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "gallery", "noinclude"})
# a run of characters copied as they are: no whitespace (``\s`` is ``str.isspace``), tag, bracket or character reference,
# but single spaces between such characters (a space before a word is copied as it is)
_PLAIN_RUN = re.compile(r"[^\s<\[\]&]+(?: [^\s<\[\]&]+)*")
_ABBREV_END = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Cdr|Cmdr|Adm|Sgt|Sen|Rep|Gov|St|Jr|Sr|No|Inc|Corp|Co|Ltd|U\.S|U\.K|U\.N|Brig|Cpl|Pvt|Spc|Lt\. Col|Rev|Prof))\.$")


@dataclass(frozen=True)
class Prepared:
    """``text`` is the parse copy; ``index[i]`` is the original offset of ``text[i]`` (a compact
    array: a 5 MB article's map takes 40 MB, not the 180 MB of a list of ints)."""

    original: str
    text: str
    index: array[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the copy's [start, end)."""
        if end <= start:
            o = self.index[min(start, len(self.index) - 1)] if self.index else 0
            return o, o
        return self.index[start], self.index[end - 1] + 1


def _paragraph_style(text: str) -> bool:
    """True when line breaks end paragraphs (most lines end a sentence), False for hard wraps."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if len(lines) < 3:
        return True
    ends = sum(1 for ln in lines if ln[-1] in _TERMINAL)
    return ends / len(lines) >= 0.6


def _headline_end(text: str, start: int) -> int:
    """Offset of the line break after a Title Case headline on the first line (-1 if none)."""
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    if end < 0:
        return -1
    line = text[start:end].strip()
    words = list(re.findall(r"[A-Za-z][A-Za-z'-]*", line))
    if not words or len(words) > 25 or line[-1] in _TERMINAL:
        return -1
    caps = sum(1 for w in words if w[0].isupper())
    if caps / len(words) < 0.6:
        return -1
    j = start + len(text[start:end].rstrip())
    return j


def _blank_run(text: str, i: int) -> tuple[int, bool]:
    """The end of the run of whitespace and markup tags that starts at ``i``, and whether it breaks a line (a
    newline, or a tag that ends a line or a block: "<br>", "</div>")."""
    n, j, newline = len(text), i, False
    while j < n:
        if text[j].isspace():
            newline = newline or text[j] == "\n"
            j += 1
        elif text[j] == "<" and (m := _TAG.match(text, j)) is not None:
            newline = newline or m.group(0).strip("</>").split()[0].lower() in _BLOCK_TAGS
            j = m.end()
        else:
            break
    return j, newline


def prepare(text: str) -> Prepared:
    """Collapse whitespace (keeping one newline at paragraph ends), drop editorial square brackets,
    read markup left in scraped text (a character reference as its character, a tag as whitespace)
    and unglue sentences."""
    paragraphs = _paragraph_style(text)
    out: list[str] = []
    index = array("q")
    i, n = 0, len(text)
    # a metadata header line ("date 2019-12-10 ... - Source: ...") is not article prose: skip it
    head = header(text)
    if head is not None:
        i = head.end
    headline_end = _headline_end(text, i)
    while i < n:
        if (plain := _PLAIN_RUN.match(text, i)) is not None:  # ordinary words: copied as one piece
            j = plain.end()
            out.append(text[i:j])
            index.extend(range(i, j))
            i = j
            continue
        ch = text[i]
        if ch.isspace() or (ch == "<" and _TAG.match(text, i)):
            j, newline = _blank_run(text, i)
            if out and j < n:
                prev = "".join(out[-12:])[-12:]  # the copy's last 12 characters (a piece holds one or more)
                boundary = newline and (paragraphs or i == headline_end
                                        or (prev[-1] in _TERMINAL and not _ABBREV_END.search(prev)))
                if boundary and text[j].islower() and not (prev.endswith(":") and text.count("\n", i, j) > 1):
                    boundary = False  # a line wrapped mid-sentence; not a quote set apart after a colon ("X writes:")
                out.append("\n" if boundary else " ")
                index.append(i)
            i = j
            continue
        if ch == "[" and (m := _LANGUAGE_TAG.match(text, i)) is not None and _intro_line(text, m.end()):
            i = m.end()  # "Kashin wrote [ru]:", "X (@x) [es] states that ...:": a link's language, no word of the intro
            if out and out[-1] == " ":
                out.pop()
                index.pop()
            continue
        if ch in "[]":  # editorial brackets ("[Vladimir] Putin", "the [army and police]"): read through
            i += 1
            continue
        if ch == "&" and (m := _ENTITY.match(text, i)) is not None and len(char := html.unescape(m.group(0))) == 1:
            i = m.end()
            if char.isspace() and (not out or out[-1].isspace() or i >= n or text[i].isspace()):
                continue  # "&nbsp;" beside a space: one space
            out.append(" " if char.isspace() else char)  # "&mdash;" is "\u2014"
            index.append(m.start())
            continue
        out.append(ch)
        index.append(i)
        i += 1
    copy = "".join(out).translate(_QUOTES)
    # unglue: insert a separator mapped to the following character's offset
    inserts: list[tuple[int, str]] = [(m.start(), " ") for m in _GLUED_STOP.finditer(copy)]
    for m in _GLUED_QUOTE.finditer(copy):
        opening = copy.count('"', 0, m.start()) % 2 == 0
        inserts.append((m.start() if opening else m.end(), " "))
    inserts += [(m.start(), "\n") for m in _GLUED_PARA.finditer(copy) if not _in_handle(copy, m.start()) and not _camel_name(copy, m.start())]
    inserts += [(m.end(), "\n") for m in _WIRE_DATELINE.finditer(copy)]
    inserts += [(m.end(), "\n") for m in _colon_datelines(copy)]
    if inserts:
        pieces: list[str] = []
        new_index = array("q")
        last = 0
        for pos, sep in sorted(inserts):
            pieces.append(copy[last:pos])
            new_index.extend(index[last:pos])
            pieces.append(sep)
            new_index.append(index[pos])
            last = pos
        pieces.append(copy[last:])
        new_index.extend(index[last:])
        copy, index = "".join(pieces), new_index
    return Prepared(text, copy, index)


_LABEL_WORDS = frozenset({"image", "photo", "picture", "credit", "credits", "source", "file", "video", "courtesy", "caption"})


def _colon_datelines(copy: str) -> list[re.Match[str]]:
    """A dateline with no credit (``_COLON_DATELINE``) opening one of the first two paragraphs."""
    found: list[re.Match[str]] = []
    at = 0
    for _ in range(2):
        while at < len(copy) and copy[at].isspace():
            at += 1
        if (m := _COLON_DATELINE.match(copy, at)) is not None and not _LABEL_WORDS & set(re.findall(r"[a-z]+", m.group().lower())):
            found.append(m)  # not a caption's credit, "Anna Berg Image: Lena Varga."
        if (at := copy.find("\n", at)) < 0:
            break
    return found


def _intro_line(text: str, at: int) -> bool:
    """True when the paragraph ``at`` is in ends in a colon: a line introducing a quote or a tweet, whose speaker
    and verb the parser must find (a language tag mid-narration is left to be read as a word, as before)."""
    end = text.find("\n", at)
    return text[at : len(text) if end < 0 else end].rstrip().endswith(":")


def _in_handle(copy: str, at: int) -> bool:
    """True when ``at`` is inside a handle, hashtag or address ("@lleshShah", "#FreeSpeech", "youtube.com/watchNow"),
    whose capitals glue no paragraphs, in brackets too ("Richie (@MelisMatik) links": gvpool gv1664288d)."""
    word = copy[max(copy.rfind(" ", 0, at), copy.rfind("\n", 0, at)) + 1:at]
    return word.lstrip("([")[:1] in ("@", "#") or "/" in word


# the words a paragraph or a caption glued to a capitalised word opens with ("ProbeThe judge", "CollinsImage: NASA")
_OPENERS = frozenset({"The", "A", "An", "Image", "Photo", "Video", "It", "He", "She", "They", "We", "I", "This", "That", "These",
                      "Those", "His", "Her", "Their", "Its", "But", "And", "According", "After", "When", "While", "However"})
_CAMEL_PART = 8  # the longest second part of a camel-case name ("RealClearPolitics", "DaimlerChrysler")
_WORD_END = re.compile(r"[^A-Za-z]|$")


def _camel_name(copy: str, at: int) -> bool:
    """True when the capital at ``at`` is inside a camel-case name ("PolitiFact", "BlackRock", "LinkedIn", "SpaceX",
    "WhatsApp"), not a paragraph glued on: the word opens with a capital and its second part is a short capitalised
    word that opens no paragraph (not "The", "Image", nor all capitals, "ProbeBOSTON"), or the word comes again."""
    start = max(copy.rfind(" ", 0, at), copy.rfind("\n", 0, at)) + 1
    if not copy[start:start + 1].isupper():
        return False  # "chargesProsecutors", "involvementAn"
    end = _WORD_END.search(copy, at).start()  # type: ignore[union-attr]
    part = copy[at:end]
    if part in _OPENERS or len(part) > 1 and part.isupper() or len(part) == 1 and copy[end:end + 1] == ".":
        return False  # "ProbeThe", "SurvivorsBOSTON", "in DagestanU.S. investigators"
    return len(part) <= _CAMEL_PART or copy.count(copy[start:end]) > 1


_QUOTE_OR_BREAK = re.compile('["\\n]')


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans (inside the quote marks) of double-quoted passages in a prepared copy.

    Straight quotes are paired in order; a quote that is still open at a paragraph end is closed
    there (news style reopens a continued quote in the next paragraph)."""
    spans = []
    start = None
    for m in _QUOTE_OR_BREAK.finditer(text):  # nothing happens at any other character
        i = m.start()
        ch = text[i]
        if ch == '"':
            if start is None:
                start = i + 1
            else:
                if i > start:
                    spans.append((start, i))
                start = None
        elif ch == "\n" and start is not None:
            # a paragraph end inside a quote: close it only if the next paragraph reopens one
            rest = text[i + 1 : i + 2]
            if rest == '"':
                spans.append((start, i))
                start = None
    return spans


def chunks(prepared: Prepared, size: int) -> list[Prepared]:
    """The prepared copy cut into pieces of at most ``size`` characters, at paragraph ends (else at
    a sentence end, else at a space): a long article is parsed piece by piece, within spaCy's
    ``max_length`` and in memory that does not grow with the article. Every piece keeps the whole
    original text and maps onto it."""
    text = prepared.text
    if len(text) <= size:
        return [prepared]
    out: list[Prepared] = []
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = text.rfind("\n", start + size // 4, end)
            if cut < 0:
                cut = max(text.rfind(". ", start + size // 4, end), text.rfind("? ", start + size // 4, end))
                cut = cut + 1 if cut >= 0 else text.rfind(" ", start + 1, end)
            end = cut + 1 if cut > start else end
        out.append(Prepared(prepared.original, text[start:end], prepared.index[start:end]))
        start = end
    return out


def clip(text: str, limit: int = 300, *, mark: str = "") -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, never half a word (a single
    word longer than ``limit`` is cut), ending in ``mark`` when cut ("…" for a paraphrase; a verbatim
    quote is a prefix, no mark)."""
    if len(text) <= limit:
        return text
    room = limit - len(mark)
    head = text[:room]
    if not text[room].isspace() and (last := re.search(r"\s\S*$", head)) is not None and last.start() > 0:
        head = head[: last.start()]
    return head.rstrip(" ,;:\n") + mark
