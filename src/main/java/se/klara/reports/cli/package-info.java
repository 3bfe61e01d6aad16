/** Command-line tasks for reports, offered to the launcher. */
@org.springframework.modulith.NamedInterface("cli")
package se.klara.reports.cli;
