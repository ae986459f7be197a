# Mistake: splits on every "=", so a value that contains "=" (a URL with a query) breaks the line.
def parse_config(text: str) -> dict[str, str]:
    settings = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("=")
        if len(parts) != 2 or not parts[0].strip():
            raise ValueError(f"line {number}: expected key=value")
        key, value = parts[0].strip(), parts[1].strip()
        if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
            value = value[1:-1]
        elif " #" in value:
            value = value[: value.find(" #")].strip()
        settings[key] = value
    return settings
