"""Synthetic news corpus for benchmarks and process tests: templated press-release style
articles about (fictional and real-sounding) organizations, places, amounts and dates.

    python bench/corpus.py 2000 --out bench/corpus.jsonl

Each article is one JSON object: url, title, date, text, language (the JSONL reader's
format). Deterministic for a given seed.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from typing import Iterator

COMPANIES = ["Medtronic", "Siemens Healthineers", "Novartis", "Sanofi", "BioNTech", "Roche",
             "Philips", "Nvidia", "Microsoft", "Stevanato Group", "Antares Vision", "Owkin",
             "InstaDeep", "Mazor Robotics", "Varian", "Bayer", "Merck KGaA", "Zeiss",
             "Helix Robotics", "Quantum Leap Analytics", "Nordlicht Diagnostics", "Arcadia Biotech",
             "Vela Medical", "Ortus Imaging", "Lumen Therapeutics", "Corvid Systems"]
RESEARCH = ["National Research Council of Italy", "Italian Institute of Technology",
            "Fraunhofer Society", "Inserm", "EMBL", "CSIC", "CEA", "Max Planck Society",
            "Institute of Nanotechnology", "Center for Biomolecular Nanotechnologies"]
UNIVERSITIES = ["University of Salento", "University of Padova", "University of Pisa", "EPFL",
                "Sapienza University of Rome", "Technical University of Munich", "KU Leuven",
                "University of Copenhagen", "Politecnico di Milano", "University of Barcelona"]
INVESTORS = ["Bpifrance", "GV", "EIFO", "Novo Holdings", "CDP Venture Capital",
             "European Investment Bank", "Atlas Ventures", "Fondo Innovazione"]
NETWORKS = ["Netval", "EuroHPC", "Knowledge Share", "EIT Health", "BioValley Network"]
PLACES = ["Lecce", "Padova", "Milan", "Rome", "Munich", "Paris", "Barcelona", "Copenhagen",
          "Lausanne", "Boston", "Erfurt", "Grenoble", "Leuven", "Turin", "Pisa", "Dublin"]
TECH = ["artificial intelligence", "medical imaging", "gene therapy", "surgical robotics",
        "federated learning", "quantum sensing", "RNA drugs", "microelectronics",
        "protein structure prediction", "digital pathology"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
CURRENCIES = [("€", "million"), ("USD ", "million"), ("$", "million"), ("", "million euros"),
              ("£", "m")]

SENTENCES = [
    "{a} and {b} announced a partnership on {tech} on {date}.",
    "{inv} invested {money} in {a}, the company said.",
    "{a}, based in {place}, develops {tech} for hospitals across Europe.",
    "The project is funded by {inv} and coordinated by {u}.",
    "{u} is a member of {net}, the network that promotes the valorisation of research.",
    "{a} will collaborate with {r} to develop {tech} over the next three years.",
    "{r} opened a new laboratory in {place} with {a}.",
    "According to {a}, the agreement with {b} covers research, training and knowledge transfer.",
    "{a} acquired {b} for {money}, extending its portfolio in {tech}.",
    "Researchers from {u} and {r} presented the first results in {place} in {month}.",
    "The consortium, which includes {a}, {u} and {r}, received {money} from {inv}.",
    "{b} said the deal would create about {n} jobs in {place} by {year}.",
    "Analysts expect the market for {tech} to double within five years.",
    "The new centre in {place} will host startups working on {tech}.",
]


def _money(rng: random.Random) -> str:
    sym, unit = rng.choice(CURRENCIES)
    amount = rng.choice([1.5, 2, 5, 12, 20, 35, 50, 75, 100, 180, 320])
    return f"{sym}{amount:g} {unit}".strip() if sym != "$" and sym != "£" else f"{sym}{amount:g} {unit}"


def article(i: int, rng: random.Random) -> dict:
    a, b = rng.sample(COMPANIES, 2)
    r, u = rng.choice(RESEARCH), rng.choice(UNIVERSITIES)
    inv, net = rng.choice(INVESTORS), rng.choice(NETWORKS)
    place, tech = rng.choice(PLACES), rng.choice(TECH)
    year = rng.randint(2015, 2024)
    month = rng.choice(MONTHS)
    day = rng.randint(1, 28)
    date_iso = f"{year}-{MONTHS.index(month) + 1:02d}-{day:02d}"
    fill = dict(a=a, b=b, r=r, u=u, inv=inv, net=net, place=place, tech=tech, year=year,
                month=f"{month} {year}", date=f"{day} {month} {year}", money=_money(rng),
                n=rng.randint(20, 400))
    title = rng.choice([f"{a} and {b} team up on {tech}", f"{inv} backs {a} with {fill['money']}",
                        f"{r} opens {tech} lab in {place}", f"{a} expands in {place}"])
    paras = [f"{place}, {fill['date']} – {rng.choice(SENTENCES).format(**fill)}"]
    for _ in range(3):
        sents = rng.sample(SENTENCES, 4)
        fill["money"] = _money(rng)
        paras.append(" ".join(s.format(**fill) for s in sents))
    text = title + "\n\n" + "\n\n".join(paras)
    return {"url": f"https://news.example.org/{year}/{i:06d}", "title": title, "date": date_iso,
            "text": text, "language": "en"}


def generate(n: int, seed: int = 42) -> Iterator[dict]:
    rng = random.Random(seed)
    for i in range(n):
        yield article(i, rng)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("n", type=int, nargs="?", default=2000)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--out", default="-")
    args = p.parse_args(argv)
    fh = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    for art in generate(args.n, args.seed):
        fh.write(json.dumps(art, ensure_ascii=False) + "\n")
    if fh is not sys.stdout:
        fh.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
