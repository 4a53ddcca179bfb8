package uk.apassure.calendar;

import java.time.DayOfWeek;

/** One session of a weekly timetable, e.g. Tuesday afternoon. */
public record SessionSlot(DayOfWeek day, Session session) {}
