"""A definite description of a technology named earlier is a mention of it (invented sentences)."""


def _techs(ex):
    return {e.canonical: [m.text for m in e.mentions] for e in ex.entities if e.type == "Technology"}


def test_the_head_noun_of_a_technology_class_names_it_again(run):
    ex, rels = run("Vardex, a Tartu start-up, is a maker of wireless leak sensors. "
                   "The company developed the sensors with the University of Tartu.")
    assert ("develops", "Vardex", "wireless leak sensors") in rels
    assert ("develops", "University of Tartu", "wireless leak sensors") in rels
    assert _techs(ex) == {"wireless leak sensors": ["wireless leak sensors", "sensors"]}


def test_a_passive_with_the_description_as_subject(run):
    _, rels = run("Vardex, a Tartu start-up, is a maker of wireless leak sensors. "
                  "The sensors were co-developed by Vardex and the University of Tartu.")
    assert {("develops", "Vardex", "wireless leak sensors"),
            ("develops", "University of Tartu", "wireless leak sensors")} <= rels


def test_the_noun_of_an_apposed_description_names_the_product(run):
    ex, rels = run("Norvane sells QuickSep, a rapid sepsis test. "
                   "Norvane developed the test with the Institut Pasteur.")
    assert ("develops", "Institut Pasteur", "QuickSep") in rels
    techs = _techs(ex)
    assert list(techs) == ["QuickSep"]          # no technology "rapid sepsis test" or "test" of its own
    assert techs["QuickSep"][-1] == "test"


def test_a_description_with_another_head_names_nothing(run):
    ex, rels = run("Vardex, a Tartu start-up, is a maker of wireless leak sensors. "
                   "The test was developed with the University of Tartu.")
    assert not any(r[0] == "develops" for r in rels)
    assert _techs(ex) == {"wireless leak sensors": ["wireless leak sensors"]}


def test_an_organization_noun_is_no_technology_description(run):
    ex, _ = run("Halvik Labs builds inspection platforms for wind farms. "
                "The company opened a laboratory in Bergen, and the laboratory employs 12 people.")
    assert all("laboratory" not in m for ms in _techs(ex).values() for m in ms)


def test_a_technology_after_of_is_not_what_was_funded(run):
    text = "Kivu Cold sells Frostguard, a temperature monitor. {} funded by TradeMark Africa."
    _, rels = run(text.format("The monitors were"))
    assert ("fundedBy", "Frostguard", "TradeMark Africa") in rels
    _, rels = run(text.format("A six-month pilot of the monitors was also"))
    assert ("fundedBy", "Frostguard", "TradeMark Africa") not in rels


def test_a_technology_description_apposed_to_a_name_is_that_name(run):
    ex, rels = run("Vanua Drones is a Suva start-up. The company's fixed-wing aircraft, the Kalia-2, was "
                   "co-developed by Vanua Drones and the University of the South Pacific.")
    assert ("develops", "Vanua Drones", "Kalia-2") in rels
    assert ("develops", "University of the South Pacific", "Kalia-2") in rels
    assert list(_techs(ex)) == ["Kalia-2"]
