/** {@code ucprov check-sync}: a check-sync job started and followed through the admin API. */
package dev.ucprov.app.checksync;
