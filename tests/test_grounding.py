from pathlib import Path

import pytest
from summarizer.schemas.brief import GroundingStatus

from summarizer.grounding import Grounder, normalize, verify

SEED = (Path(__file__).parent / "data" / "seed_article.txt").read_text(encoding="utf-8")


def test_exact_quote():
    g = Grounder(SEED)
    e = g.evidence("several US officials tell CNN")
    assert e.status == GroundingStatus.exact and SEED[e.start : e.end] == e.text and e.quote is None


@pytest.mark.parametrize(
    "quote",
    [
        "We take these incidents seriously as do our Iraqi Security Forces partners",  # blank lines inside
        "attacks on U.S. and Coalition personnel and facilities will not be tolerated",  # four newlines inside
        "PENTAGON SPOKESPERSON CDR. SEAN ROBERTSON",  # case
        "I\u2019m not looking at any major deployments",  # typographic apostrophe
    ],
)
def test_wrapped_lines_and_case_map_back_to_original_offsets(quote):
    e = Grounder(SEED).evidence(quote)
    assert e.status == GroundingStatus.normalized
    assert SEED[e.start : e.end] == e.text
    assert " ".join(e.text.split()).casefold().replace("'", "\u2019") == " ".join(quote.split()).casefold().replace("'", "\u2019")


def test_fuzzy_quote_snaps_to_words_and_keeps_what_was_asked():
    asked = "I'm not lookng at any major deployments coming up in the region"
    e = Grounder(SEED).evidence(asked)
    assert e.status == GroundingStatus.fuzzy and 0.85 <= e.score < 1
    assert e.text.startswith("I'm not looking") and SEED[e.start : e.end] == e.text
    assert e.quote == asked


def test_not_found_has_no_offsets():
    e = Grounder(SEED).evidence("Bananas were distributed to the troops by helicopter")
    assert e.status == GroundingStatus.not_found and e.start is None and verify(SEED, e)


def test_hint_prefers_the_later_occurrence():
    text = "Esper spoke. Later, Esper spoke again."
    assert Grounder(text).evidence("Esper", hint=10).start == text.index("Esper", 10)


def test_normalize_index_map_points_into_the_original():
    text = "A\u00a0\n\n “Quote”  Ends"
    norm, index = normalize(text)
    assert norm == 'a "quote" ends'
    assert all(text[index[i]].casefold() in (norm[i], "\u201c", "\u201d") or text[index[i]].isspace() for i in range(len(norm)))
