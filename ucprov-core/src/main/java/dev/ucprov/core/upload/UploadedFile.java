package dev.ucprov.core.upload;

/** A device's uploaded file with its newest version. */
public record UploadedFile(UploadName name, UploadVersion latest) {}
