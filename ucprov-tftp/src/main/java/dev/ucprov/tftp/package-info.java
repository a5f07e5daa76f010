/** The phones' TFTP listener: requests turned into core file requests and uploads, on UDP. */
package dev.ucprov.tftp;
