# Mistake: copies the users returned by add, get and list, but find_by_email hands out the
# stored dict itself, so a caller can change the repository through it.
class InMemoryUserRepository:
    def __init__(self):
        self._users = {}
        self._next_id = 1
        self._failure = None

    def fail_next(self, error):
        self._failure = error

    def _check(self):
        error, self._failure = self._failure, None
        if error is not None:
            raise error

    def add(self, email, name):
        self._check()
        email = email.strip().lower()
        if any(u["email"] == email for u in self._users.values()):
            raise ValueError("email already registered")
        user = {"id": self._next_id, "email": email, "name": name}
        self._users[user["id"]] = user
        self._next_id += 1
        return dict(user)

    def get(self, user_id):
        self._check()
        return dict(self._users[user_id])

    def find_by_email(self, email):
        self._check()
        wanted = email.strip().lower()
        for user in self._users.values():
            if user["email"] == wanted:
                return user
        return None

    def list(self):
        self._check()
        return [dict(self._users[i]) for i in sorted(self._users)]

    def delete(self, user_id):
        self._check()
        del self._users[user_id]
