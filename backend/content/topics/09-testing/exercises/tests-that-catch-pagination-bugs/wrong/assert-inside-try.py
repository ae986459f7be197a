# Mistake: the failing assert sits inside try/except Exception, which swallows the AssertionError.
def test_parse_page_params(parse_page_params):
    assert parse_page_params({}) == (1, 20)
    assert parse_page_params({"page": "2", "per_page": "50"}) == (2, 50)
    assert parse_page_params({"per_page": "100"}) == (1, 100)
    assert parse_page_params({"per_page": "101"}) == (1, 100)
    for query in ({"page": "0"}, {"page": "abc"}, {"per_page": "0"}):
        try:
            parse_page_params(query)
            assert False, f"expected ValueError for {query}"
        except Exception:
            pass
