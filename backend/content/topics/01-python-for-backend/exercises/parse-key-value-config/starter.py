def parse_config(text: str) -> dict[str, str]:
    settings = {}
    for line in text.splitlines():
        pass  # TODO
    return settings
