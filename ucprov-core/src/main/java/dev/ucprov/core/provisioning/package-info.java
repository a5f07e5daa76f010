/**
 * The one service behind every protocol: a {@link dev.ucprov.core.provisioning.FileRequest} in, a
 * sealed {@link dev.ucprov.core.provisioning.FileReply} out; listeners only translate.
 */
package dev.ucprov.core.provisioning;
