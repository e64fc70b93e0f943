"""Trigger frames (kgraph.extract.triggers, extractors/relations/triggers.json): invented
sentences, one or more per frame family, with the relation's direction; negated, hedged and
intended statements yield nothing."""
import pytest


def _trig(ex):
    """(type, subject, object) of the relations the trigger layer added."""
    names = {e.key: e.canonical for e in ex.entities}
    return {(r.type, names[r.subject], names[r.object]) for r in ex.relations
            if r.evidence.pattern.startswith("trig:")}


def test_invest_verb_through_a_relative_clause(run):
    ex, rels = run("Quorvex Capital, which quietly invested heavily in Lumetra Bio, is based in Oslo.")
    assert ("investsIn", "Quorvex Capital", "Lumetra Bio") in rels
    r = [r for r in ex.relations if r.type == "investsIn"][0]
    assert r.evidence.pattern.startswith("trig:") and r.evidence.confidence == 0.55


def test_investor_among_and_stake(run):
    _, rels = run("Marwick Partners is among the investors in Celmora Robotics.")
    assert ("investsIn", "Marwick Partners", "Celmora Robotics") in rels
    _, rels = run("Velkor Holdings has taken a minority stake in Brisa Analytics.")
    assert ("investsIn", "Velkor Holdings", "Brisa Analytics") in rels


def test_participation_in_a_round_lists_every_investor(run):
    _, rels = run("Celmora raised a €12 million Series A round led by Quorvex Capital, "
                  "with participation from Ardent Ventures and Tolvik Growth.")
    for inv in ("Quorvex Capital", "Ardent Ventures", "Tolvik Growth"):
        assert ("investsIn", inv, "Celmora") in rels


def test_acquires_take_over_passive_and_control(run):
    ex, rels = run("Brightwell Sensors was taken over by Halvex Group in 2021.")
    assert ("acquires", "Halvex Group", "Brightwell Sensors") in _trig(ex)
    _, rels = run("Corvane Systems, which Halvex Group bought last year, makes lidar units.")
    assert ("acquires", "Halvex Group", "Corvane Systems") in rels


def test_funded_by_active_coordinated_verb_direction(run):
    ex, rels = run("Halvex Group agreed to acquire Brightwell Sensors and will fund the Norrland Institute.")
    assert ("fundedBy", "Norrland Institute", "Halvex Group") in _trig(ex)
    assert ("fundedBy", "Halvex Group", "Norrland Institute") not in rels


def test_grant_awarded_to(run):
    _, rels = run("The Vesterå Foundation awarded a grant to Pellion Materials for its battery work.")
    assert ("fundedBy", "Pellion Materials", "Vesterå Foundation") in rels


def test_partners_coordinated_subjects_are_a_star(run):
    ex, rels = run("Tarvio Labs, Oskel Systems and Meridian University signed a memorandum of "
                   "understanding on quantum sensing.")
    pw = {frozenset(r[1:]) for r in rels if r[0] == "partnersWith"}
    assert frozenset({"Tarvio Labs", "Oskel Systems"}) in pw
    assert frozenset({"Tarvio Labs", "Meridian University"}) in pw


def test_join_forces_with(run):
    _, rels = run("Kelvara Therapeutics joined forces with the Ostrava Cancer Institute last spring.")
    assert any(r[0] == "partnersWith" and {r[1], r[2]} == {"Kelvara Therapeutics", "Ostrava Cancer Institute"}
               for r in rels)


def test_member_of_network_and_not_of_a_company(run):
    _, rels = run("The Hospital of Velmar, a member of the Nordic Trials Network, will run the study.")
    assert ("memberOf", "Hospital of Velmar", "Nordic Trials Network") in rels


def test_unit_at_and_unit_of(run):
    _, rels = run("The Brenholt Institute at Calder University studies soil microbes.")
    assert ("affiliatedWith", "Brenholt Institute", "Calder University") in rels
    _, rels = run("Pyxa Robotics, a subsidiary of Orlen Dynamics, opened a plant.")
    assert ("affiliatedWith", "Pyxa Robotics", "Orlen Dynamics") in rels


def test_hosts_event_and_month_may_is_not_a_hedge(run):
    _, rels = run("Calder University hosted the Velmar Robotics Conference on 3 May.")
    assert ("hosts", "Calder University", "Velmar Robotics Conference") in rels


def test_develops_through_work_on(run):
    _, rels = run("Tarvio Labs is working on the development of photonic integrated circuits.")
    assert ("develops", "Tarvio Labs", "photonic integrated circuits") in rels


def test_located_sits_on_campus(run):
    _, rels = run("The Orlen Genomics Institute sits on the Hallam Science Campus near Leeds.")
    assert ("locatedIn", "Orlen Genomics Institute", "Hallam Science Campus") in rels


@pytest.mark.parametrize("text", [
    "Halvex Group did not acquire Brightwell Sensors.",
    "Halvex Group may acquire Brightwell Sensors next year.",
    "Orbis Technologies is in talks to acquire Halvard Systems.",
    "Quorvex Capital never invested in Lumetra Bio.",
    "Tarvio Labs plans to partner with Oskel Systems.",
    "The Vesterå Foundation would fund the Norrland Institute if the budget allows.",
    "Velkor Holdings aims to take a stake in Brisa Analytics.",
])
def test_negated_hedged_and_intended_statements_yield_nothing(run, text):
    ex, _ = run(text)
    assert not _trig(ex)


def test_organises_in_a_relative_clause(run):
    ex, _ = run("The Velmar Robotics Summit, which Orlen Dynamics has organised every year, drew 900 visitors.")
    assert ("organizes", "Orlen Dynamics", "Velmar Robotics Summit") in _trig(ex)


def test_partner_and_develop_in_joint_development(run):
    ex, _ = run("Calder University is working on the development of solid-state batteries "
                "with Pellion Materials.")
    got = _trig(ex)
    assert ("develops", "Calder University", "solid-state batteries") in got
    assert any(r[0] == "partnersWith" and {r[1], r[2]} == {"Calder University", "Pellion Materials"}
               for r in got)


def test_acquisition_by_and_owned_by(run):
    ex, _ = run("The acquisition of Corvane Systems by Halvex Group closed in May.")
    assert ("acquires", "Halvex Group", "Corvane Systems") in _trig(ex)
    ex, _ = run("Velkor Holdings, owned by Orlen Dynamics, invests in robotics.")
    assert ("affiliatedWith", "Velkor Holdings", "Orlen Dynamics") in _trig(ex)


def test_headquartered_through_coordination(run):
    # (the pattern layer reads "was founded in 2019 and is headquartered in"; the parse reads any verb)
    ex, _ = run("Tarvio Labs was acquired in 2019 and is headquartered in Tampere.")
    assert ("locatedIn", "Tarvio Labs", "Tampere") in _trig(ex)


def test_person_role_after_a_field(run):
    _, rels = run("Ilse Varga, professor of materials science at Calder University, led the study.")
    assert ("affiliatedWith", "Ilse Varga", "Calder University") in rels


def test_city_country_is_not_a_list(run):
    _, rels = run("Sartavo Bio, registered in Göttingen, Germany, supplies bioreactors.")
    assert ("locatedIn", "Sartavo Bio", "Germany") not in rels


def test_member_of_involved_in_a_named_project(run):
    ex, _ = run("Tarvio Labs is involved in the Helix consortium.")
    assert any(r[0] == "memberOf" and r[1] == "Tarvio Labs" for r in _trig(ex))


def test_the_network_refers_to_the_network_named_before(run):
    ex, rels = run("The Helix Network was launched in 2020. Tarvio Labs joined the network in 2022.")
    assert ("memberOf", "Tarvio Labs", "Helix Network") in rels


def test_a_group_named_in_the_same_sentence_is_not_the_antecedent(run):
    ex, _ = run("The Vesterå Research Alliance funds the consortium, which is led by Calder University.")
    assert not any(r[0] == "memberOf" for r in _trig(ex))


def test_one_of_invests_in_and_funded_by_for_a_pair(run):
    _, rels = run("Tarvio Labs has attracted funding from Quorvex Capital.")
    kinds = {r[0] for r in rels if {r[1], r[2]} == {"Tarvio Labs", "Quorvex Capital"}}
    assert len(kinds) == 1


def test_person_works_at(run):
    ex, _ = run("Professor Ilse Varga works at Calder University.")
    assert ("affiliatedWith", "Ilse Varga", "Calder University") in _trig(ex)


def test_funder_of_venue_for_and_partner_as(run):
    ex, _ = run("The Vesterå Foundation is the main funder of the Norrland Institute.")
    assert ("fundedBy", "Norrland Institute", "Vesterå Foundation") in _trig(ex)
    ex, _ = run("Calder University was the venue for the Velmar Robotics Summit.")
    assert ("hosts", "Calder University", "Velmar Robotics Summit") in _trig(ex)
    ex, _ = run("Oskel Systems has signed on as a partner of the Nordic Photonics Network.")
    assert ("memberOf", "Oskel Systems", "Nordic Photonics Network") in _trig(ex)


def test_round_investee_from_a_possessive_and_no_investor_to_investor(run):
    ex, _ = run("Ardent Ventures, which led Tarvio Labs' seed round in 2019, returned for the Series A.")
    assert ("investsIn", "Ardent Ventures", "Tarvio Labs") in _trig(ex)
    ex, _ = run("Existing investors Ardent Ventures and Polaris Capital joined the round "
                "alongside new backer Quorvex Capital.")
    assert not _trig(ex)


def test_acquired_together_with(run):
    ex, rels = run("Halvex Group acquired the Danish maker Corvane Systems in 2019 together with Orlen Dynamics.")
    assert ("acquires", "Orlen Dynamics", "Corvane Systems") in rels


def test_inverted_copula_member_and_its_headquarters(run):
    ex, _ = run("Among the 40 members of the Nordic Photonics Network is the Tampere company Tarvio Labs.")
    assert ("memberOf", "Tarvio Labs", "Nordic Photonics Network") in _trig(ex)
    _, rels = run("Orlen Dynamics said its headquarters in Tampere employ 300 people.")
    assert ("locatedIn", "Orlen Dynamics", "Tampere") in rels


def test_possessive_event_is_organised_by_the_possessor(run):
    _, rels = run("Velmar 2025, the Nordic Photonics Network's annual convention, was held at "
                  "the Tampere Hall.")
    assert any(r[0] == "organizes" and r[1] == "Nordic Photonics Network" for r in rels)


@pytest.mark.parametrize("text", [
    "Halvex Group is seeking to partner with Oskel Systems.",
    "Halvex Group abandoned its bid to take over Brightwell Sensors.",
    "Halvex Group failed to join the Nordic Photonics Network.",
])
def test_intentions_and_failures_yield_no_trigger_relation(run, text):
    ex, _ = run(text)
    assert not _trig(ex)


def test_sold_to_is_an_acquisition_by_the_buyer(run):
    ex, _ = run("Halvex Group sold Brightwell Sensors to Orlen Dynamics.")
    assert ("acquires", "Orlen Dynamics", "Brightwell Sensors") in _trig(ex)


def test_co_words_are_one_token_with_unchanged_offsets(extractor):
    text = "Acme Robotics and Borvik Labs co-organised the summit; the round was co-led by Zeta."
    doc = extractor.nlp(text)
    words = [t.text for t in doc]
    assert "co-organised" in words and "co-led" in words
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)
    assert doc.text == text
    # "Co." of a company name is left alone
    assert [t.text for t in extractor.nlp("Velk & Co. said.")][:3] == ["Velk", "&", "Co."]


def test_co_led_round_and_co_organised_event(run):
    _, rels = run("Pellion Materials raised €9 million in a round co-led by Quorvex Capital "
                  "and Ardent Ventures.")
    assert ("investsIn", "Ardent Ventures", "Pellion Materials") in rels
    _, rels = run("Tarvio Labs and Oskel Systems co-founded the Nordic Sensing Alliance in 2020.")
    assert any(r[0] == "partnersWith" and {r[1], r[2]} == {"Tarvio Labs", "Oskel Systems"}
               for r in rels)


def test_round_participants_take_the_company_of_the_round(run):
    _, rels = run("Quorvex Capital led the €20 million round in Tarvio Labs, with Ardent Ventures "
                  "participating.")
    assert ("investsIn", "Ardent Ventures", "Tarvio Labs") in rels
    _, rels = run("Halden Robotics said its Series B investors were led by Quorvex Capital, with "
                  "participation from Ardent Ventures.")
    assert ("investsIn", "Quorvex Capital", "Halden Robotics") in rels
    assert ("investsIn", "Ardent Ventures", "Halden Robotics") in rels
    _, rels = run("Quorvex Capital took part in Tarvio Labs' Series A round.")
    assert ("investsIn", "Quorvex Capital", "Tarvio Labs") in rels
    _, rels = run("Quorvex Capital and Ardent Ventures co-led Tarvio Labs' €15 million Series A.")
    assert ("investsIn", "Ardent Ventures", "Tarvio Labs") in rels
    # no round, no company: an investor joining something else is no investment
    ex, _ = run("Quorvex Capital joined Ardent Ventures in calling for lower taxes.")
    assert not [r for r in ex.relations if r.type == "investsIn"]


def test_membership_wordings_and_a_led_consortium_is_not_its_members(run):
    ex, rels = run("Aster University leads a consortium of Fjord Instruments and Tarrow Robotics.")
    assert not [r for r in rels if r[0] == "memberOf" and r[2] in ("Fjord Instruments", "Tarrow Robotics")]
    _, rels = run("Fjord Instruments signed up to the Nordic Photonics Alliance in May.")
    assert ("memberOf", "Fjord Instruments", "Nordic Photonics Alliance") in rels
    _, rels = run("Brenner Photonics Lab in Graz is one of the 12 labs of the Halvex Group.")
    assert ("affiliatedWith", "Brenner Photonics Lab", "Halvex Group") in rels


def test_support_and_run_are_no_funding_or_organising_triggers(run):
    ex, _ = run("Fjord Instruments runs the Nordic Photonics Summit.")
    assert not [r for r in _trig(ex) if r[0] == "organizes"]
    ex, _ = run("The Halvex Group's cloud platform supports Aster University's research.")
    assert not [r for r in _trig(ex) if r[0] == "fundedBy"]


def test_appointed_as_a_role_and_represents(run):
    _, rels = run("Tarrow Robotics appointed Ingrid Solberg as chief financial officer.")
    assert ("affiliatedWith", "Ingrid Solberg", "Tarrow Robotics") in rels
    _, rels = run("Ingrid Solberg represents Aster University on the board.")
    assert ("affiliatedWith", "Ingrid Solberg", "Aster University") in rels
    ex, _ = run("Tarrow Robotics did not appoint Ingrid Solberg as chief financial officer.")
    assert not _trig(ex)


def test_more_round_wordings(run):
    _, rels = run("Tarvio Labs has closed a €10 million funding round with Quorvex Capital and "
                  "Ardent Ventures.")
    assert ("fundedBy", "Tarvio Labs", "Ardent Ventures") in rels      # the wording is "funding"
    _, rels = run("Tarvio Labs has closed a €10 million financing round with Quorvex Capital and "
                  "Ardent Ventures.")
    assert ("investsIn", "Ardent Ventures", "Tarvio Labs") in rels
    _, rels = run("Tarvio Labs raised €10 million in a round that included Quorvex Capital.")
    assert ("investsIn", "Quorvex Capital", "Tarvio Labs") in rels
    _, rels = run("Tarvio Labs raised €10 million; Quorvex Capital led the round.")
    assert ("investsIn", "Quorvex Capital", "Tarvio Labs") in rels
    _, rels = run("Quorvex Capital put €5 million into Tarvio Labs.")
    assert ("investsIn", "Quorvex Capital", "Tarvio Labs") in rels
    ex, _ = run("Quorvex Capital put pressure on Tarvio Labs.")
    assert not [r for r in ex.relations if r.type == "investsIn"]


def test_funded_under_a_programme_and_pledged(run):
    _, rels = run("The PHOTOMAP project received €4 million in funding under the Nordic Innovation Programme.")
    assert any(r[0] == "fundedBy" and r[1] == "PHOTOMAP" for r in rels)
    _, rels = run("The Vesterå Foundation has pledged €3 million to Aster University.")
    assert ("fundedBy", "Aster University", "Vesterå Foundation") in rels
    ex, _ = run("The PHOTOMAP project was not funded under the Nordic Innovation Programme.")
    assert not [r for r in ex.relations if r.type == "fundedBy"]


def test_its_named_fund_belongs_to_the_possessor(run):
    _, rels = run("Through its Quorvex Ventures fund, Halvex Group invested €5 million in Tarvio Labs.")
    assert ("affiliatedWith", "Quorvex Ventures", "Halvex Group") in rels


def test_the_project_in_a_one_name_sentence_and_the_projects_partners(run):
    _, rels = run("The PHOTOMAP project started in May. Aster University coordinates the project.")
    assert ("memberOf", "Aster University", "PHOTOMAP") in rels
    _, rels = run("Aster University launched the PHOTOMAP project in May. The project's partners "
                  "include Fjord Instruments and Tarrow Robotics.")
    assert ("memberOf", "Tarrow Robotics", "PHOTOMAP") in rels
    ex, _ = run("The Halvex Group's customers include Fjord Instruments.")
    assert not [r for r in ex.relations if r.type == "memberOf"]


def test_affiliated_with_and_belongs_to(run):
    _, rels = run("The Brenner Institute, affiliated with Aster University, presented the results.")
    assert ("affiliatedWith", "Brenner Institute", "Aster University") in rels
    _, rels = run("Tarrow Robotics, which belongs to the Halvex Group, builds drones.")
    assert ("affiliatedWith", "Tarrow Robotics", "Halvex Group") in rels
    _, rels = run("Tarrow Robotics belongs to the Nordic Photonics Alliance.")
    assert ("memberOf", "Tarrow Robotics", "Nordic Photonics Alliance") in rels
    assert ("affiliatedWith", "Tarrow Robotics", "Nordic Photonics Alliance") not in rels


def test_working_on_a_technology_is_no_develops(run):
    # GUIDELINES wording for develops: develop(ing), pioneer, for the development of
    ex, _ = run("Tarvio Labs and Aster University have worked together since 2019 on network slicing.")
    assert not [r for r in _trig(ex) if r[0] == "develops"]


def test_working_with_customers_is_no_partnership_trigger(run):
    ex, _ = run("Tarrow Robotics works with 200 hospitals, including Aster University Hospital.")
    assert not [r for r in _trig(ex) if r[0] == "partnersWith"]


def test_the_start_up_of_an_earlier_sentence_in_a_round(run):
    _, rels = run("Tarvio Robotics is an Oslo start-up. Quorvex Capital led the investment in the "
                  "start-up, with participation from Ardent Ventures.")
    assert ("investsIn", "Quorvex Capital", "Tarvio Robotics") in rels
    assert ("investsIn", "Ardent Ventures", "Tarvio Robotics") in rels
    _, rels = run("Tarvio Robotics builds lidar chips. The start-up's seed round was led by Quorvex Capital.")
    assert ("investsIn", "Quorvex Capital", "Tarvio Robotics") in rels
    ex, _ = run("Quorvex Capital led the investment in the start-up, with participation from Ardent Ventures.")
    assert not [r for r in ex.relations if r.type == "investsIn"]
