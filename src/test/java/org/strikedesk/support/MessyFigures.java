package org.strikedesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.strikedesk.Application;
import org.strikedesk.ingest.ImportReport;

/**
 * Synthetic figures, made up for tests and labelled so by their source, shaped as real data is when it is messy:
 * <ul>
 *   <li>Leeds (RR8, North East and Yorkshire), junior doctors' strike of 13–17 July 2023: inpatient figures for
 *       13–16 July only (60, 55, 50, 45: 210), outpatient for all five days (300, 280, 260, 240, 220: 1,300), staff
 *       absent for every day but 16 July (150, 160, 8, 140);
 *   <li>Bradford (RAE) in the same strike: 5 inpatient and 4 outpatient; the North East and Yorkshire region
 *       (Y63): 2,000 and 9,000;
 *   <li>Leeds, August 2023: an outpatient figure only (120), so no acute total;
 *   <li>one-day strikes: York and Scarborough (RCB) rescheduled 0 and 0 in the ambulance strike of 21 December 2022,
 *       Leeds 3 (acute only); Leeds 0 inpatient and 5 outpatient on 26 January 2023, and 1 (acute only) on
 *       9 February 2023;
 *   <li>Barts Health (R1H, London), January 2024: figures for 3 and 8 January only (inpatient 40 and 35,
 *       outpatient 400 and 380: 855), and staff absent between 0 and 7 a day;
 *   <li>England in the radiographers' strike of 25–26 July 2023, which has no published England count: 700 on
 *       25 July only.
 * </ul>
 */
public final class MessyFigures {
    /** The source every row names: an address that says the figures are made up. */
    public static final String SOURCE = "https://example.org/synthetic/messy";

    private static final String[] ROWS = {
        "2023-07-junior-doctors,RR8,2023-07-13,inpatient_rescheduled,60",
        "2023-07-junior-doctors,RR8,2023-07-14,inpatient_rescheduled,55",
        "2023-07-junior-doctors,RR8,2023-07-15,inpatient_rescheduled,50",
        "2023-07-junior-doctors,RR8,2023-07-16,inpatient_rescheduled,45",
        "2023-07-junior-doctors,RR8,2023-07-13,outpatient_rescheduled,300",
        "2023-07-junior-doctors,RR8,2023-07-14,outpatient_rescheduled,280",
        "2023-07-junior-doctors,RR8,2023-07-15,outpatient_rescheduled,260",
        "2023-07-junior-doctors,RR8,2023-07-16,outpatient_rescheduled,240",
        "2023-07-junior-doctors,RR8,2023-07-17,outpatient_rescheduled,220",
        "2023-07-junior-doctors,RR8,2023-07-13,staff_absent,150",
        "2023-07-junior-doctors,RR8,2023-07-14,staff_absent,160",
        "2023-07-junior-doctors,RR8,2023-07-15,staff_absent,8",
        "2023-07-junior-doctors,RR8,2023-07-17,staff_absent,140",
        "2023-07-junior-doctors,RAE,,inpatient_rescheduled,5",
        "2023-07-junior-doctors,RAE,,outpatient_rescheduled,4",
        "2023-07-junior-doctors,Y63,,inpatient_rescheduled,2000",
        "2023-07-junior-doctors,Y63,,outpatient_rescheduled,9000",
        "2023-08-junior-doctors,RR8,,outpatient_rescheduled,120",
        "2022-12-21-ambulance,RCB,,inpatient_rescheduled,0",
        "2022-12-21-ambulance,RCB,,outpatient_rescheduled,0",
        "2022-12-21-ambulance,RR8,,acute_rescheduled,3",
        "2023-01-26-physio,RR8,,inpatient_rescheduled,0",
        "2023-01-26-physio,RR8,,outpatient_rescheduled,5",
        "2023-02-09-physio,RR8,,acute_rescheduled,1",
        "2024-01-junior-doctors,R1H,2024-01-03,inpatient_rescheduled,40",
        "2024-01-junior-doctors,R1H,2024-01-08,inpatient_rescheduled,35",
        "2024-01-junior-doctors,R1H,2024-01-03,outpatient_rescheduled,400",
        "2024-01-junior-doctors,R1H,2024-01-08,outpatient_rescheduled,380",
        "2024-01-junior-doctors,R1H,,staff_absent_max,7",
        "2024-01-junior-doctors,R1H,,staff_absent_min,0",
        "2023-07-radiographers,ENG,2023-07-25,acute_rescheduled,700"
    };

    private MessyFigures() {}

    /** Imports the figures into the store, through the importer, and returns its report. */
    public static ImportReport importInto(Application app, Path folder) {
        TidyCsv csv = TidyCsv.citing(SOURCE);
        for (String row : ROWS) {
            csv.row(row);
        }
        try {
            return csv.importInto(app, folder.resolve("synthetic-messy.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
