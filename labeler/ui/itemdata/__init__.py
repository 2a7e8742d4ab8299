"""Views of what an item's `data` holds: a conversation, a comparison of candidates, a
record and a record pair."""
