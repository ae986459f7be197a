"""Tell waiting clients the moment a submission (or a run) becomes final.

Workers publish on a Redis channel after the result is committed; a `GET
submissions/{id}/?wait=N` request subscribes and returns as soon as the message arrives,
instead of the client polling. Without Redis (in-process grading) there is nothing to wait
for: a submission is final before its POST returns, and waiting falls back to re-reading the
row a few times a second.
"""

import functools
import logging
import time

import redis
from django.conf import settings

from stepwise.submissions.models import Submission

logger = logging.getLogger(__name__)
MAX_WAIT_SECONDS = 10


def _channel(model, pk: int) -> str:
    return f"stepwise:{model._meta.model_name}-final:{pk}"


@functools.cache
def _client() -> redis.Redis | None:
    url = settings.CELERY_BROKER_URL
    if not url.startswith(("redis://", "rediss://")):
        return None
    return redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=MAX_WAIT_SECONDS + 5)


def notify_final(model, *, pk: int) -> None:
    """Tell the waits on this row (a `Submission` or a `Run`) that its result is stored."""
    client = _client()
    if client is None:
        return
    try:
        client.publish(_channel(model, pk), "final")
    except redis.RedisError:
        # Waiting clients still see the result at their timeout; nothing is lost.
        logger.warning("Could not publish the result of %s %s", model._meta.model_name, pk)


def _is_final(model, pk: int) -> bool:
    return model.objects.filter(pk=pk, status__in=Submission.FINAL_STATUSES).exists()


def wait_until_final(model, *, pk: int, seconds: float) -> None:
    """Return when the row is final or `seconds` have passed; callers re-read it."""
    deadline = time.monotonic() + min(seconds, MAX_WAIT_SECONDS)
    client = _client()
    if client is not None:
        try:
            pubsub = client.pubsub(ignore_subscribe_messages=True)
            pubsub.subscribe(_channel(model, pk))
        except redis.RedisError:
            client = None
    if client is None:
        while not _is_final(model, pk) and time.monotonic() < deadline:
            time.sleep(0.2)
        return
    try:
        # Subscribed first, then checked: a result stored in between is not missed.
        if _is_final(model, pk):
            return
        while (remaining := deadline - time.monotonic()) > 0:
            if pubsub.get_message(timeout=remaining) is not None:
                return
    except redis.RedisError:
        return
    finally:
        pubsub.close()
