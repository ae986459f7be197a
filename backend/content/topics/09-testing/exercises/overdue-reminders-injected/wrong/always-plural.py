# Mistake: always writes "days", so one day overdue reads "1 days overdue".
from datetime import date


def send_overdue_reminders(invoices, send, today):
    current = today()
    sent = []
    for invoice in invoices:
        days = (current - date.fromisoformat(invoice["due"])).days
        if invoice["paid"] or days <= 0:
            continue
        try:
            send(invoice["email"], f"Invoice #{invoice['id']} is {days} days overdue")
        except Exception:
            continue
        sent.append(invoice["id"])
    return sent
