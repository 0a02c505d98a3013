"""The offline engine stage by stage (summarizer/offline/*.py) on short sentences, real spaCy.

Denials have their own file (test_offline_denials.py); the whole seed article is in test_offline.py."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from offline_stages import actor_names, context, with_actors, with_frames
from summarizer.schemas.brief import ActorKind

from summarizer.offline import attribution, incidents, summary
from summarizer.offline.extract import extract
from summarizer.offline.rules import load
from summarizer.offline.text import prepare

PACKAGE = Path(__file__).resolve().parents[1] / "summarizer" / "offline"


# -- text preparation (text.py) -----------------------------------------------------------


def test_editorial_brackets_are_read_through_and_map_back():
    text = "[Vladimir] Putin said the [army and police] would help."
    prep = prepare(text)
    assert prep.text == "Vladimir Putin said the army and police would help."
    start, end = prep.span(0, len("Vladimir Putin"))
    assert text[start:end] == "Vladimir] Putin"  # evidence is the original text between the words


def test_a_links_language_tag_is_no_word_but_an_editors_word_in_brackets_stays():
    # gvpool gv1a6a5802 ("The blog Maestroviejo [es] points out"), gvb89b5480 ("Boris Nadezhdin [ru]"), gv9e418ba2;
    # gv4e95da0b ("if [it] is")
    text = "The blog Maestroviejo [es] points out [ru, en] that if [it] is so, Nadezhdin wrote [ru]:\n\nIt is so [ru]."
    prep = prepare(text)
    assert prep.text == "The blog Maestroviejo points out that if it is so, Nadezhdin wrote:\nIt is so ru."
    start, end = prep.span(prep.text.index("points"), prep.text.index(" that"))
    assert text[start:end] == "points out"


def test_markup_left_in_scraped_text_is_read_as_its_characters_and_maps_back():
    text = "VIENNA &mdash; The Danube Rowing Club won 5&ndash;2 on Sunday.<br><sup>photo: Ana Ruiz</sup> Fans cheered."
    prep = prepare(text)
    # the dateline a line of its own (round 51, text._COLON_DATELINE), the line break mapped to the next character
    assert prep.text == "VIENNA \u2014\n The Danube Rowing Club won 5\u20132 on Sunday. photo: Ana Ruiz Fans cheered."
    dash = prep.text.index("\u2014")
    start, end = prep.span(dash, dash + 1)
    assert text[start:end] == "&"  # the reference's first character: evidence cut there stays in the original
    start, end = prep.span(prep.text.index("Ana"), prep.text.index(" Fans"))
    assert text[start:end] == "Ana Ruiz"  # no "</sup>" in a name


def test_a_line_break_tag_ends_a_paragraph_and_plain_ampersands_stay():
    prep = prepare("The mayor resigned.\n\nShe left.<br><br>AT&T and Q&A stay; so does a < b > c.")
    assert prep.text == "The mayor resigned.\nShe left.\nAT&T and Q&A stay; so does a < b > c."


def test_a_dateline_written_with_a_dash_reference_is_no_actor():
    ctx = with_actors("LIMA &mdash; Peru's highest court has ruled that the mayor may stay in office.")
    assert not any("LIMA" in name for name in actor_names(ctx))


# -- stage 1, actors (actors.py, groups.py, mentions.py) -------------------------------------


def test_an_acronym_joins_the_name_the_text_pairs_it_with():
    ctx = with_actors("The Federal Security Service (FSB) said gas caused the blast. The FSB denies the two explosions are related.")
    fsb = [a for a in ctx.actors.values() if "FSB" in (a.name, *a.aliases)]
    assert len(fsb) == 1 and fsb[0].name == "Federal Security Service" and fsb[0].kind == ActorKind.government


def test_an_acronym_with_two_possible_names_joins_neither():
    text = ("The Democratic National Committee met in Washington. The Democratic National Convention opened in July. "
            "The DNC said it would appeal.")
    ctx = with_actors(text)
    assert not any("DNC" in a.aliases for a in ctx.actors.values())


def test_names_carry_no_punctuation_debris():
    ctx = with_actors("[Vladimir] Putin met officials of the World Health Organization (WHO on Monday.")
    names = actor_names(ctx)
    assert "Vladimir Putin" in names
    assert not any(ch in n for n in names for ch in "[]()\"")


def kinds_in(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in with_actors(text).actors.values()}


def test_kinds_come_from_the_typed_name_lexicon():
    kinds = kinds_in("The National Security Agency, the Saudi Press Agency and the Supreme Court issued statements on Monday.")
    assert kinds.get("National Security Agency") == ActorKind.government  # an agency, not media
    assert kinds.get("Saudi Press Agency") == ActorKind.media
    assert kinds.get("Supreme Court") == ActorKind.government
    assert kinds_in("The Armed Forces of the Philippines said on Monday that two soldiers died.") == {
        "Armed Forces of the Philippines": ActorKind.military}
    assert kinds_in("The Labour Party said on Monday that it would vote against the bill.") == {
        "Labour Party": ActorKind.organization}


def test_crowds_only_mentioned_are_not_actors_but_a_speaking_one_is():
    from summarizer.offline.backend import nlp

    rules = load()
    mentioned = prepare("Police arrested Ahmad Rahimi on Monday in Linden. Residents watched from their windows.")
    brief = extract(nlp()(mentioned.text), mentioned, rules)
    assert not any(a.name.lower() == "residents" for a in brief.actors)
    speaking = prepare("Residents said the gunmen fled toward the river before the police arrived.")
    brief = extract(nlp()(speaking.text), speaking, rules)
    assert any(a.name.lower() == "residents" for a in brief.actors)


def test_a_war_or_a_law_is_not_an_actor():
    names = actor_names(with_actors("The Syrian Civil War began in 2011, and the United States Constitution was cited."))
    assert not any("War" in n or "Constitution" in n for n in names)


def test_a_day_kept_is_an_occasion_not_an_actor():
    # pool globalvoices gvd6e765f7 (this sentence), gv087379a8 and wikinews w2020_0030 ("International Women's Day")
    names = actor_names(with_actors("Through cities around the globe, people took to the streets to march and "
                                    "commemorate the International Workers' Day."))
    assert not any(n.endswith("Day") for n in names)
    assert "Doris Day" in actor_names(with_actors("The actress Doris Day said she would attend."))  # a surname stays


def test_a_release_named_is_a_document_not_an_actor():
    names = actor_names(with_actors("The command updated the figures.\n\nThis is an update to IJC News Release #2010-10-CA-068."))
    assert not any("Release" in n for n in names)


# -- stage 2, attribution (attribution.py) --------------------------------------------------


def test_a_reporting_verb_and_according_to_give_claims_with_their_sources():
    ctx = with_frames("US Secretary of Defense Mark Esper said Saturday that Iran is behind the attacks. "
                      "According to the Iraqi military, six soldiers were wounded.")
    found = {(c.claimant_name, c.content) for c, _, _ in attribution.claims(ctx)}
    assert found == {("Mark Esper", "that Iran is behind the attacks"), ("Iraqi military", "six soldiers were wounded")}


def test_a_statement_in_the_publishers_own_voice_is_no_claim():
    ctx = with_frames("The security force detained two suspects in Kandahar on Monday.")
    assert attribution.claims(ctx) == []


# -- stage 4, incidents (incidents/, slots.py) --------------------------------------------


def test_an_attack_with_its_date_place_and_casualties():
    ctx = with_frames("On December 3, four rockets struck Al Asad air base, wounding six Iraqi soldiers.")
    [found] = incidents.find_incidents(ctx, [])
    assert (found.type, found.date_text, found.injured) == ("attack", "December 3", 6)
    assert found.location is not None and "Al Asad air base" in found.location


def test_a_month_or_a_name_is_no_event_cue():
    ctx = with_frames("Sunday, March 17, 2019. The Democratic Rally hailed the agreement in a statement.")
    assert incidents.find_incidents(ctx, []) == []


# -- stage 5, summary (summary.py) ------------------------------------------------------------


def test_the_summary_copies_whole_sentences_of_the_article():
    text = ("Four rockets struck Al Asad air base on Tuesday, wounding six Iraqi soldiers, the Iraqi military said. "
            "The base hosts US and coalition troops who train Iraqi forces in the west of the country. "
            "No group has claimed responsibility for the attack, which followed a series of similar strikes.")
    ctx = with_frames(text)
    out = summary.summarize(ctx, attribution.claims(ctx), incidents.find_incidents(ctx, []))
    assert out and all(sentence.strip() in text for sentence in out.split(". ") if sentence.strip())


# -- the layout itself ------------------------------------------------------------------------


def test_no_function_or_class_in_the_engine_is_over_150_lines():
    long = []
    for path in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.ClassDef) and node.end_lineno - node.lineno + 1 > 150:
                long.append(f"{path.name}:{node.name}")
    assert long == []


def test_context_is_built_without_running_a_stage():
    ctx = context("Iran denied it.")
    assert ctx.actors == {} and ctx.frames == [] and len(ctx.sents) == 1


@pytest.mark.parametrize("text, dateline", [
    ("KABUL, Afghanistan (June 19) - An Afghan force detained two men.", "KABUL, Afghanistan (June 19) -"),
    ("Moscow, 3 March: The ministry dismissed the reports.", "Moscow, 3 March:"),
    ("Kabul, Afghanistan (Reuters) - Fighters attacked a checkpoint.", "Kabul, Afghanistan (Reuters) -"),
    ("Washington said on Monday: we will act.", ""),  # a subject and its verb, no dateline
    ("Smith, 45, said - quietly - that he would go.", ""),
])
def test_datelines_in_upper_and_mixed_case_end_where_the_story_starts(text, dateline):
    ctx = context(text)
    assert ctx.doc[: ctx.title_end].text == dateline


def test_clip_cuts_at_a_word_boundary():
    from summarizer.offline.text import clip

    assert clip("The minister said the claims were false.", 300) == "The minister said the claims were false."
    assert clip("The minister said the claims were false.", 22) == "The minister said the"  # not "...the cl"
    assert clip("The minister said, the claims", 18) == "The minister said"  # no dangling comma
    assert clip("Unbreakableword", 5) == "Unbre"  # one word longer than the limit is cut
    assert clip("The minister said the claims were false.", 23, mark="…") == "The minister said the…"
