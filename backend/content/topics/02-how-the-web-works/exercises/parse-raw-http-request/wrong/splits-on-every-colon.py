# Mistake: splits header lines on every colon, so "Host: localhost:8000" loses its port.
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
        pieces = line.split(":")
        if len(pieces) < 2 or not pieces[0] or " " in pieces[0]:
            raise ValueError("malformed header line")
        name, value = pieces[0].lower(), pieces[1].strip()
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return {"method": method, "path": path, "query": query, "version": version,
            "headers": headers, "body": body}
