"""``python -m summarizer.evals.census``: brief a pool, diff two runs item by item. Invented pool and briefs only."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest
from summarizer.evals import census, silver

ARTICLES = [
    {"id": "x0001", "source": "Invented Times", "published": "2021-03-04", "title": "t", "url": None,
     "text": "Police in the town of Harlow said on Tuesday that two men were arrested after a fire destroyed a "
             "warehouse. The mayor, Anna Kowalczyk, said the town would rebuild it. The owner denied that the "
             "building was unsafe. Nobody was hurt in the fire, officials said.\n"},
    {"id": "x0002", "source": "Invented Times", "published": "2021-03-05", "title": "t", "url": None,
     "text": "The government of Norland announced on Friday that it will open two new schools in the capital next "
             "year. The education minister, Piet Jansen, said the schools would take a thousand pupils. Teachers' "
             "unions welcomed the plan, according to a statement.\n"},
    {"id": "x0003", "source": "Invented Times", "published": None, "text": "Too short to brief."},
]

TEXT = "Rebels attacked the village of Dorn on Monday. Two soldiers were killed, the army said. Mr. Ode agreed."


def ev(text, phrase):
    start = text.index(phrase)
    return [{"text": phrase, "start": start, "end": start + len(phrase), "status": "exact", "score": 1.0}]


def brief(actors, incidents, claims=()):
    return {"summary": "", "actors": list(actors), "incidents": list(incidents), "claims": list(claims), "denials": []}


def actor(aid, name, kind="organization"):
    return {"id": aid, "name": name, "aliases": [], "kind": kind, "role": None, "evidence": ev(TEXT, name), "issues": []}


def incident(killed):
    return {"id": "i1", "type": "attack", "description": "Rebels attacked the village", "location": "Dorn",
            "date": {"iso": "2022-05-02", "text": "Monday", "precision": "day"}, "perpetrator": "a1",
            "perpetrator_name": "Rebels", "killed": killed, "evidence": ev(TEXT, "Rebels attacked the village of Dorn"),
            "issues": []}


def claim(cid, claimant_id):
    return {"id": cid, "claimant": claimant_id, "claimant_name": "army", "content": "Two soldiers were killed",
            "evidence": ev(TEXT, "Two soldiers were killed, the army said"), "issues": []}


@pytest.fixture
def pool(tmp_path):
    folder = tmp_path / "pool"
    folder.mkdir()
    (folder / "invented-news.jsonl").write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    (folder / "other-source.jsonl").write_text(json.dumps({"id": "y1", "text": TEXT}) + "\n", encoding="utf-8")
    return folder


def write(path, data):
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_diff_lists_added_removed_and_changed_items_with_their_sentences_and_totals(tmp_path, capsys):
    # ids renumber (the army is a2 before, a3 after): items are matched by name and content, not id
    base = {"d1": brief([actor("a1", "Rebels"), actor("a2", "army")], [incident(1)], [claim("c1", "a2")]),
            "same": brief([actor("a1", "Rebels")], [])}
    new = {"d1": brief([actor("a1", "Rebels"), actor("a2", "Ode", "person"), actor("a3", "army")], [incident(2)],
                       [claim("c1", "a3")]),
           "same": brief([actor("a1", "Rebels")], [])}
    (tmp_path / "pool").mkdir()
    (tmp_path / "pool" / "p-x.jsonl").write_text(json.dumps({"id": "d1", "text": TEXT, "title": "Invented raid"}) + "\n",
                                                  encoding="utf-8")
    assert census.main(["diff", write(tmp_path / "b.json", base), write(tmp_path / "n.json", new),
                        "--pool", str(tmp_path / "pool")]) == 0
    out = capsys.readouterr().out
    assert "same" not in out.split("totals:")[0]
    assert out.startswith("d1  Invented raid\n")  # the pool gives the article's title
    assert "+ actor     Ode (person)\n      « Mr. Ode agreed. »" in out
    assert "~ incident  attack 2022-05-02 @ Dorn\n      killed: 1 → 2\n      « Rebels attacked the village of Dorn on Monday. »" in out
    assert "claim" not in out.split("totals:")[0]  # the same claim, its claimant now a3: unchanged
    assert "1 of 2 articles changed" in out
    assert "actors     +1 -0 ~0" in out and "incidents  +0 -0 ~1" in out and "claims     +0 -0 ~0" in out

    # back again: the actor is removed; without the pool the evidence span is shown
    lines, totals = census.diff(new, base)
    assert "  - actor     Ode (person)" in lines and "      « Ode »" in lines
    assert totals["actors"] == {"+": 0, "-": 1, "~": 0}


def test_an_item_whose_key_changed_on_the_same_evidence_is_one_change():
    old = brief([actor("a1", "Rebels"), actor("a2", "army")], [incident(1)], [claim("c1", "a2")])
    moved = dict(claim("c1", "a1"), claimant_name="Rebels")  # the same sentence, another claimant
    changes = census.diff_brief(old, brief([actor("a1", "Rebels"), actor("a2", "army")], [incident(1)], [moved]), TEXT)
    assert [(c.op, c.label, c.details) for c in changes] == [
        ("~", "Rebels: Two soldiers were killed", ["claimant_name: army → Rebels"])]
    assert changes[0].evidence == "Two soldiers were killed, the army said."


def test_diff_of_identical_runs_is_only_zero_totals(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)  # no evals/pool here: spans only, no error
    path = write(tmp_path / "b.json", {"d1": brief([actor("a1", "Rebels")], [incident(1)])})
    assert census.main(["diff", path, path]) == 0
    assert capsys.readouterr().out.splitlines() == ["totals:", "  0 of 1 articles changed", "  actors     +0 -0 ~0",
                                                    "  incidents  +0 -0 ~0", "  claims     +0 -0 ~0",
                                                    "  denials    +0 -0 ~0"]


def test_brief_runs_on_a_small_pool_with_published_and_source(pool, tmp_path, capsys):
    out = tmp_path / "out.json"
    assert census.main(["brief", str(out), "--pool", str(pool), "--source", "invented", "--no-progress"]) == 0
    briefs = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(briefs) == ["x0001", "x0002"]  # x0003 is too short; other-source-*.jsonl is not this source
    assert briefs["x0001"]["article"]["source"] == "Invented Times"
    assert briefs["x0002"]["article"]["published"] == "2021-03-05"
    assert briefs["x0002"]["actors"]
    assert "2 briefs of 3 pool articles" in capsys.readouterr().err
    assert census.main(["diff", str(out), str(out), "--pool", str(pool)]) == 0
    assert "0 of 2 articles changed" in capsys.readouterr().out


@pytest.mark.parametrize("case", ["no-pool", "no-source", "bad-line", "no-base", "not-json", "not-briefs", "no-out-dir"])
def test_bad_input_is_one_line_and_a_nonzero_exit(case, pool, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)  # no evals/pool here
    good = write(tmp_path / "good.json", {"d1": brief([], [])})
    if case == "bad-line":
        (pool / "invented-news.jsonl").write_text('{"id": "x", "text": "t"}\n{"id": \n', encoding="utf-8")
    (tmp_path / "not.json").write_text("{oops", encoding="utf-8")
    args = {"no-pool": ["brief", "o.json"],
            "no-source": ["brief", "o.json", "--pool", str(pool), "--source", "nothing"],
            "bad-line": ["brief", "o.json", "--pool", str(pool)],
            "no-base": ["diff", "missing.json", good],
            "not-json": ["diff", good, "not.json"],
            "not-briefs": ["diff", good, write(tmp_path / "list.json", [1, 2])],
            "no-out-dir": ["brief", str(tmp_path / "nowhere" / "o.json"), "--pool", str(pool)]}[case]
    code = census.main(args)
    err = capsys.readouterr().err
    assert code != 0 and err.startswith("census: error: ") and err.count("\n") == 1 and "Traceback" not in err
    expected = {"no-pool": "--pool", "no-source": "nothing-*.jsonl", "bad-line": "invented-news.jsonl:2: not JSON",
                "no-base": "missing.json: no such file", "not-json": "not JSON", "not-briefs": "not a census file",
                "no-out-dir": "no such folder"}[case]
    assert expected in err


def test_the_pool_builder_leaves_out_cited_rows_and_keeps_texts_whole(tmp_path):
    path = Path(__file__).resolve().parents[1] / "evals" / "pool" / "build.py"  # a checkout tool, not in the package
    spec = importlib.util.spec_from_file_location("pool_build", path)
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)

    texts = ["First invented story.\n\nIt has\u2028odd breaks.", "Second story, cited by a fixture.", "Third, with \"quotes\"."]
    csv_path = tmp_path / "wikinews_2031.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["url", "date", "title", "text"])
        for i, text in enumerate(texts):
            writer.writerow([f"https://example.org/{i}", f"2031-01-0{i + 1}", f"Title {i}", text])
    segments = [{"text": "prompt"}, {"text": "PRESS RELEASE TEXT: KABUL - A release."},
                {"text": '<s>{"name": "1", "min_killed": 2}</s>'}]
    isaf_path = tmp_path / "isaf.jsonl"
    isaf_path.write_text("\n".join(json.dumps({"segments": segments}) for _ in range(3)) + "\n", encoding="utf-8")
    gold = tmp_path / "fixtures" / "fx" / "gold.yaml"
    gold.parent.mkdir(parents=True)
    gold.write_text("provenance: >-\n  taken from path data/wikinews_2031.csv, commit abc\n  (row 1). corpus id isaf_test_row0002.\n",
                    encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    assert build.main(["--wikinews", str(csv_path), "--isaf", str(isaf_path), "--fixtures", str(gold.parents[1]),
                       "--out", str(out)]) == 0
    wikinews = [json.loads(line) for line in (out / "wikinews-2019-2020.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["published"], r["source"]) for r in wikinews] == [("w2031_0000", "2031-01-01", "Wikinews"),
                                                                          ("w2031_0002", "2031-01-03", "Wikinews")]
    assert [r["text"] for r in wikinews] == [texts[0], texts[2]]
    isaf = census.load_pool(out, "isaf")
    assert [r["id"] for r in isaf] == ["i0000", "i0001"]
    assert isaf[0]["text"] == "KABUL - A release." and isaf[0]["annotation"] == {"name": "1", "min_killed": 2}


# ---------------------------------------------------------------------------------------------- silver (ISAF)

def note(event_type="detention", province="norland", date="2031-04-02", min_killed=0, airstrike=False):
    return {"name": "1", "start_date": date, "event_type": [event_type], "province": [province], "target_group": [],
            "min_killed": min_killed, "min_captured": 1, "airstrike": airstrike}


def inc(kind="arrest", date="2031-04-02", location="Varn district, Norland province", killed=None):
    return {"id": "i1", "type": kind, "description": "", "location": location,
            "date": {"iso": date, "text": "yesterday", "precision": "day"} if date else None, "killed": killed,
            "evidence": [], "issues": []}


def release(*incidents, published=None):
    return dict(brief([], incidents), article={"published": published, "source": "Invented Command"})


@pytest.mark.parametrize("annotation, incidents, expected", [
    (note(), [inc()], {"arrest": True, "strike-x": False, "killed-x": False, "date": True, "province": True}),
    (note(), [inc("attack", "2031-04-01", "Varn district")],
     {"arrest": False, "strike-x": False, "killed-x": False, "date": False, "province": False}),
    (note("insurgentskilled;detention"), [], {"arrest": False, "strike-x": False, "killed-x": False, "date": False,
                                              "province": False}),
    (note("airstrike", min_killed=3, airstrike=True), [inc("strike", killed=3)],
     {"arrest-x": False, "strike": True, "killed>=": True, "killed>0": True, "date": True, "province": True}),
    (note("airstrike", min_killed=3, airstrike=True), [inc("attack", "2031-04-05", killed=2), inc("arrest", date=None)],
     {"arrest-x": True, "strike": False, "killed>=": False, "killed>0": True, "date": False, "province": True}),
    (note("insurgentskilled", min_killed=2), [inc("attack", killed=None)],
     {"arrest-x": False, "strike-x": False, "killed>=": False, "killed>0": False, "date": True, "province": True}),
    (note("civiliancasualty"), [inc("strike", killed=1)],
     {"arrest-x": False, "strike-x": True, "killed-x": True, "date": True, "province": True}),
])
def test_silver_measures_hit_and_miss(annotation, incidents, expected):
    assert silver.measures(annotation, release(*incidents)) == expected


def test_silver_date_among_briefs_with_a_publication_date_and_no_province_no_question():
    got = silver.measures(note(province=""), release(inc(date="2031-04-02"), published="2031-04-03"))
    assert got["date|pub"] is True and "province" not in got
    assert silver.measures(note(), release(inc(date="2031-05-02"), published="2031-05-03"))["date|pub"] is False


@pytest.fixture
def isaf_pool(tmp_path):
    folder = tmp_path / "pool"
    folder.mkdir()
    rows = [{"id": "r1", "text": "An invented release.", "annotation": note()},
            {"id": "r2", "text": "Another.", "annotation": note("airstrike", min_killed=2, airstrike=True)},
            {"id": "r3", "text": "A third.", "annotation": note("insurgentskilled", min_killed=1)}]
    (folder / "invented-releases.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (folder / "invented-news.jsonl").write_text(json.dumps({"id": "n1", "text": "News, no annotation."}) + "\n",
                                               encoding="utf-8")
    return folder


def test_silver_figures_and_the_releases_a_change_touched(isaf_pool, tmp_path, capsys):
    base = {"r1": release(inc()), "r2": release(inc("attack", killed=2)), "r3": release(), "n1": release(inc())}
    new = dict(base, r2=release(inc("strike", killed=2)), r3={"error": "refused"})
    b, n = write(tmp_path / "b.json", base), write(tmp_path / "n.json", new)
    assert census.main(["silver", n, "--pool", str(isaf_pool)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("silver check of 3 ISAF releases") and "not gold" in out[0] and out[0].endswith(", 1 refused")
    rows = {line.split()[0]: line.split()[1:] for line in out[2:]}
    assert rows["arrest"] == ["1/1"] and rows["strike"] == ["1/1"] and rows["killed>="] == ["1/2"]
    assert rows["date"] == ["2/3"] and rows["date|pub"] == ["0/0"] and rows["province"] == ["2/3"]
    assert rows["arrest-x"] == ["0/2"] and rows["strike-x"] == ["0/2"] and rows["killed-x"] == ["0/1"]
    assert out[-1] == "  incidents 2 in all; releases by their number of incidents 0: 1, 1: 2; 1 with no incident"

    assert census.main(["silver", n, "--base", b, "--pool", str(isaf_pool)]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines()[1:12]}
    assert rows["measure"] == ["hits/asked", "base"] and rows["strike"] == ["1/1", "0/1"]
    assert ("r2  [annotation: airstrike, province norland, date 2031-04-02, min_killed 2, airstrike true]  strike:0->1\n"
            "  - attack[2031-04-02|Varn district, Norland province|k=2]\n"
            "  + strike[2031-04-02|Varn district, Norland province|k=2]\n") in out
    assert "r3  [annotation: insurgentskilled" in out and "  - no incident\n  + error: refused\n" in out
    assert "r1  [" not in out and "n1" not in out  # unchanged; not an ISAF release
    assert out.endswith("\n2 of 3 releases changed\n")
    assert census.main(["silver", b, "--base", b, "--pool", str(isaf_pool)]) == 0
    assert capsys.readouterr().out.endswith("\n  base      2 in all; releases by their number of incidents 0: 1, 1: 2; "
                                            "1 with no incident\n\n0 of 3 releases changed\n")


@pytest.mark.parametrize("case", ["no-briefs", "not-isaf", "bad-annotation", "bad-base", "no-pool"])
def test_silver_bad_input_is_one_line_and_a_nonzero_exit(case, isaf_pool, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    good = write(tmp_path / "good.json", {"r1": release(inc())})
    if case == "bad-annotation":
        (isaf_pool / "invented-releases.jsonl").write_text(
            json.dumps({"id": "r1", "text": "t", "annotation": dict(note(), min_killed="two")}) + "\n", encoding="utf-8")
    args = {"no-briefs": ["silver", "missing.json", "--pool", str(isaf_pool)],
            "not-isaf": ["silver", write(tmp_path / "news.json", {"n1": release()}), "--pool", str(isaf_pool)],
            "bad-annotation": ["silver", good, "--pool", str(isaf_pool)],
            "bad-base": ["silver", good, "--base", write(tmp_path / "list.json", [1]), "--pool", str(isaf_pool)],
            "no-pool": ["silver", good]}[case]
    code = census.main(args)
    err = capsys.readouterr().err
    assert code != 0 and err.startswith("census: error: ") and err.count("\n") == 1 and "Traceback" not in err
    expected = {"no-briefs": "missing.json: no such file", "not-isaf": "no brief of an annotated (ISAF) pool release",
                "bad-annotation": "pool release r1: the annotation lacks a valid min_killed", "bad-base": "not a census file",
                "no-pool": "--pool"}[case]
    assert expected in err


DENIAL_TEXT = ("The council said the bridge was unsafe. The builder denied that. It never happened, he added. "
               "Critics rejected the report. The mayor opened a park.")


def denial(denier_name, phrase):
    return {"id": "d", "denier": "a9", "denier_name": denier_name, "content": "x", "responds_to": None,
            "evidence": ev(DENIAL_TEXT, phrase), "issues": []}


def listed_row(phrase, denier, **more):
    start = DENIAL_TEXT.index(phrase)
    return dict({"id": "z1", "sentence": phrase, "start": start, "end": start + len(phrase), "denier": denier}, **more)


@pytest.mark.parametrize(("listed", "predicted", "right"), [
    ("Anna Kowalczyk", "Kowalczyk", True), ("the ministry", "Ministry", True), ("Biden", "Joe Biden", True),
    ("The builder", "the council", False), ("Aides", None, False), ("USAF", "United States Air Force", True),
    ("the Department of Justice", "DOJ", True), ("UN", "European Union", False)])
def test_same_denier_names_the_listed_one(listed, predicted, right):
    assert census.same_denier(listed, predicted) is right


def test_denials_scores_found_denier_right_misses_and_unlisted(tmp_path, capsys):
    folder = tmp_path / "pool"
    folder.mkdir()
    (folder / "invented-news.jsonl").write_text(json.dumps({"id": "z1", "text": DENIAL_TEXT}) + "\n", encoding="utf-8")
    rows = [listed_row("The builder denied that.", "the builder",
                       also=[[DENIAL_TEXT.index("It never"), DENIAL_TEXT.index(" Critics")]]),
            listed_row("Critics rejected the report.", "Critics", optional=True),
            listed_row("The council said the bridge was unsafe.", "council")]
    (folder / "denials.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    predicted = [denial("Builder", "It never happened"), denial("the mayor", "The mayor opened a park"),
                 denial("Critics", "Critics rejected")]
    briefs = write(tmp_path / "b.json", {"z1": dict(brief([], []), denials=predicted)})
    lines, fig = census.denial_census(json.loads(Path(briefs).read_text()), rows)
    assert fig == {"listed": 2, "found": 1, "denier_right": 1, "optional": 1, "predicted": 3, "not_listed": 1}
    assert census.main(["denials", briefs, "--pool", str(folder)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("listed 2 (+1 optional) in 1 articles; found 1, denier right 1; predicted 3, "
                          "not in the list 1; F1 (denier right) 0.500\n")
    assert "  z1  council [not found]\n      « The council said the bridge was unsafe. »" in out
    assert out.endswith("  z1  the mayor: x\n      « The mayor opened a park. »\n")
    assert "builder" not in out.split("missed")[1].lower()  # found with its denier: not listed as a miss


def test_denials_scores_any_source_against_its_own_rows_of_every_list(tmp_path, capsys):
    folder = tmp_path / "pool"
    folder.mkdir()
    articles = [{"id": "z1", "text": DENIAL_TEXT}, {"id": "y1", "text": DENIAL_TEXT}]
    (folder / "invented-news.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    (folder / "denials.jsonl").write_text(json.dumps(listed_row("The builder denied that.", "the builder")) + "\n",
                                          encoding="utf-8")
    more = dict(listed_row("Critics rejected the report.", "Critics"), id="y1", source="invented")
    (folder / "denials-more.jsonl").write_text(json.dumps(more) + "\n", encoding="utf-8")
    assert [a["id"] for a in census.load_pool(folder)] == ["z1", "y1"]  # the lists are not articles
    assert [r["id"] for r in census.pool_denials(folder)] == ["z1", "y1"]
    briefs = write(tmp_path / "b.json", {"y1": dict(brief([], []), denials=[denial("critics", "Critics rejected")])})
    assert census.main(["denials", briefs, "--pool", str(folder)]) == 0
    assert capsys.readouterr().out.startswith("listed 1 (+0 optional) in 1 articles; found 1, denier right 1; "
                                              "predicted 1, not in the list 0; F1 (denier right) 1.000\n")
    assert census.main(["denials", briefs, "--pool", str(folder), "--list", str(folder / "denials.jsonl")]) == 0
    assert "listed 0 (+0 optional) in 0 articles" in capsys.readouterr().out
