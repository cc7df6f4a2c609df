package org.strikedesk.commands;

/** Option names shared by commands and by the tests that call them. */
public final class Options {
    public static final String TRUST = "trust";
    public static final String OTHER = "other";
    public static final String STRIKE = "strike";
    public static final String QUERY = "query";
    public static final String GROUP = "group";
    public static final String REGION = "region";
    public static final String LIMIT = "limit";
    public static final String METRIC = "metric";
    public static final String CHANNEL = "channel";
    public static final String FILE = "file";
    public static final String FORMAT = "format";

    /** The trust option most figures commands share. */
    public static final OptionSpec TRUST_OPTION =
            OptionSpec.required(TRUST, "Trust code, name, hospital or abbreviation; or England", Completion.TRUST);

    /** The strike option most figures commands share. */
    public static final OptionSpec STRIKE_OPTION =
            OptionSpec.optional(STRIKE, "A strike id, latest, all, or words such as april 2023", Completion.STRIKE);

    private Options() {}
}
