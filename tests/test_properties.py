"""Property-based tests (hypothesis): loading, grounding and date resolution never raise on
arbitrary Unicode, and every grounded offset is in range and reproduces its evidence."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from summarizer.schemas.brief import GroundingStatus

from summarizer import InputError
from summarizer.article import decode, make_article
from summarizer.dates import find_date_expression, iso_from_model, resolve
from summarizer.grounding import Grounder, verify

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# any code point, surrogates and control characters included, with plenty of spaces and quotes
UNICODE = st.text(st.one_of(st.characters(exclude_categories=()), st.sampled_from(" \n\t\u00a0’“”–.,")), max_size=300)
DATES = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 8), max_value=dt.date(9999, 12, 24)))


@FAST
@given(UNICODE)
def test_make_article_gives_an_article_of_the_same_length_or_an_input_error(text):
    try:
        article = make_article(text)
    except InputError:
        return
    assert len(article.text) == len(text) and article.text.strip()
    article.text.encode("utf-8")  # no lone surrogate survives
    assert len(article.sha256) == 64


@FAST
@given(st.binary(max_size=400))
def test_decode_any_bytes_gives_text_or_an_input_error(data):
    try:
        text, warnings = decode(data)
    except InputError:
        return
    assert isinstance(text, str) and all(isinstance(w, str) for w in warnings)


def _check(text: str, quote: str) -> None:
    ev = Grounder(text).evidence(quote)
    assert verify(text, ev)
    if ev.status != GroundingStatus.not_found:
        assert 0 <= ev.start <= ev.end <= len(text)
        assert text[ev.start:ev.end] == ev.text


@FAST
@given(UNICODE, UNICODE)
def test_grounding_arbitrary_quote(text, quote):
    _check(text, quote)


@FAST
@given(UNICODE, st.data())
def test_grounding_a_reworded_piece_of_the_text(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    piece = text[start:end]
    variant = data.draw(st.sampled_from([piece, piece.upper(), " ".join(piece.split()), piece.replace("’", "'"),
                                         piece[1:-1]]))
    _check(text, variant)
    if piece.strip() and piece == piece.strip():
        ev = Grounder(text).evidence(piece)
        assert ev.status == GroundingStatus.exact


@FAST
@given(UNICODE, DATES)
def test_date_resolution_never_raises(expression, published):
    value = resolve(expression, published)
    assert value is None or value.iso is None or dt.date.fromisoformat(value.iso)
    find_date_expression(expression)
    iso_from_model(expression[:20], expression, published)
