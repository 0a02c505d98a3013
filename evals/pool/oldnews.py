"""The ``oldnews`` pool: older Wikinews articles (2004-2023) from three repositories (used by ``build.py``).

- **GUM news** (amir-zeldes/gum): ``dep/GUM_news_*.conllu``, id ``gNNN`` (NNN = index of the file among the
  sorted ``dep/GUM_news_*.conllu`` names); the CoNLL-U ``# text`` lines of each ``# newpar`` paragraph joined
  by single spaces, paragraphs by a blank line, the first paragraph (the headline) as ``title`` only.
- **WikinewsSum** (airKlizz/WikinewsSum): ``endataset.json``, id ``sNNN`` (0-based line); wikitext to plain
  text (``wikitext_to_plain``); rows whose lead lost characters after ``{{byline|date`` are left out.
- **dimitrakatseli/Wikinews**: ``data/english.json``, id ``kNNN`` (index in the list); the flattened page cut
  before its Sources / External links / Related news / categories; sub-pages (a ``/`` in the title) left out.

Each source is read at a fixed commit (below) from a clone or bare mirror, or from the file(s) themselves.
Rows a fixture cites, and texts that repeat a fixture's or another pool's text (or an earlier row's), are left out.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

OUT = "oldnews-2004-2016.jsonl"
GUM_REPO, GUM_COMMIT = "amir-zeldes/gum", "72ce5ac14978a324c2fd18d49484e65292cbe316"
WNS_REPO, WNS_COMMIT, WNS_PATH = "airKlizz/WikinewsSum", "1d985031625909c908766812e8a18d0c88116ec8", "endataset.json"
KAT_REPO, KAT_COMMIT, KAT_PATH = "dimitrakatseli/Wikinews", "06264e6a462ecc27ecd28aa0185be9a70fa0393c", "data/english.json"
GUM_FILE = re.compile(r"dep/GUM_news_\w+\.conllu")
GUM_LICENSE = "CC BY 2.5 (Wikinews, via GUM)"
KAT_LICENSE = "CC BY 2.5 (Wikinews; public domain if published before 2005-09-25)"
WNS_PD, WNS_UNDATED = "public domain (Wikinews, published before 2005-09-25)", \
    "Wikinews: public domain before 2005-09-25, else CC BY 2.5"
CC_BY_SINCE = dt.date(2005, 9, 25)  # Wikinews' move from the public domain to CC BY 2.5
DAMAGED_LEAD = re.compile(r"\{\{byline\|date(?!\s*=)", re.I)  # the characters after it are lost in the file itself
CITED = (re.compile(r"path\s+(dep/GUM_news_\w+\.conllu)"),
         re.compile(r"path\s+(endataset\.json)[^()]*\(row (\d+)\)"),
         re.compile(r"dimitrakatseli/Wikinews,?\s+path\s+(data/english\.json)[^()]*\(row (\d+)\)"),
         re.compile(r"(?:pool2|oldnews|meantime) (?:pool )?id ([gksm]\d{3})\b"))
RECORD_KEYS = ("id", "source", "published", "title", "url", "path", "row", "text", "license")


# ---------------------------------------------------------------------------------------------- reading

def git_show(repo: Path, commit: str, path: str) -> str:
    return subprocess.run(["git", "-C", str(repo), "show", f"{commit}:{path}"], capture_output=True, text=True,
                          check=True).stdout


def read_gum(where: Path) -> list[tuple[str, str]]:
    """(``dep/GUM_news_x.conllu``, text) of every GUM news file, sorted by name: from a folder holding the
    ``GUM_news_*.conllu`` files, else from a clone of amir-zeldes/gum at GUM_COMMIT."""
    files = sorted(where.glob("GUM_news_*.conllu"))
    if files:
        return [(f"dep/{f.name}", f.read_text(encoding="utf-8")) for f in files]
    names = subprocess.run(["git", "-C", str(where), "ls-tree", "--name-only", GUM_COMMIT, "dep/"],
                           capture_output=True, text=True, check=True).stdout.split()
    return [(name, git_show(where, GUM_COMMIT, name)) for name in sorted(n for n in names if GUM_FILE.fullmatch(n))]


def read_file(where: Path, commit: str, path: str) -> str:
    """``path`` at ``commit`` of a clone, or the file ``where`` itself."""
    return git_show(where, commit, path) if where.is_dir() else where.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------- conversions

def conllu_article(data: str) -> tuple[dict[str, str], str, str]:
    """(``# meta::`` fields, headline, text) of a GUM CoNLL-U document: the ``# text =`` lines of each
    ``# newpar`` paragraph joined by a space; the first paragraph is the headline, the rest the text."""
    meta: dict[str, str] = {}
    paras: list[str] = []
    current: list[str] = []
    for line in data.splitlines():
        if line.startswith("# meta::"):
            key, _, value = line[8:].partition(" = ")
            meta[key] = value
        elif line.startswith("# newpar") and not line.startswith("# newpar_block"):
            if current:
                paras.append(" ".join(current))
            current = []
        elif line.startswith("# text = "):
            current.append(line[9:])
    if current:
        paras.append(" ".join(current))
    return meta, paras[0] if paras else "", "\n\n".join(paras[1:])


def wikitext_to_plain(s: str) -> str:
    """Wikinews wikitext to plain text: file links, templates, refs, tags and list lines removed, links to their
    label, bold/italic quotes dropped, everything from a Sources / External links / Related news head cut."""
    s = re.sub(r"\[\[(?:File|Image):[^\]]*?(?:\[\[[^\]]*\]\][^\]]*?)*\]\]", "", s, flags=re.I)
    s = re.sub(r"\{\{w\|([^{}|]*)\|([^{}]*)\}\}", r"\2", s)  # {{w|target|label}}
    s = re.sub(r"\{\{w\|([^{}|]*)\}\}", r"\1", s)  # {{w|target}}
    s = re.sub(r"\[\[(?:w:|wikipedia:)?[^\]|]*\|([^\]]*)\]\]", r"\1", s)
    s = re.sub(r"\[\[([^\]]*)\]\]", r"\1", s)
    s = re.sub(r"\[https?://\S+ ([^\]]*)\]", r"\1", s)
    s = re.sub(r"\[https?://\S+\]", "", s)
    for _ in range(3):
        s = re.sub(r"\{\{[^{}]*\}\}", "", s)  # the remaining templates, nested ones from the inside out
    s = re.sub(r"\{[a-z]+\}\}", "", s)  # a broken '{publish}}'
    s = re.sub(r"<ref[^>]*>.*?</ref>|<[^>]+>", "", s, flags=re.S)
    s = s.replace("'''", "").replace("''", "")
    s = re.sub(r"^=+\s*(Sources?|External links|Related news)\s*=+.*", "", s, flags=re.S | re.M)
    s = re.sub(r"^\s*[*#].*$", "", s, flags=re.M)  # list lines (sources, links)
    s = re.sub(r"[ \t]+", " ", s)
    s = re.sub(r"\n\s*\n+", "\n\n", s)
    return s.strip()


def wikinewssum_date(wikitext: str, categories: Iterable[str]) -> dt.date | None:
    """The ``{{date|...}}`` of the article, else a category that is a date ("December 4, 2004")."""
    m = re.search(r"\{\{date\|([^}]*)\}\}", wikitext)
    found = m.group(1).strip() if m else next((c.strip() for c in categories
                                               if re.match(r"\s*\w+ \d{1,2}, \d{4}$", c)), "")
    try:
        return dt.datetime.strptime(found, "%B %d, %Y").date()
    except ValueError:
        return None


def katseli_text(content: str) -> str:
    """A dimitrakatseli/Wikinews page (flattened, no paragraph breaks) cut before its Sources / External
    links / Related news sections and its categories, italic/bold quotes removed."""
    text = re.split(r"==\s*Sources?\s*==|==\s*External links\s*==|==\s*Related news\s*==| Category:", content)[0]
    return text.strip().replace("''", "")


def wikinews_url(title: str) -> str:
    return "https://en.wikinews.org/wiki/" + title.replace(" ", "_")


# ---------------------------------------------------------------------------------------------- records

def _record(rid: str, published: str | None, title: str, url: str | None, where: str, row: int, text: str,
            license: str) -> dict:
    return {"id": rid, "source": "Wikinews", "published": published or None, "title": title, "url": url or None,
            "path": where, "row": row, "text": text, "license": license}


def gum_records(files: list[tuple[str, str]]) -> list[dict]:
    records = []
    for row, (path, data) in enumerate(files):
        meta, title, text = conllu_article(data)
        records.append(_record(f"g{row:03d}", meta.get("dateCreated"), title, meta.get("sourceURL"),
                               f"{GUM_REPO} {path}@{GUM_COMMIT}", row, text, GUM_LICENSE))
    return records


def wikinewssum_records(data: str, left_out: dict[str, tuple[str, str]]) -> list[dict]:
    records = []
    for row, line in enumerate(data.splitlines()):
        if not line.strip():
            continue
        d = json.loads(line)
        rid = f"s{row:03d}"
        wikitext = "\n\n".join(d["text"]) if isinstance(d["text"], list) else d["text"]
        if DAMAGED_LEAD.search(wikitext):
            left_out[rid] = ("damaged lead", "characters lost after {{byline|date in endataset.json")
            continue
        date = wikinewssum_date(wikitext, d.get("categories", []))
        license = WNS_UNDATED if date is None else WNS_PD if date < CC_BY_SINCE else "CC BY 2.5 (Wikinews)"
        if date and date < CC_BY_SINCE and "PD-Article" in wikitext:
            license = "public domain (Wikinews {{PD-Article}}, before 2005-09-25)"
        records.append(_record(rid, date.isoformat() if date else None, d["title"], wikinews_url(d["title"]),
                               f"{WNS_REPO} {WNS_PATH}@{WNS_COMMIT}", row, wikitext_to_plain(wikitext), license))
    return records


def katseli_records(data: str, left_out: dict[str, tuple[str, str]]) -> list[dict]:
    records = []
    for row, d in enumerate(json.loads(data)):
        rid, title = f"k{row:03d}", d["bestTitle"]
        if "/" in title:
            left_out[rid] = ("sub-page", f"a '/' in the title: {title}")
            continue
        records.append(_record(rid, None, title, wikinews_url(title), f"{KAT_REPO} {KAT_PATH}@{KAT_COMMIT}", row,
                               katseli_text(d["content"]), KAT_LICENSE))
    return records


# ---------------------------------------------------------------------------------------------- leaving out

def cited(fixtures: Path) -> dict[str, str]:
    """{citation key: fixture} for the rows fixtures cite: ``dep/GUM_news_x.conllu``, ``endataset.json#55``,
    ``data/english.json#3``, ``id:g005`` (a provenance that names the pool id)."""
    found: dict[str, str] = {}
    for gold in sorted(fixtures.rglob("gold.yaml")):
        text = gold.read_text(encoding="utf-8")
        for pattern in CITED:
            for m in pattern.finditer(text):
                key = "#".join(m.groups()) if pattern.groups == 2 else m.group(1)
                found["id:" + key if pattern is CITED[3] else key] = gold.parent.name
    return found


def citation_keys(record: dict) -> list[str]:
    path = record["path"].split(" ", 1)[1].rsplit("@", 1)[0]
    return [path if path.startswith("dep/") else f"{path}#{record['row']}", "id:" + record["id"]]


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip().lower()


def shingles(text: str, k: int = 8) -> set[str]:
    t = norm(text)
    return {t[i:i + k] for i in range(max(1, len(t) - k + 1))}


def containment(a: set[str], b: set[str]) -> float:
    """The share of the smaller set found in the other."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def shipped_texts(fixtures: Path, pool: Path, own: str = OUT) -> list[tuple[str, str]]:
    """(name, text) of every fixture article and every article of the pool files other than ``own``."""
    texts = [(f"fixture {p.parent.name}", p.read_text(encoding="utf-8")) for p in sorted(fixtures.rglob("article.txt"))]
    for path in sorted(pool.glob("*-*.jsonl")):
        if path.name != own:
            texts += [(f"{path.name} {r['id']}", r["text"]) for r in map(json.loads, path.read_text("utf-8").splitlines())]
    return texts


def duplicate(record: dict, sh: set[str], shipped: list[tuple[str, str, set[str]]], kept: list[tuple[dict, set[str]]],
              ) -> tuple[str, str] | None:
    """(kind, detail) if ``record`` repeats a shipped text or an earlier kept row (> 90 % of 8-character shingles, or a
    shipped text that starts with its title, or an earlier row's title), else None."""
    title = norm(record["title"] or "")
    for name, text, other in shipped:
        if containment(sh, other) > 0.9:
            return "already shipped", f"{name}: >90% same text"
        if title and norm(text).startswith(title):
            return "already shipped", f"{name}: same title"
    for earlier, other in kept:
        if title and title == norm(earlier["title"] or ""):
            return "duplicate", f"of {earlier['id']}: same title"
        if containment(sh, other) > 0.9:
            return "duplicate", f"of {earlier['id']}: >90% same text"
    return None


def select(records: list[dict], fixtures: Path, pool: Path, left_out: dict[str, tuple[str, str]],
           own: str = OUT) -> list[dict]:
    """``records`` (in priority order) less the rows fixtures cite and the duplicates of a fixture's text, of another
    pool file's (not ``own``, the file being built) or of an earlier row; (kind, detail) go to ``left_out``."""
    citations = cited(fixtures)
    shipped = [(name, text, shingles(text)) for name, text in shipped_texts(fixtures, pool, own)]
    kept: list[tuple[dict, set[str]]] = []
    for record in records:
        fixture = next((citations[k] for k in citation_keys(record) if k in citations), None)
        if fixture:
            left_out[record["id"]] = ("cited by a fixture", fixture)
            continue
        sh = shingles(record["text"])
        why = duplicate(record, sh, shipped, kept)
        if why:
            left_out[record["id"]] = why
        else:
            kept.append((record, sh))
    return [record for record, _ in kept]


def build(gum: Path, wikinewssum: Path, katseli: Path, fixtures: Path, pool: Path) -> tuple[list[dict], dict[str, tuple[str, str]]]:
    """(kept records, {left-out id: (kind, detail)}); priority GUM, then dimitrakatseli, then WikinewsSum (as pool2)."""
    left_out: dict[str, tuple[str, str]] = {}
    records = gum_records(read_gum(gum))
    records += katseli_records(read_file(katseli, KAT_COMMIT, KAT_PATH), left_out)
    records += wikinewssum_records(read_file(wikinewssum, WNS_COMMIT, WNS_PATH), left_out)
    return select(records, fixtures, pool, left_out), left_out
