/**
 * What phones write: which names are uploads and of which kind, the checks each kind passes before
 * it is stored, the size limits, and the versioned storage of accepted uploads.
 */
package dev.ucprov.core.upload;
