/**
 * Group commit: concurrent callers of a costly step (a database commit, a file system flush) share
 * one run of it, with no timer and no thread of its own.
 */
package dev.ucprov.core.batch;
