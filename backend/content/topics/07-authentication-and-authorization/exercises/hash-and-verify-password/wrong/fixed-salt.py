# Mistake: falls back to a constant salt, so equal passwords get equal hashes.
import hashlib
import hmac

DEFAULT_SALT = "73616c7473616c7473616c7473616c74"


def hash_password(password, salt_hex=None, iterations=600_000):
    salt = bytes.fromhex(salt_hex or DEFAULT_SALT)
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations).hex()
    return f"pbkdf2_sha256${iterations}${salt.hex()}${key}"


def verify_password(password, stored):
    try:
        algorithm, iterations, salt_hex, key_hex = stored.split("$")
        if algorithm != "pbkdf2_sha256":
            return False
        key = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt_hex), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(key.hex(), key_hex)
