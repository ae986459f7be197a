def _wrap(middleware, call_next):
    def layer(request):
        return middleware(request, call_next)
    return layer


def build_chain(handler, middlewares):
    """Return a function app(request) -> response."""
    app = handler
    for middleware in reversed(middlewares):
        app = _wrap(middleware, app)
    return app
