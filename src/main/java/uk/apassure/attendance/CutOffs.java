package uk.apassure.attendance;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import uk.apassure.calendar.Session;

/**
 * By when a session's mark should be known (DESIGN.md "Attendance": an absence is followed up the
 * same day). After the cut-off an expected session without a mark is "not yet known" on the
 * attendance officer's and the DSL's dashboards. Set with {@code apassure.attendance.am-cut-off}
 * and {@code apassure.attendance.pm-cut-off}.
 */
@ConfigurationProperties("apassure.attendance")
public record CutOffs(@DefaultValue("10:00") LocalTime amCutOff, @DefaultValue("14:00") LocalTime pmCutOff) {

    public static final CutOffs DEFAULT = new CutOffs(LocalTime.of(10, 0), LocalTime.of(14, 0));

    public LocalTime of(Session session) {
        return session == Session.AM ? amCutOff : pmCutOff;
    }
}
