@NullMarked
package uk.apassure.base.domain;

import org.jspecify.annotations.NullMarked;
