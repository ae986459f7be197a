# Mistake: returns as soon as one rule fails, so the user only learns one problem per attempt.
def password_problems(password, username=None):
    if len(password) < 12:
        return ["too_short"]
    if not any(ch.islower() for ch in password):
        return ["no_lowercase"]
    if not any(ch.isupper() for ch in password):
        return ["no_uppercase"]
    if not any(ch.isdigit() for ch in password):
        return ["no_digit"]
    if all(ch.isalnum() for ch in password):
        return ["no_symbol"]
    if username and username.lower() in password.lower():
        return ["contains_username"]
    return []
