"""A long article on one line (no paragraph breaks) is parsed in pieces no longer than CHUNK_CHARS.

Parsed as one spaCy doc, a 200,000-character line took 50-62 s where its pieces take 18-29 s: the rules
ask sentences for their entities, and spaCy's ``Span.ents`` builds every entity of the doc on each
call, so their cost grows with the square of the doc's length. Sizes are checked here, not time."""

from __future__ import annotations

from pathlib import Path

from summarizer.article import make_article
from summarizer.grounding import verify
from summarizer.offline import backend
from summarizer.offline.text import chunks, prepare
from summarizer.pipeline import Summarizer

SEED = Path(__file__).resolve().parents[1] / "evals" / "fixtures" / "seed-iraq-rockets-2019" / "article.txt"


def _one_line(chars: int) -> str:
    body = SEED.read_text(encoding="utf-8").split("\n", 1)[1]  # without the header line
    words = body.split()
    return " ".join(words * (chars // len(" ".join(words)) + 1))[:chars]


def test_a_200000_character_line_is_cut_into_bounded_pieces_at_sentence_ends():
    text = _one_line(200_000)
    assert "\n" not in text
    prepared = prepare(text)
    pieces = chunks(prepared, backend.CHUNK_CHARS)
    assert len(pieces) >= 10
    assert all(len(p.text) <= backend.CHUNK_CHARS for p in pieces)
    assert "".join(p.text for p in pieces) == prepared.text  # nothing lost, nothing read twice
    assert all(p.text.rstrip().endswith((".", "?")) for p in pieces[:-1])  # no sentence cut in two
    for p in pieces:  # each piece maps back onto the original line
        start, end = p.span(0, len(p.text.rstrip()))  # (a separator inserted at the end maps to the next word)
        assert "".join(text[start:end].split()) == "".join(p.text.split())


def test_the_backend_gives_spacy_only_pieces_within_the_limit(monkeypatch):
    parsed: list[int] = []
    real = backend.nlp()

    class Recording:
        def pipe(self, texts, **kwargs):
            def recorded():
                for t in texts:
                    parsed.append(len(t))
                    yield t
            return real.pipe(recorded(), **kwargs)

    monkeypatch.setattr(backend, "nlp", Recording)
    monkeypatch.setattr(backend, "CHUNK_CHARS", 1500)  # the seed's single line in several pieces
    text = _one_line(6000)
    brief = Summarizer(backend="offline").summarize(make_article(text))
    assert len(parsed) >= 4 and max(parsed) <= 1500
    assert sum(parsed) == len(prepare(text).text)
    assert brief.actors and brief.claims
    assert all(verify(text, e) for item in brief.items() for e in item.evidence)
