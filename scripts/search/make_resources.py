#!/usr/bin/env python3
"""Convert jieba 0.42.1's dictionary and HMM tables into the compact binary resources of the `Search` module.

Usage:
    pip download jieba==0.42.1 --no-deps -d /tmp/jieba && tar xzf /tmp/jieba/jieba-0.42.1.tar.gz -C /tmp/jieba
    python3 scripts/search/make_resources.py /tmp/jieba/jieba-0.42.1/jieba Sources/Search/Resources

Outputs (all integers little-endian):

jieba-dict.bin — the word-frequency list (dict.txt without POS tags), front-coded:
    magic   8 bytes  b"HSJBDICT"
    version u32      1
    count   u32      number of distinct words
    total   u64      sum of the frequencies of all dict.txt lines (jieba's `total`, duplicates included)
    count entries, sorted by code point sequence; each entry is
        shared  u8       number of leading code points shared with the previous word (at most 255)
        length  u8       byte length of the UTF-8 suffix that follows
        suffix  bytes    UTF-8 of the code points after the shared prefix
        freq    varint   frequency, unsigned LEB128
    A word that occurs twice in dict.txt keeps its last frequency, as jieba's loader does.

jieba-hmm.bin — the BMES hidden Markov model of jieba.finalseg (natural-log probabilities, float64):
    magic   8 bytes  b"HSJBHMM\\0"
    version u32      1
    start   4 x f64  in state order B, E, M, S
    trans   16 x f64 row-major [from][to], state order B, E, M, S; missing transitions are -3.14e100
    count   u32      number of emitting code points
    count entries, sorted by code point; each entry is
        scalar  u32
        mask    u8       bit i set when state i (B, E, M, S) has an emission probability for the scalar
        probs   f64 x popcount(mask), in state order
"""

import pickle
import struct
import sys
from pathlib import Path

STATES = "BEMS"
MIN_FLOAT = -3.14e100


def varint(value: int) -> bytes:
    """Encode a non-negative integer as unsigned LEB128."""
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def read_dictionary(path: Path) -> tuple[dict[str, int], int]:
    """Read dict.txt exactly like jieba's Tokenizer.gen_pfdict: last frequency wins, total counts every line."""
    frequencies: dict[str, int] = {}
    total = 0
    with path.open("rb") as handle:
        for line_number, raw in enumerate(handle, 1):
            line = raw.strip().decode("utf-8")
            try:
                word, freq_text = line.split(" ")[:2]
                freq = int(freq_text)
            except ValueError as error:
                raise SystemExit(f"{path}:{line_number}: invalid entry {line!r}") from error
            frequencies[word] = freq
            total += freq
    return frequencies, total


def encode_dictionary(frequencies: dict[str, int], total: int) -> bytes:
    """Front-code the sorted word list."""
    words = sorted(frequencies)
    out = bytearray(b"HSJBDICT")
    out += struct.pack("<IIQ", 1, len(words), total)
    previous = ""
    for word in words:
        shared = 0
        limit = min(len(word), len(previous), 255)
        while shared < limit and word[shared] == previous[shared]:
            shared += 1
        suffix = word[shared:].encode("utf-8")
        if len(suffix) > 255:
            raise SystemExit(f"word too long: {word!r}")
        out += struct.pack("<BB", shared, len(suffix))
        out += suffix
        out += varint(frequencies[word])
        previous = word
    return bytes(out)


def encode_hmm(finalseg: Path) -> bytes:
    """Serialise jieba.finalseg's start, transition and emission tables."""
    with (finalseg / "prob_start.p").open("rb") as handle:
        start = pickle.load(handle)
    with (finalseg / "prob_trans.p").open("rb") as handle:
        trans = pickle.load(handle)
    with (finalseg / "prob_emit.p").open("rb") as handle:
        emit = pickle.load(handle)
    out = bytearray(b"HSJBHMM\0")
    out += struct.pack("<I", 1)
    out += struct.pack("<4d", *(start[state] for state in STATES))
    for source in STATES:
        out += struct.pack("<4d", *(trans[source].get(target, MIN_FLOAT) for target in STATES))
    scalars = sorted(set().union(*(emit[state].keys() for state in STATES)))
    out += struct.pack("<I", len(scalars))
    for char in scalars:
        mask = 0
        probs = []
        for index, state in enumerate(STATES):
            if char in emit[state]:
                mask |= 1 << index
                probs.append(emit[state][char])
        out += struct.pack("<IB", ord(char), mask)
        out += struct.pack(f"<{len(probs)}d", *probs)
    return bytes(out)


def main() -> None:
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    jieba_dir = Path(sys.argv[1])
    out_dir = Path(sys.argv[2])
    out_dir.mkdir(parents=True, exist_ok=True)
    frequencies, total = read_dictionary(jieba_dir / "dict.txt")
    dictionary = encode_dictionary(frequencies, total)
    (out_dir / "jieba-dict.bin").write_bytes(dictionary)
    hmm = encode_hmm(jieba_dir / "finalseg")
    (out_dir / "jieba-hmm.bin").write_bytes(hmm)
    print(f"jieba-dict.bin: {len(frequencies)} words, total {total}, {len(dictionary)} bytes")
    print(f"jieba-hmm.bin: {len(hmm)} bytes")


if __name__ == "__main__":
    main()
