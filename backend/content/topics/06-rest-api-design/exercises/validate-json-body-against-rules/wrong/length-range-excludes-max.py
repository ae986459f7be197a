# Mistake: the length bounds are checked with range(), whose end is exclusive, so a string of exactly max_length is refused.
TYPE_CHECKS = {
    "string": lambda value: isinstance(value, str),
    "integer": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "number": lambda value: isinstance(value, (int, float)) and not isinstance(value, bool),
    "boolean": lambda value: isinstance(value, bool),
}


def check_field(value, rule):
    if not TYPE_CHECKS[rule["type"]](value):
        return "type"
    if isinstance(value, str) and len(value) not in range(rule.get("min_length", 0), rule.get("max_length", 10**9)):
        return "min_length" if len(value) < rule.get("min_length", 0) else "max_length"
    if "min" in rule and value < rule["min"]:
        return "min"
    if "max" in rule and value > rule["max"]:
        return "max"
    if "choices" in rule and value not in rule["choices"]:
        return "choices"
    return None


def validate_body(body, rules):
    if not isinstance(body, dict):
        return {"_body": "object_expected"}
    errors = {}
    for field, rule in rules.items():
        value = body.get(field)
        if value is None:
            if rule.get("required", False):
                errors[field] = "required"
            continue
        error = check_field(value, rule)
        if error:
            errors[field] = error
    for field in body:
        if field not in rules:
            errors[field] = "unknown_field"
    return errors
