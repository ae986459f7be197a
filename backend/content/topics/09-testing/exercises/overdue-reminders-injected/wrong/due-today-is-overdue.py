# Mistake: uses <= instead of <, so an invoice due today already gets a "0 days overdue" reminder.
from datetime import date


def send_overdue_reminders(invoices, send, today):
    current = today()
    sent = []
    for invoice in invoices:
        due = date.fromisoformat(invoice["due"])
        if invoice["paid"] or not due <= current:
            continue
        days = (current - due).days
        unit = "day" if days == 1 else "days"
        try:
            send(invoice["email"], f"Invoice #{invoice['id']} is {days} {unit} overdue")
        except Exception:
            continue
        sent.append(invoice["id"])
    return sent
