# Mistake: stores and compares emails as typed, so Ada@Example.com and ada@example.com both register.
class InMemoryUserRepository:
    def __init__(self):
        self._users = {}
        self._next_id = 1

    def add(self, email, name):
        if self.find_by_email(email) is not None:
            raise ValueError("email already registered")
        user = {"id": self._next_id, "email": email, "name": name}
        self._users[user["id"]] = user
        self._next_id += 1
        return dict(user)

    def get(self, user_id):
        return dict(self._users[user_id])

    def find_by_email(self, email):
        for user in self._users.values():
            if user["email"] == email:
                return dict(user)
        return None

    def list(self):
        return [dict(self._users[k]) for k in sorted(self._users)]

    def delete(self, user_id):
        del self._users[user_id]
