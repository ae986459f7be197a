"""One grader module per exercise kind; each exposes `grade_<kind>(answer, spec, ...)`."""
