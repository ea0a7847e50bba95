# parlens — the README's two commands are `make demo` and `make test`.
SWIFT ?= swift
BIN := .build/release/parlens

.PHONY: deps build release demo test bench datasets clean

deps:
	@bash scripts/ensure-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product parlens

# Build, then show what the bundled data holds and what is wrong with it.
# `check` exits 1 when it finds data errors (the bundle has real ones); that is the
# report working, so only other failures stop the demo.
demo: release
	$(BIN) info
	@echo
	$(BIN) check; status=$$?; [ $$status -le 1 ] || exit $$status

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Time the Statistics module against scipy/pymannkendall on the same inputs; writes BENCHMARKS.md.
bench: deps
	SWIFT=$(SWIFT) bash Benchmarks/run.sh

# Regenerate the synthetic demo panel (deterministic; needs python3 only).
datasets:
	python3 scripts/datasets/make_synthetic_panel.py

clean:
	rm -rf .build
