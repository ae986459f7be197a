# Mistake: never checks that per_page 100 itself is allowed, so a limit written with
# range(1, 100), which refuses 100, goes unnoticed.
def expect_value_error(function, query):
    try:
        function(query)
    except ValueError:
        return
    raise AssertionError(f"expected ValueError for {query!r}")


def test_parse_page_params(parse_page_params) -> None:
    """Pass for a correct implementation; raise for a buggy one."""
    # defaults
    assert parse_page_params({}) == (1, 20)
    assert parse_page_params({"page": "4"}) == (4, 20)
    # ordinary values and the per_page limit, at and around the boundary
    assert parse_page_params({"page": "2", "per_page": "50"}) == (2, 50)
    assert parse_page_params({"per_page": "101"}) == (1, 100)
    assert parse_page_params({"per_page": "5000"}) == (1, 100)
    # lower bounds
    assert parse_page_params({"page": "1", "per_page": "1"}) == (1, 1)
    expect_value_error(parse_page_params, {"page": "0"})
    expect_value_error(parse_page_params, {"per_page": "0"})
    # malformed values
    for bad in ("abc", "", "-1", "2.5", " 3"):
        expect_value_error(parse_page_params, {"page": bad})
        expect_value_error(parse_page_params, {"per_page": bad})
