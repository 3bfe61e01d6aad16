/**
 * Connects Klara to PostgreSQL: an external server when one is configured, otherwise a durable
 * embedded server with its data directory on disk.
 */
package se.klara.database;
