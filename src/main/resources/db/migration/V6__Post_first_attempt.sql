-- When delivery of a post was first tried: the earliest moment Discord could have accepted it. It bounds how long a
-- post is retried, and tells whether Discord still remembers the post's nonce or the channel must be searched first.
ALTER TABLE posts ADD COLUMN first_attempt_at TEXT;
