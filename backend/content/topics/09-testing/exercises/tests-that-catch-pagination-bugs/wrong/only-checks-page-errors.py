# Mistake: checks that a bad page raises but never a bad per_page, so per_page=0 slips through.
def test_parse_page_params(parse_page_params):
    assert parse_page_params({}) == (1, 20)
    assert parse_page_params({"page": "2", "per_page": "50"}) == (2, 50)
    assert parse_page_params({"per_page": "100"}) == (1, 100)
    assert parse_page_params({"per_page": "500"}) == (1, 100)
    for bad in ("0", "abc", "-1"):
        try:
            parse_page_params({"page": bad})
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for page={bad!r}")
