/** Administration pages for the installation: accounts and the audit log. */
package se.klara.admin;
