# Mistake: copied an old tutorial's default of 1,000 iterations, far too cheap for an attacker to try.
import hashlib
import hmac
import secrets


def hash_password(password, salt_hex=None, iterations=1000):
    salt = secrets.token_bytes(16) if salt_hex is None else bytes.fromhex(salt_hex)
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
