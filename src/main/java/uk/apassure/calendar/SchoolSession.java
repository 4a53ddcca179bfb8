package uk.apassure.calendar;

import java.time.LocalDate;

/** One session on one school day, e.g. the morning of Tue 3 Nov 2026. */
public record SchoolSession(LocalDate date, Session session) {}
