package dev.ucprov.store.cache;

import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileScope;

/** Where a file is looked up: the key of the file cache. */
record FileKey(FileScope scope, FilePath path) {}
