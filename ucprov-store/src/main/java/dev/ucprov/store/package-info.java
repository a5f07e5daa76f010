/**
 * Tenants, devices, what phones were seen doing, and file versions, kept in H2 or PostgreSQL
 * through one portable schema.
 */
package dev.ucprov.store;
