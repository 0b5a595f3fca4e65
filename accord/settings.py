"""One settings module; every value comes from the environment with a safe default.

`DATABASE_URL` picks the database (default: the SQLite file under `var/`), so several
databases can live side by side. `DEBUG` is off unless `ACCORD_DEBUG=1` (what `make run` sets).
"""

import os
import secrets
from datetime import timedelta
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent
VAR_DIR = Path(os.environ.get("ACCORD_VAR_DIR", Path.cwd() / "var")).resolve()


def _env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, "1" if default else "0").lower() in {"1", "true", "yes", "on"}


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise SystemExit(f"{name} must be a whole number, got {raw!r}") from exc


def _secret_key() -> str:
    """From the environment, else a key kept in var/ (made once), never from the repo."""
    key = os.environ.get("ACCORD_SECRET_KEY")
    if key:
        return key
    key_file = VAR_DIR / "secret_key"
    try:
        return key_file.read_text().strip()
    except FileNotFoundError:
        key = secrets.token_urlsafe(50)
        try:
            VAR_DIR.mkdir(parents=True, exist_ok=True)
            key_file.write_text(key)
            key_file.chmod(0o600)
        except OSError:
            pass  # a read-only checkout still runs, with a per-process key
        return key


DEBUG = _env_bool("ACCORD_DEBUG")
SECRET_KEY = _secret_key()
ALLOWED_HOSTS = [
    h.strip() for h in os.environ.get("ACCORD_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "simple_history",
    "django_htmx",
    "axes",
    "accord.core",
    "accord.registry",
    "accord.alliances",
    "accord.agreements",
    "accord.activities",
    "accord.intake",
    "accord.insights",
    "accord.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accord.core.middleware.UserLanguageMiddleware",  # a signed-in user's saved language
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # last, as django-axes asks: it turns a locked-out sign-in into the lockout page
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses sign-ins while locked out
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "accord.urls"
WSGI_APPLICATION = "accord.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

DEFAULT_SQLITE_URL = f"sqlite:///{VAR_DIR / 'accord.sqlite3'}"
try:
    DATABASES = {
        "default": dj_database_url.parse(
            os.environ.get("DATABASE_URL") or DEFAULT_SQLITE_URL, conn_max_age=60
        )
    }
except ValueError as exc:  # an unknown scheme or a malformed URL
    raise SystemExit(
        f"DATABASE_URL is not a database URL Accord can use ({exc}). Examples:"
        " sqlite:////abs/path/accord.sqlite3, postgres://user@127.0.0.1:5432/accord"
    ) from exc
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers go on while one writer writes; IMMEDIATE avoids "database is locked"
    # upgrades in the middle of a transaction.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
            " PRAGMA busy_timeout=5000;"
        ),
        "transaction_mode": "IMMEDIATE",
    }
    if DATABASES["default"]["NAME"] not in ("", ":memory:"):
        Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("zh-hans", "简体中文")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = os.environ.get("ACCORD_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("ACCORD_MEDIA_ROOT", VAR_DIR / "media"))

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

# Agreement status thresholds (see accord/agreements/status.py).
ACCORD_EXPIRING_DAYS = _env_int("ACCORD_EXPIRING_DAYS", 180)
ACCORD_DORMANT_DAYS = _env_int("ACCORD_DORMANT_DAYS", 365)
# Fixes "today" for statuses (demos, tests, the registry as of a date); empty: the local date.
ACCORD_TODAY = os.environ.get("ACCORD_TODAY", "")

SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

# The name resolver behind the organisation fields (accord/resolver/service.py). Off: the
# suggestions match substrings of names only. A registry of fewer organisations than
# ACCORD_RESOLVER_SYNC_BELOW is indexed within the request; a larger one in the background.
ACCORD_RESOLVER = _env_bool("ACCORD_RESOLVER", True)
ACCORD_RESOLVER_SYNC_BELOW = _env_int("ACCORD_RESOLVER_SYNC_BELOW", 5000)

# Uploaded signed documents: PDF only, at most this many megabytes.
ACCORD_UPLOAD_MAX_MB = _env_int("ACCORD_UPLOAD_MAX_MB", 25)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024  # form fields; files are limited above

# Sign-in throttling (django-axes): after ACCORD_SIGNIN_FAILURES failed attempts for one user
# name from one address, that pair is locked out for ACCORD_SIGNIN_LOCKOUT_MINUTES. Passwords
# are never stored or logged; `accord axes_reset` lifts every lockout.
AXES_FAILURE_LIMIT = _env_int("ACCORD_SIGNIN_FAILURES", 5)
AXES_COOLOFF_TIME = timedelta(minutes=_env_int("ACCORD_SIGNIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("ACCORD_LOG_LEVEL", "WARNING")},
}
