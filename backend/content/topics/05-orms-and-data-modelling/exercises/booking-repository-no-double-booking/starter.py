class BookingConflict(Exception):
    """Raised when a stay overlaps an existing booking of the same room."""


class BookingRepository:
    def __init__(self):
        self._bookings = {}

    def add(self, room, check_in, check_out):
        raise NotImplementedError

    def get(self, booking_id):
        raise NotImplementedError

    def cancel(self, booking_id):
        raise NotImplementedError

    def for_room(self, room):
        raise NotImplementedError
