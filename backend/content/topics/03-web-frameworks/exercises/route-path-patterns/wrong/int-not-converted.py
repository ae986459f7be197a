# Mistake: checks that <int:...> segments are digits but returns them as strings.
class NotFound(Exception):
    pass


class MethodNotAllowed(Exception):
    def __init__(self, allowed):
        super().__init__(", ".join(allowed))
        self.allowed = allowed


class Router:
    def __init__(self):
        self.routes = []

    def add(self, method, pattern, handler):
        self.routes.append((method, pattern, handler))

    def _params(self, pattern, path):
        a, b = pattern.split("/"), path.split("/")
        if len(a) != len(b):
            return None
        params = {}
        for expected, actual in zip(a, b):
            if expected.startswith("<int:"):
                if not actual.isdigit():
                    return None
                params[expected[5:-1]] = actual
            elif expected.startswith("<"):
                if not actual:
                    return None
                params[expected[1:-1]] = actual
            elif expected != actual:
                return None
        return params

    def match(self, method, path):
        allowed = set()
        for route_method, pattern, handler in self.routes:
            params = self._params(pattern, path)
            if params is None:
                continue
            if route_method == method:
                return {"handler": handler, "params": params}
            allowed.add(route_method)
        if allowed:
            raise MethodNotAllowed(sorted(allowed))
        raise NotFound(path)
