class Cart:
    def __init__(self, max_quantity=10):
        self.max_quantity = max_quantity
        self._lines = {}

    def add(self, sku, unit_price, quantity=1):
        if quantity < 1:
            raise ValueError("quantity must be at least 1")
        price, held = self._lines.get(sku, (unit_price, 0))
        new_quantity = held + quantity
        if new_quantity > self.max_quantity:
            raise ValueError(f"at most {self.max_quantity} units of {sku}")
        self._lines[sku] = (price, new_quantity)

    def remove(self, sku, quantity=1):
        if sku not in self._lines:
            raise KeyError(sku)
        price, held = self._lines[sku]
        if quantity > held:
            raise ValueError(f"only {held} units of {sku} in the cart")
        if quantity == held:
            del self._lines[sku]
        else:
            self._lines[sku] = (price, held - quantity)

    def quantity(self, sku):
        if sku not in self._lines:
            return 0
        return self._lines[sku][1]

    def total(self):
        return sum(price for price, quantity in self._lines.values())

    def __len__(self):
        return len(self._lines)
