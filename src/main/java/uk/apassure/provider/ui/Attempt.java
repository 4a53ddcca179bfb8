package uk.apassure.provider.ui;

import uk.apassure.provider.ProviderService;

/** base.ui.Attempt for provider views: a lost save race is told in the register's words. */
final class Attempt {

    private Attempt() {}

    static boolean run(Runnable call) {
        return uk.apassure.base.ui.Attempt.run(ProviderService.ConcurrentEdit.MESSAGE, call);
    }
}
