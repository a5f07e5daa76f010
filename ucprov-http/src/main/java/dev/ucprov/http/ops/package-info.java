/** What an operator watches: Prometheus metrics of phone requests and the health answer. */
package dev.ucprov.http.ops;
