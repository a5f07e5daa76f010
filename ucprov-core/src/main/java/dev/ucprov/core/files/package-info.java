/** Stored provisioning files, shared or per tenant, every change kept as a version. */
package dev.ucprov.core.files;
