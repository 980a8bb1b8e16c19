"""bench/relevance.py --addresses (session 31): Nianbao indexes each page beside its address, a ``FILE.url`` sidecar,
as the product's build reads a crawled page; without the option a page is its text alone (the historic series).
The files and addresses are made up."""
import json

from bench import relevance_corpus
from bench.relevance import Systems
from bench.relevance_corpus import page_addresses, with_addresses
from tests.conftest import made_up_report

ADDRESS = "http://madeup.hunan.gov.cn/2022/nb.html"  # made up: a host the address rules read as 湖南
# The issuer names no place: only the page's address says where it is.
PAGE = made_up_report("民政局", 2021, {1: "2021年，我局主动公开政府信息120条。",
                                        3: "本年度我局收到政府信息公开申请5件，均已按时办结。"})


def _shared(tmp_path, monkeypatch):
    shared = tmp_path / "corpus"
    (shared / "pages").mkdir(parents=True)
    page = shared / "pages" / "001.txt"
    page.write_text(PAGE, encoding="utf-8")
    # A gold line carries more than its address; only ``file`` and ``source`` are read.
    (shared / "pages.gold.jsonl").write_text(json.dumps(
        {"file": "pages/001.txt", "source": ADDRESS, "agency": "not read", "province": "not read"},
        ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setattr(relevance_corpus, "SHARED", shared)
    return {"pages/001.txt": page}


def _provinces(files, addresses):
    with Systems.over(files, "nianbao-addresses-test-", addresses) as systems:
        return [d.get("province") for d in systems.searcher.documents(kind="report")], systems.rankers["nianbao"]("湖南", 10)


def test_the_address_sidecar_gives_the_page_its_province_and_its_absence_does_not(tmp_path, monkeypatch):
    files = _shared(tmp_path, monkeypatch)
    assert page_addresses() == {"pages/001.txt": ADDRESS}
    assert _provinces(files, addresses=True) == (["湖南省"], ["pages/001.txt"])
    assert _provinces(files, addresses=False) == (["unknown"], [])  # (the index's word for an unread province)


def test_the_copies_keep_the_keys_and_bytes_and_the_originals_are_untouched(tmp_path, monkeypatch):
    files = _shared(tmp_path, monkeypatch)
    copies = with_addresses({**files, "samples/x.txt": files["pages/001.txt"]}, tmp_path / "copies")
    assert copies["samples/x.txt"] == files["pages/001.txt"]  # a file with no address is indexed as it is
    assert copies["pages/001.txt"] != files["pages/001.txt"]
    assert copies["pages/001.txt"].read_bytes() == files["pages/001.txt"].read_bytes()
    assert (tmp_path / "copies" / "pages" / "001.txt.url").read_text(encoding="utf-8").strip() == ADDRESS
    assert not (files["pages/001.txt"].parent / "001.txt.url").exists()


def test_the_option_is_off_unless_asked():
    import argparse

    from bench.relevance import add_addresses_option

    ap = argparse.ArgumentParser()
    add_addresses_option(ap)
    assert ap.parse_args([]).addresses is False and ap.parse_args(["--addresses"]).addresses is True
