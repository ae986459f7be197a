import pytest
from shopcart import Cart


@pytest.fixture
def cart():
    return Cart(max_quantity=5)


def test_add_puts_units_in_the_cart(cart):
    cart.add("tea", 250, 2)
    assert cart.quantity("tea") == 2
