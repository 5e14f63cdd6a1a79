# The one way to run things. Every target installs what it needs into .venv first.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test bench eval eval-changes clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	@touch $(STAMP)

DEMO_DB ?= detente.duckdb
demo: install
	$(BIN)/detente code samples/synthetic.jsonl --format table
	$(BIN)/detente ingest samples/synthetic.jsonl --db $(DEMO_DB)
	@echo "Strongest relations in $(DEMO_DB):"
	$(BIN)/detente relations --db $(DEMO_DB)
	@echo "Browse them: $(BIN)/detente serve --db $(DEMO_DB)   then open http://127.0.0.1:8000/"

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python -m benchmarks.bench
	$(BIN)/python -m benchmarks.bench_changes

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache

# Accuracy on the development sets in ../shared (present on developers' machines only).
DEV ?= ../shared/data/dev
eval: install
	@if [ -d $(DEV) ]; then $(BIN)/detente eval $(DEV)/cameo_quadclass_train.tsv $(DEV)/cameo_actorspans_train.bio --worst 15; \
	else echo "no development sets at $(DEV): nothing to evaluate"; fi

# Turning points and camps on planted corpora (benchmarks/eval_changes.py; figures in the README).
eval-changes: install
	$(BIN)/python -m benchmarks.eval_changes
