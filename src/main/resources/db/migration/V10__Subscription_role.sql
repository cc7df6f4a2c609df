-- The role a subscription's posts mention, chosen with /subscribe role:; none by default. The only mention StrikeDesk
-- ever makes, and only of that role.
ALTER TABLE subscriptions ADD COLUMN mention_role TEXT;
