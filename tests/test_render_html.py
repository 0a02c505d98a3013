"""The HTML evidence view without a browser: pieces cut at code-point offsets, escaping, the policy,
the CLI (summarize --format html, view). tests/test_browser.py loads the pages in Chromium."""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest
from render_helpers import ASTRAL_TEXT, HOSTILE_TEXT, astral_brief, hostile_brief
from summarizer.schemas import Brief

from summarizer.cli import main
from summarizer.render import html_page, markdown
from summarizer.render.html import segments

SEED = Path(__file__).parent / "data" / "seed_article.txt"


def _doc(page: str):
    return lxml.html.fromstring(page)


def _span_texts(tree, item) -> list[str | None]:
    """The text of each evidence span of ``item``, read back from the marks after its anchors."""
    out = []
    item_id = item.id
    for n in range(len(item.evidence)):
        found = tree.xpath(f"//span[@id='doc0-ev-{item_id}-{n}']")
        if not found:
            out.append(None)
            continue
        anchor = found[0]
        text, el = "", anchor.getnext()
        while el is not None and (el.tag == "span" or (el.tag == "mark" and item_id in el.get("data-items").split())):
            if el.tag == "span" and el is not anchor and el.get("id", "").startswith(f"doc0-ev-{item_id}-"):
                break  # the next evidence of the same item starts here
            if el.tag == "mark":
                text += el.text_content()
            if el.tail:
                break
            el = el.getnext()
        out.append(text)
    return out


def test_pieces_rebuild_the_text_and_cut_at_code_points():
    brief = astral_brief()
    pieces = segments(brief, ASTRAL_TEXT)
    assert "".join(p.text for p in pieces) == ASTRAL_TEXT
    covered = {i for p in pieces for i in p.items}
    assert covered == {i.id for i in brief.items()}
    for item in brief.items():
        for e in item.evidence:
            assert "".join(p.text for p in pieces if item.id in p.items) .find(e.text) >= 0


def test_every_span_reads_back_as_its_evidence_with_astral_characters():
    brief = astral_brief()
    tree = _doc(html_page([(brief, ASTRAL_TEXT)]))
    for item in brief.items():
        assert _span_texts(tree, item) == [e.text for e in item.evidence], item.id
    assert "".join(tree.xpath("//div[@class='body']")[0].itertext()) == ASTRAL_TEXT


def test_denial_is_drawn_under_the_claim_it_answers():
    tree = _doc(html_page([(astral_brief(), ASTRAL_TEXT)]))
    denial = tree.get_element_by_id("doc0-d1")
    assert denial.xpath("ancestor::li[contains(@class, 't-claim')]")[0].get("id") == "doc0-c1"


def test_untrusted_text_and_model_output_stay_text():
    page = html_page([(hostile_brief(), HOSTILE_TEXT)])
    tree = _doc(page)
    # exactly one script element (the page's own), no element from the article or the model
    assert len(tree.xpath("//script")) == 1 and not tree.xpath("//img") and not tree.xpath("//textarea")
    assert not tree.xpath("//*[@onerror or @onload or @onclick]") and not tree.xpath("//b[text()='bold']")
    body = "".join(tree.xpath("//div[@class='body']")[0].itertext())
    assert body == HOSTILE_TEXT  # shown as the characters it is made of
    assert "window.pwned = 3" in tree.text_content() and "<script>window.pwned = 4</script>" in tree.text_content()
    # flagged: not found evidence, an invalid link
    denial = tree.get_element_by_id("doc0-d1")
    flags = " ".join(denial.xpath(".//span[@class='flag']/text()"))
    assert "evidence not found" in flags and "invalid:" in flags and "not a claim of this brief" in flags


def test_policy_allows_only_the_pages_own_style_and_script():
    page = html_page([(astral_brief(), ASTRAL_TEXT)])
    tree = _doc(page)
    policy = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    assert re.search(r"script-src 'sha256-[A-Za-z0-9+/=]+'", policy) and re.search(r"style-src 'sha256-", policy)
    # nothing loaded from anywhere: no src or external href, no style attribute (the policy would block it)
    assert not tree.xpath("//*[@src]") and not tree.xpath("//*[@style]")
    assert all(h.startswith("#") for h in tree.xpath("//a/@href"))


def test_content_is_all_there_without_javascript():
    tree = _doc(html_page([(astral_brief(), ASTRAL_TEXT), (hostile_brief(), HOSTILE_TEXT)]))
    for script in tree.xpath("//script"):
        script.drop_tree()
    assert [s.get("id") for s in tree.xpath("//section")] == ["doc0", "doc1"]
    assert not tree.xpath("//section[@hidden]") and len(tree.xpath("//nav//a")) == 2
    assert tree.xpath("//mark[@title]")  # hover lists work natively too


def test_brief_without_its_text_shows_evidence_as_quotes():
    tree = _doc(html_page([(astral_brief(), None)]))
    assert not tree.xpath("//mark[@data-items]") and "not given" in tree.text_content()
    assert "denied that the 𝕏 army attacked" in tree.text_content()


def test_markdown_import_path_unchanged():
    assert markdown(astral_brief()).startswith("# Brief: astral")


@pytest.fixture(scope="module")
def seed_json(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed") / "seed.json"
    assert main(["summarize", str(SEED), "--backend", "offline", "--format", "json", "-o", str(out)]) == 0
    return out


def test_view_finds_the_text_by_its_hash_and_summarize_html_matches(seed_json, tmp_path, capsys):
    brief = Brief.model_validate_json(seed_json.read_text(encoding="utf-8"))
    jsonl = tmp_path / "briefs.jsonl"
    jsonl.write_text(seed_json.read_text(encoding="utf-8").replace("\n", "") + "\n", encoding="utf-8")
    page = tmp_path / "view.html"
    elsewhere = tmp_path / "copy.txt"
    elsewhere.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["view", str(jsonl), "--articles", str(elsewhere), "-o", str(page)]) == 0
    tree = _doc(page.read_text(encoding="utf-8"))
    assert {i for m in tree.xpath("//mark/@data-items") for i in m.split()} == {i.id for i in brief.items()}
    direct = tmp_path / "direct.html"
    assert main(["summarize", str(SEED), "--backend", "offline", "--format", "html", "-o", str(direct)]) == 0
    assert len(_doc(direct.read_text(encoding="utf-8")).xpath("//mark")) == len(tree.xpath("//mark"))


def test_view_without_the_text_warns_and_bad_input_is_one_line(seed_json, tmp_path, capsys):
    data = json.loads(seed_json.read_text(encoding="utf-8"))
    data["article"]["id"] = "gone.txt"
    lone = tmp_path / "lone.json"
    lone.write_text(json.dumps(data), encoding="utf-8")
    assert main(["view", str(lone), "-o", str(tmp_path / "p.html")]) == 0
    assert "article text not found" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text('{"summary": 3}', encoding="utf-8")
    assert main(["view", str(bad), "-o", str(tmp_path / "q.html")]) == 3
    err = capsys.readouterr().err
    assert err.startswith("summarizer: error:") and "not a brief" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "q.html").exists()


def test_brief_jsonl_splits_at_newlines_only(tmp_path):
    # a brief's text may hold U+2028 unescaped (ensure_ascii=False); it is no line break of JSONL
    from summarizer.render.cli import load_briefs

    brief = astral_brief()
    brief = brief.model_copy(update={"summary": "One\u2028two."})
    path = tmp_path / "briefs.jsonl"
    line = json.dumps(brief.model_dump(mode="json"), ensure_ascii=False)
    path.write_text(line + "\n" + line + "\n", encoding="utf-8")
    loaded = list(load_briefs(str(path)))
    assert [b.summary for b in loaded] == ["One\u2028two.", "One\u2028two."]
