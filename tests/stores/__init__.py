"""Tests of the graph stores (a package, so that its conftest does not shadow tests/conftest.py)."""
