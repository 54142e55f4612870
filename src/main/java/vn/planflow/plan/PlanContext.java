package vn.planflow.plan;

import java.time.LocalDate;

/**
 * What a plan's table is read against.
 *
 * @param planLead the id of the plan's lead agency, who leads the rows whose lead cell names nobody
 *     in particular
 * @param planDate the plan's date: agencies are those valid on it, collectives expand to the
 *     agencies valid on it
 * @param planYear the year of a yearly plan ("Kế hoạch … năm 2024"), whose rows without a
 *     deadline fall due at its end; {@code null} for a plan of no particular year
 * @param today the day of the import, to warn of rows already past due
 */
public record PlanContext(String planLead, LocalDate planDate, Integer planYear, LocalDate today) {
}
