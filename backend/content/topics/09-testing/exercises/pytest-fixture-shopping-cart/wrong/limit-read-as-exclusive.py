# Mistake: expects the limit itself to be refused, but the specification allows a product to
# hold exactly max_quantity units, so this test fails on the correct implementation.
import pytest
from shopcart import Cart


@pytest.fixture
def cart():
    return Cart(max_quantity=5)


def test_the_limit_is_refused(cart):
    with pytest.raises(ValueError):
        cart.add("tea", 250, 5)


def test_zero_units_are_refused(cart):
    with pytest.raises(ValueError):
        cart.add("tea", 250, 0)


def test_total(cart):
    cart.add("tea", 250, 2)
    assert cart.total() == 500
