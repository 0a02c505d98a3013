"""``evals/pool/oldnews.py`` (through ``evals/pool/build.py``): the older-Wikinews pool's conversions and what it
leaves out. Invented CoNLL-U, wikitext and pages only."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pool_modules import load
from summarizer.evals import census

oldnews = load("oldnews")

CONLLU = """# newdoc id = GUM_news_invented
# meta::dateCreated = 2031-05-06
# meta::sourceURL = https://en.wikinews.org/wiki/Invented_flood
# meta::title = Invented flood
# newpar
# newpar_block = head (1 s)
# sent_id = GUM_news_invented-1
# text = Flood hits Norland
1\tFlood\tflood\tNOUN\tNN\t_\t2\tnsubj\t_\t_
2\thits\thit\tVERB\tVBZ\t_\t0\troot\t_\t_

# newpar
# newpar_block = p (2 s)
# text = Rivers rose on Monday.
1\tRivers\triver\tNOUN\tNNS\t_\t2\tnsubj\t_\t_

# text = "It was fast," a farmer said.
1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\t_

# newpar
# text = Two people died.
1\tTwo\ttwo\tNUM\tCD\t_\t2\tnummod\t_\t_
"""


def test_conllu_headline_is_the_title_and_paragraphs_keep_their_text_lines():
    meta, title, text = oldnews.conllu_article(CONLLU)
    assert title == "Flood hits Norland"
    assert text == 'Rivers rose on Monday. "It was fast," a farmer said.\n\nTwo people died.'
    assert meta["dateCreated"] == "2031-05-06" and meta["sourceURL"].endswith("/Invented_flood")


def test_wikitext_becomes_plain_text():
    wikitext = ("{{date|March 3, 2031}}\n{{Norland}}\n\n[[File:Dam.jpg|thumb|The dam, see [[Dam]]]]"
                "'''Norland''' police said the {{w|Harlow Dam|dam}} at [[w:Harlow|Harlow]] broke.<ref>Invented</ref> "
                "The mayor  of [[Dorn]] spoke to [http://example.org ''The Times''].\n\n\n"
                "* a list line\n\n== Sources ==\n* {{source|url=http://example.org}}\n")
    assert oldnews.wikitext_to_plain(wikitext) == ("Norland police said the dam at Harlow broke. "
                                                   "The mayor of Dorn spoke to The Times.")


@pytest.mark.parametrize("wikitext, categories, expected", [
    ("{{date|December 4, 2031}}\n\nText.", [], dt.date(2031, 12, 4)),
    ("'''December 3, 2031'''\n\nText.", ["Politics and conflicts", "December 3, 2031"], dt.date(2031, 12, 3)),
    ("'''December 2031'''\n\nText.", ["Norland"], None),
])
def test_wikinewssum_date_from_the_template_or_a_date_category(wikitext, categories, expected):
    assert oldnews.wikinewssum_date(wikitext, categories) == expected


@pytest.mark.parametrize("wikitext, damaged", [
    ("{{Norland}}{{byline|dateolice said", True),
    ("{{Byline|daten his tenure", True),  # the capital B too
    ("{{byline|date=March 3, 2031}}Police said", False),
    ("{{date|March 3, 2031}}Police said", False),
])
def test_a_lead_damaged_after_byline_date_is_recognised(wikitext, damaged):
    assert bool(oldnews.DAMAGED_LEAD.search(wikitext)) is damaged


def test_a_flattened_page_is_cut_before_its_sources_and_categories():
    content = "Police in ''Dorn'' said two died. == Sources == Invented Times Category:Norland Category:Crime"
    assert oldnews.katseli_text(content) == "Police in Dorn said two died."
    assert oldnews.katseli_text("Police said so. Category:Norland") == "Police said so."


FIXTURE_TEXT = "Norland's parliament voted on Tuesday to rename the capital, the speaker said after a long debate."
POOL_TEXT = "Rebels attacked the village of Varn on Monday and two soldiers were killed there, the army said."


def sources(tmp_path):
    gum = tmp_path / "gum"
    gum.mkdir()
    (gum / "GUM_news_b.conllu").write_text(CONLLU, encoding="utf-8")
    (gum / "GUM_news_a.conllu").write_text(CONLLU.replace("Flood hits Norland", "Cited headline"), encoding="utf-8")
    rows = [{"title": "Election in Norland", "text": ["{{date|January 3, 2005}}\n\nVoters went to the polls. {{PD-Article}}"],
             "categories": []},
            {"title": "Damaged", "text": "{{byline|dateolice said", "categories": []},
             {"title": "Cited", "text": "{{date|January 4, 2005}}\n\nCited text.", "categories": []},
            {"title": "Later story", "text": "Undated [[w:Norland|Norland]] text.", "categories": ["October 2, 2005"]}]
    wns = tmp_path / "endataset.json"
    wns.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    pages = [{"bestTitle": "Crosswords/2031/May/1", "content": "Across: ..."},
             {"bestTitle": "Renamed capital", "content": FIXTURE_TEXT + " Category:Norland"},
             {"bestTitle": "Village raid", "content": POOL_TEXT},
             {"bestTitle": "Storm nears Dorn", "content": "A storm neared Dorn. == Sources == x"}]
    katseli = tmp_path / "english.json"
    katseli.write_text(json.dumps(pages), encoding="utf-8")
    return gum, wns, katseli


def test_the_builder_writes_the_oldnews_pool_and_leaves_out_cited_damaged_and_shipped_rows(tmp_path, capsys):
    gum, wns, katseli = sources(tmp_path)
    fixture = tmp_path / "fixtures" / "wikinews-2031-renamed"
    fixture.mkdir(parents=True)
    (fixture / "article.txt").write_text(FIXTURE_TEXT + "\n", encoding="utf-8")
    (fixture / "gold.yaml").write_text(
        "provenance: >-\n  taken from the repository amir-zeldes/gum, path\n  dep/GUM_news_a.conllu, commit abc (row 0);"
        " and airKlizz/WikinewsSum, path endataset.json, commit def\n  (row 2).\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "other-pool.jsonl").write_text(json.dumps({"id": "o1", "text": POOL_TEXT}) + "\n", encoding="utf-8")
    assert load("build").main(["--gum", str(gum), "--wikinewssum", str(wns), "--katseli", str(katseli),
                               "--fixtures", str(fixture.parent), "--out", str(out)]) == 0
    pool = census.load_pool(out, "oldnews")
    assert [r["id"] for r in pool] == ["g001", "k003", "s000", "s003"]
    g, k, s, later = pool
    assert (g["title"], g["published"], g["url"]) == ("Flood hits Norland", "2031-05-06",
                                                     "https://en.wikinews.org/wiki/Invented_flood")
    assert g["path"] == f"amir-zeldes/gum dep/GUM_news_b.conllu@{oldnews.GUM_COMMIT}" and g["row"] == 1
    assert (k["text"], k["published"], k["url"]) == ("A storm neared Dorn.", None,
                                                     "https://en.wikinews.org/wiki/Storm_nears_Dorn")
    assert (s["text"], s["published"]) == ("Voters went to the polls.", "2005-01-03")
    assert s["license"].startswith("public domain") and later["license"] == "CC BY 2.5 (Wikinews)"
    assert later["text"] == "Undated Norland text." and later["published"] == "2005-10-02"
    err = capsys.readouterr().err
    assert "left out 2 (cited by a fixture): g000 s002" in err and "left out 1 (damaged lead): s001" in err
    assert "left out 1 (sub-page): k000" in err and "left out 2 (already shipped): k001 k002" in err
    assert not (out / "wikinews-2019-2020.jsonl").exists()  # the other pools are only written when asked for


def test_the_three_oldnews_sources_go_together(tmp_path, capsys):
    gum, wns, _ = sources(tmp_path)
    with pytest.raises(SystemExit):
        load("build").main(["--gum", str(gum), "--wikinewssum", str(wns), "--out", str(tmp_path)])
    assert "go together" in capsys.readouterr().err


def test_a_row_repeating_an_earlier_row_is_left_out():
    records = [{"id": "g000", "title": "Storm nears Dorn", "text": POOL_TEXT},
               {"id": "k005", "title": "Another title", "text": POOL_TEXT + " More."},
               {"id": "s009", "title": "storm nears  Dorn", "text": "Different words entirely, about the weather."}]
    kept: list = []
    whys = []
    for record in records:
        sh = oldnews.shingles(record["text"])
        whys.append(oldnews.duplicate(record, sh, [], kept))
        if whys[-1] is None:
            kept.append((record, sh))
    assert whys == [None, ("duplicate", "of g000: >90% same text"), ("duplicate", "of g000: same title")]
