# Mistake: lets a delivery error escape, so one bad address stops every later reminder.
from datetime import date


def send_overdue_reminders(invoices, send, today):
    current = today()
    sent = []
    for invoice in invoices:
        days = (current - date.fromisoformat(invoice["due"])).days
        if invoice["paid"] or days <= 0:
            continue
        unit = "day" if days == 1 else "days"
        send(invoice["email"], f"Invoice #{invoice['id']} is {days} {unit} overdue")
        sent.append(invoice["id"])
    return sent
