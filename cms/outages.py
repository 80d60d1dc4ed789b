"""Telling an outage of a service from a bug.

When PostgreSQL restarts or is out of reach, a request fails with a database
error that says nothing about the request: the answer is 503 Service
Unavailable with Retry-After, so that clients and proxies try again, rather
than a 500 that reads like a bug. Django opens a new connection at the next
request (connections with errors are closed at the end of each request), so
the site recovers by itself when the database is back.
"""
import django.db

# Seconds a client is asked to wait before trying again.
RETRY_AFTER_SECONDS = 5


def database_unavailable(error):
    """Whether ``error`` means the database could not be reached or dropped the connection."""
    if isinstance(error, django.db.InterfaceError):
        return True  # a connection that was closed under us
    if not isinstance(error, django.db.OperationalError):
        return False
    # OperationalError also covers errors of a query on a healthy server (a
    # lock time-out, a cancelled statement): those stay 500s, bugs to look at.
    cause = error.__cause__
    try:
        import psycopg

        if isinstance(cause, psycopg.OperationalError) and getattr(cause, "sqlstate", None) in (None, "57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006"):
            return True
    except ImportError:
        pass
    text = str(error).lower()
    return any(sign in text for sign in ("connection", "server closed", "terminating", "starting up", "shutting down"))
