# Mistake: one cart built at module level and shared by every test, so units left by one test
# push the next one over the limit and the tests fail on the correct implementation too.
import pytest
from shopcart import Cart

cart = Cart(max_quantity=5)


def test_adding_again_adds_up_to_the_limit():
    cart.add("tea", 250, 2)
    cart.add("tea", 250, 3)
    assert cart.total() == 1250


def test_the_limit_counts_the_units_already_held():
    cart.add("tea", 250, 1)
    with pytest.raises(ValueError):
        cart.add("tea", 250, 5)
    assert cart.quantity("tea") == 1


def test_zero_units_are_refused():
    with pytest.raises(ValueError):
        cart.add("tea", 250, 0)


def test_a_product_removed_to_zero_leaves_the_cart():
    cart.add("coffee", 400, 2)
    cart.remove("coffee", 2)
    assert cart.quantity("coffee") == 0


def test_removing_more_than_held_is_refused():
    cart.add("cocoa", 300, 1)
    with pytest.raises(ValueError):
        cart.remove("cocoa", 2)
