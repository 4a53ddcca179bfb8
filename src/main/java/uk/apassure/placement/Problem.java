package uk.apassure.placement;

/** One thing wrong with what the form sent, in words, and the field it belongs to. */
record Problem(PlacementField field, String message) {}
