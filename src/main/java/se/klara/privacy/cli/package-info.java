/** Command-line tasks for the privacy guard, offered to the launcher. */
@org.springframework.modulith.NamedInterface("cli")
package se.klara.privacy.cli;
