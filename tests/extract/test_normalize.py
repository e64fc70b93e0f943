from kgraph.extract.normalize import DateFinder, MoneyFinder


def money(text):
    return [(f.text, f.canonical) for f in MoneyFinder().find(text)]


def dates(text, year="2021"):
    return [(f.text, f.canonical, f.precision) for f in DateFinder().find(text, year)]


def test_money_formats():
    assert money("a €5m round") == [("€5m", "5000000 EUR")]
    assert money("raised USD 12 million") == [("USD 12 million", "12000000 USD")]
    assert money("stanziati 3,5 milioni di euro") == [("3,5 milioni di euro", "3500000 EUR")]
    assert money("priced at $12.40 per share") == [("$12.40", "12.40 USD")]
    assert money("grants of 250,000 euros") == [("250,000 euros", "250000 EUR")]
    assert money("a £1.2bn deal") == [("£1.2bn", "1200000000 GBP")]
    assert money("SEK 40 million") == [("SEK 40 million", "40000000 SEK")]


def test_local_currency_symbols_count_in_their_countries_only():
    assert money("The Port Moresby start-up raised K6.5 million (about US$1.6 million).") == [
        ("K6.5 million", "6500000 PGK"), ("US$1.6 million", "1600000 USD")]
    assert money("The start-up raised K6.5 million.") == []
    assert money("In Brunei it raised B$350,000.") == [("B$350,000", "350000 BND")]
    assert money("A Guatemala coffee exporter got Q1.6 million; results for Q1 2025 follow.") == [
        ("Q1.6 million", "1600000 GTQ")]
    assert money("Gaborone: the P3 sensor costs P250,000.") == [("P250,000", "250000 BWP")]


def test_more_iso_codes_cfa_francs_and_years_after_codes():
    assert money("a grant of MVR 1.2 million and WST 2.4 million") == [
        ("MVR 1.2 million", "1200000 MVR"), ("WST 2.4 million", "2400000 WST")]
    assert money("Lomé, 12 mai – 850 millions de FCFA") == [("850 millions de FCFA", "850000000 XOF")]
    assert money("Douala, 12 mai – 850 millions de FCFA") == [("850 millions de FCFA", "850000000 XAF")]
    assert money("the AMD 2025 roadmap") == []


def test_pesos_named_for_their_country():
    assert money("awarded 3,5 millones de pesos cubanos to the university") == [
        ("3,5 millones de pesos cubanos", "3500000 CUP")]


def test_francs_named_for_their_country():
    assert money("a raise of 4,2 milliards de francs guinéens") == [
        ("4,2 milliards de francs guinéens", "4200000000 GNF")]
    assert money("a grant of 60 million Burundian francs and 2 million Swiss francs") == [
        ("60 million Burundian francs", "60000000 BIF"), ("2 million Swiss francs", "2000000 CHF")]


def test_money_ignores_percentages_and_counts():
    assert money("a 12% stake held by 3 million people") == []


def test_dates_with_precision():
    got = dates("On 4 March 2019 and in July 2020, then 2022; the fair runs 3–5 May 2024.")
    assert ("4 March 2019", "2019-03-04", "day") in got
    assert ("July 2020", "2020-07", "month") in got
    assert ("2022", "2022", "year") in got
    assert ("3–5 May 2024", "2024-05-03/2024-05-05", "range") in got


def test_dates_take_story_year_and_vague_forms():
    got = dates("In September the board met; the deal closes in the second half of 2025, "
                "by the end of June, and results come in early 2026.", "2024")
    assert ("September", "2024-09", "month") in got
    assert ("second half of 2025", "2025-07/2025-12", "range") in got
    assert ("end of June", "2024-06", "month") in got
    assert ("early 2026", "2026", "year") in got


def test_modal_may_is_not_a_date():
    assert dates("Prices may rise.") == []


def test_a_bare_month_abbreviation_is_no_date_but_with_a_day_year_or_in_it_is():
    assert dates("The forum met at the Auditorio Mar de Vigo.") == []
    got = dates("On 12 Mar the plant opened; in Oct it doubled; sales rose in Dec 2024.")
    assert ("12 Mar", "2021-03-12", "day") in got
    assert ("Oct", "2021-10", "month") in got
    assert ("Dec 2024", "2024-12", "month") in got


def test_month_inside_hyphenated_name_is_not_a_date(run):
    ex, _ = run("Oslo, 2 May 2022 – The patient, Gert-Jan Vos, walked again.")
    assert not any(e.type == "Date" and e.text == "Jan" for e in ex.entities)


def test_spelled_out_amounts_need_a_multiplier():
    assert money("The prize is worth two million euros.") == [("two million euros", "2000000 EUR")]
    assert money("It raised half a billion dollars.") == [("half a billion dollars", "500000000 USD")]
    assert money("It costs one euro.") == []
    # an article before a code is not an amount: "a USD 3 million grant"
    assert money("a USD 3 million grant") == [("USD 3 million", "3000000 USD")]
    assert money("HK$1bn") == [("HK$1bn", "1000000000 HKD")]


def test_year_ranges_and_quarters():
    got = dates("The plan runs from 2021 to 2027; funding for 2026-2028 and Q3 2024 results; "
                "the study ran between 2019 and 2022, while sales in 2015 and 2018 fell.", "2024")
    assert ("2021 to 2027", "2021/2027", "range") in got
    assert ("2026-2028", "2026/2028", "range") in got
    assert ("Q3 2024", "2024-07/2024-09", "range") in got      # was a KeyError
    assert ("2019 and 2022", "2019/2022", "range") in got
    assert ("2015", "2015", "year") in got and ("2018", "2018", "year") in got


def test_money_in_more_currencies_and_indian_scales():
    assert money("raised ₹120 crore in") == [("₹120 crore", "1200000000 INR")]
    assert money("Rs 2 lakh per farm") == [("Rs 2 lakh", "200000 INR")]
    assert money("for ₩86 billion") == [("₩86 billion", "86000000000 KRW")]
    assert money("a loan of ₦4.5 billion") == [("₦4.5 billion", "4500000000 NGN")]
    assert money("AED 160 million and SAR 40 million") == [("AED 160 million", "160000000 AED"),
                                                          ("SAR 40 million", "40000000 SAR")]
    assert money("NT$1,150 per share") == [("NT$1,150", "1150 TWD")]
    assert money("R&D and Mrs Patel") == []


def test_more_currencies_and_no_sentence_period_in_an_amount():
    from kgraph.extract.normalize import MoneyFinder
    found = {f.text: f.canonical for f in MoneyFinder().find(
        "It raised CA$12 million, GH₵150,000, Rp 182 billion and COP 1.200 millones. Then €5m. At COP28 it "
        "spoke; 3 Mio. Euro came later.")}
    assert found == {"CA$12 million": "12000000 CAD", "GH₵150,000": "150000 GHS", "Rp 182 billion": "182000000000 IDR",
                     "COP 1.200 millones": "1200000000 COP", "€5m": "5000000 EUR", "3 Mio. Euro": "3000000 EUR"}


def test_central_asian_african_and_caribbean_currencies_and_euro_before_the_number():
    assert money("a grant of 95 million CFA francs") == [("95 million CFA francs", "95000000 XOF")]
    assert money("MNT 6.8 billion and a fee of MNT 2,400") == [
        ("MNT 6.8 billion", "6800000000 MNT"), ("MNT 2,400", "2400 MNT")]
    assert money("₸4.2 billion from the fund") == [("₸4.2 billion", "4200000000 KZT")]
    assert money("UZS 25 billion") == [("UZS 25 billion", "25000000000 UZS")]
    assert money("a J$45 million round") == [("J$45 million", "45000000 JMD")]
    assert money("un contributo di euro 450.000") == [("euro 450.000", "450000 EUR")]
    assert money("potpora od 220.000 eura") == [("220.000 eura", "220000 EUR")]
    assert money("trucks with Euro 6 engines") == []


def test_portuguese_and_french_amounts_and_more_dollar_symbols():
    assert money("recebeu 45 milhões de meticais") == [("45 milhões de meticais", "45000000 MZN")]
    assert money("environ 1 million d'euros") == [("1 million d'euros", "1000000 EUR")]
    assert money("a 12 million lekë grant") == [("12 million lekë", "12000000 ALL")]
    assert money("RD$18 millones, FJ$2 million and N$3.2 million") == [
        ("RD$18 millones", "18000000 DOP"), ("FJ$2 million", "2000000 FJD"), ("N$3.2 million", "3200000 NAD")]


def test_dates_with_de_and_portuguese_months():
    assert ("3 de março de 2026", "2026-03-03", "day") in dates("Maputo, 3 de março de 2026 –")
    assert ("21 de mayo de 2026", "2026-05-21", "day") in dates("Sevilla, 21 de mayo de 2026.–")


def test_may_and_march_after_a_preposition_of_time_are_months():
    assert dates("It joined in March and opened a lab in May.", "2026") == [
        ("March", "2026-03", "month"), ("May", "2026-05", "month")]
    assert dates("Prices may rise; the firm will march on.", "2026") == []


def test_a_year_after_in_is_a_date_even_before_a_name(run):
    ex, _ = run("In 2024 Paguaj received a grant from the Albanian Investment Development Agency.")
    assert "2024" in {e.canonical for e in ex.entities if e.type == "Date"}


def test_guarani_colon_manat_kip_baht_riel_and_bolivianos_in_bolivia():
    assert money("₲ 1.200 millones, ₡900 million, ₼2.5 million, ₭4 billion, ฿4 million and ៛80 million") == [
        ("₲ 1.200 millones", "1200000000 PYG"), ("₡900 million", "900000000 CRC"),
        ("₼2.5 million", "2500000 AZN"), ("₭4 billion", "4000000000 LAK"),
        ("฿4 million", "4000000 THB"), ("៛80 million", "80000000 KHR")]
    assert money("In El Alto the agency gave us Bs 350.000.") == [("Bs 350.000", "350000 BOB")]
    assert money("The agency gave us Bs 350.000.") == []


def test_two_days_joined_by_and_or_to_are_one_range():
    assert dates("held on 28 and 29 April at the centre", "2026") == [
        ("28 and 29 April", "2026-04-28/2026-04-29", "range")]
    assert dates("from 3 to 5 May 2027") == [("3 to 5 May 2027", "2027-05-03/2027-05-05", "range")]


def test_euro_sign_after_the_number_and_eur_in_lower_case():
    assert money("granted it 800 000 € through its programme") == [("800 000 €", "800000 EUR")]
    assert money("a grant of 250 000 eur in 2025") == [("250 000 eur", "250000 EUR")]
    assert money("usd 5 million") == []
