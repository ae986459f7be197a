import hashlib
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"


def _derive(password: str, salt: bytes, iterations: int) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations).hex()


def hash_password(password: str, salt_hex: str | None = None, iterations: int = 600_000) -> str:
    """Return "pbkdf2_sha256$<iterations>$<salt hex>$<key hex>"."""
    salt = secrets.token_bytes(16) if salt_hex is None else bytes.fromhex(salt_hex)
    return f"{ALGORITHM}${iterations}${salt.hex()}${_derive(password, salt, iterations)}"


def verify_password(password: str, stored: str) -> bool:
    """Return True when the password matches the stored hash; never raise."""
    try:
        algorithm, iterations, salt_hex, key_hex = stored.split("$")
        if algorithm != ALGORITHM:
            return False
        candidate = _derive(password, bytes.fromhex(salt_hex), int(iterations))
        # compare_digest raises TypeError on non-ASCII text: a malformed key, not a crash.
        return hmac.compare_digest(candidate, key_hex.lower())
    except (ValueError, TypeError, OverflowError):
        return False
