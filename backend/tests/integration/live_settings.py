"""Production settings for the API servers the integration tests start, with one change.

Argon2 costs a few hundred milliseconds per password by design; the timing tests measure how
long a request waits for a free worker, not the hasher, and the test users' passwords are
hashed with the test settings' cheap hasher anyway.
"""

from config.settings.production import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
