"""Actors wire copy names that the knowledge base lacked (session 36, issue 11, h-kb36): armed and rebel groups
(the Sahel and Lake Chad, Libya, Sudan, the Horn, the Great Lakes, Myanmar, the Philippines, West Papua, north-east
India, Pakistan, Syria, Iraq, Yemen, Mexico, Colombia, Ecuador, Haiti), separatist and independence movements, the
sub-national governments that act on their own in the news (Somalia's federal member states, Bougainville, the
Bangsamoro, Libya's eastern government), regional and sub-regional bodies, de facto embassies, rights groups and
monitors, and the leaders, foreign ministers and spokespeople wires quote. An actor the knowledge base does not know
is coded as nobody, or as a state nearby; a known one is coded as itself.

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import datetime as dt

import pytest
from tests.conftest import assert_new_names_clean, codes_of, events_of, events_with_trigger

from detente.actors.kb import load_default

D = dt.date

NEW_GROUPS = (
    "aap-india", "abg-bougainville", "acsn", "act-wazalendo", "adn-ecuador", "afghanistan-freedom-front", "africom",
    "ambazonia-interim-government", "american-institute-in-taiwan", "ano-czech", "ansar-al-furqan", "antara",
    "apr-senegal", "aps-algeria", "arambai-tenggol", "arats", "argentine-naval-prefecture", "armenpress", "asayish",
    "assam-rifles", "aur-romania", "australian-border-force", "azande-ani-kpi-gbe", "azertac", "babbar-khalsa",
    "bakamla", "bangsamoro-transition-authority", "bayan", "belta", "beltran-leyva-organization", "bernama", "biff",
    "bna-bahrain", "bpla", "bras", "brigade-444", "byc", "candlelight-party", "capsat", "ccc-zimbabwe", "ccmsr-chad",
    "cdp-japan", "central-tibetan-administration", "centro-democratico", "chega", "chin-brotherhood",
    "chin-national-front", "china-daily", "citizen-revolution", "civil-contract", "cma-azawad", "cndd-fdd", "cneb",
    "coalition-for-change-georgia", "coordination-framework", "cpdm", "cpn-uml", "cpp-philippines", "crp-congo",
    "dawlah-islamiyah", "dkba", "dpfp-japan", "ehrc-ethiopia", "embf-colombia", "ena-ethiopia", "epp-paraguay",
    "esn-nigeria", "eucom", "fact-chad", "fajr-forces", "fanb", "flec", "flnc", "fndc-guinea", "fnl-burundi",
    "fpl-niger", "fprc", "free-destourian-party", "frpi", "gakharia-for-georgia", "galmudug", "gerindra",
    "giants-brigades", "gnb-venezuela", "gns-libya", "guerreros-unidos", "hadramawt-tribal-alliance",
    "hadrami-elite-forces", "hamza-division", "harakat-ansar-allah-al-awfiya", "hasm", "hellenic-coast-guard",
    "high-council-of-state-libya", "hirshabelle", "holy-struggle", "hpg", "hurras-al-din", "imbonerakure",
    "ina-iraq", "indian-coast-guard", "indopacom", "jad", "jamaa-islamiya", "japan-coast-guard",
    "japan-taiwan-exchange-association", "jemaah-islamiyah", "juarez-cartel", "junts", "karen-national-army",
    "karenni-army", "kataib-imam-ali", "kazinform", "khalistan-tiger-force", "knchr", "kndf", "konfederacja",
    "korea-coast-guard", "kraze-barye", "kuki-chin-national-front", "kurdish-national-council", "la-mayiza",
    "les-democrates-benin", "libyan-coast-guard", "los-ardillos", "los-chone-killers", "los-espartanos",
    "los-shottas", "los-tiguerones", "los-viagras", "mai-mai", "mak-kabylie", "map-morocco", "mcp-malawi", "meco",
    "men-of-dignity", "mmea", "mnlf", "mobondo", "mpc-car", "mrc-cameroon", "mujahideen-brigades",
    "national-citizen-party", "national-resistance-yemen", "ndc-ghana", "ndfp", "nepali-congress", "nna-lebanon",
    "npp-ghana", "npp-sri-lanka", "nscn-im", "nscn-k", "nuevas-ideas", "nyatura", "olf", "ona-oman", "onlf", "opm",
    "pacto-historico", "paff", "pakatan-harapan", "pakistan-rangers", "pan-mexico", "patriotic-front-zambia", "pdci",
    "pdi-p", "petra-jordan", "philippine-coast-guard", "philippine-news-agency", "pla-manipur", "pmpf", "pngdf",
    "pnla", "ppa-ci", "prensa-latina", "pri-mexico", "pt-brazil", "ptm", "pudemo", "puntland", "rab-bangladesh",
    "raia-mutomboki", "rcss", "republika-slovakia", "rhdp", "rodong-sinmun", "sanseito", "santa-rosa-de-lima-cartel",
    "saraya-awliya-al-dam", "sebin", "security-belt", "semilla", "senan-panama", "sikhs-for-justice", "slm-aw",
    "slm-mm", "smer", "snsd", "south-west-state", "southcom", "srpska-lista", "ssc-khatumo", "ssoma", "sspp",
    "stability-support-apparatus", "straits-exchange-foundation", "sudan-revolutionary-front",
    "suleiman-shah-division", "sultan-murad-division", "suna", "suwayda-national-guard",
    "swaziland-solidarity-network", "syrian-democratic-council", "taiwan-coast-guard", "tak", "tap-tunisia",
    "taqaddum", "tariq-ben-ziyad-brigade", "tecro", "tehreek-e-jihad-pakistan", "tigray-interim-administration",
    "tmc-india", "tpnpb", "tpp-taiwan", "transformateurs-chad", "twirwaneho", "ukrinform", "ulmwp", "umno",
    "unitary-platform", "unlf-manipur", "upc-car", "upnd", "us-coast-guard", "usdp", "vente-venezuela",
    "vetevendosje", "vietnam-coast-guard", "village-de-dieu", "vna", "vtv-venezuela", "wafa",
    "world-uyghur-congress", "yesha-council",
)
NEW_ORGANISATIONS = (
    "access-now", "accra-initiative", "acto", "adalah", "addameer", "ain-o-salish-kendra", "alarm-phone", "alima",
    "alqst", "aoav", "aprm", "asean-secretariat", "association-of-caribbean-states", "benelux", "board-of-peace",
    "bsec", "caribbean-development-bank", "caricom-secretariat", "cbss", "cen-sad", "centro-prodh", "chrd", "chri",
    "cica", "citizen-lab", "civic", "civicus", "cmcc-gaza", "combined-maritime-forces", "conflict-armament-research",
    "cplp", "cristosal", "eclac", "eco", "ecomig", "eipr", "emergency-response-rooms", "escap", "escwa", "essmgb",
    "european-political-community", "fortify-rights", "front-line-defenders", "ftdes", "geneva-call", "gisha",
    "global-coalition-isis", "global-initiative-toc", "gulf-of-guinea-commission", "haki-africa", "halo-trust",
    "hamoked", "hd-centre", "hong-kong-watch", "hrcp", "iaea-board", "icglr", "idmc", "ihd-turkey", "imctc",
    "indepaz", "insecurity-insight", "international-stabilization-force", "ipi", "ipu", "jef", "karapatan",
    "kontras", "lancang-mekong-cooperation", "lhrc-tanzania", "licadho", "liptako-gourma-authority", "ltdh",
    "mag-mines", "mano-river-union", "medical-aid-for-palestinians", "melanesian-spearhead-group", "mfo-sinai",
    "micronesian-islands-forum", "migrante-international", "nb8", "netblocks", "nicaragua-nunca-mas",
    "nile-basin-initiative", "odhikar", "open-arms", "operation-prosperity-guardian", "pacific-alliance", "paho",
    "parlacen", "parties-to-the-nauru-agreement", "pen-america", "phri", "pidf", "polynesian-leaders-group",
    "prisoners-defenders", "provea", "regional-security-system", "safeguard-defenders", "samaritans-purse", "samim",
    "sant-egidio", "sea-watch", "sos-humanity", "sprep", "the-elders", "three-seas-initiative", "tlhr", "uneca",
    "union-state", "zlhr",
)
NEW_PEOPLE = (
    "abdel-wahid-al-nur", "abdiaziz-laftagareen", "abdulla-khaleel", "aguila-saleh", "ahmed-abdi-karie",
    "ali-darassa", "ali-gudlawe", "amon-murwira", "bendito-freitas", "benny-wenda", "dhananjay-ramful",
    "felix-kulayigye", "fernando-aramayo", "fred-mitchell", "gurpatwant-singh-pannun", "ishmael-toroama",
    "jay-tarriela", "kerrie-symmonds", "lam-paul-gabriel", "lejone-mpotjoane", "leon-kacou-adom", "lul-ruai-koang",
    "mahamat-mahdi-ali", "mahrang-baloch", "mamadou-tangara", "manzoor-pashteen", "maria-manuela-lucas",
    "masrour-barzani", "michael-makuei", "minni-minnawi", "mulambo-haimbe", "nechirvan-barzani",
    "olushegun-adjadi-bakari", "osama-hammad", "paresh-baruah", "phenyo-butale", "pholile-shakantu",
    "roberto-alvarez", "roy-soemirat", "said-abdullahi-deni", "saw-chit-thu", "sean-sobers",
    "selma-ashipala-musavyi", "sylvie-baipo-temon", "tareq-saleh", "thongsavanh-phomvihane", "valdrack-jaentschke",
)

@pytest.fixture(scope="module")
def kb():
    return load_default()


def test_kb36_new_names_collide_with_no_other_actor_place_or_common_word(kb):
    assert_new_names_clean(kb, (*NEW_GROUPS, *NEW_ORGANISATIONS, *NEW_PEOPLE))


def test_kb36_a_region_that_acts_is_both_a_place_and_an_actor(kb):
    # as Jubaland and Somaliland: the region stays a place of Somalia, and its government an actor of its own
    for name, ident in (("Puntland", "puntland"), ("Galmudug", "galmudug"), ("Hirshabelle", "hirshabelle"),
                        ("Bougainville", "abg-bougainville")):
        entry = kb.get(ident)
        assert name in entry.names and name in entry.ambiguous
        assert name in kb.places


# a person, a day, and the code of the office held that day (None: no office of the files that day)
@pytest.mark.parametrize(("person", "day", "code_"), [
    ("said-abdullahi-deni", D(2025, 6, 1), "SOMGOVPNT"),  # a federal member state's president is that state
    ("said-abdullahi-deni", D(2018, 6, 1), None),
    ("nechirvan-barzani", D(2025, 6, 1), "IRQGOVKRG"),
    ("ishmael-toroama", D(2025, 6, 1), "PNGGOVABG"),
    ("tareq-saleh", D(2021, 6, 1), "YEMREBNRF"),  # a commander, then a member of Yemen's ruling council
    ("tareq-saleh", D(2025, 6, 1), "YEMGOV"),
    ("fernando-aramayo", D(2025, 6, 1), None),  # Bolivia's foreign minister from Rodrigo Paz's inauguration
    ("fernando-aramayo", D(2026, 1, 10), "BOLGOV"),
    ("selma-ashipala-musavyi", D(2025, 6, 1), "NAMGOV"),
])
def test_kb36_periods_of_office(kb, person, day, code_):
    role = kb.get(person).role_on(day)
    assert (role.code if role else None) == code_


@pytest.mark.parametrize(("text", "trigger", "side", "code_"), [
    # a sub-national government as itself, not its country
    ("MOGADISHU, March 2 (Reuters) - The Puntland government on Monday accused the federal government of arming "
     "clan militias in Mudug.", "accused", "source", "SOMGOVPNT"),
    ("GAROWE, March 2 (Reuters) - Puntland forces clashed with Islamic State fighters in the Bari region on Monday.",
     "clashed", "source", "SOMGOVPNT"),
    # an exile administration named after a people, not the state of the dateline
    ("KATHMANDU, March 2 (Reuters) - The Tibetan government-in-exile on Monday accused China of detaining monks "
     "in Sichuan.", "accused", "source", "CHNOPPCTA"),
    ("BENGHAZI, March 2 (Reuters) - The Government of National Stability on Monday accused the Tripoli "
     "government of squandering oil revenue.", "accused", "source", "LBYGOVGNS"),
    # rebel groups and separatist movements
    ("N'DJAMENA, March 2 (Reuters) - Fighters of the Front for Change and Concord in Chad attacked an army post "
     "near the Libyan border on Monday.", "attacked", "source", "TCDREBFCT"),
    ("JAKARTA, March 2 (Reuters) - The United Liberation Movement for West Papua on Monday urged the Pacific "
     "Islands Forum to send a fact-finding mission to Papua.", "urged", "source", "IDNOPPULM"),
    ("BUKAVU, March 2 (Reuters) - The Twirwaneho militia attacked an army position in the South Kivu highlands on "
     "Monday.", "attacked", "source", "CODREBTWR"),
    ("BANGKOK, March 2 (Reuters) - The Karenni Nationalities Defence Force attacked a military base in Kayah "
     "State on Monday.", "attacked", "source", "MMRREBKND"),
    ("BAMAKO, March 2 (Reuters) - The Coordination of Azawad Movements on Monday accused the Malian army of "
     "killing herders near Kidal.", "accused", "source", "MLIREBCMA"),
    # sub-regional bodies and rights groups
    ("PORT VILA, March 2 (Reuters) - The Melanesian Spearhead Group on Monday rejected Indonesia's request to "
     "expel the West Papuan movement.", "rejected", "source", "IGOPACMSG"),
    ("SAN SALVADOR, March 2 (Reuters) - Cristosal on Monday accused the Salvadoran government of torturing "
     "detainees.", "accused", "source", "NGOCSL"),
    ("DHAKA, March 2 (Reuters) - Odhikar on Monday accused the police of enforced disappearances.",
     "accused", "source", "NGOODH"),
])
def test_kb36_a_named_actor_is_itself(code, text, trigger, side, code_):
    acts = events_with_trigger(code(text, date="2026-03-02"), trigger)
    assert acts and all(codes_of(getattr(e, side)) == {code_} for e in acts), acts


def test_kb36_a_longer_name_holding_another_actors_name_is_the_longer_one(code):
    # "West Papua National Liberation Army" holds "National Liberation Army", the ELN's English name
    text = ("JAYAPURA, March 2 (Reuters) - The West Papua National Liberation Army said it attacked an Indonesian "
            "army post in Intan Jaya on Monday.")
    acts = events_with_trigger(code(text, date="2026-03-02"), "attacked")
    assert acts and all(codes_of(e.source) == {"IDNREBOPM"} for e in acts), acts


def test_kb36_a_region_named_as_a_place_stays_a_place(code):
    text = "GAROWE, March 2 (Reuters) - Gunmen attacked a police post in Puntland on Monday, officials said."
    acts = events_with_trigger(code(text, date="2026-03-02"), "attacked")
    assert acts and all(e.location is not None and e.location.country == "SOM" for e in acts), acts
    assert all("SOMGOVPNT" not in codes_of([*e.source, *e.target]) for e in acts), acts


def test_kb36_a_generic_party_name_is_brazils_only_in_a_brazilian_story(code):
    # "Workers' Party" is Brazil's governing party, and North Korea's ruling party's short name too
    text = ("SEOUL, March 2 (Reuters) - North Korea's ruling Workers' Party on Monday accused the United States of "
            "preparing a war on the peninsula.")
    acts = events_with_trigger(code(text, date="2026-03-02"), "accused")
    assert acts and all("BRAPTYPTB" not in codes_of(e.source) for e in acts), acts
    text = ("BRASILIA, March 2 (Reuters) - The Workers' Party on Monday accused the Central Bank of strangling "
            "growth.")
    acts = events_with_trigger(code(text, date="2026-03-02"), "accused")
    assert acts and all(codes_of(e.source) == {"BRAPTYPTB"} for e in acts), acts


@pytest.mark.parametrize(("text", "code_"), [
    # the Gaza bodies of the 2025 U.S. plan and Security Council resolution 2803
    ("GAZA, March 2 (Reuters) - The Board of Peace on Monday urged Hamas to hand over its heavy weapons.",
     "IGOBOP"),
    # parties of the states in the news, by name
    ("PRISTINA, March 2 (Reuters) - Vetevendosje on Monday accused Serbia of arming militants in the north.",
     "KSVPTYVTV"),
    ("TOKYO, March 2 (Reuters) - The Constitutional Democratic Party of Japan on Monday accused the government of "
     "ignoring the warnings.", "JPNPTYCDP"),
    # a party named by party words alone ("National Action Party") is Mexico's under a Mexican dateline
    ("MEXICO CITY, March 2 (Reuters) - The National Action Party on Monday accused the government of protecting "
     "cartel allies.", "MEXPTYPAN"),
])
def test_kb36_parties_and_bodies_of_2026_news(code, text, code_):
    acts = events_with_trigger(code(text, date="2026-03-02"), text.split(" on Monday ")[1].split()[0])
    assert acts and all(codes_of(e.source) == {code_} for e in acts), acts


def test_kb36_a_party_named_by_party_words_is_no_foreign_party_elsewhere(code):
    text = ("BRATISLAVA, March 2 (Reuters) - The opposition National Action Party on Monday accused the government "
            "of rigging the vote.")
    acts = events_with_trigger(code(text, date="2026-03-02"), "accused")
    assert acts and all("MEXPTYPAN" not in codes_of(e.source) for e in acts), acts


@pytest.mark.parametrize(("text", "code_"), [
    # "AAP" is the Australian Associated Press, a channel, before it is India's Aam Aadmi Party
    ("PORT MORESBY, March 2 (AAP) - Police fired tear gas at protesters outside parliament on Monday, an AAP "
     "photographer said.", "INDPTYAAP"),
    # "OPM" is the Free Papua Movement's acronym and the U.S. Office of Personnel Management's
    ("WASHINGTON, March 2 (Reuters) - The OPM on Monday ordered federal agencies to cut their staff.", "IDNREBOPM"),
    # "La Línea" is the Juárez Cartel's armed wing and the Spanish town by Gibraltar
    ("GIBRALTAR, March 2 (Reuters) - Smugglers from La Línea attacked a Gibraltar police launch on Monday.",
     "MEXCRMJRZ"),
])
def test_kb36_a_short_name_shared_with_a_commoner_thing_is_no_alias(code, text, code_):
    coded = code(text, date="2026-03-02")
    assert all(code_ not in codes_of([*e.source, *e.target]) for e in events_of(coded)), coded.events
