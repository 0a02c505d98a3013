"""Repairs of the parse, made once before the stages read it, where the small model's tree is
wrong in a way that misleads every stage at once (actors, incident doers, attribution).

:func:`fronted_places`: a clause that opens with a place adjunct of two or more places ("In Andar
district, Ghazni province, yesterday, an Afghan and coalition force killed ...") is often parsed
with the last place as the verb's subject, and the real subject hung on that place as its
apposition or conjunct. The place then reads as a country acting (a "government" actor and the
incident's perpetrator) and the force as no party at all. The repair makes the noun phrase right
before the verb its subject and the place part of the address again.

:func:`fronted_speaker`: "Speaking to AFP, the league's president, Jamel Msallem, said ..." is often
parsed with the name hung on the opening phrase and the verb of speech without a subject: the
speaker then is no actor and the quote no one's claim. The repair makes the name the subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.offline.doc import SUBJ
from summarizer.offline.rules import Rules

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_OPENING_PUNCT = ("-", "–", "—", "--", "\u2212")
_NP_DEPS = ("det", "amod", "compound", "nmod", "nummod", "cc", "conj", "appos", "nsubj", "pobj", "punct",
            "npadvmod", "quantmod", "poss", "case", "advmod")


def repair(doc: Doc, rules: Rules) -> None:
    for sent in list(doc.sents):
        fronted_places(doc, sent, rules)
        fronted_speaker(doc, sent, rules)


def fronted_speaker(doc: Doc, sent: Span, rules: Rules) -> None:
    """"Speaking to Agence France-Presse, the president of the league, Jamel Msallem, said ...", "On
    Twitter, Adrian Wojnarowski, US sport columnist from ESPN, said ...": after an opening phrase, the
    person named between a comma and a verb of speech that has no subject is that verb's subject, though
    the parser hung the name on the opening phrase (its apposition, conjunct or adverbial). Only where
    the verb is the sentence's root, nothing between the name and the verb is a verb, and the name is
    the first person named after a comma."""
    verb = sent.root
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in rules.speech:
        return
    if any(c.dep_ in (*SUBJ, "expl", "csubj") for c in verb.children):
        return
    for ent in sent.ents:
        if ent.end > verb.i:
            return
        if ent.label_ != "PERSON" or ent.start <= sent.start or doc[ent.start - 1].text != ",":
            continue
        if ent.root.head.i == verb.i or any(t.pos_ in ("VERB", "AUX") for t in doc[ent.end : verb.i]):
            return
        ent.root.head, ent.root.dep_ = verb, "nsubj"
        return


def _place(t: Token, rules: Rules) -> bool:
    return t.ent_type_ in ("GPE", "LOC") or t.lemma_.lower() in rules.words("actors", "address_heads")


def fronted_places(doc: Doc, sent: Span, rules: Rules) -> None:
    """"In X district, Y province[, yesterday], NP VERB ...": NP is the verb's subject and Y part of
    the place, whatever the parser made of them. Only where the opening part is a prepositional
    phrase with no verb that ends in a place (or a date after one), the part after its last comma
    is a noun phrase with no verb that ends right before the verb, and the verb has no subject
    there already."""
    verb = sent.root
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return
    stop = min([verb.i] + [c.i for c in verb.lefts if c.dep_ in ("aux", "auxpass", "neg")])
    commas = [t.i for t in doc[sent.start : stop] if t.text == ","]
    if len(commas) < 2:
        return
    comma = commas[-1]
    chunk = doc[comma + 1 : stop]
    opening = [t for t in doc[sent.start : comma] if not t.is_space and t.text not in _OPENING_PUNCT]
    if not (0 < len(chunk) <= 10 and opening and opening[0].pos_ == "ADP"):
        return
    head = chunk[-1]
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in ("GPE", "LOC", "DATE", "TIME"):
        return
    if any(t.pos_ == "AUX" or (t.pos_ == "VERB" and t.dep_ != "amod") or t.dep_ not in _NP_DEPS for t in chunk[:-1]):
        return
    if any(t.pos_ in ("VERB", "AUX") for t in opening):
        return
    last = doc[comma - 1]
    if not (_place(last, rules) or last.ent_type_ == "DATE") or not any(_place(doc[c - 1], rules) for c in commas[:-1]):
        return  # no address of two places ("In X district, Y province")
    subjects = [c for c in verb.children if c.dep_ in SUBJ]
    if any(s.i > comma for s in subjects) and not any(s.i < comma for s in subjects):
        return  # parsed right
    if any(s.i < comma and not _place(s, rules) for s in subjects):
        return
    _make_subject(doc, head, verb, chunk)
    for s in subjects:
        if s.i < comma:
            _into_address(doc, s, rules)


def _make_subject(doc: Doc, head: Token, verb: Token, chunk: Span) -> None:
    dep = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
    if head.head.i != verb.i or head.dep_ != dep:
        head.head = verb
        head.dep_ = dep
    for t in chunk[:-1]:
        if not (chunk.start <= t.head.i < chunk.end):
            t.head = head
            if t.dep_ in ("conj", "appos", "nsubj", "pobj"):
                t.dep_ = "nmod"


def _into_address(doc: Doc, place: Token, rules: Rules) -> None:
    """A place the parser made a subject: the object of the preposition it follows when that one has
    none ("In Nadir Shah Kot district, ..."), else the apposition of the place before its comma."""
    before = doc[place.left_edge.i - 1] if place.left_edge.i > 0 else None
    if before is not None and before.pos_ == "ADP" and not any(c.dep_ == "pobj" for c in before.children) and (
            place.i not in {a.i for a in before.ancestors}):
        place.head, place.dep_ = before, "pobj"
        return
    if before is not None and before.text == "," and place.left_edge.i > 1:
        prev = doc[place.left_edge.i - 2]
        if _place(prev, rules) and place.i not in {a.i for a in prev.ancestors} and prev.i != place.i:
            place.head, place.dep_ = prev, "appos"
            return
    place.dep_ = "npadvmod"
