/** The shell users land in: the public page, each role's home page and the area overview. */
package se.klara.home;
