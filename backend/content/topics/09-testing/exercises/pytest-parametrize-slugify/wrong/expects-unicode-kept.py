# Mistake: expects accented letters to be kept, which the specification rules out, so the
# test fails on the correct implementation.
import pytest
from slugs import slugify


def test_accents():
    assert slugify("Café") == "café"


def test_error():
    with pytest.raises(ValueError):
        slugify("!!!")
