"""The parse every stage reads, and what the stages have found so far.

:class:`Context` wraps one parsed article: the spaCy ``Doc`` of the prepared copy
(:mod:`summarizer.offline.text`), its sentences, its direct quotes, where the headline and
dateline end, and the helpers that turn token spans into text and grounded evidence. The stages
write their findings into it in order: the actor table (:mod:`summarizer.offline.mentions`), then
the attribution frames (:mod:`summarizer.offline.attribution`), which later stages read.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from summarizer.grounding import Grounder
from summarizer.offline.rules import Rules
from summarizer.offline.text import Prepared, quote_spans
from summarizer.schemas.brief import ActorKind, Evidence

if TYPE_CHECKING:
    import datetime

    from spacy.tokens import Doc, Span, Token

# an actor's identity: ("person", key) | ("org", key) | ("group", side, class) | ("unnamed", side)
ActorKey = tuple[str | None, ...]
Offsets = tuple[int, int]
Cue = tuple["Token", str]  # an event cue and its incident type

SUBJ = ("nsubj", "nsubjpass", "csubj", "expl")  # subject dependencies
# modal auxiliaries ("wo" and "ca" are how spaCy splits "won't" and "can't"): what they govern has not happened
MODALS = frozenset({"will", "would", "can", "could", "should", "shall", "may", "might", "must", "wo", "ca"})
NAME_STRIP = re.compile(r"^(?:the|a|an)\s+|(?:'s|’s|')$", re.IGNORECASE)  # "the X", "X's"
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")  # a year in a date phrase ("in 2008", "March 2016")
# an interview transcript's turn marker opening a line: "((Rich Doe))  I think ...", "((WN)) How ...?"
TURN_MARKER = re.compile(r"^\(\((?P<name>[^()\n]{1,60})\)\)", re.MULTILINE)


@dataclass
class ActorDraft:
    key: ActorKey
    name: str
    kind: ActorKind
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    spans: list[Offsets] = field(default_factory=list)  # prepared-text char spans
    first: int = 0
    mentions: int = 0


@dataclass
class Frame:
    """One attribution: who said (or believes) what, where."""

    speaker: ActorDraft | None
    cue: int  # token index of the cue
    content: Offsets  # token span [start, end)
    span: Offsets  # token span of the whole attribution (evidence)
    hedged: bool = False
    quote: Offsets | None = None  # char span of a direct quote, when the content is one
    kind: str = "verb"
    gap: Offsets | None = None  # char span of the speaker's words between the halves of a split quote


class Context:
    """One parsed article and the stages' shared findings; build one per article."""

    def __init__(self, doc: Doc, prepared: Prepared, rules: Rules, grounder: Grounder | None = None,
                 source: str | None = None, published: datetime.date | None = None):
        self.doc = doc
        self.source = source  # the article's publisher (Article.source), when known
        self.published = published  # its publication date (Article.published), when known
        self.prep = prepared
        self.rules = rules
        self.grounder = grounder or Grounder(prepared.original)
        self.sents = list(doc.sents)
        self.sent_of: dict[int, int] = {}
        for n, s in enumerate(self.sents):
            for i in range(s.start, s.end):
                self.sent_of[i] = n
        # the prepared copy is the doc's text (Doc.text is rebuilt from its tokens on every access)
        self.text = prepared.text if doc and doc[-1].idx + len(doc[-1].text_with_ws) == len(prepared.text) else doc.text
        self.sent_text = [self.text[s.start_char : s.end_char] for s in self.sents]  # Span.text is too
        self.ents: tuple[Span, ...] = ()
        self._ent_starts: list[int] = []
        self.read_ents()
        self.quotes = quote_spans(self.text)
        self.title_end = dateline_end(doc, title_end(doc))  # tokens before: headline and dateline
        # the actor table (filled by summarizer.offline.actors)
        self.actors: dict[ActorKey, ActorDraft] = {}
        self.token_actor: dict[int, ActorDraft] = {}  # token index -> actor of the mention it is in
        self.name_tokens: set[int] = set()  # tokens of person names (not their titles)
        self.person_order: list[tuple[int, ActorDraft]] = []  # (token index, actor) of persons
        self.places: set[str] = set()  # name keys the article uses as places
        # attribution frames (filled by summarizer.offline.attribution)
        self.frames: list[Frame] = []
        self.turns: list[tuple[int, str, bool]] | None = None  # transcript turns (mentions._turn_at)
        # persons in token order with their bare surnames, and the actor-table size it was built for
        # (mentions.person_mentions)
        self.person_mention_cache: tuple[tuple[int, int, int], list[tuple[int, ActorDraft]]] | None = None
        self.gender_cache: dict[int, str | None] = {}  # id(actor) -> its gender, for that same order
        self.natural_death: bool | None = None  # the article tells a death from illness (incidents.cues._doc_natural_death)
        self.obituary = False  # an old age told alone just after a death: an obituary's (incidents.cues._natural_death)
        self.release_days: list[tuple[int, datetime.date]] | None = None  # the release datelines' (offset, date) (incidents.releases.release_days)
        self.narration_counts: list[int] | None = None  # per sentence, those opening outside a quote up to it (mentions._narration_counts)
        self.force_pairs: set[str] | None = None  # the sides of the article's forces of two sides (groups._force_pairs)
        self.subject_pairs: set[str] | None = None  # the sides of its plural forces told as subjects (groups._subject_pairs)
        self.body_initials: set[str] | None = None  # initials of its organisations' names (groups._initials_of_bodies)

    @cached_property
    def tokens(self) -> list[Token]:
        """The doc's tokens, made once: ``Doc`` makes a new ``Token`` on each index and in each loop
        over it; the stages' loops over the whole doc or a sentence read these."""
        return list(self.doc)

    @cached_property
    def release_datelines(self) -> list[re.Match[str]]:
        """The article's release datelines ("KABUL, Afghanistan (Jan. 20, 2011)", ``events.yaml``
        ``release_dateline``, its day and year named), searched once: wherever they stand, often glued to
        the lead's sentence after the release number ("2011-07-S-083 For Immediate Release KABUL,
        Afghanistan (...) – A force detained ..."), where the parser hangs them on the lead's verb."""
        pattern = self.rules.raw["events"].get("release_dateline")
        return list(re.finditer(pattern, self.text)) if pattern else []

    @cached_property
    def name_titles(self) -> frozenset[str]:
        """Lower-case nouns the article writes as a title right before a person's full name ("County
        sheriff Kerry Lee", "New Zealand bowler Daniel Vettori"): a compound of the name's head, the
        name two or more words the tagger took for a person's. The same word capitalised before a name
        elsewhere is that title, not a first name ("Sheriff Lee said", "Bowler Shane Warne has stated")."""
        doc = self.doc
        found = set()
        for t in self.tokens:
            nxt = t.i + 1
            if (t.is_lower and t.is_alpha and t.tag_ == "NN" and t.dep_ == "compound" and nxt < len(doc)
                    and doc[nxt].ent_type_ == "PERSON" and doc[nxt].ent_iob_ == "B" and doc[nxt].pos_ == "PROPN"
                    and t.head.ent_type_ == "PERSON" and t.head.i > nxt):
                found.add(t.text)
        return frozenset(found)

    def in_release_dateline(self, tok: Token) -> bool:
        return any(m.start() <= tok.idx < m.end() for m in self.release_datelines)

    def read_ents(self) -> None:
        """The doc's entities, read once (``Doc.ents``, and ``Span.ents``, build all of them on each read), and
        again after a stage has mended the tagger's spans in the doc (``actors.bodies_joined_at_and``)."""
        self.ents = tuple(self.doc.ents)
        self._ent_starts = [e.start for e in self.ents]

    def ents_in(self, span: Span) -> list[Span]:
        """``span.ents`` (the entities wholly inside ``span``, up to the first that crosses its end),
        from the entities built once: ``Span.ents`` builds all of the doc's on each call."""
        out = []
        for i in range(bisect_left(self._ent_starts, span.start), len(self.ents)):
            ent = self.ents[i]
            if ent.end > span.end:
                break
            out.append(ent)
        return out

    def char_span(self, start_tok: int, end_tok: int) -> Offsets:
        tokens = self.tokens
        s = tokens[start_tok].idx
        last = tokens[end_tok - 1]
        return s, last.idx + len(last.text)

    def evidence(self, cstart: int, cend: int) -> Evidence:
        start, end = self.prep.span(cstart, cend)
        return self.grounder.span_evidence(start, end)

    def text_of(self, start_tok: int, end_tok: int) -> str:
        cs, ce = self.char_span(start_tok, end_tok)
        return " ".join(self.text[cs:ce].split())

    def in_quote(self, char: int) -> Offsets | None:
        for q in self.quotes:
            if q[0] <= char < q[1]:
                return q
        return None


def definite(tok: Token) -> bool:
    """``tok`` takes "the", "this" or "that" ("the group", "this operation"): a noun that names
    something told before."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)


def is_title(word: str, rules: Rules) -> bool:
    w = word.lower()
    return w in rules.titles or w.rstrip(".") in rules.titles or w + "." in rules.titles


def title_end(doc: Doc) -> int:
    """End of a headline in the first line: Title Case words with no sentence end."""
    first_break = next((t.i for t in doc[:31] if "\n" in t.text), None)  # a break after token 30 ends no headline
    if first_break is None:
        return 0
    words = [t for t in doc[:first_break] if t.is_alpha]
    if not words or doc[first_break - 1].text in (".", "?", "!", '"'):
        return 0
    caps = sum(1 for t in words if t.text[:1].isupper())
    return first_break if caps / len(words) >= 0.6 else 0


def dateline_end(doc: Doc, start: int) -> int:
    """End of a dateline ("KABUL, Afghanistan (June 19) -", "BOSTON —") starting at ``start``."""
    if start >= len(doc):
        return start
    first = doc[start]
    while first.is_space and first.i + 1 < len(doc):
        first = doc[first.i + 1]
    if first.is_upper and first.is_alpha and len(first.text) > 2:
        for t in doc[first.i : first.i + 14]:
            if t.text in _DASHES:
                return t.i + 1
        return start
    return _mixed_case_dateline_end(doc, first) or start


_DASHES = ("-", "\u2014", "\u2013", "--")


def _mixed_case_dateline_end(doc: Doc, first: Token) -> int | None:
    """End of a dateline in mixed case ("Moscow, 3 March:", "Kabul, Afghanistan (Reuters) -"): a place
    name, then only places, dates, a parenthesis and commas up to a dash or a colon."""
    if not (first.is_title and first.ent_type_ in ("GPE", "LOC")):
        return None
    depth = 0
    for t in doc[first.i + 1 : first.i + 12]:
        if t.text in _DASHES or (t.text == ":" and depth == 0):
            return t.i + 1
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        elif not (depth > 0 or t.text == "," or t.ent_type_ in ("GPE", "LOC", "DATE") or t.like_num):
            return None
    return None
