"""The evidence view and the eval report in a real browser: Debian's headless Chromium, driven by
Selenium through Debian's chromedriver (given by path, so Selenium Manager downloads nothing).

Skipped, with the reason, only when Chromium or its driver is not installed (`.ci/run` installs
them). Screenshots go to tests/artifacts/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from render_helpers import ASTRAL_TEXT, HOSTILE_TEXT, astral_brief, hostile_brief
from summarizer.evals.fixtures import DEFAULT_FIXTURES_DIR
from summarizer.schemas import Brief

from summarizer.cli import main
from summarizer.render import html_page

ARTIFACTS = Path(__file__).parent / "artifacts"
SEED = DEFAULT_FIXTURES_DIR / "seed-iraq-rockets-2019" / "article.txt"


def _find(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name) or (name if os.path.isfile(name) else None)
        if found:
            return found
    return None


CHROMIUM = _find(os.environ.get("SUMMARIZER_CHROMIUM", ""), "/usr/bin/chromium", "chromium")
CHROMEDRIVER = _find(os.environ.get("SUMMARIZER_CHROMEDRIVER", ""), "/usr/bin/chromedriver", "chromedriver")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER),
                       reason="needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)"),
]

# every piece of each evidence span, read back in the page: from the span's anchor, the marks that
# carry the item, up to plain text or the item's next span
SPAN_TEXT_JS = """
const [doc, item, count] = arguments;
const out = [];
for (let n = 0; n < count; n++) {
  const anchor = document.getElementById(`${doc}-ev-${item}-${n}`);
  if (!anchor) { out.push(null); continue; }
  let text = "", el = anchor.nextSibling;
  while (el) {
    if (el.nodeType === 1 && el.classList.contains("anchor")) {
      if (el.id.startsWith(`${doc}-ev-${item}-`)) break;
      el = el.nextSibling; continue;
    }
    if (el.nodeType === 1 && el.tagName === "MARK" && el.dataset.items.split(" ").includes(item)) {
      text += el.textContent; el = el.nextSibling; continue;
    }
    break;
  }
  out.push(text);
}
return out;
"""
IN_VIEW_JS = """
const r = arguments[0].getBoundingClientRect();
return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
"""


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--no-first-run", "--disable-extensions", "--disable-background-networking", "--disable-sync"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _shot(driver, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    driver.save_screenshot(str(path))
    return path


def _open(driver, path: Path, width: int = 1280, height: int = 900) -> None:
    driver.set_window_size(width, height)
    driver.get(path.resolve().as_uri())


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    root = tmp_path_factory.mktemp("seed-view")
    page, data = root / "seed.html", root / "seed.json"
    assert main(["summarize", str(SEED), "--backend", "offline", "--format", "html", "-o", str(page)]) == 0
    assert main(["summarize", str(SEED), "--backend", "offline", "--format", "json", "-o", str(data)]) == 0
    return page, Brief.model_validate_json(data.read_text(encoding="utf-8"))


def test_seed_every_item_highlighted_and_each_span_is_its_evidence(browser, seed):
    page, brief = seed
    _open(browser, page)
    _shot(browser, "seed-view")
    items = {i for m in browser.find_elements("css selector", "mark[data-items]") for i in m.get_attribute("data-items").split()}
    assert items == {i.id for i in brief.items()}
    for item in brief.items():
        expected = [e.text if e.start is not None else None for e in item.evidence]
        assert browser.execute_script(SPAN_TEXT_JS, "doc0", item.id, len(item.evidence)) == expected, item.id


def test_seed_esper_pushback_sits_under_the_troops_claim_and_click_brings_its_span(browser, seed):
    page, brief = seed
    denial = next(d for d in brief.denials if d.denier_name and "Esper" in d.denier_name)
    claim = next(c for c in brief.claims if c.id == denial.responds_to)
    assert "troops" in claim.content
    _open(browser, page)
    item = browser.find_element("id", f"doc0-{denial.id}")
    parent = browser.execute_script("return arguments[0].parentElement.closest('.item').id", item)
    assert parent == f"doc0-{claim.id}"
    browser.execute_script("window.scrollTo(0, 0)")
    mark = browser.find_element("css selector", f"mark[data-items~='{denial.id}']")
    assert not browser.execute_script(IN_VIEW_JS, mark)  # far down the article before the click
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", item)
    item.find_element("css selector", ".tag").click()
    assert browser.execute_script(IN_VIEW_JS, mark)
    active = browser.find_elements("css selector", "mark.active")
    assert active and all(denial.id in m.get_attribute("data-items").split() for m in active)
    assert "selected" in item.get_attribute("class")
    _shot(browser, "seed-view-denial-clicked")


def test_hovering_a_span_lists_its_items(browser, seed):
    from selenium.webdriver import ActionChains

    page, brief = seed
    _open(browser, page)
    mark = browser.execute_script(  # one on a single line: its centre is on the mark
        "return [...document.querySelectorAll('mark.t-denial[data-items]')].find(m => m.getClientRects().length === 1)")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    ActionChains(browser).move_to_element(mark).perform()
    box = browser.find_element("id", "hoverbox")
    assert box.is_displayed()
    labels = box.text.splitlines()
    ids = mark.get_attribute("data-items").split()
    assert len(labels) == len(ids) and all(label.split(":")[0].endswith(i) for label, i in zip(labels, ids))
    assert any(label.startswith("denial ") and "Esper" in label for label in labels)


def test_hostile_article_and_model_output_run_no_script(browser, tmp_path):
    page = tmp_path / "hostile.html"
    page.write_text(html_page([(hostile_brief(), HOSTILE_TEXT)]), encoding="utf-8")
    _open(browser, page)
    assert browser.execute_script("return window.pwned === undefined")
    body = browser.find_element("css selector", "#doc0 .body").text
    assert "<script>window.pwned = 1</script>" in body and 'onerror="window.pwned = 2"' in body and "</textarea>" in body
    # the policy stands behind the escaping: an inline handler slipped into the page does not run
    browser.execute_script("document.body.insertAdjacentHTML('beforeend', "
                           "'<img src=\"x\" onerror=\"window.pwned = 9\"><svg onload=\"window.pwned = 8\"></svg>')")
    browser.execute_script("return 1")
    assert browser.execute_script("return window.pwned === undefined")
    flags = browser.find_element("id", "doc0-d1").text
    assert "evidence not found" in flags and "invalid:" in flags
    _shot(browser, "hostile-view")


def test_astral_characters_highlight_the_right_characters(browser, tmp_path):
    brief = astral_brief()
    page = tmp_path / "astral.html"
    page.write_text(html_page([(brief, ASTRAL_TEXT)]), encoding="utf-8")
    _open(browser, page)
    for item in brief.items():
        assert browser.execute_script(SPAN_TEXT_JS, "doc0", item.id, len(item.evidence)) == [e.text for e in item.evidence]
    assert browser.find_element("css selector", "#doc0 .body").text.strip() == ASTRAL_TEXT.strip()
    _shot(browser, "astral-view")


def test_several_briefs_one_page_switch_and_phone_width(browser, tmp_path, seed):
    seed_page, seed_brief = seed
    page = tmp_path / "many.html"
    page.write_text(html_page([(seed_brief, SEED.read_text(encoding="utf-8")), (astral_brief(), ASTRAL_TEXT)]),
                    encoding="utf-8")
    _open(browser, page, 390, 844)
    assert browser.find_element("id", "doc0").is_displayed() and not browser.find_element("id", "doc1").is_displayed()
    wide = browser.execute_script("""
        const w = document.documentElement.clientWidth, out = [];
        for (const el of document.querySelectorAll('body *')) {
          const r = el.getBoundingClientRect();
          if (r.width && r.right > w + 1) out.push(`${el.tagName}.${el.className}#${el.id} ${Math.round(r.right)} > ${w}`);
        }
        return out;""")
    assert wide == []  # readable at phone width: nothing wider than the screen
    _shot(browser, "many-phone")
    browser.find_element("css selector", ".switcher a[data-doc='doc1']").click()
    assert browser.find_element("id", "doc1").is_displayed() and not browser.find_element("id", "doc0").is_displayed()
    _shot(browser, "many-phone-second")


def test_no_console_errors_and_nothing_requested_from_elsewhere(browser, seed):
    page, _ = seed
    _open(browser, page)
    browser.get_log("browser")  # drop what earlier pages logged
    _open(browser, page)
    entries = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not entries, entries  # a CSP violation (style or script not admitted) would be logged here
    urls = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert urls == []


@pytest.fixture(scope="module")
def eval_report(tmp_path_factory):
    root = tmp_path_factory.mktemp("eval-report")
    fixtures = root / "fixtures"
    for name in ("seed-iraq-rockets-2019", "voa-2015-06-boston-bomber-sentenced", "isaf-2010-08-kunduz-aliabad-commander-raid"):
        shutil.copytree(DEFAULT_FIXTURES_DIR / name, fixtures / name)
    page = root / "report.html"
    rc = main(["eval", "--fixtures", str(fixtures), "--backend", "offline", "--no-progress", "--resamples", "200",
               "--baseline", str(DEFAULT_FIXTURES_DIR.parent / "baseline.json"), "--html", str(page),
               "--json", "-o", str(root / "report.json")])
    assert rc == 0
    return page, json.loads((root / "report.json").read_text(encoding="utf-8"))


def test_eval_report_page_charts_sorts_and_links_each_brief(browser, eval_report):
    page, report = eval_report
    _open(browser, page, 1200, 1000)
    _shot(browser, "eval-report")
    assert len(browser.find_elements("css selector", "#field-chart rect")) == 15  # P, R, F1 for 5 rows
    assert len(browser.find_elements("css selector", "#field-chart line.ci")) == 5
    assert browser.find_elements("css selector", "#delta-chart rect") and browser.find_elements("id", "baseline-table")
    f1 = browser.find_element("css selector", "#field-table tbody tr td:nth-child(4)").text
    assert f1 == f"{report['fields']['actors']['f1']:.3f}"
    # sort by claims F1 (column 4), descending then ascending
    header = browser.find_element("xpath", "//table[@id='fixture-table']//th[normalize-space()='claims']")
    want = sorted(report["fixtures"], key=lambda r: r["fields"]["claims"]["f1"])
    header.click()

    def order():
        return [tr.get_attribute("data-id") for tr in browser.find_elements("css selector", "#fixture-table tbody tr")]

    assert [report_row["fields"]["claims"]["f1"] for report_row in sorted(report["fixtures"], key=lambda r: order().index(r["id"]))] \
        == [r["fields"]["claims"]["f1"] for r in reversed(want)]
    header.click()
    assert [next(r for r in report["fixtures"] if r["id"] == i)["fields"]["claims"]["f1"] for i in order()] \
        == [r["fields"]["claims"]["f1"] for r in want]
    # misses and false positives beside the gold items
    detail = browser.find_element("id", "fx-seed-iraq-rockets-2019")
    assert "gold" in detail.text and "Mark Esper" in detail.text
    # each fixture links to its brief view, which opens from disk with its highlights
    link = browser.find_element("css selector", "tr[data-id='seed-iraq-rockets-2019'] a.brief-link")
    link.click()
    assert browser.current_url.endswith("report_files/seed-iraq-rockets-2019.html")
    assert len(browser.find_elements("css selector", "mark[data-items]")) > 20
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
