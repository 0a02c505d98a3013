"""Stage 3 (summarizer/offline/counterclaims.py, denials.py): a counter-claim, the negation of what an
earlier claim of another source asserted, and push-backs whose denier the article names only by a
description. Sentences written for these tests (round 35), not taken from fixtures or the pool."""

from __future__ import annotations

import pytest
from offline_stages import with_frames

from summarizer.offline import attribution, denials

_LEAD = ("Human Rights Watch said on Monday that Acme Corp had paid bribes to officials and that troops had "
         "fired on protesters in the capital. ")


def denials_of(text: str) -> list[tuple[str, str]]:
    ctx = with_frames(text)
    rows = denials.find_denials(ctx, attribution.claims(ctx))
    return [(d.denier_name or "", d.content) for d, _, _ in rows]


@pytest.mark.parametrize(("sentence", "denier", "content"), [
    ("Police spokesman John Smith insisted that officers had not fired on protesters.", "John Smith",
     "that officers had not fired on protesters"),
    ("General John Smith stressed that his troops did not fire on protesters.", "John Smith",
     "that his troops did not fire on protesters"),
    ("Police chief John Smith said officers acted in self-defence and did not fire on peaceful protesters.",
     "John Smith", "did not fire on peaceful protesters"),
    ("Acme spokesman John Smith said no such payments were made.", "John Smith", "no such payments were made"),
    ('"We have never paid anyone," Acme Corp said in a statement.', "Acme Corp", "We have never paid anyone"),
    ("The police chief said officers acted in self-defence and did not fire on peaceful protesters.",
     "police chief", "did not fire on peaceful protesters"),
])
def test_the_negation_of_an_earlier_claim_is_a_denial(sentence, denier, content):
    assert (denier, content) in denials_of(_LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    "Acme Corp said it had not yet decided on a new chief executive.",
    "Police spokesman John Smith said officers did not arrest anyone.",
    "Finance Minister John Smith said the government would not raise taxes this year.",
    "The Defence Ministry said troops had not been deployed to the capital before the vote.",
    "Acme Corp said the company had paid its workers on time.",
])
def test_a_negative_statement_that_answers_no_claim_is_no_denial(sentence):
    assert denials_of(_LEAD + sentence) == []


def test_a_negated_deed_with_no_claim_before_it_is_no_denial():
    assert denials_of("Police spokesman John Smith said officers had not fired on protesters.") == []


def test_the_same_source_saying_it_again_answers_nothing():
    text = "Human Rights Watch said troops had fired on protesters. Human Rights Watch said troops had not fired on journalists."
    assert denials_of(text) == []


@pytest.mark.parametrize(("sentence", "denier"), [
    ("The ministry pushed back against the allegations on Tuesday.", "ministry"),
    ("The minister branded the accusations lies.", "minister"),
    ("Interior Minister John Smith branded the accusations lies.", "John Smith"),
    ("The ministry branded the report a lie.", "ministry"),
])
def test_a_push_back_on_a_report_or_a_report_branded_a_lie_names_a_described_denier(sentence, denier):
    found = denials_of(_LEAD + sentence)
    assert len(found) == 1 and denier in found[0][0]


def test_pushing_back_on_a_plan_or_on_players_denies_nothing():
    assert denials_of("The team pushed back on the plan. The coach pushed back against the defenders.") == []


def test_a_denial_phrase_said_by_an_unnamed_body_names_it_under_its_description():
    found = denials_of("Human Rights Watch said on Monday that a mining company had paid bribes to officials. "
                       "The firm said it had no involvement in the payments.")
    assert found == [("firm", "it had no involvement in the payments")]


@pytest.mark.parametrize(("text", "denier", "content"), [
    ("Police said the suspect fired first. His brother said he did not fire a shot.", "His brother",
     "he did not fire a shot"),
    ("Prosecutors say Ana Reyes took bribes. Her attorney said she never took a single bribe.", "Her attorney",
     "she never took a single bribe"),
])
def test_one_tied_to_the_doer_says_he_did_not_do_the_deed(text, denier, content):
    # wire form (round-47 challenge set): "his brother said he did not ..." answers the claim of his deed
    assert denials_of(text) == [(denier, content)]


@pytest.mark.parametrize("text", [
    "Police said the suspect fired first. His brother said he did not see the shooting.",  # another deed
    "Police said the suspect fired first. The officer said he did not fire.",  # no tie: "he" may be the officer
])
def test_a_pronoun_deed_not_spoken_for_the_doer_is_no_counter_claim(text):
    assert denials_of(text) == []
