# Mistake: compares the username case-sensitively, so "ALICE" slips through for user "alice".
def password_problems(password, username=None):
    problems = []
    if len(password) < 12:
        problems.append("too_short")
    if not any(ch.islower() for ch in password):
        problems.append("no_lowercase")
    if not any(ch.isupper() for ch in password):
        problems.append("no_uppercase")
    if not any(ch.isdigit() for ch in password):
        problems.append("no_digit")
    if all(ch.isalnum() for ch in password):
        problems.append("no_symbol")
    if username and username in password:
        problems.append("contains_username")
    return problems
