"""Rule-based extraction over a spaCy parse: actors, claims, denials, incidents, summary.

Input is a parsed :class:`~summarizer.offline_text.Prepared` copy of the article; every item's
evidence is a span of that copy mapped back onto the original text, so offsets are exact by
construction. The output is a *draft* brief: actors are referred to by name and
:func:`summarizer.resolve.resolve` assigns ids, merges remaining duplicates and resolves dates.

Stages, in order (each reads what the previous ones found):

1. actor mentions: named entities (people with their titles and roles, organisations, countries
   acting as governments) and group noun phrases ("Iranian-backed groups", "several US officials"),
   clustered into actors;
2. attribution frames: speech/cognition verbs, "according to", claim nouns ("accusations that"),
   direct quotes (also those spanning sentences) attached to the nearest attribution;
3. denials: denial verbs, push-back phrasal verbs and negated phrases, linked to the claim they
   answer by content overlap;
4. incidents: event cues with date, place, weapon, casualties and stated or alleged perpetrator;
5. an extractive summary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarizer import dates, names
from summarizer.grounding import Grounder
from summarizer.offline_rules import Rules
from summarizer.offline_text import Prepared, quote_spans
from summarizer.resolve import overlap
from summarizer.schemas.brief import (
    Actor,
    ActorKind,
    Brief,
    Claim,
    DateValue,
    Denial,
    Incident,
    IncidentType,
)

_SUBJ = ("nsubj", "nsubjpass", "csubj", "expl")
_NAME_STRIP = re.compile(r"^(?:the|a|an)\s+|(?:'s|’s|')$", re.IGNORECASE)
_QUANT = {"several", "multiple", "many", "some", "one", "two", "three", "four", "five", "a", "an", "the", "more", "than",
          "least", "at", "about", "nearly", "almost", "around", "over", "up", "to", "dozens", "hundreds", "of",
          "other", "another", "senior", "top", "few", "various", "numerous", "both", "all", "certain"}
_DATE_WORDS = re.compile(r"\b(yesterday|today|last night|tonight|this morning|earlier today)\b", re.IGNORECASE)


# -- small data carriers -------------------------------------------------------------------


@dataclass
class ActorDraft:
    key: tuple
    name: str
    kind: ActorKind
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)  # prepared-text char spans
    first: int = 0
    mentions: int = 0


@dataclass
class Frame:
    """One attribution: who said (or believes) what, where."""

    speaker: ActorDraft | None
    cue: int  # token index of the cue
    content: tuple[int, int]  # token span [start, end)
    span: tuple[int, int]  # token span of the whole attribution (evidence)
    hedged: bool = False
    quote: tuple[int, int] | None = None  # char span of a direct quote, when the content is one
    kind: str = "verb"


@dataclass
class IncidentDraft:
    type: str
    sent: int
    span: tuple[int, int]  # token span
    cue: int
    date_text: str | None = None
    location: str | None = None
    weapon: str | None = None
    perpetrator: ActorDraft | None = None
    alleged: ActorDraft | None = None
    killed: int | None = None
    injured: int | None = None
    anchored: bool = False


# -- the extractor ---------------------------------------------------------------------------


class Extractor:
    """Runs every stage over one parsed article; build one per article."""

    def __init__(self, doc, prepared: Prepared, rules: Rules, grounder: Grounder | None = None):
        self.doc = doc
        self.prep = prepared
        self.rules = rules
        self.grounder = grounder or Grounder(prepared.original)
        self.sents = list(doc.sents)
        self.sent_of = {}
        for n, s in enumerate(self.sents):
            for t in s:
                self.sent_of[t.i] = n
        self.text = doc.text  # Doc.text is rebuilt on every access
        self.quotes = quote_spans(self.text)
        self.title_end = _dateline_end(doc, _title_end(doc))  # tokens before: headline and dateline
        self.actors: dict[tuple, ActorDraft] = {}
        self.token_actor: dict[int, ActorDraft] = {}  # token index -> actor of the mention it is in
        self.name_tokens: set[int] = set()  # tokens of person names (not their titles)
        self.person_order: list[tuple[int, ActorDraft]] = []  # (token index, actor) of persons
        self.frames: list[Frame] = []

    # -- evidence ---------------------------------------------------------------------------

    def char_span(self, start_tok: int, end_tok: int) -> tuple[int, int]:
        doc = self.doc
        s = doc[start_tok].idx
        last = doc[end_tok - 1]
        return s, last.idx + len(last.text)

    def evidence(self, cstart: int, cend: int):
        start, end = self.prep.span(cstart, cend)
        return self.grounder.span_evidence(start, end)

    def text_of(self, start_tok: int, end_tok: int) -> str:
        cs, ce = self.char_span(start_tok, end_tok)
        return " ".join(self.text[cs:ce].split())

    def in_quote(self, char: int) -> tuple[int, int] | None:
        for q in self.quotes:
            if q[0] <= char < q[1]:
                return q
        return None

    # -- stage 1: actors --------------------------------------------------------------------

    def side_of(self, tokens) -> str | None:
        r = self.rules
        for t in tokens:
            for piece in re.split(r"[-/]", t.text):
                side = r.demonyms.get(piece.lower())
                if side:
                    return side
            if t.ent_type_ == "GPE":
                side = r.demonyms.get(t.text.lower())
                if side:
                    return side
        return None

    def org_kind(self, name: str) -> ActorKind:
        for kind, pattern in self.rules.org_keywords:
            if pattern.search(name) or pattern.search(name.lower()) and kind != "media":
                return ActorKind(kind)
        return ActorKind.organization

    def add_mention(self, key, name, kind, start_tok, end_tok, *, role=None, alias=None, ev=None) -> ActorDraft:
        actor = self.actors.get(key)
        if actor is None:
            actor = self.actors[key] = ActorDraft(key=key, name=name, kind=kind, first=start_tok)
        actor.mentions += 1
        if role and not actor.role:
            actor.role = role
        for n in (name, alias):
            if n and n != actor.name and n not in actor.aliases:
                actor.aliases.append(n)
        span = self.char_span(*(ev or (start_tok, end_tok)))
        if span not in actor.spans:
            actor.spans.append(span)
        for i in range(*(ev or (start_tok, end_tok))):
            self.token_actor.setdefault(i, actor)
        if kind == ActorKind.person and key[0] == "person":
            self.person_order.append((start_tok, actor))
        return actor

    def find_actors(self) -> None:
        doc, r = self.doc, self.rules
        ents = [e for e in doc.ents if e.start >= self.title_end]
        self.places = self._place_names(doc.ents)
        for ent in ents:
            if ent.label_ == "PERSON" and not self._is_place(ent):
                self._person(ent)
        for ent in ents:
            if any(t.i in self.name_tokens for t in ent) or self._is_place(ent):
                continue
            if ent.label_ == "ORG":
                self._org(ent)
            elif ent.label_ in ("GPE", "NORP"):
                self._gpe(ent)
        for t in doc[self.title_end:]:
            low = t.text.lower()
            if t.pos_ in ("NOUN", "PROPN") and (low in r.group_heads or t.lemma_.lower() in r.group_heads):
                if t.i in self.token_actor and self.token_actor[t.i].key[0] in ("person", "org"):
                    continue
                self._group(t)
        self._merge_people()

    def _place_names(self, ents) -> set[str]:
        """Names the article uses as places anywhere ("in Monari", "Tarin Kowt city", "village of X")."""
        r = self.rules
        a = r.raw["actors"]
        strong = {str(w).lower() for w in a.get("place_name_preps", [])}
        around = {str(w).lower() for w in a.get("place_of_heads", [])} | r.place_heads
        places: set[str] = set()
        found: dict[int, str] = {}
        for ent in ents:
            if ent.label_ not in ("GPE", "LOC", "FAC", "ORG", "PERSON"):
                continue
            text = _NAME_STRIP.sub("", ent.text).strip()
            if not text or text.lower() in r.demonyms:
                continue
            if ent.label_ == "ORG" and self.org_kind(text) != ActorKind.organization:
                continue
            root = ent.root
            head = root.head
            nxt = self.doc[ent.end] if ent.end < len(self.doc) else None
            place = (
                (root.dep_ == "pobj" and head.text.lower() in strong)
                or (root.dep_ == "pobj" and head.text.lower() == "of" and head.head.lemma_.lower() in around)
                or (root.dep_ == "compound" and head.lemma_.lower() in r.place_heads)
                or (nxt is not None and nxt.lemma_.lower() in r.place_heads and nxt.i == head.i)
                # an upper-case dateline: "URUZGAN, Afghanistan ("
                or (text.isupper() and len(text) > 3 and nxt is not None and nxt.text == ","
                    and ent.end + 1 < len(self.doc) and self.doc[ent.end + 1].ent_type_ == "GPE")
            )
            if place:
                places.add(names.key(text))
                found[root.i] = text
        for ent in ents:  # "the towns of Bachancha and Badmuk"
            root = ent.root
            if root.dep_ == "conj" and root.head.i in found and ent.label_ in ("GPE", "LOC", "PERSON"):
                text = _NAME_STRIP.sub("", ent.text).strip()
                if text and text.lower() not in r.demonyms:
                    places.add(names.key(text))
        return places

    def _non_actor_compound(self, ent) -> bool:
        """"Boston Marathon bomber", "London Underground system": a name that modifies a thing."""
        heads = {str(w).lower() for w in self.rules.raw["actors"].get("non_actor_heads", [])}
        root = ent.root
        return root.dep_ == "compound" and (root.head.lemma_.lower() in heads or root.head.text.lower() in heads)

    def _is_place(self, ent) -> bool:
        """"in Chahar Darah", "Shah Joy district": a place, whatever the tagger says."""
        r = self.rules
        root = ent.root
        if root.dep_ == "pobj" and root.head.text.lower() in r.place_preps and root.head.text.lower() != "by":
            return True
        nxt = self.doc[ent.end] if ent.end < len(self.doc) else None
        if nxt is not None and nxt.lemma_.lower() in r.place_heads and nxt.i == root.head.i:
            return True
        return root.dep_ in ("compound", "appos", "conj") and root.head.lemma_.lower() in r.place_heads

    def _strip_titles(self, tokens) -> tuple[int, list[str]]:
        """Number of leading title tokens and their texts."""
        r = self.rules
        n = 0
        words = []
        while n < len(tokens) - 1:
            low = tokens[n].text.lower()
            if _is_title(low, r) or low in r.not_person or low == ".":
                words.append(tokens[n].text)
                n += 1
            else:
                break
        return n, words

    def _person(self, ent) -> None:
        r, doc = self.rules, self.doc
        toks = list(ent)
        while toks and (toks[-1].text in ("'s", "’s", "'") or toks[-1].is_punct):
            toks = toks[:-1]
        while toks and toks[0].pos_ != "PROPN" and toks[0].text.lower().rstrip(".") not in r.titles:
            toks = toks[1:]  # "However Esper"
        # a sentence-opening function word the tagger took for part of the name ("However Esper")
        while len(toks) > 1 and toks[0].is_stop and toks[0].text.lower().rstrip(".") not in r.titles and (
                toks[0].is_sent_start or toks[0].i == 0 or self.doc[toks[0].i - 1].is_punct):
            toks = toks[1:]
        lead = toks[0].i if toks else ent.start
        skip, title_words = self._strip_titles(toks)
        toks = toks[skip:]
        if not toks or not any(t.text[:1].isupper() and t.is_alpha for t in toks):
            return
        name = " ".join(t.text for t in toks)
        if name.lower() in r.not_person or name.lower() in r.stop_names or any(c.isdigit() for c in name):
            return
        if names.key(name) in self.places or self._non_actor_compound(ent):
            return
        if len(toks) > 5:
            return
        if len(toks) == 1 and ent.root.dep_ == "pobj" and ent.root.head.text.lower() in self.rules.place_preps | {"of"}:
            return  # "in Badmuk", "of Manchester": a place the tagger took for a person
        # a role from the words before the name: titles, capitalised words, "of"/"for"
        # (not bounded by the sentence: "Cdr." may have been taken for a sentence end)
        sent = ent.sent
        floor = max(0, sent.start - 12)
        j = ent.start - 1
        while j >= floor:
            t = doc[j]
            low = t.text.lower()
            if t.is_space:
                j -= 1
            elif _is_title(low, r):
                j -= 1
            elif t.text == "." and j - 1 >= floor and doc[j - 1].text.lower() + "." in r.titles:
                j -= 1  # "Cdr" "." split by the tokenizer
            elif t.pos_ == "PROPN" and t.ent_type_ not in ("PERSON", "DATE", "TIME", "CARDINAL") and (j != sent.start or j == ent.start - 1):
                j -= 1
            elif low in r.title_joiners and j - 1 >= floor and (doc[j - 1].pos_ == "PROPN" or doc[j - 1].text.lower() in r.titles):
                j -= 1
            else:
                break
        if j + 1 < ent.start and not any(_is_title(doc[k].text.lower(), r)
                                         for k in range(j + 1, ent.start)):
            j = ent.start - 1
        if any(doc[k].is_sent_start for k in range(j + 2, ent.start)) and doc[ent.start - 1].text.lower().rstrip(".") not in r.titles:
            j = ent.start - 1
        role_toks = [t for t in doc[j + 1 : ent.start] if not t.is_space]
        while role_toks and (role_toks[0].text.lower() in r.title_joiners or role_toks[0].text in ("'s", "’s")):
            role_toks = role_toks[1:]
        role_words = [t.text for t in role_toks] + title_words
        has_title = any(_is_title(w.lower(), r) for w in role_words)
        role = (self.text_of(role_toks[0].i, role_toks[-1].i + 1) if role_toks else "") if has_title else None
        if role is not None:
            role = " ".join([role, *title_words]).strip()
        start = role_toks[0].i if (role_toks and has_title) else lead
        # "Col. William Maxwell of the ISAF Joint Command"
        if role and ent.end < sent.end and doc[ent.end].text == "of":
            k = ent.end + 1
            if k < sent.end and doc[k].text.lower() == "the":
                k += 1
            if k < sent.end and doc[k].ent_type_ == "ORG":
                e = k
                while e < sent.end and doc[e].ent_type_ == "ORG" and doc[e].ent_iob_ != "B" or e == k:
                    e += 1
                role = f"{role} of {doc[k:e].text}"
        # apposition: "Mark Esper, the defense secretary,"
        if not role:
            for child in ent.root.children:
                if child.dep_ == "appos" and child.lemma_.lower() in r.role_heads:
                    role = self.text_of(child.left_edge.i, child.i + 1)
                    role = _NAME_STRIP.sub("", role).strip()
                    break
        ev_end = toks[-1].i + 1
        self.name_tokens.update(range(toks[0].i, ev_end))
        self.add_mention(("person", names.key(name)), name, ActorKind.person, toks[0].i, ev_end,
                         role=role, alias=self.text_of(start, ev_end) if start < toks[0].i else None,
                         ev=(start, ev_end))

    def _org(self, ent) -> None:
        r = self.rules
        toks = list(ent)
        while toks and (toks[0].text.lower() == "the"):
            toks = toks[1:]
        if ent.start > 0 and (self.doc[ent.start - 1].ent_type_ in ("NORP", "GPE") or (
                self.doc[ent.start - 1].text.lower() in r.demonyms and self.doc[ent.start - 1].text[:1].isupper())
                ) and toks and toks[0].i == ent.start:
            toks = [self.doc[ent.start - 1], *toks]  # "Afghan" + "National Army"
        while toks and (toks[-1].text in ("'s", "’s", "'") or toks[-1].is_punct):
            toks = toks[:-1]
        if not toks:
            return
        name = self.text_of(toks[0].i, toks[-1].i + 1)
        name = re.sub(r"\s+-\s+.*$", "", name)  # "ISAF Joint Command - Afghanistan"
        before = self.doc[toks[0].i - 1] if toks[0].i else None
        if before is not None and before.text.lower() in ("of", "for") and toks[0].i - 2 >= 0 and (
            self.doc[toks[0].i - 2].text.lower() in r.titles and toks[-1].i + 1 in self.name_tokens | {toks[-1].i + 1} and
            (toks[-1].i + 1 < len(self.doc) and self.doc[toks[-1].i + 1].ent_type_ == "PERSON")):
            return  # "Secretary of Defense Mark Esper": part of a title
        after = self.doc[toks[-1].i + 1] if toks[-1].i + 1 < len(self.doc) else None
        if after is not None and after.lemma_.lower() in r.place_heads and ent.root.dep_ == "compound":
            return  # "Al Assad air base": a place
        if (name.lower() in r.stop_names or sum(c.isdigit() for c in name) > 2 or len(toks) > 8
                or not any(ch.isalpha() for ch in name)):
            return
        if len(toks) == 1 and not (name[:1].isupper() and len(name) > 2):
            return  # "al" of "al-Asad", "anti" of "anti-ISIS"
        if len(toks) == 1 and toks[0].i + 1 < len(self.doc) and self.doc[toks[0].i + 1].text == "-":
            return
        if len(toks) == 1 and (toks[0].lower_ in r.group_heads or toks[0].lemma_.lower() in r.group_heads
                               or toks[0].dep_ == "amod" or toks[0].tag_ in ("VBN", "VBD", "JJ")):
            return  # "Commando casualties", "Coordinated attacks": a capitalised common word
        k = toks[-1].i + 1
        while k < len(self.doc) and (self.doc[k].like_num or self.doc[k].ent_type_ == "ORDINAL"):
            k += 1
        if k > toks[-1].i + 1 and k < len(self.doc) and _is_title(self.doc[k].text.lower(), r):
            return  # "U.S. Army 1st Lt. X": the start of a person's title
        side = r.demonyms.get(name.lower())
        if side and name.lower() not in ("nato", "isaf", "coalition"):
            self._gpe(ent)
            return
        if len(toks) > 1 and (toks[-1].text.lower().rstrip(".") in r.titles or toks[-1].text.lower().rstrip(".") + "." in r.titles) and toks[-1].text.lower().rstrip(".") not in ("state", "defense"):
            return  # "U.S. Army Col": the start of a person's title
        kind = self.org_kind(name)
        if name.lower() in r.not_person and kind == ActorKind.organization:
            return
        if kind == ActorKind.organization and names.key(name) in self.places or self._non_actor_compound(ent):
            return
        self.add_mention(("org", names.key(name)), name, kind, toks[0].i, toks[-1].i + 1)

    def _gpe(self, ent) -> None:
        r = self.rules
        root = ent.root
        if ent.label_ == "NORP":
            kind = self.org_kind(ent.text)
            if kind == ActorKind.armed_group:  # "the Taliban" tagged as a nationality
                self.add_mention(("org", names.key(ent.text)), _NAME_STRIP.sub("", ent.text), kind, ent.start, ent.end)
            return
        # a country acts when it is a subject/agent/possessor, not a place after a preposition
        if root.dep_ not in r.raw["actors"]["gpe_actor_deps"]:
            return
        if root.dep_ == "conj" and root.head.dep_ not in ("nsubj", "nsubjpass"):
            return
        if root.dep_ == "poss" and root.head.lemma_.lower() in self.rules.place_heads:
            return
        if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in root.children):
            return  # a place the parser took for the subject of a person's words
        known = r.demonyms.get(ent.text.lower())
        if known is None and names.key(_NAME_STRIP.sub("", ent.text)) in self.places:
            return
        if known is None and not (root.dep_ == "nsubj" and root.head.lemma_.lower() in (r.speech | r.cognition | r.allegation_verbs | r.denial_verbs)):
            return
        side = known or _NAME_STRIP.sub("", ent.text)
        self.add_mention(("group", side, "government"), side, ActorKind.government, ent.start, ent.end)

    def _group(self, head) -> None:
        r, doc = self.rules, self.doc
        low = head.text.lower()
        kind_word = low if low in r.group_heads else head.lemma_.lower()
        kind = ActorKind(r.group_heads[kind_word])
        # the pre-modifiers of the head ("Afghan and coalition security", "Iranian-backed")
        start = head.i
        for child in head.lefts:
            if child.dep_ in ("amod", "compound", "nmod", "npadvmod", "nummod", "det", "predet", "poss", "quantmod", "advmod", "cc", "conj", "punct"):
                if child.dep_ == "poss" and child.tag_ == "PRP$":
                    continue
                start = min(start, child.left_edge.i)
        # keep the modifiers contiguous with the head
        start = max(start, head.sent.start)
        span = list(doc[start : head.i + 1])
        while span and (span[0].text.lower() in _QUANT or span[0].dep_ in ("det", "predet", "punct", "cc") or span[0].like_num):
            span = span[1:]
        if not span:
            return
        mods = span[:-1]
        if any(t.text in ("'s", "’s") for t in mods):  # "Tsarnaev's defense lawyers": keep from the owner
            pass
        if any(t.ent_type_ == "PERSON" for t in mods) and kind != ActorKind.person:
            return
        # "the government of Iraq"
        side_tokens = list(mods)
        for child in head.rights:
            if child.dep_ == "prep" and child.text.lower() == "of":
                side_tokens.extend(t for t in child.subtree if t.ent_type_ in ("GPE", "NORP", "ORG"))
        side = self.side_of(side_tokens)
        proper_mod = [t for t in mods if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG")]
        owner = next((self.token_actor[t.i] for t in mods if t.i in self.token_actor
                      and self.token_actor[t.i].key[0] == "org"), None)
        if owner is not None and kind_word not in r.unnamed_heads and (
                len(mods) <= 2 or all(self.token_actor.get(t.i) is owner for t in mods)):
            self.add_mention(owner.key, owner.name, owner.kind, span[0].i, head.i + 1, alias=self.text_of(span[0].i, head.i + 1))
            return
        name = self.text_of(span[0].i, head.i + 1)
        if (not side and len(span) >= 2 and all(t.text[:1].isupper() for t in span)
                and not any(t.i == head.sent.start for t in span)):
            return  # "Task Force", "Security Forces": a piece of a unit's name, not a group
        head_class = r.head_class.get(head.lemma_.lower(), head.lemma_.lower())
        if kind_word in r.unnamed_heads:
            determined = any(t.dep_ in ("det", "nummod", "amod") or t.text.lower() in _QUANT for t in doc[start : head.i])
            if not (side or proper_mod or determined or head.dep_ in _SUBJ + ("agent",)):
                return  # "lying to officials": not a source
            if any(t.ent_type_ == "ORG" for t in mods) and not side:
                return  # "a Pentagon spokesman": the organisation speaks
            plural = kind_word if kind_word.endswith("s") else (
                kind_word[:-3] + "men" if kind_word.endswith("man") else kind_word + "s")
            key = ("unnamed", side or (" ".join(t.text for t in proper_mod) or None))
            side_word = next((t.text for t in mods if self.side_of([t]) == side), side) if side else None
            label = f"{side_word} {plural}" if side else (" ".join([*(t.text for t in proper_mod), plural]))
            self.add_mention(key, label, ActorKind(r.raw["actors"]["unnamed_kind"]), span[0].i, head.i + 1,
                             alias=self.text_of(start, head.i + 1) if start < span[0].i else name)
            return
        if (kind_word in r.needs_modifier or head.lemma_.lower() in r.needs_modifier) and not (side or proper_mod):
            # "the security force", "the combined force": an earlier group with the same head
            prior = [a for a in self.actors.values() if a.key[0] == "group" and a.key[2] == head_class]
            if prior and any(t.lower_ in ("the", "this", "that", "these", "those") for t in doc[start : head.i]):
                self.add_mention(prior[-1].key, prior[-1].name, prior[-1].kind, span[0].i, head.i + 1, alias=name)
            return
        if not mods and head.dep_ not in _SUBJ + ("agent",) and not (head.dep_ == "pobj" and head.head.text.lower() == "by"):
            return
        if not side and not proper_mod:
            key = ("group", None, head_class if kind != ActorKind.armed_group else "armed")  # "prosecutors" = "federal prosecutors"
        else:
            key = ("group", side or names.key(name), head_class)
        self.add_mention(key, name, kind, span[0].i, head.i + 1)

    def _merge_people(self) -> None:
        """"Esper" joins "Mark Esper"; "Dzhokhar" joins "Dzhokhar Tsarnaev" when unambiguous."""
        people = [a for a in self.actors.values() if a.key[0] == "person"]
        full = [a for a in people if " " in names.key(a.name)]
        # "Nijrabi" tagged as an organisation next to "Safiulla Nijrabi"
        people += [a for a in self.actors.values() if a.key[0] == "org" and a.kind == ActorKind.organization
                   and " " not in a.name and a.name[:1].isupper() and not a.name.isupper()]
        for a in people:
            k = names.key(a.name)
            if " " in k:
                continue
            last = [b for b in full if names.key(b.name).split()[-1] == k]
            first = [b for b in full if names.key(b.name).split()[0] == k]
            target = last[0] if len(last) == 1 else (first[0] if len(first) == 1 and not last else None)
            if target is None:
                continue
            self._absorb(target, a)
        self._merge_acronyms()

    def _merge_acronyms(self) -> None:
        """"ANA" joins "Afghan National Army" (or "Afghan National Army soldiers")."""
        for a in list(self.actors.values()):
            if a.key not in self.actors or not (2 <= len(a.name) <= 6 and a.name.isalpha() and a.name.isupper()):
                continue
            for b in list(self.actors.values()):
                if b is a or b.kind == ActorKind.person:
                    continue
                caps = [w for w in re.split(r"[\s-]+", b.name) if w[:1].isupper()]
                if len(caps) >= 2 and "".join(w[0] for w in caps) == a.name:
                    self._absorb(b, a)
                    break

    def _absorb(self, target: ActorDraft, other: ActorDraft) -> None:
        for n in (other.name, *other.aliases):
            if n != target.name and n not in target.aliases:
                target.aliases.append(n)
        target.spans.extend(s for s in other.spans if s not in target.spans)
        target.role = target.role or other.role
        target.mentions += other.mentions
        target.first = min(target.first, other.first)
        for i, a in list(self.token_actor.items()):
            if a is other:
                self.token_actor[i] = target
        self.person_order = [(i, target if a is other else a) for i, a in self.person_order]
        del self.actors[other.key]

    def actor_at(self, tok) -> ActorDraft | None:
        """The actor a token (usually a subject) refers to, pronouns resolved."""
        if tok is None:
            return None
        low = tok.text.lower()
        if tok.pos_ == "PRON" or low in ("he", "she", "they", "we", "i"):
            if low in ("he", "she", "him", "her", "i"):
                return self.last_person(tok.i)
            if low in ("they", "we"):
                return self.last_group(tok.i)
            return None
        for child in tok.children:
            if child.dep_ == "appos" and child.ent_type_ == "PERSON" and child.i in self.token_actor:
                return self.token_actor[child.i]
        a = self.token_actor.get(tok.i)
        if a is not None:
            return a
        for t in tok.subtree:  # "a statement from the Iraqi military's media office"
            a = self.token_actor.get(t.i)
            if a is not None:
                return a
        # compound head of an entity: "Col. Maxwell" parsed with the title as head
        for child in tok.children:
            if child.dep_ in ("compound", "appos"):
                a = self.token_actor.get(child.i)
                if a is not None:
                    return a
        return None

    def last_person(self, i: int) -> ActorDraft | None:
        best = None
        for j, a in self.person_order:
            if j < i:
                best = a
        if best is None:  # cataphora: "he said" before the name is rare; take the next one
            nxt = [a for j, a in self.person_order if j > i]
            return nxt[0] if nxt else None
        return best

    def last_group(self, i: int) -> ActorDraft | None:
        best, best_i = None, -1
        for j, a in self.token_actor.items():
            if j < i and j > best_i and a.kind != ActorKind.person:
                best, best_i = a, j
        return best

    # -- stage 2: claims --------------------------------------------------------------------

    def subject_of(self, verb):
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        # "he said while later adding", "..., saying": the subject of a governing verb
        node = verb
        for _ in range(4):
            if node.dep_ not in ("advcl", "xcomp", "conj", "acl", "ccomp") or node.head.i == node.i:
                break
            node = node.head
            for child in node.children:
                if child.dep_ == "nsubj" and (self.actor_at(child) is not None or child.pos_ == "PRON"):
                    return child
        return None

    def find_frames(self) -> None:
        doc, r = self.doc, self.rules
        for t in doc:
            lemma = t.lemma_.lower()
            if t.pos_ in ("VERB", "AUX") and (lemma in r.speech or lemma in r.cognition):
                self._verb_frame(t, lemma)
            elif t.text.lower() == "according" and any(c.text.lower() == "to" for c in t.children):
                self._according_frame(t)
            elif t.pos_ == "NOUN" and lemma in r.claim_nouns:
                self._noun_frame(t)
        self._attach_quotes()
        self._drop_nested()

    def _content_clause(self, verb):
        for child in verb.children:
            if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
                if child.dep_ == "xcomp" and not any(g.dep_ in _SUBJ for g in child.children) and child.tag_ in ("VB", "VBG"):
                    continue  # "plans to", "saying": not a reported statement
                return child.left_edge.i, child.right_edge.i + 1
        return None

    def _verb_frame(self, verb, lemma) -> None:
        r = self.rules
        if any(c.dep_ == "neg" for c in verb.children):
            return
        subj = self.subject_of(verb)
        if subj is not None and subj.dep_ == "nsubjpass":
            return  # "is believed to", "was told": no speaker of the claim here
        speaker = self.actor_at(subj)
        content = self._content_clause(verb)
        if content is None and lemma in r.object_content and lemma not in r.clausal_only:
            for child in verb.children:
                if child.dep_ in ("dobj", "attr") or (child.dep_ == "prep" and child.text.lower() in ("of", "on")):
                    content = (child.left_edge.i, child.right_edge.i + 1)
                    break
        quote = None
        if content is not None:
            cs, ce = self.char_span(*content)
            q = self.in_quote(cs)
            if q is not None and ce <= q[1] + 1 and not (q[0] <= verb.idx < q[1]):
                quote = q  # the complement is a direct quote: keep it whole
        if content is None:
            # "..., he said" / "said McElroy": a quote that ends or starts next to the verb
            quote = self._adjacent_quote(verb)
            if quote is None:
                return
        if speaker is None and quote is None:
            return
        if content is not None:
            lo = min([content[0], verb.i] + ([subj.left_edge.i] if subj is not None else []))
            hi = max([content[1], verb.i + 1] + ([subj.right_edge.i + 1] if subj is not None else []))
        else:
            lo = hi = verb.i
        self.frames.append(Frame(speaker, verb.i, content or (verb.i, verb.i + 1), (lo, hi),
                                 hedged=lemma in r.cognition, quote=quote))

    def _adjacent_quote(self, verb):
        sent = verb.sent
        s_end = sent.end_char
        best = None
        for q in self.quotes:
            # the quote closes within this sentence before the verb, or opens after it in the sentence
            near_before = q[1] <= verb.idx and verb.idx - q[1] < 80 and '"' not in self.text[q[1] + 1 : verb.idx]
            near_after = q[0] > verb.idx and q[0] <= s_end + 2 and q[0] - verb.idx < 60
            if near_before or near_after:
                if best is None or abs(q[1] - verb.idx) < abs(best[1] - verb.idx):
                    best = q
        return best

    def _according_frame(self, tok) -> None:
        to = next(c for c in tok.children if c.text.lower() == "to")
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return
        speaker = self.actor_at(pobj)
        if speaker is None:
            # "according to the same statement": the last "according to" source
            prior = [f for f in self.frames if f.kind == "according" and f.speaker is not None]
            if not prior or ("same" not in {t.text.lower() for t in pobj.subtree}):
                return
            speaker = prior[-1].speaker
        head = tok.head
        while head.dep_ not in ("ROOT", "ccomp", "conj", "advcl") and head.head.i != head.i:
            head = head.head
        sent = tok.sent
        excl = (tok.left_edge.i, tok.right_edge.i + 1)
        if excl[0] <= sent.start + 1:  # "According to X, Y": the content follows
            lo, hi = excl[1], sent.end
        else:
            lo, hi = sent.start, excl[0]
        while lo < hi and (self.doc[lo].is_punct or self.doc[lo].is_space):
            lo += 1
        while hi > lo and (self.doc[hi - 1].is_punct or self.doc[hi - 1].is_space):
            hi -= 1
        if hi <= lo:
            return
        self.frames.append(Frame(speaker, tok.i, (lo, hi), (min(lo, excl[0]), max(hi, excl[1])), kind="according"))

    def _noun_frame(self, noun) -> None:
        content = None
        for child in noun.children:
            if child.dep_ in ("acl", "ccomp", "relcl") and any(g.text.lower() == "that" and g.dep_ == "mark" for g in child.children):
                content = (child.left_edge.i, child.right_edge.i + 1)
        if content is None:
            return
        speaker = None
        for child in noun.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod"):
                speaker = self.actor_at(child)
                if speaker is None and child.ent_type_ in ("GPE", "NORP"):
                    side = self.rules.demonyms.get(child.text.lower(), child.text)
                    speaker = self.add_mention(("group", side, "government"), side, ActorKind.government, child.i, child.i + 1)
            elif child.dep_ == "prep" and child.text.lower() in ("from", "by"):
                speaker = self.actor_at(child)
            if speaker is not None:
                break
        if speaker is None:
            return
        self.frames.append(Frame(speaker, noun.i, content, (noun.left_edge.i, content[1]), kind="noun"))

    def _attach_quotes(self) -> None:
        """Quotes no frame has claimed go to the attribution in their last sentence or the next one."""
        used = {f.quote for f in self.frames if f.quote}
        for f in self.frames:
            if f.quote is None and f.kind == "verb":
                cs, ce = self.char_span(*f.content)
                for q in self.quotes:
                    if q[0] - 2 <= cs and ce <= q[1] + 2:
                        used.add(q)
        for q in self.quotes:
            if q in used or len(q and self.text[q[0] : q[1]].split()) < 4:
                continue
            inside = [f for f in self.frames if q[0] <= self.doc[f.cue].idx < q[1]]
            if inside:
                continue
            # the sentence where the quote ends, and the next one
            end_tok = self.doc.char_span(q[1] - 1, q[1], alignment_mode="expand")
            if end_tok is None:
                continue
            n = self.sent_of.get(end_tok.start, 0)
            cands = [f for f in self.frames if f.kind == "verb" and self.sent_of.get(f.cue) in (n, n + 1)
                     and f.quote is None and not (q[0] <= self.doc[f.cue].idx < q[1])]
            if cands:
                f = cands[0]
                f.quote = q
                continue
            # a quote continuing the previous speaker's
            prior = [f for f in self.frames if self.sent_of.get(f.cue, -9) in (n - 1, n - 2, n - 3) and f.speaker is not None]
            if prior and prior[-1].quote is not None:
                self.frames.append(Frame(prior[-1].speaker, prior[-1].cue, (0, 0), (0, 0), quote=q, kind="continued"))

    def _drop_nested(self) -> None:
        """"X believes Y, officials tell CNN": the outer speaker owns the claim, hedged."""
        keep = []
        for f in self.frames:
            outer = [g for g in self.frames if g is not f and g.kind in ("verb", "according") and g.quote is None
                     and g.content[0] <= f.cue < g.content[1] and g.speaker is not None]
            if f.quote is None and outer and f.kind in ("verb",):
                outer[0].hedged = outer[0].hedged or f.hedged
                continue
            keep.append(f)
        self.frames = keep

    def claims(self) -> list[tuple[Claim, Frame, tuple[int, int]]]:
        """One claim per frame; a direct quote gives one claim per sentence it spans."""
        out = []
        r = self.rules
        seen = set()
        for f in self.frames:
            if f.speaker is None:
                continue
            pieces = []
            if f.quote is not None:
                qs, qe = f.quote
                for s in self.sents:
                    a, b = max(qs, s.start_char), min(qe, s.end_char)
                    if b - a < 2:
                        continue
                    pieces.append((a, b))
                pieces = _merge_short(pieces, self.text)
            else:
                pieces = [self.char_span(*f.span)]
            for cs, ce in pieces:
                text = self.text[cs:ce].strip(" ,\"'\n")
                if len(text.split()) < 3 or (cs, ce) in seen:
                    continue
                seen.add((cs, ce))
                if f.quote is not None:
                    content = text
                else:
                    content = self.text_of(*f.content) if f.content[1] > f.content[0] else text
                content = " ".join(content.split()).strip(" ,\"")
                claim = Claim(
                    id="", claimant_name=f.speaker.name, content=content[:300],
                    quote=text[:300] if f.quote is not None else None,
                    hedged=f.hedged or bool(r.hedges.search(content)),
                    evidence=[self.evidence(cs, ce)],
                )
                out.append((claim, f, (cs, ce)))
        return out

    # -- stage 3: denials -------------------------------------------------------------------

    def denials(self, claims) -> list[tuple[Denial, tuple[int, int], bool]]:
        doc, r = self.doc, self.rules
        out = []
        taken_sents = set()
        for t in doc:
            lemma = t.lemma_.lower()
            cue = None
            if t.pos_ == "VERB" and lemma in r.denial_verbs and not any(c.dep_ == "neg" for c in t.children):
                cue = t
            elif t.pos_ == "VERB" and any((lemma, c.text.lower()) in r.denial_phrasal for c in t.children if c.dep_ in ("prt", "advmod", "prep")):
                cue = t
            elif t.pos_ == "NOUN" and lemma in r.denial_nouns:
                cue = t
            if cue is None:
                continue
            n = self.sent_of[t.i]
            sent = self.sents[n]
            subj = self.subject_of(cue) if cue.pos_ == "VERB" else next((c for c in cue.children if c.dep_ == "poss"), None)
            denier = self.actor_at(subj) if subj is not None else None
            if denier is None and subj is not None:
                denier = self._indefinite_person(subj, n)
            content_span = None
            for child in cue.children:
                if child.dep_ in ("dobj", "ccomp") or (child.dep_ == "prep" and child.text.lower() in ("on", "of", "to")):
                    content_span = (child.left_edge.i, child.right_edge.i + 1)
                    break
            if content_span is None:
                content_span = (cue.i, sent.end)
            content = self.text_of(*content_span)
            out.append(self._denial(denier, content, sent, n))
            taken_sents.add(n)
        for n, sent in enumerate(self.sents):
            if n in taken_sents:
                continue
            stext = sent.text
            for pattern in r.denial_phrases:
                m = pattern.search(stext)
                if not m:
                    continue
                char = sent.start_char + m.start()
                q = self.in_quote(char)
                denier = None
                if q is not None:
                    owner = [f for f in self.frames if f.quote == q or (f.quote is None and self.char_span(*f.content)[0] <= char < self.char_span(*f.content)[1])]
                    denier = owner[0].speaker if owner else None
                if denier is None:
                    tok = doc.char_span(char, char + 1, alignment_mode="expand")
                    verb = tok.root.head if tok is not None else sent.root
                    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                        verb = verb.head
                    subj = self.subject_of(verb)
                    denier = self.actor_at(subj) or (self._indefinite_person(subj, n) if subj is not None else None)
                content = " ".join(stext[m.start():].split())
                out.append(self._denial(denier, content, sent, n, phrase=True))
                taken_sents.add(n)
                break
        return out

    def _indefinite_person(self, subj, n):
        """"A citizen of Kyrgyzstan ... pleaded not guilty" followed by the name in the next sentence."""
        if not any(c.dep_ == "det" and c.text.lower() in ("a", "an") for c in subj.children):
            return None
        for j, a in self.person_order:
            if self.sent_of.get(j) in (n, n + 1) and j > subj.i:
                if subj.text not in a.aliases:
                    a.aliases.append(self.text_of(subj.left_edge.i, subj.right_edge.i + 1))
                return a
        return None

    def _denial(self, denier, content, sent, n, phrase=False):
        span = (sent.start_char, sent.end_char)
        # a push-back followed by the denier's own words: keep the quote sentence in the evidence
        ev = [self.evidence(*span)]
        return Denial(id="", denier_name=denier.name if denier else None, content=content[:300], evidence=ev), span, phrase

    # -- stage 4: incidents -----------------------------------------------------------------

    def _cue_type(self, t) -> str | None:
        r = self.rules
        lemma, low = t.lemma_.lower(), t.text.lower()
        kind = r.event_type.get(lemma) or r.event_type.get(low)
        if kind is None:
            return None
        key = lemma if lemma in r.event_type else low
        if t.pos_ not in ("NOUN", "VERB", "PROPN"):
            return None
        verdict = {str(w).lower() for w in r.raw["events"].get("verdict_words", [])}
        if t.pos_ == "VERB" and any(c.lemma_.lower() in verdict for c in t.children):
            return "other"  # "was found guilty", "pleaded not guilty": a court event
        if t.pos_ == "VERB" and key in r.verb_types:
            kind = r.verb_types[key]
        if t.pos_ == "NOUN" and t.dep_ == "compound":
            return None  # "rocket attacks": the head noun is the cue
        if t.pos_ == "NOUN" and t.tag_ in ("NNS", "NNPS") and kind not in ("seizure",):
            return None  # "a series of attacks", "nine rocket attacks": not one incident
        if key in r.nouns_only and t.pos_ != "NOUN":
            return None
        if key in r.verbs_only and t.pos_ != "VERB":
            return None
        return kind

    def _irrealis(self, t) -> bool:
        r = self.rules
        verdict = {str(w).lower() for w in r.raw["events"].get("verdict_words", [])}
        node = t
        for _ in range(6):
            if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in r.irrealis_aux for c in node.children):
                return True
            if any(c.dep_ == "neg" for c in node.children) and node.pos_ == "VERB" and not any(
                    c.lemma_.lower() in verdict for c in node.children):
                return True
            if node.i != t.i and node.lemma_.lower() in r.irrealis_heads:
                return True
            if node.head.i == node.i:
                break
            node = node.head
        return False

    def incidents(self, claims) -> list[IncidentDraft]:
        r = self.rules
        found: list[IncidentDraft] = []
        for n, sent in enumerate(self.sents):
            if len(sent) < 4:
                continue
            cues = []
            for t in sent:
                kind = self._cue_type(t)
                if kind is None or self.in_quote(t.idx) or self._irrealis(t):
                    continue
                if t.lemma_.lower() in r.needs_weapon_context and not self._weapon_context(t):
                    continue
                cues.append((t, kind))
            if not cues:
                continue
            if any(t.dep_ == "det" and t.lower_ == "no" and t.head.dep_ in ("nsubj", "nsubjpass") for t in sent) and not any(
                    self._casualties(sent)):
                # "No civilians were injured or killed during this operation": nothing happened
                cues = [(t, k) for t, k in cues if t.lemma_.lower() not in r.killed | r.injured]
                if not cues:
                    continue
            stext = sent.text
            weapon = self._weapon(stext)
            killed, injured = self._casualties(sent)
            # separate event nouns joined by "and" with their own dates: "The attack on the
            # airport and a December 3 attack on Al Assad air base"
            groups = self._event_groups(cues)
            for group in groups:
                kinds = [k for _, k in group]
                kind = min(kinds, key=lambda k: r.event_order.index(k))
                if kind in ("other",) and any(k == "attack" for k in kinds):
                    kind = "attack"
                cue = group[0][0]
                lo = min(_own_span(t)[0] for t, _ in group) if len(groups) > 1 else sent.start
                hi = max(_own_span(t)[1] for t, _ in group) if len(groups) > 1 else sent.end
                date_text = self._date(sent, group, lo, hi)
                location = self._location(group, sent)
                draft = IncidentDraft(type=kind, sent=n, span=(lo, hi), cue=cue.i, date_text=date_text,
                                      location=location, weapon=weapon,
                                      killed=killed if len(groups) == 1 or group is groups[0] else None,
                                      injured=injured if len(groups) == 1 or group is groups[0] else None)
                draft.perpetrator = self._doer(group)
                if draft.type == "attack" and draft.perpetrator is not None and draft.perpetrator.kind in (
                        ActorKind.military, ActorKind.government) and not any(
                        t.lemma_.lower() in ("attack", "bomb", "bombing", "ambush", "assault") for t, _ in group):
                    draft.type = "other"  # "the security force killed a commander": an operation
                draft.casualty_only = all(t.lemma_.lower() in r.killed | r.injured for t, _ in group) and draft.perpetrator is None
                draft.anchored = bool(date_text or location or weapon or killed is not None or injured is not None)
                draft.definite = any(c.dep_ == "det" and c.text.lower() in ("the", "this", "that") for c in cue.children)
                draft.new = any(c.dep_ == "det" and c.text.lower() in ("another", "a", "an") for c in cue.children)
                found.append(draft)
        return self._merge_incidents(found)

    def _weapon_context(self, t) -> bool:
        words = {c.lemma_.lower() for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "advcl", "prep")}
        words |= {g.lemma_.lower() for c in t.children for g in c.subtree}
        return any(self.rules.weapons[i].search(w) for w in words for i in range(len(self.rules.weapons)))

    def _event_groups(self, cues):
        nouns = [(t, k) for t, k in cues if t.pos_ == "NOUN" and k != "other"]
        conj = [(t, k) for t, k in nouns if t.dep_ == "conj" and any(h.i == t.head.i for h, _ in nouns)]
        if conj:
            heads = [(t, k) for t, k in nouns if any(c.head.i == t.i for c, _ in conj)]
            groups = [[h] for h in heads] + [[c] for c in conj]
            return groups
        return [cues]

    def _weapon(self, text: str) -> str | None:
        for pattern in self.rules.weapons:
            m = pattern.search(text)
            if m:
                return m.group(0)
        return None

    def _number(self, tok) -> int | None:
        r = self.rules
        for c in tok.children:
            if c.dep_ == "det" and c.text.lower() == "no":
                return 0
        for c in list(tok.children) + [tok]:
            if c.dep_ in ("nummod", "quantmod") or (c is tok and tok.like_num):
                text = c.text.lower().replace(",", "")
                if text.isdigit():
                    return int(text)
                if text in r.number_words:
                    return r.number_words[text]
        return None

    def _casualties(self, sent) -> tuple[int | None, int | None]:
        r = self.rules
        counts = {"killed": None, "injured": None}
        for t in sent:
            lemma = t.lemma_.lower()
            low = t.text.lower()
            cat = "killed" if (lemma in r.killed or low in r.killed) else "injured" if (lemma in r.injured or low in r.injured) else None
            if cat is None or t.pos_ not in ("VERB", "ADJ", "NOUN"):
                continue
            victims = []
            if t.pos_ in ("VERB", "ADJ"):
                for c in t.children:
                    if c.dep_ in ("nsubjpass",) or (c.dep_ == "dobj"):
                        victims.append(c)
                    if c.dep_ == "nsubj" and lemma in ("die",):
                        victims.append(c)
                if not victims and t.dep_ == "conj":  # "were injured or killed"
                    victims = [c for c in t.head.children if c.dep_ == "nsubjpass"]
                if not victims and t.dep_ in ("amod", "acl"):  # "six wounded soldiers"
                    victims = [t.head]
            for v in victims:
                num = self._number(v)
                if num is None:
                    # "six Iraq security force members": the number sits under the head noun
                    num = next((self._number(c) for c in v.subtree if c.like_num and c.head is v), None)
                if num is None and v.dep_ == "dobj":
                    continue
                if num is None:
                    continue
                prev = counts[cat]
                counts[cat] = num if prev is None or num > prev else prev
        return counts["killed"], counts["injured"]

    def _date(self, sent, group, lo, hi) -> str | None:
        r = self.rules
        speech = r.speech | r.cognition
        best = None
        for ent in sent.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            if (lo, hi) != (sent.start, sent.end) and not (lo <= ent.start < hi):
                continue  # one of several events in the sentence: only its own dates
            # the date of a speech act is not the date of the event
            if ent.root.head.lemma_.lower() in speech and ent.root.head.i not in [t.i for t, _ in group]:
                continue
            text = ent.text
            expr = dates.find_date_expression(text) or (_DATE_WORDS.search(text).group(0) if _DATE_WORDS.search(text) else None)
            if not expr:
                continue
            dist = min(abs(ent.start - t.i) for t, _ in group)
            inside = lo <= ent.start < hi
            governed = any(ent.root.i in {x.i for x in t.subtree} for t, _ in group)
            aside = ent.start > 0 and self.doc[ent.start - 1].text == "(" and ent.end < len(self.doc) and self.doc[ent.end].text == ")"
            score = (1 if aside else 0, 0 if inside else 1, 0 if governed else 1, dist)  # "(June 19)": a dateline
            if best is None or score < best[0]:
                best = (score, text)
        if best is None:
            return None
        return re.sub(r"^(on|the|last|this)\s+", lambda m: "" if m.group(1).lower() in ("on", "the") else m.group(0), best[1], flags=re.IGNORECASE)

    def _location(self, group, sent) -> str | None:
        r = self.rules
        cands = []
        for t, _ in group:
            if t.pos_ == "VERB":
                for c in t.children:
                    if c.dep_ == "dobj" and c.lemma_.lower() in r.place_heads:
                        cands.append(self._place_phrase(c))
            nodes = [t, *t.children, *(c for ch in t.children if ch.dep_ in ("dobj", "nsubj", "nsubjpass") for c in ch.children)]
            # then any preposition further down, nearest first, not inside a clause of its own
            nodes += sorted((x for x in t.subtree if x.dep_ == "prep" and x.i not in {n.i for n in nodes}
                             and not any(a.dep_ in ("relcl", "ccomp", "advcl", "acl") and a.i != t.i for a in x.ancestors
                                         if a.i in {y.i for y in t.subtree})), key=lambda x: abs(x.i - t.i))
            for node in nodes:
                if node.dep_ != "prep" or node.text.lower() not in r.place_preps:
                    continue
                pobj = next((c for c in node.children if c.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                if pobj.ent_type_ in ("GPE", "FAC", "LOC") or pobj.lemma_.lower() in r.place_heads or any(
                    c.ent_type_ in ("GPE", "FAC", "LOC") for c in pobj.subtree
                ):
                    cands.append(self._place_phrase(pobj))
        if not cands:
            for ent in sent.ents:
                if ent.label_ in ("FAC", "GPE", "LOC") and ent.root.head.text.lower() in r.place_preps:
                    cands.append(ent.text)
                    break
        return cands[0] if cands else None

    def _place_phrase(self, pobj) -> str:
        toks = list(pobj.subtree)
        stop = None
        for c in pobj.children:
            if c.dep_ in ("relcl", "acl") or (c.dep_ == "prep" and c.text.lower() in ("with", "during", "after", "before", "for", "since")):
                stop = c.left_edge.i if stop is None else min(stop, c.left_edge.i)
        if stop is not None:
            toks = [t for t in toks if t.i < stop]
        while toks and (toks[-1].is_punct or toks[-1].text.lower() in ("where", "which", "that")):
            toks = toks[:-1]
        while toks and toks[0].dep_ == "det":
            toks = toks[1:]
        if len(toks) > 14:
            toks = toks[:14]
        return self.text_of(toks[0].i, toks[-1].i + 1) if toks else pobj.text

    def _doer(self, group) -> ActorDraft | None:
        for t, _kind in group:
            if t.pos_ != "VERB":
                continue
            for c in t.children:
                if c.dep_ == "nsubj":
                    a = self.actor_at(c)
                    if a is not None:
                        return a
                if c.dep_ == "agent":
                    for g in c.children:
                        a = self.actor_at(g)
                        if a is not None:
                            return a
        return None

    def _merge_incidents(self, found: list[IncidentDraft]) -> list[IncidentDraft]:
        out: list[IncidentDraft] = []
        for d in found:
            target = None
            if out and getattr(d, "casualty_only", False) and not d.date_text and d.sent - out[-1].sent <= 3:
                target = out[-1]
            elif out:
                last = out[-1]
                same_sent = last.sent == d.sent
                # one event described over consecutive sentences, or referred back to
                if same_sent and not getattr(d, "new", False) and (d.date_text is None or d.date_text == last.date_text):
                    target = last
                elif getattr(d, "definite", False) and not d.date_text:
                    words = set(re.findall(r"[a-z]{4,}", (d.location or "").lower()))
                    by_place = [o for o in out if words and words & set(re.findall(r"[a-z]{4,}", (o.location or "").lower()))]
                    same_type = [o for o in out if o.type == d.type]
                    target = by_place[-1] if by_place else (same_type[-1] if same_type else None)
                elif (d.sent - last.sent <= 1 and not d.date_text and not getattr(d, "new", False)
                      and (d.type == last.type or d.type in ("other",) or (d.killed is not None or d.injured is not None) and d.type == "attack")):
                    target = last
            if target is None:
                if getattr(d, "casualty_only", False) and not (d.killed or d.injured):
                    continue  # "no civilians were injured" on its own is not an incident
                out.append(d)
                continue
            target.date_text = target.date_text or d.date_text
            target.location = target.location or d.location
            if d.weapon and (not target.weapon or (target.weapon.lower() in d.weapon.lower() and len(d.weapon) > len(target.weapon))):
                target.weapon = d.weapon
            target.perpetrator = target.perpetrator or d.perpetrator
            for attr in ("killed", "injured"):
                v = getattr(d, attr)
                if v is not None and (getattr(target, attr) is None or v > getattr(target, attr)):
                    setattr(target, attr, v)
            target.anchored = target.anchored or d.anchored
            target.span = (min(target.span[0], d.span[0]), max(target.span[1], d.span[1])) if target.sent == d.sent else target.span
        # a seizure right after an attack inherits its date ("Following the attack, ... confiscated")
        for a, b in zip(out, out[1:]):
            if b.date_text is None and a.date_text and b.sent - a.sent <= 2:
                b.date_text = a.date_text
        return [d for d in out if d.anchored]

    def allegations(self) -> list[tuple[int, ActorDraft]]:
        """(token index, actor) for "X is behind", "X responsible", "blamed X", "suspected X"."""
        r = self.rules
        out = []
        for t in self.doc:
            lemma = t.lemma_.lower()
            if t.text.lower() in r.allegation_adjectives and t.dep_ in ("acomp", "prep", "advmod", "amod", "attr", "oprd", "ccomp"):
                head = t.head
                subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None and t.dep_ == "amod":
                    subj = t.head
                if subj is None and head.dep_ in ("ccomp", "xcomp"):
                    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
                a = self.actor_at(subj)
                if a is not None:
                    out.append((t.i, a))
            elif t.pos_ == "VERB" and lemma in r.allegation_verbs:
                obj = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass")), None)
                a = self.actor_at(obj)
                if a is not None:
                    out.append((t.i, a))
        return out

    # -- stage 5: summary -------------------------------------------------------------------

    def summary(self, claims, incidents, k: int = 3) -> str:
        scored = []
        claim_sents = {self.sent_of.get(f.cue) for _, f, _ in claims}
        inc_sents = {d.sent for d in incidents}
        for n, s in enumerate(self.sents):
            words = [t for t in s if t.is_alpha]
            if len(words) < 8 or len(words) > 60 or s.text.count('"') % 2:
                continue
            if not any(t.pos_ in ("VERB", "AUX") for t in s):
                continue
            ents = len({e.text for e in s.ents})
            score = 1.5 / (1 + n) + 0.15 * min(ents, 6) + (0.6 if n in inc_sents else 0) + (0.4 if n in claim_sents else 0)
            score += 0.2 * any(t.like_num for t in s)
            if self.in_quote(s.start_char + 1):
                score -= 0.8
            scored.append((score, n))
        best = sorted(n for _, n in sorted(scored, reverse=True)[:k])
        return " ".join(" ".join(self.sents[n].text.split()) for n in best)


def _is_title(word: str, rules: Rules) -> bool:
    w = word.lower()
    return w in rules.titles or w.rstrip(".") in rules.titles or w + "." in rules.titles


def _own_span(t) -> tuple[int, int]:
    """A token's subtree without its conjuncts ("the attack on X" of "the attack on X and a ... attack")."""
    lo, hi = t.i, t.i + 1
    for c in t.children:
        if c.dep_ in ("conj", "cc"):
            continue
        lo, hi = min(lo, c.left_edge.i), max(hi, c.right_edge.i + 1)
    return lo, hi


def _merge_short(pieces, text, min_words: int = 6):
    out = []
    for a, b in pieces:
        starts_with_and = re.match(r"\s*(?:And|But|Or|So|Yet)\b", text[a:b]) is not None
        if out and (len(text[out[-1][0] : out[-1][1]].split()) < min_words or starts_with_and):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    if len(out) > 1 and len(text[out[-1][0] : out[-1][1]].split()) < min_words:
        last = out.pop()
        out[-1] = (out[-1][0], last[1])
    return out


# -- the whole article ---------------------------------------------------------------------


def extract(doc, prepared: Prepared, rules: Rules) -> Brief:
    """A draft brief of one parsed article (actors by name; ids assigned by resolve())."""
    ex = Extractor(doc, prepared, rules)
    ex.find_actors()
    ex.find_frames()
    claim_rows = ex.claims()
    denial_rows = ex.denials(claim_rows)
    # a push-back sentence is the denial, not also a claim of the denier
    verb_denial_spans = [(span, d.denier_name) for d, span, phrase in denial_rows if not phrase]
    kept = []
    for claim, frame, (cs, ce) in claim_rows:
        if any(s[0] <= cs < s[1] and claim.claimant_name == who for s, who in verb_denial_spans):
            continue
        kept.append((claim, frame, (cs, ce)))
    claim_rows = kept
    incidents = ex.incidents(claim_rows)
    allegations = ex.allegations()

    brief = Brief()
    used = set()
    for a in sorted(ex.actors.values(), key=lambda a: a.first):
        brief.actors.append(Actor(
            id="", name=a.name, aliases=[x for x in a.aliases if names.key(x) != names.key(a.name)][:8],
            kind=a.kind, role=a.role, evidence=[ex.evidence(*s) for s in a.spans[:3]],
        ))
        used.add(a.name)
    for n, (claim, _, _) in enumerate(claim_rows):
        claim.id = f"tmp{n}"
        brief.claims.append(claim)
    for denial, span, _ in denial_rows:
        denial.responds_to = _answer(denial, span, claim_rows)
        brief.denials.append(denial)
    for d in incidents:
        cs, ce = ex.char_span(*d.span)
        alleged = None
        if d.perpetrator is None and d.type in ("attack", "strike"):
            alleged = _alleged_for(allegations)
        brief.incidents.append(Incident(
            id="", type=IncidentType(d.type), description=" ".join(ex.text[cs:ce].split())[:300],
            date=DateValue(iso=None, text=d.date_text, precision="unknown") if d.date_text else None,
            location=d.location, weapon=d.weapon,
            perpetrator_name=d.perpetrator.name if d.perpetrator else None,
            alleged_perpetrator_name=alleged.name if alleged else None,
            killed=d.killed, injured=d.injured, evidence=[ex.evidence(cs, ce)],
        ))
    brief.summary = ex.summary(claim_rows, incidents)
    return brief


def _alleged_for(allegations) -> ActorDraft | None:
    if not allegations:
        return None
    armed = [a for _, a in allegations if a.kind == ActorKind.armed_group]
    return armed[0] if armed else allegations[0][1]


def _answer(denial: Denial, span, claim_rows) -> str | None:
    """The claim a denial answers: most content overlap, earlier claims preferred."""
    text = f"{denial.content} {' '.join(e.text for e in denial.evidence)}"
    best, best_score = None, 0.0
    for claim, _frame, (cs, ce) in claim_rows:
        if claim.claimant_name and claim.claimant_name == denial.denier_name:
            continue
        if span[0] <= cs < span[1]:
            continue
        score = overlap(text, claim.content) + (0.05 if ce <= span[0] else 0.0)
        if score > best_score:
            best, best_score = claim, score
    return best.id if best is not None and best_score >= 0.25 else None


def _title_end(doc) -> int:
    """End of a headline in the first line: Title Case words with no sentence end."""
    first_break = next((t.i for t in doc if "\n" in t.text), None)
    if first_break is None or first_break > 30:
        return 0
    words = [t for t in doc[:first_break] if t.is_alpha]
    if not words or doc[first_break - 1].text in (".", "?", "!", '"'):
        return 0
    caps = sum(1 for t in words if t.text[:1].isupper())
    return first_break if caps / len(words) >= 0.6 else 0


def _dateline_end(doc, start: int) -> int:
    """End of a dateline ("KABUL, Afghanistan (June 19) -", "BOSTON —") starting at ``start``."""
    if start >= len(doc):
        return start
    first = doc[start]
    while first.is_space and first.i + 1 < len(doc):
        first = doc[first.i + 1]
    if not (first.is_upper and first.is_alpha and len(first.text) > 2):
        return start
    for t in doc[first.i : first.i + 14]:
        if t.text in ("-", "\u2014", "\u2013", "--"):
            return t.i + 1
    return start
