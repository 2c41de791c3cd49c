# Two commands matter: `make run` and `make test` (see README).
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SAMPLE ?= sample_data/报价对比表_个人信用贷.xlsx

.PHONY: run test venv deps dev-deps system-deps bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.deps: requirements.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev-deps: requirements-dev.txt requirements.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@

deps: $(VENV)/.deps
dev-deps: $(VENV)/.dev-deps

## Start the dashboard on loopback, opened on the sample quotes (the first upload of your own files replaces them).
run: deps
	$(BIN)/streamlit run app.py --server.address 127.0.0.1 --server.headless true -- --sample

## What the browser, workbook and report tests need from Debian, installed only when absent (Writer converts
## the .docx report to PDF).
system-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v soffice >/dev/null 2>&1 || missing="$$missing libreoffice-calc-nogui"; \
	[ -e /usr/lib/libreoffice/program/libswlo.so ] || dpkg -s libreoffice-writer-nogui >/dev/null 2>&1 \
	  || missing="$$missing libreoffice-writer-nogui"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	fc-list 2>/dev/null | grep -qi "noto sans cjk" || missing="$$missing fonts-noto-cjk"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

## Install everything the tests need, then run the whole suite.
test: dev-deps system-deps
	$(BIN)/python -m pytest -q

bench: dev-deps
	$(BIN)/pip install -q -r benchmarks/requirements.txt
	$(BIN)/python -m compileall -q core views app.py  # timed as an installed app runs: from bytecode
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
