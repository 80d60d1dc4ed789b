"""A circuit breaker in front of the search engine.

When the engine hangs, every search would wait SEARCH_TIMEOUT before falling
back to the database. After SEARCH_BREAKER_FAILURES consecutive failures the
breaker opens: for SEARCH_BREAKER_COOLDOWN seconds searches and suggestions
are answered from the database without asking the engine. Then one request
tries the engine again (the others keep using the database meanwhile): if it
answers, the breaker closes; if not, it stays open for another cool-down.

The state is per process (each web worker learns on its own, after a few
failures at most); it needs no shared store that could itself hang.
"""
import logging
import threading
import time

from django.conf import settings

logger = logging.getLogger(__name__)


class CircuitBreaker:
    def __init__(self, name, clock=time.monotonic):
        self.name = name
        self.clock = clock
        self.lock = threading.Lock()
        self.failures = 0
        self.open_until = None  # monotonic time; None: closed

    @property
    def threshold(self):
        return int(getattr(settings, "SEARCH_BREAKER_FAILURES", 3))

    @property
    def cooldown(self):
        return float(getattr(settings, "SEARCH_BREAKER_COOLDOWN", 30))

    def allow(self):
        """May the engine be asked now? (After the cool-down, one caller is let through.)"""
        if self.threshold <= 0:
            return True
        with self.lock:
            if self.open_until is None:
                return True
            if self.clock() < self.open_until:
                return False
            # Half-open: this caller tries; the others wait for its outcome for another cool-down.
            self.open_until = self.clock() + self.cooldown
            return True

    def succeeded(self):
        with self.lock:
            if self.open_until is not None:
                logger.info("%s answers again: circuit closed", self.name)
            self.failures = 0
            self.open_until = None

    def failed(self):
        with self.lock:
            self.failures += 1
            if self.threshold > 0 and self.failures >= self.threshold:
                if self.open_until is None:
                    logger.warning("%s failed %d times in a row: answering from the database for %.0f s",
                                   self.name, self.failures, self.cooldown)
                self.open_until = self.clock() + self.cooldown

    @property
    def is_open(self):
        with self.lock:
            return self.open_until is not None and self.clock() < self.open_until

    def reset(self):
        with self.lock:
            self.failures = 0
            self.open_until = None


_breakers = {}
_breakers_lock = threading.Lock()


def engine_breaker():
    """The breaker of the engine at SEARCH_URL (one per address: another engine starts closed)."""
    url = settings.SEARCH_URL
    with _breakers_lock:
        if url not in _breakers:
            _breakers[url] = CircuitBreaker(f"search engine at {url}")
        return _breakers[url]


def reset_breakers():
    with _breakers_lock:
        _breakers.clear()
