package org.strikedesk;

/** Who is at the console: the name given with {@code --as}, or else the machine's user name. */
final class ConsoleUser {
    private ConsoleUser() {}

    static String name(String as) {
        if (as != null && !as.isBlank()) {
            return as.strip();
        }
        String user = System.getProperty("user.name", "");
        return user.isBlank() ? "console" : user;
    }
}
