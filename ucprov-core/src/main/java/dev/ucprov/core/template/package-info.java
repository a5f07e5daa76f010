/**
 * The port through which per-device files are rendered from templates; adapters supply the engine.
 */
package dev.ucprov.core.template;
