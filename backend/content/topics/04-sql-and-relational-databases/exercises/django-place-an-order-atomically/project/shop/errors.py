class OutOfStock(Exception):
    """A product has fewer units left than an order asks for; the message is its name."""
