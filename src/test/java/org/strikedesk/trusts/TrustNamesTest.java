package org.strikedesk.trusts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrustNamesTest {

    @DisplayName("Register names become their official title-case form")
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "GUY'S AND ST THOMAS' NHS FOUNDATION TRUST | Guy's and St Thomas' NHS Foundation Trust",
                "THE SHREWSBURY AND TELFORD HOSPITAL NHS TRUST | The Shrewsbury and Telford Hospital NHS Trust",
                "EAST AND NORTH HERTFORDSHIRE NHS TRUST | East and North Hertfordshire NHS Trust",
                "THE QUEEN ELIZABETH HOSPITAL, KING'S LYNN, NHS FOUNDATION TRUST"
                        + " | The Queen Elizabeth Hospital, King's Lynn, NHS Foundation Trust",
                "THE NEWCASTLE UPON TYNE HOSPITALS NHS FOUNDATION TRUST | The Newcastle upon Tyne Hospitals NHS Foundation Trust",
                "GREAT ORMOND STREET HOSPITAL FOR CHILDREN NHS FOUNDATION TRUST"
                        + " | Great Ormond Street Hospital for Children NHS Foundation Trust",
                "LANCASHIRE & SOUTH CUMBRIA NHS FOUNDATION TRUST | Lancashire & South Cumbria NHS Foundation Trust",
                "TEES, ESK AND WEAR VALLEYS NHS FOUNDATION TRUST | Tees, Esk and Wear Valleys NHS Foundation Trust",
                "KENT AND MEDWAY NHS AND SOCIAL CARE PARTNERSHIP TRUST | Kent and Medway NHS and Social Care Partnership Trust",
                "ISLE OF WIGHT NHS TRUST | Isle of Wight NHS Trust"
            })
    void titleCase(String register, String official) {
        assertThat(TrustNames.titleCase(register)).isEqualTo(official);
    }
}
