"""Bad input through the CLI, the API and `batch`: a brief, a flagged brief, or one clear line.

Every case here is listed in the README's "Reliability" table. Offline backend where the input is
readable (real spaCy), the real openai + instructor path for the long single line.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from fake_openai import ScriptedModel, echo_answer

from summarizer import InputError, Settings, Summarizer, summarize
from summarizer.article import decode, iter_articles, make_article
from summarizer.cli import main
from summarizer.grounding import verify
from summarizer.llm.backend import OpenAIBackend

DATA = Path(__file__).parent / "data"
SEED = (DATA / "seed_article.txt").read_text(encoding="utf-8")
BODY = SEED.split("\n", 1)[1]  # the seed without its header line
TEXT = ("BERLIN - Der Bürgermeister sagte am Montag, die Straße sei gesperrt. Officials said the café at the "
        "“Königsplatz” was closed after the attack – nobody was hurt, police said.")


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("article.txt", TEXT)
    return buf.getvalue()


REFUSED = {  # file name -> (content, words of the one error line)
    "empty.txt": (b"", "the article is empty"),
    "blank.txt": (b"  \n\t \r\n ", "the article is empty"),
    "image.png": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "this is a PNG image, not a text article"),
    "archive.zip": (_zip(), "this is a zip archive, not a text article"),
    "paper.pdf": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n", "this is a PDF document, not a text article"),
    "noise.bin": (bytes(range(32)) * 64, "binary data, not a text article"),
    "scripts.html": (b"<html><head><script>var a = 1;</script></head><body><script>document.write('x')</script>"
                     b"</body></html>", "no article text found in the HTML page"),
}


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("summarizer: error: "), err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_unusable_file_is_one_line_and_exit_3(name, tmp_path, capsys):
    content, words = REFUSED[name]
    (tmp_path / name).write_bytes(content)
    rc = main(["summarize", str(tmp_path / name), "--backend", "offline"])
    line = _one_error_line(capsys.readouterr().err)
    assert rc == 3 and words in line and name in line


def test_directory_missing_fifo_and_oversized_files(tmp_path, capsys):
    os.mkfifo(tmp_path / "pipe")  # reading a FIFO with no writer would hang: refused before opening
    (tmp_path / "big.txt").write_text(BODY)
    for args, words in (([str(tmp_path)], "is a directory"), ([str(tmp_path / "nope.txt")], "no such file"),
                        ([str(tmp_path / "pipe")], "not a regular file"),
                        ([str(tmp_path / "big.txt"), "--max-article-chars", "500"], "more than an article of at most 500")):
        rc = main(["summarize", *args, "--backend", "offline"])
        assert rc == 3 and words in _one_error_line(capsys.readouterr().err)


def test_unreadable_file(tmp_path, capsys, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(BODY)
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the read itself fail as it would for a user
        real = Path.read_bytes
        monkeypatch.setattr(Path, "read_bytes", lambda self: (_ for _ in ()).throw(PermissionError(13, "Permission denied"))
                            if self.name == "secret.txt" else real(self))
    rc = main(["summarize", str(path), "--backend", "offline"])
    assert rc == 3 and "cannot read: Permission denied" in _one_error_line(capsys.readouterr().err)


@pytest.mark.parametrize(("encode", "assumed"), [
    (lambda t: t.replace("“", '"').replace("”", '"').replace("–", "-").encode("latin-1"), "not UTF-8: decoded as"),
    (lambda t: t.encode("cp1252"), "not UTF-8: decoded as"),
    (lambda t: t.encode("utf-16"), "decoded as UTF-16 (byte-order mark)"),
    (lambda t: t.encode("utf-32"), "decoded as UTF-32 (byte-order mark)"),
    (lambda t: t.encode("utf-8-sig"), None),
])
def test_legacy_encodings_are_decoded_and_the_assumption_recorded(encode, assumed, tmp_path, capsys):
    (tmp_path / "a.txt").write_bytes(encode(TEXT))
    assert main(["summarize", str(tmp_path / "a.txt"), "--backend", "offline"]) == 0
    brief = json.loads(capsys.readouterr().out)
    (article,) = read = list(iter_articles(str(tmp_path / "a.txt")))
    assert read and "Bürgermeister" in article.text and "Straße" in article.text and "café" in article.text
    if assumed:
        assert any(assumed in w for w in brief["warnings"])
    else:
        assert brief["warnings"] == [] and not article.text.startswith("\ufeff")
    for item in brief["actors"] + brief["claims"]:
        for ev in item["evidence"]:
            assert article.text[ev["start"]:ev["end"]] == ev["text"]


def test_control_characters_are_replaced_one_for_one_and_flagged():
    text = BODY[:400] + "\x00\x00\x1b[31m\x07" + BODY[400:] + "\x85\ud800"
    brief = summarize(text, backend="offline")
    assert "6 control character(s) replaced by spaces" in brief.warnings
    assert brief.article.chars == len(text) and brief.actors
    cleaned = make_article(text).text
    assert len(cleaned) == len(text) and "\x00" not in cleaned
    assert all(verify(cleaned, e) for item in brief.items() for e in item.evidence)


def test_api_takes_bytes_and_refuses_binary_and_oversized():
    brief = summarize(TEXT.encode("cp1252"), backend="offline")
    assert any("not UTF-8" in w for w in brief.warnings) and "Straße" in brief.summary + str(brief.actors)
    with pytest.raises(InputError, match="PDF document"):
        summarize(b"%PDF-1.7 ...", backend="offline")
    with pytest.raises(InputError, match="over the limit of 1,000"):
        summarize(BODY, backend="offline", max_article_chars=1000)
    with pytest.raises(InputError, match="empty"):
        summarize("\n" + " " * 40 + "\x00\n", backend="offline")  # a stray NUL in blank text


def test_decode_never_raises_anything_but_input_error():
    for data in (b"\xff\xfe\x00", b"\xfe\xff\xd8\x00", b"\x80" * 100, os.urandom(2000), b"\xef\xbb\xbf"):
        try:
            text, _ = decode(data)
        except InputError:
            continue
        assert isinstance(text, str)


def test_jsonl_broken_line_reported_and_the_rest_done(tmp_path, capsys):
    lines = [json.dumps({"id": "one", "text": BODY[:900]}), "{broken", b"\xff\xfe not utf-8".decode("latin-1"),
             json.dumps({"id": "two"}), json.dumps({"id": "three", "text": "KABUL - Police arrested two men on Monday."})]
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(x.encode("latin-1") if x.startswith("\xff") else x.encode() for x in lines) + b"\n")
    out = tmp_path / "out.jsonl"
    rc = main(["summarize", str(path), "--backend", "offline", "--format", "jsonl", "-o", str(out)])
    err = capsys.readouterr().err
    assert rc == 1 and "Traceback" not in err
    assert "line 2: invalid JSON" in err and "line 3: not UTF-8" in err and "needs a string field 'text'" in err
    assert "3 of 5 article(s) failed; the others were written" in err
    assert [json.loads(x)["article"]["id"] for x in out.read_text().splitlines()] == ["one", "three"]


def test_batch_records_bad_files_and_goes_on(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (content, _) in REFUSED.items():
        (folder / name).write_bytes(content)
    (folder / "latin1.txt").write_bytes(TEXT.encode("cp1252"))
    (folder / "good.txt").write_text(BODY[:1500])
    out = tmp_path / "out.jsonl"
    rc = main(["batch", str(folder), "-o", str(out), "--backend", "offline", "--no-progress"])
    capsys.readouterr()
    written = {json.loads(x)["article"]["id"] for x in out.read_text().splitlines()}
    failed = {json.loads(x)["id"]: json.loads(x)["message"] for x in (tmp_path / "out.jsonl.errors.jsonl").read_text().splitlines()}
    assert rc == 1 and written == {"latin1.txt", "good.txt"}
    assert set(failed) == set(REFUSED) and all(REFUSED[k][1] in v for k, v in failed.items())


def test_a_200000_character_single_line_over_the_llm_path():
    text = " ".join(BODY.split() * 60)[:200_000]
    assert "\n" not in text and len(text) == 200_000
    model = ScriptedModel(echo_answer)
    settings = Settings(backend="openai", model="m", server="vllm")
    brief = Summarizer(settings, backend=OpenAIBackend(settings, client=model.client())).summarize(text)
    assert brief.run.chunks == len(model.requests) >= 9
    assert brief.actors and all(verify(text, e) for item in brief.items() for e in item.evidence)
