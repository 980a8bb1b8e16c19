"""The parts a report lacks, counted once: /quality's list, /stats and their exports say what the search's 缺少第N部分
filters say (search/missing_parts.py). A copy cut short lacks its later parts only on the page; before, /quality
listed a province's cut mirrors as missing parts four to six while the search's filters counted none of them."""
from __future__ import annotations

import pytest

from tests.conftest import SAMPLES, written

SEED = (SAMPLES / "000_a24194704c1fd16a.txt").read_text(encoding="utf-8")
# A mirror's opening: parts 一 and 二, cut inside part 二's table.
CUT = SEED[: SEED.index("\n三、收到和处理政府信息公开申请情况") - 30]
# The sample's part 四 has no heading (the parser infers it from its table's note): whole, it lacks nothing.
NO_PART_FIVE = SEED[: SEED.index("\n五、存在的主要问题及改进情况")] + SEED[SEED.index("\n六、其他需要报告的事项"):]
# A copy that skips part 三 and is cut inside part 五: parts 三 and 四 are missing, 六 is not known to be.
CUT_AFTER_GAP = SEED[: SEED.index("\n三、收到和处理")] + SEED[
    SEED.index("\n五、存在的主要问题"): SEED.index("\n六、其他需要报告的事项") - 40]


@pytest.fixture(scope="module")
def client(indexes):
    # Four bodies of one district (水利局 and 水务局 would be one body, search/copies.py: one report in two files).
    reports = {"whole.txt": SEED, "cut.txt": CUT.replace("沙坡头区民政和社会保障局", "沙坡头区审计局"), "no-five.txt": NO_PART_FIVE.replace("沙坡头区民政和社会保障局", "沙坡头区水务局"),
               "gap.txt": CUT_AFTER_GAP.replace("沙坡头区民政和社会保障局", "沙坡头区林业局")}
    return indexes.app("quality-missing-parts", written(reports)).test_client()


def test_quality_lists_the_parts_the_search_filters_count(client):
    listed = {r["agency"]: r["missing_parts"] for r in client.get("/api/quality").get_json()["missing_parts"]}
    assert listed == {"沙坡头区水务局": [5], "沙坡头区林业局": [3, 4]}
    for part in (3, 4, 5, 6):
        searched = client.get(f"/api/search?quality=missing_{part}").get_json()
        assert sorted(h["agency"] for h in searched["hits"]) == sorted(a for a, parts in listed.items() if part in parts)


def test_the_statistics_export_names_the_same_missing_parts(client):
    rows = {r["agency"]: r["checks"]["missing_parts"] for r in client.get("/api/stats").get_json()["rows"]}
    assert rows["沙坡头区审计局"] == [] and rows["沙坡头区民政和社会保障局"] == []
    assert rows["沙坡头区水务局"] == [5] and rows["沙坡头区林业局"] == [3, 4]
