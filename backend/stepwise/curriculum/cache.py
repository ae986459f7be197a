"""Learners' curriculum reads, answered from the shared cache.

Every learner (and anyone else who cannot author) reads the same published curriculum, so the
body of such a read is the same for all of them: it is kept in the cache under the request's
path and query and the curriculum's *version*, a number in the cache that changes whenever a
topic or an exercise is saved or deleted. A change makes every older entry unreachable at
once; they expire on their own.

The version moves on the models' save and delete signals rather than in the services: every
writer (the services, the admin, `content_sync`, a shell, the test factories) goes through
them, and a stale read is worse than a missed cache. A read that began before a change and is
stored just after it could still be kept under the new version; `CURRICULUM_CACHE_SECONDS`
bounds how long. Without a working cache, reads are simply computed.
"""

from __future__ import annotations

import hashlib
import logging
import secrets

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

from stepwise.common.permissions import can_author

logger = logging.getLogger(__name__)
VERSION_KEY = "curriculum:version"


def curriculum_version() -> int | None:
    """The current version, started at a random number if the cache has none (so that it never
    meets entries written under an earlier start); None when the cache is unreachable."""
    try:
        version = cache.get(VERSION_KEY)
        if version is None:
            cache.add(VERSION_KEY, secrets.randbelow(2**62), timeout=None)
            version = cache.get(VERSION_KEY)
        return version
    except Exception:  # the cache is a speed-up; a read without it is only slower
        logger.warning("The cache is unreachable; curriculum reads are computed", exc_info=True)
        return None


def curriculum_changed(**kwargs) -> None:
    """Signal receiver: a topic or exercise changed, so every cached read is out of date."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no version yet (or evicted): a fresh random one
        cache.set(VERSION_KEY, secrets.randbelow(2**62), timeout=None)
    except Exception:
        logger.warning("Could not move the curriculum's cache version", exc_info=True)


def read_key(request) -> str | None:
    """The cache key of this read, or None when it must not be shared: a write, or a reader
    who can author (authors see drafts and private specs)."""
    if request.method != "GET" or not request.user.is_authenticated or can_author(request.user):
        return None
    version = curriculum_version()
    if version is None:
        return None
    # The whole URL, host included (a page links to the next one by absolute URL), hashed: a
    # key has a bounded length whatever the query string.
    url = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    return f"curriculum:read:{version}:{url}"


def cached_read(key: str):
    try:
        return cache.get(key)
    except Exception:
        return None


def keep_read(key: str, data) -> None:
    try:
        cache.set(key, data, timeout=settings.CURRICULUM_CACHE_SECONDS)
    except Exception:
        logger.warning("Could not keep a curriculum read in the cache", exc_info=True)


def connect_signals() -> None:
    from stepwise.curriculum.models import Exercise, Topic

    for model in (Topic, Exercise):
        post_save.connect(curriculum_changed, sender=model, dispatch_uid=f"cache-{model.__name__}")
        post_delete.connect(
            curriculum_changed, sender=model, dispatch_uid=f"cache-del-{model.__name__}"
        )
    m2m_changed.connect(
        curriculum_changed, sender=Topic.prerequisites.through, dispatch_uid="cache-prereq"
    )
