# Mistake: removes the inline comment before looking at quotes, so "#" inside a quoted value is cut off.
def parse_config(text: str) -> dict[str, str]:
    settings = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        if not sep or not key.strip():
            raise ValueError(f"line {number}: expected key=value")
        if " #" in value:
            value = value[: value.find(" #")]
        value = value.strip()
        if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
            value = value[1:-1]
        settings[key.strip()] = value
    return settings
