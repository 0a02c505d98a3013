"""Stage 3 (summarizer/offline/denials.py): the cue, the denier, the denied proposition.

Short sentences in the constructions news uses for denials; the first two are from the shipped
fixtures' articles, the others follow the wire copy the issue quotes."""

from __future__ import annotations

from offline_stages import with_frames

from summarizer.offline import attribution, denials


def denials_of(text: str) -> list[tuple[str, str]]:
    ctx = with_frames(text)
    rows = denials.find_denials(ctx, attribution.claims(ctx))
    return [(d.denier_name or "", d.content) for d, _, _ in rows]


def test_passive_agent_is_the_denier():
    found = denials_of("Nikoloz Basilashvili was arrested on Tuesday. The charge was denied by Irma Tchkadua, Basilashvili's lawyer.")
    assert [who for who, _ in found] == ["Irma Tchkadua"]
    assert found[0][1].lower().startswith("the charge")


def test_relative_pronoun_object_gives_the_antecedent_as_content():
    found = denials_of("Mufti Abdul Qawi was later accused of inciting the murder in some way, which he denied.")
    assert len(found) == 1
    who, content = found[0]
    assert who == "Abdul Qawi"  # "Mufti" is a title
    assert "inciting the murder" in content and "which" not in content


def test_statement_of_an_organisation_names_the_organisation():
    found = denials_of("Hamas's leadership issued a statement denying responsibility for the attack on the convoy.")
    assert found == [("Hamas", "responsibility for the attack on the convoy")]


def test_contested_claim_gives_the_claimed_proposition():
    found = denials_of("Senator Susan Collins contested the administration's claim that the tariffs had lowered prices.")
    assert found == [("Susan Collins", "that the tariffs had lowered prices")]


def test_dismissed_accusation_and_rejected_conclusions():
    found = denials_of("The World Health Organization dismissed the accusation that it had hidden the trial data.")
    assert found == [("World Health Organization", "that it had hidden the trial data")]
    found = denials_of("The Pentagon rejected the inspector general's conclusions that the strike had killed civilians.")
    assert found == [("Pentagon", "that the strike had killed civilians")]


def test_refusal_to_accept_responsibility_is_a_denial_but_refusing_to_act_is_not():
    found = denials_of("The Russian Defence Ministry refused to accept responsibility for the crash.")
    assert found == [("Russian Defence Ministry", "responsibility for the crash")]
    assert denials_of("Attorney General William Barr refused to hand over the documents.") == []


def test_denier_named_in_an_earlier_sentence():
    text = ("The Russian Defence Ministry said the strike hit an arms depot. "
            "It denied that civilians were killed in the strike.")
    assert denials_of(text) == [("Russian Defence Ministry", "that civilians were killed in the strike")]
    text = ("Officials at the Russian Defence Ministry said the strike hit an arms depot. "
            "The ministry denied that civilians were killed.")
    assert [who for who, _ in denials_of(text)] == ["Russian Defence Ministry"]


def test_a_denial_without_a_denier_is_not_reported():
    # "being denied from traveling": no one denies a proposition here
    assert denials_of("Those who violate the rules could be fined, as well as being denied from traveling.") == []
    # "deny someone something" withholds; it is not a denial
    assert denials_of('Delfin Lorenzana urged locals to "deny terrorism any victory".') == []
    # "contested waters": a participle describing a thing
    assert denials_of("Kyriakos Mitsotakis spoke about a pipeline through contested waters.") == []


def test_a_negated_statement_is_denied_by_the_speaker_above_it():
    found = denials_of("A protest took place in Forbury Gardens, but Neil Basu stated this was not connected to the crime.")
    assert found == [("Neil Basu", "this was not connected to the crime")]


def test_a_person_named_inside_the_denied_thing_is_not_the_denier():
    text = "A federal judge dismissed a Donald Trump lawsuit on Saturday. The ruling came a day after the vote."
    assert all(who != "Donald Trump" for who, _ in denials_of(text))


def test_denouncing_a_claim_is_a_denial_but_condemning_an_attack_is_not():
    found = denials_of("Chris Christie denounced the legal team's claims that the election was stolen.")
    assert found == [("Chris Christie", "that the election was stolen")]
    assert denials_of("Prime Minister Kyriakos Mitsotakis condemned the attack on the embassy.") == []


def test_denial_phrases_name_their_speaker():
    assert [who for who, _ in denials_of("Michael Avenatti pled not guilty to the charges in May.")] == ["Michael Avenatti"]
    found = denials_of('Brian Hook said, "This has nothing to do with national security."')
    assert [who for who, _ in found] == ["Brian Hook"]


def test_calling_something_a_hoax_denies_it():
    found = denials_of('Kyriakos Mitsotakis commented on the maritime border agreement, calling it "null and void".')
    assert found == [("Kyriakos Mitsotakis", "the maritime border agreement")]
    found = denials_of('Kerri Kupec criticized the decision, which Wilbur Ross has referred to as a "stunt".')
    assert ("Wilbur Ross", "the decision") in found
    assert denials_of("Hatice Cengiz called the admission a historic step.") == []


def test_a_negated_clause_is_denied_by_the_speaker_not_by_its_own_subject():
    text = ("The FBI questioned the family on Monday. U.S. officials say Dzhokhar Tsarnaev told them that "
            "he and his brother were self-radicalized and not connected to any terrorist network.")
    assert [who for who, _ in denials_of(text)] == ["Dzhokhar Tsarnaev"]


def test_unrelated_no_such_and_no_credence_phrases():
    found = denials_of("Governor Boris Dubrovsky confirmed a minibus blast but said it was unrelated to the collapse.")
    assert [who for who, _ in found] == ["Boris Dubrovsky"]
    found = denials_of("Reporter Jane Smith of the Tribune found no such action on the senator's part.")
    assert [who for who, _ in found] == ["Jane Smith"]
    found = denials_of("Agnès Callamard said she did not give the verdict any credence.")
    assert [who for who, _ in found] == ["Agnès Callamard"]


def test_a_candidate_who_has_not_conceded_denies_defeat():
    text = ("President Donald Trump spoke at the White House on Monday. "
            "The president did not concede the election in his statement.")
    found = denials_of(text)
    assert [who for who, _ in found] == ["Donald Trump"]
    assert found[0][1].startswith("did not concede the election")


def test_which_as_subject_denies_the_object_not_the_antecedent():
    text = ("Supporters gathered in front of the Supreme Court, which rejected, the day before the rally, "
            "a lawsuit filed by Texas.")
    found = denials_of(text)
    assert [who for who, _ in found] == ["Supreme Court"]
    assert "lawsuit filed by Texas" in found[0][1] and "Supporters" not in found[0][1]


def test_an_already_named_person_is_not_the_indefinite_denier():
    text = ("Donald Trump filed several suits. A federal judge dismissed the lawsuit on Saturday. "
            "Donald Trump said he would appeal.")
    assert all(who != "Donald Trump" for who, _ in denials_of(text))


def test_a_denial_of_the_accusation_answers_the_last_claim_before_it():
    text = ("Ukrainian President Volodymyr Zelensky said the crash was likely caused by a missile. "
            "For several days the Iranian government denied the accusation.")
    ctx = with_frames(text)
    claims = attribution.claims(ctx)
    for n, (claim, _, _) in enumerate(claims):
        claim.id = f"c{n}"
    rows = denials.find_denials(ctx, claims)
    rules = ctx.rules
    assert len(rows) == 1
    denial, span, _ = rows[0]
    linked = denials.answer(denial, span, claims, rules.proposition_nouns | rules.rejectable_objects)
    assert linked is not None
    assert next(c for c, _, _ in claims if c.id == linked).claimant_name == "Volodymyr Zelensky"


def test_opposing_a_withdrawal_names_the_group_in_apposition():
    text = ("Kurdish groups fought ISIS for years. One of these groups, the Syrian Democratic Forces (SDF), "
            "opposed the withdrawal.")
    assert denials_of(text) == [("Syrian Democratic Forces", "the withdrawal")]
    assert denials_of("The Syrian Democratic Forces opposed the advance of Turkish troops.") == []
