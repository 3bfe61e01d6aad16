/** Command-line analysis of analysts' own files, offered to the launcher. */
@org.springframework.modulith.NamedInterface("cli")
package se.klara.analysis.cli;
