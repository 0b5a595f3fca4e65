# Two commands: `make run` and `make test`. Both set up .venv on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint typecheck suite suite-postgres install clean screenshots

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/accord migrate --verbosity 0
	$(BIN)/accord seed_demo --if-empty
	@echo
	@echo "Accord is starting on http://$(HOST):$(PORT)/  (back office: http://$(HOST):$(PORT)/admin/)"
	@echo "Demo sign-ins, password accord-demo: admin (secretariat), xjtu (XJTU officer), polimi (Politecnico di Milano officer), viewer (read-only)"
	@echo
	ACCORD_DEBUG=1 $(BIN)/accord runserver $(HOST):$(PORT)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy accord tests bench

suite: $(STAMP)
	env -u DATABASE_URL $(BIN)/pytest

# Runs only when DATABASE_URL points at a PostgreSQL server (what .ci/run sets).
suite-postgres: $(STAMP)
	@if [ -n "$$DATABASE_URL" ]; then \
		echo "== the suite again on $$DATABASE_URL"; \
		$(BIN)/pytest; \
	else \
		echo "DATABASE_URL is not set: skipping the PostgreSQL run"; \
	fi

test: lint typecheck suite suite-postgres

# Refreshes docs/screenshots from the demo, in Debian's Chromium (apt-get install chromium).
screenshots: $(STAMP)
	ACCORD_SCREENSHOTS=docs/screenshots ACCORD_REQUIRE_BROWSER=1 env -u DATABASE_URL \
		$(BIN)/pytest tests/browser -k fit

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache *.egg-info
