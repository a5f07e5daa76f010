/** Small, pure pieces of HTTP syntax that both listeners share: paths and dates. */
package dev.ucprov.http.wire;
