"""The place of the day's occasion: the acts of one meeting, visit or signing told over several sentences are done
where the one that names a place was done (session 54, h-loc54).

Wire copy names the place of a meeting once ("signed an agreement at a ceremony in X", "hosted the president in X",
"met in X") and tells the rest of the same occasion in sentences of their own that name none ("The two leaders held
talks for three hours", "He was later received by the president", "The two ministers signed a plan").
The README of eval/wire ("Location") places these where the occasion was: "a later sentence naming the place of the
same meeting, signing or session" places the lead's act, and the same holds the other way. So an act of meeting,
visiting, receiving, negotiating or signing (``OCCASION_CODES``) told as done today (asserted or reported, not
negated, not background, by a verb in the past or an event noun) with no place of its own takes the place of the
nearest such act of the article before it (else the first after it) that names one, when

- its known parties' countries are all parties of that act's (the same occasion: not a third state's meeting),
- no date tells them apart (a day the two acts both carry is the same one), and
- the article names no second place for such acts of the day (two places: two occasions, as on a tour).

Not statements, appeals or thanks said at the occasion (the README leaves words said at a meeting without its place
unless their own sentence says "here" or names it), not a telephone call (041) nor a mediation (045) nor a meeting
at a third place (044), not a plan or a meeting to come (another occasion, often elsewhere). The place is inferred,
not named by the act's own text (``Status.location_inferred``).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.model import Location

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.actors.refs import DocActors
    from detente.events.ground import CountryOf, Side
    from detente.records import Act, JudgedCandidate

# CAMEO codes of the acts of one occasion: meeting (040), visiting (042), receiving (043), negotiating (046) and
# signing (057). Not agreeing (03): agreements told after the lead are mostly pledges and assurances reported from
# elsewhere, which the dev gold leaves without a place (12 of 19 placed so were wrong, session 54)
OCCASION_CODES = ("040", "042", "043", "046", "057")
# the prepositions that set a visit noun as the time of another act ("during a visit by X", "on a visit")
OCCASION_PREPS = ("during", "on", "after", "before", "at", "for", "ahead", "following")
# the modalities of an act told as done
DONE = ("asserted", "reported")


def occasion_act(item: JudgedCandidate) -> bool:
    """Whether an act is a meeting, visit, reception, negotiation or signing told as done today."""
    status = item.status
    return status.cameo[:3] in OCCASION_CODES and status.modality in DONE and not status.negated \
        and not status.historical


def _told_as_news(item: JudgedCandidate) -> bool:
    """Whether an act's verb tells it as the day's news: an event noun ("talks"), or a verb in the simple past or a
    past participle ("held talks", "was received", "have signed"), not in the past perfect ("had met": an earlier
    act), not a present or a gerund ("the loan it is negotiating", "signs any arrangement", "visiting the island")."""
    head = item.candidate.head
    if head.pos_ in ("NOUN", "PROPN"):
        return True
    return head.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children)


def _countries(item: JudgedCandidate) -> set[str]:
    return {ref.country for _, ref in (*item.candidate.sources, *item.candidate.targets)
            if ref.kind != "unresolved" and ref.country}


def _day(item: JudgedCandidate) -> str | None:
    date = item.status.date
    return date.value if date is not None and not item.status.context_date else None


def place_occasions(acts: tuple[Act, ...]) -> tuple[Act, ...]:
    """The acts, those of an occasion with no place of their own placed where the occasion was (module docstring)."""
    shown = [act.judged for act in acts]
    where = {n: item.status.location.country for n, item in enumerate(shown)
             if occasion_act(item) and item.status.location is not None and not item.status.location_inferred
             and item.status.location.country}
    if len(set(where.values())) != 1:
        return acts  # none, or two places: two occasions
    placed = sorted(where)
    out: list[Act] = []
    for n, act in enumerate(acts):
        item = act.judged
        countries = _countries(item)
        if item.status.location is not None or not occasion_act(item) or not countries or not _told_as_news(item):
            out.append(act)
            continue
        before = [m for m in placed if m < n]
        order = [*reversed(before), *(m for m in placed if m > n)]
        donor = next((shown[m] for m in order if countries <= _countries(shown[m])
                      and (_day(item) is None or _day(shown[m]) is None or _day(item) == _day(shown[m]))), None)
        if donor is None or donor.status.location is None:
            out.append(act)
            continue
        place = donor.status.location
        rules = item.status.rules
        if rules is not None:
            rules = {**rules, "location": f"the place of the occasion told in sentence {donor.candidate.sentence} "
                                          f"({donor.candidate.head.text!r}): {place.text!r}"}
        status = dataclasses.replace(item.status, location=place, location_inferred=True, rules=rules)
        out.append(dataclasses.replace(act, judged=dataclasses.replace(item, status=status)))
    return tuple(out)


def place_visits(acts: tuple[Act, ...]) -> tuple[Act, ...]:
    """The acts, a visit (CAMEO 042) left with no place placed on the ground of the party it was paid to (session 55,
    h-loc55): "X, who arrived in the city on Monday for a two-day visit, held talks with Y" (a place noun the gazetteer
    does not know), "made Y one of his first foreign visits". The README of eval/wire ("Location") places a trip where
    it goes, and a visit goes to whom it visits: the dev gold places 174 of 178 visits with a target of another
    country in the target's country, and 8 of the 9 left with no place before this rule. The visit's sides are the
    act's, its mentions' included (whom "held talks with" names); its known targets must be of one country, other than
    every known doer's (not a visit to the doer's own troops, nor one to two states), it is not a visit noun set as
    the time of another act ("during a visit by X": whom it went to is not said), and it is not denied. The place
    is inferred, not named by the act's own text (``Status.location_inferred``)."""
    out: list[Act] = []
    for act in acts:
        item = act.judged
        status, candidate = item.status, item.candidate
        doers = {ref.country for _, ref in candidate.sources if ref.kind != "unresolved"}
        visited = [(token, ref) for token, ref in candidate.targets if ref.kind != "unresolved"]
        countries = {ref.country for _, ref in visited}
        head = candidate.head
        # (not a visit named by a noun after a time word, "signed an accord during a visit by Z's prime minister":
        # whom it went to is not said, and the clause's doers are not its hosts, events/places.py _host_of_visit)
        timed = head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" and head.head.lower_ in OCCASION_PREPS
        if status.cameo[:3] != "042" or status.location is not None or status.negated or not doers or timed \
                or None in doers or len(countries) != 1 or None in countries or countries & doers:
            out.append(act)
            continue
        token, ref = visited[0]
        place = Location(text=token.text, country=ref.country)
        rules = status.rules
        if rules is not None:
            rules = {**rules, "location": f"a visit to {token.text!r} with no place known: the ground of the party "
                                          "visited"}
        status = dataclasses.replace(status, location=place, location_inferred=True, rules=rules)
        out.append(dataclasses.replace(act, judged=dataclasses.replace(item, status=status)))
    return tuple(out)


def host_visits(acts: tuple[Act, ...], found: DocActors, country: CountryOf) -> tuple[Act, ...]:
    """The acts, a visit (CAMEO 042) that names no one visited given its host: the country it took place in
    (session 58, h-tgt58). "signed four agreements during a visit by Oman's foreign minister" under a Kuwait
    dateline, "arrived on Monday for a two-day visit", "the first visit by a senior Spanish official": the
    place rules find where the visit was (events/places.py: the other party of the act it was made during, the
    dateline's "here", the place of the verb it is the time of), and the README of eval/wire codes a trip as going
    to whom it visits: the dev gold gives a visit placed in another country than the visitor's that country, or a
    body of it, as target (515 of 521 visits; the other 5 a regional government or an organisation seated
    there). Only when every known doer has a country and the place's is none of theirs (a visitor from
    elsewhere; a trip at home visits no one), and the visit has no known target at all. The host stands with the
    first actor of that country its sentence names ("Kuwait and Oman signed ... during a visit by ..."), else
    the first place of it there, else the visit's own word."""
    out: list[Act] = []
    for act in acts:
        item = act.judged
        status, candidate = item.status, item.candidate
        place = status.location
        doers = {ref.country for _, ref in candidate.sources if ref.kind != "unresolved"}
        if status.cameo[:3] != "042" or place is None or not place.country or not doers or None in doers \
                or place.country in doers or any(ref.kind != "unresolved" for _, ref in candidate.targets):
            out.append(act)
            continue
        host = country(place.country)
        if host is None:
            out.append(act)
            continue
        token = _host_token(candidate.head, place.country, found)
        targets: tuple[Side, ...] = (*candidate.targets, (token, host))
        candidate = dataclasses.replace(candidate, targets=targets)
        if status.rules is not None:
            status = dataclasses.replace(status, rules={
                **status.rules, "target": f"a visit that names no one visited: its host, the country it took place in "
                                          f"({place.text!r}), standing with {token.text!r} (events/occasions.py, "
                                          "host_visits)"})
        out.append(dataclasses.replace(act, judged=dataclasses.replace(item, candidate=candidate, status=status)))
    return tuple(out)


def _host_token(head: Token, code: str, found: DocActors) -> Token:
    """The word the host of a visit with no one visited stands with: the first known actor of country ``code``
    in the visit's sentence, else the first place of that country there, else the visit's own word."""
    sentence = head.sent
    actor = next((t for t in sentence if t.i in found.by_token and found.by_token[t.i].kind != "unresolved"
                  and found.by_token[t.i].country == code), None)
    place = next((t for t in sentence if t.i in found.places and found.places[t.i][1] == code), None)
    return actor or place or head

