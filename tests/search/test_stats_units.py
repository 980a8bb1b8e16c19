"""The pieces behind the statistics pages: prose claims, columns, charts, copied text."""
from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indexer.parser import parse_file, report_to_dict
from search.figures.chart import bar_chart, nice_step, text_width
from search.figures.claims import chinese_number, read_claims
from search.figures.columns import COLUMN_BY_KEY, ratio, total_of
from search.figures.similarity import candidate_pairs, estimate, normalise, overlap, prose_of, signature
from tests.conftest import SAMPLES


def report_with(*paragraphs: str, section: int = 1) -> dict:
    return {"sections": [{"number": section, "blocks": [{"type": "p", "text": p} for p in paragraphs]}]}


@pytest.mark.parametrize("text,claims", [
    ("2020年未收到依申请公开政府信息的申请件。", [("no_requests", 0)]),
    ("我局未收到信息公开申请，未发生针对本单位有关政府信息公开事务的行政复议案或行政诉讼案。",
     [("no_requests", 0), ("no_reconsideration", 0), ("no_litigation", 0)]),
    ("通过政府网站互动平台收到依申请公开1件，已办结。", [("requests_count", 1)]),
    ("全年共收到政府信息公开申请十二件。", [("requests_count", 12)]),
    ("本年度受理公民、法人或其他组织提出的政府信息公开申请 35 件。", [("requests_count", 35)]),
    ("全年未发生因政府信息公开申请引发的行政诉讼。", [("no_litigation", 0)]),
    # not claims about the year's requests or cases
    ("2020 年社会组织申请数量共 35 件，民政和社会保障局受理 14 件。", []),
    ("收到群众咨询类问题13件，均已及时办理并答复。", []),
    ("未经复议直接起诉的案件均已审结。", []),
    ("全年未发生泄密事件。", []),
    ("对未收到答复的申请人及时补正告知。", []),
    # only an outcome is denied: cases may well have arisen
    ("全年未出现因依申请公开被复议纠错或诉讼败诉的情形。", []),
    ("未出现行政诉讼被撤销或确认违法的情况。", []),
    ("全年未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。",
     [("no_reconsideration", 0), ("no_litigation", 0)]),
])
def test_claims_of_the_prose(text, claims):
    assert [(c["claim"], c["value"]) for c in read_claims(report_with(text))] == claims


def test_claims_are_read_from_paragraphs_not_tables():
    report = {"sections": [{"number": 4, "blocks": [{"type": "table", "rows": [["未经复议直接起诉", "未收到"]]}]}]}
    assert read_claims(report) == []


@pytest.mark.parametrize("text,value", [("0", 0), ("17", 17), ("十", 10), ("十二", 12), ("二十", 20),
                                        ("一百零五", 105), ("两", 2), ("三十五", 35), ("多", None)])
def test_chinese_numbers(text, value):
    assert chinese_number(text) == value


def test_sums_and_rates_never_guess():
    assert total_of({"a": 1, "b": 2}, ["a", "b"]) == 3
    assert total_of({"a": 1, "b": None}, ["a", "b"]) is None  # a blank part: the sum is unknown
    assert ratio(1, 0) is None and ratio(None, 5) is None and ratio(1, 3) == 33.33
    refused = COLUMN_BY_KEY["outcome_refused"]
    assert refused.value({}) is None
    other = COLUMN_BY_KEY["outcome_other"]
    assert other.value({"outcome_other_total": 2}) == 2  # 2019: one row
    assert other.value({"outcome_other_no_correction": 1, "outcome_other_unpaid_fee": 0, "outcome_other_other": 3}) == 4
    corrected = COLUMN_BY_KEY["rate_reconsideration_corrected"]
    assert corrected.value({"reconsideration_corrected": 1, "reconsideration_total": 5, "reconsideration_pending": 1}) == 25.0
    assert COLUMN_BY_KEY["procurement_amount"].value({"procurement_amount_yuan": 12293400.0}) == 1229.34


def test_round_steps():
    assert [nice_step(m) for m in (1, 8, 10, 34, 100, 20256)] == [0.5, 2, 5, 10, 50, 10000]


def test_bar_chart_geometry_follows_the_values():
    chart = bar_chart("c", "requests_new", "本年新收申请", "件", [(2021, 1, "1"), (2022, None, "—"), (2023, 8, "8")])
    one, missing, eight = chart.bars
    assert missing.missing and missing.height == 0
    assert eight.height == pytest.approx(8 * one.height, rel=0.01)
    assert eight.y + eight.height == chart.bottom  # bars stand on the baseline
    assert [t.text for t in chart.ticks] == ["0", "2", "4", "6", "8"]  # whole numbers for counts
    assert "2022 年 —" in chart.desc and "2023 年 8" in chart.desc
    rate = bar_chart("r", "rate_disclosed", "予以公开率", "%", [(2021, 85.71, "85.7%")])
    assert rate.ticks[-1].text == "100%"


def test_normalised_text_maps_back_to_the_original():
    text = normalise("２０２０年，本机关（民政局）收到 12 件申请。")
    assert text.norm == "0年本机关民政局收到0件申请"
    start, end = text.span(5, 8)
    assert text.original[start:end] == "民政局"


def sample_report(name: str) -> dict:
    return json.loads(json.dumps(report_to_dict(parse_file(SAMPLES / name))))


def test_minhash_proposes_copies_and_not_different_reports():
    a = sample_report("004_6c81e5c04cdd17c4.txt")
    b = json.loads(json.dumps(a).replace("2021", "2022").replace("吴忠市", "青铜峡市"))
    c = sample_report("003_102efd9b51b31bb4.txt")
    texts = {k: normalise(prose_of(r)) for k, r in {"a": a, "b": b, "c": c}.items()}
    signatures = {k: signature(t) for k, t in texts.items()}
    assert estimate(signatures["a"], signatures["b"]) > 0.8
    assert estimate(signatures["a"], signatures["c"]) < 0.1
    assert set(candidate_pairs(signatures)) == {("a", "b")}
    found = overlap(texts["b"], [texts["a"]])
    assert found.share > 0.9 and found.spans
    assert overlap(texts["c"], [texts["a"]]).share < 0.1


def test_too_little_prose_has_no_signature():
    assert signature(normalise("无。")) is None


ROUTES = ["/stats", "/api/stats", "/api/export", "/trends", "/api/trends", "/compare", "/api/compare",
          "/quality", "/api/quality"]
NAMES = ["q", "by", "dir", "view", "fig", "id", "what", "format", "year", "page", "agency", "level", "only"]
VALUES = st.one_of(st.text(max_size=40), st.sampled_from(["csv", "json", "search", "stats", "asc", "all", "2021",
                                                          "-1", "x" * 300, "<script>", "ac8b8834d23f0f96"]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(route=st.sampled_from(ROUTES), pairs=st.lists(st.tuples(st.sampled_from(NAMES), VALUES), max_size=5))
def test_statistics_routes_never_fail_on_any_parameter(client, route, pairs):
    query = "&".join(f"{quote(name)}={quote(value)}" for name, value in pairs)
    response = client.get(f"{route}?{query}")
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert route.startswith("/api/") and response.get_json()["error"] == "bad_request"
    if route.startswith("/api/") and response.status_code == 200 and route != "/api/export":
        assert isinstance(response.get_json(), dict)
    body = response.get_data(as_text=True)
    if response.mimetype == "text/html":  # markup: every user string escaped
        assert "<script>" not in body.replace('<script src="/static/', "")
    else:  # data (JSON, CSV) quotes a user string as given, under a type no browser renders as a page
        assert response.mimetype in ("application/json", "text/csv"), response.mimetype
        assert response.headers["X-Content-Type-Options"] == "nosniff"  # never sniffed into a page


def test_records_read_from_the_digests_are_the_records_of_the_stored_reports(indexes):
    """The figures pages read each report's digest written with its segment, not its JSON."""
    from search.figures.records import _record, record_store

    searcher = indexes.searcher("derived")
    store = record_store(searcher)
    assert store._shared.records  # read from the digests at once, before any report is asked for
    for report_id in store.all_ids():
        payload = store.payload(report_id)
        record, expected = store.record(report_id), _record(payload)
        assert record == expected and record.values == expected.values and record.parts == expected.parts
        assert store.cache[("signature", report_id)] == signature(normalise(prose_of(payload)))


@pytest.mark.parametrize("seed,reports", [(1, 0), (2, 1), (3, 40), (4, 80), (5, 700)])
def test_band_pairs_propose_what_candidate_pairs_proposes_in_its_order(seed, reports):
    """The numpy LSH gives the pairs, band counts and order of the reference implementation,
    buckets over the size limit left out (700 reports over a few values fill some)."""
    import random

    from search.figures.similarity import BINS, band_pairs

    rng = random.Random(seed)
    common = [rng.randrange(4) for _ in range(6)]
    signatures = {f"r{rng.randrange(10**6):06d}": tuple(
        None if rng.random() < 0.05 else rng.choice(common + [rng.randrange(10**9)]) for _ in range(BINS))
        for _ in range(reports)}
    assert list(band_pairs(signatures).in_order().items()) == list(candidate_pairs(signatures).items())


def test_the_signature_reads_the_same_normal_form_as_the_comparison():
    """The digest's signature skips the positions: its normal form must equal the comparison's."""
    from search.figures.similarity import normal_form, normalise, signature

    text = "本机关２０２３年共收到申请12件，办结１１件；²注：数据截至12月31日。Open data 开放数据_目录"
    assert normal_form(text) == normalise(text).norm
    assert signature(normal_form(text * 3)) == signature(normalise(text * 3))


def test_shingle_hashes_do_not_depend_on_the_process():
    """Signatures are stored in the index and compared across processes: no per-process hashing."""
    import subprocess
    import sys

    from search.figures.similarity import shingles

    norm = "政府信息公开工作年度报告主动公开0条"
    code = f"from search.figures.similarity import shingles; print(shingles({norm!r}))"
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": "7", "PATH": ""}, cwd=str(__import__("pathlib").Path(__file__).parents[2]))
    assert other.stdout.strip() == str(shingles(norm))
    assert len(shingles(norm)) == len(norm) - 7 and len(set(shingles(norm))) == len(norm) - 7


def test_chart_leaves_out_the_years_before_the_first_value_and_says_so():
    points = [(2017, None, "—"), (2018, None, "—"), (2019, 3, "3"), (2020, None, "—"), (2021, 5, "5")]
    chart = bar_chart("c", "requests_new", "本年新收申请", "件", points)
    assert [b.year for b in chart.bars] == [2019, 2020, 2021]  # a gap after the first value stays
    assert chart.note == "2017–2018 年无数据，图中略去。"
    assert "2017 年 —" in chart.desc  # the description still names every year
    assert bar_chart("c", "k", "t", "件", [(2019, None, "—"), (2020, 1, "1")]).note == "2019 年无数据，图中略去。"
    assert bar_chart("c", "k", "t", "件", [(2019, 2, "2"), (2020, 1, "1")]).note == ""


def _extent(x: float, text: str) -> tuple[float, float]:
    half = text_width(text) / 2
    return x - half, x + half


def test_chart_labels_never_run_into_one_another_over_eighteen_years():
    values = [3466, 2008, 47, 0, 12345, 1, 88, 9, 100200, 5, 0, 640, 3, 77, 2, 361, 116, 1295]
    points = [(2008 + i, v, f"{v:,}") for i, v in enumerate(values)]
    chart = bar_chart("c", "requests_new", "本年新收申请", "件", points)
    years = [b for b in chart.bars if b.show_year]
    assert years[-1].year == 2025 and 2 <= len(years) < len(chart.bars)  # thinned, the latest kept
    centres = [b.x + b.width / 2 for b in years]
    assert min(b - a for a, b in zip(centres, centres[1:])) >= text_width("2025") + 4
    shown = [b for b in chart.bars if b.show_value]
    assert chart.bars[-1] in shown and max(chart.bars, key=lambda b: b.value) in shown
    assert len(shown) < len(chart.bars)  # not every value fits at this width
    for a, b in zip(shown, shown[1:]):
        if abs(a.label_y - b.label_y) < 13:
            assert _extent(a.label_x, a.text)[1] <= _extent(b.label_x, b.text)[0]
    for b in shown:
        left, right = _extent(b.label_x, b.text)
        assert 0 <= left and right <= chart.width  # the latest year's label no longer runs off the edge


def test_chart_with_few_years_prints_every_label():
    chart = bar_chart("c", "requests_new", "本年新收申请", "件", [(2023, 47, "47"), (2024, 3466, "3,466"), (2025, 2008, "2,008")])
    assert all(b.show_value and b.show_year for b in chart.bars)


def test_chart_without_any_value_is_empty():
    assert bar_chart("c", "k", "t", "件", [(2012, None, "—"), (2025, None, "—")]).empty
    assert not bar_chart("c", "k", "t", "件", [(2012, None, "—"), (2025, 0, "0")]).empty
