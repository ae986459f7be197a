import pytest
from slugs import slugify


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Hello World", "hello-world"),
    ],
)
def test_slugify(title, expected):
    assert slugify(title) == expected
