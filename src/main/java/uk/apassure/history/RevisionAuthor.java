package uk.apassure.history;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;
import org.hibernate.envers.RevisionListener;
import uk.apassure.security.SignedInUser;

/**
 * Stamps each revision with the signed-in user read from the Shiro subject of the current thread;
 * "system" when there is none (demo data at start-up, scheduled jobs, a sign-in not yet complete).
 * Envers creates this listener itself, so it reads Shiro directly rather than through a bean.
 */
public class RevisionAuthor implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        HistoryRevision revision = (HistoryRevision) revisionEntity;
        Subject subject;
        try {
            subject = SecurityUtils.getSubject();
        } catch (UnavailableSecurityManagerException e) {
            return;
        }
        if (subject.isAuthenticated() && subject.getPrincipal() instanceof SignedInUser user) {
            revision.madeBy(user.id(), user.username(), user.displayName());
        }
    }
}
