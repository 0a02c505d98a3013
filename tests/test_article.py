import datetime as dt
import io
import json

import pytest

from summarizer import InputError
from summarizer.article import make_article, read_articles


def test_seed_header_line_gives_date_and_source(tmp_path):
    text = " date 2019-12-10 2019/12/10 | 16:25 - Source: Baghdad Post\n\nBody text here."
    a = make_article(text)
    assert a.published == dt.date(2019, 12, 10) and a.source == "Baghdad Post" and a.text == text


def test_explicit_metadata_wins_over_the_header():
    a = make_article(" date 2019-12-10 x - Source: Baghdad Post\nBody.", published="2019-12-11", source="CNN")
    assert (a.published.isoformat(), a.source) == ("2019-12-11", "CNN")


def test_dateline_is_recorded():
    a = make_article("KABUL, Afghanistan (August 9) - Coalition forces conducted a strike.")
    assert a.dateline == "KABUL, Afghanistan"


def test_plain_json_jsonl_and_stdin(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Plain article.", encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"id": "b1", "text": "JSON article.", "published": "2020-01-02"}))
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps({"id": f"c{i}", "text": f"Line {i}."}) for i in range(3)) + "\n")
    assert [a.text for a in read_articles(str(tmp_path / "a.txt"))] == ["Plain article."]
    (b,) = read_articles(str(tmp_path / "b.json"))
    assert (b.id, b.published) == ("b1", dt.date(2020, 1, 2))
    assert [a.id for a in read_articles(str(tmp_path / "c.jsonl"))] == ["c0", "c1", "c2"]
    monkeypatch.setattr("sys.stdin", io.StringIO("From stdin."))
    assert [a.text for a in read_articles("-")] == ["From stdin."]


def test_html_page_main_text(tmp_path):
    body = " ".join(["The ministry said the convoy was attacked near the border on Monday."] * 6)
    page = f"<html><head><title>Convoy attacked</title></head><body><nav>Home | About</nav><article><p>{body}</p></article></body></html>"
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    (a,) = read_articles(str(tmp_path / "p.html"))
    assert "convoy was attacked" in a.text and "Home | About" not in a.text and a.title == "Convoy attacked"


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("missing.txt", None, "no such file"),
        ("empty.txt", "   \n", "empty"),
        ("bad.jsonl", '{"text": "ok"}\n{broken\n', "line 2: invalid JSON"),
        ("notext.json", '{"title": "x"}', "needs a string field 'text'"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image, not a text article"),
    ],
)
def test_bad_input_is_one_clear_error(tmp_path, name, content, words):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content)
    with pytest.raises(InputError) as err:
        list(read_articles(str(path)))
    assert words in str(err.value)


def _seed() -> str:
    from summarizer.evals.fixtures import DEFAULT_FIXTURES_DIR

    return (DEFAULT_FIXTURES_DIR / "seed-iraq-rockets-2019" / "article.txt").read_text(encoding="utf-8")


def test_a_header_sharing_its_line_with_the_article_ends_at_the_source_name():
    one_line = " ".join(_seed().split())  # "date 2019-12-10 2019/12/10 | 16:25 - Source: Baghdad Post (ThisDay ..."
    a = make_article(one_line)
    assert a.text == one_line and a.published == dt.date(2019, 12, 10) and a.source == "Baghdad Post"
    (warning,) = a.warnings
    assert "shares its line" in warning and "'Baghdad Post'" in warning and "(ThisDay" in warning


def test_a_header_line_of_its_own_is_still_the_whole_line():
    a = make_article("date 2019-12-10 2019/12/10 | 16:25 - Source: Baghdad Post (Iraq)\nBody text here.")
    assert a.source == "Baghdad Post (Iraq)" and a.warnings == ()


def test_a_one_line_article_with_the_seed_header_gets_the_brief_of_the_article():
    """The header regex used to take the whole line: the offline backend skipped it all (an empty
    brief, no warning) and the article's text became its source."""
    from summarizer import summarize

    text = _seed()
    one_line = " ".join(text.split())
    brief = summarize(one_line, backend="offline")
    assert brief.article.source == "Baghdad Post"
    assert any("shares its line" in w for w in brief.warnings)
    body = one_line.index("(ThisDay")
    assert all(e.start >= body for actor in brief.actors for e in actor.evidence)
    # the same article with its line breaks: the same actors, claims and incidents
    wrapped = summarize(text, backend="offline")
    assert sorted(a.name for a in brief.actors) == sorted(a.name for a in wrapped.actors)
    assert (len(brief.claims), len(brief.incidents)) == (len(wrapped.claims), len(wrapped.incidents)) != (0, 0)


# A text with no metadata that states its own date at the top: the date is the publication date,
# and the brief says where it came from. Only a date with its year, only near the top.
@pytest.mark.parametrize("text, day", [
    ("Friday, January 4, 2019\nThe president said on Thursday that talks would resume.", dt.date(2019, 1, 4)),
    ("KABUL, Afghanistan (Jan. 25, 2013)\nDuring an operation yesterday, a force detained two men.", dt.date(2013, 1, 25)),
    ("Text of report by Iranian state-run radio on 12 May 2019\n\nThe ministry rejected the claims.", dt.date(2019, 5, 12)),
    ("Storm hits coast\nUpdated: 3 Sept 2020, 10:15\nThe storm made landfall on Wednesday.", dt.date(2020, 9, 3)),
    # a press release whose dateline has no year takes it from its release number (ISAF pool releases, e.g.
    # "2011-07-S-064 ... KABUL, Afghanistan (July 6)": 131 of the 632 pool releases date themselves only so);
    # a release numbered in December and dated in January is of the next year
    ("2011-07-S-064\nFor Immediate Release\n\nKABUL, Afghanistan (July 6) - A force detained two men yesterday.",
     dt.date(2011, 7, 6)),
    ("IJC News Release #2009-12-CA-056\nKABUL, Afghanistan (Jan. 02) - A force detained a facilitator.", dt.date(2010, 1, 2)),
    ("2010-08-CA-043\nKABUL, Afghanistan (Sept. 4) - Forces killed two insurgents.", dt.date(2010, 9, 4)),
])
def test_a_date_the_text_states_at_its_top_is_the_publication_date(text, day):
    article = make_article(text)
    assert article.published == day
    assert any(day.isoformat() in w and "taken from the text" in w for w in article.warnings)


@pytest.mark.parametrize("text", [
    "KABUL, March 3 (Reuters) - Taliban fighters attacked a checkpoint on Tuesday.",  # no year
    "BOSTON — The trial opened on Monday. The bombing on April 15, 2013 killed three people.",  # an event's date
    "LONDON — Officials met on Monday.\n" + "More text follows here. " * 30 + "\nMay 1, 2019",  # not at the top
    "February 30, 2019\nNo such day.",
    "KABUL, Afghanistan (July 6) - A force detained two men. Ref 2011-07.",  # a yearless dateline, no release number
])
def test_no_publication_date_is_guessed_from_an_event_or_a_yearless_date(text):
    article = make_article(text)
    assert article.published is None and not article.warnings


def test_a_given_publication_date_wins_over_the_stated_one():
    article = make_article("Friday, January 4, 2019\nTalks resumed.", published="2019-01-05")
    assert article.published == dt.date(2019, 1, 5) and not article.warnings


def test_jsonl_on_stdin_splits_at_newlines_only(monkeypatch):
    # U+2028 and U+2029 may stand unescaped inside a JSON string (json.dumps with ensure_ascii=False);
    # str.splitlines() would cut such a record in two.
    records = [{"id": "a", "text": "First\u2028line."}, {"id": "b", "text": "Second\u2029one."}]
    monkeypatch.setattr("sys.stdin", io.StringIO("\r\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n"))
    assert [(a.id, a.text) for a in read_articles("-")] == [("a", "First\u2028line."), ("b", "Second\u2029one.")]
