package uk.apassure.base.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text parameter the service cleans itself instead of refusing it (an uploaded file's name, which
 * comes from the sender's computer): {@link Text}'s check at the service boundary leaves it alone.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface CleanedByService {}
