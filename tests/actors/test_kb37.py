"""State-owned companies, state agencies and a few private companies wire copy names that the knowledge base lacked
(session 37, issue 11, h-kb37): national oil, gas and pipeline companies, state mining companies, shipping lines and
port and canal authorities, national airlines, state and central banks and sovereign funds, state arms makers and
nuclear agencies, and the state builders that carry out loans abroad (PowerChina, CCCC, China Harbour); state
agencies wire copy names without their country (OFAC, GCHQ, Roskomnadzor, the Korean National Police Agency), and
bodies states run together (the Zambezi River Authority, the EFTA Surveillance Authority). A company the state owns
acts for its state (sector GOVBUS, `kind: government`), as Gazprom and Pemex already did; a private company (MOL,
Lukoil, Maersk) is itself (sector BUS). Unknown, such a name was coded as nobody, as an unknown person ("Sonatrach
would honour its contracts"), or left its sentence without a doer.

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import pytest
from tests.conftest import assert_new_names_clean, codes_of, events_of

from detente.actors.kb import load_default

NEW_GROUPS = (
    "1mdb", "abin", "ad-ports", "adia", "adnoc", "adq", "aeoi", "aeroflot", "aerolineas-argentinas", "air-algerie",
    "air-china", "air-koryo", "air-tanzania", "almaz-antey", "ancap", "aramco-sabic", "armscor", "aselsan", "avic",
    "azal", "bank-melli", "bank-of-england", "bank-of-japan", "bapco", "basra-oil-company", "belaruskali",
    "belavia", "bharat-electronics", "biman", "bndes", "botas", "bulgargaz", "caac", "cac-china", "casc",
    "cbi-iran", "cccc", "ccecc", "central-bank-russia", "ceylon-petroleum", "cez", "cfe-mexico", "cfius", "cgn",
    "chevron", "china-development-bank", "china-eastern", "china-exim-bank", "china-harbour", "china-minmetals",
    "china-southern", "china-three-gorges", "chinalco", "ck-hutchison", "cma-cgm", "cnmc", "cnnc", "cnooc",
    "coal-india", "cocobod", "codelco", "comac", "comibol", "conviasa", "cosco", "crbc", "crcc", "crec", "cscec",
    "cubana", "cupet", "danantara", "danish-pet", "denel", "deutsche-bahn", "dgsi", "dp-world", "ecopetrol", "edf",
    "edge-group", "egas", "egat", "egpc", "egyptair", "electricite-du-liban", "elering", "emirates-airline", "enap",
    "enarsa", "endiama", "enec", "energoatom", "energocom", "eni", "equinor", "eskom", "etap", "ethio-telecom",
    "ethiopian-airlines", "etihad-airways", "eustream", "evn", "federal-reserve", "fincantieri", "fingrid",
    "finnair", "fortum", "framatome", "gabon-oil-company", "gacc", "gaesa", "garuda-indonesia", "gasgrid-finland",
    "gassco", "gasunie", "gaz-system", "gazprom-neft", "gazprombank", "gchq", "gecamines", "gepetrol",
    "gic-singapore", "gnpc", "gtsou", "hal-india", "huawei", "iai", "indian-oil", "iran-air", "iraqi-airways",
    "irisl", "israel-electric", "isro", "janaf", "jbic", "jica", "jogmec", "kazatomprom", "kazmunaygas",
    "kaztransoil", "kengen", "kenya-airways", "kenya-power", "kepco", "kfw", "khatam-al-anbiya", "khazanah", "khnp",
    "knoc", "knpa", "koc", "kogas", "kpc", "kuwait-investment-authority", "libya-noc", "litgrid",
    "lot-polish-airlines", "lukoil", "maersk", "mekorot", "mke-turkey", "mofcom", "mol-group", "mubadala",
    "naftogaz", "namcor", "naval-group", "nbim", "ndrc", "nepco", "nigc", "nilepet", "nitc", "nnpc", "norinco",
    "north-oil-company", "novatek", "ntpc", "ocp", "ofac", "ogdcl", "ongc", "oq-oman", "orlen",
    "pakistan-state-oil", "panama-canal-authority", "pboc", "pertamina", "petrobangla", "petrobras", "petrochina",
    "petroci", "petroecuador", "petronas", "petroperu", "petrosa", "petrosen", "petrovietnam", "pgnig", "pia",
    "pif", "pindad", "plinacro", "pln", "pnoc", "powerchina", "ptt-thailand", "qatar-airways", "qatarenergy", "qia",
    "rafael", "roketsan", "romgaz", "rosaviatsia", "roscosmos", "rosenergoatom", "roskomnadzor", "rosoboronexport",
    "rospotrebnadzor", "rosrybolovstvo", "rosselkhoznadzor", "rostec", "royal-air-maroc", "russian-railways",
    "rwandair", "sami", "saudia", "sberbank", "sefe", "shell", "sht-chad", "sinohydro", "sinopec", "snh-cameroon",
    "snim", "snpc-congo", "socar", "somo", "sonangol", "sonatrach", "sonelgaz", "sonidep", "sopamin",
    "south-african-airways", "sovcomflot", "srbijagas", "srilankan-airlines", "staatsolie", "state-bank-of-india",
    "state-grid", "statkraft", "sudapet", "suez-canal-authority", "swedish-security-service", "taag", "tanesco",
    "tap-air-portugal", "temasek", "tepco", "totalenergies", "tpao", "tpdc", "transgaz", "transneft", "transnet",
    "tunisair", "turkish-aerospace", "turkish-airlines", "turkmengaz", "uganda-airlines", "uk-nca", "ukrenergo",
    "ukrtransnafta", "ukrzaliznytsia", "uniper", "united-shipbuilding-corporation", "unoc", "us-dfc", "us-nsa",
    "uzbekistan-airways", "uzbekneftegaz", "vattenfall", "veb-rf", "vietnam-airlines", "viettel", "vtb", "wapda",
    "ylb", "ypf", "ypfb", "zccm", "zesco"
)
NEW_ORGANISATIONS = (
    "cameroon-nigeria-mixed-commission", "efta", "efta-surveillance-authority", "zambezi-river-authority"
)


@pytest.fixture(scope="module")
def kb():
    return load_default()


def _acts(code, text, trigger):
    return [e for e in events_of(code(text, date="2026-03-02")) if e.trigger.text.startswith(trigger)]


def test_kb37_new_names_collide_with_no_other_actor_place_or_common_word(kb):
    assert_new_names_clean(kb, (*NEW_GROUPS, *NEW_ORGANISATIONS))


def test_kb37_a_state_company_acts_for_its_state_and_a_private_one_for_itself(kb):
    for ident, code_ in (("sonatrach", "DZAGOVBUS"), ("janaf", "HRVGOVBUS"), ("powerchina", "CHNGOVBUS"),
                         ("ethiopian-airlines", "ETHGOVBUS"), ("equinor", "NORGOVBUS")):
        entry = kb.get(ident)
        assert (entry.code, entry.kind) == (code_, "government"), ident
    for ident, code_ in (("mol-group", "HUNBUSMOL"), ("lukoil", "RUSBUSLUK"), ("maersk", "DNKBUSMSK")):
        entry = kb.get(ident)
        assert (entry.code, entry.kind) == (code_, "group"), ident


@pytest.mark.parametrize(("text", "trigger", "side", "code_"), [
    # national oil, gas and pipeline companies
    ("ALGIERS, March 2 (Reuters) - Sonatrach on Monday threatened to cut gas deliveries to Spain if Madrid did not "
     "settle its debts.", "threatened", "source", "DZAGOVBUS"),
    ("KYIV, March 2 (Reuters) - Naftogaz accused Gazprom of breaking the transit contract on Monday.",
     "accused", "source", "UKRGOVBUS"),
    ("ZAGREB, March 2 (Reuters) - JANAF on Monday accused MOL of refusing a new transport contract.",
     "accused", "target", "HUNBUSMOL"),
    ("CARACAS, March 2 (Reuters) - PDVSA on Monday accused Chevron of breaking its contract.",
     "accused", "target", "USABUSCVX"),
    ("BAKU, March 2 (Reuters) - SOCAR on Monday agreed to supply gas to Syria through Turkey.",
     "agreed", "source", "AZEGOVBUS"),
    # mining companies, utilities, airlines, state builders
    ("KINSHASA, March 2 (Reuters) - Gécamines on Monday accused a Chinese miner of hiding its copper output.",
     "accused", "source", "CODGOVBUS"),
    ("ADDIS ABABA, March 2 (Reuters) - Ethiopian Airlines suspended its flights to Asmara on Monday.",
     "suspended", "source", "ETHGOVBUS"),
    ("LUANDA, March 2 (Reuters) - Sonangol on Monday signed a supply agreement with India's ONGC.",
     "signed", "target", "INDGOVBUS"),
    ("DHAKA, March 2 (Reuters) - PowerChina on Monday signed a contract with Bangladesh's water board to dredge "
     "the river.", "signed", "source", "CHNGOVBUS"),
    # state agencies: a nuclear agency, an intelligence service known by its short name
    ("TEHRAN, March 2 (Reuters) - The Atomic Energy Organization of Iran on Monday rejected the IAEA's demand for "
     "access to the Fordow site.", "rejected", "source", "IRNGOV"),
    ("STOCKHOLM, March 2 (Reuters) - Säpo on Monday accused Russia of recruiting teenagers for sabotage.",
     "accused", "source", "SWESPY"),
    ("CANBERRA, March 2 (Reuters) - The Korean National Police Agency on Monday arrested three Chinese nationals "
     "over a phishing ring.", "arrested", "source", "KORCOP"),
    ("WASHINGTON, March 2 (Reuters) - OFAC on Monday sanctioned four tankers that carried Iranian crude.",
     "sanctioned", "source", "USAGOV"),
    ("MOSCOW, March 2 (Reuters) - Roskomnadzor on Monday blocked access to WhatsApp.", "blocked", "source", "RUSGOV"),
    # bodies two or more states run together
    ("HARARE, March 2 (Reuters) - The Zambezi River Authority on Monday asked Zambia and Zimbabwe to cut the water "
     "they draw from Lake Kariba.", "asked", "source", "IGOSAFZRA"),
    ("OSLO, March 2 (Reuters) - The EFTA Surveillance Authority on Monday accused Norway of breaching state-aid "
     "rules.", "accused", "source", "IGOEUREFS"),
])
def test_kb37_a_named_company_or_agency_is_coded(code, text, trigger, side, code_):
    acts = _acts(code, text, trigger)
    assert acts and all(code_ in codes_of(getattr(e, side)) for e in acts), acts


@pytest.mark.parametrize(("text", "code_"), [
    # "Emirates" alone is the country; the airline is named in full
    ("DUBAI, March 2 (Reuters) - The Emirates on Monday condemned the attack on the tanker.", "AREGOVBUS"),
    # "Shell" alone is a munition, no alias of the oil company
    ("GAZA, March 2 (Reuters) - An Israeli tank shell hit a school in Khan Younis on Monday, medics said.",
     "GBRBUSSHL"),
])
def test_kb37_a_short_name_shared_with_a_commoner_thing_is_no_alias(code, text, code_):
    coded = code(text, date="2026-03-02")
    assert all(code_ not in codes_of([*e.source, *e.target]) for e in events_of(coded)), coded.events
