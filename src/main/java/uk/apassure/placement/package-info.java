/**
 * Pupils and their placements at providers: the pupil (school-owned, minimal), the weekly
 * timetable per provider and site, the commissioning agreement, the status with who, when and
 * why, and the dated duties computed on the school calendar (the parental notice). Pupil data is
 * visible only inside the pupil's school and to trust leads; governors see counts.
 */
@NullMarked
package uk.apassure.placement;

import org.jspecify.annotations.NullMarked;
