package uk.apassure;

import com.vaadin.flow.router.Route;
import java.util.List;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Every {@code @Route} class of the application, found on the class path: for tests that sweep the routes. */
public final class RouteClasses {

    private RouteClasses() {}

    public static List<Class<?>> all() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("uk.apassure").stream().<Class<?>>map(candidate -> {
            try {
                return Class.forName(candidate.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
