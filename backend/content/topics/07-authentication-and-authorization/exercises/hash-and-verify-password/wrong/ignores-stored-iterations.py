# Mistake: verifies with the default iteration count instead of the one recorded in the stored hash.
import hashlib
import hmac
import secrets

ITERATIONS = 600_000


def hash_password(password, salt_hex=None, iterations=ITERATIONS):
    salt = secrets.token_bytes(16) if salt_hex is None else bytes.fromhex(salt_hex)
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations).hex()
    return f"pbkdf2_sha256${iterations}${salt.hex()}${key}"


def verify_password(password, stored):
    try:
        algorithm, _iterations, salt_hex, key_hex = stored.split("$")
        if algorithm != "pbkdf2_sha256":
            return False
        key = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt_hex), ITERATIONS)
    except ValueError:
        return False
    return hmac.compare_digest(key.hex(), key_hex)
