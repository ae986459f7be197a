def parse_request(raw: str) -> dict:
    head, _, body = raw.partition("\r\n\r\n")
    lines = head.split("\r\n")
    # TODO: the request line, then the headers
    raise NotImplementedError
