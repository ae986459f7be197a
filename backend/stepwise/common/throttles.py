"""Throttles: by client address on the credential endpoints, by user on submissions and on
long-polls. Counters live in the default cache, which production shares between processes."""

from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class AuthRateThrottle(AnonRateThrottle):
    """Counts every request to login/register/refresh per client address, signed in or not."""

    scope = "auth"

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class AdminLoginRateThrottle(AuthRateThrottle):
    """Counts the Django admin's sign-in attempts per client address, at the API sign-in's rate
    (`THROTTLE_AUTH`) but in a count of their own."""

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": "admin-login", "ident": self.get_ident(request)}


class SubmissionRateThrottle(UserRateThrottle):
    """Limits how fast one user can create submissions; reads are not counted."""

    scope = "submissions"

    def allow_request(self, request, view):
        if request.method != "POST":
            return True
        return super().allow_request(request, view)


class SubmissionWaitRateThrottle(UserRateThrottle):
    """Limits how often one user may ask for a held request (`?wait=N`, N > 0); reads that
    do not wait are not counted."""

    scope = "submission_waits"

    def allow_request(self, request, view):
        if not request.query_params.get("wait", "").strip("0"):
            return True
        return super().allow_request(request, view)
