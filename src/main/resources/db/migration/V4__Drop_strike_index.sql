-- The index on figures by strike cost more than half of the time of an England-scale import (every row went into
-- two B-trees). Figures are read by organisation and strike (the primary key); a whole strike is read through the
-- organisations known to have figures in it, each a primary-key lookup.
DROP INDEX figures_by_strike;
