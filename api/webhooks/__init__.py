"""Webhooks: partner sites are told when a page is published, unpublished or
deleted. ``signals`` writes one outbox row per webhook (``WebhookDelivery``) in
the transaction that changes the page; ``delivery`` POSTs them, signed, with
retries and exponential back-off (``manage.py deliver_webhooks``)."""
