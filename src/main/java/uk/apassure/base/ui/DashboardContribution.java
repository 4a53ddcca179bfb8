package uk.apassure.base.ui;

import java.util.List;

/**
 * What one feature adds to the start page for the signed-in user: audits add what waits for a
 * sign-off, visits add drafts, concerns and visits due, the register adds its counts. Spring beans,
 * found by the dashboard, so no feature depends on the dashboard and the dashboard owns nothing.
 * Each contribution asks its own feature's services, which check permission and scope; a tile
 * that does not apply to the user's roles is simply not returned.
 */
public interface DashboardContribution {

    List<DashboardTile> tiles();
}
