"""Stage 4, incidents and their slots (the incidents package, slots.py), on short news sentences (real spaCy)."""

from __future__ import annotations

import datetime

from offline_stages import context, with_frames

from summarizer.offline import incidents, repair, slots
from summarizer.offline.extract import extract
from summarizer.offline.rules import load
from summarizer.offline.text import prepare


def found(text: str) -> list[incidents.IncidentDraft]:
    return incidents.find_incidents(with_frames(text), [])


def perpetrator(text: str) -> str | None:
    [inc] = found(text)
    return inc.perpetrator.name if inc.perpetrator else None


# -- perpetrator: the doer the text states -------------------------------------------------


def test_the_doer_of_an_event_noun():
    assert perpetrator("The Taliban carried out a suicide attack on a police station in Kabul on Monday.") == "Taliban"
    assert perpetrator("An attack by al-Shabaab militants on a hotel in Mogadishu killed 12 people on Sunday.") == "al-Shabaab"


def test_an_arrest_or_seizure_participle_takes_the_subject_of_its_verb():
    # the participle has no subject of its own: the ones who searched or stopped did the taking
    assert perpetrator("Army troops searched a farm in Helmand on Monday, detaining three suspected smugglers.") == "Army troops"
    assert perpetrator("Border police stopped a truck near Herat on Monday, confiscating two rifles.") == "Border police"
    # a participle of another kind lends no doer to the arrest it names
    assert perpetrator("Students occupied the square in Lyon on Monday, protesting the arrest of a teacher.") is None
    # a subject that does not name its actor lends none ("the force")
    incs = found("Army troops entered the village of Sangin on Monday. The force then searched a farm, finding two rifles.")
    assert [i.perpetrator for i in incs if i.type == "seizure"] == [None]


def test_a_force_killing_told_by_a_participle_is_the_force_s_and_stands_unanchored():
    # the participle hangs from the second of two verbs sharing one subject: the force killed
    text = "Early Tuesday army troops came under fire. Army troops called for support and responded with mortar fire, killing several fighters."
    [inc] = found(text)
    assert (inc.type, inc.perpetrator.name if inc.perpetrator else None, inc.killed) == ("other", "Army troops", None)
    # no doer and no slot: a toll on its own, no incident
    assert found("Early Tuesday army troops came under fire. Several fighters were killed.") == []


def test_a_force_killing_retold_folds_into_the_operation_the_force_conducted():
    op = "Army troops conducted an operation in search of a commander in Sangin district on Monday. "
    incs = found(op + "The commander fired at the troops. The troops returned fire, killing him.")
    assert [(i.type, i.perpetrator.name if i.perpetrator else None) for i in incs] == [("other", "Army troops")]
    # a killing by others stays an incident of its own
    incs = found(op + "Militants then ambushed the troops, killing two soldiers.")
    assert [(i.type, i.killed) for i in incs] == [("other", None), ("attack", 2)]


def test_a_country_named_as_doer_acts_as_its_government():
    assert perpetrator("A US airstrike killed Iranian general Qasem Soleimani at Baghdad International Airport.") == "US"
    assert perpetrator("Iran's missile attack on two bases in Iraq caused no casualties.") == "Iran"


def test_a_dateline_the_parser_made_a_subject_is_not_the_doer():
    assert perpetrator("TAMPA, Fla. (Sept. 14, 2021) — U.S. Central Command forces conducted an airstrike in "
                       "northwest Syria on Monday against a senior al-Qaeda leader.") == "U.S. Central Command"


def test_a_city_before_the_event_noun_is_the_place_not_the_doer():
    [inc] = found("Last week a Kabul car bombing killed five and wounded 110.")
    assert inc.perpetrator is None and inc.location == "Kabul"


def test_the_possessor_of_a_killing_is_the_victim():
    assert found("Khashoggi's murder shocked the world.") == []


def test_the_convicted_one_is_the_perpetrator_of_a_verdict():
    assert perpetrator("A federal jury in Manhattan convicted Michael Avenatti on all counts on Friday.") == "Michael Avenatti"


def test_a_vehicle_owner_or_passenger_is_no_doer_of_a_crash():
    assert perpetrator("A bus operated by Greyline Tours crashed on Monday near Lyon, killing four.") is None
    assert perpetrator("A helicopter with singer John Smith on board crashed in Nevada on Sunday.") is None
    # an operator is the doer of a strike, no accident
    assert perpetrator("A drone operated by the US military struck a convoy near Mosul on Sunday, killing four.") == "US military"


def test_the_organiser_of_a_protest_is_its_doer():
    assert perpetrator("On Sunday, opposition leader Maria Petrova held a rally in Sofia.") == "Maria Petrova"
    assert perpetrator("Thousands marched in Lisbon on Saturday in a protest organized by the Teachers Union.") == "Teachers Union"
    # one who only spoke at it did not hold it
    assert perpetrator("Opposition leader Maria Petrova spoke at a rally against the war in Sofia on Sunday.") is None


# -- alleged perpetrator ---------------------------------------------------------------------


def test_suspect_words_name_an_alleged_perpetrator():
    for text, who in [("Kyle Rittenhouse, the suspect in a shooting of protesters in Kenosha, was released.", "Kyle Rittenhouse"),
                      ("Accused New York bomber Ahmad Khan Rahimi pleaded not guilty on Thursday.", "Ahmad Khan Rahimi"),
                      ("Police named the suspect as Khairi Saadallah, 25.", "Khairi Saadallah"),
                      ("Last week a car bombing killed five, another attack ascribed to the Taliban.", "Taliban")]:
        assert who in [a.name for _, a in slots.allegations(with_frames(text))], text


def test_the_charged_and_the_not_guilty_are_alleged():
    # LABELLING: "alleged_perpetrator: the one only suspected, accused, or charged" (dev: the Christchurch court
    # appearance, the New York bomber's plea); the participle's noun or its verb's subject, a relative's antecedent
    for text in ("Brenton Tarrant appeared in court on Monday, charged with one count of murder.",
                 "Brenton Tarrant, charged with one count of murder, appeared in court on Monday.",
                 "Brenton Tarrant, who is accused of the killings, appeared in court on Monday.",
                 "Brenton Tarrant, 28, who was charged with murder, appeared in court on Monday.",
                 "Brenton Tarrant pleaded not guilty to one count of murder on Monday."):
        assert "Brenton Tarrant" in [a.name for _, a in slots.allegations(with_frames(text))], text
    # a guilty plea admits the deed; a charge of someone else's is not the subject's
    for text in ("Brenton Tarrant pleaded guilty to one count of murder on Monday.",
                 "Brenton Tarrant appeared in court on Monday, dressed in a white shirt."):
        assert "Brenton Tarrant" not in [a.name for _, a in slots.allegations(with_frames(text))], text


def test_a_reported_doer_is_alleged_not_stated():
    [inc] = found("On Monday, gunmen reportedly attacked a checkpoint in Kirkuk.")
    assert inc.perpetrator is None and inc.alleged is not None and inc.alleged.name == "gunmen"


def test_an_incident_takes_the_allegation_of_its_own_sentence():
    text = ("Islamic State claimed a bombing in Baghdad on Monday. "
            "On Tuesday a bomb exploded at a market in Kabul; officials blamed the Taliban for the blast.")
    ctx = context(text)
    brief = extract(ctx.doc, prepare(text), load())
    kabul = next(i for i in brief.incidents if i.location and "Kabul" in i.location)
    assert kabul.alleged_perpetrator_name == "Taliban"


def _far_incident_alleged(first: str) -> str | None:
    text = (first + " The state budget was passed in March. Schools reopened in April. Taxes rose in May. "
            "On Tuesday a bomb exploded at a market in Kandahar, killing four people.")
    ctx = context(text)
    brief = extract(ctx.doc, prepare(text), load())
    [bombing] = [i for i in brief.incidents if i.location and "Kandahar" in i.location]
    return bombing.alleged_perpetrator_name


def test_the_claimant_of_an_attack_is_alleged():
    # devA wikinews-2019-09-oil-facilities-saudi-arabia-hit-drone, wikinews-2019-09-iran-president-rouhani-tells-foreign-powers-leave
    for text in ("Yesterday, oil facilities belonging to Saudi Aramco were hit by multiple drone strikes in a pre-dawn raid. "
                 "The attacks triggered major fires at a processing plant. The Yemen-based Houthi movement claimed responsibility for the attacks.",
                 "The speech came one week after an attack on oil infrastructure in Saudi Arabia. "
                 "The attack was claimed by the Houthi movement in Yemen, but Saudi Arabia has alleged Iranian involvement."):
        assert "Houthi movement" in [a.name for _, a in slots.allegations(with_frames(text))], text
    # a claim of something else names no suspect
    assert slots.allegations(with_frames("The Houthi movement claimed victory in the talks on Monday.")) == []
    # nor does a pronoun, whose referent the parse only guesses (ISAF pool i0396)
    text = ("Forces killed Ahmad, a Taliban commander, in Kunduz. John Smith, a spokesman, confirmed the strike. "
            "He openly claimed responsibility for the July 2 attack on a USAID station in Kunduz.")
    assert slots.allegations(with_frames(text)) == []


def test_only_an_armed_group_is_alleged_article_wide():
    # an allegation sentences away names the article's suspect only when it is an armed group
    assert _far_incident_alleged("Officials have blamed the Taliban for the violence in the south.") == "Taliban"
    # a person accused of something else is no suspect of an incident told far from it
    assert _far_incident_alleged("Senator John Smith accused Governor Mary Jones of lying about the budget.") is None


# -- casualties --------------------------------------------------------------------------------


def test_the_hospitalized_are_injured():
    [crash] = found("A semi truck and a car collided on Interstate 75 on Thursday, killing five children. "
                    "At least eight more people were hospitalized.")
    assert (crash.killed, crash.injured) == (5, 8)
    ctx = context("Three other cyclists were hospitalised.")
    assert slots.casualties(ctx, ctx.sents[0]) == (None, 3)


def test_a_crime_told_in_a_court_act_does_not_take_the_court_act_s_day():
    # dev voa-2016-11-new-york-bomber-pleads-not-guilty, wikinews-2013-06-two-men-jailed-for-liam-aitchison-murder;
    # globalvoices pool gv30074cc3
    incs = found("John Smith pleaded guilty on Monday to killing Jane Doe in Leeds.")
    assert sorted((i.type, i.date_text) for i in incs) == [("attack", None), ("other", "Monday")]
    incs = found("John Smith was sentenced on Monday to 10 years in prison for the murder of Jane Doe in Leeds in 2010.")
    assert [i.date_text for i in incs if i.killed == 1] == ["2010"]


def test_a_place_phrase_drops_a_trailing_date_and_a_doer_head():
    # ISAF pool i0431, i0689, i0346: the date the parser hung on the address is none of it
    [inc] = found("Police detained two suspects in Archi district, Kunduz province, July 5.")
    assert inc.location == "Archi district, Kunduz province"
    # ISAF pool i0081: the forces are no place, the district inside their phrase is
    [inc] = found("A commander was killed today in an operation by Afghan Commandos, National Police and coalition "
                  "forces in Chak district, Wardak province.")
    assert inc.location == "Chak district, Wardak province"


def test_a_gapped_second_toll_counts_its_own_number():
    # globalvoices pool gve86e5c4b, ISAF pool i0394, i0629, oldnews pool k018: the verb of the second toll left out
    ctx = context("Nearly 100 people were killed and at least 200 injured when a suicide blast targeted a parade.")
    assert slots.casualties(ctx, ctx.sents[0]) == (100, 200)
    ctx = context("Three Afghan citizens were killed and four seriously wounded in an IED attack in Kandahar Sunday.")
    assert slots.casualties(ctx, ctx.sents[0]) == (3, 4)
    ctx = context("The twin blasts in Varanasi on March 7 had left close to 20 dead and nearly 100 injured.")
    assert slots.casualties(ctx, ctx.sents[0]) == (20, 100)
    ctx = context("Several insurgents were killed and one was wounded.")
    assert slots.casualties(ctx, ctx.sents[0]) == (None, 1)


def test_one_victim_for_a_single_named_or_counted_person():
    assert found("A US airstrike killed Iranian general Qasem Soleimani at Baghdad airport on Friday.")[0].killed == 1
    assert found("A police officer was stabbed to death in the street on Monday.")[0].killed == 1
    assert found("Police shot dead a man with a knife in Streatham on Sunday.")[0].killed == 1


def test_a_victim_and_others_adds_up_or_stays_unsaid():
    assert found("The strike killed Quds Force commander Qasem Soleimani and four others.")[0].killed == 5
    [inc] = found("An Afghan-international security force killed a Taliban sub-commander along with a number of "
                  "insurgents at a compound in Chahar Darah district last night.")
    assert inc.killed is None  # "a number of": how many is not said


def test_a_pronoun_victim_is_one_killed_for_the_incident_told_around_it():
    # ISAF pool i0427: the operation's killing is the one the pronoun sentence counts
    incs = found("In Ghazni district, Ghazni province, an Afghan-led combined security force conducted a security operation "
                 "yesterday. The security force located the facilitator while conducting a search in the district. "
                 "The team returned fire, killing him.")
    assert [i.killed for i in incs if i.type == "other"] == [1]
    # ISAF pool i0090, i0237; wikinews w2020_0003 ("He was killed last week by a United States military airstrike")
    assert found("A US military airstrike in Iraq killed Qasem Soleimani last week. He was killed by the strike.")[0].killed == 1
    # a pronoun alone makes no incident: ISAF pool i0257, "As he posed a threat, he was shot and killed."
    assert found("As he posed a threat, he was shot and killed.") == []
    # nor does it count the dead of an incident that tells its own uncounted (ISAF pool i0701); the air weapons team's
    # engagement is a strike of its own, which killed the one it names
    incs = found("Coalition forces returned fire in Kandahar province yesterday, killing the suspected insurgents. "
                 "As the third man attempted to fire on the security force, he was engaged by an air weapons team and killed.")
    assert [(i.type, i.killed) for i in incs] == [("other", None), ("strike", 1)]
    # nor a charge's victim ("charged with killing her" is the charge, not a toll)
    assert found("Police charged him in Boston on Monday with killing her.")[0].killed is None


def test_a_sentence_to_death_kills_no_one():
    # devA voa-2015-06-boston-bomber-sentenced: the sentencing counts no dead
    [inc] = found("Moments before a federal judge sentenced him to death in Boston on Wednesday, Tsarnaev apologized.")
    assert inc.killed is None


def test_no_casualties_is_none_killed_and_none_injured():
    [inc] = found("The rockets hit the base on Tuesday, causing no casualties.")
    assert (inc.killed, inc.injured) == (0, 0)


# -- dates and distinct events --------------------------------------------------------------------


def test_the_date_of_the_report_is_not_the_date_of_the_event():
    [inc] = found("On Saturday morning, representatives from Iran acknowledged their government had shot down "
                  "a Ukrainian passenger jet near Tehran.")
    assert inc.date_text is None




def test_plural_or_generic_events_are_no_incident():
    assert found("A series of attacks on shipping was reported this year.") == []
    assert found("Attacks on aid workers in the province have increased since January.") == []


def test_a_habit_or_a_generic_fact_is_no_incident():
    # the simple present tells a habit, and a gerund takes the tense of the verb it hangs from
    assert found("The tribunal hears appeals from the lower courts of the region.") == []
    assert found("Under the charter, mayors are dismissed after being convicted of fraud.") == []
    # lifetime adverbials: no one event
    assert found("Over the years, journalists have been arrested for criticising the governor.") == []
    assert found("Many times, traders have been jailed for smuggling gold across the border.") == []
    assert found("In the history of the republic, only three ministers have been convicted.") == []
    # told as done, once, the same events are incidents
    assert len(found("The mayor was dismissed on Monday after being convicted of fraud.")) == 1
    assert len(found("A man was stabbed three times outside a bar in Leeds on Friday.")) == 1
    assert len(found("Police arrested two journalists in Lagos on Tuesday.")) == 1


def test_a_span_of_years_reckoned_back_from_now_is_a_tally_not_an_event():
    # challenge set inc46d c08-c10: "in recent years", "in the past two years", "over the past decade"; k34: a bare
    # number of years is no span reckoned back ("for the first time in 20 years")
    assert found("Police have arrested more than 300 people in recent years, the report said.") == []
    assert found("In the past two years, more than 40 journalists have been killed in the country.") == []
    assert found("Police detained more than 300 activists over the past decade.") == []
    assert [i.type for i in found("For the first time in 20 years, troops were deployed to the capital on Monday.")] == [
        "deployment"]


def test_where_one_comes_from_is_not_the_place_of_the_event():
    [inc] = found("A student from Kenya was convicted of fraud in Leeds on Monday.")
    assert inc.location == "Leeds"
    [inc] = found("A tourist from Chile was arrested on Monday.")
    assert inc.location is None  # not inherited from the origin either
    [inc] = found("The government banned imports from Brazil on Tuesday.")
    assert inc.location is None
    # "from" on the event verb itself is where it happened
    [inc] = found("Protesters marched from Trafalgar Square to Parliament on Sunday.")
    assert inc.location == "Trafalgar Square"


def test_the_place_inside_a_phrase_whose_head_is_no_place():
    [inc] = found("Two militants were killed on Monday in a precision airstrike in Kunduz district.")
    assert inc.location == "Kunduz district"
    [inc] = found("He was arrested in the aftermath of the 2011 riots in Suva.")
    assert inc.location == "Suva"
    # a place head (either spelling) or a name keeps its phrase; a place in a clause of its own is not taken
    [inc] = found("Two men were shot dead on Friday in a poor neighbourhood of Lyon.")
    assert inc.location == "poor neighbourhood of Lyon"
    [inc] = found("The singer died on Friday at the Royal Marsden Hospital in Sutton.")
    assert inc.location == "Royal Marsden Hospital in Sutton"
    # the phrase stays "warehouse" (not "warehouse ... in Dundee"); a bare place then gives way to its sentence's town
    [inc] = found("A fire on Friday killed two men at a warehouse the company was renting in Dundee.")
    assert inc.location == "Dundee"


def test_the_event_the_parser_hung_on_a_described_place_is_no_part_of_the_place():
    [inc] = found("In Sydney, Australia's largest city, a nightclub shooting this afternoon at around 4:20 p.m. killed one man.")
    assert inc.location == "Sydney, Australia's largest city"  # not "..., a nightclub shooting this afternoon at around"
    [inc] = found("In Lagos, Nigeria's largest city, a market bombing this afternoon at around noon killed one trader.")
    assert inc.location == "Lagos, Nigeria's largest city"
    # a place described without an event keeps its description
    [inc] = found("Police arrested two men on Monday in Halifax, Nova Scotia's largest city.")
    assert inc.location == "Halifax, Nova Scotia's largest city"


def test_a_named_place_before_a_bare_one():
    [inc] = found("Police searched the area and confiscated a pick-up truck near the airport in Baghdad on Monday.")
    assert inc.location == "airport in Baghdad"


def test_a_headline_or_dateline_line_is_its_own_sentence_and_no_incident():
    dated = "Monday, January 28, 2019 \n\n\nA bomb exploded yesterday at the Jolo Cathedral in Mindanao, Philippines."
    ctx = with_frames(dated)
    assert [s.text.strip() for s in ctx.sents][0] == "Monday, January 28, 2019"
    [inc] = incidents.find_incidents(ctx, [])
    assert inc.type == "attack" and inc.date_text == "yesterday" and "Jolo Cathedral" in (inc.location or "")
    headline = "Accused Bomber Pleads Not Guilty\nAhmad Khan Rahimi pleaded not guilty on Thursday in Manhattan."
    [plea] = found(headline)
    assert plea.sent == 1  # the headline retells the body's event


def test_a_headline_in_sentence_case_retells_the_body_and_is_no_incident():
    # a first line set apart by a blank line, with no sentence end, is a headline whatever its case
    text = ("Gunmen storm police post in northern town, killing three officers\n\n"
            "About a dozen gunmen stormed a police post on Sunday in the town of Garo, killing three officers, "
            "a police spokesman said.")
    [inc] = found(text)
    assert inc.type == "attack" and inc.sent == 1 and inc.date_text == "Sunday"
    assert [i.type for i in found("Two miners die as tunnel collapses\n\nA tunnel collapsed in a coal mine on Friday, "
                                  "killing two miners, officials said.")] == ["other"]
    # a lead paragraph of one sentence ends with a full stop; one line break is a wrapped line, not a headline
    assert len(found("Gunmen stormed a police post on Sunday, killing three officers.\n\nThe attack was the third this "
                     "month, police said.")) == 1
    assert found("Gunmen stormed a police post in the town\nof Garo on Sunday, killing three officers.")[0].sent == 0


def test_a_charge_of_someone_named_needs_no_day_or_place():
    [inc] = found("His brother, Omar Haddad, was charged with attempted murder after a clash with officials who entered his home.")
    assert inc.type == "other" and "charge" in inc.words
    [inc] = found("Mrs Adeyemi was charged by the anti-graft agency along with a former senator and a party official.")
    assert inc.type == "other"
    [inc] = found("The anti-corruption commission arraigned Bello Musa on nine counts of money laundering.")  # "arraign": a charge in court
    assert inc.type == "other" and "arraign" in inc.words
    assert found("A man was charged with theft.") == []  # no one named: its sentence's day or place must tell it
    # the charges a verdict answers, told after it, are no incident of their own
    told = found("A federal jury convicted Dana Reyes of fraud yesterday. Reyes was charged with three separate crimes.")
    assert [i.sent for i in told] == [0]


def test_a_court_putting_its_case_off_is_procedure_not_a_ruling():
    assert found("On Tuesday, the district court postponed the bribery trial until March.") == []
    assert found("The magistrate stood the matter down until noon.") == []
    assert found("The judge adjourned the case until Monday.") == []
    [ruling] = found("The court dismissed the case on Tuesday.")  # a ruling that ends it stays
    assert ruling.type == "other"


def test_a_dated_reference_back_is_the_incident_already_told():
    [inc] = found("Gunmen attacked a bus in Kabul on Monday, killing ten. Reuters called Monday's attack the deadliest this year.")
    assert (inc.date_text, inc.killed) == ("Monday", 10)


def test_a_victim_of_the_event_already_told_is_no_new_incident():
    text = ("A US airstrike killed Qasem Soleimani at Baghdad International Airport on Friday. "
            "He was being met by Abu Mahdi al-Muhandis, who was also killed in the airstrike.")
    assert len(found(text)) == 1


# -- killings, charges and structural collapses (LABELLING.md, Precision rule 4: `other`) ---------


def test_killings_outside_an_attack_are_other_incidents():
    for text, place in [("Journalist Jamal Khashoggi was murdered inside the Saudi consulate in Istanbul on October 2, 2018.", "Istanbul"),
                        ("The blogger was strangled to death by her brother in Multan in July 2016.", "Multan"),
                        ("Gunmen assassinated the provincial governor in Kandahar on Friday.", "Kandahar")]:
        [inc] = found(text)
        assert inc.type == "other" and place in (inc.location or ""), text


def test_a_poisoning_is_an_attack():
    [inc] = found("The opposition leader was poisoned with a nerve agent in Tomsk on August 20.")
    assert inc.type == "attack" and inc.date_text


def test_charged_as_a_verb_is_a_court_event():
    [inc] = found("The teenager was charged with intentional homicide in Kenosha on Friday.")
    assert inc.type == "other" and inc.location == "Kenosha"


def test_only_a_structure_collapsing_is_an_incident():
    [inc] = found("A ten-storey apartment building collapsed in Magnitogorsk on Monday.")
    assert inc.type == "other" and inc.location == "Magnitogorsk"
    assert found("Peace talks collapsed in Doha on Monday.") == []
    assert found("The currency collapsed in Istanbul on Monday.") == []


# -- court acts, crowds, arrests of someone, the end of an attack, retellings (round 3) ----------


def test_what_a_court_does_is_a_ruling_but_not_what_it_says():
    [inc] = found("The Supreme Court rejected the lawsuit filed by Texas on Friday.")
    assert inc.type == "other"
    [inc] = found("A city court in Tbilisi set bail at 100,000 lari on Sunday.")
    assert inc.type == "other"
    assert found("The judge said on Friday that the hearing was adjourned.") == []




def test_issued_arrest_warrants_are_a_legal_act():
    [inc] = found("Iran issued arrest warrants for 36 people in Tehran on Monday.")
    assert inc.type == "other"


def test_an_arrest_of_someone_is_an_incident_without_date_or_place():
    [inc] = found("The suspect's wife was taken into custody.")
    assert inc.type == "arrest"
    [inc] = found("A 25-year-old man was arrested by police on suspicion of murder.")
    assert inc.type == "arrest"


def test_giving_oneself_up_is_an_arrest_by_the_one_given_up_to():
    [inc] = found("The gunman surrendered to the Ohio State Police after a long standoff.")
    assert inc.type == "arrest"
    assert inc.perpetrator is None or inc.perpetrator.name != "gunman"
    [inc] = found("Maria Lopez turned herself in to authorities, her lawyer said.")
    assert inc.type == "arrest"
    # asked or refusing to give up is no arrest; nor is handing in a thing
    assert found("Officers called on the gunman to surrender, but he refused.") == []
    assert found("The student turned in her homework late.") == []


def test_the_possessor_of_an_arrest_is_the_one_arrested_not_the_doer():
    incs = found("Police arrested the player in Tbilisi on Friday. The federation commented on Basilashvili's arrest.")
    assert len(incs) == 1 and incs[0].perpetrator is None or incs[0].perpetrator.name != "Basilashvili"




def test_a_toll_and_an_undated_retelling_belong_to_the_attack_told():
    text = ("A man stabbed three people on Streatham High Road in London on Sunday. "
            "Officers chased him on foot. Shoppers ran into the shops. A witness described the scene. "
            "Two women and a man were injured, according to the reports. "
            "Witnesses said the man attacked a group of shoppers with a knife.")
    [inc] = found(text)
    assert inc.type == "attack" and inc.injured == 3


def test_nothing_found_is_no_seizure():
    assert found("Investigators found no trace of explosives at the site in Moscow on Monday.") == []


def test_a_bomb_told_as_a_thing_is_no_attack():
    # oldnews pool s057: "The bomb was hidden inside a small bag ..."; g002: "a teacher mistakenly thought it
    # resembled a bomb"; globalvoices pool gv1664288d: "a car bomb, deactivated by the authorities,"
    assert found("The bomb was hidden inside a small bag in Madrid on Monday.") == []
    assert found("On Monday a teacher in Irving mistakenly thought the clock resembled a bomb.") == []
    assert found("The day started with a car bomb, deactivated by the authorities, in Bogota on Tuesday.") == []
    # what a bomb did is an attack
    assert [d.type for d in found("A bomb exploded in a market in Kabul on Monday.")] == ["attack"]


def test_no_one_acted_on_is_no_incident():
    # isaf pool i0455: "No women or children were injured or detained during the operation."
    assert found("No women or children were injured or detained during the operation in Kandahar.") == []
    assert found("Nobody was arrested at the scene in Herat on Monday.") == []
    # told of someone, the same verbs are incidents
    assert len(found("Two women were detained during the operation in Kandahar on Monday.")) == 1


def test_the_operation_told_again_is_the_incident_it_was_told_with():
    # isaf pool i0455: "the operation" retold with a place, after an arrest told "during a security operation" with none
    text = ("Afghan and coalition forces targeted a Taliban leader who operates out of Maiwand district detaining numerous "
            "suspected insurgents during a security operation yesterday. The security force recovered an AK-47 and a grenade. "
            "The security force conducted the operation in Kandahar without firing their weapons.")
    assert [d.type for d in found(text)] == ["arrest", "seizure"]


def test_an_attack_not_yet_happened_is_no_incident():
    # isaf pool i0676, i0455, i0545: an impending, upcoming or planned attack
    assert found("He was overseeing the shipment of weapons to support an impending attack.") == []
    assert found("He had insurgents prepare two IEDs for an upcoming attack.") == []
    assert found("He acquired explosives and weapons for the planned attack.") == []
    assert len(found("A roadside bomb attack killed two soldiers in Kandahar on Monday.")) == 1


def test_an_event_demanded_or_expected_is_not_yet_done():
    # globalvoices pool gvc00bebea, gv77ac7728, gvd51897ca (a killing named in a demand left its toll on a siege declared)
    assert found("Protesters demanded the immediate arrest of the killers in Dhaka on Monday.") == []
    assert found("A global protest is expected to mark the anniversary in Madrid on Saturday.") == []
    # a demand or an expectation that only describes one who took part leaves the event told
    assert [i.type for i in found("Police arrested two men who demanded money from a shopkeeper in Leeds on Monday.")] == ["arrest"]
    # (round 52: the attack on them tells their protest too, the article telling none of its own)
    assert sorted(i.type for i in found("Protesters demanding an end to military rule were attacked by armed men in Cairo on Wednesday.")) == [
        "attack", "protest"]


def test_deaths_by_accident_illness_or_in_an_operation_are_other_not_attacks():
    for text in ("A road accident on a Florida highway near Gainesville on Thursday killed five children.",
                 "Hamza bin Laden was killed in a US counterterrorism operation in Pakistan.",
                 "The virus had killed 813 people in China by Sunday."):
        [inc] = found(text)
        assert inc.type == "other", text
    [inc] = found("A roadside bomb killed five soldiers in Kandahar on Thursday.")
    assert inc.type == "attack"


def test_a_killer_named_anywhere_in_the_sentence_makes_the_deaths_other():
    for text in ("A storm made landfall on the coast on Tuesday, killing at least 20 people.",
                 "The flu outbreak, which began in May, has killed 40 people in the province.",
                 "Seven people were killed on Sunday when a small plane crashed near the airport."):
        [inc] = found(text)
        assert inc.type == "other", text
    # gunfire is no accident: "opened fire" keeps the killing an attack
    [inc] = found("Gunmen opened fire on a market in Kano on Friday, killing six people.")
    assert inc.type == "attack"


def test_casualties_told_soon_after_the_last_mention_belong_to_the_incident():
    text = ("A bus crashed into a river near Tula on Monday. The crash happened at night. "
            "The driver was a local man. Rescuers worked until dawn. "
            "Twelve passengers were injured.")
    [inc] = found(text)
    assert (inc.type, inc.injured) == ("other", 12)


def test_jailing_and_impeaching_are_court_events():
    [inc] = found("Nine men were jailed in Bradford on Wednesday for crimes against two girls.")
    assert inc.type == "other"


def test_an_infinitive_event_is_an_aim_not_an_event():
    assert found("Red notices ask police in Rome to find and arrest a person wanted by a court.") == []


def test_a_caption_or_a_described_thing_tells_no_incident():
    assert found("FILE - The bomber is seen in this image taken in Manchester on May 22.") == []
    assert all(i.type != "arrest" for i in found("The base in Maidan Shahr was targeted with a captured Humvee on Monday."))






def test_the_time_of_a_report_is_not_the_date_of_the_event():
    text = "Four teenagers were shot at a party in Harrisburg on Saturday. As of Sunday evening, no fatalities have emerged from the shooting."
    [inc] = found(text)
    assert inc.date_text == "Saturday"


def test_a_legal_act_issued_signed_or_a_ban_done_is_a_ruling():
    for text in ("Iran issued arrest warrants on 36 people in Tehran.",
                 "Yesterday the governor of Wisconsin signed an executive order delaying the election.",
                 "Germany banned the Iranian airline Mahan Air from flying in the country."):
        [inc] = found(text)
        assert inc.type == "other", text
    assert found("The law bans abortion in most cases.") == []




def test_a_court_act_is_not_folded_into_the_protest_before_it():
    text = ("Thousands of people protested outside the Supreme Court in Washington on Saturday. "
            "The Supreme Court rejected the lawsuit filed by Texas.")
    assert [i.type for i in found(text)] == ["protest", "other"]




def test_an_incident_with_no_place_of_its_own_takes_the_place_of_the_incident_before():
    text = ("Protesters clashed with police in front of parliament in Belgrade on Friday night. "
            "The police director said at least 71 people were arrested on Friday night.")
    incs = found(text)
    assert incs[-1].type == "arrest" and "Belgrade" in (incs[-1].location or "")
    # the lead's first place alone is too weak a link: the slot stays empty
    [inc] = found("Belgrade has been tense for weeks. Officials met on Monday. At least 71 people were arrested on Friday.")
    assert inc.location is None


def test_a_bare_place_gives_way_to_the_town_of_its_sentence():
    [inc] = found("A fire yesterday killed four boys at a bowling alley the group was visiting in Tampere, Finland.")
    assert inc.location == "Tampere, Finland"  # not "bowling alley" (with the country in apposition, merge._country_after)
    # with no town in its sentence, the bare place stays
    [inc] = found("A fire on Sunday destroyed a warehouse near the river.")
    assert inc.location == "warehouse near the river"
    # a dateline's city is where the release was issued, not the town of the event
    [inc] = found("KABUL, Afghanistan (Jan. 12, 2011) — Afghan forces detained two suspects at a compound during a search.")
    assert inc.location == "compound"


def test_a_bare_year_after_in_dates_the_event_but_an_election_year_does_not():
    [inc] = found("In 2019 the journalist survived a drone attack in Aden that left six soldiers dead.")
    assert inc.date_text == "2019"
    [inc] = found("Protesters rallied in Washington against the 2020 election results.")
    assert inc.date_text is None




def test_a_second_attack_is_its_own_incident_with_the_place_of_its_copula():
    text = ("The first attack was in Al Noor Mosque in Christchurch, which left 42 people dead. "
            "The second attack was in Linwood Mosque, killing eight people.")
    incs = found(text)
    assert len(incs) == 2 and incs[1].location == "Linwood Mosque" and incs[1].killed == 8


def test_a_killing_told_with_a_murder_word_is_a_murder_not_an_attack():
    [inc] = found("Waseem confessed to killing his sister by strangling her in Multan in 2016.")
    assert inc.type == "other"


def test_a_ruling_needs_a_ruling_verb_or_a_court_object():
    [inc] = found("The Supreme Court rejected the lawsuit filed by Texas on Friday.")
    assert inc.type == "other"
    assert found("The judge arrived at the courthouse in Manhattan on Monday.") == []


def test_a_search_or_a_clearing_is_a_step_not_an_incident():
    assert found("Police searched the house on Elm Street in Boston on Monday.") == []
    assert found("Afghan soldiers cleared the village of Badmuk on Monday.") == []


def test_an_air_assault_is_not_an_attack():
    assert not [i for i in found("Commandos began an air assault on the village of Barg-e Matal on July 25.")
                if i.type == "attack"]


def test_a_conjoined_verb_shares_its_heads_doer():
    [inc] = found("Iraqi security forces searched the area and confiscated a rocket launcher near Balad on Monday.")
    assert inc.type == "seizure" and inc.perpetrator is not None and inc.perpetrator.name == "Iraqi security forces"


def test_a_country_standing_for_its_state_is_not_the_place():
    # a possessor, or a country's name before a group, a thing or an event, says who acted, not where
    for text in ("The vote follows the United States' killing of Qasem Soleimani, an Iranian general, in an airstrike.",
                 "On Thursday, United States military forces killed a militia commander.",
                 "The militia leader was killed on Saturday in a US counter-terrorism operation.",
                 "On Friday a United States federal jury convicted the former lawyer."):
        [inc] = found(text)
        assert inc.location is None, text
    # a country that owns a place is still the place; a city before an event noun is its place
    assert found("Iraq's Anbar province was hit by a car bombing on Monday.")[0].location == "Iraq"
    assert found("Last week a Kabul car bombing killed five and wounded 110.")[0].location == "Kabul"


def test_a_nationality_the_parser_made_a_subject_is_not_the_doer():
    # "Afghan" is lifted to subject by the parser; "Afghanistan" is not who killed them, the patrol is
    assert perpetrator("A combined Afghan and coalition security patrol killed two insurgents in Kajaki district "
                       "on Monday.") == "combined Afghan and coalition security patrol"
    assert perpetrator("Iran shot down a US drone over the Gulf on Thursday.") == "Iran"  # a country's name still is


def test_a_place_outside_the_events_words_is_not_its_place():
    # the briefing's place, named in the sentence but not in the event's words, is not where it happened
    [inc] = found("Two soldiers were wounded on Monday, a spokesman said during a briefing at the Pentagon.")
    assert inc.location is None


# -- a court act and the crime it is about (round 10) ------------------------------------------


def test_a_court_act_and_the_crime_it_concerns_are_two_incidents():
    # the plea is not folded into the bombing it is about
    incs = found("The accused gunman pleaded not guilty on Tuesday to charges that he opened fire on a bus "
                 "in March, wounding nine people.")
    assert sorted(i.type for i in incs) == ["attack", "other"]
    attack = next(i for i in incs if i.type == "attack")
    assert attack.injured == 9
    # the crime is told as an event (a determiner, a possessor): it happened, dated or not
    incs = found("The prosecutor issued arrest warrants for five officers over the killing of the activist.")
    assert [i.type for i in incs] == ["other", "other"]


def test_a_crime_named_only_as_the_charge_is_no_second_incident():
    incs = found("A jury in Denver convicted the former guard of murder on Monday.")
    assert [i.type for i in incs] == ["other"]


def test_the_convicted_friend_of_a_suspect_is_not_the_suspect():
    assert perpetrator("A federal jury in Boston convicted a friend of David Miller on Monday for hiding evidence.") is None
    assert perpetrator("A federal jury in Boston convicted Robert Miller's brother on Monday.") is None
    assert perpetrator("A federal jury in Boston convicted David Miller on Monday for hiding evidence.") == "David Miller"


def test_an_explosion_alone_is_no_attack_but_its_casualties_make_one():
    assert found("An explosion was heard near the embassy in Kabul on Monday.") == []
    [inc] = found("An explosion at a market in Kabul killed 12 people on Monday.")
    assert inc.type == "attack" and inc.killed == 12


def test_an_arrest_has_no_casualties_of_its_own():
    [inc] = found("After the clashes on Saturday, twenty people were arrested in Portland, and two police officers were injured.")
    assert inc.type == "arrest" and inc.killed is None and inc.injured is None


# -- precision on unseen news (round 12) ---------------------------------------------------------


def test_a_campaign_rally_is_no_protest():
    # a campaign or election rally, or a candidate's, is a campaign event (LABELLING rule 4)
    for text in ("The senator spoke at a campaign rally in Ohio on Saturday.",
                 "On Friday in Ankara, as a part of an election rally, the president spoke.",
                 "Hundreds attended a Jorgensen rally in Raleigh on Friday."):
        assert found(text) == [], text
    # a rally where one person did or said something is that person's campaign event
    assert found("Senator Ann Lee stirred controversy in an interview and again at a rally in Ohio on Monday.") == []
    # a rally against something, a crowd's or a group's rally, still is one
    [inc] = found("The opposition leader Ana Lopez spoke at a rally against the war in Madrid on Sunday.")
    assert inc.type == "protest"
    [inc] = found("Thousands of people marched at a rally in Madrid on Sunday.")
    assert inc.type == "protest"
    [inc] = found("Thousands of people joined a rally against the new law in Hong Kong on Saturday.")
    assert inc.type == "protest"
    [inc] = found("Greenpeace's rally blocked a road in London on Saturday.")
    assert inc.type == "protest"


def test_capturing_an_image_or_a_moment_is_no_arrest():
    assert found("Tourists captured pictures and video of the market in Paris on Sunday.") == []
    assert found("A camera captured the minister leaving the building in Rome on Sunday.") == []
    [inc] = found("Police captured two militants near the border in Kunar on Sunday.")
    assert inc.type == "arrest"


def test_a_capture_takes_someone_only_where_a_force_or_an_operation_is_told():
    # globalvoices pool gvbf9b4cf0, gv834e63d1, gv8efba64c; dev wikinews-2008-03-african-troops-invade-rebel-held-anjouan
    assert found("The singer captured the energy of the concert in Lisbon on Friday.") == []
    assert found("Students took part in a project capturing life and tradition in their villages through photographs.") == []
    assert found("The study said that the state had been captured by private interest groups.") == []
    assert found("The government says it has already captured most of the island.") == []
    # police, a raid or an armed group told in the sentence: a taking
    for text in ("He was captured after a manhunt that ended when police officers found him in a doorway in Linden on Monday.",
                 "Two men were captured during a raid in Zorak district on Monday.",
                 "A Taliban commander was captured in Zorak district on Monday."):
        assert [i.type for i in found(text)] == ["arrest"]


def test_an_attack_told_of_words_is_no_attack():
    for text in ("On live television the president attacked the decision of the court on Monday.",
                 "Harris attacked Biden during the debates in Houston on Tuesday.",
                 "Joe Biden attacked Donald Trump on his taxes in Cleveland on Tuesday.",
                 "The senator blasted the governor's handling of the crisis on Tuesday."):
        assert found(text) == [], text
    # a weapon, or a victim who is no named speaker, keeps it an attack
    [inc] = found("John Smith attacked Peter Jones with a knife in Leeds on Sunday.")
    assert inc.type == "attack"
    [inc] = found("Gunmen attacked a police checkpoint in Kano on Friday.")
    assert inc.type == "attack"



def test_an_attack_noun_told_of_words_is_no_attack():
    # round 47 challenge set (m04, w01-w10); pool gvd386f1ae ("he makes a stinging attack on the president:")
    for text in ("The senator launched a blistering attack on the president's economic record in Leeds on Tuesday.",
                 "The opposition leader launched a scathing attack on the government's handling of the economy on Tuesday.",
                 "The candidate launched a personal attack on his rival during the debate in Leeds on Tuesday.",
                 "The report was attacked by opposition lawmakers in Leeds on Tuesday."):
        assert found(text) == [], text
    # no word of words: the attack stays
    for text in ("Militants launched a fresh attack on the army base in Leeds on Monday, killing four soldiers.",
                 "Rebels mounted a fierce attack on the town of Leeds on Monday, the army said."):
        assert [i.type for i in found(text)] == ["attack"], text


def test_a_blast_told_with_an_accidental_cause_is_no_attack():
    # round 47 challenge set (k23, g11-g19): a gas, boiler or fuel blast was typed an attack by its casualties
    for text in ("A gas explosion tore through an apartment building in Leeds on Wednesday, killing six residents.",
                 "A gas cylinder exploded in a crowded market in Leeds on Wednesday, killing three people.",
                 "A boiler explosion ripped through a factory in Leeds on Wednesday, injuring 15 workers."):
        assert [i.type for i in found(text)] == ["other"], text
    # a bomb keeps it an attack, wherever it went off
    for text in ("A bomb hidden in a gas cylinder exploded in a crowded market in Leeds on Wednesday, killing three people.",
                 "A car bomb exploded near a fuel depot in Leeds on Wednesday, killing four soldiers."):
        assert [i.type for i in found(text)] == ["attack"], text


def test_a_blast_at_a_works_is_no_attack():
    # round 49 real-text set (wire copy of factory blasts, three outlets): a blast at or through a factory or a
    # warehouse, with no weapon named, was typed an attack by its casualties
    for text in ("Four miners were killed after a blast at a fireworks factory in Sivakasi on Tuesday, officials said.",
                 "A huge explosion tore through a chemical plant in Tianjin on Friday, killing nine workers.",
                 "Two porters were killed and five injured in an explosion at a warehouse in Chittagong on Monday."):
        assert [i.type for i in found(text)] == ["other"], text
    # a bomb or a bomber named keeps it an attack
    for text in ("A bomb blast at a textile factory in Quetta killed six workers on Monday.",
                 "A suicide bomber blew himself up at a cement plant in Quetta on Monday, killing four guards."):
        assert [i.type for i in found(text)] == ["attack"], text


def test_a_killing_told_in_air_strikes_is_a_strike():
    # round 49 real-text set (two outlets): a toll with no doer in a sentence naming plural air strikes was typed an
    # attack by its casualty verb
    for text in ("Monitors said at least nine people were killed in airstrikes on the town of Saraqeb on Monday.",
                 "Twelve villagers were killed in drone strikes on the town of Miranshah on Monday, officials said.",
                 "The ministry denied a role in air strikes on camps held by rebels near Sirte on Friday, in which "
                 "14 fighters were killed."):
        assert [i.type for i in found(text)] == ["strike"], text
    # a general strike is no air strike; gunmen named keep their attack
    assert [i.type for i in found("Two workers were killed during a general strike in Lagos on Monday.")] == ["attack"]
    assert [i.type for i in found("Gunmen killed five soldiers in Gao on Monday, a day after air strikes on the town.")] == ["attack"]


def test_deaths_done_by_the_disaster_the_sentence_before_names_are_other():
    for text in ("A fire destroyed 200 homes in Dhaka on Sunday. Officials said it killed nine people.",
                 "The virus first appeared in Wuhan. Officials said it has infected 200 people and killed three.",
                 "Aftershocks hampered repairs in Ponce on Monday. That event destroyed 300 homes and killed one person."):
        [inc] = found(text)
        assert inc.type == "other", text
    # a stampede is an accident
    [inc] = found("A stampede at the funeral in Kerman on Tuesday killed 56 people.")
    assert inc.type == "other"
    # "it" after a sentence about gunmen is still their attack
    [inc] = found("Gunmen stormed a hotel in Mogadishu on Sunday. Police said it killed nine people.")
    assert inc.type == "attack"


def test_a_toll_with_no_doer_after_a_disaster_or_an_illness_is_no_attack():
    # the two sentences before name the disaster or the illness; the toll names no doer, no weapon
    for text in ("People avoided Chinese travellers in several countries over the current outbreak. "
                 "SARS-CoV-2 has already killed more than 1,000 people and infected tens of thousands.",
                 "Wednesday's quake damaged 143 buildings in Kidapawan. Over 2,000 residents were moved. "
                 "Officials on Saturday counted 21 people injured in Davao del Sur."):
        assert [i.type for i in found(text)] == ["other"], text
    # a doer that is a group, or a weapon, makes it an attack
    for text in ("The storm flooded the coast of Luzon on Monday. Gunmen killed three people in Manila on Tuesday.",
                 "The storm flooded the coast of Luzon on Monday. Three people were killed by a bomb in Manila on Tuesday."):
        assert "attack" in [i.type for i in found(text)], text


def test_the_same_toll_told_again_later_is_the_incident_already_told():
    text = ("A man attacked shoppers at a market in Leeds on Sunday, injuring three people. Police chased him. "
            "A witness said he saw the man running. \"He had a knife,\" she said. \"I ran.\" "
            "Officers closed the street. Shops shut early. Buses were diverted. The mayor visited the scene. "
            "Three people were injured, according to the reports.")
    [inc] = found(text)
    assert inc.type == "attack" and inc.injured == 3
    # another toll is another event
    text = ("A man attacked shoppers at a market in Leeds on Sunday, injuring three people. Police chased him. "
            "A witness said he saw the man running. Officers closed the street. Shops shut early. "
            "Buses were diverted. The mayor visited the scene. Two people were injured in Bradford, the reports said.")
    assert len(found(text)) == 2


def test_an_operation_or_a_deployment_needs_a_force_or_a_state():
    for text in ("On Thursday the retailer Tesco agreed to sell its Polish operation to Salling in Warsaw.",
                 "The hospital in Apia returned to normal operation on Sunday.",
                 "The university dispatched a research ship to the volcano in Hawaii on July 13."):
        assert found(text) == [], text
    [inc] = found("Afghan forces conducted an operation in Kandahar on Monday.")
    assert inc.type == "other"
    [inc] = found("The Pentagon deployed 3,000 troops to Kuwait on Monday.")
    assert inc.type == "deployment"


def test_a_force_sent_or_deployed_is_a_deployment_with_no_slots_needed():
    # devA wikinews-2015-05-over-900-asylum-seekers-rescued-indonesian-coast (the parser joins the warship to "people")
    [inc] = found("Major general Fuad Basya, spokesman for the Indonesian military, said fisherman first noticed the people "
                  "and a warship was deployed to retrieve them.")
    assert inc.type == "deployment"
    # pool w2020_0086
    [inc] = found("President Trump sent Department of Homeland Security officers to protect federal buildings in Portland.")
    assert inc.type == "deployment"
    # pool w2020_0092: the force sent as the second act is a deployment beside the emergency declared
    assert sorted(d.type for d in found("Wisconsin Governor Tony Evers declared a state of emergency and deployed the "
                                        "national guard.")) == ["deployment", "other"]
    # a sending that an agreement is about (pool w2020_0006); a force sent something (devA hong-kong-protests-continue)
    assert found("They deemed that the agreement on sending Turkish soldiers to Libya goes against the resolution.") == []
    assert found("The Civil Human Rights Front had sent the police a plan for yesterday's march.") == []


def test_a_counted_force_sent_rushed_or_ordered_into_a_place_is_a_deployment():
    # round-47 incident challenge set, sent rows (written by hand, no fixture text): the parser heads the subject
    # with the count ("Hundreds"), the force is its "of"
    for text in ("Hundreds of riot police were sent to the city on Wednesday after two nights of unrest.",
                 "Riot police were rushed to the scene on Wednesday.",
                 "The president ordered troops into the city on Wednesday."):
        assert [i.type for i in found(text)] == ["deployment"], text
    # not a force ordered to act, nor the injured rushed to hospital
    assert found("The president ordered troops to withdraw from the city on Wednesday.") == []
    assert found("Hundreds of injured people were rushed to hospital on Wednesday.") == []


def test_one_persons_death_told_as_done_is_an_incident_of_its_own():
    for text in ("The former minister Jan Novak died on Sunday in a hospital in Prague.",
                 "The 70-year-old man died in Lyon on Friday.",
                 "The mayor of Leeds was found dead at his home on Tuesday."):
        [inc] = found(text)
        assert inc.type == "other" and inc.killed == 1 and inc.perpetrator is None, text
    # the same death told again is that death; the cause is not the place
    text = "Senator Ann Price died on Monday, her family said. Price died from a fever, her doctor said."
    [inc] = found(text)
    assert inc.location is None and inc.date_text == "Monday"
    # a count of dead, dying of wounds, a death not told as done: no death of its own
    for text in ("Two people died in Lyon on Friday.",
                 "The officer died of his wounds in a hospital in Kabul on Monday.",
                 "Doctors fear the patient may die in Lyon on Friday.",
                 "After my aunt died in Lyon in 2015 I moved to Paris."):
        assert found(text) == [], text


def test_a_place_in_a_clause_on_a_date_is_not_the_events_nor_a_day_a_place():
    # "on Friday, which ...": the day is no place, and what its clause names is not where it happened
    [inc] = found("The mayor died of the infection on Friday, which became the most discussed subject on the platform Weibo.")
    assert inc.date_text == "Friday" and inc.location is None
    # nor is it handed on to the incidents told after it
    incs = found("A bridge collapsed on Monday, the day the president visited Berlin. Police arrested the builder on Tuesday.")
    assert [i.location for i in incs] == [None, None]
    # the event's own place is kept, and handed on
    incs = found("A bus crashed in a suburb of Lima on Monday, which is when the president visited Quito. "
                 "Police arrested the driver on Tuesday.")
    assert [i.location for i in incs] == ["suburb of Lima", "Lima"]


def test_a_date_in_a_clause_on_another_word_is_not_the_events():
    [inc] = found("A small plane, which was built in 1977, crashed near Reno.")
    assert inc.date_text is None and inc.location == "Reno"
    # a clause on the event itself, or one that tells the event, dates it
    [inc] = found("The attack, which happened on Monday, killed five people in Kabul.")
    assert inc.date_text == "Monday"
    [inc] = found("Typhoon Haiyan, which killed over 6,000 people in 2013, hit the island.")
    assert inc.date_text == "2013"


def test_an_undated_accident_told_again_by_its_word_is_the_one_told():
    text = ("A small plane crashed near the airport in Reno on Saturday, killing two people. "
            "The plane crashed in a field south of the runway, and four were injured.")
    [inc] = found(text)
    assert inc.date_text == "Saturday" and inc.killed == 2 and inc.injured == 4
    # a new one ("another bus"), or one in another named place, is its own
    for text in ("A bus crashed in Lima on Monday, killing four. Another bus crashed in a field, injuring six.",
                 "A bus crashed in Lima on Monday, killing four. A bus crashed in Cusco, injuring six."):
        assert len(found(text)) == 2, text


def test_a_storm_striking_land_is_a_disaster():
    [inc] = found("Hurricane Maya hit the Canary Islands on Monday, tearing roofs off houses.")
    assert inc.type == "other" and inc.location == "Canary Islands"
    [inc] = found("The typhoon made landfall in Luzon early on Tuesday.")
    assert inc.type == "other" and inc.location == "Luzon"
    # a storm only forecast, or a storm of words, is none
    assert found("The storm is not expected to make landfall in Cuba on Friday.") == []
    assert found("The minister's plan hit a storm of criticism in Madrid on Monday.") == []


def test_a_flood_or_landslide_striking_is_a_disaster():
    # round 52: a flood, a landslide or a wildfire as the subject of a verb of striking or destroying, or a
    # conjunct of the subject
    [inc] = found("Swollen rivers and floods inundated dozens of villages near Lyon on Sunday.")
    assert inc.type == "other" and inc.date_text == "Sunday"
    [inc] = found("A landslide buried twelve houses in the hill village of Kalpa on Sunday.")
    assert inc.type == "other"
    [inc] = found("Rising floodwaters swept through a dozen villages near Lyon on Wednesday, killing four people.")
    assert (inc.type, inc.killed) == ("other", 4)
    # a flood counted by its "of" is a crowd, no disaster
    assert found("A flood of refugees hit the border towns of Hungary on Monday.") == []


def test_a_fire_that_does_its_relative_clause_is_an_accident():
    # round 52: a fire noun in a phrase, the subject of its relative clause, is told as an event
    [inc] = found("Inspectors are looking into a fire that gutted four stores in Lyon on Sunday.")
    assert (inc.type, inc.date_text) == ("other", "Sunday")
    [inc] = found("Six stalls were burned in fire that started at a bazaar in Multan on Friday night.")
    assert inc.type == "other"
    # a fire told again is the one told before; gunfire a patrol came under is no accident
    assert len(found("A fire broke out at a hostel in Lyon on Sunday. Following the fire, which also injured a man, "
                     "inspectors began checks.")) == 1
    assert all(i.type == "attack" for i in found("The patrol came under fire that wounded two soldiers in Kandahar on Monday."))


def test_a_vehicle_or_a_pipe_told_in_an_accident_by_its_verb_is_an_accident():
    for text in ("A bus carrying pilgrims from Leeds to York on Sunday overturned near Selby, England.",
                 "A bus carrying 40 passengers overturned near Selby, England, on Sunday.",
                 "A ferry which capsized off Bali on Friday was towed to port.",
                 "The ferry capsized off the coast of Bali on Friday, killing four passengers.",
                 "On Monday, a water main broke in the city of Dover, cutting off water to most homes."):
        [inc] = found(text)
        assert inc.type == "other" and inc.date_text is not None and inc.location is not None, text
    # a past verb the tagger reads as a present plural is no habit; the vehicle's accident needs no date or place
    [inc] = found("The plane overshot the runway in the evening and slid off.")
    assert inc.type == "other"
    # it retells the crash or road accident told before: one accident
    [inc] = found("A minibus crashed on a mountain road in Peru on Tuesday, killing six. The minibus overturned and fell into a ravine.")
    assert inc.killed == 6
    # killed or hurt in a vehicle's accident: no attack
    [inc] = found("Two cars collided on the A1 near Selby on Sunday, injuring three people.")
    assert inc.type == "other" and inc.injured == 3
    # a train that slammed into another, named by its number (wikinews-2018-02-amtrak-train-collision-in-south-carolina)
    [inc] = found("Early on Sunday, Amtrak's passenger train number 91 slammed into a freight train in Cayce. "
                  "Two Amtrak employees were killed and at least 116 were injured.")
    assert inc.type == "other" and inc.killed == 2 and inc.injured == 116
    # an object that is no runway or place, a breakdown, a subject that is no vehicle: no accident
    for text in ("The jet broke the sound barrier over the desert on Tuesday.",
                 "The car broke down near Leeds on Friday.",
                 "The car maker's shares, which plunged on Monday, recovered.",
                 "The navy sank the ship in the Gulf on Tuesday.",
                 "Talks between the unions broke down on Monday in Paris.",
                 "Shares plunged on Monday in Tokyo.",
                 "The truck maker slammed the union in Detroit on Monday."):
        assert found(text) == [], text


def _found_on(text: str, published: datetime.date | None) -> list[incidents.IncidentDraft]:
    ctx = with_frames(text)
    ctx.published = published
    return incidents.find_incidents(ctx, [])


def test_an_event_told_again_on_the_same_day_is_one():
    # dev wikinews Ergenekon arrests, Aitchison murder (LABELLING: one incident per event, its day and place)
    day = datetime.date(2009, 1, 11)
    text = ("Police detained 40 people on Wednesday, including three retired army generals. The suspects are accused "
            "of plotting a coup. A former police chief was among the 40 individuals arrested Wednesday.")
    assert [(i.type, i.date_text) for i in _found_on(text, day)] == [("arrest", "Wednesday")]
    assert len(_found_on(text, None)) == 1  # no publication day: the same day words
    text = ("The two men murdered the teenager on November 23, 2011, inside an abandoned building on Lewis. The jury "
            "heard evidence for weeks. He was likely murdered within a 90 minute period on November 23, 2011.")
    assert len(_found_on(text, day)) == 1
    # another kind of `other` event on that day, another place, "another" arrest: their own
    text = ("A fire yesterday morning destroyed 200 homes in a slum in Chittagong. Firefighters worked for hours. "
            "Yesterday morning also saw an earthquake in the city.")
    assert len(_found_on(text, datetime.date(2019, 2, 18))) == 2
    text = "Police arrested two men in Paris on Monday. The men are brothers. Police arrested a smuggler in Madrid on Monday."
    assert len(_found_on(text, day)) == 2
    text = "Police arrested two men on Monday. The men are brothers. Police made another arrest on Monday."
    assert len(_found_on(text, day)) == 2


def test_the_day_of_an_act_on_an_event_told_before_is_the_act_s():
    # dev wikinews Scientology/Jokela, Belarus rally: "the shooting", "the rally" taken by another act ("accused X of
    # being behind the shooting", "attended the rally") on that act's day is the event told, not a new one
    day = datetime.date(2008, 10, 20)
    text = ("In November 2007 a gunman shot and killed eight people at a high school in Jokela, Finland. "
            "On October 17, the church in New York accused the group of being behind the shooting.")
    assert [(i.type, i.date_text) for i in _found_on(text, day)] == [("attack", "November 2007")]
    # the event noun's own day, or that of a verb it is the subject of or that carries it out, stays its day
    [inc] = _found_on("Police said the attack on Monday killed five people in Kabul.", day)
    assert inc.date_text == "Monday"
    [inc] = _found_on("The opposition held the rally on Saturday in Minsk.", day)
    assert inc.date_text == "Saturday"
    # pool gvda816d98: an announcement's day is not the murder's
    text = ("A businessman was murdered in a hotel room. On April 10, the agency made an announcement about his "
            "wife's alleged role in the murder of the businessman.")
    assert "April 10" not in [i.date_text for i in _found_on(text, day)]


def test_the_day_of_an_act_taking_part_in_an_event_told_before_is_the_event_s():
    # pool gvaf6f06c6, gvef65dde2, gv96f212d4: a copula whose subject holds the event, a verb that starts or attends
    # it, an act at it or on the way to it: that day is the event's
    day = datetime.date(2012, 5, 16)
    assert [i.date_text for i in _found_on(
        "The date for the first citizen protest in Barcelona was on Saturday at 6pm in Catalunya Plaza.", day)] == ["Saturday"]
    text = "Activists called for protests. They started this hunger strike on the 2nd of May and vowed to carry on."
    assert [i.date_text for i in _found_on(text, day)] == ["2nd of May"]
    text = ("Activists called for a demonstration in Frankfurt. On May 17, buses filled with activists heading to the "
            "demonstration in the center of Frankfurt were stopped from entering the city.")
    assert [i.date_text for i in _found_on(text, day)] == ["May 17"]


def test_a_town_takes_the_country_told_after_it_in_apposition():
    # dev wikinews Belarus rally: "held a rally in Minsk, Belarus" (the place from the sentence, merge._address_at)
    # is "Minsk, Belarus", and so is what later incidents with no place take
    text = ("On Thursday, Sviatlana Tsikhanouskaya, an opposition candidate for the Belarusian presidential election to "
            "be held on August 9, held a rally in Minsk, Belarus. Police arrested 33 people.")
    assert [i.location for i in _found_on(text, datetime.date(2020, 8, 3))] == ["Minsk, Belarus", "Minsk, Belarus"]


def test_the_accident_retells_the_accident_told_by_any_word():
    # dev wikinews Mecca crane: "The accident, which occurred yesterday afternoon" after the crane's fall
    text = ("A storm yesterday caused a crane to fall into the Grand Mosque in Mecca, killing 107 people. "
            "The accident, which occurred yesterday afternoon, was caused by strong winds.")
    [inc] = _found_on(text, datetime.date(2015, 9, 12))
    assert inc.killed == 107 and inc.date_text == "yesterday"


def test_a_fire_told_as_an_event_is_an_accident():
    for text in ("A fire broke out at a hotel in Lyon on Monday.",
                 "The old library in Leeds caught fire on Sunday evening.",
                 "A fire was reported at a warehouse in Ghent on Tuesday."):
        [inc] = found(text)
        assert inc.type == "other" and inc.date_text is not None and inc.location is not None, text
    # told again, by the same word or with the same day, it is the one fire; "a second fire" is another
    text = ("A fire broke out in a block of flats in Paris on Monday. The fire killed three people. "
            "The fire started on Monday evening in a kitchen. A second fire on Monday in Madrid killed one person.")
    incs = found(text)
    assert [(i.killed, i.location) for i in incs] == [(3, "Paris"), (1, "Madrid")]
    # gunfire, a fire service, fires in general: no fire
    for text in ("Insurgents opened fire on the patrol on Monday.",
                 "The fire service closed the road in Leeds on Monday.",
                 "Activists said fires have been set in the past to clear slums in Dhaka."):
        assert found(text) == [], text


def test_people_evacuated_or_ordered_to_evacuate_is_an_incident():
    # real sentences (a devA article, an older Wikinews article of the pool)
    [inc] = found("No injuries or deaths were reported in the attacks from either side, but South Korea evacuated "
                  "about 80 people in the town of Yeoncheon after at least one shell landed near the area.")
    assert inc.type == "other" and inc.location is not None and "Yeoncheon" in inc.location
    [inc] = found("Meanwhile, 45,000 people were evacuated into school shelters from their residences near the Mayon volcano, "
                  "following concerns that mudslides may begin in the area.")
    assert inc.type == "other"
    # ordered to leave, with no date or place of its own: an evacuation ordered
    [inc] = found("Residents of some other areas, such as Jefferson Parish, have been instructed to evacuate.")
    assert inc.type == "other"
    # one named person moved to a hospital, residents only urged to leave: none
    for text in ("Pohiva, who had been Tonga's prime minister since his election in 2014, was evacuated Wednesday afternoon "
                 "from Tonga's capital, Nukualofa, to a hospital in Auckland, New Zealand.",
                 "Prime Minister Hubert Minnis urged residents to evacuate."):
        assert found(text) == [], text


def test_a_weapon_phrase_among_a_finding_verbs_arguments_is_its_weapon_context():
    # real sentences (a devA release, an ISAF release of the pool): the weapon is a phrase of the patterns
    for text in ("The security force also discovered 850 kilograms of urea nitrate and copper wire, which can be used "
                 "to create improvised explosive devices, and 50 pounds of wet opium.",
                 "The security team discovered 400 pounds (180 kilograms) of ammonium nitrate, a key compound often used "
                 "in homemade explosives, while searching the building."):
        assert [i.type for i in found(text)] == ["seizure"], text
    # a finding told as a judgement: no seizure (a devA sentence)
    assert not [i for i in found("In his statement, Israeli Prime Minister Benjamin Netanyahu found the air strike justified "
                                 "and called Trump's order swift, forceful and decisive.") if i.type == "seizure"]


def test_a_lead_glued_to_release_boilerplate_after_its_dateline_tells_its_events():
    [inc] = found("For Immediate Release KABUL, Afghanistan (Dec. 29) - Afghan and coalition forces detained "
                  "a Taliban leader in Kandahar province yesterday.")
    assert inc.type == "arrest" and inc.date_text == "yesterday"
    # a caption with no lead after a dateline is still none
    assert found("FILE - A police officer stands outside a mosque in Manchester, Britain, May 24, 2017.") == []
    # with no dateline, the words after the boilerplate are the lead
    [inc] = found("2011-07-S-064 For Immediate Release\n\nDuring a security operation in Zorak district, an army unit "
                  "detained a militant leader and two associates, yesterday.")
    assert inc.type == "arrest" and inc.location == "Zorak district"
    assert found("2011-07-S-064 For Immediate Release") == []


def test_plural_events_carried_out_on_a_day_told_are_one_operation():
    [inc] = found("Afghan soldiers executed ground attacks on the towns of Bachi and Badu in Nuristan province Monday.")
    assert inc.type == "attack" and inc.date_text == "Monday"
    # with no day, plural events are no one incident
    assert found("Insurgents have carried out attacks on the bases in Kandahar for years.") == []


def test_the_arrest_told_just_after_an_operation_is_what_it_did():
    [inc] = found("Police launched a raid on a house in Leeds on Monday. A police spokesman said two men had been detained.")
    assert inc.type == "arrest" and inc.date_text == "Monday" and inc.location == "house in Leeds"
    # an arrest on another day, or in another place, is its own
    assert len(found("Police launched a raid on a house in Leeds on Monday. On Friday, police arrested two men in Bradford.")) == 2


def test_the_arrest_told_after_the_operations_target_is_described_is_what_it_did():
    text = ("Army troops conducted an operation to capture a militia leader in Zorak district on Monday. "
            "The leader supplies rifles to fighters in the valley. He also plans ambushes on the road. "
            "The troops detained three suspected fighters as a result of the operation.")
    [inc] = found(text)
    assert inc.type == "arrest" and inc.date_text == "Monday"
    # an arrest told before the operation is the one retold, not a second
    incs = found("Army troops detained two suspected fighters during separate operations in Zorak district on Monday. "
                 "During the first operation the troops searched for a militia leader. The leader supplies rifles to "
                 "fighters. He also plans ambushes on the road. The troops detained one man with ties to the militia.")
    assert [i.type for i in incs] == ["arrest"]
    # five sentences on, an arrest is its own
    far = text.replace("He also plans", "He has a brother. He also runs a shop. He also plans")
    assert sorted(i.type for i in found(far)) == ["arrest", "other"]


def test_the_arrest_told_after_what_an_operation_found_or_fought_is_what_it_did():
    # a seizure or an attack told between the operation and its arrest does not make the arrest another
    incs = found("Army troops conducted an operation in search of a militia leader in Zorak district on Monday. "
                 "The troops found a cache of rifles in a barn. Two suspected fighters were detained during the operation.")
    assert sorted((i.type, i.date_text) for i in incs) == [("arrest", "Monday"), ("seizure", None)]
    incs = found("Army troops conducted an operation in search of a militia leader in Zorak district on Monday. "
                 "The leader is involved in a recent car bomb attack in the district that killed one man. "
                 "The troops detained two suspected fighters during the operation.")
    assert sorted(i.type for i in incs) == ["arrest", "attack"]
    # "the operation" told again with no slot of its own is not what a later arrest did: the arrest told first is
    incs = found("In Zorak district, Helmand province, an army force detained several suspected fighters during a "
                 "security operation yesterday. The army force was conducting the operation to capture a militia leader "
                 "in the district. The leader plans attacks on the road. Several men were detained after the force "
                 "searched a compound associated with the leader.")
    assert [(i.type, i.date_text) for i in incs] == [("arrest", "yesterday")]
    # an operation that killed stands beside its arrest; an arrest on another day and place is its own
    incs = found("Army troops killed two fighters during an operation in Zorak district on Monday. "
                 "The troops found a cache of rifles in a barn. Two suspected fighters were detained during the operation.")
    assert sorted(i.type for i in incs) == ["arrest", "other", "seizure"]
    incs = found("Army troops conducted an operation in search of a militia leader in Zorak district on Monday. "
                 "The troops found a cache of rifles in a barn. Police arrested two suspected fighters in Bradford on Friday.")
    assert sorted(i.type for i in incs) == ["arrest", "other", "seizure"]


def test_an_arrest_naming_its_detainee_again_with_the_is_the_one_told():
    lead = ("A combined army and police force captured a militia facilitator and several associates in Zorak province "
            "yesterday. The facilitator led a group of eight fighters. ")
    # a release's detail tells its lead's arrest again, at a place inside the lead's
    incs = found(lead + "The facilitator was captured at his compound in Sangin district.")
    assert [(i.type, i.date_text, i.location) for i in incs] == [("arrest", "yesterday", "Zorak province")]
    # one taken who is new ("a facilitator"), or one the lead did not name ("the driver"), is another arrest there
    assert len(found(lead + "In Sangin district, a patrol captured a militia facilitator.")) == 2
    assert len(found(lead + "In Sangin district, the patrol captured the driver of a truck.")) == 2


def test_a_place_name_of_two_parts_joined_by_wa_is_whole():
    # Dari "wa" (and) joins the two parts of a district's name; the parser takes it for a verb
    [inc] = found("A combined force detained a militia facilitator during an operation in Tarnek wa Jaldak district, Zabul province, yesterday.")
    assert inc.location == "Tarnek wa Jaldak district, Zabul province"
    [inc] = found("In Talah wa Barfak district, Baghlan province, a combined force detained two suspected fighters yesterday.")
    assert inc.location == "Talah wa Barfak district, Baghlan province"
    # a place without the joiner is unchanged
    [inc] = found("A combined force detained a militia facilitator during an operation in Gardez district, Paktiya province, yesterday.")
    assert inc.location == "Gardez district, Paktiya province"


def test_the_operation_a_description_is_of_is_no_operation_of_its_own():
    lead = "Army troops detained two suspected fighters during an operation in Zorak district on Monday. "
    for text in ("The target of the operation was a militia leader who builds roadside bombs.",
                 "The target of this operation was a militia facilitator who supplies suicide vests and rockets."):
        assert [(i.type, i.date_text) for i in found(lead + text)] == [("arrest", "Monday")], text
    # an operation told as done stays one
    assert [i.type for i in found("Army troops conducted an operation in Zorak district on Monday.")] == ["other"]


def test_the_place_of_a_verb_that_only_says_the_event_happened_is_the_events():
    [inc] = found("A gunman shot a teenager on Tuesday. The shooting took place in the Tsuen Wan district.")
    assert inc.date_text == "Tuesday" and inc.location == "Tsuen Wan district"
    [inc] = found("Police said the shooting happened near the station in Leeds on Monday.")
    assert inc.location == "station in Leeds"
    # the airstrike retold with its place is the airstrike, not the attack told before in that city
    incs = found("Rebels attacked the embassy in Baghdad on December 31. On Thursday, US forces killed the general "
                 "in an airstrike. The United States carried out the airstrike at Baghdad International Airport.")
    assert [(i.type, i.location) for i in incs] == [("attack", "embassy in Baghdad"), ("strike", "Baghdad International Airport")]


def test_a_market_crash_or_rally_and_a_price_charged_are_no_incident():
    # meantime pool m118, m108, m028 (LABELLING: "market crash" is a metaphor)
    for text in ("Today marked a day in history, when 20 years ago, the United States Dow Jones Industrial Average "
                 "market crashed, on what is known as 'Black Monday'.",
                 "Wall Street had its best finish since November 2008 after a four day rally with the stock market's "
                 "indexes seeing their best weekly gain in nearly five months.",
                 "The price decrease follows an investigation by the European Commission due to Apple charging "
                 "customers in the UK up to 10% more than in other EU countries."):
        assert found(text) == [], text
    # a vehicle's crash, a crowd's rally and a charge with a crime stay
    [inc] = found("A bus crashed on Thursday between Baracoa and Guantanamo, killing seven.")
    assert inc.type == "other"
    for text in ("Thousands of people marched at a rally in Madrid on Sunday.",
                 "Thousands of protesters rallied outside the stock exchange in Mumbai on Monday.",
                 "Farmers rallied in Paris on Monday over falling milk prices."):  # a market only what it is about or near
        [inc] = found(text)
        assert inc.type == "protest", text
    [inc] = found("Police charged a customer with theft in Leeds on Monday.")
    assert inc.type == "other"
    [inc] = found("The crash near the market in Kabul killed five people on Monday.")  # a market as a place
    assert inc.type == "other"


def test_an_animal_attacks_no_one_and_is_arrested_by_no_one():
    [inc] = found("Leon Smit, owner of a lodge near Pretoria, was killed by his lions on Tuesday.")
    assert inc.type == "other" and inc.killed == 1
    assert found("Ancient Egyptians captured sacred ibises from the wild in Saqqara in 500 BC.") == []
    # people still attack, and are still arrested
    [inc] = found("Leon Smit, owner of a lodge near Pretoria, was killed by gunmen on Tuesday.")
    assert inc.type == "attack"
    [inc] = found("Police captured two suspects in Saqqara on Monday.")
    assert inc.type == "arrest"


def test_found_guilty_is_a_verdict_and_the_verdict_told_again_is_one():
    [inc] = found("A jury in Boston found Tom Hale guilty of murder on Friday.")
    assert inc.type == "other" and inc.perpetrator is not None and inc.perpetrator.name == "Tom Hale"
    [inc] = found("Dr. Joel Smith was found guilty in May on 859 counts of fraud.")
    assert inc.type == "other"
    text = ("A court in Boston has convicted a friend of the bombing suspect on Monday. "
            "Azamat Tazik, a student from Almaty, was found guilty of obstruction of justice.")
    [inc] = found(text)
    assert inc.date_text == "Monday"
    # a finding is no verdict
    assert found("The study found children in Leeds less likely to smoke in 2019.") == []


def test_a_death_noun_gives_the_toll():
    [inc] = found("Soldiers ambushed the insurgents in Kandahar, which resulted in the deaths of five enemy fighters.")
    assert inc.type == "attack" and inc.killed == 5
    [inc] = found("The stampede in Kerman resulted in at least 56 deaths and over 200 people injured.")
    assert (inc.killed, inc.injured) == (56, 200)
    # a toll told before ("all five deaths"), a rate, one named person: no count
    [inc] = found("A fire broke out in a hotel in Lyon on Friday. Officials said all five deaths were caused by smoke.")
    assert inc.killed is None
    assert found("Russia has 18.9 road deaths per 100,000 people in Moscow.") == []


def test_one_persons_death_told_with_several_roles_or_found_by_discovery():
    [inc] = found("On Monday, British singer and lyricist Tom Hale died at his home in Leeds.")
    assert inc.type == "other" and inc.killed == 1 and inc.date_text == "Monday"
    [inc] = found("Anna Berg, the head chef of a restaurant, was discovered dead on Wednesday in Queens, New York.")
    assert inc.type == "other" and inc.killed == 1
    # two people named are a count of dead, no death of one
    assert found("Li Wei and Wang Fang died in Wuhan on Friday.") == []


def test_a_death_told_as_the_news_announced_in_a_relative_clause_or_by_a_pronoun():
    # announced or confirmed by a death noun: a death of its own, with no day or place needed
    [inc] = found("The death of retired physicist Tom Hale was announced on Friday by his university.")
    assert inc.type == "other" and inc.killed == 1 and "Tom Hale" in (inc.dead or "")
    [inc] = found("The space agency announced the death of astronaut John Miller.")
    assert inc.type == "other" and inc.killed == 1
    # a death noun told in passing is no death of its own
    assert found("She moved to Paris after the death of her husband Tom Hale.") == []
    # the perfect tells the news with no day or place; a past death told in passing needs them
    [inc] = found("Singer Anna Berg, age 31, has died, her record label said.")
    assert inc.type == "other" and inc.killed == 1
    assert found("Her father, Tom Hale, died with liver disease when she was one.") == []
    # "X, who died in Moscow": the person the clause is about; a pronoun retells the death told before it
    [inc] = found("The agency said John Miller, who died in Moscow on Friday, was buried on Tuesday.")
    assert inc.dead == "John Miller" and inc.date_text == "Friday"
    [inc] = found("Senator Ann Price died on Monday, her family said. She was 40 and died in Leeds.")
    assert inc.date_text == "Monday" and inc.location == "Leeds"
    # with no death told before it, a pronoun's death is background
    assert found("He died in 2014 in Lyon, which stalled the study.") == []


def test_a_death_from_illness_or_age_is_no_incident():
    # a natural cause or an old age in the death's clause: an obituary, no incident
    for text in ("The former minister Jan Novak died of lung cancer on Sunday in Prague.",
                 "Senator Ann Price died peacefully in hospice care on Monday.",
                 "On Tuesday, the painter Tom Hale died aged 91 in a hospital in Leeds.",
                 "The actress Anna Berg died on Friday at the age of 84."):
        assert found(text) == [], text
    # a cause told elsewhere in the article
    text = "The novelist Jan Novak died on Sunday in Prague, his publisher said. Novak had been battling leukemia for years."
    assert found(text) == []
    for text in ("The painter Tom Hale died on Friday at 92 years of age in Leeds.",
                 "The singer Anna Berg died on Friday in Leeds. Her agent gave the cause of death as heart failure."):
        assert found(text) == [], text
    # violence, an accident, a suicide, an epidemic or a young age: the death stays
    for text in ("The former minister Jan Novak died on Sunday in Prague after he was shot outside his home.",
                 "The painter Tom Hale, aged 71, died in a car crash near Leeds on Tuesday.",
                 "The mayor died of the coronavirus infection on Friday in Wuhan.",
                 "Singer Anna Berg died on Friday at the age of 31 in Leeds."):
        [inc] = found(text)
        assert inc.type in ("other", "attack"), text
    text = "The novelist Jan Novak died on Sunday in Prague. Police said an autopsy found he had been battling cancer."
    assert len(found(text)) == 1


def test_an_illness_fought_had_or_succumbed_to_makes_a_death_an_obituary():
    # pool articles (meantime m016, wikinews w2019_0057, w2020_0123): the illness told by "fight", "have", "succumb"
    for text in ("Steve Jobs has died yesterday at the age of 56, according to the company website. "
                 "He has been fighting pancreatic cancer since 2004.",
                 "US singer Doris Day died on Monday at her home in Carmel Valley, California. "
                 "Day's animal foundation said she had recently had pneumonia.",
                 "US professional wrestler Jon Huber died on Saturday aged 41. According to his wife, Amanda, Huber "
                 "succumbed to an unspecified lung disorder, unrelated to COVID-19, for which he received treatment."):
        assert found(text) == [], text
    # an epidemic succumbed to is an outbreak's toll: the death stays
    assert len(found("US professional wrestler Jon Huber died on Saturday aged 41. Huber succumbed to COVID-19.")) == 1


def test_an_old_age_told_just_after_a_death_makes_it_an_obituary():
    # the sentence after the death says only how old the one who died was
    for text in ("The former minister Jan Novak died on Sunday in Prague. He was 84 years old.\n\n\nThe premier mourned him.",
                 "Yesterday, the composer Tom Hale died, his family said. Hale, the city's first jazz professor, was 77.",
                 "The actress Anna Berg died on Friday in Leeds. She was aged 91 years."):
        assert found(text) == [], text
    # and so is the same death told again
    text = ("Yesterday, the agency announced the death of cosmonaut Ivan Petrov. He was 85. "
            "The station crew paused their work to mourn Petrov's passing.")
    assert found(text) == []
    # a young age, an age in a longer clause, a count, an accident or an epidemic: the death stays
    for text in ("The mayor Jan Novak died on Sunday in Prague. He was 45 years old.",
                 "The mayor Jan Novak died on Sunday in Prague. He was 70 when he moved to Brno.",
                 "A miner died on Sunday at the quarry in Tarnow. The death toll this year was 70.",
                 "The mayor Jan Novak died on Sunday after a fall at the quarry in Tarnow. He was 62.",
                 "The mayor Jan Novak died of COVID-19 on Sunday in Prague. He was 45 years old."):
        assert len(found(text)) == 1, text
    # an epidemic cause does not keep it: the age told alone makes it an obituary, and the death told again too
    for text in ("The mayor Jan Novak died of COVID-19 on Sunday in Prague. He was 71 years old.",
                 "The mayor Jan Novak died on Sunday in Prague. He was 71. His aide said he died from a virus."):
        assert found(text) == [], text
    # with no age told, an epidemic death stays an incident (an outbreak's toll)
    [inc] = found("The mayor Jan Novak died of the coronavirus infection on Sunday in Prague. The city mourned him.")
    assert inc.type == "other"


def test_an_event_word_inside_a_thing_s_modifier_is_no_event():
    # ISAF pool releases (i0338, i0528, i0533): a detainee's description, "bomb-making materials", "remote-detonated IEDs"
    for text in ("The leader supplied insurgents with bomb-making materials, placed roadside bombs and directed fighters "
                 "in attacks against Afghan forces.",
                 "The facilitator planted roadside bombs and acquired ammunition and bomb-making materials for insurgent fighters.",
                 "He also owned an electronics shop where he held Taliban meetings and built remote-detonated improvised "
                 "explosive devices."):
        assert found(text) == [], text
    # a participle of a person stays ("killed insurgents"), and a bomb that explodes is an attack
    [inc] = found("A parked car bomb exploded in Kabul on Monday, killing three.")
    assert inc.type == "attack" and inc.killed == 3


def test_a_sentence_repeated_word_for_word_retells_its_event():
    # ISAF pool i0677: an update release repeats the first release's sentence
    found_line = "The assault force found an AK-47 with several magazines along with Pakistani money at the scene."
    text = ("KABUL, Afghanistan (August 5) - An Afghan and coalition security force detained several suspected insurgents "
            "in Helmand province Wednesday. " + found_line + "\n\nKABUL, Afghanistan (Aug. 14) - The International Security "
            "Assistance Force confirmed the capture of the Taliban deputy commander during an operation in Helmand province "
            "Aug. 4. " + found_line)
    assert [i.type for i in found(text)].count("seizure") == 1
    # the same words about another place are another sentence: both stay (ISAF pool i0346)
    text = ("He was captured during an operation in Dand district, Kandahar province, April 13. "
            "He was captured during an operation in Sha Joy district, Zabul province, April 13.")
    assert len(found(text)) == 2


def test_an_update_repeating_a_sentence_up_to_its_event_word_retells_its_event():
    # ISAF pool i0688 (also i0140, i0036): the update release repeats the first release's account up to the event word
    # ("After initial questioning at the scene, the security force detained ..."), naming more of what it did
    text = (
        "Afghan-led Force Detains Suspected Insurgents in Pursuit of Commander \n"
        "ISAF Joint Command - Afghanistan \n"
        "2010-09-CA-260 For Immediate Release \n"
        "Download PDF \n"
        " \n"
        "KABUL, Afghanistan (Sept. 24) - Afghan and coalition security forces detained several suspected "
        "insurgents in Paktiya province Thursday while in pursuit of a Taliban sub-commander operating in "
        "Mata Khan district.  \n"
        " \n"
        "The commander coordinates and conducts improvised explosive device attacks and facilitates weapons "
        "and ammunition for future attacks.  \n"
        " \n"
        "Intelligence tips led the security force to a compound in the village of Shakian in Zurmat district "
        "to search for the commander. Afghan forces used a loudspeaker to call for all occupants to exit the "
        "buildings peacefully and then the joint security force cleared and secured the compounds.  \n"
        " \n"
        "After initial questioning at the scene, the security force detained the suspected insurgents.  \n"
        " \n"
        "The assault force did not fire their weapons and they protected the women and children for the "
        "duration of the search. \n"
        "--- \n"
        "UPDATE Afghan, Coalition Force Confirms Taliban Commander Capture \n"
        "ISAF Joint Command - Afghanistan \n"
        "2010-09-CA-278 For Immediate Release \n"
        "Download PDF  \n"
        " \n"
        "KABUL, Afghanistan (Sept. 25) - The International Security Assistance Force confirmed the capture of"
        " a Taliban sub-commander operating in Mata Khan district during an overnight operation in Paktiya "
        "province Thursday.  \n"
        " \n"
        "The commander coordinated and conducted improvised explosive device attacks and facilitated weapons "
        "and ammunition for future attacks.  \n"
        " \n"
        "Following detainment, Afghan and coalition forces also directly linked him to a recent pressure "
        "plate IED discovered in Mata Khan district.  \n"
        " \n"
        "Intelligence tips led the security force to a compound in the village of Shakian in Zurmat district "
        "to search for the commander. Afghan forces used a loudspeaker to call for all occupants to exit the "
        "buildings peacefully and then the joint security force cleared and secured the compounds.  \n"
        " \n"
        "After initial questioning at the scene, the security force detained the commander and two of his "
        "associates.  \n"
        " \n"
        "The assault force did not fire their weapons and they protected the women and children for the "
        "duration of the search. \n"
    )
    assert [i.type for i in found(text)].count("arrest") == 1


def test_a_killing_retold_by_its_toll_is_the_one_told():
    # ISAF pool releases (i0392, i0105): the same count killed, told again undated in a later sentence
    text = ("Afghan National Security and International Security Assistance Forces killed two insurgents during a clearing "
            "operation in southern Afghanistan, today. During the operation, the combined forces were engaged by insurgents "
            "and after gaining positive identification, returned fire killing two insurgents.")
    assert [(i.type, i.killed) for i in found(text)] == [("other", 2)]
    # the telling that names its doer gives the type ("also killed" has none)
    text = ("An Afghan and coalition security force detained several insurgents in Helmand province Tuesday. During the course "
            "of the operation, four insurgents were also killed. Afghan and coalition forces returned fire, killing four insurgents.")
    assert sorted((i.type, i.killed) for i in found(text)) == [("arrest", None), ("other", 4)]
    # an arrest told with the same toll is no killing retold (ISAF pool i0217)
    text = ("Members of 2nd Company, 1st Commando Kandak, killed 18 insurgents during a clearing operation in Maya village, Oct. 25. "
            "During the operation, the partnered forces were engaged by enemy forces multiple times, resulting in 18 insurgents "
            "killed, one wounded and two personnel taken into custody by the Commandos.")
    assert "arrest" in [i.type for i in found(text)]


def test_a_death_told_just_after_an_accident_is_its_toll():
    [inc] = found("A fire broke out yesterday at a hall near Harlech in Wales. A rescued woman died at the scene.")
    assert inc.killed == 1 and inc.date_text == "yesterday"
    # a death on a day of its own stays a death of its own
    assert len(found("A fire broke out yesterday at a hall near Harlech in Wales. Tom Hale died on Friday in Leeds.")) == 2


# -- press releases: killing and taking told together (round 18) ------------------------------------


def test_a_killing_and_an_arrest_told_together_are_two_incidents():
    incs = found("Coalition troops killed three fighters and detained five others during an operation in Zorak district on Monday.")
    assert sorted((i.type, i.killed) for i in incs) == [("arrest", None), ("other", 3)]
    assert all(i.date_text == "Monday" and "Zorak district" in (i.location or "") for i in incs)
    # passive, with the doer told once for both
    incs = found("A militant leader was captured and two gunmen were killed by the Afghan National Army in Mardan province on Friday.")
    assert sorted((i.type, i.killed) for i in incs) == [("arrest", None), ("other", 2)]
    # the killer who also seized is a force, even when the parser names no actor
    incs = found("A joint patrol killed two smugglers and seized a weapons cache near Lashkar village on Tuesday.")
    assert sorted((i.type, i.killed) for i in incs) == [("other", 2), ("seizure", None)]


def test_a_killing_and_an_arrest_spliced_by_a_comma_or_told_by_a_participle_are_two_incidents():
    # the comma splice parses as the later act's ccomp
    incs = found("Two fighters were killed, five men were detained and several rifles were found during the operation in Zorak district on Monday.")
    # fighters killed beside the arrest with no doer: the operation's killing, other (drafts._coordinated_killing, pool i0495)
    assert sorted((i.type, i.killed) for i in incs if i.type != "seizure") == [("arrest", None), ("other", 2)]
    # the arrest told by a participle with no subject of its own ("while detaining")
    incs = found("Army troops killed a militant commander while detaining three others in Zorak district on Monday.")
    assert sorted((i.type, i.killed) for i in incs) == [("arrest", None), ("other", 1)]
    # a killing told as what the arrested did is no act of the sentence's own
    assert [i.type for i in found("Police in Zorak arrested three men on Monday, saying they had killed a shopkeeper.")] == ["arrest"]


def test_a_killing_told_as_the_charge_or_as_one_count_is_no_incident_of_its_own():
    # the killing is what the arrested man did: one arrest
    [inc] = found("Police arrested a man who killed two people in Leeds on Monday.")
    assert inc.type == "arrest"
    # one count for both ("killed and detained"): no toll to split
    [inc] = found("More than ten fighters were killed and detained by troops in Zorak district on Monday.")
    assert inc.type == "arrest"


def test_a_force_killing_retold_is_the_one_told():
    incs = found("Coalition troops killed one fighter and detained two men during an operation in Zorak district on Monday. "
                 "The troops searched a compound. As the troops cleared the compound, they killed an armed fighter.")
    assert sorted((i.type, i.killed) for i in incs) == [("arrest", None), ("other", 1)]


def test_an_air_or_precision_strike_noun_is_a_strike():
    [inc] = found("Allied forces conducted a precision air strike in Zorak district on Monday, killing a militant commander.")
    assert inc.type == "strike" and inc.perpetrator is not None
    [inc] = found("The army conducted a drone strike on a militant hideout in Mardan province on Friday.")
    assert inc.type == "strike"
    # a strike with no weapon word is no strike
    assert found("Dock workers went on a general strike in Zorak on Monday.") == []


def test_a_strike_told_again_with_no_date_or_place_is_the_one_told():
    incs = found("Allied forces conducted a precision air strike in Zorak district on Monday. "
                 "After careful planning, allied aircraft conducted a precision air strike on the compound.")
    assert [i.type for i in incs] == ["strike"]
    # a second strike is its own
    incs = found("Allied forces conducted a precision air strike in Zorak district on Monday. "
                 "A second precision air strike was conducted on the compound.")
    assert [i.type for i in incs] == ["strike", "strike"]


def test_a_leader_or_facilitator_killed_is_one_victim_each():
    [inc] = found("Army troops killed a militant leader and two of his associates in Zorak district on Monday.")
    assert inc.killed == 3
    [inc] = found("Army troops killed a militant leader and facilitator in Zorak district on Monday.")
    assert inc.killed == 2
    # several is no number
    [inc] = found("Army troops killed a militant leader and several fighters in Zorak district on Monday.")
    assert inc.killed is None


def test_more_detained_also_undated_is_the_same_arrest():
    incs = found("Troops detained a militant leader in Zorak district on Monday. The troops searched the compound. "
                 "Two additional suspects were also detained for questioning.")
    assert [i.type for i in incs] == ["arrest"]
    # on another day or in another place, its own
    incs = found("Police arrested a man in Leeds on Monday. On Friday, police also arrested a woman in Bradford.")
    assert [i.type for i in incs] == ["arrest", "arrest"]
    incs = found("Police arrested a man in Leeds on Monday. Police also arrested a woman in Bradford.")
    assert [i.type for i in incs] == ["arrest", "arrest"]


def test_one_incident_per_day_and_place():
    # the same kind of event on the same day in the same place by the same doer is one event told twice
    [inc] = found("Army troops captured a militant leader in Zorak district on Saturday. "
                  "Army troops captured a bomb maker in Zorak district on Saturday.")
    assert (inc.type, inc.date_text, inc.location) == ("arrest", "Saturday", "Zorak district")
    # the capture retold with a tally: part of the joint doer, a place named inside the first's
    [inc] = found("Afghan and coalition forces detained a militant leader in Zorak district yesterday. The leader ran a "
                  "bomb cell. With the capture of the leader yesterday, Afghan and coalition forces have detained "
                  "more than 30 militants since January.")
    assert (inc.date_text, inc.location) == ("yesterday", "Zorak district")
    # another day, another place, another doer, or no day told: each its own
    incs = found("Police arrested a man in Leeds on Monday. Police arrested a woman in Leeds on Friday.")
    assert [i.date_text for i in incs] == ["Monday", "Friday"]
    incs = found("Police arrested a man in Leeds on Monday. Police arrested a woman in Bradford on Monday.")
    assert [i.location for i in incs] == ["Leeds", "Bradford"]
    incs = found("Police arrested a man in Leeds on Monday. Army troops arrested a woman in Leeds on Monday.")
    assert [i.perpetrator.name if i.perpetrator else None for i in incs] == ["Police", "Army troops"]


def test_an_arrest_uses_no_weapon():
    # the weapon word of an arrest is the detainee's profile or a thing suspected: no weapon of the arrest
    [inc] = found("Army troops detained a roadside bomb facilitator in Zorak district on Monday.")
    assert (inc.type, inc.weapon) == ("arrest", None)
    [inc] = found("Police arrested a man suspected of supplying the rifle in Leeds on Monday.")
    assert (inc.type, inc.weapon) == ("arrest", None)
    # the things seized with it are the seizure's; an attack keeps its weapon
    incs = found("Army troops detained two suspects and seized three rifles in Zorak district on Monday.")
    assert sorted((i.type, i.weapon) for i in incs) == [("arrest", None), ("seizure", "rifles")]
    [inc] = found("Gunmen attacked a checkpoint with rifles in Zorak district on Monday.")
    assert inc.weapon == "rifles"


def test_the_place_of_an_operation_in_search_of_someone_is_the_place_named_inside():
    [inc] = found("Troops detained two men during an operation in search of a militant leader in Gomal district, "
                  "Paktika province, on Monday.")
    assert inc.location == "Gomal district, Paktika province"  # round 38: the address whole (slots.address_part_after)


def test_a_subject_the_parser_hung_on_a_fronted_place_is_no_part_of_it():
    [inc] = found("In Nad Ali district, Helmand province, an Afghan and coalition security force detained two men on Monday.")
    assert inc.location == "Nad Ali district, Helmand province"


def test_an_arrest_after_an_operation_that_killed_leaves_the_killing_standing():
    incs = found("Troops killed three fighters during an operation in Zorak district on Monday. "
                 "The troops also detained nine men.")
    assert sorted((i.type, i.killed, i.date_text) for i in incs) == [("arrest", None, "Monday"), ("other", 3, "Monday")]


def test_a_detention_and_a_seizure_told_together_are_two_incidents():
    incs = found("An army patrol detained two suspects and seized multiple rifles in Zorak district on Monday.")
    assert sorted(i.type for i in incs) == ["arrest", "seizure"]
    assert all(i.date_text == "Monday" for i in incs)
    # the seizure told by its object ("discovered a weapons cache")
    incs = found("An army patrol detained two suspects and discovered a weapons cache in Zorak district on Monday.")
    assert sorted(i.type for i in incs) == ["arrest", "seizure"]
    # two arrest verbs are one arrest
    [inc] = found("An army patrol captured a militant leader and detained two suspects in Zorak district on Monday.")
    assert inc.type == "arrest"


def test_an_arrest_and_a_seizure_one_told_in_a_clause_of_time_of_the_other_are_two_incidents():
    # pool i0348: "arrested a suspected IED maker after discovering an IED cache" (was one seizure)
    incs = found("An army patrol arrested a suspected bomb maker after discovering an explosives cache in a compound "
                 "in Zorak district on Monday.")
    assert sorted(i.type for i in incs) == ["arrest", "seizure"]
    assert all(i.date_text == "Monday" for i in incs)
    # pool i0060, i0008: "when a cache was discovered", "were seized in addition to detaining"
    incs = found("Coalition forces detained two suspects when a cache of improvised explosive device materials was "
                 "discovered in Zorak district on Monday.")
    assert sorted(i.type for i in incs) == ["arrest", "seizure"]
    incs = found("Two rifles and a grenade were seized in Zorak district on Monday in addition to detaining three suspects.")
    assert sorted(i.type for i in incs) == ["arrest", "seizure"]


def test_the_doer_of_a_killing_participle_is_the_subject_of_its_verb():
    [inc] = found("The Afghan National Army returned fire in Zorak district on Monday, killing two fighters.")
    assert inc.type == "other" and inc.perpetrator is not None and inc.perpetrator.name == "Afghan National Army"
    assert inc.killed == 2
    # not other participles ("searched the car, discovering rifles" keeps its own rules)
    [inc] = found("Gunmen stormed a hotel in Kabul on Monday, killing five people.")
    assert inc.type == "attack" and inc.killed == 5


def test_kinds_of_attacks_named_in_a_profile_are_no_incident():
    assert found("The leader participates in roadside bomb and small arms attacks against army units in Zorak.") == []
    assert found("The leader is a roadside bomb and suicide bomb facilitator in Zorak district.") == []
    # a bomb told as an event still is one
    [inc] = found("A roadside bomb killed two soldiers in Zorak district on Monday.")
    assert inc.type == "attack" and inc.killed == 2


def test_an_unnamed_detainee_told_up_to_ten_sentences_later_is_the_arrest_told():
    filler = " ".join(f"The leader ran cell number {n} in the valley." for n in range(7))
    incs = found("Troops detained a militant leader in Zorak district on Monday. " + filler
                 + " The suspect was detained based on initial questioning.")
    assert [i.type for i in incs] == ["arrest"]
    # a named one is someone else
    incs = found("Police arrested a man in Minsk on Monday. " + filler.replace("The leader ran", "He joined")
                 + " Viktar Babaryka was arrested by police.")
    assert [i.type for i in incs] == ["arrest", "arrest"]


# -- a clause opening with an address of two places (repair.fronted_places) ----------------


def _briefed(text: str):
    prepared = prepare(text)
    return extract(context(text).doc, prepared, load())


def test_a_fronted_address_is_no_doer_and_the_force_after_it_is():
    brief = _briefed("In Dara district, Helmand province, a combined Afghan and coalition security force "
                     "detained two suspected insurgents yesterday.")
    [inc] = brief.incidents
    assert inc.perpetrator_name == "combined Afghan and coalition security force"
    assert inc.location == "Dara district, Helmand province"
    assert "Helmand province" not in {a.name for a in brief.actors}


def test_a_force_the_parser_hung_on_a_fronted_address_is_the_subject():
    brief = _briefed("In Chora district, Kunar province, Afghan and coalition forces killed a Haqqani facilitator "
                     "and detained three suspected insurgents.")
    assert {i.perpetrator_name for i in brief.incidents} == {"Afghan and coalition forces"}
    assert "Afghan and coalition forces" in {a.name for a in brief.actors}


def test_a_fronted_single_place_or_a_country_speaking_is_left_as_parsed():
    brief = _briefed("In Springfield, Illinois, police arrested two men on Monday.")
    assert [i.perpetrator_name for i in brief.incidents] == ["police"]
    doc = context("In Geneva, Russia said it would veto the resolution.").doc
    repair.repair(doc, load())
    assert next(t for t in doc if t.text == "Russia").dep_ == "nsubj"


def test_a_later_incident_takes_the_whole_address_of_the_one_before():
    brief = _briefed("In Dara district, Helmand province, a combined Afghan and coalition security force "
                     "detained two suspected insurgents yesterday. During the search, the force found two rifles and "
                     "a quantity of explosives.")
    assert [i.location for i in brief.incidents] == ["Dara district, Helmand province"] * 2


def test_a_finding_an_operation_led_to_is_a_seizure_of_its_own():
    incs = found("Army commandos ambushed the rebels near Zorak on Monday, which resulted in the deaths of three "
                 "fighters and the recovery of two rifles and a radio.")
    assert sorted((i.type, i.killed) for i in incs) == [("attack", 3), ("seizure", None)]
    [seized] = [i for i in incs if i.type == "seizure"]
    assert seized.perpetrator is not None and seized.perpetrator.name == "Army commandos"
    # beside an operation word alone the finding is the one incident, with what was found
    incs = found("The army conducted an operation in Zorak district on Monday which led to the discovery of a weapons cache.")
    assert [i.type for i in incs] == ["seizure"]


def test_a_finding_noun_not_told_as_an_outcome_is_no_seizure():
    assert found("Astronomers announced the discovery of a new planet on Monday.") == []
    assert found("Police said the discovery of a body in the river on Monday prompted an inquiry.") == []
    assert found("The economy grew on Monday, which resulted in the recovery of the markets.") == []


# -- background: an event in a relative clause dated by a year alone ------------------------


def test_an_event_in_a_relative_clause_dated_by_a_year_is_background():
    incs = found("Typhoon Kammuri struck Leyte on Monday. The island was also hit by Typhoon Yolanda, "
                 "which killed 900 people in 2012.")
    assert [i.date_text for i in incs] == ["Monday"]
    assert found("The award is named after a chemist who died in a plane crash in 2009.") == []


def test_an_interview_transcripts_turns_tell_no_incident():
    story = "Police arrested two activists in Lyon on Sunday. "
    text = (story + "Anne Roux, their spokeswoman, spoke with Wikinews.\n\n((Wikinews)) What happened at the march?\n\n"
            "((Anne Roux)) A man attacked our stall in Lyon on Saturday and police detained him.\n")
    assert [(i.type, i.date_text) for i in found(text)] == [("arrest", "Sunday")]
    # the same words told by the article itself are its news
    assert len(found(story + "A man attacked their stall in Lyon on Saturday and police detained him.")) == 2


def test_an_event_dated_two_or_more_years_before_the_article_is_history():
    dateline = "Monday, March 4, 2019\n\n"
    text = "A fire broke out at a hotel in Lyon on Sunday. In 2012, a fire at the same hotel killed two guests."
    assert [i.date_text for i in found(dateline + text)] == ["Sunday"]
    assert found(dateline + "Back in 2015, a student was killed by a mob in Lahore.") == []
    # an old arrest or court act is history even beside a current one ("a prior conviction")
    incs = found(dateline + "A court in Oslo convicted Tom Rask of fraud on Friday. He was jailed for robbery in 2010.")
    assert [i.date_text for i in incs] == ["Friday"]
    # last year is not clearly before the news; with no year of its own the article dates nothing as history
    assert len(found(dateline + text.replace("2012", "2018"))) == 2
    assert len(found(text)) == 2


def test_an_event_two_or_more_years_before_the_publication_year_is_history():
    # globalvoices pool gv72c865a8, gva618785d, gv30074cc3: no dateline, the text names no later year than the old one
    text = "Manto died on 18th January 1955 at the age of 43. His stories are read across Pakistan."
    ctx = with_frames(text)
    assert len(incidents.find_incidents(ctx, [])) == 1
    ctx.published = datetime.date(2012, 5, 14)
    assert incidents.find_incidents(ctx, []) == []
    text = "This story began in August 2010 when Akong was arrested in his home. A court sentenced him on Friday in Bangkok."
    ctx = with_frames(text)
    ctx.published = datetime.date(2012, 5, 12)
    assert [i.date_text for i in incidents.find_incidents(ctx, [])] == ["Friday"]


def test_a_date_in_a_clause_of_comparison_is_not_the_event_s():
    # globalvoices pool gv087379a8: the earlier case compared, not the march's day
    [inc] = found("As was the case in 2009 during a rally, nationalists in Armenia disrupted a march in Yerevan on 21 May.")
    assert inc.date_text == "21 May"


def test_an_old_event_told_with_a_current_one_or_tried_now_stays():
    dateline = "Monday, March 4, 2019\n\n"
    # its sentence tells an event of the story: the crime a court act is about
    incs = found(dateline + "A court on Friday sentenced Tom Rask for the 2015 bombing of a bus in Oslo.")
    assert len(incs) == 2
    # the article reports a court act or an arrest: the old crime told on its own may be what it is about
    incs = found(dateline + "A court in Oslo convicted Tom Rask of murder on Friday. Rask shot a guard dead in 2015 outside a bank in Oslo.")
    assert [i.date_text for i in incs] == ["Friday", "2015"]


def test_an_undated_event_in_a_sentence_of_old_years_is_history():
    # wikinews pool w2019_0117, w2020_0100: no date of its own, the sentence names only years long before the article's
    for text in ("Wednesday, September 25, 2019\n\nJohnson was impeached over perceived violations of the Tenure of Office "
                 "Act of 1867, which the Supreme Court later ruled to be unconstitutional.",
                 "Thursday, October 22, 2020\n\nAs its name suggests, the party supported the Eighteenth Amendment to the "
                 "United States Constitution, which banned the sale of alcohol, and resulted in the period known as "
                 "Prohibition (1919–33)."):
        assert found(text) == [], text
    # a year that names an event dates that event only; a day of its own keeps the incident
    assert [i.type for i in found("Monday, March 4, 2019\n\nPolice arrested a man over the 2016 bombing of a bus in Oslo.")] == ["arrest"]


def test_an_old_event_beside_an_arrest_told_only_in_passing_is_history():
    # wikinews pool w2019_0097: "his arrest" told with no day or place is no incident the article reports, so it
    # does not make the 2007 protest the crime the news is about
    text = ("Saturday, September 7, 2019\n\nKokesh was given a general discharge from the Marine Forces Reserve in 2007 "
            "after images of him wearing his uniform while participating in a protest with the Iraq Veterans Against the "
            "War were published in The Washington Post. Some of these activities have resulted in his arrest.")
    assert found(text) == []


def test_a_relative_clause_event_told_with_a_day_or_under_a_court_act_stays():
    # a day, not a bare year: an event of the story
    assert [i.type for i in found("Police found the driver, who crashed into a school bus on Monday.")] == ["other"]
    # the crime a sentence is about: a court act in the sentence
    incs = found("A court on Monday sentenced Tom Rask, who killed two guards in 2015, to life in prison.")
    assert any(i.date_text == "2015" for i in incs)


# -- events a subordinate clause sets apart ------------------------------------------------------


def test_a_contrast_clause_with_its_own_subject_tells_an_event_of_its_own():
    text = "Omar Haddad died in a car crash near Leeds on Monday, while his cousin Sami Haddad was arrested in York a week later."
    got = sorted(d.type for d in found(text))
    assert got == ["arrest", "other"]
    arrest = next(d for d in found(text) if d.type == "arrest")
    assert arrest.date_text is None  # the clause's own words: not the main clause's "Monday"
    # an event of the same kind, or a "when" clause, tells one event
    assert len(found("Two soldiers were killed in Kandahar on Monday when a bomb exploded beside their truck.")) == 1
    assert len(found("Police arrested a man in Leeds on Friday, while a second man was detained in York.")) == 1


def test_an_attack_then_the_response_to_its_doer_in_a_clause_of_time_keeps_the_attack():
    # an arrest of the attacker in a "before"/"until" clause is an incident of its own (drafts._response_apart)
    got = found("A woman stabbed a police officer in the neck on Monday before she was arrested.")
    assert sorted(d.type for d in got) == ["arrest", "attack"]
    assert next(d for d in got if d.type == "attack").date_text == "Monday"
    assert sorted(d.type for d in found("A man attacked two women with a hammer on Monday before police arrested him.")) == ["arrest", "attack"]
    # the police's shooting of the attacker no longer types the attack as the police killing
    assert [d.type for d in found("A gunman shot five people at a nightclub on Monday before police shot him dead.")] == ["attack"]
    # an arrest told first, a clause of time after it: one arrest, as before
    assert [d.type for d in found("Police detained two men on Monday after they were found with weapons.")] == ["arrest"]


def test_another_event_as_the_subject_of_a_subordinate_clause_is_a_second_incident():
    text = "The bombing in Lyon came hours after police say another bomb planted by the same man exploded near a school in Dijon."
    got = found(text)
    assert [d.type for d in got] == ["attack", "attack"]
    assert "Dijon" in (got[1].location or "")
    # without "another", the clause retells the one event
    assert len(found("The bombing in Lyon came hours after police say the bomb planted by the man exploded near a school.")) == 1


# -- a taking noun with whom it took, in an operation (incidents.cues._taking_of) ----------------------------


def test_the_capture_of_someone_during_an_operation_is_an_arrest():
    [inc] = found("The army confirmed the capture of a militia commander during an operation in Zorak district on Monday.")
    assert inc.type == "arrest" and inc.date_text == "Monday"
    [inc] = found("Also confirmed today was the capture of a militia leader during a raid in Zorak district on May 2.")
    assert inc.type == "arrest"
    # a place captured is no arrest; nor a capture told with no operation
    assert [i.type for i in found("The army confirmed the capture of Kabul during an operation on Monday.")] != ["arrest"]
    assert found("The army confirmed the capture of two militia leaders.") == []


def test_an_update_release_retelling_an_arrest_is_that_arrest():
    first = ("KABUL, Afghanistan (June 18, 2012) - An Afghan and coalition security force detained several suspected "
             "insurgents in Zarif district, Tarkan province, today.\n\n")
    update = ("KABUL, Afghanistan (June 20, 2012) - Afghan and coalition security forces confirmed today that a "
              "Taliban leader was one of the insurgents detained during an operation in Zarif district, Tarkan province, {day}.")
    # "today" in the June 18 release and "Monday" in the June 20 update are one day: one arrest
    [inc] = found(first + update.format(day="Monday"))
    assert inc.type == "arrest"
    # an update telling another day is another arrest
    assert len([i for i in found(first + update.format(day="Sunday")) if i.type == "arrest"]) == 2



def test_each_operation_a_lead_sums_up_told_with_its_own_place_is_its_own_incident():
    text = ("Army troops detained numerous suspected fighters during three operations in Zorak and Talan provinces "
            "on Monday. In Talan province, a joint patrol detained two suspected fighters while searching for a "
            "militia leader. The patrol detained the men after questioning at the scene.")
    incs = found(text)
    assert [i.type for i in incs] == ["arrest", "arrest"]
    assert "Talan province" in (incs[1].location or "") and incs[1].date_text == incs[0].date_text == "Monday"
    # one operation led with: the arrest told next with a place retells it
    one = text.replace("during three operations", "during an operation")
    assert [i.type for i in found(one)] == ["arrest"]
    # no place of its own: the summary retold
    bare = text.replace("In Talan province, a", "A")
    assert [i.type for i in found(bare)] == ["arrest"]


def test_operations_told_in_several_provinces_sum_up_each_operation_told_with_its_place():
    # ISAF pool i0240 (also i0121, i0137): uncounted plural operations in provinces joined under one head
    text = ("KABUL, Afghanistan (Jan. 24, 2011) — Afghan and coalition forces targeted Taliban leaders during operations "
            "in Zabul and Khost provinces, detaining several suspected insurgents yesterday. In Khost province, Afghan and "
            "coalition forces targeted a Haqqani network leader, detaining suspected insurgents during a security operation.")
    incs = found(text)
    assert [i.type for i in incs] == ["arrest", "arrest"]
    assert incs[1].location == "Khost province" and incs[1].date_text == "yesterday"
    # operations in one province sum up nothing: the arrest told next retells the lead
    one = text.replace("in Zabul and Khost provinces", "in Khost province")
    assert [i.type for i in found(one)] == ["arrest"]
    # an update release telling the province's operation again on the lead's day is that operation, not a third
    update = (" KABUL, Afghanistan (Jan. 28, 2011) — ISAF confirmed two leaders were detained during operations in "
              "Zabul and Khost provinces Jan. 23. In Khost province, the security forces detained a Haqqani network "
              "leader who operated out of Sabari district.")
    incs = found(text + update)
    assert [i.type for i in incs] == ["arrest", "arrest"] and incs[1].location == "Khost province"
    # ISAF pool i0121: a lead pairing its provinces with as many days gives each operation its own day
    paired = update.replace("provinces Jan. 23.", "provinces Jan. 21 and 23 respectively.").replace("In Khost province, the", "In Zabul province, the")
    incs = found(text + paired)
    assert [(i.location, i.date_text) for i in incs][-1] == ("Zabul province", "Jan. 21")


def test_a_capture_confirmed_with_the_operation_on_the_one_taken_is_an_arrest():
    # ISAF pool i0688 (also i0617): the parser hangs "during an operation" on the participle describing the one taken
    text = ("KABUL, Afghanistan (Sept. 25) - The International Security Assistance Force confirmed the capture of a Taliban "
            "sub-commander operating in Mata Khan district during an overnight operation in Paktiya province Thursday.")
    assert [(i.type, i.date_text) for i in found(text)] == [("arrest", "Thursday")]
    # no operation: a capture told with no one taken in one
    assert found(text.replace("during an overnight operation", "during the holidays")) == []


def test_an_update_confirming_an_arrest_the_first_release_told_undated_is_that_arrest():
    # ISAF pool i0036: the first release's detention took its day from the lead, after the update was compared
    first = ("KABUL, Afghanistan (Nov. 21, 2010) – Coalition forces killed one insurgent during an air strike in Logar "
             "province yesterday. A follow-on ground force discovered three wounded insurgents at the scene. The security "
             "force provided immediate medical attention before detaining them along with one other insurgent.")
    update = (" KABUL, Afghanistan (Nov. 22, 2010) — The International Security Assistance Force confirmed the capture of "
              "a Taliban leader during an operation in Baraki Barak district of Logar province Nov. 20.")
    incs = found(first + update)
    assert [(i.type, i.date_text) for i in incs] == [("strike", "yesterday"), ("arrest", "yesterday")]
    assert incs[1].location == "Baraki Barak district of Logar province"  # the fuller place
    # an update telling another day is another arrest
    assert [i.type for i in found(first + update.replace("Nov. 20", "Nov. 18"))] == ["strike", "arrest", "arrest"]


def test_air_support_s_killing_told_after_the_lead_is_a_strike_not_another_s_toll():
    # ISAF pool i0550 (also i0176): the lead's killing told again as air support's is a strike, without the
    # fire the patrol received as its weapon
    text = ("KABUL, Afghanistan (April 16, 2011) In Bar Kunar district, Kunar province, coalition forces killed numerous "
            "insurgents yesterday. A coalition forces patrol conducting a route clearance operation, received small-arms "
            "fire from a group of insurgents. After gaining positive identification, the patrol requested close-air support "
            "and engaged the enemy position, killing numerous insurgents.")
    assert [(i.type, i.weapon, i.date_text) for i in found(text)] == [("strike", None, "yesterday")]
    # ISAF pool i0076: after a seizure, which kills no one, air support's killing is a strike of its own
    text = ("KABUL, Afghanistan (Oct. 25, 2010) — Afghan and coalition forces targeted a Taliban leader during a joint "
            "operation in Baghran district, Helmand province, Monday. During the search of the compounds, a large weapons "
            "cache was discovered. As the force was preparing to depart the area, a group of 11 armed insurgents approached "
            "the force. Close air support assets using precision fire weapons, fired on the approaching insurgents killing "
            "all 11 insurgents.")
    assert [(i.type, i.killed) for i in found(text) if i.type == "strike"] == [("strike", 11)]


def test_a_force_engaging_with_an_air_or_artillery_weapon_is_a_strike():
    [inc] = found("On Monday, army troops engaged the militia position in Zorak district with mortar fire, killing two fighters.")
    assert inc.type == "strike"
    [inc] = found("On Monday, two aircraft engaged the fighters near Zorak with multiple precision airstrikes.")
    assert inc.type == "strike"
    # small-arms fire, fire taken in a passive, or insurgents engaging: no strike
    [inc] = found("On Monday, army troops engaged the militia position in Zorak district with small-arms fire, killing two fighters.")
    assert inc.type != "strike"
    assert all(i.type != "strike" for i in found(
        "On Monday, troops killed two fighters in Zorak district after being engaged with mortar fire."))
    assert all(i.type != "strike" for i in found(
        "On Monday, insurgents engaged the patrol in Zorak district with mortars, wounding two soldiers."))


def test_a_seizure_of_things_told_needs_no_date_or_place():
    text = ("Army troops detained two suspected fighters in Zorak district on Monday. The leader of the cell "
            "supplies rifles to fighters. The troops also seized two radios and a laptop during the operation.")
    assert sorted(i.type for i in found(text)) == ["arrest", "seizure"]
    # nothing taken: no seizure
    nothing = text.replace("seized two radios and a laptop", "seized nothing")
    assert [i.type for i in found(nothing)] == ["arrest"]


def test_a_force_s_strike_that_killed_stands_with_no_date_or_place():
    incs = found("After gaining identification, coalition forces engaged the enemy position with artillery fire, killing several insurgents.")
    assert [i.type for i in incs] == ["strike"]


def test_weapons_or_drugs_a_force_found_are_a_seizure():
    text = "Army troops detained two suspected fighters in Zorak district on Monday. The security force also found {} at the scene."
    assert sorted(i.type for i in found(text.format("multiple weapons"))) == ["arrest", "seizure"]
    assert sorted(i.type for i in found(text.format("13 pounds of opium"))) == ["arrest", "seizure"]
    # other things found, or a finding with no force named: no seizure
    assert [i.type for i in found(text.format("two radios"))] == ["arrest"]
    assert found("On Monday, researchers in Zorak found the drug effective against the fever.") == []


def test_goods_found_in_the_passive_after_a_force_s_sentence_are_its_seizure():
    # isaf-2010-08-helmand-kajaki-raid-opium (devA); ISAF pool i0276, i0382, i0465
    text = ("Two insurgents were killed and several others detained in a combined operation at a compound northwest of Kajaki "
            "in Helmand province. The forces secured the compound before conducting a search. "
            "A kilogram of opium was discovered and subsequently destroyed at the scene.")
    assert sorted(i.type for i in found(text)) == ["arrest", "seizure"]
    # no force told in the sentence before, or a judgement: no seizure
    assert [i.type for i in found("A study was published in Zorak on Monday. A kilogram of opium was discovered in the lab.")] == []


def test_a_protest_told_by_what_its_crowd_did():
    # protesters gathering, surrounding, blocking: a protest, though no protest word is its verb
    for text, day in (("On Monday, hundreds of demonstrators gathered outside the parliament in Lima, chanting slogans.", "Monday"),
                      ("A group of protesters surrounded the senator's car outside the hotel in Denver on Friday.", "Friday"),
                      # a crowd with slogans or placards
                      ("A crowd of farmers gathered outside the ministry in Paris on Tuesday with placards.", "Tuesday")):
        [inc] = found(text)
        assert (inc.type, inc.date_text) == ("protest", day), text
    # a crowd with no sign of protest, police surrounding a place, a gathering only planned: none
    for text in ("Hundreds of fans gathered outside the stadium in Madrid on Sunday to celebrate the title.",
                 "Residents gathered in the town square in Ohio on Monday for a vigil.",
                 "Riot police surrounded the university campus in Hong Kong on Sunday.",
                 "Protesters may gather outside the embassy in Oslo on Friday."):
        assert found(text) == [], text


def test_an_emergency_declared_is_a_legal_act():
    for text in ("The governor of Ohio declared a state of emergency on Monday.",
                 "On Friday, the president declared a national emergency over the outbreak.",
                 "Two towns in Cebu declared a state of calamity on Thursday.",
                 "The army declared martial law in Bangkok on Tuesday."):
        [inc] = found(text)
        assert inc.type == "other", text
    # asked for or only possible, a thing named an emergency, another declaration: none
    for text in ("He requested that the president declare a state of emergency in Ohio on Monday.",
                 "He said on Friday he may declare a national emergency.",
                 "The health ministry declared the outbreak a public health emergency on Monday.",
                 "The party declared victory in Lagos on Sunday."):
        assert found(text) == [], text


def test_a_toll_told_apart_goes_to_the_accident_before_it():
    # a sentence with no event word that counts the dead gives the fire or crash just told its toll
    [inc] = found("A warehouse in Leeds caught fire on Monday. At least eleven people died, officials said.")
    assert inc.killed == 11
    [inc] = found("A van crashed into a tractor near Dover on Friday. The incident left four cyclists dead.")
    assert inc.killed == 4
    # not a toll of its own time, nor one told with no accident before it
    [inc] = found("A bus crashed near Lyon on Monday. Last year 300 people died on the region's roads.")
    assert inc.killed is None
    assert found("The minister spoke in Leeds on Monday. At least eleven people died, officials said.") == []


def test_a_count_left_dead():
    [inc] = found("On Monday a strong tremor struck the valley and left six dead.")
    assert inc.killed == 6


def test_a_murder_word_counts_the_named_person_killed():
    assert found("The journalist Maria Lopez was murdered in Lima on Friday.")[0].killed == 1
    assert found("Protests grew after the police killing of Tom Reyes in Dayton on Monday.")[0].killed == 1
    # no named victim, or a killing dated inside its own phrase (background), counts no one
    assert all(i.killed is None for i in found("Police in Lima opened a murder inquiry on Friday."))
    assert all(i.killed is None for i in found("Reyes, 70, is serving a life sentence for the 1975 assassination of Senator Tom Clark."))


def test_a_court_act_told_again_undated_is_the_one_told():
    # "the Court" with no name of its own: the ruling told (pool g020)
    assert len(found("The request of the municipalities results from the sentence of the Italian Supreme Court of Cassation "
                     "on July 8. The case on which the Court has ruled was of the religious schools Santo Spirito and "
                     "Immacolata in Livorno.")) == 1
    # the same act of the same person (pool k028)
    [inc] = found("US Army Staff Sargeant Robert Bales, 38, was formally charged with seventeen counts of premeditated murder "
                  "on Friday. Bales was charged in connection with a shooting spree in two southern Afghanistan villages "
                  "earlier this month.")
    assert inc.date_text == "Friday"
    # another court's ruling, told with "also", stands (devA, UK prorogation)
    assert len(found("Following that reasoning, the Court of Session in Scotland ruled on September 11 the prorogation was "
                     "unlawful. The High Court of England and Wales also ruled on the same day as the Scottish court.")) == 2


def test_a_sentence_told_again_by_a_pronoun_a_name_or_its_definite_outcome_is_the_one_told():
    # a pronoun for the one sentenced in the sentence before (pool gv30074cc3): the sentence, beside the crime
    assert [i.type for i in found("On May 11 Cihan Kirmizigul, an engineering student in Istanbul, was sentenced to 11 years and 3 months in "
                     "jail for firebombing a building. He was sentenced to 11 years and 3 months on charges of membership "
                     "in the PKK and possession of explosives.")] == ["attack", "other"]
    # the same name by the same act word, paragraphs on, and the verdict told definite (pool gva618785d)
    text = ("Akong was sentenced to 20 years in jail for an unproven lese majeste case. His family visited him every week. "
            "They brought him food and books. His wife wrote letters to the king. His lawyers asked for a royal pardon. "
            "The case drew attention abroad. Rights groups condemned it. Judge Chanatip Mueanpawong clarified the verdict. "
            "Akong was sentenced to 20 years in prison, 5 years for each SMS message sent.")
    assert [i.type for i in found(text)] == ["other"]


def test_a_force_s_killing_told_after_an_arrest_is_an_incident_of_its_own():
    # pool i0146: an arrest kills no one, so the insurgent killed next is not its toll but the force's killing
    arrest = ("A combined Afghan and coalition security force detained multiple suspected insurgents during an operation "
              "in search of a Taliban leader in Ghazni district, Ghazni province, yesterday. ")
    incs = found(arrest + "A suspected insurgent aimed his weapon at a security force member during the operation. "
                 "The security force member defended himself, killing the insurgent.")
    assert [(i.type, i.date_text) for i in incs] == [("arrest", "yesterday"), ("other", "yesterday")]
    # pool i0090: told by a pronoun, engaged by the force
    incs = found("During the search the security force detained one suspected insurgent for further questioning. "
                 "An armed individual ran from the compound and later fired on the security force. He was engaged and killed.")
    assert [i.type for i in incs] == ["arrest", "other"]


def test_an_undated_first_incident_takes_the_day_and_place_of_the_scene_told_just_before():
    # pool i0090: the scene sentence has no event word; the arrest told next happened there, that night
    [inc] = found("In Kunduz last night, an Afghan-international security force went to the village of Aq Shakh, in the "
                  "Chahar Darah district, after intelligence information indicated militant activity. During the search "
                  "the security force detained one suspected insurgent for further questioning.")
    assert (inc.type, inc.date_text, inc.location) == ("arrest", "last night", "Kunduz")
    # devA (Wikinews): a scene with no force in it, and an incident with a day of its own, lend no day
    incs = found("Yesterday, the Parliament of Iraq voted on a resolution to expel United States troops from the country. "
                 "The move follows the United States' killing of Qasem Soleimani in an airstrike last week.")
    assert all(i.date_text != "Yesterday" for i in incs)


def test_a_release_s_first_incident_takes_the_place_and_day_of_a_force_s_scene_told_before():
    # pool i0229, i0102, i0066: the scene tells no day; its place is still where the killing happened
    dateline = "KABUL, Afghanistan (Feb. 1, 2011) "
    [inc] = found(dateline + "In Watahpur district, Kunar province, an ISAF patrol received small arms fire from an unknown "
                  "number of insurgents. After establishing positive identification, coalition forces engaged the enemy "
                  "position, killing one insurgent.")
    assert (inc.type, inc.date_text) == ("other", None) and "Watahpur district" in (inc.location or "")
    # pool i0012: past the target's profile and a scene with no named place, back to the lead's force, day and place
    incs = found(dateline + "A coalition security force targeted a Taliban leader in the Dara Soof Payan district, "
                 "Samangan province today. The leader is responsible for IED attacks in the Samangan province. The "
                 "security force isolated the compound and cleared the building. After questioning, the force "
                 "apprehended several suspected insurgents.")
    assert [(i.type, i.date_text) for i in incs] == [("arrest", "today")] and "Dara Soof Payan" in (incs[0].location or "")
    # a profile's place is no scene: its subject is the leader, not a force
    incs = found(dateline + "The leader operated out of Sabari district where he coordinated attacks. After questioning, "
                 "the force apprehended several suspected insurgents.")
    assert [i.location for i in incs if i.type == "arrest"] == [None]


def test_a_crowd_or_ground_disaster_told_as_a_new_noun_is_an_incident():
    # the stampede is the incident, dated by its first telling, placed by the clause that says where it occurred
    text = ("During the funeral of Iranian commander General Qasem Soleimani on Tuesday, a stampede erupted, resulting in a "
            "several-hours postponement of Soleimani's burial, according to state media. The stampede, which occurred in "
            "Kerman, resulted in at least 56 deaths and over 200 people injured, according to state television.")
    [inc] = found(text)
    assert (inc.type, inc.date_text, inc.location, inc.killed) == ("other", "Tuesday", "Kerman", 56)
    [inc] = found("According to the Saudi Interior Ministry over 345 Muslim pilgrims have been killed in a stampede "
                  "during the annual Hajj pilgrimage near Mecca, Saudi Arabia.")
    assert (inc.type, inc.location) == ("other", "Mecca, Saudi Arabia")
    # a vote's margin is no disaster
    assert found("The presidential elections in the Southern African nation Mozambique have resulted in a landslide victory for the ruling Frelimo party.") == []
    assert found("Hawkins predicted President Trump would lose in a massive landslide and asked voters to vote for what they truly believe.") == []


def test_attack_nouns_counted_and_told_as_what_happened_are_one_incident():
    # oldnews k018, devC (Assam), devA (Tunisia): a pair word or a small count, the subject of a past verb
    [inc] = found("The twin blasts in the Sankatmochan temple and the Cantonment Railway station of the temple city of "
                  "Varanasi on March 7, had left close to 20 dead and nearly 100 injured.")
    assert (inc.type, inc.date_text) == ("attack", "March 7")
    [inc] = found("In the span of one week, at least three suicide bombings took place in Tunisia.")
    assert (inc.type, inc.location) == ("attack", "Tunisia")
    # counted with no "the", they are new: not the bombing told just before
    incs = found("Two people were killed in a suicide bombing that happened on June 27. "
                 "In the span of one week, at least three suicide bombings took place in Tunisia.")
    assert [i.type for i in incs] == ["attack", "attack"]
    # attacks counted in a profile, or too many to be one event, stay none
    assert found("The facilitator is responsible for multiple attacks against Afghan and coalition forces.") == []
    assert found("Dozens of attacks have hit the province since January.") == []


def test_a_force_firing_an_artillery_weapon_is_a_strike():
    # devA (North Korea), pool isaf i0462: the weapon is the object of "fired"
    [inc] = found("Yesterday, North Korea fired artillery rounds aimed at a loudspeaker in South Korea.")
    assert (inc.type, inc.date_text, inc.weapon) == ("strike", "Yesterday", "artillery rounds")
    [inc] = found("The Coalition unit fired several mortars at the insurgents in Zabul province on Monday.")
    assert inc.type == "strike"
    # small-arms rounds, insurgents' mortars and missiles stay what they were
    [inc] = found("As the man lunged at the officers with a knife in Long Beach on Monday, both fired several rounds at him, killing him.")
    assert inc.type != "strike"
    [inc] = found("Insurgents fired several mortars at the base in Zabul province on Monday.")
    assert inc.type == "attack"


def test_a_seizure_noun_someone_is_tied_to_tells_no_seizure():
    # pool isaf i0144, i0687: the cache says who was detained; the act is the arrest
    text = ("A coalition forces patrol discovered a weapons cache in Nadir Shah Kot district, Khost province, yesterday. "
            "The patrol detained an individual associated with the cache for further questioning.")
    assert sorted(i.type for i in found(text)) == ["arrest", "seizure"]
    [inc] = found("On Monday, combined forces detained several suspected insurgents related to the weapons cache in Zabul province.")
    assert inc.type == "arrest"
    # a cache seized is still a seizure
    [inc] = found("On Monday, combined forces seized a weapons cache in Zabul province.")
    assert inc.type == "seizure"


# -- press releases: the day of an undated incident (round 30) --------------------------------------


def test_an_overnight_operation_in_a_release_is_dated_overnight():
    # devA isaf-2010-10-helmand-washer-taliban-financier-targeted, isaf-2010-09-khost-kunday-haqqani-subcommander-captured:
    # no day named, the night before the release (dates.resolve: its month)
    text = ("ISAF Joint Command - Afghanistan 2010-10-CA-178 For Immediate Release\n\nKABUL, Afghanistan (Oct. 20) - "
            "An Afghan and coalition security force targeted a Taliban senior leader and key financier operating in Marjah district, "
            "detaining several suspected insurgents during an overnight operation in Helmand province.")
    assert [i.date_text for i in found(text)] == ["overnight"]
    # a news story's "overnight" may be days before it was published: no day from it
    assert [i.date_text for i in found("A bomb exploded overnight at a market in Kabul, killing four people.")] == [None]


def test_an_undated_incident_of_a_release_takes_the_day_told_before_it():
    # devA isaf-2011-08-baghlan-pul-e-khumri-taliban-leader-killed: the release tells one operation's course
    lead = ("2011-08-S-042\nFor Immediate Release\n\nKABUL, Afghanistan (Aug. 16, 2011) - A combined Afghan and coalition "
            "security force killed a Taliban leader during a security operation in Pul-e Khumri district, Baghlan province, {day}. ")
    detail = "Following the engagement, one of Zalmi's associates was detained for further questioning."
    incs = found(lead.format(day="yesterday") + detail)
    assert [i.date_text for i in incs] == ["yesterday", "yesterday"]
    # and the force that did the lead's did the arrest told with no doer
    assert incs[1].perpetrator is not None and incs[1].perpetrator.name == incs[0].perpetrator.name
    # one with a day of its own keeps it
    incs = found(lead.format(day="yesterday") + "On Monday, one of Zalmi's associates was detained.")
    assert [i.date_text for i in incs] == ["yesterday", "Monday"]
    # a day only the dateline gave is when the release was issued, not the operation's: not handed on
    incs = found(lead.format(day="").replace(", .", ".") + detail)
    assert incs[-1].date_text is None
    # nor is the day of an event the lead refers to ("the Aug. 7 attack"; ISAF pool i0534)
    text = ("2012-09-S-027\nFor Immediate Release\n\nKABUL, Afghanistan (Sept. 19) - Forces confirmed the death of Hemat, one "
            "of the Haqqani leaders behind the Aug. 7 attack on a coalition base in Logar province. "
            "The security force also seized multiple firearms during the operation.")
    assert [i.date_text for i in found(text) if i.type == "seizure"] == [None]


def test_a_release_s_lead_arrest_told_again_in_its_account_is_one_arrest():
    # devA isaf-2011-08-baghlan-pul-e-khumri-taliban-leader-killed, ISAF pool i0038, i0397
    lead = ("2011-08-S-042\nFor Immediate Release\n\nKABUL, Afghanistan (Aug. 16, 2011) - A combined Afghan and coalition "
            "security force killed a Taliban leader and detained one suspected insurgent during a security operation in "
            "Pul-e Khumri district, Baghlan province, yesterday. ")
    account = ("The leader directed a cell of fighters. The force searched for the leader at a compound in the district. "
               "The force located him at the compound. The force called for him to exit the building. He ran towards them. "
               "The force fired at the man, killing him. Residents said he forced his way into the home. ")
    incs = found(lead + account + "Following the engagement, one of Zalmi's associates was detained for further questioning.")
    assert sorted(i.type for i in incs) == ["arrest", "other"]
    # one on another day is another arrest
    incs = found(lead + account + "On Monday, one of Zalmi's associates was detained for further questioning.")
    assert sorted(i.type for i in incs) == ["arrest", "arrest", "other"]


def test_a_release_s_lead_operation_told_again_as_a_scene_is_no_incident_of_its_own():
    # ISAF pool i0392, i0355; dev isaf-2011-03-helmand-sangin-clearing-operation
    lead = ("2011-03-S-076 For Immediate Release KABUL, Afghanistan (March 22, 2011) - Afghan and coalition forces killed two "
            "insurgents during a clearing operation in southern Afghanistan, today. ")
    scene = ("Combined forces conducted a clearing operation to detain a Taliban leader and improvised explosive device "
             "facilitator in Nowzad district, Helmand province. ")
    incs = found(lead + scene + "The forces were engaged by insurgents and returned fire.")
    assert [(i.type, i.location, i.weapon) for i in incs if i.type == "other"] == [("other", "Nowzad district, Helmand province", None)]
    # an operation in a place that differs is one of its own
    incs = found(lead.replace("southern Afghanistan", "Helmand province") + scene.replace("Nowzad district, Helmand", "Kandahar"))
    assert [i.type for i in incs] == ["other", "other"]


def test_a_release_s_lead_operation_whose_force_then_strikes_is_the_strike():
    # dev isaf-2012-07-paktika-bermal-airstrike, ISAF pool i0668, i0700
    lead = ("2012-07-S-005\nFor Immediate Release\n\nKABUL, Afghanistan (July 3, 2012)\nAfghan and coalition forces conducted "
            "a security operation in Bermal district, Paktika province, today. During the operation, Afghan and coalition forces "
            "identified a group of armed insurgents. ")
    incs = found(lead + "The security force engaged the armed insurgents with a precision airstrike, killing several of them.")
    assert [(i.type, i.date_text, i.location) for i in incs] == [("strike", "today", "Bermal district, Paktika province")]
    # a strike on another day is not the operation's
    incs = found(lead + "On Monday, the security force engaged insurgents with a precision airstrike, killing several of them.")
    assert sorted(i.type for i in incs) == ["other", "strike"]


def test_a_release_s_lead_operation_whose_force_then_detains_is_the_arrest():
    # round 40: dev isaf-2011-09-kandahar-panjwai-commandos-operation, ISAF pool i0076, i0476
    lead = ("2012-08-S-037\nFor Immediate Release\n\nKABUL, Afghanistan (Aug. 19, 2012)\nAn Afghan and coalition security force "
            "conducted an operation to arrest a Taliban leader in Alisheng district, Laghman province, today. The Taliban leader "
            "acquires weapons for insurgents. During the operation, a group of insurgents attacked the security force. The force "
            "engaged the insurgents killing three of the attackers. No civilians were harmed in the exchange. ")
    incs = found(lead + "After the engagement, the security force detained three suspected insurgents.")
    assert sorted(((i.type, i.killed) for i in incs), key=str) == [("arrest", None), ("attack", None), ("other", 3)]
    # an operation that killed keeps its killing beside the arrest
    lead = ("KABUL, Afghanistan (July 30, 2011) - An Afghan-led security force killed several insurgents during a security "
            "operation in Zurmat district, Paktiya province, yesterday. ")
    incs = found(lead + "Two suspected insurgents were detained following the firefight.")
    assert sorted(i.type for i in incs) == ["arrest", "other"]


def test_the_weapon_prefilter_never_rules_out_a_sentence_a_pattern_matches():
    from summarizer.offline.rules import load, may_match

    rules = load()
    for sentence in ("Militants fired 82mm mortars at the base.", "An IED struck the patrol.", "He was stabbed with a KNIFE.",
                     "Gunmen opened fire with rifles and RPGs.", "A suicide bomber detonated a vest."):
        assert any(pattern.search(sentence) for pattern in rules.weapons), sentence
        for pattern, words in zip(rules.weapons, rules.weapon_words):
            assert may_match(words, sentence) or not pattern.search(sentence)


def test_a_lead_takes_no_place_from_its_release_dateline_nor_a_sides_name():
    # pool i0058: the dateline glued to the lead is where the release was issued, not the operation's place
    [inc] = found("2011-08-S-040 For Immediate Release KABUL, Afghanistan (Aug. 14, 2011) – A combined Afghan and "
                  "International Security Assistance Force patrol detained two suspected insurgents during an operation "
                  "targeting an insurgent network in Washer district, Helmand province, yesterday.")
    assert inc.location == "Washer district, Helmand province"  # round 38: the address whole (merge._address_at)
    # pool i0136: "a Haqqani facilitator" names a side, not a place
    incs = found("ISAF Joint Command - Afghanistan 2011-04-S-044 For Immediate Release KABUL, Afghanistan (April 15, 2011) – "
                 "A combined Afghan and coalition force killed one armed individual and detained numerous suspected "
                 "insurgents while searching for a Haqqani facilitator in Jani Khel district, Paktika province, April 13.")
    assert [i.location for i in incs] == ["Paktika province", "Paktika province"]
    # a town naming no group stays the sentence's place
    [inc] = found("A Kabul police officer was killed in a bombing on Monday.")
    assert inc.location == "Kabul"


def test_a_day_the_parser_hung_on_a_place_is_no_part_of_it():
    # pool i0488: "..., Helmand province, Sunday" is the place and the day
    incs = found("A combined Afghan and coalition security force killed two insurgents and detained multiple suspected "
                 "insurgents during an operation in search of a Taliban facilitator in Kajaki district, Helmand province, Sunday.")
    assert incs and all(i.location == "Kajaki district, Helmand province" for i in incs)
    assert all(i.date_text == "Sunday" for i in incs)


def test_a_death_the_sentences_act_caused_or_confirmed_is_a_toll_of_one():
    # pool i0354: "an operation ... that resulted in the death of Maulawi Tayeb"
    [inc] = found("On Sunday, an Afghan and coalition security force conducted an operation in Tarin Kowt district, "
                  "Uruzgan province that resulted in the death of Maulawi Tayeb, a local Taliban leader.")
    assert inc.killed == 1
    # pool i0545: "confirmed the death of Haqqani leader Shabeer following a precision airstrike"
    [inc] = found("Afghan and coalition forces today confirmed the death of Haqqani leader Shabeer following a precision "
                  "airstrike in Pul-e 'Alam district, Logar province, Sunday.")
    assert inc.type == "strike" and inc.killed == 1
    # a death a protest is about is no toll of the protest
    incs = found("Thousands of protesters marched in Minneapolis on Sunday over the death of George Floyd.")
    assert all(i.killed is None for i in incs)


def test_a_force_s_air_weapons_team_engaging_or_killing_is_a_strike():
    # ISAF pool i0002, i0604, i0723 (engaged, killing), i0101 (returned fire, killing), i0701 (engaged by ... and killed)
    [inc] = found("After establishing positive identification, the air weapons team engaged the enemy position killing one insurgent "
                  "and forcing the others to flee.")
    assert inc.type == "strike" and inc.killed == 1
    [inc] = found("A coalition force air weapons team returned fire, killing several insurgents.")
    assert inc.type == "strike"
    # no count: still a strike that happened (i0566)
    [inc] = found("The air weapons team supporting ground forces engaged the enemy position, killing numerous insurgents.")
    assert inc.type == "strike"
    # an air assault force is troops flown in, and an aircraft returning to base fires on no one
    assert all(i.type != "strike" for i in found("An air assault force engaged the enemy position, killing two insurgents."))
    assert found("The air weapons team returned to the base in Kandahar on Monday.") == []


def test_military_aircraft_bombing_or_engaging_is_a_strike():
    # dev: an air force's F-16s bombing a convoy (Global Voices), coalition aircraft engaging insurgents (ISAF);
    # Global Voices pool gv6841abf9 ("The drones have been striking targets"), ISAF pool i0117 ("The aircraft returned fire")
    [inc] = found("On Thursday several Air Force F-16s bombed a convoy of smugglers near the border, killing 34.")
    assert inc.type == "strike"
    [inc] = found("The village was bombed by warplanes on Monday.")
    assert inc.type == "strike"
    [inc] = found("After careful planning, coalition aircraft engaged the insurgents, killing three.")
    assert inc.type == "strike"
    # not the insurgents' attack on an aircraft, a suicide bomber, nor a drone attack an armed group may do
    assert found("Insurgents attacked the aircraft with rockets on Monday.")[0].type == "attack"
    assert found("A suicide bomber attacked a police station in Kabul on Monday.")[0].type == "attack"
    assert found("In 2019 he survived a drone attack that killed six soldiers.")[0].type == "attack"


def test_military_aircraft_hitting_a_target_is_a_strike_with_no_weapon_named():
    # round-47 incident challenge set, aircraft rows (written by hand, no fixture text)
    assert [i.type for i in found("Russian warplanes struck a market in the north of the country today, killing 12 people.")] == ["strike"]
    assert [i.type for i in found("A hospital was struck by warplanes on Sunday, killing four patients.")] == ["strike"]
    assert [i.type for i in found("Fighter jets hit a weapons depot outside the city on Sunday, the army said.")] == ["strike"]
    # not an aircraft that hit something and crashed (dev: a contractor's helicopter and power lines): an accident
    assert "strike" not in [i.type for i in found("A helicopter on Tuesday struck power lines and crashed near the town.")]


def test_an_air_strike_with_no_place_is_where_the_supported_patrol_was():
    # ISAF pool i0604; i0174, i0101 alike
    text = ("In Helmand province, an ISAF patrol spotted several armed insurgents in Sangin district, today. Coalition forces tracked "
            "the insurgents' movement and called for air support. After establishing positive identification, the air weapons team "
            "engaged the enemy position killing one insurgent and forcing the others to flee.")
    [inc] = found(text)
    assert inc.type == "strike" and inc.date_text == "today" and "Helmand" in (inc.location or "")


def test_a_force_s_fire_killing_the_attackers_is_its_own_incident_not_the_attack_s_toll():
    # ISAF pool i0476; i0437, i0722 alike
    text = ("An Afghan and coalition security force conducted an operation to arrest a Taliban leader in Alisheng district, "
            "Laghman province, today. During the operation, a group of insurgents attacked the security force. "
            "The force engaged the insurgents killing three of the attackers.")
    incs = found(text)
    [attack] = [i for i in incs if i.type == "attack"]
    assert attack.killed is None
    assert any(i.type == "other" and i.killed == 3 for i in incs)
    # a bomb that killed, with no force firing back: the attack's own toll
    bomb = found("On Monday, insurgents attacked a patrol in Alisheng district with a roadside bomb. Three soldiers were killed.")
    assert [(i.type, i.killed) for i in bomb] == [("attack", 3)]


def test_a_person_or_a_search_named_with_a_group_is_no_place():
    # ISAF pool i0061, i0104, i0512 ("in search of a Haqqani network leader"), i0396 ("a precision strike on a Taliban commander")
    [inc] = found("In Zarghun Shahr district, Paktiya province, a combined Afghan and coalition security force detained multiple "
                  "suspected insurgents during an operation in search of a Haqqani network leader yesterday.")
    assert "search" not in (inc.location or "") and "Zarghun Shahr" in (inc.location or "")
    [inc] = found("An Afghan-international security force conducted a precision strike on a Taliban commander in Kunduz province today.")
    assert inc.location is not None and "commander" not in inc.location and "Kunduz" in inc.location



def test_a_release_s_lead_killing_told_again_in_its_account_is_one_incident():
    # ISAF pool i0625, i0311, i0454 (the force's fire told in detail), i0032, i0277, i0698 (the airstrike that killed),
    # i0605 ("in eastern Afghanistan", then the account's place); dev isaf-2011-05-takhar (the lead's four, one told)
    lead = ("2011-06-S-059 For Immediate Release KABUL, Afghanistan (June 18, 2011) - An Afghan-led security operation resulted "
            "in the death of one insurgent commander in Khanabad district, Kunduz province, yesterday. When Afghan forces arrived "
            "at the site, the commander pointed a rifle toward them. ")
    incs = found(lead + "They reacted and killed the insurgent commander.")
    assert [(i.type, i.killed, i.weapon) for i in incs] == [("other", 1, None)]
    assert incs[0].perpetrator is not None and incs[0].perpetrator.name == "Afghan forces"
    [inc] = found("2012-10-S-012 For Immediate Release KABUL, Afghanistan (Oct. 6, 2012) - Afghan and coalition forces killed "
                  "several insurgents during an operation in eastern Afghanistan today. The security force conducted a precision "
                  "airstrike in Zurmat district, killing the insurgents.")
    assert inc.type == "strike" and "Zurmat" in (inc.location or "")
    # a larger toll is another killing, and so is one in another province
    assert len(found(lead + "They reacted and killed three insurgents.")) == 2
    assert len(found(lead + "They reacted and killed the insurgent commander in Zurmat district, Paktiya province.")) == 2
    # a lead that tells no killing has none to be retold (i0701)
    incs = found("2011-01-S-188 For Immediate Release KABUL, Afghanistan (Jan. 17, 2011) - A security force mission targeted "
                 "smuggling routes in Kandahar province yesterday. When two men fired on them, the security force returned fire, "
                 "killing the two men. As a third man attempted to fire on the security force, he was engaged by an air weapons "
                 "team and killed.")
    assert len(incs) == 2 and incs[1].type == "strike"


def test_a_killing_in_a_force_s_fire_or_by_strikes_is_no_attack():
    # ISAF pool i0192 ("engaged the armed individuals, resulting in seven insurgents killed"), i0076 ("returned fire,
    # killing four insurgents"), i0341 ("The strikes reportedly killed more than 10 insurgents")
    incs = found("In Sangin district on Monday, the security force engaged the armed individuals, resulting in seven insurgents killed.")
    assert [(i.type, i.killed) for i in incs] == [("other", 7)]
    incs = found("The joint security force returned fire in Sangin district on Monday, killing four insurgents.")
    assert [(i.type, i.killed) for i in incs] == [("other", 4)]
    assert [i.type for i in found("The strikes killed 15 insurgents in Baghlan province on Sunday.")] == ["strike"]
    # the insurgents' fire, or a bomb, is an attack
    assert [i.type for i in found("On Monday, insurgents fired on the patrol in Sangin district, killing two soldiers.")] == ["attack"]
    assert [i.type for i in found("A roadside bomb killed four soldiers in Sangin district on Monday.")] == ["attack"]


# -- round 35: incidents of news prose the rules missed ------------------------------------------


def test_protests_told_as_a_wave_are_one_protest():
    # plural protests told as what happened: the subject of a verb of their course, a span of them, or what an
    # event was met with (wikinews-2019-09 Hong Kong, wikinews-2019-07 Puerto Rico, wikinews-2007-09 Columbia)
    for text in ("The protests began in Hong Kong in June.",
                 "His resignation followed two weeks of protests in San Juan.",
                 "The speech in New York was marked by protests.",
                 "In Lyon the announcement was met with protests."):
        assert [i.type for i in found(text)] == ["protest"], text
    # protests in general, or a series of them, are no one incident
    for text in ("A series of protests has been reported in recent years.",
                 "Activists have the right to hold protests.",
                 "She took part in protests in Paris."):
        assert found(text) == [], text
    # beside an event of another kind the sentence tells that event, not the wave (pool w2020_0078)
    assert [i.type for i in found("Protests began in June with the police killing of Ann Lee in Atlanta.")] == ["other"]


def test_an_old_protest_is_history_beside_an_arrest():
    # an arrest told as news does not make a protest of four years before the news (pool gvb514adec)
    text = ("Police arrested two activists in Seoul on Monday, May 7, 2012. "
            "Back in 2008 mass protests broke out in Seoul.")
    assert [i.type for i in found(text)] == ["arrest"]


def test_violence_done_to_someone_happened_without_day_or_place():
    # shooting, stabbing, kidnapping or hijacking someone in particular, told by its verb, is an attack that
    # happened though its sentence gives no day or place (wikinews-undated Bales, pirates; pool oldnews row 42)
    for text in ("The charges allege the sergeant left his base and shot numerous civilians.",
                 "A cargo ship was hijacked by pirates.",
                 "Gunmen kidnapped two aid workers.",
                 "Ann Lee was stabbed in the neck."):
        assert [i.type for i in found(text)] == ["attack"], text
    # told by a pronoun it retells an attack told before; a kidnapping noun in a profile is none
    assert found("He was shot.") == []
    assert found("He was involved with the kidnapping of two local men according to recent reporting.") == []
    assert found("The militant commander is responsible for kidnapping Afghan citizens in the area.") == []
    # a definite victim retells the killing told before it (pool i0270)
    text = ("A security force killed a suspected insurgent in Khost province last night. "
            "The soldier engaged in self defense and shot the man.")
    assert len(found(text)) == 1


def test_two_clauses_with_their_own_subjects_and_days_are_two_incidents():
    # "X was arrested on June 19, and Y was arrested on June 21" (wikinews-2009-06 Amnesty, Iran journalists)
    text = "Ann Lee was arrested in Tehran on June 19, and Bo Chen was arrested in Tehran on June 21."
    assert [i.type for i in found(text)] == ["arrest", "arrest"]
    # one day for both, or no subject of its own: one arrest
    assert len(found("Ann Lee was arrested in Tehran on June 19, and Bo Chen was arrested there too.")) == 1


def test_a_verbless_caption_tells_no_incident():
    # a photo caption or a placard's words: no finite verb, no subject (wikinews-undated Tameside EDL,
    # wikinews-2019-03 anti-Brexit march)
    assert found("A masked protestor and a police officer at an English Defence League march in Newcastle.") == []
    assert found('"Revoke Article 50" poster at anti-Brexit march in March 2019.') == []
    # a verb the tagger hung on the subject still tells it (wikinews-2019-02 bus overturns)
    assert [i.type for i in found("A bus carrying children from Smolensk to Kaluga on Sunday overturned in Babyninsky, Russia.")] == ["other"]


def test_an_event_noun_an_infinitive_aims_at_tells_none():
    # the object of an infinitive, or its "under"/"into" phrase, is an aim or a power, not a deed
    # (wikinews-2011-03 Egypt emergency law, wikinews-undated Scientology accuses Anonymous)
    assert found("The law allows the Egyptian government to place people under arrest without charges.") == []
    assert found("Activists plan to stage a protest outside the embassy in Cairo.") == []
    # an event noun in a phrase of time or setting is the deed's scene (isaf-2011-02 northern Kandahar clearing)
    text = ("Afghan and coalition forces set out to assist the local population during a clearing operation in "
            "Shah Wali Kot district, Kandahar province, Feb. 8.")
    assert [i.type for i in found(text)] == ["other"]
    # an event a relative clause on the aim's object tells, or one the aim acts with, happened (pool i0078, gv88a9fde4)
    text = ("A security force conducted an operation to detain a Taliban leader who was responsible for "
            "Tuesday's attack in Zharay district, Kandahar province.")
    assert "attack" in [i.type for i in found(text)]
    text = "On May 8, 2012 nationalists decided to mark it with an arson attack on a bar in Yerevan."
    assert [i.type for i in found(text)] == ["attack"]
    # an infinitive of inquiry looks into an event that happened (pool i0629)
    text = ("ISAF has initiated a team to assess a combined forces operation in Khost province today, which resulted "
            "in six Afghans being killed.")
    assert found(text) != []


def test_an_event_supposed_or_denied_by_nor_tells_none():
    # a clause of condition or of an open question supposes the event (globalvoices-2012-05 Tunisia TV chief,
    # wikinews-2020-11 Kenosha), and "nor" denies it (wikinews-2013-06 Aitchison murder)
    assert found("If convicted, Karoui faces up to three years in prison.") == []
    assert found("Officials in Mogadishu are investigating whether the vessel was seized by pirates.") == []
    assert found("There were no reports of any trace being found, nor did police recover any murder weapons.") == []
    # the main clause still tells its event
    assert [i.type for i in found("Police arrested Ann Lee in Lyon on Monday, and if convicted she faces ten years.")] == ["arrest"]


def test_a_killing_of_insurgents_coordinated_with_an_arrest_happened_and_is_the_operation_s():
    # pool i0376, i0409: no count ("several"), no doer: the killing told beside the arrest happened all the same
    incs = found("A joint patrol targeted a weapons facilitator in Musa Qalah district, Helmand province yesterday. "
                 "Several insurgents were killed and one man was detained during the operation.")
    assert sorted(i.type for i in incs) == ["arrest", "other"]
    # pool i0495: counted, spliced by a comma; the operation that detained killed them, no attack
    incs = found("Three insurgents were killed, 13 men were detained and several weapons were found during the operation "
                 "in Chorah district on Monday.")
    assert sorted((i.type, i.killed) for i in incs) == [("arrest", None), ("other", 3), ("seizure", None)]


def test_a_gerund_passive_after_resulted_in_and_a_one_word_name_count_their_dead():
    # pool i0629, i0362: "being killed" hangs on "resulted"/"resulting", apart from the ones killed
    for text, killed in (("An operation in Khost province today resulted in six Afghans being killed and one Afghan wounded.", 6),
                         ("A second strike was conducted on the building, resulting in two insurgents, including Badam, being killed.", 2)):
        ctx = context(text)
        assert slots.casualties(ctx, ctx.sents[0])[0] == killed
    # pool i0344: a name the tagger took for an event, and "his associate": two dead
    ctx = context("The security force called for a precision airstrike which killed Rostum and his associate.")
    assert slots.casualties(ctx, ctx.sents[0])[0] == 2
    # a place or a body killed is no victim of its own
    ctx = context("The flood killed Kabul's crops last week.")
    assert slots.casualties(ctx, ctx.sents[0])[0] is None


def test_a_force_s_killing_by_close_air_support_is_a_strike():
    # pool i0355, i0024, i0059: air support the means of the killing, in its clause or one it hangs from
    for text in ("On Monday in Gelan district, the combined team responded to the attack with close air support, killing several insurgents.",
                 "On Monday in Kajaki district, coalition forces requested close air and artillery support, engaging the enemy "
                 "position and killing several insurgents.",
                 "On Monday in Sangin district, coalition forces requested close air support and responded with 120 mm and "
                 "155 mm fire, killing several insurgents."):
        assert "strike" in [i.type for i in found(text)], text
    # an armed group's subject, or air support named in a clause of its own, makes no strike of the killing
    incs = found("On Monday in Sangin district, insurgents who had evaded close air support attacked the patrol, killing two soldiers.")
    assert "strike" not in [i.type for i in incs]
    # pool i0126: the lead's killing told again by the strike is the strike
    incs = found("KABUL, Afghanistan (June 16, 2011) In Nahr-e Saraj district, Helmand province a coalition force patrol killed "
                 "several insurgents during a security operation, today. The patrol returned fire with assistance of an air "
                 "weapon team killing several insurgents.")
    assert [i.type for i in incs] == ["strike"]


# -- round 37: retellings and dates in news copy --------------------------------------------


def test_the_day_of_a_report_glued_into_a_name_is_not_the_event_s():
    # the parser takes "Sunday" for part of the name: "on" still hangs it on "reported" (wikinews Sirhan fixture)
    [inc] = found("It was reported on Sunday Marco Bellini was stabbed in the neck while in prison.")
    assert inc.date_text is None


def test_the_day_of_a_state_an_event_noun_is_in_is_not_the_event_s():
    text = ("Warplanes bombed a convoy near the border on December 29, killing 34 people. "
            "While the bombing is still in the news headlines today, interest has turned to the inquiry.")
    assert [(i.type, i.date_text) for i in found(text)] == [("strike", "December 29")]


def test_a_definite_attack_noun_of_another_type_retells_the_attack():
    text = ("Militants used car bombs in an attack on a checkpoint on May 4. The attack killed 12 people. "
            "Officials denied reports that 40 civilians had been killed in the raid.")
    assert [i.type for i in found(text)] == ["attack"]
    # not a seizure "following the attack": an incident of its own
    text = "Rockets struck a base near the airport on Monday. Following the attack, police confiscated a truck carrying a rocket launcher near the base."
    assert sorted(i.type for i in found(text)) == ["attack", "seizure"]


def test_a_landmark_in_the_next_sentence_is_in_the_town_told():
    text = ("Thousands of people marched in Paris on Saturday against the pension law. "
            "Protesters, carrying placards, marched from the Place de la Bastille to the Senate.")
    assert [(i.type, i.location) for i in found(text)] == [("protest", "Paris")]


def test_a_country_told_as_acting_is_not_where_its_attack_was():
    [inc] = found("Human rights groups say the United States used cluster bombs in an attack on May 4.")
    assert inc.location is None


def test_a_not_above_a_relative_clause_does_not_deny_its_event():
    text = ("A closed-door trial is underway in Cairo in which four men have been charged with the murder, "
            "however the family did not give it any credence.")
    assert [i.type for i in found(text)] == ["other"]


def test_protesters_clashing_is_their_protest():
    [inc] = found("Protesters clashed with riot police in Lyon briefly on Tuesday.")
    assert inc.type == "protest"
    # a clash of others stays `other`
    [inc] = found("Rival gangs clashed with riot police in Lyon on Tuesday.")
    assert inc.type == "other"


def test_a_clash_between_groups_of_people_is_an_attack():
    # round 52: a clash between communities, groups or villagers (no force, armed group or protesters) is violence done
    [inc] = found("Shops stayed shut in the old town on Tuesday after a clash between rival groups of residents.")
    assert inc.type == "attack"
    [inc] = found("A curfew was ordered in the county after a communal clash.")
    assert inc.type == "attack"  # happened though its sentence gives it no day or place of its own
    [inc] = found("Five people were injured in the clashes that erupted between two groups in Lodi on Friday.")
    assert inc.type == "attack"  # plural, told by a past verb: the one clash
    [inc] = found("Villagers clashed with members of a rival tribe near Mopti on Saturday.")
    assert inc.type == "attack"
    # a force's fight, protesters' clash and a clash of words stay as they were
    assert [i.type for i in found("Troops clashed with rebels near the border on Sunday.")] == ["other"]
    assert [i.type for i in found("Protesters clashed with riot police in Lyon on Tuesday.")] == ["protest"]
    assert [i.type for i in found("The two leaders clashed over the budget in Rome on Sunday.")] == ["other"]


def test_a_prison_stormed_or_raided_by_others_than_a_force_is_an_attack():
    # round 52: before, storming named no event, and a raid was an `other` operation
    [inc] = found("Dozens of gunmen stormed a prison near Kaduna on Sunday night, freeing hundreds of inmates.")
    assert inc.type == "attack"
    [inc] = found("Armed men raided a police station in Lodi on Monday and freed six suspects.")
    assert inc.type == "attack"
    [inc] = found("Fighters of the sect stormed an army barracks and jail in the east on Friday.")
    assert inc.type == "attack"
    # a force storming, protesters storming and a house raided stay as they were
    assert [i.type for i in found("Police stormed the house in Lodi on Monday and arrested three men.")] == ["arrest"]
    assert [i.type for i in found("Protesters stormed the police station in Lodi on Monday.")] == ["protest"]
    assert [i.type for i in found("Soldiers raided a prison in Lodi on Monday.")] == ["other"]


def test_force_used_on_protesters_tells_their_protest():
    # round 52: the protest told only by the force used on its crowd is an incident beside the attack on the crowd
    incs = found("Police in Lodi fired rubber bullets at demonstrators who had assembled for a march on Saturday.")
    assert sorted(i.type for i in incs) == ["attack", "protest"]
    incs = found("Police in Lodi fired tear gas and water cannon to push back the demonstrators on Saturday.")
    assert sorted(i.type for i in incs) == ["attack", "protest"]  # a means fired to drive them back
    # not a protest named by its own noun, which may have begun days before, nor where a protest is told already
    incs = found("A sit-in in Lodi by opposition groups was violently dispersed by security forces on Thursday.")
    assert [i.type for i in incs] == ["attack"]
    incs = found("Thousands marched in Lodi on Saturday. Police fired tear gas at the protesters in Lodi.")
    assert sorted(i.type for i in incs) == ["attack", "protest"]


def test_an_event_timed_by_an_old_event_noun_is_history():
    # "in a 2001 coup" times the seizure; an arrest reported today does not make it what someone is tried for
    text = ("Bacary seized control of the island in a 2001 military coup. "
            "Three of his supporters have been arrested on Tuesday, officials said.")
    ctx = with_frames(text)
    ctx.published = datetime.date(2008, 3, 26)
    assert [i.type for i in incidents.find_incidents(ctx, [])] == ["arrest"]


def test_an_old_crime_told_by_a_bare_year_is_history_beside_an_arrest():
    # pool gvc0c34f97: the arrest reported does not make a 2008 attack "for example" what anyone is tried for
    text = ("Police arrested three activists in Tbilisi on Thursday. "
            "In 2008, for example, several young Georgians were attacked for organizing a party.")
    ctx = with_frames(text)
    ctx.published = datetime.date(2012, 5, 17)
    assert [i.type for i in incidents.find_incidents(ctx, [])] == ["arrest"]
    # told with its month, the crime is what the news is about
    text = ("Police arrested three men in Tbilisi on Thursday. "
            "A shopkeeper was shot dead in March 2009 in the city.")
    ctx = with_frames(text)
    ctx.published = datetime.date(2012, 5, 17)
    assert sorted(i.type for i in incidents.find_incidents(ctx, [])) == ["arrest", "attack"]


def test_a_new_attack_noun_in_a_definite_operation_is_no_retelling():
    # pool i0344: "the operation" is definite, "a precision airstrike" new: not the June 2011 attack told before
    text = ("Forces conducted an operation in search of a leader in Marah district on Thursday. "
            "He was responsible for leading an attack against a ceremony in the village in June 2011. "
            "During the operation, the force called for a precision airstrike which killed the leader.")
    ctx = with_frames(text)
    ctx.published = datetime.date(2012, 1, 14)
    assert "strike" in [i.type for i in incidents.find_incidents(ctx, [])]


def test_an_event_told_with_previously_is_recalled_background():
    # dev wikileaks-cables (Sadeqinia), pool isaf i0226
    assert found("Karimi was previously arrested in California, and prosecuted for attempting to hire a hit man.") == []
    text = ("Forces detained a Taliban leader in Khost province on Monday. The leader was detained by coalition forces "
            "previously and spent a year in custody.")
    assert [(i.type, i.date_text) for i in found(text)] == [("arrest", "Monday")]


def test_an_event_given_as_an_example_is_no_news():
    # pool gv ced56f46 ("In February, for instance, three journalists ... were arrested")
    assert found("In February, for instance, three journalists were arrested for publishing a photo.") == []
    assert found("For example, police detained two bloggers in Tunis in March.") == []
    assert [i.type for i in found("Police detained two bloggers in Tunis on Monday.")] == ["arrest"]


def test_an_event_noun_asked_for_is_not_done():
    # pool gv 1a6a5802 ("have also called for a march ... on May 1"); not fire a force calls in (isaf i0344, i0362, i0600)
    assert found("The occupiers have also called for a march from the centre of Manhattan to Wall Street on May 1.") == []
    text = "The security force called for a precision airstrike in Khakrez district, killing multiple insurgents."
    assert [i.type for i in found(text)] == ["strike"]


def test_an_event_told_only_inside_what_a_denial_denies_is_not_done():
    # challenge set inc46d d01-d04; a deed done to someone told definite was done, only its doer denied (k31-k33)
    assert found("Police denied that anyone had been arrested at the rally.") == []
    assert found("The ministry denied reports that soldiers had opened fire on protesters.") == []
    assert found("The military rejected claims that it had bombed a school in the village.") == []
    assert found("The rebel group denied carrying out an attack on the army base.") == []
    text = "The ministry denied that its soldiers had killed the two journalists, who were found dead on Sunday."
    assert [i.type for i in found(text)] == ["attack"]
    assert [i.type for i in found("The group denied that it carried out the attack on the army base.")] == ["attack"]
    assert len(found("Such deployment resulted in 10 people arrested on the border, 18 people denied entrance.")) == 1


def test_an_event_verb_in_the_perfect_progressive_is_a_course_of_acts():
    # pool gv 6841abf9 ("The drones have been striking targets in the south of Yemen"); a protest wave stays one
    assert found("The drones have been striking targets in the south of Yemen.") == []
    assert [i.type for i in found("Supporters have been protesting the government in Basra since Tuesday.")] == ["protest"]


def test_an_undated_event_in_a_paragraph_set_in_an_old_year_is_history():
    # pool gv d99d7a29 ("In 2007, Morozov did something even crazier ... He was sentenced to three years in prison")
    text = ("Police detained Morozov at a rally in Moscow on Sunday, May 13, 2012.\n\nIn 2007, Morozov did something even crazier. "
            "He fired a shotgun at an office. He was sentenced to three years in prison for the shotgun.")
    assert [i.type for i in found(text)] == ["arrest"]
    # not a year told with "since" ("amendments issued since 1995"), nor after another date between
    text = ("Police detained Morozov at a rally in Moscow on Sunday, May 13, 2012. She spoke of the amendments issued "
            "since 1995. A car bomb exploded outside the ministry in Minsk.")
    assert [i.type for i in found(text)] == ["arrest", "attack"]


def test_force_used_on_a_protest_s_crowd_is_an_attack():
    # a verb of force on protesters or a protest, "cracked down on" them, a means of force used or fired at them
    # (pool w2020_0078, gvc00bebea; dev: the Mauritania sit-in dispersed with tear gas)
    for text in ("Security forces violently dispersed the opposition sit-in with tear gas in Nouakchott on Monday.",
                 "Law enforcement cleared peaceful protesters from Lafayette Square using tear gas on Monday.",
                 "The police cracked down on the protesters in Minsk on Sunday.",
                 "Police fired tear gas at protesters in Nairobi on Friday.",
                 "Thousands of people marched in Minsk on Sunday with placards. Police dispersed the crowd with water cannon.",
                 # attacked or fired on with no means named (pool gv9c2bd0e2)
                 "Many of the demonstrations were attacked by riot police with tear gas.",
                 "Soldiers opened fire on the crowd."):
        incs = found(text)
        assert incs[-1].type == "attack", text
    # the place is the crowd's town, not the crowd; police are the doer, not retyped as a force's operation
    [inc] = [i for i in found("The police cracked down on the protesters in Minsk on Sunday.") if i.type == "attack"]
    assert (inc.location, inc.perpetrator.name if inc.perpetrator else None) == ("Minsk", "police")
    # no crowd, or force only intended: none
    for text in ("Police cleared the area around the stadium in Madrid on Sunday.",
                 "Police said they will disperse any protest in Minsk on Sunday.",
                 "Police used force to open the door of the flat in Leeds on Monday.",
                 "Police said protesters attacked officers."):
        assert [i for i in found(text) if i.type == "attack"] == [], text


def test_a_force_destroying_weapons_or_drugs_tells_a_seizure():
    # pool isaf i0198, i0220; LABELLING: "weapons or drugs confiscated or destroyed"
    text = "The security force detained one suspected insurgent and destroyed a rocket propelled grenade launcher."
    assert sorted(i.type for i in found(text)) == ["arrest", "seizure"]
    text = ("Afghan forces searched the compound in Nad Ali district. "
            "Twenty kilograms of opium and a number of weapons were destroyed on site.")
    [inc] = found(text)
    assert inc.type == "seizure" and inc.location != "site"  # "on site": there, no place
    # what a strike or a bomb destroyed is no seizure
    assert [i.type for i in found("The explosive device was destroyed as a result of the coalition airstrike.")] != ["seizure"]
    assert "seizure" not in [i.type for i in found("A roadside bomb destroyed a police truck in Kandahar on Monday.")]


def test_goods_found_take_the_object_of_the_verb_conjoined_to_the_finding():
    # pool isaf i0246, i0601 ("found and destroyed 150 pounds of marijuana")
    [inc] = found("During their search, the security force found and destroyed 150 pounds of marijuana.")
    assert inc.type == "seizure"


def test_an_address_of_untagged_district_and_province_is_handed_on():
    # pool isaf i0080, i0087 ("... in Sabari district, Khost province ... The security force also seized multiple weapons
    # during the operation."): the address whole, though the tagger left the district's name untagged
    text = ("An Afghan and coalition security force detained a Taliban leader in Qarabagh-e Zor district, Ghazni province, "
            "today. During the operation, the security force seized multiple weapons.")
    incs = found(text)
    assert [(i.type, i.location) for i in incs if i.type == "seizure"] == [
        ("seizure", "Qarabagh-e Zor district, Ghazni province")]


def test_a_place_takes_the_address_part_the_parser_hung_elsewhere():
    # pool isaf i0571, i0458 ("in Gelan district, Ghazni province, today": "Ghazni province" hung on the target noun)
    [inc] = found("An Afghan and coalition security force detained a Taliban leader in Qarabagh-e Zor district, "
                  "Ghazni province, today.")
    assert inc.location == "Qarabagh-e Zor district, Ghazni province"


def test_a_release_s_later_incident_told_in_the_operation_noun_s_sentence_takes_the_release_s_day():
    # pool isaf i0587, i0074 ("During the operation, the security force seized an assault rifle ..."): the draft's cue is
    # the operation noun, but the seizure is told by its verb
    text = ("2013-01-S-028\n\nKABUL, Afghanistan (Jan. 29, 2013)\nDuring an operation in Burkah district, Baghlan province, "
            "today, an Afghan and coalition security force arrested an insurgent leader. The leader conducted assassinations "
            "in the province. During the operation, the security force seized an assault rifle with associated gear.")
    assert sorted((i.type, i.date_text) for i in found(text)) == [("arrest", "today"), ("seizure", "today")]


def test_a_tagged_place_taken_from_the_sentence_is_widened_to_its_address():
    # pool isaf i0571, i0458: the place inside a relative clause, taken from the sentence's tagged names ("Gelan")
    [inc] = found("An Afghan and coalition security force detained three suspected insurgents during an operation to arrest "
                  "an insurgent who is responsible for planning attacks against Afghan and coalition forces in Gelan district, "
                  "Ghazni province, today.")
    assert inc.location == "Gelan district, Ghazni province"


def test_force_or_wounding_coordinated_with_an_arrest_is_an_attack_of_its_own():
    # two events told by coordinated verbs of different kinds (dev Armenia and Mauritania fixtures, pool gv11b3f687)
    # (round 52: and the protest the force on the crowd tells, the article telling none of its own)
    assert sorted(i.type for i in found("Police fired tear gas at the crowd and arrested dozens of protesters.")) == [
        "arrest", "attack", "protest"]
    assert sorted(i.type for i in found("Several protesters were arrested and others wounded.")) == ["arrest", "attack"]
    incs = found("On Monday, police launched an attack on the university in Dakar, arresting several students.")
    assert sorted(i.type for i in incs) == ["arrest", "attack"]
    assert all(i.perpetrator is not None and i.perpetrator.name == "police" for i in incs)
    # the force's operation that killed and detained, its auxiliary left out, stays one incident
    assert [i.type for i in found("Two insurgents were killed and several others detained in an operation in Helmand on Monday.")] == ["arrest"]


def test_an_event_noun_in_the_active_subject_of_a_verb_of_intent_or_course_happened():
    # pool gvb514adec ("A mass protest which started on May 2, 2012 continued for another day"), oldnews s084: the
    # verb ("continue", an irrealis head) tells the event's course, not an aim
    [inc] = found("A mass protest which started in Seoul on Monday continued for another day.")
    assert inc.type == "protest"
    # an event expected (the passive's subject) or one in a clause inside the subject is still not told as done
    assert found("A global protest is expected to mark the anniversary in Madrid on Sunday.") == []
    assert found("Unrest, still stemming from the police killing of a man in May, continued elsewhere in the US.") == []


def test_an_accident_or_disaster_a_death_toll_is_counted_for_happened_without_slots():
    # pool oldnews s084: "The death toll from the earthquake and tsunamis that has hit countries in Asia and Eastern
    # Africa continues to rise"; no day or place in the sentence
    [inc] = found("The death toll from the earthquake continues to rise, passing 80,000 people.")
    assert inc.type == "other"


def test_a_structure_s_collapse_told_by_the_noun_is_an_accident():
    # dev wikinews-2011-11-borneo-bridge-collapse-toll-reaches-four: "The death toll from yesterday's suspension bridge
    # collapse on the Indonesian island of Borneo has risen from three to four"
    [inc] = found("The death toll from Monday's suspension bridge collapse on Borneo has risen from three to four.")
    assert inc.type == "other"
    [inc] = found("The collapse of the building in Aleppo on Monday killed three people.")
    assert inc.type == "other"  # a collapse's deaths are an accident's, no attack
    assert found("The collapse of the talks in Doha on Monday surprised analysts.") == []


def test_a_sanction_a_state_body_imposes_on_a_person_is_an_other_incident():
    # pool gvced56f46 ("a court in Tunis fined the owner of Nessma TV"), gvbdc78d89 ("President Sata suspended Supreme
    # Court Judge Philip Musonda"), gv9daed4ab ("The Ethiopian government has expelled two Arabs"), gv9755f2c4
    # ("was summoned for questioning"); dev globalvoices-2012-05-tunisia-tv-station-chief-sued-broadcasting
    [inc] = found("On Thursday a court in Tunis fined the owner of Nessma TV over the broadcast of a film.")
    assert inc.type == "other"
    [inc] = found("President Michael Sata suspended Supreme Court Judge Philip Musonda for misconduct.")
    assert inc.type == "other"
    [inc] = found("Nabil Karoui has been fined 2,400 dinars.")
    assert inc.type == "other"
    # a thing suspended, a party's or a league's act, a habit: no sanction
    assert found("On Wednesday the league suspended its basketball season.") == []
    assert found("Ron Artest has been suspended for the rest of the season.") == []
    assert found("The party expelled its member Yaw Shin Leong earlier this year.") == []
    assert found("Reporters who are expelled by China deserve good career opportunities.") == []


def test_a_protest_named_by_its_form_or_told_as_held_happened():
    # pool gv7672f31a ("Palestinian prisoners began an open ended hunger strike on April 17"), m049 ("had a two hour work
    # stoppage Wednesday"), gv9c2bd0e2 ("Demonstrations were held all over Bahrain"); dev
    # globalvoices-2012-05-mauritania-opposition-sit-attacked-security-forces ("held a mass sit-in in Nouakchott")
    [inc] = found("Palestinian prisoners began an open ended hunger strike on April 17 to protest the conditions.")
    assert inc.type == "protest"
    [inc] = found("Opposition parties held a mass sit-in in Nouakchott on Wednesday.")
    assert inc.type == "protest"
    [inc] = found("Demonstrations were held all over Bahrain demanding the reinstatement of the workers.")
    assert inc.type == "protest"
    # one named in a phrase, a plan, or held as a habit: none
    assert found("Information on the hunger strike can be found on Twitter.") == []
    assert found("Demonstrations are held in Manama every year.") == []


def test_a_weapon_thrown_or_a_firebombing_is_an_attack():
    # pool gv3b4971a7 ("Multiple Molotov cocktails were thrown into houses of Africans in southern Tel Aviv"), gv087379a8
    # ("a gay friendly bar ... that was firebombed on 8 May"); dev wikinews-undated-rebels-blow-up-oil-pipelines-assam
    # ("militants hurled a grenade at an army truck")
    [inc] = found("Multiple Molotov cocktails were thrown into houses in southern Tel Aviv on Monday.")
    assert inc.type == "attack"
    [inc] = found("Militants hurled a grenade at an army truck at Doomdooma on Monday.")
    assert inc.type == "attack"
    [inc] = found("The bar in Yerevan was firebombed on 8 May.")
    assert inc.type == "attack"
    assert found("The couple threw a cocktail party in Yerevan on Monday.") == []
    assert found("In Istanbul on Monday, was he the one who threw the Molotov cocktail?") == []



def test_arson_told_as_done_is_an_attack():
    # round 47 challenge set (k18, f01-f10): "set fire to", "set ... on fire", "set ablaze", "torched" were no cue at all;
    # pool w2020_0078 ("rioters reportedly partly set fire to St. John's Episcopal Church")
    [inc] = found("Unknown attackers set fire to a church in Lyon on Wednesday night, police said.")
    assert inc.type == "attack"
    [inc] = found("A synagogue in Lyon was set on fire on Wednesday, police said.")
    assert inc.type == "attack"
    [inc] = found("Unknown men set a bus on fire in Lyon on Wednesday.")
    assert inc.type == "attack"
    [inc] = found("Attackers torched a school in Lyon on Wednesday night.")
    assert inc.type == "attack"
    [inc] = found("Protesters set ablaze the ruling party's headquarters in Lyon on Wednesday.")
    assert inc.type == "attack"
    assert found("The union set a date for the strike vote in Lyon on Wednesday.") == []
    assert found("The rebels threatened to set fire to the oil fields in Lyon.") == []
    assert found("The young striker set the stadium alight with two goals in Lyon on Wednesday.") == []
    # the riot's act, one event (pool w2020_0078): the protest stays, no attack of its own
    text = "During a riot in Lyon on Wednesday, rioters set fire to a church."
    assert [i.type for i in found(text)] == ["protest"]

def test_an_event_gerund_in_a_for_phrase_names_a_reason():
    # a gerund after "for" (or joined to one) is a reason, an activity, no event (pool gv1664288d, gv9c70f3f2, w2020_0073)
    assert found("That is the only reason for attacking someone currently irrelevant.") == []
    assert found("Today, in Cuba men and women are locked away for speaking up for freedom and marching for it.") == []
    text = "An Iranian woman was sentenced 20 years for removing hijab while protesting the strict dress code."
    assert [i.type for i in found(text)] == ["other"]
    # the crime a court act or an arrest is for is told (pool gv30074cc3)
    text = "On May 11 Cihan Kirmizigul, a student, was sentenced to 11 years in jail for firebombing a building."
    assert sorted(i.type for i in found(text)) == ["attack", "other"]


def test_a_crowd_taking_to_the_streets_or_gathering_to_protest_is_a_protest():
    # (pool gv43821374, gvb572715a, gv30074cc3)
    text = "On Sunday, May 6, protesters took to the streets of Moscow in anticipation of the inauguration."
    assert [i.type for i in found(text)] == ["protest"]
    text = "Those who wished to celebrate April 25 in a different way took to the streets that Saturday."
    assert [i.type for i in found(text)] == ["protest"]
    text = "Supporters of the students gathered in Taksim Square in Istanbul on May 11 to protest injustice."
    assert [i.type for i in found(text)] == ["protest"]
    # invited, or gathered to show something: no protest told
    assert found("The blog invited everyone to take to the streets again.") == []
    assert found("The youth had gathered there on Monday to demonstrate their devotion to the leader.") == []


def test_a_count_of_dead_over_a_span_is_a_tally_not_an_incident():
    # pool gv 11b3f687 ("between 2011 and thus far in 2012, 35 union leaders have been killed"), wikinews w2020_0105
    # ("As of September 30, Armenia claimed 790 Azerbaijani soldiers had been killed"), isaf i0460 ("killed since the
    # beginning of the year")
    assert found("Between 2011 and thus far in 2012, 35 union leaders have been killed in the region.") == []
    assert found("As of September 30, Armenia claimed 790 Azerbaijani soldiers had been killed. "
                 "Azerbaijan claimed to have killed about 2,300 Artsakh soldiers.") == []
    assert found("Bahuddin is one of more than 50 insurgents killed since the beginning of the year in Faryab province.") == []
    # not one event's toll with no span, nor a killing dated on its day
    assert [i.type for i in found("Gunmen killed 35 union leaders in the region on Monday.")] == ["attack"]
    assert [i.type for i in found("Gunmen have killed 35 union leaders in the region.")] == ["attack"]


def test_a_name_its_own_phrase_says_is_no_place_is_no_incident_place():
    # pool gvc0c34f97, gvced56f46, gvd386f1ae, gvc4a63da5: the tagger's place names that are a body's, a work's, a person's
    assert [i.location for i in found("Police arrested three activists of Identoba, an organization working on LGBT issues.")] == [None]
    assert [i.location for i in found("On May 3 a court fined the owner of Nessma TV over the broadcast of the animated film Persepolis.")] == [None]
    assert [i.location for i in found("When Malawian President Bingu wa Mutharika died on 5 April, 2012, Joyce Banda took over.")] == [None]
    # a place told in the sentence is still the place
    assert [i.location for i in found("Police arrested three activists of Identoba, an organization, in Tbilisi on Friday.")] == ["Tbilisi"]


def test_violence_done_to_a_person_is_an_attack_not_a_contest():
    # a verb of violence that needs a person done to (person_violence): its patient a person (pool gvc4a63da5, i0270)
    incs = found("Mercilessly beaten in a park by agents of Cuba's political police, Soto died three days later from the injuries he received.")
    assert "attack" in [i.type for i in incs]
    incs = found("As the combined force secured the compound, one man assaulted a soldier and tried to grab the barrel of his weapon.")
    assert [i.type for i in incs] == ["attack"]
    # police doing it: violence done to people, an attack, not a force's operation
    assert [i.type for i in found("Police beat two journalists in Lilongwe on Wednesday.")] == ["attack"]
    # a contest or a record: no one hurt
    assert found("Russia beat Norway 4-2 in Ostrava on Sunday.") == []
    assert found("Federer beat Nadal in the final in Paris on Sunday.") == []
    assert found("Ford beat predictions in Detroit on Monday.") == []


def test_a_dateline_day_the_tokenizer_glued_to_its_bracket_is_cut_at_the_bracket():
    # "8)" is one token (an emoticon), so the DATE entity ran on to "Oct. 8) - Afghan" (pool i0137, i0149, i0312)
    [inc] = found("For Immediate Release KABUL, Afghanistan (Oct. 8) - Afghan and coalition forces detained several "
                  "suspected insurgents in overnight operations in Zabul and Khost provinces.")
    assert inc.type == "arrest" and inc.date_text == "Oct. 8"
    # a bracket the date itself opens is kept whole
    assert slots._shut_bracket("eight (8) hours") == ("eight (8) hours", False)


def test_armed_men_killed_in_a_fight_with_a_force_are_the_force_s_operation():
    # real-text set round 49 (police and army releases): armed men killed in a fight with a force were an attack
    assert [i.type for i in found("Two gunmen were killed in an encounter with security forces in Baramula district on Sunday, police said.")] == ["other"]
    assert [i.type for i in found("Four rebels were on Monday killed in a gunfight with troops near Talas village, the army said.")] == ["other"]
    assert [i.type for i in found("Six insurgents were killed in a string of raids by the army in Dara province on June 2.")] == ["other"]
    # the force's men killed by armed men: the armed men's attack
    assert [i.type for i in found("Two soldiers were killed in a gunfight with militants near Talas village on Monday.")] == ["attack"]


def test_strikes_told_as_the_doer_of_a_hit_are_air_strikes():
    # real-text set round 49 (coalition strike digests): "airstrikes hit ..." was an attack, "air strikes ... hit" nothing
    assert [i.type for i in found("In Syria, four airstrikes hit the group's trucks and depots near Raqqa on Monday, the task force said.")] == ["strike"]
    assert [i.type for i in found("Five air strikes west of Hama hit bunkers and a depot on Tuesday.")] == ["strike"]
    assert [i.type for i in found("Three strikes near the city hit a vehicle and a checkpoint on Monday.")] == ["strike"]
    # a strike that hits no target is no air strike
    assert found("The strike hit production at the car plant on Monday.") == []
    # a means named in a compound: an armed group's drones strike too
    assert [i.type for i in found("Two oil depots were hit by drone strikes near Marib on Sunday.")] != ["strike"]


def test_stuff_named_explosive_that_a_force_finds_is_a_seizure():
    # real-text set round 49 (police releases): "found ... explosive materials" told only the arrest beside it
    incs = found("Border police found 60 kilograms of explosive material in a shed near Tarin village on Monday.")
    assert [i.type for i in incs] == ["seizure"]
    incs = found("Officers recovered a drum of explosive powder and detained three men in Kunar on Friday.")
    assert sorted(i.type for i in incs) == ["arrest", "seizure"]
    # no force: a finding, no seizure
    assert found("Scientists found an explosive compound in the meteorite.") == []


def test_a_killing_in_a_strike_named_with_a_state_or_force_is_a_strike():
    # round-50 real text (a wire story): a bare "strike" named with the
    # force in its "by" was read as an attack
    [inc] = found("A rebel commander was killed in a strike by Turkish forces near the border town on Friday, officials said.")
    assert (inc.type, inc.date_text) == ("strike", "Friday")
    [inc] = found("Two fighters were killed in a strike carried out by the army near the border on Monday.")
    assert inc.type == "strike"
    # a workers' strike is no air strike
    assert all(i.type != "strike" for i in found("Three people were injured in a strike by dock workers in the port on Monday."))


def test_a_force_or_personnel_named_with_a_force_word_is_a_force_sent():
    # round-50 real text (a regional report on a mob's arson): "a police force" deployed with no day and no named
    # place was no force sent, so the deployment was dropped
    [inc] = found("A police force has been deployed to keep order in the village.")
    assert inc.type == "deployment"
    [inc] = found("Thousands of security personnel were deployed in the area.")
    assert inc.type == "deployment"
    # a task force is no force sent
    assert found("The task force was sent to review the accounts.") == []


def test_a_force_described_by_the_participle_that_sent_it_is_a_force_sent():
    # round-50 real text (a wire story on troops at a border): the force sent told only by a participle after it
    [inc] = found("As the first troops sent to the border put up fences, residents in the valley grew uneasy.")
    assert inc.type == "deployment"
    # officers sent home were sent away, not deployed
    assert all(i.type != "deployment" for i in found("Two officers sent home after the shooting were questioned on Monday."))


def test_the_dated_detail_of_an_undated_lead_is_the_lead_s_incident():
    # real-text set round 49 (news leads): the undated lead and its dated detail were two incidents
    incs = found("Gunmen have killed nine people at Tudun Wada village in the north. "
                 "Four others were wounded during the attack which occurred on Monday night.")
    assert [(i.type, i.date_text) for i in incs] == [("attack", "Monday night")]
    incs = found("Police have seized a large cache of weapons in Kandar province. "
                 "Acting on a tip, officers raided a compound in Kandar province on Tuesday and seized ten rifles.")
    assert [(i.type, i.date_text) for i in incs] == [("seizure", "Tuesday")]
    # a second event of the kind, told with "another" or in another place, stands
    incs = found("Gunmen have killed nine people at Tudun Wada village in the north. "
                 "On Monday, gunmen killed four people in another attack in Gidan Bisa village.")
    assert len(incs) == 2


def test_the_operation_told_after_a_lead_killing_in_a_fight_is_its_scene():
    # real-text set round 49 (police releases as news): the search operation the fight came out of was an incident
    incs = found("Two militants were killed in a gunfight with security forces in Darel district on Friday, police said. "
                 "Security forces launched a cordon and search operation in Kanpora village on Thursday after a tip-off.")
    assert [(i.type, i.date_text) for i in incs] == [("other", "Friday")]
    # an operation that tells its own toll stands
    incs = found("Two militants were killed in a gunfight with security forces in Darel district on Friday. "
                 "In another operation in Kanpora village on Saturday, troops killed three militants.")
    assert len(incs) == 2


def test_a_trailing_attribution_s_day_is_not_the_lead_s_and_its_detail_dates_it():
    # real-text set round 49 (an explosion lead): the day police spoke dated the lead, the dated detail stood apart
    incs = found("A worker was killed and two others were injured in a blast at a firework factory near Rampur, police said on Thursday. "
                 "The victims were packing chemicals when the blast ripped through the storeroom of the factory on Wednesday evening, they said.")
    assert [(i.type, i.date_text) for i in incs] == [("other", "Wednesday")]


def test_bombs_dropped_are_an_air_strike():
    # "dropped" is no event word: the killing beside it alone read as an attack, bombs dropped alone as nothing
    [inc] = found("Government helicopters dropped barrel bombs on the rebel-held town on Tuesday, killing 12 people.")
    assert (inc.type, inc.date_text) == ("strike", "Tuesday")
    [inc] = found("Bombs were dropped on the village on Monday, residents said.")
    assert inc.type == "strike"
    # charges and leaflets dropped are no strike
    assert found("Prosecutors dropped the charges against him on Friday.") == []
    assert found("The jets dropped leaflets over the city on Sunday.") == []


def test_strikes_of_different_means_on_one_day_are_two():
    # bombs dropped and artillery fired the same day in the same town by another force: two strikes
    incs = found("Warplanes dropped two bombs on a militant hideout in Mosul on Saturday, killing five people. "
                 "Army troops joined the fighting in Mosul on Saturday, firing artillery at the militants.")
    assert [(i.type, i.weapon) for i in incs] == [("strike", "bombs"), ("strike", "artillery")]
    # the strike told again at a place inside the first one's takes the finer place
    [inc] = found("Warplanes dropped two bombs on a stronghold in Mosul on Saturday. "
                  "The airstrike on a house in Mosul's Zanjili neighborhood killed eight civilians, a policeman said.")
    assert inc.location == "house in Mosul's Zanjili neighborhood"


def test_the_attack_on_trial_is_no_history():
    # an attack two years back is the news of an article that tells its trial going on (LABELLING: not background)
    day = datetime.date(2021, 3, 5)
    [inc] = _found_on("Two men are on trial accused of taking part in a knife attack on June 3 2018 outside a pub in Leeds.", day)
    assert (inc.type, inc.date_text) == ("attack", "June 3 2018")
    [inc] = _found_on("A bouncer told the trial of two men that he saw the knife attack on June 3 2018 outside a pub in Leeds.", day)
    assert inc.type == "attack"
    # a clinical trial, or a trial of its own two years back, tells no trial going on: the attack stays history
    assert _found_on("He recalled a knife attack on June 3 2018 outside a pub in Leeds. A clinical trial of the drug begins soon.", day) == []
    assert _found_on("A knife attack on June 3 2018 outside a pub in Leeds shocked the town. He stood trial in 2019.", day) == []


def test_an_attack_noun_told_as_made_from_the_air_is_a_strike():
    # round-52 real text (wire stories on drone and air raids): a state's drone attack and air attacks were attacks
    [inc] = found("A US drone attack on a compound near the border killed four fighters on Tuesday.")
    assert (inc.type, inc.date_text) == ("strike", "Tuesday")
    [inc] = found("Two farmers were killed in air attacks on their village on Sunday, residents said.")
    assert inc.type == "strike"
    [inc] = found("Five soldiers died in an aerial attack on their base on Friday.")
    assert inc.type == "strike"
    # a drone attack with no state named stays an attack: an armed group's drones attack too
    [inc] = found("Rebels said they launched a drone attack on the airport on Monday.")
    assert inc.type == "attack"


def test_arrests_told_as_made_happened_though_no_one_taken_is_named():
    # round-52 real text (regional and wire reports on clashes and protests): arrests told as made were no arrest
    [inc] = found("Detectives have made three arrests over the robbery.")
    assert inc.type == "arrest"
    [inc] = found("Officers made several arrests outside the stadium on Saturday.")
    assert (inc.type, inc.date_text) == ("arrest", "Saturday")
    [inc] = found("Several arrests were made after the match.")
    assert inc.type == "arrest"
    [inc] = found("Riot police made a number of arrests in the square.")
    assert inc.type == "arrest"
    # none made, or a tally over years, tells no arrest
    assert found("Police said no arrests have been made.") == []
    assert found("Police did not make any arrests, a spokesman said.") == []
    assert found("Police have made hundreds of arrests in recent years.") == []


def test_a_bare_strike_a_state_or_its_force_carries_out_is_a_strike():
    # round-52 real text (a wire story on a hospital hit, reported speech): "X conducted several strikes on <day>" was
    # no incident: a bare "strike" needs a weapon beside it (a workers' strike is none), and "Mar. 3" is two words
    [inc] = found("Officials said the air force carried out two strikes on Mar. 3 that destroyed a depot.")
    assert (inc.type, inc.date_text) == ("strike", "Mar. 3")
    [inc] = found("Government forces launched a strike on a depot near the river on Friday.")
    assert inc.type == "strike"
    # workers' strikes, and a general strike, are no air strike
    assert all(i.type != "strike" for i in found("Dock workers staged a strike at the port on Monday over pay."))
    assert all(i.type != "strike" for i in found("The union launched a general strike on Monday."))
