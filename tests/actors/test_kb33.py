"""Office holders real agency copy names by title and name (session 33, issue 11, h-kb): interior ministers and
security chiefs, foreign-ministry and government spokespeople, army chiefs, heads and envoys of UN bodies, the
leaders of 2024 who have since left office, and armed-group leaders, with dated roles. A person the knowledge base
does not know is coded by the title alone, or not at all; one it knows is coded by the office held on the day, and
by the country's elite (ELI) once out of it.

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import datetime as dt

import pytest
from tests.conftest import assert_new_names_clean, codes_of, events_of

from detente.actors.kb import load_default

D = dt.date

NEW_PEOPLE = (
    # interior ministers and security chiefs
    "abdul-amir-al-shammari", "abdulaziz-bin-saud-bin-naif", "ahmad-al-hajjar", "ahmad-vahidi", "alejandro-mayorkas",
    "alexander-bortnikov", "alexander-dobrindt", "ali-yerlikaya", "anas-khattab", "bassam-mawlawi", "bruno-retailleau",
    "eskandar-momeni", "fernando-grande-marlaska", "gerald-darmanin", "ihor-klymenko", "kithure-kindiki",
    "laurent-nunez", "mahmoud-tawfik", "mohsin-naqvi", "nancy-faeser", "nikolai-patrushev", "omar-garcia-harfuch",
    "patricia-bullrich", "ricardo-lewandowski", "sergei-naryshkin", "shabana-mahmood", "vladimir-kolokoltsev",
    "wang-xiaohong",
    # leaders and ministers who left office in 2024 and early 2025
    "alexander-de-croo", "alexander-schallenberg", "ali-sabry", "ana-brnabic", "anwaar-ul-haq-kakar", "arif-alvi",
    "bisher-al-khasawneh", "bjarni-benediktsson", "bujar-osmani", "dimitar-kovachevski", "dinesh-gunawardena",
    "edgard-leblanc-fils", "filipe-nyusi", "george-vella", "hadja-lahbib", "hage-geingob", "ingrida-simonyte",
    "irakli-garibashvili", "ivica-dacic", "joao-gomes-cravinho", "kajsa-ollongren", "karl-nehammer",
    "katrin-jakobsdottir", "keith-rowley", "klaus-iohannis", "laurentino-cortizo", "leo-varadkar",
    "luis-lacalle-pou", "milos-vucevic", "mokgweetsi-masisi", "nana-akufo-addo", "nangolo-mbumba",
    "pravind-jugnauth", "pushpa-kamal-dahal", "ranil-wickremesinghe", "sahle-work-zewde", "srettha-thavisin",
    "stevo-pendarovski", "talat-xhaferi", "vo-van-thuong", "zuzana-caputova",
    # spokespeople
    "abu-obeida", "chrispin-phiri", "hazem-qassem", "kingsley-wilson", "lee-jae-woong", "lim-soo-suk",
    "majed-al-ansari", "manuel-adorni", "mohammad-afif", "osama-hamdan", "stefan-kornelius", "steffen-hebestreit",
    "sun-li-fang", "tamim-khallaf", "vincent-magwenya",
    # army chiefs
    "abdul-amir-yarallah", "anil-chauhan", "birhanu-jula", "christopher-musa", "olufemi-oluyede",
    "sahir-shamshad-mirza", "said-chanegriha", "zhang-youxia",
    # heads and envoys of UN bodies, the ICC and the EU
    "abdoulaye-bathily", "andrius-kubilius", "dennis-francis", "joyce-msuya", "khaled-khiari", "martha-pobee",
    "miroslav-jenca", "philemon-yang", "piotr-hofmanski", "roza-otunbayeva", "sigrid-kaag", "stephanie-koury",
    "tor-wennesland", "winnie-byanyima",
    # leaders of armed groups, militias and movements
    "ahmed-al-rahawi", "aidarous-al-zubaidi", "debretsion-gebremichael", "duwa-lashi-la", "falih-al-fayyadh",
    "getachew-reda", "hadi-al-amiri", "hikmat-al-hijri", "hussein-al-sheikh", "mahdi-al-mashat", "mohammed-sinwar",
    "murat-karayilan", "musa-baluku", "peng-daxun", "qais-al-khazali", "saif-al-adel", "tadesse-werede",
    "tar-aik-bong",
    # foreign and defence ministers and Syria's prime ministers of 2024
    "ali-mahmoud-abbas", "helena-carreiras", "hussein-arnous", "jalil-abbas-jilani", "krisjanis-karins",
    "mohammed-al-bashir", "mohammed-ghazi-al-jalali", "nabil-ammar", "nicu-popescu", "parnpree-bahiddha-nukara",
    "sutin-klungsang",
    # more leaders and ministers of early 2024
    "alejandro-giammattei", "dimitar-glavchev", "hasan-mahmud", "maeen-abdulmalik", "margrethe-ii", "mariya-gabriel",
    "nikolai-denkov",
    # opposition leaders and legislative leaders
    "alexei-navalny", "alice-weidel", "bobi-wine", "chuck-schumer", "devlet-bahceli", "edmundo-gonzalez-urrutia",
    "ekrem-imamoglu", "jean-luc-melenchon", "john-thune", "jordan-bardella", "kemi-badenoch", "khaleda-zia",
    "maria-corina-machado", "marine-le-pen", "mike-johnson", "nelson-chamisa", "nigel-farage", "peter-magyar",
    "rached-ghannouchi", "rahul-gandhi", "raila-odinga", "sviatlana-tsikhanouskaya", "tarique-rahman",
    "venancio-mondlane", "yulia-navalnaya",
    # military commanders of states and armed groups
    "ali-shamkhani", "domingo-hernandez-larez", "fuad-shukr", "hashem-safieddine", "ibrahim-aqil", "marwan-issa",
    "mei-chia-shu", "muhammad-al-ghamari", "qari-fasihuddin-fitrat", "wafiq-safa",
    # prime ministers replaced in 2024
    "choguel-kokalla-maiga", "sama-lukonde", "succes-masra",
)


@pytest.fixture(scope="module")
def kb():
    return load_default()


# a person, a day, and the code of the office held that day (None: no office of the files that day)
@pytest.mark.parametrize(("person", "day", "code_"), [
    ("mohsin-naqvi", D(2025, 6, 1), "PAKGOV"),
    ("mohsin-naqvi", D(2024, 1, 10), None),  # the caretaker government's interior minister was someone else
    ("nancy-faeser", D(2025, 3, 1), "DEUGOV"),  # Germany's interior ministry changed hands with the government
    ("nancy-faeser", D(2025, 6, 1), None),
    ("alexander-dobrindt", D(2025, 6, 1), "DEUGOV"),
    ("bruno-retailleau", D(2025, 3, 1), "FRAGOV"),  # France's: Darmanin, Retailleau, Nuñez
    ("bruno-retailleau", D(2025, 11, 1), None),
    ("gerald-darmanin", D(2025, 3, 1), "FRAGOV"),  # moved to Justice in December 2024
    ("laurent-nunez", D(2025, 3, 1), "FRACOP"),  # the Paris police chief before he was minister
    ("laurent-nunez", D(2025, 11, 1), "FRAGOV"),
    ("bassam-mawlawi", D(2024, 10, 1), "LBNGOV"),  # Lebanon's, handed over with the Salam government
    ("bassam-mawlawi", D(2025, 6, 1), None),
    ("ahmad-al-hajjar", D(2025, 6, 1), "LBNGOV"),
    ("ahmad-vahidi", D(2024, 3, 1), "IRNGOV"),
    ("eskandar-momeni", D(2024, 3, 1), None),
    ("eskandar-momeni", D(2025, 6, 1), "IRNGOV"),
    ("anas-khattab", D(2025, 1, 15), "SYRSPY"),  # Syria's intelligence chief, then its interior minister
    ("anas-khattab", D(2025, 6, 1), "SYRGOV"),
    ("alejandro-mayorkas", D(2025, 6, 1), None),
    ("kithure-kindiki", D(2025, 6, 1), "KENGOV"),  # Kenya's deputy president since November 2024
    ("nikolai-patrushev", D(2025, 6, 1), "RUSGOV"),
    ("alexander-bortnikov", D(2025, 6, 1), "RUSSPY"),
    ("klaus-iohannis", D(2024, 6, 1), "ROUGOV"),  # leaders of 2024, out of office since
    ("klaus-iohannis", D(2025, 6, 1), None),
    ("karl-nehammer", D(2024, 6, 1), "AUTGOV"),
    ("alexander-schallenberg", D(2025, 2, 1), "AUTGOV"),  # acting chancellor until Stocker's government
    ("alexander-schallenberg", D(2025, 6, 1), None),
    ("alexander-de-croo", D(2024, 6, 1), "BELGOV"),
    ("alexander-de-croo", D(2025, 6, 1), None),
    ("hadja-lahbib", D(2024, 6, 1), "BELGOV"),  # Belgium's foreign minister, then an EU commissioner
    ("hadja-lahbib", D(2025, 6, 1), "IGOEUREEC"),
    ("milos-vucevic", D(2024, 3, 1), "SRBGOV"),
    ("ana-brnabic", D(2025, 6, 1), "SRBLEG"),  # Serbia's prime minister, then the assembly's speaker
    ("nangolo-mbumba", D(2024, 1, 10), None),  # Namibia: Geingob died in office in February 2024
    ("hage-geingob", D(2024, 1, 10), "NAMGOV"),
    ("nangolo-mbumba", D(2024, 6, 1), "NAMGOV"),
    ("edgard-leblanc-fils", D(2024, 7, 1), "HTIGOV"),
    ("edgard-leblanc-fils", D(2025, 1, 10), None),
    ("bisher-al-khasawneh", D(2024, 6, 1), "JORGOV"),
    ("bisher-al-khasawneh", D(2025, 6, 1), None),
    ("steffen-hebestreit", D(2025, 6, 1), None),  # Germany's government spokesmen changed with the government
    ("stefan-kornelius", D(2025, 6, 1), "DEUGOV"),
    ("mohammad-afif", D(2024, 10, 1), "LBNREBHZB"),  # Hezbollah's media chief, killed in November 2024
    ("mohammad-afif", D(2025, 6, 1), None),
    ("sun-li-fang", D(2025, 6, 1), "TWNMIL"),  # a defence ministry's spokesman speaks for its armed forces
    ("christopher-musa", D(2025, 6, 1), "NGAMIL"),  # Nigeria's service chiefs were replaced in October 2025
    ("christopher-musa", D(2025, 11, 1), None),
    ("olufemi-oluyede", D(2025, 11, 1), "NGAMIL"),
    ("abdoulaye-bathily", D(2024, 3, 1), "IGOUNOSML"),  # the UN's Libya envoys: Bathily, Koury acting, Tetteh
    ("abdoulaye-bathily", D(2024, 9, 1), None),
    ("stephanie-koury", D(2024, 9, 1), "IGOUNOSML"),
    ("stephanie-koury", D(2025, 6, 1), None),
    ("joyce-msuya", D(2024, 9, 1), "IGOUNOOCH"),
    ("piotr-hofmanski", D(2024, 6, 1), None),  # the ICC's presidency passed to Tomoko Akane in March 2024
    ("sigrid-kaag", D(2024, 6, 1), "IGOUNO"),
    ("sigrid-kaag", D(2025, 3, 1), "IGOUNOSCO"),  # also the interim special coordinator in 2025
    ("philemon-yang", D(2025, 3, 1), "IGOUNOGEN"),
    ("philemon-yang", D(2025, 12, 1), None),
    ("mohammed-sinwar", D(2025, 1, 10), "PSEREBHMS"),  # killed in May 2025
    ("mohammed-sinwar", D(2025, 6, 1), None),
    ("ahmed-al-rahawi", D(2025, 3, 1), "YEMREBHTH"),  # the Houthis' prime minister, killed in August 2025
    ("ahmed-al-rahawi", D(2025, 10, 1), None),
    ("hussein-al-sheikh", D(2024, 6, 1), "PSEGOVPLO"),  # the PLO's secretary-general, then the state's vice president
    ("hussein-al-sheikh", D(2025, 6, 1), "PSEGOV"),
    ("getachew-reda", D(2024, 6, 1), "ETHGOV"),  # Tigray's interim administration changed hands in April 2025
    ("tadesse-werede", D(2024, 6, 1), None),
    ("tadesse-werede", D(2025, 6, 1), "ETHGOV"),
    ("hussein-arnous", D(2024, 6, 1), "SYRGOV"),  # Syria's prime ministers of 2024, before and after Assad fell
    ("mohammed-ghazi-al-jalali", D(2024, 10, 1), "SYRGOV"),
    ("mohammed-ghazi-al-jalali", D(2025, 1, 10), None),
    ("mohammed-al-bashir", D(2025, 1, 10), "SYRGOV"),
    ("ali-mahmoud-abbas", D(2024, 6, 1), "SYRGOV"),  # Assad's defence minister
    ("ali-mahmoud-abbas", D(2025, 6, 1), None),
    ("christopher-musa", D(2026, 1, 10), "NGAGOV"),  # Nigeria's defence chief, then its defence minister
    ("micheal-martin", D(2024, 6, 1), "IRLGOV"),
    ("sutin-klungsang", D(2025, 6, 1), None),
    ("to-lam", D(2024, 3, 1), "VNMGOV"),  # Vietnam's security minister, then president, then party chief
    ("to-lam", D(2024, 6, 1), "VNMGOV"),
    ("ahmed-awad-bin-mubarak", D(2023, 6, 1), "YEMGOV"),  # Yemen's foreign minister before he was prime minister
    ("maeen-abdulmalik", D(2024, 1, 10), "YEMGOV"),
    ("maeen-abdulmalik", D(2024, 6, 1), None),
    ("dimitar-glavchev", D(2024, 6, 1), "BGRGOV"),  # Bulgaria's caretaker prime minister of 2024
    ("margrethe-ii", D(2024, 6, 1), None),  # abdicated on 14 January 2024
    ("alexei-navalny", D(2023, 6, 1), "RUSOPP"),  # died in prison in February 2024; his widow leads after him
    ("alexei-navalny", D(2024, 6, 1), None),
    ("yulia-navalnaya", D(2024, 6, 1), "RUSOPP"),
    ("benny-gantz", D(2024, 3, 1), "ISRGOV"),  # in the war cabinet, then in opposition again
    ("benny-gantz", D(2024, 9, 1), "ISROPP"),
    ("yair-lapid", D(2024, 6, 1), "ISRPTYYAT"),
    ("kemi-badenoch", D(2025, 6, 1), "GBRPTYCON"),
    ("raila-odinga", D(2025, 12, 1), None),  # died in October 2025
    ("fuad-shukr", D(2024, 6, 1), "LBNREBHZB"),  # Hezbollah's commanders killed in 2024
    ("fuad-shukr", D(2024, 9, 1), None),
    ("hashem-safieddine", D(2024, 9, 1), "LBNREBHZB"),
    ("muhammad-al-ghamari", D(2025, 6, 1), "YEMREBHTH"),
    ("ali-shamkhani", D(2024, 6, 1), "IRNGOV"),
    ("choguel-kokalla-maiga", D(2024, 6, 1), "MLIGOV"),  # Mali's prime ministers: Abdoulaye Maïga from November 2024
    ("choguel-kokalla-maiga", D(2025, 6, 1), None),
    ("succes-masra", D(2024, 3, 1), "TCDGOV"),  # Chad's prime minister, then in opposition again
    ("succes-masra", D(2025, 6, 1), "TCDOPP"),
    ("sama-lukonde", D(2024, 3, 1), "CODGOV"),
])
def test_kb33_periods_of_office(kb, person, day, code_):
    role = kb.get(person).role_on(day)
    assert (role.code if role else None) == code_


@pytest.mark.parametrize(("text", "date", "trigger", "code_"), [
    ("ISLAMABAD, June 3 (Reuters) - Interior Minister Mohsin Naqvi on Tuesday accused Afghanistan of sheltering "
     "the militants who attacked a police post in Khyber Pakhtunkhwa.", "2025-06-03", "accused", "PAKGOV"),
    ("ANKARA, June 3 (Reuters) - Ali Yerlikaya on Tuesday accused Greece of pushing migrants back across the "
     "Evros river.", "2025-06-03", "accused", "TURGOV"),
    ("BERLIN, June 3 (Reuters) - Alexander Dobrindt on Tuesday urged Poland to take back migrants turned away at "
     "the border.", "2025-06-03", "urged", "DEUGOV"),
    ("BUCHAREST, June 4 (Reuters) - Klaus Iohannis on Tuesday urged the European Union to keep funding Moldova's "
     "power grid.", "2024-06-04", "urged", "ROUGOV"),
    ("VIENNA, June 4 (Reuters) - Karl Nehammer on Tuesday accused Hungary of blocking aid to Ukraine.",
     "2024-06-04", "accused", "AUTGOV"),
    ("DOHA, June 3 (Reuters) - Majed al-Ansari on Tuesday accused Israel of obstructing the ceasefire talks.",
     "2025-06-03", "accused", "QATGOV"),
    ("CAIRO, June 3 (Reuters) - Foreign ministry spokesman Tamim Khallaf on Tuesday condemned the Israeli strike "
     "on a school in Gaza.", "2025-06-03", "condemned", "EGYGOV"),
    ("TAIPEI, June 3 (Reuters) - Sun Li-fang on Tuesday accused China of sending warships into Taiwan's "
     "contiguous zone.", "2025-06-03", "accused", "TWNMIL"),
    ("GAZA, June 3 (Reuters) - Abu Obeida, the spokesman of Hamas's armed wing, on Tuesday accused Israel of "
     "endangering the lives of the hostages.", "2025-06-03", "accused", "PSEREBHMS"),
    ("BERLIN, June 3 (Reuters) - Government spokesman Stefan Kornelius on Tuesday urged Israel to allow more aid "
     "into Gaza.", "2025-06-03", "urged", "DEUGOV"),
    ("ALGIERS, June 3 (Reuters) - Said Chanegriha on Tuesday accused Morocco of massing troops near the border.",
     "2025-06-03", "accused", "DZAMIL"),
    ("NEW DELHI, June 3 (Reuters) - Anil Chauhan on Tuesday accused Pakistan of arming militants in Kashmir.",
     "2025-06-03", "accused", "INDMIL"),
    ("TRIPOLI, Feb 6 (Reuters) - UN envoy Abdoulaye Bathily on Tuesday urged Libya's rival leaders to hold "
     "elections this year.", "2024-02-06", "urged", "IGOUNOSML"),  # the UN mission in Libya, not the UN at large
    ("JERUSALEM, April 2 (Reuters) - Tor Wennesland on Tuesday condemned the killing of aid workers in Gaza.",
     "2024-04-02", "condemned", "IGOUNOSCO"),
    ("BRUSSELS, June 3 (Reuters) - Andrius Kubilius on Tuesday urged Germany to buy more air defence systems.",
     "2025-06-03", "urged", "IGOEUREEC"),
    ("BAGHDAD, June 3 (Reuters) - Qais al-Khazali on Tuesday accused the United States of violating Iraq's "
     "sovereignty.", "2025-06-03", "accused", "IRQREBAAH"),
    ("SANAA, June 3 (Reuters) - Mahdi al-Mashat on Tuesday accused Saudi Arabia of blocking salary payments.",
     "2025-06-03", "accused", "YEMREBHTH"),
    ("ADEN, June 3 (Reuters) - Aidarous al-Zubaidi on Tuesday accused the Houthis of shelling Dhale.",
     "2025-06-03", "accused", "YEMREBSTC"),
    ("ADDIS ABABA, June 3 (Reuters) - Debretsion Gebremichael on Tuesday accused the federal government of "
     "arming rival factions in Tigray.", "2025-06-03", "accused", "ETHPTYTPL"),
    ("DAMASCUS, March 5 (Reuters) - Hussein Arnous on Tuesday accused Turkey of cutting the water supply to "
     "Hasakah.", "2024-03-05", "accused", "SYRGOV"),
    ("ISTANBUL, June 3 (Reuters) - Ekrem Imamoglu on Tuesday accused the government of jailing opposition "
     "mayors.", "2025-06-03", "accused", "TURPTYCHP"),
    ("VILNIUS, June 3 (Reuters) - Sviatlana Tsikhanouskaya on Tuesday urged the European Union to tighten "
     "sanctions on Belarus.", "2025-06-03", "urged", "BLROPP"),
    ("LONDON, June 3 (Reuters) - Nigel Farage on Tuesday accused France of failing to stop the migrant boats.",
     "2025-06-03", "accused", "GBRPTYRFM"),
    ("CARACAS, June 3 (Reuters) - Maria Corina Machado on Tuesday urged the United States to keep sanctions on "
     "Venezuela's oil industry.", "2025-06-03", "urged", "VENOPP"),
    ("KABUL, June 3 (Reuters) - Qari Fasihuddin Fitrat on Tuesday accused Pakistan of violating Afghan airspace.",
     "2025-06-03", "accused", "AFGMIL"),
    ("BEIRUT, June 3 (Reuters) - Lebanese Interior Minister Ahmad al-Hajjar on Tuesday accused Israel of "
     "violating the ceasefire.", "2025-06-03", "accused", "LBNGOV"),
    # a spelling wires use next to the knowledge base's own ("Mamadi" for "Mamady")
    ("CONAKRY, June 3 (AFP) - Mamadi Doumbouya on Tuesday accused Mali of closing the border.",
     "2025-06-03", "accused", "GINGOV"),
])
def test_kb33_a_named_office_holder_is_the_state(code, text, date, trigger, code_):
    acts = [e for e in events_of(code(text, date=date)) if e.trigger.text.startswith(trigger)]
    assert acts and all(codes_of(e.source) == {code_} for e in acts), acts


@pytest.mark.parametrize(("text", "date", "trigger", "country"), [
    ("BERLIN, Sept 3 (Reuters) - Nancy Faeser on Wednesday accused Russia of running a sabotage campaign against "
     "German railways.", "2025-09-03", "accused", "DEU"),
    ("BANGKOK, June 3 (Reuters) - Sutin Klungsang on Tuesday accused Cambodia of laying new landmines along the "
     "border.", "2025-06-03", "accused", "THA"),
    ("BUCHAREST, June 3 (Reuters) - Klaus Iohannis on Tuesday urged the European Union to keep funding Moldova's "
     "power grid.", "2025-06-03", "urged", "ROU"),
])
def test_kb33_a_former_office_holder_is_the_elite(code, text, date, trigger, country):
    acts = [e for e in events_of(code(text, date=date)) if e.trigger.text.startswith(trigger)]
    assert acts and all([(p.country, p.sector) for p in e.source] == [(country, "ELI")] for e in acts), acts


def test_kb33_new_names_collide_with_no_other_actor_place_or_common_word(kb):
    assert_new_names_clean(kb, NEW_PEOPLE)


def test_kb33_a_place_is_no_surname_of_a_new_person(code, kb):
    # Masisi is a territory of North Kivu and the surname of Botswana's former president: the place stays a
    # place, and the president is named by his full name only
    assert "Masisi" not in kb.get("mokgweetsi-masisi").names
    text = ("GOMA, June 3 (Reuters) - M23 rebels attacked an army position in Masisi on Tuesday, the Congolese "
            "army said.")
    acts = [e for e in events_of(code(text, date="2025-06-03")) if e.trigger.text.startswith("attacked")]
    assert acts and all({p.code for p in e.source} == {"CODREBM23"} for e in acts), acts
    assert all(e.location is not None and e.location.country == "COD" for e in acts), acts
