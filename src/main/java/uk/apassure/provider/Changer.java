package uk.apassure.provider;

/** Who made a change, as the history keeps it (the name as it was then). */
record Changer(long userId, String name) {}
