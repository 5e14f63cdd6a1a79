"""Measures the coder missed (issue 11, session 41, h-measure41): countermeasures against another's firms or people
(``nouns.tsv`` countermeasure, 163; ``verbs.tsv`` ``announce +measure against``), supplies, licences and the handling
of requests suspended (``suspend +shipment|delivery|supply|convoy`` 162, ``suspend +licence|processing`` 172), formats
and forums left (``leave|quit|withdraw from|pull out of +format|forum`` 160, and a body named by its name that a
relative clause is on: ``Extractor._named_bodies``), a body taken off a list (``remove from +list``, ``delist``, 081),
one's citizens taken back (``take back +citizen`` 060), goods supplied on credit (``supply on +credit`` 071), and
what a negated "rule out" leaves open (``nonevents._left_open``: measures of no named kind are a threat to sanction;
``Judge.refused_to_exclude``: only force one refuses to rule out is a threat, force one did not rule out stays the
act, hypothetical), and what a decision names ("China's decision to suspend imports": ``words.tsv`` decision_noun, done
by the decision's possessor and as done as the decision).

All sentences are synthetic, written in agency style for these tests; none comes from a development set or from a
real article. Each test also checks a sense the rule must leave alone."""

from __future__ import annotations

DATE = "2026-03-06"


def _codes(result) -> list[str]:
    return [e.cameo for e in result.events]


def _of(result, *codes: str) -> list:
    return [e for e in result.events if e.cameo in codes]


def _countries(participants) -> set[str | None]:
    return {p.country for p in participants}


def test_countermeasures_announced_against_firms_are_a_sanction_on_their_country(code):
    result = code("Beijing on Thursday announced countermeasures against three Canadian drone makers and their chief "
                  "executives over the sale of sensors to Taiwan.", date=DATE)
    [sanction] = _of(result, "163")
    assert "CAN" in _countries(sanction.target) and "CHN" in _countries(sanction.source), _codes(result)


def test_measures_announced_against_others_are_a_sanction_and_bare_measures_no_act(code):
    against = code("Canada, which announced similar measures against Iranian airlines on Monday, welcomed the step.",
                   date=DATE)
    assert _of(against, "163") and "IRN" in _countries(_of(against, "163")[0].target), _codes(against)
    bare = code("The government announced measures to curb inflation on Monday.", date=DATE)
    assert not _of(bare, "163", "170"), _codes(bare)


def test_supplies_suspended_to_a_country_are_a_cut_it_suffers(code):
    result = code("Algeria has suspended deliveries of natural gas to Morocco over a pricing dispute.", date=DATE)
    [cut] = _of(result, "162")
    assert cut.plover == "SANCTION" and "MAR" in _countries(cut.target), _codes(result)
    protest = code("Opposition parties in Georgia suspended their protests on Monday.", date=DATE)
    assert not _of(protest, "162") and "082" in _codes(protest), _codes(protest)


def test_licences_and_processing_suspended_are_administrative_sanctions(code):
    licences = code("Iceland suspended the licences of six Russian trawlers in its waters on Tuesday.", date=DATE)
    assert _of(licences, "172") and "RUS" in _countries(_of(licences, "172")[0].target), _codes(licences)
    processing = code("Italy suspended the processing of work permits for Tunisian citizens on Tuesday.", date=DATE)
    assert _of(processing, "172"), _codes(processing)


def test_a_format_or_forum_left_is_a_cut_in_relations_and_leaving_a_room_none(code):
    result = code("Romania withdrew from China's regional cooperation forum in 2023.", date=DATE)
    [left] = _of(result, "160")
    assert "CHN" in _countries(left.target), _codes(result)
    room = code("The Romanian delegate left the room during the vote.", date=DATE)
    assert not _of(room, "160"), _codes(room)


def test_a_named_body_a_relative_clause_is_on_is_the_one_left(code):
    result = code("Ghana hosted a summit of ECOWAS, which Niger quit in January 2025.", date=DATE)
    quits = _of(result, "160")
    assert quits and "NER" in _countries(quits[0].source) and any(p.actor for p in quits[0].target), _codes(result)


def test_a_body_taken_off_a_list_is_a_sanction_eased_and_office_no_list(code):
    result = code("Turkmenistan removed the Taliban from the national list of terrorist organisations on Tuesday.",
                  date=DATE)
    [eased] = _of(result, "081")
    assert eased.plover == "CONCEDE" and any(p.actor for p in eased.target), _codes(result)
    office = code("The president removed the governor from office on Tuesday.", date=DATE)
    assert not _of(office, "081"), _codes(office)


def test_citizens_taken_back_are_cooperation_and_remarks_taken_back_no_act(code):
    result = code("Under the accord, Senegal will take back its nationals whose asylum requests fail in Spain.",
                  date=DATE)
    assert [e for e in result.events if e.trigger.text.startswith("take") and e.plover in ("COOPERATE", "AGREE")], \
        _codes(result)
    remarks = code("The Hungarian minister took back his remarks about Romania on Tuesday.", date=DATE)
    assert not [e for e in remarks.events if e.trigger.text.startswith("took")], _codes(remarks)


def test_measures_not_ruled_out_are_a_threat_left_open(code):
    result = code("Seoul did not rule out further measures against Tokyo over the export curbs, an official said.",
                  date=DATE)
    threats = [e for e in result.events if e.plover == "THREATEN"]
    assert threats and threats[0].modality == "hypothetical" and not threats[0].negated, _codes(result)
    assert not [e for e in result.events if e.plover == "REJECT"], _codes(result)


def test_force_not_ruled_out_stays_the_act_and_force_refused_to_be_ruled_out_a_threat(code):
    open_ = code("Lithuania did not rule out new sanctions against Belarus, the foreign minister said.", date=DATE)
    assert not [e for e in open_.events if e.plover == "THREATEN"], _codes(open_)
    sanctions = _of(open_, "163")
    assert sanctions and sanctions[0].modality == "hypothetical" and not sanctions[0].negated, _codes(open_)
    sent = code("Turkey did not rule out sending more troops into northern Iraq, the defence minister said.", date=DATE)
    assert [e for e in sent.events if e.trigger.text == "sending" and e.plover == "MOBILIZE"], _codes(sent)
    refused = code("Israel has refused to rule out air strikes against Iran, officials said.", date=DATE)
    assert [e for e in refused.events if e.plover == "THREATEN"], _codes(refused)


def test_goods_pledged_on_credit_are_aid_and_goods_sold_trade(code):
    result = code("India pledged on Monday to supply 50,000 tonnes of wheat to Sri Lanka on credit.", date=DATE)
    assert "0331" in _codes(result) and "0311" not in _codes(result), _codes(result)
    trade = code("Qatar supplied liquefied gas to Pakistan last year.", date=DATE)
    assert "071" not in _codes(trade) and "0331" not in _codes(trade), _codes(trade)


def test_supplies_transit_and_traffic_halted_or_cut(code):
    transit = code("Estonia halted the rail transit of fertiliser to Russia on Monday.", date=DATE)
    assert _of(transit, "162") and "RUS" in _countries(_of(transit, "162")[0].target), _codes(transit)
    cut = code("Azerbaijan cut gas supplies to Armenia for two weeks in 2019.", date=DATE)
    assert _of(cut, "162") and "ARM" in _countries(_of(cut, "162")[0].target), _codes(cut)
    siege = code("Sudanese troops cut off food deliveries to the besieged town of El Fasher.", date=DATE)
    assert not _of(siege, "162"), _codes(siege)
    traffic = code("Kyrgyzstan halted cargo traffic across its main border crossing on Monday.", date=DATE)
    assert _of(traffic, "191"), _codes(traffic)


def test_visa_free_travel_suspended_is_an_administrative_sanction(code):
    result = code("Japan suspended visa-free travel for Russian diplomats on Monday.", date=DATE)
    assert _of(result, "172") and "RUS" in _countries(_of(result, "172")[0].target), _codes(result)


def test_what_a_decision_names_is_done_by_whoever_decided(code):
    result = code("Tokyo protested Beijing's decision to ban imports of Japanese beef on Tuesday.", date=DATE)
    bans = _of(result, "163")
    assert bans and "CHN" in _countries(bans[0].source) and bans[0].modality == "asserted", \
        [(e.cameo, e.modality, [p.text for p in e.source]) for e in result.events]
    way = code("Diplomats discussed the best way for Qatar to mediate between the two sides.", date=DATE)
    assert all(e.modality != "asserted" for e in way.events if e.trigger.text.startswith("mediate")), \
        [(e.cameo, e.modality) for e in way.events]
