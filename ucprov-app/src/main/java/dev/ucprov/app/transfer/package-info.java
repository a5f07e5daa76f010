/**
 * {@code ucprov import} and {@code ucprov export}: move a provisioning tree into a tenant and out
 * again, through the admin API like any other client.
 */
package dev.ucprov.app.transfer;
