"""The words-a-rejection-answers probe (issue 11, session 39, h-rej39).

``tests/data/probe_rej39.jsonl`` holds 24 short synthetic wire articles (a dateline, an agency tag and one to six
sentences, written for this probe about real actors with invented facts; none is taken from an evaluation set or the
shared data) in which a rejection or dismissal names the words it answers by a noun of words of any kind ("rejected
the statement", "dismissed the remarks", "rejected the protest"), with no author in its own clause: words made to
the one who rejects them (``statement-made-to``, ``remarks-made-to``, ``comments-made-to``), words about a third
party told just before (``statement-third-party``, ``remarks-third-party``, ``comments-third-party``), a protest
named by its own word with other parties' words between (``protest-named``), a statement told only in a reporting
frame (``own-party-words``: "X said that Y had fired missiles ... Y rejected the statement"), one told five sentences
back (``far-back-statement``), and the author named in the clause (``named-author``: "rejected remarks by X").

Each act was annotated by reading, before the coder was run, in the schema of ``probe_set35.jsonl`` (keys ``~XXX``:
any actor of that country). Eight items carry ``"aside": true``: they were not looked at while fixing, and their
counts are reported apart. Counted per act by ``tests.probes.target_counts``.

When written (main 2c7b4e7c): working 4 wrong targets (the party the rejected words were about, ``*-third-party``)
and 3 missing; aside 2 wrong and 2 missing. After the ``speech_noun`` rule of this branch
(``events/replies.authors``): working none wrong and 2 missing, aside none wrong and 1 missing; with the reporter of
the answering side's own act (``replies._reporters``) working 1 missing, aside 1 missing (``MAX``: working and aside
together). Left: a statement told five sentences back that was not made to the one who rejects it (rej39-11,
``far-back-statement``: beyond the rule's window).
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_rej39.jsonl"
MAX = {"wrong": 0, "missing": 2, "wrong source": 0, "wrong type": 0, "no event": 0}


def test_probe_rej39_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_rej39_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
