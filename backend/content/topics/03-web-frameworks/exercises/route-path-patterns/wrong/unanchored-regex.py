# Mistake: the regular expression is not anchored at the end, so /users/1/posts matches /users/<int:id>.
import re


class NotFound(Exception):
    pass


class MethodNotAllowed(Exception):
    def __init__(self, allowed):
        super().__init__(", ".join(allowed))
        self.allowed = allowed


def _placeholder(m):
    kind, name = m.group(1), m.group(2)
    return f"(?P<{name}>[0-9]+)" if kind == "int:" else f"(?P<{name}>[^/]+)"


def _compile(pattern):
    regex = re.sub(r"<(int:)?(\w+)>", _placeholder, pattern)
    ints = re.findall(r"<int:(\w+)>", pattern)
    return re.compile(regex), ints


class Router:
    def __init__(self):
        self.routes = []

    def add(self, method, pattern, handler):
        self.routes.append((method, _compile(pattern), handler))

    def match(self, method, path):
        allowed = set()
        for route_method, (regex, ints), handler in self.routes:
            m = regex.match(path)
            if not m:
                continue
            if route_method == method:
                params = {k: int(v) if k in ints else v for k, v in m.groupdict().items()}
                return {"handler": handler, "params": params}
            allowed.add(route_method)
        if allowed:
            raise MethodNotAllowed(sorted(allowed))
        raise NotFound(path)
