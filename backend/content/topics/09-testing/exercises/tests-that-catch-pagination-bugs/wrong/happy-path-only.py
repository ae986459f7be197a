# Mistake: only tests the ordinary case and the defaults, so limits and errors go unchecked.
def test_parse_page_params(parse_page_params):
    assert parse_page_params({}) == (1, 20)
    assert parse_page_params({"page": "2", "per_page": "50"}) == (2, 50)
