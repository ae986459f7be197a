# Mistake: "fewer than 12" written as <= 12, so a password of exactly 12 characters is rejected.
def password_problems(password, username=None):
    problems = []
    if len(password) <= 12:
        problems.append("too_short")
    if not any(ch.islower() for ch in password):
        problems.append("no_lowercase")
    if not any(ch.isupper() for ch in password):
        problems.append("no_uppercase")
    if not any(ch.isdigit() for ch in password):
        problems.append("no_digit")
    if all(ch.isalnum() for ch in password):
        problems.append("no_symbol")
    if username and username.lower() in password.lower():
        problems.append("contains_username")
    return problems
