# The two commands of README.md, and the targets they use (spec/CONTRACTS.md).
SHELL := /bin/bash
PORT ?= 8080
DB ?= sqlite:daihoi.db

.PHONY: run test build bench deps web release-build ci-build clean

deps:
	@scripts/deps.sh

release-build: deps
	@cmake --preset release >/dev/null
	@cmake --build --preset release --target daihoi
	@ln -sfn release/src/daihoi build/daihoi

web: deps
	@if [ -f web/package.json ]; then cd web && npm run --silent build; fi

build: release-build web

run: build
	@scripts/run-demo.sh "$(DB)" "$(PORT)"

ci-build: deps
	@cmake --preset ci >/dev/null
	@cmake --build --preset ci

test: ci-build web
	@scripts/test.sh

bench: build
	@cmake --build --preset release
	@scripts/bench.sh

clean:
	rm -rf build web/dist
