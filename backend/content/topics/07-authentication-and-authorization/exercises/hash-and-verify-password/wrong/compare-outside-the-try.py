# Mistake: compares with hmac.compare_digest on str outside the try block, so a stored key with
# a non-ASCII character raises TypeError instead of returning False.
import hashlib
import hmac
import secrets


def _derive(password, salt, iterations):
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations).hex()


def hash_password(password, salt_hex=None, iterations=600_000):
    salt = secrets.token_bytes(16) if salt_hex is None else bytes.fromhex(salt_hex)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${_derive(password, salt, iterations)}"


def verify_password(password, stored):
    try:
        algorithm, iterations, salt_hex, key_hex = stored.split("$")
        if algorithm != "pbkdf2_sha256":
            return False
        candidate = _derive(password, bytes.fromhex(salt_hex), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(candidate, key_hex.lower())
