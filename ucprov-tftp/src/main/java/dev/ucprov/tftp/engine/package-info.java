/**
 * The transfer state machines, without sockets or clocks: fed packets and the time, they answer
 * with the packets to send and when to wake them next.
 */
package dev.ucprov.tftp.engine;
