"""The coder's output does not depend on the hash seed (session 54, h-det54; issue: event ids that changed with
``PYTHONHASHSEED``).

A dated pact with no doer given to the story's two main parties (``events/pacts.py``, ``done_by_pair``) took its two
doers in the order of a set of party codes when one set phrase ("both countries") was the best mention of both: the
order, and so the event's id, changed with the hash seed. The doers now come in the order the phrase lists them
(the order they were first named). On dev (651 articles) the output under PYTHONHASHSEED=1 and =2 differed in 8
articles before the fix (9 events, each given its doers by ``done_by_pair``: dated pacts and the meetings of
``events/joint_bodies.py``), and in none after (seeds 1, 2 and 3).

Before the fix the second test always failed (it picks two seeds that order the pair apart); the first failed under
the seeds that iterate the pair against the text's order.

The article is synthetic, written for these tests; none comes from an evaluation set."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

TEXT = ("OSLO, June 9 (Reuters) - Norway summoned Finland's ambassador on Monday over salmon quotas on the Tana "
        "river. Both countries manage the river's stocks. Fishing there has been regulated under a 2016 agreement. "
        "Finland's foreign ministry said the two sides would meet in Helsinki next week.")
DATE = "2026-06-09"
PAIR = ("NOR", "FIN")  # the story's two parties, which a set of their codes held before the fix


def _signing(result):
    return [e for e in result.events if e.cameo == "057" and "agreement" in e.sentence.text]


@pytest.mark.slow
def test_hashseed54_set_phrase_doers_of_a_dated_pact_in_the_phrase_order(code):
    [signing] = _signing(code(TEXT, date=DATE))
    assert [p.actor for p in signing.source] == list(PAIR)  # "Norway ... Finland": the set lists them so
    assert {p.text for p in signing.source} == {"Both countries"}


def _seeds_that_differ(pair: tuple[str, ...]) -> tuple[str, str]:
    """Two hash seeds under which a set of ``pair`` is iterated in different orders (on this Python build)."""
    orders: dict[str, str] = {}
    for seed in map(str, range(1, 40)):
        order = subprocess.run([sys.executable, "-c", f"print(list(set({list(pair)!r})))"], capture_output=True,
                               text=True, env={**os.environ, "PYTHONHASHSEED": seed}, check=True).stdout
        orders.setdefault(order, seed)
        if len(orders) == 2:
            first, second = orders.values()
            return first, second
    raise AssertionError(f"no two hash seeds order {pair} apart")


@pytest.mark.slow
def test_hashseed54_same_output_under_two_hash_seeds(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "hs54", "text": TEXT, "date": DATE}) + "\n", encoding="utf-8")
    runs = []
    for seed in _seeds_that_differ(PAIR):  # both at once: each loads the model
        out = tmp_path / f"out{seed}.jsonl"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        runs.append((out, subprocess.Popen([sys.executable, "-m", "detente.cli", "code", str(path), "--format",
                                            "jsonl", "--output", str(out)], env=env, stderr=subprocess.PIPE,
                                           text=True)))
    outputs = []
    for out, run in runs:
        _, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
        outputs.append([json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()])
    first, second = outputs
    assert [e["id"] for e in first[0]["events"]] == [e["id"] for e in second[0]["events"]]
    assert first == second
    assert any(e["cameo"] == "057" for e in first[0]["events"])  # the pact the seed used to order is there
