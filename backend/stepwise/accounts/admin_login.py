"""The Django admin's sign-in form, throttled like the API's sign-in: at most `THROTTLE_AUTH`
attempts per client address, counted in the shared cache. An attempt over the limit is refused
with 429 before its password is checked, so the right password does not get through either."""

import math

from django.contrib import admin
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from stepwise.common.throttles import AdminLoginRateThrottle


@never_cache
def admin_login(request, extra_context=None):
    """`admin.site.login`, behind the throttle; showing the form (GET) is not counted."""
    if request.method == "POST":
        throttle = AdminLoginRateThrottle()
        if not throttle.allow_request(request, None):
            retry_after = max(1, math.ceil(throttle.wait() or 1))
            context = {
                **admin.site.each_context(request),
                "title": "Too many sign-in attempts",
                "retry_after": retry_after,
            }
            response = render(request, "admin/login_throttled.html", context, status=429)
            response["Retry-After"] = str(retry_after)
            return response
    return admin.site.login(request, extra_context)
