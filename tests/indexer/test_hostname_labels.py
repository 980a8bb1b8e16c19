"""A host's label is read in time linear-ish in its length: round 39 lets a label's reading recurse into its tail (a
province's key, then a city's and a county's: 'ahtlyaq'), and a long label whose every short head is some unit's
initials would be read again for each way of cutting it (review of session 19). Counted, not timed."""
from __future__ import annotations

from indexer import hostnames


def test_a_long_label_of_initials_reads_each_tail_once(monkeypatch):
    calls = 0
    direct = hostnames._direct

    def counting(label):
        nonlocal calls
        calls += 1
        return direct(label)

    monkeypatch.setattr(hostnames, "_direct", counting)
    hostnames.label_units.cache_clear()
    label = "shzhsxhbhn" * 5  # every two letters some unit's initials
    hostnames.label_units(label)
    hostnames.label_units.cache_clear()
    # each tail read once: about len² / 2 readings of heads and tails (the unremembered reading made millions)
    assert calls <= len(label) ** 2


def test_round_39_s_nested_label_is_still_read():
    names = {u.name for u in hostnames.label_units("ahtlyaq")}
    assert "义安区" in names
