/**
 * The operators' admin API: JSON over HTTP behind a bearer token, each route translating to one
 * core operation and its outcome back to a status and a body.
 */
package dev.ucprov.http.admin;
