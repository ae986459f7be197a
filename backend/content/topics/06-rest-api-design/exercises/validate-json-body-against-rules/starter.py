def validate_body(body, rules):
    """Return {field: error_code} for every invalid field of body, or {} when it is valid."""
    errors = {}
    return errors
