# Checks int segments with str.isdigit(), which is also true for "٤٢" (int() reads it as 42)
# and for "²" (int() then raises ValueError), though only the digits 0-9 are allowed.
class NotFound(Exception):
    pass


class MethodNotAllowed(Exception):
    def __init__(self, allowed):
        super().__init__(f"allowed: {', '.join(allowed)}")
        self.allowed = allowed


def _match_pattern(pattern, path):
    """Return the captured parameters, or None when the path does not match."""
    pattern_parts = pattern.split("/")
    path_parts = path.split("/")
    if len(pattern_parts) != len(path_parts):
        return None
    params = {}
    for expected, actual in zip(pattern_parts, path_parts):
        if expected.startswith("<") and expected.endswith(">"):
            spec = expected[1:-1]
            if spec.startswith("int:"):
                if not actual.isdigit():
                    return None
                params[spec[4:]] = int(actual)
            else:
                if not actual:
                    return None
                params[spec] = actual
        elif expected != actual:
            return None
    return params


class Router:
    def __init__(self):
        self.routes = []

    def add(self, method, pattern, handler):
        self.routes.append((method, pattern, handler))

    def match(self, method, path):
        allowed = set()
        for route_method, pattern, handler in self.routes:
            params = _match_pattern(pattern, path)
            if params is None:
                continue
            if route_method == method:
                return {"handler": handler, "params": params}
            allowed.add(route_method)
        if allowed:
            raise MethodNotAllowed(sorted(allowed))
        raise NotFound(path)
