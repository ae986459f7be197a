# Mistake: no transaction, so a line that fails keeps the order and the stock taken before it.
from shop.errors import OutOfStock
from shop.models import Order, OrderLine, Product


def place_order(customer, lines):
    order = Order.objects.create(customer=customer)
    for product_id, quantity in lines:
        if quantity < 1:
            raise ValueError("every quantity must be at least 1")
        product = Product.objects.get(pk=product_id)
        if product.stock < quantity:
            raise OutOfStock(product.name)
        product.stock -= quantity
        product.save()
        OrderLine.objects.create(
            order=order, product=product, quantity=quantity, unit_price=product.price
        )
        order.total += product.price * quantity
    order.save()
    return order.id
