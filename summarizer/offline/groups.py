"""Actors that are not people: organisations, countries acting as governments, and group noun
phrases ("Iranian-backed groups", "several US officials")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer import names
from summarizer.offline.doc import NAME_STRIP, SUBJ, ActorDraft, ActorKey, Context, is_title
from summarizer.offline.mentions import add_mention, clean_name, last_group, named_body, org_kind, side_of
from summarizer.offline.places import non_actor_compound, thing_head
from summarizer.schemas.brief import ActorKind

# words before a group's head that are not part of its name ("several", "at least two")
QUANT = {"several", "multiple", "many", "some", "one", "two", "three", "four", "five", "a", "an", "the", "more", "than",
         "least", "at", "about", "nearly", "almost", "around", "over", "up", "to", "dozens", "hundreds", "of",
         "other", "another", "senior", "top", "few", "various", "numerous", "both", "all", "certain",
         "approximately", "roughly", "estimated", "thousands", "millions"}

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _two_capitals(ctx: Context, name: str) -> bool:
    """A two-capital name that is a body of states by the general list ("EU", "UN", "AU"), or the
    initials of an organisation the article names ("GM" beside "General Motors" or "General Motors
    Corporation": its company words left out, :func:`_initials_of_bodies`): a one-word name under
    three letters is otherwise no name ("al", "GM" of "Grand Master (GM)", a title)."""
    return len(name) == 2 and name.isupper() and (
        name.lower() in ctx.rules.words("actors", "two_letter_bodies") or name in _initials_of_bodies(ctx))


def _initials_of_bodies(ctx: Context) -> set[str]:
    """The initials of the organisations' names of two capitalised words or more the tagger found, their
    company words left out ("GM" of "General Motors Corporation"; ``company_suffixes``), found once per article."""
    if ctx.body_initials is not None:
        return ctx.body_initials
    suffixes = ctx.rules.words("actors", "company_suffixes")
    found = set()
    for e in ctx.ents:
        if e.label_ != "ORG":
            continue
        words = [w for w in NAME_STRIP.sub("", e.text).split() if w.lower().rstrip(".") not in suffixes]
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            found.add("".join(w[0] for w in words))
    ctx.body_initials = found
    return found


def organisation(ctx: Context, ent: Span) -> None:
    r = ctx.rules
    toks = list(ent)
    while toks and (toks[0].text.lower() == "the"):
        toks = toks[1:]
    if ent.start > 0 and (ctx.doc[ent.start - 1].ent_type_ in ("NORP", "GPE") or (
            ctx.doc[ent.start - 1].text.lower() in r.demonyms and ctx.doc[ent.start - 1].text[:1].isupper())
            ) and toks and toks[0].i == ent.start:
        toks = [ctx.doc[ent.start - 1], *toks]  # "Afghan" + "National Army"
    while toks and (toks[-1].text in ("'s", "’s", "'") or toks[-1].is_punct):
        toks = toks[:-1]
    if not toks:
        return
    long_name = _long_body_name(ctx, toks) if len(toks) > 8 else None
    toks = long_name or toks
    tailed = _and_tail(ctx, toks)
    toks = tailed if len(tailed) > len(toks) else _of_tail(ctx, toks)
    name = ctx.text_of(toks[0].i, toks[-1].i + 1)
    name = re.sub(r"\s+-\s+.*$", "", name)  # "ISAF Joint Command - Afghanistan"
    name = clean_name(name)
    not_agent = ctx.rules.words("actors", "not_agent_names") | ctx.rules.words("actors", "event_names")
    if name.split() and (name.split()[-1].lower() in not_agent or _name_head(name).lower() in not_agent
                         or (len(toks) > 1 and thing_head(ctx, name.split()[-1]))):
        return  # "Syrian Civil War", "United States Constitution": not an agent
    before = ctx.doc[toks[0].i - 1] if toks[0].i else None
    if before is not None and before.text.lower() in ("of", "for") and toks[0].i - 2 >= 0 and (
        ctx.doc[toks[0].i - 2].text.lower() in r.titles and toks[-1].i + 1 in ctx.name_tokens | {toks[-1].i + 1} and
        (toks[-1].i + 1 < len(ctx.doc) and ctx.doc[toks[-1].i + 1].ent_type_ == "PERSON")):
        return  # "Secretary of Defense Mark Esper": part of a title
    if len(toks) <= 2 and before is not None and before.text.lower() == "of" and toks[0].i >= 2 and is_title(
            ctx.doc[toks[0].i - 2].text.lower(), r):
        return  # "the Secretary of State", "Minister of Justice": a title's word, not a body
    if _in_title(ctx, toks):
        return  # "Defence Secretary Delfin Lorenzana", "Senate Majority Leader Mitch McConnell"
    after = ctx.doc[toks[-1].i + 1] if toks[-1].i + 1 < len(ctx.doc) else None
    if after is not None and after.lemma_.lower() in r.place_heads and ent.root.dep_ == "compound":
        return  # "Al Assad air base": a place
    if (name.lower() in r.stop_names or sum(c.isdigit() for c in name) > 2 or len(toks) > (14 if long_name else 8)
            or not any(ch.isalpha() for ch in name)):
        return
    if len(toks) == 1 and not (name[:1].isupper() and len(name) > 2) and not _two_capitals(ctx, name):
        return  # "al" of "al-Asad", "anti" of "anti-ISIS"; not "EU"
    if len(toks) == 1 and toks[0].i + 1 < len(ctx.doc) and ctx.doc[toks[0].i + 1].text == "-":
        return
    if len(toks) == 1 and (toks[0].lower_ in r.group_heads or toks[0].lemma_.lower() in r.group_heads
                           or toks[0].dep_ == "amod" or toks[0].tag_ in ("VBN", "VBD", "JJ")):
        return  # "Commando casualties", "Coordinated attacks": a capitalised common word
    k = toks[-1].i + 1
    while k < len(ctx.doc) and (ctx.doc[k].like_num or ctx.doc[k].ent_type_ == "ORDINAL"):
        k += 1
    if k > toks[-1].i + 1 and k < len(ctx.doc) and is_title(ctx.doc[k].text.lower(), r):
        return  # "U.S. Army 1st Lt. X": the start of a person's title
    side = r.demonyms.get(name.lower())
    if side and name.lower() not in ("nato", "isaf", "coalition"):
        country(ctx, ent)
        return
    words = name.split()
    government = r.demonyms.get(" ".join(words[:-1]).lower()) if len(words) > 1 and words[-1].lower() == "government" else None
    if government and government != "coalition":  # "United States government": the country's government
        add_mention(ctx, ("group", government, "government"), government, ActorKind.government,
                    toks[0].i, toks[-1].i + 1, alias=name)
        return
    if len(toks) > 1 and (toks[-1].text.lower().rstrip(".") in r.titles or toks[-1].text.lower().rstrip(".") + "." in r.titles) and toks[-1].text.lower().rstrip(".") not in ("state", "defense"):
        return  # "U.S. Army Col": the start of a person's title
    kind = org_kind(ctx, name)
    if name.lower() in r.not_person and kind == ActorKind.organization:
        return
    same = _apposed_to(ctx, ent.root)
    if same is not None:  # "the Quds Force, a Foreign Terrorist Organization": one body
        add_mention(ctx, same.key, same.name, same.kind, toks[0].i, toks[-1].i + 1, alias=name)
        return
    if kind == ActorKind.organization and names.key(name) in ctx.places or non_actor_compound(ctx, ent):
        return
    add_mention(ctx, ("org", names.key(name)), name, kind, toks[0].i, toks[-1].i + 1)


def _and_tail(ctx: Context, toks: list[Token]) -> list[Token]:
    """A name "X of A" the tagger cut before "and B" ("Islamic State of Iraq" of "... and the
    Levant", "High Court of England" of "... and Wales"): a body's name whose "of" governs two
    capitalised names goes on through the second."""
    doc = ctx.doc
    if not any(t.text == "of" for t in toks[1:]):
        return toks
    k = toks[-1].i + 1
    if k + 1 >= len(doc) or doc[k].text != "and":
        return toks
    k += 1
    if doc[k].text.lower() == "the" and k + 1 < len(doc):
        k += 1
    end = k
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    if end == k or end < len(doc) and doc[end].pos_ in ("PROPN", "NOUN") or end - k > 3:
        return toks
    return [*toks, *doc[toks[-1].i + 1 : end]]


def _long_body_name(ctx: Context, toks: list[Token]) -> list[Token] | None:
    """A body's name of more than eight words, cut before a bracket ("the United States Commission on
    International Religious Freedom (USCIRF) criticized", "the Bavarian State Ministry of Public Health and
    Health Care in Munich confirmed", "Ministry for Food, Agriculture, Forestry and Fisheries sent"): a head of
    ``of_name_heads`` before its first "of"/"for"/"on", then capitalised words, commas and joining words only,
    at most fourteen, no second body after "and" ("Center for Biological Diversity and Center for Food
    Safety": two bodies); None for any other run, too long for a name."""
    cut = next((i for i, t in enumerate(toks) if t.text == "("), len(toks))
    toks = toks[:cut]
    heads = ctx.rules.words("actors", "of_name_heads")
    k = next((i for i, t in enumerate(toks) if i and t.lower_ in ("of", "for", "on")), None)
    joins = ("of", "for", "on", "and", "the", "&", ",")
    if (k is None or toks[k - 1].lower_ not in heads or len(toks) > 14
            or not all(t.text[:1].isupper() and t.is_alpha or t.lower_ in joins for t in toks)
            or any(t.lower_ == "and" and n.lower_ in heads for t, n in zip(toks, toks[1:]))):
        return None
    return toks


def _of_tail(ctx: Context, toks: list[Token]) -> list[Token]:
    """A body's name the tagger cut before its "of"/"for" phrase ("Progressive Party" of "...
    of Working People", "Max Planck Institute" of "... for Evolutionary Anthropology"): a name whose
    last word is one of ``of_name_heads`` goes on through "of"/"for" and the capitalised words after
    it ("and"/"the" only between two of them), at most five words, not into a person's name."""
    doc = ctx.doc
    k = toks[-1].i + 1
    if k + 1 >= len(doc) or doc[k].lower_ not in ("of", "for") or toks[-1].lower_ not in ctx.rules.words("actors", "of_name_heads"):
        return toks
    end = k + 1
    while end < len(doc) and end - k <= 5:
        t = doc[end]
        if t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha and t.ent_type_ != "PERSON":
            end += 1
        elif t.lower_ in ("and", "the") and end + 1 < len(doc) and doc[end + 1].text[:1].isupper() and doc[end + 1].pos_ == "PROPN":
            end += 1
        else:
            break
    while end > k + 1 and not doc[end - 1].text[:1].isupper():
        end -= 1
    if end == k + 1 or end - k > 5 or (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()):
        return toks
    return [*toks, *doc[toks[-1].i + 1 : end]]


def country(ctx: Context, ent: Span) -> None:
    r = ctx.rules
    root = ent.root
    if ent.label_ == "NORP":
        kind = org_kind(ctx, ent.text)
        if kind == ActorKind.armed_group:  # "the Taliban" tagged as a nationality
            add_mention(ctx, ("org", names.key(ent.text)), NAME_STRIP.sub("", ent.text), kind, ent.start, ent.end)
        else:
            _speaking_plural(ctx, ent)
        return
    # a country acts when it is a subject/agent/possessor, not a place after a preposition; or when it
    # is blamed or accused ("blaming Iran for the attacks": the alleged doer), or defeated or faced ("Sweden
    # defeated South Korea": the other side, ``contest_verbs``)
    accused = r.words("actors", "accusation_verbs") | r.words("actors", "contest_verbs")
    if root.dep_ not in r.words("actors", "gpe_actor_deps") and not (
            root.dep_ == "dobj" and root.head.lemma_.lower() in accused):
        return
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "China, Iran and Russia pledged": each conjunct of the subject
    if root.dep_ == "conj" and first.dep_ not in ("nsubj", "nsubjpass") and not (
            first.dep_ == "dobj" and first.head.lemma_.lower() in accused):
        return
    if root.dep_ == "poss" and root.head.lemma_.lower() in ctx.rules.place_heads:
        return
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in root.children):
        return  # a place the parser took for the subject of a person's words
    if city_country(ctx, ent):
        return  # "Voters in Tomsk, Russia elected": Russia is the address of Tomsk
    prev = ctx.doc[ent.start - 1] if ent.start else None
    body = ctx.actors.get(("org", names.key(f"{prev.text} {ent.text}"))) if prev is not None and prev.text[:1].isupper() else None
    if body is not None and prev is not None:  # "Fair Australia calls itself ...": the party named before, cut by the tagger
        add_mention(ctx, body.key, body.name, body.kind, prev.i, ent.end)
        return
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and root.head.pos_ == "AUX":
        return  # "Australia is an island continent": a country described, not acting
    known = r.demonyms.get(ent.text.lower()) or r.demonyms.get(NAME_STRIP.sub("", ent.text).lower())
    if known is None and names.key(NAME_STRIP.sub("", ent.text)) in ctx.places:
        return
    if known is None and not (root.dep_ == "nsubj" and root.head.lemma_.lower() in (r.reporting | r.allegation_verbs | r.denial_verbs)):
        return
    side = known or NAME_STRIP.sub("", ent.text)
    add_mention(ctx, ("group", side, "government"), side, ActorKind.government, ent.start, ent.end,
                alias=NAME_STRIP.sub("", ent.text))


def _speaking_plural(ctx: Context, ent: Span) -> None:
    """A plural nationality or party word as the subject of a verb of speech that says something (a clause,
    a promise, or the clause it is set after) speaks as a side (LABELLING.md, Actors): a people's word as its
    country ("The Armenians claim they were retaliating": Armenia, ``demonyms``), a party's members as a body
    named as written, with the proper words before it ("Democrats claimed the election should decide",
    "House Republicans said": "House Republicans", not "House"); not a count of people ("35 million
    Americans claim Irish ancestry"), nor a subject of a verb with no clause."""
    r, root = ctx.rules, ent.root
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "Republicans and lobbyists ... have reported"
    verb = first.head
    if root.tag_ not in ("NNPS", "NNS") or not ent.text.endswith("s") or first.dep_ != "nsubj" or verb.lemma_.lower() not in (
            r.reporting | r.allegation_verbs | r.denial_verbs) or any(c.dep_ == "nummod" for c in root.children):
        return
    promise = verb.lemma_.lower() in r.words("attribution", "commitment_verbs")  # "vowed to investigate", not "continued to"
    if not (verb.dep_ == "parataxis" or any(c.pos_ in ("VERB", "AUX") and (c.dep_ == "ccomp" or c.dep_ == "xcomp" and promise)
                                            for c in verb.children)):
        return
    text = NAME_STRIP.sub("", ent.text)
    known = r.demonyms.get(text.lower())
    if known is not None:
        add_mention(ctx, ("group", known, "government"), known, ActorKind.government, ent.start, ent.end, alias=text)
        return
    start = ent.start
    while start > root.left_edge.i and ctx.doc[start - 1].dep_ == "compound" and ctx.doc[start - 1].pos_ == "PROPN":
        start -= 1  # "House Republicans", "Senate Democrats"
    name = ctx.text_of(start, ent.end)
    add_mention(ctx, ("org", names.key(name)), name, ActorKind.organization, start, ent.end)


def acting_group(ctx: Context, head: Token) -> None:
    """A people or body noun of ``acting_heads`` ("critics", "assailants", "a jury", "news
    outlets") is a group actor when it acts: the subject of a verb other than "be" ("his critics
    blame him"), the agent of a passive ("killed by assailants"), or the people of "thousands of
    protesters" that subject. A crowd only mentioned ("a march of protesters") is none."""
    found = acting_head(ctx, head)
    if found is None or head.i in ctx.token_actor:
        return
    kind, outlet = found
    role = head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in QUANT | {"thousands", "hundreds", "dozens", "millions", "scores"}:
        role = head.head.head  # "thousands of protesters gathered"
    verb = role.head
    acts = (role.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX") and verb.lemma_ != "be") or (
        role.dep_ == "pobj" and verb.lower_ == "by" and (verb.dep_ == "agent" or verb.head.pos_ == "NOUN"))
    if acts:
        act_as_group(ctx, head, kind, outlet)


def act_as_group(ctx: Context, head: Token, kind: ActorKind, outlet: ActorDraft | bool) -> None:
    """Make an acting people or body noun an actor: the article's one news agency for a state's own media
    ("state media said" after "the Saudi Press Agency"), else a group actor of ``kind``."""
    if isinstance(outlet, ActorDraft):
        start = _group_span(ctx, head)[1][0].i
        add_mention(ctx, outlet.key, outlet.name, outlet.kind, start, head.i + 1, alias=ctx.text_of(start, head.i + 1))
    else:
        group(ctx, head, kind)


def acting_head(ctx: Context, head: Token) -> tuple[ActorKind, ActorDraft | bool] | None:
    """The kind of a people or body noun of ``acting_heads`` and, for "media" or "press", whose outlet it is
    (:func:`_named_outlet`); None for any other word and for the trade at large ("social media")."""
    kind = ctx.rules.acting_heads.get(head.lower_) or ctx.rules.acting_heads.get(head.lemma_.lower())
    if kind is None:
        return None
    outlet = _named_outlet(ctx, head)
    return None if outlet is False else (ActorKind(kind), outlet)


def _named_outlet(ctx: Context, head: Token) -> ActorDraft | bool:
    """For "media" or "press" (``modified_acting_heads``): False without a modifier that says whose ("the press
    asked Trump", "social media": the trade at large, no outlet); the article's one news agency for a state's
    own ("state media said" after "the Saudi Press Agency"); True otherwise ("local media reported")."""
    words = ctx.rules.words
    if head.lower_ not in words("actors", "modified_acting_heads"):
        return True
    mods = {c.lower_ for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")}
    if not mods or mods & words("actors", "not_outlet_modifiers"):
        return False
    if mods & words("actors", "state_outlet_modifiers"):
        agencies = {id(a): a for a in ctx.actors.values() if a.kind == ActorKind.media and a.key[0] == "org"
                    and set(a.name.lower().split()) & words("actors", "news_agency_words")}
        if len(agencies) == 1:
            return next(iter(agencies.values()))
    return True


def group(ctx: Context, head: Token, acting: ActorKind | None = None) -> None:
    r, doc = ctx.rules, ctx.doc
    low = head.text.lower()
    kind_word = low if low in r.group_heads or acting else head.lemma_.lower()
    kind = acting or ActorKind(r.group_heads[kind_word])
    if (kind == ActorKind.person or kind_word in r.unnamed_heads) and _describes_person(head):
        return  # "Gregory, a Texas woman", "al-Assadi, a spokesman", "as Trump's lawyer": a named person's role
    start, span = _group_span(ctx, head)
    if not span:
        return
    mods = span[:-1]
    if any(t.ent_type_ == "PERSON" for t in mods) and kind != ActorKind.person:
        return
    # "the government of Iraq"
    side_tokens = list(mods)
    for child in head.rights:
        if child.dep_ == "prep" and child.text.lower() == "of":
            side_tokens.extend(t for t in child.subtree if t.ent_type_ in ("GPE", "NORP", "ORG"))
    side = side_of(ctx, side_tokens)
    proper_mod = [t for t in mods if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG")]
    owner = next((ctx.token_actor[t.i] for t in mods if t.i in ctx.token_actor
                  and ctx.token_actor[t.i].key[0] == "org"), None)
    if owner is not None and kind_word not in r.unnamed_heads and (
            len(mods) <= 2 or all(ctx.token_actor.get(t.i) is owner for t in mods)):
        add_mention(ctx, owner.key, owner.name, owner.kind, span[0].i, head.i + 1, alias=ctx.text_of(span[0].i, head.i + 1))
        return
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    end = of.right_edge.i if side and not mods and of is not None and of.right_edge.i - head.i <= 5 else head.i
    name = ctx.text_of(span[0].i, end + 1)  # "the government of Fiji": named with its country
    if head.text not in clean_name(name):
        return  # 'her "kuffar" (non-Muslim) parents': a quote in the modifiers cut the head off the name
    same = _apposed_to(ctx, head, people=True) or _name_after(ctx, head)
    if same is not None and kind != ActorKind.person:  # "Kataeb Hezbollah, an Iranian-backed militia,"
        if same.kind == ActorKind.person:  # a name the tagger took for a person's is the group's
            same.kind = kind
            ctx.person_order = [(i, a) for i, a in ctx.person_order if a is not same]
        add_mention(ctx, same.key, same.name, same.kind, span[0].i, head.i + 1, alias=name)
        return
    if (not side and len(span) >= 2 and all(t.text[:1].isupper() for t in span)
            and not any(t.i == head.sent.start for t in span)):
        return  # "Task Force", "Security Forces": a piece of a unit's name, not a group
    if kind_word in r.unnamed_heads:
        _unnamed_group(ctx, head, kind_word, start, span, side, proper_mod, name)
        return
    head_class = r.head_class.get(head.lemma_.lower(), head.lemma_.lower())
    if _group_told_before(ctx, head, head_class, kind_word, start, span, bool(side or proper_mod), name):
        return
    if not mods and head.dep_ not in SUBJ + ("agent",) and not (head.dep_ == "pobj" and head.head.text.lower() == "by"):
        return
    key: ActorKey
    combined = _combined_start(ctx, head)
    pair = _two_sides(ctx, doc[min(combined, span[0].i) : head.i])
    # one force of two sides ("a combined Afghan and coalition force"); the plural "Afghan and coalition forces"
    # may be two, and is that one where the article tells one such force
    if pair and head_class == "force" and _each_other(ctx, head):
        _each_side(ctx, head, kind, doc[min(combined, span[0].i) : head.i], span[0].i)
        return
    if pair and (head.tag_ == "NN" or (head_class == "force" and pair in _force_pairs(ctx))):
        side = pair
    elif head_class == "force" and (split := _combined_start(ctx, head, plural=True)) < span[0].i and (
            (sides := _two_sides(ctx, doc[split : head.i])) in _force_pairs(ctx) or (
            head.head.dep_ not in ("nsubj", "nsubjpass") and sides in _subject_pairs(ctx))):
        # the plural the parser split at "and" ("attacks against Afghan and coalition forces": "Afghan" the
        # object, "coalition forces" its conjunct) where the article tells one such force (a singular one, or
        # the plural as a verb's subject, "Afghan and coalition forces detained ..."): that force
        combined, side = split, _two_sides(ctx, doc[split : head.i])
    elif head_class == "force" and head.head.dep_ in ("nsubj", "nsubjpass") and (
            split := _combined_start(ctx, head, plural=True)) < span[0].i and _two_sides(ctx, doc[split : head.i]):
        # the plural split so with its first side a verb's subject ("In Ghazni province, Afghan and coalition
        # forces targeted"): named whole, with the first side, as the parser gives it unsplit
        combined, side = split, side_of(ctx, [head.head])
    if not side and not proper_mod:
        key = ("group", None, head_class if kind != ActorKind.armed_group else "armed")  # "prosecutors" = "federal prosecutors"
    else:
        key = ("group", side or names.key(name), head_class)
    if combined < span[0].i:  # named whole, kept with the side the parse gave it (its merges unchanged)
        name = ctx.text_of(combined + (doc[combined].dep_ == "det"), head.i + 1)
    add_mention(ctx, key, name, kind, span[0].i, head.i + 1)


def _group_span(ctx: Context, head: Token) -> tuple[int, list[Token]]:
    """Where a group noun's pre-modifiers start ("Afghan and coalition security", "Iranian-backed"), and
    the group's words: the modifiers contiguous with the head, without leading quantifiers, determiners,
    numbers and punctuation."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in ("amod", "compound", "nmod", "npadvmod", "nummod", "det", "predet", "poss", "quantmod", "advmod", "cc", "conj", "punct"):
            if child.dep_ == "poss" and child.tag_ == "PRP$":
                continue
            start = min(start, child.left_edge.i)
    span = list(ctx.doc[_name_start(ctx, max(start, head.sent.start), head) : head.i + 1])
    while span and (span[0].text.lower() in QUANT or span[0].dep_ in ("det", "predet", "punct", "cc") or span[0].like_num):
        span = span[1:]
    return start, span


def _unnamed_group(ctx: Context, head: Token, kind_word: str, start: int, span: list[Token],
                   side: str | None, proper_mod: list[Token], name: str) -> None:
    """An unnamed source or group ("US officials", "a senior official", "witnesses"): one actor per side
    or proper modifier, when it is determined, sided or a subject, and a speaking head speaks."""
    r, doc = ctx.rules, ctx.doc
    mods = span[:-1]
    determined = any(t.dep_ in ("det", "nummod", "amod") or t.text.lower() in QUANT for t in doc[start : head.i])
    if not (side or proper_mod or determined or head.dep_ in SUBJ + ("agent",)):
        return  # "lying to officials": not a source
    if head.lemma_.lower() in r.words("actors", "speaking_heads") and not _speaks(ctx, head):
        return  # "open source", "from different sources", "Intelligence sources led": no one speaking
    if head.lower_ in r.words("actors", "spokesperson_heads") and _spokesperson(ctx, head, start, span):
        return  # "an Interpol spokesperson": a person of its own, named with the body
    if any(t.ent_type_ == "ORG" for t in mods) and not side:
        return  # "a Pentagon spokesman": the organisation speaks
    plural = kind_word if kind_word.endswith("s") else (
        kind_word[:-3] + "men" if kind_word.endswith("man") else kind_word + "s")
    if not side and not proper_mod:
        _unsided_group(ctx, head, start, span, plural, name)
        return
    unnamed: ActorKey = ("unnamed", side or " ".join(t.text for t in proper_mod))
    side_word = next((t.text for t in mods if side_of(ctx, [t]) == side), side) if side else None
    label = f"{side_word} {plural}" if side else (" ".join([*(t.text for t in proper_mod), plural]))
    add_mention(ctx, unnamed, label, ActorKind(r.raw["actors"]["unnamed_kind"]), span[0].i, head.i + 1,
                alias=ctx.text_of(start, head.i + 1) if start < span[0].i else name)


def _unsided_group(ctx: Context, head: Token, start: int, span: list[Token], plural: str, name: str) -> None:
    """An unnamed source or group of no side: one actor per article, named by its first mention's
    head phrase as written ("Health officials": "health officials", "a government spokesman":
    "government spokesmen", "officials at the Iranian embassy"), not by its bare head."""
    words = _group_description(ctx, head, span[:-1])
    label = " ".join([*words[0], plural, *words[1]]) if words else plural
    add_mention(ctx, ("unnamed", None), label, ActorKind(ctx.rules.raw["actors"]["unnamed_kind"]), span[0].i,
                head.i + 1, alias=ctx.text_of(start, head.i + 1) if start < span[0].i else name)


def _group_description(ctx: Context, head: Token, mods: list[Token]) -> tuple[list[str], list[str]] | None:
    """The words that tell an unnamed group apart: its common modifiers ("health", "government",
    "military"; not a rank or its anonymity, `unnamed_rank_words`), or else a body it belongs to
    after "at"/"from"/"in"/"of"/"for" ("officials at the Iranian embassy", "a spokesman for the
    ministry"); None for a bare head."""
    ranks = ctx.rules.words("actors", "unnamed_rank_words")
    before = [t.lower_ + "".join(c.text for c in t.children if c.dep_ == "case") for t in mods
              if t.pos_ in ("NOUN", "ADJ") and t.is_alpha and t.lower_ not in ranks and t.lower_ not in QUANT]
    if before:
        return before, []
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("at", "from", "in", "of", "for")), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if prep is None or obj is None or obj.pos_ != "NOUN" or obj.ent_type_ or obj.i - prep.i > 4 or obj.lemma_.lower() in ranks:
        return None
    return [], [t.text for t in ctx.doc[prep.i : obj.i + 1] if not t.is_punct]


def _spokesperson(ctx: Context, head: Token, start: int, span: list[Token]) -> bool:
    """One unnamed person who speaks for a named body ("a Hampshire Police spokesman", "a
    spokeswoman for the Red Cross", "Network Rail's spokesman"): a person actor of its own, named
    with the body ("Hampshire Police spokesman"), one per body; a bare "the spokeswoman" after one
    is that one. True when the noun was taken so; False leaves it to the unnamed sources."""
    doc = ctx.doc
    if head.dep_ == "compound" or head.tag_ != "NN" or any(
            c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_) and c.ent_type_ not in ("DATE", "TIME")
            for c in head.children):
        return False  # "spokesman John Smith", "a spokesperson, John Smith,": a named person's title
    found = _spoken_for(ctx, head, span[:-1])
    if found is None:
        if span[:-1] or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return False
        word = head.lower_  # "The spokesperson added": the one told before, of the same word
        told = [a for a in ctx.actors.values() if a.key[0] == "unnamed" and len(a.key) == 3 and a.first < head.i
                and (a.name.split()[-1] == word or "spokesperson" in (word, a.name.split()[-1]))]
        if not told:
            return False
        last = max(told, key=lambda a: a.first)
        add_mention(ctx, last.key, last.name, last.kind, span[0].i, head.i + 1, alias=ctx.text_of(start, head.i + 1))
        return True
    body, end = found
    key: ActorKey = ("unnamed", names.key(body), "spokesperson")
    alias = ctx.text_of(start, max(end, head.i) + 1)
    add_mention(ctx, key, f"{body} {head.lower_}", ActorKind.person, span[0].i if span else head.i,
                max(end, head.i) + 1, alias=alias if doc[start].dep_ == "det" else None)
    return True


def _spoken_for(ctx: Context, head: Token, mods: list[Token]) -> tuple[str, int] | None:
    """The named body a spokesperson noun speaks for, as written, and the last token of the
    phrase: its proper modifiers ("Hampshire Police"), its owner ("Network Rail's") or the name
    after "for"/"of"/"from" ("for Stagecoach South", "from the Catalan Sports Council"), a noun there
    with proper modifiers ("for Johnson's Downing Street office": "Downing Street office"), or the
    body named before that a "the" noun there stands for ("a spokesperson for the ministry"); None
    for no name, a person's ("a spokesman for West") or a side's alone ("a US spokesman": the
    side's unnamed sources)."""
    doc = ctx.doc
    proper = [t for t in mods if (t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP"))
              and t.dep_ != "case" and not t.is_punct]
    toks: list[Token] = list(doc[proper[0].i : proper[-1].i + 1]) if proper else []
    end = head.i
    body = _owner_told(ctx, head) if not toks else None
    if body is not None:  # "its spokesman", "the ministry's spokeswoman": the body told before
        return body, head.i
    if not toks:
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("for", "of", "from")), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        named = owner or (obj if obj is not None and obj.pos_ == "PROPN" else None)
        if named is None and obj is not None and obj.pos_ == "NOUN":
            body = _body_noun_name(ctx, obj)
            if body is not None:
                return body, obj.right_edge.i
            names = [c for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if names:  # "for Johnson's Downing Street office": the office so named
                toks, end = [t for t in doc[names[0].left_edge.i : obj.i + 1] if not t.is_punct], obj.i
        if named is None and not toks:
            return None
        if named is not None:
            toks = [t for t in named.subtree if not (t.dep_ in ("det", "case") or t.is_punct)]
            end = max(t.i for t in named.subtree) if named is obj else head.i
    if not toks or len(toks) > 6 or any(t.ent_type_ == "PERSON" or t.pos_ in ("VERB", "AUX") for t in toks):
        return None
    if any((a := ctx.token_actor.get(t.i)) is not None and a.kind == ActorKind.person for t in toks):
        return None
    if all(side_of(ctx, [t]) for t in toks):
        return None  # "a US spokesman", "a Russian spokeswoman": the side's unnamed sources
    return ctx.text_of(toks[0].i, toks[-1].i + 1), end


def _owner_told(ctx: Context, head: Token) -> str | None:
    """The name of the body told before that a spokesperson noun's owner refers to: "its"/"their" the
    last body named in this or the previous sentence, "the ministry's" the body named before whose name
    holds the noun."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.lower_ in ("its", "their"):
        body = last_group(ctx, head.i, within=1)
        return body.name if body is not None and body.kind != ActorKind.person else None
    return _body_noun_name(ctx, owner) if owner.pos_ == "NOUN" else None


def _body_noun_name(ctx: Context, noun: Token) -> str | None:
    """"a spokesperson for the ministry" after "North Korea's foreign ministry": the name of the last body
    named before whose name holds the noun (a "the" noun without modifiers of its own)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
            c.dep_ in ("compound", "amod", "poss", "appos") for c in noun.children):
        return None
    body = named_body(ctx, noun, named_only=True)
    return body.name if body is not None and body.kind != ActorKind.person else None


def _group_told_before(ctx: Context, head: Token, head_class: str, kind_word: str, start: int,
                       span: list[Token], marked: bool, name: str) -> bool:
    """Whether the group noun refers back to a group told before, and is added to it: "the Afghan-led
    force" after "a combined Afghan and coalition security force"; "the security force", "the
    government" (a head that needs a modifier, ``marked`` when it has a side or a proper one) to the
    last such group (the joint force, the country just named). True also where such a head refers
    back to nothing: it names no group of its own."""
    r, doc = ctx.rules, ctx.doc
    mods = span[:-1]
    led = next((t.text[: -len("-led")] if t.lower_ != "led" else doc[t.i - 2].text for t in mods
                if t.lower_.endswith("-led") or (t.lower_ == "led" and t.i >= 2 and doc[t.i - 1].text == "-")), None)
    whole = [a for a in ctx.actors.values() if a.key[0] == "group" and a.key[-1] == head_class and led
             and re.search(rf"\b{re.escape(led)} and ", a.name)] if head_class == "force" else []
    if whole:
        add_mention(ctx, whole[-1].key, whole[-1].name, whole[-1].kind, span[0].i, head.i + 1, alias=name)
        return True
    if not (kind_word in r.needs_modifier or head.lemma_.lower() in r.needs_modifier) or marked:
        return False
    prior = [a for a in ctx.actors.values() if a.key[0] == "group" and a.key[2] == head_class]
    # "the security force" after "a combined Afghan and coalition security force": that force, not one side's
    prior = [a for a in prior if " and " in str(a.key[1])] or prior
    last = _last_country(ctx, head) if head_class == "government" else None
    if last is not None:  # "the government": the country just named, if it is one of them
        prior = [a for a in prior if a.key[1] == last]
    if prior and any(t.lower_ in ("the", "this", "that", "these", "those") for t in doc[start : head.i]):
        add_mention(ctx, prior[-1].key, prior[-1].name, prior[-1].kind, span[0].i, head.i + 1, alias=name)
    # "a joint security force detained ...", no force told before: a force of its own, named by its words
    return bool(prior) or head_class != "force" or not any(t.lower_ in ("a", "an") for t in doc[start : head.i]) or not (
        ctx.rules.words("actors", "joint_words") & {t.lower_ for t in mods})


def _name_start(ctx: Context, start: int, head: Token) -> int:
    """Where a group's name starts, given its modifiers' start: after a caption's label, a line
    break, a new sentence glued on, or a release's boilerplate ("For Immediate Release Security
    patrols wrap up ...": "Security patrols")."""
    doc = ctx.doc
    for t in doc[start : head.i]:  # "FILE - Police": a caption's label before a spaced dash
        if t.text in ("-", "–", "—") and t.whitespace_ and t.i > 0 and doc[t.i - 1].whitespace_:
            start = t.i + 1
        elif "\n" in t.text + t.whitespace_ or "\u2028" in t.text + t.whitespace_:
            start = t.i + 1  # "For Immediate Release\n\nA combined force": a line before the name
        elif t.i > start and t.dep_ == "det" and t.text in ("A", "An", "The"):
            start = t.i  # "... For Immediate Release An Afghan-led force": a new sentence glued on
    if start < head.i:  # the boilerplate may begin before the modifiers ("For" is none)
        cs, ce = ctx.char_span(max(start - 3, head.sent.start), head.i)
        ends = [cs + m.end() for p in ctx.rules.boilerplate_patterns for m in p.finditer(ctx.text[cs:ce])]
        if ends and max(ends) > doc[start].idx:
            start = next(t.i for t in doc[start : head.i + 1] if t.idx >= max(ends))
    return start


def _two_sides(ctx: Context, mods: Span) -> str | None:
    """The sides of one force of two, joined by "and" in its modifiers ("a combined Afghan and coalition security
    force"): one side of its own, so neither side's own force ("Afghan forces", "coalition forces") is taken for it."""
    sides: list[str] = []
    for t in mods:
        side = side_of(ctx, [t])
        if side and side not in sides:
            sides.append(side)
        if len(sides) == 2:
            return f"{sides[0]} and {sides[1]}" if any(x.lower_ == "and" for x in mods if x.i < t.i) else None
    return None


def _each_other(ctx: Context, head: Token) -> bool:
    """A plural force that is the subject of a verb of two sides acting on each other, with no party
    after "with" or "against" ("Pakistani and Indian troops exchanged fire", "Thai and Cambodian soldiers
    clashed"; not "Afghan and coalition forces exchanged fire with insurgents": one side, `reciprocal_verbs`)."""
    verb = head.head
    if head.tag_ != "NNS" or head.dep_ != "nsubj" or verb.lemma_.lower() not in ctx.rules.words("actors", "reciprocal_verbs"):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("with", "against") for c in verb.children)


def _each_side(ctx: Context, head: Token, kind: ActorKind, mods: Span, start: int) -> None:
    """Each side's own force of a plural of two sides acting on each other (:func:`_each_other`), named by
    its side's word and the head ("Pakistani troops", "Indian troops"), the whole phrase its evidence."""
    done: set[str] = set()
    for t in mods:
        side = side_of(ctx, [t])
        if side and side not in done:
            done.add(side)
            key: ActorKey = ("group", side, ctx.rules.head_class.get(head.lemma_.lower(), head.lemma_.lower()))
            add_mention(ctx, key, f"{t.text} {head.text}", kind, start, head.i + 1)


def _force_pairs(ctx: Context) -> set[str]:
    """The sides of the article's singular forces of two sides ("a combined Afghan and coalition security
    force"), found once per article."""
    if ctx.force_pairs is None:
        heads = ctx.rules.head_class
        ctx.force_pairs = {pair for t in ctx.tokens if t.tag_ == "NN" and heads.get(t.lemma_.lower()) == "force"
                           and (pair := _two_sides(ctx, ctx.doc[min(_combined_start(ctx, t), t.left_edge.i) : t.i]))}
    return ctx.force_pairs


def _subject_pairs(ctx: Context) -> set[str]:
    """The sides of the article's plural forces of two sides that act as a verb's subject ("Afghan and
    coalition forces targeted", also split by the parser at "and"): one force the article tells. Found once per
    article."""
    if ctx.subject_pairs is None:
        ctx.subject_pairs = _plural_subject_pairs(ctx)
    return ctx.subject_pairs


def _plural_subject_pairs(ctx: Context) -> set[str]:
    heads, doc = ctx.rules.head_class, ctx.doc
    found = set()
    for t in ctx.tokens:
        if t.tag_ != "NNS" or heads.get(t.lemma_.lower()) != "force":
            continue
        if t.dep_ in ("nsubj", "nsubjpass") and not _each_other(ctx, t):
            pair = _two_sides(ctx, doc[t.left_edge.i : t.i])
        elif t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubjpass"):
            pair = _two_sides(ctx, doc[_combined_start(ctx, t, plural=True) : t.i])
        else:
            continue
        if pair:
            found.add(pair)
    return found


def _combined_start(ctx: Context, head: Token, *, plural: bool = False) -> int:
    """Where one force of two sides starts when the parser made its first side the head ("A
    combined Afghan and coalition security force": "Afghan" the subject, "force" its conjunct): at
    that side, or at the lower-case words before it ("combined", "a"). Only a singular force, unless
    ``plural``: the plural "Afghan and coalition forces" may be two (:func:`group` decides)."""
    first = head.head
    if not (head.dep_ == "conj" and head.tag_ in (("NN", "NNS") if plural else ("NN",)) and first.i < head.i
            and head.i + 1 < len(ctx.doc)
            and ctx.doc[head.i + 1].pos_ not in ("NOUN", "PROPN") and first.pos_ in ("PROPN", "ADJ", "NOUN")
            and side_of(ctx, [first]) and any(c.dep_ == "cc" for c in first.children)
            and not (plural and first.tag_ in ("NNS", "NNPS"))  # "local Afghans and coalition forces": two
            and all(t.pos_ not in ("NOUN", "PROPN") or t.dep_ == "compound" for t in ctx.doc[first.i + 1 : head.i])):
        return head.i
    start = first.i
    for c in reversed(list(first.lefts)):
        if c.i != start - 1 or not c.text[:1].islower() or c.dep_ not in ("amod", "det", "advmod", "compound") or (
                plural and c.pos_ == "NOUN"):  # "In Zabul province Afghan and coalition forces": not the place
            break
        start = c.i
    return start


def _speaks(ctx: Context, head: Token) -> bool:
    """A noun that names a person only as one who tells ("a source"): the subject of a verb of
    speech or cognition ("sources said", "a source told them"), the agent of one, or the one
    "according to" whom something is; its conjuncts too."""
    r = ctx.rules
    while head.dep_ == "conj":
        head = head.head
    verb = head.head
    if head.dep_ in ("nsubj", "nsubjpass") or (head.dep_ == "pobj" and verb.dep_ == "agent"):
        verb = verb.head if head.dep_ == "pobj" else verb
        return verb.lemma_.lower() in r.reporting | r.allegation_verbs | r.denial_verbs
    if head.dep_ == "dobj":  # "citing sources", "quoted a source as saying"
        return verb.lemma_.lower() in ("cite", "quote")
    if head.dep_ == "pobj":
        return any(f"{verb.head.lower_} {verb.lower_}" == phrase or verb.lower_ == phrase
                   for phrase in r.words("attribution", "according_to"))
    return False


def _last_country(ctx: Context, head: Token) -> str | None:
    """The country named last before ``head`` in its sentence or the one before (as a place or an
    actor, by name or nationality): the one a bare "the government" there stands for ("Floods hit
    Fiji. The government declared an emergency"); None when none is that close."""
    sent = head.sent
    start = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in reversed(ctx.doc[start : head.i]):
        side = side_of(ctx, [t]) if t.ent_type_ in ("GPE", "NORP") or t.text[:1].isupper() else None
        if side is not None and side != "coalition":
            return side
    return None


def city_country(ctx: Context, ent: Span) -> bool:
    """A country named after a place (or a body named for one) and a comma ("Dubai, UAE", "Kazan
    (TAT), Russia"): the place's country, part of its address, not the country acting; not
    a list ("Iran, Iraq and Syria") nor after a phrase of the country's own verb ("In Geneva, Russia
    said")."""
    doc, r = ctx.doc, ctx.rules
    if ent.start < 2 or doc[ent.start - 1].text != ",":
        return False
    before = doc[ent.start - 2]
    if before.text == ")":  # "Kazan (TAT), Russia"
        opening = next((t for t in reversed(doc[max(0, ent.start - 8) : ent.start - 2]) if t.text == "("), None)
        before = doc[opening.i - 1] if opening is not None and opening.i > 0 else before
    if before.ent_type_ not in ("GPE", "LOC", "FAC", "ORG") or _entity_text_of(before).lower() in r.demonyms:
        return False
    verb = ent.root.head
    step = next((a for a in before.ancestors if a.head.i == verb.i != a.i), None)
    if step is not None and verb.i != ent.root.i and step.dep_ in ("prep", "advcl", "advmod", "npadvmod"):
        return False  # "In Geneva, Russia said", "According to the AP, Iran has": the verb's own adjunct
    after = doc[ent.end] if ent.end < len(doc) else None
    return after is None or after.lower_ not in ("and", "or", ",")


def _entity_text_of(t: Token) -> str:
    doc = t.doc
    start, end = t.i, t.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return NAME_STRIP.sub("", doc[start:end].text)


def _apposed_to(ctx: Context, tok: Token, *, people: bool = False) -> ActorDraft | None:
    """The organisation an indefinite noun phrase is in apposition to ("X, an Iranian-backed
    militia,"): the same body under a description. With ``people``, also a name taken for a
    person's."""
    if tok.dep_ != "appos" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return None  # "the NSA, the Saudi Press Agency and ...": a list, not a description
    same = ctx.token_actor.get(tok.head.i)
    if same is None:
        return None
    if same.key[0] == "org" and same.kind != ActorKind.person:
        return same
    return same if people and same.key[0] == "person" and " " in same.name else None


def _name_after(ctx: Context, head: Token) -> ActorDraft | None:
    """The organisation a group noun introduces right before its name ("the Lebanese Shiite group Hezbollah
    denied", "the Palestinian militant group Islamic Jihad"): the name in apposition to the noun, or a second
    subject of the noun's verb, is the same body described."""
    after = head.i + 1
    if after >= len(ctx.doc) or ctx.doc[after].pos_ != "PROPN" or not ctx.doc[after].text[:1].isupper() or any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        return None  # ("a Facebook group [el] created": no name, an indefinite group)
    same = ctx.token_actor.get(after)
    if same is None or same.key[0] != "org" or same.kind == ActorKind.person:
        return None
    name = ctx.doc[after]
    while name.head.i != name.i and ctx.token_actor.get(name.head.i) is same:
        name = name.head  # "Islamic" of "Islamic Jihad": the name's head
    twin = name.dep_ == head.dep_ == "nsubj" and name.head.i == head.head.i
    return same if name.head.i == head.i and name.dep_ == "appos" or twin else None


def _describes_person(head: Token) -> bool:
    """A person noun in apposition to a named person, or after "as": that person's role."""
    if head.dep_ == "appos" and head.head.ent_type_ == "PERSON":
        return True
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children):
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "as"


def _name_head(name: str) -> str:
    """The head word of a name with a preposition: "Economy" of "Economy of Turkey"."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if i and w in ("of", "for", "on")), len(words))
    return words[cut - 1]


def _in_title(ctx: Context, toks: list[Token]) -> bool:
    """A name modifying a title word of a named person ("Senate minority leader Chuck Schumer",
    "Lorenzana, the Defence Secretary"): part of that person's title, not a mention of the body."""
    doc, r = ctx.doc, ctx.rules
    root = toks[-1]
    if root.dep_ != "compound" or not is_title(root.head.text.lower(), r) or root.head.i <= root.i:
        return False
    title = root.head
    if not all(t.dep_ in ("compound", "amod") or is_title(t.text.lower(), r) for t in doc[root.i + 1 : title.i]):
        return False
    before_name = title.i + 1 < len(doc) and doc[title.i + 1].ent_type_ == "PERSON"
    return before_name or (title.dep_ == "appos" and title.head.ent_type_ == "PERSON")  # "X, the Defence Secretary"


def unnamed_member(ctx: Context, head: Token) -> None:
    """"a Taliban commander", "targeting a Haqqani facilitator": one unnamed member of an armed
    group named as his side is one person (military press releases name their targets so); "the
    Taliban commander" after it is the same one. Not a named person's role ("Mullah Khalil,
    another Taliban commander") nor a plural ("Taliban leaders")."""
    lemma = head.lemma_.lower()
    if head.tag_ != "NN" or lemma not in ctx.rules.words("actors", "member_roles") or _describes_person(head):
        return
    if head.dep_ == "attr" and any(c.dep_ in SUBJ and c.ent_type_ == "PERSON" for c in head.head.children):
        return  # "Khan is a Taliban commander": his role
    # the side among the modifiers, also behind a modifier of its own ("a Taliban weapons supplier", "a Haqqani
    # Network senior leader", "a Haqqani Network improvised explosive device facilitator")
    side = next((ctx.token_actor[g.i] for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i
                 for g in c.subtree if g.i in ctx.token_actor and ctx.token_actor[g.i].key[0] == "org"
                 and ctx.token_actor[g.i].kind == ActorKind.armed_group), None)
    if side is None:  # "a Haqqani facilitator" with "Haqqani" tagged a place here, a group named before
        side = next((a for c in head.children if c.dep_ == "compound" and c.i < head.i and c.pos_ == "PROPN"
                     for a in list(ctx.actors.values()) if a.key[0] == "org" and a.kind == ActorKind.armed_group
                     and names.key(a.name) == names.key(c.text)), None)
    if side is None:
        return
    key: ActorKey = ("member", *side.key, lemma)
    det = next((c.lower_ for c in head.children if c.dep_ == "det"), None)
    if det == "another" and key in ctx.actors:
        return  # "detained a Taliban commander ... another Taliban commander": a second one, left unnamed
    if det not in ("a", "an", "another") and not (det in ("the", "this", "that") and key in ctx.actors):
        return
    start = min(c.left_edge.i for c in head.children if c.dep_ in ("compound", "amod", "nmod", "det") and c.i < head.i)
    add_mention(ctx, key, f"{side.name} {head.text.lower()}", ActorKind.person, start, head.i + 1,
                alias=ctx.text_of(start, head.i + 1))
