# Mistake: get() returns None for a missing id, where the real repository raises KeyError.
class InMemoryUserRepository:
    def __init__(self):
        self._users = {}
        self._next_id = 1

    def add(self, email, name):
        email = email.strip().lower()
        if self.find_by_email(email) is not None:
            raise ValueError("email already registered")
        user = {"id": self._next_id, "email": email, "name": name}
        self._users[user["id"]] = user
        self._next_id += 1
        return dict(user)

    def get(self, user_id):
        user = self._users.get(user_id)
        return dict(user) if user else None

    def find_by_email(self, email):
        for user in self._users.values():
            if user["email"] == email.strip().lower():
                return dict(user)
        return None

    def list(self):
        return [dict(self._users[k]) for k in sorted(self._users)]

    def delete(self, user_id):
        self._users.pop(user_id, None)
