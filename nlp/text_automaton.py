"""An Aho-Corasick automaton whose matches count characters of a ``str``, shared by nlp/matcher.py and
nlp/word_pass.py.

The crate's ``str`` automaton walks the text's UTF-8 bytes and maps every byte offset back to a character. When
every character of the text is one UTF-16 code unit (none beyond the BMP: nearly every posting), a second automaton
over the terms' UTF-16 code units walks ``text.encode("utf-16-le")`` instead: a match at an even byte offset is one
at half that character offset, one at an odd offset straddles two characters and is none. A short text (a title,
a tag) takes the ``str`` automaton all the same: handing bytes over costs more than the shorter walk saves there.
"""

from __future__ import annotations

from typing import Final, final

from ahocorasick_rs import AhoCorasick, BytesAhoCorasick, Implementation

# (pattern index, start, end) as the crate gives them.
Match = tuple[int, int, int]

# Texts shorter than this are walked as ``str``: callgrind, per call over the taxonomy's or the verb-object rules'
# terms, the UTF-16 pass costs ~2,600 instructions more for 6 characters, breaks even near 48 and saves ~6% at 96
# (~20% over an 800-character description).
SHORT_TEXT: Final = 48


@final
class TextAutomaton:
    """Both automata over ``terms`` (non-empty); :meth:`matches` picks the one that fits a text."""

    __slots__ = ("_chars", "_units")

    def __init__(self, terms: list[str]) -> None:
        # Contiguous NFAs: callgrind counts fewer instructions for DFAs, but their tables (megabytes over these
        # thousands of terms) outgrow the CPU's caches and their lookups miss them; the NFAs run faster in wall
        # time (perf's cpu-clock samples, flows.bench extract alternated) in a fraction of the memory.
        self._chars = AhoCorasick(terms, implementation=Implementation.ContiguousNFA)
        self._units = BytesAhoCorasick(
            [t.encode("utf-16-le") for t in terms], implementation=Implementation.ContiguousNFA
        )

    def matches(self, text: str) -> tuple[list[Match], int]:
        """The overlapping matches in ``text`` and the shift of their offsets: with shift 1 they count UTF-16 bytes
        (skip a match whose start is odd, then ``>> 1`` both offsets), with shift 0 characters."""
        if len(text) < SHORT_TEXT:
            return self._chars.find_matches_as_indexes(text, overlapping=True), 0
        data = text.encode("utf-16-le")
        if len(data) == 2 * len(text):
            return self._units.find_matches_as_indexes(data, overlapping=True), 1
        return self._chars.find_matches_as_indexes(text, overlapping=True), 0
