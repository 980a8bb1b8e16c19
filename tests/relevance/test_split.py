"""The dev/test rule of the relevance set: fixed by the query id alone."""
from bench.relevance_split import DEV, TEST, split_of


def test_split_follows_the_parity_of_the_ids_hash():
    # Worked out by hand from the digests: sha256("keyword-01") starts 1d1d3ea2 (even),
    # "agency-07" af7f7265 (odd), "blind-001" e9dfa801 (odd), "blind-150" efa038cc (even).
    assert split_of("keyword-01") == DEV
    assert split_of("agency-07") == TEST
    assert split_of("blind-001") == TEST
    assert split_of("blind-150") == DEV


def test_split_is_stable_and_balanced_on_many_ids():
    ids = [f"q-{i:04d}" for i in range(2000)]
    assert [split_of(i) for i in ids] == [split_of(i) for i in ids]
    share = sum(split_of(i) == TEST for i in ids) / len(ids)
    assert 0.45 < share < 0.55
