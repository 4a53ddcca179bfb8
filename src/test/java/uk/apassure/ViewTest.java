package uk.apassure;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.subject.support.SubjectThreadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uk.apassure.security.SubjectRunner;

/**
 * Browserless view tests: views built by Spring, against the real embedded MariaDB. There is no
 * servlet filter here, so the Shiro subject is bound to the test thread (anonymous until
 * {@link #signInAs}).
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "uk.apassure")
public abstract class ViewTest extends SpringBrowserlessTest {

    @Autowired
    protected TestWorld world;

    @Autowired
    private SubjectRunner subjects;

    @Autowired
    private SecurityManager securityManager;

    private SubjectThreadState subject;

    /** Anonymous until {@link #signInAs}; bound before the mocked UI opens its first page, which is access-checked too. */
    @BeforeEach
    @Override
    protected void initVaadinEnvironment() {
        world.ensure();
        bind(new Subject.Builder(securityManager).buildSubject());
        super.initVaadinEnvironment();
    }

    @AfterEach
    void unbindSubject() {
        subject.clear();
    }

    protected void signInAs(String username) {
        subject.clear();
        bind(subjects.subjectFor(subjects.signedIn(username)));
    }

    private void bind(Subject next) {
        subject = new SubjectThreadState(next);
        subject.bind();
    }
}
