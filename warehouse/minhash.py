"""MinHash signatures of descriptions, vectorised over many texts at once, and their LSH band hashes.

One-permutation MinHash (Li, Owen, Zhang 2012) with rotation densification (Shrivastava 2017): each character
k-gram is hashed once (a 64-bit mix of its code points), its top bits pick one of ``num_bins`` bins, and each
bin keeps its minimum. Empty bins borrow the next non-empty bin's value, so short texts still compare. The
fraction of equal bins estimates Jaccard similarity of the k-gram sets, like ``datasketch.MinHash`` with
``num_bins`` permutations (tests check the two agree), at a fraction of the cost: numpy over a whole chunk instead
of a Python loop per shingle. Values are kept as 16-bit (b-bit minwise hashing): an accidental match has
probability 1/65536, negligible next to the thresholds used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from nlp.textnorm import normalize

# Letters kept for shingling (code point ranges): Latin a-z and accented, Cyrillic, kana, CJK, Hangul. Spaces,
# punctuation and digits (list numbering, figures) carry no identity and would let a renumbered list look new.
_LETTER_RANGES = ((0x61, 0x7A), (0xC0, 0x24F), (0x400, 0x4FF), (0x3040, 0x30FF), (0x3400, 0x9FFF), (0xAC00, 0xD7AF))
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_GOLD = np.uint64(0x9E3779B97F4A7C15)
_EMPTY = np.uint64(np.iinfo(np.uint64).max)

Signatures = NDArray[np.uint16]


@dataclass(frozen=True)
class MinHashParams:
    """Shape of the signatures and LSH bands (``lifecycle.json`` → ``near_duplicate``)."""

    shingle_chars: int = 3
    num_bins: int = 64
    bands: int = 16
    rows_per_band: int = 4
    min_chars: int = 40

    def __post_init__(self) -> None:
        if self.bands * self.rows_per_band != self.num_bins:
            raise ValueError("bands × rows_per_band must equal num_bins")
        if self.num_bins & (self.num_bins - 1) or not 1 <= self.num_bins <= 1024:
            raise ValueError("num_bins must be a power of two up to 1024")
        if self.rows_per_band > 4:
            raise ValueError("a band holds at most 4 sixteen-bit values")


def _mix(x: NDArray[np.uint64]) -> NDArray[np.uint64]:
    """splitmix64 finaliser: spreads every input bit over the output (wrapping arithmetic is intended)."""
    x = x ^ (x >> np.uint64(30))
    x = x * _M1
    x = x ^ (x >> np.uint64(27))
    x = x * _M2
    return x ^ (x >> np.uint64(31))


def _letter_mask(codes: NDArray[np.uint32]) -> NDArray[np.bool_]:
    keep = np.zeros(len(codes), dtype=bool)
    for low, high in _LETTER_RANGES:
        keep |= (codes >= low) & (codes <= high)
    return keep


def clean(text: str | None) -> str:
    """The letters shingles are taken from: the normalised, lower-cased text without spaces, punctuation or
    digits (for reference implementations and debugging; :func:`signatures` does the same in bulk)."""
    codes = np.frombuffer(normalize(text or "").lower().encode("utf-32-le"), dtype=np.uint32)
    return codes[_letter_mask(codes)].tobytes().decode("utf-32-le")


def signatures(texts: Sequence[str | None], params: MinHashParams) -> tuple[Signatures, NDArray[np.bool_]]:
    """Signatures (len(texts) × num_bins, uint16) and a mask of the texts long enough to compare."""
    k, bins = params.shingle_chars, params.num_bins
    n = len(texts)
    out = np.zeros((n, bins), dtype=np.uint16)
    if n == 0:
        return out, np.zeros(0, dtype=bool)
    # One encode and one filter for the whole chunk: per-text numpy calls would cost more than the hashing.
    normalised = [normalize(t or "").lower() for t in texts]
    codes = np.frombuffer("".join(normalised).encode("utf-32-le"), dtype=np.uint32)
    doc = np.repeat(np.arange(n), [len(t) for t in normalised])
    keep = _letter_mask(codes)
    codes, doc = codes[keep].astype(np.uint64), doc[keep]
    lengths = np.bincount(doc, minlength=n)
    usable = lengths >= max(params.min_chars, k)
    # A shingle starts at every letter whose k-1 successors belong to the same text.
    last = len(codes) - k + 1
    if last <= 0:
        return out, usable
    first = np.arange(last)
    first = first[(doc[first] == doc[first + k - 1]) & usable[doc[first]]]
    doc_of = doc[first]
    with np.errstate(over="ignore"):
        # Code points fit in 21 bits: three pack losslessly into one word, mixed once (longer shingles fold).
        h = np.zeros(len(first), dtype=np.uint64)
        for j in range(k):
            if j and j % 3 == 0:
                h = _mix(h)
            h ^= codes[first + j] << np.uint64(21 * (j % 3))
        h = _mix(h + _GOLD)
    bin_bits = bins.bit_length() - 1
    # The top bits choose the bin (one bin, when num_bins is 1, takes every shingle).
    bin_of = (h >> np.uint64(64 - bin_bits)).astype(np.int64) if bin_bits else np.zeros(len(h), dtype=np.int64)
    value = h & np.uint64((1 << (64 - bin_bits)) - 1)
    table = np.full(n * bins, _EMPTY, dtype=np.uint64)
    np.minimum.at(table, doc_of * bins + bin_of, value)
    table = table.reshape(n, bins)[usable]
    _densify(table)
    out[usable] = (table & np.uint64(0xFFFF)).astype(np.uint16)
    return out, usable


def _densify(table: NDArray[np.uint64]) -> None:
    """Rotation densification in place: an empty bin takes the next non-empty bin (circularly), offset by the
    distance so two texts agree on a borrowed bin only when they agree on its source."""
    empty = table == _EMPTY
    if not empty.any():
        return
    source = table.copy()
    with np.errstate(over="ignore"):
        for step in range(1, table.shape[1]):
            if not empty.any():
                break
            shifted = np.roll(source, -step, axis=1)
            fill = empty & (shifted != _EMPTY)
            table[fill] = _mix(shifted[fill] + _GOLD * np.uint64(step))
            empty &= ~fill


def band_hashes(sigs: Signatures, keys: Sequence[int], params: MinHashParams) -> NDArray[np.int64]:
    """LSH bucket of each band of each signature (rows × bands, int64), salted with ``keys`` (one int per row,
    e.g. a hash of the company key) so postings only meet in a bucket when their keys are equal."""
    r = params.rows_per_band
    wide = sigs.astype(np.uint64).reshape(len(sigs), params.bands, r)
    packed = np.zeros((len(sigs), params.bands), dtype=np.uint64)
    for j in range(r):
        packed |= wide[:, :, j] << np.uint64(16 * j)
    salt = np.array([k & 0xFFFFFFFFFFFFFFFF for k in keys], dtype=np.uint64).reshape(-1, 1)
    band_ids = np.arange(params.bands, dtype=np.uint64).reshape(1, -1)
    with np.errstate(over="ignore"):
        mixed = _mix(_mix(packed ^ salt) ^ (band_ids * _GOLD))
    return mixed.view(np.int64)


def similarity(a: Signatures, b: Signatures) -> NDArray[np.float64]:
    """Estimated Jaccard similarity, row by row: the share of equal bins."""
    return np.asarray((a == b).mean(axis=-1), dtype=np.float64)


def to_blob(sig: Signatures) -> bytes:
    """One signature as little-endian bytes (``posting_dedup_keys.signature``)."""
    return sig.astype("<u2").tobytes()


def from_blobs(blobs: Sequence[bytes], num_bins: int) -> Signatures:
    """Signatures stored by :func:`to_blob`, stacked (rows × num_bins)."""
    if not blobs:
        return np.zeros((0, num_bins), dtype=np.uint16)
    return np.frombuffer(b"".join(blobs), dtype="<u2").reshape(len(blobs), num_bins).astype(np.uint16)
