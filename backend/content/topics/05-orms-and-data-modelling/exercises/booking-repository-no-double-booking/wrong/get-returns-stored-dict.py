# Mistake: add and for_room return copies, but get hands out the stored dict itself, so a caller can edit the repository.
class BookingConflict(Exception):
    pass


class BookingRepository:
    def __init__(self):
        self._bookings = {}
        self._last_id = 0

    def add(self, room, check_in, check_out):
        if check_out <= check_in:
            raise ValueError("check_out must be after check_in")
        for booking in self._bookings.values():
            if (
                booking["room"] == room
                and check_in < booking["check_out"]
                and booking["check_in"] < check_out
            ):
                raise BookingConflict(room)
        self._last_id += 1
        booking = {"id": self._last_id, "room": room, "check_in": check_in, "check_out": check_out}
        self._bookings[booking["id"]] = booking
        return dict(booking)

    def get(self, booking_id):
        return self._bookings[booking_id]

    def cancel(self, booking_id):
        del self._bookings[booking_id]

    def for_room(self, room):
        found = [dict(b) for b in self._bookings.values() if b["room"] == room]
        return sorted(found, key=lambda b: b["check_in"])
