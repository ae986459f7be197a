# Stepwise — the two commands are `make run` and `make test`. `make help` lists the rest.
SHELL := /bin/bash
.DEFAULT_GOAL := help

BACKEND := backend
FRONTEND := frontend
UV := $(shell command -v uv 2>/dev/null || echo python3 -m uv)
MANAGE := cd $(BACKEND) && $(UV) run python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help
help: ## List the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' \
		'{name[NR] = $$1; text[NR] = $$2; if (length($$1) > width) width = length($$1)} \
		 END {for (i = 1; i <= NR; i++) printf "  make %-" width "s  %s\n", name[i], text[i]}'

.PHONY: uv
uv:
	@command -v uv >/dev/null 2>&1 || python3 -m uv --version >/dev/null 2>&1 || { \
		echo "==> Installing uv (the Python package manager) from PyPI"; \
		python3 -m pip install --quiet uv; }

.PHONY: backend-deps
backend-deps: uv ## Install the backend's pinned Python dependencies into backend/.venv
	@echo "==> Installing backend dependencies (uv sync --frozen --compile-bytecode)"
	@cd $(BACKEND) && $(UV) sync --frozen --compile-bytecode --quiet

.PHONY: runtimes
runtimes: uv ## Build the grading runtimes (backend/runtimes/*/.venv) that learner code imports from
	@for lock in $(BACKEND)/runtimes/*/uv.lock; do \
		dir=$$(dirname $$lock); echo "==> Building the $$(basename $$dir) grading runtime ($$dir)"; \
		(cd $$dir && $(UV) sync --frozen --compile-bytecode --quiet \
			--python "$$(cd $(CURDIR)/$(BACKEND) && $(UV) run python -c 'import sys; print(sys.executable)')") || exit 1; \
	done

# npm ci starts from an empty node_modules every time (half a minute here); it is skipped when
# node_modules was installed from this very package-lock.json (a stamp records its hash).
.PHONY: frontend-deps
frontend-deps: ## Install the frontend's locked npm dependencies (npm ci), unless already installed
	@if [ -f $(FRONTEND)/package.json ]; then \
		lock=$$(sha256sum $(FRONTEND)/package-lock.json | cut -c1-64); \
		if [ "$$(cat $(FRONTEND)/node_modules/.installed-from-lock 2>/dev/null)" = "$$lock" ]; then \
			echo "==> Frontend dependencies already installed from package-lock.json"; \
		else \
			echo "==> Installing frontend dependencies (npm ci)"; \
			(cd $(FRONTEND) && npm ci --no-audit --no-fund --loglevel=error) && \
			echo "$$lock" > $(FRONTEND)/node_modules/.installed-from-lock; \
		fi; fi

# The SPA is rebuilt only when a file it is built from is newer than the last build.
FRONTEND_INPUTS := $(shell find $(FRONTEND)/src $(FRONTEND)/scripts -type f 2>/dev/null) \
	$(wildcard $(FRONTEND)/index.html $(FRONTEND)/vite.config.ts $(FRONTEND)/tsconfig.json \
	$(FRONTEND)/package.json $(FRONTEND)/package-lock.json)

.PHONY: frontend-build
frontend-build: frontend-deps $(FRONTEND)/dist/index.html ## Build the SPA into frontend/dist (when its sources changed)

$(FRONTEND)/dist/index.html: $(FRONTEND_INPUTS)
	@echo "==> Building the SPA"
	@cd $(FRONTEND) && npm run build --silent
	@touch $@

.PHONY: setup
setup: backend-deps runtimes ## Install, build the runtimes, migrate the SQLite database, load the curriculum
	@echo "==> Migrating the SQLite database (backend/db.sqlite3)"
	@$(MANAGE) migrate --no-input -v0
	@echo "==> Loading the curriculum from backend/content"
	@$(MANAGE) content_sync --verbosity 0

.PHONY: run
run: setup frontend-build ## Set everything up and serve API + SPA on http://127.0.0.1:8000/
	@$(MANAGE) grading_status
	@$(MANAGE) grading_sweep
	@echo ""
	@echo "Demo accounts (created or reset now):"
	@$(MANAGE) demo_accounts
	@echo ""
	@echo "Stepwise is starting on http://$(HOST):$(PORT)/"
	@echo "  App          http://$(HOST):$(PORT)/"
	@echo "  API          http://$(HOST):$(PORT)/api/v1/"
	@echo "  Swagger UI   http://$(HOST):$(PORT)/api/v1/docs/"
	@echo "  ReDoc        http://$(HOST):$(PORT)/api/v1/redoc/"
	@echo "  Admin        http://$(HOST):$(PORT)/admin/"
	@echo "Stop with Ctrl-C."
	@$(MANAGE) runserver $(HOST):$(PORT) --noreload

.PHONY: dev
dev: ## Vite dev server (port 5173) proxying /api to a backend on port 8000
	@cd $(FRONTEND) && npm run dev

.PHONY: worker
worker: backend-deps runtimes ## Start a Celery grading worker (needs CELERY_BROKER_URL)
	@cd $(BACKEND) && $(UV) run celery -A config worker --loglevel=INFO

.PHONY: beat
beat: backend-deps ## Start Celery beat (the sweep that re-enqueues stuck submissions)
	@cd $(BACKEND) && $(UV) run celery -A config beat --loglevel=INFO

.PHONY: api
api: backend-deps ## Regenerate openapi.yaml (and the SPA's generated types)
	@echo "==> Generating openapi.yaml from the backend"
	@cd $(BACKEND) && DJANGO_SETTINGS_MODULE=config.settings.test $(UV) run python manage.py spectacular --validate --fail-on-warn --file ../openapi.yaml
	@if [ -f $(FRONTEND)/package.json ]; then \
		echo "==> Generating frontend/src/api/schema.d.ts"; cd $(FRONTEND) && npm run --silent api:types; fi

.PHONY: lint
lint: backend-deps frontend-deps ## ruff (lint + format), import-linter (app layers, the grader free of Django), mypy --strict on the grader, the frontend linter, Redocly on the contract
	@echo "==> ruff check"
	@cd $(BACKEND) && $(UV) run ruff check .
	@echo "==> ruff format --check"
	@cd $(BACKEND) && $(UV) run ruff format --check .
	@echo "==> import-linter (the layers between the apps; the grader imports nothing from Django, DRF or Celery)"
	@cd $(BACKEND) && $(UV) run lint-imports
	@echo "==> mypy --strict (the grading package)"
	@cd $(BACKEND) && $(UV) run mypy
	@if [ -f $(FRONTEND)/package.json ]; then echo "==> frontend lint"; cd $(FRONTEND) && npm run --silent lint; fi
	@$(MAKE) --no-print-directory lint-contract

# Redocly fails only on errors; a warning fails this step too. Its Node 20 notice is left out.
.PHONY: lint-contract
lint-contract: frontend-deps ## Lint openapi.yaml with Redocly's recommended ruleset (redocly.yaml): no error, no warning
	@echo "==> Redocly (openapi.yaml against the recommended ruleset, redocly.yaml): no error, no warning"
	@out=$$(REDOCLY_TELEMETRY=off $(FRONTEND)/node_modules/.bin/redocly lint openapi.yaml \
		--config redocly.yaml --format stylish 2>&1); code=$$?; \
	out=$$(echo "$$out" | grep -v '[║╔╚]'); echo "$$out" | grep -v '^ *$$'; \
	if [ $$code -ne 0 ] || echo "$$out" | grep -qiw 'warnings\?'; then exit 1; fi

.PHONY: check-content
check-content: backend-deps runtimes ## Validate the curriculum; grade every answer and every mutant of each reference in the sandbox
	@$(MANAGE) content_check

.PHONY: check-content-sampled
check-content-sampled: backend-deps runtimes ## check-content with the slow mutants sampled (what make test runs)
	@echo "==> Curriculum check (mutants of pytest and django exercises sampled; make check-content grades them all)"
	@$(MANAGE) content_check --sample-slow 3

.PHONY: bench-gradebook
bench-gradebook: backend-deps ## Gradebook benchmark: a class of 500 learners and 20 assignments on PostgreSQL
	@cd $(BACKEND) && $(UV) run python -m bench.gradebook_bench

.PHONY: bench-api
bench-api: backend-deps ## API read-path benchmark (wrk, gunicorn, PostgreSQL): writes backend/bench/results/api.json
	@command -v wrk >/dev/null 2>&1 || { \
		echo "bench-api needs wrk: apt-get install -y wrk (Debian, Ubuntu) or brew install wrk"; exit 1; }
	@cd $(BACKEND) && $(UV) run python -m bench.read_path_bench

.PHONY: bench-scale
bench-scale: backend-deps ## Scale benchmark: reads at 1k and 1M submissions on PostgreSQL, writes backend/bench/results/scale.json
	@cd $(BACKEND) && $(UV) run python -m bench.scale_bench

.PHONY: bench-grading
bench-grading: backend-deps ## Grading benchmark: prints a table, writes backend/bench/results/grading.json
	@cd $(BACKEND) && $(UV) run python -m bench.grading_bench

.PHONY: test-grading
test-grading: backend-deps runtimes ## The grader's own tests: no database, no Redis; the pure ones first
	@$(MAKE) --no-print-directory grading-suite

.PHONY: grading-suite
grading-suite:
	@echo "==> Grader tests without a sandbox (the comparison logic, limits, results)"
	@cd $(BACKEND) && $(UV) run pytest grading -q -m "not sandbox"
	@echo "==> Grader tests in the real bubblewrap sandbox"
	@cd $(BACKEND) && $(UV) run pytest grading -q -m sandbox

.PHONY: test-backend
test-backend: backend-deps runtimes ## Backend tests, on a PostgreSQL and a Redis the run starts itself
	@$(MAKE) --no-print-directory backend-suite

# The Django suite spends much of its time waiting on PostgreSQL, Redis, Celery and the sandbox:
# it runs in parallel workers (pytest-xdist), a test file per worker at a time, each worker with
# its own test database and its own Redis. TEST_WORKERS=1 runs it in one process.
TEST_WORKERS ?= auto

.PHONY: backend-suite
backend-suite:
	@echo "==> Backend tests (real PostgreSQL and Redis started by the test run; $(TEST_WORKERS) workers)"
	@cd $(BACKEND) && $(UV) run pytest -n $(TEST_WORKERS) --dist loadfile

# The grader's suite needs neither the database nor Redis, and the Django suite spends much of
# its time waiting on them, so `make test` runs the two side by side: the grader's output is
# kept in a file and printed once both are done, and either failing fails the step.
.PHONY: test-backend-and-grading
test-backend-and-grading: backend-deps runtimes
	@echo "==> The grader's suite (in the background; its output follows the Django suite's)"
	@log=$$(mktemp); \
	( $(MAKE) --no-print-directory grading-suite > $$log 2>&1; echo $$? > $$log.rc ) & \
	$(MAKE) --no-print-directory backend-suite; backend=$$?; wait; \
	cat $$log; grading=$$(cat $$log.rc); rm -f $$log $$log.rc; \
	[ $$backend -eq 0 ] && [ $$grading -eq 0 ]

.PHONY: test-frontend
test-frontend: frontend-deps ## Frontend type-check and unit tests (ESLint and Prettier run in make lint)
	@if [ -f $(FRONTEND)/package.json ]; then \
		echo "==> Frontend: type-check, unit tests"; \
		cd $(FRONTEND) && npm run --silent typecheck && npm run --silent test; fi

.PHONY: test-e2e
test-e2e: frontend-build ## Browser tests of the built SPA in headless Chromium
	@if [ -f $(FRONTEND)/package.json ]; then \
		echo "==> Browser tests (headless Chromium)"; cd $(FRONTEND) && npm run --silent e2e; fi

.PHONY: test
test: lint test-backend-and-grading check-content-sampled test-frontend test-e2e ## The whole suite
	@echo "==> All checks passed"
