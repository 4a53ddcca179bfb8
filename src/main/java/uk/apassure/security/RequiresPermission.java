package uk.apassure.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permissions that open a route: a signed-in user holding any one of them may open it. Routes
 * name permissions (the same ones services check with {@link AccessGuard}), never roles, so that
 * who may do what is decided in one place, {@link Role}. Checked by {@link RouteAccessControl}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresPermission {

    /** Any one of these opens the route; see {@link Permission}. */
    String[] value();
}
