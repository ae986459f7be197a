# Mistake: derives the next id from the number of users, so a deleted user's id is handed out again.
class InMemoryUserRepository:
    def __init__(self):
        self._users = {}

    def add(self, email, name):
        email = email.strip().lower()
        if self.find_by_email(email) is not None:
            raise ValueError("email already registered")
        user = {"id": len(self._users) + 1, "email": email, "name": name}
        self._users[user["id"]] = user
        return dict(user)

    def get(self, user_id):
        return dict(self._users[user_id])

    def find_by_email(self, email):
        for user in self._users.values():
            if user["email"] == email.strip().lower():
                return dict(user)
        return None

    def list(self):
        return [dict(self._users[k]) for k in sorted(self._users)]

    def delete(self, user_id):
        del self._users[user_id]
