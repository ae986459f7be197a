# Mistake: checks the exception type but never its message, so an error with the wrong
# message (a blank text called "not an amount", a message without the text) passes.
import pytest
from amounts import AmountError, parse_amount


@pytest.mark.parametrize("text, cents", [("0.5", 50), ("1,000,000.00", 100_000_000)])
def test_valid_amounts(text, cents):
    assert parse_amount(text) == cents


@pytest.mark.parametrize("text", ["   ", "1.999", "1,000,000.01", "1,2,3"])
def test_invalid_amounts(text):
    with pytest.raises(AmountError):
        parse_amount(text)
