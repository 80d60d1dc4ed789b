"""The `make bench` harness: servers, load runs with wrk, in-process query
counts, indexing measurements and the report (benchmarks/management/commands/
run_benchmarks.py puts them together)."""
