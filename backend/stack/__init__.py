"""The real services that the test run and the benchmarks start for themselves (PostgreSQL
and Redis from the installed binaries), kept apart from both so neither imports the other."""
