"""What the probe tests share (``tests/events/test_probe_*.py``): reading a probe file of ``tests/data``, checking
its side keys against the knowledge base, finding the events an act is coded as, whether a participant fits a list
of acceptable keys, for the probes of status fields the fields an event gets wrong, and for the probes of event
types (senses, no-event, aid) the spurious, missed and wrongly typed acts.

A probe file holds one short synthetic wire article per line, annotated by reading before the coder was run;
its format is described in each probe test's docstring."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
STATUS_FIELDS = ("negated", "modality", "historical", "date", "location", "attribution")
MODALITIES = {"asserted", "reported", "intended", "hypothetical", "future", "question"}


def read_items(name: str) -> list[dict]:
    """The items of the probe file ``tests/data/<name>``."""
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def unknown_side_keys(items: list[dict], keys, allowed: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """The (item id, key) of the acts' side keys the knowledge base does not know (``keys``: a
    :class:`detente.evaluate_articles.KeyMatcher`); a ``~XXX`` key is a country code matched as such, ``allowed``
    keys are matched by code as gold keys are."""
    return [(item["id"], key) for item in items for act in item["acts"] for key in act["source"] + act["target"]
            if not key.startswith("~") and keys.unknown(key) and key not in allowed]


def key_fits(keys):
    """``fits(participant, wanted)``: whether an output participant is one of the acceptable keys ``wanted``."""
    def fits(participant, wanted: list[str]) -> bool:
        return any(participant.country == k[1:] if k.startswith("~") else keys.matches(participant, keys.key(k), {})
                   for k in wanted)
    return fits


def check_side_items(items: list[dict], keys, allowed: tuple[str, ...] = (), aside_share: bool = True) -> None:
    """Assert the form of a side probe: unique ids, a third or so aside (``aside_share``), synthetic items with
    their sentence in their text, acts with their trigger in the sentence, side keys the knowledge base knows
    (:func:`unknown_side_keys`)."""
    assert len(items) == len({i["id"] for i in items})
    if aside_share:
        assert 0.25 < sum(bool(i.get("aside")) for i in items) / len(items) < 0.4
    for item in items:
        assert item["synthetic"] is True and item["sentence"] in item["text"] and item["acts"], item["id"]
        for act in item["acts"]:
            assert act["trigger"].lower() in item["sentence"].lower(), item["id"]
    assert unknown_side_keys(items, keys, allowed) == []


def check_side_probe(coder, name: str, allowed: tuple[str, ...] = (), aside_share: bool = True) -> list[dict]:
    """Assert the form of the side probe ``tests/data/<name>`` (:func:`check_side_items`, its keys checked against
    ``coder``'s knowledge base) and return its items."""
    from detente.evaluate_articles import KeyMatcher

    items = read_items(name)
    check_side_items(items, KeyMatcher(coder.kb), allowed, aside_share)
    return items


def check_limits(counts: dict[bool, dict[str, list]], limits: dict[str, int]) -> None:
    """Assert that for each kind of ``limits`` the failures in ``counts`` (by aside, as :func:`target_counts` gives
    them), the working items' and the aside items' together, are at most its limit; the message gives every kind
    over its limit, with the working failures named and the aside ones counted."""
    over = {kind: (counts[False][kind], len(counts[True][kind])) for kind, limit in limits.items()
            if len(counts[False][kind]) + len(counts[True][kind]) > limit}
    assert not over, over


def coded_acts(coder, name: str):
    """For every act of the side probe ``tests/data/<name>``: (item, act, the events it is coded as, ``fits``), each
    article coded once."""
    from detente.evaluate_articles import KeyMatcher
    from detente.model import Article

    fits = key_fits(KeyMatcher(coder.kb))
    for item in read_items(name):
        result = coder.code(Article(text=item["text"], date=item["date"]))
        for act in item["acts"]:
            yield item, act, events_on(result, item, act), fits


def events_on(result, item: dict, act: dict) -> list:
    """The output events of the item's sentence whose trigger, or a restating mention's in that sentence, holds the
    act's trigger phrase (one event per act: "protested ... and summoned its envoy" may be one event whose
    trigger is "protested")."""
    return [e for e in result.events if any(
        item["sentence"][:-1] in sentence.text and act["trigger"].lower() in trigger.text.lower()
        for trigger, sentence in [(e.trigger, e.sentence), *((m.trigger, m.sentence) for m in e.mentions)])]


def check_status_items(items: list[dict]) -> None:
    """Assert the form of a status probe: unique ids, a third or so aside, synthetic, acts with their trigger in
    their sentence and allowed status values."""
    assert len(items) == len({i["id"] for i in items})
    assert 0.25 < sum(i["aside"] for i in items) / len(items) < 0.4
    for item in items:
        assert item["synthetic"] is True and item["acts"], item["id"]
        for act in item["acts"]:
            assert act["sentence"] in item["text"] and act["trigger"].lower() in act["sentence"].lower(), item["id"]
            assert act["modality"] in MODALITIES and isinstance(act["negated"], bool), item["id"]
            assert act["attribution"] is None or set(act["attribution"]) == {"anonymous"}, item["id"]


def status_checks(event, act: dict, iso: dict[str, str], fields: tuple[str, ...] = STATUS_FIELDS) -> dict[str, bool]:
    """Per status field of ``fields``, whether ``event`` agrees with the annotated ``act`` (a week output is a null
    date, as the gold format writes it; ISO codes are mapped as the scorer maps them)."""
    out: dict[str, bool] = {}
    for field in fields:
        if field == "date":
            week = event.date is not None and event.date.granularity == "week"  # the gold writes a week as null
            out[field] = (event.date.value if event.date and not week else None) == act["date"]
        elif field == "location":
            location = event.location.country if event.location else None
            out[field] = location == iso.get(act["location"] or "", act["location"])
        elif field == "attribution":
            gold = act["attribution"]
            out[field] = event.attribution is None and gold is None if event.attribution is None or gold is None \
                else event.attribution.anonymous == gold["anonymous"]
        else:
            out[field] = getattr(event, field) == act[field]
    return out


def wrong_status_fields(coder, items: list[dict],
                        fields: tuple[str, ...] = STATUS_FIELDS) -> dict[bool, dict[str, list]]:
    """By aside (True) or not, per status field of ``fields``, the acts an event matched on their trigger gets
    wrong: (id, construction, trigger, "got", value, "gold", value). An act is matched by the output events of
    its article whose trigger (or a restating mention's) overlaps the act's trigger phrase in its sentence."""
    from detente.evaluate_articles import KeyMatcher
    from detente.model import Article

    iso = KeyMatcher(coder.kb).iso
    found: dict[bool, dict[str, list]] = {False: {f: [] for f in fields}, True: {f: [] for f in fields}}
    missed: Counter = Counter()
    for item in items:
        result = coder.code(Article(text=item["text"], date=item["date"]))
        for act in item["acts"]:
            start = item["text"].index(act["sentence"])
            start += act["sentence"].lower().index(act["trigger"].lower())
            end = start + len(act["trigger"])
            events = [e for e in result.events
                      if any(t.start < end and start < t.end for t in [e.trigger] + [m.trigger for m in e.mentions])]
            if not events:
                missed[item["aside"]] += 1
            for field in fields:
                bad = [e for e in events if not status_checks(e, act, iso, fields)[field]]
                if bad:
                    got = {"negated": bad[0].negated, "modality": bad[0].modality,
                           "historical": bad[0].historical, "date": bad[0].date and bad[0].date.value,
                           "location": bad[0].location and bad[0].location.country,
                           "attribution": bad[0].attribution and bad[0].attribution.anonymous}[field]
                    found[item["aside"]][field].append((item["id"], item["construction"], act["trigger"],
                                                        "got", got, "gold", act[field]))
    print("missed acts (no event on the trigger): probe", missed[False], "aside", missed[True])
    return found


def _covers(event, text: str, cue: str, fragment: str) -> bool:
    """Whether one of ``event``'s mentions has a trigger holding ``cue`` that overlaps ``fragment`` of ``text``."""
    start = text.index(fragment)
    end = start + len(fragment)
    return any(cue.lower() in m.trigger.text.lower() and m.trigger.start < end and m.trigger.end > start
               for m in event.mentions)


def repeats_and_merges(coder, items: list[dict]) -> dict[bool, tuple[list, list]]:
    """By aside (True) or not, (repeats, over-merges) of a repeats probe (``tests/events/test_probe_repeats.py``
    describes the format): an act covered by n > 1 events has n - 1 repeats, an event covering two acts is an
    over-merge; lists of (item id, act label)."""
    import datetime as dt

    from detente.model import Article

    found: dict[bool, tuple[list, list]] = {False: ([], []), True: ([], [])}
    for item in items:
        result = coder.code(Article(text=item["text"], date=dt.date.fromisoformat(item["date"])))
        repeats, merges = found[item["aside"]]
        covering: list[set[int]] = []
        for act in item["acts"]:
            events = {n for n, event in enumerate(result.events)
                      if any(_covers(event, item["text"], cue, fragment) for cue, fragment in act["mentions"])}
            covering.append(events)
            repeats.extend([(item["id"], act["label"])] * max(0, len(events) - 1))
        for n in range(len(result.events)):
            acts = [act["label"] for act, events in zip(item["acts"], covering) if n in events]
            merges.extend([(item["id"], " + ".join(acts))] * max(0, len(acts) - 1))
    return found


# -- probes of event types (senses, no-event, aid): one act or non-event per phrase of a short article ------------
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "STATEMENT"}


def check_repeat_items(items: list[dict]) -> None:
    """Assert the form of a repeats probe: unique ids, a third or so aside, synthetic, each act's mentions (cue,
    fragment) found in the text, and a ``lookalike`` flag on every item."""
    assert len(items) == len({i["id"] for i in items})
    assert 0.25 < sum(i["aside"] for i in items) / len(items) < 0.4
    for item in items:
        assert item["synthetic"] is True and item["acts"] and isinstance(item["lookalike"], bool)
        for act in item["acts"]:
            for cue, fragment in act["mentions"]:
                assert fragment in item["text"] and cue.lower() in fragment.lower(), (item["id"], cue)


def check_repeat_limit(counted: dict[bool, tuple[list, list]], which: int, limit: int, name: str) -> None:
    """Assert that the repeats (``which`` 0) or over-merges (1) of :func:`repeats_and_merges`, the working items'
    and the aside items' together (the aside by their count only), are at most ``limit``; print the working ones."""
    found, aside = counted[False][which], len(counted[True][which])
    print(f"{name}:", len(found), found, "aside:", aside)
    assert len(found) + aside <= limit, found


def phrase_span(text: str, phrase: str) -> tuple[int, int]:
    """The characters of ``phrase`` in ``text``, sought after the dateline (a ``ValueError`` when it is not there)."""
    start = text.index(phrase, text.index(" - "))
    return start, start + len(phrase)


def mentioned_in(event, span: tuple[int, int]) -> bool:
    """Whether a mention of the event (its trigger when it has none) overlaps the characters ``span``."""
    mentions = [(m.trigger.start, m.trigger.end) for m in event.mentions] or [(event.trigger.start, event.trigger.end)]
    return any(start < span[1] and span[0] < end for start, end in mentions)


def check_type_items(items: list[dict], keys, allowed: tuple[str, ...] = ()) -> None:
    """Assert the form of an event-type probe: unique ids, a third or so aside, synthetic items with an act or a
    non-event, phrases in the text, PLOVER types and quad classes as the format says, side keys the knowledge
    base knows (a ``~XXX`` key is a country code; ``allowed`` keys are matched by code)."""
    assert len(items) == len({i["id"] for i in items})
    assert 0.25 < sum(i["aside"] for i in items) / len(items) < 0.4
    for item in items:
        assert item["synthetic"] is True and (item["acts"] or item["nonevents"]), item["id"]
        for phrase in item["nonevents"]:
            phrase_span(item["text"], phrase)
        for act in item["acts"]:
            phrase_span(item["text"], act["trigger"])
            assert {act["plover"], *act["alt"]} <= PLOVER_TYPES, item["id"]
            assert set(act["quad"]) <= {1, 2, 3, 4}, item["id"]
    assert unknown_side_keys(items, keys, allowed) == []


def type_failures(coder, name: str, live: bool = False, doer: bool = False) -> dict[bool, tuple[list, list, list]]:
    """(spurious, missed, wrong quad) of the event-type probe ``tests/data/<name>``, on the working items (key
    False) and the aside items (True): an event mentioned in a non-event phrase; an act no event mentioned at its
    trigger has a type of (with ``doer``, and a doer among its ``source`` keys); an event at an act's trigger of
    another quad class. ``live``: negated events are left out."""
    import datetime as dt

    from detente.evaluate_articles import KeyMatcher
    from detente.model import Article

    fits = key_fits(KeyMatcher(coder.kb))
    found: dict[bool, tuple[list, list, list]] = {False: ([], [], []), True: ([], [], [])}
    for item in read_items(name):
        result = coder.code(Article(text=item["text"], date=dt.date.fromisoformat(item["date"])))
        events = [e for e in result.events if not (live and e.negated)]
        spurious, missed, wrong = found[item["aside"]]
        for phrase in item["nonevents"]:
            span = phrase_span(item["text"], phrase)
            spurious += [(item["id"], phrase, e.cameo) for e in events if mentioned_in(e, span)]
        for act in item["acts"]:
            span = phrase_span(item["text"], act["trigger"])
            at = [e for e in events if mentioned_in(e, span)]
            allowed = {act["plover"], *act["alt"]}
            if not any((e.plover or "STATEMENT") in allowed
                       and (not doer or any(fits(p, act["source"]) for p in e.source)) for e in at):
                missed.append((item["id"], act["trigger"], [(e.cameo, [p.text for p in e.source]) for e in at]))
            wrong += [(item["id"], act["trigger"], e.cameo) for e in at if e.quad_class not in act["quad"]]
    return found


def check_counts(counts: tuple[list, ...], limits: tuple[int, ...], names=("spurious", "missed", "wrong quad")) -> None:
    """Assert each list of failures is no longer than its limit (as many limits as are given), printing them all."""
    for name, failures in zip(names, counts):
        print(f"\n{name}:", len(failures), failures)
    for name, failures, limit in zip(names, counts, limits):
        assert len(failures) <= limit, (name, failures)


def target_counts(coder, name: str, source_needed: bool = False) -> dict[bool, dict[str, list]]:
    """For the target probe ``tests/data/<name>``, on the working items (key False) and the aside items (True),
    the acts (id, construction, trigger) whose events give a wrong target (a resolved one not among the act's
    ``target`` keys, or a phrase of its ``not_target`` list), a wrong source, no target where the act has one
    (missing), a type of its ``not_plover`` list, or no event at all. A symmetric act accepts its sides either
    way round and is missing unless one event has two of them. A wrong source is a resolved one not among the
    act's ``source`` keys; with ``source_needed``, any act none of whose events has one among them."""
    found: dict[bool, dict[str, list]] = {a: {"wrong": [], "wrong source": [], "missing": [], "wrong type": [],
                                              "no event": []} for a in (False, True)}
    for item, act, events, fits in coded_acts(coder, name):
        mine = found[bool(item.get("aside"))]
        label = (item["id"], item["construction"], act["trigger"])
        source, target, symmetric = act["source"], act["target"], act.get("symmetric", False)
        if symmetric:
            source = target = source + target
        if not events:
            mine["no event"].append(label)
            continue
        if any(p.actor is not None and not fits(p, target) for e in events for p in e.target):
            mine["wrong"].append(label)
        elif any(w in p.text for e in events for p in e.target for w in act.get("not_target", ())):
            mine["wrong"].append(label)  # the act's own noun, which is no one, given as its target
        elif symmetric and not any(len({p.actor for p in (*e.source, *e.target) if p.actor is not None}) > 1
                                   for e in events):
            mine["missing"].append(label)  # a symmetric act needs both sides, on either side of one event
        elif target and not symmetric and not any(p.actor is not None for e in events for p in e.target):
            mine["missing"].append(label)
        if source_needed:
            wrong_source = not any(p.actor is not None and fits(p, source) for e in events for p in e.source)
        else:
            wrong_source = any(p.actor is not None and not fits(p, source) for e in events for p in e.source)
        if wrong_source:
            mine["wrong source"].append(label)
        if any(e.plover in act.get("not_plover", ()) for e in events):
            mine["wrong type"].append(label)
    print("probe:", found[False])
    print("aside:", {k: len(v) for k, v in found[True].items()})
    return found


def side_counts(coder, name: str) -> dict[str, list[tuple]]:
    """For the side probe ``tests/data/<name>``, the acts (id, construction, trigger) whose events give a wrong
    target ("wrong"), none of the act's targets where it has one ("missing"), or a wrong source ("sources");
    the aside items under the same names with "aside " before them, printed by count only. A symmetric act
    accepts its sides either way round."""
    out: dict[str, list[tuple]] = {"wrong": [], "missing": [], "sources": [], "aside wrong": [],
                                   "aside missing": [], "aside sources": []}
    for item, act, events, fits in coded_acts(coder, name):
        prefix = "aside " if item.get("aside") else ""
        source, target = act["source"], act["target"]
        if act.get("symmetric"):
            source = target = source + target
        where = (item["id"], item["construction"], act["trigger"])
        if any(p.actor is not None and not fits(p, target) for e in events for p in e.target):
            out[prefix + "wrong"].append(where)
        elif act["target"] and events and not any(p.actor is not None and fits(p, target)
                                                  for e in events for p in e.target):
            out[prefix + "missing"].append(where)
        if any(p.actor is not None and not fits(p, source) for e in events for p in e.source):
            out[prefix + "sources"].append(where)
    for kind, found in out.items():  # the aside items by count only: their output is not looked at
        print(f"{kind}: {len(found)}", "" if kind.startswith("aside") else found)
    return out


def act_failure(event_list, act: dict, fits) -> str | None:
    """Why no event of ``event_list`` codes a typed probe act as annotated (None when one does): "no event", "wrong
    type" (no event with a code of ``act["cameo"]``) or "wrong side". An act passes when one event with an accepted
    code has a source among its source keys and, if it has any, a target among its target keys (both sides, for a
    symmetric act), and no target among the keys of its optional ``"not"`` list (a place or topic that is no
    party: "talks in Geneva on Sudan")."""
    if not event_list:
        return "no event"
    typed = [e for e in event_list if e.cameo in act["cameo"]]
    if not typed:
        return "wrong type"
    sides, unwanted = act["source"] + act["target"], act.get("not", [])
    for event in typed:
        if any(fits(p, unwanted) for p in event.target if p.actor):
            continue
        if act["symmetric"]:
            found = [p for p in (*event.source, *event.target) if fits(p, sides)]
            if len({p.actor for p in found}) >= 2:
                return None
        elif any(fits(p, act["source"]) for p in event.source) and (
                not act["target"] or any(fits(p, act["target"]) for p in event.target)):
            return None
    return "wrong side"


def source_counts(coder, name: str) -> dict[bool, dict[str, list]]:
    """For the untyped probe ``tests/data/<name>``, its acts (id, construction, trigger), working (False) and aside
    (True), by how the doer is coded: "no event" on the trigger, "wrong" (a resolved source outside the source
    keys), "missing" (a source is annotated and none resolves); printed."""
    found: dict[bool, dict[str, list]] = {a: {"wrong": [], "missing": [], "no event": []} for a in (False, True)}
    for item, act, events, fits in coded_acts(coder, name):
        mine = found[bool(item.get("aside"))]
        label = (item["id"], item["construction"], act["trigger"])
        resolved = [p for e in events for p in e.source if p.actor is not None]
        if not events:
            mine["no event"].append(label)
        elif any(not fits(p, act["source"]) for p in resolved):
            mine["wrong"].append(label)
        elif act["source"] and not resolved:
            mine["missing"].append(label)
    print("probe:", found[False])
    print("aside:", found[True])
    return found


def side_failure(events, act: dict, fits, nothing_is_nobody: bool = False) -> str | None:
    """Why no event of ``events`` (those on an untyped probe act's trigger) codes its sides as annotated, or None:
    "no event", "wrong side" (no event with a resolved source among the source keys, when there are any, and a
    resolved target among the target keys, when there are any; an event whose resolved source is among the optional
    ``not_source`` keys does not count), or, for an act marked ``nobody_source``, "a doer" when a source resolves (no
    event at all counts as nobody with ``nothing_is_nobody``, else as "no event")."""
    if act.get("nobody_source") and (events or nothing_is_nobody):
        return "a doer" if any(p.actor for e in events for p in e.source) else None
    if not events:
        return "no event"
    for event in events:
        if any(fits(p, act.get("not_source", [])) for p in event.source if p.actor):
            continue
        if (not act["source"] or any(fits(p, act["source"]) for p in event.source if p.actor)) and (
                not act["target"] or any(fits(p, act["target"]) for p in event.target if p.actor)):
            return None
    return "wrong side"


def typed_failures(coder, name: str, plover: str) -> dict[bool, list[tuple[str, str, str]]]:
    """For a typed probe ``tests/data/<name>`` whose items may carry ``nonevents``, the failures of its working
    (False) and aside (True) items: (id, trigger, why) for each act not coded as annotated (:func:`act_failure`),
    and (id, phrase, "spurious") for each non-event phrase a ``plover`` event is mentioned on."""
    import datetime as dt

    from detente.evaluate_articles import KeyMatcher
    from detente.model import Article

    fits = key_fits(KeyMatcher(coder.kb))
    found: dict[bool, list[tuple[str, str, str]]] = {False: [], True: []}
    for item in read_items(name):
        result = coder.code(Article(text=item["text"], date=dt.date.fromisoformat(item["date"])))
        for act in item["acts"]:
            why = act_failure(events_on(result, item, act), act, fits)
            if why:
                found[item["aside"]].append((item["id"], act["trigger"], why))
        for phrase in item.get("nonevents", []):
            span = phrase_span(item["text"], phrase)
            if any(mentioned_in(e, span) and e.plover == plover for e in result.events):
                found[item["aside"]].append((item["id"], phrase, "spurious"))
    return found


def act_failures(coder, name: str, failure=None) -> dict[str, str]:
    """For the typed probe ``tests/data/<name>``, the items with an act not coded as annotated and why
    (``failure(events, act, fits)``, :func:`act_failure` by default), printed with their count by reason."""
    out: dict[str, str] = {}
    for item, act, events, fits in coded_acts(coder, name):
        why = (failure or act_failure)(events, act, fits)
        if why:
            out[item["id"]] = why
    print(sorted(out.items()), Counter(out.values()))
    return out


def side_failures_by_part(coder, name: str) -> dict[bool, list[str]]:
    """For the typed probe ``tests/data/<name>``, the ids of the items with an act whose sides are not coded as
    annotated (:func:`side_failure`), working items under False and aside items under True."""
    aside = {item["id"] for item in read_items(name) if item.get("aside")}
    failures = act_failures(coder, name, side_failure)
    return {False: sorted(i for i in failures if i not in aside), True: sorted(i for i in failures if i in aside)}
