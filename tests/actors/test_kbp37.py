"""People wire copy names as actors that the knowledge base lacked (session 37, issue 11, h-kbp37): foreign, defence
and interior ministers, army, police and intelligence chiefs, foreign-ministry and military spokespeople, heads of
regional governments, leaders and spokespeople of armed groups and opposition parties, and heads of regional bodies,
region by region. Unknown, such a person was coded as nobody (``person:...`` with no country); known, the person speaks
for the state, group or body of the office held on the day of the event.

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import datetime as dt

import pytest
from tests.conftest import assert_new_names_clean, codes_of, events_with_trigger

from detente.actors.kb import load_default

D = dt.date

NEW_PEOPLE = (
    "abdelouafi-laftit", "abdirahman-dahir-adan", "abdul-mateen-qani", "abdul-qahar-balkhi", "agus-subiyanto",
    "alexander-khinshtein", "alexander-novak", "alexei-likhachev", "alexei-overchuk", "alghabass-ag-intalla",
    "ali-mohammad-naini", "allison-hooker", "amar-preet-singh", "ananda-wijepala", "andrei-rudenko",
    "andriy-kovalenko", "anwar-gargash", "apti-alaudinov", "armando-benedetti", "asim-malik", "attaullah-tarar",
    "aykhan-hajizada", "badra-gunba", "basem-naim", "bayo-onanuga", "beat-jans", "bernard-quintin", "birame-diop",
    "blaise-metreweli", "brian-mast", "carlos-fernandez-de-cossio", "carsten-breuer", "catalin-predoiu",
    "charles-kahariri", "cheng-li-wun", "chiu-chui-cheng", "chung-dong-young", "claire-castro",
    "constantino-chiwenga", "dan-driscoll", "david-johnston", "david-zini", "davor-bozinovic", "deng-xijun",
    "denis-pushilin", "dinesh-kumar-tripathi", "dmytro-lubinets", "dmytro-pletenchuk", "dominic-leblanc",
    "douglas-kanja", "ebrahim-zolfaghari", "eduardo-ano", "ella-pamfilova", "enayatullah-khwarazmi",
    "enrique-riera", "eric-chu", "ersin-tatar", "esmail-khatib", "fabien-mandon", "farhad-shami", "firoz-cachalia",
    "frank-abrego", "gary-anandasangaree", "gerhard-karner", "gholam-hossein-mohseni-ejei", "gian-carlo-loffredo",
    "gibran-rakabuming-raka", "gibril-ibrahim", "gregory-meeks", "gunnar-strommer", "gustavo-villatoro",
    "hamdullah-fitrat", "hamish-falconer", "hans-leo-cacdac", "hassan-rashad", "he-lifeng", "henry-oryem-okello",
    "hezam-al-asad", "hikmet-hajiyev", "hsiao-kuang-wei", "igor-kostyukov", "ilham-ahmed", "isaac-mwaura",
    "issa-tchiroma-bakary", "ivan-fedorov", "ivan-tertel", "jacquemain-shabani", "jeanne-shaheen",
    "jeremy-laurence", "jiang-bin", "jim-risch", "john-reimberg", "john-steenhuisen", "jonathan-powell",
    "jonvic-remulla", "julius-malema", "k-shanmugam", "kalani-kaneko", "kang-hoon-sik", "karina-milei",
    "kayode-egbetokun", "ken-mccallum", "kimiebi-ebienfa", "kipchumba-murkomen", "kizza-besigye",
    "konstantinos-letymbiotis", "korir-singoei", "kuan-bi-ling", "kyaw-zaw", "lawrence-kanyuka", "leonid-pasechnik",
    "li-chenggang", "liang-wen-chieh", "listyo-sigit-prabowo", "luong-tam-quang", "ma-zhaoxu", "madeleine-king",
    "mahamadou-sana", "mahmoud-qmati", "maly-socheata", "mamata-banerjee", "manoj-sinha", "marcelo-ebrard",
    "marcin-kierwinski", "mari-rantanen", "mark-mitchell", "maros-sefcovic", "martin-fayulu", "maryam-nawaz",
    "massad-boulos", "matus-sutaj-estok", "mazen-al-farrayeh", "mher-grigoryan", "mike-burgess", "mike-huckabee",
    "mikhail-razvozhayev", "mikhail-ulyanov", "mohamed-hassan-al-taishi", "mohamed-toumba", "mohammad-eslami",
    "mohammed-al-bukhaiti", "mohammed-al-khulaifi", "mohammed-ali-al-houthi", "moise-katumbi", "muntaka-mubarak",
    "nabil-abdallah", "nabil-abu-rudeineh", "nebiat-getachew", "nikorndej-balankura", "no-kwang-chol",
    "nour-al-din-al-baba", "nuhu-ribadu", "numan-kurtulmus", "oleh-syniehubov", "oleksandr-prokudin",
    "olubunmi-tunji-ojo", "omar-abdullah", "otty-patino", "pablo-beltran", "pascal-confavreux", "pat-conroy",
    "patrick-muyaya", "paul-mashatile", "pawel-herczynski", "pawel-wronski", "pedro-arnulfo-sanchez",
    "peter-shanel-agovaka", "pham-thu-hang", "pio-tikoduadua", "raymundo-morales", "redwan-hussien",
    "richard-grenell", "richard-knighton", "rihards-kozlovskis", "riyad-mansour", "robert-brovdi", "rodney-scott",
    "roger-wicker", "romeo-brawner", "rosa-icela-rodriguez", "ruben-rubinyan", "saddam-haftar", "sara-duterte",
    "sarfraz-bugti", "sebastian-gorka", "selcuk-bayraktaroglu", "senzo-mchunu", "serdar-kilic", "sergei-aksyonov",
    "serhiy-kyslytsya", "shahin-mustafayev", "song-tao", "stephen-miller", "sufian-qudah", "sylvain-ekenge",
    "tahir-andrabi", "todd-lyons", "tom-homan", "tony-burke", "turki-al-maliki", "vadym-filashkin",
    "valentina-matviyenko", "veronica-nduva", "vitali-klitschko", "vladimir-medinsky", "vladimir-saldo",
    "vyacheslav-gladkov", "vyacheslav-volodin", "waker-uz-zaman", "wang-wentao", "wi-sung-lac", "willy-ngoma",
    "winthai-suvaree", "xie-feng", "yahya-rasool", "yechiel-leiter", "yemane-gebremeskel", "yevgeny-balitsky",
    "yolande-makolo", "yousef-huneiti", "zin-mar-aung",
)


@pytest.fixture(scope="module")
def kb():
    return load_default()


def test_kbp37_new_names_collide_with_no_other_actor_place_or_common_word(kb):
    assert_new_names_clean(kb, NEW_PEOPLE)


# a person, a day, and the code of the office held that day (None: no office of the files that day)
@pytest.mark.parametrize(("person", "day", "code_"), [
    ("kipchumba-murkomen", D(2023, 6, 1), "KENGOV"),  # transport, then interior
    ("kipchumba-murkomen", D(2026, 3, 2), "KENGOV"),
    ("eric-chu", D(2024, 6, 1), "TWNPTYKMT"),  # the Kuomintang's chairman until October 2025
    ("eric-chu", D(2026, 3, 2), None),
    ("cheng-li-wun", D(2026, 3, 2), "TWNPTYKMT"),
    ("senzo-mchunu", D(2026, 3, 2), None),  # placed on leave in August 2025
    ("firoz-cachalia", D(2026, 3, 2), "ZAFGOV"),
    ("maros-sefcovic", D(2026, 3, 2), "IGOEUREEC"),
    ("marcin-kierwinski", D(2024, 9, 1), None),  # interior minister twice, not in between
    ("marcin-kierwinski", D(2026, 3, 2), "POLGOV"),
    ("selcuk-bayraktaroglu", D(2026, 3, 2), "TURMIL"),
    ("asim-malik", D(2026, 3, 2), "PAKSPY"),
    ("ersin-tatar", D(2024, 6, 1), "CYPGOVTCY"),  # the Turkish Cypriot leader until Tufan Erhürman
    ("ersin-tatar", D(2026, 3, 2), None),
    ("serhiy-kyslytsya", D(2023, 6, 1), "UKRGOV"),
    ("denis-pushilin", D(2026, 3, 2), "UKRGOVDPR"),  # a Russian-installed authority, as the entry of its own
])
def test_kbp37_periods_of_office(kb, person, day, code_):
    role = kb.get(person).role_on(day)
    assert (role.code if role else None) == code_


@pytest.mark.parametrize(("text", "trigger", "side", "code_"), [
    # ministers and officials: their state
    ("NAIROBI, March 2 (Reuters) - Kipchumba Murkomen on Monday accused opposition politicians of financing the "
     "riots.", "accused", "source", "KENGOV"),
    ("ABUJA, March 2 (Reuters) - Nuhu Ribadu on Monday met the U.S. ambassador to discuss arms purchases.",
     "met", "source", "NGAGOV"),
    ("ISLAMABAD, March 2 (Reuters) - Attaullah Tarar on Monday accused India of sponsoring militants in "
     "Balochistan.", "accused", "source", "PAKGOV"),
    ("TAIPEI, March 2 (Reuters) - Chiu Chui-cheng on Monday condemned China's military drills around the island.",
     "condemned", "source", "TWNGOV"),
    ("ABU DHABI, March 2 (Reuters) - Anwar Gargash on Monday criticised Iran's seizure of the tanker.",
     "criticised", "source", "AREGOV"),
    # chiefs of armed forces and intelligence services
    ("NAIROBI, March 2 (Reuters) - Charles Kahariri on Monday visited troops deployed in Somalia.",
     "visited", "source", "KENMIL"),
    ("TEHRAN, March 2 (Reuters) - Esmail Khatib on Monday accused Israel of recruiting agents inside Iran.",
     "accused", "source", "IRNSPY"),
    # leaders and spokespeople of armed groups and opposition parties: their group
    ("GOMA, March 2 (Reuters) - Lawrence Kanyuka on Monday accused the Congolese army of bombing villages.",
     "accused", "source", "CODREBM23"),
    ("JOHANNESBURG, March 2 (Reuters) - Julius Malema on Monday accused the police of protecting smugglers.",
     "accused", "source", "ZAFPTYEFF"),
    ("MOSCOW, March 2 (Reuters) - Vyacheslav Volodin on Monday accused the European Parliament of hypocrisy.",
     "accused", "source", "RUSLEG"),
    ("MINSK, March 2 (Reuters) - Ivan Tertel on Monday accused Lithuania of training saboteurs.",
     "accused", "source", "BLRSPY"),
    ("WASHINGTON, March 2 (Reuters) - Jim Risch on Monday urged the administration to sanction Chinese refiners.",
     "urged", "source", "USALEG"),
    # heads of regional bodies
    ("ARUSHA, March 2 (Reuters) - Veronica Nduva on Monday urged Congo and Rwanda to resume talks.",
     "urged", "source", "IGOEAFEAC"),
])
def test_kbp37_a_named_person_speaks_for_the_office(code, text, trigger, side, code_):
    acts = events_with_trigger(code(text, date="2026-03-02"), trigger)
    assert acts and all(code_ in codes_of(getattr(e, side)) for e in acts), acts


def test_kbp37_a_name_shared_with_a_head_of_government_is_not_given_to_the_minister(kb):
    # Colombia's defence minister is Pedro Arnulfo Sánchez; "Pedro Sánchez" alone is Spain's prime minister
    entry = kb.get("pedro-arnulfo-sanchez")
    assert "Pedro Sánchez" not in entry.names and "Sánchez" not in entry.names
    # Vitali Klitschko shares his surname with his brother: the surname is no alias
    assert "Klitschko" not in kb.get("vitali-klitschko").names
