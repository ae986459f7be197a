# Mistake: numbers only the lines that hold settings, so the error names the wrong line.
def parse_config(text: str) -> dict[str, str]:
    settings = {}
    lines = [l.strip() for l in text.splitlines()]
    lines = [l for l in lines if l and not l.startswith("#")]
    for number, line in enumerate(lines, start=1):
        key, sep, value = line.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ValueError(f"line {number}: expected key=value")
        value = value.strip()
        if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
            value = value[1:-1]
        elif " #" in value:
            value = value[: value.find(" #")].strip()
        settings[key] = value
    return settings
