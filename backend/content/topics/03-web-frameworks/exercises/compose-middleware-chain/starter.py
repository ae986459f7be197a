def build_chain(handler, middlewares):
    """Return a function app(request) -> response."""
    def app(request):
        return handler(request)   # TODO: run the middlewares around the handler
    return app
