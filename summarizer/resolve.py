"""Resolution after extraction: from drafts to a clean brief.

* :func:`from_extraction` turns a model's draft into brief items, grounding every quote;
* :func:`merge` joins the partial briefs of a chunked article;
* :func:`resolve` merges duplicate actors, points claims, denials and perpetrators at actor ids,
  resolves dates against the publication date, and links each denial to the claim it answers when
  the extractor did not.

Two actors are merged only where the text ties them (``evals/LABELLING.md``, "Two names for one
body"): a name or alias they share ("Esper" listed under "Mark Esper"); the article naming one
with the other in brackets or as "X, also called/known as Y" ("Department of Defense (DoD)"; not a
bracket opening a line or after "?", as a transcript's turn marker "((Name))" does);
or a person's bare surname when exactly one person of that surname has a full name ("Esper" and
"Mark Esper", but never "Tsarnaev" when the article has Tamerlan and Dzhokhar Tsarnaev). Two names
with nothing in the text between them stay two actors. No item is dropped: a merged actor keeps
every name as an alias and every evidence span.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from summarizer import dates, names
from summarizer.grounding import Grounder
from summarizer.schemas.brief import (
    Actor,
    ActorKind,
    Brief,
    Claim,
    DateValue,
    Denial,
    Evidence,
    GroundingStatus,
    Incident,
)
from summarizer.schemas.extraction import Extraction

STOPWORDS = frozenset(
    "a an the of to in on at for and or but by with from as is are was were be been being that this these those "
    "it its he she they them his her their we our you your i me my not no any there here have has had do does did "
    "will would can could may might should must said says say saying told tell according about into over under "
    "than then so such also more most some all very just up out".split()
)


def content_words(text: str) -> set[str]:
    """Lower-case stems (first six letters) of the content words, numbers kept whole."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]+|\d[\d,.-]*", text.lower())
    return {w if w[0].isdigit() else w[:6] for w in words if w not in STOPWORDS and len(w) > 2}


def overlap(a: str, b: str) -> float:
    """Overlap coefficient of content words: |A ∩ B| / min(|A|, |B|)."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


# -- drafts -> items -----------------------------------------------------------------------


def from_extraction(
    extraction: Extraction,
    grounder: Grounder,
    *,
    hint: int = 0,
    problems: Iterable[tuple[str, int, str]] = (),
    strict: bool = False,
) -> Brief:
    """Brief items from a model draft. ``problems`` are those left after the last retry: flagged
    on their item, or the item dropped when ``strict``."""
    flagged: dict[tuple[str, int], list[str]] = {}
    for field, index, message in problems:
        flagged.setdefault((field, index), []).append(message)

    def ev(quote: str) -> list[Evidence]:
        return [grounder.evidence(quote, hint=hint)]

    def keep(field: str, i: int) -> bool:
        return not (strict and (field, i) in flagged)

    brief = Brief(summary=extraction.summary)
    for i, a in enumerate(extraction.actors):
        if keep("actors", i):
            brief.actors.append(
                Actor(id="", name=a.name, aliases=list(a.aliases), kind=a.kind, role=a.role,
                      evidence=ev(a.evidence), issues=flagged.get(("actors", i), []))
            )
    for i, d in enumerate(extraction.incidents):
        if keep("incidents", i):
            brief.incidents.append(
                Incident(
                    id="", type=d.type, description=d.description,
                    date=DateValue(iso=d.date, text=d.date_text, precision="unknown") if (d.date or d.date_text) else None,
                    location=d.location, weapon=d.weapon, perpetrator_name=d.perpetrator,
                    alleged_perpetrator_name=d.alleged_perpetrator, killed=d.killed, injured=d.injured,
                    evidence=ev(d.evidence), issues=flagged.get(("incidents", i), []),
                )
            )
    claim_ids: dict[str, str] = {}
    for i, c in enumerate(extraction.claims):
        if keep("claims", i):
            claim_ids[c.id.strip().upper()] = f"tmp{i}"
            brief.claims.append(
                Claim(id=f"tmp{i}", claimant_name=c.claimant, content=c.content, quote=c.quote, hedged=c.hedged,
                      evidence=ev(c.evidence), issues=flagged.get(("claims", i), []))
            )
    for i, dn in enumerate(extraction.denials):
        if keep("denials", i):
            brief.denials.append(
                Denial(id="", denier_name=dn.denier, content=dn.content,
                       responds_to=claim_ids.get((dn.responds_to or "").strip().upper()),
                       evidence=ev(dn.evidence), issues=flagged.get(("denials", i), []))
            )
    return brief


# -- merging partial briefs ------------------------------------------------------------------


def _span_key(item) -> tuple:
    e = item.evidence[0] if item.evidence else None
    return (e.start, e.end) if e and e.start is not None else (None, item.model_dump_json(include={"content"}))


def merge(parts: list[Brief]) -> Brief:
    """Join the partial briefs of one article: lists concatenated, duplicates from the overlap
    (same evidence span) dropped; actors are merged later by :func:`resolve`."""
    if len(parts) == 1:
        return parts[0]
    out = Brief(summary=" ".join(p.summary for p in parts if p.summary))
    for field in ("actors", "incidents", "claims", "denials"):
        seen = set()
        for n, part in enumerate(parts):
            renamed: dict[str, str | None] = {}
            for item in getattr(part, field):
                key = (type(item).__name__, _span_key(item)) if field != "actors" else None
                if key is not None and key in seen:
                    renamed[item.id] = None
                    continue
                if key is not None:
                    seen.add(key)
                if field == "claims":
                    new_id = f"p{n}{item.id}"
                    renamed[item.id] = new_id
                    item = item.model_copy(update={"id": new_id})
                getattr(out, field).append(item)
            if field == "claims":
                for d in part.denials:
                    if d.responds_to in renamed:
                        d.responds_to = renamed[d.responds_to]
    out.warnings = [w for p in parts for w in p.warnings]
    return out


# -- actor resolution ------------------------------------------------------------------------


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _all_names(actor: Actor) -> list[str]:
    return [actor.name, *actor.aliases]


@dataclass(frozen=True)
class _NameKeys:
    """An actor's names, normalised once."""

    kind: ActorKind
    keys: frozenset[str]  # names.key of every name

    @classmethod
    def of(cls, actor: Actor) -> _NameKeys:
        return cls(kind=actor.kind, keys=frozenset(names.key(n) for n in _all_names(actor)) - {""})


def _bare_surnames(actor: Actor) -> set[str]:
    """The one-word, capitalised names of a person ("Esper"), as keys."""
    if actor.kind != ActorKind.person:
        return set()
    found = set()
    for n in _all_names(actor):
        k = names.key(n)
        if k and " " not in k and len(k) > 2 and n.split()[-1][:1].isupper():
            found.add(k)
    return found


def _surname_ties(actors: list[Actor], keys: list[_NameKeys]) -> list[tuple[int, int]]:
    """(i, j): actor i's bare surname belongs to exactly one full name, a name of person j."""
    holders: dict[str, dict[str, set[int]]] = {}  # surname -> full name -> actors with that name
    for j, (actor, k) in enumerate(zip(actors, keys)):
        if actor.kind == ActorKind.person:
            for full in k.keys:
                if " " in full:
                    holders.setdefault(full.split()[-1], {}).setdefault(full, set()).add(j)
    ties: list[tuple[int, int]] = []
    for i, actor in enumerate(actors):
        for surname in _bare_surnames(actor):
            full_names = holders.get(surname, {})
            if len(full_names) == 1:
                ties.extend((i, j) for j in next(iter(full_names.values())) if j != i)
    return ties


# "X (Y)", "X, also called Y", "X, also known as Y", "X, a.k.a. Y", "X, nicknamed Y"; a bare
# "called" is a verb ("Cengiz called Mohammad's admission a maneuver"), never a tie
_TIE_SEPARATOR = re.compile(
    r"\s*\(\s*(?P<inside>[^()\n]{1,80}?)\s*\)"
    r"|(?:,\s+|\s+(?:also|or|better)\s+)(?:(?:also|or|better)\s+)?(?:called|known\s+as|a\.?k\.?a\.?|nicknamed|dubbed)\s+(?:the\s+)?"
    r"|\s+(?:known\s+as|a\.?k\.?a\.?)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _joins_a_name(text: str, m: re.Match[str]) -> bool:
    """The separator follows a name on its line: "Department of Defense (DoD)". A transcript's turn
    marker "((Rich Doe))" after a question, or a bracket opening a line or after "?"/"!", names a
    speaker, never another name of what came before."""
    gap = m.group(0)[: len(m.group(0)) - len(m.group(0).lstrip())]
    return "\n" not in gap and text[max(0, m.start() - 1) : m.start()] not in ("(", "?", "!")


def _text_ties(text: str, actors: list[Actor]) -> list[tuple[int, int]]:
    """(i, j): the text names actor i and then actor j in brackets or as "also called" (either order)."""
    if not text:
        return []
    by_name: list[tuple[str, int]] = []  # basic form of every name, longest first
    for i, actor in enumerate(actors):
        by_name.extend((names.basic(n), i) for n in _all_names(actor) if names.basic(n))
    by_name.sort(key=lambda t: -len(t[0]))
    ties: list[tuple[int, int]] = []
    for m in _TIE_SEPARATOR.finditer(text):
        if not _joins_a_name(text, m):
            continue
        before = " " + names.basic(text[max(0, m.start() - 120) : m.start()])
        if m["inside"] is not None:
            after = names.basic(m["inside"])
            right = {i for n, i in by_name if after == n}
        else:
            after = names.basic(text[m.end() : m.end() + 120]) + " "
            right = {i for n, i in by_name if after.startswith(n + " ")}
        left = {i for n, i in by_name if before.endswith(" " + n)}
        ties.extend((i, j) for i in left for j in right if i != j)
    return ties


def _merge_group(group: list[Actor]) -> Actor:
    # canonical name: the longest key among persons' names, else the most frequent/first name
    primary = max(group, key=lambda a: (a.kind != ActorKind.other, len(names.key(a.name)), -group.index(a)))
    seen = {names.basic(primary.name)}
    aliases = []
    for actor in group:
        for n in _all_names(actor):
            if names.basic(n) not in seen:
                seen.add(names.basic(n))
                aliases.append(n)
    # the kind of the name kept, else the first one known ("Perttu Ahola" stays a person when a
    # piece of the article tagged him an organisation first)
    kinds = [a.kind for a in [primary, *group] if a.kind != ActorKind.other]
    evidence = []
    spans = set()
    for actor in group:
        for e in actor.evidence:
            k = (e.start, e.end, e.text)
            if k not in spans:
                spans.add(k)
                evidence.append(e)
    return Actor(
        id="", name=primary.name, aliases=aliases, kind=kinds[0] if kinds else ActorKind.other,
        role=next((a.role for a in group if a.role), None), evidence=evidence,
        issues=sorted({i for a in group for i in a.issues}),
    )


class ActorIndex:
    """Maps any name or alias to an actor id."""

    def __init__(self, actors: list[Actor]):
        self.rebuild(actors)

    def rebuild(self, actors: list[Actor]) -> None:
        """Index ``actors`` afresh (after one was added)."""
        self.actors = actors
        self._by_key: dict[str, str] = {}
        self._by_surname: dict[str, set[str]] = {}
        for actor in actors:
            for n in _all_names(actor):
                self._by_key.setdefault(names.key(n), actor.id)
                self._by_key.setdefault(names.basic(n), actor.id)
                if actor.kind == ActorKind.person:
                    self._by_surname.setdefault(names.surname(n), set()).add(actor.id)

    def lookup(self, name: str | None) -> str | None:
        if not name:
            return None
        for k in (names.basic(name), names.key(name)):
            if k in self._by_key:
                return self._by_key[k]
        ids = self._by_surname.get(names.surname(name), set())
        if len(ids) == 1 and " " not in names.key(name):
            return next(iter(ids))
        best, best_score = None, 0.0
        target = names.key(name)
        for k, actor_id in self._by_key.items():
            score = fuzz.token_set_ratio(target, k) / 100
            if score > best_score:
                best, best_score = actor_id, score
        return best if best_score >= 0.9 else None

    def name(self, actor_id: str | None) -> str | None:
        return next((a.name for a in self.actors if a.id == actor_id), None)


def merge_actors(actors: list[Actor], text: str | None = None) -> list[Actor]:
    """Merge the actors the text ties (see the module docstring); ids become a1, a2, ..."""
    uf = _UnionFind(len(actors))
    keys = [_NameKeys.of(a) for a in actors]
    owner: dict[str, int] = {}
    for i, k in enumerate(keys):  # a shared name or alias
        for name_key in k.keys:
            if name_key in owner:
                uf.union(owner[name_key], i)
            else:
                owner[name_key] = i
    for i, j in _surname_ties(actors, keys) + _text_ties(text or "", actors):
        uf.union(i, j)
    groups: dict[int, list[Actor]] = {}
    for i, actor in enumerate(actors):
        groups.setdefault(uf.find(i), []).append(actor)
    merged = [_merge_group(g) for _, g in sorted(groups.items())]
    for n, actor in enumerate(merged, 1):
        actor.id = f"a{n}"
    return merged


# -- whole-brief resolution -------------------------------------------------------------------


def _ensure_actor(index: ActorIndex, brief: Brief, name: str | None, grounder: Grounder | None) -> str | None:
    if not name:
        return None
    found = index.lookup(name)
    if found or grounder is None:
        return found
    evidence = grounder.evidence(name)
    actor = Actor(id=f"a{len(brief.actors) + 1}", name=name, kind=ActorKind.other, evidence=[evidence])
    if evidence.status == GroundingStatus.not_found:
        actor.issues.append("named by another item but not found in the article")
    brief.actors.append(actor)
    index.rebuild(brief.actors)
    return actor.id


def link_denials(brief: Brief, *, threshold: float = 0.25) -> None:
    """Point each unlinked denial at the claim whose content it overlaps most."""
    claim_words: list[set[str]] | None = None  # each claim's content words, computed once
    for denial in brief.denials:
        if denial.responds_to:
            continue
        if claim_words is None:
            claim_words = [content_words(c.content) for c in brief.claims]
        best, best_score = None, 0.0
        d_words = content_words(f"{denial.content} {' '.join(e.text for e in denial.evidence)}")
        for claim, c_words in zip(brief.claims, claim_words):
            if claim.claimant and claim.claimant == denial.denier:
                continue
            if any(e.start is not None and e.start == de.start for e in claim.evidence for de in denial.evidence):
                continue
            score = len(d_words & c_words) / min(len(d_words), len(c_words)) if d_words and c_words else 0.0
            if score > best_score:
                best, best_score = claim, score
        if best is not None and best_score >= threshold:
            denial.responds_to = best.id


def resolve(brief: Brief, *, published=None, grounder: Grounder | None = None, link: bool = True) -> Brief:
    """Merge actors, resolve references and dates, link denials; ids become a1.., i1.., c1.., d1..

    Backends name actors in the ``*_name`` fields; the ids are assigned here. ``link=False`` leaves
    a denial the backend did not link unlinked (a backend that decides the links itself)."""
    brief.actors = merge_actors(brief.actors, grounder.text if grounder is not None else None)
    index = ActorIndex(brief.actors)
    for inc in brief.incidents:
        inc.perpetrator = _ensure_actor(index, brief, inc.perpetrator_name, grounder)
        inc.alleged_perpetrator = _ensure_actor(index, brief, inc.alleged_perpetrator_name, grounder)
        inc.perpetrator_name = index.name(inc.perpetrator) or inc.perpetrator_name
        inc.alleged_perpetrator_name = index.name(inc.alleged_perpetrator) or inc.alleged_perpetrator_name
        if inc.date is not None:
            inc.date = dates.iso_from_model(inc.date.iso, inc.date.text, published)
    for claim in brief.claims:
        claim.claimant = _ensure_actor(index, brief, claim.claimant_name, grounder)
        claim.claimant_name = index.name(claim.claimant) or claim.claimant_name
    for denial in brief.denials:
        denial.denier = _ensure_actor(index, brief, denial.denier_name, grounder)
        denial.denier_name = index.name(denial.denier) or denial.denier_name
    # stable public ids
    claim_map = {}
    for n, claim in enumerate(brief.claims, 1):
        claim_map[claim.id] = f"c{n}"
        claim.id = f"c{n}"
    for n, inc in enumerate(brief.incidents, 1):
        inc.id = f"i{n}"
    for n, denial in enumerate(brief.denials, 1):
        denial.id = f"d{n}"
        denial.responds_to = claim_map.get(denial.responds_to) if denial.responds_to else None
    if link:
        link_denials(brief)
    return brief
