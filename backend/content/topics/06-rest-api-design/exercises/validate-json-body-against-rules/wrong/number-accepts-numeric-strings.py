# Mistake: a "number" is anything float() can parse, so the JSON string "0.5" (or "1e2") passes as a number.
def is_number(value):
    if isinstance(value, bool):
        return False
    try:
        float(value)
    except (TypeError, ValueError):
        return False
    return True


TYPE_CHECKS = {
    "string": lambda value: isinstance(value, str),
    "integer": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "number": is_number,
    "boolean": lambda value: isinstance(value, bool),
}


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
        if not TYPE_CHECKS[rule["type"]](value):
            errors[field] = "type"
            continue
        if rule["type"] == "number":
            value = float(value)
        if "min_length" in rule and len(value) < rule["min_length"]:
            errors[field] = "min_length"
        elif "max_length" in rule and len(value) > rule["max_length"]:
            errors[field] = "max_length"
        elif "min" in rule and value < rule["min"]:
            errors[field] = "min"
        elif "max" in rule and value > rule["max"]:
            errors[field] = "max"
        elif "choices" in rule and value not in rule["choices"]:
            errors[field] = "choices"
    for field in body:
        if field not in rules:
            errors[field] = "unknown_field"
    return errors
