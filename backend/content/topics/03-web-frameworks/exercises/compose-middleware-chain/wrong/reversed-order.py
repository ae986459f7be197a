# Mistake: wraps in list order, so the LAST middleware ends up outermost.
def _wrap(middleware, call_next):
    def layer(request):
        return middleware(request, call_next)
    return layer


def build_chain(handler, middlewares):
    app = handler
    for middleware in middlewares:
        app = _wrap(middleware, app)
    return app
