# Mistake: trusts the stored string's shape; a malformed value raises ValueError instead of returning False.
import hashlib
import hmac
import secrets


def hash_password(password, salt_hex=None, iterations=600_000):
    salt = secrets.token_bytes(16) if salt_hex is None else bytes.fromhex(salt_hex)
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations).hex()
    return f"pbkdf2_sha256${iterations}${salt.hex()}${key}"


def verify_password(password, stored):
    algorithm, iterations, salt_hex, key_hex = stored.split("$")
    if algorithm != "pbkdf2_sha256":
        return False
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(key.hex(), key_hex)
