package org.strikedesk.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.support.AppOnShippedData;

class StrikeLabelsTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static Map<String, String> labels;

    @BeforeAll
    static void open() {
        labels = StrikeLabels.of(shipped.app().reference().calendar().all());
    }

    @DisplayName("Strikes are labelled by month and a short staff group")
    @Test
    void shortNames() {
        assertThat(labels)
                .containsEntry("2022-12-rcn", "Dec 2022 nurses")
                .containsEntry("2023-04-junior-doctors", "Apr 2023 JD")
                .containsEntry("2023-09-joint", "Sep 2023 consultants + JD")
                .containsEntry("2024-01-junior-doctors", "Jan 2024 JD + dental trainees")
                .containsEntry("2025-07-resident-doctors", "Jul 2025 RD")
                .containsEntry("2023-01-26-physio", "Jan 2023 physios");
    }

    @DisplayName("Strikes that would read the same get their first day, so no two labels are alike")
    @Test
    void unique() {
        assertThat(labels)
                .containsEntry("2023-01-11-ambulance", "11 Jan 2023 ambulance")
                .containsEntry("2023-01-23-ambulance", "23 Jan 2023 ambulance")
                .containsEntry("2023-01-24-ambulance", "24 Jan 2023 ambulance");
        assertThat(labels.values()).doesNotHaveDuplicates();
    }
}
