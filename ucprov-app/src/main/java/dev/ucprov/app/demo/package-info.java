/** {@code ucprov demo}: the server with a small demo tenant, and the commands to look at it. */
package dev.ucprov.app.demo;
