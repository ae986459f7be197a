# Mistake: calls date.today() instead of the injected clock, so the result depends on when tests run.
from datetime import date


def send_overdue_reminders(invoices, send, today):
    current = date.today()
    sent = []
    for invoice in invoices:
        days = (current - date.fromisoformat(invoice["due"])).days
        if invoice["paid"] or days <= 0:
            continue
        unit = "day" if days == 1 else "days"
        try:
            send(invoice["email"], f"Invoice #{invoice['id']} is {days} {unit} overdue")
        except Exception:
            continue
        sent.append(invoice["id"])
    return sent
