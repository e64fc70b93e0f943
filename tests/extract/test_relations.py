"""One or more invented sentences per relation-pattern family."""
import pytest



def test_acquires_active_and_passive(run):
    _, rels = run("Zentra Labs has completed its acquisition of Polymer Dynamics Inc.")
    assert ("acquires", "Zentra Labs", "Polymer Dynamics Inc") in rels
    _, rels = run("Halvard Systems agreed to be acquired by Orbis Technologies.")
    assert ("acquires", "Orbis Technologies", "Halvard Systems") in rels


def test_negated_and_hedged_statements_are_left_out(run):
    _, rels = run("Orbis Technologies is in talks with Halvard Systems about a partnership.")
    assert not rels
    _, rels = run("Orbis Technologies plans to acquire Halvard Systems.")
    assert not rels
    _, rels = run("Orbis Technologies did not invest in Halvard Systems.")
    assert not rels


def test_invests_in_nominal_and_passive(run):
    _, rels = run("Quorra Ventures announced an investment of €20 million in Lumina Therapeutics.")
    assert ("investsIn", "Quorra Ventures", "Lumina Therapeutics") in rels
    _, rels = run("The investment made by Quorra Ventures in Lumina Therapeutics was large.")
    assert ("investsIn", "Quorra Ventures", "Lumina Therapeutics") in rels


def test_amount_points_at_money_entity(extractor):
    from kgraph.records import Article
    ex = extractor.extract(Article(id="a", text="Quorra Ventures has invested €20m in Lumina Therapeutics."))
    r = [r for r in ex.relations if r.type == "investsIn"][0]
    assert ex.entity(r.amount).canonical == "20000000 EUR"


def test_funded_by_passive_and_compound(run):
    _, rels = run("The Halden Photonics Centre is funded by the Ministry of Research.")
    assert ("fundedBy", "Halden Photonics Centre", "Ministry of Research") in rels
    _, rels = run("Norvik-funded Tessaly Institute opens in Bergen")
    assert ("fundedBy", "Tessaly Institute", "Norvik") in rels


def test_partner_list_is_a_star_from_the_first(run):
    _, rels = run("The device was developed through a collaboration between Aster University, "
                  "the Brenner Institute and Coltan Medical.")
    pw = {r for r in rels if r[0] == "partnersWith"}
    assert ("partnersWith", "Aster University", "Brenner Institute") in pw
    assert ("partnersWith", "Aster University", "Coltan Medical") in pw
    assert not any({"Brenner Institute", "Coltan Medical"} == {r[1], r[2]} for r in pw)


def test_partnership_with(run):
    _, rels = run("Velora Pharma signed a licence agreement with the Kestrel Institute.")
    assert ("partnersWith", "Velora Pharma", "Kestrel Institute") in rels


def test_member_of_from_partner_list(run):
    _, rels = run("The Arctic Sensing Network's partners include the University of Tromsø, "
                  "the Polar Institute and Fjord Instruments.")
    for m in ("University of Tromsø", "Polar Institute", "Fjord Instruments"):
        assert ("memberOf", m, "Arctic Sensing Network") in rels


def test_located_in_patterns(run):
    _, rels = run("Kestrel Bio, the Uppsala-based antibody company, hired staff.")
    assert ("locatedIn", "Kestrel Bio", "Uppsala") in rels
    _, rels = run("Lund, Sweden, 3 March 2022 – Orvik Medical opened offices in Oslo and Helsinki.")
    assert ("locatedIn", "Lund", "Sweden") in rels
    assert ("locatedIn", "Orvik Medical", "Oslo") in rels
    assert ("locatedIn", "Orvik Medical", "Helsinki") in rels


def test_affiliated_with_person_roles(run):
    _, rels = run("Marta Keller, chief executive of Orvik Medical, said the plan works.")
    assert ("affiliatedWith", "Marta Keller", "Orvik Medical") in rels
    _, rels = run("Orvik Medical chief executive Marta Keller spoke first.")
    assert ("affiliatedWith", "Marta Keller", "Orvik Medical") in rels
    _, rels = run("Jonas Berg, Orvik Medical's chief technology officer, agreed.")
    assert ("affiliatedWith", "Jonas Berg", "Orvik Medical") in rels


def test_affiliated_with_units_and_possessives(run):
    _, rels = run("Tallis Capital, the venture capital arm of Norvik Group, led the round.")
    assert ("affiliatedWith", "Tallis Capital", "Norvik Group") in rels
    _, rels = run("The study ran at Norvik Group's Tessaly Institute last year.")
    assert ("affiliatedWith", "Tessaly Institute", "Norvik Group") in rels


def test_develops_active_and_passive(run):
    _, rels = run("Orvik Medical develops the Helix Platform for hospitals.")
    assert ("develops", "Orvik Medical", "Helix Platform") in rels
    _, rels = run("The Helix Platform was developed by Orvik Medical in 2019.")
    assert ("develops", "Orvik Medical", "Helix Platform") in rels


def test_organizes_and_hosts(run):
    _, rels = run("The Nordic Robotics Summit, organised by the Kestrel Institute, was held at "
                  "the Oslo Congress Centre.")
    assert ("organizes", "Kestrel Institute", "Nordic Robotics Summit") in rels
    assert ("hosts", "Oslo Congress Centre", "Nordic Robotics Summit") in rels


def test_evidence_is_the_sentence(extractor):
    from kgraph.records import Article
    text = "Intro line\n\nZentra Labs acquired Polymer Dynamics Inc. It was big."
    ex = extractor.extract(Article(id="e", text=text))
    r = [r for r in ex.relations if r.type == "acquires"][0]
    assert r.evidence.sentence == "Zentra Labs acquired Polymer Dynamics Inc."
    assert text[r.evidence.start:r.evidence.end] == r.evidence.sentence
    assert r.evidence.pattern and r.evidence.extractor_version


def test_members_named_after_group_anaphor(run):
    _, rels = run("The lab relies on two institutes, both members of the Nordic Optics Alliance. "
                  "The members are the Bergen Institute of Lasers and the Uppsala Photonics Centre.")
    assert ("memberOf", "Bergen Institute of Lasers", "Nordic Optics Alliance") in rels
    assert ("memberOf", "Uppsala Photonics Centre", "Nordic Optics Alliance") in rels


def test_list_all_members_of(run):
    _, rels = run("The Bergen Institute of Lasers and the Uppsala Photonics Centre, all members "
                  "of the Nordic Optics Alliance, signed the charter.")
    assert ("memberOf", "Bergen Institute of Lasers", "Nordic Optics Alliance") in rels
    assert ("memberOf", "Uppsala Photonics Centre", "Nordic Optics Alliance") in rels


def test_matches_share_an_argument(run):
    _, rels = run("The archive is run by the Nordic Data Institute at the Kelda Science Park in Tromsø.")
    assert ("locatedIn", "Kelda Science Park", "Tromsø") in rels


def test_based_anaphor_locates_the_antecedent(run):
    _, rels = run("Orbello Robotics GmbH bought a rival. The deal is the largest in the "
                  "Linz-based company's history.")
    assert ("locatedIn", "Orbello Robotics GmbH", "Linz") in rels


def test_descriptor_before_a_name_is_not_an_anaphor(run):
    _, rels = run("Vantor Labs Inc. grew fast. The Kessel Institute of Applied Optics built the line in "
                  "collaboration with the Austrian sensor company Brimmel AG.")
    assert ("partnersWith", "Kessel Institute of Applied Optics", "Brimmel AG") in rels or \
        ("partnersWith", "Brimmel AG", "Kessel Institute of Applied Optics") in rels


def test_partnership_alongside_acquisition(run):
    _, rels = run("Orvane Systems AG and Brimmel AG started working together in 2018. "
                  "Orvane Systems AG has agreed to acquire Brimmel AG.")
    assert ("acquires", "Orvane Systems AG", "Brimmel AG") in rels
    assert ("partnersWith", "Orvane Systems AG", "Brimmel AG") in rels or \
        ("partnersWith", "Brimmel AG", "Orvane Systems AG") in rels


def test_subject_inside_apposition_is_skipped(run):
    _, rels = run("Harlo Group, the parent company of Harlo Vision, opened offices in Graz.")
    assert ("locatedIn", "Harlo Vision", "Graz") not in rels


def test_list_members_with_trailing_descriptions(run):
    _, rels = run("The Baltic Battery Alliance was founded by four organisations: the Kaunas "
                  "Energy Institute research centre, the Riga Polytechnic, the battery maker "
                  "Voltara AG and Tallinn University.")
    for m in ("Kaunas Energy Institute", "Riga Polytechnic", "Voltara AG", "Tallinn University"):
        assert ("memberOf", m, "Baltic Battery Alliance") in rels, m


def test_possessive_unit_inside_investor_list(run):
    _, rels = run("Harbor Ventures and Kestrel Capital's Growth Fund were among the investors "
                  "in a $20m round for Lumina Bio AG.")
    assert ("investsIn", "Harbor Ventures", "Lumina Bio AG") in rels
    assert ("investsIn", "Growth Fund", "Lumina Bio AG") in rels


def test_capitalised_role_title(run):
    _, rels = run("The panel heard Marta Kovač, President of the Slovenian Academy of Engineering.")
    assert ("affiliatedWith", "Marta Kovač", "Slovenian Academy of Engineering") in rels


def test_acquisition_with_place_in_between(run):
    _, rels = run("Harlo Vision AG, Graz, Austria, has completed its acquisition of Brimmel Optics Ltd.")
    assert ("acquires", "Harlo Vision AG", "Brimmel Optics Ltd") in rels


def test_collaboration_with_place_and_tech_in_between(run):
    _, rels = run("The Kessel Institute of Applied Optics built the lidar in Vienna to strict "
                  "standards, in collaboration with the Austrian sensor company Brimmel AG.")
    assert ("partnersWith", "Kessel Institute of Applied Optics", "Brimmel AG") in rels or \
        ("partnersWith", "Brimmel AG", "Kessel Institute of Applied Optics") in rels


def test_x_and_the_y_launched(run):
    _, rels = run("Orvane Systems AG and the Nordic Data Institute (NDI) today launched a registry.")
    assert ("partnersWith", "Orvane Systems AG", "Nordic Data Institute") in rels or \
        ("partnersWith", "Nordic Data Institute", "Orvane Systems AG") in rels


def test_investment_together_with_collaboration(run):
    _, rels = run("Harlo Group has announced an investment of EUR 20 million in Lumina Bio AG, "
                  "together with a research collaboration on enzymes.")
    assert ("investsIn", "Harlo Group", "Lumina Bio AG") in rels
    assert ("partnersWith", "Harlo Group", "Lumina Bio AG") in rels or \
        ("partnersWith", "Lumina Bio AG", "Harlo Group") in rels


def test_part_of_after_relative_clause(run):
    _, rels = run("Brimmel Optics Ltd, which employs 300 people, becomes a new division of Harlo Group.")
    assert ("affiliatedWith", "Brimmel Optics Ltd", "Harlo Group") in rels


def test_reports_to_place_possessive_ministry(run):
    _, rels = run("The Kessel Institute of Applied Optics reports to Austria's Ministry of Research.")
    assert ("affiliatedWith", "Kessel Institute of Applied Optics", "Ministry of Research") in rels


def test_parent_company_of(run):
    _, rels = run("Harlo Group, the parent company of Harlo Vision AG, opened a plant.")
    assert ("affiliatedWith", "Harlo Vision AG", "Harlo Group") in rels


def test_integrated_into_unit(run):
    _, rels = run("Brimmel Optics Ltd's operations will be integrated into Harlo Group's Photonics "
                  "Laboratory.")
    assert ("affiliatedWith", "Brimmel Optics Ltd", "Photonics Laboratory") in rels


def test_an_org_institute_in_place(run):
    _, rels = run("It was built at the Centro de Óptica Aplicada, a CSIC institute in Seville.")
    assert ("locatedIn", "Centro de Óptica Aplicada", "Seville") in rels


def test_unit_named_after_parent(run):
    _, rels = run("Harlo Group opened a site. Engineers at the Harlo Research Lab in Graz built it.")
    assert ("affiliatedWith", "Harlo Research Lab", "Harlo Group") in rels


def test_unit_named_after_society_parent(run):
    _, rels = run("The Halvorsen-Gesellschaft runs many institutes. The Halvorsen Institute for "
                  "Marine Optics opened in Bergen.")
    assert ("affiliatedWith", "Halvorsen Institute for Marine Optics", "Halvorsen-Gesellschaft") in rels


def test_its_unit(run):
    _, rels = run("Ana Ruiz, vice president of Brimmel AG and head of its Ocean Sensing Division "
                  "since 2020, spoke.")
    assert ("affiliatedWith", "Ocean Sensing Division", "Brimmel AG") in rels


def test_joint_unit(run):
    _, rels = run("Brimmel AG and Harlo Group announced a joint Photonics Laboratory in Graz.")
    assert ("affiliatedWith", "Photonics Laboratory", "Brimmel AG") in rels
    assert ("affiliatedWith", "Photonics Laboratory", "Harlo Group") in rels


def test_country_acronym_is_not_an_org_alias(run):
    ex, _ = run("The Università del Sannio joined. The US-born group Brimmel AG invested. "
                "US regulators agreed.")
    uni = [e for e in ex.entities if e.canonical == "Università del Sannio"][0]
    assert "US" not in uni.aliases


def test_known_name_followed_by_acronym_is_not_split(run):
    ex, _ = run("Hubert Arnold, director of Fraunhofer IMTX, spoke. The Fraunhofer Institute for "
                "Marine Technology IMTX is in Kiel.")
    orgs = {e.canonical: e for e in ex.entities if e.type == "Organization"}
    assert "Fraunhofer IMTX" in orgs["Fraunhofer Institute for Marine Technology IMTX"].aliases


def test_the_network_anaphor_by_subtype(run):
    _, rels = run("Zentra, the Dutch association of glass recyclers, met in May. Brimmel AG "
                  "became a member of the network.")
    assert ("memberOf", "Brimmel AG", "Zentra") in rels


def test_based_anaphor_is_not_the_sentence_subject(run):
    _, rels = run("Harlo Group completed the deal in May. Brimmel Optics Ltd, which employs 300 "
                  "people, becomes a new business unit of the Graz-based medical technology group.")
    assert ("affiliatedWith", "Brimmel Optics Ltd", "Harlo Group") in rels
    assert ("locatedIn", "Harlo Group", "Graz") in rels


def test_partnership_x_has_built_with(run):
    _, rels = run("The partnership Brimmel AG has forged with the Kessel Institute of Applied Optics "
                  "is growing.")
    assert ("partnersWith", "Brimmel AG", "Kessel Institute of Applied Optics") in rels or \
        ("partnersWith", "Kessel Institute of Applied Optics", "Brimmel AG") in rels


def test_facilities_are_on_campus(run):
    _, rels = run("The Nordic Data Institute opened in 2020. Its facilities are on the Kelda "
                  "Science Park in Tromsø.")
    assert ("locatedIn", "Nordic Data Institute", "Kelda Science Park") in rels


def test_list_members_with_locations(run):
    _, rels = run("The Baltic Battery Alliance brings together three institutes: the Kaunas Energy "
                  "Institute in Kaunas, the Riga Polytechnic in Riga, and the Tartu Battery Centre "
                  "in Tartu.")
    for m in ("Kaunas Energy Institute", "Riga Polytechnic", "Tartu Battery Centre"):
        assert ("memberOf", m, "Baltic Battery Alliance") in rels, m


def test_person_chairs_with_org_apposition(run):
    _, rels = run("Ana Ruiz, director of the Kessel Institute of Applied Optics, chairs the board "
                  "of the Baltic Photonics Society.")
    assert ("affiliatedWith", "Ana Ruiz", "Baltic Photonics Society") in rels
    assert ("affiliatedWith", "Ana Ruiz", "Kessel Institute of Applied Optics") in rels


def test_runs_its_unit_whose_headquarters(run):
    _, rels = run("The Baltic Council of Science runs its Institute of Marine Optics, whose "
                  "headquarters are in Riga.")
    assert ("affiliatedWith", "Institute of Marine Optics", "Baltic Council of Science") in rels
    assert ("locatedIn", "Institute of Marine Optics", "Riga") in rels


def test_partners_included_refers_to_topic_project(run):
    _, rels = run("The Ocean Robotics Project started in 2019. Over four years it grew fast. "
                  "Partners included the Kessel Institute of Applied Optics in Vienna (KIAO), "
                  "which led the first phase, the Riga Polytechnic in Latvia and Tallinn University.")
    for m in ("Kessel Institute of Applied Optics", "Riga Polytechnic", "Tallinn University"):
        assert ("memberOf", m, "Ocean Robotics Project") in rels, m


def test_org_acronym_after_place_belongs_to_org(run):
    ex, rels = run("The Swiss Institute of Marine Optics in Lausanne (SIMO) led the work.")
    org = [e for e in ex.entities if e.canonical == "Swiss Institute of Marine Optics"][0]
    assert "SIMO" in org.aliases
    assert ("locatedIn", "Swiss Institute of Marine Optics", "Lausanne") in rels


def test_will_invest(run):
    _, rels = run("Harlo Group announced that it will invest EUR 5 million in Lumina Bio AG.")
    assert ("investsIn", "Harlo Group", "Lumina Bio AG") in rels


def test_hedged_investment_is_skipped(run):
    _, rels = run("Harlo Group said it plans to invest EUR 5 million in Lumina Bio AG.")
    assert ("investsIn", "Harlo Group", "Lumina Bio AG") not in rels


def test_apposition_funded_by(run):
    _, rels = run("The Ocean Robotics Project, one of the largest programmes ever funded by the "
                  "Nordic Council, ended.")
    assert ("fundedBy", "Ocean Robotics Project", "Nordic Council") in rels


def test_x_with_apposition_and_y_agreed_to_codevelop(run):
    _, rels = run("Brimmel Optics Ltd, a Graz-based sensor company, and the Austrian group Harlo "
                  "Vision Inc. agreed to co-develop a camera.")
    assert ("partnersWith", "Brimmel Optics Ltd", "Harlo Vision Inc.") in rels or \
        ("partnersWith", "Harlo Vision Inc.", "Brimmel Optics Ltd") in rels


def test_partnered_with_after_apposition_and_possessor(run):
    _, rels = run("Lumina Bio AG, the Basel-based biotech company owned by Harlo Group, has partnered "
                  "with Kessel University's Institute of Applied Optics.")
    assert ("partnersWith", "Lumina Bio AG", "Institute of Applied Optics") in rels or \
        ("partnersWith", "Institute of Applied Optics", "Lumina Bio AG") in rels
    assert ("affiliatedWith", "Lumina Bio AG", "Harlo Group") in rels
    assert not any(r[0] == "partnersWith" and "Harlo Group" in r for r in rels)


def test_partnered_separately_with(run):
    _, rels = run("For Asia, Brimmel AG partnered separately with Harlo Group.")
    assert ("partnersWith", "Brimmel AG", "Harlo Group") in rels or \
        ("partnersWith", "Harlo Group", "Brimmel AG") in rels


def test_pay_including_equity_investment(run):
    _, rels = run("Harlo Group agreed to pay Lumina Bio AG $50 million upfront, including an equity "
                  "investment of $20 million.")
    assert ("investsIn", "Harlo Group", "Lumina Bio AG") in rels


def test_agreed_to_provide_funding_to(run):
    _, rels = run("The Nordic Investment Bank agreed to provide EUR 10 million in funding to Lumina Bio AG.")
    assert ("fundedBy", "Lumina Bio AG", "Nordic Investment Bank") in rels
    # loans and debt are no funding wording (GUIDELINES: fund / funding / grant / award)
    _, rels = run("The Nordic Investment Bank agreed to provide EUR 10 million in loans to Lumina Bio AG.")
    assert ("fundedBy", "Lumina Bio AG", "Nordic Investment Bank") not in rels


def test_developed_by_after_technology_apposition(run):
    _, rels = run("Helix, a machine learning system, was developed by Brimmel AG.")
    assert ("develops", "Brimmel AG", "machine learning") not in rels


def test_based_anaphor_can_be_the_subject_itself(run):
    _, rels = run("Harlo Group sold a plant. Harlo Group has agreed to buy Brimmel AG, the largest "
                  "deal in the Graz-based camera maker's history.")
    assert ("locatedIn", "Harlo Group", "Graz") in rels


def test_network_she_leads(run):
    _, rels = run("Ruth Adler of the Kessel Institute of Applied Optics came to present Phage Norway, "
                  "the network she co-leads.")
    assert ("affiliatedWith", "Ruth Adler", "Phage Norway") in rels


def test_hub_opened_after_parent_apposition(run):
    _, rels = run("Harlo Group, the parent company of Harlo Vision AG, opened a research hub in Graz.")
    assert ("locatedIn", "Harlo Group", "Graz") in rels


def test_funded_under_country_programme(run):
    _, rels = run("The Nordic Ocean Centre is funded by the Ministry of Research (MoR) under "
                  "Norway's National Ocean Initiative.")
    assert ("fundedBy", "Nordic Ocean Centre", "National Ocean Initiative") in rels


def test_operates_its_unit_after_apposition_with_place(run):
    _, rels = run("The Baltic Council of Science, a foundation based in Riga, operates its Institute "
                  "of Marine Optics in Tallinn.")
    assert ("affiliatedWith", "Institute of Marine Optics", "Baltic Council of Science") in rels


def test_its_rival_is_not_a_unit(run):
    _, rels = run("Harlo Group competes with its rival Brimmel AG, and Harlo Group runs its "
                  "investment arm Harlo Ventures.")
    assert ("affiliatedWith", "Brimmel AG", "Harlo Group") not in rels
    assert ("affiliatedWith", "Harlo Ventures", "Harlo Group") in rels


def test_backed_by_descriptor_and_by(run):
    _, rels = run("Lumina Bio AG is backed by the venture capital firm Harbor Ventures and by the "
                  "Nordic Investment Bank.")
    # "backed by" is no fund / grant / award wording: no fundedBy (GUIDELINES §3)
    assert ("fundedBy", "Lumina Bio AG", "Harbor Ventures") not in rels
    assert ("fundedBy", "Lumina Bio AG", "Nordic Investment Bank") not in rels
    _, rels = run("Lumina Bio AG is funded by the venture capital firm Harbor Ventures and by the "
                  "Nordic Investment Bank.")
    assert ("fundedBy", "Lumina Bio AG", "Harbor Ventures") in rels
    assert ("fundedBy", "Lumina Bio AG", "Nordic Investment Bank") in rels


def test_relative_clause_and_nearby_places_are_not_list_members(run):
    _, rels = run("Harlo Group opened a research hub in Graz, just outside Vienna. Brimmel AG "
                  "develops the Helix Platform, which relies on machine learning.")
    assert ("locatedIn", "Harlo Group", "Vienna") not in rels
    assert ("develops", "Brimmel AG", "machine learning") not in rels


def test_round_led_by(run):
    _, rels = run("Lumina Bio AG, a Basel-based maker of enzyme kits, has raised €12 million in a "
                  "Series A round led by Harbor Ventures "
                  "and Kestrel Capital.")
    assert ("investsIn", "Harbor Ventures", "Lumina Bio AG") in rels
    assert ("investsIn", "Kestrel Capital", "Lumina Bio AG") in rels


def test_preposed_founded_by(run):
    _, rels = run("Founded in 2018 by Ana Ruiz and Tomas Berg, Lumina Bio AG makes enzymes.")
    assert ("affiliatedWith", "Ana Ruiz", "Lumina Bio AG") in rels
    assert ("affiliatedWith", "Tomas Berg", "Lumina Bio AG") in rels


def test_possessive_org_role_person_without_comma(run):
    _, rels = run("Harlo Group's chief technology officer Lars Brandt said the pilot worked.")
    assert ("affiliatedWith", "Lars Brandt", "Harlo Group") in rels


def test_spin_off_set_up_by_researchers(run):
    _, rels = run("Trimbo ApS, a battery start-up spun out of the Nordic Institute of Energy, hired "
                  "staff. Trimbo ApS was set up in 2019 by Nordic Institute of Energy researchers "
                  "Mette Dahl and Rasmus Krog.")
    # a spin-off is an origin (like "founded in"), not a unit of its parent
    assert ("affiliatedWith", "Trimbo ApS", "Nordic Institute of Energy") not in rels
    assert ("affiliatedWith", "Mette Dahl", "Trimbo ApS") in rels
    assert ("affiliatedWith", "Rasmus Krog", "Trimbo ApS") in rels
    assert ("affiliatedWith", "Mette Dahl", "Nordic Institute of Energy") in rels


def test_the_company_and_it_follow_the_previous_subject(run):
    _, rels = run("Kalla AB bought Trimbo ApS in May. Trimbo ApS was set up in 2019 in Aarhus. "
                  "The company has developed a dry electrode coating process. It received a grant "
                  "from the Nordic Energy Fund in 2021.")
    assert ("develops", "Trimbo ApS", "dry electrode coating process") in rels
    assert ("develops", "Kalla AB", "dry electrode coating process") not in rels
    assert ("fundedBy", "Trimbo ApS", "Nordic Energy Fund") in rels


def test_remain_in_and_staff_join_unit(run):
    _, rels = run("Trimbo ApS will remain in Aarhus. Trimbo ApS's 30 employees will join Kalla "
                  "AB's Circular Materials Division.")
    assert ("locatedIn", "Trimbo ApS", "Aarhus") in rels


def test_event_organised_every_year_by(run):
    _, rels = run("The Nordic Battery Forum opened in Oslo. The forum is organised every year by "
                  "Batteries North, a Nordic industry network backed by the Nordic Council.")
    assert ("organizes", "Batteries North", "Nordic Battery Forum") in rels
    assert ("fundedBy", "Batteries North", "Nordic Council") not in rels    # "backed by"


def test_led_by_person_and_belongs_to_network(run):
    _, rels = run("The Centre for Stroke Imaging opened in Graz. The centre is led by neuroradiologist "
                  "Petra Wimmer. The centre belongs to the Alpine Stroke Network, an alliance of 14 "
                  "hospitals, and collaborates with the Graz University of Technology.")
    assert ("affiliatedWith", "Petra Wimmer", "Centre for Stroke Imaging") in rels
    assert ("memberOf", "Centre for Stroke Imaging", "Alpine Stroke Network") in rels
    assert not any(r[0] == "partnersWith" and "Alpine Stroke Network" in r for r in rels)


def test_scientific_acronyms_are_not_organizations(run):
    ex, rels = run("Harlo Group will supply two CT scanners under a research agreement with the "
                   "Graz University of Technology.")
    assert "CT" not in {e.canonical for e in ex.entities if e.type == "Organization"}
    assert ("partnersWith", "Harlo Group", "Graz University of Technology") in rels or \
        ("partnersWith", "Graz University of Technology", "Harlo Group") in rels


def test_based_apposition_not_hedged_by_failed_deal(run):
    _, rels = run("Orvane Oy said it is no longer in talks to acquire Kelvar Bio, the Turku-based "
                  "antibody developer. Kelvar, which was founded by professor Liisa Mäki, declined "
                  "to comment.")
    assert ("acquires", "Orvane Oy", "Kelvar Bio") not in rels
    assert ("locatedIn", "Kelvar Bio", "Turku") in rels
    assert ("affiliatedWith", "Liisa Mäki", "Kelvar Bio") in rels


def test_event_held_this_week_at(run):
    _, rels = run("Over 900 people attended the Baltic Photonics Forum, held this week at the Riga "
                  "Technical University.")
    assert ("hosts", "Riga Technical University", "Baltic Photonics Forum") in rels


def test_institute_founded_by_organizations(run):
    _, rels = run("The forum was organised by Photonix, a research institute founded by the Riga "
                  "Technical University and the Latvian Institute of Physics.")
    assert ("memberOf", "Riga Technical University", "Photonix") in rels
    assert ("memberOf", "Latvian Institute of Physics", "Photonix") in rels


def test_unit_in_city_with_parent_apposition_develops(run):
    _, rels = run("The Institute for Marine Optics IMO in Kiel, a unit of the Baltic Research "
                  "Council, developed the sonar technique in 2001.")
    assert ("develops", "Institute for Marine Optics IMO", "sonar technique") in rels
    assert ("develops", "Baltic Research Council", "sonar technique") not in rels


def test_apposed_company_headquartered_in(run):
    _, rels = run("The lab is funded by Harlo Group, the engineering group headquartered in Graz, "
                  "Austria.")
    assert ("locatedIn", "Harlo Group", "Graz") in rels


def test_participle_backed_by_and_subject_guard(run):
    _, rels = run("Alvarion Energy GmbH, backed by the carmaker Kestrel Motors AG, opened a plant in "
                  "Esslingen last month.")
    assert ("fundedBy", "Alvarion Energy GmbH", "Kestrel Motors AG") not in rels   # "backed by"
    assert ("locatedIn", "Kestrel Motors AG", "Esslingen") not in rels


def test_clause_after_apposition_is_about_the_head(run):
    _, rels = run("Alvarion Energy GmbH, backed by the carmaker Kestrel Motors AG, opened a plant in "
                  "Esslingen. Harlo Group, the parent company of Harlo Vision AG, had opened a hub in Graz.")
    assert ("locatedIn", "Alvarion Energy GmbH", "Esslingen") in rels
    assert ("locatedIn", "Harlo Group", "Graz") in rels
    assert ("locatedIn", "Harlo Vision AG", "Graz") not in rels


def test_its_needs_an_organization_in_the_previous_sentence(run):
    _, rels = run("Harlo Group reported results. In Basel, the Swiss association of glass makers "
                  "warned about tariffs. Its president, Anna Keller, said members were worried.")
    assert ("affiliatedWith", "Anna Keller", "Harlo Group") not in rels


def test_money_verbs_progressive_perfect_and_agreed(run):
    _, rels = run("Quorra Ventures is investing $15 million in Lumina Therapeutics.")
    assert ("investsIn", "Quorra Ventures", "Lumina Therapeutics") in rels
    _, rels = run("Quorra Ventures has invested heavily in Lumina Therapeutics.")
    assert ("investsIn", "Quorra Ventures", "Lumina Therapeutics") in rels
    _, rels = run("Quorra Ventures will invest €5 million in Lumina Therapeutics.")
    assert ("investsIn", "Quorra Ventures", "Lumina Therapeutics") in rels
    _, rels = run("Quorra Ventures is funding Lumina Therapeutics with €3 million.")
    assert ("fundedBy", "Lumina Therapeutics", "Quorra Ventures") in rels
    for s in ("Orbis Technologies agreed to buy Halvard Systems for $40 million.",
              "Orbis Technologies has agreed to acquire Halvard Systems.",
              "Orbis Technologies completed its acquisition of Halvard Systems."):
        _, rels = run(s)
        assert ("acquires", "Orbis Technologies", "Halvard Systems") in rels
    for s in ("Quorra Ventures may invest $15 million in Lumina Therapeutics.",
              "Quorra Ventures is considering investing $15 million in Lumina Therapeutics.",
              "Quorra Ventures is in talks to fund Lumina Therapeutics with €3 million."):
        _, rels = run(s)
        assert not rels


def test_founding_member_lists_and_joined(run):
    members = ("Aster University", "Brenner Labs", "Coltan Medical")
    for second in ("The founding members are", "Founding members include"):
        _, rels = run("The Nordic Quantum Alliance was launched on Monday. "
                      f"{second} Aster University, Brenner Labs and Coltan Medical.")
        for m in members:
            assert ("memberOf", m, "Nordic Quantum Alliance") in rels
    _, rels = run("Founding members of the Nordic Quantum Alliance include Aster University, "
                  "Brenner Labs and Coltan Medical.")
    for m in members:
        assert ("memberOf", m, "Nordic Quantum Alliance") in rels
    for s in ("Brenner Labs joined the Nordic Quantum Alliance as a member.",
              "Brenner Labs joined the consortium Nordic Quantum Alliance in March.",
              "Brenner Labs joined the Nordic Quantum Alliance in 2021."):
        _, rels = run(s)
        assert ("memberOf", "Brenner Labs", "Nordic Quantum Alliance") in rels
    for s in ("Brenner Labs joined the Nordic Quantum Alliance in calling for new rules.",
              "Orbis Technologies may join the Nordic Quantum Alliance."):
        _, rels = run(s)
        assert not rels


def test_locations_inside_descriptions_events_and_datelines(run):
    _, rels = run("The Waltham, Massachusetts-based company Brenner Labs opened a new plant.")
    assert ("locatedIn", "Brenner Labs", "Waltham") in rels
    assert ("locatedIn", "Waltham", "Massachusetts") in rels
    _, rels = run("The Quantum Futures Summit was held in Porto, Portugal.")
    assert ("locatedIn", "Quantum Futures Summit", "Porto") in rels
    _, rels = run("The Quantum Futures Summit will be held in Porto, Portugal.")      # not there yet
    assert ("locatedIn", "Quantum Futures Summit", "Porto") not in rels
    ex, rels = run("LYON (France) – Brenner Labs opened a new plant on Monday.")
    assert ("locatedIn", "LYON", "France") in rels
    assert {e.canonical for e in ex.entities if e.type == "Place"} == {"LYON", "France"}
    _, rels = run("PORTO, Portugal – Brenner Labs opened a new plant on Monday.")
    assert ("locatedIn", "PORTO", "Portugal") in rels


def test_financing_rounds_lead_participants_and_money_raised_from(run):
    _, rels = run("Tarrow Robotics has closed a €7 million Series A round led by Quorra Ventures, "
                  "with participation from Halden Capital and Fjord Invest.")
    for inv in ("Quorra Ventures", "Halden Capital", "Fjord Invest"):
        assert ("investsIn", inv, "Tarrow Robotics") in rels
    _, rels = run("Lumina Therapeutics raised $15 million from Quorra Ventures and Halden Capital.")
    assert ("investsIn", "Quorra Ventures", "Lumina Therapeutics") in rels
    assert ("investsIn", "Halden Capital", "Lumina Therapeutics") in rels
    # a grant is funding, not an investment
    _, rels = run("Lumina Therapeutics raised a €2 million grant from the Norvik Research Council.")
    assert not any(r[0] == "investsIn" for r in rels)


def test_minority_stake_is_an_investment_not_an_acquisition(run):
    _, rels = run("Orbis Technologies acquired a minority stake in Halvard Systems for $20 million.")
    assert ("investsIn", "Orbis Technologies", "Halvard Systems") in rels
    assert not any(r[0] == "acquires" for r in rels)
    _, rels = run("Halvard Systems was acquired by Orbis Technologies in 2022.")
    assert ("acquires", "Orbis Technologies", "Halvard Systems") in rels
    assert ("acquires", "Halvard Systems", "Orbis Technologies") not in rels  # not both ways


def test_funding_by_award_support_and_after_a_clause(run):
    _, rels = run("The Norvik Research Council awarded Tessaly Institute a €3 million grant.")
    assert ("fundedBy", "Tessaly Institute", "Norvik Research Council") in rels
    _, rels = run("Tessaly Institute was awarded €3 million by the Norvik Research Council.")
    assert ("fundedBy", "Tessaly Institute", "Norvik Research Council") in rels
    _, rels = run("Aster University built the prototype with support from the Brenner Foundation.")
    assert ("fundedBy", "Aster University", "Brenner Foundation") not in rels
    _, rels = run("Aster University built the prototype with a grant from the Brenner Foundation.")
    assert ("fundedBy", "Aster University", "Brenner Foundation") in rels
    _, rels = run("The Halden Photonics Centre, which opened in Bergen last year, is funded by "
                  "the Norvik Research Council.")
    assert ("fundedBy", "Halden Photonics Centre", "Norvik Research Council") in rels


def test_membership_from_includes_coordination_and_of_which(run):
    _, rels = run("The Arctic Sensing Network, which includes Aster University and Fjord "
                  "Instruments, opened a new office.")
    assert ("memberOf", "Aster University", "Arctic Sensing Network") in rels
    assert ("memberOf", "Fjord Instruments", "Arctic Sensing Network") in rels
    _, rels = run("The Arctic Sensing Network is coordinated by Aster University.")
    assert ("memberOf", "Aster University", "Arctic Sensing Network") in rels
    _, rels = run("Partners in the Arctic Sensing Network include Aster University (Norway), "
                  "the Brenner Institute (Austria) and Fjord Instruments (Denmark).")
    for m in ("Aster University", "Brenner Institute", "Fjord Instruments"):
        assert ("memberOf", m, "Arctic Sensing Network") in rels
    _, rels = run("The Polar Research Association, of which the Brenner Institute is a member, "
                  "met in Tromsø.")
    assert ("memberOf", "Brenner Institute", "Polar Research Association") in rels
    _, rels = run("Fjord Instruments is one of the nine partners of the Arctic Sensing Network.")
    assert ("memberOf", "Fjord Instruments", "Arctic Sensing Network") in rels


def test_partnerships_in_collaboration_joint_lab_and_collaborating(run):
    _, rels = run("Velora Pharma ran the trial in collaboration with the Kestrel Institute.")
    assert ("partnersWith", "Velora Pharma", "Kestrel Institute") in rels
    _, rels = run("Velora Pharma and Aster University opened a joint laboratory in Bergen.")
    assert ("partnersWith", "Velora Pharma", "Aster University") in rels
    _, rels = run("Velora Pharma and the Kestrel Institute are collaborating on protein design.")
    assert ("partnersWith", "Velora Pharma", "Kestrel Institute") in rels


def test_hosted_event_is_hosting_not_organizing(run):
    _, rels = run("Aster University hosted the Quantum Futures Summit in Bergen.")
    assert ("hosts", "Aster University", "Quantum Futures Summit") in rels
    assert not any(r[0] == "organizes" for r in rels)


def test_titles_and_roles_before_a_name_make_a_person(run):
    ex, rels = run("Dr. Ingrid Solberg, a researcher at the Norvik Research Council, spoke first.")
    assert ("affiliatedWith", "Ingrid Solberg", "Norvik Research Council") in rels
    assert {e.canonical for e in ex.entities if e.type == "Person"} == {"Ingrid Solberg"}
    ex, rels = run("Tarrow Robotics chief executive Marit Haugen said the robots ship in May.")
    assert ("affiliatedWith", "Marit Haugen", "Tarrow Robotics") in rels
    _, rels = run("Ingrid Solberg, who leads a group at the Tessaly Institute, presented the data.")
    assert ("affiliatedWith", "Ingrid Solberg", "Tessaly Institute") in rels


def test_what_a_develop_verb_takes_is_a_technology(run):
    ex, rels = run("Tarrow Robotics develops modular exoskeleton joints for warehouse workers.")
    assert ("develops", "Tarrow Robotics", "modular exoskeleton joints") in rels
    ex, rels = run("Quorra Ventures invested in Lumina Therapeutics, a developer of inhaled "
                   "peptide sprays.")
    assert ("develops", "Lumina Therapeutics", "inhaled peptide sprays") in rels
    _, rels = run("Tarrow Robotics develops its partnerships carefully.")
    assert not any(r[0] == "develops" for r in rels)


def test_investments_received_made_and_investors_in(run):
    _, rels = run("Lumina Therapeutics received an investment of $9 million from Quorra Ventures.")
    assert ("investsIn", "Quorra Ventures", "Lumina Therapeutics") in rels
    _, rels = run("Halden Capital made a €4 million investment in the Bergen-based start-up "
                  "Tarrow Robotics.")
    assert ("investsIn", "Halden Capital", "Tarrow Robotics") in rels
    _, rels = run("Investors in Tarrow Robotics include Halden Capital and Fjord Invest.")
    assert ("investsIn", "Halden Capital", "Tarrow Robotics") in rels
    assert ("investsIn", "Fjord Invest", "Tarrow Robotics") in rels


def test_events_co_organised_and_taking_place_at(run):
    _, rels = run("Aster University and the Brenner Institute co-organised the Polar Data Summit.")
    assert ("organizes", "Aster University", "Polar Data Summit") in rels
    assert ("organizes", "Brenner Institute", "Polar Data Summit") in rels
    _, rels = run("The Polar Data Summit took place in Oslo at Aster University.")
    assert ("hosts", "Aster University", "Polar Data Summit") in rels


def test_known_parent_inside_a_unit_name(run):
    # the parent (a known organization) is mentioned by the unit's name alone
    ex, rels = run("Microsoft Research Oslo is partnering with Aster University on sea-ice models.")
    assert ("affiliatedWith", "Microsoft Research Oslo", "Microsoft") in rels
    assert ("partnersWith", "Microsoft Research Oslo", "Aster University") in rels
    assert {e.canonical for e in ex.entities if e.type == "Organization"} >= {"Microsoft", "Microsoft Research Oslo"}
    # a legal form is not a unit
    ex, rels = run("Siemens AG holds a majority stake in Brenner Labs.")
    assert "Siemens" not in {e.canonical for e in ex.entities}


def test_locations_from_descriptors_and_sites(run):
    _, rels = run("Quorra Ventures invested in the Oslo company Tarrow Robotics.")
    assert ("locatedIn", "Tarrow Robotics", "Oslo") in rels
    _, rels = run("Tarrow Robotics, the Oslo robotics start-up, hired 20 engineers.")
    assert ("locatedIn", "Tarrow Robotics", "Oslo") in rels
    _, rels = run("Tarrow Robotics opened a new office in Stockholm last year.")
    assert ("locatedIn", "Tarrow Robotics", "Stockholm") in rels
    _, rels = run("Tarrow Robotics's main research facilities are in Trondheim.")
    assert ("locatedIn", "Tarrow Robotics", "Trondheim") in rels
    _, rels = run("Lumina Therapeutics, a developer of peptide sprays based in Uppsala, hired a CFO.")
    assert ("locatedIn", "Lumina Therapeutics", "Uppsala") in rels


def test_partners_work_together_and_co_fund(run):
    _, rels = run("Velora Pharma will work together with the Kestrel Institute on enzymes.")
    assert ("partnersWith", "Velora Pharma", "Kestrel Institute") in rels
    _, rels = run("Velora Pharma, together with Aster University, is testing a new assay.")
    assert ("partnersWith", "Velora Pharma", "Aster University") in rels
    _, rels = run("Velora Pharma and Aster University team up on graphene implants")
    assert ("partnersWith", "Velora Pharma", "Aster University") in rels
    _, rels = run("Velora Pharma and Aster University co-funded a new professorship.")
    assert ("partnersWith", "Velora Pharma", "Aster University") in rels
    _, rels = run("Orbis Technologies snapped up Halvard Systems in 2020.")
    assert ("acquires", "Orbis Technologies", "Halvard Systems") in rels


def test_funding_through_grant_from_active_and_preposed(run):
    _, rels = run("The Halden Photonics Centre is funded through the Norvik Research Council.")
    assert ("fundedBy", "Halden Photonics Centre", "Norvik Research Council") in rels
    _, rels = run("Tessaly Institute will build a clean room thanks to a €2 million grant from "
                  "the Brenner Foundation.")
    assert ("fundedBy", "Tessaly Institute", "Brenner Foundation") in rels
    _, rels = run("The Brenner Foundation funds the Tessaly Institute.")
    assert ("fundedBy", "Tessaly Institute", "Brenner Foundation") in rels
    _, rels = run("With support from the Brenner Foundation, Aster University will open a lab.")
    assert ("fundedBy", "Aster University", "Brenner Foundation") not in rels
    _, rels = run("With support from the Brenner Foundation, Aster University will open a lab "
                  "through a €4 million grant.")
    assert ("fundedBy", "Aster University", "Brenner Foundation") in rels
    _, rels = run("The Brenner Foundation is funding a new cryo-EM lab at Aster University.")
    assert ("fundedBy", "Aster University", "Brenner Foundation") in rels
    _, rels = run("The Norvik Research Council has granted €1 million to the start-up Zentrafy Labs.")
    assert ("fundedBy", "Zentrafy Labs", "Norvik Research Council") in rels


def test_affiliations_possessive_who_heads_with_and_role_between_names(run):
    _, rels = run("Aster University's Ingrid Solberg said the device works.")
    assert ("affiliatedWith", "Ingrid Solberg", "Aster University") in rels
    _, rels = run("Marco Ferri, who heads the Brenner Institute's imaging group, joined the board.")
    assert ("affiliatedWith", "Marco Ferri", "Brenner Institute") in rels
    _, rels = run("Ingrid Solberg, a researcher with the Tessaly Institute, wrote the paper.")
    assert ("affiliatedWith", "Ingrid Solberg", "Tessaly Institute") in rels
    ex, rels = run("Tarrow Robotics CEO Ingrid Solberg said the robots ship in May.")
    assert ("affiliatedWith", "Ingrid Solberg", "Tarrow Robotics") in rels
    assert "Ingrid Solberg" in {e.canonical for e in ex.entities if e.type == "Person"}


def test_member_lists_after_a_named_project(run):
    text = ("Aster University will coordinate PHOTOMAP, a new EU research project on photonic "
            "sensors. The consortium brings together eight partners from five countries, including "
            "the Brenner Institute (Austria), Fjord Instruments (Denmark) and Tarrow Robotics (Norway).")
    ex, rels = run(text)
    for m in ("Brenner Institute", "Fjord Instruments", "Tarrow Robotics"):
        assert ("memberOf", m, "PHOTOMAP") in rels
    assert ("memberOf", "Aster University", "PHOTOMAP") in rels        # the coordinator
    assert ("locatedIn", "Tarrow Robotics", "Norway") in rels     # a country in parentheses
    # the last two names of a list are two organizations, not one
    assert {"Fjord Instruments", "Tarrow Robotics"} <= {e.canonical for e in ex.entities}
    _, rels = run("Aster University will coordinate PHOTOMAP, a new EU research project. The other "
                  "members of the consortium are the Brenner Institute and Fjord Instruments.")
    assert ("memberOf", "Brenner Institute", "PHOTOMAP") in rels


@pytest.mark.parametrize("text", [
    "Halvex Group has yet to decide whether to acquire Brightwell Sensors.",
    "Halvex Group abandoned its bid to acquire Brightwell Sensors.",
    "Halvex Group denied that it had acquired Brightwell Sensors.",
    "Halvex Group failed to acquire Brightwell Sensors.",
    "Halvex Group's offer to buy Brightwell Sensors was rejected by the board.",
    "Halvex Group called off the acquisition of Brightwell Sensors.",
    "Halvex Group withdrew its offer to acquire Brightwell Sensors.",
    "Halvex Group is unsure whether it will invest in Brightwell Sensors.",
])
def test_undecided_failed_denied_and_withdrawn_deals_are_left_out(run, text):
    _, rels = run(text)
    assert not {r for r in rels if r[0] in ("acquires", "investsIn")}


def test_completed_deals_and_a_purpose_bid_still_count(run):
    _, rels = run("Halvex Group bought Tarrow Robotics in 2019.")
    assert ("acquires", "Halvex Group", "Tarrow Robotics") in rels
    _, rels = run("Tarrow Robotics acquired Brightwell Sensors in a bid to expand into lidar.")
    assert ("acquires", "Tarrow Robotics", "Brightwell Sensors") in rels


def test_possessive_investors_include_and_counts_among_its_investors(run):
    _, rels = run("Tarvio Labs' investors include Quorvex Capital and Ardent Ventures.")
    assert ("investsIn", "Quorvex Capital", "Tarvio Labs") in rels
    assert ("investsIn", "Ardent Ventures", "Tarvio Labs") in rels
    _, rels = run("Tarvio Labs counts Quorvex Capital and Ardent Ventures among its investors.")
    assert ("investsIn", "Ardent Ventures", "Tarvio Labs") in rels
    assert not [r for r in rels if r[0] == "memberOf"]


def test_whose_members_include_and_has_members_including(run):
    _, rels = run("The Nordic Photonics Alliance, whose members include Fjord Instruments and "
                  "Tarrow Robotics, met in Oslo.")
    assert ("memberOf", "Tarrow Robotics", "Nordic Photonics Alliance") in rels
    _, rels = run("The Nordic Photonics Alliance now has 50 members, including Fjord Instruments "
                  "and Tarrow Robotics.")
    assert ("memberOf", "Fjord Instruments", "Nordic Photonics Alliance") in rels


def test_grant_to_a_professor_funds_the_person_and_is_no_role_at_the_funder(run):
    _, rels = run("The Vesterå Foundation awarded a grant to Professor Ingrid Solberg of Aster University.")
    assert ("fundedBy", "Ingrid Solberg", "Vesterå Foundation") in rels
    assert ("affiliatedWith", "Ingrid Solberg", "Aster University") in rels
    assert ("affiliatedWith", "Ingrid Solberg", "Vesterå Foundation") not in rels


def test_one_money_relation_per_pair_and_sentence_by_wording():
    from kgraph.extract.relations import _one_money_wording
    from kgraph.records import Evidence, Relation
    sent = "Quorvex Fund invested €5 million in Tarvio Labs."
    ev = Evidence(sent, 0, len(sent), 0.8)
    rels = {("investsIn", "e1", "e2"): Relation("investsIn", "e1", "e2", ev),
            ("fundedBy", "e2", "e1"): Relation("fundedBy", "e2", "e1", Evidence(sent, 0, len(sent), 0.8))}
    _one_money_wording(rels)
    assert list(rels) == [("investsIn", "e1", "e2")]
    sent = "Tarvio Labs received a grant from the Quorvex Investment Trust."
    rels = {("investsIn", "e1", "e2"): Relation("investsIn", "e1", "e2", Evidence(sent, 0, len(sent), 0.8)),
            ("fundedBy", "e2", "e1"): Relation("fundedBy", "e2", "e1", Evidence(sent, 0, len(sent), 0.55))}
    _one_money_wording(rels)
    assert list(rels) == [("fundedBy", "e2", "e1")]


def test_venue_of_an_event_an_organisation_held(run):
    _, rels = run("Halvex Group held an opening ceremony for its new sensor plant at the Brenner "
                  "Campus in Graz.")
    assert ("hosts", "Brenner Campus", "opening ceremony") in rels
    assert ("organizes", "Halvex Group", "opening ceremony") in rels


def test_whose_investors_include(run):
    _, rels = run("Tarvio Labs, whose investors include Quorvex Capital and Ardent Ventures, "
                  "builds lidar chips.")
    assert ("investsIn", "Ardent Ventures", "Tarvio Labs") in rels


def test_owned_company_and_part_of_a_network(run):
    _, rels = run("Tarvio Labs, the Halvex-owned drone company, raised €5 million.")
    assert ("affiliatedWith", "Tarvio Labs", "Halvex") in rels
    _, rels = run("Fjord Instruments is part of the Nordic Photonics Alliance.")
    assert ("memberOf", "Fjord Instruments", "Nordic Photonics Alliance") in rels
    assert ("affiliatedWith", "Fjord Instruments", "Nordic Photonics Alliance") not in rels
    _, rels = run("Brenner Photonics Lab is part of Halvex Group.")
    assert ("affiliatedWith", "Brenner Photonics Lab", "Halvex Group") in rels


def test_partner_headings_other_partners_and_founded_in_year_by(run):
    _, rels = run("Project partners: Aster University (Norway), Fjord Instruments (Denmark) and "
                  "Tarrow Robotics (Sweden).")
    pw = {frozenset(r[1:]) for r in rels if r[0] == "partnersWith"}
    assert frozenset({"Aster University", "Tarrow Robotics"}) in pw
    assert frozenset({"Fjord Instruments", "Tarrow Robotics"}) not in pw
    _, rels = run("Aster University launched the PHOTOMAP project in May. Other partners are "
                  "Fjord Instruments and Tarrow Robotics.")
    assert ("memberOf", "Tarrow Robotics", "PHOTOMAP") in rels
    _, rels = run("The Nordic Photonics Alliance was founded in 2019 by Fjord Instruments and "
                  "Tarrow Robotics.")
    assert ("memberOf", "Fjord Instruments", "Nordic Photonics Alliance") in rels


def test_person_comma_org_is_an_affiliation_but_not_in_a_list(run):
    _, rels = run("Ingrid Solberg, Aster University, presented the results.")
    assert ("affiliatedWith", "Ingrid Solberg", "Aster University") in rels
    _, rels = run("The study by Ingrid Solberg, Tarrow Robotics and Aster University was published.")
    assert not [r for r in rels if r[0] == "affiliatedWith"]


def test_a_modifier_name_is_no_investee_and_investors_in_is_no_membership(run):
    _, rels = run("Tarvio Labs, the Halvex-owned drone company, raised €5 million in a round led by "
                  "Quorvex Capital.")
    assert ("investsIn", "Quorvex Capital", "Tarvio Labs") in rels
    assert ("investsIn", "Quorvex Capital", "Halvex") not in rels
    _, rels = run("Tarvio Labs closed a seed round. Investors in the company include Quorvex Capital.")
    assert ("investsIn", "Quorvex Capital", "Tarvio Labs") in rels
    assert not [r for r in rels if r[0] == "memberOf"]


def test_it_after_a_common_noun_subject_and_a_possessor_is_no_recipient(run):
    _, rels = run("The project is funded by the Vesterå Foundation with €4 million. It is coordinated "
                  "by Aster University.")
    assert not [r for r in rels if r[0] == "memberOf"]
    _, rels = run("Tarrow Robotics was founded in 2015. It is funded by Quorvex Capital.")
    assert ("fundedBy", "Tarrow Robotics", "Quorvex Capital") in rels
    _, rels = run("The Vesterå Foundation has awarded €2 million to Aster University's photonics "
                  "centre Brenner Lab.")
    assert ("fundedBy", "Aster University", "Vesterå Foundation") not in rels


def test_investment_rounds_named_from_the_company_side(run):
    _, rels = run("Halvard Capital and Orbis Ventures co-invested in Lumora.")
    assert {("investsIn", "Halvard Capital", "Lumora"), ("investsIn", "Orbis Ventures", "Lumora")} <= rels
    _, rels = run("The financing round of Lumora was led by Halvard Capital.")
    assert ("investsIn", "Halvard Capital", "Lumora") in rels
    _, rels = run("Halvard Capital participated in Lumora's €8 million round.")
    assert ("investsIn", "Halvard Capital", "Lumora") in rels
    _, rels = run("The investment in Lumora was made by Halvard Capital.")
    assert ("investsIn", "Halvard Capital", "Lumora") in rels
    _, rels = run("Lumora's investors, including Halvard Capital and Orbis Ventures, approved the plan.")
    assert ("investsIn", "Orbis Ventures", "Lumora") in rels
    _, rels = run("Halvard Capital did not participate in Lumora's round.")
    assert not rels


def test_acquisition_in_relative_clause(run):
    _, rels = run("Orvik Medical sold Talmar Systems, which Kestrel Bio had bought in 2015.")
    assert ("acquires", "Kestrel Bio", "Talmar Systems") in rels
    _, rels = run("Orvik Medical wants to fold Brightline into Talmar Sensors, the Oslo-based "
                  "imaging firm that it bought in 2018 for $2 billion.")
    assert ("acquires", "Orvik Medical", "Talmar Sensors") in rels
    _, rels = run("Orvik Medical has grown quickly since it acquired the Swedish company "
                  "Talmar Systems in 2020.")
    assert ("acquires", "Orvik Medical", "Talmar Systems") in rels
    # a stated intention inside the relative clause is no acquisition
    _, rels = run("Talmar Systems, a firm that Orvik Medical plans to acquire, opened a lab.")
    assert not any(r[0] == "acquires" for r in rels)


def test_person_led_by_and_role_nouns(run):
    _, rels = run("For Orvik Medical, led by chief executive Marta Keller, the year was good.")
    assert ("affiliatedWith", "Marta Keller", "Orvik Medical") in rels
    _, rels = run("The trial is run by the Centre for Applied Imaging, a research unit at Aster "
                  "University directed by physicist Lena Holm.")
    assert ("affiliatedWith", "Lena Holm", "Centre for Applied Imaging") in rels
    _, rels = run("The staff will join Orvik Medical's Imaging Systems division, which is headed "
                  "by Jonas Berg.")
    assert ("affiliatedWith", "Jonas Berg", "Imaging Systems") in rels
    _, rels = run('"It works," said Maria Lopez, a hydrologist at the Brenner Institute.')
    assert ("affiliatedWith", "Maria Lopez", "Brenner Institute") in rels
    _, rels = run("Testing will happen at Aster Hospital, where surgeon Karl Nyberg will lead the trial.")
    assert ("affiliatedWith", "Karl Nyberg", "Aster Hospital") in rels
    _, rels = run("Professor Ola Dahl (Aster University) leads the software work.")
    assert ("affiliatedWith", "Ola Dahl", "Aster University") in rels


def test_person_second_role_unit_and_founders(run):
    _, rels = run('"We are ready," said Ida Lund, research director at Norvik Labs and coordinator '
                  'of the Polaris Consortium.')
    assert ("affiliatedWith", "Ida Lund", "Norvik Labs") in rels
    assert ("affiliatedWith", "Ida Lund", "Polaris Consortium") in rels
    _, rels = run("The tool was built by Peter Hansen of Aster University's School of Medicine.")
    assert ("affiliatedWith", "Peter Hansen", "School of Medicine") in rels
    _, rels = run("Orvik Medical was co-founded in 2019 by its chief executive, Marta Keller, and "
                  "Jonas Berg, a former lecturer at Aster University.")
    assert ("affiliatedWith", "Marta Keller", "Orvik Medical") in rels
    assert ("affiliatedWith", "Jonas Berg", "Orvik Medical") in rels
    assert ("affiliatedWith", "Jonas Berg", "Aster University") in rels


def test_unit_apposition_and_affiliated_with(run):
    _, rels = run("The study was run by the Centre for Marine Robotics, a research centre at Aster University.")
    assert ("affiliatedWith", "Centre for Marine Robotics", "Aster University") in rels
    _, rels = run("Polaris Health, a knowledge and innovation community of the Nordic Institute of "
                  "Technology, held a summit.")
    assert ("affiliatedWith", "Polaris Health", "Nordic Institute of Technology") in rels
    _, rels = run("Kestrel Capital is the venture fund affiliated with Aster University.")
    assert ("affiliatedWith", "Kestrel Capital", "Aster University") in rels


def test_investment_wordings_seed_round_also_alongside(run):
    _, rels = run("Last year the founders set up Lumora, a Lund-based start-up that closed a €2 million "
                  "seed investment from Kestrel Capital and Norvik Ventures in May.")
    assert {("investsIn", "Kestrel Capital", "Lumora"), ("investsIn", "Norvik Ventures", "Lumora")} <= rels
    _, rels = run("Lumora has raised €8 million in a Series A investment round co-led by Kestrel "
                  "Capital and Norvik Ventures.")
    assert {("investsIn", "Kestrel Capital", "Lumora"), ("investsIn", "Norvik Ventures", "Lumora")} <= rels
    _, rels = run("Kestrel Capital and Norvik Ventures led a €9 million investment in Lumora in 2023; "
                  "Brightwater Partners was also an investor.")
    assert ("investsIn", "Brightwater Partners", "Lumora") in rels
    _, rels = run("Orvik Medical knew the start-up: its venture arm, Orvik Ventures, invested in "
                  "Lumora's €5 million round in 2022 alongside the Oslo fund Norvik Ventures.")
    assert {("investsIn", "Orvik Ventures", "Lumora"), ("investsIn", "Norvik Ventures", "Lumora")} <= rels
    _, rels = run("Kestrel Capital also invested in Lumora, as did the Nordic Innovation Fund.")
    assert ("investsIn", "Nordic Innovation Fund", "Lumora") in rels


def test_investment_wordings_lists_and_joined_by(run):
    _, rels = run("Lumora was backed by Oslo-based Kestrel Capital and Norvik Ventures, which invested "
                  "a combined €10 million in Lumora in 2021.")
    assert {("investsIn", "Kestrel Capital", "Lumora"), ("investsIn", "Norvik Ventures", "Lumora")} <= rels
    _, rels = run("Kestrel Capital led the investment in Lumora, joined by the Nordic Innovation Fund "
                  "and by Aster Enterprise, the commercialisation arm of Aster University.")
    assert {("investsIn", "Nordic Innovation Fund", "Lumora"), ("investsIn", "Aster Enterprise", "Lumora")} <= rels
    assert ("investsIn", "Aster University", "Lumora") not in rels
    _, rels = run("Lumora's investors, Kestrel Capital and Norvik Ventures, will sell their stakes.")
    assert ("investsIn", "Norvik Ventures", "Lumora") in rels
    # taking part in a programme alongside someone is no investment
    _, rels = run("Aster University participates in the Polaris programme alongside the Brenner Institute.")
    assert not any(r[0] == "investsIn" for r in rels)
    _, rels = run("Kestrel Capital did not invest in Lumora, unlike the Nordic Innovation Fund.")
    assert not any(r[0] == "investsIn" for r in rels)


def test_membership_all_members_group_includes_coordinated(run):
    _, rels = run("Orvik Medical, Aster Hospital and Aster University are all members of the Nordic "
                  "Imaging Consortium, a consortium that also includes Brenner Labs and the paediatric "
                  "clinic Kestrel Hospital.")
    for m in ("Orvik Medical", "Aster Hospital", "Aster University", "Brenner Labs", "Kestrel Hospital"):
        assert ("memberOf", m, "Nordic Imaging Consortium") in rels
    _, rels = run("Orvik Medical is one of 12 members of Polaris Network, the regional network for "
                  "imaging, which is coordinated by Aster University in Lund.")
    assert ("memberOf", "Aster University", "Polaris Network") in rels
    _, rels = run("The work is part of Polaris Network, a three-year project coordinated by Aster University.")
    assert ("memberOf", "Aster University", "Polaris Network") in rels
    _, rels = run("Tampere Medical participates in the Polaris Network programme alongside Aster University.")
    assert ("memberOf", "Aster University", "Polaris Network") in rels
    _, rels = run("Orvik Medical has not yet joined Polaris Network, a network that includes Brenner Labs.")
    assert ("memberOf", "Orvik Medical", "Polaris Network") not in rels


def test_partnership_works_with_together_with_researchers_from(run):
    _, rels = run("Brenner Labs, which is headquartered in Oslo, already works with Kestrel Biotech on a vaccine.")
    assert ("partnersWith", "Brenner Labs", "Kestrel Biotech") in rels
    _, rels = run("Brenner Labs carries out the research together with Kestrel Biotech and Aster University.")
    assert {("partnersWith", "Brenner Labs", "Kestrel Biotech"),
            ("partnersWith", "Brenner Labs", "Aster University")} <= rels
    _, rels = run("Scientists from the Brenner Institute in Oslo and the Kestrel Institute in Bergen "
                  "have developed a new blood test.")
    assert ("partnersWith", "Brenner Institute", "Kestrel Institute") in rels
    _, rels = run("Brenner Labs is in talks to carry out the research together with Kestrel Biotech.")
    assert not any(r[0] == "partnersWith" for r in rels)


def test_develops_grant_for_development_and_developed_with(run):
    _, rels = run("Brenner Labs has received a €2 million grant from the Nordic Research Council for "
                  "the development of its lidar scanner.")
    assert ("develops", "Brenner Labs", "lidar scanner") in rels
    assert ("develops", "Nordic Research Council", "lidar scanner") not in rels
    _, rels = run("The robots use a navigation system called OrbitNav, which it developed with Kestrel Biotech.")
    assert ("develops", "Kestrel Biotech", "OrbitNav") in rels
    _, rels = run("Brenner Labs, the research arm of Orvik Medical, has joined forces with Aster Hospital "
                  "and Aster University to develop NurseScan, an ultrasound assistant.")
    for o in ("Brenner Labs", "Aster Hospital", "Aster University"):
        assert ("develops", o, "NurseScan") in rels


def test_funding_further_from_under_and_public_money(run):
    _, rels = run("Lumora has received €5 million in funding from the Nordic Research Council and a "
                  "further €3 million from Innovation Norway for the new line.")
    assert {("fundedBy", "Lumora", "Nordic Research Council"), ("fundedBy", "Lumora", "Innovation Norway")} <= rels
    _, rels = run("Polaris Network has received €2 million from the Ministry of Research under the "
                  "National Recovery Plan.")
    assert {("fundedBy", "Polaris Network", "National Recovery Plan"),
            ("fundedBy", "Polaris Network", "Ministry of Research")} <= rels
    # money from a company is no public funding; a plan is no fact
    _, rels = run("Lumora has received €2 million from Orvik Medical.")
    assert not any(r[0] == "fundedBy" for r in rels)
    _, rels = run("Lumora hopes to receive €2 million from the Ministry of Research under the "
                  "National Recovery Plan.")
    assert not any(r[0] == "fundedBy" for r in rels)


def test_places_events_and_venues(run):
    _, rels = run("Around 3,000 engineers gathered for the 12th Nordic Robotics Conference, held in "
                  "Oslo, Norway, in May.")
    assert ("locatedIn", "Nordic Robotics Conference", "Oslo") in rels
    _, rels = run("The lab opened in Veldhoven, the Netherlands.")
    assert ("locatedIn", "Veldhoven", "Netherlands") in rels
    _, rels = run("The test town is in Susono, Shizuoka Prefecture.")
    assert ("locatedIn", "Susono", "Shizuoka Prefecture") in rels
    _, rels = run("The chemical company Orvik Chemicals takes part in Polaris Network and will "
                  "contribute data from its research site in Ludwigshafen.")
    assert ("locatedIn", "Orvik Chemicals", "Ludwigshafen") in rels
    assert ("locatedIn", "Polaris Network", "Ludwigshafen") not in rels
    _, rels = run("The firm first showed its robot at Robotica 2024, the robotics fair organised by "
                  "the Nordic Robotics Association at Oslo Spektrum in Oslo.")
    assert ("hosts", "Oslo Spektrum", "Robotica 2024") in rels
    _, rels = run("The Nordic Health Summit, organised by Aster University together with Brenner "
                  "Labs, runs from 3 to 5 June at Oslo Spektrum.")
    assert ("hosts", "Oslo Spektrum", "Nordic Health Summit") in rels
    _, rels = run("Researchers from ten organisations met at the main campus of Aster University "
                  "on 21 January for the kick-off meeting of the project.")
    assert ("hosts", "Aster University", "kick-off meeting") in rels


def test_round_co_led_after_long_subject_and_team_leader(run):
    _, rels = run("Lumora, a Lund-based start-up that develops lidar scanners, announced at the Nordic "
                  "Tech Summit that it has raised €8 million in a Series A round co-led by Kestrel "
                  "Capital and Norvik Ventures.")
    assert {("investsIn", "Kestrel Capital", "Lumora"), ("investsIn", "Norvik Ventures", "Lumora")} <= rels
    _, rels = run('"It is hard," said Maria Lopez, a senior researcher at Brenner Labs who leads the '
                  'Polaris Network team.')
    assert ("affiliatedWith", "Maria Lopez", "Polaris Network") in rels
    # "the photonics group at X" is a unit of X, not an anaphor for the company named before
    _, rels = run("Brenner Labs builds chips in Oslo. Karl Nyberg, who heads the photonics group at "
                  "Aster University, said the tests went well.")
    assert ("affiliatedWith", "Karl Nyberg", "Aster University") in rels
    assert ("affiliatedWith", "Karl Nyberg", "Brenner Labs") not in rels


def test_joint_lab_opened_and_city_fund(run):
    _, rels = run("The Brenner Institute and Orvik Medical today opened the joint Photonics Lab in Lund.")
    assert ("partnersWith", "Brenner Institute", "Orvik Medical") in rels
    _, rels = run("Lumora raised money from the Tallinn fund Norvik Ventures.")
    assert ("locatedIn", "Norvik Ventures", "Tallinn") in rels


def test_bullet_list_of_partners_under_a_heading(run):
    _, rels = run("HYDRA-X consortium starts work\n\nThe HYDRA-X consortium met in Brussels.\n\n"
                  "Project partners:\n- Kessel Institute for Solar Systems, Germany\n- Aalto University, "
                  "Finland\n- Varnow GmbH (Austria)\n")
    for org in ("Kessel Institute for Solar Systems", "Aalto University", "Varnow GmbH"):
        assert ("memberOf", org, "HYDRA-X") in rels, org
    assert ("locatedIn", "Aalto University", "Finland") in rels
    assert ("locatedIn", "Kessel Institute for Solar Systems", "Germany") in rels


def test_bullet_list_without_a_project_is_a_star_from_the_first(run):
    _, rels = run("Three labs team up\n\nPartners:\n- Kessel Institute for Solar Systems\n"
                  "- Aalto University\n- Varnow GmbH\n")
    assert ("partnersWith", "Kessel Institute for Solar Systems", "Aalto University") in rels
    assert ("partnersWith", "Kessel Institute for Solar Systems", "Varnow GmbH") in rels
    assert not any(r[0] == "partnersWith" and r[1] == "Aalto University" for r in rels)


def test_funding_round_wording_gives_fundedby(run):
    _, rels = run("Brimvale Grid raised $30 million in a Series A funding round led by Quarry Capital.")
    assert ("fundedBy", "Brimvale Grid", "Quarry Capital") in rels
    assert ("investsIn", "Quarry Capital", "Brimvale Grid") not in rels
    _, rels = run("Brimvale Grid raised $30 million in a Series A investment round led by Quarry Capital.")
    assert ("investsIn", "Quarry Capital", "Brimvale Grid") in rels


# --- session 5 (dev5 false positives; invented sentences) ---------------------------------

def test_possessive_place_is_no_location(run):
    _, rels = run("Norway's state energy company Fjordane Kraft opened a lab in Bergen.")
    assert ("locatedIn", "Fjordane Kraft", "Norway") not in rels
    _, rels = run("Aster University, located in Varberg on Sweden's west coast, hired staff.")
    assert ("locatedIn", "Varberg", "Sweden") not in rels
    assert ("locatedIn", "Aster University", "Varberg") in rels
    # a place used as a plain modifier still locates the company
    _, rels = run("The Norwegian fund bought a stake in the Bergen start-up Fjordane Kraft.")
    assert ("locatedIn", "Fjordane Kraft", "Bergen") in rels


def test_possessor_of_a_named_unit_is_not_the_argument(run):
    _, rels = run("The workshop was organised by Aster University's Department of Optics.")
    assert ("organizes", "Department of Optics", "workshop") in rels or \
        any(r[0] == "organizes" and r[1] == "Department of Optics" for r in rels)
    assert not any(r[0] == "organizes" and r[1] == "Aster University" for r in rels)
    _, rels = run("Kessel Robotics signed an agreement with Norvik Group's Halden Energy Division.")
    assert ("partnersWith", "Halden Energy Division", "Kessel Robotics") in rels or \
        ("partnersWith", "Kessel Robotics", "Halden Energy Division") in rels
    assert not any(r[0] == "partnersWith" and "Norvik Group" in r[1:] for r in rels)
    _, rels = run("Mira Olsen, a policy analyst at the Norvik Group's Halden Energy Division, spoke.")
    assert ("affiliatedWith", "Mira Olsen", "Norvik Group") not in rels


def test_speaker_list_roles_stay_with_their_person(run):
    _, rels = run("Speakers include Dr Tomas Varga, head of research at Kessel Robotics; Lina Moretti, "
                  "chief executive of Halden Optics; and Professor Ian Brody of Aster University.")
    assert ("affiliatedWith", "Lina Moretti", "Kessel Robotics") not in rels
    assert ("affiliatedWith", "Ian Brody", "Kessel Robotics") not in rels
    assert ("affiliatedWith", "Ian Brody", "Halden Optics") not in rels
    assert ("affiliatedWith", "Lina Moretti", "Halden Optics") in rels
    # coordinated people share one role
    _, rels = run("Kessel Robotics was founded by Tomas Varga and Lina Moretti, two former researchers "
                  "at Halden Optics.")
    assert ("affiliatedWith", "Tomas Varga", "Halden Optics") in rels


def test_director_of_a_named_unit_at_a_parent(run):
    _, rels = run("Professor Ian Brody, director of the Varberg Institute for Marine Sensing at Aster "
                  "University, welcomed the grant.")
    assert ("affiliatedWith", "Ian Brody", "Varberg Institute for Marine Sensing") in rels
    assert ("affiliatedWith", "Ian Brody", "Aster University") not in rels
    # an unnamed field in between still reaches the employer
    _, rels = run("Ian Brody, professor of oceanography at Aster University, welcomed the grant.")
    assert ("affiliatedWith", "Ian Brody", "Aster University") in rels


def test_spin_off_is_an_origin_not_a_unit(run):
    _, rels = run("Tarnova, a 2018 spin-off of Aster University, developed the Q-Lens platform.")
    assert not any(r[0] == "affiliatedWith" for r in rels)
    assert ("develops", "Aster University", "Q-Lens platform") not in rels
    _, rels = run("Kessel Robotics was spun out of the Halden Institute in 2020.")
    assert not any(r[0] == "affiliatedWith" for r in rels)


def test_licence_grant_and_backers_are_no_funding(run):
    _, rels = run("Tarnova Bio has granted Kessel Pharma an exclusive licence to its lead antibody.")
    assert not any(r[0] == "fundedBy" for r in rels)
    _, rels = run("The Brenner Foundation has granted Tarnova Bio €2 million.")
    assert ("fundedBy", "Tarnova Bio", "Brenner Foundation") in rels
    _, rels = run("Tarnova Bio, whose backers include Norvik Ventures and Kestrel Capital, hired staff.")
    assert not any(r[0] in ("fundedBy", "investsIn") for r in rels)
    _, rels = run("Tarnova Bio, whose investors include Norvik Ventures and Kestrel Capital, hired staff.")
    assert ("investsIn", "Norvik Ventures", "Tarnova Bio") in rels


def test_list_after_funded_by_stops_at_the_verb(run):
    _, rels = run("Polaris Network, an association funded by the Nordic Research Council, counts "
                  "Aster University and Kessel Robotics among its members.")
    assert ("fundedBy", "Polaris Network", "Nordic Research Council") in rels
    assert ("fundedBy", "Polaris Network", "Aster University") not in rels
    assert ("fundedBy", "Polaris Network", "Kessel Robotics") not in rels


def test_designed_is_not_develop_wording(run):
    _, rels = run("Aster University designed the Q-Lens spectrometer, while Kessel Robotics built it.")
    assert not any(r[0] == "develops" for r in rels)


def _develops(rels, who):
    return any(r[0] == "develops" and r[1] == who and "Q-Lens" in r[2] for r in rels)


def test_developed_with_a_partner(run):
    _, rels = run("Tarnova Bio developed the Q-Lens platform together with the Halden Institute.")
    assert _develops(rels, "Tarnova Bio")
    assert _develops(rels, "Halden Institute")
    assert ("partnersWith", "Tarnova Bio", "Halden Institute") in rels or \
        ("partnersWith", "Halden Institute", "Tarnova Bio") in rels
    _, rels = run("Kessel Robotics developed the Q-Lens platform with engineers at Aster University.")
    assert _develops(rels, "Aster University")
    # passive without the main developer: only the named helper develops
    _, rels = run("The Q-Lens platform was developed with researchers at the Halden Institute.")
    assert any(r[0] == "develops" and r[1] == "Halden Institute" and "Q-Lens" in r[2] for r in rels)
    # "X's T, developed with Y"
    _, rels = run("Kessel Robotics' Q-Lens platform, developed with the Halden Institute, is used in "
                  "forty clinics.")
    assert _develops(rels, "Kessel Robotics")
    assert _develops(rels, "Halden Institute")
    # "developed by X together with Y"
    _, rels = run("The Q-Lens platform was developed by the Oslo-based start-up Tarnova Bio together "
                  "with Aster University.")
    assert ("partnersWith", "Tarnova Bio", "Aster University") in rels or \
        ("partnersWith", "Aster University", "Tarnova Bio") in rels
    # funding is no co-developer; a plan is no fact
    _, rels = run("Tarnova Bio developed the Q-Lens platform with funding from the Halden Institute.")
    assert not _develops(rels, "Halden Institute")
    _, rels = run("Tarnova Bio plans to develop the Q-Lens platform with the Halden Institute.")
    assert not any(r[0] in ("develops", "partnersWith") and "Halden Institute" in r[1:] for r in rels)


def test_funding_wording_variants(run):
    _, rels = run("Tarnova Bio and Aster University received €3 million in funding for the work from "
                  "the Norwegian Research Council.")
    assert ("fundedBy", "Tarnova Bio", "Norwegian Research Council") in rels
    assert ("fundedBy", "Aster University", "Norwegian Research Council") in rels
    _, rels = run("Kessel Robotics received €4 million in funding for the pilot from the Brenner Foundation.")
    assert ("fundedBy", "Kessel Robotics", "Brenner Foundation") in rels
    _, rels = run("The Halden Institute joins the project and is funded separately with €900,000 from "
                  "the Nordic Research Council.")
    assert ("fundedBy", "Halden Institute", "Nordic Research Council") in rels
    _, rels = run("The €9 million programme is backed by a €3 million grant that Kessel Robotics has "
                  "received from the Brenner Foundation.")
    assert ("fundedBy", "Kessel Robotics", "Brenner Foundation") in rels
    _, rels = run("Kessel Robotics hopes to receive €4 million in funding from the Brenner Foundation.")
    assert not any(r[0] == "fundedBy" for r in rels)


def test_list_member_with_a_city_descriptor(run):
    _, rels = run("Oslo-based Norvik Ventures and the London fund Kestrel Capital also took equity in "
                  "Tarnova Bio.")
    assert ("investsIn", "Norvik Ventures", "Tarnova Bio") in rels
    assert ("investsIn", "Kestrel Capital", "Tarnova Bio") in rels
    _, rels = run("Norvik Ventures, a backer of Tarnova Bio, hired staff.")
    assert not any(r[0] in ("investsIn", "fundedBy") for r in rels)


def test_media_contact_lines(run):
    _, rels = run("Orvik Medical opened a lab in Oslo.\n\nMedia: Tomas Varga, Head of Press Relations, "
                  "Orvik Medical, +47 555 0100")
    assert ("affiliatedWith", "Tomas Varga", "Orvik Medical") in rels
    _, rels = run("Orvik Medical opened a lab in Oslo.\n\nLina Moretti, Director of Communications, "
                  "Orvik Medical")
    assert ("affiliatedWith", "Lina Moretti", "Orvik Medical") in rels
    # a list of names without a role word is no contact line
    _, rels = run("Visitors included Lina Moretti, Tomas Varga, Orvik Medical and Kessel Robotics.")
    assert ("affiliatedWith", "Tomas Varga", "Orvik Medical") not in rels


def test_co_organisers_and_majority_owner(run):
    _, rels = run("The Nordic Battery Forum is organised by the Brenner Foundation and Aster University "
                  "at the Oslo Spektrum.")
    assert any(r[0] == "organizes" and r[1] == "Aster University" for r in rels)
    assert any(r[0] == "organizes" and r[1] == "Brenner Foundation" for r in rels)
    assert ("partnersWith", "Brenner Foundation", "Aster University") in rels or \
        ("partnersWith", "Aster University", "Brenner Foundation") in rels
    _, rels = run("The venture, Nordvolt Cells, was registered in Bergen in May and is 60% owned by "
                  "Kessel Robotics.")
    assert ("affiliatedWith", "Nordvolt Cells", "Kessel Robotics") in rels
    _, rels = run("Nordvolt Cells, registered in Bergen, is 30% owned by Kessel Robotics.")
    assert ("affiliatedWith", "Nordvolt Cells", "Kessel Robotics") not in rels


def test_bought_and_runs_as_subsidiary_and_purchase_lists(run):
    _, rels = run("Kessel Holdings, the Danish industrial group, bought Tarnova Bio in 2019 and runs it "
                  "as a wholly owned subsidiary.")
    assert ("acquires", "Kessel Holdings", "Tarnova Bio") in rels
    assert ("affiliatedWith", "Tarnova Bio", "Kessel Holdings") in rels
    _, rels = run("The deal follows Orvik Medical's purchase of Tarnova Bio in 2019 and of the Swedish "
                  "sensor maker Kessel Robotics in 2022.")
    assert ("acquires", "Orvik Medical", "Tarnova Bio") in rels
    assert ("acquires", "Orvik Medical", "Kessel Robotics") in rels
    _, rels = run("Orvik Medical's planned purchase of Tarnova Bio was called off.")
    assert not any(r[0] == "acquires" for r in rels)


def test_the_month_may_is_no_hedge(run):
    _, rels = run("Kessel Robotics acquired Tarnova Bio in May.")
    assert ("acquires", "Kessel Robotics", "Tarnova Bio") in rels
    _, rels = run("Kessel Robotics may acquire Tarnova Bio.")
    assert not any(r[0] == "acquires" for r in rels)


def test_sites_in_city_region_lists(run):
    _, rels = run("Orvik Medical has facilities in Tromsø, Norway, and Uppsala, Sweden.")
    assert ("locatedIn", "Orvik Medical", "Tromsø") in rels
    assert ("locatedIn", "Orvik Medical", "Uppsala") in rels
    assert ("locatedIn", "Orvik Medical", "Norway") not in rels
    assert ("locatedIn", "Orvik Medical", "Sweden") not in rels
    # a plain list of countries stays a list
    _, rels = run("Orvik Medical has offices in Norway, Sweden and Finland.")
    assert {("locatedIn", "Orvik Medical", c) for c in ("Norway", "Sweden", "Finland")} <= rels


def test_subject_behind_a_nested_apposition(run):
    _, rels = run("Tarnova Bio, a start-up spun out of the Halden Institute, the marine research centre "
                  "of Aster University, has won €2 million in funding from the Brenner Foundation.")
    assert ("fundedBy", "Tarnova Bio", "Brenner Foundation") in rels
    assert ("fundedBy", "Halden Institute", "Brenner Foundation") not in rels


def test_place_on_a_coast_and_dateline_places(run):
    _, rels = run("Kessel Robotics is headquartered in Varberg on the Halland coast.")
    assert ("locatedIn", "Kessel Robotics", "Varberg") in rels
    assert not any(r[0] == "locatedIn" and r[1] == "Varberg" for r in rels)
    _, rels = run("BERGEN, Norway, 3 March 2025 — Kessel Robotics, a company that is headquartered in "
                  "Stavanger, opened a lab.")
    assert ("locatedIn", "Bergen", "Stavanger") not in rels


def test_joint_unveiling_hosted_by_and_under_its_programme(run):
    _, rels = run("OSLO, 3 June 2025 – Tarnova Bio, an Oslo-based imaging company, and Aster University "
                  "(AU) unveiled the Q-Lens scanner.")
    assert ("partnersWith", "Tarnova Bio", "Aster University") in rels or \
        ("partnersWith", "Aster University", "Tarnova Bio") in rels
    _, rels = run("The deal was signed at a ceremony at the Bergen Chamber of Commerce in Bergen, hosted "
                  "by the Ministry of Trade.")
    assert any(r[0] == "hosts" and r[1] == "Ministry of Trade" for r in rels)
    _, rels = run("Kessel Robotics received a €1 million grant from the Ministry of Science under its "
                  "Nova Pioneer programme.")
    assert any(r[0] == "affiliatedWith" and r[2] == "Ministry of Science" and "Nova" in r[1] for r in rels)


def test_unit_apposition_after_a_list_belongs_to_the_last_member(run):
    _, rels = run("Tarnova Bio raised €5 million, with Norvik Capital and Kestrel Labs, Orvik's "
                  "venture capital arm, also taking part.")
    assert ("affiliatedWith", "Kestrel Labs", "Orvik") in rels
    assert ("affiliatedWith", "Norvik Capital", "Orvik") not in rels


def test_grant_from_stays_in_its_clause(run):
    _, rels = run("The Oslo team received funding from the Brenner Foundation, while the Bergen group was "
                  "supported by a grant of €2 million from the Nordic Research Council.")
    assert ("fundedBy", "Brenner Foundation", "Nordic Research Council") not in rels
    _, rels = run("The start-up was incubated at Aster University and received a €1 million grant from "
                  "the Brenner Foundation.")
    assert ("fundedBy", "Aster University", "Brenner Foundation") not in rels
    _, rels = run("Kessel Robotics received a €1 million grant from the Brenner Foundation.")
    assert ("fundedBy", "Kessel Robotics", "Brenner Foundation") in rels


def test_group_brings_together_a_parenthesised_list(run):
    _, rels = run("The NORDA-7 consortium of 9 partners brings together the Kessel Institute of Technology "
                  "(KIT), Aalto University (Finland), SINTEF (Norway) and the industrial partners Varnow GmbH "
                  "(Germany) and Brevant Robotics (Denmark).")
    for org in ("Kessel Institute of Technology", "Aalto University", "SINTEF", "Varnow GmbH", "Brevant Robotics"):
        assert ("memberOf", org, "NORDA-7") in rels, org
    _, rels = run("The summit brings together Aalto University and SINTEF.")
    assert not [r for r in rels if r[0] == "memberOf"]


def test_coordinator_together_with_partners(run):
    _, rels = run("Aalto University coordinates the NORDA-7 consortium together with SINTEF (Norway), "
                  "Tecnalia (Spain) and Varnow GmbH (Germany).")
    for org in ("SINTEF", "Tecnalia", "Varnow GmbH"):
        assert ("memberOf", org, "NORDA-7") in rels, org
    assert not [r for r in rels if r[0] == "partnersWith" and "NORDA-7" in r]


def test_is_a_city_based_company(run):
    _, rels = run("Kessel Robotics is a Munich-based company. Halvard Bio is a Boston-based biotechnology "
                  "company founded in 2021.")
    assert ("locatedIn", "Kessel Robotics", "Munich") in rels
    assert ("locatedIn", "Halvard Bio", "Boston") in rels


def test_clause_it_is_the_sentence_subject(run):
    _, rels = run("Brevant Chemical acquired Tarvio Materials in January, its second deal after it bought the "
                  "Danish separator maker Kessel Ionics in 2022. Halvex Group kept buying: it acquired the "
                  "German maker Lindqvist Gase in 2023.")
    assert ("acquires", "Brevant Chemical", "Kessel Ionics") in rels
    assert ("acquires", "Halvex Group", "Lindqvist Gase") in rels
    _, rels = run("Brevant Chemical said it plans to buy Kessel Ionics.")
    assert not [r for r in rels if r[0] == "acquires"]


def test_round_participants_with_also_taking_part(run):
    _, rels = run("Tarvio Labs raised €85 million in a Series B investment round led by Quarry Capital, "
                  "with Brevant Ventures and NorthPeak, Halvex's venture capital arm, also taking part.")
    assert ("investsIn", "Quarry Capital", "Tarvio Labs") in rels
    assert ("investsIn", "Brevant Ventures", "Tarvio Labs") in rels
    _, rels = run("Tarvio Labs raised €5 million in an investment round led by Quarry Capital, with "
                  "Brevant Ventures co-investing.")
    assert ("investsIn", "Brevant Ventures", "Tarvio Labs") in rels


def test_consortium_list_with_acronym_and_country_in_parentheses(run):
    _, rels = run("The NORVANTA project started in May. Besides Ghent University, the consortium comprises "
                  "the Fraunhofer Institute for Laser Technology (ILT, Germany), SINTEF (Norway), the "
                  "Danish recycler Kemra Metals, Veltrix (Slovenia), the University of Oslo (UiO, Norway) "
                  "and the European Battery Alliance (EBA), which will lead dissemination.")
    for member in ("Ghent University", "Fraunhofer Institute for Laser Technology", "SINTEF",
                   "Kemra Metals", "Veltrix", "University of Oslo", "European Battery Alliance"):
        assert ("memberOf", member, "NORVANTA") in rels, member
    assert ("locatedIn", "University of Oslo", "Norway") in rels


def test_the_project_is_not_an_association_named_before(run):
    _, rels = run("The Orbis project recycles batteries. Its partners include the Nordic Association for "
                  "Energy Storage. Kelvo Labs joins the project as an associated partner.")
    assert ("memberOf", "Kelvo Labs", "Orbis") in rels
    assert ("memberOf", "Kelvo Labs", "Nordic Association for Energy Storage") not in rels


def test_pair_anaphor_and_fronted_pronoun(run):
    _, rels = run("Kelvo and Brenner Chemical formed a venture. Both companies are members of the European "
                  "Battery Alliance (EBA).")
    assert ("memberOf", "Kelvo", "European Battery Alliance") in rels
    assert ("memberOf", "Brenner Chemical", "European Battery Alliance") in rels
    _, rels = run("Falcon Orbital and the University of Twente built the satellite. Lumen-3 was developed "
                  "jointly by the two organisations over three years.")
    assert ("develops", "Falcon Orbital", "Lumen-3") in rels
    assert ("develops", "University of Twente", "Lumen-3") in rels
    _, rels = run("Velox Bio is a Zurich spin-off. In 2023 it raised EUR 22m in a Series A round led by "
                  "Forbion, with Novo Holdings joining.")
    assert ("investsIn", "Forbion", "Velox Bio") in rels
    assert ("investsIn", "Novo Holdings", "Velox Bio") in rels


def test_possessive_round_led_by_with_participation(run):
    _, rels = run("Nordhaus Bio makes enzymes. Its €11 million Series A investment round, closed in 2024, was "
                  "led by Munich's Alta Ventures with participation from Brix Capital and the Swiss fund "
                  "Alpenrock Partners.")
    for investor in ("Alta Ventures", "Brix Capital", "Alpenrock Partners"):
        assert ("investsIn", investor, "Nordhaus Bio") in rels, investor


def test_member_of_two_groups_and_codevelopment(run):
    _, rels = run("Lekko is a member of the Africa E-Mobility Alliance and of the Kenya Power Association.")
    assert ("memberOf", "Lekko", "Africa E-Mobility Alliance") in rels
    assert ("memberOf", "Lekko", "Kenya Power Association") in rels
    _, rels = run("The model, called Marlo, was developed by the Berlin-based start-up Fennek AI together "
                  "with Charité.")
    assert ("develops", "Fennek AI", "Marlo") in rels
    assert ("develops", "Charité", "Marlo") in rels


def test_announced_that_it_completed_its_acquisition(run):
    _, rels = run("Tarvio Medical (NASDAQ: TRVM), a surgical robotics company focused on knee surgery, today "
                  "announced that it has completed its acquisition of Holm Ridge Surgical, the Salt Lake "
                  "City-based maker of the Quell navigation system.")
    assert ("acquires", "Tarvio Medical", "Holm Ridge Surgical") in rels
    assert ("locatedIn", "Holm Ridge Surgical", "Salt Lake City") in rels


def test_units_stakes_products_and_facilities(run):
    _, rels = run("QuTech, the quantum research institute of Delft University of Technology and TNO, hired "
                  "ten staff.")
    assert ("affiliatedWith", "QuTech", "Delft University of Technology") in rels
    assert len([r for r in rels if r[0] == "affiliatedWith" and r[1] == "QuTech"]) == 2
    _, rels = run("Kanemori Materials makes resists. In October 2024 it took a majority stake in Mitsuura "
                  "Chemical, a Kyushu-based producer of solvents.")
    assert ("affiliatedWith", "Mitsuura Chemical", "Kanemori Materials") in rels
    assert not [r for r in rels if r[0] == "investsIn"]
    _, rels = run("The start-up's first product, Frostline, is a control chip that Qubitra developed during "
                  "two years of incubation.")
    assert ("develops", "Qubitra", "Frostline") in rels
    _, rels = run("Falak built the satellite platform and will operate it from its ground station in Al Ain.")
    assert ("locatedIn", "Falak", "Al Ain") in rels
    _, rels = run("Of the €9.6 million, €1.7 million goes to KU Leuven and €1.2 million to Fraunhofer ISC, "
                  "which will scale up the extraction step in its pilot site in Würzburg.")
    assert ("locatedIn", "KU Leuven", "Würzburg") not in rels     # "its" is Fraunhofer ISC's


def test_event_place_and_organizer_wordings(run):
    _, rels = run("Qubitra will demonstrate Frostline at Quantum Meets, the international quantum conference "
                  "organised by Quantum Delta NL, which takes place in Amsterdam on 10–12 June.")
    assert ("locatedIn", "Quantum Meets", "Amsterdam") in rels
    assert ("organizes", "Quantum Delta NL", "Quantum Meets") in rels
    _, rels = run("Marsh Seeds is a member of the Grain Industry Association of Western Australia (GIWA), whose "
                  "Oilseeds Forum in Perth on 29 April will feature the program.")
    assert ("organizes", "Grain Industry Association of Western Australia", "Oilseeds Forum") in rels


def test_based_supplier_is_the_company(run):
    _, rels = run("Kanemori Materials makes resists. The Tokyo-based supplier of photoresists will pay a "
                  "termination fee of ¥9.3 billion.")
    assert ("locatedIn", "Kanemori Materials", "Tokyo") in rels


def test_acquisition_wordings_with_unfamiliar_names(run):
    cases = [
        ("Nordic Paper Buys Pulp Mill Operator Ljusne Bruk", "Nordic Paper", "Ljusne Bruk"),
        ("The takeover of brake specialist Freni Lario by Tessitore Group was completed on 1 July.",
         "Tessitore Group", "Freni Lario"),
        ("Aldan Foods has signed a definitive agreement to acquire the Dutch snack maker Krokant B.V. for "
         "€95 million.", "Aldan Foods", "Krokant B.V."),
        ("Trimline Plc agreed to buy medtech firm Clonmed for $310m, it said on Monday.", "Trimline Plc", "Clonmed"),
        ("Octavia Software, which Kyndrion bought in 2022, now accounts for a third of group revenue.",
         "Kyndrion", "Octavia Software"),
        ("STOCKHOLM, 21 January 2025 — Elkraft AB today announced that it has acquired Uppsala-based "
         "Gridsense for SEK 1.1 billion.", "Elkraft AB", "Gridsense"),
        ("Following its acquisition by Varnholt, Lumina Sensors will keep its brand.", "Varnholt", "Lumina Sensors"),
    ]
    for text, buyer, bought in cases:
        _, rels = run(text)
        assert ("acquires", buyer, bought) in rels, text
    _, rels = run("Over 2024, Nexora bought three companies: Stackly, Quillmark Labs and Verity Data.")
    for bought in ("Stackly", "Quillmark Labs", "Verity Data"):
        assert ("acquires", "Nexora", bought) in rels, bought


def test_membership_wordings(run):
    cases = [
        ("Brno University of Technology is a member of the NEXUS-EU university alliance.",
         [("Brno University of Technology", "NEXUS-EU")]),
        ("Swiss robotics firm Gotthard Robotics has joined the euRobotics association as a full member.",
         [("Gotthard Robotics", "euRobotics")]),
        ("Dunatech became the 50th member of the European Battery Alliance in March.",
         [("Dunatech", "European Battery Alliance")]),
        ("The Pan-European Quantum Internet Alliance (PEQIA) welcomed three new members this month: QuTech, "
         "Qblox and the University of Innsbruck.",
         [(m, "Pan-European Quantum Internet Alliance") for m in ("QuTech", "Qblox", "University of Innsbruck")]),
        ("Among the organisations participating in the CLEANSEA project are the Marine Institute and the "
         "Hellenic Centre for Marine Research (HCMR).",
         [("Marine Institute", "CLEANSEA"), ("Hellenic Centre for Marine Research", "CLEANSEA")]),
        ("Three hospitals participate in the PEDIGENE project: Hôpital Necker, Hospital Sant Joan de Déu and "
         "Great Ormond Street Hospital.",
         [(m, "PEDIGENE") for m in ("Hôpital Necker", "Hospital Sant Joan de Déu", "Great Ormond Street Hospital")]),
        ("The Photonics Valley Cluster has admitted a new member. Start-up Lumenta, which makes laser diodes, "
         "is the cluster's newest member.", [("Lumenta", "Photonics Valley Cluster")]),
        ("Partner organisations of the FAIRHealth network include Institut Pasteur de Lille, the Luxembourg "
         "Institute of Health and Sciensano.",
         [(m, "FAIRHealth") for m in ("Institut Pasteur de Lille", "Luxembourg Institute of Health", "Sciensano")]),
        ("Fintech lender Cresta Finance has signed up as a member of the Green Finance Observatory.",
         [("Cresta Finance", "Green Finance Observatory")]),
    ]
    for text, pairs in cases:
        _, rels = run(text)
        for member, group in pairs:
            assert ("memberOf", member, group) in rels, text


def test_event_host_and_venue_wordings(run):
    _, rels = run("More than 4,000 delegates gathered at ExCeL London for Future Grid Expo 2024.")
    assert ("hosts", "ExCeL London", "Future Grid Expo 2024") in rels
    _, rels = run("Hosted by the Politecnico di Bari, the Mediterranean Robotics Summit 2025 attracted 900 "
                  "participants.")
    assert ("hosts", "Politecnico di Bari", "Mediterranean Robotics Summit 2025") in rels
    _, rels = run("The Cyber Valley Days 2024 took place at the Max Planck Institute for Intelligent Systems "
                  "in Tübingen.")
    assert ("hosts", "Max Planck Institute for Intelligent Systems", "Cyber Valley Days 2024") in rels
    _, rels = run("Gothenburg played host to the Nordic Life Science Days for the first time this September.")
    assert ("hosts", "Gothenburg", "Nordic Life Science Days") in rels
    _, rels = run("The Italian-Chinese Chamber of Commerce organised the Sino-Italian Design Forum in Shanghai.")
    assert ("organizes", "Italian-Chinese Chamber of Commerce", "Sino-Italian Design Forum") in rels


def test_investment_wordings(run):
    cases = [
        ("Orsolya Capital invested HUF 800 million in the battery recycler Ciklus.",
         [("Orsolya Capital", "Ciklus")]),
        ("After a year of due diligence, Nairobi-based Savanna Impact Fund committed USD 7.5 million in equity "
         "to the solar-irrigation company Jua Farms.", [("Savanna Impact Fund", "Jua Farms")]),
        ("With fresh investment from Octopus Ventures, Leeds-based Cellular Agrico will scale up its plant.",
         [("Octopus Ventures", "Cellular Agrico")]),
        ("The £3m investment into Glasgow-based Spectra Foods comes from Eos Fund and Par Equity.",
         [("Eos Fund", "Spectra Foods"), ("Par Equity", "Spectra Foods")]),
        ("Through its evergreen fund, Imperial College London has invested in more than 30 spinouts, among "
         "them Nanovox and Fluidic Genomics.",
         [("Imperial College London", "Nanovox"), ("Imperial College London", "Fluidic Genomics")]),
    ]
    for text, pairs in cases:
        _, rels = run(text)
        for investor, company in pairs:
            assert ("investsIn", investor, company) in rels, text


def test_partnership_wordings(run):
    cases = [
        ("Lumora Bio Teams Up With Karolinska Institutet On Organoid Screening", ("Lumora Bio", "Karolinska Institutet")),
        ("Nordhavn Shipping signed a memorandum of understanding with DTU Wind and Energy Systems.",
         ("Nordhavn Shipping", "DTU Wind and Energy Systems")),
        ("ZURICH, 14 May 2025 — Alpenlicht AG and ETH Zurich have entered into a cooperation agreement on "
         "quantum sensors.", ("Alpenlicht AG", "ETH Zurich")),
        ("Pellucid Optics is working alongside the Institute of Photonic Sciences in Castelldefels on a laser.",
         ("Pellucid Optics", "Institute of Photonic Sciences")),
        ("Vela Maritime and the Norwegian University of Science and Technology (NTNU) are partners in a new "
         "effort to electrify harbour tugs.", ("Vela Maritime", "Norwegian University of Science and Technology")),
    ]
    for text, pair in cases:
        _, rels = run(text)
        assert ("partnersWith",) + pair in rels, text
    _, rels = run("The Università di Trento and FBK are partners of the EDIH4Trentino hub.")
    assert not [r for r in rels if r[0] == "partnersWith"]


def test_funding_sentences_that_open_with_the_word(run):
    _, rels = run("Funded under the Digital Europe Programme, the CyberSHIELD project started in January 2025.")
    assert ("fundedBy", "CyberSHIELD", "Digital Europe") in rels
    _, rels = run("Funding for the Marsilli Institute comes from the Fondazione Cariplo, which has committed "
                  "€4 million.")
    assert ("fundedBy", "Marsilli Institute", "Fondazione Cariplo") in rels
    _, rels = run("Backed by Quorvex Fund, the Arlo project started in May.")
    assert not [r for r in rels if r[0] == "fundedBy"]


def test_facilities_in_places(run):
    _, rels = run("Norvik Aero has its European headquarters in Tarragona and maintenance hangars in Bilbao and "
                  "Porto. Brenna Minerals runs processing plants in Kitwe and Ndola and a sales office in Lusaka. "
                  "Selvara Cloud, with offices in Athens and Thessaloniki, said it would hire 80 engineers. "
                  "Kessel Logistics's warehouses in Ghent and Lille are automated.")
    for org, place in (("Norvik Aero", "Tarragona"), ("Norvik Aero", "Bilbao"), ("Norvik Aero", "Porto"),
                       ("Brenna Minerals", "Kitwe"), ("Brenna Minerals", "Ndola"), ("Brenna Minerals", "Lusaka"),
                       ("Selvara Cloud", "Athens"), ("Selvara Cloud", "Thessaloniki"),
                       ("Kessel Logistics", "Ghent"), ("Kessel Logistics", "Lille")):
        assert ("locatedIn", org, place) in rels, (org, place)


def test_a_list_of_places_is_no_city_country_pair(run):
    _, rels = run("Velmora Space operates ground stations in Svalbard, Chile and New Zealand. Tarvio Labs has "
                  "two sites: one in Oakland, California, and one in Austin, Texas.")
    assert ("locatedIn", "Svalbard", "Chile") not in rels
    assert ("locatedIn", "Velmora Space", "Svalbard") in rels
    assert ("locatedIn", "Oakland", "California") in rels


def test_pattern_documentation_is_not_a_relation_note(extractor):
    from kgraph.records import Article
    r = extractor.extract(Article(id="t", text="Brenna Minerals runs processing plants in Kitwe and Ndola."))
    assert r.relations and all(x.note is None or "'" not in x.note for x in r.relations)


def test_preposed_based_in_and_described_companies(run):
    ex, rels = run("Based in Nairobi, Kenya, Tarvio Data builds scoring models. Kessel Solar, based in Ghana, "
                   "said it will install mini-grids. The Vilnius fintech Brenna Pay moved its team. "
                   "Lumio Minerals, a Lubumbashi-based miner, sells cobalt. Tbilisi-based Kessel Software and "
                   "Yerevan-based Tarvio Robotics signed a cooperation agreement. Opal Grid Systems (Perth, Western "
                   "Australia) appointed a new board.")
    for org, place in (("Tarvio Data", "Nairobi"), ("Kessel Solar", "Ghana"), ("Brenna Pay", "Vilnius"),
                       ("Lumio Minerals", "Lubumbashi"), ("Kessel Software", "Tbilisi"), ("Tarvio Robotics", "Yerevan"),
                       ("Opal Grid Systems", "Perth"), ("Perth", "Western Australia")):
        assert ("locatedIn", org, place) in rels, (org, place)
    assert not [e for e in ex.entities if e.type == "Person"]


def test_affiliation_wordings_in_news(run):
    ex, rels = run("Speakers include Hiroshi Tanabe (University of Tokyo) and Carla Mendes (Embraer). "
                   "Lena Vogel has joined Quellstein Semiconductors as chief financial officer. "
                   "Asked about the delay, a spokesperson for Hoshino Medical, Yuki Satou, declined to comment. "
                   "Brenna Labs has hired Sebastián Ortiz, formerly of MercadoLibre, to run its payments business. "
                   "Ingrid Solheim of the Oslo-based Fjordlys Institute spoke. "
                   "Minji Seo leads Hanbit Motors's autonomous driving team. "
                   "“We are proud,” said Valeria Conti, Sirocco Energia's CEO, and Matteo Greco, its head of "
                   "engineering. Kessel Aero's chief executive, Ana Ruiz, told reporters the plant would open.")
    for person, org in (("Hiroshi Tanabe", "University of Tokyo"), ("Carla Mendes", "Embraer"),
                        ("Lena Vogel", "Quellstein Semiconductors"), ("Yuki Satou", "Hoshino Medical"),
                        ("Sebastián Ortiz", "Brenna Labs"), ("Sebastián Ortiz", "MercadoLibre"),
                        ("Ingrid Solheim", "Fjordlys Institute"), ("Minji Seo", "Hanbit Motors"),
                        ("Matteo Greco", "Sirocco Energia"), ("Ana Ruiz", "Kessel Aero")):
        assert ("affiliatedWith", person, org) in rels, (person, org)
    past = [r for r in ex.relations if r.type == "affiliatedWith" and r.note == "past"]
    assert len(past) == 1


def test_names_with_a_head_word_or_a_spelt_acronym_are_organizations(run):
    ex, _ = run("The trials ran with the Malaria Research and Training Center (MRTC) in Bamako, while "
                "Zürcher Kantonalbank (ZKB) and Kessel Capital joined as co-investors. Speakers included "
                "Mette Kjær of Hansa Batterier.")
    orgs = {e.canonical: e for e in ex.entities if e.type == "Organization"}
    assert "Malaria Research and Training Center" in orgs and "MRTC" in orgs["Malaria Research and Training Center"].aliases
    assert "Zürcher Kantonalbank" in orgs and "Hansa Batterier" in orgs
    assert not [e for e in ex.entities if e.type == "Person" and e.canonical != "Mette Kjær"]


def test_membership_wordings_in_news(run):
    _, rels = run("Kessel Diagnostics Becomes Latest Member Of Global Sensing Alliance\n\n"
                  "The Baltic Harbours Association (BHA) welcomed Tarvio Robotics as an associate member. "
                  "Universität Stuttgart coordinates the NORVANTA consortium, in which Brenna Antriebe GmbH and "
                  "Lumio Polymers also take part. The Pacific Sensing Consortium has added Velmora Space to its "
                  "membership, alongside Kessel Drones Ltd. Opal Robotics is one of 60 companies in the Valley "
                  "Robotics Association. Saheli Water Systems has been admitted to the West African Utilities "
                  "Association as an observer member. The MEDIGRID consortium — Makerere University, the "
                  "University of Cape Town and Tarvio Diagnostics — has signed its consortium agreement. EUGLOH, the "
                  "European university alliance whose members include Lund University and LMU Munich, met.")
    for m, n in (("Kessel Diagnostics", "Global Sensing Alliance"), ("Tarvio Robotics", "Baltic Harbours Association"),
                 ("Brenna Antriebe GmbH", "NORVANTA"), ("Lumio Polymers", "NORVANTA"),
                 ("Velmora Space", "Pacific Sensing Consortium"), ("Kessel Drones Ltd", "Pacific Sensing Consortium"),
                 ("Opal Robotics", "Valley Robotics Association"),
                 ("Saheli Water Systems", "West African Utilities Association"),
                 ("Makerere University", "MEDIGRID"), ("Tarvio Diagnostics", "MEDIGRID"),
                 ("Lund University", "EUGLOH"), ("LMU Munich", "EUGLOH")):
        assert ("memberOf", m, n) in rels, (m, n)


def test_a_valley_described_as_a_consortium_and_its_founding_members(run):
    ex, rels = run("Robo Valley, a research consortium for robotics based in the state of Tarvia, was launched "
                   "in 2019. Its founding members are the Kessel Institute, the State of Tarvia and the "
                   "University of Brenna, together with the companies Lumio and Opal Robotics.")
    orgs = {e.canonical: e for e in ex.entities if e.type == "Organization"}
    assert "Robo Valley" in orgs and orgs["State of Tarvia"].subtype == "Government"
    for m in ("Kessel Institute", "State of Tarvia", "University of Brenna", "Lumio", "Opal Robotics"):
        assert ("memberOf", m, "Robo Valley") in rels, m


def test_the_programme_refers_to_the_named_programme(run):
    _, rels = run("The Ministry of Research is funding NORDMAT (NDM), a new research programme on battery "
                  "materials. The programme is led by the University of Brenna and brings together the Kessel "
                  "Institute and the Tarvio Institute of Technology.")
    for m in ("Kessel Institute", "Tarvio Institute of Technology"):
        assert ("memberOf", m, "NORDMAT") in rels, m


def test_a_sentence_opening_participle_is_no_organization(run):
    ex, _ = run("Coordinated by the University of Brenna, NORDMAT brings together five partners.")
    assert "Coordinated" not in {e.canonical for e in ex.entities}


def test_an_event_named_with_its_organizer(run):
    ex, rels = run("The Nordic Harbours Association annual meeting was hosted by Tarvio Robotics.")
    events = {e.canonical for e in ex.entities if e.type == "Event"}
    assert "Nordic Harbours Association annual meeting" in events
    assert ("organizes", "Nordic Harbours Association", "Nordic Harbours Association annual meeting") in rels
    assert ("hosts", "Tarvio Robotics", "Nordic Harbours Association annual meeting") in rels
    _, rels = run("Kessel Semiconductors held its first investor day on 19 November.")
    assert ("organizes", "Kessel Semiconductors", "investor day") in rels


def test_more_location_wordings(run):
    _, rels = run("Rival Kessel Orbital, also based in Bengaluru, launched a satellite. Tarvio Capital, the "
                  "Zurich-headquartered venture firm, backed it. Lumio Chemie is a unit of Brenna AG, whose "
                  "main site is in Visp. Opal Photonics will make the chips on its production line in Enschede.")
    for org, place in (("Kessel Orbital", "Bengaluru"), ("Tarvio Capital", "Zurich"), ("Brenna AG", "Visp"),
                       ("Opal Photonics", "Enschede")):
        assert ("locatedIn", org, place) in rels, (org, place)


def test_a_registry_company_name_goes_on_over_a_corporate_suffix(run):
    ex, _ = run("LioniX International will manufacture the circuits.")
    assert "LioniX International" in {e.canonical for e in ex.entities if e.type == "Organization"}


def test_appointments_promotions_and_past_employers(run):
    _, rels = run("Dana-Farber Cancer Institute has named Priya Ramasamy chief scientific officer. Atlas "
                  "Venture has promoted Daniel Choi to partner. MassBio has elected Jorge Alvaro, general counsel "
                  "of Moderna, as chair of its board. Ramasamy, a lung-cancer biologist, spent eleven years at "
                  "Genentech.")
    assert ("affiliatedWith", "Priya Ramasamy", "Dana-Farber Cancer Institute") in rels
    assert ("affiliatedWith", "Daniel Choi", "Atlas Venture") in rels
    assert ("affiliatedWith", "Jorge Alvaro", "Moderna") in rels
    assert ("affiliatedWith", "Priya Ramasamy", "Genentech") in rels
    _, rels = run("Kessel Robotics has named Berlin its preferred site.")
    assert not [r for r in rels if r[0] == "affiliatedWith"]


def test_a_singular_role_describes_only_its_own_name(run):
    _, rels = run("Skrevo was founded in 2021 by Marta Zielińska, a former data lead at the insurer PZU, and "
                  "Tomasz Wróbel, who previously worked as a researcher at the Warsaw University of Technology.")
    assert ("affiliatedWith", "Marta Zielińska", "PZU") in rels
    assert ("affiliatedWith", "Tomasz Wróbel", "PZU") not in rels
    assert ("affiliatedWith", "Tomasz Wróbel", "Warsaw University of Technology") in rels


def test_trials_and_pilots_run_with_an_organization_are_joint_activity(run):
    _, rels = run("Brennfeed Ltd carried out feeding trials with the Irish Dairy Institute last year. Since "
                  "March, Trambotix AG has been running a pilot with Zurich Transport Authority on one route. "
                  "Kessel Robotics runs a lab with 40 engineers.")
    pairs = {frozenset((s, o)) for t, s, o in rels if t == "partnersWith"}
    assert frozenset(("Brennfeed Ltd", "Irish Dairy Institute")) in pairs
    assert frozenset(("Trambotix AG", "Zurich Transport Authority")) in pairs
    assert len(pairs) == 2


def test_a_place_modifying_a_describing_noun_and_a_lower_case_research_centre(run):
    ex, rels = run("Galway seaweed firm Brenna Feeds opened a plant. Since 2022, Lumiqor Photonics has worked with imec, "
                   "the Leuven-based research centre, on wafer testing.")
    assert ("locatedIn", "Brenna Feeds", "Galway") in rels
    assert "imec" in {e.canonical for e in ex.entities if e.type == "Organization"}
    assert ("locatedIn", "imec", "Leuven") in rels
    assert ("partnersWith", "Lumiqor Photonics", "imec") in rels or ("partnersWith", "imec", "Lumiqor Photonics") in rels


def test_grants_to_from_added_grants_and_from_lists(run):
    _, rels = run("It consists of a seed round and a €2 million grant to Ionvault GmbH from the Austrian Research "
                  "Promotion Agency. Peptara ApS has received grants from the Novo Nordisk Foundation and from "
                  "Innovation Fund Denmark. The Swedish Cancer Society added a SEK 3 million grant to Karolinska "
                  "Institutet.")
    assert ("fundedBy", "Ionvault GmbH", "Austrian Research Promotion Agency") in rels
    assert ("fundedBy", "Peptara ApS", "Novo Nordisk Foundation") in rels
    assert ("fundedBy", "Peptara ApS", "Innovation Fund Denmark") in rels
    assert ("fundedBy", "Karolinska Institutet", "Swedish Cancer Society") in rels


def test_developers_of_named_products_and_memberships_with_adverbs(run):
    _, rels = run("Phagara Lyon has developed PhageForge, a platform that combines genome editing with machine "
                  "learning. Cardiolinq develops CardioPatch, a 12-gram adhesive electrocardiogram (ECG) patch "
                  "that records the rhythm.")
    assert ("develops", "Phagara Lyon", "PhageForge") in rels
    assert ("develops", "Cardiolinq", "CardioPatch") in rels
    _, rels = run("Brenna Feeds Ltd makes feed. The firm became a verified member of Origin Green in May. It is "
                  "also a member of the Irish Bioeconomy Alliance.")
    assert ("memberOf", "Brenna Feeds Ltd", "Origin Green") in rels
    assert ("memberOf", "Brenna Feeds Ltd", "Irish Bioeconomy Alliance") in rels


def test_a_site_opened_after_employing_people_elsewhere(run):
    _, rels = run("Skrevo Labs makes software. The company employs 85 people in Warsaw and opened an engineering "
                  "office in Kraków in March.")
    assert ("locatedIn", "Skrevo Labs", "Kraków") in rels


def test_no_agreement_and_letters_of_intent_are_no_partnerships(run):
    _, rels = run("Samsung Electronics has no commercial agreement with Cardiolinq Inc., a spokesman said. Avio "
                  "and Sopra Steria signed only a letter of intent to study ground-software cooperation.")
    assert not [r for r in rels if r[0] == "partnersWith"]


def test_a_founder_the_model_called_an_organization_is_a_person(run):
    ex, rels = run("Swapp S.r.l. is a Milan start-up. The Milan start-up, founded in 2020 by Giulia Ferretti, "
                   "operates 140 stations in Milan.")
    assert "Giulia Ferretti" in {e.canonical for e in ex.entities if e.type == "Person"}
    assert ("affiliatedWith", "Giulia Ferretti", "Swapp S.r.l.") in rels


def test_a_place_modified_description_refers_back_and_locates(run):
    _, rels = run("Swapp S.r.l. rents e-scooter batteries. The Milan start-up, founded in 2020 by Giulia Ferretti, "
                  "operates 140 stations.")
    assert ("locatedIn", "Swapp S.r.l.", "Milan") in rels
    assert ("affiliatedWith", "Giulia Ferretti", "Swapp S.r.l.") in rels
    _, rels = run("GaNova makes chips in Villach. The Munich group said its research team grew.")
    assert ("locatedIn", "GaNova", "Munich") not in rels      # "group": a research group as often as a company


def test_place_descriptors_after_prepositions_and_headquartered_anaphors(run):
    _, rels = run("Sydney quantum-sensing company Q-Sensa Technologies has acquired Melbourne photonics start-up "
                  "Lumenact for $32 million. A panel followed with the chief executive of Toulouse start-up "
                  "Orbivolt.")
    assert ("locatedIn", "Q-Sensa Technologies", "Sydney") in rels
    assert ("locatedIn", "Lumenact", "Melbourne") in rels
    assert ("locatedIn", "Orbivolt", "Toulouse") in rels
    _, rels = run("Hoshino Kikai Co., Ltd. makes tools. The Osaka-headquartered group, which makes probing tools, "
                  "will fold its new unit into a division.")
    assert ("locatedIn", "Hoshino Kikai Co., Ltd.", "Osaka") in rels


def test_founder_lists_after_its_founders_and_preposed_founded_by(run):
    _, rels = run("Trambotix AG builds robots. Its founders, Nina Baumgartner and Luca Ferraro, built the first "
                  "prototype. Ionvaulta GmbH raised money. Ionvaulta's co-founders are Lena Hofer and Matteo "
                  "Rinaldi.")
    for person, org in (("Nina Baumgartner", "Trambotix AG"), ("Luca Ferraro", "Trambotix AG"),
                        ("Lena Hofer", "Ionvaulta GmbH"), ("Matteo Rinaldi", "Ionvaulta GmbH")):
        assert ("affiliatedWith", person, org) in rels, (person, org)
    ex, rels = run("Brenna Feeds Ltd makes feed. Founded in 2020 by marine biologist Aoife Ní Chonghaile and former "
                   "dairy farmer Declan Murray, the company has developed a pelleted supplement.")
    assert "Declan Murray" in {e.canonical for e in ex.entities if e.type == "Person"}
    assert ("affiliatedWith", "Declan Murray", "Brenna Feeds Ltd") in rels


def test_founders_with_appositions_and_shared_past_posts(run):
    ex, rels = run("Harbourtwin Ltd was founded in 2021 by Ravi Menonath, a former naval architect at Kepford, "
                   "and Clara Tanning, who previously worked at the Baltic Institute for Maritime Studies.")
    assert {("affiliatedWith", "Ravi Menonath", "Harbourtwin Ltd"),
            ("affiliatedWith", "Clara Tanning", "Harbourtwin Ltd"),
            ("affiliatedWith", "Ravi Menonath", "Kepford")} <= rels
    assert "Kepford" in {e.canonical for e in ex.entities if e.type == "Organization"}
    # the employer inside a founder's apposition is no founder
    assert ("affiliatedWith", "Kepford", "Harbourtwin Ltd") not in rels
    _, rels = run("Peptora was founded in 2017 by Mikkel Dahlberg and Sofie Brandtner, both former researchers at "
                  "the University of Aarhus.")
    assert {("affiliatedWith", "Mikkel Dahlberg", "University of Aarhus"),
            ("affiliatedWith", "Sofie Brandtner", "University of Aarhus")} <= rels
    assert ("affiliatedWith", "University of Aarhus", "Peptora") not in rels


def test_a_unit_or_agency_of_several_parents(run):
    ex, rels = run("The firm was spun off from the Centre International de Recherche en Virologie (CIRV), a joint "
                   "research unit of Inserm, CNRS, the École normale supérieure de Lyon and the Université Claude "
                   "Bernard Lyon 1.")
    unit = "Centre International de Recherche en Virologie"
    assert unit in {e.canonical for e in ex.entities}
    for parent in ("Inserm", "École normale supérieure de Lyon", "Université Claude Bernard Lyon 1"):
        assert ("affiliatedWith", unit, parent) in rels, parent
    _, rels = run("Trials were funded by the Korea Medical Devices Institute (KMDI), an agency of the Ministry of "
                  "Health and Welfare.")
    assert ("affiliatedWith", "Korea Medical Devices Institute", "Ministry of Health and Welfare") in rels
    # a second name after the apposition's comma is the next subject, not another parent
    _, rels = run("In June 2020, GV, the venture capital arm of Alphabet, and Bpifrance's Large Venture fund "
                  "were among the investors.")
    assert ("affiliatedWith", "GV", "Alphabet") in rels
    assert ("affiliatedWith", "GV", "Large Venture") not in rels


def test_partner_lists_after_with_and_joint_units(run):
    _, rels = run("Orbex Systems also works with the Punjab Drone Institute (PDI) in Ludhiana, which trains pilots, "
                  "and with the Delhi Agricultural University (DAU) on spray drift studies.")
    assert {("partnersWith", "Orbex Systems", "Punjab Drone Institute"),
            ("partnersWith", "Orbex Systems", "Delhi Agricultural University")} <= rels
    _, rels = run("Orbex Systems signed a cooperation agreement with Siemens and Bosch.")
    assert {("partnersWith", "Orbex Systems", "Siemens"), ("partnersWith", "Orbex Systems", "Bosch")} <= rels
    _, rels = run("Kestrel Labs and the machine builder Keller Maschinenbau GmbH opened a joint laboratory in May.")
    assert ("partnersWith", "Kestrel Labs", "Keller Maschinenbau GmbH") in rels
    _, rels = run("Kestrel Labs runs a joint research centre with the University of Bonn and Siemens.")
    assert {("partnersWith", "Kestrel Labs", "University of Bonn"), ("partnersWith", "Kestrel Labs", "Siemens")} <= rels


def test_grants_named_by_their_funder_and_from_a_and_from_b(run):
    _, rels = run("Peptara was spun out of the University of Oslo's Department of Pharmacy and has received grants "
                  "from the Novo Nordisk Foundation and from Innovation Fund Denmark.")
    assert {("fundedBy", "Peptara", "Novo Nordisk Foundation"), ("fundedBy", "Peptara", "Innovation Fund Denmark")} <= rels
    # the unit named inside the first clause received nothing
    assert not {r for r in rels if r[0] == "fundedBy" and r[1] == "Department of Pharmacy"}
    _, rels = run("Grafwerk GmbH obtained a €2.5 million European Innovation Council grant for its concrete additive.")
    assert ("fundedBy", "Grafwerk GmbH", "European Innovation Council") in rels


def test_an_apposition_describes_the_name_before_its_comma(run):
    # the parser may hang "a joint research unit" on the sentence subject; the unit is the
    # name right before the comma
    _, rels = run("Phagora SAS makes phages. The company was spun off in 2021 from the Centre de Recherche en "
                  "Virologie (CRV), a joint research unit of Inserm, CNRS and the Université de Lyon.")
    assert not {r for r in rels if r[0] == "affiliatedWith" and r[1] == "Phagora SAS"}
    # a coordinated subject keeps both names
    _, rels = run("Speciale Capital and Kalaro Ventures, existing investors in Akashtara, also joined the round.")
    assert {("investsIn", "Speciale Capital", "Akashtara"), ("investsIn", "Kalaro Ventures", "Akashtara")} <= rels


def test_member_lists_after_joined_and_led_by_includes(run):
    _, rels = run("Five companies have joined the HarbourTwin programme to test the system in daily operations: "
                  "the terminal operator Keelport, Jurong Harbour Services and the Danish carrier Maersk.")
    for m in ("Keelport", "Jurong Harbour Services", "Maersk"):
        assert ("memberOf", m, "HarbourTwin") in rels, m
    ex, rels = run("Hidro Verde del Sur is a consortium. The consortium is led by the University of Chile (UC) and "
                   "includes the Universidad de Antofagasta and the engineering firm Inerco Andina.")
    assert "Hidro Verde del Sur" in {e.canonical for e in ex.entities if e.type == "Organization"}
    for m in ("Universidad de Antofagasta", "Inerco Andina"):
        assert ("memberOf", m, "Hidro Verde del Sur") in rels, m


def test_a_place_before_or_in_a_describing_noun_locates_the_name(run):
    _, rels = run("Fotonika signed an agreement with the Eindhoven foundry PhotonForge B.V. to move its designs. "
                  "Investors include the Denver family office Larkspur Holdings. Bladecraft worked with Nordlys "
                  "Offshore Service A/S, an Esbjerg maintenance contractor, in 2023. The round was led by the "
                  "Seville fund Guadalquivir Semilla FCR.")
    assert {("locatedIn", "PhotonForge B.V.", "Eindhoven"), ("locatedIn", "Larkspur Holdings", "Denver"),
            ("locatedIn", "Nordlys Offshore Service A/S", "Esbjerg"),
            ("locatedIn", "Guadalquivir Semilla FCR", "Seville")} <= rels


def test_a_city_possessive_locates_a_country_possessive_does_not(run):
    _, rels = run("The round was led by Mumbai's Meru Capital Partners. The agency reports to Spain's Ministry of "
                  "Science and Innovation.")
    assert ("locatedIn", "Meru Capital Partners", "Mumbai") in rels
    assert not {r for r in rels if r[0] == "locatedIn" and r[2] == "Spain"}


def test_people_joining_boards_and_employers_and_shared_former_posts(run):
    _, rels = run("Priya Ramanathan, SliceWiser’s co-founder and chief technology officer, has joined Verita "
                  "Imaging’s executive leadership team as head of science. Deirdre Kavanagh, a partner at Liffey "
                  "Bridge Ventures, has joined Nanovela’s board.")
    assert {("affiliatedWith", "Priya Ramanathan", "SliceWiser"),
            ("affiliatedWith", "Priya Ramanathan", "Verita Imaging"),
            ("affiliatedWith", "Deirdre Kavanagh", "Nanovela")} <= rels
    # joining a board is no membership of the investor in the company
    assert not {r for r in rels if r[0] == "memberOf"}
    _, rels = run("Maya Castellanos-Reid joined Vandermeer University in 2019 from the University of Michigan.")
    _, rels2 = run("Rachel Okafor previously led the quantum portfolio at Lockheed Martin Ventures. Granite Peak "
                   "Ventures's general partners are Rachel Okafor and Tomás Lindgren-Bauer.")
    rels |= rels2
    assert {("affiliatedWith", "Maya Castellanos-Reid", "Vandermeer University"),
            ("affiliatedWith", "Maya Castellanos-Reid", "University of Michigan"),
            ("affiliatedWith", "Rachel Okafor", "Lockheed Martin Ventures"),
            ("affiliatedWith", "Tomás Lindgren-Bauer", "Granite Peak Ventures")} <= rels
    _, rels = run("Kalkan Siberix A.Ş. raised money. Founded in 2019 by Selin Aydoğan and Emre Kılıç, two former "
                  "cryptographers at the Scientific and Technological Research Council of Türkiye (TÜBİTAK), "
                  "Kalkan Siberix is based in Ankara.")
    for p in ("Selin Aydoğan", "Emre Kılıç"):
        assert ("affiliatedWith", p, "Kalkan Siberix A.Ş.") in rels
        assert ("affiliatedWith", p, "Scientific and Technological Research Council of Türkiye") in rels


def test_a_quote_before_a_fact_is_no_hedge_on_it(run):
    _, rels = run("\"Satellite makers should not have to queue,\" Agnivana Aerospace co-founder and chief executive "
                  "Srikanth Reddy told this newspaper.")
    assert ("affiliatedWith", "Srikanth Reddy", "Agnivana Aerospace") in rels


def test_joint_development_and_agreements_signed_by_a_located_pair(run):
    _, rels = run("Bladewright Robotics developed the first version of the robot with Nordlyst Offshore Service A/S, "
                  "an Esbjerg maintenance contractor, in 2023.")
    assert ("partnersWith", "Bladewright Robotics", "Nordlyst Offshore Service A/S") in rels
    assert not {r for r in rels if r[0] == "develops" and r[2] == "version"}
    _, rels = run("The Institute of Electronic Structure and Laser (IESL) in Heraklion and the Karlsruhe Institute of "
                  "Technology (KIT) signed a memorandum of understanding on photonic circuits. ITRI and Germany’s "
                  "Fraunhofer Institute for Solar Energy Systems ISE signed a cooperation agreement in May.")
    assert ("partnersWith", "Institute of Electronic Structure and Laser", "Karlsruhe Institute of Technology") in rels
    assert ("partnersWith", "ITRI", "Fraunhofer Institute for Solar Energy Systems ISE") in rels


def test_money_from_a_body_called_a_grant_and_a_programme_named_in_an_apposition(run):
    _, rels = run("Tambakira Ltd makes feeders. Tambakira Ltd has also received Rp 2.5 billion from the Ministry of "
                  "Marine Affairs and Fisheries (KKP) under the ministry’s innovation grant scheme.")
    assert ("fundedBy", "Tambakira Ltd", "Ministry of Marine Affairs and Fisheries") in rels
    ex, rels = run("Researchers met in Trondheim for the kick-off meeting of HyPER-CATX, a Horizon Europe project "
                   "developing iridium-free catalysts for PEM electrolysers.")
    assert ("develops", "HyPER-CATX", "iridium-free catalysts") in rels
    # the programme named inside the apposition develops nothing
    assert not {r for r in rels if r[0] == "develops" and r[1] == "Horizon Europe"}
    assert "Horizon Europe" in {e.canonical for e in ex.entities if e.type == "Organization"}


def test_a_company_in_an_accelerator_cohort_is_a_member(run):
    _, rels = run("Bladewright Robotics was part of the 2024 cohort of Energy Cluster Denmark's Scale-up Wind "
                  "accelerator, and it received seed funding.")
    assert ("memberOf", "Bladewright Robotics", "Scale-up Wind") in rels


def test_an_organization_named_inside_a_description_develops_nothing(run):
    _, rels = run("The competition was won by Valencia’s Optiqo, a University of Crete spin-off that develops "
                  "hyperspectral cameras.")
    assert ("develops", "Optiqo", "hyperspectral cameras") in rels
    assert not {r for r in rels if r[0] == "develops" and r[1] == "University of Crete"}


def test_the_company_after_a_founders_apposition_is_the_founded_company(run):
    _, rels = run("Lexicon Nordique Inc. builds legal software in Montreal. Founded in 2021 by Camille Bouchardin and "
                  "Théo Lapointe, two former researchers at Mila – Quebec Artificial Intelligence Institute, the "
                  "company developed Juris-FR, a language model.")
    for p in ("Camille Bouchardin", "Théo Lapointe"):
        assert ("affiliatedWith", p, "Lexicon Nordique Inc.") in rels, p
    # the employer in the apposition and the company are no list of joint developers
    assert not {r for r in rels if r[0] == "partnersWith"}


def test_a_company_of_a_city_and_an_administrative_unit(run):
    ex, rels = run("The ship is operated by Aegean Dry Carriers of Piraeus. The vessel is owned by the shipping company "
                   "Setonaikai Kaiun K.K. of Imabari, Ehime Prefecture, which signed. The Software Technology Parks of "
                   "India and the University of Oslo agreed.")
    assert {("locatedIn", "Aegean Dry Carriers", "Piraeus"), ("locatedIn", "Setonaikai Kaiun K.K.", "Imabari"),
            ("locatedIn", "Imabari", "Ehime Prefecture")} <= rels
    orgs = {e.canonical for e in ex.entities if e.type == "Organization"}
    assert {"Software Technology Parks of India", "University of Oslo"} <= orgs


def test_a_semicolon_member_list_with_descriptions(run):
    _, rels = run("The Hidrogeno Norte alliance grew in May. The alliance's new members are Fundación Idonia, the "
                  "Asturian technology centre for materials; Electrolitos del Nalónix, an Avilés-based developer of "
                  "electrolysers; Naviera Cantabrix, a shipping company from Santander; and the Basque research "
                  "centre CIC energiGUNE.")
    for m in ("Fundación Idonia", "Electrolitos del Nalónix", "Naviera Cantabrix", "CIC energiGUNE"):
        assert ("memberOf", m, "Hidrogeno Norte") in rels, m
    assert ("memberOf", "Avilés", "Hidrogeno Norte") not in rels


def test_co_investors_named_after_the_lead(run):
    _, rels = run("Fermentix Bio raised money. The Series A investment in Fermentix Bio was led by Tejo Ventures, a "
                  "Porto-based agrifood fund, with Portugal Ventures and the Dutch fund Polder Food Fund as "
                  "co-investors. The investment in Bladewright Robotics was led by Kattegat Climate Capital, with "
                  "the Export and Investment Fund of Denmark (EIFO) co-investing DKK 6 million of the total.")
    assert {("investsIn", "Portugal Ventures", "Fermentix Bio"), ("investsIn", "Polder Food Fund", "Fermentix Bio"),
            ("investsIn", "Export and Investment Fund of Denmark", "Bladewright Robotics")} <= rels


def test_backers_of_a_company_are_no_members_and_a_list_item_is_no_apposition(run):
    _, rels = run("Backers of Orbexa Ltd include Kestrel Capital and Saffron Ventures.")
    assert ("investsIn", "Kestrel Capital", "Orbexa Ltd") in rels
    assert not {r for r in rels if r[0] == "memberOf"}
    _, rels = run("Investors in Granite Ridge Fund II include the University of Colorado Foundation, the Denver family "
                  "office Larkspur Holdings and the trading house Koyo Trading Co., Ltd.")
    assert ("locatedIn", "Larkspur Holdings", "Denver") in rels
    assert ("locatedIn", "University of Colorado Foundation", "Denver") not in rels


def test_agreements_worth_an_amount_with_customers_including_a_name(run):
    _, rels = run("Agnivana Aerospace builds rockets. It has also signed launch service agreements worth $18 million "
                  "with three customers, including the Bengaluru earth-observation firm Drishtix Orbital.")
    assert ("partnersWith", "Agnivana Aerospace", "Drishtix Orbital") in rels


def test_a_body_awards_or_gives_a_company_money(run):
    _, rels = run("Meridex Biologics Pte Ltd works with the Coalition for Epidemic Preparedness Innovations (CEPI). CEPI has "
                  "awarded Meridex up to US$38 million to reserve capacity. Kredimox Technologies, a Lagos start-up, "
                  "grew fast. LASRIC, the Lagos State Science Research and Innovation Council, gave Kredimox a "
                  "₦25 million grant in 2023.")
    assert {("fundedBy", "Meridex Biologics Pte Ltd", "Coalition for Epidemic Preparedness Innovations"),
            ("fundedBy", "Kredimox Technologies", "Lagos State Science Research and Innovation Council")} <= rels


def test_a_fund_funds_several_recipients_with_money_from_its_programme(run):
    _, rels = run("Thermalix GmbH works with the Institute of Thermal Engineering at Graz University of Technology. "
                  "Austria’s Climate and Energy Fund funded Thermalix GmbH and the institute with €1.9 million from its "
                  "Energy Research Programme in 2023. Sidenox, a Basque steelmaker, needs hydrogen. Sidenox and Arragox Energy received €4.2 million in funding for "
                  "the €11 million project from the Basque Government’s Hazitek programme.")
    assert {("fundedBy", "Thermalix GmbH", "Climate and Energy Fund"),
            ("fundedBy", "Institute of Thermal Engineering", "Climate and Energy Fund"),
            ("fundedBy", "Thermalix GmbH", "Energy Research Programme"),
            ("fundedBy", "Sidenox", "Hazitek"), ("fundedBy", "Arragox Energy", "Basque Government")} <= rels


def test_a_surname_that_is_also_a_town_and_a_country_inside_a_name(run):
    ex, _ = run("Its co-founders, Marta Sequeira and Rui Abrantes, left iBET. “It works,” said Sequeira. Most heat "
                "pumps are sold in Austria. The trade body Wärmepumpex Austria agreed.")
    persons = {e.canonical: e for e in ex.entities if e.type == "Person"}
    assert "Sequeira" in persons["Marta Sequeira"].aliases
    assert "Austria" in {e.canonical for e in ex.entities if e.type == "Place"}


def test_contact_lines_and_quotes_signed_with_name_title_and_organization(run):
    _, rels = run("Natrionex AB builds batteries in Gothenburg.\n\nKarin Ekberg, communications manager, Natrionex AB\n\n"
                  "The Economic Development Board (EDB) agreed. “It works,” said Lim Shu Fen, Executive "
                  "Director, Biomedical Sciences, EDB.")
    assert ("affiliatedWith", "Karin Ekberg", "Natrionex AB") in rels
    assert ("affiliatedWith", "Lim Shu Fen", "Economic Development Board") in rels


def test_a_product_that_is_bought_or_has_a_founder_is_a_company(run):
    ex, rels = run("Kredimox raised $7.5m in a round co-led by Ventures Platform. Kredimox has also acquired Ledgerix, "
                   "a bookkeeping app used by traders in Kano. Ledgerix’s founder, Musa Danjuma, will lead operations. "
                   "Chioma Eze, a partner at Ventures Platform, agreed.")
    orgs = {e.canonical for e in ex.entities if e.type == "Organization"}
    assert {"Ledgerix", "Ventures Platform"} <= orgs
    assert {("acquires", "Kredimox", "Ledgerix"), ("affiliatedWith", "Musa Danjuma", "Ledgerix"),
            ("affiliatedWith", "Chioma Eze", "Ventures Platform")} <= rels


def test_a_results_list_names_each_organization_and_its_town(run):
    ex, rels = run("The fund announced its first grants:\n\n• Michigan Technological University (Houghton) – a $600,000 "
                   "grant for icing trials.\n• Vertiqa Air (Columbus, Ohio) – $750,000 to build a charging pad.\n"
                   "• Huronia Skyways (Port Huron) – a $550,000 grant for mail flights.\n\nThe Institute of Marine "
                   "Research (Havforskningsinstituttet) tested the drone.")
    assert {("locatedIn", "Michigan Technological University", "Houghton"), ("locatedIn", "Vertiqa Air", "Columbus"),
            ("locatedIn", "Huronia Skyways", "Port Huron")} <= rels
    orgs = {e.canonical: e for e in ex.entities if e.type == "Organization"}
    assert "Havforskningsinstituttet" in orgs["Institute of Marine Research"].aliases + [orgs["Institute of Marine Research"].native_name]


def test_a_place_before_an_app_or_recycler_and_a_firm_from_a_city(run):
    _, rels = run("Kredimox buys Kano bookkeeping app Ledgerix. Dhaka fibre recycler ReThreadx has been acquired. Rival "
                  "inspection firm Subsea Pilotx, from Stavanger, is in talks with Cermaq.")
    assert {("locatedIn", "Ledgerix", "Kano"), ("locatedIn", "ReThreadx", "Dhaka"),
            ("locatedIn", "Subsea Pilotx", "Stavanger")} <= rels


def test_joint_development_by_a_with_b_and_that_a_developed_with_b(run):
    _, rels = run("Polinovex Sud S.r.l. recycles PET. The plant uses an enzyme developed by Polinovex with the "
                  "Pozzuoli-based Institute for Polymers, Composites and Biomaterials (IPCB). A digital twin has been "
                  "developed by Manila start-up Bahax Labs with the University of the Philippines Diliman. The service "
                  "runs on TAEYANG-Netx, a deep learning model that Haetsalx Space developed with the Korea Astronomy "
                  "and Space Science Institute. Kredimox developed its risk engine, ScoreKitx, with data scientists "
                  "at the University of Lagos.")
    assert {("partnersWith", "Polinovex Sud S.r.l.", "Institute for Polymers, Composites and Biomaterials"),
            ("partnersWith", "Bahax Labs", "University of the Philippines Diliman"),
            ("partnersWith", "Haetsalx Space", "Korea Astronomy and Space Science Institute"),
            ("partnersWith", "Kredimox", "University of Lagos"),
            ("locatedIn", "Institute for Polymers, Composites and Biomaterials", "Pozzuoli")} <= rels


def test_a_company_short_name_when_the_headline_spells_it_without_its_legal_form(run):
    ex, _ = run("Salishex Autonomy and the Port of Tacoma launch a tug pilot\n\nSEATTLE--(BUSINESS WIRE)--May 5, "
                "2026--Salishex Autonomy, Inc., a Seattle company, signed a pilot. The tugs run Salishex’s TideLink "
                "system. Polinovex Sud S.r.l. recycles PET. Polinovex Sud grew. Polinovex has also signed a deal.")
    orgs = {e.canonical: e for e in ex.entities if e.type == "Organization"}
    assert "Salishex" in orgs["Salishex Autonomy, Inc."].aliases
    assert "Polinovex" in orgs["Polinovex Sud S.r.l."].aliases and "Polinovex" not in orgs


def test_lead_investors_and_co_investors_of_a_closed_round(run):
    _, rels = run("Qarayx Bioplásticos S.A.C. makes plastic. The start-up closed a US$2 million seed investment in "
                  "June, led by the Chilean fund Kayyakx Ventures, with the Lima angel network Nexox Angels Club as "
                  "co-investor. Polarisx Medtech Partners, a Lausanne fund, led the investment in Dermaflux SA, with "
                  "Banque Cantonale Vaudoise (BCV) joining as co-investor.")
    assert {("investsIn", "Kayyakx Ventures", "Qarayx Bioplásticos S.A.C."),
            ("investsIn", "Nexox Angels Club", "Qarayx Bioplásticos S.A.C."),
            ("investsIn", "Polarisx Medtech Partners", "Dermaflux SA")} <= rels


def test_the_company_is_the_protagonist_not_a_guessed_company_just_named(run):
    _, rels = run("Meridix Biologics Pte Ltd opened a vaccine plant in Singapore. Meridix makes vaccines. Meridix "
                  "employs 200 people. CEPX has awarded Meridix up to US$38 million. EDBX, the investment arm of the "
                  "Economic Development Board, invested S$25 million in the company in 2024.")
    assert ("investsIn", "EDBX", "Meridix Biologics Pte Ltd") in rels
    assert ("investsIn", "EDBX", "CEPX") not in rels


def test_the_company_after_a_fronted_participle_is_its_subject(run):
    _, rels = run("Baker Hughex will buy Thermaloopx Energy Inc., an Austin-based start-up. Founded in 2021 by Caleb Ortiz "
                  "and Ruth Adeyemi, both former drilling engineers at ExxonMobil, Thermaloopx employs 48 people. In "
                  "March the company won a $4.8 million grant from the Department of Energy.")
    assert ("fundedBy", "Thermaloopx Energy Inc.", "Department of Energy") in rels
    assert not {r for r in rels if r[0] == "fundedBy" and r[1] == "ExxonMobil"}


def test_founders_described_by_a_former_employer_and_people_joining(run):
    _, rels = run("The trial is a collaboration between Sidenox and Arragox Energy, a San Sebastián company founded in "
                  "2022 by former Tecnalia researchers Ane Goikoetxea and Jon Lasa. Aisha Rahman joins from CMR "
                  "Surgical in Cambridge. Gemma Hollis has joined the board of Manchester start-up Vireox Medical as a "
                  "non-executive director. The Sankofax Health Foundation, a Kumasi philanthropy, was set up by the "
                  "family of the late businessman Kofi Asante-Darko.")
    assert {("affiliatedWith", "Ane Goikoetxea", "Arragox Energy"), ("affiliatedWith", "Jon Lasa", "Arragox Energy"),
            ("affiliatedWith", "Aisha Rahman", "CMR Surgical"),
            ("affiliatedWith", "Gemma Hollis", "Vireox Medical")} <= rels
    assert ("memberOf", "Tecnalia", "Arragox Energy") not in rels
    assert not {r for r in rels if r[1] == "Kofi Asante-Darko"}


def test_an_object_before_and_opens_is_not_what_opens_the_plant(run):
    _, rels = run("Polinovax Sud S.r.l. acquires Foggia recycler Plastica Daunax S.r.l. and opens enzymatic PET plant in "
                  "Acerra")
    assert ("locatedIn", "Plastica Daunax S.r.l.", "Acerra") not in rels


def test_districts_of_a_city(run):
    ex, rels = run("Its samples are stored on a campus in Cairo’s Manial district. Staff work from an office in "
                   "Montreal’s Mile-Ex district. The pumps run in the Liebenau district of Graz. Q-Sensex Technologies is based in "
                   "the Sydney suburb of Eveleigh.")
    assert {("locatedIn", "Manial", "Cairo"), ("locatedIn", "Mile-Ex", "Montreal"), ("locatedIn", "Liebenau", "Graz"),
            ("locatedIn", "Eveleigh", "Sydney"), ("locatedIn", "Q-Sensex Technologies", "Eveleigh")} <= rels
    assert ("locatedIn", "Graz", "Liebenau") not in rels


def test_the_accelerator_and_the_laboratory_refer_back(run):
    _, rels = run("The Voltax Health Accelerator held its first Demo Day in Accra. The accelerator’s members are "
                  "Sikadix, a diagnostics start-up; Malascanix, a Tamale company; and Labboxa Ghana, a Kumasi start-up.")
    assert {("memberOf", "Sikadix", "Voltax Health Accelerator"),
            ("memberOf", "Labboxa Ghana", "Voltax Health Accelerator")} <= rels


def test_projects_between_pilots_with_and_developed_with_clinicians(run):
    _, rels = run("Innosuisse funds an 18-month innovation project between Trambox AG and the Zurich University of "
                  "Applied Sciences. Since March, Trambox AG has been running a pilot with the city's public transport "
                  "operator Verkehrsbetriebe Zürich. Cardiolinx Inc. co-developed RhythmNetx with cardiologists at Seoul "
                  "National University Hospital. Munich's Graphenwerx GmbH obtained a €2.5 million EIC grant for its "
                  "concrete additive, which it has developed with the Technical University of Munich.")
    assert {("partnersWith", "Trambox AG", "Zurich University of Applied Sciences"),
            ("partnersWith", "Trambox AG", "Verkehrsbetriebe Zürich"),
            ("partnersWith", "Cardiolinx Inc.", "Seoul National University Hospital"),
            ("partnersWith", "Graphenwerx GmbH", "Technical University of Munich")} <= rels


def test_the_programme_money_came_under_funds_the_recipient_too(run):
    ex, rels = run("Kelvora received a €2 million grant from the Brenna Innovation Agency under the Fondi per "
                   "la Ricerca Applicata (FRA) scheme.")
    assert ("fundedBy", "Kelvora", "Brenna Innovation Agency") in rels
    assert ("fundedBy", "Kelvora", "Fondi per la Ricerca Applicata") in rels
    prog = next(e for e in ex.entities if e.canonical == "Fondi per la Ricerca Applicata")
    assert prog.type == "Organization" and prog.subtype == "Other" and "FRA" in prog.aliases
    # a body's possessed programme the grant was awarded under
    _, rels = run("Tovik Batteries AB financed the line with a €5 million grant from the Nordic Energy "
                  "Office, awarded under the office's Varmeloft programme.")
    assert ("fundedBy", "Tovik Batteries AB", "Varmeloft") in rels
    # a ministry is the body itself, not a programme; no funding, no programme funder
    ex, _ = run("Kelvora received a €2 million grant under the Ministry of Health programme.")
    assert next(e for e in ex.entities if e.canonical == "Ministry of Health").subtype == "Government"
    _, rels = run("Kelvora tested its sensors under the Fondi per la Ricerca Applicata (FRA) scheme.")
    assert not any(r[0] == "fundedBy" for r in rels)


def test_named_business_or_arm_apposition_is_a_unit_organization(run):
    _, rels = run("Vestra Clean Fuels, the hydrogen business of Vestra Holding, will supply fuel for the tests.")
    assert ("affiliatedWith", "Vestra Clean Fuels", "Vestra Holding") in rels
    _, rels = run("Lumora Ventures, the venture arm of Dansk Telekom, led the round.")
    assert ("affiliatedWith", "Lumora Ventures", "Dansk Telekom") in rels


def test_the_company_is_not_an_organization_named_after_a_preposition(run):
    # "the company" continues the story's company, not the distributor named inside a
    # by-phrase of the sentence before (mentioned as often, but later)
    _, rels = run("Galway company Kelpra Bio has opened a €12 million processing plant in Spiddal. The plant "
                  "was opened on Friday at a ceremony attended by Dara Quinn, chief executive of Corrib Feeds "
                  "Ltd, the distributor that supplies the company. Founded in 2020 by marine biologist Aoife "
                  "Brennan, the company has developed a pelleted supplement.")
    assert ("affiliatedWith", "Aoife Brennan", "Kelpra Bio") in rels
    assert ("affiliatedWith", "Aoife Brennan", "Corrib Feeds Ltd") not in rels


def test_an_investor_invests_and_funds_through_its_named_fund_or_programme(run):
    ex, rels = run("Brenna Capital invested €3 million in Kelvora Robotics through its Nordlys Seed fund.")
    assert ("investsIn", "Brenna Capital", "Kelvora Robotics") in rels
    assert ("investsIn", "Nordlys Seed", "Kelvora Robotics") in rels
    assert ("affiliatedWith", "Nordlys Seed", "Brenna Capital") in rels
    assert ("affiliatedWith", "Nordlys Seed", "Kelvora Robotics") not in rels
    assert next(e for e in ex.entities if e.canonical == "Nordlys Seed").subtype == "Investor"
    _, rels = run("Tovik Batteries AB received a grant of €180,000 from the Brenna Innovation Agency under its "
                  "Agri'Tech Boost programme.")
    assert ("fundedBy", "Tovik Batteries AB", "Agri'Tech Boost") in rels
    assert ("affiliatedWith", "Agri'Tech Boost", "Brenna Innovation Agency") in rels
    # in a list "its" is the investor right before it, not every investor
    _, rels = run("Investors in Kelvora Fund II include the Aster Foundation, the Brenna Development Office (BDO) "
                  "through its Venture Capital Authority, and Larkspur Holdings.")
    assert ("affiliatedWith", "Venture Capital Authority", "Aster Foundation") not in rels
    assert ("affiliatedWith", "Venture Capital Authority", "Larkspur Holdings") not in rels


def test_results_list_items_with_the_amount_after_a_comma(run):
    _, rels = run("The seven winners are:\n\n- Borelix Catalysts (Edmonton), $1.2M, nickel-iron catalysts;\n"
                  "- Parklane Ceramics (Red Deer), CAD 690,000, ceramic burner tiles.\n")
    assert ("locatedIn", "Borelix Catalysts", "Edmonton") in rels
    assert ("locatedIn", "Parklane Ceramics", "Red Deer") in rels


def test_a_town_before_a_possessed_facility_locates_the_owner(run):
    _, rels = run("Slovnix signed a pilot agreement with Tatrabix covering the inspection of pipes at its "
                  "Bratislava site.")
    assert ("locatedIn", "Slovnix", "Bratislava") in rels
    assert ("locatedIn", "Tatrabix", "Bratislava") not in rels
    _, rels = run("Magellix Aerospace's Winnipeg plant is hiring 40 technicians.")
    assert ("locatedIn", "Magellix Aerospace", "Winnipeg") in rels
    _, rels = run("Kingston insurtech Parametrix Caribbean has received a grant.")
    assert ("locatedIn", "Parametrix Caribbean", "Kingston") in rels


def test_founders_named_as_subject_with_partner_or_after_an_apposition(run):
    _, rels = run("Former Roquix plant manager Daniel Friesen has co-founded Pembix Pulse Tech, a Brandon start-up, "
                  "with food chemist Léa Gagnon.")
    assert ("affiliatedWith", "Daniel Friesen", "Pembix Pulse Tech") in rels
    assert ("affiliatedWith", "Léa Gagnon", "Pembix Pulse Tech") in rels
    _, rels = run("Valentina Ordóñez spent six years at the institute before founding Larvix S.A. with engineer "
                  "Tomás Vera in 2023.")
    assert ("affiliatedWith", "Tomás Vera", "Larvix S.A.") in rels
    _, rels = run("Skrybix was founded in 2021 by Marta Zielińska, a former data-science lead at the insurer Pezetix, "
                  "and Tomasz Wróbel, who previously worked as a researcher at the Warsaw University of Technology.")
    assert ("affiliatedWith", "Marta Zielińska", "Skrybix") in rels
    assert ("affiliatedWith", "Tomasz Wróbel", "Skrybix") in rels
    # a plan to found is no founding
    _, rels = run("Maria Ortega plans to set up Brenna Labs next year.")
    assert ("affiliatedWith", "Maria Ortega", "Brenna Labs") not in rels


def test_cohort_one_of_and_cluster_of_which_a_member(run):
    _, rels = run("Zitounix SARL is one of ten start-ups in the current cohort of the Sfax Agritech "
                  "Accelerator, run by the Sfax Technopark.")
    assert ("memberOf", "Zitounix SARL", "Sfax Agritech Accelerator") in rels
    _, rels = run("Photonix Bretagne, the Lannion photonics cluster of which Abyssix Photonics is a member, helped.")
    assert ("memberOf", "Abyssix Photonics", "Photonix Bretagne") in rels


def test_its_technology_at_a_place_developed_with_a_partner(run):
    _, rels = run("Isarix Lasercom GmbH builds laser terminals. Its optical ground station in Oberpfaffenhofen was "
                  "developed with the Brenna Institute of Communications, which tested it in March.")
    assert ("develops", "Isarix Lasercom GmbH", "optical ground station") in rels
    assert ("develops", "Brenna Institute of Communications", "optical ground station") in rels
    assert ("partnersWith", "Isarix Lasercom GmbH", "Brenna Institute of Communications") in rels


def test_a_person_apposed_an_occupation_at_an_organization(run):
    _, rels = run("Parametrix Caribbean chief executive Andre Whyte, a former actuary at Sagicor Financial, said the "
                  "first policies would be sold in June.")
    assert ("affiliatedWith", "Andre Whyte", "Sagicor Financial") in rels
    assert ("affiliatedWith", "Andre Whyte", "Parametrix Caribbean") in rels
    ex, rels = run("Founder Anjali Menon, a former neonatologist at Amrita Hospital, said 60 hospitals use the device.")
    assert ("affiliatedWith", "Anjali Menon", "Amrita Hospital") in rels
    assert "Founder Anjali Menon" not in {e.canonical for e in ex.entities}


def test_the_two_organisations_are_the_first_two_of_the_sentence_before(run):
    _, rels = run("Brenna Health has awarded Meridix Biologics up to US$38 million to reserve manufacturing capacity "
                  "for vaccines, the Kessel Institute said. The two organisations signed a framework agreement in "
                  "March.")
    assert ("partnersWith", "Brenna Health", "Meridix Biologics") in rels or \
        ("partnersWith", "Meridix Biologics", "Brenna Health") in rels
    assert not any(r[0] == "partnersWith" and "Kessel Institute" in r[1:] for r in rels)


def test_a_named_technology_apposed_to_the_developed_description(run):
    _, rels = run("The service runs on TAEYA-Net, a deep learning model that Haetsix Space developed with the Korea "
                  "Astronomy Institute using 20 years of data.")
    assert ("develops", "Haetsix Space", "TAEYA-Net") in rels
    assert ("develops", "Haetsix Space", "deep learning model") not in rels


def test_a_second_verb_of_the_subject_places_it(run):
    _, rels = run("Trambix AG makes robots. The start-up has 14 employees and is located in the Innovation Park "
                  "Zurich in Dübendorf. Kelvix Labs was founded in 2019 and is based in Lyon.")
    assert ("locatedIn", "Trambix AG", "Innovation Park Zurich") in rels
    assert ("locatedIn", "Kelvix Labs", "Lyon") in rels


def test_it_after_a_fronted_participle_is_the_previous_subject(run):
    _, rels = run("Keelvix Ltd builds hull robots. Founded in 2020 by Elena Christodoulou and Marios Kyprianou, it "
                  "develops the HullSight software, which is used on 300 vessels.")
    assert ("affiliatedWith", "Marios Kyprianou", "Keelvix Ltd") in rels
    assert ("develops", "Keelvix Ltd", "HullSight") in rels


def test_she_or_he_opening_a_sentence_is_the_one_person_just_named(run):
    _, rels = run("Brisbane-based Vantix Grid has hired Keira Molloy as chief operating officer. She previously "
                  "led the grid analytics team at Ergon Energy Corporation.")
    assert ("affiliatedWith", "Keira Molloy", "Ergon Energy Corporation") in rels
    # two people named before: "She" is left alone
    _, rels = run("Vantix Grid has hired Keira Molloy and Tomasz Bielski. She previously led the analytics team "
                  "at Ergon Energy Corporation.")
    assert not any(r[0] == "affiliatedWith" and r[2] == "Ergon Energy Corporation" for r in rels)


def test_a_person_leaving_or_years_as_a_role_at_an_organization(run):
    _, rels = run("Tom Ilchuk is leaving North Forgix Technology Exchange after eight years as chief executive.")
    assert ("affiliatedWith", "Tom Ilchuk", "North Forgix Technology Exchange") in rels
    _, rels = run("Meg Cartwright started Firelix Sensing Pty Ltd in Hobart in 2023, after eight years as a fire-behaviour "
                  "analyst at the Tasmania Fire Service.")
    assert ("affiliatedWith", "Meg Cartwright", "Tasmania Fire Service") in rels
    _, rels = run("Dana Ruiz spent nine years as a senior hydropower engineer at the Nepal Electricity Authority.")
    assert ("affiliatedWith", "Dana Ruiz", "Nepal Electricity Authority") in rels


def test_studying_somewhere_is_no_affiliation(run):
    _, rels = run("Nadeesha Perera, a chemical engineer who studied at the University of Moratuwa, founded "
                  "Leaflix Labs in 2021.")
    assert ("affiliatedWith", "Nadeesha Perera", "University of Moratuwa") not in rels


def test_a_native_job_title_before_of(run):
    ex, rels = run('"Wir sind bereit", said Lena Maier, Geschäftsführerin of Isarwix Robotics GmbH.')
    assert ("affiliatedWith", "Lena Maier", "Isarwix Robotics GmbH") in rels
    assert "Geschäftsführerin" not in {e.canonical for e in ex.entities}
    _, rels = run('"Our goal is a lighter hand," said Giulia Russo, amministratrice delegata (chief executive) '
                  'of Trinacrix Bionics S.r.l.')
    assert ("affiliatedWith", "Giulia Russo", "Trinacrix Bionics S.r.l.") in rels


def test_a_coined_first_word_is_the_short_form_of_a_name(run):
    ex, rels = run("Parametrix Caribbean sells parametric cover to farmers. Parametrix chief executive Andre Whyte "
                   "said the first policies would be sold in June.")
    assert ("affiliatedWith", "Andre Whyte", "Parametrix Caribbean") in rels
    ent = next(e for e in ex.entities if e.canonical == "Parametrix Caribbean")
    assert "Parametrix" in ent.aliases


def test_co_developed_by_a_and_b_develops_and_partners(run):
    _, rels = run("Qubix Line builds magnetometers. The QL-9 magnetometer was co-developed by Qubix Line and the "
                  "University of Waterloo's Institute for Quantum Computing (IQC).")
    assert ("develops", "Qubix Line", "QL-9 magnetometer") in rels
    assert ("develops", "Institute for Quantum Computing", "QL-9 magnetometer") in rels
    assert ("partnersWith", "Institute for Quantum Computing", "Qubix Line") in rels or \
        ("partnersWith", "Qubix Line", "Institute for Quantum Computing") in rels
    # the parent of the unit is no second partner
    assert not any(r[0] == "partnersWith" and "University of Waterloo" in r[1:] for r in rels)


def test_it_was_co_developed_is_the_technology_of_the_sentence_before(run):
    _, rels = run("Larvix S.A. sells the SpotCheck test kit, which is faster than a laboratory PCR test. It was "
                  "co-developed by Larvix and CENAIM, the marine research centre of ESPOL.")
    assert ("develops", "CENAIM", "SpotCheck") in rels
    assert ("develops", "CENAIM", "laboratory PCR test") not in rels


def test_a_pattern_name_used_twice_is_refused(monkeypatch, extractor):
    import json
    from kgraph.extract import relations as rel
    from kgraph.resources import path
    pats = json.loads(path("extractors", "relations", "patterns.json").read_text(encoding="utf-8"))
    pats["patterns"].append(dict(pats["patterns"][0]))
    monkeypatch.setattr(rel, "relation_patterns", lambda: pats)
    with pytest.raises(ValueError, match="used twice"):
        rel.RelationExtractor(extractor.nlp.vocab)


def test_the_name_a_contact_line_opens_with_is_a_person(run):
    ex, rels = run("Voltarix d.d. makes battery packs in Rijeka.\n\nMedia contact: Petra Šimić, head of "
                   "communications, Voltarix d.d.")
    assert "Petra Šimić" in {e.canonical for e in ex.entities if e.type == "Person"}
    assert ("affiliatedWith", "Petra Šimić", "Voltarix d.d.") in rels
    ex, rels = run("Tokachix Robotics Co., Ltd. builds feed robots.\n\nInquiries regarding this release: Yui Tanaka, "
                   "Public Relations, Tokachix Robotics Co., Ltd.")
    assert ("affiliatedWith", "Yui Tanaka", "Tokachix Robotics Co., Ltd.") in rels
    assert "Public Relations" not in {e.canonical for e in ex.entities}


def test_organised_by_a_together_with_b(run):
    _, rels = run("The three-day Northern Forest Innovation Summit was organised by the University of Northern "
                  "British Columbia (UNBC) together with the BC Council of Forest Industries (COFI).")
    assert ("organizes", "BC Council of Forest Industries", "Northern Forest Innovation Summit") in rels
    assert ("partnersWith", "University of Northern British Columbia", "BC Council of Forest Industries") in rels


FIRST_PERSON_POST = (
    "Kelpix Sensing blog · 14 March 2026 · by Mara Quist\n\n"
    "I started Kelpix Sensing in Hobart in 2023, after eight years as an analyst at the Tasmania Fire Service. "
    "We developed our smoke sensor with the Tasmanian Institute of Agriculture. "
    "In January the Hobart angel group Southern Ocean Angels invested A$1.1 million in us. "
    "Our first customer was Blackwood Hill Wines, which signed a monitoring agreement with us. "
    "We are hiring, and we will show our sensor at two fairs this year.\n\n"
    '"We buy what works," said Ana Ruiz of Blackwood Hill Wines.')


def test_we_us_our_and_i_in_a_first_person_post(run):
    _, rels = run(FIRST_PERSON_POST)
    assert ("investsIn", "Southern Ocean Angels", "Kelpix Sensing") in rels
    assert ("develops", "Kelpix Sensing", "smoke sensor") in rels
    assert ("develops", "Tasmanian Institute of Agriculture", "smoke sensor") in rels
    assert ("affiliatedWith", "Mara Quist", "Kelpix Sensing") in rels
    assert ("affiliatedWith", "Mara Quist", "Tasmania Fire Service") in rels


def test_quoted_we_in_a_news_story_is_nobody_in_particular(run):
    # a story that quotes people saying "we" is no first-person article
    _, rels = run('Brenix Labs makes sensors. "We developed it with our partners," said Ana Ruiz. "We invested '
                  'in us," she joked. "Our team is small," she said. "We grow."')
    assert not any(r[0] in ("develops", "investsIn") for r in rels)


def test_founders_with_occupations_relative_clauses_and_spin_outs(run):
    _, rels = run("AquaPulsix Labs, founded in 2022 by former county engineer Luis Ortega and hydrologist Jenna "
                  "Park, has signed a pilot agreement with the City of Bend.")
    assert ("affiliatedWith", "Luis Ortega", "AquaPulsix Labs") in rels
    assert ("affiliatedWith", "Jenna Park", "AquaPulsix Labs") in rels
    _, rels = run("Invernatix Systems, which receives the largest grant, was founded in 2021 by agronomist Elena "
                  "Ruiz and developed its ventilation controller with the University of Almería.")
    assert ("affiliatedWith", "Elena Ruiz", "Invernatix Systems") in rels
    _, rels = run("Fiberlix Textiles was spun out of the Universidade do Minho in 2023 by Sofia Marques and Rui "
                  "Carvalho.")
    assert ("affiliatedWith", "Rui Carvalho", "Fiberlix Textiles") in rels


def test_developed_at_an_organization_as_a_participle(run):
    _, rels = run("Two solar-powered cold rooms developed at the École supérieure polytechnique (ESP) of Université "
                  "Cheikh Anta Diop (UCAD) went into service this month.")
    assert ("develops", "École supérieure polytechnique", "solar-powered cold rooms") in rels
    assert ("affiliatedWith", "École supérieure polytechnique", "Université Cheikh Anta Diop") in rels


def test_a_described_technology_the_company_developed_with_a_partner(run):
    _, rels = run("Gobix Dairy LLC makes milk powder. Its core technology is a low-temperature membrane "
                  "microfiltration process, which the company developed with the Mongolian University of Life "
                  "Sciences.")
    assert ("develops", "Gobix Dairy LLC", "low-temperature membrane microfiltration process") in rels
    assert ("develops", "Mongolian University of Life Sciences",
            "low-temperature membrane microfiltration process") in rels


def test_co_funded_by_a_and_b_partners_them(run):
    _, rels = run("Alberta Innovates announced the winners of its Hydrogen Materials Challenge. The challenge is "
                  "co-funded by Alberta Innovates and Emissions Reduction Alberta (ERA), which each contributed "
                  "$3 million.")
    assert ("partnersWith", "Alberta Innovates", "Emissions Reduction Alberta") in rels or \
        ("partnersWith", "Emissions Reduction Alberta", "Alberta Innovates") in rels


def test_a_round_up_item_named_alone_then_described(run):
    ex, rels = run("Here are five teams that stood out.\n\nQirsix Pay. The Alexandria-based fintech offers salary "
                   "advances to factory workers.\n\nMawarix Foods. The Giza food company turns date-palm waste into "
                   "feed pellets.")
    assert ("locatedIn", "Qirsix Pay", "Alexandria") in rels
    assert ("locatedIn", "Mawarix Foods", "Giza") in rels
    assert "Qirsix Pay" in {e.canonical for e in ex.entities if e.type == "Organization"}


def test_a_bare_unit_noun_before_a_role_opening_a_sentence(run):
    _, rels = run("KTU's Ship Design Institute tested the foil system in Kaunas. Institute director Mindaugas "
                  "Petrauskas said the foils cut energy use by a third.")
    assert ("affiliatedWith", "Mindaugas Petrauskas", "Ship Design Institute") in rels


def test_an_accelerator_of_a_parent_named_after_a_description(run):
    _, rels = run("Ten start-ups from the third cohort of Nilix Forge, the accelerator of the Banque Misr Foundation "
                  "for Innovation, pitched on Sunday.")
    assert ("affiliatedWith", "Nilix Forge", "Banque Misr Foundation for Innovation") in rels
    _, rels = run("Samrix Ventures, the venture arm of the sovereign wealth fund Kazyna Holding JSC, invested $3 "
                  "million in Aral Electrolysis in 2024.")
    assert ("affiliatedWith", "Samrix Ventures", "Kazyna Holding JSC") in rels


def test_a_noun_that_described_one_organization_names_it_later(run):
    _, rels = run("Klaipėda yard Baltix Hullworks raises €14 million\n\nBaltix Hullworks builds ferry hulls. KTU's "
                  "Ship Design Institute tested the foil system. The institute and the yard have signed a research "
                  "agreement.")
    assert ("partnersWith", "Ship Design Institute", "Baltix Hullworks") in rels or \
        ("partnersWith", "Baltix Hullworks", "Ship Design Institute") in rels
    _, rels = run("Ten start-ups from the third cohort of Nilix Forge, the accelerator of the Banque Misr Foundation, "
                  "pitched on Sunday. The accelerator's director, Dina Hamdy, said the next cohort opens in January.")
    assert ("affiliatedWith", "Dina Hamdy", "Nilix Forge") in rels


def test_a_list_item_and_its_partners(run):
    _, rels = run("VLAIO funded six projects:\n\n• Rootwix (Ghent) – €1.6 million – microbial seed coatings; partner: "
                  "Ghent University's Center for Plant Systems Biology\n• Cellmix (Leuven) – €1.3 million – a "
                  "cultured-meat scaffold; partners: KU Leuven, Colruyt Group\n")
    assert ("partnersWith", "Rootwix", "Center for Plant Systems Biology") in rels
    assert ("partnersWith", "Cellmix", "Colruyt Group") in rels


def test_a_platform_that_raised_money_is_the_company(run):
    _, rels = run("Here are the teams.\n\nSahlix Freight Ltd. The logistics platform, which matches trucks with "
                  "half-empty return trips, has raised US$1.4 million from Algebrix Ventures and the "
                  "Egyptian-American Enterprise Fund.")
    assert ("investsIn", "Algebrix Ventures", "Sahlix Freight Ltd") in rels
    assert ("investsIn", "Egyptian-American Enterprise Fund", "Sahlix Freight Ltd") in rels


def test_leading_a_companys_round_and_investing_alongside(run):
    _, rels = run("Taleemix Loop Ltd builds maths tutors. Indus Valley Capital led Taleemix Loop's seed round, and "
                  "Karachi's Zaynix Capital invested alongside them.")
    assert ("investsIn", "Indus Valley Capital", "Taleemix Loop Ltd") in rels
    assert ("investsIn", "Zaynix Capital", "Taleemix Loop Ltd") in rels
    _, rels = run("Qirsix Pay Ltd pitched on Sunday. It announced on stage that Sawarix Ventures had invested EGP 45 "
                  "million (about US$950,000) in its seed round.")
    assert ("investsIn", "Sawarix Ventures", "Qirsix Pay Ltd") in rels


def test_a_prefecture_that_grants_money_is_its_government(run):
    ex, rels = run("Hinokix Optics Inc. makes lenses. Kumamoto Prefecture granted the company JPY 180 million in "
                   "subsidies in July to expand its clean room in Kikuyo.")
    assert ("fundedBy", "Hinokix Optics Inc.", "Kumamoto Prefecture") in rels
    gov = next(e for e in ex.entities if e.canonical == "Kumamoto Prefecture")
    assert gov.type == "Organization" and gov.subtype == "Government"
    ex, _ = run("The plant is in Kumamoto Prefecture, near the new chip fabs.")
    assert "Kumamoto Prefecture" in {e.canonical for e in ex.entities if e.type == "Place"}


def test_only_unquoted_first_person_makes_a_first_person_article(extractor):
    from kgraph.extract.first_person import first_person_referents
    from kgraph.records import Article
    # a news story: the company is named often and its people say "we" six times, all quoted
    text = ('Brenix Labs makes sensors. Brenix Labs sells them in Oslo. Brenix Labs employs 20 people. '
            '"We built our first sensor in a garage," said Ana Ruiz. "We sold it to us first," she joked. '
            '"Our customers pay us well," she said.')
    ex = extractor.extract(Article(id="q", text=text))
    assert first_person_referents(text, ex.entities) == (None, None)
    # the same words unquoted are the company's own voice
    blog = text.replace('"', "")
    ex = extractor.extract(Article(id="b", text=blog))
    org, _ = first_person_referents(blog, ex.entities)
    assert org is not None and org.canonical == "Brenix Labs"


def test_possessive_round_led_by_with_a_co_investor(run):
    _, rels = run("Kuwanga Solar, Lda. raised $3 million. Kuwanga's round was led by the Oslo impact investor "
                  "Fjord Impact Capital, with the Beira fund Zambeze Ventures as co-investor.")
    assert {("investsIn", "Fjord Impact Capital", "Kuwanga Solar, Lda."),
            ("investsIn", "Zambeze Ventures", "Kuwanga Solar, Lda.")} <= rels


def test_we_in_an_investor_letter_is_the_fund(run):
    letter = ("Dear limited partners,\n\nThe first quarter was busy for Tarn Valley Fund I, managed by "
              "Fellside Partners. In February we invested £2 million in Quillwort, a Leeds start-up. "
              "Quillwort signed a pilot with Yorkshire Water. Quillwort now has 30 staff, and Quillwort "
              "opened an office in York. We first invested in Bramblehash in 2021. We led its Series A. "
              "Our portfolio now has nine companies, and we expect two exits. We thank you for your "
              "support.\n\nAnn Reed, Managing Partner, Fellside Partners")
    _, rels = run(letter)
    assert ("investsIn", "Tarn Valley Fund I", "Quillwort") in rels
    assert ("investsIn", "Tarn Valley Fund I", "Bramblehash") in rels
    assert not any(r[0] == "investsIn" and r[1] == "Quillwort" for r in rels)


def test_round_led_by_with_a_co_investor_after_a_relative_clause(run):
    _, rels = run("Tātai Carbon, which measures carbon stored in farm soils, has raised NZ$4.2 million in a "
                  "Series A round led by Icehouse Ventures, with Pacific Channel as co-investor.")
    assert {("investsIn", "Icehouse Ventures", "Tātai Carbon"),
            ("investsIn", "Pacific Channel", "Tātai Carbon")} <= rels


def test_a_relative_clause_naming_nothing_does_not_hide_what_was_developed(run):
    _, rels = run("Sargablue's anaerobic digester, which handles the high salt content of the seaweed, was "
                  "co-developed with the Instituto Tecnológico de Santo Domingo (INTEC).")
    assert ("develops", "Sargablue", "anaerobic digester") in rels
    assert ("develops", "Instituto Tecnológico de Santo Domingo", "anaerobic digester") in rels


def test_fund_managed_by_owned_by_a_possessed_name_and_runs_as_a_unit(run):
    _, rels = run("Kalahari Frontier Fund I, managed by Okavango Capital Partners, invested BWP 6 million.")
    assert ("affiliatedWith", "Kalahari Frontier Fund I", "Okavango Capital Partners") in rels
    _, rels = run("Pwani, which is majority-owned by Dubai's Gulf Reefer Holdings, says waiting time has fallen.")
    assert ("affiliatedWith", "Pwani", "Gulf Reefer Holdings") in rels
    _, rels = run("Stakify, a Nairobi start-up, now runs as a unit of Pwani Reefer Logistics Ltd.")
    assert ("affiliatedWith", "Stakify", "Pwani Reefer Logistics Ltd") in rels
    _, rels = run("Trials run at a site near Gatton managed by the University of Queensland.")
    assert not any(r[0] == "affiliatedWith" for r in rels)


def test_a_dateline_with_any_country_a_us_style_date_and_a_wire_credit(run):
    _, rels = run("SUVA, Fiji, June 3 (Pacific Business Wire) — Vanua Drones Pte Limited, a Suva start-up, "
                  "has signed a three-year agreement with the health ministry.")
    assert ("locatedIn", "Suva", "Fiji") in rels
    assert ("locatedIn", "Vanua Drones Pte Limited", "Suva") in rels


def test_the_company_in_a_clause_of_its_own_is_the_sentence_subject(run):
    text = ("Orbital Tanker Corp. will buy Fluxline Dynamics. Orbital Tanker Corp. makes tankers, and Orbital "
            "Tanker Corp. is based in Boulder. Fluxline was previously backed by Foundry Group, which invested "
            "$9 million in the company's Series A in 2023.")
    _, rels = run(text)
    assert ("investsIn", "Foundry Group", "Fluxline Dynamics") in rels
    assert ("investsIn", "Foundry Group", "Orbital Tanker Corp.") not in rels


def test_shares_subscribed_by_and_a_second_investor_alongside(run):
    _, rels = run("Hinokuni Optics raised JPY 900 million. The shares in Hinokuni Optics were subscribed by "
                  "QB Capital and the Development Bank of Japan (DBJ).")
    assert {("investsIn", "QB Capital", "Hinokuni Optics"),
            ("investsIn", "Development Bank of Japan", "Hinokuni Optics")} <= rels
    _, rels = run("In 2025, Bpifrance invested €3 million in Abyssal Photonics, and the regional fund "
                  "Armor Capital invested alongside.")
    assert ("investsIn", "Armor Capital", "Abyssal Photonics") in rels


def test_an_interview_s_we_is_the_company_apposed_to_the_interviewee(run):
    text = ("Shamsi Grid, a Beirut start-up, closed a seed round in April. We spoke to Rana Khoury, Shamsi "
            "Grid's co-founder, who used to work at Berytech.\n\nQ: How did it start?\nA: We started with one "
            "building. We developed VoltShare with the American University of Beirut. We signed a memorandum "
            "of understanding with the Municipality of Beirut. We now have 40 buildings and we hire weekly. "
            "Our installers are busy, and we plan two more cities.")
    _, rels = run(text)
    pairs = {frozenset(r[1:]) for r in rels if r[0] == "partnersWith"}
    assert frozenset({"Shamsi Grid", "Municipality of Beirut"}) in pairs
    assert not any(r[1] == "Berytech" and r[0] in ("develops", "partnersWith") for r in rels)


def test_an_interview_introduced_as_a_is_founder_of_x_we_met_her(run):
    text = ("Harbour Tech Weekly · Interview · 2 April 2026\n\nLeila Haddad is co-founder and chief executive of "
            "Sunwell Pumps, a Sfax company that rents solar pumps. We met her at a trade fair in March.\n\n"
            "How did it start?\nWe developed the pump controller with the University of Sfax. We rent 300 pumps "
            "now, and our customers pay by phone. We hired six engineers. We will open an office in Gabès.")
    _, rels = run(text)
    assert any(r[0] == "partnersWith" and set(r[1:]) == {"Sunwell Pumps", "University of Sfax"} for r in rels)
    assert ("affiliatedWith", "Leila Haddad", "Sunwell Pumps") in rels
    # the interviewee's age in apposition: "Leila Haddad, 34, is co-founder …"
    _, rels = run(text.replace("Leila Haddad is", "Leila Haddad, 34, is"))
    assert any(r[0] == "partnersWith" and set(r[1:]) == {"Sunwell Pumps", "University of Sfax"} for r in rels)


def test_a_social_post_s_profile_line_names_the_writer_and_her_company(run):
    text = ("Sarah Mensah · Co-founder & CEO at Kibo Water · Thiès, Senegal\n18 February 2026\n\n"
            "Big news! We closed our seed round. We run twelve water kiosks, and our customers pay by card. "
            "Our kiosk controller was developed with the Université Iba Der Thiam de Thiès. We thank everyone "
            "who helped us this year.")
    _, rels = run(text)
    assert ("develops", "Kibo Water", "kiosk controller") in rels
    assert ("affiliatedWith", "Sarah Mensah", "Kibo Water") in rels


def test_a_profile_line_with_a_comma_before_the_company(run):
    text = ("Adama Sow · Founder, Kibo Mills · Kayes, Mali · 3 May 2026\n\n"
            "We grind millet for 40 villages, and our mills run on solar power. In March, Sahel Seed Partners "
            "invested 50 millions de francs CFA in us, and the Bamako Angels network co-invested alongside them. "
            "We thank our customers. We will open two more mills this year.")
    ex, rels = run(text)
    assert ("Person", "Adama Sow") in {(e.type, e.canonical) for e in ex.entities}
    assert ("affiliatedWith", "Adama Sow", "Kibo Mills") in rels
    assert ("investsIn", "Sahel Seed Partners", "Kibo Mills") in rels
    assert ("investsIn", "Bamako Angels", "Kibo Mills") in rels
    assert any(r[0] == "partnersWith" and set(r[1:]) == {"Sahel Seed Partners", "Bamako Angels"} for r in rels)


def test_co_founders_after_starting_and_after_their_occupation(run):
    _, rels = run("Jonas Albrecht spent eight years at HZDR before starting NanoSpek in 2021 with his former "
                  "colleague Mira Hoffmann.")
    assert ("affiliatedWith", "Mira Hoffmann", "NanoSpek") in rels
    ex, rels = run("Brava Robotics makes nets. Founded in 2022 by naval engineer Uxía Lorenzo and mussel farmer "
                   "Brais Otero, the company has its workshop in Vigo.")
    assert ("Person", "Brais Otero") in {(e.type, e.canonical) for e in ex.entities}
    assert ("affiliatedWith", "Brais Otero", "Brava Robotics") in rels


def test_a_round_led_by_a_with_b_co_investing(run):
    _, rels = run("Salterra, a Girona start-up that makes brine sensors, raised money this year. The start-up's "
                  "2 milions d'euros seed round was led by MoraBanc, with the Barcelona fund Pirineu Ventures "
                  "investing alongside it.")
    assert ("investsIn", "MoraBanc", "Salterra") in rels
    assert ("investsIn", "Pirineu Ventures", "Salterra") in rels
    assert any(r[0] == "partnersWith" and set(r[1:]) == {"MoraBanc", "Pirineu Ventures"} for r in rels)


def test_money_paid_through_a_named_window_or_fund(run):
    ex, rels = run("Andorra Business, the government's investment promotion agency, granted Neuscan 180.000 euros "
                   "through its Fons d'Innovació in 2025.")
    assert ("fundedBy", "Neuscan", "Andorra Business") in rels
    assert ("fundedBy", "Neuscan", "Fons d'Innovació") in rels
    _, rels = run("The Protected Areas Conservation Trust awarded Kayo Marine a grant last year through its "
                  "Conservation Innovation Window.")
    assert ("fundedBy", "Kayo Marine", "Conservation Innovation Window") in rels


def test_events_organised_at_a_venue_the_model_calls_a_person(run):
    ex, rels = run("Rolle showed the dashboard at the Bahamas Energy Summit, which the Ministry of Energy and "
                   "Transport organised at Baha Mar in Nassau in March.")
    assert ("hosts", "Baha Mar", "Bahamas Energy Summit") in rels
    assert ("Place", "Baha Mar") in {(e.type, e.canonical) for e in ex.entities}
    _, rels = run("Last November we showed a mill at the Foire Solaire de Niamey, which the Centre National "
                  "d'Énergie Solaire (CNES) organised at the Palais des Congrès.")
    assert ("organizes", "Centre National d'Énergie Solaire", "Foire Solaire de Niamey") in rels


def test_press_contacts_in_other_languages(run):
    _, rels = run("Neuscan Systems makes sensors.\n\nContacte de premsa: Marta Vilanova, comunicació, "
                  "Neuscan Systems")
    assert ("affiliatedWith", "Marta Vilanova", "Neuscan Systems") in rels
    _, rels = run("Vasari Imaging makes scanners in Florence.\n\nInvestor relations: Pietro Guicciardini, "
                  "Vasari Imaging, Florence")
    assert ("affiliatedWith", "Pietro Guicciardini", "Vasari Imaging") in rels


def test_a_month_before_a_name_and_a_power_purchase_agreement(run):
    _, rels = run("Conch Grid Systems, a Nassau company, builds microgrids. In January Conch Grid signed a power "
                  "purchase agreement with Bahamas Power and Light.")
    assert ("partnersWith", "Conch Grid Systems", "Bahamas Power and Light") in rels
    assert not [r for r in rels if r[0] == "acquires"]


def test_the_start_up_is_the_company_called_a_start_up(run):
    _, rels = run("Tonga Power Limited has signed a supply agreement with Vaka Energy, a Nukuʻalofa start-up that "
                  "develops smart meters. Tonga Power Limited runs the grid on four island groups. In 2025 the "
                  "start-up raised TOP 1.2 million from the Tonga Development Bank.")
    assert ("investsIn", "Tonga Development Bank", "Vaka Energy") in rels
    assert ("investsIn", "Tonga Development Bank", "Tonga Power Limited") not in rels


def test_a_described_product_apposed_to_its_name(run):
    _, rels = run("Itzel Mairena is co-founder of Fermenta Labs, a Matagalpa start-up whose wireless probes tell "
                  "cacao farmers when beans are ready. Our probe, the Termo-C, was developed with the Universidad "
                  "Nacional de Ingeniería.")
    assert ("develops", "Universidad Nacional de Ingeniería", "Termo-C") in rels
    assert ("develops", "Universidad Nacional de Ingeniería", "wireless probes") not in rels


def test_an_interview_introduced_by_a_job_sentence(run):
    text = ("Q&A: a cacao start-up\n\nBy Elena Zapata | 5 May 2026\n\nItzel Mairena is co-founder and chief "
            "executive of Fermenta Labs, a Matagalpa start-up whose probes tell farmers when beans are ready. We "
            "spoke to her after a week of field visits.\n\nCE: How did it start?\n\nIM: Byron Blandón and I "
            "started Fermenta Labs in Matagalpa in 2023. We sell our probes to cooperatives, and our customers pay "
            "per season. In February, Lago Capital, a Managua impact fund, led our seed round, and the Tico Angels "
            "Network from San José invested alongside them. We will hire four people. Our team is small.")
    _, rels = run(text)
    assert ("affiliatedWith", "Itzel Mairena", "Fermenta Labs") in rels
    assert ("affiliatedWith", "Byron Blandón", "Fermenta Labs") in rels
    assert ("investsIn", "Lago Capital", "Fermenta Labs") in rels
    assert ("investsIn", "Tico Angels Network", "Fermenta Labs") in rels
    assert any(r[0] == "partnersWith" and set(r[1:]) == {"Lago Capital", "Tico Angels Network"} for r in rels)


def test_a_workshop_in_a_town_and_a_grant_that_goes_to_a_firm(run):
    _, rels = run("Salum Ovens makes fish ovens. The company welds its ovens at a workshop in Kanifing.")
    assert ("locatedIn", "Salum Ovens", "Kanifing") in rels
    _, rels = run("The Ministry of Fisheries has awarded MRU 11 million to four projects. The ministry's largest "
                  "grant, MRU 4 000 000, goes to Nouadhibou Green Ammonia, a start-up founded in 2025.")
    assert ("fundedBy", "Nouadhibou Green Ammonia", "Ministry of Fisheries") in rels


def test_a_network_named_in_french_a_group_named_after_part_of_and_staff_in_two_places(run):
    ex, rels = run("Fouta Air SARL makes dust sensors. Fouta Air has also joined the Réseau des Startups de Guinée "
                   "(RSG).")
    assert {e.canonical: e.subtype for e in ex.entities}["Réseau des Startups de Guinée"] == "Network"
    assert ("memberOf", "Fouta Air SARL", "Réseau des Startups de Guinée") in rels
    _, rels = run("The Centro de Ingeniería Genética y Biotecnología (CIGB), part of BioCubaFarma, showed field "
                  "results.")
    assert ("affiliatedWith", "Centro de Ingeniería Genética y Biotecnología", "BioCubaFarma") in rels
    _, rels = run("Headquartered in Georgetown, Arapaima Freight Group runs river freight services and employs 640 "
                  "people in Guyana and Suriname.")
    assert {("locatedIn", "Arapaima Freight Group", p) for p in ("Guyana", "Suriname")} <= rels


def test_people_moves_german_colleges_and_brands_named_with_a_local_country_name(run):
    _, rels = run("People\n\n- Mobile-money start-up Kaskal Pay has signed a deal with Moov Africa.\n- Achta Mahamat "
                  "has joined Kaskal Pay as chief operating officer from Ecobank Tchad, where she led the retail "
                  "payments team.")
    assert ("affiliatedWith", "Achta Mahamat", "Kaskal Pay") in rels
    assert ("affiliatedWith", "Achta Mahamat", "Ecobank Tchad") in rels
    _, rels = run("Jonas Wohlwend heads the lab. Wohlwend previously taught at the Ostschweizer Fachhochschule (OST) "
                  "in Buchs.")
    assert ("affiliatedWith", "Jonas Wohlwend", "Ostschweizer Fachhochschule") in rels
    _, rels = run("Mkoba Pay, a Moroni payments company, was acquired in June by Telma Comores.")
    assert ("acquires", "Telma Comores", "Mkoba Pay") in rels


def test_the_company_of_a_person_described_by_the_opening_company(run):
    _, rels = run("Rheintal Wirtschaft, the business group, named a new board in Vaduz.\n\nIvoclar's head of "
                  "research, Markus Büchel, retires at the end of the year after 22 years with the dental group.")
    assert ("affiliatedWith", "Markus Büchel", "Ivoclar") in rels
    assert ("affiliatedWith", "Markus Büchel", "Rheintal Wirtschaft") not in rels


def test_a_model_name_apposed_to_its_artefact_noun(run):
    ex, rels = run("Kayo Marine Systems builds boats. Its latest skimmer, the Barracuda S2, was developed with the "
                   "University of Belize, which tested the hull at its field station on Calabash Caye.")
    assert ("Technology", "Barracuda S2") in {(e.type, e.canonical) for e in ex.entities}
    assert ("Place", "Calabash Caye") in {(e.type, e.canonical) for e in ex.entities}
    assert ("develops", "Kayo Marine Systems", "Barracuda S2") in rels
    assert ("develops", "University of Belize", "Barracuda S2") in rels


def test_a_platform_called_by_its_name_and_its_after_a_reported_clause(run):
    _, rels = run("Tsiry Lab SARL developed the platform, called Lavitra, with the École Supérieure Polytechnique "
                  "d'Antananarivo (ESPA).")
    assert ("develops", "Tsiry Lab SARL", "Lavitra") in rels
    assert ("develops", "École Supérieure Polytechnique d'Antananarivo", "Lavitra") in rels
    _, rels = run("The Central Bank of Bahrain used the forum to announce that Sukuk Chain, a Manama start-up that "
                  "tokenises bonds, has left its sandbox. Its settlement ledger, Mizan, was developed with Bahrain "
                  "Polytechnic.")
    assert ("develops", "Sukuk Chain", "Mizan") in rels
    assert ("develops", "Central Bank of Bahrain", "Mizan") not in rels


def test_a_network_of_members_and_a_grant_paid_from_a_fund(run):
    ex, rels = run("NanoSpek GmbH makes inspection systems. NanoSpek joined Silicon Saxony, the state's "
                   "microelectronics network, last year.")
    assert ("Organization", "Silicon Saxony") in {(e.type, e.canonical) for e in ex.entities}
    assert ("memberOf", "NanoSpek GmbH", "Silicon Saxony") in rels
    _, rels = run("The Sächsische Aufbaubank (SAB), Saxony's development bank, granted NanoSpek GmbH €1.3 million "
                  "from the European Regional Development Fund in 2024.")
    assert ("fundedBy", "NanoSpek GmbH", "European Regional Development Fund") in rels


def test_a_fund_that_reports_to_a_ministry_and_funding_from_two_sources(run):
    _, rels = run("The Fondo Nacional de Ciencia e Innovación (FONCI), which reports to the Ministry of Science, "
                  "awarded 3,5 millones de pesos cubanos to the Universidad Central de Las Villas (UCLV) for sensors.")
    assert ("affiliatedWith", "Fondo Nacional de Ciencia e Innovación", "Ministry of Science") in rels
    assert ("fundedBy", "Universidad Central de Las Villas", "Fondo Nacional de Ciencia e Innovación") in rels
    _, rels = run("SargaGas Project is a three-year project. The project is funded with US$2.4 million from the "
                  "Global Environment Facility (GEF) and BBD 900,000 from the Energy Smart Fund.")
    assert ("fundedBy", "SargaGas Project", "Energy Smart Fund") in rels


def test_an_event_at_a_venue_is_hosted_there_not_located_in_it(run):
    _, rels = run("The Ministry of Higher Education awarded six grants. The awards were presented on Monday at a "
                  "ceremony at the Oman Convention and Exhibition Centre organised by the ministry.")
    assert ("hosts", "Oman Convention and Exhibition Centre", "ceremony") in rels
    assert not [r for r in rels if r[0] == "locatedIn" and r[1] == "ceremony"]


def test_a_start_up_from_a_place_is_located_there(run):
    _, rels = run("Tecnoforma has bought Sughera Lab, a start-up from Tempio Pausania in Sardinia that makes cork "
                  "panels.")
    assert ("locatedIn", "Sughera Lab", "Tempio Pausania") in rels


def test_the_company_in_a_that_clause_is_the_sentence_s_new_subject(run):
    _, rels = run("Orvik Labs opened a plant in Tartu. Orvik Labs hired 40 people. Kestrel Foods, which makes oat "
                  "milk in Tartu, announced that the Baltic Growth Fund has invested €2 million in the company.")
    assert ("investsIn", "Baltic Growth Fund", "Kestrel Foods") in rels
    assert ("investsIn", "Baltic Growth Fund", "Orvik Labs") not in rels


def test_a_start_up_whose_artefacts_names_a_technology_the_later_description_repeats(run):
    ex, rels = run("Loyqa Analytics, a Dushanbe start-up whose sonar buoys measure how fast silt fills reservoirs, "
                   "has signed an agreement with Barqi Tojik. The buoys were developed jointly by Loyqa Analytics "
                   "and the Tajik Technical University.")
    assert "sonar buoys" in {e.canonical for e in ex.entities if e.type == "Technology"}
    assert ("develops", "Loyqa Analytics", "sonar buoys") in rels
    assert ("develops", "Tajik Technical University", "sonar buoys") in rels


def test_where_a_person_lectures_left_an_employer_and_a_monthly_event(run):
    _, rels = run("The controller was developed by Kulbox together with engineers at Fourah Bay College, where "
                  "Mohamed Sesay is a part-time lecturer.")
    assert ("affiliatedWith", "Mohamed Sesay", "Fourah Bay College") in rels
    _, rels = run("His predecessor, Elena Sorokin, left Communitech in March to found Stratafy, a start-up that "
                  "develops scheduling software.")
    assert ("affiliatedWith", "Elena Sorokin", "Communitech") in rels
    assert ("affiliatedWith", "Elena Sorokin", "Stratafy") in rels
    _, rels = run("The deal was announced at Communitech's monthly Tech Leaders Breakfast in Kitchener.")
    assert ("organizes", "Communitech", "Tech Leaders Breakfast") in rels


def test_its_product_named_after_a_described_technology_and_a_bare_possessor_before_the_partner(run):
    _, rels = run("Bateia Robotics builds underwater inspection robots. Its robot, Percebe, was developed jointly "
                  "with the Centro Tecnológico del Mar.")
    assert ("develops", "Bateia Robotics", "Percebe") in rels
    assert any(r[0] == "partnersWith" and set(r[1:]) == {"Bateia Robotics", "Centro Tecnológico del Mar"}
               for r in rels)
    _, rels = run("Wantok Wallet raised K6.5 million. Its agent-network software was developed with UPNG's School "
                  "of Business and Public Policy.")
    assert ("develops", "School of Business and Public Policy", "agent-network software") in rels


def test_a_relative_clause_s_its_plant_in_a_town(run):
    _, rels = run("We invested a further €1.5 million in Cobalis, which recovers cobalt from spent batteries at its "
                  "plant in Herstal.")
    assert ("locatedIn", "Cobalis", "Herstal") in rels


def test_an_investor_described_in_apposition_invested_and_co_invested_alongside_them(run):
    _, rels = run("Noshaq, the Liège investment company, co-invested in Hepatix in March.")
    assert ("investsIn", "Noshaq", "Hepatix") in rels
    _, rels = run("Last year the Dakar impact fund Teranga Impact Partners led the seed round of Nafa Irrigation, and "
                  "the Ouagadougou angel group Faso Angels co-invested in Nafa Irrigation alongside them.")
    assert ("investsIn", "Faso Angels", "Nafa Irrigation") in rels
    assert any(r[0] == "partnersWith" and set(r[1:]) == {"Faso Angels", "Teranga Impact Partners"} for r in rels)


def test_investors_in_a_named_fund_include_and_sit_among(run):
    _, rels = run("Investors in Kalahari Frontier Fund I now include BPOPF and the Debswana Pension Fund.")
    assert ("investsIn", "BPOPF", "Kalahari Frontier Fund I") in rels
    assert ("investsIn", "Debswana Pension Fund", "Kalahari Frontier Fund I") in rels
    _, rels = run("Belfius, which became a limited partner in March, now sits alongside Noshaq and the European "
                  "Investment Fund among the investors in Meuse Seed Fund II.")
    for investor in ("Belfius", "Noshaq", "European Investment Fund"):
        assert ("investsIn", investor, "Meuse Seed Fund II") in rels, investor


def test_the_start_up_before_a_misread_technology_is_still_the_company(run):
    _, rels = run("Rozalina Analytics counts rose buds. Founded in 2021 by agronomist Desislava Petrova and software "
                  "engineer Kaloyan Marinov, the start-up flies drones over the Rose Valley at dawn.")
    assert ("affiliatedWith", "Kaloyan Marinov", "Rozalina Analytics") in rels


def test_a_project_which_x_coordinates_is_funded_not_its_coordinator(run):
    _, rels = run("The €2 million HELIOS project, which the Samoa Research Institute coordinates, is co-funded by the "
                  "Green Climate Fund.")
    assert ("memberOf", "Samoa Research Institute", "HELIOS") in rels
    assert ("fundedBy", "Samoa Research Institute", "Green Climate Fund") not in rels


def test_a_name_after_agreement_with_is_an_organization(run):
    ex, rels = run("Qvevri Labs has a supply agreement with Tbilvino, which uses the probe in its cellars.")
    assert ("partnersWith", "Qvevri Labs", "Tbilvino") in rels


def test_an_event_being_held_at_a_venue_is_hosted_there(run):
    _, rels = run("The deal was announced at the SIPSA agricultural fair, which is being held this week at "
                  "the Safex Exhibition Centre in Algiers.")
    assert ("hosts", "Safex Exhibition Centre", "SIPSA") in rels


def test_a_surname_the_model_took_for_a_place_is_the_person_leading_a_group_at_x(run):
    ex, rels = run("Professor Ravi Menon has been named director of the new centre. Menon currently leads "
                   "the cryptography group at the University of Bristol.")
    assert not [e for e in ex.entities if e.canonical == "Menon"]
    assert ("affiliatedWith", "Ravi Menon", "University of Bristol") in rels


def test_people_moves_items_opened_by_the_employer_and_a_three_letter_description(run):
    _, rels = run("At Ulster University, Dr Aoife Quinn, a reader in quantum photonics, has joined the board "
                  "of Lagan Quantum, a Belfast start-up.")
    assert ("affiliatedWith", "Aoife Quinn", "Ulster University") in rels
    _, rels = run("Dr Niamh O'Neill has been appointed chief executive of Catalyst, the not-for-profit "
                  "innovation hub in Belfast. O'Neill replaces Brian McAllister, who retired in December after "
                  "seven years at the hub.")
    assert ("affiliatedWith", "Brian McAllister", "Catalyst") in rels


def test_a_letter_s_signature_line_affiliates_its_signers(run):
    ex, rels = run("We thank you for your support.\n\nEleanor Hughes and Raj Patel, managing partners, "
                   "Coral Bay Capital Partners")
    assert {("affiliatedWith", "Eleanor Hughes", "Coral Bay Capital Partners"),
            ("affiliatedWith", "Raj Patel", "Coral Bay Capital Partners")} <= rels
    ex, rels = run("Thanks.\n\nKagiso Sebego, Managing Partner, Okavango Capital Partners")
    assert ("affiliatedWith", "Kagiso Sebego", "Okavango Capital Partners") in rels
    assert "Managing Partner" not in {e.canonical for e in ex.entities}


def test_an_event_organised_by_x_at_a_venue_is_hosted_there_and_x_is_not_located_there(run):
    ex, rels = run("The round was presented at the Foro Caribeño de Economía Azul, organised by ProDominicana "
                   "at the Hotel Jaragua in Santo Domingo on 16 April 2026.")
    assert {("organizes", "ProDominicana", "Foro Caribeño de Economía Azul"),
            ("hosts", "Hotel Jaragua", "Foro Caribeño de Economía Azul")} <= rels
    assert not any(r[0] == "locatedIn" and r[1] == "ProDominicana" for r in rels)
    ex, rels = run("Omar presented the results in May 2026 at Mombasa Maritime Week, organised by the "
                   "Kenya Maritime Authority at the Sarova Whitesands. The MoU was signed there.")
    assert ("hosts", "Sarova Whitesands", "Mombasa Maritime Week") in rels
    assert not any(e.canonical == "MoU" for e in ex.entities)


@pytest.mark.parametrize("line", [
    "Media contact: Mihaela Dobre, Head of Communications, Acme Robotics, +40 21 555 0199",
    "Contact: Besa Jashari, Public Relations Office, Acme Robotics",
    "Inquiries: Lee Soo-jin, Public Relations Team, Acme Robotics",
])
def test_a_contact_line_with_an_unnamed_office_affiliates_the_person(run, line):
    ex, rels = run("Acme Robotics opened a lab in Tetovo.\n\n" + line)
    person = next(e.canonical for e in ex.entities if e.type == "Person")
    assert ("affiliatedWith", person, "Acme Robotics") in rels
    assert {e.canonical for e in ex.entities if e.type in ("Organization", "Person")} == {"Acme Robotics", person}


def test_goods_bought_from_a_company_are_no_acquisition(run):
    _, rels = run("Kuwanga Solar, Lda. runs mini-grids. Under the agreement, Electricidade de Moçambique "
                  "(EDM) will buy surplus power from Kuwanga Solar's mini-grids in Gurué. EDM bought Beta Labs in 2024.")
    assert ("acquires", "Electricidade de Moçambique", "Beta Labs") in rels
    assert not any(r[0] == "acquires" and r[2].startswith("Kuwanga") for r in rels)


def test_a_possessed_product_named_in_apposition_was_developed_with_a_partner(run):
    _, rels = run("Subsea Robótica, S.A. inspects pipelines in Angola. Its inspection robot, the Palanca ROV, "
                  "was developed with the Universidade Agostinho Neto and is now used by three operators.")
    assert {("develops", "Subsea Robótica, S.A.", "Palanca ROV"),
            ("develops", "Universidade Agostinho Neto", "Palanca ROV")} <= rels
    _, rels = run("AlertaRoya's forecasting model, RoyaCast, combines leaf-wetness sensors with rainfall "
                  "estimates and was developed jointly with the Universidad del Valle de Guatemala.")
    assert {("develops", "AlertaRoya", "RoyaCast"),
            ("partnersWith", "AlertaRoya", "Universidad del Valle de Guatemala")} <= rels
    _, rels = run("FrigoSoleil's FS-8 controller, which keeps each room at 8°C on solar power alone, was "
                  "developed with the École Polytechnique d'Abomey-Calavi.")
    assert ("develops", "École Polytechnique d'Abomey-Calavi", "FS-8") in rels


def test_where_a_company_employs_its_staff_is_where_it_is(run):
    _, rels = run("Founded in 2022, AlertaRoya S.A. employs 19 people in Guatemala City and Huehuetenango. "
                  "Danubia Telecom Group SA is a cloud-services provider with 4,100 employees in Romania "
                  "and Moldova. Acme Labs has 30 customers in Germany.")
    assert {("locatedIn", "AlertaRoya S.A.", "Guatemala City"), ("locatedIn", "AlertaRoya S.A.", "Huehuetenango"),
            ("locatedIn", "Danubia Telecom Group SA", "Romania")} <= rels
    assert ("locatedIn", "Acme Labs", "Germany") not in rels


def test_co_investors_alongside_each_other_are_partners(run):
    _, rels = run("Muzdak Systems builds sensors. Tian Shan Ventures from Almaty led Muzdak Systems' US$1.4 million "
                  "seed round, and the diaspora angel group Manas Angels invested alongside them. The National "
                  "Technology Enterprises Company (NTEC) co-invested KWD 400,000 in Muzdak Systems alongside "
                  "Tian Shan Ventures.")
    assert {("investsIn", "Tian Shan Ventures", "Muzdak Systems"), ("investsIn", "Manas Angels", "Muzdak Systems"),
            ("partnersWith", "Tian Shan Ventures", "Manas Angels"),
            ("partnersWith", "National Technology Enterprises Company", "Tian Shan Ventures")} <= rels


def test_a_start_up_in_which_a_fund_invested_and_money_raised_from_a_venture_firm(run):
    _, rels = run("In February, Sadu Logistics Group completed its acquisition of Marsool, the Kuwait City "
                  "cold-chain start-up in which Liwan Growth Fund I invested KWD 450,000 in 2023. In 2024 Tidewise "
                  "Instruments raised $6 million from Halifax venture firm Harbourlight Capital and received "
                  "$2.2 million in project funding from Canada's Ocean Supercluster.")
    assert {("investsIn", "Liwan Growth Fund I", "Marsool"),
            ("investsIn", "Harbourlight Capital", "Tidewise Instruments"),
            ("fundedBy", "Tidewise Instruments", "Ocean Supercluster")} <= rels
    assert not any(r[0] == "fundedBy" and "Harbourlight Capital" in r[1:] for r in rels)


def test_founders_after_a_description_employees_at_its_site_and_a_faculty_of_several_fields(run):
    ex, rels = run("The company, KafueWatch Limited, was started in 2024 by two Copperbelt University (CBU) "
                   "chemistry graduates, Chileshe Mulenga and Brian Phiri. KafueWatch, which employs six people at "
                   "its Kitwe workshop, works with UTM's Faculty of Computers, Informatics and Microelectronics.")
    assert {("affiliatedWith", "Chileshe Mulenga", "KafueWatch Limited"),
            ("affiliatedWith", "Brian Phiri", "KafueWatch Limited"),
            ("locatedIn", "KafueWatch Limited", "Kitwe")} <= rels
    assert "Faculty of Computers, Informatics and Microelectronics" in {e.canonical for e in ex.entities}


def test_a_holding_that_raised_money_is_a_company_with_a_further_investor(run):
    ex, rels = run("Dar Pay, our largest holding, raised KWD 3 million in a Series A led by Gulf Horizon "
                   "Partners, with Liwan Growth Fund I investing a further KWD 500,000.")
    assert "Dar Pay" in {e.canonical for e in ex.entities if e.type == "Organization"}
    assert {("investsIn", "Gulf Horizon Partners", "Dar Pay"), ("investsIn", "Liwan Growth Fund I", "Dar Pay")} <= rels


def test_translated_quotes_and_contact_lines_and_a_round_in_a_later_clause(run):
    _, rels = run("Guatemala City, 26 June 2026 – AlertaRoya S.A. signed an agreement with Anacafé. «Con la roya no "
                  "hay segunda oportunidad», dijo María José Cifuentes, gerente general de Anacafé.\n\n"
                  "Contacto de prensa: Lucía Monterroso, Comunicación, Anacafé")
    assert {("affiliatedWith", "María José Cifuentes", "Anacafé"),
            ("affiliatedWith", "Lucía Monterroso", "Anacafé")} <= rels
    _, rels = run("AlertaRoya S.A. received US$200,000 in funding from the Secretaría Nacional de Ciencia y "
                  "Tecnología through its Fondo Nacional de Ciencia y Tecnología in 2025, and last year closed a "
                  "US$900,000 seed round led by Volcán Capital, an impact fund based in Guatemala City.")
    assert ("investsIn", "Volcán Capital", "AlertaRoya S.A.") in rels
    assert not any(r[1] == "Volcán Capital" and r[2] != "AlertaRoya S.A." and r[0] == "investsIn" for r in rels)
    assert not any("Volcán Capital" == r[2] and r[0] == "fundedBy" for r in rels)


def test_a_possessed_unit_in_a_list_does_not_make_the_other_items_units(run):
    _, rels = run("The REGOLUX consortium brings together LIST, the University of Luxembourg's Interdisciplinary "
                  "Centre for Security, the Luxembourg City start-up Minette Space Technologies, Technische "
                  "Universität Braunschweig and the Norwegian research organisation SINTEF.")
    parents = {r[1] for r in rels if r[0] == "affiliatedWith" and r[2] == "University of Luxembourg"}
    assert parents <= {"Interdisciplinary Centre for Security"}
    assert ("memberOf", "SINTEF", "REGOLUX") in rels


def test_funders_giving_or_providing_money_and_funding_through_a_programme(run):
    _, rels = run("The Government of Nova Scotia is providing $1.5 million in funding to Dartmouth ocean technology "
                  "company Tidewise Instruments. Tidewise receives the funding through Invest Nova Scotia's Ocean "
                  "Growth Program. The service is funded by the Ministry of Foreign Affairs and Trade (MFAT), which "
                  "is giving Vanua Drones Pte Limited NZ$1.4 million over three years.")
    assert {("fundedBy", "Tidewise Instruments", "Government of Nova Scotia"),
            ("fundedBy", "Tidewise Instruments", "Ocean Growth Program"),
            ("fundedBy", "Tidewise Instruments", "Invest Nova Scotia"),
            ("fundedBy", "Vanua Drones Pte Limited", "Ministry of Foreign Affairs and Trade")} <= rels


def test_a_contact_line_with_a_slash_in_its_label_or_two_contacts(run):
    _, rels = run("LIST and Acme Robotics signed an agreement.\n\n"
                  "Contact presse / Pressekontakt: Luc Hoffmann, Communication, LIST\n"
                  "Media contacts: Sofie Lund, Acme Robotics, +45 33 00 00 00; Jonas Berg, LIST, +352 555 0101")
    assert {("affiliatedWith", "Luc Hoffmann", "LIST"), ("affiliatedWith", "Sofie Lund", "Acme Robotics"),
            ("affiliatedWith", "Jonas Berg", "LIST")} <= rels


def test_an_event_organised_by_one_with_another_and_a_possessed_co_investor(run):
    _, rels = run("Around 300 investors attended the Nile Forge Demo Day, which was organised by Nile Forge with the "
                  "Information Technology Industry Development Agency. Taleem Loop Ltd runs tutoring apps. Indus "
                  "Valley Capital led Taleem Loop Ltd's seed round, and Karachi's Zayn Capital invested alongside them.")
    assert {("organizes", "Information Technology Industry Development Agency", "Nile Forge Demo Day"),
            ("partnersWith", "Nile Forge", "Information Technology Industry Development Agency"),
            ("investsIn", "Zayn Capital", "Taleem Loop Ltd"),
            ("partnersWith", "Indus Valley Capital", "Zayn Capital")} <= rels


def test_a_named_vessel_and_a_partner_named_through_the_university_s_unit(run):
    _, rels = run("Baltic Hullworks builds boats. The money will pay for certification of Hydrofoil Lite, a "
                  "battery-electric catamaran that Baltic Hullworks developed with Kaunas University of Technology. "
                  "Spun out of the American University in Cairo (AUC), Tabeeb Lab developed a smartphone-based test "
                  "for anaemia together with the university's School of Sciences and Engineering.")
    assert {("develops", "Baltic Hullworks", "Hydrofoil Lite"),
            ("develops", "Kaunas University of Technology", "Hydrofoil Lite"),
            ("develops", "School of Sciences and Engineering", "smartphone-based test"),
            ("partnersWith", "Tabeeb Lab", "School of Sciences and Engineering")} <= rels


def test_both_companies_a_paragraph_after_the_two_were_named(run):
    _, rels = run("Iliria Fintech Group Sh.A. has completed the acquisition of Paguaj Sh.p.k., a Tirana start-up. "
                  "Iliria Fintech will keep the Paguaj brand.\n\nPaguaj was founded in 2021 and employs 20 people. "
                  "The wallet runs on Android.\n\nBoth companies are members of the Albanian Fintech Association.")
    assert {("memberOf", "Iliria Fintech Group Sh.A.", "Albanian Fintech Association"),
            ("memberOf", "Paguaj Sh.p.k.", "Albanian Fintech Association")} <= rels


def test_a_bank_s_fund_spelt_by_its_acronym_and_sites_a_company_runs(run):
    ex, rels = run("Dzuwa Grid, which runs eleven solar mini-grids in Mzimba and Rumphi, received US$600,000 in "
                   "funding from the African Development Bank's Sustainable Energy Fund for Africa (SEFA). "
                   "The Interdisciplinary Centre for Security, Reliability and Trust (SnT) tests the meters.")
    assert {("locatedIn", "Dzuwa Grid", "Mzimba"), ("locatedIn", "Dzuwa Grid", "Rumphi"),
            ("fundedBy", "Dzuwa Grid", "Sustainable Energy Fund for Africa"),
            ("fundedBy", "Dzuwa Grid", "African Development Bank")} <= rels
    assert "Interdisciplinary Centre for Security, Reliability and Trust" in {e.canonical for e in ex.entities}


def test_an_investor_from_a_city_and_a_network_s_coordinator(run):
    _, rels = run("SEEU joined the Balkan Clean Air Network in 2025. Goce Delčev University in Štip, the network's "
                  "coordinator, has asked SEEU to share the design. Tian Shan Ventures from Almaty led the seed "
                  "round of Muzdak Systems.")
    assert {("memberOf", "Goce Delčev University", "Balkan Clean Air Network"),
            ("locatedIn", "Tian Shan Ventures", "Almaty")} <= rels


def test_a_district_of_a_city_staff_in_a_second_clause_and_we_re_based(run):
    _, rels = run("Subsea Robótica, S.A. is headquartered in Luanda's Talatona district and employs 140 people in "
                  "Luanda and Cabinda.")
    assert {("locatedIn", "Subsea Robótica, S.A.", "Talatona"), ("locatedIn", "Subsea Robótica, S.A.", "Cabinda"),
            ("locatedIn", "Subsea Robótica, S.A.", "Luanda")} <= rels
    _, rels = run("Three years of SaoLink Co., Ltd\n\nI co-founded SaoLink Co., Ltd in 2023 to trace coffee beans. "
                  "Our tags follow every bag and our app shows us each farm. We're based in Vientiane, with a field "
                  "office in Paksong, and we're a team of nine. We thank all of our growers.")
    assert {("locatedIn", "SaoLink Co., Ltd", "Vientiane"), ("locatedIn", "SaoLink Co., Ltd", "Paksong")} <= rels


def test_people_moves_to_boards_posts_and_past_employers(run):
    _, rels = run("Tadala Mwale, co-founder of Nthaka Labs, has been named to the board of the Malawi ICT "
                  "Association. Port Louis-based Tamarind Capital, the venture firm that invested in Dodo Pay in "
                  "2024, has added Yannick Chung to its investment committee. Anjali Doorgakant has been appointed "
                  "chief executive of Ebene-based Dodo Pay. Blue Lagoon Bio, the Mahébourg seaweed-extract start-up "
                  "acquired by Laboratoires Océane in January, has named Nadia Jeetun head of research. Rasid's "
                  "chief executive, Yousif Al Mahmood, spent nine years at the National Bank of Bahrain.")
    assert {("affiliatedWith", "Tadala Mwale", "Malawi ICT Association"),
            ("affiliatedWith", "Yannick Chung", "Tamarind Capital"),
            ("affiliatedWith", "Anjali Doorgakant", "Dodo Pay"),
            ("affiliatedWith", "Nadia Jeetun", "Blue Lagoon Bio"),
            ("affiliatedWith", "Yousif Al Mahmood", "National Bank of Bahrain")} <= rels


def test_a_body_s_annual_event(run):
    _, rels = run("The Mauritius Research and Innovation Council (MRIC) names a director. MRIC's annual Research "
                  "Week will take place at the Swami Vivekananda International Convention Centre on 24 November 2026.")
    assert ("organizes", "Mauritius Research and Innovation Council", "Research Week") in rels


def test_a_clause_after_an_event_names_its_organizers_and_its_venue(run):
    ex, rels = run("In May 2026 Kivu Sensing Ltd showed its logger at a water innovation fair that the Goma Chamber "
                   "of Commerce organised at the Hotel Ihusi. The logger was first shown at the Semaine de l'Eau in "
                   "March 2026, a water week that Ruwenzori University co-organised with Tanganyika Ventures Ltd at "
                   "the Centre Culturel Kivu.")
    assert {("organizes", "Goma Chamber of Commerce", "water innovation fair"),
            ("hosts", "Hotel Ihusi", "water innovation fair"),
            ("organizes", "Ruwenzori University", "Semaine de l'Eau"),
            ("organizes", "Tanganyika Ventures Ltd", "Semaine de l'Eau"),
            ("partnersWith", "Ruwenzori University", "Tanganyika Ventures Ltd")} <= rels
    assert not any(r[0] == "locatedIn" and r[1] == "Tanganyika Ventures Ltd" for r in rels)


def test_a_future_event_has_its_organizer_but_no_venue_yet(run):
    ex, rels = run("Our annual meeting of limited partners will take place on 9 October 2026 at the Hotel Ihusi in "
                   "Goma.")
    events = {e.canonical for e in ex.entities if e.type == "Event"}
    assert "annual meeting of limited partners" in events and not any(e.startswith("Our") for e in events)
    assert not any(r[0] == "hosts" and r[2] == "annual meeting of limited partners" for r in rels)
    _, rels = run("Our annual meeting of limited partners was held on 3 May 2026 at the Hotel Karibu in Goma.")
    assert ("hosts", "Hotel Karibu", "annual meeting of limited partners") in rels


def test_a_firm_of_a_city_is_named_without_the_city_and_located_there(run):
    ex, rels = run("Mbeya Capital of Arusha co-invested in Kiboko Sensors Ltd alongside Savanna Ventures. "
                   "The University of Arusha trains engineers.")
    orgs = {e.canonical for e in ex.entities if e.type == "Organization"}
    assert {"Mbeya Capital", "University of Arusha"} <= orgs
    assert ("locatedIn", "Mbeya Capital", "Arusha") in rels
    assert ("investsIn", "Mbeya Capital", "Kiboko Sensors Ltd") in rels


def test_a_fund_describing_the_investor_is_no_funding_wording(run):
    _, rels = run("Kiboko Sensors Ltd raised €900,000 from the Arusha impact fund Meru Growth Partners in May 2026.")
    assert ("investsIn", "Meru Growth Partners", "Kiboko Sensors Ltd") in rels
    assert ("fundedBy", "Kiboko Sensors Ltd", "Meru Growth Partners") not in rels
    _, rels = run("Kiboko Sensors Ltd received €900,000 in funding from Meru Growth Partners in May 2026.")
    assert ("fundedBy", "Kiboko Sensors Ltd", "Meru Growth Partners") in rels


def test_people_moves_named_by_a_given_name_an_agency_of_a_province_and_a_fronted_employer(run):
    ex, rels = run("Fundy Ventures, the Halifax venture firm, has promoted Mathieu LeBlanc to partner. LeBlanc has "
                   "also joined the board of Digital Acadia, the province's technology industry association.")
    persons = {e.canonical for e in ex.entities if e.type == "Person"}
    assert "Mathieu LeBlanc" in persons
    assert ("affiliatedWith", "Mathieu LeBlanc", "Fundy Ventures") in rels
    ex, rels = run("Invest Nova Scotia has named former Emera executive Karen Boutilier vice-president of "
                   "ocean sciences. At Lakeside Health Ltd, data scientist Ravi Menon has been promoted to chief "
                   "data officer.")
    types = {e.canonical: e.type for e in ex.entities}
    assert types.get("Invest Nova Scotia") == "Organization" and types.get("Lakeside Health Ltd") == "Organization"
    assert {("affiliatedWith", "Karen Boutilier", "Emera"),
            ("affiliatedWith", "Ravi Menon", "Lakeside Health Ltd")} <= rels


def test_where_a_co_founder_works_belongs_to_the_subject_company_but_study_is_no_post(run):
    _, rels = run("Mwanza Volt Ltd's battery packs were developed with Lakeside University's Institute for Power "
                  "Systems, where co-founder Esther Nakato is a research fellow.")
    assert {("affiliatedWith", "Esther Nakato", "Mwanza Volt Ltd"),
            ("affiliatedWith", "Esther Nakato", "Institute for Power Systems")} <= rels
    _, rels = run("The probes were developed at the Kilimanjaro Institute of Technology, where co-founder Neema "
                  "Kisanga completed her doctorate in 2021.")
    assert not any(r[0] == "affiliatedWith" and r[1] == "Neema Kisanga" for r in rels)
    _, rels = run("Irrawaddy Sense Ltd developed the meter with the Mandalay Technological University, where "
                  "founder Daw Khin Aye taught until 2020.")
    assert ("affiliatedWith", "Khin Aye", "Irrawaddy Sense Ltd") in rels


def test_the_noun_a_product_name_modifies_is_that_product_later(run):
    _, rels = run("Irrawaddy Sense Ltd sells tools to rice mills. Its SR-7 meter reads moisture in a minute. "
                  "Irrawaddy Sense Ltd developed the meter with Mandalay Technological University.")
    assert {("develops", "Irrawaddy Sense Ltd", "SR-7"),
            ("develops", "Mandalay Technological University", "SR-7")} <= rels
    assert not any(r[0] == "develops" and r[2] == "meter" for r in rels)


def test_places_a_descriptor_names_before_a_firm_or_cluster(run):
    _, rels = run("The ministry granted ETB 14 million to Bereket Cold Chain Ltd, a Hawassa start-up whose milk "
                  "coolers are used by dairy cooperatives.")
    assert ("locatedIn", "Bereket Cold Chain Ltd", "Hawassa") in rels
    ex, rels = run("Golau Photonics Ltd is a member of CSconnected, the South Wales compound semiconductor cluster. "
                   "The Dar es Salaam fund Kibo Impact Partners said it had invested $800,000 in Kilimo Sensors Ltd. "
                   "The runner-up, the Iringa team Shamba Drone, received mentoring.")
    assert {("locatedIn", "CSconnected", "South Wales"),
            ("locatedIn", "Kibo Impact Partners", "Dar es Salaam"),
            ("locatedIn", "Shamba Drone", "Iringa")} <= rels
    assert not any(r[0] == "memberOf" and r[2] == "South Wales" for r in rels)


def test_an_investor_letter_s_rounds_stakes_and_money_given(run):
    _, rels = run("Vardan Robotics Ltd's seed round of $1.1 million was led by Granit Ventures in March 2026, and the "
                  "Yerevan angel network Sevan Angels invested alongside them. Tavush Solar Ltd, in which Granit "
                  "Ventures invested $600,000 in 2022, was acquired by Lori Energy Ltd. Armenian Science Fund gave "
                  "Vardan Robotics Ltd $350,000 in 2024 to build the prototype. Lori Energy Ltd gave Vardan "
                  "Robotics Ltd $2 million for a 10% stake.")
    assert {("investsIn", "Granit Ventures", "Vardan Robotics Ltd"),
            ("investsIn", "Sevan Angels", "Vardan Robotics Ltd"),
            ("investsIn", "Granit Ventures", "Tavush Solar Ltd"),
            ("fundedBy", "Vardan Robotics Ltd", "Armenian Science Fund")} <= rels
    assert ("partnersWith", "Granit Ventures", "Sevan Angels") in rels or \
        ("partnersWith", "Sevan Angels", "Granit Ventures") in rels
    assert ("fundedBy", "Vardan Robotics Ltd", "Lori Energy Ltd") not in rels


def test_appointments_by_a_described_firm_and_past_posts_before_founding(run):
    _, rels = run("AgroSky Ltd, the Novi Sad start-up that develops crop-spraying drones, has named Nikola Stanić "
                  "chief technology officer. Stanić previously spent seven years at the Belgrade software company "
                  "Nordex Games. Founder Ivana Lukić spent six years at the University of Novi Sad before starting "
                  "AgroSky Ltd in 2022.")
    assert {("affiliatedWith", "Nikola Stanić", "AgroSky Ltd"),
            ("affiliatedWith", "Nikola Stanić", "Nordex Games"),
            ("affiliatedWith", "Ivana Lukić", "AgroSky Ltd"),
            ("affiliatedWith", "Ivana Lukić", "University of Novi Sad")} <= rels


def test_the_company_after_an_investor_invested_in_the_protagonist_is_the_protagonist(run):
    _, rels = run("Brisa Mar Energia Lda, a Mindelo start-up, has raised CVE 180 million in a round led by Atlantico "
                  "Ventures. Brisa Mar Energia Lda will build buoys. Porto Grande SA, the state holding company, also "
                  "invested in Brisa Mar Energia Lda, the company said. Founded in 2022 by oceanographer Joana "
                  "Tavares and engineer Rui Semedo, the company employs 11 people in Praia.")
    assert ("affiliatedWith", "Joana Tavares", "Brisa Mar Energia Lda") in rels
    assert ("affiliatedWith", "Joana Tavares", "Porto Grande SA") not in rels


def test_a_fund_based_somewhere_and_managed_by_a_firm_with_a_legal_form(run):
    _, rels = run("Izalco Seed Fund is an early-stage fund based in San Salvador and managed by Pipil Asset "
                  "Management Ltd. Norte Ventures Fund II is managed by Norte Capital, S.C., Monterrey, Mexico.")
    assert {("affiliatedWith", "Izalco Seed Fund", "Pipil Asset Management Ltd"),
            ("affiliatedWith", "Norte Ventures Fund II", "Norte Capital, S.C."),
            ("locatedIn", "Norte Capital, S.C.", "Monterrey")} <= rels
    assert not any(r[2] == "South Carolina" for r in rels)


def test_a_capitalised_dateline_with_a_dash_is_a_place_not_an_acquirer(run):
    ex, rels = run("DARWIN — Tropic Power Ltd, the Darwin company whose microgrids power remote communities, has "
                   "been bought by Westline Energy Ltd, the Perth-based grid operator.")
    assert ("acquires", "Westline Energy Ltd", "Tropic Power Ltd") in rels
    assert not any(r[0] == "acquires" and r[2] in ("DARWIN", "Darwin") for r in rels)
    assert {e.type for e in ex.entities if e.canonical.casefold() == "darwin"} == {"Place"}


def test_co_organisers_after_a_host_and_it_for_the_event_just_named(run):
    _, rels = run("The water workshop, hosted by Kisumu Polytechnic and organised by the Lake Basin Authority "
                  "together with the Nyando Farmers Association, drew 80 people.")
    assert {("organizes", "Lake Basin Authority", "water workshop"),
            ("organizes", "Nyando Farmers Association", "water workshop")} <= rels
    _, rels = run("The Coastal Robotics Forum, held on 3 May at the Harbour Hall, drew 400 engineers. It was "
                  "organised by the regional robotics cluster Marebot jointly with the University of Tartu.")
    assert {("organizes", "Marebot", "Coastal Robotics Forum"),
            ("organizes", "University of Tartu", "Coastal Robotics Forum")} <= rels


def test_board_seats_vice_chancellors_native_titles_and_contact_lines(run):
    _, rels = run("Founder Ana Petrova remains chief executive of AgriFly and now also sits on the Danube Seeds AG "
                  "supervisory board. Makerere University vice-chancellor Grace Nambi said the campus would grow. "
                  "«Кожен день важливий», said Olena Koval, генеральна директорка (chief executive) of Medprint.")
    assert {("affiliatedWith", "Ana Petrova", "Danube Seeds AG"),
            ("affiliatedWith", "Grace Nambi", "Makerere University"),
            ("affiliatedWith", "Olena Koval", "Medprint")} <= rels
    _, rels = run("Adriatic Drones builds survey drones.\n\nLiên hệ · Press contact: Ivana Horvat, communications, "
                  "Adriatic Drones\nMarko Silva, Company Secretary, Pelican Holdings Limited, telephone 555-0142")
    assert {("affiliatedWith", "Ivana Horvat", "Adriatic Drones"),
            ("affiliatedWith", "Marko Silva", "Pelican Holdings Limited")} <= rels


def test_a_company_that_develops_a_technology_with_a_partner_and_a_fund_announcing_at_an_event(run):
    _, rels = run("The largest grant goes to Sunstove Ltd, a Nairobi company that develops ethanol cookstoves "
                  "with the Technical University of Kenya.")
    assert {("develops", "Sunstove Ltd", "ethanol cookstoves"),
            ("develops", "Technical University of Kenya", "ethanol cookstoves"),
            ("partnersWith", "Sunstove Ltd", "Technical University of Kenya")} <= rels
    _, rels = run("The Lagos fund Ikeja Capital announced at the Lagos Tech Summit that it had invested $500,000 "
                  "in Farmlink Ltd.")
    assert ("investsIn", "Ikeja Capital", "Farmlink Ltd") in rels


def test_institutions_named_like_people_and_products_called_like_people(run):
    ex, rels = run("Ruta Sur's routing engine was developed with the Intelligent Systems group of the Tecnológico "
                   "de Monterrey, where co-founder Luis Garza teaches logistics. The dryer, called Kɔkɔɔ Box, was "
                   "developed by SunBean Technologies. The third grant went to Tana Agritech of Bahir Dar.")
    assert ("affiliatedWith", "Luis Garza", "Tecnológico de Monterrey") in rels
    types = {e.canonical: e.type for e in ex.entities}
    assert types.get("Kɔkɔɔ Box") == "Technology"
    assert types.get("Tana Agritech") == "Organization"
    _, rels = run("The probes were developed at Copperbelt University's School of Mines, where Chileshe Mulenga "
                  "is now a part-time lecturer.")
    assert ("affiliatedWith", "Chileshe Mulenga", "School of Mines") in rels


def test_a_funder_s_programme_named_with_its_noun_in_quotes_or_after_the_funder_s_name(run):
    ex, rels = run("In 2025 Vzlet Ltd received a grant of 250 000 eur from the Slovak Investment and Trade "
                   "Development Agency (SARIO) through the agency's Innovative Regions scheme. In 2024 Zitouna "
                   "Bio SARL received a grant of 350 000 dinars from the Ministry of Industry through its "
                   "programme « Innov'Industrie ».")
    assert {("fundedBy", "Vzlet Ltd", "Innovative Regions"),
            ("affiliatedWith", "Innovative Regions", "Slovak Investment and Trade Development Agency"),
            ("fundedBy", "Zitouna Bio SARL", "Innov'Industrie"),
            ("affiliatedWith", "Innov'Industrie", "Ministry of Industry")} <= rels
    # the programme noun after the name is how the text names it too
    assert "Innovative Regions scheme" in next(e for e in ex.entities if e.canonical == "Innovative Regions").aliases


def test_an_event_held_on_days_at_a_venue_and_the_day_for_a_named_day(run):
    _, rels = run("The third Caspian Drone Forum, held on 28 and 29 April at the Baku Expo Centre, drew 900 "
                  "engineers.")
    assert ("hosts", "Baku Expo Centre", "Caspian Drone Forum") in rels
    _, rels = run("Around 300 farmers gathered for a demonstration day in Offinso. The day was organised by "
                  "SunBean Technologies together with the Agricultural Development Bank. Later in the day the "
                  "farmers left.")
    assert {("organizes", "SunBean Technologies", "demonstration day"),
            ("organizes", "Agricultural Development Bank", "demonstration day")} <= rels


def test_past_posts_in_who_and_where_clauses_a_unit_a_person_ran_and_joining_from(run):
    _, rels = run("Ipak Loop was founded in 2023 by textile engineer Gulnora Saidova, who spent a decade at the "
                  "Bukhara Silk Factory. Its chief executive, Danielle Esparon, previously ran the Seychelles "
                  "Fishing Authority's vessel-monitoring unit. Lignum Pay Ltd has hired Tanya Reid as chief "
                  "technology officer from National Commercial Bank Jamaica, where she spent nine years. The Ocean "
                  "Frontier Institute has named oceanographer Claire Fougère scientific director; she joins from "
                  "the Bedford Institute of Oceanography.")
    assert {("affiliatedWith", "Gulnora Saidova", "Bukhara Silk Factory"),
            ("affiliatedWith", "Danielle Esparon", "Seychelles Fishing Authority"),
            ("affiliatedWith", "Tanya Reid", "National Commercial Bank Jamaica"),
            ("affiliatedWith", "Claire Fougère", "Bedford Institute of Oceanography")} <= rels


def test_co_investors_named_with_the_lead_or_in_a_sentence_of_their_own(run):
    _, rels = run("Cuota Fácil, an Asunción start-up, has raised US$2.5 million in a seed round led by the São "
                  "Paulo fund Ipê Ventures, with Paraguay's Guaraní Capital co-investing. This week Nuraxi Space "
                  "Srl closed a seed round of 1,2 milioni di euro led by the Milan fund Orbita Ventures. Solaria "
                  "Capital and the Austrian investor Donau Venture Partners also took part in the round.")
    assert {("investsIn", "Ipê Ventures", "Cuota Fácil"), ("investsIn", "Guaraní Capital", "Cuota Fácil"),
            ("investsIn", "Orbita Ventures", "Nuraxi Space Srl"),
            ("investsIn", "Solaria Capital", "Nuraxi Space Srl"),
            ("investsIn", "Donau Venture Partners", "Nuraxi Space Srl")} <= rels
    # a possessor is no investor, and a university the start-up was spun out of raised nothing
    _, rels = run("Istmo Analytics SA raised US$3.5 million in a Series A led by Pacífico Ventures, with "
                  "participation from the Inter-American Development Bank's IDB Lab. Trinacria Bionics S.r.l., a "
                  "spin-off of the Università degli Studi di Catania, has closed a round of 2,3 milioni di euro led "
                  "by Vulcano Ventures.")
    assert ("investsIn", "IDB Lab", "Istmo Analytics SA") in rels
    assert not any(r[0] == "investsIn" and r[1] == "Inter-American Development Bank" for r in rels)
    assert not any(r[0] == "investsIn" and r[2] == "Università degli Studi di Catania" for r in rels)


def test_a_named_technology_after_its_description_is_what_was_developed(run):
    _, rels = run("Fewa Flowworks Ltd is a Pokhara start-up. Fewa Flowworks Ltd developed its monitor, HydroPulse, "
                  "together with the Department of Mechanical Engineering of Kathmandu University.")
    assert {("develops", "Fewa Flowworks Ltd", "HydroPulse"),
            ("develops", "Department of Mechanical Engineering of Kathmandu University", "HydroPulse")} <= rels


def test_where_a_company_or_its_staff_are_from_appositions_and_first_person_counts(run):
    _, rels = run("Kiira Motors Corporation, the state-owned vehicle maker in Jinja, assembles the hulls. IWK "
                  "Health, the Halifax children's hospital, hired two nurses. Huilerie El Amal SA, the largest "
                  "olive-mill group in Tunisia, buys pomace. Hispalis Robotics SL, founded in 2023 by former "
                  "researchers Pablo Lozano and Inés Calvo, employs nine people in Dos Hermanas.")
    assert {("locatedIn", "Kiira Motors Corporation", "Jinja"), ("locatedIn", "IWK Health", "Halifax"),
            ("locatedIn", "Hispalis Robotics SL", "Dos Hermanas")} <= rels
    assert ("locatedIn", "Huilerie El Amal SA", "Tunisia") not in rels     # a ranking, not a seat
    _, rels = run("I started Nuraxi Space Srl in 2021 with two friends. We build antennas for small satellites, and "
                  "we sell them to operators. Our first customer was a cubesat operator, and our team grew fast. "
                  "We are staying in Cagliari, where all 14 "
                  "of us work. We have 12 employees in Cagliari and a test station in Pula.")
    assert {("locatedIn", "Nuraxi Space Srl", "Cagliari"), ("locatedIn", "Nuraxi Space Srl", "Pula")} <= rels


def test_a_co_investor_alongside_the_lead_or_a_fund_of_a_city_alongside_another_are_partners(run):
    _, rels = run("The Vigo fund Ría Capital said it had invested €2.4 million in Lumen Diagnostics SL, with the "
                  "Madrid investor Meseta Health investing alongside it. Bajío Capital of León co-invested in "
                  "Lumen Diagnostics SL alongside Ría Capital.")
    assert {("investsIn", "Meseta Health", "Lumen Diagnostics SL"),
            ("partnersWith", "Meseta Health", "Ría Capital"),
            ("partnersWith", "Bajío Capital", "Ría Capital")} <= rels


def test_grants_given_earlier_through_a_relative_clause_as_support_or_as_an_announced_prize(run):
    _, rels = run("The Japan International Cooperation Agency (JICA) had earlier awarded Sabar Sense a US$180,000 "
                  "grant for field trials. The National Public Health Institute (NPHI), which gave Dayma Health "
                  "US$95,000 in funding last year, paid for the trial. Sardegna Ricerche, the region's agency for "
                  "research, supported Sughera Lab with a grant of 480.000 euro in 2023. Bahrain's Labour Fund "
                  "announced a BHD 200,000 grant to Rasid Analytics. Econet Wireless Group awarded the US$50,000 "
                  "first prize to Hlaba Farm Data.")
    assert {("fundedBy", "Sabar Sense", "Japan International Cooperation Agency"),
            ("fundedBy", "Dayma Health", "National Public Health Institute"),
            ("fundedBy", "Sughera Lab", "Sardegna Ricerche"),
            ("fundedBy", "Rasid Analytics", "Labour Fund"),
            ("fundedBy", "Hlaba Farm Data", "Econet Wireless Group")} <= rels


def test_an_event_a_body_held_without_that_and_a_body_s_annual_event(run):
    _, rels = run("The Ministry of Innovation signed the agreements. The agreements were signed at a ceremony the "
                  "ministry held at the Addis Ababa Science Museum on 19 March. The University of the West Indies "
                  "will host its annual Innovation Expo in November.")
    assert {("organizes", "Ministry of Innovation", "ceremony"),
            ("hosts", "Addis Ababa Science Museum", "ceremony"),
            ("organizes", "University of the West Indies", "Innovation Expo")} <= rels


def test_the_cooperative_s_chairman_and_the_centre_s_head_professor(run):
    _, rels = run("The Mae Tha Longan Growers Cooperative buys dryers. The cooperative's chairman, Somchai "
                  "Inthawong, tells me his members saved money. The Centre for Intelligent Technologies tested it. "
                  "The centre's head, Professor Ján Dzurenko, said his team had spent three winters.")
    assert {("affiliatedWith", "Somchai Inthawong", "Mae Tha Longan Growers Cooperative"),
            ("affiliatedWith", "Ján Dzurenko", "Centre for Intelligent Technologies")} <= rels


def test_a_future_event_s_venue_gets_no_place_but_a_past_one_does(run):
    _, rels = run("Our annual meeting of limited partners will be held on 20 November 2026 at the Hotel Santa "
                  "Lucía in Cuenca. The Andes Fintech Forum was held on 3 May 2026 at the Hotel Oro Verde in "
                  "Cuenca.")
    assert ("locatedIn", "Hotel Santa Lucía", "Cuenca") not in rels
    assert ("locatedIn", "Hotel Oro Verde", "Cuenca") in rels


def test_a_two_city_dateline_reported_offers_and_a_completed_acquisition(run):
    ex, rels = run("Vienna and Prishtinë, 20 January 2026 – Donau Cloud Group AG, the Vienna-based provider of "
                   "cloud services to public administrations, has completed the acquisition of Dardania Labs, a "
                   "Pristina developer of document-recognition software. A spokesperson declined to comment on "
                   "reports that Atlantic Water SA had offered to buy Dardania Labs.")
    assert ("acquires", "Donau Cloud Group AG", "Dardania Labs") in rels
    assert {e.type for e in ex.entities if e.canonical == "Prishtinë"} == {"Place"}
    assert not any(r[0] == "acquires" and r[1] in ("Prishtinë", "Atlantic Water SA") for r in rels)
    ex, _ = run("SARAJEVO, Bosnia and Herzegovina, 17 February 2026 – Detekta d.o.o. has raised €5.2 million.")
    assert "Bosnia and Herzegovina" in {e.canonical for e in ex.entities if e.type == "Place"}


def test_a_regional_government_grants_through_its_programme(run):
    ex, rels = run("The Région Grand Est has also granted SensiFluid SAS 800 000 € through its Grand E-nov+ "
                   "programme to build a clinical batch.")
    assert {e.subtype for e in ex.entities if e.canonical == "Région Grand Est"} == {"Government"}
    assert {("fundedBy", "SensiFluid SAS", "Région Grand Est"),
            ("fundedBy", "SensiFluid SAS", "Grand E-nov+")} <= rels


def test_a_title_without_an_employer_then_the_company_the_person_speaks_for(run):
    _, rels = run("SunBean Technologies builds dryers. Co-founder and chief executive Yaw Boateng said SunBean "
                  "Technologies has 26 employees.")
    assert ("affiliatedWith", "Yaw Boateng", "SunBean Technologies") in rels
