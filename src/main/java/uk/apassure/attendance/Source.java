package uk.apassure.attendance;

/** How a mark was recorded: a tap on the attendance screen or a provider's imported return. */
public enum Source {
    TAP,
    IMPORT
}
