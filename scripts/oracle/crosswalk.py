#!/usr/bin/env python3
"""Write the expected JSON of `compare --basis new` across a reorganisation (issue 17).

Reads the crosswalks (datasets/province_merger_2025.csv, the synthetic commune crosswalk) and
the synthetic figures in Tests/ShellTests/Fixtures/crosswalk/, pools the old units' counts into
each new unit's boundary for the earlier period (k = sum of numerators, n = sum of
denominators over the crosswalk rows whose new unit it is), and computes with statsmodels what
parlens must print for the pooled counts:

    from_value  <- 100 k / n (a row not pooled: the value as published)
    from_ci95   <- 100 * proportion_confint(k, n, alpha=0.05, method="wilson")
    to_ci95     <- the same for the later counts
    diff_ci95   <- 100 * confint_proportions_2indep(k1, n1, k, n, method="newcomb", compare="diff")
    p_value     <- proportions_ztest([k1, k], [n1, n])[1]
    p_adjusted  <- multipletests(p, method="holm")[1] over the rows

One file per command in Tests/ShellTests/Fixtures/crosswalk/expected/<slug>.json, as
scripts/oracle/commands.py writes them: {"command", "expected", "generator", "versions"}. The
commands run from the repository root. No randomness; the script refuses other library versions
than the pins of requirements.txt (--any-versions overrides). Run from the repository root:

    .venv-oracle/bin/python scripts/oracle/crosswalk.py
"""

import argparse
import csv
import json
import sys
import unicodedata
import warnings
from pathlib import Path

from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import confint_proportions_2indep, proportion_confint, proportions_ztest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from commands import check_pins, num, pair, versions  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FIXTURES = ROOT / "Tests" / "ShellTests" / "Fixtures" / "crosswalk"
OUT = FIXTURES / "expected"
GENERATOR = "scripts/oracle/crosswalk.py"
PROVINCES = "datasets/province_merger_2025.csv"
COMMUNES = "Tests/ShellTests/Fixtures/crosswalk/commune_crosswalk_synthetic.csv"


def rows(path):
    with open(ROOT / path, encoding="utf-8", newline="") as f:
        return [{k: unicodedata.normalize("NFC", v) for k, v in r.items()} for r in csv.DictReader(f)]


def crosswalk(path):
    """new unit -> [old units], for the rows that are not 'unchanged'."""
    out = {}
    for r in rows(path):
        old, new = r.get("old_province") or r["old_unit"], r.get("new_province") or r["new_unit"]
        out.setdefault(new, []).append((old, r["change"]))
    return {new: olds for new, olds in out.items() if any(c != "unchanged" for _, c in olds)}


def counts(path, metric):
    """(unit, period) -> (numerator, denominator, the published value)."""
    return {(r["unit"], r["period"]): (int(r["numerator"]), int(r["denominator"]), float(r["value"]))
            for r in rows(path) if r["metric"] == metric and r["numerator"] and r["denominator"]}


def quiet(fn, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn(*args, **kwargs)


def compare_new_basis(xwalk, data, frm, to):
    """The rows of `compare --basis new`: a new unit's earlier counts pooled from its old units;
    a unit made by a split (a share is a weight, not a count) beside each old unit instead; a unit
    no reorganisation touched, with itself."""
    pairs = []
    for unit in sorted({u for u, p in data if p == to}):
        if unit in xwalk and any(c in ("split", "chia tách") for _, c in xwalk[unit]):
            for o, _ in xwalk[unit]:
                pairs.append((f"{unit} ← {o}", unit, data[(o, frm)], {"predecessor": o}))
        elif unit in xwalk:
            olds = [o for o, _ in xwalk[unit]]
            assert all((o, frm) in data for o in olds), f"{unit}: an old unit lacks counts"
            k = sum(data[(o, frm)][0] for o in olds)
            n = sum(data[(o, frm)][1] for o in olds)
            # The pooled rate is k / n; a published figure is read as published.
            pairs.append((unit, unit, (k, n, 100 * k / n), {"pooled_from": olds}))
        elif (unit, frm) in data:
            pairs.append((unit, unit, data[(unit, frm)], {}))
    out = []
    for label, unit, (k, n, value), extra in pairs:
        k1, n1, value1 = data[(unit, to)]
        lo0, hi0 = proportion_confint(k, n, alpha=0.05, method="wilson")
        lo1, hi1 = proportion_confint(k1, n1, alpha=0.05, method="wilson")
        dlo, dhi = confint_proportions_2indep(k1, n1, k, n, method="newcomb", compare="diff", alpha=0.05)
        _, p = quiet(proportions_ztest, [k1, k], [n1, n])
        row = {"unit": label, "from_value": value, "to_value": value1,
               "from_ci95": pair(100 * lo0, 100 * hi0), "to_ci95": pair(100 * lo1, 100 * hi1),
               "diff_ci95": pair(100 * dlo, 100 * dhi), "p_value": num(p)}
        row.update(extra)
        out.append(row)
    adjusted = multipletests([r["p_value"] for r in out], method="holm")[1]
    for r, a in zip(out, adjusted):
        r["p_adjusted"] = num(a)
    # parlens sorts rows by change, largest first (no two changes are equal here).
    changes = [r["to_value"] - r["from_value"] for r in out]
    assert len(set(changes)) == len(changes)
    return sorted(out, key=lambda r: -(r["to_value"] - r["from_value"]))


def cases():
    J = ["--format", "json", "--allow-mixed-periods", "--basis", "new"]
    prov = "Tests/ShellTests/Fixtures/crosswalk/provinces_synthetic.csv"
    comm = "Tests/ShellTests/Fixtures/crosswalk/communes_synthetic.csv"
    return [
        ("compare-online_filing_rate-provinces-new-basis",
         ["compare", "online_filing_rate", "--from", "2024", "--to", "2025-H2", "--data", PROVINCES, "--data", prov]
         + J,
         {"basis": "new",
          "rows": compare_new_basis(crosswalk(PROVINCES), counts(prov, "online_filing_rate"), "2024", "2025-H2"),
          "not_in_both": []}),
        ("compare-on_time_rate-communes-new-basis",
         ["compare", "on_time_rate", "--from", "2024", "--to", "2025-H2", "--data", COMMUNES, "--data", comm] + J,
         {"basis": "new",
          "rows": compare_new_basis(crosswalk(COMMUNES), counts(comm, "on_time_rate"), "2024", "2025-H2"),
          "not_in_both": []}),
    ]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--any-versions", action="store_true", help="run even if installed versions differ from the pins")
    args = ap.parse_args()
    bad = check_pins()
    if bad and not args.any_versions:
        sys.exit("installed versions differ from scripts/oracle/requirements.txt:\n  " + "\n  ".join(bad))
    OUT.mkdir(parents=True, exist_ok=True)
    ver = versions()
    for slug, command, expected in cases():
        doc = {"command": command, "expected": expected, "generator": GENERATOR, "versions": ver}
        text = json.dumps(doc, allow_nan=False, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
        (OUT / f"{slug}.json").write_text(text, encoding="utf-8")
        print(f"{(OUT / slug).relative_to(ROOT)}.json: {' '.join(command)}")


if __name__ == "__main__":
    main()
