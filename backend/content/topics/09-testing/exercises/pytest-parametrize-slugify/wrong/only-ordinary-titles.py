# Mistake: only ordinary titles, so the length limit and the error are never tested.
import pytest
from slugs import slugify


@pytest.mark.parametrize(
    "title, expected",
    [("Hello World", "hello-world"), ("Python 3 Tips", "python-3-tips")],
)
def test_slugify(title, expected):
    assert slugify(title) == expected
