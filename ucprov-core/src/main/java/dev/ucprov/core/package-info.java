/** What a Polycom phone asks for and what it ends up with, decided without any I/O. */
package dev.ucprov.core;
