/** The running server: its parts built from the configuration, its admin token, its start-up. */
package dev.ucprov.app.server;
