#!/usr/bin/env python3
"""Compare the Swift segmenter with jieba 0.42.1 (and, where given, with a gold segmentation).

Usage:
    pip install jieba==0.42.1
    swift build -c release --product hongshu
    python3 scripts/search/compare_jieba.py .build/release/hongshu corpus/news.raw.txt:corpus/news.gold.txt \
        corpus/reviews.raw.txt

Each argument after the hongshu path is a text file with one line per sentence or paragraph, optionally followed by
`:GOLD`, a file with the same lines segmented by single spaces. For both modes (jieba.cut and jieba.cut_for_search,
HMM on) the script reports the share of lines whose pieces are identical, and the share of jieba's pieces (as
character spans) that the Swift segmenter also produced, and the other way round; with gold data, the word-level
precision, recall and F1 of both segmenters (whitespace pieces ignored). The first differing lines are printed.
"""

import subprocess
import sys
from collections import Counter

import jieba

SEPARATOR = "\x1f"


def spans(pieces):
    """Character spans of consecutive pieces (search-mode pieces overlap, so they are located in the line)."""
    result = []
    position = 0
    for piece in pieces:
        result.append((position, position + len(piece)))
        position += len(piece)
    return result


def swift_pieces(hongshu, lines, mode):
    """Run `hongshu segment --format pieces` over the lines."""
    process = subprocess.run(
        [hongshu, "segment", "--format", "pieces", "--mode", mode],
        input=("\n".join(lines) + "\n").encode("utf-8"),
        stdout=subprocess.PIPE,
        check=True,
    )
    output = process.stdout.decode("utf-8").split("\n")
    if output and output[-1] == "":
        output.pop()
    if len(output) != len(lines):
        raise SystemExit(f"hongshu returned {len(output)} lines for {len(lines)}")
    return [row.split(SEPARATOR) if row else [] for row in output]


def prf(reference, candidate):
    """Precision, recall and F1 of candidate spans against reference spans."""
    matched = sum((Counter(reference) & Counter(candidate)).values())
    precision = matched / max(len(candidate), 1)
    recall = matched / max(len(reference), 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-12)
    return precision, recall, f1


def compare(hongshu, path, gold_path):
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    characters = sum(map(len, lines))
    print(f"== {path}: {len(lines)} lines, {characters} characters")
    for mode in ("default", "search"):
        cut = jieba.lcut if mode == "default" else jieba.lcut_for_search
        expected = [cut(line) for line in lines]
        actual = swift_pieces(hongshu, lines, mode)
        identical = sum(1 for a, b in zip(expected, actual) if a == b)
        if mode == "default":
            expected_sets = [spans(pieces) for pieces in expected]
            actual_sets = [spans(pieces) for pieces in actual]
        else:
            expected_sets = [list(Counter(pieces).elements()) for pieces in expected]
            actual_sets = [list(Counter(pieces).elements()) for pieces in actual]
        shared = sum(sum((Counter(a) & Counter(b)).values()) for a, b in zip(expected_sets, actual_sets))
        jieba_total = sum(map(len, expected_sets))
        swift_total = sum(map(len, actual_sets))
        print(
            f"{mode:7}: identical lines {identical}/{len(lines)} = {100 * identical / len(lines):.3f}%; "
            f"jieba pieces also produced {shared}/{jieba_total} = {100 * shared / jieba_total:.4f}%; "
            f"Swift pieces also produced by jieba {shared}/{swift_total} = {100 * shared / swift_total:.4f}%"
        )
        shown = 0
        for line, a, b in zip(lines, expected, actual):
            if a != b and shown < 5:
                shown += 1
                print("   line :", line[:160])
                print("   jieba:", " / ".join(a)[:240])
                print("   swift:", " / ".join(b)[:240])
        if mode == "default" and gold_path:
            with open(gold_path, encoding="utf-8") as handle:
                gold = [row.split(" ") for row in handle.read().split("\n")[: len(lines)]]
            def words(pieces):
                return [span for span, piece in zip(spans(pieces), pieces) if piece.strip()]
            for name, output in (("jieba", expected), ("swift", actual)):
                totals = [0, 0, 0]
                for reference, candidate in zip(gold, output):
                    ref, cand = words(reference), words(candidate)
                    totals[0] += sum((Counter(ref) & Counter(cand)).values())
                    totals[1] += len(cand)
                    totals[2] += len(ref)
                precision, recall = totals[0] / totals[1], totals[0] / totals[2]
                f1 = 2 * precision * recall / (precision + recall)
                print(f"   gold {name}: P {100 * precision:.2f}  R {100 * recall:.2f}  F1 {100 * f1:.2f}")


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    jieba.setLogLevel(60)
    jieba.initialize()
    hongshu = sys.argv[1]
    for argument in sys.argv[2:]:
        path, _, gold = argument.partition(":")
        compare(hongshu, path, gold or None)


if __name__ == "__main__":
    main()
