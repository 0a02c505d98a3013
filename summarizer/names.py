"""Name normalisation shared by actor resolution and the scorer.

``key("the U.S. Secretary of Defense Mark Esper")`` -> ``"mark esper"``: NFKC, casefold,
diacritics and punctuation stripped, leading articles and titles removed. Titles are data
(:data:`TITLES`), matched as whole leading words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

ARTICLES = {"the", "a", "an"}
# leading words dropped from names; multi-word titles are matched greedily, longest first
TITLES = sorted(
    {
        "mr", "mrs", "ms", "dr", "sir", "president", "vice president", "prime minister", "minister",
        "secretary", "secretary of defense", "defense secretary", "secretary of state", "state secretary",
        "assistant secretary", "spokesman", "spokeswoman", "spokesperson", "spokesman for", "gen", "general",
        "lt", "lt gen", "maj", "maj gen", "brig gen", "col", "lt col", "capt", "cdr", "cmdr", "commander",
        "adm", "admiral", "sgt", "judge", "justice", "u s district judge", "district judge", "senator", "sen",
        "rep", "gov", "governor", "king", "queen", "prince", "officer",
        "us army", "u s army", "pentagon spokesperson", "lieutenant", "colonel",
        "major", "captain", "sergeant", "former", "acting", "deputy",
    },
    key=lambda t: -len(t),
)
_TITLE_RE = re.compile(r"^(?:(?:" + "|".join(re.escape(t) for t in TITLES) + r")\s+)+")


@lru_cache(maxsize=65536)
def basic(name: str) -> str:
    """NFKC, casefold, diacritics and punctuation removed, whitespace collapsed."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"['\u2019]s\b", "", text)  # possessive
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    """Matching key: basic form without leading articles and titles."""
    text = basic(name)
    words = text.split()
    while words and words[0] in ARTICLES:
        words.pop(0)
    text = " ".join(words)
    stripped = _TITLE_RE.sub("", text + " ").strip()
    return stripped or text


def acronyms(name: str) -> set[str]:
    """Acronyms a name may go by: "Department of Defense" -> {"dd", "dod"}."""
    words = basic(name).split()
    content = [w for w in words if w not in {"of", "the", "and", "for", "de"}]
    found = {"".join(w[0] for w in ws) for ws in (words, content) if len(ws) > 1}
    return found


def surname(name: str) -> str:
    words = key(name).split()
    return words[-1] if words else ""
