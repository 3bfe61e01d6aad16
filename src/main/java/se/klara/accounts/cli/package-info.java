/** Command-line tasks for accounts, offered to the launcher. */
@org.springframework.modulith.NamedInterface("cli")
package se.klara.accounts.cli;
