/**
 * The phones' listener: HTTP GET and HEAD turned into one {@code FileRequest}, and every {@code
 * FileReply} encoded with validators, conditional answers and byte ranges.
 */
package dev.ucprov.http.phone;
