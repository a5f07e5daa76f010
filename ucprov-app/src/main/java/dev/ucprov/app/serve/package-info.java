/** {@code ucprov serve} and {@code ucprov demo}: run the server until asked to stop. */
package dev.ucprov.app.serve;
