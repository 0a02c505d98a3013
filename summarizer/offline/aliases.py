"""Stage 1, actors: one actor per person or body — the names a text gives one actor (a surname, a
middle name dropped, an acronym the text pairs with its expansion, a short name or a bare group noun)
join the full name (:func:`merge_aliases`, run by :func:`summarizer.offline.actors.find_actors`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from summarizer import names
from summarizer.offline.doc import NAME_STRIP, ActorDraft, Context
from summarizer.offline.mentions import absorb, add_mention, clean_name, org_kind
from summarizer.schemas.brief import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Token


def merge_aliases(ctx: Context) -> None:
    """"Esper" joins "Mark Esper"; "Dzhokhar" joins "Dzhokhar Tsarnaev" when unambiguous; a
    surname shared by several named people joins the first of them named (news names the
    principal first and tells the others apart by their first names)."""
    _merge_one_word_names(ctx)
    _merge_surnames(ctx)
    _merge_paternal_surnames(ctx)
    _merge_middle_names(ctx)
    _merge_acronyms(ctx)
    _merge_handles(ctx)
    _merge_line_handles(ctx)
    _merge_short_names(ctx)
    _merge_named_groups(ctx)
    _merge_bare_groups(ctx)
    _merge_side_authorities(ctx)
    _merge_side_forces(ctx)
    _merge_spelling_variants(ctx)
    _merge_misspelt_surnames(ctx)
    _merge_one_word_names(ctx)  # "Frido" once "Frido Welker" and "Frido Walker" are one
    _merge_company_names(ctx)
    _merge_first_word_companies(ctx)
    _merge_same_names(ctx)


def _merge_one_word_names(ctx: Context) -> None:
    """A one-word name joins the one full name of a person it is the surname or the first name of
    (a person's surname also the one name of capitalised words the tagger took for an organisation's
    that it ends, where no person's name has it: "Sahraoui said" after "Hassiba Hadj Sahraoui", "Tolstoy
    was listed" after "Leo Tolstoy"; not "Elis" of "Viva Elis" beside "Maria Rita Elis Regina").
    A full name that only extends another with more words is not another candidate: "Sally" is
    "Sally Capp" also where the tagger took in "Sally Capp's Mayorship"."""
    people = [a for a in ctx.actors.values() if a.key[0] == "person"]
    full = [a for a in people if " " in names.key(a.name)]
    # "Nijrabi" tagged as an organisation next to "Safiulla Nijrabi"
    people += [a for a in ctx.actors.values() if a.key[0] == "org" and a.kind == ActorKind.organization
               and (" " not in a.name or " " not in names.key(a.name)) and a.name[:1].isupper() and not a.name.isupper()]
    # "Sahraoui said" after "Hassiba Hadj Sahraoui" tagged as an organisation: a person's full name
    untagged = [a for a in ctx.actors.values() if _bare_org_name(ctx, a)]
    for a in people:
        k = names.key(a.name)
        if a.key not in ctx.actors or " " in a.name.strip() and " " in k:  # "Dr Martisius" is one name
            continue
        live = [b for b in full if b.key in ctx.actors]
        # a surname of one or more words: "al-Muhandis" of "Abu Mahdi al-Muhandis" (key "al muhandis")
        last = [b for b in live if names.key(b.name).endswith(" " + k)]
        if not last and a.key[0] == "person" and not any(k in names.key(b.name).split() for b in live):
            last = [b for b in untagged if b.key in ctx.actors and names.key(b.name).endswith(" " + k)]
        first = _shortest([b for b in live if names.key(b.name).split()[0] == k])
        if len(last) > 1:
            principal = min(last, key=lambda b: b.first)
            last = [principal] if principal.first < a.first else last
        target = last[0] if len(last) == 1 else (first[0] if len(first) == 1 and not last else None)
        if target is not None and target is not a:
            absorb(ctx, target, a)


def _shortest(found: list[ActorDraft]) -> list[ActorDraft]:
    """The names among ``found`` that do not only extend another of them with more words."""
    keys = [names.key(b.name) for b in found]
    return [b for b, k in zip(found, keys) if not any(o != k and k.startswith(o + " ") for o in keys)]


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def _merge_surnames(ctx: Context) -> None:
    """A surname of several words ("De Blasio", "bin Laden") joins the one longer name of a
    person it ends ("Bill de Blasio"); the tagger reads it as a name of its own, also as an
    organisation's with no organisation's word in it ("La Riva said" after "Gloria La Riva")."""
    people = [a for a in ctx.actors.values() if a.key[0] == "person"]
    for a in people + [a for a in ctx.actors.values() if _bare_org_name(ctx, a)]:
        short = names.key(a.name).split()
        if a.key not in ctx.actors or len(short) < 2:
            continue
        longer = [b for b in people if b is not a and b.key in ctx.actors
                  and len(names.key(b.name).split()) > len(short) and names.key(b.name).split()[-len(short):] == short]
        if len(longer) == 1:
            absorb(ctx, longer[0], a)


def _bare_org_name(ctx: Context, a: ActorDraft) -> bool:
    """An organisation's name of capitalised words only, none an organisation's word ("La Riva",
    not "Red Cross", "Washington Post", "ABC News")."""
    words = a.name.split()
    return (a.key[0] == "org" and a.kind == ActorKind.organization and len(words) >= 2
            and all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words)
            and org_kind(ctx, a.name) == ActorKind.organization
            and not ctx.rules.words("actors", "of_name_heads") & {w.lower() for w in words})


def _three_names(ctx: Context, a: ActorDraft) -> list[str] | None:
    """The words of a name of three capitalised words ("Wanda Vázquez Garced"), a person's or one the
    tagger took for an organisation with no organisation's word in it; else None."""
    words = a.name.split()
    if len(words) != 3 or not all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words):
        return None
    if a.key[0] == "person" or a.key[0] == "org" and a.kind == ActorKind.organization and (
            org_kind(ctx, a.name) == ActorKind.organization and not ctx.rules.words("actors", "of_name_heads") & {
                w.lower() for w in words}):
        return names.key(a.name).split()
    return None


def _merge_paternal_surnames(ctx: Context) -> None:
    """"Rosselló" of "Ricardo Rosselló Nevares": a name of three words (given name, father's and
    mother's surname, as in Spanish) is then written by its middle word alone. The one word joins the
    one such name with it in the middle, when no other name has that word; the person keeps its kind
    (the tagger may take the full name for an organisation)."""
    full = {id(a): w for a in ctx.actors.values() if (w := _three_names(ctx, a)) is not None}
    if not full:
        return
    for a in list(ctx.actors.values()):
        k = names.key(a.name)
        if a.key not in ctx.actors or a.key[0] not in ("person", "org") or " " in k or id(a) in full:
            continue
        if a.key[0] == "org" and (a.kind != ActorKind.organization or not a.name[:1].isupper() or a.name.isupper()):
            continue
        targets = [b for b in ctx.actors.values() if id(b) in full and b.key in ctx.actors and full[id(b)][1] == k]
        others = [b for b in ctx.actors.values() if b is not a and b not in targets
                  and b.key[0] in ("person", "org") and k in names.key(b.name).split() and names.key(b.name) != k]
        if len(targets) != 1 or others:
            continue
        target = targets[0]
        if a.key[0] == "person" and target.key[0] != "person":
            name = target.name
            absorb(ctx, a, target)  # the person keeps its kind and takes the full name
            a.aliases = [n for n in (a.name, *a.aliases) if n != name]
            a.name = name
        else:
            absorb(ctx, target, a)


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


@lru_cache(maxsize=65536)  # a pure function of the name, asked for every name per acronym
def _initials(name: str) -> str:
    caps = [w for w in re.split(r"[\s-]+", NAME_STRIP.sub("", name)) if w[:1].isupper()]
    return "".join(w[0] for w in caps) if len(caps) >= 2 else ""


def _initials_of(ctx: Context, name: str) -> tuple[str, ...]:
    """A name's initials ("ANA" of "Afghan National Army"), and, round 52, those of the name after a country's
    word opening it ("SEC" of "U.S. Securities and Exchange Commission", "BMA" of "British Medical Association"
    as well as "BMA"): a body's acronym leaves out the state it is named for; not after a country's word that
    opens a pair ("Afghan and International Security Assistance Force")."""
    words = NAME_STRIP.sub("", name).split()
    for n in (2, 1):
        if len(words) > n + 1 and " ".join(words[:n]).lower() in ctx.rules.demonyms and words[n][:1].isupper():
            return _initials(name), _initials(" ".join(words[n:]))
    return (_initials(name),)


def _paired_acronyms(ctx: Context) -> dict[str, ActorDraft]:
    """Acronyms the text pairs with a name: "the Federal Security Service (FSB)"."""
    doc = ctx.doc
    pairs: dict[str, ActorDraft] = {}
    for t in ctx.tokens[1 : len(doc) - 2]:
        if t.text != "(":
            continue  # the tokens after are read only after an opening bracket
        acronym = doc[t.i + 1].text
        if doc[t.i + 2].text != ")" or not _is_acronym(acronym):
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
            named = [n for n in entity_names | {b.name for b in ctx.actors.values()} if a.name in _initials_of(ctx, n)]
            matches = [b for b in ctx.actors.values() if b is not a and b.kind != ActorKind.person
                       and any(a.name in _initials_of(ctx, n) for n in (b.name, *b.aliases))]  # or a name it took in
            if len(matches) != 1 or len({names.key(n) for n in named} - {names.key(n) for n in (matches[0].name, *matches[0].aliases)}) > 0:
                continue
            target = matches[0]
        if target is not a and target.key in ctx.actors:
            absorb(ctx, target, a)


def _merge_handles(ctx: Context) -> None:
    """A social-media handle in brackets right after a name is that name's ("Raian Gibrel (@bro0ownsugar)
    envisioned", "Aguil Lual (@AguilB) called on"): the handle's actor joins the name's."""
    doc = ctx.doc
    for t in ctx.tokens[1 : len(doc) - 2]:
        if t.text != "(" or not doc[t.i + 1].text.startswith("@") or doc[t.i + 2].text != ")":
            continue
        named, handle = ctx.token_actor.get(t.i - 1), ctx.token_actor.get(t.i + 1)
        if named is None or named.key not in ctx.actors:
            continue
        if handle is None:  # the handle's own lines ("@AguilB: ...") are told later: its mention, the name's
            add_mention(ctx, named.key, named.name, named.kind, t.i + 1, t.i + 2, alias=doc[t.i + 1].text.lstrip("@"))
        elif handle is not named and handle.key in ctx.actors:
            absorb(ctx, named, handle)


def _merge_line_handles(ctx: Context) -> None:
    """A handle opening a line as its author ("@shamsalshomos: I hope ...") right after a sentence about a
    named person that ends in a colon ("Shams in Yemen tweeted a hope ...:", "researcher Atiaf Alwazir
    commented:") is that person's: the line is what the sentence introduces. Not a handle that is already
    another named actor's, and not after a sentence whose subject is no named person ("Some tweets:")."""
    doc = ctx.doc
    for t in ctx.tokens[2 : len(doc) - 1]:
        if not (t.text.startswith("@") and len(t.text) > 1 and doc[t.i + 1].text == ":" and "\n" in doc[t.i - 1].text):
            continue
        colon = doc[t.i - 2]
        speaker = _line_introducer(ctx, colon, t.text.lstrip("@")) if colon.text == ":" else None
        handle = ctx.token_actor.get(t.i)
        if speaker is None or handle is speaker:
            continue
        if handle is None:
            add_mention(ctx, speaker.key, speaker.name, speaker.kind, t.i, t.i + 1, alias=t.text.lstrip("@"))
        elif handle.key in ctx.actors and names.key(handle.name) == names.key(t.text.lstrip("@")):
            absorb(ctx, speaker, handle)


def _line_introducer(ctx: Context, colon: Token, handle: str) -> ActorDraft | None:
    """The named person who is the subject of the verb the colon hangs on or of one above it ("Shams
    tweeted a hope that ...:"), or of the sentence ``colon`` ends ("Hadeel Maaitah tweeted:"); of those,
    the one whose name the handle spells ("Linah Al Saafin confirmed that Thaer Halahleh ... ended his
    strike:" then "@LinahAlsaafin:": Linah Al Saafin, not the nearer subject)."""
    found = []
    for v in (colon.head, *colon.head.ancestors, colon.sent.root):
        for c in v.children:
            a = ctx.token_actor.get(c.i)
            if c.dep_ == "nsubj" and a is not None and a.key[0] == "person" and a.key in ctx.actors:
                found.append(a)
    spelt = [a for a in found if names.key(a.name).replace(" ", "") == names.key(handle)]
    return spelt[0] if spelt else found[0] if found else None


_POSTMODIFIERS = ("of", "on", "for")


def _head_word(words: list[str]) -> int:
    """Index of a name's head word: the last word, or the last before its first "of", "on" or "for"
    ("House of Representatives", "Commission on Presidential Debates", "Center for Biological Diversity")."""
    return next((i - 1 for i, w in enumerate(words) if i and w in _POSTMODIFIERS), len(words) - 1)


# the office a police force is named by after its word ("Springfield Police Department", "Police Service of X")
_FORCE_OFFICES = frozenset({"department", "service", "force"})


def _merge_short_names(ctx: Context) -> None:
    """A short name that is a run of words of one longer organisation's name, its head word included,
    is that organisation: "Supreme Court" of "United States Supreme Court", "Quds Force" of
    "Islamic Revolutionary Guard Corps-Quds Force", a bare "police" where the text names one
    "Thames Valley Police"; with no such name, a "police" or "X police" right before the head of the one
    "X Police Department" (``_FORCE_OFFICES``). Never one of two ("Court": "Supreme Court" or "District Court"), and
    never a modifier alone ("United States" is not "United States Embassy")."""
    orgs = [a for a in ctx.actors.values() if a.key[0] == "org" and a.kind != ActorKind.person]
    words = {id(a): re.split(r"[\s-]+", names.key(a.name)) for a in orgs}
    for a in list(ctx.actors.values()):
        bare = a.key[0] == "group" and a.key[1] is None
        if a.key not in ctx.actors or not (a.key[0] in ("org", "group") and a.kind != ActorKind.person):
            continue
        short = re.split(r"[\s-]+", names.key(a.name))
        if bare and len(short) != 1 or a.key[0] == "group" and a.name.lower() in ctx.rules.demonyms:
            continue  # a country is not a body named after it ("Australia" of "Tourism Australia")
        targets, offices = [], []
        for b in orgs:
            long = words[id(b)]
            if b is a or b.key not in ctx.actors or len(long) <= len(short):
                continue
            head = _head_word(long)
            if any(long[i:i + len(short)] == short and i <= head < i + len(short)
                   for i in range(len(long) - len(short) + 1)) or (
                    a.key[0] == "group" and _same_side_and_head(short, long, head)):
                targets.append(b)
            elif _police_office(short, long, head):
                offices.append(b)
        if len(targets or offices) == 1:
            absorb(ctx, (targets or offices)[0], a)


def _police_office(short: list[str], long: list[str], head: int) -> bool:
    """"police" or "Spokane police" of "Spokane Police Department": the words right before an office head."""
    return short[-1] == "police" and long[head] in _FORCE_OFFICES and long[max(head - len(short), 0):head] == short


def _merge_named_groups(ctx: Context) -> None:
    """A one-word body name is the one body named by it and a word for a group after it ("Haqqani"
    and "Haqqani Network", ``group_name_words``): that group's name without its head. With no such
    body, one the article writes with such a word in lower case ("a Haqqani network commander") is
    named with it ("Haqqani network"). Not a country or a place ("Australia" is not "Australia Party"),
    nor a person's name, nor a name another actor also has."""
    group_words = ctx.rules.words("actors", "group_name_words")
    bodies = [a for a in ctx.actors.values() if a.key[0] == "org" and a.kind != ActorKind.person]
    for a in bodies:
        k = names.key(a.name)
        if a.key not in ctx.actors or " " in k or a.name.lower() in ctx.rules.demonyms or k in ctx.places:
            continue
        targets = [b for b in bodies if b is not a and b.key in ctx.actors
                   and (words := names.key(b.name).split())[:-1] == [k] and words[-1] in group_words]
        if len(targets) == 1:
            absorb(ctx, targets[0], a)
        elif not targets and not any(b is not a and names.key(b.name) == k for b in ctx.actors.values()):
            told = {m.group(1) for m in re.finditer(rf"\b{re.escape(a.name)} ([a-z]+)\b", ctx.text)} & group_words
            if len(told) == 1:
                a.aliases.append(a.name)
                a.name = f"{a.name} {told.pop()}"


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


def _merge_side_authorities(ctx: Context) -> None:
    """A country's "authorities" ("Iranian authorities") are its government where the article names that
    government or the country acting ("the Iranian government", "Iran has put dozens on trial", "the
    government of China"): one body (LABELLING.md, Precision 2), not its officials, police or forces, and
    never a bare "authorities" with no side. Its "military authorities" are its military (``_side_military``)."""
    for a in list(ctx.actors.values()):
        if a.key not in ctx.actors or a.key[0] != "group" or len(a.key) != 3 or a.key[1] is None \
                or a.key[2] != "authority":
            continue
        if re.search(r"\b(?:military|army) authorities$", a.name.lower()):
            military = _side_military(ctx, a.key[1])
            if military is not None:
                absorb(ctx, military, a)
            continue
        government = ctx.actors.get(("group", a.key[1], "government"))
        if government is not None and government is not a:
            absorb(ctx, government, a)


def _side_military(ctx: Context, side: str) -> ActorDraft | None:
    """"US military authorities" are the "US military", or the one named force of that side ("Chilean Armed Forces")."""
    military = ctx.actors.get(("group", side, "military"))
    if military is not None:
        return military
    named = [b for b in ctx.actors.values() if b.key[0] == "org" and b.kind == ActorKind.military
             and len(words := b.name.split()) > 1 and words[-1].lower() in _ARMY_HEADS
             and ctx.rules.demonyms.get(words[0].lower()) == side]
    return named[0] if len(named) == 1 else None


_ARMY_HEADS = frozenset({"army", "military", "forces"})
# a side's word and a bare plural for troops ("Afghan troops"), or such a plural "of the" named force; not a
# force of two sides ("Afghan and coalition forces"), one "led" by a side, nor "security forces" (police too)
_SIDE_TROOPS = re.compile(r"^(?:[A-Z][a-z]+ (?:troops|soldiers|forces)|(?:troops|soldiers|forces) of the [A-Z][\w ]+)$")


def _merge_side_forces(ctx: Context) -> None:
    """A side's troops ("Chinese troops", "Afghan forces", "troops of the Kenyan Army": that army) are the one
    named military of that side the article tells, its name opening with the side's word and ending
    in a word for a whole force ("Chinese People's Liberation Army", "Afghan National Security Forces",
    "Kenyan Army"; an "Army" the tagger's words made an armed group's too): not a navy or an air force,
    not another armed group ("Syrian Democratic Forces"), never one of two."""
    forces = [a for a in ctx.actors.values() if a.key[0] == "group" and len(a.key) == 3 and a.key[1] is not None
              and a.key[2] == "force" and a.kind == ActorKind.military and _SIDE_TROOPS.match(a.name)]
    for a in forces:
        named = [b for b in ctx.actors.values() if b.key[0] == "org" and len(words := b.name.split()) > 1
                 and "and" not in words and (not a.name.lower().startswith(("troops ", "soldiers ", "forces "))
                                             or a.name.lower().endswith(" " + b.name.lower()))
                 and (b.kind == ActorKind.military and words[-1].lower() in _ARMY_HEADS
                      or b.kind == ActorKind.armed_group and words[-1].lower() == "army")
                 and ctx.rules.demonyms.get(words[0].lower()) == a.key[1]]
        if a.key in ctx.actors and len(named) == 1:
            absorb(ctx, named[0], a)


def spelling_variants(a: str, b: str, *, person: bool = True) -> bool:
    """Two names one word apart, that word spelt two ways ("Dzokhar Tsarnaev" and "Dzhokhar
    Tsarnaev", "Frido Walker" and "Frido Welker"): as many words, all but one the same, and the other
    two of at least four letters, with one first letter and a character ratio of at least 0.8 (0.88
    for a one-word name; not "Dorsa" and "Borna", not "Mark" and "Mary", not a plural); a first word
    spelt two ways keeps its first two and last two letters ("Dzokhar"/"Dzhokhar", not "Ivana"/"Ivanka")."""
    wa, wb = names.key(a).split(), names.key(b).split()
    if len(wa) != len(wb) or wa == wb:
        return False
    diff = [(x, y) for x, y in zip(wa, wb) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if len(wa) == 1 and (x + "s" == y or y + "s" == x):
        return False  # "Senate" and "Senates": one and several
    least = 80 if len(wa) > 1 else 88  # one word alone must be closer: "Rajamma" and "Ratnamma" are two women
    if person and x == wa[0] and (x[:2] != y[:2] or x[-2:] != y[-2:]):
        return False  # a given name's other form is another person: "Ivana" and "Ivanka", "Mario" and "Maria"
    return min(len(x), len(y)) >= 4 and x[0] == y[0] and x.isalpha() and y.isalpha() and fuzz.ratio(x, y) >= least


def transliterations(a: str, b: str, *, person: bool = True) -> bool:
    """One name transliterated two ways, its words run together or apart ("al-Qa'ida" and "Al-Qaeda",
    "Hamza bin Ladin" and "Hamza bin Laden", "Abou el Fotouh" and "AboulFotouh", "Zambia Media Forum" and
    "Zambia Medium Forum"): the letters alone, six or more, open alike and match at a ratio of 0.85; not a
    name and the same words with more ("Liberal National" and "Liberal National Party"); of as many
    words, each word spelt two ways opens alike and matches at 0.6 ("Eastern"/"Western", "Labor"/"Liberal"
    are other bodies), two people of one surname are kin, not one ("Kim Jong-un"/"Kim Jong-il", "Dorsa"/
    "Borna Derakhshani"), and a person's one word is left to :func:`spelling_variants`."""
    wa, wb = names.key(a).split(), names.key(b).split()
    ca, cb = _letters(a), _letters(b)
    if ca == cb or min(len(ca), len(cb)) < 6 or ca[0] != cb[0] or fuzz.ratio(ca, cb) < 85:
        return False
    if len(wa) != len(wb):  # not a name and its words with more ("Liberal National Party"): a short name's
        return not (set(wa) <= set(wb) or set(wb) <= set(wa))
    if person and len(wa) == 1:
        return False  # one person's word alone is closer or two people ("Rajamma"/"Ratnamma": above)
    diff = [(x, y) for x, y in zip(wa, wb) if x != y]
    if any(x[0] != y[0] or fuzz.ratio(x, y) < 60 for x, y in diff):
        return False
    return not (person and wa[-1] == wb[-1])


def _letters(name: str) -> str:
    return re.sub(r"[^a-z]", "", names.key(name))


def _merge_spelling_variants(ctx: Context) -> None:
    """A person or a named body written two ways in one article (a typo, a transliteration) is one:
    the spelling mentioned more often (or first) keeps the name, the other is an alias."""
    named = sorted((a for a in ctx.actors.values() if a.key[0] in ("person", "org")), key=lambda a: (-a.mentions, a.first))
    for n, a in enumerate(named):
        if a.key not in ctx.actors:
            continue
        person = a.key[0] == "person"
        for b in named[n + 1:]:
            if b.key in ctx.actors and b.key[0] == a.key[0] and (
                    spelling_variants(a.name, b.name, person=person) or transliterations(a.name, b.name, person=person)):
                absorb(ctx, a, b)


def _merge_misspelt_surnames(ctx: Context) -> None:
    """A one-word name a person's surname is spelt another way in ("Ms Bauchtman said" after "Lydia
    Buchtmann", "Pierliusi" after "Pedro Pierluisi", "Mauer" after "K.C. Maurer") joins that person: the
    one full name whose last word is its spelling variant (one first letter, ratio >= 0.88; a final
    "s" more or less is a surname's too, "Clements" of "Tony Clement"), where no full name has it."""
    people = [a for a in ctx.actors.values() if a.key[0] == "person"]
    full = [a for a in people if " " in a.name.strip()]  # a name of words, not "Ex-Muslims"
    bare = [a for a in ctx.actors.values() if a.key[0] == "org" and a.kind == ActorKind.organization
            and " " not in a.name and not a.name.isupper()]  # "DesRoiser" tagged as an organisation
    for a in people + bare:
        k = names.key(a.name)
        if a.key not in ctx.actors or " " in k or not a.name[:1].isupper():
            continue
        live = [b for b in full if b.key in ctx.actors]
        if any(k in names.key(b.name).split() for b in live):
            continue
        near = [b for b in live if _surname_variant(k, names.key(b.name).split()[-1])]
        if len(near) == 1:
            absorb(ctx, near[0], a)


def _surname_variant(a: str, b: str) -> bool:
    """"bauchtman" and "buchtmann", "clements" and "clement": one word spelt two ways, or with an "s" more;
    a surname of five letters or more beside a full name's of as many letters is one at a ratio of 0.8,
    as a name of several words ("Saree" of "Yahya Sarea", "Magwneya" of "Vincent Magwenya"; not
    "Mansour" of "Hooria Mashhour")."""
    if a + "s" == b or b + "s" == a:
        return min(len(a), len(b)) >= 5
    return spelling_variants(a, b, person=False) or (  # a surname: "Bauchtman" keeps no first letters but one
        len(a) == len(b) >= 5 and a[0] == b[0] and a.isalpha() and b.isalpha() and fuzz.ratio(a, b) >= 80)


def _merge_company_names(ctx: Context) -> None:
    """A company's short name joins the one full name that adds only company words and a country
    to it ("Facebook" of "Facebook Ireland Limited", "Salling" of "Salling Group A/S";
    ``company_suffixes``): news names a firm in full once, then by its short name. Never one of two,
    and never when nothing but a country is added ("Apple Daily" and "Google News" are other bodies)."""
    suffixes = ctx.rules.words("actors", "company_suffixes")
    orgs = [a for a in ctx.actors.values() if a.key[0] == "org" and a.kind != ActorKind.person]
    for a in orgs:
        short = a.name.lower().split()
        if a.key not in ctx.actors or not short:
            continue
        targets = []
        for b in orgs:
            long = b.name.lower().split()
            rest = long[len(short):]
            if b is a or b.key not in ctx.actors or long[: len(short)] != short or not rest:
                continue
            if any(w in suffixes for w in rest) and all(w in suffixes or w in ctx.rules.demonyms for w in rest):
                targets.append(b)
        if len(targets) == 1:
            absorb(ctx, targets[0], a)


def _merge_first_word_companies(ctx: Context) -> None:
    """A company's one-word short name joins the one longer company name it opens, which ends in a company
    word (``company_suffixes``) after words of its trade ("Ford" of "Ford Motor Company", "Penske" of "Penske
    Automotive Group"): news names a firm in full once, then by its first word. Only an organisation's (not
    an outlet's, a government's or an army's), of two to four capitalised words, and never one of two; not a
    division or a product named after the firm ("Boeing Commercial Airplanes", "Chrysler Aspen", "YouTube
    Movies": no company word ends them)."""
    suffixes = ctx.rules.words("actors", "company_suffixes")
    orgs = [a for a in ctx.actors.values() if a.key[0] == "org" and a.kind == ActorKind.organization]
    for a in orgs:
        if a.key not in ctx.actors or " " in a.name or not a.name[:1].isupper() or len(a.name) < 3:
            continue
        targets = [b for b in orgs if b is not a and b.key in ctx.actors and 2 <= len(words := b.name.split()) <= 4
                   and words[0] == a.name and all(w[:1].isupper() for w in words) and words[-1].lower().rstrip(".") in suffixes
                   and org_kind(ctx, b.name) == ActorKind.organization]
        if len(targets) == 1:
            absorb(ctx, targets[0], a)


def _merge_same_names(ctx: Context) -> None:
    """Two actors left with one name are one ("UpGuard" tagged a person in one sentence and an
    organisation in the next, "Rosselló" likewise): a text gives one name to one agent
    (LABELLING.md: no name belongs to two actors). A person among them stays the person (the
    pronouns that follow it are its); otherwise the one mentioned most keeps its kind."""
    same: dict[str, list[ActorDraft]] = {}
    for a in ctx.actors.values():
        same.setdefault(names.key(a.name), []).append(a)
    for group in same.values():
        if len(group) < 2:
            continue
        target = max(group, key=lambda a: (a.key[0] == "person", a.mentions, -a.first))
        for a in group:
            if a is not target:
                absorb(ctx, target, a)


def _same_side_and_head(short: list[str], long: list[str], head: int) -> bool:
    """"Afghan police" of "Afghan Uniformed Police": a country's word and a head, both the longer name's."""
    return len(short) == 2 and long[0] == short[0] and long[head] == short[1] and head == len(long) - 1

