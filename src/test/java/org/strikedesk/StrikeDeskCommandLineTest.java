package org.strikedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line as a person uses it: ask, shell, ingest and imports, with --db and --config. */
class StrikeDeskCommandLineTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private InputStream originalIn;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        originalIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        System.setIn(originalIn);
    }

    /** Runs the command line; ask and shell save the files a reply attaches in the test's folder, never the repo's. */
    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.isEmpty() && (all.get(0).equals("ask") || all.get(0).equals("shell"))) {
            all.addAll(1, List.of("--out", folder.resolve("files").toString()));
        }
        String[] arguments = all.toArray(String[]::new);
        return StrikeDesk.commandLineFor(arguments).execute(arguments);
    }

    private String db() {
        return folder.resolve("cli.db").toString();
    }

    @DisplayName("ask prints the answer and exits 0; a fresh --db is created and loaded on first use")
    @Test
    void ask() {
        int code = run("ask", "--db", db(), "/cancellations trust:ENHT");

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("East and North Hertfordshire NHS Trust: junior doctors' strike, 11\u201314 April 2023")
                .contains("2,247 rescheduled");
        assertThat(Files.exists(folder.resolve("cli.db"))).isTrue();
    }

    @DisplayName("Without --db the store is where data.store in the config says; --db wins over it")
    @Test
    void storeFromConfig() throws Exception {
        Path configured = folder.resolve("elsewhere").resolve("configured.db");
        Path config = folder.resolve("strikedesk.json");
        Files.writeString(
                config,
                "{\"data\": {\"directory\": \"" + Path.of("data").toAbsolutePath() + "\", \"store\": \"" + configured
                        + "\"}}");

        assertThat(run("ask", "--config", config.toString(), "/strikes")).isZero();
        assertThat(configured).exists();
        assertThat(run("ask", "--config", config.toString(), "--db", db(), "/strikes"))
                .isZero();
        assertThat(folder.resolve("cli.db")).exists();
    }

    @DisplayName("backup writes a copy of the store; restore refuses a file that is not a store and puts a backup back")
    @Test
    void backupAndRestore() throws Exception {
        assertThat(run("ask", "--db", db(), "/strikes")).isZero();
        Path backup = folder.resolve("backups/first.db");

        assertThat(run("backup", "--db", db(), backup.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Backed up " + db() + " to " + backup + ": ")
                .containsPattern("[\\d,]+ figures, [\\d,]+ imports, the last at 20");
        assertThat(run("backup", "--db", db(), backup.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(backup + " already exists; name a new file for the backup");

        Path notAStore = Files.writeString(folder.resolve("figures.csv"), "strike,org_code\n");
        assertThat(run("restore", "--db", db(), notAStore.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(notAStore + " is not an SQLite database, so not a StrikeDesk store;"
                        + " the store was left as it was.");

        assertThat(run("restore", "--db", db(), backup.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Restored " + backup + " into " + db() + ": ")
                .contains("The store it replaced is kept as " + db() + ".before-restore.");
        assertThat(run("ask", "--db", db(), "/cancellations trust:ENHT")).isZero();
    }

    @DisplayName("ask exits 1 on a reply that explains an error, and 2 on a line that is not a command")
    @Test
    void askErrors() {
        assertThat(run("ask", "--db", db(), "/cancellations trust:qqqzzz")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("No trust matches \"qqqzzz\"");
        assertThat(run("ask", "--db", db(), "/nope")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("There is no /nope command");
    }

    @DisplayName("A question asked back is printed as a question, not an error, and ask exits 1: nothing was answered")
    @Test
    void askedBack() {
        assertThat(run("ask", "--db", db(), "/cancellations trust:QEH")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("Which trust?\n\"QEH\" could mean:\n")
                .contains("Lewisham and Greenwich NHS Trust (RJ2)")
                .doesNotContain("Error");
    }

    @DisplayName("shell answers each line, /help works, and end of input leaves")
    @Test
    void shell() {
        System.setIn(new ByteArrayInputStream("/help\n/quote trust:ENHT\n".getBytes(StandardCharsets.UTF_8)));

        int code = run("shell", "--db", db());

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("strikedesk> ")
                .contains("/cancellations trust: [strike:]")
                .contains("During the junior doctors' strike of 11\u201314 April 2023, 2,247 appointments");
    }

    @DisplayName("ask takes a question in plain English: the line it was read as, then the answer")
    @Test
    void askAQuestion() {
        int code = run("ask", "--db", db(), "how many appointments were cancelled at Lister in April 2023?");

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("Read as: /cancellations trust:RWH strike:2023-04-junior-doctors\n"
                        + "East and North Hertfordshire NHS Trust: junior doctors' strike, 11\u201314 April 2023\n");
    }

    @DisplayName("shell takes questions and commands alike, line by line")
    @Test
    void shellQuestions() {
        System.setIn(new ByteArrayInputStream(
                "give me a quote for the Lister\n/strikes group:nurses\nstaff absent at kings\n"
                        .getBytes(StandardCharsets.UTF_8)));

        int code = run("shell", "--db", db());

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Read as: /quote trust:RWH\nDuring the junior doctors' strike of 11\u201314 April 2023")
                .contains("15 and 20 December 2022")
                .contains("Which trust?\n\u201ckings\u201d could mean:");
    }

    @DisplayName("ingest prints what changed, and exits non-zero when a file is rejected; imports lists them")
    @Test
    void ingestAndImports() throws Exception {
        Path good = folder.resolve("synthetic-good.csv");
        Files.writeString(
                good,
                "strike,org_code,metric,value,source\n"
                        + "2023-06-junior-doctors,RGT,acute_rescheduled,12,https://example.org/synthetic\n");
        Path bad = folder.resolve("synthetic-bad.csv");
        Files.writeString(
                bad,
                "strike,org_code,metric,value,source\n"
                        + "2023-06-junior-doctors,RGT,acute_rescheduled,twelve,https://example.org/synthetic\n");

        assertThat(run("ingest", "--db", db(), good.toString())).isZero();
        assertThat(run("ingest", "--db", db(), bad.toString())).isEqualTo(1);
        assertThat(run("imports", "--db", db())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("synthetic-good.csv: 1 added, 0 revised, 0 unchanged")
                .contains("synthetic-bad.csv: rejected, nothing imported (1 error)")
                .contains("synthetic-bad.csv, row 2, column value (D): \"twelve\" is not a whole number")
                .contains("rejected");
    }

    @DisplayName("review lists what the gate held; review approve ID, with --as, publishes it and says who did")
    @Test
    void review() throws Exception {
        Path held = folder.resolve("synthetic-held.csv");
        Files.writeString(
                held,
                "strike,org_code,metric,value,source\n"
                        + "2023-04-junior-doctors,RWH,inpatient_rescheduled,400,https://example.org/synthetic\n");
        assertThat(run("ingest", "--db", db(), held.toString())).isZero();
        Matcher number = Pattern.compile("held for review, nothing published yet \\(import #(\\d+)\\)")
                .matcher(out.toString(StandardCharsets.UTF_8));
        assertThat(number.find()).isTrue();
        String id = number.group(1);

        assertThat(run("review", "--db", db())).isZero();
        assertThat(run("review", "--db", db(), "approve", "twelve")).isEqualTo(2);
        assertThat(run("review", "--db", db(), "--as", "Night editor", "approve", id))
                .isZero();
        assertThat(run("review", "--db", db(), "reject", id)).isZero();
        assertThat(run("imports", "--db", db())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("One import held for review")
                .contains("#" + id + " synthetic-held.csv")
                .contains("Approved: import #" + id)
                .contains("Night editor approved synthetic-held.csv: one figure is now published")
                .contains("Already decided: import #" + id)
                .contains("was approved by Night editor (console)")
                .contains(" approved ");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("review approve 12");
    }

    @DisplayName("ask --as NAME is recorded as who asked; /usage shows it; corrections lists none yet")
    @Test
    void askAs() {
        assertThat(run("ask", "--db", db(), "--as", "Night editor", "/cancellations trust:ENHT"))
                .isZero();
        assertThat(run("ask", "--db", db(), "/usage trust:ENHT")).isZero();
        assertThat(run("corrections", "--db", db())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Night editor at the console, /cancellations trust:ENHT: inpatient and day case 170")
                .contains("No corrections");
    }

    @DisplayName("export writes /export's file to --out or to standard output, and exits 1 when there is nothing")
    @Test
    void export() throws Exception {
        Path file = folder.resolve("exports/enht.csv");

        assertThat(run("export", "--db", db(), "--trust", "ENHT", "--out", file.toString()))
                .isZero();
        assertThat(run("export", "--db", db(), "--format", "table", "--strike", "2022-12-rcn"))
                .isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(run("export", "--db", db(), "--trust", "ENHT", "--strike", "2022-12-rcn"))
                .isEqualTo(1);

        assertThat(Files.readAllLines(file))
                .hasSize(5)
                .first()
                .isEqualTo("strike,org_code,date,metric,value,source,published");
        assertThat(printed)
                .startsWith("Code,Trust,Region,Inpatient and day case,Outpatient,Total,Staff absent (peak day),"
                        + "Share of England (%),Notes\nRX1,Nottingham University Hospitals NHS Trust,Midlands,350,"
                        + "2413,2763,,9.3,\n")
                .hasLineCount(15);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Written to " + file.toAbsolutePath() + "\n")
                .contains("Figures: East and North Hertfordshire NHS Trust, every strike\n")
                .contains("Table: trusts in England, nurses' strike, 15 and 20 December 2022\n")
                .contains("No figures have been published for East and North Hertfordshire NHS Trust in the nurses'"
                        + " strike of 15 and 20 December 2022.");
    }

    @DisplayName("Every subcommand takes --help, prints its usage and exits 0 without opening a store")
    @ParameterizedTest(name = "{0} --help")
    @MethodSource("subcommands")
    void helpForEverySubcommand(String subcommand) {
        int code = run(subcommand, "--help");

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Usage: strikedesk " + subcommand)
                .contains("-h, --help");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @DisplayName("The table of --help cases covers every subcommand the command line has")
    @Test
    void helpCasesCoverEverySubcommand() {
        assertThat(StrikeDesk.commandLine().getSubcommands().keySet())
                .containsExactlyInAnyOrderElementsOf(subcommands());
    }

    @DisplayName("A subcommand named first gets a command line of that subcommand alone, in any case; help and"
            + " anything else get every subcommand")
    @Test
    void commandLineForItsArguments() {
        assertThat(StrikeDesk.commandLineFor("ask", "/national")
                        .getSubcommands()
                        .keySet())
                .containsExactly("ask");
        assertThat(StrikeDesk.commandLineFor("INGEST", "file.csv")
                        .getSubcommands()
                        .keySet())
                .containsExactly("ingest");
        assertThat(StrikeDesk.commandLineFor("help", "ask").getSubcommands().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        StrikeDesk.commandLine().getSubcommands().keySet());
        assertThat(StrikeDesk.commandLineFor("--help").getSubcommands())
                .hasSize(subcommands().size());
        assertThat(StrikeDesk.commandLineFor("nonsense").getSubcommands())
                .hasSize(subcommands().size());
        assertThat(StrikeDesk.commandLineFor().getSubcommands())
                .hasSize(subcommands().size());
    }

    /** Every subcommand, written out here so that one added to the command line without a --help case fails above. */
    static List<String> subcommands() {
        return List.of(
                "run",
                "ask",
                "shell",
                "ingest",
                "imports",
                "export",
                "backup",
                "restore",
                "review",
                "corrections",
                "help");
    }

    @DisplayName("Subcommand and slash-command names may be typed in any case")
    @Test
    void namesInAnyCase() {
        int code = run("ASK", "--db", db(), "/Cancellations trust:ENHT");

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2,247 rescheduled");
    }

    @DisplayName("Option problems at the console are one sentence naming the option, with exit code 2 or 1")
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/cancellations trust:ENHT trust:RWH | 2 | trust: is given twice; give each option once.",
                "/cancellations trust:ENHT bogus:1 | 2 | /cancellations has no option bogus: (its options are trust:"
                        + " and strike:).",
                "/ingest | 2 | At the console, import a file with bin/strikedesk ingest FILE (/ingest takes a file"
                        + " uploaded in Discord).",
                "/compare trust:ENHT | 1 | /compare is missing other: (the trust to compare it with; or England)."
            })
    void optionProblems(String line, int expectedCode, String message) {
        int code = run("ask", "--db", db(), line);

        assertThat(code).isEqualTo(expectedCode);
        assertThat(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8))
                .contains(message);
    }

    @DisplayName("A config file with a bad value stops the command with one sentence naming the key")
    @Test
    void badConfig() throws Exception {
        Path config = folder.resolve("bad.json");
        Files.writeString(config, "{\"style\": {\"quoteVerb\": \"axed\"}}");

        int code = run("ask", "--db", db(), "--config", config.toString(), "/help");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("style.quoteVerb")
                .doesNotContain("Exception");
    }
}
