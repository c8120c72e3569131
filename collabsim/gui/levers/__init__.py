"""The lever panels: every scenario field a user can set, grouped as the article groups them."""
