# Mistake: expects ValueError, which AmountError is a kind of, so a plain ValueError raised
# where the specification promises AmountError passes too.
import pytest
from amounts import parse_amount


@pytest.mark.parametrize("text, cents", [("0.5", 50), ("1,000,000.00", 100_000_000)])
def test_valid_amounts(text, cents):
    assert parse_amount(text) == cents


@pytest.mark.parametrize(
    "text, message",
    [
        ("   ", "amount is empty"),
        ("1.999", "at most 2 decimal places"),
        ("1,000,000.01", "over the limit"),
        ("1,2,3", "not an amount: '1,2,3'"),
    ],
)
def test_invalid_amounts(text, message):
    with pytest.raises(ValueError, match=message):
        parse_amount(text)
