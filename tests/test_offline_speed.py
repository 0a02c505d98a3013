"""The offline engine's shortcuts that change no output: each gives what the long way gives (real spaCy)."""

from __future__ import annotations

from offline_stages import context, with_frames

from summarizer.offline import slots
from summarizer.offline.doc import title_end
from summarizer.offline.incidents import cues

# the rules of cues._extra_cue below judicial, each started from a word of cues._rule_words
_WORDED_RULES = (cues.legal_act, cues.death_told, cues._fire, cues.vehicle_accident, cues.evacuation, cues._strike_engagement,
                 cues.air_unit_act, cues._goods_destroyed, cues.force_sent, cues._protest_crowd, cues.force_on_protest,
                 slots.verdict_find, cues.sanction, cues._protest_form, cues.weapon_thrown)

_RULE_SENTENCES = (
    "The governor declared a state of emergency on Monday.",
    "The president signed an executive order on Friday.",
    "The mayor was found dead in his home on Tuesday.",
    "The 60-year-old man died in Wuhan on Friday.",
    "A fire broke out in the hotel on Sunday.",
    "The ferry capsized off Bali on Sunday.",
    "Officials evacuated 45,000 people from the coast.",
    "Coalition forces engaged the enemy position with mortar fire.",
    "The air weapons team engaged the insurgents, killing two.",
    "The security force detained one suspected insurgent and destroyed a rocket propelled grenade launcher.",
    "The government deployed the national guard to the city.",
    "Thousands of protesters gathered around the police complex.",
    "Police dispersed the demonstrators in the square.",
    "Troops opened fire on the crowd in the capital.",
    "Police cracked down on the protesters in the capital.",
    "The jury found him guilty on all counts.",
    "A court in Tunis fined the owner of the television station on Thursday.",
    "Palestinian prisoners began an open ended hunger strike on April 17.",
    "Militants hurled a grenade at an army truck on Monday.",
)


def test_every_extra_cue_rule_below_judicial_starts_from_a_word_of_the_check():
    """_extra_cue reads those rules only for a token whose lemma or lower-case text is a word of _rule_words: each
    rule that holds of a token holds of one with such a word, and gives the cue the chain gives."""
    for text in _RULE_SENTENCES:
        ctx = with_frames(text)
        words = cues._rule_words(ctx)
        held = [t for t in ctx.tokens for rule in _WORDED_RULES if rule(ctx, t)]
        assert held, text
        assert all(t.lemma_.lower() in words or t.lower_ in words for t in held), text
        assert all(cues._extra_cue(ctx, t) is not None for t in held), text


def test_a_storm_making_landfall_is_a_cue_though_make_is_no_rule_word():
    """The one rule below the check that reads the object, not the word: "made landfall" (cues._disaster_strikes)."""
    ctx = with_frames("Hurricane Dorian made landfall in the Abaco Islands on Sunday.")
    made = next(t for t in ctx.tokens if t.lower_ == "made")
    assert made.lemma_.lower() not in cues._rule_words(ctx)
    assert cues._extra_cue(ctx, made) == "other"


def test_only_a_verb_noun_or_name_is_an_event_word():
    """cue_type looks at the part of speech first: an adjective or a preposition is no cue, with no lemma read."""
    ctx = context("The attack was deadly and the police arrived after the attack.")
    assert [cues.cue_type(ctx, t) for t in ctx.tokens if t.lower_ == "attack"] == ["attack", "attack"]
    assert all(cues.cue_type(ctx, t) is None for t in ctx.tokens if t.pos_ not in ("NOUN", "VERB", "PROPN"))


def test_a_headline_ends_at_a_line_break_within_its_first_31_tokens():
    """title_end reads only the first 31 tokens: a first line break after them ends no headline."""
    assert title_end(context("Storm Hits Coast\nA storm hit the coast on Monday.").doc) == 3
    long_line = " ".join(["Word"] * 40) + "\nA storm hit the coast on Monday."
    assert title_end(context(long_line).doc) == 0
    assert title_end(context("A storm hit the coast on Monday.").doc) == 0
