"""Demo data: projects, items and users that `labeler demo` seeds into its server."""
