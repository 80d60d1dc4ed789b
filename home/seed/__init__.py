"""Seed content and the tools that load it."""
