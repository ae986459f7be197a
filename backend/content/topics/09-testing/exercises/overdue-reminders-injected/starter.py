from datetime import date


def send_overdue_reminders(invoices: list[dict], send, today) -> list[int]:
    """Email every unpaid invoice due before today(); return the ids sent successfully."""
    raise NotImplementedError
