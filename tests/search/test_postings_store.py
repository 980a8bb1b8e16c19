"""The postings store's blobs: written with zstd, and stores written before (zlib) still read."""
import zlib

import numpy as np

from search import postings
from search.postings import FieldPostings, StoreReader, term_key, write_store


def _field(words: int = 3, docs: int = 400) -> FieldPostings:
    rng = np.random.default_rng(3)
    starts = np.arange(words + 1, dtype=np.int64) * docs
    doc_ids = np.tile(np.arange(docs, dtype=np.uint32), words)
    npos = rng.integers(1, 4, size=words * docs).astype(np.uint32)
    positions = np.concatenate([np.sort(rng.choice(500, size=n, replace=False)) for n in npos]).astype(np.uint32)
    return FieldPostings("body", [f"w{i}".encode() for i in range(words)], starts, doc_ids,
                         rng.random(words * docs).astype(np.float32) + 1, npos, positions)


def _read_back(path, field: FieldPostings):
    store = StoreReader.open(path)
    out = []
    for term in field.terms:
        i = store.find(term_key("body", term))
        ids, weights = store.postings(i)
        npos, positions = store.positions(i)
        out.append((ids.tolist(), weights.round(5).tolist(), npos.tolist(), positions.tolist()))
    return out


def test_blobs_are_zstd_frames_and_read_back_exactly(tmp_path):
    field = _field()
    write_store(tmp_path / "a.nbp", 400, [field])
    data = (tmp_path / "a.nbp").read_bytes()
    assert data.count(postings._ZSTD_FRAME) >= 2 * len(field.terms)  # documents and positions of each term
    ids, weights, npos, positions = _read_back(tmp_path / "a.nbp", field)[1]
    assert ids == list(range(400))
    assert weights == field.weights[400:800].astype(float).round(5).tolist()
    assert npos == field.npos[400:800].tolist()
    assert positions == field.positions[int(field.npos[:400].sum()) : int(field.npos[:800].sum())].tolist()


def test_a_store_written_with_zlib_reads_the_same(tmp_path, monkeypatch):
    field = _field()
    write_store(tmp_path / "new.nbp", 400, [field])
    monkeypatch.setattr(postings, "_context",
                        lambda name, make: type("Z", (), {"compress": staticmethod(lambda raw: zlib.compress(raw, 1))})())
    write_store(tmp_path / "old.nbp", 400, [field])
    monkeypatch.undo()
    assert postings._ZSTD_FRAME not in (tmp_path / "old.nbp").read_bytes()
    assert _read_back(tmp_path / "old.nbp", field) == _read_back(tmp_path / "new.nbp", field)
