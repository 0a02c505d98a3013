"""The offline backend's rules: cue lexicons and patterns loaded from ``summarizer/offline/rules/*.yaml``.

Rules are data: adding a speech verb, a denial phrase or a weapon pattern is an edit to a YAML
file, not to code. :func:`load` reads them once per process; :func:`version` hashes the rule files
and the offline package's source so a brief records exactly which rules made it.
"""

from __future__ import annotations

import hashlib
import importlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from summarizer.offline import denial_model as _denial_model
from summarizer.offline.denial_model import DenialModel

RULE_FILES = ("actors.yaml", "attribution.yaml", "denial.yaml", "events.yaml")
_PACKAGE = "summarizer.offline"


def _lower_set(values: Iterable[object] | None) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values or ())


@dataclass(frozen=True)
class Rules:
    raw: dict[str, Any]  # the rule files as read, by file stem
    # attribution
    speech: frozenset[str]
    cognition: frozenset[str]
    reporting: frozenset[str]  # speech | cognition: any verb that reports what someone says or thinks
    clausal_only: frozenset[str]
    object_content: frozenset[str]
    claim_nouns: frozenset[str]
    according_to: tuple[str, ...]
    phrasal_speech: frozenset[tuple[str, str]]
    hedges: re.Pattern[str]
    # denial
    denial_verbs: frozenset[str]
    denial_phrasal: frozenset[tuple[str, str]]
    denial_phrasal_verbs: frozenset[str]  # the verbs of denial_phrasal ("push" of "push back"): only these need their particles read
    denial_phrases: tuple[re.Pattern[str], ...]
    # per denial phrase, strings one of which its every match holds (in case_folded text), None if unknown:
    # a sentence with none of them needs no search for that phrase (may_match)
    denial_phrase_words: tuple[tuple[str, ...] | None, ...]
    denial_nouns: frozenset[str]
    refusal_verbs: frozenset[str]
    object_rejection_verbs: frozenset[str]
    labelling_verbs: frozenset[str]
    dismissive: re.Pattern[str]
    rejectable_objects: frozenset[str]
    refused_complements: frozenset[str]
    proposition_nouns: frozenset[str]
    statement_nouns: frozenset[str]
    # every text that precedes a space in one of the object idioms ("take" of "take issue"): a verb can only
    # begin one if it is one of these (propositions.idiom_object)
    object_idiom_leads: frozenset[str]
    # events
    event_type: dict[str, str]  # lemma -> incident type
    verb_types: dict[str, str]  # lemma used as a verb -> incident type
    event_order: tuple[str, ...]
    nouns_only: frozenset[str]
    verbs_only: frozenset[str]
    needs_weapon_context: frozenset[str]
    irrealis_heads: frozenset[str]
    irrealis_aux: frozenset[str]
    killed: frozenset[str]
    injured: frozenset[str]
    number_words: dict[str, int]
    victim_heads: frozenset[str]
    weapons: tuple[re.Pattern[str], ...]
    weapon_words: tuple[tuple[str, ...] | None, ...]  # per weapon pattern, as denial_phrase_words
    place_heads: frozenset[str]
    place_preps: frozenset[str]
    allegation_adjectives: frozenset[str]
    allegation_verbs: frozenset[str]
    caption_patterns: tuple[re.Pattern[str], ...]  # a photo caption opening a sentence (incidents.drafts.lead_start)
    # release boilerplate ("For Immediate Release"): a lead may follow it (incidents.drafts.lead_start), a group's
    # name starts after it (groups._name_start)
    boilerplate_patterns: tuple[re.Pattern[str], ...]
    # actors
    org_keywords: tuple[tuple[str, re.Pattern[str]], ...]
    org_kind_names: dict[str, frozenset[str]]  # kind -> the names org_keywords matches ("media" -> {"CNN", "Herald", ...})
    group_heads: dict[str, str]  # head word -> kind
    acting_heads: dict[str, str]  # head word -> kind, for a group that counts only where it acts
    head_class: dict[str, str]  # head lemma -> class ("troop" -> "force")
    needs_modifier: frozenset[str]
    unnamed_heads: frozenset[str]
    demonyms: dict[str, str]  # lower-case word -> side
    titles: frozenset[str]
    title_joiners: frozenset[str]
    role_heads: frozenset[str]
    not_person: frozenset[str]
    stop_names: frozenset[str]
    dateline: re.Pattern[str]  # "KABUL, Afghanistan (Dec. 16, 2012) -" (actors.dateline_tokens)
    credit_lines: tuple[re.Pattern[str], ...]  # "X contributed to this report" (actors.credit_tokens)
    caption_lines: re.Pattern[str] | None = None  # "Susan Rice Image: White House." (actors.caption_tokens)
    # the learned denial classifier (rules/denial_model.yaml) when it is switched on, else None
    denial_model: DenialModel | None = None
    _word_sets: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    def words(self, section: str, key: str) -> frozenset[str]:
        """The word list ``key`` of ``rules/<section>.yaml`` as a lower-case set (a pair written as a
        list is its words joined by a space), built on first use and kept with the rules."""
        found = self._word_sets.get((section, key))
        if found is None:
            found = _word_set(self.raw[section][key])
            self._word_sets[(section, key)] = found
        return found


def _word_set(values: Iterable[object]) -> frozenset[str]:
    """A word list as :meth:`Rules.words` gives it: lower case, a pair written as a list joined by a space."""
    return frozenset((" ".join(map(str, w)) if isinstance(w, list) else str(w)).lower() for w in values)


def _leading_words(phrases: frozenset[str]) -> frozenset[str]:
    """Every text that precedes a space in one of ``phrases``: "take issue" -> {"take"}. A lemma
    followed by a space and an object can only be one of ``phrases`` if it is one of these."""
    return frozenset(p[:k] for p in phrases for k, ch in enumerate(p) if ch == " ")


def _read(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(resources.files(_PACKAGE).joinpath("rules", name).read_text(encoding="utf-8")) or {}
    return data


def _words_pattern(words: Iterable[str]) -> re.Pattern[str]:
    alts = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])")


def _patterns(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """A list of regular expressions, each compiled case-insensitive."""
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def _first_kind(groups: dict[str, Iterable[object]]) -> dict[str, str]:
    """Word -> the kind it is listed under (lower case); a word listed under two kinds keeps the first."""
    kinds: dict[str, str] = {}
    for kind, words in groups.items():
        for w in words:
            kinds.setdefault(str(w).lower(), kind)
    return kinds


def _demonyms(a: dict[str, Any]) -> dict[str, str]:
    """Word -> side: the listed ``demonyms`` (a word listed twice keeps its last side), then the words of
    every other state in ``countries`` (the listed sides win)."""
    demonyms = {str(w).lower(): side for side, words in a["demonyms"].items() for w in words}
    for word, side in _first_kind(a.get("countries", {})).items():
        demonyms.setdefault(word, side)
    return demonyms


def _attribution_rules(t: dict[str, Any]) -> dict[str, Any]:
    """The :class:`Rules` fields read from ``attribution.yaml``."""
    return {
        "speech": _lower_set(t["speech_verbs"]),
        "cognition": _lower_set(t["cognition_verbs"]),
        "reporting": _lower_set(t["speech_verbs"]) | _lower_set(t["cognition_verbs"]),
        "clausal_only": _lower_set(t["clausal_only"]),
        "object_content": _lower_set(t["object_content"]),
        "claim_nouns": _lower_set(t["claim_nouns"]),
        "according_to": tuple(s.lower() for s in t["according_to"]),
        "phrasal_speech": frozenset(tuple(p) for p in t["phrasal_speech"]),
        "hedges": re.compile(r"\b(?:" + "|".join(re.escape(h) for h in t["hedges"]) + r")\b", re.IGNORECASE),
    }


def _denial_rules(d: dict[str, Any]) -> dict[str, Any]:
    """The :class:`Rules` fields read from ``denial.yaml``."""
    denial_phrasal = frozenset(tuple(p) for p in d["phrasal"])
    return {
        "denial_verbs": _lower_set(d["verbs"]),
        "denial_phrasal": denial_phrasal,
        "denial_phrasal_verbs": frozenset(verb for verb, _ in denial_phrasal),
        "denial_phrases": _patterns(d["phrases"]),
        "denial_phrase_words": tuple(needed_strings([p]) for p in d["phrases"]),
        "denial_nouns": _lower_set(d["nouns"]),
        "refusal_verbs": _lower_set(d["refusal_verbs"]),
        "object_rejection_verbs": _lower_set(d["object_rejection_verbs"]),
        "labelling_verbs": _lower_set(d["labelling_verbs"]),
        "dismissive": _words_pattern(str(w).lower() for w in d["dismissive_words"]),
        "rejectable_objects": _lower_set(d["rejectable_objects"]),
        "refused_complements": _lower_set(d["refused_complements"]),
        "proposition_nouns": _lower_set(d["proposition_nouns"]),
        "statement_nouns": _lower_set(d["statement_nouns"]),
        "object_idiom_leads": _leading_words(_word_set(d["object_idioms"])),
    }


def _event_rules(e: dict[str, Any]) -> dict[str, Any]:
    """The :class:`Rules` fields read from ``events.yaml``."""
    return {
        "event_type": _first_kind(e["types"]),
        "verb_types": {str(k).lower(): v for k, v in (e.get("verb_types") or {}).items()},
        "event_order": tuple(e["types"]),
        "nouns_only": _lower_set(e["nouns_only"]),
        "verbs_only": _lower_set(e["verbs_only"]),
        "needs_weapon_context": _lower_set(e["needs_weapon_context"]),
        "irrealis_heads": _lower_set(e["irrealis_heads"]),
        "irrealis_aux": _lower_set(e["irrealis_aux"]),
        "killed": _lower_set(e["killed"]),
        "injured": _lower_set(e["injured"]),
        "number_words": {str(k).lower(): int(v) for k, v in e["number_words"].items()},
        "victim_heads": _lower_set(e["victim_heads"]),
        "weapons": _patterns(e["weapons"]),
        "weapon_words": tuple(needed_strings([p]) for p in e["weapons"]),
        "place_heads": _lower_set(e["place_heads"]),
        "place_preps": _lower_set(e["place_preps"]),
        "allegation_adjectives": _lower_set(e["allegation_adjectives"]),
        "allegation_verbs": _lower_set(e["allegation_verbs"]),
        "caption_patterns": _patterns(e.get("caption_patterns", [])),
        "boilerplate_patterns": _patterns(e.get("boilerplate_patterns", [])),
    }


def _actor_rules(a: dict[str, Any]) -> dict[str, Any]:
    """The :class:`Rules` fields read from ``actors.yaml``."""
    return {
        "org_keywords": tuple((str(entry["kind"]), _words_pattern(entry["names"])) for entry in a["org_kinds"]),
        "org_kind_names": {str(entry["kind"]): frozenset(map(str, entry["names"])) for entry in a["org_kinds"]},
        "group_heads": _first_kind(a["group_heads"]),
        "acting_heads": _first_kind(a["acting_heads"]),
        "head_class": {str(w).lower(): c for c, ws in (a.get("head_classes") or {}).items() for w in ws},
        "needs_modifier": _lower_set(a["needs_modifier"]),
        "unnamed_heads": _lower_set(a["unnamed_heads"]),
        "demonyms": _demonyms(a),
        "titles": _lower_set(a["titles"]),
        "title_joiners": _lower_set(a["title_joiners"]),
        "role_heads": _lower_set(a["role_heads"]),
        "not_person": _lower_set(a["not_person"]),
        "stop_names": _lower_set(a["stop_names"]),
        "dateline": re.compile(a["dateline"]),
        "credit_lines": _patterns(a.get("credit_lines", [])),
        "caption_lines": re.compile(a["caption_lines"], re.MULTILINE) if a.get("caption_lines") else None,
    }


@lru_cache(maxsize=1)
def load() -> Rules:
    """The rules of the four rule files (and the denial model when it is switched on), read once per process."""
    a, t, d, e = (_read(n) for n in RULE_FILES)
    return Rules(
        raw={"actors": a, "attribution": t, "denial": d, "events": e},
        **_attribution_rules(t), **_denial_rules(d), **_event_rules(e), **_actor_rules(a),
        denial_model=_switched_on(_denial_model.load()),
    )


# the characters outside ASCII that an IGNORECASE pattern matches to an ASCII one, and that str.lower()
# does not make that ASCII letter (tests/test_offline_denials.py checks every code point)
_CASE_FIXES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_MAX_STRINGS = 256


def case_folded(text: str) -> str:
    """``text`` as :func:`needed_strings` are compared with: every character an IGNORECASE match takes
    for an ASCII character becomes that character in lower case."""
    return text.translate(_CASE_FIXES).lower()


def may_match(strings: tuple[str, ...] | None, text: str) -> bool:
    """False only when no pattern ``strings`` were found for (:func:`needed_strings`) can match ``text``."""
    return _holds(strings, case_folded(text))


def _holds(strings: tuple[str, ...] | None, folded: str) -> bool:
    return strings is None or any(map(folded.__contains__, strings))


def searches(patterns: tuple[re.Pattern[str], ...], needs: tuple[tuple[str, ...] | None, ...], text: str
             ) -> Iterator[re.Match[str]]:
    """The first match in ``text`` of each of ``patterns``, in their order, a pattern searched only where one of
    the strings it needs is (``needs``: :func:`needed_strings` per pattern; :func:`may_match`)."""
    folded = case_folded(text)
    holds = folded.__contains__
    for pattern, strings in zip(patterns, needs):
        if (strings is None or any(map(holds, strings))) and (m := pattern.search(text)):  # _holds, inline
            yield m


def needed_strings(patterns: Iterable[str]) -> tuple[str, ...] | None:
    """Strings (lower case, ASCII) one of which every IGNORECASE match of any of ``patterns`` holds:
    for each pattern, a piece of it that must match one of a few plain strings: a literal run, or an
    alternative of plain strings, outside any repeat or assertion ("no (?:credible )?evidence" ->
    "evidence"; "(?:false|baseless) claims" -> " claims"). None when one pattern has none or its
    syntax is not understood: then nothing is ruled out."""
    try:
        parser = importlib.import_module("re._parser")  # the standard library's own parser (Python 3.11+)
        found: set[str] = set()
        for p in patterns:
            best = _best_piece(list(parser.parse(p, re.IGNORECASE)), parser)
            if best is None:
                return None
            found |= best
    except Exception:  # any surprise: no filter, the patterns are searched as before
        return None
    return tuple(sorted(found)) if found and all(s.isascii() for s in found) else None


def _best_piece(items: list[Any], parser: Any) -> set[str] | None:
    """The strings of the most telling plain piece of a pattern's top level: its shortest string at
    least four characters, then the fewest strings, then the longest shortest string."""
    pieces: list[set[str]] = []
    run: list[set[str]] = []
    for item in [*items, None]:
        plain = _plain([item], parser) if item is not None else None
        if plain is not None:
            run.append(plain)
            continue
        literal = ""  # consecutive single characters of the run, joined; each alternative alone
        for options in [*run, set()]:
            if len(options) == 1:
                literal += next(iter(options))
                continue
            if literal:
                pieces.append({literal})
            literal = ""
            if options:
                pieces.append(options)
        run = []
    pieces = [p for p in pieces if "" not in p]
    if not pieces:
        return None
    best = min(pieces, key=lambda p: (min(map(len, p)) < 4, len(p), -min(map(len, p))))
    return {s.lower() for s in best}


def _plain(items: list[Any], parser: Any) -> set[str] | None:
    """The strings a sequence of parsed items matches when it is plain characters and alternatives of
    them, else None."""
    out: set[str] = {""}
    for op, av in items:
        if op is parser.LITERAL:
            options: set[str] | None = {chr(av)}
        elif op is parser.IN and all(o is parser.LITERAL for o, _ in av):
            options = {chr(v) for _, v in av}
        elif op is parser.BRANCH:
            alts = [_plain(list(alt), parser) for alt in av[1]]
            options = None if any(a is None for a in alts) else set().union(*alts)  # type: ignore[arg-type]
        elif op is parser.SUBPATTERN and not av[1] and not av[2]:
            options = _plain(list(av[3]), parser)
        else:
            options = None
        if options is None or len(out) * len(options) > _MAX_STRINGS:
            return None
        out = {a + b for a in out for b in options}
    return out


def _switched_on(model: DenialModel | None) -> DenialModel | None:
    return model if model is not None and model.enabled else None


@lru_cache(maxsize=1)
def version() -> str:
    """Short hash of the rule files and the offline backend's source (every module of this package)."""
    h = hashlib.sha256()
    package = resources.files(_PACKAGE)
    for name in RULE_FILES:
        h.update(package.joinpath("rules", name).read_bytes())
    model = package.joinpath("rules", _denial_model.MODEL_FILE)
    if model.is_file():
        h.update(model.read_bytes())
    for source in sorted((p for p in package.iterdir() if p.name.endswith(".py")), key=lambda p: p.name):
        h.update(source.read_bytes())
    return "offline-" + h.hexdigest()[:12]
