/**
 * The HTTP side of ucprov: a phone listener and an admin listener on one Jetty server, set up by
 * {@link dev.ucprov.http.HttpServers}.
 */
package dev.ucprov.http;
