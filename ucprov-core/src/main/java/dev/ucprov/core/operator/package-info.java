/**
 * What operators do through the admin API, validated and answered as sealed outcomes: tenants,
 * devices, files with their versions, and the effective-config and lint views.
 */
package dev.ucprov.core.operator;
