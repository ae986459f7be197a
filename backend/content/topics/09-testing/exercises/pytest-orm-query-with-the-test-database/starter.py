import pytest

from library.models import Book, Branch
from library.queries import new_books, open_loans

pytestmark = pytest.mark.django_db


def test_a_recent_book_is_new():
    north = Branch.objects.create(name="North")
    dune = Book.objects.create(title="Dune", year=2022, branch=north)
    assert list(new_books(2020)) == [dune]


def test_no_loans_no_queries_to_spare(django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        assert open_loans() == []
