package dev.ucprov.store.blob;

import java.nio.file.Path;

/**
 * A blob written to a temporary file, waiting for {@link Publishing} to put it in place.
 *
 * @param temp the temporary file in the store's root, written whole but not yet forced
 * @param target where the blob lives once published
 */
record Staged(Path temp, Path target) {}
