from summarizer.schemas.brief import Actor, Brief, Claim, Denial

from summarizer.grounding import Grounder
from summarizer.resolve import merge_actors, resolve

TEXT = ("Multiple defense officials said the US is weighing deploying 4,000-7,000 additional troops. "
        "Secretary of Defense Mark Esper said he was not looking at any major deployments of additional troops. "
        "The Department of Defense (DoD) declined to comment. Esper left.")


def actor(name, kind="person", aliases=()):
    return Actor(id="", name=name, kind=kind, aliases=list(aliases))


def test_aliases_surnames_and_acronyms_merge():
    merged = merge_actors([
        actor("Secretary of Defense Mark Esper"), actor("Esper"), actor("Mark Esper"),
        actor("Department of Defense", "government"), actor("DoD", "government"),
        actor("Mark Milley"),
    ])
    names = sorted(a.name for a in merged)
    assert len(merged) == 3, names
    esper = next(a for a in merged if "Esper" in a.name)
    assert {"Esper", "Mark Esper"} <= set(esper.aliases + [esper.name])
    assert [a.id for a in merged] == ["a1", "a2", "a3"]


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


def test_unknown_names_become_flagged_actors():
    brief = resolve(Brief(claims=[Claim(id="x", claimant_name="The Vatican", content="c")]), grounder=Grounder(TEXT))
    assert brief.actors[0].name == "The Vatican" and brief.actors[0].issues
    assert brief.claims[0].claimant == brief.actors[0].id


def test_an_acronym_joins_its_one_expansion_but_not_one_of_several():
    from summarizer.schemas.brief import Actor, ActorKind

    from summarizer.resolve import merge_actors

    def org(name: str, *aliases: str) -> Actor:
        return Actor(id="", name=name, aliases=list(aliases), kind=ActorKind.organization, evidence=[])

    assert [a.name for a in merge_actors([org("DNC"), org("Democratic National Committee")])] == [
        "Democratic National Committee"]
    ambiguous = merge_actors([org("DNC"), org("Democratic National Committee"), org("Democratic National Convention")])
    assert sorted(a.name for a in ambiguous) == ["DNC", "Democratic National Committee", "Democratic National Convention"]
