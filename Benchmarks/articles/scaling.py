#!/usr/bin/env python3
"""Does analysis time grow in proportion to the article? Prints, for each shape of hostile or unusual text, the CPU
time of `newsgraph extract` on the shape at SMALL and at 4 x SMALL words, and the ratio (about 4 when linear;
8 or more means something quadratic). Words come from a seeded generator, so runs compare.

    python3 Benchmarks/articles/scaling.py BINARY [--words N]
"""
import argparse, os, random, resource, subprocess, sys, tempfile

rng = random.Random(2)
syllables = ["ka", "lo", "mer", "dun", "vi", "sto", "ran", "bel", "tor", "qu", "ish", "en", "ar", "pol", "fi"]
vocab = ["".join(rng.choice(syllables) for _ in range(rng.randint(1, 4))) for _ in range(20000)]


def words(n):
    return rng.choices(vocab, k=n)


SHAPES = {
    "capitalised words": lambda n: " ".join(w.capitalize() for w in words(n)),
    "ALL CAPS words": lambda n: " ".join(w.upper() for w in words(n)),
    "short lines": lambda n: "\n".join(" ".join(words(5)) for _ in range(n // 5)),
    "one word a line": lambda n: "\n".join(w.capitalize() for w in words(n)),
    "bylines and dates": lambda n: "\n".join(
        f"By {a.capitalize()} {b.capitalize()} and Jane Roe | Nov {i % 28 + 1}, 2019"
        for i, (a, b) in enumerate(zip(words(n // 10), words(n // 10)))),
    "dated lines": lambda n: "\n".join(f"Updated {i % 12 + 1}/{i % 28 + 1}/2019 {i % 12}:{i % 60:02d} PM EST"
                                       for i in range(n // 5)),
    "pipes": lambda n: " | ".join(words(n)),
    "numbers": lambda n: " ".join(str(rng.randint(1, 3000)) for _ in range(n)),
    "addresses": lambda n: " ".join(f"https://www.{w}.com/2019/11/{i}/x.html" for i, w in enumerate(words(n // 3))),
    "company names": lambda n: " ".join(
        f"{a.capitalize()} {b.capitalize()} Inc. and the {c.capitalize()} University of {d.capitalize()}"
        for a, b, c, d in zip(*[iter(words(n))] * 4)),
    "acronym definitions": lambda n: " ".join(
        f"the {w.capitalize()} Agency ({w[:3].upper()}{i})" for i, w in enumerate(words(n // 3))),
    "defined acronyms": lambda n: " ".join(
        f"The {' '.join(w.capitalize() for w in name)} Agency ({''.join(w[0].upper() for w in name)}A) said "
        f"{''.join(w[0].upper() for w in name)}A would act." for name in zip(*[iter(words(n // 3))] * 4)),
    "sentences of one word": lambda n: " ".join(w.capitalize() + "." for w in words(n)),
    "Title-Case subheads": lambda n: "\n".join(
        f"Shares of {a.capitalize()} {b.capitalize()} Inc. rose on Monday.\n"
        f"{a.capitalize()} {b.capitalize()} Struggles With {c.capitalize()} As {d.capitalize()} Gains"
        for a, b, c, d in zip(*[iter(words(n // 4))] * 4)),
    "HTML paragraphs": lambda n: "<html><body>" + "".join(
        f"<p>{' '.join(words(20))}</p>" for _ in range(n // 20)) + "</body></html>",
    "HTML table": lambda n: "<html><body><table>" + "".join(
        f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in zip(*[iter(words(n))] * 2)) + "</table></body></html>",
    "HTML links": lambda n: "<html><body>" + "".join(
        f'<a href="/x/{i}">{w}</a> ' for i, w in enumerate(words(n))) + "</body></html>",
    "HTML nesting": lambda n: "<div>" * (n // 2) + "text" + "</div>" * (n // 2),
}


def cpu_seconds(binary, path, html):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    args = [binary, "extract"] + (["--html"] if html else []) + [path]
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("--words", type=int, default=25000)
    args = parser.parse_args()
    print(f"{'shape':<24} {'bytes':>10} {'CPU s':>7} {'bytes x4':>10} {'CPU s':>7} {'ratio':>6}")
    worst = 0.0
    with tempfile.TemporaryDirectory() as d:
        for name, make in SHAPES.items():
            html = name.startswith("HTML")
            row = []
            for n in (args.words, 4 * args.words):
                path = os.path.join(d, "page.html" if html else "page.txt")
                with open(path, "w") as f:
                    f.write(make(n))
                row.append((os.path.getsize(path), cpu_seconds(args.binary, path, html)))
            ratio = row[1][1] / max(row[0][1], 0.01)
            worst = max(worst, ratio)
            print(f"{name:<24} {row[0][0]:>10} {row[0][1]:>7.2f} {row[1][0]:>10} {row[1][1]:>7.2f} {ratio:>6.1f}")
    print(f"worst ratio {worst:.1f} (4 is linear)")


if __name__ == "__main__":
    sys.exit(main())
