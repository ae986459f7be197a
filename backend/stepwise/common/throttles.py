"""Throttles: by client address on the credential endpoints, by user on submissions, runs,
draft saves and long-polls. Counters live in the default cache, which production shares between
processes; when that cache cannot be reached they fall back to a count in this process, so an
outage of Redis weakens a limit (per process instead of shared) but never disables it or fails
a request."""

import logging

from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

logger = logging.getLogger(__name__)


class ResilientCache:
    """The two cache calls DRF's throttles make, on the shared cache while it answers and on a
    process-local one while it does not."""

    def __init__(self) -> None:
        self.local = LocMemCache("throttle-fallback", {"MAX_ENTRIES": 10_000})

    def _call(self, method: str, *args):
        try:
            return getattr(caches["default"], method)(*args)
        except Exception:  # redis-py raises several types for a server that is away
            logger.warning("Throttle cache unreachable; counting in this process", exc_info=True)
            return getattr(self.local, method)(*args)

    def get(self, key, default=None):
        return self._call("get", key, default)

    def set(self, key, value, timeout=None):
        return self._call("set", key, value, timeout)


throttle_cache = ResilientCache()


class _ResilientThrottleMixin:
    cache = throttle_cache


class AuthRateThrottle(_ResilientThrottleMixin, AnonRateThrottle):
    """Counts every request to login/register/refresh per client address, signed in or not."""

    scope = "auth"

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class AdminLoginRateThrottle(AuthRateThrottle):
    """Counts the Django admin's sign-in attempts per client address, at the API sign-in's rate
    (`THROTTLE_AUTH`) but in a count of their own."""

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": "admin-login", "ident": self.get_ident(request)}


class SubmissionRateThrottle(_ResilientThrottleMixin, UserRateThrottle):
    """Limits how fast one user can create submissions; reads are not counted."""

    scope = "submissions"

    def allow_request(self, request, view):
        if request.method != "POST":
            return True
        return super().allow_request(request, view)


class RunRateThrottle(SubmissionRateThrottle):
    """Limits how fast one user can start runs (each costs a sandbox, as a submission does), in
    a count of its own: trying an answer does not use up the submissions' allowance."""

    scope = "runs"


class DraftSaveRateThrottle(_ResilientThrottleMixin, UserRateThrottle):
    """Limits how often one user may save or delete drafts (the SPA saves about once a second
    while the learner types); reads are not counted."""

    scope = "draft_saves"

    def allow_request(self, request, view):
        if request.method not in ("PUT", "DELETE"):
            return True
        return super().allow_request(request, view)


class SubmissionWaitRateThrottle(_ResilientThrottleMixin, UserRateThrottle):
    """Limits how often one user may ask for a held request (`?wait=N`, N > 0); reads that
    do not wait are not counted."""

    scope = "submission_waits"

    def allow_request(self, request, view):
        if not request.query_params.get("wait", "").strip("0"):
            return True
        return super().allow_request(request, view)


class ClassJoinRateThrottle(_ResilientThrottleMixin, UserRateThrottle):
    """Join attempts per user: a join code is short, so guessing one must be slow."""

    scope = "class_joins"


class MarkdownPreviewRateThrottle(_ResilientThrottleMixin, UserRateThrottle):
    """Markdown previews per user: each renders up to the size limit, so they are not free."""

    scope = "markdown_previews"
