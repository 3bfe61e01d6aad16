/**
 * The demo installation: the Klara area and the organisations of Vision Klara 2019, and one demo
 * account per role. Never in production.
 */
package se.klara.demo;
