"""The workbench's pages: sign-in, projects, history, the feedback bar and the gold
banner. They show data objects and emit what the user asked for; no I/O here."""
