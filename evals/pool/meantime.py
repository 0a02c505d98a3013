"""The ``meantime`` pool: the 120 English Wikinews articles (2004-2013) of the MEANTIME corpus (NewsReader;
Minard et al., LREC 2016), used by ``build.py``.

Read at a fixed commit of the repository newsreader/eso-and-ceo (CC BY-SA 4.0; MEANTIME is distributed under
CC BY; the text is Wikinews: CC BY 2.5, public domain before 2005-09-25): the CAT XML files
``Data, experiments, analyses/MeanTime_Annotated/CAT_XML_*/<pageid>_<title>.xml`` (one ``<token sentence=..>``
element per token, no whitespace kept) and, for the article URLs, ``Data, experiments, analyses/wikinews.sem.trig.gz``
(NewsReader's RDF of the same articles). The four topic groups are Apple, Airbus/Boeing, GM/Chrysler/Ford and
stock markets: business, courts and politics news, unlike the other pools.

The text is a **reconstruction**, not byte-exact (the source keeps no spacing): sentence 0 is the headline
(``title`` only), sentence 1 the dateline ("March 06 , 2008", ``published``); ``text`` = the detokenised dateline,
a blank line, then sentences 2.. detokenised and joined by single spaces (no paragraph breaks in the source).
``detok``: tokens joined by one space, except none before , . ; : ! ? % ) ] } ... '' 's n't 're 've 'll 'd 'm and
none after ( [ { $ US$ AU$ A$ C$ NZ$ HK$ £ € `` `; PTB quotes become "; a straight " alternates opening/closing
within the article; a lone ' is glued to the token before it, and to the next one before s/re/ve/ll/d/m/t; a
lone - between two alphanumeric tokens is glued to both (Wal - Mart -> Wal-Mart). Id ``mNNN``: NNN = index of
the file among the sorted paths. ``title`` = the Wikinews page title of the URL.
"""

from __future__ import annotations

import datetime as dt
import gzip
import re
import subprocess
import unicodedata
import urllib.parse
import xml.etree.ElementTree as ET
from pathlib import Path

OUT = "meantime-2005-2013.jsonl"
REPO, COMMIT = "newsreader/eso-and-ceo", "85ba79db17cc3e49fff3c8e864d51aea7b54631a"
DIR = "Data, experiments, analyses/MeanTime_Annotated/"
TRIG = "Data, experiments, analyses/wikinews.sem.trig.gz"
CC_BY_SINCE = dt.date(2005, 9, 25)  # Wikinews moved from the public domain to CC BY 2.5
LICENSE_CC = "CC BY 2.5 (Wikinews, via MEANTIME / newsreader/eso-and-ceo)"
LICENSE_PD = "public domain (Wikinews, published before 2005-09-25; via MEANTIME / newsreader/eso-and-ceo)"

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "...", "''", "'s", "'S", "n't", "N'T", "'re",
                   "'ve", "'ll", "'d", "'m", "’s"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "US$", "AU$", "A$", "C$", "NZ$", "HK$", "£", "€", "``", "`"}
CLITICS = {"s", "re", "ve", "ll", "d", "m", "t"}
ALNUM_END, ALNUM_START = re.compile(r"[A-Za-z0-9]$"), re.compile(r"[A-Za-z0-9]")


def _git(mirror: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(mirror), *args], capture_output=True, check=True).stdout


def _spacing(tok: str, prev: str, nxt: str, quote_open: list[bool]) -> tuple[str, bool, bool]:
    """(text, a space may stand before, a space may stand after) of one token; ``quote_open`` is the straight-quote
    state, carried through the article."""
    if tok in ("``", "`"):
        return ('"' if tok == "``" else "'"), True, False
    if tok == "''":
        return '"', False, True
    if tok == '"':
        quote_open[0] = not quote_open[0]
        return tok, quote_open[0], not quote_open[0]
    if tok == "'":
        return tok, False, nxt.lower() not in CLITICS
    if tok == "-" and ALNUM_END.search(prev) and ALNUM_START.match(nxt):
        return tok, False, False
    return tok, tok not in NO_SPACE_BEFORE, tok not in NO_SPACE_AFTER


def detok(tokens: list[str], quote_open: list[bool]) -> str:
    """Tokens to text by the rule in the module docstring."""
    out, glue_next = "", False
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        text, before, after = _spacing(tok, prev, nxt, quote_open)
        if out and before and not glue_next:
            out += " "
        out += text
        glue_next = not after
    return out


def sentences(xml: bytes) -> list[list[str]]:
    sents: dict[int, list[str]] = {}
    for token in ET.fromstring(xml).iter("token"):
        sents.setdefault(int(token.get("sentence") or 0), []).append(token.text or "")
    return [sents[k] for k in sorted(sents)]


def _key(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKD", s).lower())


def trig_urls(mirror: Path) -> dict[str, tuple[str, str]]:
    """{normalised title: (https URL, page title)} of the articles the RDF file names."""
    data = gzip.decompress(_git(mirror, "show", f"{COMMIT}:{TRIG}")).decode("utf-8")
    urls = {}
    for m in sorted(set(re.findall(r"<http://en\.wikinews\.org/wiki/([^#>]+)", data))):
        title = urllib.parse.unquote(m).replace("_", " ")
        urls[_key(title)] = ("https://en.wikinews.org/wiki/" + m, title)
    return urls


def records(mirror: Path) -> list[dict]:
    """One pool record per CAT XML file of a clone or bare mirror of newsreader/eso-and-ceo, in path order."""
    names = sorted(n for n in _git(mirror, "ls-tree", "-r", "--name-only", COMMIT, "--", DIR).decode("utf-8").splitlines()
                   if n.endswith(".xml"))
    urls = trig_urls(mirror)
    out = []
    for row, name in enumerate(names):
        sents = sentences(_git(mirror, "show", f"{COMMIT}:{name}"))
        state = [False]
        headline = detok(sents[0], state)
        dateline = detok(sents[1], state) if len(sents) > 1 else ""
        body = " ".join(detok(s, state) for s in sents[2:])
        try:
            date: dt.date | None = dt.datetime.strptime(dateline, "%B %d, %Y").date()
        except ValueError:
            date = None
        url, title = urls.get(_key(headline), (None, headline))
        out.append({"id": f"m{row:03d}", "source": "Wikinews", "published": date.isoformat() if date else None,
                    "title": title, "url": url, "path": f"{REPO} {name}@{COMMIT}", "row": row,
                    "text": (dateline + "\n\n" + body) if dateline else body,
                    "license": LICENSE_PD if date and date < CC_BY_SINCE else LICENSE_CC})
    return out
