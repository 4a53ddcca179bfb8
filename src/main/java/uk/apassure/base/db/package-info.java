@NullMarked
package uk.apassure.base.db;

import org.jspecify.annotations.NullMarked;
