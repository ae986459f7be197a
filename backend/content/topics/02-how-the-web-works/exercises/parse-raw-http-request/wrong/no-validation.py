# Mistake: trusts the input: a request without the blank line or with a broken request line is accepted.
def parse_request(raw: str) -> dict:
    head, _, body = raw.partition("\r\n\r\n")
    request_line, *header_lines = head.split("\r\n")
    method, target, version = (request_line.split(" ") + ["", "", ""])[:3]
    path, _, query = target.partition("?")
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        name, value = name.lower(), value.strip()
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return {"method": method, "path": path, "query": query, "version": version,
            "headers": headers, "body": body}
