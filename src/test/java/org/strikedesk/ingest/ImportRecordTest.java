package org.strikedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ImportRecordTest {
    @DisplayName("A history line's errors: a first error needs a count; a count may come without the first")
    @Test
    void errors() {
        assertThatThrownBy(() -> new ImportRecord.Errors(0, Optional.of("synthetic.csv, row 2: bad")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImportRecord.Errors(-1, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ImportRecord.Errors(3, Optional.empty()).count()).isEqualTo(3);
        assertThat(ImportRecord.Errors.NONE.first()).isEmpty();
    }
}
