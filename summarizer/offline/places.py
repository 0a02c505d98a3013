"""Names the article uses as places, whatever the entity tagger says ("in Monari", "Shah Joy district")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from summarizer import names
from summarizer.offline.doc import NAME_STRIP, Context, is_title
from summarizer.offline.mentions import org_kind
from summarizer.schemas.brief import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def place_names(ctx: Context, ents: Iterable[Span]) -> set[str]:
    """Names the article uses as places anywhere ("in Monari", "Tarin Kowt city", "village of X")."""
    r = ctx.rules
    strong = r.words("actors", "place_name_preps")
    geo_preps = r.words("actors", "geo_name_preps")
    around = r.words("actors", "place_of_heads") | r.place_heads
    motion = r.words("actors", "motion_verbs")
    places: set[str] = set()
    found: dict[int, str] = {}
    ents = list(ents)
    acting = _acting_bodies(ents)
    for ent in ents:
        if ent.label_ not in ("GPE", "LOC", "FAC", "ORG", "PERSON"):
            continue
        text = NAME_STRIP.sub("", ent.text).strip()
        if not text or text.lower() in r.demonyms or ent.label_ == "ORG" and text in acting:
            continue
        if ent.label_ == "ORG" and org_kind(ctx, text) != ActorKind.organization or titled_person(ctx, ent):
            continue
        root = ent.root
        head = root.head
        nxt = ctx.doc[ent.end] if ent.end < len(ctx.doc) else None
        place = (
            (root.dep_ == "pobj" and head.text.lower() in strong)
            # "at Ain Issa": a place when the tagger says so too (not a GPE: "looked at Tsarnaev")
            or (root.dep_ == "pobj" and head.text.lower() in geo_preps and ent.label_ in ("LOC", "FAC"))
            or (root.dep_ == "pobj" and head.text.lower() == "of" and head.head.lemma_.lower() in around)
            or (root.dep_ == "compound" and head.lemma_.lower() in r.place_heads)
            # the object of a verb of motion: "troops entered Tell Tamer"
            or (root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in motion
                and ent.label_ in ("GPE", "LOC", "FAC", "PERSON"))
            or (nxt is not None and nxt.lemma_.lower() in r.place_heads and nxt.i == head.i and not owner(ent))
            # an upper-case dateline: "URUZGAN, Afghanistan ("
            or (text.isupper() and len(text) > 3 and nxt is not None and nxt.text == ","
                and ent.end + 1 < len(ctx.doc) and ctx.doc[ent.end + 1].ent_type_ == "GPE")
        )
        if place:
            places.add(names.key(text))
            found.update((i, text) for i in range(ent.start, ent.end))
    tagged = {i for e in ents if e.label_ in ("GPE", "LOC") for i in range(e.start, e.end)}
    subjects = {NAME_STRIP.sub("", e.text).strip() for e in ents if e.root.dep_ in ("nsubj", "nsubjpass")}
    listed = tagged | set(found)  # the loop below adds to places only: built once, not per name
    for ent in ents:  # "the towns of Bachancha and Badmuk"
        root = ent.root
        text = NAME_STRIP.sub("", ent.text).strip()
        if not text or text.lower() in r.demonyms:
            continue
        if root.dep_ == "conj" and root.head.i in found and ent.label_ in ("GPE", "LOC", "PERSON"):
            places.add(names.key(text))
        elif (ent.label_ in ("PERSON", "ORG", "FAC") and text not in subjects
              and _listed_with_places(root, listed)):
            places.add(names.key(text))
    return places


def _acting_bodies(ents: list[Span]) -> set[str]:
    """Organisations' names the article makes the active subject of a verb other than "be" or "have"
    ("the EU made the decision", "NASA has selected two astronauts", "Chrysler will receive"): a body
    that acts, not a place, also where another sentence names it as one would a place ("banned in the
    EU", "background that we did in NASA", "at the main Airbus factory"). Not the subject of a passive
    ("AB Aurigae is classified as a star", "DIY was frequented by many": a thing or a place described)."""
    return {NAME_STRIP.sub("", e.text).strip() for e in ents if e.label_ == "ORG" and e.root.dep_ == "nsubj"
            and e.root.head.pos_ == "VERB" and e.root.head.lemma_ not in ("be", "have")}


def _listed_with_places(root: Token, places: set[int]) -> bool:
    """A name in a list of three or more names after a preposition whose first is a place ("from
    Dolgellau, Harlech, Barmouth and Bala", "to County Galway, County Mayo and County Clare"): a
    place too, whatever the tagger says, unless the article makes that name a subject elsewhere
    ("a couple from Florida, Richard and Lisa Parry ... Lisa Parry said")."""
    if root.dep_ != "conj":
        return False
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i not in places or first.dep_ != "pobj":
        return False
    listed = [c for c in first.subtree if c.dep_ == "conj" and c.pos_ == "PROPN"]
    return len(listed) >= 2


def non_actor_compound(ctx: Context, ent: Span) -> bool:
    """"Boston Marathon bomber", "London Underground system": a name that modifies a thing."""
    heads = ctx.rules.words("actors", "non_actor_heads")
    root = ent.root
    return root.dep_ in ("compound", "nmod") and (root.head.lemma_.lower() in heads or root.head.text.lower() in heads)


def thing_head(ctx: Context, last: str) -> bool:
    """The last word of a name of two words or more that makes it a thing's name ("Youth Risk Behavior
    Surveillance System", "Hubble Space Telescope"): a noun for a thing, save those that also end a
    body's name ("Governing Board")."""
    last = last.lower()
    return last in ctx.rules.words("actors", "thing_nouns") and last not in ctx.rules.words("actors", "body_thing_nouns")


def owner(ent: Span) -> bool:
    """"Robert Mueller's office", "Trump's residence": a person's name tagged with its "'s" before a
    place noun owns the place; it is not the place's name (as "Kabul airport" is)."""
    return ent.label_ == "PERSON" and ent.root.dep_ == "poss"


def is_place(ctx: Context, ent: Span) -> bool:
    """"in Chahar Darah", "Shah Joy district": a place, whatever the tagger says."""
    r = ctx.rules
    root = ent.root
    if titled_person(ctx, ent):
        return False
    if root.dep_ == "pobj" and root.head.text.lower() in r.place_preps and root.head.text.lower() != "by":
        return True
    nxt = ctx.doc[ent.end] if ent.end < len(ctx.doc) else None
    if nxt is not None and nxt.lemma_.lower() in r.place_heads and nxt.i == root.head.i and not owner(ent):
        return True
    return root.dep_ in ("compound", "appos", "conj") and root.head.lemma_.lower() in r.place_heads


def titled_person(ctx: Context, ent: Span) -> bool:
    """A name the tagger took for a person's with a person's title right before it ("an impeachment inquiry
    into President Trump", "in Attorney General Mumba Malila"): a person, never a place, whatever preposition
    it follows. Not a title after "the", a word of a longer name ("into the General Labour Law")."""
    doc = ctx.doc
    return ent.label_ == "PERSON" and ent.start > 0 and is_title(doc[ent.start - 1].text, ctx.rules) and (
        ent.start < 2 or doc[ent.start - 2].lower_ != "the")


def named_as_no_place(ctx: Context, ent: Span) -> bool:
    """A name the tagger took for a place that its own noun phrase says is something else: a word of a person's name
    the tagger tagged apart ("prisoner of conscience Orlando Zapata Tamayo", "President Bingu wa Mutharika died"), or
    a work's or a body's name by the lower-case noun it is given as ("the animated film Persepolis", "activists of
    Identoba, an organization working on LGBT issues"; ``work_nouns``, ``apposed_body_nouns``). No place there."""
    root, doc = ent.root, ctx.doc
    nouns = ctx.rules.words("actors", "work_nouns") | ctx.rules.words("actors", "apposed_body_nouns")
    if any(c.dep_ in ("compound", "appos") and c.pos_ == "NOUN" and c.lemma_.lower() in nouns for c in root.children):
        return True  # "the film Persepolis", "Identoba, an organization"
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in nouns:
        return True  # "the organization, Identoba, said"
    near = [doc[ent.end]] if ent.end < len(doc) else []
    if ent.start > 0:
        near.append(doc[ent.start - 1])
    if ent.start > 1 and doc[ent.start - 1].is_lower and doc[ent.start - 1].pos_ == "PROPN":
        near.append(doc[ent.start - 2])  # "Bingu wa Mutharika": a particle of the name between
    # a person's word beside it in one name: hung on it, its head, or on the same head ("Orlando Zapata Tamayo")
    return any(t.ent_type_ == "PERSON" and (t.head.i == root.i or root.head.i == t.i or (
        root.dep_ == "compound" and t.head.i == root.head.i)) for t in near)
