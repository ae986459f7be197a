# Mistake: checks malformed values only with letters and the empty string, never with a space or
# a sign, so an implementation that parses with int() (which accepts " 3" and "+3") passes.
def expect_value_error(function, query):
    try:
        function(query)
    except ValueError:
        return
    raise AssertionError(f"expected ValueError for {query!r}")


def test_parse_page_params(parse_page_params):
    assert parse_page_params({}) == (1, 20)
    assert parse_page_params({"page": "4"}) == (4, 20)
    assert parse_page_params({"per_page": "5"}) == (1, 5)
    assert parse_page_params({"page": "2", "per_page": "50"}) == (2, 50)
    assert parse_page_params({"per_page": "100"}) == (1, 100)
    assert parse_page_params({"per_page": "101"}) == (1, 100)
    assert parse_page_params({"page": "1", "per_page": "1"}) == (1, 1)
    for bad in ("0", "abc", ""):
        expect_value_error(parse_page_params, {"page": bad})
        expect_value_error(parse_page_params, {"per_page": bad})
