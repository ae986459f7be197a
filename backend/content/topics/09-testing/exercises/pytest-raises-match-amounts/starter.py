import pytest
from amounts import AmountError, parse_amount


def test_a_plain_amount():
    assert parse_amount("12.50") == 1250


def test_letters_are_refused():
    with pytest.raises(AmountError):
        parse_amount("twelve")
