/** Tenants: the operators' customers, each with its own files, devices, host names and secrets. */
package dev.ucprov.core.tenant;
