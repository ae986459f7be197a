# Mistake: the books sit well away from the boundary (2018 and 2022 for since=2020), so a
# helper that leaves out the year `since` itself passes, and no two books share a year.
from datetime import date

import pytest

from library.models import Book, Branch, Loan, Member
from library.queries import borrowers, new_books, open_loans

pytestmark = pytest.mark.django_db
TODAY = date.today()


@pytest.fixture
def north():
    return Branch.objects.create(name="North")


@pytest.fixture
def dune(north):
    return Book.objects.create(title="Dune", year=2020, branch=north)


def test_new_books_are_recent_and_on_the_shelves(north):
    Book.objects.create(title="Old", year=2018, branch=north)
    recent = Book.objects.create(title="Recent", year=2022, branch=north)
    Book.objects.create(title="Gone", year=2022, branch=north, withdrawn=True)
    assert list(new_books(2020)) == [recent]


def test_a_borrower_is_listed_once_by_the_branch_of_the_book(north, dune):
    zoe = Member.objects.create(name="Zoe", branch=Branch.objects.create(name="South"))
    Loan.objects.create(book=dune, member=zoe, borrowed_on=TODAY, returned_on=TODAY)
    Loan.objects.create(book=dune, member=zoe, borrowed_on=TODAY)
    assert list(borrowers(north)) == [zoe]


def test_open_loans_skip_returned_ones_in_one_query(north, dune, django_assert_max_num_queries):
    ann = Member.objects.create(name="Ann", branch=north)
    Loan.objects.create(book=dune, member=ann, borrowed_on=TODAY, returned_on=TODAY)
    Loan.objects.create(book=dune, member=ann, borrowed_on=TODAY)
    with django_assert_max_num_queries(1):
        assert open_loans() == [("Ann", "Dune")]
