# Removes quote characters with value.strip('"'), so a value that only starts or only ends
# with a quote loses it, and an inline comment after an opening quote is not removed.
def parse_config(text: str) -> dict[str, str]:
    settings: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ValueError(f"line {number}: expected key=value")
        value = value.strip()
        if value.startswith('"') or value.endswith('"'):
            value = value.strip('"')
        else:
            comment = value.find(" #")
            if comment != -1:
                value = value[:comment].strip()
        settings[key] = value
    return settings
