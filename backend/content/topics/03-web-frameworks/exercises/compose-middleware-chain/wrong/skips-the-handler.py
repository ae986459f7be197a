# Mistake: calls each middleware with the handler as call_next, so the middlewares do not wrap each other.
def build_chain(handler, middlewares):
    def app(request):
        response = None
        for middleware in middlewares:
            response = middleware(request, handler)
        return response if middlewares else handler(request)
    return app
