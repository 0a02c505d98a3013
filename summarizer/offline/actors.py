"""Stage 1, actors: named people (with their titles and roles), organisations, countries acting as
governments and group noun phrases, clustered into the actor table (:mod:`summarizer.offline.mentions`).

People are found here; organisations, countries and groups in :mod:`summarizer.offline.groups`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span

from summarizer import names
from summarizer.offline.aliases import merge_aliases
from summarizer.offline.doc import NAME_STRIP, ActorDraft, Context, is_title
from summarizer.offline.groups import acting_group, country, group, organisation, unnamed_member
from summarizer.offline.language import foreign_at
from summarizer.offline.mentions import add_mention, add_person, clean_name, last_person, org_kind
from summarizer.offline.places import is_place, non_actor_compound, place_names, thing_head
from summarizer.schemas.brief import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from summarizer.offline.rules import Rules


def find_actors(ctx: Context) -> None:
    doc, r = ctx.doc, ctx.rules
    credits = credit_tokens(ctx) | dateline_tokens(ctx) | caption_tokens(ctx) | byline_tokens(ctx)
    bodies_joined_at_and(ctx)
    ctx.places = place_names(ctx, ctx.ents)
    tagged = {e.text: e.label_ for e in ctx.ents}
    surnames = Counter(e[-1].text for e in ctx.ents if e.label_ == "PERSON")
    storms = storm_names(ctx)
    outlets = untagged_outlets(ctx, credits)
    in_outlets = {i for span in outlets for i in range(span.start, span.end)}
    products = product_names(ctx) | market_names(ctx) | unit_names(ctx) | craft_names(ctx)
    lower = {w for t in ctx.tokens if (text := t.text).islower() for w in (text, t.lemma_)}
    wraps = spaced_wraps(ctx.prep.original)
    pieces = [e for whole in ctx.ents for part in at_blank_lines(ctx, whole, lower, wraps) for e in unglue(ctx, part, lower)]
    unglued = {(e.start, e.end) for e in pieces} - {(e.start, e.end) for e in ctx.ents}  # the parser read them as one name
    scored = [(e, without_score(e)) for e in map(handle_only, pieces)]
    pieces = [name for _, name in scored if name is not None]
    ents = [widen_name(ctx, trim_name(ctx, e, tagged, surnames), lower) for e in pieces
            if e.start >= ctx.title_end and e.start not in credits and latin(e.text)
            and not _a_storm(e, storms) and not _paired_names(e.text) and names.key(clean_name(e.text)) not in products
            and not common_word(e, lower) and not hashtag(e) and not quoted_alone(e) and not any(i in in_outlets for i in range(e.start, e.end))
            and not foreign_opener(ctx, e)]
    ents = [Span(doc, e.start, e.end, label="GPE") if _a_country(ctx, e) else e for e in ents]
    described = []
    for ent in ents:
        if ent.label_ != "PERSON" or is_place(ctx, ent) and (ent.start, ent.end) not in unglued:
            continue
        if _described(ent):
            described.append(ent)
        else:
            _person(ctx, ent)
    for ent in described:  # "Mohammed Saleh, a 42-year-old Kurd": the person apposed, or the last one named
        t = ent.root
        who = ctx.token_actor.get(t.head.i) if t.dep_ == "appos" else (
            last_person(ctx, ent.start) if t.dep_ == "nsubj" else None)  # not "the greater Badghis and Ghormach groups"
        if who is not None and who.key[0] == "person":
            add_mention(ctx, who.key, who.name, who.kind, ent.start, ent.end)
    (surname_of, first_of), known = _surname_people(ctx), len(ctx.actors)
    for ent in ents:
        if any(i in ctx.name_tokens for i in range(ent.start, ent.end)) or is_place(ctx, ent):
            continue
        same = ctx.actors.get(("person", names.key(clean_name(ent.text))))
        if ent.label_ == "GPE" and same is None and len(ctx.actors) != known:  # people found since by an apposition
            (surname_of, first_of), known = _surname_people(ctx), len(ctx.actors)
        if ent.label_ == "GPE" and same is None and (same := surname_of.get(names.key(ent.text)) or (
                first_of.get(names.key(ent.text)) if ent.root.dep_ == "nsubj" else None)) is not None:
            # "Hagan died", "Hurley said" after "Kay Hagan": a person's surname the tagger took for a place
            add_mention(ctx, same.key, same.name, same.kind, ent.start, ent.end)
            continue
        if ent.label_ == "ORG" and same is not None and " " in str(same.key[1]):
            # "Nicola Sturgeon" tagged a person once and an organisation once: the person
            add_mention(ctx, same.key, same.name, same.kind, ent.start, ent.end)
        elif ent.label_ == "ORG" and _company_words_only(ctx, ent):
            _join_company_before(ctx, ent)  # "Chrysler LLC has said": Chrysler, not an "LLC" of its own
        elif ent.label_ == "ORG" and (titled := titled_person(ctx, ent) or national_person(ctx, ent)) is not None:
            _person(ctx, titled)
        elif ent.label_ == "ORG" and (apposed := apposed_person(ctx, ent)) is not None:
            _person(ctx, apposed)
        elif ent.label_ == "ORG":
            for piece in name_pieces(ent):
                organisation(ctx, piece)
        elif ent.label_ in ("GPE", "FAC", "LOC") and not _a_country(ctx, ent) and (apposed := apposed_person(ctx, ent)) is not None:
            _person(ctx, apposed)  # "Aiyah Saihati, a Saudi blogger and entrepreneur, slammed": a person, not a place
        elif ent.label_ in ("GPE", "NORP"):
            country(ctx, ent)
    for t in ctx.tokens[ctx.title_end:]:
        pos = t.pos_  # once per token; its words only for a noun
        if t.i in credits or pos not in ("NOUN", "PROPN"):
            continue
        if t.text.lower() in r.group_heads or t.lemma_.lower() in r.group_heads:
            if t.i in ctx.token_actor and ctx.token_actor[t.i].key[0] in ("person", "org"):
                continue
            group(ctx, t)
        elif pos == "NOUN" and t.i not in ctx.token_actor:
            unnamed_member(ctx, t)
            acting_group(ctx, t)
    for span in untagged_bodies(ctx, credits):
        organisation(ctx, span)
    for span in outlets:
        organisation(ctx, span)
    for span in username_speakers(ctx, credits) + account_names(ctx, credits):  # "dohlik_nemruchi responded"
        handle = span.text.lstrip("@").rstrip(".")
        add_person(ctx, handle, span.start, span.end)
    for span in untagged_speakers(ctx, credits, lower):
        k = names.key(span.text)
        longer = [a for a in ctx.actors.values() if names.key(a.name).endswith(" " + k)]
        if len(longer) == 1:  # "Highway Patrol said" after "the Florida Highway Patrol"
            add_mention(ctx, longer[0].key, longer[0].name, longer[0].kind, span.start, span.end, alias=span.text)
        elif len(span) == 1:
            organisation(ctx, span)
        else:
            _person(ctx, span)
    _join_scores(ctx, scored)
    _drop_publisher(ctx)
    merge_aliases(ctx)


def _join_scores(ctx: Context, scored: list[tuple[Span, Span | None]]) -> None:
    """A score cut off a side's name (:func:`without_score`) that the parser made the name's head ("beat the
    St. Louis Blues 4–3": "4–3" the object, the name its compound) is that side's mention, so the side is
    the object it is."""
    for whole, name in scored:
        if name is None or name.end == whole.end or (owner := ctx.token_actor.get(name.end - 1)) is None:
            continue
        for i in range(name.end, whole.end):
            ctx.token_actor.setdefault(i, owner)


def _company_words_only(ctx: Context, ent: Span) -> bool:
    """A name the tagger split off or cut out of a company's name that is only company words ("LLC" of
    "Chrysler LLC", "Company" of "European Aeronautic Defence and Space Company EADS N.V.";
    ``company_suffixes``): no name of its own."""
    words = names.key(clean_name(ent.text)).split()
    return bool(words) and all(w in ctx.rules.words("actors", "company_suffixes") for w in words)


def _join_company_before(ctx: Context, ent: Span) -> None:
    """Company words right after an organisation's name (a comma between, "NRDC Equity Partners, LLC")
    are that organisation's: a subject there is the organisation ("Chrysler LLC has said")."""
    j = ent.start - 1
    if j >= 0 and ctx.doc[j].text == ",":
        j -= 1
    owner = ctx.token_actor.get(j) if j >= 0 else None
    if owner is not None and owner.kind != ActorKind.person:
        for t in ent:
            ctx.token_actor.setdefault(t.i, owner)


def name_pieces(ent: Span) -> list[Span]:
    """An organisation's entity as the names it runs together: one piece per subtree of the parse
    when the tagger ran two names into one, each a run of the words under one head outside the
    entity, parted at a comma ("On his blog Chaturanga, Jaideep Prabhu pointed out": "Chaturanga"
    and "Jaideep Prabhu") or after the object of a title's "of" before two or more capitalised
    words ("US Deputy Secretary of Energy Daniel Poneman saw": "Energy" and "Daniel Poneman");
    the entity whole otherwise ("Police Scotland", "the Islamic Movement of Uzbekistan": one name
    the parse broke), across a line break, or where its subtrees interleave."""
    def root(t: Token) -> int:
        while ent.start <= t.head.i < ent.end and t.head.i != t.i:
            t = t.head
        return t.i
    runs: list[tuple[int, int, int]] = []  # (root, start, end)
    for t in ent:
        r = root(t)
        if t.is_punct and r == t.i:
            continue
        if runs and runs[-1][0] == r and runs[-1][2] == t.i:
            runs[-1] = (r, runs[-1][1], t.i + 1)
        else:
            runs.append((r, t.i, t.i + 1))
    if len(runs) < 2 or len({r for r, _, _ in runs}) != len(runs):
        return [ent]
    doc = ent.doc
    for (r, _, end), (_, start, stop) in zip(runs, runs[1:]):
        between = doc[end:start]
        if "\n" in doc[end - 1 : start + 1].text_with_ws[:-1]:
            return [ent]  # a headline's end and the next line
        if any(t.text == "," for t in between):
            continue  # "On his blog Chaturanga, Jaideep Prabhu pointed out"
        if doc[end - 1].lower_ == "and" or not (doc[r].dep_ == "pobj" and not between and stop - start >= 2 and all(
                t.text[:1].isupper() and t.is_alpha for t in doc[start:stop] if not t.is_punct)):
            return [ent]  # "Police Scotland", "Islamic Movement of Uzbekistan", "Bill and Melinda Gates Foundation": one name
    return [doc[a:b] for _, a, b in runs]


def _a_country(ctx: Context, ent: Span) -> bool:
    """A country's name the tagger took for a person ("Malawi confirmed its first infections",
    "Tunisia won a penalty kick"): one word, listed as a country, not a name any person of the
    article bears ("Michael Jordan" ... "Jordan said")."""
    if ent.label_ != "PERSON" or len(ent) != 1:
        return False
    word = ent.text.lower()
    if ctx.rules.demonyms.get(word, "").lower() != word:
        return False
    return not any(e.label_ == "PERSON" and len(e) > 1 and ent.text in e.text.split() for e in ctx.ents)


def publisher_names(source: str | None) -> set[str]:
    """Name keys of an article's publisher from its source line: each name ("A, B": both) and its
    acronyms ("Voice of America": "voice of america", "voa"); an outlet in brackets is the one the
    publisher reports from ("Baghdad Post (report by CNN)": only "baghdad post")."""
    found: set[str] = set()
    for part in publisher_parts(source):
        found |= {names.key(part), *(a for a in names.acronyms(part) if len(a) >= 3)}
    return found - {""}


def publisher_parts(source: str | None) -> list[str]:
    """The publisher's names on a source line ("A, B": both), an outlet in brackets left out."""
    return [p.strip() for p in re.split(r"[,;]", re.sub(r"\([^)]*\)", " ", source or "")) if p.strip()]


def _drop_publisher(ctx: Context) -> None:
    """The article's own publisher is not an actor (LABELLING.md, Precision 6): a news site naming
    itself in its reporting ("Wikinews contacted Boeing", "Boccaletti told Wikinews", "an official
    told VOA" in a VOA article) or a press office in its release header is the narrator, and what
    it states in its own voice is no claim (Precision 3). Another outlet the article names stays."""
    publisher = publisher_names(ctx.source)
    staff = _staff_pattern(ctx)
    gone = [a for a in ctx.actors.values() if names.key(a.name) in publisher or _publishers_staff(ctx, staff, a)]
    for a in gone:
        del ctx.actors[a.key]
    if gone:
        ids = {id(a) for a in gone}
        ctx.token_actor = {i: a for i, a in ctx.token_actor.items() if id(a) not in ids}
        ctx.person_order = [(i, a) for i, a in ctx.person_order if id(a) not in ids]


def _staff_pattern(ctx: Context) -> re.Pattern[str] | None:
    """What comes just before a name the article gives as its publisher's own person ("Wikinews' ",
    "Wikinews accredited reporter "); None with no source line. Built once per article."""
    parts = publisher_parts(ctx.source)
    if not parts:
        return None
    staff = "|".join(ctx.rules.words("actors", "staff_nouns"))
    owner = "|".join(map(re.escape, parts))
    return re.compile(rf"\b(?:{owner})(?:(?:'s?|’s?)(?:\s+(?:{staff}))?|(?:\s+\w+)?\s+(?:{staff}))\s+$", re.I)


def _publishers_staff(ctx: Context, staff: re.Pattern[str] | None, actor: ActorDraft) -> bool:
    """A person the article names as its publisher's own ("Wikinews' Nicholas Moreau attended",
    "with Wikinews accredited reporter William S. Saturn"; ``staff``: :func:`_staff_pattern`): the
    publisher's voice, no actor."""
    if actor.kind != ActorKind.person or staff is None:
        return False
    return any(staff.search(ctx.text[max(0, start - 60) : start]) for start, _ in actor.spans)


_STORM_WORDS = {"Hurricane", "Typhoon", "Cyclone", "Storm", "Depression"}
_NOT_STORM = {"center", "centre", "season", "hunters", "hunter", "warning", "watch", "week", "preparedness"}


def storm_names(ctx: Context) -> set[str]:
    """Names of storms ("Hurricane Lorenzo", "Tropical Storm Humberto", "Typhoon Haiyan"): weather
    is no agent, by its full name or by the name alone ("Lorenzo was downgraded"). A storm word
    inside a body's name is no storm ("the National Hurricane Center")."""
    doc = ctx.doc
    found = set()
    for t in ctx.tokens[: len(doc) - 1]:
        if t.text not in _STORM_WORDS:
            continue
        nxt = doc[t.i + 1]
        if not (nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.is_alpha):
            continue
        prev = doc[t.i - 1] if t.i else None
        if prev is not None and prev.text[:1].isupper() and prev.text not in ("Tropical", "Super", "Severe") and not prev.is_sent_start:
            continue  # "National Hurricane Center"
        if nxt.lower_ in _NOT_STORM or (t.i + 2 < len(doc) and doc[t.i + 2].pos_ == "PROPN" and doc[t.i + 2].text[:1].isupper()):
            continue
        found.add(nxt.text)
    return found


# a model's designation in the plural, letters and a number ("AK-47s", "F-16s", "two A300s"): things of a kind
_MODELS = re.compile(r"\b[A-Z]{1,4}-?\d+s$")


def _a_model(ent: Span, models: frozenset[str]) -> bool:
    """A product line's camel-case name with a model's word after it ("the iPod Nano comes in two colors",
    "replaces the similar iPod Mini", "Apple's 13-inch MacBook Pro", "iPhones, iPod Touches, and iPads";
    `model_words`): one model of a thing made, no party."""
    words = [t.text for t in ent if t.lower_ != "the"]
    return len(words) >= 2 and words[-1].lower() in models and re.search(r"[a-z][A-Z]", words[0]) is not None


def product_names(ctx: Context) -> set[str]:
    """Name keys of things the article names as what is made, received, won, worn or installed
    ("she received the Nobel Prize", "the company makes Zephyr Paper Towels", "won the Iowa
    Primary"), or used as a bare name ("YouTube uses JavaScript"): a product, a prize, a contest or a
    tool, no party to the events. Not a force ("the state
    used the National Guard"), not a person received as a guest, and not a name that is elsewhere a
    subject or an agent: it acts. A name the article calls a thing, in apposition ("the plane, a
    Beechcraft Sierra") or as a subject of "be" ("Minecraft is a game"), or a model's designation in
    the plural ("two AK-47s", "F-16s"), is the thing's name even where it is a subject ("ZMapp showed
    promise"), unless it speaks ("Telegram, a messaging app, said")."""
    verbs = ctx.rules.words("actors", "product_verbs")
    things = ctx.rules.words("actors", "thing_nouns")
    hosts = ctx.rules.words("actors", "host_verbs")  # "the Pope received Joe Biden": a guest (no "the")
    tools = ctx.rules.words("actors", "tool_verbs")
    models = ctx.rules.words("actors", "model_words")
    found, acting, speaking = set(), set(), set()
    named = called_things(ctx, things)
    for ent in ctx.ents:
        if ent.label_ not in ("ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "NORP", "GPE"):
            continue
        key = names.key(clean_name(ent.text))
        t = ent.root
        if _a_thing(t, things) or _MODELS.search(ent.text) or _a_model(ent, models):
            named.add(key)
        if t.dep_ in ("nsubj", "agent") or (t.dep_ == "pobj" and t.head.dep_ == "agent"):
            acting.add(key)
            if t.dep_ == "nsubj" and t.head.lemma_.lower() in ctx.rules.speech:
                speaking.add(key)
        for _ in range(4):  # "Zephyr" of "Zephyr towels", "the Medal and the Legion"
            if t.dep_ not in ("compound", "amod", "conj", "appos") or t.head.i == t.i:
                break
            t = t.head
        passive = t.dep_ == "nsubjpass" and ent.label_ != "PERSON"  # not "Smith was made captain"
        lemma = t.head.lemma_.lower()
        bare = lemma in tools and not any(w.lower_ == "the" for w in (*ent, *t.children))  # "using Lua", not "used the National Guard"
        if (t.dep_ == "dobj" or passive) and t.head.pos_ == "VERB" and (lemma in verbs or bare) and not (
                ent.label_ == "PERSON" and t.i == ent.root.i and lemma in hosts and ent[0].lower_ != "the") and (
                org_kind(ctx, clean_name(ent.text)) in (ActorKind.organization, ActorKind.media)):
            found.add(key)
    return (found - acting) | ((named | term_acronyms(ctx)) - speaking)


def market_names(ctx: Context) -> set[str]:
    """Name keys of market figures: a name whose every clause as a subject is a move by a quantity
    ("The Hang Seng ... fell 7.19%", "with the FTSE losing 11%", "the Dow ... fell below 8,000", "Australia
    dropped by 8.4%"): an index, a market or a share price, no agent. Not one that is elsewhere the
    subject or agent of another verb ("Apple rose 3%" and "Apple released"), or whose longer name is
    ("Kmart gained 15 percent" after "Kmart Corp. announced"), nor a move by money or by
    things counted ("Ford lost $14.6 billion", "GM lost 2,000 jobs": the company acts). Round 40: each
    subject of a list ("Toyota, Nissan and Honda all dropped"), a move told by :func:`market_move`, and a
    company named only as the owner of shares that so move ("Shares of energy companies ExxonMobil and
    Chevron fell", :func:`_shares_of`); an object or the body of a role ("Sears CEO Alan Lacy") acts."""
    moved: set[str] = set()
    acting: set[str] = set()
    for ent in ctx.ents:
        t = ent.root
        if ent.label_ not in ("ORG", "GPE", "NORP", "PRODUCT", "FAC"):
            continue
        key = names.key(clean_name(ent.text))
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head  # "Toyota, Nissan and Honda all dropped": each name a subject
        shares = _shares_of(ctx, t)
        if shares is not None:  # "Shares of X fell 3 percent": a price; "bought shares in X": a party
            (moved if shares.dep_ == "nsubj" and market_move(ctx, shares.head, shares) else acting).add(key)
        elif t.dep_ == "nsubj" and market_move(ctx, t.head, t):
            moved.add(key)
        elif t.dep_ in ("nsubj", "agent", "nsubjpass", "dobj") or t.dep_ in ("compound", "poss") and (
                is_title(t.head.lower_, ctx.rules) or t.head.lemma_.lower() in ctx.rules.role_heads):
            acting.add(key)  # "Sears CEO Alan Lacy", "Apple's chief executive": a body with its people
    return {k for k in moved - acting if not any(a.startswith(k + " ") for a in acting)}  # "Kmart" of "Kmart Corp. announced"


def market_move(ctx: Context, verb: Token, subject: Token) -> bool:
    """``verb`` tells its ``subject`` moving as a price: a verb of a market's move by a quantity ("fell
    7.19%", "bottomed out at 16,283", ``market_verbs``), "go" up or down by one ("went up by 10.24%"), "reach" a
    level in points ("reached 2020.90 points"), a verb whose "to" clause is such a move ("took heavy losses to
    close down 74.15 points"; round 41), or a
    verb whose object is such a move or whose clause has shares move ("had seen its fourth consecutive
    loss", "set day-to-day records", "saw its shares plummet"; ``market_move_verbs``)."""
    r = ctx.rules
    moves, lemma = r.words("actors", "market_verbs"), verb.lemma_.lower()
    if lemma in moves or lemma == "go" and any(
            c.lower_ in r.words("actors", "market_level_words") for c in verb.children):
        return _by_quantity(ctx, verb, subject)
    if lemma == "reach" and any(c.dep_ == "dobj" and c.lower_ in r.words("actors", "market_units") for c in verb.children):
        return True  # "The Nasdaq reached 2020.90 points": a level (not "reached 78 percent increase in its profits")
    if any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in moves and any(a.lower_ == "to" for a in c.children)
           and _by_quantity(ctx, c, subject) for c in verb.children):
        return True  # "The NASDAQ also took heavy losses to close down 74.15 points": a move told by its result
    if lemma not in r.words("actors", "market_move_verbs"):
        return False
    shares = r.words("actors", "share_nouns")
    return any(c.dep_ == "dobj" and c.lemma_.lower() in r.words("actors", "market_move_nouns") for c in verb.children) or any(
        c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in moves and any(
            g.dep_ == "nsubj" and g.lemma_.lower() in shares for g in c.children) for c in verb.children)


def _shares_of(ctx: Context, tok: Token) -> Token | None:
    """The shares or stock a company's name owns ("Shares of energy companies ExxonMobil and Chevron",
    "Shares in the auto companies Toyota, Nissan and Honda", "Ford's stock", "GM shares"; ``share_nouns``),
    through a list or an apposition, or None."""
    shares = ctx.rules.words("actors", "share_nouns")
    t = tok
    while t.dep_ in ("conj", "appos") and t.head.i != t.i:
        t = t.head
    if t.lemma_.lower() in shares:
        return t  # "Shares of energy companies ExxonMobil and Chevron": the parser's apposition
    if t.dep_ in ("poss", "compound") and t.head.lemma_.lower() in shares:
        return t.head
    if t.dep_ == "pobj" and t.head.lower_ in ("of", "in") and t.head.head.lemma_.lower() in shares:
        return t.head.head
    return None


def unit_names(ctx: Context) -> set[str]:
    """Name keys of units and currencies written after a number, the tagger's organisation or person of
    three letters or fewer that a figure ends in ("costs $99 (USD)", "$199 and $249 USD", "13,100 kg (28,950
    Lb)"): a measure, no agent; not a modifier of a noun after it ("27 EU member states"), nor a name that
    is elsewhere a subject or an agent."""
    doc = ctx.doc
    found, acting = set(), set()
    for ent in ctx.ents:
        key = names.key(clean_name(ent.text))
        if ent.root.dep_ in ("nsubj", "agent", "nsubjpass"):
            acting.add(key)
        if len(ent) != 1 or len(ent.text) > 3 or ent.label_ not in ("ORG", "PERSON") or ent.root.dep_ == "compound":
            continue
        prev = ent.start - 1 - (ent.start >= 2 and doc[ent.start - 1].text == "(")
        if prev >= 0 and doc[prev].like_num:
            found.add(key)
    return found - acting


def craft_names(ctx: Context) -> set[str]:
    """Name keys of ships, spacecraft and flights as the article writes them: a name opening with a
    craft's prefix (``craft_prefixes``, case as written: "MV Namse Bangdzod", "Space Shuttle Atlantis"),
    or ending in "Flight" before its number ("Garuda Indonesia Flight 200"): a thing, no agent; and the
    name after the prefix, unless the article tags a person so ("the MV Alan Kurdi", named for the boy)."""
    r, doc = ctx.rules, ctx.doc
    prefixes = tuple(p + " " for p in r.raw["actors"]["craft_prefixes"])
    flights = r.words("actors", "flight_words")
    people = {names.key(clean_name(e.text)) for e in ctx.ents if e.label_ == "PERSON"}
    found = set()
    for ent in ctx.ents:
        text = ent.text[4:] if ent.text.startswith(("the ", "The ")) else ent.text
        flight = len(ent) > 1 and ent[-1].lower_ in flights and ent.end < len(doc) and doc[ent.end].like_num
        prefix = next((p for p in prefixes if text.startswith(p) and len(text) > len(p)), None)
        if flight or prefix:
            found.add(names.key(clean_name(ent.text)))
        if prefix and (bare := names.key(clean_name(text[len(prefix):]))) not in people:
            found.add(bare)  # "Namse Bangdzod" of "MV Namse Bangdzod", not the boy of "the MV Alan Kurdi"
    return found


def _by_quantity(ctx: Context, verb: Token, subject: Token) -> bool:
    """A verb's move given as a share or a level: a percentage or points ("fell 7.19%", "closed up 2.3
    percent", "lost 340 points"; also a number the parser hung on its unit as a compound or a modifier,
    "bottomed out at 16,283.72 points") or a bare number after a preposition ("fell below 8,000"); not money
    or things counted ("lost $14.6 billion", "cut 2,000 jobs")."""
    units = ctx.rules.words("actors", "market_units")
    for c in verb.children:
        if c.i == subject.i or c.dep_ not in ("dobj", "npadvmod", "prep", "advmod"):
            continue
        for n in c.subtree:
            if not n.like_num or n.ent_type_ in ("MONEY", "DATE", "TIME"):
                continue
            unit = n.head if n.dep_ in ("nummod", "compound", "amod") else None  # "at 16,283.72 points": the parser's compound
            if (unit is not None and unit.lower_ in units) or (n.dep_ == "pobj" and n.head.dep_ == "prep"):
                return True
    return False


_ACRONYM_AFTER = re.compile(r"\b([A-Z]{2,6})s?\s?[(\[]([^()\[\],;]{3,80})")  # "DRM (digital rights management"
_ACRONYM_BEFORE = re.compile(r"\s[(\[]([A-Z]{2,6})s?[)\]]")  # "anterior cingulate cortex (ACC)": the words before it


def term_acronyms(ctx: Context) -> set[str]:
    """Name keys of acronyms the article spells out, next to them in brackets, as a term in lower case
    ("DRM (digital rights management)", "the anterior cingulate cortex (ACC)", "ART [anti-retroviral
    treatment]"): a common noun's initials, no body's name, which the article would spell out in
    capitals ("the Recording Industry Association of America (RIAA)")."""
    # brackets as written (the parse copy reads through square ones), the whole article: a long one's
    # pieces share its text and it is scanned once (a str caches its hash, so the lookup is cheap)
    return set(_term_acronyms(ctx.prep.original, ctx.rules.words("actors", "expansion_function_words")))


@lru_cache(maxsize=4)
def _term_acronyms(text: str, small: frozenset[str]) -> frozenset[str]:
    found = set()
    for m in _ACRONYM_AFTER.finditer(text):
        if _lower_expansion(m[1], m[2].split(), small, from_end=False):
            found.add(names.key(m[1]))
    for m in _ACRONYM_BEFORE.finditer(text):
        if _lower_expansion(m[1], text[max(0, m.start() - 80) : m.start()].split()[-8:], small, from_end=True):
            found.add(names.key(m[1]))
    return frozenset(found)


def _lower_expansion(acronym: str, words: list[str], small: frozenset[str], from_end: bool) -> bool:
    """The words next to an acronym (after it, or before it with ``from_end``) whose initials, a
    hyphenated word giving one per part and function words none, spell it; True when those words are
    a term in lower case (a word of them other than a function word starts with a small letter)."""
    letters = acronym.lower()
    parts: list[str] = []  # the initials' words, nearest the acronym's start first
    for w in reversed(words) if from_end else words:
        w = w.strip("'’\"")
        if w.lower() in small:
            continue
        found = [p for p in w.split("-") if p]
        parts = found + parts if from_end else parts + found
        if len(parts) >= len(letters):
            break
    if len(parts) != len(letters) or "".join(p[0].lower() for p in parts) != letters:
        return False
    return any(p[0].islower() for p in parts)


def called_things(ctx: Context, things: frozenset[str]) -> set[str]:
    """Name keys of proper-noun subjects of "be" with a thing noun for their attribute ("Minecraft is a
    multi-platform game", "LuaJIT is a compiled version of Lua"): the article says what the name is."""
    found = set()
    for t in ctx.tokens:
        if t.dep_ != "nsubj" or t.pos_ != "PROPN" or t.head.lemma_ != "be":
            continue
        if any(c.dep_ == "attr" and c.pos_ == "NOUN" and c.lemma_.lower() in things for c in t.head.children):
            words = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [t]
            found.add(names.key(clean_name(" ".join(w.text for w in words))))
    return found


def titled_person(ctx: Context, ent: Span) -> Span | None:
    """A person's name with a title the tagger took for an organisation ("Dr Valeria Gazzola",
    "Assemblywoman Selena Torres", "United States Representative Elijah Cummings"): the title, after
    any country's name, and the name from it, when the rest is two or more capitalised proper nouns
    that no organisation word ends ("King Abdullah University" stays a body)."""
    r = ctx.rules
    toks = [t for t in ent if t.lower_ != "the"]
    def title(t: Token) -> bool:  # "Dr", "Dr.", "Representative" (not doc.is_title: it takes "Gov" for "gov.")
        return t.lower_.rstrip(".") in r.titles or t.lower_ in r.titles or _lower_title(ctx, t)

    k = next((i for i, t in enumerate(toks) if title(t)), None)
    if k is None or (k and " ".join(t.text for t in toks[:k]).lower() not in r.demonyms):
        return None
    rest = toks[k + 1:]
    while rest and title(rest[0]):
        rest = rest[1:]
    if len(rest) < 2 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in rest):
        return None
    name = " ".join(t.text for t in rest)
    if any(pattern.search(name) for _, pattern in r.org_keywords) or any(t.lower_ in r.group_heads for t in rest):
        return None
    if rest[-1].lower_.rstrip(".") in r.words("actors", "company_suffixes"):
        return None  # "General Motors Corporation (GM) announced": a company whose name opens with a title's word
    return Span(ctx.doc, toks[k].i, ent.end, label="PERSON")


def national_person(ctx: Context, ent: Span) -> Span | None:
    """A person's name the tagger took for an organisation's with a nationality word before it ("Egyptian Samia
    Jaheen tweeted:", "composed by the Spaniard Juan de Araujo, who was ...", "16-year-old Moroccan Amina Filali
    committed suicide"): the name from its first capitalised word, two to four words (a particle between, "de"),
    no organisation's word, where English marks it a person's: a relative "who", a person's age before it, or
    a verb of speech it is the subject of ("Egyptian Red Crescent" alone stays a body)."""
    r = ctx.rules
    toks = [t for t in ent if t.lower_ != "the"]
    before = ctx.doc[ent.start - 1] if ent.start else None  # "Moroccan" left out of the entity "Amina Filali"
    if toks and before is not None and before.lower_ in r.demonyms and before.dep_ == "compound" and before.head.i in range(ent.start, ent.end):
        toks = [before, *toks]
    if len(toks) < 3 or not _nationality_word(toks[0].lower_, r):
        return None
    rest = toks[1:]
    if len(rest) > 4 or rest[0].lower_ in _PARTICLES or rest[-1].lower_ in _PARTICLES or not all(
            t.lower_ in _PARTICLES or (t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_upper
                                       and t.text.replace("-", "").isalpha()) for t in rest):
        return None
    name = " ".join(t.text for t in rest)
    org_words = r.words("actors", "of_name_heads") | r.words("actors", "company_suffixes") | r.words("actors", "group_name_words")
    if any(pattern.search(name) for _, pattern in r.org_keywords) or any(
            t.lower_ in r.group_heads or t.lower_ in r.demonyms or t.lower_ in org_words for t in rest):
        return None
    root = ent.root
    who = any(c.dep_ == "relcl" and any(g.lower_ in ("who", "whom", "whose") for g in c.subtree) for c in root.children)
    aged = any(c.dep_ == "amod" and c.lower_ == "old" for c in root.children)  # "16-year-old"
    speaks = root.dep_ == "nsubj" and root.head.lemma_.lower() in r.speech
    return Span(ctx.doc, rest[0].i, ent.end, label="PERSON") if who or aged or speaks else None


_NATIONALITY_ENDINGS = ("an", "ian", "ese", "ish", "i", "ard", "ch")


def _nationality_word(word: str, r: Rules) -> bool:
    """A word for a person's nationality ("Egyptian", "Moroccan", "Spaniard", "Chinese"), not a country's own name
    ("China Eastern Airlines", "Iran Air", "U.S. Geological Survey") nor a side that is no state ("International")."""
    side = r.demonyms.get(word)
    return side is not None and word != side.lower() and word.endswith(_NATIONALITY_ENDINGS) and side.lower() not in (
        "coalition",)


def apposed_person(ctx: Context, ent: Span) -> Span | None:
    """A person's name the tagger took for an organisation's, in apposition to a lower-case noun for a
    person, either way ("the senior market strategist for Invesco AIM, Fritz Meyer", "Connie Moganedi, a
    spokeswoman for", "Maya Rockeymoore Cummings, his wife"; ``titles``, ``role_heads``,
    ``apposed_person_nouns``): two to four capitalised proper nouns that no organisation word ends and no
    other lower-case noun qualifies ("rock band Grateful Dead" stays a body)."""
    r = ctx.rules
    toks = list(ent)
    if not 2 <= len(toks) <= 4 or not all(
            t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in toks):
        return None
    if any(pattern.search(ent.text) for _, pattern in r.org_keywords) or any(t.lower_ in r.group_heads for t in toks):
        return None
    people = r.words("actors", "apposed_person_nouns")
    def a_person(t: Token) -> bool:
        low = t.lemma_.lower()
        return t.pos_ == "NOUN" and t.text.islower() and (is_title(low, r) or low in r.role_heads or low in people)

    root = ent.root
    qualifiers = [c for c in root.children if c.i < ent.start and c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN"]
    if any(not a_person(c) for c in qualifiers):
        return None
    apposed = ([root.head] if root.dep_ == "appos" else []) + [c for c in root.children if c.dep_ == "appos"]
    return Span(ctx.doc, ent.start, ent.end, label="PERSON") if any(a_person(t) for t in apposed) else None


def _described(ent: Span) -> bool:
    """One word the tagger took for a person's name that the text uses as a common noun, with an
    article and a lower-case adjective ("a 42-year-old Kurd in Kirkuk", "the 21-year-old ethnic Chechen
    said"): a person described by a nationality or a group, no name. Not "the singer Adele" (a
    noun, no adjective) nor "Who Gives a Crap" (no adjective)."""
    if len(ent) != 1:
        return False
    t = ent[0]
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in t.children) and any(
        c.dep_ == "amod" and c.i < t.i and c.text[:1].islower() for c in t.children)


def _surname_people(ctx: Context) -> tuple[dict[str, ActorDraft], dict[str, ActorDraft]]:
    """The people found so far by their surname (the last word of a name of two words or more),
    when the article gives that surname to one first name alone ("Kay Hagan", not "Elijah Cummings"
    and "Ruth Elma Cummings") and never uses it as a place or a country ("Jordan", "in Melbourne");
    round 44: also, apart, by their first name, given to one surname alone ("told me Thaer has agreed"
    after "Thaer Halahleh")."""
    first: dict[str, set[str]] = {}
    second: dict[str, set[str]] = {}
    for e in ctx.ents:
        words = NAME_STRIP.sub("", e.text).split()
        if len(words) >= 2:
            first.setdefault(names.key(words[-1]), set()).add(names.key(words[0]))
            second.setdefault(names.key(words[0]), set()).add(names.key(words[-1]))
    found: dict[str, ActorDraft] = {}
    by_first: dict[str, ActorDraft] = {}
    for a in ctx.actors.values():
        words = a.name.split()
        if len(words) < 2 or a.key[0] != "person":
            continue
        last, given = names.key(words[-1]), names.key(words[0])
        if len(first.get(last, ())) <= 1 and last not in ctx.places and words[-1].lower() not in ctx.rules.demonyms:
            found[last] = a
        if len(second.get(given, ())) <= 1 and given not in ctx.places and words[0].lower() not in ctx.rules.demonyms:
            by_first[given] = a
    return found, by_first


def common_word(ent: Span, lower: set[str]) -> bool:
    """A one-word name that is a common word capitalised by its place, opening a sentence or a line
    ("Protesters gathered ...", "Hydrogen and helium ..."), where the article also writes the word
    in lower case ("the protesters", "hydrogen"): no name. ``lower``: the article's lower-case words
    and their lemmas."""
    toks = [t for t in ent if t.lower_ != "the"]
    if len(toks) != 1:
        return False
    t = toks[0]
    opens = t.is_sent_start or t.i == 0 or "\n" in t.doc[t.i - 1].text or "\n" in t.doc[t.i - 1].whitespace_
    return opens and t.text[:1].isupper() and not t.text.isupper() and (t.lower_ in lower or t.lemma_.lower() in lower)


def _a_thing(root: Token, things: frozenset[str]) -> bool:
    """A name in apposition to a noun for a thing ("the plane, a Beechcraft Sierra", "Telegram, a
    messaging app"): the thing's name."""
    nouns = [root.head] if root.dep_ == "appos" else []
    nouns += [c for c in root.children if c.dep_ == "appos"]
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in things for n in nouns)


def _a_storm(ent: Span, storms: set[str]) -> bool:
    """"Hurricane Dorian", "Dorian", or a storm's name with the words after it the tagger glued on
    ("Humberto hit Bermuda"); not a person who shares the name ("Barry Smith")."""
    if ent[-1].text in storms:
        return len(ent) == 1 or ent[-2].text in _STORM_WORDS
    return ent[0].text in storms and ent[1].pos_ != "PROPN"


_PAIRED = re.compile(r"[A-Za-z]/[A-Za-z]")


def _paired_names(text: str) -> bool:
    """Two names joined by a slash ("Carroll/Patel" of a ticket, "Red Hat/IBM") are a pair, no one agent."""
    return "/" in text and _PAIRED.search(text) is not None  # compiled once; most names have no slash


_QUOTE_KIND = {'"': '"', "\u201c": '"', "\u201d": '"', "``": '"', "''": '"', "'": "'", "\u2018": "'", "\u2019": "'"}


def quoted_alone(ent: Span) -> bool:
    """A name written alone between quotation marks (a closing "!", "?", "." or "," inside them) is a title, a
    nickname or a term, no actor ('a dog character named "Ralph" finds out', 'in a post titled, "Anna Karenina
    Won!"', 'Reportedly, "COVI" represents the coronavirus', "the so-called 'Supervía Poniente'"); not a name
    after a noun, that noun's name ('the hacker group "Anonymous" claimed', "YouTube user 'smaila' posted"), nor
    a translation in brackets ('Digitalni Glas Srbije ("Digital Voice of Serbia")'). The name's other mentions,
    unquoted, still name it."""
    doc = ent.doc
    start, end = ent.start, ent.end
    if start < end and doc[start].is_quote:
        start += 1
    if end > start and doc[end - 1].is_quote:
        end -= 1
    if start < 2 or start >= end or not doc[start - 1].is_quote:
        return False
    k = end + (end < len(doc) and doc[end].text in ("!", "?", ".", ","))
    if k >= len(doc) or _QUOTE_KIND.get(doc[k].text) != _QUOTE_KIND.get(doc[start - 1].text, "?"):
        return False  # 'remarked that "General Motors' behaviour': an apostrophe, no closing quotation mark
    before = doc[start - 2]
    return before.text != "(" and before.pos_ not in ("NOUN", "PROPN")


def hashtag(ent: Span) -> bool:
    """A name written right after "#" is a hashtag, a topic tag and no actor ("#NessmaTrial", "#Tunisia": devG
    globalvoices-2012-05-tunisia-tv-station-chief-sued-broadcasting)."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.text == "#" and not before.whitespace_


def foreign_opener(ctx: Context, ent: Span) -> bool:
    """A name the tagger found opening a sentence of a passage in another language, written nowhere else
    in the article ("Pienso que mariano rivera tiene que retirarse", "Marcharon muchos en diferentes
    ciudades", "Lo único es que ...": quoted Spanish posts before their translation): a word of that
    language, no name, also where a claim or an incident would name it; so is one there that opens with a
    lower-case word other than a name's particle ("Indicó además que el P. Garatea ha tenido": "que el P. Garatea")."""
    opens = ent.start == ent.sent.start and ctx.text.count(ent.text) == 1
    if not opens and not (ent[0].is_lower and ent[0].lower_ not in _PARTICLES):
        return False
    return in_foreign_passage(ctx, ent.start_char)


def in_foreign_passage(ctx: Context, at: int) -> bool:
    """Whether the prepared text's offset ``at`` is in a passage in another language, read in the prepared
    text or, where preparation joined lines, in the original around the same character."""
    return foreign_at(ctx.text, at) or foreign_at(ctx.prep.original, ctx.prep.span(at, at + 1)[0])


def latin(name: str) -> bool:
    """A name the English rules can read is written in Latin letters ("Müller"); Devanagari or
    Cyrillic debris the tagger took for a name ("मांग लेनी चाहिए", "कभी कभी यही fight") is not."""
    if name.isascii():  # every ASCII letter is a Latin one: no look-up of each letter's Unicode name (~1 µs each)
        return any(c.isalpha() for c in name)
    return any(c.isalpha() for c in name) and all(
        unicodedata.name(c, "").startswith("LATIN") for c in name if c.isalpha())


_PARTICLES = {"de", "la", "le", "du", "del", "della", "di", "da", "van", "von", "der", "den", "ten", "ter", "bin", "ibn", "al", "el", "st"}


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def spaced_wraps(text: str) -> bool:
    """True for a hard-wrapped text with a blank line between its lines, where the line after a blank
    line goes on a sentence in lower case at least twice in five (a name may wrap there: "our Iraqi" then
    "Security Forces partners")."""
    paragraphs = [p.lstrip() for p in _BLANK_LINE.split(text) if p.strip()]
    return len(paragraphs) >= 4 and sum(p[0].islower() for p in paragraphs[1:]) >= 0.4 * len(paragraphs)


def at_blank_lines(ctx: Context, ent: Span, lower: set[str], wraps: bool) -> list[Span]:
    """A name the tagger ran across a blank line, a paragraph's end the parse copy joined as a wrapped line
    (a heading, a list item, a tweet or a caption with no full stop: "the Bloggers Association of Kenya" then
    "Announcing the Bake Blog Awards on her blog, Njeri Wangari wrote:", "Hamdeen Sabahi" then "Blogger
    Ruwayda Mustafah tweeted:"): the names on either side, each alone; not a word opening the line that the
    article writes in lower case or that is no proper noun ("Announcing"), nor in a text hard-wrapped with
    blank lines between its lines (:func:`spaced_wraps`)."""
    if wraps or len(ent) < 2:
        return [ent]
    text, index = ctx.prep.original, ctx.prep.index
    cuts = [b.i for a, b in zip(ent, ent[1:])
            if _BLANK_LINE.search(text, index[a.idx + len(a.text) - 1] + 1, index[b.idx])]
    if not cuts:
        return [ent]
    bounds = [ent.start, *cuts, ent.end]
    parts = [Span(ctx.doc, s, e, label=ent.label_) for s, e in zip(bounds, bounds[1:])]
    return [p for p in parts if (len(p) > 1 or p[0].pos_ == "PROPN" and p[0].lower_ not in lower) and _line_has_verb(ctx, p)]


def _line_has_verb(ctx: Context, span: Span) -> bool:
    """True when the paragraph of the original text that ``span`` is in, between blank lines, has a verb: a
    sentence, not a caption or a list's label ("Lydia Scott as a ranger from Fallout: New Vegas")."""
    text, index, doc = ctx.prep.original, ctx.prep.index, ctx.doc
    at = index[span[0].idx]
    start = max((m.end() for m in _BLANK_LINE.finditer(text, 0, at)), default=0)
    end = m.start() if (m := _BLANK_LINE.search(text, at)) else len(text)
    i, j = span.start, span.end
    while i > 0 and index[doc[i - 1].idx] >= start:
        i -= 1
    while j < len(doc) and index[doc[j].idx] < end:
        j += 1
    return any(t.pos_ in ("VERB", "AUX") for t in doc[i:j])


def handle_only(ent: Span) -> Span:
    """A social-media handle the tagger ran into the words around it ("TOO LATE" then "@thaliaviotama" opening the
    next tweet, "@chrisochoidis Minister, please assist", "@hellenicpolice στο"): the handle alone is the name,
    a user's; the words glued to it are the tweet's. Not a handle in brackets after its owner's name ("Daltonicum
    (@Daltonicum) notes": the name's alias, :func:`aliases._merge_handles`)."""
    handles = [t for t in ent if t.text.startswith("@") and len(t.text) > 1 and not (t.i and t.nbor(-1).text == "(")]
    if not handles or len(ent) == 1:
        return ent
    return Span(ent.doc, handles[0].i, handles[0].i + 1, label=ent.label_)


_DASHES = {"-", "–", "—"}


def without_score(ent: Span) -> Span | None:
    """A side's name the tagger ran into the score after it ("Sweden 1 – 0 Korea Republic", "putting Sweden
    1 – 0 up", "St. Louis Blues 4–3"): the name without the score, a number before a dash and a number (in
    the entity or right after it); a number with no dash after it stays ("Channel 4", "Apollo 11"). None
    where nothing but the score is left."""
    doc, end = ent.doc, ent.end
    while end > ent.start and (doc[end - 1].text in _DASHES or doc[end - 1].like_num or _a_score([doc[end - 1].text])):
        end -= 1
    if end == ent.end or not _a_score([t.text for t in doc[end : min(ent.end + 2, len(doc))]]):
        return ent
    return Span(doc, ent.start, end, label=ent.label_) if any(t.is_alpha for t in doc[ent.start : end]) else None


def _a_score(words: list[str]) -> bool:
    """Words that open with a score: a number, a dash and a number ("1", "–", "0"), or a number and a dash and
    a number run into one word ("4–3"), each of one or two digits (not a model's "737-800", a year's
    "2001-2012" nor a class's "09-1")."""
    first = words[0]
    if any(d in first for d in _DASHES) and len(first) > 1:
        parts = [p for d in _DASHES if d in first for p in first.split(d)]
        return len(parts) == 2 and all(map(_goals, parts))
    return len(words) >= 3 and _goals(first) and words[1] in _DASHES and _goals(words[2])


def _goals(word: str) -> bool:
    """One side's count of a score: one or two digits, no leading zero."""
    return word.isdigit() and len(word) <= 2 and (word == "0" or word[0] != "0")


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


def unglue(ctx: Context, ent: Span, lower: set[str]) -> list[Span]:
    """A body's name with the name of the person holding a role in it glued after it in one entity
    ("director of Amnesty International Man-kei Tam said", "Assistant Secretary of the Air Force for
    Acquisition Marvin Sambur"): after a title's or role's "of" (through "the Dallas chapter of the"),
    a body's name of two words or more and two last capitalised words, no organisation's, group's or
    country's word among them ("Tam" with "Man-kei" before its hyphen), are the body and the person."""
    if ent.label_ != "ORG" or len(ent) < 4 or not _after_role_of(ctx, ent.start):
        return [ent]
    doc, r = ctx.doc, ctx.rules
    start = ent.end - 2
    while start - 2 > ent.start and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
        start -= 2  # "Man-kei Tam"
    tail, body = doc[start : ent.end], [t for t in doc[ent.start : start] if t.lower_ != "the"]
    words = {t.lower_ for t in tail if t.text[:1].isupper()}  # not "kei" of "Man-kei"
    org_words = r.words("actors", "of_name_heads") | r.words("actors", "company_suffixes") | r.words("actors", "group_name_words")
    joiners = r.words("actors", "expansion_function_words") | {"-"}
    if (len(body) < 2 or body[-1].pos_ in ("ADP", "CCONJ") or words & lower  # not "Commission on Presidential Debates"
            or not all(t.text[:1].isupper() or t.lower_ in joiners for t in body)  # not "Anonymous named"
            or not all(t.text[:1].isupper() and not t.is_upper and t.pos_ == "PROPN" for t in (tail[0], tail[-1]))
            or not all(t.is_alpha or t.text == "-" for t in tail) or words & org_words
            or any(w in r.demonyms for w in words) or org_kind(ctx, tail.text) != ActorKind.organization):
        return [ent]
    return [Span(doc, ent.start, start, label="ORG"), Span(doc, start, ent.end, label="PERSON")]


def _after_role_of(ctx: Context, i: int) -> bool:
    """Token ``i`` follows "of", which follows a title or role within the phrase before it ("director of",
    "Executive director of the Dallas chapter of"): capitalised words, "the", "of" and nouns between."""
    doc, r = ctx.doc, ctx.rules
    if i < 2 or doc[i - 1].lower_ != "of":
        return False
    for t in reversed(doc[max(0, i - 9) : i - 1]):
        if is_title(t.lower_, r) or t.lower_ in r.role_heads:
            return True
        chain = t.lower_ in ("of", "the") or (t.pos_ == "PROPN" and t.text[:1].isupper()) or (
            t.pos_ == "NOUN" and doc[t.i + 1].lower_ == "of")  # "the Dallas chapter of"
        if not chain or t.is_sent_start:
            return False
    return False


def bodies_joined_at_and(ctx: Context) -> None:
    """A body's name of the form "the X and Y <body word>" that the tagger cut at its "and" ("the Bill and
    Melinda Gates Foundation": "Bill", a person, and "Melinda Gates Foundation") or missed ("the Bread and
    Roses Party") is one organisation's: a run of capitalised words ending in a body's word (``of_name_heads``,
    ``group_name_words``), an organisation's entity or untagged, right after "and", one or two capitalised
    words before the "and" (untagged or a person's, no place, body or nationality) and "the" before them."""
    doc, r = ctx.doc, ctx.rules
    heads = r.words("actors", "of_name_heads") | r.words("actors", "group_name_words")
    ents, joined = list(ctx.ents), []
    for ent in ctx.ents:
        if ent.label_ == "ORG" and ent[-1].lower_ in heads and ent[0].lower_ != "the" \
                and (left := _left_of_and(doc, ent.start - 1, ("", "PERSON"))) is not None:
            joined.append((left, ent.end))
    for h in ctx.tokens:  # made once (Context.tokens), not a new Token per index
        if h.lower_ in heads and h.text[:1].isupper() and not h.ent_type_:
            j = h.i
            while j > max(h.i - 4, 0) and _capitalised(doc[j - 1]):
                j -= 1
            if j < h.i + 1 and (left := _left_of_and(doc, j - 1, ("",))) is not None:
                joined.append((left, h.i + 1))
    for left, end in joined:
        if any(e.start < left.start < e.end or left.start <= e.start < end and e.end > end for e in ents):
            continue  # a name running into the left words from before them, or on past the body's word
        ents = [e for e in ents if not left.start <= e.start < end]
        ents.append(Span(doc, left.start, end, label="ORG"))
    if joined:  # the tokens' own entity marks too, which later stages read ("Bill" no person)
        doc.ents = ents
        ctx.read_ents()


def _capitalised(t: Token, labels: tuple[str, ...] = ("",)) -> bool:
    """A word of letters, capitalised and not all in capitals ("Gates", not "NATO"), untagged or of an
    entity of ``labels``."""
    return t.is_alpha and t.text[:1].isupper() and not t.is_upper and t.ent_type_ in labels


def _left_of_and(doc: Doc, i: int, labels: tuple[str, ...]) -> Span | None:
    """The one or two capitalised words before the "and" at ``i``, "the" before them, each untagged or
    of an entity's ``labels``: the first half of a body's name "the X and Y <body word>"."""
    if i < 2 or doc[i].lower_ != "and" or doc[i].dep_ != "cc":
        return None
    for width in (1, 2):
        left = doc[max(i - width, 0) : i]
        if left.start > 0 and doc[left.start - 1].lower_ == "the" and all(_capitalised(t, labels) for t in left):
            return left
    return None


def widen_name(ctx: Context, ent: Span, lower: set[str]) -> Span:
    """A person's or body's name whose first words the tagger left out ("Carmen [Yulín Cruz] said",
    "an attendee Om [Prakash] said"): the capitalised proper nouns just before the entity that
    compound into it join it, when untagged, all letters, not in capitals, no title, role or
    nationality (nor a word after one, "Bishop Emeritus"), no role's ending (``role_suffixes``:
    "Violinist", "Manager"), a word the article never writes in lower case (``lower``: its
    lower-case words and lemmas), and the whole run of capitalised words before the name."""
    if ent.label_ not in ("PERSON", "ORG"):
        return ent
    doc, r = ctx.doc, ctx.rules
    suffixes = tuple(r.words("actors", "role_suffixes"))
    start = ent.start
    while start - 1 > ctx.title_end and (p := doc[start - 1]).pos_ == "PROPN" and p.dep_ in ("compound", "flat") \
            and ent.start <= p.head.i < ent.end and not p.ent_type_ and p.is_alpha and p.text[:1].isupper() \
            and not p.is_upper and (low := p.lower_) not in lower and not low.endswith(suffixes) and not _a_role(doc[p.i - 1], r) \
            and (doc[p.i - 1].whitespace_ or doc[p.i - 1].is_space) and not _a_role(p, r):
        start -= 1
    before = doc[start - 1] if start > 0 else None
    if start == ent.start or (before is not None and before.is_alpha and before.text[:1].isupper()):
        return _last_name_joined(ctx, ent, lower)  # not part of a longer run ("Doctor Who Society", "US Army Staff Sargeant X")
    return Span(doc, start, ent.end, label=ent.label_)


def _last_name_joined(ctx: Context, ent: Span, lower: set[str]) -> Span:
    """A person's name whose last word the tagger left out, the head of the name's words and the subject of
    a verb ("Professor [René Chura] Quispe from ESFM ... said:", "[Elisha King] Musoma disagrees"): that word
    joins it when untagged, all letters, capitalised, not in capitals, no title, role or nationality, never
    written in lower case (``lower``), and no capitalised word after it."""
    doc, r = ctx.doc, ctx.rules
    if ent.label_ != "PERSON" or ent.end >= len(doc) - 1:
        return ent
    n, after = doc[ent.end], doc[ent.end + 1]
    if (n.pos_ != "PROPN" or not _capitalised(n)
            or n.dep_ not in ("nsubj", "nsubjpass") or n.lower_ in lower or _a_role(n, r)
            or ent[-1].head.i != n.i or ent[-1].dep_ not in ("compound", "flat") or not ent[-1].whitespace_
            or after.is_alpha and after.text[:1].isupper()):
        return ent
    return Span(doc, ent.start, ent.end + 1, label=ent.label_)


def _a_role(t: Token, r: Rules) -> bool:
    """A title, a role or a nationality word, also a plural one ("Senator", "Senators", "Bishop", "Venezuelan")."""
    low = t.lower_
    return any(is_title(w, r) or w in r.role_heads or w in r.demonyms for w in (low, low[:-1] if low.endswith("s") else low))


def untagged_speakers(ctx: Context, credits: set[int], lower: set[str] | frozenset[str] = frozenset()) -> list[Span]:
    """Proper names the entity tagger missed that are the subject of a verb of speaking ("Regina
    Ip said", "Cardinal Marc Ouellet said", "Queen Elizabeth II announced"): a run of capitalised
    proper nouns, its head the subject. Several words are a person's name (with any title); one
    word in capitals an organisation's acronym ("RTHK said"); one other word, or a title ("The
    Minority Leader, X, said"), is left alone. The end of a longer name already found is that name ("Highway Patrol said")."""
    doc = ctx.doc
    found = []
    for t in ctx.tokens[ctx.title_end:]:
        if (t.dep_ != "nsubj" or t.pos_ != "PROPN" or not _unread(ctx, t) or t.i in ctx.token_actor or t.i in credits
                or t.head.lemma_.lower() not in ctx.rules.reporting):
            continue
        start = t.i
        while start > 0 and (p := doc[start - 1]).pos_ == "PROPN" and p.head.i == t.i and p.dep_ in ("compound", "flat", "punct") \
                and _unread(ctx, p) and (p.text[:1].isupper() or _hyphened(p)):
            start -= 1
        words = doc[start : t.i + 1]
        if not all(w.text[:1].isupper() and w.is_alpha or _hyphened(w) for w in words[1:]) or not (
                words[0].text[:1].isupper() and words[0].is_alpha) or not _whole_misread(words):
            continue
        if len(words) == 1 and not (len(t.text) >= 2 and t.text.isupper() or _a_coined_name(ctx, t, lower)):
            continue
        if any(is_title(w.lower_, ctx.rules) for w in words[-1:]) or any(
                c.dep_ == "appos" and not _role_apposed(c) for c in t.children):
            continue  # "The Minority Leader, Chuck Schumer, said": a title, its holder in apposition
        found.append(Span(doc, start, t.i + 1, label="PERSON" if len(words) > 1 else "ORG"))
    return found


_USERNAME = re.compile(r"@\w{2,}|(?=\w*[A-Za-z]{3})(?=\w*[\d_])\w{4,}")


def username_speakers(ctx: Context, credits: set[int]) -> list[Span]:
    """A user's name on a site, one word, that is the subject of a verb of speaking or writing ("Russian
    LiveJournal blogger dohlik_nemruchi responded", "major181226 responded to the Youtube clip", "Another user
    @opentree20 tweeted", "@wjsfree posted a video"): a handle, or letters run with digits or an underscore
    (``_USERNAME``), in no name the tagger found. Its author is a person, named without the "@"."""
    found = []
    for t in ctx.tokens[ctx.title_end:]:
        if (t.dep_ == "nsubj" and not t.ent_type_ and t.i not in ctx.token_actor and t.i not in credits
                and t.head.lemma_.lower() in ctx.rules.reporting and _USERNAME.fullmatch(t.text)
                and not t.text.replace("_", "").isdigit()):
            found.append(Span(ctx.doc, t.i, t.i + 1, label="PERSON"))
    return found


_ACCOUNT = re.compile(r"[@a-z0-9][\w.\-]*\w\.?")


def account_names(ctx: Context, credits: set[int]) -> list[Span]:
    """A user's name on a site right after a noun for an account's owner (``account_nouns``: "user",
    "blogger"), in lower case or a handle, one run of letters, digits, hyphens, dots or underscores that
    is the subject of a verb or a passive's agent ("LiveJournal user gyperbol provided a link", "Nationalist
    blogger sinn-fein-front wrote gloatingly", "Twitter user a.l.g. wrote", "Twitter user @shanti reminded");
    not a capitalised name (a title's person: "Blogger Dennis Matara"), nor a common noun after the account
    noun ("user comments", "blogger arguments"), nor one the tagger or another rule holds already."""
    doc, nouns = ctx.doc, ctx.rules.words("actors", "account_nouns")
    found = []
    for t in ctx.tokens[ctx.title_end:]:
        if t.lower_ not in nouns or t.i in credits or t.i + 1 >= len(doc) or not t.whitespace_:
            continue
        end = t.i + 1
        while end < len(doc) and not doc[end - 1].whitespace_ or end == t.i + 1:
            end += 1
        run = doc[t.i + 1 : end]
        last = run[-1] if run[-1].text != "." or len(run) == 1 else run[-2]
        role = last.dep_ in ("nsubj", "nsubjpass") and last.head.pos_ == "VERB" or (
            last.dep_ == "pobj" and last.head.dep_ == "agent")
        if (not _ACCOUNT.fullmatch(run.text) or not role or any(w.i in ctx.token_actor for w in run)
                or not any(c.i == t.i for c in last.children) or last.pos_ not in ("NOUN", "PROPN")):
            continue
        found.append(Span(doc, run.start, end, label="PERSON"))
    return found


def untagged_bodies(ctx: Context, credits: set[int]) -> list[Span]:
    """Proper names the entity tagger missed that a noun for a body stands in apposition to ("the
    gas producer Energean signed", "Met Eireann, the national weather service, issued", "the news
    network RTHK withdrew"; ``apposed_body_nouns``): a run of capitalised proper nouns, the name of
    that body. Whether it is an actor is decided as for any name (:mod:`~summarizer.offline.selection`)."""
    doc = ctx.doc
    nouns = ctx.rules.words("actors", "apposed_body_nouns")

    def body(t: Token) -> bool:
        return t.pos_ == "NOUN" and t.tag_ != "NNS" and t.lemma_.lower() in nouns

    found = []
    for t in ctx.tokens[ctx.title_end:]:
        if t.pos_ != "PROPN" or not _unread(ctx, t) or t.i in ctx.token_actor or t.i in credits or not t.text[:1].isupper():
            continue
        if not (t.dep_ == "appos" and body(t.head) or any(c.dep_ in ("appos", "compound") and body(c) for c in t.children)):
            continue
        start = t.i
        while start > 0 and (p := doc[start - 1]).pos_ == "PROPN" and p.head.i == t.i and p.dep_ in ("compound", "flat") \
                and _unread(ctx, p) and p.text[:1].isupper() and p.i not in ctx.token_actor:
            start -= 1
        words = doc[start : t.i + 1]
        if all(w.is_alpha for w in words) and not any(is_title(w.lower_, ctx.rules) for w in words) and _whole_misread(words):
            found.append(Span(doc, start, t.i + 1, label="ORG"))
    return found


def _unread(ctx: Context, t: Token) -> bool:
    """A word the entity tagger left out of any name, or put in a name of a kind no actor has, which its
    place as a speaker or a body's name overrules ("Rinat Shamstudinov argued:", tagged a location; "the
    journal Science published", tagged a work; ``misread_labels``)."""
    return not t.ent_type_ or t.ent_type_.lower() in ctx.rules.words("actors", "misread_labels")


def _hyphened(w: Token) -> bool:
    """A hyphen glued between two words of a name, or a lower-case particle of at most three letters glued
    to such a hyphen ("al" and "-" of "Harith al-Ithari")."""
    doc = w.doc
    if w.text == "-":
        return 0 < w.i < len(doc) - 1 and not w.whitespace_ and not doc[w.i - 1].whitespace_
    return w.is_alpha and w.is_lower and len(w) <= 3 and w.i + 1 < len(doc) and doc[w.i + 1].text == "-" and _hyphened(doc[w.i + 1])


def _role_apposed(appos: Token) -> bool:
    """An apposition that says what the name before it is, a lower-case common noun ("Abdulla Rasheed, a
    captain of a cargo boat, said", "X, head of the office, told"), not a name ("The Minority Leader,
    Chuck Schumer, said": the title's holder)."""
    return appos.pos_ == "NOUN" and appos.text.islower()


def _whole_misread(words: Span) -> bool:
    """A run with no tagged word, or the whole of the one name the tagger misread ("Rinat Shamstudinov", a
    location), not a piece of it ("Said Bacar" of "Abdourahim Said Bacar", a work)."""
    if not any(w.ent_type_ for w in words):
        return True
    doc, end = words.doc, words.end
    return (words[0].ent_iob_ == "B" and all(w.ent_iob_ == "I" for w in words[1:])
            and (end == len(doc) or doc[end].ent_iob_ != "I"))


def untagged_outlets(ctx: Context, credits: set[int]) -> list[Span]:
    """News outlets the entity tagger missed or took for something else, named as a claim's source:
    a run of capitalised words (a call sign's hyphen and a channel's number within it) with an outlet's
    word (``org_kinds`` media: "Herald", "News", "TV") whose head is the object of "according to" or
    the subject of a verb of speech ("according to the Sydney Morning Herald", tagged an event;
    "according to WSET-TV", "News 12 reported"). Not a run the tagger took for a person, a place or
    an organisation (those are read as tagged)."""
    doc = ctx.doc
    words = _outlet_words(ctx)
    found: list[Span] = []
    done: set[int] = set()
    for t in ctx.tokens[ctx.title_end:]:
        if t.i in done or t.i in credits or t.text not in words or t.ent_type_ in ("PERSON", "GPE", "ORG", "NORP"):
            continue
        start, end = t.i, t.i + 1
        while start > 0 and _outlet_piece(doc[start - 1]) and doc[start - 1].i not in credits:
            start -= 1
        while end < len(doc) and _outlet_piece(doc[end]) and end not in credits:
            end += 1
        while start < end and not doc[start].text[:1].isalnum():
            start += 1
        while end > start and not doc[end - 1].text[:1].isalnum():
            end -= 1
        span = Span(doc, start, end, label="ORG")
        done.update(range(start, end))
        if any(w.ent_type_ in ("PERSON", "ORG") or w.i in ctx.token_actor or is_title(w.lower_, ctx.rules) for w in span):
            continue  # not "The Press Secretary said"
        after = doc[end] if end < len(doc) else None
        if len(span) == 1 and not span.text.isupper() or after is not None and after.lower_ in ("of", "for"):
            continue  # a bare "News", "News of Yemen Revolution Facebook page": no outlet's whole name
        if _source_position(ctx, span.root):
            found.append(span)
    return found


def _outlet_words(ctx: Context) -> frozenset[str]:
    """The one-word names of ``org_kinds`` media that are an outlet's word ("Herald", "News", "TV")."""
    names = ctx.rules.org_kind_names.get("media", frozenset())
    return frozenset(w for w in names if w.isalpha() and w[:1].isupper() and len(w) > 1)


def _outlet_piece(t: Token) -> bool:
    """A word of an outlet's name: capitalised, a number ("News 12") or a call sign's hyphen ("WSET-TV")."""
    return (t.is_alpha and t.text[:1].isupper() and t.lower_ not in ("the", "according")
            or t.like_num and t.is_digit or t.text == "-" and not t.whitespace_ and t.i > 0 and not t.nbor(-1).whitespace_)


def _source_position(ctx: Context, root: Token) -> bool:
    """The object of "according to" or the subject of a verb of speech ("News 12 reported")."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    return root.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in ctx.rules.reporting


def _a_coined_name(ctx: Context, t: Token, lower: set[str] | frozenset[str]) -> bool:
    """One capitalised word the tagger missed that names a speaker, not a common word opening a
    sentence: a body ("Rappler reported", "CalFire indicated") or a surname ("Geingob tweeted",
    which then joins "Hage Geingob"): five letters or more, all letters, that the article never
    writes in lower case (``lower``: its lower-case words and their lemmas), not after another
    capitalised word ("RealClear Politics showed"), and no title, no role ("Member of parliament X
    said") and no nationality or country."""
    low, r = t.lower_, ctx.rules
    k = t.i - 1
    while k >= 0 and t.doc[k].is_space:
        k -= 1
    prev = t.doc[k] if k >= 0 else None  # not the tail of a longer name ("RealClear Politics showed")
    whole = prev is None or not (prev.is_alpha and prev.text[:1].isupper())
    return (whole and len(t.text) >= 5 and t.is_alpha and t.text[:1].isupper() and low not in lower
            and t.lemma_.lower() not in lower and not is_title(low, r) and low not in r.role_heads and low not in r.demonyms)


_CREDIT_CUT = re.compile(r"[.!?][\"”’]|[!?]|\.(?=[A-Z][a-z])")


def dateline_tokens(ctx: Context) -> set[int]:
    """Tokens of a dateline ("KABUL, Afghanistan (Dec. 16, 2012) -"): the city, in capitals, and
    the country a report was filed from are no actors, though the parser may make them the subject
    of the lead's verb."""
    found: set[int] = set()
    for m in ctx.rules.dateline.finditer(ctx.text):
        span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            found.update(t.i for t in span)
    return found


# a byline: "By" and one or more writers' names (capitalised words, initials, "and", "&", commas), maybe the
# place filed from after a comma, alone on its line ("By Anna Berg and Tom Reyes", "By Lena Varga, Kaduna")
_BYLINE_WORD = r"(?:[A-Z][\w.'’-]*|and|&)"
_BYLINE = re.compile(r"(?m)^[ \t]*By[ \t]+[A-Z][\w.'’-]*(?:,?[ \t]+" + _BYLINE_WORD + r")*[ \t]*$")
_BYLINE_HEAD = 4  # a byline is among an article's first lines (headline, standfirst, byline, date)


def byline_tokens(ctx: Context) -> set[int]:
    """Tokens of an article's byline, a line of its own among its first lines ("By Anna Berg and
    Tom Reyes", "By Lena Varga, Kaduna"): the writers and the place they filed from are the
    publisher's (LABELLING.md, Precision 6), not actors, though the parser glues the line to the
    lead and makes them a passive's agent. Not "By" opening a sentence ("By Friday, X had signed":
    a lower-case word, or no line of its own)."""
    text, index = ctx.prep.original, ctx.prep.index
    lines = list(re.finditer(r"(?m)^[ \t]*\S[^\n]*$", text[:2000]))[:_BYLINE_HEAD]
    spans = [(m.start(), m.end()) for line in lines if (m := _BYLINE.fullmatch(text, line.start(), line.end()))]
    if not spans:
        return set()
    return {t.i for t in ctx.doc if any(lo <= index[t.idx] < hi for lo, hi in spans)}


def caption_tokens(ctx: Context) -> set[int]:
    """Tokens of a picture's caption line that ends in its credit ("Susan Rice Image: White
    House.", "Dakota, a deer. Image: Nicholas Moreau."): the one shown and the one credited are
    not actors in the article's events. One search of the text per article (``caption_lines``)."""
    pattern = ctx.rules.caption_lines
    if pattern is None or ":" not in ctx.text:
        return set()
    found: set[int] = set()
    for m in pattern.finditer(ctx.text):
        span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            found.update(t.i for t in span)
    return found


def credit_tokens(ctx: Context) -> set[int]:
    """Tokens of an article's credit lines ("X of VOA's Russian service contributed to this report",
    "Some information for this report came from Reuters and AP", "Reporting by X; Editing by Y"):
    the people and outlets there wrote the article, they are not actors in its events
    (LABELLING.md, Precision 1). A line runs from the sentence end before the credit words to the
    sentence's end (the parser may glue a credit line to the sentence before it)."""
    patterns = ctx.rules.credit_lines
    found: set[int] = set()
    for n, sent in enumerate(ctx.sents):
        text = ctx.sent_text[n]
        m = next((m for p in patterns if (m := p.search(text))), None)
        if m is None:
            continue
        cut = max((c.end() for c in _CREDIT_CUT.finditer(text, 0, m.start())), default=0)
        if text[m.start()] == "(":  # a bracketed credit starts at its bracket
            cut = m.start()
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
        if is_title(low, r) or low in r.not_person or low == "." or _lower_title(ctx, tokens[n]):
            words.append(tokens[n].text)
            n += 1
        else:
            break
    return n, words


def _a_document(ctx: Context, name: str) -> bool:
    """A name the tagger took for a person's that ends in a word for a law, a policy or a disease
    (`document_names`: "Law", "Act", "Deal", "Flu") and that the article writes after "the" ("the
    Transport Law", "the Avian Flu", "championing the Law"): a thing's name, as it is where the tagger
    took it for a body's (`not_agent_names`). A person's name ("Nathan Law", "Law said") has no "the"
    before it."""
    words = name.split()
    if not words or words[-1].lower() not in ctx.rules.words("actors", "document_names"):
        return False  # not "the Doris Day Animal Foundation": a name the next capitalised word goes on
    pattern = r"\b(?i:the)\s+" + re.escape(name) + r"\b(?!\s+[A-Z])"
    return re.search(pattern, ctx.doc.text) is not None


def _lower_title(ctx: Context, tok: Token) -> bool:
    """A capitalised word the article writes in lower case as a title before a person's full name
    ("Sheriff Lee said" after "County sheriff Kerry Lee"; :attr:`Context.name_titles`)."""
    return tok.text[:1].isupper() and not tok.is_upper and tok.text.lower() in ctx.name_titles


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
    if _a_document(ctx, name) or len(toks) > 1 and (
            toks[-1].lower_ in r.words("actors", "event_names") or thing_head(ctx, toks[-1].text)):
        return  # "Beyond Fest continues", "the Hubble Space Telescope": an event or a thing the tagger took for a person
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
    add_person(ctx, name, toks[0].i, ev_end,
               role=role, alias=ctx.text_of(start, ev_end) if start < toks[0].i else None,
                     ev=(start, ev_end))
