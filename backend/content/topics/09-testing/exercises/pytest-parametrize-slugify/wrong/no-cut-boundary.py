# Mistake: tests the cut only far from the limit, so a cut at 49 goes unnoticed.
import pytest
from slugs import slugify


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Hello World", "hello-world"),
        ("one,  two", "one-two"),
        ("  ...Leading and trailing!  ", "leading-and-trailing"),
        ("café", "caf"),
    ],
)
def test_slugify(title, expected):
    assert slugify(title) == expected


def test_long_titles_are_cut():
    assert len(slugify("b" * 200)) <= 50


def test_a_cut_does_not_end_in_a_hyphen():
    assert not slugify("c" * 49 + " word").endswith("-")


def test_no_letters_or_digits():
    with pytest.raises(ValueError):
        slugify("!!!")
