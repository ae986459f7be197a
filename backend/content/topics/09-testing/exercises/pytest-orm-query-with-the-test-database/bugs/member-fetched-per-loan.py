from library.models import Book, Loan, Member


def new_books(since):
    books = Book.objects.filter(year__gte=since, withdrawn=False)
    return books.order_by("-year", "title")


def borrowers(branch):
    members = Member.objects.filter(loans__book__branch=branch)
    return members.distinct().order_by("name", "id")


def open_loans():
    loans = Loan.objects.filter(returned_on__isnull=True).select_related("book")
    loans = loans.order_by("borrowed_on", "id")
    return [(loan.member.name, loan.book.title) for loan in loans]
