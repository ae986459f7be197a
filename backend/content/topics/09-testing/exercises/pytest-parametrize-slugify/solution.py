import pytest
from slugs import slugify


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Hello World", "hello-world"),
        ("one,  two", "one-two"),
        ("  ...leading and trailing!  ", "leading-and-trailing"),
        ("café", "caf"),
    ],
)
def test_slugify(title, expected):
    assert slugify(title) == expected


def test_longer_results_are_cut_at_fifty():
    assert slugify("b" * 60) == "b" * 50


def test_a_cut_does_not_end_in_a_hyphen():
    assert slugify("c" * 49 + " word") == "c" * 49


def test_no_letters_or_digits():
    with pytest.raises(ValueError):
        slugify("!!!")
