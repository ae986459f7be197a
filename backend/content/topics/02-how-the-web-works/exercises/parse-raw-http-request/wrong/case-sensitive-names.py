# Mistake: keeps header names as sent, but HTTP header names are case-insensitive.
def parse_request(raw: str) -> dict:
    head, blank, body = raw.partition("\r\n\r\n")
    if not blank:
        raise ValueError("incomplete request")
    request_line, *header_lines = head.split("\r\n")
    parts = request_line.split(" ")
    if len(parts) != 3 or not parts[0].isalpha() or not parts[0].isupper() or not parts[2].startswith("HTTP/"):
        raise ValueError("malformed request line")
    method, target, version = parts
    path, _, query = target.partition("?")
    headers = {}
    for line in header_lines:
        name, colon, value = line.partition(":")
        if not colon or not name or " " in name:
            raise ValueError("malformed header line")
        value = value.strip()
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return {"method": method, "path": path, "query": query, "version": version,
            "headers": headers, "body": body}
