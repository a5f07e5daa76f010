/** Logging pieces of our own that the bundled logback configuration uses. */
package dev.ucprov.app.logging;
