# Mistake: the lambda looks up `middleware` and `app` when called, not when created, so every layer calls itself.
def build_chain(handler, middlewares):
    app = handler
    for middleware in reversed(middlewares):
        app = lambda request: middleware(request, app)
    return app
