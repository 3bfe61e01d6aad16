/**
 * Who may sign in and what they may reach: local accounts, roles, area membership, sign-in
 * throttling and the closed-world access spec that guards every endpoint.
 */
package se.klara.accounts;
