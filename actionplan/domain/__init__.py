"""Pure domain rules: enums, compliance, RAG and dates. No storage, no Qt."""
