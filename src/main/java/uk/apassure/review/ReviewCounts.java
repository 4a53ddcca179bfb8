package uk.apassure.review;

/** Governors' view: how many active placements owe a review, and how many are flagged, never who. */
public record ReviewCounts(long due, long overdue, long considerEnding) {}
