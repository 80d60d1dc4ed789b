"""Fixtures of the partner API tests: a client as a partner site uses it,
throttling counters reset per test, and content helpers."""
import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_throttle_counters():
    """Rate-limit counters live in the cache; each test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api(client):
    """The Django test client with JSON helpers."""

    class API:
        def get(self, path, params=None, **headers):
            return client.get(path, params or {}, **headers)

        def json(self, path, params=None, status=200, **headers):
            response = client.get(path, params or {}, **headers)
            assert response.status_code == status, (response.status_code, response.content[:500])
            assert response["Content-Type"].startswith("application/json")
            return response.json()

        def __getattr__(self, name):
            return getattr(client, name)

    return API()


class WebhookReceiver:
    """A partner's webhook endpoint: a real HTTP server on 127.0.0.1 in a
    thread, recording every POST. ``statuses`` scripts its answers (then 200);
    ``delay`` makes it slow."""

    def __init__(self):
        import http.server
        import threading
        import time

        receiver = self
        self.requests = []
        self.statuses = []
        self.delay = 0  # seconds to wait before answering (a slow partner)

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                if receiver.delay:
                    time.sleep(receiver.delay)
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                headers = {name.lower(): value for name, value in self.headers.items()}
                receiver.requests.append({"headers": headers, "body": body, "path": self.path})
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/intranet"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver(settings):
    """A local receiver: on 127.0.0.1, so webhooks may reach private targets here
    (WEBHOOK_ALLOW_PRIVATE_TARGETS, off by default: api/webhooks/targets.py)."""
    settings.WEBHOOK_ALLOW_PRIVATE_TARGETS = True
    server = WebhookReceiver()
    yield server
    server.close()
