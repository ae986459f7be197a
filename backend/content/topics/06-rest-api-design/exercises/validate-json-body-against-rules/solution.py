TYPE_CHECKS = {
    "string": lambda value: isinstance(value, str),
    "integer": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "number": lambda value: isinstance(value, (int, float)) and not isinstance(value, bool),
    "boolean": lambda value: isinstance(value, bool),
}


def check_field(value, rule):
    """Return the first error code for a present value, or None when it is valid."""
    if not TYPE_CHECKS[rule["type"]](value):
        return "type"
    if "min_length" in rule and len(value) < rule["min_length"]:
        return "min_length"
    if "max_length" in rule and len(value) > rule["max_length"]:
        return "max_length"
    if "min" in rule and value < rule["min"]:
        return "min"
    if "max" in rule and value > rule["max"]:
        return "max"
    if "choices" in rule and value not in rule["choices"]:
        return "choices"
    return None


def validate_body(body, rules):
    """Return {field: error_code} for every invalid field of body, or {} when it is valid."""
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
