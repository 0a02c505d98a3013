from summarizer.schemas.brief import Actor, Brief, Claim, Denial

from summarizer.grounding import Grounder
from summarizer.resolve import merge_actors, resolve

TEXT = ("Multiple defense officials said the US is weighing deploying 4,000-7,000 additional troops. "
        "Secretary of Defense Mark Esper said he was not looking at any major deployments of additional troops. "
        "The Department of Defense (DoD) declined to comment. Esper left.")


def actor(name, kind="person", aliases=()):
    return Actor(id="", name=name, kind=kind, aliases=list(aliases))


def test_aliases_surnames_and_acronyms_in_brackets_merge():
    merged = merge_actors([
        actor("Secretary of Defense Mark Esper"), actor("Esper"), actor("Mark Esper"),
        actor("Department of Defense", "government"), actor("DoD", "government"),
        actor("Mark Milley"),
    ], TEXT)
    names = sorted(a.name for a in merged)
    assert len(merged) == 3, names
    esper = next(a for a in merged if "Esper" in a.name)
    assert {"Esper", "Mark Esper"} <= set(esper.aliases + [esper.name])
    assert [a.id for a in merged] == ["a1", "a2", "a3"]


def test_only_the_text_ties_two_names_of_one_body():
    bodies = [actor("Department of Defense", "government"), actor("DoD", "government")]
    assert len(merge_actors(bodies, "The Department of Defense (DoD) declined to comment.")) == 1
    assert len(merge_actors(bodies, "DoD (Department of Defense) declined.")) == 1
    # an acronym the text never ties to the name stays a separate actor: the model must alias it
    assert len(merge_actors(bodies, "The Department of Defense declined. DoD said nothing.")) == 2
    assert len(merge_actors(bodies)) == 2
    called = [actor("Islamic State", "armed_group"), actor("Daesh", "armed_group"), actor("Taliban", "armed_group")]
    merged = merge_actors(called, "Islamic State, also known as Daesh, and the Taliban (an ally) fought.")
    assert sorted(a.name for a in merged) == ["Islamic State", "Taliban"]
    # two names the article uses for one body, with nothing in the text between them, stay two
    two = [actor("White House", "government"), actor("Obama administration", "government")]
    assert len(merge_actors(two, "The White House said. The Obama administration denied.")) == 2


def test_the_merged_actor_keeps_the_kind_of_the_name_it_keeps():
    text = "The Department of Defense (DoD) declined to comment."
    merged = merge_actors([actor("DoD", "military"), actor("Department of Defense", "government")], text)
    assert [(a.name, a.kind.value) for a in merged] == [("Department of Defense", "government")]
    # a name of kind 'other' takes the first kind known in the group
    merged = merge_actors([actor("DoD", "military"), actor("Department of Defense", "other")], text)
    assert [(a.name, a.kind.value) for a in merged] == [("DoD", "military")]


def test_a_surname_shared_by_two_people_merges_neither_and_phrases_are_not_surnames():
    text = "Tamerlan Tsarnaev, Dzhokhar Tsarnaev and Zubeidat Tsarnaev. Tsarnaev said."
    family = [actor("Tamerlan Tsarnaev", aliases=["Tsarnaev", "Tamerlan"]), actor("Dzhokhar Tsarnaev"),
              actor("Zubeidat Tsarnaev")]
    assert len(merge_actors(family, text)) == 3  # an alias the model gave one of them ties no other
    brothers = [actor("Tamerlan Tsarnaev"), actor("Dzhokhar Tsarnaev"), actor("Tsarnaev")]
    assert sorted(a.name for a in merge_actors(brothers, text)) == ["Dzhokhar Tsarnaev", "Tamerlan Tsarnaev", "Tsarnaev"]
    friend = [actor("Abz", aliases=["the ringleader"]), actor("onetime friend of the ringleader")]
    assert len(merge_actors(friend, "A onetime friend of the ringleader told the BBC.")) == 2
    richards = [actor("Bill Richard", aliases=["Richard"]), actor("Martin Richard")]
    assert len(merge_actors(richards, "Bill Richard, father of Martin Richard. Richard said.")) == 2


def test_references_resolve_and_denials_link_by_content():
    g = Grounder(TEXT)
    brief = Brief(
        actors=[actor("Multiple defense officials"), actor("Mark Esper", aliases=["Secretary of Defense Mark Esper"]), actor("Esper")],
        claims=[
            Claim(id="x1", claimant_name="Esper", content="Esper left"),
            Claim(id="x2", claimant_name="multiple defense officials", content="the US is weighing deploying 4,000-7,000 additional troops"),
        ],
        denials=[Denial(id="", denier_name="Secretary of Defense Mark Esper", content="not looking at any major deployments of additional troops")],
    )
    out = resolve(brief, grounder=g)
    assert len(out.actors) == 2
    esper = next(a for a in out.actors if a.name == "Mark Esper")
    assert out.denials[0].denier == esper.id and out.denials[0].denier_name == "Mark Esper"
    assert out.denials[0].responds_to == "c2"  # not Esper's own claim
    assert out.claims[0].claimant == esper.id


def test_a_backend_that_links_its_own_denials_keeps_them_unlinked():
    brief = Brief(
        claims=[Claim(id="x1", claimant_name="officials", content="the US is weighing deploying additional troops")],
        denials=[Denial(id="", denier_name="Mark Esper", content="not looking at any major deployments of additional troops")],
    )
    assert resolve(brief.model_copy(deep=True), grounder=Grounder(TEXT)).denials[0].responds_to == "c1"
    assert resolve(brief, grounder=Grounder(TEXT), link=False).denials[0].responds_to is None


def test_unknown_names_become_flagged_actors():
    brief = resolve(Brief(claims=[Claim(id="x", claimant_name="The Vatican", content="c")]), grounder=Grounder(TEXT))
    assert brief.actors[0].name == "The Vatican" and brief.actors[0].issues
    assert brief.claims[0].claimant == brief.actors[0].id


def test_an_acronym_joins_its_one_expansion_but_not_one_of_several():
    from summarizer.schemas.brief import Actor, ActorKind

    from summarizer.resolve import merge_actors

    def org(name: str, *aliases: str) -> Actor:
        return Actor(id="", name=name, aliases=list(aliases), kind=ActorKind.organization, evidence=[])

    # an acronym joins the name the text pairs it with ("X (DNC)"), never one it merely fits
    tied = "The Democratic National Committee (DNC) met."
    assert [a.name for a in merge_actors([org("DNC"), org("Democratic National Committee")], tied)] == [
        "Democratic National Committee"]
    assert len(merge_actors([org("DNC"), org("Democratic National Committee")], "The DNC met. The Democratic National Committee spoke.")) == 2
    both = [org("DNC"), org("Democratic National Committee"), org("Democratic National Convention")]
    merged = merge_actors(both, tied + " The Democratic National Convention opens.")
    assert sorted(a.name for a in merged) == ["Democratic National Committee", "Democratic National Convention"]
    assert "DNC" in next(a for a in merged if a.name.endswith("Committee")).aliases
    assert len(merge_actors(both, "The DNC, the Democratic National Committee and the Democratic National Convention.")) == 3


def test_called_as_a_verb_ties_no_names():
    people = [actor("Hatice Cengiz", aliases=["Cengiz"]), actor("Mohammad bin Salman", aliases=["Mohammad"])]
    assert len(merge_actors(people, "Cengiz called Mohammad's admission a political maneuver.")) == 2
    group = [actor("Islamic State", "armed_group"), actor("Daesh", "armed_group")]
    assert len(merge_actors(group, "Fighters of the Islamic State, also called Daesh, fled.")) == 1
    assert len(merge_actors(group, "They fought the Islamic State, called Daesh by its enemies.")) == 1
    assert len(merge_actors(group, "They fought the Islamic State known as Daesh in the region.")) == 1


def test_a_transcript_turn_marker_is_no_bracket_tie():
    # "((Name))" opens an interviewee's answer: the speaker is not another name of the question's last words
    people = [actor("Acme Widgets", "organization"), actor("Dana Frost")]
    text = "WN asked about Acme Widgets.\n\n((Dana Frost))  We make widgets."
    assert len(merge_actors(people, text)) == 2
    assert len(merge_actors(people, "What do you think of Acme Widgets?\n\n((Dana Frost)) Fine.")) == 2
    # a bracket opening a new line, or after a question, is no appositive either
    assert len(merge_actors(people, "It was Acme Widgets\n(Dana Frost) answered.")) == 2
    assert len(merge_actors(people, "Who runs Acme Widgets? (Dana Frost) Me.")) == 2
    bodies = [actor("Department of Defense", "government"), actor("DoD", "government")]
    assert len(merge_actors(bodies, "The Department of Defense (DoD) declined.")) == 1
    assert len(merge_actors(bodies, "The Department of Defense  ( DoD ) declined.")) == 1
