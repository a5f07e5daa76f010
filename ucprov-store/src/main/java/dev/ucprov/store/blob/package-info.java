/** File bodies as content-addressed files on disk, each written whole or not at all. */
package dev.ucprov.store.blob;
