"""Benchmarks: run from a checkout with the test extras (`cdp-bot bench`); not installed."""
