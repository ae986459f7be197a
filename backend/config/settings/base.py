"""Settings shared by every mode. Values that differ per deployment come from the environment.

`development` adds defaults that only make sense on a laptop; `production` refuses to start
without the secrets; `test` points at the services the test run starts.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from config.settings.env import env_bool, env_int, env_list, env_str

BACKEND_DIR = Path(__file__).resolve().parent.parent.parent
REPO_DIR = BACKEND_DIR.parent

DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = env_str("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework_simplejwt.token_blacklist",
    "django_filters",
    "corsheaders",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "stepwise.common",
    "stepwise.accounts",
    "stepwise.curriculum",
    "stepwise.classes",
    "stepwise.submissions",
    "stepwise.progress",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "stepwise.common.security_headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

# Django's defaults, stated because frontend/nginx.conf repeats them for the SPA it serves;
# stepwise.common.security_headers adds the Content-Security-Policy and Permissions-Policy.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BACKEND_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BACKEND_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BACKEND_DIR / "staticfiles"
# The built SPA; Django serves it at / when it exists (see config/urls.py).
SPA_DIST_DIR = Path(env_str("STEPWISE_SPA_DIST", str(REPO_DIR / "frontend" / "dist")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# Request bodies: the largest legitimate body is a submission (64 KiB of source) plus JSON
# overhead; anything far beyond that is refused before it reaches a serializer.
DATA_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024
SUBMISSION_MAX_ANSWER_BYTES = 64 * 1024

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "stepwise.accounts.authentication.BearerTokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["stepwise.common.parsers.BoundedJSONParser"],
    "DEFAULT_SCHEMA_CLASS": "stepwise.common.schema.AutoSchema",
    "DEFAULT_VERSIONING_CLASS": "rest_framework.versioning.URLPathVersioning",
    "ALLOWED_VERSIONS": ["v1"],
    "DEFAULT_VERSION": "v1",
    "EXCEPTION_HANDLER": "stepwise.common.errors.api_exception_handler",
    "DEFAULT_THROTTLE_RATES": {
        "auth": env_str("THROTTLE_AUTH", "20/min"),
        "submissions": env_str("THROTTLE_SUBMISSIONS", "30/min"),
        "submission_waits": env_str("THROTTLE_WAITS", "60/min"),
        "runs": env_str("THROTTLE_RUNS", "30/min"),
        "draft_saves": env_str("THROTTLE_DRAFTS", "120/min"),
        "class_joins": env_str("THROTTLE_CLASS_JOINS", "10/min"),
        "markdown_previews": env_str("THROTTLE_PREVIEWS", "60/min"),
    },
    "NUM_PROXIES": env_int("NUM_PROXIES", 0),
}

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=env_int("JWT_ACCESS_MINUTES", 15)),
    "REFRESH_TOKEN_LIFETIME": timedelta(hours=min(env_int("JWT_REFRESH_HOURS", 24), 24)),
    "ROTATE_REFRESH_TOKENS": True,
    "BLACKLIST_AFTER_ROTATION": True,
    "UPDATE_LAST_LOGIN": True,
    "ALGORITHM": "HS256",
    "SIGNING_KEY": env_str("JWT_SIGNING_KEY"),
    "AUTH_HEADER_TYPES": ("Bearer",),
    # Pairs carry the user's role (stepwise.accounts.tokens), whatever issues them.
    "TOKEN_OBTAIN_SERIALIZER": "stepwise.accounts.tokens.TokenObtainPairSerializer",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Stepwise API",
    "DESCRIPTION": (
        "The public API of Stepwise, a learning platform for Python backend development: "
        "the roadmap of topics, exercises, submissions graded automatically, and progress. "
        "Authenticate with `POST /api/v1/auth/token/` and send `Authorization: Bearer <access>`."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    # Relative: the API answers on the host that serves this contract (Swagger UI and ReDoc
    # send their requests there); a generated client is given its base URL.
    "SERVERS": [{"url": "/", "description": "The host serving this contract."}],
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # validatorUrl None: Swagger UI never sends the schema to validator.swagger.io.
    "SWAGGER_UI_SETTINGS": {"persistAuthorization": True, "validatorUrl": None},
    "ENUM_NAME_OVERRIDES": {
        "SubmissionStatusEnum": "stepwise.submissions.models.Submission.Status",
        "VerdictEnum": "stepwise.submissions.models.Submission.Verdict",
        "ExerciseKindEnum": "stepwise.curriculum.models.Exercise.Kind",
        "DifficultyEnum": "stepwise.curriculum.models.Exercise.Difficulty",
        "TestStatusEnum": "stepwise.submissions.models.TEST_STATUS_CHOICES",
        # The single-value discriminators of the kind-specific unions.
        "ChoiceKindEnum": ["choice"],
        "TextKindEnum": ["text"],
        "CodeKindEnum": ["code"],
        "SqlKindEnum": ["sql"],
        "HttpKindEnum": ["http"],
        "PytestKindEnum": ["pytest"],
        "DjangoKindEnum": ["django"],
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "stepwise.common.schema.strip_database_integer_bounds",
        "stepwise.common.schema.describe_every_operation",
        "stepwise.common.schema.lintable_contract",
    ],
    "TAGS": [
        {"name": "meta", "description": "Where to start: links to the contract and the docs."},
        {
            "name": "auth",
            "description": "Accounts and tokens: register, sign in, refresh, sign out.",
        },
        {
            "name": "me",
            "description": "The signed-in user: profile, password, progress, "
            "assignments, drafts, personal data and account deletion.",
        },
        {"name": "topics", "description": "The roadmap: topics in order, each with its lesson."},
        {
            "name": "exercises",
            "description": "Exercises of every kind; instructors also author "
            "them and read how learners fare.",
        },
        {
            "name": "submissions",
            "description": "Answers, graded automatically; read them back, "
            "or wait for the verdict with `?wait=`.",
        },
        {
            "name": "runs",
            "description": "An answer tried against an exercise's visible tests "
            "before it is submitted; not counted as an attempt.",
        },
        {
            "name": "classes",
            "description": "Classes an instructor teaches: roster, join codes, "
            "co-instructors, the gradebook and the audit log.",
        },
        {
            "name": "assignments",
            "description": "Exercises due by a date in a class, with "
            "extensions for single learners.",
        },
        {
            "name": "regrades",
            "description": "Grading an exercise's submissions again after its "
            "tests changed, in steps, with progress.",
        },
    ],
}

# The cache holds the throttles' counters and the long-poll slots, so every server process must
# see the same one: Redis (`redis://host:6379/1`). Production requires it (production.py); the
# empty default is a per-process memory cache, enough for `make run`'s single process.
CACHE_URL = env_str("CACHE_URL", "")
if CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": "stepwise",
            # A Redis that stops answering fails a request in seconds instead of hanging it.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
elif CACHE_URL == "":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    raise ImproperlyConfigured(
        f"CACHE_URL must be a redis://, rediss:// or unix:// URL, not {CACHE_URL!r}."
    )

CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS", [])
CORS_URLS_REGEX = r"^/api/.*$"

# Celery: without a broker URL every task runs in-process (eager), so `make run` grades code
# with nothing else installed. Production and the integration tests set CELERY_BROKER_URL.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = CELERY_BROKER_URL == ""
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = env_int("GRADING_TASK_SOFT_TIME_LIMIT", 60)
CELERY_TASK_TIME_LIMIT = env_int("GRADING_TASK_TIME_LIMIT", 90)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 300}
CELERY_BEAT_SCHEDULE = {
    "requeue-stuck-submissions": {
        "task": "stepwise.submissions.tasks.requeue_stuck_submissions",
        "schedule": env_int("GRADING_SWEEP_EVERY_SECONDS", 30),
    },
    "requeue-stuck-regrades": {
        "task": "stepwise.submissions.tasks.requeue_stuck_regrades",
        "schedule": env_int("GRADING_SWEEP_EVERY_SECONDS", 30),
    },
    "requeue-stuck-checks": {
        "task": "stepwise.curriculum.tasks.requeue_stuck_checks",
        "schedule": env_int("GRADING_SWEEP_EVERY_SECONDS", 30),
    },
}
# A submission still `queued` or `running` this long after its last change is re-enqueued.
GRADING_STUCK_AFTER_SECONDS = env_int("GRADING_STUCK_AFTER_SECONDS", 120)
# How long a learner's curriculum read may be answered from the cache at most; any change to a
# topic or exercise makes older reads unreachable at once (stepwise/curriculum/cache.py).
CURRICULUM_CACHE_SECONDS = env_int("CURRICULUM_CACHE_SECONDS", 60)
# Without a sandbox (no bubblewrap) grading falls back to rlimits only, with a warning on
# every result; production sets this to true so a worker without a sandbox refuses to start.
GRADING_REQUIRE_SANDBOX = env_bool("GRADING_REQUIRE_SANDBOX", False)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django.request": {"level": "ERROR"}},
}
