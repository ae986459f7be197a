import hashlib
import hmac
import secrets


def hash_password(password: str, salt_hex: str | None = None, iterations: int = 600_000) -> str:
    """Return "pbkdf2_sha256$<iterations>$<salt hex>$<key hex>"."""
    raise NotImplementedError


def verify_password(password: str, stored: str) -> bool:
    """Return True when the password matches the stored hash; never raise."""
    raise NotImplementedError
