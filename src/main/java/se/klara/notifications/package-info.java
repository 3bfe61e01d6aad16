/**
 * Telling users what happened to something they raised or follow: in-app notifications, and e-mail
 * when SMTP is configured.
 */
package se.klara.notifications;
