"""Fixtures of the partner search tests: a real SMTP server on 127.0.0.1
(aiosmtpd, started here on a free port) and the seeded example requests."""
import email
import email.policy
import socket

import pytest
from aiosmtpd.controller import Controller

from partnersearch.models import CooperationRequestPage


class Inbox:
    """Collects every message the SMTP server accepts."""

    def __init__(self):
        self.messages = []
        self.refuse = False

    async def handle_DATA(self, server, session, envelope):
        if self.refuse:
            return "451 Try again later"
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        self.messages.append({"from": envelope.mail_from, "to": list(envelope.rcpt_tos), "message": message})
        return "250 OK"

    def to(self, address):
        return [item["message"] for item in self.messages if address in item["to"]]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp(settings):
    """A real SMTP server on 127.0.0.1; Django's SMTP backend is pointed at it."""
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.WAGTAILADMIN_BASE_URL = "https://intranet.example"
    inbox.port = port
    yield inbox
    controller.stop()


def example(slug_start, language="en"):
    return CooperationRequestPage.objects.get(slug__startswith=slug_start, locale__language_code=language)


@pytest.fixture
def wind_request(db):
    return example("example-offshore-wind-cost")


@pytest.fixture
def closed_request(db):
    return example("example-offshore-wind-matching")


def body_text(message):
    return message.get_body(preferencelist=("plain",)).get_content()
