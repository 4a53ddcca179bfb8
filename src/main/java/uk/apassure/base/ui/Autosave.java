package uk.apassure.base.ui;

import java.time.Clock;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import uk.apassure.base.domain.Refusal;

/**
 * The autosave of a draft form (a visit, a review): each change is stored at once with the
 * version the form read, and the {@link SaveState} says whether it was. A save from an older copy
 * stops autosaving until a reload; a refusal is shown in words; nothing fails silently. While
 * autosave is off (amending a submitted record) a change only marks the form unsaved.
 */
public final class Autosave {

    private static final Logger LOG = LoggerFactory.getLogger(Autosave.class);

    private final SaveState state;
    private final Clock clock;
    private final Class<? extends Refusal> concurrentEdit;
    private final String concurrentMessage;
    private boolean on;
    /** Everything in the form is stored: false after a refused or failed save, or a change while autosave is off. */
    private boolean stored = true;

    /**
     * @param concurrentEdit the feature's refusal for a save from an older copy
     * @param concurrentMessage what to tell the user then
     */
    public Autosave(SaveState state, Clock clock, Class<? extends Refusal> concurrentEdit, String concurrentMessage) {
        this.state = state;
        this.clock = clock;
        this.concurrentEdit = concurrentEdit;
        this.concurrentMessage = concurrentMessage;
    }

    /** A freshly read form: everything stored; autosaving when {@code on}. */
    public void reset(boolean on) {
        this.on = on;
        this.stored = true;
    }

    public boolean isOn() {
        return on;
    }

    public void setOn(boolean on) {
        this.on = on;
    }

    public boolean stored() {
        return stored;
    }

    /** After a change in the form: saves at once while autosaving, otherwise remembers it is not stored. */
    public void changed(Runnable save) {
        if (on) {
            save.run();
        } else {
            stored = false;
        }
    }

    /**
     * Stores the form: {@code save} calls the service and returns the new version, {@code saved}
     * takes it; {@code notTaken} lists what the form holds that the draft could not take.
     */
    public void save(LongSupplier save, LongConsumer saved, Supplier<List<String>> notTaken, String record) {
        stored = false;
        try {
            saved.accept(save.getAsLong());
            List<String> problems = notTaken.get();
            if (problems.isEmpty()) {
                stored = true;
                state.saved(clock);
            } else {
                state.problem("Not saved: " + String.join(" ", problems));
            }
        } catch (OptimisticLockingFailureException e) {
            concurrent();
        } catch (Refusal e) {
            if (concurrentEdit.isInstance(e)) {
                concurrent();
            } else {
                state.problem("Not saved: " + e.getMessage());
            }
        } catch (RuntimeException e) {
            LOG.error("Autosave of {} failed", record, e);
            state.problem("Not saved: the server could not store this change. Keep this page open and try again in"
                    + " a moment.");
        }
    }

    /** The form holds what it cannot send (a date it cannot read, text too long): nothing is saved, and the state says why. */
    public void refuse(List<String> problems) {
        stored = false;
        state.problem("Not saved: " + String.join(" ", problems));
    }

    private void concurrent() {
        on = false;
        state.problem("Not saved: changed elsewhere. Reload to continue.");
        Notices.problem(concurrentMessage);
    }
}
