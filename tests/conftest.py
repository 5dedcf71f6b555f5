"""Fixtures shared by the whole suite. Area-specific fixtures live in each folder's conftest.py."""
