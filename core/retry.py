"""Exponential back-off, for everything the site retries in the background
(the search outbox, webhook deliveries)."""


def backoff_seconds(attempts, base, cap):
    """Seconds to wait after the ``attempts``-th failed attempt: ``base`` after
    the first, doubled after each further one, never more than ``cap``."""
    return min(cap, base * 2 ** max(0, attempts - 1))
