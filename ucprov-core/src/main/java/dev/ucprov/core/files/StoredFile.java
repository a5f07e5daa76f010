package dev.ucprov.core.files;

/** A file that currently exists, with its latest version. */
public record StoredFile(FileScope scope, FilePath path, FileVersion latest) {}
