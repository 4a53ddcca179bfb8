package uk.apassure;

import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uk.apassure.security.SubjectRunner;

/** Services and repositories against the real embedded MariaDB, with the test world in place. */
@SpringBootTest
@ActiveProfiles("test")
public abstract class IntegrationTest {

    @Autowired
    protected TestWorld world;

    @Autowired
    protected SubjectRunner subjects;

    @BeforeEach
    void createTestWorld() {
        world.ensure();
    }

    protected <T> T as(String username, Supplier<T> work) {
        return subjects.callAs(username, work);
    }

    protected void as(String username, Runnable work) {
        subjects.runAs(username, work);
    }
}
