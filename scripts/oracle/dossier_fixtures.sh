#!/usr/bin/env bash
# Regenerates the dossier-log fixtures (issue 18): the synthetic logs (deterministic, standard
# library only) and what the pandas oracle computes from them (pinned in
# requirements-dossiers.txt). Run from the repository root:
#   python3 -m venv build/venv-dossier && build/venv-dossier/bin/pip install -r scripts/oracle/requirements-dossiers.txt
#   PY=build/venv-dossier/bin/python bash scripts/oracle/dossier_fixtures.sh
set -euo pipefail
PY=${PY:-build/venv-dossier/bin/python}
GEN=Benchmarks/dossiers/make_dossier_log.py
FIX=Tests/PanelTests/Fixtures/dossiers
mkdir -p "$FIX"
python3 "$GEN" --dam-rong --out datasets/synthetic/dam_rong_2022_h1_dossiers.csv
python3 "$GEN" --rows 1500 --bad 4 --seed 18 --out "$FIX/random_bad.csv"
python3 "$GEN" --rows 1200 --seed 7 --start 2023-04-01 --months 15 --units 5 --out "$FIX/random_clean.csv"
"$PY" scripts/oracle/dossiers.py datasets/synthetic/dam_rong_2022_h1_dossiers.csv --by unit \
    --out "$FIX/dam_rong.by_unit.json"
"$PY" scripts/oracle/dossiers.py datasets/synthetic/dam_rong_2022_h1_dossiers.csv --by unit,tier \
    --out "$FIX/dam_rong.by_unit_tier.json"
for log in random_bad random_clean; do
    "$PY" scripts/oracle/dossiers.py "$FIX/$log.csv" --by unit,tier --name "$log.csv" --out "$FIX/$log.by_unit_tier.json"
done
"$PY" scripts/oracle/dossiers.py "$FIX/random_bad.csv" --by unit --name random_bad.csv --out "$FIX/random_bad.by_unit.json"
"$PY" scripts/oracle/dossiers.py "$FIX/random_bad.csv" --by unit,tier --window-start 15 --name random_bad.csv \
    --out "$FIX/random_bad.window15.json"
"$PY" scripts/oracle/dossiers.py "$FIX/forms.csv" --by unit,tier --name forms.csv --out "$FIX/forms.by_unit_tier.json"
