/** Command-line tasks for incident statistics, offered to the launcher. */
@org.springframework.modulith.NamedInterface("cli")
package se.klara.incidents.cli;
