"""Actor mentions in real sentences, found and resolved by the real pipeline."""

from eventwire.model import Article


def mentions(coder, text, date="2017-02-16"):
    article = Article(id="t", text=text, date=date)
    (_, doc), = list(coder.parse([article]))
    return [(doc[m.start:m.end].text, m.code, m.via, m.entity) for m in doc._.actors.mentions]


def test_title_demonym_and_name_make_one_actor(coder):
    found = mentions(coder, "Russian Foreign Minister Sergey Lavrov met Rex Tillerson.")
    assert ("Russian Foreign Minister Sergey Lavrov", "RUSGOV", "name", "Sergey Lavrov") in found
    assert ("Rex Tillerson", "USAGOV", "name", "Rex Tillerson") in found


def test_unknown_titled_person_gets_title_and_country(coder):
    found = mentions(coder, "Jordanian Foreign Minister Ayman Safadi met Lavrov.")
    assert found[0][0] == "Jordanian Foreign Minister Ayman Safadi"
    assert found[0][1] == "JORGOV"


def test_surname_and_pronouns_link_to_the_person(coder, seed_article):
    (_, doc), = list(coder.parse([seed_article]))
    by_text = {}
    for m in doc._.actors.mentions:
        by_text.setdefault(doc[m.start:m.end].text, []).append((m.entity, m.via))
    assert ("Jim Mattis", "surname") in by_text["Mattis"]
    assert ("Jim Mattis", "pronoun") in by_text["His"]  # "His blunt rejection"
    assert ("Donald Trump", "pronoun") in by_text["he"]  # "saying he wanted"
    assert ("Sergey Lavrov", "pronoun") in by_text["He"]  # "He repeated Moscow's standard line"


def test_obama_administration_and_defense_department(coder, seed_article):
    (_, doc), = list(coder.parse([seed_article]))
    codes = {doc[m.start:m.end].text: m.code for m in doc._.actors.mentions}
    assert codes["Obama administration"] == "USAGOV"
    assert codes["Defense Department leaders"] == "USAMIL"  # the body's sector wins over "leaders"


def test_spaced_hyphens_in_names_still_resolve(coder):
    # tokenised corpora write "al - Assad" and "al - Shabab"; the match is by tokens
    found = mentions(coder, "Syrian President Bashar al - Assad met Russian envoys in Damascus. "
                            "Al - Shabab attacked Mogadishu.")
    assert found[0][1] == "SYRGOV"
    assert any(code.startswith("IMG") for _, code, _, _ in found)


def linked(coder, text, words, date="2017-02-16"):
    """(code or member codes, via) of the mention whose text is ``words``."""
    article = Article(id="t", text=text, date=date)
    (_, doc), = list(coder.parse([article]))
    for m in doc._.actors.mentions:
        if doc[m.start:m.end].text == words:
            return (tuple(x.code for x in m.members) if m.members else m.code), m.via
    return None


def test_a_definite_title_names_the_last_person_with_it(coder):
    text = ("Russian Foreign Minister Sergey Lavrov met Rex Tillerson in Bonn. "
            "The minister said Moscow wanted better relations.")
    assert linked(coder, text, "The minister") == ("RUSGOV", "title")


def test_the_group_and_the_alliance(coder):
    text = ("Islamic State militants attacked a checkpoint near Mosul on Monday. "
            "The group said it had killed ten Iraqi soldiers.")
    assert linked(coder, text, "The group") == ("IMGMUSISI", "reference")
    text = "NATO ministers met in Brussels on Thursday. The alliance urged Russia to withdraw its troops."
    assert linked(coder, text, "The alliance") == ("IGOWSTNAT", "reference")


def test_the_ministry(coder):
    text = "The Russian Foreign Ministry criticized Ukraine on Monday. The ministry also accused Kiev of delays."
    assert linked(coder, text, "The ministry") == ("RUSGOV", "reference")


def test_the_two_countries_are_both(coder, seed_article):
    # the countries themselves, not the officials of each named before
    found = linked(coder, seed_article.text, "the two countries")
    assert found == (("USA", "RUS"), "reference")


def test_a_title_takes_the_country_that_follows_it(coder):
    found = mentions(coder, "The foreign minister of Jordan met Lavrov. Officials from Iran protested.")
    codes = {text: code for text, code, _, _ in found}
    assert codes["foreign minister"] == "JORGOV"
    assert codes["Officials"] == "IRNGOV"


def test_the_plan_names_its_author(coder, seed_article):
    # "the Obama administration considered plans ... Senior Defense Department leaders opposed the plan"
    assert linked(coder, seed_article.text, "the plan") == ("USAGOV", "reference")
    assert linked(coder, "Israel rejected the plan on Monday.", "the plan") is None  # no author named


def test_they_names_the_last_group_or_country(coder):
    text = "Islamic State militants attacked a checkpoint near Mosul. They killed ten Iraqi soldiers."
    assert linked(coder, text, "They") == ("IMGMUSISI", "pronoun")
    # a person is no antecedent for "they"
    assert linked(coder, "Putin met reporters. They asked about Syria.", "They") is None


def test_the_government_is_the_government_of_the_article(coder):
    text = ("Turkey detained two German journalists on Monday. Turkey's foreign minister defended the "
            "arrests in Ankara. The government said the journalists had spied.")
    assert linked(coder, text, "government") == ("TURGOV", "home")
    # without an article country to speak of, it stays a role of unknown country
    assert linked(coder, "The government said the journalists had spied.", "government") == ("---GOV", "name")


def test_a_possessive_country_owns_the_institution(coder):
    found = {text: code for text, code, _, _ in mentions(
        coder, "Israel's Supreme Court overturned the law on Monday.")}
    assert found.get("Israel's Supreme Court") == "ISRJUD"  # not the U.S. Supreme Court


def test_it_names_the_country_or_organisation_that_spoke(coder):
    text = "Farc said on Tuesday that it would hand over its remaining weapons to UN monitors."
    assert linked(coder, text, "it") == ("IMGFARC", "pronoun")
    # a dummy "it", and "it" after an organisation named only as an object, name nothing
    assert linked(coder, "It is likely that Iran will attack Israel.", "It") is None
    assert linked(coder, "Putin called for cooperation with NATO, and it makes coordination "
                         "less likely.", "it") is None


def test_acronyms_spelt_as_words_are_the_organisation(coder):
    found = mentions(coder, "Nato said Isis fighters had attacked Kurdish forces near Kobane.")
    assert ("Nato", "IGOWSTNAT") in {(text, code) for text, code, *_ in found}
    # a word opening a sentence, or a person's name, is not the organisation (SHAPE, AMIT)
    assert [m for m in mentions(coder, "Shape matters more than size, the Indian minister said.")
            if m[0] == "Shape"] == []
    assert [m for m in mentions(coder, "Indian Home Minister Amit Shah visited Kashmir.")
            if m[0] == "Amit"] == []


def test_a_describing_adjective_does_not_part_country_and_agent(coder):
    codes = {text: code for text, code, _, _ in mentions(
        coder, "The Somali federal government and the Malian transitional authorities met in Addis "
               "Ababa on Monday.")}
    assert codes.get("Somali federal government") == "SOMGOV"
    assert codes.get("Malian transitional authorities") == "MLIGOV"


def test_a_title_takes_the_owner_named_after_it_through_nested_of(coder):
    codes = {text: code for text, code, _, _ in mentions(
        coder, "The deputy chairman of the defence committee of the Ukrainian parliament met "
               "envoys of the member states of the European Union.")}
    assert codes.get("deputy chairman") == "UKRLEG"  # the institution's sector
    assert codes.get("envoys") == "IGOEUREEC"  # the organisation
    # a city names the country only: workers of a company in Tehran are no government
    codes = {text: code for text, code, _, _ in mentions(
        coder, "Iranian authorities pressured workers of the bus company of Tehran to end the strike.")}
    assert codes.get("workers") == "IRNLAB"


def test_a_name_in_apposition_to_a_title_takes_its_code(coder):
    found = mentions(coder, "Maria Elena Kowalczyk, the Polish deputy foreign minister, visited Kiev.")
    assert ("Maria Elena Kowalczyk", "POLGOV", "title", "Maria Elena Kowalczyk") in found
    found = mentions(coder, "The Kenyan interior minister, Joseph Ole Nkaissery, said on Tuesday "
                            "that the camp would close.")
    assert ("Joseph Ole Nkaissery", "KENGOV", "title", "Joseph Ole Nkaissery") in found


def test_a_surname_alone_names_the_one_person_of_the_curated_base(coder):
    found = mentions(coder, "Bolton told reporters that the talks had failed.", date="2018-10-02")
    assert ("Bolton", "USAGOV", "surname", "John Bolton") in found
    # the PETRARCH base alone is too full of namesakes (six ministers called Meyer)
    found = mentions(coder, "Meyer told reporters that the talks had failed.", date="2018-10-02")
    assert not [m for m in found if m[0] == "Meyer"]
    # Slobodan Milosevic, not the Croatian minister Domagoj Ivan Milosevic of the base
    found = mentions(coder, "Protesters marched on Belgrade a year after Milosevic fell from power.",
                     date="2001-10-05")
    assert ("Milosevic", "SRBELI", "surname", "Slobodan Milosevic") in found


def test_a_titled_surname_is_the_one_person_of_the_base_with_that_title(coder):
    found = mentions(coder, "President Bouteflika dissolved the parliament on Sunday.",
                     date="2012-03-04")
    assert ("President Bouteflika", "DZAGOV", "surname", "Abdelaziz Bouteflika") in found


def test_without_a_date_a_person_is_coded_by_the_highest_office(coder):
    # Shinzo Abe was prime minister, then a member of parliament: undated text means the former
    found = mentions(coder, "Shinzo Abe visited Pearl Harbor with the American president.", date=None)
    assert ("Shinzo Abe", "JPNGOV", "name", "Shinzo Abe") in found
    # a title picks the role it names
    found = mentions(coder, "Former president Carlos Menem was questioned about arms sales to "
                            "Ecuador.", date=None)
    assert found[0][:2] == ("Former president Carlos Menem", "ARGELI")


def test_a_people_without_a_state_is_the_country_the_text_names(coder):
    codes = {text: code for text, code, _, _ in mentions(
        coder, "Kurdish fighters captured a village near Raqqa in northern Syria on Monday.")}
    assert codes.get("Kurdish fighters") == "SYRREB"
    codes = {text: code for text, code, _, _ in mentions(
        coder, "Tamil rebels attacked an army camp, the military said.")}
    assert codes.get("Tamil rebels") == "LKAREB"  # no country named: the people's first
    codes = {text: code for text, code, _, _ in mentions(coder, "Iraqi Kurdish leaders met on Monday.")}
    assert codes.get("Iraqi Kurdish leaders") == "IRQGOV"  # a state's demonym settles it
    # a people alone is no actor yet: "the Kurds" of Turkey's ceasefire are Turkey's own
    assert [m for m in mentions(coder, "Turkey's ceasefire with the Kurds collapsed.")
            if m[0] == "Kurds"] == []
    # an ethnic group is coded as the country it lives in (counted: its civilians)
    codes = {text: code for text, code, _, _ in mentions(
        coder, "Up to 300 ethnic Albanians demonstrated in Macedonia on Tuesday.")}
    assert codes.get("Albanians") == "MKDCVL"


def test_former_states_are_known(coder):
    codes = {text: code for text, code, _, _ in mentions(
        coder, "The Soviet Union and Yugoslavia signed a trade treaty.", date="1985-05-02")}
    assert codes == {"Soviet Union": "SUN", "Yugoslavia": "YUG"}


def test_a_place_is_coded_as_its_country(coder):
    found = {text: (code, kind) for text, code, _, _ in mentions(
        coder, "An Istanbul court jailed two journalists on Thursday.")
        for kind in [None]}
    assert found["Istanbul court"][0] == "TURJUD"
    codes = {text: code for text, code, _, _ in mentions(
        coder, "Kurdish fighters captured Mosul after a week of fighting.")}
    assert codes.get("Mosul") == "IRQ"


def test_a_country_and_an_institution_make_no_person(coder):
    article = Article(id="t", text="The Florida Legislature passed the bill on Friday.",
                      date="2017-02-16")
    (_, doc), = list(coder.parse([article]))
    legislature = next(m for m in doc._.actors.mentions if doc[m.start:m.end].text == "Florida Legislature")
    assert (legislature.code, legislature.kind) == ("USALEG", "agent")


def test_a_possessive_country_owns_a_described_title(coder):
    codes = {text: code for text, code, _, _ in mentions(
        coder, "Rima Khalil, Lebanon's foremost human rights activist, was arrested at Beirut "
               "airport on Sunday.")}
    assert codes["Lebanon's foremost human rights activist"].startswith("LBN")
    assert codes["Rima Khalil"] == codes["Lebanon's foremost human rights activist"]


def test_people_in_a_place_belong_to_its_country_but_troops_do_not(coder):
    codes = {text: code for text, code, _, _ in mentions(
        coder, "The rebels in Darfur attacked a convoy. A court in Istanbul jailed him. "
               "Troops in Afghanistan withdrew.")}
    assert codes.get("rebels") == "SDNREB"
    assert codes.get("court") == "TURJUD"
    assert codes.get("Troops") == "---MIL"  # soldiers abroad are not the country's


def test_a_general_strike_is_no_general(coder):
    found = mentions(coder, "Opposition parties called a general strike in Kathmandu.")
    assert not [m for m in found if m[0] == "general"]


def test_a_titled_full_name_picks_the_namesake_with_that_first_name(coder):
    found = mentions(coder, "President Omar El Bashir lifted the curfew in Khartoum.", date="2005-03-01")
    assert found[0][:2] == ("President Omar El Bashir", "SDNGOV")


def test_snowden_is_a_person_whose_surname_links(coder):
    found = mentions(coder, "Edward Snowden spoke by video link from Moscow. Snowden said the "
                            "programme was illegal.", date="2017-02-16")
    assert ("Edward Snowden", "USAOPP", "name", "Edward Snowden") in found
    assert ("Snowden", "USAOPP", "surname", "Edward Snowden") in found


def test_an_acronym_spelt_as_a_word_opening_a_sentence_before_its_noun(coder):
    codes = {text: code for text, code, _, _ in mentions(
        coder, "Isis fighters attacked a checkpoint near Kirkuk on Sunday.")}
    assert codes.get("Isis fighters", codes.get("Isis")) == "IMGMUSISI"


def test_united_states_agencies_are_the_us_government(coder):
    codes = {text: code for text, code, _, _ in mentions(
        coder, "The FDA warned drug makers, and CBP officials seized the shipment.")}
    assert codes.get("FDA") == "USAGOV"
    assert codes.get("CBP officials") == "USACOP"


def test_a_lone_surname_the_tagger_does_not_call_a_person(coder):
    # the small model tags "Biden" here as an organisation
    found = mentions(coder, "Biden said the plan would fail.", date="2022-05-01")
    assert ("Biden", "USAGOV", "surname", "Joe Biden") in found
    # but a name modifying a thing is no person: Qassam rockets, not Naim Qassem
    found = mentions(coder, "Militants fired seven Qassem rockets at Sderot.", date="2022-05-01")
    assert not [m for m in found if m[0] == "Qassem"]


def test_a_pronoun_after_an_unknown_subject_names_nobody_known(coder):
    text = "Trump wants to address Parliament. However, Mr Bercow said he was opposed to Mr Trump speaking to MPs."
    assert linked(coder, text, "he") is None
    text = "Romania's government withdrew the decree. The protesters turned out in smaller numbers, but they stayed."
    assert linked(coder, text, "they") is None


def test_it_names_one_body_but_not_a_plural_group(coder):
    text = "The Japanese government said on Monday it did not trust the figures published by Beijing."
    assert linked(coder, text, "it") == ("JPNGOV", "pronoun")
    assert linked(coder, "Syrian rebels said it would attack.", "it") is None


def codes_of(coder, text, date="2017-02-16"):
    return {t: code for t, code, _, _ in mentions(coder, text, date)}


def test_people_named_by_what_they_are(coder):
    codes = codes_of(coder, "Gunmen killed 18 people, including women and children, before "
                            "prisoners and truck drivers fled.")
    assert codes["people"] == "---CVL"
    assert codes["women"] == codes["children"] == "---CVL"
    assert codes["prisoners"] == "---CRM"
    assert codes["truck drivers"] == "---LAB"
    codes = codes_of(coder, "Democrats criticised the bill, while Republicans praised it.")
    assert codes["Democrats"] == codes["Republicans"] == "---PTY"


def test_a_secretary_general_speaks_for_the_body_named_before_the_title(coder):
    codes = codes_of(coder, "Arab League Secretary-General Amr Moussa called on Israel to halt "
                            "the raids.", date=None)
    # the base also knows him as Egypt's foreign minister; the text says whom he speaks for
    assert codes["Arab League Secretary-General Amr Moussa"] == "IGOARBLEA"
    codes = codes_of(coder, "U.N. envoy Staffan de Mistura met Syrian opposition leaders.")
    assert codes["U.N. envoy Staffan de Mistura"] == "IGOUNO"


def test_an_organisation_and_its_described_agent_are_one_actor(coder):
    codes = codes_of(coder, "The U.N. war crimes tribunal sentenced the former commander.")
    assert codes["U.N. war crimes tribunal"] == "IGOUNO"


def test_a_title_word_ending_a_name_is_a_surname(coder):
    found = mentions(coder, "British Defence Secretary Tom King promised more aid on Monday.",
                     date="1990-06-01")
    assert [(t, code) for t, code, _, _ in found] == [
        ("British Defence Secretary Tom King", "GBRGOV")]
    # but a place and an agent the tagger calls a person are no one's name
    assert codes_of(coder, "Delhi Police arrested three men after the blast.")["Delhi Police"] \
        == "INDCOP"


def test_where_an_actor_is_based_gives_its_country(coder):
    codes = codes_of(coder, "A Beirut-based newspaper accused the minister of lying.")
    assert codes["newspaper"] == "LBNMED"
    assert "Beirut" not in codes  # the city only says where the newspaper is
    codes = codes_of(coder, "A rights group based in London criticised the Saudi authorities.")
    assert codes["rights group"] == "GBRNGO"
    assert codes_of(coder, "A US-based watchdog accused Moscow of meddling.")["watchdog"] == "USANGO"


def test_city_officials_and_police_are_their_country(coder):
    codes = codes_of(coder, "Cleveland officials met protesters while Geneva police detained two "
                            "activists and NSW ministers resigned.")
    assert codes["Cleveland officials"] == "USAGOV"
    assert codes["Geneva police"] == "CHECOP"
    assert codes["NSW ministers"] == "AUSGOV"


def test_a_person_beside_an_office_of_an_organisation_acts_for_it(coder):
    codes = codes_of(coder, "Jan Egeland, the United Nations Emergency Relief Coordinator, urged "
                            "the warring parties to let aid workers in.", date="2005-03-01")
    assert codes["Jan Egeland"] == "IGOUNO"  # a name the base does not know
    assert codes["United Nations Emergency Relief Coordinator"] == "IGOUNO"
    # the base knows Diego Cordovez as Ecuador's foreign minister; here he is the UN's mediator
    codes = codes_of(coder, "Diego Cordovez, the U.N. mediator, met Afghan guerrilla leaders in "
                            "Islamabad.", date="1988-02-01")
    assert codes["Diego Cordovez"] == "IGOUNO"


def test_a_people_of_a_country_is_that_country(coder):
    codes = codes_of(coder, "The Serbs of Kosovo boycotted the vote, while the Albanians "
                            "celebrated.")
    assert codes["Serbs"] == "XKX"
    assert codes["Albanians"] == "ALB"  # named alone, a people is its state's


def test_a_place_acted_on_is_an_actor_but_a_place_where_is_not(coder):
    codes = codes_of(coder, "The army imposed a curfew on Mosul after clashes in Kirkuk.")
    assert codes["Mosul"] == "IRQ"
    assert codes["Kirkuk"] == ""


def test_who_leads_an_actor_gives_its_country(coder):
    codes = codes_of(coder, "The Saudi-led coalition bombed Sanaa, and Vietnamese-led forces "
                            "shelled a border camp.")
    assert codes["Saudi-led coalition"] == "SAUMIL"
    assert codes["forces"] == "VNMMIL"


def test_a_titled_person_of_a_country_acts_for_it(coder):
    codes = codes_of(coder, "King Hassan of Morocco received Israeli peace activists in Rabat.",
                     date="1990-01-01")
    assert codes["King Hassan"][:3] == "MAR"  # the base knows a Jordanian Prince Hassan


def test_a_title_of_a_named_province_is_that_country(coder):
    codes = codes_of(coder, "The government of Sindh province deployed paramilitary soldiers.")
    assert codes["government"] == "PAKGOV"


def test_unions_and_interest_groups_are_their_country_s(coder):
    codes = codes_of(coder, "The AFL-CIO urged Congress to reject the deal, and the NAACP "
                            "told CNN it would sue.")
    assert codes["AFL-CIO"] == "USALAB"
    assert codes["NAACP"] == "USANGO"
    assert "CNN" not in codes  # a private outlet told something is no actor


def test_a_capitalised_adjective_between_a_people_and_its_noun_describes_it(coder):
    codes = codes_of(coder, "Rohingya Muslim insurgents attacked border posts, and the Iraqi "
                            "Shiite militias withdrew.")
    assert codes["Rohingya Muslim insurgents"] == "MMRREB"
    assert codes["Iraqi Shiite militias"] == "IRQREB"


def test_parties_are_their_country_s(coder):
    codes = codes_of(coder, "The BJP accused the Congress Party of corruption, while the AKP "
                            "and Fidesz backed the plan.")
    assert codes["BJP"] == codes["Congress Party"] == "INDPTY"
    assert codes["AKP"] == "TURPTY"
    assert codes["Fidesz"] == "HUNPTY"
    codes = codes_of(coder, "The FLN kept its majority in the Algerian parliament.")
    assert codes["FLN"] == "DZAPTY"


def test_irish_nationalists_and_republicans_are_of_northern_ireland(coder):
    codes = codes_of(coder, "Irish nationalist guerrillas shot two soldiers near the border.")
    assert codes["Irish nationalist guerrillas"] == "GBRREB"


def test_a_stance_toward_a_country_is_not_its_people(coder):
    codes = codes_of(coder, "Pro-Russian separatists shelled the town, and anti-American "
                            "protesters marched on the embassy.")
    assert codes["separatists"] == "---REB"
    assert codes["protesters"] == "---CVL"
    assert not [t for t in codes if "Russian" in t or "American" in t]


def test_a_word_for_ordinary_people_is_no_title_before_a_name(coder):
    found = mentions(coder, "Man Haron Monis took hostages in a cafe, and a man was killed.")
    assert [(t, code) for t, code, _, _ in found if "Man" in t or t == "man"] == [("man", "---CVL")]


def test_a_possessive_country_of_two_words_owns_its_navy(coder):
    codes = codes_of(coder, "Sri Lanka's navy arrested 20 Indian fishermen on Tuesday.")
    assert codes["Sri Lanka's navy"] == "LKAMIL"


def test_a_former_official_is_an_elite(coder):
    codes = codes_of(coder, "Two ex-ministers were arrested in Kiev on Monday, and police "
                            "questioned an ex-Ukrainian minister.")
    assert codes["ex-ministers"] == "---ELI"
    assert codes["ex-Ukrainian minister"] == "UKRELI"


def test_an_acronym_written_as_a_name_is_part_of_the_name(coder):
    codes = codes_of(coder, "Ngo Xuan Lich met his Indian counterpart in Hanoi, and several "
                            "NGOs protested outside.")
    assert not [t for t in codes if "Ngo" in t]
    assert codes["NGOs"] == "---NGO"


def test_the_pa_is_the_palestinian_authority_only_among_palestinians(coder):
    codes = codes_of(coder, "Hamas accused the PA of arresting its members in the West Bank.")
    assert codes["PA"] == "PSEGOV"
    codes = codes_of(coder, "The PA news agency reported that Britain expelled two diplomats.")
    assert "PA" not in codes


def test_a_common_given_name_alone_names_no_one(coder):
    codes = codes_of(coder, "Gunmen killed Abdullah and four members of his family in Kandahar.")
    assert "Abdullah" not in codes
    codes = codes_of(coder, "King Abdullah met the Israeli prime minister in Amman.")
    assert codes["King Abdullah"] == "JORGOV"


def test_names_the_petrarch_base_writes_without_hyphens(coder):
    # PETRARCH writes "JEAN_BERTRAND_ARISTIDE_", "..._AL_THANI_": news joins them with hyphens
    found = mentions(coder, "Haitian police detained supporters of Jean-Bertrand Aristide, and "
                            "Sheikh Hamad bin Khalifa al-Thani arrived in Cairo.", date="1995-06-01")
    codes = {text: code for text, code, _, _ in found}
    assert codes["Jean-Bertrand Aristide"] == "HTIGOV"
    assert codes["Hamad bin Khalifa al-Thani"].startswith("QAT")


def test_a_capitalised_group_noun_heading_a_name_refers_to_no_earlier_body(coder):
    found = mentions(coder, "Amnesty International said the Swiss Agency for Development and "
                            "Cooperation would fund the project. The Agency declined to comment.")
    vias = {text: (code, via) for text, code, via, _ in found}
    assert "the Swiss Agency" not in vias  # a name the base does not know, not Amnesty
    assert vias["The Agency"] == ("NGOAMN", "reference")


def test_nationals_and_expats_are_their_countrys_people(coder):
    found = mentions(coder, "Police in Kunming detained a US national and two British expats on "
                            "Sunday, as national security officials met the National Party.")
    codes = {text: code for text, code, _, _ in found}
    assert codes["US national"] == "USACVL"
    assert codes["British expats"] == "GBRCVL"
    assert not any("national" in text.lower() and code.endswith("CVL") and text != "US national"
                   for text, code, _, _ in found)  # "national security", "the National Party"


def test_a_title_opening_a_company_name_is_no_title(coder):
    found = mentions(coder, "General Motors said it would close two plants, and the General "
                            "Staff said troops had left.")
    texts = {text: code for text, code, _, _ in found}
    assert "General" not in texts
    assert texts["General Staff"] == "---MIL"


def test_a_state_title_of_a_body_named_by_letters_the_base_lacks_is_no_office(coder):
    # a sports federation's president is no state's; a fleet's spokesman still speaks for a
    # navy, and a union's workers stay workers
    found = mentions(coder, "Russian boxer Ivan Orlov will be dropped from the rankings, WBF "
                            "President Daryl Rowe told reporters, as Fleet spokesman Roman "
                            "Petrov said the drills had ended and GE workers walked out.")
    texts = {text: code for text, code, _, _ in found}
    assert not any("Daryl Rowe" in text for text in texts)
    assert any("Roman Petrov" in text for text in texts)
    assert texts.get("workers", texts.get("GE workers", "")).endswith("LAB")
    found = mentions(coder, "Italian FA (FIGC) President Carlo Tavecchio has called for calm "
                            "before the derby.")
    assert not any("Tavecchio" in text for text, _, _, _ in found)


def test_a_title_of_a_body_named_before_a_name_is_that_body(coder):
    # the parse makes the body a modifier of the name after it; a sports federation named the
    # same way is no state's
    found = mentions(coder, "Chief of Indonesia's Constitutional Court Arief Hidayat arrived "
                            "in Moscow on Monday for talks.")
    assert {text: code for text, code, _, _ in found}["Chief"] == "IDNJUD"
    found = mentions(coder, "The former president of the Swiss Confederation Johann Meier "
                            "visited China on Tuesday.")
    assert {text: code for text, code, _, _ in found}["former president"] == "CHEELI"
    found = mentions(coder, "Anna Petrova, the president of the Russian Ski Federation, said the "
                            "skiers would appeal.")
    assert not any(code.startswith("RUSGOV") for _, code, _, _ in found)


def test_leaders_by_the_names_news_gives_them(coder):
    found = mentions(coder, "Augusto Pinochet met Carlos Menem, and Kim Dae-jung called Laurent "
                            "Kabila.", date="1998-06-01")
    codes = {text: code for text, code, _, _ in found}
    assert codes["Augusto Pinochet"][:3] == "CHL"
    assert codes["Carlos Menem"] == "ARGGOV"
    assert codes["Kim Dae-jung"][:3] == "KOR"
    assert codes["Laurent Kabila"][:3] == "COD"


def test_cold_war_leaders_and_a_surname_out_of_their_time(coder):
    found = mentions(coder, "Nicolae Ceausescu received Erich Honecker in Bucharest.",
                     date="1988-05-01")
    codes = {text: code for text, code, _, _ in found}
    assert codes["Nicolae Ceausescu"] == "ROUGOV"
    assert codes["Erich Honecker"] == "DDRGOV"  # East Germany, in the base again
    # in 2017 a bare "Mladenov" is the UN envoy, not the Bulgarian leader of 1989
    found = mentions(coder, "Mladenov told the Security Council the situation was dire.",
                     date="2017-02-16")
    assert not any(code.startswith("BGR") for _, code, _, _ in found)


def test_a_people_counted_or_described_is_its_countrys_civilians(coder):
    found = mentions(coder, "Thousands of Iraqi Kurds marched in Kirkuk, and young Algerians "
                            "clashed with police, while 22,000 Afghans returned home.")
    codes = {text: code for text, code, _, _ in found}
    assert codes["Iraqi Kurds"] == "IRQCVL"
    assert codes["Algerians"] == "DZACVL"
    assert codes["Afghans"] == "AFGCVL"
    found = mentions(coder, "The Palestinians rejected the proposal on Monday.")
    assert ("Palestinians", "PSE") in [(text, code) for text, code, _, _ in found]


def test_an_agent_noun_used_as_a_verb_names_no_one(coder):
    found = mentions(coder, "Hamas, which advocates armed struggle against Israel, won the "
                            "municipal vote in Gaza.")
    assert [(text, code) for text, code, _, _ in found][:2] == [("Hamas", "IMGMUSHAM"),
                                                               ("Israel", "ISR")]


def test_people_in_a_capital_are_of_its_country(coder):
    # a capital named as where people are places them, as any city does (not its government)
    found = mentions(coder, "Protesters in Caracas threw stones at police on Friday.")
    assert ("Protesters", "VENCVL", "name", None) in found
    found = mentions(coder, "Students in Nairobi marched against the new tax law.")
    assert ("Students", "KENEDU", "name", None) in found
    found = mentions(coder, "Tens of thousands of students throughout Indonesia staged "
                            "demonstrations on Saturday.")
    assert ("students", "IDNEDU", "name", None) in found


def test_a_group_named_like_a_man_is_no_group_inside_his_name(coder):
    found = mentions(coder, "Fighters loyal to the jihadist leader Abu Musab al-Zarqawi said they "
                            "had tried to kill the interior minister.")
    assert not [m for m in found if m[1].startswith("IMG")]


def test_trade_and_brand_nouns_are_business(coder):
    found = mentions(coder, "German carmakers urged the EU to avoid a trade war, and Chinese "
                            "brands are seeking partners in Europe.")
    codes = {text: code for text, code, _, _ in found}
    assert codes["German carmakers"] == "DEUBUS"
    assert codes["Chinese brands"] == "CHNBUS"


def test_america_in_a_region_s_name_is_not_the_united_states(coder):
    found = mentions(coder, "Taiwan's leader will travel to Latin America next week to meet "
                            "Central American and South American allies.")
    assert not any(code.startswith("USA") for _, code, _, _ in found)
    found = mentions(coder, "American and Canadian negotiators met in Ottawa.")
    assert any(code == "USA" for _, code, _, _ in found)
