"""The peer benchmark (`make bench-peers`): this project, doccano and Label Studio on the same work."""
