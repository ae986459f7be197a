def test_parse_page_params(parse_page_params) -> None:
    """Pass for a correct implementation; raise for a buggy one."""
    raise NotImplementedError
