# parlens — the README's two commands are `make demo` and `make test`.
SWIFT ?= swift
BIN := .build/release/parlens

.PHONY: deps build release demo demo-report test test-xlsx lint format bench fuzz fuzz-smoke screenshots datasets clean

deps:
	@bash scripts/ensure-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product parlens

# Build, then run the annual review notebook on the bundled data: print the report as a
# terminal shows it and write the same report as a web page under build/ (git-ignored).
demo: release
	@$(MAKE) --no-print-directory demo-report

# What `make demo` prints after the build; BIN=… runs another binary, DEMO_OUT=… writes the
# page to another folder.
DEMO_OUT ?= build/demo
demo-report:
	@mkdir -p $(DEMO_OUT)
	@$(BIN) run notebooks-cli/annual-review-vi.md -o $(DEMO_OUT)/annual-review-vi.html
	@$(BIN) run notebooks-cli/annual-review-vi.md --format text
	@echo
	@echo "Báo cáo dạng trang web: $(DEMO_OUT)/annual-review-vi.html"

test: deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	@$(MAKE) --no-print-directory fuzz-smoke

# Workbooks parlens writes, opened by other programs: LibreOffice reads them back as numbers and
# openpyxl finds them well made (scripts/xlsx/check_written.py). `make test` runs these tests too
# when soffice and .venv-xlsx are there, and skips them saying why when not; this target installs
# both first (LibreOffice through apt: large, so not part of `make deps`).
test-xlsx: deps
	@bash scripts/xlsx/ensure-interop.sh
	$(SWIFT) test --filter 'XLSXInteropTests|XLSXOutputTests|WorkbookTests'

# The toolchain's formatter with .swift-format: `make lint` fails on any finding (CI runs it
# through `make test`); `make format` rewrites the sources in place.
FORMATTED := Package.swift Sources Tests Benchmarks/Sources Fuzz
lint:
	$(SWIFT) format lint --strict --recursive $(FORMATTED)

format:
	$(SWIFT) format format --in-place --recursive $(FORMATTED)

# Time the Statistics module against scipy/pymannkendall on the same inputs, and whole commands
# (trend --all on a generated 10,000 × 12 panel against pandas/numpy peers, info on datasets/);
# writes BENCHMARKS.md. BENCH_RUNS=N sets the timed runs per command (default 7).
bench: deps
	SWIFT=$(SWIFT) bash Benchmarks/run.sh

# HTML reports of the bundled data rendered to PNG by headless Chromium (Debian's `chromium`),
# to look at as a person would; written to screenshots/ (not committed).
screenshots: release
	@command -v chromium >/dev/null || { echo "screenshots need chromium (apt-get install -y chromium)"; exit 1; }
	@mkdir -p screenshots
	$(BIN) trend pci --unit "Đồng Nai" --chart --format html -o screenshots/trend.html
	$(BIN) rank par_index --period 2024 --vs 2022 --parent "Hòa Bình" --level department --chart --lang vi --format html -o screenshots/rank.html
	$(BIN) compare on_time_rate --from 2022 --to 2023 --data Tests/ShellTests/Fixtures/analyses/rates.csv --chart --format html -o screenshots/compare.html
	$(BIN) chart heat par_index --level province --top 20 --format html -o screenshots/heat.html
	$(BIN) chart dots on_time_rate --period 2023 --data Tests/ShellTests/Fixtures/analyses/rates.csv --target 97 --format html -o screenshots/dots.html
	$(BIN) run notebooks-cli/data-quality.md -o screenshots/data-quality.html
	@for f in screenshots/*.html; do \
		chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,1600 \
			--screenshot="$${f%.html}.png" "file://$$(pwd)/$$f" 2>/dev/null && echo "$${f%.html}.png"; \
	done

# Fuzzing (issue 14; Fuzz/README.md): libFuzzer harnesses of the CSV load, numbers, periods,
# names, the notebook parser, the Markdown renderer and the workbook writer, built by `swiftc -sanitize=fuzzer,address`
# into build/fuzz/. `make fuzz` runs each for FUZZ_RUNS executions (default 10,000,000), one after
# another, or FUZZ_TIME seconds each if that comes first (default 0: no limit). 10 M take 10–15
# minutes for numbers and periods and hours for the others (500–1,000 exec/s with AddressSanitizer);
# figures in Fuzz/RESULTS.md.
# `make fuzz-smoke` replays the kept findings (Fuzz/regressions/) and fuzzes each harness for
# FUZZ_SMOKE_TIME seconds, two at a time: 20 s each is about 80 s for the seven on the 2 cores
# CI has, plus about a minute to build them the first time. `make test` runs it last, so a
# finding that comes back fails CI; a minute each, as the issue first asked, would be three.
FUZZ_RUNS ?= 10000000
FUZZ_TIME ?= 0
FUZZ_SMOKE_TIME ?= 20
fuzz:
	FUZZ_RUNS=$(FUZZ_RUNS) FUZZ_TIME=$(FUZZ_TIME) FUZZ_PARALLEL=1 SWIFTC=$(SWIFT)c bash scripts/fuzz.sh run

fuzz-smoke:
	FUZZ_RUNS=0 FUZZ_TIME=$(FUZZ_SMOKE_TIME) FUZZ_PARALLEL=2 SWIFTC=$(SWIFT)c bash scripts/fuzz.sh run

# Regenerate the synthetic demo panel (deterministic; needs python3 only).
datasets:
	python3 scripts/datasets/make_synthetic_panel.py

clean:
	rm -rf .build build
