"""The labelling loop: `label` drafts fixtures from briefs, `fixtures check` says file:line per problem."""

from __future__ import annotations

import json
import shutil
import textwrap
from pathlib import Path

import pytest
from summarizer.evals.check import check_path
from summarizer.evals.fixtures import DEFAULT_FIXTURES_DIR, load_fixtures

from summarizer.cli import main

SEED = DEFAULT_FIXTURES_DIR / "seed-iraq-rockets-2019" / "article.txt"
NEW_ARTICLE = """\
NAIROBI, Kenya (March 4) - Police arrested two men on Sunday after a grenade attack on a bus station in Nairobi
wounded eleven people, officials said. Police spokesman Charles Owino said the men were members of al-Shabaab.
The group denied any role in the attack in a statement on its radio station.
"""


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("labels")
    new = root / "nairobi-bus-station.txt"
    new.write_text(NEW_ARTICLE, encoding="utf-8")
    out = root / "drafts"
    assert main(["label", str(SEED), "--backend", "offline", "-o", str(out)]) == 0
    assert main(["label", str(new), "--backend", "offline", "--published", "2019-03-05", "-o", str(out)]) == 0
    return out


def test_label_writes_a_valid_draft_per_article(drafts, capsys):
    fixtures = load_fixtures(drafts)
    assert [f.id for f in fixtures] == ["nairobi-bus-station", "seed-iraq-rockets-2019"]
    seed = fixtures[1]
    assert seed.text == SEED.read_text(encoding="utf-8")  # the text the offsets point into, byte for byte
    assert seed.published.isoformat() == "2019-12-10" and seed.provenance is None  # left to fill
    gold = seed.gold
    assert gold.actors and gold.incidents and gold.claims and gold.denials
    esper = [d for d in gold.denials if d.denier == "Mark Esper"]
    assert esper and "troops" in esper[0].responds_to
    assert any(c.content == esper[0].responds_to for c in gold.claims)
    raw = (drafts / "seed-iraq-rockets-2019" / "gold.yaml").read_text(encoding="utf-8")
    assert "# TO FILL" in raw and "# evidence:" in raw
    assert (drafts / "seed-iraq-rockets-2019" / "brief.html").read_text(encoding="utf-8").count("<mark") > 10


def test_drafts_pass_the_check_and_score_as_the_brief_they_came_from(drafts, capsys):
    assert main(["fixtures", "check", str(drafts)]) == 0
    assert "2 fixture(s) checked: no problems" in capsys.readouterr().err
    report = drafts.parent / "report.json"
    assert main(["eval", "--fixtures", str(drafts), "--backend", "offline", "--json", "-o", str(report),
                 "--no-progress", "--resamples", "100"]) == 0
    fields = json.loads(report.read_text(encoding="utf-8"))["fields"]
    # the gold is the brief itself: the scorer must find every item again
    assert all(fields[f]["f1"] == 1.0 for f in ("actors", "incidents", "claims", "denials")), fields


def test_label_never_overwrites_a_fixture(drafts, tmp_path, capsys):
    other = tmp_path / "other.txt"
    other.write_text(NEW_ARTICLE.replace("eleven", "twelve"), encoding="utf-8")
    before = (drafts / "seed-iraq-rockets-2019" / "gold.yaml").read_text(encoding="utf-8")
    rc = main(["label", str(SEED), str(other), "--backend", "offline", "-o", str(drafts)])
    err = capsys.readouterr().err
    assert rc == 1 and "exists: not overwritten" in err and "1 draft(s) written" in err
    assert (drafts / "seed-iraq-rockets-2019" / "gold.yaml").read_text(encoding="utf-8") == before
    assert (drafts / "other" / "gold.yaml").is_file()


BROKEN = """\
format: 1
id: broken-one
published: 2019-13-45
text_file: article.txt
gold:
  actors:
    - name: Afghan forces
      kind: military
    - name: officials
      kind: goverment
  incidents:
    - type: arrest
      date: 10 June 2010
      perpetrator: Afghan army
  claims:
    - claimant: officials
      content: a commander was detained
      evidence: detained a Taliban   commander
    - claimant: the ministry
      content: forces killed nobody
      evidence: killed nobody at all
  denials:
    - denier: officials
      content: that civilians were hurt
      responds_to: a completely unrelated statement about weather
      evidence: Afghan forces Detained
      colour: red
"""


def test_check_names_file_and_line_of_every_problem(tmp_path, capsys):
    folder = tmp_path / "fx" / "broken-one"
    folder.mkdir(parents=True)
    (folder / "article.txt").write_text("KABUL - Afghan forces detained a Taliban commander on Monday, officials said.\n")
    (folder / "gold.yaml").write_text(BROKEN, encoding="utf-8")
    twin = tmp_path / "fx" / "twin"
    twin.mkdir()
    (twin / "gold.yaml").write_text(textwrap.dedent("""\
        format: 1
        id: broken-one
        text: Some text.
        """), encoding="utf-8")
    rc = main(["fixtures", "check", str(tmp_path / "fx")])
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    path = str(folder / "gold.yaml")

    def at(line: int, words: str) -> bool:
        return any(x.startswith(f"{path}:{line}: ") and words in x for x in lines)

    assert rc == 7 and captured.err.startswith("summarizer: error:") and "problem(s)" in captured.err
    assert at(3, "published") and at(10, "kind") and at(13, "not ISO") and at(14, "perpetrator 'Afghan army'")
    assert at(19, "claimant 'the ministry'") and at(21, "evidence not found") and at(26, "differs in case")
    assert at(25, "warning: responds_to matches no claim") and at(27, "colour")
    assert not any("detained a Taliban" in x for x in lines)  # whitespace differences are fine
    assert any(x.startswith(str(twin / "gold.yaml") + ":1: duplicate fixture id") for x in lines)
    assert len(lines) == 10, lines


def test_shipped_fixtures_pass_the_check(tmp_path, capsys):
    problems, checked = check_path(DEFAULT_FIXTURES_DIR)
    assert checked == len(load_fixtures()) and all(p.warning for p in problems), [str(p) for p in problems]
    # a warning (a denial answering a report, as text) is not a problem, unless --strict
    warned = tmp_path / "warned"
    shutil.copytree(DEFAULT_FIXTURES_DIR / "voa-2015-11-bangkok-shrine-bombing-indictment", warned)
    assert main(["fixtures", "check", str(warned)]) == 0
    assert ": warning: responds_to" in capsys.readouterr().out
    assert main(["fixtures", "check", "--strict", str(warned)]) == 7


def test_check_of_a_missing_folder_or_invalid_yaml(tmp_path, capsys):
    bad = tmp_path / "x.yaml"
    bad.write_text("format: 1\nid: [unclosed\n", encoding="utf-8")
    assert main(["fixtures", "check", str(bad)]) == 7
    assert capsys.readouterr().out.startswith(f"{bad}:3: invalid YAML")
    assert main(["fixtures", "check", str(tmp_path / "nope")]) == 7
