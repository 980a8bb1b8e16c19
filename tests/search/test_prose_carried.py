"""The requests carried into the next year and the reviews still pending, as the prose states them where no table
gives them (QA 42 F8; search/data/prose_figures.tsv). The texts are made up."""
import pytest

from search.figures.claims import read_claims
from search.figures.text_figures import figures_from_text


def _from_text(text: str, section: int = 1) -> dict:
    report = {"sections": [{"number": section, "blocks": [{"type": "p", "text": text}]}]}
    return figures_from_text({}, read_claims(report))


@pytest.mark.parametrize("text,key,value", [
    ("本机关全年收到政府信息公开申请34件，按时答复33件，转下一年度办理答复的有1件。", "requests_carried_forward", 1),
    ("2020年共受理政府信息公开申请30件，办结28件，结转下年度办理2件。", "requests_carried_forward", 2),
    ("因政府信息公开申请引发行政复议6件，结果维持3件，尚未审结3件。", "reconsideration_pending", 3),
])
def test_a_stated_count_is_read(text, key, value):
    assert _from_text(text)[key] == value


@pytest.mark.parametrize("text,key", [
    # pending with no review named before it in its sentence: whose it is is unknown
    ("本年度尚未审结3件。", "reconsideration_pending"),
    # a lawsuit's pending count: no column of its own, never the review's
    ("因政府信息公开申请引发行政诉讼4件，尚未审结2件。", "reconsideration_pending"),
])
def test_a_count_of_nothing_named_is_not_read(text, key):
    assert key not in _from_text(text)
