"""Stage 1, actors: named people (with their titles and roles), organisations, countries acting as
governments and group noun phrases, clustered into the actor table (:mod:`summarizer.offline.mentions`).

People are found here; organisations, countries and groups in :mod:`summarizer.offline.groups`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Span

from summarizer import names
from summarizer.offline.doc import NAME_STRIP, ActorDraft, Context, is_title
from summarizer.offline.groups import country, group, organisation, unnamed_member
from summarizer.offline.mentions import absorb, add_mention, clean_name, org_kind
from summarizer.offline.places import is_place, non_actor_compound, place_names
from summarizer.schemas.brief import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Token


def find_actors(ctx: Context) -> None:
    doc, r = ctx.doc, ctx.rules
    credits = credit_tokens(ctx)
    ctx.places = place_names(ctx, ctx.ents)
    tagged = {e.text: e.label_ for e in ctx.ents}
    surnames = Counter(e[-1].text for e in ctx.ents if e.label_ == "PERSON")
    ents = [trim_name(ctx, e, tagged, surnames) for e in ctx.ents
            if e.start >= ctx.title_end and e.start not in credits and latin(e.text)]
    for ent in ents:
        if ent.label_ == "PERSON" and not is_place(ctx, ent):
            _person(ctx, ent)
    for ent in ents:
        if any(t.i in ctx.name_tokens for t in ent) or is_place(ctx, ent):
            continue
        same = ctx.actors.get(("person", names.key(clean_name(ent.text))))
        if ent.label_ == "ORG" and same is not None and " " in str(same.key[1]):
            # "Nicola Sturgeon" tagged a person once and an organisation once: the person
            add_mention(ctx, same.key, same.name, same.kind, ent.start, ent.end)
        elif ent.label_ == "ORG":
            organisation(ctx, ent)
        elif ent.label_ in ("GPE", "NORP"):
            country(ctx, ent)
    for t in doc[ctx.title_end:]:
        low = t.text.lower()
        if t.i in credits:
            continue
        if t.pos_ in ("NOUN", "PROPN") and (low in r.group_heads or t.lemma_.lower() in r.group_heads):
            if t.i in ctx.token_actor and ctx.token_actor[t.i].key[0] in ("person", "org"):
                continue
            group(ctx, t)
        elif t.pos_ == "NOUN" and t.i not in ctx.token_actor:
            unnamed_member(ctx, t)
    for span in untagged_speakers(ctx, credits):
        k = names.key(span.text)
        longer = [a for a in ctx.actors.values() if names.key(a.name).endswith(" " + k)]
        if len(longer) == 1:  # "Highway Patrol said" after "the Florida Highway Patrol"
            add_mention(ctx, longer[0].key, longer[0].name, longer[0].kind, span.start, span.end, alias=span.text)
        elif len(span) == 1:
            organisation(ctx, span)
        else:
            _person(ctx, span)
    _merge_people(ctx)


def latin(name: str) -> bool:
    """A name the English rules can read is written in Latin letters ("Müller"); Devanagari or
    Cyrillic debris the tagger took for a name ("मांग लेनी चाहिए", "कभी कभी यही fight") is not."""
    return any(c.isalpha() for c in name) and all(
        unicodedata.name(c, "").startswith("LATIN") for c in name if c.isalpha())


_PARTICLES = {"de", "la", "le", "du", "del", "della", "di", "da", "van", "von", "der", "den", "ten", "ter", "bin", "ibn", "al", "el", "st"}


def trim_name(ctx: Context, ent: Span, tagged: dict[str, str], surnames: Counter[str]) -> Span:
    """A person's name with a place or an outlet glued before it in one entity ("Prime Minister of
    India Narendra Modi", "told NPR Hamza bin Laden"): the leading words go when they are a place
    tagged as one elsewhere in the article, an outlet's acronym, or a title's "of X" before a name
    the article gives alone elsewhere) and the rest is a person's name of at least two words, not a
    surname alone ("Rocky De La Fuente"): the article names that person elsewhere, or a title's
    "of" precedes the place. ``tagged``: the article's entity texts and labels; ``surnames``: the
    last words of its person entities, counted."""
    if ent.label_ not in ("PERSON", "ORG") or len(ent) < 3:
        return ent
    r, doc = ctx.rules, ctx.doc
    before = doc[ent.start - 2 : ent.start] if ent.start >= 2 else None
    after_title = before is not None and before[1].lower_ == "of" and is_title(before[0].lower_, r)
    for k in range(1, min(3, len(ent) - 2) + 1):
        lead, rest = doc[ent.start : ent.start + k], doc[ent.start + k : ent.end]
        if not (rest[0].text[:1].isupper() and rest[-1].text[:1].isupper() and rest[0].is_alpha and rest[-1].is_alpha
                and all(t.pos_ == "PROPN" for t in rest) and not any(t.lower_ in r.group_heads for t in rest)
                and rest[0].lower_ not in _PARTICLES and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in lead)):
            continue
        named = tagged.get(rest.text) == "PERSON"  # a part of an entity is another entity's text
        glued = tagged.get(lead.text) in ("GPE", "LOC", "NORP") or (after_title and rest.text in tagged) or (
            k == 1 and lead.text.isupper() and (tagged.get(lead.text) == "ORG" or org_kind(ctx, lead.text) == ActorKind.media))
        surname = surnames[rest[-1].text] > (ent.label_ == "PERSON")  # another person's, not its own
        if glued and (named or surname or after_title):
            return Span(doc, rest.start, rest.end, label="PERSON")
    return ent


def untagged_speakers(ctx: Context, credits: set[int]) -> list[Span]:
    """Proper names the entity tagger missed that are the subject of a verb of speaking ("Regina
    Ip said", "Cardinal Marc Ouellet said", "Queen Elizabeth II announced"): a run of capitalised
    proper nouns, its head the subject. Several words are a person's name (with any title); one
    word in capitals an organisation's acronym ("RTHK said"); one other word, or a title ("The
    Minority Leader, X, said"), is left alone. The end of a longer name already found is that name ("Highway Patrol said")."""
    doc = ctx.doc
    found = []
    for t in doc[ctx.title_end:]:
        if (t.dep_ != "nsubj" or t.pos_ != "PROPN" or t.ent_type_ or t.i in ctx.token_actor or t.i in credits
                or t.head.lemma_.lower() not in ctx.rules.reporting):
            continue
        start = t.i
        while start > 0 and (p := doc[start - 1]).pos_ == "PROPN" and p.head.i == t.i and p.dep_ in ("compound", "flat") \
                and not p.ent_type_ and p.text[:1].isupper():
            start -= 1
        words = doc[start : t.i + 1]
        if not all(w.text[:1].isupper() and w.is_alpha for w in words):
            continue
        if len(words) == 1 and not (len(t.text) >= 2 and t.text.isupper()):
            continue
        if any(is_title(w.lower_, ctx.rules) for w in words[-1:]) or any(c.dep_ == "appos" for c in t.children):
            continue  # "The Minority Leader, Chuck Schumer, said": a title, its holder in apposition
        found.append(Span(doc, start, t.i + 1, label="PERSON" if len(words) > 1 else "ORG"))
    return found


_CREDIT_CUT = re.compile(r"[.!?][\"”’]|[!?]|\.(?=[A-Z][a-z])")


def credit_tokens(ctx: Context) -> set[int]:
    """Tokens of an article's credit lines ("X of VOA's Russian service contributed to this report",
    "Some information for this report came from Reuters and AP", "Reporting by X; Editing by Y"):
    the people and outlets there wrote the article, they are not actors in its events
    (LABELLING.md, Precision 1). A line runs from the sentence end before the credit words to the
    sentence's end (the parser may glue a credit line to the sentence before it)."""
    patterns = [re.compile(p, re.I) for p in ctx.rules.raw["actors"].get("credit_lines", [])]
    found: set[int] = set()
    for n, sent in enumerate(ctx.sents):
        text = ctx.sent_text[n]
        m = next((m for p in patterns if (m := p.search(text))), None)
        if m is None:
            continue
        cut = max((c.end() for c in _CREDIT_CUT.finditer(text, 0, m.start())), default=0)
        start = sent.start_char + cut
        found.update(t.i for t in sent if t.idx >= start)
    return found


def _strip_titles(ctx: Context, tokens: list[Token]) -> tuple[int, list[str]]:
    """Number of leading title tokens and their texts."""
    r = ctx.rules
    n = 0
    words = []
    while n < len(tokens) - 1:
        low = tokens[n].text.lower()
        if is_title(low, r) or low in r.not_person or low == ".":
            words.append(tokens[n].text)
            n += 1
        else:
            break
    return n, words


def _person(ctx: Context, ent: Span) -> None:
    r, doc = ctx.rules, ctx.doc
    toks = list(ent)
    while toks and (toks[-1].text in ("'s", "’s", "'") or toks[-1].is_punct):
        toks = toks[:-1]
    while toks and toks[0].pos_ != "PROPN" and toks[0].text.lower().rstrip(".") not in r.titles:
        toks = toks[1:]  # "However Esper"
    # a sentence-opening function word the tagger took for part of the name ("However Esper")
    while len(toks) > 1 and toks[0].is_stop and toks[0].text.lower().rstrip(".") not in r.titles and (
            toks[0].is_sent_start or toks[0].i == 0 or ctx.doc[toks[0].i - 1].is_punct):
        toks = toks[1:]
    lead = toks[0].i if toks else ent.start
    skip, title_words = _strip_titles(ctx, toks)
    toks = toks[skip:]
    if not toks or not any(t.text[:1].isupper() and t.is_alpha for t in toks):
        return
    name = clean_name(ctx.text_of(toks[0].i, toks[-1].i + 1))
    if name.lower() in r.not_person or name.lower() in r.stop_names or any(c.isdigit() for c in name):
        return
    if names.key(name) in ctx.places or non_actor_compound(ctx, ent):
        return
    if len(toks) > 5:
        return
    if len(toks) == 1 and ent.root.dep_ == "pobj" and ent.root.head.text.lower() in ctx.rules.place_preps | {"of"}:
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
        elif is_title(low, r):
            j -= 1
        elif t.text == "." and j - 1 >= floor and doc[j - 1].text.lower() + "." in r.titles:
            j -= 1  # "Cdr" "." split by the tokenizer
        elif t.pos_ == "PROPN" and t.ent_type_ not in ("PERSON", "DATE", "TIME", "CARDINAL") and (j != sent.start or j == ent.start - 1):
            j -= 1
        elif low in r.title_joiners and j - 1 >= floor and (doc[j - 1].pos_ == "PROPN" or doc[j - 1].text.lower() in r.titles):
            j -= 1
        else:
            break
    if j + 1 < ent.start and not any(is_title(doc[k].text.lower(), r)
                                     for k in range(j + 1, ent.start)):
        j = ent.start - 1
    if any(doc[k].is_sent_start for k in range(j + 2, ent.start)) and doc[ent.start - 1].text.lower().rstrip(".") not in r.titles:
        j = ent.start - 1
    role_toks = [t for t in doc[j + 1 : ent.start] if not t.is_space]
    while role_toks and (role_toks[0].text.lower() in r.title_joiners or role_toks[0].text in ("'s", "’s")):
        role_toks = role_toks[1:]
    role_words = [t.text for t in role_toks] + title_words
    has_title = any(is_title(w.lower(), r) for w in role_words)
    role = (ctx.text_of(role_toks[0].i, role_toks[-1].i + 1) if role_toks else "") if has_title else None
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
                role = ctx.text_of(child.left_edge.i, child.i + 1)
                role = NAME_STRIP.sub("", role).strip()
                break
    ev_end = toks[-1].i + 1
    ctx.name_tokens.update(range(toks[0].i, ev_end))
    add_mention(ctx, ("person", names.key(name)), name, ActorKind.person, toks[0].i, ev_end,
                     role=role, alias=ctx.text_of(start, ev_end) if start < toks[0].i else None,
                     ev=(start, ev_end))


def _merge_people(ctx: Context) -> None:
    """"Esper" joins "Mark Esper"; "Dzhokhar" joins "Dzhokhar Tsarnaev" when unambiguous; a
    surname shared by several named people joins the first of them named (news names the
    principal first and tells the others apart by their first names)."""
    people = [a for a in ctx.actors.values() if a.key[0] == "person"]
    full = [a for a in people if " " in names.key(a.name)]
    # "Nijrabi" tagged as an organisation next to "Safiulla Nijrabi"
    people += [a for a in ctx.actors.values() if a.key[0] == "org" and a.kind == ActorKind.organization
               and (" " not in a.name or " " not in names.key(a.name)) and a.name[:1].isupper() and not a.name.isupper()]
    for a in people:
        k = names.key(a.name)
        if " " in a.name.strip() and " " in names.key(a.name):  # "Dr Martisius" is one name
            continue
        # a surname of one or more words: "al-Muhandis" of "Abu Mahdi al-Muhandis" (key "al muhandis")
        last = [b for b in full if names.key(b.name).endswith(" " + k)]
        first = [b for b in full if names.key(b.name).split()[0] == k]
        if len(last) > 1:
            principal = min(last, key=lambda b: b.first)
            last = [principal] if principal.first < a.first else last
        target = last[0] if len(last) == 1 else (first[0] if len(first) == 1 and not last else None)
        if target is None:
            continue
        absorb(ctx, target, a)
    _merge_surnames(ctx)
    _merge_middle_names(ctx)
    _merge_acronyms(ctx)
    _merge_short_names(ctx)
    _merge_bare_groups(ctx)


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def _merge_surnames(ctx: Context) -> None:
    """A surname of several words ("De Blasio", "bin Laden") joins the one longer name of a
    person it ends ("Bill de Blasio"); the tagger reads it as a name of its own."""
    people = [a for a in ctx.actors.values() if a.key[0] == "person"]
    for a in people:
        short = names.key(a.name).split()
        if a.key not in ctx.actors or len(short) < 2:
            continue
        longer = [b for b in people if b is not a and b.key in ctx.actors
                  and len(names.key(b.name).split()) > len(short) and names.key(b.name).split()[-len(short):] == short]
        if len(longer) == 1:
            absorb(ctx, longer[0], a)


def _merge_middle_names(ctx: Context) -> None:
    """"Robert Gabriel Mugabe" and "Robert Mugabe", "John James Conyers Jr" and "John Conyers":
    one person when the first and last names agree and one name's words all occur in the other,
    in order (a middle name or a suffix more)."""
    def words(a: ActorDraft) -> list[str]:
        return [w for w in names.key(a.name).split() if w not in _SUFFIXES]
    people = [a for a in ctx.actors.values() if a.key[0] == "person" and len(words(a)) >= 2]
    for a in sorted(people, key=lambda a: len(words(a))):
        if a.key not in ctx.actors:
            continue
        short = words(a)
        for b in people:
            long = words(b)
            if b is a or b.key not in ctx.actors or len(long) <= len(short) or long[0] != short[0] or long[-1] != short[-1]:
                continue
            it = iter(long)
            if all(w in it for w in short):
                absorb(ctx, b, a)
                break


def _is_acronym(word: str) -> bool:
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


def _initials(name: str) -> str:
    caps = [w for w in re.split(r"[\s-]+", NAME_STRIP.sub("", name)) if w[:1].isupper()]
    return "".join(w[0] for w in caps) if len(caps) >= 2 else ""


def _paired_acronyms(ctx: Context) -> dict[str, ActorDraft]:
    """Acronyms the text pairs with a name: "the Federal Security Service (FSB)"."""
    doc = ctx.doc
    pairs: dict[str, ActorDraft] = {}
    for t in doc[1 : len(doc) - 2]:
        acronym = doc[t.i + 1].text
        if t.text != "(" or doc[t.i + 2].text != ")" or not _is_acronym(acronym):
            continue
        named = ctx.token_actor.get(t.i - 1)
        if named is not None and named.kind != ActorKind.person and named.name != acronym:
            pairs.setdefault(acronym, named)
    return pairs


def _merge_acronyms(ctx: Context) -> None:
    """"FSB" joins "Federal Security Service" where the text pairs them; otherwise an acronym joins
    the one name whose initials it is ("ANA", "Afghan National Army"), never one of several
    ("DNC": "Democratic National Committee" or "Democratic National Convention")."""
    pairs = _paired_acronyms(ctx)
    for acronym, paired in pairs.items():
        if acronym not in paired.aliases:
            paired.aliases.append(acronym)
    entity_names = {clean_name(e.text) for e in ctx.ents if e.label_ in ("ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART")}
    for a in list(ctx.actors.values()):
        if a.key not in ctx.actors or not _is_acronym(a.name):
            continue
        target: ActorDraft | None = pairs.get(a.name)
        if target is None:
            named = [n for n in entity_names | {b.name for b in ctx.actors.values()} if _initials(n) == a.name]
            matches = [b for b in ctx.actors.values() if b is not a and b.kind != ActorKind.person and _initials(b.name) == a.name]
            if len(matches) != 1 or len({names.key(n) for n in named} - {names.key(matches[0].name)}) > 0:
                continue
            target = matches[0]
        if target is not a and target.key in ctx.actors:
            absorb(ctx, target, a)


def _head_word(words: list[str]) -> int:
    """Index of a name's head word: the last word, or the last before "of" ("House of Representatives")."""
    return words.index("of") - 1 if "of" in words[1:] else len(words) - 1


def _merge_short_names(ctx: Context) -> None:
    """A short name that is a run of words of one longer organisation's name, its head word included,
    is that organisation: "Supreme Court" of "United States Supreme Court", "Quds Force" of
    "Islamic Revolutionary Guard Corps-Quds Force", a bare "police" where the text names one
    "Thames Valley Police". Never one of two ("Court": "Supreme Court" or "District Court"), and
    never a modifier alone ("United States" is not "United States Embassy")."""
    orgs = [a for a in ctx.actors.values() if a.key[0] == "org" and a.kind != ActorKind.person]
    words = {id(a): re.split(r"[\s-]+", names.key(a.name)) for a in orgs}
    for a in list(ctx.actors.values()):
        bare = a.key[0] == "group" and a.key[1] is None
        if a.key not in ctx.actors or not (a.key[0] in ("org", "group") and a.kind != ActorKind.person):
            continue
        short = re.split(r"[\s-]+", names.key(a.name))
        if bare and len(short) != 1:
            continue
        targets = []
        for b in orgs:
            long = words[id(b)]
            if b is a or b.key not in ctx.actors or len(long) <= len(short):
                continue
            head = _head_word(long)
            if any(long[i:i + len(short)] == short and i <= head < i + len(short)
                   for i in range(len(long) - len(short) + 1)) or (
                    a.key[0] == "group" and _same_side_and_head(short, long, head)):
                targets.append(b)
        if len(targets) == 1:
            absorb(ctx, targets[0], a)


def _merge_bare_groups(ctx: Context) -> None:
    """A bare group noun ("police", "the coalition") is the one group of the same head the text
    names with a side or a name ("Northamptonshire police", "an international coalition"): news
    names a body once in full, then by its head alone. Never one of two."""
    for a in list(ctx.actors.values()):
        if a.key not in ctx.actors or a.key[0] != "group" or a.key[1] is not None or len(a.key) != 3:
            continue
        targets = [b for b in ctx.actors.values() if b is not a and b.key[0] == "group" and len(b.key) == 3
                   and b.key[1] is not None and b.key[2] == a.key[2]]
        if len(targets) == 1:
            absorb(ctx, targets[0], a)


def _same_side_and_head(short: list[str], long: list[str], head: int) -> bool:
    """"Afghan police" of "Afghan Uniformed Police": a country's word and a head, both the longer name's."""
    return len(short) == 2 and long[0] == short[0] and long[head] == short[1] and head == len(long) - 1


# -- selection: who takes part in the article's events (LABELLING.md, Precision 1) ----------------


def selected(ctx: Context, named: set[str | None]) -> list[ActorDraft]:
    """The actors of the brief, in order of first mention: those the other stages name (a claimant,
    a denier, a perpetrator) and those that take part in the article's events in at least one
    mention (:func:`takes_part`). A name only mentioned -- a place-like modifier, a party in a
    possessive, a former president named for context -- is not an actor; nor is a crowd or a
    generic role that is only mentioned ("residents", "victims")."""
    crowd = ctx.rules.words("actors", "crowd_heads")
    facilities = ctx.rules.words("actors", "facility_heads")
    tokens: dict[int, set[int]] = {}
    for i, a in ctx.token_actor.items():
        tokens.setdefault(id(a), set()).add(i)
    kept = []
    for a in sorted(ctx.actors.values(), key=lambda a: a.first):
        if a.name in named:
            kept.append(a)
        elif not latin(a.name):
            continue  # debris of a passage in another script ("है, यह female ... workers")
        elif a.key[0] == "group" and str(a.key[-1]) in crowd:
            continue
        elif a.key[0] == "group" and a.key[1] is None and a.kind in (ActorKind.government, ActorKind.person) and (
                str(a.key[-1]) != "police"):
            continue  # "authorities", "lawmakers", "local officials": officialdom, no particular agent
            # unless another stage names it; (a bare "police" is the local force)
        elif a.key[0] == "org" and a.name.split()[-1].lower() in facilities:
            continue  # "the Jolo Cathedral was struck": a building, not an agent, unless it speaks
        elif _only_quoted(ctx, tokens.get(id(a), set())):
            continue  # '"Smugglers want us to give up," she said': a speaker's topic, unless it speaks
        elif takes_part(ctx, a, tokens.get(id(a), set())) or _side_of_members(ctx, a, tokens.get(id(a), set())):
            kept.append(a)
    return kept


def _only_quoted(ctx: Context, tokens: set[int]) -> bool:
    """Every mention of a name is inside someone's quoted words (a quote with a verb): the name is
    what a speaker talks about ('"Smugglers want us to give up," the mayor said', '"The Red Lions
    never beat us at home"'), not a party to the article's events, unless the narration names it
    too or another stage names it (a claimant, a perpetrator). A quoted title or label without a
    verb ('the case "Smith v. Acme Holdings"') does not count."""
    doc = ctx.doc
    if not tokens:
        return False
    for i in tokens:
        q = ctx.in_quote(doc[i].idx)
        if q is None:
            return False
        quoted = doc.char_span(q[0], q[1], alignment_mode="expand")
        if quoted is None or not any(t.pos_ in ("VERB", "AUX") for t in quoted) or _a_statement(ctx, quoted):
            return False
    return True


def _a_statement(ctx: Context, quoted: Span) -> bool:
    """A quote its attribution calls a statement ('the ministry said in a statement: "..."',
    '"...," the spokesman told reporters in a statement'): a body's written account of the events,
    which names their parties as the narration does."""
    doc = ctx.doc
    before = [t for t in quoted[0].sent if t.i < quoted.start]
    after = []
    for t in doc[quoted.end + 1 : quoted.end + 16]:  # the attribution after it, to the paragraph's end
        if "\n" in t.text or t.text in ('"', "“", "”"):
            break
        after.append(t)
    nouns = ctx.rules.statement_nouns
    return any(t.lemma_.lower() in nouns for t in before + after)


def _side_of_members(ctx: Context, actor: ActorDraft, tokens: set[int]) -> bool:
    """An armed group named as the side of its members ("a Taliban commander", "several Haqqani
    fighters"): the group is a party through them, as conflict reports and press releases name
    the enemy."""
    if actor.kind != ActorKind.armed_group or actor.key[0] != "org":
        return False
    for i in tokens:
        tok = ctx.doc[i]
        head = tok.head
        if tok.dep_ in ("compound", "amod") and head.i not in tokens and _role_noun(ctx, head):
            return True
    return False


def takes_part(ctx: Context, actor: ActorDraft, tokens: set[int] | None = None) -> bool:
    """True when one of the actor's mentions is a participant of a clause: its subject, agent or
    object, or the object of a preposition that marks a party ("by", "against", "with", "from",
    "to"); directly, through a role noun it governs with "of"/"for" ("the members of the
    delegation", "a spokesman for the ministry": the members or spokesman take part), or as the
    target of an event noun ("the arrest of X", "the trial of X"). A mention as a place, a topic
    ("for the Washington Post"), a modifier or owner of another noun ("Taliban commander", "the
    party's nomination", "Iran's attack": the commander or attack may be the actor, the name is
    background unless it acts elsewhere), a predicate ("X was a member of the Caucus") or a name
    only listed is background; so is a name only ever inside another actor's mention ("Coast Guard
    Commandant" of a commandant named next). Quality round 4's ablation on dev dropped the
    modifier paths and "on"/"at"/"as" as party prepositions: each removed more wrong actors than
    right ones. ``tokens``: the actor's tokens, when the caller has them."""
    doc = ctx.doc
    if tokens is None:
        tokens = {i for i, a in ctx.token_actor.items() if a is actor}
    roots = [doc[i] for i in sorted(tokens) if doc[i].head.i not in tokens or doc[i].head.i == i]
    return any(_participant(ctx, t) for t in roots)


def _participant(ctx: Context, tok: Token) -> bool:
    """A mention's clause role, climbed through coordination, apposition, role nouns and event nouns."""
    preps = ctx.rules.words("actors", "party_preps")
    deps = ctx.rules.words("actors", "participant_deps")  # dependency labels, lower-case as spaCy's
    t = tok
    for _ in range(8):
        head = t.head
        if _relative_subject(ctx, t):
            return True
        if t.dep_ == "nsubj" and head.lemma_ == "be" and head.pos_ == "AUX":
            # "Abqaiq was the target of an attack", "X is in its planning stage": a state, not an
            # act; unless the predicate is a role ("X was the gunman")
            return any(c.dep_ == "attr" and _role_noun(ctx, c) for c in head.children)
        if t.dep_ in deps:
            return True
        if head.i == t.i:
            return False
        if t.dep_ in ("conj", "appos"):
            t = head
        elif t.dep_ == "pobj" and head.lower_ in ("of", "for") and _voice_noun(ctx, head.head):
            return True  # "a spokesman for the ministry", "in the analysis of the Institute"
        elif t.dep_ == "pobj" and head.lower_ in preps:
            return not (_audience(ctx, head) or _journey(ctx, head))
        elif t.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i and _event_noun(ctx, head.head):
            return True  # "the arrest of X", "in pursuit of X"
        elif t.dep_ == "pobj" and head.lower_ in ("of", "for") and head.head.i != head.i and _role_noun(ctx, head.head):
            if _names_a_person(head.head, tok):
                return False  # "a member of the Tunisian Parliament, Samir Dilou, said"
            t = head.head
        else:
            return False
    return False


def _relative_subject(ctx: Context, tok: Token) -> bool:
    """A name that a relative clause makes the doer or the target of an act, itself or through its
    apposition: a passive ("her husband, who was arrested in May") or a verb with an object or a
    complement ("the highway patrol, which is attempting to find out", "the society, the
    organisation which directs the work"). A clause without either describes the name ("the G20,
    which focuses on economics", "a forum which started in the 1970s"); so does a clause of being
    unless its predicate is a role ("X, who is a lawyer")."""
    for noun in (tok, *(c for c in tok.children if c.dep_ == "appos")):
        for clause in noun.children:
            if clause.dep_ != "relcl":
                continue
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT")), None)
            if subject is None:
                continue
            if clause.lemma_ == "be" and clause.pos_ == "AUX":
                return any(c.dep_ == "attr" and _role_noun(ctx, c) for c in clause.children)
            if subject.dep_ == "nsubjpass" or any(c.dep_ in ("dobj", "xcomp", "ccomp", "dative") for c in clause.children):
                return True
    return False


def _audience(ctx: Context, prep: Token) -> bool:
    """"to" after a verb of speaking ("speaking to Congress", "posted to Twitter", "wrote to the
    embassy", "told the BBC"): the one a statement is made to is its audience, not a party to the
    events. A news outlet a source spoke to is an optional actor (LABELLING.md, Precision 6), so
    neutral in scoring; keeping it (quality rounds 5-7) was wrong more often than right: dropped
    in quality round 8's ablation."""
    verb = prep.head
    lemma = verb.lemma_.lower()
    return prep.lower_ == "to" and verb.pos_ in ("VERB", "AUX") and (
        lemma in ctx.rules.speech or lemma in ctx.rules.words("actors", "audience_verbs"))


def _journey(ctx: Context, prep: Token) -> bool:
    """"to"/"from" after a verb of travel ("travelling to Disney World", "flying from Tomsk",
    "going to Jannah"): a destination or an origin, a place, not a party to the events."""
    verb = prep.head
    return prep.lower_ in ("to", "from") and verb.pos_ in ("VERB", "AUX") and (
        verb.lemma_.lower() in ctx.rules.words("actors", "travel_verbs"))


def _names_a_person(noun: Token, own: Token) -> bool:
    """A role noun that is the title of a named person other than the mention ``own`` is in."""
    def other(t: Token) -> bool:
        return t.ent_type_ == "PERSON" and not (own.ent_iob_ != "O" and _same_entity(t, own))
    if noun.dep_ == "appos" and other(noun.head):
        return True
    return any(other(c) and c.dep_ in ("appos", "compound") for c in noun.children) or (
        noun.dep_ == "compound" and other(noun.head))


def _same_entity(a: Token, b: Token) -> bool:
    return any(a in e and b in e for e in a.doc.ents if e.start <= max(a.i, b.i) and min(a.i, b.i) < e.end)


def _voice_noun(ctx: Context, tok: Token) -> bool:
    """A noun for what a body says or for the one who speaks for it ("statement", "analysis",
    "spokesman"): a body that qualifies it speaks, wherever the noun sits in the sentence."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in ctx.rules.words("actors", "voice_nouns") or lemma in ctx.rules.statement_nouns)


def _role_noun(ctx: Context, tok: Token) -> bool:
    """A noun for a person or a group ("commander", "forces", "members")."""
    r = ctx.rules
    low, lemma = tok.lower_, tok.lemma_.lower()
    members = ctx.rules.words("actors", "member_nouns")
    if tok.i + 2 < len(tok.doc) and tok.nbor(1).text == "-" and not tok.whitespace_:
        tok = tok.nbor(2)  # "sub-commander", "vice-president": the word after the hyphen
        low, lemma = tok.lower_, tok.lemma_.lower()
    return tok.pos_ in ("NOUN", "PROPN") and (
        is_title(low, r) or is_title(lemma, r) or lemma in r.role_heads or low in r.group_heads
        or lemma in r.group_heads or lemma in r.unnamed_heads or lemma in members)


def _event_noun(ctx: Context, tok: Token) -> bool:
    """A noun for something done to or by someone: an incident cue ("assault", "arrest") or a
    proceeding ("trial", "pursuit", "investigation")."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in ctx.rules.event_type
                                   or lemma in ctx.rules.words("actors", "proceeding_nouns"))
