# Mistake: checks that an add over the limit raises, but not that the cart is unchanged
# afterwards, and measures an emptied product with quantity() instead of len(cart).
import pytest
from shopcart import Cart

TEA = 250  # cents


@pytest.fixture
def cart():
    return Cart(max_quantity=5)


def test_adding_again_adds_up_to_the_limit(cart):
    cart.add("tea", TEA, 2)
    cart.add("tea", TEA, 3)
    assert cart.total() == 1250


def test_the_limit_counts_the_units_already_held(cart):
    cart.add("tea", TEA, 1)
    with pytest.raises(ValueError):
        cart.add("tea", TEA, 5)


def test_zero_units_are_refused(cart):
    with pytest.raises(ValueError):
        cart.add("tea", TEA, 0)


def test_a_product_removed_to_zero_leaves_the_cart(cart):
    cart.add("tea", TEA, 2)
    cart.remove("tea", 2)
    assert cart.quantity("tea") == 0


def test_removing_more_than_held_is_refused(cart):
    cart.add("tea", TEA, 1)
    with pytest.raises(ValueError):
        cart.remove("tea", 2)
