# make demo: set up .venv and code the seed story and 500 real articles
# make test: set up .venv and run the whole test suite
# make eval: score the coder on every gold set in ../shared/data (writes benchmarks/ACCURACY.md)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test bench eval clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: install
	$(BIN)/python scripts/demo.py

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python benchmarks/throughput.py

eval: install
	$(BIN)/python benchmarks/accuracy.py

clean:
	rm -rf $(VENV) .cache
