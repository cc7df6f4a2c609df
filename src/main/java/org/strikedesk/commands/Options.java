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

    private Options() {}
}
