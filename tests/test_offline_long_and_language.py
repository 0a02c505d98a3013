"""The offline backend on long articles (parsed in pieces at paragraph ends) and on articles in
another language (a warning in the brief and one line on stderr)."""

from __future__ import annotations

from pathlib import Path

from summarizer.schemas import Brief

from summarizer.article import make_article
from summarizer.cli import main
from summarizer.grounding import verify
from summarizer.offline import backend
from summarizer.offline.text import _LANGUAGE_TAG, _intro_line, chunks, prepare
from summarizer.pipeline import Summarizer

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "evals" / "fixtures"
SEED = FIXTURES / "seed-iraq-rockets-2019" / "article.txt"
# written for this test: a short news report in Spanish
SPANISH = (
    "El Gobierno de España negó ayer que el Ministerio del Interior hubiera ocultado las cifras de detenidos "
    "durante las protestas de Barcelona. El portavoz aseguró que todos los datos se publicaron a tiempo y que "
    "la oposición miente cuando habla de cientos de arrestos sin registrar.\n"
)


def test_pieces_end_at_paragraphs_and_map_onto_the_original():
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*/article.txt"))[:12])
    prepared = prepare(text)
    pieces = chunks(prepared, 5000)
    assert len(pieces) >= 4
    assert "".join(p.text for p in pieces) == prepared.text
    # preparation reads curly quotes as straight ones and through editorial brackets ("[AM]"), and drops a link's
    # language tag in a line introducing a quote ("wrote [ru]:")
    quotes = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "[": None, "]": None})
    for p in pieces:
        assert len(p.text) <= 5000
        assert p.text.endswith("\n") or p is pieces[-1]
        start, end = p.span(0, len(p.text))
        read = _LANGUAGE_TAG.sub(lambda m, at=start: "" if _intro_line(text, at + m.end()) else m.group(0), text[start:end])
        assert "".join(read.split()).translate(quotes) == "".join(p.text.split())  # a link's "[es]:" dropped


def test_a_long_article_is_briefed_in_pieces_with_exact_evidence(monkeypatch):
    seed = SEED.read_text(encoding="utf-8")
    text = "\n\n".join([seed] * 6)
    monkeypatch.setattr(backend, "CHUNK_CHARS", 5000)  # pieces of a few paragraphs, as a 5 MB article gets
    brief = Summarizer(backend="offline").summarize(make_article(text))
    one = Summarizer(backend="offline").summarize(make_article(seed))
    assert all(verify(text, e) for item in brief.items() for e in item.evidence)
    # the same people found; claims from every piece; ids unique after resolution
    assert {a.name for a in one.actors if a.kind == "person"} <= {a.name for a in brief.actors}
    assert len(brief.claims) >= 5 * len(one.claims)
    assert len({c.id for c in brief.claims}) == len(brief.claims)
    starts = {e.start for c in brief.claims for e in c.evidence}
    assert max(starts) > len(text) - len(seed)  # the last piece was read too


def test_an_article_not_in_english_gets_a_warning():
    brief = Summarizer(backend="offline").summarize(make_article(SPANISH))
    assert any("English only" in w and "'es'" in w for w in brief.warnings)
    english = Summarizer(backend="offline").summarize(make_article(SEED.read_text(encoding="utf-8")))
    assert not any("English only" in w for w in english.warnings)


def test_the_language_warning_is_one_line_on_stderr(tmp_path, capsys):
    path = tmp_path / "noticia.txt"
    path.write_text(SPANISH, encoding="utf-8")
    rc = main(["summarize", str(path), "--backend", "offline", "--format", "json"])
    out, err = capsys.readouterr()
    assert rc == 0
    assert any("English only" in w for w in Brief.model_validate_json(out).warnings)
    lines = [ln for ln in err.splitlines() if "English only" in ln]
    assert len(lines) == 1 and lines[0].startswith("summarizer: ")


def test_a_camel_case_name_is_no_glued_paragraph():
    # pool: PolitiFact (dev wikinews-2019-09-house-issues-subpoena), BlackBerry, ExxonMobil, WhatsApp, SpaceX
    text = "PolitiFact said BlackRock, LinkedIn, SpaceX and WhatsApp denied it. The RealClearPolitics average fell."
    assert prepare(text).text == text
    # a heading or a caption glued on is still a line of its own ("ProbeBOSTON", "chargesProsecutors")
    assert prepare("Court Rules on ProbeThe judge said").text == "Court Rules on Probe\nThe judge said"
    assert prepare("said Bill CollinsImage: NASA.").text == "said Bill Collins\nImage: NASA."
    assert prepare("Report on SurvivorsBOSTON - The").text == "Report on Survivors\nBOSTON - The"
    assert prepare("Court Rules on ProbeProsecutors said").text == "Court Rules on Probe\nProsecutors said"
    assert prepare("Parents Questioned in DagestanU.S. investigators said").text.startswith("Parents Questioned in Dagestan\nU.S.")


def test_prepare_copies_plain_words_whole_and_maps_every_character():
    # text.prepare copies a run of plain words at once (_PLAIN_RUN); whitespace, tags, brackets and
    # character references are read as before, one at a time
    text = ('Lt. Col.\nSmith said  [the army] fired <br> at Kabul &amp; Herat.\n\nKashin wrote [ru]:\n'
            '"No one &nbsp; was hurt," he said.')
    prepared = prepare(text)
    assert prepared.text == 'Lt. Col.\nSmith said the army fired at Kabul & Herat.\nKashin wrote:\n"No one  was hurt," he said.'
    assert len(prepared.index) == len(prepared.text)
    assert all(text[o] == c for c, o in zip(prepared.text, prepared.index) if not c.isspace() and c != "&")
    assert [prepared.index[k] for k in (8, 18, 19, 20, 37, 45)] == [8, 18, 19, 22, 45, 57]
