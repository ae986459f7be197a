# Mistake: expects a third decimal to be rounded away; the specification says more than two
# decimal places raise AmountError, so this fails on the correct implementation.
import pytest
from amounts import AmountError, parse_amount


def test_extra_decimals_are_rounded():
    assert parse_amount("1.999") == 200


def test_blank_text():
    with pytest.raises(AmountError, match="amount is empty"):
        parse_amount("   ")
