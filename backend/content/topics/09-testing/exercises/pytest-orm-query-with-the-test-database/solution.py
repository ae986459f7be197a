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


def test_new_books_include_the_year_itself_skip_withdrawn_and_sort_ties_by_title(north, dune):
    anathem = Book.objects.create(title="Anathem", year=2020, branch=north)
    Book.objects.create(title="Gone", year=2020, branch=north, withdrawn=True)
    assert list(new_books(2020)) == [anathem, dune]


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
