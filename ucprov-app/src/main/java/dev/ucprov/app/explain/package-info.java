/** {@code ucprov explain}: what one phone ends up with and which file set each value. */
package dev.ucprov.app.explain;
