"""The documents (PDF, Excel) and the bureau's bundles. Never imports Qt."""
