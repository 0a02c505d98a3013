"""Shared by the benchmark scripts: synthetic articles, the 1,000-word realistic article and its
full answer, and printing the command that produced the figures. Not a test helper: nothing here
imports from tests/."""

from __future__ import annotations

import json
import logging
import os
import platform
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "evals" / "fixtures"

_FIRST = ["Amira", "Jonas", "Leila", "Tomas", "Farid", "Mei", "Oskar", "Nadia", "Rafael", "Sana", "Viktor", "Ines"]
_LAST = ["Haddad", "Keller", "Rahimi", "Novak", "Osei", "Lindqvist", "Moreno", "Tanaka", "Petrov", "Adeyemi"]
_PLACES = ["Marlow", "Kestrel Bay", "North Ridge", "Port Alden", "Vostan", "the capital", "Lake Ember", "Dunmore"]
_ORGS = ["the Interior Ministry", "the coastal guard", "the city council", "the national police",
         "a local aid group", "the port authority", "the defence ministry", "an opposition party"]
_VERBS = ["said", "told reporters", "announced", "confirmed", "denied", "warned", "claimed", "added"]
_NOUNS = ["shipment", "protest", "inquiry", "curfew", "convoy", "agreement", "strike", "investigation",
          "budget", "checkpoint", "report", "evacuation"]
_FILLER = ("officials", "residents", "the", "a", "on", "in", "after", "before", "during", "several", "two",
           "new", "local", "regional", "week", "Monday", "Tuesday", "morning", "statement", "talks", "security")


def synthetic_article(i: int) -> dict:
    """A deterministic, varied news-like article of 300-1000 words, as a JSONL record."""
    rng = random.Random(f"summarizer-bench-{i}")
    target = rng.randint(300, 1000)
    words: list[str] = []
    sentences: list[str] = []
    while len(words) < target:
        person = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        kind = rng.random()
        if kind < 0.3:
            s = (f"{person}, a spokesperson for {rng.choice(_ORGS)}, {rng.choice(_VERBS)} that the "
                 f"{rng.choice(_NOUNS)} in {rng.choice(_PLACES)} would continue for {rng.randint(2, 30)} days.")
        elif kind < 0.5:
            s = (f"{rng.randint(2, 400)} people were reported near {rng.choice(_PLACES)} after the "
                 f"{rng.choice(_NOUNS)}, according to {rng.choice(_ORGS)}.")
        elif kind < 0.65:
            s = f"\"We will not accept this {rng.choice(_NOUNS)},\" {person} {rng.choice(_VERBS)}."
        else:
            n = rng.randint(8, 22)
            body = " ".join(rng.choice(_FILLER) for _ in range(n))
            s = f"{body.capitalize()} {rng.choice(_PLACES)} {rng.choice(_NOUNS)}."
        sentences.append(s)
        words.extend(s.split())
        if rng.random() < 0.2:
            sentences.append("\n\n")
    text = " ".join(sentences).replace(" \n\n ", "\n\n").strip()
    place = rng.choice(["MARLOW", "PORT ALDEN", "DUNMORE"])
    return {"id": f"art-{i:06d}", "text": f"{place} - {text}",
            "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "source": "Bench Wire"}


def write_jsonl(path: Path, n: int, start: int = 0) -> int:
    """Write n synthetic articles to path (streamed, constant memory); returns bytes written."""
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            fh.write(json.dumps(synthetic_article(i), ensure_ascii=False) + "\n")
    return path.stat().st_size


# -- a realistic 1,000-word article and a full answer for it --------------------------------------

def thousand_word_article() -> tuple[str, str]:
    """The seed article (616 words) followed by the start of a second fixture, cut at a paragraph
    end near 1,000 words. Returns (text, published)."""
    seed = (FIXTURES / "seed-iraq-rockets-2019" / "article.txt").read_text(encoding="utf-8").strip()
    extra = (FIXTURES / "voa-2015-11-bangkok-shrine-bombing-indictment" / "article.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in extra.split("\n") if p.strip()]
    text = seed
    for p in paragraphs:
        room = 1000 - len(text.split())
        if room <= 0:
            break
        kept = ""
        for sentence in re.split(r"(?<=[.!?\"])\s+", p.strip()):  # whole sentences only
            if kept and len((kept + " " + sentence).split()) > room + 10:
                break
            kept = f"{kept} {sentence}".strip()
        text += "\n\n" + kept
    return text, "2019-12-10"


def _sentence_with(text: str, term: str, limit: int = 220) -> str | None:
    """The verbatim stretch of ``text`` around ``term``: its sentence (one line), cut to ``limit``."""
    i = text.find(term)
    if i < 0:
        m = re.search(re.escape(term), text, re.IGNORECASE)
        if not m:
            return None
        i = m.start()
    start = max(text.rfind(". ", 0, i) + 2, text.rfind("\n", 0, i) + 1, 0)
    ends = [e for e in (text.find(". ", i), text.find("\n", i)) if e >= 0]
    end = min(ends) + 1 if ends else len(text)
    quote = text[start:end].strip()
    if len(quote) > limit:  # keep a window around the term, cut at spaces
        lo = max(start, i - limit // 2)
        lo = text.find(" ", lo) + 1 if lo > start else lo
        hi = min(end, lo + limit)
        hi = text.rfind(" ", lo, hi) if hi < end else hi
        quote = text[lo:hi].strip()
    return quote


def full_answer(text: str) -> dict:
    """A realistic model answer for :func:`thousand_word_article`: the seed fixture's gold actors,
    incidents, claims and denial, each with evidence copied verbatim from ``text``."""
    import yaml

    gold = yaml.safe_load((FIXTURES / "seed-iraq-rockets-2019" / "gold.yaml").read_text(encoding="utf-8"))["gold"]
    actors = []
    for a in gold["actors"]:
        ev = None
        for term in [a["name"], *a.get("aliases", [])]:
            ev = _sentence_with(text, term)
            if ev:
                break
        if ev:
            actors.append({"name": a["name"], "aliases": a.get("aliases", [])[:12], "kind": a["kind"],
                           "role": None, "evidence": ev})
    names = {a["name"] for a in actors}
    incidents = []
    for inc in gold["incidents"]:
        ev = None
        for term in (inc.get("location") or "", inc.get("weapon") or "", "rocket"):
            for piece in (term, term.split(" ")[-1] if term else ""):
                if piece:
                    ev = _sentence_with(text, piece)
                    if ev:
                        break
            if ev:
                break
        incidents.append({
            "type": inc["type"], "description": inc["summary"][:400], "date_text": None,
            "date": str(inc["date"]) if inc.get("date") else None, "location": inc.get("location"),
            "weapon": inc.get("weapon"),
            "perpetrator": inc.get("perpetrator") if inc.get("perpetrator") in names else None,
            "alleged_perpetrator": inc.get("alleged_perpetrator"),
            "killed": inc.get("killed"), "injured": inc.get("injured"), "evidence": ev,
        })
    claims, claim_ids = [], {}
    for n, c in enumerate(gold["claims"], 1):
        if c["claimant"] not in names:
            continue
        ev = _sentence_with(text, c["evidence"]) and c["evidence"]
        claims.append({"id": f"C{n}", "claimant": c["claimant"], "content": c["content"][:400], "quote": None,
                       "hedged": any(w in c["content"] for w in ("believe", "good chance", "may")),
                       "evidence": ev or _sentence_with(text, c["claimant"])})
        claim_ids[c["content"]] = f"C{n}"
    denials = []
    for d in gold["denials"]:
        responds = next((cid for content, cid in claim_ids.items() if d["responds_to"] and content.startswith(d["responds_to"][:40])), None)
        denials.append({"denier": d["denier"], "content": d["content"][:400], "responds_to": responds,
                        "evidence": d["evidence"]})
    summary = ("Rockets struck a training site near Baghdad International Airport where US troops train Iraqi "
               "forces; US officials believe Iranian-backed groups are responsible. Iraqi forces are investigating.")
    return {"summary": summary, "actors": actors, "incidents": incidents, "claims": claims, "denials": denials}


def completion_bytes(data: dict, *, tools: bool = False, prompt_tokens: int = 2000) -> bytes:
    """An OpenAI chat completion carrying ``data`` as content (or as a tool call), as JSON bytes."""
    message: dict = {"role": "assistant", "content": None}
    if tools:
        message["tool_calls"] = [{"id": "call_1", "type": "function",
                                  "function": {"name": "Extraction", "arguments": json.dumps(data)}}]
    else:
        message["content"] = json.dumps(data)
    return json.dumps({
        "id": "chatcmpl-bench", "object": "chat.completion", "created": 0, "model": "bench-model",
        "choices": [{"index": 0, "finish_reason": "stop", "message": message}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": 900, "total_tokens": prompt_tokens + 900},
    }).encode()


def article_of(body: dict) -> str:
    """The article text: between <article> and </article> in the last user message, else all of it."""
    content = ""
    for message in reversed(body.get("messages") or []):
        if message.get("role") == "user":
            content = message.get("content") or ""
            if isinstance(content, list):  # content parts
                content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
            break
    if "<article>" in content and "</article>" in content:
        return content.split("<article>", 1)[1].rsplit("</article>", 1)[0].strip()
    return content


def small_answer(body: dict) -> dict:
    """A small answer that passes summarizer's validation for any article: one actor and one claim
    whose evidence is the article's first words, copied verbatim; every list present."""
    m = re.search(r"\S+(?: \S+){0,5}", article_of(body))
    quote = m.group(0) if m else article_of(body).strip()[:40]
    return {
        "summary": quote,
        "actors": [{"name": "Source", "aliases": [], "kind": "other", "role": None, "evidence": quote}],
        "incidents": [],
        "claims": [{"id": "C1", "claimant": "Source", "content": "The article opens with this statement.",
                    "quote": None, "hedged": False, "evidence": quote}],
        "denials": [],
    }


def echo_completion(body: dict) -> bytes:
    """:func:`small_answer` as a chat completion."""
    return completion_bytes(small_answer(body), prompt_tokens=len(json.dumps(body)) // 4)


def header(title: str) -> None:
    """Print the title, the exact command and the machine."""
    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    print(f"# {title}")
    print("command: python " + " ".join([os.path.relpath(sys.argv[0], ROOT), *sys.argv[1:]]) + "   (cwd: repository root)")
    import summarizer

    print(f"machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, summarizer {summarizer.__version__}")
    print()


def bench_settings(**changes):
    """Settings for the OpenAI-compatible backend against a fake server, cache off."""
    from summarizer.config import Settings

    base = {"backend": "openai", "model": "bench-model", "base_url": "http://bench.invalid/v1", "api_key": "bench",
                "server": "vllm", "cache": False, "http_retries": 0}
    base.update(changes)
    return Settings(**base)
