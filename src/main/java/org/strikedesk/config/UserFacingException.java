package org.strikedesk.config;

/** A problem the person running StrikeDesk can fix, said in one sentence. */
public final class UserFacingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserFacingException(String message) {
        super(message);
    }
}
