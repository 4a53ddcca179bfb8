package uk.apassure.base.ui;

/**
 * An alert shown at once in every open page of the people it is for ({@link InAppAlerts}): a
 * title, one plain-text line (never HTML) and the address of the record it is about.
 */
public record InAppAlert(String title, String text, String path) {}
