"""``evals/pool/meantime.py`` (through ``evals/pool/build.py``): MEANTIME's tokens back to text, and the pool
built from a git repository laid out like newsreader/eso-and-ceo. Invented articles only."""

from __future__ import annotations

import gzip
import subprocess
from pathlib import Path

from pool_modules import load
from summarizer.evals import census

meantime = load("meantime")


def test_tokens_are_joined_as_written_text():
    tokens = ["The", "U.S.", "firm", "'s", "shares", "(", "Wal", "-", "Mart", ")", "fell", "5", "%", ",",
              "``", "we", "'", "re", "sure", "''", ",", "said", '"', "Jo", '"', "--", "an", "aide", "."]
    assert meantime.detok(tokens, [False]) == \
        'The U.S. firm\'s shares (Wal-Mart) fell 5%, "we\'re sure", said "Jo" -- an aide.'


def _cat(sentences: list[str]) -> str:
    tokens = "".join(f'<token t_id="{i}{j}" sentence="{i}" number="{j}">{w}</token>'
                     for i, s in enumerate(sentences) for j, w in enumerate(s.split()))
    return f'<Document doc_name="x">{tokens}<Markables/></Document>'


def _repo(tmp_path: Path) -> Path:
    """A git repository with two CAT files and the RDF file at one commit; its hash stands in for COMMIT."""
    repo = tmp_path / "eso"
    folder = repo / meantime.DIR / "CAT_XML_TEST"
    folder.mkdir(parents=True)
    (folder / "1_Storm_hits_Norland.xml").write_text(
        _cat(["Storm hits Norland", "March 06 , 2005", "A storm hit Norland on Sunday .", "Two people died ."]))
    (folder / "2_Court_fines_Acme.xml").write_text(
        _cat(["Court fines Acme", "October 02 , 2008", "A court fined Acme Corp on Monday ."]))
    rdf = "<http://en.wikinews.org/wiki/Storm_hits_Norland#char=0,5> <http://en.wikinews.org/wiki/Court_fines_Acme>"
    (repo / meantime.TRIG).write_bytes(gzip.compress(rdf.encode()))
    for args in (["init", "-q"], ["add", "."], ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "x"]):
        subprocess.run(["git", "-C", str(repo), *args], check=True)
    return repo


def test_the_builder_writes_the_meantime_pool_and_leaves_out_cited_rows(tmp_path, monkeypatch, capsys):
    repo = _repo(tmp_path)
    head = subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    fixture = tmp_path / "fixtures" / "wikinews-2008-10-court-fines-acme"
    fixture.mkdir(parents=True)
    (fixture / "article.txt").write_text("October 02, 2008\n\nA court fined Acme Corp on Monday.", encoding="utf-8")
    (fixture / "gold.yaml").write_text("provenance: >-\n  MEANTIME, commit abc (meantime pool id m001).\n")
    out = tmp_path / "out"
    out.mkdir()
    build = load("build")
    monkeypatch.setattr(build, "_sibling", lambda name: meantime if name == "meantime" else load(name))
    monkeypatch.setattr(meantime, "COMMIT", head)
    assert build.main(["--meantime", str(repo), "--fixtures", str(fixture.parent), "--out", str(out)]) == 0
    [row] = census.load_pool(out, "meantime")
    assert row["id"] == "m000" and row["title"] == "Storm hits Norland" and row["published"] == "2005-03-06"
    assert row["text"] == "March 06, 2005\n\nA storm hit Norland on Sunday. Two people died."
    assert row["url"] == "https://en.wikinews.org/wiki/Storm_hits_Norland"
    assert row["license"].startswith("public domain")  # before Wikinews moved to CC BY 2.5
    assert "left out m001 (cited by a fixture: wikinews-2008-10-court-fines-acme)" in capsys.readouterr().err
