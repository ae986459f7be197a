# Mistake: skips routes with another method entirely, so a known path with the wrong method gives NotFound.
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
                params[expected[5:-1]] = int(actual)
            elif expected.startswith("<"):
                if not actual:
                    return None
                params[expected[1:-1]] = actual
            elif expected != actual:
                return None
        return params

    def match(self, method, path):
        for route_method, pattern, handler in self.routes:
            if route_method != method:
                continue
            params = self._params(pattern, path)
            if params is not None:
                return {"handler": handler, "params": params}
        raise NotFound(path)
