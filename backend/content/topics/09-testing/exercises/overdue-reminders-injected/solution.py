from datetime import date


def send_overdue_reminders(invoices: list[dict], send, today) -> list[int]:
    """Email every unpaid invoice due before today(); return the ids sent successfully."""
    current = today()
    sent = []
    for invoice in invoices:
        if invoice["paid"]:
            continue
        days = (current - date.fromisoformat(invoice["due"])).days
        if days <= 0:
            continue
        unit = "day" if days == 1 else "days"
        try:
            send(invoice["email"], f"Invoice #{invoice['id']} is {days} {unit} overdue")
        except Exception:  # one failed delivery must not stop the others
            continue
        sent.append(invoice["id"])
    return sent
