"""Benchmarks: ``python -m benchmarks [GROUP...]`` prints one ``name: value`` line per figure."""
