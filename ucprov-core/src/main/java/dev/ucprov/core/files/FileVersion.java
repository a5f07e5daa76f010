package dev.ucprov.core.files;

import java.time.Instant;

/**
 * One version of a stored file. A deletion is a version too, so a deleted file can be restored.
 *
 * @param version 1 for the first version, then increasing by one per change
 * @param time when the change was stored
 * @param blob the content; for a deletion, the content that was deleted
 * @param template whether this version is a Pebble template
 * @param deleted whether this version deleted the file
 */
public record FileVersion(
    int version, Instant time, BlobRef blob, boolean template, boolean deleted) {}
