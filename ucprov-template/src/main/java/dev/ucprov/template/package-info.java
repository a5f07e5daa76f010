/** The Pebble engine behind the core's {@link dev.ucprov.core.template.TemplateRenderer} port. */
package dev.ucprov.template;
