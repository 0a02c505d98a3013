"""Briefs built by hand over texts chosen for the evidence view's hard cases (shared by the tests)."""

from __future__ import annotations

from summarizer.schemas.brief import Actor, Brief, Claim, Denial, Evidence, GroundingStatus, Incident

# characters outside the BMP before and inside the spans: JavaScript would count each as 2
ASTRAL_TEXT = ("😀 Breaking 𝕏 news 🚀: the 𝕏 army 😀 attacked Dorf on Monday, General Ümit Şahin said. "
               "Officials 🙅 denied that the 𝕏 army attacked.\n")
HOSTILE_TEXT = ("Report <script>window.pwned = 1</script> and <img src=x onerror=\"window.pwned = 2\"> "
                "then </textarea><b>bold</b> \" ' & done. The mayor said the bridge fell.\n")


def ev(text: str, quote: str, status: GroundingStatus = GroundingStatus.exact, nth: int = 0) -> Evidence:
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return Evidence(text=quote, start=start, end=start + len(quote), status=status)


def astral_brief() -> Brief:
    t = ASTRAL_TEXT
    return Brief(
        summary="An army attacked; officials denied it.",
        article={"id": "astral", "chars": len(t)},
        actors=[Actor(id="a1", name="𝕏 army", kind="military", evidence=[ev(t, "𝕏 army", nth=1)]),
                Actor(id="a2", name="Ümit Şahin", kind="person", evidence=[ev(t, "General Ümit Şahin")]),
                Actor(id="a3", name="Officials 🙅", kind="government", evidence=[ev(t, "Officials 🙅")])],
        incidents=[Incident(id="i1", type="attack", description="the army attacked Dorf", date={"iso": "2024-01-01"},
                            evidence=[ev(t, "the 𝕏 army 😀 attacked Dorf on Monday")])],
        claims=[Claim(id="c1", claimant="a2", claimant_name="Ümit Şahin", content="the 𝕏 army attacked Dorf",
                      evidence=[ev(t, "the 𝕏 army 😀 attacked Dorf on Monday, General Ümit Şahin said")])],
        denials=[Denial(id="d1", denier="a3", denier_name="Officials 🙅", content="that the army attacked",
                        responds_to="c1", evidence=[ev(t, "denied that the 𝕏 army attacked")])],
    )


def hostile_brief() -> Brief:
    """Hostile article text *and* hostile model output."""
    t = HOSTILE_TEXT
    bad = '<img src=x onerror="window.pwned = 3">'
    return Brief(
        summary=f"Summary {bad} </textarea><script>window.pwned = 4</script>",
        article={"id": "hostile", "title": f"Title {bad}", "chars": len(t)},
        actors=[Actor(id="a1", name=f"Mayor {bad}", kind="person", role='"><script>window.pwned=5</script>',
                      evidence=[ev(t, "The mayor")])],
        claims=[Claim(id="c1", claimant="a1", claimant_name=f"Mayor {bad}", content=f"the bridge fell {bad}",
                      evidence=[ev(t, "<script>window.pwned = 1</script>"),
                                ev(t, "The mayor said the bridge fell")])],
        denials=[Denial(id="d1", content="x", responds_to="c9", issues=[f"responds_to names no claim {bad}"],
                        evidence=[Evidence(text="<b>invented</b>", status=GroundingStatus.not_found)])],
        warnings=[f"warning {bad}"],
    )
