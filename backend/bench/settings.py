"""Settings of the read-path benchmark's server (``bench.read_path_bench``): the test settings
(``base``, which production extends, plus a cheap password hasher and no HTTPS redirect) with a
URLconf that adds the benchmark's constant JSON view to the shipped routes. Nothing shipped
refers to this module."""

from config.settings.test import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
